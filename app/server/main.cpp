// courtyardd: the community server. Thin: the work is in courtyard_server (sequencer, sessions,
// the WebSocket server); this file reads the configuration, opens the keys and runs the loop.
#include "app/server/health.h"
#include "app/server/server.h"
#include "contracts/standard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace courtyard;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

int failWith(const QString &message, int code)
{
    std::fprintf(stderr, "courtyardd: %s\n", qPrintable(message));
    return code;
}

Result<QByteArray> passphrase(const server::ServerConfig &config)
{
    if (!config.passphraseFile.isEmpty()) {
        QFile f(config.resolve(config.passphraseFile));
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::NotFound, QStringLiteral("cannot read the passphrase file %1: %2").arg(f.fileName(), f.errorString()));
        }
        QByteArray line = f.readLine();
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        return line;
    }
    if (qEnvironmentVariableIsSet("COURTYARD_PASSPHRASE")) {
        return qgetenv("COURTYARD_PASSPHRASE");
    }
    return fail(ErrorCode::InvalidArgument,
                QStringLiteral("the sealing key needs its passphrase: set passphrase_file in the configuration or COURTYARD_PASSPHRASE"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("courtyard.*.debug=false"));
    }
    QCoreApplication::setApplicationName(QStringLiteral("courtyardd"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Courtyard community server: seals signed transactions into blocks and syncs devices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("The configuration file (INI)."), QStringLiteral("FILE"));
    const QCommandLineOption initOption(QStringLiteral("init"),
                                        QStringLiteral("Make the server's TLS certificate and key (self-signed) and print the fingerprint devices pin."));
    parser.addOption(configOption);
    parser.addOption(initOption);
    parser.process(app);
    if (!parser.isSet(configOption)) {
        return failWith(QStringLiteral("--config FILE is required (see docs/operator-guide.md)"), 2);
    }
    auto config = server::loadServerConfig(parser.value(configOption));
    if (!config) {
        return failWith(config.error().message, config.error().code == ErrorCode::NotFound ? 4 : 3);
    }
    const QString certificate = config->resolve(config->certificateFile);
    const QString tlsKey = config->resolve(config->keyFile);

    if (parser.isSet(initOption)) {
        if (!QDir().mkpath(config->dataDir)) {
            return failWith(QStringLiteral("cannot create the data folder %1").arg(config->dataDir), 5);
        }
        if (auto made = server::makeSelfSignedCertificate(certificate, tlsKey, QStringLiteral("courtyardd")); !made) {
            return failWith(made.error().message, 3);
        }
        auto identity = server::loadTlsIdentity(certificate, tlsKey);
        if (!identity) {
            return failWith(identity.error().message, 5);
        }
        std::printf("certificate: %s\nkey: %s\nfingerprint (SHA-256, devices pin it): %s\n", qPrintable(certificate),
                    qPrintable(tlsKey), qPrintable(sync::fingerprintText(identity->fingerprint)));
        return 0;
    }

    auto identity = server::loadTlsIdentity(certificate, tlsKey);
    if (!identity) {
        return failWith(identity.error().message, 3);
    }
    QFile keyFile(config->resolve(config->sealingKeyFile));
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return failWith(QStringLiteral("cannot read the sealing key %1: %2").arg(keyFile.fileName(), keyFile.errorString()), 4);
    }
    auto secret = passphrase(*config);
    if (!secret) {
        return failWith(secret.error().message, 3);
    }
    auto sealer = crypto::openKeyFile(keyFile.readAll(), *secret);
    secret->fill('\0');
    if (!sealer) {
        return failWith(QStringLiteral("%1: %2").arg(keyFile.fileName(), sealer.error().message), 3);
    }
    contracts::Registry registry;
    contracts::addStandardContracts(registry);
    server::SequencerOptions options;
    options.maxBlockTransactions = config->maxBlockTransactions;
    auto sequencer = server::Sequencer::open(config->ledgerPath(), registry, std::move(*sealer), options);
    if (!sequencer) {
        return failWith(QStringLiteral("%1: %2 (create the ledger with 'courtyard init --db %1')")
                            .arg(config->ledgerPath(), sequencer.error().message),
                        sequencer.error().code == ErrorCode::NotFound ? 4 : 5);
    }
    server::Server server(std::move(*sequencer), std::move(*identity), *config);
    if (auto listening = server.listen(); !listening) {
        return failWith(listening.error().message, 5);
    }
    // SIGTERM/SIGINT: finish the block in progress, then stop.
    if (::pipe(g_signalPipe) != 0) {
        return failWith(QStringLiteral("cannot install the signal handler"), 5);
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_signalPipe[0], &byte, 1);
        server.shutdown();
        std::printf("courtyardd: stopped at height %llu\n", static_cast<unsigned long long>(server.sequencer().height()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    // Only now, with SIGTERM handled: the port on stdout, for scripts and tests that asked for
    // any free port (port = 0).
    std::printf("courtyardd: listening on port %u\n", unsigned(server.port()));
    std::unique_ptr<server::HealthEndpoint> health;
    if (config->healthPort >= 0) {
        health = std::make_unique<server::HealthEndpoint>(server);
        auto port = health->listen(config->healthAddress, quint16(config->healthPort));
        if (!port) {
            return failWith(port.error().message, 5);
        }
        std::printf("courtyardd: health on http://%s:%u/health\n", qPrintable(config->healthAddress.toString()), unsigned(*port));
    }
    std::fflush(stdout);

    return app.exec();
}
