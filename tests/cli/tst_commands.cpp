// End-to-end tests of the transaction commands (`courtyard lease create`, `courtyard payment
// cash`, ... one per contract kind): the real binary run through QProcess on real key files and a
// real ledger in a temporary folder, plus the command table itself (courtyard_cli).
//
// - Every kind registered by addStandardContracts (except genesis) has a command, and every
//   command names a registered kind: a new contract without a command fails here.
// - A community is built with the commands alone; every command is run at least once with valid
//   options and must be accepted by its contract, and every option of every command must have
//   been used in an accepted run: an option that fills a field the contract does not accept
//   (bad-payload) or a command whose fields do not match its contract fails here.
// - Bad input (a missing option, "12.345" in CNY, 2027-02-30, an unknown role, an unknown unit,
//   ...) gets its exit code and a message naming the option, and leaves the ledger as it was.
//
// Expected values (which block, the payload fields in the state, balances) are worked out here
// by hand from docs/contracts.md, not read from the tool.
#include "cli_runner.h"
#include "app/cli/commands.h"
#include "contracts/devices.h"
#include "contracts/standard.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace courtyard;
using namespace Qt::StringLiterals;

using courtyard::testing::Run;

namespace {

const QString kPassphrase = u"commands passphrase"_s;
const QString kR1 = u"0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a"_s;
const QString kLease2 = u"4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d"_s;
const QString kRoof = u"2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b"_s;
const QString kLift = u"3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c"_s;


QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const cli::CommandSpec *specFor(const QStringList &arguments)
{
    for (const cli::CommandSpec &spec : cli::commandSpecs()) {
        if (arguments.mid(0, spec.words().size()) == spec.words()) {
            return &spec;
        }
    }
    return nullptr;
}

} // namespace

// An accepted run: exit 0, status "accepted", sealed into the next block (one transaction each).
#define CY_ACCEPTED(run) \
    do { \
        QString why_; \
        QVERIFY2(accepted(run, &why_), qPrintable(why_)); \
    } while (false)

class TestCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void everyKindHasACommand();
    void commandTable();
    void help();
    void groups();
    void documented();

    void everyCommandAccepted();
    void coSignedRepairApproval();
    void everyCommandAndOptionUsed();

    void badInput_data();
    void badInput();

    void queuedWithoutSealerKey();
    void timeDefaultsToNow();
    void timeNeverBeforeTheLastBlock();

