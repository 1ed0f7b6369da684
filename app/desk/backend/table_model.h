// courtyard/desk: the tables of the desk: rows held in memory, sorted and filtered by an index.
//
// TableModel is a QAbstractTableModel over rows built once per ledger change (never a query per
// cell): each row has its cells' texts (ready to show: translated words, amounts with the
// currency), a sort key per cell (numbers, dates as ms, amounts as minor units), the row's key
// (an id the actions take) and one lower-cased text of the whole row for the filter. The
// columns' titles are given by the workspace (translated).
//
// TableProxy shows the rows sorted and filtered without QSortFilterProxyModel: sorting a column
// is a std::stable_sort of row numbers over that column's prepared keys (integers as they are;
// texts as their rank in the locale's case-insensitive collation, computed once per column per
// ledger change), filtering a substring search in the prepared lower-case texts. Numbers sort
// before texts in a column that holds both. 100,000 rows sort in tens of milliseconds instead
// of the proxy's QVariant comparisons (tests/desk/tst_desk measures it; docs/desk.md).
//
// Thread-safety: GUI-thread objects.
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

#include <optional>
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
    // The prepared sort key of every row in column (computed on first use after setRows).
    struct PreparedKey {
        int kind = 0; // 0: a number, 1: a text's rank in collation order
        qint64 value = 0;
        friend bool operator<(const PreparedKey &a, const PreparedKey &b) { return a.kind != b.kind ? a.kind < b.kind : a.value < b.value; }
    };
    const std::vector<PreparedKey> &preparedKeys(int column) const;
    // The longest text (in characters) in column over every row, for the column's width;
    // computed once per column per setRows.
    QString widestText(int column) const;
    // The candidates for the widest text in pixels: the distinct texts of column within 3
    // characters of the longest, at most 16 (glyphs differ in width: an Arabic date with "م" is
    // wider than one as long with "ص"; DataTable measures each). Computed once per column per
    // setRows.
    QStringList widestTexts(int column) const;
    // The lower-case text of the whole row the filter searches.
    const QString &filterText(int row) const { return m_filterTexts[std::size_t(row)]; }

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
    mutable std::vector<std::vector<PreparedKey>> m_prepared; // per column, empty until sorted
    mutable std::vector<std::optional<QString>> m_widest;     // per column, until setRows
    mutable std::vector<std::optional<QStringList>> m_widestTexts; // per column, until setRows
};

class TableProxy : public QAbstractTableModel {
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
    int sortColumnValue() const { return m_sortColumn; }
    int sortColumn() const { return m_sortColumn; }
    bool ascending() const { return m_order == Qt::AscendingOrder; }
    Qt::SortOrder sortOrder() const { return m_order; }
    int count() const { return int(m_shown.size()); }
    int total() const { return m_source->count(); }
    QStringList columns() const { return m_source->columns(); }
    TableModel *sourceTable() const { return m_source; }

    // Sorts by column: the same column again turns the order round.
    Q_INVOKABLE void sortBy(int column);
    // Sorts by column in order (-1: the rows' own order).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The key of the row shown at row, or "" (out of range).
    Q_INVOKABLE QString keyAt(int row) const;
    // The text of a cell shown at row.
    Q_INVOKABLE QString textAt(int row, int column) const;
    // The row showing key, or -1.
    Q_INVOKABLE int rowOfKey(const QString &key) const;
    // The longest text of column over every row (filtered out or not): DataTable sizes the
    // column so it is not cut.
    Q_INVOKABLE QString widestText(int column) const { return m_source->widestText(column); }
    Q_INVOKABLE QStringList widestTexts(int column) const { return m_source->widestTexts(column); }
    // The source row shown at row, or -1.
    int sourceRow(int row) const { return row >= 0 && row < count() ? m_shown[std::size_t(row)] : -1; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filterTextChanged();
    void sortChanged();
    void countChanged();
    void columnsChanged();

private:
    void rebuildOrder();  // m_sorted from the sort column and order
    void rebuildShown();  // m_shown from m_sorted and the filter

    TableModel *m_source;
    QString m_filter; // lower case
    int m_sortColumn = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    std::vector<int> m_sorted; // every source row, in the shown order
    std::vector<int> m_shown;  // the sorted rows the filter keeps
    std::vector<int> m_shownRowOfSource; // source row -> shown row or -1
};

} // namespace courtyard::desk
