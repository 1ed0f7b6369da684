// The bank statement import: open a camt.053 or CSV statement (a CSV of a new layout asks which
// column holds what, once), see each line matched to a unit with its confidence and candidates,
// correct a line, post the matched lines. Posted lines are marked (green) and stay posted when
// the same file is opened again.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

Item {
    id: page
    required property QtObject backend

    // Another statement's lines are other lines: nothing of it is selected yet.
    function openStatement(file) {
        table.forget()
        page.backend.openStatement(file)
    }

    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    FileDialog {
        id: fileDialog
        title: qsTr("Open a bank statement")
        nameFilters: [qsTr("Bank statements (*.xml *.csv *.txt)"), qsTr("All files (*)")]
        onAccepted: { fileField.text = selectedFile; page.openStatement(selectedFile) }
    }

    Shortcut { sequence: StandardKey.Open; onActivated: fileDialog.open() }
    Shortcut { sequence: "Ctrl+Return"; onActivated: postButton.clicked() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Statement:") }
            TextField {
                id: fileField
                objectName: "fileField"
                Layout.fillWidth: true
                placeholderText: qsTr("A camt.053 XML or CSV file from the bank")
                onAccepted: page.openStatement(text)
            }
            Button { text: qsTr("Browse…"); onClicked: fileDialog.open() }
            Button { objectName: "openButton"; text: qsTr("Open"); onClicked: page.openStatement(fileField.text) }
        }

        Frame {
            id: mappingPanel
            objectName: "mappingPanel"
            Layout.fillWidth: true
            visible: page.backend.mappingNeeded
            ColumnLayout {
                anchors.fill: parent
                Label {
                    text: qsTr("This bank's CSV layout is new: choose the column of each field (remembered for its next statements).")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                GridLayout {
                    columns: 4
                    Repeater {
                        id: fieldRepeater
                        model: page.backend.mappingFields
                        delegate: RowLayout {
                            required property string modelData
                            property alias column: box.currentText
                            Label {
                                Layout.preferredWidth: 110
                                text: ({"date": qsTr("Date"), "amount": qsTr("Amount"), "currency": qsTr("Currency"),
                                        "reference": qsTr("Remittance"), "payer-name": qsTr("Payer's name"),
                                        "payer-account": qsTr("Payer's account"), "booking-id": qsTr("Bank reference")})[modelData]
                            }
                            ComboBox {
                                id: box
                                objectName: "column-" + modelData
                                Layout.preferredWidth: 170
                                model: [""].concat(page.backend.csvColumns)
                            }
                        }
                    }
                }
                RowLayout {
                    Label { text: qsTr("Delimiter") }
                    TextField { id: delimiterField; objectName: "delimiterField"; text: ";"; Layout.preferredWidth: 40 }
                    Label { text: qsTr("Encoding") }
                    TextField { id: encodingField; text: "UTF-8"; Layout.preferredWidth: 110 }
                    Label { text: qsTr("Date format") }
                    TextField { id: dateFormatField; objectName: "dateFormatField"; text: "yyyy-MM-dd"; Layout.preferredWidth: 110 }
                    CheckBox { id: decimalComma; objectName: "decimalComma"; text: qsTr("Decimal comma (1.234,56)") }
                    Label { text: qsTr("Currency if none") }
                    TextField { id: currencyField; text: "CNY"; Layout.preferredWidth: 60 }
                    Button {
                        objectName: "applyMappingButton"
                        text: qsTr("Use this mapping")
                        onClicked: {
                            const mapping = {"delimiter": delimiterField.text, "encoding": encodingField.text,
                                             "date-format": dateFormatField.text, "decimal-comma": decimalComma.checked ? "yes" : "no",
                                             "default-currency": currencyField.text}
                            for (let i = 0; i < fieldRepeater.count; ++i) {
                                const item = fieldRepeater.itemAt(i)
                                mapping[item.modelData] = item.column
                            }
                            page.backend.applyMapping(mapping)
                        }
                    }
                }
            }
        }

        AccountingTable {
            id: table
            objectName: "bankTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: page.backend.bankLines
            columnWidths: [64, 95, 130, 250, 250, 150, 100, 80, 90, 200]
            onSortRequested: function (column, descending) { page.backend.sortBankLines(column, descending) }
            // The line chosen, by its number in the statement: sorting, re-matching or a choice
            // that moves it leaves the selection (and what "Use this unit" acts on) with that line.
            keyOfRow: function (row) { return page.backend.bankLineAt(row) }
            rowOfKey: function (line) { return page.backend.rowOfBankLine(line) }
        }

        RowLayout {
            Layout.fillWidth: true
            Label { objectName: "lineLabel"; text: qsTr("Line %1 is for").arg(table.currentRow < 0 ? "–" : table.selectedKey !== undefined ? table.selectedKey : page.backend.bankLineAt(table.currentRow)) }
            ComboBox {
                id: candidateBox
                objectName: "candidateBox"
                Layout.preferredWidth: 200
                editable: true
                model: table.currentRow >= 0 ? page.backend.candidates(table.currentRow) : []
            }
            Button {
                objectName: "chooseButton"
                text: qsTr("Use this unit")
                enabled: table.currentRow >= 0
                onClicked: page.backend.choose(table.currentRow, candidateBox.editText)
            }
            Item { Layout.fillWidth: true }
            Button {
                id: postButton
                objectName: "postButton"
                text: qsTr("Post %n matched line(s)", "", page.backend.postableCount)
                enabled: page.backend.postableCount > 0
                highlighted: true
                onClicked: page.backend.postMatched()
            }
        }

        Label {
            objectName: "message"
            Layout.fillWidth: true
            text: page.backend.message
            wrapMode: Text.WordWrap
        }
    }
}