private:
    Run courtyard(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString newLedger(const QString &name, const QString &time) const;
    // A transaction command on the scenario ledger at `time`, with --sealer-key and --json.
    Run transact(const QStringList &arguments, const QString &time) const;
    bool accepted(const Run &run, QString *why);
    // The state value (CBOR diagnostic notation) under key, empty when there is none.
    QString stateValue(const QString &key) const;
    // verify --json: blocks, log size and root. "Nothing was written" means this did not change.
    QString fingerprint(const QString &db) const;
    QJsonArray invoices(const QString &unit) const;
    QString invoiceId(const QString &unit, const QString &kind) const;
    void writeFile(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    std::map<QString, QString> m_public; // key file -> public key hex
    QString m_db;
    QString m_community; // the scenario ledger's genesis community id, hex
    mutable std::map<QString, QString> m_communities; // ledger path -> community id (hex)
    quint64 m_height = 0; // the scenario ledger's tip
    std::map<QString, std::set<QString>> m_used; // kind -> options used in accepted runs
};

Run TestCommands::courtyard(const QStringList &arguments) const
{
    return testing::runCourtyard(arguments, m_dir.path(), testing::cliEnvironment(kPassphrase));
}

void TestCommands::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile f(path(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QString TestCommands::newLedger(const QString &name, const QString &time) const
{
    const QString db = path(name);
    const Run r = courtyard({u"init"_s, u"--db"_s, db, u"--name"_s, u"Command Gardens"_s, u"--currency"_s, u"CNY"_s,
                             u"--timezone"_s, u"Asia/Shanghai"_s, u"--server-key"_s, u"server.key"_s, u"--committee"_s,
                             u"c1.key"_s, u"--committee"_s, u"c2.key"_s, u"--committee"_s, u"c3.key"_s, u"--time"_s, time, u"--json"_s});
    if (r.code != 0) {
        qWarning("%s", qPrintable(r.report()));
    }
    m_communities[db] = r.json().value(u"community_id"_s).toString();
    return db;
}

Run TestCommands::transact(const QStringList &arguments, const QString &time) const
{
    return courtyard(arguments + QStringList{u"--db"_s, m_db, u"--sealer-key"_s, u"server.key"_s, u"--time"_s, time, u"--json"_s});
}

bool TestCommands::accepted(const Run &run, QString *why)
{
    const QJsonObject o = run.json();
    // One transaction per command: block h + 1 at log index h + 1 (genesis is block 0, index 0).
    if (run.code != 0 || o.value(u"status"_s).toString() != u"accepted"_s ||
        o.value(u"block"_s).toInteger() != qint64(m_height + 1) || o.value(u"log_index"_s).toInteger() != qint64(m_height + 1) ||
        o.value(u"transaction_id"_s).toString().size() != 64) {
        *why = u"expected accepted into block %1:\n%2"_s.arg(m_height + 1).arg(run.report());
        return false;
    }
    ++m_height;
    const cli::CommandSpec *spec = specFor(run.arguments);
    if (!spec || o.value(u"kind"_s).toString() != spec->kind) {
        *why = u"not a transaction command:\n%1"_s.arg(run.report());
        return false;
    }
    std::set<QString> &used = m_used[spec->kind];
    for (const QString &argument : run.arguments) {
        if (!argument.startsWith(u"--"_s)) {
            continue;
        }
        const QString name = argument.mid(2).section(QLatin1Char('='), 0, 0);
        for (const cli::OptionSpec &option : spec->options) {
            if (option.name == name || option.aliases.contains(name)) {
                used.insert(option.name);
            }
        }
    }
    return true;
}

QString TestCommands::stateValue(const QString &key) const
{
    const Run r = courtyard({u"state"_s, u"--db"_s, m_db, u"--prefix"_s, key, u"--json"_s});
    for (const QJsonValue &entry : r.json().value(u"entries"_s).toArray()) {
        if (entry.toObject().value(u"key"_s).toString() == key) {
            return entry.toObject().value(u"value"_s).toString();
        }
    }
    return QString();
}

QString TestCommands::fingerprint(const QString &db) const
{
    const Run r = courtyard({u"verify"_s, u"--db"_s, db, u"--json"_s});
    const QJsonObject o = r.json();
    return u"exit %1, %2 blocks, log %3 %4"_s.arg(r.code)
        .arg(o.value(u"blocks"_s).toInteger())
        .arg(o.value(u"log_size"_s).toInteger())
        .arg(o.value(u"log_root"_s).toString());
}

QJsonArray TestCommands::invoices(const QString &unit) const
{
    const Run r = courtyard({u"invoices"_s, u"--db"_s, m_db, u"--unit"_s, unit, u"--json"_s});
    return r.json().value(u"invoices"_s).toArray();
}

QString TestCommands::invoiceId(const QString &unit, const QString &kind) const
{
    for (const QJsonValue &v : invoices(unit)) {
        if (v.toObject().value(u"kind"_s).toString() == kind) {
            return v.toObject().value(u"id"_s).toString();
        }
    }
    return QString();
}

void TestCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *name : {"server", "c1", "c2", "c3", "manager", "kiosk", "kiosk3", "auditor", "auditor2"}) {
        const QString file = QString::fromLatin1(name) + u".key"_s;
        const Run r = courtyard({u"key"_s, u"new"_s, u"--out"_s, file, u"--kdf"_s, u"interactive"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.report()));
        m_public[file] = r.json().value(u"public_key"_s).toString();
        QCOMPARE(m_public[file].size(), 64);
    }
    writeFile(u"pin.txt"_s, "2468\n");
    writeFile(u"pin-bad.txt"_s, "24ab\n");
    writeFile(u"lease.pdf"_s, "%PDF-1.4 lease of unit 12-0301\n");
    writeFile(u"amend.pdf"_s, "%PDF-1.4 first amendment\n");
    writeFile(u"renewal.pdf"_s, "%PDF-1.4 renewal\n");
    writeFile(u"quote.pdf"_s, "%PDF-1.4 Li Plumbing quote 1200.00\n");
    writeFile(u"vendor-invoice.pdf"_s, "%PDF-1.4 Li Plumbing invoice 1150.00\n");
    writeFile(u"cleaning.pdf"_s, "%PDF-1.4 Bright Cleaning invoice 300.00\n");
    m_db = newLedger(u"gardens.db"_s, u"2027-01-01T00:00:00Z"_s);
    QVERIFY(QFileInfo::exists(m_db));
    m_community = m_communities[m_db];
    QCOMPARE(m_community.size(), 32);
}

// --- the table -------------------------------------------------------------------------------

void TestCommands::everyKindHasACommand()
{
    contracts::Registry registry;
    contracts::addStandardContracts(registry);
    // The newest version of each kind has a command; older ones stay registered only so that
    // the ledgers holding them replay (docs/contracts.md, payment.bank version 2).
    std::map<QString, quint32> newest;
    for (const contracts::Contract *contract : registry.all()) {
        if (contract->kind() != u"genesis"_s) {
            newest[contract->kind()] = std::max(newest[contract->kind()], contract->version());
        }
    }
    std::set<std::pair<QString, quint32>> registered(newest.begin(), newest.end());
    std::set<std::pair<QString, quint32>> commanded;
    for (const cli::CommandSpec &spec : cli::commandSpecs()) {
        QVERIFY2(commanded.emplace(spec.kind, spec.version).second, qPrintable(u"two commands for %1"_s.arg(spec.kind)));
    }
    for (const auto &[kind, version] : registered) {
        QVERIFY2(commanded.count({kind, version}) == 1,
                 qPrintable(u"the contract %1 version %2 has no courtyard command (app/cli/commands.cpp)"_s.arg(kind).arg(version)));
    }
    for (const auto &[kind, version] : commanded) {
        QVERIFY2(registered.count({kind, version}) == 1,
                 qPrintable(u"the command for %1 version %2 names no registered contract"_s.arg(kind).arg(version)));
    }
    // 5 governance, 2 unit, 6 resident, 6 payment, 4 lease, 2 billing, 2 credit, 8 repair,
    // expense, budget, fund, 4 device: 5 + 2 + 6 + 6 + 4 + 2 + 2 + 8 + 3 + 4 = 42.
    QCOMPARE(int(commanded.size()), 42);
}

void TestCommands::commandTable()
{
    const QStringList common{u"help"_s, u"h"_s, u"json"_s, u"db"_s, u"key"_s, u"cosign"_s, u"sealer-key"_s, u"time"_s, u"passphrase-file"_s};
    for (const cli::CommandSpec &spec : cli::commandSpecs()) {
        QCOMPARE(spec.words().size(), 2);
        QVERIFY2(!spec.summary.isEmpty() && !spec.signers.isEmpty() && !spec.example.isEmpty(), qPrintable(spec.kind));
        std::set<QString> names(common.begin(), common.end());
        std::set<QString> fields;
        for (const cli::OptionSpec &o : spec.options) {
            for (const QString &name : QStringList{o.name} + o.aliases) {
                QVERIFY2(names.insert(name).second, qPrintable(u"%1: --%2 twice"_s.arg(spec.kind, name)));
            }
            QVERIFY2(fields.insert(o.field).second, qPrintable(u"%1: field %2 twice"_s.arg(spec.kind, o.field)));
            QVERIFY2(!o.help.isEmpty() && !o.typeHint().isEmpty(), qPrintable(u"%1 --%2"_s.arg(spec.kind, o.name)));
            if (o.type == cli::ValueType::Choice) {
                QVERIFY(!o.choices.isEmpty());
            }
            if (o.type == cli::ValueType::Integer) {
                QVERIFY(o.minimum <= o.maximum);
            }
        }
        // Every example uses only the command's options and its required ones.
        const QStringList example = QProcess::splitCommand(spec.example);
        for (const cli::OptionSpec &o : spec.options) {
            if (o.required()) {
                QVERIFY2(example.contains(u"--"_s + o.name), qPrintable(u"%1's example lacks --%2"_s.arg(spec.kind, o.name)));
            }
        }
        for (const QString &word : example) {
            if (word.startsWith(u"--"_s)) {
                QVERIFY2(names.count(word.mid(2)) == 1, qPrintable(u"%1's example has an unknown %2"_s.arg(spec.kind, word)));
            }
        }
    }
}

void TestCommands::help()
{
    const Run overview = courtyard({u"--help"_s});
    QVERIFY2(overview.code == 0, qPrintable(overview.report()));
    for (const auto &[group, actions] : cli::commandGroups()) {
        static const QRegularExpression spaces(u" +"_s);
        const QString line = u"\n %1 %2\n"_s.arg(group, actions.join(u", "_s));
        QVERIFY2(overview.outText().replace(spaces, u" "_s).contains(line),
                 qPrintable(u"expected '%1' in:\n%2"_s.arg(line, overview.report())));
    }
    for (const cli::CommandSpec &spec : cli::commandSpecs()) {
        const Run r = courtyard(spec.words() + QStringList{u"--help"_s});
        QVERIFY2(r.code == 0, qPrintable(r.report()));
        const QString text = r.outText();
        QVERIFY2(text.startsWith(u"Usage: courtyard %1 [options]"_s.arg(spec.name())), qPrintable(r.report()));
        QStringList mentions{u"--key"_s, u"--cosign"_s, u"--sealer-key"_s, u"--time"_s, u"--db"_s, u"--json"_s, u"--passphrase-file"_s,
                             u"Signed by: "_s + spec.signers, spec.kind, u"courtyard %1 %2"_s.arg(spec.name(), spec.example)};
        for (const cli::OptionSpec &o : spec.options) {
            mentions << u"--"_s + o.name << u"<%1>"_s.arg(o.valueName());
            if (o.type == cli::ValueType::Choice) {
                mentions << o.choices;
            }
        }
        for (const QString &m : mentions) {
            QVERIFY2(text.contains(m), qPrintable(u"expected '%1' in:\n%2"_s.arg(m, r.report())));
        }
    }
}

void TestCommands::groups()
{
    // A group without its action: the actions, as a usage error.
    Run r = courtyard({u"repair"_s});
    QVERIFY2(r.code == 2, qPrintable(r.report()));
    QVERIFY2(r.errText().contains(u"'repair' needs an action: request, quote, approve, reject, start, complete, confirm, pay-vendor"_s),
             qPrintable(r.report()));
    r = courtyard({u"repair"_s, u"--help"_s});
    QVERIFY2(r.code == 0 && r.outText().contains(u"Usage: courtyard repair ACTION"_s) && r.outText().contains(u"pay-vendor"_s),
             qPrintable(r.report()));
    r = courtyard({u"repair"_s, u"frobnicate"_s});
    QVERIFY2(r.code == 2 && r.errText().contains(u"unknown command 'repair frobnicate'"_s), qPrintable(r.report()));
    // `budget` is a report and `budget set` a transaction: the longer match wins.
    r = courtyard({u"budget"_s, u"set"_s, u"--help"_s});
    QVERIFY2(r.code == 0 && r.outText().contains(u"budget.set"_s), qPrintable(r.report()));
    r = courtyard({u"budget"_s, u"--help"_s});
    QVERIFY2(r.code == 0 && r.outText().contains(u"--year"_s) && !r.outText().contains(u"--sealer-key"_s), qPrintable(r.report()));
}

void TestCommands::documented()
{
    // docs/cli.md has a section per command listing each of its options.
    QFile f(QStringLiteral(COURTYARD_SOURCE_DIR "/docs/cli.md"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QString doc = QString::fromUtf8(f.readAll());
    for (const auto &[group, actions] : cli::commandGroups()) {
        QVERIFY2(doc.contains(u"\n### %1 commands\n"_s.arg(group)), qPrintable(group));
    }
    for (const cli::CommandSpec &spec : cli::commandSpecs()) {
        const qsizetype start = doc.indexOf(u"\n#### %1\n"_s.arg(spec.name()));
        QVERIFY2(start >= 0, qPrintable(u"docs/cli.md has no section '#### %1'"_s.arg(spec.name())));
        const qsizetype end = doc.indexOf(u"\n#"_s, start + 6);
        const QString section = doc.mid(start, end < 0 ? -1 : end - start);
        QVERIFY2(section.contains(u"`%1`"_s.arg(spec.kind)), qPrintable(section));
        for (const cli::OptionSpec &o : spec.options) {
            // In a Markdown table a '|' is written '\|', also inside `code`.
            QVERIFY2(section.contains(u"`--%1 %2`"_s.arg(o.name, QString(o.valueName()).replace(u"|"_s, u"\\|"_s))),
                     qPrintable(u"docs/cli.md: '#### %1' does not document --%2"_s.arg(spec.name(), o.name)));
        }
    }
}

// --- a community built with the commands -----------------------------------------------------

void TestCommands::everyCommandAccepted()
{
    const QString c1 = u"c1.key"_s, c2 = u"c2.key"_s, c3 = u"c3.key"_s;
    const QString manager = u"manager.key"_s, kiosk = u"kiosk.key"_s;
    const QString key = u"--key"_s, cosign = u"--cosign"_s;
    Run r;

    // 2027-01-02: governance, by the committee (quorum 2 of 3).
    const QString t1 = u"2027-01-02T01:00:00Z"_s;
    r = transact({u"governance"_s, u"grant"_s, u"--role"_s, u"manager"_s, u"--member"_s, manager, key, c1, cosign, c2}, t1);
    CY_ACCEPTED(r);
    r = transact({u"governance"_s, u"grant"_s, u"--role"_s, u"kiosk"_s, u"--member"_s, m_public[kiosk], key, c2, cosign, c3}, t1);
    CY_ACCEPTED(r);
    QVERIFY(stateValue(u"role/"_s + m_public[kiosk]).contains(u"\"roles\": [\"kiosk\"]"_s));
    r = transact({u"governance"_s, u"grant"_s, u"--role"_s, u"auditor"_s, u"--member"_s, u"auditor.key"_s, key, c1, cosign, c3}, t1);
    CY_ACCEPTED(r);
    r = transact({u"governance"_s, u"rotate-key"_s, u"--from"_s, u"auditor.key"_s, u"--to"_s, m_public[u"auditor2.key"_s], key, c1, cosign, c2},
                 t1);
    CY_ACCEPTED(r);
    QVERIFY(stateValue(u"role/"_s + m_public[u"auditor.key"_s]).isEmpty());
    QVERIFY(stateValue(u"role/"_s + m_public[u"auditor2.key"_s]).contains(u"\"auditor\""_s));
    r = transact({u"governance"_s, u"revoke"_s, u"--role"_s, u"auditor"_s, u"--member"_s, u"auditor2.key"_s, key, c3, cosign, c2}, t1);
    CY_ACCEPTED(r);
    QVERIFY(stateValue(u"role/"_s + m_public[u"auditor2.key"_s]).isEmpty());
    r = transact({u"governance"_s, u"set-threshold"_s, u"--name"_s, u"repair-committee-threshold"_s, u"--amount"_s, u"8000.00"_s, key, c1,
                  cosign, c2},
                 t1);
    CY_ACCEPTED(r);
    // 8000.00 CNY = 800000 fen.
    QCOMPARE(stateValue(u"governance/threshold/repair-committee-threshold"_s), u"{\"amount\": 800000}"_s);
    r = transact({u"governance"_s, u"set-quorum"_s, u"--quorum"_s, u"2"_s, key, c1, cosign, c2}, t1);
    CY_ACCEPTED(r);
    r = transact({u"billing"_s, u"set-fee-rule"_s, u"--basis"_s, u"area"_s, u"--amount"_s, u"2.50"_s, u"--due-day"_s, u"5"_s, key, c1, cosign, c3},
                 t1);
    CY_ACCEPTED(r);
    QCOMPARE(stateValue(u"billing/fee-rule"_s), u"{\"basis\": \"area\", \"amount\": 250, \"due-day\": 5}"_s);

    // 2027-01-05 10:00 in Shanghai: units and residents, by the manager.
    const QString t2 = u"2027-01-05T10:00:00+08:00"_s;
    r = transact({u"unit"_s, u"register"_s, u"--unit"_s, u"12-0301"_s, u"--area"_s, u"85.50"_s, u"--share"_s, u"1.00"_s, key, manager}, t2);
    CY_ACCEPTED(r);
    QCOMPARE(r.json().value(u"time"_s).toString(), u"2027-01-05T02:00:00.000Z"_s);
    QCOMPARE(stateValue(u"unit/12-0301"_s), u"{\"area\": 8550, \"share\": 100}"_s); // 85.50 m², 1.00 % = 100 bp
    r = transact({u"unit"_s, u"register"_s, u"--unit"_s, u"12-0302"_s, u"--area"_s, u"120"_s, u"--share"_s, u"1.2"_s, key, manager}, t2);
    CY_ACCEPTED(r);
    QCOMPARE(stateValue(u"unit/12-0302"_s), u"{\"area\": 12000, \"share\": 120}"_s);
    r = transact({u"unit"_s, u"update"_s, u"--unit"_s, u"12-0302"_s, u"--area"_s, u"120.50"_s, u"--share"_s, u"1.25%"_s, key, manager}, t2);
    CY_ACCEPTED(r);
    QCOMPARE(stateValue(u"unit/12-0302"_s), u"{\"area\": 12050, \"share\": 125}"_s);
    r = transact({u"resident"_s, u"register"_s, u"--resident"_s, kR1, u"--unit"_s, u"12-0301"_s, key, manager}, t2);
    CY_ACCEPTED(r);
    QVERIFY(r.json().value(u"ids"_s).toObject().isEmpty()); // given, not made
    r = transact({u"resident"_s, u"register"_s, u"--unit"_s, u"12-0302"_s, key, manager}, t2);
    CY_ACCEPTED(r);
    const QString r2 = r.json().value(u"ids"_s).toObject().value(u"resident"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(r2).hasMatch(), qPrintable(r.report()));
    QVERIFY(stateValue(u"resident/"_s + r2).contains(u"\"units\": [\"12-0302\"]"_s));
    r = transact({u"resident"_s, u"link"_s, u"--resident"_s, kR1, u"--unit"_s, u"12-0302"_s, key, manager}, t2);
    CY_ACCEPTED(r);
    QVERIFY(stateValue(u"resident/"_s + kR1).contains(u"\"units\": [\"12-0301\", \"12-0302\"]"_s));
    r = transact({u"resident"_s, u"move-out"_s, u"--resident"_s, kR1, u"--unit"_s, u"12-0302"_s, key, manager}, t2);
    CY_ACCEPTED(r);
    QVERIFY(stateValue(u"resident/"_s + kR1).contains(u"\"units\": [\"12-0301\"]"_s));
    r = transact({u"resident"_s, u"enroll-card"_s, u"--resident"_s, kR1, u"--card"_s, u"CARD-0001"_s, u"--pin-file"_s, u"pin.txt"_s, key, manager},
                 t2);
    CY_ACCEPTED(r);
    const QString card = stateValue(u"card/"_s + kR1);
    // The card's SHA-256, never its id; the PIN's Argon2id hash, never the PIN.
    QVERIFY2(card.contains(u"\"card\": h'%1'"_s.arg(sha256Hex("CARD-0001"))), qPrintable(card));
    QVERIFY2(card.contains(u"\"pin\": \"$argon2id$"_s) && !card.contains(u"2468"_s), qPrintable(card));
    QVERIFY(!stateValue(u"card-id/"_s + sha256Hex("CARD-0001")).isEmpty());
    r = transact({u"resident"_s, u"record-pin-failure"_s, u"--resident"_s, kR1, key, kiosk}, t2);
    CY_ACCEPTED(r);
    QVERIFY(stateValue(u"card/"_s + kR1).contains(u"\"failures\": 1"_s));
    r = transact({u"resident"_s, u"record-pin-success"_s, u"--resident"_s, kR1, key, kiosk}, t2);
    CY_ACCEPTED(r);
    QVERIFY(stateValue(u"card/"_s + kR1).contains(u"\"failures\": 0"_s));

    // 2027-01-10: leases.
    const QString t3 = u"2027-01-10T02:00:00Z"_s;
    r = transact({u"lease"_s, u"create"_s, u"--unit"_s, u"12-0301"_s, u"--resident"_s, kR1, u"--rent"_s, u"3000.00"_s, u"--billing-day"_s, u"1"_s,
                  u"--start"_s, u"2027-02-01"_s, u"--end"_s, u"2027-12-31"_s, u"--deposit"_s, u"6000.00"_s, u"--grace-days"_s, u"5"_s,
                  u"--late-fee"_s, u"10%"_s, u"--late-fee-cap"_s, u"200.00"_s, u"--escalation"_s, u"3%"_s, u"--document"_s, u"lease.pdf"_s, key,
                  manager},
                 t3);
    CY_ACCEPTED(r);
    const QString lease = r.json().value(u"ids"_s).toObject().value(u"lease"_s).toString();
    QCOMPARE(lease.size(), 32);
    QFile leaseFile(path(u"lease.pdf"_s));
    QVERIFY(leaseFile.open(QIODevice::ReadOnly));
    const QString v1 = stateValue(u"lease/%1/v/0001"_s.arg(lease));
    for (const QString &part : {u"\"rent\": 300000"_s, u"\"deposit\": 600000"_s, u"\"billing-day\": 1"_s, u"\"grace-days\": 5"_s,
                                u"\"start\": \"2027-02-01\""_s, u"\"end\": \"2027-12-31\""_s, u"\"late-fee\": {\"cap\": 20000, \"percent\": \"10%\"}"_s,
                                u"\"escalation\": {\"percent\": \"3%\"}"_s, u"\"document\": h'%1'"_s.arg(sha256Hex(leaseFile.readAll())),
                                u"\"residents\": [h'%1']"_s.arg(kR1)}) {
        QVERIFY2(v1.contains(part), qPrintable(u"expected %1 in %2"_s.arg(part, v1)));
    }
    r = transact({u"lease"_s, u"amend"_s, u"--lease"_s, lease, u"--effective"_s, u"2027-03-01"_s, u"--resident"_s, kR1, u"--rent"_s, u"3100.00"_s,
                  u"--day"_s, u"2"_s, u"--end"_s, u"2027-12-31"_s, u"--grace-days"_s, u"3"_s, u"--late-fee"_s, u"5%"_s, u"--late-fee-cap"_s,
                  u"150.00"_s, u"--escalation"_s, u"2.5%"_s, u"--document"_s, u"amend.pdf"_s, key, manager},
                 t3);
    CY_ACCEPTED(r);
    const QString v2 = stateValue(u"lease/%1/v/0002"_s.arg(lease));
    for (const QString &part : {u"\"rent\": 310000"_s, u"\"billing-day\": 2"_s, u"\"grace-days\": 3"_s, u"\"effective\": \"2027-03-01\""_s,
                                u"\"late-fee\": {\"cap\": 15000, \"percent\": \"5%\"}"_s, u"\"escalation\": {\"percent\": \"2.5%\"}"_s}) {
        QVERIFY2(v2.contains(part), qPrintable(u"expected %1 in %2"_s.arg(part, v2)));
    }
    r = transact({u"lease"_s, u"amend"_s, u"--lease"_s, lease, u"--effective"_s, u"2027-04-01"_s, u"--late-fee"_s, u"50.00"_s, u"--escalation"_s,
                  u"100.00"_s, u"--document"_s, QString(64, QLatin1Char('a')), key, manager},
                 t3);
    CY_ACCEPTED(r);
    const QString v3 = stateValue(u"lease/%1/v/0003"_s.arg(lease));
    for (const QString &part : {u"\"late-fee\": {\"fixed\": 5000}"_s, u"\"escalation\": {\"fixed\": 10000}"_s,
                                u"\"document\": h'%1'"_s.arg(QString(64, QLatin1Char('a'))), u"\"rent\": 310000"_s}) {
        QVERIFY2(v3.contains(part), qPrintable(u"expected %1 in %2"_s.arg(part, v3)));
    }
    r = transact({u"lease"_s, u"create"_s, u"--lease"_s, kLease2, u"--unit"_s, u"12-0302"_s, u"--resident"_s, r2, u"--rent"_s, u"2000"_s,
                  u"--billing-day"_s, u"31"_s, u"--start"_s, u"2027-03-01"_s, u"--document"_s, QString(64, QLatin1Char('c')), key, manager},
                 t3);
    CY_ACCEPTED(r);
    const QString l2 = stateValue(u"lease/%1/v/0001"_s.arg(kLease2));
    // Defaults: no deposit, no grace days, open-ended, no late fee or escalation.
    QVERIFY2(l2.contains(u"\"rent\": 200000"_s) && l2.contains(u"\"deposit\": 0"_s) && l2.contains(u"\"grace-days\": 0"_s) &&
                 !l2.contains(u"\"end\""_s) && !l2.contains(u"late-fee"_s) && !l2.contains(u"escalation"_s),
             qPrintable(l2));

    // 2027-02-01 10:00 in Shanghai: February's close. 12-0301: the deposit 6000.00 (lease.create)
    // and February's rent 3000.00, both due 02-01, and the fee 2.50 × 85.50 = 213.75 due 02-05;
    // 12-0302: no rent before 03-01, the fee 2.50 × 120.50 = 301.25.
    const QString t4 = u"2027-02-01T02:00:00Z"_s;
    r = transact({u"billing"_s, u"close-period"_s, u"--period"_s, u"2027-02"_s, key, manager}, t4);
    CY_ACCEPTED(r);
    const QString deposit = invoiceId(u"12-0301"_s, u"deposit"_s);
    const QString rent = invoiceId(u"12-0301"_s, u"rent"_s);
    const QString fee = invoiceId(u"12-0301"_s, u"fee"_s);
    QVERIFY(deposit.size() == 32 && rent.size() == 32 && fee.size() == 32);
    QCOMPARE(invoices(u"12-0302"_s).size(), 1);
    QCOMPARE(invoices(u"12-0302"_s).at(0).toObject().value(u"amount"_s).toInteger(), 30125);
    // Each payment names its invoice: 6000.00 the deposit, 213.75 the fee, 3100.00 the rent
    // (3000.00) and 100.00 of prepaid credit; then 40.00 of the credit is refunded.
    r = transact({u"payment"_s, u"cash"_s, u"--unit"_s, u"12-0301"_s, u"--amount"_s, u"6000.00"_s, u"--receipt"_s, u"R-1"_s, u"--invoice"_s, deposit,
                  key, manager},
                 t4);
    CY_ACCEPTED(r);
    r = transact({u"payment"_s, u"bank"_s, u"--unit"_s, u"12-0301"_s, u"--amount"_s, u"213.75"_s, u"--reference"_s, u"B-1"_s, u"--invoice"_s,
                  fee.toUpper(), key, manager},
                 t4);
    CY_ACCEPTED(r);
    r = transact({u"payment"_s, u"kiosk"_s, u"--unit"_s, u"12-0301"_s, u"--resident"_s, kR1, u"--amount"_s, u"3100.00"_s, u"--reference"_s,
                  u"T-1"_s, u"--invoice"_s, rent, key, kiosk},
                 t4);
    CY_ACCEPTED(r);
    r = transact({u"payment"_s, u"refund"_s, u"--unit"_s, u"12-0301"_s, u"--amount"_s, u"40.00"_s, u"--reference"_s, u"RF-1"_s, key, manager}, t4);
    CY_ACCEPTED(r);
    // Receivable 6000.00 + 3000.00 + 213.75 - 6000.00 - 213.75 - 3000.00 = 0; prepaid 100.00 - 40.00 = 60.00.
    Run balance = courtyard({u"balance"_s, u"--db"_s, m_db, u"--unit"_s, u"12-0301"_s, u"--json"_s});
    QCOMPARE(balance.json().value(u"receivable"_s).toInteger(), 0);
    QCOMPARE(balance.json().value(u"prepaid"_s).toInteger(), 6000);
    QCOMPARE(balance.json().value(u"due"_s).toInteger(), -6000);
    r = transact({u"payment"_s, u"cash"_s, u"--unit"_s, u"12-0302"_s, u"--amount"_s, u"100.00"_s, u"--receipt"_s, u"R-2"_s, key, manager}, t4);
    CY_ACCEPTED(r);
    const QString mistaken = r.json().value(u"transaction_id"_s).toString();
    r = transact({u"payment"_s, u"reverse"_s, u"--payment"_s, mistaken, u"--reason"_s, u"recorded for the wrong unit"_s, key, manager}, t4);
    CY_ACCEPTED(r);
    // The fee of 301.25 is open again: 30125 - 10000 + 10000.
    balance = courtyard({u"balance"_s, u"--db"_s, m_db, u"--unit"_s, u"12-0302"_s, u"--json"_s});
    QCOMPARE(balance.json().value(u"receivable"_s).toInteger(), 30125);
    QVERIFY(stateValue(u"payment/"_s + mistaken).contains(u"\"reversed\": true"_s));
    // The dispute names the invoice by its id (looked up), the resolution by its key.
    r = transact({u"credit"_s, u"dispute"_s, u"--resident"_s, kR1, u"--invoice"_s, rent, u"--reason"_s, u"paid at the kiosk on time"_s, key, manager},
                 t4);
    CY_ACCEPTED(r);
    QVERIFY(stateValue(u"dispute/"_s + rent).contains(u"\"invoice\": \"invoice/12-0301/2027-02-01/%1\""_s.arg(rent)));
    r = transact({u"credit"_s, u"resolve-dispute"_s, u"--invoice"_s, u"invoice/12-0301/2027-02-01/"_s + rent, u"--outcome"_s, u"corrected"_s,
                  u"--note"_s, u"the kiosk receipt was found"_s, key, manager},
                 t4);
    CY_ACCEPTED(r);
    QVERIFY(stateValue(u"dispute/"_s + rent).contains(u"\"status\": \"corrected\""_s));

    // 2027-02-10: a repair through its whole life, and a request that is rejected.
    const QString t5 = u"2027-02-10T02:00:00Z"_s;
    r = transact({u"repair"_s, u"request"_s, u"--unit"_s, u"12-0301"_s, u"--resident"_s, kR1, u"--category"_s, u"plumbing"_s, u"--location"_s,
                  u"Kitchen"_s, u"--description"_s, u"The tap leaks."_s, u"--urgency"_s, u"urgent"_s, key, manager},
                 t5);
    CY_ACCEPTED(r);
    const QString repair = r.json().value(u"ids"_s).toObject().value(u"repair"_s).toString();
    QCOMPARE(repair.size(), 32);
    QVERIFY2(stateValue(u"repair/"_s + repair).contains(u"\"location\": \"Kitchen\""_s), qPrintable(stateValue(u"repair/"_s + repair)));
    r = transact({u"repair"_s, u"quote"_s, u"--repair"_s, repair, u"--vendor"_s, u"Li Plumbing"_s, u"--amount"_s, u"1200.00"_s, u"--document"_s,
                  u"quote.pdf"_s, key, manager},
                 t5);
    CY_ACCEPTED(r);
    QVERIFY(stateValue(u"repair/"_s + repair)
                .contains(u"\"quote\": {\"amount\": 120000, \"vendor\": \"Li Plumbing\", \"document\": h'%1'}"_s.arg(
                    sha256Hex("%PDF-1.4 Li Plumbing quote 1200.00\n"))));
    // 1200.00 is under the threshold of 8000.00: the manager alone approves.
    for (const QString &step : {u"approve"_s, u"start"_s, u"complete"_s}) {
        r = transact({u"repair"_s, step, u"--repair"_s, repair, key, manager}, t5);
        CY_ACCEPTED(r);
    }
    r = transact({u"repair"_s, u"confirm"_s, u"--repair"_s, repair, u"--resident"_s, kR1, key, kiosk}, t5);
    CY_ACCEPTED(r);
    r = transact({u"repair"_s, u"pay-vendor"_s, u"--repair"_s, repair, u"--amount"_s, u"1150.00"_s, u"--invoice"_s, u"vendor-invoice.pdf"_s, key,
                  manager},
                 t5);
    CY_ACCEPTED(r);
    QVERIFY(stateValue(u"expense/"_s + sha256Hex("%PDF-1.4 Li Plumbing invoice 1150.00\n")).contains(u"\"amount\": 115000"_s));
    QVERIFY(stateValue(u"repair/"_s + repair).contains(u"\"status\": \"confirmed\""_s));
    r = transact({u"repair"_s, u"request"_s, u"--repair"_s, kRoof, u"--category"_s, u"roof"_s, u"--description"_s, u"Loose tiles above entrance B."_s,
                  key, manager},
                 t5);
    CY_ACCEPTED(r);
    r = transact({u"repair"_s, u"reject"_s, u"--repair"_s, kRoof, u"--reason"_s, u"Covered by the builder's warranty."_s, key, manager}, t5);
    CY_ACCEPTED(r);
    const QString roof = stateValue(u"repair/"_s + kRoof);
    // The common property (no unit), the default urgency.
    QVERIFY2(roof.contains(u"\"status\": \"rejected\""_s) && roof.contains(u"\"urgency\": \"normal\""_s) && !roof.contains(u"\"unit\""_s),
             qPrintable(roof));

    // 2027-02-15: the fund, the budget, the leases' ends.
    const QString t6 = u"2027-02-15T02:00:00Z"_s;
    r = transact({u"expense"_s, u"record"_s, u"--category"_s, u"cleaning"_s, u"--vendor"_s, u"Bright Cleaning"_s, u"--amount"_s, u"300.00"_s,
                  u"--invoice"_s, u"cleaning.pdf"_s, u"--date"_s, u"2027-02-10"_s, key, manager},
                 t6);
    CY_ACCEPTED(r);
    r = transact({u"budget"_s, u"set"_s, u"--year"_s, u"2027"_s, u"--category"_s, u"cleaning"_s, u"--amount"_s, u"10000.00"_s, key, c1, cosign, c2},
                 t6);
    CY_ACCEPTED(r);
    const QString budget = stateValue(u"budget/2027/cleaning"_s);
    QVERIFY2(budget.contains(u"\"actual\": 30000"_s) && budget.contains(u"\"budget\": 1000000"_s), qPrintable(budget));
    r = transact({u"fund"_s, u"transfer"_s, u"--from"_s, u"maintenance"_s, u"--to"_s, u"reserve"_s, u"--amount"_s, u"500.00"_s, u"--reason"_s,
                  u"Year-end reserve"_s, key, c2, cosign, c3},
                 t6);
    CY_ACCEPTED(r);
    r = transact({u"lease"_s, u"renew"_s, u"--lease"_s, lease, u"--end"_s, u"2028-12-31"_s, u"--rent"_s, u"3300.00"_s, u"--escalation"_s, u"4%"_s,
                  u"--document"_s, u"renewal.pdf"_s, key, manager},
                 t6);
    CY_ACCEPTED(r);
    const QString v4 = stateValue(u"lease/%1/v/0004"_s.arg(lease));
    QVERIFY2(v4.contains(u"\"effective\": \"2028-01-01\""_s) && v4.contains(u"\"rent\": 330000"_s) && v4.contains(u"\"end\": \"2028-12-31\""_s),
             qPrintable(v4));
    r = transact({u"lease"_s, u"terminate"_s, u"--lease"_s, lease, u"--date"_s, u"2027-06-30"_s, u"--deduction"_s, u"cleaning=500.00"_s,
                  u"--deduction"_s, u"broken window=1200.50"_s, key, manager},
                 t6);
    CY_ACCEPTED(r);
    // Deposit 6000.00 - 500.00 - 1200.50 = 4299.50 refunded.
    const QString head = stateValue(u"lease/"_s + lease);
    QVERIFY2(head.contains(u"\"status\": \"terminated\""_s) && head.contains(u"\"refund\": 429950"_s) &&
                 head.contains(u"{\"amount\": 120050, \"reason\": \"broken window\"}"_s),
             qPrintable(head));
    r = transact({u"lease"_s, u"terminate"_s, u"--lease"_s, kLease2, u"--date"_s, u"2027-05-31"_s, key, manager}, t6);
    CY_ACCEPTED(r);
    QVERIFY(stateValue(u"lease/"_s + kLease2).contains(u"\"deductions\": []"_s));
    // The 4299.50 is paid out: 4000.00 by bank, then the 299.50 left in cash.
    r = transact({u"payment"_s, u"deposit-refund"_s, u"--lease"_s, lease, u"--amount"_s, u"4000.00"_s, u"--method"_s, u"bank"_s, u"--reference"_s,
                  u"BANK-OUT-1"_s, key, manager},
                 t6);
    CY_ACCEPTED(r);
    const QString payout = r.json().value(u"transaction_id"_s).toString();
    QVERIFY2(stateValue(u"lease/"_s + lease).contains(u"\"refunded\": 400000"_s), qPrintable(stateValue(u"lease/"_s + lease)));
    QCOMPARE(stateValue(u"deposit-refund/"_s + payout),
             u"{\"at\": %1, \"unit\": \"12-0301\", \"lease\": h'%2', \"amount\": 400000, \"method\": \"bank\", \"reversed\": false}"_s
                 .arg(QDateTime::fromString(t6, Qt::ISODate).toMSecsSinceEpoch())
                 .arg(lease));
    // 4299.50 - 4000.00 = 299.50 is owed: 299.51 is refused, nothing written.
    const QString beforeTooMuch = fingerprint(m_db);
    r = transact({u"payment"_s, u"deposit-refund"_s, u"--lease"_s, lease, u"--amount"_s, u"299.51"_s, u"--method"_s, u"cash"_s, u"--reference"_s,
                  u"R-OUT-1"_s, key, manager},
                 t6);
    QVERIFY2(r.code == 3 && r.json().value(u"code"_s).toString() == u"exceeds-refund-owed"_s && r.errText().contains(u"only 299.50"_s),
             qPrintable(r.report()));
    QCOMPARE(fingerprint(m_db), beforeTooMuch);
    r = transact({u"payment"_s, u"deposit-refund"_s, u"--lease"_s, lease, u"--amount"_s, u"299.50"_s, u"--method"_s, u"cash"_s, u"--reference"_s,
                  u"R-OUT-1"_s, key, manager},
                 t6);
    CY_ACCEPTED(r);
    QVERIFY(stateValue(u"lease/"_s + lease).contains(u"\"refunded\": 429950"_s));

    // Devices: a manager authorizes a kiosk with a new code, which is printed once and only its
    // hash signed; the new kiosk's own key claims it; a second code is cancelled; the kiosk revoked.
    r = transact({u"device"_s, u"authorize"_s, u"--label"_s, u"Lobby kiosk 2"_s, u"--role"_s, u"kiosk"_s, u"--valid-hours"_s, u"48"_s, key, manager},
                 t6);
    CY_ACCEPTED(r);
    const QString code = r.json().value(u"enrollment_code"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$"_s).match(code).hasMatch(), qPrintable(r.report()));
    const QByteArray codeHash = contracts::enrollmentCodeHash(QByteArray::fromHex(m_community.toLatin1()),
                                                              *contracts::normalizeEnrollmentCode(code));
    const QString record = stateValue(u"enrollment/"_s + QString::fromLatin1(codeHash.toHex()));
    // Expires 48 h after the block time t6: 48 * 3,600,000 ms = 172,800,000 ms.
    QVERIFY2(record.contains(u"\"expires\": %1"_s.arg(QDateTime::fromString(t6, Qt::ISODate).toMSecsSinceEpoch() + 172800000)) &&
                 record.contains(u"\"label\": \"Lobby kiosk 2\""_s) && record.contains(u"\"state\": \"open\""_s) &&
                 !record.contains(code.left(4)),
             qPrintable(record));
    // The code as a person types it: lower case, without dashes.
    r = transact({u"device"_s, u"enroll"_s, u"--code"_s, code.toLower().remove(u'-'), key, u"kiosk3.key"_s}, t6);
    CY_ACCEPTED(r);
    QVERIFY(stateValue(u"role/"_s + m_public[u"kiosk3.key"_s]).contains(u"\"kiosk\""_s));
    // A code may also be made elsewhere and given: then it is not printed back.
    const QString spare = u"M2PB-8RDW-Q0XZ-1T7C"_s;
    r = transact({u"device"_s, u"authorize"_s, u"--label"_s, u"Spare kiosk"_s, u"--code"_s, spare, key, manager}, t6);
    CY_ACCEPTED(r);
    QCOMPARE(r.json().value(u"enrollment_code"_s).toString(), QString());
    r = transact({u"device"_s, u"cancel-code"_s, u"--code"_s, spare, key, manager}, t6);
    CY_ACCEPTED(r);
    r = transact({u"device"_s, u"revoke"_s, u"--device"_s, u"kiosk3.key"_s, u"--reason"_s, u"Screen broken, replaced"_s, key, manager}, t6);
    CY_ACCEPTED(r);
    QCOMPARE(stateValue(u"role/"_s + m_public[u"kiosk3.key"_s]), QString());

    // The ledger built by the commands verifies, replays and balances.
    r = courtyard({u"verify"_s, u"--db"_s, m_db});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    r = courtyard({u"replay"_s, u"--db"_s, m_db});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    r = courtyard({u"trial-balance"_s, u"--db"_s, m_db, u"--json"_s});
    QVERIFY2(r.code == 0 && r.json().value(u"balanced"_s).toBool(), qPrintable(r.report()));
}

void TestCommands::coSignedRepairApproval()
{
    QVERIFY2(m_height > 0, "needs the community of everyCommandAccepted");
    const QString t7 = u"2027-02-20T02:00:00Z"_s;
    const QString key = u"--key"_s, cosign = u"--cosign"_s, manager = u"manager.key"_s;
    Run r = transact({u"repair"_s, u"request"_s, u"--repair"_s, kLift, u"--category"_s, u"elevator"_s, u"--description"_s,
                      u"The lift stops between floors."_s, u"--urgency"_s, u"urgent"_s, key, manager},
                     t7);
    CY_ACCEPTED(r);
    // 9000.00 is at or above the threshold of 8000.00 set by the committee.
    r = transact({u"repair"_s, u"quote"_s, u"--repair"_s, kLift, u"--vendor"_s, u"Lift Co"_s, u"--amount"_s, u"9000.00"_s, u"--document"_s,
                  QString(64, QLatin1Char('e')), key, manager},
                 t7);
    CY_ACCEPTED(r);
    const QString before = fingerprint(m_db);
    // The manager alone, then with one member of a quorum of 2: refused, nothing written.
    for (const QStringList &cosigners : {QStringList{}, QStringList{cosign, u"c1.key"_s}}) {
        r = transact(QStringList{u"repair"_s, u"approve"_s, u"--repair"_s, kLift, key, manager} + cosigners, t7);
        QVERIFY2(r.code == 3, qPrintable(r.report()));
        QCOMPARE(r.json().value(u"ok"_s).toBool(true), false);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"rejected"_s);
        QCOMPARE(r.json().value(u"code"_s).toString(), u"committee-approval-required"_s);
        QVERIFY2(r.errText().contains(u"rejected: repair.approve committee-approval-required"_s), qPrintable(r.report()));
        QCOMPARE(fingerprint(m_db), before);
    }
    QVERIFY(stateValue(u"repair/"_s + kLift).contains(u"\"status\": \"quoted\""_s));
    // The manager and the committee quorum: approved.
    r = transact({u"repair"_s, u"approve"_s, u"--repair"_s, kLift, key, manager, cosign, u"c1.key"_s, cosign, u"c2.key"_s}, t7);
    CY_ACCEPTED(r);
    QCOMPARE(r.json().value(u"signers"_s).toInt(), 3);
    QVERIFY(stateValue(u"repair/"_s + kLift).contains(u"\"status\": \"approved\""_s));
}

void TestCommands::everyCommandAndOptionUsed()
{
    for (const cli::CommandSpec &spec : cli::commandSpecs()) {
        const auto it = m_used.find(spec.kind);
        QVERIFY2(it != m_used.end(), qPrintable(u"`courtyard %1` was never accepted in this test"_s.arg(spec.name())));
        for (const cli::OptionSpec &o : spec.options) {
            QVERIFY2(it->second.count(o.name) == 1,
                     qPrintable(u"`courtyard %1 --%2` was never used in an accepted run"_s.arg(spec.name(), o.name)));
        }
    }
}

// --- bad input -------------------------------------------------------------------------------

void TestCommands::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error"); // the JSON "error", empty when no JSON is expected
    QTest::addColumn<QStringList>("mentions");

    const QString time = u"2027-03-01T02:00:00Z"_s;
    const QStringList sealer{u"--sealer-key"_s, u"server.key"_s, u"--time"_s, time};
    const QStringList manager = QStringList{u"--key"_s, u"manager.key"_s} + sealer;
    const QStringList cash{u"payment"_s, u"cash"_s, u"--unit"_s, u"12-0301"_s, u"--receipt"_s, u"R-9"_s};
    const QStringList lease{u"lease"_s, u"create"_s, u"--unit"_s, u"12-0301"_s, u"--resident"_s, kR1, u"--rent"_s, u"3000.00"_s,
                            u"--billing-day"_s, u"1"_s, u"--start"_s, u"2028-02-01"_s, u"--document"_s, u"lease.pdf"_s};
    const QString usage = u"usage"_s, invalid = u"invalid-argument"_s, rejected = u"rejected"_s;

    QTest::newRow("missing required option") << cash + manager << 2 << usage << QStringList{u"--amount AMOUNT"_s};
    QTest::newRow("missing --key") << cash + QStringList{u"--amount"_s, u"1.00"_s} + sealer << 2 << usage << QStringList{u"--key FILE"_s};
    QTest::newRow("option given twice") << cash + QStringList{u"--amount"_s, u"1.00"_s, u"--amount"_s, u"2.00"_s} + manager << 2 << usage
                                        << QStringList{u"--amount is given 2 times"_s};
    QTest::newRow("unknown option") << cash + QStringList{u"--amount"_s, u"1.00"_s, u"--bogus"_s} + manager << 2 << usage << QStringList{u"bogus"_s};
    QTest::newRow("money with 3 decimals in CNY") << cash + QStringList{u"--amount"_s, u"12.345"_s} + manager << 3 << invalid
                                                  << QStringList{u"--amount"_s, u"'12.345' has 3 decimals, but CNY has only 2"_s};
    QTest::newRow("negative money") << cash + QStringList{u"--amount"_s, u"-5.00"_s} + manager << 3 << invalid
                                    << QStringList{u"--amount"_s, u"negative"_s};
    QTest::newRow("money that is not a number") << cash + QStringList{u"--amount"_s, u"ten"_s} + manager << 3 << u"malformed"_s
                                                << QStringList{u"--amount"_s, u"'ten'"_s};
    QTest::newRow("a day that does not exist") << lease + QStringList{u"--end"_s, u"2027-02-30"_s} + manager << 3 << invalid
                                               << QStringList{u"--end"_s, u"'2027-02-30' is not a day that exists"_s, u"YYYY-MM-DD"_s};
    QTest::newRow("a month that does not exist") << QStringList{u"billing"_s, u"close-period"_s, u"--period"_s, u"2027-13"_s} + manager << 3
                                                 << invalid << QStringList{u"--period"_s, u"YYYY-MM"_s};
    QTest::newRow("unknown role") << QStringList{u"governance"_s, u"grant"_s, u"--role"_s, u"janitor"_s, u"--member"_s, u"auditor.key"_s,
                                                 u"--key"_s, u"c1.key"_s, u"--cosign"_s, u"c2.key"_s} + sealer
                                  << 3 << invalid
                                  << QStringList{u"--role: 'janitor' is not one of: manager, committee, kiosk, auditor"_s};
    QTest::newRow("unknown repair category")
        << QStringList{u"repair"_s, u"request"_s, u"--category"_s, u"garden"_s, u"--description"_s, u"weeds"_s} + manager << 3 << invalid
        << QStringList{u"--category: 'garden' is not one of: plumbing, electrical"_s};
    QTest::newRow("unknown urgency") << QStringList{u"repair"_s, u"request"_s, u"--category"_s, u"roof"_s, u"--description"_s, u"tiles"_s,
                                                    u"--urgency"_s, u"asap"_s} + manager
                                     << 3 << invalid << QStringList{u"--urgency"_s, u"low, normal, urgent"_s};
    QTest::newRow("a location on two lines: the contract refuses")
        << QStringList{u"repair"_s, u"request"_s, u"--category"_s, u"roof"_s, u"--location"_s, u"Roof\nwest side"_s, u"--description"_s,
                       u"tiles"_s} + manager
        << 3 << rejected << QStringList{u"rejected: repair.request invalid-location: a location is 1 to 100 characters on one line"_s};
    QTest::newRow("unknown unit: the contract refuses")
        << QStringList{u"payment"_s, u"cash"_s, u"--unit"_s, u"99-9999"_s, u"--amount"_s, u"10.00"_s, u"--receipt"_s, u"R-9"_s} + manager << 3
        << rejected << QStringList{u"rejected: payment.cash unknown-unit: there is no unit 99-9999; nothing was written"_s};
    QTest::newRow("not a unit number") << QStringList{u"payment"_s, u"cash"_s, u"--unit"_s, u"12 0301"_s, u"--amount"_s, u"10.00"_s,
                                                      u"--receipt"_s, u"R-9"_s} + manager
                                       << 3 << invalid << QStringList{u"--unit: '12 0301' is not a unit number"_s};
    QTest::newRow("an id that is not hex") << QStringList{u"resident"_s, u"link"_s, u"--resident"_s, u"zz"_s, u"--unit"_s, u"12-0302"_s} + manager
                                           << 3 << invalid << QStringList{u"--resident: 'zz' is not an id: 32 hex digits"_s};
    QTest::newRow("an unknown invoice id") << QStringList{u"credit"_s, u"dispute"_s, u"--resident"_s, kR1, u"--invoice"_s, QString(32, QLatin1Char('f')),
                                                          u"--reason"_s, u"never billed"_s} + manager
                                           << 4 << u"not-found"_s << QStringList{u"--invoice: there is no invoice with the id ffff"_s};
    QTest::newRow("a document that does not exist")
        << QStringList{u"repair"_s, u"quote"_s, u"--repair"_s, kRoof, u"--vendor"_s, u"V"_s, u"--amount"_s, u"1.00"_s, u"--document"_s,
                       u"missing.pdf"_s} + manager
        << 4 << u"not-found"_s << QStringList{u"--document: missing.pdf is not a file"_s};
    QTest::newRow("a percentage late fee without its cap") << lease + QStringList{u"--late-fee"_s, u"5%"_s} + manager << 2 << usage
                                                           << QStringList{u"a percentage --late-fee needs --late-fee-cap"_s};
    QTest::newRow("a cap with a fixed late fee") << lease + QStringList{u"--late-fee"_s, u"50.00"_s, u"--late-fee-cap"_s, u"100.00"_s} + manager
                                                 << 2 << usage << QStringList{u"--late-fee-cap goes with a percentage --late-fee"_s};
    QTest::newRow("a cap without a late fee") << lease + QStringList{u"--late-fee-cap"_s, u"100.00"_s} + manager << 2 << usage
                                              << QStringList{u"--late-fee-cap goes with --late-fee"_s};
    QTest::newRow("a rule that is neither") << lease + QStringList{u"--escalation"_s, u"three"_s} + manager << 3 << invalid
                                            << QStringList{u"--escalation: 'three' is neither a percentage"_s};
    QTest::newRow("an option and its alias") << QStringList(lease).replaceInStrings(u"--billing-day"_s, u"--day"_s) + QStringList{u"--day"_s, u"32"_s} + manager
                                           << 2 << usage << QStringList{u"--billing-day is given 2 times"_s};
    QTest::newRow("a billing day of 32") << QStringList{u"billing"_s, u"set-fee-rule"_s, u"--basis"_s, u"fixed"_s, u"--amount"_s, u"100.00"_s,
                                                        u"--due-day"_s, u"32"_s, u"--key"_s, u"c1.key"_s, u"--cosign"_s, u"c2.key"_s} + sealer
                                         << 3 << invalid << QStringList{u"--due-day: '32' is not a whole number from 1 to 31"_s};
    QTest::newRow("a deduction without an amount") << QStringList{u"lease"_s, u"terminate"_s, u"--lease"_s, kLease2, u"--date"_s, u"2027-04-30"_s,
                                                                  u"--deduction"_s, u"cleaning"_s} + manager
                                                   << 3 << invalid << QStringList{u"--deduction: 'cleaning' is not REASON=AMOUNT"_s};
    QTest::newRow("a PIN that is not digits") << QStringList{u"resident"_s, u"enroll-card"_s, u"--resident"_s, kR1, u"--card"_s, u"CARD-0002"_s,
                                                             u"--pin-file"_s, u"pin-bad.txt"_s} + manager
                                              << 3 << invalid << QStringList{u"--pin-file: the first line of pin-bad.txt is not a PIN"_s};
    QTest::newRow("a time without its zone") << cash + QStringList{u"--amount"_s, u"1.00"_s, u"--key"_s, u"manager.key"_s, u"--sealer-key"_s,
                                                                   u"server.key"_s, u"--time"_s, u"2027-03-01T10:00:00"_s}
                                             << 3 << u"malformed"_s << QStringList{u"--time"_s};
    QTest::newRow("a time before the last block") << cash + QStringList{u"--amount"_s, u"1.00"_s, u"--key"_s, u"manager.key"_s, u"--sealer-key"_s,
                                                                        u"server.key"_s, u"--time"_s, u"2027-01-01T00:00:00Z"_s}
                                                  << 3 << invalid << QStringList{u"before the ledger's last block"_s};
    QTest::newRow("one key as author and co-signer")
        << cash + QStringList{u"--amount"_s, u"1.00"_s, u"--cosign"_s, u"./manager.key"_s} + manager << 2 << usage << QStringList{u"given twice"_s};
    QTest::newRow("a key file that does not exist") << cash + QStringList{u"--amount"_s, u"1.00"_s, u"--key"_s, u"nobody.key"_s} + sealer << 4
                                                    << u"not-found"_s << QStringList{u"--key: nobody.key does not exist"_s};
    QTest::newRow("not the ledger's sealer") << cash + QStringList{u"--amount"_s, u"1.00"_s, u"--key"_s, u"manager.key"_s, u"--sealer-key"_s,
                                                                   u"c3.key"_s, u"--time"_s, time}
                                             << 3 << invalid << QStringList{u"is not this ledger's sealer"_s};
    QTest::newRow("a kiosk registering a unit: the contract refuses")
        << QStringList{u"unit"_s, u"register"_s, u"--unit"_s, u"12-0999"_s, u"--area"_s, u"50"_s, u"--share"_s, u"0.5"_s, u"--key"_s, u"kiosk.key"_s}
               + sealer
        << 3 << rejected << QStringList{u"rejected: unit.register not-authorized"_s};
    QTest::newRow("a grant without the quorum: the contract refuses")
        << QStringList{u"governance"_s, u"grant"_s, u"--role"_s, u"auditor"_s, u"--member"_s, u"auditor.key"_s, u"--key"_s, u"c1.key"_s} + sealer
        << 3 << rejected << QStringList{u"rejected: governance.grant quorum-not-reached"_s};
    QTest::newRow("a deposit refund of a lease without one: the contract refuses")
        << QStringList{u"payment"_s, u"deposit-refund"_s, u"--lease"_s, kLease2, u"--amount"_s, u"1.00"_s, u"--method"_s, u"bank"_s,
                       u"--reference"_s, u"BANK-OUT-9"_s} + manager
        << 3 << rejected << QStringList{u"rejected: payment.deposit-refund no-refund-owed"_s};
    QTest::newRow("a deposit refund by cheque")
        << QStringList{u"payment"_s, u"deposit-refund"_s, u"--lease"_s, kLease2, u"--amount"_s, u"1.00"_s, u"--method"_s, u"cheque"_s,
                       u"--reference"_s, u"C-9"_s} + manager
        << 3 << invalid << QStringList{u"--method: 'cheque' is not one of: cash, bank"_s};
    QTest::newRow("unknown action") << QStringList{u"lease"_s, u"extend"_s} + manager << 2 << QString()
                                    << QStringList{u"unknown command 'lease extend'"_s, u"create"_s};
}

void TestCommands::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, error);
    QFETCH(QStringList, mentions);
    QVERIFY2(m_height > 0, "needs the community of everyCommandAccepted");

    const QString before = fingerprint(m_db);
    const Run r = courtyard(arguments + QStringList{u"--db"_s, m_db, u"--json"_s});
    QVERIFY2(r.code == code, qPrintable(r.report()));
    for (const QString &m : mentions) {
        QVERIFY2(r.errText().contains(m), qPrintable(u"expected '%1' in:\n%2"_s.arg(m, r.report())));
    }
    if (!error.isEmpty()) {
        QCOMPARE(r.json().value(u"ok"_s).toBool(true), false);
        QCOMPARE(r.json().value(u"error"_s).toString(), error);
    }
    // Nothing was written.
    QCOMPARE(fingerprint(m_db), before);
}

