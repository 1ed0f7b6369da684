// The accounting commands end to end on the demo community (the real `courtyard` binary through
// QProcess, real SQLite, real contracts): a camt.053 statement imported, matched, corrected and
// posted once (the import and the contract both refuse a second time); a CSV statement's mapping
// remembered; the journal read by hledger and ledger with every balance equal to `courtyard
// trial-balance`; the financial report as PDF and its text; arrears and reminder letters in four
// languages, the Arabic one rendered to a PNG (written under the build folder, to look at).
#include "app/accounting/books.h"
#include "app/accounting/documents.h"
#include "app/cli/demo.h"
#include "core/crypto/crypto.h"
#include "tests/support/fixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextOption>
#include <QtTest>

#include <map>
#include <set>

using namespace courtyard;
using namespace courtyard::accounting;

namespace {

struct Run {
    int exit = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

const QByteArray kPassphrase = "correct horse battery staple";

store::OpenOptions readOnly()
{
    store::OpenOptions options;
    options.readOnly = true;
    return options;
}

} // namespace

class TestBooks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoBankPaymentsRecordTheirReference();
    void bankImportQueues();
    void bankImportPostsOnce();
    void csvMappingRemembered();
    void journalMatchesTrialBalance();
    void journalOfAPeriod();
    void financialReport();
    void arrearsAndLetters();

private:
    Run courtyard(QStringList args, bool withDb = true);
    std::map<QString, qint64> trialBalance();

    QTemporaryDir m_dir;
    QString m_db;
    QString m_queueDb; // a copy of the demo ledger, in a folder of its own, for the outbox
    QString m_manager;
    QString m_server;
    QDate m_lastDay;
    QString m_secondTx; // the payment bank import posted for line 2 (1,500.00 to 1-0102)
};

Run TestBooks::courtyard(QStringList args, bool withDb)
{
    if (withDb) {
        args << QStringLiteral("--db") << m_db;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COURTYARD_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COURTYARD_CLI_PATH), args);
    if (!p.waitForFinished(120000)) {
        qWarning() << "courtyard" << args << "did not finish";
    }
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

std::map<QString, qint64> TestBooks::trialBalance()
{
    const Run r = courtyard({QStringLiteral("trial-balance"), QStringLiteral("--json")});
    std::map<QString, qint64> balances;
    for (const QJsonValue &a : r.json().value(QStringLiteral("accounts")).toArray()) {
        balances[a[QStringLiteral("account")].toString()] = qint64(a[QStringLiteral("balance")].toDouble());
    }
    return balances;
}

void TestBooks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("courtyard.db"));
    cli::DemoOptions options;
    options.ledgerPath = m_db;
    options.transactions = 700;
    const cli::DemoKeys keys = cli::demoKeys(options.seed);
    auto demo = cli::buildDemoCommunity(options, keys);
    QVERIFY2(demo.has_value(), demo ? "" : qPrintable(demo.error().message));
    m_lastDay = demo->ledger->engine().genesis().localDate(demo->ledger->store().tip()->header.timeMs);
    demo->ledger.reset();
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("queue")));
    m_queueDb = m_dir.filePath(QStringLiteral("queue/courtyard.db"));
    QVERIFY(QFile::copy(m_db, m_queueDb));
    // The manager's and the server's key files, sealed with the passphrase (fast Argon2id).
    for (const auto &[path, key] : {std::pair{&m_manager, &keys.manager}, std::pair{&m_server, &keys.server}}) {
        *path = m_dir.filePath(path == &m_manager ? QStringLiteral("manager.key") : QStringLiteral("server.key"));
        auto sealed = crypto::sealKeyFile(*key, kPassphrase, QStringLiteral("test"), crypto::KdfStrength::Interactive);
        QVERIFY(sealed.has_value());
        QFile f(*path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(*sealed);
    }
}

