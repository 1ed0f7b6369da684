import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CourtyardKiosk

// The staff menu, behind the staff PIN: the device's state (sync, server, last block, the
// outbox, rejected transactions with the server's reason, payment attempts left open) and the
// only way out to the desktop. The demo's simulated terminal can be told its next answer here.
FocusScope {
    id: screen

    property bool unlocked: false
    property string pin: ""

    signal back()
    signal quit()

    function submit() {
        if (Kiosk.device.staffChecking) {
            return
        }
        const typed = pin
        pin = ""
        Kiosk.device.startStaffPinCheck(typed)
    }

    // The staff PIN is checked on a worker thread; the menu opens when the answer comes.
    Connections {
        target: Kiosk.device
        function onStaffPinChecked(right) {
            if (right) {
                Kiosk.device.refresh()
                screen.unlocked = true
            }
        }
    }

    Accessible.role: Accessible.Pane
    Accessible.name: header.title

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 2

        ScreenHeader {
            id: header
            Layout.fillWidth: true
            canSignOut: false
            //: Title of the staff menu.
            title: qsTr("Staff menu")
            onBack: screen.back()
        }

        // -- the staff PIN ----------------------------------------------------------------
        RowLayout {
            visible: !screen.unlocked
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing * 2
                KioskText {
                    Layout.fillWidth: true
                    level: "title"
                    //: Asks staff for their PIN before the staff menu opens.
                    text: qsTr("Staff PIN")
                }
                PinDots {
                    length: screen.pin.length
                }
                KioskText {
                    objectName: "staffChecking"
                    Layout.fillWidth: true
                    visible: Kiosk.device.staffChecking
                    //: Shown while the staff PIN typed is being checked.
                    text: qsTr("Checking the PIN…")
                }
                KioskText {
                    objectName: "staffMessage"
                    Layout.fillWidth: true
                    visible: text.length > 0 && !Kiosk.device.staffChecking
                    color: Theme.danger
                    text: Kiosk.device.staffMessage
                }
                Item { Layout.fillHeight: true }
            }
            Panel {
                Layout.preferredWidth: staffPad.width + 2 * Theme.margin
                Layout.fillHeight: true
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.spacing
                    NumericKeypad {
                        id: staffPad
                        enabled: !Kiosk.device.staffChecking
                        Layout.alignment: Qt.AlignHCenter
                        onDigit: function(value) { if (screen.pin.length < 12) screen.pin += value }
                        onErase: screen.pin = screen.pin.slice(0, -1)
                    }
                    BigButton {
                        objectName: "staffOk"
                        Layout.fillWidth: true
                        enabled: screen.pin.length > 0 && !Kiosk.device.staffChecking
                        text: qsTr("OK")
                        onClicked: screen.submit()
                    }
                }
            }
        }

        // -- the menu ---------------------------------------------------------------------
        RowLayout {
            visible: screen.unlocked
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                GridLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    columns: 2
                    columnSpacing: Theme.margin
                    rowSpacing: Theme.mm(2)
                    KioskText { color: Theme.mutedText; text: qsTr("Sync") }
                    KioskText {
                        objectName: "staffSync"
                        Layout.fillWidth: true
                        text: Kiosk.device.syncStateText
                    }
                    KioskText { color: Theme.mutedText; text: qsTr("Server") }
                    KioskText {
                        Layout.fillWidth: true
                        //: Shown for the server when the kiosk has none configured.
                        text: Kiosk.device.server.length > 0 ? "\u2066" + Kiosk.device.server + "\u2069" : qsTr("none")
                    }
                    KioskText { color: Theme.mutedText; text: qsTr("Last block") }
                    KioskText {
                        objectName: "staffLastBlock"
                        Layout.fillWidth: true
                        //: %1 is the block's height, %2 its time.
                        text: qsTr("#%1 at %2").arg(Kiosk.device.lastBlockText).arg(Kiosk.device.lastBlockTime)
                    }
                    KioskText { color: Theme.mutedText; text: qsTr("Waiting to send") }
                    KioskText {
                        objectName: "staffOutbox"
                        Layout.fillWidth: true
                        //: Outbox entries not yet sealed into a block.
                        text: qsTr("%Ln transaction(s)", "", Kiosk.device.outboxPending)
                    }
                    KioskText { color: Theme.mutedText; text: qsTr("Open card payments") }
                    KioskText {
                        Layout.fillWidth: true
                        //: Terminal payments whose outcome is not known yet.
                        text: qsTr("%Ln unresolved", "", Kiosk.device.openPaymentAttempts)
                    }
                    KioskText { color: Theme.mutedText; text: qsTr("Terminal") }
                    KioskText { Layout.fillWidth: true; text: Kiosk.device.terminal }
                    KioskText { color: Theme.mutedText; text: qsTr("Device key") }
                    KioskText {
                        Layout.fillWidth: true
                        level: "small"
                        font.family: "DejaVu Sans Mono"
                        wrapMode: Text.WrapAnywhere
                        text: Kiosk.device.deviceKey
                    }
                    KioskText { color: Theme.mutedText; text: qsTr("Last error") }
                    KioskText {
                        Layout.fillWidth: true
                        //: Shown when the device has no error to report.
                        text: Kiosk.device.lastError.length > 0 ? Kiosk.device.lastError : qsTr("none")
                    }
                    Item { Layout.fillHeight: true; Layout.columnSpan: 2 }
                }
            }
            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.mm(2)
                    KioskText {
                        Layout.fillWidth: true
                        font.bold: true
                        //: Heading: transactions the server refused, with its reasons.
                        text: qsTr("Rejected transactions")
                    }
                    KioskText {
                        Layout.fillWidth: true
                        visible: Kiosk.device.rejected.length === 0
                        color: Theme.mutedText
                        text: qsTr("none")
                    }
                    ListView {
                        ScrollBar.vertical: ListScrollBar {}
                        // Room for the scroll bar (on the left when mirrored).
                        readonly property real barRoom: contentHeight > height ? Theme.mm(5) : 0
                        objectName: "rejectedList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: Theme.mm(2)
                        model: Kiosk.device.rejected
                        delegate: ColumnLayout {
                            required property var modelData
                            width: ListView.view.width - ListView.view.barRoom
                            x: Language.rightToLeft ? ListView.view.barRoom : 0
                            spacing: 0
                            Accessible.role: Accessible.ListItem
                            Accessible.name: modelData.kindText + ", " + modelData.reason
                            KioskText {
                                Layout.fillWidth: true
                                level: "small"
                                font.bold: true
                                maximumLineCount: 1
                                text: modelData.kindText + " · " + modelData.time
                            }
                            KioskText {
                                Layout.fillWidth: true
                                level: "small"
                                maximumLineCount: 3
                                text: modelData.reason
                            }
                        }
                    }
                    ColumnLayout {
                        visible: KioskTools.simulatedTerminal()
                        Layout.fillWidth: true
                        spacing: Theme.mm(2)
                        KioskText {
                            Layout.fillWidth: true
                            font.bold: true
                            //: Demo only: choose what the simulated card terminal answers next.
                            text: qsTr("Simulated terminal: next answer")
                        }
                        ChoiceRow {
                            Layout.fillWidth: true
                            choices: [
                                //: Simulated terminal answer.
                                { code: "approve", text: qsTr("Approve") },
                                //: Simulated terminal answer.
                                { code: "decline", text: qsTr("Decline") },
                                //: Simulated terminal answer.
                                { code: "timeout", text: qsTr("Time out") },
                                //: Simulated terminal answer.
                                { code: "cancel", text: qsTr("Cancel") }
                            ]
                            accessibleName: qsTr("Simulated terminal: next answer")
                            onPicked: function(code) { KioskTools.setNextTerminalAnswer(code) }
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        BigButton {
                            objectName: "staffDone"
                            Layout.fillWidth: true
                            kind: "secondary"
                            //: Leaves the staff menu for the welcome screen.
                            text: qsTr("Back to welcome")
                            onClicked: screen.back()
                        }
                        BigButton {
                            objectName: "staffQuit"
                            Layout.fillWidth: true
                            kind: "danger"
                            //: Closes the kiosk application (staff only).
                            text: qsTr("Exit to desktop")
                            onClicked: screen.quit()
                        }
                    }
                }
            }
        }
    }
}
