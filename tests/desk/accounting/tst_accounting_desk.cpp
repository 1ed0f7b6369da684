// The manager's accounting pages on the demo community through a real DeviceCore (real SQLite,
// real contracts): the bank import's view model (open, correct, post, posted lines marked, the
// same file again, the contract's refusal of a reference already used), a CSV's mapping asked
// once, the arrears and letters, the exports; then the pages (CourtyardDesk.Accounting) in a
// QQuickView — the import flow driven with the mouse and keyboard — with screenshots in English
// and Arabic written to <build>/desk-screenshots/accounting/.
#include "app/cli/demo.h"
#include "app/desk/accounting/accounting_desk.h"
#include "contracts/payments.h"
#include "contracts/standard.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CourtyardDesk_AccountingPlugin)

using namespace courtyard;
using namespace courtyard::desk::accounting;
using courtyard::accounting::BankLineModel;

namespace {

const QString kCamt = QStringLiteral(COURTYARD_ACCOUNTING_DATA "/statement-2027-03.camt053.xml");
const QString kCsv = QStringLiteral(COURTYARD_ACCOUNTING_DATA "/statement-2027-03-de.csv");

} // namespace

class TstAccountingDesk : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<device::DeviceCore> m_core;
    std::unique_ptr<AccountingDesk> m_desk;
    QDate m_lastDay;

    int rowOfLine(int line)
    {
        QAbstractItemModel *m = m_desk->bankLines();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->data(m->index(r, BankLineModel::Line)).toInt() == line) {
                return r;
            }
        }
        return -1;
    }
    QString statusOfLine(int line)
    {
        QAbstractItemModel *m = m_desk->bankLines();
        return m->data(m->index(rowOfLine(line), 0), BankLineModel::StatusRole).toString();
    }

    QTranslator m_translator;

    void setLanguage(bool arabic)
    {
        QCoreApplication::removeTranslator(&m_translator);
        QVERIFY(m_translator.load(AccountingDesk::translationFile(arabic ? QStringLiteral("ar") : QStringLiteral("en"))));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(arabic ? QLocale(QLocale::Arabic, QLocale::Egypt) : QLocale(QLocale::English, QLocale::UnitedStates));
        QGuiApplication::setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
        m_desk->refresh();
    }

    std::unique_ptr<QQuickView> show(const QString &page)
    {
        auto view = std::make_unique<QQuickView>();
        view->engine()->addImportPath(QStringLiteral("qrc:/qt/qml"));
        view->setInitialProperties({{QStringLiteral("backend"), QVariant::fromValue<QObject *>(m_desk.get())}});
        view->setResizeMode(QQuickView::SizeRootObjectToView);
        view->resize(1400, 800);
        view->setSource(QUrl(QStringLiteral("qrc:/qt/qml/CourtyardDesk/Accounting/%1.qml").arg(page)));
        if (view->status() != QQuickView::Ready) {
            for (const QQmlError &e : view->errors()) {
                qWarning().noquote() << e.toString();
            }
            return nullptr;
        }
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get())) {
            return nullptr;
        }
        return view;
    }

    static bool save(QQuickView &view, const QString &name)
    {
        QTest::qWait(150);
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        const QImage image = view.grabWindow();
        return !image.isNull() && image.save(QStringLiteral(SCREENSHOT_DIR "/%1.png").arg(name));
    }

    template <typename T = QQuickItem>
    static T *find(QQuickView &view, const char *name)
    {
        return view.rootObject()->findChild<T *>(QString::fromLatin1(name));
    }

    static void click(QQuickView &view, QQuickItem *item)
    {
        QVERIFY(item);
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    }

