// courtyard-kiosk: the lobby kiosk (docs/kiosk.md). The composition root: it makes the backend
// (the enrolled device's configuration, or the embedded demo), hands it to QML and shows
// Main.qml fullscreen; --screenshot renders every screen in the four languages instead.

#include "app/kiosk/backend/demo.h"
#include "app/kiosk/backend/kiosk.h"
#include "app/kiosk/backend/startup.h"
#include "app/kiosk/ui/kiosk_ui.h"
#include "app/kiosk/ui/language.h"
#include "app/kiosk/ui/screenshot_tour.h"
#include "app/kiosk/ui/startup_probe.h"
#include "core/crypto/crypto.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(CourtyardKioskPlugin)

namespace {

// The command line's words (translated like the screens: translations/kiosk_*.ts).
class KioskMain {
    Q_DECLARE_TR_FUNCTIONS(KioskMain)
};

int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 2;
}

// The line printed when the kiosk cannot open (StartupScreen.qml shows the same sentence).
QString openFailure(const QString &reason)
{
    return KioskMain::tr("The kiosk could not open its ledger: %1").arg(reason);
}

QString defaultConfig()
{
    const QString user = QStandardPaths::locate(QStandardPaths::GenericConfigLocation, QStringLiteral("courtyard/kiosk.conf"));
    return user.isEmpty() ? QStringLiteral("/etc/courtyard/kiosk.conf") : user;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace courtyard;
    QElapsedTimer sinceMain; // the start-up benchmark's clock (--startup-probe)
    sinceMain.start();
    QJsonObject phases;
    const auto phase = [&](const char *name) { phases.insert(QString::fromLatin1(name), double(sinceMain.nsecsElapsed() / 1000) / 1000.0); };
    kiosk::ui::prepareProcess();
    QGuiApplication app(argc, argv);
    phase("application_ms");
    kiosk::ui::prepareApplication();
    QCoreApplication::setApplicationVersion(QStringLiteral(COURTYARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(KioskMain::tr("The Courtyard lobby kiosk: residents pay rent and fees and follow repairs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        KioskMain::tr("Start on an embedded demo community (its own server on 127.0.0.1)."));
    const QCommandLineOption demoDirOption(QStringLiteral("demo-dir"),
                                           KioskMain::tr("Keep the demo's ledger in <dir> (default: a temporary folder)."),
                                           QStringLiteral("dir"));
    const QCommandLineOption configOption(QStringLiteral("config"), KioskMain::tr("The kiosk's configuration file (default: %1).").arg(defaultConfig()),
                                          QStringLiteral("file"), defaultConfig());
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              KioskMain::tr("Render every screen in the four languages to PNG files in <dir>, then exit."),
                                              QStringLiteral("dir"));
    const QCommandLineOption windowedOption(QStringLiteral("windowed"), KioskMain::tr("A 1920x1080 window instead of full screen (for development)."));
    const QCommandLineOption languageOption(QStringLiteral("language"), KioskMain::tr("Start in <code>: en, zh_CN, ja or ar."),
                                            QStringLiteral("code"), QStringLiteral("en"));
    const QCommandLineOption hashPinOption(QStringLiteral("hash-staff-pin"),
                                           KioskMain::tr("Read a staff PIN from standard input and print its hash for staff_pin_hash."));
    // For tests/bench/kiosk_startup.cpp: time the start and a walk through the screens of the
    // resident with this unit and PIN (tapping their buttons), print JSON, exit.
    QCommandLineOption probeOption(QStringLiteral("startup-probe"), QStringLiteral("UNIT,PIN"), QStringLiteral("unit,pin"));
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demoOption, demoDirOption, configOption, screenshotOption, windowedOption, languageOption, hashPinOption, probeOption});
    parser.process(app);

    if (parser.isSet(hashPinOption)) {
        const QByteArray pin = QFile::decodeName(QTextStream(stdin).readLine().trimmed().toUtf8()).toUtf8();
        if (pin.size() < 4 || pin.size() > 12 || !std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return fail(KioskMain::tr("A staff PIN is 4 to 12 digits."));
        }
        auto hash = crypto::hashPin(pin);
        if (!hash) {
            return fail(hash.error().message);
        }
        QTextStream(stdout) << QString::fromLatin1(*hash) << Qt::endl;
        return 0;
    }
    if (!kiosk::ui::Language::codes().contains(parser.value(languageOption))) {
        return fail(KioskMain::tr("Unknown language '%1': use en, zh_CN, ja or ar.").arg(parser.value(languageOption)));
    }

    const bool screenshots = parser.isSet(screenshotOption);
    if (screenshots) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    std::unique_ptr<kiosk::EmbeddedDemo> demo;
    // The configured kiosk opens in the background (startup.h): the welcome screen does not wait
    // for the ledger (Store::open reads every transaction) nor for the key's Argon2id.
    std::unique_ptr<kiosk::KioskStartup> startup;
    kiosk::Kiosk *backend = nullptr;
    if (parser.isSet(demoOption) || screenshots) {
        kiosk::EmbeddedDemoOptions options;
        options.dir = parser.value(demoDirOption);
        auto started = kiosk::EmbeddedDemo::start(options);
        if (!started) {
            return fail(KioskMain::tr("The demo community could not start: %1").arg(started.error().message));
        }
        demo = std::move(*started);
        backend = &demo->kiosk();
    } else {
        auto config = kiosk::loadKioskConfig(parser.value(configOption));
        if (!config) {
            return fail(KioskMain::tr("Cannot read the kiosk's configuration %1: %2\nEnroll the kiosk first (docs/kiosk.md), or try --demo.")
                            .arg(parser.value(configOption), config.error().message));
        }
        startup = std::make_unique<kiosk::KioskStartup>(std::move(*config), std::make_unique<kiosk::SimulatedTerminal>());
        kiosk::KioskStartup *opening = startup.get();
        QObject::connect(opening, &kiosk::KioskStartup::stateChanged, &app, [opening] {
            if (opening->state() == QLatin1String("failed")) {
                // As before the start screen existed (for the log); the screen says it too.
                QTextStream(stderr) << openFailure(opening->error()) << Qt::endl;
            }
        });
        startup->begin();
    }
    if (startup) {
        kiosk::ui::setStartup(startup.get());
    } else {
        kiosk::ui::setKiosk(backend);
    }
    phase("backend_ms");

    QQmlApplicationEngine engine;
    kiosk::ui::prepareEngine(engine);
    engine.setInitialProperties({{QStringLiteral("fullScreen"), !(screenshots || parser.isSet(windowedOption))}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(3); }, Qt::QueuedConnection);
    engine.load(kiosk::ui::mainQmlUrl());
    if (engine.rootObjects().isEmpty()) {
        return fail(KioskMain::tr("The kiosk's screens could not be loaded."));
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (auto *language = kiosk::ui::Language::instance()) {
        language->setLanguage(parser.value(languageOption));
    }
    phase("qml_loaded_ms");

    if (parser.isSet(probeOption)) {
        const QStringList probe = parser.value(probeOption).split(QLatin1Char(','));
        kiosk::ui::StartupProbe startupProbe(*window, sinceMain, phases, probe.value(0), probe.value(1));
        return startupProbe.run() ? 0 : 1;
    }

    if (screenshots) {
        kiosk::ui::ScreenshotTour tour(*window, *demo, parser.value(screenshotOption));
        return tour.run() ? 0 : 1;
    }
    return app.exec();
}
