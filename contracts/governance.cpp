#include "contracts/governance.h"

#include "contracts/internal.h"
#include "core/base/hex.h"
#include "core/money/currency.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace courtyard::contracts {

cbor::Value RoleRecord::toCbor() const
{
    cbor::Array roles;
    cbor::Map times;
    for (const auto &[role, at] : since) {
        roles.push_back(cbor::Value::fromText(role));
        times.emplace_back(cbor::Value::fromText(role), cbor::Value::fromUnsigned(at));
    }
    return cbor::Value::fromMap({
        {QStringLiteral("roles"), cbor::Value::fromArray(std::move(roles))},
        {QStringLiteral("since"), cbor::Value::fromMap(std::move(times))},
    });
}

Outcome<RoleRecord> readRoleRecord(const state::StateView &state, const crypto::PublicKey &key)
{
    auto stored = state.get(roleKey(key));
    if (!stored) {
        return stateError(stored.error());
    }
    RoleRecord record;
    if (!*stored) {
        return record;
    }
    const auto damaged = [&](const QString &why) {
        return stateError(Error{ErrorCode::Integrity, QStringLiteral("role record of %1: %2").arg(key.toHex(), why)});
    };
    auto r = cbor::Record::from(**stored, QStringLiteral("role record"));
    if (!r) {
        return stateError(r.error());
    }
    auto since = r->value(u"since");
    if (!since) {
        return stateError(since.error());
    }
    if (!(*since)->isMap()) {
        return damaged(QStringLiteral("'since' is not a map"));
    }
    for (const auto &[role, at] : (*since)->asMap()) {
        if (!role.isText() || !at.isUnsigned()) {
            return damaged(QStringLiteral("'since' holds a wrong entry"));
        }
        record.since.emplace(role.asText(), *at.toUInt64());
    }
    return record;
}

void writeRoleRecord(state::StateDelta &delta, const crypto::PublicKey &key, const RoleRecord &record)
{
    if (record.since.empty()) {
        delta.remove(roleKey(key));
    } else {
        delta.put(roleKey(key), record.toCbor());
    }
}

namespace {

bool isGrantableRole(const QString &role)
{
    return role == latin1(kRoleManager) || role == latin1(kRoleCommittee) || role == latin1(kRoleKiosk) ||
           role == latin1(kRoleAuditor);
}

// Kiosk keys live on shared devices and hold nothing else; the manager and the committee are
// separate people, so that the committee's co-signature means someone else looked.
bool conflicts(const RoleRecord &held, const QString &role)
{
    const QString kiosk = latin1(kRoleKiosk);
    if (role == kiosk) {
        return !held.since.empty();
    }
    if (held.has(kiosk)) {
        return true;
    }
    if (role == latin1(kRoleManager)) {
        return held.has(latin1(kRoleCommittee));
    }
    if (role == latin1(kRoleCommittee)) {
        return held.has(latin1(kRoleManager));
    }
    return false;
}

Outcome<Committee> requireCommittee(const state::StateView &state)
{
    OUTCOME_TRY(auto committee, readCommittee(state));
    if (!committee) {
        return reject("not-initialized", tr("this community has no genesis yet"));
    }
    return *committee;
}

bool isThresholdName(const QString &name)
{
    if (name.isEmpty() || name.size() > kMaxThresholdNameLength || name.startsWith(QLatin1Char('-')) ||
        name.endsWith(QLatin1Char('-'))) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               c == QLatin1Char('-');
    });
}

cbor::Value thresholdValue(qint64 amount)
{
    return cbor::Value::fromMap({{QStringLiteral("amount"), cbor::Value::fromInt(amount)}});
}

// --- genesis ------------------------------------------------------------------------------------

bool sameGenesis(const ledger::Genesis &a, const ledger::Genesis &b)
{
    return a.communityId == b.communityId && a.name == b.name && a.currency == b.currency && a.timeZone == b.timeZone &&
           a.sealer == b.sealer && a.committee == b.committee && a.quorum == b.quorum;
}

