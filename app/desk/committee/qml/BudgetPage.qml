// Budget vs actual for one year, per category (bar chart and table with each month), and the
// fund's balance over time (line chart and table). Figures come formatted from the C++ models;
// the charts' numbers are for drawing only.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts

Item {
    id: page

    required property QtObject backend
    readonly property var budget: backend ? backend.budget : null
    readonly property var fund: backend ? backend.fund : null

    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    function fillBudget() {
        if (!page.budget)
            return
        const c = page.budget.categoryChart()
        barSeries.clear()
        categoryAxis.categories = c.categories
        //: Bar chart series: the budget the committee set.
        barSeries.append(qsTr("Budget"), c.budget)
        //: Bar chart series: what was spent.
        barSeries.append(qsTr("Actual"), c.actual)
        valueAxis.max = Math.max(1, c.max * 1.1)
        valueAxis.applyNiceNumbers()
    }
    function fillFund() {
        if (!page.fund)
            return
        const c = page.fund.chart()
        fundChart.removeAllSeries()
        if (c.series.length === 0 || c.first === c.last)
            return
        timeAxis.min = new Date(c.first)
        timeAxis.max = new Date(c.last)
        timeAxis.tickCount = Math.max(2, Math.min(7, c.series[0].length + 1))
        fundAxis.min = Math.min(0, c.min * 1.1)
        fundAxis.max = Math.max(1, c.max * 1.1)
        fundAxis.applyNiceNumbers()
        for (let s = 0; s < c.series.length; ++s) {
            const line = fundChart.createSeries(ChartView.SeriesTypeLine, c.names[s], timeAxis, fundAxis)
            const points = c.series[s]
            for (let i = 0; i < points.length; ++i)
                line.append(points[i].x, points[i].y)
        }
    }

    Component.onCompleted: {
        if (page.backend)
            page.backend.loadFund()
        fillBudget()
        fillFund()
    }
    Connections {
        target: page.budget
        function onChanged() { page.fillBudget() }
    }
    Connections {
        target: page.fund
        function onChanged() { page.fillFund() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                //: Page title.
                text: qsTr("Budget and fund")
                font.pixelSize: 22
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            Label { text: qsTr("Year") }
            ComboBox {
                id: yearBox
                objectName: "yearBox"
                model: page.budget ? page.budget.years : []
                displayText: page.budget ? String(page.budget.year) : ""
                delegate: ItemDelegate {
                    required property var modelData
                    width: yearBox.width
                    text: String(modelData)
                }
                onActivated: function (index) { page.budget.year = page.budget.years[index] }
            }
        }
        Label {
            horizontalAlignment: Text.AlignLeft
            objectName: "totals"
            Layout.fillWidth: true
            //: "Budget CNY 12,000.00, spent CNY 12,234.56 (top-level categories)".
            text: page.budget ? qsTr("Budget %1, spent %2 (top-level categories)").arg(page.budget.totalBudget).arg(page.budget.totalActual) : ""
            font.bold: true
        }
        Label {
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
            visible: page.budget && !page.budget.consistent
            text: qsTr("THE MONTHS DO NOT ADD UP TO THE LEDGER'S TOTALS for the categories in red: run the verification.")
            color: "#b71c1c"
            font.bold: true
            wrapMode: Text.Wrap
        }

        TabBar {
            id: tabs
            objectName: "tabs"
            Layout.fillWidth: true
            //: Tab: budget vs actual per category.
            TabButton { text: qsTr("Budget vs actual") }
            //: Tab: the fund's balance over time.
            TabButton { text: qsTr("Fund balance") }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            SplitView {
                orientation: Qt.Vertical
                ChartView {
                    id: barChart
                    objectName: "budgetChart"
                    SplitView.preferredHeight: parent.height * 0.5
                    SplitView.minimumHeight: 160
                    antialiasing: true
                    legend.alignment: Qt.AlignBottom
                    localizeNumbers: true
                    BarSeries {
                        id: barSeries
                        axisX: BarCategoryAxis { id: categoryAxis }
                        axisY: ValueAxis { id: valueAxis; min: 0; labelFormat: "%.0f" }
                    }
                }
                CommitteeTable {
                    objectName: "budgetTable"
                    SplitView.fillHeight: true
                    model: page.budget
                    columnWidths: [180, 140, 140, 140, 70, 110, 110, 110, 110, 110, 110, 110, 110, 110, 110, 110, 110]
                }
            }

            SplitView {
                orientation: Qt.Vertical
                ChartView {
                    id: fundChart
                    objectName: "fundChart"
                    SplitView.preferredHeight: parent.height * 0.55
                    SplitView.minimumHeight: 160
                    antialiasing: true
                    legend.alignment: Qt.AlignBottom
                    localizeNumbers: true
                    // The month in the language's own order ("2027年3月"), the format the fund table
                    // uses. The time axis runs left to right in Arabic too, as time series in Arabic
                    // finance software usually do (the table below is mirrored). Mirroring it would
                    // also need the value scale on the right, and Qt Charts 6.4's ChartView keeps an
                    // axis on the side it was first added to (no removeAxis in QML; a series given
                    // another axis deletes its old one), so a live switch to Arabic could not move it:
                    // reversing the time axis alone would put the newest month beside the scale.
                    DateTimeAxis { id: timeAxis; format: qsTranslate("courtyard::desk::FundBalanceModel", "MMM yyyy"); tickCount: 7 }
                    ValueAxis { id: fundAxis; labelFormat: "%.0f" }
                }
                CommitteeTable {
                    objectName: "fundTable"
                    SplitView.fillHeight: true
                    model: page.fund
                    columnWidths: [120, 170, 170, 170, 170]
                }
            }
        }
    }
}
