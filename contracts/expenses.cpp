#include "contracts/expenses.h"

#include "contracts/governance.h"
#include "contracts/internal.h"
#include "core/base/hex.h"

#include <QCoreApplication>

#include <algorithm>

namespace courtyard::contracts {

namespace {

bool isLowerAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

money::Currency communityCurrency(const Context &context)
{
    // Genesis::validate accepted only supported currencies, and the Engine's genesis is validated.
    auto currency = money::currencyByCode(context.genesis.currency);
    CY_ASSERT(currency.has_value());
    return *currency;
}

tl::unexpected<Rejection> damaged(const QByteArray &key, const Error &error)
{
    return stateError(error.prefixed(QString::fromUtf8(key)));
}

// "YYYY-MM-DD" of a date that exists, in the years budgets can have.
Outcome<QDate> dateField(const cbor::Record &record, QStringView field)
{
    OUTCOME_TRY(const QString text, textField(record, field));
    const auto invalid = [&] {
        return reject("invalid-date", tr("'%1' is not a date: write YYYY-MM-DD, a day that exists").arg(text));
    };
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-')) {
        return invalid();
    }
    const QStringView view(text);
    if (!isDigits(view.mid(0, 4)) || !isDigits(view.mid(5, 2)) || !isDigits(view.mid(8, 2))) {
        return invalid();
    }
    const QDate date(view.mid(0, 4).toInt(), view.mid(5, 2).toInt(), view.mid(8, 2).toInt());
    if (!date.isValid() || date.year() < kMinBudgetYear || date.year() > kMaxBudgetYear) {
        return invalid();
    }
    return date;
}

Outcome<QString> categoryField(const cbor::Record &record)
{
    OUTCOME_TRY(const QString category, textField(record, u"category"));
    if (!isValidCategory(category)) {
        return reject("invalid-category",
                      tr("'%1' is not a category: use up to %2 parts of a-z, 0-9 and inner dashes separated by ':', "
                         "like utilities:electricity")
                          .arg(category)
                          .arg(kMaxCategoryDepth));
    }
    return category;
}

// --- budget records -----------------------------------------------------------------------------

struct Budget {
    std::optional<qint64> amount; // none until budget.set
    qint64 actual = 0;
    cbor::Array history;          // every budget.set: {"amount", "at"}

    cbor::Value toCbor() const
    {
        cbor::Map entries;
        entries.emplace_back(cbor::Value::fromText(QStringLiteral("actual")), cbor::Value::fromInt(actual));
        if (amount) {
            entries.emplace_back(cbor::Value::fromText(QStringLiteral("budget")), cbor::Value::fromInt(*amount));
        }
        if (!history.empty()) {
            entries.emplace_back(cbor::Value::fromText(QStringLiteral("history")), cbor::Value::fromArray(history));
        }
        return cbor::Value::fromMap(std::move(entries));
    }

    static Result<Budget> fromCbor(const cbor::Value &value)
    {
        CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("budget")));
        Budget budget;
        CY_TRY(budget.actual, r.int64(u"actual"));
        if (r.has(u"budget")) {
            CY_TRY(budget.amount, r.int64(u"budget"));
        }
        if (r.has(u"history")) {
            CY_TRY(const cbor::Array *history, r.array(u"history"));
            budget.history = *history;
        }
        return budget;
    }
};

Outcome<Budget> readBudget(const state::StateView &state, const QByteArray &key)
{
    auto stored = state.get(key);
    if (!stored) {
        return stateError(stored.error());
    }
    if (!*stored) {
        return Budget{};
    }
    auto budget = Budget::fromCbor(**stored);
    if (!budget) {
        return damaged(key, budget.error());
    }
    return *budget;
}

// The category and each of its parents: "utilities:electricity" -> ["utilities:electricity", "utilities"].
QStringList categoryAndParents(const QString &category)
{
    QStringList paths{category};
    for (qsizetype i = category.size() - 1; i > 0; --i) {
        if (category.at(i) == QLatin1Char(':')) {
            paths.append(category.left(i));
        }
    }
    return paths;
}

