import QtQuick
import QtQuick.Window
import CourtyardKiosk

// The kiosk's window: fullscreen, no frame, no way to close it except through the staff menu
// (KioskShell asks for the staff PIN before it lets the application quit).
Window {
    id: window

    property alias shell: shell
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

    onClosing: function(close) { close.accepted = shell.mayQuit }

    KioskShell {
        id: shell
        objectName: "shell"
        anchors.fill: parent
        focus: true
    }
}
