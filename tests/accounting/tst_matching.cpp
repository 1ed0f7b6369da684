// Matching bank lines to open invoices: every confidence below is worked out by hand from the
// formula of app/accounting/matching.h (R reference + P payer + A amount, at most 100):
// R = 50 invoice id named, 30 unit named; P = 30 account confirmed before, 20 name known;
// A = 20 exact, 8 partial, 5 over.
#include "app/accounting/matching.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace courtyard;
using namespace courtyard::accounting;

namespace {

views::InvoiceLine invoice(const char *unit, char idByte, const char *kind, QDate due, qint64 amount, qint64 paid = 0)
{
    views::InvoiceLine i;
    i.id = QByteArray(16, idByte);
    i.unit = QLatin1String(unit);
    i.kind = QLatin1String(kind);
    i.period = QStringLiteral("2027-03");
    i.issued = QDate(2027, 3, 1);
    i.due = due;
    i.amount = amount;
    i.paid = paid;
    return i;
}

BankLine line(int number, qint64 amount, const char *remittance, const char *name = "", const char *account = "", const char *currency = "CNY")
{
    BankLine l;
    l.number = number;
    l.booked = QDate(2027, 3, 8);
    l.amount = amount;
    l.currency = QLatin1String(currency);
    l.reference = QStringLiteral("REF-%1").arg(number);
    l.remittance = QString::fromUtf8(remittance);
    l.payerName = QString::fromUtf8(name);
    l.payerAccount = QString::fromUtf8(account);
    return l;
}

} // namespace

class TestMatching : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void confidences();
    void chosenUnit();
    void payerMemory();

private:
    std::vector<views::InvoiceLine> m_open;
    PayerMemory m_payers;
    Directory m_directory;
    MatchInput input();
};

void TestMatching::initTestCase()
{
    // A 1-0101 rent 3,000.00 open; B 1-0101 fee 128.25 open (1-0101 owes 3,128.25 in all);
    // C 1-0102 rent 1,500.00; D 2-0301 fee 600.00 of which 100.00 paid: 500.00 open;
    // E 12-0301 rent 3,000.00.
    m_open = {invoice("1-0101", '\xaa', "rent", QDate(2027, 3, 5), 300000), invoice("1-0101", '\xbb', "fee", QDate(2027, 3, 10), 12825),
              invoice("1-0102", '\xcc', "rent", QDate(2027, 3, 5), 150000), invoice("2-0301", '\xdd', "fee", QDate(2027, 3, 10), 60000, 10000),
              invoice("12-0301", '\xee', "rent", QDate(2027, 3, 5), 300000)};
    // Wang Fang's account was confirmed for 1-0101 before (written with spaces then).
    BankLine earlier = line(0, 1, "", "Wang Fang", "6217 0000 1000 1234 567");
    m_payers.remember(earlier, QStringLiteral("1-0101"));
    m_directory.namesByUnit.insert(QStringLiteral("1-0101"), {QStringLiteral("Wang Fang"), QStringLiteral("Li Wei")});
}

MatchInput TestMatching::input()
{
    MatchInput in;
    in.currency = QStringLiteral("CNY");
    in.openInvoices = &m_open;
    in.units = {QStringLiteral("1-0101"), QStringLiteral("1-0102"), QStringLiteral("2-0301"), QStringLiteral("12-0301"), QStringLiteral("3-0201")};
    in.payers = &m_payers;
    in.directory = &m_directory;
    in.postedBy = [](const QString &reference) -> Result<QByteArray> {
        return reference == QLatin1String("REF-9") ? QByteArray(32, '\x01') : QByteArray();
    };
    return in;
}

