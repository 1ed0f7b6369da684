import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// Sign-in: open your personal key file with its passphrase. The workspace follows the roles the
// ledger grants that key. In the demo, the demo's identities are offered with their passphrases.
Item {
    id: screen
    objectName: "signInScreen"
    property alias keyFile: keyField.path
    property alias passphrase: passField.text

    function submit() {
        if (Desk.signIn(keyField.path, passField.text))
            passField.text = ""
        else
            passField.input.selectAll()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 620)
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
                title: Desk.communityName
                subtitle: qsTr("Sign in with your personal key file and its passphrase.")
            }
            FileField {
                id: keyField
                objectName: "keyFileField"
                label: qsTr("Key file")
                nameFilters: [qsTr("Courtyard key files (*.key)"), qsTr("All files (*)")]
            }
            FormField {
                id: passField
                objectName: "passphraseField"
                label: qsTr("Passphrase")
                echoMode: TextInput.Password
                onAccepted: screen.submit()
            }
            MessageBar {
                objectName: "signInMessage"
                text: Desk.message
                error: true
                onDismissed: {}
            }
            Button {
                objectName: "signInButton"
                text: qsTr("Sign in")
                highlighted: true
                Layout.alignment: Qt.AlignRight
                onClicked: screen.submit()
            }
            SectionBox {
                visible: Desk.demo
                title: qsTr("Demo identities")
                Label {
                    text: qsTr("This is the demo community. Choose an identity to fill in its key file and passphrase:")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    color: DeskTheme.muted
                }
                Repeater {
                    model: Desk.demoIdentities
                    RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Button {
                            text: modelData.label
                            onClicked: { keyField.path = modelData.keyFile; passField.text = modelData.passphrase }
                        }
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideMiddle
                            color: DeskTheme.muted
                            text: qsTr("%1 · passphrase %2").arg(modelData.keyFile).arg(modelData.passphrase)
                        }
                    }
                }
            }
        }
    }
}
