import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

PageFrame {
    id: page
    objectName: "unitsPage"
    title: qsTr("Units")
    subtitle: qsTr("Every unit with its area, share of the common costs, residents and what it owes.")
    tableModel: manager.units
    columnWeights: [1, 1, 1, 1, 1.4, 1.4, 1.2]
    filterPlaceholder: qsTr("Filter units")
    readonly property string selected: table.currentKey
    onSelectedChanged: {
        const d = manager.unitDetails(selected)
        newArea.text = d.area || ""; newShare.text = d.share || ""
    }

    SectionBox {
        title: qsTr("Register a unit")
        FormField { id: number; label: qsTr("Unit number"); placeholder: "12-0301" }
        FormField { id: area; label: qsTr("Area (m²)"); placeholder: "85.50" }
        FormField { id: share; label: qsTr("Share of common costs (%)"); placeholder: "1.25" }
        Button {
            text: qsTr("Register")
            onClicked: if (page.manager.registerUnit(number.text, area.text, share.text)) { number.text = ""; area.text = ""; share.text = "" }
        }
    }
    // unit.update: the area, the share or both; a share that takes the total over 100 % is refused.
    SectionBox {
        objectName: "editUnitBox"
        title: page.selected !== "" ? qsTr("Change unit %1").arg(page.selected) : qsTr("Change the selected unit")
        enabled: page.selected !== ""
        FormField { id: newArea; objectName: "editUnitArea"; label: qsTr("Area (m²)"); placeholder: "85.50" }
        FormField { id: newShare; objectName: "editUnitShare"; label: qsTr("Share of common costs (%)"); placeholder: "1.25" }
        Label {
            text: qsTr("Invoices already posted keep their amounts; the next period close reads the new area.")
            color: DeskTheme.muted; wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        ConfirmButton {
            objectName: "editUnitButton"
            label: qsTr("Save the unit")
            onConfirmed: page.manager.updateUnit(page.selected, newArea.text, newShare.text)
        }
    }
}
