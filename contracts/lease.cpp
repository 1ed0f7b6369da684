#include "contracts/lease.h"

#include "contracts/billing.h"
#include "contracts/governance.h"
#include "contracts/internal.h"
#include "contracts/units.h"
#include "core/base/hex.h"
#include "core/money/currency.h"
#include "core/money/money.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace courtyard::contracts {

namespace {

bool isZero(const QByteArray &bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == 0; });
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

tl::unexpected<Rejection> overflow()
{
    return reject("amount-overflow", tr("an amount is larger than the ledger can hold"));
}

tl::unexpected<Rejection> damaged(const QByteArray &key, const Error &error)
{
    return stateError(error.prefixed(QString::fromUtf8(key)));
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

// --- amount rules -------------------------------------------------------------------------------

Result<AmountRule> ruleFromCbor(const cbor::Value &value)
{
    CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("rule")));
    AmountRule rule;
    if (r.has(u"fixed")) {
        rule.type = AmountRule::Type::Fixed;
        CY_TRY(rule.amount, r.int64(u"fixed"));
    } else {
        rule.type = AmountRule::Type::Percent;
        CY_TRY(rule.percent, r.text(u"percent"));
        if (r.has(u"cap")) {
            CY_TRY(rule.amount, r.int64(u"cap"));
        }
    }
    return rule;
}

// {"fixed": int} or {"percent": tstr} (+ "cap": int for late fees).
Outcome<AmountRule> ruleField(const cbor::Record &payload, QStringView field, bool lateFee)
{
    auto value = payload.value(field);
    if (!value) {
        return badPayload(value.error());
    }
    auto r = cbor::Record::from(**value, field.toString());
    if (!r) {
        return badPayload(r.error());
    }
    const bool fixed = r->has(u"fixed");
    if (fixed == r->has(u"percent")) {
        return badPayload(Error{ErrorCode::Malformed, QStringLiteral("'%1' holds either 'fixed' or 'percent'").arg(field)});
    }
    if (auto closed = fixed ? r->allowOnly({u"fixed"}) : (lateFee ? r->allowOnly({u"percent", u"cap"}) : r->allowOnly({u"percent"}));
        !closed) {
        return badPayload(closed.error());
    }
    AmountRule rule;
    if (fixed) {
        rule.type = AmountRule::Type::Fixed;
        OUTCOME_TRY(rule.amount, amountField(*r, u"fixed", 0));
        return rule;
    }
    rule.type = AmountRule::Type::Percent;
    OUTCOME_TRY(const QString text, textField(*r, u"percent"));
    const auto percent = money::Percent::parse(text);
    // A month's late fee or a year's escalation above 100 % is a typing mistake.
    if (!percent || percent->numerator() / percent->denominator() > 100 ||
        (percent->numerator() / percent->denominator() == 100 && percent->numerator() % percent->denominator() != 0)) {
        return reject("invalid-percent", tr("'%1' is not a percentage between 0 and 100, like \"5\" or \"2.5%\"").arg(text));
    }
    rule.percent = percent->toString();
    if (lateFee) {
        OUTCOME_TRY(rule.amount, amountField(*r, u"cap", 1));
    }
    return rule;
}

Outcome<money::Money> applyRule(const AmountRule &rule, const money::Money &base)
{
    switch (rule.type) {
    case AmountRule::Type::None:
        return money::Money::zero(base.currency());
    case AmountRule::Type::Fixed: {
        auto m = money::Money::fromMinor(rule.amount, base.currency());
        if (!m) {
            return overflow();
        }
        return *m;
    }
    case AmountRule::Type::Percent: {
        const auto percent = money::Percent::parse(rule.percent);
        if (!percent) {
            return stateError(percent.error());
        }
        auto m = base.applyPercent(*percent, money::Rounding::HalfEven);
        if (!m) {
            return overflow();
        }
        return *m;
    }
    }
    return money::Money::zero(base.currency());
}

// --- payload fields -----------------------------------------------------------------------------

Outcome<QByteArray> documentField(const cbor::Record &record)
{
    auto hash = record.bytes(u"document");
    if (!hash) {
        return badPayload(hash.error());
    }
    if (hash->size() != kDocumentHashSize || isZero(*hash)) {
        return reject("invalid-document", tr("the lease document is given as its SHA-256 (%1 bytes)").arg(kDocumentHashSize));
    }
    return *hash;
}

