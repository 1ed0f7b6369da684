// courtyard/sync client: keeps a device's ledger in step with the community server.
//
// A SyncClient connects to courtyardd (wss://, the server's certificate pinned by its SHA-256
// fingerprint), signs in with the device key, and then:
//  * catches up: fetches the blocks after its last verified one, a batch at a time, and applies
//    each through node::Ledger::acceptBlock, which verifies the sealer's signature, the previous
//    block hash, the log append, every transaction's signatures, re-runs the contracts and
//    compares the state root — before anything is written. The first fetch of a connection
//    begins with the device's own last block, which must come back byte for byte the block it
//    verified: a server whose history was rewritten at or below the device's height, or that
//    lost blocks the device holds (the server's height below the device's), is caught at once,
//    not only when the server seals its next block;
//  * follows: subscribes and applies every pushed block the same way (a gap is fetched); a
//    pushed or fetched block at a height the device already holds must be the one it holds;
//  * submits the outbox: the device's own transactions (Store::enqueue, durable before the UI
//    says "done") in sequence order; an entry becomes sealed when the block holding it is
//    applied (same SQLite transaction), rejected with the server's code and reason otherwise;
//  * reconnects after a failure with exponential backoff and full jitter, resuming from the last
//    verified block and re-submitting what is not sealed (the server answers a transaction it
//    already has with its place, so nothing is doubled).
// A block that fails verification is not applied: the client keeps the evidence (the block as
// received and the reason) in "<ledger>.evidence/", reports verificationFailed() and stops
// syncing from that server until it is restarted — this is how a rewritten history is noticed.
//
// Thread-safety: lives in the thread of its event loop, with its Ledger.
#pragma once

#include "app/node/node.h"
#include "core/sync/protocol.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace courtyard::syncclient {

struct SyncOptions {
    QUrl server;                  // wss://host:port
    crypto::Digest pin{};         // the server certificate's SHA-256 fingerprint
    int fetchBatch = 64;          // blocks per fetch (1..256)
    int initialBackoffMs = 250;   // first retry after a failure, doubled up to maxBackoffMs
    int maxBackoffMs = 30000;
    int requestTimeoutMs = 30000; // no answer for this long: the connection is dropped and retried
    bool reconnect = true;        // false: stop after the first failure (CLI one-shot sync)
};

enum class SyncState {
    Offline,     // not connected (waiting to retry, or stopped)
    Connecting,  // TLS + sign-in
    CatchingUp,  // fetching blocks
    Live,        // caught up, subscribed, submitting the outbox
    Refused,     // the server refused this device (unknown key, wrong community): stopped
    Diverged,    // a block from the server failed verification: stopped, evidence kept
};
QString syncStateName(SyncState state);

class SyncClient : public QObject {
    Q_OBJECT
public:
    // The ledger and key must outlive the client.
    SyncClient(node::Ledger &ledger, const crypto::KeyPair &deviceKey, SyncOptions options, QObject *parent = nullptr);
    ~SyncClient() override;

    void start();
    void stop();
    // Call after putting transactions in the outbox: when live they are sent now, not with the
    // next block; otherwise they go when the connection is next live.
    void submitPending();

    SyncState state() const { return m_state; }
    quint64 height() const;                 // the last verified block
    quint64 serverHeight() const { return m_serverTip; }
    // Outbox entries waiting for their block.
    Result<quint64> pendingCount() const;
    const QString &lastError() const { return m_lastError; }
    QString evidenceDir() const;

Q_SIGNALS:
    void stateChanged(courtyard::syncclient::SyncState state);
    void blockApplied(quint64 height);
    void caughtUp(quint64 height);
    // A submitted transaction the server refused (the outbox entry is marked rejected).
    void transactionRejected(const courtyard::ledger::TxId &id, const QString &code, const QString &reason);
    // The server answered that a submitted transaction is sealed at (height, logIndex). The
    // outbox entry turns sealed only when that block is verified and applied here.
    void transactionSealed(const courtyard::ledger::TxId &id, quint64 height, quint64 logIndex);
    void verificationFailed(const QString &reason);
    void connectionFailed(const QString &reason);

private:
    void connectNow();
    void setState(SyncState state);
    void fail(const QString &reason, SyncState next = SyncState::Offline);
    void scheduleReconnect();
    void onMessage(const QByteArray &bytes);
    void onChallenge(const sync::Challenge &challenge);
    void send(const sync::Message &message);
    quint64 nextId() { return ++m_lastId; }
    void fetchMore();
    // Verifies and applies one block; false (and Diverged) when it fails verification.
    bool apply(const sync::BlockData &block);
    // The server no longer has the blocks this device verified above `serverHeight`: Diverged.
    void refuseRollback(quint64 serverHeight);
    void submitOutbox();
    // block: the block as received; null when there is none to keep (only the reason is written).
    void keepEvidence(const sync::BlockData *block, const QString &reason);

    node::Ledger &m_ledger;
    const crypto::KeyPair &m_key;
    SyncOptions m_options;
    QWebSocket m_socket;
    QTimer m_retry;
    QTimer m_watchdog;
    SyncState m_state = SyncState::Offline;
    int m_backoffMs = 0;
    bool m_running = false;
    quint64 m_lastId = 0;
    quint64 m_serverTip = 0;
    std::optional<quint64> m_fetching; // request id of the fetch in flight
    bool m_tipChecked = false;         // this connection's server holds the device's last block
    std::map<ledger::TxId, quint64> m_submitted; // outbox entries sent on this connection
    QString m_lastError;
    ledger::KeyCache m_keys; // device keys already validated, for decoding blocks
    quint64 m_decodes = 0;
};

// Joining: a device that has no ledger yet signs in (its key must hold a role) and fetches block
// 0 with its genesis transaction, then begins its ledger with node::Ledger::createFromGenesisBlock.
// Blocks the calling thread with a local event loop for at most timeoutMs. InvalidArgument when
// the server refuses the device, Io when it cannot be reached, Malformed on a bad answer.
struct GenesisBlock {
    ledger::SealedBlock block;
    ledger::Transaction transaction;
};
Result<GenesisBlock> fetchGenesisBlock(const SyncOptions &options, const crypto::KeyPair &deviceKey, int timeoutMs);

} // namespace courtyard::syncclient
