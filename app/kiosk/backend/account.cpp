#include "app/kiosk/backend/account.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <set>

namespace courtyard::kiosk {

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

KioskAccount::KioskAccount(KioskCore &core, QObject *parent) : QObject(parent), m_core(core)
{
    for (views::FormattedListModel *m : std::initializer_list<views::FormattedListModel *>{&m_invoices, &m_payments, &m_repairs}) {
        m->setFormat(core.currency(), m_locale);
    }
    connect(&core, &KioskCore::ledgerChanged, this, [this] {
        if (m_loaded) {
            reload();
        }
    });
}

QString KioskAccount::nextDue() const
{
    return m_summary.nextDue ? m_locale.toString(*m_summary.nextDue, QLocale::LongFormat) : QString();
}

QStringList KioskAccount::scoreReasons() const
{
    QStringList words;
    if (m_score) {
        for (const views::CreditReason &r : m_score->reasons) {
            words.append(r.text);
        }
    }
    return words;
}

void KioskAccount::setLocale(const QLocale &locale)
{
    m_locale = locale;
    for (views::FormattedListModel *m : std::initializer_list<views::FormattedListModel *>{&m_invoices, &m_payments, &m_repairs}) {
        m->setFormat(m_core.currency(), m_locale);
    }
    Q_EMIT changed();
}

Result<void> KioskAccount::read()
{
    const quint64 now = m_core.now();
    CY_TRY(views::AccountSummary summary, views::accountSummary(m_core.localState(), m_core.genesis(), m_summary.unit, now));
    CY_TRY(std::vector<views::PaymentLine> payments, views::payments(m_core.store(), m_summary.unit, 20));
    const views::RepairFilter filter{m_summary.unit, {}, {}};
    CY_TRY(std::vector<views::RepairLine> repairs, views::pendingRepairs(m_core.store(), filter, qint64(now)));
    CY_TRY(std::vector<views::RepairLine> sealed, views::repairs(m_core.localState(), filter, qint64(now)));
    // The local state holds this kiosk's pending requests too: they are listed once, as sending.
    std::set<QByteArray> sending;
    for (const views::RepairLine &r : repairs) {
        sending.insert(r.id);
    }
    sealed.erase(std::remove_if(sealed.begin(), sealed.end(), [&](const views::RepairLine &r) { return sending.count(r.id) != 0; }), sealed.end());
    // Newest first; the pending ones (just filed here) on top.
    std::stable_sort(sealed.begin(), sealed.end(), [](const views::RepairLine &a, const views::RepairLine &b) { return a.requestedMs > b.requestedMs; });
    repairs.insert(repairs.end(), std::make_move_iterator(sealed.begin()), std::make_move_iterator(sealed.end()));
    std::optional<views::CreditScoreView> score;
    if (!m_resident.isEmpty()) {
        CY_TRY(score, views::creditScore(m_core.localState(), m_resident));
    }
    const QDate today = summary.today;
    m_summary = std::move(summary);
    m_score = std::move(score);
    m_invoices.setInvoices(m_summary.invoices, today);
    m_payments.setPayments(std::move(payments));
    m_repairs.setRepairs(std::move(repairs));
    return {};
}

bool KioskAccount::load(const QString &unit, const QByteArray &resident)
{
    clear();
    m_summary.unit = unit;
    m_resident = resident;
    m_loaded = true;
    return reload();
}

bool KioskAccount::reload()
{
    if (!m_loaded) {
        return false;
    }
    auto done = read();
    if (!done) {
        qCWarning(lcKiosk) << "cannot read the account of" << m_summary.unit << ":" << done.error().message;
        m_message = QCoreApplication::translate("courtyard::kiosk", "Your account cannot be shown right now. Please ask the office.");
    } else {
        m_message.clear();
    }
    Q_EMIT changed();
    return done.has_value();
}

void KioskAccount::clear()
{
    m_loaded = false;
    m_resident.fill('\0');
    m_resident.clear();
    m_summary = views::AccountSummary();
    m_score.reset();
    m_message.clear();
    m_invoices.clear();
    m_payments.clear();
    m_repairs.clear();
    Q_EMIT changed();
}

} // namespace courtyard::kiosk
