// End-to-end tests of the reports over the contracts' state (`courtyard invoices`, `repairs`,
// `expenses`, `budget`, `score`): the real binary run through QProcess on a small community
// built with `courtyard apply` (a lease, three billing closes, a partial payment, a repair through
// its lifecycle, expenses against a budget). Every expected number is worked out here by hand
// from docs/contracts.md and docs/credit-score.md, not read from the tool.
#include "cli_runner.h"
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

using courtyard::testing::Run;

namespace {

const QString kPassphrase = QStringLiteral("reports passphrase");
const QString kResident = QStringLiteral("0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a");
const QString kRepair = QStringLiteral("2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b");
const QString kRoof = QStringLiteral("3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c");


QString line(const QString &kind, const QString &fields, const QString &signers, const QString &time)
{
    return QStringLiteral(R"({"kind": "%1", "fields": %2, "signers": [%3], "time": "%4"})").arg(kind, fields, signers, time);
}

const QString kManager = QStringLiteral(R"("manager.key")");
const QString kQuorum = QStringLiteral(R"("c1.key", "c2.key")");

} // namespace

class TestReports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void invoices();
    void repairs();
    void expenses();
    void budget();
    void score();
    void errors_data();
    void errors();

private:
    Run courtyard(QStringList arguments, bool json = true) const;

    QTemporaryDir m_dir;
    QString m_db;
};

