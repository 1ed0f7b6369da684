// courtyard/node: runs the community's contracts over its ledger.
//
// A Ledger owns a Store and a contracts::Engine. Transactions are submitted one by one: each is
// checked with its contract against the stored state plus the effects of the transactions
// already pending, and either kept pending for the next block or refused with the contract's
// Rejection (nothing changes). sealPending() re-checks the pending transactions in order against
// the stored state, drops (and reports) any that became invalid, computes the state root after
// the block, seals the block with it and appends the block, its state delta and its postings in
// one SQLite transaction. A contract's effects depend only on the state it sees, the transaction
// and the block time: while the block time at sealing is the one a transaction was checked at
// and everything before it in the block came out as it did then, its effects from submit() are
// used again instead of running its contract a second time (a period close sealed at once costs
// one run, not two). acceptBlock() does the same for a block sealed elsewhere, checking its
// seal and state root before writing anything. replay() rebuilds the projections from genesis
// and checks every block's state root against its header.
//
// The state root after a block is computed without writing (Store::stateRootWith: the stored
// leaves in key order merged with the block's delta), because the header that carries it must be
// signed before the block is appended, and so that a block received from elsewhere is checked
// before anything of it is written.
//
// Concurrent sealing (the server): after openReader(), beginSeal() takes the pending transactions
// out as the block being written and hands the writing — state root, block rows, COMMIT — to a
// sealing thread of the Ledger's own, which alone uses store() until the block is committed.
// Meanwhile submit() checks the next block's transactions against "stored + block being written
// + pending": its reads go through a second SQLite connection (Store::openReader) with the
// block's state delta on top. A snapshot of that connection either has the whole block or none
// of it (one SQLite transaction), and the delta sets each key it touches to its value after the
// block, so both give the same view. The same holds for sequences (the highest of stored and
// block; a co-signed transaction, ledger format 2, has none and is refused only when its id is
// sealed or pending), ids (the block's are "pending" until finishSeal) and block time (never before the
// block's). finishSeal(), on the submitting thread once `done` was called, returns the committed
// block: only then may anything be answered "sealed". When the write failed nothing was written
// and the block's transactions are pending again, ahead of those submitted since (checked
// against them). One block is written at a time, so log order is the order of beginSeal calls.
//
// Errors: Results fail for storage errors (Store's codes), InvalidArgument for misuse, Integrity
// when a block does not replay to its header's state root; a refused transaction is a
// contracts::Rejection, a value, not an error.
// Thread-safety: a Ledger is used from one thread at a time, apart from its own sealing thread
// (above). While a block is being written, store() belongs to that thread: call waitForSeal()
// before using store() directly. The Registry passed in must outlive the Ledger.
#pragma once

#include "contracts/engine.h"
#include "core/base/result.h"
#include "core/store/store.h"

#include <QString>

#include <functional>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace courtyard::node {

// Rejection codes of the node's own checks, before the contract runs.
inline constexpr char kDuplicate[] = "duplicate";            // already sealed or already pending
inline constexpr char kStaleSequence[] = "stale-sequence";   // not above the author's last sequence
inline constexpr char kGenesisExists[] = "genesis-exists";   // a second genesis transaction

struct DroppedTransaction {
    ledger::TxId id{};
    contracts::Rejection rejection;
};

struct SealOutcome {
    // The new block; nullopt when nothing was pending or every pending transaction was dropped.
    std::optional<ledger::SealedBlock> block;
    // Its transactions in log order (from block.header.firstIndex on).
    std::vector<ledger::Transaction> transactions;
    // Pending transactions that became invalid by the time they were sealed, in order.
    std::vector<DroppedTransaction> dropped;
};

struct ReplayProblem {
    quint64 height = 0;
    std::optional<quint64> logIndex;
    QString reason;

    // "block 7: the state root after replay (ab12…) is not the header's (cd34…)"
    QString describe() const;
};

struct ReplayReport {
    quint64 blocks = 0;       // blocks replayed whose state root matched
    quint64 transactions = 0; // transactions in those blocks
    std::optional<ReplayProblem> problem; // the first block that differs; projections then unchanged

    bool ok() const { return !problem.has_value(); }
};

// The promises every ledger keeps after every block, checked from what is stored: each
// transaction's postings sum to zero per currency (so the trial balance balances); the account
// totals the trial balance reads are the sums of the postings; no invoice
// is paid more than its amount or has a negative amount; no prepaid credit is negative (these two
// are contracts::checkStateInvariants, shared with the contract tests); the
// stored state's root is the one the last block's header carries. Returns what is broken, in
// words; empty when all hold. (That replay gives the same roots is Ledger::replay.)
Result<QStringList> checkInvariants(store::Store &store);

