// Devices in sync through a real courtyardd on 127.0.0.1 (random port, TLS, pinned certificate):
// a payment made on device A is verified and visible on device B; 50 payments made offline are
// sealed exactly once and in order when the server comes up, also with device A restarted in
// between; a server whose history differs from what a device verified is refused with evidence.
#include "tests/server/device_fixture.h"

#include "app/sync/sync_client.h"
#include "contracts/standard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace courtyard;
using courtyard::testing::kServerStart;

namespace {

// A device: its own ledger file, begun from the server's block 0, and a sync client.
struct Device {
    std::unique_ptr<node::Ledger> ledger;
    std::unique_ptr<syncclient::SyncClient> client;
};

using testing::waitFor;

} // namespace

class TestSync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void paymentOnOneDeviceIsVerifiedOnAnother();
    void offlinePaymentsAreSealedOnceInOrder_data();
    void offlinePaymentsAreSealedOnceInOrder();
    void aRewrittenHistoryIsRefused();
    void theCliJoinsAndSyncs();

private:
    // A device ledger at name, begun from block 0 of the server's ledger file.
    std::unique_ptr<node::Ledger> deviceLedger(const QString &name);
    std::unique_ptr<syncclient::SyncClient> client(node::Ledger &ledger, const crypto::KeyPair &key, const QUrl &url);
    void enqueue(node::Ledger &ledger, const crypto::KeyPair &author, const QString &kind, cbor::Value payload);
    cbor::Value cashPayment(const QString &unit, qint64 amount, const QString &receipt);
    QString unitOf(node::Ledger &ledger, const QString &unit);

    testing::ServerCommunity m_c;
    contracts::Registry m_registry;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<testing::ServerProcess> m_server;
};

void TestSync::init()
{
    if (m_registry.all().empty()) {
        contracts::addStandardContracts(m_registry);
    }
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<testing::ServerProcess>();
    const QString ready = m_server->setUp(m_dir->path(), m_c, m_registry);
    QVERIFY2(ready.isEmpty(), qPrintable(ready));
}

void TestSync::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<node::Ledger> TestSync::deviceLedger(const QString &name)
{
    return testing::deviceLedger(*m_server, m_dir->filePath(name), m_registry);
}

std::unique_ptr<syncclient::SyncClient> TestSync::client(node::Ledger &ledger, const crypto::KeyPair &key, const QUrl &url)
{
    syncclient::SyncOptions options;
    options.server = url;
    options.pin = m_server->pin();
    options.initialBackoffMs = 50;
    options.maxBackoffMs = 400;
    return std::make_unique<syncclient::SyncClient>(ledger, key, options);
}

void TestSync::enqueue(node::Ledger &ledger, const crypto::KeyPair &author, const QString &kind, cbor::Value payload)
{
    testing::enqueue(ledger, m_c, author, kind, payload);
}

cbor::Value TestSync::cashPayment(const QString &unit, qint64 amount, const QString &receipt)
{
    return testing::cashPayload(unit, amount, receipt);
}

QString TestSync::unitOf(node::Ledger &ledger, const QString &unit)
{
    auto v = ledger.store().state().get(QByteArray("unit/") + unit.toUtf8());
    return v && v->has_value() ? (*v)->diagnostic() : QString();
}

