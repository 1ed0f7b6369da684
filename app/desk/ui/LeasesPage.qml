import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// Leases: create, renew, amend, terminate with the deposit's settlement; every version kept.
PageFrame {
    id: page
    objectName: "leasesPage"
    title: qsTr("Leases")
    subtitle: qsTr("Select a lease to see its versions; every change is a new version, the old ones stay.")
    tableModel: manager.leases
    columnWeights: [0.8, 0.8, 1.6, 1.2, 1, 1, 0.6, 0.9, 1.2]
    filterPlaceholder: qsTr("Filter leases")
    sideWidth: 420
    readonly property string selected: table.currentKey
    onSelectedChanged: manager.showLeaseVersions(selected)

    SectionBox {
        title: qsTr("Versions of the selected lease")
        DataTable {
            objectName: "versionsTable"
            Layout.fillWidth: true
            Layout.preferredHeight: 170
            showFilter: false
            model: page.manager.leaseVersions
            columnWeights: [0.6, 1, 1.2, 0.6, 1, 1.2, 1.2, 0.8]
        }
    }
    TabBar {
        id: tabs
        Layout.fillWidth: true
        TabButton { text: qsTr("New") }
        TabButton { text: qsTr("Renew") }
        TabButton { text: qsTr("Amend") }
        TabButton { text: qsTr("Terminate") }
    }
    StackLayout {
        currentIndex: tabs.currentIndex
        Layout.fillWidth: true
        ColumnLayout {
            ComboBox { id: unit; Layout.fillWidth: true; model: page.manager.unitNumbers; Accessible.name: qsTr("Unit") }
            FormField { id: residents; label: qsTr("Residents (ids, separated by spaces)") }
            FormField { id: rent; label: qsTr("Monthly rent"); placeholder: "4500.00" }
            FormField { id: day; label: qsTr("Billing day (1-31)"); text: "1" }
            FormField { id: start; label: qsTr("Start (YYYY-MM-DD)") }
            FormField { id: end; label: qsTr("End (YYYY-MM-DD, empty: open-ended)") }
            FormField { id: deposit; label: qsTr("Deposit"); text: "0" }
            FormField { id: grace; label: qsTr("Grace days"); text: "5" }
            FileField { id: document; label: qsTr("Signed lease (scan)") }
            Button {
                text: qsTr("Create lease")
                onClicked: page.manager.createLease(unit.currentText, residents.text, rent.text, day.text, start.text, end.text, deposit.text, grace.text, document.path)
            }
        }
        ColumnLayout {
            FormField { id: renewEnd; label: qsTr("New end (YYYY-MM-DD)") }
            FormField { id: renewRent; label: qsTr("New rent (empty: unchanged)") }
            FileField { id: renewDoc; label: qsTr("Signed renewal") }
            Button { text: qsTr("Renew"); enabled: page.selected !== ""; onClicked: page.manager.renewLease(page.selected, renewEnd.text, renewRent.text, renewDoc.path) }
        }
        ColumnLayout {
            FormField { id: effective; label: qsTr("Effective from (YYYY-MM-DD)") }
            FormField { id: amendRent; label: qsTr("New rent (empty: unchanged)") }
            FormField { id: amendEnd; label: qsTr("New end (empty: unchanged)") }
            FileField { id: amendDoc; label: qsTr("Signed amendment") }
            Button { text: qsTr("Amend"); enabled: page.selected !== ""; onClicked: page.manager.amendLease(page.selected, effective.text, amendRent.text, amendEnd.text, amendDoc.path) }
        }
        ColumnLayout {
            FormField { id: termDate; label: qsTr("Last day (YYYY-MM-DD)") }
            Label { text: qsTr("Deductions from the deposit, one per line: reason=amount"); color: DeskTheme.muted; wrapMode: Text.Wrap; Layout.fillWidth: true }
            TextArea { id: deductions; Layout.fillWidth: true; Layout.preferredHeight: 80; placeholderText: "cleaning=500.00"; Accessible.name: qsTr("Deductions") }
            ConfirmButton {
                label: qsTr("Terminate and settle the deposit")
                enabled: page.selected !== ""
                onConfirmed: page.manager.terminateLease(page.selected, termDate.text, deductions.text)
            }
        }
    }
}
