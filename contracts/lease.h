// contracts/lease: rent contracts between the community and the residents of a unit.
//
// A lease names a unit, the residents who live there, the rent and its billing day, the deposit,
// grace days, a late-fee rule, an annual escalation and the SHA-256 of the signed paper. Leases
// are never edited: an amendment or a renewal is a new version that takes effect on a date, and
// every version stays in the state ("lease/<id>/v/<nnnn>") next to the lease's head
// ("lease/<id>"), which names the current version and the days the lease covers. Termination
// ends a lease early and settles its deposit with itemized deductions.
//
// The deposit is invoiced by lease.create itself (an invoice of kind "deposit", see billing.h);
// rent, fees and late fees are invoiced by billing.close-period. Both share the date and rent
// helpers below. The state keys, payloads and formulas are documented in docs/contracts.md.
//
// Errors: Rejections with the stable codes listed in docs/contracts.md.
// Thread-safety: the contracts are immutable; the helpers are reentrant.
#pragma once

#include "contracts/engine.h"
#include "core/codec/cbor.h"

#include <QDate>

#include <optional>
#include <vector>

namespace courtyard::contracts {

inline constexpr qsizetype kLeaseIdSize = 16;
inline constexpr qsizetype kDocumentHashSize = 32;
inline constexpr int kMaxLeaseResidents = 16;
inline constexpr int kMaxLeaseVersions = 9999;
inline constexpr quint64 kMaxGraceDays = 60;
inline constexpr int kMaxDeductions = 32;
inline constexpr qsizetype kMaxReasonLength = 200;

// State keys.
QByteArray leaseKey(const QByteArray &leaseId);                    // "lease/<32 hex>"
QByteArray leaseVersionKey(const QByteArray &leaseId, int version); // "lease/<32 hex>/v/<4 digits>"

// Strict calendar text: "YYYY-MM-DD" for a date that exists, "YYYY-MM" for a month (years 1..9999).
std::optional<QDate> parseDate(QStringView text);
std::optional<QDate> parseMonth(QStringView text); // the month's first day
QString dateText(QDate date);
QString monthText(QDate date);
// Day `day` (1..31) of the month of `month`, or the month's last day when it has fewer days.
QDate dayInMonth(QDate month, int day);

// A late-fee rule or an escalation: a fixed amount, or a percentage (with a cap for late fees;
// cap 0 = no cap).
struct AmountRule {
    enum class Type { None, Fixed, Percent };
    Type type = Type::None;
    qint64 amount = 0;   // Fixed: the amount; Percent: the cap (late fees only)
    QString percent;     // Percent: money::Percent::toString(), e.g. "5%"

    cbor::Value toCbor(bool withCap) const;
};

// One version of a lease's terms.
struct LeaseTerms {
    int version = 1;
    QDate effective; // the first day these terms apply
    QString unit;
    std::vector<QByteArray> residents; // sorted
    qint64 rent = 0;                   // minor units per month
    int billingDay = 1;
    QDate start;
    std::optional<QDate> end; // the last day, as agreed in this version
    qint64 deposit = 0;
    int graceDays = 0;
    AmountRule lateFee;
    AmountRule escalation;
    QByteArray document;

    cbor::Value toCbor() const;
    static Result<LeaseTerms> fromCbor(const cbor::Value &value);
};

// The head of a lease: where it stands now.
struct LeaseHead {
    QString unit;
    QDate start;
    std::optional<QDate> end; // the last day the lease covers (the termination date once terminated)
    int version = 1;          // the current version
    bool terminated = false;
    cbor::Value settlement;   // the deposit settlement once terminated, null before

    cbor::Value toCbor() const;
    static Result<LeaseHead> fromCbor(const cbor::Value &value);
};

struct Lease {
    QByteArray id;
    LeaseHead head;
    std::vector<LeaseTerms> versions; // oldest first
    const LeaseTerms &current() const { return versions.back(); }
};

// The lease with that id; nullopt when there is none.
Outcome<std::optional<Lease>> readLease(const state::StateView &state, const QByteArray &leaseId);
// Every lease, in id order.
Outcome<std::vector<Lease>> readLeases(const state::StateView &state);

// The rent of one month of a lease: for every day the lease covers in that month, the terms in
// effect that day and the escalations due by then; consecutive days with the same rent form a
// segment billed as rent × days / days in the month (half-even). "amount-overflow" when an
// escalated rent leaves Money's range. Zero when the lease covers no day of the month.
Outcome<qint64> rentForMonth(const Lease &lease, QDate month, const money::Currency &currency);
// The monthly rent of the terms on a day, after the escalations due by then.
Outcome<qint64> escalatedRent(const Lease &lease, const LeaseTerms &terms, QDate day, const money::Currency &currency);

// The deposit settlement of a terminated lease (the head's "settlement", written by
// lease.terminate): the refund owed to the residents at the termination, and how much of it
// payment.deposit-refund has paid out since ("refunded", left out while 0; payment.reverse of a
// payout lowers it again). What is still owed is refund − refunded, never below 0.
struct Settlement {
    qint64 refund = 0;
    qint64 refunded = 0;
    qint64 owed() const { return refund - refunded; }
};
// Integrity error when the lease is not terminated or its settlement is damaged (a refund or
// refunded amount out of range, refunded above the refund).
Result<Settlement> readSettlement(const LeaseHead &head);
// settlement (the head's) with "refunded" = refunded, left out when 0.
cbor::Value settlementWithRefunded(const cbor::Value &settlement, qint64 refunded);

// Payload helpers shared by the lease, billing and payment contracts.
// A lease id: "bad-payload" when not a byte string, "invalid-lease-id" unless 16 bytes, not all zero.
Outcome<QByteArray> leaseIdField(const cbor::Record &record);
// An amount in minor units: "bad-payload" when not an integer, "amount-overflow" beyond
// ±money::kMaxMinorUnits, "invalid-amount" below `minimum`.
Outcome<qint64> amountField(const cbor::Record &record, QStringView field, qint64 minimum);
// A "YYYY-MM-DD" field: "bad-payload" when not text, "invalid-date" when not a date that exists.
Outcome<QDate> dateField(const cbor::Record &record, QStringView field);
// The payload's "currency" field must be the community's: "wrong-currency" otherwise.
Outcome<money::Currency> currencyField(const Context &context, const cbor::Record &record);
// A whole number field within [minimum, maximum]: `code` outside it.
Outcome<int> boundedField(const cbor::Record &record, QStringView field, quint64 minimum, quint64 maximum, const char *code,
                          const QString &message);

void addLeaseContracts(Registry &registry);

} // namespace courtyard::contracts
