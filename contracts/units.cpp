#include "contracts/units.h"

#include "contracts/governance.h"
#include "contracts/internal.h"
#include "core/base/hex.h"

#include <QCoreApplication>

#include <algorithm>

namespace courtyard::contracts {

namespace {

bool isZero(const QByteArray &bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == 0; });
}

bool isAsciiAlnum(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// --- payload fields -----------------------------------------------------------------------------

Outcome<quint64> uintField(const cbor::Record &record, QStringView field)
{
    auto value = record.uint(field);
    if (!value) {
        return badPayload(value.error());
    }
    return *value;
}

Outcome<QString> unitField(const cbor::Record &record, QStringView field)
{
    OUTCOME_TRY(QString number, textField(record, field));
    if (!isValidUnitNumber(number)) {
        return reject("invalid-unit-number",
                      tr("'%1' is not a unit number: use 1 to %2 letters, digits and inner dashes, like 12-0301")
                          .arg(number)
                          .arg(kMaxUnitNumberLength));
    }
    return number;
}

Outcome<QByteArray> residentField(const cbor::Record &record, QStringView field)
{
    auto id = record.bytes(field);
    if (!id) {
        return badPayload(id.error());
    }
    if (id->size() != kResidentIdSize || isZero(*id)) {
        return reject("invalid-resident-id", tr("a resident id is %1 random bytes").arg(kResidentIdSize));
    }
    return *id;
}

Outcome<quint64> areaField(const cbor::Record &record)
{
    OUTCOME_TRY(const quint64 area, uintField(record, u"area"));
    if (area == 0 || area > kMaxUnitArea) {
        return reject("invalid-area", tr("the floor area must be between 0.01 and %1.00 m² (in hundredths of m²)")
                                          .arg(kMaxUnitArea / 100));
    }
    return area;
}

Outcome<quint64> shareField(const cbor::Record &record)
{
    OUTCOME_TRY(const quint64 share, uintField(record, u"share"));
    if (share == 0 || share > kTotalShareBasisPoints) {
        return reject("invalid-share", tr("the share of common costs must be between 1 and %1 basis points")
                                           .arg(kTotalShareBasisPoints));
    }
    return share;
}

// --- state records ------------------------------------------------------------------------------


struct Unit {
    quint64 area = 0;
    quint64 share = 0;

    cbor::Value toCbor() const
    {
        return cbor::Value::fromMap({
            {QStringLiteral("area"), cbor::Value::fromUnsigned(area)},
            {QStringLiteral("share"), cbor::Value::fromUnsigned(share)},
        });
    }

    static Result<Unit> fromCbor(const cbor::Value &value)
    {
        CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("unit")));
        Unit unit;
        CY_TRY(unit.area, r.uint(u"area"));
        CY_TRY(unit.share, r.uint(u"share"));
        return unit;
    }
};


Outcome<std::optional<Unit>> readUnit(const state::StateView &state, const QString &number)
{
    return readRecord<Unit>(state, unitKey(number));
}

Outcome<Unit> requireUnit(const state::StateView &state, const QString &number)
{
    OUTCOME_TRY(const auto unit, readUnit(state, number));
    if (!unit) {
        return reject("unknown-unit", tr("there is no unit %1").arg(number));
    }
    return *unit;
}

// The shares of every unit but `except`, added up.
Outcome<quint64> otherShares(const state::StateView &state, const QString &except)
{
    const QByteArray skip = unitKey(except);
    quint64 total = 0;
    std::optional<Error> problem;
    auto scanned = state.scan(QByteArrayView("unit/"), [&](const state::Key &key, const cbor::Value &value) {
        if (key == skip) {
            return true;
        }
        auto unit = Unit::fromCbor(value);
        if (!unit) {
            problem = unit.error().prefixed(QString::fromUtf8(key));
            return false;
        }
        total += std::min(unit->share, kTotalShareBasisPoints);
        return true;
    });
    if (!scanned) {
        return stateError(scanned.error());
    }
    if (problem) {
        return stateError(*problem);
    }
    return total;
}

Outcome<void> checkShares(const state::StateView &state, const QString &number, quint64 share)
{
    OUTCOME_TRY(const quint64 others, otherShares(state, number));
    if (others + share > kTotalShareBasisPoints) {
        return reject("shares-exceed-total",
                      tr("the units' shares of common costs would add up to %1 basis points, more than %2")
                          .arg(others + share)
                          .arg(kTotalShareBasisPoints));
    }
    return {};
}

struct Resident {
    QStringList units; // sorted
    quint64 since = 0;

