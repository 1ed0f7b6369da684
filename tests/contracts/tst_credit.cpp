// The credit score: hand-computed scores for the typical histories (docs/credit-score.md has the
// same worked examples), the "settled" time payments record, disputes and their resolution,
// recomputation at the period close, reason ordering, determinism, the authorization matrix of
// the dispute kinds and bad input.
//
// Resident A lives in 12-0301 since 2027-01-15 (the fixture). Unless a test says otherwise,
// "today" is 2029-01-20, so the 24-month window holds due dates after 2027-01-20: the 24 monthly
// invoices due on the 5th from 2027-02-05 to 2029-01-05, each 3,000.00 (300000), kind "fee" (no
// lease: 0 grace days). Tenure 2027-01-15 → 2029-01-20 = 24 full months → 24 points.
#include "contracts/credit.h"
#include "contracts/billing.h"
#include "contracts/payments.h"
#include "tests/contracts/fixture.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

using namespace courtyard;
using namespace courtyard::contracts;
using namespace courtyard::contracts::testing;

Q_DECLARE_METATYPE(courtyard::cbor::Value)

namespace {

const QDate kToday(2029, 1, 20);

// Noon, local time of the community (Asia/Shanghai), on `date`.
quint64 msAt(QDate date)
{
    return quint64(QDateTime(date, QTime(12, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
}

QByteArray idFor(const QString &unit, QDate due)
{
    return invoiceId(QStringLiteral("fee"), due.toString(u"yyyy-MM"), unit, {});
}

QByteArray invoiceKeyFor(const QString &unit, QDate due)
{
    return QByteArrayLiteral("invoice/") + unit.toUtf8() + '/' + due.toString(u"yyyy-MM-dd").toLatin1() + '/' +
           idFor(unit, due).toHex();
}

// An invoice as billing writes it, paid `paid` of 3,000.00; settled (block time) when paid in full.
// It is stored with putInvoice, which adds its open-invoice index entry while paid < 3,000.00.
cbor::Value invoice(const QString &unit, QDate due, qint64 paid, std::optional<QDate> settled)
{
    cbor::Map m{{cbor::Value::fromText(QStringLiteral("id")), bytesValue(idFor(unit, due))},
                {cbor::Value::fromText(QStringLiteral("unit")), cbor::Value::fromText(unit)},
                {cbor::Value::fromText(QStringLiteral("kind")), text("fee")},
                {cbor::Value::fromText(QStringLiteral("period")), cbor::Value::fromText(due.toString(u"yyyy-MM"))},
                {cbor::Value::fromText(QStringLiteral("issued")), cbor::Value::fromText(due.addDays(-4).toString(u"yyyy-MM-dd"))},
                {cbor::Value::fromText(QStringLiteral("due")), cbor::Value::fromText(due.toString(u"yyyy-MM-dd"))},
                {cbor::Value::fromText(QStringLiteral("amount")), cbor::Value::fromInt(300000)},
                {cbor::Value::fromText(QStringLiteral("paid")), cbor::Value::fromInt(paid)}};
    if (settled) {
        m.emplace_back(cbor::Value::fromText(QStringLiteral("settled")), cbor::Value::fromUnsigned(msAt(*settled)));
    }
    return cbor::Value::fromMap(std::move(m));
}

// One invoice's history: due date, what was paid, when it was settled.
struct Entry {
    QDate due;
    qint64 paid = 300000;
    std::optional<QDate> settled;
};

// 24 invoices of `unit` due on the 5th, 2027-02 .. 2029-01, paid in full on their due date,
// except those in `changes`.
void putHistory(World &w, const QString &unit, const std::vector<Entry> &changes)
{
    state::StateDelta delta;
    for (int i = 0; i < 24; ++i) {
        const QDate due = QDate(2027, 2, 5).addMonths(i);
        Entry e{due, 300000, due};
        for (const Entry &c : changes) {
            if (c.due == due) {
                e = c;
            }
        }
        putInvoice(delta, invoiceKeyFor(unit, due), invoice(unit, due, e.paid, e.settled), e.paid < 300000);
    }
    w.put(delta);
}

void putReversedPayment(World &w, const char *hexTail, QDate at)
{
    state::StateDelta delta;
    delta.put(QByteArrayLiteral("payment/") + QByteArray(64 - 2, '0') + hexTail,
              cbor::Value::fromMap({{QStringLiteral("unit"), text("12-0301")},
                                    {QStringLiteral("method"), text("payment.cash")},
                                    {QStringLiteral("amount"), cbor::Value::fromInt(100)},
                                    {QStringLiteral("allocations"), cbor::Value::fromArray({})},
                                    {QStringLiteral("prepaid"), cbor::Value::fromInt(100)},
                                    {QStringLiteral("at"), cbor::Value::fromUnsigned(msAt(at))},
                                    {QStringLiteral("reversed"), cbor::Value::fromBool(true)}}));
    // As payment.reverse writes it: the unit's index of reversed payments.
    delta.put(reversedPaymentKey(QStringLiteral("12-0301"), QByteArray::fromHex(QByteArray(64 - 2, '0') + hexTail)),
              cbor::Value::fromMap({{QStringLiteral("at"), cbor::Value::fromUnsigned(msAt(at))}}));
    w.put(delta);
}

CreditScore scoreOf(const World &w, const QByteArray &resident, QDate today = kToday)
{
    auto s = computeCreditScore(w.state, resident, today, w.genesis);
    if (!s) {
        qWarning("%s", qPrintable(s.error().code + QStringLiteral(": ") + s.error().message));
    }
    CY_ASSERT(s.has_value());
    return *s;
}

cbor::Value map(std::initializer_list<std::pair<QString, cbor::Value>> entries)
{
    return cbor::Value::fromMap(entries);
}

cbor::Value disputePayload(const QByteArray &resident, const QByteArray &invoiceKey, const char *reason = "I paid in cash on time")
{
    return map({{QStringLiteral("resident"), bytesValue(resident)},
                {QStringLiteral("invoice"), cbor::Value::fromText(QString::fromUtf8(invoiceKey))},
                {QStringLiteral("reason"), text(reason)}});
}

cbor::Value resolvePayload(const QByteArray &invoiceKey, const char *outcome, const char *note = "checked the receipts")
{
    return map({{QStringLiteral("invoice"), cbor::Value::fromText(QString::fromUtf8(invoiceKey))},
                {QStringLiteral("outcome"), text(outcome)},
                {QStringLiteral("note"), text(note)}});
}

QStringList reasonsOf(const cbor::Value &score)
{
    QStringList out;
    for (const cbor::Value &v : score.find(u"reasons")->asArray()) {
        out.push_back(v.asText());
    }
    return out;
}

qint64 intOf(const cbor::Value &v, const char16_t *field)
{
    return *v.find(field)->toInt64();
}

} // namespace

class TestCredit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void alwaysOnTime();
    void recentLatePayment();
    void arrearsOfOneAndAHalfMonths();
    void arrearsOlderThanTheWindow();
    void onlyOldDues();
    void newResident();
    void reversalThroughPayments();
    void topFourReasons();
    void disputeThroughTheClose();
    void correctedDisputeStaysExcluded();
    void determinism();
    void reasonTexts();
    void authorization_data();
    void authorization();
    void badInput_data();
    void badInput();

private:
    // Runs tx through the engine at the world's time; applies it when accepted (checking that
    // its postings balance); checks that a rejection leaves the state root unchanged. Returns
    // the rejection code, empty when accepted.
    QString submit(const ledger::Transaction &tx);
    QString submit(World &w, const ledger::Transaction &tx);

    std::unique_ptr<World> m_world;
};

void TestCredit::init()
{
    m_world = std::make_unique<World>();
    m_world->populate();
}

// Replaying what the test applied must give the same state root (fixture.h); a member World
// outlives the test function, so it is checked here.
void TestCredit::cleanup()
{
    if (m_world && !QTest::currentTestFailed()) {
        m_world->checkReplay();
    }
    m_world.reset();
}

QString TestCredit::submit(const ledger::Transaction &tx)
{
    return submit(*m_world, tx);
}

QString TestCredit::submit(World &w, const ledger::Transaction &tx)
{
    const merkle::Hash before = *state::stateRoot(w.state);
    auto outcome = w.engine.apply(w.state, tx, w.timeMs);
    if (!outcome) {
        if (*state::stateRoot(w.state) != before) {
            QTest::qFail("a rejection changed the state", __FILE__, __LINE__);
        }
        return outcome.error().code;
    }
    if (!checkBalanced(outcome->postings)) {
        QTest::qFail("the postings do not balance", __FILE__, __LINE__);
    }
    w.commit(tx, *outcome);
    return QString();
}

void TestCredit::alwaysOnTime()
{
    World &w = *m_world;
    putHistory(w, QStringLiteral("12-0301"), {});
    const CreditScore s = scoreOf(w, w.residentA);
    // judged 24, on time 24, 24 distinct months:
    // rate = 24 × 10000 / 24 = 10000 bp, depth = min(24, 24) × 10000 / 24 = 10000 bp
    // on-time points = 250 × 10000 × 10000 / 10^8 = 250; tenure 24 → 24 points
    // score = 550 + 250 + 24 = 824
    QCOMPARE(s.judged, quint64(24));
    QCOMPARE(s.onTime, quint64(24));
    QCOMPARE(s.rateBp, qint64(10000));
    QCOMPARE(s.depthBp, qint64(10000));
    QCOMPARE(s.onTimePoints, 250);
    QCOMPARE(s.tenureMonths, quint64(24));
    QCOMPARE(s.dues, qint64(300000)); // the 2029-01 fee
    QCOMPARE(s.arrears, qint64(0));
    QCOMPARE(s.score, 824);
    QCOMPARE(s.reasons, (QStringList{QStringLiteral("on-time-history"), QStringLiteral("long-tenure")}));
}

void TestCredit::recentLatePayment()
{
    World &w = *m_world;
    // Due 2028-12-05, paid 2029-01-19: 26 days to Dec 31 + 19 = 45 days late → bucket 31–60 (10
    // points); due after 2028-07-20 (today − 6 months) → × 4 = 40.
    putHistory(w, QStringLiteral("12-0301"), {{QDate(2028, 12, 5), 300000, QDate(2029, 1, 19)}});
    const CreditScore s = scoreOf(w, w.residentA);
    // rate = 23 × 10000 / 24 = 9583 (9583.33…), depth 10000
    // on-time = 250 × 9583 × 10000 / 10^8 = 239.575 → 239
    // score = 550 + 239 + 24 − 40 = 773
    QCOMPARE(s.late[1], quint64(1));
    QCOMPARE(s.rateBp, qint64(9583));
    QCOMPARE(s.onTimePoints, 239);
    QCOMPARE(s.lateRecentPoints, 40);
    QCOMPARE(s.score, 773);
    QCOMPARE(s.reasons, (QStringList{QStringLiteral("on-time-history"), QStringLiteral("late-payments-recent"),
                                     QStringLiteral("long-tenure")}));
}

void TestCredit::arrearsOfOneAndAHalfMonths()
{
    World &w = *m_world;
    // 2028-12-05: 1,500.00 of 3,000.00 paid; 2029-01-05: nothing paid. Both past due (0 grace).
    putHistory(w, QStringLiteral("12-0301"), {{QDate(2028, 12, 5), 150000, {}}, {QDate(2029, 1, 5), 0, {}}});
    const CreditScore s = scoreOf(w, w.residentA);
    // arrears = 1,500.00 + 3,000.00 = 4,500.00; dues (2029-01) 3,000.00
    // arrears bp = 450000 × 10000 / 300000 = 15000 → 15000 / 100 = 150 points
    // judged 24 (the two open ones too), on time 22: rate = 220000 / 24 = 9166 (9166.67)
    // on-time = 250 × 9166 / 10000 = 229.15 → 229
    // score = 550 + 229 + 24 − 150 = 653
    QCOMPARE(s.arrears, qint64(450000));
    QCOMPARE(s.arrearsBp, qint64(15000));
    QCOMPARE(s.arrearsPoints, 150);
    QCOMPARE(s.judged, quint64(24));
    QCOMPARE(s.onTime, quint64(22));
    QCOMPARE(s.onTimePoints, 229);
    QCOMPARE(s.score, 653);
    QCOMPARE(s.reasons, (QStringList{QStringLiteral("on-time-history"), QStringLiteral("arrears-high"), QStringLiteral("long-tenure")}));
}

void TestCredit::arrearsOlderThanTheWindow()
{
    World &w = *m_world;
    // Scored on 2030-06-20: the window is 2028-06-20 .. 2030-06-20. The 2027-03-05 fee was never
    // paid; it is read from the open-invoice index, not from a scan of every old invoice.
    putHistory(w, QStringLiteral("12-0301"), {{QDate(2027, 3, 5), 0, {}}});
    const CreditScore s = scoreOf(w, w.residentA, QDate(2030, 6, 20));
    // judged: the 7 fees due 2028-07-05 .. 2029-01-05, each paid on its due date: on time 7
    // arrears 3,000.00 (the 2027-03 fee, not judged: outside the window); dues (2029-01) 3,000.00
    // rate = 7 × 10000 / 7 = 10000; depth = 7 × 10000 / 24 = 2916 (2916.67)
    // on-time = 250 × 10000 × 2916 / 10^8 = 72.9 → 72
    // arrears bp = 300000 × 10000 / 300000 = 10000 → 100 points
    // tenure: 24 months on 2029-01-20, 17 more on 2030-06-20 → 41 points
    // score = 550 + 72 + 41 − 100 = 563
    QCOMPARE(s.judged, quint64(7));
    QCOMPARE(s.onTime, quint64(7));
    QCOMPARE(s.months, quint64(7));
    QCOMPARE(s.arrears, qint64(300000));
    QCOMPARE(s.dues, qint64(300000));
    QCOMPARE(s.depthBp, qint64(2916));
    QCOMPARE(s.onTimePoints, 72);
    QCOMPARE(s.arrearsPoints, 100);
    QCOMPARE(s.tenureMonths, quint64(41));
    QCOMPARE(s.score, 563);
    QCOMPARE(s.reasons, (QStringList{QStringLiteral("arrears-high"), QStringLiteral("on-time-history"), QStringLiteral("long-tenure")}));
}

void TestCredit::onlyOldDues()
{
    World &w = *m_world;
    // Scored on 2031-06-20: the window (2029-06-20 .. 2031-06-20) holds no invoice at all, so the
    // latest period's dues come from older invoices: every invoice is read, not only the open ones.
    // 2028-12-05: 1,500.00 of 3,000.00 paid; 2029-01-05: nothing paid.
    putHistory(w, QStringLiteral("12-0301"), {{QDate(2028, 12, 5), 150000, {}}, {QDate(2029, 1, 5), 0, {}}});
    const CreditScore s = scoreOf(w, w.residentA, QDate(2031, 6, 20));
    // judged 0; arrears = 1,500.00 + 3,000.00 = 4,500.00; dues (2029-01) 3,000.00
    // arrears bp = 450000 × 10000 / 300000 = 15000 → 150 points
    // tenure: 24 months on 2029-01-20, 29 more on 2031-06-20 = 53 → capped at 50 points
    // score = 550 + 0 + 50 − 150 = 450
    QVERIFY(!s.noHistory);
    QCOMPARE(s.judged, quint64(0));
    QCOMPARE(s.arrears, qint64(450000));
    QCOMPARE(s.dues, qint64(300000));
    QCOMPARE(s.arrearsBp, qint64(15000));
    QCOMPARE(s.arrearsPoints, 150);
    QCOMPARE(s.tenurePoints, 50);
    QCOMPARE(s.score, 450);
    QCOMPARE(s.reasons, (QStringList{QStringLiteral("arrears-high"), QStringLiteral("long-tenure")}));
}

void TestCredit::newResident()
{
    World &w = *m_world;
    w.timeMs = msAt(QDate(2028, 11, 10));
    QCOMPARE(submit(w.make(QStringLiteral("resident.register"),
                           map({{QStringLiteral("resident"), bytesValue(w.residentB)}, {QStringLiteral("unit"), text("12-0302")}}),
                           w.manager)),
             QString());
    // Before any invoice is due: no history, the neutral 550.
    const CreditScore none = scoreOf(w, w.residentB, QDate(2028, 11, 20));
    QVERIFY(none.noHistory);
    QCOMPARE(none.score, 550);
    QCOMPARE(none.reasons, QStringList{QStringLiteral("no-history")});

    // The previous occupant's unpaid invoice (due before B moved in) is not B's; B paid the next
    // two on time.
    state::StateDelta delta;
    const QString unit = QStringLiteral("12-0302");
    putInvoice(delta, invoiceKeyFor(unit, QDate(2028, 10, 5)), invoice(unit, QDate(2028, 10, 5), 0, {}), /*open=*/true);
    putInvoice(delta, invoiceKeyFor(unit, QDate(2028, 12, 5)), invoice(unit, QDate(2028, 12, 5), 300000, QDate(2028, 12, 1)), false);
    putInvoice(delta, invoiceKeyFor(unit, QDate(2029, 1, 5)), invoice(unit, QDate(2029, 1, 5), 300000, QDate(2029, 1, 5)), false);
    w.put(delta);
    const CreditScore s = scoreOf(w, w.residentB);
    // judged 2, on time 2, 2 months: rate 10000, depth = 2 × 10000 / 24 = 833 (833.33)
    // on-time = 250 × 10000 × 833 / 10^8 = 20.825 → 20; tenure 2028-11-10 → 2029-01-20 = 2 months → 2
    // score = 550 + 20 + 2 = 572
    QCOMPARE(s.judged, quint64(2));
    QCOMPARE(s.arrears, qint64(0));
    QCOMPARE(s.depthBp, qint64(833));
    QCOMPARE(s.onTimePoints, 20);
    QCOMPARE(s.tenureMonths, quint64(2));
    QCOMPARE(s.score, 572);
    QCOMPARE(s.reasons, (QStringList{QStringLiteral("on-time-history"), QStringLiteral("short-tenure")}));
}

void TestCredit::reversalThroughPayments()
{
    World &w = *m_world;
    putHistory(w, QStringLiteral("12-0301"), {{QDate(2029, 1, 5), 0, {}}});
    const QByteArray jan = invoiceKeyFor(QStringLiteral("12-0301"), QDate(2029, 1, 5));

    // Paid in cash on 2029-01-03: payments record when the invoice became fully paid.
    w.timeMs = msAt(QDate(2029, 1, 3));
    const ledger::Transaction cash = w.make(QStringLiteral("payment.cash"),
                                            map({{QStringLiteral("unit"), text("12-0301")},
                                                 {QStringLiteral("amount"), cbor::Value::fromInt(300000)},
                                                 {QStringLiteral("receipt"), text("R-1")}}),
                                            w.manager);
    QCOMPARE(submit(cash), QString());
    QCOMPARE(*w.value(jan).find(u"settled")->toUInt64(), msAt(QDate(2029, 1, 3)));
    QCOMPARE(scoreOf(w, w.residentA).score, 824); // as alwaysOnTime

    // The cheque bounced: reversed on 2029-01-04; the invoice is open again, "settled" gone.
    w.timeMs = msAt(QDate(2029, 1, 4));
    QCOMPARE(submit(w.make(QStringLiteral("payment.reverse"),
                           map({{QStringLiteral("payment"), bytesValue(crypto::toByteArray(cash.id()))},
                                {QStringLiteral("reason"), text("bounced")}}),
                           w.manager)),
             QString());
    QVERIFY(!w.value(jan).find(u"settled"));
    const CreditScore s = scoreOf(w, w.residentA);
    // arrears 3,000.00 = 1 month of dues → 10000 bp → 100; one reversal → 25
    // on time 23 of 24 → 9583 bp → 239 (as recentLatePayment)
    // score = 550 + 239 + 24 − 100 − 25 = 688
    QCOMPARE(s.reversals, quint64(1));
    QCOMPARE(s.reversalPoints, 25);
    QCOMPARE(s.arrearsPoints, 100);
    QCOMPARE(s.score, 688);
    QCOMPARE(s.reasons, (QStringList{QStringLiteral("on-time-history"), QStringLiteral("arrears-high"),
                                     QStringLiteral("payment-reversed"), QStringLiteral("long-tenure")}));
}

void TestCredit::topFourReasons()
{
    World &w = *m_world;
    putHistory(w, QStringLiteral("12-0301"),
               {
                   // 15 days late, due before 2028-01-20 (today − 12 months): older, 5 × 1 = 5
                   {QDate(2027, 6, 5), 300000, QDate(2027, 6, 20)},
                   // 20 days late, due in 2028-01-21 .. 2028-07-20: recent, 5 × 2 = 10
                   {QDate(2028, 3, 5), 300000, QDate(2028, 3, 25)},
                   // 45 days late (25 + 20), due after 2028-07-20: recent, 10 × 4 = 40
                   {QDate(2028, 11, 5), 300000, QDate(2028, 12, 20)},
                   // unpaid: arrears 1 month → 100
                   {QDate(2029, 1, 5), 0, {}},
               });
    putReversedPayment(w, "01", QDate(2028, 5, 1));
    putReversedPayment(w, "02", QDate(2028, 9, 1));
    const CreditScore s = scoreOf(w, w.residentA);
    // on time 24 − 3 late − 1 open = 20: rate = 200000 / 24 = 8333 → 250 × 8333 / 10000 = 208.325 → 208
    // late recent 10 + 40 = 50, late older 5, arrears 100, reversals 2 × 25 = 50, tenure 24
    // score = 550 + 208 + 24 − 50 − 5 − 100 − 50 = 577
    QCOMPARE(s.onTimePoints, 208);
    QCOMPARE(s.lateRecentPoints, 50);
    QCOMPARE(s.lateOlderPoints, 5);
    QCOMPARE(s.reversalPoints, 50);
    QCOMPARE(s.score, 577);
    // By points: 208, 100, then the tie at 50 by code ("late-…" < "payment-…"); tenure (24) and
    // older late payments (5) are left out.
    QCOMPARE(s.reasons, (QStringList{QStringLiteral("on-time-history"), QStringLiteral("arrears-high"),
                                     QStringLiteral("late-payments-recent"), QStringLiteral("payment-reversed")}));
}

void TestCredit::disputeThroughTheClose()
{
    World &w = *m_world;
    putHistory(w, QStringLiteral("12-0301"), {{QDate(2028, 12, 5), 300000, QDate(2029, 1, 19)}});
    const QByteArray dec = invoiceKeyFor(QStringLiteral("12-0301"), QDate(2028, 12, 5));
    const QByteArray decId = idFor(QStringLiteral("12-0301"), QDate(2028, 12, 5));

    // The resident disputes the late entry at the kiosk.
    w.timeMs = msAt(QDate(2029, 1, 19));
    QCOMPARE(submit(w.make(QStringLiteral("credit.dispute"), disputePayload(w.residentA, dec), w.kiosk)), QString());
    const cbor::Value dispute = w.value(disputeKey(decId));
    QCOMPARE(dispute.find(u"status")->asText(), QStringLiteral("open"));
    QCOMPARE(dispute.find(u"resident")->asBytes(), w.residentA);
    QCOMPARE(submit(w.make(QStringLiteral("credit.dispute"), disputePayload(w.residentA, dec), w.manager)),
             QStringLiteral("already-disputed"));
    QVERIFY(!w.has(scoreKey(w.residentA))); // nothing is recomputed until the close

    // Close 2029-01 on 2029-01-20: the disputed entry is left out.
    w.timeMs = msAt(kToday);
    QCOMPARE(submit(w.make(QStringLiteral("billing.close-period"), map({{QStringLiteral("period"), text("2029-01")}}), w.manager)),
             QString());
    const cbor::Value first = w.value(scoreKey(w.residentA));
    // judged 23, all on time, 23 months: depth = 23 × 10000 / 24 = 9583 → 250 × 9583 / 10000 = 239.575 → 239
    // score = 550 + 239 + 24 = 813
    QCOMPARE(intOf(first, u"score"), qint64(813));
    QCOMPARE(first.find(u"period")->asText(), QStringLiteral("2029-01"));
    QCOMPARE(intOf(*first.find(u"components"), u"disputed"), qint64(1));
    QCOMPARE(reasonsOf(first), (QStringList{QStringLiteral("on-time-history"), QStringLiteral("long-tenure")}));
    QVERIFY(!first.find(u"previous"));

    // The committee upholds the entry: it counts again from the next close on (2029-02-01:
    // the same 24 invoices in the window, tenure still 24 months → 773 as in recentLatePayment).
    w.timeMs = msAt(QDate(2029, 1, 25));
    QCOMPARE(submit(w.make(QStringLiteral("credit.resolve-dispute"), resolvePayload(dec, "upheld"), Signer::Quorum)), QString());
    QCOMPARE(w.value(disputeKey(decId)).find(u"status")->asText(), QStringLiteral("upheld"));
    QCOMPARE(submit(w.make(QStringLiteral("credit.resolve-dispute"), resolvePayload(dec, "corrected"), w.manager)),
             QStringLiteral("dispute-resolved"));
    QCOMPARE(intOf(w.value(scoreKey(w.residentA)), u"score"), qint64(813));
    w.timeMs = msAt(QDate(2029, 2, 1));
    QCOMPARE(submit(w.make(QStringLiteral("billing.close-period"), map({{QStringLiteral("period"), text("2029-02")}}), w.manager)),
             QString());
    const cbor::Value second = w.value(scoreKey(w.residentA));
    QCOMPARE(intOf(second, u"score"), qint64(773));
    QCOMPARE(reasonsOf(second), (QStringList{QStringLiteral("on-time-history"), QStringLiteral("late-payments-recent"),
                                             QStringLiteral("long-tenure")}));
    // "Why did it change": the last period's record is kept.
    QCOMPARE(intOf(*second.find(u"previous"), u"score"), qint64(813));
    QCOMPARE(second.find(u"previous")->find(u"period")->asText(), QStringLiteral("2029-01"));
    QVERIFY(!second.find(u"previous")->find(u"previous"));
}

void TestCredit::correctedDisputeStaysExcluded()
{
    World &w = *m_world;
    putHistory(w, QStringLiteral("12-0301"), {{QDate(2028, 12, 5), 300000, QDate(2029, 1, 19)}});
    const QByteArray dec = invoiceKeyFor(QStringLiteral("12-0301"), QDate(2028, 12, 5));
    QCOMPARE(scoreOf(w, w.residentA).score, 773);
    QCOMPARE(submit(w.make(QStringLiteral("credit.dispute"), disputePayload(w.residentA, dec), w.manager)), QString());
    QCOMPARE(scoreOf(w, w.residentA).score, 813);
    QCOMPARE(submit(w.make(QStringLiteral("credit.resolve-dispute"), resolvePayload(dec, "corrected"), w.manager)), QString());
    const CreditScore s = scoreOf(w, w.residentA);
    QCOMPARE(s.score, 813);
    QCOMPARE(s.disputed, quint64(1));
    QCOMPARE(s.lateRecentPoints, 0);
}

void TestCredit::determinism()
{
    // The same history and transactions in two worlds give the same bytes.
    QByteArray records[2];
    merkle::Hash roots[2];
    for (int run = 0; run < 2; ++run) {
        World w;
        w.populate();
        putHistory(w, QStringLiteral("12-0301"), {{QDate(2028, 12, 5), 150000, {}}, {QDate(2028, 3, 5), 300000, QDate(2028, 5, 30)}});
        putReversedPayment(w, "07", QDate(2028, 8, 8));
        w.timeMs = msAt(kToday);
        QCOMPARE(submit(w, w.make(QStringLiteral("billing.close-period"), map({{QStringLiteral("period"), text("2029-01")}}), w.manager)),
                 QString());
        records[run] = w.value(scoreKey(w.residentA)).encode();
        roots[run] = *state::stateRoot(w.state);
        // Computing again over the same state gives the same components.
        QCOMPARE(scoreOf(w, w.residentA).components().encode(), scoreOf(w, w.residentA).components().encode());
    }
    QVERIFY(!records[0].isEmpty());
    QCOMPARE(records[0], records[1]);
    QVERIFY(roots[0] == roots[1]);
}

void TestCredit::reasonTexts()
{
    const QStringList codes = creditReasonCodes();
    QCOMPARE(codes.size(), 8);
    for (const QString &code : codes) {
        QVERIFY(!creditReasonText(code).isEmpty());
        QVERIFY(creditReasonText(code) != code);
    }
    QCOMPARE(creditReasonText(QStringLiteral("no-such-reason")), QStringLiteral("no-such-reason"));
}

void TestCredit::authorization_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("outcome"); // resolve-dispute's outcome
    QTest::addColumn<int>("signer");
    QTest::addColumn<QString>("expected");
    for (Signer signer : allSigners()) {
        const bool fileOk = signer == Signer::Manager || signer == Signer::Kiosk;
        QTest::addRow("dispute/%s", qPrintable(signerName(signer)))
            << QStringLiteral("credit.dispute") << QString() << int(signer) << (fileOk ? QString() : QStringLiteral("not-authorized"));
        QTest::addRow("upheld/%s", qPrintable(signerName(signer)))
            << QStringLiteral("credit.resolve-dispute") << QStringLiteral("upheld") << int(signer)
            << (signer == Signer::Quorum ? QString() : QStringLiteral("quorum-not-reached"));
        const bool correctOk = signer == Signer::Manager || signer == Signer::Quorum;
        QTest::addRow("corrected/%s", qPrintable(signerName(signer)))
            << QStringLiteral("credit.resolve-dispute") << QStringLiteral("corrected") << int(signer)
            << (correctOk ? QString() : QStringLiteral("quorum-not-reached"));
    }
}

void TestCredit::authorization()
{
    QFETCH(QString, kind);
    QFETCH(QString, outcome);
    QFETCH(int, signer);
    QFETCH(QString, expected);
    World &w = *m_world;
    putHistory(w, QStringLiteral("12-0301"), {});
    const QByteArray feb = invoiceKeyFor(QStringLiteral("12-0301"), QDate(2027, 2, 5));
    if (kind == QLatin1String("credit.dispute")) {
        QCOMPARE(submit(w.make(kind, disputePayload(w.residentA, feb), Signer(signer))), expected);
        QCOMPARE(w.has(disputeKey(idFor(QStringLiteral("12-0301"), QDate(2027, 2, 5)))), expected.isEmpty());
        return;
    }
    QCOMPARE(submit(w.make(QStringLiteral("credit.dispute"), disputePayload(w.residentA, feb), w.kiosk)), QString());
    QCOMPARE(submit(w.make(kind, resolvePayload(feb, qPrintable(outcome)), Signer(signer))), expected);
    const QString status = w.value(disputeKey(idFor(QStringLiteral("12-0301"), QDate(2027, 2, 5)))).find(u"status")->asText();
    QCOMPARE(status, expected.isEmpty() ? outcome : QStringLiteral("open"));
}

void TestCredit::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<cbor::Value>("payload");
    QTest::addColumn<QString>("expected");
    const QByteArray a = QByteArray(16, '\x0a');
    const QByteArray feb = invoiceKeyFor(QStringLiteral("12-0301"), QDate(2027, 2, 5));
    const QByteArray mar = invoiceKeyFor(QStringLiteral("12-0301"), QDate(2027, 3, 5)); // not disputed
    const QString dispute = QStringLiteral("credit.dispute");
    const QString resolve = QStringLiteral("credit.resolve-dispute");
    // An invoice key of the right shape that names no invoice.
    const QByteArray unknown = QByteArrayLiteral("invoice/12-0301/2027-02-05/") + QByteArray(32, 'f');