Run TestReports::courtyard(QStringList arguments, bool json) const
{
    if (!m_db.isEmpty()) {
        arguments << QStringLiteral("--db") << m_db;
    }
    if (json) {
        arguments << QStringLiteral("--json");
    }
    return courtyard::testing::runCourtyard(arguments, m_dir.path(), courtyard::testing::cliEnvironment(kPassphrase));
}

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString managerHex;
    for (const char *name : {"server", "c1", "c2", "c3", "manager"}) {
        const Run r = courtyard({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--out"), QString::fromLatin1(name) + QStringLiteral(".key"),
                                 QStringLiteral("--kdf"), QStringLiteral("interactive")});
        QVERIFY2(r.code == 0, qPrintable(r.report()));
        if (qstrcmp(name, "manager") == 0) {
            managerHex = r.json().value(QStringLiteral("public_key")).toString();
        }
    }
    const QString db = m_dir.filePath(QStringLiteral("reports.db"));
    Run r = courtyard({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--name"), QStringLiteral("Report Gardens"), QStringLiteral("--currency"),
                       QStringLiteral("CNY"), QStringLiteral("--timezone"), QStringLiteral("Asia/Shanghai"), QStringLiteral("--server-key"),
                       QStringLiteral("server.key"), QStringLiteral("--committee"), QStringLiteral("c1.key"), QStringLiteral("--committee"),
                       QStringLiteral("c2.key"), QStringLiteral("--committee"), QStringLiteral("c3.key"), QStringLiteral("--time"),
                       QStringLiteral("2027-01-01T00:00:00Z")});
    QVERIFY2(r.code == 0, qPrintable(r.report()));

    // Times in UTC; Shanghai is UTC+8, so every local date below is the UTC date.
    const QStringList lines{
        line(QStringLiteral("governance.grant"), QStringLiteral(R"({"key": {"hex": "%1"}, "role": "manager"})").arg(managerHex), kQuorum,
             QStringLiteral("2027-01-05T10:00:00Z")),
        line(QStringLiteral("unit.register"), QStringLiteral(R"({"number": "12-0301", "area": 8550, "share": 100})"), kManager,
             QStringLiteral("2027-01-05T10:00:00Z")),
        line(QStringLiteral("resident.register"), QStringLiteral(R"({"resident": {"hex": "%1"}, "unit": "12-0301"})").arg(kResident), kManager,
             QStringLiteral("2027-01-05T10:00:00Z")),
        line(QStringLiteral("budget.set"), QStringLiteral(R"({"year": 2027, "category": "cleaning", "amount": 1000000, "currency": "CNY"})"), kQuorum,
             QStringLiteral("2027-01-05T10:00:00Z")),
        // Rent 3,000.00 from 2027-02-01, billed on the 1st, no deposit, 5 grace days.
        line(QStringLiteral("lease.create"),
             QStringLiteral(R"({"lease": {"hex": "1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e"}, "unit": "12-0301", "residents": [{"hex": "%1"}], "currency": "CNY", )"
                            R"("rent": 300000, "billing-day": 1, "start": "2027-02-01", "end": "2028-01-31", "deposit": 0, "grace-days": 5, )"
                            R"("document": {"hex": "%2"}})")
                 .arg(kResident, QString(64, QLatin1Char('d'))),
             kManager, QStringLiteral("2027-01-20T02:00:00Z")),
        line(QStringLiteral("billing.close-period"), QStringLiteral(R"({"period": "2027-02"})"), kManager, QStringLiteral("2027-02-01T02:00:00Z")),
        line(QStringLiteral("payment.cash"), QStringLiteral(R"({"unit": "12-0301", "amount": 300000, "receipt": "R-1"})"), kManager,
             QStringLiteral("2027-02-03T03:00:00Z")),
        line(QStringLiteral("billing.close-period"), QStringLiteral(R"({"period": "2027-03"})"), kManager, QStringLiteral("2027-03-01T02:00:00Z")),
        line(QStringLiteral("repair.request"),
             QStringLiteral(R"({"id": {"hex": "%1"}, "unit": "12-0301", "category": "plumbing", "description": "Leaking pipe", "urgency": "normal"})").arg(kRepair),
             kManager, QStringLiteral("2027-03-02T01:00:00Z")),
        line(QStringLiteral("repair.quote"),
             QStringLiteral(R"({"id": {"hex": "%1"}, "vendor": "Wang Plumbing", "amount": 120000, "currency": "CNY", "document": {"hex": "%2"}})")
                 .arg(kRepair, QString(64, QLatin1Char('a'))),
             kManager, QStringLiteral("2027-03-03T03:30:00Z")),
        line(QStringLiteral("repair.approve"), QStringLiteral(R"({"id": {"hex": "%1"}})").arg(kRepair), kManager, QStringLiteral("2027-03-03T04:00:00Z")),
        line(QStringLiteral("repair.start"), QStringLiteral(R"({"id": {"hex": "%1"}})").arg(kRepair), kManager, QStringLiteral("2027-03-04T01:00:00Z")),
        line(QStringLiteral("repair.complete"), QStringLiteral(R"({"id": {"hex": "%1"}})").arg(kRepair), kManager, QStringLiteral("2027-03-05T01:00:00Z")),
        line(QStringLiteral("repair.confirm"), QStringLiteral(R"({"id": {"hex": "%1"}})").arg(kRepair), kManager, QStringLiteral("2027-03-05T02:00:00Z")),
        line(QStringLiteral("repair.pay-vendor"),
             QStringLiteral(R"({"id": {"hex": "%1"}, "amount": 115000, "currency": "CNY", "invoice": {"hex": "%2"}})").arg(kRepair, QString(64, QLatin1Char('c'))),
             kManager, QStringLiteral("2027-03-06T01:00:00Z")),
        // A partial payment: 1,000.00 of March's 3,000.00.
        line(QStringLiteral("payment.cash"), QStringLiteral(R"({"unit": "12-0301", "amount": 100000, "receipt": "R-2"})"), kManager,
             QStringLiteral("2027-03-10T03:00:00Z")),
        line(QStringLiteral("expense.record"),
             QStringLiteral(R"({"category": "cleaning", "vendor": "Clean Co", "amount": 400000, "currency": "CNY", "invoice": {"hex": "%1"}, "date": "2027-03-15"})")
                 .arg(QString(64, QLatin1Char('e'))),
             kManager, QStringLiteral("2027-03-16T01:00:00Z")),
        line(QStringLiteral("repair.request"),
             QStringLiteral(R"({"id": {"hex": "%1"}, "category": "roof", "description": "Loose tiles", "urgency": "urgent"})").arg(kRoof), kManager,
             QStringLiteral("2027-03-20T00:00:00Z")),
        line(QStringLiteral("expense.record"),
             QStringLiteral(R"({"category": "cleaning", "vendor": "Clean Co", "amount": 300000, "currency": "CNY", "invoice": {"hex": "%1"}, "date": "2027-03-25"})")
                 .arg(QString(64, QLatin1Char('f'))),
             kManager, QStringLiteral("2027-03-26T01:00:00Z")),
        line(QStringLiteral("billing.close-period"), QStringLiteral(R"({"period": "2027-04"})"), kManager, QStringLiteral("2027-04-01T02:00:00Z")),
    };
    QFile batch(m_dir.filePath(QStringLiteral("community.jsonl")));
    QVERIFY(batch.open(QIODevice::WriteOnly));
    batch.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    batch.close();
    r = courtyard({QStringLiteral("apply"), batch.fileName(), QStringLiteral("--db"), db, QStringLiteral("--sealer-key"), QStringLiteral("server.key")});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    QVERIFY2(r.json().value(QStringLiteral("rejected")).toInt() == 0, qPrintable(r.report()));
    m_db = db;
}

