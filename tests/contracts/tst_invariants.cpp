// The checks every contract test runs (fixture.h): after each accepted transaction the state keeps
// its invariants (contracts/invariants.h), and at the end replaying the journal into a fresh state
// at the same block times gives the same state root. They hold for a real history with money, and
// they catch what they are for: an impossible invoice, a credit of zero or less, effects that are
// not the contract's, a write nobody journaled and a step the contracts refuse on replay.
#include "contracts/billing.h"
#include "contracts/invariants.h"
#include "contracts/payments.h"
#include "tests/contracts/fixture.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

using namespace courtyard;
using namespace courtyard::contracts;
using namespace courtyard::contracts::testing;

namespace {

QString k(const char *s)
{
    return QString::fromLatin1(s);
}

cbor::Value num(qint64 v)
{
    return cbor::Value::fromInt(v);
}

quint64 msAt(QDate date)
{
    return quint64(QDateTime(date, QTime(12, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
}

const QByteArray kInvoiceKey("invoice/12-0301/2027-01-10/0123456789abcdef0123456789abcdef");

// An invoice of 12-0301 with the given amount and paid (null: the field is left out).
cbor::Value invoiceValue(const cbor::Value &amount, const cbor::Value &paid)
{
    cbor::Map m{{cbor::Value::fromText(k("id")), bytesValue(QByteArray::fromHex("0123456789abcdef0123456789abcdef"))},
                {cbor::Value::fromText(k("unit")), text("12-0301")},
                {cbor::Value::fromText(k("kind")), text("fee")},
                {cbor::Value::fromText(k("period")), text("2027-01")},
                {cbor::Value::fromText(k("issued")), text("2027-01-01")},
                {cbor::Value::fromText(k("due")), text("2027-01-10")}};
    if (!amount.isNull()) {
        m.emplace_back(cbor::Value::fromText(k("amount")), amount);
    }
    if (!paid.isNull()) {
        m.emplace_back(cbor::Value::fromText(k("paid")), paid);
    }
    return cbor::Value::fromMap(std::move(m));
}

cbor::Value paymentPayload(const char *unit, qint64 amount)
{
    return cbor::Value::fromMap({{k("unit"), text(unit)}, {k("amount"), num(amount)}, {k("reference"), text("B-1")}});
}

} // namespace

Q_DECLARE_METATYPE(courtyard::cbor::Value)

class TestInvariants : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aRealHistoryKeepsThem();
    void impossibleInvoices_data();
    void impossibleInvoices();
    void openInvoiceIndex_data();
    void openInvoiceIndex();
    void reversedPaymentIndex_data();
    void reversedPaymentIndex();
    void prepaidCredit_data();
    void prepaidCredit();
    void depositSettlement_data();
    void depositSettlement();
    void commitCatchesEffectsThatBreakThem();
    void replayCatchesAWriteNobodyJournaled();
    void replayCatchesAStepTheContractsRefuse();
    void replayUsesEachStepsBlockTime();
    void theWorldChecksTheReplayWhenItGoes();
};

void TestInvariants::aRealHistoryKeepsThem()
{
    World w;
    w.populate();
    Books books{w};
    // A fixed fee of 100.00 due on the 10th; January closed on the 15th; 250.00 paid by bank:
    // 100.00 to the fee, 150.00 of credit; February's close uses 100.00 of it: 50.00 left.
    QCOMPARE(books.code(w.make(k("billing.set-fee-rule"),
                               cbor::Value::fromMap({{k("basis"), text("fixed")}, {k("amount"), num(10000)},
                                                     {k("due-day"), num(10)}, {k("currency"), text("CNY")}}),
                               Signer::Quorum)),
             QString());
    QCOMPARE(books.run(k("billing.close-period"), cbor::Value::fromMap({{k("period"), text("2027-01")}})), QString());
    QCOMPARE(books.run(k("payment.bank"), paymentPayload("12-0301", 25000)), QString());
    w.timeMs = msAt(QDate(2027, 2, 1));
    QCOMPARE(books.run(k("billing.close-period"), cbor::Value::fromMap({{k("period"), text("2027-02")}})), QString());
    QCOMPARE(*w.value(prepaidKey(k("12-0301"))).find(u"amount")->toInt64(), qint64(5000));
    QCOMPARE(books.total(), qint64(0));
    QCOMPARE(w.invariantProblems(), QStringList());
    QCOMPARE(w.takeReplayProblems(), QStringList());
}

void TestInvariants::impossibleInvoices_data()
{
    QTest::addColumn<cbor::Value>("amount");
    QTest::addColumn<cbor::Value>("paid");
    QTest::addColumn<bool>("broken");
    QTest::newRow("open") << num(300000) << num(0) << false;
    QTest::newRow("partly paid") << num(300000) << num(120000) << false;
    QTest::newRow("paid in full") << num(300000) << num(300000) << false;
    QTest::newRow("paid more than its amount") << num(300000) << num(300001) << true;
    QTest::newRow("negative amount") << num(-5) << num(0) << true;
    QTest::newRow("zero amount") << num(0) << num(0) << true;
    QTest::newRow("negative paid") << num(300000) << num(-1) << true;
    QTest::newRow("no paid") << num(300000) << cbor::Value::null() << true;
    QTest::newRow("amount not an integer") << text("3000.00") << num(0) << true;
}

void TestInvariants::impossibleInvoices()
{
    QFETCH(cbor::Value, amount);
    QFETCH(cbor::Value, paid);
    QFETCH(bool, broken);
    World w;
    w.populate();
    state::StateDelta delta;
    // As if a contract had written it: with its open-invoice index entry when it is a possible,
    // open invoice (so that only the impossible amounts are reported).
    const auto a = amount.toInt64();
    const auto p = paid.toInt64();
    putInvoice(delta, kInvoiceKey, invoiceValue(amount, paid), a && p && *a > 0 && *p >= 0 && *p < *a);
    w.put(delta);
    const QStringList problems = w.invariantProblems();
    if (broken) {
        QCOMPARE(problems, QStringList{QStringLiteral("invoice %1 has impossible amounts").arg(QString::fromLatin1(kInvoiceKey))});
        // The replay writes the same record, so its root agrees, but its state is as broken.
        QCOMPARE(w.takeReplayProblems(), QStringList{QStringLiteral("the replayed state breaks an invariant")});
    } else {
        QCOMPARE(problems, QStringList());
    }
}

void TestInvariants::openInvoiceIndex_data()
{
    // What is stored: the invoice's amount and paid (0, 0: no invoice at all) and whether the
    // index lists it; and the problem reported, empty when none.
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<QString>("problem");
    const QString open = QStringLiteral("billing/open/12-0301/2027-01-10/0123456789abcdef0123456789abcdef");
    const QString notListed = QStringLiteral("invoice %1 is open but not listed in billing/open/").arg(QString::fromLatin1(kInvoiceKey));
    const QString notOpen = QStringLiteral("%1 lists an invoice that is not open").arg(open);
    QTest::newRow("open and listed") << qint64(300000) << qint64(0) << true << QString();
    QTest::newRow("partly paid and listed") << qint64(300000) << qint64(299999) << true << QString();
    QTest::newRow("paid and not listed") << qint64(300000) << qint64(300000) << false << QString();
    QTest::newRow("open, not listed") << qint64(300000) << qint64(100) << false << notListed;
    QTest::newRow("paid, still listed") << qint64(300000) << qint64(300000) << true << notOpen;
    QTest::newRow("listed, no such invoice") << qint64(0) << qint64(0) << true << notOpen;
}

void TestInvariants::openInvoiceIndex()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, paid);
    QFETCH(bool, listed);
    QFETCH(QString, problem);
    World w;
    w.populate();
    state::StateDelta delta;
    if (amount > 0) {
        delta.put(kInvoiceKey, invoiceValue(num(amount), num(paid)));
    }
    if (listed) {
        delta.put(openInvoiceKey(kInvoiceKey), cbor::Value::fromMap(cbor::Map{}));
    }
    w.put(delta);
    const QStringList problems = w.invariantProblems();
    QCOMPARE(problems, problem.isEmpty() ? QStringList() : QStringList{problem});
    if (!problem.isEmpty()) {
        QCOMPARE(w.takeReplayProblems(), QStringList{QStringLiteral("the replayed state breaks an invariant")});
    }
}

