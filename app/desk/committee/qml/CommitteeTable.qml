// A sortable table over one of the committee's C++ models: a header that sorts when clicked
// (when the model can sort), rows selected with the mouse or the arrow keys, a cell in alarm
// colours when its model says `alert`. Mirrors for right-to-left languages by flipping the view
// and each cell back, since TableView lays columns out left to right in Qt 6.4.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: root

    required property var model
    property var columnWidths: []
    property int currentRow: -1
    property bool sortable: false
    property int sortColumn: -1
    property bool sortDescending: false
    readonly property bool mirrored: Qt.application.layoutDirection === Qt.RightToLeft
    readonly property alias view: table
    // The selection by its row's key, when the page gives both functions: a row chosen with the
    // mouse or the keys stays selected wherever a sort, a filter or new data moves it (not shown:
    // nothing selected; shown again: selected again). forget() drops it (other data altogether).
    property var keyOfRow: null   // function (row) -> key
    property var rowOfKey: null   // function (key) -> row, -1 when not shown
    property var selectedKey: undefined
    function follow() {
        if (root.rowOfKey && root.selectedKey !== undefined)
            root.currentRow = root.rowOfKey(root.selectedKey)
    }
    function forget() {
        root.selectedKey = undefined
        root.currentRow = -1
    }
    Connections {
        target: root.model
        function onModelReset() { root.follow() }
        function onLayoutChanged() { root.follow() }
        function onRowsMoved() { root.follow() }
    }

    signal sortRequested(int column, bool descending)
    signal activated(int row)

    spacing: 0

    HorizontalHeaderView {
        id: header
        Layout.fillWidth: true
        syncView: table
        clip: true
        transform: Scale { origin.x: header.width / 2; xScale: root.mirrored ? -1 : 1 }
        delegate: Rectangle {
            implicitHeight: headerLabel.implicitHeight + 12
            implicitWidth: headerLabel.implicitWidth + 16
            color: palette.button
            border.color: palette.mid
            Label {
                id: headerLabel
                anchors.fill: parent
                anchors.margins: 6
                transform: Scale { origin.x: headerLabel.width / 2; xScale: root.mirrored ? -1 : 1 }
                text: display + (root.sortColumn === column ? (root.sortDescending ? " ▼" : " ▲") : "")
                font.bold: true
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignHCenter
            }
            TapHandler {
                enabled: root.sortable
                onTapped: root.sortRequested(column, root.sortColumn === column ? !root.sortDescending : false)
            }
        }
    }

    TableView {
        id: table
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.model
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        ScrollBar.horizontal: ScrollBar {}
        columnWidthProvider: function (column) {
            return column < root.columnWidths.length ? root.columnWidths[column] : 120
        }
        transform: Scale { origin.x: table.width / 2; xScale: root.mirrored ? -1 : 1 }
        keyNavigationEnabled: false
        focus: true
        Keys.onUpPressed: root.select(Math.max(0, root.currentRow - 1))
        Keys.onDownPressed: root.select(Math.min(table.rows - 1, root.currentRow + 1))
        Keys.onReturnPressed: root.activated(root.currentRow)

        delegate: Rectangle {
            readonly property bool isAlert: model.alert === true
            implicitHeight: cellText.implicitHeight + 10
            color: isAlert ? "#b71c1c" : (row === root.currentRow ? palette.highlight : (row % 2 ? palette.alternateBase : palette.base))
            Label {
                id: cellText
                anchors.fill: parent
                anchors.leftMargin: 6
                anchors.rightMargin: 6
                verticalAlignment: Text.AlignVCenter
                transform: Scale { origin.x: cellText.width / 2; xScale: root.mirrored ? -1 : 1 }
                text: model.display === undefined ? "" : model.display
                elide: Text.ElideRight
                font.bold: isAlert
                color: isAlert ? "white" : (row === root.currentRow ? palette.highlightedText : palette.text)
                horizontalAlignment: (textAlignment & Qt.AlignRight) ? (root.mirrored ? Text.AlignLeft : Text.AlignRight)
                                                                    : (root.mirrored ? Text.AlignRight : Text.AlignLeft)
                property int textAlignment: model.textAlignment === undefined ? 0 : model.textAlignment
            }
            TapHandler {
                onTapped: { root.select(row); table.forceActiveFocus() }
                onDoubleTapped: root.activated(row)
            }
        }
    }

    function select(row) {
        if (row < 0 || row >= table.rows)
            return
        root.currentRow = row
        table.positionViewAtRow(row, TableView.Contain)
        if (root.keyOfRow)
            root.selectedKey = root.keyOfRow(row)
    }
}
