// The server's sequencer and sessions, driven without a network over a real ledger (SQLite,
// libsodium, the standard contracts): sign-in by challenge, submission answers (accepted,
// rejected, sealed, the same answer again, cloned keys kept as evidence), catch-up in batches,
// proofs that verify against the block headers, refusals that close the connection, and
// submissions checked against the block the sealing thread is writing.
#include "tests/server/server_fixture.h"

#include "app/server/session.h"
#include "contracts/devices.h"
#include "contracts/standard.h"
#include "core/codec/cbor.h"
#include "core/sync/protocol.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace courtyard;
using courtyard::testing::keyFor;

namespace {

constexpr quint64 kStart = testing::kServerStart;

const crypto::Digest kChannel = crypto::sha256("the server's certificate");

QByteArray nonceOf(int i)
{
    return QByteArray(sync::kNonceSize, char(i));
}

sync::Message decoded(const QByteArray &bytes)
{
    auto m = sync::decode(bytes);
    CY_ASSERT(m.has_value());
    return *m;
}

template <typename T>
T only(const server::Session::Reply &reply)
{
    if (reply.messages.size() != 1) {
        qFatal("expected one message, got %d", int(reply.messages.size()));
    }
    const sync::Message m = decoded(reply.messages.front());
    if (!std::holds_alternative<T>(m)) {
        qFatal("expected another message than '%s'", qPrintable(sync::typeName(m)));
    }
    return std::get<T>(m);
}

QByteArray authFor(const crypto::KeyPair &key, const QByteArray &community, const QByteArray &nonce,
                   const crypto::Digest &channel = kChannel)
{
    return sync::encode(sync::Auth{key.publicKey(), key.sign(sync::authMessage(community, nonce, channel, key.publicKey()))});
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signInNeedsARoleAndTheRightChallenge();
    void requestsBeforeSignInAndGarbageClose();
    void submissionsAreAnsweredOnceAndAgain();
    void clonedKeysAreKeptAsEvidence();
    void submissionsWhileABlockIsWrittenAreCheckedAgainstIt();
    void keptStateFollowsTheBlocks();
    void catchUpInBatchesAndProofsVerify();
    void rateLimitRefusesThenDisconnects();
    void enrollmentByOneTimeCode();
    void expiredCodeAndRevokedDeviceAreRefused();

private:
    ledger::Transaction make(const QString &kind, cbor::Value payload, const crypto::KeyPair &author, quint64 sequence)
    {
        return m_c.make(kind, std::move(payload), author, sequence);
    }
    ledger::Transaction registerUnit(const QString &number, quint64 sequence) { return m_c.registerUnit(number, sequence); }
    server::Session signedIn(const crypto::KeyPair &key, int nonce);
    // The manager authorizes code (a kiosk, "Lobby kiosk 9") until expires; sealed at once.
    void authorizeCode(const QString &code, quint64 expires, quint64 sequence);
    // What a new device sends to enroll with code on a connection with nonce.
    QByteArray enrollFor(const crypto::KeyPair &device, const QString &code, int nonce, quint64 id = 5) const;

    testing::ServerCommunity m_c;
    contracts::Registry m_registry;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<server::Sequencer> m_sequencer;
    quint64 m_now = kStart;
};

server::Session TestSession::signedIn(const crypto::KeyPair &key, int nonce)
{
    server::Session s(*m_sequencer, nonceOf(nonce), kChannel);
    const auto welcome = only<sync::Welcome>(s.receive(authFor(key, m_c.genesis.communityId, nonceOf(nonce)), m_now));
    CY_ASSERT(welcome.key == key.publicKey());
    return s;
}

void TestSession::authorizeCode(const QString &code, quint64 expires, quint64 sequence)
{
    server::Session manager = signedIn(m_c.manager, 40);
    const auto tx = make(QStringLiteral("device.authorize"),
                         cbor::Value::fromMap({{QStringLiteral("code-hash"),
                                                cbor::Value::fromBytes(contracts::enrollmentCodeHash(m_c.genesis.communityId, code))},
                                               {QStringLiteral("role"), cbor::Value::fromText(QStringLiteral("kiosk"))},
                                               {QStringLiteral("label"), cbor::Value::fromText(QStringLiteral("Lobby kiosk 9"))},
                                               {QStringLiteral("expires"), cbor::Value::fromUnsigned(expires)}}),
                         m_c.manager, sequence);
    const auto answer = only<sync::TxStatus>(manager.receive(sync::encode(sync::Submit{1, tx.bytes()}), m_now));
    QCOMPARE(answer.state, sync::TxStatus::State::Accepted);
    m_now += 1000;
    auto sealed = m_sequencer->seal(m_now);
    CY_VERIFY_OK(sealed);
    QVERIFY(sealed->has_value());
}

QByteArray TestSession::enrollFor(const crypto::KeyPair &device, const QString &code, int nonce, quint64 id) const
{
    const auto tx = m_c.make(QStringLiteral("device.enroll"),
                             cbor::Value::fromMap({{QStringLiteral("code"), cbor::Value::fromText(code)}}), device, 1);
    const QByteArray signature = device.sign(sync::authMessage(m_c.genesis.communityId, nonceOf(nonce), kChannel, device.publicKey()));
    return sync::encode(sync::Enroll{id, device.publicKey(), signature, tx.bytes()});
}

void TestSession::init()
{
    if (m_registry.all().empty()) {
        contracts::addStandardContracts(m_registry);
    }
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("server.db"));
    const QString made = m_c.createLedger(path, m_registry);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    server::SequencerOptions options;
    options.maxBlockTransactions = 3;
    auto opened = server::Sequencer::open(path, m_registry, *crypto::KeyPair::fromSeed(m_c.server.seed().view()), options);
    CY_VERIFY_OK(opened);
    m_sequencer = std::move(*opened);
    QCOMPARE(m_sequencer->height(), quint64(1));
    m_now = kStart + 2000;
}

