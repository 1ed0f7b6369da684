// contracts/invariants: the promises about the contracts' state that hold after every accepted
// transaction, checked from the state alone.
//
// No invoice has an amount of zero or less, a negative paid amount or more paid than its amount;
// the open-invoice index ("billing/open/", billing.h) lists exactly the invoices still open and the
// index of reversed payments ("payment-reversed/", payments.h) exactly the reversed payments; no
// prepaid credit is zero or negative (a credit used up is removed); no terminated lease has
// paid out more of its deposit refund than the refund, or a "refunded" of zero or less (see
// contracts::Settlement). A contract that leaves the state otherwise is a bug. The node checks
// these after every block (node::checkInvariants) and the contract tests after every accepted
// transaction. That postings balance is checkBalanced() (engine.h); that replay gives the same
// state root is the node's replay and the tests' replay.
//
// Errors: the view's read errors; a broken promise is a line of the returned list, not an error.
// Thread-safety: reentrant.
#pragma once

#include "core/base/result.h"
#include "core/state/state.h"

#include <QStringList>

namespace courtyard::contracts {

// What is broken, one sentence per record, in key order; empty when every promise holds.
// The sentences are for developers and logs (not translated).
Result<QStringList> checkStateInvariants(const state::StateView &state);

} // namespace courtyard::contracts
