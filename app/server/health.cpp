#include "app/server/health.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace courtyard::server {

HealthEndpoint::HealthEndpoint(Server &server) : m_server(server), m_http(std::make_unique<QHttpServer>())
{
    m_uptime.start();
    m_http->route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [this] { return QHttpServerResponse(report()); });
}

HealthEndpoint::~HealthEndpoint() = default;

Result<quint16> HealthEndpoint::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0) {
        return fail(ErrorCode::Io, QStringLiteral("cannot listen for /health on %1 port %2 (in use, or not an address of this machine?)")
                                       .arg(address.toString())
                                       .arg(port));
    }
    return bound;
}

QJsonObject HealthEndpoint::report() const
{
    Sequencer &sequencer = m_server.sequencer();
    QJsonObject o{{QStringLiteral("status"), QStringLiteral("ok")},
                  {QStringLiteral("community"), sequencer.genesis().name},
                  {QStringLiteral("community_id"), QString::fromLatin1(sequencer.genesis().communityId.toHex())},
                  {QStringLiteral("height"), qint64(sequencer.height())},
                  {QStringLiteral("log_size"), qint64(sequencer.logSize())},
                  {QStringLiteral("devices"), qint64(m_server.devicesSignedIn())},
                  {QStringLiteral("pending"), qint64(sequencer.pendingCount())},
                  {QStringLiteral("uptime_s"), qint64(m_uptime.elapsed() / 1000)}};
    if (auto tip = sequencer.ledger().store().tip()) {
        o.insert(QStringLiteral("last_block_time"),
                 QDateTime::fromMSecsSinceEpoch(qint64(tip->header.timeMs), Qt::UTC).toString(Qt::ISODateWithMs));
    }
    return o;
}

} // namespace courtyard::server