// --- contracts ----------------------------------------------------------------------------------

class ExpenseRecordContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("expense.record"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload,
                    payloadRecord(context, {u"category", u"vendor", u"amount", u"currency", u"invoice", u"date"}));
        OUTCOME_TRY(const QString category, categoryField(payload));
        // Repairs are paid through their request (repair.pay-vendor), which keeps their approval trail.
        if (category == u"repairs" || category.startsWith(u"repairs:")) {
            return reject("reserved-category", tr("repairs are paid with repair.pay-vendor, not recorded as expenses"));
        }
        OUTCOME_TRY(const QString vendor, plainTextField(payload, u"vendor", kMaxVendorLength, false, "invalid-vendor"));
        OUTCOME_TRY(const money::Money amount, moneyField(context, payload));
        OUTCOME_TRY(const QByteArray invoice, hashField(payload, u"invoice"));
        OUTCOME_TRY(const QDate date, dateField(payload, u"date"));
        if (date > context.today()) {
            return reject("future-date", tr("an expense cannot be dated after today (%1)").arg(context.today().toString(Qt::ISODate)));
        }
        OUTCOME_CHECK(requireSpendingApproval(context, kExpenseCommitteeThreshold, amount));
        Effects effects;
        OUTCOME_CHECK(recordSpending(context, effects, Spending{category, expenseAccount(category), vendor, amount, invoice, date, {}}));
        return effects;
    }
};

class BudgetSetContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("budget.set"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"year", u"category", u"amount", u"currency"}));
        auto year = payload.uint(u"year");
        if (!year) {
            return badPayload(year.error());
        }
        if (*year < quint64(kMinBudgetYear) || *year > quint64(kMaxBudgetYear)) {
            return reject("invalid-year", tr("a budget year is between %1 and %2").arg(kMinBudgetYear).arg(kMaxBudgetYear));
        }
        OUTCOME_TRY(const QString category, categoryField(payload));
        OUTCOME_TRY(const money::Money amount, moneyField(context, payload, /*allowZero=*/true));
        OUTCOME_CHECK(requireCommitteeQuorum(context));
        const QByteArray key = budgetKey(int(*year), category);
        OUTCOME_TRY(Budget budget, readBudget(context.state, key));
        budget.amount = amount.minor();
        budget.history.push_back(cbor::Value::fromMap({
            {QStringLiteral("amount"), cbor::Value::fromInt(amount.minor())},
            {QStringLiteral("at"), cbor::Value::fromUnsigned(context.blockTimeMs)},
        }));
        Effects effects;
        effects.delta.put(key, budget.toCbor());
        return effects;
    }
};

const char *fundAccount(const QString &fund)
{
    if (fund == u"maintenance") {
        return "Equity:MaintenanceFund";
    }
    if (fund == u"reserve") {
        return "Equity:ReserveFund";
    }
    return nullptr;
}

class FundTransferContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("fund.transfer"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"from", u"to", u"amount", u"currency", u"reason"}));
        OUTCOME_TRY(const QString from, textField(payload, u"from"));
        OUTCOME_TRY(const QString to, textField(payload, u"to"));
        for (const QString &fund : {from, to}) {
            if (!fundAccount(fund)) {
                return reject("unknown-fund", tr("'%1' is not a fund: use maintenance or reserve").arg(fund));
            }
        }
        if (from == to) {
            return reject("same-fund", tr("a transfer needs two different funds"));
        }
        OUTCOME_TRY(const money::Money amount, moneyField(context, payload));
        OUTCOME_TRY(const QString reason, plainTextField(payload, u"reason", kMaxSpendingReasonLength, true, "invalid-reason"));
        OUTCOME_CHECK(requireCommitteeQuorum(context));
        Effects effects;
        effects.delta.put(QByteArrayLiteral("fund-transfer/") + crypto::toHex(context.tx.id()).toLatin1(),
                          cbor::Value::fromMap({
                              {QStringLiteral("from"), cbor::Value::fromText(from)},
                              {QStringLiteral("to"), cbor::Value::fromText(to)},
                              {QStringLiteral("amount"), cbor::Value::fromInt(amount.minor())},
                              {QStringLiteral("reason"), cbor::Value::fromText(reason)},
                              {QStringLiteral("at"), cbor::Value::fromUnsigned(context.blockTimeMs)},
                          }));
        // Equity has a credit balance: the fund given from is debited, the fund given to credited.
        effects.postings.push_back(Posting{latin1(fundAccount(from)), amount});
        effects.postings.push_back(Posting{latin1(fundAccount(to)), amount.negated()});
        return effects;
    }
};

} // namespace

