import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A table over a C++ model: a filter field, a header that sorts (click a column; again for the
// other order), rows with keyboard navigation (arrows, Page Up/Down, Home/End, Enter activates).
// `model` is a desk::TableProxy (sortBy, filterText, keyAt, count, total) or any table model;
// `columnWeights` gives the columns' relative widths. `currentRow` is the row shown selected,
// `currentKey` its key (TableProxy.keyAt).
FocusScope {
    id: root
    property var model
    property var columnWeights: []
    property int currentRow: -1
    readonly property string currentKey: currentRow >= 0 && model && model.keyAt ? model.keyAt(currentRow) : ""
    property alias filterText: filter.text
    property string filterPlaceholder: qsTr("Filter")
    property bool showFilter: true
    readonly property alias tableView: table
    readonly property int rowCount: table.rows
    // Right-to-left (Arabic): the header and the rows are drawn mirrored, so the first column is
    // at the right edge and the table scrolls sideways from there; each cell's text is mirrored
    // back. Qt 6.4's TableView lays columns out left to right only.
    readonly property bool mirrored: LayoutMirroring.enabled
    signal activated(int row, string key)

    implicitHeight: 240
    implicitWidth: 480
    Accessible.role: Accessible.Table
    Accessible.name: filterPlaceholder

    function selectRow(row) {
        if (table.rows <= 0) { currentRow = -1; return }
        currentRow = Math.max(0, Math.min(table.rows - 1, row))
        table.positionViewAtRow(currentRow, TableView.Contain)
    }
    function selectKey(key) {
        if (model && model.rowOfKey) {
            const r = model.rowOfKey(key)
            if (r >= 0) selectRow(r)
            return r
        }
        return -1
    }

    // The selection follows its row's key through a sort, a filter, a language change or new
    // data: a manager who selected a lease and sorts by rent still has that lease selected (and
    // its details and buttons acting on it), not whichever row took its place. A key filtered out
    // leaves nothing selected, and is selected again when it shows again.
    property string heldKey: ""
    property bool restoringSelection: false
    onCurrentRowChanged: {
        if (!restoringSelection)
            heldKey = currentRow >= 0 && model && model.keyAt ? model.keyAt(currentRow) : ""
    }
    onModelChanged: heldKey = ""
    function followHeldKey() {
        restoringSelection = true
        if (heldKey !== "" && model && model.rowOfKey)
            currentRow = model.rowOfKey(heldKey)
        else if (currentRow >= table.rows)
            currentRow = table.rows - 1
        restoringSelection = false
    }
    Connections {
        target: root.model
        ignoreUnknownSignals: true
        function onModelReset() { root.followHeldKey() }
        function onLayoutChanged() { root.followHeldKey() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            visible: root.showFilter
            Layout.fillWidth: true
            TextField {
                id: filter
                objectName: "tableFilter"
                Layout.fillWidth: true
                placeholderText: root.filterPlaceholder
                selectByMouse: true
                onTextChanged: if (root.model && root.model.filterText !== undefined) root.model.filterText = text
                Keys.onDownPressed: { table.forceActiveFocus(); root.selectRow(0) }
                Accessible.name: root.filterPlaceholder
            }
            Label {
                color: DeskTheme.muted
                text: root.model && root.model.total !== undefined
                      ? (root.model.count === root.model.total ? qsTr("Rows: %1").arg(root.model.total)
                                                               : qsTr("%1 of %2").arg(root.model.count).arg(root.model.total))
                      : ""
            }
        }

        HorizontalHeaderView {
            id: header
            syncView: table
            Layout.fillWidth: true
            clip: true
            transform: Scale { origin.x: header.width / 2; xScale: root.mirrored ? -1 : 1 }
            delegate: Rectangle {
                required property int index
                required property var display
                implicitHeight: DeskTheme.rowHeight + 2
                implicitWidth: 60
                color: headerMouse.containsMouse ? "#e6eaf0" : "#eef1f5"
                border.color: DeskTheme.border
                border.width: 0
                Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: DeskTheme.border }
                Label {
                    id: headerLabel
                    anchors.fill: parent
                    anchors.leftMargin: 6
                    anchors.rightMargin: 6
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: Text.AlignLeft
                    elide: Text.ElideRight
                    font.bold: true
                    transform: Scale { origin.x: headerLabel.width / 2; xScale: root.mirrored ? -1 : 1 }
                    text: parent.display + (root.model && root.model.sortColumn === parent.index
                                            ? (root.model.ascending ? "  ▲" : "  ▼") : "")
                }
                MouseArea {
                    id: headerMouse
                    anchors.fill: parent
                    hoverEnabled: true
                    cursorShape: Qt.PointingHandCursor
                    onClicked: if (root.model && root.model.sortBy) root.model.sortBy(parent.index)
                }
            }
        }

        TableView {
            id: table
            objectName: "tableView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: root.model
            boundsBehavior: Flickable.StopAtBounds
            transform: Scale { origin.x: table.width / 2; xScale: root.mirrored ? -1 : 1 }
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            // Shown whenever the columns need more than the width: every column is reachable.
            ScrollBar.horizontal: ScrollBar {
                objectName: "horizontalScrollBar"
                policy: table.contentWidth > table.width + 1 ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }
            // Each column is at least as wide as its widest text (TableProxy.widestText, over every
            // row) and its title, so amounts are never cut; the space left is shared by
            // columnWeights; when the texts need more than the width, the table scrolls sideways.
            property var contentWidths: []
            function measureColumns() {
                const widths = []
                const titles = root.model && root.model.columns ? root.model.columns : []
                for (let c = 0; c < table.columns; ++c) {
                    // The texts nearly as long as the longest, each measured: glyphs differ in width.
                    const cells = root.model && root.model.widestTexts ? root.model.widestTexts(c)
                                : [root.model && root.model.widestText ? root.model.widestText(c) : ""]
                    let cellWidth = 0
                    for (let i = 0; i < cells.length; ++i)
                        cellWidth = Math.max(cellWidth, cellMetrics.advanceWidth(cells[i]))
                    const title = titles[c] !== undefined ? titles[c] + "  ▲" : ""
                    widths.push(Math.ceil(Math.max(cellWidth, headerMetrics.advanceWidth(title))) + 16)
                }
                contentWidths = widths
            }
            columnWidthProvider: function (column) {
                const n = table.columns
                if (n <= 0) return 0
                if (table.contentWidths.length !== n) table.measureColumns()
                let total = 0
                let needed = 0
                for (let i = 0; i < n; ++i) {
                    total += (root.columnWeights[i] !== undefined ? root.columnWeights[i] : 1)
                    needed += Math.max(48, table.contentWidths[i] || 0)
                }
                // A column the view asks for while its count is changing has no width measured
                // yet: 48, never NaN (the view would fall back to the cell's implicit width: 0).
                const own = Math.max(48, table.contentWidths[column] || 0)
                const spare = (table.width - 2) - needed
                if (spare <= 0) return own
                const w = root.columnWeights[column] !== undefined ? root.columnWeights[column] : 1
                return own + Math.floor(spare * w / total)
            }
            Label { id: fontProbe; objectName: "fontProbe"; visible: false }
            FontMetrics { id: cellMetrics; font: fontProbe.font }
            FontMetrics { id: headerMetrics; font.family: fontProbe.font.family; font.pixelSize: fontProbe.font.pixelSize > 0 ? fontProbe.font.pixelSize : -1; font.pointSize: fontProbe.font.pointSize > 0 ? fontProbe.font.pointSize : -1; font.bold: true }
            Connections {
                target: root.model && root.model.widestText ? root.model : null
                function onModelReset() { table.contentWidths = []; relayout.restart() }
                function onColumnsChanged() { table.contentWidths = []; relayout.restart() }
            }
            onWidthChanged: relayout.restart()
            onColumnsChanged: relayout.restart()
            // The columns laid out again once the changes of the moment are done. A Timer of the
            // table's own, not Qt.callLater(table.forceLayout): that call is queued on the
            // TableView itself and ran even after the table's page was destroyed (its QML
            // context gone, the object not deleted yet): the view then made its cells with no
            // context and crashed (a language change with table pages open; docs/desk.md). The
            // Timer goes with the table, and its handler does not run once the context is gone.
            Timer {
                id: relayout
                interval: 0
                onTriggered: table.forceLayout()
            }

            delegate: Rectangle {
                required property int row
                required property int column
                required property var display
                required property var tone
                implicitHeight: DeskTheme.rowHeight
                color: row === root.currentRow ? DeskTheme.selection : (row % 2 ? DeskTheme.alternate : DeskTheme.panel)
                Label {
                    id: cellLabel
                    anchors.fill: parent
                    anchors.leftMargin: 6
                    anchors.rightMargin: 6
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: Text.AlignLeft
                    elide: Text.ElideRight
                    transform: Scale { origin.x: cellLabel.width / 2; xScale: root.mirrored ? -1 : 1 }
                    text: parent.display === undefined ? "" : parent.display
                    color: parent.tone ? DeskTheme.toneColor(parent.tone) : DeskTheme.text
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: { root.currentRow = parent.row; table.forceActiveFocus() }
                    onDoubleClicked: root.activated(parent.row, root.currentKey)
                }
            }

            Keys.onUpPressed: root.selectRow(root.currentRow - 1)
            Keys.onDownPressed: root.selectRow(root.currentRow + 1)
            Keys.onPressed: function (event) {
                const page = Math.max(1, Math.floor(table.height / DeskTheme.rowHeight) - 1)
                if (event.key === Qt.Key_PageDown) { root.selectRow(root.currentRow + page); event.accepted = true }
                else if (event.key === Qt.Key_PageUp) { root.selectRow(root.currentRow - page); event.accepted = true }
                else if (event.key === Qt.Key_Home) { root.selectRow(0); event.accepted = true }
                else if (event.key === Qt.Key_End) { root.selectRow(table.rows - 1); event.accepted = true }
                else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    if (root.currentRow >= 0) root.activated(root.currentRow, root.currentKey)
                    event.accepted = true
                }
            }
            Rectangle {
                anchors.fill: parent
                color: "transparent"
                border.color: table.activeFocus ? DeskTheme.accent : DeskTheme.border
                border.width: 1
                z: 10
            }
        }
    }
}
