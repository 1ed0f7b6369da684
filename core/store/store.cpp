#include "core/store/store.h"

#include "core/store/chunk_tree.h"
#include "core/store/migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <limits>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

#include <fcntl.h>
#include <unistd.h>
#if defined(__linux__)
#include <pthread.h>
#endif

namespace courtyard::store {

Q_LOGGING_CATEGORY(lcStore, "courtyard.store")

namespace {

} // namespace

// Prepared statements kept for reuse, by SQL text (a string literal of this file): preparing
// costs more than running most of the store's queries. A statement in use is out of the pool,
// so a visitor may run the same query while a scan of it is running (it gets another one).
class StatementPool {
public:
    StatementPool() = default;
    ~StatementPool() { clear(); }
    StatementPool(const StatementPool &) = delete;
    StatementPool &operator=(const StatementPool &) = delete;

    sqlite3_stmt *take(sqlite3 *db, const char *sql, int *rc)
    {
        std::vector<sqlite3_stmt *> &free = m_free[sql];
        if (!free.empty()) {
            sqlite3_stmt *stmt = free.back();
            free.pop_back();
            *rc = SQLITE_OK;
            return stmt;
        }
        sqlite3_stmt *stmt = nullptr;
        *rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        return stmt;
    }
    void give(const char *sql, sqlite3_stmt *stmt)
    {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        m_free[sql].push_back(stmt);
    }
    // Finalizes every pooled statement (before the connection closes).
    void clear()
    {
        for (auto &[sql, statements] : m_free) {
            for (sqlite3_stmt *stmt : statements) {
                sqlite3_finalize(stmt);
            }
        }
        m_free.clear();
    }

private:
    std::unordered_map<const char *, std::vector<sqlite3_stmt *>> m_free;
};

namespace {

// RAII prepared statement with typed binds and reads: prepared for one use, or taken from a
// pool and given back (reset) when done.
class Statement {
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    }
    Statement(StatementPool &pool, sqlite3 *db, const char *sql) : m_pool(&pool), m_sql(sql)
    {
        m_stmt = pool.take(db, sql, &m_rc);
    }
    ~Statement()
    {
        if (m_pool && m_rc == SQLITE_OK && m_stmt) {
            m_pool->give(m_sql, m_stmt);
        } else {
            sqlite3_finalize(m_stmt);
        }
    }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    int prepareCode() const { return m_rc; }

    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bindBlob(int i, QByteArrayView v)
    {
        if (v.isEmpty()) {
            sqlite3_bind_zeroblob(m_stmt, i, 0); // an empty BLOB, not NULL (which a null data pointer would bind)
            return;
        }
        sqlite3_bind_blob64(m_stmt, i, v.data(), sqlite3_uint64(v.size()), SQLITE_TRANSIENT);
    }
    void bindText(int i, const QString &v)
    {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text64(m_stmt, i, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }

    int step() { return sqlite3_step(m_stmt); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    qint64 int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    // Valid until the next step or reset.
    QByteArrayView blobView(int col) const
    {
        const void *p = sqlite3_column_blob(m_stmt, col);
        const int n = sqlite3_column_bytes(m_stmt, col);
        return p ? QByteArrayView(static_cast<const char *>(p), n) : QByteArrayView();
    }
    QByteArray blob(int col) const
    {
        const void *p = sqlite3_column_blob(m_stmt, col);
        const int n = sqlite3_column_bytes(m_stmt, col);
        return p ? QByteArray(static_cast<const char *>(p), n) : QByteArray();
    }
    QString text(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        const int n = sqlite3_column_bytes(m_stmt, col);
        return p ? QString::fromUtf8(p, n) : QString();
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
    StatementPool *m_pool = nullptr;
    const char *m_sql = nullptr;
};

ErrorCode codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL: return ErrorCode::DiskFull;
    case SQLITE_CONSTRAINT: return ErrorCode::Conflict;
    case SQLITE_NOTADB: return ErrorCode::Malformed;
    case SQLITE_CANTOPEN: return ErrorCode::Io;
    case SQLITE_IOERR: return ErrorCode::Io;
    default: return ErrorCode::Database;
    }
}

OutboxState stateFromName(const QString &name)
{
    if (name == QLatin1String("sealed")) {
        return OutboxState::Sealed;
    }
    if (name == QLatin1String("rejected")) {
        return OutboxState::Rejected;
    }
    return OutboxState::Pending;
}

// The smallest key greater than every key that starts with prefix; nullopt when there is none
// (an empty prefix or one of only 0xff bytes).
std::optional<QByteArray> prefixSuccessor(QByteArrayView prefix)
{
    QByteArray next = prefix.toByteArray();
    while (!next.isEmpty() && quint8(next.back()) == 0xff) {
        next.chop(1);
    }
    if (next.isEmpty()) {
        return std::nullopt;
    }
    next.back() = char(quint8(next.back()) + 1);
    return next;
}

const BlockEffects &noEffects()
{
    static const BlockEffects none;
    return none;
}

} // namespace

// The state table seen as a state::StateView. Statements come from the store's pool, which
// hands out another one when a visitor calls get() (or scans again) while a scan is running.
class StateTable final : public state::StateView {
public:
    StateTable(sqlite3 *const *db, const QString *path, StatementPool *pool) : m_db(db), m_path(path), m_pool(pool) {}

    Result<std::optional<cbor::Value>> get(QByteArrayView key) const override
    {
        Statement s(*m_pool, *m_db, "SELECT value FROM state WHERE key = ?");
        if (!s.ok()) {
            return fail(error(QStringLiteral("cannot read the state")));
        }
        s.bindBlob(1, key);
        const int rc = s.step();
        if (rc == SQLITE_DONE) {
            return std::optional<cbor::Value>();
        }
        if (rc != SQLITE_ROW) {
            return fail(error(QStringLiteral("cannot read the state")));
        }
        CY_TRY(cbor::Value value, decodeValue(key, s.blob(0)));
        return std::optional<cbor::Value>(std::move(value));
    }

    Result<void> scan(QByteArrayView prefix, const state::Visitor &visit) const override
    {
        return scanFrom(prefix, prefix, visit);
    }

    Result<void> scanFrom(QByteArrayView prefix, QByteArrayView from, const state::Visitor &visit) const override
    {
        const std::optional<QByteArray> end = prefixSuccessor(prefix);
        Statement s(*m_pool, *m_db,
                    end ? "SELECT key, value FROM state WHERE key >= ?1 AND key < ?2 ORDER BY key"
                        : "SELECT key, value FROM state WHERE key >= ?1 ORDER BY key");
        if (!s.ok()) {
            return fail(error(QStringLiteral("cannot read the state")));
        }
        s.bindBlob(1, std::max(prefix.toByteArray(), from.toByteArray()));
        if (end) {
            s.bindBlob(2, *end);
        }
        int rc = SQLITE_ROW;
        while ((rc = s.step()) == SQLITE_ROW) {
            const QByteArray key = s.blob(0);
            CY_TRY(const cbor::Value value, decodeValue(key, s.blob(1)));
            if (!visit(key, value)) {
                return {};
            }
        }
        if (rc != SQLITE_DONE) {
            return fail(error(QStringLiteral("cannot read the state")));
        }
        return {};
    }

private:
    Result<cbor::Value> decodeValue(QByteArrayView key, const QByteArray &bytes) const
    {
        auto value = cbor::decode(bytes);
        if (!value) {
            return fail(ErrorCode::Integrity, QStringLiteral("the state entry %1 in %2 is damaged: %3")
                                                  .arg(QString::fromUtf8(key.toByteArray().toHex()), *m_path, value.error().message));
        }
        return value;
    }

    Error error(const QString &what) const
    {
        const int rc = sqlite3_extended_errcode(*m_db);
        return Error{codeFor(rc), QStringLiteral("%1: %2 (%3)").arg(what, QString::fromUtf8(sqlite3_errmsg(*m_db)), *m_path)};
    }

    sqlite3 *const *m_db;
    const QString *m_path;
    StatementPool *m_pool;
};

// The stored state's chunks (state.h), by the chunk's last key, each with its root and its entries'
// keys and leaves, and the chunk tree over them (chunk_tree.h), so that the root after a block
// re-hashes only the chunks the block touches and the tree nodes above them, and reads nothing
// back from SQLite. Loaded from the leaf column on first use (about 40 bytes per entry beside its
// key, and a tree node per chunk); kept in step with every write of this connection
// (insertEffects), dropped on a rollback, and loaded again when another connection has committed
// (PRAGMA data_version) or the projections are cleared.
class StateChunks {
public:
    struct Chunk {
        merkle::Hash root{};
        std::vector<merkle::Hash> leaves;
        QByteArray keys;            // the entries' keys one after the other
        std::vector<quint32> ends;  // where each key ends in keys

        std::size_t size() const { return leaves.size(); }
        QByteArrayView key(std::size_t i) const
        {
            const quint32 from = i == 0 ? 0 : ends[i - 1];
            return QByteArrayView(keys.constData() + from, qsizetype(ends[i] - from));
        }
    };
    // The chunks from the one whose last key is `first` to the one whose last key is `last`
    // (or to the end of the state: toEnd), re-made as `pieces`. first is empty when there were
    // no chunks at all.
    struct Run {
        std::optional<QByteArray> first;
        QByteArray last;
        bool toEnd = false;
        std::vector<std::pair<QByteArray, Chunk>> pieces;
    };
    using Changes = std::map<state::Key, std::optional<cbor::Value>>;
    // A value written by a change, encoded, and its leaf.
    struct EncodedPut {
        QByteArray value;
        merkle::Hash leaf{};
    };
    // Leaves of the stored state in key order. The key is valid during the call only.
    using LeafReader = std::function<Result<void>(const std::function<void(QByteArrayView key, const merkle::Hash &leaf)> &)>;

