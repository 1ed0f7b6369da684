#include "app/node/node.h"

#include "contracts/invariants.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <atomic>
#include <thread>

namespace courtyard::node {

Q_LOGGING_CATEGORY(lcNode, "courtyard.node")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::node", text);
}

contracts::Rejection rejection(const char *code, QString message)
{
    return contracts::Rejection{QString::fromLatin1(code), std::move(message)};
}

QString shortHex(const crypto::Digest &digest)
{
    return crypto::toHex(digest).left(16);
}

} // namespace

QString ReplayProblem::describe() const
{
    if (logIndex) {
        return QStringLiteral("block %1, transaction at log index %2: %3").arg(height).arg(*logIndex).arg(reason);
    }
    return QStringLiteral("block %1: %2").arg(height).arg(reason);
}

Result<QStringList> checkInvariants(store::Store &store)
{
    QStringList broken;
    CY_TRY(const std::vector<store::PostingRow> rows, store.postings());
    std::map<std::pair<quint64, QString>, qint64> perTransaction;
    for (const store::PostingRow &row : rows) {
        perTransaction[{row.logIndex, row.currency}] += row.amount; // |amount| <= 10^18: no overflow per transaction
    }
    for (const auto &[key, sum] : perTransaction) {
        if (sum != 0) {
            broken << QStringLiteral("the postings of log index %1 do not balance in %2 (off by %3 minor units)")
                          .arg(key.first).arg(key.second).arg(sum);
        }
    }
    // The account totals the trial balance reads are the sums of the postings.
    std::map<std::pair<QString, QString>, store::AccountTotalsRow> sums;
    for (const store::PostingRow &row : rows) {
        store::AccountTotalsRow &t = sums[{row.account, row.currency}];
        t.account = row.account;
        t.currency = row.currency;
        (row.amount >= 0 ? t.debits : t.credits) += row.amount >= 0 ? row.amount : -row.amount; // < 2^63 for any real ledger
        ++t.postings;
    }
    CY_TRY(const std::vector<store::AccountTotalsRow> totals, store.accountTotals());
    for (const store::AccountTotalsRow &t : totals) {
        const auto it = sums.find({t.account, t.currency});
        if (it == sums.end() || !(it->second == t)) {
            broken << QStringLiteral("the totals of %1 in %2 are not the sum of its postings").arg(t.account, t.currency);
        }
        if (it != sums.end()) {
            sums.erase(it);
        }
    }
    for (const auto &[key, t] : sums) {
        broken << QStringLiteral("%1 in %2 has postings but no totals").arg(key.first, key.second);
    }
    CY_TRY(const QStringList records, contracts::checkStateInvariants(store.state()));
    broken << records;
    // From the values themselves, not the cached leaves the fast root uses: an edited value shows.
    CY_TRY(const merkle::Hash root, state::stateRoot(store.state()));
    CY_TRY(const merkle::Hash cached, store.stateRoot());
    CY_TRY(const ledger::SealedBlock tip, store.tip());
    if (root != tip.header.stateRoot) {
        broken << QStringLiteral("the stored state's root is not the one block %1 carries").arg(tip.header.height);
    } else if (cached != root) {
        broken << QStringLiteral("the state's cached leaves do not match its values");
    }
    return broken;
}

std::vector<store::PostingRow> postingRows(quint64 logIndex, const std::vector<contracts::Posting> &postings)
{
    std::vector<store::PostingRow> rows;
    rows.reserve(postings.size());
    int ordinal = 0;
    for (const contracts::Posting &p : postings) {
        rows.push_back(store::PostingRow{logIndex, ordinal++, p.account, p.amount.currency().code, p.amount.minor()});
    }
    return rows;
}

Ledger::Ledger(std::unique_ptr<store::Store> store, const contracts::Registry &registry, ledger::Genesis genesis)
    : m_store(std::move(store))
    , m_engine(registry, std::move(genesis))
{
}

Ledger::~Ledger() = default;

