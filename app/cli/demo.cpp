#include "app/cli/demo.h"

#include "contracts/billing.h"
#include "contracts/payments.h"
#include "contracts/standard.h"
#include "core/ledger/genesis.h"

#include <QDateTime>
#include <QMap>
#include <QTimeZone>


#include <algorithm>
#include <chrono>
#include <random>

namespace courtyard::cli {

namespace {

crypto::KeyPair keyFromSeed(quint64 seed, const char *role, int index)
{
    // Demo keys are derived, never random, so every machine builds the same demo ledger.
    const QByteArray material = QByteArray("courtyard demo key ") + role + ' ' + QByteArray::number(index) + ' ' + QByteArray::number(seed);
    const crypto::Digest d = crypto::sha256(material);
    auto key = crypto::KeyPair::fromSeed(crypto::toByteArray(d));
    CY_ASSERT(key.has_value());
    return std::move(*key);
}

const char *const kUnits[] = {"1-0101", "1-0102", "1-0201", "1-0202", "2-0301", "2-0302", "2-1201", "12-0301", "12-0302", "12-1502"};
const char *const kRepairCategories[] = {"plumbing", "electrical", "elevator", "roof", "doors-and-locks", "common-area"};

cbor::Value demoPayload(std::mt19937_64 &rng, const QString &kind, const QString &currency)
{
    const QString unit = QString::fromLatin1(kUnits[rng() % std::size(kUnits)]);
    if (kind == QLatin1String("payment.kiosk") || kind == QLatin1String("payment.cash")) {
        // Rent and fees between 300.00 and 6,000.00, in minor units.
        const qint64 amount = 30000 + qint64(rng() % 570001);
        return cbor::Value::fromMap({
            {QStringLiteral("unit"), cbor::Value::fromText(unit)},
            {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
            {QStringLiteral("currency"), cbor::Value::fromText(currency)},
            {QStringLiteral("reference"), cbor::Value::fromText(QStringLiteral("T%1").arg(rng() % 100000000, 8, 10, QLatin1Char('0')))},
        });
    }
    return cbor::Value::fromMap({
        {QStringLiteral("unit"), cbor::Value::fromText(unit)},
        {QStringLiteral("category"), cbor::Value::fromText(QString::fromLatin1(kRepairCategories[rng() % std::size(kRepairCategories)]))},
        {QStringLiteral("urgency"), cbor::Value::fromUnsigned(rng() % 3)},
    });
}

} // namespace

QString demoCardNumber(int index)
{
    return QStringLiteral("8800%1").arg(index + 1, 6, 10, QLatin1Char('0'));
}

DemoKeys demoKeys(quint64 seed)
{
    DemoKeys keys{keyFromSeed(seed, "server", 0), {}, keyFromSeed(seed, "manager", 0), {}, keyFromSeed(seed, "auditor", 0)};
    for (int i = 0; i < 3; ++i) {
        keys.committee.push_back(keyFromSeed(seed, "committee", i));
    }
    for (int i = 0; i < 2; ++i) {
        keys.kiosks.push_back(keyFromSeed(seed, "kiosk", i));
    }
    return keys;
}

Result<DemoResult> buildSyntheticLedger(const DemoOptions &options, const DemoKeys &keys)
{
    if (options.transactions < 0 || options.blockSize < 1) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the demo needs a transaction count >= 0 and a block size >= 1"));
    }
    std::mt19937_64 rng(options.seed);
    ledger::Genesis genesis;
    const crypto::Digest idSeed = crypto::sha256(QByteArray("courtyard demo community ") + QByteArray::number(options.seed));
    genesis.communityId = crypto::toByteArray(idSeed).left(ledger::kCommunityIdSize);
    genesis.name = QStringLiteral("Courtyard Demo Gardens");
    genesis.currency = QStringLiteral("CNY");
    genesis.timeZone = QStringLiteral("Asia/Shanghai");
    genesis.sealer = keys.server.publicKey();
    for (const crypto::KeyPair &k : keys.committee) {
        genesis.committee.push_back(k.publicKey());
    }
    genesis.quorum = 2;

    DemoResult result;
    CY_TRY(result.store, store::Store::create(options.ledgerPath, genesis, keys.server, options.startTimeMs));
    store::Store &store = *result.store;

