// courtyardd as a real process on 127.0.0.1 with a random port, over TLS with a certificate
// made by `courtyardd --init` and pinned by its fingerprint: sign-in, a submission answered
// accepted then sealed, the block pushed to a subscribed device, garbage that closes only the
// connection that sent it, SIGTERM that seals the block in progress, a restart that resumes, and
// blocks begun before the last one's answers went out still answered and pushed in order.
#include "tests/server/raw_device.h"
#include "tests/server/server_process.h"

#include "app/server/tls.h"
#include "contracts/standard.h"
#include "core/sync/protocol.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
    void sealsPromptlyAfterAQuietSpell();
    void healthEndpointNeedsNoSecret();
    void nextBlockBegunBeforeAnswersKeepsTheirOrder();

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
    std::tie(code, err) = run(QStringLiteral("health_port = 70000\n"));
    QCOMPARE(code, 3);
    QVERIFY2(err.contains(QStringLiteral("health_port")), qPrintable(err));
    std::tie(code, err) = run(QStringLiteral("block_interval_ms = 100\nmin_block_interval_ms = 200\n"));
    QCOMPARE(code, 3);
    QVERIFY2(err.contains(QStringLiteral("min_block_interval_ms = 200")) && err.contains(QStringLiteral("at most 100")), qPrintable(err));
    std::tie(code, err) = run(QStringLiteral("health_port = 0\nhealth_listen = lobby\n"));
    QCOMPARE(code, 3);
    QVERIFY2(err.contains(QStringLiteral("health_listen")), qPrintable(err));
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

// block_interval_ms bounds the wait; after a quiet spell a payment is sealed at once, not when
// the interval is up. With min_block_interval_ms = block_interval_ms the interval alone decides.
void TestCourtyardd::sealsPromptlyAfterAQuietSpell()
{
    const auto sealedAfterMs = [&](const QString &config, quint64 sequence) -> qint64 {
        m_server.setExtraConfig(config);
        const quint16 port = m_server.start();
        m_server.setExtraConfig(QString());
        if (port == 0) {
            return -1;
        }
        Device manager(port, m_server.pin());
        manager.signIn(m_c.manager);
        QElapsedTimer t;
        t.start();
        manager.send(sync::Submit{7, registerUnit(QStringLiteral("9-%1").arg(sequence), sequence).bytes()});
        if (manager.expect<sync::TxStatus>().state != sync::TxStatus::State::Accepted) {
            return -2;
        }
        const auto sealed = manager.next(20000);
        const qint64 elapsed = t.elapsed();
        m_server.stop();
        if (!sealed || !std::holds_alternative<sync::TxStatus>(*sealed)
            || std::get<sync::TxStatus>(*sealed).state != sync::TxStatus::State::Sealed) {
            return -3;
        }
        return elapsed;
    };
    // The manager's sequence goes on from the transactions sealed by the tests before (2 so far).
    const qint64 prompt = sealedAfterMs(QStringLiteral("block_interval_ms = 6000\n"), 3);
    QVERIFY2(prompt >= 0, qPrintable(QString::number(prompt)));
    QVERIFY2(prompt < 3000, qPrintable(QStringLiteral("sealed after %1 ms with a 6,000 ms interval").arg(prompt)));
    // Timer only: the block timer first falls due 3 s after the server listens.
    const qint64 timed = sealedAfterMs(QStringLiteral("block_interval_ms = 3000\nmin_block_interval_ms = 3000\n"), 4);
    QVERIFY2(timed >= 1500, qPrintable(QStringLiteral("sealed after %1 ms: the interval was not waited for").arg(timed)));
}

// GET /health over plain HTTP: the numbers monitoring needs, no key, no sign-in; nothing else served.
void TestCourtyardd::healthEndpointNeedsNoSecret()
{
    m_server.setExtraConfig(QStringLiteral("health_port = 0\n"));
    const quint16 port = m_server.start();
    m_server.setExtraConfig(QString());
    QVERIFY(port != 0);
    const QByteArray line = m_server.nextOutputLine();
    const QByteArray prefix = "courtyardd: health on http://127.0.0.1:";
    QVERIFY2(line.startsWith(prefix), line.constData());
    const int healthPort = line.mid(prefix.size()).split('/').front().toInt();
    QVERIFY(healthPort > 0 && healthPort != port);

    QNetworkAccessManager http;
    const auto get = [&](const QString &path, const QByteArray &verb = "GET") {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(healthPort).arg(path)));
        QNetworkReply *reply = http.sendCustomRequest(request, verb);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return std::pair{status, body};
    };
    auto [status, body] = get(QStringLiteral("/health"));
    QCOMPARE(status, 200);
    QJsonObject o = QJsonDocument::fromJson(body).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(o.value(QStringLiteral("community_id")).toString(), QString::fromLatin1(m_c.genesis.communityId.toHex()));
    QCOMPARE(o.value(QStringLiteral("devices")).toInteger(), 0);
    QCOMPARE(o.value(QStringLiteral("pending")).toInteger(), 0);
    QVERIFY(QDateTime::fromString(o.value(QStringLiteral("last_block_time")).toString(), Qt::ISODateWithMs).isValid());

    // The same numbers a signed-in device gets; a device signed in is counted.
    Device kiosk(port, m_server.pin());
    kiosk.signIn(m_c.kiosk);
    kiosk.send(sync::StatusRequest{7});
    const auto numbers = kiosk.expect<sync::Status>();
    std::tie(status, body) = get(QStringLiteral("/health"));
    o = QJsonDocument::fromJson(body).object();
    QCOMPARE(o.value(QStringLiteral("height")).toInteger(), qint64(numbers.height));
    QCOMPARE(o.value(QStringLiteral("log_size")).toInteger(), qint64(numbers.logSize));
    QCOMPARE(o.value(QStringLiteral("devices")).toInteger(), 1);
    // Nothing on the endpoint needs or shows a key.
    QVERIFY(!body.contains(m_c.kiosk.publicKey().toHex().toLatin1()));

    // Only GET /health.
    std::tie(status, body) = get(QStringLiteral("/ledger.db"));
    QCOMPARE(status, 404);
    std::tie(status, body) = get(QStringLiteral("/health"), "POST");
    QVERIFY2(status != 200, body.constData());
    QVERIFY(m_server.stop());
}