    QTest::newRow("dispute: not a map") << dispute << text("x") << QStringLiteral("bad-payload");
    QTest::newRow("dispute: missing reason")
        << dispute << map({{QStringLiteral("resident"), bytesValue(a)}, {QStringLiteral("invoice"), text(feb.constData())}})
        << QStringLiteral("bad-payload");
    QTest::newRow("dispute: extra field")
        << dispute
        << map({{QStringLiteral("resident"), bytesValue(a)}, {QStringLiteral("invoice"), text(feb.constData())},
                {QStringLiteral("reason"), text("x")}, {QStringLiteral("amount"), cbor::Value::fromInt(1)}})
        << QStringLiteral("bad-payload");
    QTest::newRow("dispute: resident of 15 bytes") << dispute << disputePayload(QByteArray(15, '\x0a'), feb) << QStringLiteral("bad-payload");
    QTest::newRow("dispute: resident as text")
        << dispute
        << map({{QStringLiteral("resident"), text("0a0a")}, {QStringLiteral("invoice"), text(feb.constData())},
                {QStringLiteral("reason"), text("x")}})
        << QStringLiteral("bad-payload");
    QTest::newRow("dispute: invoice as bytes")
        << dispute
        << map({{QStringLiteral("resident"), bytesValue(a)}, {QStringLiteral("invoice"), bytesValue(feb)}, {QStringLiteral("reason"), text("x")}})
        << QStringLiteral("bad-payload");
    QTest::newRow("dispute: a date that does not exist")
        << dispute << disputePayload(a, QByteArrayLiteral("invoice/12-0301/2027-02-30/") + QByteArray(32, 'a')) << QStringLiteral("invalid-invoice");
    QTest::newRow("dispute: not an invoice key") << dispute << disputePayload(a, "payment/12-0301") << QStringLiteral("invalid-invoice");
    QTest::newRow("dispute: short id")
        << dispute << disputePayload(a, QByteArrayLiteral("invoice/12-0301/2027-02-05/abcd")) << QStringLiteral("invalid-invoice");
    QTest::newRow("dispute: upper-case id")
        << dispute << disputePayload(a, QByteArrayLiteral("invoice/12-0301/2027-02-05/") + QByteArray(32, 'A')) << QStringLiteral("invalid-invoice");
    QTest::newRow("dispute: empty reason") << dispute << disputePayload(a, feb, "  ") << QStringLiteral("invalid-reason");
    QTest::newRow("dispute: reason too long")
        << dispute << disputePayload(a, feb, QByteArray(501, 'x').constData()) << QStringLiteral("invalid-reason");
    QTest::newRow("dispute: unknown invoice") << dispute << disputePayload(a, unknown) << QStringLiteral("unknown-invoice");
    QTest::newRow("dispute: resident of another unit")
        << dispute << disputePayload(QByteArray(16, '\x0b'), feb) << QStringLiteral("not-a-resident");
    QTest::newRow("dispute: unknown resident")
        << dispute << disputePayload(QByteArray(16, '\x0c'), feb) << QStringLiteral("not-a-resident");

