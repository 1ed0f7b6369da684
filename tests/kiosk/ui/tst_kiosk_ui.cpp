// The kiosk's Qt Quick flows (tst_flow.qml) against the real backend on the embedded demo
// community: its in-process courtyardd, real ledger, real contracts, the simulated terminal.

#include "app/kiosk/backend/demo.h"
#include "app/kiosk/backend/startup.h"
#include "app/kiosk/ui/kiosk_ui.h"
#include "app/views/views.h"

#include <QQmlContext>
#include <QTemporaryDir>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(CourtyardKioskPlugin)

// The test's hands on the demo's server (context property `demoServer`): take it away and bring
// it back, and count a payment in the kiosk's ledger.
class DemoServer : public QObject {
    Q_OBJECT
public:
    courtyard::kiosk::EmbeddedDemo *demo = nullptr;
    Q_INVOKABLE void stop() { demo->stopServer(); }
    Q_INVOKABLE bool start()
    {
        auto started = demo->restartServer();
        if (!started) {
            qWarning("the demo server did not come back: %s", qPrintable(started.error().message));
        }
        return started.has_value();
    }
    Q_INVOKABLE bool running() const { return demo->serverRunning(); }
    // The unit's payments with this transaction id (hex) in the kiosk's ledger (sealed, and
    // pending in its outbox), as status words: ["confirmed"] once sealed exactly once.
    Q_INVOKABLE QStringList paymentsWithTransaction(const QString &unit, const QString &transactionId) const
    {
        QStringList out;
        auto lines = courtyard::views::payments(demo->kiosk().core().store(), unit, 0);
        if (!lines) {
            out.append(QStringLiteral("error: ") + lines.error().message);
            return out;
        }
        for (const courtyard::views::PaymentLine &line : *lines) {
            if (QString::fromLatin1(line.txId.toHex()) == transactionId.toLower()) {
                out.append(line.status == courtyard::views::PaymentStatus::Confirmed ? QStringLiteral("confirmed")
                                                                                    : QStringLiteral("not confirmed"));
            }
        }
        return out;
    }
};

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
        m_server.demo = m_demo.get();
        // The start screen's cases (KioskStart): a start still loading (never begun, so it stays
        // loading), and one that failed (its key file is not there).
        m_loading = std::make_unique<courtyard::kiosk::KioskStartup>(courtyard::kiosk::KioskConfig{},
                                                                     std::make_unique<courtyard::kiosk::SimulatedTerminal>());
        courtyard::kiosk::KioskConfig broken;
        broken.ledgerPath = m_dir.filePath(QStringLiteral("ledger.db"));
        broken.keyFile = m_dir.filePath(QStringLiteral("no-such-kiosk.key"));
        m_failed = std::make_unique<courtyard::kiosk::KioskStartup>(broken, std::make_unique<courtyard::kiosk::SimulatedTerminal>());
        m_failed->begin();
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        courtyard::kiosk::ui::prepareEngine(*engine);
        engine->rootContext()->setContextProperty(QStringLiteral("demoServer"), &m_server);
        engine->rootContext()->setContextProperty(QStringLiteral("loadingStartup"), m_loading.get());
        engine->rootContext()->setContextProperty(QStringLiteral("failedStartup"), m_failed.get());
    }
    void cleanupTestCase()
    {
        courtyard::kiosk::ui::setKiosk(nullptr);
        m_demo.reset();
        m_loading.reset();
        m_failed.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<courtyard::kiosk::KioskStartup> m_loading;
    std::unique_ptr<courtyard::kiosk::KioskStartup> m_failed;
    std::unique_ptr<courtyard::kiosk::EmbeddedDemo> m_demo;
    DemoServer m_server;
};

int main(int argc, char **argv)
{
    courtyard::kiosk::ui::prepareProcess();
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "kiosk_ui", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_kiosk_ui.moc"
