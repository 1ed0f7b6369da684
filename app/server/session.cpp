#include "app/server/session.h"

#include "app/server/proposals.h"

#include "contracts/devices.h"

#include <QDateTime>

#include <QCoreApplication>
#include <QLoggingCategory>

namespace courtyard::server {

namespace {

Q_LOGGING_CATEGORY(lcSession, "courtyard.server.session")

QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::server", text);
}

// Room left in a Blocks answer for everything but the blocks.
constexpr qsizetype kEnvelope = 64 * 1024;

} // namespace

Session::Session(Sequencer &sequencer, QByteArray nonce, const crypto::Digest &channel, SessionLimits limits,
                 std::function<ServerNumbers()> numbers)
    : m_sequencer(sequencer)
    , m_nonce(std::move(nonce))
    , m_channel(channel)
    , m_limits(limits)
    , m_numbers(std::move(numbers))
    , m_tokens(limits.burst)
{
    CY_ASSERT(m_nonce.size() == sync::kNonceSize);
}

QByteArray Session::challenge() const
{
    return sync::encode(sync::Challenge{m_sequencer.genesis().communityId, m_nonce, m_sequencer.height(),
                                        QStringLiteral("courtyardd %1").arg(QCoreApplication::applicationVersion())});
}

Session::Reply Session::refuse(quint64 id, const char *code, const QString &reason, bool close)
{
    Reply reply;
    reply.messages.push_back(sync::encode(sync::ErrorReply{id, QString::fromLatin1(code), reason}));
    reply.close = close;
    return reply;
}

bool Session::takeToken(quint64 nowMs)
{
    if (m_lastRefillMs == 0 || nowMs < m_lastRefillMs) {
        m_lastRefillMs = nowMs;
    }
    m_tokens = std::min(m_limits.burst, m_tokens + double(nowMs - m_lastRefillMs) * m_limits.messagesPerSecond / 1000.0);
    m_lastRefillMs = nowMs;
    if (m_tokens < 1.0) {
        return false;
    }
    m_tokens -= 1.0;
    return true;
}

Session::Reply Session::receive(QByteArrayView bytes, quint64 nowMs)
{
    if (!takeToken(nowMs)) {
        ++m_strikes;
        return refuse(0, sync::errors::kRateLimited,
                      tr("too many messages: at most %1 per second; wait and send again").arg(m_limits.messagesPerSecond),
                      m_strikes >= m_limits.rateStrikes);
    }
    m_strikes = 0;
    auto message = sync::decode(bytes);
    if (!message) {
        qCInfo(lcSession) << "refusing a message:" << message.error().message;
        const ErrorCode why = message.error().code;
        const char *code = why == ErrorCode::LimitExceeded ? sync::errors::kTooLarge
                           : why == ErrorCode::Unsupported ? sync::errors::kVersion
                                                           : sync::errors::kMalformed;
        return refuse(0, code, message.error().message, true);
    }
    return handle(*message, nowMs);
}

// A new device presents its device.enroll: the contract checks the code (authorized by a
// manager, open, not expired), the server seals it like any submission. The device is not signed
// in by this: it signs in with Auth once the enrollment is sealed and its key holds the role.
Session::Reply Session::handleEnroll(const sync::Enroll &enroll, quint64 nowMs)
{
    if (m_key) {
        return refuse(enroll.id, sync::errors::kInvalidRequest, tr("this connection is already signed in"), true);
    }
    const QByteArray signed_ = sync::authMessage(m_sequencer.genesis().communityId, m_nonce, m_channel, enroll.key);
    if (!enroll.key.verify(signed_, enroll.signature)) {
        return refuse(enroll.id, sync::errors::kBadSignature,
                      tr("the enrollment signature does not verify: the new key, this server's challenge or its certificate "
                         "is not the one signed"),
                      true);
    }
    auto tx = ledger::Transaction::decode(enroll.transaction);
    if (!tx || tx->body().kind != QLatin1String("device.enroll") || tx->body().author != enroll.key) {
        return refuse(enroll.id, sync::errors::kInvalidRequest,
                      tr("an enrollment carries the new key's own device.enroll transaction, signed with that key"), true);
    }
    auto answer = m_sequencer.submit(enroll.transaction, nowMs);
    if (!answer && answer.error().code == ErrorCode::LimitExceeded) {
        Reply reply = refuse(enroll.id, sync::errors::kUnavailable, tr("the next block is full; enroll again in a moment"), true);
        reply.sealNow = true;
        return reply;
    }
    if (!answer) {
        return refuse(enroll.id, sync::errors::kUnavailable, tr("the server cannot store transactions now: %1").arg(answer.error().message), true);
    }
    answer->id = enroll.id;
    Reply reply;
    if (answer->state == sync::TxStatus::State::Rejected) {
        qCInfo(lcSession).noquote() << "enrollment refused:" << enroll.key.toHex().left(16) << answer->code;
        reply.messages.push_back(sync::encode(*answer));
        reply.close = true;
        return reply;
    }
    auto roles = m_sequencer.rolesOf(enroll.key);
    if (!roles) {
        return refuse(enroll.id, sync::errors::kUnavailable, tr("the server cannot read its ledger: %1").arg(roles.error().message), true);
    }
    qCInfo(lcSession).noquote() << "enrollment accepted:" << enroll.key.toHex().left(16);
    reply.messages.push_back(sync::encode(sync::Welcome{enroll.key, *roles, m_sequencer.height(), 1, true}));
    reply.messages.push_back(sync::encode(*answer));
    if (answer->state == sync::TxStatus::State::Accepted) {
        reply.awaitingSeal = std::pair{answer->txId, enroll.id};
        reply.sealNow = m_sequencer.blockFull();
    }
    return reply;
}

