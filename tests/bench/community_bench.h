// courtyard-bench's community phases: the node's work on a realistic community, and the books
// read from a large ledger.
//
//  - mix: a community of --mix-units units (units, residents, cards and leases through the real
//    contracts), then --mix-months months of its life (period closes, kiosk/cash/bank payments,
//    repairs from request to vendor payment, expenses), all through node::Ledger::submit and
//    ::sealPending (app/cli/demo.h, buildDemoCommunity with a DemoMeter). Only submit and seal
//    are timed: transactions are signed before they are submitted. Compared with raw
//    single-thread Ed25519 verification measured in the same run. Each period close gets a
//    block of its own and is timed at submit and at seal; before each close the state root of a
//    typical block is timed against the raw SHA-256 it needs.
//  - books: a ledger of --books-transactions transactions made the same way (cached at
//    --ledger-cache), then cli::statement for one unit and cli::trialBalance, each the median of
//    several runs, against the targets of 10 ms and 200 ms.
#pragma once

#include "tests/bench/bench_util.h"

#include <QJsonObject>
#include <QString>

namespace courtyard::bench {

struct MixOptions {
    QString dir; // the mix ledger is built here and removed afterwards
    int units = 2000;
    int months = 12;
    int blockSize = 100;
    quint64 seed = 20261121;
    int rawVerifies = 20000; // raw verifications before and after the mix
    int repeat = 3;          // repetitions of each state-root measurement
};

QJsonObject runMixPhase(const MixOptions &options, const std::vector<SignedMessage> &messages);

inline constexpr double kTargetStatementMs = 10.0;
inline constexpr double kTargetTrialBalanceMs = 200.0;
inline constexpr int kTargetLedgerTransactions = 1000000; // the targets are for a ledger this large

struct BooksOptions {
    QString cachePath; // the ledger: reused when it exists, built there otherwise
    int transactions = 200000;
    int units = 2000;
    int blockSize = 200;
    quint64 seed = 20261121;
    int repeat = 9; // runs of each query; the median is the headline
};

QJsonObject runBooksPhase(const BooksOptions &options);

} // namespace courtyard::bench
