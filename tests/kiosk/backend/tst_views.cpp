// courtyard_views on a real ledger (kiosk_fixture.h): a unit's account, its invoices, payments
// (sealed and this device's outbox), repairs with their age, a resident's credit score, and the
// list models' rows. Every amount below is worked out by hand from the fixture's story.
#include "app/views/models.h"
#include "app/views/views.h"
#include "contracts/credit.h"
#include "contracts/repairs.h"
#include "core/base/hex.h"
#include "tests/kiosk/backend/kiosk_fixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace courtyard;
using namespace courtyard::testing;

class TstViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void account();
    void accountOfUnknownUnit();
    void invoicesAllAndOpen();
    void paymentsSealedAndPending();
    void repairsWithAge();
    void creditScore();
    void models();

private:
    QTemporaryDir m_dir;
    KioskCommunity m_community;
    QString m_ledger;
    std::unique_ptr<store::Store> m_store;
    ledger::Genesis m_genesis;
};

void TstViews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ledger = m_dir.filePath(QStringLiteral("ledger.db"));
    const QString problem = m_community.build(m_ledger);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    auto opened = store::Store::open(m_ledger);
    CY_VERIFY_OK(opened);
    m_store = std::move(*opened);
    m_genesis = *m_store->genesis();
}

void TstViews::account()
{
    auto summary = views::accountSummary(m_store->state(), m_genesis, QStringLiteral("1-0101"), kNow);
    CY_VERIFY_OK(summary);
    QCOMPARE(summary->today, QDate(2027, 1, 10));
    // Open: deposit 3,000.00 - 2,000.00 cash = 1,000.00 (100000), rent 3,000.00 (300000).
    QCOMPARE(int(summary->invoices.size()), 2);
    QCOMPARE(summary->invoices[0].kind, QStringLiteral("deposit"));
    QCOMPARE(summary->invoices[0].open(), qint64(100000));
    QCOMPARE(summary->invoices[1].kind, QStringLiteral("rent"));
    QCOMPARE(summary->invoices[1].open(), qint64(300000));
    QCOMPARE(summary->invoices[1].due, QDate(2027, 1, 5));
    QCOMPARE(summary->dueNow, qint64(400000)); // 100000 + 300000
    QCOMPARE(summary->overdue, qint64(400000)); // both due before 2027-01-10
    // Never a past date: both open invoices are past due (that is `overdue`), so the next due
    // date is the lease's next billing day, the 5th: 2027-02-05.
    QCOMPARE(summary->nextDue, std::optional<QDate>(QDate(2027, 2, 5)));
    QCOMPARE(summary->credit, qint64(0));

    // 1-0102 has no lease: nothing open.
    auto other = views::accountSummary(m_store->state(), m_genesis, QStringLiteral("1-0102"), kNow);
    CY_VERIFY_OK(other);
    QCOMPARE(other->dueNow, qint64(0));
    QVERIFY(!other->nextDue);

    // On the 3rd at 08:00 (before the cash payment of 09:00 is even relevant, read from the same
    // state) nothing is overdue yet but the deposit, due 2027-01-01: 100000.
    auto earlier = views::accountSummary(m_store->state(), m_genesis, QStringLiteral("1-0101"), localMs(2027, 1, 3, 8));
    CY_VERIFY_OK(earlier);
    QCOMPARE(earlier->overdue, qint64(100000));
    QCOMPARE(earlier->dueNow, qint64(400000));
    // The rent, due 2027-01-05, has not fallen due on the 3rd: it is the next due date.
    QCOMPARE(earlier->nextDue, std::optional<QDate>(QDate(2027, 1, 5)));
    // On the 5th itself the rent is due that day (not past).
    auto dueDay = views::accountSummary(m_store->state(), m_genesis, QStringLiteral("1-0101"), localMs(2027, 1, 5, 20));
    CY_VERIFY_OK(dueDay);
    QCOMPARE(dueDay->nextDue, std::optional<QDate>(QDate(2027, 1, 5)));
    QCOMPARE(dueDay->overdue, qint64(100000)); // the deposit only
    // In late February, with January's invoices still open: the lease's billing day in March.
    auto later = views::accountSummary(m_store->state(), m_genesis, QStringLiteral("1-0101"), localMs(2027, 2, 20, 9));
    CY_VERIFY_OK(later);
    QCOMPARE(later->nextDue, std::optional<QDate>(QDate(2027, 3, 5)));
}

