#include "tests/bench/load_setup.h"

#include "tests/bench/bench_util.h"

#include "core/codec/cbor.h"
#include "core/sync/protocol.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>

#include <csignal>
#include <unistd.h>
#include <map>
#include <thread>

namespace courtyard::bench {

namespace {

constexpr char kPassphrase[] = "courtyard load passphrase";

crypto::KeyPair keyFromSeed(quint64 seed, const char *role, int index)
{
    const QByteArray material = QByteArray("courtyard load key ") + role + ' ' + QByteArray::number(index) + ' ' + QByteArray::number(seed);
    auto key = crypto::KeyPair::fromSeed(crypto::toByteArray(crypto::sha256(material)));
    CY_ASSERT(key.has_value());
    return std::move(*key);
}

QByteArray idFor(const char *what, quint64 seed, int index, int size)
{
    const QByteArray material = QByteArray("courtyard load ") + what + ' ' + QByteArray::number(index) + ' ' + QByteArray::number(seed);
    return crypto::toByteArray(crypto::sha256(material)).left(size);
}

cbor::Value text(const QString &s)
{
    return cbor::Value::fromText(s);
}

cbor::Value bytes(const QByteArray &b)
{
    return cbor::Value::fromBytes(b);
}

ledger::Transaction signedTx(const LoadCommunity &c, const QString &kind, cbor::Value payload, const crypto::KeyPair &author,
                             quint64 sequence, const crypto::KeyPair *cosigner = nullptr)
{
    ledger::TransactionBody body;
    body.kind = kind;
    body.communityId = c.genesis.communityId;
    body.author = author.publicKey();
    body.sequence = sequence;
    body.payload = std::move(payload);
    auto tx = ledger::Transaction::create(std::move(body), author);
    if (tx && cosigner) {
        tx = tx->withSignature(*cosigner);
    }
    if (!tx) {
        die(QStringLiteral("cannot sign a %1: %2").arg(kind, tx.error().message));
    }
    return std::move(*tx);
}

} // namespace

LoadCommunity makeLoadCommunity(int kiosks, int units, quint64 seed, quint64 startMs)
{
    LoadCommunity c{keyFromSeed(seed, "server", 0), {}, keyFromSeed(seed, "manager", 0), {}, {}, {}, startMs};
    for (int i = 0; i < 3; ++i) {
        c.committee.push_back(keyFromSeed(seed, "committee", i));
    }
    for (int i = 0; i < kiosks; ++i) {
        c.kiosks.push_back(keyFromSeed(seed, "kiosk", i));
    }
    // Buildings of 25 floors with 4 flats each, as the demo's larger communities.
    for (int i = 0; i < units; ++i) {
        const int building = 1 + i / 100;
        const int floor = 1 + (i % 100) / 4;
        const int flat = 1 + i % 4;
        c.units.push_back(LoadUnit{QStringLiteral("%1-%2%3").arg(building).arg(floor, 2, 10, QLatin1Char('0')).arg(flat, 2, 10, QLatin1Char('0')),
                                   idFor("resident", seed, i, 16)});
    }
    c.genesis.communityId = idFor("community", seed, 0, int(ledger::kCommunityIdSize));
    c.genesis.name = QStringLiteral("Courtyard Load Heights");
    c.genesis.currency = QStringLiteral("CNY");
    c.genesis.timeZone = QStringLiteral("Asia/Shanghai");
    c.genesis.sealer = c.server.publicKey();
    for (const crypto::KeyPair &k : c.committee) {
        c.genesis.committee.push_back(k.publicKey());
    }
    c.genesis.quorum = 2;
    return c;
}

quint64 buildLoadLedger(const QString &path, const LoadCommunity &c, const contracts::Registry &registry)
{
    auto created = node::Ledger::create(path, registry, c.genesis, c.server, c.startMs);
    if (!created) {
        die(QStringLiteral("cannot create the load ledger: %1").arg(created.error().message));
    }
    node::Ledger &ledger = **created;
    std::map<QByteArray, quint64> sequences;
    quint64 now = c.startMs + 1000;
    const auto seal = [&] {
        auto sealed = ledger.sealPending(now, c.server);
        if (!sealed || !sealed->dropped.empty()) {
            die(QStringLiteral("cannot seal the load ledger's setup: %1")
                    .arg(sealed ? sealed->dropped.front().rejection.message : sealed.error().message));
        }
        now += 1000;
    };
    const auto submit = [&](const QString &kind, cbor::Value payload, const crypto::KeyPair &author, const crypto::KeyPair *cosigner = nullptr) {
        const quint64 sequence = ++sequences[author.publicKey().toByteArray()];
        const ledger::Transaction tx = signedTx(c, kind, std::move(payload), author, sequence, cosigner);
        auto verdict = ledger.submit(tx, now);
        if (!verdict || verdict->has_value()) {
            die(QStringLiteral("the load ledger's %1 was refused: %2").arg(kind, verdict ? (*verdict)->message : verdict.error().message));
        }
        if (ledger.pending().size() >= 500) {
            seal();
        }
    };
    const auto grant = [&](const crypto::KeyPair &key, const char *role) {
        submit(QStringLiteral("governance.grant"),
               cbor::Value::fromMap({{QStringLiteral("key"), bytes(key.publicKey().toByteArray())},
                                     {QStringLiteral("role"), text(QString::fromLatin1(role))}}),
               c.committee[0], &c.committee[1]);
    };
    grant(c.manager, "manager");
    for (const crypto::KeyPair &k : c.kiosks) {
        grant(k, "kiosk");
    }
    const quint64 share = 10000 / quint64(std::max<std::size_t>(1, c.units.size()));
    for (std::size_t i = 0; i < c.units.size(); ++i) {
        submit(QStringLiteral("unit.register"),
               cbor::Value::fromMap({{QStringLiteral("number"), text(c.units[i].number)},
                                     {QStringLiteral("area"), cbor::Value::fromUnsigned(6000 + quint64(i % 80) * 100)},
                                     {QStringLiteral("share"), cbor::Value::fromUnsigned(share)}}),
               c.manager);
    }
    for (const LoadUnit &u : c.units) {
        submit(QStringLiteral("resident.register"),
               cbor::Value::fromMap({{QStringLiteral("resident"), bytes(u.resident)}, {QStringLiteral("unit"), text(u.number)}}),
               c.manager);
    }
    const QDate day = c.genesis.localDate(now);
    for (std::size_t i = 0; i < c.units.size(); ++i) {
        const LoadUnit &u = c.units[i];
        const qint64 rent = (2500 + qint64(i % 351) * 10) * 100; // 2,500.00 .. 6,000.00 a month
        submit(QStringLiteral("lease.create"),
               cbor::Value::fromMap({{QStringLiteral("lease"), bytes(idFor("lease", 0, int(i), 16))},
                                     {QStringLiteral("unit"), text(u.number)},
                                     {QStringLiteral("residents"), cbor::Value::fromArray({bytes(u.resident)})},
                                     {QStringLiteral("currency"), text(c.genesis.currency)},
                                     {QStringLiteral("rent"), cbor::Value::fromInt(rent)},
                                     {QStringLiteral("billing-day"), cbor::Value::fromUnsigned(5)},
                                     {QStringLiteral("start"), text(day.toString(Qt::ISODate))},
                                     {QStringLiteral("deposit"), cbor::Value::fromInt(rent)},
                                     {QStringLiteral("grace-days"), cbor::Value::fromUnsigned(5)},
                                     {QStringLiteral("late-fee"), cbor::Value::fromMap({{QStringLiteral("percent"), text(QStringLiteral("5%"))},
                                                                                          {QStringLiteral("cap"), cbor::Value::fromInt(30000)}})},
                                     {QStringLiteral("escalation"), cbor::Value::fromMap({{QStringLiteral("percent"), text(QStringLiteral("3%"))}})},
                                     {QStringLiteral("document"), bytes(idFor("lease document", 0, int(i), 32))}}),
               c.manager);
    }
    seal();
    return ledger.store().blockCount() - 1;
}

ledger::Transaction kioskPayment(const LoadCommunity &c, std::size_t k, quint64 sequence, const LoadUnit &u, qint64 amount)
{
    return signedTx(c, QStringLiteral("payment.kiosk"),
                    cbor::Value::fromMap({{QStringLiteral("unit"), text(u.number)},
                                          {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
                                          {QStringLiteral("reference"), text(QStringLiteral("L%1-%2").arg(k).arg(sequence))},
                                          {QStringLiteral("resident"), bytes(u.resident)}}),
                    c.kiosks[k], sequence);
}

std::vector<Presigned> presignPayments(const LoadCommunity &c, int perKiosk, int threads)
{
    std::vector<Presigned> out(c.kiosks.size());
    const auto work = [&](std::size_t first) {
        for (std::size_t k = first; k < c.kiosks.size(); k += std::size_t(threads)) {
            Presigned &p = out[k];
            p.messages.reserve(std::size_t(perKiosk));
            p.ids.reserve(std::size_t(perKiosk));
            for (int i = 0; i < perKiosk; ++i) {
                // Kiosk k serves units k, k + kiosks, ... in turn: every unit is paid for.
                const std::size_t unit = (k + std::size_t(i) * c.kiosks.size()) % c.units.size();
                const qint64 amount = 10000 + qint64(i % 97) * 100; // 100.00 .. 196.00
                const ledger::Transaction tx = kioskPayment(c, k, quint64(i) + 1, c.units[unit], amount);
                p.messages.push_back(sync::encode(sync::Submit{quint64(i) + 1, tx.bytes()}));
                p.ids.push_back(tx.id());
            }
        }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t) {
        workers.emplace_back(work, std::size_t(t));
    }
    work(0);
    for (std::thread &w : workers) {
        w.join();
    }
    return out;
}

// ---------------------------------------------------------------------------------------------

ServerProcess::ServerProcess(QString program, QString dir)
    : m_program(std::move(program))
    , m_dir(std::move(dir))
    , m_config(m_dir + QStringLiteral("/courtyardd.ini"))
{
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
} // namespace

void ServerProcess::prepare(const crypto::KeyPair &sealer, const QString &extra)
{
    const QString data = m_dir + QStringLiteral("/data");
    if (!QDir().mkpath(data)) {
        die(QStringLiteral("cannot make %1").arg(data));
    }
    const QByteArray config = QStringLiteral("# courtyard-load\n"
                                             "data_dir = data\n"
                                             "listen = 127.0.0.1\n"
                                             "port = 0\n"
                                             "sealing_key = sealer.key\n"
                                             "passphrase_file = passphrase\n")
                                  .toUtf8()
                              + extra.toUtf8();
    auto sealed = crypto::sealKeyFile(sealer, QByteArrayView(kPassphrase), QStringLiteral("sealer"), crypto::KdfStrength::Interactive);
    if (!sealed) {
        die(QStringLiteral("cannot seal the sealer's key file: %1").arg(sealed.error().message));
    }
    if (!writeFile(m_config, config) || !writeFile(data + QStringLiteral("/sealer.key"), *sealed)
        || !writeFile(data + QStringLiteral("/passphrase"), QByteArray(kPassphrase) + '\n')) {
        die(QStringLiteral("cannot write the server's files in %1").arg(m_dir));
    }
    QProcess init;
    init.start(m_program, {QStringLiteral("--config"), m_config, QStringLiteral("--init")});
    if (!init.waitForFinished(60000) || init.exitStatus() != QProcess::NormalExit || init.exitCode() != 0) {
        die(QStringLiteral("%1 --init failed: %2").arg(m_program, QString::fromUtf8(init.readAllStandardError())));
    }
    const QString output = QString::fromUtf8(init.readAllStandardOutput());
    const qsizetype at = output.indexOf(QStringLiteral("fingerprint"));
    auto pin = sync::parseFingerprint(output.mid(output.indexOf(u':', at) + 1).trimmed());
    if (at < 0 || !pin) {
        die(QStringLiteral("no certificate fingerprint in the output of courtyardd --init: %1").arg(output));
    }
    m_pin = *pin;
}

void ServerProcess::start(int timeoutMs)
{
    m_process.setProgram(m_program);
    m_process.setArguments({QStringLiteral("--config"), m_config});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        die(QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString()));
    }
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains('\n') && t.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
    }
    const QByteArray prefix = "courtyardd: listening on port ";
    m_port = out.startsWith(prefix) ? quint16(out.mid(prefix.size()).trimmed().toUInt()) : 0;
    if (m_port == 0) {
        die(QStringLiteral("courtyardd did not start: %1").arg(QString::fromUtf8(out)));
    }
}

