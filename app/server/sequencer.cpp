#include "app/server/sequencer.h"

#include "contracts/governance.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThread>

namespace courtyard::server {

namespace {

Q_LOGGING_CATEGORY(lcSequencer, "courtyard.server.sequencer")

QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::server", text);
}

// Decodes between fresh key caches: bounds the memory a device sending made-up keys can take.
constexpr quint64 kKeyCacheLifetime = 100000;

sync::TxStatus rejected(const ledger::TxId &id, const QString &code, const QString &reason)
{
    sync::TxStatus s;
    s.txId = id;
    s.state = sync::TxStatus::State::Rejected;
    s.code = code;
    s.reason = reason;
    return s;
}

sync::TxStatus sealedAt(const ledger::TxId &id, quint64 height, quint64 logIndex)
{
    sync::TxStatus s;
    s.txId = id;
    s.state = sync::TxStatus::State::Sealed;
    s.height = height;
    s.logIndex = logIndex;
    return s;
}

sync::TxStatus accepted(const ledger::TxId &id)
{
    sync::TxStatus s;
    s.txId = id;
    s.state = sync::TxStatus::State::Accepted;
    return s;
}

sync::BlockData blockData(const store::StoredBlock &b)
{
    sync::BlockData d;
    d.header = b.header;
    d.signature = b.signature;
    d.checkpointSignature = b.checkpointSignature;
    d.transactions.reserve(b.transactions.size());
    for (const store::StoredTransaction &t : b.transactions) {
        d.transactions.push_back(t.bytes);
    }
    return d;
}

qsizetype encodedSize(const sync::BlockData &d)
{
    qsizetype size = d.header.size() + d.signature.size() + d.checkpointSignature.size() + 32;
    for (const QByteArray &tx : d.transactions) {
        size += tx.size() + 9;
    }
    return size;
}

} // namespace

Result<std::unique_ptr<Sequencer>> Sequencer::open(const QString &ledgerPath, const contracts::Registry &registry,
                                                   crypto::KeyPair sealer, SequencerOptions options)
{
    // The server's commits run on the thread that answers devices: SQLite's checkpoints go to another.
    store::OpenOptions storeOptions;
    storeOptions.checkpointInBackground = true;
    // Tests kill the server while its sealing thread commits: each COMMIT then waits this long first.
    storeOptions.commitDelayMsForTesting = qEnvironmentVariableIntValue("COURTYARD_COMMIT_DELAY_MS_FOR_TESTING");
    CY_TRY(std::unique_ptr<node::Ledger> ledger, node::Ledger::open(ledgerPath, registry, storeOptions));
    // Submissions are read through a second connection while a block is being written.
    CY_CHECK(ledger->openReader());
    const ledger::Genesis &genesis = ledger->engine().genesis();
    if (sealer.publicKey() != genesis.sealer) {
        return fail(ErrorCode::InvalidArgument,
                    tr("the sealing key %1 is not this community's sealer %2 (genesis): use the key the ledger was created with")
                        .arg(sealer.publicKey().toHex(), genesis.sealer.toHex()));
    }
    if (options.maxBlockTransactions < 1) {
        return fail(ErrorCode::InvalidArgument, tr("the maximum block size must be at least 1 transaction"));
    }
    QString evidence = options.evidenceDir.isEmpty() ? ledgerPath + QStringLiteral(".evidence") : options.evidenceDir;
    return std::unique_ptr<Sequencer>(new Sequencer(std::move(ledger), std::move(sealer), std::move(options), std::move(evidence)));
}

