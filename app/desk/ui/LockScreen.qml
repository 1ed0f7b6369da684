import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// Locked after inactivity (or Ctrl+L): nothing of the workspace shows until the passphrase of
// the signed-in key file is typed again.
Item {
    id: screen
    objectName: "lockScreen"
    function submit() {
        if (Desk.unlock(pass.text)) pass.text = ""
        else pass.input.selectAll()
    }
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 480)
        height: column.implicitHeight + 48
        color: DeskTheme.panel
        border.color: DeskTheme.border
        radius: 6
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 24
            spacing: 12
            PageHeader {
                title: qsTr("The desk is locked")
                subtitle: qsTr("%1 is signed in. Type the passphrase of the key file to go on.").arg(Desk.keyLabel)
            }
            FormField {
                id: pass
                objectName: "unlockField"
                label: qsTr("Passphrase")
                echoMode: TextInput.Password
                onAccepted: screen.submit()
            }
            MessageBar { text: Desk.message; error: true }
            RowLayout {
                Layout.fillWidth: true
                Button { text: qsTr("Sign out"); onClicked: Desk.signOut() }
                Item { Layout.fillWidth: true }
                Button { objectName: "unlockButton"; text: qsTr("Unlock"); highlighted: true; onClicked: screen.submit() }
            }
        }
    }
}
