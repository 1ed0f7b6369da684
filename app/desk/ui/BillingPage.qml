import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CourtyardDesk
import CourtyardDesk.Controls

// Billing: preview a period's close (every invoice it will issue, with the totals), then post it.
PageFrame {
    id: page
    objectName: "billingPage"
    title: qsTr("Billing")
    subtitle: qsTr("Closing a month issues late fees, rent and property fee invoices. Preview first: nothing is recorded until you post.")
    tableModel: manager.billingPreview
    columnWeights: [0.8, 1.8, 0.8, 1, 1.2, 1.1]
    filterPlaceholder: qsTr("Filter the preview")

    SectionBox {
        title: qsTr("Close a period")
        FormField { id: period; objectName: "periodField"; label: qsTr("Month (YYYY-MM)"); text: page.manager.nextPeriod }
        Button { objectName: "previewButton"; text: qsTr("Preview"); onClicked: page.manager.previewClose(period.text) }
        GridLayout {
            columns: 2
            visible: page.manager.previewPeriod !== ""
            Label { text: qsTr("Period") }
            Label { text: page.manager.previewPeriod; font.bold: true }
            Label { text: qsTr("Invoices") }
            Label { text: page.manager.previewCount; font.bold: true }
            Label { text: qsTr("Total") }
            MoneyText { amount: page.manager.previewTotal; font.bold: true }
            Label { text: qsTr("Paid from credit") }
            MoneyText { amount: page.manager.previewFromCredit }
        }
        ConfirmButton {
            objectName: "postButton"
            label: qsTr("Post the close")
            enabled: page.manager.previewPeriod !== ""
            onConfirmed: page.manager.postClose(page.manager.previewPeriod)
        }
    }
}
