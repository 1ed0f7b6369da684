import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// Residents: the ledger knows them by a random id; names and phones stay on this desk.
PageFrame {
    id: page
    objectName: "residentsPage"
    title: qsTr("Residents and cards")
    subtitle: qsTr("Names and phone numbers stay on this desk; the ledger only knows a resident's random id.")
    tableModel: manager.residents
    columnWeights: [0.8, 1.5, 1.2, 1.2, 0.8, 1.3]
    filterPlaceholder: qsTr("Filter residents")
    readonly property string selected: table.currentKey
    // Where the selected resident lives (the ledger's), read again after every change.
    readonly property var livesIn: { manager.revision; return selected !== "" ? manager.residentDetails(selected).units : [] }
    onSelectedChanged: {
        const d = manager.residentDetails(selected)
        name.text = d.name; phone.text = d.phone; note.text = d.note
    }

    SectionBox {
        title: qsTr("Register a resident")
        ComboBox { id: unit; Layout.fillWidth: true; model: page.manager.unitNumbers; Accessible.name: qsTr("Unit") }
        FormField { id: newName; label: qsTr("Name") }
        FormField { id: newPhone; label: qsTr("Phone") }
        Button {
            text: qsTr("Register")
            onClicked: if (page.manager.registerResident(unit.currentText, newName.text, newPhone.text)) { newName.text = ""; newPhone.text = "" }
        }
    }
    SectionBox {
        title: qsTr("Selected resident")
        enabled: page.selected !== ""
        FormField { id: name; label: qsTr("Name") }
        FormField { id: phone; label: qsTr("Phone") }
        FormField { id: note; label: qsTr("Note") }
        Button { text: qsTr("Save on this desk"); onClicked: page.manager.saveResident(page.selected, name.text, phone.text, note.text) }
    }
    SectionBox {
        objectName: "residentUnitsBox"
        title: qsTr("Units of the selected resident")
        enabled: page.selected !== ""
        Label {
            visible: page.selected !== ""
            text: page.livesIn.length > 0 ? qsTr("Lives in: %1").arg(page.livesIn.join(", ")) : qsTr("Lives in no unit (moved out).")
            wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        ComboBox { id: linkUnit; objectName: "linkUnit"; Layout.fillWidth: true; model: page.manager.unitNumbers; Accessible.name: qsTr("Unit to link") }
        Button {
            objectName: "linkResidentButton"
            text: qsTr("Link to this unit too")
            onClicked: page.manager.linkResident(page.selected, linkUnit.currentText)
        }
        ComboBox { id: leaveUnit; objectName: "moveOutUnit"; Layout.fillWidth: true; model: page.livesIn; Accessible.name: qsTr("Unit moved out of") }
        Label {
            text: qsTr("Out of the last unit, the resident's kiosk card stops working; the name stays on this desk.")
            color: DeskTheme.muted; wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        ConfirmButton {
            objectName: "moveOutButton"
            label: qsTr("Record the move-out")
            enabled: page.livesIn.length > 0
            onConfirmed: page.manager.moveOut(page.selected, leaveUnit.currentText)
        }
    }
    SectionBox {
        title: qsTr("Kiosk card and PIN")
        enabled: page.selected !== ""
        FormField { id: card; label: qsTr("Card (read it with the card reader)") }
        FormField { id: pin; label: qsTr("PIN (4 to 12 digits)"); echoMode: TextInput.Password }
        FormField { id: pin2; label: qsTr("PIN again"); echoMode: TextInput.Password }
        Button {
            text: qsTr("Enroll card and PIN")
            onClicked: if (page.manager.enrollCard(page.selected, card.text, pin.text, pin2.text)) { card.text = ""; pin.text = ""; pin2.text = "" }
        }
    }
}
