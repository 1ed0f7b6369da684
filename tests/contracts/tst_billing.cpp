// Billing: the property-fee rule and the period close — proration, billing day fallback,
// escalation on anniversaries, late fees after grace, order of periods, bad input and the
// authorization matrix. Every expected amount is worked out by hand in a comment.
#include "lease_fixture.h"

using namespace courtyard;
using namespace courtyard::contracts;
using namespace courtyard::contracts::testing;

namespace {

// A lease of 12-0301 for residentA without deposit, late fee or escalation, open-ended.
cbor::Value simpleLease(const World &w, const char *start, int billingDay = 1)
{
    return with(with(with(without(without(without(leasePayload(w), "late-fee"), "escalation"), "end"), "deposit", num(0)), "start",
                     text(start)),
                "billing-day", num(billingDay));
}

cbor::Value feeRule(const char *basis, qint64 amount, qint64 dueDay = 10)
{
    return cbor::Value::fromMap(
        {{k("basis"), text(basis)}, {k("amount"), num(amount)}, {k("due-day"), num(dueDay)}, {k("currency"), text("CNY")}});
}

// Closes every period from..to (inclusive), each on its first day.
void closeMonths(World &w, Books &books, QDate from, QDate to)
{
    for (QDate m = from; m <= to; m = m.addMonths(1)) {
        w.timeMs = msAt(m);
        QCOMPARE(books.run(kClose, period(qPrintable(monthText(m)))), QString());
    }
}

qint64 rentOf(const World &w, const char *period)
{
    for (const StoredInvoice &i : invoices(w, "invoice/12-0301/", "rent")) {
        if (i.period() == k(period)) {
            return i.amount();
        }
    }
    return -1;
}

// Sets "paid" of an invoice, as the payments contract would (with the open-invoice index).
void markPaid(World &w, const StoredInvoice &invoice, qint64 paid)
{
    state::StateDelta delta;
    putInvoice(delta, invoice.key, with(invoice.value, "paid", num(paid)), paid < *invoice.value.find(u"amount")->toInt64());
    w.put(delta);
}

} // namespace

class TestBilling : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void prorationOfAPartialMonth();
    void billingDayFallsBackToTheMonthsLastDay();
    void escalationOnTheAnniversary();
    void aVersionWithoutARentKeepsTheEscalatedRent();
    void terminatedLeaseIsBilledToItsLastDay();
    void lateFees_data();
    void lateFees();
    void oneLateFeePerInvoicePerPeriod();
    void propertyFees_data();
    void propertyFees();
    void periodsCloseOnceAndInOrder();
    void closedPeriodsAreFrozenForLeases();
    void overflowIsRejected();
    void authorizationMatrix_data();
    void authorizationMatrix();
    void badInput_data();
    void badInput();
};

void TestBilling::prorationOfAPartialMonth()
{
    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(kCreate, simpleLease(w, "2027-01-17")), QString());
    QCOMPARE(books.run(kClose, period("2027-01")), QString()); // on 2027-01-15
    // January has 31 days, the lease covers 17..31 = 15 of them:
    // 3,000.00 × 15/31 = 1,451.612903… → 1,451.61 (145161 fen).
    const auto jan = invoices(w, "invoice/12-0301/", "rent");
    QCOMPARE(jan.size(), std::size_t(1));
    const QByteArray id = invoiceId(QStringLiteral("rent"), QStringLiteral("2027-01"), QStringLiteral("12-0301"), kLease1);
    // Due on the billing day (the 1st), but not before the lease starts: 2027-01-17.
    QCOMPARE(jan[0].key, QByteArray("invoice/12-0301/2027-01-17/") + id.toHex());
    QCOMPARE(jan[0].value, cbor::Value::fromMap({{k("id"), bytesValue(id)},
                                                 {k("unit"), text("12-0301")},
                                                 {k("kind"), text("rent")},
                                                 {k("period"), text("2027-01")},
                                                 {k("lease"), bytesValue(kLease1)},
                                                 {k("issued"), text("2027-01-15")},
                                                 {k("due"), text("2027-01-17")},
                                                 {k("amount"), num(145161)},
                                                 {k("paid"), num(0)}}));
    QCOMPARE(w.value("billing/period/2027-01"), cbor::Value::fromMap({{k("closed"), text("2027-01-15")}, {k("invoices"), num(1)}}));
    // February in full: 3,000.00.
    w.timeMs = msAt(QDate(2027, 2, 1));
    QCOMPARE(books.run(kClose, period("2027-02")), QString());
    QCOMPARE(rentOf(w, "2027-02"), 300000);
    // Receivable 1,451.61 + 3,000.00 = 4,451.61; the same in Income:Rent.
    QCOMPARE(books.balance("Assets:Receivable:12-0301"), 445161);
    QCOMPARE(books.balance("Income:Rent"), -445161);
    QCOMPARE(books.total(), 0);
    // Oldest due first under the unit's prefix.
    const auto all = invoices(w, "invoice/12-0301/");
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all[0].period(), QStringLiteral("2027-01"));
    QCOMPARE(all[1].period(), QStringLiteral("2027-02"));
}