// The demo signs payment.bank version 2: every bank payment standing has its reference recorded
// ("bank-reference/<hash>" naming it), so a statement line of the demo is never posted twice.
void TestBooks::demoBankPaymentsRecordTheirReference()
{
    auto store = store::Store::open(m_db, readOnly());
    CY_VERIFY_OK(store);
    std::set<QByteArray> bankPayments;
    CY_VERIFY_OK((*store)->state().scan(QByteArrayView("payment/"), [&](const state::Key &key, const cbor::Value &value) {
        const cbor::Value *method = value.find(u"method");
        const cbor::Value *reversed = value.find(u"reversed");
        if (method && method->isText() && method->asText() == QLatin1String("payment.bank") && reversed && reversed->isBool() && !reversed->asBool()) {
            bankPayments.insert(QByteArray::fromHex(key.mid(8)));
        }
        return true;
    }));
    std::set<QByteArray> referenced;
    CY_VERIFY_OK((*store)->state().scan(QByteArrayView("bank-reference/"), [&](const state::Key &, const cbor::Value &value) {
        const cbor::Value *payment = value.find(u"payment");
        if (payment && payment->isBytes()) {
            referenced.insert(payment->asBytes());
        }
        return true;
    }));
    QVERIFY(!bankPayments.empty());
    QCOMPARE(referenced, bankPayments);
}

// Without --sealer-key the confirmed lines wait in the device's outbox, like every transaction
// command's; matched against the ledger with the outbox applied, a queued line counts as posted:
// importing again shows it queued and never queues it twice.
void TestBooks::bankImportQueues()
{
    const QString statement = QStringLiteral(COURTYARD_ACCOUNTING_DATA "/statement-2027-03.camt053.xml");
    const QStringList db{QStringLiteral("--db"), m_queueDb};
    const QByteArray balanceBefore = courtyard(QStringList{QStringLiteral("trial-balance"), QStringLiteral("--json")} + db, false).out;
    QVERIFY(balanceBefore.contains("Assets:Bank"));

    // Line 1 for 1-0101 and line 2 for 1-0102, queued.
    Run r = courtyard(QStringList{QStringLiteral("bank"), QStringLiteral("import"), statement, QStringLiteral("--confirm"), QStringLiteral("--line"),
                                  QStringLiteral("1=1-0101"), QStringLiteral("--line"), QStringLiteral("2=1-0102"), QStringLiteral("--skip"),
                                  QStringLiteral("3"), QStringLiteral("--skip"), QStringLiteral("4"), QStringLiteral("--key"), m_manager,
                                  QStringLiteral("--json")} +
                          db,
                      false);
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("queued_now")).toInt(), 2);
    QCOMPARE(r.json().value(QStringLiteral("posted_now")).toInt(), 0);
    QJsonArray lines = r.json().value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines[0][QStringLiteral("status")].toString(), QStringLiteral("queued-now"));
    QCOMPARE(lines[1][QStringLiteral("status")].toString(), QStringLiteral("queued-now"));
    QVERIFY(!lines[2][QStringLiteral("status")].toString().startsWith(QLatin1String("queued"))); // skipped
    const QString first = lines[0][QStringLiteral("transaction_id")].toString();
    const QString second = lines[1][QStringLiteral("transaction_id")].toString();
    QCOMPARE(first.size(), 64);
    // Nothing sealed: the books are as they were; the outbox holds the two payments.
    QCOMPARE(courtyard(QStringList{QStringLiteral("trial-balance"), QStringLiteral("--json")} + db, false).out, balanceBefore);
    const auto outbox = [&] {
        QStringList pending;
        const Run o = courtyard(QStringList{QStringLiteral("outbox"), QStringLiteral("--json")} + db, false);
        for (const QJsonValue &e : o.json().value(QStringLiteral("entries")).toArray()) {
            if (e[QStringLiteral("state")].toString() == QLatin1String("pending") && e[QStringLiteral("kind")].toString() == QLatin1String("payment.bank")) {
                pending << e[QStringLiteral("transaction_id")].toString();
            }
        }
        return pending;
    };
    QCOMPARE(outbox(), (QStringList{first, second}));

    // The same file again: both lines queued, by the payments that wait.
    r = courtyard(QStringList{QStringLiteral("bank"), QStringLiteral("import"), statement, QStringLiteral("--json")} + db, false);
    QVERIFY2(r.exit == 0, r.err.constData());
    lines = r.json().value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines[0][QStringLiteral("status")].toString(), QStringLiteral("queued"));
    QCOMPARE(lines[0][QStringLiteral("posted_by")].toString(), first);
    QCOMPARE(lines[1][QStringLiteral("status")].toString(), QStringLiteral("queued"));
    QCOMPARE(lines[1][QStringLiteral("posted_by")].toString(), second);
    QCOMPARE(r.json().value(QStringLiteral("already_posted")).toInt(), 2);
    // Confirmed again: nothing queued twice.
    r = courtyard(QStringList{QStringLiteral("bank"), QStringLiteral("import"), statement, QStringLiteral("--confirm"), QStringLiteral("--skip"),
                              QStringLiteral("3"), QStringLiteral("--skip"), QStringLiteral("4"), QStringLiteral("--key"), m_manager,
                              QStringLiteral("--json")} +
                      db,
                  false);
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("queued_now")).toInt(), 0);
    QCOMPARE(r.json().value(QStringLiteral("already_posted")).toInt(), 2);
    QCOMPARE(outbox(), (QStringList{first, second}));
    // Choosing a queued line for another unit: refused, nothing written.
    r = courtyard(QStringList{QStringLiteral("bank"), QStringLiteral("import"), statement, QStringLiteral("--confirm"), QStringLiteral("--line"),
                              QStringLiteral("1=1-0102"), QStringLiteral("--key"), m_manager} +
                      db,
                  false);
    QCOMPARE(r.exit, 3);
    QVERIFY2(r.err.contains("--line 1"), r.err.constData());
    QCOMPARE(outbox(), (QStringList{first, second}));
    // The payer's account was remembered in the copy's folder, not the original's.
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("queue/bank-payers.json"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bank-payers.json"))));
}

