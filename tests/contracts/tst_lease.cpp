// Leases: creation with its deposit invoice, versions (amendment, renewal), early termination
// with the deposit settlement, overlaps, bad input and the authorization matrix.
#include "lease_fixture.h"

using namespace courtyard;
using namespace courtyard::contracts;
using namespace courtyard::contracts::testing;

class TestLease : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createWritesHeadVersionAndDeposit();
    void authorizationMatrix_data();
    void authorizationMatrix();
    void badInput_data();
    void badInput();
    void overlappingLeases();
    void amendmentSupersedesAndKeepsHistory();
    void renewal();
    void terminationSettlesTheDeposit();
    void terminationRules();
    void dates_data();
    void dates();
};

void TestLease::createWritesHeadVersionAndDeposit()
{
    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(kCreate, leasePayload(w)), QString());

    QCOMPARE(w.value("lease/11111111111111111111111111111111"),
             cbor::Value::fromMap({{k("unit"), text("12-0301")},
                                   {k("start"), text("2027-02-01")},
                                   {k("end"), text("2028-01-31")},
                                   {k("version"), num(1)},
                                   {k("status"), text("active")}}));
    // Version 1 holds every term, "effective" = start; the percent is kept as Percent writes it.
    const cbor::Value v1 = w.value("lease/11111111111111111111111111111111/v/0001");
    QCOMPARE(v1, cbor::Value::fromMap({
                     {k("version"), num(1)},
                     {k("effective"), text("2027-02-01")},
                     {k("unit"), text("12-0301")},
                     {k("residents"), cbor::Value::fromArray({bytesValue(w.residentA)})},
                     {k("rent"), num(300000)},
                     {k("billing-day"), num(1)},
                     {k("start"), text("2027-02-01")},
                     {k("end"), text("2028-01-31")},
                     {k("deposit"), num(600000)},
                     {k("grace-days"), num(5)},
                     {k("late-fee"), cbor::Value::fromMap({{k("fixed"), num(5000)}})},
                     {k("escalation"), cbor::Value::fromMap({{k("percent"), text("5%")}})},
                     {k("document"), bytesValue(kDocument)},
                 }));

    // The deposit is invoiced at once, due on the start date, issued today (2027-01-15 in Shanghai).
    const auto all = invoices(w);
    QCOMPARE(all.size(), std::size_t(1));
    const QByteArray id = invoiceId(QStringLiteral("deposit"), QStringLiteral("2027-02"), QStringLiteral("12-0301"), kLease1);
    QCOMPARE(all[0].key, QByteArray("invoice/12-0301/2027-02-01/") + id.toHex());
    QCOMPARE(all[0].value, cbor::Value::fromMap({{k("id"), bytesValue(id)},
                                                 {k("unit"), text("12-0301")},
                                                 {k("kind"), text("deposit")},
                                                 {k("period"), text("2027-02")},
                                                 {k("lease"), bytesValue(kLease1)},
                                                 {k("issued"), text("2027-01-15")},
                                                 {k("due"), text("2027-02-01")},
                                                 {k("amount"), num(600000)},
                                                 {k("paid"), num(0)}}));
    // 6,000.00 owed by the unit, 6,000.00 held for it.
    QCOMPARE(books.balance("Assets:Receivable:12-0301"), 600000);
    QCOMPARE(books.balance("Liabilities:Deposits:12-0301"), -600000);

    // No deposit, no invoice and no postings.
    QCOMPARE(books.run(kCreate, with(with(with(leasePayload(w, kLease2), "unit", text("12-0302")), "deposit", num(0)), "residents",
                                     cbor::Value::fromArray({bytesValue(w.residentB)}))),
             QStringLiteral("unknown-resident"));
    QCOMPARE(books.run(QStringLiteral("resident.register"),
                       cbor::Value::fromMap({{k("resident"), bytesValue(w.residentB)}, {k("unit"), text("12-0302")}})),
             QString());
    QCOMPARE(books.run(kCreate, with(with(with(leasePayload(w, kLease2), "unit", text("12-0302")), "deposit", num(0)), "residents",
                                     cbor::Value::fromArray({bytesValue(w.residentB)}))),
             QString());
    QCOMPARE(invoices(w).size(), std::size_t(1));
    QCOMPARE(books.total(), 0);
}

