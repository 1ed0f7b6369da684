import QtQuick
import QtQuick.Layouts
import CourtyardKiosk

// Exactly what will be paid: the amount, the unit, and each invoice it settles (and any credit),
// before the payment terminal is asked. "Pay now" can be tapped once: the backend ignores a
// second tap while the terminal works.
FocusScope {
    id: screen

    signal back()
    signal signOut()

    Accessible.role: Accessible.Pane
    Accessible.name: header.title

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 2

        ScreenHeader {
            id: header
            Layout.fillWidth: true
            //: Title of the confirmation screen before paying.
            title: qsTr("Please check your payment")
            onBack: screen.back()
            onSignOut: screen.signOut()
        }
        Panel {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.mm(320)
            Layout.fillHeight: true
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.spacing
                KioskText {
                    Layout.fillWidth: true
                    color: Theme.mutedText
                    //: Label above the amount about to be paid.
                    text: qsTr("You will pay")
                }
                MoneyText {
                    objectName: "confirmAmount"
                    Layout.fillWidth: true
                    level: "huge"
                    amount: Kiosk.payment.amount
                }
                KioskText {
                    Layout.fillWidth: true
                    //: %1 is the unit number.
                    text: qsTr("for unit %1").arg("\u2066" + Kiosk.session.unit + "\u2069")
                }
                KioskText {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    font.bold: true
                    //: Heading of the list of what the payment settles.
                    text: qsTr("This pays:")
                }
                Repeater {
                    model: Kiosk.payment.summary
                    delegate: KioskText {
                        required property string modelData
                        objectName: "confirmLine"
                        Layout.fillWidth: true
                        maximumLineCount: 2
                        text: "• " + modelData
                    }
                }
                Item { Layout.fillHeight: true }
                KioskText {
                    Layout.fillWidth: true
                    color: Theme.mutedText
                    level: "small"
                    //: Explains the next step on the confirmation screen.
                    text: qsTr("After you touch Pay now, follow the instructions on the card terminal.")
                }
                KioskText {
                    objectName: "paymentMessage"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    color: Theme.danger
                    text: Kiosk.payment.message
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    BigButton {
                        objectName: "changeButton"
                        Layout.fillWidth: true
                        kind: "secondary"
                        //: Goes back to change what to pay.
                        text: qsTr("Change")
                        onClicked: screen.back()
                    }
                    BigButton {
                        objectName: "payNowButton"
                        Layout.fillWidth: true
                        enabled: !Kiosk.payment.busy
                        //: Starts the card payment on the terminal.
                        text: qsTr("Pay now")
                        onClicked: Kiosk.payment.pay()
                    }
                }
            }
        }
    }
}
