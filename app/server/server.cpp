#include "app/server/server.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QSettings>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

namespace courtyard::server {

namespace {

Q_LOGGING_CATEGORY(lcServer, "courtyard.server")

quint64 nowMs()
{
    return quint64(QDateTime::currentMSecsSinceEpoch());
}

Result<int> intSetting(const QSettings &s, const QString &key, int fallback, int min, int max)
{
    if (!s.contains(key)) {
        return fallback;
    }
    bool ok = false;
    const int v = s.value(key).toString().trimmed().toInt(&ok);
    if (!ok || v < min || v > max) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("%1 = '%2' in %3: a whole number from %4 to %5 is needed")
                                                    .arg(key, s.value(key).toString(), s.fileName()).arg(min).arg(max));
    }
    return v;
}

} // namespace

QString ServerConfig::ledgerPath() const
{
    return QDir(dataDir).filePath(QStringLiteral("ledger.db"));
}

QString ServerConfig::proposalsPath() const
{
    return QDir(dataDir).filePath(QStringLiteral("proposals.db"));
}

QString ServerConfig::resolve(const QString &path) const
{
    return path.isEmpty() || QDir::isAbsolutePath(path) ? path : QDir(dataDir).filePath(path);
}

Result<ServerConfig> loadServerConfig(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        return fail(ErrorCode::NotFound, QStringLiteral("no configuration file at %1 (see docs/operator-guide.md, 'courtyardd')").arg(path));
    }
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError) {
        return fail(ErrorCode::Malformed, QStringLiteral("%1 is not a readable INI file").arg(path));
    }
    static const QStringList known = {
        QStringLiteral("data_dir"), QStringLiteral("listen"), QStringLiteral("port"), QStringLiteral("tls_certificate"),
        QStringLiteral("tls_key"), QStringLiteral("sealing_key"), QStringLiteral("passphrase_file"),
        QStringLiteral("block_interval_ms"), QStringLiteral("min_block_interval_ms"), QStringLiteral("max_block_transactions"), QStringLiteral("sign_in_timeout_ms"),
        QStringLiteral("idle_timeout_ms"), QStringLiteral("max_connections"), QStringLiteral("messages_per_second"),
        QStringLiteral("message_burst"), QStringLiteral("health_listen"), QStringLiteral("health_port"),
        QStringLiteral("proposal_expiry_s")};
    for (const QString &key : s.allKeys()) {
        if (!known.contains(key)) {
            return fail(ErrorCode::InvalidArgument, QStringLiteral("unknown setting '%1' in %2 (known: %3)").arg(key, path, known.join(u", ")));
        }
    }
    ServerConfig c;
    const QString base = QFileInfo(path).absolutePath();
    c.dataDir = s.value(QStringLiteral("data_dir"), base).toString();
    if (QDir::isRelativePath(c.dataDir)) {
        c.dataDir = QDir(base).filePath(c.dataDir);
    }
    const QString listen = s.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1")).toString();
    if (!c.listenAddress.setAddress(listen)) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("listen = '%1' in %2 is not an IP address (e.g. 0.0.0.0 or 127.0.0.1)").arg(listen, path));
    }
    CY_TRY(const int port, intSetting(s, QStringLiteral("port"), 8443, 0, 65535));
    c.port = quint16(port);
    c.certificateFile = s.value(QStringLiteral("tls_certificate"), QStringLiteral("server.crt")).toString();
    c.keyFile = s.value(QStringLiteral("tls_key"), QStringLiteral("server.tlskey")).toString();
    c.sealingKeyFile = s.value(QStringLiteral("sealing_key"), QStringLiteral("sealer.key")).toString();
    c.passphraseFile = s.value(QStringLiteral("passphrase_file")).toString();
    CY_TRY(c.blockIntervalMs, intSetting(s, QStringLiteral("block_interval_ms"), 1000, 5, 3600000));
    CY_TRY(c.minBlockIntervalMs, intSetting(s, QStringLiteral("min_block_interval_ms"), std::min(20, c.blockIntervalMs), 0, 3600000));
    if (c.minBlockIntervalMs > c.blockIntervalMs) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("min_block_interval_ms = %1 in %2 is more than block_interval_ms = %3: make it at most %3 "
                                   "(equal: a block only every block interval)")
                        .arg(c.minBlockIntervalMs).arg(path).arg(c.blockIntervalMs));
    }
    CY_TRY(c.maxBlockTransactions, intSetting(s, QStringLiteral("max_block_transactions"), 1000, 1, 100000));
    CY_TRY(c.signInTimeoutMs, intSetting(s, QStringLiteral("sign_in_timeout_ms"), 10000, 100, 600000));
    CY_TRY(c.idleTimeoutMs, intSetting(s, QStringLiteral("idle_timeout_ms"), 300000, 1000, 86400000));
    CY_TRY(c.maxConnections, intSetting(s, QStringLiteral("max_connections"), 1000, 1, 100000));
    CY_TRY(const int rate, intSetting(s, QStringLiteral("messages_per_second"), 100, 1, 1000000));
    CY_TRY(const int burst, intSetting(s, QStringLiteral("message_burst"), 400, 1, 10000000));
    c.limits.messagesPerSecond = rate;
    c.limits.burst = burst;
    const QString healthListen = s.value(QStringLiteral("health_listen"), QStringLiteral("127.0.0.1")).toString();
    if (!c.healthAddress.setAddress(healthListen)) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("health_listen = '%1' in %2 is not an IP address (e.g. 127.0.0.1)").arg(healthListen, path));
    }
    CY_TRY(c.healthPort, intSetting(s, QStringLiteral("health_port"), -1, -1, 65535));
    CY_TRY(const int expiryS, intSetting(s, QStringLiteral("proposal_expiry_s"), int(kDefaultProposalExpiryMs / 1000), 1, 366 * 86400));
    c.proposalExpiryMs = quint64(expiryS) * 1000;
    return c;
}

