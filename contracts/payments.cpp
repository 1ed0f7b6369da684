#include "contracts/payments.h"

#include "contracts/billing.h"
#include "contracts/governance.h"
#include "contracts/internal.h"
#include "contracts/lease.h"
#include "contracts/units.h"
#include "core/base/hex.h"

#include <QCoreApplication>

namespace courtyard::contracts {

namespace {

// --- payload fields -------------------------------------------------------------------------

Outcome<money::Currency> communityCurrency(const Context &context)
{
    auto currency = money::currencyByCode(context.genesis.currency);
    if (!currency) {
        return stateError(currency.error());
    }
    return *currency;
}

Outcome<money::Money> amountField(const cbor::Record &record, QStringView field, const money::Currency &currency)
{
    auto value = record.uint(field);
    if (!value) {
        return badPayload(value.error());
    }
    if (*value == 0) {
        return reject("invalid-amount", tr("the amount must be more than zero"));
    }
    if (*value > quint64(money::kMaxMinorUnits)) {
        return reject("amount-overflow", tr("the amount is larger than any amount the ledger can hold"));
    }
    auto amount = money::Money::fromMinor(qint64(*value), currency);
    if (!amount) {
        return reject("amount-overflow", amount.error().message);
    }
    return *amount;
}

Outcome<QByteArray> bytesField(const cbor::Record &record, QStringView field, qsizetype size)
{
    auto value = record.bytes(field, size);
    if (!value) {
        return badPayload(value.error());
    }
    return *value;
}

Outcome<QString> referenceField(const cbor::Record &record, QStringView field)
{
    OUTCOME_TRY(QString reference, textField(record, field));
    if (reference.isEmpty() || reference.size() > kMaxPaymentReferenceLength) {
        return reject("invalid-reference", tr("a payment reference has 1 to %1 characters").arg(kMaxPaymentReferenceLength));
    }
    for (const QChar c : reference) {
        if (c.category() == QChar::Other_Control) {
            return reject("invalid-reference", tr("a payment reference may not hold control characters"));
        }
    }
    return reference;
}

Outcome<std::optional<cbor::Value>> read(const state::StateView &state, const QByteArray &key)
{
    auto stored = state.get(key);
    if (!stored) {
        return stateError(stored.error());
    }
    return *stored;
}

Outcome<QString> existingUnit(const Context &context, const cbor::Record &record)
{
    OUTCOME_TRY(QString unit, textField(record, u"unit"));
    if (!isValidUnitNumber(unit)) {
        return reject("invalid-unit-number", tr("'%1' is not a unit number").arg(unit));
    }
    OUTCOME_TRY(const auto stored, read(context.state, unitKey(unit)));
    if (!stored) {
        return reject("unknown-unit", tr("there is no unit %1").arg(unit));
    }
    return unit;
}

// --- records --------------------------------------------------------------------------------

Outcome<qint64> readPrepaid(const state::StateView &state, const QString &unit)
{
    OUTCOME_TRY(const auto stored, read(state, prepaidKey(unit)));
    if (!stored) {
        return qint64(0);
    }
    auto record = cbor::Record::from(*stored, QStringLiteral("prepaid credit"));
    auto amount = record ? record->uint(u"amount") : Result<quint64>(tl::unexpected(record.error()));
    if (!amount || *amount > quint64(money::kMaxMinorUnits)) {
        return stateError(amount ? Error{ErrorCode::Integrity, QStringLiteral("prepaid credit out of range")} : amount.error());
    }
    return qint64(*amount);
}

void writePrepaid(state::StateDelta &delta, const QString &unit, qint64 amount)
{
    if (amount == 0) {
        delta.remove(prepaidKey(unit));
    } else {
        delta.put(prepaidKey(unit), cbor::Value::fromMap({{QStringLiteral("amount"), cbor::Value::fromInt(amount)}}));
    }
}

struct Invoice {
    QByteArray key;
    cbor::Value value;
    qint64 amount = 0;
    qint64 paid = 0;

