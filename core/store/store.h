// courtyard/store: the ledger on disk (SQLite, WAL, synchronous=FULL).
//
// One file holds a community's blocks, their transactions in log order, and this device's
// outbox of transactions not yet sealed. Blocks and transactions are append-only: the schema's
// triggers refuse UPDATE and DELETE. appendBlock() commits a block and all its transactions in
// one SQLite transaction, durably, and only after checking that the block extends the tip (height,
// previous hash, log range) and that its log root is the root of the log with its transactions
// appended. The Merkle log is kept in memory, rebuilt at open from the leaf hashes cached with
// every block (log_leaves, schema version 5), or from the stored bytes if that cache does not fit.
//
// Beside the ledger the file holds projections of it (schema version 2): the contracts' state
// (one row per key, with its state::entryLeaf cached) and the double-entry postings. They are not
// history: they can be cleared and rebuilt by replaying the blocks (rebuildProjections). A
// block's effects (state delta and postings) commit in the same SQLite transaction as the block.
// Schema version 3 adds the running totals of each account (account_totals), kept with the
// postings, so the trial balance is read, not added up. The state's chunks (state.h: each chunk's
// root, and its entries' keys and leaves) are kept in memory, so that the state root after a block
// re-hashes the chunks it touches and reads nothing back from SQLite.
//
// Errors: NotFound (no such file or row), Malformed (not a Courtyard database), SchemaTooNew,
// DiskFull, Conflict (duplicate or out-of-order data), Integrity (a block that does not fit),
// Database (anything else SQLite reports, with its message).
// Thread-safety: a Store is used from one thread at a time. One process writes a ledger; others
// may read it (each read runs in one SQLite snapshot), but a Store's in-memory log and block
// count are those of the moment it was opened or last appended to.
#pragma once

#include "core/base/result.h"
#include "core/ledger/block.h"
#include "core/ledger/genesis.h"
#include "core/ledger/transaction.h"
#include "core/merkle/merkle_log.h"
#include "core/state/state.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace courtyard::store {

// The transactions table's sequence column for tx stored at logIndex: the author's sequence, or
// for a co-signed transaction (format 2, which has none) -(logIndex + 1): negative, so never an
// author's sequence, and unique, so that the table's UNIQUE (author, sequence) holds for every
// co-signed transaction of an author without a new schema. (docs/formats.md)
qint64 sequenceColumn(const ledger::Transaction &tx, quint64 logIndex);

// A transaction row as stored, before any interpretation (the verifier checks it).
struct StoredTransaction {
    quint64 logIndex = 0;
    quint64 blockHeight = 0;
    QByteArray id;
    QString kind;
    QByteArray author;
    qint64 sequence = 0;
    QByteArray bytes;
};

// A block row as stored, with its transaction rows.
struct StoredBlock {
    quint64 height = 0;
    QByteArray hash;
    QByteArray header;
    QByteArray signature;
    QByteArray checkpointSignature;
    std::vector<StoredTransaction> transactions;
};

enum class OutboxState { Pending, Sealed, Rejected };
QString outboxStateName(OutboxState state);

struct OutboxEntry {
    ledger::TxId id{};
    QByteArray bytes;
    quint64 sequence = 0;
    quint64 createdMs = 0;
    OutboxState state = OutboxState::Pending;
    QString reasonCode;
    QString reason;
    std::optional<quint64> blockHeight;
    std::optional<quint64> logIndex;
};

// One line of a double-entry posting as stored: the transaction's log index, its place among
// that transaction's postings, the account, the ISO 4217 code and the amount in minor units
// (positive debit, negative credit).
struct PostingRow {
    quint64 logIndex = 0;
    int ordinal = 0;
    QString account;
    QString currency;
    qint64 amount = 0;

    friend bool operator==(const PostingRow &, const PostingRow &) = default;
};

