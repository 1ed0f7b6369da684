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
}
