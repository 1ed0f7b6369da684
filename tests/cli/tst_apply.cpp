// End-to-end tests of `courtyard apply` and the read commands (trial-balance, balance,
// statement, state, replay): the real binary run through QProcess on real key files and ledgers
// in a temporary folder. The JSON-to-CBOR mapping of batch fields is also tested directly.
//
// Expected outcomes (which lines are accepted, in which block and at which log index, which are
// rejected with which code) are worked out here from docs/contracts.md, not from the tool.
#include "cli_runner.h"
#include "app/cli/apply.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace courtyard;

using courtyard::testing::Run;

namespace {

const QString kPassphrase = QStringLiteral("batch passphrase");
const QString kGenesisTime = QStringLiteral("2027-01-01T00:00:00Z");


} // namespace

class TestApply : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void jsonMapping_data();
    void jsonMapping();
    void jsonRefused_data();
    void jsonRefused();

    void initCarriesGenesisState();
    void batchResults();
    void timesGoingBackwards_data();
    void timesGoingBackwards();
    void malformedFile_data();
    void malformedFile();
    void unknownSignerFile();
    void wrongSealerKey();
    void damagedProjections();
    void moneyScenario();

private:
    Run courtyard(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A new ledger (genesis at kGenesisTime) with the three committee keys, quorum 2.
    QString newLedger(const QString &name);
    QString writeBatch(const QString &name, const QStringList &lines) const;
    Run apply(const QString &db, const QString &batch, bool json = true) const;
    // verify --json's log size and root: "nothing was written" means these did not change.
    QString fingerprint(const QString &db) const;
    QString grantManager(const QString &time) const;

    QTemporaryDir m_dir;
    QString m_managerHex;
};

Run TestApply::courtyard(const QStringList &arguments) const
{
    return testing::runCourtyard(arguments, m_dir.path(), testing::cliEnvironment(kPassphrase));
}

void TestApply::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *name : {"server", "c1", "c2", "c3", "manager"}) {
        const QString file = QString::fromLatin1(name) + QStringLiteral(".key");
        const Run r = courtyard({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--out"), file, QStringLiteral("--kdf"),
                                 QStringLiteral("interactive"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.report()));
        if (qstrcmp(name, "manager") == 0) {
            m_managerHex = r.json().value(QStringLiteral("public_key")).toString();
        }
    }
    QCOMPARE(m_managerHex.size(), 64);
}

QString TestApply::newLedger(const QString &name)
{
    const QString db = path(name);
    const Run r = courtyard({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--name"), QStringLiteral("Batch Gardens"),
                             QStringLiteral("--currency"), QStringLiteral("CNY"), QStringLiteral("--timezone"),
                             QStringLiteral("Asia/Shanghai"), QStringLiteral("--server-key"), QStringLiteral("server.key"),
                             QStringLiteral("--committee"), QStringLiteral("c1.key"), QStringLiteral("--committee"),
                             QStringLiteral("c2.key"), QStringLiteral("--committee"), QStringLiteral("c3.key"),
                             QStringLiteral("--time"), kGenesisTime});
    if (r.code != 0) {
        qWarning("%s", qPrintable(r.report()));
    }
    return db;
}

QString TestApply::writeBatch(const QString &name, const QStringList &lines) const
{
    QFile f(path(name));
    if (f.open(QIODevice::WriteOnly)) {
        f.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    }
    return f.fileName();
}

Run TestApply::apply(const QString &db, const QString &batch, bool json) const
{
    QStringList args{QStringLiteral("apply"), batch, QStringLiteral("--db"), db, QStringLiteral("--sealer-key"), QStringLiteral("server.key")};
    if (json) {
        args << QStringLiteral("--json");
    }
    return courtyard(args);
}

QString TestApply::fingerprint(const QString &db) const
{
    const Run r = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    return QStringLiteral("%1 %2 %3").arg(r.code).arg(r.json().value(QStringLiteral("log_size")).toInteger())
        .arg(r.json().value(QStringLiteral("log_root")).toString());
}

QString TestApply::grantManager(const QString &time) const
{
    return QStringLiteral(R"({"kind": "governance.grant", "version": 1, "fields": {"key": {"hex": "%1"}, "role": "manager"}, )"
                          R"("signers": ["c1.key", "c2.key"], "time": "%2"})")
        .arg(m_managerHex, time);
}

// --- the JSON mapping ------------------------------------------------------------------------