void TestReports::invoices()
{
    // Feb: 300000 paid by R-1; Mar: 300000, 100000 paid by R-2 (oldest open first); Apr: 300000
    // unpaid. No deposit (0), no fee rule, no late-fee rule.
    Run r = courtyard({QStringLiteral("invoices")});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QJsonArray rows = o.value(QStringLiteral("invoices")).toArray();
    QCOMPARE(rows.size(), 3);
    const char *dues[] = {"2027-02-01", "2027-03-01", "2027-04-01"};
    const qint64 paid[] = {300000, 100000, 0};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject inv = rows.at(i).toObject();
        QCOMPARE(inv.value(QStringLiteral("due")).toString(), QString::fromLatin1(dues[i]));
        QCOMPARE(inv.value(QStringLiteral("kind")).toString(), QStringLiteral("rent"));
        QCOMPARE(inv.value(QStringLiteral("unit")).toString(), QStringLiteral("12-0301"));
        QCOMPARE(inv.value(QStringLiteral("amount")).toInteger(), 300000);
        QCOMPARE(inv.value(QStringLiteral("paid")).toInteger(), paid[i]);
        QCOMPARE(inv.value(QStringLiteral("open")).toInteger(), 300000 - paid[i]);
        QCOMPARE(inv.value(QStringLiteral("id")).toString().size(), 32);
    }
    // 3 × 300000 = 900000; paid 300000 + 100000 = 400000; open 900000 - 400000 = 500000.
    QCOMPARE(o.value(QStringLiteral("amount")).toInteger(), 900000);
    QCOMPARE(o.value(QStringLiteral("paid")).toInteger(), 400000);
    QCOMPARE(o.value(QStringLiteral("open")).toInteger(), 500000);

    // --open: March and April; open 200000 + 300000 = 500000.
    r = courtyard({QStringLiteral("invoices"), QStringLiteral("--unit"), QStringLiteral("12-0301"), QStringLiteral("--open")});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    o = r.json();
    rows = o.value(QStringLiteral("invoices")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("due")).toString(), QStringLiteral("2027-03-01"));
    QCOMPARE(o.value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("amount")).toInteger(), 600000);
    QCOMPARE(o.value(QStringLiteral("paid")).toInteger(), 100000);
    QCOMPARE(o.value(QStringLiteral("open")).toInteger(), 500000);

    r = courtyard({QStringLiteral("invoices"), QStringLiteral("--open")}, false);
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    QVERIFY2(r.outText().contains(QStringLiteral("2 invoices: amount 6000.00, paid 1000.00, open 5000.00")), qPrintable(r.report()));
    QVERIFY2(r.outText().contains(QStringLiteral("2027-03-01")) && !r.outText().contains(QStringLiteral("2027-02-01")), qPrintable(r.report()));
}