class GenesisContract final : public Contract {
public:
    QString kind() const override { return latin1(ledger::kGenesisKind); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        auto genesis = ledger::Genesis::fromTransaction(context.tx);
        if (!genesis) {
            return reject("bad-genesis", tr("this is not a valid genesis: %1").arg(genesis.error().message));
        }
        if (!sameGenesis(*genesis, context.genesis)) {
            return reject("bad-genesis", tr("this genesis is not the one this community was created with"));
        }
        auto existing = context.state.get(communityKey());
        if (!existing) {
            return stateError(existing.error());
        }
        if (*existing) {
            return reject("already-initialized", tr("this community already has its genesis"));
        }
        auto currency = money::currencyByCode(genesis->currency);
        CY_ASSERT(currency.has_value()); // Genesis::validate checked it

        Effects effects;
        state::StateDelta &delta = effects.delta;
        delta.put(communityKey(), cbor::Value::fromMap({
                                      {QStringLiteral("id"), cbor::Value::fromBytes(genesis->communityId)},
                                      {QStringLiteral("name"), cbor::Value::fromText(genesis->name)},
                                      {QStringLiteral("currency"), cbor::Value::fromText(genesis->currency)},
                                      {QStringLiteral("timezone"), cbor::Value::fromText(genesis->timeZone)},
                                      {QStringLiteral("sealer"), cbor::Value::fromBytes(genesis->sealer.toByteArray())},
                                  }));
        Committee committee{genesis->committee, genesis->quorum};
        std::sort(committee.members.begin(), committee.members.end());
        delta.put(committeeKey(), committee.toCbor());

        const qint64 threshold = kDefaultThresholdMajorUnits * currency->minorPerMajor();
        delta.put(thresholdKey(latin1(kRepairCommitteeThreshold)), thresholdValue(threshold));
        delta.put(thresholdKey(latin1(kExpenseCommitteeThreshold)), thresholdValue(threshold));

        RoleRecord server;
        server.since.emplace(latin1(kRoleServer), context.blockTimeMs);
        writeRoleRecord(delta, genesis->sealer, server);
        for (const crypto::PublicKey &member : committee.members) {
            RoleRecord record;
            record.since.emplace(latin1(kRoleCommittee), context.blockTimeMs);
            writeRoleRecord(delta, member, record);
        }
        return effects;
    }
};

// --- governance ---------------------------------------------------------------------------------

class GrantContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("governance.grant"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(auto payload, payloadRecord(context, {u"key", u"role"}));
        OUTCOME_TRY(auto key, keyField(payload, u"key"));
        OUTCOME_TRY(auto role, textField(payload, u"role"));
        if (!isGrantableRole(role)) {
            return reject("unknown-role", tr("'%1' is not a role that can be granted (manager, committee, kiosk, auditor)").arg(role));
        }
        OUTCOME_CHECK(requireCommitteeQuorum(context));
        if (key == context.genesis.sealer) {
            return reject("sealer-key", tr("the server's sealing key cannot hold other roles"));
        }
        OUTCOME_TRY(auto held, readRoleRecord(context.state, key));
        if (held.has(role)) {
            return reject("already-granted", tr("key %1 already holds the role '%2'").arg(key.toHex(), role));
        }
        if (conflicts(held, role)) {
            return reject("conflicting-roles",
                          tr("key %1 cannot hold the role '%2' together with the roles it has: a kiosk key holds no other role, "
                             "and a manager cannot sit on the committee")
                              .arg(key.toHex(), role));
        }
        Effects effects;
        if (role == latin1(kRoleCommittee)) {
            OUTCOME_TRY(auto committee, requireCommittee(context.state));
            if (committee.members.size() >= std::size_t(ledger::kMaxCommitteeSize)) {
                return reject("committee-full", tr("the committee already has the largest number of members (%1)").arg(ledger::kMaxCommitteeSize));
            }
            committee.members.push_back(key);
            std::sort(committee.members.begin(), committee.members.end());
            effects.delta.put(committeeKey(), committee.toCbor());
        }
        held.since.emplace(role, context.blockTimeMs);
        writeRoleRecord(effects.delta, key, held);
        return effects;
    }
};

class RevokeContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("governance.revoke"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(auto payload, payloadRecord(context, {u"key", u"role"}));
        OUTCOME_TRY(auto key, keyField(payload, u"key"));
        OUTCOME_TRY(auto role, textField(payload, u"role"));
        if (!isGrantableRole(role)) {
            return reject("unknown-role", tr("'%1' is not a role that can be revoked (manager, committee, kiosk, auditor)").arg(role));
        }
        OUTCOME_CHECK(requireCommitteeQuorum(context));
        OUTCOME_TRY(auto held, readRoleRecord(context.state, key));
        if (!held.has(role)) {
            return reject("role-not-held", tr("key %1 does not hold the role '%2'").arg(key.toHex(), role));
        }
        Effects effects;
        if (role == latin1(kRoleCommittee)) {
            OUTCOME_TRY(auto committee, requireCommittee(context.state));
            if (committee.members.size() <= committee.quorum) {
                return reject("committee-below-quorum",
                              tr("the committee would have fewer members than its quorum of %1; lower the quorum first")
                                  .arg(committee.quorum));
            }
            std::erase(committee.members, key);
            effects.delta.put(committeeKey(), committee.toCbor());
        }
        held.since.erase(role);
        writeRoleRecord(effects.delta, key, held);
        return effects;
    }
};

class RotateKeyContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("governance.rotate-key"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(auto payload, payloadRecord(context, {u"from", u"to"}));
        OUTCOME_TRY(auto from, keyField(payload, u"from"));
        OUTCOME_TRY(auto to, keyField(payload, u"to"));
        if (from == to) {
            return reject("same-key", tr("a key cannot be rotated to itself"));
        }
        OUTCOME_CHECK(requireCommitteeQuorum(context));
        if (from == context.genesis.sealer || to == context.genesis.sealer) {
            return reject("sealer-key", tr("the server's sealing key is fixed by genesis and cannot be rotated here"));
        }
        OUTCOME_TRY(auto held, readRoleRecord(context.state, from));
        if (held.since.empty()) {
            return reject("no-roles", tr("key %1 holds no role to move").arg(from.toHex()));
        }
        OUTCOME_TRY(auto target, readRoleRecord(context.state, to));
        if (!target.since.empty()) {
            return reject("key-in-use", tr("key %1 already holds roles; rotate to a fresh key").arg(to.toHex()));
        }
        Effects effects;
        if (held.has(latin1(kRoleCommittee))) {
            OUTCOME_TRY(auto committee, requireCommittee(context.state));
            std::replace(committee.members.begin(), committee.members.end(), from, to);
            std::sort(committee.members.begin(), committee.members.end());
            effects.delta.put(committeeKey(), committee.toCbor());
        }
        writeRoleRecord(effects.delta, from, RoleRecord{});
        writeRoleRecord(effects.delta, to, held);
        return effects;
    }
};

class SetThresholdContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("governance.set-threshold"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(auto payload, payloadRecord(context, {u"name", u"amount"}));
        OUTCOME_TRY(auto name, textField(payload, u"name"));
        if (!isThresholdName(name)) {
            return reject("invalid-threshold-name",
                          tr("'%1' is not a threshold name: use 1 to %2 of a-z, 0-9 and inner dashes").arg(name).arg(kMaxThresholdNameLength));
        }
        auto value = payload.value(u"amount");
        if (!value) {
            return badPayload(value.error());
        }
        if (!(*value)->isInteger()) {
            return badPayload(Error{ErrorCode::Malformed, QStringLiteral("field 'amount' must be an integer of minor units")});
        }
        const auto amount = (*value)->toInt64();
        if (!amount || *amount < 0 || *amount > money::kMaxMinorUnits) {
            return reject("invalid-amount", tr("a threshold must be between 0 and %1 minor units").arg(money::kMaxMinorUnits));
        }
        OUTCOME_CHECK(requireCommitteeQuorum(context));
        Effects effects;
        effects.delta.put(thresholdKey(name), thresholdValue(*amount));
        return effects;
    }
};

class SetQuorumContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("governance.set-quorum"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(auto payload, payloadRecord(context, {u"quorum"}));
        auto quorum = payload.uint(u"quorum");
        if (!quorum) {
            return badPayload(quorum.error());
        }
        // The current quorum must sign, also to lower it.
        OUTCOME_CHECK(requireCommitteeQuorum(context));
        OUTCOME_TRY(auto committee, requireCommittee(context.state));
        if (*quorum < 1 || *quorum > committee.members.size()) {
            return reject("invalid-quorum", tr("the quorum must be between 1 and %1 (the committee's size)").arg(committee.members.size()));
        }
        committee.quorum = quint32(*quorum);
        Effects effects;
        effects.delta.put(committeeKey(), committee.toCbor());
        return effects;
    }
};

} // namespace

QByteArray communityKey()
{
    return QByteArrayLiteral("community");
}

QByteArray committeeKey()
{
    return QByteArrayLiteral("governance/committee");
}

QByteArray thresholdKey(const QString &name)
{
    return QByteArrayLiteral("governance/threshold/") + name.toUtf8();
}

QByteArray roleKey(const crypto::PublicKey &key)
{
    return QByteArrayLiteral("role/") + key.toHex().toLatin1();
}

bool Committee::contains(const crypto::PublicKey &key) const
{
    return std::find(members.begin(), members.end(), key) != members.end();
}

cbor::Value Committee::toCbor() const
{
    cbor::Array keys;
    for (const crypto::PublicKey &k : members) {
        keys.push_back(cbor::Value::fromBytes(k.toByteArray()));
    }
    return cbor::Value::fromMap({
        {QStringLiteral("members"), cbor::Value::fromArray(std::move(keys))},
        {QStringLiteral("quorum"), cbor::Value::fromUnsigned(quorum)},
    });
}

