#include "contracts/credit.h"

#include "contracts/billing.h"
#include "contracts/governance.h"
#include "contracts/internal.h"
#include "contracts/lease.h"
#include "contracts/payments.h"
#include "contracts/units.h"
#include "core/base/hex.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>

namespace courtyard::contracts {

namespace {

struct ReasonText {
    const char *code;
    const char *text;
};

// The texts are marked for translation here and translated when shown (creditReasonText).
constexpr ReasonText kReasonTexts[] = {
    {kReasonNoHistory, QT_TRANSLATE_NOOP("courtyard::contracts", "Not enough payment history yet: the score is the neutral one")},
    {kReasonOnTime, QT_TRANSLATE_NOOP("courtyard::contracts", "Dues paid by their due date over the last 24 months")},
    {kReasonLateRecent, QT_TRANSLATE_NOOP("courtyard::contracts", "Late payments in the last 12 months")},
    {kReasonLateOlder, QT_TRANSLATE_NOOP("courtyard::contracts", "Late payments 12 to 24 months ago")},
    {kReasonArrears, QT_TRANSLATE_NOOP("courtyard::contracts", "Dues past their due date that are still unpaid")},
    {kReasonShortTenure, QT_TRANSLATE_NOOP("courtyard::contracts", "Living in the community for less than a year")},
    {kReasonLongTenure, QT_TRANSLATE_NOOP("courtyard::contracts", "Living in the community for a year or more")},
    {kReasonReversed, QT_TRANSLATE_NOOP("courtyard::contracts", "Payments that were reversed in the last 24 months")},
};

constexpr int kLateBucketPoints[4] = {5, 10, 20, 30}; // 1–30, 31–60, 61–90, > 90 days late

// Full months from `from` to `to` (0 when to < from): 2027-01-15 → 2027-03-14 is 1, → 03-15 is 2.
quint64 fullMonths(QDate from, QDate to)
{
    if (to < from) {
        return 0;
    }
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day()) {
        --months;
    }
    return quint64(std::max(months, 0));
}

qint64 saturatedAdd(qint64 a, qint64 b)
{
    return std::min(a + b, money::kMaxMinorUnits); // both ≤ kMaxMinorUnits: no overflow
}

// floor(a × 10,000 / b) for 0 ≤ a < 2b, b ≤ kMaxMinorUnits, by long division (no overflow).
qint64 basisPoints(qint64 a, qint64 b)
{
    quint64 bp = quint64(a / b);
    quint64 rest = quint64(a % b);
    for (int digit = 0; digit < 4; ++digit) {
        rest *= 10;
        bp = bp * 10 + rest / quint64(b);
        rest %= quint64(b);
    }
    return qint64(bp);
}

tl::unexpected<Rejection> damaged(const QByteArray &key, const QString &what)
{
    return stateError(Error{ErrorCode::Integrity, QStringLiteral("%1: %2").arg(QString::fromUtf8(key), what)});
}

Outcome<std::optional<cbor::Value>> read(const state::StateView &state, const QByteArray &key)
{
    auto stored = state.get(key);
    if (!stored) {
        return stateError(stored.error());
    }
    return *stored;
}

// What the score reads, cached across residents during one close.
class Reader {
public:
    Reader(const state::StateView &state, const ledger::Genesis &genesis) : m_state(state), m_genesis(genesis) {}

    Outcome<CreditScore> score(const QByteArray &residentId, QDate today);

private:
    Outcome<int> graceDays(const QByteArray &leaseId);
    // The block times of the unit's reversed payments (payments.h: "payment-reversed/<unit>/").
    Outcome<std::vector<quint64>> reversals(const QString &unit);
    // Whether a dispute leaves the invoice out of the score (open, or resolved as corrected).
    Outcome<bool> excluded(const QByteArray &invoiceId);

    // The unit's invoices the score looks at, in key order: all of them, or those due from
    // windowMonth on with the open ones before it.
    Outcome<std::vector<std::pair<QByteArray, cbor::Value>>> invoicesToJudge(const QString &unit, QDate windowMonth, bool all);

