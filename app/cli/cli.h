#pragma once

#include <QStringList>
#include <QTextStream>

namespace courtyard::cli {

// Exit codes of `courtyard`, documented in docs/cli.md.
enum ExitCode : int {
    ExitOk = 0,
    ExitVerificationFailed = 1, // the ledger or a proof does not verify
    ExitUsage = 2,              // unknown command or option, missing argument
    ExitBadInput = 3,           // a value, file or passphrase that cannot be used
    ExitNotFound = 4,           // no such ledger, block or transaction
    ExitStorage = 5,            // the database cannot be read or written
    ExitNetwork = 6,            // the server cannot be reached or stopped answering
};

// Runs one command line (arguments[0] is the program name) and returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace courtyard::cli
