// courtyard/kiosk: paying at the kiosk.
//
// The resident chooses what to pay — everything open (chooseAll), some invoices
// (chooseInvoices), or another amount (chooseAmount: positive, no more decimals than the
// currency has, not above the kiosk's maximum) — and sees a summary of exactly what will be paid
// and what it settles (oldest invoice first, anything beyond becomes prepaid credit). pay()
// then:
//   1. writes the attempt in the PaymentJournal (durable) under a new reference;
//   2. asks the PaymentTerminal to charge the amount under that reference;
//   3. on approval, writes the approval down, signs payment.kiosk (unit, amount, that reference,
//      the resident, the invoices named) into the outbox, writes the transaction id down, and
//      makes the receipt.
// pay() does nothing while the terminal is busy or after the approval, so a second tap never
// starts a second charge. After a time-out, pay() asks the terminal again under the same
// reference: a terminal never charges a reference twice (payment_terminal.h), so the retry
// learns the first charge's outcome instead of taking the money again. recover() finishes, at
// start, the attempts a crash or a walk-away left open.
//
// States: choosing, confirming, waitingForTerminal, approved, declined, timedOut, cancelled.
// Thread-safety: GUI thread.
#pragma once

#include "app/kiosk/backend/core.h"
#include "app/kiosk/backend/payment_journal.h"
#include "app/kiosk/backend/payment_terminal.h"
#include "app/kiosk/backend/receipt.h"
#include "app/views/views.h"

#include <QObject>
#include <QStringList>

namespace courtyard::kiosk {

class KioskSession;
class KioskAccount;

class PaymentFlow : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString amount READ amount NOTIFY changed)       // formatted, "" before a choice
    Q_PROPERTY(qint64 amountMinor READ amountMinor NOTIFY changed)
    Q_PROPERTY(QStringList summary READ summary NOTIFY changed) // one line per invoice settled (and credit)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY changed) // "Pay CNY 3,250.00 for unit 1-0101"
    Q_PROPERTY(QString maximum READ maximum NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)     // why a choice or a payment failed
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
public:
    PaymentFlow(KioskCore &core, KioskSession &session, KioskAccount &account, PaymentTerminal &terminal, PaymentJournal &journal,
                KioskReceipt &receipt, qint64 maximumMinor, QObject *parent = nullptr);

    enum class State { Choosing, Confirming, WaitingForTerminal, Approved, Declined, TimedOut, Cancelled };
    QString state() const;
    State stateValue() const { return m_state; }
    QString amount() const;
    qint64 amountMinor() const { return m_amount; }
    QStringList summary() const { return m_lines; }
    QString summaryText() const;
    QString maximum() const { return views::formatAmount(m_maximum, m_core.currency(), m_locale); }
    QString message() const { return m_message; }
    bool busy() const { return m_state == State::WaitingForTerminal; }
    void setLocale(const QLocale &locale);
    // The attempt in progress or last finished ("" when none).
    QString reference() const { return m_attempt ? m_attempt->reference : QString(); }

    Q_INVOKABLE bool chooseAll();
    Q_INVOKABLE bool chooseInvoices(const QStringList &invoiceIds);
    Q_INVOKABLE bool chooseAmount(const QString &text);
    Q_INVOKABLE bool pay();
    // Back from confirming, declined or cancelled to choosing (not while the terminal works, nor
    // after a time-out: that attempt must be resolved first).
    Q_INVOKABLE bool back();
    // Forgets the choice and the attempt (sign-out, idle). An open time-out stays in the journal.
    Q_INVOKABLE void reset();

    // Finishes attempts left open by a crash or a time-out nobody retried: approved ones are
    // recorded; started or timed-out ones are asked of the terminal and recorded when it
    // charged them, closed as void when it did not.
    void recover();

Q_SIGNALS:
    void stateChanged();
    void changed();
    void paid(const QString &transactionId);

private:
    bool choose(qint64 amount, QStringList invoiceIds);
    void setState(State state);
    void setMessage(const QString &message);
    void onFinished(const QString &reference, const TerminalResult &result);
    void onQueried(const QString &reference, const TerminalResult &result);
    // Records the approved attempt as payment.kiosk (unless it already is); the receipt when
    // makeReceipt.
    Result<contracts::Outcome<Submitted>> record(const PaymentAttempt &attempt, bool makeReceipt);
    QStringList linesFor(qint64 amount, const QStringList &invoiceIds) const;

    KioskCore &m_core;
    KioskSession &m_session;
    KioskAccount &m_account;
    PaymentTerminal &m_terminal;
    PaymentJournal &m_journal;
    KioskReceipt &m_receipt;
    qint64 m_maximum = 0;
    QLocale m_locale;
    State m_state = State::Choosing;
    qint64 m_amount = 0;
    QStringList m_invoices; // named invoices; empty: oldest first
    QStringList m_lines;
    QString m_message;
    std::optional<PaymentAttempt> m_attempt;
};

} // namespace courtyard::kiosk
