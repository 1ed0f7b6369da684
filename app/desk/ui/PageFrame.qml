import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// A manager page: title, the outcome of the last action, the page's table and, beside it, the
// forms that act on the selected row.
Item {
    id: frame
    property string title
    property string subtitle
    property alias table: table
    property alias tableModel: table.model
    property alias columnWeights: table.columnWeights
    property alias filterPlaceholder: table.filterPlaceholder
    property int sideWidth: 380
    default property alias side: sideColumn.data
    readonly property var manager: Desk.manager

    function focusFilter() {
        const f = table.children[0]
        table.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 14
        spacing: 10
        PageHeader { title: frame.title; subtitle: frame.subtitle }
        MessageBar {
            objectName: "managerMessage"
            text: frame.manager ? frame.manager.message : ""
            error: frame.manager ? frame.manager.messageIsError : false
            onDismissed: frame.manager.clearMessage()
        }
        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal
            DataTable {
                id: table
                objectName: "pageTable"
                SplitView.fillWidth: true
                SplitView.minimumWidth: 360
            }
            ScrollView {
                SplitView.preferredWidth: frame.sideWidth
                SplitView.minimumWidth: 260
                contentWidth: availableWidth
                ColumnLayout {
                    id: sideColumn
                    width: parent.width
                    spacing: 10
                }
            }
        }
    }
}
