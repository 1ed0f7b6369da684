#include "app/kiosk/backend/payment_flow.h"

#include "app/kiosk/backend/account.h"
#include "app/kiosk/backend/session.h"
#include "core/base/hex.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace courtyard::kiosk {

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

PaymentFlow::PaymentFlow(KioskCore &core, KioskSession &session, KioskAccount &account, PaymentTerminal &terminal,
                         PaymentJournal &journal, KioskReceipt &receipt, qint64 maximumMinor, QObject *parent)
    : QObject(parent),
      m_core(core),
      m_session(session),
      m_account(account),
      m_terminal(terminal),
      m_journal(journal),
      m_receipt(receipt),
      m_maximum(maximumMinor)
{
    connect(&terminal, &PaymentTerminal::finished, this, &PaymentFlow::onFinished);
    connect(&terminal, &PaymentTerminal::queried, this, &PaymentFlow::onQueried);
}

QString PaymentFlow::state() const
{
    switch (m_state) {
    case State::Choosing:
        return QStringLiteral("choosing");
    case State::Confirming:
        return QStringLiteral("confirming");
    case State::WaitingForTerminal:
        return QStringLiteral("waitingForTerminal");
    case State::Approved:
        return QStringLiteral("approved");
    case State::Declined:
        return QStringLiteral("declined");
    case State::TimedOut:
        return QStringLiteral("timedOut");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString PaymentFlow::amount() const
{
    return m_amount > 0 ? views::formatAmount(m_amount, m_core.currency(), m_locale) : QString();
}

QString PaymentFlow::summaryText() const
{
    if (m_amount <= 0) {
        return {};
    }
    //: %1 is an amount with its currency, %2 a unit number
    return QCoreApplication::translate("courtyard::kiosk", "Pay %1 for unit %2").arg(amount(), m_account.unit());
}

void PaymentFlow::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (m_amount > 0) {
        m_lines = linesFor(m_amount, m_invoices);
    }
    Q_EMIT changed();
}

void PaymentFlow::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged();
    }
}

void PaymentFlow::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT changed();
}

QStringList PaymentFlow::linesFor(qint64 amount, const QStringList &invoiceIds) const
{
    // What the payment contract will do: the named invoices, or the open ones oldest first;
    // the rest becomes prepaid credit.
    QStringList lines;
    qint64 remaining = amount;
    for (const views::InvoiceLine &invoice : m_account.summary().invoices) {
        if (remaining == 0) {
            break;
        }
        if (!invoiceIds.isEmpty() && !invoiceIds.contains(toHex(invoice.id))) {
            continue;
        }
        const qint64 part = std::min(remaining, invoice.open());
        remaining -= part;
        const QString what = views::invoiceWhat(invoice, m_locale);
        const QString money = views::formatAmount(part, m_core.currency(), m_locale);
        lines.append(part < invoice.open() ? QCoreApplication::translate("courtyard::kiosk", "%1: %2 (part of %3)").arg(what, money, views::formatAmount(invoice.open(), m_core.currency(), m_locale))
                                           : QCoreApplication::translate("courtyard::kiosk", "%1: %2").arg(what, money));
    }
    if (remaining > 0) {
        lines.append(QCoreApplication::translate("courtyard::kiosk", "Prepaid credit for the next bills: %1").arg(views::formatAmount(remaining, m_core.currency(), m_locale)));
    }
    return lines;
}

bool PaymentFlow::choose(qint64 amount, QStringList invoiceIds)
{
    if (m_state == State::WaitingForTerminal || m_state == State::TimedOut || m_state == State::Approved) {
        return false;
    }
    if (!m_session.signedIn()) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "Please sign in first."));
        return false;
    }
    if (amount <= 0) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "There is nothing to pay."));
        return false;
    }
    if (amount > m_maximum) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "The kiosk takes at most %1 in one payment. Please pay a smaller amount, or pay the rest at the office.").arg(maximum()));
        return false;
    }
    m_amount = amount;
    m_invoices = std::move(invoiceIds);
    m_lines = linesFor(m_amount, m_invoices);
    m_attempt.reset();
    m_message.clear();
    setState(State::Confirming);
    Q_EMIT changed();
    return true;
}

