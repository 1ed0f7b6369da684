import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CourtyardKiosk

// The signed-in resident's overview: what is due now and when next, the open invoices with what
// each is for, prepaid credit, recent payments (pending or confirmed), open repair requests with
// their status and age, and the resident's credit score with its main reasons in plain words.
FocusScope {
    id: screen

    signal pay()
    signal repair()
    signal repairs()
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
            canGoBack: false
            //: Title of the home screen; %1 is the unit number.
            title: qsTr("Unit %1").arg("\u2066" + Kiosk.account.unit + "\u2069")
            onSignOut: screen.signOut()
        }

        KioskText {
            Layout.fillWidth: true
            visible: Kiosk.account.message.length > 0
            color: Theme.danger
            text: Kiosk.account.message
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            // -- what is due --------------------------------------------------------------
            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 5
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.spacing
                    KioskText {
                        Layout.fillWidth: true
                        color: Theme.mutedText
                        //: Label above the total amount the resident owes now.
                        text: qsTr("Due now")
                    }
                    MoneyText {
                        objectName: "dueNow"
                        Layout.fillWidth: true
                        level: "huge"
                        amount: Kiosk.account.dueNow
                    }
                    KioskText {
                        objectName: "overdue"
                        Layout.fillWidth: true
                        visible: Kiosk.account.overdueMinor > 0
                        color: Theme.danger
                        font.bold: true
                        //: The part of the amount due whose due date has passed; %1 is an amount.
                        text: qsTr("Overdue: %1").arg("\u2066" + Kiosk.account.overdue + "\u2069")
                    }
                    KioskText {
                        objectName: "nextDue"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: Kiosk.account.nextDue.length > 0
                              //: The next due date that has not passed yet; %1 is a date.
                              ? qsTr("Next due date: %1").arg(Kiosk.account.nextDue)
                              : Kiosk.account.dueNowMinor > 0 ? ""
                              //: Shown when no invoice is open.
                              : qsTr("Nothing is due. Thank you!")
                    }
                    KioskText {
                        objectName: "credit"
                        Layout.fillWidth: true
                        visible: Kiosk.account.creditMinor > 0
                        color: Theme.success
                        //: Money paid in advance; %1 is an amount.
                        text: qsTr("Prepaid credit: %1").arg("\u2066" + Kiosk.account.credit + "\u2069")
                    }
                    KioskText {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        font.bold: true
                        //: Heading of the list of unpaid invoices.
                        text: qsTr("Open invoices")
                    }
                    ListView {
                        ScrollBar.vertical: ListScrollBar {}
                        // Room for the scroll bar (on the left when mirrored).
                        readonly property real barRoom: contentHeight > height ? Theme.mm(5) : 0
                        objectName: "invoiceList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: Theme.mm(2)
                        model: Kiosk.account.invoices
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Open invoices")
                        delegate: ColumnLayout {
                            id: invoiceRow
                            required property string what
                            required property string due
                            required property string open
                            required property bool overdue
                            width: ListView.view.width - ListView.view.barRoom
                            x: Language.rightToLeft ? ListView.view.barRoom : 0
                            spacing: 0
                            Accessible.role: Accessible.ListItem
                            Accessible.name: what + ", " + open + ", " + due
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                KioskText {
                                    Layout.fillWidth: true
                                    maximumLineCount: 2
                                    text: invoiceRow.what
                                }
                                MoneyText {
                                    amount: invoiceRow.open
                                }
                            }
                            KioskText {
                                Layout.fillWidth: true
                                level: "small"
                                maximumLineCount: 1
                                color: invoiceRow.overdue ? Theme.danger : Theme.mutedText
                                font.bold: invoiceRow.overdue
                                //: %1 is the due date of an invoice.
                                text: invoiceRow.overdue ? qsTr("overdue since %1").arg(invoiceRow.due) : qsTr("due %1").arg(invoiceRow.due)
                            }
                        }
                    }
                    BigButton {
                        objectName: "payButton"
                        Layout.fillWidth: true
                        enabled: Kiosk.account.loaded
                        //: Opens the payment screen.
                        text: qsTr("Pay")
                        onClicked: screen.pay()
                    }
                }
            }

            // -- payments and repairs -----------------------------------------------------
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 4
                spacing: Theme.margin
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
                            //: Heading of the list of the unit's latest payments.
                            text: qsTr("Recent payments")
                        }
                        KioskText {
                            Layout.fillWidth: true
                            visible: Kiosk.account.payments.count === 0
                            color: Theme.mutedText
                            //: Shown when the unit has no payment yet.
                            text: qsTr("No payments yet.")
                        }
                        ListView {
                            ScrollBar.vertical: ListScrollBar {}
                            // Room for the scroll bar (on the left when mirrored).
                            readonly property real barRoom: contentHeight > height ? Theme.mm(5) : 0
                            objectName: "paymentList"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            spacing: Theme.mm(2)
                            model: Kiosk.account.payments
                            Accessible.role: Accessible.List
                            Accessible.name: qsTr("Recent payments")
                            delegate: ColumnLayout {
                                id: paymentRow
                                required property string amount
                                required property string time
                                required property string status
                                required property string statusText
                                width: ListView.view.width - ListView.view.barRoom
                                x: Language.rightToLeft ? ListView.view.barRoom : 0
                                spacing: 0
                                Accessible.role: Accessible.ListItem
                                Accessible.name: amount + ", " + time + ", " + statusText
                                RowLayout {
                                    Layout.fillWidth: true
                                    spacing: Theme.spacing
                                    MoneyText { amount: paymentRow.amount }
                                    Item { Layout.fillWidth: true }
                                    StatusChip {
                                        text: paymentRow.statusText
                                        tone: paymentRow.status === "confirmed" ? "ok" : paymentRow.status === "pending" ? "pending" : "bad"
                                    }
                                }
                                KioskText {
                                    Layout.fillWidth: true
                                    level: "small"
                                    maximumLineCount: 1
                                    color: Theme.mutedText
                                    text: paymentRow.time
                                }
                            }
                        }
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
                            //: Heading of the list of the resident's repair requests.
                            text: qsTr("Repair requests")
                        }
                        KioskText {
                            Layout.fillWidth: true
                            visible: Kiosk.account.repairs.count === 0
                            color: Theme.mutedText
                            //: Shown when the resident has no repair request.
                            text: qsTr("No repair requests.")
                        }
                        ListView {
                            ScrollBar.vertical: ListScrollBar {}
                            // Room for the scroll bar (on the left when mirrored).
                            readonly property real barRoom: contentHeight > height ? Theme.mm(5) : 0
                            objectName: "repairList"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            spacing: Theme.mm(2)
                            model: Kiosk.account.repairs
                            Accessible.role: Accessible.List
                            Accessible.name: qsTr("Repair requests")
                            delegate: ColumnLayout {
                                id: repairRow
                                required property string categoryText
                                required property string statusText
                                required property string status
                                required property int ageDays
                                required property string location
                                width: ListView.view.width - ListView.view.barRoom
                                x: Language.rightToLeft ? ListView.view.barRoom : 0
                                spacing: 0
                                Accessible.role: Accessible.ListItem
                                Accessible.name: categoryText + ", " + statusText + (location.length > 0 ? ", " + location : "")
                                RowLayout {
                                    Layout.fillWidth: true
                                    spacing: Theme.spacing
                                    KioskText {
                                        Layout.fillWidth: true
                                        maximumLineCount: 1
                                        text: repairRow.categoryText
                                    }
                                    StatusChip {
                                        text: repairRow.statusText
                                        tone: repairRow.status === "completed" || repairRow.status === "confirmed" ? "ok"
                                            : repairRow.status === "rejected" ? "bad" : "pending"
                                    }
                                }
                                KioskText {
                                    Layout.fillWidth: true
                                    level: "small"
                                    maximumLineCount: 1
                                    color: Theme.mutedText
                                    // The place, as the resident gave it, after the age (requests made
                                    // before the kiosk asked for it have none).
                                    //: How old a repair request is, in whole days.
                                    text: qsTr("%Ln day(s)", "", repairRow.ageDays)
                                          + (repairRow.location.length > 0 ? " · " + repairRow.location : "")
                                }
                            }
                        }
                        // Side by side in large text too (labels shrink to fit): stacked, they
                        // left the request list above them a sliver.
                        GridLayout {
                            Layout.fillWidth: true
                            columns: 2
                            columnSpacing: Theme.spacing
                            rowSpacing: Theme.spacing
                            BigButton {
                                objectName: "newRepairButton"
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                shrinkToFit: true
                                kind: "secondary"
                                //: Opens the form to report something broken.
                                text: qsTr("Report a repair")
                                onClicked: screen.repair()
                            }
                            BigButton {
                                objectName: "repairStatusButton"
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                shrinkToFit: true
                                kind: "secondary"
                                //: Opens the list of the resident's repair requests with their history.
                                text: qsTr("Follow requests")
                                onClicked: screen.repairs()
                            }
                        }
                    }
                }
            }

            // -- credit score -------------------------------------------------------------
            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.spacing
                    KioskText {
                        Layout.fillWidth: true
                        font.bold: true
                        //: Heading of the resident's own credit score.
                        text: qsTr("Your credit score")
                    }
                    KioskText {
                        objectName: "score"
                        Layout.fillWidth: true
                        level: "huge"
                        text: Kiosk.account.hasScore ? Kiosk.account.scoreText : "—"
                        //: Accessible name of the score; %1 is the number.
                        Accessible.name: qsTr("Credit score %1").arg(text)
                    }
                    KioskText {
                        Layout.fillWidth: true
                        visible: !Kiosk.account.hasScore
                        color: Theme.mutedText
                        maximumLineCount: 4
                        //: Shown instead of a score for a new resident.
                        text: qsTr("No score yet: it is worked out at the end of each month.")
                    }
                    KioskText {
                        Layout.fillWidth: true
                        visible: Kiosk.account.hasScore
                        color: Theme.mutedText
                        //: Heading above the reasons that explain the score.
                        text: qsTr("Why:")
                    }
                    Repeater {
                        model: Kiosk.account.scoreReasons.slice(0, 3)
                        delegate: KioskText {
                            required property string modelData
                            Layout.fillWidth: true
                            level: "small"
                            maximumLineCount: 4
                            text: "• " + modelData
                        }
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }
    }
}
