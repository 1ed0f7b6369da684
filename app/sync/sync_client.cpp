#include "app/sync/sync_client.h"

#include "app/sync/conversation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslConfiguration>

namespace courtyard::syncclient {

namespace {

Q_LOGGING_CATEGORY(lcSync, "courtyard.sync")

constexpr quint64 kKeyCacheLifetime = 100000;

} // namespace

QString syncStateName(SyncState state)
{
    switch (state) {
    case SyncState::Offline:
        return QStringLiteral("offline");
    case SyncState::Connecting:
        return QStringLiteral("connecting");
    case SyncState::CatchingUp:
        return QStringLiteral("catching-up");
    case SyncState::Live:
        return QStringLiteral("live");
    case SyncState::Refused:
        return QStringLiteral("refused");
    case SyncState::Diverged:
        return QStringLiteral("diverged");
    }
    return {};
}

SyncClient::SyncClient(node::Ledger &ledger, const crypto::KeyPair &deviceKey, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_key(deviceKey)
    , m_options(std::move(options))
{
    m_options.fetchBatch = std::clamp(m_options.fetchBatch, 1, int(sync::kMaxBlocksPerBatch));
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncClient::connectNow);
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(m_options.requestTimeoutMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] { fail(tr("the server did not answer for %1 s").arg(m_options.requestTimeoutMs / 1000)); });

    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // The server's certificate is self-signed: it is trusted when it is the one pinned at
        // enrollment, and only then.
        const QSslCertificate peer = m_socket.sslConfiguration().peerCertificate();
        if (!peer.isNull() && peer.digest(QCryptographicHash::Sha256) == crypto::toByteArray(m_options.pin)) {
            m_socket.ignoreSslErrors(errors);
        } else {
            qCWarning(lcSync) << "the server's certificate is not the pinned one";
        }
    });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &SyncClient::onMessage);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &) { fail(tr("the server sent a text message")); });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_state == SyncState::Connecting || m_state == SyncState::CatchingUp || m_state == SyncState::Live) {
            const QString reason = !m_socket.closeReason().isEmpty() ? m_socket.closeReason()
                                   : m_socket.error() == QAbstractSocket::UnknownSocketError ? tr("the server closed the connection")
                                                                                             : m_socket.errorString();
            fail(tr("disconnected: %1").arg(reason));
        }
    });
    // Qt 6.4 names it error(); later versions errorOccurred().
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        if (m_state == SyncState::Connecting || m_state == SyncState::CatchingUp || m_state == SyncState::Live) {
            fail(tr("cannot reach %1: %2").arg(m_options.server.toString(), m_socket.errorString()));
        }
    });
    m_socket.setMaxAllowedIncomingMessageSize(quint64(sync::kMaxMessageSize));
}

SyncClient::~SyncClient()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void SyncClient::start()
{
    m_running = true;
    m_backoffMs = 0;
    if (m_state == SyncState::Offline || m_state == SyncState::Refused) {
        connectNow();
    }
}

void SyncClient::stop()
{
    m_running = false;
    m_retry.stop();
    m_watchdog.stop();
    m_socket.close();
    if (m_state != SyncState::Diverged) {
        setState(SyncState::Offline);
    }
}

void SyncClient::submitPending()
{
    submitOutbox();
}

quint64 SyncClient::height() const
{
    return m_ledger.store().blockCount() - 1;
}

Result<quint64> SyncClient::pendingCount() const
{
    CY_TRY(const std::vector<store::OutboxEntry> pending, m_ledger.store().outbox(store::OutboxState::Pending));
    return quint64(pending.size());
}

QString SyncClient::evidenceDir() const
{
    return m_ledger.store().path() + QStringLiteral(".evidence");
}

void SyncClient::setState(SyncState state)
{
    if (m_state != state) {
        m_state = state;
        qCDebug(lcSync) << "state" << syncStateName(state);
        Q_EMIT stateChanged(state);
    }
}

void SyncClient::connectNow()
{
    if (!m_running || m_state == SyncState::Diverged) {
        return;
    }
    m_fetching.reset();
    m_tipChecked = false;
    m_submitted.clear();
    setState(SyncState::Connecting);
    m_watchdog.start();
    m_socket.open(m_options.server);
}

void SyncClient::fail(const QString &reason, SyncState next)
{
    m_lastError = reason;
    m_watchdog.stop();
    // The state first: the socket's "disconnected" during abort() then sees a connection that
    // was meant to end and does not fail a second time.
    setState(next);
    m_socket.abort();
    qCInfo(lcSync).noquote() << "sync:" << reason;
    if (next == SyncState::Diverged) {
        Q_EMIT verificationFailed(reason);
        return;
    }
    Q_EMIT connectionFailed(reason);
    if (next == SyncState::Offline) {
        scheduleReconnect();
    }
}

