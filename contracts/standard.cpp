#include "contracts/standard.h"

#include "contracts/governance.h"
#include "contracts/units.h"
#include "contracts/payments.h"
#include "contracts/lease.h"
#include "contracts/billing.h"
#include "contracts/credit.h"
#include "contracts/devices.h"
#include "contracts/repairs.h"
#include "contracts/expenses.h"

namespace courtyard::contracts {

void addStandardContracts(Registry &registry)
{
    addGovernanceContracts(registry);
    addUnitContracts(registry);
    addPaymentContracts(registry);
    addLeaseContracts(registry);
    addBillingContracts(registry);
    addCreditContracts(registry);
    addRepairContracts(registry);
    addExpenseContracts(registry);
    addDeviceContracts(registry);
}

} // namespace courtyard::contracts