    std::vector<const crypto::KeyPair *> authors{&keys.manager};
    for (const crypto::KeyPair &k : keys.kiosks) {
        authors.push_back(&k);
    }
    std::vector<quint64> sequences(authors.size(), 0);
    quint64 time = options.startTimeMs;
    std::vector<ledger::Transaction> pending;
    int made = 0;
    while (made < options.transactions) {
        const std::size_t a = rng() % authors.size();
        const crypto::KeyPair &author = *authors[a];
        QString kind;
        if (a == 0) {
            kind = (rng() % 4 == 0) ? QStringLiteral("repair.request") : QStringLiteral("payment.cash");
        } else {
            kind = (rng() % 5 == 0) ? QStringLiteral("repair.request") : QStringLiteral("payment.kiosk");
        }
        const cbor::Value payload = demoPayload(rng, kind, genesis.currency);
        time += 1000 + rng() % 600000; // activity spread over the weeks
        const auto build = [&](quint64 sequence) {
            ledger::TransactionBody body;
            body.kind = kind;
            body.communityId = genesis.communityId;
            body.author = author.publicKey();
            body.sequence = sequence;
            body.payload = payload;
            return ledger::Transaction::create(std::move(body), author);
        };
        if (options.viaOutbox) {
            std::optional<ledger::Transaction> signedTx;
            CY_TRY(const store::OutboxEntry entry, store.enqueue(author.publicKey(), time, [&](quint64 sequence) {
                auto tx = build(sequence);
                if (tx) {
                    signedTx = *tx;
                }
                return tx;
            }));
            Q_UNUSED(entry);
            pending.push_back(std::move(*signedTx));
        } else {
            CY_TRY(ledger::Transaction tx, build(++sequences[a]));
            pending.push_back(std::move(tx));
        }
        result.kinds[kind] += 1;
        ++made;
        if (int(pending.size()) == options.blockSize || made == options.transactions) {
            // The state root is a fixed placeholder until the contracts compute state.
            CY_TRY(const ledger::SealedBlock sealed, store.sealNext(pending, crypto::sha256(QByteArrayView()), time, keys.server));
            Q_UNUSED(sealed);
            pending.clear();
            if (options.progress) {
                options.progress(made, options.transactions);
            }
        }
    }
    result.blocks = store.blockCount();
    result.transactions = quint64(made); // besides genesis
    return result;
}

namespace {

ledger::Genesis demoGenesis(quint64 seed, const DemoKeys &keys)
{
    ledger::Genesis genesis;
    const crypto::Digest idSeed = crypto::sha256(QByteArray("courtyard demo community ") + QByteArray::number(seed));
    genesis.communityId = crypto::toByteArray(idSeed).left(ledger::kCommunityIdSize);
    genesis.name = QStringLiteral("Courtyard Demo Gardens");
    genesis.currency = QStringLiteral("CNY");
    genesis.timeZone = QStringLiteral("Asia/Shanghai");
    genesis.sealer = keys.server.publicKey();
    for (const crypto::KeyPair &k : keys.committee) {
        genesis.committee.push_back(k.publicKey());
    }
    genesis.quorum = 2;
    return genesis;
}

// Ids the devices would pick at random, derived so that runs repeat.
QByteArray demoId(const char *what, quint64 seed, int index, int size)
{
    const QByteArray material = QByteArray("courtyard demo ") + what + ' ' + QByteArray::number(index) + ' ' + QByteArray::number(seed);
    return crypto::toByteArray(crypto::sha256(material)).left(size);
}

// The demo cards' PIN hash, with a salt derived from the seed so that the state (and its root)
// is the same on every run. Computed once: Argon2id is slow on purpose.
Result<QByteArray> demoPinHash(quint64 seed)
{
    return crypto::hashPinWithSalt(kDemoPin, demoId("pin salt", seed, 0, int(crypto::kPinSaltSize)));
}

// A card is enrolled as the SHA-256 of what its reader types (contracts/units.h).
QByteArray demoCardHash(int index)
{
    return crypto::toByteArray(crypto::sha256(demoCardNumber(index).toUtf8()));
}

cbor::Value text(const QString &s) { return cbor::Value::fromText(s); }
cbor::Value bytes(const QByteArray &b) { return cbor::Value::fromBytes(b); }
cbor::Value integer(qint64 v) { return cbor::Value::fromInt(v); }

qint64 intField(const cbor::Value &record, const char *name)
{
    const cbor::Value *v = record.find(QString::fromLatin1(name));
    if (!v) {
        return 0;
    }
    auto i = v->toInt64();
    return i ? *i : 0;
}

struct DemoUnit {
    QString number;
    qint64 area = 0; // hundredths of m²
    QByteArray resident;
};

struct Event {
    QDate date;
    int minute = 0; // local minutes after midnight
    int order = 0;  // ties keep the order of scheduling
    std::function<Result<void>()> run;
};

class Builder {
public:
    Builder(const DemoOptions &options, const DemoKeys &keys, DemoCommunity &out)
        : m_options(options), m_keys(keys), m_out(out), m_rng(options.seed)
    {
    }