Sequencer::Sequencer(std::unique_ptr<node::Ledger> ledger, crypto::KeyPair sealer, SequencerOptions options, QString evidenceDir)
    : m_ledger(std::move(ledger))
    , m_sealer(std::move(sealer))
    , m_options(std::move(options))
    , m_evidenceDir(std::move(evidenceDir))
    , m_checkers(std::make_unique<QThreadPool>())
{
    // The sequencer's own thread is busy too: one checker fewer than cores (at least one).
    m_checkers->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

Sequencer::~Sequencer()
{
    m_ledger->waitForSeal(); // the sealing thread uses m_sealer
    m_checkers->waitForDone();
}

Result<std::optional<sync::TxStatus>> Sequencer::duplicateAnswer(const ledger::Transaction &tx)
{
    if (m_ledger->isPending(tx.id())) {
        return accepted(tx.id());
    }
    auto found = m_ledger->findSealed(tx.id());
    if (found) {
        return sealedAt(tx.id(), found->blockHeight, found->logIndex);
    }
    if (found.error().code != ErrorCode::NotFound) {
        return fail(found.error());
    }
    return std::optional<sync::TxStatus>();
}

Result<std::optional<sync::TxStatus>> Sequencer::clonedKeyAnswer(const ledger::Transaction &tx)
{
    const ledger::TransactionBody &body = tx.body();
    QByteArray other;
    for (const auto *list : {&m_ledger->sealingTransactions(), &m_ledger->pending()}) {
        for (const ledger::Transaction &p : *list) {
            if (p.body().author == body.author && p.body().sequence == body.sequence) {
                other = p.bytes();
            }
        }
    }
    if (other.isEmpty()) {
        auto found = m_ledger->findSealed(body.author, body.sequence);
        if (found) {
            other = found->bytes;
        } else if (found.error().code != ErrorCode::NotFound) {
            return fail(found.error());
        }
    }
    if (other.isEmpty()) {
        return std::optional<sync::TxStatus>(); // an old, unused sequence: a plain stale sequence
    }
    CY_CHECK(keepEvidence(tx, other));
    qCWarning(lcSequencer).noquote() << QStringLiteral("cloned key? %1 signed two transactions with sequence %2; evidence kept in %3")
                                            .arg(body.author.toHex()).arg(body.sequence).arg(m_evidenceDir);
    return rejected(tx.id(), QString::fromLatin1(sync::errors::kEvidence),
                    tr("another transaction of this key already has sequence number %1: the key may be in use on two "
                       "devices. Both transactions are kept as evidence; ask a manager to check this device.")
                        .arg(body.sequence));
}

Result<void> Sequencer::keepEvidence(const ledger::Transaction &tx, const QByteArray &otherBytes)
{
    if (!QDir().mkpath(m_evidenceDir)) {
        return fail(ErrorCode::Io, tr("cannot create the evidence folder %1").arg(m_evidenceDir));
    }
    const QString stem = QStringLiteral("%1/%2-%3-").arg(m_evidenceDir, tx.body().author.toHex()).arg(tx.body().sequence);
    const auto write = [](const QString &path, const QByteArray &bytes) -> Result<void> {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            return fail(ErrorCode::Io, tr("cannot write the evidence file %1: %2").arg(path, file.errorString()));
        }
        return {};
    };
    CY_CHECK(write(stem + crypto::toHex(tx.id()) + QStringLiteral(".tx"), tx.bytes()));
    CY_TRY(const ledger::Transaction other, ledger::Transaction::decode(otherBytes));
    return write(stem + crypto::toHex(other.id()) + QStringLiteral(".tx"), otherBytes);
}