    const state::StateView &m_state;
    const ledger::Genesis &m_genesis;
    std::optional<std::map<QByteArray, cbor::Value>> m_disputes; // "dispute/..." entries, read once
    std::map<QByteArray, int> m_grace;
};

Outcome<int> Reader::graceDays(const QByteArray &leaseId)
{
    if (leaseId.isEmpty()) {
        return 0; // property fees: no grace
    }
    const auto found = m_grace.find(leaseId);
    if (found != m_grace.end()) {
        return found->second;
    }
    OUTCOME_TRY(const auto lease, readLease(m_state, leaseId));
    const int grace = lease ? lease->current().graceDays : 0;
    m_grace.emplace(leaseId, grace);
    return grace;
}

Outcome<std::vector<quint64>> Reader::reversals(const QString &unit)
{
    std::vector<quint64> times;
    std::optional<Error> problem;
    auto scanned = m_state.scan(reversedPaymentPrefix(unit), [&](const state::Key &key, const cbor::Value &value) {
        const cbor::Value *at = value.find(u"at");
        const auto ms = at ? at->toUInt64() : Result<quint64>(0);
        if (!at || !ms) {
            problem = Error{ErrorCode::Integrity, QStringLiteral("%1: damaged reversed payment").arg(QString::fromUtf8(key))};
            return false;
        }
        times.push_back(*ms);
        return true;
    });
    if (!scanned) {
        return stateError(scanned.error());
    }
    if (problem) {
        return stateError(*problem);
    }
    return times;
}

Outcome<bool> Reader::excluded(const QByteArray &invoiceId)
{
    if (!m_disputes) {
        // Disputes are few: one scan instead of a lookup per invoice.
        std::map<QByteArray, cbor::Value> all;
        auto scanned = m_state.scan(QByteArrayView("dispute/"), [&](const state::Key &key, const cbor::Value &value) {
            all.emplace(key, value);
            return true;
        });
        if (!scanned) {
            return stateError(scanned.error());
        }
        m_disputes = std::move(all);
    }
    const QByteArray key = disputeKey(invoiceId);
    const auto found = m_disputes->find(key);
    if (found == m_disputes->end()) {
        return false;
    }
    const cbor::Value *stored = &found->second;
    auto record = cbor::Record::from(*stored, QStringLiteral("dispute"));
    auto status = record ? record->text(u"status") : Result<QString>(tl::unexpected(record.error()));
    if (!status) {
        return damaged(key, QStringLiteral("damaged dispute"));
    }
    return *status != QLatin1String("upheld");
}

Outcome<CreditScore> Reader::score(const QByteArray &residentId, QDate today)
{
    CreditScore s;
    const QByteArray residentRecordKey = residentKey(residentId);
    OUTCOME_TRY(const auto stored, read(m_state, residentRecordKey));
    if (!stored) {
        return s; // not a resident: no history
    }
    auto record = cbor::Record::from(*stored, QStringLiteral("resident"));
    auto since = record ? record->uint(u"since") : Result<quint64>(tl::unexpected(record.error()));
    auto units = record ? record->array(u"units") : Result<const cbor::Array *>(tl::unexpected(record.error()));
    if (!since || !units) {
        return damaged(residentRecordKey, QStringLiteral("damaged resident"));
    }
    s.tenureMonths = fullMonths(m_genesis.localDate(*since), today);

    const QDate windowStart = today.addMonths(-credit::kWindowMonths); // due dates after it count
    std::set<int> months; // distinct months (year × 12 + month) of the judged invoices' due dates
    QString latestPeriod;
    std::map<QString, qint64> duesByPeriod;
    for (const cbor::Value &unitValue : **units) {
        if (!unitValue.isText()) {
            return damaged(residentRecordKey, QStringLiteral("a unit that is not text"));
        }
        const QString unit = unitValue.asText();
        const QByteArray occupancy = occupancyKey(unit, residentId);
        OUTCOME_TRY(const auto living, read(m_state, occupancy));
        const auto livingSince = living ? living->find(u"since") : nullptr;
        const auto movedInMs = livingSince ? livingSince->toUInt64() : Result<quint64>(0);
        if (!living || !livingSince || !movedInMs) {
            return damaged(occupancy, QStringLiteral("damaged or missing occupancy"));
        }
        // Only what the resident owed: the unit's invoices due since the resident moved in.
        const QDate movedIn = m_genesis.localDate(*movedInMs);

        // What counts: invoices due in the window, unpaid ones of any age (arrears) and the
        // latest period's dues. The invoices due from the first day of the window's first month
        // on, with the open ones before it (billing's index), hold all of that as soon as one of
        // them is the resident's rent or fee (its period is then the latest, and a period's
        // invoices are all due within its month); otherwise every invoice is read. Invoices
        // older than that, paid and outside the window, change nothing; reading them made every
        // close cost the whole history.
        const QDate windowMonth(windowStart.year(), windowStart.month(), 1);
        using Entries = std::vector<std::pair<QByteArray, cbor::Value>>;
        OUTCOME_TRY(Entries entries, invoicesToJudge(unit, windowMonth, false));
        bool complete = false;
        for (const auto &[key, value] : entries) {
            const cbor::Value *kind = value.find(u"kind");
            const cbor::Value *due = value.find(u"due");
            const auto dueDate = due && due->isText() ? parseDate(due->asText()) : std::nullopt;
            if (kind && kind->isText() && (kind->asText() == QLatin1String(kInvoiceRent) || kind->asText() == QLatin1String(kInvoiceFee)) &&
                dueDate && *dueDate >= windowMonth && *dueDate >= movedIn) {
                const cbor::Value *id = value.find(u"id");
                OUTCOME_TRY(const bool left, excluded(id && id->isBytes() ? id->asBytes() : QByteArray()));
                complete = complete || !left;
            }
        }
        if (!complete) {
            OUTCOME_TRY(entries, invoicesToJudge(unit, windowMonth, true));
        }
        for (const auto &[key, value] : entries) {
            auto invoice = Invoice::fromCbor(value);
            if (!invoice || invoice->amount <= 0 || invoice->paid < 0 || invoice->paid > invoice->amount) {
                return damaged(key, QStringLiteral("damaged invoice"));
            }
            if (invoice->due < movedIn) {
                continue;
            }
            OUTCOME_TRY(const bool left, excluded(invoice->id));
            const bool inWindow = invoice->due > windowStart && invoice->due <= today;
            if (left) {
                s.disputed += inWindow ? 1 : 0;
                continue;
            }
            if (invoice->kind == QLatin1String(kInvoiceRent) || invoice->kind == QLatin1String(kInvoiceFee)) {
                latestPeriod = std::max(latestPeriod, invoice->period);
                duesByPeriod[invoice->period] = saturatedAdd(duesByPeriod[invoice->period], invoice->amount);
            }
            OUTCOME_TRY(const int grace, graceDays(invoice->lease));
            const QDate deadline = invoice->due.addDays(grace);
            if (invoice->paid < invoice->amount) {
                if (today <= deadline) {
                    continue; // not yet late: not judged
                }
                s.arrears = saturatedAdd(s.arrears, invoice->amount - invoice->paid);
                if (inWindow) {
                    ++s.judged;
                    months.insert(invoice->due.year() * 12 + invoice->due.month());
                }
                continue;
            }
            if (!inWindow) {
                continue;
            }
            ++s.judged;
            months.insert(invoice->due.year() * 12 + invoice->due.month());
            // Paid in full: when. An invoice paid before "settled" was recorded counts as on time.
            const cbor::Value *settled = value.find(u"settled");
            qint64 daysLate = 0;
            if (settled) {
                const auto settledMs = settled->toUInt64();
                if (!settledMs) {
                    return damaged(key, QStringLiteral("damaged settlement time"));
                }
                daysLate = deadline.daysTo(m_genesis.localDate(*settledMs));
            }
            if (daysLate <= 0) {
                ++s.onTime;
                continue;
            }
            const int bucket = daysLate <= 30 ? 0 : daysLate <= 60 ? 1 : daysLate <= 90 ? 2 : 3;
            ++s.late[bucket];
            if (invoice->due > today.addMonths(-6)) {
                s.lateRecentPoints += 4 * kLateBucketPoints[bucket];
            } else if (invoice->due > today.addMonths(-12)) {
                s.lateRecentPoints += 2 * kLateBucketPoints[bucket];
            } else {
                s.lateOlderPoints += kLateBucketPoints[bucket];
            }
            // Keep the sums small: they are capped anyway.
            s.lateRecentPoints = std::min(s.lateRecentPoints, credit::kLateRecentCap);
            s.lateOlderPoints = std::min(s.lateOlderPoints, credit::kLateOlderCap);
        }
        OUTCOME_TRY(const std::vector<quint64> reversedAt, reversals(unit));
        for (const quint64 at : reversedAt) {
            const QDate day = m_genesis.localDate(at);
            if (at >= *movedInMs && day > windowStart && day <= today) {
                ++s.reversals;
            }
        }
    }
    s.months = quint64(months.size());
    s.dues = latestPeriod.isEmpty() ? 0 : duesByPeriod[latestPeriod];

    s.noHistory = s.judged == 0 && s.arrears == 0 && s.reversals == 0;
    if (s.noHistory) {
        s.score = credit::kBase;
        s.reasons = {QString::fromLatin1(kReasonNoHistory)};
        return s;
    }
    if (s.judged > 0) {
        s.rateBp = qint64(s.onTime * 10'000 / s.judged);
        s.depthBp = qint64(std::min<quint64>(s.months, credit::kWindowMonths)) * 10'000 / credit::kWindowMonths;
        s.onTimePoints = int(qint64(credit::kOnTimeMax) * s.rateBp * s.depthBp / 100'000'000);
    }
    if (s.arrears > 0) {
        s.arrearsBp = (s.dues == 0 || s.arrears >= 2 * s.dues) ? credit::kArrearsCapBp
                                                               : std::min(basisPoints(s.arrears, s.dues), credit::kArrearsCapBp);
        s.arrearsPoints = int(s.arrearsBp / 100);
    }
    s.tenurePoints = int(std::min<quint64>(s.tenureMonths, credit::kTenureMaxMonths));
    s.reversalPoints = int(std::min<quint64>(s.reversals * credit::kReversalPoints, credit::kReversalCap));
    const int raw = credit::kBase + s.onTimePoints + s.tenurePoints - s.lateRecentPoints - s.lateOlderPoints -
                    s.arrearsPoints - s.reversalPoints;
    s.score = std::clamp(raw, credit::kMinScore, credit::kMaxScore);

    // Reasons: the terms with the largest effect on the score, either way.
    std::vector<std::pair<int, QString>> impacts = {
        {s.onTimePoints, QString::fromLatin1(kReasonOnTime)},
        {s.tenurePoints, QString::fromLatin1(s.tenureMonths < quint64(credit::kShortTenureMonths) ? kReasonShortTenure
                                                                                                  : kReasonLongTenure)},
        {s.lateRecentPoints, QString::fromLatin1(kReasonLateRecent)},
        {s.lateOlderPoints, QString::fromLatin1(kReasonLateOlder)},
        {s.arrearsPoints, QString::fromLatin1(kReasonArrears)},
        {s.reversalPoints, QString::fromLatin1(kReasonReversed)},
    };
    std::sort(impacts.begin(), impacts.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second.toUtf8() < b.second.toUtf8();
    });
    // A short tenure is a reason even when it earns few points; only zero-point terms are left out.
    for (const auto &[points, code] : impacts) {
        if ((points > 0 || code == QLatin1String(kReasonShortTenure)) && s.reasons.size() < credit::kMaxReasons) {
            s.reasons.push_back(code);
        }
    }
    return s;
}

Outcome<std::vector<std::pair<QByteArray, cbor::Value>>> Reader::invoicesToJudge(const QString &unit, QDate windowMonth, bool all)
{
    std::vector<std::pair<QByteArray, cbor::Value>> entries;
    const auto keep = [&](const state::Key &key, const cbor::Value &value) {
        entries.emplace_back(key, value);
        return true;
    };
    const QByteArray prefix = invoicePrefix(unit);
    if (all) {
        if (auto scanned = m_state.scan(prefix, keep); !scanned) {
            return stateError(scanned.error());
        }
        return entries;
    }
    const QByteArray from = prefix + dateText(windowMonth).toLatin1();
    auto open = openInvoiceKeys(m_state, openInvoicePrefix(unit));
    if (!open) {
        return stateError(open.error());
    }
    for (const QByteArray &key : *open) {
        if (key >= from) {
            break; // read with the rest below
        }
        OUTCOME_TRY(const auto stored, read(m_state, key));
        if (!stored) {
            return damaged(key, QStringLiteral("listed as open but not there"));
        }
        entries.emplace_back(key, *stored);
    }
    if (auto scanned = m_state.scanFrom(prefix, from, keep); !scanned) {
        return stateError(scanned.error());
    }
    return entries;
}

cbor::Value intValue(qint64 v)
{
    return cbor::Value::fromInt(v);
}

// --- disputes -------------------------------------------------------------------------------

struct InvoiceRef {
    QByteArray key;
    QString unit;
    QByteArray id;
};

// "invoice/<unit>/<YYYY-MM-DD>/<32 hex>", strictly.
Outcome<InvoiceRef> invoiceRefField(const cbor::Record &record)
{
    OUTCOME_TRY(const QString text, textField(record, u"invoice"));
    const QStringList parts = text.split(QLatin1Char('/'));
    const auto invalid = [&] { return reject("invalid-invoice", tr("'%1' is not an invoice key (invoice/<unit>/<due>/<id>)").arg(text)); };
    if (parts.size() != 4 || parts[0] != QLatin1String("invoice") || !isValidUnitNumber(parts[1]) || !parseDate(parts[2]) ||
        parts[3].size() != 2 * kInvoiceIdSize || parts[3] != parts[3].toLower()) {
        return invalid();
    }
    auto id = fromHex(parts[3], kInvoiceIdSize);
    if (!id) {
        return invalid();
    }
    return InvoiceRef{text.toUtf8(), parts[1], *id};
}

Outcome<QString> reasonField(const cbor::Record &record, QStringView field)
{
    OUTCOME_TRY(const QString reason, textField(record, field));
    if (reason.trimmed().isEmpty() || reason.size() > credit::kMaxDisputeReasonLength) {
        return reject("invalid-reason", tr("say in 1 to %1 characters why").arg(credit::kMaxDisputeReasonLength));
    }
    return reason;
}

class DisputeContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("credit.dispute"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"resident", u"invoice", u"reason"}));
        auto resident = payload.bytes(u"resident", kResidentIdSize);
        if (!resident) {
            return badPayload(resident.error());
        }
        OUTCOME_TRY(const InvoiceRef ref, invoiceRefField(payload));
        OUTCOME_TRY(const QString reason, reasonField(payload, u"reason"));
        // A kiosk (the resident identified with card and PIN) or the manager on the resident's behalf.
        OUTCOME_TRY(const QStringList roles, rolesOf(context.state, context.tx.body().author));
        if (!roles.contains(QLatin1String(kRoleKiosk)) && !roles.contains(QLatin1String(kRoleManager))) {
            return reject("not-authorized", tr("a dispute is filed at a kiosk or by the manager"));
        }
        OUTCOME_TRY(const auto invoice, read(context.state, ref.key));
        if (!invoice) {
            return reject("unknown-invoice", tr("there is no invoice %1").arg(QString::fromUtf8(ref.key)));
        }
        OUTCOME_TRY(const auto living, read(context.state, occupancyKey(ref.unit, *resident)));
        if (!living) {
            return reject("not-a-resident", tr("this resident does not live in unit %1").arg(ref.unit));
        }
        OUTCOME_TRY(const auto existing, read(context.state, disputeKey(ref.id)));
        if (existing) {
            return reject("already-disputed", tr("this invoice has already been disputed"));
        }
        Effects effects;
        effects.delta.put(disputeKey(ref.id), cbor::Value::fromMap({
                                                  {QStringLiteral("invoice"), cbor::Value::fromText(QString::fromUtf8(ref.key))},
                                                  {QStringLiteral("resident"), cbor::Value::fromBytes(*resident)},
                                                  {QStringLiteral("reason"), cbor::Value::fromText(reason)},
                                                  {QStringLiteral("filed"), cbor::Value::fromUnsigned(context.blockTimeMs)},
                                                  {QStringLiteral("status"), cbor::Value::fromText(QStringLiteral("open"))},
                                              }));
        return effects;
    }
};

