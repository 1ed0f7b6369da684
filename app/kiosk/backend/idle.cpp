#include "app/kiosk/backend/idle.h"

namespace courtyard::kiosk {

IdleMonitor::IdleMonitor(int timeoutSeconds, int countdownSeconds, QObject *parent)
    : QObject(parent), m_timeout(timeoutSeconds), m_countdown(countdownSeconds)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::tick);
}

void IdleMonitor::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    m_idle = 0;
    m_warning = false;
    m_secondsLeft = 0;
    if (active) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
    Q_EMIT changed();
}

void IdleMonitor::touch()
{
    m_idle = 0;
    if (m_warning) {
        m_warning = false;
        m_secondsLeft = 0;
        Q_EMIT changed();
    }
}

void IdleMonitor::tick()
{
    if (!m_active) {
        return;
    }
    if (m_hold && m_hold()) {
        touch();
        return;
    }
    ++m_idle;
    if (m_idle < m_timeout) {
        return;
    }
    m_warning = true;
    m_secondsLeft = std::max(0, m_timeout + m_countdown - m_idle);
    Q_EMIT changed();
    if (m_secondsLeft == 0) {
        reset();
    }
}

void IdleMonitor::reset()
{
    m_timer.stop();
    m_active = false;
    m_idle = 0;
    m_warning = false;
    m_secondsLeft = 0;
    Q_EMIT changed();
    Q_EMIT expired();
}

} // namespace courtyard::kiosk