    cbor::Value toCbor() const
    {
        cbor::Array list;
        for (const QString &u : units) {
            list.push_back(cbor::Value::fromText(u));
        }
        return cbor::Value::fromMap({
            {QStringLiteral("units"), cbor::Value::fromArray(std::move(list))},
            {QStringLiteral("since"), cbor::Value::fromUnsigned(since)},
        });
    }

    static Result<Resident> fromCbor(const cbor::Value &value)
    {
        CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("resident")));
        Resident resident;
        CY_TRY(resident.since, r.uint(u"since"));
        CY_TRY(const cbor::Array *units, r.array(u"units"));
        for (const cbor::Value &u : *units) {
            if (!u.isText()) {
                return fail(ErrorCode::Integrity, QStringLiteral("resident: a unit is not text"));
            }
            resident.units.append(u.asText());
        }
        return resident;
    }
};

Outcome<std::optional<Resident>> readResident(const state::StateView &state, const QByteArray &id)
{
    return readRecord<Resident>(state, residentKey(id));
}

Outcome<Resident> requireResident(const state::StateView &state, const QByteArray &id)
{
    OUTCOME_TRY(const auto resident, readResident(state, id));
    if (!resident) {
        return reject("unknown-resident", tr("there is no resident %1").arg(toHex(id)));
    }
    return *resident;
}

cbor::Value occupancyValue(quint64 since)
{
    return cbor::Value::fromMap({{QStringLiteral("since"), cbor::Value::fromUnsigned(since)}});
}

struct Card {
    QByteArray cardHash;
    QString pinHash;
    quint64 failures = 0;
    quint64 lockedUntil = 0; // block time in ms; 0 when never locked

    cbor::Value toCbor() const
    {
        return cbor::Value::fromMap({
            {QStringLiteral("card"), cbor::Value::fromBytes(cardHash)},
            {QStringLiteral("pin"), cbor::Value::fromText(pinHash)},
            {QStringLiteral("failures"), cbor::Value::fromUnsigned(failures)},
            {QStringLiteral("locked-until"), cbor::Value::fromUnsigned(lockedUntil)},
        });
    }

    static Result<Card> fromCbor(const cbor::Value &value)
    {
        CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("card")));
        Card card;
        CY_TRY(card.cardHash, r.bytes(u"card", kCardHashSize));
        CY_TRY(card.pinHash, r.text(u"pin"));
        CY_TRY(card.failures, r.uint(u"failures"));
        CY_TRY(card.lockedUntil, r.uint(u"locked-until"));
        return card;
    }
};

Outcome<std::optional<Card>> readCard(const state::StateView &state, const QByteArray &residentId)
{
    return readRecord<Card>(state, cardKey(residentId));
}

Outcome<Card> requireCard(const state::StateView &state, const QByteArray &residentId)
{
    OUTCOME_TRY(const auto card, readCard(state, residentId));
    if (!card) {
        return reject("no-card", tr("resident %1 has no card enrolled").arg(toHex(residentId)));
    }
    return *card;
}

Outcome<void> requireUnlocked(const Card &card, quint64 blockTimeMs)
{
    if (blockTimeMs < card.lockedUntil) {
        const int minutes = int((card.lockedUntil - blockTimeMs + 59'999) / 60'000);
        return reject("card-locked", QCoreApplication::translate("courtyard::contracts",
                                                                 "this card is locked after too many wrong PINs; "
                                                                 "try again in %n minute(s)",
                                                                 nullptr, minutes));
    }
    return {};
}

// --- units --------------------------------------------------------------------------------------

class UnitRegisterContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("unit.register"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"number", u"area", u"share"}));
        OUTCOME_TRY(const QString number, unitField(payload, u"number"));
        OUTCOME_TRY(const quint64 area, areaField(payload));
        OUTCOME_TRY(const quint64 share, shareField(payload));
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
        OUTCOME_TRY(const auto existing, readUnit(context.state, number));
        if (existing) {
            return reject("unit-exists", tr("unit %1 is already registered").arg(number));
        }
        OUTCOME_CHECK(checkShares(context.state, number, share));
        Effects effects;
        effects.delta.put(unitKey(number), Unit{area, share}.toCbor());
        return effects;
    }
};

class UnitUpdateContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("unit.update"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"number", u"area", u"share"}));
        OUTCOME_TRY(const QString number, unitField(payload, u"number"));
        std::optional<quint64> area;
        std::optional<quint64> share;
        if (payload.has(u"area")) {
            OUTCOME_TRY(area, areaField(payload));
        }
        if (payload.has(u"share")) {
            OUTCOME_TRY(share, shareField(payload));
        }
        if (!area && !share) {
            return reject("nothing-to-change", tr("give the unit's new area, its new share of common costs or both"));
        }
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
        OUTCOME_TRY(Unit unit, requireUnit(context.state, number));
        if (area) {
            unit.area = *area;
        }
        if (share) {
            OUTCOME_CHECK(checkShares(context.state, number, *share));
            unit.share = *share;
        }
        Effects effects;
        effects.delta.put(unitKey(number), unit.toCbor());
        return effects;
    }
};

