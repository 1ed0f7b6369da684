#pragma once
// courtyard/kiosk/ui: what main.cpp, the Qt Quick tests and the benchmark share to show the
// kiosk's screens — the process settings that must come before the application object, the
// engine's set-up, the URL of Main.qml — and KioskTools, the few things QML asks of C++ that are
// not the backend's (where a receipt's PDF goes; the simulated terminal's next answer).
//
// Thread-safety: GUI thread.

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QUrl>

namespace courtyard::kiosk {
class Kiosk;
class KioskStartup;
}

namespace courtyard::kiosk::ui {

// Before the QGuiApplication exists: the Basic style (Material draws no buttons under the
// software renderer), the on-screen keyboard as input method (unless QT_IM_MODULE says
// otherwise), the software renderer when asked for.
void prepareProcess();
// Once the application exists: its name and the default font.
void prepareApplication();
// The backend QML sees as `Kiosk`, open already; it must outlive every engine that uses it. Also
// makes `Startup` a start that is ready at once (unless setStartup() named another).
void setKiosk(courtyard::kiosk::Kiosk *kiosk);
courtyard::kiosk::Kiosk *kiosk();
// The start QML sees as `Startup` (startup.h): the welcome screen while it loads, then the
// shell with its kiosk as `Kiosk`. It must outlive every engine that uses it.
void setStartup(courtyard::kiosk::KioskStartup *startup);
// Makes `engine` find the CourtyardKiosk module.
void prepareEngine(QQmlEngine &engine);
// qrc:/qt/qml/CourtyardKiosk/Main.qml
QUrl mainQmlUrl();

class KioskTools : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // Where "Save as PDF" writes a receipt: <app data>/receipts/<transaction id>.pdf (the folder
    // is made when missing). Staff collect them or the operator's tooling sends them on.
    Q_INVOKABLE QString receiptPdfPath(const QString &transactionId) const;
    // The simulated terminal's next answer (approve, decline, timeout, cancel): the demo's staff
    // menu and the tests. False, and nothing changed, with a real terminal.
    Q_INVOKABLE bool setNextTerminalAnswer(const QString &name) const;
    // True when the kiosk runs the simulated terminal (the staff menu then offers the above).
    Q_INVOKABLE bool simulatedTerminal() const;
    // Tests: how many charges the simulated terminal took (-1 with a real terminal).
    Q_INVOKABLE int simulatedCharges() const;
    // Tests: `seconds` ticks of the idle clock at once (the 45 s and the countdown).
    Q_INVOKABLE void idleTick(int seconds) const;
};

} // namespace courtyard::kiosk::ui
