// courtyard/kiosk: the kiosk's ledger, key and outbox: a device::DeviceCore with the kiosk's key.
#pragma once

#include "app/device/device_core.h"

namespace courtyard::kiosk {

// Translations of the kiosk backend's own strings.
QString tr(const char *text, const char *comment = nullptr, int n = -1);

using device::Submitted;
using KioskCore = device::DeviceCore;

} // namespace courtyard::kiosk