class ResolveDisputeContract final : public Contract {
public:
    QString kind() const override { return QStringLiteral("credit.resolve-dispute"); }
    quint32 version() const override { return 1; }

    Outcome<Effects> apply(const Context &context) const override
    {
        OUTCOME_TRY(const cbor::Record payload, payloadRecord(context, {u"invoice", u"outcome", u"note"}));
        OUTCOME_TRY(const InvoiceRef ref, invoiceRefField(payload));
        OUTCOME_TRY(const QString outcome, textField(payload, u"outcome"));
        const bool upheld = outcome == QLatin1String("upheld");
        if (!upheld && outcome != QLatin1String("corrected")) {
            return reject("invalid-outcome", tr("a dispute is resolved as \"upheld\" or \"corrected\""));
        }
        OUTCOME_TRY(const QString note, reasonField(payload, u"note"));
        // The manager issued the entry: holding it against the resident needs the committee;
        // dropping it from the score (no money moves) the manager may do alone.
        if (upheld) {
            OUTCOME_CHECK(requireCommitteeQuorum(context));
        } else {
            OUTCOME_TRY(const QStringList roles, rolesOf(context.state, context.tx.body().author));
            if (!roles.contains(QLatin1String(kRoleManager))) {
                OUTCOME_CHECK(requireCommitteeQuorum(context));
            }
        }
        const QByteArray key = disputeKey(ref.id);
        OUTCOME_TRY(const auto stored, read(context.state, key));
        if (!stored) {
            return reject("unknown-dispute", tr("invoice %1 is not disputed").arg(QString::fromUtf8(ref.key)));
        }
        const cbor::Value *status = stored->find(u"status");
        const cbor::Value *invoice = stored->find(u"invoice");
        if (!status || !status->isText() || !invoice || !invoice->isText()) {
            return damaged(key, QStringLiteral("damaged dispute"));
        }
        if (invoice->asText().toUtf8() != ref.key) {
            return reject("unknown-dispute", tr("invoice %1 is not disputed").arg(QString::fromUtf8(ref.key)));
        }
        if (status->asText() != QLatin1String("open")) {
            return reject("dispute-resolved", tr("this dispute has already been resolved"));
        }
        cbor::Map entries;
        for (const auto &[k, v] : stored->asMap()) {
            if (k.isText() && k.asText() == QLatin1String("status")) {
                entries.emplace_back(k, cbor::Value::fromText(outcome));
            } else {
                entries.emplace_back(k, v);
            }
        }
        entries.emplace_back(cbor::Value::fromText(QStringLiteral("resolved")), cbor::Value::fromUnsigned(context.blockTimeMs));
        entries.emplace_back(cbor::Value::fromText(QStringLiteral("note")), cbor::Value::fromText(note));
        Effects effects;
        effects.delta.put(key, cbor::Value::fromMap(std::move(entries)));
        return effects;
    }
};

} // namespace

