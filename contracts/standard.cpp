#include "contracts/standard.h"

#include "contracts/governance.h"
#include "contracts/units.h"
#include "contracts/payments.h"
#include "contracts/lease.h"
#include "contracts/billing.h"

namespace courtyard::contracts {

void addStandardContracts(Registry &registry)
{
    addGovernanceContracts(registry);
    addUnitContracts(registry);
    addPaymentContracts(registry);
    addLeaseContracts(registry);
    addBillingContracts(registry);
}

} // namespace courtyard::contracts
