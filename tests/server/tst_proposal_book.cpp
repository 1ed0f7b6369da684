// Proposals held by the server (app/server/proposals.h), driven through real Sessions over a real
// Sequencer and ledger (SQLite, libsodium, the standard contracts), without a network: a repair
// approval above the threshold proposed by the manager, co-signed by two committee members,
// submitted and sealed once; a co-signed proposal (ledger format 2) sealed although its author
// sealed other transactions meanwhile, its replays refused, its expiry refused with words;
// declines with reasons; every refusal with its stable code (non-member,
// duplicate, wrong signature, expired, withdrawn, replayed, not the author, malformed); the book
// reopened from its file keeps everything; the proposal messages' encoding round-trips and the
// decoder refuses what is not one.
#include "tests/server/server_fixture.h"

#include "app/server/proposals.h"
#include "app/server/session.h"
#include "contracts/standard.h"
#include "core/codec/cbor.h"
#include "core/sync/protocol.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace courtyard;

namespace {

constexpr quint64 kStart = testing::kServerStart;
const crypto::Digest kChannel = crypto::sha256("the server's certificate");
const QByteArray kRepair = QByteArray::fromHex("6a1f0e2d3c4b5a69788796a5b4c3d2e1");
constexpr quint64 kExpiryMs = 3600 * 1000; // one hour in these tests

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

cbor::Value text(const QString &t)
{
    return cbor::Value::fromText(t);
}

} // namespace

class TestProposalBook : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void proposeCosignSealOnce();
    void declinesStayOnRecord();
    void refusalsHaveStableCodes();
    void expiredAndWithdrawnAreClosed();
    void cosignedProposalOutlivesTheAuthorsWork();
    void cosignedProposalExpires();
    void withdrawnCosignedProposalStaysWithdrawn();
    void reopenedBookKeepsEverything();
    void submittedBeforeRestartIsSealedAfter();
    void messagesRoundTripAndMalformedAreRefused();

private:
    std::unique_ptr<server::Session> session(const crypto::KeyPair &key, int nonce);
    // One message in, the single answer out.
    sync::Message ask(server::Session &s, const sync::Message &m);
    sync::ProposalInfo answered(server::Session &s, const sync::Message &m);
    QString refusal(server::Session &s, const sync::Message &m);
    ledger::Transaction approval(quint64 sequence) const;
    ledger::Transaction cosignedApproval(quint64 validUntilMs, std::initializer_list<const crypto::KeyPair *> cosigners = {}) const;
    void openBook();
    void seal();

    testing::ServerCommunity m_c;
    contracts::Registry m_registry;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<server::Sequencer> m_sequencer;
    std::unique_ptr<server::ProposalBook> m_book;
    quint64 m_now = kStart;
};

void TestProposalBook::init()
{
    if (m_registry.all().empty()) {
        contracts::addStandardContracts(m_registry);
    }
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("server.db"));
    const QString made = m_c.createLedger(path, m_registry);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    {
        // A repair of the common property, quoted at 12,000.00 CNY: at or above the repair
        // threshold of 5,000.00 from genesis, so its approval needs the committee quorum (2 of 3).
        auto ledger = node::Ledger::open(path, m_registry);
        CY_VERIFY_OK(ledger);
        const auto request = m_c.make(QStringLiteral("repair.request"),
                                      cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(kRepair)},
                                                            {QStringLiteral("category"), text(QStringLiteral("roof"))},
                                                            {QStringLiteral("description"), text(QStringLiteral("Roof membrane over block 3 leaks"))},
                                                            {QStringLiteral("urgency"), text(QStringLiteral("urgent"))}}),
                                      m_c.manager, 1);
        const auto quote = m_c.make(QStringLiteral("repair.quote"),
                                    cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(kRepair)},
                                                          {QStringLiteral("vendor"), text(QStringLiteral("Huaxia Roofing"))},
                                                          {QStringLiteral("amount"), cbor::Value::fromInt(1200000)}, // 12,000.00
                                                          {QStringLiteral("currency"), text(QStringLiteral("CNY"))},
                                                          {QStringLiteral("document"),
                                                           cbor::Value::fromBytes(crypto::toByteArray(crypto::sha256("roof quote.pdf")))}}),
                                    m_c.manager, 2);
        for (const auto &tx : {request, quote}) {
            auto r = (*ledger)->submit(tx, kStart + 1500);
            CY_VERIFY_OK(r);
            QVERIFY2(!r->has_value(), qPrintable((*r)->code));
        }
        CY_VERIFY_OK((*ledger)->sealPending(kStart + 1500, m_c.server));
    }
    auto opened = server::Sequencer::open(path, m_registry, *crypto::KeyPair::fromSeed(m_c.server.seed().view()));
    CY_VERIFY_OK(opened);
    m_sequencer = std::move(*opened);
    QCOMPARE(m_sequencer->height(), quint64(2));
    m_now = kStart + 2000;
    openBook();
}

void TestProposalBook::cleanup()
{
    m_book.reset();
    m_sequencer.reset();
    m_dir.reset();
}

void TestProposalBook::openBook()
{
    m_book.reset();
    auto book = server::ProposalBook::open(m_dir->filePath(QStringLiteral("proposals.db")), *m_sequencer, kExpiryMs, m_now);
    CY_VERIFY_OK(book);
    m_book = std::move(*book);
}

void TestProposalBook::seal()
{
    m_now += 1000;
    auto sealed = m_sequencer->seal(m_now);
    CY_VERIFY_OK(sealed);
    CY_VERIFY_OK(m_book->tick(m_now));
}

