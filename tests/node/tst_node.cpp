// The node: contracts run over the ledger with their state and postings kept in SQLite.
// Incremental application and replay from genesis give byte-identical state roots, state and
// postings; every header's state root is the projection's; rejections change nothing; postings
// balance; a failed projection write leaves neither the block nor its state; v1 files upgrade.
// The contracts here are small test contracts, so the node is tested apart from the real ones.
#include "tests/support/fixture.h"
#include "tests/support/raw_db.h"

#include "app/node/node.h"
#include "core/store/migrations.h"
#include "core/verify/verifier.h"

#if __has_include("contracts/standard.h")
#include "contracts/standard.h"
#endif

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

#include <sqlite3.h>

using namespace courtyard;
using courtyard::testing::RawDb;

namespace {

constexpr quint64 kStart = 1798761600000; // 2027-01-01T00:00:00Z

contracts::Rejection refuse(const char *code, const char *message)
{
    return contracts::Rejection{QString::fromLatin1(code), QString::fromLatin1(message)};
}

state::Key key(const QString &text)
{
    return text.toUtf8();
}

// genesis: writes the community's name and currency.
class TestGenesis final : public contracts::Contract {
public:
    QString kind() const override { return QString::fromLatin1(ledger::kGenesisKind); }
    quint32 version() const override { return 1; }
    contracts::Outcome<contracts::Effects> apply(const contracts::Context &context) const override
    {
        contracts::Effects effects;
        effects.delta.put(key(QStringLiteral("config/name")), cbor::Value::fromText(context.genesis.name));
        effects.delta.put(key(QStringLiteral("config/currency")), cbor::Value::fromText(context.genesis.currency));
        return effects;
    }
};

// test.pay {from, to, amount}: moves amount minor units between two accounts, with balanced
// postings and balance keys ("balance/<account>", removed when zero). "Equity:Opening" may go
// negative; any other account may not. amount must be positive.
class TestPay final : public contracts::Contract {
public:
    QString kind() const override { return QStringLiteral("test.pay"); }
    quint32 version() const override { return 1; }
    contracts::Outcome<contracts::Effects> apply(const contracts::Context &context) const override
    {
        const cbor::Value &p = context.tx.body().payload;
        const cbor::Value *from = p.find(u"from");
        const cbor::Value *to = p.find(u"to");
        const cbor::Value *amountValue = p.find(u"amount");
        if (!from || !to || !amountValue || !from->isText() || !to->isText() || !amountValue->isInteger()) {
            return tl::unexpected(refuse("bad-payload", "test.pay needs from, to and amount"));
        }
        const auto amount = amountValue->toInt64();
        if (!amount || *amount <= 0) {
            return tl::unexpected(refuse("bad-amount", "the amount must be positive"));
        }
        if (from->asText() == to->asText()) {
            return tl::unexpected(refuse("same-account", "from and to are the same account"));
        }
        auto fromBalance = balance(context.state, from->asText());
        auto toBalance = balance(context.state, to->asText());
        if (!fromBalance || !toBalance) {
            return tl::unexpected(refuse("state-error", "cannot read the state"));
        }
        if (from->asText() != QLatin1String("Equity:Opening") && *fromBalance < *amount) {
            return tl::unexpected(refuse("insufficient-funds", "not enough money in the account"));
        }
        const auto currency = money::currencyByCode(context.genesis.currency);
        CY_ASSERT(currency.has_value());
        contracts::Effects effects;
        effects.postings.push_back({to->asText(), *money::Money::fromMinor(*amount, *currency)});
        effects.postings.push_back({from->asText(), *money::Money::fromMinor(-*amount, *currency)});
        setBalance(effects.delta, from->asText(), *fromBalance - *amount);
        setBalance(effects.delta, to->asText(), *toBalance + *amount);
        return effects;
    }

private:
    static Result<qint64> balance(const state::StateView &view, const QString &account)
    {
        CY_TRY(const std::optional<cbor::Value> value, view.get(key(QStringLiteral("balance/") + account)));
        if (!value) {
            return qint64(0);
        }
        return value->toInt64();
    }
    static void setBalance(state::StateDelta &delta, const QString &account, qint64 value)
    {
        const state::Key k = key(QStringLiteral("balance/") + account);
        if (value == 0) {
            delta.remove(k);
        } else {
            delta.put(k, cbor::Value::fromInt(value));
        }
    }
};

// test.deadline {deadline}: counts itself in "deadline/count"; refused once the block time is
// past the deadline, so a transaction accepted when submitted can be dropped when sealed.
class TestDeadline final : public contracts::Contract {
public:
    QString kind() const override { return QStringLiteral("test.deadline"); }
    quint32 version() const override { return 1; }
    contracts::Outcome<contracts::Effects> apply(const contracts::Context &context) const override
    {
        const cbor::Value *deadline = context.tx.body().payload.find(u"deadline");
        if (!deadline || !deadline->isUnsigned()) {
            return tl::unexpected(refuse("bad-payload", "test.deadline needs a deadline"));
        }
        if (context.blockTimeMs > *deadline->toUInt64()) {
            return tl::unexpected(refuse("too-late", "the deadline has passed"));
        }
        const auto count = context.state.get(key(QStringLiteral("deadline/count")));
        if (!count) {
            return tl::unexpected(refuse("state-error", "cannot read the state"));
        }
        const qint64 n = *count ? *(*count)->toInt64() : 0;
        contracts::Effects effects;
        effects.delta.put(key(QStringLiteral("deadline/count")), cbor::Value::fromInt(n + 1));
        return effects;
    }
};

// test.count {}: adds one to "count/n", whatever the block time; counts its own runs (outside
// the state) so that a test can see when the node used a submit's effects again.
std::atomic<int> g_countRuns{0};
class TestCount final : public contracts::Contract {
public:
    QString kind() const override { return QStringLiteral("test.count"); }
    quint32 version() const override { return 1; }
    contracts::Outcome<contracts::Effects> apply(const contracts::Context &context) const override
    {
        ++g_countRuns;
        const auto count = context.state.get(key(QStringLiteral("count/n")));
        if (!count) {
            return tl::unexpected(refuse("state-error", "cannot read the state"));
        }
        contracts::Effects effects;
        effects.delta.put(key(QStringLiteral("count/n")), cbor::Value::fromInt((*count ? *(*count)->toInt64() : 0) + 1));
        return effects;
    }
};

void addTestContracts(contracts::Registry &registry)
{
    registry.add(std::make_unique<TestGenesis>());
    registry.add(std::make_unique<TestPay>());
    registry.add(std::make_unique<TestDeadline>());
    registry.add(std::make_unique<TestCount>());
}

ledger::Transaction makeTx(const testing::Community &c, const crypto::KeyPair &author, quint64 sequence, const QString &kind,
                           cbor::Value payload)
{
    ledger::TransactionBody body;
    body.kind = kind;
    body.communityId = c.genesis.communityId;
    body.author = author.publicKey();
    body.sequence = sequence;
    body.payload = std::move(payload);
    auto tx = ledger::Transaction::create(std::move(body), author);
    CY_ASSERT(tx.has_value());
    return std::move(*tx);
}

ledger::Transaction pay(const testing::Community &c, const crypto::KeyPair &author, quint64 sequence, const QString &from,
                        const QString &to, qint64 amount)
{
    return makeTx(c, author, sequence, QStringLiteral("test.pay"),
                  cbor::Value::fromMap({{QStringLiteral("from"), cbor::Value::fromText(from)},
                                        {QStringLiteral("to"), cbor::Value::fromText(to)},
                                        {QStringLiteral("amount"), cbor::Value::fromInt(amount)}}));
}

using Entries = std::vector<std::pair<QByteArray, QByteArray>>; // key, canonical value

Entries entriesOf(const state::StateView &view)
{
    Entries out;
    const auto scanned = view.scan(QByteArrayView(), [&](const state::Key &k, const cbor::Value &v) {
        out.emplace_back(k, v.encode());
        return true;
    });
    CY_ASSERT(scanned.has_value());
    return out;
}

std::vector<store::PostingRow> postingsOf(store::Store &s)
{
    auto rows = s.postings();
    CY_ASSERT(rows.has_value());
    return std::move(*rows);
}

merkle::Hash rootOf(store::Store &s)
{
    auto root = s.stateRoot();
    CY_ASSERT(root.has_value());
    return *root;
}

} // namespace

