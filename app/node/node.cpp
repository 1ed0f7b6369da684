#include "app/node/node.h"

#include "contracts/invariants.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#if defined(__linux__)
#include <pthread.h>
#endif

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

// The block being written (beginSeal .. finishSeal). The sealing thread writes `written`; the
// submitting thread reads it only after SealThread::wait().
struct Ledger::InFlight {
    quint64 blockTimeMs = 0;
    std::vector<ledger::Transaction> kept;  // the block's transactions, in log order
    std::vector<Checked> keptChecked;       // what submit() found for each (put back on failure)
    std::vector<DroppedTransaction> dropped;
    store::BlockEffects effects;            // kept's effects: the overlay for submissions meanwhile
    std::set<ledger::TxId> ids;
    std::map<QByteArray, quint64> sequence; // author key bytes -> highest sequence in the block
    const crypto::KeyPair *sealer = nullptr;
    std::optional<Result<ledger::SealedBlock>> written;
};

// The server's stored state as submit() reads it, with the values it got (decoded) kept: a
// payment reads its author's role, its unit, lease and invoices again and again. It is the state
// as of the last block handed over (finishSeal, sealPending): each block's delta is applied to
// it then. A value read while a block is being written may already include that block (the
// reading connection's snapshot); the block's delta lies on top of it until the block is handed
// over and then replaces it, so it never shows. Scans go to the store. Emptied when it holds
// kMaxValues (absent keys are kept too: each payment asks for its new receipt key).
class Ledger::StoredValues final : public state::StateView {
public:
    static constexpr qsizetype kMaxValues = 200000;

    void setBase(const state::StateView &base) { m_base = &base; }
    Result<std::optional<cbor::Value>> get(QByteArrayView key) const override
    {
        const QByteArray k = key.toByteArray();
        if (const auto it = m_values.constFind(k); it != m_values.cend()) {
            return *it;
        }
        CY_TRY(std::optional<cbor::Value> value, m_base->get(key));
        if (m_values.size() >= kMaxValues) {
            m_values.clear();
        }
        m_values.insert(k, value);
        return value;
    }
    Result<void> scan(QByteArrayView prefix, const state::Visitor &visit) const override { return m_base->scan(prefix, visit); }
    Result<void> scanFrom(QByteArrayView prefix, QByteArrayView from, const state::Visitor &visit) const override
    {
        return m_base->scanFrom(prefix, from, visit);
    }
    // A block handed over: its values replace those kept.
    void apply(const state::StateDelta &delta)
    {
        for (const auto &[key, value] : delta.changes()) {
            if (const auto it = m_values.find(key); it != m_values.end()) {
                *it = value;
            }
        }
    }
    void clear() { m_values.clear(); }

private:
    const state::StateView *m_base = nullptr;
    mutable QHash<QByteArray, std::optional<cbor::Value>> m_values;
};

// One thread that writes blocks, one at a time.
class Ledger::SealThread {
public:
    SealThread() : m_thread([this] { run(); }) {}
    ~SealThread()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join(); // after any work given to it
    }
    SealThread(const SealThread &) = delete;
    SealThread &operator=(const SealThread &) = delete;

    // Runs work, then done (both on this thread); wait() returns once both have.
    void start(std::function<void()> work, std::function<void()> done)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_work = std::move(work);
            m_done = std::move(done);
            m_busy = true;
        }
        m_wake.notify_all();
    }
    void wait()
    {
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return !m_busy; });
    }

private:
    void run()
    {
#if defined(__linux__)
        pthread_setname_np(pthread_self(), "courtyard-seal"); // tells it apart in top and perf
#endif
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || m_work; });
            if (!m_work) {
                return; // stopping, nothing left to do
            }
            const std::function<void()> work = std::move(m_work);
            const std::function<void()> done = std::move(m_done);
            m_work = nullptr;
            m_done = nullptr;
            lock.unlock();
            work();
            if (done) {
                done(); // before wait() returns: whoever done() posts to may go away after it
            }
            lock.lock();
            m_busy = false;
            m_idle.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::function<void()> m_work;
    std::function<void()> m_done;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread; // last: started once the rest is set up
};

Ledger::Ledger(std::unique_ptr<store::Store> store, const contracts::Registry &registry, ledger::Genesis genesis)
    : m_store(std::move(store))
    , m_engine(registry, std::move(genesis))
{
}