QByteArray expenseKey(const QByteArray &invoiceHash)
{
    return QByteArrayLiteral("expense/") + toHex(invoiceHash).toLatin1();
}

QByteArray budgetKey(int year, const QString &category)
{
    return QByteArrayLiteral("budget/") + QByteArray::number(year).rightJustified(4, '0') + '/' + category.toUtf8();
}

bool isValidCategory(QStringView category)
{
    if (category.isEmpty() || category.size() > kMaxCategoryLength) {
        return false;
    }
    const auto segments = category.split(QLatin1Char(':'));
    if (segments.size() > kMaxCategoryDepth) {
        return false;
    }
    for (QStringView segment : segments) {
        if (segment.isEmpty() || segment.size() > kMaxCategorySegmentLength || !isLowerAlnum(segment.front()) ||
            !isLowerAlnum(segment.back())) {
            return false;
        }
        if (!std::all_of(segment.begin(), segment.end(), [](QChar c) { return isLowerAlnum(c) || c == QLatin1Char('-'); })) {
            return false;
        }
    }
    return true;
}

QString expenseAccount(const QString &category)
{
    return QStringLiteral("Expenses:") + category;
}

Outcome<money::Money> moneyField(const Context &context, const cbor::Record &record, bool allowZero)
{
    auto value = record.value(u"amount");
    if (!value) {
        return badPayload(value.error());
    }
    if (!(*value)->isInteger()) {
        return badPayload(Error{ErrorCode::Malformed, QStringLiteral("field 'amount' must be an integer of minor units")});
    }
    const auto minor = (*value)->toInt64();
    const qint64 lowest = allowZero ? 0 : 1;
    if (!minor || *minor < lowest || *minor > money::kMaxMinorUnits) {
        return reject("invalid-amount", tr("the amount must be between %1 and %2 minor units").arg(lowest).arg(money::kMaxMinorUnits));
    }
    OUTCOME_TRY(const QString currency, textField(record, u"currency"));
    if (currency != context.genesis.currency) {
        return reject("wrong-currency", tr("this community keeps its books in %1, not '%2'").arg(context.genesis.currency, currency));
    }
    auto money = money::Money::fromMinor(*minor, communityCurrency(context));
    CY_ASSERT(money.has_value()); // range checked above
    return *money;
}

Outcome<QByteArray> hashField(const cbor::Record &record, QStringView field)
{
    auto bytes = record.bytes(field);
    if (!bytes) {
        return badPayload(bytes.error());
    }
    if (bytes->size() != kSpendingDocumentSize || std::all_of(bytes->begin(), bytes->end(), [](char c) { return c == 0; })) {
        return reject("invalid-document-hash", tr("'%1' must be the SHA-256 of the document (%2 bytes)").arg(field).arg(kSpendingDocumentSize));
    }
    return *bytes;
}

Outcome<QString> plainTextField(const cbor::Record &record, QStringView field, qsizetype maxLength, bool allowNewline,
                                const char *code)
{
    OUTCOME_TRY(const QString text, textField(record, field));
    const QList<uint> codePoints = text.toUcs4();
    const bool controls = std::any_of(codePoints.begin(), codePoints.end(), [&](uint c) {
        return QChar::category(char32_t(c)) == QChar::Other_Control && !(allowNewline && c == '\n');
    });
    if (codePoints.isEmpty() || codePoints.size() > maxLength || text.trimmed().isEmpty() || controls) {
        return reject(code, tr("'%1' must be 1 to %2 characters of text without control characters").arg(field).arg(maxLength));
    }
    return text;
}