// --- residents ----------------------------------------------------------------------------------

class ResidentRegisterContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("resident.register"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"resident", u"unit"}));
        OUTCOME_TRY(const QByteArray id, residentField(payload, u"resident"));
        OUTCOME_TRY(const QString number, unitField(payload, u"unit"));
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
        OUTCOME_TRY(const auto existing, readResident(context.state, id));
        if (existing) {
            return reject("resident-exists", tr("resident %1 is already registered").arg(toHex(id)));
        }
        OUTCOME_CHECK(requireUnit(context.state, number));
        Effects effects;
        effects.delta.put(residentKey(id), Resident{{number}, context.blockTimeMs}.toCbor());
        effects.delta.put(occupancyKey(number, id), occupancyValue(context.blockTimeMs));
        return effects;
    }
};

class ResidentLinkContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("resident.link"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"resident", u"unit"}));
        OUTCOME_TRY(const QByteArray id, residentField(payload, u"resident"));
        OUTCOME_TRY(const QString number, unitField(payload, u"unit"));
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
        OUTCOME_TRY(Resident resident, requireResident(context.state, id));
        OUTCOME_CHECK(requireUnit(context.state, number));
        if (resident.units.contains(number)) {
            return reject("already-linked", tr("resident %1 already lives in unit %2").arg(toHex(id), number));
        }
        if (resident.units.size() >= kMaxUnitsPerResident) {
            return reject("too-many-units", tr("a resident can be linked to at most %1 units").arg(kMaxUnitsPerResident));
        }
        resident.units.append(number);
        resident.units.sort();
        Effects effects;
        effects.delta.put(residentKey(id), resident.toCbor());
        effects.delta.put(occupancyKey(number, id), occupancyValue(context.blockTimeMs));
        return effects;
    }
};

class ResidentMoveOutContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("resident.move-out"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"resident", u"unit"}));
        OUTCOME_TRY(const QByteArray id, residentField(payload, u"resident"));
        OUTCOME_TRY(const QString number, unitField(payload, u"unit"));
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
        OUTCOME_TRY(Resident resident, requireResident(context.state, id));
        if (!resident.units.contains(number)) {
            return reject("not-linked", tr("resident %1 does not live in unit %2").arg(toHex(id), number));
        }
        resident.units.removeAll(number);
        Effects effects;
        effects.delta.put(residentKey(id), resident.toCbor());
        effects.delta.remove(occupancyKey(number, id));
        if (resident.units.isEmpty()) {
            // Someone who lives here no more cannot identify at the kiosk.
            OUTCOME_TRY(const auto card, readCard(context.state, id));
            if (card) {
                effects.delta.remove(cardKey(id));
                effects.delta.remove(cardIdKey(card->cardHash));
            }
        }
        return effects;
    }
};

class EnrollCardContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("resident.enroll-card"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"resident", u"card", u"pin"}));
        OUTCOME_TRY(const QByteArray id, residentField(payload, u"resident"));
        auto cardHash = payload.bytes(u"card");
        if (!cardHash) {
            return badPayload(cardHash.error());
        }
        if (cardHash->size() != kCardHashSize || isZero(*cardHash)) {
            return reject("invalid-card", tr("a card is enrolled as the SHA-256 of its id (%1 bytes), never its number")
                                              .arg(kCardHashSize));
        }
        OUTCOME_TRY(const QString pin, textField(payload, u"pin"));
        if (!pin.isEmpty() && pin.size() <= 12 &&
            std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); })) {
            return reject("clear-pin", tr("a PIN is never stored in clear: enroll its Argon2id hash"));
        }
        if (!isArgon2idString(pin)) {
            return reject("invalid-pin-hash", tr("the PIN must be given as a libsodium Argon2id hash ($argon2id$...)"));
        }
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
        OUTCOME_TRY(const Resident resident, requireResident(context.state, id));
        if (resident.units.isEmpty()) {
            return reject("moved-out", tr("resident %1 no longer lives in any unit").arg(toHex(id)));
        }
        OUTCOME_TRY(const auto holder, getValue(context.state, cardIdKey(*cardHash)));
        if (holder) {
            const cbor::Value *owner = holder->find(u"resident");
            if (!owner || !owner->isBytes() || owner->asBytes() != id) {
                return reject("card-in-use", tr("this card is enrolled for another resident"));
            }
        }
        OUTCOME_TRY(const auto previous, readCard(context.state, id));
        Effects effects;
        if (previous && previous->cardHash != *cardHash) {
            effects.delta.remove(cardIdKey(previous->cardHash));
        }
        // A new enrollment (a new card or a PIN reset at the office) clears failures and locks.
        effects.delta.put(cardKey(id), Card{*cardHash, pin, 0, 0}.toCbor());
        effects.delta.put(cardIdKey(*cardHash), cbor::Value::fromMap({{QStringLiteral("resident"), cbor::Value::fromBytes(id)}}));
        return effects;
    }
};

class PinFailureContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("resident.record-pin-failure"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"resident"}));
        OUTCOME_TRY(const QByteArray id, residentField(payload, u"resident"));
        OUTCOME_CHECK(requireAuthorRole(context, kRoleKiosk));
        OUTCOME_TRY(Card card, requireCard(context.state, id));
        OUTCOME_CHECK(requireUnlocked(card, context.blockTimeMs));
        card.failures += 1;
        if (card.failures >= kMaxPinFailures) {
            card.failures = 0;
            card.lockedUntil = context.blockTimeMs + kPinLockMs;
        }
        Effects effects;
        effects.delta.put(cardKey(id), card.toCbor());
        return effects;
    }
};

class PinSuccessContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("resident.record-pin-success"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"resident"}));
        OUTCOME_TRY(const QByteArray id, residentField(payload, u"resident"));
        OUTCOME_CHECK(requireAuthorRole(context, kRoleKiosk));
        OUTCOME_TRY(Card card, requireCard(context.state, id));
        OUTCOME_CHECK(requireUnlocked(card, context.blockTimeMs));
        card.failures = 0;
        Effects effects;
        effects.delta.put(cardKey(id), card.toCbor());
        return effects;
    }
};

} // namespace

QByteArray unitKey(const QString &number)
{
    return QByteArrayLiteral("unit/") + number.toUtf8();
}

QByteArray residentKey(const QByteArray &residentId)
{
    return QByteArrayLiteral("resident/") + toHex(residentId).toLatin1();
}

QByteArray occupancyKey(const QString &unit, const QByteArray &residentId)
{
    return QByteArrayLiteral("occupancy/") + unit.toUtf8() + '/' + toHex(residentId).toLatin1();
}

QByteArray cardKey(const QByteArray &residentId)
{
    return QByteArrayLiteral("card/") + toHex(residentId).toLatin1();
}

QByteArray cardIdKey(const QByteArray &cardHash)
{
    return QByteArrayLiteral("card-id/") + toHex(cardHash).toLatin1();
}

bool isValidUnitNumber(QStringView number)
{
    if (number.isEmpty() || number.size() > kMaxUnitNumberLength || !isAsciiAlnum(number.front()) ||
        !isAsciiAlnum(number.back())) {
        return false;
    }
    return std::all_of(number.begin(), number.end(), [](QChar c) { return isAsciiAlnum(c) || c == QLatin1Char('-'); });
}

bool isArgon2idString(QStringView text)
{
    if (text.size() > kMaxPinHashLength || !text.startsWith(QLatin1String("$argon2id$"))) {
        return false;
    }
    // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
    const QList<QStringView> parts = text.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts[2] != QLatin1String("v=19") || !parts[3].startsWith(QLatin1String("m=")) ||
        parts[4].isEmpty() || parts[5].isEmpty()) {
        return false;
    }
    const auto isParameterChar = [](QChar c) {
        return isAsciiAlnum(c) || c == QLatin1Char('=') || c == QLatin1Char(',');
    };
    const auto isBase64Char = [](QChar c) { return isAsciiAlnum(c) || c == QLatin1Char('+') || c == QLatin1Char('/'); };
    return std::all_of(parts[3].begin(), parts[3].end(), isParameterChar) &&
           std::all_of(parts[4].begin(), parts[4].end(), isBase64Char) &&
           std::all_of(parts[5].begin(), parts[5].end(), isBase64Char);
}

void addUnitContracts(Registry &registry)
{
    registry.add(std::make_unique<UnitRegisterContract>());
    registry.add(std::make_unique<UnitUpdateContract>());
    registry.add(std::make_unique<ResidentRegisterContract>());
    registry.add(std::make_unique<ResidentLinkContract>());
    registry.add(std::make_unique<ResidentMoveOutContract>());
    registry.add(std::make_unique<EnrollCardContract>());
    registry.add(std::make_unique<PinFailureContract>());
    registry.add(std::make_unique<PinSuccessContract>());
}

} // namespace courtyard::contracts
