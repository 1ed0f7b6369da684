import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// Expenses: each with vendor, category and the invoice, whose file is kept in this desk's
// documents folder and whose SHA-256 goes on the ledger.
PageFrame {
    id: page
    objectName: "expensesPage"
    title: qsTr("Expenses")
    subtitle: qsTr("Committee threshold: %1. The invoice file stays on this desk; its SHA-256 goes on the ledger.").arg(manager.expenseThreshold)
    tableModel: manager.expenses
    columnWeights: [0.9, 1.3, 1.4, 1.1, 0.7, 0.9, 1.2]
    filterPlaceholder: qsTr("Filter expenses")

    SectionBox {
        title: qsTr("Record an expense")
        FormField { id: category; label: qsTr("Category"); placeholder: "cleaning" }
        FormField { id: vendor; label: qsTr("Vendor") }
        FormField { id: amount; label: qsTr("Amount"); placeholder: "3200.00" }
        FormField { id: date; label: qsTr("Invoice date (YYYY-MM-DD)") }
        FileField { id: invoice; label: qsTr("Invoice document") }
        Button {
            text: qsTr("Record expense")
            onClicked: if (page.manager.recordExpense(category.text, vendor.text, amount.text, invoice.path, date.text)) { amount.text = ""; invoice.path = "" }
        }
    }
}