    Result<void> build();

private:
    // Signs (author, then co-signers), submits at the current time and seals full blocks. A
    // refusal is a bug of the demo: it fails with the contract's code and message.
    Result<void> submit(const crypto::KeyPair &author, const QString &kind, cbor::Value payload,
                        std::vector<const crypto::KeyPair *> cosigners = {});
    Result<void> seal();
    bool full() const
    {
        return m_made >= m_options.transactions || (m_options.months > 0 && m_months >= m_options.months);
    }
    void setTime(const QDate &date, int minute);
    QDate today() const { return QDateTime::fromMSecsSinceEpoch(qint64(m_now), m_zone).date(); }
    std::vector<const crypto::KeyPair *> quorum() const { return {&m_keys.committee[1]}; }
    cbor::Value money(qint64 minor) const { return integer(minor); }
    // What the unit owes now: its open invoices less its prepaid credit.
    Result<qint64> outstanding(const QString &unit) const;

    Result<void> setup();
    Result<void> month(const QDate &first);
    void schedulePayment(std::vector<Event> &events, const DemoUnit &unit, const QDate &first);
    void scheduleRepair(std::vector<Event> &events, const QDate &first);
    void scheduleExpense(std::vector<Event> &events, const QDate &first);

    const DemoOptions &m_options;
    const DemoKeys &m_keys;
    DemoCommunity &m_out;
    std::mt19937_64 m_rng;
    ledger::Genesis m_genesis;
    QTimeZone m_zone;
    std::map<QByteArray, quint64> m_sequences;
    quint64 m_now = 0;
    int m_made = 0;
    int m_months = 0;
    int m_repairSerial = 0;
    double m_lastSubmitSeconds = 0;
    int m_order = 0;
    int m_references = 0;
    std::vector<DemoUnit> m_units;
    QByteArray m_pinHash;
};

void Builder::setTime(const QDate &date, int minute)
{
    const quint64 at = quint64(QDateTime(date, QTime(0, 0), m_zone).toMSecsSinceEpoch()) + quint64(minute) * 60000;
    m_now = std::max(m_now + 1, at); // block times never go back
}

Result<void> Builder::submit(const crypto::KeyPair &author, const QString &kind, cbor::Value payload,
                             std::vector<const crypto::KeyPair *> cosigners)
{
    if (full()) {
        return {};
    }
    ledger::TransactionBody body;
    body.kind = kind;
    // Bank transfers as the manager's tools sign them: version 2 records the bank's reference
    // (each demo reference is used once), so a statement line is never booked twice.
    body.kindVersion = kind == QLatin1String("payment.bank") ? contracts::kBankPaymentVersion : 1;
    body.communityId = m_genesis.communityId;
    body.author = author.publicKey();
    body.sequence = ++m_sequences[author.publicKey().toByteArray()];
    body.payload = std::move(payload);
    CY_TRY(ledger::Transaction tx, ledger::Transaction::create(std::move(body), author));
    for (const crypto::KeyPair *k : cosigners) {
        CY_TRY(tx, tx.withSignature(*k));
    }
    const auto started = std::chrono::steady_clock::now();
    auto submitted = m_out.ledger->submit(tx, m_now);
    m_lastSubmitSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    CY_TRY(const std::optional<contracts::Rejection> refused, std::move(submitted));
    if (m_options.meter) {
        m_options.meter->submitSeconds += m_lastSubmitSeconds;
        m_options.meter->submitSecondsByKind[kind] += m_lastSubmitSeconds;
        m_options.meter->submitted += refused ? 0 : 1;
    }
    if (refused) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the demo's %1 was refused: %2 (%3)").arg(kind, refused->message, refused->code));
    }
    m_out.kinds[kind] += 1;
    ++m_made;
    if (int(m_out.ledger->pending().size()) >= m_options.blockSize || full()) {
        CY_CHECK(seal());
    }
    return {};
}

Result<void> Builder::seal()
{
    if (m_out.ledger->pending().empty()) {
        return {};
    }
    const auto started = std::chrono::steady_clock::now();
    auto outcome = m_out.ledger->sealPending(m_now, m_keys.server);
    if (m_options.meter) {
        m_options.meter->sealSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        m_options.meter->blocks += (outcome && outcome->block) ? 1 : 0;
    }
    CY_TRY(const node::SealOutcome sealed, std::move(outcome));
    if (!sealed.dropped.empty()) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the demo's block dropped a transaction: %1 (%2)")
                                             .arg(sealed.dropped.front().rejection.message, sealed.dropped.front().rejection.code));
    }
    if (m_options.progress) {
        m_options.progress(m_made, m_options.transactions);
    }
    return {};
}

