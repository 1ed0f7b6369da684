// contracts/governance: genesis, roles, the committee and its thresholds.
//
// The genesis contract writes the community, the first committee with its quorum, the default
// thresholds and the sealer's "server" role. The governance contracts grant and revoke roles
// (manager, committee, kiosk, auditor), move a key's roles to a new key and change thresholds
// and the quorum; every one of them needs the signatures of at least `quorum` distinct members of
// the current committee. The state keys and payloads are documented in docs/contracts.md.
//
// The read helpers below (roles of a key, the committee, thresholds, the payload as a Record) are
// shared by every contract that checks who signed.
//
// Errors: Rejections with the stable codes listed in docs/contracts.md; a state that cannot be
// read or holds a damaged record is "state-error".
// Thread-safety: the contracts are immutable; the helpers are reentrant.
#pragma once

#include "contracts/engine.h"
#include "core/codec/cbor.h"

#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace courtyard::contracts {

// Role names, as stored in "role/<key hex>".
inline constexpr char kRoleServer[] = "server"; // the sealer, from genesis only
inline constexpr char kRoleManager[] = "manager";
inline constexpr char kRoleCommittee[] = "committee";
inline constexpr char kRoleKiosk[] = "kiosk";
inline constexpr char kRoleAuditor[] = "auditor";

// Thresholds written by genesis (in major units of the community's currency).
inline constexpr char kRepairCommitteeThreshold[] = "repair-committee-threshold";
inline constexpr char kExpenseCommitteeThreshold[] = "expense-committee-threshold";
inline constexpr qint64 kDefaultThresholdMajorUnits = 5000;
inline constexpr qsizetype kMaxThresholdNameLength = 64;

// State keys.
QByteArray communityKey();                           // "community"
QByteArray committeeKey();                           // "governance/committee"
QByteArray thresholdKey(const QString &name);        // "governance/threshold/<name>"
QByteArray roleKey(const crypto::PublicKey &key);    // "role/<64 hex>"

struct Committee {
    std::vector<crypto::PublicKey> members; // sorted by key bytes
    quint32 quorum = 1;

    bool contains(const crypto::PublicKey &key) const;
    cbor::Value toCbor() const;
};

// The roles a key holds ("role/<key hex>"), each with the block time it was granted at.
struct RoleRecord {
    std::map<QString, quint64> since;

    bool has(const QString &role) const { return since.find(role) != since.end(); }
    cbor::Value toCbor() const;
};

// A key's role record; empty when it holds none.
Outcome<RoleRecord> readRoleRecord(const state::StateView &state, const crypto::PublicKey &key);
// Writes the record, or removes it when it holds no role.
void writeRoleRecord(state::StateDelta &delta, const crypto::PublicKey &key, const RoleRecord &record);

// The current committee; nullopt before genesis.
Outcome<std::optional<Committee>> readCommittee(const state::StateView &state);
// The roles a key holds, sorted; empty when it holds none.
Outcome<QStringList> rolesOf(const state::StateView &state, const crypto::PublicKey &key);
// A threshold in minor units of the community's currency; nullopt when it was never set.
Outcome<std::optional<qint64>> readThreshold(const state::StateView &state, const QString &name);

// "not-authorized" unless the transaction's author holds `role`.
Outcome<void> requireAuthorRole(const Context &context, const char *role);
// "quorum-not-reached" unless at least `quorum` distinct committee members signed
// ("not-initialized" before genesis).
Outcome<void> requireCommitteeQuorum(const Context &context);
// The number of distinct current committee members among the transaction's signers.
int committeeSignatures(const Committee &committee, const ledger::Transaction &tx);

// The payload as a closed record: "bad-payload" when it is not a map with text keys or holds a
// field outside `allowed`.
Outcome<cbor::Record> payloadRecord(const Context &context, std::initializer_list<QStringView> allowed);
// A payload field holding a public key: "bad-payload" when it is not a byte string,
// "invalid-key" when the bytes are not a key that can sign.
Outcome<crypto::PublicKey> keyField(const cbor::Record &record, QStringView field);
// A text field: "bad-payload" when it is missing or not text.
Outcome<QString> textField(const cbor::Record &record, QStringView field);
// A "bad-payload" rejection carrying the codec's explanation.
tl::unexpected<Rejection> badPayload(const Error &error);
// A "state-error" rejection for a state that cannot be read or holds a damaged record.
tl::unexpected<Rejection> stateError(const Error &error);

void addGovernanceContracts(Registry &registry);

} // namespace courtyard::contracts
