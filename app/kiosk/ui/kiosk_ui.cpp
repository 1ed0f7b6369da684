#include "app/kiosk/ui/kiosk_ui.h"

#include "app/kiosk/backend/kiosk.h"
#include "app/kiosk/ui/kiosk_singleton.h"
#include "app/kiosk/ui/language.h"

#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QRegularExpression>
#include <QStandardPaths>

namespace courtyard::kiosk::ui {

void prepareProcess()
{
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
    }
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE")) {
        qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));
    }
    // The keyboard shows only where a screen places it (RepairScreen's InputPanel): never as a
    // window of its own over the card reader's hidden field.
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", QByteArrayLiteral("1"));
}

void prepareApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Courtyard"));
    QCoreApplication::setApplicationName(QStringLiteral("courtyard-kiosk"));
    QFont font(QStringLiteral("Noto Sans"));
    font.setPixelSize(28);
    QGuiApplication::setFont(font);
}

namespace {
// setKiosk()'s start, ready at once.
std::unique_ptr<courtyard::kiosk::KioskStartup> s_readyStartup;
}

void setKiosk(courtyard::kiosk::Kiosk *kiosk)
{
    KioskForeign::s_instance = kiosk;
    if (StartupForeign::s_instance == s_readyStartup.get()) {
        StartupForeign::s_instance = nullptr;
    }
    s_readyStartup = kiosk ? std::make_unique<courtyard::kiosk::KioskStartup>(kiosk) : nullptr;
    if (!StartupForeign::s_instance) {
        StartupForeign::s_instance = s_readyStartup.get();
    }
}

courtyard::kiosk::Kiosk *kiosk()
{
    if (KioskForeign::s_instance) {
        return KioskForeign::s_instance;
    }
    return StartupForeign::s_instance ? StartupForeign::s_instance->kiosk() : nullptr;
}

void setStartup(courtyard::kiosk::KioskStartup *startup)
{
    StartupForeign::s_instance = startup ? startup : s_readyStartup.get();
}

void prepareEngine(QQmlEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    Language::addEngine(&engine);
}

QUrl mainQmlUrl()
{
    return QUrl(QStringLiteral("qrc:/qt/qml/CourtyardKiosk/Main.qml"));
}

QString KioskTools::receiptPdfPath(const QString &transactionId) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/receipts");
    QDir().mkpath(dir);
    QString name = transactionId;
    name.remove(QRegularExpression(QStringLiteral("[^0-9a-fA-F]")));
    if (name.isEmpty()) {
        name = QStringLiteral("receipt");
    }
    return dir + QLatin1Char('/') + name + QStringLiteral(".pdf");
}

bool KioskTools::setNextTerminalAnswer(const QString &name) const
{
    auto *k = kiosk();
    auto *sim = k ? qobject_cast<SimulatedTerminal *>(&k->terminal()) : nullptr;
    if (!sim) {
        return false;
    }
    sim->setNextAnswer(name);
    return true;
}

bool KioskTools::simulatedTerminal() const
{
    auto *k = kiosk();
    return k && qobject_cast<SimulatedTerminal *>(&k->terminal());
}

int KioskTools::simulatedCharges() const
{
    auto *k = kiosk();
    auto *sim = k ? qobject_cast<SimulatedTerminal *>(&k->terminal()) : nullptr;
    return sim ? int(sim->charges().size()) : -1;
}

void KioskTools::idleTick(int seconds) const
{
    if (auto *k = kiosk()) {
        for (int i = 0; i < seconds; ++i) {
            k->idle()->tick();
        }
    }
}

} // namespace courtyard::kiosk::ui