Result<qint64> Builder::outstanding(const QString &unit) const
{
    const state::OverlayView view(m_out.ledger->store().state(), m_out.ledger->pendingDelta());
    qint64 owed = 0;
    CY_TRY(const std::vector<QByteArray> open, contracts::openInvoiceKeys(view, contracts::openInvoicePrefix(unit)));
    for (const QByteArray &key : open) {
        CY_TRY(const std::optional<cbor::Value> v, view.get(key));
        if (v) {
            owed += intField(*v, "amount") - intField(*v, "paid");
        }
    }
    CY_TRY(const std::optional<cbor::Value> prepaid, view.get(QStringLiteral("prepaid/%1").arg(unit).toUtf8()));
    if (prepaid) {
        owed -= intField(*prepaid, "amount");
    }
    return owed;
}

Result<void> Builder::setup()
{
    const QDate day = today();
    setTime(day, 9 * 60);
    const crypto::KeyPair &chair = m_keys.committee[0];
    const auto grant = [&](const crypto::KeyPair &key, const char *role) {
        return submit(chair, QStringLiteral("governance.grant"),
                      cbor::Value::fromMap({{QStringLiteral("key"), bytes(key.publicKey().toByteArray())},
                                            {QStringLiteral("role"), text(QLatin1String(role))}}),
                      quorum());
    };
    CY_CHECK(grant(m_keys.manager, "manager"));
    for (const crypto::KeyPair &k : m_keys.kiosks) {
        CY_CHECK(grant(k, "kiosk"));
    }
    CY_CHECK(grant(m_keys.auditor, "auditor"));
    // Property fees: 2.50 per m² a month, due on the 5th like the rent.
    CY_CHECK(submit(chair, QStringLiteral("billing.set-fee-rule"),
                    cbor::Value::fromMap({{QStringLiteral("basis"), text(QStringLiteral("area"))},
                                          {QStringLiteral("amount"), money(250)},
                                          {QStringLiteral("due-day"), cbor::Value::fromUnsigned(5)},
                                          {QStringLiteral("currency"), text(m_genesis.currency)}}),
                    quorum()));

    // 40 units: 4 buildings of 5 floors with 2 flats each (other counts: buildings of 25 floors
    // with 4 flats each); shares in proportion to the area, rounded down, so they never add up to
    // more than 10,000 bp.
    const bool standard = m_options.units == 40;
    const int floors = standard ? 5 : 25;
    const int flats = standard ? 2 : 4;
    for (int b = 1; int(m_units.size()) < m_options.units; ++b) {
        for (int f = 1; f <= floors && int(m_units.size()) < m_options.units; ++f) {
            for (int u = 1; u <= flats && int(m_units.size()) < m_options.units; ++u) {
                DemoUnit unit;
                unit.number = QStringLiteral("%1-%2%3").arg(b).arg(f, 2, 10, QLatin1Char('0')).arg(u, 2, 10, QLatin1Char('0'));
                unit.area = 6000 + qint64(m_rng() % 8001); // 60.00 .. 140.00 m²
                unit.resident = demoId("resident", m_options.seed, int(m_units.size()), 16);
                m_units.push_back(unit);
            }
        }
    }
    qint64 totalArea = 0;
    for (const DemoUnit &u : m_units) {
        totalArea += u.area;
    }
    for (const DemoUnit &u : m_units) {
        CY_CHECK(submit(m_keys.manager, QStringLiteral("unit.register"),
                        cbor::Value::fromMap({{QStringLiteral("number"), text(u.number)},
                                              {QStringLiteral("area"), cbor::Value::fromUnsigned(quint64(u.area))},
                                              {QStringLiteral("share"), cbor::Value::fromUnsigned(quint64(u.area * 10000 / totalArea))}})));
        if (!full()) {
            ++m_out.figures.units;
        }
    }
    for (std::size_t i = 0; i < m_units.size(); ++i) {
        const DemoUnit &u = m_units[i];
        const int before = m_made;
        CY_CHECK(submit(m_keys.manager, QStringLiteral("resident.register"),
                        cbor::Value::fromMap({{QStringLiteral("resident"), bytes(u.resident)}, {QStringLiteral("unit"), text(u.number)}})));
        m_out.figures.residents += m_made - before;
        const int cardBefore = m_made;
        CY_CHECK(submit(m_keys.manager, QStringLiteral("resident.enroll-card"),
                        cbor::Value::fromMap({{QStringLiteral("resident"), bytes(u.resident)},
                                              {QStringLiteral("card"), bytes(demoCardHash(int(i)))},
                                              {QStringLiteral("pin"), text(QString::fromLatin1(m_pinHash))}})));
        m_out.figures.cards += m_made - cardBefore;
    }
    for (std::size_t i = 0; i < m_units.size(); ++i) {
        const DemoUnit &u = m_units[i];
        const qint64 rent = (2500 + qint64(m_rng() % 351) * 10) * 100; // 2,500.00 .. 6,000.00 a month
        const int before = m_made;
        CY_CHECK(submit(m_keys.manager, QStringLiteral("lease.create"),
                        cbor::Value::fromMap({{QStringLiteral("lease"), bytes(demoId("lease", m_options.seed, int(i), 16))},
                                              {QStringLiteral("unit"), text(u.number)},
                                              {QStringLiteral("residents"), cbor::Value::fromArray({bytes(u.resident)})},
                                              {QStringLiteral("currency"), text(m_genesis.currency)},
                                              {QStringLiteral("rent"), money(rent)},
                                              {QStringLiteral("billing-day"), cbor::Value::fromUnsigned(5)},
                                              {QStringLiteral("start"), text(day.toString(Qt::ISODate))},
                                              {QStringLiteral("deposit"), money(rent)},
                                              {QStringLiteral("grace-days"), cbor::Value::fromUnsigned(5)},
                                              {QStringLiteral("late-fee"), cbor::Value::fromMap({{QStringLiteral("percent"), text(QStringLiteral("5%"))},
                                                                                                   {QStringLiteral("cap"), money(30000)}})},
                                              {QStringLiteral("escalation"), cbor::Value::fromMap({{QStringLiteral("percent"), text(QStringLiteral("3%"))}})},
                                              {QStringLiteral("document"), bytes(demoId("lease document", m_options.seed, int(i), 32))}})));
        m_out.figures.leases += m_made - before;
    }
    return {};
}