std::unique_ptr<server::Session> TestProposalBook::session(const crypto::KeyPair &key, int nonce)
{
    auto s = std::make_unique<server::Session>(*m_sequencer, nonceOf(nonce), kChannel);
    s->setProposals(m_book.get());
    const QByteArray auth = sync::encode(
        sync::Auth{key.publicKey(), key.sign(sync::authMessage(m_c.genesis.communityId, nonceOf(nonce), kChannel, key.publicKey()))});
    const auto reply = s->receive(auth, m_now);
    CY_ASSERT(reply.messages.size() == 1 && std::holds_alternative<sync::Welcome>(decoded(reply.messages.front())));
    return s;
}

sync::Message TestProposalBook::ask(server::Session &s, const sync::Message &m)
{
    const auto reply = s.receive(sync::encode(m), m_now);
    CY_ASSERT(reply.messages.size() == 1);
    return decoded(reply.messages.front());
}

sync::ProposalInfo TestProposalBook::answered(server::Session &s, const sync::Message &m)
{
    const sync::Message a = ask(s, m);
    if (const auto *e = std::get_if<sync::ErrorReply>(&a)) {
        qFatal("refused: %s %s", qPrintable(e->code), qPrintable(e->reason));
    }
    const auto &list = std::get<sync::Proposals>(a);
    CY_ASSERT(list.proposals.size() == 1);
    return list.proposals.front();
}

QString TestProposalBook::refusal(server::Session &s, const sync::Message &m)
{
    const sync::Message a = ask(s, m);
    const auto *e = std::get_if<sync::ErrorReply>(&a);
    return e ? e->code : QStringLiteral("(served: %1)").arg(sync::typeName(a));
}

ledger::Transaction TestProposalBook::approval(quint64 sequence) const
{
    return m_c.make(QStringLiteral("repair.approve"), cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(kRepair)}}),
                    m_c.manager, sequence);
}

ledger::Transaction TestProposalBook::cosignedApproval(quint64 validUntilMs, std::initializer_list<const crypto::KeyPair *> cosigners) const
{
    return m_c.makeCosigned(QStringLiteral("repair.approve"), cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(kRepair)}}),
                            m_c.manager, validUntilMs, cosigners);
}

void TestProposalBook::proposeCosignSealOnce()
{
    auto manager = session(m_c.manager, 1);
    auto member1 = session(m_c.committee[0], 2);
    auto member2 = session(m_c.committee[1], 3);
    const ledger::Transaction tx = approval(3);

    // Submitted directly it is refused: the committee must sign.
    {
        auto direct = m_sequencer->submit(tx.bytes(), m_now);
        CY_VERIFY_OK(direct);
        QCOMPARE(direct->code, QStringLiteral("committee-approval-required"));
    }
    sync::ProposalInfo p = answered(*manager, sync::Propose{1, tx.bytes(), QStringLiteral("Roof leak over block 3: best of 3 quotes")});
    QCOMPARE(p.state, sync::ProposalInfo::State::Open);
    QCOMPARE(p.note, QStringLiteral("Roof leak over block 3: best of 3 quotes"));
    QCOMPARE(p.createdMs, m_now);
    QCOMPARE(p.expiresMs, m_now + kExpiryMs);
    QVERIFY(p.signers.empty());

    // Member 1 watches and lists: the proposal is there, open.
    {
        const auto reply = member1->receive(sync::encode(sync::ProposalsRequest{7, true}), m_now);
        QVERIFY(member1->watchingProposals());
        const auto list = std::get<sync::Proposals>(decoded(reply.messages.front()));
        QCOMPARE(list.id, quint64(7));
        QCOMPARE(list.nowMs, m_now);
        QCOMPARE(list.proposals.size(), std::size_t(1));
        QCOMPARE(list.proposals.front().transaction, tx.bytes());
    }
    m_now += 60000;
    const QByteArray sig1 = m_c.committee[0].sign(ledger::Transaction::signingMessage(tx.bodyBytes()));
    {
        const auto reply = member1->receive(sync::encode(sync::Cosign{2, tx.id(), sig1}), m_now);
        QCOMPARE(reply.proposalsChanged.size(), std::size_t(1)); // pushed to the watchers
        p = std::get<sync::Proposals>(decoded(reply.messages.front())).proposals.front();
    }
    QCOMPARE(p.state, sync::ProposalInfo::State::Open); // 1 of 2
    QCOMPARE(p.signers.size(), std::size_t(1));
    QCOMPARE(p.signers.front().key, m_c.committee[0].publicKey());
    QCOMPARE(p.signers.front().atMs, m_now);
    QCOMPARE(m_sequencer->pendingCount(), quint64(0));

    m_now += 60000;
    const QByteArray sig2 = m_c.committee[1].sign(ledger::Transaction::signingMessage(tx.bodyBytes()));
    p = answered(*member2, sync::Cosign{3, tx.id(), sig2});
    QCOMPARE(p.state, sync::ProposalInfo::State::Submitted);
    QCOMPARE(m_sequencer->pendingCount(), quint64(1));
    auto full = ledger::Transaction::decode(p.transaction);
    CY_VERIFY_OK(full);
    QCOMPARE(full->id(), tx.id());
    QCOMPARE(full->signatures().size(), std::size_t(3)); // manager + 2 members
    CY_VERIFY_OK(full->verifySignatures());

    seal();
    p = *m_book->find(tx.id());
    QCOMPARE(p.state, sync::ProposalInfo::State::Sealed);
    QCOMPARE(p.height, quint64(3));
    auto where = m_sequencer->ledger().store().findTransaction(tx.id());
    CY_VERIFY_OK(where);
    QCOMPARE(where->blockHeight, quint64(3));
    QCOMPARE(p.logIndex, where->logIndex);

    // Replays: the third member's signature, the second's again, the proposal again — refused.
    const QByteArray sig3 = m_c.committee[2].sign(ledger::Transaction::signingMessage(tx.bodyBytes()));
    auto member3 = session(m_c.committee[2], 4);
    QCOMPARE(refusal(*member3, sync::Cosign{4, tx.id(), sig3}), QString::fromLatin1(sync::errors::kProposalClosed));
    QCOMPARE(refusal(*member2, sync::Cosign{5, tx.id(), sig2}), QString::fromLatin1(sync::errors::kProposalClosed));
    QCOMPARE(refusal(*manager, sync::Propose{6, tx.bytes(), QString()}), QString::fromLatin1(sync::errors::kDuplicateProposal));
    // Sealed once: the log holds it once, and nothing is pending.
    seal();
    QCOMPARE(m_sequencer->height(), quint64(3));
    QCOMPARE(m_sequencer->pendingCount(), quint64(0));
}