void TestLease::authorizationMatrix_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Signer>("signer");
    QTest::addColumn<QString>("expected");
    for (const QString &kind : {kCreate, kAmend, kRenew, kTerminate}) {
        for (const Signer s : allSigners()) {
            QTest::addRow("%s by %s", qPrintable(kind), qPrintable(signerName(s)))
                << kind << s << (s == Signer::Manager ? QString() : QStringLiteral("not-authorized"));
        }
    }
}

void TestLease::authorizationMatrix()
{
    QFETCH(QString, kind);
    QFETCH(Signer, signer);
    QFETCH(QString, expected);

    World w;
    w.populate();
    Books books{w};
    cbor::Value payload;
    if (kind == kCreate) {
        payload = leasePayload(w);
    } else {
        QCOMPARE(books.run(kCreate, leasePayload(w)), QString());
        const cbor::Value base = cbor::Value::fromMap(
            {{k("lease"), bytesValue(kLease1)}, {k("currency"), text("CNY")}});
        if (kind == kAmend) {
            payload = with(with(with(base, "effective", text("2027-06-01")), "document", bytesValue(kDocument)), "rent", num(310000));
        } else if (kind == kRenew) {
            payload = with(with(base, "end", text("2029-01-31")), "document", bytesValue(kDocument));
        } else {
            payload = with(with(base, "date", text("2027-08-31")), "deductions", cbor::Value::fromArray({}));
        }
    }
    QCOMPARE(books.run(kind, payload, signer), expected);
}

