// courtyard/cli: the accounting commands (app/accounting): `courtyard bank import`, `courtyard
// export journal`, `courtyard arrears` and `courtyard report financial` (docs/cli.md,
// "Accounting").
//
// Each command reads the books through the AccountingContext that cli.cpp gives it (the ledger
// opened read-only with its projections checked current) and returns its text and JSON; only
// `bank import --confirm` writes, through cli.cpp's signing path (the same as `courtyard apply`):
// the confirmed lines become payment.bank version 2 transactions, sealed in one block with
// --sealer-key, else signed into this device's outbox (checked against the local state: the
// ledger with the outbox applied) for `courtyard sync`.
// `report financial` and `arrears --letters` need a QGuiApplication (main.cpp makes one,
// offscreen, for them).
//
// Errors: InvalidArgument for an option value that cannot be used (named, with what to type);
// the statement parsers' Malformed; NotFound for a missing file; the Store's errors.
// Thread-safety: plain functions; one thread.
#pragma once

#include "app/cli/apply.h"
#include "app/cli/reports.h"
#include "core/base/result.h"
#include "core/crypto/crypto.h"
#include "core/store/store.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace courtyard::cli {

struct AccountingContext {
    const QCommandLineParser &parser;
    QString dbPath;
    // The ledger, read-only, its projections current (cli.cpp's openBooks).
    std::function<Result<std::unique_ptr<store::Store>>()> openBooks;
    // Signs the lines with their signers' key files and seals them (--sealer-key), as `courtyard
    // apply` does; the Store must be closed before.
    std::function<Result<BatchReport>(const std::vector<BatchLine> &lines)> signAndApply;
    // Opens a key file (its passphrase from --passphrase-file, COURTYARD_PASSPHRASE or asked),
    // for signing into the device's outbox.
    std::function<Result<crypto::KeyPair>(const QString &path)> openKey;
};

struct AccountingCommand {
    QStringList words;
    QString summary;
    QString syntax; // positional arguments, e.g. "FILE"
    QList<QCommandLineOption> options;
    std::function<Result<Report>(AccountingContext &)> run;
    bool needsGui = false; // makes PDFs: a QGuiApplication must exist
};

std::vector<AccountingCommand> accountingCommands();

// Whether `courtyard ARGS...` makes PDFs (main.cpp then starts a QGuiApplication).
bool accountingNeedsGui(const QStringList &arguments);

} // namespace courtyard::cli