void TestBilling::billingDayFallsBackToTheMonthsLastDay()
{
    {
        World w;
        w.populate();
        Books books{w};
        QCOMPARE(books.run(kCreate, simpleLease(w, "2027-01-01", 31)), QString());
        closeMonths(w, books, QDate(2027, 1, 1), QDate(2027, 4, 1));
        const auto rent = invoices(w, "invoice/12-0301/", "rent");
        QCOMPARE(rent.size(), std::size_t(4));
        QCOMPARE(rent[0].due(), QStringLiteral("2027-01-31"));
        QCOMPARE(rent[1].due(), QStringLiteral("2027-02-28")); // 2027 is no leap year
        QCOMPARE(rent[2].due(), QStringLiteral("2027-03-31"));
        QCOMPARE(rent[3].due(), QStringLiteral("2027-04-30"));
        for (const auto &i : rent) {
            QCOMPARE(i.amount(), 300000); // whole months
        }
    }
    {
        World w;
        w.populate();
        Books books{w};
        QCOMPARE(books.run(kCreate, simpleLease(w, "2027-01-01", 30)), QString());
        closeMonths(w, books, QDate(2028, 2, 1), QDate(2028, 2, 1));
        QCOMPARE(invoices(w, "invoice/12-0301/", "rent")[0].due(), QStringLiteral("2028-02-29")); // leap year
    }
}

void TestBilling::escalationOnTheAnniversary()
{
    World w;
    w.populate();
    Books books{w};
    // 5 % a year from 2027-01-01; fixed 100.00 a year on 12-0302 from 2027-03-10.
    QCOMPARE(books.run(kCreate, with(simpleLease(w, "2027-01-01"), "escalation", cbor::Value::fromMap({{k("percent"), text("5")}}))),
             QString());
    QCOMPARE(books.run(QStringLiteral("resident.register"),
                       cbor::Value::fromMap({{k("resident"), bytesValue(w.residentB)}, {k("unit"), text("12-0302")}})),
             QString());
    QCOMPARE(books.run(kCreate, with(with(with(with(simpleLease(w, "2027-03-10"), "lease", bytesValue(kLease2)), "unit",
                                               text("12-0302")),
                                          "residents", cbor::Value::fromArray({bytesValue(w.residentB)})),
                                     "escalation", cbor::Value::fromMap({{k("fixed"), num(10000)}}))),
             QString());
    closeMonths(w, books, QDate(2027, 12, 1), QDate(2029, 3, 1));
    // December 2027: no anniversary yet, 3,000.00.
    QCOMPARE(rentOf(w, "2027-12"), 300000);
    // 2028-01-01 is the first anniversary: 3,000.00 + 5 % of 3,000.00 (150.00) = 3,150.00.
    QCOMPARE(rentOf(w, "2028-01"), 315000);
    QCOMPARE(rentOf(w, "2028-12"), 315000);
    // The second compounds: 3,150.00 + 157.50 = 3,307.50.
    QCOMPARE(rentOf(w, "2029-01"), 330750);

    // 12-0302's anniversary falls mid-month (2028-03-10): March has 31 days,
    // days 1-9 at 3,000.00: 3,000.00 × 9/31 = 870.967741… → 870.97 (87097),
    // days 10-31 at 3,100.00: 3,100.00 × 22/31 = 2,200.00 (220000); total 3,070.97.
    qint64 march2028 = -1;
    qint64 april2028 = -1;
    qint64 march2029 = -1;
    for (const StoredInvoice &i : invoices(w, "invoice/12-0302/", "rent")) {
        if (i.period() == k("2028-03")) {
            march2028 = i.amount();
        } else if (i.period() == k("2028-04")) {
            april2028 = i.amount();
        } else if (i.period() == k("2029-03")) {
            march2029 = i.amount();
        }
    }
    QCOMPARE(march2028, 307097);
    QCOMPARE(april2028, 310000);
    // 2029-03-10, second anniversary: 3,100.00 × 9/31 = 900.00 plus 3,200.00 × 22/31 = 2,270.967741… → 2,270.97;
    // total 3,170.97.
    QCOMPARE(march2029, 317097);
    QCOMPARE(books.total(), 0);
}

