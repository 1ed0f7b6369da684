#include "app/cli/cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