void Builder::schedulePayment(std::vector<Event> &events, const DemoUnit &unit, const QDate &first)
{
    // Most pay on time, some late, some only part, a few too much, a few skip a month (and
    // get a late fee at the next close).
    const int r = int(m_rng() % 100);
    if (r >= 95) {
        return;
    }
    const bool late = r >= 70 && r < 85;
    const int day = late ? 6 + int(m_rng() % 20) : 1 + int(m_rng() % 5); // due on the 5th
    const int minute = 9 * 60 + int(m_rng() % (11 * 60));
    const int method = int(m_rng() % 100);
    const quint64 partPercent = 50 + m_rng() % 41;
    const qint64 extra = (100 + qint64(m_rng() % 401)) * 100;
    const std::size_t kiosk = m_rng() % m_keys.kiosks.size();
    events.push_back({first.addDays(day - 1), minute, m_order++, [this, unit, r, late, method, partPercent, extra, kiosk]() -> Result<void> {
        CY_TRY(const qint64 owed, outstanding(unit.number));
        qint64 amount = owed;
        const bool partial = r >= 85 && r < 91;
        const bool over = r >= 91;
        if (partial) {
            amount = owed * qint64(partPercent) / 100 / 100 * 100; // whole yuan
        } else if (over) {
            amount = std::max<qint64>(owed, 0) + extra;
        }
        if (amount <= 0) {
            return {};
        }
        const QString reference = QStringLiteral("T%1").arg(++m_references, 8, 10, QLatin1Char('0'));
        const cbor::Value unitValue = text(unit.number);
        const int before = m_made;
        if (method < 60) {
            // At the kiosk the resident identifies with card and PIN first; now and then a PIN
            // is mistyped once.
            const cbor::Value who = cbor::Value::fromMap({{QStringLiteral("resident"), bytes(unit.resident)}});
            if (partPercent % 10 == 0) {
                CY_CHECK(submit(m_keys.kiosks[kiosk], QStringLiteral("resident.record-pin-failure"), who));
            }
            CY_CHECK(submit(m_keys.kiosks[kiosk], QStringLiteral("resident.record-pin-success"), who));
            CY_CHECK(submit(m_keys.kiosks[kiosk], QStringLiteral("payment.kiosk"),
                            cbor::Value::fromMap({{QStringLiteral("unit"), unitValue},
                                                  {QStringLiteral("amount"), money(amount)},
                                                  {QStringLiteral("reference"), text(reference)},
                                                  {QStringLiteral("resident"), bytes(unit.resident)}})));
        } else if (method < 85) {
            CY_CHECK(submit(m_keys.manager, QStringLiteral("payment.bank"),
                            cbor::Value::fromMap({{QStringLiteral("unit"), unitValue},
                                                  {QStringLiteral("amount"), money(amount)},
                                                  {QStringLiteral("reference"), text(reference)}})));
        } else {
            CY_CHECK(submit(m_keys.manager, QStringLiteral("payment.cash"),
                            cbor::Value::fromMap({{QStringLiteral("unit"), unitValue},
                                                  {QStringLiteral("amount"), money(amount)},
                                                  {QStringLiteral("receipt"), text(reference)}})));
        }
        if (m_made > before) {
            DemoFigures &f = m_out.figures;
            ++f.payments;
            ++(late ? f.paymentsLate : f.paymentsOnTime);
            f.paymentsPartial += partial ? 1 : 0;
            f.paymentsOver += over ? 1 : 0;
        }
        return {};
    }});
}