// The totals of one account in one currency over all its postings (schema version 3): debits is
// the sum of the positive amounts, credits the sum of the negative ones negated, in minor units.
struct AccountTotalsRow {
    QString account;
    QString currency;
    qint64 debits = 0;
    qint64 credits = 0;
    quint64 postings = 0;

    friend bool operator==(const AccountTotalsRow &, const AccountTotalsRow &) = default;
};

// A posting with the transaction it belongs to.
struct AccountPosting {
    PostingRow posting;
    quint64 blockHeight = 0;
    QByteArray transactionId;
    QString kind;
};

// What a block does to the projections: the merged state delta of its transactions and their
// postings. Empty for ledgers whose transactions have no contracts.
struct BlockEffects {
    state::StateDelta delta;
    std::vector<PostingRow> postings;
};

class StateTable;
class StateChunks;
class Checkpointer;
class StatementPool;

struct OpenOptions {
    // Opens without writing anything: no migration, no journal-mode change. For verifying a
    // backup or a ledger on a read-only disk. A schema older than version 4 is then an error
    // (version 4 lacks only the cached leaf hashes: its log is hashed from the bytes).
    bool readOnly = false;
    // Fault injection for tests: caps the database size in pages to simulate a full disk.
    std::optional<qint64> maxPageCountForTesting;
    // Copies the WAL into the database file (SQLite's checkpoint, once the WAL passes
    // backgroundCheckpointPages) on a thread of its own with its own connection, instead of inside
    // the commit that filled the WAL: for the server, whose commits run on the thread that answers
    // devices. Nothing changes for durability: a commit is on disk (in the WAL) when it returns
    // either way. Should that thread fall behind, a commit checkpoints itself once the WAL passes
    // four times backgroundCheckpointPages.
    bool checkpointInBackground = false;
    // 30,000 pages (about 120 MiB of WAL, up to twice that under sustained load before the WAL
    // starts over; SQLite's own threshold is 1,000): a checkpoint copies each page once however
    // many blocks changed it, and a busy server's blocks change the same index pages again and
    // again (docs/benchmarks.md, sixth round: a third of the checkpoint work at saturation).
    int backgroundCheckpointPages = 30000;
    // Fault injection for tests: each block's write waits this long before its COMMIT (its rows
    // written, the SQLite transaction open), so that a test can kill the process mid-commit.
    int commitDelayMsForTesting = 0;
};

class Store {
public:
    // Opens an existing ledger, applying pending schema migrations. NotFound if the file does
    // not exist; SchemaTooNew if a newer Courtyard wrote it; Malformed if it is not a ledger.
    static Result<std::unique_ptr<Store>> open(const QString &path, const OpenOptions &options = {});

    // A second connection to a ledger another Store of this process writes, for reading only
    // while that Store writes on another thread (the server's sealing thread): state(),
    // findTransaction(), lastSealedSequence(), forEachBlock() and ReadScope, each read in one
    // snapshot of what was committed (a commit in progress is either all there or not at all).
    // Its log(), blockCount() and tip() are not kept: ask the writing Store. Writes through it
    // fail (PRAGMA query_only). No migration: open the writing Store first.
    static Result<std::unique_ptr<Store>> openReader(const QString &path);

    // Creates a new ledger file holding the genesis block (height 0, log index 0), all or
    // nothing: the file is built under a temporary name and appears at path only when complete.
    // Conflict if the file already exists.
    static Result<std::unique_ptr<Store>> create(const QString &path, const ledger::Genesis &genesis,
                                                 const crypto::KeyPair &sealer, quint64 timeMs,
                                                 const OpenOptions &options = {});
    // The same, with the effects of applying the genesis transaction: they are written with
    // block 0, whose state root is then the root of the state they make (computed here, so it
    // cannot disagree with them). The state root of the form above is that of the empty state.
    static Result<std::unique_ptr<Store>> create(const QString &path, const ledger::Genesis &genesis,
                                                 const crypto::KeyPair &sealer, quint64 timeMs,
                                                 const BlockEffects &genesisEffects, const OpenOptions &options = {});
    // A device's copy of a community's ledger, begun from block 0 as the community's server sealed
    // it (not sealed here): the block must hold exactly the genesis transaction (its log root
    // says so) and is written with the genesis effects, all or nothing like create(). Its seal
    // and state root are the caller's to verify (node::Ledger::createFromGenesisBlock does).
    static Result<std::unique_ptr<Store>> createFromBlock(const QString &path, const ledger::SealedBlock &block0,
                                                          const ledger::Transaction &genesisTx,
                                                          const BlockEffects &genesisEffects, const OpenOptions &options = {});

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const QString &path() const { return m_path; }
    // Checkpoints done by the background thread so far (OpenOptions::checkpointInBackground).
    quint64 backgroundCheckpointsForTesting() const;
    int schemaVersion() const { return m_schemaVersion; }