    qint64 open() const { return amount - paid; }
    QString id() const { return QString::fromUtf8(key.mid(key.lastIndexOf('/') + 1)); }

    // The invoice with `paid` = newPaid. The credit score (credit.h) needs when an invoice became
    // fully paid: "settled" = the block time it happened, removed when a reversal reopens it.
    cbor::Value withPaid(qint64 newPaid, quint64 atMs) const
    {
        cbor::Map entries;
        for (const auto &[k, v] : value.asMap()) {
            if (k.isText() && k.asText() == QLatin1String("settled")) {
                continue;
            }
            const bool isPaid = k.isText() && k.asText() == QLatin1String("paid");
            entries.emplace_back(k, isPaid ? cbor::Value::fromInt(newPaid) : v);
        }
        if (newPaid == amount) {
            entries.emplace_back(cbor::Value::fromText(QStringLiteral("settled")), cbor::Value::fromUnsigned(atMs));
        }
        return cbor::Value::fromMap(std::move(entries));
    }
};

Result<Invoice> parseInvoice(const QByteArray &key, const cbor::Value &value)
{
    CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("invoice")));
    Invoice invoice{key, value};
    CY_TRY(const quint64 amount, r.uint(u"amount"));
    CY_TRY(const quint64 paid, r.uint(u"paid"));
    if (amount > quint64(money::kMaxMinorUnits) || paid > amount) {
        return fail(ErrorCode::Integrity, QStringLiteral("invoice %1 has impossible amounts").arg(QString::fromUtf8(key)));
    }
    invoice.amount = qint64(amount);
    invoice.paid = qint64(paid);
    return invoice;
}

// The unit's invoices in key order: oldest due date first.
Outcome<std::vector<Invoice>> invoicesOf(const state::StateView &state, const QString &unit)
{
    std::vector<Invoice> invoices;
    std::optional<Error> problem;
    auto scanned = state.scan(invoicePrefix(unit), [&](const state::Key &key, const cbor::Value &value) {
        auto invoice = parseInvoice(key, value);
        if (!invoice) {
            problem = invoice.error();
            return false;
        }
        invoices.push_back(std::move(*invoice));
        return true;
    });
    if (!scanned) {
        return stateError(scanned.error());
    }
    if (problem) {
        return stateError(*problem);
    }
    return invoices;
}

// The unit's open invoices (billing's index) in key order: oldest due date first.
Outcome<std::vector<Invoice>> openInvoicesOf(const state::StateView &state, const QString &unit)
{
    auto keys = openInvoiceKeys(state, openInvoicePrefix(unit));
    if (!keys) {
        return stateError(keys.error());
    }
    std::vector<Invoice> invoices;
    invoices.reserve(keys->size());
    for (const QByteArray &key : *keys) {
        OUTCOME_TRY(const auto stored, read(state, key));
        if (!stored) {
            return stateError(Error{ErrorCode::Integrity, QStringLiteral("%1: listed as open but not there").arg(QString::fromUtf8(key))});
        }
        auto invoice = parseInvoice(key, *stored);
        if (!invoice) {
            return stateError(invoice.error());
        }
        invoices.push_back(std::move(*invoice));
    }
    return invoices;
}

cbor::Value allocationsValue(const std::vector<std::pair<QByteArray, qint64>> &allocations)
{
    cbor::Array list;
    for (const auto &[key, amount] : allocations) {
        list.push_back(cbor::Value::fromArray({cbor::Value::fromBytes(key), cbor::Value::fromInt(amount)}));
    }
    return cbor::Value::fromArray(std::move(list));
}

QString receivable(const QString &unit)
{
    return QStringLiteral("Assets:Receivable:") + unit;
}

QString prepaid(const QString &unit)
{
    return QStringLiteral("Liabilities:Prepaid:") + unit;
}