QStringList creditReasonCodes()
{
    QStringList codes;
    for (const ReasonText &r : kReasonTexts) {
        codes.push_back(QString::fromLatin1(r.code));
    }
    return codes;
}

QString creditReasonText(const QString &code)
{
    for (const ReasonText &r : kReasonTexts) {
        if (code == QLatin1String(r.code)) {
            return QCoreApplication::translate("courtyard::contracts", r.text);
        }
    }
    return code;
}

QByteArray scoreKey(const QByteArray &residentId)
{
    return QByteArrayLiteral("score/") + residentId.toHex();
}

QByteArray disputeKey(const QByteArray &invoiceId)
{
    return QByteArrayLiteral("dispute/") + invoiceId.toHex();
}

cbor::Value CreditScore::components() const
{
    return cbor::Value::fromMap({
        {QStringLiteral("judged"), cbor::Value::fromUnsigned(judged)},
        {QStringLiteral("on-time"), cbor::Value::fromUnsigned(onTime)},
        {QStringLiteral("months"), cbor::Value::fromUnsigned(months)},
        {QStringLiteral("late-1-30"), cbor::Value::fromUnsigned(late[0])},
        {QStringLiteral("late-31-60"), cbor::Value::fromUnsigned(late[1])},
        {QStringLiteral("late-61-90"), cbor::Value::fromUnsigned(late[2])},
        {QStringLiteral("late-over-90"), cbor::Value::fromUnsigned(late[3])},
        {QStringLiteral("disputed"), cbor::Value::fromUnsigned(disputed)},
        {QStringLiteral("rate-bp"), intValue(rateBp)},
        {QStringLiteral("depth-bp"), intValue(depthBp)},
        {QStringLiteral("arrears"), intValue(arrears)},
        {QStringLiteral("dues"), intValue(dues)},
        {QStringLiteral("arrears-bp"), intValue(arrearsBp)},
        {QStringLiteral("tenure-months"), cbor::Value::fromUnsigned(tenureMonths)},
        {QStringLiteral("reversals"), cbor::Value::fromUnsigned(reversals)},
        {QStringLiteral("points"), cbor::Value::fromMap({
                                       {QString::fromLatin1(kReasonOnTime), intValue(onTimePoints)},
                                       {QStringLiteral("tenure"), intValue(tenurePoints)},
                                       {QString::fromLatin1(kReasonLateRecent), intValue(-lateRecentPoints)},
                                       {QString::fromLatin1(kReasonLateOlder), intValue(-lateOlderPoints)},
                                       {QString::fromLatin1(kReasonArrears), intValue(-arrearsPoints)},
                                       {QString::fromLatin1(kReasonReversed), intValue(-reversalPoints)},
                                   })},
    });
}

