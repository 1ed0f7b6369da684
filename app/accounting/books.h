// courtyard/accounting: what the accountants read from the ledger, and what a bank import posts.
//
//  * LedgerFacts: the community's currency, units, open invoices and the bank references already
//    posted (payment.bank version 2's "bank-reference/<hash>" records), for matching a statement;
//    bankPaymentPayload() turns a confirmed line into the payment.bank payload.
//  * writeJournal(): every posting of the ledger as plain-text journal entries for hledger or
//    ledger: one entry per transaction, dated with its block's day in the community's time zone,
//    its kind in plain words as the payee, the chart of accounts' names, exact amounts with the
//    commodity (the ISO code after the number, the currency's decimals).
//  * arrears(): every open invoice past its due date, by unit, with age buckets.
//  * financialFigures(): a period's income by kind, expenses by category, the fund's and the
//    bank's balances at its start and end, and the arrears summary (no names: units only).
//
// Errors: the Store's errors; Integrity for a damaged record; InvalidArgument for a period that
// ends before it starts.
// Thread-safety: plain functions over a Store/StateView used from one thread.
#pragma once

#include "app/accounting/matching.h"
#include "app/views/views.h"
#include "contracts/engine.h"
#include "core/base/result.h"
#include "core/codec/cbor.h"
#include "core/store/store.h"

#include <QDate>
#include <QIODevice>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace courtyard::accounting {

// --- bank import ----------------------------------------------------------------------------

struct LedgerFacts {
    ledger::Genesis genesis;
    money::Currency currency;
    QStringList units;
    std::vector<views::InvoiceLine> openInvoices;
};
Result<LedgerFacts> ledgerFacts(const state::StateView &state, const ledger::Genesis &genesis);

// This device's outbox (the transactions signed here and not yet sealed) applied to the stored
// state in sequence order, each at the time it was written and never before the next block, as
// DeviceCore does: OverlayView(store.state(), delta) is the local state. A waiting transaction its
// contract refuses now is left out (the server's to answer).
Result<state::StateDelta> outboxDelta(store::Store &store, const contracts::Engine &engine);

// The payment that booked this bank reference (payment.bank version 2), or empty.
Result<QByteArray> postedBy(const state::StateView &state, const QString &reference);

// The MatchInput over facts and state (which must outlive it).
MatchInput matchInput(const LedgerFacts &facts, const state::StateView &state, const PayerMemory *payers, const Directory *directory);

// {"unit", "amount", "reference": the line's booking reference, "invoices"?: when the candidate
// names them}: the payload of payment.bank version 2 (contracts::kBankPaymentVersion).
// InvalidArgument for a line that is not money in, or a reference longer than 64 characters.
Result<cbor::Value> bankPaymentPayload(const BankLine &line, const Candidate &candidate);

// --- journal --------------------------------------------------------------------------------

enum class JournalFormat { Hledger, Ledger };

struct JournalOptions {
    JournalFormat format = JournalFormat::Hledger;
    std::optional<QDate> from; // first day included (community's local date)
    std::optional<QDate> to;   // last day included
};

struct JournalSummary {
    quint64 transactions = 0;
    quint64 postings = 0;
    QStringList accounts;
};

// "Bank transfer", "Period close (billing)", ...: a transaction kind in plain words (English:
// the journal is for accountants' tools, whose files are plain ASCII-friendly text).
QString kindInWords(const QString &kind);

Result<JournalSummary> writeJournal(store::Store &store, QIODevice &out, const JournalOptions &options);

// --- arrears --------------------------------------------------------------------------------

struct AgeBuckets {
    qint64 days1to30 = 0;
    qint64 days31to60 = 0;
    qint64 days61to90 = 0;
    qint64 over90 = 0;
    void add(int daysOverdue, qint64 amount);
    qint64 total() const { return days1to30 + days31to60 + days61to90 + over90; }
};

struct UnitArrears {
    QString unit;
    QDate since; // the oldest unpaid due date
    int oldestDays = 0;
    qint64 owed = 0; // the open part of its invoices past due
    AgeBuckets buckets;
    std::vector<views::InvoiceLine> invoices; // past due, oldest first
    std::vector<QByteArray> residents;        // the unit's residents (ids; names are off the ledger)
};

struct ArrearsReport {
    QDate asOf;
    std::vector<UnitArrears> units; // by unit
    AgeBuckets buckets;             // every unit's
    qint64 owed() const { return buckets.total(); }
};

// Invoices due before asOf and not paid in full (today's paid amounts).
Result<ArrearsReport> arrears(const state::StateView &state, const QDate &asOf);

// Arrears as they stood at the end of `day` (community's local date): invoices issued by then,
// due on or before it, with what had been paid by then: a payment made after the day is taken
// off again, one made by then and reversed after it counts (payment records' "at" and their
// reversal's block). Ages counted to the day after. Not undone: prepaid credit that a later
// period close applied to an older invoice (it counts as paid then).
Result<ArrearsReport> arrearsAtEndOf(store::Store &store, const QDate &day);

// --- financial report -----------------------------------------------------------------------

struct FinancialFigures {
    QDate from;
    QDate to;
    money::Currency currency;
    QString community;
    std::map<QString, qint64> incomeByAccount;   // "Income:Rent" -> credits less debits in the period
    std::map<QString, qint64> expensesByAccount; // "Expenses:Repairs:plumbing" -> debits less credits
    qint64 income = 0;
    qint64 expenses = 0;
    // Balances at the start (before `from`) and the end (through `to`) of the funds
    // (Equity:* accounts, shown as credit balances: what the fund holds) and of cash and bank.
    std::map<QString, std::pair<qint64, qint64>> funds;
    std::map<QString, std::pair<qint64, qint64>> cash; // Assets:Bank, Assets:Cash, Assets:CardClearing
    ArrearsReport arrears;                           // as they stood at the end of `to` (arrearsAtEndOf)
    quint64 transactions = 0;                        // in the period
};

Result<FinancialFigures> financialFigures(store::Store &store, const QDate &from, const QDate &to);

} // namespace courtyard::accounting
