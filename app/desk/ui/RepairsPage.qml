import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// Repairs: the queue by status and age; quotes with documents, approval under the threshold (the
// committee co-signs above it), work started and complete, the vendor paid.
PageFrame {
    id: page
    objectName: "repairsPage"
    title: qsTr("Repairs")
    subtitle: qsTr("Committee threshold: %1. Sort by status or age to see what waits.").arg(manager.repairThreshold)
    tableModel: manager.repairs
    columnWeights: [1.2, 0.8, 1, 2, 1, 0.7, 0.9, 0.7, 1, 1.1]
    filterPlaceholder: qsTr("Filter repairs")
    sideWidth: 400
    readonly property string selected: table.currentKey
    readonly property string status: selected !== "" && manager.revision >= 0 ? manager.repairStatus(selected) : ""
    readonly property bool committee: selected !== "" && status === "quoted" && manager.revision >= 0 && manager.needsCommittee(selected)
    readonly property string committeeWaiting: committee && manager.revision >= 0 ? manager.committeeStatus(selected) : ""

    StatusChip {
        objectName: "committeeWaitingCount"
        visible: page.manager.committeeWaitingText !== ""
        tone: "warning"
        text: page.manager.committeeWaitingText
    }
    SectionBox {
        title: qsTr("Quote")
        enabled: page.status === "requested" || page.status === "quoted"
        FormField { id: vendor; label: qsTr("Vendor") }
        FormField { id: quote; label: qsTr("Amount"); placeholder: "1200.00" }
        FileField { id: quoteDoc; label: qsTr("Quote document") }
        Button { text: qsTr("Record quote"); onClicked: page.manager.quoteRepair(page.selected, vendor.text, quote.text, quoteDoc.path) }
    }
    SectionBox {
        title: qsTr("Decide")
        enabled: page.status === "requested" || page.status === "quoted"
        StatusChip {
            visible: page.committee
            tone: "warning"
            text: qsTr("Above the threshold: needs the committee")
        }
        Button { text: qsTr("Approve"); enabled: page.status === "quoted" && !page.committee; onClicked: page.manager.approveRepair(page.selected) }
        FormField {
            id: committeeNote
            objectName: "committeeNote"
            visible: page.committee
            label: qsTr("Note for the committee")
            placeholder: qsTr("Why this repair, why this quote")
        }
        Button {
            objectName: "sendToCommittee"
            visible: page.committee
            enabled: page.committeeWaiting === ""
            text: qsTr("Send to the committee")
            onClicked: if (page.manager.sendRepairToCommittee(page.selected, committeeNote.text)) committeeNote.text = ""
        }
        StatusChip {
            objectName: "committeeWaiting"
            visible: page.committeeWaiting !== ""
            tone: "warning"
            text: page.committeeWaiting
        }
        Label {
            visible: page.committee
            //: Under "Send to the committee": how the committee's co-signing works.
            text: qsTr("Your signed approval goes to the server; the committee co-signs it from their approval inbox. You can go on recording payments meanwhile: the approval stays valid for 14 days.")
            color: DeskTheme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        FormField { id: reason; label: qsTr("Reason to reject") }
        ConfirmButton { label: qsTr("Reject"); onConfirmed: page.manager.rejectRepair(page.selected, reason.text) }
    }
    SectionBox {
        title: qsTr("Work")
        RowLayout {
            Button { text: qsTr("Work started"); enabled: page.status === "approved"; onClicked: page.manager.startRepair(page.selected) }
            Button { text: qsTr("Work complete"); enabled: page.status === "started"; onClicked: page.manager.completeRepair(page.selected) }
        }
        FormField { id: paid; label: qsTr("Amount paid to the vendor") }
        FileField { id: invoice; label: qsTr("Vendor's invoice") }
        Button {
            text: qsTr("Pay the vendor")
            enabled: page.status === "completed" || page.status === "confirmed"
            onClicked: page.manager.payVendor(page.selected, paid.text, invoice.path)
        }
    }
}
