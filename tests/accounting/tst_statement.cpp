// Bank statements read: the hand-written camt.053 sample (every field of every line, the batch
// entry split, the debit, the foreign currency, the pending entry skipped) and a German CSV
// (ISO-8859-1, semicolons, decimal comma, a quoted field holding the delimiter), the mapping as
// typed and remembered per layout, and the refusals.
#include "app/accounting/matching.h"
#include "app/accounting/statement.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace courtyard;
using namespace courtyard::accounting;

namespace {

QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(COURTYARD_ACCOUNTING_DATA "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", name);
    }
    return f.readAll();
}

const QString kGermanMapping = QStringLiteral("delimiter=;,encoding=ISO-8859-1,decimal-comma=yes,date-format=dd.MM.yyyy,date=Buchungstag,"
                                              "amount=Betrag,currency=Währung,reference=Verwendungszweck,payer-name=Auftraggeber,"
                                              "payer-account=IBAN,booking-id=Referenz");

} // namespace

class TestStatement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void camtEveryField();
    void camtRefusals();
    void csvGerman();
    void csvMappingText();
    void csvRefusals();
    void mappingsRemembered();
    void messagesTranslated();
};

void TestStatement::camtEveryField()
{
    const QByteArray bytes = sample("statement-2027-03.camt053.xml");
    QVERIFY(looksLikeCamt053(bytes));
    auto parsed = parseCamt053(bytes);
    QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error().message));
    const Statement &s = *parsed;
    QCOMPARE(s.format, QStringLiteral("camt.053"));
    QCOMPARE(s.statementId, QStringLiteral("STMT-2027-03-08-0001"));
    QCOMPARE(s.account, QStringLiteral("6222020200112233445"));
    // 1 single + 3 of the batch + 1 debit + 1 EUR = 6; the pending entry is skipped.
    QCOMPARE(int(s.lines.size()), 6);

    const BankLine &a = s.lines[0];
    QCOMPARE(a.number, 1);
    QCOMPARE(a.booked, QDate(2027, 3, 5));
    QCOMPARE(a.amount, qint64(300000)); // 3000.00
    QCOMPARE(a.currency, QStringLiteral("CNY"));
    QCOMPARE(a.exponent, 2);
    QCOMPARE(a.reference, QStringLiteral("2027030500001")); // no reference of its own: the entry's
    QCOMPARE(a.entryReference, QStringLiteral("2027030500001"));
    QCOMPARE(a.remittance, QStringLiteral("Rent March unit 1-0101"));
    QCOMPARE(a.payerName, QStringLiteral("Wang Fang"));
    QCOMPARE(a.payerAccount, QStringLiteral("6217000010001234567"));
    QVERIFY(a.isCredit());

    // The batch: each transaction its own line, its own amount and reference.
    const BankLine &b1 = s.lines[1];
    QCOMPARE(b1.booked, QDate(2027, 3, 6));
    QCOMPARE(b1.amount, qint64(150000));
    QCOMPARE(b1.reference, QStringLiteral("2027030600002-1"));
    QCOMPARE(b1.entryReference, QStringLiteral("2027030600002"));
    QCOMPARE(b1.remittance, QStringLiteral("UNIT 1-0102 RENT")); // Strd/CdtrRefInf/Ref
    QCOMPARE(b1.payerName, QStringLiteral("Chen Jing"));
    QCOMPARE(b1.payerAccount, QStringLiteral("DE89370400440532013000")); // IBAN
    const BankLine &b2 = s.lines[2];
    QCOMPARE(b2.amount, qint64(60000));
    QCOMPARE(b2.reference, QStringLiteral("2027030600002-2"));
    QCOMPARE(b2.remittance, QStringLiteral("2-0301 property fee thank you")); // two Ustrd joined
    QCOMPARE(b2.payerName, QStringLiteral("Sato Yuki"));
    QCOMPARE(b2.payerAccount, QStringLiteral("6228480010009876543"));
    const BankLine &b3 = s.lines[3];
    QCOMPARE(b3.amount, qint64(12825));
    QCOMPARE(b3.reference, QStringLiteral("2027030600002/3")); // no AcctSvcrRef: the entry's and its place
    QCOMPARE(b3.remittance, QString());
    QCOMPARE(b3.payerName, QStringLiteral("Li Wei"));
    QCOMPARE(b3.payerAccount, QString());
    // 1500.00 + 600.00 + 128.25 = 2228.25, the entry's amount.
    QCOMPARE(b1.amount + b2.amount + b3.amount, qint64(222825));

    // The debit: money out, the creditor is the other party.
    const BankLine &d = s.lines[4];
    QCOMPARE(d.amount, qint64(-85000));
    QVERIFY(!d.isCredit());
    QCOMPARE(d.booked, QDate(2027, 3, 7));
    QCOMPARE(d.reference, QStringLiteral("2027030700003"));
    QCOMPARE(d.payerName, QStringLiteral("Shanghai Plumbing Co."));
    QCOMPARE(d.payerAccount, QStringLiteral("6212260200001112223"));
    QCOMPARE(d.remittance, QStringLiteral("Invoice 2027-117 pipe repair building 2"));

    // EUR, booked with a date-time.
    const BankLine &e = s.lines[5];
    QCOMPARE(e.amount, qint64(12000));
    QCOMPARE(e.currency, QStringLiteral("EUR"));
    QCOMPARE(e.booked, QDate(2027, 3, 8));
    QCOMPARE(e.reference, QStringLiteral("2027030800004"));
    QCOMPARE(e.payerName, QString::fromUtf8("Hans Müller"));
    QCOMPARE(e.payerAccount, QStringLiteral("DE02120300000000202051"));
    QCOMPARE(e.remittance, QStringLiteral("Unit 3-0201 April"));
    for (const BankLine &l : s.lines) {
        QVERIFY(l.reference != QStringLiteral("2027030800005")); // pending: not a line
    }
}

