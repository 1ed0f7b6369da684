// contracts/payments: money coming in from residents, and going back out as refunds.
//
// A payment is applied to the unit's open invoices, oldest due date first, unless it names the
// invoices it pays; what is left becomes prepaid credit of the unit. A mistaken payment is never
// edited or deleted: a reversal is a new transaction that undoes exactly what the payment did.
// Invoices are written by billing (docs/contracts.md, "Invoices"); payments only raise their
// "paid" amount.
//
// Money goes back out two ways: payment.refund pays a unit's prepaid credit back, and
// payment.deposit-refund pays out (all or part of) the deposit refund that lease.terminate
// settled and booked as owed (Liabilities:Payable:Refunds:<unit>), in cash or by bank, never more
// than is still owed for that lease. A payout is recorded ("deposit-refund/<tx id hex>") and
// counted in the lease's settlement ("refunded"), so payment.reverse can undo it like a payment.
//
// Errors: Rejections with the stable codes listed in docs/contracts.md.
// Thread-safety: the contracts are immutable; the key helpers are reentrant.
#pragma once

#include "contracts/engine.h"

namespace courtyard::contracts {

inline constexpr qsizetype kMaxPaymentReferenceLength = 64;
inline constexpr int kMaxNamedInvoices = 64;

QByteArray paymentKey(const ledger::TxId &id);  // "payment/<64 hex>"
// The reversed payments of a unit, for the credit score: "payment-reversed/<unit>/<64 hex>" =
// {"at": the payment's block time}, written by payment.reverse with the "reversed" payment record.
QByteArray reversedPaymentKey(const QString &unit, QByteArrayView paymentId);
QByteArray reversedPaymentPrefix(const QString &unit); // "payment-reversed/<unit>/"
QByteArray prepaidKey(const QString &unit);     // "prepaid/<unit>"
QByteArray invoicePrefix(const QString &unit);  // "invoice/<unit>/"
QByteArray depositRefundKey(const ledger::TxId &id); // "deposit-refund/<64 hex>"
// A bank booking posted by payment.bank version 2: "bank-reference/<SHA-256 of the reference's
// UTF-8, 64 hex>" = {"payment": the payment's tx id}. While it is there, payment.bank (any
// version) refuses the reference ("bank-reference-used"); payment.reverse of that payment removes it.
QByteArray bankReferenceKey(const QString &reference);
QByteArray bankReferencePrefix(); // "bank-reference/"
inline constexpr quint32 kBankPaymentVersion = 2; // the version that records its reference

void addPaymentContracts(Registry &registry);

} // namespace courtyard::contracts
