// courtyard/server: the community server's sequencer, without any transport.
//
// A Sequencer owns the server's ledger (node::Ledger) and its sealing key. Devices submit
// signed transactions; each submission gets an answer (sync::TxStatus): Accepted (it passed its
// contract against the current state and waits for the next block), Rejected (stable code and
// reason; nothing changed), or Sealed (it is already in a block: the same transaction submitted
// again gets its original answer). seal() seals the accepted transactions into the next block
// and commits it durably before anything is answered "sealed" or pushed: that is the
// acknowledgment a device relies on to drop a transaction from its outbox.
//
// A block's time is the time its first transaction was accepted (never before the previous
// block's): every transaction of the block is checked by its contract at that time when it is
// submitted, so sealing uses the effects found then instead of running every contract again
// (node.h). The block is sealed at most one block interval later.
//
// A second, different transaction with an (author, sequence) already used is refused as
// "cloned-key": two devices sign with the same key. Both transactions are kept as evidence in
// the evidence folder (the one already in the ledger, and the new one), one file each.
//
// The signature checks, the largest part of a submission's cost, can run on the other cores:
// precheck() checks a Submit message's transaction on a worker thread while the messages before
// it are handled; when it is done, usePrechecked() hands the result to the next submit(), which
// then skips the signature check for exactly those bytes (any other bytes are checked as ever).
//
// Sealing can run beside the submissions (the server does): beginSeal() takes the pending
// transactions as the next block and has node::Ledger's sealing thread compute its state root,
// write it and COMMIT, while submit() goes on checking the next block's transactions against
// "stored + block being written + pending" (node.h); finishSeal() then hands over the committed
// block and its "sealed" answers. height(), logSize() and blocks() stay at the last finished
// block until then. The rarer reads that need the writing connection (proofs, roles, the last
// sequence, ledger()) wait for the block being written to be committed first.
//
// Errors: Results fail for storage errors only; refusals are answers.
// Thread-safety: use a Sequencer from one thread; precheck()'s work and its `done` callback run
// on a worker thread, beginSeal()'s `done` on the sealing thread.
#pragma once

#include "app/node/node.h"
#include "core/sync/protocol.h"

#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>

#include <memory>
#include <optional>
#include <vector>

namespace courtyard::server {

struct SequencerOptions {
    // A block holds at most this many transactions; blockFull() tells the caller to seal now.
    int maxBlockTransactions = 1000;
    // Where evidence of cloned keys is written; empty: next to the ledger, "<ledger>.evidence".
    QString evidenceDir;
};

// The outcome of precheck(): `done` turns true (release) when the worker is finished; then
// `transaction` holds the transaction bytes whose signatures verify and `decoded` the transaction
// (empty when the message is no Submit, does not decode or its signatures do not verify: submit()
// then finds out itself), so that submit() need not decode those bytes again.
struct Prechecked {
    std::atomic<bool> done{false};
    QByteArray transaction;
    std::optional<ledger::Transaction> decoded;
};

// A block just sealed, ready to push: the block as it travels and the answer for each of its
// transactions and for each pending transaction its contract refused when sealing.
struct SealedBatch {
    ledger::SealedBlock block;
    sync::BlockData data;
    std::vector<sync::TxStatus> answers; // ids are 0: the caller fills in each submitter's id
};

class Sequencer {
public:
    static Result<std::unique_ptr<Sequencer>> open(const QString &ledgerPath, const contracts::Registry &registry,
                                                   crypto::KeyPair sealer, SequencerOptions options = {});
    ~Sequencer();

    // The answer for a submission of the transaction bytes at nowMs (id 0).
    Result<sync::TxStatus> submit(QByteArrayView transaction, quint64 nowMs);