    Result<void> load(const LeafReader &read)
    {
        m_chunks.clear();
        Pieces pieces;
        CY_CHECK(read([&](QByteArrayView key, const merkle::Hash &leaf) { pieces.add(key, leaf); }));
        pieces.finish();
        std::vector<ChunkTree::NewChunk> summaries;
        summaries.reserve(pieces.done.size());
        for (auto &[key, chunk] : pieces.done) {
            summaries.push_back(summaryOf(key, chunk));
            m_chunks.emplace_hint(m_chunks.end(), std::move(key), std::move(chunk));
        }
        m_tree.load(std::move(summaries));
        return {};
    }

    // What changes do to the chunks: the changed entries' leaves merged over the kept ones.
    // puts (if given) receives each written value's encoding and leaf, in the changes' order.
    std::vector<Run> runsFor(const Changes &changes, std::vector<EncodedPut> *puts = nullptr) const
    {
        std::vector<Run> runs;
        auto change = changes.begin();
        while (change != changes.end()) {
            Run run;
            Pieces pieces;
            const auto emitChange = [&] {
                if (change->second) {
                    QByteArray encoded = change->second->encode();
                    const merkle::Hash leaf = state::entryLeafOfEncoded(change->first, encoded);
                    pieces.add(change->first, leaf);
                    if (puts) {
                        puts->push_back(EncodedPut{std::move(encoded), leaf});
                    }
                }
                ++change;
            };
            // A chunk's entries merged with the changes up to its last key (all of them: last).
            const auto feed = [&](const Chunk &chunk, bool last) {
                pieces.reserveFor(chunk);
                for (std::size_t i = 0; i < chunk.size(); ++i) {
                    const QByteArrayView key = chunk.key(i);
                    while (change != changes.end() && compareKeys(change->first, key) < 0) {
                        emitChange();
                    }
                    if (change != changes.end() && compareKeys(change->first, key) == 0) {
                        emitChange();
                        continue;
                    }
                    pieces.add(key, chunk.leaves[i]);
                }
                while (change != changes.end() && (last || compareKeys(change->first, chunk.key(chunk.size() - 1)) <= 0)) {
                    emitChange();
                }
            };
            if (m_chunks.empty()) {
                run.toEnd = true;
                while (change != changes.end()) {
                    emitChange();
                }
            } else {
                auto chunk = m_chunks.lower_bound(change->first);
                if (chunk == m_chunks.end()) {
                    chunk = std::prev(m_chunks.end()); // after the last key: the last chunk grows
                }
                run.first = chunk->first;
                while (true) {
                    const bool last = std::next(chunk) == m_chunks.end();
                    feed(chunk->second, last);
                    run.last = chunk->first;
                    if (last) {
                        run.toEnd = true;
                        break;
                    }
                    if (!pieces.open()) {
                        break; // ended on a boundary leaf: the chunks after it stay as they are
                    }
                    ++chunk; // its boundary leaf was removed or changed: it joins the next chunk
                }
            }
            pieces.finish();
            run.pieces = std::move(pieces.done);
            runs.push_back(std::move(run));
        }
        return runs;
    }

    // The chunk tree after runs, made without changing the kept one.
    ChunkTree::NodePtr treeWith(const std::vector<Run> &runs) const
    {
        if (runs.empty()) {
            return m_tree.top();
        }
        ChunkTree::Edit edit = m_tree.edit();
        for (const Run &run : runs) {
            std::vector<ChunkTree::NewChunk> chunks;
            chunks.reserve(run.pieces.size());
            for (const auto &[key, piece] : run.pieces) {
                chunks.push_back(summaryOf(key, piece));
            }
            edit.replace(run.first, run.last, run.toEnd, std::move(chunks));
        }
        return edit.finish();
    }
    merkle::Hash root() const { return ChunkTree::rootOf(m_tree.top()); }

    // Makes runs the kept chunks; tree is treeWith(runs), when the caller has it already (an
    // empty state's tree is a null top, so "not given" is nullopt).
    void apply(std::vector<Run> runs, std::optional<ChunkTree::NodePtr> tree = std::nullopt)
    {
        if (!tree) {
            tree = treeWith(runs);
        }
        for (Run &run : runs) {
            auto from = run.first ? m_chunks.lower_bound(*run.first) : m_chunks.begin();
            auto to = run.toEnd ? m_chunks.end() : m_chunks.upper_bound(run.last);
            // The pieces, in key order, go where the run was: each just before `next`.
            auto next = m_chunks.erase(from, to);
            for (auto &[key, piece] : run.pieces) {
                m_chunks.emplace_hint(next, std::move(key), std::move(piece));
            }
        }
        m_tree.adopt(std::move(*tree));
    }

private:
    // memcmp order, as SQLite's BINARY collation and QByteArray's operator<.
    static int compareKeys(QByteArrayView a, QByteArrayView b)
    {
        const int c = std::memcmp(a.data(), b.data(), std::size_t(std::min(a.size(), b.size())));
        return c != 0 ? c : (a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0);
    }

    // Cuts leaves given in key order into chunks.
    struct Pieces {
        Chunk current;
        std::vector<std::pair<QByteArray, Chunk>> done;

        void add(QByteArrayView key, const merkle::Hash &leaf)
        {
            current.leaves.push_back(leaf);
            current.keys.append(key);
            current.ends.push_back(quint32(current.keys.size()));
            if (state::isChunkBoundary(leaf)) {
                close();
            }
        }
        // Room for a chunk's entries and a few more, so that re-making a chunk does not grow its
        // buffers entry by entry (close() trims them).
        void reserveFor(const Chunk &chunk)
        {
            current.leaves.reserve(current.leaves.size() + chunk.size() + 4);
            current.ends.reserve(current.ends.size() + chunk.size() + 4);
            current.keys.reserve(current.keys.size() + chunk.keys.size() + 4 * (chunk.keys.size() / std::max<std::size_t>(chunk.size(), 1) + 1));
        }
        bool open() const { return !current.leaves.empty(); }
        void finish()
        {
            if (open()) {
                close();
            }
        }
        void close()
        {
            current.root = state::merkleRoot(current.leaves.data(), current.leaves.size());
            current.leaves.shrink_to_fit();
            current.ends.shrink_to_fit();
            current.keys.squeeze();
            QByteArray last = current.key(current.size() - 1).toByteArray();
            done.emplace_back(std::move(last), std::move(current));
            current = Chunk();
        }
    };

    static ChunkTree::NewChunk summaryOf(const QByteArray &lastKey, const Chunk &chunk)
    {
        return ChunkTree::NewChunk{lastKey, state::ChunkSummary{chunk.leaves.back(), chunk.root}};
    }

    std::map<QByteArray, Chunk> m_chunks;
    ChunkTree m_tree;
};

// SQLite's checkpoints (the WAL copied into the database file) on a thread of its own, with a
// connection of its own: OpenOptions::checkpointInBackground. The writing connection's WAL hook
// asks for one after each commit that leaves OpenOptions::backgroundCheckpointPages or more pages
// in the WAL; PASSIVE checkpoints never wait for the writer or for readers, and the writer starts
// the WAL over once a checkpoint has copied all of it. A checkpoint copies each page once however
// many commits changed it, so a long WAL copies far fewer pages than one per commit: a block
// changes pages all over the indexes keyed by random ids, and the next blocks change many of them again.
class Checkpointer {
public:
    Checkpointer(QByteArray path, int pages) : m_path(std::move(path)), m_pages(std::max(1, pages))
    {
        m_thread = std::thread([this] { run(); });
    }
    ~Checkpointer()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    void request()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_requested = true;
        }
        m_wake.notify_one();
    }
    quint64 checkpoints() const
    {
        const std::lock_guard lock(m_mutex);
        return m_done;
    }

    static int walHook(void *checkpointer, sqlite3 *db, const char *, int pages)
    {
        auto *self = static_cast<Checkpointer *>(checkpointer);
        if (pages / 4 >= self->m_pages) {
            // The writer's own checkpoint, should this thread fall behind (a reader holding an old snapshot).
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        } else if (pages >= self->m_pages) {
            self->request();
        }
        return SQLITE_OK;
    }

private:
    void run()
    {
#if defined(__linux__)
        pthread_setname_np(pthread_self(), "courtyard-ckpt"); // tells it apart in top and perf
#endif
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(m_path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK ||
            sqlite3_exec(db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr) != SQLITE_OK) {
            qCWarning(lcStore) << "cannot open" << m_path << "to checkpoint it:" << (db ? sqlite3_errmsg(db) : "out of memory")
                               << "- the writer checkpoints once the WAL passes" << 4 * m_pages << "pages";
            sqlite3_close_v2(db);
            return;
        }
        sqlite3_wal_autocheckpoint(db, 0); // this connection writes nothing; it must not close with a checkpoint of its own either
        std::unique_lock lock(m_mutex);
        while (true) {
            m_wake.wait(lock, [this] { return m_requested || m_stop; });
            if (m_stop) {
                break;
            }
            m_requested = false;
            lock.unlock();
            const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
                qCWarning(lcStore) << "checkpoint of" << m_path << "failed:" << sqlite3_errmsg(db);
            }
            lock.lock();
            ++m_done;
        }
        lock.unlock();
        sqlite3_close_v2(db);
    }

    QByteArray m_path;
    int m_pages;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stop = false;
    quint64 m_done = 0;
    std::thread m_thread;
};

struct Store::PreparedRuns {
    StateChunks::Changes changes;
    std::vector<StateChunks::Run> runs;
    std::vector<StateChunks::EncodedPut> puts; // written by insertEffects without encoding them again
    ChunkTree::NodePtr tree;                   // the chunk tree after the runs
};

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending: return QStringLiteral("pending");
    case OutboxState::Sealed: return QStringLiteral("sealed");
    case OutboxState::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("pending");
}