void TestBilling::aVersionWithoutARentKeepsTheEscalatedRent()
{
    // 5 % a year from 2027-01-01: 3,000.00 in 2027, 3,150.00 from 2028-01-01. A version that
    // names no rent carries on the rent in force on its first day, escalations included.
    const auto escalating = [](const World &w) {
        return with(simpleLease(w, "2027-01-01"), "escalation", cbor::Value::fromMap({{k("percent"), text("5")}}));
    };
    {
        // An amendment of the grace days only, from 2028-06-01: the rent stays 3,150.00 (not back to
        // 3,000.00), and the next anniversary compounds it: 3,150.00 + 157.50 = 3,307.50.
        World w;
        w.populate();
        Books books{w};
        QCOMPARE(books.run(kCreate, escalating(w)), QString());
        closeMonths(w, books, QDate(2027, 12, 1), QDate(2028, 5, 1));
        QCOMPARE(books.run(kAmend, cbor::Value::fromMap({{k("lease"), bytesValue(kLease1)},
                                                         {k("effective"), text("2028-06-01")},
                                                         {k("currency"), text("CNY")},
                                                         {k("document"), bytesValue(kDocument)},
                                                         {k("grace-days"), num(10)}})),
                 QString());
        QCOMPARE(*w.value("lease/11111111111111111111111111111111/v/0002").find(u"rent"), num(315000));
        closeMonths(w, books, QDate(2028, 6, 1), QDate(2029, 1, 1));
        QCOMPARE(rentOf(w, "2028-05"), 315000);
        QCOMPARE(rentOf(w, "2028-06"), 315000);
        QCOMPARE(rentOf(w, "2028-12"), 315000);
        QCOMPARE(rentOf(w, "2029-01"), 330750);
    }
    {
        // A one-year lease renewed without a new rent: the renewal's first day is the anniversary,
        // so 2028 is billed 3,000.00 × 1.05 = 3,150.00, which version 2 records as its rent.
        World w;
        w.populate();
        Books books{w};
        QCOMPARE(books.run(kCreate, with(escalating(w), "end", text("2027-12-31"))), QString());
        QCOMPARE(books.run(kRenew, cbor::Value::fromMap({{k("lease"), bytesValue(kLease1)},
                                                         {k("end"), text("2028-12-31")},
                                                         {k("currency"), text("CNY")},
                                                         {k("document"), bytesValue(kDocument)}})),
                 QString());
        QCOMPARE(*w.value("lease/11111111111111111111111111111111/v/0002").find(u"rent"), num(315000));
        closeMonths(w, books, QDate(2027, 12, 1), QDate(2028, 1, 1));
        QCOMPARE(rentOf(w, "2027-12"), 300000);
        QCOMPARE(rentOf(w, "2028-01"), 315000);
    }
    {
        // Renewed with a negotiated rent of 3,100.00: that rent, not escalated on its first day.
        World w;
        w.populate();
        Books books{w};
        QCOMPARE(books.run(kCreate, with(escalating(w), "end", text("2027-12-31"))), QString());
        QCOMPARE(books.run(kRenew, cbor::Value::fromMap({{k("lease"), bytesValue(kLease1)},
                                                         {k("end"), text("2028-12-31")},
                                                         {k("currency"), text("CNY")},
                                                         {k("document"), bytesValue(kDocument)},
                                                         {k("rent"), num(310000)}})),
                 QString());
        closeMonths(w, books, QDate(2028, 1, 1), QDate(2028, 1, 1));
        QCOMPARE(rentOf(w, "2028-01"), 310000);
    }
}