// The posting rows of one transaction: amounts as minor units with their ISO 4217 code,
// ordinals in the contract's order.
std::vector<store::PostingRow> postingRows(quint64 logIndex, const std::vector<contracts::Posting> &postings);

class Ledger {
public:
    // Creates a ledger file whose block 0 carries the genesis transaction, its effects (applied
    // by the registry's "genesis" contract to the empty state) and the state root after them.
    // InvalidArgument when the genesis contract refuses; Store::create's errors otherwise.
    static Result<std::unique_ptr<Ledger>> create(const QString &path, const contracts::Registry &registry,
                                                  const ledger::Genesis &genesis, const crypto::KeyPair &sealer,
                                                  quint64 timeMs, const store::OpenOptions &options = {});
    // A device's ledger, begun from block 0 as received from the community's server: the
    // transaction must be a genesis transaction, the block's seal must verify with the sealer that
    // genesis names, its log must be that transaction alone and its state root the one the
    // genesis contract makes. Integrity otherwise, and nothing is created. Block 0 vouches only
    // for itself: check genesis() against what the device was told at enrollment.
    static Result<std::unique_ptr<Ledger>> createFromGenesisBlock(const QString &path, const contracts::Registry &registry,
                                                                  const ledger::SealedBlock &block0,
                                                                  const ledger::Transaction &genesisTx,
                                                                  const store::OpenOptions &options = {});
    // Opens a ledger. If the stored state's root is not the tip's (projections cleared, or a
    // file from before schema version 2), the projections are rebuilt by replay(); Integrity
    // naming the first differing block when that fails.
    static Result<std::unique_ptr<Ledger>> open(const QString &path, const contracts::Registry &registry,
                                                const store::OpenOptions &options = {});

    ~Ledger(); // waits for a block being written
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    // Checks tx against the stored state plus the pending transactions' effects, at the time
    // the next block would get when sealed at timeMs. nullopt: accepted and pending. A
    // Rejection: refused, nothing changed. Fails only when the store cannot be read.
    // AlreadyVerified: the caller has checked these exact bytes' signatures (on another thread).
    Result<std::optional<contracts::Rejection>> submit(const ledger::Transaction &tx, quint64 timeMs,
                                                       contracts::Engine::Signatures signatures = contracts::Engine::Signatures::Verify);

    // Seals the pending transactions into the next block (see the file comment). On a storage
    // error nothing is written and the transactions stay pending.
    Result<SealOutcome> sealPending(quint64 timeMs, const crypto::KeyPair &sealer);

    // Applies a block sealed elsewhere: its seal must verify with the genesis sealer, every
    // transaction must pass its contract and the state root after it must be the header's
    // (Integrity otherwise, nothing written). Conflict while transactions are pending here.
    // The transactions' signatures are checked on every core first (the contracts then run in
    // order on the calling thread); when one fails, the block is checked in order again so that
    // the error names the first transaction that fails, as before.
    Result<void> acceptBlock(const ledger::SealedBlock &block, const std::vector<ledger::Transaction> &transactions);

    // Rebuilds state and postings from genesis in one SQLite transaction, re-applying every
    // block's transactions and comparing each state root with the header's. On a problem the
    // rebuild is rolled back (the projections are as before) and the report names it.
    Result<ReplayReport> replay();

    // --- Concurrent sealing (see the file comment) ---
    // Opens the second connection submit() reads through while a block is being written.
    Result<void> openReader();
    // Takes the pending transactions as the next block and starts writing it on the sealing
    // thread, which calls done (on that thread) when the block is committed or failed. Returns
    // the pending transactions that became invalid (they are left out; false `started` when
    // nothing is left to write, and done is not called). InvalidArgument without openReader()
    // or while a block is being written. On a storage error nothing changes.
    struct SealStart {
        bool started = false;
        std::vector<DroppedTransaction> dropped;
    };
    Result<SealStart> beginSeal(quint64 timeMs, const crypto::KeyPair &sealer, std::function<void()> done);
    // True from beginSeal() until finishSeal().
    bool sealing() const { return m_inFlight != nullptr; }
    // Blocks until the block being written is committed (or failed); at once when none is.
    void waitForSeal();
    // The block begun by beginSeal(), once committed (waits for it if need be); its dropped
    // list is empty (beginSeal returned those). On a storage error the block's transactions
    // are pending again and the error is returned. InvalidArgument when no block was begun.
    Result<SealOutcome> finishSeal();
    // The transactions of the block being written, in log order (empty when none).
    const std::vector<ledger::Transaction> &sealingTransactions() const;
    // The time the next block gets when sealed at timeMs: never before the last block's, nor
    // before the block being written.
    Result<quint64> nextBlockTime(quint64 timeMs);
    // A sealed transaction by id, or by author and sequence (NotFound when none), read without
    // touching store() while a block is being written (the block's own are not sealed yet).
    Result<store::Store::TransactionLocation> findSealed(const ledger::TxId &id);
    Result<store::Store::TransactionLocation> findSealed(const crypto::PublicKey &author, quint64 sequence);
    // The last sealed block's height and the log size after it, as of the last finished seal.
    quint64 sealedHeight() const;
    quint64 sealedLogSize() const;

