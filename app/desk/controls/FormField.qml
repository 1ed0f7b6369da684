import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled text field of a form: `label`, `text`, `placeholder`, `hint` (shown under it).
ColumnLayout {
    id: field
    property alias label: title.text
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias echoMode: input.echoMode
    property alias validator: input.validator
    property alias input: input
    property string hint: ""
    signal accepted()
    spacing: 2
    Layout.fillWidth: true

    Label { id: title; color: DeskTheme.muted; font.pixelSize: DeskTheme.fontSize - 1 }
    TextField {
        id: input
        Layout.fillWidth: true
        selectByMouse: true
        Accessible.name: title.text
        onAccepted: field.accepted()
    }
    Label {
        visible: field.hint !== ""
        text: field.hint
        color: DeskTheme.muted
        font.pixelSize: DeskTheme.fontSize - 2
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
