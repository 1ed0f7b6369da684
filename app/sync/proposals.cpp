#include "app/sync/proposals.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

namespace courtyard::syncclient {

namespace {

constexpr quint64 kListRequest = 1;
constexpr quint64 kActionRequest = 2;

// What to send once the list is in: the action on the proposal found, or nothing (list only).
using Action = std::function<std::optional<sync::Message>(const ledger::Transaction &tx, const ledger::TxId &id)>;

struct Plan {
    std::optional<sync::Message> first; // sent after the sign-in instead of the list (propose)
    QString id;                         // the proposal to act on (with `action`)
    Action action;
};

// Builds the transaction to propose: given the community, the key's last sequence the server
// holds and the server's clock (0 unless askTime).
struct Builder {
    std::function<Result<ledger::Transaction>(const QByteArray &communityId, quint64 lastSequence, quint64 serverNowMs)> build;
    bool askTime = false; // list first: the answer carries the server's clock
};

Result<ProposalAnswer> converse(const SyncOptions &options, const crypto::KeyPair &key, int timeoutMs, const Plan &plan,
                                const Builder *make = nullptr, const QString &note = {})
{
    ProposalAnswer answer;
    ServerConversation conversation(options);
    QByteArray community;
    auto outcome = conversation.run(timeoutMs, [&](const sync::Message &message) {
        if (const auto *challenge = std::get_if<sync::Challenge>(&message)) {
            community = challenge->communityId;
            const QByteArray signedBytes = sync::authMessage(challenge->communityId, challenge->nonce, options.pin, key.publicKey());
            conversation.send(sync::Auth{key.publicKey(), key.sign(signedBytes)});
        } else if (const auto *welcome = std::get_if<sync::Welcome>(&message)) {
            answer.roles = welcome->roles;
            answer.lastSequence = welcome->lastSequence;
            if (make && !make->askTime) {
                auto tx = make->build(community, welcome->lastSequence, 0);
                if (!tx) {
                    conversation.finish(tl::unexpected(tx.error()));
                    return;
                }
                conversation.send(sync::Propose{kActionRequest, tx->bytes(), note});
            } else {
                conversation.send(sync::ProposalsRequest{kListRequest, false});
            }
        } else if (const auto *error = std::get_if<sync::ErrorReply>(&message)) {
            if (error->id == 0) {
                conversation.finish(fail(ErrorCode::InvalidArgument,
                                         SyncClient::tr("the server refused this device: %1 (%2)").arg(error->reason, error->code)));
                return;
            }
            answer.refusedCode = error->code;
            answer.refusedReason = error->reason;
            conversation.finish({});
        } else if (const auto *list = std::get_if<sync::Proposals>(&message)) {
            answer.serverNowMs = list->nowMs;
            if (make && list->id == kListRequest) {
                // The list told the server's clock: the transaction's validity counts from it.
                auto tx = make->build(community, answer.lastSequence, list->nowMs);
                if (!tx) {
                    conversation.finish(tl::unexpected(tx.error()));
                    return;
                }
                conversation.send(sync::Propose{kActionRequest, tx->bytes(), note});
                return;
            }
            if (list->id == kActionRequest || (list->id == kListRequest && !plan.action)) {
                answer.proposals = list->proposals;
                conversation.finish({});
                return;
            }
            if (list->id != kListRequest) {
                return; // a push: not asked for
            }
            // Find the proposal the id names.
            const QString wanted = plan.id.trimmed().toLower();
            std::vector<std::pair<ledger::Transaction, ledger::TxId>> found;
            for (const sync::ProposalInfo &p : list->proposals) {
                auto tx = ledger::Transaction::decode(p.transaction);
                if (tx && wanted.size() >= 8 && crypto::toHex(tx->id()).startsWith(wanted)) {
                    found.emplace_back(*tx, tx->id());
                }
            }
            if (found.size() != 1) {
                answer.refusedCode = found.empty() ? QString::fromLatin1(sync::errors::kNotFound) : QString::fromLatin1(kAmbiguousId);
                answer.refusedReason = found.empty()
                                           ? SyncClient::tr("no proposal %1 among the %2 the server lists (give at least 8 hex digits "
                                                            "of its id; 'courtyard proposal list' shows them)")
                                                 .arg(plan.id)
                                                 .arg(list->proposals.size())
                                           : SyncClient::tr("%1 names %2 proposals: give more digits of its id").arg(plan.id).arg(found.size());
                conversation.finish({});
                return;
            }
            auto next = plan.action(found.front().first, found.front().second);
            if (!next) {
                conversation.finish({});
                return;
            }
            conversation.send(*next);
        }
    });
    if (!outcome) {
        return tl::unexpected(outcome.error());
    }
    return answer;
}

} // namespace

std::optional<ledger::TxId> proposalId(const sync::ProposalInfo &proposal)
{
    auto tx = ledger::Transaction::decode(proposal.transaction);
    if (!tx) {
        return std::nullopt;
    }
    return tx->id();
}

QByteArray cosignature(const ledger::Transaction &tx, const crypto::KeyPair &key)
{
    return key.sign(ledger::Transaction::signingMessage(tx.bodyBytes()));
}

Result<ProposalAnswer> listProposals(const SyncOptions &options, const crypto::KeyPair &key, int timeoutMs)
{
    return converse(options, key, timeoutMs, Plan{});
}

Result<ProposalAnswer> proposeTransaction(const SyncOptions &options, const crypto::KeyPair &key, const ProposalBuilder &make,
                                          const QString &note, int timeoutMs)
{
    const Builder builder{[&make](const QByteArray &community, quint64 last, quint64) { return make(community, last); }, false};
    return converse(options, key, timeoutMs, Plan{}, &builder, note);
}

Result<ProposalAnswer> proposeCosigned(const SyncOptions &options, const crypto::KeyPair &key, const QString &kind, quint32 kindVersion,
                                       const cbor::Value &payload, const QString &note, quint64 ledgerTimeMs, int timeoutMs,
                                       quint64 validityMs)
{
    if (validityMs == 0 || validityMs > ledger::kMaxCosignedValidityMs) {
        return fail(ErrorCode::InvalidArgument, SyncClient::tr("a proposal is valid for 1 ms to %1 days, not %2 ms")
                                                    .arg(ledger::kMaxCosignedValidityMs / (24 * 3600 * 1000))
                                                    .arg(validityMs));
    }
    const Builder builder{[&](const QByteArray &community, quint64, quint64 serverNowMs) {
                              ledger::TransactionBody body;
                              body.kind = kind;
                              body.kindVersion = kindVersion;
                              body.communityId = community;
                              body.author = key.publicKey();
                              body.payload = payload;
                              body.validUntilMs = std::max(serverNowMs, ledgerTimeMs) + validityMs;
                              return ledger::Transaction::create(std::move(body), key);
                          },
                          true};
    return converse(options, key, timeoutMs, Plan{}, &builder, note);
}

Result<ProposalAnswer> cosignProposal(const SyncOptions &options, const crypto::KeyPair &key, const QString &id, int timeoutMs)
{
    Plan plan;
    plan.id = id;
    plan.action = [&key](const ledger::Transaction &tx, const ledger::TxId &txId) -> std::optional<sync::Message> {
        return sync::Cosign{kActionRequest, txId, cosignature(tx, key)};
    };
    return converse(options, key, timeoutMs, plan);
}

Result<ProposalAnswer> declineProposal(const SyncOptions &options, const crypto::KeyPair &key, const QString &id, const QString &reason,
                                       int timeoutMs)
{
    Plan plan;
    plan.id = id;
    plan.action = [reason](const ledger::Transaction &, const ledger::TxId &txId) -> std::optional<sync::Message> {
        return sync::Decline{kActionRequest, txId, reason};
    };
    return converse(options, key, timeoutMs, plan);
}

Result<ProposalAnswer> withdrawProposal(const SyncOptions &options, const crypto::KeyPair &key, const QString &id, const QString &reason,
                                        int timeoutMs)
{
    Plan plan;
    plan.id = id;
    plan.action = [reason](const ledger::Transaction &, const ledger::TxId &txId) -> std::optional<sync::Message> {
        return sync::Withdraw{kActionRequest, txId, reason};
    };
    return converse(options, key, timeoutMs, plan);
}

// --- ProposalSession ----------------------------------------------------------------------------

ProposalSession::ProposalSession(SyncOptions options, const crypto::KeyPair &key, int requestTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_key(key)
    , m_requestTimeoutMs(requestTimeoutMs)
{
    m_backoffMs = m_options.initialBackoffMs;
}

ProposalSession::~ProposalSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void ProposalSession::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_reason) {
        return;
    }
    m_state = state;
    m_reason = reason;
    Q_EMIT stateChanged();
}