Result<sync::TxStatus> Sequencer::submit(QByteArrayView bytes, quint64 nowMs)
{
    // The keys a device could make up are not kept forever: the cache starts afresh now and then
    // (re-checking the few keys in use costs nothing next to the transactions in between).
    if (++m_decodes % kKeyCacheLifetime == 0) {
        m_keys = ledger::KeyCache();
    }
    // Signatures a worker already checked for these exact bytes are not checked again, nor are
    // the bytes decoded again.
    const bool verified = m_prechecked && m_prechecked->done.load(std::memory_order_acquire) && m_prechecked->decoded
                          && m_prechecked->transaction == bytes;
    Result<ledger::Transaction> decoded = verified ? Result<ledger::Transaction>(std::move(*m_prechecked->decoded))
                                                   : ledger::Transaction::decode(bytes, &m_keys);
    m_prechecked.reset();
    if (!decoded) {
        // No id to answer with: the id of bytes that are not a transaction is their hash.
        return rejected(crypto::sha256(bytes), QStringLiteral("malformed-transaction"),
                        tr("this is not a valid Courtyard transaction: %1").arg(decoded.error().message));
    }
    const ledger::Transaction &tx = *decoded;
    if (m_ledger->isPending(tx.id())) {
        return accepted(tx.id());
    }
    if (blockFull()) {
        CY_TRY(std::optional<sync::TxStatus> duplicate, duplicateAnswer(tx));
        if (duplicate) {
            return *duplicate;
        }
        return fail(ErrorCode::LimitExceeded, tr("the next block is full; seal it first"));
    }
    // Checked at the time the block will have: never before the last block's, even when this
    // server's clock is behind it (stepped back, or a ledger moved from another machine).
    CY_TRY(const quint64 now, m_ledger->nextBlockTime(nowMs));
    const quint64 blockTime = m_ledger->pending().empty() ? now : m_blockTimeMs.value_or(now);
    CY_TRY(const std::optional<contracts::Rejection> rejection,
           m_ledger->submit(tx, blockTime, verified ? contracts::Engine::Signatures::AlreadyVerified : contracts::Engine::Signatures::Verify));
    if (!rejection) {
        m_blockTimeMs = blockTime;
        return accepted(tx.id());
    }
    // Already sealed (node::Ledger::submit looks that up before anything else): its original answer.
    if (rejection->code == QLatin1String(node::kDuplicate)) {
        CY_TRY(std::optional<sync::TxStatus> duplicate, duplicateAnswer(tx));
        if (duplicate) {
            return *duplicate;
        }
    }
    if (rejection->code == QLatin1String(node::kStaleSequence)) {
        CY_TRY(std::optional<sync::TxStatus> cloned, clonedKeyAnswer(tx));
        if (cloned) {
            return *cloned;
        }
    }
    return rejected(tx.id(), rejection->code, rejection->message);
}

std::shared_ptr<Prechecked> Sequencer::precheck(const QByteArray &message, std::function<void()> done)
{
    auto checked = std::make_shared<Prechecked>();
    m_checkers->start([checked, message, done = std::move(done)] {
        thread_local ledger::KeyCache keys;
        thread_local quint64 decodes = 0;
        if (++decodes % kKeyCacheLifetime == 0) {
            keys = ledger::KeyCache();
        }
        if (auto decoded = sync::decode(message)) {
            if (const auto *submit = std::get_if<sync::Submit>(&*decoded)) {
                auto tx = ledger::Transaction::decode(submit->transaction, &keys);
                if (tx && tx->verifySignatures()) {
                    checked->transaction = tx->bytes();
                    checked->decoded = std::move(*tx);
                }
            }
        }
        checked->done.store(true, std::memory_order_release);
        done();
    });
    return checked;
}

void Sequencer::waitForPrechecks()
{
    m_checkers->waitForDone();
}

bool Sequencer::blockFull() const
{
    return m_ledger->pending().size() >= std::size_t(m_options.maxBlockTransactions);
}

quint64 Sequencer::pendingCount() const
{
    return m_ledger->pending().size() + m_ledger->sealingTransactions().size();
}

Result<std::optional<SealedBatch>> Sequencer::seal(quint64 nowMs, std::vector<sync::TxStatus> *refused)
{
    if (m_ledger->sealing()) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a block is being written: finish it first"));
    }
    // At the time the block's transactions were checked at (a seal that failed is tried again
    // with the same time).
    const quint64 blockTime = m_ledger->pending().empty() ? nowMs : m_blockTimeMs.value_or(nowMs);
    CY_TRY(node::SealOutcome outcome, m_ledger->sealPending(blockTime, m_sealer));
    m_blockTimeMs.reset();
    for (const node::DroppedTransaction &d : outcome.dropped) {
        if (refused) {
            refused->push_back(rejected(d.id, d.rejection.code, d.rejection.message));
        }
    }
    if (!outcome.block) {
        return std::optional<SealedBatch>();
    }
    return std::optional<SealedBatch>(batchOf(std::move(outcome)));
}