void Builder::scheduleRepair(std::vector<Event> &events, const QDate &first)
{
    static const char *const kCategories[] = {"plumbing", "electrical", "elevator", "roof", "doors-and-locks", "common-area"};
    static const char *const kVendors[] = {"Hengtai Plumbing", "Bright Electric Co.", "Shanghai Lift Service", "Evergreen Roofing", "Golden Key Locksmiths"};
    const int n = m_out.figures.repairsRequested + int(events.size());
    // The 40-unit demo keeps its ids; larger communities number their repairs (no collisions).
    const int serial = m_options.units == 40 ? n * 1000 + int(m_rng() % 1000) : -1 - m_repairSerial++;
    const QByteArray id = demoId("repair", m_options.seed, serial, 16);
    const QString category = QString::fromLatin1(kCategories[m_rng() % std::size(kCategories)]);
    const QString vendor = QString::fromLatin1(kVendors[m_rng() % std::size(kVendors)]);
    const bool common = category == QLatin1String("common-area") || category == QLatin1String("elevator") || category == QLatin1String("roof");
    const DemoUnit unit = m_units[m_rng() % m_units.size()];
    const std::size_t kiosk = m_rng() % m_keys.kiosks.size();
    // Mostly small jobs; now and then one at or above the threshold, which the committee co-signs.
    const qint64 quote = (m_rng() % 8 == 0) ? (5000 + qint64(m_rng() % 15001)) * 100 : (150 + qint64(m_rng() % 3000)) * 100;
    const qint64 billed = quote - qint64(m_rng() % 3) * quote / 20;
    const int day = 2 + int(m_rng() % 11);
    const auto at = [&](int offset, std::function<Result<void>()> run) {
        events.push_back({first.addDays(day - 1 + offset), 10 * 60 + int(m_rng() % 420), m_order++, std::move(run)});
    };
    const cbor::Value idValue = bytes(id);
    const auto idOnly = [idValue] { return cbor::Value::fromMap({{QStringLiteral("id"), idValue}}); };
    at(0, [=, this]() -> Result<void> {
        const int before = m_made;
        if (common) {
            CY_CHECK(submit(m_keys.manager, QStringLiteral("repair.request"),
                            cbor::Value::fromMap({{QStringLiteral("id"), idValue},
                                                  {QStringLiteral("category"), text(category)},
                                                  {QStringLiteral("description"), text(QStringLiteral("Reported at the office: %1").arg(category))},
                                                  {QStringLiteral("urgency"), text(QStringLiteral("normal"))}})));
        } else {
            CY_CHECK(submit(m_keys.kiosks[kiosk], QStringLiteral("repair.request"),
                            cbor::Value::fromMap({{QStringLiteral("id"), idValue},
                                                  {QStringLiteral("unit"), text(unit.number)},
                                                  {QStringLiteral("resident"), bytes(unit.resident)},
                                                  {QStringLiteral("category"), text(category)},
                                                  {QStringLiteral("description"), text(QStringLiteral("%1 problem in %2").arg(category, unit.number))},
                                                  {QStringLiteral("urgency"), text(QStringLiteral("urgent"))}})));
        }
        m_out.figures.repairsRequested += m_made - before;
        return {};
    });
    at(2, [=, this] {
        return submit(m_keys.manager, QStringLiteral("repair.quote"),
                      cbor::Value::fromMap({{QStringLiteral("id"), idValue},
                                            {QStringLiteral("vendor"), text(vendor)},
                                            {QStringLiteral("amount"), money(quote)},
                                            {QStringLiteral("currency"), text(m_genesis.currency)},
                                            {QStringLiteral("document"), bytes(demoId("quote", m_options.seed, n, 32) + id.left(0))}}));
    });
    at(3, [=, this] {
        return submit(m_keys.manager, QStringLiteral("repair.approve"), idOnly(),
                      quote >= 500000 ? std::vector<const crypto::KeyPair *>{&m_keys.committee[0], &m_keys.committee[2]}
                                      : std::vector<const crypto::KeyPair *>{});
    });
    at(5, [=, this] { return submit(m_keys.manager, QStringLiteral("repair.start"), idOnly()); });
    at(8, [=, this] { return submit(m_keys.manager, QStringLiteral("repair.complete"), idOnly()); });
    at(9, [=, this] {
        if (common) {
            return submit(m_keys.manager, QStringLiteral("repair.confirm"), idOnly());
        }
        return submit(m_keys.kiosks[kiosk], QStringLiteral("repair.confirm"),
                      cbor::Value::fromMap({{QStringLiteral("id"), idValue}, {QStringLiteral("resident"), bytes(unit.resident)}}));
    });
    at(10, [=, this]() -> Result<void> {
        const int before = m_made;
        CY_CHECK(submit(m_keys.manager, QStringLiteral("repair.pay-vendor"),
                        cbor::Value::fromMap({{QStringLiteral("id"), idValue},
                                              {QStringLiteral("amount"), money(billed)},
                                              {QStringLiteral("currency"), text(m_genesis.currency)},
                                              {QStringLiteral("invoice"), bytes(crypto::toByteArray(crypto::sha256(QByteArray("repair invoice ") + id)))}})));
        m_out.figures.repairsPaid += m_made - before;
        return {};
    });
}

