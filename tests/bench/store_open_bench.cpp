// courtyard-store-open-bench: how long Store::open takes on a large ledger, reading the log's
// cached leaf hashes (log_leaves, schema version 5) against hashing every transaction's bytes (what
// every open did before, and still does when the cache does not fit). Works on a copy of --ledger,
// never the file itself: the first open of a version-4 copy migrates it (timed as
// first_open_with_migration_ms). Prints one JSON object; exits 1 when the two ways disagree on the
// log's size or root or the cache was not used. docs/benchmarks.md, "Opening a ledger".
#include "core/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace courtyard;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QJsonArray toJson(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v) {
        a.append(x);
    }
    return a;
}

int failWith(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString ledger;
    int repeat = 5;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--ledger")) {
            ledger = args[i + 1];
        } else if (args[i] == QLatin1String("--repeat")) {
            repeat = std::max(1, args[i + 1].toInt());
        }
    }
    if (ledger.isEmpty()) {
        return failWith(QStringLiteral("usage: courtyard-store-open-bench --ledger FILE [--repeat N] (FILE is copied, never changed)"));
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("ledger.db"));
    if (!dir.isValid() || !QFile::copy(ledger, copy)) {
        return failWith(QStringLiteral("cannot copy %1 to a temporary folder").arg(ledger));
    }
    QElapsedTimer t;
    const auto ms = [&t] { return double(t.nsecsElapsed()) / 1e6; };
    const auto openOnce = [&](bool readOnly, quint64 *size, merkle::Hash *root, bool *cached) -> Result<double> {
        store::OpenOptions options;
        options.readOnly = readOnly;
        t.start();
        CY_TRY(std::unique_ptr<store::Store> s, store::Store::open(copy, options));
        const double elapsed = ms();
        *size = s->log().size();
        *root = s->log().root();
        *cached = s->logReadFromLeafCache();
        return elapsed;
    };
    quint64 size = 0;
    merkle::Hash root{};
    bool cached = false;
    auto first = openOnce(false, &size, &root, &cached); // migrates a version-4 copy
    if (!first) {
        return failWith(first.error().message);
    }
    std::vector<double> cachedWrite, cachedRead, hashedWrite, hashedRead;
    const auto series = [&](bool readOnly, bool wantCached, std::vector<double> &out) -> QString {
        for (int r = 0; r < repeat; ++r) {
            quint64 n = 0;
            merkle::Hash h{};
            bool c = false;
            auto e = openOnce(readOnly, &n, &h, &c);
            if (!e) {
                return e.error().message;
            }
            if (n != size || h != root || c != wantCached) {
                return QStringLiteral("an open read another log (size %1, cache used %2)").arg(n).arg(c);
            }
            out.push_back(*e);
        }
        return QString();
    };
    if (!cached) {
        return failWith(QStringLiteral("the first open did not use the cached leaves"));
    }
    for (const auto &[readOnly, out] : {std::pair{false, &cachedWrite}, std::pair{true, &cachedRead}}) {
        if (const QString e = series(readOnly, true, *out); !e.isEmpty()) {
            return failWith(e);
        }
    }
    // Without the cache's rows every open hashes the bytes, as before schema version 5.
    {
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(copy).constData(), &db);
        const bool emptied = sqlite3_exec(db, "DELETE FROM log_leaves", nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        if (!emptied) {
            return failWith(QStringLiteral("cannot empty log_leaves in the copy"));
        }
    }
    for (const auto &[readOnly, out] : {std::pair{false, &hashedWrite}, std::pair{true, &hashedRead}}) {
        if (const QString e = series(readOnly, false, *out); !e.isEmpty()) {
            return failWith(e);
        }
    }
    const QJsonObject o{{QStringLiteral("ledger"), ledger},
                        {QStringLiteral("log_size"), qint64(size)},
                        {QStringLiteral("first_open_with_migration_ms"), *first},
                        {QStringLiteral("open_cached_ms"), median(cachedWrite)},
                        {QStringLiteral("open_cached_read_only_ms"), median(cachedRead)},
                        {QStringLiteral("open_hashing_ms"), median(hashedWrite)},
                        {QStringLiteral("open_hashing_read_only_ms"), median(hashedRead)},
                        {QStringLiteral("runs"), QJsonObject{{QStringLiteral("cached"), toJson(cachedWrite)},
                                                             {QStringLiteral("cached_read_only"), toJson(cachedRead)},
                                                             {QStringLiteral("hashing"), toJson(hashedWrite)},
                                                             {QStringLiteral("hashing_read_only"), toJson(hashedRead)}}}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Indented).constData());
    return 0;
}
