// A tampered community server, against the real courtyardd on 127.0.0.1 and real devices (two
// SyncClients and one `courtyard sync`). Someone who holds the server's data folder (ledger and
// sealing key) stops it, puts another ledger in place and starts it again on the same port:
//  (a) the newest block re-sealed with a payment dropped (recomputed log and state roots, signed
//      with the real sealer key, at the same height the devices hold);
//  (b) a fork from an old height: different blocks after block 1, correctly signed and chained,
//      ending above, at or below the devices' height;
//  (c) a block correctly signed and chained whose state root is not what the contracts make.
// Every device must refuse, apply nothing, keep evidence and report Diverged, and stay so; the
// CLI exits 1 and says what to do. What each would catch if it broke is said at each test.
#include "tests/server/device_fixture.h"
#include "tests/server/forge.h"

#include "contracts/standard.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace courtyard;
using courtyard::testing::kServerStart;

namespace {

// One device as the tests see it: its ledger, its client and what it verified before the tamper.
struct Device {
    QString name;
    std::unique_ptr<node::Ledger> ledger;
    std::unique_ptr<syncclient::SyncClient> client;
    std::unique_ptr<QSignalSpy> diverged;
    quint64 blockCount = 0;
    crypto::Digest tipHash{};
    merkle::Hash stateRoot{};
};

} // namespace

class TestTamper : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aResealedBlockWithAPaymentDroppedIsRefused();
    void aForkFromAnOldHeightIsRefused_data();
    void aForkFromAnOldHeightIsRefused();
    void aWrongStateRootIsRefused();

private:
    // Seals blocks into the server's ledger before it starts (the honest history the devices
    // will verify): one block per list, at kServerStart + 10 s × its number.
    void sealHistory(const std::vector<std::vector<ledger::Transaction>> &blocks);
    // Starts the server and two SyncClient devices (manager, kiosk) and a CLI device
    // (committee member's key), all caught up; remembers what each verified.
    void startAndFollow();
    // Stops the server, puts the ledger made by forge (given the forger's path and the sealer
    // key read from the data folder) in place, and starts the server again on the same port.
    void tamper(const std::function<void(const QString &path, const crypto::KeyPair &sealer)> &forge);
    // Every device refused with a reason containing `reason`, applied nothing and kept evidence
    // (evidenceFiles of them); the CLI exits 1 with a message that says what to do.
    void expectEveryDeviceRefuses(const QString &reason, int evidenceFiles);

    ledger::Transaction cash(const QString &unit, qint64 amount, const QString &receipt, quint64 sequence) const
    {
        return m_c.make(QStringLiteral("payment.cash"), testing::cashPayload(unit, amount, receipt), m_c.manager, sequence);
    }

    testing::ServerCommunity m_c;
    contracts::Registry m_registry;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<testing::ServerProcess> m_server;
    std::vector<Device> m_devices;
    QString m_cliDb;
    QString m_cliKey;
    QString m_cliPass;
    quint64 m_cliBlockCount = 0;
};

void TestTamper::init()
{
    if (m_registry.all().empty()) {
        contracts::addStandardContracts(m_registry);
    }
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<testing::ServerProcess>();
    const QString ready = m_server->setUp(m_dir->path(), m_c, m_registry);
    QVERIFY2(ready.isEmpty(), qPrintable(ready));
}

void TestTamper::cleanup()
{
    m_devices.clear();
    m_server.reset();
    m_dir.reset();
}

void TestTamper::sealHistory(const std::vector<std::vector<ledger::Transaction>> &blocks)
{
    auto ledger = node::Ledger::open(m_server->ledgerPath(), m_registry);
    CY_VERIFY_OK(ledger);
    quint64 n = 2;
    for (const auto &txs : blocks) {
        CY_VERIFY_OK(testing::sealHonestly(**ledger, txs, kServerStart + 10000 * n++, m_c.server));
    }
}

