// courtyard/kiosk: the payment terminal, the only way the kiosk takes money.
//
// A PaymentTerminal is an adapter to the card terminal beside the screen. The kiosk asks it to
// charge an amount under a reference of its own, and the terminal answers, asynchronously, with
// finished(reference, result): approved (with the terminal's approval code), declined (with its
// reason), timed out (the kiosk heard nothing back in time: the card may or may not have been
// charged) or cancelled (the resident cancelled on the terminal). The kiosk never sees card
// numbers, card PINs or CVV: the card talks to the terminal only.
//
// The contract every adapter keeps (docs/kiosk.md, "Plugging in a real terminal"):
//  * charge() with a reference the terminal has already charged never charges again: it answers
//    that charge's outcome (approved with the same code). This is how a retry after a time-out is
//    safe. Real terminals offer it as an idempotency key, a "transaction reference" or a "last
//    transaction status" request; the adapter maps the kiosk's reference onto it.
//  * query() asks what became of a reference without charging (the kiosk's recovery after a
//    restart): approved, declined, or unknown (NotSeen) when the terminal never charged it.
//  * every call is answered exactly once through finished() / queried(), never synchronously
//    from inside charge() or query().
//
// SimulatedTerminal ships for the demo and the tests: its next answers can be chosen, and it
// keeps what it charged so that a test can see that a card was charged once.
//
// Thread-safety: GUI-thread objects.
#pragma once

#include "core/money/money.h"

#include <QObject>
#include <QString>

#include <deque>

namespace courtyard::kiosk {

struct TerminalResult {
    enum class Outcome { Approved, Declined, TimedOut, Cancelled, NotSeen };
    Outcome outcome = Outcome::NotSeen;
    QString approvalCode; // Approved
    QString reason;       // Declined: what the terminal said, for the resident
};

class PaymentTerminal : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~PaymentTerminal() override = default;

    // Starts a charge; finished(reference, ...) follows.
    virtual void charge(const money::Money &amount, const QString &reference) = 0;
    // Asks what became of reference; queried(reference, ...) follows.
    virtual void query(const QString &reference) = 0;
    // A name for the staff screen ("Simulated terminal", the model of a real one).
    virtual QString name() const = 0;

Q_SIGNALS:
    void finished(const QString &reference, const courtyard::kiosk::TerminalResult &result);
    void queried(const QString &reference, const courtyard::kiosk::TerminalResult &result);
};

class SimulatedTerminal final : public PaymentTerminal {
    Q_OBJECT
public:
    enum class Next {
        Approve,
        Decline,
        TimeoutCharged,    // charges the card but the answer is lost: the kiosk hears a time-out
        TimeoutNotCharged, // times out before anything was charged
        Cancel,
    };
    Q_ENUM(Next)

    explicit SimulatedTerminal(QObject *parent = nullptr);

    // The answer to the next new charge (then Approve again); queued when called several times.
    void setNext(Next next);
    Q_INVOKABLE void setNextAnswer(const QString &name); // approve, decline, timeout, cancel (demo's staff menu, UI tests)
    Q_INVOKABLE void setDelay(int answerMs) { m_answerMs = answerMs; } // how long an answer takes
    void setDelayMs(int answerMs, int timeoutMs); // how long an answer, and a time-out, take

    void charge(const money::Money &amount, const QString &reference) override;
    void query(const QString &reference) override;
    QString name() const override;

    // What the simulated cards were charged: one entry per charge taken.
    struct Charge {
        QString reference;
        qint64 minor = 0;
        QString approvalCode;
    };
    const std::vector<Charge> &charges() const { return m_charges; }
    int chargeRequests() const { return m_requests; }

private:
    void answerLater(const QString &reference, TerminalResult result, int delayMs, bool query);
    const Charge *chargeOf(const QString &reference) const;

    std::deque<Next> m_next;
    int m_answerMs = 300;
    int m_timeoutMs = 1500;
    int m_requests = 0;
    std::vector<Charge> m_charges;
};

} // namespace courtyard::kiosk

Q_DECLARE_METATYPE(courtyard::kiosk::TerminalResult)
