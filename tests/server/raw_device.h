// One device connection to courtyardd speaking the protocol by hand (QWebSocket, TLS pinned to
// the server's certificate fingerprint): for tests that send what a SyncClient never would.
#pragma once

#include "core/sync/protocol.h"
#include "tests/support/fixture.h"

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QtTest>

#include <optional>
#include <vector>

namespace courtyard::testing {

class RawDevice {
public:
    RawDevice(quint16 port, const crypto::Digest &pin)
        : m_pin(pin)
    {
        QObject::connect(&m_socket, &QWebSocket::sslErrors, [this](const QList<QSslError> &) {
            // Self-signed: trusted only when it is the certificate pinned at enrollment.
            if (m_socket.sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256) == crypto::toByteArray(m_pin)) {
                m_socket.ignoreSslErrors();
            }
        });
        QObject::connect(&m_socket, &QWebSocket::binaryMessageReceived, [this](const QByteArray &m) { m_inbox.push_back(m); });
        m_socket.setMaxAllowedIncomingMessageSize(quint64(sync::kMaxMessageSize));
        m_socket.open(QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(port)));
    }

    // The next message, waiting up to timeoutMs; nullopt on timeout or when the connection closed.
    std::optional<sync::Message> next(int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (m_inbox.empty() && t.elapsed() < timeoutMs && m_socket.state() != QAbstractSocket::UnconnectedState) {
            QTest::qWait(5);
        }
        if (m_inbox.empty()) {
            return std::nullopt;
        }
        const QByteArray bytes = m_inbox.front();
        m_inbox.erase(m_inbox.begin());
        auto m = sync::decode(bytes);
        CY_ASSERT(m.has_value());
        return *m;
    }
    template <typename T>
    T expect()
    {
        const auto m = next();
        if (!m || !std::holds_alternative<T>(*m)) {
            qFatal("expected a message, got %s", m ? qPrintable(sync::typeName(*m)) : "nothing");
        }
        return std::get<T>(*m);
    }
    void send(const sync::Message &m) { m_socket.sendBinaryMessage(sync::encode(m)); }
    void sendRaw(const QByteArray &bytes) { m_socket.sendBinaryMessage(bytes); }
    void sendText(const QString &text) { m_socket.sendTextMessage(text); }
    bool waitClosed(int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (m_socket.state() != QAbstractSocket::UnconnectedState && t.elapsed() < timeoutMs) {
            QTest::qWait(5);
        }
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }
    sync::Welcome signIn(const crypto::KeyPair &key)
    {
        const auto challenge = expect<sync::Challenge>();
        send(sync::Auth{key.publicKey(), key.sign(sync::authMessage(challenge.communityId, challenge.nonce, m_pin, key.publicKey()))});
        return expect<sync::Welcome>();
    }
    QWebSocket &socket() { return m_socket; }

private:
    crypto::Digest m_pin;
    QWebSocket m_socket;
    std::vector<QByteArray> m_inbox;
};

} // namespace courtyard::testing
