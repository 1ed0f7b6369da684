// The kiosk's Qt Quick flows (tst_flow.qml) against the real backend on the embedded demo
// community: its in-process courtyardd, real ledger, real contracts, the simulated terminal.

#include "app/kiosk/backend/demo.h"
#include "app/kiosk/ui/kiosk_ui.h"

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
        m_demo->terminal().setDelayMs(/*answerMs=*/150, /*timeoutMs=*/400);
        courtyard::kiosk::ui::setKiosk(&m_demo->kiosk());
    }
    void qmlEngineAvailable(QQmlEngine *engine) { courtyard::kiosk::ui::prepareEngine(*engine); }
    void cleanupTestCase() { courtyard::kiosk::ui::setKiosk(nullptr); m_demo.reset(); }

private:
    std::unique_ptr<courtyard::kiosk::EmbeddedDemo> m_demo;
};

int main(int argc, char **argv)
{
    courtyard::kiosk::ui::prepareProcess();
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "kiosk_ui", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_kiosk_ui.moc"