Outcome<std::optional<Committee>> readCommittee(const state::StateView &state)
{
    auto stored = state.get(committeeKey());
    if (!stored) {
        return stateError(stored.error());
    }
    if (!*stored) {
        return std::optional<Committee>();
    }
    auto r = cbor::Record::from(**stored, QStringLiteral("committee record"));
    if (!r) {
        return stateError(r.error());
    }
    auto members = r->array(u"members");
    if (!members) {
        return stateError(members.error());
    }
    auto quorum = r->uint(u"quorum");
    if (!quorum) {
        return stateError(quorum.error());
    }
    Committee committee;
    committee.quorum = quint32(std::min<quint64>(*quorum, quint64(ledger::kMaxCommitteeSize)));
    for (const cbor::Value &m : **members) {
        if (!m.isBytes()) {
            return stateError(Error{ErrorCode::Integrity, QStringLiteral("committee record: a member is not a byte string")});
        }
        auto key = crypto::PublicKey::fromBytes(m.asBytes());
        if (!key) {
            return stateError(key.error());
        }
        committee.members.push_back(*key);
    }
    return std::optional<Committee>(std::move(committee));
}

Outcome<QStringList> rolesOf(const state::StateView &state, const crypto::PublicKey &key)
{
    OUTCOME_TRY(auto record, readRoleRecord(state, key));
    QStringList roles;
    for (const auto &[role, at] : record.since) {
        roles.append(role);
    }
    return roles;
}

Outcome<std::optional<qint64>> readThreshold(const state::StateView &state, const QString &name)
{
    auto stored = state.get(thresholdKey(name));
    if (!stored) {
        return stateError(stored.error());
    }
    if (!*stored) {
        return std::optional<qint64>();
    }
    auto r = cbor::Record::from(**stored, QStringLiteral("threshold record"));
    if (!r) {
        return stateError(r.error());
    }
    auto amount = r->int64(u"amount");
    if (!amount) {
        return stateError(amount.error());
    }
    return std::optional<qint64>(*amount);
}

Outcome<void> requireAuthorRole(const Context &context, const char *role)
{
    OUTCOME_TRY(auto roles, rolesOf(context.state, context.tx.body().author));
    if (!roles.contains(latin1(role))) {
        return reject("not-authorized", tr("this needs the signature of a key with the role '%1'").arg(latin1(role)));
    }
    return {};
}

int committeeSignatures(const Committee &committee, const ledger::Transaction &tx)
{
    // Transaction keeps one signature per key, so counting members among the signers counts
    // distinct members.
    int count = 0;
    for (const ledger::TransactionSignature &s : tx.signatures()) {
        if (committee.contains(s.key)) {
            ++count;
        }
    }
    return count;
}

Outcome<void> requireCommitteeQuorum(const Context &context)
{
    OUTCOME_TRY(auto committee, requireCommittee(context.state));
    const int count = committeeSignatures(committee, context.tx);
    if (count < int(committee.quorum)) {
        return reject("quorum-not-reached", tr("this needs the signatures of %1 committee members, it has %2")
                                                .arg(committee.quorum)
                                                .arg(count));
    }
    return {};
}

Outcome<cbor::Record> payloadRecord(const Context &context, std::initializer_list<QStringView> allowed)
{
    auto record = cbor::Record::from(context.tx.body().payload, context.tx.body().kind);
    if (!record) {
        return badPayload(record.error());
    }
    if (auto closed = record->allowOnly(allowed); !closed) {
        return badPayload(closed.error());
    }
    return *record;
}

tl::unexpected<Rejection> badPayload(const Error &error)
{
    return reject("bad-payload", tr("the transaction's content is not valid: %1").arg(error.message));
}

tl::unexpected<Rejection> stateError(const Error &error)
{
    return reject("state-error", tr("the community's state cannot be read: %1").arg(error.message));
}

Outcome<crypto::PublicKey> keyField(const cbor::Record &record, QStringView field)
{
    auto bytes = record.bytes(field);
    if (!bytes) {
        return badPayload(bytes.error());
    }
    auto key = crypto::PublicKey::fromBytes(*bytes);
    if (!key) {
        return reject("invalid-key", tr("'%1' is not a valid public key: %2").arg(field, key.error().message));
    }
    return *key;
}

Outcome<QString> textField(const cbor::Record &record, QStringView field)
{
    auto text = record.text(field);
    if (!text) {
        return badPayload(text.error());
    }
    return *text;
}

void addGovernanceContracts(Registry &registry)
{
    registry.add(std::make_unique<GenesisContract>());
    registry.add(std::make_unique<GrantContract>());
    registry.add(std::make_unique<RevokeContract>());
    registry.add(std::make_unique<RotateKeyContract>());
    registry.add(std::make_unique<SetThresholdContract>());
    registry.add(std::make_unique<SetQuorumContract>());
}

} // namespace courtyard::contracts