void TestInvariants::reversedPaymentIndex_data()
{
    // A payment record of 12-0301 (reversed or not), whether the index lists it, and at what
    // time; the problem reported, empty when none.
    QTest::addColumn<bool>("reversed");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<qint64>("listedAt");
    QTest::addColumn<QString>("problem");
    const QString key = QStringLiteral("payment-reversed/12-0301/") + QString(64, QLatin1Char('a'));
    QTest::newRow("reversed and listed") << true << true << qint64(1000) << QString();
    QTest::newRow("not reversed, not listed") << false << false << qint64(0) << QString();
    QTest::newRow("reversed, not listed") << true << false << qint64(0) << QStringLiteral("a reversed payment is not listed as %1").arg(key);
    QTest::newRow("listed, not reversed") << false << true << qint64(1000)
                                          << QStringLiteral("%1 does not name a reversed payment of that unit and time").arg(key);
    QTest::newRow("listed at another time") << true << true << qint64(999)
                                            << QStringLiteral("%1 does not name a reversed payment of that unit and time").arg(key);
}

void TestInvariants::reversedPaymentIndex()
{
    QFETCH(bool, reversed);
    QFETCH(bool, listed);
    QFETCH(qint64, listedAt);
    QFETCH(QString, problem);
    World w;
    w.populate();
    const QByteArray id(32, '\xaa');
    state::StateDelta delta;
    delta.put(QByteArray("payment/") + id.toHex(), cbor::Value::fromMap({{k("unit"), text("12-0301")},
                                                                       {k("method"), text("payment.cash")},
                                                                       {k("amount"), num(100)},
                                                                       {k("allocations"), cbor::Value::fromArray({})},
                                                                       {k("prepaid"), num(100)},
                                                                       {k("at"), num(1000)},
                                                                       {k("reversed"), cbor::Value::fromBool(reversed)}}));
    if (listed) {
        delta.put(reversedPaymentKey(k("12-0301"), id), cbor::Value::fromMap({{k("at"), num(listedAt)}}));
    }
    w.put(delta);
    QCOMPARE(w.invariantProblems(), problem.isEmpty() ? QStringList() : QStringList{problem});
    if (!problem.isEmpty()) {
        QCOMPARE(w.takeReplayProblems(), QStringList{QStringLiteral("the replayed state breaks an invariant")});
    }
}