void TstViews::accountOfUnknownUnit()
{
    auto summary = views::accountSummary(m_store->state(), m_genesis, QStringLiteral("9-9999"), kNow);
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, ErrorCode::NotFound);
}

void TstViews::invoicesAllAndOpen()
{
    auto all = views::invoices(m_store->state(), QString(), false);
    CY_VERIFY_OK(all);
    QCOMPARE(int(all->size()), 2); // the deposit and January's rent, both of 1-0101
    auto open = views::invoices(m_store->state(), QStringLiteral("1-0101"), true);
    CY_VERIFY_OK(open);
    QCOMPARE(int(open->size()), 2);
    QCOMPARE((*open)[0].paid, qint64(200000)); // the cash went to the deposit, due first
    QCOMPARE(views::invoiceWhat((*open)[1], QLocale(QStringLiteral("en_US"))), QStringLiteral("Rent for January 2027"));
    QCOMPARE(views::invoiceKindText(QStringLiteral("late-fee")), QStringLiteral("Late fee"));
}

void TstViews::paymentsSealedAndPending()
{
    // A copy of the ledger with one kiosk payment of 500.00 waiting in its outbox.
    const QString copy = m_dir.filePath(QStringLiteral("payments.db"));
    QVERIFY(QFile::copy(m_ledger, copy));
    auto store = store::Store::open(copy);
    CY_VERIFY_OK(store);
    auto entry = (*store)->enqueue(m_community.kiosk.publicKey(), kNow, [&](quint64 sequence) {
        ledger::TransactionBody body;
        body.kind = QStringLiteral("payment.kiosk");
        body.communityId = m_genesis.communityId;
        body.author = m_community.kiosk.publicKey();
        body.sequence = sequence;
        body.payload = cbor::Value::fromMap({{QStringLiteral("unit"), cbor::Value::fromText(QStringLiteral("1-0101"))},
                                             {QStringLiteral("amount"), cbor::Value::fromInt(50000)},
                                             {QStringLiteral("reference"), cbor::Value::fromText(QStringLiteral("K1"))},
                                             {QStringLiteral("resident"), cbor::Value::fromBytes(kR1)}});
        return ledger::Transaction::create(std::move(body), m_community.kiosk);
    });
    CY_VERIFY_OK(entry);
    auto lines = views::payments(**store, QStringLiteral("1-0101"));
    CY_VERIFY_OK(lines);
    QCOMPARE(int(lines->size()), 2);
    // Newest first: the pending kiosk payment (2027-01-10), then the cash of 2027-01-03.
    QCOMPARE((*lines)[0].status, views::PaymentStatus::Pending);
    QCOMPARE((*lines)[0].amount, qint64(50000));
    QCOMPARE((*lines)[0].reference, QStringLiteral("K1"));
    QCOMPARE((*lines)[1].status, views::PaymentStatus::Confirmed);
    QCOMPARE((*lines)[1].kind, QStringLiteral("payment.cash"));
    QCOMPARE((*lines)[1].amount, qint64(200000));
    QCOMPARE((*lines)[1].atMs, localMs(2027, 1, 3, 9));
    QVERIFY((*lines)[1].height.has_value());
    // Rejected by the server: shown with its reason.
    CY_VERIFY_OK((*store)->markRejected(entry->id, QStringLiteral("not-a-resident"), QStringLiteral("this resident does not live in unit 1-0101")));
    lines = views::payments(**store, QStringLiteral("1-0101"));
    CY_VERIFY_OK(lines);
    QCOMPARE((*lines)[0].status, views::PaymentStatus::Rejected);
    QCOMPARE((*lines)[0].reason, QStringLiteral("this resident does not live in unit 1-0101"));
    // Another unit's: none.
    lines = views::payments(**store, QStringLiteral("1-0102"));
    CY_VERIFY_OK(lines);
    QCOMPARE(int(lines->size()), 0);
}