void TestBooks::bankImportPostsOnce()
{
    const QString statement = QStringLiteral(COURTYARD_ACCOUNTING_DATA "/statement-2027-03.camt053.xml");
    const std::map<QString, qint64> before = trialBalance();

    // Read and matched; nothing posted without --confirm.
    Run r = courtyard({QStringLiteral("bank"), QStringLiteral("import"), statement, QStringLiteral("--json")});
    QCOMPARE(r.exit, 0);
    QJsonArray lines = r.json().value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[4][QStringLiteral("status")].toString(), QStringLiteral("debit"));
    QCOMPARE(lines[5][QStringLiteral("status")].toString(), QStringLiteral("foreign-currency"));
    // Line 1 names 1-0101: it is among its candidates, with at least the unit's 30 points.
    bool named = false;
    for (const QJsonValue &c : lines[0][QStringLiteral("candidates")].toArray()) {
        named = named || (c[QStringLiteral("unit")].toString() == QLatin1String("1-0101") && c[QStringLiteral("reference_points")].toInt() == 30);
    }
    QVERIFY(named);
    QCOMPARE(trialBalance(), before);

    // --confirm without keys: refused, nothing posted.
    r = courtyard({QStringLiteral("bank"), QStringLiteral("import"), statement, QStringLiteral("--confirm")});
    QVERIFY(r.exit != 0);
    QVERIFY(r.err.contains("--key"));
    QCOMPARE(trialBalance(), before);

    // The manager posts line 1 to 1-0101 and line 2 to 1-0102 (chosen), and nothing else.
    r = courtyard({QStringLiteral("bank"), QStringLiteral("import"), statement, QStringLiteral("--confirm"), QStringLiteral("--line"),
                   QStringLiteral("1=1-0101"), QStringLiteral("--line"), QStringLiteral("2=1-0102"), QStringLiteral("--skip"), QStringLiteral("3"),
                   QStringLiteral("--skip"), QStringLiteral("4"), QStringLiteral("--key"), m_manager, QStringLiteral("--sealer-key"), m_server,
                   QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("posted_now")).toInt(), 2);
    lines = r.json().value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines[0][QStringLiteral("status")].toString(), QStringLiteral("posted-now"));
    QCOMPARE(lines[1][QStringLiteral("status")].toString(), QStringLiteral("posted-now"));
    QVERIFY(!lines[2][QStringLiteral("status")].toString().startsWith(QLatin1String("posted"))); // skipped
    const QString firstTx = lines[0][QStringLiteral("transaction_id")].toString();
    m_secondTx = lines[1][QStringLiteral("transaction_id")].toString();
    QCOMPARE(firstTx.size(), 64);
    // The bank received 3,000.00 + 1,500.00 = 4,500.00 (450000).
    std::map<QString, qint64> after = trialBalance();
    QCOMPARE(after.at(QStringLiteral("Assets:Bank")) - before.at(QStringLiteral("Assets:Bank")), qint64(450000));
    // The payer's account is remembered for the unit, in the data folder (the ledger's).
    QFile payers(m_dir.filePath(QStringLiteral("bank-payers.json")));
    QVERIFY(payers.open(QIODevice::ReadOnly));
    const QJsonObject known = QJsonDocument::fromJson(payers.readAll()).object();
    QCOMPARE(known[QStringLiteral("accounts")][QStringLiteral("6217000010001234567")].toString(), QStringLiteral("1-0101"));

    // The same file again: both lines shown as posted, by the payment that posted them.
    r = courtyard({QStringLiteral("bank"), QStringLiteral("import"), statement, QStringLiteral("--json")});
    QCOMPARE(r.exit, 0);
    lines = r.json().value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines[0][QStringLiteral("status")].toString(), QStringLiteral("posted"));
    QCOMPARE(lines[0][QStringLiteral("posted_by")].toString(), firstTx);
    QCOMPARE(lines[1][QStringLiteral("status")].toString(), QStringLiteral("posted"));
    QCOMPARE(r.json().value(QStringLiteral("already_posted")).toInt(), 2);
    // Posting a posted line again: the import refuses it ...
    r = courtyard({QStringLiteral("bank"), QStringLiteral("import"), statement, QStringLiteral("--confirm"), QStringLiteral("--line"),
                   QStringLiteral("1=1-0102"), QStringLiteral("--key"), m_manager, QStringLiteral("--sealer-key"), m_server});
    QCOMPARE(r.exit, 3);
    QVERIFY(r.err.contains("--line 1"));
    // ... and so does the contract, whoever sends it.
    r = courtyard({QStringLiteral("payment"), QStringLiteral("bank"), QStringLiteral("--unit"), QStringLiteral("1-0102"), QStringLiteral("--amount"),
                   QStringLiteral("3000.00"), QStringLiteral("--reference"), QStringLiteral("2027030500001"), QStringLiteral("--key"), m_manager,
                   QStringLiteral("--sealer-key"), m_server, QStringLiteral("--time"), QStringLiteral("2030-01-01T00:00:00Z"),
                   QStringLiteral("--json")});
    QCOMPARE(r.exit, 3);
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("bank-reference-used"));
    QCOMPARE(trialBalance(), after);
}