Result<std::unique_ptr<Ledger>> Ledger::create(const QString &path, const contracts::Registry &registry,
                                               const ledger::Genesis &genesis, const crypto::KeyPair &sealer, quint64 timeMs,
                                               const store::OpenOptions &options)
{
    CY_CHECK(genesis.validate());
    // Signatures are deterministic, so this is the transaction the store writes at log index 0.
    CY_TRY(const ledger::Transaction genesisTx, genesis.toTransaction(sealer));
    const contracts::Engine engine(registry, genesis);
    const state::MemoryState empty;
    auto effects = engine.apply(empty, genesisTx, timeMs);
    if (!effects) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the genesis contract refused the genesis transaction: %1 (%2)")
                                                    .arg(effects.error().message, effects.error().code));
    }
    store::BlockEffects blockEffects;
    blockEffects.delta = std::move(effects->delta);
    blockEffects.postings = postingRows(0, effects->postings);
    CY_TRY(std::unique_ptr<store::Store> store, store::Store::create(path, genesis, sealer, timeMs, blockEffects, options));
    return std::unique_ptr<Ledger>(new Ledger(std::move(store), registry, genesis));
}

Result<std::unique_ptr<Ledger>> Ledger::createFromGenesisBlock(const QString &path, const contracts::Registry &registry,
                                                               const ledger::SealedBlock &block0,
                                                               const ledger::Transaction &genesisTx,
                                                               const store::OpenOptions &options)
{
    auto genesis = ledger::Genesis::fromTransaction(genesisTx);
    if (!genesis) {
        return fail(ErrorCode::Integrity, QStringLiteral("block 0: its transaction is not a genesis: %1").arg(genesis.error().message));
    }
    if (block0.header.communityId != genesis->communityId) {
        return fail(ErrorCode::Integrity, QStringLiteral("block 0 names another community than its genesis transaction"));
    }
    if (auto sealed = block0.verifySeal(genesis->sealer, genesis->logOrigin()); !sealed) {
        return fail(ErrorCode::Integrity, QStringLiteral("block 0: %1").arg(sealed.error().message));
    }
    const contracts::Engine engine(registry, *genesis);
    state::MemoryState state;
    auto effects = engine.apply(state, genesisTx, block0.header.timeMs);
    if (!effects) {
        return fail(ErrorCode::Integrity, QStringLiteral("block 0: the genesis contract refuses its transaction: %1 (%2)")
                                              .arg(effects.error().message, effects.error().code));
    }
    state.apply(effects->delta);
    CY_TRY(const merkle::Hash root, state::stateRoot(state));
    if (root != block0.header.stateRoot) {
        return fail(ErrorCode::Integrity, QStringLiteral("block 0: its state root (%1) is not the one its genesis makes (%2)")
                                              .arg(shortHex(block0.header.stateRoot), shortHex(root)));
    }
    store::BlockEffects blockEffects;
    blockEffects.delta = std::move(effects->delta);
    blockEffects.postings = postingRows(0, effects->postings);
    CY_TRY(std::unique_ptr<store::Store> store, store::Store::createFromBlock(path, block0, genesisTx, blockEffects, options));
    return std::unique_ptr<Ledger>(new Ledger(std::move(store), registry, *genesis));
}

Result<std::unique_ptr<Ledger>> Ledger::open(const QString &path, const contracts::Registry &registry,
                                             const store::OpenOptions &options)
{
    CY_TRY(std::unique_ptr<store::Store> store, store::Store::open(path, options));
    CY_TRY(ledger::Genesis genesis, store->genesis());
    CY_TRY(const ledger::SealedBlock tip, store->tip());
    CY_TRY(const merkle::Hash root, store->stateRoot());
    std::unique_ptr<Ledger> ledger(new Ledger(std::move(store), registry, std::move(genesis)));
    if (root != tip.header.stateRoot) {
        qCInfo(lcNode) << "the stored state of" << path << "is not that of block" << tip.header.height << "; replaying";
        CY_TRY(const ReplayReport report, ledger->replay());
        if (!report.ok()) {
            return fail(ErrorCode::Integrity, QStringLiteral("%1 does not replay: %2").arg(path, report.problem->describe()));
        }
    }
    return ledger;
}