void TestInvariants::prepaidCredit_data()
{
    QTest::addColumn<cbor::Value>("amount");
    QTest::addColumn<bool>("broken");
    QTest::newRow("credit") << num(1) << false;
    QTest::newRow("zero (a used-up credit is removed)") << num(0) << true;
    QTest::newRow("negative") << num(-100) << true;
    QTest::newRow("not an integer") << text("1.00") << true;
}

void TestInvariants::prepaidCredit()
{
    QFETCH(cbor::Value, amount);
    QFETCH(bool, broken);
    state::MemoryState s;
    state::StateDelta delta;
    delta.put(prepaidKey(k("12-0301")), cbor::Value::fromMap({{k("amount"), amount}}));
    s.apply(delta);
    const auto problems = checkStateInvariants(s);
    QVERIFY(problems.has_value());
    QCOMPARE(*problems, broken ? QStringList{QStringLiteral("prepaid credit prepaid/12-0301 is not positive")} : QStringList());
}

void TestInvariants::depositSettlement_data()
{
    QTest::addColumn<cbor::Value>("refunded"); // null: the field is left out
    QTest::addColumn<QString>("problem");      // empty: none
    QTest::newRow("nothing paid out yet") << cbor::Value::null() << QString();
    QTest::newRow("part paid out") << num(100000) << QString();
    QTest::newRow("all paid out") << num(429950) << QString();
    QTest::newRow("0.01 more than the refund") << num(429951) << k("refunded 429951 of a refund of 429950");
    QTest::newRow("zero (left out at 0)") << num(0) << k("a refunded amount of zero or less is stored");
    QTest::newRow("negative") << num(-1) << k("a refunded amount of zero or less is stored");
    QTest::newRow("not an integer") << text("4299.50") << k("settlement: field 'refunded' must be an integer");
}

void TestInvariants::depositSettlement()
{
    QFETCH(cbor::Value, refunded);
    QFETCH(QString, problem);
    // A terminated lease's head as lease.terminate writes it (refund 6,000.00 − 1,700.50 =
    // 4,299.50), with what payment.deposit-refund has paid out of it.
    cbor::Map settlement{{cbor::Value::fromText(k("date")), text("2027-08-31")},
                         {cbor::Value::fromText(k("deposit")), num(600000)},
                         {cbor::Value::fromText(k("deductions")),
                          cbor::Value::fromArray({cbor::Value::fromMap({{k("reason"), text("cleaning")}, {k("amount"), num(170050)}})})},
                         {cbor::Value::fromText(k("refund")), num(429950)}};
    if (!refunded.isNull()) {
        settlement.emplace_back(cbor::Value::fromText(k("refunded")), refunded);
    }
    const QByteArray key("lease/11111111111111111111111111111111");
    state::MemoryState s;
    state::StateDelta delta;
    delta.put(key, cbor::Value::fromMap({{k("unit"), text("12-0301")},
                                         {k("start"), text("2027-02-01")},
                                         {k("end"), text("2027-08-31")},
                                         {k("version"), num(1)},
                                         {k("status"), text("terminated")},
                                         {k("settlement"), cbor::Value::fromMap(std::move(settlement))}}));
    s.apply(delta);
    const auto problems = checkStateInvariants(s);
    QVERIFY(problems.has_value());
    if (problem.isEmpty()) {
        QCOMPARE(*problems, QStringList());
    } else {
        QCOMPARE(problems->size(), qsizetype(1));
        QVERIFY2(problems->at(0).startsWith(QString::fromLatin1(key) + k(" has an impossible deposit settlement (")) &&
                     problems->at(0).contains(problem),
                 qPrintable(problems->at(0)));
    }
}

