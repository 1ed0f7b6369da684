// The desk's forms answer in the desk's language: a form is built through the CLI's payload layer
// (desk::buildForm -> cli::usageProblem, cli::buildPayload), whose words are in
// translations/cli_<lang>.ts, and DeskLanguage installs :/i18n/cli_<lang>.qm with the desk's own.
// A payment with an amount that is not one, and one with no amount, on the embedded demo (CNY),
// in each language and in English again after. Every expected text is written out here.

#include "app/desk/backend/demo.h"
#include "app/desk/backend/payload.h"
#include "app/desk/ui/desk_ui.h"
#include "tests/desk/demo_desk_fixture.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace courtyard;

class TestDeskFormLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedInTheDesksLanguage_data();
    void refusedInTheDesksLanguage();
    void englishAgainAfterwards();
    void cleanupTestCase();

private:
    QString refusal(const desk::FormValues &values);

    QTemporaryDir m_dir;
    std::unique_ptr<desk::Desk> m_desk;
};

namespace {

const desk::FormValues kCommaAmount{{QStringLiteral("unit"), QStringLiteral("12-0301")},
                                    {QStringLiteral("amount"), QStringLiteral("25,00")},
                                    {QStringLiteral("receipt"), QStringLiteral("R-2027-0042")}};
const desk::FormValues kNoAmount{{QStringLiteral("unit"), QStringLiteral("12-0301")},
                                 {QStringLiteral("receipt"), QStringLiteral("R-2027-0042")}};

// CNY has 2 decimals: the example amount is 1234 * 100 + 100 / 2 = 123450 fen, "1234.50".
const QString kEnglishAmount =
    QStringLiteral("--amount: '25,00' is not an amount: write digits, with a '.' before the decimals, like 1234.50");
const QString kEnglishMissing =
    QStringLiteral("payment cash needs --amount AMOUNT: an amount in the community's currency, like 4500.00");

} // namespace

QString TestDeskFormLanguage::refusal(const desk::FormValues &values)
{
    auto built = desk::buildForm(*m_desk->core(), QStringLiteral("payment.cash"), values);
    if (built) {
        return QStringLiteral("(the form was accepted)");
    }
    return built.error().message;
}

void TestDeskFormLanguage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    auto opened = testing::openTestDemoDesk(m_dir.path());
    if (!opened) {
        QFAIL(qPrintable(opened.error().message));
    }
    m_desk = std::move(*opened);
    QVariantMap manager;
    for (const QVariant &v : m_desk->demoIdentities()) {
        if (v.toMap().value(QStringLiteral("label")).toString() == QLatin1String("Demo manager")) {
            manager = v.toMap();
        }
    }
    QVERIFY(!manager.isEmpty());
    QVERIFY2(m_desk->signIn(manager.value(QStringLiteral("keyFile")).toString(), manager.value(QStringLiteral("passphrase")).toString()),
             qPrintable(m_desk->message()));
    QVERIFY(m_desk->core());
    QCOMPARE(refusal(kCommaAmount), kEnglishAmount);
    QCOMPARE(refusal(kNoAmount), kEnglishMissing);
}

void TestDeskFormLanguage::refusedInTheDesksLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("missing");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << QStringLiteral("--amount: “25,00”不是金额：请用半角数字填写，小数前用 '.'，例如 1234.50")
                           << QStringLiteral("payment cash 需要 --amount AMOUNT：以社区货币计的金额，例如 4500.00");
    QTest::newRow("ja") << QStringLiteral("ja")
                        << QStringLiteral("--amount: 「25,00」は金額ではありません。半角数字で入力し、小数の前には '.' を使ってください（例：1234.50）")
                        << QStringLiteral("payment cash には --amount AMOUNT が必要です：コミュニティの通貨での金額（例：4500.00）");
    QTest::newRow("ar") << QStringLiteral("ar")
                        << QStringLiteral("--amount: «25,00» ليس مبلغًا: اكتب بالأرقام 0-9، مع '.' قبل الكسور العشرية، مثل 1234.50")
                        << QStringLiteral("يحتاج payment cash إلى --amount AMOUNT: مبلغ بعملة المجتمع، مثل 4500.00");
}

void TestDeskFormLanguage::refusedInTheDesksLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, amount);
    QFETCH(QString, missing);
    QVERIFY(desk::ui::DeskLanguage::instance()->setLanguage(language));
    QCOMPARE(refusal(kCommaAmount), amount);
    QCOMPARE(refusal(kNoAmount), missing);
}

void TestDeskFormLanguage::englishAgainAfterwards()
{
    QVERIFY(desk::ui::DeskLanguage::instance()->setLanguage(QStringLiteral("ar")));
    QVERIFY(desk::ui::DeskLanguage::instance()->setLanguage(QStringLiteral("en")));
    QCOMPARE(refusal(kCommaAmount), kEnglishAmount);
    QCOMPARE(refusal(kNoAmount), kEnglishMissing);
}

void TestDeskFormLanguage::cleanupTestCase()
{
    desk::ui::DeskLanguage::instance()->setLanguage(QStringLiteral("en"));
    m_desk.reset();
}

QTEST_MAIN(TestDeskFormLanguage)
#include "tst_desk_form_language.moc"