namespace {
// Checks every transaction's signatures, the work spread over the machine's cores (at most 8);
// true when all verify.
bool verifyAll(const std::vector<ledger::Transaction> &transactions)
{
    const std::size_t n = transactions.size();
    const std::size_t threads = std::min<std::size_t>({std::max(1u, std::thread::hardware_concurrency()), 8, (n + 31) / 32});
    std::atomic<bool> allGood{true};
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        // In slices of 16, taken in turn, so that a slow core does not hold the rest back.
        for (std::size_t from = next.fetch_add(16); from < n && allGood.load(std::memory_order_relaxed); from = next.fetch_add(16)) {
            for (std::size_t i = from; i < std::min(n, from + 16); ++i) {
                if (!transactions[i].verifySignatures()) {
                    allGood = false;
                    return;
                }
            }
        }
    };
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < threads; ++t) {
        helpers.emplace_back(work);
    }
    work();
    for (std::thread &h : helpers) {
        h.join();
    }
    return allGood.load();
}

bool sameEffects(const contracts::Effects &a, const contracts::Effects &b)
{
    if (a.delta.changes() != b.delta.changes() || a.postings.size() != b.postings.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.postings.size(); ++i) {
        if (a.postings[i].account != b.postings[i].account || !(a.postings[i].amount == b.postings[i].amount)) {
            return false;
        }
    }
    return true;
}
} // namespace

Ledger::Applied Ledger::applyAll(const state::StateView &base, const std::vector<ledger::Transaction> &txs, quint64 blockTimeMs,
                                 quint64 firstIndex, contracts::Engine::Signatures signatures, const std::vector<Checked> *checked) const
{
    Applied applied;
    quint64 position = 0;
    // While true, every transaction so far came out as submit() found it, so the next one sees
    // the state it was checked against.
    bool asChecked = checked && checked->size() == txs.size();
    for (const ledger::Transaction &tx : txs) {
        const state::OverlayView view(base, applied.effects.delta);
        const Checked *before = asChecked ? &(*checked)[position] : nullptr;
        contracts::Outcome<contracts::Effects> effects = (before && before->blockTimeMs == blockTimeMs)
                                                             ? contracts::Outcome<contracts::Effects>(before->effects)
                                                             : m_engine.apply(view, tx, blockTimeMs, signatures);
        asChecked = before && effects && sameEffects(*effects, before->effects);
        if (!effects) {
            applied.dropped.push_back(DroppedTransaction{tx.id(), effects.error()});
            applied.droppedIndex.push_back(position++);
            continue;
        }
        const quint64 logIndex = firstIndex + applied.kept.size();
        std::vector<store::PostingRow> rows = postingRows(logIndex, effects->postings);
        applied.effects.postings.insert(applied.effects.postings.end(), rows.begin(), rows.end());
        applied.effects.delta.merge(effects->delta);
        applied.kept.push_back(tx);
        ++position;
    }
    return applied;
}

void Ledger::clearPending()
{
    m_pending.clear();
    m_pendingIds.clear();
    m_checked.clear();
    m_pendingDelta = state::StateDelta();
    m_pendingSequence.clear();
}

