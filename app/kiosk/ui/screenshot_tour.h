#pragma once
// ScreenshotTour (`courtyard-kiosk --screenshot DIR`): walks the embedded demo through every
// screen — welcome, identify, PIN, wrong PIN, locked card, home, pay, confirm, waiting for the
// terminal, approved, receipt pending and confirmed, declined, timed out, cancelled, repair form
// (and with the keyboard up), repair status, the idle question, the staff menu, the start screen
// while loading ("One moment…") and after a failed start, large text, high contrast, offline — in each
// of the four languages, and saves DIR/<language>/<nn>-<screen>.png (1920 x 1080, software
// renderer). It drives the real backend (a real payment, a real repair request); only what a
// person would do on the screen is done for them.
//
// It also checks what can be checked without eyes: a text that had to be elided (it does not fit
// its place) or a screen that did not come up is reported on stderr and makes run() false.
// Every screen change is timed (report.json in DIR: per screen, the ms from the change to the
// next rendered frame).
//
// Thread-safety: GUI thread; run() spins the event loop.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <functional>

class QQuickWindow;
class QQuickItem;

namespace courtyard::kiosk {
class EmbeddedDemo;
}

namespace courtyard::kiosk::ui {

class ScreenshotTour {
public:
    ScreenshotTour(QQuickWindow &window, EmbeddedDemo &demo, QString outDir);

    // True when every screen came up in every language and every text fits.
    bool run();

    // Texts that are elided on the window's current screen ("text" for each).
    static QStringList truncatedTexts(QQuickItem *root);

private:
    bool tourLanguage(const QString &code, bool lockoutDone);
    void tourStart();
    bool shot(const QString &name);
    bool go(const QString &screen);
    bool waitFor(const std::function<bool()> &condition, int timeoutMs, const QString &what);
    QObject *shell() const;
    QObject *screenItem() const;
    void fail(const QString &message);

    QQuickWindow &m_window;
    EmbeddedDemo &m_demo;
    QString m_outDir;
    QString m_language;
    int m_index = 0;
    bool m_ok = true;
    QJsonArray m_timings;
};

} // namespace courtyard::kiosk::ui