Ledger::~Ledger()
{
    waitForSeal();
}

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
    // While a block is being written: the second connection, with that block on top.
    store::Store &reads = readStore();
    const QByteArray author = body.author.toByteArray();
    if (body.isCosigned()) {
        // Outside its author's sequence lane: sealed once, by its id (one in the block being
        // written is pending, above); its validity and quorum are the engine's to check.
        if (auto found = reads.findTransaction(tx.id()); found) {
            return Verdict(rejection(kDuplicate, tr("this transaction is already in block %1").arg(found->blockHeight)));
        } else if (found.error().code != ErrorCode::NotFound) {
            return fail(found.error());
        }
        return check(tx, timeMs, signatures);
    }
    CY_TRY(quint64 last, lastSealedSequence(body.author, author));
    if (m_inFlight) {
        if (const auto it = m_inFlight->sequence.find(author); it != m_inFlight->sequence.end()) {
            last = std::max(last, it->second);
        }
    }
    // A sealed transaction with this id has this author and sequence, so it can only be there when
    // the sequence is not above the author's last sealed one: no lookup by id otherwise. (One in
    // the block being written is pending, above.)
    if (body.sequence <= last) {
        if (auto found = reads.findTransaction(tx.id()); found) {
            return Verdict(rejection(kDuplicate, tr("this transaction is already in block %1").arg(found->blockHeight)));
        } else if (found.error().code != ErrorCode::NotFound) {
            return fail(found.error());
        }
    }
    if (const auto it = m_pendingSequence.find(author); it != m_pendingSequence.end()) {
        last = std::max(last, it->second);
    }
    if (body.sequence <= last) {
        return Verdict(rejection(kStaleSequence, tr("sequence number %1 of this author was already used (the last is %2)")
                                                     .arg(body.sequence).arg(last)));
    }
    CY_TRY(std::optional<contracts::Rejection> refused, check(tx, timeMs, signatures));
    if (!refused) {
        m_pendingSequence[author] = body.sequence;
    }
    return refused;
}

Result<std::optional<contracts::Rejection>> Ledger::check(const ledger::Transaction &tx, quint64 timeMs,
                                                          contracts::Engine::Signatures signatures)
{
    using Verdict = std::optional<contracts::Rejection>;
    store::Store &reads = readStore();
    CY_TRY(const quint64 blockTime, nextBlockTime(timeMs));
    const store::Store::ReadScope reading(reads); // the contract's reads: one snapshot, one transaction
    static const state::StateDelta nothing;
    if (m_values) {
        m_values->setBase(reads.state());
    }
    const state::OverlayView stored(m_values ? static_cast<const state::StateView &>(*m_values) : reads.state(),
                                    m_inFlight ? m_inFlight->effects.delta : nothing);
    const state::OverlayView view(stored, m_pendingDelta);
    auto effects = m_engine.apply(view, tx, blockTime, signatures);
    if (!effects) {
        return Verdict(effects.error());
    }
    m_pendingDelta.merge(effects->delta);
    m_pending.push_back(tx);
    m_pendingIds.insert(tx.id());
    m_checked.push_back(Checked{blockTime, std::move(*effects)});
    return Verdict();
}

Result<std::unique_ptr<Ledger::InFlight>> Ledger::prepareSeal(quint64 timeMs)
{
    CY_TRY(const quint64 blockTime, m_store->nextBlockTime(timeMs));
    auto job = std::make_unique<InFlight>();
    job->blockTimeMs = blockTime;
    // Every pending transaction's signatures were checked by submit(): the contracts run again
    // (the state and the block time may have changed since), the signature checks need not.
    Applied applied;
    const std::size_t count = m_pending.size();
    const bool allAtThisTime = m_checked.size() == m_pending.size()
                               && std::all_of(m_checked.begin(), m_checked.end(), [&](const Checked &c) { return c.blockTimeMs == blockTime; });
    if (allAtThisTime) {
        // What applyAll would find: every effect as submit() found it (each reused in turn, so
        // each next one sees the state it was checked against), merged in order — which is
        // the pending delta itself. Taken over instead of copied and merged again.
        quint64 logIndex = m_store->log().size();
        for (const Checked &c : m_checked) {
            std::vector<store::PostingRow> rows = postingRows(logIndex++, c.effects.postings);
            applied.effects.postings.insert(applied.effects.postings.end(), rows.begin(), rows.end());
        }
        applied.effects.delta = std::move(m_pendingDelta);
        applied.kept = std::move(m_pending);
    } else {
        const store::Store::ReadScope reading(*m_store);
        applied = applyAll(m_store->state(), m_pending, blockTime, m_store->log().size(),
                           contracts::Engine::Signatures::AlreadyVerified, &m_checked);
    }
    for (const DroppedTransaction &d : applied.dropped) {
        qCInfo(lcNode) << "dropped pending transaction" << crypto::toHex(d.id) << d.rejection.code << d.rejection.message;
    }
    std::size_t nextDropped = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (nextDropped < applied.droppedIndex.size() && applied.droppedIndex[nextDropped] == i) {
            ++nextDropped;
            continue;
        }
        job->keptChecked.push_back(i < m_checked.size() ? std::move(m_checked[i]) : Checked{});
    }
    job->kept = std::move(applied.kept);
    job->dropped = std::move(applied.dropped);
    job->effects = std::move(applied.effects);
    for (const ledger::Transaction &tx : job->kept) {
        job->ids.insert(tx.id());
        if (!tx.body().isCosigned()) {
            quint64 &highest = job->sequence[tx.body().author.toByteArray()];
            highest = std::max(highest, tx.body().sequence);
        }
    }
    clearPending();
    return job;
}