void Builder::scheduleExpense(std::vector<Event> &events, const QDate &first)
{
    static const char *const kCategories[] = {"cleaning", "utilities:electricity", "utilities:water", "gardening", "security", "insurance"};
    static const char *const kVendors[] = {"Spotless Services", "State Grid Shanghai", "City Water Works", "Green Hands Gardening", "Safe Harbour Security", "Ping An Insurance"};
    const std::size_t c = m_rng() % std::size(kCategories);
    const qint64 amount = (300 + qint64(m_rng() % 4000)) * 100; // below the committee threshold
    const int day = 3 + int(m_rng() % 24);
    const QByteArray invoice = crypto::toByteArray(crypto::sha256(QByteArray("expense invoice ") + QByteArray::number(m_order) + ' ' +
                                                                  QByteArray::number(m_options.seed)));
    events.push_back({first.addDays(day - 1), 15 * 60, m_order++, [this, c, amount, invoice]() -> Result<void> {
        const int before = m_made;
        CY_CHECK(submit(m_keys.manager, QStringLiteral("expense.record"),
                        cbor::Value::fromMap({{QStringLiteral("category"), text(QString::fromLatin1(kCategories[c]))},
                                              {QStringLiteral("vendor"), text(QString::fromLatin1(kVendors[c]))},
                                              {QStringLiteral("amount"), money(amount)},
                                              {QStringLiteral("currency"), text(m_genesis.currency)},
                                              {QStringLiteral("invoice"), bytes(invoice)},
                                              {QStringLiteral("date"), text(today().toString(Qt::ISODate))}})));
        m_out.figures.expenses += m_made - before;
        return {};
    }});
}