void TestProposalBook::declinesStayOnRecord()
{
    auto manager = session(m_c.manager, 1);
    auto member1 = session(m_c.committee[0], 2);
    auto member2 = session(m_c.committee[1], 3);
    const ledger::Transaction tx = approval(3);
    answered(*manager, sync::Propose{1, tx.bytes(), QStringLiteral("Roof")});
    m_now += 5000;
    sync::ProposalInfo p = answered(*member1, sync::Decline{2, tx.id(), QStringLiteral("Get a second quote first")});
    QCOMPARE(p.state, sync::ProposalInfo::State::Open);
    QCOMPARE(p.declines.size(), std::size_t(1));
    QCOMPARE(p.declines.front().key, m_c.committee[0].publicKey());
    QCOMPARE(p.declines.front().reason, QStringLiteral("Get a second quote first"));
    QCOMPARE(p.declines.front().atMs, m_now);
    QCOMPARE(refusal(*member1, sync::Decline{3, tx.id(), QStringLiteral("again")}), QString::fromLatin1(sync::errors::kAlreadyDeclined));
    // The member who declined may still sign; the decline stays on the record.
    const QByteArray sig1 = m_c.committee[0].sign(ledger::Transaction::signingMessage(tx.bodyBytes()));
    p = answered(*member1, sync::Cosign{4, tx.id(), sig1});
    QCOMPARE(p.signers.size(), std::size_t(1));
    QCOMPARE(p.declines.size(), std::size_t(1));
    // Declined once is enough, signed or not.
    QCOMPARE(refusal(*member1, sync::Decline{5, tx.id(), QStringLiteral("changed my mind")}), QString::fromLatin1(sync::errors::kAlreadyDeclined));
    const QByteArray sig2 = m_c.committee[1].sign(ledger::Transaction::signingMessage(tx.bodyBytes()));
    p = answered(*member2, sync::Cosign{6, tx.id(), sig2});
    QCOMPARE(p.state, sync::ProposalInfo::State::Submitted);
    seal();
    p = *m_book->find(tx.id());
    QCOMPARE(p.state, sync::ProposalInfo::State::Sealed);
    QCOMPARE(p.declines.front().reason, QStringLiteral("Get a second quote first"));
}

