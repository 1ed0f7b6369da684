#include "app/cli/verify_projections.h"

#include "core/crypto/crypto.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace courtyard::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::cli", text);
}

QString shortHex(const merkle::Hash &hash)
{
    return crypto::toHex(hash).left(16) + QStringLiteral("…");
}

QJsonObject tableJson(quint64 stored, quint64 replayed, quint64 differences)
{
    return {{QStringLiteral("stored"), qint64(stored)},
            {QStringLiteral("replayed"), qint64(replayed)},
            {QStringLiteral("differences"), qint64(differences)}};
}

QJsonObject differenceJson(const node::ProjectionDifference &d)
{
    QJsonObject o{{QStringLiteral("table"), node::projectionTableName(d.table)},
                  {QStringLiteral("key"), d.keyText()},
                  {QStringLiteral("stored"), d.storedText()},
                  {QStringLiteral("replayed"), d.replayedText()},
                  {QStringLiteral("description"), d.describe()}};
    if (d.logIndex) {
        o.insert(QStringLiteral("log_index"), qint64(*d.logIndex));
    }
    if (d.height) {
        o.insert(QStringLiteral("height"), qint64(*d.height));
    }
    switch (d.table) {
    case node::ProjectionTable::Postings:
        o.insert(QStringLiteral("ordinal"), d.ordinal);
        o.insert(QStringLiteral("account"), d.account);
        o.insert(QStringLiteral("currency"), d.currency);
        // Minor units too, for programs; null where the row is missing on that side.
        o.insert(QStringLiteral("stored_amount_minor"), d.storedPosting ? QJsonValue(d.storedPosting->amount) : QJsonValue());
        o.insert(QStringLiteral("replayed_amount_minor"), d.replayedPosting ? QJsonValue(d.replayedPosting->amount) : QJsonValue());
        break;
    case node::ProjectionTable::AccountTotals:
        o.insert(QStringLiteral("account"), d.account);
        o.insert(QStringLiteral("currency"), d.currency);
        break;
    case node::ProjectionTable::State:
        o.insert(QStringLiteral("leaf_only"), d.leafOnly);
        break;
    }
    return o;
}

} // namespace

QString projectionsAdvice(const node::ProjectionReport &report, const QString &dbPath)
{
    if (report.problem) {
        return tr("The blocks are intact, but this program's contracts do not make the state they carry. Use the Courtyard "
                  "version the community's server runs and verify again; do not rebuild the projections with this one.");
    }
    return tr("The trial balance, statements, reports and the committee's views read these rows: their figures are false. "
              "Keep a copy of %1 as evidence first (with its -wal file if there is one), then run "
              "`courtyard replay --rebuild --db %1` to rebuild the projections from the verified chain, and verify again.")
        .arg(dbPath);
}

QJsonObject projectionsJson(const node::ProjectionReport &report, qint64 elapsedMs, const QString &dbPath)
{
    QJsonObject o{{QStringLiteral("checked"), report.compared},
                  {QStringLiteral("ok"), report.ok()},
                  {QStringLiteral("elapsed_ms"), elapsedMs},
                  {QStringLiteral("blocks"), qint64(report.blocks)},
                  {QStringLiteral("transactions"), qint64(report.transactions)},
                  {QStringLiteral("differences"), qint64(report.differenceCount())}};
    if (report.compared) {
        o.insert(QStringLiteral("postings"), tableJson(report.storedPostings, report.replayedPostings, report.postingDifferences));
        o.insert(QStringLiteral("account_totals"),
                 tableJson(report.storedAccountTotals, report.replayedAccountTotals, report.accountTotalsDifferences));
        QJsonObject state = tableJson(report.storedStateEntries, report.replayedStateEntries, report.stateDifferences);
        state.insert(QStringLiteral("stored_root"), crypto::toHex(report.storedStateRoot));
        state.insert(QStringLiteral("replayed_root"), crypto::toHex(report.replayedStateRoot));
        state.insert(QStringLiteral("tip_root"), crypto::toHex(report.tipStateRoot));
        state.insert(QStringLiteral("tip_height"), qint64(report.tipHeight));
        state.insert(QStringLiteral("root_matches"), report.storedStateRootMatches());
        o.insert(QStringLiteral("state"), state);
        QJsonArray first;
        for (const node::ProjectionDifference &d : report.differences) {
            first.append(differenceJson(d));
        }
        o.insert(QStringLiteral("first_differences"), first);
    }
    if (report.problem) {
        QJsonObject problem{{QStringLiteral("height"), qint64(report.problem->height)},
                            {QStringLiteral("reason"), report.problem->reason},
                            {QStringLiteral("description"), report.problem->describe()}};
        if (report.problem->logIndex) {
            problem.insert(QStringLiteral("log_index"), qint64(*report.problem->logIndex));
        }
        o.insert(QStringLiteral("problem"), problem);
    }
    if (!report.ok()) {
        o.insert(QStringLiteral("advice"), projectionsAdvice(report, dbPath));
    }
    return o;
}

QString projectionsOkLine(const node::ProjectionReport &report, qint64 elapsedMs)
{
    return tr("  projections: %1 postings, %2 account totals and %3 state entries are those the contracts make from the "
              "blocks (replayed in %4 ms)")
        .arg(report.storedPostings)
        .arg(report.storedAccountTotals)
        .arg(report.storedStateEntries)
        .arg(elapsedMs);
}

QStringList projectionsFailureLines(const node::ProjectionReport &report, const QString &dbPath)
{
    QStringList lines;
    if (report.problem) {
        lines << tr("courtyard: verification FAILED: the chain verifies, but the contracts do not re-derive it: %1")
                     .arg(report.problem->describe());
    } else {
        lines << tr("courtyard: verification FAILED: the chain verifies, but %1 stored projection rows are not what the "
                    "contracts make from it (postings %2, account_totals %3, state %4)")
                     .arg(report.differenceCount())
                     .arg(report.postingDifferences)
                     .arg(report.accountTotalsDifferences)
                     .arg(report.stateDifferences);
    }
    if (report.compared) {
        for (const node::ProjectionDifference &d : report.differences) {
            lines << QStringLiteral("  ") + d.describe();
        }
        const quint64 shown = report.differences.size();
        if (report.differenceCount() > shown) {
            lines << tr("  ... and %1 more (--json lists the first of each table)").arg(report.differenceCount() - shown);
        }
        if (!report.storedStateRootMatches()) {
            lines << tr("  the stored state's values hash to the state root %1, not the %2 block %3 carries")
                         .arg(shortHex(report.storedStateRoot), shortHex(report.tipStateRoot))
                         .arg(report.tipHeight);
        }
    }
    lines << tr("  What to do: %1").arg(projectionsAdvice(report, dbPath));
    return lines;
}

} // namespace courtyard::cli