void ProposalSession::start()
{
    m_stopped = false;
    if (m_state == State::Connecting || m_state == State::Live) {
        return;
    }
    connectNow();
}

void ProposalSession::stop()
{
    m_stopped = true;
    drop(SyncClient::tr("stopped"), false);
}

void ProposalSession::connectNow()
{
    ++m_generation;
    setState(State::Connecting, {});
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        const QSslCertificate peer = socket->sslConfiguration().peerCertificate();
        if (!peer.isNull() && peer.digest(QCryptographicHash::Sha256) == crypto::toByteArray(m_options.pin)) {
            socket->ignoreSslErrors(errors);
        }
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this, socket](QAbstractSocket::SocketError) {
        if (socket == m_socket) {
            drop(SyncClient::tr("cannot reach %1: %2").arg(m_options.server.toString(), socket->errorString()), true);
        }
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket) {
            drop(SyncClient::tr("the server closed the connection"), true);
        }
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &bytes) {
        if (socket == m_socket) {
            received(bytes);
        }
    });
    socket->setMaxAllowedIncomingMessageSize(quint64(sync::kMaxMessageSize));
    socket->open(m_options.server);
    // The sign-in must be done in time too.
    const quint64 generation = m_generation;
    QTimer::singleShot(m_requestTimeoutMs, this, [this, generation] {
        if (generation == m_generation && m_state == State::Connecting) {
            drop(SyncClient::tr("no answer from %1 within %2 s").arg(m_options.server.toString()).arg(m_requestTimeoutMs / 1000), true);
        }
    });
}

