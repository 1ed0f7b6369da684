#include "contracts/standard.h"

#include "contracts/governance.h"
#include "contracts/units.h"

namespace courtyard::contracts {

void addStandardContracts(Registry &registry)
{
    addGovernanceContracts(registry);
    addUnitContracts(registry);
}

} // namespace courtyard::contracts
