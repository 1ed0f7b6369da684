#include "app/desk/committee/committee_workspace.h"

#include "app/device/device_core.h"
#include "core/crypto/crypto.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QSet>

namespace courtyard::desk {

CommitteeWorkspace::CommitteeWorkspace(device::DeviceCore &core, QString documentsDir, QObject *parent)
    : CommitteeWorkspace(core, std::move(documentsDir), core.store().path() + QStringLiteral(".trail-index"), parent)
{
}

CommitteeWorkspace::CommitteeWorkspace(device::DeviceCore &core, QString documentsDir, QString trailCachePath, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_documentsDir(std::move(documentsDir))
    , m_index(std::move(trailCachePath))
    , m_trail(new ExpenseTrailModel(this))
    , m_budget(new BudgetModel(this))
    , m_fund(new FundBalanceModel(this))
    , m_verification(new VerificationRunner(core.store().path(), 0, this))
{
    m_trail->setContext(&core.store(), core.genesis(), core.currency(), m_documentsDir,
                        [this](const QByteArray &key) { return keyLabel(key); });
    connect(&core, &device::DeviceCore::ledgerChanged, this, [this] { refresh(); });
    if (QCoreApplication *app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
    refresh();
}

bool CommitteeWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        // After the event: the shell sets the default locale and its translators together.
        QTimer::singleShot(0, this, [this] { setLocaleName(QLocale().name()); });
    }
    return QObject::eventFilter(watched, event);
}

CommitteeWorkspace::~CommitteeWorkspace() = default;

QString CommitteeWorkspace::currencyCode() const
{
    return m_core.currency().code;
}

void CommitteeWorkspace::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

bool CommitteeWorkspace::refresh()
{
    store::Store &store = m_core.store();
    auto read = m_opened ? m_index.update(store).map([](int) {}) : m_index.open(store);
    if (!read) {
        setError(tr("The expense trail could not be read from the ledger: %1").arg(read.error().message));
        return false;
    }
    m_opened = true;
    m_trail->setRows(m_index.rows());

    QSet<int> yearSet;
    for (const ExpenseRow &row : m_index.rows()) {
        yearSet.insert(row.date.year());
    }
    (void)store.state().scan("budget/", [&](const state::Key &key, const cbor::Value &) {
        bool ok = false;
        const int year = QByteArrayView(key).sliced(7, 4).toByteArray().toInt(&ok);
        if (ok) {
            yearSet.insert(year);
        }
        return true;
    });
    QList<int> years(yearSet.begin(), yearSet.end());
    std::sort(years.begin(), years.end());
    // The sealed state, like the trail: a pending expense in this device's outbox would otherwise
    // count in the actual but not in the months.
    m_budget->setSource(&store.state(), &m_index.rows(), m_core.currency(), years);
    if (auto budget = m_budget->reload(); !budget) {
        setError(tr("The budget could not be read from the ledger: %1").arg(budget.error().message));
        return false;
    }
    if (m_fundWanted && !loadFund()) {
        return false;
    }
    auto tip = store.tip();
    if (tip) {
        m_checkpointText = tr("Signed checkpoint: %1 transactions, block %2, root %3…")
                               .arg(tip->header.logSize())
                               .arg(tip->header.height)
                               .arg(crypto::toHex(tip->header.logRoot).left(12));
    }
    setError(QString());
    Q_EMIT refreshed();
    return true;
}

bool CommitteeWorkspace::loadFund()
{
    m_fundWanted = true;
    auto points = fundBalances(m_core.store(), m_core.genesis());
    if (!points) {
        setError(tr("The fund's balances could not be read from the ledger: %1").arg(points.error().message));
        return false;
    }
    m_fund->setPoints(std::move(*points), m_core.currency());
    return true;
}

void CommitteeWorkspace::setLocaleName(const QString &name)
{
    const QLocale locale(name);
    m_trail->setLocale(locale);
    m_budget->setLocale(locale);
    m_fund->setLocale(locale);
    refresh(); // the texts made here (the checkpoint line) in the new language
}

QString CommitteeWorkspace::translationFile(const QString &language)
{
    // "zh_CN" has its own file; "ar_EG" or "ja_JP" take the language's ("ar", "ja").
    for (const QString &name : {language, language.section(u'_', 0, 0)}) {
        const QString path = QStringLiteral(":/i18n/committee_desk_%1.qm").arg(name);
        if (!name.isEmpty() && QFile::exists(path)) {
            return path;
        }
    }
    return {};
}

QString CommitteeWorkspace::keyLabel(const QByteArray &key) const
{
    const QString shortHex = QString::fromLatin1(key.toHex().left(8));
    auto value = m_core.store().state().get(QByteArrayLiteral("role/") + key.toHex());
    QStringList roles;
    if (value && *value) {
        if (const cbor::Value *list = (*value)->find(u"roles"); list && list->isArray()) {
            for (const cbor::Value &r : list->asArray()) {
                if (!r.isText()) {
                    continue;
                }
                const QString role = r.asText();
                if (role == u"manager") {
                    roles << tr("manager");
                } else if (role == u"committee") {
                    //: A committee member (owners' board).
                    roles << tr("committee");
                } else if (role == u"auditor") {
                    roles << tr("auditor");
                } else if (role == u"kiosk") {
                    roles << tr("kiosk");
                } else if (role == u"server") {
                    roles << tr("server");
                } else {
                    roles << role;
                }
            }
        }
    }
    if (roles.isEmpty()) {
        //: A key that holds no role now (revoked or rotated), by its first hex digits.
        return tr("key %1").arg(shortHex);
    }
    //: A signer: its roles, then the first hex digits of its key ("manager 3fa2c1d0").
    return tr("%1 %2").arg(roles.join(QStringLiteral("+")), shortHex);
}

} // namespace courtyard::desk