void TestSession::cleanup()
{
    m_sequencer.reset();
    m_dir.reset();
}

void TestSession::signInNeedsARoleAndTheRightChallenge()
{
    server::Session s(*m_sequencer, nonceOf(1), kChannel);
    const auto challenge = std::get<sync::Challenge>(decoded(s.challenge()));
    QCOMPARE(challenge.communityId, m_c.genesis.communityId);
    QCOMPARE(challenge.nonce, nonceOf(1));
    QCOMPARE(challenge.height, quint64(1));

    const auto refusal = [&](const QByteArray &auth) {
        server::Session fresh(*m_sequencer, nonceOf(1), kChannel);
        const auto reply = fresh.receive(auth, m_now);
        CY_ASSERT(reply.close);
        CY_ASSERT(!fresh.signedIn());
        return only<sync::ErrorReply>(reply).code;
    };
    const QByteArray community = m_c.genesis.communityId;
    // A signature over another connection's challenge (a replayed sign-in), over another
    // server's certificate (a relay) or another community: refused.
    QCOMPARE(refusal(authFor(m_c.kiosk, community, nonceOf(2))), QStringLiteral("bad-signature"));
    QCOMPARE(refusal(authFor(m_c.kiosk, community, nonceOf(1), crypto::sha256("another certificate"))), QStringLiteral("bad-signature"));
    QCOMPARE(refusal(authFor(m_c.kiosk, QByteArray(16, '\x77'), nonceOf(1))), QStringLiteral("bad-signature"));
    // A key the ledger gives no role, and a committee member's key signing for the kiosk's.
    QCOMPARE(refusal(authFor(keyFor("stranger"), community, nonceOf(1))), QStringLiteral("unknown-key"));
    const QByteArray forged = sync::encode(sync::Auth{
        m_c.kiosk.publicKey(), m_c.committee[0].sign(sync::authMessage(community, nonceOf(1), kChannel, m_c.kiosk.publicKey()))});
    QCOMPARE(refusal(forged), QStringLiteral("bad-signature"));

    const auto welcome = only<sync::Welcome>(s.receive(authFor(m_c.kiosk, community, nonceOf(1)), m_now));
    QVERIFY(s.signedIn());
    QCOMPARE(welcome.roles, QStringList{QStringLiteral("kiosk")});
    QCOMPARE(welcome.height, quint64(1));
    QCOMPARE(welcome.lastSequence, quint64(0));
    QVERIFY(!welcome.enrolled);
    // Signing in twice on one connection is refused.
    const auto again = s.receive(authFor(m_c.kiosk, community, nonceOf(1)), m_now);
    QVERIFY(again.close);
    QCOMPARE(only<sync::ErrorReply>(again).code, QStringLiteral("invalid-request"));

    // The committee members hold the committee role from genesis.
    auto member = signedIn(m_c.committee[0], 5);
    QVERIFY(member.signedIn());
}

void TestSession::requestsBeforeSignInAndGarbageClose()
{
    const auto closes = [&](const QByteArray &bytes, const char *code) {
        server::Session s(*m_sequencer, nonceOf(1), kChannel);
        const auto reply = s.receive(bytes, m_now);
        QVERIFY(reply.close);
        QCOMPARE(only<sync::ErrorReply>(reply).code, QString::fromLatin1(code));
    };
    closes(sync::encode(sync::Submit{1, registerUnit(QStringLiteral("1-101"), 1).bytes()}), "not-signed-in");
    closes(sync::encode(sync::Fetch{1, 0, 10}), "not-signed-in");
    {
        // Health numbers need no sign-in.
        server::Session s(*m_sequencer, nonceOf(1), kChannel);
        const auto status = only<sync::Status>(s.receive(sync::encode(sync::StatusRequest{4}), m_now));
        QCOMPARE(status.id, quint64(4));
        QCOMPARE(status.height, quint64(1));
        QCOMPARE(status.logSize, quint64(3));
    }
    closes(QByteArray("\xff\x00garbage", 9), "malformed");
    closes(QByteArray(sync::kMaxMessageSize + 1, 'x'), "too-large");
    // Nothing was submitted by the refused request.
    QCOMPARE(m_sequencer->pendingCount(), quint64(0));

    // Signed in, a message only servers send closes the connection too.
    auto s = signedIn(m_c.manager, 3);
    const auto reply = s.receive(sync::encode(sync::Welcome{m_c.manager.publicKey(), {}, 0, 0, false}), m_now);
    QVERIFY(reply.close);
    QCOMPARE(only<sync::ErrorReply>(reply).code, QStringLiteral("invalid-request"));
}

