// courtyard/server: courtyardd's configuration and its network side.
//
// ServerConfig is read from an INI file (QSettings); docs/operator-guide.md lists every key.
// Server puts a Sequencer on the network: a QWebSocketServer over TLS (the certificate from
// `courtyardd --init`), one Session per connection, binary messages only. A block is begun as soon
// as transactions are pending, no block is being written and the last one was begun at least the
// minimum block interval ago (at once when a block is full; at the latest every block interval);
// after the block is committed, each submitter gets its "sealed" answer and every subscribed
// device the block.
// A device that does not sign in within the sign-in timeout, or stays silent longer than the
// idle timeout, is disconnected; so is one whose session refuses it (garbage, too fast).
//
// Thread-safety: a Server lives in the thread of its event loop.
#pragma once

#include "app/server/proposals.h"
#include "app/server/session.h"
#include "app/server/tls.h"

#include <QHostAddress>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <map>
#include <memory>
#include <optional>

class QWebSocket;
class QWebSocketServer;

namespace courtyard::server {

struct ServerConfig {
    QString dataDir;                                     // holds ledger.db and its evidence
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8443;                                 // 0: any free port (tests)
    QString certificateFile;                             // PEM; relative paths are in dataDir
    QString keyFile;
    QString sealingKeyFile;                              // a Courtyard key file
    QString passphraseFile;                              // the sealing key's passphrase; else COURTYARD_PASSPHRASE
    int blockIntervalMs = 1000;    // the longest a pending transaction waits for its block to begin
    int minBlockIntervalMs = 20;   // the shortest time between two blocks' beginnings; = blockIntervalMs: timer only
    int maxBlockTransactions = 1000;
    int signInTimeoutMs = 10000;
    int idleTimeoutMs = 300000;
    int maxConnections = 1000;
    SessionLimits limits;
    QHostAddress healthAddress = QHostAddress::LocalHost; // GET /health (health.h)
    int healthPort = -1;                                   // -1: no health endpoint; 0: any free port
    quint64 proposalExpiryMs = kDefaultProposalExpiryMs;   // open proposals expire (proposals.h)

    QString ledgerPath() const;
    QString proposalsPath() const; // proposals.db in dataDir
    QString resolve(const QString &path) const; // relative to dataDir
};

// Reads the INI file. Unknown keys and values out of range are errors that name the key.
Result<ServerConfig> loadServerConfig(const QString &path);

class Server : public QObject {
    Q_OBJECT
public:
    Server(std::unique_ptr<Sequencer> sequencer, TlsIdentity tls, ServerConfig config, QObject *parent = nullptr);
    ~Server() override;

    // Listens; Io when the address or port cannot be used.
    Result<void> listen();
    quint16 port() const;
    quint64 devicesSignedIn() const;
    Sequencer &sequencer() { return *m_sequencer; }
    ProposalBook *proposals() { return m_proposals.get(); }

    // Seals what is pending (answers and pushes follow), then closes every connection.
    void shutdown();

Q_SIGNALS:
    void blockSealed(quint64 height);

private:
    struct Connection {
        std::unique_ptr<Session> session;
        std::map<ledger::TxId, std::vector<quint64>> awaiting; // submitted, waiting for their block: request ids
        QTimer signInTimer;
        QTimer idleTimer;
        quint64 serial = 0; // tells this connection from a later one at the same address
        // Received, handled in order: a submission once a worker has checked its signatures.
        std::deque<std::pair<QByteArray, std::shared_ptr<Prechecked>>> inbox;
    };

    void onNewConnection();
    void onMessage(QWebSocket *socket, const QByteArray &bytes);
    void handleInbox(QWebSocket *socket, quint64 serial);
    void handle(QWebSocket *socket, Connection &c, const QByteArray &bytes);
    void drop(QWebSocket *socket);
    // Begins sealing the pending transactions on the sealing thread (or, while a block is being
    // written, once it is done); onSealed() answers and pushes once it is committed.
    void sealNow();
    // The thread part of sealNow(): whether a block is being written now (a failure is logged).
    bool beginOnThread(std::vector<sync::TxStatus> *refused);
    void onSealed();
    // Whether the pending transactions may be sealed now: the block timer or a full block asked
    // for it, or untilPromptSeal() is 0.
    bool sealDue() const;
    // Starts m_promptTimer for the earliest moment the pending transactions may be sealed: once no
    // block is being written and minBlockIntervalMs after the last block was begun.
    void sealPromptly();
    // How long until then (0: now); nothing when blocks wait for the block timer only
    // (minBlockIntervalMs = blockIntervalMs).
    std::optional<qint64> untilPromptSeal() const;
    void deliver(std::vector<sync::TxStatus> answers, const SealedBatch *sealed);

    // Proposals (proposals.h): pushes the changed ones to the devices watching; the timer and each
    // sealed block bring them up to date (sealed, refused, expired).
    void pushProposals(const std::vector<ledger::TxId> &changed);
    void tickProposals();

    std::unique_ptr<Sequencer> m_sequencer;
    std::unique_ptr<ProposalBook> m_proposals;
    QTimer m_proposalTimer;
    TlsIdentity m_tls;
    ServerConfig m_config;
    QWebSocketServer *m_server = nullptr;
    std::map<QWebSocket *, std::unique_ptr<Connection>> m_connections;
    quint64 m_serials = 0;
    QTimer m_blockTimer;
    QTimer m_promptTimer;             // single shot: see sealPromptly()
    QElapsedTimer m_sinceBlockBegun;  // invalid until the first block
    bool m_sealAgain = false; // the timer fell due (or a block filled) while a block was being written
    bool m_stopping = false;
};

} // namespace courtyard::server
