// contracts/units: the community's units, its residents and their cards.
//
// Units are registered and updated by a manager (number, floor area, share of common costs).
// Residents are random 16-byte ids chosen by the device that registers them, linked to one or
// more units; names and phone numbers never reach the ledger. A resident's card is enrolled as
// the SHA-256 of the card's id together with the Argon2id hash of the PIN, never the PIN itself.
// Kiosks record wrong PIN entries: the fifth in a row locks the card for kPinLockMs of block time.
// The state keys and payloads are documented in docs/contracts.md.
//
// Errors: Rejections with the stable codes listed in docs/contracts.md.
// Thread-safety: the contracts are immutable; the helpers are reentrant.
#pragma once

#include "contracts/engine.h"

namespace courtyard::contracts {

inline constexpr qsizetype kMaxUnitNumberLength = 16;
inline constexpr quint64 kMaxUnitArea = 100'000'000; // hundredths of m² (1,000,000.00 m²)
inline constexpr quint64 kTotalShareBasisPoints = 10'000;
inline constexpr qsizetype kResidentIdSize = 16;
inline constexpr qsizetype kCardHashSize = 32;
inline constexpr qsizetype kMaxPinHashLength = 256;
inline constexpr int kMaxUnitsPerResident = 64;
inline constexpr quint64 kMaxPinFailures = 5;
inline constexpr quint64 kPinLockMs = 15 * 60 * 1000;

// State keys.
QByteArray unitKey(const QString &number);                                  // "unit/<number>"
QByteArray residentKey(const QByteArray &residentId);                       // "resident/<32 hex>"
QByteArray occupancyKey(const QString &unit, const QByteArray &residentId); // "occupancy/<unit>/<32 hex>"
QByteArray cardKey(const QByteArray &residentId);                           // "card/<32 hex>"
QByteArray cardIdKey(const QByteArray &cardHash);                           // "card-id/<64 hex>"

// 1 to 16 of [0-9A-Za-z-], starting and ending with a letter or digit ("12-0301").
bool isValidUnitNumber(QStringView number);
// Whether text has the shape of a libsodium Argon2id string ("$argon2id$v=19$m=..,t=..,p=..$salt$hash").
bool isArgon2idString(QStringView text);

void addUnitContracts(Registry &registry);

} // namespace courtyard::contracts
