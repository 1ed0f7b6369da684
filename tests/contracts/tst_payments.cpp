// Payments: oldest invoice first or named invoices, partial payments, prepaid credit, refunds and
// reversals, with every amount worked out by hand below.
#include "contracts/payments.h"
#include "tests/contracts/fixture.h"

#include <QtTest>

using namespace courtyard;
using namespace courtyard::contracts;
using namespace courtyard::contracts::testing;

Q_DECLARE_METATYPE(courtyard::cbor::Value)

namespace {

// An invoice exactly as billing writes it (docs/contracts.md, "Invoices"); id = 16 bytes whose
// hex is the key's last part. Kind "fee": no lease behind it, so no late fees apply.
cbor::Value invoice(const char *unit, const char *id, const char *due, qint64 amount, qint64 paid = 0)
{
    return cbor::Value::fromMap({{QStringLiteral("id"), bytesValue(QByteArray::fromHex(id))},
                                 {QStringLiteral("unit"), text(unit)},
                                 {QStringLiteral("kind"), text("fee")},
                                 {QStringLiteral("period"), text("2027-01")},
                                 {QStringLiteral("issued"), text("2027-01-01")},
                                 {QStringLiteral("due"), text(due)},
                                 {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
                                 {QStringLiteral("paid"), cbor::Value::fromInt(paid)}});
}

cbor::Value payment(const char *unit, qint64 amount, const char *referenceField, std::optional<QByteArray> resident = {},
                    std::optional<QStringList> invoices = {})
{
    cbor::Map m{{cbor::Value::fromText(QStringLiteral("unit")), text(unit)},
                {cbor::Value::fromText(QStringLiteral("amount")), cbor::Value::fromInt(amount)},
                {cbor::Value::fromText(QString::fromLatin1(referenceField)), text("T-0001")}};
    if (resident) {
        m.emplace_back(cbor::Value::fromText(QStringLiteral("resident")), bytesValue(*resident));
    }
    if (invoices) {
        cbor::Array ids;
        for (const QString &id : *invoices) {
            ids.push_back(cbor::Value::fromText(id));
        }
        m.emplace_back(cbor::Value::fromText(QStringLiteral("invoices")), cbor::Value::fromArray(std::move(ids)));
    }
    return cbor::Value::fromMap(std::move(m));
}

qint64 paidOf(const World &w, const char *key)
{
    return *w.value(key).find(u"paid")->toInt64();
}

} // namespace

class TestPayments : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void paymentsRefundsAndReversals();
    void rejections_data();
    void rejections();
    void prepaidCreditPaysTheNextInvoices();

private:
    // The rejection code (empty when accepted) and, when accepted, the postings.
    QString submit(const ledger::Transaction &tx, std::vector<Posting> *postings = nullptr);
    qint64 postingsOf(const QString &account) const;

    std::unique_ptr<World> m_world;
    std::unique_ptr<Books> m_books;
};

void TestPayments::init()
{
    m_world = std::make_unique<World>();
    m_world->populate();
    m_books = std::make_unique<Books>(*m_world);
    // Three invoices of unit 12-0301, written as billing writes them: 3,000.00 due January 5th,
    // 3,000.00 and 128.25 due February 5th.
    state::StateDelta invoices;
    invoices.put("invoice/12-0301/2027-01-05/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", invoice("12-0301", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "2027-01-05", 300000));
    invoices.put("invoice/12-0301/2027-02-05/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", invoice("12-0301", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "2027-02-05", 300000));
    invoices.put("invoice/12-0301/2027-02-05/cccccccccccccccccccccccccccccccc", invoice("12-0301", "cccccccccccccccccccccccccccccccc", "2027-02-05", 12825));
    m_world->put(invoices);
}

// Replaying what the test applied must give the same state root (fixture.h); a member World
// outlives the test function, so it is checked here.
void TestPayments::cleanup()
{
    if (m_world && !QTest::currentTestFailed()) {
        m_world->checkReplay();
    }
    m_world.reset();
}

