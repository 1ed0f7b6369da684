import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CourtyardKiosk

// The resident's repair requests: what, where and when, how urgent, the status the manager gave
// it (or "sending" while it is still in this kiosk's outbox), its age, and why it was declined.
FocusScope {
    id: screen

    signal back()
    signal newRequest()
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
            //: Title of the list of the resident's repair requests.
            title: qsTr("Your repair requests")
            onBack: screen.back()
            onSignOut: screen.signOut()
        }
        KioskText {
            Layout.fillWidth: true
            visible: Kiosk.account.repairs.count === 0
            color: Theme.mutedText
            text: qsTr("No repair requests.")
        }
        ListView {
            ScrollBar.vertical: ListScrollBar {}
            // Room for the scroll bar (on the left when mirrored).
            readonly property real barRoom: contentHeight > height ? Theme.mm(5) : 0
            objectName: "repairStatusList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: Kiosk.account.repairs
            Accessible.role: Accessible.List
            Accessible.name: header.title
            delegate: Panel {
                id: card
                required property string categoryText
                required property string location
                required property string description
                required property string urgencyText
                required property string status
                required property string statusText
                required property string requested
                required property string reason
                required property int ageDays
                width: ListView.view.width - ListView.view.barRoom
                x: Language.rightToLeft ? ListView.view.barRoom : 0
                height: lines.implicitHeight + 2 * Theme.spacing
                Accessible.role: Accessible.ListItem
                Accessible.name: categoryText + ", " + statusText + (location.length > 0 ? ", " + location : "") + ", " + description

                RowLayout {
                    id: lines
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.margin
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.mm(1)
                        KioskText {
                            Layout.fillWidth: true
                            font.bold: true
                            maximumLineCount: 1
                            //: A repair request's heading: category, then urgency.
                            text: qsTr("%1 · %2").arg(card.categoryText).arg(card.urgencyText)
                        }
                        KioskText {
                            objectName: "repairLocationLine"
                            Layout.fillWidth: true
                            // Requests made before the kiosk asked for the place have none.
                            visible: card.location.length > 0
                            level: "small"
                            maximumLineCount: 1
                            horizontalAlignment: Text.AlignLeft
                            //: Where the repair is, as the resident said it (a place like "Kitchen", or typed).
                            text: qsTr("Where: %1").arg(card.location)
                        }
                        KioskText {
                            Layout.fillWidth: true
                            level: "small"
                            maximumLineCount: 2
                            // Aligned with the lines above whatever its script (a description
                            // in Latin letters would otherwise sit on the left in Arabic).
                            horizontalAlignment: Text.AlignLeft
                            text: card.description
                        }
                        KioskText {
                            Layout.fillWidth: true
                            level: "small"
                            color: Theme.mutedText
                            maximumLineCount: 1
                            //: %1 is when the request was made; %Ln its age in days.
                            text: qsTr("Requested %1, %Ln day(s) ago", "", card.ageDays).arg(card.requested)
                        }
                        KioskText {
                            Layout.fillWidth: true
                            visible: card.reason.length > 0
                            level: "small"
                            color: Theme.danger
                            maximumLineCount: 2
                            //: Why the manager declined the request.
                            text: qsTr("Reason: %1").arg(card.reason)
                        }
                    }
                    StatusChip {
                        text: card.statusText
                        tone: card.status === "completed" || card.status === "confirmed" ? "ok"
                            : card.status === "rejected" ? "bad" : "pending"
                    }
                }
            }
        }
        BigButton {
            objectName: "anotherRepairButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.mm(120)
            kind: "secondary"
            //: Opens the form for another repair request.
            text: qsTr("Report another repair")
            onClicked: screen.newRequest()
        }
    }
}