void ProposalSession::drop(const QString &why, bool retry)
{
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    ++m_generation;
    // Every request in flight: no answer will come on this connection.
    auto pending = std::exchange(m_pending, {});
    m_signInList = 0;
    const bool refused = m_state == State::Refused;
    setState(refused ? State::Refused : State::Offline, refused ? m_reason : why);
    for (const auto &[id, isList] : pending) {
        if (!isList) {
            Q_EMIT unanswered(id, why);
        }
    }
    if (retry && !refused && !m_stopped && m_options.reconnect) {
        const quint64 generation = m_generation;
        QTimer::singleShot(m_backoffMs, this, [this, generation] {
            if (generation == m_generation && m_state == State::Offline && !m_stopped) {
                connectNow();
            }
        });
        m_backoffMs = std::min(m_backoffMs * 2, m_options.maxBackoffMs);
    }
}

quint64 ProposalSession::send(const std::function<sync::Message(quint64 id)> &make, const QString &type, bool isList)
{
    if (!m_socket || m_state != State::Live) {
        return 0;
    }
    const quint64 id = m_nextId++;
    m_pending.emplace(id, isList);
    m_socket->sendBinaryMessage(sync::encode(make(id)));
    Q_EMIT sent(id, type);
    const quint64 generation = m_generation;
    QTimer::singleShot(m_requestTimeoutMs, this, [this, generation, id] {
        if (generation == m_generation && m_pending.contains(id)) {
            drop(SyncClient::tr("no answer from %1 within %2 s").arg(m_options.server.toString()).arg(m_requestTimeoutMs / 1000), true);
        }
    });
    return id;
}

