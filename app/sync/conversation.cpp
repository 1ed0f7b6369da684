#include "app/sync/conversation.h"

#include "contracts/devices.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

namespace courtyard::syncclient {

Result<void> ServerConversation::run(int timeoutMs, const std::function<void(const sync::Message &)> &handler)
{
    QWebSocket socket;
    QEventLoop loop;
    m_socket = &socket;
    m_outcome.reset();
    m_quit = [&loop] { loop.quit(); };
    QObject::connect(&socket, &QWebSocket::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        const QSslCertificate peer = socket.sslConfiguration().peerCertificate();
        if (!peer.isNull() && peer.digest(QCryptographicHash::Sha256) == crypto::toByteArray(m_options.pin)) {
            socket.ignoreSslErrors(errors);
        }
    });
    QObject::connect(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), &loop, [&](QAbstractSocket::SocketError) {
        finish(fail(ErrorCode::Io, SyncClient::tr("cannot reach %1: %2 (is the address right, the server running and its "
                                                  "certificate the pinned one?)")
                                       .arg(m_options.server.toString(), socket.errorString())));
    });
    QObject::connect(&socket, &QWebSocket::disconnected, &loop, [&] {
        finish(fail(ErrorCode::Io, SyncClient::tr("the server closed the connection")));
    });
    QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &loop, [&](const QByteArray &bytes) {
        auto decoded = sync::decode(bytes);
        if (!decoded) {
            finish(fail(ErrorCode::Malformed, SyncClient::tr("the server sent what is not a message: %1").arg(decoded.error().message)));
            return;
        }
        handler(*decoded);
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        finish(fail(ErrorCode::Io, SyncClient::tr("no answer from %1 within %2 s").arg(m_options.server.toString()).arg(timeoutMs / 1000)));
    });
    socket.setMaxAllowedIncomingMessageSize(quint64(sync::kMaxMessageSize));
    socket.open(m_options.server);
    if (!m_outcome) {
        loop.exec();
    }
    socket.disconnect();
    socket.abort();
    m_socket = nullptr;
    m_quit = nullptr;
    return std::move(*m_outcome);
}

void ServerConversation::send(const sync::Message &message)
{
    if (m_socket && !m_outcome) {
        m_socket->sendBinaryMessage(sync::encode(message));
    }
}

void ServerConversation::finish(Result<void> outcome)
{
    if (!m_outcome) {
        m_outcome = std::move(outcome);
        if (m_quit) {
            m_quit();
        }
    }
}

Result<Enrollment> enrollDevice(const SyncOptions &options, const crypto::KeyPair &deviceKey, const QString &code,
                                const std::optional<QByteArray> &expectedCommunity, int timeoutMs)
{
    const auto canonical = contracts::normalizeEnrollmentCode(code);
    if (!canonical) {
        return fail(ErrorCode::InvalidArgument, SyncClient::tr("'%1' is not an enrollment code: it is %2 letters and digits, like "
                                                               "7K3Q-X9MD-R2TW-H4NB")
                                                    .arg(code)
                                                    .arg(contracts::kEnrollmentCodeLength));
    }
    constexpr quint64 kRequest = 1;
    Enrollment result;
    ServerConversation conversation(options);
    auto outcome = conversation.run(timeoutMs, [&](const sync::Message &message) {
        if (const auto *challenge = std::get_if<sync::Challenge>(&message)) {
            if (expectedCommunity && challenge->communityId != *expectedCommunity) {
                conversation.finish(fail(ErrorCode::InvalidArgument,
                                         SyncClient::tr("the server serves community %1, not %2: nothing was sent")
                                             .arg(QString::fromLatin1(challenge->communityId.toHex()),
                                                  QString::fromLatin1(expectedCommunity->toHex()))));
                return;
            }
            result.communityId = challenge->communityId;
            ledger::TransactionBody body;
            body.kind = QStringLiteral("device.enroll");
            body.communityId = challenge->communityId;
            body.author = deviceKey.publicKey();
            body.sequence = 1;
            body.payload = cbor::Value::fromMap({{QStringLiteral("code"), cbor::Value::fromText(*canonical)}});
            auto tx = ledger::Transaction::create(std::move(body), deviceKey);
            if (!tx) {
                conversation.finish(tl::unexpected(tx.error()));
                return;
            }
            result.transaction = tx->id();
            const QByteArray signedBytes = sync::authMessage(challenge->communityId, challenge->nonce, options.pin, deviceKey.publicKey());
            conversation.send(sync::Enroll{kRequest, deviceKey.publicKey(), deviceKey.sign(signedBytes), tx->bytes()});
        } else if (const auto *status = std::get_if<sync::TxStatus>(&message); status && status->id == kRequest) {
            switch (status->state) {
            case sync::TxStatus::State::Accepted:
                break; // sealed with the next block
            case sync::TxStatus::State::Sealed:
                result.height = status->height;
                result.logIndex = status->logIndex;
                conversation.finish({});
                break;
            case sync::TxStatus::State::Rejected:
                result.rejectionCode = status->code;
                conversation.finish(fail(ErrorCode::InvalidArgument,
                                         SyncClient::tr("the server refused the enrollment: %1 (%2)").arg(status->reason, status->code)));
                break;
            }
        } else if (const auto *error = std::get_if<sync::ErrorReply>(&message)) {
            result.rejectionCode = error->code;
            conversation.finish(fail(ErrorCode::InvalidArgument,
                                     SyncClient::tr("the server refused the enrollment: %1 (%2)").arg(error->reason, error->code)));
        }
        // Welcome (enrolled, no role until sealed) and anything else: keep waiting.
    });
    if (!outcome) {
        return tl::unexpected(outcome.error());
    }
    return result;
}

} // namespace courtyard::syncclient