void TestMatching::confidences()
{
    Statement s;
    s.lines = {
        line(1, 300000, "Rent March unit 1-0101", "Wang Fang", "6217000010001234567"),
        line(2, 150000, "UNIT 1-0102 RENT", "Chen Jing"),
        line(3, 60000, "2-0301 property fee", "Sato Yuki"),
        line(4, 12825, "", "Li Wei"),
        line(5, 100000, "Invoice EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE", "Wang Fang", "6217000010001234567"),
        line(6, 300000, "1-0101 or 12-0301?"),
        line(7, -85000, "pipe repair"),
        line(8, 12000, "Unit 3-0201 April", "Hans", "DE02", "EUR"),
        line(9, 300000, "Rent March unit 1-0101", "Wang Fang", "6217000010001234567"),
        line(10, 7777, "thanks"),
        line(11, 50001, "fee for 12-03010 and 112-0301"), // names no unit (digits around them); no open amount is 500.01
    };
    auto matched = matchStatement(s, input());
    QVERIFY(matched.has_value());
    const std::vector<LineMatch> &m = *matched;
    QCOMPARE(int(m.size()), 11);

    // 1: 1-0101 named (30) + account confirmed (30) + invoice A's 3,000.00 exactly (20) = 80; it
    //    pays A alone (1-0101's total is 3,128.25). 12-0301 on the amount alone (its 3,000.00): 20.
    QCOMPARE(m[0].status, LineStatus::Matched);
    QCOMPARE(int(m[0].candidates.size()), 2);
    QCOMPARE(m[0].candidates[0].unit, QStringLiteral("1-0101"));
    QCOMPARE(m[0].candidates[0].confidence, 80);
    QCOMPARE(m[0].candidates[0].referencePoints, 30);
    QCOMPARE(m[0].candidates[0].payerPoints, 30);
    QCOMPARE(m[0].candidates[0].amountPoints, 20);
    QCOMPARE(int(m[0].candidates[0].invoices.size()), 1);
    QCOMPARE(m[0].candidates[0].invoices[0].id, QByteArray(16, '\xaa'));
    QVERIFY(m[0].candidates[0].invoicesNamed);
    QCOMPARE(m[0].candidates[1].unit, QStringLiteral("12-0301"));
    QCOMPARE(m[0].candidates[1].confidence, 20);
    QCOMPARE(m[0].proposal, std::optional<std::size_t>(0));

    // 2: 1-0102 named (30) + exactly its open 1,500.00 (20) = 50, alone: matched.
    QCOMPARE(m[1].status, LineStatus::Matched);
    QCOMPARE(int(m[1].candidates.size()), 1);
    QCOMPARE(m[1].candidates[0].confidence, 50);
    QCOMPARE(m[1].candidates[0].fit, AmountFit::Exact);
    QVERIFY(!m[1].candidates[0].invoicesNamed); // its only invoice: the payment need not name it

    // 3: 2-0301 named (30) + 600.00 over its 500.00 open (5) = 35: the manager chooses.
    QCOMPARE(m[2].status, LineStatus::Uncertain);
    QCOMPARE(m[2].candidates[0].unit, QStringLiteral("2-0301"));
    QCOMPARE(m[2].candidates[0].confidence, 35);
    QCOMPARE(m[2].candidates[0].fit, AmountFit::Over);
    QCOMPARE(m[2].candidates[0].open, qint64(50000));
    QVERIFY(!m[2].proposal);

    // 4: Li Wei is in 1-0101's directory entry (20) + invoice B's 128.25 exactly (20) = 40.
    QCOMPARE(m[3].status, LineStatus::Uncertain);
    QCOMPARE(m[3].candidates[0].unit, QStringLiteral("1-0101"));
    QCOMPARE(m[3].candidates[0].confidence, 40);
    QCOMPARE(m[3].candidates[0].payerPoints, 20);
    QCOMPARE(m[3].candidates[0].invoices[0].id, QByteArray(16, '\xbb'));

    // 5: invoice E's id (upper case) named (50) + 1,000.00 of its 3,000.00 (partial, 8) = 58;
    //    1-0101 by the account (30) + partial of its 3,128.25 (8) = 38.
    QCOMPARE(m[4].status, LineStatus::Matched);
    QCOMPARE(m[4].candidates[0].unit, QStringLiteral("12-0301"));
    QCOMPARE(m[4].candidates[0].confidence, 58);
    QCOMPARE(m[4].candidates[0].fit, AmountFit::Partial);
    QCOMPARE(m[4].candidates[1].unit, QStringLiteral("1-0101"));
    QCOMPARE(m[4].candidates[1].confidence, 38);

    // 6: both units named (30 each) and both have 3,000.00 open exactly (20 each): 50 and 50, a
    //    tie — no proposal.
    QCOMPARE(m[5].status, LineStatus::Uncertain);
    QCOMPARE(m[5].candidates[0].confidence, 50);
    QCOMPARE(m[5].candidates[1].confidence, 50);
    QVERIFY(!m[5].proposal);

    QCOMPARE(m[6].status, LineStatus::Debit);
    QVERIFY(m[6].candidates.empty());
    QCOMPARE(m[7].status, LineStatus::Foreign);
    QVERIFY(m[7].candidates.empty());
    QCOMPARE(m[8].status, LineStatus::Posted);
    QCOMPARE(m[8].postedBy, QByteArray(32, '\x01'));
    QCOMPARE(m[9].status, LineStatus::Unmatched);
    QCOMPARE(m[10].status, LineStatus::Unmatched);
}

void TestMatching::chosenUnit()
{
    const MatchInput in = input();
    // The manager posts line 3's 600.00 to 2-0301 naming invoice D: R 50 (named), over its 500.00 (5).
    const BankLine l = line(3, 60000, "2-0301 property fee");
    Candidate c = candidateForUnit(l, in, QStringLiteral("2-0301"), {QStringLiteral("dddddddddddddddddddddddddddddddd")});
    QCOMPARE(c.unit, QStringLiteral("2-0301"));
    QVERIFY(c.invoicesNamed);
    QCOMPARE(c.confidence, 55);
    // A unit with nothing open: all of it becomes credit (5).
    c = candidateForUnit(l, in, QStringLiteral("3-0201"));
    QCOMPARE(c.open, qint64(0));
    QCOMPARE(c.confidence, 5);
    QVERIFY(c.invoices.empty());
    // No such unit.
    QVERIFY(candidateForUnit(l, in, QStringLiteral("9-9999")).unit.isEmpty());
}

void TestMatching::payerMemory()
{
    QTemporaryDir dir;
    PayerMemory memory;
    memory.remember(line(1, 1, "", "  Chen   JING ", "de89 3704 0044 0532 0130 00"), QStringLiteral("1-0102"));
    QVERIFY(memory.save(dir.path()).has_value());
    auto loaded = PayerMemory::load(dir.path());
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->unitOfAccount(QStringLiteral("DE89370400440532013000")), QStringLiteral("1-0102"));
    QCOMPARE(loaded->unitOfName(QStringLiteral("chen jing")), QStringLiteral("1-0102"));
    QCOMPARE(loaded->unitOfName(QString()), QString());
    QCOMPARE(loaded->unitOfAccount(QStringLiteral("DE00")), QString());
    // The learned name counts for P = 20 the next time: 1,500.00 exactly for 1-0102 (20) = 40.
    MatchInput in = input();
    in.payers = &*loaded;
    in.directory = nullptr;
    const Candidate c = candidateForUnit(line(1, 150000, "", "Chen Jing"), in, QStringLiteral("1-0102"));
    QCOMPARE(c.payerPoints, 20);
    QCOMPARE(c.confidence, 40);
}

QTEST_GUILESS_MAIN(TestMatching)
#include "tst_matching.moc"