bool PaymentFlow::chooseAll()
{
    return choose(m_account.summary().dueNow, {});
}

bool PaymentFlow::chooseInvoices(const QStringList &invoiceIds)
{
    if (invoiceIds.isEmpty()) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "Choose at least one bill to pay."));
        return false;
    }
    qint64 total = 0;
    QStringList ids;
    for (const QString &id : invoiceIds) {
        const QString lower = id.toLower();
        const auto &open = m_account.summary().invoices;
        const auto it = std::find_if(open.begin(), open.end(), [&](const views::InvoiceLine &i) { return toHex(i.id) == lower; });
        if (it == open.end()) {
            setMessage(QCoreApplication::translate("courtyard::kiosk", "That bill is not open any more. Please choose again."));
            return false;
        }
        if (ids.contains(lower)) {
            continue;
        }
        ids.append(lower);
        total += it->open();
    }
    return choose(total, ids);
}

bool PaymentFlow::chooseAmount(const QString &text)
{
    auto parsed = money::Money::parse(text, m_core.currency(), m_locale);
    if (!parsed) {
        parsed = money::Money::parse(text, m_core.currency(), QLocale::c());
    }
    if (!parsed) {
        switch (parsed.error().code) {
        case ErrorCode::InvalidArgument:
            setMessage(m_core.currency().exponent == 0
                           ? QCoreApplication::translate("courtyard::kiosk", "Amounts in %1 have no decimals. Type a whole number.").arg(m_core.currency().code)
                           : QCoreApplication::translate("courtyard::kiosk", "Amounts in %1 have at most %Ln decimals.", nullptr, m_core.currency().exponent).arg(m_core.currency().code));
            break;
        case ErrorCode::Overflow:
            setMessage(QCoreApplication::translate("courtyard::kiosk", "The kiosk takes at most %1 in one payment. Please pay a smaller amount, or pay the rest at the office.").arg(maximum()));
            break;
        default:
            setMessage(QCoreApplication::translate("courtyard::kiosk", "'%1' is not an amount. Type it with digits, for example 1200.50.").arg(text.left(24)));
            break;
        }
        return false;
    }
    if (!parsed->isPositive()) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "The amount must be more than zero."));
        return false;
    }
    return choose(parsed->minor(), {});
}

bool PaymentFlow::back()
{
    if (m_state == State::Confirming || m_state == State::Declined || m_state == State::Cancelled) {
        m_attempt.reset();
        m_message.clear();
        setState(State::Choosing);
        Q_EMIT changed();
        return true;
    }
    return false;
}

void PaymentFlow::reset()
{
    m_amount = 0;
    m_invoices.clear();
    m_lines.clear();
    m_message.clear();
    m_attempt.reset();
    setState(State::Choosing);
    Q_EMIT changed();
}

bool PaymentFlow::pay()
{
    if (m_state == State::TimedOut && m_attempt) {
        // The same reference again: the terminal answers the first charge's outcome.
        m_message.clear();
        setState(State::WaitingForTerminal);
        Q_EMIT changed();
        m_terminal.charge(*money::Money::fromMinor(m_attempt->amount, m_core.currency()), m_attempt->reference);
        return true;
    }
    if (m_state != State::Confirming || !m_session.signedIn()) {
        return false; // a second tap, or nothing chosen
    }
    PaymentAttempt attempt;
    attempt.reference = QStringLiteral("K") + QString::fromLatin1(crypto::randomBytes(8).toHex().toUpper());
    attempt.unit = m_account.unit();
    attempt.resident = m_session.resident();
    attempt.amount = m_amount;
    attempt.invoices = m_invoices;
    attempt.state = QStringLiteral("started");
    attempt.createdMs = m_core.now();
    if (auto written = m_journal.begin(attempt); !written) {
        qCWarning(lcKiosk) << "cannot write the payment attempt:" << written.error().message;
        setMessage(QCoreApplication::translate("courtyard::kiosk", "The kiosk cannot take payments right now (it cannot save them). Nothing was charged. Please pay at the office."));
        return false;
    }
    m_attempt = attempt;
    m_message.clear();
    setState(State::WaitingForTerminal);
    Q_EMIT changed();
    m_terminal.charge(*money::Money::fromMinor(m_amount, m_core.currency()), attempt.reference);
    return true;
}