void TestTamper::startAndFollow()
{
    QVERIFY(m_server->start() != 0);
    const std::pair<const char *, const crypto::KeyPair *> who[] = {{"manager", &m_c.manager}, {"kiosk", &m_c.kiosk}};
    for (const auto &[name, key] : who) {
        Device d;
        d.name = QString::fromLatin1(name);
        d.ledger = testing::deviceLedger(*m_server, m_dir->filePath(d.name + QStringLiteral(".db")), m_registry);
        d.client = testing::syncClient(*d.ledger, *key, *m_server);
        d.diverged = std::make_unique<QSignalSpy>(d.client.get(), &syncclient::SyncClient::verificationFailed);
        QSignalSpy caughtUp(d.client.get(), &syncclient::SyncClient::caughtUp);
        d.client->start();
        QVERIFY(caughtUp.wait(20000));
        d.blockCount = d.ledger->store().blockCount();
        d.tipHash = d.ledger->store().tip()->hash;
        d.stateRoot = *d.ledger->store().stateRoot();
        m_devices.push_back(std::move(d));
    }
    const quint64 height = m_devices.front().blockCount - 1;
    QCOMPARE(m_devices.back().blockCount, height + 1);

    // The third device syncs with the CLI (a committee member's desk).
    m_cliDb = m_dir->filePath(QStringLiteral("desk.db"));
    m_cliKey = m_dir->filePath(QStringLiteral("desk.key"));
    m_cliPass = m_dir->filePath(QStringLiteral("desk.pass"));
    QVERIFY(testing::writeKeyFile(m_c.committee[0], m_cliKey, m_cliPass));
    const auto joined = testing::runCliSync(*m_server, m_cliDb, m_cliKey, m_cliPass,
                                            {QStringLiteral("--join"), QStringLiteral("--community"),
                                             QString::fromLatin1(m_c.genesis.communityId.toHex())});
    QVERIFY2(joined.code == 0, qPrintable(joined.err));
    QVERIFY2(joined.out.contains(QStringLiteral("height %1").arg(height)), qPrintable(joined.out));
    m_cliBlockCount = height + 1;
}

void TestTamper::tamper(const std::function<void(const QString &path, const crypto::KeyPair &sealer)> &forge)
{
    const quint16 port = m_server->port();
    QVERIFY(m_server->stop());
    auto sealer = testing::sealerFromDataDir(m_server->dataDir());
    CY_VERIFY_OK(sealer);
    QCOMPARE(sealer->publicKey(), m_c.genesis.sealer);
    const QString forged = m_dir->filePath(QStringLiteral("forged.db"));
    forge(forged, *sealer);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(testing::replaceServerLedger(*m_server, forged));
    QCOMPARE(m_server->start(port), port);
}

void TestTamper::expectEveryDeviceRefuses(const QString &reason, int evidenceFiles)
{
    for (Device &d : m_devices) {
        QVERIFY2(d.diverged->size() > 0 || d.diverged->wait(20000), qPrintable(d.name + QStringLiteral(": not refused")));
        const QString said = d.diverged->front().at(0).toString();
        QVERIFY2(said.contains(reason), qPrintable(d.name + QStringLiteral(": ") + said));
        QCOMPARE(d.client->state(), syncclient::SyncState::Diverged);
        // Nothing of the forged history was applied.
        QCOMPARE(d.ledger->store().blockCount(), d.blockCount);
        QCOMPARE(d.ledger->store().tip()->hash, d.tipHash);
        QCOMPARE(*d.ledger->store().stateRoot(), d.stateRoot);
        QVERIFY(node::checkInvariants(d.ledger->store())->isEmpty());
        // The evidence: the block as received and the reason, next to the ledger.
        const QDir evidence(d.client->evidenceDir());
        const QStringList files = evidence.entryList(QDir::Files, QDir::Name);
        QVERIFY2(files.size() == evidenceFiles, qPrintable(files.join(u' ')));
        const QStringList why = evidence.entryList({QStringLiteral("block-after-*.txt")}, QDir::Files);
        QCOMPARE(why.size(), 1);
        QFile text(evidence.filePath(why.front()));
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(text.readAll()).contains(reason));
    }
    // The CLI device: exit 1 (verification failed), what to do, and nothing applied.
    const auto cli = testing::runCliSync(*m_server, m_cliDb, m_cliKey, m_cliPass);
    QCOMPARE(cli.code, 1);
    QVERIFY2(cli.err.contains(QStringLiteral("verification FAILED")) && cli.err.contains(reason), qPrintable(cli.err));
    QVERIFY2(cli.err.contains(QStringLiteral("Nothing of it was applied")) && cli.err.contains(QStringLiteral("Tell the committee"))
                 && cli.err.contains(m_cliDb + QStringLiteral(".evidence")),
             qPrintable(cli.err));
    QVERIFY(!QDir(m_cliDb + QStringLiteral(".evidence")).entryList({QStringLiteral("block-after-*.txt")}, QDir::Files).isEmpty());
    {
        auto desk = node::Ledger::open(m_cliDb, m_registry);
        CY_VERIFY_OK(desk);
        QCOMPARE((*desk)->store().blockCount(), m_cliBlockCount);
    }
    // And it stays so: no device comes back to the forged server by itself.
    QTest::qWait(600);
    for (Device &d : m_devices) {
        QCOMPARE(d.client->state(), syncclient::SyncState::Diverged);
        QCOMPARE(d.diverged->size(), 1);
        QCOMPARE(d.ledger->store().blockCount(), d.blockCount);
    }
}

