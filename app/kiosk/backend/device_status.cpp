#include "app/kiosk/backend/device_status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QVariantMap>

namespace courtyard::kiosk {

inline constexpr int kMaxStaffFailures = 5;
inline constexpr quint64 kStaffLockMs = 5 * 60 * 1000;

DeviceStatus::DeviceStatus(KioskCore &core, PaymentJournal &journal, QByteArray staffPinHash, QString terminalName, QObject *parent)
    : QObject(parent), m_core(core), m_journal(journal), m_staffPinHash(std::move(staffPinHash)), m_terminal(std::move(terminalName))
{
    connect(&core, &KioskCore::ledgerChanged, this, &DeviceStatus::refresh);
    QTimer::singleShot(kOfflineGraceMs, this, [this] {
        m_graceOver = true;
        Q_EMIT changed();
    });
    refresh();
}

QString DeviceStatus::terminal() const
{
    // Looked up through a pointer: the name is not a literal for lupdate to extract (the
    // simulated terminal's is extracted where it is written, payment_terminal.cpp).
    const auto lookUp = &QCoreApplication::translate;
    const QByteArray source = m_terminal.toUtf8();
    return lookUp("courtyard::kiosk", source.constData(), nullptr, -1);
}

bool DeviceStatus::showOffline() const
{
    return !online() && (!m_core.syncClient() || m_attemptFailed || m_graceOver);
}

void DeviceStatus::setDemo(QVariantList cards, QString staffPin)
{
    m_demoCards = std::move(cards);
    m_demoStaffPin = std::move(staffPin);
}

void DeviceStatus::setLocale(const QLocale &locale)
{
    m_locale = locale;
    Q_EMIT changed();
}

QString DeviceStatus::syncState() const
{
    if (!m_core.syncClient()) {
        return QStringLiteral("offline");
    }
    switch (m_core.syncClient()->state()) {
    case syncclient::SyncState::Offline:
        return QStringLiteral("offline");
    case syncclient::SyncState::Connecting:
        return QStringLiteral("connecting");
    case syncclient::SyncState::CatchingUp:
        return QStringLiteral("catching-up");
    case syncclient::SyncState::Live:
        return QStringLiteral("live");
    case syncclient::SyncState::Refused:
        return QStringLiteral("refused");
    case syncclient::SyncState::Diverged:
        return QStringLiteral("diverged");
    }
    return {};
}

QString DeviceStatus::syncStateText() const
{
    const QString s = syncState();
    if (s == QLatin1String("live")) {
        return QCoreApplication::translate("courtyard::kiosk", "Online: up to date with the community server");
    }
    if (s == QLatin1String("connecting")) {
        return QCoreApplication::translate("courtyard::kiosk", "Connecting to the community server");
    }
    if (s == QLatin1String("catching-up")) {
        return QCoreApplication::translate("courtyard::kiosk", "Receiving new blocks from the community server");
    }
    if (s == QLatin1String("refused")) {
        return QCoreApplication::translate("courtyard::kiosk", "The community server refused this kiosk (revoked or not enrolled)");
    }
    if (s == QLatin1String("diverged")) {
        return QCoreApplication::translate("courtyard::kiosk", "Stopped: a block from the server failed verification; evidence was kept");
    }
    return m_core.syncClient() ? QCoreApplication::translate("courtyard::kiosk", "Offline: the community server cannot be reached") : QCoreApplication::translate("courtyard::kiosk", "Offline: no community server configured");
}

bool DeviceStatus::online() const
{
    return syncState() == QLatin1String("live");
}

QString DeviceStatus::lastBlockTime() const
{
    auto tip = m_core.store().tip();
    return tip ? m_locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(tip->header.timeMs)), QLocale::ShortFormat) : QString();
}

QString DeviceStatus::offlineBanner() const
{
    if (online()) {
        return {};
    }
    return m_pending > 0 ? QCoreApplication::translate("courtyard::kiosk", "Offline — payments are saved and will be sent (%Ln waiting)", nullptr, m_pending)
                         : QCoreApplication::translate("courtyard::kiosk", "Offline — payments are saved and will be sent");
}

QString DeviceStatus::lastError() const
{
    return m_core.syncClient() ? m_core.syncClient()->lastError() : QString();
}