void TstViews::repairsWithAge()
{
    auto lines = views::repairs(m_store->state(), views::RepairFilter{QStringLiteral("1-0101"), {}, {}}, qint64(kNow));
    CY_VERIFY_OK(lines);
    QCOMPARE(int(lines->size()), 1);
    const views::RepairLine &r = lines->front();
    QCOMPARE(r.id, kRepair1);
    QCOMPARE(r.status, QStringLiteral("quoted"));
    QCOMPARE(r.resident, kR1);
    // Requested 2027-01-02 09:00, now 2027-01-10 12:00: 8 days 3 hours, 8 whole days.
    QCOMPARE(r.ageDays, 8);
    QCOMPARE(int(r.events.size()), 2);
    QCOMPARE(views::repairStatusText(r.status), QStringLiteral("Quote received"));
    // By resident and by status.
    lines = views::repairs(m_store->state(), views::RepairFilter{{}, kR2, {}}, qint64(kNow));
    CY_VERIFY_OK(lines);
    QCOMPARE(int(lines->size()), 0);
    lines = views::repairs(m_store->state(), views::RepairFilter{{}, {}, QStringLiteral("requested")}, qint64(kNow));
    CY_VERIFY_OK(lines);
    QCOMPARE(int(lines->size()), 0);
}

void TstViews::creditScore()
{
    auto score = views::creditScore(m_store->state(), kR1);
    CY_VERIFY_OK(score);
    QVERIFY(score->has_value());
    // Closed on 2027-01-01: nothing was judged yet, so the neutral base of 550 (docs/credit-score.md).
    QCOMPARE((*score)->score, 550);
    QCOMPARE((*score)->period, QStringLiteral("2027-01"));
    QVERIFY(!(*score)->reasons.empty());
    QCOMPARE((*score)->reasons.front().code, QStringLiteral("no-history"));
    QCOMPARE((*score)->reasons.front().text, contracts::creditReasonText(QStringLiteral("no-history")));
    QVERIFY(!(*score)->reasons.front().text.isEmpty());
    auto nobody = views::creditScore(m_store->state(), QByteArray(16, '\x7f'));
    QVERIFY(!nobody);
    QCOMPARE(nobody.error().code, ErrorCode::NotFound);
}

void TstViews::models()
{
    auto summary = views::accountSummary(m_store->state(), m_genesis, QStringLiteral("1-0101"), kNow);
    CY_VERIFY_OK(summary);
    views::InvoiceListModel invoices;
    invoices.setFormat(*money::currencyByCode(u"CNY"), QLocale(QStringLiteral("en_US")));
    QSignalSpy count(&invoices, &views::InvoiceListModel::countChanged);
    invoices.setInvoices(summary->invoices, summary->today);
    QCOMPARE(invoices.rowCount(), 2);
    QCOMPARE(count.count(), 1);
    const QModelIndex rent = invoices.index(1);
    QCOMPARE(invoices.data(rent, views::InvoiceListModel::WhatRole).toString(), QStringLiteral("Rent for January 2027"));
    QCOMPARE(invoices.data(rent, views::InvoiceListModel::OpenRole).toString(), QStringLiteral("CNY 3,000.00"));
    QCOMPARE(invoices.data(rent, views::InvoiceListModel::OverdueRole).toBool(), true);
    QCOMPARE(invoices.data(rent, views::InvoiceListModel::IdRole).toString(), toHex(summary->invoices[1].id));
    QVERIFY(invoices.roleNames().values().contains("what"));
    invoices.clear();
    QCOMPARE(invoices.rowCount(), 0);
    QCOMPARE(count.count(), 2);

    views::RepairListModel repairs;
    auto lines = views::repairs(m_store->state(), views::RepairFilter{QStringLiteral("1-0101"), {}, {}}, qint64(kNow));
    CY_VERIFY_OK(lines);
    repairs.setRepairs(*lines);
    QCOMPARE(repairs.data(repairs.index(0), views::RepairListModel::AgeDaysRole).toInt(), 8);
    QCOMPARE(repairs.data(repairs.index(0), views::RepairListModel::CategoryTextRole).toString(), QStringLiteral("Plumbing"));
}

QTEST_GUILESS_MAIN(TstViews)
#include "tst_views.moc"