Store::Store()
    : m_statements(std::make_unique<StatementPool>())
    , m_state(std::make_unique<StateTable>(&m_db, &m_path, m_statements.get()))
{
}

Result<void> Store::readLeaves(const std::function<void(QByteArrayView, const merkle::Hash &)> &visit)
{
    Statement s(*m_statements, m_db, "SELECT key, leaf FROM state ORDER BY key");
    if (!s.ok()) {
        return fail(sqliteError(QStringLiteral("cannot read the state")));
    }
    int rc = SQLITE_ROW;
    while ((rc = s.step()) == SQLITE_ROW) {
        const QByteArrayView key = s.blobView(0);
        const QByteArrayView bytes = s.blobView(1);
        if (bytes.size() != qsizetype(sizeof(merkle::Hash))) {
            return fail(ErrorCode::Integrity, QStringLiteral("the cached leaf of state entry %1 in %2 is damaged")
                                                  .arg(QString::fromLatin1(key.toByteArray().toHex()), m_path));
        }
        merkle::Hash leaf;
        std::memcpy(leaf.data(), bytes.data(), leaf.size());
        visit(key, leaf);
    }
    if (rc != SQLITE_DONE) {
        return fail(sqliteError(QStringLiteral("cannot read the state")));
    }
    return {};
}

Result<StateChunks *> Store::chunks()
{
    // Another connection may have written the file since the chunks were read.
    Statement version(*m_statements, m_db, "PRAGMA data_version");
    if (!version.ok() || version.step() != SQLITE_ROW) {
        return fail(sqliteError(QStringLiteral("cannot read the state")));
    }
    const qint64 dataVersion = version.int64(0);
    if (m_chunks && dataVersion == m_chunksDataVersion) {
        return m_chunks.get();
    }
    auto chunks = std::make_unique<StateChunks>();
    CY_CHECK(chunks->load([this](const std::function<void(QByteArrayView, const merkle::Hash &)> &visit) { return readLeaves(visit); }));
    m_chunks = std::move(chunks);
    m_chunksDataVersion = dataVersion;
    m_preparedRuns.reset();
    return m_chunks.get();
}

void Store::forgetChunks()
{
    m_chunks.reset();
    m_preparedRuns.reset();
}

quint64 Store::backgroundCheckpointsForTesting() const
{
    return m_checkpointer ? m_checkpointer->checkpoints() : 0;
}

Store::~Store()
{
    m_checkpointer.reset(); // its connection closes first: the last one to close checkpoints and removes the WAL
    m_statements->clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
    }
}

Error Store::sqliteError(const QString &what) const
{
    const int rc = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database handle");
    const ErrorCode code = codeFor(rc);
    if (code == ErrorCode::DiskFull) {
        return Error{code, QStringLiteral("%1: the disk or database is full (%2); free some space and try again — nothing was written")
                               .arg(what, detail)};
    }
    return Error{code, QStringLiteral("%1: %2 (%3)").arg(what, detail, m_path)};
}

Result<void> Store::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        return fail(sqliteError(QStringLiteral("database statement failed")));
    }
    return {};
}

Result<std::unique_ptr<Store>> Store::openHandle(const QString &path, bool create, const OpenOptions &options)
{
    const bool exists = QFileInfo::exists(path);
    if (create && exists) {
        return fail(ErrorCode::Conflict, QStringLiteral("%1 already exists; choose another path or remove it first").arg(path));
    }
    if (!create && !exists) {
        return fail(ErrorCode::NotFound, QStringLiteral("no ledger at %1; create one with 'courtyard init' or pass --db").arg(path));
    }
    std::unique_ptr<Store> store(new Store());
    store->m_path = path;
    if (QFileInfo(path).isDir()) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("%1 is a folder, not a ledger file").arg(path));
    }
    const int access = options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    const int flags = access | SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &store->m_db, flags, nullptr);
    const auto cannotReadInPlace = [&] {
        const int probe = sqlite3_exec(store->m_db, "PRAGMA schema_version", nullptr, nullptr, nullptr) & 0xff;
        return probe == SQLITE_CANTOPEN || probe == SQLITE_READONLY;
    };
    if (rc == SQLITE_OK && options.readOnly && cannotReadInPlace()) {
        // A read-only folder or medium: a reader cannot make the WAL index there. Nobody can be
        // writing it either, so read the file as immutable.
        sqlite3_close_v2(store->m_db);
        store->m_db = nullptr;
        const QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
        rc = sqlite3_open_v2(uri.constData(), &store->m_db, flags | SQLITE_OPEN_URI, nullptr);
    }
    if (rc != SQLITE_OK) {
        return fail(store->sqliteError(QStringLiteral("cannot open %1").arg(path)));
    }
    sqlite3_extended_result_codes(store->m_db, 1);
    sqlite3_busy_timeout(store->m_db, 5000);

    // Reading the header is the first thing that fails for a file that is not SQLite at all.
    qint64 applicationId = 0;
    qint64 version = 0;
    {
        Statement appId(store->m_db, "PRAGMA application_id");
        if (!appId.ok() || appId.step() != SQLITE_ROW) {
            if ((sqlite3_extended_errcode(store->m_db) & 0xff) == SQLITE_NOTADB) {
                return fail(ErrorCode::Malformed, QStringLiteral("%1 is not a Courtyard ledger (not an SQLite database)").arg(path));
            }
            return fail(store->sqliteError(QStringLiteral("cannot read %1").arg(path)));
        }
        applicationId = appId.int64(0);
        Statement userVersion(store->m_db, "PRAGMA user_version");
        userVersion.step();
        version = userVersion.int64(0);
    } // statements finalized: journal_mode cannot change while one is open
    if (!create && applicationId != kApplicationId) {
        return fail(ErrorCode::Malformed, QStringLiteral("%1 is an SQLite database but not a Courtyard ledger").arg(path));
    }
    if (version > latestSchemaVersion()) {
        return fail(ErrorCode::SchemaTooNew,
                    QStringLiteral("%1 was written by a newer Courtyard (schema version %2); this program understands up to "
                                   "version %3. Install the newer Courtyard to open it; the file was not changed.")
                        .arg(path).arg(version).arg(latestSchemaVersion()));
    }

    if (options.readOnly) {
        // Version 5 only adds a cache (log_leaves) that a reader can do without: a version-4 file
        // opened read-only has its log hashed from the bytes, as before. (A later version decides
        // again what a reader can do without.)
        const int oldestReadable = latestSchemaVersion() == kLeafCacheSchemaVersion ? kLeafCacheSchemaVersion - 1 : latestSchemaVersion();
        if (version < oldestReadable) {
            return fail(ErrorCode::Unsupported,
                        QStringLiteral("%1 has the older schema version %2 and must be upgraded before it can be read; "
                                       "open it once with write access").arg(path).arg(version));
        }
        store->m_schemaVersion = int(version);
        return store;
    }
    // A page cache of 64 MiB instead of SQLite's 2 MiB: a block of a thousand payments changes
    // more pages than 2 MiB hold, which SQLite would then write to the WAL in the middle of the
    // block's transaction and read back. It is filled only as pages are used.
    CY_CHECK(store->exec("PRAGMA cache_size=-65536"));
    // WAL + synchronous=FULL: a commit that returned is on disk, even across a power cut.
    CY_CHECK(store->exec("PRAGMA journal_mode=WAL"));
    CY_CHECK(store->exec("PRAGMA synchronous=FULL"));
    CY_CHECK(store->exec("PRAGMA foreign_keys=ON"));
    if (options.checkpointInBackground) {
        store->m_checkpointer = std::make_unique<Checkpointer>(QFile::encodeName(path), options.backgroundCheckpointPages);
        sqlite3_wal_hook(store->m_db, &Checkpointer::walHook, store->m_checkpointer.get()); // replaces SQLite's own checkpoints
        // A WAL that grew past twice the threshold (a checkpoint held back by a reader) shrinks again when it starts over.
        const QByteArray limit = "PRAGMA journal_size_limit=" + QByteArray::number(2 * qint64(std::max(1, options.backgroundCheckpointPages)) * 4096);
        CY_CHECK(store->exec(limit.constData()));
    }
    if (options.maxPageCountForTesting) {
        const QByteArray pragma = "PRAGMA max_page_count=" + QByteArray::number(*options.maxPageCountForTesting);
        CY_CHECK(store->exec(pragma.constData()));
    }
    store->m_schemaVersion = int(version);
    store->m_commitDelayMs = options.commitDelayMsForTesting;
    return store;
}

Result<void> Store::migrate()
{
    for (const Migration &m : migrations()) {
        if (m.version <= m_schemaVersion) {
            continue;
        }
        CY_CHECK(exec("BEGIN IMMEDIATE"));
        QByteArray sql = m.sql;
        sql += "\nPRAGMA user_version=" + QByteArray::number(m.version) + ";";
        sql += "\nPRAGMA application_id=" + QByteArray::number(kApplicationId) + ";";
        auto ok = exec(sql.constData());
        if (ok && m.version == kLeafCacheSchemaVersion) {
            ok = fillLeafCache();
        }
        if (!ok) {
            (void)exec("ROLLBACK");
            return fail(ok.error().prefixed(QStringLiteral("schema migration to version %1 failed").arg(m.version)));
        }
        CY_CHECK(exec("COMMIT"));
        qCInfo(lcStore) << "migrated" << m_path << "to schema version" << m.version;
        m_schemaVersion = m.version;
    }
    return {};
}

Result<void> Store::loadLog()
{
    CY_CHECK(exec("SAVEPOINT load_log")); // block count and log from one snapshot
    auto loaded = readLog();
    (void)exec("RELEASE load_log");
    return loaded;
}

