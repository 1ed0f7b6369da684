import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// The desk's window: menus and shortcuts, the sign-in screen, the workspace the signed-in key's
// roles open, the lock screen, and the status bar.
ApplicationWindow {
    id: window
    objectName: "deskWindow"
    width: 1366
    height: 860
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: Desk.communityName ? qsTr("Courtyard desk — %1").arg(Desk.communityName) : qsTr("Courtyard desk")
    font.family: DeskLanguage.fontFamily
    font.pixelSize: DeskTheme.fontSize
    color: DeskTheme.window

    // The screen shown: "signin", "workspace" or "lock".
    readonly property string screen: !Desk.signedIn ? "signin" : Desk.locked ? "lock" : "workspace"
    property alias workspace: workspaceView

    LayoutMirroring.enabled: DeskLanguage.rightToLeft
    LayoutMirroring.childrenInherit: true

    menuBar: MenuBar {
        Menu {
            title: qsTr("&Desk")
            Action { text: qsTr("&Lock"); shortcut: "Ctrl+L"; enabled: Desk.signedIn && !Desk.locked; onTriggered: Desk.lock() }
            Action { text: qsTr("Sign &out"); shortcut: "Ctrl+Shift+Q"; enabled: Desk.signedIn; onTriggered: Desk.signOut() }
            MenuSeparator {}
            Action { text: qsTr("&Quit"); shortcut: StandardKey.Quit; onTriggered: Qt.quit() }
        }
        Menu {
            title: qsTr("&View")
            enabled: window.screen === "workspace"
            Repeater {
                model: workspaceView.pages
                MenuItem {
                    required property var modelData
                    required property int index
                    text: (workspaceView.titles[index] !== undefined ? workspaceView.titles[index] : "") + (index < 9 ? "\t" + qsTr("Ctrl+%1").arg(index + 1) : "")
                    onTriggered: workspaceView.currentIndex = index
                }
            }
            MenuSeparator {}
            Action { text: qsTr("&Refresh"); shortcut: "F5"; onTriggered: if (Desk.manager) Desk.manager.refresh() }
            Action { text: qsTr("&Find in table"); shortcut: StandardKey.Find; onTriggered: workspaceView.focusFilter() }
        }
        Menu {
            title: qsTr("L&anguage")
            Repeater {
                model: DeskLanguage.choices
                MenuItem {
                    required property var modelData
                    text: modelData.name
                    checkable: true
                    checked: DeskLanguage.code === modelData.code
                    onTriggered: DeskLanguage.setLanguage(modelData.code)
                }
            }
        }
        Menu {
            title: qsTr("&Settings")
            MenuItem {
                text: qsTr("Lock after inactivity: %1 min").arg(Desk.lockMinutes)
                enabled: false
            }
            Action { text: qsTr("Lock sooner"); onTriggered: Desk.lockMinutes = Math.max(1, Desk.lockMinutes - 5) }
            Action { text: qsTr("Lock later"); onTriggered: Desk.lockMinutes = Desk.lockMinutes + 5 }
        }
    }

    Shortcut { sequences: ["Ctrl+1"]; enabled: window.screen === "workspace"; onActivated: workspaceView.currentIndex = 0 }
    Shortcut { sequences: ["Ctrl+2"]; enabled: window.screen === "workspace"; onActivated: workspaceView.currentIndex = 1 }
    Shortcut { sequences: ["Ctrl+3"]; enabled: window.screen === "workspace"; onActivated: workspaceView.currentIndex = 2 }
    Shortcut { sequences: ["Ctrl+4"]; enabled: window.screen === "workspace"; onActivated: workspaceView.currentIndex = 3 }
    Shortcut { sequences: ["Ctrl+5"]; enabled: window.screen === "workspace"; onActivated: workspaceView.currentIndex = 4 }
    Shortcut { sequences: ["Ctrl+6"]; enabled: window.screen === "workspace"; onActivated: workspaceView.currentIndex = 5 }
    Shortcut { sequences: ["Ctrl+7"]; enabled: window.screen === "workspace"; onActivated: workspaceView.currentIndex = 6 }
    Shortcut { sequences: ["Ctrl+8"]; enabled: window.screen === "workspace"; onActivated: workspaceView.currentIndex = 7 }
    Shortcut { sequences: ["Ctrl+9"]; enabled: window.screen === "workspace"; onActivated: workspaceView.currentIndex = 8 }

    footer: DeskStatusBar {}

    StackLayout {
        anchors.fill: parent
        currentIndex: window.screen === "signin" ? 0 : window.screen === "workspace" ? 1 : 2
        SignInScreen { id: signIn }
        WorkspaceView { id: workspaceView }
        LockScreen { id: lockScreen }
    }
}