Result<std::optional<contracts::Rejection>> Ledger::submit(const ledger::Transaction &tx, quint64 timeMs,
                                                           contracts::Engine::Signatures signatures)
{
    using Verdict = std::optional<contracts::Rejection>;
    const ledger::TransactionBody &body = tx.body();
    if (body.kind == QLatin1String(ledger::kGenesisKind)) {
        return Verdict(rejection(kGenesisExists, tr("this community already has its genesis")));
    }
    if (isPending(tx.id())) {
        return Verdict(rejection(kDuplicate, tr("this transaction is already waiting for the next block")));
    }
    CY_TRY(quint64 last, m_store->lastSealedSequence(body.author));
    // A sealed transaction with this id has this author and sequence, so it can only be there when
    // the sequence is not above the author's last sealed one: no lookup by id otherwise.
    if (body.sequence <= last) {
        if (auto found = m_store->findTransaction(tx.id()); found) {
            return Verdict(rejection(kDuplicate, tr("this transaction is already in block %1").arg(found->blockHeight)));
        } else if (found.error().code != ErrorCode::NotFound) {
            return fail(found.error());
        }
    }
    const QByteArray author = body.author.toByteArray();
    if (const auto it = m_pendingSequence.find(author); it != m_pendingSequence.end()) {
        last = std::max(last, it->second);
    }
    if (body.sequence <= last) {
        return Verdict(rejection(kStaleSequence, tr("sequence number %1 of this author was already used (the last is %2)")
                                                     .arg(body.sequence).arg(last)));
    }
    CY_TRY(const quint64 blockTime, m_store->nextBlockTime(timeMs));
    const store::Store::ReadScope reading(*m_store); // the contract's reads: one snapshot, one transaction
    const state::OverlayView view(m_store->state(), m_pendingDelta);
    auto effects = m_engine.apply(view, tx, blockTime, signatures);
    if (!effects) {
        return Verdict(effects.error());
    }
    m_pendingDelta.merge(effects->delta);
    m_pending.push_back(tx);
    m_pendingIds.insert(tx.id());
    m_checked.push_back(Checked{blockTime, std::move(*effects)});
    m_pendingSequence[author] = body.sequence;
    return Verdict();
}

Result<SealOutcome> Ledger::sealPending(quint64 timeMs, const crypto::KeyPair &sealer)
{
    SealOutcome outcome;
    if (m_pending.empty()) {
        return outcome;
    }
    CY_TRY(const quint64 blockTime, m_store->nextBlockTime(timeMs));
    // Every pending transaction's signatures were checked by submit(): the contracts run again
    // (the state and the block time may have changed since), the signature checks need not.
    std::optional<store::Store::ReadScope> reading(std::in_place, *m_store);
    Applied applied = applyAll(m_store->state(), m_pending, blockTime, m_store->log().size(),
                               contracts::Engine::Signatures::AlreadyVerified, &m_checked);
    for (const DroppedTransaction &d : applied.dropped) {
        qCInfo(lcNode) << "dropped pending transaction" << crypto::toHex(d.id) << d.rejection.code << d.rejection.message;
    }
    outcome.dropped = std::move(applied.dropped);
    if (!applied.kept.empty()) {
        CY_TRY(const merkle::Hash root, m_store->stateRootWith(applied.effects.delta));
        reading.reset(); // before the block is written
        CY_TRY(outcome.block, m_store->sealNext(applied.kept, root, blockTime, sealer, applied.effects));
        outcome.transactions = std::move(applied.kept);
    }
    clearPending();
    return outcome;
}

Result<void> Ledger::acceptBlock(const ledger::SealedBlock &block, const std::vector<ledger::Transaction> &transactions)
{
    if (!m_pending.empty()) {
        return fail(ErrorCode::Conflict, QStringLiteral("cannot accept a block while %1 transactions are pending here").arg(m_pending.size()));
    }
    const ledger::BlockHeader &h = block.header;
    const ledger::Genesis &genesis = m_engine.genesis();
    if (auto sealed = block.verifySeal(genesis.sealer, genesis.logOrigin()); !sealed) {
        return fail(sealed.error().prefixed(QStringLiteral("block %1").arg(h.height)));
    }
    // A block that cannot follow this ledger (a fork, a gap) is named as such, before any contract runs.
    CY_CHECK(m_store->checkExtends(block, transactions));
    // The signatures on every core first; the contracts then need not check them again. When one
    // fails, the contracts check them again in order and the first refusal is reported.
    const bool verified = verifyAll(transactions);
    Applied applied = applyAll(m_store->state(), transactions, h.timeMs, h.firstIndex,
                               verified ? contracts::Engine::Signatures::AlreadyVerified : contracts::Engine::Signatures::Verify);
    if (!applied.dropped.empty()) {
        const DroppedTransaction &d = applied.dropped.front();
        return fail(ErrorCode::Integrity, QStringLiteral("block %1, transaction at log index %2: refused by its contract: %3 (%4)")
                                              .arg(h.height).arg(h.firstIndex + applied.droppedIndex.front())
                                              .arg(d.rejection.message, d.rejection.code));
    }
    CY_TRY(const merkle::Hash root, m_store->stateRootWith(applied.effects.delta));
    if (root != h.stateRoot) {
        return fail(ErrorCode::Integrity, QStringLiteral("block %1: the state root after its transactions (%2) is not the header's (%3)")
                                              .arg(h.height).arg(shortHex(root), shortHex(h.stateRoot)));
    }
    return m_store->appendBlock(block, transactions, applied.effects);
}