// What lease.terminate books as owed back to the residents of the unit (docs/contracts.md).
QString refundsPayable(const QString &unit)
{
    return QStringLiteral("Liabilities:Payable:Refunds:") + unit;
}

// An amount for a message: "4749.50".
QString plain(qint64 minor, const money::Currency &currency)
{
    return money::Money::fromMinor(minor, currency)->toPlainString();
}

// A payment or payout record marked reversed by this transaction, for `reason`.
cbor::Value markedReversed(const cbor::Value &stored, const Context &context, const QString &reason)
{
    cbor::Map updated = stored.asMap();
    for (auto &[k, v] : updated) {
        if (k.isText() && k.asText() == QLatin1String("reversed")) {
            v = cbor::Value::fromBool(true);
        }
    }
    updated.emplace_back(cbor::Value::fromText(QStringLiteral("reversal")), cbor::Value::fromBytes(crypto::toByteArray(context.tx.id())));
    updated.emplace_back(cbor::Value::fromText(QStringLiteral("reason")), cbor::Value::fromText(reason));
    return cbor::Value::fromMap(std::move(updated));
}

// --- payments in ----------------------------------------------------------------------------

struct Method {
    const char *kind;
    const char *role;          // who records it
    const char *account;       // where the money arrives
    const char16_t *reference; // the payload field naming the outside record
    quint32 version = 1;
    // The bank's reference may be used once (bankReferenceKey): payment.bank from version 2.
    bool uniqueReference = false;
};

constexpr Method kMethods[] = {
    {"payment.kiosk", "kiosk", "Assets:CardClearing", u"reference"}, // card at the lobby terminal
    {"payment.cash", "manager", "Assets:Cash", u"receipt"},          // cash at the office
    {"payment.bank", "manager", "Assets:Bank", u"reference"},        // bank transfer (version 1: kept for the ledgers that hold it)
    {"payment.bank", "manager", "Assets:Bank", u"reference", 2, true}, // bank transfer, its reference used once
};

const Method *methodOf(const QString &kind)
{
    for (const Method &m : kMethods) {
        if (kind == QLatin1String(m.kind)) {
            return &m;
        }
    }
    return nullptr;
}

class PaymentContract final : public Contract {
public:
    explicit PaymentContract(Method method) : m_method(method) {}
    QString kind() const override { return QString::fromLatin1(m_method.kind); }
    quint32 version() const override { return m_method.version; }

