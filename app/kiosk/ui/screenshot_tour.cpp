#include "app/kiosk/ui/screenshot_tour.h"

#include "app/kiosk/backend/demo.h"
#include "app/kiosk/backend/startup.h"
#include "app/kiosk/ui/keyboard.h"
#include "app/kiosk/ui/language.h"
#include "app/server/server.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <memory>

namespace courtyard::kiosk::ui {

namespace {

void collectTruncated(QQuickItem *item, QStringList &out)
{
    if (!item || !item->isVisible() || item->opacity() <= 0.0) {
        return;
    }
    if (item->inherits("QQuickText") && item->property("truncated").toBool()) {
        out.append(item->property("text").toString());
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        collectTruncated(child, out);
    }
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

ScreenshotTour::ScreenshotTour(QQuickWindow &window, EmbeddedDemo &demo, QString outDir)
    : m_window(window)
    , m_demo(demo)
    , m_outDir(std::move(outDir))
{
}

QStringList ScreenshotTour::truncatedTexts(QQuickItem *root)
{
    QStringList out;
    collectTruncated(root, out);
    return out;
}

QObject *ScreenshotTour::shell() const
{
    return m_window.property("shell").value<QObject *>();
}

QObject *ScreenshotTour::screenItem() const
{
    return shell() ? shell()->property("currentScreen").value<QObject *>() : nullptr;
}

void ScreenshotTour::fail(const QString &message)
{
    m_ok = false;
    QTextStream(stderr) << "screenshot tour [" << m_language << "]: " << message << Qt::endl;
}

bool ScreenshotTour::waitFor(const std::function<bool()> &condition, int timeoutMs, const QString &what)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) {
            fail(QStringLiteral("timed out waiting for %1").arg(what));
            return false;
        }
        spin(20);
    }
    return true;
}

bool ScreenshotTour::go(const QString &screen)
{
    QElapsedTimer timer;
    timer.start();
    QMetaObject::invokeMethod(shell(), "go", Q_ARG(QVariant, QVariant(screen)));
    QCoreApplication::processEvents();
    const QImage frame = m_window.grabWindow(); // the change, laid out and rendered
    const qint64 us = timer.nsecsElapsed() / 1000;
    m_timings.append(QJsonObject{{QStringLiteral("language"), m_language},
                                 {QStringLiteral("screen"), screen},
                                 {QStringLiteral("ms"), double(us) / 1000.0}});
    if (shell()->property("screen").toString() != screen || frame.isNull()) {
        fail(QStringLiteral("screen %1 did not come up").arg(screen));
        return false;
    }
    return true;
}

