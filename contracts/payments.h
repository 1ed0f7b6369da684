// contracts/payments: money coming in from residents, and going back out as refunds.
//
// A payment is applied to the unit's open invoices, oldest due date first, unless it names the
// invoices it pays; what is left becomes prepaid credit of the unit. A mistaken payment is never
// edited or deleted: a reversal is a new transaction that undoes exactly what the payment did.
// Invoices are written by billing (docs/contracts.md, "Invoices"); payments only raise their
// "paid" amount.
#pragma once

#include "contracts/engine.h"

namespace courtyard::contracts {

inline constexpr qsizetype kMaxPaymentReferenceLength = 64;
inline constexpr int kMaxNamedInvoices = 64;

QByteArray paymentKey(const ledger::TxId &id);  // "payment/<64 hex>"
QByteArray prepaidKey(const QString &unit);     // "prepaid/<unit>"
QByteArray invoicePrefix(const QString &unit);  // "invoice/<unit>/"

void addPaymentContracts(Registry &registry);

} // namespace courtyard::contracts
