// The financial report's period figures on a small hand-made ledger (the CLI demo's first
// transactions: roles, fee rule, first units; then one unit of our own with a lease and its
// deposit, payments before and after the period's end, a reversal after it, and two fund
// transfers by the committee's quorum): the arrears as they stood at the period's end, not
// today, and the funds' balances at the start and the end. Every expected figure is by hand.
#include "app/accounting/books.h"
#include "app/accounting/documents.h"
#include "app/cli/demo.h"
#include "core/crypto/crypto.h"
#include "tests/support/fixture.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextOption>
#include <QTimeZone>
#include <QImage>
#include <QtTest>

#include <map>

using namespace courtyard;
using namespace courtyard::accounting;

namespace {

quint64 utcNoon(int y, int m, int d)
{
    return quint64(QDateTime(QDate(y, m, d), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

cbor::Value text(const QString &t)
{
    return cbor::Value::fromText(t);
}

} // namespace

class TestPeriod : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void arrearsAtThePeriodsEnd();
    void fundBalances();
    void reportInFourLanguages();

private:
    bool submit(const crypto::KeyPair &author, const QString &kind, cbor::Value payload, std::vector<const crypto::KeyPair *> cosigners,
                quint64 timeMs, ledger::TxId *id = nullptr);
    bool seal(quint64 timeMs);

    static constexpr quint64 kSeed = 20261122;
    QTemporaryDir m_dir;
    cli::DemoKeys m_keys = cli::demoKeys(kSeed);
    std::optional<cli::DemoCommunity> m_community;
    QString m_error;
};

bool TestPeriod::submit(const crypto::KeyPair &author, const QString &kind, cbor::Value payload, std::vector<const crypto::KeyPair *> cosigners,
                        quint64 timeMs, ledger::TxId *id)
{
    node::Ledger &ledger = *m_community->ledger;
    auto last = ledger.store().lastSealedSequence(author.publicKey());
    if (!last) {
        m_error = last.error().message;
        return false;
    }
    quint64 pending = 0;
    for (const ledger::Transaction &tx : ledger.pending()) {
        pending += tx.body().author == author.publicKey() ? 1 : 0;
    }
    ledger::TransactionBody body;
    body.kind = kind;
    body.communityId = ledger.engine().genesis().communityId;
    body.author = author.publicKey();
    body.sequence = *last + pending + 1;
    body.payload = std::move(payload);
    auto tx = ledger::Transaction::create(std::move(body), author);
    for (const crypto::KeyPair *k : cosigners) {
        if (tx) {
            tx = tx->withSignature(*k);
        }
    }
    if (!tx) {
        m_error = tx.error().message;
        return false;
    }
    if (id) {
        *id = tx->id();
    }
    auto refused = ledger.submit(*tx, timeMs);
    if (!refused || *refused) {
        m_error = kind + QStringLiteral(": ") + (!refused ? refused.error().message : (*refused)->code + QStringLiteral(": ") + (*refused)->message);
        qWarning() << m_error;
        return false;
    }
    return true;
}

bool TestPeriod::seal(quint64 timeMs)
{
    auto sealed = m_community->ledger->sealPending(timeMs, m_keys.server);
    if (!sealed || !sealed->dropped.empty()) {
        m_error = !sealed ? sealed.error().message : sealed->dropped.front().rejection.message;
        return false;
    }
    return true;
}

void TestPeriod::initTestCase()
{
    QVERIFY(m_dir.isValid());
    cli::DemoOptions options;
    options.ledgerPath = m_dir.filePath(QStringLiteral("period.ledger"));
    options.transactions = 12; // the grants, the fee rule and the first units: no money moves
    options.seed = kSeed;
    auto community = cli::buildDemoCommunity(options, m_keys);
    QVERIFY2(community.has_value(), community ? "" : qPrintable(community.error().message));
    m_community = std::move(*community);
    const QString currency = m_community->ledger->engine().genesis().currency;
    QCOMPARE(currency, QStringLiteral("CNY"));
    const QByteArray resident = crypto::toByteArray(crypto::sha256(QByteArrayLiteral("tst_period resident"))).left(16);
    const auto transfer = [&](const char *from, const char *to, qint64 amount) {
        return cbor::Value::fromMap({{QStringLiteral("from"), text(QString::fromLatin1(from))},
                                     {QStringLiteral("to"), text(QString::fromLatin1(to))},
                                     {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
                                     {QStringLiteral("currency"), text(currency)},
                                     {QStringLiteral("reason"), text(QStringLiteral("tst_period"))}});
    };
    const auto cash = [&](qint64 amount, const char *receipt) {
        return cbor::Value::fromMap({{QStringLiteral("unit"), text(QStringLiteral("9-0901"))},
                                     {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
                                     {QStringLiteral("receipt"), text(QString::fromLatin1(receipt))}});
    };
    const crypto::KeyPair &manager = m_keys.manager;
    const std::vector<const crypto::KeyPair *> quorum{&m_keys.committee[2]};

    // February 20: 500.00 from the reserve fund to the maintenance fund (committee, 2 of 3).
    quint64 t = utcNoon(2027, 2, 20);
    QVERIFY2(submit(m_keys.committee[1], QStringLiteral("fund.transfer"), transfer("reserve", "maintenance", 50000), quorum, t) && seal(t),
             qPrintable(m_error));
    // March 1: unit 9-0901, its resident, a lease from March 1 with a 3,000.00 deposit (due March 1).
    t = utcNoon(2027, 3, 1);
    QVERIFY2(submit(manager, QStringLiteral("unit.register"),
                    cbor::Value::fromMap({{QStringLiteral("number"), text(QStringLiteral("9-0901"))},
                                          {QStringLiteral("area"), cbor::Value::fromUnsigned(80)},
                                          {QStringLiteral("share"), cbor::Value::fromUnsigned(100)}}),
                    {}, t) &&
                 submit(manager, QStringLiteral("resident.register"),
                        cbor::Value::fromMap({{QStringLiteral("resident"), cbor::Value::fromBytes(resident)},
                                              {QStringLiteral("unit"), text(QStringLiteral("9-0901"))}}),
                        {}, t) &&
                 submit(manager, QStringLiteral("lease.create"),
                        cbor::Value::fromMap({{QStringLiteral("lease"), cbor::Value::fromBytes(QByteArray(16, '\x42'))},
                                              {QStringLiteral("unit"), text(QStringLiteral("9-0901"))},
                                              {QStringLiteral("residents"), cbor::Value::fromArray({cbor::Value::fromBytes(resident)})},
                                              {QStringLiteral("currency"), text(currency)},
                                              {QStringLiteral("rent"), cbor::Value::fromInt(300000)},
                                              {QStringLiteral("billing-day"), cbor::Value::fromUnsigned(5)},
                                              {QStringLiteral("start"), text(QStringLiteral("2027-03-01"))},
                                              {QStringLiteral("deposit"), cbor::Value::fromInt(300000)},
                                              {QStringLiteral("grace-days"), cbor::Value::fromUnsigned(5)},
                                              {QStringLiteral("document"), cbor::Value::fromBytes(QByteArray(32, '\x17'))}}),
                        {}, t) &&
                 seal(t),
             qPrintable(m_error));
    // March 10: 800.00 paid in cash. March 15: 200.00 in cash.
    ledger::TxId march10{};
    t = utcNoon(2027, 3, 10);
    QVERIFY2(submit(manager, QStringLiteral("payment.cash"), cash(80000, "R-0310"), {}, t, &march10) && seal(t), qPrintable(m_error));
    t = utcNoon(2027, 3, 15);
    QVERIFY2(submit(manager, QStringLiteral("payment.cash"), cash(20000, "R-0315"), {}, t) && seal(t), qPrintable(m_error));
    // March 20: 20,000.00 from the maintenance fund to the reserve fund.
    t = utcNoon(2027, 3, 20);
    QVERIFY2(submit(m_keys.committee[1], QStringLiteral("fund.transfer"), transfer("maintenance", "reserve", 2000000), quorum, t) && seal(t),
             qPrintable(m_error));
    // April 8: 1,500.00 in cash (after the period). April 12: the March 10 payment reversed.
    t = utcNoon(2027, 4, 8);
    QVERIFY2(submit(manager, QStringLiteral("payment.cash"), cash(150000, "R-0408"), {}, t) && seal(t), qPrintable(m_error));
    t = utcNoon(2027, 4, 12);
    QVERIFY2(submit(manager, QStringLiteral("payment.reverse"),
                    cbor::Value::fromMap({{QStringLiteral("payment"), cbor::Value::fromBytes(crypto::toByteArray(march10))},
                                          {QStringLiteral("reason"), text(QStringLiteral("counted twice"))}}),
                    {}, t) &&
                 seal(t),
             qPrintable(m_error));
}

void TestPeriod::arrearsAtThePeriodsEnd()
{
    store::Store &store = m_community->ledger->store();
    // Today (after April 12): 3,000.00 - 200.00 (March 15) - 1,500.00 (April 8) = 1,300.00 open;
    // the March 10 payment of 800.00 was reversed.
    auto now = arrears(store.state(), QDate(2027, 5, 1));
    CY_VERIFY_OK(now);
    qint64 owedNow = 0;
    for (const UnitArrears &u : now->units) {
        if (u.unit == QLatin1String("9-0901")) {
            owedNow = u.owed;
        }
    }
    QCOMPARE(owedNow, qint64(130000)); // 300000 - 20000 - 150000

    // At the end of March 31: 3,000.00 - 800.00 (March 10, reversed only in April) - 200.00
    // (March 15) = 2,000.00; the April 8 payment had not come yet. Due March 1: 30 days old on
    // April 1 (March has 31 days: March 1 + 31 = April 1, so 31 days): the 31-60 bucket.
    auto end = arrearsAtEndOf(store, QDate(2027, 3, 31));
    CY_VERIFY_OK(end);
    QCOMPARE(end->asOf, QDate(2027, 4, 1));
    QCOMPARE(end->units.size(), std::size_t(1)); // the demo's first units have no lease yet
    QCOMPARE(end->units[0].unit, QStringLiteral("9-0901"));
    QCOMPARE(end->units[0].owed, qint64(200000)); // 300000 - 80000 - 20000
    QCOMPARE(end->units[0].oldestDays, 31);        // March 1 to April 1
    QCOMPARE(end->buckets.days31to60, qint64(200000));
    QCOMPARE(end->owed(), qint64(200000));

    // At the end of February 28 the lease did not exist: nothing owed.
    auto february = arrearsAtEndOf(store, QDate(2027, 2, 28));
    CY_VERIFY_OK(february);
    QCOMPARE(february->owed(), qint64(0));

    // At the end of April 10: 300000 - 80000 (reversed April 12, after) - 20000 - 150000 = 50000.
    auto april10 = arrearsAtEndOf(store, QDate(2027, 4, 10));
    CY_VERIFY_OK(april10);
    QCOMPARE(april10->owed(), qint64(50000));

    // The report of March uses the period's end.
    auto figures = financialFigures(store, QDate(2027, 3, 1), QDate(2027, 3, 31));
    CY_VERIFY_OK(figures);
    QCOMPARE(figures->arrears.owed(), qint64(200000));
    QCOMPARE(figures->arrears.units.size(), std::size_t(1));
}

void TestPeriod::fundBalances()
{
    store::Store &store = m_community->ledger->store();
    auto figures = financialFigures(store, QDate(2027, 3, 1), QDate(2027, 3, 31));
    CY_VERIFY_OK(figures);
    // Funds are credit balances. Before March 1: reserve -> maintenance 500.00, so maintenance
    // +50000, reserve -50000. Through March 31: maintenance -> reserve 20,000.00, so maintenance
    // 50000 - 2000000 = -1950000, reserve -50000 + 2000000 = 1950000.
    QCOMPARE(figures->funds.size(), std::size_t(2));
    const auto maintenance = figures->funds.at(QStringLiteral("Equity:MaintenanceFund"));
    const auto reserve = figures->funds.at(QStringLiteral("Equity:ReserveFund"));
    QCOMPARE(maintenance.first, qint64(50000));
    QCOMPARE(maintenance.second, qint64(-1950000));
    QCOMPARE(reserve.first, qint64(-50000));
    QCOMPARE(reserve.second, qint64(1950000));
    // Cash at the office: 800.00 + 200.00 in March, nothing before.
    const auto cash = figures->cash.at(QStringLiteral("Assets:Cash"));
    QCOMPARE(cash.first, qint64(0));
    QCOMPARE(cash.second, qint64(100000)); // 80000 + 20000
    // February alone: the first transfer; start 0, end as above.
    auto february = financialFigures(store, QDate(2027, 2, 1), QDate(2027, 2, 28));
    CY_VERIFY_OK(february);
    QCOMPARE(february->funds.at(QStringLiteral("Equity:MaintenanceFund")).first, qint64(0));
    QCOMPARE(february->funds.at(QStringLiteral("Equity:MaintenanceFund")).second, qint64(50000));
    QCOMPARE(february->funds.at(QStringLiteral("Equity:ReserveFund")).second, qint64(-50000));

    // The document shows them: "500.00 CNY" and "-19,500.00 CNY" (English digits, group commas).
    auto document = financialReportDocument(*figures, QStringLiteral("en"));
    CY_VERIFY_OK(document);
    const QString plain = (*document)->toPlainText();
    QVERIFY2(plain.contains(QStringLiteral("500.00")), qPrintable(plain));
    QVERIFY2(plain.contains(QStringLiteral("19,500.00")), qPrintable(plain));
    QVERIFY2(plain.contains(QStringLiteral("2,000.00")), qPrintable(plain)); // the arrears at the end
}

void TestPeriod::reportInFourLanguages()
{
    store::Store &store = m_community->ledger->store();
    auto figures = financialFigures(store, QDate(2027, 3, 1), QDate(2027, 3, 31));
    CY_VERIFY_OK(figures);
    const std::map<QString, QStringList> words = {
        {QStringLiteral("en"), {QStringLiteral("Financial report"), QStringLiteral("Maintenance fund"), QStringLiteral("Arrears")}},
        {QStringLiteral("zh_CN"), {QStringLiteral("财务报告"), QStringLiteral("维修基金"), QStringLiteral("欠款")}},
        {QStringLiteral("ja"), {QStringLiteral("財務報告書"), QStringLiteral("修繕積立金"), QStringLiteral("滞納")}},
        {QStringLiteral("ar"), {QStringLiteral("التقرير المالي"), QStringLiteral("صندوق الصيانة"), QStringLiteral("المتأخرات")}},
    };
    for (const auto &[language, expected] : words) {
        auto document = financialReportDocument(*figures, language);
        CY_VERIFY_OK(document);
        const QString plain = (*document)->toPlainText();
        for (const QString &w : expected) {
            QVERIFY2(plain.contains(w), qPrintable(language + QStringLiteral(": no '") + w + QStringLiteral("' in ") + plain));
        }
        QCOMPARE((*document)->defaultTextOption().textDirection(), language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
        // Every sentence of the report translated (the source itself only in English).
        auto sentences = reportSentences(language);
        CY_VERIFY_OK(sentences);
        auto english = reportSentences(QStringLiteral("en"));
        CY_VERIFY_OK(english);
        QCOMPARE(sentences->size(), english->size());
        if (language != QLatin1String("en")) {
            for (qsizetype i = 0; i < sentences->size(); ++i) {
                QVERIFY2(sentences->at(i) != english->at(i), qPrintable(language + QStringLiteral(": untranslated '") + english->at(i) + QLatin1Char('\'')));
            }
        }
        const QImage page = renderFirstPage(**document);
        page.save(QStringLiteral(COURTYARD_ACCOUNTING_SHOTS "/report-%1.png").arg(language));
    }
    QVERIFY(!financialReportDocument(*figures, QStringLiteral("fr")).has_value());
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestPeriod test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_period.moc"
