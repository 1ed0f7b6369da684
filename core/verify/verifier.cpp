#include "core/verify/verifier.h"

#include "core/base/hex.h"
#include "core/ledger/genesis.h"

#include <QHash>

#include <algorithm>
#include <atomic>
#include <thread>

namespace courtyard::verify {

namespace {

// Where a finding sits in log order: block-level findings come before the block's
// transactions, the log-root check after them.
struct Position {
    quint64 height = 0;
    qint64 ordinal = -1; // -1 block header, 0.. transaction within the block, kBlockEnd root check
    friend auto operator<=>(const Position &, const Position &) = default;
};
constexpr qint64 kBlockEnd = std::numeric_limits<qint64>::max();

struct SignatureCheck {
    enum class What { Transaction, Block, Checkpoint };
    crypto::PublicKey key;
    const QByteArray *message = nullptr;
    QByteArray signature;
    Position position;
    What what = What::Transaction;
    quint64 logIndex = 0;
    ledger::TxId txId{};

    // Built only when the check fails: formatting on the hot path would cost a few percent.
    Problem problem() const
    {
        switch (what) {
        case What::Transaction:
            return Problem{position.height, logIndex, crypto::toHex(txId), ErrorCode::BadSignature,
                           QStringLiteral("the signature of key %1 does not verify").arg(key.toHex())};
        case What::Block:
            return Problem{position.height, std::nullopt, QString(), ErrorCode::BadSignature,
                           QStringLiteral("the sealer's signature on the block does not verify")};
        case What::Checkpoint:
            return Problem{position.height, std::nullopt, QString(), ErrorCode::BadSignature,
                           QStringLiteral("the sealer's checkpoint signature does not verify")};
        }
        return {};
    }
};

// Verifies checks[begin, end) and returns the index of the first failure, or end.
std::size_t firstBadSignature(const std::vector<SignatureCheck> &checks, std::size_t begin, std::size_t end)
{
    for (std::size_t i = begin; i < end; ++i) {
        if (!checks[i].key.verify(*checks[i].message, checks[i].signature)) {
            return i;
        }
    }
    return end;
}

std::size_t firstBadSignatureParallel(const std::vector<SignatureCheck> &checks, int threads)
{
    const std::size_t n = checks.size();
    if (threads <= 1 || n < 64) {
        return firstBadSignature(checks, 0, n);
    }
    const std::size_t t = std::size_t(threads);
    std::vector<std::size_t> firstBad(t, n);
    std::vector<std::thread> workers;
    const std::size_t chunk = (n + t - 1) / t;
    for (std::size_t w = 1; w < t; ++w) {
        const std::size_t begin = std::min(n, w * chunk);
        const std::size_t end = std::min(n, begin + chunk);
        workers.emplace_back([&checks, &firstBad, w, begin, end] {
            const std::size_t bad = firstBadSignature(checks, begin, end);
            firstBad[w] = bad == end ? checks.size() : bad;
        });
    }
    const std::size_t end0 = std::min(n, chunk);
    const std::size_t bad0 = firstBadSignature(checks, 0, end0);
    firstBad[0] = bad0 == end0 ? n : bad0;
    for (std::thread &worker : workers) {
        worker.join();
    }
    return *std::min_element(firstBad.begin(), firstBad.end());
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
    // Structural checks of one block; appends its signature checks. Returns a problem, if any.
    std::optional<std::pair<Position, Problem>> checkBlock(const store::StoredBlock &stored);
    // Verifies the pending batch of signatures; true when all verified.
    bool flushSignatures();
    void reportAt(Position position, Problem problem);

    void checkTrustedCheckpoint();

    store::Store &m_store;
    int m_threads;
    const Options &m_options;
    std::vector<quint64> m_blockEnds; // log size after each verified block
    Report m_report;
    std::optional<std::pair<Position, Problem>> m_found;

    ledger::KeyCache m_keys;
    merkle::MerkleLog m_log;
    std::optional<ledger::Genesis> m_genesis;
    QString m_origin;
    crypto::Digest m_previousHash{};
    quint64 m_previousTime = 0;
    quint64 m_nextHeight = 0;
    QHash<QByteArray, quint64> m_lastSequence;
    QHash<quint64, quint64> m_transactionsBefore; // height -> log size at the block's start

    // Batch of signature work; messages are kept alive here until verified.
    std::vector<SignatureCheck> m_checks;
    std::vector<std::unique_ptr<QByteArray>> m_messages;
    quint64 m_batchBlocks = 0;
    quint64 m_batchTransactions = 0;
    quint64 m_batchLogSize = 0;
    merkle::Hash m_batchRoot{};
};

void Verifier::reportAt(Position position, Problem problem)
{
    if (!m_found || position < m_found->first) {
        m_found = std::make_pair(position, std::move(problem));
    }
}

bool Verifier::flushSignatures()
{
    const std::size_t bad = firstBadSignatureParallel(m_checks, m_threads);
    bool allGood = true;
    if (bad < m_checks.size()) {
        reportAt(m_checks[bad].position, m_checks[bad].problem());
        m_report.signatures += bad;
        allGood = false;
    } else {
        m_report.signatures += m_checks.size();
        m_report.blocks += m_batchBlocks;
        m_report.transactions += m_batchTransactions;
        m_report.logSize = m_batchLogSize;
        m_report.logRoot = m_batchRoot;
    }
    m_checks.clear();
    m_messages.clear();
    m_batchBlocks = 0;
    m_batchTransactions = 0;
    return allGood;
}

std::optional<std::pair<Position, Problem>> Verifier::checkBlock(const store::StoredBlock &stored)
{
    const quint64 height = stored.height;
    const auto blockProblem = [&](ErrorCode code, const QString &why) {
        return std::make_optional(std::make_pair(Position{height, -1}, Problem{height, std::nullopt, QString(), code, why}));
    };

    m_transactionsBefore.insert(height, m_log.size());
    if (height != m_nextHeight) {
        return std::make_optional(std::make_pair(
            Position{m_nextHeight, -1}, Problem{m_nextHeight, std::nullopt, QString(), ErrorCode::Integrity,
                                                QStringLiteral("block %1 is missing; the next stored block is %2").arg(m_nextHeight).arg(height)}));
    }
    auto sealedOr = ledger::SealedBlock::fromParts(stored.header, stored.signature, stored.checkpointSignature);
    if (!sealedOr) {
        return blockProblem(sealedOr.error().code, QStringLiteral("the header does not decode: ") + sealedOr.error().message);
    }
    const ledger::SealedBlock &sealed = *sealedOr;
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

    // Decode transactions; the first one of block 0 is genesis, which names the sealer.
    qint64 ordinal = 0;
    for (const store::StoredTransaction &row : stored.transactions) {
        const quint64 expectedIndex = h.firstIndex + quint64(ordinal);
        const Position pos{height, ordinal};
        const auto txProblem = [&](ErrorCode code, const QString &txId, const QString &why) {
            return std::make_optional(std::make_pair(pos, Problem{height, expectedIndex, txId, code, why}));
        };
        if (row.logIndex != expectedIndex || row.blockHeight != height) {
            return txProblem(ErrorCode::Integrity, QString(),
                             QStringLiteral("the transaction stored at log index %1 (block %2) is out of place").arg(row.logIndex).arg(row.blockHeight));
        }
        auto txOr = ledger::Transaction::decode(row.bytes, &m_keys);
        if (!txOr) {
            return txProblem(txOr.error().code, toHex(row.id), QStringLiteral("the transaction does not decode: ") + txOr.error().message);
        }
        const ledger::Transaction &tx = *txOr;
        const auto idHex = [&tx] { return crypto::toHex(tx.id()); };
        if (crypto::toByteArray(tx.id()) != row.id) {
            return txProblem(ErrorCode::Integrity, toHex(row.id), QStringLiteral("its stored id is not the hash of its body (real id %1)").arg(idHex()));
        }
        const ledger::TransactionBody &body = tx.body();
        if (row.kind != body.kind || row.author != body.author.toByteArray() || row.sequence != qint64(body.sequence)) {
            return txProblem(ErrorCode::Integrity, idHex(), QStringLiteral("its kind, author or sequence columns do not match its signed bytes"));
        }
        if (body.communityId != h.communityId) {
            return txProblem(ErrorCode::Integrity, idHex(), QStringLiteral("it belongs to another community"));
        }
        if (height == 0 && ordinal == 0) {
            auto g = ledger::Genesis::fromTransaction(tx);
            if (!g) {
                return txProblem(g.error().code, idHex(), g.error().message);
            }
            if (g->communityId != h.communityId) {
                return txProblem(ErrorCode::Integrity, idHex(), QStringLiteral("genesis names another community than block 0"));
            }
            if (m_options.trustedSealer &&
                (g->sealer != m_options.trustedSealer->key || g->logOrigin() != m_options.trustedSealer->name)) {
                return txProblem(ErrorCode::Integrity, idHex(),
                                 QStringLiteral("genesis names sealer %1 of %2, not the trusted key %3 of %4: this is another ledger")
                                     .arg(g->sealer.toHex(), g->logOrigin(), m_options.trustedSealer->key.toHex(),
                                          m_options.trustedSealer->name));
            }
            m_genesis = *g;
            m_origin = g->logOrigin();
        } else if (!m_genesis) {
            return txProblem(ErrorCode::Integrity, idHex(), QStringLiteral("the ledger does not start with a genesis transaction"));
        } else if (body.kind == QLatin1String(ledger::kGenesisKind)) {
            return txProblem(ErrorCode::Integrity, idHex(), QStringLiteral("a second genesis transaction"));
        }
        const QByteArray authorKey = body.author.toByteArray();
        const quint64 last = m_lastSequence.value(authorKey, 0);
        if (body.sequence <= last) {
            return txProblem(ErrorCode::Conflict, idHex(), QStringLiteral("sequence %1 of author %2 is not after their previous %3 (a replay?)")
                                                             .arg(body.sequence).arg(body.author.toHex()).arg(last));
        }
        m_lastSequence.insert(authorKey, body.sequence);
        if (!tx.isSignedBy(body.author)) {
            return txProblem(ErrorCode::Integrity, idHex(), QStringLiteral("its author did not sign it"));
        }
        m_messages.push_back(std::make_unique<QByteArray>(ledger::Transaction::signingMessage(tx.bodyBytes())));
        for (const ledger::TransactionSignature &s : tx.signatures()) {
            SignatureCheck check;
            check.key = s.key;
            check.message = m_messages.back().get();
            check.signature = s.signature;
            check.position = pos;
            check.logIndex = expectedIndex;
            check.txId = tx.id();
            m_checks.push_back(std::move(check));
        }
        m_log.append(row.bytes);
        ++ordinal;
    }

    // The block's own signatures, checked with the rest of the batch.
    m_messages.push_back(std::make_unique<QByteArray>(ledger::blockSigningMessage(sealed.headerBytes)));
    m_messages.push_back(std::make_unique<QByteArray>(sealed.checkpoint(m_origin).body()));
    const Position headerPos{height, -1};
    m_checks.push_back({m_genesis->sealer, m_messages[m_messages.size() - 2].get(), sealed.signature, headerPos,
                        SignatureCheck::What::Block});
    m_checks.push_back({m_genesis->sealer, m_messages.back().get(), sealed.checkpointSignature, headerPos,
                        SignatureCheck::What::Checkpoint});

    if (m_log.root() != h.logRoot) {
        return std::make_optional(std::make_pair(Position{height, kBlockEnd},
                                                 Problem{height, std::nullopt, QString(), ErrorCode::Integrity,
                                                         QStringLiteral("its log root is not the root of the log up to log index %1").arg(h.lastIndex)}));
    }
    m_blockEnds.push_back(m_log.size());
    m_previousHash = sealed.hash;
    m_previousTime = h.timeMs;
    ++m_nextHeight;
    ++m_batchBlocks;
    m_batchTransactions += stored.transactions.size();
    m_batchLogSize = m_log.size();
    m_batchRoot = m_log.root();
    return std::nullopt;
}

void Verifier::checkTrustedCheckpoint()
{
    if (!m_options.trustedCheckpoint) {
        return;
    }
    const ledger::Checkpoint &cp = *m_options.trustedCheckpoint;
    if (cp.origin != m_origin) {
        reportAt(Position{0, -1}, Problem{0, std::nullopt, QString(), ErrorCode::Integrity,
                                          QStringLiteral("the trusted checkpoint is of log '%1', this ledger is '%2'").arg(cp.origin, m_origin)});
        return;
    }
    if (cp.size > m_log.size()) {
        reportAt(Position{m_nextHeight, -1},
                 Problem{m_nextHeight, std::nullopt, QString(), ErrorCode::Integrity,
                         QStringLiteral("the ledger holds %1 transactions but the trusted checkpoint has %2: history was cut short")
                             .arg(m_log.size()).arg(cp.size)});
        return;
    }
    if (cp.size == 0) {
        return;
    }
    if (*m_log.rootAt(cp.size) != cp.root) {
        // Name the block that holds the checkpoint's last entry.
        const auto end = std::lower_bound(m_blockEnds.begin(), m_blockEnds.end(), cp.size);
        const quint64 height = quint64(end - m_blockEnds.begin());
        reportAt(Position{height, -1}, Problem{height, std::nullopt, QString(), ErrorCode::Integrity,
                                               QStringLiteral("the log up to %1 entries differs from the trusted checkpoint: "
                                                              "history was rewritten").arg(cp.size)});
    }
}

Result<Report> Verifier::run()
{
    constexpr std::size_t kBatchSignatures = 4096;
    quint64 unclaimed = 0;
    CY_CHECK(m_store.forEachBlock(0, [&](store::StoredBlock &&stored) {
        auto problem = checkBlock(stored);
        if (problem) {
            // Only signature checks before the problem matter now.
            std::erase_if(m_checks, [&](const SignatureCheck &c) { return !(c.position < problem->first); });
            reportAt(problem->first, problem->second);
            flushSignatures();
            return false;
        }
        if (m_checks.size() >= kBatchSignatures) {
            return flushSignatures();
        }
        return true;
    }, &unclaimed));
    if (!m_found) {
        flushSignatures();
    }
    if (!m_found && m_nextHeight == 0) {
        reportAt(Position{0, -1}, Problem{0, std::nullopt, QString(), ErrorCode::Integrity, QStringLiteral("the ledger holds no blocks")});
    }
    if (!m_found && unclaimed > 0) {
        reportAt(Position{m_nextHeight, -1},
                 Problem{m_nextHeight, m_log.size(), QString(), ErrorCode::Integrity,
                         QStringLiteral("%1 transactions are stored beyond the last block").arg(unclaimed)});
    }
    if (!m_found) {
        checkTrustedCheckpoint();
    }
    if (m_found) {
        // Everything before the first problem verified: signature checks run in log order,
        // so the first failing one bounds what is known good.
        const quint64 height = m_found->first.height;
        m_report.blocks = height;
        m_report.transactions = m_transactionsBefore.value(height, m_log.size());
        m_report.logSize = m_report.transactions;
        m_report.logRoot = m_report.logSize == 0 ? merkle::emptyRoot() : *m_log.rootAt(m_report.logSize);
        m_report.problem = m_found->second;
    }
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
