// contracts/devices: enrolling a lobby kiosk with a one-time code, and revoking it.
//
// A manager authorizes one enrollment (device.authorize): the ledger keeps only the SHA-256 of
// a random code (enrollmentCodeHash), the role it gives (a kiosk), a label ("Lobby kiosk 1") and
// an expiry of at most kMaxEnrollmentValidityMs of block time. The manager hands the code to
// whoever sets the device up. The new device makes its own key and submits device.enroll, signed
// with that key and carrying the code: when it is sealed, the key holds the role and the code is
// used. So the manager's signature on the authorization is the grant, and the code binds it to
// the one device that presents it. A manager can cancel a code not yet used (device.cancel-code)
// and revoke an enrolled device at once (device.revoke), without waiting for the committee:
// a stolen kiosk must stop paying in immediately. Roles other than kiosk stay with the committee
// (governance.grant). The state keys and payloads are documented in docs/contracts.md.
//
// Errors: Rejections with the stable codes listed in docs/contracts.md.
// Thread-safety: the contracts are immutable; the helpers are reentrant.
#pragma once

#include "contracts/engine.h"

#include <optional>

namespace courtyard::contracts {

// A code is 16 symbols of Crockford's base 32 (80 random bits), shown in groups of four.
inline constexpr qsizetype kEnrollmentCodeLength = 16;
inline constexpr char kEnrollmentCodeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
inline constexpr quint64 kMaxEnrollmentValidityMs = 7ULL * 24 * 60 * 60 * 1000;
inline constexpr qsizetype kMaxDeviceLabelLength = 64;
inline constexpr qsizetype kMaxRevokeReasonLength = 200;

// State keys.
QByteArray enrollmentKey(const QByteArray &codeHash); // "enrollment/<64 hex>"
QByteArray deviceKey(const crypto::PublicKey &key);   // "device/<64 hex>"

// The code as a person may type it (lower case, dashes, spaces, O for 0, I or L for 1) in its
// canonical form of 16 upper-case symbols; nullopt when it cannot be a code.
std::optional<QString> normalizeEnrollmentCode(QStringView typed);
// "ABCD-EFGH-JKMN-PQRS" from the canonical form.
QString formatEnrollmentCode(const QString &canonical);
// SHA-256 of a domain tag, the community id and the canonical code: what device.authorize stores.
QByteArray enrollmentCodeHash(const QByteArray &communityId, const QString &canonical);

// A device enrolled with a code, as "device/<key>" holds it.
struct DeviceRecord {
    QString label;
    QString role;
    QByteArray codeHash;
    crypto::PublicKey authorizedBy;
    quint64 enrolledAt = 0;
    std::optional<quint64> revokedAt;
    QString revokeReason;
};
// The device record of key; nullopt when the key was never enrolled with a code.
Outcome<std::optional<DeviceRecord>> readDevice(const state::StateView &state, const crypto::PublicKey &key);

void addDeviceContracts(Registry &registry);

} // namespace courtyard::contracts
