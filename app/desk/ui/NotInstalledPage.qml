import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// Shown for the committee and auditor roles while their workspace is not part of this build.
Item {
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        PageHeader {
            title: qsTr("Committee")
            subtitle: qsTr("This key holds the roles %1. The committee's workspace (approvals, expense trail, budgets, verification, reports) is not part of this build of the desk.").arg(Desk.roles.join(", "))
        }
        Item { Layout.fillHeight: true }
    }
}
