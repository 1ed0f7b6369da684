import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// Payments: record cash and bank payments; reverse a mistaken one with a reason.
PageFrame {
    id: page
    objectName: "paymentsPage"
    title: qsTr("Payments")
    subtitle: qsTr("Every payment, newest first. A reversal is a new transaction: nothing is deleted.")
    tableModel: manager.payments
    columnWeights: [1.3, 0.8, 1.2, 1.2, 1.4, 0.9]
    filterPlaceholder: qsTr("Filter payments (unit, amount, status...)")
    readonly property string selected: table.currentKey

    SectionBox {
        title: qsTr("Record a payment")
        RowLayout {
            RadioButton { id: cash; objectName: "cashRadio"; text: qsTr("Cash"); checked: true }
            RadioButton { id: bank; objectName: "bankRadio"; text: qsTr("Bank transfer") }
        }
        ComboBox { id: unit; objectName: "paymentUnit"; Layout.fillWidth: true; model: page.manager.unitNumbers; Accessible.name: qsTr("Unit") }
        FormField { id: amount; objectName: "paymentAmount"; label: qsTr("Amount (%1)").arg(page.manager.currencyCode); placeholder: "4500.00" }
        FormField { id: reference; objectName: "paymentReference"; label: cash.checked ? qsTr("Receipt number") : qsTr("Bank reference") }
        Button {
            objectName: "recordPaymentButton"
            text: qsTr("Record payment")
            onClicked: if (page.manager.recordPayment(cash.checked ? "cash" : "bank", unit.currentText, amount.text, reference.text)) { amount.text = ""; reference.text = "" }
        }
    }
    SectionBox {
        title: qsTr("Reverse the selected payment")
        enabled: page.selected !== ""
        FormField { id: reason; label: qsTr("Reason") }
        ConfirmButton { label: qsTr("Reverse"); onConfirmed: page.manager.reversePayment(page.selected, reason.text) }
    }
}