Result<void> Store::readLog()
{
    m_log = merkle::MerkleLog();
    m_logFromLeafCache = false;
    Statement count(m_db, "SELECT count(*) FROM blocks");
    if (!count.ok() || count.step() != SQLITE_ROW) {
        return fail(sqliteError(QStringLiteral("cannot read blocks")));
    }
    m_blockCount = quint64(count.int64(0));
    m_tip.reset();
    if (m_blockCount == 0) {
        return {}; // nothing stored: the empty log
    }

    if (m_schemaVersion < kLeafCacheSchemaVersion) {
        qCInfo(lcStore) << m_path << "has schema version" << m_schemaVersion
                        << "(opened read-only, not upgraded): no cached leaf hashes, hashing every transaction";
    } else {
        CY_TRY(const QString unusable, readLogFromLeafCache());
        if (unusable.isEmpty()) {
            m_logFromLeafCache = true;
            return {};
        }
        qCWarning(lcStore) << "the cached leaf hashes of" << m_path << "cannot be used (" << unusable
                           << "): rebuilding the log by hashing every transaction";
    }
    m_log = merkle::MerkleLog();
    m_tip.reset();

    Statement txs(m_db, "SELECT log_index, bytes FROM transactions ORDER BY log_index");
    if (!txs.ok()) {
        return fail(sqliteError(QStringLiteral("cannot read transactions")));
    }
    int rc = SQLITE_ROW;
    while ((rc = txs.step()) == SQLITE_ROW) {
        // Gaps in log_index are left for the verifier to report; the log is built in order.
        m_log.append(txs.blobView(1));
    }
    if (rc != SQLITE_DONE) {
        return fail(sqliteError(QStringLiteral("cannot read transactions")));
    }
    return {};
}

