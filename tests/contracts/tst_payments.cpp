// Payments: oldest invoice first or named invoices, partial payments, prepaid credit, refunds,
// deposit refunds paid out after a lease's termination, and reversals, with every amount worked
// out by hand below.
#include "contracts/billing.h"
#include "contracts/payments.h"
#include "tests/contracts/lease_fixture.h"

#include <QtTest>

using namespace courtyard;
using namespace courtyard::contracts;
using namespace courtyard::contracts::testing;

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

const QString kDepositRefund = QStringLiteral("payment.deposit-refund");

cbor::Value depositRefund(const QByteArray &lease, qint64 amount, const char *method, const char *reference = "BANK-OUT-1")
{
    return cbor::Value::fromMap({{QStringLiteral("lease"), bytesValue(lease)},
                                 {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
                                 {QStringLiteral("method"), text(method)},
                                 {QStringLiteral("reference"), text(reference)}});
}

// lease.terminate of kLease1 (leasePayload: 12-0301, deposit 6,000.00) on 2027-08-31 with
// deductions of 500.00 (cleaning) and 1,200.50 (broken window): refund 6,000.00 − 1,700.50 = 4,299.50.
cbor::Value terminateWithDeductions()
{
    const auto deduction = [](const char *reason, qint64 amount) {
        return cbor::Value::fromMap({{QStringLiteral("reason"), text(reason)}, {QStringLiteral("amount"), cbor::Value::fromInt(amount)}});
    };
    return cbor::Value::fromMap({{QStringLiteral("lease"), bytesValue(kLease1)},
                                 {QStringLiteral("date"), text("2027-08-31")},
                                 {QStringLiteral("currency"), text("CNY")},
                                 {QStringLiteral("deductions"),
                                  cbor::Value::fromArray({deduction("cleaning", 50000), deduction("broken window", 120050)})}});
}

cbor::Value reversal(const ledger::Transaction &paid, const char *reason)
{
    return cbor::Value::fromMap({{QStringLiteral("payment"), bytesValue(crypto::toByteArray(paid.id()))},
                                 {QStringLiteral("reason"), text(reason)}});
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
    void depositRefundPaidOut();
    void depositRefundNeedsASettledRefund();
    void depositRefundAuthorizationMatrix_data();
    void depositRefundAuthorizationMatrix();
    void bankReferencePostedOnce();

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
    // Three invoices of unit 12-0301, written as billing writes them (open, so with their entry
    // in the open-invoice index): 3,000.00 due January 5th, 3,000.00 and 128.25 due February 5th.
    state::StateDelta invoices;
    putInvoice(invoices, "invoice/12-0301/2027-01-05/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
               invoice("12-0301", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "2027-01-05", 300000), /*open=*/true);
    putInvoice(invoices, "invoice/12-0301/2027-02-05/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
               invoice("12-0301", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "2027-02-05", 300000), /*open=*/true);
    putInvoice(invoices, "invoice/12-0301/2027-02-05/cccccccccccccccccccccccccccccccc",
               invoice("12-0301", "cccccccccccccccccccccccccccccccc", "2027-02-05", 12825), /*open=*/true);
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
    // Deposit refunds paid out: the payload and its values first, then the signer, then the lease
    // (there is none here: a valid payload by the manager is unknown-lease).
    const QByteArray lease(16, '\x11');
    QTest::newRow("deposit refund of an unknown lease") << kDepositRefund << manager << depositRefund(lease, 100, "bank")
                                                        << QStringLiteral("unknown-lease");
    QTest::newRow("deposit refund by a kiosk") << kDepositRefund << kiosk << depositRefund(lease, 100, "bank")
                                               << QStringLiteral("not-authorized");
    QTest::newRow("deposit refund of zero") << kDepositRefund << manager << depositRefund(lease, 0, "bank")
                                            << QStringLiteral("invalid-amount");
    QTest::newRow("deposit refund negative") << kDepositRefund << manager << depositRefund(lease, -100, "bank")
                                             << QStringLiteral("bad-payload");
    QTest::newRow("deposit refund overflowing") << kDepositRefund << manager << depositRefund(lease, qint64(1000000000000000000), "cash")
                                                << QStringLiteral("amount-overflow");
    QTest::newRow("deposit refund amount as text") << kDepositRefund << manager
                                                   << with(depositRefund(lease, 100, "bank"), "amount", text("1.00"))
                                                   << QStringLiteral("bad-payload");
    QTest::newRow("deposit refund by cheque") << kDepositRefund << manager << depositRefund(lease, 100, "cheque")
                                              << QStringLiteral("invalid-method");
    QTest::newRow("deposit refund method in capitals") << kDepositRefund << manager << depositRefund(lease, 100, "BANK")
                                                       << QStringLiteral("invalid-method");
    QTest::newRow("deposit refund without a method") << kDepositRefund << manager << without(depositRefund(lease, 100, "bank"), "method")
                                                     << QStringLiteral("bad-payload");
    QTest::newRow("deposit refund without a reference") << kDepositRefund << manager << depositRefund(lease, 100, "bank", "")
                                                        << QStringLiteral("invalid-reference");
    QTest::newRow("deposit refund with a short lease id") << kDepositRefund << manager << depositRefund(QByteArray(15, '\x11'), 100, "bank")
                                                          << QStringLiteral("invalid-lease-id");
    QTest::newRow("deposit refund naming a unit") << kDepositRefund << manager
                                                  << with(depositRefund(lease, 100, "bank"), "unit", text("12-0301"))
                                                  << QStringLiteral("bad-payload");
    QTest::newRow("deposit refund with a currency") << kDepositRefund << manager
                                                    << with(depositRefund(lease, 100, "bank"), "currency", text("CNY"))
                                                    << QStringLiteral("bad-payload");
    QTest::newRow("deposit refund, malformed and unauthorized") << kDepositRefund << kiosk << depositRefund(lease, 100, "cheque")
                                                                << QStringLiteral("invalid-method");
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

void TestPayments::depositRefundPaidOut()
{
    World &w = *m_world;
    Books &books = *m_books;
    // 12-0301's lease from 2027-02-01 with a deposit of 6,000.00, invoiced at once: receivable
    // +6,000.00, deposits −6,000.00. The resident pays it by bank, naming the deposit invoice.
    QCOMPARE(books.run(kCreate, leasePayload(w)), QString());
    const QByteArray depositId = invoiceId(QStringLiteral("deposit"), QStringLiteral("2027-02"), QStringLiteral("12-0301"), kLease1);
    QCOMPARE(books.run(QStringLiteral("payment.bank"), payment("12-0301", 600000, "reference", {}, QStringList{QString::fromLatin1(depositId.toHex())})),
             QString());
    QCOMPARE(postingsOf(QStringLiteral("Assets:Bank")), qint64(600000));
    // Nothing is owed back while the lease runs.
    QCOMPARE(books.run(kDepositRefund, depositRefund(kLease1, 10000, "bank")), QStringLiteral("lease-not-terminated"));

    // Terminated with 1,700.50 of deductions: 4,299.50 owed back.
    QCOMPARE(books.run(kTerminate, terminateWithDeductions()), QString());
    QCOMPARE(postingsOf(QStringLiteral("Liabilities:Payable:Refunds:12-0301")), qint64(-429950));
    // 4,299.51 is 0.01 more than is owed.
    QCOMPARE(books.run(kDepositRefund, depositRefund(kLease1, 429951, "bank")), QStringLiteral("exceeds-refund-owed"));

    // 1. 3,000.00 by bank: debit refunds payable, credit the bank.
    const ledger::Transaction first = w.make(kDepositRefund, depositRefund(kLease1, 300000, "bank", "BANK-OUT-1"), w.manager);
    QCOMPARE(submit(first), QString());
    QCOMPARE(books.last.size(), std::size_t(2));
    QCOMPARE(books.last[0].account, QStringLiteral("Liabilities:Payable:Refunds:12-0301"));
    QCOMPARE(books.last[0].amount.minor(), qint64(300000));
    QCOMPARE(books.last[1].account, QStringLiteral("Assets:Bank"));
    QCOMPARE(books.last[1].amount.minor(), qint64(-300000));
    QCOMPARE(w.value(depositRefundKey(first.id())), cbor::Value::fromMap({{k("lease"), bytesValue(kLease1)},
                                                                          {k("unit"), text("12-0301")},
                                                                          {k("method"), text("bank")},
                                                                          {k("amount"), num(300000)},
                                                                          {k("at"), cbor::Value::fromUnsigned(w.timeMs)},
                                                                          {k("reversed"), cbor::Value::fromBool(false)}}));
    const char *head = "lease/11111111111111111111111111111111";
    QCOMPARE(*w.value(head).find(u"settlement")->find(u"refunded"), num(300000));
    // −4,299.50 + 3,000.00 = −1,299.50 still owed; the bank 6,000.00 − 3,000.00 = 3,000.00.
    QCOMPARE(postingsOf(QStringLiteral("Liabilities:Payable:Refunds:12-0301")), qint64(-129950));
    QCOMPARE(postingsOf(QStringLiteral("Assets:Bank")), qint64(300000));

    // 2. 1,300.00 is 0.50 more than the 1,299.50 left; the 1,299.50 in cash is accepted.
    QCOMPARE(books.run(kDepositRefund, depositRefund(kLease1, 130000, "cash")), QStringLiteral("exceeds-refund-owed"));
    const ledger::Transaction second = w.make(kDepositRefund, depositRefund(kLease1, 129950, "cash", "R-OUT-7"), w.manager);
    QCOMPARE(submit(second), QString());
    QCOMPARE(books.last[1].account, QStringLiteral("Assets:Cash"));
    QCOMPARE(books.last[1].amount.minor(), qint64(-129950));
    // 3,000.00 + 1,299.50 = 4,299.50: all of it paid out, nothing more to pay.
    QCOMPARE(*w.value(head).find(u"settlement")->find(u"refunded"), num(429950));
    QCOMPARE(postingsOf(QStringLiteral("Liabilities:Payable:Refunds:12-0301")), qint64(0));
    QCOMPARE(postingsOf(QStringLiteral("Assets:Cash")), qint64(-129950));
    QCOMPARE(books.run(kDepositRefund, depositRefund(kLease1, 1, "bank")), QStringLiteral("no-refund-owed"));

    // 3. The cash was never handed over: the payout is reversed like a payment. The 1,299.50 is
    // owed again and back in the cash box; the payout is marked, once; no payment record appears
    // (a reversed payout is the office's mistake, not the resident's: the credit score ignores it).
    const ledger::Transaction undo = w.make(QStringLiteral("payment.reverse"), reversal(second, "the resident did not come"), w.manager);
    QCOMPARE(submit(undo), QString());
    QCOMPARE(books.last.size(), std::size_t(2));
    QCOMPARE(books.last[0].account, QStringLiteral("Assets:Cash"));
    QCOMPARE(books.last[0].amount.minor(), qint64(129950));
    QCOMPARE(books.last[1].account, QStringLiteral("Liabilities:Payable:Refunds:12-0301"));
    QCOMPARE(books.last[1].amount.minor(), qint64(-129950));
    QCOMPARE(postingsOf(QStringLiteral("Assets:Cash")), qint64(0));                                   // −1,299.50 + 1,299.50
    QCOMPARE(postingsOf(QStringLiteral("Liabilities:Payable:Refunds:12-0301")), qint64(-129950));     // 0 − 1,299.50
    QCOMPARE(*w.value(head).find(u"settlement")->find(u"refunded"), num(300000));                     // 4,299.50 − 1,299.50
    const cbor::Value undone = w.value(depositRefundKey(second.id()));
    QCOMPARE(undone.find(u"reversed")->asBool(), true);
    QCOMPARE(*undone.find(u"reversal"), bytesValue(crypto::toByteArray(undo.id())));
    QCOMPARE(*undone.find(u"reason"), text("the resident did not come"));
    QVERIFY(!w.has(paymentKey(second.id())));
    QCOMPARE(books.run(QStringLiteral("payment.reverse"), reversal(second, "again")), QStringLiteral("already-reversed"));

    // 4. Paid by bank instead: the bank 3,000.00 − 1,299.50 = 1,700.50, nothing owed.
    QCOMPARE(books.run(kDepositRefund, depositRefund(kLease1, 129950, "bank", "BANK-OUT-2")), QString());
    QCOMPARE(postingsOf(QStringLiteral("Assets:Bank")), qint64(170050));
    QCOMPARE(postingsOf(QStringLiteral("Liabilities:Payable:Refunds:12-0301")), qint64(0));
    QCOMPARE(postingsOf(QStringLiteral("Liabilities:Deposits:12-0301")), qint64(0));
    QCOMPARE(postingsOf(QStringLiteral("Assets:Receivable:12-0301")), qint64(0)); // +6,000.00 − 6,000.00
    // The bank keeps what was deducted: 1,700.50 = 500.00 + 1,200.50.
    QCOMPARE(postingsOf(QStringLiteral("Income:DepositDeductions")), qint64(-170050));
    QCOMPARE(books.total(), qint64(0));
    // The settlement as lease.terminate wrote it, with what has been paid out of the refund.
    QCOMPARE(*w.value(head).find(u"settlement"),
             cbor::Value::fromMap({{k("date"), text("2027-08-31")},
                                   {k("deposit"), num(600000)},
                                   {k("deductions"), cbor::Value::fromArray({cbor::Value::fromMap({{k("reason"), text("cleaning")}, {k("amount"), num(50000)}}),
                                                                            cbor::Value::fromMap({{k("reason"), text("broken window")}, {k("amount"), num(120050)}})})},
                                   {k("refund"), num(429950)},
                                   {k("refunded"), num(429950)}}));
    // Last, the first transfer comes back from the bank: reversed, refunded 4,299.50 − 3,000.00
    // = 1,299.50, owed again 0 − 3,000.00 = −3,000.00, the bank 1,700.50 + 3,000.00 = 4,700.50.
    QCOMPARE(books.run(QStringLiteral("payment.reverse"), reversal(first, "the transfer bounced")), QString());
    QCOMPARE(*w.value(head).find(u"settlement")->find(u"refunded"), num(129950));
    QCOMPARE(postingsOf(QStringLiteral("Assets:Bank")), qint64(470050));
    QCOMPARE(postingsOf(QStringLiteral("Liabilities:Payable:Refunds:12-0301")), qint64(-300000));
    QCOMPARE(books.total(), qint64(0));
}

void TestPayments::depositRefundNeedsASettledRefund()
{
    World &w = *m_world;
    Books &books = *m_books;
    QCOMPARE(books.run(QStringLiteral("resident.register"),
                       cbor::Value::fromMap({{k("resident"), bytesValue(w.residentB)}, {k("unit"), text("12-0302")}})),
             QString());
    // A lease without a deposit, terminated: its settlement owes nothing.
    QCOMPARE(books.run(kCreate, with(with(with(leasePayload(w, kLease2), "unit", text("12-0302")), "deposit", num(0)), "residents",
                                     cbor::Value::fromArray({bytesValue(w.residentB)}))),
             QString());
    QCOMPARE(books.run(kTerminate, cbor::Value::fromMap({{k("lease"), bytesValue(kLease2)},
                                                         {k("date"), text("2027-06-30")},
                                                         {k("currency"), text("CNY")},
                                                         {k("deductions"), cbor::Value::fromArray({})}})),
             QString());
    QCOMPARE(books.run(kDepositRefund, depositRefund(kLease2, 1, "bank")), QStringLiteral("no-refund-owed"));
    // A deposit of 6,000.00 kept whole for damages: refund 0.
    QCOMPARE(books.run(kCreate, leasePayload(w)), QString());
    QCOMPARE(books.run(kTerminate, with(terminateWithDeductions(), "deductions",
                                        cbor::Value::fromArray({cbor::Value::fromMap({{k("reason"), text("fire damage")}, {k("amount"), num(600000)}})}))),
             QString());
    QCOMPARE(books.run(kDepositRefund, depositRefund(kLease1, 1, "cash")), QStringLiteral("no-refund-owed"));
    // Nothing was paid out and no refunds payable was booked.
    QCOMPARE(postingsOf(QStringLiteral("Liabilities:Payable:Refunds:12-0301")), qint64(0));
    QCOMPARE(postingsOf(QStringLiteral("Liabilities:Payable:Refunds:12-0302")), qint64(0));
    QVERIFY(!w.value("lease/11111111111111111111111111111111").find(u"settlement")->find(u"refunded"));
}

void TestPayments::depositRefundAuthorizationMatrix_data()
{
    QTest::addColumn<Signer>("signer");
    QTest::addColumn<QString>("expected");
    for (const Signer s : allSigners()) {
        QTest::addRow("%s by %s", qPrintable(kDepositRefund), qPrintable(signerName(s)))
            << s << (s == Signer::Manager ? QString() : QStringLiteral("not-authorized"));
    }
}

void TestPayments::depositRefundAuthorizationMatrix()
{
    QFETCH(Signer, signer);
    QFETCH(QString, expected);
    Books &books = *m_books;
    QCOMPARE(books.run(kCreate, leasePayload(*m_world)), QString());
    QCOMPARE(books.run(kTerminate, terminateWithDeductions()), QString());
    // All of the 4,299.50 by bank.
    QCOMPARE(books.run(kDepositRefund, depositRefund(kLease1, 429950, "bank"), signer), expected);
    QCOMPARE(postingsOf(QStringLiteral("Liabilities:Payable:Refunds:12-0301")), expected.isEmpty() ? qint64(0) : qint64(-429950));
}

QTEST_GUILESS_MAIN(TestPayments)
// payment.bank version 2 posts a bank booking once: its reference is recorded
// ("bank-reference/<sha256 hex>") and refused while recorded, by version 2 and by version 1;
// a reversal frees it, so the line can be posted again (to the right unit).
void TestPayments::bankReferencePostedOnce()
{
    World &w = *m_world;
    const auto bank = [](const char *unit, qint64 amount, const char *reference) {
        return cbor::Value::fromMap({{QStringLiteral("unit"), text(unit)},
                                     {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
                                     {QStringLiteral("reference"), text(reference)}});
    };
    const QString kBank = QStringLiteral("payment.bank");
    // 1,000.00 to 12-0302 by mistake (it has no invoices: all of it prepaid credit).
    const ledger::Transaction first = w.make(kBank, bank("12-0302", 100000, "2027012500001"), w.manager, {}, 2);
    QCOMPARE(submit(first), QString());
    const QByteArray key = bankReferenceKey(QStringLiteral("2027012500001"));
    // The key is the SHA-256 of the reference's UTF-8 bytes, in hex.
    QCOMPARE(key, QByteArray("bank-reference/") + crypto::toByteArray(crypto::sha256(QByteArrayView("2027012500001"))).toHex());
    QCOMPARE(w.value(key), cbor::Value::fromMap({{QStringLiteral("payment"), bytesValue(crypto::toByteArray(first.id()))}}));
    QCOMPARE(w.value(paymentKey(first.id())).find(u"bank-reference")->asBytes(),
             crypto::toByteArray(crypto::sha256(QByteArrayView("2027012500001"))));
    // The same booking again: refused by version 2, to another unit or the same, and by version 1.
    QCOMPARE(submit(w.make(kBank, bank("12-0302", 100000, "2027012500001"), w.manager, {}, 2)), QStringLiteral("bank-reference-used"));
    QCOMPARE(submit(w.make(kBank, bank("12-0301", 100000, "2027012500001"), w.manager, {}, 2)), QStringLiteral("bank-reference-used"));
    QCOMPARE(submit(w.make(kBank, bank("12-0301", 5000, "2027012500001"), w.manager, {}, 1)), QStringLiteral("bank-reference-used"));
    // Another reference is another booking.
    QCOMPARE(submit(w.make(kBank, bank("12-0301", 5000, "2027012500002"), w.manager, {}, 2)), QString());
    // Version 1 records nothing: its references are not held (ledgers written before version 2
    // replay to the same state).
    QCOMPARE(submit(w.make(kBank, bank("12-0301", 100, "OLD-1"), w.manager, {}, 1)), QString());
    QVERIFY(w.value(bankReferenceKey(QStringLiteral("OLD-1"))).isNull());
    // Reversing the mistaken payment frees the reference; it is then posted to the right unit:
    // 12-0301's first invoice (3,000.00 - 50.00 - 1.00 already paid) takes the 1,000.00.
    QCOMPARE(submit(w.make(QStringLiteral("payment.reverse"), reversal(first, "posted to the wrong unit"), w.manager)), QString());
    QVERIFY(w.value(key).isNull());
    const ledger::Transaction again = w.make(kBank, bank("12-0301", 100000, "2027012500001"), w.manager, {}, 2);
    QCOMPARE(submit(again), QString());
    QCOMPARE(w.value(key), cbor::Value::fromMap({{QStringLiteral("payment"), bytesValue(crypto::toByteArray(again.id()))}}));
    // Paid on invoice aaaa: 50.00 + 1.00 + 1,000.00 = 1,051.00 (105100).
    QCOMPARE(paidOf(w, "invoice/12-0301/2027-01-05/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), qint64(105100));
    // Bank: 1,000.00 + 50.00 + 1.00 - 1,000.00 (the reversal) + 1,000.00 = 1,051.00.
    QCOMPARE(postingsOf(QStringLiteral("Assets:Bank")), qint64(105100));
    // Reversed twice is still refused; a bad reference is still a bad reference.
    QCOMPARE(submit(w.make(QStringLiteral("payment.reverse"), reversal(first, "again"), w.manager)), QStringLiteral("already-reversed"));
    QCOMPARE(submit(w.make(kBank, bank("12-0301", 100, ""), w.manager, {}, 2)), QStringLiteral("invalid-reference"));
}

#include "tst_payments.moc"