void TestBilling::terminatedLeaseIsBilledToItsLastDay()
{
    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(kCreate, simpleLease(w, "2027-01-01")), QString());
    closeMonths(w, books, QDate(2027, 1, 1), QDate(2027, 1, 1));
    QCOMPARE(books.run(kTerminate, cbor::Value::fromMap({{k("lease"), bytesValue(kLease1)},
                                                        {k("date"), text("2027-02-14")},
                                                        {k("currency"), text("CNY")},
                                                        {k("deductions"), cbor::Value::fromArray({})}})),
             QString());
    closeMonths(w, books, QDate(2027, 2, 1), QDate(2027, 3, 1));
    // February 2027 has 28 days, 14 of them covered: 3,000.00 × 14/28 = 1,500.00. Nothing in March.
    QCOMPARE(rentOf(w, "2027-02"), 150000);
    QCOMPARE(rentOf(w, "2027-03"), -1);
}

void TestBilling::lateFees_data()
{
    QTest::addColumn<cbor::Value>("rule");
    QTest::addColumn<int>("billingDay");
    QTest::addColumn<qint64>("paid");     // of January's 3,000.00
    QTest::addColumn<qint64>("expected"); // the late fee at the February close (2027-02-01), -1: none

    const auto percent = [](const char *p, qint64 cap) { return cbor::Value::fromMap({{k("percent"), text(p)}, {k("cap"), num(cap)}}); };
    // Due 2027-01-01, grace 5 days: late from 2027-01-07, so late at the close on 2027-02-01.
    QTest::newRow("fixed 50.00") << cbor::Value::fromMap({{k("fixed"), num(5000)}}) << 1 << qint64(0) << qint64(5000);
    // 10 % of 3,000.00 = 300.00, capped at 200.00.
    QTest::newRow("10 % capped at 200.00") << percent("10", 20000) << 1 << qint64(0) << qint64(20000);
    // 1 % of 3,000.00 = 30.00, under the cap.
    QTest::newRow("1 % under the cap") << percent("1", 20000) << 1 << qint64(0) << qint64(3000);
    // 2,500.00 paid: 10 % of the 500.00 overdue = 50.00.
    QTest::newRow("10 % of a partly paid invoice") << percent("10", 20000) << 1 << qint64(250000) << qint64(5000);
    // 1.5 % of 333.33 overdue (paid 2,666.67) = 4.99995 → 5.00.
    QTest::newRow("1.5 % rounds to the fen") << percent("1.5", 20000) << 1 << qint64(266667) << qint64(500);
    // 10 % of 0.25 overdue (paid 2,999.75) = 0.025: a tie, half-even → 0.02 (half-up would say 0.03).
    QTest::newRow("10 % tie rounds half-even") << percent("10", 20000) << 1 << qint64(299975) << qint64(2);
    QTest::newRow("paid in full") << cbor::Value::fromMap({{k("fixed"), num(5000)}}) << 1 << qint64(300000) << qint64(-1);
    // Due 2027-01-28 + 5 grace days = 2027-02-02: not late on 2027-02-01.
    QTest::newRow("within grace") << cbor::Value::fromMap({{k("fixed"), num(5000)}}) << 28 << qint64(0) << qint64(-1);
    // Due 2027-01-26 + 5 = 2027-01-31: late on 2027-02-01.
    QTest::newRow("a day after grace") << cbor::Value::fromMap({{k("fixed"), num(5000)}}) << 26 << qint64(0) << qint64(5000);
}

