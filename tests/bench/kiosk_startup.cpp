// courtyard-kiosk-startup: how long the real courtyard-kiosk takes to show an interactive welcome
// screen on a large ledger, and each screen change after it (issue 5: under 1.5 s on a
// 100,000-transaction store with software rendering; each screen change under 100 ms).
//
// The ledger is the demo community (app/cli/demo.h through the real contracts; the same builder,
// seed and options as courtyard-kiosk-bench, so either can make the cache) with --transactions
// transactions, cached at --ledger and built when missing. Every run works on a fresh copy of it
// (a sign-in writes to the ledger's outbox) with the kiosk's own configuration: its key file
// sealed like `courtyard enroll` seals it (Argon2id, moderate), a staff PIN hash, no server (the
// kiosk starts offline). It then starts courtyard-kiosk --startup-probe as a new process with
// QT_QPA_PLATFORM=offscreen and QT_QUICK_BACKEND=software and reads what the probe prints
// (app/kiosk/ui/startup_probe.h): the time to the interactive welcome screen from main() and,
// measured here, from the process being started; the time until the kiosk is ready for a
// resident (ledger and key opened in the background, app/kiosk/backend/startup.h); the phases; each screen change, tapped; the
// sign-in (Argon2id PIN check + home screen); the kiosk's memory.
//
// Physical references, measured in the same run, so that the numbers can be read against this
// machine's speed at the time:
//  - sqlite_header_ms: open the same ledger copy with SQLite and read its header (application
//    id, schema version), then close it;
//  - empty_window_ms: a process (this program, --empty-window) that starts Qt, shows an empty
//    QQuickWindow with the same renderer and platform, and waits for its first frame swapped —
//    the floor for any Qt Quick program on this machine.
//
// Prints one JSON object (medians of --repeat runs, and every run). Exits 1 when the kiosk did
// not come up or a screen did not show; the times themselves never fail it.
#include "app/cli/demo.h"
#include "core/crypto/crypto.h"
#include "tests/bench/ledger_cache.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace courtyard;

namespace {

constexpr quint64 kSeed = 20261121; // courtyard-kiosk-bench's: either program can build the cache

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "courtyard-kiosk-startup: %s\n", qPrintable(message));
    std::exit(1);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed() / 1000) / 1000.0;
}

