// courtyard/views: what a person reads about a unit or a resident, from a ledger.
//
// The read models that the kiosk, the desk and the CLI reports share, so that they show the
// same numbers the same way:
//  * a unit's account: what is due now, the next due date, the open invoices with what each is
//    for, the prepaid credit;
//  * its payments: sealed ones (from the postings of the unit's receivable and prepaid
//    accounts: an index range each, never a scan of every payment) and this device's outbox
//    entries waiting for their block or rejected;
//  * repair requests (of a unit, a resident, a status), each with its history and age in days;
//  * a resident's credit score with its top reasons in plain words (contracts::creditReasonText).
//
// State reads go through a state::StateView: the Store's state, or an OverlayView with this
// device's pending transactions applied (the kiosk shows a payment it took as soon as it is in
// the outbox). Amounts are minor units of the community's currency; words for codes (invoice
// kinds, repair statuses, urgencies, categories) come from the functions below, translated in the
// "courtyard::views" context.
//
// Errors: NotFound for an unknown unit; Malformed/Integrity for a damaged record; the Store's
// errors. Nothing here writes.
// Thread-safety: plain functions over a Store/StateView used from one thread.
#pragma once

#include "core/base/result.h"
#include "core/ledger/genesis.h"
#include "core/money/money.h"
#include "core/state/state.h"
#include "core/store/store.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace courtyard::views {

// --- the ledger ---------------------------------------------------------------------------

struct LedgerInfo {
    ledger::Genesis genesis;
    money::Currency currency;
    quint64 height = 0; // the last block
    quint64 tipMs = 0;  // its time
};
Result<LedgerInfo> ledgerInfo(store::Store &store);

// "CNY 1,234.50" in locale's digits; the plain number when minor is out of range.
QString formatAmount(qint64 minor, const money::Currency &currency, const QLocale &locale = QLocale());

// --- invoices and the account -------------------------------------------------------------

struct InvoiceLine {
    QByteArray id; // 16 bytes
    QString unit;
    QString kind;   // rent, fee, late-fee, deposit
    QString period; // YYYY-MM
    QDate issued;
    QDate due;
    qint64 amount = 0;
    qint64 paid = 0;

    qint64 open() const { return amount - paid; }
};
// "Rent", "Property fee", "Late fee", "Deposit" (translated); the code itself when unknown.
QString invoiceKindText(const QString &kind);
// What an invoice is for, in words: "Rent for March 2027" (month names in locale's language).
QString invoiceWhat(const InvoiceLine &invoice, const QLocale &locale = QLocale());

// The invoices of a unit (empty: of every unit) in key order (by unit, oldest due first); only
// those not paid in full when openOnly (read from billing's open-invoice index).
Result<std::vector<InvoiceLine>> invoices(const state::StateView &state, const QString &unit, bool openOnly);

struct AccountSummary {
    QString unit;
    QDate today;            // the community's local date at the time asked
    qint64 dueNow = 0;      // the open part of every open invoice: what paying "everything" pays
    qint64 overdue = 0;     // of that, the part of invoices whose due date has passed
    qint64 credit = 0;      // prepaid credit (used by the next period's invoices)
    // The next due date that has not passed (today or later): the earliest open invoice due then,
    // else the next billing day of the unit's leases; never a past date (what is past due is in
    // `overdue`). nullopt when nothing will fall due.
    std::optional<QDate> nextDue;
    std::vector<InvoiceLine> invoices; // the open ones, oldest due first
};
// NotFound when the unit does not exist.
Result<AccountSummary> accountSummary(const state::StateView &state, const ledger::Genesis &genesis, const QString &unit,
                                      quint64 nowMs);

// --- payments -----------------------------------------------------------------------------

enum class PaymentStatus {
    Pending,   // in this device's outbox, waiting for its block
    Confirmed, // sealed in a block this device verified
    Rejected,  // refused by the server (reason given); no money was booked
    Reversed,  // sealed, then undone by a payment.reverse
};
QString paymentStatusText(PaymentStatus status); // translated: "pending", "confirmed", ...
QString paymentMethodText(const QString &kind);   // "Card at the kiosk", "Cash", "Bank transfer"

struct PaymentLine {
    QByteArray txId; // 32 bytes
    QString unit;
    QString kind; // payment.kiosk, payment.cash, payment.bank
    qint64 amount = 0;
    QString reference;
    quint64 atMs = 0; // block time once sealed; the time it was written down while pending
    std::optional<quint64> height;
    PaymentStatus status = PaymentStatus::Pending;
    QString reason; // why it was rejected
};
// The unit's payments, newest first, at most limit (<= 0: all): sealed ones from the ledger and
// this device's pending or rejected outbox entries for the unit.
Result<std::vector<PaymentLine>> payments(store::Store &store, const QString &unit, int limit = 20);

// --- repairs ------------------------------------------------------------------------------

struct RepairEvent {
    QString status;
    qint64 atMs = 0;
};
struct RepairLine {
    QByteArray id; // 16 bytes
    QString unit;  // empty: the common property
    QByteArray resident;
    QString category;
    QString location; // where, as the requester wrote it (repair.request version 2); empty: not said
    QString description;
    QString urgency;
    QString status;
    QString reason; // why it was rejected
    std::vector<RepairEvent> events;
    qint64 requestedMs = 0;
    int ageDays = 0;           // whole days since the request
    bool pending = false;      // a request still in this device's outbox
    std::optional<qint64> approvedAmount;
    std::optional<qint64> paidAmount;

    // The first event of a status, if any.
    std::optional<qint64> firstAt(const QString &eventStatus) const;
};
struct RepairFilter {
    QString unit;         // empty: any
    QByteArray resident;  // empty: any
    QString status;       // empty: any
};
QStringList repairStatuses(); // requested, quoted, approved, started, completed, confirmed, rejected
QString repairStatusText(const QString &status);
QString repairUrgencyText(const QString &urgency);
QString repairCategoryText(const QString &category);

// The repairs in the state matching filter, in id order, aged at nowMs. A scan of "repair/"
// (the repair queue, far smaller than the ledger).
Result<std::vector<RepairLine>> repairs(const state::StateView &state, const RepairFilter &filter, qint64 nowMs);
// Repair requests of this device's outbox still waiting for their block, matching filter.
Result<std::vector<RepairLine>> pendingRepairs(store::Store &store, const RepairFilter &filter, qint64 nowMs);

// --- credit score -------------------------------------------------------------------------

struct CreditReason {
    QString code;
    QString text; // contracts::creditReasonText, translated
};
struct CreditScoreView {
    int score = 0;
    QString period; // the period whose close computed it
    std::vector<CreditReason> reasons;
    std::optional<int> previous;
    cbor::Value components;
};
// nullopt when the resident has no score yet (no period was closed while they lived here);
// NotFound when there is no such resident.
Result<std::optional<CreditScoreView>> creditScore(const state::StateView &state, const QByteArray &resident);

} // namespace courtyard::views