void TestProposalBook::refusalsHaveStableCodes()
{
    auto manager = session(m_c.manager, 1);
    auto member1 = session(m_c.committee[0], 2);
    auto kiosk = session(m_c.kiosk, 3);
    const ledger::Transaction tx = approval(3);
    const QByteArray signing = ledger::Transaction::signingMessage(tx.bodyBytes());

    // Proposing: only the author's own, valid, fresh transactions of a manager or member.
    QCOMPARE(refusal(*member1, sync::Propose{1, tx.bytes(), QString()}), QString::fromLatin1(sync::errors::kNotAuthor));
    QCOMPARE(refusal(*manager, sync::Propose{1, QByteArray("not a transaction"), QString()}),
             QString::fromLatin1(sync::errors::kMalformedTransaction));
    const auto kioskTx = m_c.make(QStringLiteral("repair.approve"), cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(kRepair)}}),
                                  m_c.kiosk, 1);
    QCOMPARE(refusal(*kiosk, sync::Propose{1, kioskTx.bytes(), QString()}), QString::fromLatin1(sync::errors::kNotAuthorized));
    QCOMPARE(refusal(*manager, sync::Propose{1, approval(2).bytes(), QString()}), QStringLiteral("stale-sequence"));
    const auto unknownRepair = m_c.make(QStringLiteral("repair.approve"),
                                        cbor::Value::fromMap({{QStringLiteral("id"),
                                                               cbor::Value::fromBytes(QByteArray::fromHex("11111111111111111111111111111111"))}}),
                                        m_c.manager, 3);
    QCOMPARE(refusal(*manager, sync::Propose{1, unknownRepair.bytes(), QString()}), QStringLiteral("unknown-repair"));
    QVERIFY(!m_book->find(unknownRepair.id()));
    // A transaction whose author's signature was replaced by another key's is refused.
    {
        auto forged = server::withCosignature(ledger::Transaction::decode(tx.bytes()).value(), m_c.committee[0].publicKey(),
                                              QByteArray(64, '\x01'));
        CY_VERIFY_OK(forged);
        QCOMPARE(refusal(*manager, sync::Propose{1, forged->bytes(), QString()}), QString::fromLatin1(sync::errors::kBadSignature));
    }
    answered(*manager, sync::Propose{2, tx.bytes(), QStringLiteral("Roof")});
    QCOMPARE(refusal(*manager, sync::Propose{3, tx.bytes(), QString()}), QString::fromLatin1(sync::errors::kDuplicateProposal));
    // Another proposal cannot take the sequence an open one holds; a new sign-in is told the
    // proposal's sequence as the author's last, so the next one takes a later one.
    QCOMPARE(refusal(*manager, sync::Propose{3, m_c.registerUnit(QStringLiteral("9-0909"), 3).bytes(), QString()}),
             QStringLiteral("stale-sequence"));
    {
        server::Session again(*m_sequencer, nonceOf(8), kChannel);
        again.setProposals(m_book.get());
        const auto reply = again.receive(sync::encode(sync::Auth{m_c.manager.publicKey(),
                                                                 m_c.manager.sign(sync::authMessage(m_c.genesis.communityId, nonceOf(8),
                                                                                                    kChannel, m_c.manager.publicKey()))}),
                                         m_now);
        QCOMPARE(std::get<sync::Welcome>(decoded(reply.messages.front())).lastSequence, quint64(3)); // sealed 2, proposed 3
    }

    // Co-signing: committee members only, each once, with a signature that verifies.
    QCOMPARE(refusal(*manager, sync::Cosign{4, tx.id(), m_c.manager.sign(signing)}), QString::fromLatin1(sync::errors::kNotMember));
    QCOMPARE(refusal(*kiosk, sync::Cosign{4, tx.id(), m_c.kiosk.sign(signing)}), QString::fromLatin1(sync::errors::kNotMember));
    QCOMPARE(refusal(*kiosk, sync::ProposalsRequest{4, true}), QString::fromLatin1(sync::errors::kNotAuthorized));
    QVERIFY(!kiosk->watchingProposals());
    // Member 2's signature presented by member 1 (a captured signature replayed by another key).
    QCOMPARE(refusal(*member1, sync::Cosign{5, tx.id(), m_c.committee[1].sign(signing)}), QString::fromLatin1(sync::errors::kBadSignature));
    // Member 1's signature over another message.
    QCOMPARE(refusal(*member1, sync::Cosign{5, tx.id(), m_c.committee[0].sign(QByteArray("other"))}),
             QString::fromLatin1(sync::errors::kBadSignature));
    QCOMPARE(refusal(*member1, sync::Cosign{5, crypto::sha256("no such"), m_c.committee[0].sign(signing)}),
             QString::fromLatin1(sync::errors::kNotFound));
    answered(*member1, sync::Cosign{6, tx.id(), m_c.committee[0].sign(signing)});
    QCOMPARE(refusal(*member1, sync::Cosign{7, tx.id(), m_c.committee[0].sign(signing)}), QString::fromLatin1(sync::errors::kAlreadySigned));
    // A member who signed does not decline afterwards.
    QCOMPARE(refusal(*member1, sync::Decline{7, tx.id(), QStringLiteral("changed my mind")}), QString::fromLatin1(sync::errors::kAlreadySigned));
    QCOMPARE(refusal(*kiosk, sync::Decline{8, tx.id(), QStringLiteral("no")}), QString::fromLatin1(sync::errors::kNotMember));
    QCOMPARE(refusal(*member1, sync::Withdraw{9, tx.id(), QString()}), QString::fromLatin1(sync::errors::kNotAuthor));
    // Nothing of it reached the ledger.
    QCOMPARE(m_sequencer->pendingCount(), quint64(0));
    const sync::ProposalInfo p = *m_book->find(tx.id());
    QCOMPARE(p.signers.size(), std::size_t(1));
    QCOMPARE(p.state, sync::ProposalInfo::State::Open);

    // Before sign-in, proposal messages close the connection like any request.
    server::Session anonymous(*m_sequencer, nonceOf(9), kChannel);
    anonymous.setProposals(m_book.get());
    const auto reply = anonymous.receive(sync::encode(sync::ProposalsRequest{1, false}), m_now);
    QVERIFY(reply.close);
    QCOMPARE(std::get<sync::ErrorReply>(decoded(reply.messages.front())).code, QString::fromLatin1(sync::errors::kNotSignedIn));
}

void TestProposalBook::expiredAndWithdrawnAreClosed()
{
    auto manager = session(m_c.manager, 1);
    auto member1 = session(m_c.committee[0], 2);
    const ledger::Transaction tx = approval(3);
    const QByteArray sig1 = m_c.committee[0].sign(ledger::Transaction::signingMessage(tx.bodyBytes()));
    answered(*manager, sync::Propose{1, tx.bytes(), QStringLiteral("Roof")});
    m_now += kExpiryMs; // exactly at its expiry
    QCOMPARE(refusal(*member1, sync::Cosign{2, tx.id(), sig1}), QString::fromLatin1(sync::errors::kExpired));
    QCOMPARE(m_book->find(tx.id())->state, sync::ProposalInfo::State::Expired);
    QCOMPARE(m_book->find(tx.id())->closedMs, m_now);
    QCOMPARE(refusal(*member1, sync::Cosign{3, tx.id(), sig1}), QString::fromLatin1(sync::errors::kExpired));
    QCOMPARE(refusal(*manager, sync::Withdraw{4, tx.id(), QString()}), QString::fromLatin1(sync::errors::kExpired));
    QCOMPARE(m_sequencer->pendingCount(), quint64(0));

    // Proposed again with the next sequence, then withdrawn by its author.
    const ledger::Transaction again = approval(4);
    answered(*manager, sync::Propose{5, again.bytes(), QStringLiteral("Roof, again")});
    sync::ProposalInfo p = answered(*manager, sync::Withdraw{6, again.id(), QStringLiteral("the vendor withdrew the quote")});
    QCOMPARE(p.state, sync::ProposalInfo::State::Withdrawn);
    QCOMPARE(p.reason, QStringLiteral("the vendor withdrew the quote"));
    const QByteArray sig = m_c.committee[0].sign(ledger::Transaction::signingMessage(again.bodyBytes()));
    QCOMPARE(refusal(*member1, sync::Cosign{7, again.id(), sig}), QString::fromLatin1(sync::errors::kProposalClosed));
    QCOMPARE(refusal(*member1, sync::Decline{8, again.id(), QStringLiteral("x")}), QString::fromLatin1(sync::errors::kProposalClosed));
    QCOMPARE(refusal(*manager, sync::Withdraw{9, again.id(), QString()}), QString::fromLatin1(sync::errors::kProposalClosed));

    // The list shows both, closed; the tick expires nothing more.
    const auto list = std::get<sync::Proposals>(ask(*member1, sync::ProposalsRequest{10, false}));
    QCOMPARE(list.proposals.size(), std::size_t(2));
    auto changed = m_book->tick(m_now);
    CY_VERIFY_OK(changed);
    QVERIFY(changed->empty());

    // Format 1 (the sequenced transactions older desks and scripts propose): an open proposal
    // whose author signs a later transaction first can no longer be sealed. A co-signed one can
    // (cosignedProposalOutlivesTheAuthorsWork).
    const ledger::Transaction third = approval(5);
    answered(*manager, sync::Propose{11, third.bytes(), QStringLiteral("Roof, third time")});
    const auto other = m_c.registerUnit(QStringLiteral("3-0101"), 6);
    auto accepted = m_sequencer->submit(other.bytes(), m_now);
    CY_VERIFY_OK(accepted);
    QCOMPARE(accepted->state, sync::TxStatus::State::Accepted);
    seal();
    QCOMPARE(m_book->find(third.id())->state, sync::ProposalInfo::State::Refused);
    QCOMPARE(m_book->find(third.id())->code, QStringLiteral("stale-sequence"));
}

