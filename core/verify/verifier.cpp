#include "core/verify/verifier.h"

#include "core/base/hex.h"
#include "core/ledger/genesis.h"
#include "core/store/migrations.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <map>
#include <memory>
#include <cstring>
#include <thread>
#include <unordered_map>

namespace courtyard::verify {

namespace {

// What the parallel phase learns about one stored transaction.
struct DecodedTransaction {
    std::optional<ledger::Transaction> tx;
    Error decodeError;
    merkle::Hash leaf{};
    int badSignature = -1; // index into tx->signatures() of the first that fails, -1 if none
};

// What the parallel phase learns about one stored block.
struct DecodedBlock {
    std::optional<ledger::SealedBlock> sealed;
    Error decodeError;
    bool blockSignatureOk = false;
    bool checkpointSignatureOk = false;
};

// A run of blocks as stored, and what the workers made of them.
struct Batch {
    std::vector<store::StoredBlock> stored;
    std::size_t transactions = 0;
    std::vector<DecodedBlock> blocks;
    std::vector<DecodedTransaction> txs;
    std::future<void> decoding; // valid while workers decode it
};

struct PublicKeyHash {
    std::size_t operator()(const crypto::PublicKey &k) const noexcept
    {
        std::size_t h = 0;
        std::memcpy(&h, k.bytes().data(), sizeof h); // keys are uniformly random
        return h;
    }
};

// Runs work(i) for i in [0, count) on `threads` threads (the caller's among them), handing out
// small chunks so that a busy core does not hold the others back.
template <typename Work>
void parallelFor(std::size_t count, int threads, const Work &work)
{
    constexpr std::size_t kChunk = 16;
    std::atomic<std::size_t> next{0};
    const auto drain = [&] {
        for (std::size_t begin = next.fetch_add(kChunk); begin < count; begin = next.fetch_add(kChunk)) {
            const std::size_t end = std::min(count, begin + kChunk);
            for (std::size_t i = begin; i < end; ++i) {
                work(i);
            }
        }
    };
    std::vector<std::thread> helpers;
    const std::size_t extra = std::min<std::size_t>(std::size_t(std::max(threads, 1) - 1), count / kChunk);
    helpers.reserve(extra);
    for (std::size_t t = 0; t < extra; ++t) {
        helpers.emplace_back(drain);
    }
    drain();
    for (std::thread &h : helpers) {
        h.join();
    }
}

class Verifier {
public:
    Verifier(store::Store &store, const Options &options)
        : m_store(store)
        , m_threads(std::max(1, options.threads))
        , m_options(options)
    {
    }

    Result<Report> run();

private:
    // Decodes a batch and checks its signatures on all threads.
    void decodeInParallel(Batch &batch);
    // Applies a decoded batch in order. Returns false once a problem is found.
    bool applyBatch(Batch &batch);
    // Everything that depends on order, for one block. Returns false on the first problem.
    bool applyBlock(const store::StoredBlock &stored, DecodedBlock &block, DecodedTransaction *txs);
    bool applyGenesis(const ledger::Transaction &tx, const ledger::BlockHeader &header, quint64 logIndex);
    void checkTrustedCheckpoint();
    bool report(quint64 height, std::optional<quint64> logIndex, QString txId, ErrorCode code, QString reason);
    // The leaf hashes the store caches to open quickly (log_leaves) must be those of the bytes.
    Result<bool> checkLeafCache();

    store::Store &m_store;
    int m_threads;
    const Options &m_options;
    Report m_report;