void Ledger::writeBlock(InFlight &job, store::Store &store, const crypto::KeyPair &sealer)
{
    auto root = store.stateRootWith(job.effects.delta);
    if (!root) {
        job.written = Result<ledger::SealedBlock>(fail(root.error()));
        return;
    }
    job.written = store.sealNext(job.kept, *root, job.blockTimeMs, sealer, job.effects);
}

void Ledger::restorePending(InFlight &job)
{
    // The block's transactions first, then those submitted since (checked on top of them).
    std::vector<ledger::Transaction> pending = std::move(job.kept);
    pending.insert(pending.end(), std::make_move_iterator(m_pending.begin()), std::make_move_iterator(m_pending.end()));
    std::vector<Checked> checked = std::move(job.keptChecked);
    checked.insert(checked.end(), std::make_move_iterator(m_checked.begin()), std::make_move_iterator(m_checked.end()));
    state::StateDelta delta = std::move(job.effects.delta);
    delta.merge(m_pendingDelta);
    for (const auto &[author, sequence] : job.sequence) {
        quint64 &highest = m_pendingSequence[author];
        highest = std::max(highest, sequence);
    }
    m_pendingIds.insert(job.ids.begin(), job.ids.end());
    m_pending = std::move(pending);
    m_checked = std::move(checked);
    m_pendingDelta = std::move(delta);
}

Result<SealOutcome> Ledger::sealPending(quint64 timeMs, const crypto::KeyPair &sealer)
{
    SealOutcome outcome;
    if (m_pending.empty()) {
        return outcome;
    }
    if (m_inFlight) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a block is being written: finish it first"));
    }
    // On a storage error everything stays pending, the dropped transactions too.
    const std::vector<ledger::Transaction> pending = m_pending;
    const std::vector<Checked> checked = m_checked;
    const state::StateDelta delta = m_pendingDelta;
    const std::map<QByteArray, quint64> sequence = m_pendingSequence;
    const std::set<ledger::TxId> ids = m_pendingIds;
    CY_TRY(std::unique_ptr<InFlight> job, prepareSeal(timeMs));
    outcome.dropped = std::move(job->dropped);
    if (job->kept.empty()) {
        return outcome;
    }
    writeBlock(*job, *m_store, sealer);
    if (!*job->written) {
        m_pending = pending;
        m_checked = checked;
        m_pendingDelta = delta;
        m_pendingSequence = sequence;
        m_pendingIds = ids;
        return fail(job->written->error());
    }
    outcome.block = std::move(**job->written);
    outcome.transactions = std::move(job->kept);
    noteSealed(outcome.transactions);
    if (m_values) {
        m_values->apply(job->effects.delta);
    }
    return outcome;
}

Result<quint64> Ledger::lastSealedSequence(const crypto::PublicKey &author, const QByteArray &authorBytes)
{
    if (const auto it = m_lastSealed.find(authorBytes); it != m_lastSealed.end()) {
        return it->second;
    }
    CY_TRY(const quint64 last, readStore().lastSealedSequence(author));
    // Kept by the server only (openReader: it alone appends to its ledger, through this Ledger),
    // and only for authors with a sealed transaction: devices, never made-up keys.
    if (m_reader && last > 0) {
        m_lastSealed.emplace(authorBytes, last);
    }
    return last;
}