void TestProposalBook::cosignedProposalOutlivesTheAuthorsWork()
{
    auto manager = session(m_c.manager, 1);
    auto member1 = session(m_c.committee[0], 2);
    auto member2 = session(m_c.committee[1], 3);
    const quint64 until = m_now + 14ull * 86400000; // two weeks, longer than this book's one-hour expiry
    const ledger::Transaction tx = cosignedApproval(until);
    QVERIFY(tx.body().isCosigned());
    sync::ProposalInfo p = answered(*manager, sync::Propose{1, tx.bytes(), QStringLiteral("Roof leak over block 3")});
    QCOMPARE(p.state, sync::ProposalInfo::State::Open);
    QCOMPARE(p.expiresMs, m_now + kExpiryMs); // the earlier of the book's expiry and the transaction's validity

    // The manager goes on working: two units registered with sequences 3 and 4, sealed in block 3.
    m_now += 1000;
    for (const auto &other : {m_c.registerUnit(QStringLiteral("3-0101"), 3), m_c.registerUnit(QStringLiteral("3-0102"), 4)}) {
        auto accepted = m_sequencer->submit(other.bytes(), m_now);
        CY_VERIFY_OK(accepted);
        QCOMPARE(accepted->state, sync::TxStatus::State::Accepted);
    }
    seal();
    QCOMPARE(m_sequencer->height(), quint64(3));
    QCOMPARE(m_book->find(tx.id())->state, sync::ProposalInfo::State::Open); // not stale: it holds no sequence
    {
        // A new sign-in is told 4: the co-signed proposal takes no sequence of its author.
        server::Session again(*m_sequencer, nonceOf(8), kChannel);
        again.setProposals(m_book.get());
        const auto reply = again.receive(sync::encode(sync::Auth{m_c.manager.publicKey(),
                                                                 m_c.manager.sign(sync::authMessage(m_c.genesis.communityId, nonceOf(8),
                                                                                                    kChannel, m_c.manager.publicKey()))}),
                                         m_now);
        QCOMPARE(std::get<sync::Welcome>(decoded(reply.messages.front())).lastSequence, quint64(4));
    }
    // And one more while member 1 has signed: sequence 5, in block 4.
    m_now += 60000;
    p = answered(*member1, sync::Cosign{2, tx.id(), m_c.committee[0].sign(ledger::Transaction::signingMessage(tx.bodyBytes()))});
    QCOMPARE(p.state, sync::ProposalInfo::State::Open); // 1 of 2
    QCOMPARE(m_sequencer->submit(m_c.registerUnit(QStringLiteral("3-0103"), 5).bytes(), m_now)->state, sync::TxStatus::State::Accepted);
    seal();
    QCOMPARE(m_sequencer->height(), quint64(4));
    QCOMPARE(m_book->find(tx.id())->state, sync::ProposalInfo::State::Open);

    // The quorum: member 2 signs, the proposal is submitted and sealed once, in block 5.
    m_now += 60000;
    p = answered(*member2, sync::Cosign{3, tx.id(), m_c.committee[1].sign(ledger::Transaction::signingMessage(tx.bodyBytes()))});
    QCOMPARE(p.state, sync::ProposalInfo::State::Submitted);
    seal();
    p = *m_book->find(tx.id());
    QCOMPARE(p.state, sync::ProposalInfo::State::Sealed);
    QCOMPARE(p.height, quint64(5));
    auto repair = m_sequencer->ledger().store().state().get(QByteArray("repair/") + kRepair.toHex());
    CY_VERIFY_OK(repair);
    QVERIFY(repair->has_value());
    QCOMPARE((*repair)->find(u"status")->asText(), QStringLiteral("approved"));
    const auto full = ledger::Transaction::decode(p.transaction).value();
    QCOMPARE(full.signatures().size(), std::size_t(3)); // manager + members 1 and 2
    // The row holds no sequence of the manager: the last is still 5.
    QCOMPARE(m_sequencer->lastSequence(m_c.manager.publicKey()).value(), quint64(5));

    // Replays: the same bytes, and the same body with member 3's signature added (other bytes,
    // the same id), are answered with where it was sealed; nothing is sealed again.
    const quint64 logSize = m_sequencer->logSize();
    auto again = m_sequencer->submit(full.bytes(), m_now);
    CY_VERIFY_OK(again);
    QCOMPARE(again->state, sync::TxStatus::State::Sealed);
    QCOMPARE(again->height, quint64(5));
    const auto withThird = full.withSignature(m_c.committee[2]).value();
    QVERIFY(withThird.bytes() != full.bytes());
    QCOMPARE(withThird.id(), full.id());
    auto replayed = m_sequencer->submit(withThird.bytes(), m_now);
    CY_VERIFY_OK(replayed);
    QCOMPARE(replayed->state, sync::TxStatus::State::Sealed);
    QCOMPARE(replayed->height, quint64(5));
    QCOMPARE(m_sequencer->pendingCount(), quint64(0));
    seal();
    QCOMPARE(m_sequencer->height(), quint64(5));
    QCOMPARE(m_sequencer->logSize(), logSize);
    QCOMPARE(refusal(*manager, sync::Propose{4, withThird.bytes(), QString()}), QString::fromLatin1(sync::errors::kDuplicateProposal));
}

