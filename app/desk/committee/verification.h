// courtyard/desk/committee: "verify everything from genesis", on a worker thread.
//
// VerificationRunner opens the device's own ledger file a second time, read-only (a Store is used
// by one thread at a time; the GUI keeps its own), and runs verify::verifyStore on it — exactly
// what `courtyard verify` does: every block's header, hash chain and seal, every transaction's
// bytes, columns and signatures, the Merkle log root after each block, with the sealer pinned to
// the one genesis names. It then compares the state root of the stored records (balances,
// expenses, budgets...) with the one the last block's header holds, and reads the evidence the
// sync client kept of blocks it refused (<ledger>.evidence/: a server that rewrote history).
//
// Progress is blocks verified of the ledger's blocks; cancel() stops at the next block. The result
// is a plain-language headline and details; a mismatch is `alarm` with its evidence (where: block,
// log index, transaction id; why), written so that a volunteer knows what to do next.
//
// Once the blocks check out, the figures the desk shows are checked too (phase "projections"):
// node::checkProjections replays every block with the contracts in memory and compares the
// postings, account totals and records stored on this computer with what the blocks make, row
// by row (the file is only read). A stored row that differs — someone edited the file — is an
// alarm naming the row (account, record, log index, block), the stored value and the right one.
//
// Thread-safety: the object lives on the GUI thread; the work runs on a QThread of its own and
// reports through queued signals. Destroying the runner cancels and waits for the work.
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QVariantList>

#include <atomic>
#include <memory>

namespace courtyard::desk {

class VerificationRunner : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool running READ running NOTIFY stateChanged)
    Q_PROPERTY(QString state READ state NOTIFY stateChanged) // idle, running, ok, alarm, cancelled, error
    Q_PROPERTY(qint64 blocksDone READ blocksDone NOTIFY progressChanged)
    Q_PROPERTY(qint64 blocksTotal READ blocksTotal NOTIFY progressChanged)
    Q_PROPERTY(double fraction READ fraction NOTIFY progressChanged)
    // "chain" while the blocks are checked, "projections" while the stored figures are compared
    // with the blocks' replay (blocksDone/blocksTotal count that phase's blocks); empty when idle.
    Q_PROPERTY(QString phase READ phase NOTIFY progressChanged)
    Q_PROPERTY(QString headline READ headline NOTIFY stateChanged)
    Q_PROPERTY(QStringList details READ details NOTIFY stateChanged)
    Q_PROPERTY(QVariantList evidence READ evidence NOTIFY stateChanged) // [{"title", "text"}]
    Q_PROPERTY(qint64 elapsedMs READ elapsedMs NOTIFY stateChanged)
public:
    // ledgerPath: the device's ledger file; threads for signature checks (0: one per core).
    explicit VerificationRunner(QString ledgerPath, int threads = 0, QObject *parent = nullptr);
    ~VerificationRunner() override;

    Q_INVOKABLE void start();
    Q_INVOKABLE void cancel();
    // Blocks until the work is done (tests, the bench); false on timeout.
    bool wait(int timeoutMs);

    bool running() const { return m_state == QLatin1String("running"); }
    QString state() const { return m_state; }
    qint64 blocksDone() const { return m_done; }
    qint64 blocksTotal() const { return m_total; }
    // Of the whole run: the chain check is the first half, the figures' check the second.
    double fraction() const
    {
        const double phaseDone = m_total > 0 ? double(m_done) / double(m_total) : 0.0;
        return m_phase == QLatin1String("projections") ? 0.5 + phaseDone / 2 : phaseDone / 2;
    }
    QString phase() const { return m_phase; }
    QString headline() const { return m_headline; }
    QStringList details() const { return m_details; }
    QVariantList evidence() const { return m_evidence; }
    qint64 elapsedMs() const { return m_elapsedMs; }

    // What the last run found, for tests: the problem's block, log index (-1: none) and reason.
    struct Finding {
        qint64 height = -1;
        qint64 logIndex = -1;
        QString transactionId;
        QString reason;
        bool stateRootDiffers = false;
        // The stored figures against the blocks' replay: rows that differ (all tables), the first
        // one's table ("postings", "account_totals", "state") and key; -1 when not compared.
        qint64 projectionDifferences = -1;
        QString projectionTable;
        QString projectionKey;
        bool replayFailed = false; // the contracts refused a block or made another state root
    };
    const Finding &finding() const { return m_finding; }

Q_SIGNALS:
    void stateChanged();
    void progressChanged();
    void finished();

private Q_SLOTS:
    void onProgress(qint64 done, qint64 total, int phase);

private:
    struct Shared;
    void onFinished();

    QString m_path;
    int m_threads;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    QString m_state = QStringLiteral("idle");
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_phase;
    QString m_headline;
    QStringList m_details;
    QVariantList m_evidence;
    qint64 m_elapsedMs = 0;
    Finding m_finding;
};

// The evidence the sync client kept in <ledgerPath>.evidence/: one entry per refused block, its
// ".txt" (server and reason) as the text, newest last.
QVariantList syncEvidence(const QString &ledgerPath);

} // namespace courtyard::desk
