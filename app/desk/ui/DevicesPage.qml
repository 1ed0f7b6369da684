import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// Kiosks: one-time enrollment codes, enrolled devices, revocation.
PageFrame {
    id: page
    objectName: "devicesPage"
    title: qsTr("Devices")
    subtitle: qsTr("Enrollment codes for new kiosks and the devices enrolled with them.")
    tableModel: manager.devices
    columnWeights: [1.1, 1.4, 0.7, 1.3, 1.3, 1.3, 0.8]
    filterPlaceholder: qsTr("Filter devices")
    readonly property string selected: table.currentKey

    SectionBox {
        title: qsTr("Authorize a new kiosk")
        FormField { id: label; label: qsTr("Kiosk name"); placeholder: qsTr("Lobby kiosk 2") }
        FormField { id: hours; label: qsTr("Code valid for (hours)"); text: "24" }
        Button { text: qsTr("Make an enrollment code"); onClicked: page.manager.authorizeDevice(label.text, hours.text) }
        TextField {
            visible: page.manager.lastEnrollmentCode !== ""
            readOnly: true
            selectByMouse: true
            Layout.fillWidth: true
            font.pixelSize: 20
            font.family: "monospace"
            text: page.manager.lastEnrollmentCode
        }
    }
    SectionBox {
        title: qsTr("Selected row")
        ConfirmButton {
            label: qsTr("Cancel this code")
            enabled: page.selected.startsWith("code:")
            onConfirmed: page.manager.cancelEnrollmentCode(page.selected)
        }
        FormField { id: reason; label: qsTr("Reason for revoking") }
        ConfirmButton {
            label: qsTr("Revoke this device")
            enabled: page.selected.startsWith("device:")
            onConfirmed: page.manager.revokeDevice(page.selected, reason.text)
        }
    }
}