quint64 ProposalSession::list()
{
    return send([](quint64 id) -> sync::Message { return sync::ProposalsRequest{id, true}; }, QStringLiteral("proposals?"), true);
}

quint64 ProposalSession::cosign(const ledger::Transaction &tx)
{
    const QByteArray signature = cosignature(tx, m_key);
    const ledger::TxId txId = tx.id();
    return send([&](quint64 id) -> sync::Message { return sync::Cosign{id, txId, signature}; }, QStringLiteral("cosign"), false);
}

quint64 ProposalSession::decline(const ledger::TxId &txId, const QString &reason)
{
    return send([&](quint64 id) -> sync::Message { return sync::Decline{id, txId, reason}; }, QStringLiteral("decline"), false);
}

quint64 ProposalSession::propose(const ledger::Transaction &tx, const QString &note)
{
    const QByteArray bytes = tx.bytes();
    return send([&](quint64 id) -> sync::Message { return sync::Propose{id, bytes, note}; }, QStringLiteral("propose"), false);
}

void ProposalSession::received(const QByteArray &bytes)
{
    auto decoded = sync::decode(bytes);
    if (!decoded) {
        drop(SyncClient::tr("the server sent what is not a message: %1").arg(decoded.error().message), true);
        return;
    }
    const sync::Message &message = *decoded;
    if (const auto *challenge = std::get_if<sync::Challenge>(&message)) {
        const QByteArray signedBytes = sync::authMessage(challenge->communityId, challenge->nonce, m_options.pin, m_key.publicKey());
        m_socket->sendBinaryMessage(sync::encode(sync::Auth{m_key.publicKey(), m_key.sign(signedBytes)}));
    } else if (const auto *welcome = std::get_if<sync::Welcome>(&message)) {
        m_welcome.roles = welcome->roles;
        m_welcome.lastSequence = welcome->lastSequence;
        m_backoffMs = m_options.initialBackoffMs;
        setState(State::Live, {});
        m_signInList = list();
    } else if (const auto *error = std::get_if<sync::ErrorReply>(&message)) {
        if (error->id == 0) {
            const QString why = SyncClient::tr("the server refused this device: %1 (%2)").arg(error->reason, error->code);
            if (m_state == State::Connecting) {
                setState(State::Refused, why);
                drop(why, false);
            } else {
                drop(why, true);
            }
            return;
        }
        const auto it = m_pending.find(error->id);
        if (it == m_pending.end()) {
            return;
        }
        m_pending.erase(it);
        ProposalAnswer answer = m_welcome;
        answer.refusedCode = error->code;
        answer.refusedReason = error->reason;
        Q_EMIT answered(error->id, answer);
    } else if (const auto *proposals = std::get_if<sync::Proposals>(&message)) {
        m_serverNowMs = std::max(m_serverNowMs, proposals->nowMs);
        if (proposals->id == 0) {
            Q_EMIT pushed(proposals->proposals, proposals->nowMs);
            return;
        }
        const auto it = m_pending.find(proposals->id);
        if (it == m_pending.end()) {
            return;
        }
        const bool isList = it->second;
        m_pending.erase(it);
        ProposalAnswer answer = m_welcome;
        answer.serverNowMs = proposals->nowMs;
        answer.proposals = proposals->proposals;
        if (isList) {
            const quint64 id = proposals->id == m_signInList ? 0 : proposals->id;
            Q_EMIT listed(id, answer);
        } else {
            Q_EMIT answered(proposals->id, answer);
        }
    }
    // Anything else (block announcements are not asked for here): ignored.
}

} // namespace courtyard::syncclient
