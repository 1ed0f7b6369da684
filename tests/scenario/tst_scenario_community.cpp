// The scenario suite: Lotus Court, a community of 40 units, over 14 months (2027-01 to 2028-02),
// run through the real node — node::Ledger on a SQLite file, real Ed25519 signatures, the
// standard contracts, a block sealed for each day something happens — and every expected figure
// worked out by hand in this file, never by calling the contracts' helpers.
//
// The community. Ten buildings of four unit types (fee: 3.00 per m² per month, due on the 10th):
//
//   type  area       share   fee      rent      pays
//   A     60.00 m²   2.00 %  180.00   2,000.00  at the kiosk     3.00 × 60  = 180.00
//   B     80.00 m²   2.50 %  240.00   2,500.00  by bank          3.00 × 80  = 240.00
//   C    100.00 m²   2.50 %  300.00   3,000.00  at the kiosk     3.00 × 100 = 300.00
//   D    120.00 m²   3.00 %  360.00   3,600.00  by bank          3.00 × 120 = 360.00
//
// Units are numbered B<building>-10<type> (B01-101 is building 1, type A). Buildings 1–8 are
// ordinary: an open-ended lease from 2027-01-01 (rent due on the 1st, 5 grace days, 50.00 late
// fee, no deposit) and a resident who pays rent + fee on the 3rd of every month. Building 9 and 10
// carry the stories:
//
//   S1 B09-101  3 % escalation on the lease's anniversary (2028-01-01): 2,000.00 → 2,060.00
//   S2 B09-102  one-year lease with a 5,000.00 deposit, renewed for 2028 without a new rent:
//               the 4 % escalation due on the renewal's first day applies: 2,500.00 → 2,600.00
//   S3 B09-103  the late payer, in cash: partial payments, fixed 50.00 late fees, arrears at the end
//   S4 B09-104  late fee of 10 % capped at 200.00, grace 3 days, a payment naming its invoices
//   S5 B10-101  an overpayment that becomes prepaid credit, used by the next two closes
//   S6 B10-102  a bank payment returned by the bank and reversed, paid again late at the kiosk
//   S7 B10-103  early termination on 2027-08-20 (prorated August rent), deposit 6,000.00 settled
//               with two itemized deductions; the resident moves out, the 4,749.50 refund is paid
//               out by bank (one cent more, and a second payout, refused); the owner pays the fees
//   S8 B10-104  vacant until a lease starting mid-month, 2027-03-16 (prorated March rent)
//
// Besides: repairs under the committee threshold (manager alone) and over it (manager + quorum;
// the manager alone is refused), vendor payments, a cleaning budget the committee set and the
// cleaning contract overran, a fund transfer, and deliberate rejections along the way.
//
// After every block: node::checkInvariants is empty and the trial balance (all postings per
// currency) is zero; every deliberate rejection leaves the stored and the pending state roots as
// they were. At the end: replay from genesis matches every block's root and gives the same state
// root byte for byte, and a second ledger fed the sealed blocks with acceptBlock reaches it too.
#include "tests/support/fixture.h"

#include "app/node/node.h"
#include "contracts/standard.h"
#include "core/crypto/crypto.h"
#include "core/ledger/genesis.h"
#include "core/store/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <vector>

using namespace courtyard;

namespace {

// --- time, keys, payloads ------------------------------------------------------------------

// The block time of a local date and time in the community's zone: "2027-05-15 10:00".
quint64 at(const char *local)
{
    const QString text = QString::fromLatin1(local);
    const QDateTime t(QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd")),
                      QTime::fromString(text.mid(11), QStringLiteral("HH:mm")), QTimeZone("Asia/Shanghai"));
    CY_ASSERT(t.isValid());
    return quint64(t.toMSecsSinceEpoch());
}

QByteArray hash16(const QString &label)
{
    return crypto::toByteArray(crypto::sha256(label.toUtf8())).left(16);
}

QByteArray hash32(const QString &label)
{
    return crypto::toByteArray(crypto::sha256(label.toUtf8()));
}

// The same label always gives the same key.
crypto::KeyPair keyFor(const char *label)
{
    auto key = crypto::KeyPair::fromSeed(crypto::toByteArray(crypto::sha256(QByteArrayView(label))));
    CY_ASSERT(key.has_value());
    return std::move(*key);
}

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

cbor::Value txt(const QString &s)
{
    return cbor::Value::fromText(s);
}

cbor::Value txt(const char *s)
{
    return cbor::Value::fromText(str(s));
}

cbor::Value num(qint64 v)
{
    return cbor::Value::fromInt(v);
}

cbor::Value bytes(const QByteArray &b)
{
    return cbor::Value::fromBytes(b);
}

cbor::Value obj(std::initializer_list<std::pair<QString, cbor::Value>> entries)
{
    return cbor::Value::fromMap(entries);
}

// --- the community -------------------------------------------------------------------------

struct UnitType {
    quint64 area;  // hundredths of m²
    quint64 share; // basis points
    qint64 rent;   // minor units (fen) per month
};

// A, B, C, D (the shares add up to 10 × (200 + 250 + 250 + 300) = 10,000 basis points).
constexpr UnitType kTypes[4] = {{6000, 200, 200000}, {8000, 250, 250000}, {10000, 250, 300000}, {12000, 300, 360000}};

// What an ordinary resident pays on the 3rd: rent + fee of the month.
constexpr qint64 kOnTimePayment[4] = {
    218000, // A: 2,000.00 + 180.00
    274000, // B: 2,500.00 + 240.00
    330000, // C: 3,000.00 + 300.00
    396000, // D: 3,600.00 + 360.00
};

QString unitNumber(int building, int type)
{
    return QStringLiteral("B%1-10%2").arg(building, 2, 10, QLatin1Char('0')).arg(type + 1);
}

const QString kS1 = QStringLiteral("B09-101");
const QString kS2 = QStringLiteral("B09-102");
const QString kS3 = QStringLiteral("B09-103");
const QString kS4 = QStringLiteral("B09-104");
const QString kS5 = QStringLiteral("B10-101");
const QString kS6 = QStringLiteral("B10-102");
const QString kS7 = QStringLiteral("B10-103");
const QString kS8 = QStringLiteral("B10-104");
const QString kOrdinary = QStringLiteral("B01-101"); // the always-on-time resident whose score we follow
const QString kRepairUnit = QStringLiteral("B02-103");

QByteArray residentOf(const QString &unit)
{
    return hash16(QStringLiteral("resident of ") + unit);
}

QByteArray leaseOf(const QString &unit)
{
    return hash16(QStringLiteral("lease of ") + unit);
}

const QByteArray kRepairTap = hash16(QStringLiteral("repair: kitchen tap"));
const QByteArray kRepairElevator = hash16(QStringLiteral("repair: elevator"));

enum class Method { Kiosk, Cash, Bank };

// What the story units pay on the 3rd of each month, 2027-01 .. 2028-02 (14 entries, minor
// units; 0: nothing that day). Their other payments are in the story.
struct OnTheThird {
    QString unit;
    Method method;
    qint64 amounts[14];
};

const OnTheThird kStoryPayers[] = {
    // S1 on time: 2,000.00 + 180.00; from 2028-01 the escalated rent 2,060.00 + 180.00 = 2,240.00.
    {kS1, Method::Kiosk, {218000, 218000, 218000, 218000, 218000, 218000, 218000, 218000, 218000, 218000, 218000, 218000, 224000, 224000}},
    // S2 on time: 2,500.00 + 240.00; renewed for 2028 at 2,600.00 (4 % on 2028-01-01) + 240.00 = 2,840.00.
    {kS2, Method::Bank, {274000, 274000, 274000, 274000, 274000, 274000, 274000, 274000, 274000, 274000, 274000, 274000, 284000, 284000}},
    // S3 in cash: 3,000.00 + 300.00 = 3,300.00, but nothing on 04-03 and 05-03; in 2028-01 only
    // 2,000.00 (of the 3,000.00 rent), in 2028-02 1,300.00 (January's 1,000.00 rest + 300.00 fee).
    {kS3, Method::Cash, {330000, 330000, 330000, 0, 0, 330000, 330000, 330000, 330000, 330000, 330000, 330000, 200000, 130000}},
    // S4: 3,600.00 + 360.00 = 3,960.00; nothing in August; September in the story; October
    // everything owed: 200.00 + 1,500.00 + 360.00 + 150.00 + 3,600.00 + 360.00 = 6,170.00.
    {kS4, Method::Bank, {396000, 396000, 396000, 396000, 396000, 396000, 396000, 0, 0, 617000, 396000, 396000, 396000, 396000}},
    // S5: 2,180.00; in June 5,000.00 (2,820.00 becomes credit); nothing in July (the credit paid);
    // in August 2,000.00 − 640.00 of credit = 1,360.00 + 180.00 = 1,540.00.
    {kS5, Method::Kiosk, {218000, 218000, 218000, 218000, 218000, 500000, 0, 154000, 218000, 218000, 218000, 218000, 218000, 218000}},
    // S6: 2,740.00 by bank; October's is in the story (it is reversed).
    {kS6, Method::Bank, {274000, 274000, 274000, 274000, 274000, 274000, 274000, 274000, 274000, 0, 274000, 274000, 274000, 274000}},
    // S7 at the kiosk: 3,300.00 to July; August 1,935.48 (20 days of rent) + 300.00 = 2,235.48.
    {kS7, Method::Kiosk, {330000, 330000, 330000, 330000, 330000, 330000, 330000, 223548, 0, 0, 0, 0, 0, 0}},
    // S7 vacant from September: the owner pays the 300.00 fee by bank.
    {kS7, Method::Bank, {0, 0, 0, 0, 0, 0, 0, 0, 30000, 30000, 30000, 30000, 30000, 30000}},
    // S8: vacant in January and February (the owner pays the 360.00 fee), March's fee (due
    // 03-10) on 03-03, the deposit and the prorated rent on 03-12 (story); 3,960.00 from April.
    {kS8, Method::Bank, {36000, 36000, 36000, 396000, 396000, 396000, 396000, 396000, 396000, 396000, 396000, 396000, 396000, 396000}},
};

// One invoice as the state shows it.
struct Invoice {
    QString due;
    QString kind;
    QString period;
    qint64 amount = 0;
    qint64 paid = 0;
    QString id; // the key's last part

    bool operator==(const Invoice &o) const
    {
        return due == o.due && kind == o.kind && period == o.period && amount == o.amount && paid == o.paid;
    }
};

QString describe(const Invoice &i)
{
    return QStringLiteral("%1 %2 %3 %4/%5").arg(i.due, i.kind, i.period).arg(i.amount).arg(i.paid);
}

// For QCOMPARE's messages (found by argument-dependent lookup).
char *toString(const Invoice &i)
{
    return qstrdup(qPrintable(describe(i)));
}

Invoice inv(const char *due, const char *kind, const char *period, qint64 amount, qint64 paid)
{
    return Invoice{str(due), str(kind), str(period), amount, paid, {}};
}

} // namespace