Result<contracts::Outcome<Submitted>> PaymentFlow::record(const PaymentAttempt &attempt, bool makeReceipt)
{
    cbor::Map payload{
        {cbor::Value::fromText(QStringLiteral("unit")), cbor::Value::fromText(attempt.unit)},
        {cbor::Value::fromText(QStringLiteral("amount")), cbor::Value::fromInt(attempt.amount)},
        {cbor::Value::fromText(QStringLiteral("reference")), cbor::Value::fromText(attempt.reference)},
        {cbor::Value::fromText(QStringLiteral("resident")), cbor::Value::fromBytes(attempt.resident)},
    };
    if (!attempt.invoices.isEmpty()) {
        cbor::Array ids;
        for (const QString &id : attempt.invoices) {
            ids.push_back(cbor::Value::fromText(id));
        }
        payload.emplace_back(cbor::Value::fromText(QStringLiteral("invoices")), cbor::Value::fromArray(std::move(ids)));
    }
    // What the receipt lists: computed before the payment changes the account.
    const QStringList lines = makeReceipt ? linesFor(attempt.amount, attempt.invoices) : QStringList();
    CY_TRY(contracts::Outcome<Submitted> submitted, m_core.submit(QStringLiteral("payment.kiosk"), cbor::Value::fromMap(std::move(payload))));
    if (!submitted) {
        return submitted;
    }
    CY_CHECK(m_journal.update(attempt.reference, QStringLiteral("recorded"), m_core.now(), QString(),
                              crypto::toByteArray(submitted->entry.id)));
    if (makeReceipt) {
        KioskReceipt::Data data;
        data.unit = attempt.unit;
        data.amount = attempt.amount;
        data.lines = lines;
        data.atMs = submitted->entry.createdMs;
        data.txId = submitted->entry.id;
        data.signedTransaction = submitted->transaction.bytes();
        data.reference = attempt.reference;
        data.approvalCode = attempt.approvalCode;
        m_receipt.set(std::move(data));
    }
    return submitted;
}

