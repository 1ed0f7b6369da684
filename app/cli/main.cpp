#include "app/cli/cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("courtyard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COURTYARD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = courtyard::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
