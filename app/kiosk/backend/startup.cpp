#include "app/kiosk/backend/startup.h"

#include <QMetaObject>

#include <utility>

namespace courtyard::kiosk {

KioskStartup::KioskStartup(Kiosk *open, QObject *parent)
    : QObject(parent)
    , m_state(State::Ready)
    , m_kiosk(open)
{
    CY_ASSERT(open);
}

KioskStartup::KioskStartup(KioskConfig config, std::unique_ptr<PaymentTerminal> terminal, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_terminal(std::move(terminal))
{
    CY_ASSERT(m_terminal);
}

KioskStartup::~KioskStartup()
{
    if (m_worker.joinable()) {
        m_worker.join(); // its posted result is dropped with this object
    }
}

void KioskStartup::begin()
{
    CY_ASSERT(m_state == State::Loading && !m_worker.joinable());
    // The worker gets its own copy of the configuration and makes no QObject; its result (the
    // ledger, with its SQLite connection, and the key) comes back through this object's event
    // queue, after which only this thread touches it.
    m_worker = std::thread([this, config = m_config] {
        auto parts = std::make_shared<Result<Kiosk::Parts>>(Kiosk::openParts(config));
        QMetaObject::invokeMethod(this, [this, parts] { finish(std::move(*parts)); }, Qt::QueuedConnection);
    });
}

void KioskStartup::finish(Result<Kiosk::Parts> parts)
{
    if (m_worker.joinable()) {
        m_worker.join(); // it has posted its result: ends at once
    }
    Result<std::unique_ptr<Kiosk>> made = [&]() -> Result<std::unique_ptr<Kiosk>> {
        if (!parts) {
            return tl::unexpected(std::move(parts).error());
        }
        parts->terminal = std::move(m_terminal);
        return Kiosk::open(std::move(*parts));
    }();
    const bool wasWaiting = waiting();
    if (!made) {
        m_error = made.error().message;
        m_state = State::Failed;
        m_pending = Pending::None; // nothing to hand it to: the error screen says what to do
        m_pendingValue.clear();
        Q_EMIT stateChanged();
        if (wasWaiting) {
            Q_EMIT waitingChanged();
        }
        return;
    }
    m_owned = std::move(*made);
    m_kiosk = m_owned.get();
    m_kiosk->start();
    Q_EMIT opened(m_kiosk);

    // What was queued is taken out first, then handed over: exactly once.
    const Pending pending = std::exchange(m_pending, Pending::None);
    const QString value = std::exchange(m_pendingValue, QString());
    switch (pending) {
    case Pending::None:
        break;
    case Pending::Start:
        m_resume = QStringLiteral("identify");
        break;
    case Pending::Staff:
        m_resume = QStringLiteral("staff");
        break;
    case Pending::Card:
        m_resume = m_kiosk->session()->identifyByCard(value) ? QString() : QStringLiteral("identify");
        break;
    case Pending::Unit:
        m_resume = m_kiosk->session()->identifyByUnit(value) ? QString() : QStringLiteral("identify");
        if (!m_resume.isEmpty()) {
            m_draftUnit = value; // shown again with the session's message, to correct
        }
        break;
    }
    if (m_resume != QLatin1String("identify")) {
        m_draftUnit.clear(); // handed over (or nothing typed): the shell starts with an empty field
    }
    m_state = State::Ready;
    Q_EMIT stateChanged();
    if (wasWaiting) {
        Q_EMIT waitingChanged();
    }
}

QString KioskStartup::state() const
{
    switch (m_state) {
    case State::Loading:
        return QStringLiteral("loading");
    case State::Ready:
        return QStringLiteral("ready");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

void KioskStartup::setDraftUnit(const QString &unit)
{
    if (unit == m_draftUnit) {
        return;
    }
    m_draftUnit = unit;
    Q_EMIT draftUnitChanged();
}

QString KioskStartup::pending() const
{
    switch (m_pending) {
    case Pending::None:
        return {};
    case Pending::Start:
        return QStringLiteral("start");
    case Pending::Staff:
        return QStringLiteral("staff");
    case Pending::Card:
        return QStringLiteral("card:") + m_pendingValue;
    case Pending::Unit:
        return QStringLiteral("unit:") + m_pendingValue;
    }
    return {};
}

void KioskStartup::setPending(Pending kind, const QString &value)
{
    const bool wasWaiting = waiting();
    m_pending = kind;
    m_pendingValue = value;
    if (wasWaiting != waiting()) {
        Q_EMIT waitingChanged();
    }
}

bool KioskStartup::submitCard(const QString &card)
{
    switch (m_state) {
    case State::Ready:
        return m_kiosk->session()->identifyByCard(card);
    case State::Failed:
        return false;
    case State::Loading:
        setPending(Pending::Card, card);
        return true;
    }
    return false;
}

bool KioskStartup::submitUnit(const QString &unit)
{
    switch (m_state) {
    case State::Ready:
        return m_kiosk->session()->identifyByUnit(unit);
    case State::Failed:
        return false;
    case State::Loading:
        setPending(Pending::Unit, unit);
        return true;
    }
    return false;
}

void KioskStartup::requestStart()
{
    if (m_state == State::Loading && m_pending == Pending::None) {
        setPending(Pending::Start, {});
    }
}

void KioskStartup::requestStaff()
{
    if (m_state == State::Loading && m_pending != Pending::Card && m_pending != Pending::Unit) {
        setPending(Pending::Staff, {});
    }
}

void KioskStartup::backToWelcome()
{
    if (m_state == State::Loading) {
        setPending(Pending::None, {});
        setDraftUnit({});
    }
}

void KioskStartup::resumed()
{
    m_resume.clear();
    setDraftUnit({});
}

} // namespace courtyard::kiosk
