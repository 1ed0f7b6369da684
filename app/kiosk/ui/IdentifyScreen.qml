import QtQuick
import QtQuick.Layouts
import CourtyardKiosk

// Who is at the screen: a resident card or QR code on the reader, or the unit number typed on
// the number pad. The PIN comes next (PinScreen).
FocusScope {
    id: screen

    property string unit: ""
    // While the kiosk is still loading (StartupScreen): its start, which keeps the unit (and what
    // is typed so far) until the ledger is open. Null once it is open.
    property QtObject startup: null

    signal back()

    function submit() {
        if (unit.length > 0) {
            if (startup) {
                startup.submitUnit(unit)
            } else {
                Kiosk.session.identifyByUnit(unit)
            }
        }
    }

    onUnitChanged: if (startup) startup.draftUnit = unit

    Accessible.role: Accessible.Pane
    Accessible.name: header.title

    CardReaderInput {
        focus: true
        startup: screen.startup
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 2

        ScreenHeader {
            id: header
            Layout.fillWidth: true
            //: Title of the screen where the resident says who they are.
            title: qsTr("Who are you?")
            canSignOut: false
            onBack: screen.back()
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.spacing * 2
                    KioskText {
                        Layout.fillWidth: true
                        level: "title"
                        //: Heading: identify with the resident card.
                        text: qsTr("Your card")
                    }
                    KioskText {
                        Layout.fillWidth: true
                        maximumLineCount: 4
                        //: Explains the card reader below the screen.
                        text: qsTr("Hold your resident card or the QR code on your phone to the reader below the screen.")
                    }
                    Item { Layout.fillHeight: true }
                }
            }
            Panel {
                Layout.preferredWidth: keypad.width + 2 * Theme.margin
                Layout.fillHeight: true
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.spacing
                    KioskText {
                        Layout.fillWidth: true
                        font.bold: true
                        //: Heading: identify by typing the flat's unit number instead of a card.
                        text: qsTr("Or your unit number")
                        maximumLineCount: 2
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.buttonHeight
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.text
                        border.width: Theme.border
                        KioskText {
                            objectName: "unitField"
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            level: "title"
                            horizontalAlignment: Text.AlignHCenter
                            maximumLineCount: 1
                            text: "\u2066" + screen.unit + "\u2069"
                            //: Accessible name of the field showing the unit number typed so far.
                            Accessible.name: qsTr("Unit number: %1").arg(screen.unit)
                        }
                    }
                    NumericKeypad {
                        id: keypad
                        extraKey: "-"
                        Layout.alignment: Qt.AlignHCenter
                        onDigit: function(value) { if (screen.unit.length < 12) screen.unit += value }
                        onErase: screen.unit = screen.unit.slice(0, -1)
                    }
                    BigButton {
                        objectName: "unitContinue"
                        Layout.fillWidth: true
                        enabled: screen.unit.length > 0
                        //: Goes on to the PIN after typing the unit number.
                        text: qsTr("Continue")
                        onClicked: screen.submit()
                    }
                }
            }
        }
        KioskText {
            objectName: "sessionMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.danger
            text: screen.startup ? "" : Kiosk.session.message
        }
    }
}
