#include "app/desk/backend/table_model.h"

#include <QHash>

#include <QCollator>
#include <QCollatorSortKey>
#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>

namespace courtyard::desk {

TableModel::TableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TableModel::setColumns(QStringList titles)
{
    if (titles == m_columns) {
        return;
    }
    beginResetModel();
    m_columns = std::move(titles);
    m_prepared.clear();
    m_widest.clear();
    m_widestTexts.clear();
    endResetModel();
    Q_EMIT columnsChanged();
    // No headerDataChanged: the reset already brings the headers up to date, and Qt 6.4's
    // HorizontalHeaderView connects to headerDataChanged with a lambda that has no context
    // object, so after a page with a header was closed the next language change ran it on freed
    // memory (the committee's trail model crashed that way: trail_model.cpp).
}

void TableModel::setRows(std::vector<TableRow> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    m_prepared.clear();
    m_widest.clear();
    m_widestTexts.clear();
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

namespace {

std::optional<qint64> numberOf(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool:
        return v.toLongLong();
    case QMetaType::ULongLong:
        return qint64(std::min<qulonglong>(v.toULongLong(), qulonglong(std::numeric_limits<qint64>::max())));
    case QMetaType::QDate:
        return v.toDate().toJulianDay();
    case QMetaType::QDateTime:
        return v.toDateTime().toMSecsSinceEpoch();
    default:
        return std::nullopt;
    }
}

} // namespace

const std::vector<TableModel::PreparedKey> &TableModel::preparedKeys(int column) const
{
    static const std::vector<PreparedKey> none;
    if (column < 0 || column >= int(m_columns.size())) {
        return none;
    }
    if (m_prepared.size() != std::size_t(m_columns.size())) {
        m_prepared.assign(std::size_t(m_columns.size()), {});
    }
    std::vector<PreparedKey> &keys = m_prepared[std::size_t(column)];
    if (keys.size() == m_rows.size()) {
        return keys;
    }
    keys.assign(m_rows.size(), PreparedKey{});
    // Texts: each distinct text gets its rank in the locale's case-insensitive collation, from
    // the collator's sort keys (compared as bytes), so sorting compares two integers. The
    // collator sees each distinct text once (a column of units, statuses or categories holds a
    // few thousand among a million rows).
    std::vector<std::pair<std::size_t, std::size_t>> textRows; // row, distinct text
    std::vector<QString> texts;
    QHash<QString, std::size_t> distinct;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const QVariant &sortKey = m_rows[i].sortKeys.at(column);
        if (const auto number = numberOf(sortKey)) {
            keys[i] = PreparedKey{0, *number};
        } else {
            const QString text = sortKey.isValid() ? sortKey.toString() : m_rows[i].cells.at(column);
            const auto found = distinct.constFind(text);
            if (found != distinct.constEnd()) {
                textRows.emplace_back(i, *found);
            } else {
                distinct.insert(text, texts.size());
                textRows.emplace_back(i, texts.size());
                texts.push_back(text);
            }
        }
    }
    if (!texts.empty()) {
        QCollator collator{QLocale()};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::vector<QCollatorSortKey> collated;
        collated.reserve(texts.size());
        for (const QString &text : texts) {
            collated.push_back(collator.sortKey(text));
        }
        std::vector<std::size_t> byText(texts.size());
        std::iota(byText.begin(), byText.end(), std::size_t(0));
        std::sort(byText.begin(), byText.end(), [&](std::size_t a, std::size_t b) { return collated[a].compare(collated[b]) < 0; });
        std::vector<qint64> rankOf(texts.size(), 0);
        qint64 rank = 0;
        for (std::size_t i = 0; i < byText.size(); ++i) {
            if (i > 0 && collated[byText[i - 1]].compare(collated[byText[i]]) != 0) {
                ++rank;
            }
            rankOf[byText[i]] = rank;
        }
        for (const auto &[row, text] : textRows) {
            keys[row] = PreparedKey{1, rankOf[text]};
        }
    }
    return keys;
}

QString TableModel::widestText(int column) const
{
    if (column < 0 || column >= int(m_columns.size())) {
        return {};
    }
    if (m_widest.size() != std::size_t(m_columns.size())) {
        m_widest.assign(std::size_t(m_columns.size()), std::nullopt);
    }
    std::optional<QString> &widest = m_widest[std::size_t(column)];
    if (!widest) {
        QString longest;
        for (const TableRow &row : m_rows) {
            const QString &cell = row.cells.at(column);
            if (cell.size() > longest.size()) {
                longest = cell;
            }
        }
        widest = longest;
    }
    return *widest;
}

