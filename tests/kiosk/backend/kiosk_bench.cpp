// courtyard-kiosk-bench: how long the kiosk backend takes to open on a large ledger and show a
// resident's home screen — the backend's part of the kiosk's start-up budget (issue 5: an
// interactive welcome screen within 1.5 s on a 100,000-transaction store).
//
// The ledger is the demo community of courtyard-bench's books phase (app/cli/demo.h through the
// real contracts: --units units, months of bills, payments and repairs) with --transactions
// transactions, cached at --ledger (built when the file does not exist). Each run copies nothing:
// it opens the ledger as the kiosk does (node::Ledger::open, Kiosk::open with its journal and
// the pending outbox), then reads one unit's home screen (account summary, payments, repairs,
// the resident's credit score: KioskAccount::load). Prints one JSON object; the median of
// --repeat runs is the headline. Its numbers depend on the machine and never decide a build.
#include "app/cli/demo.h"
#include "app/kiosk/backend/kiosk.h"
#include "contracts/standard.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace courtyard;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "courtyard-kiosk-bench: %s\n", qPrintable(message));
    std::exit(1);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ledgerOpt(QStringLiteral("ledger"), QStringLiteral("The ledger (built there if missing)."), QStringLiteral("FILE"));
    const QCommandLineOption txOpt(QStringLiteral("transactions"), QStringLiteral("Transactions of a new ledger (default 100000)."), QStringLiteral("N"),
                                   QStringLiteral("100000"));
    const QCommandLineOption unitsOpt(QStringLiteral("units"), QStringLiteral("Units of a new ledger (default 2000)."), QStringLiteral("N"),
                                      QStringLiteral("2000"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Runs (default 7)."), QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption unitOpt(QStringLiteral("unit"), QStringLiteral("The unit shown (default 1-0101)."), QStringLiteral("U"),
                                     QStringLiteral("1-0101"));
    parser.addOptions({ledgerOpt, txOpt, unitsOpt, repeatOpt, unitOpt});
    parser.process(app);
    QTemporaryDir temporary;
    const QString ledgerPath = parser.isSet(ledgerOpt) ? parser.value(ledgerOpt) : temporary.filePath(QStringLiteral("bench.db"));
    const int transactions = parser.value(txOpt).toInt();
    const int units = parser.value(unitsOpt).toInt();
    const int repeat = std::max(1, parser.value(repeatOpt).toInt());
    const QString unit = parser.value(unitOpt);
    const quint64 seed = 20261121;

    QJsonObject out;
    bool reused = QFileInfo::exists(ledgerPath);
    if (!reused) {
        QElapsedTimer t;
        t.start();
        cli::DemoOptions options;
        options.ledgerPath = ledgerPath;
        options.transactions = transactions;
        options.units = units;
        options.blockSize = 200;
        options.seed = seed;
        auto community = cli::buildDemoCommunity(options, cli::demoKeys(seed));
        if (!community) {
            die(community.error().message);
        }
        out.insert(QStringLiteral("build_s"), double(t.elapsed()) / 1000.0);
    }
    out.insert(QStringLiteral("ledger_reused"), reused);

    std::vector<double> openMs, homeMs, totalMs;
    qint64 dueNow = 0;
    int invoices = 0, payments = 0, repairs = 0;
    quint64 ledgerTransactions = 0;
    for (int run = 0; run < repeat; ++run) {
        QTemporaryDir dir;
        QElapsedTimer t;
        t.start();
        kiosk::Kiosk::Parts parts;
        parts.registry = std::make_unique<contracts::Registry>();
        contracts::addStandardContracts(*parts.registry);
        auto ledger = node::Ledger::open(ledgerPath, *parts.registry);
        if (!ledger) {
            die(ledger.error().message);
        }
        parts.ledger = std::move(*ledger);
        parts.key = std::move(cli::demoKeys(seed).kiosks[0]);
        parts.terminal = std::make_unique<kiosk::SimulatedTerminal>();
        parts.journalPath = dir.filePath(QStringLiteral("journal"));
        parts.staffPinHash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
        auto k = kiosk::Kiosk::open(std::move(parts));
        if (!k) {
            die(k.error().message);
        }
        const double opened = double(t.nsecsElapsed()) / 1e6;
        // The home screen of the unit's first resident (what a sign-in loads; the PIN's Argon2id
        // check is left out: it costs the same on any ledger).
        QByteArray resident;
        const QByteArray prefix = QByteArrayLiteral("occupancy/") + unit.toUtf8() + '/';
        (void)(*k)->core().localState().scan(prefix, [&](const state::Key &key, const cbor::Value &) {
            resident = QByteArray::fromHex(QByteArray(key).mid(prefix.size()));
            return false;
        });
        if (!(*k)->account()->load(unit, resident)) {
            die(QStringLiteral("the account of %1 cannot be read").arg(unit));
        }
        const double total = double(t.nsecsElapsed()) / 1e6;
        openMs.push_back(opened);
        homeMs.push_back(total - opened);
        totalMs.push_back(total);
        dueNow = (*k)->account()->dueNowMinor();
        invoices = (*k)->account()->invoices()->rowCount();
        payments = (*k)->account()->payments()->rowCount();
        repairs = (*k)->account()->repairs()->rowCount();
        ledgerTransactions = (*k)->core().store().log().size();
    }
    out.insert(QStringLiteral("ledger"), ledgerPath);
    out.insert(QStringLiteral("ledger_transactions"), qint64(ledgerTransactions));
    out.insert(QStringLiteral("unit"), unit);
    out.insert(QStringLiteral("runs"), repeat);
    out.insert(QStringLiteral("open_ms"), median(openMs));
    out.insert(QStringLiteral("home_ms"), median(homeMs));
    out.insert(QStringLiteral("total_ms"), median(totalMs));
    out.insert(QStringLiteral("total_ms_max"), *std::max_element(totalMs.begin(), totalMs.end()));
    out.insert(QStringLiteral("due_now_minor"), dueNow);
    out.insert(QStringLiteral("invoices"), invoices);
    out.insert(QStringLiteral("payments"), payments);
    out.insert(QStringLiteral("repairs"), repairs);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
