// contracts/expenses: the community fund's expenses, annual budgets and fund transfers.
//
// expense.record pays an invoice from the fund (Expenses:<category> against Assets:Bank), with
// the manager's signature below "expense-committee-threshold" and the committee quorum's as well
// at or above it. budget.set fixes a category's budget for a year (committee quorum), and every
// expense adds to the actual total of its year and category, so that budget vs actual can be read
// from the state at any block. fund.transfer earmarks money between the maintenance fund and the
// reserve fund (committee quorum). The payloads, state keys and postings are in docs/contracts.md.
//
// The helpers below are shared with the repair contracts, whose vendor payments are expenses too.
//
// Errors: Rejections with the stable codes listed in docs/contracts.md.
// Thread-safety: the contracts are immutable; the helpers are reentrant.
#pragma once

#include "contracts/engine.h"
#include "core/codec/cbor.h"

#include <QDate>

namespace courtyard::contracts {

inline constexpr qsizetype kSpendingDocumentSize = 32;
inline constexpr qsizetype kMaxVendorLength = 100;
inline constexpr qsizetype kMaxCategoryLength = 64;
inline constexpr qsizetype kMaxCategorySegmentLength = 32;
inline constexpr int kMaxCategoryDepth = 4;
inline constexpr int kMinBudgetYear = 1970;
inline constexpr int kMaxBudgetYear = 9999;
inline constexpr qsizetype kMaxSpendingReasonLength = 500;

// State keys.
QByteArray expenseKey(const QByteArray &invoiceHash);   // "expense/<64 hex>"
QByteArray budgetKey(int year, const QString &category); // "budget/<yyyy>/<category>"

// A category path: 1 to 4 segments of 1 to 32 of [a-z0-9-] (no leading or trailing dash),
// separated by ':', 64 characters at most ("cleaning", "utilities:electricity").
bool isValidCategory(QStringView category);
// The expense account of a category path: "Expenses:" + category ("Expenses:utilities:electricity").
QString expenseAccount(const QString &category);

// --- helpers for the contracts that spend -------------------------------------------------------

// "amount" (an integer of minor units, 1..kMaxMinorUnits, or 0..kMaxMinorUnits when allowZero)
// and "currency" (the community's): "bad-payload", "invalid-amount", "wrong-currency".
Outcome<money::Money> moneyField(const Context &context, const cbor::Record &record, bool allowZero = false);
// A 32-byte document hash (SHA-256 of the quote or invoice): "bad-payload", "invalid-document-hash".
Outcome<QByteArray> hashField(const cbor::Record &record, QStringView field);
// Text of 1..maxLength characters (code points) that is not only spaces, without control
// characters (a newline is allowed when allowNewline): `code` otherwise.
Outcome<QString> plainTextField(const cbor::Record &record, QStringView field, qsizetype maxLength, bool allowNewline,
                                const char *code);

// Who must sign a spending of `amount`: the author holds "manager"; when amount is at or above the
// threshold `thresholdName` (or no such threshold exists) the committee quorum co-signs:
// "not-authorized", "committee-approval-required".
Outcome<void> requireSpendingApproval(const Context &context, const char *thresholdName, const money::Money &amount);

// One payment out of the fund.
struct Spending {
    QString category;       // budget category path ("cleaning", "repairs:plumbing")
    QString account;        // the account debited ("Expenses:cleaning", "Expenses:Repairs:plumbing")
    QString vendor;
    money::Money amount;    // > 0
    QByteArray invoice;     // 32 bytes
    QDate date;             // decides the budget year
    QByteArray repairId;    // empty unless a repair's vendor payment
};
// Writes expense/<invoice> and adds the amount to the actual of budget/<year>/<path> for the
// category and each of its parents; appends the postings (debit account, credit Assets:Bank).
// "duplicate-invoice" when the invoice was already paid, "amount-overflow" when a total would
// pass kMaxMinorUnits.
Outcome<void> recordSpending(const Context &context, Effects &effects, const Spending &spending);

void addExpenseContracts(Registry &registry);

} // namespace courtyard::contracts