    Outcome<Effects> apply(const Context &context) const override
    {
        const bool atKiosk = QByteArrayView(m_method.role) == "kiosk";
        const QStringView referenceName(m_method.reference);
        OUTCOME_TRY(const cbor::Record record,
                    atKiosk ? payloadRecord(context, {u"unit", u"amount", u"reference", u"resident", u"invoices"})
                            : payloadRecord(context, {u"unit", u"amount", referenceName, u"invoices"}));
        OUTCOME_CHECK(requireAuthorRole(context, m_method.role));
        OUTCOME_TRY(const money::Currency currency, communityCurrency(context));
        OUTCOME_TRY(const QString unit, existingUnit(context, record));
        OUTCOME_TRY(const money::Money amount, amountField(record, u"amount", currency));
        OUTCOME_TRY(const QString reference, referenceField(record, referenceName));
        // A bank's reference names one booking on the statement: it may be posted once (version
        // 2). Version 1 records nothing (replaying the ledgers that hold it must give the same
        // state) but it too refuses a reference that version 2 recorded.
        const QByteArray referenceKey = QByteArrayView(m_method.kind) == "payment.bank" ? bankReferenceKey(reference) : QByteArray();
        if (!referenceKey.isEmpty()) {
            OUTCOME_TRY(const auto used, read(context.state, referenceKey));
            if (used) {
                return reject("bank-reference-used", tr("the bank's booking %1 is already posted as a payment; a bank line is posted once "
                                                        "(reverse that payment first to post it differently)")
                                                         .arg(reference));
            }
        }
        if (atKiosk) {
            // The kiosk attests that this resident identified with card and PIN.
            OUTCOME_TRY(const QByteArray resident, bytesField(record, u"resident", kResidentIdSize));
            OUTCOME_TRY(const auto living, read(context.state, occupancyKey(unit, resident)));
            if (!living) {
                return reject("not-a-resident", tr("this resident does not live in unit %1").arg(unit));
            }
        }

        // Named invoices are looked up among all of the unit's; otherwise only the open ones can
        // take money, oldest first.
        std::vector<Invoice> invoices;
        if (record.has(u"invoices")) {
            OUTCOME_TRY(invoices, invoicesOf(context.state, unit));
        } else {
            OUTCOME_TRY(invoices, openInvoicesOf(context.state, unit));
        }
        std::vector<const Invoice *> order;
        if (record.has(u"invoices")) {
            auto named = record.array(u"invoices");
            if (!named) {
                return badPayload(named.error());
            }
            if ((*named)->empty() || (*named)->size() > std::size_t(kMaxNamedInvoices)) {
                return reject("invalid-invoices", tr("name 1 to %1 invoices, or none to pay the oldest first").arg(kMaxNamedInvoices));
            }
            for (const cbor::Value &id : **named) {
                if (!id.isText()) {
                    return reject("invalid-invoices", tr("invoices are named by their id"));
                }
                const auto it = std::find_if(invoices.begin(), invoices.end(), [&](const Invoice &i) { return i.id() == id.asText(); });
                if (it == invoices.end()) {
                    return reject("unknown-invoice", tr("unit %1 has no invoice %2").arg(unit, id.asText()));
                }
                if (it->open() == 0) {
                    return reject("invoice-paid", tr("invoice %1 is already paid").arg(id.asText()));
                }
                if (std::find(order.begin(), order.end(), &*it) != order.end()) {
                    return reject("invalid-invoices", tr("invoice %1 is named twice").arg(id.asText()));
                }
                order.push_back(&*it);
            }
        } else {
            for (const Invoice &invoice : invoices) {
                order.push_back(&invoice);
            }
        }

        Effects effects;
        qint64 remaining = amount.minor();
        std::vector<std::pair<QByteArray, qint64>> allocations;
        for (const Invoice *invoice : order) {
            if (remaining == 0) {
                break;
            }
            const qint64 part = std::min(remaining, invoice->open());
            if (part == 0) {
                continue;
            }
            const qint64 paid = invoice->paid + part;
            putInvoice(effects.delta, invoice->key, invoice->withPaid(paid, context.blockTimeMs), paid < invoice->amount);
            allocations.emplace_back(invoice->key, part);
            remaining -= part;
        }
        const qint64 applied = amount.minor() - remaining;
        if (remaining > 0) {
            OUTCOME_TRY(const qint64 credit, readPrepaid(context.state, unit));
            if (credit > money::kMaxMinorUnits - remaining) {
                return reject("amount-overflow", tr("the unit's prepaid credit would be larger than the ledger can hold"));
            }
            writePrepaid(effects.delta, unit, credit + remaining);
        }
        cbor::Map paymentRecord{
            {cbor::Value::fromText(QStringLiteral("unit")), cbor::Value::fromText(unit)},
            {cbor::Value::fromText(QStringLiteral("method")), cbor::Value::fromText(kind())},
            {cbor::Value::fromText(QStringLiteral("amount")), cbor::Value::fromInt(amount.minor())},
            {cbor::Value::fromText(QStringLiteral("allocations")), allocationsValue(allocations)},
            {cbor::Value::fromText(QStringLiteral("prepaid")), cbor::Value::fromInt(remaining)},
            {cbor::Value::fromText(QStringLiteral("at")), cbor::Value::fromUnsigned(context.blockTimeMs)},
            {cbor::Value::fromText(QStringLiteral("reversed")), cbor::Value::fromBool(false)},
        };
        if (m_method.uniqueReference) {
            // The reference's hash, so that a reversal can free it (payment.reverse).
            paymentRecord.emplace_back(cbor::Value::fromText(QStringLiteral("bank-reference")),
                                       cbor::Value::fromBytes(crypto::toByteArray(crypto::sha256(reference.toUtf8()))));
            effects.delta.put(referenceKey, cbor::Value::fromMap({{QStringLiteral("payment"),
                                                                   cbor::Value::fromBytes(crypto::toByteArray(context.tx.id()))}}));
        }
        effects.delta.put(paymentKey(context.tx.id()), cbor::Value::fromMap(std::move(paymentRecord)));
        effects.postings.push_back({QString::fromLatin1(m_method.account), amount});
        if (applied > 0) {
            effects.postings.push_back({receivable(unit), *money::Money::fromMinor(-applied, currency)});
        }
        if (remaining > 0) {
            effects.postings.push_back({prepaid(unit), *money::Money::fromMinor(-remaining, currency)});
        }
        return effects;
    }

private:
    Method m_method;
};