class TestNode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void genesisCarriesItsState();
    void incrementalAndReplayAgree();
    void rejectionsChangeNothing();
    void droppedAtSealIsReported();
    void sealUsesSubmitEffectsAtTheSameTime();
    void replayNamesTheFirstDifferingBlock();
    void failedProjectionWriteLeavesNothing();
    void acceptBlockChecksTheStateRoot();
    void acceptBlockNamesABlockThatDoesNotFollow();
    void versionOneFileUpgradesAndReplays();
    void standardGenesis();
    void cosignedTransactionFollowsAndReplays();
    void invariantsCatchBrokenProjections();
    void accountTotalsFollowThePostings();

private:
    // Builds a ledger of `blocks` blocks of test.pay transactions (some refused), recording the
    // state root of each header, block 0 first, and checking after each seal that it is the root
    // of the projection. Callers check QTest::currentTestFailed().
    void buildLedger(node::Ledger &ledger, int blocks, std::vector<crypto::Digest> *roots, int *rejected);

    QTemporaryDir m_dir;
    QString m_path;
    testing::Community m_c;
    contracts::Registry m_registry;
    quint64 m_managerSeq = 0;
};

void TestNode::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("ledger-%1.db").arg(++n));
    if (m_registry.all().empty()) {
        addTestContracts(m_registry);
    }
    m_managerSeq = 0;
}