void TestReports::repairs()
{
    // Latest block: the April close, 2027-04-01T02:00Z.
    Run r = courtyard({QStringLiteral("repairs")});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("now")).toString(), QStringLiteral("2027-04-01T02:00:00.000Z"));
    const QJsonArray rows = o.value(QStringLiteral("repairs")).toArray();
    QCOMPARE(rows.size(), 2); // key order: 2b2b... before 3c3c...
    const QJsonObject pipe = rows.at(0).toObject();
    QCOMPARE(pipe.value(QStringLiteral("id")).toString(), kRepair);
    QCOMPARE(pipe.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(pipe.value(QStringLiteral("unit")).toString(), QStringLiteral("12-0301"));
    QCOMPARE(pipe.value(QStringLiteral("category")).toString(), QStringLiteral("plumbing"));
    // Age: 03-02T01:00 → 04-01T02:00 = 30 days 1 hour = 30 × 86400000 + 3600000 = 2595600000 ms.
    QCOMPARE(pipe.value(QStringLiteral("age_ms")).toInteger(), 2595600000LL);
    // Response: 03-02T01:00 → 03-03T03:30 = 1 day 2 h 30 min = 86400000 + 9000000 = 95400000 ms.
    QCOMPARE(pipe.value(QStringLiteral("response_ms")).toInteger(), 95400000);
    // Completion: 03-02T01:00 → 03-05T01:00 = 3 days = 259200000 ms.
    QCOMPARE(pipe.value(QStringLiteral("completion_ms")).toInteger(), 259200000);
    QCOMPARE(pipe.value(QStringLiteral("approved")).toInteger(), 120000);
    QCOMPARE(pipe.value(QStringLiteral("paid")).toInteger(), 115000);
    // requested, quoted, approved, started, completed, confirmed, paid.
    QCOMPARE(pipe.value(QStringLiteral("events")).toArray().size(), 7);
    const QJsonObject roof = rows.at(1).toObject();
    QCOMPARE(roof.value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
    QVERIFY(!roof.contains(QStringLiteral("unit")));
    QVERIFY(!roof.contains(QStringLiteral("response_ms")));
    // 03-20T00:00 → 04-01T02:00 = 12 days 2 hours = 1036800000 + 7200000 = 1044000000 ms.
    QCOMPARE(roof.value(QStringLiteral("age_ms")).toInteger(), 1044000000);

    r = courtyard({QStringLiteral("repairs"), QStringLiteral("--status"), QStringLiteral("requested")});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 1);
    r = courtyard({QStringLiteral("repairs"), QStringLiteral("--unit"), QStringLiteral("12-0301")});
    QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 1);

    r = courtyard({QStringLiteral("repairs")}, false);
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    QVERIFY2(r.outText().contains(QStringLiteral("age 30d 01h 00m, response 1d 02h 30m, completion 3d 00h 00m, approved 1200.00, paid 1150.00")),
             qPrintable(r.report()));
    QVERIFY2(r.outText().contains(QStringLiteral("age 12d 02h 00m")), qPrintable(r.report()));
}