QString TestPayments::submit(const ledger::Transaction &tx, std::vector<Posting> *postings)
{
    const QString code = m_books->code(tx);
    if (postings && code.isEmpty()) {
        *postings = m_books->last;
    }
    return code;
}

qint64 TestPayments::postingsOf(const QString &account) const
{
    return m_books->balance(account.toLatin1().constData());
}

void TestPayments::paymentsRefundsAndReversals()
{
    World &w = *m_world;
    const char *a = "invoice/12-0301/2027-01-05/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    const char *b = "invoice/12-0301/2027-02-05/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    const char *c = "invoice/12-0301/2027-02-05/cccccccccccccccccccccccccccccccc";

    // 1. At the kiosk, 3,500.00, oldest first: aa01 takes 3,000.00, bb02 500.00.
    std::vector<Posting> postings;
    QCOMPARE(submit(w.make(QStringLiteral("payment.kiosk"), payment("12-0301", 350000, "reference", w.residentA), w.kiosk), &postings),
             QString());
    QCOMPARE(paidOf(w, a), qint64(300000));
    QCOMPARE(paidOf(w, b), qint64(50000));
    QCOMPARE(paidOf(w, c), qint64(0));
    QCOMPARE(postings.size(), std::size_t(2));
    QCOMPARE(postings[0].account, QStringLiteral("Assets:CardClearing"));
    QCOMPARE(postings[0].amount.minor(), qint64(350000));
    QCOMPARE(postings[1].account, QStringLiteral("Assets:Receivable:12-0301"));
    QCOMPARE(postings[1].amount.minor(), qint64(-350000));
    QVERIFY(!w.has(prepaidKey(QStringLiteral("12-0301"))));

    // 2. Cash 2,600.00: bb02's open 2,500.00 (3,000.00 - 500.00), then 100.00 of cc03's 128.25.
    const ledger::Transaction cash = w.make(QStringLiteral("payment.cash"), payment("12-0301", 260000, "receipt"), w.manager);
    QCOMPARE(submit(cash), QString());
    QCOMPARE(paidOf(w, b), qint64(300000));
    QCOMPARE(paidOf(w, c), qint64(10000));

    // 3. Bank 1,000.00 naming cc03: its open 28.25, and 971.75 becomes prepaid credit.
    const ledger::Transaction bank =
        w.make(QStringLiteral("payment.bank"), payment("12-0301", 100000, "reference", {}, QStringList{QStringLiteral("cccccccccccccccccccccccccccccccc")}), w.manager);
    QCOMPARE(submit(bank, &postings), QString());
    QCOMPARE(paidOf(w, c), qint64(12825));
    QCOMPARE(*w.value(prepaidKey(QStringLiteral("12-0301"))).find(u"amount")->toInt64(), qint64(97175));
    QCOMPARE(postings.size(), std::size_t(3));
    QCOMPARE(postings[1].amount.minor(), qint64(-2825));
    QCOMPARE(postings[2].account, QStringLiteral("Liabilities:Prepaid:12-0301"));
    QCOMPARE(postings[2].amount.minor(), qint64(-97175));

    // 4. Refund 500.00 of the credit: 971.75 - 500.00 = 471.75 left. Another 500.00 is too much.
    const auto refund = [&] {
        return w.make(QStringLiteral("payment.refund"), cbor::Value::fromMap({{QStringLiteral("unit"), text("12-0301")},
                                                                              {QStringLiteral("amount"), cbor::Value::fromInt(50000)},
                                                                              {QStringLiteral("reference"), text("R-1")}}),
                      w.manager);
    };
    QCOMPARE(submit(refund()), QString());
    QCOMPARE(*w.value(prepaidKey(QStringLiteral("12-0301"))).find(u"amount")->toInt64(), qint64(47175));
    QCOMPARE(submit(refund()), QStringLiteral("insufficient-credit"));

    const auto reverse = [&](const ledger::Transaction &paid) {
        return w.make(QStringLiteral("payment.reverse"),
                      cbor::Value::fromMap({{QStringLiteral("payment"), bytesValue(crypto::toByteArray(paid.id()))},
                                            {QStringLiteral("reason"), text("entered twice")}}),
                      w.manager);
    };
    // 5. The bank payment's 971.75 of credit is partly refunded already: it cannot be undone first.
    QCOMPARE(submit(reverse(bank)), QStringLiteral("credit-already-used"));
    // 6. The cash payment is reversed: bb02 back to 500.00 paid, cc03 to 28.25.
    QCOMPARE(submit(reverse(cash), &postings), QString());
    QCOMPARE(paidOf(w, b), qint64(50000));
    QCOMPARE(paidOf(w, c), qint64(2825));
    QCOMPARE(postings[0].account, QStringLiteral("Assets:Cash"));
    QCOMPARE(postings[0].amount.minor(), qint64(-260000));
    QCOMPARE(w.value(paymentKey(cash.id())).find(u"reversed")->asBool(), true);
    QCOMPARE(submit(reverse(cash)), QStringLiteral("already-reversed"));

    // The books: receivable postings -3,500.00 -2,600.00 -28.25 +2,600.00 = -3,528.25, which is
    // what the invoices show paid (3,000.00 + 500.00 + 28.25); the prepaid account holds the
    // 471.75 of credit; cash is back to zero; the bank got 1,000.00 and paid out 500.00.
    QCOMPARE(postingsOf(QStringLiteral("Assets:Receivable:12-0301")), qint64(-352825));
    QCOMPARE(paidOf(w, a) + paidOf(w, b) + paidOf(w, c), qint64(352825));
    QCOMPARE(postingsOf(QStringLiteral("Liabilities:Prepaid:12-0301")), qint64(-47175));
    QCOMPARE(postingsOf(QStringLiteral("Assets:Cash")), qint64(0));
    QCOMPARE(postingsOf(QStringLiteral("Assets:Bank")), qint64(50000));
    QCOMPARE(postingsOf(QStringLiteral("Assets:CardClearing")), qint64(350000));

    // A named invoice that is already paid, and one that does not exist.
    QCOMPARE(submit(w.make(QStringLiteral("payment.cash"), payment("12-0301", 100, "receipt", {}, QStringList{QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")}), w.manager)),
             QStringLiteral("invoice-paid"));
    QCOMPARE(submit(w.make(QStringLiteral("payment.cash"), payment("12-0301", 100, "receipt", {}, QStringList{QStringLiteral("ffffffffffffffffffffffffffffffff")}), w.manager)),
             QStringLiteral("unknown-invoice"));
}

void TestPayments::rejections_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("signer");
    QTest::addColumn<cbor::Value>("payload");
    QTest::addColumn<QString>("code");
    const QByteArray residentA(16, '\x0a');
    const QByteArray stranger(16, '\x0c');
    const auto kiosk = int(Signer::Kiosk);
    const auto manager = int(Signer::Manager);
    QTest::newRow("kiosk payment by the manager") << QStringLiteral("payment.kiosk") << manager
                                                  << payment("12-0301", 100, "reference", residentA) << QStringLiteral("not-authorized");
    QTest::newRow("cash payment by a kiosk") << QStringLiteral("payment.cash") << kiosk << payment("12-0301", 100, "receipt")
                                             << QStringLiteral("not-authorized");
    QTest::newRow("bank payment by a committee member") << QStringLiteral("payment.bank") << int(Signer::CommitteeMember)
                                                        << payment("12-0301", 100, "reference") << QStringLiteral("not-authorized");
    QTest::newRow("bank payment by the auditor") << QStringLiteral("payment.bank") << int(Signer::Auditor)
                                                 << payment("12-0301", 100, "reference") << QStringLiteral("not-authorized");
    QTest::newRow("refund by a kiosk") << QStringLiteral("payment.refund") << kiosk
                                       << cbor::Value::fromMap({{QStringLiteral("unit"), text("12-0301")},
                                                                {QStringLiteral("amount"), cbor::Value::fromInt(1)},
                                                                {QStringLiteral("reference"), text("R")}})
                                       << QStringLiteral("not-authorized");
    QTest::newRow("reversal by the sealer") << QStringLiteral("payment.reverse") << int(Signer::Sealer)
                                            << cbor::Value::fromMap({{QStringLiteral("payment"), bytesValue(QByteArray(32, 'p'))},
                                                                     {QStringLiteral("reason"), text("x")}})
                                            << QStringLiteral("not-authorized");
    QTest::newRow("not a resident of the unit") << QStringLiteral("payment.kiosk") << kiosk
                                                << payment("12-0301", 100, "reference", stranger) << QStringLiteral("not-a-resident");
    QTest::newRow("resident of another unit") << QStringLiteral("payment.kiosk") << kiosk
                                              << payment("12-0302", 100, "reference", residentA) << QStringLiteral("not-a-resident");
    QTest::newRow("unknown unit") << QStringLiteral("payment.cash") << manager << payment("99-9999", 100, "receipt")
                                  << QStringLiteral("unknown-unit");
    QTest::newRow("zero amount") << QStringLiteral("payment.cash") << manager << payment("12-0301", 0, "receipt")
                                 << QStringLiteral("invalid-amount");
    QTest::newRow("negative amount") << QStringLiteral("payment.cash") << manager << payment("12-0301", -5, "receipt")
                                     << QStringLiteral("bad-payload");
    QTest::newRow("overflowing amount") << QStringLiteral("payment.cash") << manager
                                        << payment("12-0301", qint64(1000000000000000000), "receipt") << QStringLiteral("amount-overflow");
    QTest::newRow("missing reference") << QStringLiteral("payment.bank") << manager
                                       << cbor::Value::fromMap({{QStringLiteral("unit"), text("12-0301")},
                                                                {QStringLiteral("amount"), cbor::Value::fromInt(1)}})
                                       << QStringLiteral("bad-payload");
    QTest::newRow("extra field") << QStringLiteral("payment.cash") << manager
                                 << cbor::Value::fromMap({{QStringLiteral("unit"), text("12-0301")},
                                                          {QStringLiteral("amount"), cbor::Value::fromInt(1)},
                                                          {QStringLiteral("receipt"), text("C-1")},
                                                          {QStringLiteral("card"), text("4111111111111111")}})
                                 << QStringLiteral("bad-payload");
    QTest::newRow("refund without credit") << QStringLiteral("payment.refund") << manager
                                           << cbor::Value::fromMap({{QStringLiteral("unit"), text("12-0301")},
                                                                    {QStringLiteral("amount"), cbor::Value::fromInt(1)},
                                                                    {QStringLiteral("reference"), text("R")}})
                                           << QStringLiteral("insufficient-credit");
    QTest::newRow("reversal of nothing") << QStringLiteral("payment.reverse") << manager
                                         << cbor::Value::fromMap({{QStringLiteral("payment"), bytesValue(QByteArray(32, 'p'))},
                                                                  {QStringLiteral("reason"), text("mistake")}})
                                         << QStringLiteral("unknown-payment");
    QTest::newRow("reversal without a reason") << QStringLiteral("payment.reverse") << manager
                                               << cbor::Value::fromMap({{QStringLiteral("payment"), bytesValue(QByteArray(32, 'p'))},
                                                                        {QStringLiteral("reason"), text(" ")}})
                                               << QStringLiteral("invalid-reason");
    QTest::newRow("unknown version") << QStringLiteral("payment.cash@2") << manager << payment("12-0301", 1, "receipt")
                                     << QStringLiteral("unknown-kind");
}

void TestPayments::rejections()
{
    QFETCH(QString, kind);
    QFETCH(int, signer);
    QFETCH(cbor::Value, payload);
    QFETCH(QString, code);
    const bool otherVersion = kind.endsWith(QLatin1String("@2"));
    const QString realKind = otherVersion ? kind.chopped(2) : kind;
    const ledger::Transaction tx = m_world->make(realKind, payload, Signer(signer), otherVersion ? 2 : 1);
    QCOMPARE(submit(tx), code);
}

void TestPayments::prepaidCreditPaysTheNextInvoices()
{
    World &w = *m_world;
    // Bank 7,000.00 against invoices of 3,000.00 + 3,000.00 + 128.25 = 6,128.25: 871.75 prepaid.
    QCOMPARE(submit(w.make(QStringLiteral("payment.bank"), payment("12-0301", 700000, "reference"), w.manager)), QString());
    QCOMPARE(*w.value(prepaidKey(QStringLiteral("12-0301"))).find(u"amount")->toInt64(), qint64(87175));
    // A fixed property fee of 100.00 a month, due on the 10th, set by the committee quorum.
    QCOMPARE(submit(w.make(QStringLiteral("billing.set-fee-rule"),
                           cbor::Value::fromMap({{QStringLiteral("basis"), text("fixed")},
                                                 {QStringLiteral("amount"), cbor::Value::fromInt(10000)},
                                                 {QStringLiteral("due-day"), cbor::Value::fromUnsigned(10)},
                                                 {QStringLiteral("currency"), text("CNY")}}),
                           w.committee[0], {&w.committee[1]})),
             QString());
    // Closing January issues the fee of both units; 12-0301's is paid from its credit at once:
    // 871.75 - 100.00 = 771.75 left. 12-0302 has no credit and its fee stays open.
    std::vector<Posting> postings;
    QCOMPARE(submit(w.make(QStringLiteral("billing.close-period"), cbor::Value::fromMap({{QStringLiteral("period"), text("2027-01")}}),
                           w.manager),
                    &postings),
             QString());
    QCOMPARE(*w.value(prepaidKey(QStringLiteral("12-0301"))).find(u"amount")->toInt64(), qint64(77175));
    qint64 fromCredit = 0;
    for (const Posting &p : postings) {
        if (p.account == QLatin1String("Liabilities:Prepaid:12-0301")) {
            fromCredit += p.amount.minor();
        }
    }
    QCOMPARE(fromCredit, qint64(10000));
    struct Fee {
        QString unit;
        qint64 amount = 0;
        qint64 paid = 0;
    };
    std::vector<Fee> fees;
    QVERIFY(w.state.scan(QByteArrayView("invoice/"), [&](const state::Key &, const cbor::Value &v) {
        // The close's fees are the ones due on the rule's day, January 10th.
        if (v.find(u"kind")->asText() == QLatin1String("fee") && v.find(u"due")->asText() == QLatin1String("2027-01-10")) {
            fees.push_back({v.find(u"unit")->asText(), *v.find(u"amount")->toInt64(), *v.find(u"paid")->toInt64()});
        }
        return true;
    }).has_value());
    int openFees = 0;
    int paidFees = 0;
    for (const Fee &fee : fees) {
        QCOMPARE(fee.amount, qint64(10000));
        if (fee.paid == fee.amount) {
            QCOMPARE(fee.unit, QStringLiteral("12-0301"));
            ++paidFees;
        } else {
            QCOMPARE(fee.paid, qint64(0));
            ++openFees;
        }
    }
    QCOMPARE(paidFees, 1);
    QCOMPARE(openFees, 1);
    // The credit account and the prepaid record agree: -871.75 + 100.00 = -771.75.
    QCOMPARE(postingsOf(QStringLiteral("Liabilities:Prepaid:12-0301")), qint64(-77175));
}

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