void TestLease::badInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<cbor::Value>("value"); // null: the field is left out
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *field, cbor::Value v, const char *code) {
        QTest::newRow(name) << k(field) << v << k(code);
    };
    const auto rule = [](std::initializer_list<std::pair<QString, cbor::Value>> e) { return cbor::Value::fromMap(e); };
    row("missing rent", "rent", cbor::Value::null(), "bad-payload");
    row("rent as text", "rent", text("3000.00"), "bad-payload");
    row("rent zero", "rent", num(0), "invalid-amount");
    row("rent negative", "rent", num(-1), "invalid-amount");
    row("rent 10^18 overflows", "rent", num(1'000'000'000'000'000'000), "amount-overflow");
    row("rent 2^64-1 overflows", "rent", cbor::Value::fromUnsigned(~quint64(0)), "amount-overflow");
    row("rent below -2^63", "rent", cbor::Value::fromNegative(~quint64(0)), "amount-overflow");
    row("deposit negative", "deposit", num(-1), "invalid-amount");
    row("deposit overflows", "deposit", num(1'000'000'000'000'000'000), "amount-overflow");
    row("wrong currency", "currency", text("USD"), "wrong-currency");
    row("lower-case currency", "currency", text("cny"), "wrong-currency");
    row("missing currency", "currency", cbor::Value::null(), "bad-payload");
    row("2027-02-30 does not exist", "start", text("2027-02-30"), "invalid-date");
    row("2027-02-29 does not exist", "start", text("2027-02-29"), "invalid-date");
    row("month 13", "start", text("2027-13-01"), "invalid-date");
    row("short date", "start", text("2027-2-1"), "invalid-date");
    row("date as number", "start", num(20270201), "bad-payload");
    row("end before start", "end", text("2027-01-31"), "end-before-start");
    row("end on start", "end", text("2027-02-01"), "end-before-start");
    row("billing day 0", "billing-day", num(0), "invalid-billing-day");
    row("billing day 32", "billing-day", num(32), "invalid-billing-day");
    row("grace 61", "grace-days", num(61), "invalid-grace-days");
    row("unit that does not exist", "unit", text("12-9999"), "unknown-unit");
    row("not a unit number", "unit", text("12/0301"), "invalid-unit-number");
    row("no residents", "residents", cbor::Value::fromArray({}), "no-residents");
    row("unknown resident", "residents", cbor::Value::fromArray({bytesValue(QByteArray(16, '\x0c'))}), "unknown-resident");
    row("resident of another unit", "residents", cbor::Value::fromArray({bytesValue(QByteArray(16, '\x0b'))}),
        "resident-not-linked");
    row("short resident id", "residents", cbor::Value::fromArray({bytesValue(QByteArray(15, '\x0a'))}), "invalid-resident-id");
    row("resident twice", "residents",
        cbor::Value::fromArray({bytesValue(QByteArray(16, '\x0a')), bytesValue(QByteArray(16, '\x0a'))}), "duplicate-resident");
    row("short lease id", "lease", bytesValue(QByteArray(15, '\x11')), "invalid-lease-id");
    row("zero lease id", "lease", bytesValue(QByteArray(16, '\0')), "invalid-lease-id");
    row("document not a hash", "document", bytesValue(QByteArray(31, '\x01')), "invalid-document");
    row("late fee 150 %", "late-fee", rule({{k("percent"), text("150")}, {k("cap"), num(1000)}}), "invalid-percent");
    row("late fee negative percent", "late-fee", rule({{k("percent"), text("-5")}, {k("cap"), num(1000)}}), "invalid-percent");
    row("late fee percent without cap", "late-fee", rule({{k("percent"), text("5")}}), "bad-payload");
    row("late fee zero cap", "late-fee", rule({{k("percent"), text("5")}, {k("cap"), num(0)}}), "invalid-amount");
    row("late fee both", "late-fee", rule({{k("percent"), text("5")}, {k("fixed"), num(100)}}), "bad-payload");
    row("late fee neither", "late-fee", rule({}), "bad-payload");
    row("escalation with cap", "escalation", rule({{k("percent"), text("5")}, {k("cap"), num(100)}}), "bad-payload");
    row("escalation overflows", "escalation", rule({{k("fixed"), num(1'000'000'000'000'000'000)}}), "amount-overflow");
    row("unknown field", "comment", text("nice flat"), "bad-payload");
}

void TestLease::badInput()
{
    QFETCH(QString, field);
    QFETCH(cbor::Value, value);
    QFETCH(QString, expected);

    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(QStringLiteral("resident.register"),
                       cbor::Value::fromMap({{k("resident"), bytesValue(w.residentB)}, {k("unit"), text("12-0302")}})),
             QString());
    QCOMPARE(books.run(kCreate, with(leasePayload(w), qPrintable(field), value)), expected);
    QVERIFY(!w.has("lease/11111111111111111111111111111111"));
    // Malformed and unauthorized at once: the payload is checked first.
    if (expected == QLatin1String("bad-payload")) {
        QCOMPARE(books.run(kCreate, with(leasePayload(w), qPrintable(field), value), Signer::Kiosk), expected);
    }
}

