import QtQuick
import QtQuick.Layouts
import CourtyardKiosk

// One choice out of a few, as big buttons in a wrapping row: `choices` is [{code, text}].
Flow {
    id: row

    property var choices: []
    property string current: ""
    property string accessibleName: ""

    signal picked(string code)

    spacing: Theme.spacing
    Accessible.role: Accessible.Grouping
    Accessible.name: accessibleName

    Repeater {
        model: row.choices
        delegate: BigButton {
            required property var modelData
            objectName: "choice_" + modelData.code
            kind: "secondary"
            selected: row.current === modelData.code
            text: modelData.text
            implicitWidth: Math.max(Theme.mm(50), contentItem.implicitWidth + 2 * Theme.spacing)
            Accessible.role: Accessible.RadioButton
            Accessible.checkable: true
            Accessible.checked: selected
            onClicked: row.picked(modelData.code)
        }
    }
}