Outcome<CreditScore> computeCreditScore(const state::StateView &state, const QByteArray &residentId, QDate today,
                                        const ledger::Genesis &genesis)
{
    Reader reader(state, genesis);
    return reader.score(residentId, today);
}

Outcome<void> recomputeScores(const Context &context, Effects &effects, const QString &period, QDate today)
{
    std::vector<QByteArray> residents;
    {
        std::optional<Error> problem;
        auto scanned = context.state.scan(QByteArrayView("resident/"), [&](const state::Key &key, const cbor::Value &value) {
            const cbor::Value *units = value.find(u"units");
            auto id = fromHex(QString::fromLatin1(key.mid(qsizetype(sizeof("resident/") - 1))), kResidentIdSize);
            if (!units || !units->isArray() || !id) {
                problem = Error{ErrorCode::Integrity, QStringLiteral("%1: damaged resident").arg(QString::fromUtf8(key))};
                return false;
            }
            if (!units->asArray().empty()) { // moved out everywhere: the last score stays
                residents.push_back(*id);
            }
            return true;
        });
        if (!scanned) {
            return stateError(scanned.error());
        }
        if (problem) {
            return stateError(*problem);
        }
    }
    state::StateDelta scores;
    {
        const state::OverlayView now(context.state, effects.delta); // the close's invoices and credit included
        Reader reader(now, context.genesis);
        for (const QByteArray &id : residents) {
            OUTCOME_TRY(const CreditScore s, reader.score(id, today));
            cbor::Array reasons;
            for (const QString &code : s.reasons) {
                reasons.push_back(cbor::Value::fromText(code));
            }
            cbor::Map record{
                {cbor::Value::fromText(QStringLiteral("score")), cbor::Value::fromUnsigned(quint64(s.score))},
                {cbor::Value::fromText(QStringLiteral("period")), cbor::Value::fromText(period)},
                {cbor::Value::fromText(QStringLiteral("reasons")), cbor::Value::fromArray(std::move(reasons))},
                {cbor::Value::fromText(QStringLiteral("components")), s.components()},
            };
            // Keep the last period's score, reasons and components for "why did it change".
            OUTCOME_TRY(const auto previous, read(now, scoreKey(id)));
            if (previous) {
                cbor::Map last;
                for (const auto &[k, v] : previous->asMap()) {
                    if (!(k.isText() && k.asText() == QLatin1String("previous"))) {
                        last.emplace_back(k, v);
                    }
                }
                record.emplace_back(cbor::Value::fromText(QStringLiteral("previous")), cbor::Value::fromMap(std::move(last)));
            }
            scores.put(scoreKey(id), cbor::Value::fromMap(std::move(record)));
        }
    }
    effects.delta.merge(scores);
    return {};
}

void addCreditContracts(Registry &registry)
{
    registry.add(std::make_unique<DisputeContract>());
    registry.add(std::make_unique<ResolveDisputeContract>());
}

} // namespace courtyard::contracts