void TestLease::overlappingLeases()
{
    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(kCreate, leasePayload(w)), QString()); // 2027-02-01 .. 2028-01-31
    QCOMPARE(books.run(kCreate, leasePayload(w)), QStringLiteral("lease-exists"));
    // Any day in common is an overlap: the last day, the first day, a lease around it.
    QCOMPARE(books.run(kCreate, with(without(leasePayload(w, kLease2), "end"), "start", text("2028-01-31"))),
             QStringLiteral("lease-overlap"));
    QCOMPARE(books.run(kCreate, with(with(leasePayload(w, kLease2), "start", text("2026-12-01")), "end", text("2027-02-01"))),
             QStringLiteral("lease-overlap"));
    QCOMPARE(books.run(kCreate, with(with(leasePayload(w, kLease2), "start", text("2026-12-01")), "end", text("2029-01-01"))),
             QStringLiteral("lease-overlap"));
    // Before and after are fine.
    QCOMPARE(books.run(kCreate, with(with(leasePayload(w, kLease2), "start", text("2026-12-01")), "end", text("2027-01-31"))),
             QString());
    QCOMPARE(books.run(kCreate, with(without(leasePayload(w, QByteArray(16, '\x33')), "end"), "start", text("2028-02-01"))),
             QString());
    // After an open-ended lease nothing else fits.
    QCOMPARE(books.run(kCreate, with(with(leasePayload(w, QByteArray(16, '\x44')), "start", text("2040-01-01")), "end",
                                     text("2040-12-31"))),
             QStringLiteral("lease-overlap"));
    // Extending the first lease into the open-ended one is an overlap too.
    const cbor::Value amend = cbor::Value::fromMap({{k("lease"), bytesValue(kLease1)},
                                                    {k("effective"), text("2027-06-01")},
                                                    {k("currency"), text("CNY")},
                                                    {k("document"), bytesValue(kDocument)},
                                                    {k("end"), text("2028-02-15")}});
    QCOMPARE(books.run(kAmend, amend), QStringLiteral("lease-overlap"));
}

void TestLease::amendmentSupersedesAndKeepsHistory()
{
    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(kCreate, leasePayload(w)), QString());
    const cbor::Value v1 = w.value("lease/11111111111111111111111111111111/v/0001");
    const QByteArray document2 = crypto::toByteArray(crypto::sha256("amendment 1"));
    const cbor::Value amend = cbor::Value::fromMap({{k("lease"), bytesValue(kLease1)},
                                                    {k("effective"), text("2027-06-16")},
                                                    {k("currency"), text("CNY")},
                                                    {k("document"), bytesValue(document2)},
                                                    {k("rent"), num(320000)},
                                                    {k("grace-days"), num(10)},
                                                    {k("late-fee"), cbor::Value::fromMap({{k("percent"), text("2.5")}, {k("cap"), num(10000)}})}});
    QCOMPARE(books.run(kAmend, amend), QString());
    QCOMPARE(w.value("lease/11111111111111111111111111111111/v/0001"), v1); // history unchanged
    cbor::Value v2 = v1;
    v2 = with(v2, "version", num(2));
    v2 = with(v2, "effective", text("2027-06-16"));
    v2 = with(v2, "document", bytesValue(document2));
    v2 = with(v2, "rent", num(320000));
    v2 = with(v2, "grace-days", num(10));
    v2 = with(v2, "late-fee", cbor::Value::fromMap({{k("percent"), text("2.5%")}, {k("cap"), num(10000)}}));
    QCOMPARE(w.value("lease/11111111111111111111111111111111/v/0002"), v2);
    QCOMPARE(*w.value("lease/11111111111111111111111111111111").find(u"version"), num(2));

    // A later amendment must take effect after the current one, and before the end.
    QCOMPARE(books.run(kAmend, with(amend, "effective", text("2027-06-16"))), QStringLiteral("effective-too-early"));
    QCOMPARE(books.run(kAmend, with(amend, "effective", text("2027-03-01"))), QStringLiteral("effective-too-early"));
    QCOMPARE(books.run(kAmend, with(amend, "effective", text("2028-02-01"))), QStringLiteral("effective-after-end"));
    QCOMPARE(books.run(kAmend, with(amend, "end", text("2027-06-15"))), QStringLiteral("end-before-start"));
    QCOMPARE(books.run(kAmend, with(amend, "lease", bytesValue(kLease2))), QStringLiteral("unknown-lease"));
    QCOMPARE(books.run(kAmend, with(amend, "currency", text("JPY"))), QStringLiteral("wrong-currency"));
    QCOMPARE(books.run(kAmend, with(amend, "effective", text("2027-09-31"))), QStringLiteral("invalid-date"));
    QCOMPARE(books.run(kAmend, with(amend, "deposit", num(1))), QStringLiteral("bad-payload")); // the deposit stays

    // Billing June (30 days): days 1-15 under version 1, 16-30 under version 2:
    // 3,000.00 × 15/30 = 1,500.00 plus 3,200.00 × 15/30 = 1,600.00 → 3,100.00.
    w.timeMs = msAt(QDate(2027, 6, 1));
    QCOMPARE(books.run(kClose, period("2027-06")), QString());
    const auto rent = invoices(w, "invoice/12-0301/", "rent");
    QCOMPARE(rent.size(), std::size_t(1));
    QCOMPARE(rent[0].amount(), 310000);
    QCOMPARE(rent[0].due(), QStringLiteral("2027-06-01"));
    // An amendment cannot reach back into a closed period.
    QCOMPARE(books.run(kAmend, with(amend, "effective", text("2027-06-30"))), QStringLiteral("period-closed"));
    QCOMPARE(books.run(kAmend, with(amend, "effective", text("2027-07-01"))), QString());
    QVERIFY(w.has("lease/11111111111111111111111111111111/v/0003"));
}

