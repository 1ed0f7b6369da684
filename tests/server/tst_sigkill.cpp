// courtyardd killed with SIGKILL while it seals under load, against the real process on
// 127.0.0.1 and four real SyncClient devices (four manager keys), each registering a unit and
// then taking a cash payment of 1.00 every 80 ms into its durable outbox. The server is killed
// four times, each time a few milliseconds after a block was pushed (while the next one is being
// sealed), and started again on the same port. The server writes each block on its sealing
// thread (here every block, however small) while it goes on taking submissions (node.h); in the
// second run each COMMIT waits 120 ms
// first (COURTYARD_COMMIT_DELAY_MS_FOR_TESTING), so that most kills land while the sealing thread
// holds a written, uncommitted block and the event loop has accepted more on top of it. Afterwards:
//  * every transaction a device was told "sealed" (height, log index) is in the server's ledger
//    exactly once, at that place, and every answer for it named the same place;
//  * every outbox entry of every device is sealed exactly once: none lost (an "accepted" that died
//    with the server was sent again), none twice, none rejected;
//  * every device and the server hold the same blocks (tip hash), state root and height, and the
//    money adds up by hand.
#include "tests/server/device_fixture.h"

#include "contracts/standard.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <map>
#include <set>

using namespace courtyard;
using courtyard::testing::kServerStart;

namespace {

constexpr int kDevices = 4;
constexpr int kPayments = 40; // per device, 1.00 each
constexpr int kKills = 4;

struct Told {
    quint64 height = 0;
    quint64 logIndex = 0;
    friend bool operator<(const Told &a, const Told &b) { return std::pair(a.height, a.logIndex) < std::pair(b.height, b.logIndex); }
};

struct Device {
    std::optional<crypto::KeyPair> key;
    QString unit;
    std::unique_ptr<node::Ledger> ledger;
    std::unique_ptr<syncclient::SyncClient> client;
    int payments = 0;
};

} // namespace

class TestSigkill : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void killedWhileSealingLosesNothingAndDoublesNothing_data();
    void killedWhileSealingLosesNothingAndDoublesNothing();

private:
    testing::ServerCommunity m_c;
    contracts::Registry m_registry;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<testing::ServerProcess> m_server;
};

void TestSigkill::init()
{
    if (m_registry.all().empty()) {
        contracts::addStandardContracts(m_registry);
    }
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<testing::ServerProcess>();
    const QString ready = m_server->setUp(m_dir->path(), m_c, m_registry);
    QVERIFY2(ready.isEmpty(), qPrintable(ready));
}

void TestSigkill::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

// Catches: a server that answers "sealed" before the block is durable (the answer would name a
// place the restarted server does not have), that loses or doubles a transaction across a crash,
// a device that drops an outbox entry on "accepted" (it would be lost with the server), or that
// does not send its outbox again after reconnecting; and any divergence after recovery.
void TestSigkill::killedWhileSealingLosesNothingAndDoublesNothing_data()
{
    QTest::addColumn<int>("commitDelayMs");
    QTest::newRow("as fast as it commits") << 0;
    QTest::newRow("killed mid-commit") << 120;
}

