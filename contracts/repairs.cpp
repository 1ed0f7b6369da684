#include "contracts/repairs.h"

#include "contracts/expenses.h"
#include "contracts/governance.h"
#include "contracts/internal.h"
#include "contracts/units.h"
#include "core/base/hex.h"

#include <QCoreApplication>

#include <algorithm>

namespace courtyard::contracts {

namespace {

// Statuses, in the order a repair normally goes through them.
const QString kRequested = QStringLiteral("requested");
const QString kQuoted = QStringLiteral("quoted");
const QString kApproved = QStringLiteral("approved");
const QString kRejected = QStringLiteral("rejected");
const QString kStarted = QStringLiteral("started");
const QString kCompleted = QStringLiteral("completed");
const QString kConfirmed = QStringLiteral("confirmed");
// Events that do not change the status.
const QString kQuoteRevised = QStringLiteral("quote-revised");
const QString kReapproved = QStringLiteral("re-approved");
const QString kPaid = QStringLiteral("paid");

bool isZero(const QByteArray &bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == 0; });
}

tl::unexpected<Rejection> damaged(const QByteArray &key, const Error &error)
{
    return stateError(error.prefixed(QString::fromUtf8(key)));
}

struct Quote {
    QString vendor;
    qint64 amount = 0;
    QByteArray document;

    friend bool operator==(const Quote &, const Quote &) = default;

    cbor::Value toCbor() const
    {
        return cbor::Value::fromMap({
            {QStringLiteral("vendor"), cbor::Value::fromText(vendor)},
            {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
            {QStringLiteral("document"), cbor::Value::fromBytes(document)},
        });
    }

    static Result<Quote> fromCbor(const cbor::Value &value)
    {
        CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("quote")));
        Quote quote;
        CY_TRY(quote.vendor, r.text(u"vendor"));
        CY_TRY(quote.amount, r.int64(u"amount"));
        CY_TRY(quote.document, r.bytes(u"document", kSpendingDocumentSize));
        return quote;
    }
};

// The state record "repair/<id>". The optional fields are absent until their step happened.
struct Repair {
    QString unit;         // empty: the common property (manager's requests only)
    QByteArray resident;  // empty: filed by the manager for nobody in particular
    QString category;
    QString location;     // empty: not said (every version 1 request; absent from the record)
    QString description;
    QString urgency;
    QString status;
    cbor::Array events;   // {"status", "at", "by" (key hex)[, "resident"]}
    std::optional<Quote> quote;
    std::optional<Quote> approved;
    QString reason;       // why it was rejected
    std::optional<cbor::Value> paid; // {"amount", "invoice", "at"}

    cbor::Value toCbor() const
    {
        cbor::Map m;
        const auto add = [&](const char *key, cbor::Value v) { m.emplace_back(cbor::Value::fromText(latin1(key)), std::move(v)); };
        if (!unit.isEmpty()) {
            add("unit", cbor::Value::fromText(unit));
        }
        if (!resident.isEmpty()) {
            add("resident", cbor::Value::fromBytes(resident));
        }
        add("category", cbor::Value::fromText(category));
        // Only when said: a version 1 request's record stays byte for byte what it always was, so
        // the ledgers that hold them replay to the state roots their blocks were sealed with.
        if (!location.isEmpty()) {
            add("location", cbor::Value::fromText(location));
        }
        add("description", cbor::Value::fromText(description));
        add("urgency", cbor::Value::fromText(urgency));
        add("status", cbor::Value::fromText(status));
        add("events", cbor::Value::fromArray(events));
        if (quote) {
            add("quote", quote->toCbor());
        }
        if (approved) {
            add("approved", approved->toCbor());
        }
        if (!reason.isEmpty()) {
            add("reason", cbor::Value::fromText(reason));
        }
        if (paid) {
            add("paid", *paid);
        }
        return cbor::Value::fromMap(std::move(m));
    }

