#include "app/kiosk/backend/idle.h"

#include <algorithm>

namespace courtyard::kiosk {

IdleMonitor::IdleMonitor(int timeoutSeconds, int countdownSeconds, QObject *parent)
    : QObject(parent), m_timeout(timeoutSeconds), m_countdown(countdownSeconds)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::tick);
}

void IdleMonitor::setTimeouts(int idleMs, int countdownMs)
{
    m_tickMs = std::max(1, std::min({1000, idleMs, countdownMs}));
    m_timeout = std::max(1, idleMs / m_tickMs);
    m_countdown = std::max(1, countdownMs / m_tickMs);
    m_timer.setInterval(m_tickMs);
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
    const int ticksLeft = std::max(0, m_timeout + m_countdown - m_idle);
    m_secondsLeft = (ticksLeft * m_tickMs + 999) / 1000;
    Q_EMIT changed();
    if (ticksLeft == 0) {
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