Server::Server(std::unique_ptr<Sequencer> sequencer, TlsIdentity tls, ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_sequencer(std::move(sequencer))
    , m_tls(std::move(tls))
    , m_config(std::move(config))
{
    m_server = new QWebSocketServer(QStringLiteral("courtyardd"), QWebSocketServer::SecureMode, this);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(m_tls.certificate);
    ssl.setPrivateKey(m_tls.key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // devices prove themselves by signing the challenge
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_server->setSslConfiguration(ssl);
    m_server->setMaxPendingConnections(64);
    connect(m_server, &QWebSocketServer::newConnection, this, &Server::onNewConnection);
    connect(m_server, &QWebSocketServer::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const QSslError &e : errors) {
            qCInfo(lcServer) << "TLS error with a peer:" << e.errorString();
        }
    });
    m_blockTimer.setInterval(m_config.blockIntervalMs);
    connect(&m_blockTimer, &QTimer::timeout, this, &Server::sealNow);
    m_promptTimer.setSingleShot(true);
    connect(&m_promptTimer, &QTimer::timeout, this, &Server::sealNow);
}

Server::~Server()
{
    m_sequencer->waitForPrechecks(); // their callbacks post to this object
    m_sequencer->waitForSeal();      // and so does the sealing thread's
    for (auto &[socket, connection] : m_connections) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

Result<void> Server::listen()
{
    if (!m_server->listen(m_config.listenAddress, m_config.port)) {
        return fail(ErrorCode::Io, QStringLiteral("cannot listen on %1 port %2: %3")
                                       .arg(m_config.listenAddress.toString()).arg(m_config.port).arg(m_server->errorString()));
    }
    auto book = ProposalBook::open(m_config.proposalsPath(), *m_sequencer, m_config.proposalExpiryMs, nowMs());
    if (!book) {
        m_server->close();
        return fail(book.error().prefixed(QStringLiteral("proposals")));
    }
    m_proposals = std::move(*book);
    connect(this, &Server::blockSealed, this, &Server::tickProposals);
    connect(&m_proposalTimer, &QTimer::timeout, this, &Server::tickProposals);
    m_proposalTimer.start(1000);
    m_blockTimer.start();
    qCInfo(lcServer).noquote() << QStringLiteral("listening on wss://%1:%2, height %3, certificate %4")
                                      .arg(m_config.listenAddress.toString()).arg(m_server->serverPort())
                                      .arg(m_sequencer->height()).arg(sync::fingerprintText(m_tls.fingerprint));
    return {};
}

quint16 Server::port() const
{
    return m_server->serverPort();
}

quint64 Server::devicesSignedIn() const
{
    quint64 n = 0;
    for (const auto &[socket, connection] : m_connections) {
        n += connection->session->signedIn() ? 1 : 0;
    }
    return n;
}

void Server::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        if (int(m_connections.size()) >= m_config.maxConnections) {
            qCWarning(lcServer) << "refusing a connection: already" << m_connections.size() << "connections";
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many connections"));
            socket->deleteLater();
            continue;
        }
        auto connection = std::make_unique<Connection>();
        connection->serial = ++m_serials;
        const QByteArray nonce = crypto::toByteArray(crypto::sha256(crypto::KeyPair::generate().publicKey().toByteArray()));
        connection->session = std::make_unique<Session>(*m_sequencer, nonce, m_tls.fingerprint, m_config.limits,
                                                        [this] { return ServerNumbers{devicesSignedIn()}; });
        connection->session->setProposals(m_proposals.get());
        socket->setMaxAllowedIncomingMessageSize(quint64(sync::kMaxMessageSize));
        socket->setMaxAllowedIncomingFrameSize(quint64(sync::kMaxMessageSize));
        connection->signInTimer.setSingleShot(true);
        connection->signInTimer.setInterval(m_config.signInTimeoutMs);
        connection->idleTimer.setSingleShot(true);
        connection->idleTimer.setInterval(m_config.idleTimeoutMs);
        connect(&connection->signInTimer, &QTimer::timeout, socket, [this, socket] {
            const auto it = m_connections.find(socket);
            if (it != m_connections.end() && !it->second->session->signedIn()) {
                qCInfo(lcServer) << "closing a connection that did not sign in within" << m_config.signInTimeoutMs << "ms";
                drop(socket);
            }
        });
        connect(&connection->idleTimer, &QTimer::timeout, socket, [this, socket] { drop(socket); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &bytes) { onMessage(socket, bytes); });
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &) {
            qCInfo(lcServer) << "closing a connection that sent a text message";
            socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported,
                          tr("text messages are not part of the Courtyard protocol: send binary CBOR messages"));
            drop(socket);
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
        connection->signInTimer.start();
        connection->idleTimer.start();
        socket->sendBinaryMessage(connection->session->challenge());
        m_connections.emplace(socket, std::move(connection));
    }
}

