#include "app/desk/ui/screenshot_tour.h"

#include "app/desk/backend/desk.h"
#include "app/desk/ui/desk_ui.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>
#include <QThread>

namespace courtyard::desk::ui {

ScreenshotTour::ScreenshotTour(QQuickWindow &window, Desk &desk, QString outDir, QStringList languages)
    : m_window(window), m_desk(desk), m_outDir(std::move(outDir)), m_languages(std::move(languages))
{
}

bool ScreenshotTour::waitFor(const std::function<bool()> &condition, int timeoutMs, const QString &what)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) {
            QTextStream(stderr) << "screenshot tour: " << m_language << ": timed out waiting for " << what << Qt::endl;
            m_ok = false;
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

bool ScreenshotTour::shot(const QString &name)
{
    // Let bindings, layouts and the loaders settle, then render.
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    const QImage image = m_window.grabWindow();
    const QString dir = QDir(m_outDir).filePath(m_language);
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(++m_index, 2, 10, QLatin1Char('0')).arg(name));
    if (image.isNull() || !image.save(file)) {
        QTextStream(stderr) << "screenshot tour: cannot save " << file << Qt::endl;
        m_ok = false;
        return false;
    }
    return true;
}

QVariantMap ScreenshotTour::identity(const QString &role) const
{
    for (const QVariant &v : m_desk.demoIdentities()) {
        if (v.toMap().value(QStringLiteral("role")).toString() == role) {
            return v.toMap();
        }
    }
    return {};
}

bool ScreenshotTour::tour(const QString &code)
{
    m_language = code;
    m_index = 0;
    // Only this run's screens in the language's folder (the other slices keep theirs elsewhere).
    QDir folder(QDir(m_outDir).filePath(code));
    for (const QString &old : folder.entryList({QStringLiteral("*.png")}, QDir::Files)) {
        folder.remove(old);
    }
    if (!DeskLanguage::instance()->setLanguage(code)) {
        QTextStream(stderr) << "screenshot tour: no translation for " << code << Qt::endl;
        return false;
    }
    QObject *root = m_window.contentItem();
    QObject *signIn = m_window.findChild<QObject *>(QStringLiteral("signInScreen"));
    if (!signIn) {
        QTextStream(stderr) << "screenshot tour: no sign-in screen" << Qt::endl;
        return false;
    }
    Q_UNUSED(root);
    const QVariantMap manager = identity(QStringLiteral("manager"));
    signIn->setProperty("keyFile", manager.value(QStringLiteral("keyFile")));
    signIn->setProperty("passphrase", QString());
    shot(QStringLiteral("sign-in"));
    m_desk.signIn(manager.value(QStringLiteral("keyFile")).toString(), QStringLiteral("not the passphrase"));
    shot(QStringLiteral("sign-in-wrong-passphrase"));
    if (!m_desk.signIn(manager.value(QStringLiteral("keyFile")).toString(), manager.value(QStringLiteral("passphrase")).toString())) {
        QTextStream(stderr) << "screenshot tour: the demo manager cannot sign in: " << m_desk.message() << Qt::endl;
        return false;
    }
    waitFor([&] { return m_desk.status()->connection() == QLatin1String("live"); }, 15000, QStringLiteral("the server connection"));
    QObject *workspace = m_window.findChild<QObject *>(QStringLiteral("workspaceView"));
    if (!workspace) {
        QTextStream(stderr) << "screenshot tour: no workspace" << Qt::endl;
        return false;
    }
    const QVariantList pages = workspace->property("pages").toList();
    for (int i = 0; i < pages.size(); ++i) {
        workspace->setProperty("currentIndex", i);
        const QString name = pages[i].toMap().value(QStringLiteral("name")).toString();
        if (name == QLatin1String("billing") && m_desk.manager()) {
            m_desk.manager()->previewClose(m_desk.manager()->nextPeriod());
        }
        shot(QStringLiteral("manager-") + QString(name).replace(QLatin1Char(':'), QLatin1Char('-')));
    }
    workspace->setProperty("currentIndex", 0);
    m_desk.lock();
    shot(QStringLiteral("locked"));
    m_desk.unlock(manager.value(QStringLiteral("passphrase")).toString());
    m_desk.signOut();
    const QVariantMap committee = identity(QStringLiteral("committee"));
    if (m_desk.signIn(committee.value(QStringLiteral("keyFile")).toString(), committee.value(QStringLiteral("passphrase")).toString())) {
        const QVariantList committeePages = workspace->property("pages").toList();
        for (int i = 0; i < committeePages.size(); ++i) {
            workspace->setProperty("currentIndex", i);
            shot(QStringLiteral("committee-") + committeePages[i].toMap().value(QStringLiteral("name")).toString().replace(QLatin1Char(':'), QLatin1Char('-')));
        }
        workspace->setProperty("currentIndex", 0);
        m_desk.signOut();
    } else {
        m_ok = false;
    }
    return m_ok;
}

bool ScreenshotTour::run()
{
    m_window.resize(1366, 860);
    m_window.show();
    for (const QString &code : std::as_const(m_languages)) {
        if (!tour(code)) {
            m_ok = false;
        }
    }
    return m_ok;
}

} // namespace courtyard::desk::ui
