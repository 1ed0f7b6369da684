#include "app/kiosk/ui/startup_probe.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <sqlite3.h>

#include <cstdio>

// QtGui's entry for a mouse event from the windowing system (what QTest::mouseClick calls): the
// tap takes the path of a real one, through QGuiApplication and Qt Quick's delivery.
Q_GUI_EXPORT void qt_handleMouseEvent(QWindow *window, const QPointF &local, const QPointF &global, Qt::MouseButtons state,
                                      Qt::MouseButton button, QEvent::Type type, Qt::KeyboardModifiers mods, int timestamp);

namespace courtyard::kiosk::ui {

namespace {

int tapTime = 100000; // timestamps of the taps, far apart: never a double click

double msOf(qint64 ns)
{
    return double(ns / 1000) / 1000.0;
}

} // namespace

StartupProbe::StartupProbe(QQuickWindow &window, const QElapsedTimer &sinceMain, QJsonObject phases, QString unit, QString pin)
    : m_window(window)
    , m_sinceMain(sinceMain)
    , m_out(std::move(phases))
    , m_unit(std::move(unit))
    , m_pin(std::move(pin))
{
    QObject::connect(&m_window, &QQuickWindow::frameSwapped, &m_window, [this] { ++m_frames; }, Qt::DirectConnection);
}

QObject *StartupProbe::shell() const
{
    return m_window.property("shell").value<QObject *>();
}

QQuickItem *StartupProbe::find(const QString &objectName) const
{
    // On the current screen first: a screen just left may not be deleted yet.
    QObject *screen = shell() ? shell()->property("currentScreen").value<QObject *>() : nullptr;
    QQuickItem *found = screen ? screen->findChild<QQuickItem *>(objectName) : nullptr;
    if (!found) {
        found = m_window.contentItem()->findChild<QQuickItem *>(objectName);
    }
    return found && found->isVisible() ? found : nullptr;
}

bool StartupProbe::tap(const QString &objectName)
{
    QQuickItem *item = find(objectName);
    if (!item || !item->isEnabled()) {
        m_error = QStringLiteral("no enabled %1 to tap").arg(objectName);
        return false;
    }
    const QPointF local(item->width() / 2, item->height() / 2);
    const QPointF scene = item->mapToScene(local);
    const QPointF global = m_window.mapToGlobal(scene);
    tapTime += 1000;
    qt_handleMouseEvent(&m_window, scene, global, Qt::LeftButton, Qt::LeftButton, QEvent::MouseButtonPress, Qt::NoModifier, tapTime);
    qt_handleMouseEvent(&m_window, scene, global, Qt::NoButton, Qt::LeftButton, QEvent::MouseButtonRelease, Qt::NoModifier, tapTime + 80);
    return true;
}

bool StartupProbe::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool StartupProbe::waitForFrameOn(const QString &screen, int timeoutMs)
{
    // A frame counts when it was swapped after the screen became current.
    quint64 framesAtScreen = 0;
    bool seen = false;
    return waitUntil(
        [&] {
            if (!seen && shell() && shell()->property("screen").toString() == screen) {
                seen = true;
                framesAtScreen = m_frames;
            }
            return seen && m_frames > framesAtScreen;
        },
        timeoutMs);
}

bool StartupProbe::change(const QString &name, const QString &screen, const std::function<bool()> &action)
{
    QElapsedTimer timer;
    timer.start();
    if (!action()) {
        if (m_error.isEmpty()) {
            m_error = QStringLiteral("%1: the action failed").arg(name);
        }
        return false;
    }
    if (!waitForFrameOn(screen, 10000)) {
        m_error = QStringLiteral("%1: the %2 screen was not shown (on %3, %4 frames)")
                      .arg(name, screen, shell() ? shell()->property("screen").toString() : QString())
                      .arg(m_frames);
        return false;
    }
    m_changes.append(QJsonObject{{QStringLiteral("change"), name}, {QStringLiteral("ms"), msOf(timer.nsecsElapsed())}});
    return true;
}

QJsonObject StartupProbe::memory()
{
    QJsonObject out;
    // SQLite's own heap (nearly all of it the page caches of the ledger's connections).
    out.insert(QStringLiteral("sqlite_used_kib"), qint64(sqlite3_memory_used() / 1024));
    out.insert(QStringLiteral("sqlite_highwater_kib"), qint64(sqlite3_memory_highwater(0) / 1024));
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return out;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        for (const char *key : {"VmRSS", "VmHWM"}) {
            if (line.startsWith(key)) {
                const QByteArray value = line.mid(line.indexOf(':') + 1).trimmed();
                out.insert(QString::fromLatin1(key) + QStringLiteral("_kib"), value.split(' ').value(0).toLongLong());
            }
        }
    }
    return out;
}

