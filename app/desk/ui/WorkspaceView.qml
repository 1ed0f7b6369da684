import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// The workspace: a side list of the pages the signed-in key's roles open (manager pages here;
// the committee, approvals and accounting slices' pages when they are part of this build) and the
// page shown.
Item {
    id: view
    objectName: "workspaceView"
    property int currentIndex: 0
    readonly property var pages: buildPages()
    readonly property string currentPage: pages.length > currentIndex ? pages[currentIndex].name : ""

    function buildPages() {
        const list = []
        // Read the roles and the language so that the list is rebuilt when they change.
        const roles = Desk.roles
        const rtl = DeskLanguage.code
        if (Desk.manager) {
            list.push({ name: "units", title: qsTr("Units"), group: qsTr("Manager"), url: "UnitsPage.qml" })
            list.push({ name: "residents", title: qsTr("Residents and cards"), group: qsTr("Manager"), url: "ResidentsPage.qml" })
            list.push({ name: "leases", title: qsTr("Leases"), group: qsTr("Manager"), url: "LeasesPage.qml" })
            list.push({ name: "billing", title: qsTr("Billing"), group: qsTr("Manager"), url: "BillingPage.qml" })
            list.push({ name: "payments", title: qsTr("Payments"), group: qsTr("Manager"), url: "PaymentsPage.qml" })
            list.push({ name: "repairs", title: qsTr("Repairs"), group: qsTr("Manager"), url: "RepairsPage.qml" })
            list.push({ name: "expenses", title: qsTr("Expenses"), group: qsTr("Manager"), url: "ExpensesPage.qml" })
            list.push({ name: "devices", title: qsTr("Devices"), group: qsTr("Manager"), url: "DevicesPage.qml" })
        }
        const slices = Desk.signedIn ? Desk.slicePages() : []
        for (let i = 0; i < slices.length; ++i)
            list.push({ name: slices[i].name + ":" + i, title: slices[i].title, group: groupTitle(slices[i].name), url: slices[i].url, backend: slices[i].backend })
        let committeePages = false
        for (let j = 0; j < slices.length; ++j) if (slices[j].name === "committee") committeePages = true
        if ((roles.indexOf("committee") >= 0 || roles.indexOf("auditor") >= 0) && !committeePages)
            list.push({ name: "committee", title: qsTr("Committee"), group: qsTr("Committee"), url: "NotInstalledPage.qml" })
        return list
    }
    function groupTitle(name) {
        return name === "committee" ? qsTr("Committee") : name === "approvals" ? qsTr("Approvals")
             : name === "accounting" ? qsTr("Accounting") : name
    }
    function focusFilter() {
        const item = pageRepeater.itemAt(currentIndex)
        if (item && item.item && item.item.focusFilter) item.item.focusFilter()
    }
    onPagesChanged: if (currentIndex >= pages.length) currentIndex = 0
    // The outcome of the last action belongs to the page it was done on.
    onCurrentIndexChanged: if (Desk.manager) Desk.manager.clearMessage()

    RowLayout {
        anchors.fill: parent
        spacing: 0
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 210
            color: "#e9edf2"
            ListView {
                id: side
                objectName: "pageList"
                anchors.fill: parent
                anchors.topMargin: 8
                model: view.pages
                currentIndex: view.currentIndex
                keyNavigationEnabled: true
                section.property: "group"
                section.delegate: Label {
                    required property string section
                    text: section
                    font.bold: true
                    color: DeskTheme.muted
                    leftPadding: 12
                    topPadding: 8
                    bottomPadding: 4
                }
                delegate: ItemDelegate {
                    required property var modelData
                    required property int index
                    width: ListView.view.width
                    text: modelData.title
                    highlighted: index === view.currentIndex
                    onClicked: view.currentIndex = index
                }
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: view.currentIndex
            Repeater {
                id: pageRepeater
                model: view.pages
                Loader {
                    required property var modelData
                    required property int index
                    // Loaded when first shown, then kept (its filter and selection stay).
                    property bool wanted: false
                    readonly property bool current: index === view.currentIndex
                    onCurrentChanged: if (current) wanted = true
                    active: Desk.signedIn && (wanted || current)
                    asynchronous: false
                    Component.onCompleted: {
                        if (modelData.backend)
                            setSource(modelData.url, { backend: modelData.backend })
                        else
                            setSource(modelData.url)
                    }
                }
            }
        }
    }
}