void TestSync::paymentOnOneDeviceIsVerifiedOnAnother()
{
    QVERIFY(m_server->start() != 0);
    Device a{deviceLedger(QStringLiteral("a.db")), nullptr};
    Device b{deviceLedger(QStringLiteral("b.db")), nullptr};
    a.client = client(*a.ledger, m_c.manager, m_server->url());
    b.client = client(*b.ledger, m_c.kiosk, m_server->url());
    QSignalSpy caughtUp(b.client.get(), &syncclient::SyncClient::caughtUp);
    b.client->start();
    QVERIFY(caughtUp.wait(20000));
    QCOMPARE(b.ledger->store().blockCount(), quint64(2)); // genesis and the grants

    // Device A: a unit, then 1,200.00 in cash for it (no invoice yet: prepaid credit).
    enqueue(*a.ledger, m_c.manager, QStringLiteral("unit.register"),
            cbor::Value::fromMap({{QStringLiteral("number"), cbor::Value::fromText(QStringLiteral("12-0301"))},
                                  {QStringLiteral("area"), cbor::Value::fromUnsigned(8550)},
                                  {QStringLiteral("share"), cbor::Value::fromUnsigned(100)}}));
    enqueue(*a.ledger, m_c.manager, QStringLiteral("payment.cash"), cashPayment(QStringLiteral("12-0301"), 120000, QStringLiteral("R-1")));
    QCOMPARE(*a.client->pendingCount(), quint64(2));
    a.client->start();
    QVERIFY(waitFor([&] { return *a.client->pendingCount() == 0; }));
    const auto sealed = a.ledger->store().outbox(store::OutboxState::Sealed);
    QCOMPARE(sealed->size(), std::size_t(2));

    // Device B verified and applied the same blocks: the same tip, state root and credit.
    QVERIFY(waitFor([&] { return b.ledger->store().blockCount() == a.ledger->store().blockCount(); }));
    QCOMPARE(*b.ledger->store().stateRoot(), *a.ledger->store().stateRoot());
    QCOMPARE(b.ledger->store().tip()->hash, a.ledger->store().tip()->hash);
    QCOMPARE(unitOf(*b.ledger, QStringLiteral("12-0301")), QStringLiteral("{\"area\": 8550, \"share\": 100}"));
    const auto credit = b.ledger->store().postingsForAccount(QStringLiteral("Liabilities:Prepaid:12-0301"));
    QCOMPARE(credit->size(), std::size_t(1));
    QCOMPARE(credit->front().amount, qint64(-120000)); // 1,200.00 owed to the resident as credit
    QVERIFY(node::checkInvariants(b.ledger->store())->isEmpty());

    // A payment the contracts refuse comes back rejected with its reason, and changes nothing.
    QSignalSpy rejected(a.client.get(), &syncclient::SyncClient::transactionRejected);
    enqueue(*a.ledger, m_c.manager, QStringLiteral("payment.cash"), cashPayment(QStringLiteral("99-9999"), 100, QStringLiteral("R-2")));
    a.client->stop();
    a.client->start();
    QVERIFY(rejected.wait(20000));
    QCOMPARE(rejected.front().at(1).toString(), QStringLiteral("unknown-unit"));
    const auto refused = a.ledger->store().outbox(store::OutboxState::Rejected);
    QCOMPARE(refused->size(), std::size_t(1));
    QCOMPARE(refused->front().reasonCode, QStringLiteral("unknown-unit"));
    QVERIFY(!refused->front().reason.isEmpty());
    QCOMPARE(*a.client->pendingCount(), quint64(0));
}

void TestSync::offlinePaymentsAreSealedOnceInOrder_data()
{
    QTest::addColumn<bool>("restartDevice");
    QTest::newRow("device keeps running") << false;
    QTest::newRow("device restarted while offline") << true;
}

void TestSync::offlinePaymentsAreSealedOnceInOrder()
{
    QFETCH(bool, restartDevice);
    // The server is down: the device keeps trying (backoff) while the payments wait in its outbox.
    QVERIFY(m_server->start() != 0);
    const quint16 port = m_server->port();
    const QUrl url = m_server->url();
    QVERIFY(m_server->stop());

    const QString path = m_dir->filePath(QStringLiteral("a.db"));
    auto ledger = deviceLedger(QStringLiteral("a.db"));
    auto a = client(*ledger, m_c.manager, url);
    QSignalSpy failures(a.get(), &syncclient::SyncClient::connectionFailed);
    a->start();
    enqueue(*ledger, m_c.manager, QStringLiteral("unit.register"),
            cbor::Value::fromMap({{QStringLiteral("number"), cbor::Value::fromText(QStringLiteral("7-0701"))},
                                  {QStringLiteral("area"), cbor::Value::fromUnsigned(6000)},
                                  {QStringLiteral("share"), cbor::Value::fromUnsigned(100)}}));
    for (int i = 1; i <= 50; ++i) {
        enqueue(*ledger, m_c.manager, QStringLiteral("payment.cash"), cashPayment(QStringLiteral("7-0701"), 100 * i, QStringLiteral("R-%1").arg(i)));
    }
    QVERIFY(waitFor([&] { return failures.size() >= 2; })); // it tried, and tried again
    QCOMPARE(a->state(), syncclient::SyncState::Offline);
    QCOMPARE(*a->pendingCount(), quint64(51));

    if (restartDevice) {
        a.reset();
        ledger.reset();
        auto reopened = node::Ledger::open(path, m_registry);
        CY_VERIFY_OK(reopened);
        ledger = std::move(*reopened);
        QCOMPARE(ledger->store().outbox(store::OutboxState::Pending)->size(), std::size_t(51));
        a = client(*ledger, m_c.manager, url);
        a->start();
    }

    QCOMPARE(m_server->start(port), port);
    QVERIFY(waitFor([&] { return *a->pendingCount() == 0; }, 60000));
    QCOMPARE(a->state(), syncclient::SyncState::Live);

    // Exactly once and in order, on the server: 51 transactions of the manager, sequences 1..51
    // in log order, and the credit is 100 × (1 + 2 + ... + 50) = 100 × 1,275 = 127,500 (1,275.00).
    auto server = store::Store::open(m_server->ledgerPath(), store::OpenOptions{true, std::nullopt});
    CY_VERIFY_OK(server);
    QCOMPARE(*(*server)->lastSealedSequence(m_c.manager.publicKey()), quint64(51));
    std::vector<qint64> sequences;
    CY_VERIFY_OK((*server)->forEachBlock(2, [&](store::StoredBlock &&b) {
        for (const auto &t : b.transactions) {
            sequences.push_back(t.sequence);
        }
        return true;
    }));
    QCOMPARE(sequences.size(), std::size_t(51));
    for (std::size_t i = 0; i < sequences.size(); ++i) {
        QCOMPARE(sequences[i], qint64(i + 1));
    }
    const auto credit = (*server)->postingsForAccount(QStringLiteral("Liabilities:Prepaid:7-0701"));
    qint64 total = 0;
    for (const auto &p : *credit) {
        total += p.amount;
    }
    QCOMPARE(total, qint64(-127500));
    // The device holds the same history.
    QCOMPARE(ledger->store().tip()->hash, (*server)->tip()->hash);
    QCOMPARE(ledger->store().outbox(store::OutboxState::Sealed)->size(), std::size_t(51));
}

