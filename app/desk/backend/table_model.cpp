#include "app/desk/backend/table_model.h"

#include <QDate>

namespace courtyard::desk {

TableModel::TableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TableModel::setColumns(QStringList titles)
{
    if (titles == m_columns) {
        return;
    }
    beginResetModel();
    m_columns = std::move(titles);
    endResetModel();
    Q_EMIT columnsChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
}

void TableModel::setRows(std::vector<TableRow> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    m_filterTexts.clear();
    m_filterTexts.reserve(m_rows.size());
    for (TableRow &row : m_rows) {
        while (row.cells.size() < m_columns.size()) {
            row.cells.append(QString());
        }
        while (row.sortKeys.size() < m_columns.size()) {
            row.sortKeys.append(QVariant());
        }
        m_filterTexts.push_back(row.cells.join(QLatin1Char('\t')).toLower() + QLatin1Char('\t') + row.key.toLower());
    }
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

int TableModel::rowOfKey(const QString &key) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == key) {
            return int(i);
        }
    }
    return -1;
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() >= int(m_columns.size())) {
        return {};
    }
    const TableRow &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.value(index.column());
    case SortRole: {
        const QVariant &sortKey = row.sortKeys.at(index.column());
        return sortKey.isValid() ? sortKey : QVariant(row.cells.value(index.column()));
    }
    case FilterRole:
        return m_filterTexts[std::size_t(index.row())];
    case KeyRole:
        return row.key;
    case ToneRole:
        return row.tone;
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return m_columns.value(section);
    }
    return section + 1;
}

QHash<int, QByteArray> TableModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {SortRole, "sortKey"}, {KeyRole, "rowKey"}, {ToneRole, "tone"}};
}

TableProxy::TableProxy(TableModel *source, QObject *parent) : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(TableModel::SortRole);
    setDynamicSortFilter(true);
    connect(this, &QAbstractItemModel::modelReset, this, &TableProxy::countChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &TableProxy::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &TableProxy::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &TableProxy::countChanged);
    connect(source, &TableModel::columnsChanged, this, &TableProxy::columnsChanged);
}

void TableProxy::setFilterText(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_filter) {
        return;
    }
    m_filter = lower;
    invalidateRowsFilter();
    Q_EMIT filterTextChanged();
    Q_EMIT countChanged();
}

void TableProxy::sortBy(int column)
{
    if (column < 0 || column >= m_source->columnCount()) {
        return;
    }
    const Qt::SortOrder order = column == sortColumn() && sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    sort(column, order);
    Q_EMIT sortChanged();
}

QString TableProxy::keyAt(int row) const
{
    return data(index(row, 0), TableModel::KeyRole).toString();
}

QString TableProxy::textAt(int row, int column) const
{
    return data(index(row, column), Qt::DisplayRole).toString();
}

int TableProxy::rowOfKey(const QString &key) const
{
    const int source = m_source->rowOfKey(key);
    return source < 0 ? -1 : mapFromSource(m_source->index(source, 0)).row();
}

bool TableProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty()) {
        return true;
    }
    return m_source->index(sourceRow, 0, sourceParent).data(TableModel::FilterRole).toString().contains(m_filter);
}

bool TableProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(TableModel::SortRole);
    const QVariant b = right.data(TableModel::SortRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        return a.toString().compare(b.toString(), Qt::CaseInsensitive) < 0;
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace courtyard::desk