    // Decoded from the first transaction; errors if that row is missing or damaged.
    Result<ledger::Genesis> genesis();

    quint64 blockCount() const { return m_blockCount; }
    const merkle::MerkleLog &log() const { return m_log; }
    // Whether open() built log() from the cached leaf hashes (log_leaves, schema version 5)
    // rather than by hashing every transaction's bytes (the fallback when the cache does not
    // cover exactly the stored transactions or does not lead to the tip's log root).
    bool logReadFromLeafCache() const { return m_logFromLeafCache; }
    // Streams the cached leaf hashes (log_leaves) in log order, one row per block: the block's
    // first log index and its leaves concatenated (32 bytes each), read in one snapshot. For the
    // verifier, which checks them against the hashes of the bytes. Stops when visit returns false.
    Result<void> forEachCachedLeaves(const std::function<bool(quint64 firstIndex, QByteArrayView leaves)> &visit);
    // The last block, decoded. NotFound on an empty store.
    Result<ledger::SealedBlock> tip();

    Result<StoredBlock> block(quint64 height);
    // Streams every block from fromHeight in order with its transactions, all read in one
    // snapshot; stops early when the callback returns false. When the stream runs to the end,
    // *unclaimed (if given) is set to the number of transaction rows that no block claimed.
    Result<void> forEachBlock(quint64 fromHeight, const std::function<bool(StoredBlock &&)> &callback,
                              quint64 *unclaimed = nullptr);

    struct TransactionLocation {
        quint64 logIndex = 0;
        quint64 blockHeight = 0;
        QByteArray bytes;
    };
    Result<TransactionLocation> findTransaction(const ledger::TxId &id);
    // The sealed transaction of author with that sequence (at most one: UNIQUE), NotFound if none.
    Result<TransactionLocation> findTransaction(const crypto::PublicKey &author, quint64 sequence);
    // The highest sealed sequence of an author, 0 if none (co-signed transactions have none).
    Result<quint64> lastSealedSequence(const crypto::PublicKey &author);

    // Appends a sealed block and its transactions atomically and durably. Checks that it
    // extends the tip and that its log root matches; does not check signatures (the caller
    // sealed or verified them). Outbox entries with these ids become sealed in the same commit.
    // Whether block can follow this ledger's tip, by its header alone: header bytes and hash,
    // height, transaction count, first log index, previous hash, community, time not going back.
    // Integrity ("block N does not extend this ledger: ...") otherwise. appendBlock checks it too.
    Result<void> checkExtends(const ledger::SealedBlock &block, const std::vector<ledger::Transaction> &transactions);
    Result<void> appendBlock(const ledger::SealedBlock &block, const std::vector<ledger::Transaction> &transactions);
    // The same, writing the block's effects to the projections in the same SQLite transaction:
    // all or nothing. The postings must lie in the block's log range (InvalidArgument); a
    // duplicate (log index, ordinal) is a Conflict. The state root in the header is not checked
    // against the effects here (the caller computed it with stateRootWith, or verifies it).
    Result<void> appendBlock(const ledger::SealedBlock &block, const std::vector<ledger::Transaction> &transactions,
                             const BlockEffects &effects);

