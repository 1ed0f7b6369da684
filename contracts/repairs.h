// contracts/repairs: the repair queue, from a resident's request to the vendor's payment.
//
// A repair is requested (by a kiosk for a resident of the unit, or by the manager; version 2 of
// repair.request also says where, version 1 stays valid for the ledgers that hold it), quoted,
// approved (the manager alone below "repair-committee-threshold", the manager with the committee
// quorum at or above it) or rejected with a reason, started, completed, confirmed by the resident
// and paid from the fund as an expense of "repairs:<category>". Every step is its own signed
// transaction and is appended to the request's history with its block time and signer, so
// response and completion times are provable. Payloads, state keys and postings are in
// docs/contracts.md.
//
// Errors: Rejections with the stable codes listed in docs/contracts.md.
// Thread-safety: the contracts are immutable; the helpers are reentrant.
#pragma once

#include "contracts/engine.h"

#include <QStringList>

namespace courtyard::contracts {

inline constexpr qsizetype kRepairIdSize = 16;
inline constexpr qsizetype kMaxRepairDescriptionLength = 2000;
// repair.request version 2's "location": where, in the requester's words ("Kitchen",
// "Stairwell B, 3rd floor"), 1 to 100 characters on one line.
inline constexpr qsizetype kMaxRepairLocationLength = 100;
inline constexpr qsizetype kMaxRepairEvents = 1000; // a request that changes this often is an attack

// The closed list of repair categories.
QStringList repairCategories();
// "repair/<32 hex>".
QByteArray repairKey(const QByteArray &repairId);

void addRepairContracts(Registry &registry);

} // namespace courtyard::contracts
