// What the CLI tests share: running the real `courtyard` binary (COURTYARD_CLI_PATH) as a
// child process with stdin at EOF (never a terminal to ask on), and its result.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace courtyard::testing {

struct Run {
    QStringList arguments;
    int code = -1; // -1: did not start, crashed or timed out (see err)
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // For failure messages.
    QString report() const
    {
        return QStringLiteral("courtyard %1\n-> exit %2\n--- stdout:\n%3\n--- stderr:\n%4")
            .arg(arguments.join(QLatin1Char(' ')))
            .arg(code)
            .arg(outText().left(4000), errText().left(4000));
    }
    // stdout as a JSON object; empty when it is not one.
    QJsonObject json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        return doc.isObject() ? doc.object() : QJsonObject();
    }
};

// The environment the tests run the tool in: no COURTYARD_DB from outside, and the passphrase
// when one is given.
inline QProcessEnvironment cliEnvironment(const QString &passphrase = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("COURTYARD_DB"));
    env.remove(QStringLiteral("COURTYARD_PASSPHRASE"));
    if (!passphrase.isNull()) {
        env.insert(QStringLiteral("COURTYARD_PASSPHRASE"), passphrase);
    }
    return env;
}

inline Run runCourtyard(const QStringList &arguments, const QString &workingDirectory, const QProcessEnvironment &env)
{
    Run run;
    run.arguments = arguments;
    QProcess process;
    process.setProgram(QStringLiteral(COURTYARD_CLI_PATH));
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForStarted(10000)) {
        run.err = "could not start: " + process.errorString().toUtf8();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(10000);
        run.err = "timed out";
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit) {
        run.err += "\n[crashed]";
        return run;
    }
    run.code = process.exitCode();
    return run;
}

} // namespace courtyard::testing