void TestSync::aRewrittenHistoryIsRefused()
{
    // The device follows the real server to block 2.
    QVERIFY(m_server->start() != 0);
    auto ledger = deviceLedger(QStringLiteral("a.db"));
    auto a = client(*ledger, m_c.manager, m_server->url());
    a->start();
    enqueue(*ledger, m_c.manager, QStringLiteral("unit.register"),
            cbor::Value::fromMap({{QStringLiteral("number"), cbor::Value::fromText(QStringLiteral("1-0101"))},
                                  {QStringLiteral("area"), cbor::Value::fromUnsigned(6000)},
                                  {QStringLiteral("share"), cbor::Value::fromUnsigned(100)}}));
    QVERIFY(waitFor([&] { return *a->pendingCount() == 0; }));
    QCOMPARE(ledger->store().blockCount(), quint64(3));
    a->stop();
    QVERIFY(m_server->stop());

    // Someone with the sealing key rewrites the server's history: the same genesis and grants,
    // then another block 2 (another unit) and a block 3.
    const QString forged = m_server->ledgerPath();
    const QString real = forged + QStringLiteral(".real");
    QVERIFY(QFile::rename(forged, real));
    QFile::remove(forged + QStringLiteral("-wal"));
    QFile::remove(forged + QStringLiteral("-shm"));
    QVERIFY(m_c.createLedger(forged, m_registry).isEmpty());
    {
        auto fork = node::Ledger::open(forged, m_registry);
        CY_VERIFY_OK(fork);
        for (int i = 0; i < 2; ++i) {
            const auto tx = m_c.registerUnit(QStringLiteral("6-066%1").arg(i), quint64(i + 1));
            QVERIFY(!(*(*fork)->submit(tx, kServerStart + 10000 * (i + 1))).has_value());
            CY_VERIFY_OK((*fork)->sealPending(kServerStart + 10000 * (i + 1), m_c.server));
        }
    }
    QVERIFY(m_server->start() != 0);
    auto again = client(*ledger, m_c.manager, m_server->url());
    QSignalSpy diverged(again.get(), &syncclient::SyncClient::verificationFailed);
    again->start();
    QVERIFY(diverged.wait(20000));
    QCOMPARE(again->state(), syncclient::SyncState::Diverged);
    // Caught at block 2, the device's own last block, which the server no longer has as verified.
    QVERIFY2(diverged.front().at(0).toString().contains(QStringLiteral("block 2 from the server")),
             qPrintable(diverged.front().at(0).toString()));
    // Nothing of the rewritten history was applied, and the evidence is kept.
    QCOMPARE(ledger->store().blockCount(), quint64(3));
    QVERIFY(node::checkInvariants(ledger->store())->isEmpty());
    const QStringList evidence = QDir(again->evidenceDir()).entryList(QDir::Files);
    QCOMPARE(evidence.size(), 2);
    // It does not come back by itself.
    QTest::qWait(500);
    QCOMPARE(again->state(), syncclient::SyncState::Diverged);
    QCOMPARE(ledger->store().blockCount(), quint64(3));
}

