// The expense trail: every payment out of the fund with who asked, who approved and when, its
// invoice document and its transaction's inclusion proof, filtered by period, category, vendor and
// amount. The filtering, sorting and checks are the C++ model's (ExpenseTrailModel).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Item {
    id: page

    required property QtObject backend
    readonly property var trail: backend ? backend.trail : null
    property string message: ""
    property bool messageIsError: false

    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    function applyFilter() {
        const category = categoryBox.currentIndex <= 0 ? "" : categoryBox.currentText
        if (page.trail.applyFilter(fromField.text, toField.text, category, vendorField.text, minField.text, maxField.text)) {
            page.message = ""
        } else {
            page.message = page.trail.errorText()
            page.messageIsError = true
        }
    }
    function clearFilter() {
        fromField.text = ""; toField.text = ""; vendorField.text = ""; minField.text = ""; maxField.text = ""
        categoryBox.currentIndex = 0
        page.trail.clearFilter()
        page.message = ""
    }
    function checkCurrent() {
        if (table.currentRow >= 0)
            page.trail.checkRow(table.currentRow)
        details.refresh()
    }

    Shortcut { sequence: "Ctrl+F"; onActivated: vendorField.forceActiveFocus() }
    Shortcut { sequence: "Ctrl+Return"; onActivated: page.applyFilter() }
    Shortcut { sequence: "Ctrl+Shift+C"; onActivated: page.checkCurrent() }
    Shortcut { sequence: "Ctrl+O"; onActivated: openButton.clicked() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        Label {
            //: Page title of the committee's expense trail.
            text: qsTr("Expense trail")
            font.pixelSize: 22
            font.bold: true
        }
        Label {
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
            text: page.backend ? page.backend.checkpointText : ""
            opacity: 0.75
            elide: Text.ElideRight
        }

        // The filters.
        Flow {
            Layout.fillWidth: true
            spacing: 8
            TextField {
                id: fromField
                objectName: "fromField"
                width: 150
                //: Filter field: first day of the period, ISO format.
                placeholderText: qsTr("From (2027-01-01)")
                onAccepted: page.applyFilter()
            }
            TextField {
                id: toField
                objectName: "toField"
                width: 150
                //: Filter field: last day of the period, ISO format.
                placeholderText: qsTr("To (2027-12-31)")
                onAccepted: page.applyFilter()
            }
            ComboBox {
                id: categoryBox
                objectName: "categoryBox"
                width: 220
                model: [qsTr("All categories")].concat(page.trail ? page.trail.categories : [])
            }
            TextField {
                id: vendorField
                objectName: "vendorField"
                width: 200
                //: Filter field: part of a vendor's name.
                placeholderText: qsTr("Vendor")
                onAccepted: page.applyFilter()
            }
            TextField {
                id: minField
                objectName: "minField"
                width: 130
                //: Filter field: smallest amount shown.
                placeholderText: qsTr("Amount from")
                onAccepted: page.applyFilter()
            }
            TextField {
                id: maxField
                objectName: "maxField"
                width: 130
                //: Filter field: largest amount shown.
                placeholderText: qsTr("Amount to")
                onAccepted: page.applyFilter()
            }
            Button {
                objectName: "applyButton"
                //: Applies the filters (Ctrl+Enter).
                text: qsTr("Filter")
                highlighted: true
                onClicked: page.applyFilter()
            }
            Button {
                objectName: "clearButton"
                text: qsTr("Show all")
                onClicked: page.clearFilter()
            }
        }

        Label {
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
            visible: page.message.length > 0
            text: page.message
            color: page.messageIsError ? "#b71c1c" : palette.text
            font.bold: page.messageIsError
            wrapMode: Text.Wrap
        }

        Label {
            horizontalAlignment: Text.AlignLeft
            objectName: "summary"
            Layout.fillWidth: true
            //: "12 of 20,213 payments, CNY 45,000.00 in all".
            text: page.trail ? qsTr("%1 of %2 payments, %3 in all").arg(Number(page.trail.count).toLocaleString(Qt.locale(), "f", 0))
                                                                    .arg(Number(page.trail.total).toLocaleString(Qt.locale(), "f", 0))
                                                                    .arg(page.trail.shownAmount)
                             : ""
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Vertical

            CommitteeTable {
                id: table
                objectName: "trailTable"
                SplitView.fillHeight: true
                SplitView.minimumHeight: 150
                model: page.trail
                sortable: true
                sortColumn: page.trail ? page.trail.sortColumn : -1
                sortDescending: page.trail ? page.trail.sortDescending : false
                columnWidths: [90, 140, 170, 120, 150, 230, 140, 130, 170]
                onSortRequested: function (column, descending) { page.trail.sortBy(column, descending) }
                // The payment chosen, by its transaction: Check and Open act on it, not on
                // whatever row took its place after a sort, a filter or new payments.
                keyOfRow: function (row) { return page.trail.transactionAt(row) }
                rowOfKey: function (key) { return page.trail.rowOfTransaction(key) }
                onCurrentRowChanged: details.refresh()
                onActivated: function (row) { page.checkCurrent() }
            }

            // The selected payment, with its evidence.
            Frame {
                id: details
                objectName: "details"
                SplitView.preferredHeight: 210
                property var info: ({})
                function refresh() { info = table.currentRow >= 0 ? page.trail.details(table.currentRow) : ({}) }
                Connections {
                    target: page.trail
                    function onDataChanged() { details.refresh() }
                    function onModelReset() { details.refresh() }
                }

                ColumnLayout {
                    anchors.fill: parent
                    Label {
                        visible: table.currentRow < 0
                        //: Hint under the trail when no payment is selected.
                        text: qsTr("Select a payment to see its evidence; Enter or a double click checks it.")
                        opacity: 0.75
                    }
                    GridLayout {
                        visible: table.currentRow >= 0
                        columns: 4
                        columnSpacing: 16
                        Label { text: qsTr("Payment"); font.bold: true }
                        Label { text: (details.info.kind || "") + " · " + (details.info.amount || "") + " · " + (details.info.vendor || ""); Layout.columnSpan: 3 }
                        Label { text: qsTr("Transaction"); font.bold: true }
                        Label {
                            //: Where the payment is in the ledger.
                            text: qsTr("block %1, log index %2, id %3").arg(details.info.block || "").arg(details.info.logIndex || "").arg((details.info.transaction || "").substring(0, 16) + "…")
                            Layout.columnSpan: 3
                        }
                        Label { text: qsTr("Requested by"); font.bold: true }
                        Label { text: details.info.requestedBy || "" }
                        Label { text: qsTr("Approved by"); font.bold: true }
                        Label { text: (details.info.approvedBy || "") + (details.info.approvedAt ? "  (" + details.info.approvedAt + ")" : "") }
                        Label { text: qsTr("Document"); font.bold: true }
                        Label {
                            objectName: "documentStatus"
                            text: details.info.document || ""
                            color: details.info.documentAlert ? "#b71c1c" : palette.text
                            font.bold: details.info.documentAlert === true
                        }
                        Label { text: qsTr("Inclusion proof"); font.bold: true }
                        Label {
                            horizontalAlignment: Text.AlignLeft
                            objectName: "proofStatus"
                            text: (details.info.proof || "") + (details.info.proofReason ? ": " + details.info.proofReason : "")
                            color: details.info.proofAlert ? "#b71c1c" : palette.text
                            font.bold: details.info.proofAlert === true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label { text: qsTr("Invoice SHA-256"); font.bold: true }
                        Label { horizontalAlignment: Text.AlignLeft; text: details.info.invoice || ""; font.family: "monospace"; Layout.columnSpan: 3; elide: Text.ElideRight; Layout.fillWidth: true }
                    }
                    Item { Layout.fillHeight: true }
                    RowLayout {
                        Button {
                            objectName: "checkButton"
                            enabled: table.currentRow >= 0
                            //: Re-hashes the document and checks the inclusion proof (Ctrl+Shift+C).
                            text: qsTr("Check this payment")
                            onClicked: page.checkCurrent()
                        }
                        Button {
                            id: openButton
                            enabled: table.currentRow >= 0
                            //: Opens the invoice document with the system's viewer (Ctrl+O).
                            text: qsTr("Open document")
                            onClicked: {
                                if (!page.trail.openDocument(table.currentRow)) {
                                    page.message = page.trail.errorText()
                                    page.messageIsError = true
                                }
                                details.refresh()
                            }
                        }
                        Button {
                            objectName: "checkAllButton"
                            //: Checks the document and proof of every payment shown.
                            text: qsTr("Check all shown")
                            onClicked: {
                                const failed = page.trail.checkShown()
                                page.messageIsError = failed > 0
                                page.message = failed > 0 ? qsTr("%n payment(s) FAIL a check: they are marked in red.", "", failed)
                                                          : qsTr("Every payment shown was checked: each is in the signed log.")
                                details.refresh()
                            }
                        }
                    }
                }
            }
        }
    }
}