bool StartupProbe::run()
{
    bool ok = waitForFrameOn(QStringLiteral("welcome"), 20000);
    const qint64 frameNs = m_sinceMain.nsecsElapsed();
    if (ok) {
        // The first frame is on the screen; a touch queued now is handled as soon as it can be.
        bool delivered = false;
        QTimer::singleShot(0, &m_window, [&delivered] { delivered = true; });
        ok = waitUntil([&] { return delivered; }, 5000);
    }
    const qint64 interactiveNs = m_sinceMain.nsecsElapsed();
    std::printf("interactive %.3f\n", msOf(interactiveNs));
    std::fflush(stdout);
    m_out.insert(QStringLiteral("welcome_frame_ms"), msOf(frameNs));
    m_out.insert(QStringLiteral("interactive_ms"), msOf(interactiveNs));
    m_out.insert(QStringLiteral("memory_interactive"), memory());

    // Ready for a resident: the ledger and the key are open (in the background, startup.h) and
    // the shell (KioskShell, objectName "shell") has replaced the start screen on a frame.
    if (ok) {
        QElapsedTimer sinceInteractive;
        sinceInteractive.start();
        ok = waitUntil([&] { return shell() && shell()->objectName() == QLatin1String("shell"); }, 120000);
        if (ok) {
            const quint64 framesAtShell = m_frames;
            ok = waitUntil([&] { return m_frames > framesAtShell; }, 5000);
        }
        if (!ok) {
            m_error = QStringLiteral("the kiosk did not become ready (screen %1)").arg(shell() ? shell()->property("screen").toString() : QString());
        }
        const qint64 readyNs = m_sinceMain.nsecsElapsed();
        std::printf("ready %.3f\n", msOf(readyNs));
        std::fflush(stdout);
        m_out.insert(QStringLiteral("ready_ms"), msOf(readyNs));
        // A person needs seconds to reach the first button; the walk starts 3 s after the
        // welcome screen came up, or once ready if that is later.
        if (ok) {
            waitUntil([&] { return sinceInteractive.elapsed() >= 3000; }, 3000);
        }
    }
    const auto setOnScreen = [this](const char *property, const QString &value) {
        QObject *screen = shell() ? shell()->property("currentScreen").value<QObject *>() : nullptr;
        return screen && screen->setProperty(property, value);
    };
    const auto screenIs = [this](const char *name) { return shell()->property("screen").toString() == QLatin1String(name); };
    if (ok) {
        ok = change(QStringLiteral("welcome>identify"), QStringLiteral("identify"), [&] { return tap(QStringLiteral("startButton")); })
             && setOnScreen("unit", m_unit)
             && waitUntil([&] { return find(QStringLiteral("unitContinue")) && find(QStringLiteral("unitContinue"))->isEnabled(); }, 2000)
             && change(QStringLiteral("identify>pin"), QStringLiteral("pin"), [&] { return tap(QStringLiteral("unitContinue")); })
             && setOnScreen("pin", m_pin)
             && waitUntil([&] { return find(QStringLiteral("pinOk")) && find(QStringLiteral("pinOk"))->isEnabled(); }, 2000);
    }
    if (ok) {
        // Sign-in: the PIN's Argon2id check, then the home screen with the resident's account.
        QElapsedTimer timer;
        timer.start();
        ok = tap(QStringLiteral("pinOk")) && waitForFrameOn(QStringLiteral("home"), 20000);
        m_out.insert(QStringLiteral("sign_in_ms"), msOf(timer.nsecsElapsed()));
        if (!ok && m_error.isEmpty()) {
            m_error = QStringLiteral("the PIN did not open the home screen");
        }
    }
    if (ok) {
        ok = change(QStringLiteral("home>pay"), QStringLiteral("pay"), [&] { return tap(QStringLiteral("payButton")); })
             && setOnScreen("other", QStringLiteral("100"))
             && waitUntil([&] { return find(QStringLiteral("payOtherButton")) && find(QStringLiteral("payOtherButton"))->isEnabled(); }, 2000)
             && change(QStringLiteral("pay>confirm"), QStringLiteral("confirm"), [&] { return tap(QStringLiteral("payOtherButton")); })
             && change(QStringLiteral("confirm>pay"), QStringLiteral("pay"), [&] { return tap(QStringLiteral("changeButton")); })
             && change(QStringLiteral("pay>home"), QStringLiteral("home"), [&] { return tap(QStringLiteral("backButton")); })
             && change(QStringLiteral("home>repairs"), QStringLiteral("repairs"), [&] { return tap(QStringLiteral("repairStatusButton")); })
             && change(QStringLiteral("repairs>repair"), QStringLiteral("repair"), [&] { return tap(QStringLiteral("anotherRepairButton")); })
             && change(QStringLiteral("repair>home"), QStringLiteral("home"), [&] { return tap(QStringLiteral("backButton")); })
             // The repair form a second time: what its first opening cost beyond any screen's.
             && change(QStringLiteral("home>repair (again)"), QStringLiteral("repair"), [&] { return tap(QStringLiteral("newRepairButton")); })
             && change(QStringLiteral("repair>home (again)"), QStringLiteral("home"), [&] { return tap(QStringLiteral("backButton")); })
             && change(QStringLiteral("home>welcome"), QStringLiteral("welcome"), [&] { return tap(QStringLiteral("signOutButton")); })
             && screenIs("welcome");
    }
    m_out.insert(QStringLiteral("screen_changes"), m_changes);
    double worst = 0;
    for (const QJsonValue &c : std::as_const(m_changes)) {
        worst = std::max(worst, c.toObject().value(QStringLiteral("ms")).toDouble());
    }
    m_out.insert(QStringLiteral("screen_change_max_ms"), worst);
    m_out.insert(QStringLiteral("memory_end"), memory());
    m_out.insert(QStringLiteral("ok"), ok);
    if (!ok) {
        m_out.insert(QStringLiteral("error"), m_error);
    }
    std::printf("%s\n", QJsonDocument(m_out).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return ok;
}

} // namespace courtyard::kiosk::ui
