// courtyardd as a child process for the tests: a data folder with the test community's ledger
// (manager and kiosk granted), the sealing key file and its passphrase, a configuration with a
// random port and a 50 ms block interval, and the TLS certificate made by `courtyardd --init`.
#pragma once

#include "tests/server/server_fixture.h"

#include "app/server/tls.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <csignal>

namespace courtyard::testing {

inline const QByteArray kServerPassphrase = "correct horse battery staple";

class ServerProcess {
public:
    ~ServerProcess() { kill(); }

    // Prepares dir; empty on success, else what failed.
    QString setUp(const QString &dir, const ServerCommunity &c, const contracts::Registry &registry)
    {
        m_config = dir + QStringLiteral("/courtyardd.ini");
        m_data = dir + QStringLiteral("/data");
        if (!QDir().mkpath(m_data)) {
            return QStringLiteral("cannot make ") + m_data;
        }
        writeConfig();
        if (QString made = c.createLedger(ledgerPath(), registry); !made.isEmpty()) {
            return made;
        }
        auto sealed = crypto::sealKeyFile(c.server, kServerPassphrase, QStringLiteral("sealer"), crypto::KdfStrength::Interactive);
        if (!sealed) {
            return sealed.error().message;
        }
        if (!write(m_data + QStringLiteral("/sealer.key"), *sealed) || !write(m_data + QStringLiteral("/passphrase"), kServerPassphrase + '\n')) {
            return QStringLiteral("cannot write the key files");
        }
        QProcess init;
        init.start(QStringLiteral(COURTYARDD), {QStringLiteral("--config"), m_config, QStringLiteral("--init")});
        if (!init.waitForFinished(30000) || init.exitCode() != 0) {
            return QStringLiteral("courtyardd --init failed: ") + QString::fromUtf8(init.readAllStandardError());
        }
        m_initOutput = QString::fromUtf8(init.readAllStandardOutput());
        const qsizetype at = m_initOutput.indexOf(QStringLiteral("fingerprint"));
        auto pin = sync::parseFingerprint(m_initOutput.mid(m_initOutput.indexOf(u':', at) + 1).trimmed());
        if (at < 0 || !pin) {
            return QStringLiteral("no fingerprint in: ") + m_initOutput;
        }
        m_pin = *pin;
        return {};
    }

    // The configuration with these lines added (each "key = value\n").
    void writeConfig(const QString &extra = {}) const
    {
        write(m_config, QStringLiteral("# courtyardd test configuration\n"
                                       "data_dir = data\n"
                                       "listen = 127.0.0.1\n"
                                       "port = %1\n"
                                       "sealing_key = sealer.key\n"
                                       "passphrase_file = passphrase\n")
                                .arg(m_fixedPort)
                                .toUtf8()
                            // A key may appear once: the extra lines may set their own interval.
                            + (extra.contains(QStringLiteral("block_interval_ms =")) ? QByteArray() : QByteArray("block_interval_ms = 50\n"))
                            + extra.toUtf8());
    }

    // Lines ("key = value\n") added to the configuration of every later start().
    void setExtraConfig(const QString &extra) { m_extraConfig = extra; }

    // Starts courtyardd; its port, or 0 when it did not start. port 0: any free port; another
    // asks for that one (a restart where the devices expect it).
    quint16 start(quint16 port = 0)
    {
        m_fixedPort = port;
        writeConfig(m_extraConfig);
        m_process.setProgram(QStringLiteral(COURTYARDD));
        m_process.setArguments({QStringLiteral("--config"), m_config});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            return 0;
        }
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains('\n') && t.elapsed() < 20000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(100);
            out += m_process.readAllStandardOutput();
        }
        const qsizetype end = out.indexOf('\n');
        const QByteArray first = end < 0 ? out : out.left(end);
        m_output = end < 0 ? QByteArray() : out.mid(end + 1);
        const QByteArray prefix = "courtyardd: listening on port ";
        m_port = first.startsWith(prefix) ? quint16(first.mid(prefix.size()).trimmed().toUInt()) : 0;
        return m_port;
    }

    // The next line courtyardd printed after "listening on port", without its newline; empty when
    // none came within timeoutMs.
    QByteArray nextOutputLine(int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_output.contains('\n') && t.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(100);
            m_output += m_process.readAllStandardOutput();
        }
        const qsizetype end = m_output.indexOf('\n');
        if (end < 0) {
            return {};
        }
        const QByteArray line = m_output.left(end);
        m_output.remove(0, end + 1);
        return line;
    }

    // SIGTERM and wait: true when it exited 0.
    bool stop()
    {
        if (m_process.state() == QProcess::NotRunning) {
            return true;
        }
        ::kill(pid_t(m_process.processId()), SIGTERM);
        return m_process.waitForFinished(20000) && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    QProcess &process() { return m_process; }
    QString ledgerPath() const { return m_data + QStringLiteral("/ledger.db"); }
    const QString &dataDir() const { return m_data; }
    const QString &configPath() const { return m_config; }
    const QString &initOutput() const { return m_initOutput; }
    const crypto::Digest &pin() const { return m_pin; }
    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(m_port)); }

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

private:
    QString m_config;
    QString m_data;
    QString m_initOutput;
    crypto::Digest m_pin{};
    quint16 m_port = 0;
    quint16 m_fixedPort = 0;
    QString m_extraConfig;
    QByteArray m_output; // printed after the first line, not read yet
    QProcess m_process;
};

} // namespace courtyard::testing