Outcome<std::vector<QByteArray>> residentsField(const cbor::Record &record)
{
    auto list = record.array(u"residents");
    if (!list) {
        return badPayload(list.error());
    }
    if ((*list)->empty()) {
        return reject("no-residents", tr("a lease names at least one resident"));
    }
    if ((*list)->size() > std::size_t(kMaxLeaseResidents)) {
        return reject("too-many-residents", tr("a lease names at most %1 residents").arg(kMaxLeaseResidents));
    }
    std::set<QByteArray> ids;
    for (const cbor::Value &v : **list) {
        if (!v.isBytes()) {
            return badPayload(Error{ErrorCode::Malformed, QStringLiteral("'residents' holds something other than resident ids")});
        }
        if (v.asBytes().size() != kResidentIdSize || isZero(v.asBytes())) {
            return reject("invalid-resident-id", tr("a resident id is %1 random bytes").arg(kResidentIdSize));
        }
        if (!ids.insert(v.asBytes()).second) {
            return reject("duplicate-resident", tr("resident %1 is named twice").arg(toHex(v.asBytes())));
        }
    }
    return std::vector<QByteArray>(ids.begin(), ids.end());
}

Outcome<int> billingDayField(const cbor::Record &record)
{
    return boundedField(record, u"billing-day", 1, 31, "invalid-billing-day",
                        tr("the billing day is a day of the month, 1 to 31 (29 to 31 fall back to the month's last day)"));
}

Outcome<int> graceField(const cbor::Record &record)
{
    return boundedField(record, u"grace-days", 0, kMaxGraceDays, "invalid-grace-days",
                        tr("grace days are between 0 and %1").arg(kMaxGraceDays));
}

// --- state checks -------------------------------------------------------------------------------

Outcome<void> requireResidentsOfUnit(const state::StateView &state, const QString &unit, const std::vector<QByteArray> &residents)
{
    for (const QByteArray &id : residents) {
        auto occupancy = state.get(occupancyKey(unit, id));
        if (!occupancy) {
            return stateError(occupancy.error());
        }
        if (*occupancy) {
            continue;
        }
        auto resident = state.get(residentKey(id));
        if (!resident) {
            return stateError(resident.error());
        }
        if (!*resident) {
            return reject("unknown-resident", tr("there is no resident %1").arg(toHex(id)));
        }
        return reject("resident-not-linked", tr("resident %1 does not live in unit %2").arg(toHex(id), unit));
    }
    return {};
}

// "lease-overlap" when another lease of the unit covers a day of [first, last] (no last: open-ended).
Outcome<void> requireNoOverlap(const state::StateView &state, const QString &unit, const QByteArray &self, QDate first,
                               std::optional<QDate> last)
{
    // The heads say all it takes (unit, start, end): one scan, no lease read in full.
    std::vector<std::pair<QByteArray, LeaseHead>> heads;
    std::optional<Error> problem;
    auto scanned = state.scan(QByteArrayView("lease/"), [&](const state::Key &k, const cbor::Value &v) {
        if (k.size() != 6 + 2 * kLeaseIdSize) {
            return true; // a version, "lease/<id>/v/<nnnn>"
        }
        auto id = fromHex(QString::fromLatin1(k.mid(6)), kLeaseIdSize);
        auto head = LeaseHead::fromCbor(v);
        if (!id || !head) {
            problem = (id ? head.error() : id.error()).prefixed(QString::fromUtf8(k));
            return false;
        }
        if (head->unit == unit && *id != self) {
            heads.emplace_back(*id, std::move(*head));
        }
        return true;
    });
    if (!scanned) {
        return stateError(scanned.error());
    }
    if (problem) {
        return stateError(*problem);
    }
    for (const auto &[id, other] : heads) {
        const bool before = last && *last < other.start;
        const bool after = other.end && *other.end < first;
        if (!before && !after) {
            return reject("lease-overlap", tr("unit %1 already has lease %2 from %3 to %4")
                                               .arg(unit, toHex(id), dateText(other.start),
                                                    other.end ? dateText(*other.end) : tr("open end")));
        }
    }
    return {};
}

Outcome<Lease> requireLease(const state::StateView &state, const QByteArray &id)
{
    OUTCOME_TRY(const auto lease, readLease(state, id));
    if (!lease) {
        return reject("unknown-lease", tr("there is no lease %1").arg(toHex(id)));
    }
    if (lease->head.terminated) {
        return reject("lease-terminated", tr("lease %1 was terminated on %2").arg(toHex(id), dateText(*lease->head.end)));
    }
    return *lease;
}

Outcome<void> requireNewVersion(const Lease &lease)
{
    if (lease.head.version >= kMaxLeaseVersions) {
        return reject("too-many-versions", tr("a lease has at most %1 versions").arg(kMaxLeaseVersions));
    }
    return {};
}

void writeVersion(Effects &effects, const QByteArray &id, LeaseHead head, const LeaseTerms &terms)
{
    head.version = terms.version;
    head.end = terms.end;
    effects.delta.put(leaseKey(id), head.toCbor());
    effects.delta.put(leaseVersionKey(id, terms.version), terms.toCbor());
}

// --- contracts ----------------------------------------------------------------------------------

class LeaseCreateContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("lease.create"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload,
                    payloadRecord(context, {u"lease", u"unit", u"residents", u"currency", u"rent", u"billing-day", u"start", u"end",
                                            u"deposit", u"grace-days", u"late-fee", u"escalation", u"document"}));
        OUTCOME_TRY(const QByteArray id, leaseIdField(payload));
        LeaseTerms terms;
        OUTCOME_TRY(terms.unit, textField(payload, u"unit"));
        if (!isValidUnitNumber(terms.unit)) {
            return reject("invalid-unit-number", tr("'%1' is not a unit number").arg(terms.unit));
        }
        OUTCOME_TRY(terms.residents, residentsField(payload));
        OUTCOME_TRY(const money::Currency currency, currencyField(context, payload));
        OUTCOME_TRY(terms.rent, amountField(payload, u"rent", 1));
        OUTCOME_TRY(terms.billingDay, billingDayField(payload));
        OUTCOME_TRY(terms.start, dateField(payload, u"start"));
        terms.effective = terms.start;
        if (payload.has(u"end")) {
            OUTCOME_TRY(terms.end, dateField(payload, u"end"));
            if (*terms.end <= terms.start) {
                return reject("end-before-start", tr("a lease ends after it starts"));
            }
        }
        OUTCOME_TRY(terms.deposit, amountField(payload, u"deposit", 0));
        OUTCOME_TRY(terms.graceDays, graceField(payload));
        if (payload.has(u"late-fee")) {
            OUTCOME_TRY(terms.lateFee, ruleField(payload, u"late-fee", true));
        }
        if (payload.has(u"escalation")) {
            OUTCOME_TRY(terms.escalation, ruleField(payload, u"escalation", false));
        }
        OUTCOME_TRY(terms.document, documentField(payload));

        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));

        OUTCOME_TRY(const auto existing, readLease(context.state, id));
        if (existing) {
            return reject("lease-exists", tr("lease %1 already exists").arg(toHex(id)));
        }
        auto unit = context.state.get(unitKey(terms.unit));
        if (!unit) {
            return stateError(unit.error());
        }
        if (!*unit) {
            return reject("unknown-unit", tr("there is no unit %1").arg(terms.unit));
        }
        OUTCOME_CHECK(requireResidentsOfUnit(context.state, terms.unit, terms.residents));
        OUTCOME_CHECK(requireOpenDay(context.state, terms.start));
        OUTCOME_CHECK(requireNoOverlap(context.state, terms.unit, id, terms.start, terms.end));

        Effects effects;
        LeaseHead head;
        head.unit = terms.unit;
        head.start = terms.start;
        writeVersion(effects, id, head, terms);
        if (terms.deposit > 0) {
            Invoice deposit;
            deposit.period = monthText(terms.start);
            deposit.id = invoiceId(QString::fromLatin1(kInvoiceDeposit), deposit.period, terms.unit, id);
            deposit.unit = terms.unit;
            deposit.kind = QString::fromLatin1(kInvoiceDeposit);
            deposit.lease = id;
            deposit.issued = context.today();
            deposit.due = terms.start;
            deposit.amount = terms.deposit;
            addInvoice(effects, deposit, currency);
        }
        return effects;
    }
};

class LeaseAmendContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("lease.amend"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload,
                    payloadRecord(context, {u"lease", u"effective", u"currency", u"document", u"residents", u"rent", u"billing-day",
                                            u"end", u"grace-days", u"late-fee", u"escalation"}));
        OUTCOME_TRY(const QByteArray id, leaseIdField(payload));
        OUTCOME_TRY(const QDate effective, dateField(payload, u"effective"));
        OUTCOME_TRY(const money::Currency currency, currencyField(context, payload));
        OUTCOME_TRY(const QByteArray document, documentField(payload));
        std::optional<std::vector<QByteArray>> residents;
        std::optional<qint64> rent;
        std::optional<int> billingDay;
        std::optional<QDate> end;
        std::optional<int> grace;
        std::optional<AmountRule> lateFee;
        std::optional<AmountRule> escalation;
        if (payload.has(u"residents")) {
            OUTCOME_TRY(residents, residentsField(payload));
        }
        if (payload.has(u"rent")) {
            OUTCOME_TRY(rent, amountField(payload, u"rent", 1));
        }
        if (payload.has(u"billing-day")) {
            OUTCOME_TRY(billingDay, billingDayField(payload));
        }
        if (payload.has(u"end")) {
            OUTCOME_TRY(end, dateField(payload, u"end"));
            if (*end < effective) {
                return reject("end-before-start", tr("the new end date is before the amendment takes effect"));
            }
        }
        if (payload.has(u"grace-days")) {
            OUTCOME_TRY(grace, graceField(payload));
        }
        if (payload.has(u"late-fee")) {
            OUTCOME_TRY(lateFee, ruleField(payload, u"late-fee", true));
        }
        if (payload.has(u"escalation")) {
            OUTCOME_TRY(escalation, ruleField(payload, u"escalation", false));
        }

        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));

        OUTCOME_TRY(const Lease lease, requireLease(context.state, id));
        OUTCOME_CHECK(requireNewVersion(lease));
        if (effective <= lease.current().effective) {
            return reject("effective-too-early", tr("an amendment takes effect after the current version (from %1)")
                                                     .arg(dateText(lease.current().effective)));
        }
        if (lease.head.end && effective > *lease.head.end) {
            return reject("effective-after-end", tr("the lease ends on %1; renew it instead").arg(dateText(*lease.head.end)));
        }
        OUTCOME_CHECK(requireOpenDay(context.state, effective));
        LeaseTerms terms = lease.current();
        terms.version += 1;
        terms.effective = effective;
        terms.document = document;
        if (residents) {
            OUTCOME_CHECK(requireResidentsOfUnit(context.state, terms.unit, *residents));
            terms.residents = *residents;
        }
        if (end) {
            OUTCOME_CHECK(requireNoOverlap(context.state, terms.unit, id, lease.head.start, end));
            terms.end = end;
        }
        // Without a new rent, the rent in force on the effective day goes on, with the escalations
        // due by then: the new version's own escalations count from its effective day, so copying
        // the old version's base rent would drop the ones the old version had earned.
        if (!rent) {
            OUTCOME_TRY(rent, escalatedRent(lease, lease.current(), effective, currency));
        }
        terms.rent = *rent;
        terms.billingDay = billingDay.value_or(terms.billingDay);
        terms.graceDays = grace.value_or(terms.graceDays);
        terms.lateFee = lateFee.value_or(terms.lateFee);
        terms.escalation = escalation.value_or(terms.escalation);
        Effects effects;
        writeVersion(effects, id, lease.head, terms);
        return effects;
    }
};

class LeaseRenewContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("lease.renew"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload,
                    payloadRecord(context, {u"lease", u"end", u"currency", u"document", u"rent", u"escalation"}));
        OUTCOME_TRY(const QByteArray id, leaseIdField(payload));
        OUTCOME_TRY(const QDate end, dateField(payload, u"end"));
        OUTCOME_TRY(const money::Currency currency, currencyField(context, payload));
        OUTCOME_TRY(const QByteArray document, documentField(payload));
        std::optional<qint64> rent;
        std::optional<AmountRule> escalation;
        if (payload.has(u"rent")) {
            OUTCOME_TRY(rent, amountField(payload, u"rent", 1));
        }
        if (payload.has(u"escalation")) {
            OUTCOME_TRY(escalation, ruleField(payload, u"escalation", false));
        }

        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));

        OUTCOME_TRY(const Lease lease, requireLease(context.state, id));
        OUTCOME_CHECK(requireNewVersion(lease));
        if (!lease.head.end) {
            return reject("no-end-date", tr("lease %1 has no end date to renew from").arg(toHex(id)));
        }
        if (end <= *lease.head.end) {
            return reject("end-not-later", tr("a renewal ends after %1").arg(dateText(*lease.head.end)));
        }
        const QDate effective = lease.head.end->addDays(1);
        OUTCOME_CHECK(requireOpenDay(context.state, effective));
        OUTCOME_CHECK(requireNoOverlap(context.state, lease.head.unit, id, effective, end));
        LeaseTerms terms = lease.current();
        terms.version += 1;
        terms.effective = effective;
        terms.document = document;
        terms.end = end;
        // Without a new rent, the rent in force goes on, escalated when the renewal's first day is
        // an anniversary (as it is for a lease renewed year by year).
        if (!rent) {
            OUTCOME_TRY(rent, escalatedRent(lease, lease.current(), effective, currency));
        }
        terms.rent = *rent;
        terms.escalation = escalation.value_or(terms.escalation);
        Effects effects;
        writeVersion(effects, id, lease.head, terms);
        return effects;
    }
};

class LeaseTerminateContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("lease.terminate"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"lease", u"date", u"currency", u"deductions"}));
        OUTCOME_TRY(const QByteArray id, leaseIdField(payload));
        OUTCOME_TRY(const QDate date, dateField(payload, u"date"));
        OUTCOME_TRY(const money::Currency currency, currencyField(context, payload));
        auto list = payload.array(u"deductions");
        if (!list) {
            return badPayload(list.error());
        }
        if ((*list)->size() > std::size_t(kMaxDeductions)) {
            return reject("too-many-deductions", tr("at most %1 deductions").arg(kMaxDeductions));
        }
        std::vector<std::pair<QString, qint64>> deductions;
        money::Money deducted = money::Money::zero(currency);
        for (const cbor::Value &item : **list) {
            auto r = cbor::Record::from(item, QStringLiteral("deduction"));
            if (!r) {
                return badPayload(r.error());
            }
            if (auto closed = r->allowOnly({u"reason", u"amount"}); !closed) {
                return badPayload(closed.error());
            }
            OUTCOME_TRY(const QString reason, textField(*r, u"reason"));
            if (reason.trimmed().isEmpty() || reason.size() > kMaxReasonLength) {
                return reject("invalid-reason", tr("each deduction says why, in 1 to %1 characters").arg(kMaxReasonLength));
            }
            OUTCOME_TRY(const qint64 amount, amountField(*r, u"amount", 1));
            auto sum = deducted.plus(*money::Money::fromMinor(amount, currency));
            if (!sum) {
                return overflow();
            }
            deducted = *sum;
            deductions.emplace_back(reason, amount);
        }

        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));

        OUTCOME_TRY(const Lease lease, requireLease(context.state, id));
        if (date < lease.head.start) {
            return reject("date-before-start", tr("lease %1 starts on %2").arg(toHex(id), dateText(lease.head.start)));
        }
        if (lease.head.end && date > *lease.head.end) {
            return reject("date-after-end", tr("lease %1 ends on %2 anyway").arg(toHex(id), dateText(*lease.head.end)));
        }
        // The days after the termination must not have been billed yet.
        OUTCOME_CHECK(requireOpenDay(context.state, date.addDays(1)));
        const qint64 deposit = lease.versions.front().deposit;
        if (deducted.minor() > deposit) {
            return reject("deductions-exceed-deposit",
                          tr("the deductions (%1) exceed the deposit (%2)")
                              .arg(deducted.toPlainString(), money::Money::fromMinor(deposit, currency)->toPlainString()));
        }
        const qint64 refund = deposit - deducted.minor();

        Effects effects;
        const QString unit = lease.head.unit;
        if (deposit > 0) {
            effects.postings.push_back({QStringLiteral("Liabilities:Deposits:") + unit, *money::Money::fromMinor(deposit, currency)});
        }
        cbor::Array items;
        for (const auto &[reason, amount] : deductions) {
            effects.postings.push_back({QStringLiteral("Income:DepositDeductions"), money::Money::fromMinor(amount, currency)->negated()});
            items.push_back(cbor::Value::fromMap({{QStringLiteral("reason"), cbor::Value::fromText(reason)},
                                                  {QStringLiteral("amount"), cbor::Value::fromInt(amount)}}));
        }
        if (refund > 0) {
            effects.postings.push_back(
                {QStringLiteral("Liabilities:Payable:Refunds:") + unit, money::Money::fromMinor(refund, currency)->negated()});
        }
        LeaseHead head = lease.head;
        head.end = date;
        head.terminated = true;
        head.settlement = cbor::Value::fromMap({
            {QStringLiteral("date"), cbor::Value::fromText(dateText(date))},
            {QStringLiteral("deposit"), cbor::Value::fromInt(deposit)},
            {QStringLiteral("deductions"), cbor::Value::fromArray(std::move(items))},
            {QStringLiteral("refund"), cbor::Value::fromInt(refund)},
        });
        effects.delta.put(leaseKey(id), head.toCbor());
        return effects;
    }
};

} // namespace

// --- dates --------------------------------------------------------------------------------------

std::optional<QDate> parseDate(QStringView text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-') || !allDigits(text.mid(0, 4)) ||
        !allDigits(text.mid(5, 2)) || !allDigits(text.mid(8, 2))) {
        return std::nullopt;
    }
    const int year = text.mid(0, 4).toInt();
    const QDate date(year, text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    if (year < 1 || !date.isValid()) {
        return std::nullopt;
    }
    return date;
}

std::optional<QDate> parseMonth(QStringView text)
{
    if (text.size() != 7 || text[4] != QLatin1Char('-') || !allDigits(text.mid(0, 4)) || !allDigits(text.mid(5, 2))) {
        return std::nullopt;
    }
    const int year = text.mid(0, 4).toInt();
    const QDate date(year, text.mid(5, 2).toInt(), 1);
    if (year < 1 || !date.isValid()) {
        return std::nullopt;
    }
    return date;
}

QString dateText(QDate date)
{
    return QStringLiteral("%1-%2-%3")
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'));
}

QString monthText(QDate date)
{
    return dateText(date).left(7);
}

QDate dayInMonth(QDate month, int day)
{
    const QDate first(month.year(), month.month(), 1);
    return QDate(month.year(), month.month(), std::min(day, first.daysInMonth()));
}

// --- payload helpers ----------------------------------------------------------------------------

Outcome<QByteArray> leaseIdField(const cbor::Record &record)
{
    auto id = record.bytes(u"lease");
    if (!id) {
        return badPayload(id.error());
    }
    if (id->size() != kLeaseIdSize || isZero(*id)) {
        return reject("invalid-lease-id", tr("a lease id is %1 random bytes").arg(kLeaseIdSize));
    }
    return *id;
}