void TestApply::jsonMapping_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("diagnostic");
    QTest::newRow("text") << QByteArray(R"({"a": "12-0301"})") << QStringLiteral(R"({"a": "12-0301"})");
    QTest::newRow("integers") << QByteArray(R"({"a": 8550, "b": -3, "c": 0})") << QStringLiteral(R"({"a": 8550, "b": -3, "c": 0})");
    QTest::newRow("int64 extremes") << QByteArray(R"({"a": 9223372036854775807, "b": -9223372036854775808})")
                                    << QStringLiteral(R"({"a": 9223372036854775807, "b": -9223372036854775808})");
    QTest::newRow("bool and null") << QByteArray(R"({"a": true, "b": false, "c": null})")
                                   << QStringLiteral(R"({"a": true, "b": false, "c": null})");
    QTest::newRow("bytes") << QByteArray(R"({"id": {"hex": "0A0b"}})") << QStringLiteral(R"({"id": h'0a0b'})");
    QTest::newRow("empty bytes") << QByteArray(R"({"id": {"hex": ""}})") << QStringLiteral(R"({"id": h''})");
    QTest::newRow("nested") << QByteArray(R"({"items": [{"amount": 100, "reason": "paint"}, [1, 2]], "m": {}})")
                            << QStringLiteral(R"({"m": {}, "items": [{"amount": 100, "reason": "paint"}, [1, 2]]})");
    // A map with "hex" beside other keys is a map.
    QTest::newRow("hex among others") << QByteArray(R"({"x": {"hex": "00", "y": 1}})") << QStringLiteral(R"({"x": {"y": 1, "hex": "00"}})");
}

void TestApply::jsonMapping()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, diagnostic);
    const auto value = cli::jsonToCbor(QJsonDocument::fromJson(json).object());
    if (!value) {
        QFAIL(qPrintable(value.error().message));
    }
    QCOMPARE(value->diagnostic(), diagnostic);
}

void TestApply::jsonRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::newRow("fraction") << QByteArray(R"({"amount": 85.5})") << QStringLiteral("fields.amount");
    QTest::newRow("exponent beyond int64") << QByteArray(R"({"amount": 1e19})") << QStringLiteral("fields.amount");
    QTest::newRow("fraction with exponent") << QByteArray(R"({"amount": 15e-1})") << QStringLiteral("fields.amount");
    QTest::newRow("above int64") << QByteArray(R"({"amount": 9223372036854775808})") << QStringLiteral("fields.amount");
    QTest::newRow("odd hex") << QByteArray(R"({"id": {"hex": "abc"}})") << QStringLiteral("fields.id");
    QTest::newRow("not hex") << QByteArray(R"({"id": {"hex": "zz"}})") << QStringLiteral("fields.id");
    QTest::newRow("hex not text") << QByteArray(R"({"id": {"hex": 12}})") << QStringLiteral("fields.id");
    QTest::newRow("in an array") << QByteArray(R"({"a": [1, 2.5]})") << QStringLiteral("fields.a[1]");
}

void TestApply::jsonRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    const auto value = cli::jsonToCbor(QJsonDocument::fromJson(json).object());
    QVERIFY(!value);
    QVERIFY2(value.error().message.startsWith(where), qPrintable(value.error().message));
}

// --- init and apply --------------------------------------------------------------------------

