// courtyard-desk-tables-bench: the manager workspace's tables (desk::TableModel + TableProxy,
// app/desk/backend/table_model.h) on a large number of rows — filling the model, sorting by an
// amount (integers), the same column descending, by a unit number (a text: the collation keys,
// once per fill), back to the amount, a substring filter and clearing it — the rows shaped like
// the Payments table's (time, unit, amount). Prints one JSON object per run; checks the order and
// the filter's rows itself and exits 1 when one is wrong. Its numbers never decide a build
// (docs/desk.md, "Tables"); desk_tables_smoke runs it small so it cannot rot.
//
//   courtyard-desk-tables-bench [--rows 1000000] [--repeat 3]

#include "app/desk/backend/table_model.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <vector>

using namespace courtyard::desk;

namespace {

std::vector<TableRow> makeRows(int count)
{
    std::vector<TableRow> rows;
    rows.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        TableRow row;
        row.key = QString::number(i);
        const int unit = int((qint64(i) * 7919) % 4000);
        const qint64 amount = (qint64(i) * 31) % 9000;
        row.cells = {QString::number(i), QStringLiteral("%1-%2").arg(unit / 100 + 1).arg(unit % 100, 4, 10, QLatin1Char('0')),
                     QStringLiteral("CNY %1.00").arg(amount)};
        row.sortKeys = {qint64(i), QVariant(), amount * 100};
        rows.push_back(std::move(row));
    }
    return rows;
}

bool check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "courtyard-desk-tables-bench: wrong result: %s\n", what);
    }
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    int count = 1000000;
    int repeat = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        bool ok = true;
        if (args[i] == QLatin1String("--rows") && i + 1 < args.size()) {
            count = args[++i].toInt(&ok);
        } else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size()) {
            repeat = args[++i].toInt(&ok);
        } else {
            ok = false;
        }
        if (!ok || count < 100 || repeat < 1) {
            std::fprintf(stderr, "usage: courtyard-desk-tables-bench [--rows N (at least 100)] [--repeat R]\n");
            return 2;
        }
    }
    for (int run = 0; run < repeat; ++run) {
        std::vector<TableRow> rows = makeRows(count);
        TableModel model;
        model.setColumns({QStringLiteral("Time"), QStringLiteral("Unit"), QStringLiteral("Amount")});
        QElapsedTimer timer;
        timer.start();
        model.setRows(std::move(rows));
        const qint64 fill = timer.restart();
        TableProxy proxy(&model);
        proxy.sortBy(2);
        const qint64 sortAmount = timer.restart();
        proxy.sortBy(2);
        const qint64 sortAmountDown = timer.restart();
        proxy.sortBy(1);
        const qint64 sortUnit = timer.restart();
        proxy.sortBy(2);
        const qint64 sortAmountAgain = timer.restart();
        proxy.setFilterText(QStringLiteral("40-00"));
        const qint64 filter = timer.restart();
        const int filtered = proxy.count();
        proxy.setFilterText(QString());
        const qint64 unfilter = timer.restart();

        // The checks (not timed): ascending by amount, equal amounts in the rows' order; the
        // filter kept only rows of units 40-00xx.
        bool ok = check(proxy.count() == count, "the filter cleared shows every row");
        ok = ok && check(filtered > 0 && filtered < count, "the filter keeps some rows");
        for (int r = 1; ok && r < proxy.count(); ++r) {
            const qint64 a = proxy.data(proxy.index(r - 1, 2), TableModel::SortRole).toLongLong();
            const qint64 b = proxy.data(proxy.index(r, 2), TableModel::SortRole).toLongLong();
            ok = check(a < b || (a == b && proxy.keyAt(r - 1).toInt() < proxy.keyAt(r).toInt()), "ascending by amount");
        }
        proxy.setFilterText(QStringLiteral("40-00"));
        for (int r = 0; ok && r < proxy.count(); ++r) {
            ok = check(proxy.textAt(r, 1).startsWith(QLatin1String("40-00")), "the filter's rows");
        }
        if (!ok) {
            return 1;
        }
        std::printf("{\"run\": %d, \"rows\": %d, \"fill_ms\": %lld, \"sort_amount_ms\": %lld, \"sort_amount_descending_ms\": %lld, "
                    "\"sort_unit_text_ms\": %lld, \"sort_amount_again_ms\": %lld, \"filter_ms\": %lld, \"filter_rows\": %d, "
                    "\"filter_cleared_ms\": %lld}\n",
                    run + 1, count, fill, sortAmount, sortAmountDown, sortUnit, sortAmountAgain, filter, filtered, unfilter);
        std::fflush(stdout);
    }
    return 0;
}