Outcome<qint64> amountField(const cbor::Record &record, QStringView field, qint64 minimum)
{
    auto value = record.value(field);
    if (!value) {
        return badPayload(value.error());
    }
    if (!(*value)->isInteger()) {
        return badPayload(Error{ErrorCode::Malformed, QStringLiteral("'%1' is not an integer of minor units").arg(field)});
    }
    const auto amount = (*value)->toInt64();
    if (!amount || *amount > money::kMaxMinorUnits || *amount < -money::kMaxMinorUnits) {
        return overflow();
    }
    if (*amount < minimum) {
        return reject("invalid-amount", tr("'%1' must be at least %2 minor units").arg(field).arg(minimum));
    }
    return *amount;
}

Outcome<QDate> dateField(const cbor::Record &record, QStringView field)
{
    OUTCOME_TRY(const QString text, textField(record, field));
    const auto date = parseDate(text);
    if (!date) {
        return reject("invalid-date", tr("'%1' is not a date that exists (YYYY-MM-DD)").arg(text));
    }
    return *date;
}

Outcome<money::Currency> currencyField(const Context &context, const cbor::Record &record)
{
    OUTCOME_TRY(const QString code, textField(record, u"currency"));
    if (code != context.genesis.currency) {
        return reject("wrong-currency", tr("amounts are in %1, the community's currency, not %2").arg(context.genesis.currency, code));
    }
    auto currency = money::currencyByCode(code);
    if (!currency) {
        return stateError(currency.error());
    }
    return *currency;
}

Outcome<int> boundedField(const cbor::Record &record, QStringView field, quint64 minimum, quint64 maximum, const char *code,
                          const QString &message)
{
    auto value = record.value(field);
    if (!value) {
        return badPayload(value.error());
    }
    if (!(*value)->isInteger()) {
        return badPayload(Error{ErrorCode::Malformed, QStringLiteral("'%1' is not a whole number").arg(field)});
    }
    const auto number = (*value)->toUInt64();
    if (!number || *number < minimum || *number > maximum) {
        return reject(code, message);
    }
    return int(*number);
}

// --- records ------------------------------------------------------------------------------------

cbor::Value AmountRule::toCbor(bool withCap) const
{
    if (type == Type::Fixed) {
        return cbor::Value::fromMap({{QStringLiteral("fixed"), cbor::Value::fromInt(amount)}});
    }
    if (withCap) {
        return cbor::Value::fromMap({{QStringLiteral("percent"), cbor::Value::fromText(percent)},
                                     {QStringLiteral("cap"), cbor::Value::fromInt(amount)}});
    }
    return cbor::Value::fromMap({{QStringLiteral("percent"), cbor::Value::fromText(percent)}});
}

cbor::Value LeaseTerms::toCbor() const
{
    cbor::Array ids;
    for (const QByteArray &r : residents) {
        ids.push_back(cbor::Value::fromBytes(r));
    }
    cbor::Map m;
    const auto add = [&m](const char *key, cbor::Value v) { m.emplace_back(cbor::Value::fromText(QString::fromLatin1(key)), std::move(v)); };
    add("version", cbor::Value::fromUnsigned(quint64(version)));
    add("effective", cbor::Value::fromText(dateText(effective)));
    add("unit", cbor::Value::fromText(unit));
    add("residents", cbor::Value::fromArray(std::move(ids)));
    add("rent", cbor::Value::fromInt(rent));
    add("billing-day", cbor::Value::fromUnsigned(quint64(billingDay)));
    add("start", cbor::Value::fromText(dateText(start)));
    if (end) {
        add("end", cbor::Value::fromText(dateText(*end)));
    }
    add("deposit", cbor::Value::fromInt(deposit));
    add("grace-days", cbor::Value::fromUnsigned(quint64(graceDays)));
    if (lateFee.type != AmountRule::Type::None) {
        add("late-fee", lateFee.toCbor(true));
    }
    if (escalation.type != AmountRule::Type::None) {
        add("escalation", escalation.toCbor(false));
    }
    add("document", cbor::Value::fromBytes(document));
    return cbor::Value::fromMap(std::move(m));
}