    static Result<Repair> fromCbor(const cbor::Value &value)
    {
        CY_TRY(const cbor::Record r, cbor::Record::from(value, QStringLiteral("repair")));
        Repair repair;
        if (r.has(u"unit")) {
            CY_TRY(repair.unit, r.text(u"unit"));
        }
        if (r.has(u"resident")) {
            CY_TRY(repair.resident, r.bytes(u"resident", kResidentIdSize));
        }
        CY_TRY(repair.category, r.text(u"category"));
        if (r.has(u"location")) {
            CY_TRY(repair.location, r.text(u"location"));
        }
        CY_TRY(repair.description, r.text(u"description"));
        CY_TRY(repair.urgency, r.text(u"urgency"));
        CY_TRY(repair.status, r.text(u"status"));
        CY_TRY(const cbor::Array *events, r.array(u"events"));
        repair.events = *events;
        if (r.has(u"quote")) {
            CY_TRY(const cbor::Value *q, r.value(u"quote"));
            CY_TRY(repair.quote, Quote::fromCbor(*q));
        }
        if (r.has(u"approved")) {
            CY_TRY(const cbor::Value *a, r.value(u"approved"));
            CY_TRY(repair.approved, Quote::fromCbor(*a));
        }
        if (r.has(u"reason")) {
            CY_TRY(repair.reason, r.text(u"reason"));
        }
        if (r.has(u"paid")) {
            CY_TRY(const cbor::Value *p, r.value(u"paid"));
            repair.paid = *p;
        }
        return repair;
    }
};

Outcome<std::optional<Repair>> readRepair(const state::StateView &state, const QByteArray &id)
{
    const QByteArray key = repairKey(id);
    auto stored = state.get(key);
    if (!stored) {
        return stateError(stored.error());
    }
    if (!*stored) {
        return std::optional<Repair>();
    }
    auto repair = Repair::fromCbor(**stored);
    if (!repair) {
        return damaged(key, repair.error());
    }
    return std::optional<Repair>(std::move(*repair));
}

Outcome<Repair> requireRepair(const state::StateView &state, const QByteArray &id)
{
    OUTCOME_TRY(auto repair, readRepair(state, id));
    if (!repair) {
        return reject("unknown-repair", tr("there is no repair request %1").arg(toHex(id)));
    }
    return std::move(*repair);
}

// Appends an event (and sets the status when the event is a status) and writes the record.
Outcome<Effects> writeEvent(const Context &context, const QByteArray &id, Repair repair, const QString &event,
                            bool changesStatus, const QByteArray &resident = {})
{
    if (repair.events.size() >= std::size_t(kMaxRepairEvents)) {
        return reject("too-many-changes", tr("this repair request has changed too often; file a new one"));
    }
    cbor::Map entry{
        {cbor::Value::fromText(QStringLiteral("status")), cbor::Value::fromText(event)},
        {cbor::Value::fromText(QStringLiteral("at")), cbor::Value::fromUnsigned(context.blockTimeMs)},
        {cbor::Value::fromText(QStringLiteral("by")), cbor::Value::fromText(context.tx.body().author.toHex())},
    };
    if (!resident.isEmpty()) {
        entry.emplace_back(cbor::Value::fromText(QStringLiteral("resident")), cbor::Value::fromBytes(resident));
    }
    repair.events.push_back(cbor::Value::fromMap(std::move(entry)));
    if (changesStatus) {
        repair.status = event;
    }
    Effects effects;
    effects.delta.put(repairKey(id), repair.toCbor());
    return effects;
}

tl::unexpected<Rejection> wrongStatus(const Repair &repair, const QString &wanted)
{
    return reject("wrong-status", tr("this repair is %1; this step needs it %2").arg(repair.status, wanted));
}

// --- payload fields -----------------------------------------------------------------------------

Outcome<QByteArray> repairIdField(const cbor::Record &record)
{
    auto id = record.bytes(u"id");
    if (!id) {
        return badPayload(id.error());
    }
    if (id->size() != kRepairIdSize || isZero(*id)) {
        return reject("invalid-repair-id", tr("a repair id is %1 random bytes").arg(kRepairIdSize));
    }
    return *id;
}

Outcome<QByteArray> residentIdField(const cbor::Record &record)
{
    auto id = record.bytes(u"resident");
    if (!id) {
        return badPayload(id.error());
    }
    if (id->size() != kResidentIdSize || isZero(*id)) {
        return reject("invalid-resident-id", tr("a resident id is %1 random bytes").arg(kResidentIdSize));
    }
    return *id;
}

Outcome<bool> authorHas(const Context &context, const char *role)
{
    OUTCOME_TRY(const QStringList roles, rolesOf(context.state, context.tx.body().author));
    return roles.contains(latin1(role));
}

