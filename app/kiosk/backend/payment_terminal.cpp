#include "app/kiosk/backend/payment_terminal.h"

#include "app/kiosk/backend/core.h"

#include <QCoreApplication>
#include <QTimer>

namespace courtyard::kiosk {

SimulatedTerminal::SimulatedTerminal(QObject *parent) : PaymentTerminal(parent)
{
    qRegisterMetaType<TerminalResult>();
}

void SimulatedTerminal::setNext(Next next)
{
    m_next.push_back(next);
}

void SimulatedTerminal::setNextAnswer(const QString &name)
{
    if (name == QLatin1String("decline")) {
        setNext(Next::Decline);
    } else if (name == QLatin1String("timeout")) {
        setNext(Next::TimeoutCharged);
    } else if (name == QLatin1String("cancel")) {
        setNext(Next::Cancel);
    } else {
        setNext(Next::Approve);
    }
}

void SimulatedTerminal::setDelayMs(int answerMs, int timeoutMs)
{
    m_answerMs = answerMs;
    m_timeoutMs = timeoutMs;
}

QString SimulatedTerminal::name() const
{
    return QCoreApplication::translate("courtyard::kiosk", "Simulated payment terminal");
}

const SimulatedTerminal::Charge *SimulatedTerminal::chargeOf(const QString &reference) const
{
    for (const Charge &c : m_charges) {
        if (c.reference == reference) {
            return &c;
        }
    }
    return nullptr;
}

void SimulatedTerminal::answerLater(const QString &reference, TerminalResult result, int delayMs, bool query)
{
    QTimer::singleShot(delayMs, this, [this, reference, result, query] {
        if (query) {
            Q_EMIT queried(reference, result);
        } else {
            Q_EMIT finished(reference, result);
        }
    });
}

void SimulatedTerminal::charge(const money::Money &amount, const QString &reference)
{
    ++m_requests;
    // The same reference again: the outcome of the first charge, never a second charge.
    if (const Charge *done = chargeOf(reference)) {
        answerLater(reference, {TerminalResult::Outcome::Approved, done->approvalCode, {}}, m_answerMs, false);
        return;
    }
    const Next next = m_next.empty() ? Next::Approve : m_next.front();
    if (!m_next.empty()) {
        m_next.pop_front();
    }
    const QString code = QStringLiteral("SIM%1").arg(m_charges.size() + 1, 6, 10, QLatin1Char('0'));
    switch (next) {
    case Next::Approve:
        m_charges.push_back({reference, amount.minor(), code});
        answerLater(reference, {TerminalResult::Outcome::Approved, code, {}}, m_answerMs, false);
        return;
    case Next::Decline:
        answerLater(reference, {TerminalResult::Outcome::Declined, {}, QCoreApplication::translate("courtyard::kiosk", "The card was declined. Try another card or pay at the office.")},
                    m_answerMs, false);
        return;
    case Next::TimeoutCharged:
        m_charges.push_back({reference, amount.minor(), code});
        answerLater(reference, {TerminalResult::Outcome::TimedOut, {}, {}}, m_timeoutMs, false);
        return;
    case Next::TimeoutNotCharged:
        answerLater(reference, {TerminalResult::Outcome::TimedOut, {}, {}}, m_timeoutMs, false);
        return;
    case Next::Cancel:
        answerLater(reference, {TerminalResult::Outcome::Cancelled, {}, {}}, m_answerMs, false);
        return;
    }
}

void SimulatedTerminal::query(const QString &reference)
{
    if (const Charge *done = chargeOf(reference)) {
        answerLater(reference, {TerminalResult::Outcome::Approved, done->approvalCode, {}}, m_answerMs, true);
    } else {
        answerLater(reference, {TerminalResult::Outcome::NotSeen, {}, {}}, m_answerMs, true);
    }
}

} // namespace courtyard::kiosk