void TestInvariants::commitCatchesEffectsThatBreakThem()
{
    World w;
    w.populate();
    // A contract that wrote, besides a unit, an invoice paid beyond its amount: World::commit
    // (which every test's accepted transaction goes through) reports it.
    const ledger::Transaction tx = w.make(k("unit.register"), cbor::Value::fromMap({{k("number"), text("12-0303")},
                                                                                  {k("area"), num(9000)},
                                                                                  {k("share"), num(90)}}),
                                          w.manager);
    auto effects = w.engine.apply(w.state, tx, w.timeMs);
    CY_VERIFY_ACCEPTED(effects);
    effects->delta.put(kInvoiceKey, invoiceValue(num(100), num(200)));
    QEXPECT_FAIL("", "the effects leave an invoice paid beyond its amount", Continue);
    w.commit(tx, *effects);
    QCOMPARE(w.invariantProblems().size(), qsizetype(1));
    // The real contract does not write that invoice: the replay's root differs.
    const QStringList problems = w.takeReplayProblems();
    QCOMPARE(problems.size(), qsizetype(1));
    QVERIFY2(problems[0].contains(k("gives state root")), qPrintable(problems[0]));
}

void TestInvariants::replayCatchesAWriteNobodyJournaled()
{
    World w;
    w.populate();
    QCOMPARE(w.replayProblems(), QStringList());
    // Someone edits the state behind the contracts' back: 12-0301 becomes larger.
    state::StateDelta edit;
    edit.put("unit/12-0301", cbor::Value::fromMap({{k("area"), num(99999)}, {k("share"), num(100)}}));
    w.state.apply(edit);
    QCOMPARE(w.invariantProblems(), QStringList()); // nothing impossible, just not what happened
    const QStringList problems = w.takeReplayProblems();
    QCOMPARE(problems.size(), qsizetype(1));
    QVERIFY2(problems[0].startsWith(k("the replay of ")), qPrintable(problems[0]));
}

void TestInvariants::replayCatchesAStepTheContractsRefuse()
{
    World w;
    w.bootstrap();
    // Effects committed for a grant the manager signed alone, which the contract refuses.
    const ledger::Transaction grant = w.make(k("governance.grant"),
                                             cbor::Value::fromMap({{k("key"), keyValue(w.stranger)}, {k("role"), text("kiosk")}}),
                                             w.manager);
    QCOMPARE(w.engine.apply(w.state, grant, w.timeMs).error().code, k("quorum-not-reached"));
    w.commit(grant, Effects{});
    const QStringList problems = w.takeReplayProblems();
    QCOMPARE(problems.size(), qsizetype(1));
    QVERIFY2(problems[0].contains(k("governance.grant")) && problems[0].contains(k("quorum-not-reached")), qPrintable(problems[0]));
}

void TestInvariants::replayUsesEachStepsBlockTime()
{
    // A close depends on the block time (the close's date is written into the state): replaying
    // each step at its own time gives the same root, although the world's clock moved on since.
    World w;
    w.populate();
    Books books{w};
    w.timeMs = msAt(QDate(2027, 1, 20));
    QCOMPARE(books.run(k("billing.close-period"), cbor::Value::fromMap({{k("period"), text("2027-01")}})), QString());
    w.timeMs = msAt(QDate(2027, 2, 3));
    QCOMPARE(books.run(k("billing.close-period"), cbor::Value::fromMap({{k("period"), text("2027-02")}})), QString());
    QCOMPARE(w.value("billing/period/2027-01").find(u"closed")->asText(), k("2027-01-20"));
    w.timeMs = msAt(QDate(2030, 1, 1));
    QCOMPARE(w.takeReplayProblems(), QStringList());
}

void TestInvariants::theWorldChecksTheReplayWhenItGoes()
{
    // Without an explicit check, World's destructor runs it at the end of the test function: an
    // edit behind the contracts' back fails the test then.
    QEXPECT_FAIL("", "the destructor finds the unjournaled edit", Continue);
    World w;
    w.populate();
    state::StateDelta edit;
    edit.remove("unit/12-0302");
    w.state.apply(edit);
}

QTEST_GUILESS_MAIN(TestInvariants)
#include "tst_invariants.moc"
