#include "app/cli/accounting_commands.h"
#include "app/cli/cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // The commands that make PDFs (report financial, arrears --letters) need fonts: a
    // QGuiApplication, on no screen unless one is asked for.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    const bool gui = courtyard::cli::accountingNeedsGui(arguments);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("courtyard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COURTYARD_VERSION));
    // Informational logs are for the server and for debugging (QT_LOGGING_RULES overrides).
    QLoggingCategory::setFilterRules(QStringLiteral("courtyard.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = courtyard::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
