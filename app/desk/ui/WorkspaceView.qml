import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// The workspace: a side list of the pages the signed-in key's roles open (manager pages here;
// the committee, approvals and accounting slices' pages when they are part of this build) and the
// page shown.
//
// `pages` says which pages there are ({name, group, url, backend}: no words) and changes only when
// the key or its roles do; `titles` holds their names in the language of the moment. A language
// change must not make a new `pages` list: the Repeater below would destroy every page and make
// it again in the middle of the engine's retranslate() — the forms typed and the tables' filters
// and selections lost, and in Qt 6.4 a crash: a destroyed page's TableView, its QML context
// already gone but the object not yet deleted, ran the relayout a model reset of the language
// change had queued for it (docs/desk.md).
Item {
    id: view
    objectName: "workspaceView"
    property int currentIndex: 0
    readonly property var pages: buildPages()
    readonly property var titles: buildTitles()
    readonly property string currentPage: pages.length > currentIndex ? pages[currentIndex].name : ""

    readonly property var managerPages: [
        { name: "units", url: "UnitsPage.qml" },
        { name: "residents", url: "ResidentsPage.qml" },
        { name: "leases", url: "LeasesPage.qml" },
        { name: "billing", url: "BillingPage.qml" },
        { name: "payments", url: "PaymentsPage.qml" },
        { name: "repairs", url: "RepairsPage.qml" },
        { name: "expenses", url: "ExpensesPage.qml" },
        { name: "devices", url: "DevicesPage.qml" }
    ]

    // Reads the key's roles and workspaces only: no qsTr, nor the language.
    function buildPages() {
        const list = []
        const roles = Desk.roles
        if (Desk.manager) {
            for (let m = 0; m < managerPages.length; ++m)
                list.push({ name: managerPages[m].name, group: "manager", url: managerPages[m].url })
        }
        const slices = Desk.signedIn ? Desk.slicePages() : []
        for (let i = 0; i < slices.length; ++i)
            list.push({ name: slices[i].name + ":" + i, group: slices[i].name, slice: i, url: slices[i].url, backend: slices[i].backend })
        let committeePages = false
        for (let j = 0; j < slices.length; ++j) if (slices[j].name === "committee") committeePages = true
        if ((roles.indexOf("committee") >= 0 || roles.indexOf("auditor") >= 0) && !committeePages)
            list.push({ name: "committee", group: "committee", url: "NotInstalledPage.qml" })
        return list
    }
    // The pages' titles, one per page, in the language of the moment (the slices name their
    // own pages in C++: asked again).
    function buildTitles() {
        const code = DeskLanguage.code
        const list = view.pages
        const slices = list.some(p => p.slice !== undefined) ? Desk.slicePages() : []
        const out = []
        for (let i = 0; i < list.length; ++i) {
            const p = list[i]
            out.push(p.slice !== undefined ? (slices[p.slice] ? slices[p.slice].title : p.name) : pageTitle(p.name))
        }
        return out
    }
    function pageTitle(name) {
        const code = DeskLanguage.code
        switch (name) {
        case "units": return qsTr("Units")
        case "residents": return qsTr("Residents and cards")
        case "leases": return qsTr("Leases")
        case "billing": return qsTr("Billing")
        case "payments": return qsTr("Payments")
        case "repairs": return qsTr("Repairs")
        case "expenses": return qsTr("Expenses")
        case "devices": return qsTr("Devices")
        case "committee": return qsTr("Committee")
        }
        return name
    }
    function groupTitle(name) {
        const code = DeskLanguage.code
        return name === "manager" ? qsTr("Manager") : name === "committee" ? qsTr("Committee")
             : name === "approvals" ? qsTr("Approvals") : name === "accounting" ? qsTr("Accounting") : name
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
                    text: view.groupTitle(section)
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
                    text: view.titles[index] !== undefined ? view.titles[index] : ""
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
