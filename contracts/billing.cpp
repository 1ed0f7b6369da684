#include "contracts/billing.h"

#include "contracts/credit.h"
#include "contracts/governance.h"
#include "contracts/internal.h"
#include "contracts/lease.h"
#include "contracts/payments.h"
#include "core/base/hex.h"
#include "core/crypto/crypto.h"
#include "core/money/currency.h"
#include "core/money/money.h"

#include <QCoreApplication>

#include <map>

namespace courtyard::contracts {

namespace {

tl::unexpected<Rejection> overflow()
{
    return reject("amount-overflow", tr("an amount is larger than the ledger can hold"));
}

Result<QDate> recordDate(const cbor::Record &r, QStringView field)
{
    CY_TRY(const QString text, r.text(field));
    const auto date = parseDate(text);
    if (!date) {
        return fail(ErrorCode::Integrity, QStringLiteral("'%1' is not a date").arg(field));
    }
    return *date;
}

// The community's property-fee rule.
struct FeeRule {
    QString basis; // "area" (minor units per m² per month) or "fixed" (per unit per month)
    qint64 amount = 0;
    int dueDay = 1;

    cbor::Value toCbor() const
    {
        return cbor::Value::fromMap({
            {QStringLiteral("basis"), cbor::Value::fromText(basis)},
            {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
            {QStringLiteral("due-day"), cbor::Value::fromUnsigned(quint64(dueDay))},
        });
    }

    static Result<FeeRule> fromCbor(const cbor::Value &value)
    {
        CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("fee rule")));
        FeeRule rule;
        CY_TRY(rule.basis, r.text(u"basis"));
        CY_TRY(rule.amount, r.int64(u"amount"));
        CY_TRY(const quint64 day, r.uint(u"due-day"));
        rule.dueDay = int(std::clamp<quint64>(day, 1, 31));
        return rule;
    }
};

Outcome<std::optional<FeeRule>> readFeeRule(const state::StateView &state)
{
    auto stored = state.get(feeRuleKey());
    if (!stored) {
        return stateError(stored.error());
    }
    if (!*stored) {
        return std::optional<FeeRule>();
    }
    auto rule = FeeRule::fromCbor(**stored);
    if (!rule) {
        return stateError(rule.error().prefixed(QStringLiteral("billing/fee-rule")));
    }
    return std::optional<FeeRule>(*rule);
}

template <typename T>
Outcome<std::vector<std::pair<QByteArray, T>>> scanRecords(const state::StateView &state, QByteArrayView prefix,
                                                           Result<T> (*parse)(const cbor::Value &))
{
    std::vector<std::pair<QByteArray, T>> out;
    std::optional<Error> problem;
    auto scanned = state.scan(prefix, [&](const state::Key &key, const cbor::Value &value) {
        auto record = parse(value);
        if (!record) {
            problem = record.error().prefixed(QString::fromUtf8(key));
            return false;
        }
        out.emplace_back(key, std::move(*record));
        return true;
    });
    if (!scanned) {
        return stateError(scanned.error());
    }
    if (problem) {
        return stateError(*problem);
    }
    return out;
}

// The open invoices of the index under indexPrefix, each read from its own entry, in key order.
Outcome<std::vector<std::pair<QByteArray, Invoice>>> readOpenInvoices(const state::StateView &state, QByteArrayView indexPrefix)
{
    auto keys = openInvoiceKeys(state, indexPrefix);
    if (!keys) {
        return stateError(keys.error());
    }
    std::vector<std::pair<QByteArray, Invoice>> out;
    out.reserve(keys->size());
    for (QByteArray &key : *keys) {
        auto stored = state.get(key);
        if (!stored) {
            return stateError(stored.error());
        }
        if (!*stored) {
            return stateError(Error{ErrorCode::Integrity, QStringLiteral("%1: listed as open but not there").arg(QString::fromUtf8(key))});
        }
        auto invoice = Invoice::fromCbor(**stored);
        if (!invoice) {
            return stateError(invoice.error().prefixed(QString::fromUtf8(key)));
        }
        out.emplace_back(std::move(key), std::move(*invoice));
    }
    return out;
}

Result<quint64> unitArea(const cbor::Value &value)
{
    CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("unit")));
    return r.uint(u"area");
}

class SetFeeRuleContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("billing.set-fee-rule"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"basis", u"amount", u"due-day", u"currency"}));
        FeeRule rule;
        OUTCOME_TRY(rule.basis, textField(payload, u"basis"));
        if (rule.basis != QLatin1String("area") && rule.basis != QLatin1String("fixed")) {
            return reject("invalid-fee-basis", tr("the property fee is charged by \"area\" or \"fixed\" per unit"));
        }
        OUTCOME_CHECK(currencyField(context, payload));
        OUTCOME_TRY(rule.amount, amountField(payload, u"amount", 0));
        OUTCOME_TRY(rule.dueDay, boundedField(payload, u"due-day", 1, 31, "invalid-due-day",
                                              tr("the fee's due day is a day of the month, 1 to 31")));
        OUTCOME_CHECK(requireCommitteeQuorum(context));
        Effects effects;
        effects.delta.put(feeRuleKey(), rule.toCbor());
        return effects;
    }
};

// Uses each unit's prepaid credit (payments.h: "prepaid/<unit>") for its open invoices, oldest
// due date first: debit Liabilities:Prepaid:<unit>, credit Assets:Receivable:<unit>.
Outcome<void> applyPrepaidCredit(const Context &context, Effects &effects, const money::Currency &currency)
{
    std::vector<std::pair<QString, qint64>> credits;
    std::optional<Error> problem;
    auto scanned = context.state.scan(QByteArrayView("prepaid/"), [&](const state::Key &key, const cbor::Value &value) {
        const cbor::Value *amount = value.find(u"amount");
        const auto minor = amount ? amount->toInt64() : Result<qint64>(-1);
        if (!minor || *minor < 0 || *minor > money::kMaxMinorUnits) {
            problem = Error{ErrorCode::Integrity, QStringLiteral("%1: damaged prepaid credit").arg(QString::fromUtf8(key))};
            return false;
        }
        credits.emplace_back(QString::fromUtf8(key.mid(qsizetype(sizeof("prepaid/") - 1))), *minor);
        return true;
    });
    if (!scanned) {
        return stateError(scanned.error());
    }
    if (problem) {
        return stateError(*problem);
    }
    for (const auto &[unit, credit] : credits) {
        std::vector<std::pair<QByteArray, Invoice>> invoices;
        {
            const state::OverlayView now(context.state, effects.delta); // read before writing the delta
            OUTCOME_TRY(invoices, readOpenInvoices(now, openInvoicePrefix(unit)));
        }
        qint64 used = 0;
        for (auto &[key, invoice] : invoices) {
            const qint64 part = std::min(invoice.amount - invoice.paid, credit - used);
            if (part <= 0) {
                continue;
            }
            invoice.paid += part;
            cbor::Value updated = invoice.toCbor();
            if (invoice.paid == invoice.amount) { // when it became fully paid, for the credit score
                cbor::Map entries = updated.asMap();
                entries.emplace_back(cbor::Value::fromText(QStringLiteral("settled")), cbor::Value::fromUnsigned(context.blockTimeMs));
                updated = cbor::Value::fromMap(std::move(entries));
            }
            putInvoice(effects.delta, key, std::move(updated), invoice.paid < invoice.amount);
            used += part;
            if (used == credit) {
                break;
            }
        }
        if (used == 0) {
            continue;
        }
        if (credit == used) {
            effects.delta.remove(prepaidKey(unit));
        } else {
            effects.delta.put(prepaidKey(unit), cbor::Value::fromMap({{QStringLiteral("amount"), cbor::Value::fromInt(credit - used)}}));
        }
        const money::Money amount = *money::Money::fromMinor(used, currency);
        effects.postings.push_back({QStringLiteral("Liabilities:Prepaid:") + unit, amount});
        effects.postings.push_back({QStringLiteral("Assets:Receivable:") + unit, amount.negated()});
    }
    return {};
}

class ClosePeriodContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("billing.close-period"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"period"}));
        OUTCOME_TRY(const QString period, textField(payload, u"period"));
        const auto parsed = parseMonth(period);
        if (!parsed) {
            return reject("invalid-period", tr("'%1' is not a month (YYYY-MM)").arg(period));
        }
        const QDate month = *parsed;
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));

        OUTCOME_TRY(const auto last, lastClosedPeriod(context.state));
        if (last && month <= *last) {
            return reject("period-closed", tr("the period %1 is already closed").arg(period));
        }
        if (last && month != last->addMonths(1)) {
            return reject("period-gap", tr("close %1 first: periods are closed in order").arg(monthText(last->addMonths(1))));
        }
        const QDate today = context.today();
        if (today < month) {
            return reject("period-not-started", tr("the period %1 has not started yet").arg(period));
        }
        auto currency = money::currencyByCode(context.genesis.currency);
        if (!currency) {
            return stateError(currency.error());
        }

        Effects effects;
        quint64 count = 0;
        // Late fees first, over the invoices open before this close.
        OUTCOME_TRY(const auto invoices, readOpenInvoices(context.state, QByteArrayView(kOpenInvoicePrefix)));
        std::map<QByteArray, Lease> leases;
        for (const auto &[key, invoice] : invoices) {
            if ((invoice.kind != QLatin1String(kInvoiceRent) && invoice.kind != QLatin1String(kInvoiceDeposit)) ||
                invoice.lease.isEmpty() || invoice.paid >= invoice.amount) {
                continue;
            }
            auto found = leases.find(invoice.lease);
            if (found == leases.end()) {
                OUTCOME_TRY(const auto lease, readLease(context.state, invoice.lease));
                if (!lease) {
                    return stateError(Error{ErrorCode::Integrity, QStringLiteral("%1: no such lease").arg(QString::fromUtf8(key))});
                }
                found = leases.emplace(invoice.lease, *lease).first;
            }
            const LeaseTerms &terms = found->second.current();
            if (today <= invoice.due.addDays(terms.graceDays) || terms.lateFee.type == AmountRule::Type::None) {
                continue;
            }
            auto overdue = money::Money::fromMinor(invoice.amount - invoice.paid, *currency);
            if (!overdue) {
                return overflow();
            }
            qint64 fee = 0;
            if (terms.lateFee.type == AmountRule::Type::Fixed) {
                fee = terms.lateFee.amount;
            } else {
                const auto percent = money::Percent::parse(terms.lateFee.percent);
                if (!percent) {
                    return stateError(percent.error());
                }
                auto byPercent = overdue->applyPercent(*percent, money::Rounding::HalfEven);
                if (!byPercent) {
                    return overflow();
                }
                fee = std::min(byPercent->minor(), terms.lateFee.amount);
            }
            if (fee <= 0) {
                continue;
            }
            Invoice late;
            late.id = invoiceId(QString::fromLatin1(kInvoiceLateFee), period, invoice.unit, invoice.id);
            late.unit = invoice.unit;
            late.kind = QString::fromLatin1(kInvoiceLateFee);
            late.period = period;
            late.lease = invoice.lease;
            late.issued = today;
            late.due = today;
            late.amount = fee;
            addInvoice(effects, late, *currency);
            ++count;
        }

        // Rent of every lease that covers a day of the month.
        OUTCOME_TRY(const std::vector<Lease> all, readLeases(context.state));
        const QDate monthEnd = month.addMonths(1).addDays(-1);
        for (const Lease &lease : all) {
            if (lease.head.start > monthEnd || (lease.head.end && *lease.head.end < month)) {
                continue;
            }
            OUTCOME_TRY(const qint64 rent, rentForMonth(lease, month, *currency));
            if (rent == 0) {
                continue;
            }
            const QDate firstDay = std::max(month, lease.head.start);
            const LeaseTerms *terms = &lease.versions.front();
            for (const LeaseTerms &v : lease.versions) {
                if (v.effective <= firstDay) {
                    terms = &v;
                }
            }
            Invoice invoice;
            invoice.id = invoiceId(QString::fromLatin1(kInvoiceRent), period, lease.head.unit, lease.id);
            invoice.unit = lease.head.unit;
            invoice.kind = QString::fromLatin1(kInvoiceRent);
            invoice.period = period;
            invoice.lease = lease.id;
            invoice.issued = today;
            invoice.due = std::max(dayInMonth(month, terms->billingDay), firstDay);
            invoice.amount = rent;
            addInvoice(effects, invoice, *currency);
            ++count;
        }

        // The property fee of every unit.
        OUTCOME_TRY(const auto rule, readFeeRule(context.state));
        if (rule && rule->amount > 0) {
            OUTCOME_TRY(const auto units, scanRecords<quint64>(context.state, QByteArrayView("unit/"), &unitArea));
            auto perUnit = money::Money::fromMinor(rule->amount, *currency);
            if (!perUnit) {
                return overflow();
            }
            for (const auto &[key, area] : units) {
                const QString unit = QString::fromUtf8(key.mid(5));
                // area is in hundredths of m²: amount × area / 100.
                auto fee = rule->basis == QLatin1String("area")
                    ? perUnit->multiplyRatio(qint64(area), 100, money::Rounding::HalfEven)
                    : Result<money::Money>(*perUnit);
                if (!fee) {
                    return overflow();
                }
                if (fee->isZero()) {
                    continue;
                }
                Invoice invoice;
                invoice.id = invoiceId(QString::fromLatin1(kInvoiceFee), period, unit, {});
                invoice.unit = unit;
                invoice.kind = QString::fromLatin1(kInvoiceFee);
                invoice.period = period;
                invoice.issued = today;
                invoice.due = dayInMonth(month, rule->dueDay);
                invoice.amount = fee->minor();
                addInvoice(effects, invoice, *currency);
                ++count;
            }
        }

        // Prepaid credit (overpayments) pays open invoices, the ones just issued included.
        OUTCOME_CHECK(applyPrepaidCredit(context, effects, *currency));
        // Every resident's credit score, over the books as this close leaves them (credit.h).
        OUTCOME_CHECK(recomputeScores(context, effects, period, today));

        effects.delta.put(closedPeriodKey(period), cbor::Value::fromMap({
                                                       {QStringLiteral("closed"), cbor::Value::fromText(dateText(today))},
                                                       {QStringLiteral("invoices"), cbor::Value::fromUnsigned(count)},
                                                   }));
        return effects;
    }
};

} // namespace

