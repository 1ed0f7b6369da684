// courtyard/accounting: matching bank lines to the open invoices they pay.
//
// Each line that brings money in, in the community's currency, gets candidates: a unit and the
// invoices a payment.bank for that unit would pay, each with a confidence from 0 to 100, an
// integer, from three kinds of evidence (docs/cli.md, "bank import"):
//
//   reference  R = 50 when the remittance names one of the unit's open invoices by its id
//                    (32 hex digits, any case), else 30 when it names the unit's number
//                    ("12-0301", also written "12 0301" or "120301" between non-digits), else 0;
//   payer      P = 30 when the payer's account was confirmed for this unit before,
//                  20 when the payer's name is a resident's of the unit (the directory) or was
//                    confirmed for this unit before, else 0;
//   amount     A = 20 when the amount equals what the candidate's invoices leave open (exact),
//                   8 when it is less (partial), 5 when it is more (over: the rest becomes prepaid
//                    credit) or the unit has nothing open;
//   confidence  = min(100, R + P + A).
//
// A unit is a candidate when R > 0 or P > 0, or (amount alone) when the amount equals exactly
// the open total of the unit or one of its open invoices (A = 20, confidence 20). A candidate's
// invoices: those the remittance names; else the one open invoice whose open amount equals the
// line's, if there is exactly one; else all of the unit's open invoices, oldest due first (what
// payment.bank pays when it names none). Candidates are sorted by confidence, highest first,
// then by unit. The proposal is the first candidate when its confidence is at least 50 and
// higher than the second's; otherwise the manager chooses.
//
// No floating point: amounts are minor units (qint64), the confidence an int.
// Thread-safety: plain functions and value types; PayerMemory is used from one thread.
#pragma once

#include "app/accounting/statement.h"
#include "app/views/views.h"
#include "core/base/result.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace courtyard::accounting {

inline constexpr int kReferenceInvoicePoints = 50;
inline constexpr int kReferenceUnitPoints = 30;
inline constexpr int kPayerAccountPoints = 30;
inline constexpr int kPayerNamePoints = 20;
inline constexpr int kAmountExactPoints = 20;
inline constexpr int kAmountPartialPoints = 8;
inline constexpr int kAmountOverPoints = 5;
inline constexpr int kProposeAtLeast = 50;

enum class AmountFit { Exact, Partial, Over };
QString amountFitName(AmountFit fit); // "exact", "partial", "over"

struct Candidate {
    QString unit;
    std::vector<views::InvoiceLine> invoices; // what the payment would pay, in that order
    bool invoicesNamed = false;               // the remittance named them (the payment names them too)
    qint64 open = 0;                          // what they leave open together
    AmountFit fit = AmountFit::Over;
    int referencePoints = 0;
    int payerPoints = 0;
    int amountPoints = 0;
    int confidence = 0;
    QStringList reasons; // "names invoice 3f2a...", "payer's account confirmed before", translated
};

enum class LineStatus {
    Matched,   // a proposal with confidence >= 50: confirm it
    Uncertain, // candidates, none sure enough: choose
    Unmatched, // no candidate: choose the unit
    Posted,    // its reference is already booked in the ledger
    Debit,     // money out: not a resident's payment
    Foreign,   // another currency than the community's: book it by hand
};
QString lineStatusName(LineStatus status); // "matched", "uncertain", ... (stable, for programs)
QString lineStatusText(LineStatus status); // translated

struct LineMatch {
    BankLine line;
    LineStatus status = LineStatus::Unmatched;
    std::vector<Candidate> candidates;
    std::optional<std::size_t> proposal; // index into candidates
    QByteArray postedBy;                 // the payment's tx id when Posted
};

// The people the device knows (directory data, off the ledger): names per unit.
struct Directory {
    QHash<QString, QStringList> namesByUnit;
};

// What earlier confirmations taught: payer account -> unit, payer name -> unit, kept in
// <dataDir>/bank-payers.json. Names and accounts are compared normalized (case, spaces).
class PayerMemory {
public:
    PayerMemory() = default;
    static Result<PayerMemory> load(const QString &dataDir);
    Result<void> save(const QString &dataDir) const;

    void remember(const BankLine &line, const QString &unit);
    QString unitOfAccount(const QString &account) const;
    QString unitOfName(const QString &name) const;

    static QString normalizedAccount(const QString &account);
    static QString normalizedName(const QString &name);

private:
    QHash<QString, QString> m_accounts;
    QHash<QString, QString> m_names;
};

struct MatchInput {
    QString currency;                           // the community's
    const std::vector<views::InvoiceLine> *openInvoices = nullptr; // every unit's open invoices
    QStringList units;                          // every registered unit (for unit numbers named)
    const PayerMemory *payers = nullptr;
    const Directory *directory = nullptr;
    // The payment that booked this reference, or empty: the ledger's bank-reference records.
    std::function<Result<QByteArray>(const QString &reference)> postedBy;
};

Result<std::vector<LineMatch>> matchStatement(const Statement &statement, const MatchInput &input);

// The candidates of one line (as matchStatement computes them), for a line to be corrected.
std::vector<Candidate> candidatesFor(const BankLine &line, const MatchInput &input);

// A candidate for a unit the manager chose (with all its open invoices, or those named), scored
// as the others; a unit that does not exist gives an empty unit.
Candidate candidateForUnit(const BankLine &line, const MatchInput &input, const QString &unit, const QStringList &invoiceIds = {});

} // namespace courtyard::accounting