void SyncClient::scheduleReconnect()
{
    if (!m_running || !m_options.reconnect) {
        return;
    }
    m_backoffMs = m_backoffMs == 0 ? m_options.initialBackoffMs : std::min(m_backoffMs * 2, m_options.maxBackoffMs);
    // Full jitter: many kiosks that lost the server together do not come back together.
    const int delay = int(QRandomGenerator::global()->bounded(m_backoffMs / 2, m_backoffMs + 1));
    m_retry.start(delay);
}

void SyncClient::send(const sync::Message &message)
{
    m_socket.sendBinaryMessage(sync::encode(message));
}

void SyncClient::onMessage(const QByteArray &bytes)
{
    auto decoded = sync::decode(bytes);
    if (!decoded) {
        fail(tr("the server sent a message that is not of this protocol: %1").arg(decoded.error().message));
        return;
    }
    const sync::Message &message = *decoded;
    if (const auto *challenge = std::get_if<sync::Challenge>(&message)) {
        onChallenge(*challenge);
        return;
    }
    if (const auto *error = std::get_if<sync::ErrorReply>(&message)) {
        const bool refused = error->id == 0 && (error->code == QLatin1String(sync::errors::kUnknownKey)
                                                || error->code == QLatin1String(sync::errors::kRevoked)
                                                || error->code == QLatin1String(sync::errors::kBadSignature)
                                                || error->code == QLatin1String(sync::errors::kWrongCommunity));
        if (refused) {
            fail(tr("the server refused this device: %1 (%2)").arg(error->reason, error->code), SyncState::Refused);
        } else if (error->code == QLatin1String(sync::errors::kUnavailable) || error->code == QLatin1String(sync::errors::kRateLimited)) {
            // Not served now: the outbox entry stays pending and goes again on the next round.
            for (auto it = m_submitted.begin(); it != m_submitted.end(); ++it) {
                if (it->second == error->id) {
                    m_submitted.erase(it);
                    break;
                }
            }
            QTimer::singleShot(200, this, &SyncClient::submitOutbox);
        } else {
            fail(tr("the server answered with an error: %1 (%2)").arg(error->reason, error->code));
        }
        return;
    }
    m_watchdog.start();
    if (const auto *welcome = std::get_if<sync::Welcome>(&message)) {
        m_backoffMs = 0;
        m_serverTip = welcome->height;
        if (welcome->height < height()) {
            refuseRollback(welcome->height);
            return;
        }
        setState(SyncState::CatchingUp);
        fetchMore();
        return;
    }
    if (const auto *blocks = std::get_if<sync::Blocks>(&message)) {
        if (!m_fetching || *m_fetching != blocks->id) {
            fail(tr("the server sent blocks that were not asked for"));
            return;
        }
        m_fetching.reset();
        m_serverTip = std::max(m_serverTip, blocks->tip);
        if (!m_tipChecked) {
            // The first fetch began with this device's last block: the server must send it back
            // (apply() then compares it with the one held here).
            if (blocks->blocks.empty()) {
                refuseRollback(blocks->tip);
                return;
            }
            const auto first = ledger::BlockHeader::decode(blocks->blocks.front().header);
            if (first && first->height != height()) {
                keepEvidence(&blocks->blocks.front(), tr("asked for block %1, the server sent block %2").arg(height()).arg(first->height));
                fail(tr("the server answered a fetch of block %1 with block %2, so nothing was applied").arg(height()).arg(first->height),
                     SyncState::Diverged);
                return;
            }
            m_tipChecked = true;
        }
        for (const sync::BlockData &b : blocks->blocks) {
            if (!apply(b)) {
                return;
            }
        }
        if (blocks->blocks.empty() || height() >= m_serverTip) {
            if (m_state == SyncState::CatchingUp) {
                send(sync::Subscribe{nextId()});
                setState(SyncState::Live);
                Q_EMIT caughtUp(height());
            }
            submitOutbox();
        } else {
            fetchMore();
        }
        return;
    }
    if (const auto *pushed = std::get_if<sync::Pushed>(&message)) {
        auto block = ledger::SealedBlock::fromParts(pushed->block.header, pushed->block.signature, pushed->block.checkpointSignature);
        if (!block) {
            keepEvidence(&pushed->block, block.error().message);
            fail(tr("the server pushed a block whose header does not decode: %1").arg(block.error().message), SyncState::Diverged);
            return;
        }
        const quint64 h = block->header.height;
        m_serverTip = std::max(m_serverTip, h);
        if (h <= height()) {
            apply(pushed->block); // one this device holds: it must be the same
        } else if (h == height() + 1 && !m_fetching) {
            if (apply(pushed->block)) {
                submitOutbox();
            }
        } else if (h > height() + 1 && !m_fetching) {
            fetchMore(); // a gap: fetch what is missing
        }
        return;
    }
    if (const auto *status = std::get_if<sync::TxStatus>(&message)) {
        if (status->state == sync::TxStatus::State::Rejected) {
            if (auto marked = m_ledger.store().markRejected(status->txId, status->code, status->reason); !marked) {
                qCWarning(lcSync).noquote() << "cannot record a rejection:" << marked.error().message;
            }
            m_submitted.erase(status->txId);
            Q_EMIT transactionRejected(status->txId, status->code, status->reason);
        } else if (status->state == sync::TxStatus::State::Sealed) {
            Q_EMIT transactionSealed(status->txId, status->height, status->logIndex);
            if (status->height > height() && !m_fetching) {
                fetchMore(); // the outbox entry turns sealed when its block is applied
            }
        }
        return;
    }
    if (std::holds_alternative<sync::Status>(message)) {
        return; // the answer to subscribe
    }
    fail(tr("the server sent '%1', which a device does not expect").arg(sync::typeName(message)));
}