    // Starts checking the signatures of a Submit message's transaction on a worker thread and
    // calls done (on that thread) when finished.
    std::shared_ptr<Prechecked> precheck(const QByteArray &message, std::function<void()> done);
    // The next submit() (only) uses this finished check; null clears it.
    void usePrechecked(std::shared_ptr<Prechecked> checked) { m_prechecked = std::move(checked); }
    // Waits for the checks under way (before the caller that gets their callbacks goes away).
    void waitForPrechecks();
    bool blockFull() const;
    quint64 pendingCount() const; // pending, and in the block being written

    // Seals the pending transactions into the next block; nullopt when nothing was pending
    // (or every pending transaction was refused: their answers are then in `refused`).
    // InvalidArgument while a block begun by beginSeal() is not finished.
    Result<std::optional<SealedBatch>> seal(quint64 nowMs, std::vector<sync::TxStatus> *refused = nullptr);
    // Starts sealing the pending transactions on the sealing thread; done is called there once the
    // block is committed (or failed): then call finishSeal(). False when nothing was left to seal
    // (done is not called). The answers for pending transactions refused now go to `refused`.
    Result<bool> beginSeal(quint64 nowMs, std::vector<sync::TxStatus> *refused, std::function<void()> done);
    bool sealing() const { return m_ledger->sealing(); }
    // The block begun, once committed (waits for it if need be). On a storage error its
    // transactions are pending again (ahead of those accepted since) and the error is returned.
    Result<std::optional<SealedBatch>> finishSeal();
    // Waits until the block being written (if any) is committed; finishSeal() still hands it over.
    void waitForSeal() { m_ledger->waitForSeal(); }

    // Blocks from height `from` on, at most `max`, cut short so that the answer stays under
    // byteBudget bytes (at least one block is returned when there is one).
    Result<std::vector<sync::BlockData>> blocks(quint64 from, quint64 max, qsizetype byteBudget) const;
    quint64 height() const;     // the last sealed block
    quint64 logSize() const;

    // NotFound / InvalidArgument for sizes outside the log.
    Result<std::vector<merkle::Hash>> inclusionProof(quint64 logIndex, quint64 treeSize) const;
    Result<std::vector<merkle::Hash>> consistencyProof(quint64 from, quint64 to) const;

    // The roles the ledger grants key now (empty when none), and the highest sequence of its
    // transactions sealed or pending.
    Result<QStringList> rolesOf(const crypto::PublicKey &key) const;
    Result<quint64> lastSequence(const crypto::PublicKey &key) const;

    const ledger::Genesis &genesis() const { return m_ledger->engine().genesis(); }
    // Waits for the block being written first: its store() is then free to use until the next beginSeal().
    node::Ledger &ledger()
    {
        m_ledger->waitForSeal();
        return *m_ledger;
    }
    const QString &evidenceDir() const { return m_evidenceDir; }

private:
    Sequencer(std::unique_ptr<node::Ledger> ledger, crypto::KeyPair sealer, SequencerOptions options, QString evidenceDir);
    Result<std::optional<sync::TxStatus>> duplicateAnswer(const ledger::Transaction &tx);
    Result<std::optional<sync::TxStatus>> clonedKeyAnswer(const ledger::Transaction &tx);
    Result<void> keepEvidence(const ledger::Transaction &tx, const QByteArray &otherBytes);
    SealedBatch batchOf(node::SealOutcome &&outcome) const;

    std::unique_ptr<node::Ledger> m_ledger;
    ledger::KeyCache m_keys; // devices' keys checked once, not at every submission
    quint64 m_decodes = 0;
    std::optional<quint64> m_blockTimeMs; // the time of the block being filled (its first transaction's)
    quint64 m_sealingTimeMs = 0;          // the time of the block being written (beginSeal)
    std::shared_ptr<Prechecked> m_prechecked;
    crypto::KeyPair m_sealer;
    SequencerOptions m_options;
    QString m_evidenceDir;
    std::unique_ptr<QThreadPool> m_checkers; // last: its workers are waited for first
};

} // namespace courtyard::server