// --empty-window: the reference Qt Quick process.
int emptyWindow(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QGuiApplication app(argc, argv);
    QQuickWindow window;
    window.resize(1920, 1080);
    window.setColor(Qt::white);
    QObject::connect(
        &window, &QQuickWindow::frameSwapped, &app,
        [&] {
            QTimer::singleShot(0, &app, [&] {
                std::printf("interactive %.3f\n", msSince(sinceMain));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        },
        Qt::QueuedConnection);
    window.show();
    return app.exec();
}

QProcessEnvironment renderingEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    return env;
}

struct Started {
    double interactiveMs = -1; // measured here: from QProcess::start to the "interactive" line
    double readyMs = -1;       // and to the "ready" line (the kiosk's ledger and key open)
    QJsonObject report;        // the last line, when it is JSON
    QByteArray errors;         // standard error
    int exitCode = -1;
};

// Starts program with args, times it to its "interactive" line, waits for it to finish.
Started startTimed(const QString &program, const QStringList &args, int timeoutMs)
{
    Started out;
    QProcess process;
    process.setProcessEnvironment(renderingEnvironment());
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    QByteArray buffered;
    while (timer.elapsed() < timeoutMs) {
        if (!process.waitForReadyRead(50) && process.state() == QProcess::NotRunning) {
            break;
        }
        buffered += process.readAllStandardOutput();
        if (out.interactiveMs < 0 && buffered.contains("interactive ")) {
            out.interactiveMs = msSince(timer);
        }
        if (out.readyMs < 0 && buffered.contains("\nready ")) {
            out.readyMs = msSince(timer);
        }
    }
    if (!process.waitForFinished(std::max(1, timeoutMs - int(timer.elapsed())))) {
        process.kill();
        process.waitForFinished();
    }
    buffered += process.readAllStandardOutput();
    out.errors = process.readAllStandardError();
    out.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QList<QByteArray> lines = buffered.trimmed().split('\n');
    const QJsonDocument doc = QJsonDocument::fromJson(lines.value(lines.size() - 1));
    out.report = doc.object();
    if (out.exitCode != 0) {
        std::fprintf(stderr, "%s exited with %d:\n%s\n%s\n", qPrintable(program), out.exitCode, buffered.constData(),
                     out.errors.constData());
    }
    return out;
}

double sqliteHeaderMs(const QString &path)
{
    QElapsedTimer t;
    t.start();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        die(QStringLiteral("sqlite cannot open %1").arg(path));
    }
    for (const char *sql : {"PRAGMA application_id", "PRAGMA user_version"}) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW) {
            die(QStringLiteral("sqlite cannot read the header of %1").arg(path));
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return msSince(t);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        die(QStringLiteral("cannot write %1").arg(path));
    }
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--empty-window") == 0) {
            return emptyWindow(argc, argv);
        }
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ledgerOpt(QStringLiteral("ledger"), QStringLiteral("The cached ledger (built there if missing)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption txOpt(QStringLiteral("transactions"), QStringLiteral("Transactions of a new ledger (default 100000)."),
                                   QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption unitsOpt(QStringLiteral("units"), QStringLiteral("Units of a new ledger (default 2000)."), QStringLiteral("N"),
                                      QStringLiteral("2000"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Runs (default 5)."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption kioskOpt(QStringLiteral("kiosk"), QStringLiteral("The courtyard-kiosk program."), QStringLiteral("FILE"),
                                      QStringLiteral(COURTYARD_KIOSK));
    const QCommandLineOption kdfOpt(QStringLiteral("key-kdf"),
                                    QStringLiteral("Argon2id limits of the kiosk's key file: moderate (as `courtyard enroll`) or interactive."),
                                    QStringLiteral("LIMITS"), QStringLiteral("moderate"));
    const QCommandLineOption unitOpt(QStringLiteral("unit"), QStringLiteral("The unit that signs in (default 1-0101)."), QStringLiteral("U"),
                                     QStringLiteral("1-0101"));
    const QCommandLineOption memoryOpt(QStringLiteral("sqlite-memory-mib"),
                                       QStringLiteral("The kiosk's sqlite_memory_mib (default: the kiosk's default)."), QStringLiteral("MIB"));
    parser.addOptions({ledgerOpt, txOpt, unitsOpt, repeatOpt, kioskOpt, kdfOpt, unitOpt, memoryOpt});
    parser.process(app);
    QTemporaryDir temporary;
    const QString ledgerPath = parser.isSet(ledgerOpt) ? parser.value(ledgerOpt) : temporary.filePath(QStringLiteral("cache.db"));
    const int repeat = std::max(1, parser.value(repeatOpt).toInt());
    const QString kiosk = parser.value(kioskOpt);
    const bool interactiveKdf = parser.value(kdfOpt) == QLatin1String("interactive");
    if (!interactiveKdf && parser.value(kdfOpt) != QLatin1String("moderate")) {
        die(QStringLiteral("--key-kdf is moderate or interactive"));
    }

    QJsonObject out;
    bench::dropStaleLedgerCache(ledgerPath);
    const bool reused = QFileInfo::exists(ledgerPath);
    if (!reused) {
        QDir().mkpath(QFileInfo(ledgerPath).absolutePath());
        QElapsedTimer t;
        t.start();
        cli::DemoOptions options;
        options.ledgerPath = ledgerPath;
        options.transactions = parser.value(txOpt).toInt();
        options.units = parser.value(unitsOpt).toInt();
        options.blockSize = 200;
        options.seed = kSeed;
        auto community = cli::buildDemoCommunity(options, cli::demoKeys(kSeed));
        if (!community) {
            die(community.error().message);
        }
        out.insert(QStringLiteral("build_s"), double(t.elapsed()) / 1000.0);
    }
    out.insert(QStringLiteral("ledger"), ledgerPath);
    out.insert(QStringLiteral("ledger_reused"), reused);
    out.insert(QStringLiteral("ledger_bytes"), QFileInfo(ledgerPath).size());

    // The kiosk's key and configuration, as an enrolled kiosk has them (the demo's first kiosk key).
    QTemporaryDir config;
    const QByteArray passphrase = "startup-bench passphrase";
    auto sealed = crypto::sealKeyFile(cli::demoKeys(kSeed).kiosks[0], passphrase, QStringLiteral("kiosk"),
                                      interactiveKdf ? crypto::KdfStrength::Interactive : crypto::KdfStrength::Moderate);
    auto staffHash = crypto::hashPin("1234");
    if (!sealed || !staffHash) {
        die(QStringLiteral("cannot make the kiosk's key file or staff PIN hash"));
    }
    writeFile(config.filePath(QStringLiteral("kiosk.key")), *sealed);
    writeFile(config.filePath(QStringLiteral("passphrase")), passphrase + '\n');
    out.insert(QStringLiteral("key_kdf"), interactiveKdf ? QStringLiteral("interactive") : QStringLiteral("moderate"));
    out.insert(QStringLiteral("sqlite_memory_mib"), parser.isSet(memoryOpt) ? parser.value(memoryOpt) : QStringLiteral("kiosk default"));

    std::vector<double> spawnMs, spawnReadyMs, mainReadyMs, mainMs, headerMs, emptyMs, backendMs, ledgerOpenMs, keyOpenMs, signInMs, changeMax, rssKiB, hwmKiB, sqliteKiB;
    std::map<QString, std::vector<double>> perChange;
    QJsonArray runs;
    bool ok = true;
    for (int run = 0; run < repeat; ++run) {
        QTemporaryDir dir;
        const QString ledger = dir.filePath(QStringLiteral("ledger.db"));
        if (!QFile::copy(ledgerPath, ledger)) {
            die(QStringLiteral("cannot copy %1").arg(ledgerPath));
        }
        const QString ini = dir.filePath(QStringLiteral("kiosk.conf"));
        writeFile(ini, "[kiosk]\nledger=" + QFile::encodeName(ledger) + "\nkey=" + QFile::encodeName(config.filePath(QStringLiteral("kiosk.key")))
                           + "\npassphrase_file=" + QFile::encodeName(config.filePath(QStringLiteral("passphrase"))) + "\nstaff_pin_hash=" + *staffHash
                           + "\n" + (parser.isSet(memoryOpt) ? "sqlite_memory_mib=" + parser.value(memoryOpt).toLatin1() + "\n" : QByteArray()));

        // The references, then the kiosk, in the same run.
        headerMs.push_back(sqliteHeaderMs(ledger));
        const Started empty = startTimed(QCoreApplication::applicationFilePath(), {QStringLiteral("--empty-window")}, 30000);
        if (empty.interactiveMs < 0) {
            die(QStringLiteral("the empty reference window did not show"));
        }
        emptyMs.push_back(empty.interactiveMs);
        const QString unitPin = QStringLiteral("%1,%2").arg(parser.value(unitOpt), QString::fromLatin1(cli::kDemoPin));
        const Started started = startTimed(kiosk, {QStringLiteral("--config"), ini, QStringLiteral("--language"), QStringLiteral("en"),
                                                   QStringLiteral("--startup-probe"), unitPin},
                                           120000);
        QJsonObject r = started.report;
        // What the kiosk logs about its opening: "ledger_open_ms=... key_open_ms=..." (on two
        // threads at once: the backend waits for the longer).
        for (const QByteArray &line : started.errors.split('\n')) {
            if (const qsizetype at = line.indexOf("opening: "); at >= 0) {
                for (const QByteArray &pair : line.mid(at + 9).trimmed().split(' ')) {
                    const QList<QByteArray> kv = pair.split('=');
                    if (kv.size() == 2) {
                        r.insert(QString::fromLatin1(kv[0]), kv[1].toDouble());
                    }
                }
            }
        }
        r.insert(QStringLiteral("spawn_to_interactive_ms"), started.interactiveMs);
        r.insert(QStringLiteral("spawn_to_ready_ms"), started.readyMs);
        r.insert(QStringLiteral("sqlite_header_ms"), headerMs.back());
        r.insert(QStringLiteral("empty_window_ms"), emptyMs.back());
        runs.append(r);
        if (started.exitCode != 0 || started.interactiveMs < 0 || !r.value(QStringLiteral("ok")).toBool()) {
            ok = false;
            continue;
        }
        spawnMs.push_back(started.interactiveMs);
        spawnReadyMs.push_back(started.readyMs);
        mainReadyMs.push_back(r.value(QStringLiteral("ready_ms")).toDouble());
        mainMs.push_back(r.value(QStringLiteral("interactive_ms")).toDouble());
        backendMs.push_back(r.value(QStringLiteral("backend_ms")).toDouble() - r.value(QStringLiteral("application_ms")).toDouble());
        ledgerOpenMs.push_back(r.value(QStringLiteral("ledger_open_ms")).toDouble());
        keyOpenMs.push_back(r.value(QStringLiteral("key_open_ms")).toDouble());
        sqliteKiB.push_back(r.value(QStringLiteral("memory_interactive")).toObject().value(QStringLiteral("sqlite_used_kib")).toDouble());
        signInMs.push_back(r.value(QStringLiteral("sign_in_ms")).toDouble());
        changeMax.push_back(r.value(QStringLiteral("screen_change_max_ms")).toDouble());
        rssKiB.push_back(r.value(QStringLiteral("memory_interactive")).toObject().value(QStringLiteral("VmRSS_kib")).toDouble());
        hwmKiB.push_back(r.value(QStringLiteral("memory_end")).toObject().value(QStringLiteral("VmHWM_kib")).toDouble());
        for (const QJsonValue &c : r.value(QStringLiteral("screen_changes")).toArray()) {
            perChange[c.toObject().value(QStringLiteral("change")).toString()].push_back(c.toObject().value(QStringLiteral("ms")).toDouble());
        }
    }
    out.insert(QStringLiteral("runs"), runs);
    QJsonObject medians{
        {QStringLiteral("spawn_to_interactive_ms"), median(spawnMs)},
        {QStringLiteral("main_to_interactive_ms"), median(mainMs)},
        {QStringLiteral("spawn_to_ready_ms"), median(spawnReadyMs)},
        {QStringLiteral("main_to_ready_ms"), median(mainReadyMs)},
        {QStringLiteral("backend_open_ms"), median(backendMs)},
        {QStringLiteral("ledger_open_ms"), median(ledgerOpenMs)},
        {QStringLiteral("key_open_ms"), median(keyOpenMs)},
        {QStringLiteral("sign_in_ms"), median(signInMs)},
        {QStringLiteral("sqlite_heap_interactive_kib"), median(sqliteKiB)},
        {QStringLiteral("screen_change_max_ms"), median(changeMax)},
        {QStringLiteral("rss_interactive_kib"), median(rssKiB)},
        {QStringLiteral("peak_rss_kib"), median(hwmKiB)},
        {QStringLiteral("sqlite_header_ms"), median(headerMs)},
        {QStringLiteral("empty_window_ms"), median(emptyMs)},
    };
    QJsonObject changes;
    for (const auto &[name, ms] : perChange) {
        changes.insert(name, median(ms));
    }
    medians.insert(QStringLiteral("screen_changes"), changes);
    const double emptyWindowMs = median(emptyMs);
    if (emptyWindowMs > 0) {
        medians.insert(QStringLiteral("interactive_over_empty_window"), median(spawnMs) / emptyWindowMs);
    }
    out.insert(QStringLiteral("median"), medians);
    out.insert(QStringLiteral("targets"), QJsonObject{{QStringLiteral("interactive_ms"), 1500}, {QStringLiteral("screen_change_ms"), 100}});
    out.insert(QStringLiteral("ok"), ok);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return ok ? 0 : 1;
}