// "not-linked" unless the resident lives in the unit now.
Outcome<void> requireLinked(const Context &context, const QString &unit, const QByteArray &resident)
{
    auto stored = context.state.get(occupancyKey(unit, resident));
    if (!stored) {
        return stateError(stored.error());
    }
    if (!*stored) {
        return reject("not-linked", tr("resident %1 does not live in unit %2").arg(toHex(resident), unit));
    }
    return {};
}

// --- contracts ----------------------------------------------------------------------------------

// repair.request: version 1 as it always was; version 2 also takes "location" (optional: the
// manager's request for the whole building has none; a kiosk always sends one).
class RepairRequestContract final : public Contract {
public:
    explicit RepairRequestContract(quint32 version) : m_version(version) {}
    QString kind() const override { return QStringLiteral("repair.request"); }
    quint32 version() const override { return m_version; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload,
                    m_version >= 2 ? payloadRecord(context, {u"id", u"unit", u"resident", u"category", u"location", u"description", u"urgency"})
                                   : payloadRecord(context, {u"id", u"unit", u"resident", u"category", u"description", u"urgency"}));
        OUTCOME_TRY(const QByteArray id, repairIdField(payload));
        Repair repair;
        if (payload.has(u"unit")) {
            OUTCOME_TRY(repair.unit, textField(payload, u"unit"));
            if (!isValidUnitNumber(repair.unit)) {
                return reject("invalid-unit-number", tr("'%1' is not a unit number").arg(repair.unit));
            }
        }
        if (payload.has(u"resident")) {
            OUTCOME_TRY(repair.resident, residentIdField(payload));
        }
        OUTCOME_TRY(repair.category, textField(payload, u"category"));
        if (!repairCategories().contains(repair.category)) {
            return reject("unknown-category",
                          tr("'%1' is not a repair category (%2)").arg(repair.category, repairCategories().join(QStringLiteral(", "))));
        }
        if (payload.has(u"location")) {
            OUTCOME_TRY(repair.location, locationField(payload));
        }
        OUTCOME_TRY(repair.description,
                    plainTextField(payload, u"description", kMaxRepairDescriptionLength, /*allowNewline=*/true, "invalid-description"));
        OUTCOME_TRY(repair.urgency, textField(payload, u"urgency"));
        if (repair.urgency != u"low" && repair.urgency != u"normal" && repair.urgency != u"urgent") {
            return reject("invalid-urgency", tr("'%1' is not an urgency: use low, normal or urgent").arg(repair.urgency));
        }
        if (!repair.resident.isEmpty() && repair.unit.isEmpty()) {
            return reject("unit-required", tr("a request for a resident names the resident's unit"));
        }

        OUTCOME_TRY(const bool kiosk, authorHas(context, kRoleKiosk));
        OUTCOME_TRY(const bool manager, authorHas(context, kRoleManager));
        if (!kiosk && !manager) {
            return reject("not-authorized", tr("a repair is requested at a kiosk or by the manager"));
        }
        if (kiosk && repair.resident.isEmpty()) {
            return reject("resident-required", tr("a kiosk files a repair request for an identified resident"));
        }

        OUTCOME_TRY(const auto existing, readRepair(context.state, id));
        if (existing) {
            return reject("repair-exists", tr("repair request %1 already exists").arg(toHex(id)));
        }
        if (!repair.unit.isEmpty()) {
            auto unit = context.state.get(unitKey(repair.unit));
            if (!unit) {
                return stateError(unit.error());
            }
            if (!*unit) {
                return reject("unknown-unit", tr("there is no unit %1").arg(repair.unit));
            }
        }
        if (!repair.resident.isEmpty()) {
            OUTCOME_CHECK(requireLinked(context, repair.unit, repair.resident));
        }
        const QByteArray resident = repair.resident;
        return writeEvent(context, id, std::move(repair), kRequested, /*changesStatus=*/true, resident);
    }

private:
    // "invalid-location" unless 1 to kMaxRepairLocationLength characters on one line, without
    // control characters and without spaces at either end (the signer trims: the contract stores
    // what was signed, it does not rewrite it).
    static Outcome<QString> locationField(const cbor::Record &payload)
    {
        OUTCOME_TRY(const QString location, textField(payload, u"location"));
        const QList<uint> codePoints = location.toUcs4();
        const bool controls = std::any_of(codePoints.begin(), codePoints.end(),
                                          [](uint c) { return QChar::category(char32_t(c)) == QChar::Other_Control; });
        if (codePoints.isEmpty() || codePoints.size() > kMaxRepairLocationLength || controls || location.trimmed() != location) {
            return reject("invalid-location",
                          tr("a location is 1 to %1 characters on one line, without spaces at either end, like \"Kitchen\" or "
                             "\"Stairwell B, 3rd floor\"")
                              .arg(kMaxRepairLocationLength));
        }
        return location;
    }

    quint32 m_version;
};

class RepairQuoteContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("repair.quote"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"id", u"vendor", u"amount", u"currency", u"document"}));
        OUTCOME_TRY(const QByteArray id, repairIdField(payload));
        Quote quote;
        OUTCOME_TRY(quote.vendor, plainTextField(payload, u"vendor", kMaxVendorLength, /*allowNewline=*/false, "invalid-vendor"));
        OUTCOME_TRY(const money::Money amount, moneyField(context, payload));
        quote.amount = amount.minor();
        OUTCOME_TRY(quote.document, hashField(payload, u"document"));
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
        OUTCOME_TRY(Repair repair, requireRepair(context.state, id));
        if (repair.paid) {
            return reject("already-paid", tr("this repair's vendor was already paid"));
        }
        if (repair.status == kRequested || repair.status == kQuoted) {
            repair.quote = quote;
            return writeEvent(context, id, std::move(repair), kQuoted, /*changesStatus=*/true);
        }
        if (repair.status == kRejected) {
            return wrongStatus(repair, tr("requested or quoted"));
        }
        // Once approved, a revised quote waits for its own approval; the approved one still holds.
        repair.quote = quote;
        return writeEvent(context, id, std::move(repair), kQuoteRevised, /*changesStatus=*/false);
    }
};

class RepairApproveContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("repair.approve"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"id"}));
        OUTCOME_TRY(const QByteArray id, repairIdField(payload));
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
        OUTCOME_TRY(Repair repair, requireRepair(context.state, id));
        if (repair.paid) {
            return reject("already-paid", tr("this repair's vendor was already paid"));
        }
        const bool first = repair.status == kQuoted;
        const bool revision = repair.approved && repair.quote && !(*repair.quote == *repair.approved);
        if (!first && !revision) {
            return wrongStatus(repair, tr("quoted, or approved with a revised quote"));
        }
        auto amount = money::Money::fromMinor(repair.quote->amount, *money::currencyByCode(context.genesis.currency));
        if (!amount) {
            return damaged(repairKey(id), amount.error());
        }
        OUTCOME_CHECK(requireSpendingApproval(context, kRepairCommitteeThreshold, *amount));
        repair.approved = repair.quote;
        return writeEvent(context, id, std::move(repair), first ? kApproved : kReapproved, /*changesStatus=*/first);
    }
};

class RepairRejectContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("repair.reject"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"id", u"reason"}));
        OUTCOME_TRY(const QByteArray id, repairIdField(payload));
        OUTCOME_TRY(const QString reason, plainTextField(payload, u"reason", kMaxSpendingReasonLength, /*allowNewline=*/true, "invalid-reason"));
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
        OUTCOME_TRY(Repair repair, requireRepair(context.state, id));
        if (repair.status != kRequested && repair.status != kQuoted) {
            return wrongStatus(repair, tr("requested or quoted"));
        }
        repair.reason = reason;
        return writeEvent(context, id, std::move(repair), kRejected, /*changesStatus=*/true);
    }
};

// repair.start (approved -> started) and repair.complete (started -> completed), by the manager.
class RepairStepContract final : public Contract {
public:
    RepairStepContract(QString kind, QString from, QString to) : m_kind(std::move(kind)), m_from(std::move(from)), m_to(std::move(to)) {}
    QString kind() const override { return m_kind; }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"id"}));
        OUTCOME_TRY(const QByteArray id, repairIdField(payload));
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
        OUTCOME_TRY(Repair repair, requireRepair(context.state, id));
        if (repair.status != m_from) {
            return wrongStatus(repair, m_from);
        }
        return writeEvent(context, id, std::move(repair), m_to, /*changesStatus=*/true);
    }

private:
    QString m_kind;
    QString m_from;
    QString m_to;
};

class RepairConfirmContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("repair.confirm"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"id", u"resident"}));
        OUTCOME_TRY(const QByteArray id, repairIdField(payload));
        QByteArray resident;
        if (payload.has(u"resident")) {
            OUTCOME_TRY(resident, residentIdField(payload));
        }
        OUTCOME_TRY(const bool kiosk, authorHas(context, kRoleKiosk));
        OUTCOME_TRY(const bool manager, authorHas(context, kRoleManager));
        if (!kiosk && !manager) {
            return reject("not-authorized", tr("a repair is confirmed by its resident at a kiosk, or by the manager"));
        }
        if (kiosk && resident.isEmpty()) {
            return reject("resident-required", tr("a kiosk records the confirmation of an identified resident"));
        }
        OUTCOME_TRY(Repair repair, requireRepair(context.state, id));
        if (!resident.isEmpty()) {
            // The resident who asked; for a request the manager filed, any resident of its unit.
            if (!repair.resident.isEmpty() ? resident != repair.resident : repair.unit.isEmpty()) {
                return reject("not-the-requester", tr("only the resident who asked for this repair can confirm it"));
            }
            OUTCOME_CHECK(requireLinked(context, repair.unit, resident));
        }
        if (repair.status != kCompleted) {
            return wrongStatus(repair, kCompleted);
        }
        return writeEvent(context, id, std::move(repair), kConfirmed, /*changesStatus=*/true, resident);
    }
};

class RepairPayVendorContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("repair.pay-vendor"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"id", u"amount", u"currency", u"invoice"}));
        OUTCOME_TRY(const QByteArray id, repairIdField(payload));
        OUTCOME_TRY(const money::Money amount, moneyField(context, payload));
        OUTCOME_TRY(const QByteArray invoice, hashField(payload, u"invoice"));
        OUTCOME_CHECK(requireAuthorRole(context, kRoleManager));
        OUTCOME_TRY(Repair repair, requireRepair(context.state, id));
        if (repair.paid) {
            return reject("already-paid", tr("this repair's vendor was already paid"));
        }
        if (repair.status != kCompleted && repair.status != kConfirmed) {
            return reject("not-completed", tr("a vendor is paid once the repair is completed; it is %1").arg(repair.status));
        }
        CY_ASSERT(repair.approved.has_value()); // every completed repair went through approval
        if (amount.minor() > repair.approved->amount) {
            return reject("exceeds-approval",
                          tr("%1 is more than the approved %2: quote the new amount and have it approved again")
                              .arg(amount.toPlainString(),
                                   money::Money::fromMinor(repair.approved->amount, amount.currency())->toPlainString()));
        }
        const QDate today = context.today();
        Spending spending{QStringLiteral("repairs:") + repair.category,
                          QStringLiteral("Expenses:Repairs:") + repair.category,
                          repair.approved->vendor,
                          amount,
                          invoice,
                          today,
                          id};
        Effects effects;
        OUTCOME_CHECK(recordSpending(context, effects, spending));
        repair.paid = cbor::Value::fromMap({
            {QStringLiteral("amount"), cbor::Value::fromInt(amount.minor())},
            {QStringLiteral("invoice"), cbor::Value::fromBytes(invoice)},
            {QStringLiteral("at"), cbor::Value::fromUnsigned(context.blockTimeMs)},
        });
        OUTCOME_TRY(Effects event, writeEvent(context, id, std::move(repair), kPaid, /*changesStatus=*/false));
        effects.delta.merge(event.delta);
        return effects;
    }
};

} // namespace

QStringList repairCategories()
{
    return {QStringLiteral("plumbing"),        QStringLiteral("electrical"),  QStringLiteral("elevator"), QStringLiteral("roof"),
            QStringLiteral("doors-and-locks"), QStringLiteral("common-area"), QStringLiteral("other")};
}

QByteArray repairKey(const QByteArray &repairId)
{
    return QByteArrayLiteral("repair/") + toHex(repairId).toLatin1();
}

void addRepairContracts(Registry &registry)
{
    registry.add(std::make_unique<RepairRequestContract>(/*version=*/1));
    registry.add(std::make_unique<RepairRequestContract>(/*version=*/2));
    registry.add(std::make_unique<RepairQuoteContract>());
    registry.add(std::make_unique<RepairApproveContract>());
    registry.add(std::make_unique<RepairRejectContract>());
    registry.add(std::make_unique<RepairStepContract>(QStringLiteral("repair.start"), kApproved, kStarted));
    registry.add(std::make_unique<RepairStepContract>(QStringLiteral("repair.complete"), kStarted, kCompleted));
    registry.add(std::make_unique<RepairConfirmContract>());
    registry.add(std::make_unique<RepairPayVendorContract>());
}

} // namespace courtyard::contracts