void TestNode::buildLedger(node::Ledger &ledger, int blocks, std::vector<crypto::Digest> *roots, int *rejected)
{
    auto tip = ledger.store().tip();
    CY_VERIFY_OK(tip);
    roots->push_back(tip->header.stateRoot);
    const QStringList units{QStringLiteral("Assets:Unit:1"), QStringLiteral("Assets:Unit:2"), QStringLiteral("Assets:Unit:3")};
    for (int b = 1; b <= blocks; ++b) {
        const quint64 time = kStart + quint64(b) * 60000;
        std::vector<ledger::Transaction> txs;
        txs.push_back(pay(m_c, m_c.manager, ++m_managerSeq, QStringLiteral("Equity:Opening"), units[b % 3], 1000 + b));
        txs.push_back(pay(m_c, m_c.manager, ++m_managerSeq, units[b % 3], units[(b + 1) % 3], 300 + b));
        // Empties an account (its balance key is removed) every few blocks.
        if (b % 4 == 0) {
            auto balance = ledger.store().state().get(key(QStringLiteral("balance/") + units[(b + 1) % 3]));
            CY_VERIFY_OK(balance);
            const qint64 all = *balance ? *(*balance)->toInt64() : 0;
            if (all > 0) {
                txs.push_back(pay(m_c, m_c.manager, ++m_managerSeq, units[(b + 1) % 3], QStringLiteral("Assets:Bank"), all + 300 + b));
            }
        }
        // Refused: more than there is, a zero amount, a replayed sequence.
        txs.push_back(pay(m_c, m_c.kiosk, 1000 + quint64(b), units[(b + 2) % 3], units[b % 3], 1'000'000'000));
        txs.push_back(pay(m_c, m_c.kiosk, 2000 + quint64(b), units[b % 3], units[(b + 2) % 3], 0));
        txs.push_back(pay(m_c, m_c.manager, 1, QStringLiteral("Equity:Opening"), units[0], 5));
        for (const ledger::Transaction &tx : txs) {
            auto verdict = ledger.submit(tx, time);
            CY_VERIFY_OK(verdict);
            if (*verdict) {
                ++*rejected;
            }
        }
        const auto postingsBefore = ledger.store().postingCount();
        CY_VERIFY_OK(postingsBefore);
        auto sealed = ledger.sealPending(time, m_c.server);
        CY_VERIFY_OK(sealed);
        QVERIFY(sealed->block.has_value());
        QVERIFY(sealed->dropped.empty());
        QCOMPARE(sealed->block->header.height, quint64(b));
        // The header's state root is the projection's, by the cached leaves and by a full scan.
        QCOMPARE(rootOf(ledger.store()), sealed->block->header.stateRoot);
        auto generic = state::stateRoot(ledger.store().state());
        CY_VERIFY_OK(generic);
        QCOMPARE(*generic, sealed->block->header.stateRoot);
        QVERIFY(*ledger.store().postingCount() > *postingsBefore);
        // The ledger's invariants hold after every block.
        const auto broken = node::checkInvariants(ledger.store());
        CY_VERIFY_OK(broken);
        QVERIFY2(broken->isEmpty(), qPrintable(broken->join(QStringLiteral("; "))));
        roots->push_back(sealed->block->header.stateRoot);
    }
}

void TestNode::genesisCarriesItsState()
{
    auto ledger = node::Ledger::create(m_path, m_registry, m_c.genesis, m_c.server, kStart);
    CY_VERIFY_OK(ledger);
    store::Store &s = (*ledger)->store();
    QCOMPARE(s.blockCount(), quint64(1));
    auto tip = s.tip();
    CY_VERIFY_OK(tip);
    QVERIFY(tip->header.stateRoot != merkle::emptyRoot());
    QCOMPARE(tip->header.stateRoot, rootOf(s));
    auto generic = state::stateRoot(s.state());
    CY_VERIFY_OK(generic);
    QCOMPARE(*generic, tip->header.stateRoot);
    auto name = s.state().get(key(QStringLiteral("config/name")));
    CY_VERIFY_OK(name);
    QVERIFY(name->has_value());
    QCOMPARE((*name)->asText(), m_c.genesis.name);
    // The ledger is still a valid ledger for the verifier.
    auto report = verify::verifyStore(s);
    CY_VERIFY_OK(report);
    CY_VERIFY_REPORT_OK(*report);
}

void TestNode::incrementalAndReplayAgree()
{
    constexpr int kBlocks = 30;
    std::vector<crypto::Digest> roots;
    Entries entries;
    std::vector<store::PostingRow> postings;
    int rejected = 0;
    {
        auto ledger = node::Ledger::create(m_path, m_registry, m_c.genesis, m_c.server, kStart);
        CY_VERIFY_OK(ledger);
        buildLedger(**ledger, kBlocks, &roots, &rejected);
        if (QTest::currentTestFailed()) {
            return;
        }
        store::Store &s = (*ledger)->store();
        QCOMPARE(s.blockCount(), quint64(kBlocks + 1));
        QCOMPARE(rejected, kBlocks * 3);

        // Every header's state root is the root of the projection at that height: checked at the
        // tip here and, for every height, by the replay below (which compares each block's).
        auto generic = state::stateRoot(s.state());
        CY_VERIFY_OK(generic);
        QCOMPARE(*generic, roots.back());
        QCOMPARE(rootOf(s), roots.back());
        entries = entriesOf(s.state());
        postings = postingsOf(s);
        QVERIFY(!entries.empty());
        QVERIFY(postings.size() >= std::size_t(kBlocks * 4));
        // A balance key that was emptied is gone, not zero.
        for (const auto &[k, v] : entries) {
            QVERIFY(v != cbor::Value::fromInt(0).encode());
        }

        // Postings sum to zero per currency in every block and every transaction.
        RawDb raw(m_path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM (SELECT block_height, currency FROM postings "
                                           "GROUP BY block_height, currency HAVING sum(amount) != 0)")),
                 qint64(0));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM (SELECT log_index FROM postings "
                                           "GROUP BY log_index, currency HAVING sum(amount) != 0)")),
                 qint64(0));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(DISTINCT block_height) FROM postings")), qint64(kBlocks));

        // Replay into the same file: same roots for every block, same entries, same postings.
        auto report = (*ledger)->replay();
        CY_VERIFY_OK(report);
        QVERIFY2(report->ok(), qPrintable(report->problem ? report->problem->describe() : QString()));
        QCOMPARE(report->blocks, quint64(kBlocks + 1));
        QCOMPARE(rootOf(s), roots.back());
        QCOMPARE(entriesOf(s.state()), entries);
        QVERIFY(postingsOf(s) == postings);

        // A unit's statement is its postings in log order.
        auto statement = s.postingsForAccount(QStringLiteral("Assets:Unit:1"));
        CY_VERIFY_OK(statement);
        QVERIFY(!statement->empty());
        for (std::size_t i = 1; i < statement->size(); ++i) {
            QVERIFY((*statement)[i - 1].logIndex <= (*statement)[i].logIndex);
        }
    }

    // Drop the projections behind the program's back; opening replays them from genesis.
    QCOMPARE(RawDb(m_path).exec(QStringLiteral("DELETE FROM state; DELETE FROM postings;")), QString());
    {
        auto reopened = node::Ledger::open(m_path, m_registry);
        CY_VERIFY_OK(reopened);
        store::Store &s = (*reopened)->store();
        QCOMPARE(rootOf(s), roots.back());
        QCOMPARE(entriesOf(s.state()), entries);
        QVERIFY(postingsOf(s) == postings);
    }

    // A second ledger file that accepts the same blocks one by one (as a follower would), each
    // checked against its header's state root before it is written.
    const QString second = m_dir.filePath(QStringLiteral("follower.db"));
    {
        auto source = store::Store::open(m_path);
        CY_VERIFY_OK(source);
        auto follower = node::Ledger::create(second, m_registry, m_c.genesis, m_c.server, kStart);
        CY_VERIFY_OK(follower);
        auto genesisTip = (*follower)->store().tip();
        CY_VERIFY_OK(genesisTip);
        QCOMPARE(genesisTip->header.stateRoot, roots.front());
        for (quint64 h = 1; h <= quint64(kBlocks); ++h) {
            auto stored = (*source)->block(h);
            CY_VERIFY_OK(stored);
            auto block = ledger::SealedBlock::fromParts(stored->header, stored->signature, stored->checkpointSignature);
            CY_VERIFY_OK(block);
            std::vector<ledger::Transaction> txs;
            for (const store::StoredTransaction &t : stored->transactions) {
                auto tx = ledger::Transaction::decode(t.bytes);
                CY_VERIFY_OK(tx);
                txs.push_back(*tx);
            }
            CY_VERIFY_OK((*follower)->acceptBlock(*block, txs));
            QCOMPARE(rootOf((*follower)->store()), roots[h]);
            auto generic = state::stateRoot((*follower)->store().state());
            CY_VERIFY_OK(generic);
            QCOMPARE(*generic, roots[h]);
        }
        store::Store &f = (*follower)->store();
        QCOMPARE(entriesOf(f.state()), entries);
        QVERIFY(postingsOf(f) == postings);
        auto followerTip = f.tip();
        auto sourceTip = (*source)->tip();
        CY_VERIFY_OK(followerTip);
        CY_VERIFY_OK(sourceTip);
        QCOMPARE(followerTip->hash, sourceTip->hash);
    }
}