cbor::Value Invoice::toCbor() const
{
    cbor::Map m;
    const auto add = [&m](const char *key, cbor::Value v) { m.emplace_back(cbor::Value::fromText(QString::fromLatin1(key)), std::move(v)); };
    add("id", cbor::Value::fromBytes(id));
    add("unit", cbor::Value::fromText(unit));
    add("kind", cbor::Value::fromText(kind));
    add("period", cbor::Value::fromText(period));
    if (!lease.isEmpty()) {
        add("lease", cbor::Value::fromBytes(lease));
    }
    add("issued", cbor::Value::fromText(dateText(issued)));
    add("due", cbor::Value::fromText(dateText(due)));
    add("amount", cbor::Value::fromInt(amount));
    add("paid", cbor::Value::fromInt(paid));
    return cbor::Value::fromMap(std::move(m));
}

Result<Invoice> Invoice::fromCbor(const cbor::Value &value)
{
    CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("invoice")));
    Invoice invoice;
    CY_TRY(invoice.id, r.bytes(u"id", kInvoiceIdSize));
    CY_TRY(invoice.unit, r.text(u"unit"));
    CY_TRY(invoice.kind, r.text(u"kind"));
    CY_TRY(invoice.period, r.text(u"period"));
    if (r.has(u"lease")) {
        CY_TRY(invoice.lease, r.bytes(u"lease", kLeaseIdSize));
    }
    CY_TRY(invoice.issued, recordDate(r, u"issued"));
    CY_TRY(invoice.due, recordDate(r, u"due"));
    CY_TRY(invoice.amount, r.int64(u"amount"));
    CY_TRY(invoice.paid, r.int64(u"paid"));
    return invoice;
}

QByteArray invoiceKey(const Invoice &invoice)
{
    return QByteArrayLiteral("invoice/") + invoice.unit.toUtf8() + '/' + dateText(invoice.due).toLatin1() + '/' +
           toHex(invoice.id).toLatin1();
}

