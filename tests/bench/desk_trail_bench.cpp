// courtyard-desk-trail-bench: the committee's expense trail on a large ledger (docs/benchmarks.md,
// "Desk trail"). Targets: opening the trail on a 1,000,000-transaction ledger under 500 ms,
// filtering it under 100 ms.
//
// The ledger is a real one (cli::buildDemoCommunity: every transaction signed and run through its
// contract), built once and kept at --ledger (courtyard-bench's books ledger can be passed as it
// is: the bench only reads it). What is measured, each the median of --repeat runs:
//  * index_build_ms: the first opening ever, without the trail's cache file: every block read
//    once (TrailIndex's full scan), then the cache file written;
//  * open_ms (target): what opening the trail costs afterwards — the cache file read and checked
//    against the log's root, the blocks since (none) read, and the model built (date order, the
//    default filter), up to the first screen of rows formatted;
//  * filter_ms (target): each filter of the trail page (a month, a category, a vendor, an amount
//    range, all four, and back to all), the worst median of them; the same vendor filter through a
//    QSortFilterProxyModel over the model, for comparison;
//  * references in the same run: reading the same payments' rows with a bare SQLite query over
//    the transactions table (kind in expense.record, repair.pay-vendor: a scan, there is no index
//    on kind) and the same payments' records from the state (one index range, `expense/`).
// The bench checks itself: the trail must hold exactly the rows the bare query finds (exit 1).
#include "app/cli/demo.h"
#include "app/desk/committee/trail_index.h"
#include "app/desk/committee/trail_model.h"
#include "app/desk/committee/verification.h"
#include "core/crypto/crypto.h"
#include "core/store/store.h"
#include "tests/bench/ledger_cache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace courtyard;