void TestSession::submissionsAreAnsweredOnceAndAgain()
{
    auto s = signedIn(m_c.manager, 1);
    const ledger::Transaction unit = registerUnit(QStringLiteral("1-101"), 1);
    auto reply = s.receive(sync::encode(sync::Submit{7, unit.bytes()}), m_now);
    auto answer = only<sync::TxStatus>(reply);
    QCOMPARE(answer.id, quint64(7));
    QCOMPARE(answer.txId, unit.id());
    QCOMPARE(answer.state, sync::TxStatus::State::Accepted);
    QVERIFY(reply.awaitingSeal.has_value());
    QCOMPARE(reply.awaitingSeal->first, unit.id());
    QCOMPARE(reply.awaitingSeal->second, quint64(7));

    // The same bytes again, before sealing: the same answer, and still one pending transaction.
    answer = only<sync::TxStatus>(s.receive(sync::encode(sync::Submit{8, unit.bytes()}), m_now));
    QCOMPARE(answer.state, sync::TxStatus::State::Accepted);
    QCOMPARE(m_sequencer->pendingCount(), quint64(1));

    // A contract rejection: the same unit number again (with the next sequence).
    answer = only<sync::TxStatus>(s.receive(sync::encode(sync::Submit{9, registerUnit(QStringLiteral("1-101"), 2).bytes()}), m_now));
    QCOMPARE(answer.state, sync::TxStatus::State::Rejected);
    QCOMPARE(answer.code, QStringLiteral("unit-exists"));
    QVERIFY(!answer.reason.isEmpty());
    // Bytes that are no transaction.
    answer = only<sync::TxStatus>(s.receive(sync::encode(sync::Submit{10, QByteArray("not a transaction")}), m_now));
    QCOMPARE(answer.state, sync::TxStatus::State::Rejected);
    QCOMPARE(answer.code, QStringLiteral("malformed-transaction"));

    std::vector<sync::TxStatus> refused;
    auto sealed = m_sequencer->seal(m_now + 1000, &refused);
    CY_VERIFY_OK(sealed);
    QVERIFY(sealed->has_value());
    QVERIFY(refused.empty());
    const server::SealedBatch &batch = **sealed;
    QCOMPARE(batch.block.header.height, quint64(2));
    QCOMPARE(batch.answers.size(), std::size_t(1));
    QCOMPARE(batch.answers[0].state, sync::TxStatus::State::Sealed);
    QCOMPARE(batch.answers[0].txId, unit.id());
    QCOMPARE(batch.answers[0].height, quint64(2));
    QCOMPARE(batch.answers[0].logIndex, quint64(3)); // genesis 0, two grants 1-2
    QCOMPARE(batch.data.transactions, std::vector<QByteArray>{unit.bytes()});
    // The block as pushed is the block as stored, and its seal verifies.
    auto fromParts = ledger::SealedBlock::fromParts(batch.data.header, batch.data.signature, batch.data.checkpointSignature);
    CY_VERIFY_OK(fromParts);
    CY_VERIFY_OK(fromParts->verifySeal(m_c.server.publicKey(), m_c.genesis.logOrigin()));

    // Submitted again after sealing (a device that missed the answer): its place in the log.
    answer = only<sync::TxStatus>(s.receive(sync::encode(sync::Submit{11, unit.bytes()}), m_now));
    QCOMPARE(answer.state, sync::TxStatus::State::Sealed);
    QCOMPARE(answer.height, quint64(2));
    QCOMPARE(answer.logIndex, quint64(3));
    QCOMPARE(m_sequencer->pendingCount(), quint64(0));

    // A full block asks to be sealed (the limit here is 3).
    reply = s.receive(sync::encode(sync::Submit{12, registerUnit(QStringLiteral("1-102"), 2).bytes()}), m_now);
    QVERIFY(!reply.sealNow);
    s.receive(sync::encode(sync::Submit{13, registerUnit(QStringLiteral("1-103"), 3).bytes()}), m_now);
    reply = s.receive(sync::encode(sync::Submit{14, registerUnit(QStringLiteral("1-104"), 4).bytes()}), m_now);
    QCOMPARE(only<sync::TxStatus>(reply).state, sync::TxStatus::State::Accepted);
    QVERIFY(reply.sealNow);
    reply = s.receive(sync::encode(sync::Submit{15, registerUnit(QStringLiteral("1-105"), 5).bytes()}), m_now);
    QCOMPARE(only<sync::ErrorReply>(reply).code, QStringLiteral("unavailable"));
    QVERIFY(reply.sealNow);
    QVERIFY(!reply.close);
    QCOMPARE(m_sequencer->pendingCount(), quint64(3));
    // With the block full, a transaction already sealed or pending still gets its answer.
    answer = only<sync::TxStatus>(s.receive(sync::encode(sync::Submit{16, unit.bytes()}), m_now));
    QCOMPARE(answer.state, sync::TxStatus::State::Sealed);
    QCOMPARE(answer.height, quint64(2));
    QCOMPARE(answer.logIndex, quint64(3));
    answer = only<sync::TxStatus>(s.receive(sync::encode(sync::Submit{17, registerUnit(QStringLiteral("1-104"), 4).bytes()}), m_now));
    QCOMPARE(answer.state, sync::TxStatus::State::Accepted);
    QCOMPARE(m_sequencer->pendingCount(), quint64(3));
}