void TestProposalBook::cosignedProposalExpires()
{
    auto manager = session(m_c.manager, 1);
    auto member1 = session(m_c.committee[0], 2);
    auto member2 = session(m_c.committee[1], 3);
    // Valid for 30 minutes: sooner than this book's one-hour expiry, so the proposal expires then.
    const quint64 until = m_now + 30 * 60000;
    const ledger::Transaction tx = cosignedApproval(until);
    sync::ProposalInfo p = answered(*manager, sync::Propose{1, tx.bytes(), QStringLiteral("Roof")});
    QCOMPARE(p.expiresMs, until);
    m_now += 10 * 60000;
    answered(*member1, sync::Cosign{2, tx.id(), m_c.committee[0].sign(ledger::Transaction::signingMessage(tx.bodyBytes()))});
    m_now = until + 1;
    {
        const auto a = ask(*member2, sync::Cosign{3, tx.id(), m_c.committee[1].sign(ledger::Transaction::signingMessage(tx.bodyBytes()))});
        const auto &e = std::get<sync::ErrorReply>(a);
        QCOMPARE(e.code, QString::fromLatin1(sync::errors::kExpired));
        QVERIFY2(e.reason.contains(QStringLiteral("expired")), qPrintable(e.reason));
    }
    QCOMPARE(m_book->find(tx.id())->state, sync::ProposalInfo::State::Expired);

    // The whole quorum's signatures gathered elsewhere do not help: past its validity the
    // contracts engine refuses it, with the time it was valid until.
    const ledger::Transaction signedByAll = cosignedApproval(until, {&m_c.committee[0], &m_c.committee[1]});
    auto late = m_sequencer->submit(signedByAll.bytes(), m_now);
    CY_VERIFY_OK(late);
    QCOMPARE(late->state, sync::TxStatus::State::Rejected);
    QCOMPARE(late->code, QStringLiteral("expired"));
    QVERIFY2(late->reason.contains(QStringLiteral("valid until 2027-01-01T00:30:02")), qPrintable(late->reason)); // kStart + 2 s + 30 min
    QCOMPARE(m_sequencer->pendingCount(), quint64(0));

    // Proposed already past its validity, or valid for longer than any block may allow: refused
    // at once with the engine's code, and nothing is kept.
    const ledger::Transaction stale = cosignedApproval(m_now - 60000); // a minute ago (not the one above)
    QCOMPARE(refusal(*manager, sync::Propose{4, stale.bytes(), QString()}), QStringLiteral("expired"));
    QVERIFY(!m_book->find(stale.id()));
    const ledger::Transaction tooFar = cosignedApproval(m_now + 367ull * 86400000);
    QCOMPARE(refusal(*manager, sync::Propose{5, tooFar.bytes(), QString()}), QStringLiteral("valid-until-too-far"));
    QVERIFY(!m_book->find(tooFar.id()));

    // A co-signed transaction needs the committee quorum even where its contract would not: the
    // manager's unit registration alone is refused, with the quorum signed it is sealed.
    const cbor::Value unit = cbor::Value::fromMap({{QStringLiteral("number"), text(QStringLiteral("9-0909"))},
                                                   {QStringLiteral("area"), cbor::Value::fromUnsigned(8550)},
                                                   {QStringLiteral("share"), cbor::Value::fromUnsigned(100)}});
    auto alone = m_sequencer->submit(m_c.makeCosigned(QStringLiteral("unit.register"), unit, m_c.manager, m_now + 60000).bytes(), m_now);
    CY_VERIFY_OK(alone);
    QCOMPARE(alone->code, QStringLiteral("quorum-not-reached"));
    auto withQuorum = m_sequencer->submit(
        m_c.makeCosigned(QStringLiteral("unit.register"), unit, m_c.manager, m_now + 60000, {&m_c.committee[0], &m_c.committee[2]}).bytes(), m_now);
    CY_VERIFY_OK(withQuorum);
    QCOMPARE(withQuorum->state, sync::TxStatus::State::Accepted);
    seal();
    QCOMPARE(m_sequencer->height(), quint64(3));
}

