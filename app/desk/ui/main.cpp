// courtyard-desk: the property manager's and the committee's desktop (docs/desk.md). The
// composition root: it opens the desk on its data folder (or the embedded demo), hands it to QML
// and shows the window; --screenshot renders every screen to PNG files instead.

#include "app/desk/backend/demo.h"
#include "app/desk/backend/desk.h"
#include "app/desk/ui/desk_ui.h"
#include "app/desk/ui/screenshot_tour.h"
#include "app/desk/ui/slices.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>

#include <optional>

Q_IMPORT_QML_PLUGIN(CourtyardDeskPlugin)
Q_IMPORT_QML_PLUGIN(CourtyardDesk_ControlsPlugin)

namespace {

class DeskMain {
    Q_DECLARE_TR_FUNCTIONS(DeskMain)
};

int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace courtyard;
    desk::ui::prepareProcess();
    // A QApplication: the committee's charts (Qt Charts) need one.
    QApplication app(argc, argv);
    desk::ui::prepareApplication();
    QCoreApplication::setApplicationVersion(QStringLiteral(COURTYARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(DeskMain::tr("The Courtyard desk: the property manager's and the committee's desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), DeskMain::tr("Start on the embedded demo community (its own server on 127.0.0.1)."));
    const QCommandLineOption demoDirOption(QStringLiteral("demo-dir"), DeskMain::tr("Keep the demo in <dir> (default: a temporary folder)."),
                                           QStringLiteral("dir"));
    const QString defaultData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QCommandLineOption dataOption(QStringLiteral("data"), DeskMain::tr("The desk's data folder: ledger.db, directory.json, documents/ (default: %1).").arg(defaultData),
                                        QStringLiteral("dir"), defaultData);
    const QCommandLineOption serverOption(QStringLiteral("server"), DeskMain::tr("The community server, wss://host:port."), QStringLiteral("url"));
    const QCommandLineOption pinOption(QStringLiteral("server-pin"), DeskMain::tr("The SHA-256 of the server's certificate, 64 hex digits."),
                                       QStringLiteral("hex"));
    const QCommandLineOption lockOption(QStringLiteral("lock-minutes"), DeskMain::tr("Lock after this many minutes without activity (default 10)."),
                                        QStringLiteral("minutes"), QStringLiteral("10"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              DeskMain::tr("Render every screen of the demo in English and Arabic to PNG files in <dir>, then exit."),
                                              QStringLiteral("dir"));
    const QCommandLineOption languageOption(QStringLiteral("language"), DeskMain::tr("Start in <code>: en, zh_CN, ja or ar."), QStringLiteral("code"),
                                            QStringLiteral("en"));
    parser.addOptions({demoOption, demoDirOption, dataOption, serverOption, pinOption, lockOption, screenshotOption, languageOption});
    parser.process(app);

    if (!desk::ui::DeskLanguage::codes().contains(parser.value(languageOption))) {
        return fail(DeskMain::tr("Unknown language '%1': use en, zh_CN, ja or ar.").arg(parser.value(languageOption)));
    }
    bool minutesOk = false;
    const int lockMinutes = parser.value(lockOption).toInt(&minutesOk);
    if (!minutesOk || lockMinutes < 1 || lockMinutes > 1440) {
        return fail(DeskMain::tr("--lock-minutes takes a whole number from 1 to 1440."));
    }
    const bool screenshots = parser.isSet(screenshotOption);
    if (screenshots) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    std::unique_ptr<desk::Desk> backend;
    std::optional<syncclient::SyncOptions> server;
    if (parser.isSet(demoOption) || screenshots) {
        desk::DeskDemoOptions options;
        options.dir = parser.value(demoDirOption);
        auto opened = desk::openDemoDesk(options);
        if (!opened) {
            return fail(DeskMain::tr("The demo community could not start: %1").arg(opened.error().message));
        }
        backend = std::move(*opened);
        server = backend->syncOptions();
    } else {
        desk::DeskOptions options;
        options.dataDir = parser.value(dataOption);
        options.lockMinutes = lockMinutes;
        if (parser.isSet(serverOption)) {
            const QByteArray pin = QByteArray::fromHex(parser.value(pinOption).toLatin1());
            if (pin.size() != 32) {
                return fail(DeskMain::tr("--server needs --server-pin: the SHA-256 of the server's certificate, 64 hex digits."));
            }
            syncclient::SyncOptions sync;
            sync.server = QUrl(parser.value(serverOption));
            std::copy(pin.begin(), pin.end(), sync.pin.begin());
            options.sync = sync;
            server = sync;
        }
        auto opened = desk::Desk::open(options);
        if (!opened) {
            return fail(DeskMain::tr("The desk cannot open its data: %1").arg(opened.error().message));
        }
        backend = std::move(*opened);
    }
    backend->setLockMinutes(lockMinutes);
    desk::ui::registerSlices(backend->dataDir(), server ? &*server : nullptr);
    desk::ui::setDesk(backend.get());

    QQmlApplicationEngine engine;
    desk::ui::prepareEngine(engine);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(3); }, Qt::QueuedConnection);
    engine.load(desk::ui::mainQmlUrl());
    if (engine.rootObjects().isEmpty()) {
        return fail(DeskMain::tr("The desk's screens could not be loaded."));
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    desk::ui::DeskLanguage::instance()->setLanguage(parser.value(languageOption));

    if (screenshots) {
        desk::ui::ScreenshotTour tour(*window, *backend, parser.value(screenshotOption), {QStringLiteral("en"), QStringLiteral("ar")});
        const bool ok = tour.run();
        engine.clearComponentCache();
        return ok ? 0 : 1;
    }
    const int code = app.exec();
    backend->signOut();
    return code;
}
