import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CourtyardKiosk

// The PIN, typed on the fixed number pad and shown only as dots. A wrong PIN says so with the
// attempts left; after the last one the card is locked until the time the ledger recorded.
FocusScope {
    id: screen

    property string pin: ""
    readonly property bool locked: Kiosk.session.locked
    // The PIN is being checked (on a worker thread): the pad waits, the screen says so.
    readonly property bool checking: Kiosk.session.checking

    signal back()

    function submit() {
        if (pin.length >= 4 && !checking) {
            const typed = pin
            pin = ""
            Kiosk.session.checkPin(typed)
        }
    }

    Accessible.role: Accessible.Pane
    Accessible.name: header.title

    Keys.onPressed: function(event) {
        if (screen.checking) {
            event.accepted = true
        } else if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            if (pin.length < 12) pin += event.text
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            pin = pin.slice(0, -1)
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            submit()
            event.accepted = true
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 2

        ScreenHeader {
            id: header
            Layout.fillWidth: true
            //: Title of the PIN screen.
            title: qsTr("Enter your PIN")
            canSignOut: false
            onBack: screen.back()
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing * 2
                KioskText {
                    Layout.fillWidth: true
                    //: Who is signing in; %1 is the unit number.
                    text: qsTr("Unit %1").arg("\u2066" + Kiosk.session.unit + "\u2069")
                    level: "title"
                }
                KioskText {
                    Layout.fillWidth: true
                    color: Theme.mutedText
                    maximumLineCount: 4
                    //: Under the PIN title: privacy hint for a shared screen.
                    text: qsTr("Cover the keypad with your other hand. Your PIN is never shown.")
                }
                PinDots {
                    objectName: "pinDots"
                    length: screen.pin.length
                }
                RowLayout {
                    objectName: "pinChecking"
                    Layout.fillWidth: true
                    visible: screen.checking
                    spacing: Theme.spacing
                    BusyIndicator {
                        running: screen.checking
                        Layout.preferredWidth: Theme.mm(12)
                        Layout.preferredHeight: Theme.mm(12)
                    }
                    KioskText {
                        Layout.fillWidth: true
                        //: Shown while the PIN typed is being checked (about a second).
                        text: qsTr("Checking your PIN…")
                    }
                }
                KioskText {
                    objectName: "pinMessage"
                    Layout.fillWidth: true
                    visible: text.length > 0 && !screen.checking
                    color: Theme.danger
                    font.bold: true
                    maximumLineCount: 4
                    text: Kiosk.session.message
                }
                Item { Layout.fillHeight: true }
            }
            Panel {
                Layout.preferredWidth: keypad.width + 2 * Theme.margin
                Layout.fillHeight: true
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.spacing
                    NumericKeypad {
                        id: keypad
                        enabled: !screen.locked && !screen.checking
                        Layout.alignment: Qt.AlignHCenter
                        onDigit: function(value) { if (screen.pin.length < 12) screen.pin += value }
                        onErase: screen.pin = screen.pin.slice(0, -1)
                    }
                    BigButton {
                        objectName: "pinOk"
                        Layout.fillWidth: true
                        enabled: !screen.locked && !screen.checking && screen.pin.length >= 4
                        //: Confirms the PIN typed.
                        text: qsTr("OK")
                        onClicked: screen.submit()
                    }
                }
            }
        }
    }
}
