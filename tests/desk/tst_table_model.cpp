// The desk's TableModel and TableProxy: retitling the columns (a language change) resets the
// models and never emits headerDataChanged, which Qt 6.4's HorizontalHeaderView would deliver to
// a header that no longer exists (table_model.cpp).
#include "app/desk/backend/table_model.h"

#include <QSignalSpy>
#include <QtTest>

using namespace courtyard::desk;

class TestTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void retitlingResetsWithoutHeaderDataChanged()
    {
        TableModel model;
        model.setColumns({QStringLiteral("Unit"), QStringLiteral("Amount")});
        model.setRows({TableRow{QStringLiteral("1-101"), {QStringLiteral("1-101"), QStringLiteral("¥1,200.00")}, {QVariant(), qint64(120000)}, {}},
                       TableRow{QStringLiteral("1-102"), {QStringLiteral("1-102"), QStringLiteral("¥80.00")}, {QVariant(), qint64(8000)}, {}}});
        TableProxy proxy(&model);
        QSignalSpy modelHeaders(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy proxyHeaders(&proxy, &QAbstractItemModel::headerDataChanged);
        QSignalSpy proxyReset(&proxy, &QAbstractItemModel::modelReset);
        QSignalSpy columns(&proxy, &TableProxy::columnsChanged);

        model.setColumns({QStringLiteral("الوحدة"), QStringLiteral("المبلغ")});

        QCOMPARE(modelHeaders.count(), 0);
        QCOMPARE(proxyHeaders.count(), 0);
        QCOMPARE(proxyReset.count(), 1);
        QCOMPARE(columns.count(), 1);
        QCOMPARE(proxy.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("المبلغ"));
        QCOMPARE(proxy.rowCount(), 2); // the rows survive the reset
        // The same titles again change nothing at all.
        model.setColumns({QStringLiteral("الوحدة"), QStringLiteral("المبلغ")});
        QCOMPARE(proxyReset.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTableModel)
#include "tst_table_model.moc"