void TestSession::clonedKeysAreKeptAsEvidence()
{
    auto s = signedIn(m_c.manager, 1);
    const ledger::Transaction first = registerUnit(QStringLiteral("1-101"), 1);
    const ledger::Transaction clone = registerUnit(QStringLiteral("9-999"), 1); // same key, same sequence
    QCOMPARE(only<sync::TxStatus>(s.receive(sync::encode(sync::Submit{1, first.bytes()}), m_now)).state,
             sync::TxStatus::State::Accepted);
    // Pending, then sealed: refused both times, and both transactions kept.
    for (int round = 0; round < 2; ++round) {
        const auto answer = only<sync::TxStatus>(s.receive(sync::encode(sync::Submit{2, clone.bytes()}), m_now));
        QCOMPARE(answer.state, sync::TxStatus::State::Rejected);
        QCOMPARE(answer.code, QStringLiteral("cloned-key"));
        const QStringList files = QDir(m_sequencer->evidenceDir()).entryList({QStringLiteral("*.tx")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 2);
        const QString stem = m_c.manager.publicKey().toHex() + QStringLiteral("-1-");
        QVERIFY(files.contains(stem + crypto::toHex(first.id()) + QStringLiteral(".tx")));
        QVERIFY(files.contains(stem + crypto::toHex(clone.id()) + QStringLiteral(".tx")));
        QFile kept(m_sequencer->evidenceDir() + u'/' + stem + crypto::toHex(clone.id()) + QStringLiteral(".tx"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), clone.bytes());
        CY_VERIFY_OK(m_sequencer->seal(m_now + 1000));
    }
    // A sequence that was skipped (3 used after 1) is a plain stale sequence, not evidence.
    QCOMPARE(only<sync::TxStatus>(s.receive(sync::encode(sync::Submit{3, registerUnit(QStringLiteral("1-103"), 3).bytes()}), m_now)).state,
             sync::TxStatus::State::Accepted);
    const auto stale = only<sync::TxStatus>(s.receive(sync::encode(sync::Submit{4, registerUnit(QStringLiteral("1-102"), 2).bytes()}), m_now));
    QCOMPARE(stale.code, QStringLiteral("stale-sequence"));
    QCOMPARE(QDir(m_sequencer->evidenceDir()).entryList({QStringLiteral("*.tx")}, QDir::Files).size(), 2);
}

void TestSession::submissionsWhileABlockIsWrittenAreCheckedAgainstIt()
{
    auto s = signedIn(m_c.manager, 1);
    const auto submit = [&](quint64 id, const ledger::Transaction &tx) {
        return only<sync::TxStatus>(s.receive(sync::encode(sync::Submit{id, tx.bytes()}), m_now));
    };
    const auto cash = [&](const QString &unit, const QString &receipt, quint64 sequence) {
        return make(QStringLiteral("payment.cash"),
                    cbor::Value::fromMap({{QStringLiteral("unit"), cbor::Value::fromText(unit)},
                                          {QStringLiteral("amount"), cbor::Value::fromInt(100)},
                                          {QStringLiteral("receipt"), cbor::Value::fromText(receipt)}}),
                    m_c.manager, sequence);
    };
    const ledger::Transaction unit = registerUnit(QStringLiteral("2-201"), 1);
    QCOMPARE(submit(1, unit).state, sync::TxStatus::State::Accepted);

    // The block with the unit goes to the sealing thread.
    std::atomic<int> done{0};
    std::vector<sync::TxStatus> refused;
    auto started = m_sequencer->beginSeal(m_now + 1000, &refused, [&done] { ++done; });
    CY_VERIFY_OK(started);
    QVERIFY(*started);
    QVERIFY(refused.empty());
    QVERIFY(m_sequencer->sealing());
    QCOMPARE(m_sequencer->pendingCount(), quint64(1)); // the one being written
    // Not there for devices before it is handed over: height 1, log size 3 (genesis, two grants).
    QCOMPARE(m_sequencer->height(), quint64(1));
    QCOMPARE(m_sequencer->logSize(), quint64(3));
    const QByteArray fetch = sync::encode(sync::Fetch{30, 2, 10});
    QVERIFY(only<sync::Blocks>(s.receive(fetch, m_now)).blocks.empty());

    // Valid only given the block being written: a cash payment for its unit (no such unit in the
    // stored state before it) ...
    const ledger::Transaction pay = cash(QStringLiteral("2-201"), QStringLiteral("R-1"), 2);
    QCOMPARE(submit(2, pay).state, sync::TxStatus::State::Accepted);
    // ... while one for a unit registered nowhere is refused by its contract.
    QCOMPARE(submit(3, cash(QStringLiteral("2-299"), QStringLiteral("R-2"), 3)).state, sync::TxStatus::State::Rejected);
    // Invalid only given the block being written: its unit registered again ...
    auto again = submit(4, registerUnit(QStringLiteral("2-201"), 3));
    QCOMPARE(again.state, sync::TxStatus::State::Rejected);
    QCOMPARE(again.code, QStringLiteral("unit-exists"));
    // ... and a second transaction with the block's (author, sequence): a cloned key, both kept.
    again = submit(5, registerUnit(QStringLiteral("9-999"), 1));
    QCOMPARE(again.code, QStringLiteral("cloned-key"));
    const QString stem = m_sequencer->evidenceDir() + u'/' + m_c.manager.publicKey().toHex() + QStringLiteral("-1-");
    QVERIFY(QFile::exists(stem + crypto::toHex(unit.id()) + QStringLiteral(".tx")));
    QCOMPARE(QDir(m_sequencer->evidenceDir()).entryList({QStringLiteral("*.tx")}, QDir::Files).size(), 2);
    // The block's own transaction again: accepted (it is not sealed until handed over), not twice.
    auto same = s.receive(sync::encode(sync::Submit{7, unit.bytes()}), m_now);
    QCOMPARE(only<sync::TxStatus>(same).state, sync::TxStatus::State::Accepted);
    QVERIFY(same.awaitingSeal.has_value());
    QCOMPARE(m_sequencer->pendingCount(), quint64(2));
    // A second block cannot begin before the first is handed over.
    QVERIFY(!m_sequencer->seal(m_now + 1500).has_value());

    // Handed over once committed: block 2 holds the unit at log index 3 (after genesis and the two grants).
    auto sealed = m_sequencer->finishSeal();
    CY_VERIFY_OK(sealed);
    QVERIFY(sealed->has_value());
    QTRY_COMPARE(done.load(), 1); // called on the sealing thread once the block is committed
    QVERIFY(!m_sequencer->sealing());
    QCOMPARE((*sealed)->block.header.height, quint64(2));
    QCOMPARE((*sealed)->answers.size(), std::size_t(1));
    QCOMPARE((*sealed)->answers[0].txId, unit.id());
    QCOMPARE((*sealed)->answers[0].logIndex, quint64(3));
    QCOMPARE(m_sequencer->height(), quint64(2));
    QCOMPARE(m_sequencer->logSize(), quint64(4));
    QCOMPARE(only<sync::Blocks>(s.receive(fetch, m_now)).blocks.size(), std::size_t(1));
    // The payment accepted meanwhile follows it in log order: block 3, log index 4.
    sealed = m_sequencer->seal(m_now + 2000);
    CY_VERIFY_OK(sealed);
    QVERIFY(sealed->has_value());
    QCOMPARE((*sealed)->block.header.height, quint64(3));
    QCOMPARE((*sealed)->answers.size(), std::size_t(1));
    QCOMPARE((*sealed)->answers[0].txId, pay.id());
    QCOMPARE((*sealed)->answers[0].logIndex, quint64(4));
    const auto unitAgain = submit(8, unit);
    QCOMPARE(unitAgain.state, sync::TxStatus::State::Sealed);
    QCOMPARE(unitAgain.logIndex, quint64(3));
    // With nothing being written (the values the contracts read are kept between blocks, and
    // the unit's was first read while it was being written): the unit is there.
    again = submit(9, registerUnit(QStringLiteral("2-201"), 3));
    QCOMPARE(again.code, QStringLiteral("unit-exists"));

    // The books: 1.00 in cash became 1.00 of prepaid credit (100 minor units, a credit: -100).
    store::Store &store = m_sequencer->ledger().store();
    auto rows = store.postingsForAccount(QStringLiteral("Liabilities:Prepaid:2-201"));
    CY_VERIFY_OK(rows);
    qint64 credit = 0;
    for (const store::PostingRow &row : *rows) {
        credit += row.amount;
    }
    QCOMPARE(credit, qint64(-100));
    auto broken = node::checkInvariants(store);
    CY_VERIFY_OK(broken);
    QVERIFY2(broken->isEmpty(), qPrintable(broken->join(u"; ")));
    auto replayed = m_sequencer->ledger().replay();
    CY_VERIFY_OK(replayed);
    QVERIFY(replayed->ok());
    QCOMPARE(replayed->blocks, quint64(4)); // 0 to 3
}

// What the server keeps of the stored state between blocks (the values its contracts read; a
// cache of their scans was tried and taken out) must follow each block handed over: after a block
// that adds an open invoice to a unit, the next payment for that unit pays it. Checked against
// anything older, the payment would become prepaid credit and be sealed with a state root no
// device reproduces.
void TestSession::keptStateFollowsTheBlocks()
{
    auto s = signedIn(m_c.manager, 1);
    const auto text = [](const char *t) { return cbor::Value::fromText(QString::fromLatin1(t)); };
    const QByteArray resident(16, '\x07');
    quint64 sequence = 0;
    const auto submitted = [&](const QString &kind, cbor::Value payload) {
        const ledger::Transaction tx = make(kind, std::move(payload), m_c.manager, ++sequence);
        const auto answer = only<sync::TxStatus>(s.receive(sync::encode(sync::Submit{sequence, tx.bytes()}), m_now));
        if (answer.state != sync::TxStatus::State::Accepted) {
            qWarning("%s refused: %s %s", qPrintable(kind), qPrintable(answer.code), qPrintable(answer.reason));
        }
        return answer.state == sync::TxStatus::State::Accepted ? std::optional<ledger::Transaction>(tx) : std::nullopt;
    };
    const auto sealBlock = [&]() -> std::optional<quint64> {
        m_now += 1000;
        auto sealed = m_sequencer->seal(m_now);
        if (!sealed || !sealed->has_value() || (*sealed)->answers.empty()) {
            return std::nullopt;
        }
        return (*sealed)->answers.back().logIndex;
    };
    const auto cash = [&](const char *receipt) {
        return cbor::Value::fromMap({{QStringLiteral("unit"), text("3-301")},
                                     {QStringLiteral("amount"), cbor::Value::fromInt(10000)},
                                     {QStringLiteral("receipt"), text(receipt)}});
    };

    QVERIFY(submitted(QStringLiteral("unit.register"),
                      cbor::Value::fromMap({{QStringLiteral("number"), text("3-301")},
                                            {QStringLiteral("area"), cbor::Value::fromUnsigned(7000)},
                                            {QStringLiteral("share"), cbor::Value::fromUnsigned(100)}})));
    QVERIFY(submitted(QStringLiteral("resident.register"),
                      cbor::Value::fromMap({{QStringLiteral("resident"), cbor::Value::fromBytes(resident)},
                                            {QStringLiteral("unit"), text("3-301")}})));
    QVERIFY(sealBlock());
    // 100.00 with no lease yet: no open invoice (the scan the server keeps is empty) -> prepaid credit.
    QVERIFY(submitted(QStringLiteral("payment.cash"), cash("R-1")));
    const std::optional<quint64> first = sealBlock();
    QVERIFY(first);
    // A lease with a deposit of 300.00: an open invoice under the kept prefix.
    const QString start = m_c.genesis.localDate(m_now).toString(Qt::ISODate);
    QVERIFY(submitted(QStringLiteral("lease.create"),
                      cbor::Value::fromMap({{QStringLiteral("lease"), cbor::Value::fromBytes(QByteArray(16, '\x21'))},
                                            {QStringLiteral("unit"), text("3-301")},
                                            {QStringLiteral("residents"), cbor::Value::fromArray({cbor::Value::fromBytes(resident)})},
                                            {QStringLiteral("currency"), cbor::Value::fromText(m_c.genesis.currency)},
                                            {QStringLiteral("rent"), cbor::Value::fromInt(250000)},
                                            {QStringLiteral("billing-day"), cbor::Value::fromUnsigned(5)},
                                            {QStringLiteral("start"), cbor::Value::fromText(start)},
                                            {QStringLiteral("deposit"), cbor::Value::fromInt(30000)},
                                            {QStringLiteral("grace-days"), cbor::Value::fromUnsigned(5)},
                                            {QStringLiteral("late-fee"), cbor::Value::fromMap({{QStringLiteral("percent"), text("5%")}, {QStringLiteral("cap"), cbor::Value::fromInt(30000)}})},
                                            {QStringLiteral("escalation"), cbor::Value::fromMap({{QStringLiteral("percent"), text("3%")}})},
                                            {QStringLiteral("document"), cbor::Value::fromBytes(QByteArray(32, '\x22'))}})));
    QVERIFY(sealBlock());
    // The next 100.00 goes to that deposit, not to prepaid credit.
    QVERIFY(submitted(QStringLiteral("payment.cash"), cash("R-2")));
    const std::optional<quint64> second = sealBlock();
    QVERIFY(second);

    store::Store &store = m_sequencer->ledger().store();
    auto prepaid = store.postingsForAccount(QStringLiteral("Liabilities:Prepaid:3-301"));
    CY_VERIFY_OK(prepaid);
    QVERIFY(std::any_of(prepaid->begin(), prepaid->end(), [&](const store::PostingRow &row) { return row.logIndex == *first; }));
    for (const store::PostingRow &row : *prepaid) {
        QVERIFY2(row.logIndex != *second, "the second payment became prepaid credit: the server checked it against a stale list of open invoices");
    }
    // And every block replays to the state root the server sealed.
    auto replayed = m_sequencer->ledger().replay();
    CY_VERIFY_OK(replayed);
    QVERIFY(replayed->ok());
}

void TestSession::catchUpInBatchesAndProofsVerify()
{
    auto manager = signedIn(m_c.manager, 1);
    for (quint64 i = 1; i <= 5; ++i) {
        manager.receive(sync::encode(sync::Submit{i, registerUnit(QStringLiteral("2-%1").arg(i), i).bytes()}), m_now);
        CY_VERIFY_OK(m_sequencer->seal(m_now + i * 1000));
    }
    QCOMPARE(m_sequencer->height(), quint64(6));
    auto kiosk = signedIn(m_c.kiosk, 2);
    // Batches of 4: blocks 0-3, then 4-6, then none.
    auto blocks = only<sync::Blocks>(kiosk.receive(sync::encode(sync::Fetch{1, 0, 4}), m_now));
    QCOMPARE(blocks.blocks.size(), std::size_t(4));
    QCOMPARE(blocks.tip, quint64(6));
    std::vector<ledger::SealedBlock> headers;
    for (const auto &b : blocks.blocks) {
        headers.push_back(*ledger::SealedBlock::fromParts(b.header, b.signature, b.checkpointSignature));
    }
    QCOMPARE(headers[3].header.height, quint64(3));
    blocks = only<sync::Blocks>(kiosk.receive(sync::encode(sync::Fetch{2, 4, 4}), m_now));
    QCOMPARE(blocks.blocks.size(), std::size_t(3));
    for (const auto &b : blocks.blocks) {
        headers.push_back(*ledger::SealedBlock::fromParts(b.header, b.signature, b.checkpointSignature));
    }
    QCOMPARE(headers.back().header.height, quint64(6));
    QCOMPARE(only<sync::Blocks>(kiosk.receive(sync::encode(sync::Fetch{3, 7, 4}), m_now)).blocks.size(), std::size_t(0));

    // Inclusion of log index 3 (block 2's transaction) in the log as of block 6, checked
    // against block 6's log root and the transaction's bytes from block 2.
    const QByteArray txBytes = only<sync::Blocks>(kiosk.receive(sync::encode(sync::Fetch{4, 2, 1}), m_now)).blocks[0].transactions[0];
    const quint64 size = headers[6].header.logSize();
    auto proof = only<sync::Proof>(kiosk.receive(sync::encode(sync::InclusionRequest{5, 3, size}), m_now));
    QCOMPARE(proof.id, quint64(5));
    CY_VERIFY_OK(merkle::verifyInclusion(3, size, merkle::leafHash(txBytes), proof.hashes, headers[6].header.logRoot));
    QVERIFY(!merkle::verifyInclusion(4, size, merkle::leafHash(txBytes), proof.hashes, headers[6].header.logRoot).has_value());
    // Consistency between the checkpoints of blocks 2 and 6.
    const quint64 oldSize = headers[2].header.logSize();
    proof = only<sync::Proof>(kiosk.receive(sync::encode(sync::ConsistencyRequest{6, oldSize, size}), m_now));
    CY_VERIFY_OK(merkle::verifyConsistency(oldSize, size, headers[2].header.logRoot, headers[6].header.logRoot, proof.hashes));
    // Out of range: an answer, not a disconnection.
    auto reply = kiosk.receive(sync::encode(sync::InclusionRequest{7, size, size}), m_now);
    QVERIFY(!reply.close);
    QCOMPARE(only<sync::ErrorReply>(reply).id, quint64(7));
    reply = kiosk.receive(sync::encode(sync::ConsistencyRequest{8, 0, size}), m_now);
    QCOMPARE(only<sync::ErrorReply>(reply).code, QStringLiteral("invalid-request"));
    reply = kiosk.receive(sync::encode(sync::ConsistencyRequest{9, 2, size + 1}), m_now);
    QCOMPARE(only<sync::ErrorReply>(reply).code, QStringLiteral("invalid-request"));

    const auto status = only<sync::Status>(kiosk.receive(sync::encode(sync::StatusRequest{10}), m_now));
    QCOMPARE(status.height, quint64(6));
    QCOMPARE(status.logSize, size);
    QCOMPARE(status.pending, quint64(0));
    QVERIFY(!kiosk.subscribed());
    only<sync::Status>(kiosk.receive(sync::encode(sync::Subscribe{11}), m_now));
    QVERIFY(kiosk.subscribed());
}

void TestSession::rateLimitRefusesThenDisconnects()
{
    server::SessionLimits limits;
    limits.messagesPerSecond = 10;
    limits.burst = 5;
    limits.rateStrikes = 3;
    server::Session s(*m_sequencer, nonceOf(1), kChannel, limits);
    QVERIFY(only<sync::Welcome>(s.receive(authFor(m_c.kiosk, m_c.genesis.communityId, nonceOf(1)), m_now)).key == m_c.kiosk.publicKey());
    const QByteArray status = sync::encode(sync::StatusRequest{1});
    for (int i = 0; i < 4; ++i) { // the burst of 5, the sign-in included
        QVERIFY(std::holds_alternative<sync::Status>(decoded(s.receive(status, m_now).messages.front())));
    }
    auto reply = s.receive(status, m_now);
    QCOMPARE(only<sync::ErrorReply>(reply).code, QStringLiteral("rate-limited"));
    QVERIFY(!reply.close);
    // 100 ms later one message is allowed again (10 per second).
    QVERIFY(std::holds_alternative<sync::Status>(decoded(s.receive(status, m_now + 100).messages.front())));
    // Three refusals in a row: disconnected.
    QVERIFY(!s.receive(status, m_now + 100).close);
    QVERIFY(!s.receive(status, m_now + 100).close);
    QVERIFY(s.receive(status, m_now + 100).close);
}

void TestSession::enrollmentByOneTimeCode()
{
    const QString code = QStringLiteral("7K3QX9MDR2TWH4NB");
    authorizeCode(code, m_now + 3600 * 1000, 1);
    const crypto::KeyPair device = keyFor("new lobby kiosk");

    // Before the enrollment the key is nobody.
    {
        server::Session s(*m_sequencer, nonceOf(3), kChannel);
        QCOMPARE(only<sync::ErrorReply>(s.receive(authFor(device, m_c.genesis.communityId, nonceOf(3)), m_now)).code,
                 QStringLiteral("unknown-key"));
    }
    // A signature over another challenge, or a transaction by another key: refused, nothing submitted.
    {
        server::Session s(*m_sequencer, nonceOf(4), kChannel);
        const auto reply = s.receive(enrollFor(device, code, 5), m_now);
        QVERIFY(reply.close);
        QCOMPARE(only<sync::ErrorReply>(reply).code, QStringLiteral("bad-signature"));
        server::Session t(*m_sequencer, nonceOf(4), kChannel);
        const auto tx = m_c.make(QStringLiteral("device.enroll"),
                                 cbor::Value::fromMap({{QStringLiteral("code"), cbor::Value::fromText(code)}}), keyFor("other"), 1);
        const QByteArray signature = device.sign(sync::authMessage(m_c.genesis.communityId, nonceOf(4), kChannel, device.publicKey()));
        const auto other = t.receive(sync::encode(sync::Enroll{5, device.publicKey(), signature, tx.bytes()}), m_now);
        QVERIFY(other.close);
        QCOMPARE(only<sync::ErrorReply>(other).code, QStringLiteral("invalid-request"));
        QCOMPARE(m_sequencer->pendingCount(), quint64(0));
    }

    server::Session s(*m_sequencer, nonceOf(6), kChannel);
    const auto reply = s.receive(enrollFor(device, code, 6, 77), m_now);
    QVERIFY(!reply.close);
    QVERIFY(!s.signedIn());
    QCOMPARE(reply.messages.size(), std::size_t(2));
    const auto welcome = std::get<sync::Welcome>(decoded(reply.messages[0]));
    QVERIFY(welcome.enrolled);
    QCOMPARE(welcome.roles, QStringList());
    const auto accepted = std::get<sync::TxStatus>(decoded(reply.messages[1]));
    QCOMPARE(accepted.id, quint64(77));
    QCOMPARE(accepted.state, sync::TxStatus::State::Accepted);
    QVERIFY(reply.awaitingSeal.has_value());
    QCOMPARE(reply.awaitingSeal->second, quint64(77));
    // Enrolled is not signed in: nothing else is served on this connection.
    QCOMPARE(only<sync::ErrorReply>(s.receive(sync::encode(sync::Fetch{8, 0, 1}), m_now)).code, QStringLiteral("not-signed-in"));

    m_now += 1000;
    CY_VERIFY_OK(m_sequencer->seal(m_now));
    // Sealed: the key signs in as a kiosk.
    server::Session kiosk(*m_sequencer, nonceOf(7), kChannel);
    const auto in = only<sync::Welcome>(kiosk.receive(authFor(device, m_c.genesis.communityId, nonceOf(7)), m_now));
    QCOMPARE(in.roles, QStringList{QStringLiteral("kiosk")});
    QCOMPARE(in.lastSequence, quint64(1));

    // The same enrollment sent again (the device missed the answer): its original answer, sealed.
    server::Session again(*m_sequencer, nonceOf(8), kChannel);
    const auto replay = again.receive(enrollFor(device, code, 8), m_now);
    QCOMPARE(replay.messages.size(), std::size_t(2));
    QCOMPARE(std::get<sync::TxStatus>(decoded(replay.messages[1])).state, sync::TxStatus::State::Sealed);

    // Another device with the used code: refused with the contract's reason, and disconnected.
    server::Session second(*m_sequencer, nonceOf(9), kChannel);
    const auto used = second.receive(enrollFor(keyFor("second kiosk"), code, 9), m_now);
    QVERIFY(used.close);
    const auto refusal = only<sync::TxStatus>(used);
    QCOMPARE(refusal.state, sync::TxStatus::State::Rejected);
    QCOMPARE(refusal.code, QStringLiteral("enrollment-code-used"));
    QVERIFY(refusal.reason.contains(QStringLiteral("ask a manager for a new one")));
}

void TestSession::expiredCodeAndRevokedDeviceAreRefused()
{
    const QString code = QStringLiteral("M2PB8RDWQ0XZ1T7C");
    const quint64 expires = m_now + 60 * 1000;
    authorizeCode(code, expires, 1);
    const crypto::KeyPair late = keyFor("late kiosk");
    m_now = expires + 1;
    server::Session s(*m_sequencer, nonceOf(10), kChannel);
    const auto reply = s.receive(enrollFor(late, code, 10), m_now);
    QVERIFY(reply.close);
    QCOMPARE(only<sync::TxStatus>(reply).code, QStringLiteral("enrollment-code-expired"));
    QCOMPARE(m_sequencer->pendingCount(), quint64(0));

    // A device enrolled, then revoked by the manager: refused as revoked, with the reason.
    const QString second = QStringLiteral("Q4ZT8KD1MW7XR2PB");
    authorizeCode(second, m_now + 3600 * 1000, 2);
    const crypto::KeyPair device = keyFor("kiosk to revoke");
    server::Session e(*m_sequencer, nonceOf(11), kChannel);
    QVERIFY(!e.receive(enrollFor(device, second, 11), m_now).close);
    m_now += 1000;
    CY_VERIFY_OK(m_sequencer->seal(m_now));
    signedIn(device, 12);

    server::Session manager = signedIn(m_c.manager, 13);
    const auto revoke = make(QStringLiteral("device.revoke"),
                             cbor::Value::fromMap({{QStringLiteral("key"), cbor::Value::fromBytes(device.publicKey().toByteArray())},
                                                   {QStringLiteral("reason"), cbor::Value::fromText(QStringLiteral("stolen from the lobby"))}}),
                             m_c.manager, 3);
    QCOMPARE(only<sync::TxStatus>(manager.receive(sync::encode(sync::Submit{2, revoke.bytes()}), m_now)).state, sync::TxStatus::State::Accepted);
    m_now += 1000;
    CY_VERIFY_OK(m_sequencer->seal(m_now));
    server::Session after(*m_sequencer, nonceOf(14), kChannel);
    const auto refused = after.receive(authFor(device, m_c.genesis.communityId, nonceOf(14)), m_now);
    QVERIFY(refused.close);
    const auto error = only<sync::ErrorReply>(refused);
    QCOMPARE(error.code, QStringLiteral("revoked"));
    QVERIFY(error.reason.contains(QStringLiteral("stolen from the lobby")));
    QVERIFY(error.reason.contains(QStringLiteral("Lobby kiosk 9")));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