bool ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning) {
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    ::kill(pid_t(m_process.processId()), SIGTERM);
    return m_process.waitForFinished(timeoutMs) && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

namespace {
qint64 statusField(qint64 pid, const char *name)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = QByteArray(name) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}
} // namespace

qint64 ServerProcess::vmHwmKb() const
{
    return statusField(pid(), "VmHWM");
}

qint64 ServerProcess::vmRssKb() const
{
    return statusField(pid(), "VmRSS");
}

double ServerProcess::cpuSeconds() const
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid()));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = f.readAll();
    // The fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const long ticks = sysconf(_SC_CLK_TCK);
    // Fields 14 and 15 of the line (utime, stime) are 11 and 12 after the state field.
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(ticks);
}

std::map<qint64, ServerProcess::ThreadTimes> ServerProcess::threadTimes() const
{
    std::map<qint64, ThreadTimes> out;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid()));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile sched(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!comm.open(QIODevice::ReadOnly) || !sched.open(QIODevice::ReadOnly)) {
            continue; // the thread ended meanwhile
        }
        // schedstat: nanoseconds on a core, nanoseconds waiting on a run queue, time slices.
        const QList<QByteArray> fields = sched.readAll().trimmed().split(' ');
        if (fields.size() < 2) {
            continue;
        }
        out[tid.toLongLong()] = ThreadTimes{QString::fromUtf8(comm.readAll().trimmed()), fields[0].toDouble() * 1e-9,
                                            fields[1].toDouble() * 1e-9};
    }
    return out;
}

MachineTimes machineTimes()
{
    MachineTimes t;
    QFile f(QStringLiteral("/proc/stat"));
    if (!f.open(QIODevice::ReadOnly)) {
        return t;
    }
    // "cpu  user nice system idle iowait irq softirq steal ...", in clock ticks.
    const QList<QByteArray> fields = f.readLine().simplified().split(' ');
    const double tick = 1.0 / double(sysconf(_SC_CLK_TCK));
    const auto at = [&](int i) { return fields.value(i).toDouble() * tick; };
    t.busy = at(1) + at(2) + at(3) + at(6) + at(7) + at(8);
    t.idle = at(4);
    t.ioWait = at(5);
    return t;
}

void copyLedger(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix)) {
            die(QStringLiteral("cannot copy %1 to %2").arg(from + suffix, to + suffix));
        }
    }
    QFile::remove(to + QStringLiteral("-shm"));
}

} // namespace courtyard::bench
