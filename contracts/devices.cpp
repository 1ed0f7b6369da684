#include "contracts/devices.h"

#include "contracts/governance.h"
#include "contracts/internal.h"
#include "core/base/hex.h"
#include "core/crypto/crypto.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

#include <algorithm>

namespace courtyard::contracts {

namespace {

// What happened to a code, as "enrollment/<hash>" keeps it.
enum class CodeState { Open, Used, Cancelled };

QString codeStateName(CodeState state)
{
    switch (state) {
    case CodeState::Open:
        return QStringLiteral("open");
    case CodeState::Used:
        return QStringLiteral("used");
    case CodeState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

struct Enrollment {
    QString role;
    QString label;
    crypto::PublicKey authorizedBy;
    quint64 authorizedAt = 0;
    quint64 expires = 0;
    CodeState state = CodeState::Open;
    std::optional<crypto::PublicKey> usedBy;
    quint64 changedAt = 0; // when it was used or cancelled; 0 while open

    cbor::Value toCbor() const
    {
        cbor::Map map{
            {cbor::Value::fromText(QStringLiteral("role")), cbor::Value::fromText(role)},
            {cbor::Value::fromText(QStringLiteral("label")), cbor::Value::fromText(label)},
            {cbor::Value::fromText(QStringLiteral("by")), cbor::Value::fromBytes(authorizedBy.toByteArray())},
            {cbor::Value::fromText(QStringLiteral("at")), cbor::Value::fromUnsigned(authorizedAt)},
            {cbor::Value::fromText(QStringLiteral("expires")), cbor::Value::fromUnsigned(expires)},
            {cbor::Value::fromText(QStringLiteral("state")), cbor::Value::fromText(codeStateName(state))},
        };
        if (state != CodeState::Open) {
            map.emplace_back(cbor::Value::fromText(QStringLiteral("changed-at")), cbor::Value::fromUnsigned(changedAt));
        }
        if (usedBy) {
            map.emplace_back(cbor::Value::fromText(QStringLiteral("used-by")), cbor::Value::fromBytes(usedBy->toByteArray()));
        }
        return cbor::Value::fromMap(std::move(map));
    }

    static Result<Enrollment> fromCbor(const cbor::Value &value)
    {
        CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("enrollment")));
        CY_CHECK(r.allowOnly({u"role", u"label", u"by", u"at", u"expires", u"state", u"changed-at", u"used-by"}));
        Enrollment e;
        CY_TRY(e.role, r.text(u"role"));
        CY_TRY(e.label, r.text(u"label"));
        CY_TRY(const QByteArray by, r.bytes(u"by"));
        CY_TRY(e.authorizedBy, crypto::PublicKey::fromBytes(by));
        CY_TRY(e.authorizedAt, r.uint(u"at"));
        CY_TRY(e.expires, r.uint(u"expires"));
        CY_TRY(const QString state, r.text(u"state"));
        if (state == codeStateName(CodeState::Open)) {
            e.state = CodeState::Open;
        } else if (state == codeStateName(CodeState::Used)) {
            e.state = CodeState::Used;
        } else if (state == codeStateName(CodeState::Cancelled)) {
            e.state = CodeState::Cancelled;
        } else {
            return fail(ErrorCode::Integrity, QStringLiteral("enrollment: unknown state '%1'").arg(state));
        }
        if (e.state != CodeState::Open) {
            CY_TRY(e.changedAt, r.uint(u"changed-at"));
        }
        if (r.has(u"used-by")) {
            CY_TRY(const QByteArray used, r.bytes(u"used-by"));
            CY_TRY(e.usedBy, crypto::PublicKey::fromBytes(used));
        }
        if ((e.state == CodeState::Used) != e.usedBy.has_value()) {
            return fail(ErrorCode::Integrity, QStringLiteral("enrollment: 'used-by' must be present exactly when the code is used"));
        }
        return e;
    }
};

cbor::Value deviceToCbor(const DeviceRecord &d)
{
    cbor::Map map{
        {cbor::Value::fromText(QStringLiteral("label")), cbor::Value::fromText(d.label)},
        {cbor::Value::fromText(QStringLiteral("role")), cbor::Value::fromText(d.role)},
        {cbor::Value::fromText(QStringLiteral("code-hash")), cbor::Value::fromBytes(d.codeHash)},
        {cbor::Value::fromText(QStringLiteral("authorized-by")), cbor::Value::fromBytes(d.authorizedBy.toByteArray())},
        {cbor::Value::fromText(QStringLiteral("enrolled-at")), cbor::Value::fromUnsigned(d.enrolledAt)},
    };
    if (d.revokedAt) {
        map.emplace_back(cbor::Value::fromText(QStringLiteral("revoked-at")), cbor::Value::fromUnsigned(*d.revokedAt));
        map.emplace_back(cbor::Value::fromText(QStringLiteral("reason")), cbor::Value::fromText(d.revokeReason));
    }
    return cbor::Value::fromMap(std::move(map));
}

struct DeviceCodec {
    static Result<DeviceRecord> fromCbor(const cbor::Value &value)
    {
        CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("device")));
        CY_CHECK(r.allowOnly({u"label", u"role", u"code-hash", u"authorized-by", u"enrolled-at", u"revoked-at", u"reason"}));
        DeviceRecord d;
        CY_TRY(d.label, r.text(u"label"));
        CY_TRY(d.role, r.text(u"role"));
        CY_TRY(d.codeHash, r.bytes(u"code-hash", crypto::kDigestSize));
        CY_TRY(const QByteArray by, r.bytes(u"authorized-by"));
        CY_TRY(d.authorizedBy, crypto::PublicKey::fromBytes(by));
        CY_TRY(d.enrolledAt, r.uint(u"enrolled-at"));
        if (r.has(u"revoked-at")) {
            CY_TRY(d.revokedAt, r.uint(u"revoked-at"));
            CY_TRY(d.revokeReason, r.text(u"reason"));
        }
        return d;
    }
};