QStringList TableModel::widestTexts(int column) const
{
    if (column < 0 || column >= int(m_columns.size())) {
        return {};
    }
    if (m_widestTexts.size() != std::size_t(m_columns.size())) {
        m_widestTexts.assign(std::size_t(m_columns.size()), std::nullopt);
    }
    std::optional<QStringList> &texts = m_widestTexts[std::size_t(column)];
    if (!texts) {
        constexpr qsizetype kSlack = 3;
        constexpr qsizetype kMost = 16;
        const QString widest = widestText(column);
        const qsizetype longest = widest.size();
        QStringList found{widest};
        for (const TableRow &row : m_rows) {
            const QString &cell = row.cells.at(column);
            if (cell.size() + kSlack >= longest && !found.contains(cell)) {
                found << cell;
                if (found.size() >= kMost) {
                    break;
                }
            }
        }
        texts = found;
    }
    return *texts;
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

TableProxy::TableProxy(TableModel *source, QObject *parent) : QAbstractTableModel(parent), m_source(source)
{
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        rebuildOrder();
        rebuildShown();
        endResetModel();
        Q_EMIT countChanged();
    });
    connect(source, &TableModel::columnsChanged, this, &TableProxy::columnsChanged);
    rebuildOrder();
    rebuildShown();
}

void TableProxy::rebuildOrder()
{
    const int rows = m_source->count();
    m_sorted.resize(std::size_t(rows));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (m_sortColumn < 0 || m_sortColumn >= m_source->columnCount()) {
        return;
    }
    const std::vector<TableModel::PreparedKey> &keys = m_source->preparedKeys(m_sortColumn);
    if (m_order == Qt::AscendingOrder) {
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [&keys](int a, int b) { return keys[std::size_t(a)] < keys[std::size_t(b)]; });
    } else {
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [&keys](int a, int b) { return keys[std::size_t(b)] < keys[std::size_t(a)]; });
    }
}

void TableProxy::rebuildShown()
{
    m_shown.clear();
    m_shownRowOfSource.assign(m_sorted.size(), -1);
    if (m_filter.isEmpty()) {
        m_shown = m_sorted;
    } else {
        m_shown.reserve(m_sorted.size());
        for (const int row : m_sorted) {
            if (m_source->filterText(row).contains(m_filter)) {
                m_shown.push_back(row);
            }
        }
    }
    for (std::size_t i = 0; i < m_shown.size(); ++i) {
        m_shownRowOfSource[std::size_t(m_shown[i])] = int(i);
    }
}

void TableProxy::setFilterText(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_filter) {
        return;
    }
    beginResetModel();
    m_filter = lower;
    rebuildShown();
    endResetModel();
    Q_EMIT filterTextChanged();
    Q_EMIT countChanged();
}

void TableProxy::sortBy(int column)
{
    if (column < 0 || column >= m_source->columnCount()) {
        return;
    }
    sort(column, column == m_sortColumn && m_order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void TableProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= m_source->columnCount()) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> beforeSource;
    beforeSource.reserve(std::size_t(before.size()));
    for (const QModelIndex &persistent : before) {
        beforeSource.push_back(sourceRow(persistent.row()));
    }
    m_sortColumn = column < 0 ? -1 : column;
    m_order = order;
    rebuildOrder();
    rebuildShown();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int source = beforeSource[std::size_t(i)];
        const int shown = source < 0 ? -1 : m_shownRowOfSource[std::size_t(source)];
        after.append(shown < 0 ? QModelIndex() : index(shown, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT sortChanged();
}

QString TableProxy::keyAt(int row) const
{
    const int source = sourceRow(row);
    return source < 0 ? QString() : m_source->rows()[std::size_t(source)].key;
}

QString TableProxy::textAt(int row, int column) const
{
    const int source = sourceRow(row);
    return source < 0 ? QString() : m_source->rows()[std::size_t(source)].cells.value(column);
}

int TableProxy::rowOfKey(const QString &key) const
{
    const int source = m_source->rowOfKey(key);
    return source < 0 ? -1 : m_shownRowOfSource[std::size_t(source)];
}

int TableProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int TableProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

QVariant TableProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const int source = sourceRow(index.row());
    return source < 0 ? QVariant() : m_source->data(m_source->index(source, index.column()), role);
}

QVariant TableProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole) {
        return section + 1;
    }
    return m_source->headerData(section, orientation, role);
}

QHash<int, QByteArray> TableProxy::roleNames() const
{
    return m_source->roleNames();
}

} // namespace courtyard::desk
