// The kiosk's on-screen keyboard in the repair form (tst_keyboard.qml), on the real backend and
// the embedded demo: Chinese and Japanese typed key by key on the kiosk's own layouts.

#include "app/kiosk/backend/demo.h"
#include "app/kiosk/ui/kiosk_ui.h"

#include <QDir>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(CourtyardKioskPlugin)

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        courtyard::kiosk::EmbeddedDemoOptions options;
        options.blockIntervalMs = 200;
        auto started = courtyard::kiosk::EmbeddedDemo::start(options);
        if (!started) {
            qFatal("the demo did not start: %s", qPrintable(started.error().message));
        }
        m_demo = std::move(*started);
        courtyard::kiosk::ui::setKiosk(&m_demo->kiosk());
        QDir().mkpath(QStringLiteral(KEYBOARD_SHOTS_DIR));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        courtyard::kiosk::ui::prepareEngine(*engine);
        // Where the test saves the keyboard's pictures (looked at by a person; not compared).
        engine->rootContext()->setContextProperty(QStringLiteral("shotsDir"), QStringLiteral(KEYBOARD_SHOTS_DIR));
    }
    void cleanupTestCase()
    {
        courtyard::kiosk::ui::setKiosk(nullptr);
        m_demo.reset();
    }

private:
    std::unique_ptr<courtyard::kiosk::EmbeddedDemo> m_demo;
};

int main(int argc, char **argv)
{
    courtyard::kiosk::ui::prepareProcess();
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "kiosk_keyboard", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_kiosk_keyboard.moc"
