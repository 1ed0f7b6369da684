// Abuse of the transport against the real courtyardd on 127.0.0.1 (TLS, random port): a message
// over the 4 MiB limit, a message of another protocol version, a text message, a submission
// before sign-in, a key and a transaction of another community, and the replay of a transaction
// sealed long ago. Each is refused or disconnected with a reason, changes nothing, and a device
// that was already connected (a SyncClient kiosk, subscribed) keeps being served: after each, it
// verifies and applies the next pushed block without having lost its connection.
// (Garbage bytes and a relayed sign-in are in tst_courtyardd; the same refusals without a network
// in tst_session.)
#include "tests/server/device_fixture.h"
#include "tests/server/raw_device.h"

#include "contracts/standard.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace courtyard;
using courtyard::testing::RawDevice;

class TestAbuse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aMessageOverTheLimitIsRefused();
    void anotherProtocolVersionIsRefused();
    void aTextMessageClosesTheConnection();
    void aSubmissionBeforeSignInTakesNothing();
    void anotherCommunitysKeyAndTransactionAreRefused();
    void aReplayedSealedTransactionGetsItsFirstAnswer();

private:
    // The manager seals one more unit through its own connection; the witness must verify and
    // apply that block while staying connected. Returns the height of the block.
    void witnessStillServed();
    // The manager's next sequence.
    ledger::Transaction nextUnit()
    {
        const quint64 sequence = m_sequence++;
        return m_c.registerUnit(QStringLiteral("4-%1").arg(sequence, 4, 10, QChar(u'0')), sequence);
    }
    sync::Status status();

    testing::ServerCommunity m_c;
    contracts::Registry m_registry;
    QTemporaryDir m_dir;
    testing::ServerProcess m_server;
    std::unique_ptr<node::Ledger> m_witnessLedger;
    std::unique_ptr<syncclient::SyncClient> m_witness;
    std::unique_ptr<QSignalSpy> m_witnessFailures;
    quint64 m_sequence = 1;
};

void TestAbuse::initTestCase()
{
    QVERIFY(m_dir.isValid());
    contracts::addStandardContracts(m_registry);
    const QString ready = m_server.setUp(m_dir.path(), m_c, m_registry);
    QVERIFY2(ready.isEmpty(), qPrintable(ready));
    QVERIFY(m_server.start() != 0);
    m_witnessLedger = testing::deviceLedger(m_server, m_dir.filePath(QStringLiteral("kiosk.db")), m_registry);
    m_witness = testing::syncClient(*m_witnessLedger, m_c.kiosk, m_server);
    m_witnessFailures = std::make_unique<QSignalSpy>(m_witness.get(), &syncclient::SyncClient::connectionFailed);
    QSignalSpy caughtUp(m_witness.get(), &syncclient::SyncClient::caughtUp);
    m_witness->start();
    QVERIFY(caughtUp.wait(20000));
}

void TestAbuse::cleanupTestCase()
{
    m_witness.reset();
    m_server.kill();
}

void TestAbuse::witnessStillServed()
{
    RawDevice manager(m_server.port(), m_server.pin());
    manager.signIn(m_c.manager);
    const ledger::Transaction tx = nextUnit();
    manager.send(sync::Submit{1, tx.bytes()});
    QCOMPARE(manager.expect<sync::TxStatus>().state, sync::TxStatus::State::Accepted);
    const auto sealed = manager.expect<sync::TxStatus>();
    QCOMPARE(sealed.state, sync::TxStatus::State::Sealed);
    QVERIFY2(testing::waitFor([&] { return m_witness->height() == sealed.height; }, 10000),
             qPrintable(QStringLiteral("the witness is at %1, the block at %2").arg(m_witness->height()).arg(sealed.height)));
    QCOMPARE(m_witness->state(), syncclient::SyncState::Live);
    QVERIFY2(m_witnessFailures->isEmpty(), qPrintable(m_witnessFailures->isEmpty() ? QString() : m_witnessFailures->front().at(0).toString()));
    auto found = m_witnessLedger->store().findTransaction(tx.id());
    CY_VERIFY_OK(found);
    QCOMPARE(found->logIndex, sealed.logIndex);
}

sync::Status TestAbuse::status()
{
    RawDevice monitor(m_server.port(), m_server.pin());
    monitor.expect<sync::Challenge>();
    monitor.send(sync::StatusRequest{1});
    return monitor.expect<sync::Status>();
}