Result<LeaseTerms> LeaseTerms::fromCbor(const cbor::Value &value)
{
    CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("lease version")));
    LeaseTerms t;
    CY_TRY(const quint64 v, r.uint(u"version"));
    t.version = int(std::min<quint64>(v, quint64(kMaxLeaseVersions)));
    CY_TRY(t.effective, recordDate(r, u"effective"));
    CY_TRY(t.unit, r.text(u"unit"));
    CY_TRY(const cbor::Array *ids, r.array(u"residents"));
    for (const cbor::Value &id : *ids) {
        if (!id.isBytes()) {
            return fail(ErrorCode::Integrity, QStringLiteral("lease version: a resident is not an id"));
        }
        t.residents.push_back(id.asBytes());
    }
    CY_TRY(t.rent, r.int64(u"rent"));
    CY_TRY(const quint64 day, r.uint(u"billing-day"));
    t.billingDay = int(std::clamp<quint64>(day, 1, 31));
    CY_TRY(t.start, recordDate(r, u"start"));
    if (r.has(u"end")) {
        CY_TRY(t.end, recordDate(r, u"end"));
    }
    CY_TRY(t.deposit, r.int64(u"deposit"));
    CY_TRY(const quint64 grace, r.uint(u"grace-days"));
    t.graceDays = int(std::min<quint64>(grace, kMaxGraceDays));
    if (r.has(u"late-fee")) {
        CY_TRY(const cbor::Value *rule, r.value(u"late-fee"));
        CY_TRY(t.lateFee, ruleFromCbor(*rule));
    }
    if (r.has(u"escalation")) {
        CY_TRY(const cbor::Value *rule, r.value(u"escalation"));
        CY_TRY(t.escalation, ruleFromCbor(*rule));
    }
    CY_TRY(t.document, r.bytes(u"document"));
    return t;
}

cbor::Value LeaseHead::toCbor() const
{
    cbor::Map m;
    const auto add = [&m](const char *key, cbor::Value v) { m.emplace_back(cbor::Value::fromText(QString::fromLatin1(key)), std::move(v)); };
    add("unit", cbor::Value::fromText(unit));
    add("start", cbor::Value::fromText(dateText(start)));
    if (end) {
        add("end", cbor::Value::fromText(dateText(*end)));
    }
    add("version", cbor::Value::fromUnsigned(quint64(version)));
    add("status", cbor::Value::fromText(terminated ? QStringLiteral("terminated") : QStringLiteral("active")));
    if (terminated) {
        add("settlement", settlement);
    }
    return cbor::Value::fromMap(std::move(m));
}

Result<LeaseHead> LeaseHead::fromCbor(const cbor::Value &value)
{
    CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("lease")));
    LeaseHead h;
    CY_TRY(h.unit, r.text(u"unit"));
    CY_TRY(h.start, recordDate(r, u"start"));
    if (r.has(u"end")) {
        CY_TRY(h.end, recordDate(r, u"end"));
    }
    CY_TRY(const quint64 v, r.uint(u"version"));
    h.version = int(std::min<quint64>(v, quint64(kMaxLeaseVersions)));
    CY_TRY(const QString status, r.text(u"status"));
    h.terminated = status == QLatin1String("terminated");
    if (h.terminated) {
        CY_TRY(const cbor::Value *s, r.value(u"settlement"));
        h.settlement = *s;
        if (!h.end) {
            return fail(ErrorCode::Integrity, QStringLiteral("lease: terminated without an end"));
        }
    }
    return h;
}

Result<Settlement> readSettlement(const LeaseHead &head)
{
    if (!head.terminated) {
        return fail(ErrorCode::Integrity, QStringLiteral("lease: not terminated, so not settled"));
    }
    CY_TRY(const cbor::Record r, cbor::Record::from(head.settlement, QStringLiteral("settlement")));
    Settlement s;
    CY_TRY(s.refund, r.int64(u"refund"));
    if (r.has(u"refunded")) {
        CY_TRY(s.refunded, r.int64(u"refunded"));
        if (s.refunded <= 0) {
            return fail(ErrorCode::Integrity, QStringLiteral("settlement: a refunded amount of zero or less is stored"));
        }
    }
    if (s.refund < 0 || s.refund > money::kMaxMinorUnits || s.refunded > s.refund) {
        return fail(ErrorCode::Integrity, QStringLiteral("settlement: refunded %1 of a refund of %2").arg(s.refunded).arg(s.refund));
    }
    return s;
}

cbor::Value settlementWithRefunded(const cbor::Value &settlement, qint64 refunded)
{
    cbor::Map entries;
    for (const auto &[k, v] : settlement.asMap()) {
        if (!(k.isText() && k.asText() == QLatin1String("refunded"))) {
            entries.emplace_back(k, v);
        }
    }
    if (refunded != 0) {
        entries.emplace_back(cbor::Value::fromText(QStringLiteral("refunded")), cbor::Value::fromInt(refunded));
    }
    return cbor::Value::fromMap(std::move(entries));
}

QByteArray leaseKey(const QByteArray &leaseId)
{
    return QByteArrayLiteral("lease/") + toHex(leaseId).toLatin1();
}

QByteArray leaseVersionKey(const QByteArray &leaseId, int version)
{
    return leaseKey(leaseId) + QByteArrayLiteral("/v/") + QByteArray::number(version).rightJustified(4, '0');
}

