import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The outcome of the last action: green when done, red when refused (nothing was recorded).
Rectangle {
    id: bar
    property string text
    property bool error: false
    signal dismissed()
    visible: text !== ""
    implicitHeight: visible ? row.implicitHeight + 12 : 0
    color: error ? DeskTheme.badBack : DeskTheme.goodBack
    radius: DeskTheme.radius
    Layout.fillWidth: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 6
        Label {
            objectName: "messageText"
            Layout.fillWidth: true
            text: bar.text
            wrapMode: Text.Wrap
            color: bar.error ? DeskTheme.bad : DeskTheme.good
        }
        ToolButton {
            text: "✕"
            onClicked: bar.dismissed()
            Accessible.name: qsTr("Dismiss")
        }
    }
}