void TestNode::rejectionsChangeNothing()
{
    auto ledger = node::Ledger::create(m_path, m_registry, m_c.genesis, m_c.server, kStart);
    CY_VERIFY_OK(ledger);
    node::Ledger &l = **ledger;
    QVERIFY(!l.submit(pay(m_c, m_c.manager, 1, QStringLiteral("Equity:Opening"), QStringLiteral("Assets:Unit:1"), 500), kStart)->has_value());
    auto sealed = l.sealPending(kStart + 1000, m_c.server);
    CY_VERIFY_OK(sealed);
    QVERIFY(!l.submit(pay(m_c, m_c.manager, 2, QStringLiteral("Assets:Unit:1"), QStringLiteral("Assets:Unit:2"), 200), kStart)->has_value());

    const merkle::Hash root = rootOf(l.store());
    const Entries entries = entriesOf(l.store().state());
    const auto postingCount = l.store().postingCount();
    CY_VERIFY_OK(postingCount);
    const QByteArray pendingDelta = [&] {
        QByteArray out;
        for (const auto &[k, v] : l.pendingDelta().changes()) {
            out += k + (v ? v->encode() : QByteArray("-"));
        }
        return out;
    }();

    struct Case {
        ledger::Transaction tx;
        const char *code;
    };
    const ledger::Transaction unknownKind = makeTx(m_c, m_c.manager, 10, QStringLiteral("test.nothing"), cbor::Value::fromInt(1));
    const std::vector<Case> cases{
        {pay(m_c, m_c.manager, 3, QStringLiteral("Assets:Unit:1"), QStringLiteral("Assets:Unit:2"), 301), "insufficient-funds"},
        {pay(m_c, m_c.manager, 3, QStringLiteral("Assets:Unit:1"), QStringLiteral("Assets:Unit:2"), -5), "bad-amount"},
        {pay(m_c, m_c.manager, 1, QStringLiteral("Equity:Opening"), QStringLiteral("Assets:Unit:1"), 500), node::kDuplicate},
        {pay(m_c, m_c.manager, 2, QStringLiteral("Assets:Unit:1"), QStringLiteral("Assets:Unit:2"), 200), node::kDuplicate},
        {pay(m_c, m_c.manager, 2, QStringLiteral("Assets:Unit:1"), QStringLiteral("Assets:Unit:2"), 1), node::kStaleSequence},
        {unknownKind, "unknown-kind"},
        {makeTx(m_c, m_c.server, 99, QString::fromLatin1(ledger::kGenesisKind), cbor::Value::fromInt(1)), node::kGenesisExists},
    };
    for (const Case &c : cases) {
        auto verdict = l.submit(c.tx, kStart + 2000);
        CY_VERIFY_OK(verdict);
        QVERIFY(verdict->has_value());
        QCOMPARE((*verdict)->code, QString::fromLatin1(c.code));
        QVERIFY(!(*verdict)->message.isEmpty());
        QCOMPARE(rootOf(l.store()), root);
        QCOMPARE(entriesOf(l.store().state()), entries);
        QCOMPARE(*l.store().postingCount(), *postingCount);
        QCOMPARE(l.store().blockCount(), quint64(2));
        QCOMPARE(l.pending().size(), std::size_t(1));
        QByteArray nowDelta;
        for (const auto &[k, v] : l.pendingDelta().changes()) {
            nowDelta += k + (v ? v->encode() : QByteArray("-"));
        }
        QCOMPARE(nowDelta, pendingDelta);
    }
    // The one pending transaction still seals, and the header's root is the projection's.
    auto next = l.sealPending(kStart + 3000, m_c.server);
    CY_VERIFY_OK(next);
    QVERIFY(next->block.has_value());
    QCOMPARE(next->block->header.stateRoot, rootOf(l.store()));
    QCOMPARE(*l.store().postingCount(), *postingCount + 2);
}