class TestScenarioCommunity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fourteenMonths();
    void incomeAndFunds();
    void invoicesOfTwoUnits();
    void leasesAndTheirHistory();
    void repairsAndBudget();
    void creditScores();
    void replayFromGenesis();
    void aSecondDeviceAcceptsTheBlocks();

private:
    struct Step {
        quint64 at = 0;
        bool check = false; // runs after the block of its time is sealed
        QString what;
        std::function<void()> run;
    };

    // The story, month by month.
    void schedule();
    void scheduleMonth(QDate month, int index);
    void on(const char *when, const char *what, std::function<void()> run);
    void after(const char *when, const char *what, std::function<void()> run);
    void onAt(quint64 time, QString what, std::function<void()> run, bool check);

    // Transactions.
    ledger::Transaction make(const QString &kind, cbor::Value payload, const crypto::KeyPair &author,
                             std::vector<const crypto::KeyPair *> cosigners = {});
    ledger::Transaction accept(const QString &kind, cbor::Value payload, const crypto::KeyPair &author,
                               std::vector<const crypto::KeyPair *> cosigners = {});
    ledger::Transaction quorum(const QString &kind, cbor::Value payload);
    ledger::Transaction manager(const QString &kind, cbor::Value payload) { return accept(kind, std::move(payload), m_manager); }
    // Submits a transaction that must be refused with `code`; neither the stored state nor the
    // pending one may change.
    void refuse(const char *code, const QString &kind, cbor::Value payload, const crypto::KeyPair &author,
                std::vector<const crypto::KeyPair *> cosigners = {});
    ledger::Transaction pay(const QString &unit, Method method, qint64 amount, const QStringList &invoices = {});
    void close(const char *period);
    cbor::Value leasePayload(const QString &unit, qint64 rent, const char *start, const char *end, qint64 deposit, int grace,
                             cbor::Value lateFee, cbor::Value escalation);
    void seal();
    void checkBlock();

    // Reads: postings from the store, records from its state.
    qint64 balance(const QString &account);
    qint64 receivable(const QString &unit) { return balance(QStringLiteral("Assets:Receivable:") + unit); }
    std::optional<cbor::Value> record(const QByteArray &key);
    qint64 intOf(const QByteArray &key, const char *field);
    std::vector<Invoice> invoicesOf(const QString &unit); // by due date, then kind
    Invoice invoiceOf(const QString &unit, const char *kind, const char *period);
    void compareInvoices(const QString &unit, const std::vector<Invoice> &expected);
    void compareScore(const QString &unit, int score, const QStringList &reasons, const char *period);

    QTemporaryDir m_dir;
    contracts::Registry m_registry;
    crypto::KeyPair m_server = keyFor("lotus court: server");
    std::vector<crypto::KeyPair> m_committee;
    crypto::KeyPair m_manager = keyFor("lotus court: manager");
    crypto::KeyPair m_kiosk = keyFor("lotus court: lobby kiosk");
    crypto::KeyPair m_auditor = keyFor("lotus court: auditor");
    ledger::Genesis m_genesis;
    quint64 m_genesisTime = 0;
    std::unique_ptr<node::Ledger> m_ledger;
    std::map<QByteArray, quint64> m_sequences;
    std::vector<Step> m_steps;
    quint64 m_now = 0;
    quint64 m_blocks = 0;
    quint64 m_rejections = 0;
    int m_references = 0;
    std::optional<ledger::Transaction> m_s6October;
    std::optional<ledger::Transaction> m_s7Refund;
    bool m_storyDone = false;
};

// --- setup -----------------------------------------------------------------------------------

void TestScenarioCommunity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    contracts::addStandardContracts(m_registry);
    for (const char *label : {"lotus court: committee chair", "lotus court: committee treasurer", "lotus court: committee secretary"}) {
        m_committee.push_back(keyFor(label));
    }
    m_genesis.communityId = QByteArray(ledger::kCommunityIdSize, '\x5c');
    m_genesis.name = QStringLiteral("Lotus Court");
    m_genesis.currency = QStringLiteral("CNY");
    m_genesis.timeZone = QStringLiteral("Asia/Shanghai");
    m_genesis.sealer = m_server.publicKey();
    for (const crypto::KeyPair &k : m_committee) {
        m_genesis.committee.push_back(k.publicKey());
    }
    m_genesis.quorum = 2;
    CY_VERIFY_OK(m_genesis.validate());
    m_genesisTime = at("2026-12-01 09:00");
    auto ledger = node::Ledger::create(m_dir.filePath(QStringLiteral("lotus.courtyard")), m_registry, m_genesis, m_server, m_genesisTime);
    if (!ledger) {
        QFAIL(qPrintable(ledger.error().message));
    }
    m_ledger = std::move(*ledger);
    m_sequences[m_server.publicKey().toByteArray()] = 1; // genesis
    checkBlock();
}

ledger::Transaction TestScenarioCommunity::make(const QString &kind, cbor::Value payload, const crypto::KeyPair &author,
                                                std::vector<const crypto::KeyPair *> cosigners)
{
    ledger::TransactionBody body;
    body.kind = kind;
    body.communityId = m_genesis.communityId;
    body.author = author.publicKey();
    body.sequence = ++m_sequences[author.publicKey().toByteArray()];
    body.payload = std::move(payload);
    auto tx = ledger::Transaction::create(std::move(body), author);
    CY_ASSERT(tx.has_value());
    for (const crypto::KeyPair *k : cosigners) {
        tx = tx->withSignature(*k);
        CY_ASSERT(tx.has_value());
    }
    return std::move(*tx);
}

ledger::Transaction TestScenarioCommunity::accept(const QString &kind, cbor::Value payload, const crypto::KeyPair &author,
                                                  std::vector<const crypto::KeyPair *> cosigners)
{
    ledger::Transaction tx = make(kind, std::move(payload), author, std::move(cosigners));
    auto verdict = m_ledger->submit(tx, m_now);
    if (!verdict) {
        QTest::qFail(qPrintable(verdict.error().message), __FILE__, __LINE__);
    } else if (*verdict) {
        QTest::qFail(qPrintable(QStringLiteral("%1 refused: %2 (%3)").arg(kind, (*verdict)->message, (*verdict)->code)), __FILE__, __LINE__);
    }
    return tx;
}

ledger::Transaction TestScenarioCommunity::quorum(const QString &kind, cbor::Value payload)
{
    return accept(kind, std::move(payload), m_committee[0], {&m_committee[1]});
}

void TestScenarioCommunity::refuse(const char *code, const QString &kind, cbor::Value payload, const crypto::KeyPair &author,
                                   std::vector<const crypto::KeyPair *> cosigners)
{
    store::Store &store = m_ledger->store();
    const auto storedBefore = store.stateRoot();
    const auto pendingBefore = store.stateRootWith(m_ledger->pendingDelta());
    const std::size_t pending = m_ledger->pending().size();
    const ledger::Transaction tx = make(kind, std::move(payload), author, std::move(cosigners));
    auto verdict = m_ledger->submit(tx, m_now);
    CY_VERIFY_OK(verdict);
    QVERIFY2(verdict->has_value(), qPrintable(kind + QStringLiteral(" was accepted; expected ") + str(code)));
    QCOMPARE((*verdict)->code, str(code));
    QVERIFY(!(*verdict)->message.isEmpty());
    QCOMPARE(m_ledger->pending().size(), pending);
    const auto storedAfter = store.stateRoot();
    const auto pendingAfter = store.stateRootWith(m_ledger->pendingDelta());
    QVERIFY(storedBefore && storedAfter && pendingBefore && pendingAfter);
    QVERIFY(*storedBefore == *storedAfter);
    QVERIFY(*pendingBefore == *pendingAfter);
    ++m_rejections;
}

ledger::Transaction TestScenarioCommunity::pay(const QString &unit, Method method, qint64 amount, const QStringList &invoices)
{
    ++m_references;
    cbor::Map m{{txt("unit"), txt(unit)}, {txt("amount"), num(amount)}};
    if (!invoices.isEmpty()) {
        cbor::Array ids;
        for (const QString &id : invoices) {
            ids.push_back(txt(id));
        }
        m.emplace_back(txt("invoices"), cbor::Value::fromArray(std::move(ids)));
    }
    switch (method) {
    case Method::Kiosk:
        m.emplace_back(txt("reference"), txt(QStringLiteral("POS-%1").arg(m_references)));
        m.emplace_back(txt("resident"), bytes(residentOf(unit)));
        return accept(QStringLiteral("payment.kiosk"), cbor::Value::fromMap(std::move(m)), m_kiosk);
    case Method::Cash:
        m.emplace_back(txt("receipt"), txt(QStringLiteral("R-%1").arg(m_references)));
        return accept(QStringLiteral("payment.cash"), cbor::Value::fromMap(std::move(m)), m_manager);
    case Method::Bank:
        m.emplace_back(txt("reference"), txt(QStringLiteral("BANK-%1").arg(m_references)));
        return accept(QStringLiteral("payment.bank"), cbor::Value::fromMap(std::move(m)), m_manager);
    }
    Q_UNREACHABLE();
}

void TestScenarioCommunity::close(const char *period)
{
    manager(QStringLiteral("billing.close-period"), obj({{QStringLiteral("period"), txt(period)}}));
}

cbor::Value TestScenarioCommunity::leasePayload(const QString &unit, qint64 rent, const char *start, const char *end, qint64 deposit,
                                                int grace, cbor::Value lateFee, cbor::Value escalation)
{
    cbor::Map m{{txt("lease"), bytes(leaseOf(unit))},
                {txt("unit"), txt(unit)},
                {txt("residents"), cbor::Value::fromArray({bytes(residentOf(unit))})},
                {txt("currency"), txt("CNY")},
                {txt("rent"), num(rent)},
                {txt("billing-day"), num(1)},
                {txt("start"), txt(start)},
                {txt("deposit"), num(deposit)},
                {txt("grace-days"), num(grace)},
                {txt("late-fee"), std::move(lateFee)},
                {txt("document"), bytes(hash32(QStringLiteral("signed lease of ") + unit))}};
    if (end) {
        m.emplace_back(txt("end"), txt(end));
    }
    if (!escalation.isNull()) {
        m.emplace_back(txt("escalation"), std::move(escalation));
    }
    return cbor::Value::fromMap(std::move(m));
}

void TestScenarioCommunity::seal()
{
    if (m_ledger->pending().empty()) {
        return;
    }
    const std::size_t count = m_ledger->pending().size();
    auto sealed = m_ledger->sealPending(m_now, m_server);
    CY_VERIFY_OK(sealed);
    QVERIFY2(sealed->dropped.empty(), qPrintable(sealed->dropped.empty() ? QString() : sealed->dropped.front().rejection.code));
    QVERIFY(sealed->block.has_value());
    QCOMPARE(sealed->block->header.transactionCount(), quint64(count));
    QCOMPARE(sealed->block->header.timeMs, m_now);
    ++m_blocks;
    checkBlock();
}