    // Builds the next block over transactions (log range, log root, previous hash from the
    // tip), seals it with sealer and appends it. Block time never goes backwards: it is the
    // later of timeMs and the tip's time.
    Result<ledger::SealedBlock> sealNext(const std::vector<ledger::Transaction> &transactions,
                                         const crypto::Digest &stateRoot, quint64 timeMs,
                                         const crypto::KeyPair &sealer);
    // The same, appending the block with its effects.
    Result<ledger::SealedBlock> sealNext(const std::vector<ledger::Transaction> &transactions,
                                         const crypto::Digest &stateRoot, quint64 timeMs,
                                         const crypto::KeyPair &sealer, const BlockEffects &effects);
    // The time the next block gets when sealed at timeMs: never before the tip's.
    Result<quint64> nextBlockTime(quint64 timeMs);

    // Reads made while a ReadScope is alive share one SQLite read transaction (one snapshot),
    // instead of opening one per statement: for a burst of reads such as a contract's. Scopes
    // nest. Nothing may be written through this Store while one is alive (appendBlock and the
    // other writers start their own transaction and would fail with Database).
    class ReadScope {
    public:
        explicit ReadScope(Store &store);
        ~ReadScope();
        ReadScope(const ReadScope &) = delete;
        ReadScope &operator=(const ReadScope &) = delete;

    private:
        Store &m_store;
        bool m_open = false;
    };

    // --- Projections (schema version 2) ---

    // The contracts' state as stored: get() is one indexed lookup, scan() one range scan
    // (key >= prefix AND key < the prefix's successor) in key order. Reads see this
    // connection's own uncommitted writes (during rebuildProjections). The view lives as long as
    // the Store; a visitor must not write to the store.
    const state::StateView &state() const;
    // The state root of the stored state (state::stateRoot of state()), from the cached leaves.
    Result<merkle::Hash> stateRoot();
    // The state root the stored state would have with delta applied, without writing anything:
    // the stored leaves in key order merged with the delta's (re-encoding only the delta).
    Result<merkle::Hash> stateRootWith(const state::StateDelta &delta);
    // Number of state entries.
    Result<quint64> stateEntryCount();
    // Number of posting rows, and every posting row in (log index, ordinal) order.
    Result<quint64> postingCount();
    Result<std::vector<PostingRow>> postings();
    // One account's postings in log order: a range scan of the (account, log_index) index.
    Result<std::vector<PostingRow>> postingsForAccount(const QString &account);
    // The postings of these accounts in (log index, ordinal) order, each with its transaction's
    // id, kind and block: one index range per account, joined with the transactions.
    Result<std::vector<AccountPosting>> accountPostings(const QStringList &accounts);
    // Every (account, currency) with postings and its totals, kept with every block (schema
    // version 3), in (account, currency) byte order.
    Result<std::vector<AccountTotalsRow>> accountTotals();
    // The time in block `height`'s header (kept once read). NotFound if there is no such block.
    Result<quint64> blockTime(quint64 height);
    // The projections row by row as stored, nothing interpreted, for checking them against a
    // replay of the blocks (node::checkProjections). Every posting in (log index, ordinal) order
    // with the block height stored beside it; every state row in key order: key, value bytes and
    // cached leaf bytes (neither checked here). Each streams in one read transaction and stops
    // when visit returns false. Database errors only.
    Result<void> forEachPostingRow(const std::function<bool(const PostingRow &row, quint64 blockHeight)> &visit);
    // The same for the posting rows whose log index is in [fromLogIndex, throughLogIndex] (no
    // upper bound when nullopt): one range of the primary key, so that a caller can compare the
    // postings block by block while it streams the blocks (inside a ReadScope: one snapshot).
    Result<void> forEachPostingRow(quint64 fromLogIndex, std::optional<quint64> throughLogIndex,
                                   const std::function<bool(const PostingRow &row, quint64 blockHeight)> &visit);
    Result<void> forEachStateRow(const std::function<bool(QByteArrayView key, QByteArrayView value, QByteArrayView leaf)> &visit);