    store::Store &store() { return *m_store; }
    const contracts::Engine &engine() const { return m_engine; }
    const std::vector<ledger::Transaction> &pending() const { return m_pending; }
    // Pending, or in the block being written.
    bool isPending(const ledger::TxId &id) const;
    // The stored state with the pending transactions' effects on top.
    const state::StateDelta &pendingDelta() const { return m_pendingDelta; }

private:
    struct Applied {
        store::BlockEffects effects;
        std::vector<ledger::Transaction> kept;
        std::vector<DroppedTransaction> dropped;
        std::vector<quint64> droppedIndex; // position in the input of each dropped transaction
    };
    // What submit() found for a pending transaction, and at which block time.
    struct Checked {
        quint64 blockTimeMs = 0;
        contracts::Effects effects;
    };

    Ledger(std::unique_ptr<store::Store> store, const contracts::Registry &registry, ledger::Genesis genesis);
    // submit() after its sequence or id checks: the contract over stored + pending; accepted,
    // it is pending.
    Result<std::optional<contracts::Rejection>> check(const ledger::Transaction &tx, quint64 timeMs,
                                                      contracts::Engine::Signatures signatures);
    // Applies txs in order on top of base, each seeing the effects of those before it; a
    // refused transaction is dropped and the next one gets its log index.
    // With `checked` (one per transaction, from submit), effects found at the same block time are
    // used again while everything before them came out the same.
    Applied applyAll(const state::StateView &base, const std::vector<ledger::Transaction> &txs, quint64 blockTimeMs,
                     quint64 firstIndex,
                     contracts::Engine::Signatures signatures = contracts::Engine::Signatures::Verify,
                     const std::vector<Checked> *checked = nullptr) const;
    void clearPending();
    struct InFlight;
    class StoredValues;
    // What submit() reads: the second connection while a block is being written.
    store::Store &readStore() { return m_inFlight ? *m_reader : *m_store; }
    // Writes a prepared block (state root, block, COMMIT): the sealing thread's work.
    static void writeBlock(InFlight &job, store::Store &store, const crypto::KeyPair &sealer);
    // Takes the pending transactions out and applies them for sealing at blockTime.
    Result<std::unique_ptr<InFlight>> prepareSeal(quint64 timeMs);
    void restorePending(InFlight &job);
    // The highest sealed sequence of an author (with openReader(): kept once read, raised with
    // every block appended through this Ledger).
    Result<quint64> lastSealedSequence(const crypto::PublicKey &author, const QByteArray &authorBytes);
    void noteSealed(const std::vector<ledger::Transaction> &transactions);
    class SealThread;

    std::unique_ptr<store::Store> m_store;
    contracts::Engine m_engine;
    std::vector<ledger::Transaction> m_pending;
    std::vector<Checked> m_checked; // one per pending transaction
    state::StateDelta m_pendingDelta;
    std::map<QByteArray, quint64> m_pendingSequence; // author key bytes -> highest pending sequence
    std::set<ledger::TxId> m_pendingIds;
    std::map<QByteArray, quint64> m_lastSealed; // author key bytes -> highest sealed sequence (authors with one)
    std::unique_ptr<store::Store> m_reader; // openReader()
    std::unique_ptr<StoredValues> m_values; // openReader(): decoded stored values the contracts read at submit
    std::unique_ptr<InFlight> m_inFlight;   // the block being written
    std::unique_ptr<SealThread> m_sealThread;
    quint64 m_sealedHeight = 0;
    quint64 m_sealedLogSize = 0;
};

} // namespace courtyard::node
