// courtyardd as a real process on 127.0.0.1 with a random port, over TLS with a certificate
// made by `courtyardd --init` and pinned by its fingerprint: sign-in, a submission answered
// accepted then sealed, the block pushed to a subscribed device, garbage that closes only the
// connection that sent it, SIGTERM that seals the block in progress, and a restart that resumes.
#include "tests/server/raw_device.h"
#include "tests/server/server_process.h"

#include "app/server/tls.h"
#include "contracts/standard.h"
#include "core/sync/protocol.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>


using namespace courtyard;

namespace {

using Device = testing::RawDevice;

} // namespace

class TestCourtyardd : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void devicesSubmitAndFollowBlocks();
    void refusesBadConfiguration();

private:
    ledger::Transaction registerUnit(const QString &number, quint64 sequence) { return m_c.registerUnit(number, sequence); }

    testing::ServerCommunity m_c;
    contracts::Registry m_registry;
    QTemporaryDir m_dir;
    testing::ServerProcess m_server;
};

void TestCourtyardd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    contracts::addStandardContracts(m_registry);
    // The ledger, the sealing key and --init, which makes the certificate and prints its
    // fingerprint.
    const QString ready = m_server.setUp(m_dir.path(), m_c, m_registry);
    QVERIFY2(ready.isEmpty(), qPrintable(ready));
    const QString data = m_server.dataDir();
    QVERIFY(m_server.initOutput().contains(sync::fingerprintText(m_server.pin())));
    auto identity = server::loadTlsIdentity(data + QStringLiteral("/server.crt"), data + QStringLiteral("/server.tlskey"));
    CY_VERIFY_OK(identity);
    QCOMPARE(identity->fingerprint, m_server.pin());
    QVERIFY((QFile::permissions(data + QStringLiteral("/server.tlskey")) & (QFile::ReadOther | QFile::ReadGroup)) == 0);
    // A second --init refuses to overwrite the identity.
    QProcess init;
    init.start(QStringLiteral(COURTYARDD), {QStringLiteral("--config"), m_server.configPath(), QStringLiteral("--init")});
    QVERIFY(init.waitForFinished(30000));
    QCOMPARE(init.exitCode(), 3);
    QVERIFY(QString::fromUtf8(init.readAllStandardError()).contains(QStringLiteral("never overwritten")));
}

void TestCourtyardd::cleanupTestCase()
{
    m_server.kill();
}

