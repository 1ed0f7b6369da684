#pragma once
// StartupProbe (`courtyard-kiosk --startup-report`, for tests/bench/kiosk_startup.cpp): times the
// real kiosk from main() to its interactive welcome screen, then a walk through the resident's
// screens by tapping their buttons, and prints what it measured as one JSON object on stdout.
//
// - "interactive" is the first frame swapped with the welcome screen current, and then a queued
//   event delivered (the event loop is free to take a touch). The line `interactive <ms>` is
//   printed at that moment so that the benchmark, which started the process, can time it too.
// - "ready" is the first frame swapped with the kiosk's shell (KioskShell) in place of the start
//   screen: the ledger and the key, opened in the background (startup.h), are ready for a
//   resident. The line `ready <ms>` is printed then.
// - The walk starts 3 s after "interactive", or at "ready" if that is later (a person's first tap).
// - The repair form is opened twice (from the list of requests, then from home): the first
//   opening is the one a resident meets; the second shows what the first cost beyond it.
// - Each screen change is timed from the synthetic tap (or the backend call a reader or the PIN
//   pad makes) to the first frame swapped with the new screen current.
// - The resident's PIN check (Argon2id) is timed apart from the screen changes.
// - Memory: VmRSS and VmHWM (/proc/self/status) and SQLite's heap (its page caches) once
//   interactive and at the end.
//
// Thread-safety: GUI thread.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

class QQuickWindow;
class QQuickItem;

namespace courtyard::kiosk::ui {

class StartupProbe {
public:
    // `sinceMain` was started on main()'s first line; `phases` holds what main() timed already.
    StartupProbe(QQuickWindow &window, const QElapsedTimer &sinceMain, QJsonObject phases, QString unit, QString pin);

    // Runs the event loop until the walk is done; prints the JSON; true when every screen came up.
    bool run();

private:
    QObject *shell() const;
    QQuickItem *find(const QString &objectName) const;
    bool tap(const QString &objectName);
    // Does `action`, then waits for a frame swapped with `screen` current; records it as `name`.
    bool change(const QString &name, const QString &screen, const std::function<bool()> &action);
    bool waitForFrameOn(const QString &screen, int timeoutMs);
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs);
    static QJsonObject memory();

    QQuickWindow &m_window;
    const QElapsedTimer &m_sinceMain;
    QJsonObject m_out;
    QString m_unit;
    QString m_pin;
    QJsonArray m_changes;
    quint64 m_frames = 0;
    QString m_error;
};

} // namespace courtyard::kiosk::ui