void TestBilling::lateFees()
{
    QFETCH(cbor::Value, rule);
    QFETCH(int, billingDay);
    QFETCH(qint64, paid);
    QFETCH(qint64, expected);

    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(kCreate, with(simpleLease(w, "2027-01-01", billingDay), "late-fee", rule)), QString());
    QCOMPARE(books.run(kClose, period("2027-01")), QString());
    const auto jan = invoices(w, "invoice/12-0301/", "rent");
    QCOMPARE(jan.size(), std::size_t(1));
    markPaid(w, jan[0], paid);
    w.timeMs = msAt(QDate(2027, 2, 1));
    QCOMPARE(books.run(kClose, period("2027-02")), QString());
    const auto fees = invoices(w, "invoice/12-0301/", "late-fee");
    if (expected < 0) {
        QCOMPARE(fees.size(), std::size_t(0));
        QCOMPARE(books.balance("Income:LateFees"), 0);
        return;
    }
    QCOMPARE(fees.size(), std::size_t(1));
    const QByteArray id = invoiceId(QStringLiteral("late-fee"), QStringLiteral("2027-02"), QStringLiteral("12-0301"),
                                    jan[0].value.find(u"id")->asBytes());
    QCOMPARE(fees[0].key, QByteArray("invoice/12-0301/2027-02-01/") + id.toHex());
    QCOMPARE(fees[0].value, cbor::Value::fromMap({{k("id"), bytesValue(id)},
                                                  {k("unit"), text("12-0301")},
                                                  {k("kind"), text("late-fee")},
                                                  {k("period"), text("2027-02")},
                                                  {k("lease"), bytesValue(kLease1)},
                                                  {k("issued"), text("2027-02-01")},
                                                  {k("due"), text("2027-02-01")},
                                                  {k("amount"), num(expected)},
                                                  {k("paid"), num(0)}}));
    QCOMPARE(books.balance("Income:LateFees"), -expected);
    QCOMPARE(books.total(), 0);
}

void TestBilling::oneLateFeePerInvoicePerPeriod()
{
    World w;
    w.populate();
    Books books{w};
    // Rent due on the 1st, 5 grace days, 50.00 per late invoice; a deposit of 6,000.00 due 2027-01-01.
    QCOMPARE(books.run(kCreate, with(with(simpleLease(w, "2027-01-01"), "late-fee", cbor::Value::fromMap({{k("fixed"), num(5000)}})),
                                     "deposit", num(600000))),
             QString());
    closeMonths(w, books, QDate(2027, 1, 1), QDate(2027, 3, 1));
    // February close: January's rent and the deposit are late → 2 fees.
    // March close: January's rent, February's rent and the deposit → 3 fees; never a fee on a fee.
    QCOMPARE(w.value("billing/period/2027-02"), cbor::Value::fromMap({{k("closed"), text("2027-02-01")}, {k("invoices"), num(3)}}));
    QCOMPARE(w.value("billing/period/2027-03"), cbor::Value::fromMap({{k("closed"), text("2027-03-01")}, {k("invoices"), num(4)}}));
    QCOMPARE(invoices(w, "invoice/", "late-fee").size(), std::size_t(5));
    QCOMPARE(books.balance("Income:LateFees"), -25000); // 5 × 50.00
    // Receivable: deposit 6,000.00 + rent 3 × 3,000.00 + fees 250.00 = 15,250.00.
    QCOMPARE(books.balance("Assets:Receivable:12-0301"), 1525000);
    QCOMPARE(books.total(), 0);
}

void TestBilling::propertyFees_data()
{
    QTest::addColumn<cbor::Value>("rule");
    QTest::addColumn<qint64>("fee0301"); // 85.50 m²
    QTest::addColumn<qint64>("fee0302"); // 120.00 m²
    // 2.50 per m²: 250 × 8550 / 100 = 21,375 (213.75); 250 × 12000 / 100 = 30,000 (300.00).
    QTest::newRow("by area") << feeRule("area", 250) << qint64(21375) << qint64(30000);
    // 3.33 per m²: 333 × 8550 / 100 = 28,471.5 → half-even 28,472; 333 × 12000 / 100 = 39,960.
    QTest::newRow("by area, half-even") << feeRule("area", 333) << qint64(28472) << qint64(39960);
    // 0.01 per m²: 8550 / 100 = 85.5 → 86; 12000 / 100 = 120.
    QTest::newRow("one fen per m²") << feeRule("area", 1) << qint64(86) << qint64(120);
    QTest::newRow("fixed 150.00") << feeRule("fixed", 15000) << qint64(15000) << qint64(15000);
    QTest::newRow("zero: no invoices") << feeRule("fixed", 0) << qint64(-1) << qint64(-1);
}