Result<void> Builder::month(const QDate &first)
{
    // The close bills the month: late fees on what is overdue, rent, property fees.
    setTime(std::max(first, today()), 8 * 60 + 30);
    const QString period = first.toString(QStringLiteral("yyyy-MM"));
    DemoMeter *meter = m_options.meter;
    if (meter) {
        // Measured alone: the close gets a block of its own.
        CY_CHECK(seal());
        if (meter->beforeClose) {
            CY_CHECK(meter->beforeClose(period, *m_out.ledger));
        }
    }
    const int before = m_made;
    const double sealedBefore = meter ? meter->sealSeconds : 0;
    CY_CHECK(submit(m_keys.manager, QStringLiteral("billing.close-period"), cbor::Value::fromMap({{QStringLiteral("period"), text(period)}})));
    m_out.figures.months += m_made - before;
    if (meter && m_made > before) {
        const double submitSeconds = m_lastSubmitSeconds;
        CY_CHECK(seal()); // unless submit() sealed it already (blocks of one transaction)
        meter->closes.push_back({period, submitSeconds, meter->sealSeconds - sealedBefore});
    }

    std::vector<Event> events;
    for (const DemoUnit &u : m_units) {
        schedulePayment(events, u, first);
    }
    // One or two repairs a month for the 40-unit demo, in proportion for larger communities.
    const int repairs = std::max(1, m_options.units / 40) * (1 + int(m_rng() % 2));
    for (int i = 0; i < repairs; ++i) {
        scheduleRepair(events, first);
    }
    const int expenses = 1 + int(m_rng() % 2);
    for (int i = 0; i < expenses; ++i) {
        scheduleExpense(events, first);
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return std::tie(a.date, a.minute, a.order) < std::tie(b.date, b.minute, b.order);
    });
    for (Event &e : events) {
        if (full()) {
            break;
        }
        setTime(e.date, e.minute);
        CY_CHECK(e.run());
    }
    ++m_months;
    return {};
}

Result<void> Builder::build()
{
    m_genesis = demoGenesis(m_options.seed, m_keys);
    m_zone = QTimeZone(m_genesis.timeZone.toUtf8());
    m_out.registry = std::make_unique<contracts::Registry>();
    contracts::addStandardContracts(*m_out.registry);
    CY_TRY(m_out.ledger, node::Ledger::create(m_options.ledgerPath, *m_out.registry, m_genesis, m_keys.server, m_options.startTimeMs));
    m_now = m_options.startTimeMs;
    // One PIN hash, shared by every demo card.
    CY_TRY(m_pinHash, demoPinHash(m_options.seed));

    CY_CHECK(setup());
    QDate first = today();
    first = QDate(first.year(), first.month(), 1);
    while (!full()) {
        CY_CHECK(month(first));
        first = first.addMonths(1);
    }
    CY_CHECK(seal());
    if (m_options.meter && m_options.meter->beforeClose) {
        CY_CHECK(m_options.meter->beforeClose(QString(), *m_out.ledger));
    }

    // The figures that come from the final state and the postings.
    const state::StateView &state = m_out.ledger->store().state();
    DemoFigures &f = m_out.figures;
    CY_CHECK(state.scan(QByteArrayLiteral("invoice/"), [&](const state::Key &, const cbor::Value &v) {
        ++f.invoicesIssued;
        f.invoicesPaid += intField(v, "paid") >= intField(v, "amount") ? 1 : 0;
        return true;
    }));
    CY_TRY(const std::vector<store::PostingRow> postings, m_out.ledger->store().postings());
    for (const store::PostingRow &p : postings) {
        (p.amount > 0 ? f.debits : f.credits) += p.amount > 0 ? p.amount : -p.amount;
    }
    f.pinFailures = m_out.kinds.value(QStringLiteral("resident.record-pin-failure"));
    m_out.blocks = m_out.ledger->store().blockCount();
    m_out.transactions = quint64(m_made);
    return {};
}

} // namespace

Result<DemoCommunity> buildDemoCommunity(const DemoOptions &options, const DemoKeys &keys)
{
    if (options.transactions < 0 || options.blockSize < 1) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the demo needs a transaction count >= 0 and a block size >= 1"));
    }
    DemoCommunity community;
    Builder builder(options, keys, community);
    CY_CHECK(builder.build());
    // The ledger's promises hold on what the demo made; a failure here is a bug worth stopping for.
    CY_TRY(const QStringList broken, node::checkInvariants(community.ledger->store()));
    if (!broken.isEmpty()) {
        return fail(ErrorCode::Integrity, QStringLiteral("the demo ledger breaks an invariant: ") + broken.join(QStringLiteral("; ")));
    }
    return community;
}

} // namespace courtyard::cli