Session::Reply Session::handle(const sync::Message &message, quint64 nowMs)
{
    if (const auto *auth = std::get_if<sync::Auth>(&message)) {
        if (m_key) {
            return refuse(0, sync::errors::kInvalidRequest, tr("this connection is already signed in"), true);
        }
        const QByteArray signed_ = sync::authMessage(m_sequencer.genesis().communityId, m_nonce, m_channel, auth->key);
        if (!auth->key.verify(signed_, auth->signature)) {
            return refuse(0, sync::errors::kBadSignature,
                          tr("the sign-in signature does not verify: this device's key, this server's challenge or its "
                             "certificate is not the one signed (is the device talking to the right server?)"),
                          true);
        }
        auto roles = m_sequencer.rolesOf(auth->key);
        if (!roles) {
            return refuse(0, sync::errors::kUnavailable, tr("the server cannot read its ledger: %1").arg(roles.error().message), true);
        }
        if (roles->isEmpty()) {
            auto device = contracts::readDevice(m_sequencer.ledger().store().state(), auth->key);
            if (!device) {
                return refuse(0, sync::errors::kUnavailable, tr("the server cannot read its ledger: %1").arg(device.error().message), true);
            }
            if (*device && (*device)->revokedAt) {
                const QString when = QDateTime::fromMSecsSinceEpoch(qint64(*(*device)->revokedAt), Qt::UTC).toString(Qt::ISODate);
                return refuse(0, sync::errors::kRevoked,
                              tr("this device ('%1') was revoked by a manager at %2: %3. It cannot sign in again; to use it, "
                                 "make a new key and enroll it with a new code")
                                  .arg((*device)->label, when, (*device)->revokeReason),
                              true);
            }
            return refuse(0, sync::errors::kUnknownKey,
                          tr("the key %1 has no role in %2: enroll this device first, or ask a manager whether it was revoked")
                              .arg(auth->key.toHex().left(16), m_sequencer.genesis().name),
                          true);
        }
        auto last = m_sequencer.lastSequence(auth->key);
        if (!last) {
            return refuse(0, sync::errors::kUnavailable, tr("the server cannot read its ledger: %1").arg(last.error().message), true);
        }
        if (m_proposals) {
            *last = std::max(*last, m_proposals->lastProposedSequence(auth->key)); // a proposal holds its sequence
        }
        m_key = auth->key;
        qCInfo(lcSession).noquote() << "signed in:" << auth->key.toHex().left(16) << roles->join(u',');
        Reply reply;
        reply.messages.push_back(sync::encode(sync::Welcome{auth->key, *roles, m_sequencer.height(), *last, false}));
        return reply;
    }
    if (const auto *enroll = std::get_if<sync::Enroll>(&message)) {
        return handleEnroll(*enroll, nowMs);
    }
    if (const auto *status = std::get_if<sync::StatusRequest>(&message)) {
        // The health numbers hold no secret: monitoring may ask without signing in.
        Reply reply;
        reply.messages.push_back(sync::encode(sync::Status{status->id, m_sequencer.height(), m_sequencer.logSize(),
                                                           m_numbers ? m_numbers().devices : 0, m_sequencer.pendingCount()}));
        return reply;
    }
    if (!m_key) {
        return refuse(0, sync::errors::kNotSignedIn, tr("sign in first: answer the challenge with an 'auth' message"), true);
    }

    if (const auto *submit = std::get_if<sync::Submit>(&message)) {
        if (m_proposals) {
            // A withdrawn co-signed proposal stays withdrawn (ProposalBook::withdrawnRefusal).
            if (auto refused = m_proposals->withdrawnRefusal(submit->transaction, nowMs)) {
                refused->id = submit->id;
                Reply reply;
                reply.messages.push_back(sync::encode(*refused));
                return reply;
            }
        }
        auto answer = m_sequencer.submit(submit->transaction, nowMs);
        if (!answer && answer.error().code == ErrorCode::LimitExceeded) {
            Reply reply = refuse(submit->id, sync::errors::kUnavailable, tr("the next block is full; send it again in a moment"), false);
            reply.sealNow = true;
            return reply;
        }
        if (!answer) {
            return refuse(submit->id, sync::errors::kUnavailable, tr("the server cannot store transactions now: %1").arg(answer.error().message), false);
        }
        answer->id = submit->id;
        Reply reply;
        reply.messages.push_back(sync::encode(*answer));
        if (answer->state == sync::TxStatus::State::Accepted) {
            reply.awaitingSeal = std::pair{answer->txId, submit->id};
            reply.sealNow = m_sequencer.blockFull();
        }
        return reply;
    }
    if (const auto *fetch = std::get_if<sync::Fetch>(&message)) {
        auto blocks = m_sequencer.blocks(fetch->from, fetch->max, sync::kMaxMessageSize - kEnvelope);
        if (!blocks) {
            return refuse(fetch->id, sync::errors::kUnavailable, tr("the server cannot read its blocks: %1").arg(blocks.error().message), false);
        }
        Reply reply;
        reply.messages.push_back(sync::encode(sync::Blocks{fetch->id, std::move(*blocks), m_sequencer.height()}));
        return reply;
    }
    if (const auto *subscribe = std::get_if<sync::Subscribe>(&message)) {
        m_subscribed = true;
        Reply reply;
        reply.messages.push_back(sync::encode(sync::Status{subscribe->id, m_sequencer.height(), m_sequencer.logSize(),
                                                           m_numbers ? m_numbers().devices : 0, m_sequencer.pendingCount()}));
        return reply;
    }
    if (const auto *inclusion = std::get_if<sync::InclusionRequest>(&message)) {
        if (inclusion->treeSize > m_sequencer.logSize() || inclusion->logIndex >= inclusion->treeSize) {
            return refuse(inclusion->id, sync::errors::kInvalidRequest,
                          tr("no inclusion proof of log index %1 in a log of size %2 (this log holds %3)")
                              .arg(inclusion->logIndex).arg(inclusion->treeSize).arg(m_sequencer.logSize()),
                          false);
        }
        auto proof = m_sequencer.inclusionProof(inclusion->logIndex, inclusion->treeSize);
        if (!proof) {
            return refuse(inclusion->id, sync::errors::kInvalidRequest, proof.error().message, false);
        }
        Reply reply;
        reply.messages.push_back(sync::encode(sync::Proof{inclusion->id, std::move(*proof)}));
        return reply;
    }
    if (const auto *consistency = std::get_if<sync::ConsistencyRequest>(&message)) {
        if (consistency->from < 1 || consistency->from > consistency->to || consistency->to > m_sequencer.logSize()) {
            return refuse(consistency->id, sync::errors::kInvalidRequest,
                          tr("no consistency proof from size %1 to %2 (sizes go from 1 to this log's %3)")
                              .arg(consistency->from).arg(consistency->to).arg(m_sequencer.logSize()),
                          false);
        }
        auto proof = m_sequencer.consistencyProof(consistency->from, consistency->to);
        if (!proof) {
            return refuse(consistency->id, sync::errors::kInvalidRequest, proof.error().message, false);
        }
        Reply reply;
        reply.messages.push_back(sync::encode(sync::Proof{consistency->id, std::move(*proof)}));
        return reply;
    }
    if (std::holds_alternative<sync::Propose>(message) || std::holds_alternative<sync::ProposalsRequest>(message) ||
        std::holds_alternative<sync::Cosign>(message) || std::holds_alternative<sync::Decline>(message) ||
        std::holds_alternative<sync::Withdraw>(message)) {
        if (!m_proposals) {
            return refuse(0, sync::errors::kUnavailable, tr("this server keeps no proposals"), false);
        }
        auto answer = m_proposals->handle(message, *m_key, nowMs);
        Reply reply;
        reply.messages = std::move(answer->messages);
        reply.proposalsChanged = std::move(answer->changed);
        reply.sealNow = answer->sealNow;
        m_watchingProposals = m_watchingProposals || answer->watch;
        return reply;
    }
    // Messages only a server sends.
    return refuse(0, sync::errors::kInvalidRequest,
                  tr("'%1' is a message the server sends, not one it answers").arg(sync::typeName(message)), true);
}

} // namespace courtyard::server
