// courtyard/cli: batches of intents (`courtyard apply`) and the books read from the postings.
//
// A batch is a JSONL file: one intent per line (kind, version, fields, signer key files, block
// time), described in docs/batch-format.md. parseBatch() checks the whole file before anything
// is signed or written; applyBatch() signs each line, submits it to the node and seals one block
// per distinct block time. The payload is built from the JSON "fields" generically
// (jsonToCbor), so every kind the registry knows can be applied without this file knowing it.
//
// The read side (trialBalance, accountBalances, statement, replayReadOnly) only reads a Store:
// it works on read-only opens.
//
// Errors: parseBatch returns Malformed (a line that is not the format) or InvalidArgument (times
// going backwards), naming the line; the rest return the Store's errors. A line refused by its
// contract is a value in the report, not an error.
// Thread-safety: plain functions; use a Store and a Ledger from one thread.
#pragma once

#include "app/node/node.h"
#include "core/base/result.h"
#include "core/codec/cbor.h"
#include "core/crypto/crypto.h"
#include "core/store/store.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace courtyard::cli {

// JSON to canonical CBOR: strings → text, integers → integers, true/false, null, arrays,
// objects → maps with text keys, {"hex": "..."} → a byte string. Fractions and exponents are
// refused (money is integers of minor units), as are integers outside the 64-bit range.
Result<cbor::Value> jsonToCbor(const QJsonValue &value, const QString &path = QStringLiteral("fields"));

// "2027-01-05T10:00:00Z" (seconds and milliseconds optional, a zone required) as ms since the
// epoch; Malformed otherwise.
Result<quint64> parseBlockTime(const QString &text);

struct BatchLine {
    int line = 0;      // 1-based line number in the file
    QString kind;
    quint32 version = 1;
    cbor::Value payload;
    QStringList signers; // key file paths, resolved; the first is the author
    quint64 timeMs = 0;
};

// Parses a whole batch. Relative key file paths are resolved against baseDir. Blank lines and
// lines starting with '#' are skipped. Times must not go backwards, neither between lines nor
// before notBeforeMs (the ledger's last block).
Result<std::vector<BatchLine>> parseBatch(const QByteArray &text, const QString &baseDir, quint64 notBeforeMs);

struct LineResult {
    int line = 0;
    QString kind;
    bool accepted = false;
    // accepted
    quint64 blockHeight = 0;
    quint64 logIndex = 0;
    QString transactionId;
    quint64 timeMs = 0;
    // rejected
    QString code;
    QString message;
};

struct BatchReport {
    std::vector<LineResult> lines;
    std::vector<quint64> blocks; // heights of the blocks sealed
    int accepted() const;
    int rejected() const;
};

// Applies parsed lines in order. keys maps each signer path of the lines to its opened key.
// Fails only on storage errors (blocks sealed before the failure stay).
Result<BatchReport> applyBatch(node::Ledger &ledger, const std::vector<BatchLine> &lines,
                               const std::map<QString, crypto::KeyPair> &keys, const crypto::KeyPair &sealer);

// --- books -----------------------------------------------------------------------------------

struct AccountTotals {
    QString account;
    QString currency;
    qint64 debits = 0;  // sum of positive amounts, minor units
    qint64 credits = 0; // sum of negative amounts, as a positive number
    qint64 balance() const { return debits - credits; }
};

// Every (account, currency) with postings, sorted by account then currency. Overflow if a sum
// leaves the range of Money.
Result<std::vector<AccountTotals>> trialBalance(store::Store &store);

struct StatementRow {
    quint64 logIndex = 0;
    int ordinal = 0;
    quint64 blockHeight = 0;
    quint64 timeMs = 0;
    QString transactionId;
    QString kind;
    QString account;
    QString currency;
    qint64 amount = 0;
    qint64 due = 0;     // running balance of the unit's receivable and prepaid accounts (owed if > 0)
    qint64 deposit = 0; // running deposit held for the unit
};

// The accounts of a unit: Assets:Receivable:U, Liabilities:Prepaid:U, Liabilities:Deposits:U
// (and their sub-accounts).
QStringList unitAccounts(const QString &unit);
// Every posting on the unit's accounts in log order, with running balances.
Result<std::vector<StatementRow>> statement(store::Store &store, const QString &unit);

// Fails with Integrity when the store's projections (state) are not those of its tip: the
// books would then be wrong. `courtyard replay --rebuild` fixes that.
Result<void> checkProjectionsCurrent(store::Store &store);

struct ReadOnlyReplay {
    node::ReplayReport report;
    bool stateMatches = false;    // the stored state is the replayed one
    bool postingsMatch = false;   // the stored postings are the replayed ones
    bool accountTotalsMatch = false; // the stored account totals are the sums of the replayed postings
    quint64 postings = 0;
    std::size_t stateEntries = 0;
};

// Replays every block from genesis in memory with the registry's contracts, comparing each
// block's state root with its header, without writing anything; then compares the stored
// projections with the result.
Result<ReadOnlyReplay> replayReadOnly(store::Store &store, const contracts::Registry &registry);

} // namespace courtyard::cli
