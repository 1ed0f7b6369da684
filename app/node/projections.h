// courtyard/node: checking the stored projections against the contracts, changing nothing.
//
// A ledger file holds history (blocks, transactions: append-only, signed, checked by
// verify::verifyStore) and projections derived from it by running the contracts over the blocks:
// the contracts' state, the postings and the account totals the trial balance, statements and
// reports read. The chain check cannot see an edited projection row: checkProjections() can. It
// replays every stored block from genesis in memory with the registry's contracts (as a device
// that synchronises from genesis would), then compares what they give with what is stored, in
// both directions, row by row:
//   - postings, by (log index, line): account, currency, amount and block height;
//   - account_totals, by (account, currency): debits, credits and the number of postings;
//   - state, by key: the value's bytes and the cached Merkle leaf beside it.
// It also hashes the stored state rows' values into a state root and compares it with the one
// the last block's header carries (cheap: the rows are read for the comparison anyway), and the
// replay's own state root with that header (the contracts must make what was sealed).
//
// Nothing is written: the file is only read, in one SQLite read transaction (one snapshot, so a
// block appended meanwhile by another process is either wholly seen or not at all), so it works
// on a ledger opened with OpenOptions::readOnly, on a backup or a read-only disk.
//
// Memory: the postings are compared block by block as the replay goes (a block's replayed
// postings with the stored rows of its log range, then both dropped; the stored rows past the
// tip's log range at the end), so they no longer count. The replayed state (decoded), the account
// totals and the last writer of each state key stay in memory until they are compared at the
// end: bounded by the contracts' state, which for the standard contracts still grows with the
// ledger (a record per invoice and per payment: 88 % of the entries of the 100,000-transaction
// benchmark ledger). Peak for the whole `courtyard verify`: 344 MB on that ledger (368 MB when the
// postings were kept), 2.95 GB on the 1,000,000-transaction one (3.2 GB)
// (docs/benchmarks.md, "Checking the projections").
//
// Errors: the store's (Database, Integrity for an unreadable header...). A difference, a block
// the contracts refuse, or a state root that does not match are not errors: they are in the
// report (ok() false).
// Thread-safety: uses the Store from the calling thread only; the Registry is only read.
#pragma once

#include "app/node/node.h"

#include <QLocale>

#include <functional>
#include <optional>
#include <vector>

namespace courtyard::node {

enum class ProjectionTable { Postings, AccountTotals, State };
// "postings", "account_totals", "state": the table's name in the file (and in JSON).
QString projectionTableName(ProjectionTable table);

// One stored row that is not what the contracts give, or a row only one side has.
struct ProjectionDifference {
    ProjectionTable table = ProjectionTable::Postings;
    // postings and account_totals: the account and its currency.
    QString account;
    QString currency;
    // postings: the posting's place among its transaction's postings (the ordinal column, from 0).
    int ordinal = -1;
    // state: the key.
    QByteArray stateKey;
    // postings: the posting's transaction. account_totals: the last transaction posting to the
    // account; state: the last transaction that wrote the key (as the replay finds them, else as
    // stored). nullopt when neither side knows one.
    std::optional<quint64> logIndex;
    std::optional<quint64> height;

    // The row as stored and as the contracts give it; nullopt: no such row on that side.
    std::optional<store::PostingRow> storedPosting;
    std::optional<store::PostingRow> replayedPosting;
    quint64 storedPostingHeight = 0;   // the block_height column as stored
    quint64 replayedPostingHeight = 0; // the block the posting's transaction is in
    std::optional<store::AccountTotalsRow> storedTotals;
    std::optional<store::AccountTotalsRow> replayedTotals;
    std::optional<QString> storedValue;   // state: the stored value in CBOR diagnostic notation
    std::optional<QString> replayedValue; // state: the value the contracts give
    bool leafOnly = false;                // state: the value is right, its cached leaf hash is not

    // The key a person reads: "Assets:Bank (CNY)", "unit/12-0301", "log index 42, ordinal 1".
    QString keyText() const;
    // The stored row and the contracts' row in words, amounts as money in locale
    // ("Income:Rent -1,200.00 CNY in block 7", "debits 1,200.00 CNY, credits 0.00 CNY, 3 postings",
    // "(no such row)").
    QString storedText(const QLocale &locale = QLocale::c()) const;
    QString replayedText(const QLocale &locale = QLocale::c()) const;
    // "postings: log index 42, ordinal 1 (block 7): stored Income:Rent -12,000.00 CNY in block 7;
    //  the contracts give Income:Rent -1,200.00 CNY in block 7"
    QString describe(const QLocale &locale = QLocale::c()) const;
};

struct ProjectionCheckOptions {
    // Called after each block replayed with the blocks done and the ledger's blocks (as of the
    // Store's open); returning false stops the check (report.cancelled).
    std::function<bool(quint64 done, quint64 total)> progress;
    // Blocks up to this height had their transactions' signatures checked already (by
    // verify::verifyStore just before): the contracts need not check them again. Later blocks
    // (appended meanwhile) are checked in full.
    std::optional<quint64> signaturesVerifiedThrough;
    // At most this many differences are described per table; all are counted.
    std::size_t maxDifferencesPerTable = 10;
};

struct ProjectionReport {
    quint64 blocks = 0;       // blocks replayed
    quint64 transactions = 0; // transactions replayed
    bool cancelled = false;
    // The replay could not run through (a block the contracts refuse, a damaged block, a
    // replayed state root that is not the last header's): the projections cannot be re-derived
    // and are not trusted. The differences are still compared when the replay ran to the end.
    std::optional<ReplayProblem> problem;

    bool compared = false; // the rows were compared (the replay ran to the end, not cancelled)
    // Rows as stored / as the contracts give them.
    quint64 storedPostings = 0, replayedPostings = 0;
    quint64 storedAccountTotals = 0, replayedAccountTotals = 0;
    quint64 storedStateEntries = 0, replayedStateEntries = 0;
    // Differing rows per table (a row only on one side counts once).
    quint64 postingDifferences = 0;
    quint64 accountTotalsDifferences = 0;
    quint64 stateDifferences = 0;
    // The first differences of each table (postings, then account totals, then state).
    std::vector<ProjectionDifference> differences;

    // The last block replayed and its header's state root; the root of the stored state rows'
    // values; the root the contracts give.
    quint64 tipHeight = 0;
    merkle::Hash tipStateRoot{};
    merkle::Hash storedStateRoot{};
    merkle::Hash replayedStateRoot{};
    bool storedStateRootMatches() const { return compared && storedStateRoot == tipStateRoot; }

    quint64 differenceCount() const { return postingDifferences + accountTotalsDifferences + stateDifferences; }
    bool ok() const { return compared && !cancelled && !problem && differenceCount() == 0 && storedStateRootMatches(); }
};

// See the file comment. The registry must hold the contracts the ledger was sealed with.
Result<ProjectionReport> checkProjections(store::Store &store, const contracts::Registry &registry,
                                          const ProjectionCheckOptions &options = {});

} // namespace courtyard::node