void TestProposalBook::withdrawnCosignedProposalStaysWithdrawn()
{
    auto manager = session(m_c.manager, 1);
    auto member1 = session(m_c.committee[0], 2);
    auto member2 = session(m_c.committee[1], 3);
    const quint64 until = m_now + 14ull * 86400000;
    const ledger::Transaction tx = cosignedApproval(until);
    answered(*manager, sync::Propose{1, tx.bytes(), QStringLiteral("Roof")});
    answered(*member1, sync::Cosign{2, tx.id(), m_c.committee[0].sign(ledger::Transaction::signingMessage(tx.bodyBytes()))});
    QCOMPARE(answered(*manager, sync::Withdraw{3, tx.id(), QStringLiteral("the vendor withdrew the quote")}).state,
             sync::ProposalInfo::State::Withdrawn);

    // Members who gather the quorum's signatures outside the server and submit them directly
    // are refused: the withdrawal holds although the transaction has no sequence.
    const ledger::Transaction signedByQuorum = cosignedApproval(until, {&m_c.committee[0], &m_c.committee[1]});
    QCOMPARE(signedByQuorum.id(), tx.id());
    const auto submitted = [&](server::Session &s, quint64 id) {
        return std::get<sync::TxStatus>(ask(s, sync::Submit{id, signedByQuorum.bytes()}));
    };
    sync::TxStatus status = submitted(*member2, 4);
    QCOMPARE(status.state, sync::TxStatus::State::Rejected);
    QCOMPARE(status.code, QString::fromLatin1(sync::errors::kProposalClosed));
    QCOMPARE(status.id, quint64(4));
    QCOMPARE(status.txId, tx.id());
    QVERIFY2(status.reason.contains(QStringLiteral("withdrew")), qPrintable(status.reason));
    QCOMPARE(m_sequencer->pendingCount(), quint64(0));
    // Bytes that are not a transaction still get the Sequencer's answer.
    for (const QByteArray &garbage : {QByteArray(), QByteArray("\x82", 1), QByteArray::fromHex("825a0000ffff00"), QByteArray("not a transaction")}) {
        QCOMPARE(std::get<sync::TxStatus>(ask(*member2, sync::Submit{9, garbage})).code, QStringLiteral("malformed-transaction"));
    }
    // Other submissions are not held up: the manager's unit registration is accepted.
    QCOMPARE(std::get<sync::TxStatus>(ask(*manager, sync::Submit{5, m_c.registerUnit(QStringLiteral("3-0101"), 3).bytes()})).state,
             sync::TxStatus::State::Accepted);

    // The book remembers it across a restart...
    m_now += 1000;
    openBook();
    auto again = session(m_c.committee[1], 6);
    QCOMPARE(submitted(*again, 7).code, QString::fromLatin1(sync::errors::kProposalClosed));
    // ...until the transaction's own validity has passed: the contracts refuse it then (checked
    // at the next block's time; the unit's block is sealed first).
    seal();
    m_now = until + 1;
    status = submitted(*again, 8);
    QCOMPARE(status.state, sync::TxStatus::State::Rejected);
    QCOMPARE(status.code, QStringLiteral("expired"));
}

void TestProposalBook::reopenedBookKeepsEverything()
{
    const ledger::Transaction tx = approval(3);
    {
        auto manager = session(m_c.manager, 1);
        auto member1 = session(m_c.committee[0], 2);
        auto member2 = session(m_c.committee[1], 3);
        answered(*manager, sync::Propose{1, tx.bytes(), QStringLiteral("Roof")});
        answered(*member1, sync::Cosign{2, tx.id(), m_c.committee[0].sign(ledger::Transaction::signingMessage(tx.bodyBytes()))});
        answered(*member2, sync::Decline{3, tx.id(), QStringLiteral("Too expensive")});
    }
    const sync::ProposalInfo before = *m_book->find(tx.id());
    m_now += 1000;
    openBook();
    QVERIFY(m_book->find(tx.id()).has_value());
    QCOMPARE(*m_book->find(tx.id()), before);
    // And it goes on from there: member 3 signs, the quorum is reached.
    auto member3 = session(m_c.committee[2], 4);
    const sync::ProposalInfo p =
        answered(*member3, sync::Cosign{4, tx.id(), m_c.committee[2].sign(ledger::Transaction::signingMessage(tx.bodyBytes()))});
    QCOMPARE(p.state, sync::ProposalInfo::State::Submitted);
    QCOMPARE(p.signers.size(), std::size_t(2));
    QCOMPARE(p.declines.size(), std::size_t(1));
}

void TestProposalBook::submittedBeforeRestartIsSealedAfter()
{
    const ledger::Transaction tx = approval(3);
    const QString ledgerPath = m_dir->filePath(QStringLiteral("server.db"));
    {
        auto manager = session(m_c.manager, 1);
        auto member1 = session(m_c.committee[0], 2);
        auto member2 = session(m_c.committee[1], 3);
        answered(*manager, sync::Propose{1, tx.bytes(), QStringLiteral("Roof")});
        answered(*member1, sync::Cosign{2, tx.id(), m_c.committee[0].sign(ledger::Transaction::signingMessage(tx.bodyBytes()))});
        QCOMPARE(answered(*member2, sync::Cosign{3, tx.id(), m_c.committee[1].sign(ledger::Transaction::signingMessage(tx.bodyBytes()))}).state,
                 sync::ProposalInfo::State::Submitted);
    }
    // The server stops before the block (a crash: the pending transaction is lost with it).
    m_book.reset();
    m_sequencer.reset();
    auto opened = server::Sequencer::open(ledgerPath, m_registry, *crypto::KeyPair::fromSeed(m_c.server.seed().view()));
    CY_VERIFY_OK(opened);
    m_sequencer = std::move(*opened);
    QCOMPARE(m_sequencer->pendingCount(), quint64(0));
    m_now += 1000;
    openBook(); // submits it again
    QCOMPARE(m_sequencer->pendingCount(), quint64(1));
    seal();
    QCOMPARE(m_book->find(tx.id())->state, sync::ProposalInfo::State::Sealed);
    QCOMPARE(m_book->find(tx.id())->height, quint64(3));
}