void Server::onMessage(QWebSocket *socket, const QByteArray &bytes)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        return;
    }
    Connection &c = *it->second;
    // A signed-in device's submission has its signatures checked on another core meanwhile.
    std::shared_ptr<Prechecked> checked;
    if (c.session->signedIn()) {
        checked = m_sequencer->precheck(bytes, [this, socket, serial = c.serial] {
            QMetaObject::invokeMethod(this, [this, socket, serial] { handleInbox(socket, serial); }, Qt::QueuedConnection);
        });
    }
    c.inbox.emplace_back(bytes, std::move(checked));
    handleInbox(socket, c.serial);
}

void Server::handleInbox(QWebSocket *socket, quint64 serial)
{
    for (;;) {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->second->serial != serial || it->second->inbox.empty()) {
            return;
        }
        Connection &c = *it->second;
        if (c.inbox.front().second && !c.inbox.front().second->done.load(std::memory_order_acquire)) {
            return; // in order: again when its check is done
        }
        if (m_sequencer->sealing() && m_sequencer->blockFull()) {
            return; // the next block is full too: again when the block being written is committed
        }
        const QByteArray bytes = std::move(c.inbox.front().first);
        m_sequencer->usePrechecked(std::move(c.inbox.front().second));
        c.inbox.pop_front();
        handle(socket, c, bytes); // may drop the connection
        m_sequencer->usePrechecked(nullptr);
    }
}

void Server::handle(QWebSocket *socket, Connection &c, const QByteArray &bytes)
{
    c.idleTimer.start();
    Session::Reply reply = c.session->receive(bytes, nowMs());
    for (const QByteArray &m : reply.messages) {
        socket->sendBinaryMessage(m);
    }
    if (reply.awaitingSeal) {
        c.awaiting[reply.awaitingSeal->first].push_back(reply.awaitingSeal->second);
    }
    if (!reply.proposalsChanged.empty()) {
        pushProposals(reply.proposalsChanged);
    }
    if (reply.close) {
        socket->flush();
        drop(socket);
        return;
    }
    if (reply.sealNow) {
        sealNow();
    } else {
        sealPromptly();
    }
}

