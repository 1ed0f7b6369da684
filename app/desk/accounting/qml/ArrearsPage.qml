// Arrears: who owes what since when, by unit, with the amounts by age; reminder letters as PDF
// in a language, and the table as CSV.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Item {
    id: page
    required property QtObject backend

    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        Label {
            objectName: "summary"
            text: page.backend.arrearsSummary
            font.pixelSize: 18
            font.bold: true
        }

        AccountingTable {
            objectName: "arrearsTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: page.backend.arrears
            columnWidths: [100, 110, 70, 150, 150, 150, 150, 150]
            onSortRequested: function (column, descending) { page.backend.sortArrears(column, descending) }
        }

        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Reminder letters in") }
            ComboBox {
                id: language
                objectName: "languageBox"
                model: page.backend.letterLanguages
                displayText: ({"en": "English", "zh_CN": "中文", "ja": "日本語", "ar": "العربية"})[currentText]
            }
            Label { text: qsTr("to the folder") }
            TextField { id: folder; objectName: "lettersFolder"; Layout.fillWidth: true; placeholderText: qsTr("A folder for the PDF letters") }
            Button {
                objectName: "lettersButton"
                text: qsTr("Write the letters")
                enabled: folder.text.length > 0
                onClicked: page.backend.writeLetters(folder.text, language.currentText)
            }
            Button {
                text: qsTr("Export CSV…")
                enabled: folder.text.length > 0
                onClicked: page.backend.exportCsv("arrears", folder.text + "/arrears.csv")
            }
        }

        Label { Layout.fillWidth: true; text: page.backend.message; wrapMode: Text.WordWrap }
    }
}