void TestApply::initCarriesGenesisState()
{
    const QString db = newLedger(QStringLiteral("genesis.db"));
    const Run show = courtyard({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(show.code == 0, qPrintable(show.report()));
    QCOMPARE(show.json().value(QStringLiteral("time")).toString(), QStringLiteral("2027-01-01T00:00:00.000Z"));
    // The empty state's root is SHA-256 of nothing; block 0 must carry the genesis contract's state.
    QVERIFY(show.json().value(QStringLiteral("state_root")).toString() !=
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const Run state = courtyard({QStringLiteral("state"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(state.code == 0, qPrintable(state.report()));
    QStringList keys;
    for (const QJsonValue &e : state.json().value(QStringLiteral("entries")).toArray()) {
        keys << e.toObject().value(QStringLiteral("key")).toString();
    }
    // community, committee, two thresholds, the sealer's role and three members' roles.
    QCOMPARE(keys.size(), 8);
    QVERIFY(keys.contains(QStringLiteral("community")));
    QVERIFY(keys.contains(QStringLiteral("governance/committee")));
    QVERIFY(keys.contains(QStringLiteral("governance/threshold/repair-committee-threshold")));
    for (const QStringList &command : {QStringList{QStringLiteral("verify")}, QStringList{QStringLiteral("replay")}}) {
        const Run r = courtyard(command + QStringList{QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.report()));
    }
}

void TestApply::batchResults()
{
    const QString db = newLedger(QStringLiteral("batch.db"));
    const QString t1 = QStringLiteral("2027-01-05T10:00:00Z");
    const QString t2 = QStringLiteral("2027-01-06T09:30:00Z");
    const QString t3 = QStringLiteral("2027-01-07T08:00:00+08:00");
    const QString residentA = QStringLiteral("0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a");
    const QString batch = writeBatch(QStringLiteral("batch.jsonl"), {
        /* 1 */ QStringLiteral("# roles first; lines starting with # and blank lines are skipped"),
        /* 2 */ grantManager(t1),
        /* 3 */ QStringLiteral(R"({"kind": "governance.grant", "fields": {"key": {"hex": "%1"}, "role": "committee"}, "signer": "manager.key", "time": "%2"})")
                    .arg(m_managerHex, t1),
        /* 4 */ QStringLiteral(R"({"kind": "governance.grant", "fields": {"key": {"hex": "%1"}, "role": "committee"}, "signers": ["manager.key", "c1.key"], "time": "%2"})")
                    .arg(m_managerHex, t1),
        /* 5 */ QString(),
        /* 6 */ QStringLiteral(R"({"kind": "unit.register", "fields": {"number": "12-0301", "area": 8550, "share": 100}, "signer": "manager.key", "time": "%1"})").arg(t2),
        /* 7 */ QStringLiteral(R"({"kind": "unit.register", "fields": {"number": "12-0302", "area": 12000, "share": 120}, "signer": "manager.key", "time": "%1"})").arg(t2),
        /* 8 */ QStringLiteral(R"({"kind": "unit.register", "fields": {"number": "12-0303", "area": 9000, "share": 10001}, "signer": "manager.key", "time": "%1"})").arg(t2),
        /* 9 */ QStringLiteral(R"({"kind": "resident.register", "fields": {"resident": {"hex": "%1"}, "unit": "12-0301"}, "signer": "manager.key", "time": "%2"})").arg(residentA, t2),
        /* 10 */ QStringLiteral(R"({"kind": "resident.register", "fields": {"resident": {"hex": "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"}, "unit": "99-9999"}, "signer": "manager.key", "time": "%1"})").arg(t3),
        /* 11 */ QStringLiteral(R"({"kind": "governance.set-threshold", "fields": {"name": "repair-committee-threshold", "amount": 800000}, "signers": ["c2.key", "c3.key"], "time": "%1"})").arg(t3),
        /* 12 */ QStringLiteral(R"({"kind": "unit.register", "version": 7, "fields": {"number": "12-0309", "area": 1, "share": 1}, "signer": "manager.key", "time": "%1"})").arg(t3),
    });
    const Run r = apply(db, batch);
    QVERIFY2(r.code == 1, qPrintable(r.report()));
    QVERIFY2(r.errText().contains(QStringLiteral("5 of 10 lines were rejected")), qPrintable(r.report()));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("accepted")).toInt(), 5);
    QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 5);
    // Three distinct times, each with an accepted line: blocks 1, 2 and 3.
    QCOMPARE(o.value(QStringLiteral("blocks")).toArray(), (QJsonArray{1, 2, 3}));

    struct Expected {
        int line;
        const char *status;
        qint64 block;    // accepted
        qint64 logIndex; // accepted
        const char *code; // rejected
    };
    // Genesis is log index 0; accepted lines take the next indices in order.
    const std::vector<Expected> expected{
        {2, "accepted", 1, 1, ""},
        {3, "rejected", 0, 0, "quorum-not-reached"},  // a manager granting himself committee
        {4, "rejected", 0, 0, "quorum-not-reached"},  // with one member: 1 of 2 signatures
        {6, "accepted", 2, 2, ""},
        {7, "accepted", 2, 3, ""},
        {8, "rejected", 0, 0, "invalid-share"},       // 10001 basis points
        {9, "accepted", 2, 4, ""},
        {10, "rejected", 0, 0, "unknown-unit"},
        {11, "accepted", 3, 5, ""},                   // quorum of c2 and c3
        {12, "rejected", 0, 0, "unknown-kind"},       // unit.register has no version 7
    };
    const QJsonArray results = o.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), qsizetype(expected.size())); // every line but the comment and the blank one
    QStringList ids;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const QJsonObject line = results.at(qsizetype(i)).toObject();
        const Expected &e = expected[i];
        QCOMPARE(line.value(QStringLiteral("line")).toInt(), e.line);
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QString::fromLatin1(e.status));
        if (QLatin1String(e.status) == QLatin1String("accepted")) {
            QCOMPARE(line.value(QStringLiteral("block")).toInteger(), e.block);
            QCOMPARE(line.value(QStringLiteral("log_index")).toInteger(), e.logIndex);
            QCOMPARE(line.value(QStringLiteral("transaction_id")).toString().size(), 64);
            ids << line.value(QStringLiteral("transaction_id")).toString();
        } else {
            QCOMPARE(line.value(QStringLiteral("code")).toString(), QString::fromLatin1(e.code));
            QVERIFY(!line.value(QStringLiteral("message")).toString().isEmpty());
        }
    }

    // Block 2 holds lines 6, 7 and 9 at t2, signed by the manager with sequences 1, 2, 3 (the
    // rejected lines 3 and 4 used none).
    const Run block2 = courtyard({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(block2.code == 0, qPrintable(block2.report()));
    QCOMPARE(block2.json().value(QStringLiteral("time")).toString(), QStringLiteral("2027-01-06T09:30:00.000Z"));
    const QJsonArray txs = block2.json().value(QStringLiteral("transactions")).toArray();
    QCOMPARE(txs.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const QJsonObject tx = txs.at(i).toObject();
        QCOMPARE(tx.value(QStringLiteral("id")).toString(), ids.at(1 + i));
        QCOMPARE(tx.value(QStringLiteral("author")).toString(), m_managerHex);
        QCOMPARE(tx.value(QStringLiteral("sequence")).toInteger(), i + 1);
    }
    // t3 = 2027-01-07T08:00:00+08:00 is midnight UTC.
    const Run block3 = courtyard({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("3"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(block3.json().value(QStringLiteral("time")).toString(), QStringLiteral("2027-01-07T00:00:00.000Z"));

    for (const QString &command : {QStringLiteral("verify"), QStringLiteral("replay")}) {
        const Run check = courtyard({command, QStringLiteral("--db"), db});
        QVERIFY2(check.code == 0, qPrintable(check.report()));
    }
    const Run replay = courtyard({QStringLiteral("replay"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(replay.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(replay.json().value(QStringLiteral("blocks")).toInteger(), 4);
    QCOMPARE(replay.json().value(QStringLiteral("transactions")).toInteger(), 6);

    const Run units = courtyard({QStringLiteral("state"), QStringLiteral("--db"), db, QStringLiteral("--prefix"), QStringLiteral("unit/"), QStringLiteral("--json")});
    QVERIFY2(units.code == 0, qPrintable(units.report()));
    QCOMPARE(units.json().value(QStringLiteral("count")).toInt(), 2);
    const QJsonArray entries = units.json().value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("unit/12-0301"));
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral(R"({"area": 8550, "share": 100})"));
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("unit/12-0302"));
    const Run unitsText = courtyard({QStringLiteral("state"), QStringLiteral("--db"), db, QStringLiteral("--prefix"), QStringLiteral("unit/")});
    QVERIFY2(unitsText.outText().contains(QStringLiteral(R"(unit/12-0302 = {"area": 12000, "share": 120})")), qPrintable(unitsText.report()));
    const Run threshold = courtyard({QStringLiteral("state"), QStringLiteral("--db"), db, QStringLiteral("--prefix"),
                                     QStringLiteral("governance/threshold/repair"), QStringLiteral("--json")});
    QCOMPARE(threshold.json().value(QStringLiteral("entries")).toArray().at(0).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral(R"({"amount": 800000})"));

    // No money moved: the trial balance is empty and balanced; the unit owes nothing.
    const Run tb = courtyard({QStringLiteral("trial-balance"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(tb.code == 0, qPrintable(tb.report()));
    QCOMPARE(tb.json().value(QStringLiteral("balanced")).toBool(), true);
    QVERIFY(tb.json().value(QStringLiteral("accounts")).toArray().isEmpty());
    const Run tbText = courtyard({QStringLiteral("trial-balance"), QStringLiteral("--db"), db});
    QVERIFY2(tbText.code == 0 && tbText.outText().contains(QStringLiteral("empty, and balanced")), qPrintable(tbText.report()));
    const Run balance = courtyard({QStringLiteral("balance"), QStringLiteral("--db"), db, QStringLiteral("--unit"), QStringLiteral("12-0301"), QStringLiteral("--json")});
    QVERIFY2(balance.code == 0, qPrintable(balance.report()));
    QCOMPARE(balance.json().value(QStringLiteral("due")).toInteger(), 0);
    QCOMPARE(balance.json().value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
    const Run statement = courtyard({QStringLiteral("statement"), QStringLiteral("--db"), db, QStringLiteral("--unit"), QStringLiteral("12-0301"), QStringLiteral("--json")});
    QVERIFY2(statement.code == 0, qPrintable(statement.report()));
    QVERIFY(statement.json().value(QStringLiteral("postings")).toArray().isEmpty());
    const Run noUnit = courtyard({QStringLiteral("statement"), QStringLiteral("--db"), db, QStringLiteral("--unit"), QStringLiteral("12-0303")});
    QVERIFY2(noUnit.code == 4, qPrintable(noUnit.report()));
    const Run noOption = courtyard({QStringLiteral("statement"), QStringLiteral("--db"), db});
    QVERIFY2(noOption.code == 2, qPrintable(noOption.report()));

    // A second batch continues the manager's sequence from the ledger (4) at a later time; all
    // accepted: exit 0.
    const QString more = writeBatch(QStringLiteral("more.jsonl"), {
        QStringLiteral(R"({"kind": "unit.update", "fields": {"number": "12-0302", "share": 125}, "signer": "manager.key", "time": "2027-02-01T00:00:00Z"})"),
    });
    const Run second = apply(db, more, /*json=*/false);
    QVERIFY2(second.code == 0, qPrintable(second.report()));
    QVERIFY2(second.outText().contains(QStringLiteral("line 1  unit.update  accepted: block 4, log index 6")), qPrintable(second.report()));
    const Run block4 = courtyard({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("4"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(block4.json().value(QStringLiteral("transactions")).toArray().at(0).toObject().value(QStringLiteral("sequence")).toInteger(), 4);
    const Run again = courtyard({QStringLiteral("replay"), QStringLiteral("--db"), db});
    QVERIFY2(again.code == 0, qPrintable(again.report()));
}

void TestApply::timesGoingBackwards_data()
{
    QTest::addColumn<QStringList>("times");
    QTest::addColumn<QString>("message");
    QTest::newRow("line 3 before line 2") << QStringList{QStringLiteral("2027-01-05T10:00:00Z"), QStringLiteral("2027-01-05T09:59:59.999Z")}
                                          << QStringLiteral("line 3: its time 2027-01-05T09:59:59.999Z is before line 2's");
    QTest::newRow("before genesis") << QStringList{QStringLiteral("2026-12-31T23:59:59Z"), QStringLiteral("2027-01-05T10:00:00Z")}
                                    << QStringLiteral("line 2: its time 2026-12-31T23:59:59.000Z is before the ledger's last block");
    // +01:00 makes 10:30 local 09:30 UTC, before 10:00 UTC.
    QTest::newRow("by its zone") << QStringList{QStringLiteral("2027-01-05T10:00:00Z"), QStringLiteral("2027-01-05T10:30:00+01:00")}
                                 << QStringLiteral("line 3: its time 2027-01-05T09:30:00.000Z is before line 2's");
}

void TestApply::timesGoingBackwards()
{
    QFETCH(QStringList, times);
    QFETCH(QString, message);
    const QString db = newLedger(QStringLiteral("backwards-%1.db").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    const QString before = fingerprint(db);
    // Line 1 is at the genesis block's time (not backwards); lines 2 and 3 carry the times under test.
    const QString batch = writeBatch(QStringLiteral("backwards.jsonl"), {
        QStringLiteral(R"({"kind": "governance.set-quorum", "fields": {"quorum": 2}, "signers": ["c1.key", "c2.key"], "time": "2027-01-01T00:00:00Z"})"),
        grantManager(times[0]),
        QStringLiteral(R"({"kind": "unit.register", "fields": {"number": "1", "area": 1, "share": 1}, "signer": "manager.key", "time": "%1"})").arg(times[1]),
    });
    const Run r = apply(db, batch, /*json=*/false);
    QVERIFY2(r.code == 3, qPrintable(r.report()));
    QVERIFY2(r.errText().contains(message), qPrintable(r.report()));
    QCOMPARE(fingerprint(db), before);
}

void TestApply::malformedFile_data()
{
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QStringLiteral(R"({"kind": "unit.register", )") << QStringLiteral("line 2: not valid JSON");
    QTest::newRow("not an object") << QStringLiteral("[1, 2]") << QStringLiteral("line 2: not a JSON object");
    QTest::newRow("unknown field") << QStringLiteral(R"({"kind": "k", "fields": {}, "signer": "c1.key", "time": "2027-01-05T10:00:00Z", "sequence": 4})")
                                   << QStringLiteral("line 2: unknown field 'sequence'");
    QTest::newRow("fraction") << QStringLiteral(R"({"kind": "unit.register", "fields": {"number": "1", "area": 85.5, "share": 1}, "signer": "manager.key", "time": "2027-01-05T10:00:00Z"})")
                              << QStringLiteral("line 2: fields.area: 85.5 is not a whole number");
    QTest::newRow("no time") << QStringLiteral(R"({"kind": "k", "fields": {}, "signer": "c1.key"})") << QStringLiteral("line 2: 'time' must be");
    QTest::newRow("time without zone") << QStringLiteral(R"({"kind": "k", "fields": {}, "signer": "c1.key", "time": "2027-01-05T10:00:00"})")
                                       << QStringLiteral("line 2: 'time' must be");
    QTest::newRow("date that does not exist") << QStringLiteral(R"({"kind": "k", "fields": {}, "signer": "c1.key", "time": "2027-02-30T10:00:00Z"})")
                                              << QStringLiteral("line 2: 'time' must be");
    QTest::newRow("signer and signers") << QStringLiteral(R"({"kind": "k", "fields": {}, "signer": "c1.key", "signers": ["c2.key"], "time": "2027-01-05T10:00:00Z"})")
                                        << QStringLiteral("line 2: give either 'signer'");
    QTest::newRow("no signer") << QStringLiteral(R"({"kind": "k", "fields": {}, "time": "2027-01-05T10:00:00Z"})")
                               << QStringLiteral("line 2: give either 'signer'");
    QTest::newRow("same signer twice") << QStringLiteral(R"({"kind": "k", "fields": {}, "signers": ["c1.key", "c1.key"], "time": "2027-01-05T10:00:00Z"})")
                                       << QStringLiteral("line 2: the key file c1.key is listed twice");
    QTest::newRow("no fields") << QStringLiteral(R"({"kind": "k", "signer": "c1.key", "time": "2027-01-05T10:00:00Z"})")
                               << QStringLiteral("line 2: 'fields' must be a JSON object");
    QTest::newRow("empty kind") << QStringLiteral(R"({"kind": "", "fields": {}, "signer": "c1.key", "time": "2027-01-05T10:00:00Z"})")
                                << QStringLiteral("line 2: 'kind' must be");
    QTest::newRow("version 0") << QStringLiteral(R"({"kind": "k", "version": 0, "fields": {}, "signer": "c1.key", "time": "2027-01-05T10:00:00Z"})")
                               << QStringLiteral("line 2: 'version' must be");
    QTest::newRow("bad hex") << QStringLiteral(R"({"kind": "k", "fields": {"key": {"hex": "xyz"}}, "signer": "c1.key", "time": "2027-01-05T10:00:00Z"})")
                             << QStringLiteral("line 2: fields.key:");
}

void TestApply::malformedFile()
{
    QFETCH(QString, bad);
    QFETCH(QString, message);
    const QString db = newLedger(QStringLiteral("malformed-%1.db").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    const QString before = fingerprint(db);
    // A good line first and one after: nothing of the batch is applied.
    const QString batch = writeBatch(QStringLiteral("malformed.jsonl"), {grantManager(QStringLiteral("2027-01-05T10:00:00Z")), bad, grantManager(QStringLiteral("2027-01-06T10:00:00Z"))});
    const Run r = apply(db, batch, /*json=*/false);
    QVERIFY2(r.code == 3, qPrintable(r.report()));
    QVERIFY2(r.errText().contains(message), qPrintable(r.report()));
    QCOMPARE(fingerprint(db), before);
    const Run json = apply(db, batch, /*json=*/true);
    QCOMPARE(json.code, 3);
    QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(), false);
    QVERIFY(!json.json().value(QStringLiteral("error")).toString().isEmpty());
}

void TestApply::unknownSignerFile()
{
    const QString db = newLedger(QStringLiteral("unknown-signer.db"));
    const QString before = fingerprint(db);
    const QString batch = writeBatch(QStringLiteral("unknown-signer.jsonl"), {
        grantManager(QStringLiteral("2027-01-05T10:00:00Z")),
        QStringLiteral(R"({"kind": "unit.register", "fields": {"number": "1", "area": 1, "share": 1}, "signer": "nobody.key", "time": "2027-01-05T10:00:00Z"})"),
    });
    const Run r = apply(db, batch, /*json=*/false);
    QVERIFY2(r.code == 4, qPrintable(r.report()));
    QVERIFY2(r.errText().contains(QStringLiteral("line 2: signer")) && r.errText().contains(QStringLiteral("nobody.key")), qPrintable(r.report()));
    QCOMPARE(fingerprint(db), before);
}

void TestApply::wrongSealerKey()
{
    const QString db = newLedger(QStringLiteral("wrong-sealer.db"));
    const QString before = fingerprint(db);
    const QString batch = writeBatch(QStringLiteral("wrong-sealer.jsonl"), {grantManager(QStringLiteral("2027-01-05T10:00:00Z"))});
    const Run r = courtyard({QStringLiteral("apply"), batch, QStringLiteral("--db"), db, QStringLiteral("--sealer-key"), QStringLiteral("c1.key")});
    QVERIFY2(r.code == 3, qPrintable(r.report()));
    QVERIFY2(r.errText().contains(QStringLiteral("is not this ledger's sealer")), qPrintable(r.report()));
    const Run none = courtyard({QStringLiteral("apply"), batch, QStringLiteral("--db"), db});
    QVERIFY2(none.code == 2, qPrintable(none.report()));
    QCOMPARE(fingerprint(db), before);
}

void TestApply::damagedProjections()
{
    const QString db = newLedger(QStringLiteral("damaged.db"));
    const QString batch = writeBatch(QStringLiteral("damaged.jsonl"), {
        grantManager(QStringLiteral("2027-01-05T10:00:00Z")),
        QStringLiteral(R"({"kind": "unit.register", "fields": {"number": "12-0301", "area": 8550, "share": 100}, "signer": "manager.key", "time": "2027-01-06T10:00:00Z"})"),
    });
    QCOMPARE(apply(db, batch).code, 0);
    {
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(db).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        const int rc = sqlite3_exec(handle, "DELETE FROM state WHERE key = CAST('unit/12-0301' AS BLOB)", nullptr, nullptr, nullptr);
        const int changed = sqlite3_changes(handle);
        sqlite3_close(handle);
        QCOMPARE(rc, SQLITE_OK);
        QCOMPARE(changed, 1);
    }
    // The blocks still replay; the stored state is not theirs: replay says so, the books refuse.
    const Run replay = courtyard({QStringLiteral("replay"), QStringLiteral("--db"), db});
    QVERIFY2(replay.code == 1 && replay.errText().contains(QStringLiteral("replay --rebuild")), qPrintable(replay.report()));
    const Run tb = courtyard({QStringLiteral("trial-balance"), QStringLiteral("--db"), db});
    QVERIFY2(tb.code == 1 && tb.errText().contains(QStringLiteral("is not that of block 2")), qPrintable(tb.report()));
    const Run rebuild = courtyard({QStringLiteral("replay"), QStringLiteral("--db"), db, QStringLiteral("--rebuild")});
    QVERIFY2(rebuild.code == 0, qPrintable(rebuild.report()));
    const Run after = courtyard({QStringLiteral("replay"), QStringLiteral("--db"), db});
    QVERIFY2(after.code == 0, qPrintable(after.report()));
    const Run units = courtyard({QStringLiteral("state"), QStringLiteral("--db"), db, QStringLiteral("--prefix"), QStringLiteral("unit/"), QStringLiteral("--json")});
    QCOMPARE(units.json().value(QStringLiteral("count")).toInt(), 1);

    // With the whole stored state gone, replay still replays every block (it reads the blocks,
    // not the projections) and reports that the stored state differs.
    {
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(db).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        const int rc = sqlite3_exec(handle, "DELETE FROM state", nullptr, nullptr, nullptr);
        sqlite3_close(handle);
        QCOMPARE(rc, SQLITE_OK);
    }
    const Run fromBlocks = courtyard({QStringLiteral("replay"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(fromBlocks.code, 1);
    QCOMPARE(fromBlocks.json().value(QStringLiteral("blocks")).toInteger(), 3); // every block replayed
    QCOMPARE(fromBlocks.json().value(QStringLiteral("state_matches")).toBool(), false);
}

// A lease with a deposit, the first billing close and a cash payment; every number by hand.
void TestApply::moneyScenario()
{
    const QString db = newLedger(QStringLiteral("money.db"));
    const QString lease = QStringLiteral("1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e");
    const QString document = QString(64, QLatin1Char('d'));
    const QString batch = writeBatch(QStringLiteral("money.jsonl"), {
        grantManager(QStringLiteral("2027-01-05T10:00:00Z")),
        QStringLiteral(R"({"kind": "unit.register", "fields": {"number": "12-0301", "area": 8550, "share": 100}, "signer": "manager.key", "time": "2027-01-05T10:00:00Z"})"),
        QStringLiteral(R"({"kind": "resident.register", "fields": {"resident": {"hex": "0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a"}, "unit": "12-0301"}, "signer": "manager.key", "time": "2027-01-05T10:00:00Z"})"),
        // Rent 3,000.00 a month from 2027-02-01, billed on the 1st, deposit 6,000.00.
        QStringLiteral(R"({"kind": "lease.create", "fields": {"lease": {"hex": "%1"}, "unit": "12-0301", "residents": [{"hex": "0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a"}], )"
                       R"("currency": "CNY", "rent": 300000, "billing-day": 1, "start": "2027-02-01", "end": "2028-01-31", "deposit": 600000, )"
                       R"("grace-days": 5, "document": {"hex": "%2"}}, "signer": "manager.key", "time": "2027-01-20T02:00:00Z"})").arg(lease, document),
        // 2027-02-01 10:00 in Shanghai: February starts, its rent is billed in full.
        QStringLiteral(R"({"kind": "billing.close-period", "fields": {"period": "2027-02"}, "signer": "manager.key", "time": "2027-02-01T02:00:00Z"})"),
        // 10,000.00 in cash: the deposit and the rent (9,000.00), 1,000.00 left as prepaid credit.
        QStringLiteral(R"({"kind": "payment.cash", "fields": {"unit": "12-0301", "amount": 1000000, "receipt": "R-0001"}, "signer": "manager.key", "time": "2027-02-03T03:00:00Z"})"),
    });
    const Run r = apply(db, batch);
    QVERIFY2(r.code == 0, qPrintable(r.report()));

    // By hand, in fen:
    //   lease.create:  Receivable:12-0301 +600000   Deposits:12-0301 -600000
    //   close 2027-02: Receivable:12-0301 +300000   Income:Rent -300000   (no fee rule, no late fee)
    //   payment.cash:  Assets:Cash +1000000         Receivable:12-0301 -900000 (600000 + 300000)
    //                                               Prepaid:12-0301 -100000 (1000000 - 900000)
    struct Row {
        const char *account;
        qint64 debits;
        qint64 credits;
    };
    const std::vector<Row> expected{
        {"Assets:Cash", 1000000, 0},
        {"Assets:Receivable:12-0301", 900000, 900000},
        {"Income:Rent", 0, 300000},
        {"Liabilities:Deposits:12-0301", 0, 600000},
        {"Liabilities:Prepaid:12-0301", 0, 100000},
    };
    const Run tb = courtyard({QStringLiteral("trial-balance"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(tb.code == 0, qPrintable(tb.report()));
    QCOMPARE(tb.json().value(QStringLiteral("balanced")).toBool(), true);
    const QJsonArray accounts = tb.json().value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), qsizetype(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const QJsonObject a = accounts.at(qsizetype(i)).toObject();
        QCOMPARE(a.value(QStringLiteral("account")).toString(), QString::fromLatin1(expected[i].account));
        QCOMPARE(a.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
        QCOMPARE(a.value(QStringLiteral("debits")).toInteger(), expected[i].debits);
        QCOMPARE(a.value(QStringLiteral("credits")).toInteger(), expected[i].credits);
        QCOMPARE(a.value(QStringLiteral("balance")).toInteger(), expected[i].debits - expected[i].credits);
    }
    // Totals: debits 1000000 + 900000 = 1900000; credits 900000 + 300000 + 600000 + 100000 = 1900000.
    const QJsonObject total = tb.json().value(QStringLiteral("totals")).toArray().at(0).toObject();
    QCOMPARE(total.value(QStringLiteral("debits")).toInteger(), 1900000);
    QCOMPARE(total.value(QStringLiteral("credits")).toInteger(), 1900000);
    const Run tbText = courtyard({QStringLiteral("trial-balance"), QStringLiteral("--db"), db});
    QVERIFY2(tbText.outText().contains(QStringLiteral("Balanced: debits equal credits")), qPrintable(tbText.report()));
    QVERIFY2(tbText.outText().contains(QStringLiteral("10000.00")), qPrintable(tbText.report()));

    // The unit: 0 receivable, 1,000.00 prepaid, so -1,000.00 due (in credit).
    const Run balance = courtyard({QStringLiteral("balance"), QStringLiteral("--db"), db, QStringLiteral("--unit"), QStringLiteral("12-0301"), QStringLiteral("--json")});
    QVERIFY2(balance.code == 0, qPrintable(balance.report()));
    QCOMPARE(balance.json().value(QStringLiteral("receivable")).toInteger(), 0);
    QCOMPARE(balance.json().value(QStringLiteral("prepaid")).toInteger(), 100000);
    QCOMPARE(balance.json().value(QStringLiteral("due")).toInteger(), -100000);
    const Run balanceText = courtyard({QStringLiteral("balance"), QStringLiteral("--db"), db, QStringLiteral("--unit"), QStringLiteral("12-0301")});
    QVERIFY2(balanceText.outText().contains(QStringLiteral("-1000.00")), qPrintable(balanceText.report()));

    // The statement: postings in log order (lease 4, close 5, payment 6); running due
    // 600000 → 900000 → 0 → -100000 over the receivable and prepaid lines; deposit held 600000.
    const Run st = courtyard({QStringLiteral("statement"), QStringLiteral("--db"), db, QStringLiteral("--unit"), QStringLiteral("12-0301"), QStringLiteral("--json")});
    QVERIFY2(st.code == 0, qPrintable(st.report()));
    QCOMPARE(st.json().value(QStringLiteral("due")).toInteger(), -100000);
    QCOMPARE(st.json().value(QStringLiteral("deposit")).toInteger(), 600000);
    const QJsonArray postings = st.json().value(QStringLiteral("postings")).toArray();
    qint64 previousIndex = -1;
    qint64 sumDue = 0;
    for (const QJsonValue &v : postings) {
        const QJsonObject p = v.toObject();
        QVERIFY(p.value(QStringLiteral("log_index")).toInteger() >= previousIndex);
        previousIndex = p.value(QStringLiteral("log_index")).toInteger();
        if (!p.value(QStringLiteral("account")).toString().startsWith(QStringLiteral("Liabilities:Deposits:"))) {
            sumDue += p.value(QStringLiteral("amount")).toInteger();
        }
        QCOMPARE(p.value(QStringLiteral("due")).toInteger(), sumDue);
        QCOMPARE(p.value(QStringLiteral("transaction_id")).toString().size(), 64);
    }
    QVERIFY(postings.size() >= 5);
    QCOMPARE(postings.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("lease.create"));
    QCOMPARE(postings.first().toObject().value(QStringLiteral("time")).toString(), QStringLiteral("2027-01-20T02:00:00.000Z"));
    QCOMPARE(postings.last().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("payment.cash"));

    const Run replay = courtyard({QStringLiteral("replay"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(replay.code == 0, qPrintable(replay.report()));
    QCOMPARE(replay.json().value(QStringLiteral("postings_match")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestApply)
#include "tst_apply.moc"