// The promises after every block: the node's invariants, and a trial balance of zero.
void TestScenarioCommunity::checkBlock()
{
    store::Store &store = m_ledger->store();
    const auto broken = node::checkInvariants(store);
    CY_VERIFY_OK(broken);
    QVERIFY2(broken->isEmpty(), qPrintable(broken->join(QLatin1Char('\n'))));
    const auto rows = store.postings();
    CY_VERIFY_OK(rows);
    std::map<QString, qint64> perCurrency;
    for (const store::PostingRow &row : *rows) {
        QCOMPARE(row.currency, QStringLiteral("CNY"));
        perCurrency[row.currency] += row.amount;
    }
    for (const auto &[currency, sum] : perCurrency) {
        QCOMPARE(sum, qint64(0));
    }
}

void TestScenarioCommunity::onAt(quint64 time, QString what, std::function<void()> run, bool check)
{
    m_steps.push_back(Step{time, check, std::move(what), std::move(run)});
}

void TestScenarioCommunity::on(const char *when, const char *what, std::function<void()> run)
{
    onAt(at(when), str(what), std::move(run), false);
}

void TestScenarioCommunity::after(const char *when, const char *what, std::function<void()> run)
{
    onAt(at(when), str(what), std::move(run), true);
}

// --- reads -----------------------------------------------------------------------------------

qint64 TestScenarioCommunity::balance(const QString &account)
{
    const auto rows = m_ledger->store().postingsForAccount(account);
    CY_ASSERT(rows.has_value());
    qint64 sum = 0;
    for (const store::PostingRow &row : *rows) {
        sum += row.amount;
    }
    return sum;
}

std::optional<cbor::Value> TestScenarioCommunity::record(const QByteArray &key)
{
    auto value = m_ledger->store().state().get(key);
    CY_ASSERT(value.has_value());
    return *value;
}

qint64 TestScenarioCommunity::intOf(const QByteArray &key, const char *field)
{
    const auto r = record(key);
    if (!r) {
        return -1;
    }
    const cbor::Value *v = r->find(str(field));
    return v ? v->toInt64().value_or(-1) : -1;
}

std::vector<Invoice> TestScenarioCommunity::invoicesOf(const QString &unit)
{
    std::vector<Invoice> out;
    const auto scanned = m_ledger->store().state().scan(QByteArray("invoice/") + unit.toUtf8() + '/',
                                                        [&](const state::Key &key, const cbor::Value &v) {
                                                            out.push_back(Invoice{v.find(u"due")->asText(), v.find(u"kind")->asText(),
                                                                                  v.find(u"period")->asText(),
                                                                                  *v.find(u"amount")->toInt64(), *v.find(u"paid")->toInt64(),
                                                                                  QString::fromLatin1(key.mid(key.lastIndexOf('/') + 1))});
                                                            return true;
                                                        });
    CY_ASSERT(scanned.has_value());
    std::stable_sort(out.begin(), out.end(), [](const Invoice &a, const Invoice &b) {
        return a.due != b.due ? a.due < b.due : a.kind < b.kind;
    });
    return out;
}

Invoice TestScenarioCommunity::invoiceOf(const QString &unit, const char *kind, const char *period)
{
    for (const Invoice &i : invoicesOf(unit)) {
        if (i.kind == str(kind) && i.period == str(period)) {
            return i;
        }
    }
    return Invoice{};
}

void TestScenarioCommunity::compareInvoices(const QString &unit, const std::vector<Invoice> &expected)
{
    const std::vector<Invoice> actual = invoicesOf(unit);
    QStringList a;
    QStringList e;
    for (const Invoice &i : actual) {
        a << describe(i);
    }
    for (const Invoice &i : expected) {
        e << describe(i);
    }
    QCOMPARE(a, e);
}

void TestScenarioCommunity::compareScore(const QString &unit, int score, const QStringList &reasons, const char *period)
{
    const auto r = record(QByteArray("score/") + residentOf(unit).toHex());
    QVERIFY2(r.has_value(), qPrintable(QStringLiteral("no score for the resident of ") + unit));
    QCOMPARE(r->find(u"period")->asText(), str(period));
    QStringList got;
    for (const cbor::Value &v : r->find(u"reasons")->asArray()) {
        got << v.asText();
    }
    QCOMPARE(*r->find(u"score")->toInt64(), qint64(score));
    QCOMPARE(got, reasons);
}

// --- the story ---------------------------------------------------------------------------------

