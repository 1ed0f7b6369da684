import QtQuick
import QtQuick.Layouts
import CourtyardKiosk

// The card terminal's part: waiting for it, then approved, declined, timed out or cancelled,
// each said plainly with what happened to the money and what the resident can do next.
FocusScope {
    id: screen

    readonly property string state: Kiosk.payment.state

    signal receipt()
    signal home()
    signal retry()
    signal signOut()

    Accessible.role: Accessible.Pane
    Accessible.name: headline.text

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 2

        Item { Layout.fillHeight: true }
        KioskText {
            id: headline
            objectName: "terminalHeadline"
            Layout.fillWidth: true
            level: "huge"
            horizontalAlignment: Text.AlignHCenter
            color: screen.state === "approved" ? Theme.success
                 : screen.state === "waitingForTerminal" ? Theme.text : Theme.danger
            Accessible.role: Accessible.Heading
            text: {
                switch (screen.state) {
                //: The payment terminal accepted the card.
                case "approved": return qsTr("Payment approved")
                //: The bank refused the card.
                case "declined": return qsTr("Card declined")
                //: The payment terminal did not answer in time.
                case "timedOut": return qsTr("No answer from the terminal")
                //: The resident or the terminal stopped the payment.
                case "cancelled": return qsTr("Payment cancelled")
                //: While the card terminal works.
                default: return qsTr("Please use the card terminal")
                }
            }
        }
        MoneyText {
            objectName: "terminalAmount"
            Layout.fillWidth: true
            level: "title"
            horizontalAlignment: Text.AlignHCenter
            amount: Kiosk.payment.amount
        }
        KioskText {
            objectName: "terminalDetail"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.mm(360)
            Layout.alignment: Qt.AlignHCenter
            horizontalAlignment: Text.AlignHCenter
            maximumLineCount: 4
            text: {
                switch (screen.state) {
                case "approved":
                    //: After approval; the payment is in the kiosk's outbox until the server seals it.
                    return qsTr("Thank you. Your payment is recorded and your receipt is ready.")
                case "declined":
                    return qsTr("No money was taken. You can try another card or pay later.")
                case "timedOut":
                    //: After a terminal time-out: asking again never charges twice.
                    return qsTr("We do not know yet whether the card was charged. Touch Check again: you will never be charged twice.")
                case "cancelled":
                    return qsTr("No money was taken.")
                default:
                    return qsTr("Insert, tap or swipe your card on the terminal and follow its instructions.")
                }
            }
        }
        KioskText {
            Layout.fillWidth: true
            visible: text.length > 0
            horizontalAlignment: Text.AlignHCenter
            color: Theme.danger
            text: Kiosk.payment.message
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.margin
            visible: screen.state !== "waitingForTerminal"

            BigButton {
                objectName: "receiptButton"
                visible: screen.state === "approved"
                Layout.preferredWidth: Theme.mm(110)
                //: Shows the receipt of the payment just made.
                text: qsTr("See receipt")
                onClicked: screen.receipt()
            }
            BigButton {
                objectName: "checkAgainButton"
                visible: screen.state === "timedOut"
                Layout.preferredWidth: Theme.mm(110)
                //: Asks the terminal again about a payment that timed out.
                text: qsTr("Check again")
                onClicked: Kiosk.payment.pay()
            }
            BigButton {
                objectName: "tryAgainButton"
                visible: screen.state === "declined" || screen.state === "cancelled"
                Layout.preferredWidth: Theme.mm(110)
                //: Goes back to choose what to pay after a declined or cancelled payment.
                text: qsTr("Try again")
                onClicked: screen.retry()
            }
            BigButton {
                objectName: "homeButton"
                kind: "secondary"
                Layout.preferredWidth: Theme.mm(110)
                //: Back to the resident's overview.
                text: qsTr("Done")
                onClicked: screen.home()
            }
        }
    }
}