void TestBooks::csvMappingRemembered()
{
    const QString csv = QStringLiteral(COURTYARD_ACCOUNTING_DATA "/statement-2027-03-de.csv");
    // A layout never seen: the import says how to give the mapping.
    Run r = courtyard({QStringLiteral("bank"), QStringLiteral("import"), csv});
    QCOMPARE(r.exit, 3);
    QVERIFY(r.err.contains("--mapping"));
    r = courtyard({QStringLiteral("bank"), QStringLiteral("import"), csv, QStringLiteral("--bank"), QStringLiteral("Testbank"),
                   QStringLiteral("--mapping"),
                   QString::fromUtf8("delimiter=;,encoding=ISO-8859-1,decimal-comma=yes,date-format=dd.MM.yyyy,date=Buchungstag,amount=Betrag,"
                                     "currency=Währung,reference=Verwendungszweck,payer-name=Auftraggeber,payer-account=IBAN,booking-id=Referenz"),
                   QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QString layout = r.json().value(QStringLiteral("layout")).toString();
    QCOMPARE(layout.size(), 16);
    // Remembered: the next import needs no mapping and reads the same lines.
    r = courtyard({QStringLiteral("bank"), QStringLiteral("import"), csv, QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("layout")).toString(), layout);
    const QJsonArray lines = r.json().value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[1][QStringLiteral("amount")].toInteger(), qint64(123456)); // "1.234,56"
    QCOMPARE(lines[1][QStringLiteral("payer_name")].toString(), QString::fromUtf8("Jürgen Groß"));
    QCOMPARE(lines[2][QStringLiteral("status")].toString(), QStringLiteral("debit"));
}

void TestBooks::journalMatchesTrialBalance()
{
    const std::map<QString, qint64> expected = trialBalance();
    QVERIFY(expected.size() > 10);
    for (const QString &format : {QStringLiteral("hledger"), QStringLiteral("ledger")}) {
        const QString path = m_dir.filePath(QStringLiteral("books.%1.journal").arg(format));
        Run r = courtyard({QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--format"), format, QStringLiteral("--output"), path,
                           QStringLiteral("--json")});
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY(r.json().value(QStringLiteral("transactions")).toInt() > 100);

        // The tool's balance of every account, flat, without the total.
        QProcess tool;
        if (format == QLatin1String("hledger")) {
            tool.start(QStringLiteral("hledger"), {QStringLiteral("-f"), path, QStringLiteral("balance"), QStringLiteral("--flat"),
                                                   QStringLiteral("--no-total"), QStringLiteral("-O"), QStringLiteral("csv")});
        } else {
            tool.start(QStringLiteral("ledger"), {QStringLiteral("-f"), path, QStringLiteral("balance"), QStringLiteral("--flat"),
                                                  QStringLiteral("--no-total"), QStringLiteral("--format"),
                                                  QStringLiteral("%(account)\t%(display_total)\n")});
        }
        QVERIFY(tool.waitForFinished(120000));
        const QByteArray errors = tool.readAllStandardError();
        QVERIFY2(tool.exitCode() == 0, errors.constData());
        std::map<QString, qint64> read;
        const QString output = QString::fromUtf8(tool.readAllStandardOutput());
        for (QString row : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QString account;
            QString amount;
            if (format == QLatin1String("hledger")) {
                // "account","balance" then "Assets:Bank","1234.50 CNY"
                row.remove(QLatin1Char('"'));
                const QStringList cells = row.split(QLatin1Char(','));
                if (cells.size() != 2 || cells[0] == QLatin1String("account")) {
                    continue;
                }
                account = cells[0];
                amount = cells[1].section(QLatin1Char(' '), 0, 0);
            } else {
                const QStringList cells = row.split(QLatin1Char('\t'));
                QCOMPARE(cells.size(), 2);
                account = cells[0].trimmed();
                amount = cells[1].trimmed().section(QLatin1Char(' '), 0, 0); // "1440.90 CNY"
            }
            // Exactly two decimals (CNY): the amount in fen, without any floating point.
            static const QRegularExpression money(QStringLiteral("^(-?)([0-9]+)\\.([0-9]{2})$"));
            const auto m = money.match(amount);
            QVERIFY2(m.hasMatch(), qPrintable(format + QStringLiteral(": ") + row));
            const qint64 fen = m.captured(2).toLongLong() * 100 + m.captured(3).toLongLong();
            read[account] = m.captured(1).isEmpty() ? fen : -fen;
        }
        // Every account with a balance has it in the tool; accounts at zero are left out by both tools.
        int compared = 0;
        for (const auto &[account, balance] : expected) {
            if (balance == 0) {
                QVERIFY2(read.count(account) == 0 || read[account] == 0, qPrintable(account));
                continue;
            }
            QVERIFY2(read.count(account) == 1, qPrintable(format + QStringLiteral(" has no ") + account));
            QCOMPARE(read[account], balance);
            ++compared;
        }
        for (const auto &[account, balance] : read) {
            QVERIFY2(expected.count(account) == 1, qPrintable(format + QStringLiteral(" invented ") + account));
        }
        QVERIFY(compared > 10);
        // By hand: the import's payment for line 2 is in the journal as posted — 1,500.00 into
        // the bank, 1-0102's receivable and prepaid credit together 1,500.00 less.
        QFile journal(path);
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(journal.readAll());
        QVERIFY(!m_secondTx.isEmpty());
        const qsizetype at = text.indexOf(QStringLiteral("tx: ") + m_secondTx);
        QVERIFY(at > 0);
        const QString entry = text.mid(at, text.indexOf(QStringLiteral("\n\n"), at) - at);
        QVERIFY2(entry.contains(QRegularExpression(QStringLiteral("Assets:Bank\\s+1500\\.00 CNY"))), qPrintable(entry));
        qint64 unitSide = 0;
        static const QRegularExpression unitPosting(QStringLiteral("(Assets:Receivable|Liabilities:Prepaid):1-0102\\s+-([0-9]+)\\.([0-9]{2}) CNY"));
        for (auto it = unitPosting.globalMatch(entry); it.hasNext();) {
            const auto m = it.next();
            unitSide += m.captured(2).toLongLong() * 100 + m.captured(3).toLongLong();
        }
        QCOMPARE(unitSide, qint64(150000));
    }
}

void TestBooks::journalOfAPeriod()
{
    const QString path = m_dir.filePath(QStringLiteral("march.journal"));
    Run r = courtyard({QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--format"), QStringLiteral("ledger"), QStringLiteral("--from"),
                       QStringLiteral("2027-03-01"), QStringLiteral("--to"), QStringLiteral("2027-03-31"), QStringLiteral("--output"), path});
    QVERIFY2(r.exit == 0, r.err.constData());
    QFile journal(path);
    QVERIFY(journal.open(QIODevice::ReadOnly));
    int entries = 0;
    static const QRegularExpression dated(QStringLiteral("^(\\d{4})/(\\d{2})/(\\d{2}) \\* \\("));
    for (const QString &line : QString::fromUtf8(journal.readAll()).split(QLatin1Char('\n'))) {
        const auto m = dated.match(line);
        if (m.hasMatch()) {
            QCOMPARE(m.captured(1) + m.captured(2), QStringLiteral("202703"));
            ++entries;
        }
    }
    QVERIFY(entries > 10);
    QVERIFY(courtyard({QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--format"), QStringLiteral("ledger"), QStringLiteral("--from"),
                       QStringLiteral("2027-03-31"), QStringLiteral("--to"), QStringLiteral("2027-03-01")})
                .exit == 3);
    QVERIFY(courtyard({QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--format"), QStringLiteral("beancount")}).exit == 3);
}

void TestBooks::financialReport()
{
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const QString from = QStringLiteral("2027-01-01");
    Run r = courtyard({QStringLiteral("report"), QStringLiteral("financial"), QStringLiteral("--from"), from, QStringLiteral("--to"),
                       m_lastDay.toString(Qt::ISODate), QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/Type /Page"));
    // The whole ledger's period: income is what every Income account's credits came to, as the
    // trial balance (another path: the account totals) has it.
    const std::map<QString, qint64> balances = trialBalance();
    qint64 income = 0;
    qint64 expenses = 0;
    for (const auto &[account, balance] : balances) {
        if (account.startsWith(QLatin1String("Income:"))) {
            income -= balance;
        } else if (account.startsWith(QLatin1String("Expenses:"))) {
            expenses += balance;
        }
    }
    const QJsonObject json = r.json();
    QCOMPARE(qint64(json.value(QStringLiteral("income_total")).toInteger()), income);
    QCOMPARE(qint64(json.value(QStringLiteral("expenses_total")).toInteger()), expenses);
    QVERIFY(income > 0);
    QCOMPARE(json.value(QStringLiteral("language")).toString(), QStringLiteral("en"));

    // --language: the same figures in Arabic; a language without a report is refused, no file.
    const QString arabic = m_dir.filePath(QStringLiteral("report-ar.pdf"));
    r = courtyard({QStringLiteral("report"), QStringLiteral("financial"), QStringLiteral("--from"), from, QStringLiteral("--to"),
                   m_lastDay.toString(Qt::ISODate), QStringLiteral("--pdf"), arabic, QStringLiteral("--language"), QStringLiteral("ar"),
                   QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("language")).toString(), QStringLiteral("ar"));
    QCOMPARE(qint64(r.json().value(QStringLiteral("income_total")).toInteger()), income);
    QVERIFY(QFileInfo(arabic).size() > 0);
    const QString french = m_dir.filePath(QStringLiteral("report-fr.pdf"));
    r = courtyard({QStringLiteral("report"), QStringLiteral("financial"), QStringLiteral("--from"), from, QStringLiteral("--to"),
                   m_lastDay.toString(Qt::ISODate), QStringLiteral("--pdf"), french, QStringLiteral("--language"), QStringLiteral("fr")});
    QVERIFY(r.exit != 0);
    QVERIFY2(r.err.contains("--language is one of en, zh_CN, ja, ar"), r.err.constData());
    QVERIFY(!QFileInfo::exists(french));

    // The document's text, as printed.
    auto store = store::Store::open(m_db, readOnly());
    QVERIFY(store.has_value());
    auto figures = financialFigures(**store, QDate(2027, 1, 1), m_lastDay);
    QVERIFY(figures.has_value());
    QCOMPARE(figures->income, income);
    // Funds start at zero before the first day and end at the trial balance's (credit) balance.
    for (const auto &[account, pair] : figures->funds) {
        QCOMPARE(pair.first, qint64(0));
        QCOMPARE(pair.second, -balances.at(account));
    }
    // Cash and bank: nothing before the first day; at the end what the trial balance says.
    for (const auto &[account, pair] : figures->cash) {
        QCOMPARE(pair.first, qint64(0));
        QCOMPARE(pair.second, balances.at(account));
    }
    QVERIFY(figures->cash.count(QStringLiteral("Assets:Bank")) == 1);
    // From March on, the bank's opening balance is what hledger finds before March 1st in the
    // exported journal (another reader, another path: the journal, not the report's sums).
    auto march = financialFigures(**store, QDate(2027, 3, 1), m_lastDay);
    QVERIFY(march.has_value());
    QProcess hledger;
    hledger.start(QStringLiteral("hledger"), {QStringLiteral("-f"), m_dir.filePath(QStringLiteral("books.hledger.journal")), QStringLiteral("balance"),
                                              QStringLiteral("Assets:Bank"), QStringLiteral("-e"), QStringLiteral("2027-03-01"), QStringLiteral("--flat"),
                                              QStringLiteral("--no-total"), QStringLiteral("-O"), QStringLiteral("csv")});
    QVERIFY(hledger.waitForFinished(60000));
    const QString opening = QString::fromUtf8(hledger.readAllStandardOutput());
    static const QRegularExpression bank(QStringLiteral("\"Assets:Bank\",\"(-?)([0-9]+)\\.([0-9]{2}) CNY\""));
    const auto m = bank.match(opening);
    QVERIFY2(m.hasMatch(), qPrintable(opening));
    const qint64 fen = (m.captured(2).toLongLong() * 100 + m.captured(3).toLongLong()) * (m.captured(1).isEmpty() ? 1 : -1);
    QCOMPARE(march->cash.at(QStringLiteral("Assets:Bank")).first, fen);
    QVERIFY(fen > 0);
    QCOMPARE(march->cash.at(QStringLiteral("Assets:Bank")).second, balances.at(QStringLiteral("Assets:Bank")));

    auto report = financialReportDocument(*figures);
    CY_VERIFY_OK(report);
    std::unique_ptr<QTextDocument> document = std::move(*report);
    const QString text = document->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Financial report")));
    QVERIFY(text.contains(QStringLiteral("Courtyard Demo Gardens")));
    QVERIFY(text.contains(QStringLiteral("Income by kind")));
    QVERIFY(text.contains(QStringLiteral("Rent")));
    QVERIFY(text.contains(QStringLiteral("Expenses by category")));
    QVERIFY(text.contains(QStringLiteral("Fund balances")));
    QVERIFY(text.contains(QStringLiteral("Arrears")));
    QVERIFY(text.contains(money::Money::fromMinor(income, figures->currency)->format(QLocale(QLocale::English))));
    // No names and no resident ids in it: units only.
    QVERIFY(!text.contains(QStringLiteral("Wang Fang")));
    const QImage page = renderFirstPage(*document, 80);
    QVERIFY(page.save(QStringLiteral(COURTYARD_ACCOUNTING_SHOTS "/financial-report.png")));
}

void TestBooks::arrearsAndLetters()
{
    const QString asOf = m_lastDay.toString(Qt::ISODate);
    Run r = courtyard({QStringLiteral("arrears"), QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray units = r.json().value(QStringLiteral("units")).toArray();
    QVERIFY(!units.isEmpty());
    qint64 owed = 0;
    for (const QJsonValue &u : units) {
        // Each unit's buckets add up to what it owes; its invoices are all past due.
        const qint64 unitOwed = u[QStringLiteral("owed")].toInteger();
        QCOMPARE(u[QStringLiteral("days_1_30")].toInteger() + u[QStringLiteral("days_31_60")].toInteger() +
                     u[QStringLiteral("days_61_90")].toInteger() + u[QStringLiteral("over_90")].toInteger(),
                 unitOwed);
        qint64 sum = 0;
        for (const QJsonValue &i : u[QStringLiteral("invoices")].toArray()) {
            QVERIFY(i[QStringLiteral("days")].toInt() > 0);
            sum += i[QStringLiteral("open")].toInteger();
        }
        QCOMPARE(sum, unitOwed);
        owed += unitOwed;
    }
    QCOMPARE(r.json().value(QStringLiteral("owed")).toInteger(), owed);

    // Letters in each language, from the directory's language of the unit.
    const QString first = units[0][QStringLiteral("unit")].toString();
    for (const QString &language : letterLanguages()) {
        const QString dir = m_dir.filePath(QStringLiteral("letters-") + language);
        r = courtyard({QStringLiteral("arrears"), QStringLiteral("--as-of"), asOf, QStringLiteral("--letters"), dir, QStringLiteral("--language"), language,
                       QStringLiteral("--contact"), QStringLiteral("+86 21 5555 0101"), QStringLiteral("--json")});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("letters")).toArray().size(), units.size());
        QFile pdf(QDir(dir).filePath(QStringLiteral("reminder-%1-%2.pdf").arg(first, language)));
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(pdf.fileName()));
        QVERIFY(pdf.readAll().startsWith("%PDF-"));
    }
    QVERIFY(courtyard({QStringLiteral("arrears"), QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("--letters"), m_dir.path()}).exit != 0);

    // Every sentence of the letter is translated (Arabic keeps the month format "MMMM yyyy").
    const QStringList english = *letterSentences(QStringLiteral("en"));
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("ja"), QStringLiteral("ar")}) {
        const QStringList translated = *letterSentences(language);
        QCOMPARE(translated.size(), english.size());
        for (int i = 0; i < english.size(); ++i) {
            if (english[i] == QLatin1String("MMMM yyyy") && language == QLatin1String("ar")) {
                continue;
            }
            QVERIFY2(translated[i] != english[i], qPrintable(language + QStringLiteral(": ") + english[i]));
        }
    }

    // The Arabic letter: right to left, its words and Arabic digits; one page to look at.
    auto store = store::Store::open(m_db, readOnly());
    QVERIFY(store.has_value());
    auto report = arrears((*store)->state(), m_lastDay);
    QVERIFY(report.has_value() && !report->units.empty());
    LetterInput input;
    input.language = QStringLiteral("ar");
    input.community = QStringLiteral("Courtyard Demo Gardens");
    input.unit = report->units[0].unit;
    input.currency = *money::currencyByCode(u"CNY");
    input.arrears = report->units[0];
    input.date = m_lastDay;
    input.contact = QStringLiteral("+86 21 5555 0101");
    for (const QString &language : letterLanguages()) {
        input.language = language;
        auto letter = reminderLetterDocument(input);
        QVERIFY(letter.has_value());
        const QString text = (*letter)->toPlainText();
        QVERIFY(text.contains(input.unit));
        const QImage page = renderFirstPage(**letter, 100);
        QVERIFY(page.save(QStringLiteral(COURTYARD_ACCOUNTING_SHOTS "/letter-%1.png").arg(language)));
        if (language == QLatin1String("ar")) {
            QVERIFY(text.contains(QString::fromUtf8("تذكير بالدفع")));
            QVERIFY(text.contains(QString::fromUtf8("إجمالي المتأخرات")));
            QCOMPARE((*letter)->defaultTextOption().textDirection(), Qt::RightToLeft);
        } else if (language == QLatin1String("zh_CN")) {
            QVERIFY(text.contains(QString::fromUtf8("缴费提醒")));
        } else if (language == QLatin1String("ja")) {
            QVERIFY(text.contains(QString::fromUtf8("お支払いのお願い")));
        } else {
            QVERIFY(text.contains(QStringLiteral("Payment reminder")));
            QVERIFY(text.contains(QStringLiteral("Total overdue")));
        }
    }
}

QTEST_MAIN(TestBooks)
#include "tst_books.moc"