void TestReports::expenses()
{
    // The repair payment dated 2027-03-06 (local date of its block) 115000, cleaning 2027-03-15
    // 400000; cleaning of 2027-03-25 is outside. 115000 + 400000 = 515000.
    Run r = courtyard({QStringLiteral("expenses"), QStringLiteral("--from"), QStringLiteral("2027-03-01"), QStringLiteral("--to"), QStringLiteral("2027-03-20")});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    QJsonArray rows = r.json().value(QStringLiteral("expenses")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2027-03-06"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("category")).toString(), QStringLiteral("repairs:plumbing"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("repair")).toString(), kRepair);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("amount")).toInteger(), 115000);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("vendor")).toString(), QStringLiteral("Clean Co"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("invoice")).toString(), QString(64, QLatin1Char('e')));
    QCOMPARE(r.json().value(QStringLiteral("total")).toInteger(), 515000);

    // The whole year, both days included: 115000 + 400000 + 300000 = 815000.
    r = courtyard({QStringLiteral("expenses"), QStringLiteral("--from"), QStringLiteral("2027-03-06"), QStringLiteral("--to"), QStringLiteral("2027-03-25")}, false);
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    QVERIFY2(r.outText().contains(QStringLiteral("3 expenses, total 8150.00")), qPrintable(r.report()));
}

void TestReports::budget()
{
    // cleaning: budget 1000000, actual 400000 + 300000 = 700000, remaining 300000; repairs and
    // repairs:plumbing: actual 115000, no budget. Totals over top-level ones: budget 1000000,
    // actual 700000 + 115000 = 815000.
    Run r = courtyard({QStringLiteral("budget"), QStringLiteral("--year"), QStringLiteral("2027")});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    const QJsonObject o = r.json();
    const QJsonArray rows = o.value(QStringLiteral("categories")).toArray();
    QCOMPARE(rows.size(), 3);
    const QJsonObject cleaning = rows.at(0).toObject();
    QCOMPARE(cleaning.value(QStringLiteral("category")).toString(), QStringLiteral("cleaning"));
    QCOMPARE(cleaning.value(QStringLiteral("budget")).toInteger(), 1000000);
    QCOMPARE(cleaning.value(QStringLiteral("actual")).toInteger(), 700000);
    QCOMPARE(cleaning.value(QStringLiteral("remaining")).toInteger(), 300000);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("category")).toString(), QStringLiteral("repairs"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("actual")).toInteger(), 115000);
    QVERIFY(!rows.at(1).toObject().contains(QStringLiteral("budget")));
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("category")).toString(), QStringLiteral("repairs:plumbing"));
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("top_level")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("budget")).toInteger(), 1000000);
    QCOMPARE(o.value(QStringLiteral("actual")).toInteger(), 815000);

    r = courtyard({QStringLiteral("budget"), QStringLiteral("--year"), QStringLiteral("2027")}, false);
    QVERIFY2(r.outText().contains(QStringLiteral("10000.00")) && r.outText().contains(QStringLiteral("3000.00"))
                 && r.outText().contains(QStringLiteral("8150.00")),
             qPrintable(r.report()));
    r = courtyard({QStringLiteral("budget"), QStringLiteral("--year"), QStringLiteral("2026")});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    QCOMPARE(r.json().value(QStringLiteral("categories")).toArray().size(), 0);
    QCOMPARE(r.json().value(QStringLiteral("actual")).toInteger(), 0);
}

void TestReports::score()
{
    // The April close, today 2027-04-01 (docs/credit-score.md):
    //   judged: Feb (paid 02-03, deadline 02-06: on time) and Mar (open past 03-06) = 2, on time 1,
    //   months 2; April's deadline 04-06 has not passed.
    //   rate-bp = 1 × 10000 / 2 = 5000; depth-bp = 2 × 10000 / 24 = 833;
    //   on-time = 250 × 5000 × 833 / 10^8 = 10 (1041250000 / 100000000).
    //   tenure: 2027-01-05 → 2027-04-01 = 2 full months → 2.
    //   arrears = 300000 - 100000 = 200000; dues = April's rent 300000;
    //   arrears-bp = 200000 × 10000 / 300000 = 6666 → 66 points.
    //   score = 550 + 10 + 2 - 66 = 496; reasons by |points|: arrears-high 66, on-time-history 10,
    //   short-tenure 2.
    // The March close (today 2027-03-01): judged Feb only, on time; rate 10000, depth 10000/24 = 416,
    //   on-time = 250 × 10000 × 416 / 10^8 = 10; tenure 01-05 → 03-01 = 1; score 550 + 10 + 1 = 561.
    Run r = courtyard({QStringLiteral("score"), QStringLiteral("--resident"), kResident, QStringLiteral("--explain")});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("score")).toInteger(), 496);
    QCOMPARE(o.value(QStringLiteral("period")).toString(), QStringLiteral("2027-04"));
    QCOMPARE(o.value(QStringLiteral("previous")).toInteger(), 561);
    const QJsonArray reasons = o.value(QStringLiteral("reasons")).toArray();
    QCOMPARE(reasons.size(), 3);
    QCOMPARE(reasons.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("arrears-high"));
    QCOMPARE(reasons.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Dues past their due date that are still unpaid"));
    QCOMPARE(reasons.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("on-time-history"));
    QCOMPARE(reasons.at(2).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("short-tenure"));
    const QJsonObject c = o.value(QStringLiteral("components")).toObject();
    QCOMPARE(c.value(QStringLiteral("judged")).toInteger(), 2);
    QCOMPARE(c.value(QStringLiteral("on-time")).toInteger(), 1);
    QCOMPARE(c.value(QStringLiteral("rate-bp")).toInteger(), 5000);
    QCOMPARE(c.value(QStringLiteral("depth-bp")).toInteger(), 833);
    QCOMPARE(c.value(QStringLiteral("arrears")).toInteger(), 200000);
    QCOMPARE(c.value(QStringLiteral("dues")).toInteger(), 300000);
    QCOMPARE(c.value(QStringLiteral("arrears-bp")).toInteger(), 6666);
    const QJsonObject points = c.value(QStringLiteral("points")).toObject();
    QCOMPARE(points.value(QStringLiteral("on-time-history")).toInteger(), 10);
    QCOMPARE(points.value(QStringLiteral("tenure")).toInteger(), 2);
    QCOMPARE(points.value(QStringLiteral("arrears-high")).toInteger(), -66);

    r = courtyard({QStringLiteral("score"), QStringLiteral("--resident"), kResident, QStringLiteral("--explain")}, false);
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    const QString text = r.outText();
    QVERIFY2(text.contains(QStringLiteral("score 496 (period 2027-04)")), qPrintable(r.report()));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("arrears-high +-66"))), qPrintable(r.report()));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("on-time-history +\\+10"))), qPrintable(r.report()));
    QVERIFY2(text.contains(QStringLiteral("Living in the community for less than a year (short-tenure)")), qPrintable(r.report()));
    // Without --explain: the score and the reasons in words, not the points.
    r = courtyard({QStringLiteral("score"), QStringLiteral("--resident"), kResident}, false);
    QVERIFY2(r.code == 0 && !r.outText().contains(QStringLiteral("+10")) && r.outText().contains(QStringLiteral("Dues past their due date")),
             qPrintable(r.report()));
}