// --- refunds and reversals ------------------------------------------------------------------

class RefundContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("payment.refund"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record record, payloadRecord(context, {u"unit", u"amount", u"reference"}));
        OUTCOME_CHECK(requireAuthorRole(context, "manager"));
        OUTCOME_TRY(const money::Currency currency, communityCurrency(context));
        OUTCOME_TRY(const QString unit, existingUnit(context, record));
        OUTCOME_TRY(const money::Money amount, amountField(record, u"amount", currency));
        OUTCOME_TRY(const QString reference, referenceField(record, u"reference"));
        Q_UNUSED(reference);
        OUTCOME_TRY(const qint64 credit, readPrepaid(context.state, unit));
        if (amount.minor() > credit) {
            return reject("insufficient-credit", tr("unit %1 has %2 of prepaid credit; a refund cannot be larger")
                                                     .arg(unit, money::Money::fromMinor(credit, currency)->toPlainString()));
        }
        Effects effects;
        writePrepaid(effects.delta, unit, credit - amount.minor());
        effects.postings.push_back({prepaid(unit), amount});
        effects.postings.push_back({QStringLiteral("Assets:Bank"), amount.negated()});
        return effects;
    }
};

// --- deposit refunds out ----------------------------------------------------------------------

struct Payout {
    const char *method;  // the payload's "method"
    const char *account; // where the money leaves from
};

constexpr Payout kPayouts[] = {
    {"cash", "Assets:Cash"}, // handed over at the office against a signed receipt
    {"bank", "Assets:Bank"}, // a transfer to the resident's account
};

const Payout *payoutOf(QStringView method)
{
    for (const Payout &p : kPayouts) {
        if (method == QLatin1String(p.method)) {
            return &p;
        }
    }
    return nullptr;
}

class DepositRefundContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("payment.deposit-refund"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record record, payloadRecord(context, {u"lease", u"amount", u"method", u"reference"}));
        OUTCOME_TRY(const QByteArray leaseId, leaseIdField(record));
        OUTCOME_TRY(const money::Currency currency, communityCurrency(context));
        OUTCOME_TRY(const money::Money amount, amountField(record, u"amount", currency));
        OUTCOME_TRY(const QString method, textField(record, u"method"));
        const Payout *payout = payoutOf(method);
        if (!payout) {
            return reject("invalid-method", tr("'%1' is not a way to pay a deposit refund: \"cash\" or \"bank\"").arg(method));
        }
        OUTCOME_TRY(const QString reference, referenceField(record, u"reference"));
        Q_UNUSED(reference); // part of the signed payload: the receipt's number or the transfer's reference
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));

        const QString id = QString::fromLatin1(leaseId.toHex());
        OUTCOME_TRY(const auto lease, readLease(context.state, leaseId));
        if (!lease) {
            return reject("unknown-lease", tr("there is no lease %1").arg(id));
        }
        if (!lease->head.terminated) {
            return reject("lease-not-terminated",
                          tr("lease %1 is not terminated: its deposit is settled, and the refund owed, by lease terminate").arg(id));
        }
        auto settlement = readSettlement(lease->head);
        if (!settlement) {
            return stateError(settlement.error().prefixed(QString::fromUtf8(leaseKey(leaseId))));
        }
        if (settlement->owed() == 0) {
            return reject("no-refund-owed", tr("nothing of lease %1's deposit is owed back: the refund was %2, %3 of it is paid out")
                                                .arg(id, plain(settlement->refund, currency), plain(settlement->refunded, currency)));
        }
        if (amount.minor() > settlement->owed()) {
            return reject("exceeds-refund-owed", tr("only %1 of lease %2's deposit refund is still owed (refund %3, paid out %4); "
                                                    "pay at most that")
                                                     .arg(plain(settlement->owed(), currency), id, plain(settlement->refund, currency),
                                                          plain(settlement->refunded, currency)));
        }

        Effects effects;
        const QString unit = lease->head.unit;
        LeaseHead head = lease->head;
        head.settlement = settlementWithRefunded(head.settlement, settlement->refunded + amount.minor());
        effects.delta.put(leaseKey(leaseId), head.toCbor());
        effects.delta.put(depositRefundKey(context.tx.id()), cbor::Value::fromMap({
                                                                 {QStringLiteral("lease"), cbor::Value::fromBytes(leaseId)},
                                                                 {QStringLiteral("unit"), cbor::Value::fromText(unit)},
                                                                 {QStringLiteral("method"), cbor::Value::fromText(method)},
                                                                 {QStringLiteral("amount"), cbor::Value::fromInt(amount.minor())},
                                                                 {QStringLiteral("at"), cbor::Value::fromUnsigned(context.blockTimeMs)},
                                                                 {QStringLiteral("reversed"), cbor::Value::fromBool(false)},
                                                             }));
        effects.postings.push_back({refundsPayable(unit), amount});
        effects.postings.push_back({QString::fromLatin1(payout->account), amount.negated()});
        return effects;
    }
};

class ReversalContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("payment.reverse"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record record, payloadRecord(context, {u"payment", u"reason"}));
        OUTCOME_CHECK(requireAuthorRole(context, "manager"));
        OUTCOME_TRY(const money::Currency currency, communityCurrency(context));
        OUTCOME_TRY(const QByteArray paymentId, bytesField(record, u"payment", qsizetype(crypto::kDigestSize)));
        OUTCOME_TRY(const QString reason, textField(record, u"reason"));
        if (reason.trimmed().isEmpty() || reason.size() > 500) {
            return reject("invalid-reason", tr("say in 1 to 500 characters why the payment is reversed"));
        }
        const QByteArray key = QByteArray("payment/") + paymentId.toHex();
        OUTCOME_TRY(const auto stored, read(context.state, key));
        if (!stored) {
            // Not a payment in: perhaps a deposit refund paid out.
            const QByteArray payoutKey = QByteArray("deposit-refund/") + paymentId.toHex();
            OUTCOME_TRY(const auto payout, read(context.state, payoutKey));
            if (payout) {
                return reversePayout(context, currency, payoutKey, *payout, reason);
            }
            return reject("unknown-payment", tr("there is no payment %1").arg(QString::fromLatin1(paymentId.toHex())));
        }
        const auto p = cbor::Record::from(*stored, QStringLiteral("payment"));
        const auto unit = p ? p->text(u"unit") : Result<QString>(tl::unexpected(p.error()));
        const auto method = p ? p->text(u"method") : Result<QString>(tl::unexpected(p.error()));
        const auto amount = p ? p->int64(u"amount") : Result<qint64>(tl::unexpected(p.error()));
        const auto toPrepaid = p ? p->int64(u"prepaid") : Result<qint64>(tl::unexpected(p.error()));
        const auto reversed = p ? p->boolean(u"reversed") : Result<bool>(tl::unexpected(p.error()));
        const auto allocations = p ? p->array(u"allocations") : Result<const cbor::Array *>(tl::unexpected(p.error()));
        const auto at = p ? p->uint(u"at") : Result<quint64>(tl::unexpected(p.error()));
        if (!unit || !method || !amount || !toPrepaid || !reversed || !allocations || !at) {
            return stateError(Error{ErrorCode::Integrity, QStringLiteral("payment record %1 is damaged").arg(QString::fromUtf8(key))});
        }
        if (*reversed) {
            return reject("already-reversed", tr("this payment has already been reversed"));
        }
        const Method *paidBy = methodOf(*method);
        if (!paidBy) {
            return stateError(Error{ErrorCode::Integrity, QStringLiteral("payment record %1 names no known method").arg(QString::fromUtf8(key))});
        }
        const char *account = paidBy->account;

        Effects effects;
        qint64 applied = 0;
        for (const cbor::Value &entry : **allocations) {
            if (!entry.isArray() || entry.asArray().size() != 2 || !entry.asArray()[0].isBytes()) {
                return stateError(Error{ErrorCode::Integrity, QStringLiteral("payment record %1 is damaged").arg(QString::fromUtf8(key))});
            }
            const QByteArray invoiceKey = entry.asArray()[0].asBytes();
            const auto part = entry.asArray()[1].toInt64();
            OUTCOME_TRY(const auto invoiceValue, read(context.state, invoiceKey));
            if (!part || !invoiceValue) {
                return stateError(Error{ErrorCode::Integrity, QStringLiteral("invoice %1 of the payment is gone").arg(QString::fromUtf8(invoiceKey))});
            }
            auto invoice = parseInvoice(invoiceKey, *invoiceValue);
            if (!invoice || invoice->paid < *part) {
                return stateError(Error{ErrorCode::Integrity, QStringLiteral("invoice %1 does not hold this payment").arg(QString::fromUtf8(invoiceKey))});
            }
            const qint64 paid = invoice->paid - *part; // reopened: open again
            putInvoice(effects.delta, invoiceKey, invoice->withPaid(paid, context.blockTimeMs), paid < invoice->amount);
            applied += *part;
        }
        if (*toPrepaid > 0) {
            OUTCOME_TRY(const qint64 credit, readPrepaid(context.state, *unit));
            if (credit < *toPrepaid) {
                return reject("credit-already-used",
                              tr("the prepaid credit this payment created has since been used or refunded; reverse that first"));
            }
            writePrepaid(effects.delta, *unit, credit - *toPrepaid);
        }
        effects.delta.put(key, markedReversed(*stored, context, reason));
        // A reversed bank payment no longer books its statement line: the line may be posted
        // again (to the right unit, say). Only payment.bank version 2 records a reference.
        if (const cbor::Value *referenceHash = stored->find(u"bank-reference")) {
            if (!referenceHash->isBytes() || referenceHash->asBytes().size() != qsizetype(crypto::kDigestSize)) {
                return stateError(Error{ErrorCode::Integrity, QStringLiteral("payment record %1 is damaged").arg(QString::fromUtf8(key))});
            }
            effects.delta.remove(bankReferencePrefix() + referenceHash->asBytes().toHex());
        }
        // The credit score reads a unit's reversed payments from here, not from every payment.
        effects.delta.put(reversedPaymentKey(*unit, paymentId), cbor::Value::fromMap({{QStringLiteral("at"), cbor::Value::fromUnsigned(*at)}}));

        effects.postings.push_back({QString::fromLatin1(account), *money::Money::fromMinor(-*amount, currency)});
        if (applied > 0) {
            effects.postings.push_back({receivable(*unit), *money::Money::fromMinor(applied, currency)});
        }
        if (*toPrepaid > 0) {
            effects.postings.push_back({prepaid(*unit), *money::Money::fromMinor(*toPrepaid, currency)});
        }
        return effects;
    }