    QTest::newRow("resolve: missing note")
        << resolve << map({{QStringLiteral("invoice"), text(feb.constData())}, {QStringLiteral("outcome"), text("upheld")}})
        << QStringLiteral("bad-payload");
    QTest::newRow("resolve: outcome as number")
        << resolve
        << map({{QStringLiteral("invoice"), text(feb.constData())}, {QStringLiteral("outcome"), cbor::Value::fromInt(1)},
                {QStringLiteral("note"), text("x")}})
        << QStringLiteral("bad-payload");
    QTest::newRow("resolve: unknown outcome") << resolve << resolvePayload(feb, "deleted") << QStringLiteral("invalid-outcome");
    QTest::newRow("resolve: empty note") << resolve << resolvePayload(feb, "upheld", "") << QStringLiteral("invalid-reason");
    QTest::newRow("resolve: bad key") << resolve << resolvePayload("invoice/12-0301", "upheld") << QStringLiteral("invalid-invoice");
    QTest::newRow("resolve: not disputed") << resolve << resolvePayload(mar, "upheld") << QStringLiteral("unknown-dispute");
    QTest::newRow("resolve: unknown invoice") << resolve << resolvePayload(unknown, "upheld") << QStringLiteral("unknown-dispute");
}

void TestCredit::badInput()
{
    QFETCH(QString, kind);
    QFETCH(cbor::Value, payload);
    QFETCH(QString, expected);
    World &w = *m_world;
    // Resident B lives in 12-0302; February's invoice of 12-0301 is disputed.
    QCOMPARE(submit(w.make(QStringLiteral("resident.register"),
                           map({{QStringLiteral("resident"), bytesValue(w.residentB)}, {QStringLiteral("unit"), text("12-0302")}}),
                           w.manager)),
             QString());
    putHistory(w, QStringLiteral("12-0301"), {});
    const QByteArray feb = invoiceKeyFor(QStringLiteral("12-0301"), QDate(2027, 2, 5));
    if (kind == QLatin1String("credit.dispute")) {
        QCOMPARE(submit(w.make(kind, payload, w.kiosk)), expected); // submit() checks the root is unchanged
        return;
    }
    QCOMPARE(submit(w.make(QStringLiteral("credit.dispute"), disputePayload(w.residentA, feb), w.kiosk)), QString());
    QCOMPARE(submit(w.make(kind, payload, Signer::Quorum)), expected);
}

QTEST_GUILESS_MAIN(TestCredit)
#include "tst_credit.moc"
