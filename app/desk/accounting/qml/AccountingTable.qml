// A sortable table over one of AccountingDesk's models: click a header to sort (again to reverse),
// rows selected with the mouse or the arrow keys. Mirrors for right-to-left languages by flipping
// the view and each cell back (TableView lays columns out left to right in Qt 6.4).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: root

    required property var model
    property var columnWidths: []
    property int currentRow: -1
    property int sortColumn: -1
    property bool sortDescending: false
    readonly property bool mirrored: Qt.application.layoutDirection === Qt.RightToLeft
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

    function select(row) {
        root.currentRow = row
        table.positionViewAtRow(Math.max(0, row), TableView.Contain)
        if (root.keyOfRow)
            root.selectedKey = root.keyOfRow(row)
    }

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
                onTapped: {
                    const descending = root.sortColumn === column ? !root.sortDescending : false
                    root.sortColumn = column
                    root.sortDescending = descending
                    root.sortRequested(column, descending)
                }
            }
        }
    }

    TableView {
        id: table
        objectName: "table"
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
        focus: true
        Keys.onUpPressed: root.select(Math.max(0, root.currentRow - 1))
        Keys.onDownPressed: root.select(Math.min(table.rows - 1, root.currentRow + 1))
        Keys.onReturnPressed: root.activated(root.currentRow)

        delegate: Rectangle {
            implicitHeight: cellText.implicitHeight + 10
            color: row === root.currentRow ? palette.highlight : (model.posted === true ? "#e8f5e9" : (row % 2 ? palette.alternateBase : palette.base))
            Label {
                id: cellText
                anchors.fill: parent
                anchors.leftMargin: 6
                anchors.rightMargin: 6
                verticalAlignment: Text.AlignVCenter
                transform: Scale { origin.x: cellText.width / 2; xScale: root.mirrored ? -1 : 1 }
                horizontalAlignment: Text.AlignLeft // LayoutMirroring turns it to the right in Arabic
                text: display === undefined ? "" : display
                color: row === root.currentRow ? palette.highlightedText : palette.text
                elide: Text.ElideRight
            }
            TapHandler {
                onTapped: { root.select(row); table.forceActiveFocus() }
                onDoubleTapped: root.activated(row)
            }
        }
    }
}