Result<bool> Sequencer::beginSeal(quint64 nowMs, std::vector<sync::TxStatus> *refused, std::function<void()> done)
{
    const quint64 blockTime = m_ledger->pending().empty() ? nowMs : m_blockTimeMs.value_or(nowMs);
    CY_TRY(node::Ledger::SealStart start, m_ledger->beginSeal(blockTime, m_sealer, std::move(done)));
    m_blockTimeMs.reset();
    m_sealingTimeMs = blockTime;
    for (const node::DroppedTransaction &d : start.dropped) {
        if (refused) {
            refused->push_back(rejected(d.id, d.rejection.code, d.rejection.message));
        }
    }
    return start.started;
}

Result<std::optional<SealedBatch>> Sequencer::finishSeal()
{
    auto outcome = m_ledger->finishSeal();
    if (!outcome) {
        // Its transactions are pending again, first: the block being filled has their time.
        m_blockTimeMs = m_sealingTimeMs;
        return fail(outcome.error());
    }
    if (!outcome->block) {
        return std::optional<SealedBatch>();
    }
    return std::optional<SealedBatch>(batchOf(std::move(*outcome)));
}

SealedBatch Sequencer::batchOf(node::SealOutcome &&outcome) const
{
    // The block as it was written, without reading it back.
    SealedBatch batch;
    batch.block = std::move(*outcome.block);
    const ledger::BlockHeader &h = batch.block.header;
    batch.data.header = batch.block.headerBytes;
    batch.data.signature = batch.block.signature;
    batch.data.checkpointSignature = batch.block.checkpointSignature;
    batch.data.transactions.reserve(outcome.transactions.size());
    batch.answers.reserve(outcome.transactions.size());
    quint64 logIndex = h.firstIndex;
    for (const ledger::Transaction &tx : outcome.transactions) {
        batch.data.transactions.push_back(tx.bytes());
        batch.answers.push_back(sealedAt(tx.id(), h.height, logIndex++));
    }
    return batch;
}

Result<std::vector<sync::BlockData>> Sequencer::blocks(quint64 from, quint64 max, qsizetype byteBudget) const
{
    std::vector<sync::BlockData> out;
    qsizetype used = 0;
    const quint64 last = height(); // a block being written is not there yet for devices
    if (from > last) {
        return out;
    }
    m_ledger->waitForSeal();
    CY_CHECK(m_ledger->store().forEachBlock(from, [&](store::StoredBlock &&b) {
        if (b.height > last) {
            return false;
        }
        sync::BlockData d = blockData(b);
        const qsizetype size = encodedSize(d);
        if (!out.empty() && used + size > byteBudget) {
            return false;
        }
        used += size;
        out.push_back(std::move(d));
        return out.size() < max;
    }));
    return out;
}

quint64 Sequencer::height() const
{
    return m_ledger->sealedHeight();
}

quint64 Sequencer::logSize() const
{
    return m_ledger->sealedLogSize();
}

Result<std::vector<merkle::Hash>> Sequencer::inclusionProof(quint64 logIndex, quint64 treeSize) const
{
    m_ledger->waitForSeal();
    return m_ledger->store().log().inclusionProof(logIndex, treeSize);
}

Result<std::vector<merkle::Hash>> Sequencer::consistencyProof(quint64 from, quint64 to) const
{
    m_ledger->waitForSeal();
    return m_ledger->store().log().consistencyProof(from, to);
}

Result<QStringList> Sequencer::rolesOf(const crypto::PublicKey &key) const
{
    m_ledger->waitForSeal();
    auto roles = contracts::rolesOf(m_ledger->store().state(), key);
    if (!roles) {
        return fail(ErrorCode::Integrity, roles.error().message);
    }
    return *roles;
}

Result<quint64> Sequencer::lastSequence(const crypto::PublicKey &key) const
{
    m_ledger->waitForSeal(); // the block being written is then in the store
    CY_TRY(quint64 last, m_ledger->store().lastSealedSequence(key));
    for (const auto *list : {&m_ledger->sealingTransactions(), &m_ledger->pending()}) {
        for (const ledger::Transaction &p : *list) {
            if (p.body().author == key) {
                last = std::max(last, p.body().sequence);
            }
        }
    }
    return last;
}

} // namespace courtyard::server