void TestBilling::propertyFees()
{
    QFETCH(cbor::Value, rule);
    QFETCH(qint64, fee0301);
    QFETCH(qint64, fee0302);

    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(kFeeRule, rule, Signer::Quorum), QString());
    QCOMPARE(w.value("billing/fee-rule"), without(rule, "currency"));
    QCOMPARE(books.run(kClose, period("2027-01")), QString());
    const auto a = invoices(w, "invoice/12-0301/", "fee");
    const auto b = invoices(w, "invoice/12-0302/", "fee");
    if (fee0301 < 0) {
        QCOMPARE(a.size() + b.size(), std::size_t(0));
        return;
    }
    QCOMPARE(a.size(), std::size_t(1));
    QCOMPARE(b.size(), std::size_t(1));
    QCOMPARE(a[0].amount(), fee0301);
    QCOMPARE(b[0].amount(), fee0302);
    QCOMPARE(a[0].due(), QStringLiteral("2027-01-10"));
    QVERIFY(!a[0].value.find(u"lease")); // fees belong to no lease
    QCOMPARE(books.balance("Income:PropertyFees"), -(fee0301 + fee0302));
    QCOMPARE(books.balance("Assets:Receivable:12-0302"), fee0302);
    QCOMPARE(books.total(), 0);
}