void TestNode::sealUsesSubmitEffectsAtTheSameTime()
{
    auto ledger = node::Ledger::create(m_path, m_registry, m_c.genesis, m_c.server, kStart);
    CY_VERIFY_OK(ledger);
    node::Ledger &l = **ledger;
    quint64 seq = 0;
    const auto count = [&] { return makeTx(m_c, m_c.kiosk, ++seq, QStringLiteral("test.count"), cbor::Value::fromMap({})); };
    const auto countIs = [&](qint64 n) { return **l.store().state().get(key(QStringLiteral("count/n"))) == cbor::Value::fromInt(n); };
    // Sealed at the time they were checked: the contract runs once each, at submit.
    g_countRuns = 0;
    QVERIFY(!l.submit(count(), kStart + 1000)->has_value());
    QVERIFY(!l.submit(count(), kStart + 1000)->has_value());
    QVERIFY(l.sealPending(kStart + 1000, m_c.server)->block.has_value());
    QCOMPARE(g_countRuns.load(), 2);
    QVERIFY(countIs(2));
    // Sealed later: every contract runs again (2 + 2).
    g_countRuns = 0;
    QVERIFY(!l.submit(count(), kStart + 2000)->has_value());
    QVERIFY(!l.submit(count(), kStart + 2000)->has_value());
    QVERIFY(l.sealPending(kStart + 3000, m_c.server)->block.has_value());
    QCOMPARE(g_countRuns.load(), 4);
    QVERIFY(countIs(4));
    // The first checked earlier runs again and comes out the same; the second, checked at the
    // sealing time after it, is used as it was (2 + 1).
    g_countRuns = 0;
    QVERIFY(!l.submit(count(), kStart + 4000)->has_value());
    QVERIFY(!l.submit(count(), kStart + 5000)->has_value());
    QVERIFY(l.sealPending(kStart + 5000, m_c.server)->block.has_value());
    QCOMPARE(g_countRuns.load(), 3);
    QVERIFY(countIs(6));
    // Replay (every contract from genesis) agrees with every root.
    auto replayed = l.replay();
    CY_VERIFY_OK(replayed);
    QVERIFY(replayed->ok());
    QCOMPARE(replayed->blocks, quint64(4));
}

void TestNode::droppedAtSealIsReported()
{
    auto ledger = node::Ledger::create(m_path, m_registry, m_c.genesis, m_c.server, kStart);
    CY_VERIFY_OK(ledger);
    node::Ledger &l = **ledger;
    const auto deadline = [&](quint64 seq, quint64 at) {
        return makeTx(m_c, m_c.kiosk, seq, QStringLiteral("test.deadline"),
                      cbor::Value::fromMap({{QStringLiteral("deadline"), cbor::Value::fromUnsigned(at)}}));
    };
    const ledger::Transaction late = deadline(1, kStart + 500);
    const ledger::Transaction inTime = deadline(2, kStart + 5000);
    QVERIFY(!l.submit(late, kStart)->has_value());
    QVERIFY(!l.submit(inTime, kStart)->has_value());
    QCOMPARE(l.pending().size(), std::size_t(2));
    // Sealed later than the first deadline: it is dropped and the other one still counts from 0.
    auto sealed = l.sealPending(kStart + 1000, m_c.server);
    CY_VERIFY_OK(sealed);
    QCOMPARE(sealed->dropped.size(), std::size_t(1));
    QCOMPARE(sealed->dropped.front().id, late.id());
    QCOMPARE(sealed->dropped.front().rejection.code, QStringLiteral("too-late"));
    QVERIFY(sealed->block.has_value());
    QCOMPARE(sealed->block->header.transactionCount(), quint64(1));
    QCOMPARE(sealed->block->header.stateRoot, rootOf(l.store()));
    auto count = l.store().state().get(key(QStringLiteral("deadline/count")));
    CY_VERIFY_OK(count);
    QCOMPARE(**count, cbor::Value::fromInt(1));
    QVERIFY(l.pending().empty());
    QVERIFY(!l.store().findTransaction(late.id()).has_value());

    // When everything is dropped there is no block.
    QVERIFY(!l.submit(deadline(3, kStart + 2000), kStart + 1500)->has_value());
    auto none = l.sealPending(kStart + 9000, m_c.server);
    CY_VERIFY_OK(none);
    QVERIFY(!none->block.has_value());
    QCOMPARE(none->dropped.size(), std::size_t(1));
    QCOMPARE(l.store().blockCount(), quint64(2));
    // Nothing pending: nothing to seal.
    auto empty = l.sealPending(kStart + 9000, m_c.server);
    CY_VERIFY_OK(empty);
    QVERIFY(!empty->block.has_value());
    QVERIFY(empty->dropped.empty());
}

void TestNode::replayNamesTheFirstDifferingBlock()
{
    std::vector<crypto::Digest> roots;
    int rejected = 0;
    {
        auto ledger = node::Ledger::create(m_path, m_registry, m_c.genesis, m_c.server, kStart);
        CY_VERIFY_OK(ledger);
        buildLedger(**ledger, 6, &roots, &rejected);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    // Another registry whose test.pay is missing: block 1 cannot be replayed.
    contracts::Registry partial;
    partial.add(std::make_unique<TestGenesis>());
    partial.add(std::make_unique<TestDeadline>());
    {
        auto opened = node::Ledger::open(m_path, partial); // the projection is current: no replay
        CY_VERIFY_OK(opened);
        const Entries before = entriesOf((*opened)->store().state());
        auto report = (*opened)->replay();
        CY_VERIFY_OK(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->problem->height, quint64(1));
        QCOMPARE(report->problem->logIndex, std::optional<quint64>(1));
        QVERIFY(report->problem->reason.contains(QStringLiteral("unknown-kind")));
        // Rolled back: the projections are as they were.
        QCOMPARE(entriesOf((*opened)->store().state()), before);
        QCOMPARE(rootOf((*opened)->store()), roots.back());
    }
    // A projection that disagrees with the headers is rebuilt at open; one that cannot be rebuilt
    // refuses to open, naming the block.
    QCOMPARE(RawDb(m_path).exec(QStringLiteral("DELETE FROM state WHERE key = CAST('config/name' AS BLOB)")), QString());
    auto refused = node::Ledger::open(m_path, partial);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, ErrorCode::Integrity);
    QVERIFY(refused.error().message.contains(QStringLiteral("block 1")));
    auto rebuilt = node::Ledger::open(m_path, m_registry);
    CY_VERIFY_OK(rebuilt);
    QCOMPARE(rootOf((*rebuilt)->store()), roots.back());
}