void TestLease::renewal()
{
    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(kCreate, leasePayload(w)), QString());
    const QByteArray document2 = crypto::toByteArray(crypto::sha256("renewal"));
    const cbor::Value renew = cbor::Value::fromMap({{k("lease"), bytesValue(kLease1)},
                                                    {k("end"), text("2029-01-31")},
                                                    {k("currency"), text("CNY")},
                                                    {k("document"), bytesValue(document2)},
                                                    {k("rent"), num(310000)}});
    QCOMPARE(books.run(kRenew, with(renew, "end", text("2028-01-31"))), QStringLiteral("end-not-later"));
    // Another lease waiting for the unit from 2028-06-01 blocks a renewal over it.
    QCOMPARE(books.run(kCreate, with(with(without(leasePayload(w, kLease2), "deposit"), "start", text("2028-06-01")), "end",
                                     text("2028-12-31"))),
             QStringLiteral("bad-payload"));
    QCOMPARE(books.run(kCreate, with(with(leasePayload(w, kLease2), "start", text("2028-06-01")), "end", text("2028-12-31"))),
             QString());
    QCOMPARE(books.run(kRenew, renew), QStringLiteral("lease-overlap"));
    QCOMPARE(books.run(kRenew, with(renew, "end", text("2028-05-31"))), QString());
    // The renewal is version 2, effective the day after the old end.
    const cbor::Value v2 = w.value("lease/11111111111111111111111111111111/v/0002");
    QCOMPARE(*v2.find(u"effective"), text("2028-02-01"));
    QCOMPARE(*v2.find(u"end"), text("2028-05-31"));
    QCOMPARE(*v2.find(u"rent"), num(310000));
    QCOMPARE(*v2.find(u"document"), bytesValue(document2));
    QCOMPARE(*w.value("lease/11111111111111111111111111111111").find(u"end"), text("2028-05-31"));
    QVERIFY(w.has("lease/11111111111111111111111111111111/v/0001"));

    // An open-ended lease has nothing to renew.
    QCOMPARE(books.run(kCreate, with(with(without(leasePayload(w, QByteArray(16, '\x33')), "end"), "unit", text("12-0302")),
                                     "residents", cbor::Value::fromArray({}))),
             QStringLiteral("no-residents"));
    QCOMPARE(books.run(QStringLiteral("resident.link"),
                       cbor::Value::fromMap({{k("resident"), bytesValue(w.residentA)}, {k("unit"), text("12-0302")}})),
             QString());
    QCOMPARE(books.run(kCreate, with(without(leasePayload(w, QByteArray(16, '\x33')), "end"), "unit", text("12-0302"))), QString());
    QCOMPARE(books.run(kRenew, with(renew, "lease", bytesValue(QByteArray(16, '\x33')))), QStringLiteral("no-end-date"));
}

