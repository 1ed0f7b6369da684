// Expenses, budgets and fund transfers: approval under and over the committee threshold, budgets by
// quorum with their history, budget vs actual (with an overrun), transfers between the funds.
#include "contracts/expenses.h"
#include "contracts/governance.h"
#include "fixture.h"

#include <QtTest>

#include <limits>

using namespace courtyard;
using namespace courtyard::contracts;
using namespace courtyard::contracts::testing;

Q_DECLARE_METATYPE(courtyard::contracts::testing::Signer)
Q_DECLARE_METATYPE(courtyard::cbor::Value)

namespace {

const QString kExpense = QStringLiteral("expense.record");
const QString kBudget = QStringLiteral("budget.set");
const QString kTransfer = QStringLiteral("fund.transfer");

using Entries = std::initializer_list<std::pair<QString, cbor::Value>>;

QString k(const char *s)
{
    return QString::fromLatin1(s);
}

cbor::Value map(Entries entries)
{
    return cbor::Value::fromMap(entries);
}

cbor::Value num(qint64 v)
{
    return cbor::Value::fromInt(v);
}

QByteArray hash(const char *label)
{
    return crypto::toByteArray(crypto::sha256(QByteArrayView(label)));
}

cbor::Value expense(const char *category, qint64 amount, const char *invoice, const char *date = "2027-01-10",
                    const char *vendor = "Sparkle Cleaning", const char *currency = "CNY")
{
    return map({{k("category"), text(category)},
                {k("vendor"), text(vendor)},
                {k("amount"), num(amount)},
                {k("currency"), text(currency)},
                {k("invoice"), bytesValue(hash(invoice))},
                {k("date"), text(date)}});
}

cbor::Value budget(quint64 year, const char *category, qint64 amount)
{
    return map({{k("year"), cbor::Value::fromUnsigned(year)}, {k("category"), text(category)}, {k("amount"), num(amount)}, {k("currency"), text("CNY")}});
}

cbor::Value transfer(const char *from, const char *to, qint64 amount, const char *reason = "Annual reserve contribution")
{
    return map({{k("from"), text(from)}, {k("to"), text(to)}, {k("amount"), num(amount)}, {k("currency"), text("CNY")}, {k("reason"), text(reason)}});
}

cbor::Value budgetRecord(qint64 actual, std::optional<qint64> amount = {}, cbor::Array history = {})
{
    cbor::Map m{{text("actual"), num(actual)}};
    if (amount) {
        m.emplace_back(text("budget"), num(*amount));
    }
    if (!history.empty()) {
        m.emplace_back(text("history"), cbor::Value::fromArray(std::move(history)));
    }
    return cbor::Value::fromMap(std::move(m));
}

cbor::Value set(qint64 amount, quint64 at)
{
    return map({{k("amount"), num(amount)}, {k("at"), cbor::Value::fromUnsigned(at)}});
}

// Runs transactions that may move money: the fixture's submit() refuses postings, so this keeps the
// same promises (rejections leave the state root as it was and carry a code and a message;
// accepted postings balance) and adds every accepted posting to the books.
} // namespace

class TestExpenses : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void expenseApproval_data();
    void expenseApproval();
    void budgetsNeedTheQuorumAndKeepHistory();
    void budgetVsActual();
    void yearFollowsTheExpenseDateInTheCommunityTimeZone();
    void duplicateInvoicesAndOverflowingTotals();
    void transfersBetweenFunds();
    void authorizationMatrix_data();
    void authorizationMatrix();
    void badInput_data();
    void badInput();
};