void TestReports::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    QTest::newRow("unknown unit: invoices") << QStringList{s("invoices"), s("--unit"), s("99-9999")} << 4 << s("not-found");
    QTest::newRow("unknown unit: repairs") << QStringList{s("repairs"), s("--unit"), s("99-9999")} << 4 << s("not-found");
    QTest::newRow("unknown resident") << QStringList{s("score"), s("--resident"), s("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b")} << 4 << s("not-found");
    QTest::newRow("resident not hex") << QStringList{s("score"), s("--resident"), s("zz")} << 3 << s("invalid-argument");
    QTest::newRow("resident too short") << QStringList{s("score"), s("--resident"), s("0a0a")} << 3 << s("invalid-argument");
    QTest::newRow("score without resident") << QStringList{s("score")} << 2 << s("usage");
    QTest::newRow("day that does not exist") << QStringList{s("expenses"), s("--from"), s("2027-02-30"), s("--to"), s("2027-03-01")} << 3 << s("invalid-argument");
    QTest::newRow("one-digit month") << QStringList{s("expenses"), s("--from"), s("2027-3-01"), s("--to"), s("2027-03-02")} << 3 << s("invalid-argument");
    QTest::newRow("to before from") << QStringList{s("expenses"), s("--from"), s("2027-03-02"), s("--to"), s("2027-03-01")} << 3 << s("invalid-argument");
    QTest::newRow("expenses without to") << QStringList{s("expenses"), s("--from"), s("2027-03-01")} << 2 << s("usage");
    QTest::newRow("two-digit year") << QStringList{s("budget"), s("--year"), s("27")} << 3 << s("invalid-argument");
    QTest::newRow("year not a number") << QStringList{s("budget"), s("--year"), s("20x7")} << 3 << s("invalid-argument");
    QTest::newRow("budget without year") << QStringList{s("budget")} << 2 << s("usage");
    QTest::newRow("unknown status") << QStringList{s("repairs"), s("--status"), s("done")} << 3 << s("invalid-argument");
    QTest::newRow("unknown option") << QStringList{s("invoices"), s("--bogus")} << 2 << s("usage");
}

void TestReports::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, error);
    const Run r = courtyard(arguments);
    QVERIFY2(r.code == code, qPrintable(r.report()));
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), error);
    QVERIFY2(!r.err.isEmpty(), qPrintable(r.report()));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