Outcome<std::optional<Lease>> readLease(const state::StateView &state, const QByteArray &leaseId)
{
    const QByteArray key = leaseKey(leaseId);
    auto stored = state.get(key);
    if (!stored) {
        return stateError(stored.error());
    }
    if (!*stored) {
        return std::optional<Lease>();
    }
    Lease lease;
    lease.id = leaseId;
    auto head = LeaseHead::fromCbor(**stored);
    if (!head) {
        return damaged(key, head.error());
    }
    lease.head = *head;
    std::optional<Error> problem;
    auto scanned = state.scan(key + QByteArrayLiteral("/v/"), [&](const state::Key &k, const cbor::Value &v) {
        auto terms = LeaseTerms::fromCbor(v);
        if (!terms) {
            problem = terms.error().prefixed(QString::fromUtf8(k));
            return false;
        }
        lease.versions.push_back(std::move(*terms));
        return true;
    });
    if (!scanned) {
        return stateError(scanned.error());
    }
    if (problem) {
        return stateError(*problem);
    }
    if (lease.versions.empty() || lease.versions.back().version != lease.head.version) {
        return damaged(key, Error{ErrorCode::Integrity, QStringLiteral("the current version is missing")});
    }
    return std::optional<Lease>(std::move(lease));
}

Outcome<std::vector<Lease>> readLeases(const state::StateView &state)
{
    // Heads only: "lease/" + 32 hex digits; the versions under them are read per lease.
    std::vector<QByteArray> ids;
    std::optional<Error> problem;
    auto scanned = state.scan(QByteArrayView("lease/"), [&](const state::Key &k, const cbor::Value &) {
        if (k.size() == 6 + 2 * kLeaseIdSize) {
            auto id = fromHex(QString::fromLatin1(k.mid(6)), kLeaseIdSize);
            if (!id) {
                problem = id.error().prefixed(QString::fromUtf8(k));
                return false;
            }
            ids.push_back(*id);
        }
        return true;
    });
    if (!scanned) {
        return stateError(scanned.error());
    }
    if (problem) {
        return stateError(*problem);
    }
    std::vector<Lease> leases;
    for (const QByteArray &id : ids) {
        OUTCOME_TRY(auto lease, readLease(state, id));
        leases.push_back(std::move(*lease));
    }
    return leases;
}

Outcome<qint64> escalatedRent(const Lease &lease, const LeaseTerms &terms, QDate day, const money::Currency &currency)
{
    auto rent = money::Money::fromMinor(terms.rent, currency);
    if (!rent) {
        return overflow();
    }
    // Anniversaries of the lease's start after this version took effect, up to and including day.
    for (int n = 1;; ++n) {
        const QDate anniversary = lease.head.start.addYears(n);
        if (!anniversary.isValid() || anniversary > day) {
            break;
        }
        if (anniversary <= terms.effective) {
            continue;
        }
        OUTCOME_TRY(const money::Money step, applyRule(terms.escalation, *rent));
        auto next = rent->plus(step);
        if (!next) {
            return overflow();
        }
        rent = *next;
    }
    return rent->minor();
}

Outcome<qint64> rentForMonth(const Lease &lease, QDate month, const money::Currency &currency)
{
    const QDate monthStart(month.year(), month.month(), 1);
    const QDate monthEnd(month.year(), month.month(), monthStart.daysInMonth());
    const QDate first = std::max(monthStart, lease.head.start);
    const QDate last = lease.head.end ? std::min(monthEnd, *lease.head.end) : monthEnd;
    money::Money total = money::Money::zero(currency);
    qint64 segmentRent = -1;
    qint64 segmentDays = 0;
    const auto flush = [&]() -> Outcome<void> {
        if (segmentDays == 0) {
            return {};
        }
        auto monthly = money::Money::fromMinor(segmentRent, currency);
        if (!monthly) {
            return overflow();
        }
        auto part = monthly->multiplyRatio(segmentDays, monthStart.daysInMonth(), money::Rounding::HalfEven);
        if (!part) {
            return overflow();
        }
        auto sum = total.plus(*part);
        if (!sum) {
            return overflow();
        }
        total = *sum;
        return {};
    };
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        // The version in effect: the last one that took effect on or before this day.
        const LeaseTerms *terms = &lease.versions.front();
        for (const LeaseTerms &v : lease.versions) {
            if (v.effective <= day) {
                terms = &v;
            }
        }
        OUTCOME_TRY(const qint64 rent, escalatedRent(lease, *terms, day, currency));
        if (rent != segmentRent) {
            OUTCOME_CHECK(flush());
            segmentRent = rent;
            segmentDays = 0;
        }
        ++segmentDays;
    }
    OUTCOME_CHECK(flush());
    return total.minor();
}

void addLeaseContracts(Registry &registry)
{
    registry.add(std::make_unique<LeaseCreateContract>());
    registry.add(std::make_unique<LeaseAmendContract>());
    registry.add(std::make_unique<LeaseRenewContract>());
    registry.add(std::make_unique<LeaseTerminateContract>());
}

} // namespace courtyard::contracts
