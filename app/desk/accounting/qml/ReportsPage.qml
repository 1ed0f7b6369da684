// Reports for a period: the financial report as PDF, the accountants' journal for hledger or
// ledger, and the tables as CSV.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Item {
    id: page
    required property QtObject backend

    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    ColumnLayout {
        anchors.margins: 12
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        spacing: 10

        Label { text: qsTr("Reports"); font.pixelSize: 20; font.bold: true }
        GridLayout {
            columns: 2
            Label { text: qsTr("From (YYYY-MM-DD)") }
            TextField { id: from; objectName: "fromField"; Layout.preferredWidth: 160; placeholderText: "2027-01-01" }
            Label { text: qsTr("To (YYYY-MM-DD)") }
            TextField { id: to; objectName: "toField"; Layout.preferredWidth: 160; placeholderText: "2027-12-31" }
            Label { text: qsTr("Folder") }
            TextField { id: folder; objectName: "folderField"; Layout.preferredWidth: 420; placeholderText: qsTr("Where to write the files") }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Button {
                objectName: "pdfButton"
                text: qsTr("Financial report (PDF)")
                onClicked: page.backend.exportFinancialReport(folder.text + "/financial-report.pdf", from.text, to.text)
            }
            Button {
                objectName: "hledgerButton"
                text: qsTr("Journal for hledger")
                onClicked: page.backend.exportJournal(folder.text + "/books.hledger.journal", "hledger", from.text, to.text)
            }
            Button {
                text: qsTr("Journal for ledger")
                onClicked: page.backend.exportJournal(folder.text + "/books.ledger.journal", "ledger", from.text, to.text)
            }
            Button {
                text: qsTr("Bank lines (CSV)")
                onClicked: page.backend.exportCsv("bank", folder.text + "/bank-lines.csv")
            }
            Button {
                text: qsTr("Arrears (CSV)")
                onClicked: page.backend.exportCsv("arrears", folder.text + "/arrears.csv")
            }
        }
        Label { objectName: "message"; Layout.fillWidth: true; text: page.backend.message; wrapMode: Text.WordWrap }
    }
}
