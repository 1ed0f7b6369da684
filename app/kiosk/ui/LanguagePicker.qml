import QtQuick
import QtQuick.Controls.Basic
import CourtyardKiosk

// The four languages, each named in itself and in its own font, so that a resident recognises
// theirs whatever the kiosk is showing. Choosing one retranslates every screen at once.
Row {
    id: picker

    signal chosen(string code)

    spacing: Theme.spacing
    Accessible.role: Accessible.Grouping
    //: Accessible name of the row of language buttons.
    Accessible.name: qsTr("Language")

    Repeater {
        model: Language.choices
        delegate: BigButton {
            required property var modelData
            objectName: "language_" + modelData.code
            kind: "secondary"
            selected: Language.code === modelData.code
            text: modelData.name
            font.family: modelData.font
            width: Theme.mm(62)
            Accessible.name: modelData.name
            onClicked: {
                Language.setLanguage(modelData.code)
                picker.chosen(modelData.code)
            }
        }
    }
}