void TestProposalBook::messagesRoundTripAndMalformedAreRefused()
{
    const ledger::Transaction tx = approval(3);
    sync::ProposalInfo p;
    p.transaction = tx.bytes();
    p.note = QStringLiteral("屋顶 / سقف");
    p.createdMs = 10;
    p.expiresMs = 20;
    p.signers = {{m_c.committee[0].publicKey(), 11}};
    p.declines = {{m_c.committee[1].publicKey(), QStringLiteral("no"), 12}};
    for (const auto state : {sync::ProposalInfo::State::Open, sync::ProposalInfo::State::Submitted, sync::ProposalInfo::State::Sealed,
                             sync::ProposalInfo::State::Withdrawn, sync::ProposalInfo::State::Expired, sync::ProposalInfo::State::Refused}) {
        sync::ProposalInfo q = p;
        q.state = state;
        if (state == sync::ProposalInfo::State::Sealed) {
            q.height = 7;
            q.logIndex = 99;
        }
        if (state == sync::ProposalInfo::State::Refused) {
            q.code = QStringLiteral("wrong-status");
        }
        if (state == sync::ProposalInfo::State::Refused || state == sync::ProposalInfo::State::Withdrawn) {
            q.reason = QStringLiteral("because");
        }
        const sync::Message m = sync::Proposals{3, 42, {q}};
        auto back = sync::decode(sync::encode(m));
        CY_VERIFY_OK(back);
        QVERIFY(*back == m);
        auto stored = sync::decodeProposal(sync::encodeProposal(q));
        CY_VERIFY_OK(stored);
        QCOMPARE(*stored, q);
    }
    for (const sync::Message &m : std::vector<sync::Message>{sync::Propose{1, tx.bytes(), QStringLiteral("n")}, sync::ProposalsRequest{2, true},
                                                             sync::Cosign{3, tx.id(), QByteArray(64, 'a')},
                                                             sync::Decline{4, tx.id(), QStringLiteral("r")}, sync::Withdraw{5, tx.id(), QString()}}) {
        auto back = sync::decode(sync::encode(m));
        CY_VERIFY_OK(back);
        QVERIFY(*back == m);
    }
    // Malformed: a short signature, an empty or blank decline reason, an unknown field, fields
    // that do not fit the state.
    const auto refused = [](const cbor::Map &fields) {
        cbor::Map m = fields;
        m.emplace_back(text(QStringLiteral("v")), cbor::Value::fromUnsigned(1));
        return !sync::decode(cbor::Value::fromMap(std::move(m)).encode()).has_value();
    };
    const cbor::Value txid = cbor::Value::fromBytes(crypto::toByteArray(tx.id()));
    QVERIFY(refused({{text(QStringLiteral("t")), text(QStringLiteral("cosign"))},
                     {text(QStringLiteral("id")), cbor::Value::fromUnsigned(1)},
                     {text(QStringLiteral("txid")), txid},
                     {text(QStringLiteral("sig")), cbor::Value::fromBytes(QByteArray(63, 'a'))}}));
    QVERIFY(refused({{text(QStringLiteral("t")), text(QStringLiteral("decline"))},
                     {text(QStringLiteral("id")), cbor::Value::fromUnsigned(1)},
                     {text(QStringLiteral("txid")), txid},
                     {text(QStringLiteral("reason")), text(QStringLiteral("   "))}}));
    QVERIFY(refused({{text(QStringLiteral("t")), text(QStringLiteral("withdraw"))},
                     {text(QStringLiteral("id")), cbor::Value::fromUnsigned(1)},
                     {text(QStringLiteral("txid")), txid},
                     {text(QStringLiteral("reason")), text(QString())},
                     {text(QStringLiteral("extra")), cbor::Value::fromUnsigned(1)}}));
    QVERIFY(refused({{text(QStringLiteral("t")), text(QStringLiteral("proposals?"))}, {text(QStringLiteral("id")), cbor::Value::fromUnsigned(1)}}));
    {
        sync::ProposalInfo open = p;
        open.height = 5; // an open proposal has no height
        const QByteArray bytes = sync::encodeProposal(open);
        QVERIFY(sync::decodeProposal(bytes).has_value()); // the encoder leaves the height out...
        sync::ProposalInfo sealed = p;
        sealed.state = sync::ProposalInfo::State::Sealed;
        QByteArray withHeight = sync::encodeProposal(sealed);
        auto value = cbor::decode(withHeight);
        CY_VERIFY_OK(value);
        cbor::Map fields = value->asMap();
        for (auto &[k, v] : fields) {
            if (k.asText() == u"state") {
                v = text(QStringLiteral("open")); // ...and an open one that carries one is refused
            }
        }
        QVERIFY(!sync::decodeProposal(cbor::Value::fromMap(std::move(fields)).encode()).has_value());
    }
    // Through a session, a malformed proposal message closes the connection with "malformed".
    auto member1 = session(m_c.committee[0], 2);
    cbor::Map bad{{text(QStringLiteral("t")), text(QStringLiteral("cosign"))},
                  {text(QStringLiteral("v")), cbor::Value::fromUnsigned(1)},
                  {text(QStringLiteral("id")), cbor::Value::fromUnsigned(1)},
                  {text(QStringLiteral("txid")), cbor::Value::fromBytes(QByteArray(31, 'x'))},
                  {text(QStringLiteral("sig")), cbor::Value::fromBytes(QByteArray(64, 'a'))}};
    const auto reply = member1->receive(cbor::Value::fromMap(std::move(bad)).encode(), m_now);
    QVERIFY(reply.close);
    QCOMPARE(std::get<sync::ErrorReply>(decoded(reply.messages.front())).code, QString::fromLatin1(sync::errors::kMalformed));
}

QTEST_GUILESS_MAIN(TestProposalBook)
#include "tst_proposal_book.moc"
