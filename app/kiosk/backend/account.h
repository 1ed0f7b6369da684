// courtyard/kiosk: the signed-in resident's home screen — the unit's account, payments, repairs
// and the resident's credit score.
//
// load() reads everything through courtyard_views from the kiosk's local state (so a payment
// this kiosk took shows at once, as pending) and formats the amounts with the community's
// currency in the kiosk's current locale. While someone is signed in the account follows the
// ledger (blocks applied, outbox entries written): a pending payment turns confirmed on the
// screen. clear() forgets every row and figure.
//
// Thread-safety: GUI thread.
#pragma once

#include "app/kiosk/backend/core.h"
#include "app/views/models.h"

#include <QDate>
#include <QObject>
#include <QStringList>

namespace courtyard::kiosk {

class KioskAccount : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString unit READ unit NOTIFY changed)
    Q_PROPERTY(QString dueNow READ dueNow NOTIFY changed)
    Q_PROPERTY(qint64 dueNowMinor READ dueNowMinor NOTIFY changed)
    Q_PROPERTY(QString overdue READ overdue NOTIFY changed)
    Q_PROPERTY(qint64 overdueMinor READ overdueMinor NOTIFY changed)
    Q_PROPERTY(QString nextDue READ nextDue NOTIFY changed)      // a date, "" when nothing is open
    Q_PROPERTY(QDate nextDueDate READ nextDueDate NOTIFY changed)
    Q_PROPERTY(QString credit READ credit NOTIFY changed)
    Q_PROPERTY(qint64 creditMinor READ creditMinor NOTIFY changed)
    Q_PROPERTY(bool hasScore READ hasScore NOTIFY changed)
    Q_PROPERTY(int score READ score NOTIFY changed)
    Q_PROPERTY(QString scoreText READ scoreText NOTIFY changed) // in the locale's digits, "" without a score
    Q_PROPERTY(QStringList scoreReasons READ scoreReasons NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed) // why the account could not be read
    Q_PROPERTY(courtyard::views::InvoiceListModel *invoices READ invoices CONSTANT)
    Q_PROPERTY(courtyard::views::PaymentListModel *payments READ payments CONSTANT)
    Q_PROPERTY(courtyard::views::RepairListModel *repairs READ repairs CONSTANT)
public:
    explicit KioskAccount(KioskCore &core, QObject *parent = nullptr);

    bool loaded() const { return m_loaded; }
    QString unit() const { return m_summary.unit; }
    QString dueNow() const { return m_loaded ? amount(m_summary.dueNow) : QString(); }
    qint64 dueNowMinor() const { return m_summary.dueNow; }
    QString overdue() const { return m_loaded ? amount(m_summary.overdue) : QString(); }
    qint64 overdueMinor() const { return m_summary.overdue; }
    QString nextDue() const;
    QDate nextDueDate() const { return m_summary.nextDue.value_or(QDate()); }
    QString credit() const { return m_loaded ? amount(m_summary.credit) : QString(); }
    qint64 creditMinor() const { return m_summary.credit; }
    bool hasScore() const { return m_score.has_value(); }
    int score() const { return m_score ? m_score->score : 0; }
    QString scoreText() const { return m_score ? m_locale.toString(m_score->score) : QString(); }
    QStringList scoreReasons() const;
    QString message() const { return m_message; }
    views::InvoiceListModel *invoices() { return &m_invoices; }
    views::PaymentListModel *payments() { return &m_payments; }
    views::RepairListModel *repairs() { return &m_repairs; }

    const views::AccountSummary &summary() const { return m_summary; }
    const std::optional<views::CreditScoreView> &creditScore() const { return m_score; }

    // Reads the unit's account and the resident's score; false (and message) when it cannot.
    bool load(const QString &unit, const QByteArray &resident);
    Q_INVOKABLE bool reload();
    void clear();
    void setLocale(const QLocale &locale);

Q_SIGNALS:
    void changed();

private:
    QString amount(qint64 minor) const { return views::formatAmount(minor, m_core.currency(), m_locale); }
    Result<void> read();

    KioskCore &m_core;
    QLocale m_locale;
    bool m_loaded = false;
    QByteArray m_resident;
    views::AccountSummary m_summary;
    std::optional<views::CreditScoreView> m_score;
    QString m_message;
    views::InvoiceListModel m_invoices;
    views::PaymentListModel m_payments;
    views::RepairListModel m_repairs;
};

} // namespace courtyard::kiosk