// Catches: a device that does not look again at the block it holds when it reconnects (it would
// sit "live" on the forged server, whose height is its own, and never notice that block 2 lost a
// payment), or that compares heights instead of hashes, or applies the forged block.
void TestTamper::aResealedBlockWithAPaymentDroppedIsRefused()
{
    // Block 2: a unit and two cash payments, 500.00 and 250.00.
    sealHistory({{m_c.registerUnit(QStringLiteral("1-0101"), 1), cash(QStringLiteral("1-0101"), 50000, QStringLiteral("R-1"), 2),
                  cash(QStringLiteral("1-0101"), 25000, QStringLiteral("R-2"), 3)}});
    startAndFollow();
    QCOMPARE(m_devices.front().blockCount, quint64(3));
    // 500.00 + 250.00 = 750.00 of prepaid credit on every device.
    for (Device &d : m_devices) {
        QCOMPARE(testing::accountSum(d.ledger->store(), QStringLiteral("Liabilities:Prepaid:1-0101")), qint64(-75000));
    }

    crypto::Digest realBlock2{};
    tamper([&](const QString &path, const crypto::KeyPair &sealer) {
        auto txs = testing::blockTransactions(m_server->ledgerPath(), 2);
        CY_VERIFY_OK(txs);
        QCOMPARE(txs->size(), std::size_t(3));
        auto real = store::Store::open(m_server->ledgerPath(), store::OpenOptions{true, std::nullopt});
        realBlock2 = (*real)->tip()->hash;
        const quint64 time = (*real)->tip()->header.timeMs;
        auto copy = testing::copyLedger(m_server->ledgerPath(), path, 1, m_registry);
        CY_VERIFY_OK(copy);
        txs->pop_back(); // the 250.00 disappears
        auto block = testing::sealHonestly(**copy, *txs, time, sealer);
        CY_VERIFY_OK(block);
        // Correctly sealed by the real key, at the same height, and not the block the devices hold.
        CY_VERIFY_OK(block->verifySeal(m_c.genesis.sealer, m_c.genesis.logOrigin()));
        QCOMPARE(block->header.height, quint64(2));
        QVERIFY(block->hash != realBlock2);
    });
    // While the server was away the manager's device took another payment: it stays pending.
    testing::enqueue(*m_devices.front().ledger, m_c, m_c.manager, QStringLiteral("payment.cash"),
                     testing::cashPayload(QStringLiteral("1-0101"), 10000, QStringLiteral("R-3")));

    expectEveryDeviceRefuses(QStringLiteral("block 2 from the server"), 2);
    for (Device &d : m_devices) {
        QCOMPARE(testing::accountSum(d.ledger->store(), QStringLiteral("Liabilities:Prepaid:1-0101")), qint64(-75000));
    }
    QCOMPARE(*m_devices.front().client->pendingCount(), quint64(1));
    QCOMPARE(m_devices.front().ledger->store().outbox(store::OutboxState::Sealed)->size(), std::size_t(0));
}

void TestTamper::aForkFromAnOldHeightIsRefused_data()
{
    QTest::addColumn<int>("forgedBlocks"); // blocks after block 1 in the forged ledger
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("evidenceFiles");
    // The devices hold blocks 0-4.
    QTest::newRow("fork longer than the devices' history") << 5 << QStringLiteral("block 4 from the server") << 2;
    QTest::newRow("fork as long") << 3 << QStringLiteral("block 4 from the server") << 2;
    QTest::newRow("fork shorter") << 2 << QStringLiteral("the server's history ends at block 3") << 1;
}