Outcome<QByteArray> codeHashField(const cbor::Record &record)
{
    auto hash = record.bytes(u"code-hash");
    if (!hash) {
        return badPayload(hash.error());
    }
    if (hash->size() != crypto::kDigestSize) {
        return reject("bad-payload", tr("'code-hash' is the SHA-256 of the enrollment code: %1 bytes").arg(crypto::kDigestSize));
    }
    return *hash;
}

// Text of 1 to maximum characters without control characters (a label or a reason shown on screens).
Outcome<QString> shortTextField(const cbor::Record &record, QStringView field, qsizetype maximum, const char *code)
{
    OUTCOME_TRY(QString text, textField(record, field));
    const bool control = std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (text.trimmed().isEmpty() || text.size() > maximum || control) {
        return reject(code, tr("'%1' must be 1 to %2 characters of plain text").arg(field.toString()).arg(maximum));
    }
    return text;
}

Outcome<std::optional<Enrollment>> readEnrollment(const state::StateView &state, const QByteArray &codeHash)
{
    return readRecord<Enrollment>(state, enrollmentKey(codeHash));
}

// --- contracts ----------------------------------------------------------------------------------

class AuthorizeContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("device.authorize"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(auto payload, payloadRecord(context, {u"code-hash", u"role", u"label", u"expires"}));
        OUTCOME_TRY(const QByteArray hash, codeHashField(payload));
        OUTCOME_TRY(const QString role, textField(payload, u"role"));
        OUTCOME_TRY(const QString label, shortTextField(payload, u"label", kMaxDeviceLabelLength, "invalid-label"));
        auto expires = payload.uint(u"expires");
        if (!expires) {
            return badPayload(expires.error());
        }
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
        if (role != latin1(kRoleKiosk)) {
            return reject("role-needs-committee",
                          tr("a manager enrolls kiosks only; the role '%1' is granted by the committee (governance grant)").arg(role));
        }
        if (*expires <= context.blockTimeMs) {
            return reject("already-expired", tr("the code would expire at %1, before this block (%2)")
                                                 .arg(isoTime(*expires), isoTime(context.blockTimeMs)));
        }
        if (*expires - context.blockTimeMs > kMaxEnrollmentValidityMs) {
            return reject("expiry-too-far", tr("an enrollment code is valid for at most 7 days; %1 is later").arg(isoTime(*expires)));
        }
        OUTCOME_TRY(const auto existing, readEnrollment(context.state, hash));
        if (existing) {
            return reject("duplicate-code", tr("this enrollment code was authorized before (%1): make a new code").arg(existing->label));
        }
        Enrollment e;
        e.role = role;
        e.label = label;
        e.authorizedBy = context.tx.body().author;
        e.authorizedAt = context.blockTimeMs;
        e.expires = *expires;
        Effects effects;
        effects.delta.put(enrollmentKey(hash), e.toCbor());
        return effects;
    }
};

class EnrollContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("device.enroll"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(auto payload, payloadRecord(context, {u"code"}));
        OUTCOME_TRY(const QString code, textField(payload, u"code"));
        const auto canonical = normalizeEnrollmentCode(code);
        if (!canonical || *canonical != code) {
            return reject("bad-enrollment-code",
                          tr("an enrollment code is %1 letters and digits in canonical form, like %2")
                              .arg(kEnrollmentCodeLength)
                              .arg(QStringLiteral("7K3QX9MDR2TWH4NB")));
        }
        const QByteArray hash = enrollmentCodeHash(context.genesis.communityId, code);
        OUTCOME_TRY(auto enrollment, readEnrollment(context.state, hash));
        if (!enrollment) {
            return reject("bad-enrollment-code",
                          tr("no manager authorized this enrollment code in this community: check it, or ask a manager for a new one"));
        }
        switch (enrollment->state) {
        case CodeState::Open:
            break;
        case CodeState::Used:
            return reject("enrollment-code-used",
                          tr("this enrollment code was used at %1 by another device: ask a manager for a new one").arg(isoTime(enrollment->changedAt)));
        case CodeState::Cancelled:
            return reject("enrollment-code-cancelled",
                          tr("a manager cancelled this enrollment code at %1: ask a manager for a new one").arg(isoTime(enrollment->changedAt)));
        }
        if (context.blockTimeMs > enrollment->expires) {
            return reject("enrollment-code-expired",
                          tr("this enrollment code expired at %1: ask a manager for a new one").arg(isoTime(enrollment->expires)));
        }
        const crypto::PublicKey &key = context.tx.body().author;
        if (key == context.genesis.sealer) {
            return reject("sealer-key", tr("the server's sealing key cannot hold other roles"));
        }
        OUTCOME_TRY(const auto device, readDevice(context.state, key));
        if (device && device->revokedAt) {
            return reject("device-revoked", tr("this key was revoked at %1 and cannot be enrolled again: make a new key")
                                                .arg(isoTime(*device->revokedAt)));
        }
        OUTCOME_TRY(auto held, readRoleRecord(context.state, key));
        if (!held.since.empty()) {
            return reject("already-enrolled", tr("this key already holds a role in the community; a new device needs a new key"));
        }
        held.since.emplace(enrollment->role, context.blockTimeMs);

        DeviceRecord record;
        record.label = enrollment->label;
        record.role = enrollment->role;
        record.codeHash = hash;
        record.authorizedBy = enrollment->authorizedBy;
        record.enrolledAt = context.blockTimeMs;
        enrollment->state = CodeState::Used;
        enrollment->usedBy = key;
        enrollment->changedAt = context.blockTimeMs;

        Effects effects;
        writeRoleRecord(effects.delta, key, held);
        effects.delta.put(deviceKey(key), deviceToCbor(record));
        effects.delta.put(enrollmentKey(hash), enrollment->toCbor());
        return effects;
    }
};

class CancelCodeContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("device.cancel-code"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(auto payload, payloadRecord(context, {u"code-hash"}));
        OUTCOME_TRY(const QByteArray hash, codeHashField(payload));
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
        OUTCOME_TRY(auto enrollment, readEnrollment(context.state, hash));
        if (!enrollment) {
            return reject("unknown-code", tr("no enrollment code with this hash was authorized"));
        }
        if (enrollment->state == CodeState::Used) {
            return reject("enrollment-code-used", tr("the code was already used; revoke the device instead (device revoke)"));
        }
        if (enrollment->state == CodeState::Cancelled) {
            return reject("enrollment-code-cancelled", tr("the code was already cancelled"));
        }
        enrollment->state = CodeState::Cancelled;
        enrollment->changedAt = context.blockTimeMs;
        Effects effects;
        effects.delta.put(enrollmentKey(hash), enrollment->toCbor());
        return effects;
    }
};

class RevokeDeviceContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("device.revoke"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(auto payload, payloadRecord(context, {u"key", u"reason"}));
        OUTCOME_TRY(const crypto::PublicKey key, keyField(payload, u"key"));
        OUTCOME_TRY(const QString reason, shortTextField(payload, u"reason", kMaxRevokeReasonLength, "invalid-reason"));
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
        OUTCOME_TRY(auto device, readDevice(context.state, key));
        if (!device) {
            return reject("not-a-device", tr("key %1 was not enrolled with a code; the committee revokes other keys (governance revoke)")
                                              .arg(key.toHex()));
        }
        if (device->revokedAt) {
            return reject("already-revoked", tr("the device '%1' was already revoked at %2").arg(device->label, isoTime(*device->revokedAt)));
        }
        OUTCOME_TRY(auto held, readRoleRecord(context.state, key));
        held.since.erase(device->role); // the committee may have revoked the role already
        device->revokedAt = context.blockTimeMs;
        device->revokeReason = reason;
        Effects effects;
        writeRoleRecord(effects.delta, key, held);
        effects.delta.put(deviceKey(key), deviceToCbor(*device));
        return effects;
    }
};

} // namespace

QByteArray enrollmentKey(const QByteArray &codeHash)
{
    return QByteArrayLiteral("enrollment/") + toHex(codeHash).toLatin1();
}

QByteArray deviceKey(const crypto::PublicKey &key)
{
    return QByteArrayLiteral("device/") + key.toHex().toLatin1();
}

std::optional<QString> normalizeEnrollmentCode(QStringView typed)
{
    const QLatin1StringView alphabet(kEnrollmentCodeAlphabet);
    QString code;
    for (QChar c : typed) {
        if (c == u'-' || c == u' ') {
            continue;
        }
        c = c.toUpper();
        if (c == u'O') {
            c = u'0';
        } else if (c == u'I' || c == u'L') {
            c = u'1';
        }
        if (c.unicode() > 0x7f || !alphabet.contains(c)) {
            return std::nullopt;
        }
        code.append(c);
    }
    if (code.size() != kEnrollmentCodeLength) {
        return std::nullopt;
    }
    return code;
}

QString formatEnrollmentCode(const QString &canonical)
{
    QStringList groups;
    for (qsizetype i = 0; i < canonical.size(); i += 4) {
        groups.append(canonical.mid(i, 4));
    }
    return groups.join(u'-');
}

QByteArray enrollmentCodeHash(const QByteArray &communityId, const QString &canonical)
{
    QByteArray message = QByteArrayLiteral("courtyard/enrollment-code/v1");
    message.append('\0');
    message.append(communityId);
    message.append(canonical.toLatin1());
    return crypto::toByteArray(crypto::sha256(message));
}

Outcome<std::optional<DeviceRecord>> readDevice(const state::StateView &state, const crypto::PublicKey &key)
{
    return readRecord<DeviceRecord, DeviceCodec>(state, deviceKey(key));
}

void addDeviceContracts(Registry &registry)
{
    registry.add(std::make_unique<AuthorizeContract>());
    registry.add(std::make_unique<EnrollContract>());
    registry.add(std::make_unique<CancelCodeContract>());
    registry.add(std::make_unique<RevokeDeviceContract>());
}

} // namespace courtyard::contracts