Result<QString> Store::readLogFromLeafCache()
{
    // What the leaves must cover: every stored transaction, log indexes 0 to count - 1.
    Statement covered(m_db, "SELECT count(*), coalesce(max(log_index), -1) FROM transactions");
    if (!covered.ok() || covered.step() != SQLITE_ROW) {
        return fail(sqliteError(QStringLiteral("cannot read transactions")));
    }
    const qint64 transactions = covered.int64(0);
    const qint64 lastIndex = covered.int64(1);
    if (lastIndex + 1 != transactions) {
        return QStringLiteral("%1 transactions stored, the last at log index %2").arg(transactions).arg(lastIndex);
    }
    Statement rows(m_db, "SELECT first_index, leaves FROM log_leaves ORDER BY first_index");
    if (!rows.ok()) {
        return QStringLiteral("no log_leaves table: ") + QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    int rc = SQLITE_ROW;
    while ((rc = rows.step()) == SQLITE_ROW) {
        const qint64 first = rows.int64(0);
        const QByteArrayView leaves = rows.blobView(1);
        if (first < 0 || quint64(first) != m_log.size()) {
            return QStringLiteral("a row of leaves starts at log index %1 where %2 was expected").arg(first).arg(m_log.size());
        }
        if (leaves.isEmpty() || leaves.size() % qsizetype(sizeof(merkle::Hash)) != 0) {
            return QStringLiteral("the row of leaves at log index %1 is %2 bytes long").arg(first).arg(leaves.size());
        }
        merkle::Hash leaf;
        for (qsizetype at = 0; at < leaves.size(); at += qsizetype(leaf.size())) {
            std::memcpy(leaf.data(), leaves.data() + at, leaf.size());
            m_log.appendLeafHash(leaf);
        }
    }
    if (rc != SQLITE_DONE) {
        return fail(sqliteError(QStringLiteral("cannot read the cached leaf hashes")));
    }
    if (m_log.size() != quint64(transactions)) {
        return QStringLiteral("%1 leaves cached for %2 transactions").arg(m_log.size()).arg(transactions);
    }
    // The last block's header names the log's size and root: leaves that disagree are not used.
    auto last = tip();
    if (!last) {
        return QStringLiteral("the last block does not decode: ") + last.error().message;
    }
    if (last->header.lastIndex + 1 != m_log.size() || m_log.root() != last->header.logRoot) {
        return QStringLiteral("they do not lead to the log root of block %1").arg(last->header.height);
    }
    return QString();
}

Result<void> Store::fillLeafCache()
{
    // One row per block: the runs of transactions with the same block height, in log order.
    Statement txs(m_db, "SELECT log_index, block_height, bytes FROM transactions ORDER BY log_index");
    Statement insert(m_db, "INSERT INTO log_leaves (first_index, leaves) VALUES (?, ?)");
    if (!txs.ok() || !insert.ok()) {
        return fail(sqliteError(QStringLiteral("cannot read transactions")));
    }
    QByteArray leaves;
    qint64 first = -1;
    qint64 height = -1;
    const auto flush = [&]() -> Result<void> {
        if (leaves.isEmpty()) {
            return {};
        }
        insert.bind(1, first);
        insert.bindBlob(2, leaves);
        if (insert.step() != SQLITE_DONE) {
            return fail(sqliteError(QStringLiteral("cannot store the leaf hashes at log index %1").arg(first)));
        }
        insert.reset();
        leaves.truncate(0);
        return {};
    };
    int rc = SQLITE_ROW;
    while ((rc = txs.step()) == SQLITE_ROW) {
        if (leaves.isEmpty() || txs.int64(1) != height) {
            CY_CHECK(flush());
            first = txs.int64(0);
            height = txs.int64(1);
        }
        const merkle::Hash leaf = merkle::leafHash(txs.blobView(2));
        leaves.append(reinterpret_cast<const char *>(leaf.data()), qsizetype(leaf.size()));
    }
    if (rc != SQLITE_DONE) {
        return fail(sqliteError(QStringLiteral("cannot read transactions")));
    }
    return flush();
}

Result<void> Store::forEachCachedLeaves(const std::function<bool(quint64 firstIndex, QByteArrayView leaves)> &visit)
{
    CY_CHECK(exec("SAVEPOINT read_leaves"));
    auto result = [&]() -> Result<void> {
        Statement rows(m_db, "SELECT first_index, leaves FROM log_leaves ORDER BY first_index");
        if (!rows.ok()) {
            return fail(sqliteError(QStringLiteral("cannot read the cached leaf hashes")));
        }
        int rc = SQLITE_ROW;
        while ((rc = rows.step()) == SQLITE_ROW) {
            if (!visit(quint64(std::max<qint64>(rows.int64(0), 0)), rows.blobView(1))) {
                return {};
            }
        }
        if (rc != SQLITE_DONE) {
            return fail(sqliteError(QStringLiteral("cannot read the cached leaf hashes")));
        }
        return {};
    }();
    (void)exec("RELEASE read_leaves");
    return result;
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const OpenOptions &options)
{
    CY_TRY(std::unique_ptr<Store> store, openHandle(path, /*create=*/false, options));
    if (!options.readOnly) {
        CY_CHECK(store->migrate());
    }
    CY_CHECK(store->loadLog());
    return store;
}

Result<std::unique_ptr<Store>> Store::openReader(const QString &path)
{
    CY_TRY(std::unique_ptr<Store> store, openHandle(path, /*create=*/false, OpenOptions{}));
    if (store->m_schemaVersion != latestSchemaVersion()) {
        return fail(ErrorCode::Unsupported, QStringLiteral("%1 has the older schema version %2: open it for writing first").arg(path).arg(store->m_schemaVersion));
    }
    // The writer's commits reset this connection's page cache (WAL): pages are read from the
    // file through a mapping instead of copied in again. Nothing is ever written through it.
    CY_CHECK(store->exec("PRAGMA mmap_size=1073741824"));
    CY_CHECK(store->exec("PRAGMA query_only=1"));
    return store;
}

Result<void> Store::buildNew(const QString &path, const ledger::Genesis &genesis, const crypto::KeyPair &sealer,
                             quint64 timeMs, const BlockEffects &genesisEffects)
{
    CY_TRY(ledger::Transaction genesisTx, genesis.toTransaction(sealer));
    CY_TRY(std::unique_ptr<Store> store, openHandle(path, /*create=*/true, {}));
    CY_CHECK(store->migrate());
    CY_CHECK(store->loadLog());

    ledger::BlockHeader header;
    header.communityId = genesis.communityId;
    header.height = 0;
    header.firstIndex = 0;
    header.lastIndex = 0;
    merkle::MerkleLog log;
    log.append(genesisTx.bytes());
    header.logRoot = log.root();
    // The state the genesis effects make (without them, the empty state's root: SHA-256 of nothing).
    CY_TRY(header.stateRoot, store->stateRootWith(genesisEffects.delta));
    header.timeMs = timeMs;
    const ledger::SealedBlock block = ledger::sealBlock(header, sealer, genesis.logOrigin());
    CY_CHECK(store->appendBlock(block, {genesisTx}, genesisEffects));
    // Closing the only connection checkpoints the WAL into the file and removes it.
    return {};
}

Result<std::unique_ptr<Store>> Store::create(const QString &path, const ledger::Genesis &genesis,
                                             const crypto::KeyPair &sealer, quint64 timeMs, const OpenOptions &options)
{
    return create(path, genesis, sealer, timeMs, noEffects(), options);
}

Result<std::unique_ptr<Store>> Store::create(const QString &path, const ledger::Genesis &genesis,
                                             const crypto::KeyPair &sealer, quint64 timeMs,
                                             const BlockEffects &genesisEffects, const OpenOptions &options)
{
    CY_CHECK(genesis.validate());
    return createAtomically(
        path, [&](const QString &temporary) { return buildNew(temporary, genesis, sealer, timeMs, genesisEffects); }, options);
}

Result<std::unique_ptr<Store>> Store::createFromBlock(const QString &path, const ledger::SealedBlock &block0,
                                                      const ledger::Transaction &genesisTx, const BlockEffects &genesisEffects,
                                                      const OpenOptions &options)
{
    const ledger::BlockHeader &h = block0.header;
    if (h.height != 0 || h.firstIndex != 0 || h.lastIndex != 0 || h.previous != crypto::Digest{}) {
        return fail(ErrorCode::Integrity, QStringLiteral("the first block of a ledger must be block 0 holding log index 0 only, not "
                                                         "block %1 with log indexes %2 to %3").arg(h.height).arg(h.firstIndex).arg(h.lastIndex));
    }
    return createAtomically(
        path,
        [&](const QString &temporary) -> Result<void> {
            CY_TRY(std::unique_ptr<Store> store, openHandle(temporary, /*create=*/true, {}));
            CY_CHECK(store->migrate());
            CY_CHECK(store->loadLog());
            return store->appendBlock(block0, {genesisTx}, genesisEffects);
        },
        options);
}

Result<std::unique_ptr<Store>> Store::createAtomically(const QString &path,
                                                       const std::function<Result<void>(const QString &temporary)> &build,
                                                       const OpenOptions &options)
{
    if (QFileInfo::exists(path)) {
        return fail(ErrorCode::Conflict, QStringLiteral("%1 already exists; choose another path or remove it first").arg(path));
    }
    // Build under a temporary name in the same folder, then link it into place: a crash or a
    // full disk leaves no half-made ledger at path, and link() never replaces an existing file.
    const QFileInfo target(path);
    const QString temporary = target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".creating-") +
                              QString::number(QCoreApplication::applicationPid());
    const auto removeTemporary = [&temporary] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            QFile::remove(temporary + suffix);
        }
    };
    removeTemporary();
    if (auto built = build(temporary); !built) {
        removeTemporary();
        return fail(built.error());
    }
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(path);
    if (::link(from.constData(), to.constData()) != 0) {
        const int error = errno;
        removeTemporary();
        if (error == EEXIST) {
            return fail(ErrorCode::Conflict, QStringLiteral("%1 already exists; choose another path or remove it first").arg(path));
        }
        return fail(ErrorCode::Io, QStringLiteral("cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    ::unlink(from.constData());
    // The new name must survive a power cut too.
    const int dir = ::open(QFile::encodeName(target.absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return open(path, options);
}

Result<ledger::Genesis> Store::genesis()
{
    if (m_genesis) {
        return *m_genesis; // immutable once written
    }
    Statement s(m_db, "SELECT bytes FROM transactions WHERE log_index = 0");
    if (!s.ok()) {
        return fail(sqliteError(QStringLiteral("cannot read the genesis transaction")));
    }
    if (s.step() != SQLITE_ROW) {
        return fail(ErrorCode::NotFound, QStringLiteral("%1 has no genesis transaction").arg(m_path));
    }
    CY_TRY(const ledger::Transaction tx, ledger::Transaction::decode(s.blob(0)));
    CY_TRY(ledger::Genesis g, ledger::Genesis::fromTransaction(tx));
    m_genesis = g;
    return g;
}

Result<ledger::SealedBlock> Store::tip()
{
    if (m_blockCount == 0) {
        return fail(ErrorCode::NotFound, QStringLiteral("%1 holds no blocks").arg(m_path));
    }
    if (!m_tip) {
        CY_TRY(const StoredBlock b, blockRow(m_blockCount - 1));
        CY_TRY(ledger::SealedBlock sealed, ledger::SealedBlock::fromParts(b.header, b.signature, b.checkpointSignature));
        m_tip = std::move(sealed);
    }
    return *m_tip;
}

Result<StoredBlock> Store::blockRow(quint64 height)
{
    Statement s(*m_statements, m_db, "SELECT height, hash, header, signature, checkpoint_signature FROM blocks WHERE height = ?");
    s.bind(1, qint64(height));
    const int rc = s.step();
    if (rc == SQLITE_DONE) {
        return fail(ErrorCode::NotFound, QStringLiteral("there is no block %1 (the ledger has %2 blocks, 0 to %3)")
                                             .arg(height).arg(m_blockCount).arg(qint64(m_blockCount) - 1));
    }
    if (rc != SQLITE_ROW) {
        return fail(sqliteError(QStringLiteral("cannot read block %1").arg(height)));
    }
    StoredBlock b;
    b.height = quint64(s.int64(0));
    b.hash = s.blob(1);
    b.header = s.blob(2);
    b.signature = s.blob(3);
    b.checkpointSignature = s.blob(4);
    return b;
}

Result<StoredBlock> Store::block(quint64 height)
{
    CY_CHECK(exec("SAVEPOINT read_block"));
    auto result = [&]() -> Result<StoredBlock> {
        CY_TRY(StoredBlock b, blockRow(height));
        Statement txs(m_db, "SELECT log_index, block_height, id, kind, author, sequence, bytes FROM transactions "
                            "WHERE block_height = ? ORDER BY log_index");
        txs.bind(1, qint64(height));
        int rc = SQLITE_ROW;
        while ((rc = txs.step()) == SQLITE_ROW) {
            b.transactions.push_back(StoredTransaction{quint64(txs.int64(0)), quint64(txs.int64(1)), txs.blob(2), txs.text(3),
                                                       txs.blob(4), txs.int64(5), txs.blob(6)});
        }
        if (rc != SQLITE_DONE) {
            return fail(sqliteError(QStringLiteral("cannot read block %1").arg(height)));
        }
        return b;
    }();
    (void)exec("RELEASE read_block");
    return result;
}

Result<void> Store::forEachBlock(quint64 fromHeight, const std::function<bool(StoredBlock &&)> &callback,
                                 quint64 *unclaimed)
{
    // One read transaction: blocks and transactions come from the same snapshot even while
    // another process appends.
    CY_CHECK(exec("SAVEPOINT read_blocks"));
    auto result = streamBlocks(fromHeight, callback, unclaimed);
    (void)exec("RELEASE read_blocks");
    return result;
}

Result<void> Store::streamBlocks(quint64 fromHeight, const std::function<bool(StoredBlock &&)> &callback,
                                 quint64 *unclaimed)
{
    Statement blocks(m_db, "SELECT height, hash, header, signature, checkpoint_signature FROM blocks "
                           "WHERE height >= ? ORDER BY height");
    Statement txs(m_db, "SELECT log_index, block_height, id, kind, author, sequence, bytes FROM transactions "
                        "WHERE block_height >= ? ORDER BY log_index");
    if (!blocks.ok() || !txs.ok()) {
        return fail(sqliteError(QStringLiteral("cannot read blocks")));
    }
    blocks.bind(1, qint64(fromHeight));
    txs.bind(1, qint64(fromHeight));
    int txRc = txs.step();
    int rc = SQLITE_ROW;
    while ((rc = blocks.step()) == SQLITE_ROW) {
        StoredBlock b;
        b.height = quint64(blocks.int64(0));
        b.hash = blocks.blob(1);
        b.header = blocks.blob(2);
        b.signature = blocks.blob(3);
        b.checkpointSignature = blocks.blob(4);
        // Transactions come in log order; a row whose block_height does not match the block
        // being read is handed to whichever block it names, so the verifier sees any mix-up.
        while (txRc == SQLITE_ROW && quint64(txs.int64(1)) <= b.height) {
            StoredTransaction t;
            t.logIndex = quint64(txs.int64(0));
            t.blockHeight = quint64(txs.int64(1));
            t.id = txs.blob(2);
            t.kind = txs.text(3);
            t.author = txs.blob(4);
            t.sequence = txs.int64(5);
            t.bytes = txs.blob(6);
            b.transactions.push_back(std::move(t));
            txRc = txs.step();
        }
        if (!callback(std::move(b))) {
            return {};
        }
    }
    if (rc != SQLITE_DONE || (txRc != SQLITE_ROW && txRc != SQLITE_DONE)) {
        return fail(sqliteError(QStringLiteral("cannot read blocks")));
    }
    if (unclaimed) {
        *unclaimed = 0;
        while (txRc == SQLITE_ROW) {
            ++*unclaimed;
            txRc = txs.step();
        }
    }
    return {};
}

Result<Store::TransactionLocation> Store::findTransaction(const ledger::TxId &id)
{
    Statement s(*m_statements, m_db, "SELECT log_index, block_height, bytes FROM transactions WHERE id = ?");
    s.bindBlob(1, crypto::toByteArray(id));
    const int rc = s.step();
    if (rc == SQLITE_DONE) {
        return fail(ErrorCode::NotFound, QStringLiteral("transaction %1 is not in this ledger").arg(crypto::toHex(id)));
    }
    if (rc != SQLITE_ROW) {
        return fail(sqliteError(QStringLiteral("cannot look up transaction")));
    }
    return TransactionLocation{quint64(s.int64(0)), quint64(s.int64(1)), s.blob(2)};
}

Result<Store::TransactionLocation> Store::findTransaction(const crypto::PublicKey &author, quint64 sequence)
{
    Statement s(*m_statements, m_db, "SELECT log_index, block_height, bytes FROM transactions WHERE author = ? AND sequence = ?");
    s.bindBlob(1, author.toByteArray());
    s.bind(2, qint64(sequence));
    const int rc = s.step();
    if (rc == SQLITE_DONE) {
        return fail(ErrorCode::NotFound, QStringLiteral("no transaction of %1 with sequence %2 in this ledger").arg(author.toHex()).arg(sequence));
    }
    if (rc != SQLITE_ROW) {
        return fail(sqliteError(QStringLiteral("cannot look up transaction")));
    }
    return TransactionLocation{quint64(s.int64(0)), quint64(s.int64(1)), s.blob(2)};
}

qint64 sequenceColumn(const ledger::Transaction &tx, quint64 logIndex)
{
    return tx.body().isCosigned() ? -qint64(logIndex) - 1 : qint64(tx.body().sequence);
}

Result<quint64> Store::lastSealedSequence(const crypto::PublicKey &author)
{
    // max(..., 0): an author's co-signed transactions hold negative numbers (sequenceColumn).
    Statement s(*m_statements, m_db, "SELECT max(coalesce(max(sequence), 0), 0) FROM transactions WHERE author = ?");
    s.bindBlob(1, author.toByteArray());
    if (s.step() != SQLITE_ROW) {
        return fail(sqliteError(QStringLiteral("cannot read sequences")));
    }
    return quint64(s.int64(0));
}

Result<void> Store::insertBlock(const ledger::SealedBlock &block, const std::vector<ledger::Transaction> &transactions)
{
    Statement insertBlock(*m_statements, m_db, "INSERT INTO blocks (height, hash, header, signature, checkpoint_signature) VALUES (?, ?, ?, ?, ?)");
    Statement insertTx(*m_statements, m_db, "INSERT INTO transactions (log_index, block_height, id, kind, author, sequence, bytes) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
    Statement sealOutbox(*m_statements, m_db, "UPDATE outbox SET state = 'sealed', block_height = ?, log_index = ?, reason_code = NULL, "
                               "reason = NULL WHERE id = ?");
    if (!insertBlock.ok() || !insertTx.ok() || !sealOutbox.ok()) {
        return fail(sqliteError(QStringLiteral("cannot prepare block insert")));
    }
    insertBlock.bind(1, qint64(block.header.height));
    insertBlock.bindBlob(2, crypto::toByteArray(block.hash));
    insertBlock.bindBlob(3, block.headerBytes);
    insertBlock.bindBlob(4, block.signature);
    insertBlock.bindBlob(5, block.checkpointSignature);
    if (insertBlock.step() != SQLITE_DONE) {
        return fail(sqliteError(QStringLiteral("cannot store block %1").arg(block.header.height)));
    }
    quint64 index = block.header.firstIndex;
    for (const ledger::Transaction &tx : transactions) {
        const QByteArray id = crypto::toByteArray(tx.id());
        insertTx.bind(1, qint64(index));
        insertTx.bind(2, qint64(block.header.height));
        insertTx.bindBlob(3, id);
        insertTx.bindText(4, tx.body().kind);
        insertTx.bindBlob(5, tx.body().author.toByteArray());
        insertTx.bind(6, sequenceColumn(tx, index));
        insertTx.bindBlob(7, tx.bytes());
        if (insertTx.step() != SQLITE_DONE) {
            return fail(sqliteError(QStringLiteral("cannot store transaction %1 at log index %2").arg(crypto::toHex(tx.id())).arg(index)));
        }
        insertTx.reset();
        sealOutbox.bind(1, qint64(block.header.height));
        sealOutbox.bind(2, qint64(index));
        sealOutbox.bindBlob(3, id);
        if (sealOutbox.step() != SQLITE_DONE) {
            return fail(sqliteError(QStringLiteral("cannot update the outbox")));
        }
        sealOutbox.reset();
        ++index;
    }
    // The block's leaf hashes, already in the log (appendBlock appended them to check the root).
    Statement insertLeaves(*m_statements, m_db, "INSERT INTO log_leaves (first_index, leaves) VALUES (?, ?)");
    if (!insertLeaves.ok()) {
        return fail(sqliteError(QStringLiteral("cannot prepare block insert")));
    }
    QByteArray leaves;
    leaves.reserve(qsizetype(transactions.size() * sizeof(merkle::Hash)));
    for (quint64 i = block.header.firstIndex; i < index; ++i) {
        CY_TRY(const merkle::Hash leaf, m_log.leafHashAt(i));
        leaves.append(reinterpret_cast<const char *>(leaf.data()), qsizetype(leaf.size()));
    }
    insertLeaves.bind(1, qint64(block.header.firstIndex));
    insertLeaves.bindBlob(2, leaves);
    if (insertLeaves.step() != SQLITE_DONE) {
        return fail(sqliteError(QStringLiteral("cannot store the leaf hashes of block %1").arg(block.header.height)));
    }
    return {};
}

Result<void> Store::insertEffects(quint64 blockHeight, const BlockEffects &effects)
{
    Statement put(*m_statements, m_db, "INSERT OR REPLACE INTO state (key, value, leaf) VALUES (?, ?, ?)");
    Statement remove(*m_statements, m_db, "DELETE FROM state WHERE key = ?");
    Statement post(*m_statements, m_db, "INSERT INTO postings (log_index, ordinal, account, currency, amount, block_height) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
    // A sum beyond 64 bits would be a REAL, which the STRICT table refuses: the block then fails.
    Statement total(*m_statements, m_db, "INSERT INTO account_totals (account, currency, debits, credits, postings) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (account, currency) DO UPDATE SET "
                                         "debits = debits + ?3, credits = credits + ?4, postings = postings + ?5");
    if (!put.ok() || !remove.ok() || !post.ok()) {
        return fail(sqliteError(QStringLiteral("cannot prepare the projection update")));
    }
    // What stateRootWith found for this very delta: the new chunks, the encoded values and leaves.
    std::unique_ptr<PreparedRuns> prepared = std::move(m_preparedRuns);
    if (prepared && prepared->changes != effects.delta.changes()) {
        prepared.reset();
    }
    std::size_t putIndex = 0;
    for (const auto &[key, value] : effects.delta.changes()) {
        if (value) {
            put.bindBlob(1, key);
            if (prepared) {
                const StateChunks::EncodedPut &encoded = prepared->puts[putIndex++];
                put.bindBlob(2, encoded.value);
                put.bindBlob(3, QByteArrayView(reinterpret_cast<const char *>(encoded.leaf.data()), qsizetype(encoded.leaf.size())));
            } else {
                put.bindBlob(2, value->encode());
                put.bindBlob(3, crypto::toByteArray(state::entryLeaf(key, *value)));
            }
            if (put.step() != SQLITE_DONE) {
                return fail(sqliteError(QStringLiteral("cannot write state entry %1").arg(QString::fromLatin1(key.toHex()))));
            }
            put.reset();
        } else {
            remove.bindBlob(1, key);
            if (remove.step() != SQLITE_DONE) {
                return fail(sqliteError(QStringLiteral("cannot remove state entry %1").arg(QString::fromLatin1(key.toHex()))));
            }
            remove.reset();
        }
    }
    for (const PostingRow &p : effects.postings) {
        post.bind(1, qint64(p.logIndex));
        post.bind(2, p.ordinal);
        post.bindText(3, p.account);
        post.bindText(4, p.currency);
        post.bind(5, p.amount);
        post.bind(6, qint64(blockHeight));
        if (post.step() != SQLITE_DONE) {
            return fail(sqliteError(QStringLiteral("cannot store posting %1 of log index %2").arg(p.ordinal).arg(p.logIndex)));
        }
        post.reset();
    }
    struct Totals {
        qint64 debits = 0;
        qint64 credits = 0;
        qint64 postings = 0;
    };
    std::map<std::pair<QString, QString>, Totals> totals;
    for (const PostingRow &p : effects.postings) {
        Totals &t = totals[{p.account, p.currency}];
        const bool overflow = p.amount >= 0 ? __builtin_add_overflow(t.debits, p.amount, &t.debits)
                                            : (p.amount == std::numeric_limits<qint64>::min() ||
                                               __builtin_add_overflow(t.credits, -p.amount, &t.credits));
        if (overflow) {
            return fail(ErrorCode::Overflow, QStringLiteral("the postings of block %1 on %2 add up beyond 64 bits").arg(blockHeight).arg(p.account));
        }
        ++t.postings;
    }
    for (const auto &[key, t] : totals) {
        total.bindText(1, key.first);
        total.bindText(2, key.second);
        total.bind(3, t.debits);
        total.bind(4, t.credits);
        total.bind(5, t.postings);
        if (total.step() != SQLITE_DONE) {
            return fail(sqliteError(QStringLiteral("cannot update the totals of %1 in %2 (a total beyond 64 bits is refused)")
                                        .arg(key.first, key.second)));
        }
        total.reset();
    }
    // The chunk roots follow the table (a rollback drops them).
    if (m_chunks && !effects.delta.isEmpty()) {
        if (prepared) {
            m_chunks->apply(std::move(prepared->runs), std::move(prepared->tree));
        } else {
            m_chunks->apply(m_chunks->runsFor(effects.delta.changes()));
        }
    }
    return {};
}

Result<void> Store::appendBlock(const ledger::SealedBlock &block, const std::vector<ledger::Transaction> &transactions)
{
    return appendBlock(block, transactions, noEffects());
}

Result<void> Store::checkExtends(const ledger::SealedBlock &block, const std::vector<ledger::Transaction> &transactions)
{
    const ledger::BlockHeader &h = block.header;
    const auto reject = [&](const QString &why) {
        return fail(ErrorCode::Integrity, QStringLiteral("block %1 does not extend this ledger: %2").arg(h.height).arg(why));
    };
    // What is stored is headerBytes: it must say exactly what header says.
    if (block.headerBytes != h.encode() || block.hash != crypto::sha256(block.headerBytes)) {
        return reject(QStringLiteral("its header bytes or hash do not match its header"));
    }
    if (h.height != m_blockCount) {
        return reject(QStringLiteral("expected height %1").arg(m_blockCount));
    }
    if (transactions.empty() || h.transactionCount() != transactions.size()) {
        return reject(QStringLiteral("it names %1 transactions but carries %2").arg(h.transactionCount()).arg(transactions.size()));
    }
    if (h.firstIndex != m_log.size()) {
        return reject(QStringLiteral("it starts at log index %1 but the log has %2 entries").arg(h.firstIndex).arg(m_log.size()));
    }
    if (m_blockCount == 0) {
        if (h.previous != crypto::Digest{}) {
            return reject(QStringLiteral("the first block must have an all-zero previous hash"));
        }
    } else {
        CY_TRY(const ledger::SealedBlock tipBlock, tip());
        if (h.previous != tipBlock.hash) {
            return reject(QStringLiteral("its previous hash is not the hash of block %1").arg(tipBlock.header.height));
        }
        if (h.communityId != tipBlock.header.communityId) {
            return reject(QStringLiteral("it belongs to another community"));
        }
        if (h.timeMs < tipBlock.header.timeMs) {
            return reject(QStringLiteral("its time is before the previous block's"));
        }
    }
    for (const ledger::Transaction &tx : transactions) {
        if (tx.body().communityId != h.communityId) {
            return reject(QStringLiteral("transaction %1 belongs to another community").arg(crypto::toHex(tx.id())));
        }
    }
    return {};
}

Result<void> Store::appendBlock(const ledger::SealedBlock &block, const std::vector<ledger::Transaction> &transactions,
                                const BlockEffects &effects)
{
    CY_CHECK(checkExtends(block, transactions));
    const ledger::BlockHeader &h = block.header;
    const auto reject = [&](const QString &why) {
        return fail(ErrorCode::Integrity, QStringLiteral("block %1 does not extend this ledger: %2").arg(h.height).arg(why));
    };
    for (const PostingRow &p : effects.postings) {
        if (p.logIndex < h.firstIndex || p.logIndex > h.lastIndex || p.ordinal < 0) {
            return fail(ErrorCode::InvalidArgument, QStringLiteral("posting %1 of log index %2 is not in block %3 (log indexes %4 to %5)")
                                                        .arg(p.ordinal).arg(p.logIndex).arg(h.height).arg(h.firstIndex).arg(h.lastIndex));
        }
    }

    const quint64 oldSize = m_log.size();
    for (const ledger::Transaction &tx : transactions) {
        m_log.append(tx.bytes());
    }
    if (m_log.root() != h.logRoot) {
        m_log.truncate(oldSize);
        return reject(QStringLiteral("its log root is not the root of the log with its transactions appended"));
    }

    auto undo = [&](Error e) {
        (void)exec("ROLLBACK");
        m_log.truncate(oldSize);
        forgetChunks();
        return fail(std::move(e));
    };
    if (auto ok = exec("BEGIN IMMEDIATE"); !ok) {
        m_log.truncate(oldSize);
        return fail(ok.error());
    }
    if (auto ok = insertBlock(block, transactions); !ok) {
        return undo(ok.error());
    }
    if (auto ok = insertEffects(h.height, effects); !ok) {
        return undo(ok.error());
    }
    if (m_commitDelayMs > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(m_commitDelayMs));
    }
    if (auto ok = exec("COMMIT"); !ok) {
        return undo(ok.error());
    }
    ++m_blockCount;
    m_tip = block;
    return {};
}

Result<ledger::SealedBlock> Store::sealNext(const std::vector<ledger::Transaction> &transactions,
                                            const crypto::Digest &stateRoot, quint64 timeMs, const crypto::KeyPair &sealer)
{
    return sealNext(transactions, stateRoot, timeMs, sealer, noEffects());
}

Result<quint64> Store::nextBlockTime(quint64 timeMs)
{
    CY_TRY(const ledger::SealedBlock previous, tip());
    return std::max(timeMs, previous.header.timeMs);
}

Result<ledger::SealedBlock> Store::sealNext(const std::vector<ledger::Transaction> &transactions,
                                            const crypto::Digest &stateRoot, quint64 timeMs, const crypto::KeyPair &sealer,
                                            const BlockEffects &effects)
{
    if (transactions.empty()) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a block needs at least one transaction"));
    }
    CY_TRY(const ledger::SealedBlock previous, tip());
    CY_TRY(const ledger::Genesis g, genesis());
    ledger::BlockHeader h;
    h.communityId = previous.header.communityId;
    h.height = previous.header.height + 1;
    h.previous = previous.hash;
    h.firstIndex = m_log.size();
    h.lastIndex = m_log.size() + transactions.size() - 1;
    const quint64 oldSize = m_log.size();
    for (const ledger::Transaction &tx : transactions) {
        m_log.append(tx.bytes());
    }
    h.logRoot = m_log.root();
    m_log.truncate(oldSize);
    h.stateRoot = stateRoot;
    h.timeMs = std::max(timeMs, previous.header.timeMs);
    ledger::SealedBlock block = ledger::sealBlock(h, sealer, g.logOrigin());
    CY_CHECK(appendBlock(block, transactions, effects));
    return block;
}

Store::ReadScope::ReadScope(Store &store) : m_store(store)
{
    // Outside a transaction SAVEPOINT starts a deferred one: the read lock is taken by the first
    // read and kept until RELEASE. If it cannot start, reads still work, one transaction each.
    Statement s(*store.m_statements, store.m_db, "SAVEPOINT read_scope");
    m_open = s.ok() && s.step() == SQLITE_DONE;
}

Store::ReadScope::~ReadScope()
{
    if (m_open) {
        Statement s(*m_store.m_statements, m_store.m_db, "RELEASE read_scope");
        if (!s.ok() || s.step() != SQLITE_DONE) {
            qCWarning(lcStore) << "cannot end a read scope:" << sqlite3_errmsg(m_store.m_db);
        }
    }
}

const state::StateView &Store::state() const
{
    return *m_state;
}

Result<merkle::Hash> Store::stateRoot()
{
    return stateRootWith(state::StateDelta());
}

Result<merkle::Hash> Store::stateRootWith(const state::StateDelta &delta)
{
    // The kept chunk tree, with the chunks the delta touches re-made from their kept leaves merged
    // with the delta's entries: only the delta is re-encoded, only those chunks and the tree nodes
    // above them re-hashed.
    CY_TRY(StateChunks *const chunks, this->chunks());
    if (delta.isEmpty()) {
        return chunks->root();
    }
    std::vector<StateChunks::EncodedPut> puts;
    std::vector<StateChunks::Run> runs = chunks->runsFor(delta.changes(), &puts);
    ChunkTree::NodePtr tree = chunks->treeWith(runs);
    const merkle::Hash root = ChunkTree::rootOf(tree);
    // Most often this delta is written next (the block it belongs to): keep what it does.
    m_preparedRuns = std::make_unique<PreparedRuns>(PreparedRuns{delta.changes(), std::move(runs), std::move(puts), std::move(tree)});
    return root;
}

Result<quint64> Store::stateEntryCount()
{
    Statement s(m_db, "SELECT count(*) FROM state");
    if (!s.ok() || s.step() != SQLITE_ROW) {
        return fail(sqliteError(QStringLiteral("cannot read the state")));
    }
    return quint64(s.int64(0));
}

Result<quint64> Store::postingCount()
{
    Statement s(m_db, "SELECT count(*) FROM postings");
    if (!s.ok() || s.step() != SQLITE_ROW) {
        return fail(sqliteError(QStringLiteral("cannot read the postings")));
    }
    return quint64(s.int64(0));
}

namespace {
Result<std::vector<PostingRow>> readPostings(Statement &s, const std::function<Error()> &error)
{
    std::vector<PostingRow> out;
    int rc = SQLITE_ROW;
    while ((rc = s.step()) == SQLITE_ROW) {
        out.push_back(PostingRow{quint64(s.int64(0)), int(s.int64(1)), s.text(2), s.text(3), s.int64(4)});
    }
    if (rc != SQLITE_DONE) {
        return fail(error());
    }
    return out;
}
} // namespace

Result<std::vector<PostingRow>> Store::postings()
{
    Statement s(m_db, "SELECT log_index, ordinal, account, currency, amount FROM postings ORDER BY log_index, ordinal");
    return readPostings(s, [this] { return sqliteError(QStringLiteral("cannot read the postings")); });
}

Result<std::vector<PostingRow>> Store::postingsForAccount(const QString &account)
{
    Statement s(*m_statements, m_db, "SELECT log_index, ordinal, account, currency, amount FROM postings WHERE account = ? "
                      "ORDER BY log_index, ordinal");
    s.bindText(1, account);
    return readPostings(s, [this, &account] { return sqliteError(QStringLiteral("cannot read the postings of %1").arg(account)); });
}

Result<std::vector<AccountPosting>> Store::accountPostings(const QStringList &accounts)
{
    std::vector<AccountPosting> out;
    for (const QString &account : accounts) {
        Statement s(*m_statements, m_db,
                    "SELECT p.log_index, p.ordinal, p.currency, p.amount, p.block_height, t.id, t.kind "
                    "FROM postings p JOIN transactions t ON t.log_index = p.log_index "
                    "WHERE p.account = ? ORDER BY p.log_index, p.ordinal");
        if (!s.ok()) {
            return fail(sqliteError(QStringLiteral("cannot read the postings of %1").arg(account)));
        }
        s.bindText(1, account);
        int rc = SQLITE_ROW;
        while ((rc = s.step()) == SQLITE_ROW) {
            out.push_back(AccountPosting{PostingRow{quint64(s.int64(0)), int(s.int64(1)), account, s.text(2), s.int64(3)},
                                         quint64(s.int64(4)), s.blob(5), s.text(6)});
        }
        if (rc != SQLITE_DONE) {
            return fail(sqliteError(QStringLiteral("cannot read the postings of %1").arg(account)));
        }
    }
    std::sort(out.begin(), out.end(), [](const AccountPosting &a, const AccountPosting &b) {
        return std::pair(a.posting.logIndex, a.posting.ordinal) < std::pair(b.posting.logIndex, b.posting.ordinal);
    });
    return out;
}

Result<std::vector<AccountTotalsRow>> Store::accountTotals()
{
    Statement s(*m_statements, m_db, "SELECT account, currency, debits, credits, postings FROM account_totals ORDER BY account, currency");
    if (!s.ok()) {
        return fail(sqliteError(QStringLiteral("cannot read the account totals")));
    }
    std::vector<AccountTotalsRow> out;
    int rc = SQLITE_ROW;
    while ((rc = s.step()) == SQLITE_ROW) {
        out.push_back(AccountTotalsRow{s.text(0), s.text(1), s.int64(2), s.int64(3), quint64(s.int64(4))});
    }
    if (rc != SQLITE_DONE) {
        return fail(sqliteError(QStringLiteral("cannot read the account totals")));
    }
    return out;
}

Result<void> Store::forEachPostingRow(const std::function<bool(const PostingRow &row, quint64 blockHeight)> &visit)
{
    return forEachPostingRow(0, std::nullopt, visit);
}

Result<void> Store::forEachPostingRow(quint64 fromLogIndex, std::optional<quint64> throughLogIndex,
                                      const std::function<bool(const PostingRow &row, quint64 blockHeight)> &visit)
{
    CY_CHECK(exec("SAVEPOINT read_posting_rows"));
    auto result = [&]() -> Result<void> {
        // Pooled: checkProjections runs it once per block.
        Statement s(*m_statements, m_db,
                    "SELECT log_index, ordinal, account, currency, amount, block_height FROM postings "
                    "WHERE log_index >= ?1 AND log_index <= ?2 ORDER BY log_index, ordinal");
        if (!s.ok()) {
            return fail(sqliteError(QStringLiteral("cannot read the postings")));
        }
        constexpr quint64 kMaxIndex = quint64(std::numeric_limits<qint64>::max());
        s.bind(1, qint64(std::min(fromLogIndex, kMaxIndex)));
        s.bind(2, qint64(std::min(throughLogIndex.value_or(kMaxIndex), kMaxIndex)));
        int rc = SQLITE_ROW;
        while ((rc = s.step()) == SQLITE_ROW) {
            const PostingRow row{quint64(s.int64(0)), int(s.int64(1)), s.text(2), s.text(3), s.int64(4)};
            if (!visit(row, quint64(s.int64(5)))) {
                return {};
            }
        }
        if (rc != SQLITE_DONE) {
            return fail(sqliteError(QStringLiteral("cannot read the postings")));
        }
        return {};
    }();
    (void)exec("RELEASE read_posting_rows");
    return result;
}

Result<void> Store::forEachStateRow(const std::function<bool(QByteArrayView key, QByteArrayView value, QByteArrayView leaf)> &visit)
{
    CY_CHECK(exec("SAVEPOINT read_state_rows"));
    auto result = [&]() -> Result<void> {
        Statement s(m_db, "SELECT key, value, leaf FROM state ORDER BY key");
        if (!s.ok()) {
            return fail(sqliteError(QStringLiteral("cannot read the state")));
        }
        int rc = SQLITE_ROW;
        while ((rc = s.step()) == SQLITE_ROW) {
            if (!visit(s.blobView(0), s.blobView(1), s.blobView(2))) {
                return {};
            }
        }
        if (rc != SQLITE_DONE) {
            return fail(sqliteError(QStringLiteral("cannot read the state")));
        }
        return {};
    }();
    (void)exec("RELEASE read_state_rows");
    return result;
}

Result<quint64> Store::blockTime(quint64 height)
{
    // Blocks never change: a time read once is kept.
    if (const auto known = m_blockTimes.find(height); known != m_blockTimes.end()) {
        return known->second;
    }
    Statement s(*m_statements, m_db, "SELECT header FROM blocks WHERE height = ?");
    s.bind(1, qint64(height));
    const int rc = s.step();
    if (rc == SQLITE_DONE) {
        return fail(ErrorCode::NotFound, QStringLiteral("there is no block %1").arg(height));
    }
    if (rc != SQLITE_ROW) {
        return fail(sqliteError(QStringLiteral("cannot read block %1").arg(height)));
    }
    CY_TRY(const ledger::BlockHeader header, ledger::BlockHeader::decode(s.blobView(0)));
    m_blockTimes.emplace(height, header.timeMs);
    return header.timeMs;
}

Result<void> Store::rebuildProjections(const std::function<Result<void>()> &replay)
{
    if (m_rebuilding) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the projections are already being rebuilt"));
    }
    CY_CHECK(exec("BEGIN IMMEDIATE"));
    auto rollback = [&](Error e) {
        m_rebuilding = false;
        (void)exec("ROLLBACK");
        forgetChunks();
        return fail(std::move(e));
    };
    forgetChunks();
    if (auto cleared = exec("DELETE FROM state; DELETE FROM postings; DELETE FROM account_totals;"); !cleared) {
        return rollback(cleared.error().prefixed(QStringLiteral("cannot clear the projections")));
    }
    m_rebuilding = true;
    if (auto replayed = replay(); !replayed) {
        return rollback(replayed.error());
    }
    m_rebuilding = false;
    if (auto ok = exec("COMMIT"); !ok) {
        return rollback(ok.error());
    }
    return {};
}

Result<void> Store::writeProjection(quint64 blockHeight, const BlockEffects &effects)
{
    if (!m_rebuilding) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("projections are written with their block, or during rebuildProjections"));
    }
    if (blockHeight >= m_blockCount) {
        return fail(ErrorCode::NotFound, QStringLiteral("there is no block %1 to write effects for").arg(blockHeight));
    }
    return insertEffects(blockHeight, effects);
}

Result<OutboxEntry> Store::enqueue(const crypto::PublicKey &author, quint64 createdMs,
                                   const std::function<Result<ledger::Transaction>(quint64 sequence)> &build)
{
    CY_CHECK(exec("BEGIN IMMEDIATE"));
    auto rollback = [&](Error e) {
        (void)exec("ROLLBACK");
        return fail(std::move(e));
    };
    const QByteArray authorBytes = author.toByteArray();
    // The next sequence is past both what this device used and what the ledger has sealed.
    Statement used(m_db, "SELECT max(coalesce((SELECT last_sequence FROM author_sequences WHERE author = ?1), 0), "
                         "coalesce((SELECT max(sequence) FROM transactions WHERE author = ?1), 0))");
    used.bindBlob(1, authorBytes);
    if (used.step() != SQLITE_ROW) {
        return rollback(sqliteError(QStringLiteral("cannot read the author's sequence")));
    }
    const quint64 sequence = quint64(used.int64(0)) + 1;
    auto tx = build(sequence);
    if (!tx) {
        return rollback(tx.error());
    }
    if (tx->body().author != author || tx->body().sequence != sequence) {
        return rollback(Error{ErrorCode::InvalidArgument, QStringLiteral("the outbox transaction must use the reserved author and sequence")});
    }
    Statement bump(m_db, "INSERT INTO author_sequences (author, last_sequence) VALUES (?1, ?2) "
                         "ON CONFLICT (author) DO UPDATE SET last_sequence = excluded.last_sequence");
    bump.bindBlob(1, authorBytes);
    bump.bind(2, qint64(sequence));
    Statement insert(m_db, "INSERT INTO outbox (id, author, sequence, bytes, created_ms) VALUES (?, ?, ?, ?, ?)");
    insert.bindBlob(1, crypto::toByteArray(tx->id()));
    insert.bindBlob(2, authorBytes);
    insert.bind(3, qint64(sequence));
    insert.bindBlob(4, tx->bytes());
    insert.bind(5, qint64(createdMs));
    if (bump.step() != SQLITE_DONE || insert.step() != SQLITE_DONE) {
        return rollback(sqliteError(QStringLiteral("cannot store the transaction in the outbox")));
    }
    if (auto ok = exec("COMMIT"); !ok) {
        return rollback(ok.error());
    }
    OutboxEntry e;
    e.id = tx->id();
    e.bytes = tx->bytes();
    e.sequence = sequence;
    e.createdMs = createdMs;
    return e;
}

Result<std::vector<OutboxEntry>> Store::outbox(std::optional<OutboxState> state)
{
    Statement s(m_db, "SELECT id, bytes, sequence, created_ms, state, reason_code, reason, block_height, log_index "
                      "FROM outbox WHERE ?1 IS NULL OR state = ?1 ORDER BY created_ms, rowid");
    if (state) {
        s.bindText(1, outboxStateName(*state));
    } else {
        s.bindNull(1);
    }
    std::vector<OutboxEntry> out;
    int rc = SQLITE_ROW;
    while ((rc = s.step()) == SQLITE_ROW) {
        OutboxEntry e;
        CY_TRY(e.id, crypto::digestFromBytes(s.blob(0)));
        e.bytes = s.blob(1);
        e.sequence = quint64(s.int64(2));
        e.createdMs = quint64(s.int64(3));
        e.state = stateFromName(s.text(4));
        e.reasonCode = s.text(5);
        e.reason = s.text(6);
        if (!s.isNull(7)) {
            e.blockHeight = quint64(s.int64(7));
        }
        if (!s.isNull(8)) {
            e.logIndex = quint64(s.int64(8));
        }
        out.push_back(std::move(e));
    }
    if (rc != SQLITE_DONE) {
        return fail(sqliteError(QStringLiteral("cannot read the outbox")));
    }
    return out;
}

Result<void> Store::markRejected(const ledger::TxId &id, const QString &reasonCode, const QString &reason)
{
    Statement s(m_db, "UPDATE outbox SET state = 'rejected', reason_code = ?, reason = ? WHERE id = ? AND state = 'pending'");
    s.bindText(1, reasonCode);
    s.bindText(2, reason);
    s.bindBlob(3, crypto::toByteArray(id));
    if (s.step() != SQLITE_DONE) {
        return fail(sqliteError(QStringLiteral("cannot update the outbox")));
    }
    if (sqlite3_changes(m_db) == 0) {
        return fail(ErrorCode::NotFound, QStringLiteral("transaction %1 is not pending in the outbox").arg(crypto::toHex(id)));
    }
    return {};
}

} // namespace courtyard::store