namespace {

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("payment.kiosk")) {
        return QCoreApplication::translate("courtyard::kiosk", "Card payment");
    }
    if (kind == QLatin1String("repair.request")) {
        return QCoreApplication::translate("courtyard::kiosk", "Repair request");
    }
    if (kind == QLatin1String("resident.record-pin-failure")) {
        return QCoreApplication::translate("courtyard::kiosk", "Wrong PIN record");
    }
    if (kind == QLatin1String("resident.record-pin-success")) {
        return QCoreApplication::translate("courtyard::kiosk", "Sign-in record");
    }
    if (kind == QLatin1String("device.enroll")) {
        return QCoreApplication::translate("courtyard::kiosk", "Kiosk enrollment");
    }
    return QCoreApplication::translate("courtyard::kiosk", "Other transaction");
}

} // namespace

void DeviceStatus::refresh()
{
    const QString state = syncState();
    if (state == QLatin1String("connecting") || state == QLatin1String("catching-up") || state == QLatin1String("live")) {
        m_attempted = true;
    } else if (m_attempted) {
        m_attemptFailed = true; // offline, refused or diverged after trying
    }
    auto pending = m_core.store().outbox(store::OutboxState::Pending);
    m_pending = pending ? int(pending->size()) : 0;
    m_rejected.clear();
    if (auto rejected = m_core.store().outbox(store::OutboxState::Rejected)) {
        for (const store::OutboxEntry &e : *rejected) {
            auto tx = ledger::Transaction::decode(e.bytes);
            m_rejected.append(QVariantMap{{QStringLiteral("transactionId"), crypto::toHex(e.id)},
                                          {QStringLiteral("kind"), tx ? tx->body().kind : QString()},
                                          {QStringLiteral("kindText"), kindText(tx ? tx->body().kind : QString())},
                                          {QStringLiteral("code"), e.reasonCode},
                                          {QStringLiteral("reason"), e.reason},
                                          {QStringLiteral("time"), m_locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(e.createdMs)),
                                                                                   QLocale::ShortFormat)}});
        }
    }
    auto open = m_journal.unresolved();
    m_openAttempts = open ? int(open->size()) : 0;
    Q_EMIT changed();
}

bool DeviceStatus::staffLocked()
{
    if (m_core.now() < m_staffLockedUntil) {
        m_staffMessage = QCoreApplication::translate("courtyard::kiosk", "Too many wrong staff PINs. Try again in a few minutes.");
        Q_EMIT staffMessageChanged();
        return true;
    }
    return false;
}

bool DeviceStatus::finishStaffCheck(bool right)
{
    if (right) {
        m_staffFailures = 0;
        m_staffMessage.clear();
        Q_EMIT staffMessageChanged();
        refresh();
        return true;
    }
    if (++m_staffFailures >= kMaxStaffFailures) {
        m_staffFailures = 0;
        m_staffLockedUntil = m_core.now() + kStaffLockMs;
    }
    m_staffMessage = QCoreApplication::translate("courtyard::kiosk", "Wrong staff PIN.");
    Q_EMIT staffMessageChanged();
    return false;
}

bool DeviceStatus::checkStaffPin(const QString &pin)
{
    if (m_staffChecking || staffLocked()) {
        return false;
    }
    const crypto::SecretBytes secret = crypto::SecretBytes::fromUtf8(pin);
    return finishStaffCheck(!pin.isEmpty() && crypto::verifyPin(m_staffPinHash, secret.view()));
}

bool DeviceStatus::startStaffPinCheck(const QString &pin)
{
    if (m_staffChecking || staffLocked()) {
        return false;
    }
    if (pin.isEmpty()) {
        finishStaffCheck(false);
        Q_EMIT staffPinChecked(false);
        return false;
    }
    auto secret = std::make_shared<crypto::SecretBytes>(crypto::SecretBytes::fromUtf8(pin));
    m_staffChecking = true;
    Q_EMIT staffMessageChanged();
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_staffChecking = false;
        const bool right = finishStaffCheck(watcher->result());
        Q_EMIT staffPinChecked(right);
    });
    watcher->setFuture(QtConcurrent::run([hash = m_staffPinHash, secret] { return crypto::verifyPin(hash, secret->view()); }));
    return true;
}

} // namespace courtyard::kiosk