QByteArray invoiceId(const QString &kind, const QString &period, const QString &unit, const QByteArray &ref)
{
    QByteArray input = QByteArrayLiteral("courtyard-invoice");
    for (const QByteArray &part : {kind.toUtf8(), period.toUtf8(), unit.toUtf8(), ref}) {
        input += '\0';
        input += part;
    }
    return crypto::toByteArray(crypto::sha256(input)).left(kInvoiceIdSize);
}

void addInvoice(Effects &effects, const Invoice &invoice, const money::Currency &currency)
{
    // Amounts were range-checked by the caller: fromMinor cannot fail here.
    const auto amount = money::Money::fromMinor(invoice.amount, currency);
    CY_ASSERT(amount.has_value());
    QString credit;
    if (invoice.kind == QLatin1String(kInvoiceRent)) {
        credit = QStringLiteral("Income:Rent");
    } else if (invoice.kind == QLatin1String(kInvoiceFee)) {
        credit = QStringLiteral("Income:PropertyFees");
    } else if (invoice.kind == QLatin1String(kInvoiceLateFee)) {
        credit = QStringLiteral("Income:LateFees");
    } else {
        credit = QStringLiteral("Liabilities:Deposits:") + invoice.unit;
    }
    effects.postings.push_back({QStringLiteral("Assets:Receivable:") + invoice.unit, *amount});
    effects.postings.push_back({credit, amount->negated()});
    putInvoice(effects.delta, invoiceKey(invoice), invoice.toCbor(), invoice.paid < invoice.amount);
}

QByteArray openInvoiceKey(QByteArrayView invoiceKey)
{
    return QByteArray(kOpenInvoicePrefix) + invoiceKey.sliced(qsizetype(sizeof("invoice/") - 1)).toByteArray();
}

QByteArray openInvoicePrefix(const QString &unit)
{
    return QByteArray(kOpenInvoicePrefix) + unit.toUtf8() + '/';
}

QByteArray invoiceKeyOfOpen(QByteArrayView openKey)
{
    return QByteArrayLiteral("invoice/") + openKey.sliced(qsizetype(sizeof(kOpenInvoicePrefix) - 1)).toByteArray();
}

void putInvoice(state::StateDelta &delta, const QByteArray &key, cbor::Value value, bool open)
{
    if (open) {
        delta.put(openInvoiceKey(key), cbor::Value::fromMap(cbor::Map{}));
    } else {
        delta.remove(openInvoiceKey(key));
    }
    delta.put(key, std::move(value));
}

Result<std::vector<QByteArray>> openInvoiceKeys(const state::StateView &state, QByteArrayView indexPrefix)
{
    std::vector<QByteArray> keys;
    CY_CHECK(state.scan(indexPrefix, [&](const state::Key &key, const cbor::Value &) {
        keys.push_back(invoiceKeyOfOpen(key));
        return true;
    }));
    return keys;
}

QByteArray closedPeriodKey(const QString &period)
{
    return QByteArrayLiteral("billing/period/") + period.toLatin1();
}

QByteArray feeRuleKey()
{
    return QByteArrayLiteral("billing/fee-rule");
}

Outcome<std::optional<QDate>> lastClosedPeriod(const state::StateView &state)
{
    std::optional<QDate> last;
    bool damagedKey = false;
    auto scanned = state.scan(QByteArrayView("billing/period/"), [&](const state::Key &key, const cbor::Value &) {
        last = parseMonth(QString::fromLatin1(key.mid(15)));
        damagedKey = !last;
        return !damagedKey;
    });
    if (!scanned) {
        return stateError(scanned.error());
    }
    if (damagedKey) {
        return stateError(Error{ErrorCode::Integrity, QStringLiteral("billing/period: a key that is not a month")});
    }
    return last;
}

Outcome<void> requireOpenDay(const state::StateView &state, QDate day)
{
    OUTCOME_TRY(const auto last, lastClosedPeriod(state));
    if (last && day < last->addMonths(1)) {
        return reject("period-closed", tr("%1 lies in a billing period that is already closed (up to %2)")
                                           .arg(dateText(day), monthText(*last)));
    }
    return {};
}

void addBillingContracts(Registry &registry)
{
    registry.add(std::make_unique<SetFeeRuleContract>());
    registry.add(std::make_unique<ClosePeriodContract>());
}

} // namespace courtyard::contracts