    merkle::MerkleLog m_log;
    std::optional<ledger::Genesis> m_genesis;
    QString m_origin;
    crypto::Digest m_previousHash{};
    quint64 m_previousTime = 0;
    quint64 m_nextHeight = 0;
    std::unordered_map<crypto::PublicKey, quint64, PublicKeyHash> m_lastSequence;
    // Co-signed transactions sealed so far whose validity has not passed (id -> validUntilMs):
    // only those could be sealed again, and a second one is a replay.
    std::map<ledger::TxId, quint64> m_cosigned;
    std::vector<quint64> m_blockEnds; // log size after each verified block
};

bool Verifier::report(quint64 height, std::optional<quint64> logIndex, QString txId, ErrorCode code, QString reason)
{
    m_report.problem = Problem{height, logIndex, std::move(txId), code, std::move(reason)};
    return false;
}

void Verifier::decodeInParallel(Batch &work)
{
    const std::vector<store::StoredBlock> &batch = work.stored;
    std::vector<DecodedBlock> &blocks = work.blocks;
    std::vector<DecodedTransaction> &txs = work.txs;
    std::vector<const store::StoredTransaction *> rows;
    rows.reserve(work.transactions);
    const store::StoredTransaction *genesisRow = nullptr; // the only payload the verifier reads
    for (const store::StoredBlock &b : batch) {
        for (const store::StoredTransaction &t : b.transactions) {
            rows.push_back(&t);
        }
        if (b.height == 0 && !b.transactions.empty()) {
            genesisRow = &b.transactions.front();
        }
    }
    blocks.assign(batch.size(), {});
    txs.assign(rows.size(), {});
    const crypto::PublicKey *sealer = m_genesis ? &m_genesis->sealer : nullptr;

    // Items [0, blocks) are block headers, the rest transactions: one pool for both.
    parallelFor(batch.size() + rows.size(), m_threads, [&](std::size_t i) {
        if (i < batch.size()) {
            const store::StoredBlock &stored = batch[i];
            DecodedBlock &out = blocks[i];
            auto sealed = ledger::SealedBlock::fromParts(stored.header, stored.signature, stored.checkpointSignature);
            if (!sealed) {
                out.decodeError = sealed.error();
                return;
            }
            if (sealer) { // block 0's sealer is only known once genesis is applied
                out.blockSignatureOk = sealer->verify(ledger::blockSigningMessage(sealed->headerBytes), sealed->signature);
                out.checkpointSignatureOk = sealer->verify(sealed->checkpoint(m_origin).body(), sealed->checkpointSignature);
            }
            out.sealed = std::move(*sealed);
            return;
        }
        thread_local ledger::KeyCache keys;
        const store::StoredTransaction &row = *rows[i - batch.size()];
        DecodedTransaction &out = txs[i - batch.size()];
        out.leaf = merkle::leafHash(row.bytes);
        // Payloads are validated as canonical but not built: only genesis's is read here.
        auto tx = ledger::Transaction::decode(row.bytes, &keys,
                                              &row == genesisRow ? ledger::PayloadDecoding::Full : ledger::PayloadDecoding::ValidateOnly);
        if (!tx) {
            out.decodeError = tx.error();
            return;
        }
        // One buffer per thread for the signed message: no allocation per transaction.
        thread_local QByteArray message;
        message.truncate(0);
        message.append(ledger::Transaction::signingMessage(QByteArrayView()));
        message.append(tx->bodyBytes());
        const auto &sigs = tx->signatures();
        for (std::size_t s = 0; s < sigs.size(); ++s) {
            if (!sigs[s].key.verify(message, sigs[s].signature)) {
                out.badSignature = int(s);
                break;
            }
        }
        out.tx = std::move(*tx);
    });
}

bool Verifier::applyGenesis(const ledger::Transaction &tx, const ledger::BlockHeader &header, quint64 logIndex)
{
    const QString idHex = crypto::toHex(tx.id());
    auto g = ledger::Genesis::fromTransaction(tx);
    if (!g) {
        return report(0, logIndex, idHex, g.error().code, g.error().message);
    }
    if (g->communityId != header.communityId) {
        return report(0, logIndex, idHex, ErrorCode::Integrity, QStringLiteral("genesis names another community than block 0"));
    }
    if (m_options.trustedSealer && (g->sealer != m_options.trustedSealer->key || g->logOrigin() != m_options.trustedSealer->name)) {
        return report(0, logIndex, idHex, ErrorCode::Integrity,
                      QStringLiteral("genesis names sealer %1 of %2, not the trusted key %3 of %4: this is another ledger")
                          .arg(g->sealer.toHex(), g->logOrigin(), m_options.trustedSealer->key.toHex(), m_options.trustedSealer->name));
    }
    m_genesis = *g;
    m_origin = g->logOrigin();
    return true;
}

bool Verifier::applyBlock(const store::StoredBlock &stored, DecodedBlock &block, DecodedTransaction *txs)
{
    const quint64 height = stored.height;
    const auto blockProblem = [&](ErrorCode code, const QString &why) { return report(height, std::nullopt, QString(), code, why); };

    if (height != m_nextHeight) {
        return report(m_nextHeight, std::nullopt, QString(), ErrorCode::Integrity,
                      QStringLiteral("block %1 is missing; the next stored block is %2").arg(m_nextHeight).arg(height));
    }
    if (!block.sealed) {
        return blockProblem(block.decodeError.code, QStringLiteral("the header does not decode: ") + block.decodeError.message);
    }
    const ledger::SealedBlock &sealed = *block.sealed;
    const ledger::BlockHeader &h = sealed.header;
    if (h.height != height) {
        return blockProblem(ErrorCode::Integrity, QStringLiteral("the header says height %1 but it is stored as block %2").arg(h.height).arg(height));
    }
    if (crypto::toByteArray(sealed.hash) != stored.hash) {
        return blockProblem(ErrorCode::Integrity, QStringLiteral("the stored block hash is not the hash of the header"));
    }
    if (h.previous != m_previousHash) {
        return blockProblem(ErrorCode::Integrity, height == 0 ? QStringLiteral("the first block must have an all-zero previous hash")
                                                              : QStringLiteral("its previous hash is not the hash of block %1").arg(height - 1));
    }
    if (height > 0 && h.timeMs < m_previousTime) {
        return blockProblem(ErrorCode::Integrity, QStringLiteral("its time is earlier than block %1's").arg(height - 1));
    }
    // Co-signed transactions valid until before this block can no longer be sealed (a second
    // one would be refused as expired): they need not be remembered.
    std::erase_if(m_cosigned, [&h](const auto &entry) { return entry.second < h.timeMs; });
    if (m_genesis && h.communityId != m_genesis->communityId) {
        return blockProblem(ErrorCode::Integrity, QStringLiteral("it belongs to another community than genesis names"));
    }
    if (h.firstIndex != m_log.size()) {
        return blockProblem(ErrorCode::Integrity,
                            QStringLiteral("it starts at log index %1 but the blocks before it end at %2").arg(h.firstIndex).arg(m_log.size()));
    }
    if (stored.transactions.size() != h.transactionCount()) {
        return blockProblem(ErrorCode::Integrity, QStringLiteral("the header names %1 transactions but %2 are stored with it")
                                                      .arg(h.transactionCount()).arg(stored.transactions.size()));
    }
    if (height == 0) {
        // Genesis names the sealer: block 0's own signatures can only be checked after it.
        const DecodedTransaction &first = txs[0];
        if (!first.tx) {
            return report(0, 0, toHex(stored.transactions[0].id), first.decodeError.code,
                          QStringLiteral("the transaction does not decode: ") + first.decodeError.message);
        }
        if (!applyGenesis(*first.tx, h, 0)) {
            return false;
        }
        block.blockSignatureOk = m_genesis->sealer.verify(ledger::blockSigningMessage(sealed.headerBytes), sealed.signature);
        block.checkpointSignatureOk = m_genesis->sealer.verify(sealed.checkpoint(m_origin).body(), sealed.checkpointSignature);
    }
    if (!block.blockSignatureOk) {
        return blockProblem(ErrorCode::BadSignature, QStringLiteral("the sealer's signature on the block does not verify"));
    }
    if (!block.checkpointSignatureOk) {
        return blockProblem(ErrorCode::BadSignature, QStringLiteral("the sealer's checkpoint signature does not verify"));
    }

    quint64 signatures = 2; // the block's and the checkpoint's
    for (std::size_t ordinal = 0; ordinal < stored.transactions.size(); ++ordinal) {
        const store::StoredTransaction &row = stored.transactions[ordinal];
        const DecodedTransaction &decoded = txs[ordinal];
        const quint64 index = h.firstIndex + ordinal;
        if (row.logIndex != index || row.blockHeight != height) {
            return report(height, index, QString(), ErrorCode::Integrity,
                          QStringLiteral("the transaction stored at log index %1 (block %2) is out of place").arg(row.logIndex).arg(row.blockHeight));
        }
        if (!decoded.tx) {
            return report(height, index, toHex(row.id), decoded.decodeError.code,
                          QStringLiteral("the transaction does not decode: ") + decoded.decodeError.message);
        }
        const ledger::Transaction &tx = *decoded.tx;
        const auto idHex = [&tx] { return crypto::toHex(tx.id()); };
        if (QByteArrayView(reinterpret_cast<const char *>(tx.id().data()), qsizetype(tx.id().size())) != QByteArrayView(row.id)) {
            return report(height, index, toHex(row.id), ErrorCode::Integrity,
                          QStringLiteral("its stored id is not the hash of its body (real id %1)").arg(idHex()));
        }
        const ledger::TransactionBody &body = tx.body();
        const auto &author = body.author.bytes();
        if (row.kind != body.kind || QByteArrayView(row.author) != QByteArrayView(reinterpret_cast<const char *>(author.data()), qsizetype(author.size())) ||
            row.sequence != store::sequenceColumn(tx, index)) {
            return report(height, index, idHex(), ErrorCode::Integrity, QStringLiteral("its kind, author or sequence columns do not match its signed bytes"));
        }
        if (body.communityId != h.communityId) {
            return report(height, index, idHex(), ErrorCode::Integrity, QStringLiteral("it belongs to another community"));
        }
        if (index > 0 && body.kind == QLatin1String(ledger::kGenesisKind)) {
            return report(height, index, idHex(), ErrorCode::Integrity, QStringLiteral("a second genesis transaction"));
        }
        if (body.isCosigned()) {
            // Outside the author's sequence lane: sealed once, within its validity.
            if (h.timeMs > body.validUntilMs) {
                return report(height, index, idHex(), ErrorCode::Conflict,
                              QStringLiteral("the co-signed transaction was valid until %1, before its block's time %2")
                                  .arg(body.validUntilMs).arg(h.timeMs));
            }
            if (body.validUntilMs - h.timeMs > ledger::kMaxCosignedValidityMs) {
                return report(height, index, idHex(), ErrorCode::Integrity,
                              QStringLiteral("the co-signed transaction claims a validity until %1, more than the longest allowed after its block's time %2")
                                  .arg(body.validUntilMs).arg(h.timeMs));
            }
            if (!m_cosigned.emplace(tx.id(), body.validUntilMs).second) {
                return report(height, index, idHex(), ErrorCode::Conflict,
                              QStringLiteral("the co-signed transaction was sealed before (a replay?)"));
            }
        } else {
            quint64 &last = m_lastSequence[body.author];
            if (body.sequence <= last) {
                return report(height, index, idHex(), ErrorCode::Conflict,
                              QStringLiteral("sequence %1 of author %2 is not after their previous %3 (a replay?)")
                                  .arg(body.sequence).arg(body.author.toHex()).arg(last));
            }
            last = body.sequence;
        }
        if (!tx.isSignedBy(body.author)) {
            return report(height, index, idHex(), ErrorCode::Integrity, QStringLiteral("its author did not sign it"));
        }
        if (decoded.badSignature >= 0) {
            return report(height, index, idHex(), ErrorCode::BadSignature,
                          QStringLiteral("the signature of key %1 does not verify")
                              .arg(tx.signatures()[std::size_t(decoded.badSignature)].key.toHex()));
        }
        m_log.appendLeafHash(decoded.leaf);
        signatures += tx.signatures().size();
    }
    if (m_log.root() != h.logRoot) {
        return blockProblem(ErrorCode::Integrity, QStringLiteral("its log root is not the root of the log up to log index %1").arg(h.lastIndex));
    }
    m_report.signatures += signatures;
    m_report.blocks += 1;
    m_report.transactions += stored.transactions.size();
    m_report.logSize = m_log.size();
    m_blockEnds.push_back(m_log.size());
    m_previousHash = sealed.hash;
    m_previousTime = h.timeMs;
    ++m_nextHeight;
    return true;
}

bool Verifier::applyBatch(Batch &batch)
{
    if (batch.decoding.valid()) {
        batch.decoding.get();
    }
    std::size_t firstTx = 0;
    for (std::size_t b = 0; b < batch.stored.size(); ++b) {
        if (!applyBlock(batch.stored[b], batch.blocks[b], batch.txs.data() + firstTx)) {
            return false;
        }
        firstTx += batch.stored[b].transactions.size();
    }
    return true;
}

void Verifier::checkTrustedCheckpoint()
{
    if (!m_options.trustedCheckpoint) {
        return;
    }
    const ledger::Checkpoint &cp = *m_options.trustedCheckpoint;
    if (cp.origin != m_origin) {
        report(0, std::nullopt, QString(), ErrorCode::Integrity,
               QStringLiteral("the trusted checkpoint is of log '%1', this ledger is '%2'").arg(cp.origin, m_origin));
        return;
    }
    if (cp.size > m_log.size()) {
        report(m_nextHeight, std::nullopt, QString(), ErrorCode::Integrity,
               QStringLiteral("the ledger holds %1 transactions but the trusted checkpoint has %2: history was cut short")
                   .arg(m_log.size()).arg(cp.size));
        return;
    }
    if (cp.size > 0 && *m_log.rootAt(cp.size) != cp.root) {
        // Name the block that holds the checkpoint's last entry.
        const auto end = std::lower_bound(m_blockEnds.begin(), m_blockEnds.end(), cp.size);
        const quint64 height = quint64(end - m_blockEnds.begin());
        report(height, std::nullopt, QString(), ErrorCode::Integrity,
               QStringLiteral("the log up to %1 entries differs from the trusted checkpoint: history was rewritten").arg(cp.size));
    }
}

Result<bool> Verifier::checkLeafCache()
{
    if (m_store.schemaVersion() < store::kLeafCacheSchemaVersion) {
        return true; // an older ledger keeps no leaves
    }
    const auto heightOf = [this](quint64 index) {
        return quint64(std::upper_bound(m_blockEnds.begin(), m_blockEnds.end(), index) - m_blockEnds.begin());
    };
    quint64 expected = 0;
    bool good = true;
    CY_CHECK(m_store.forEachCachedLeaves([&](quint64 first, QByteArrayView leaves) {
        constexpr qsizetype kLeaf = qsizetype(sizeof(merkle::Hash));
        if (first >= m_log.size() && first == expected) {
            // Read in a later snapshot than the blocks: leaves of blocks appended since (or of
            // rows beyond the last block, which open() does not use) are not this run's to check.
            return false;
        }
        if (first != expected || leaves.size() % kLeaf != 0) {
            good = report(heightOf(expected), expected, QString(), ErrorCode::Integrity,
                          QStringLiteral("the cached leaf hashes (log_leaves) do not cover the log in order: a row of %1 bytes "
                                         "at log index %2").arg(leaves.size()).arg(first));
            return false;
        }
        for (qsizetype at = 0; at < leaves.size(); at += kLeaf, ++expected) {
            const auto real = m_log.leafHashAt(expected);
            if (!real || std::memcmp(real->data(), leaves.data() + at, real->size()) != 0) {
                good = report(heightOf(expected), expected, QString(), ErrorCode::Integrity,
                              real ? QStringLiteral("its cached leaf hash (log_leaves) is not the hash of its stored bytes")
                                   : QStringLiteral("a leaf hash is cached (log_leaves) for a log index no block holds"));
                return false;
            }
        }
        return true;
    }));
    if (good && expected != m_log.size()) {
        good = report(heightOf(expected), expected, QString(), ErrorCode::Integrity,
                      QStringLiteral("the cached leaf hashes (log_leaves) end at log index %1 but the log has %2 entries")
                          .arg(qint64(expected) - 1).arg(m_log.size()));
    }
    return good;
}

Result<Report> Verifier::run()
{
    // Batches big enough to keep every thread busy, small enough to bound memory. While the
    // workers decode and check one batch, this thread applies the one before and reads the one
    // after, so the work that must happen in order overlaps the work that need not.
    constexpr std::size_t kBatchTransactions = 2048;
    std::unique_ptr<Batch> filling = std::make_unique<Batch>();
    std::unique_ptr<Batch> inFlight;
    bool good = true;
    const auto dispatch = [&](std::unique_ptr<Batch> batch) {
        // Block 0 goes alone and at once: its genesis names the sealer the rest needs.
        const bool synchronous = m_threads == 1 || !m_genesis;
        if (synchronous) {
            decodeInParallel(*batch);
        } else {
            batch->decoding = std::async(std::launch::async, [this, b = batch.get()] { decodeInParallel(*b); });
        }
        std::unique_ptr<Batch> previous = std::move(inFlight);
        inFlight = std::move(batch);
        if (previous && !applyBatch(*previous)) {
            return false;
        }
        if (synchronous) {
            std::unique_ptr<Batch> now = std::move(inFlight);
            return applyBatch(*now);
        }
        return true;
    };
    quint64 unclaimed = 0;
    CY_CHECK(m_store.forEachBlock(0, [&](store::StoredBlock &&stored) {
        if (m_options.progress && !m_options.progress(m_report.blocks)) {
            m_report.cancelled = true;
            good = false;
            return false;
        }
        const bool alone = stored.height == 0 || !m_genesis;
        filling->transactions += stored.transactions.size();
        filling->stored.push_back(std::move(stored));
        if (alone || filling->transactions >= kBatchTransactions) {
            good = dispatch(std::exchange(filling, std::make_unique<Batch>()));
        }
        return good;
    }, &unclaimed));
    if (good && !filling->stored.empty()) {
        good = dispatch(std::move(filling));
    }
    if (good && inFlight) {
        good = applyBatch(*inFlight);
    }
    inFlight.reset(); // waits for any decoding still running
    if (m_report.cancelled) {
        m_report.logSize = m_blockEnds.empty() ? 0 : m_blockEnds.back();
        m_report.logRoot = m_report.logSize == 0 ? merkle::emptyRoot() : *m_log.rootAt(m_report.logSize);
        return m_report;
    }
    if (good && m_nextHeight == 0) {
        good = report(0, std::nullopt, QString(), ErrorCode::Integrity, QStringLiteral("the ledger holds no blocks"));
    }
    if (good && unclaimed > 0) {
        good = report(m_nextHeight, m_log.size(), QString(), ErrorCode::Integrity,
                      QStringLiteral("%1 transactions are stored beyond the last block").arg(unclaimed));
    }
    if (good) {
        CY_TRY(good, checkLeafCache());
    }
    if (good) {
        checkTrustedCheckpoint();
    }
    // What is reported as verified is the prefix of whole blocks before any problem.
    m_report.logSize = m_blockEnds.empty() ? 0 : m_blockEnds.back();
    m_report.logRoot = m_report.logSize == 0 ? merkle::emptyRoot() : *m_log.rootAt(m_report.logSize);
    return m_report;
}

} // namespace

QString Problem::describe() const
{
    QString where = QStringLiteral("block %1").arg(height);
    if (logIndex) {
        where += QStringLiteral(", transaction at log index %1").arg(*logIndex);
    }
    if (!transactionId.isEmpty()) {
        where += QStringLiteral(" (id %1)").arg(transactionId);
    }
    return where + QStringLiteral(": ") + reason;
}

Result<Report> verifyStore(store::Store &store, const Options &options)
{
    Verifier verifier(store, options);
    return verifier.run();
}

} // namespace courtyard::verify