void Server::sealPromptly()
{
    if (m_stopping || m_promptTimer.isActive() || m_sequencer->sealing() || m_sequencer->pendingCount() == 0) {
        return; // already due, or onSealed() calls again once the block is committed
    }
    // After a quiet spell a transaction is sealed at once; under load the minimum interval is what
    // gathers the next block, so blocks (each signed and pushed to every device) stay few.
    if (const std::optional<qint64> wait = untilPromptSeal()) {
        m_promptTimer.start(int(*wait));
    }
}

std::optional<qint64> Server::untilPromptSeal() const
{
    if (m_config.minBlockIntervalMs >= m_config.blockIntervalMs) {
        return std::nullopt; // timer only
    }
    const qint64 since = m_sinceBlockBegun.isValid() ? m_sinceBlockBegun.elapsed() : qint64(m_config.minBlockIntervalMs);
    return std::max<qint64>(0, m_config.minBlockIntervalMs - since);
}

void Server::pushProposals(const std::vector<ledger::TxId> &changed)
{
    if (!m_proposals || changed.empty()) {
        return;
    }
    const QByteArray push = m_proposals->pushMessage(changed, nowMs());
    for (auto &[socket, connection] : m_connections) {
        if (connection->session->watchingProposals()) {
            socket->sendBinaryMessage(push);
        }
    }
}

void Server::tickProposals()
{
    if (!m_proposals) {
        return;
    }
    auto changed = m_proposals->tick(nowMs());
    if (!changed) {
        qCCritical(lcServer).noquote() << "cannot bring the proposals up to date:" << changed.error().message;
        return;
    }
    pushProposals(*changed);
}

void Server::drop(QWebSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        return;
    }
    m_connections.erase(it);
    socket->disconnect(this);
    socket->close();
    socket->deleteLater();
}

// Blocks of at least this many transactions are written on the sealing thread (64; tests that
// need the sealing thread for every block set COURTYARD_SEAL_ON_THREAD_FROM_FOR_TESTING=1).
quint64 sealOnThreadFrom()
{
    static const quint64 from = qEnvironmentVariableIsSet("COURTYARD_SEAL_ON_THREAD_FROM_FOR_TESTING")
                                    ? quint64(std::max(1, qEnvironmentVariableIntValue("COURTYARD_SEAL_ON_THREAD_FROM_FOR_TESTING")))
                                    : 64;
    return from;
}

void Server::sealNow()
{
    if (m_sequencer->sealing()) {
        m_sealAgain = true;
        return;
    }
    m_sealAgain = false;
    m_promptTimer.stop();
    if (m_sequencer->pendingCount() == 0) {
        return;
    }
    std::vector<sync::TxStatus> refused;
    if (m_sequencer->pendingCount() < sealOnThreadFrom()) {
        // A small block is written here, as it always was: handing it to the sealing thread costs
        // more than it saves (the hand-over, and submissions read through the second connection,
        // whose page cache every commit resets), and its answers go out without waiting for a turn
        // of the event loop.
        m_sinceBlockBegun.start();
        auto sealed = m_sequencer->seal(nowMs(), &refused);
        if (!sealed) {
            qCCritical(lcServer).noquote() << "cannot seal the next block:" << sealed.error().message;
            return;
        }
        deliver(std::move(refused), sealed->has_value() ? &**sealed : nullptr);
        sealPromptly(); // what was refused back to pending, or what a full block left
        return;
    }
    beginOnThread(&refused);
    deliver(std::move(refused), nullptr);
}

bool Server::beginOnThread(std::vector<sync::TxStatus> *refused)
{
    m_sealAgain = false;
    m_promptTimer.stop();
    m_sinceBlockBegun.start();
    auto started = m_sequencer->beginSeal(nowMs(), refused, [this] {
        QMetaObject::invokeMethod(this, [this] { onSealed(); }, Qt::QueuedConnection);
    });
    if (!started) {
        // The transactions stay pending; the next tick tries again.
        qCCritical(lcServer).noquote() << "cannot seal the next block:" << started.error().message;
        return false;
    }
    return *started; // false: its contracts refused every transaction
}

