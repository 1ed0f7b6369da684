#pragma once
// ScreenshotTour (`courtyard-desk --screenshot DIR`): signs the embedded demo's identities in and
// out and shows every screen — sign-in, a wrong passphrase, each page of the manager workspace,
// the lock screen, the committee's workspace — in English and Arabic (mirrored), saving
// DIR/<language>/<nn>-<screen>.png (1366 x 860, software renderer). A screen that does not come
// up makes run() false.
//
// Thread-safety: GUI thread; run() spins the event loop.

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

class QQuickWindow;

namespace courtyard::desk {
class Desk;
}

namespace courtyard::desk::ui {

class ScreenshotTour {
public:
    ScreenshotTour(QQuickWindow &window, Desk &desk, QString outDir, QStringList languages);
    bool run();

private:
    bool tour(const QString &code);
    bool shot(const QString &name);
    bool waitFor(const std::function<bool()> &condition, int timeoutMs, const QString &what);
    QVariantMap identity(const QString &role) const;

    QQuickWindow &m_window;
    Desk &m_desk;
    QString m_outDir;
    QStringList m_languages;
    QString m_language;
    int m_index = 0;
    bool m_ok = true;
};

} // namespace courtyard::desk::ui