void TestNode::failedProjectionWriteLeavesNothing()
{
    auto ledger = node::Ledger::create(m_path, m_registry, m_c.genesis, m_c.server, kStart);
    CY_VERIFY_OK(ledger);
    store::Store &s = (*ledger)->store();
    const merkle::Hash root = rootOf(s);
    const Entries entries = entriesOf(s.state());

    // A block whose postings repeat (log index, ordinal): the posting insert fails after the
    // block, its transaction and the state change were written in the same SQLite transaction.
    const ledger::Transaction tx = pay(m_c, m_c.manager, 1, QStringLiteral("Equity:Opening"), QStringLiteral("Assets:Unit:1"), 700);
    store::BlockEffects effects;
    effects.delta.put(key(QStringLiteral("balance/Assets:Unit:1")), cbor::Value::fromInt(700));
    effects.postings.push_back({1, 0, QStringLiteral("Assets:Unit:1"), QStringLiteral("CNY"), 700});
    effects.postings.push_back({1, 0, QStringLiteral("Equity:Opening"), QStringLiteral("CNY"), -700});
    auto withDelta = s.stateRootWith(effects.delta);
    CY_VERIFY_OK(withDelta);
    auto sealed = s.sealNext({tx}, *withDelta, kStart + 1000, m_c.server, effects);
    QVERIFY(!sealed.has_value());
    QCOMPARE(sealed.error().code, ErrorCode::Conflict);
    const auto unchanged = [&](store::Store &st) {
        QCOMPARE(st.blockCount(), quint64(1));
        QCOMPARE(st.log().size(), quint64(1));
        QCOMPARE(rootOf(st), root);
        QCOMPARE(entriesOf(st.state()), entries);
        QCOMPARE(*st.postingCount(), quint64(0));
        QVERIFY(!st.findTransaction(tx.id()).has_value());
    };
    unchanged(s);
    // Postings outside the block's log range are refused before anything is written.
    effects.postings.back().ordinal = 1;
    effects.postings.back().logIndex = 7;
    auto outside = s.sealNext({tx}, *withDelta, kStart + 1000, m_c.server, effects);
    QVERIFY(!outside.has_value());
    QCOMPARE(outside.error().code, ErrorCode::InvalidArgument);
    unchanged(s);
    ledger->reset();
    auto reopened = store::Store::open(m_path);
    CY_VERIFY_OK(reopened);
    unchanged(**reopened);
    // And the same block with good postings goes in, state and all.
    effects.postings.back().logIndex = 1;
    CY_VERIFY_OK((*reopened)->sealNext({tx}, *withDelta, kStart + 1000, m_c.server, effects));
    QCOMPARE(rootOf(**reopened), *withDelta);
    QCOMPARE(*(*reopened)->postingCount(), quint64(2));
}

void TestNode::acceptBlockChecksTheStateRoot()
{
    // A block sealed with a wrong state root is refused by a follower, which writes nothing.
    auto leader = node::Ledger::create(m_path, m_registry, m_c.genesis, m_c.server, kStart);
    CY_VERIFY_OK(leader);
    const ledger::Transaction tx = pay(m_c, m_c.manager, 1, QStringLiteral("Equity:Opening"), QStringLiteral("Assets:Unit:1"), 700);
    auto bad = (*leader)->store().sealNext({tx}, merkle::emptyRoot(), kStart + 1000, m_c.server);
    CY_VERIFY_OK(bad);

    auto follower = node::Ledger::create(m_dir.filePath(QStringLiteral("f-%1.db").arg(quintptr(this))), m_registry, m_c.genesis,
                                         m_c.server, kStart);
    CY_VERIFY_OK(follower);
    const merkle::Hash root = rootOf((*follower)->store());
    auto accepted = (*follower)->acceptBlock(*bad, {tx});
    QVERIFY(!accepted.has_value());
    QCOMPARE(accepted.error().code, ErrorCode::Integrity);
    QVERIFY(accepted.error().message.contains(QStringLiteral("state root")));
    QCOMPARE((*follower)->store().blockCount(), quint64(1));
    QCOMPARE(rootOf((*follower)->store()), root);
    // The leader's own file does not replay either, and says which block.
    auto report = (*leader)->replay();
    CY_VERIFY_OK(report);
    QVERIFY(!report->ok());
    QCOMPARE(report->problem->height, quint64(1));
    QVERIFY(report->problem->describe().contains(QStringLiteral("state root")));
}

// A block that cannot follow the device's ledger (a gap, a fork) is named as such, not reported
// as a state-root mismatch after running its contracts against the wrong state.
void TestNode::acceptBlockNamesABlockThatDoesNotFollow()
{
    auto leader = node::Ledger::create(m_path, m_registry, m_c.genesis, m_c.server, kStart);
    CY_VERIFY_OK(leader);
    std::vector<node::SealOutcome> blocks;
    for (quint64 seq = 1; seq <= 2; ++seq) {
        const ledger::Transaction tx = pay(m_c, m_c.manager, seq, QStringLiteral("Equity:Opening"), QStringLiteral("Assets:Unit:1"), 700);
        auto r = (*leader)->submit(tx, kStart + 1000 * seq);
        CY_VERIFY_OK(r);
        auto sealed = (*leader)->sealPending(kStart + 1000 * seq, m_c.server);
        CY_VERIFY_OK(sealed);
        QVERIFY(sealed->block.has_value());
        blocks.push_back(std::move(*sealed));
    }
    auto follower = node::Ledger::create(m_dir.filePath(QStringLiteral("g-%1.db").arg(quintptr(this))), m_registry, m_c.genesis,
                                         m_c.server, kStart);
    CY_VERIFY_OK(follower);
    // Block 2 before block 1: a gap.
    auto gap = (*follower)->acceptBlock(*blocks[1].block, blocks[1].transactions);
    QVERIFY(!gap.has_value());
    QVERIFY2(gap.error().message.contains(QStringLiteral("does not extend this ledger: expected height 1")), qPrintable(gap.error().message));
    // A follower with its own block 1 (another payment) gets the leader's block 2: a fork.
    auto own = (*follower)->submit(pay(m_c, m_c.manager, 1, QStringLiteral("Equity:Opening"), QStringLiteral("Assets:Unit:1"), 900), kStart + 1000);
    CY_VERIFY_OK(own);
    CY_VERIFY_OK((*follower)->sealPending(kStart + 1000, m_c.server));
    auto fork = (*follower)->acceptBlock(*blocks[1].block, blocks[1].transactions);
    QVERIFY(!fork.has_value());
    QVERIFY2(fork.error().message.contains(QStringLiteral("previous hash is not the hash of block 1")), qPrintable(fork.error().message));
    QCOMPARE((*follower)->store().blockCount(), quint64(2));
}

