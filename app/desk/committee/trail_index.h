// courtyard/desk/committee: the expense trail's index — every payment out of the fund, found once.
//
// An expense is an expense.record or a repair.pay-vendor transaction. TrailIndex reads the
// ledger's blocks once, keeps one ExpenseRow per expense (its log index, block, transaction id,
// date, category, vendor, amount, invoice document hash, who asked for it and who approved it and
// when) and persists them in a cache file, so that opening the trail later reads that file and
// only the blocks sealed since (update() is incremental: it starts at the first block it has not
// read). The file names the community and the log size and root it was made at; it is used only
// when the ledger's log at that size has that root, otherwise the index is rebuilt from genesis
// (a ledger replaced or rewritten is never read through an old index). Nothing in the index is
// evidence: the trail model re-reads a transaction's bytes from the store and checks them against
// the signed checkpoint before it says "included".
//
// Who approved: every signature on an expense.record (the manager who authored it and the
// committee members who co-signed it); for a repair's vendor payment, the signatures on the
// repair.approve transaction of the quote it pays (the approval of spending), at that block's time.
// Category, vendor and date come from the contract's own record of the payment (expense/<invoice>
// in the state), so a repair payment is shown under "repairs:<category>" with its quote's vendor.
//
// Errors: the Store's errors; a cache file that cannot be read is ignored (the index is rebuilt),
// one that cannot be written is reported by update() only through saveError().
// Thread-safety: one thread at a time, with the Store it reads.
#pragma once

#include "core/base/result.h"
#include "core/store/store.h"

#include <QDate>
#include <QList>
#include <QString>

#include <map>
#include <vector>

namespace courtyard::desk {

enum class ExpenseSource : quint8 {
    Expense = 0,       // expense.record
    RepairPayment = 1, // repair.pay-vendor
};

struct ExpenseRow {
    quint64 logIndex = 0;
    quint64 height = 0;
    QByteArray txId; // 32 bytes
    ExpenseSource source = ExpenseSource::Expense;
    QDate date;          // the invoice's date (a repair payment: the community's date of its block)
    quint64 paidMs = 0;  // the block time of the payment
    QString category;    // budget category path: "cleaning", "repairs:plumbing"
    QString vendor;
    qint64 amount = 0;   // minor units of the community's currency
    QByteArray invoice;  // 32 bytes: the SHA-256 of the invoice document
    QByteArray repairId; // 16 bytes for a repair payment
    QByteArray requester;          // the payment's author key (32 bytes)
    QList<QByteArray> approvers;   // keys (32 bytes each) in signature order
    quint64 approvedMs = 0;        // block time of the approval
};

class TrailIndex {
public:
    struct Stats {
        bool fromCache = false;   // the rows up to cachedLogSize came from the cache file
        quint64 cachedLogSize = 0;
        quint64 blocksRead = 0;   // blocks read from the store by the last update()
        double loadMs = 0;        // reading the cache file
        double scanMs = 0;        // reading the new blocks
        double saveMs = 0;        // writing the cache file
    };

    // cachePath empty: nothing is persisted (the index lives in memory only).
    explicit TrailIndex(QString cachePath = QString());

    // Loads the cache file when it fits the store's log, then reads the blocks after it.
    Result<void> open(store::Store &store);
    // Reads the blocks sealed since the last update and persists the index when it grew.
    // Returns the number of rows added.
    Result<int> update(store::Store &store);

    const std::vector<ExpenseRow> &rows() const { return m_rows; }
    quint64 indexedBlocks() const { return m_blocks; }
    const Stats &stats() const { return m_stats; }
    const QString &saveError() const { return m_saveError; }

private:
    bool load(store::Store &store);
    void save(store::Store &store);

    struct Approval {
        QList<QByteArray> signers;
        quint64 atMs = 0;
    };

    QString m_cachePath;
    std::vector<ExpenseRow> m_rows;
    std::map<QByteArray, Approval> m_approvals; // repair id -> its last approval, until it is paid
    quint64 m_blocks = 0;  // blocks read (heights 0 .. m_blocks - 1)
    quint64 m_logSize = 0; // log size after them
    Stats m_stats;
    QString m_saveError;
};

} // namespace courtyard::desk