// --- block times -----------------------------------------------------------------------------

void TestCommands::timeDefaultsToNow()
{
    const QString db = newLedger(u"now.db"_s, u"2026-01-01T00:00:00Z"_s);
    const QStringList sealer{u"--db"_s, db, u"--sealer-key"_s, u"server.key"_s};
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    Run r = courtyard(QStringList{u"governance"_s, u"grant"_s, u"--role"_s, u"manager"_s, u"--member"_s, u"manager.key"_s, u"--key"_s, u"c1.key"_s,
                                  u"--cosign"_s, u"c2.key"_s, u"--json"_s} + sealer);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    const qint64 time = QDateTime::fromString(r.json().value(u"time"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
    QVERIFY2(before <= time && time <= after, qPrintable(r.report()));

    // The text output.
    r = courtyard(QStringList{u"unit"_s, u"register"_s, u"--unit"_s, u"1-101"_s, u"--area"_s, u"60"_s, u"--share"_s, u"1"_s, u"--key"_s,
                              u"manager.key"_s} + sealer);
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    QVERIFY2(QRegularExpression(u"^accepted: unit\\.register tx [0-9a-f]{64} sealed in block 2 at log index 2\n$"_s).match(r.outText()).hasMatch(),
             qPrintable(r.report()));
    r = courtyard(QStringList{u"resident"_s, u"register"_s, u"--unit"_s, u"1-101"_s, u"--key"_s, u"manager.key"_s} + sealer);
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    QVERIFY2(QRegularExpression(u"^accepted: resident\\.register tx [0-9a-f]{64} sealed in block 3 at log index 3\n  new resident id: [0-9a-f]{32}\n$"_s)
                 .match(r.outText())
                 .hasMatch(),
             qPrintable(r.report()));
    // A rejection in text: on standard error, nothing on standard output.
    r = courtyard(QStringList{u"unit"_s, u"register"_s, u"--unit"_s, u"1-101"_s, u"--area"_s, u"60"_s, u"--share"_s, u"1"_s, u"--key"_s,
                              u"manager.key"_s} + sealer);
    QVERIFY2(r.code == 3 && r.out.isEmpty() && r.errText().startsWith(u"courtyard: rejected: unit.register unit-exists: "_s), qPrintable(r.report()));
}

void TestCommands::timeNeverBeforeTheLastBlock()
{
    // A ledger whose genesis is after this computer's clock: without --time, "now" would go back.
    const QString db = newLedger(u"future.db"_s, u"2099-01-01T00:00:00Z"_s);
    const QString before = fingerprint(db);
    const QStringList grant{u"governance"_s, u"grant"_s, u"--role"_s, u"manager"_s, u"--member"_s, u"manager.key"_s, u"--key"_s, u"c1.key"_s,
                            u"--cosign"_s, u"c2.key"_s, u"--db"_s, db, u"--sealer-key"_s, u"server.key"_s};
    Run r = courtyard(grant);
    QVERIFY2(r.code == 3, qPrintable(r.report()));
    QVERIFY2(r.errText().contains(u"after this computer's clock"_s) && r.errText().contains(u"pass --time at or after 2099-01-01T00:00:00.000Z"_s),
             qPrintable(r.report()));
    QCOMPARE(fingerprint(db), before);
    r = courtyard(grant + QStringList{u"--time"_s, u"2098-12-31T23:59:59Z"_s});
    QVERIFY2(r.code == 3 && r.errText().contains(u"is before the ledger's last block"_s), qPrintable(r.report()));
    QCOMPARE(fingerprint(db), before);
    // At the last block's time exactly: accepted.
    r = courtyard(grant + QStringList{u"--time"_s, u"2099-01-01T00:00:00Z"_s});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
}

// Without --sealer-key a command signs the transaction into this device's outbox for `courtyard
// sync`: checked first against the state with the earlier waiting transactions applied; a refusal
// writes nothing; no block is sealed here.
void TestCommands::queuedWithoutSealerKey()
{
    const QString db = newLedger(u"queue.db"_s, u"2027-01-01T00:00:00Z"_s);
    const QString t = u"2027-01-02T09:00:00Z"_s;
    const auto queue = [&](const QStringList &arguments) {
        return courtyard(arguments + QStringList{u"--db"_s, db, u"--time"_s, t, u"--json"_s});
    };
    Run r = courtyard({u"governance"_s, u"grant"_s, u"--role"_s, u"manager"_s, u"--member"_s, u"manager.key"_s, u"--key"_s, u"c1.key"_s,
                       u"--cosign"_s, u"c2.key"_s, u"--db"_s, db, u"--sealer-key"_s, u"server.key"_s, u"--time"_s, t, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    const QString sealed = fingerprint(db);

    // A unit, then a payment for it: the payment is checked with the waiting unit applied.
    r = queue({u"unit"_s, u"register"_s, u"--unit"_s, u"7-0101"_s, u"--area"_s, u"60"_s, u"--share"_s, u"0.5"_s, u"--key"_s, u"manager.key"_s});
    QVERIFY2(r.code == 0 && r.json().value(u"status"_s).toString() == u"queued"_s && r.json().value(u"sequence"_s).toInteger() == 1,
             qPrintable(r.report()));
    r = queue({u"payment"_s, u"cash"_s, u"--unit"_s, u"7-0101"_s, u"--amount"_s, u"10.00"_s, u"--receipt"_s, u"R-1"_s, u"--key"_s, u"manager.key"_s});
    QVERIFY2(r.code == 0 && r.json().value(u"sequence"_s).toInteger() == 2, qPrintable(r.report()));
    // A payment for a unit that exists nowhere: refused, and its sequence is not used up.
    r = queue({u"payment"_s, u"cash"_s, u"--unit"_s, u"7-0999"_s, u"--amount"_s, u"10.00"_s, u"--receipt"_s, u"R-2"_s, u"--key"_s, u"manager.key"_s});
    QVERIFY2(r.code == 3 && r.json().value(u"status"_s).toString() == u"rejected"_s && r.errText().contains(u"nothing was written"_s),
             qPrintable(r.report()));
    r = queue({u"device"_s, u"authorize"_s, u"--label"_s, u"Lobby kiosk 1"_s, u"--key"_s, u"manager.key"_s});
    QVERIFY2(r.code == 0 && r.json().value(u"sequence"_s).toInteger() == 3 && r.json().value(u"enrollment_code"_s).toString().size() == 19,
             qPrintable(r.report()));
    // Text output shows the code once, with what to do with it.
    r = courtyard({u"device"_s, u"authorize"_s, u"--label"_s, u"Lobby kiosk 2"_s, u"--key"_s, u"manager.key"_s, u"--db"_s, db, u"--time"_s, t});
    QVERIFY2(r.code == 0 && r.outText().contains(u"queued: device.authorize"_s) && r.outText().contains(u"enrollment code: "_s) &&
                 r.outText().contains(u"not shown again"_s),
             qPrintable(r.report()));
    // Nothing was sealed: the blocks are as they were; the outbox holds the four, in order.
    QCOMPARE(fingerprint(db), sealed);
    r = courtyard({u"outbox"_s, u"--db"_s, db, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    const QJsonArray entries = r.json().value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 4);
    const QStringList kinds{u"unit.register"_s, u"payment.cash"_s, u"device.authorize"_s, u"device.authorize"_s};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(entries[i].toObject().value(u"sequence"_s).toInteger(), qint64(i + 1));
        QCOMPARE(entries[i].toObject().value(u"kind"_s).toString(), kinds[i]);
        QCOMPARE(entries[i].toObject().value(u"state"_s).toString(), u"pending"_s);
    }
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
