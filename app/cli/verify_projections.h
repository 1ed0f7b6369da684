// courtyard/cli: what `courtyard verify` says about the projections (node::checkProjections):
// the JSON object under "projections", the line printed when they are right and the lines
// printed (to stderr) when they are not, with what to do about it. Amounts as money.
#pragma once

#include "app/node/projections.h"

#include <QJsonObject>
#include <QStringList>

namespace courtyard::cli {

// {"checked": true, "ok": ..., "elapsed_ms": ..., "blocks", "transactions",
//  "postings": {"stored", "replayed", "differences"}, "account_totals": {...},
//  "state": {"stored", "replayed", "differences", "stored_root", "tip_root", "replayed_root", "root_matches"},
//  "differences": N, "first_differences": [...], "problem": {...}, "advice": "..."}
QJsonObject projectionsJson(const node::ProjectionReport &report, qint64 elapsedMs, const QString &dbPath);
// "  projections: 1,204 postings, 38 account totals and 412 state entries are those the contracts make ..."
QString projectionsOkLine(const node::ProjectionReport &report, qint64 elapsedMs);
// The failure's headline, its first differences and what to do, one line each.
QStringList projectionsFailureLines(const node::ProjectionReport &report, const QString &dbPath);
// What to do when the projections differ (also in the JSON's "advice").
QString projectionsAdvice(const node::ProjectionReport &report, const QString &dbPath);

} // namespace courtyard::cli
