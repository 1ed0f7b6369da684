// contracts/standard: the registry of every contract a Courtyard community runs.
//
// Thread-safety: fill a Registry once, before an Engine uses it.
#pragma once

#include "contracts/engine.h"

namespace courtyard::contracts {

// Registers every standard contract (genesis, governance, units and residents, ...) in registry.
void addStandardContracts(Registry &registry);

} // namespace courtyard::contracts