Outcome<void> requireSpendingApproval(const Context &context, const char *thresholdName, const money::Money &amount)
{
    OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
    OUTCOME_TRY(const auto threshold, readThreshold(context.state, latin1(thresholdName)));
    // Without a threshold every spending needs the committee: the safe side.
    if (threshold && amount.minor() < *threshold) {
        return {};
    }
    OUTCOME_TRY(const auto committee, readCommittee(context.state));
    const int signatures = committee ? committeeSignatures(*committee, context.tx) : 0;
    const int quorum = committee ? int(committee->quorum) : 1;
    if (!committee || signatures < quorum) {
        const auto limit = money::Money::fromMinor(threshold.value_or(0), amount.currency());
        const QString thresholdText = limit ? limit->toPlainString() : QString::number(threshold.value_or(0));
        return reject("committee-approval-required",
                      tr("%1 is at or above the limit of %2 for the manager alone: %3 committee members must co-sign, %4 did")
                          .arg(amount.toPlainString(), thresholdText)
                          .arg(quorum)
                          .arg(signatures));
    }
    return {};
}

Outcome<void> recordSpending(const Context &context, Effects &effects, const Spending &spending)
{
    const QByteArray expense = expenseKey(spending.invoice);
    auto existing = context.state.get(expense);
    if (!existing) {
        return stateError(existing.error());
    }
    if (*existing) {
        return reject("duplicate-invoice", tr("invoice %1 was already paid").arg(toHex(spending.invoice)));
    }
    cbor::Map record{
        {cbor::Value::fromText(QStringLiteral("category")), cbor::Value::fromText(spending.category)},
        {cbor::Value::fromText(QStringLiteral("vendor")), cbor::Value::fromText(spending.vendor)},
        {cbor::Value::fromText(QStringLiteral("amount")), cbor::Value::fromInt(spending.amount.minor())},
        {cbor::Value::fromText(QStringLiteral("date")), cbor::Value::fromText(spending.date.toString(Qt::ISODate))},
        {cbor::Value::fromText(QStringLiteral("at")), cbor::Value::fromUnsigned(context.blockTimeMs)},
        {cbor::Value::fromText(QStringLiteral("by")), cbor::Value::fromText(context.tx.body().author.toHex())},
    };
    if (!spending.repairId.isEmpty()) {
        record.emplace_back(cbor::Value::fromText(QStringLiteral("repair")), cbor::Value::fromBytes(spending.repairId));
    }
    effects.delta.put(expense, cbor::Value::fromMap(std::move(record)));

    for (const QString &path : categoryAndParents(spending.category)) {
        const QByteArray key = budgetKey(spending.date.year(), path);
        OUTCOME_TRY(Budget budget, readBudget(context.state, key));
        // Both are at most kMaxMinorUnits (10^18 - 1): their sum fits a qint64.
        if (budget.actual < 0 || budget.actual + spending.amount.minor() > money::kMaxMinorUnits) {
            return reject("amount-overflow", tr("the year's total for %1 would be too large").arg(path));
        }
        budget.actual += spending.amount.minor();
        effects.delta.put(key, budget.toCbor());
    }
    effects.postings.push_back(Posting{spending.account, spending.amount});
    effects.postings.push_back(Posting{QStringLiteral("Assets:Bank"), spending.amount.negated()});
    return {};
}

void addExpenseContracts(Registry &registry)
{
    registry.add(std::make_unique<ExpenseRecordContract>());
    registry.add(std::make_unique<BudgetSetContract>());
    registry.add(std::make_unique<FundTransferContract>());
}

} // namespace courtyard::contracts