void TestLease::terminationSettlesTheDeposit()
{
    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(kCreate, leasePayload(w)), QString());
    const auto deduction = [](const char *reason, qint64 amount) {
        return cbor::Value::fromMap({{k("reason"), text(reason)}, {k("amount"), num(amount)}});
    };
    const cbor::Value terminate = cbor::Value::fromMap(
        {{k("lease"), bytesValue(kLease1)},
         {k("date"), text("2027-08-31")},
         {k("currency"), text("CNY")},
         {k("deductions"), cbor::Value::fromArray({deduction("cleaning", 50000), deduction("broken window", 120050)})}});
    QCOMPARE(books.run(kTerminate, terminate), QString());
    // Deposit 6,000.00; deductions 500.00 + 1,200.50 = 1,700.50; refund 6,000.00 − 1,700.50 = 4,299.50.
    QCOMPARE(books.balance("Liabilities:Deposits:12-0301"), 0); // -600000 at creation + 600000 now
    QCOMPARE(books.balance("Income:DepositDeductions"), -170050);
    QCOMPARE(books.balance("Liabilities:Payable:Refunds:12-0301"), -429950);
    QCOMPARE(books.total(), 0);
    QCOMPARE(w.value("lease/11111111111111111111111111111111"),
             cbor::Value::fromMap({{k("unit"), text("12-0301")},
                                   {k("start"), text("2027-02-01")},
                                   {k("end"), text("2027-08-31")},
                                   {k("version"), num(1)},
                                   {k("status"), text("terminated")},
                                   {k("settlement"), cbor::Value::fromMap({{k("date"), text("2027-08-31")},
                                                                          {k("deposit"), num(600000)},
                                                                          {k("deductions"), cbor::Value::fromArray({deduction("cleaning", 50000),
                                                                                                                    deduction("broken window", 120050)})},
                                                                          {k("refund"), num(429950)}})}}));
    // The agreed terms stay as they were.
    QCOMPARE(*w.value("lease/11111111111111111111111111111111/v/0001").find(u"end"), text("2028-01-31"));
    // Nothing more happens to a terminated lease; its unit is free again from the next day.
    QCOMPARE(books.run(kTerminate, terminate), QStringLiteral("lease-terminated"));
    QCOMPARE(books.run(kAmend, cbor::Value::fromMap({{k("lease"), bytesValue(kLease1)},
                                                    {k("effective"), text("2027-08-01")},
                                                    {k("currency"), text("CNY")},
                                                    {k("document"), bytesValue(kDocument)}})),
             QStringLiteral("lease-terminated"));
    QCOMPARE(books.run(kCreate, with(with(leasePayload(w, kLease2), "start", text("2027-08-31")), "end", text("2028-08-31"))),
             QStringLiteral("lease-overlap"));
    QCOMPARE(books.run(kCreate, with(with(leasePayload(w, kLease2), "start", text("2027-09-01")), "end", text("2028-08-31"))),
             QString());
}