// Catches: a device that only checks the next block's previous hash (a fork that ends at or below
// its height would never be noticed: it would see no new block, and pushes of the forged heights
// it holds were ignored), or that trusts the server's height.
void TestTamper::aForkFromAnOldHeightIsRefused()
{
    QFETCH(int, forgedBlocks);
    QFETCH(QString, reason);
    QFETCH(int, evidenceFiles);
    // Blocks 2, 3, 4: a unit, then 120.00 and 80.00 in cash.
    sealHistory({{m_c.registerUnit(QStringLiteral("2-0201"), 1)},
                 {cash(QStringLiteral("2-0201"), 12000, QStringLiteral("R-1"), 2)},
                 {cash(QStringLiteral("2-0201"), 8000, QStringLiteral("R-2"), 3)}});
    startAndFollow();
    QCOMPARE(m_devices.front().blockCount, quint64(5));

    tamper([&](const QString &path, const crypto::KeyPair &sealer) {
        auto copy = testing::copyLedger(m_server->ledgerPath(), path, 1, m_registry);
        CY_VERIFY_OK(copy);
        // Another history from block 2 on: other units, a block each, correctly chained.
        for (int i = 0; i < forgedBlocks; ++i) {
            auto block = testing::sealHonestly(**copy, {m_c.registerUnit(QStringLiteral("6-06%1").arg(i), quint64(i + 1))},
                                               kServerStart + 15000 * quint64(i + 2), sealer);
            CY_VERIFY_OK(block);
        }
        QCOMPARE((*copy)->store().blockCount(), quint64(2 + forgedBlocks));
        QVERIFY(node::checkInvariants((*copy)->store())->isEmpty());
    });
    expectEveryDeviceRefuses(reason, evidenceFiles);
    for (Device &d : m_devices) {
        // 120.00 + 80.00 = 200.00, as verified; none of the forged units.
        QCOMPARE(testing::accountSum(d.ledger->store(), QStringLiteral("Liabilities:Prepaid:2-0201")), qint64(-20000));
        QVERIFY(!d.ledger->store().state().get(QByteArray("unit/6-060"))->has_value());
    }
}

// Catches: a device that trusts the header's state root instead of re-running the contracts (it
// would apply block 3 and hold a state whose root is not its header's), or that applies the
// block's transactions before the state root is checked.
void TestTamper::aWrongStateRootIsRefused()
{
    sealHistory({{m_c.registerUnit(QStringLiteral("3-0301"), 1)}});
    startAndFollow();
    QCOMPARE(m_devices.front().blockCount, quint64(3));

    tamper([&](const QString &path, const crypto::KeyPair &sealer) {
        auto copy = testing::copyLedger(m_server->ledgerPath(), path, 2, m_registry);
        CY_VERIFY_OK(copy);
        const crypto::Digest block2 = (*copy)->store().tip()->hash;
        // Block 3: 800.00 in cash, its header carrying the state root from before the payment.
        auto bad = testing::sealWithStaleStateRoot(**copy, {cash(QStringLiteral("3-0301"), 80000, QStringLiteral("R-1"), 2)},
                                                   kServerStart + 30000, sealer);
        CY_VERIFY_OK(bad);
        CY_VERIFY_OK(bad->verifySeal(m_c.genesis.sealer, m_c.genesis.logOrigin()));
        QCOMPARE(bad->header.previous, block2);
        // Block 4 honest on top, so that courtyardd's own check at start (the last block's root
        // against the stored state) passes and it serves the ledger.
        CY_VERIFY_OK(testing::sealHonestly(**copy, {cash(QStringLiteral("3-0301"), 20000, QStringLiteral("R-2"), 3)},
                                           kServerStart + 40000, sealer));
        auto replayed = (*copy)->replay();
        CY_VERIFY_OK(replayed);
        QVERIFY(!replayed->ok()); // replay from genesis shows it too
        QCOMPARE(replayed->problem->height, quint64(3));
    });
    expectEveryDeviceRefuses(QStringLiteral("block 3: the state root after its transactions"), 2);
    for (Device &d : m_devices) {
        QCOMPARE(testing::accountSum(d.ledger->store(), QStringLiteral("Liabilities:Prepaid:3-0301")), qint64(0));
    }
}

QTEST_GUILESS_MAIN(TestTamper)
#include "tst_tamper.moc"
