import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CourtyardKiosk

// What to pay: everything that is due, some of the open invoices, or another amount typed on
// the number pad. The backend checks the choice (positive, the currency's precision, the kiosk's
// maximum) and the confirmation screen follows.
FocusScope {
    id: screen

    property var chosenInvoices: []
    property string other: ""

    signal back()
    signal signOut()

    function toggle(id) {
        const next = chosenInvoices.slice()
        const at = next.indexOf(id)
        if (at >= 0) {
            next.splice(at, 1)
        } else {
            next.push(id)
        }
        chosenInvoices = next
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
            //: Title of the screen where the resident chooses what to pay.
            title: qsTr("What would you like to pay?")
            onBack: screen.back()
            onSignOut: screen.signOut()
        }
        KioskText {
            objectName: "paymentMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.danger
            font.bold: true
            text: Kiosk.payment.message
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.margin

                BigButton {
                    objectName: "payAllButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.keyHeight, implicitHeight)
                    enabled: Kiosk.account.dueNowMinor > 0
                    //: Pays every open invoice at once.
                    text: qsTr("Pay everything due")
                    detail: "\u2066" + Kiosk.account.dueNow + "\u2069"
                    onClicked: Kiosk.payment.chooseAll()
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
                            //: Heading: pick some of the open invoices to pay.
                            text: qsTr("Or choose invoices")
                        }
                        ListView {
                            ScrollBar.vertical: ListScrollBar {}
                            // Room for the scroll bar (on the left when mirrored).
                            readonly property real barRoom: contentHeight > height ? Theme.mm(5) : 0
                            objectName: "invoiceChoices"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            spacing: Theme.mm(2)
                            model: Kiosk.account.invoices
                            Accessible.role: Accessible.List
                            Accessible.name: qsTr("Or choose invoices")
                            delegate: BigButton {
                                required property string invoiceId
                                required property string what
                                required property string open
                                required property string due
                                objectName: "invoice_" + invoiceId
                                width: ListView.view.width - ListView.view.barRoom
                                x: Language.rightToLeft ? ListView.view.barRoom : 0
                                kind: "secondary"
                                checkable: true
                                selected: screen.chosenInvoices.indexOf(invoiceId) >= 0
                                checked: selected
                                text: (selected ? "✓ " : "") + what
                                detail: "\u2066" + open + "\u2069" + " · " + due
                                Accessible.role: Accessible.CheckBox
                                Accessible.checkable: true
                                Accessible.checked: selected
                                onClicked: screen.toggle(invoiceId)
                            }
                        }
                        BigButton {
                            objectName: "paySelectedButton"
                            Layout.fillWidth: true
                            enabled: screen.chosenInvoices.length > 0
                            //: Pays the invoices ticked above; %Ln is how many.
                            text: qsTr("Pay %Ln invoice(s)", "", screen.chosenInvoices.length)
                            onClicked: Kiosk.payment.chooseInvoices(screen.chosenInvoices)
                        }
                    }
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
                        maximumLineCount: 1
                        //: Heading: type an amount of one's own.
                        text: qsTr("Or another amount")
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.buttonHeight
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.text
                        border.width: Theme.border
                        KioskText {
                            objectName: "otherAmount"
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            level: "title"
                            horizontalAlignment: Text.AlignHCenter
                            maximumLineCount: 1
                            text: "\u2066" + screen.other + "\u2069"
                            //: Accessible name of the amount typed so far.
                            Accessible.name: qsTr("Amount: %1").arg(screen.other)
                        }
                    }
                    NumericKeypad {
                        id: keypad
                        extraKey: "."
                        Layout.alignment: Qt.AlignHCenter
                        onDigit: function(value) { if (screen.other.length < 12) screen.other += value }
                        onErase: screen.other = screen.other.slice(0, -1)
                    }
                    BigButton {
                        objectName: "payOtherButton"
                        Layout.fillWidth: true
                        enabled: screen.other.length > 0
                        //: Pays the amount typed on the number pad.
                        text: qsTr("Pay this amount")
                        //: %1 is the largest amount the kiosk takes at once.
                        detail: qsTr("up to %1").arg("\u2066" + Kiosk.payment.maximum + "\u2069")
                        onClicked: Kiosk.payment.chooseAmount(screen.other)
                    }
                }
            }
        }
    }
}