void TestSigkill::killedWhileSealingLosesNothingAndDoublesNothing()
{
    QFETCH(int, commitDelayMs);
    // Every block on the sealing thread (the server writes blocks of fewer than 64 transactions
    // on its event loop, and these are small).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COURTYARD_SEAL_ON_THREAD_FROM_FOR_TESTING"), QStringLiteral("1"));
    if (commitDelayMs > 0) {
        env.insert(QStringLiteral("COURTYARD_COMMIT_DELAY_MS_FOR_TESTING"), QString::number(commitDelayMs));
    }
    m_server->process().setProcessEnvironment(env);
    // Block 2: the committee grants three more managers, so that four devices each sign with a
    // key of their own (committee member 0 used sequences 1 and 2 for the first grants).
    std::vector<Device> devices(kDevices);
    {
        auto ledger = node::Ledger::open(m_server->ledgerPath(), m_registry);
        CY_VERIFY_OK(ledger);
        for (int i = 0; i < kDevices; ++i) {
            devices[std::size_t(i)].key = i == 0 ? *crypto::KeyPair::fromSeed(m_c.manager.seed().view()) : testing::keyFor("crash manager", i);
            devices[std::size_t(i)].unit = QStringLiteral("9-09%1").arg(i);
            if (i == 0) {
                continue;
            }
            const auto grant = m_c.make(
                QStringLiteral("governance.grant"),
                cbor::Value::fromMap({{QStringLiteral("key"), cbor::Value::fromBytes(devices[std::size_t(i)].key->publicKey().toByteArray())},
                                      {QStringLiteral("role"), cbor::Value::fromText(QStringLiteral("manager"))}}),
                m_c.committee[0], quint64(2 + i), {&m_c.committee[1]});
            QVERIFY(!(*(*ledger)->submit(grant, kServerStart + 2000)).has_value());
        }
        CY_VERIFY_OK((*ledger)->sealPending(kServerStart + 2000, m_c.server));
    }
    const quint16 port = m_server->start();
    QVERIFY(port != 0);

    // What the devices were told: every "sealed" answer, by transaction.
    std::map<ledger::TxId, std::set<Told>> told;
    int rejections = 0;
    for (int i = 0; i < kDevices; ++i) {
        Device &d = devices[std::size_t(i)];
        d.ledger = testing::deviceLedger(*m_server, m_dir->filePath(QStringLiteral("device%1.db").arg(i)), m_registry);
        d.client = testing::syncClient(*d.ledger, *d.key, *m_server);
        connect(d.client.get(), &syncclient::SyncClient::transactionSealed, this,
                [&told](const ledger::TxId &id, quint64 height, quint64 logIndex) { told[id].insert(Told{height, logIndex}); });
        connect(d.client.get(), &syncclient::SyncClient::transactionRejected, this,
                [&rejections](const ledger::TxId &, const QString &code, const QString &reason) {
                    qWarning("rejected: %s (%s)", qPrintable(reason), qPrintable(code));
                    ++rejections;
                });
        testing::enqueue(*d.ledger, m_c, *d.key, QStringLiteral("unit.register"), testing::unitPayload(d.unit));
        d.client->start();
    }

    // The load: every 80 ms each device takes a payment of 1.00 and sends it.
    QTimer pacer;
    pacer.setInterval(80);
    connect(&pacer, &QTimer::timeout, this, [&] {
        for (Device &d : devices) {
            if (d.payments < kPayments) {
                ++d.payments;
                testing::enqueue(*d.ledger, m_c, *d.key, QStringLiteral("payment.cash"),
                                 testing::cashPayload(d.unit, 100, QStringLiteral("R-%1").arg(d.payments)));
                d.client->submitPending();
            }
        }
    });
    pacer.start();

    // The kills: a while into the load, then just after a block was pushed to device 0 (the
    // server is then taking the next submissions and sealing every 50 ms), SIGKILL.
    QSignalSpy applied(devices[0].client.get(), &syncclient::SyncClient::blockApplied);
    QRandomGenerator *random = QRandomGenerator::global();
    int kills = 0;
    for (int k = 0; k < kKills; ++k) {
        QTest::qWait(150 + int(random->bounded(300)));
        applied.clear();
        QVERIFY(applied.wait(5000));
        QTest::qWait(int(random->bounded(40)));
        // Still under load: the devices are taking payments (at most ~35 of 40 ticks by the last kill).
        QVERIFY(devices[0].payments < kPayments);
        m_server->kill();
        QCOMPARE(m_server->process().exitStatus(), QProcess::CrashExit);
        ++kills;
        QTest::qWait(int(random->bounded(150)));
        QCOMPARE(m_server->start(port), port);
    }
    QCOMPARE(kills, kKills);

    // Everything settles: every outbox empty, every device at the server's height.
    QVERIFY(testing::waitFor([&] { return std::all_of(devices.begin(), devices.end(), [](const Device &d) { return d.payments == kPayments; }); },
                             30000));
    pacer.stop();
    const auto settled = [&] {
        const quint64 height = devices[0].ledger->store().blockCount();
        for (Device &d : devices) {
            if (*d.client->pendingCount() != 0 || d.ledger->store().blockCount() != height || d.client->state() != syncclient::SyncState::Live) {
                return false;
            }
        }
        return true;
    };
    const auto describe = [&] {
        QStringList parts;
        for (Device &d : devices) {
            parts << QStringLiteral("%1: height %2, %3 pending, %4")
                         .arg(d.unit)
                         .arg(d.client->height())
                         .arg(*d.client->pendingCount())
                         .arg(syncclient::syncStateName(d.client->state()));
        }
        return parts.join(QStringLiteral("; "));
    };
    QVERIFY2(testing::waitFor(settled, 30000), qPrintable(describe()));
    QTest::qWait(300); // a last block still being pushed
    QVERIFY2(settled(), qPrintable(describe()));
    QVERIFY(m_server->stop());
    for (Device &d : devices) {
        d.client->stop();
    }

    auto server = node::Ledger::open(m_server->ledgerPath(), m_registry);
    CY_VERIFY_OK(server);
    store::Store &s = (*server)->store();

    // Each transaction of the server's log once; where each is.
    std::map<ledger::TxId, Told> where;
    quint64 count = 0;
    CY_VERIFY_OK(s.forEachBlock(3, [&](store::StoredBlock &&b) {
        for (const auto &t : b.transactions) {
            const ledger::TxId id = *crypto::digestFromBytes(t.id);
            const bool fresh = where.emplace(id, Told{t.blockHeight, t.logIndex}).second;
            if (!fresh) {
                qWarning("transaction %s is in the log twice", t.id.toHex().constData());
            }
            ++count;
        }
        return true;
    }));
    // 4 devices × (1 unit + 40 payments) = 164, each once.
    QCOMPARE(count, quint64(164));
    QCOMPARE(where.size(), std::size_t(164));

    // Every "sealed" answer: one place per transaction, the place it really has.
    QVERIFY(!told.empty());
    for (const auto &[id, places] : told) {
        QVERIFY2(places.size() == 1, qPrintable(crypto::toHex(id) + QStringLiteral(" was told two places")));
        const auto found = where.find(id);
        QVERIFY2(found != where.end(), qPrintable(crypto::toHex(id) + QStringLiteral(" was told sealed and is not in the log")));
        QCOMPARE(found->second.height, places.begin()->height);
        QCOMPARE(found->second.logIndex, places.begin()->logIndex);
    }

    // Every outbox entry sealed, once, where the server has it; nothing rejected.
    QCOMPARE(rejections, 0);
    const crypto::Digest tip = s.tip()->hash;
    const merkle::Hash root = *s.stateRoot();
    for (Device &d : devices) {
        const auto all = d.ledger->store().outbox();
        CY_VERIFY_OK(all);
        QCOMPARE(all->size(), std::size_t(1 + kPayments));
        for (const store::OutboxEntry &e : *all) {
            QCOMPARE(e.state, store::OutboxState::Sealed);
            const auto found = where.find(e.id);
            QVERIFY(found != where.end());
            QCOMPARE(*e.blockHeight, found->second.height);
            QCOMPARE(*e.logIndex, found->second.logIndex);
        }
        // The same history and state as the server.
        QCOMPARE(d.ledger->store().blockCount(), s.blockCount());
        QCOMPARE(d.ledger->store().tip()->hash, tip);
        QCOMPARE(*d.ledger->store().stateRoot(), root);
        // 40 payments of 1.00 = 40.00 of prepaid credit (4,000 minor units) per unit.
        QCOMPARE(testing::accountSum(s, QStringLiteral("Liabilities:Prepaid:") + d.unit), qint64(-4000));
        QCOMPARE(testing::accountSum(d.ledger->store(), QStringLiteral("Liabilities:Prepaid:") + d.unit), qint64(-4000));
    }
    QVERIFY(node::checkInvariants(s)->isEmpty());
    auto replayed = (*server)->replay();
    CY_VERIFY_OK(replayed);
    CY_VERIFY_REPORT_OK(*replayed);
    qInfo("%d kills; %llu blocks; %zu transactions told sealed", kills, static_cast<unsigned long long>(s.blockCount()), told.size());
}

QTEST_GUILESS_MAIN(TestSigkill)
#include "tst_sigkill.moc"
