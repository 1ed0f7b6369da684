// courtyard-load's setup: the community the kiosks pay into, the payments they sign before the
// timed run, and courtyardd as a child process (data folder, configuration, TLS certificate,
// sealing key file, start, stop, memory and CPU from /proc).
//
// The community is built through the real contracts with node::Ledger: genesis (committee of
// three, quorum two), the quorum grants "manager" and one "kiosk" role per kiosk key, the manager
// registers the units, one resident each and a lease each (its deposit is an open invoice), so a
// payment.kiosk for a unit and its resident is accepted: it pays the deposit first, then becomes
// prepaid credit. Keys are derived from the seed: every run builds the same community.
#pragma once

#include "app/node/node.h"
#include "contracts/engine.h"
#include "core/crypto/crypto.h"
#include "core/ledger/genesis.h"

#include <QProcess>
#include <QString>

#include <map>
#include <vector>

namespace courtyard::bench {

struct LoadUnit {
    QString number;
    QByteArray resident; // 16-byte resident id
};

struct LoadCommunity {
    crypto::KeyPair server;
    std::vector<crypto::KeyPair> committee;
    crypto::KeyPair manager;
    std::vector<crypto::KeyPair> kiosks;
    std::vector<LoadUnit> units;
    ledger::Genesis genesis;
    quint64 startMs = 0;
};

LoadCommunity makeLoadCommunity(int kiosks, int units, quint64 seed, quint64 startMs);

// Builds the ledger at path through the contracts (dies on any refusal); returns its height.
quint64 buildLoadLedger(const QString &path, const LoadCommunity &c, const contracts::Registry &registry);

// One kiosk's payments, signed and wrapped in their Submit messages before the run: message i
// carries request id i + 1 and the transaction of sequence i + 1.
struct Presigned {
    std::vector<QByteArray> messages;
    std::vector<crypto::Digest> ids;
};
// `perKiosk` payments for each kiosk, on `threads` threads.
std::vector<Presigned> presignPayments(const LoadCommunity &c, int perKiosk, int threads);

// A payment.kiosk of `amount` minor units for unit u and its resident, by kiosk k.
ledger::Transaction kioskPayment(const LoadCommunity &c, std::size_t k, quint64 sequence, const LoadUnit &u, qint64 amount);

// courtyardd in a folder of its own: dir/courtyardd.ini, dir/data/{ledger.db, sealer.key,
// passphrase, server.crt, server.tlskey}.
class ServerProcess {
public:
    ServerProcess(QString program, QString dir);
    ~ServerProcess();

    // Writes the configuration (`extra`: more "key = value" lines), the sealing key file and its
    // passphrase, and makes the TLS certificate with `courtyardd --init`. Dies on failure.
    void prepare(const crypto::KeyPair &sealer, const QString &extra);
    QString ledgerPath() const { return m_dir + QStringLiteral("/data/ledger.db"); }
    const crypto::Digest &pin() const { return m_pin; }

    // Starts courtyardd and waits for its port; dies when it does not start within timeoutMs.
    void start(int timeoutMs = 600000);
    // SIGTERM (it seals what is pending) and wait; false when it did not exit 0.
    bool stop(int timeoutMs = 120000);
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString url() const { return QStringLiteral("wss://127.0.0.1:%1").arg(m_port); }

    // From /proc/<pid>/status, in kB: the peak and the current resident set.
    qint64 vmHwmKb() const;
    qint64 vmRssKb() const;
    // utime + stime from /proc/<pid>/stat, in seconds.
    double cpuSeconds() const;
    // Each thread's time on a core and time waiting for one (/proc/<pid>/task/<tid>/schedstat),
    // by thread id, with its name: what the sealing thread, the event loop and the signature
    // checkers each cost, and how long each waited while runnable.
    struct ThreadTimes {
        QString name;
        double runSeconds = 0;
        double waitSeconds = 0;
    };
    std::map<qint64, ThreadTimes> threadTimes() const;

private:
    QString m_program;
    QString m_dir;
    QString m_config;
    crypto::Digest m_pin{};
    quint16 m_port = 0;
    QProcess m_process;
};

// The whole machine's CPU time from /proc/stat, in seconds summed over its cores.
struct MachineTimes {
    double busy = 0;   // user, nice, system, irq, softirq, steal
    double idle = 0;
    double ioWait = 0; // idle while a disk write or read was outstanding
};
MachineTimes machineTimes();

// Copies a ledger file (with its -wal when there is one).
void copyLedger(const QString &from, const QString &to);

} // namespace courtyard::bench
