// contracts/credit: each resident's payment score (300..850), recomputed at every period close.
//
// The score is an integer formula over the resident's own history in the state (never postings):
// the invoices of the units the resident lives in, due since the resident moved in and within the
// 24 months before the close's local date (paid by the due date + grace days or not, how late and
// how recently), what is still owed past due relative to the monthly dues, tenure and reversed
// payments. billing.close-period calls recomputeScores() after issuing the period's invoices and
// writes "score/<resident>" with the score, its components and its top four reason codes.
// The formula, every weight and cap and worked examples are in docs/credit-score.md.
//
// A resident (through a kiosk) or a manager may dispute an invoice ("credit.dispute"): while the
// dispute is open, and after a resolution that corrects it, the invoice is left out of the score.
// "credit.resolve-dispute" upholds it (committee quorum) or corrects it (manager or quorum).
// Neither recomputes at once: the next close does.
//
// Errors: Rejections with the stable codes listed in docs/contracts.md.
// Thread-safety: the contracts are immutable; the helpers are reentrant.
#pragma once

#include "contracts/engine.h"
#include "core/codec/cbor.h"

#include <QDate>
#include <QStringList>

namespace courtyard::contracts {

// The formula's constants (docs/credit-score.md).
namespace credit {
inline constexpr int kMinScore = 300;
inline constexpr int kMaxScore = 850;
inline constexpr int kBase = 550;             // also the neutral score of a resident with no history
inline constexpr int kWindowMonths = 24;
inline constexpr int kOnTimeMax = 250;        // × on-time rate × depth
inline constexpr int kTenureMaxMonths = 50;   // 1 point per full month
inline constexpr int kShortTenureMonths = 12; // below: "short-tenure", else "long-tenure"
inline constexpr int kLateRecentCap = 200;
inline constexpr int kLateOlderCap = 100;
inline constexpr qint64 kArrearsCapBp = 20'000; // 2 months of dues
inline constexpr int kArrearsCap = 200;         // 1 point per 100 bp
inline constexpr int kReversalPoints = 25;
inline constexpr int kReversalCap = 75;
inline constexpr int kMaxReasons = 4;
inline constexpr qsizetype kMaxDisputeReasonLength = 500;
} // namespace credit

// Reason codes (stable; UIs translate them with creditReasonText()).
inline constexpr char kReasonNoHistory[] = "no-history";
inline constexpr char kReasonOnTime[] = "on-time-history";
inline constexpr char kReasonLateRecent[] = "late-payments-recent";
inline constexpr char kReasonLateOlder[] = "late-payments-older";
inline constexpr char kReasonArrears[] = "arrears-high";
inline constexpr char kReasonShortTenure[] = "short-tenure";
inline constexpr char kReasonLongTenure[] = "long-tenure";
inline constexpr char kReasonReversed[] = "payment-reversed";

// Every reason code, in the order of docs/credit-score.md.
QStringList creditReasonCodes();
// The translated text of a reason code (context "courtyard::contracts"); the code itself when
// it is unknown.
QString creditReasonText(const QString &code);

// State keys.
QByteArray scoreKey(const QByteArray &residentId);  // "score/<32 hex>"
QByteArray disputeKey(const QByteArray &invoiceId); // "dispute/<32 hex>"

// One resident's score and how it was reached.
struct CreditScore {
    int score = credit::kBase;
    bool noHistory = true;
    // Counts over the window.
    quint64 judged = 0;   // invoices past due + grace (paid or not), or paid in full
    quint64 onTime = 0;   // paid in full by due + grace
    quint64 months = 0;   // distinct due months among the judged invoices
    quint64 late[4] = {}; // paid late by 1–30, 31–60, 61–90, > 90 days
    quint64 disputed = 0; // invoices left out because of a dispute
    qint64 rateBp = 0;
    qint64 depthBp = 0;
    qint64 arrears = 0; // minor units open past due + grace
    qint64 dues = 0;    // minor units of rent + fees of the latest billed period
    qint64 arrearsBp = 0;
    quint64 tenureMonths = 0;
    quint64 reversals = 0;
    // Points: positive ones add, the others are subtracted.
    int onTimePoints = 0;
    int tenurePoints = 0;
    int lateRecentPoints = 0;
    int lateOlderPoints = 0;
    int arrearsPoints = 0;
    int reversalPoints = 0;
    QStringList reasons; // at most four, by |points| descending, ties by code

    cbor::Value components() const;
};

// The score of one resident on local date `today`, over `state`. "state-error" for a damaged
// record.
Outcome<CreditScore> computeCreditScore(const state::StateView &state, const QByteArray &residentId, QDate today,
                                        const ledger::Genesis &genesis);

// Recomputes the score of every resident who lives in a unit, over the state as changed by
// `effects` so far, and adds "score/<id>" records to effects (the previous period's score kept
// under "previous"). Called by billing.close-period for `period`.
Outcome<void> recomputeScores(const Context &context, Effects &effects, const QString &period, QDate today);

void addCreditContracts(Registry &registry);

} // namespace courtyard::contracts