void TestNode::versionOneFileUpgradesAndReplays()
{
    std::vector<crypto::Digest> roots;
    int rejected = 0;
    Entries entries;
    std::vector<store::PostingRow> postings;
    {
        auto ledger = node::Ledger::create(m_path, m_registry, m_c.genesis, m_c.server, kStart);
        CY_VERIFY_OK(ledger);
        buildLedger(**ledger, 5, &roots, &rejected);
        if (QTest::currentTestFailed()) {
            return;
        }
        entries = entriesOf((*ledger)->store().state());
        postings = postingsOf((*ledger)->store());
    }
    // Make it a version-1 file: no projection tables.
    QCOMPARE(RawDb(m_path).exec(QStringLiteral("DROP TABLE state; DROP TABLE postings; DROP TABLE account_totals; DROP TABLE log_leaves; "
                                                       "PRAGMA user_version = 1;")), QString());
    auto opened = node::Ledger::open(m_path, m_registry);
    CY_VERIFY_OK(opened);
    store::Store &s = (*opened)->store();
    QCOMPARE(s.schemaVersion(), store::latestSchemaVersion());
    QCOMPARE(rootOf(s), roots.back());
    QCOMPARE(entriesOf(s.state()), entries);
    QVERIFY(postingsOf(s) == postings);
    auto report = verify::verifyStore(s);
    CY_VERIFY_OK(report);
    CY_VERIFY_REPORT_OK(*report);
    const auto totals = s.accountTotals();
    CY_VERIFY_OK(totals);
    QVERIFY(!totals->empty());
    auto broken = node::checkInvariants(s);
    CY_VERIFY_OK(broken);
    QCOMPARE(*broken, QStringList());
    opened->reset();

    // A version-2 file (postings, no totals): the migration adds them up from the postings.
    QCOMPARE(RawDb(m_path).exec(QStringLiteral("DROP TABLE account_totals; DROP TABLE log_leaves; PRAGMA user_version = 2;")), QString());
    auto upgraded = node::Ledger::open(m_path, m_registry);
    CY_VERIFY_OK(upgraded);
    QCOMPARE((*upgraded)->store().schemaVersion(), store::latestSchemaVersion());
    QVERIFY(*(*upgraded)->store().accountTotals() == *totals);
    broken = node::checkInvariants((*upgraded)->store());
    CY_VERIFY_OK(broken);
    QCOMPARE(*broken, QStringList());
}

void TestNode::standardGenesis()
{
#if __has_include("contracts/standard.h")
    contracts::Registry standard;
    contracts::addStandardContracts(standard);
    auto ledger = node::Ledger::create(m_path, standard, m_c.genesis, m_c.server, kStart);
    CY_VERIFY_OK(ledger);
    store::Store &s = (*ledger)->store();
    auto tip = s.tip();
    CY_VERIFY_OK(tip);
    auto generic = state::stateRoot(s.state());
    CY_VERIFY_OK(generic);
    QCOMPARE(tip->header.stateRoot, *generic);
    auto report = (*ledger)->replay();
    CY_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problem ? report->problem->describe() : QString()));
    QCOMPARE(rootOf(s), tip->header.stateRoot);
#else
    QSKIP("contracts/standard.h is not there yet");
#endif
}

// A co-signed transaction (ledger format 2) sealed between transactions of its author's sequence
// lane: a follower re-executes and accepts the block with the same root, replay and the verifier
// agree, the same transaction again is a duplicate; a block that seals one after its validity is
// refused by every follower's contracts.
void TestNode::cosignedTransactionFollowsAndReplays()
{
#if __has_include("contracts/standard.h")
    contracts::Registry standard;
    contracts::addStandardContracts(standard);
    const auto grant = [](const crypto::KeyPair &key, const char *role) {
        return cbor::Value::fromMap({{QStringLiteral("key"), cbor::Value::fromBytes(key.publicKey().toByteArray())},
                                     {QStringLiteral("role"), cbor::Value::fromText(QString::fromLatin1(role))}});
    };
    const auto sequenced = [this](const cbor::Value &payload, quint64 sequence) {
        return ledger::Transaction::create(ledger::TransactionBody{QStringLiteral("governance.grant"), 1, m_c.genesis.communityId,
                                                                   m_c.committee[0].publicKey(), sequence, payload},
                                           m_c.committee[0])
            .value()
            .withSignature(m_c.committee[1])
            .value();
    };
    const auto cosigned = [this](const cbor::Value &payload, quint64 validUntilMs) {
        ledger::TransactionBody body{QStringLiteral("governance.grant"), 1, m_c.genesis.communityId, m_c.committee[0].publicKey(), 0, payload};
        body.validUntilMs = validUntilMs;
        return ledger::Transaction::create(body, m_c.committee[0]).value().withSignature(m_c.committee[1]).value();
    };
    const ledger::Transaction first = sequenced(grant(m_c.kiosk, "kiosk"), 1);
    const ledger::Transaction managerGrant = cosigned(grant(m_c.manager, "manager"), kStart + 86400000);
    const ledger::Transaction second = sequenced(grant(testing::keyFor("auditor"), "auditor"), 2);

    auto leader = node::Ledger::create(m_path, standard, m_c.genesis, m_c.server, kStart);
    CY_VERIFY_OK(leader);
    for (const ledger::Transaction *tx : {&first, &managerGrant, &second}) {
        auto r = (*leader)->submit(*tx, kStart + 1000);
        CY_VERIFY_OK(r);
        if (r->has_value()) {
            QFAIL(qPrintable((*r)->code + QLatin1Char(' ') + (*r)->message));
        }
    }
    auto sealed = (*leader)->sealPending(kStart + 1000, m_c.server);
    CY_VERIFY_OK(sealed);
    QVERIFY(sealed->block.has_value());
    QCOMPARE(sealed->transactions.size(), std::size_t(3));
    // The same transaction again, and with a third signature (other bytes, the same id): a duplicate.
    for (const ledger::Transaction &again : {managerGrant, managerGrant.withSignature(m_c.committee[2]).value()}) {
        auto r = (*leader)->submit(again, kStart + 2000);
        CY_VERIFY_OK(r);
        QVERIFY(r->has_value());
        QCOMPARE((*r)->code, QString::fromLatin1(node::kDuplicate));
    }
    // The author's lane went on from 1 to 2 around it.
    QCOMPARE(*(*leader)->store().lastSealedSequence(m_c.committee[0].publicKey()), quint64(2));

    auto follower = node::Ledger::create(m_dir.filePath(QStringLiteral("c-%1.db").arg(quintptr(this))), standard, m_c.genesis, m_c.server, kStart);
    CY_VERIFY_OK(follower);
    CY_VERIFY_OK((*follower)->acceptBlock(*sealed->block, sealed->transactions));
    QCOMPARE(rootOf((*follower)->store()), sealed->block->header.stateRoot);
    auto replayed = (*follower)->replay();
    CY_VERIFY_OK(replayed);
    QVERIFY2(replayed->ok(), qPrintable(replayed->problem ? replayed->problem->describe() : QString()));
    auto verified = verify::verifyStore((*leader)->store());
    CY_VERIFY_OK(verified);
    CY_VERIFY_REPORT_OK(*verified);

    // A block sealing a co-signed transaction after its validity: refused by the follower.
    const ledger::Transaction late = cosigned(grant(testing::keyFor("auditor", 2), "auditor"), kStart + 1500);
    auto forged = (*leader)->store().sealNext({late}, merkle::emptyRoot(), kStart + 3000, m_c.server);
    CY_VERIFY_OK(forged);
    auto refused = (*follower)->acceptBlock(*forged, {late});
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, ErrorCode::Integrity);
    QVERIFY2(refused.error().message.contains(QStringLiteral("(expired)")), qPrintable(refused.error().message));
    QCOMPARE((*follower)->store().blockCount(), quint64(2));
