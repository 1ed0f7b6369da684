import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A titled panel holding a form or a detail.
Frame {
    id: box
    property string title
    default property alias content: inner.data
    Layout.fillWidth: true
    padding: 10
    background: Rectangle { color: DeskTheme.panel; border.color: DeskTheme.border; radius: DeskTheme.radius }
    ColumnLayout {
        anchors.fill: parent
        spacing: DeskTheme.spacing
        Label { visible: box.title !== ""; text: box.title; font.bold: true; color: DeskTheme.text }
        ColumnLayout { id: inner; Layout.fillWidth: true; spacing: DeskTheme.spacing }
    }
}