namespace {

[[noreturn]] void die(const QString &text)
{
    std::fprintf(stderr, "courtyard-desk-trail-bench: %s\n", qPrintable(text));
    std::exit(1);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double round2(double v)
{
    return double(qRound64(v * 100.0)) / 100.0;
}

// The bare reference: the payments' rows straight from SQLite.
qint64 bareQuery(const QString &path, const char *sql, double &elapsedMs)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        die(QStringLiteral("cannot open %1").arg(path));
    }
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        die(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    qint64 rows = 0, bytes = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            bytes += sqlite3_column_bytes(stmt, c); // touch every column, as a reader would
        }
    }
    sqlite3_finalize(stmt);
    elapsedMs = ms(t);
    sqlite3_close(db);
    return rows + (bytes < 0 ? 1 : 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    crypto::initialize();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ledgerOpt(QStringLiteral("ledger"), QStringLiteral("the ledger (built there when missing)"), QStringLiteral("path"));
    const QCommandLineOption txOpt(QStringLiteral("transactions"), QStringLiteral("transactions of a ledger built here"), QStringLiteral("n"),
                                   QStringLiteral("1000000"));
    const QCommandLineOption unitsOpt(QStringLiteral("units"), QStringLiteral("units of a ledger built here"), QStringLiteral("n"),
                                      QStringLiteral("2000"));
    const QCommandLineOption cacheOpt(QStringLiteral("index"), QStringLiteral("the trail index's cache file (default: <ledger>.bench-trail-index beside the ledger, or in the temporary folder when the ledger's folder is read-only)"),
                                      QStringLiteral("path"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("runs of each measurement"), QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption verifyOpt(QStringLiteral("verify"), QStringLiteral("also time the page's verification from genesis (VerificationRunner)"));
    parser.addOptions({ledgerOpt, txOpt, unitsOpt, cacheOpt, repeatOpt, verifyOpt});
    parser.process(app);
    if (!parser.isSet(ledgerOpt)) {
        die(QStringLiteral("--ledger is required (e.g. <build>/bench-cache/desk-trail-1m.ledger, or courtyard-bench's books ledger)"));
    }
    const QString ledgerPath = parser.value(ledgerOpt);
    const int repeat = std::max(1, parser.value(repeatOpt).toInt());
    QJsonObject out;

    // An index made from a ledger that is built again goes with it.
    bench::dropStaleLedgerCache(ledgerPath, QStringList{parser.value(cacheOpt), ledgerPath + QStringLiteral(".bench-trail-index")});
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
        auto community = cli::buildDemoCommunity(options, cli::demoKeys(options.seed));
        if (!community) {
            die(community.error().message);
        }
        out.insert(QStringLiteral("build_s"), round2(double(t.elapsed()) / 1000.0));
    }
    out.insert(QStringLiteral("ledger_reused"), reused);
    // The index beside the ledger (a file of its own: the ledger itself is only read), or in the
    // temporary folder when the ledger's folder cannot be written — never the current folder,
    // which may be the source tree.
    const QFileInfo ledgerInfo(ledgerPath);
    const QString cachePath = parser.isSet(cacheOpt) ? parser.value(cacheOpt)
                              : QFileInfo(ledgerInfo.absolutePath()).isWritable()
                                  ? ledgerInfo.absoluteFilePath() + QStringLiteral(".bench-trail-index")
                                  : QDir::temp().filePath(ledgerInfo.fileName() + QStringLiteral(".bench-trail-index"));
    out.insert(QStringLiteral("index_path"), cachePath);

    // The ledger, read-only (a shared ledger is never written): the desk opens it once at sign-in.
    QElapsedTimer t;
    t.start();
    store::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto opened = store::Store::open(ledgerPath, readOnly);
    if (!opened) {
        die(opened.error().message);
    }
    store::Store &store = **opened;
    out.insert(QStringLiteral("store_open_ms"), round2(ms(t)));
    out.insert(QStringLiteral("transactions"), qint64(store.log().size()));
    out.insert(QStringLiteral("blocks"), qint64(store.blockCount()));
    auto genesis = store.genesis();
    if (!genesis) {
        die(genesis.error().message);
    }
    const money::Currency currency = *money::currencyByCode(genesis->currency);

    // The first opening ever: every block read once, the cache written.
    QFile::remove(cachePath);
    t.restart();
    {
        desk::TrailIndex index(cachePath);
        if (auto r = index.open(store); !r) {
            die(r.error().message);
        }
        out.insert(QStringLiteral("index_build_ms"), round2(ms(t)));
        out.insert(QStringLiteral("index_cache_kb"), qint64(QFileInfo(cachePath).size() / 1024));
    }

    // Opening the trail afterwards, as the desk does.
    std::vector<double> openMs, loadMs, modelMs;
    int rows = 0;
    std::unique_ptr<desk::TrailIndex> index;
    std::unique_ptr<desk::ExpenseTrailModel> model;
    for (int run = 0; run < repeat; ++run) {
        model.reset();
        index.reset();
        t.restart();
        index = std::make_unique<desk::TrailIndex>(cachePath);
        if (auto r = index->open(store); !r) {
            die(r.error().message);
        }
        if (!index->stats().fromCache) {
            die(QStringLiteral("the trail cache was not used"));
        }
        const double loaded = ms(t);
        model = std::make_unique<desk::ExpenseTrailModel>();
        model->setContext(&store, *genesis, currency, QString(), {});
        model->setRows(index->rows());
        // The first screen: 40 rows of every column formatted.
        for (int r = 0; r < std::min(40, model->rowCount()); ++r) {
            for (int c = 0; c < desk::ExpenseTrailModel::ColumnCount; ++c) {
                (void)model->data(model->index(r, c));
            }
        }
        const double total = ms(t);
        openMs.push_back(total);
        loadMs.push_back(loaded);
        modelMs.push_back(total - loaded);
        rows = model->total();
    }
    out.insert(QStringLiteral("trail_rows"), rows);
    out.insert(QStringLiteral("open_ms"), round2(median(openMs)));
    out.insert(QStringLiteral("open_ms_max"), round2(*std::max_element(openMs.begin(), openMs.end())));
    out.insert(QStringLiteral("open_index_ms"), round2(median(loadMs)));
    out.insert(QStringLiteral("open_model_ms"), round2(median(modelMs)));

    // The filters of the trail page.
    const QDate last = index->rows().empty() ? QDate(2027, 1, 1) : index->rows().back().date;
    const QDate monthStart(last.year(), last.month(), 1);
    struct Case {
        const char *name;
        desk::TrailFilter filter;
    };
    std::vector<Case> cases;
    cases.push_back({"month", desk::TrailFilter{monthStart, monthStart.addMonths(1).addDays(-1), {}, {}, {}, {}}});
    cases.push_back({"category", desk::TrailFilter{{}, {}, QStringLiteral("repairs"), {}, {}, {}}});
    cases.push_back({"vendor", desk::TrailFilter{{}, {}, {}, QStringLiteral("water"), {}, {}}});
    cases.push_back({"amount", desk::TrailFilter{{}, {}, {}, {}, qint64(100000), qint64(300000)}});
    cases.push_back({"all_four", desk::TrailFilter{QDate(last.year(), 1, 1), last, QStringLiteral("repairs"), QStringLiteral("e"), qint64(50000), qint64(500000)}});
    cases.push_back({"none", desk::TrailFilter{}});
    QJsonObject filters;
    double worst = 0;
    for (const Case &c : cases) {
        std::vector<double> times;
        int shown = 0;
        for (int run = 0; run < repeat; ++run) {
            model->setFilter(desk::TrailFilter{QDate(1970, 1, 1), QDate(1970, 1, 1), {}, {}, {}, {}}); // from nothing shown
            t.restart();
            model->setFilter(c.filter);
            times.push_back(ms(t));
            shown = model->count();
        }
        const double m = median(times);
        worst = std::max(worst, m);
        filters.insert(QString::fromLatin1(c.name), QJsonObject{{QStringLiteral("ms"), round2(m)}, {QStringLiteral("rows"), shown}});
    }
    out.insert(QStringLiteral("filters"), filters);
    out.insert(QStringLiteral("filter_ms"), round2(worst));
    // Sorting by amount, newest-first again.
    {
        std::vector<double> times;
        for (int run = 0; run < repeat; ++run) {
            t.restart();
            model->sortBy(desk::ExpenseTrailModel::AmountColumn, run % 2 == 0);
            times.push_back(ms(t));
        }
        out.insert(QStringLiteral("sort_amount_ms"), round2(median(times)));
        model->sortBy(desk::ExpenseTrailModel::DateColumn, true);
    }
    // The same vendor filter through a QSortFilterProxyModel over the model.
    {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(model.get());
        proxy.setFilterKeyColumn(desk::ExpenseTrailModel::VendorColumn);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        std::vector<double> times;
        int shown = 0;
        for (int run = 0; run < repeat; ++run) {
            proxy.setFilterFixedString(QStringLiteral("no such vendor at all"));
            t.restart();
            proxy.setFilterFixedString(QStringLiteral("water"));
            shown = proxy.rowCount();
            times.push_back(ms(t));
        }
        out.insert(QStringLiteral("proxy_vendor_filter_ms"), round2(median(times)));
        if (shown != filters.value(QStringLiteral("vendor")).toObject().value(QStringLiteral("rows")).toInt()) {
            die(QStringLiteral("the proxy and the index disagree on the vendor filter"));
        }
    }
    // One row's evidence: the inclusion proof against the signed checkpoint.
    if (model->count() > 0) {
        std::vector<double> times;
        for (int run = 0; run < repeat; ++run) {
            t.restart();
            auto proof = desk::checkInclusion(store, *genesis, model->rowAt(run % model->count()));
            times.push_back(ms(t));
            if (!proof || !proof->included) {
                die(QStringLiteral("an inclusion proof failed on the bench ledger"));
            }
        }
        out.insert(QStringLiteral("inclusion_proof_ms"), round2(median(times)));
    }

    // References: the same payments read with bare SQLite.
    {
        std::vector<double> scan, range;
        qint64 scanned = 0, ranged = 0;
        for (int run = 0; run < repeat; ++run) {
            double a = 0, b = 0;
            scanned = bareQuery(ledgerPath, "SELECT log_index, block_height, id, bytes FROM transactions "
                                            "WHERE kind IN ('expense.record', 'repair.pay-vendor') ORDER BY log_index", a);
            ranged = bareQuery(ledgerPath, "SELECT key, value FROM state WHERE key >= CAST('expense/' AS BLOB) "
                                           "AND key < CAST('expense0' AS BLOB)", b);
            scan.push_back(a);
            range.push_back(b);
        }
        out.insert(QStringLiteral("reference_sqlite_scan_ms"), round2(median(scan)));
        out.insert(QStringLiteral("reference_sqlite_state_range_ms"), round2(median(range)));
        out.insert(QStringLiteral("reference_rows"), scanned);
        if (scanned != rows || ranged != rows) {
            die(QStringLiteral("the trail holds %1 payments, the ledger %2 (transactions) and %3 (records)").arg(rows).arg(scanned).arg(ranged));
        }
    }
    if (parser.isSet(verifyOpt)) {
        desk::VerificationRunner runner(ledgerPath);
        QElapsedTimer v;
        v.start();
        runner.start();
        runner.wait(3600 * 1000);
        out.insert(QStringLiteral("verify"), QJsonObject{{QStringLiteral("state"), runner.state()},
                                                       {QStringLiteral("s"), round2(double(v.elapsed()) / 1000.0)},
                                                       {QStringLiteral("threads"), QThread::idealThreadCount()},
                                                       {QStringLiteral("headline"), runner.headline()}});
        if (runner.state() != QLatin1String("ok")) {
            std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
            die(QStringLiteral("verification did not find the ledger good: %1").arg(runner.details().join(u' ')));
        }
    }
    out.insert(QStringLiteral("targets"), QJsonObject{{QStringLiteral("open_ms"), 500}, {QStringLiteral("filter_ms"), 100}});
    out.insert(QStringLiteral("meets_targets"), median(openMs) < 500 && worst < 100);
    out.insert(QStringLiteral("ledger_at_target_size"), store.log().size() >= 1000000);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
