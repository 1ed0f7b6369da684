// courtyard/kiosk: the idle timer of a shared screen.
//
// While a resident is in (any stage but welcome), every touch calls touch(). After
// `timeoutSeconds` without one, `warning` turns true ("Are you still there?") and `secondsLeft`
// counts down `countdownSeconds`; a touch then goes back to normal, and the end of the countdown
// emits expired(), which the Kiosk answers by clearing every trace of the resident
// (Kiosk::clearResident). reset() does that at once.
//
// Thread-safety: GUI thread.
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace courtyard::kiosk {

class IdleMonitor : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(bool warning READ warning NOTIFY changed)
    Q_PROPERTY(bool asking READ warning NOTIFY changed) // the same: "Are you still there?" is shown
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY changed)
    Q_PROPERTY(int timeoutSeconds READ timeoutSeconds CONSTANT)
    Q_PROPERTY(int countdownSeconds READ countdownSeconds CONSTANT)
public:
    explicit IdleMonitor(int timeoutSeconds = 45, int countdownSeconds = 15, QObject *parent = nullptr);

    bool active() const { return m_active; }
    bool warning() const { return m_warning; }
    int secondsLeft() const { return m_secondsLeft; }
    int timeoutSeconds() const { return m_timeout * m_tickMs / 1000; }
    int countdownSeconds() const { return m_countdown * m_tickMs / 1000; }

    // Someone is at the screen (true) or it shows the welcome screen (false).
    void setActive(bool active);
    // A touch, a key or a card: the idle time starts again.
    Q_INVOKABLE void touch();
    // Clears everything now (the "I'm done" button, and the end of the countdown).
    Q_INVOKABLE void reset();
    // Shorter times for tests (the tick becomes the smaller of 1 s and both times).
    Q_INVOKABLE void setTimeouts(int idleMs, int countdownMs);
    // Tests: one tick of the clock (one second unless setTimeouts made it shorter).
    void tick();
    // While hold() is true the idle time does not run (the terminal is taking a payment).
    void setHold(std::function<bool()> hold) { m_hold = std::move(hold); }

Q_SIGNALS:
    void changed();
    void expired();

private:
    int m_timeout;
    int m_countdown;
    bool m_active = false;
    bool m_warning = false;
    int m_idle = 0; // ticks since the last touch
    int m_tickMs = 1000;
    int m_secondsLeft = 0;
    QTimer m_timer;
    std::function<bool()> m_hold;
};

} // namespace courtyard::kiosk