void Ledger::noteSealed(const std::vector<ledger::Transaction> &transactions)
{
    for (const ledger::Transaction &tx : transactions) {
        const auto it = m_lastSealed.find(tx.body().author.toByteArray());
        if (it != m_lastSealed.end()) {
            it->second = std::max(it->second, tx.body().sequence);
        }
    }
}

Result<void> Ledger::openReader()
{
    if (!m_reader) {
        CY_TRY(m_reader, store::Store::openReader(m_store->path()));
        m_values = std::make_unique<StoredValues>();
    }
    return {};
}

Result<Ledger::SealStart> Ledger::beginSeal(quint64 timeMs, const crypto::KeyPair &sealer, std::function<void()> done)
{
    if (!m_reader) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("beginSeal needs openReader() first"));
    }
    if (m_inFlight) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a block is being written: finish it first"));
    }
    SealStart start;
    if (m_pending.empty()) {
        return start;
    }
    m_sealedHeight = m_store->blockCount() - 1;
    m_sealedLogSize = m_store->log().size();
    CY_TRY(std::unique_ptr<InFlight> job, prepareSeal(timeMs));
    start.dropped = std::move(job->dropped);
    if (job->kept.empty()) {
        return start;
    }
    if (!m_sealThread) {
        m_sealThread = std::make_unique<SealThread>();
    }
    job->sealer = &sealer;
    m_inFlight = std::move(job);
    InFlight *const writing = m_inFlight.get();
    store::Store *const target = m_store.get();
    m_sealThread->start([writing, target] { writeBlock(*writing, *target, *writing->sealer); }, std::move(done));
    start.started = true;
    return start;
}

void Ledger::waitForSeal()
{
    if (m_inFlight && m_sealThread) {
        m_sealThread->wait();
    }
}

Result<SealOutcome> Ledger::finishSeal()
{
    if (!m_inFlight) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no block is being written"));
    }
    m_sealThread->wait();
    const std::unique_ptr<InFlight> job = std::move(m_inFlight);
    if (!*job->written) {
        qCWarning(lcNode) << "writing block" << m_sealedHeight + 1 << "failed; its" << job->kept.size()
                          << "transactions are pending again:" << job->written->error().message;
        restorePending(*job);
        return fail(job->written->error());
    }
    SealOutcome outcome;
    outcome.block = std::move(**job->written);
    outcome.transactions = std::move(job->kept);
    noteSealed(outcome.transactions);
    if (m_values) {
        m_values->apply(job->effects.delta);
    }
    return outcome;
}

const std::vector<ledger::Transaction> &Ledger::sealingTransactions() const
{
    static const std::vector<ledger::Transaction> none;
    return m_inFlight ? m_inFlight->kept : none;
}

bool Ledger::isPending(const ledger::TxId &id) const
{
    return m_pendingIds.count(id) != 0 || (m_inFlight && m_inFlight->ids.count(id) != 0);
}

Result<quint64> Ledger::nextBlockTime(quint64 timeMs)
{
    if (m_inFlight) {
        return std::max(timeMs, m_inFlight->blockTimeMs); // the block being written is at or after the tip's
    }
    return m_store->nextBlockTime(timeMs);
}

Result<store::Store::TransactionLocation> Ledger::findSealed(const ledger::TxId &id)
{
    return readStore().findTransaction(id);
}

Result<store::Store::TransactionLocation> Ledger::findSealed(const crypto::PublicKey &author, quint64 sequence)
{
    return readStore().findTransaction(author, sequence);
}

quint64 Ledger::sealedHeight() const
{
    return m_inFlight ? m_sealedHeight : m_store->blockCount() - 1;
}

quint64 Ledger::sealedLogSize() const
{
    return m_inFlight ? m_sealedLogSize : m_store->log().size();
}

Result<void> Ledger::acceptBlock(const ledger::SealedBlock &block, const std::vector<ledger::Transaction> &transactions)
{
    if (!m_pending.empty() || m_inFlight) {
        return fail(ErrorCode::Conflict, QStringLiteral("cannot accept a block while %1 transactions are pending here")
                                             .arg(m_pending.size() + sealingTransactions().size()));
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
    CY_CHECK(m_store->appendBlock(block, transactions, applied.effects));
    noteSealed(transactions);
    if (m_values) {
        m_values->apply(applied.effects.delta);
    }
    return {};
}

Result<ReplayReport> Ledger::replay()
{
    if (m_values) {
        m_values->clear(); // the projections are rebuilt
    }
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
