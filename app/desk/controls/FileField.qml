import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// A file chosen for a form (a key file, a scanned lease, a quote): a path field and a Browse
// button opening the platform's file dialog.
ColumnLayout {
    id: field
    property alias label: title.text
    property alias path: input.text
    property var nameFilters: [qsTr("All files (*)")]
    spacing: 2
    Layout.fillWidth: true

    Label { id: title; color: DeskTheme.muted; font.pixelSize: DeskTheme.fontSize - 1 }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: input
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("Path of the file")
            Accessible.name: title.text
        }
        Button {
            text: qsTr("Browse…")
            onClicked: dialog.open()
        }
    }
    FileDialog {
        id: dialog
        title: field.label
        nameFilters: field.nameFilters
        onAccepted: input.text = selectedFile.toString().replace(/^file:\/\//, "")
    }
}
