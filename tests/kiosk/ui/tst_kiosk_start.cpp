// The real window (Main.qml) over a kiosk that opens in the background (KioskStartup): a card
// read on the start screen while the ledger and key open is handled once when ready — the shell
// comes up on that resident's PIN screen — and a kiosk that cannot open shows its error there.
// Real ledger (tests/kiosk/backend/kiosk_fixture.h), real Argon2id key file, offscreen window.

#include "app/kiosk/backend/startup.h"
#include "app/kiosk/ui/kiosk_ui.h"
#include "tests/kiosk/backend/kiosk_fixture.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CourtyardKioskPlugin)

using namespace courtyard;
using namespace courtyard::testing;

namespace {

// What a keyboard-wedge reader types: the digits, then Enter.
void typeCard(QWindow *window, const QString &card)
{
    for (const QChar c : card) {
        QTest::keyClick(window, c.toLatin1());
    }
    QTest::keyClick(window, Qt::Key_Return);
}

} // namespace

class TstKioskStart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cardReadWhileLoadingOpensItsPinScreen();
    void failureShownInTheWindow();

private:
    kiosk::KioskConfig writeConfig(const QString &name, const QByteArray &passphrase);
    QQuickWindow *load(QQmlApplicationEngine &engine);

    QTemporaryDir m_dir;
    KioskCommunity m_community;
    QString m_base;
};

void TstKioskStart::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("base.db"));
    const QString problem = m_community.build(m_base);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

kiosk::KioskConfig TstKioskStart::writeConfig(const QString &name, const QByteArray &passphrase)
{
    const QString dir = m_dir.filePath(name);
    CY_ASSERT(QDir().mkpath(dir));
    const auto write = [&](const QString &file, const QByteArray &bytes) {
        QFile f(dir + QLatin1Char('/') + file);
        CY_ASSERT(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    auto sealed = crypto::sealKeyFile(keyFor("kiosk-test kiosk"), "kiosk passphrase", QStringLiteral("lobby kiosk"), crypto::KdfStrength::Interactive);
    CY_ASSERT(sealed.has_value());
    write(QStringLiteral("kiosk.key"), *sealed);
    write(QStringLiteral("passphrase"), passphrase + "\n");
    CY_ASSERT(QFile::copy(m_base, dir + QStringLiteral("/ledger.db")));
    write(QStringLiteral("kiosk.ini"), "[kiosk]\nledger=ledger.db\nkey=kiosk.key\npassphrase_file=passphrase\nstaff_pin_hash=" + *crypto::hashPin("8642") + "\n");
    auto config = kiosk::loadKioskConfig(dir + QStringLiteral("/kiosk.ini"));
    CY_ASSERT(config.has_value());
    return *config;
}

QQuickWindow *TstKioskStart::load(QQmlApplicationEngine &engine)
{
    kiosk::ui::prepareEngine(engine);
    engine.setInitialProperties({{QStringLiteral("fullScreen"), false}});
    engine.load(kiosk::ui::mainQmlUrl());
    return engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}

void TstKioskStart::cardReadWhileLoadingOpensItsPinScreen()
{
    kiosk::KioskStartup startup(writeConfig(QStringLiteral("card"), "kiosk passphrase"), std::make_unique<kiosk::SimulatedTerminal>());
    kiosk::ui::setStartup(&startup);
    int stageChanges = 0;
    connect(&startup, &kiosk::KioskStartup::opened, this, [&](kiosk::Kiosk *k) {
        connect(k->session(), &kiosk::KioskSession::stageChanged, this, [&] { ++stageChanges; });
    });
    {
        QQmlApplicationEngine engine;
        QQuickWindow *window = load(engine);
        QVERIFY(window);
        // Still loading (its result waits in this thread's event queue): the start screen.
        QObject *shell = window->property("shell").value<QObject *>();
        QVERIFY(shell);
        QCOMPARE(shell->objectName(), QStringLiteral("startScreen"));
        QCOMPARE(shell->property("screen").toString(), QStringLiteral("welcome"));
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        // Opening begins now (the window is up: as in main(), where it begins before QML loads);
        // its result can come only through the event loop, after the card below.
        startup.begin();
        QVERIFY(startup.state() == QLatin1String("loading"));
        // The reader types the card and Enter into the window, as a keyboard wedge does.
        typeCard(window, kCard1);
        QCOMPARE(startup.pending(), QStringLiteral("card:") + kCard1);
        QTRY_VERIFY_WITH_TIMEOUT(window->property("shell").value<QObject *>()
                                     && window->property("shell").value<QObject *>()->objectName() == QLatin1String("shell"),
                                 60000);
        shell = window->property("shell").value<QObject *>();
        QTRY_COMPARE(shell->property("screen").toString(), QStringLiteral("pin"));
        QCOMPARE(startup.kiosk()->session()->unit(), QStringLiteral("1-0101"));
        QCOMPARE(stageChanges, 1);
        QVERIFY(startup.pending().isEmpty());
        QVERIFY(startup.kiosk()->idle()->active()); // the idle reset covers it as any session
        QTest::qWait(100);
        QCOMPARE(stageChanges, 1);
        // The shell takes the reader from here: back on welcome, a card goes to the session.
        startup.kiosk()->idle()->reset();
        QTRY_COMPARE(shell->property("screen").toString(), QStringLiteral("welcome"));
        typeCard(window, kCard2);
        QTRY_COMPARE(shell->property("screen").toString(), QStringLiteral("pin"));
        QCOMPARE(startup.kiosk()->session()->unit(), QStringLiteral("1-0102"));
        startup.kiosk()->idle()->reset();
    }
    kiosk::ui::setStartup(nullptr);
}

void TstKioskStart::failureShownInTheWindow()
{
    kiosk::KioskStartup startup(writeConfig(QStringLiteral("fail"), "not the passphrase"), std::make_unique<kiosk::SimulatedTerminal>());
    kiosk::ui::setStartup(&startup);
    startup.begin();
    {
        QQmlApplicationEngine engine;
        QQuickWindow *window = load(engine);
        QVERIFY(window);
        QObject *shell = window->property("shell").value<QObject *>();
        QVERIFY(shell);
        QTRY_COMPARE_WITH_TIMEOUT(shell->property("screen").toString(), QStringLiteral("error"), 60000);
        QQuickItem *error = window->findChild<QQuickItem *>(QStringLiteral("startError"));
        QVERIFY(error && error->isVisible());
        const QString text = error->property("text").toString();
        QVERIFY2(text.startsWith(QStringLiteral("The kiosk could not open its ledger: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("kiosk.key")), qPrintable(text));
        QCOMPARE(window->property("shell").value<QObject *>()->objectName(), QStringLiteral("startScreen"));
    }
    kiosk::ui::setStartup(nullptr);
}

int main(int argc, char **argv)
{
    courtyard::kiosk::ui::prepareProcess();
    QGuiApplication app(argc, argv);
    courtyard::kiosk::ui::prepareApplication();
    TstKioskStart test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kiosk_start.moc"
