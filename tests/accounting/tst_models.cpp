// The table models the desk shows (bank lines, arrears) and CSV of any QAbstractItemModel:
// quoting, the formula guard, negative numbers kept as numbers, sort values as raw numbers.
#include "app/accounting/documents.h"
#include "app/accounting/models.h"

#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace courtyard;
using namespace courtyard::accounting;

class TestModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvOfAnyModel();
    void bankLines();
    void arrearsTable();
};

void TestModels::csvOfAnyModel()
{
    QStandardItemModel model(3, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("Unit"), QStringLiteral("Note, with comma"), QStringLiteral("Amount")});
    const QStringList cells[3] = {{QStringLiteral("12-0301"), QStringLiteral("said \"soon\""), QStringLiteral("-1234.50")},
                                  {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("two\nlines"), QStringLiteral("+7")},
                                  {QString::fromUtf8("1-0101"), QString::fromUtf8("王芳"), QStringLiteral("-x")}};
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c) {
            model.setItem(r, c, new QStandardItem(cells[r][c]));
        }
    }
    const QByteArray csv = modelToCsv(model);
    const QByteArray expected = "Unit,\"Note, with comma\",Amount\r\n"
                                "12-0301,\"said \"\"soon\"\"\",-1234.50\r\n"
                                "\"'=HYPERLINK(\"\"x\"\")\",\"two\nlines\",'+7\r\n"
                                "1-0101,\xe7\x8e\x8b\xe8\x8a\xb3,'-x\r\n";
    QCOMPARE(csv, expected);
    // Semicolons, no header.
    CsvOptions options;
    options.delimiter = QLatin1Char(';');
    options.header = false;
    QVERIFY(modelToCsv(model, options).startsWith("12-0301;\"said \"\"soon\"\"\";-1234.50\r\n"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(writeModelCsv(model, path).has_value());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), expected);
    QVERIFY(!writeModelCsv(model, dir.filePath(QStringLiteral("no/such/folder/t.csv"))).has_value());
}

void TestModels::bankLines()
{
    BankLineModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    LineMatch matched;
    matched.line.number = 1;
    matched.line.booked = QDate(2027, 3, 5);
    matched.line.amount = 300000;
    matched.line.currency = QStringLiteral("CNY");
    matched.line.reference = QStringLiteral("2027030500001");
    matched.line.payerName = QStringLiteral("Wang Fang");
    matched.line.payerAccount = QStringLiteral("6217");
    Candidate c;
    c.unit = QStringLiteral("1-0101");
    c.confidence = 80;
    matched.candidates = {c};
    matched.proposal = 0;
    matched.status = LineStatus::Matched;
    LineMatch debit;
    debit.line.number = 2;
    debit.line.amount = -85000;
    debit.line.currency = QStringLiteral("CNY");
    debit.status = LineStatus::Debit;
    model.setLines({matched, debit});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(BankLineModel::ColumnCount));
    QCOMPARE(model.data(model.index(0, BankLineModel::Amount)).toString(), QString::fromUtf8("3,000.00\u00a0CNY"));
    QCOMPARE(model.data(model.index(0, BankLineModel::Amount), kSortRole).toLongLong(), qint64(300000));
    QCOMPARE(model.data(model.index(1, BankLineModel::Amount)).toString(), QString::fromUtf8("-850.00\u00a0CNY"));
    QCOMPARE(model.data(model.index(0, BankLineModel::Unit)).toString(), QStringLiteral("1-0101"));
    QCOMPARE(model.data(model.index(0, BankLineModel::Confidence)).toInt(), 80);
    QCOMPARE(model.data(model.index(0, BankLineModel::Payer)).toString(), QStringLiteral("Wang Fang (6217)"));
    QVERIFY(model.data(model.index(0, 0), BankLineModel::PostableRole).toBool());
    QVERIFY(!model.data(model.index(1, 0), BankLineModel::PostableRole).toBool());
    QCOMPARE(model.data(model.index(1, 0), BankLineModel::StatusRole).toString(), QStringLiteral("debit"));
    // Chosen, then posted.
    Candidate other;
    other.unit = QStringLiteral("1-0102");
    other.confidence = 35;
    model.choose(0, other);
    QCOMPARE(model.data(model.index(0, BankLineModel::Unit)).toString(), QStringLiteral("1-0102"));
    QCOMPARE(model.data(model.index(0, BankLineModel::Candidates)).toString(), QStringLiteral("1-0102 35%, 1-0101 80%"));
    model.markPosted(0, QByteArray(32, '\x07'));
    QVERIFY(model.data(model.index(0, 0), BankLineModel::PostedRole).toBool());
    QVERIFY(!model.data(model.index(0, 0), BankLineModel::PostableRole).toBool());
    // Its CSV: the header and a line per row.
    const QList<QByteArray> rows = modelToCsv(model).split('\n');
    QCOMPARE(rows.size(), 4); // header, 2 rows, and the empty rest after the last CRLF
    QVERIFY(rows[0].startsWith("Line,Booked,Amount,Payer"));
}

void TestModels::arrearsTable()
{
    ArrearsReport report;
    UnitArrears u;
    u.unit = QStringLiteral("1-0402");
    u.since = QDate(2027, 5, 5);
    u.oldestDays = 71;
    // 3,750.00 71 days late and 314.35 10 days late: 4,064.35 owed.
    u.buckets.add(71, 375000);
    u.buckets.add(10, 31435);
    u.owed = 406435;
    report.units = {u};
    ArrearsModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setReport(report, *money::currencyByCode(u"CNY"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, ArrearsModel::Owed), kSortRole).toLongLong(), qint64(406435));
    QCOMPARE(model.data(model.index(0, ArrearsModel::Days61to90)).toString(), QString::fromUtf8("3,750.00\u00a0CNY"));
    QCOMPARE(model.data(model.index(0, ArrearsModel::Days1to30)).toString(), QString::fromUtf8("314.35\u00a0CNY"));
    QCOMPARE(model.data(model.index(0, ArrearsModel::Days31to60), kSortRole).toLongLong(), qint64(0));
    QCOMPARE(model.data(model.index(0, ArrearsModel::Days)).toInt(), 71);
    QCOMPARE(u.buckets.total(), qint64(406435));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