void Server::onSealed()
{
    if (!m_sequencer->sealing()) {
        return; // finished already (shutdown)
    }
    auto sealed = m_sequencer->finishSeal();
    if (!sealed) {
        // The transactions are pending again; the next tick tries again.
        qCCritical(lcServer).noquote() << "cannot seal the next block:" << sealed.error().message;
    }
    // Under load the next block is due already: it goes to the sealing thread before this block's
    // answers go out, so that thread writes it while this one answers (a tenth of a block's cycle
    // otherwise spent idle). A small next block is sealed on this thread, so after the answers:
    // its own answers and push must follow this block's. After a failed write the retry waits
    // for the prompt timer, as before.
    std::vector<sync::TxStatus> refused;
    bool begunNext = false;
    if (!m_stopping && sealed && m_sequencer->pendingCount() >= sealOnThreadFrom() && sealDue()) {
        begunNext = beginOnThread(&refused);
    }
    if (sealed && sealed->has_value()) {
        deliver({}, &**sealed);
    }
    deliver(std::move(refused), nullptr);
    if (m_stopping) {
        return;
    }
    if (!begunNext) { // else what arrives now waits for the block just begun
        if (m_sealAgain || m_sequencer->blockFull()) {
            sealNow();
        } else {
            sealPromptly(); // accepted while the block was written
        }
    }
    // Connections that waited for room in the next block go on.
    std::vector<std::pair<QWebSocket *, quint64>> waiting;
    for (const auto &[socket, connection] : m_connections) {
        if (!connection->inbox.empty()) {
            waiting.emplace_back(socket, connection->serial);
        }
    }
    for (const auto &[socket, serial] : waiting) {
        handleInbox(socket, serial);
    }
}

bool Server::sealDue() const
{
    return m_sealAgain || m_sequencer->blockFull() || untilPromptSeal() == qint64(0);
}

void Server::deliver(std::vector<sync::TxStatus> answers, const SealedBatch *sealed)
{
    if (sealed) {
        answers.insert(answers.end(), sealed->answers.begin(), sealed->answers.end());
    }
    if (answers.empty() && !sealed) {
        return;
    }
    // Each connection's few awaited transactions looked up among the block's answers (not every
    // answer looked up in every connection), in the block's order.
    std::map<ledger::TxId, std::size_t> index;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        index.emplace(answers[i].txId, i);
    }
    std::vector<std::pair<std::size_t, quint64>> toSend; // answer, request id
    for (auto &[socket, connection] : m_connections) {
        toSend.clear();
        for (auto waiting = connection->awaiting.begin(); waiting != connection->awaiting.end();) {
            const auto found = index.find(waiting->first);
            if (found == index.end()) {
                ++waiting;
                continue;
            }
            for (const quint64 id : waiting->second) {
                toSend.emplace_back(found->second, id);
            }
            waiting = connection->awaiting.erase(waiting);
        }
        std::sort(toSend.begin(), toSend.end());
        for (const auto &[i, id] : toSend) {
            sync::TxStatus answer = answers[i];
            answer.id = id;
            socket->sendBinaryMessage(sync::encode(answer));
        }
        if (sealed && connection->session->subscribed()) {
            socket->sendBinaryMessage(sync::encode(sync::Pushed{sealed->data}));
        }
    }
    if (sealed) {
        qCDebug(lcServer) << "sealed block" << sealed->block.header.height << "with" << sealed->data.transactions.size() << "transactions";
        Q_EMIT blockSealed(sealed->block.header.height);
    }
}

void Server::shutdown()
{
    m_blockTimer.stop();
    m_promptTimer.stop();
    m_server->close();
    m_stopping = true;
    onSealed(); // the block being written, if any
    std::vector<sync::TxStatus> refused;
    auto sealed = m_sequencer->seal(nowMs(), &refused); // and what is pending
    if (!sealed) {
        qCCritical(lcServer).noquote() << "cannot seal the last block:" << sealed.error().message;
    } else {
        deliver(std::move(refused), sealed->has_value() ? &**sealed : nullptr);
    }
    for (auto &[socket, connection] : m_connections) {
        socket->disconnect(this);
        socket->flush();
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
        socket->deleteLater();
    }
    m_connections.clear();
}

} // namespace courtyard::server