void SyncClient::onChallenge(const sync::Challenge &challenge)
{
    if (m_state != SyncState::Connecting) {
        fail(tr("the server sent a second challenge"));
        return;
    }
    const ledger::Genesis &genesis = m_ledger.engine().genesis();
    if (challenge.communityId != genesis.communityId) {
        fail(tr("this server serves another community (%1, not %2): check the server address")
                 .arg(QString::fromLatin1(challenge.communityId.toHex()), QString::fromLatin1(genesis.communityId.toHex())),
             SyncState::Refused);
        return;
    }
    const QByteArray message = sync::authMessage(challenge.communityId, challenge.nonce, m_options.pin, m_key.publicKey());
    send(sync::Auth{m_key.publicKey(), m_key.sign(message)});
}

void SyncClient::fetchMore()
{
    const quint64 id = nextId();
    m_fetching = id;
    // The first fetch of a connection asks again for the last block this device verified.
    send(sync::Fetch{id, m_tipChecked ? height() + 1 : height(), quint64(m_options.fetchBatch)});
}

bool SyncClient::apply(const sync::BlockData &data)
{
    const auto refuse = [&](const QString &reason) {
        keepEvidence(&data, reason);
        fail(tr("a block from the server does not verify, so it was not applied: %1").arg(reason), SyncState::Diverged);
        return false;
    };
    auto block = ledger::SealedBlock::fromParts(data.header, data.signature, data.checkpointSignature);
    if (!block) {
        return refuse(block.error().message);
    }
    if (block->header.height <= height()) {
        // One this device already verified (a push that crossed a fetch, or the first block of a
        // catch-up): it must be that very block, or the server's history was rewritten.
        const quint64 h = block->header.height;
        auto held = h == height() ? m_ledger.store().tip().map([](const ledger::SealedBlock &b) { return crypto::toByteArray(b.hash); })
                                  : m_ledger.store().block(h).map([](const store::StoredBlock &b) { return b.hash; });
        if (!held) {
            fail(tr("cannot read block %1 of this device's ledger: %2").arg(h).arg(held.error().message));
            return false;
        }
        if (*held == crypto::toByteArray(block->hash)) {
            return true;
        }
        return refuse(tr("block %1 from the server (%2) is not the block %1 this device verified (%3): the server's history was "
                         "rewritten")
                          .arg(h)
                          .arg(crypto::toHex(block->hash).left(16), QString::fromLatin1(held->toHex().left(16))));
    }
    if (block->header.height != height() + 1) {
        return refuse(tr("block %1 does not follow block %2").arg(block->header.height).arg(height()));
    }
    std::vector<ledger::Transaction> txs;
    txs.reserve(data.transactions.size());
    for (const QByteArray &bytes : data.transactions) {
        // Each device key is validated once, not at every transaction (a check about as dear as
        // a signature's); started afresh now and then, so made-up keys cannot grow it for ever.
        if (++m_decodes % kKeyCacheLifetime == 0) {
            m_keys = ledger::KeyCache();
        }
        auto tx = ledger::Transaction::decode(bytes, &m_keys);
        if (!tx) {
            return refuse(tr("block %1: %2").arg(block->header.height).arg(tx.error().message));
        }
        txs.push_back(std::move(*tx));
    }
    auto accepted = m_ledger.acceptBlock(*block, txs);
    if (!accepted) {
        if (accepted.error().code == ErrorCode::Database || accepted.error().code == ErrorCode::DiskFull
            || accepted.error().code == ErrorCode::Io) {
            fail(tr("cannot store block %1: %2").arg(block->header.height).arg(accepted.error().message));
            return false;
        }
        return refuse(accepted.error().message);
    }
    for (const ledger::Transaction &tx : txs) {
        m_submitted.erase(tx.id());
    }
    Q_EMIT blockApplied(block->header.height);
    return true;
}

