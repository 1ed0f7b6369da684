import QtQuick
import QtQuick.Window
import CourtyardKiosk

// The kiosk's window: fullscreen, no frame, no way to close it except through the staff menu
// (KioskShell asks for the staff PIN before it lets the application quit).
//
// While the kiosk opens its ledger and key in the background (Startup, app/kiosk/backend/
// startup.h) the window shows StartupScreen: the welcome screen with its language choice, whose
// card reader, unit pad and staff button are kept until the kiosk is ready. Then KioskShell
// takes over (StartupScreen is destroyed), or the start's error is shown.
Window {
    id: window

    // What the tests, the start-up probe and the screenshot tour drive (`screen`,
    // `currentScreen`): the start screen while loading, the shell once ready.
    readonly property QtObject shell: shellLoader.item ? shellLoader.item : startLoader.item
    // False for development and the screenshot tour: a 1920 x 1080 window.
    property bool fullScreen: true

    width: 1920
    height: 1080
    visible: true
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    flags: Qt.Window | Qt.FramelessWindowHint
    color: Theme.background
    //: The window title (seen only by staff tools; the kiosk has no title bar).
    title: qsTr("Courtyard kiosk")

    onClosing: function(close) { close.accepted = shellLoader.item ? shellLoader.item.mayQuit : false }

    Loader {
        id: startLoader
        anchors.fill: parent
        active: !Startup.ready
        focus: active
        sourceComponent: StartupScreen {
            objectName: "startScreen"
            focus: true
            startup: Startup
        }
        onLoaded: item.forceActiveFocus()
    }
    Loader {
        id: shellLoader
        anchors.fill: parent
        active: Startup.ready
        focus: active
        sourceComponent: KioskShell {
            objectName: "shell"
            focus: true
        }
        onLoaded: item.forceActiveFocus()
    }
}