void TestExpenses::expenseApproval_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("cosigners");
    QTest::addColumn<QString>("expected");
    // expense-committee-threshold = 5,000.00 CNY = 500,000 fen (genesis).
    QTest::newRow("4,999.99 manager alone") << qint64(499'999) << 0 << QString();
    QTest::newRow("5,000.00 manager alone") << qint64(500'000) << 0 << QStringLiteral("committee-approval-required");
    QTest::newRow("8,000.00 manager alone") << qint64(800'000) << 0 << QStringLiteral("committee-approval-required");
    QTest::newRow("8,000.00 manager + 1") << qint64(800'000) << 1 << QStringLiteral("committee-approval-required");
    QTest::newRow("8,000.00 manager + 2") << qint64(800'000) << 2 << QString();
}

void TestExpenses::expenseApproval()
{
    QFETCH(qint64, amount);
    QFETCH(int, cosigners);
    QFETCH(QString, expected);
    World w;
    w.populate();
    Books b(w);
    const cbor::Value payload = expense("cleaning", amount, "inv-1");
    const QString code = cosigners == 0   ? b.managerWith(kExpense, payload, {})
                         : cosigners == 1 ? b.managerWith(kExpense, payload, {&w.committee[2]})
                                          : b.managerWith(kExpense, payload, {&w.committee[1], &w.committee[2]});
    QCOMPARE(code, expected);
    if (expected.isEmpty()) {
        // Debit Expenses:cleaning, credit Assets:Bank, the same amount.
        QCOMPARE(b.last.size(), std::size_t(2));
        QCOMPARE(b.last[0].account, QStringLiteral("Expenses:cleaning"));
        QCOMPARE(b.last[0].amount.minor(), amount);
        QCOMPARE(b.last[1].account, QStringLiteral("Assets:Bank"));
        QCOMPARE(b.last[1].amount.minor(), -amount);
        QCOMPARE(w.value(expenseKey(hash("inv-1"))), map({{k("category"), text("cleaning")},
                                                          {k("vendor"), text("Sparkle Cleaning")},
                                                          {k("amount"), num(amount)},
                                                          {k("date"), text("2027-01-10")},
                                                          {k("at"), cbor::Value::fromUnsigned(kStartTimeMs)},
                                                          {k("by"), cbor::Value::fromText(w.manager.publicKey().toHex())}}));
    } else {
        QVERIFY(!w.has(expenseKey(hash("inv-1"))));
        // The committee alone spends nothing: the manager's key is needed too.
        QCOMPARE(b.run(kExpense, payload, Signer::Quorum), QStringLiteral("not-authorized"));
    }
    QCOMPARE(b.total(), qint64(0));
}

void TestExpenses::budgetsNeedTheQuorumAndKeepHistory()
{
    World w;
    w.populate();
    Books b(w);
    QCOMPARE(b.run(kBudget, budget(2027, "cleaning", 1'000'000), Signer::Manager), QStringLiteral("quorum-not-reached"));
    QCOMPARE(b.run(kBudget, budget(2027, "cleaning", 1'000'000), Signer::CommitteeMember), QStringLiteral("quorum-not-reached"));
    QCOMPARE(b.managerWith(kBudget, budget(2027, "cleaning", 1'000'000), {&w.committee[0]}), QStringLiteral("quorum-not-reached"));
    QVERIFY(!w.has("budget/2027/cleaning"));
    const quint64 t0 = w.timeMs;
    QCOMPARE(b.run(kBudget, budget(2027, "cleaning", 1'000'000), Signer::Quorum), QString());
    QCOMPARE(w.value("budget/2027/cleaning"), budgetRecord(0, 1'000'000, {set(1'000'000, t0)}));
    QVERIFY(b.last.empty()); // a budget moves no money
    // Replaced by the quorum (here the manager collects two members' signatures): the history stays.
    w.timeMs = t0 + 60'000;
    QCOMPARE(b.managerWith(kBudget, budget(2027, "cleaning", 1'200'000), {&w.committee[0], &w.committee[2]}), QString());
    QCOMPARE(w.value("budget/2027/cleaning"), budgetRecord(0, 1'200'000, {set(1'000'000, t0), set(1'200'000, t0 + 60'000)}));
    // A budget of zero is a budget ("nothing planned").
    QCOMPARE(b.run(kBudget, budget(2027, "gardening", 0), Signer::Quorum), QString());
    QCOMPARE(w.value("budget/2027/gardening"), budgetRecord(0, 0, {set(0, t0 + 60'000)}));
}

void TestExpenses::budgetVsActual()
{
    World w;
    w.populate();
    Books b(w);
    const quint64 t0 = w.timeMs;
    QCOMPARE(b.run(kBudget, budget(2027, "cleaning", 1'000'000), Signer::Quorum), QString());  // 10,000.00
    QCOMPARE(b.run(kBudget, budget(2027, "utilities", 500'000), Signer::Quorum), QString());   // 5,000.00
    QCOMPARE(b.run(kExpense, expense("cleaning", 400'000, "c-1"), Signer::Manager), QString()); // 4,000.00
    // 7,000.00 is above the 5,000.00 threshold: the manager and two committee members.
    QCOMPARE(b.managerWith(kExpense, expense("cleaning", 700'000, "c-2", "2027-01-12"), {&w.committee[0], &w.committee[1]}), QString());
    QCOMPARE(b.run(kExpense, expense("utilities:electricity", 123'456, "e-1", "2027-01-05", "State Grid"), Signer::Manager), QString());
    QCOMPARE(b.run(kExpense, expense("utilities:water", 76'544, "w-1", "2027-01-06", "Water Works"), Signer::Manager), QString());

    // cleaning: 400,000 + 700,000 = 1,100,000 actual > 1,000,000 budget: overrun of 100,000 (1,000.00).
    const cbor::Value cleaning = w.value("budget/2027/cleaning");
    QCOMPARE(cleaning, budgetRecord(1'100'000, 1'000'000, {set(1'000'000, t0)}));
    QVERIFY(*cleaning.find(u"actual")->toInt64() > *cleaning.find(u"budget")->toInt64());
    // utilities: 123,456 + 76,544 = 200,000 actual of the 500,000 budget; the sub-categories have no budget.
    QCOMPARE(w.value("budget/2027/utilities"), budgetRecord(200'000, 500'000, {set(500'000, t0)}));
    QCOMPARE(w.value("budget/2027/utilities:electricity"), budgetRecord(123'456));
    QCOMPARE(w.value("budget/2027/utilities:water"), budgetRecord(76'544));
    // A later budget keeps the actual.
    QCOMPARE(b.run(kBudget, budget(2027, "utilities:water", 100'000), Signer::Quorum), QString());
    QCOMPARE(w.value("budget/2027/utilities:water"), budgetRecord(76'544, 100'000, {set(100'000, t0)}));

    // The books: Expenses:cleaning 1,100,000; electricity 123,456; water 76,544;
    // Assets:Bank −(1,100,000 + 123,456 + 76,544) = −1,300,000.
    QCOMPARE(b.balances[QStringLiteral("Expenses:cleaning")], qint64(1'100'000));
    QCOMPARE(b.balances[QStringLiteral("Expenses:utilities:electricity")], qint64(123'456));
    QCOMPARE(b.balances[QStringLiteral("Expenses:utilities:water")], qint64(76'544));
    QCOMPARE(b.balances[QStringLiteral("Assets:Bank")], qint64(-1'300'000));
    QCOMPARE(b.total(), qint64(0));

    // Budget vs actual of 2027 as a report reads it: every top-level category once.
    qint64 budgeted = 0;
    qint64 spent = 0;
    QVERIFY(w.state.scan(QByteArrayView("budget/2027/"), [&](const state::Key &key, const cbor::Value &v) {
                           if (!key.mid(12).contains(':')) {
                               budgeted += v.find(u"budget") ? *v.find(u"budget")->toInt64() : 0;
                               spent += *v.find(u"actual")->toInt64();
                           }
                           return true;
                       }).has_value());
    QCOMPARE(budgeted, qint64(1'500'000)); // 1,000,000 + 500,000
    QCOMPARE(spent, qint64(1'300'000));    // 1,100,000 + 200,000
}

void TestExpenses::yearFollowsTheExpenseDateInTheCommunityTimeZone()
{
    World w;
    w.populate();
    Books b(w);
    // An invoice of December paid in January counts for the year of its date.
    QCOMPARE(b.run(kExpense, expense("cleaning", 50'000, "dec", "2026-12-28"), Signer::Manager), QString());
    QCOMPARE(w.value("budget/2026/cleaning"), budgetRecord(50'000));
    QVERIFY(!w.has("budget/2027/cleaning"));
    // "Today" is the community's date (Asia/Shanghai, UTC+8): kStartTimeMs is 2027-01-15 16:00 there.
    QCOMPARE(b.run(kExpense, expense("cleaning", 1, "today", "2027-01-15"), Signer::Manager), QString());
    QCOMPARE(b.run(kExpense, expense("cleaning", 1, "tomorrow", "2027-01-16"), Signer::Manager), QStringLiteral("future-date"));
    // 2027-12-31 15:59:59.999 UTC is 23:59:59.999 in Shanghai: 2028-01-01 is still the future.
    // 2028-01-01T00:00Z = 1,830,297,600 s (57 years + 14 leap days to 2027 = 20,819 days, + 365);
    // minus 8 h (28,800 s) = 1,830,268,800 s, the local midnight.
    w.timeMs = 1'830'268'800'000 - 1;
    QCOMPARE(b.run(kExpense, expense("cleaning", 1, "new-year", "2028-01-01"), Signer::Manager), QStringLiteral("future-date"));
    w.timeMs = 1'830'268'800'000;
    QCOMPARE(b.run(kExpense, expense("cleaning", 1, "new-year", "2028-01-01"), Signer::Manager), QString());
    QCOMPARE(w.value("budget/2028/cleaning"), budgetRecord(1));
    QCOMPARE(w.value("budget/2027/cleaning"), budgetRecord(1));
    QCOMPARE(b.total(), qint64(0));
}

void TestExpenses::duplicateInvoicesAndOverflowingTotals()
{
    World w;
    w.populate();
    Books b(w);
    QCOMPARE(b.run(kExpense, expense("cleaning", 10'000, "inv"), Signer::Manager), QString());
    QCOMPARE(b.run(kExpense, expense("security", 10'000, "inv"), Signer::Manager), QStringLiteral("duplicate-invoice"));
    // 600,000,000,000,000,000 twice = 1.2 × 10^18 > 999,999,999,999,999,999: the year's total would overflow.
    const qint64 huge = 600'000'000'000'000'000;
    QCOMPARE(b.managerWith(kExpense, expense("insurance", huge, "big-1"), {&w.committee[0], &w.committee[1]}), QString());
    QCOMPARE(b.managerWith(kExpense, expense("insurance", huge, "big-2"), {&w.committee[0], &w.committee[1]}), QStringLiteral("amount-overflow"));
    QCOMPARE(w.value("budget/2027/insurance"), budgetRecord(huge));
    QCOMPARE(b.total(), qint64(0));
}

void TestExpenses::transfersBetweenFunds()
{
    World w;
    w.populate();
    Books b(w);
    QCOMPARE(b.run(kTransfer, transfer("maintenance", "reserve", 2'000'000), Signer::Manager), QStringLiteral("quorum-not-reached"));
    QCOMPARE(b.run(kTransfer, transfer("maintenance", "reserve", 2'000'000), Signer::CommitteeMember), QStringLiteral("quorum-not-reached"));
    const ledger::Transaction tx = w.make(kTransfer, transfer("maintenance", "reserve", 2'000'000), Signer::Quorum);
    QCOMPARE(b.code(tx), QString());
    // 20,000.00 earmarked: debit Equity:MaintenanceFund, credit Equity:ReserveFund.
    QCOMPARE(b.last.size(), std::size_t(2));
    QCOMPARE(b.last[0].account, QStringLiteral("Equity:MaintenanceFund"));
    QCOMPARE(b.last[0].amount.minor(), qint64(2'000'000));
    QCOMPARE(b.last[1].account, QStringLiteral("Equity:ReserveFund"));
    QCOMPARE(b.last[1].amount.minor(), qint64(-2'000'000));
    QCOMPARE(w.value(QByteArray("fund-transfer/") + crypto::toHex(tx.id()).toLatin1()),
             map({{k("from"), text("maintenance")}, {k("to"), text("reserve")}, {k("amount"), num(2'000'000)},
                  {k("reason"), text("Annual reserve contribution")}, {k("at"), cbor::Value::fromUnsigned(kStartTimeMs)}}));
    // Back 5,000.00 for a roof: net MaintenanceFund 2,000,000 − 500,000 = 1,500,000 debit, ReserveFund 1,500,000 credit.
    QCOMPARE(b.managerWith(kTransfer, transfer("reserve", "maintenance", 500'000, "Roof works"), {&w.committee[1], &w.committee[2]}), QString());
    QCOMPARE(b.balances[QStringLiteral("Equity:MaintenanceFund")], qint64(1'500'000));
    QCOMPARE(b.balances[QStringLiteral("Equity:ReserveFund")], qint64(-1'500'000));
    QCOMPARE(b.total(), qint64(0));
}

void TestExpenses::authorizationMatrix_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Signer>("signer");
    QTest::addColumn<QString>("expected"); // empty: accepted
    for (const Signer s : allSigners()) {
        QTest::addRow("%s by %s", qPrintable(kExpense), qPrintable(signerName(s)))
            << kExpense << s << (s == Signer::Manager ? QString() : QStringLiteral("not-authorized"));
    }
    for (const QString &kind : {kBudget, kTransfer}) {
        for (const Signer s : allSigners()) {
            QTest::addRow("%s by %s", qPrintable(kind), qPrintable(signerName(s)))
                << kind << s << (s == Signer::Quorum ? QString() : QStringLiteral("quorum-not-reached"));
        }
    }
}

void TestExpenses::authorizationMatrix()
{
    QFETCH(QString, kind);
    QFETCH(Signer, signer);
    QFETCH(QString, expected);
    World w;
    w.populate();
    Books b(w);
    const cbor::Value payload = kind == kExpense ? expense("cleaning", 10'000, "inv")
                                : kind == kBudget ? budget(2027, "cleaning", 1'000'000)
                                                  : transfer("maintenance", "reserve", 10'000);
    QCOMPARE(b.run(kind, payload, signer), expected);
    QCOMPARE(b.total(), qint64(0));
}

void TestExpenses::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<cbor::Value>("payload");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not a map") << kExpense << num(5) << QStringLiteral("bad-payload");
    QTest::newRow("category upper case") << kExpense << expense("Cleaning", 100, "i") << QStringLiteral("invalid-category");
    QTest::newRow("category empty part") << kExpense << expense("utilities::water", 100, "i") << QStringLiteral("invalid-category");
    QTest::newRow("category dash") << kExpense << expense("-cleaning", 100, "i") << QStringLiteral("invalid-category");
    QTest::newRow("category too deep") << kExpense << expense("a:b:c:d:e", 100, "i") << QStringLiteral("invalid-category");
    QTest::newRow("category empty") << kExpense << expense("", 100, "i") << QStringLiteral("invalid-category");
    QTest::newRow("repairs reserved") << kExpense << expense("repairs:plumbing", 100, "i") << QStringLiteral("reserved-category");
    QTest::newRow("empty vendor") << kExpense << expense("cleaning", 100, "i", "2027-01-10", "") << QStringLiteral("invalid-vendor");
    QTest::newRow("amount zero") << kExpense << expense("cleaning", 0, "i") << QStringLiteral("invalid-amount");
    QTest::newRow("amount negative") << kExpense << expense("cleaning", -1, "i") << QStringLiteral("invalid-amount");
    QTest::newRow("amount 10^18") << kExpense << expense("cleaning", 1'000'000'000'000'000'000, "i") << QStringLiteral("invalid-amount");
    QTest::newRow("amount 2^64-1") << kExpense
                                   << map({{k("category"), text("cleaning")}, {k("vendor"), text("V")},
                                           {k("amount"), cbor::Value::fromUnsigned(std::numeric_limits<quint64>::max())},
                                           {k("currency"), text("CNY")}, {k("invoice"), bytesValue(hash("i"))}, {k("date"), text("2027-01-10")}})
                                   << QStringLiteral("invalid-amount");
    QTest::newRow("amount as text") << kExpense
                                    << map({{k("category"), text("cleaning")}, {k("vendor"), text("V")}, {k("amount"), text("10.00")},
                                            {k("currency"), text("CNY")}, {k("invoice"), bytesValue(hash("i"))}, {k("date"), text("2027-01-10")}})
                                    << QStringLiteral("bad-payload");
    QTest::newRow("wrong currency") << kExpense << expense("cleaning", 100, "i", "2027-01-10", "V", "EUR") << QStringLiteral("wrong-currency");
    QTest::newRow("date does not exist") << kExpense << expense("cleaning", 100, "i", "2027-02-30") << QStringLiteral("invalid-date");
    QTest::newRow("date 2027-02-29") << kExpense << expense("cleaning", 100, "i", "2027-02-29") << QStringLiteral("invalid-date");
    QTest::newRow("date short") << kExpense << expense("cleaning", 100, "i", "2027-1-5") << QStringLiteral("invalid-date");
    QTest::newRow("date with time") << kExpense << expense("cleaning", 100, "i", "2027-01-05T00:00") << QStringLiteral("invalid-date");
    QTest::newRow("date month 13") << kExpense << expense("cleaning", 100, "i", "2027-13-01") << QStringLiteral("invalid-date");
    QTest::newRow("date in the future") << kExpense << expense("cleaning", 100, "i", "2027-06-01") << QStringLiteral("future-date");
    QTest::newRow("invoice not a hash") << kExpense
                                        << map({{k("category"), text("cleaning")}, {k("vendor"), text("V")}, {k("amount"), num(1)},
                                                {k("currency"), text("CNY")}, {k("invoice"), bytesValue("INV-2027-001")}, {k("date"), text("2027-01-10")}})
                                        << QStringLiteral("invalid-document-hash");
    QTest::newRow("extra field") << kExpense
                                 << map({{k("category"), text("cleaning")}, {k("vendor"), text("V")}, {k("amount"), num(1)}, {k("currency"), text("CNY")},
                                         {k("invoice"), bytesValue(hash("i"))}, {k("date"), text("2027-01-10")}, {k("note"), text("x")}})
                                 << QStringLiteral("bad-payload");

    QTest::newRow("budget year 1969") << kBudget << budget(1969, "cleaning", 1) << QStringLiteral("invalid-year");
    QTest::newRow("budget year 10000") << kBudget << budget(10000, "cleaning", 1) << QStringLiteral("invalid-year");
    QTest::newRow("budget year text") << kBudget
                                      << map({{k("year"), text("2027")}, {k("category"), text("cleaning")}, {k("amount"), num(1)}, {k("currency"), text("CNY")}})
                                      << QStringLiteral("bad-payload");
    QTest::newRow("budget negative") << kBudget << budget(2027, "cleaning", -1) << QStringLiteral("invalid-amount");
    QTest::newRow("budget bad category") << kBudget << budget(2027, "clean ing", 1) << QStringLiteral("invalid-category");
    QTest::newRow("budget currency") << kBudget
                                     << map({{k("year"), num(2027)}, {k("category"), text("cleaning")}, {k("amount"), num(1)}, {k("currency"), text("USD")}})
                                     << QStringLiteral("wrong-currency");

    QTest::newRow("transfer unknown fund") << kTransfer << transfer("maintenance", "savings", 100) << QStringLiteral("unknown-fund");
    QTest::newRow("transfer same fund") << kTransfer << transfer("reserve", "reserve", 100) << QStringLiteral("same-fund");
    QTest::newRow("transfer zero") << kTransfer << transfer("maintenance", "reserve", 0) << QStringLiteral("invalid-amount");
    QTest::newRow("transfer empty reason") << kTransfer << transfer("maintenance", "reserve", 100, "") << QStringLiteral("invalid-reason");
}

void TestExpenses::badInput()
{
    QFETCH(QString, kind);
    QFETCH(cbor::Value, payload);
    QFETCH(QString, expected);
    World w;
    w.populate();
    Books b(w);
    QCOMPARE(kind == kExpense ? b.run(kind, payload, Signer::Manager) : b.run(kind, payload, Signer::Quorum), expected);
}

QTEST_GUILESS_MAIN(TestExpenses)
#include "tst_expenses.moc"