private Q_SLOTS:
    void initTestCase()
    {
        crypto::initialize();
        QVERIFY(m_dir.isValid());
        cli::DemoOptions options;
        options.ledgerPath = m_dir.filePath(QStringLiteral("desk.ledger"));
        options.transactions = 500;
        auto community = cli::buildDemoCommunity(options, cli::demoKeys(options.seed));
        QVERIFY2(community.has_value(), community ? "" : qPrintable(community.error().message));
        const quint64 tip = community->ledger->store().tip()->header.timeMs;
        m_lastDay = community->ledger->engine().genesis().localDate(tip);
        m_core = std::make_unique<device::DeviceCore>(std::move(community->registry), std::move(community->ledger),
                                                      std::move(cli::demoKeys(options.seed).manager));
        m_core->setClock([tip] { return tip + 60000; });
        QVERIFY(m_core->start().has_value());
        m_desk = std::make_unique<AccountingDesk>(*m_core, m_dir.filePath(QStringLiteral("data")));
        m_desk->setToday(m_lastDay);
        setLanguage(false);
    }

    void importPostsOnce()
    {
        QVERIFY2(m_desk->openStatement(QUrl::fromLocalFile(kCamt).toString()), qPrintable(m_desk->message()));
        QCOMPARE(m_desk->bankLines()->rowCount(), 6);
        QVERIFY(!m_desk->mappingNeeded());
        QCOMPARE(statusOfLine(5), QStringLiteral("debit"));
        QCOMPARE(statusOfLine(6), QStringLiteral("foreign-currency"));
        // Line 1 names 1-0101: a candidate.
        QVERIFY(m_desk->candidates(rowOfLine(1)).join(QLatin1Char(' ')).contains(QStringLiteral("1-0101")));
        // A debit cannot be chosen; a unit that does not exist neither.
        QVERIFY(!m_desk->choose(rowOfLine(5), QStringLiteral("1-0101")));
        QVERIFY(!m_desk->choose(rowOfLine(1), QStringLiteral("9-9999")));
        // The manager chooses 1-0101 for line 1 and 1-0102 for line 2; only those are matched.
        QVERIFY(m_desk->choose(rowOfLine(1), QStringLiteral("1-0101 (35%)")));
        QVERIFY(m_desk->choose(rowOfLine(2), QStringLiteral("1-0102")));
        QCOMPARE(statusOfLine(1), QStringLiteral("matched"));
        const int postable = m_desk->postableCount();
        QVERIFY(postable >= 2);
        const int posted = m_desk->postMatched();
        QCOMPARE(posted, postable);
        // In the outbox, signed as payment.bank version 2; the local state has them booked.
        auto outbox = m_core->store().outbox();
        QVERIFY(outbox.has_value());
        int bank = 0;
        for (const store::OutboxEntry &e : *outbox) {
            auto tx = ledger::Transaction::decode(e.bytes);
            if (tx && tx->body().kind == QLatin1String("payment.bank")) {
                QCOMPARE(tx->body().kindVersion, quint32(2));
                ++bank;
            }
        }
        QCOMPARE(bank, posted);
        QCOMPARE(statusOfLine(1), QStringLiteral("posted"));
        QCOMPARE(statusOfLine(2), QStringLiteral("posted"));
        QCOMPARE(m_desk->postMatched(), 0);
        // The same file again: still posted.
        QVERIFY(m_desk->openStatement(kCamt));
        QCOMPARE(statusOfLine(1), QStringLiteral("posted"));
        QVERIFY(!m_desk->choose(rowOfLine(1), QStringLiteral("1-0102")));
        // The contract refuses the reference, whoever signs it.
        auto again = m_core->submit(QStringLiteral("payment.bank"),
                                    cbor::Value::fromMap({{QStringLiteral("unit"), cbor::Value::fromText(QStringLiteral("1-0102"))},
                                                          {QStringLiteral("amount"), cbor::Value::fromInt(300000)},
                                                          {QStringLiteral("reference"), cbor::Value::fromText(QStringLiteral("2027030500001"))}}),
                                    contracts::kBankPaymentVersion);
        QVERIFY(again.has_value());
        QVERIFY(!again->has_value());
        QCOMPARE(again->error().code, QStringLiteral("bank-reference-used"));
        // The payer's account is remembered.
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data/bank-payers.json"))));
    }

    void csvMappingAskedOnce()
    {
        QVERIFY(m_desk->openStatement(kCsv));
        QVERIFY(m_desk->mappingNeeded());
        QVERIFY(m_desk->csvColumns().contains(QStringLiteral("Buchungstag")));
        QCOMPARE(m_desk->bankLines()->rowCount(), 0);
        // A mapping that misses the booking id is refused, and says so.
        QVERIFY(!m_desk->applyMapping({{QStringLiteral("date"), QStringLiteral("Buchungstag")}}));
        const QVariantMap mapping{{QStringLiteral("delimiter"), QStringLiteral(";")},     {QStringLiteral("encoding"), QStringLiteral("ISO-8859-1")},
                                  {QStringLiteral("decimal-comma"), QStringLiteral("yes")}, {QStringLiteral("date-format"), QStringLiteral("dd.MM.yyyy")},
                                  {QStringLiteral("date"), QStringLiteral("Buchungstag")},  {QStringLiteral("amount"), QStringLiteral("Betrag")},
                                  {QStringLiteral("currency"), QString::fromUtf8("Währung")}, {QStringLiteral("reference"), QStringLiteral("Verwendungszweck")},
                                  {QStringLiteral("payer-name"), QStringLiteral("Auftraggeber")}, {QStringLiteral("payer-account"), QStringLiteral("IBAN")},
                                  {QStringLiteral("booking-id"), QStringLiteral("Referenz")}};
        QVERIFY2(m_desk->applyMapping(mapping), qPrintable(m_desk->message()));
        QCOMPARE(m_desk->bankLines()->rowCount(), 3);
        QVERIFY(m_desk->openStatement(kCsv));
        QVERIFY(!m_desk->mappingNeeded());
        QCOMPARE(m_desk->bankLines()->rowCount(), 3);
    }

    void arrearsLettersAndExports()
    {
        QVERIFY(m_desk->arrears()->rowCount() > 0);
        QVERIFY(!m_desk->arrearsSummary().isEmpty());
        const QString letters = m_dir.filePath(QStringLiteral("letters"));
        QCOMPARE(m_desk->writeLetters(letters, QStringLiteral("ar")), m_desk->arrears()->rowCount());
        QCOMPARE(QDir(letters).entryList({QStringLiteral("*.pdf")}).size(), m_desk->arrears()->rowCount());
        QVERIFY(m_desk->exportJournal(m_dir.filePath(QStringLiteral("j.journal")), QStringLiteral("hledger"), QString(), QString()));
        QVERIFY(m_desk->exportFinancialReport(m_dir.filePath(QStringLiteral("r.pdf")), QStringLiteral("2027-01-01"), m_lastDay.toString(Qt::ISODate)));
        QVERIFY(!m_desk->exportFinancialReport(m_dir.filePath(QStringLiteral("r.pdf")), QStringLiteral("January"), QString()));
        // The report is written in the desk's language: the PDF's title (UTF-16BE in its
        // information dictionary) is the report's title in that language.
        const auto title = [](const QString &path) {
            QFile pdf(path);
            return pdf.open(QIODevice::ReadOnly) ? pdf.readAll() : QByteArray();
        };
        const auto utf16be = [](const QString &text) {
            QByteArray bytes;
            for (const QChar c : text) {
                bytes.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
            }
            return bytes;
        };
        QCOMPARE(m_desk->reportLanguage(), QStringLiteral("en"));
        QVERIFY(title(m_dir.filePath(QStringLiteral("r.pdf"))).contains(utf16be(QStringLiteral("Financial report"))));
        setLanguage(true);
        QCOMPARE(m_desk->reportLanguage(), QStringLiteral("ar"));
        QVERIFY2(m_desk->exportFinancialReport(m_dir.filePath(QStringLiteral("r-ar.pdf")), QStringLiteral("2027-01-01"), m_lastDay.toString(Qt::ISODate)),
                 qPrintable(m_desk->message()));
        QVERIFY(title(m_dir.filePath(QStringLiteral("r-ar.pdf"))).contains(utf16be(QStringLiteral("التقرير المالي"))));
        QVERIFY(!title(m_dir.filePath(QStringLiteral("r-ar.pdf"))).contains(utf16be(QStringLiteral("Financial report"))));
        setLanguage(false);
        // A language asked for explicitly wins; one without a report is refused.
        QVERIFY(m_desk->exportFinancialReport(m_dir.filePath(QStringLiteral("r-ja.pdf")), QStringLiteral("2027-01-01"), m_lastDay.toString(Qt::ISODate),
                                              QStringLiteral("ja")));
        QVERIFY(title(m_dir.filePath(QStringLiteral("r-ja.pdf"))).contains(utf16be(QStringLiteral("財務報告書"))));
        QVERIFY(!m_desk->exportFinancialReport(m_dir.filePath(QStringLiteral("r-fr.pdf")), QStringLiteral("2027-01-01"), m_lastDay.toString(Qt::ISODate),
                                               QStringLiteral("fr")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("r-fr.pdf"))));
        QVERIFY(m_desk->exportCsv(QStringLiteral("arrears"), m_dir.filePath(QStringLiteral("a.csv"))));
        QFile csv(m_dir.filePath(QStringLiteral("a.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), qsizetype(m_desk->arrears()->rowCount() + 1));
        // Sorted by what is owed, most first: the raw amounts, not their text.
        m_desk->sortArrears(3, true);
        QAbstractItemModel *a = m_desk->arrears();
        for (int r = 1; r < a->rowCount(); ++r) {
            QVERIFY(a->data(a->index(r - 1, 3), courtyard::accounting::kSortRole).toLongLong() >=
                    a->data(a->index(r, 3), courtyard::accounting::kSortRole).toLongLong());
        }
    }

    void translationsFinished()
    {
        // Every message of the three languages is translated (lrelease drops unfinished ones:
        // a source with no translation gives back nothing), checked on a few of each context.
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("ja"), QStringLiteral("ar")}) {
            QTranslator t;
            QVERIFY(t.load(AccountingDesk::translationFile(language)));
            for (const auto &[context, source] : std::initializer_list<std::pair<const char *, const char *>>{
                     {"BankImportPage", "Use this unit"},
                     {"ArrearsPage", "Write the letters"},
                     {"ReportsPage", "Financial report (PDF)"},
                     {"courtyard::accounting::BankLineModel", "Confidence"},
                     {"courtyard::accounting::ArrearsModel", "Owing since"},
                     {"courtyard::accounting", "posted"}}) {
                QVERIFY2(!t.translate(context, source).isEmpty(), qPrintable(language + QLatin1Char(' ') + QLatin1String(source)));
            }
            QVERIFY(!t.translate("courtyard::desk::accounting::AccountingDesk", "%n payment(s) signed and queued for the server.", nullptr, 3).isEmpty());
        }
        QTranslator ar;
        QVERIFY(ar.load(AccountingDesk::translationFile(QStringLiteral("ar"))));
        QCOMPARE(ar.translate("courtyard::accounting::BankLineModel", "Status"), QString::fromUtf8("الحالة"));
    }

    // The selected statement line stays selected while the lines move under it (sorted by any
    // column either way, matched again): the highlight, "Line n is for" and what "Use this unit"
    // acts on are that line. Another statement starts with nothing selected.
    void bankSelectionFollowsItsLine()
    {
        setLanguage(false);
        auto view = show(QStringLiteral("BankImportPage"));
        QVERIFY(view);
        find(*view, "fileField")->setProperty("text", kCamt);
        click(*view, find(*view, "openButton"));
        QTRY_COMPARE(m_desk->bankLines()->rowCount(), 6);
        auto *table = find<QObject>(*view, "bankTable");
        auto *label = find<QObject>(*view, "lineLabel");
        QVERIFY(table && label);
        const int row = rowOfLine(3);
        QVERIFY(QMetaObject::invokeMethod(table, "select", Q_ARG(QVariant, row))); // as a click or the arrow keys do
        QCOMPARE(table->property("currentRow").toInt(), row);
        const auto onLine3 = [&](const QString &when) {
            const int current = table->property("currentRow").toInt();
            const QString text = label->property("text").toString();
            if (m_desk->bankLineAt(current) != 3 || text != QStringLiteral("Line 3 is for")) {
                return QStringLiteral("%1: row %2 (line %3) selected, \"%4\"").arg(when).arg(current).arg(m_desk->bankLineAt(current)).arg(text);
            }
            return QString();
        };
        for (int column = 0; column < m_desk->bankLines()->columnCount(); ++column) {
            for (const bool descending : {true, false}) {
                QMetaObject::invokeMethod(table, "sortRequested", Q_ARG(int, column), Q_ARG(bool, descending)); // as the header's click does
                const QString problem = onLine3(QStringLiteral("column %1 %2").arg(column).arg(descending ? QStringLiteral("down") : QStringLiteral("up")));
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
        }
        // Matched again (as after a refresh): still line 3.
        m_desk->refresh();
        QString problem = onLine3(QStringLiteral("refreshed"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Another statement: nothing selected.
        find(*view, "fileField")->setProperty("text", kCamt);
        click(*view, find(*view, "openButton"));
        QTRY_COMPARE(table->property("currentRow").toInt(), -1);
        QCOMPARE(label->property("text").toString(), QStringLiteral("Line – is for"));
        // Back in the statement's order, for the pages that follow (the screenshots).
        QMetaObject::invokeMethod(table, "sortRequested", Q_ARG(int, 0), Q_ARG(bool, false));
        QCOMPARE(m_desk->bankLineAt(0), 1);
        QCOMPARE(m_desk->bankLineAt(5), 6);
    }

    void pages()
    {
        for (const bool arabic : {false, true}) {
            setLanguage(arabic);
            const QString suffix = arabic ? QStringLiteral("-ar") : QStringLiteral("-en");
            {
                auto view = show(QStringLiteral("BankImportPage"));
                QVERIFY(view);
                // Type the statement's path and open it with the button.
                auto *field = find(*view, "fileField");
                QVERIFY(field);
                field->setProperty("text", kCamt);
                click(*view, find(*view, "openButton"));
                QTRY_COMPARE(m_desk->bankLines()->rowCount(), 6);
                // The header and the statuses in the page's language.
                QCOMPARE(m_desk->bankLines()->headerData(6, Qt::Horizontal).toString(),
                         arabic ? QString::fromUtf8("الحالة") : QStringLiteral("Status"));
                QVERIFY(save(*view, QStringLiteral("bank-import") + suffix));
            }
            {
                auto view = show(QStringLiteral("BankImportPage"));
                QVERIFY(view);
                QVERIFY(m_desk->openStatement(QStringLiteral(COURTYARD_ACCOUNTING_DATA "/statement-2027-03-de.csv")));
                QVERIFY(save(*view, QStringLiteral("bank-import-csv") + suffix));
            }
            {
                auto view = show(QStringLiteral("ArrearsPage"));
                QVERIFY(view);
                QVERIFY(save(*view, QStringLiteral("arrears") + suffix));
            }
            {
                auto view = show(QStringLiteral("ReportsPage"));
                QVERIFY(view);
                find(*view, "fromField")->setProperty("text", QStringLiteral("2027-01-01"));
                find(*view, "toField")->setProperty("text", m_lastDay.toString(Qt::ISODate));
                find(*view, "folderField")->setProperty("text", m_dir.path());
                click(*view, find(*view, "pdfButton"));
                QTRY_VERIFY(QFile::exists(m_dir.filePath(QStringLiteral("financial-report.pdf"))));
                QVERIFY(save(*view, QStringLiteral("reports") + suffix));
            }
        }
        setLanguage(false);
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_core.reset();
    }
};

QTEST_MAIN(TstAccountingDesk)
#include "tst_accounting_desk.moc"