void TestScenarioCommunity::scheduleMonth(QDate month, int index)
{
    const QString period = month.toString(QStringLiteral("yyyy-MM"));
    const auto when = [&](int day, int hour) {
        return quint64(QDateTime(QDate(month.year(), month.month(), day), QTime(hour, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
    };
    onAt(when(1, 9), QStringLiteral("close ") + period, [this, period] { close(qPrintable(period)); }, false);
    onAt(when(3, 10), QStringLiteral("payments of ") + period, [this, index] {
        // Buildings 1–8 pay rent + fee on time; the kiosk for A and C, the bank for B and D.
        for (int building = 1; building <= 8; ++building) {
            for (int type = 0; type < 4; ++type) {
                pay(unitNumber(building, type), type % 2 == 0 ? Method::Kiosk : Method::Bank, kOnTimePayment[type]);
            }
        }
        for (const OnTheThird &p : kStoryPayers) {
            if (p.amounts[index] > 0) {
                pay(p.unit, p.method, p.amounts[index]);
            }
        }
    }, false);
    if (month <= QDate(2028, 1, 1)) {
        // The cleaning contract: 1,100.00 a month, invoiced on the 25th, paid by the manager alone
        // (below the 5,000.00 expense threshold).
        onAt(when(25, 16), QStringLiteral("cleaning of ") + period, [this, period] {
            manager(QStringLiteral("expense.record"),
                    obj({{QStringLiteral("category"), txt("cleaning")},
                         {QStringLiteral("vendor"), txt("Sparkle Cleaning Co.")},
                         {QStringLiteral("amount"), num(110000)},
                         {QStringLiteral("currency"), txt("CNY")},
                         {QStringLiteral("invoice"), bytes(hash32(QStringLiteral("cleaning invoice ") + period))},
                         {QStringLiteral("date"), txt(period + QStringLiteral("-25"))}}));
        }, false);
    }
}

void TestScenarioCommunity::schedule()
{
    const cbor::Value fixed50 = obj({{QStringLiteral("fixed"), num(5000)}});

    // ===== 2026-12: the community is set up ====================================================
    on("2026-12-01 10:00", "roles and the fee rule, by the committee quorum", [this] {
        const std::pair<const crypto::KeyPair *, const char *> grants[] = {{&m_manager, "manager"}, {&m_kiosk, "kiosk"}, {&m_auditor, "auditor"}};
        for (const auto &[key, role] : grants) {
            quorum(QStringLiteral("governance.grant"), obj({{QStringLiteral("key"), bytes(key->publicKey().toByteArray())},
                                                            {QStringLiteral("role"), txt(role)}}));
        }
        // 3.00 per m² per month, due on the 10th.
        quorum(QStringLiteral("billing.set-fee-rule"), obj({{QStringLiteral("basis"), txt("area")},
                                                            {QStringLiteral("amount"), num(300)},
                                                            {QStringLiteral("due-day"), num(10)},
                                                            {QStringLiteral("currency"), txt("CNY")}}));
    });
    on("2026-12-15 10:00", "40 units, their residents and leases", [this, fixed50] {
        // The manager cannot make himself a committee member; a kiosk cannot register units.
        refuse("quorum-not-reached", QStringLiteral("governance.grant"),
               obj({{QStringLiteral("key"), bytes(m_manager.publicKey().toByteArray())}, {QStringLiteral("role"), txt("committee")}}),
               m_manager);
        refuse("not-authorized", QStringLiteral("unit.register"),
               obj({{QStringLiteral("number"), txt("B11-101")}, {QStringLiteral("area"), num(6000)}, {QStringLiteral("share"), num(1)}}),
               m_kiosk);
        for (int building = 1; building <= 10; ++building) {
            for (int type = 0; type < 4; ++type) {
                const QString unit = unitNumber(building, type);
                manager(QStringLiteral("unit.register"), obj({{QStringLiteral("number"), txt(unit)},
                                                              {QStringLiteral("area"), cbor::Value::fromUnsigned(kTypes[type].area)},
                                                              {QStringLiteral("share"), cbor::Value::fromUnsigned(kTypes[type].share)}}));
                if (unit == kS8) {
                    continue; // vacant until March
                }
                manager(QStringLiteral("resident.register"),
                        obj({{QStringLiteral("resident"), bytes(residentOf(unit))}, {QStringLiteral("unit"), txt(unit)}}));
                if (building <= 8) {
                    manager(QStringLiteral("lease.create"), leasePayload(unit, kTypes[type].rent, "2027-01-01", nullptr, 0, 5, fixed50, {}));
                }
            }
        }
        // The story leases.
        manager(QStringLiteral("lease.create"), leasePayload(kS1, 200000, "2027-01-01", "2028-12-31", 0, 5, fixed50,
                                                             obj({{QStringLiteral("percent"), txt("3")}})));
        manager(QStringLiteral("lease.create"), leasePayload(kS2, 250000, "2027-01-01", "2027-12-31", 500000, 5, fixed50,
                                                             obj({{QStringLiteral("percent"), txt("4")}})));
        manager(QStringLiteral("lease.create"), leasePayload(kS3, 300000, "2027-01-01", nullptr, 0, 5, fixed50, {}));
        manager(QStringLiteral("lease.create"),
                leasePayload(kS4, 360000, "2027-01-01", nullptr, 720000, 3,
                             obj({{QStringLiteral("percent"), txt("10")}, {QStringLiteral("cap"), num(20000)}}), {}));
        manager(QStringLiteral("lease.create"), leasePayload(kS5, 200000, "2027-01-01", nullptr, 0, 5, fixed50, {}));
        manager(QStringLiteral("lease.create"), leasePayload(kS6, 250000, "2027-01-01", nullptr, 0, 5, fixed50, {}));
        manager(QStringLiteral("lease.create"), leasePayload(kS7, 300000, "2027-01-01", "2027-12-31", 600000, 5, fixed50, {}));
    });
    after("2026-12-15 10:00", "deposits invoiced", [this] {
        // Deposit invoices: debit the unit's receivable, credit its deposit liability.
        QCOMPARE(receivable(kS2), qint64(500000));
        QCOMPARE(balance(QStringLiteral("Liabilities:Deposits:B09-102")), qint64(-500000));
        QCOMPARE(balance(QStringLiteral("Liabilities:Deposits:B09-104")), qint64(-720000));
        QCOMPARE(balance(QStringLiteral("Liabilities:Deposits:B10-103")), qint64(-600000));
        QCOMPARE(invoiceOf(kS4, "deposit", "2027-01"), inv("2027-01-01", "deposit", "2027-01", 720000, 0));
    });
    on("2026-12-20 10:00", "deposits paid; the 2027 budgets", [this] {
        pay(kS2, Method::Bank, 500000);
        pay(kS4, Method::Bank, 720000);
        pay(kS7, Method::Bank, 600000);
        // Budgets are the committee's: the manager alone is refused.
        const auto budget = [](int year, const char *category, qint64 amount) {
            return obj({{QStringLiteral("year"), num(year)}, {QStringLiteral("category"), txt(category)},
                        {QStringLiteral("amount"), num(amount)}, {QStringLiteral("currency"), txt("CNY")}});
        };
        refuse("quorum-not-reached", QStringLiteral("budget.set"), budget(2027, "cleaning", 1500000), m_manager);
        quorum(QStringLiteral("budget.set"), budget(2027, "cleaning", 1200000)); // 12,000.00 for 2027
        quorum(QStringLiteral("budget.set"), budget(2027, "repairs", 2000000));  // 20,000.00
    });
    after("2026-12-20 10:00", "deposits settled", [this] {
        QCOMPARE(receivable(kS2), qint64(0));
        QCOMPARE(receivable(kS4), qint64(0));
        QCOMPARE(receivable(kS7), qint64(0));
        QCOMPARE(balance(QStringLiteral("Assets:Bank")), qint64(1820000)); // 5,000.00 + 7,200.00 + 6,000.00
    });

    // ===== the regular months: close on the 1st, payments on the 3rd, cleaning on the 25th ========
    for (int i = 0; i < 14; ++i) {
        scheduleMonth(QDate(2027, 1, 1).addMonths(i), i);
    }

    // ===== 2027-01 ===============================================================================
    on("2027-01-01 09:00", "closing twice, or too early, is refused", [this] {
        refuse("period-closed", QStringLiteral("billing.close-period"), obj({{QStringLiteral("period"), txt("2027-01")}}), m_manager);
        refuse("period-not-started", QStringLiteral("billing.close-period"), obj({{QStringLiteral("period"), txt("2027-02")}}), m_manager);
    });
    after("2027-01-01 09:00", "January billed", [this] {
        // Rent: 8 × (2,000.00 + 2,500.00 + 3,000.00 + 3,600.00) = 88,800.00 for buildings 1–8, plus
        // S1 2,000.00 + S2 2,500.00 + S3 3,000.00 + S4 3,600.00 + S5 2,000.00 + S6 2,500.00
        // + S7 3,000.00 = 18,600.00 (S8 is vacant): 107,400.00.
        QCOMPARE(balance(QStringLiteral("Income:Rent")), qint64(-10740000));
        // Fees: 10 × (180.00 + 240.00 + 300.00 + 360.00) = 10,800.00, vacant S8 included.
        QCOMPARE(balance(QStringLiteral("Income:PropertyFees")), qint64(-1080000));
        // Nothing is due yet (rent on the 1st + 5 days of grace, fees on the 10th): no history.
        compareScore(kOrdinary, 550, {QStringLiteral("no-history")}, "2027-01");
    });

    // ===== 2027-02 ===============================================================================
    on("2027-02-20 10:00", "S8: a new resident and a lease from 2027-03-16", [this] {
        manager(QStringLiteral("resident.register"), obj({{QStringLiteral("resident"), bytes(residentOf(kS8))}, {QStringLiteral("unit"), txt(kS8)}}));
        manager(QStringLiteral("lease.create"), leasePayload(kS8, 360000, "2027-03-16", nullptr, 360000, 5,
                                                             obj({{QStringLiteral("fixed"), num(5000)}}), {}));
    });

    // ===== 2027-03 ===============================================================================
    after("2027-03-01 09:00", "S8's prorated March", [this] {
        // 16 of March's 31 days (16th to 31st): 3,600.00 × 16/31 = 1,858.0645… → 1,858.06, due on
        // the first day of the lease.
        QCOMPARE(invoiceOf(kS8, "rent", "2027-03"), inv("2027-03-16", "rent", "2027-03", 185806, 0));
        QCOMPARE(invoiceOf(kS8, "deposit", "2027-03"), inv("2027-03-16", "deposit", "2027-03", 360000, 0));
    });
    after("2027-03-03 10:00", "S8's March fee paid first (due on the 10th, before the 16th)", [this] {
        QCOMPARE(invoiceOf(kS8, "fee", "2027-03").paid, qint64(36000));
        QCOMPARE(receivable(kS8), qint64(545806)); // 3,600.00 + 1,858.06
    });
    on("2027-03-05 10:00", "a leaking tap in B02-103, reported at the kiosk", [this] {
        accept(QStringLiteral("repair.request"), obj({{QStringLiteral("id"), bytes(kRepairTap)},
                                                       {QStringLiteral("unit"), txt(kRepairUnit)},
                                                       {QStringLiteral("resident"), bytes(residentOf(kRepairUnit))},
                                                       {QStringLiteral("category"), txt("plumbing")},
                                                       {QStringLiteral("description"), txt("The kitchen tap leaks")},
                                                       {QStringLiteral("urgency"), txt("normal")}}),
               m_kiosk);
    });
    on("2027-03-06 10:00", "quoted 1,200.00 and approved by the manager alone (below 5,000.00)", [this] {
        manager(QStringLiteral("repair.quote"), obj({{QStringLiteral("id"), bytes(kRepairTap)},
                                                     {QStringLiteral("vendor"), txt("Li Plumbing")},
                                                     {QStringLiteral("amount"), num(120000)},
                                                     {QStringLiteral("currency"), txt("CNY")},
                                                     {QStringLiteral("document"), bytes(hash32(QStringLiteral("quote: kitchen tap")))}}));
        refuse("not-authorized", QStringLiteral("repair.approve"), obj({{QStringLiteral("id"), bytes(kRepairTap)}}), m_kiosk);
        manager(QStringLiteral("repair.approve"), obj({{QStringLiteral("id"), bytes(kRepairTap)}}));
    });
    on("2027-03-07 10:00", "work starts", [this] { manager(QStringLiteral("repair.start"), obj({{QStringLiteral("id"), bytes(kRepairTap)}})); });
    on("2027-03-08 10:00", "work done", [this] { manager(QStringLiteral("repair.complete"), obj({{QStringLiteral("id"), bytes(kRepairTap)}})); });
    on("2027-03-09 10:00", "the resident confirms at the kiosk", [this] {
        accept(QStringLiteral("repair.confirm"), obj({{QStringLiteral("id"), bytes(kRepairTap)}, {QStringLiteral("resident"), bytes(residentOf(kRepairUnit))}}),
               m_kiosk);
    });
    on("2027-03-10 10:00", "the plumber is paid 1,150.00 (billed below the quote)", [this] {
        manager(QStringLiteral("repair.pay-vendor"), obj({{QStringLiteral("id"), bytes(kRepairTap)},
                                                          {QStringLiteral("amount"), num(115000)},
                                                          {QStringLiteral("currency"), txt("CNY")},
                                                          {QStringLiteral("invoice"), bytes(hash32(QStringLiteral("invoice: kitchen tap")))}}));
    });
    on("2027-03-12 10:00", "S8 pays the deposit and the prorated rent", [this] {
        pay(kS8, Method::Bank, 545806); // 3,600.00 + 1,858.06: both invoices due 03-16, paid in full
    });
    after("2027-03-12 10:00", "S8 settled", [this] {
        QCOMPARE(receivable(kS8), qint64(0));
        QCOMPARE(balance(QStringLiteral("Liabilities:Deposits:B10-104")), qint64(-360000));
    });

    // ===== 2027-04: S3 pays nothing on the 3rd, 1,500.00 on the 20th ===============================
    on("2027-04-03 10:00", "a kiosk payment for a resident of another unit is refused", [this] {
        refuse("not-a-resident", QStringLiteral("payment.kiosk"),
               obj({{QStringLiteral("unit"), txt(kS3)}, {QStringLiteral("amount"), num(330000)},
                    {QStringLiteral("reference"), txt("POS-X")}, {QStringLiteral("resident"), bytes(residentOf(kS5))}}),
               m_kiosk);
    });
    on("2027-04-20 10:00", "S3 pays part of April in cash", [this] { pay(kS3, Method::Cash, 150000); });
    after("2027-04-20 10:00", "S3 owes the rest", [this] {
        // April: rent 3,000.00 + fee 300.00 = 3,300.00, minus 1,500.00 (to the rent, the oldest).
        QCOMPARE(receivable(kS3), qint64(180000));
        QCOMPARE(invoiceOf(kS3, "rent", "2027-04").paid, qint64(150000));
        QCOMPARE(invoiceOf(kS3, "fee", "2027-04").paid, qint64(0));
    });

    // ===== 2027-05: a late fee for S3; paid in full on the 15th =================================
    after("2027-05-01 09:00", "S3's April rent is overdue: a fixed late fee", [this] {
        // April's rent is 1,500.00 short after 04-01 + 5 days: 50.00 fixed, due at the close.
        QCOMPARE(invoiceOf(kS3, "late-fee", "2027-05"), inv("2027-05-01", "late-fee", "2027-05", 5000, 0));
        // 1,500.00 + 300.00 (April) + 50.00 + 3,000.00 + 300.00 (May) = 5,150.00.
        QCOMPARE(receivable(kS3), qint64(515000));
    });
    on("2027-05-15 10:00", "S3 pays everything", [this] { pay(kS3, Method::Cash, 515000); });
    after("2027-05-15 10:00", "S3 is square", [this] { QCOMPARE(receivable(kS3), qint64(0)); });

    // ===== 2027-06: S5 overpays; the elevator breaks =============================================
    after("2027-06-03 10:00", "S5's overpayment is prepaid credit", [this] {
        // 5,000.00 − (2,000.00 + 180.00) = 2,820.00.
        QCOMPARE(intOf("prepaid/B10-101", "amount"), qint64(282000));
        QCOMPARE(balance(QStringLiteral("Liabilities:Prepaid:B10-101")), qint64(-282000));
        QCOMPARE(receivable(kS5), qint64(0));
    });
    on("2027-06-12 10:00", "the elevator stops between floors (common property)", [this] {
        manager(QStringLiteral("repair.request"), obj({{QStringLiteral("id"), bytes(kRepairElevator)},
                                                       {QStringLiteral("category"), txt("elevator")},
                                                       {QStringLiteral("description"), txt("Elevator of building 4 stops between floors")},
                                                       {QStringLiteral("urgency"), txt("urgent")}}));
    });
    on("2027-06-13 10:00", "quoted 12,800.00", [this] {
        manager(QStringLiteral("repair.quote"), obj({{QStringLiteral("id"), bytes(kRepairElevator)},
                                                     {QStringLiteral("vendor"), txt("Otis Elevator Service")},
                                                     {QStringLiteral("amount"), num(1280000)},
                                                     {QStringLiteral("currency"), txt("CNY")},
                                                     {QStringLiteral("document"), bytes(hash32(QStringLiteral("quote: elevator")))}}));
    });
    on("2027-06-14 10:00", "over the threshold: the manager alone is refused, with the quorum approved", [this] {
        refuse("committee-approval-required", QStringLiteral("repair.approve"), obj({{QStringLiteral("id"), bytes(kRepairElevator)}}), m_manager);
        accept(QStringLiteral("repair.approve"), obj({{QStringLiteral("id"), bytes(kRepairElevator)}}), m_manager,
               {&m_committee[0], &m_committee[2]});
    });
    on("2027-06-15 10:00", "work starts", [this] { manager(QStringLiteral("repair.start"), obj({{QStringLiteral("id"), bytes(kRepairElevator)}})); });
    on("2027-06-20 10:00", "work done", [this] { manager(QStringLiteral("repair.complete"), obj({{QStringLiteral("id"), bytes(kRepairElevator)}})); });
    on("2027-06-21 10:00", "the manager confirms", [this] { manager(QStringLiteral("repair.confirm"), obj({{QStringLiteral("id"), bytes(kRepairElevator)}})); });
    on("2027-06-25 16:00", "the elevator company is paid", [this] {
        manager(QStringLiteral("repair.pay-vendor"), obj({{QStringLiteral("id"), bytes(kRepairElevator)},
                                                          {QStringLiteral("amount"), num(1280000)},
                                                          {QStringLiteral("currency"), txt("CNY")},
                                                          {QStringLiteral("invoice"), bytes(hash32(QStringLiteral("invoice: elevator")))}}));
    });

    // ===== 2027-07: S5's credit pays July; S7 gives notice ========================================
    after("2027-07-01 09:00", "the close uses S5's credit", [this] {
        // 2,820.00 − (2,000.00 + 180.00) = 640.00 left.
        QCOMPARE(intOf("prepaid/B10-101", "amount"), qint64(64000));
        QCOMPARE(balance(QStringLiteral("Liabilities:Prepaid:B10-101")), qint64(-64000));
        QCOMPARE(receivable(kS5), qint64(0));
        QCOMPARE(invoiceOf(kS5, "rent", "2027-07").paid, qint64(200000));
    });
    on("2027-07-20 10:00", "S7 ends the lease on 2027-08-20; deposit settled with deductions", [this] {
        const auto terminate = [this](qint64 window) {
            return obj({{QStringLiteral("lease"), bytes(leaseOf(kS7))},
                        {QStringLiteral("date"), txt("2027-08-20")},
                        {QStringLiteral("currency"), txt("CNY")},
                        {QStringLiteral("deductions"), cbor::Value::fromArray({
                                                           obj({{QStringLiteral("reason"), txt("Cleaning after move-out")}, {QStringLiteral("amount"), num(40000)}}),
                                                           obj({{QStringLiteral("reason"), txt("Broken kitchen window")}, {QStringLiteral("amount"), num(window)}}),
                                                       })}});
        };
        // 400.00 + 5,600.01 = 6,000.01 is more than the 6,000.00 deposit.
        refuse("deductions-exceed-deposit", QStringLiteral("lease.terminate"), terminate(560001), m_manager);
        manager(QStringLiteral("lease.terminate"), terminate(85050));
    });
    after("2027-07-20 10:00", "the deposit is released: 1,250.50 kept, 4,749.50 owed back", [this] {
        // Deductions 400.00 + 850.50 = 1,250.50; refund 6,000.00 − 1,250.50 = 4,749.50.
        QCOMPARE(balance(QStringLiteral("Liabilities:Deposits:B10-103")), qint64(0));
        QCOMPARE(balance(QStringLiteral("Income:DepositDeductions")), qint64(-125050));
        QCOMPARE(balance(QStringLiteral("Liabilities:Payable:Refunds:B10-103")), qint64(-474950));
    });

    // ===== 2027-08: credit runs out; S7's last, prorated month ===================================
    after("2027-08-01 09:00", "S5's last 640.00 of credit; S7's 20 days", [this] {
        QVERIFY(!record("prepaid/B10-101").has_value());
        QCOMPARE(balance(QStringLiteral("Liabilities:Prepaid:B10-101")), qint64(0));
        // 2,000.00 − 640.00 = 1,360.00 of rent + 180.00 of fee.
        QCOMPARE(receivable(kS5), qint64(154000));
        QCOMPARE(invoiceOf(kS5, "rent", "2027-08").paid, qint64(64000));
        // 1–20 August of 31 days: 3,000.00 × 20/31 = 1,935.4838… → 1,935.48.
        QCOMPARE(invoiceOf(kS7, "rent", "2027-08"), inv("2027-08-01", "rent", "2027-08", 193548, 0));
    });
    on("2027-08-05 10:00", "a termination inside a billed month is refused", [this] {
        // August is closed: S1's lease cannot end on the 15th (the 16th was billed already).
        refuse("period-closed", QStringLiteral("lease.terminate"),
               obj({{QStringLiteral("lease"), bytes(leaseOf(kS1))}, {QStringLiteral("date"), txt("2027-08-15")},
                    {QStringLiteral("currency"), txt("CNY")}, {QStringLiteral("deductions"), cbor::Value::fromArray({})}}),
               m_manager);
    });
    on("2027-08-25 16:00", "S7's resident moves out", [this] {
        manager(QStringLiteral("resident.move-out"), obj({{QStringLiteral("resident"), bytes(residentOf(kS7))}, {QStringLiteral("unit"), txt(kS7)}}));
    });
    on("2027-08-27 10:00", "S7's deposit refund is paid out by bank", [this] {
        const auto payout = [this](qint64 amount) {
            return obj({{QStringLiteral("lease"), bytes(leaseOf(kS7))},
                        {QStringLiteral("amount"), num(amount)},
                        {QStringLiteral("method"), txt("bank")},
                        {QStringLiteral("reference"), txt("BANK-OUT-B10-103")}});
        };
        // 4,749.51 is 0.01 more than the 4,749.50 owed back.
        refuse("exceeds-refund-owed", QStringLiteral("payment.deposit-refund"), payout(474951), m_manager);
        m_s7Refund = manager(QStringLiteral("payment.deposit-refund"), payout(474950));
        // Paid in full: not one cent more.
        refuse("no-refund-owed", QStringLiteral("payment.deposit-refund"), payout(1), m_manager);
    });
    after("2027-08-27 10:00", "S7's refund is paid: nothing owed back", [this] {
        // −4,749.50 (termination) + 4,749.50 (payout) = 0.
        QCOMPARE(balance(QStringLiteral("Liabilities:Payable:Refunds:B10-103")), qint64(0));
        const QByteArray s7 = QByteArray("lease/") + leaseOf(kS7).toHex();
        QCOMPARE(*record(s7)->find(u"settlement")->find(u"refunded")->toInt64(), qint64(474950));
    });

    // ===== 2027-09: S4's late fee is capped ======================================================
    after("2027-09-01 09:00", "S4's August rent is overdue", [this] {
        // 10 % of 3,600.00 = 360.00, capped at 200.00.
        QCOMPARE(invoiceOf(kS4, "late-fee", "2027-09"), inv("2027-09-01", "late-fee", "2027-09", 20000, 0));
        // 3,600.00 + 360.00 (August) + 200.00 + 3,600.00 + 360.00 (September) = 8,120.00.
        QCOMPARE(receivable(kS4), qint64(812000));
    });
    on("2027-09-03 10:00", "S4 pays August and part of September's rent, naming them", [this] {
        const QStringList named{invoiceOf(kS4, "rent", "2027-08").id, invoiceOf(kS4, "fee", "2027-08").id, invoiceOf(kS4, "rent", "2027-09").id};
        pay(kS4, Method::Bank, 606000, named); // 3,600.00 + 360.00 + 2,100.00
    });
    after("2027-09-03 10:00", "S4 owes the late fee, 1,500.00 of rent and the fee", [this] {
        QCOMPARE(invoiceOf(kS4, "rent", "2027-09").paid, qint64(210000));
        QCOMPARE(invoiceOf(kS4, "late-fee", "2027-09").paid, qint64(0));
        QCOMPARE(receivable(kS4), qint64(206000)); // 200.00 + 1,500.00 + 360.00
    });

    // ===== 2027-10: S4's second late fee (under the cap); S6's payment bounces ==================
    after("2027-10-01 09:00", "S4's September rent is 1,500.00 short", [this] {
        // 10 % of 1,500.00 = 150.00 (under the cap); the late fee itself bears none.
        QCOMPARE(invoiceOf(kS4, "late-fee", "2027-10"), inv("2027-10-01", "late-fee", "2027-10", 15000, 0));
        // 2,060.00 + 150.00 + 3,600.00 + 360.00 = 6,170.00.
        QCOMPARE(receivable(kS4), qint64(617000));
    });
    on("2027-10-03 10:00", "S6 pays by bank", [this] { m_s6October = pay(kS6, Method::Bank, 274000); });
    after("2027-10-03 10:00", "S4 and S6 are square", [this] {
        QCOMPARE(receivable(kS4), qint64(0));
        QCOMPARE(receivable(kS6), qint64(0));
    });
    on("2027-10-12 10:00", "the bank returns S6's transfer: reversed, once", [this] {
        const auto reverse = [this] {
            return obj({{QStringLiteral("payment"), bytes(crypto::toByteArray(m_s6October->id()))},
                        {QStringLiteral("reason"), txt("The bank returned the transfer (account closed)")}});
        };
        manager(QStringLiteral("payment.reverse"), reverse());
        refuse("already-reversed", QStringLiteral("payment.reverse"), reverse(), m_manager);
    });
    after("2027-10-12 10:00", "S6 owes October again", [this] {
        QCOMPARE(receivable(kS6), qint64(274000));
        QCOMPARE(invoiceOf(kS6, "rent", "2027-10").paid, qint64(0));
        QCOMPARE(record(QByteArray("payment/") + crypto::toByteArray(m_s6October->id()).toHex())->find(u"reversed")->asBool(), true);
    });
    on("2027-10-20 10:00", "S6 pays again at the kiosk, late", [this] { pay(kS6, Method::Kiosk, 274000); });
    after("2027-10-20 10:00", "S6 is square", [this] { QCOMPARE(receivable(kS6), qint64(0)); });

    // ===== 2027-11: S6's score after the reversal; S2 renews =====================================
    after("2027-11-01 09:00", "S6's score", [this] {
        // Today 2027-11-01. Judged: rent and fee of 2027-01..10 = 20, on time 18; October's rent
        // (deadline 10-06) and fee (10-10) settled on 10-20: 14 and 10 days late.
        // rate = 18 × 10000 / 20 = 9000; depth = 10 months × 10000 / 24 = 4166;
        // on-time = 250 × 9000 × 4166 / 10^8 = 93.735 → 93.
        // late-recent: both due after 2027-05-01, 1–30 days: (5 + 5) × 4 = 40.
        // reversal: 25. tenure 2026-12-15 → 2027-11-01 = 10 months (short): 10.
        // 550 + 93 + 10 − 40 − 25 = 588.
        compareScore(kS6, 588,
                     {QStringLiteral("on-time-history"), QStringLiteral("late-payments-recent"), QStringLiteral("payment-reversed"),
                      QStringLiteral("short-tenure")},
                     "2027-11");
    });
    on("2027-11-20 10:00", "S2 renews for 2028, without a new rent", [this] {
        manager(QStringLiteral("lease.renew"), obj({{QStringLiteral("lease"), bytes(leaseOf(kS2))},
                                                    {QStringLiteral("end"), txt("2028-12-31")},
                                                    {QStringLiteral("currency"), txt("CNY")},
                                                    {QStringLiteral("document"), bytes(hash32(QStringLiteral("renewal of B09-102")))}}));
    });

    // ===== 2027-12: next year's budget; a transfer to the reserve fund ===========================
    on("2027-12-20 10:00", "the 2028 cleaning budget; 20,000.00 to the reserve fund", [this] {
        quorum(QStringLiteral("budget.set"), obj({{QStringLiteral("year"), num(2028)}, {QStringLiteral("category"), txt("cleaning")},
                                                  {QStringLiteral("amount"), num(1320000)}, {QStringLiteral("currency"), txt("CNY")}}));
        quorum(QStringLiteral("fund.transfer"), obj({{QStringLiteral("from"), txt("maintenance")},
                                                     {QStringLiteral("to"), txt("reserve")},
                                                     {QStringLiteral("amount"), num(2000000)},
                                                     {QStringLiteral("currency"), txt("CNY")},
                                                     {QStringLiteral("reason"), txt("Yearly reserve for the roofs")}}));
    });
    after("2027-12-25 16:00", "2027's cleaning overran its budget", [this] {
        // 12 × 1,100.00 = 13,200.00 against 12,000.00.
        QCOMPARE(intOf("budget/2027/cleaning", "actual"), qint64(1320000));
        QCOMPARE(intOf("budget/2027/cleaning", "budget"), qint64(1200000));
    });

    // ===== 2028-01: the anniversary ===============================================================
    after("2028-01-01 09:00", "S1 escalated, S2 renewed", [this] {
        // S1: 2,000.00 × 1.03 = 2,060.00 from the first anniversary, 2028-01-01.
        QCOMPARE(invoiceOf(kS1, "rent", "2027-12").amount, qint64(200000));
        QCOMPARE(invoiceOf(kS1, "rent", "2028-01").amount, qint64(206000));
        // S2: the renewal named no rent: the rent in force continues, escalated 4 % on the
        // anniversary, which is the renewal's first day: 2,500.00 × 1.04 = 2,600.00.
        QCOMPARE(invoiceOf(kS2, "rent", "2027-12").amount, qint64(250000));
        QCOMPARE(invoiceOf(kS2, "rent", "2028-01").amount, qint64(260000));
    });
    after("2028-01-03 10:00", "S3 pays 2,000.00 of 3,300.00", [this] {
        QCOMPARE(receivable(kS3), qint64(130000)); // 1,000.00 of rent + 300.00 of fee
    });

    // ===== 2028-02: the last close ==============================================================
    after("2028-02-01 09:00", "S3's January rent is overdue again", [this] {
        QCOMPARE(invoiceOf(kS3, "late-fee", "2028-02"), inv("2028-02-01", "late-fee", "2028-02", 5000, 0));
        // 1,000.00 + 300.00 + 50.00 + 3,000.00 + 300.00 = 4,650.00.
        QCOMPARE(receivable(kS3), qint64(465000));
    });
    after("2028-02-03 10:00", "the story ends", [this] { m_storyDone = true; });
}

void TestScenarioCommunity::fourteenMonths()
{
    QVERIFY(m_ledger);
    QElapsedTimer timer;
    timer.start();
    schedule();
    std::stable_sort(m_steps.begin(), m_steps.end(), [](const Step &a, const Step &b) {
        return a.at != b.at ? a.at < b.at : (!a.check && b.check);
    });
    for (std::size_t i = 0; i < m_steps.size();) {
        m_now = m_steps[i].at;
        std::size_t j = i;
        for (; j < m_steps.size() && m_steps[j].at == m_now && !m_steps[j].check; ++j) {
            m_steps[j].run();
            if (QTest::currentTestFailed()) {
                qWarning("during: %s", qPrintable(m_steps[j].what));
                return;
            }
        }
        seal();
        if (QTest::currentTestFailed()) {
            qWarning("sealing the block of: %s", qPrintable(m_steps[i].what));
            return;
        }
        for (; j < m_steps.size() && m_steps[j].at == m_now; ++j) {
            m_steps[j].run();
            if (QTest::currentTestFailed()) {
                qWarning("after: %s", qPrintable(m_steps[j].what));
                return;
            }
        }
        i = j;
    }
    QVERIFY(m_storyDone);
    qInfo("%llu blocks, %llu transactions, %llu deliberate rejections in %lld ms", static_cast<unsigned long long>(m_blocks),
          static_cast<unsigned long long>(m_ledger->store().log().size()), static_cast<unsigned long long>(m_rejections),
          static_cast<long long>(timer.elapsed()));
}

// --- the books at the end ------------------------------------------------------------------------

void TestScenarioCommunity::incomeAndFunds()
{
    QVERIFY(m_storyDone);
    // Rent. Buildings 1–8: 8 × (2,000.00 + 2,500.00 + 3,000.00 + 3,600.00) = 88,800.00 a month
    // × 14 = 1,243,200.00. Story units:
    //   S1 12 × 2,000.00 + 2 × 2,060.00                 = 28,120.00
    //   S2 12 × 2,500.00 + 2 × 2,600.00                 = 35,200.00
    //   S3 14 × 3,000.00                                = 42,000.00
    //   S4 14 × 3,600.00                                = 50,400.00
    //   S5 14 × 2,000.00                                = 28,000.00
    //   S6 14 × 2,500.00                                = 35,000.00
    //   S7 7 × 3,000.00 + 1,935.48                      = 22,935.48
    //   S8 1,858.06 + 11 × 3,600.00                     = 41,458.06
    //                                                    = 283,113.54
    // Total 1,243,200.00 + 283,113.54 = 1,526,313.54.
    QCOMPARE(balance(QStringLiteral("Income:Rent")), qint64(-152631354));
    // Fees: 10 × (180.00 + 240.00 + 300.00 + 360.00) = 10,800.00 a month × 14 = 151,200.00.
    QCOMPARE(balance(QStringLiteral("Income:PropertyFees")), qint64(-15120000));
    // Late fees: S3 50.00 + 50.00, S4 200.00 + 150.00 = 450.00.
    QCOMPARE(balance(QStringLiteral("Income:LateFees")), qint64(-45000));
    QCOMPARE(balance(QStringLiteral("Income:DepositDeductions")), qint64(-125050)); // 400.00 + 850.50

    // Money in. At the kiosk: buildings 1–8 A and C: 8 × (2,180.00 + 3,300.00) = 43,840.00 × 14
    // = 613,760.00; S1 12 × 2,180.00 + 2 × 2,240.00 = 30,640.00; S5 5 × 2,180.00 + 5,000.00
    // + 1,540.00 + 6 × 2,180.00 = 30,520.00; S6 2,740.00; S7 7 × 3,300.00 + 2,235.48 = 25,335.48.
    // 613,760.00 + 30,640.00 + 30,520.00 + 2,740.00 + 25,335.48 = 702,995.48.
    QCOMPARE(balance(QStringLiteral("Assets:CardClearing")), qint64(70299548));
    // In cash, S3: 10 × 3,300.00 + 1,500.00 + 5,150.00 + 2,000.00 + 1,300.00 = 42,950.00.
    QCOMPARE(balance(QStringLiteral("Assets:Cash")), qint64(4295000));
    // By bank: buildings 1–8 B and D: 8 × (2,740.00 + 3,960.00) = 53,600.00 × 14 = 750,400.00;
    // deposits 5,000.00 + 7,200.00 + 6,000.00 = 18,200.00; S2 12 × 2,740.00 + 2 × 2,840.00
    // = 38,560.00; S4 11 × 3,960.00 + 6,060.00 + 6,170.00 = 55,790.00; S6 14 × 2,740.00 − 2,740.00
    // (reversed) = 35,620.00; S7's owner 6 × 300.00 = 1,800.00; S8 3 × 360.00 + 5,458.06
    // + 11 × 3,960.00 = 50,098.06. In: 950,468.06. Out: cleaning 13 × 1,100.00 = 14,300.00,
    // repairs 1,150.00 + 12,800.00 = 13,950.00, S7's deposit refund 4,749.50: 32,999.50.
    // 950,468.06 − 32,999.50 = 917,468.56.
    QCOMPARE(balance(QStringLiteral("Assets:Bank")), qint64(91746856));
    QCOMPARE(balance(QStringLiteral("Expenses:cleaning")), qint64(1430000));
    QCOMPARE(balance(QStringLiteral("Expenses:Repairs:plumbing")), qint64(115000));
    QCOMPARE(balance(QStringLiteral("Expenses:Repairs:elevator")), qint64(1280000));
    // The funds: 20,000.00 earmarked from maintenance to the reserve.
    QCOMPARE(balance(QStringLiteral("Equity:MaintenanceFund")), qint64(2000000));
    QCOMPARE(balance(QStringLiteral("Equity:ReserveFund")), qint64(-2000000));

    // What the residents owe: only S3, February's rent 3,000.00 + late fee 50.00 + fee 300.00.
    for (int building = 1; building <= 10; ++building) {
        for (int type = 0; type < 4; ++type) {
            const QString unit = unitNumber(building, type);
            QCOMPARE(receivable(unit), unit == kS3 ? qint64(335000) : qint64(0));
            QCOMPARE(balance(QStringLiteral("Liabilities:Prepaid:") + unit), qint64(0));
        }
    }
    // Deposits held: S2 5,000.00, S4 7,200.00, S8 3,600.00; S7's was released and its refund of
    // 4,749.50 paid out: −4,749.50 + 4,749.50 = 0 owed back.
    QCOMPARE(balance(QStringLiteral("Liabilities:Deposits:B09-102")), qint64(-500000));
    QCOMPARE(balance(QStringLiteral("Liabilities:Deposits:B09-104")), qint64(-720000));
    QCOMPARE(balance(QStringLiteral("Liabilities:Deposits:B10-103")), qint64(0));
    QCOMPARE(balance(QStringLiteral("Liabilities:Deposits:B10-104")), qint64(-360000));
    QCOMPARE(balance(QStringLiteral("Liabilities:Payable:Refunds:B10-103")), qint64(0));
    // Debits 917,468.56 + 702,995.48 + 42,950.00 + 3,350.00 + 28,250.00 = 1,695,014.04 equal the
    // credits 1,526,313.54 + 151,200.00 + 450.00 + 1,250.50 + 15,800.00 = 1,695,014.04: checked
    // after every block as the trial balance.
}

void TestScenarioCommunity::invoicesOfTwoUnits()
{
    QVERIFY(m_storyDone);
    // S3: 3,000.00 rent on the 1st, 300.00 fee on the 10th; April paid 1,500.00 on 04-20 and the
    // rest on 05-15 with May and the late fee; 2028-01 paid 2,000.00 on 01-03 and 1,000.00 on
    // 02-03; February 2028 open.
    compareInvoices(kS3, {
        inv("2027-01-01", "rent", "2027-01", 300000, 300000),     inv("2027-01-10", "fee", "2027-01", 30000, 30000),
        inv("2027-02-01", "rent", "2027-02", 300000, 300000),     inv("2027-02-10", "fee", "2027-02", 30000, 30000),
        inv("2027-03-01", "rent", "2027-03", 300000, 300000),     inv("2027-03-10", "fee", "2027-03", 30000, 30000),
        inv("2027-04-01", "rent", "2027-04", 300000, 300000),     inv("2027-04-10", "fee", "2027-04", 30000, 30000),
        inv("2027-05-01", "late-fee", "2027-05", 5000, 5000),     inv("2027-05-01", "rent", "2027-05", 300000, 300000),
        inv("2027-05-10", "fee", "2027-05", 30000, 30000),
        inv("2027-06-01", "rent", "2027-06", 300000, 300000),     inv("2027-06-10", "fee", "2027-06", 30000, 30000),
        inv("2027-07-01", "rent", "2027-07", 300000, 300000),     inv("2027-07-10", "fee", "2027-07", 30000, 30000),
        inv("2027-08-01", "rent", "2027-08", 300000, 300000),     inv("2027-08-10", "fee", "2027-08", 30000, 30000),
        inv("2027-09-01", "rent", "2027-09", 300000, 300000),     inv("2027-09-10", "fee", "2027-09", 30000, 30000),
        inv("2027-10-01", "rent", "2027-10", 300000, 300000),     inv("2027-10-10", "fee", "2027-10", 30000, 30000),
        inv("2027-11-01", "rent", "2027-11", 300000, 300000),     inv("2027-11-10", "fee", "2027-11", 30000, 30000),
        inv("2027-12-01", "rent", "2027-12", 300000, 300000),     inv("2027-12-10", "fee", "2027-12", 30000, 30000),
        inv("2028-01-01", "rent", "2028-01", 300000, 300000),     inv("2028-01-10", "fee", "2028-01", 30000, 30000),
        inv("2028-02-01", "late-fee", "2028-02", 5000, 0),        inv("2028-02-01", "rent", "2028-02", 300000, 0),
        inv("2028-02-10", "fee", "2028-02", 30000, 0),
    });
    // S4: the deposit, 3,600.00 rent and 360.00 fee a month, the two late fees, all paid.
    compareInvoices(kS4, {
        inv("2027-01-01", "deposit", "2027-01", 720000, 720000),
        inv("2027-01-01", "rent", "2027-01", 360000, 360000),     inv("2027-01-10", "fee", "2027-01", 36000, 36000),
        inv("2027-02-01", "rent", "2027-02", 360000, 360000),     inv("2027-02-10", "fee", "2027-02", 36000, 36000),
        inv("2027-03-01", "rent", "2027-03", 360000, 360000),     inv("2027-03-10", "fee", "2027-03", 36000, 36000),
        inv("2027-04-01", "rent", "2027-04", 360000, 360000),     inv("2027-04-10", "fee", "2027-04", 36000, 36000),
        inv("2027-05-01", "rent", "2027-05", 360000, 360000),     inv("2027-05-10", "fee", "2027-05", 36000, 36000),
        inv("2027-06-01", "rent", "2027-06", 360000, 360000),     inv("2027-06-10", "fee", "2027-06", 36000, 36000),
        inv("2027-07-01", "rent", "2027-07", 360000, 360000),     inv("2027-07-10", "fee", "2027-07", 36000, 36000),
        inv("2027-08-01", "rent", "2027-08", 360000, 360000),     inv("2027-08-10", "fee", "2027-08", 36000, 36000),
        inv("2027-09-01", "late-fee", "2027-09", 20000, 20000),   inv("2027-09-01", "rent", "2027-09", 360000, 360000),
        inv("2027-09-10", "fee", "2027-09", 36000, 36000),
        inv("2027-10-01", "late-fee", "2027-10", 15000, 15000),   inv("2027-10-01", "rent", "2027-10", 360000, 360000),
        inv("2027-10-10", "fee", "2027-10", 36000, 36000),
        inv("2027-11-01", "rent", "2027-11", 360000, 360000),     inv("2027-11-10", "fee", "2027-11", 36000, 36000),
        inv("2027-12-01", "rent", "2027-12", 360000, 360000),     inv("2027-12-10", "fee", "2027-12", 36000, 36000),
        inv("2028-01-01", "rent", "2028-01", 360000, 360000),     inv("2028-01-10", "fee", "2028-01", 36000, 36000),
        inv("2028-02-01", "rent", "2028-02", 360000, 360000),     inv("2028-02-10", "fee", "2028-02", 36000, 36000),
    });
    // S7's rents and deposit: seven whole months, then 20 days of August; nothing after.
    std::vector<Invoice> rents;
    for (const Invoice &i : invoicesOf(kS7)) {
        if (i.kind != QLatin1String("fee")) {
            rents.push_back(i);
        }
    }
    const std::vector<Invoice> expected{
        inv("2027-01-01", "deposit", "2027-01", 600000, 600000), inv("2027-01-01", "rent", "2027-01", 300000, 300000),
        inv("2027-02-01", "rent", "2027-02", 300000, 300000),    inv("2027-03-01", "rent", "2027-03", 300000, 300000),
        inv("2027-04-01", "rent", "2027-04", 300000, 300000),    inv("2027-05-01", "rent", "2027-05", 300000, 300000),
        inv("2027-06-01", "rent", "2027-06", 300000, 300000),    inv("2027-07-01", "rent", "2027-07", 300000, 300000),
        inv("2027-08-01", "rent", "2027-08", 193548, 193548),
    };
    QCOMPARE(rents.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(describe(rents[i]), describe(expected[i]));
    }
    // 14 fee invoices, also while the unit stood empty.
    const std::vector<Invoice> all = invoicesOf(kS7);
    QCOMPARE(std::count_if(all.begin(), all.end(), [](const Invoice &i) { return i.kind == QLatin1String("fee") && i.amount == 30000; }),
             std::ptrdiff_t(14));
}

void TestScenarioCommunity::leasesAndTheirHistory()
{
    QVERIFY(m_storyDone);
    // S2: two versions, the first unchanged; the head names the second and the new end.
    const QByteArray s2 = QByteArray("lease/") + leaseOf(kS2).toHex();
    const auto head = record(s2);
    QVERIFY(head.has_value());
    QCOMPARE(*head->find(u"version")->toInt64(), qint64(2));
    QCOMPARE(head->find(u"end")->asText(), QStringLiteral("2028-12-31"));
    QCOMPARE(head->find(u"status")->asText(), QStringLiteral("active"));
    const auto v1 = record(s2 + "/v/0001");
    const auto v2 = record(s2 + "/v/0002");
    QVERIFY(v1 && v2);
    QCOMPARE(v1->find(u"effective")->asText(), QStringLiteral("2027-01-01"));
    QCOMPARE(v1->find(u"end")->asText(), QStringLiteral("2027-12-31"));
    QCOMPARE(*v1->find(u"rent")->toInt64(), qint64(250000));
    QCOMPARE(v2->find(u"effective")->asText(), QStringLiteral("2028-01-01"));
    QCOMPARE(v2->find(u"end")->asText(), QStringLiteral("2028-12-31"));
    QCOMPARE(v2->find(u"document")->asBytes(), hash32(QStringLiteral("renewal of B09-102")));
    // S7: terminated on 2027-08-20 with its settlement; the agreed terms stay as they were.
    const QByteArray s7 = QByteArray("lease/") + leaseOf(kS7).toHex();
    const auto h7 = record(s7);
    QVERIFY(h7.has_value());
    QCOMPARE(h7->find(u"status")->asText(), QStringLiteral("terminated"));
    QCOMPARE(h7->find(u"end")->asText(), QStringLiteral("2027-08-20"));
    const cbor::Value *settlement = h7->find(u"settlement");
    QVERIFY(settlement);
    QCOMPARE(*settlement->find(u"deposit")->toInt64(), qint64(600000));
    QCOMPARE(*settlement->find(u"refund")->toInt64(), qint64(474950)); // 6,000.00 − 400.00 − 850.50
    QCOMPARE(*settlement->find(u"refunded")->toInt64(), qint64(474950)); // all of it, by bank on 2027-08-27
    // The payout's record: by bank, 4,749.50, at its block time, not reversed.
    QVERIFY(m_s7Refund.has_value());
    const auto payout = record(QByteArray("deposit-refund/") + crypto::toByteArray(m_s7Refund->id()).toHex());
    QVERIFY(payout.has_value());
    QCOMPARE(payout->find(u"lease")->asBytes(), leaseOf(kS7));
    QCOMPARE(payout->find(u"unit")->asText(), kS7);
    QCOMPARE(payout->find(u"method")->asText(), QStringLiteral("bank"));
    QCOMPARE(*payout->find(u"amount")->toInt64(), qint64(474950));
    QCOMPARE(*payout->find(u"at")->toUInt64(), at("2027-08-27 10:00"));
    QCOMPARE(payout->find(u"reversed")->asBool(), false);
    QCOMPARE(settlement->find(u"deductions")->asArray().size(), std::size_t(2));
    QCOMPARE(*settlement->find(u"deductions")->asArray()[1].find(u"amount")->toInt64(), qint64(85050));
    QCOMPARE(record(s7 + "/v/0001")->find(u"end")->asText(), QStringLiteral("2027-12-31"));
    // S7's resident moved out: no occupancy; the record stays for history.
    QVERIFY(!record(QByteArray("occupancy/B10-103/") + residentOf(kS7).toHex()).has_value());
    QVERIFY(record(QByteArray("resident/") + residentOf(kS7).toHex()).has_value());
}

void TestScenarioCommunity::repairsAndBudget()
{
    QVERIFY(m_storyDone);
    const auto statuses = [this](const QByteArray &id) {
        QStringList out;
        const auto repair = record(QByteArray("repair/") + id.toHex());
        for (const cbor::Value &e : repair->find(u"events")->asArray()) {
            out << e.find(u"status")->asText();
        }
        return out;
    };
    const QStringList steps{QStringLiteral("requested"), QStringLiteral("quoted"),    QStringLiteral("approved"), QStringLiteral("started"),
                            QStringLiteral("completed"), QStringLiteral("confirmed"), QStringLiteral("paid")};
    QCOMPARE(statuses(kRepairTap), steps);
    QCOMPARE(statuses(kRepairElevator), steps);
    const auto tap = record(QByteArray("repair/") + kRepairTap.toHex());
    QCOMPARE(tap->find(u"status")->asText(), QStringLiteral("confirmed"));
    QCOMPARE(*tap->find(u"paid")->find(u"amount")->toInt64(), qint64(115000));
    // Requested 03-05 10:00, quoted 03-06 10:00: a response time of one day, provable.
    const cbor::Array &events = tap->find(u"events")->asArray();
    QCOMPARE(*events[1].find(u"at")->toUInt64() - *events[0].find(u"at")->toUInt64(), quint64(24 * 3600 * 1000));

    // Budget vs actual, 2027. Cleaning: 12 × 1,100.00 = 13,200.00 against 12,000.00: 1,200.00 over.
    const auto cleaning = record("budget/2027/cleaning");
    QVERIFY(cleaning.has_value());
    QCOMPARE(*cleaning->find(u"actual")->toInt64(), qint64(1320000));
    QCOMPARE(*cleaning->find(u"budget")->toInt64(), qint64(1200000));
    QCOMPARE(*cleaning->find(u"actual")->toInt64() - *cleaning->find(u"budget")->toInt64(), qint64(120000));
    QCOMPARE(cleaning->find(u"history")->asArray().size(), std::size_t(1)); // the manager's attempt was refused
    QCOMPARE(*cleaning->find(u"history")->asArray()[0].find(u"amount")->toInt64(), qint64(1200000));
    // Repairs: 1,150.00 + 12,800.00 = 13,950.00 of 20,000.00, per category below it.
    QCOMPARE(intOf("budget/2027/repairs", "actual"), qint64(1395000));
    QCOMPARE(intOf("budget/2027/repairs", "budget"), qint64(2000000));
    QCOMPARE(intOf("budget/2027/repairs:plumbing", "actual"), qint64(115000));
    QCOMPARE(intOf("budget/2027/repairs:elevator", "actual"), qint64(1280000));
    // 2028 so far: January's cleaning, 1,100.00 of 13,200.00.
    QCOMPARE(intOf("budget/2028/cleaning", "actual"), qint64(110000));
    QCOMPARE(intOf("budget/2028/cleaning", "budget"), qint64(1320000));
}

void TestScenarioCommunity::creditScores()
{
    QVERIFY(m_storyDone);
    // All at the last close, 2028-02-01: the window holds due dates after 2026-02-01; tenure
    // 2026-12-15 → 2028-02-01 = 13 full months (long tenure): 13 points. "Recent × 4" means due
    // after 2027-08-01, "× 2" due after 2027-02-01. Depth: 13 due months (2027-01..2028-01),
    // 13 × 10000 / 24 = 5416 bp. February's invoices are not due + grace yet: not judged.

    // An ordinary resident, always on time: judged 26 (13 rents, 13 fees), all on time.
    // on-time = 250 × 10000 × 5416 / 10^8 = 135.4 → 135. 550 + 135 + 13 = 698.
    compareScore(kOrdinary, 698, {QStringLiteral("on-time-history"), QStringLiteral("long-tenure")}, "2028-02");

    // S3, the late payer. Judged 27: 24 invoices of 2027, May's late fee, January's rent and fee
    // (open past their deadlines). On time 20 (Jan–Mar, Jun–Dec). Late, all due in the × 2 zone:
    //   rent 04 (deadline 04-06, settled 05-15: 39 days, 31–60 → 10) × 2 = 20
    //   fee 04 (04-10 → 05-15: 35 days → 10) × 2                           = 20
    //   rent 05, late fee 05 (05-06 → 05-15: 9 days → 5) × 2 each          = 20
    //   fee 05 (05-10 → 05-15: 5 days → 5) × 2                             = 10   → 70
    // rate = 20 × 10000 / 27 = 7407; on-time = 250 × 7407 × 5416 / 10^8 = 100.29 → 100.
    // arrears 1,000.00 + 300.00 = 1,300.00 over dues of 2028-02 (3,000.00 + 300.00):
    // 130000 × 10000 / 330000 = 3939 bp → 39. 550 + 100 + 13 − 70 − 39 = 554.
    compareScore(kS3, 554,
                 {QStringLiteral("on-time-history"), QStringLiteral("late-payments-recent"), QStringLiteral("arrears-high"),
                  QStringLiteral("long-tenure")},
                 "2028-02");

    // S4, the percent late fees. Judged 29: the deposit (paid 2026-12-20, on time), 13 rents,
    // 13 fees, 2 late fees. Late:
    //   rent 08 (deadline 08-04, settled 09-03: 30 days → 5), due 08-01, not after 08-01: × 2 = 10
    //   fee 08 (08-10 → 09-03: 24 days → 5) × 4                                              = 20
    //   late fee 09, rent 09 (09-04 → 10-03: 29 days → 5) × 4 each                           = 40
    //   fee 09 (09-10 → 10-03: 23 days → 5) × 4                                              = 20  → 90
    // (October's late fee, rent and fee were paid on 10-03, by their deadlines.)
    // rate = 24 × 10000 / 29 = 8275; on-time = 250 × 8275 × 5416 / 10^8 = 112.04 → 112.
    // 550 + 112 + 13 − 90 = 585.
    compareScore(kS4, 585, {QStringLiteral("on-time-history"), QStringLiteral("late-payments-recent"), QStringLiteral("long-tenure")},
                 "2028-02");

    // S6, the reversal. Judged 26, on time 24; October's rent (10-06 → 10-20: 14 days) and fee
    // (10-10 → 10-20: 10 days), × 4: 20 + 20 = 40. rate = 24 × 10000 / 26 = 9230;
    // on-time = 250 × 9230 × 5416 / 10^8 = 124.97 → 124. One reversed payment (10-03): 25.
    // 550 + 124 + 13 − 40 − 25 = 622.
    compareScore(kS6, 622,
                 {QStringLiteral("on-time-history"), QStringLiteral("late-payments-recent"), QStringLiteral("payment-reversed"),
                  QStringLiteral("long-tenure")},
                 "2028-02");
    // The components say the same as the arithmetic above.
    const auto s3 = record(QByteArray("score/") + residentOf(kS3).toHex());
    const cbor::Value *c = s3->find(u"components");
    QCOMPARE(*c->find(u"judged")->toInt64(), qint64(27));
    QCOMPARE(*c->find(u"on-time")->toInt64(), qint64(20));
    QCOMPARE(*c->find(u"rate-bp")->toInt64(), qint64(7407));
    QCOMPARE(*c->find(u"depth-bp")->toInt64(), qint64(5416));
    QCOMPARE(*c->find(u"arrears")->toInt64(), qint64(130000));
    QCOMPARE(*c->find(u"dues")->toInt64(), qint64(330000));
    QCOMPARE(*c->find(u"arrears-bp")->toInt64(), qint64(3939));
    QCOMPARE(*c->find(u"late-31-60")->toInt64(), qint64(2));
    QCOMPARE(*c->find(u"late-1-30")->toInt64(), qint64(3));
    QCOMPARE(*c->find(u"tenure-months")->toInt64(), qint64(13));
    // The previous close's score is kept beside it.
    QCOMPARE(s3->find(u"previous")->find(u"period")->asText(), QStringLiteral("2028-01"));
    // S7's resident moved out in August: the score of the last close before stays.
    QCOMPARE(record(QByteArray("score/") + residentOf(kS7).toHex())->find(u"period")->asText(), QStringLiteral("2027-08"));
}

// --- replay and a second device ------------------------------------------------------------------

void TestScenarioCommunity::replayFromGenesis()
{
    QVERIFY(m_storyDone);
    store::Store &store = m_ledger->store();
    const auto incremental = store.stateRoot();
    CY_VERIFY_OK(incremental);
    const auto postingsBefore = store.postings();
    CY_VERIFY_OK(postingsBefore);
    const auto report = m_ledger->replay();
    CY_VERIFY_OK(report);
    CY_VERIFY_REPORT_OK(*report);
    QCOMPARE(report->blocks, m_blocks + 1); // the sealed blocks and block 0
    QCOMPARE(report->transactions, store.log().size());
    const auto replayed = store.stateRoot();
    CY_VERIFY_OK(replayed);
    QCOMPARE(crypto::toHex(*replayed), crypto::toHex(*incremental));
    // From the values themselves too, and the tip's header agrees.
    const auto fromValues = state::stateRoot(store.state());
    CY_VERIFY_OK(fromValues);
    QCOMPARE(crypto::toHex(*fromValues), crypto::toHex(*incremental));
    QCOMPARE(crypto::toHex(store.tip()->header.stateRoot), crypto::toHex(*incremental));
    const auto postingsAfter = store.postings();
    CY_VERIFY_OK(postingsAfter);
    QVERIFY(*postingsAfter == *postingsBefore);
    const auto broken = node::checkInvariants(store);
    CY_VERIFY_OK(broken);
    QCOMPARE(*broken, QStringList());
}

void TestScenarioCommunity::aSecondDeviceAcceptsTheBlocks()
{
    QVERIFY(m_storyDone);
    auto device = node::Ledger::create(m_dir.filePath(QStringLiteral("device.courtyard")), m_registry, m_genesis, m_server, m_genesisTime);
    if (!device) {
        QFAIL(qPrintable(device.error().message));
    }
    node::Ledger &other = **device;
    store::Store &source = m_ledger->store();
    QCOMPARE(crypto::toByteArray(other.store().tip()->hash), source.block(0)->hash); // the same block 0
    for (quint64 height = 1; height < source.blockCount(); ++height) {
        const auto stored = source.block(height);
        CY_VERIFY_OK(stored);
        const auto block = ledger::SealedBlock::fromParts(stored->header, stored->signature, stored->checkpointSignature);
        CY_VERIFY_OK(block);
        std::vector<ledger::Transaction> txs;
        for (const store::StoredTransaction &t : stored->transactions) {
            auto tx = ledger::Transaction::decode(t.bytes);
            CY_VERIFY_OK(tx);
            txs.push_back(std::move(*tx));
        }
        const auto accepted = other.acceptBlock(*block, txs);
        if (!accepted) {
            QFAIL(qPrintable(QStringLiteral("block %1: %2").arg(height).arg(accepted.error().message)));
        }
    }
    QCOMPARE(other.store().blockCount(), source.blockCount());
    QCOMPARE(crypto::toHex(*other.store().stateRoot()), crypto::toHex(*source.stateRoot()));
    QCOMPARE(crypto::toHex(other.store().tip()->hash), crypto::toHex(source.tip()->hash));
    const auto theirs = other.store().postings();
    const auto ours = source.postings();
    QVERIFY(theirs && ours);
    QVERIFY(*theirs == *ours);
    const auto broken = node::checkInvariants(other.store());
    CY_VERIFY_OK(broken);
    QCOMPARE(*broken, QStringList());
}

QTEST_GUILESS_MAIN(TestScenarioCommunity)
#include "tst_scenario_community.moc"
