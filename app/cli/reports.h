// courtyard/cli: the read-only reports over the contracts' state: invoices, repairs, expenses,
// budget and credit score (`courtyard invoices|repairs|expenses|budget|score`).
//
// Each report reads a Store (opened read-only by cli.cpp, projections checked current) and
// returns both its JSON object and its text; cli.cpp prints one of them. The state keys and
// values read are those documented in docs/contracts.md and docs/credit-score.md; amounts are
// integers of minor units in JSON and money::Money in the C locale in text.
//
// Errors: InvalidArgument for a malformed option value (a date that does not exist, a year, a
// status or a resident id), NotFound for an unknown unit or resident (or a resident without a
// score yet), Malformed/Integrity for a damaged state record, and the Store's errors.
// Thread-safety: plain functions; use a Store from one thread.
#pragma once

#include "core/base/result.h"
#include "core/store/store.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace courtyard::cli {

struct Report {
    QJsonObject json; // without "ok"; cli.cpp adds it
    QString text;
};

struct ReportCommand {
    QString name;
    QString summary;
    QList<QCommandLineOption> options;
    QStringList required; // options that must be given (a usage error otherwise)
    std::function<Result<Report>(store::Store &, const QCommandLineParser &)> run;
};

// invoices, repairs, expenses, budget, score.
std::vector<ReportCommand> reportCommands();

} // namespace courtyard::cli