#else
    QSKIP("contracts/standard.h is not there yet");
#endif
}

void TestNode::invariantsCatchBrokenProjections()
{
    std::vector<crypto::Digest> roots;
    int rejected = 0;
    {
        auto ledger = node::Ledger::create(m_path, m_registry, m_c.genesis, m_c.server, kStart);
        CY_VERIFY_OK(ledger);
        buildLedger(**ledger, 4, &roots, &rejected);
        QVERIFY(!QTest::currentTestFailed());
        const auto broken = node::checkInvariants((*ledger)->store());
        CY_VERIFY_OK(broken);
        QVERIFY(broken->isEmpty());
    }
    // Behind the application's back: one posting off by a minor unit, one state value changed.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "UPDATE postings SET amount = amount + 1 WHERE (log_index, ordinal) = (SELECT log_index, ordinal "
                              "FROM postings WHERE log_index > 0 ORDER BY log_index, ordinal LIMIT 1)", nullptr, nullptr, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "UPDATE state SET value = x'a0' WHERE key = (SELECT max(key) FROM state)", nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    auto store = store::Store::open(m_path);
    CY_VERIFY_OK(store);
    const auto broken = node::checkInvariants(**store);
    CY_VERIFY_OK(broken);
    QCOMPARE(broken->size(), qsizetype(3));
    QVERIFY2(broken->at(0).contains(QStringLiteral("do not balance")), qPrintable(broken->at(0)));
    // The posting no longer adds up to its account's totals either.
    QVERIFY2(broken->at(1).contains(QStringLiteral("are not the sum of its postings")), qPrintable(broken->at(1)));
    QVERIFY2(broken->at(2).contains(QStringLiteral("state's root")), qPrintable(broken->at(2)));
}

void TestNode::accountTotalsFollowThePostings()
{
    {
        auto ledger = node::Ledger::create(m_path, m_registry, m_c.genesis, m_c.server, kStart);
        CY_VERIFY_OK(ledger);
        std::vector<crypto::Digest> roots;
        int rejected = 0;
        buildLedger(**ledger, 4, &roots, &rejected);
        QVERIFY(!QTest::currentTestFailed());
        store::Store &s = (*ledger)->store();
        // The totals kept with each block are the sums of the posting rows.
        auto rows = s.postings();
        CY_VERIFY_OK(rows);
        QVERIFY(!rows->empty());
        std::map<std::pair<QString, QString>, store::AccountTotalsRow> sums;
        for (const store::PostingRow &p : *rows) {
            store::AccountTotalsRow &t = sums[{p.account, p.currency}];
            t.account = p.account;
            t.currency = p.currency;
            (p.amount >= 0 ? t.debits : t.credits) += p.amount >= 0 ? p.amount : -p.amount;
            ++t.postings;
        }
        std::vector<store::AccountTotalsRow> expected;
        for (const auto &[key, t] : sums) {
            expected.push_back(t);
        }
        auto totals = s.accountTotals();
        CY_VERIFY_OK(totals);
        QVERIFY(*totals == expected);
        // Replay rebuilds them with the other projections.
        auto replayed = (*ledger)->replay();
        CY_VERIFY_OK(replayed);
        QVERIFY(replayed->ok());
        QVERIFY(*s.accountTotals() == expected);
    }
    // One total changed behind the application's back, the postings untouched: caught, and only that.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "UPDATE account_totals SET credits = credits + 1 WHERE (account, currency) = (SELECT account, currency "
                              "FROM account_totals ORDER BY account, currency LIMIT 1)", nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    auto store = store::Store::open(m_path);
    CY_VERIFY_OK(store);
    const auto broken = node::checkInvariants(**store);
    CY_VERIFY_OK(broken);
    QCOMPARE(broken->size(), qsizetype(1));
    QVERIFY2(broken->at(0).contains(QStringLiteral("are not the sum of its postings")), qPrintable(broken->at(0)));
}

QTEST_GUILESS_MAIN(TestNode)
#include "tst_node.moc"