void SyncClient::submitOutbox()
{
    if (m_state != SyncState::Live) {
        return;
    }
    auto pending = m_ledger.store().outbox(store::OutboxState::Pending);
    if (!pending) {
        qCWarning(lcSync).noquote() << "cannot read the outbox:" << pending.error().message;
        return;
    }
    // In sequence order (the outbox keeps creation order; sequences of one key increase).
    for (const store::OutboxEntry &entry : *pending) {
        if (m_submitted.count(entry.id) != 0) {
            continue;
        }
        const quint64 id = nextId();
        m_submitted.emplace(entry.id, id);
        send(sync::Submit{id, entry.bytes});
    }
}

void SyncClient::refuseRollback(quint64 serverHeight)
{
    const QString reason = serverHeight < height()
                               ? tr("the server's history ends at block %1, but this device verified blocks up to %2: the server "
                                    "lost blocks or its ledger was replaced")
                                     .arg(serverHeight)
                                     .arg(height())
                               : tr("the server did not send back block %1, which this device verified").arg(height());
    keepEvidence(nullptr, reason);
    fail(tr("the server does not hold the history this device verified, so nothing more was applied: %1").arg(reason),
         SyncState::Diverged);
}

void SyncClient::keepEvidence(const sync::BlockData *block, const QString &reason)
{
    const QString dir = evidenceDir();
    QDir().mkpath(dir);
    const QString stem = QStringLiteral("%1/block-after-%2-%3").arg(dir).arg(height()).arg(QDateTime::currentMSecsSinceEpoch());
    if (block) {
        QSaveFile file(stem + QStringLiteral(".cbor"));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(sync::encode(sync::Pushed{*block}));
            file.commit();
        }
    }
    QSaveFile why(stem + QStringLiteral(".txt"));
    if (why.open(QIODevice::WriteOnly)) {
        why.write(QStringLiteral("server: %1\nreason: %2\n").arg(m_options.server.toString(), reason).toUtf8());
        why.commit();
    }
    qCCritical(lcSync).noquote() << "refused a block from" << m_options.server.toString() << ":" << reason << "; evidence in" << dir;
}

Result<GenesisBlock> fetchGenesisBlock(const SyncOptions &options, const crypto::KeyPair &deviceKey, int timeoutMs)
{
    std::optional<GenesisBlock> genesis;
    ServerConversation conversation(options);
    auto outcome = conversation.run(timeoutMs, [&](const sync::Message &message) {
        if (const auto *challenge = std::get_if<sync::Challenge>(&message)) {
            const QByteArray signedBytes = sync::authMessage(challenge->communityId, challenge->nonce, options.pin, deviceKey.publicKey());
            conversation.send(sync::Auth{deviceKey.publicKey(), deviceKey.sign(signedBytes)});
        } else if (std::holds_alternative<sync::Welcome>(message)) {
            conversation.send(sync::Fetch{1, 0, 1});
        } else if (const auto *error = std::get_if<sync::ErrorReply>(&message)) {
            conversation.finish(courtyard::fail(ErrorCode::InvalidArgument,
                                                SyncClient::tr("the server refused this device: %1 (%2)").arg(error->reason, error->code)));
        } else if (const auto *blocks = std::get_if<sync::Blocks>(&message)) {
            if (blocks->blocks.size() != 1 || blocks->blocks.front().transactions.size() != 1) {
                conversation.finish(courtyard::fail(ErrorCode::Malformed, SyncClient::tr("the server's answer holds no block 0")));
                return;
            }
            const sync::BlockData &b = blocks->blocks.front();
            auto block = ledger::SealedBlock::fromParts(b.header, b.signature, b.checkpointSignature);
            auto tx = ledger::Transaction::decode(b.transactions.front());
            if (!block || !tx) {
                conversation.finish(courtyard::fail(ErrorCode::Malformed, block ? tx.error().message : block.error().message));
                return;
            }
            genesis = GenesisBlock{std::move(*block), std::move(*tx)};
            conversation.finish({});
        }
    });
    if (!outcome) {
        return tl::unexpected(outcome.error());
    }
    return std::move(*genesis);
}

} // namespace courtyard::syncclient