Result<ReplayReport> Ledger::replay()
{
    m_checked.clear(); // the pending transactions are checked again when sealed
    ReplayReport report;
    std::optional<Error> failure; // a storage error inside the stream
    const auto problem = [&report](quint64 height, std::optional<quint64> logIndex, QString reason) {
        report.problem = ReplayProblem{height, logIndex, std::move(reason)};
        return false;
    };
    auto rebuilt = m_store->rebuildProjections([&]() -> Result<void> {
        ledger::KeyCache keys;
        quint64 expectedIndex = 0;
        CY_CHECK(m_store->forEachBlock(0, [&](store::StoredBlock &&b) {
            auto sealed = ledger::SealedBlock::fromParts(b.header, b.signature, b.checkpointSignature);
            if (!sealed) {
                return problem(b.height, std::nullopt, sealed.error().message);
            }
            const ledger::BlockHeader &h = sealed->header;
            if (h.firstIndex != expectedIndex || h.transactionCount() != b.transactions.size()) {
                return problem(b.height, std::nullopt, QStringLiteral("its transactions are not the log range %1 to %2")
                                                           .arg(h.firstIndex).arg(h.lastIndex));
            }
            std::vector<ledger::Transaction> txs;
            txs.reserve(b.transactions.size());
            for (const store::StoredTransaction &t : b.transactions) {
                auto tx = ledger::Transaction::decode(t.bytes, &keys);
                if (!tx) {
                    return problem(b.height, t.logIndex, tx.error().message);
                }
                txs.push_back(std::move(*tx));
            }
            const Applied applied = applyAll(m_store->state(), txs, h.timeMs, h.firstIndex);
            if (!applied.dropped.empty()) {
                const DroppedTransaction &d = applied.dropped.front();
                return problem(b.height, h.firstIndex + applied.droppedIndex.front(),
                               QStringLiteral("refused by its contract: %1 (%2)").arg(d.rejection.message, d.rejection.code));
            }
            auto root = m_store->stateRootWith(applied.effects.delta);
            if (!root) {
                failure = root.error();
                return false;
            }
            if (*root != h.stateRoot) {
                return problem(b.height, std::nullopt, QStringLiteral("the state root after replay (%1) is not the header's (%2)")
                                                           .arg(shortHex(*root), shortHex(h.stateRoot)));
            }
            if (auto written = m_store->writeProjection(b.height, applied.effects); !written) {
                failure = written.error();
                return false;
            }
            expectedIndex = h.lastIndex + 1;
            ++report.blocks;
            report.transactions += txs.size();
            return true;
        }));
        if (failure) {
            return fail(*failure);
        }
        if (report.problem) {
            // Roll the rebuild back: the projections stay as they were.
            return fail(ErrorCode::Integrity, report.problem->describe());
        }
        return {};
    });
    if (!rebuilt && !report.problem) {
        return fail(rebuilt.error());
    }
    if (report.problem) {
        qCWarning(lcNode) << "replay of" << m_store->path() << "stopped:" << report.problem->describe();
    }
    return report;
}

} // namespace courtyard::node