void TestSync::theCliJoinsAndSyncs()
{
    QVERIFY(m_server->start() != 0);
    const QString keyPath = m_dir->filePath(QStringLiteral("kiosk.key"));
    const QString passPath = m_dir->filePath(QStringLiteral("kiosk.pass"));
    auto sealedKey = crypto::sealKeyFile(m_c.kiosk, testing::kServerPassphrase, QStringLiteral("kiosk"), crypto::KdfStrength::Interactive);
    QVERIFY(testing::ServerProcess::write(keyPath, *sealedKey));
    QVERIFY(testing::ServerProcess::write(passPath, testing::kServerPassphrase + '\n'));
    const QString db = m_dir->filePath(QStringLiteral("kiosk.db"));
    const QString community = QString::fromLatin1(m_c.genesis.communityId.toHex());
    const auto run = [&](QStringList extra) {
        QProcess p;
        p.start(QStringLiteral(COURTYARD_CLI), QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--server"),
                                                           m_server->url().toString(), QStringLiteral("--key"), keyPath,
                                                           QStringLiteral("--passphrase-file"), passPath, QStringLiteral("--timeout"),
                                                           QStringLiteral("20")}
                                                   + extra);
        p.waitForFinished(60000);
        return std::tuple{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    };
    const QString pin = sync::fingerprintText(m_server->pin());

    // No ledger and no --join: exit 4, nothing created.
    auto [code, out, err] = run({QStringLiteral("--pin"), pin});
    QCOMPARE(code, 4);
    QVERIFY2(err.contains(QStringLiteral("--join")), qPrintable(err));
    QVERIFY(!QFile::exists(db));
    // The wrong community: refused, nothing created.
    std::tie(code, out, err) = run({QStringLiteral("--pin"), pin, QStringLiteral("--join"), QStringLiteral("--community"), QString(32, u'e')});
    QVERIFY(code != 0);
    QVERIFY2(err.contains(QStringLiteral("nothing was created")), qPrintable(err));
    QVERIFY(!QFile::exists(db));
    // A certificate that is not the pinned one: the TLS connection is refused (exit 6, network).
    std::tie(code, out, err) = run({QStringLiteral("--pin"), sync::fingerprintText(crypto::sha256("another certificate")),
                                    QStringLiteral("--join")});
    QCOMPARE(code, 6);
    QVERIFY(!QFile::exists(db));

    // Joined: the ledger begins from block 0 and catches up to the server's height 1.
    std::tie(code, out, err) = run({QStringLiteral("--pin"), pin, QStringLiteral("--join"), QStringLiteral("--community"), community,
                                    QStringLiteral("--json")});
    QVERIFY2(code == 0, qPrintable(err));
    const QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("joined")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("height")).toInteger(), 1);
    QCOMPARE(report.value(QStringLiteral("state")).toString(), QStringLiteral("live"));

    // Another device adds a block; the next sync verifies and applies it.
    auto manager = deviceLedger(QStringLiteral("m.db"));
    auto m = client(*manager, m_c.manager, m_server->url());
    enqueue(*manager, m_c.manager, QStringLiteral("unit.register"),
            cbor::Value::fromMap({{QStringLiteral("number"), cbor::Value::fromText(QStringLiteral("5-0501"))},
                                  {QStringLiteral("area"), cbor::Value::fromUnsigned(6000)},
                                  {QStringLiteral("share"), cbor::Value::fromUnsigned(100)}}));
    m->start();
    QVERIFY(waitFor([&] { return *m->pendingCount() == 0; }));
    std::tie(code, out, err) = run({QStringLiteral("--pin"), pin});
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("height 2 (1 new blocks verified)")), qPrintable(out));
    auto device = node::Ledger::open(db, m_registry);
    CY_VERIFY_OK(device);
    QCOMPARE(unitOf(**device, QStringLiteral("5-0501")), QStringLiteral("{\"area\": 6000, \"share\": 100}"));
    QCOMPARE(*(*device)->store().stateRoot(), *manager->store().stateRoot());
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
