#include "app/desk/backend/status.h"

#include "app/desk/backend/desk_tr.h"

#include <QCoreApplication>

#include <QDateTime>

namespace courtyard::desk {

DeskStatus::DeskStatus(QObject *parent) : QObject(parent) {}

void DeskStatus::setCore(device::DeviceCore *core, QString server)
{
    disconnect(m_coreConnection);
    for (const auto &c : std::as_const(m_syncConnections)) {
        disconnect(c);
    }
    m_syncConnections.clear();
    m_core = core;
    m_server = std::move(server);
    m_verificationFailure.clear();
    if (core) {
        m_coreConnection = connect(core, &device::DeviceCore::ledgerChanged, this, &DeskStatus::refresh);
        if (syncclient::SyncClient *sync = core->syncClient()) {
            m_syncConnections << connect(sync, &syncclient::SyncClient::stateChanged, this, &DeskStatus::refresh);
            m_syncConnections << connect(sync, &syncclient::SyncClient::verificationFailed, this, [this](const QString &reason) {
                m_verificationFailure = reason;
                refresh();
            });
        }
    }
    refresh();
}

void DeskStatus::setLocale(const QLocale &locale)
{
    m_locale = locale;
    Q_EMIT changed();
}

QString DeskStatus::connection() const
{
    if (!m_core) {
        return QStringLiteral("none");
    }
    if (!m_core->syncClient()) {
        return QStringLiteral("offline");
    }
    return syncclient::syncStateName(m_core->syncClient()->state());
}

QString DeskStatus::connectionText() const
{
    const QString s = connection();
    if (s == QLatin1String("none")) {
        return QCoreApplication::translate("courtyard::desk", "Signed out");
    }
    if (s == QLatin1String("live")) {
        return QCoreApplication::translate("courtyard::desk", "Online");
    }
    if (s == QLatin1String("connecting")) {
        return QCoreApplication::translate("courtyard::desk", "Connecting");
    }
    if (s == QLatin1String("catching-up")) {
        return QCoreApplication::translate("courtyard::desk", "Catching up");
    }
    if (s == QLatin1String("refused")) {
        return QCoreApplication::translate("courtyard::desk", "Refused by the server");
    }
    if (s == QLatin1String("diverged")) {
        return QCoreApplication::translate("courtyard::desk", "Stopped: verification failed");
    }
    return m_core->syncClient() ? QCoreApplication::translate("courtyard::desk", "Offline") : QCoreApplication::translate("courtyard::desk", "No server configured");
}

qint64 DeskStatus::lastBlock() const
{
    return m_core ? qint64(m_core->store().blockCount()) - 1 : -1;
}

QString DeskStatus::lastBlockTime() const
{
    if (!m_core) {
        return {};
    }
    auto tip = m_core->store().tip();
    return tip ? m_locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(tip->header.timeMs)), QLocale::ShortFormat) : QString();
}

qint64 DeskStatus::logSize() const
{
    return m_core ? qint64(m_core->store().log().size()) : 0;
}

QString DeskStatus::verification() const
{
    if (!m_core) {
        return QStringLiteral("unknown");
    }
    if (!m_verificationFailure.isEmpty() || connection() == QLatin1String("diverged")) {
        return QStringLiteral("failed");
    }
    return QStringLiteral("verified");
}

QString DeskStatus::verificationText() const
{
    const QString v = verification();
    if (v == QLatin1String("failed")) {
        return QCoreApplication::translate("courtyard::desk", "A block failed verification: %1").arg(m_verificationFailure.isEmpty() ? lastError() : m_verificationFailure);
    }
    if (v == QLatin1String("verified")) {
        return QCoreApplication::translate("courtyard::desk", "Every block verified");
    }
    return QString();
}

QString DeskStatus::lastError() const
{
    return m_core && m_core->syncClient() ? m_core->syncClient()->lastError() : QString();
}

void DeskStatus::refresh()
{
    m_outbox = 0;
    if (m_core) {
        if (auto pending = m_core->store().outbox(store::OutboxState::Pending)) {
            m_outbox = int(pending->size());
        }
    }
    Q_EMIT changed();
}

} // namespace courtyard::desk
