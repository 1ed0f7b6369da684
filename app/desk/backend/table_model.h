// courtyard/desk: the tables of the desk: rows held in memory, sorted and filtered in a proxy.
//
// TableModel is a QAbstractTableModel over rows built once per ledger change (never a query per
// cell): each row has its cells' texts (ready to show: translated words, amounts with the
// currency), a sort key per cell (numbers, dates as ms, amounts as minor units), the row's key
// (an id the actions take) and one lower-cased text of the whole row for the filter. The
// columns' titles are given by the workspace (translated). TableProxy sorts on SortRole and
// filters on FilterRole with a case-insensitive substring, which keeps 100,000 rows smooth:
// the proxy compares prepared values, nothing is formatted while sorting or filtering
// (tests/desk measure it).
//
// Thread-safety: GUI-thread objects.
#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace courtyard::desk {

struct TableRow {
    QString key;             // what actions take (an id in hex, a unit number)
    QStringList cells;       // one text per column
    QVariantList sortKeys;   // one per column; an invalid QVariant sorts by the text
    QString tone;            // "", "good", "warning", "bad": the row's status colour
};

class TableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QStringList columns READ columns NOTIFY columnsChanged)
public:
    enum Role {
        SortRole = Qt::UserRole + 1,
        FilterRole,
        KeyRole,
        ToneRole,
    };
    explicit TableModel(QObject *parent = nullptr);

    void setColumns(QStringList titles);
    void setRows(std::vector<TableRow> rows);
    const std::vector<TableRow> &rows() const { return m_rows; }
    QStringList columns() const { return m_columns; }
    int count() const { return int(m_rows.size()); }
    // The row whose key is key, or -1.
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void columnsChanged();

private:
    QStringList m_columns;
    std::vector<TableRow> m_rows;
    std::vector<QString> m_filterTexts; // lower case, every cell joined
};

class TableProxy : public QSortFilterProxyModel {
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int sortColumn READ sortColumnValue NOTIFY sortChanged)
    Q_PROPERTY(bool ascending READ ascending NOTIFY sortChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(QStringList columns READ columns NOTIFY columnsChanged)
public:
    explicit TableProxy(TableModel *source, QObject *parent = nullptr);

    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    int sortColumnValue() const { return sortColumn(); }
    bool ascending() const { return sortOrder() == Qt::AscendingOrder; }
    int count() const { return rowCount(); }
    int total() const { return m_source->count(); }
    QStringList columns() const { return m_source->columns(); }

    // Sorts by column: the same column again turns the order round.
    Q_INVOKABLE void sortBy(int column);
    // The key of the row shown at row, or "" (out of range).
    Q_INVOKABLE QString keyAt(int row) const;
    // The text of a cell shown at row.
    Q_INVOKABLE QString textAt(int row, int column) const;
    // The row showing key, or -1.
    Q_INVOKABLE int rowOfKey(const QString &key) const;

Q_SIGNALS:
    void filterTextChanged();
    void sortChanged();
    void countChanged();
    void columnsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TableModel *m_source;
    QString m_filter; // lower case
};

} // namespace courtyard::desk