void TestStatement::camtRefusals()
{
    QByteArray bytes = sample("statement-2027-03.camt053.xml");
    // A batch whose transactions do not add up to the entry.
    QByteArray wrongSum = bytes;
    wrongSum.replace("<TxAmt><Amt Ccy=\"CNY\">600.00</Amt>", "<TxAmt><Amt Ccy=\"CNY\">600.01</Amt>");
    auto r = parseCamt053(wrongSum);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Malformed);
    QVERIFY(r.error().message.contains(QStringLiteral("2027030600002")));
    // Not an amount.
    QByteArray badAmount = bytes;
    badAmount.replace("<Amt Ccy=\"CNY\">3000.00</Amt>", "<Amt Ccy=\"CNY\">3,000.00.0</Amt>");
    QVERIFY(!parseCamt053(badAmount));
    // More decimals than the currency has (CNY: 2).
    QByteArray decimals = bytes;
    decimals.replace("<Amt Ccy=\"CNY\">3000.00</Amt>", "<Amt Ccy=\"CNY\">3000.005</Amt>");
    QVERIFY(!parseCamt053(decimals));
    // Broken XML, and XML that is not a statement.
    auto broken = parseCamt053(bytes.left(bytes.size() / 2));
    QVERIFY(!broken);
    QVERIFY(broken.error().message.contains(QStringLiteral("line")));
    QVERIFY(!parseCamt053("<Document><Other/></Document>"));
    QVERIFY(!looksLikeCamt053("date,amount\n"));
}