void TestBilling::periodsCloseOnceAndInOrder()
{
    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(kClose, period("2027-02")), QStringLiteral("period-not-started")); // today is 2027-01-15
    QCOMPARE(books.run(kClose, period("2027-01")), QString());
    QCOMPARE(books.run(kClose, period("2027-01")), QStringLiteral("period-closed"));
    QCOMPARE(books.run(kClose, period("2026-12")), QStringLiteral("period-closed"));
    w.timeMs = msAt(QDate(2027, 4, 1));
    QCOMPARE(books.run(kClose, period("2027-03")), QStringLiteral("period-gap"));
    QCOMPARE(books.run(kClose, period("2027-02")), QString());
    QCOMPARE(books.run(kClose, period("2027-03")), QString());
    QCOMPARE(books.run(kClose, period("2027-04")), QString());
    QCOMPARE(books.run(kClose, period("2027-05")), QStringLiteral("period-not-started"));
    // The community's day decides: 2027-04-30 23:30 in Shanghai is still April (15:30 UTC).
    w.timeMs = quint64(QDateTime(QDate(2027, 4, 30), QTime(23, 30), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
    QCOMPARE(books.run(kClose, period("2027-05")), QStringLiteral("period-not-started"));
    w.timeMs = quint64(QDateTime(QDate(2027, 5, 1), QTime(0, 30), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
    QCOMPARE(books.run(kClose, period("2027-05")), QString());
}

void TestBilling::closedPeriodsAreFrozenForLeases()
{
    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(kClose, period("2027-01")), QString());
    QCOMPARE(books.run(kCreate, simpleLease(w, "2027-01-20")), QStringLiteral("period-closed"));
    QCOMPARE(books.run(kCreate, simpleLease(w, "2027-02-01")), QString());
}

void TestBilling::overflowIsRejected()
{
    {
        // 999,999,999,999,999,999 × 5 % more on the anniversary leaves Money's range.
        World w;
        w.populate();
        Books books{w};
        QCOMPARE(books.run(kCreate, with(with(simpleLease(w, "2027-01-01"), "rent", num(999'999'999'999'999'999)), "escalation",
                                         cbor::Value::fromMap({{k("percent"), text("5")}}))),
                 QString());
        closeMonths(w, books, QDate(2027, 12, 1), QDate(2027, 12, 1));
        w.timeMs = msAt(QDate(2028, 1, 1));
        QCOMPARE(books.run(kClose, period("2028-01")), QStringLiteral("amount-overflow"));
        QVERIFY(!w.has("billing/period/2028-01"));
    }
    {
        // 999,999,999,999,999,999 per m² × 85.50 m².
        World w;
        w.populate();
        Books books{w};
        QCOMPARE(books.run(kFeeRule, feeRule("area", 999'999'999'999'999'999), Signer::Quorum), QString());
        QCOMPARE(books.run(kClose, period("2027-01")), QStringLiteral("amount-overflow"));
        QCOMPARE(books.run(kFeeRule, feeRule("area", 1'000'000'000'000'000'000), Signer::Quorum), QStringLiteral("amount-overflow"));
    }
}

void TestBilling::authorizationMatrix_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Signer>("signer");
    QTest::addColumn<QString>("expected");
    for (const Signer s : allSigners()) {
        QTest::addRow("%s by %s", qPrintable(kClose), qPrintable(signerName(s)))
            << kClose << s << (s == Signer::Manager ? QString() : QStringLiteral("not-authorized"));
    }
    for (const Signer s : allSigners()) {
        QTest::addRow("%s by %s", qPrintable(kFeeRule), qPrintable(signerName(s)))
            << kFeeRule << s << (s == Signer::Quorum ? QString() : QStringLiteral("quorum-not-reached"));
    }
}

void TestBilling::authorizationMatrix()
{
    QFETCH(QString, kind);
    QFETCH(Signer, signer);
    QFETCH(QString, expected);
    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(kind, kind == kClose ? period("2027-01") : feeRule("fixed", 15000), signer), expected);
}

void TestBilling::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<cbor::Value>("payload");
    QTest::addColumn<QString>("expected");
    const auto close = [](cbor::Value p) { return cbor::Value::fromMap({{k("period"), std::move(p)}}); };
    QTest::newRow("close: no period") << kClose << cbor::Value::fromMap({}) << k("bad-payload");
    QTest::newRow("close: period as number") << kClose << close(num(202701)) << k("bad-payload");
    QTest::newRow("close: month 13") << kClose << close(text("2027-13")) << k("invalid-period");
    QTest::newRow("close: month 00") << kClose << close(text("2027-00")) << k("invalid-period");
    QTest::newRow("close: 2027-1") << kClose << close(text("2027-1")) << k("invalid-period");
    QTest::newRow("close: a date") << kClose << close(text("2027-01-01")) << k("invalid-period");
    QTest::newRow("close: extra field") << kClose << with(close(text("2027-01")), "force", cbor::Value::fromBool(true))
                                        << k("bad-payload");
    QTest::newRow("fee: unknown basis") << kFeeRule << with(feeRule("fixed", 1), "basis", text("share")) << k("invalid-fee-basis");
    QTest::newRow("fee: negative") << kFeeRule << feeRule("fixed", -1) << k("invalid-amount");
    QTest::newRow("fee: as text") << kFeeRule << with(feeRule("fixed", 1), "amount", text("150.00")) << k("bad-payload");
    QTest::newRow("fee: overflow") << kFeeRule << feeRule("fixed", 1'000'000'000'000'000'000) << k("amount-overflow");
    QTest::newRow("fee: wrong currency") << kFeeRule << with(feeRule("fixed", 1), "currency", text("USD")) << k("wrong-currency");
    QTest::newRow("fee: due day 0") << kFeeRule << feeRule("fixed", 1, 0) << k("invalid-due-day");
    QTest::newRow("fee: due day 32") << kFeeRule << feeRule("fixed", 1, 32) << k("invalid-due-day");
    QTest::newRow("fee: no due day") << kFeeRule << without(feeRule("fixed", 1), "due-day") << k("bad-payload");
}

void TestBilling::badInput()
{
    QFETCH(QString, kind);
    QFETCH(cbor::Value, payload);
    QFETCH(QString, expected);
    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(kind, payload, kind == kClose ? Signer::Manager : Signer::Quorum), expected);
}

QTEST_GUILESS_MAIN(TestBilling)
#include "tst_billing.moc"
