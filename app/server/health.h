// courtyard/server: the health endpoint, for monitoring that holds no key.
//
// `GET /health` over plain HTTP answers a JSON object with what an operator's monitoring wants to
// see: the community, the height and time of the last block, the log size, the devices signed
// in, the transactions waiting for their block, and how long the server has run. It holds no
// secret (the same numbers a `status?` message gets before signing in), so it needs no TLS and no
// sign-in; it listens where the configuration says (`health_listen`, `health_port`), by default
// nowhere. Anything else is 404; only GET is served.
//
// Thread-safety: lives in the thread of the server's event loop.
#pragma once

#include "app/server/server.h"

#include <QElapsedTimer>
#include <QHostAddress>

#include <memory>

class QHttpServer;

namespace courtyard::server {

class HealthEndpoint {
public:
    explicit HealthEndpoint(Server &server);
    ~HealthEndpoint();

    // Io when the address or port cannot be used; the port listened on otherwise.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    QJsonObject report() const;

private:
    Server &m_server;
    std::unique_ptr<QHttpServer> m_http;
    QElapsedTimer m_uptime;
};

} // namespace courtyard::server