private:
    // Undoes a deposit refund paid out: the money is back (debit the account it left), the refund
    // is owed again (credit the unit's refunds payable) and the lease's "refunded" goes down.
    static Outcome<Effects> reversePayout(const Context &context, const money::Currency &currency, const QByteArray &key,
                                          const cbor::Value &stored, const QString &reason)
    {
        const auto damaged = [&key] {
            return stateError(
                Error{ErrorCode::Integrity, QStringLiteral("deposit refund record %1 is damaged").arg(QString::fromUtf8(key))});
        };
        const auto p = cbor::Record::from(stored, QStringLiteral("deposit refund"));
        const auto leaseId = p ? p->bytes(u"lease") : Result<QByteArray>(tl::unexpected(p.error()));
        const auto method = p ? p->text(u"method") : Result<QString>(tl::unexpected(p.error()));
        const auto amount = p ? p->int64(u"amount") : Result<qint64>(tl::unexpected(p.error()));
        const auto reversed = p ? p->boolean(u"reversed") : Result<bool>(tl::unexpected(p.error()));
        if (!leaseId || !method || !amount || !reversed || *amount <= 0 || *amount > money::kMaxMinorUnits ||
            !payoutOf(*method)) {
            return damaged();
        }
        if (*reversed) {
            return reject("already-reversed", tr("this payment has already been reversed"));
        }
        OUTCOME_TRY(const auto lease, readLease(context.state, *leaseId));
        const auto settlement =
            lease ? readSettlement(lease->head) : Result<Settlement>(tl::unexpected(Error{ErrorCode::Integrity, {}}));
        if (!settlement || settlement->refunded < *amount) {
            return stateError(Error{ErrorCode::Integrity, QStringLiteral("the lease of deposit refund %1 does not hold this payout")
                                                              .arg(QString::fromUtf8(key))});
        }
        Effects effects;
        LeaseHead head = lease->head;
        head.settlement = settlementWithRefunded(head.settlement, settlement->refunded - *amount);
        effects.delta.put(leaseKey(*leaseId), head.toCbor());
        effects.delta.put(key, markedReversed(stored, context, reason));
        const money::Money paid = *money::Money::fromMinor(*amount, currency);
        effects.postings.push_back({QString::fromLatin1(payoutOf(*method)->account), paid});
        effects.postings.push_back({refundsPayable(head.unit), paid.negated()});
        return effects;
    }
};

} // namespace

QByteArray paymentKey(const ledger::TxId &id)
{
    return QByteArray("payment/") + crypto::toByteArray(id).toHex();
}

QByteArray reversedPaymentKey(const QString &unit, QByteArrayView paymentId)
{
    return reversedPaymentPrefix(unit) + paymentId.toByteArray().toHex();
}

QByteArray reversedPaymentPrefix(const QString &unit)
{
    return QByteArray("payment-reversed/") + unit.toUtf8() + '/';
}

QByteArray prepaidKey(const QString &unit)
{
    return QByteArray("prepaid/") + unit.toUtf8();
}

QByteArray invoicePrefix(const QString &unit)
{
    return QByteArray("invoice/") + unit.toUtf8() + '/';
}

QByteArray bankReferencePrefix()
{
    return QByteArrayLiteral("bank-reference/");
}

QByteArray bankReferenceKey(const QString &reference)
{
    return bankReferencePrefix() + crypto::toByteArray(crypto::sha256(reference.toUtf8())).toHex();
}

QByteArray depositRefundKey(const ledger::TxId &id)
{
    return QByteArray("deposit-refund/") + crypto::toByteArray(id).toHex();
}

void addPaymentContracts(Registry &registry)
{
    for (const Method &method : kMethods) {
        registry.add(std::make_unique<PaymentContract>(method));
    }
    registry.add(std::make_unique<RefundContract>());
    registry.add(std::make_unique<DepositRefundContract>());
    registry.add(std::make_unique<ReversalContract>());
}

} // namespace courtyard::contracts