// Catches: a server without a message size limit on its sockets (it would buffer any amount a
// peer sends), or one whose refusal takes down more than the connection that sent it.
void TestAbuse::aMessageOverTheLimitIsRefused()
{
    const sync::Status before = status();
    RawDevice big(m_server.port(), m_server.pin());
    big.signIn(m_c.manager);
    // A submission of 4 MiB + 1 byte: refused by the WebSocket layer before anything decodes it.
    big.sendRaw(QByteArray(sync::kMaxMessageSize + 1, '\x5a'));
    QVERIFY(big.waitClosed());
    QCOMPARE(big.socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    QVERIFY2(!big.socket().closeReason().isEmpty(), "no reason given");
    QCOMPARE(status().height, before.height);
    QCOMPARE(status().pending, quint64(0));
    witnessStillServed();
}

// Catches: a server that answers a message of a version it does not speak as if it were its own,
// or silently; or that keeps the connection.
void TestAbuse::anotherProtocolVersionIsRefused()
{
    RawDevice future(m_server.port(), m_server.pin());
    future.expect<sync::Challenge>();
    // {"id": 1, "t": "status?", "v": 2}: well-formed, canonical, version 2.
    future.sendRaw(cbor::Value::fromMap({{QStringLiteral("v"), cbor::Value::fromUnsigned(2)},
                                         {QStringLiteral("t"), cbor::Value::fromText(QStringLiteral("status?"))},
                                         {QStringLiteral("id"), cbor::Value::fromUnsigned(1)}})
                       .encode());
    const auto refusal = future.next();
    QVERIFY(refusal && std::holds_alternative<sync::ErrorReply>(*refusal));
    const auto &error = std::get<sync::ErrorReply>(*refusal);
    QCOMPARE(error.id, quint64(0));
    QCOMPARE(error.code, QLatin1String(sync::errors::kVersion));
    QVERIFY2(error.reason.contains(QStringLiteral("protocol version 2 is not supported")), qPrintable(error.reason));
    QVERIFY(future.waitClosed());
    witnessStillServed();
}

// Catches: a server that takes text messages (the protocol is binary only), that closes without
// saying why (close code 1003 and a reason), or that stops serving others when one peer sends one.
void TestAbuse::aTextMessageClosesTheConnection()
{
    RawDevice chatty(m_server.port(), m_server.pin());
    chatty.signIn(m_c.manager);
    chatty.sendText(QStringLiteral("{\"t\": \"submit\"}"));
    QVERIFY(chatty.waitClosed());
    QVERIFY(!chatty.next(200).has_value());
    QCOMPARE(chatty.socket().closeCode(), QWebSocketProtocol::CloseCodeDatatypeNotSupported);
    QVERIFY2(chatty.socket().closeReason().contains(QStringLiteral("binary")), qPrintable(chatty.socket().closeReason()));
    witnessStillServed();
}

// Catches: a server that queues a transaction from a connection that never signed in.
void TestAbuse::aSubmissionBeforeSignInTakesNothing()
{
    const ledger::Transaction tx = nextUnit();
    const sync::Status before = status();
    {
        RawDevice early(m_server.port(), m_server.pin());
        early.expect<sync::Challenge>();
        early.send(sync::Submit{1, tx.bytes()});
        const auto refusal = early.expect<sync::ErrorReply>();
        QCOMPARE(refusal.code, QStringLiteral("not-signed-in"));
        QVERIFY2(refusal.reason.contains(QStringLiteral("sign in first")), qPrintable(refusal.reason));
        QVERIFY(early.waitClosed());
    }
    QTest::qWait(200); // four block intervals
    const sync::Status after = status();
    QCOMPARE(after.height, before.height);
    QCOMPARE(after.logSize, before.logSize);
    QCOMPARE(after.pending, quint64(0));
    // Nothing of it was kept: signed in, the same transaction is new to the server.
    RawDevice manager(m_server.port(), m_server.pin());
    manager.signIn(m_c.manager);
    manager.send(sync::Submit{2, tx.bytes()});
    QCOMPARE(manager.expect<sync::TxStatus>().state, sync::TxStatus::State::Accepted);
    QCOMPARE(manager.expect<sync::TxStatus>().state, sync::TxStatus::State::Sealed);
    witnessStillServed();
}

// Catches: a server that lets in a key its ledger grants nothing, or seals a transaction signed
// for another community (it would be replayable from one community into another).
void TestAbuse::anotherCommunitysKeyAndTransactionAreRefused()
{
    const crypto::KeyPair stranger = testing::keyFor("manager of another community");
    {
        RawDevice outsider(m_server.port(), m_server.pin());
        const auto challenge = outsider.expect<sync::Challenge>();
        outsider.send(sync::Auth{stranger.publicKey(),
                                 stranger.sign(sync::authMessage(challenge.communityId, challenge.nonce, m_server.pin(), stranger.publicKey()))});
        const auto refusal = outsider.expect<sync::ErrorReply>();
        QCOMPARE(refusal.code, QStringLiteral("unknown-key"));
        QVERIFY2(refusal.reason.contains(QStringLiteral("has no role")), qPrintable(refusal.reason));
        QVERIFY(outsider.waitClosed());
    }
    // This community's manager, a transaction made for another community: rejected, not sealed,
    // and the connection goes on (a rejection is an answer).
    const sync::Status before = status();
    ledger::TransactionBody body;
    body.kind = QStringLiteral("unit.register");
    body.communityId = QByteArray(16, '\x77');
    body.author = m_c.manager.publicKey();
    body.sequence = m_sequence;
    body.payload = testing::unitPayload(QStringLiteral("7-7777"));
    auto foreign = ledger::Transaction::create(std::move(body), m_c.manager);
    CY_VERIFY_OK(foreign);
    RawDevice manager(m_server.port(), m_server.pin());
    manager.signIn(m_c.manager);
    manager.send(sync::Submit{5, foreign->bytes()});
    const auto answer = manager.expect<sync::TxStatus>();
    QCOMPARE(answer.id, quint64(5));
    QCOMPARE(answer.state, sync::TxStatus::State::Rejected);
    QCOMPARE(answer.code, QStringLiteral("wrong-community"));
    QVERIFY(!answer.reason.isEmpty());
    manager.send(sync::StatusRequest{6});
    const auto after = manager.expect<sync::Status>();
    QCOMPARE(after.logSize, before.logSize);
    QCOMPARE(after.pending, quint64(0));
    witnessStillServed();
}

// Catches: a server that seals a transaction again when it comes back (a device that missed the
// answer, or an attacker replaying old bytes), or answers it with anything but its first place.
void TestAbuse::aReplayedSealedTransactionGetsItsFirstAnswer()
{
    const ledger::Transaction old = nextUnit();
    sync::TxStatus first;
    {
        RawDevice manager(m_server.port(), m_server.pin());
        manager.signIn(m_c.manager);
        manager.send(sync::Submit{1, old.bytes()});
        QCOMPARE(manager.expect<sync::TxStatus>().state, sync::TxStatus::State::Accepted);
        first = manager.expect<sync::TxStatus>();
        QCOMPARE(first.state, sync::TxStatus::State::Sealed);
    }
    witnessStillServed(); // more blocks after it
    witnessStillServed();
    const sync::Status before = status();
    QVERIFY(before.height > first.height);
    // Replayed on another connection, by a device that signs in with another key (the kiosk):
    // the submission is of the bytes, whoever sends them.
    RawDevice replayer(m_server.port(), m_server.pin());
    replayer.signIn(m_c.kiosk);
    replayer.send(sync::Subscribe{1});
    replayer.expect<sync::Status>();
    for (quint64 id = 2; id <= 3; ++id) {
        replayer.send(sync::Submit{id, old.bytes()});
        const auto again = replayer.expect<sync::TxStatus>();
        QCOMPARE(again.id, id);
        QCOMPARE(again.state, sync::TxStatus::State::Sealed);
        QCOMPARE(again.height, first.height);
        QCOMPARE(again.logIndex, first.logIndex);
    }
    // No block for it: nothing pushed, nothing pending, the log as long as before.
    QVERIFY(!replayer.next(300).has_value());
    const sync::Status after = status();
    QCOMPARE(after.height, before.height);
    QCOMPARE(after.logSize, before.logSize);
    QCOMPARE(after.pending, quint64(0));
    witnessStillServed();
}

QTEST_GUILESS_MAIN(TestAbuse)
#include "tst_abuse.moc"
