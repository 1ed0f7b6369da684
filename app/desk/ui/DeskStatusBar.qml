import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// The status bar: server connection, last verified block and the log's size, outbox depth,
// verification state, who is signed in.
ToolBar {
    id: bar
    objectName: "statusBar"
    readonly property var status: Desk.status
    background: Rectangle { color: "#e9ecf1"; Rectangle { width: parent.width; height: 1; color: DeskTheme.border } }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 14
        StatusChip {
            objectName: "connectionChip"
            text: bar.status.connectionText
            tone: bar.status.connection === "live" ? "good"
                  : bar.status.connection === "diverged" || bar.status.connection === "refused" ? "bad"
                  : bar.status.connection === "none" ? "" : "warning"
        }
        Label {
            visible: bar.status.lastBlock >= 0
            text: qsTr("Block %1 · %2").arg(bar.status.lastBlock).arg(bar.status.lastBlockTime)
        }
        Label {
            visible: bar.status.lastBlock >= 0
            text: qsTr("Log: %1 transactions").arg(bar.status.logSize)
        }
        StatusChip {
            visible: Desk.signedIn
            objectName: "outboxChip"
            text: qsTr("Outbox: %1").arg(bar.status.outboxDepth)
            tone: bar.status.outboxDepth > 0 ? "warning" : ""
        }
        StatusChip {
            visible: bar.status.verification !== "unknown"
            text: bar.status.verificationText
            tone: bar.status.verification === "failed" ? "bad" : "good"
        }
        Item { Layout.fillWidth: true }
        Label {
            visible: Desk.signedIn
            color: DeskTheme.muted
            text: qsTr("Signed in: %1 (%2)").arg(Desk.keyLabel).arg(Desk.roles.join(", "))
            elide: Text.ElideRight
            Layout.maximumWidth: 420
        }
    }
}