void TestStatement::csvGerman()
{
    const QByteArray bytes = sample("statement-2027-03-de.csv");
    QVERIFY(!looksLikeCamt053(bytes));
    auto mapping = CsvMapping::fromText(kGermanMapping);
    QVERIFY(mapping.has_value());
    QCOMPARE(mapping->delimiter, QLatin1Char(';'));
    QVERIFY(mapping->decimalComma);
    auto parsed = parseCsvStatement(bytes, *mapping);
    QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(int(parsed->lines.size()), 3); // the blank last line is no line
    const BankLine &a = parsed->lines[0];
    QCOMPARE(a.number, 1);
    QCOMPARE(a.booked, QDate(2027, 3, 5));
    QCOMPARE(a.amount, qint64(300000)); // "3.000,00"
    QCOMPARE(a.currency, QStringLiteral("CNY"));
    QCOMPARE(a.remittance, QString::fromUtf8("Miete März; Wohnung 1-0101")); // quoted, holds the delimiter; Latin-1 'ä'
    QCOMPARE(a.payerName, QStringLiteral("Wang Fang"));
    QCOMPARE(a.payerAccount, QStringLiteral("CN00 6217 0000 1000 1234 567"));
    QCOMPARE(a.reference, QStringLiteral("BK-0001"));
    const BankLine &b = parsed->lines[1];
    QCOMPARE(b.amount, qint64(123456)); // "1.234,56"
    QCOMPARE(b.payerName, QString::fromUtf8("Jürgen Groß"));
    QCOMPARE(b.reference, QStringLiteral("BK-0002"));
    const BankLine &c = parsed->lines[2];
    QCOMPARE(c.amount, qint64(-85000)); // "-850,00"
    QCOMPARE(c.booked, QDate(2027, 3, 7));
    QCOMPARE(c.remittance, QStringLiteral("Rohrreparatur"));

    // Read as UTF-8 the Latin-1 bytes are refused, with what to do.
    auto utf8 = parseCsvStatement(bytes, *CsvMapping::fromText(QStringLiteral("encoding=UTF-8"), *mapping));
    QVERIFY(!utf8);
    QVERIFY(utf8.error().message.contains(QStringLiteral("encoding")));
}

void TestStatement::csvMappingText()
{
    // Columns by number, a comma delimiter typed as itself, a tab by name.
    auto m = CsvMapping::fromText(QStringLiteral("delimiter=,,date=1,amount=2,booking-id=3,default-currency=cny"));
    QVERIFY(m.has_value());
    QCOMPARE(m->delimiter, QLatin1Char(','));
    QCOMPARE(m->defaultCurrency, QStringLiteral("CNY"));
    auto parsed = parseCsvStatement("Date,Amount,Ref\n2027-03-01,\"1,200.50\",X1\n2027-03-02,7,X2\n", *m);
    QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->lines[0].amount, qint64(120050)); // "1,200.50": the group mark in the whole part
    QCOMPARE(parsed->lines[1].amount, qint64(700));
    QCOMPARE(parsed->lines[0].currency, QStringLiteral("CNY"));
    auto tab = CsvMapping::fromText(QStringLiteral("delimiter=tab"));
    QCOMPARE(tab->delimiter, QLatin1Char('\t'));
    // JSON round trip.
    auto back = CsvMapping::fromJson(CsvMapping::fromText(kGermanMapping)->toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->toJson(), CsvMapping::fromText(kGermanMapping)->toJson());
    // Unknown keys and bad values are refused, naming them.
    auto unknown = CsvMapping::fromText(QStringLiteral("amout=Betrag"));
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains(QStringLiteral("amout")));
    QVERIFY(!CsvMapping::fromText(QStringLiteral("decimal-comma=maybe")));
    QVERIFY(!CsvMapping::fromText(QStringLiteral("delimiter=;;")));
}

void TestStatement::csvRefusals()
{
    auto m = *CsvMapping::fromText(QStringLiteral("date=Date,amount=Amount,booking-id=Ref,default-currency=CNY"));
    // A column the file does not have: named, with the file's columns.
    auto missing = parseCsvStatement("Date,Value,Ref\n2027-03-01,1.00,A\n", m);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::InvalidArgument);
    QVERIFY(missing.error().message.contains(QStringLiteral("Value")));
    // A date in another format, an amount that is not one, a missing booking id: the record named.
    auto date = parseCsvStatement("Date,Amount,Ref\n01/03/2027,1.00,A\n", m);
    QVERIFY(!date);
    QVERIFY(date.error().message.contains(QStringLiteral("record 2")));
    QVERIFY(!parseCsvStatement("Date,Amount,Ref\n2027-03-01,1.0.0,A\n", m));
    QVERIFY(!parseCsvStatement("Date,Amount,Ref\n2027-03-01,1.00,\n", m));
    QVERIFY(!parseCsvStatement("Date,Amount,Ref\n2027-03-01,\"1.00,A\n", m)); // quote never closed
    // A mapping without the needed columns.
    QVERIFY(!parseCsvStatement("Date,Amount,Ref\n", *CsvMapping::fromText(QStringLiteral("date=Date"))));
    // An encoding nobody knows.
    auto enc = parseCsvStatement("Date,Amount,Ref\n", *CsvMapping::fromText(QStringLiteral("encoding=KLINGON-8"), m));
    QVERIFY(!enc);
    QVERIFY(enc.error().message.contains(QStringLiteral("KLINGON-8")));
}