// Under load the next block goes to the sealing thread before the committed block's answers go
// out (docs/operator-guide.md). With every block on the sealing thread and each COMMIT held 400 ms:
// B and C arrive while A's block is being written, so theirs is begun at A's commit, before A's
// answer. Every answer still says "sealed" only after its own block, the blocks are pushed in
// order, each following the one before, and nothing is answered twice.
void TestCourtyardd::nextBlockBegunBeforeAnswersKeepsTheirOrder()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COURTYARD_SEAL_ON_THREAD_FROM_FOR_TESTING"), QStringLiteral("1"));
    env.insert(QStringLiteral("COURTYARD_COMMIT_DELAY_MS_FOR_TESTING"), QStringLiteral("400"));
    m_server.process().setProcessEnvironment(env);
    m_server.setExtraConfig(QStringLiteral("block_interval_ms = 1000\nmin_block_interval_ms = 20\n"));
    const quint16 port = m_server.start();
    m_server.setExtraConfig(QString());
    m_server.process().setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    QVERIFY(port != 0);

    Device kiosk(port, m_server.pin());
    kiosk.signIn(m_c.kiosk);
    kiosk.send(sync::Subscribe{1});
    const quint64 height = kiosk.expect<sync::Status>().height;
    Device manager(port, m_server.pin());
    const quint64 sequence = manager.signIn(m_c.manager).lastSequence;

    const ledger::Transaction a = registerUnit(QStringLiteral("8-801"), sequence + 1);
    const ledger::Transaction b = registerUnit(QStringLiteral("8-802"), sequence + 2);
    const ledger::Transaction c = registerUnit(QStringLiteral("8-803"), sequence + 3);
    QElapsedTimer t;
    t.start();
    manager.send(sync::Submit{1, a.bytes()});
    QCOMPARE(manager.expect<sync::TxStatus>().state, sync::TxStatus::State::Accepted);
    QTest::qWait(150); // A's block is being written (its COMMIT takes 400 ms)
    manager.send(sync::Submit{2, b.bytes()});
    manager.send(sync::Submit{3, c.bytes()});

    std::map<quint64, std::vector<sync::TxStatus>> answers; // by request id, in the order received
    std::vector<std::pair<quint64, qint64>> sealedAt;        // request id, ms since A was sent
    while (sealedAt.size() < 3) {
        const auto m = manager.next(10000);
        QVERIFY2(m && std::holds_alternative<sync::TxStatus>(*m), "an answer for each of the three");
        const auto &answer = std::get<sync::TxStatus>(*m);
        answers[answer.id].push_back(answer);
        if (answer.state == sync::TxStatus::State::Sealed) {
            sealedAt.emplace_back(answer.id, t.elapsed());
        }
        QVERIFY2(answer.state != sync::TxStatus::State::Rejected, qPrintable(answer.reason));
    }
    // Each: accepted, then sealed, once each; A in the first block, B and C in the next one.
    for (const quint64 id : {1, 2, 3}) {
        const std::vector<sync::TxStatus> &got = answers[id];
        QCOMPARE(got.size(), id == 1 ? std::size_t(1) : std::size_t(2)); // A's "accepted" was read above
        QCOMPARE(got.back().state, sync::TxStatus::State::Sealed);
        QCOMPARE(got.back().height, id == 1 ? height + 1 : height + 2);
    }
    QCOMPARE(sealedAt.front().first, quint64(1));
    // B and C were sealed by a COMMIT of their own, after A's: not before it, nor with it.
    QVERIFY2(sealedAt.back().second - sealedAt.front().second >= 350,
             qPrintable(QStringLiteral("A sealed after %1 ms, B and C after %2 ms").arg(sealedAt.front().second).arg(sealedAt.back().second)));

    // The kiosk gets both blocks pushed, in order, the second following the first.
    const auto first = kiosk.expect<sync::Pushed>();
    const auto second = kiosk.expect<sync::Pushed>();
    QCOMPARE(first.block.transactions, std::vector<QByteArray>{a.bytes()});
    QCOMPARE(second.block.transactions, (std::vector<QByteArray>{b.bytes(), c.bytes()}));
    auto one = ledger::SealedBlock::fromParts(first.block.header, first.block.signature, first.block.checkpointSignature);
    auto two = ledger::SealedBlock::fromParts(second.block.header, second.block.signature, second.block.checkpointSignature);
    CY_VERIFY_OK(one);
    CY_VERIFY_OK(two);
    QCOMPARE(one->header.height, height + 1);
    QCOMPARE(two->header.height, height + 2);
    QCOMPARE(two->header.previous, one->hash);
    CY_VERIFY_OK(two->verifySeal(m_c.server.publicKey(), m_c.genesis.logOrigin()));
    QVERIFY(!kiosk.next(300)); // nothing pushed twice
    QVERIFY(m_server.stop());
}

QTEST_GUILESS_MAIN(TestCourtyardd)
#include "tst_courtyardd.moc"