    // Rebuilds the projections in one SQLite transaction: clears state and postings, then runs
    // replay, which writes each block's effects with writeProjection() in order. If replay (or
    // anything else) fails, everything is rolled back and the old projections stay.
    Result<void> rebuildProjections(const std::function<Result<void>()> &replay);
    // Writes one block's effects; only inside rebuildProjections' replay (InvalidArgument
    // otherwise). blockHeight must name a stored block.
    Result<void> writeProjection(quint64 blockHeight, const BlockEffects &effects);

    // Outbox. enqueue() reserves the author's next sequence, lets build() make and sign the
    // transaction with it, and stores both in one SQLite transaction before returning.
    Result<OutboxEntry> enqueue(const crypto::PublicKey &author, quint64 createdMs,
                                const std::function<Result<ledger::Transaction>(quint64 sequence)> &build);
    Result<std::vector<OutboxEntry>> outbox(std::optional<OutboxState> state = std::nullopt);
    Result<void> markRejected(const ledger::TxId &id, const QString &reasonCode, const QString &reason);

private:
    Store();
    static Result<std::unique_ptr<Store>> openHandle(const QString &path, bool create, const OpenOptions &options);
    static Result<void> buildNew(const QString &path, const ledger::Genesis &genesis, const crypto::KeyPair &sealer,
                                 quint64 timeMs, const BlockEffects &genesisEffects);
    // Runs build on a temporary file next to path, then links it into place.
    static Result<std::unique_ptr<Store>> createAtomically(const QString &path,
                                                           const std::function<Result<void>(const QString &temporary)> &build,
                                                           const OpenOptions &options);
    Result<void> migrate();
    Result<void> loadLog();
    Result<void> readLog();
    Result<QString> readLogFromLeafCache(); // why the cache cannot be used, empty when m_log was read from it
    Result<void> fillLeafCache();        // schema migration to version 5
    Result<StoredBlock> blockRow(quint64 height); // the block row only, without transactions
    Result<void> exec(const char *sql);
    Result<void> streamBlocks(quint64 fromHeight, const std::function<bool(StoredBlock &&)> &callback, quint64 *unclaimed);
    Error sqliteError(const QString &what) const;
    Result<void> insertBlock(const ledger::SealedBlock &block, const std::vector<ledger::Transaction> &transactions);
    Result<void> insertEffects(quint64 blockHeight, const BlockEffects &effects);
    // The stored state's leaves in key order.
    Result<void> readLeaves(const std::function<void(QByteArrayView, const merkle::Hash &)> &visit);
    Result<StateChunks *> chunks(); // loaded, and current with the file
    void forgetChunks();

    sqlite3 *m_db = nullptr;
    std::unique_ptr<StatementPool> m_statements; // before m_state, which uses it
    QString m_path;
    int m_schemaVersion = 0;
    quint64 m_blockCount = 0;
    merkle::MerkleLog m_log;
    bool m_logFromLeafCache = false;
    std::optional<ledger::SealedBlock> m_tip;  // cached: read once, then kept by appendBlock
    std::optional<ledger::Genesis> m_genesis; // cached: genesis never changes
    std::unique_ptr<StateTable> m_state;
    bool m_rebuilding = false;
    std::unordered_map<quint64, quint64> m_blockTimes; // height -> time, read by blockTime()
    std::unique_ptr<StateChunks> m_chunks;
    qint64 m_chunksDataVersion = 0;
    struct PreparedRuns;
    std::unique_ptr<PreparedRuns> m_preparedRuns; // what the last stateRootWith's delta does to the chunks
    std::unique_ptr<Checkpointer> m_checkpointer;  // OpenOptions::checkpointInBackground; closed before m_db
    int m_commitDelayMs = 0;                         // OpenOptions::commitDelayMsForTesting
};

} // namespace courtyard::store