void TestStatement::mappingsRemembered()
{
    QTemporaryDir dir;
    MappingStore store(dir.path());
    const QByteArray bytes = sample("statement-2027-03-de.csv");
    auto found = store.findFor(bytes);
    QVERIFY(found.has_value());
    QVERIFY(!found->has_value()); // nothing remembered yet
    const CsvMapping mapping = *CsvMapping::fromText(kGermanMapping);
    const QString layout = *csvLayoutOf(bytes, mapping);
    QCOMPARE(layout.size(), 16);
    QVERIFY(store.remember(layout, mapping, QStringLiteral("Deutsche Testbank")).has_value());
    // The next statement of the same layout (other lines) finds it.
    const QByteArray next = "Buchungstag;Betrag;W\xe4hrung;Verwendungszweck;Auftraggeber;IBAN;Referenz\r\n"
                            "01.04.2027;10,00;CNY;x;y;z;BK-0100\r\n";
    found = store.findFor(next);
    QVERIFY(found.has_value() && found->has_value());
    QCOMPARE((*found)->first, layout);
    QCOMPARE((*found)->second.toJson(), mapping.toJson());
    // Another layout does not.
    found = store.findFor("Date,Amount,Ref\n2027-03-01,1.00,A\n");
    QVERIFY(found.has_value() && !found->has_value());
    // A damaged file is an error that says what to do.
    QFile f(store.path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{not json");
    f.close();
    auto damaged = store.findFor(bytes);
    QVERIFY(!damaged);
    QVERIFY(damaged.error().message.contains(QStringLiteral("delete it")));
}

// The library's messages (statements, matching, journal, files: context courtyard::accounting)
// reach the user in the program's language: with the Chinese translation installed, a refused
// mapping, a file that is not a camt.053 and a line's status read in Chinese. Every message of
// every language's .ts file is translated.
void TestStatement::messagesTranslated()
{
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/accounting_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    auto unknown = CsvMapping::fromText(QStringLiteral("amout=Betrag"));
    auto notCamt = parseCamt053("<Document><Other/></Document>");
    const QString matched = lineStatusText(LineStatus::Matched);
    QCoreApplication::removeTranslator(&chinese);
    QVERIFY(!unknown.has_value());
    QVERIFY2(unknown.error().message.startsWith(QStringLiteral("映射中没有“amout”")), qPrintable(unknown.error().message));
    QVERIFY(!notCamt.has_value());
    QVERIFY2(notCamt.error().message.contains(QStringLiteral("此 XML 不是 camt.053 银行对账单")), qPrintable(notCamt.error().message));
    QCOMPARE(matched, QStringLiteral("已匹配"));
    // Without it, English again.
    QCOMPARE(lineStatusText(LineStatus::Matched), QStringLiteral("matched"));

    for (const char *language : {"zh_CN", "ja", "ar"}) {
        QFile ts(QStringLiteral(COURTYARD_TRANSLATIONS "/accounting_%1.ts").arg(QLatin1String(language)));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList untranslated;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (unfinished || xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty()) {
                    untranslated << source;
                }
                ++messages;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 100, qPrintable(QString::number(messages))); // letter, report and messages
        QVERIFY2(untranslated.isEmpty(), qPrintable(QLatin1String(language) + QStringLiteral(": ") + untranslated.join(QStringLiteral(" | "))));
    }
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