void TestCourtyardd::devicesSubmitAndFollowBlocks()
{
    const quint16 port = m_server.start();
    QVERIFY(port != 0);

    Device kiosk(port, m_server.pin());
    QCOMPARE(kiosk.signIn(m_c.kiosk).roles, QStringList{QStringLiteral("kiosk")});
    kiosk.send(sync::Subscribe{1});
    QCOMPARE(kiosk.expect<sync::Status>().height, quint64(1));

    Device manager(port, m_server.pin());
    QCOMPARE(manager.signIn(m_c.manager).height, quint64(1));
    const ledger::Transaction unit = registerUnit(QStringLiteral("3-301"), 1);
    manager.send(sync::Submit{42, unit.bytes()});
    auto answer = manager.expect<sync::TxStatus>();
    QCOMPARE(answer.id, quint64(42));
    QCOMPARE(answer.state, sync::TxStatus::State::Accepted);
    answer = manager.expect<sync::TxStatus>(); // within a block interval
    QCOMPARE(answer.id, quint64(42));
    QCOMPARE(answer.state, sync::TxStatus::State::Sealed);
    QCOMPARE(answer.height, quint64(2));
    QCOMPARE(answer.logIndex, quint64(3));

    // The kiosk gets the block pushed, and it verifies with the genesis sealer key.
    const auto pushed = kiosk.expect<sync::Pushed>();
    QCOMPARE(pushed.block.transactions, std::vector<QByteArray>{unit.bytes()});
    auto block = ledger::SealedBlock::fromParts(pushed.block.header, pushed.block.signature, pushed.block.checkpointSignature);
    CY_VERIFY_OK(block);
    CY_VERIFY_OK(block->verifySeal(m_c.server.publicKey(), m_c.genesis.logOrigin()));
    QCOMPARE(block->header.height, quint64(2));

    // Garbage closes that connection only; a wrong pin cannot sign in (the channel differs).
    Device rogue(port, m_server.pin());
    rogue.expect<sync::Challenge>();
    rogue.sendRaw(QByteArray("\x00\x01garbage", 9));
    const auto refusal = rogue.next();
    QVERIFY(refusal && std::holds_alternative<sync::ErrorReply>(*refusal));
    QCOMPARE(std::get<sync::ErrorReply>(*refusal).code, QStringLiteral("malformed"));
    QVERIFY(rogue.waitClosed());
    {
        Device relayed(port, m_server.pin());
        const auto challenge = relayed.expect<sync::Challenge>();
        const crypto::Digest otherPin = crypto::sha256("another server's certificate");
        relayed.send(sync::Auth{m_c.kiosk.publicKey(),
                                m_c.kiosk.sign(sync::authMessage(challenge.communityId, challenge.nonce, otherPin, m_c.kiosk.publicKey()))});
        QCOMPARE(relayed.expect<sync::ErrorReply>().code, QStringLiteral("bad-signature"));
        QVERIFY(relayed.waitClosed());
    }
    kiosk.send(sync::StatusRequest{2});
    const auto status = kiosk.expect<sync::Status>();
    QCOMPARE(status.height, quint64(2));
    QCOMPARE(status.devices, quint64(2));

    // SIGTERM with a transaction pending: it is sealed before the server stops.
    manager.send(sync::Submit{43, registerUnit(QStringLiteral("3-302"), 2).bytes()});
    QCOMPARE(manager.expect<sync::TxStatus>().state, sync::TxStatus::State::Accepted);
    QVERIFY(m_server.stop());
    const QByteArray tail = m_server.process().readAllStandardOutput();
    QVERIFY2(tail.contains("stopped at height 3"), tail.constData());

    // Restarted, it resumes at the same height, and the same transaction gets its place again.
    const quint16 again = m_server.start();
    QVERIFY(again != 0);
    Device back(again, m_server.pin());
    const auto welcome = back.signIn(m_c.manager);
    QCOMPARE(welcome.height, quint64(3));
    QCOMPARE(welcome.lastSequence, quint64(2));
    back.send(sync::Submit{1, unit.bytes()});
    answer = back.expect<sync::TxStatus>();
    QCOMPARE(answer.state, sync::TxStatus::State::Sealed);
    QCOMPARE(answer.height, quint64(2));
    QVERIFY(m_server.stop());
}

void TestCourtyardd::refusesBadConfiguration()
{
    const auto run = [&](const QString &extra) {
        m_server.writeConfig(extra);
        QProcess p;
        p.start(QStringLiteral(COURTYARDD), {QStringLiteral("--config"), m_server.configPath()});
        p.waitForFinished(20000);
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    };
    auto [code, err] = run(QStringLiteral("colour = blue\n"));
    QCOMPARE(code, 3);
    QVERIFY2(err.contains(QStringLiteral("unknown setting 'colour'")), qPrintable(err));
    std::tie(code, err) = run(QStringLiteral("max_block_transactions = 0\n"));
    QCOMPARE(code, 3);
    QVERIFY2(err.contains(QStringLiteral("max_block_transactions")), qPrintable(err));
    std::tie(code, err) = run(QStringLiteral("listen = lobby\n"));
    QCOMPARE(code, 3);
    QVERIFY2(err.contains(QStringLiteral("not an IP address")), qPrintable(err));
    // A sealing key that is not the genesis sealer's.
    {
        auto other = crypto::sealKeyFile(testing::keyFor("not the sealer"), testing::kServerPassphrase, QStringLiteral("x"), crypto::KdfStrength::Interactive);
        QFile f(m_server.dataDir() + QStringLiteral("/other.key"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(*other);
    }
    std::tie(code, err) = run(QStringLiteral("sealing_key = other.key\n"));
    QVERIFY(code != 0);
    QVERIFY2(err.contains(QStringLiteral("not this community's sealer")), qPrintable(err));
    m_server.writeConfig();
}

QTEST_GUILESS_MAIN(TestCourtyardd)
#include "tst_courtyardd.moc"