bool ScreenshotTour::shot(const QString &name)
{
    QCoreApplication::processEvents();
    spin(30);
    const QImage image = m_window.grabWindow();
    const QString dir = m_outDir + QLatin1Char('/') + m_language;
    QDir().mkpath(dir);
    const QString path = QStringLiteral("%1/%2-%3.png").arg(dir).arg(++m_index, 2, 10, QLatin1Char('0')).arg(name);
    if (image.isNull() || !image.save(path)) {
        fail(QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    const QStringList cut = truncatedTexts(m_window.contentItem());
    for (const QString &text : cut) {
        fail(QStringLiteral("%1: text does not fit: \"%2\"").arg(name, text));
    }
    return cut.isEmpty();
}

bool ScreenshotTour::tourLanguage(const QString &code, bool lockoutDone)
{
    Kiosk &kiosk = m_demo.kiosk();
    const QVariantList cards = m_demo.cards();
    const QVariantMap first = cards.value(0).toMap();
    const QVariantMap second = cards.value(1).toMap();
    const QString unit = first.value(QStringLiteral("unit")).toString();
    const QString pin = first.value(QStringLiteral("pin")).toString();
    m_language = code;
    m_index = 0;
    Language::instance()->setLanguage(code);
    SimulatedTerminal &terminal = m_demo.terminal();
    terminal.setDelayMs(/*answerMs=*/400, /*timeoutMs=*/800);
    auto state = [&kiosk] { return kiosk.payment()->state(); };
    auto screenIs = [this](const QString &name) { return shell()->property("screen").toString() == name; };

    go(QStringLiteral("welcome"));
    shot(QStringLiteral("welcome"));

    go(QStringLiteral("identify"));
    screenItem()->setProperty("unit", unit);
    shot(QStringLiteral("identify"));

    kiosk.session()->identifyByUnit(unit);
    if (!waitFor([&] { return screenIs(QStringLiteral("pin")); }, 2000, QStringLiteral("the PIN screen"))) {
        return false;
    }
    screenItem()->setProperty("pin", QStringLiteral("12"));
    shot(QStringLiteral("pin"));
    screenItem()->setProperty("pin", QString());
    kiosk.session()->submitPin(QStringLiteral("0000"));
    shot(QStringLiteral("pin-wrong"));
    kiosk.session()->submitPin(pin);
    if (!waitFor([&] { return screenIs(QStringLiteral("home")) && kiosk.account()->loaded(); }, 3000,
                 QStringLiteral("the home screen"))) {
        return false;
    }
    shot(QStringLiteral("home"));
    QMetaObject::invokeMethod(shell(), "setLooks", Q_ARG(QVariant, true), Q_ARG(QVariant, false));
    shot(QStringLiteral("home-large-text"));
    QMetaObject::invokeMethod(shell(), "setLooks", Q_ARG(QVariant, false), Q_ARG(QVariant, true));
    shot(QStringLiteral("home-high-contrast"));
    QMetaObject::invokeMethod(shell(), "setLooks", Q_ARG(QVariant, false), Q_ARG(QVariant, false));

    // A payment, approved, with its receipt pending then confirmed.
    go(QStringLiteral("pay"));
    screenItem()->setProperty("other", QStringLiteral("100"));
    shot(QStringLiteral("pay"));
    QMetaObject::invokeMethod(shell(), "setLooks", Q_ARG(QVariant, true), Q_ARG(QVariant, false));
    shot(QStringLiteral("pay-large-text"));
    QMetaObject::invokeMethod(shell(), "setLooks", Q_ARG(QVariant, false), Q_ARG(QVariant, false));
    kiosk.payment()->chooseAmount(QStringLiteral("100"));
    if (!waitFor([&] { return screenIs(QStringLiteral("confirm")); }, 2000, QStringLiteral("the confirmation"))) {
        return false;
    }
    shot(QStringLiteral("confirm"));
    kiosk.payment()->pay();
    waitFor([&] { return screenIs(QStringLiteral("terminal")); }, 2000, QStringLiteral("the terminal screen"));
    shot(QStringLiteral("terminal-waiting"));
    waitFor([&] { return state() == QLatin1String("approved"); }, 5000, QStringLiteral("approval"));
    shot(QStringLiteral("terminal-approved"));
    go(QStringLiteral("receipt"));
    shot(kiosk.receipt()->confirmed() ? QStringLiteral("receipt") : QStringLiteral("receipt-pending"));
    if (waitFor([&] { return kiosk.receipt()->confirmed(); }, 15000, QStringLiteral("the receipt's block"))) {
        shot(QStringLiteral("receipt-confirmed"));
    }

    // Declined, timed out, cancelled.
    const std::pair<const char *, const char *> outcomes[] = {
        {"decline", "declined"}, {"timeout", "timedOut"}, {"cancel", "cancelled"}};
    for (const auto &[answer, expected] : outcomes) {
        kiosk.payment()->reset();
        go(QStringLiteral("pay"));
        kiosk.payment()->chooseAmount(QStringLiteral("50"));
        terminal.setNextAnswer(QString::fromLatin1(answer));
        kiosk.payment()->pay();
        if (waitFor([&] { return state() == QLatin1String(expected); }, 5000, QString::fromLatin1(expected))) {
            shot(QStringLiteral("terminal-%1").arg(QString::fromLatin1(expected)));
        }
        if (state() == QLatin1String("timedOut")) {
            kiosk.payment()->pay(); // "Check again": resolves the attempt, never a second charge
            waitFor([&] { return state() != QLatin1String("waitingForTerminal") && state() != QLatin1String("timedOut"); }, 5000,
                    QStringLiteral("the time-out resolved"));
        }
    }
    kiosk.payment()->reset();

    // A repair request and the list of requests.
    go(QStringLiteral("repair"));
    const QVariantList categories = kiosk.repairs()->categories();
    const QString category = categories.value(0).toMap().value(QStringLiteral("code")).toString();
    screenItem()->setProperty("category", category);
    // Where: the first place to tap (its text in this language), with a detail typed after it.
    const QString place = kiosk.repairs()->places().value(0).toMap().value(QStringLiteral("text")).toString();
    if (auto *location = screenItem()->findChild<QObject *>(QStringLiteral("repairLocation"))) {
        location->setProperty("text", place);
    }
    if (auto *description = screenItem()->findChild<QObject *>(QStringLiteral("repairDescription"))) {
        description->setProperty("text", Language::instance()->code() == QLatin1String("en")
                                             ? QStringLiteral("The kitchen tap drips all night.")
                                             : QStringLiteral("Kitchen tap drips (%1)").arg(code));
    }
    shot(QStringLiteral("repair"));
    // In large text the rows of places and categories wrap: the form must still fit.
    QMetaObject::invokeMethod(shell(), "setLooks", Q_ARG(QVariant, true), Q_ARG(QVariant, false));
    shot(QStringLiteral("repair-large-text"));
    QMetaObject::invokeMethod(shell(), "setLooks", Q_ARG(QVariant, false), Q_ARG(QVariant, false));
    // Chinese and Japanese: pinyin or romaji tapped on the keyboard's keys, the candidates in its
    // bar (keyboard.h); then the field as it was.
    auto *typedInto = qobject_cast<QQuickItem *>(screenItem()->findChild<QObject *>(QStringLiteral("repairDescription")));
    if (typedInto && (code == QLatin1String("zh_CN") || code == QLatin1String("ja"))) {
        const QString keys = code == QLatin1String("zh_CN") ? QStringLiteral("xiuli") : QStringLiteral("shuuri");
        const QVariant text = typedInto->property("text");
        typedInto->setProperty("text", QString());
        typedInto->forceActiveFocus();
        QGuiApplication::inputMethod()->show();
        QString error;
        const bool ready = waitFor([&] { return !QGuiApplication::inputMethod()->isAnimating() && keyboardHasKeys(m_window, keys); },
                                   5000, QStringLiteral("the keyboard's keys"));
        if (ready && !tapKeyboardKeys(m_window, keys, &error)) {
            fail(error);
        } else if (ready && waitFor([&] { return keyboardCandidates(m_window).contains(QStringLiteral("修理")); }, 3000,
                                    QStringLiteral("修理 among the candidates"))) {
            spin(300); // the candidates slide in
            shot(QStringLiteral("repair-keyboard-candidates"));
        }
        QGuiApplication::inputMethod()->commit();
        QGuiApplication::inputMethod()->hide();
        typedInto->setProperty("text", text);
        waitFor([] { return !QGuiApplication::inputMethod()->isVisible(); }, 3000, QStringLiteral("the keyboard to close"));
    }
    // Typing the location: the keyboard is up, only that field stays above it.
    if (auto *location = qobject_cast<QQuickItem *>(screenItem()->findChild<QObject *>(QStringLiteral("repairLocation")))) {
        location->forceActiveFocus();
        QGuiApplication::inputMethod()->show();
        if (waitFor([&] { return screenItem()->property("typing").toBool(); }, 3000, QStringLiteral("the on-screen keyboard"))) {
            shot(QStringLiteral("repair-keyboard"));
        }
        QGuiApplication::inputMethod()->hide();
        waitFor([&] { return !screenItem()->property("typing").toBool(); }, 3000, QStringLiteral("the keyboard to close"));
    }
    QMetaObject::invokeMethod(screenItem(), "submit");
    waitFor([&] { return screenIs(QStringLiteral("repairs")); }, 3000, QStringLiteral("the repair status screen"));
    shot(QStringLiteral("repair-status"));
    QMetaObject::invokeMethod(shell(), "setLooks", Q_ARG(QVariant, true), Q_ARG(QVariant, false));
    shot(QStringLiteral("repair-status-large-text"));
    QMetaObject::invokeMethod(shell(), "setLooks", Q_ARG(QVariant, false), Q_ARG(QVariant, false));

    // "Are you still there?"
    go(QStringLiteral("home"));
    for (int i = 0; i < kiosk.idle()->timeoutSeconds() + 2 && !kiosk.idle()->warning(); ++i) {
        kiosk.idle()->tick();
    }
    if (waitFor([&] { return kiosk.idle()->warning(); }, 1000, QStringLiteral("the idle question"))) {
        shot(QStringLiteral("idle"));
    }
    kiosk.idle()->touch();
    QMetaObject::invokeMethod(shell(), "clearSession");
    waitFor([&] { return screenIs(QStringLiteral("welcome")); }, 2000, QStringLiteral("welcome after sign-out"));
    Language::instance()->setLanguage(code);

    // A card locked after five wrong PINs (the ledger's lock holds for the later languages too).
    const QString lockedUnit = second.value(QStringLiteral("unit")).toString();
    kiosk.session()->identifyByUnit(lockedUnit);
    waitFor([&] { return screenIs(QStringLiteral("pin")); }, 2000, QStringLiteral("the PIN screen"));
    for (int i = 0; i < 5 && !lockoutDone && !kiosk.session()->locked(); ++i) {
        kiosk.session()->submitPin(QStringLiteral("0000"));
    }
    shot(QStringLiteral("pin-locked"));
    QMetaObject::invokeMethod(shell(), "clearSession");
    Language::instance()->setLanguage(code);

    // The staff menu.
    go(QStringLiteral("staff"));
    shot(QStringLiteral("staff-pin"));
    screenItem()->setProperty("pin", QString::fromLatin1(kDemoStaffPin));
    QMetaObject::invokeMethod(screenItem(), "submit");
    waitFor([&] { return screenItem()->property("unlocked").toBool(); }, 10000, QStringLiteral("the staff menu"));
    shot(QStringLiteral("staff"));
    QMetaObject::invokeMethod(shell(), "clearSession");
    Language::instance()->setLanguage(code);

    tourStart();
    return true;
}

// The start screen (StartupScreen.qml) as a kiosk shows it before its ledger is open: a card read
// while loading ("One moment…"), and a start that failed (its key file is missing: the real
// error of a real start). Each has a start of its own; the demo's shell is hidden meanwhile.
void ScreenshotTour::tourStart()
{
    QQmlEngine *engine = qmlEngine(&m_window);
    if (!engine) {
        fail(QStringLiteral("no QML engine for the start screen"));
        return;
    }
    QQmlComponent component(engine, QUrl(QStringLiteral("qrc:/qt/qml/CourtyardKiosk/StartupScreen.qml")));
    const auto show = [&](KioskStartup &startup, const QString &name, const std::function<bool()> &ready) {
        std::unique_ptr<QObject> object(component.createWithInitialProperties({{QStringLiteral("startup"), QVariant::fromValue<QObject *>(&startup)}}));
        auto *screen = qobject_cast<QQuickItem *>(object.get());
        if (!screen) {
            fail(QStringLiteral("the start screen cannot be made: %1").arg(component.errorString()));
            return;
        }
        auto *shellItem = qobject_cast<QQuickItem *>(shell());
        if (shellItem) {
            shellItem->setVisible(false);
        }
        screen->setParentItem(m_window.contentItem());
        screen->setSize(m_window.contentItem()->size());
        if (waitFor(ready, 10000, name)) {
            shot(name);
        }
        object.reset();
        if (shellItem) {
            shellItem->setVisible(true);
        }
    };

    KioskConfig config;
    config.keyFile = m_outDir + QStringLiteral("/start-failure/kiosk.key"); // never made
    config.ledgerPath = m_outDir + QStringLiteral("/start-failure/kiosk.db");
    KioskStartup loading(config, std::make_unique<SimulatedTerminal>());
    const QString card = m_demo.cards().value(0).toMap().value(QStringLiteral("card")).toString();
    loading.submitCard(card); // kept until the start is ready: "One moment…"
    show(loading, QStringLiteral("starting-one-moment"), [&] { return loading.waiting(); });

    KioskStartup failed(config, std::make_unique<SimulatedTerminal>());
    failed.begin();
    show(failed, QStringLiteral("start-failed"), [&] { return failed.state() == QLatin1String("failed"); });
}

bool ScreenshotTour::run()
{
    m_window.resize(1920, 1080);
    m_window.show();
    QDir().mkpath(m_outDir);
    bool lockoutDone = false;
    for (const QString &code : Language::codes()) {
        tourLanguage(code, lockoutDone);
        lockoutDone = true;
    }

    // Offline: the server goes away; the banner shows, and a payment still works (pending).
    m_demo.server().shutdown();
    Kiosk &kiosk = m_demo.kiosk();
    m_language = QStringLiteral("all");
    waitFor([&] { return !kiosk.device()->online(); }, 10000, QStringLiteral("the kiosk to notice it is offline"));
    for (const QString &code : Language::codes()) {
        m_language = code;
        m_index = 50;
        Language::instance()->setLanguage(code);
        go(QStringLiteral("welcome"));
        shot(QStringLiteral("offline-welcome"));
        const QVariantMap first = m_demo.cards().value(0).toMap();
        kiosk.session()->identifyByUnit(first.value(QStringLiteral("unit")).toString());
        kiosk.session()->submitPin(first.value(QStringLiteral("pin")).toString());
        if (waitFor([&] { return kiosk.account()->loaded(); }, 3000, QStringLiteral("home while offline"))) {
            kiosk.payment()->chooseAmount(QStringLiteral("20"));
            kiosk.payment()->pay();
            waitFor([&] { return kiosk.payment()->state() == QLatin1String("approved"); }, 5000, QStringLiteral("approval offline"));
            kiosk.payment()->reset();
            go(QStringLiteral("home"));
            shot(QStringLiteral("offline-home"));
        }
        QMetaObject::invokeMethod(shell(), "clearSession");
    }

    QFile report(m_outDir + QStringLiteral("/report.json"));
    if (report.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        report.write(QJsonDocument(QJsonObject{{QStringLiteral("ok"), m_ok}, {QStringLiteral("screenChanges"), m_timings}})
                         .toJson());
    }
    return m_ok;
}

} // namespace courtyard::kiosk::ui
