import QtQuick
import QtQuick.Layouts
import CourtyardKiosk

// The receipt of the payment just made: unit, amount, what it covers, time, transaction id,
// approval code and the QR code that lets anyone verify it later. "Pending" until the block
// holding it is verified on this kiosk, then "Confirmed" (it turns while it is on screen).
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
            //: Title of the receipt screen.
            title: qsTr("Receipt")
            onBack: screen.back()
            onSignOut: screen.signOut()
        }
        RowLayout {
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

                    KioskText {
                        color: Theme.mutedText
                        //: Receipt field label.
                        text: qsTr("Status")
                    }
                    StatusChip {
                        objectName: "receiptStatus"
                        Layout.alignment: Qt.AlignLeading
                        text: Kiosk.receipt.statusText
                        tone: Kiosk.receipt.confirmed ? "ok" : "pending"
                    }
                    KioskText {
                        color: Theme.mutedText
                        //: Receipt field label.
                        text: qsTr("Amount")
                    }
                    MoneyText {
                        objectName: "receiptAmount"
                        level: "title"
                        amount: Kiosk.receipt.amount
                    }
                    KioskText {
                        color: Theme.mutedText
                        //: Receipt field label: the flat's unit number.
                        text: qsTr("Unit")
                    }
                    KioskText {
                        objectName: "receiptUnit"
                        Layout.fillWidth: true
                        text: "\u2066" + Kiosk.receipt.unit + "\u2069"
                    }
                    KioskText {
                        Layout.alignment: Qt.AlignTop
                        color: Theme.mutedText
                        //: Receipt field label: what the payment paid for.
                        text: qsTr("Covers")
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.mm(1)
                        Repeater {
                            model: Kiosk.receipt.invoices
                            delegate: KioskText {
                                required property string modelData
                                objectName: "receiptLine"
                                Layout.fillWidth: true
                                maximumLineCount: 2
                                text: modelData
                            }
                        }
                    }
                    KioskText {
                        color: Theme.mutedText
                        //: Receipt field label.
                        text: qsTr("Time")
                    }
                    KioskText {
                        objectName: "receiptTime"
                        Layout.fillWidth: true
                        text: Kiosk.receipt.time
                    }
                    KioskText {
                        color: Theme.mutedText
                        //: Receipt field label: the code the card terminal gave.
                        text: qsTr("Approval code")
                    }
                    KioskText {
                        Layout.fillWidth: true
                        text: "\u2066" + Kiosk.receipt.approvalCode + "\u2069"
                    }
                    KioskText {
                        Layout.alignment: Qt.AlignTop
                        color: Theme.mutedText
                        //: Receipt field label: the ledger's id of the payment.
                        text: qsTr("Transaction")
                    }
                    KioskText {
                        objectName: "receiptTransaction"
                        Layout.fillWidth: true
                        level: "small"
                        font.family: "DejaVu Sans Mono"
                        wrapMode: Text.WrapAnywhere
                        text: Kiosk.receipt.transactionId
                    }
                    Item { Layout.fillHeight: true; Layout.columnSpan: 2 }
                }
            }
            Panel {
                Layout.preferredWidth: Theme.mm(150)
                Layout.fillHeight: true
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.spacing
                    Rectangle {
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: Theme.mm(100)
                        Layout.preferredHeight: Theme.mm(100)
                        color: "#ffffff"
                        Image {
                            objectName: "receiptQr"
                            anchors.fill: parent
                            source: Kiosk.receipt.qrDataUrl
                            fillMode: Image.PreserveAspectFit
                            smooth: false
                            Accessible.role: Accessible.Graphic
                            //: Accessible name of the receipt's QR code.
                            Accessible.name: qsTr("QR code to verify this receipt")
                        }
                    }
                    KioskText {
                        Layout.fillWidth: true
                        level: "small"
                        horizontalAlignment: Text.AlignHCenter
                        maximumLineCount: 3
                        color: Theme.mutedText
                        //: Under the receipt's QR code.
                        text: qsTr("Scan to keep or verify this receipt.")
                    }
                    Item { Layout.fillHeight: true }
                    KioskText {
                        objectName: "receiptMessage"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        level: "small"
                        text: Kiosk.receipt.message
                    }
                    BigButton {
                        objectName: "printButton"
                        Layout.fillWidth: true
                        kind: "secondary"
                        //: Prints the receipt on the kiosk's printer.
                        text: qsTr("Print")
                        onClicked: Kiosk.receipt.print()
                    }
                    BigButton {
                        objectName: "pdfButton"
                        Layout.fillWidth: true
                        kind: "secondary"
                        //: Saves the receipt as a PDF file.
                        text: qsTr("Save as PDF")
                        onClicked: Kiosk.receipt.savePdf(KioskTools.receiptPdfPath(Kiosk.receipt.transactionId))
                    }
                    BigButton {
                        objectName: "receiptDone"
                        Layout.fillWidth: true
                        //: Leaves the receipt for the resident's overview.
                        text: qsTr("Done")
                        onClicked: screen.back()
                    }
                }
            }
        }
    }
}