void PaymentFlow::onFinished(const QString &reference, const TerminalResult &result)
{
    if (!m_attempt || reference != m_attempt->reference || m_state != State::WaitingForTerminal) {
        // An answer for an attempt no longer on screen (the resident left): the journal keeps
        // it open and recover() settles it.
        if (result.outcome == TerminalResult::Outcome::Approved) {
            onQueried(reference, result);
        }
        return;
    }
    const quint64 now = m_core.now();
    switch (result.outcome) {
    case TerminalResult::Outcome::Approved: {
        m_attempt->approvalCode = result.approvalCode;
        if (auto ok = m_journal.update(reference, QStringLiteral("approved"), now, result.approvalCode); !ok) {
            qCWarning(lcKiosk) << "cannot write the approval of" << reference << ":" << ok.error().message;
        }
        auto recorded = record(*m_attempt, /*makeReceipt=*/true);
        if (!recorded || !*recorded) {
            const QString why = !recorded ? recorded.error().message : recorded->error().message;
            qCWarning(lcKiosk) << "payment" << reference << "was approved but not recorded:" << why;
            setMessage(QCoreApplication::translate("courtyard::kiosk", "Your card was charged, but the kiosk could not record the payment. Please show reference %1 at the office.")
                           .arg(reference));
        }
        setState(State::Approved);
        if (recorded && *recorded) {
            Q_EMIT paid(crypto::toHex((*recorded)->entry.id));
        }
        return;
    }
    case TerminalResult::Outcome::Declined:
        (void)m_journal.update(reference, QStringLiteral("declined"), now);
        setMessage(result.reason.isEmpty() ? QCoreApplication::translate("courtyard::kiosk", "The card was declined. Nothing was charged.") : result.reason);
        setState(State::Declined);
        return;
    case TerminalResult::Outcome::TimedOut:
        (void)m_journal.update(reference, QStringLiteral("timed-out"), now);
        setMessage(QCoreApplication::translate("courtyard::kiosk", "The terminal did not answer. Press Pay to ask it again: you will not be charged twice."));
        setState(State::TimedOut);
        return;
    case TerminalResult::Outcome::Cancelled:
        (void)m_journal.update(reference, QStringLiteral("cancelled"), now);
        setMessage(QCoreApplication::translate("courtyard::kiosk", "The payment was cancelled on the terminal. Nothing was charged."));
        setState(State::Cancelled);
        return;
    case TerminalResult::Outcome::NotSeen:
        (void)m_journal.update(reference, QStringLiteral("void"), now);
        setMessage(QCoreApplication::translate("courtyard::kiosk", "The terminal did not take the payment. Nothing was charged."));
        setState(State::Cancelled);
        return;
    }
}

void PaymentFlow::recover()
{
    auto open = m_journal.unresolved();
    if (!open) {
        qCWarning(lcKiosk) << "cannot read the payment journal:" << open.error().message;
        return;
    }
    for (const PaymentAttempt &attempt : *open) {
        if (m_attempt && attempt.reference == m_attempt->reference) {
            continue; // on screen now
        }
        if (attempt.state == QLatin1String("approved")) {
            onQueried(attempt.reference, {TerminalResult::Outcome::Approved, attempt.approvalCode, {}});
        } else {
            m_terminal.query(attempt.reference);
        }
    }
}

void PaymentFlow::onQueried(const QString &reference, const TerminalResult &result)
{
    if (m_attempt && reference == m_attempt->reference && m_state == State::WaitingForTerminal) {
        onFinished(reference, result);
        return;
    }
    auto attempt = m_journal.find(reference);
    if (!attempt || attempt->state == QLatin1String("recorded")) {
        return;
    }
    const quint64 now = m_core.now();
    if (result.outcome != TerminalResult::Outcome::Approved) {
        if (result.outcome != TerminalResult::Outcome::TimedOut) {
            (void)m_journal.update(reference, QStringLiteral("void"), now);
        }
        return;
    }
    attempt->approvalCode = result.approvalCode;
    (void)m_journal.update(reference, QStringLiteral("approved"), now, result.approvalCode);
    // A crash may have come between the outbox and the journal: the outbox is the truth.
    auto entries = m_core.store().outbox();
    if (entries) {
        for (const store::OutboxEntry &entry : *entries) {
            auto tx = ledger::Transaction::decode(entry.bytes);
            if (tx && tx->body().kind == QLatin1String("payment.kiosk")) {
                const cbor::Value *ref = tx->body().payload.find(u"reference");
                if (ref && ref->isText() && ref->asText() == reference) {
                    (void)m_journal.update(reference, QStringLiteral("recorded"), now, QString(), crypto::toByteArray(entry.id));
                    return;
                }
            }
        }
    }
    auto recorded = record(*attempt, /*makeReceipt=*/false);
    if (!recorded || !*recorded) {
        qCWarning(lcKiosk) << "the approved payment" << reference << "could not be recorded:"
                           << (!recorded ? recorded.error().message : recorded->error().message);
    }
}

} // namespace courtyard::kiosk