void TestLease::terminationRules()
{
    World w;
    w.populate();
    Books books{w};
    QCOMPARE(books.run(kCreate, leasePayload(w)), QString());
    const auto terminate = [](const char *date, cbor::Array deductions) {
        return cbor::Value::fromMap({{k("lease"), bytesValue(kLease1)},
                                     {k("date"), text(date)},
                                     {k("currency"), text("CNY")},
                                     {k("deductions"), cbor::Value::fromArray(std::move(deductions))}});
    };
    const auto deduction = [](const char *reason, cbor::Value amount) {
        return cbor::Value::fromMap({{k("reason"), text(reason)}, {k("amount"), std::move(amount)}});
    };
    // 6,000.00 + 0.01 is more than the deposit.
    QCOMPARE(books.run(kTerminate, terminate("2027-08-31", {deduction("repaint", num(600001))})),
             QStringLiteral("deductions-exceed-deposit"));
    QCOMPARE(books.run(kTerminate, terminate("2027-08-31", {deduction("a", num(300000)), deduction("b", num(300001))})),
             QStringLiteral("deductions-exceed-deposit"));
    QCOMPARE(books.run(kTerminate, terminate("2027-08-31", {deduction("", num(100))})), QStringLiteral("invalid-reason"));
    QCOMPARE(books.run(kTerminate, terminate("2027-08-31", {deduction("x", num(0))})), QStringLiteral("invalid-amount"));
    QCOMPARE(books.run(kTerminate, terminate("2027-08-31", {deduction("x", text("10.00"))})), QStringLiteral("bad-payload"));
    QCOMPARE(books.run(kTerminate, terminate("2027-08-31", {deduction("x", num(999'999'999'999'999'999)),
                                                            deduction("y", num(999'999'999'999'999'999))})),
             QStringLiteral("amount-overflow"));
    QCOMPARE(books.run(kTerminate, terminate("2027-01-31", {})), QStringLiteral("date-before-start"));
    QCOMPARE(books.run(kTerminate, terminate("2028-02-01", {})), QStringLiteral("date-after-end"));
    QCOMPARE(books.run(kTerminate, terminate("2027-02-30", {})), QStringLiteral("invalid-date"));
    QCOMPARE(books.run(kTerminate, with(terminate("2027-08-31", {}), "currency", text("EUR"))), QStringLiteral("wrong-currency"));
    QCOMPARE(books.run(kTerminate, with(terminate("2027-08-31", {}), "lease", bytesValue(kLease2))), QStringLiteral("unknown-lease"));
    // The days after the termination must not be billed yet: February is closed.
    w.timeMs = msAt(QDate(2027, 2, 1));
    QCOMPARE(books.run(kClose, period("2027-02")), QString());
    QCOMPARE(books.run(kTerminate, terminate("2027-02-14", {})), QStringLiteral("period-closed"));
    // The whole deposit comes back when nothing is deducted: all 6,000.00 to the refund.
    QCOMPARE(books.run(kTerminate, terminate("2027-02-28", {})), QString());
    QCOMPARE(books.balance("Liabilities:Deposits:12-0301"), 0);
    QCOMPARE(books.balance("Liabilities:Payable:Refunds:12-0301"), -600000);
    QCOMPARE(books.total(), 0);
}

void TestLease::dates_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("valid");
    QTest::newRow("2028-02-29 leap") << QStringLiteral("2028-02-29") << true;
    QTest::newRow("2027-02-29") << QStringLiteral("2027-02-29") << false;
    QTest::newRow("2027-02-30") << QStringLiteral("2027-02-30") << false;
    QTest::newRow("2027-04-31") << QStringLiteral("2027-04-31") << false;
    QTest::newRow("2027-12-31") << QStringLiteral("2027-12-31") << true;
    QTest::newRow("2027-00-10") << QStringLiteral("2027-00-10") << false;
    QTest::newRow("0000-01-01") << QStringLiteral("0000-01-01") << false;
    QTest::newRow("2027-1-01") << QStringLiteral("2027-1-01") << false;
    QTest::newRow("2027-01-01T00") << QStringLiteral("2027-01-01T00") << false;
    QTest::newRow("+027-01-01") << QStringLiteral("+027-01-01") << false;
    QTest::newRow("2027/01/01") << QStringLiteral("2027/01/01") << false;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0662\u0660\u0662\u0667-01-01") << false;
}

void TestLease::dates()
{
    QFETCH(QString, date);
    QFETCH(bool, valid);
    QCOMPARE(parseDate(date).has_value(), valid);
    if (valid) {
        QCOMPARE(dateText(*parseDate(date)), date);
    }
    // The billing day falls back to the month's last day.
    QCOMPARE(dayInMonth(QDate(2027, 2, 1), 31), QDate(2027, 2, 28));
    QCOMPARE(dayInMonth(QDate(2028, 2, 1), 30), QDate(2028, 2, 29));
    QCOMPARE(dayInMonth(QDate(2027, 4, 1), 31), QDate(2027, 4, 30));
    QCOMPARE(dayInMonth(QDate(2027, 4, 1), 29), QDate(2027, 4, 29));
}

QTEST_GUILESS_MAIN(TestLease)
#include "tst_lease.moc"
