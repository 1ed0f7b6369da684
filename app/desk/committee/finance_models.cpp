#include "app/desk/committee/finance_models.h"

#include "app/views/views.h"
#include "core/codec/cbor.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <map>

namespace courtyard::desk {

namespace {

QStringList categoryAndParents(const QString &category)
{
    QStringList paths;
    QString path = category;
    while (!path.isEmpty()) {
        paths << path;
        const qsizetype colon = path.lastIndexOf(u':');
        path = colon < 0 ? QString() : path.left(colon);
    }
    return paths;
}

} // namespace

Result<std::vector<BudgetLine>> budgetLines(const state::StateView &state, const std::vector<ExpenseRow> &rows, int year)
{
    std::map<QString, BudgetLine> lines;
    const QByteArray prefix = QByteArrayLiteral("budget/") + QByteArray::number(year).rightJustified(4, '0') + '/';
    std::optional<Error> failure;
    CY_CHECK(state.scan(prefix, [&](const state::Key &key, const cbor::Value &value) {
        const QString category = QString::fromUtf8(QByteArrayView(key).sliced(prefix.size()));
        auto record = cbor::Record::from(value, QStringLiteral("budget"));
        if (!record) {
            failure = record.error();
            return false;
        }
        BudgetLine line;
        line.category = category;
        line.depth = int(category.count(u':'));
        auto actual = record->int64(u"actual");
        if (!actual) {
            failure = actual.error().prefixed(QString::fromUtf8(key));
            return false;
        }
        line.actual = *actual;
        if (record->has(u"budget")) {
            auto budget = record->int64(u"budget");
            if (!budget) {
                failure = budget.error().prefixed(QString::fromUtf8(key));
                return false;
            }
            line.budget = *budget;
        }
        lines.emplace(category, std::move(line));
        return true;
    }));
    if (failure) {
        return tl::unexpected(*failure);
    }
    for (const ExpenseRow &row : rows) {
        if (row.date.year() != year) {
            continue;
        }
        for (const QString &path : categoryAndParents(row.category)) {
            auto it = lines.find(path);
            if (it == lines.end()) {
                BudgetLine line;
                line.category = path;
                line.depth = int(path.count(u':'));
                it = lines.emplace(path, std::move(line)).first;
            }
            it->second.months[std::size_t(row.date.month() - 1)] += row.amount;
        }
    }
    std::vector<BudgetLine> out;
    out.reserve(lines.size());
    for (auto &[category, line] : lines) {
        qint64 sum = 0;
        for (qint64 m : line.months) {
            sum += m;
        }
        line.consistent = sum == line.actual;
        out.push_back(std::move(line));
    }
    return out;
}

BudgetModel::BudgetModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BudgetModel::setSource(const state::StateView *state, const std::vector<ExpenseRow> *rows, const money::Currency &currency,
                            QList<int> years)
{
    m_state = state;
    m_rows = rows;
    m_currency = currency;
    m_years = std::move(years);
    if (!m_years.contains(m_year)) {
        m_year = m_years.isEmpty() ? QDate::currentDate().year() : m_years.last();
    }
}

void BudgetModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
    Q_EMIT changed();
}

Result<void> BudgetModel::reload()
{
    std::vector<BudgetLine> lines;
    if (m_state && m_rows) {
        CY_TRY(lines, budgetLines(*m_state, *m_rows, m_year));
    }
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
    Q_EMIT changed();
    return {};
}

void BudgetModel::setYear(int year)
{
    if (year == m_year) {
        return;
    }
    m_year = year;
    (void)reload();
}

QVariantList BudgetModel::years() const
{
    QVariantList out;
    for (int y : m_years) {
        out << y;
    }
    return out;
}

qint64 BudgetModel::totalBudgetMinor() const
{
    qint64 total = 0;
    for (const BudgetLine &l : m_lines) {
        if (l.depth == 0 && l.budget) {
            total += *l.budget;
        }
    }
    return total;
}

qint64 BudgetModel::totalActualMinor() const
{
    qint64 total = 0;
    for (const BudgetLine &l : m_lines) {
        if (l.depth == 0) {
            total += l.actual;
        }
    }
    return total;
}

QString BudgetModel::totalBudget() const
{
    return amount(totalBudgetMinor());
}

QString BudgetModel::totalActual() const
{
    return amount(totalActualMinor());
}

bool BudgetModel::consistent() const
{
    return std::all_of(m_lines.begin(), m_lines.end(), [](const BudgetLine &l) { return l.consistent; });
}

QString BudgetModel::amount(qint64 minor) const
{
    return views::formatAmount(minor, m_currency, m_locale);
}

QVariantMap BudgetModel::categoryChart() const
{
    QVariantList categories, budget, actual;
    double max = 0;
    for (const BudgetLine &l : m_lines) {
        if (l.depth != 0) {
            continue;
        }
        categories << l.category;
        const double b = major(l.budget.value_or(0));
        const double a = major(l.actual);
        budget << b;
        actual << a;
        max = std::max({max, a, b});
    }
    return {{QStringLiteral("categories"), categories},
            {QStringLiteral("budget"), budget},
            {QStringLiteral("actual"), actual},
            {QStringLiteral("max"), max}};
}

QVariantMap BudgetModel::monthChart() const
{
    QVariantList months, actual, budget;
    double max = 0;
    const double monthlyBudget = major(totalBudgetMinor()) / 12.0;
    for (int m = 0; m < 12; ++m) {
        qint64 sum = 0;
        for (const BudgetLine &l : m_lines) {
            if (l.depth == 0) {
                sum += l.months[std::size_t(m)];
            }
        }
        months << m_locale.monthName(m + 1, QLocale::ShortFormat);
        actual << major(sum);
        budget << monthlyBudget;
        max = std::max({max, major(sum), monthlyBudget});
    }
    return {{QStringLiteral("months"), months},
            {QStringLiteral("actual"), actual},
            {QStringLiteral("budget"), budget},
            {QStringLiteral("max"), max}};
}

int BudgetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int BudgetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const BudgetLine &l = m_lines[std::size_t(index.row())];
    const int column = index.column();
    const std::optional<qint64> remaining = l.budget ? std::optional<qint64>(*l.budget - l.actual) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        if (column == CategoryColumn) {
            return QString(l.depth * 4, u' ') + l.category.section(u':', -1);
        }
        if (column == BudgetColumn) {
            //: No budget was set for this category and year.
            return l.budget ? amount(*l.budget) : tr("none set");
        }
        if (column == ActualColumn) {
            return amount(l.actual);
        }
        if (column == RemainingColumn) {
            return remaining ? amount(*remaining) : QString();
        }
        if (column == UsedColumn) {
            if (!l.budget || *l.budget <= 0) {
                return QString();
            }
            // Whole percent, rounded toward zero: 11,000.00 of 10,000.00 is 110 %.
            auto actual = money::Money::fromMinor(l.actual, m_currency);
            auto used = actual ? actual->multiplyRatio(100, *l.budget, money::Rounding::TowardZero) : actual;
            return used ? m_locale.toString(used->minor()) + m_locale.percent() : QString();
        }
        if (column >= FirstMonthColumn && column < ColumnCount) {
            const qint64 m = l.months[std::size_t(column - FirstMonthColumn)];
            return m == 0 ? QString() : amount(m);
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == CategoryColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case SortRole:
        if (column == CategoryColumn) {
            return l.category;
        }
        if (column == BudgetColumn) {
            return l.budget ? QVariant(*l.budget) : QVariant();
        }
        if (column == ActualColumn) {
            return l.actual;
        }
        if (column == RemainingColumn) {
            return remaining ? QVariant(*remaining) : QVariant();
        }
        if (column >= FirstMonthColumn && column < ColumnCount) {
            return l.months[std::size_t(column - FirstMonthColumn)];
        }
        return {};
    case AlertRole:
        // Over budget, or the months do not add up to the contract's actual.
        return (remaining && *remaining < 0 && (column == RemainingColumn || column == ActualColumn)) || !l.consistent;
    case DepthRole:
        return l.depth;
    default:
        return {};
    }
}

QVariant BudgetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case BudgetColumn:
        return tr("Budget");
    case ActualColumn:
        //: What was actually spent.
        return tr("Actual");
    case RemainingColumn:
        //: Budget minus actual; negative when overspent.
        return tr("Left");
    case UsedColumn:
        //: Share of the budget spent.
        return tr("Used");
    default:
        if (section >= FirstMonthColumn && section < ColumnCount) {
            return m_locale.monthName(section - FirstMonthColumn + 1, QLocale::ShortFormat);
        }
        return {};
    }
}

QHash<int, QByteArray> BudgetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(Qt::TextAlignmentRole, "textAlignment");
    names.insert(AlertRole, "alert");
    names.insert(DepthRole, "depth");
    return names;
}

// --- the fund ---------------------------------------------------------------------------------

QStringList fundAccounts()
{
    return {QStringLiteral("Assets:Bank"), QStringLiteral("Assets:Cash"), QStringLiteral("Equity:MaintenanceFund"),
            QStringLiteral("Equity:ReserveFund")};
}

Result<std::vector<FundPoint>> fundBalances(store::Store &store, const ledger::Genesis &genesis)
{
    const QStringList accounts = fundAccounts();
    CY_TRY(const std::vector<store::AccountPosting> postings, store.accountPostings(accounts));
    // Month by month (the community's calendar), each account's change; then running sums.
    std::map<QDate, std::array<qint64, 4>> changes;
    quint64 lastHeight = std::numeric_limits<quint64>::max();
    QDate month;
    for (const store::AccountPosting &p : postings) {
        if (p.blockHeight != lastHeight) {
            CY_TRY(const quint64 time, store.blockTime(p.blockHeight));
            const QDate day = genesis.localDate(time);
            month = QDate(day.year(), day.month(), 1);
            lastHeight = p.blockHeight;
        }
        const qsizetype which = accounts.indexOf(p.posting.account);
        if (which < 0) {
            continue;
        }
        // Assets are debit balances, equity credit balances (shown positive).
        changes[month][std::size_t(which)] += which < 2 ? p.posting.amount : -p.posting.amount;
    }
    std::vector<FundPoint> points;
    if (changes.empty()) {
        return points;
    }
    std::array<qint64, 4> running{};
    for (QDate m = changes.begin()->first; m <= changes.rbegin()->first; m = m.addMonths(1)) {
        const auto it = changes.find(m);
        if (it != changes.end()) {
            for (std::size_t i = 0; i < 4; ++i) {
                running[i] += it->second[i];
            }
        }
        points.push_back(FundPoint{m, running});
    }
    return points;
}

FundBalanceModel::FundBalanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FundBalanceModel::setPoints(std::vector<FundPoint> points, const money::Currency &currency)
{
    beginResetModel();
    m_points = std::move(points);
    m_currency = currency;
    endResetModel();
    Q_EMIT changed();
}

void FundBalanceModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
    Q_EMIT changed();
}

QVariantMap FundBalanceModel::chart() const
{
    QVariantList series;
    double min = 0, max = 0;
    const double per = double(m_currency.minorPerMajor());
    for (std::size_t a = 0; a < 4; ++a) {
        QVariantList points;
        for (const FundPoint &p : m_points) {
            const double y = double(p.balance[a]) / per;
            points << QVariantMap{{QStringLiteral("x"), double(QDateTime(p.month.addMonths(1).addDays(-1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch())},
                                  {QStringLiteral("y"), y}};
            min = std::min(min, y);
            max = std::max(max, y);
        }
        series << QVariant(points);
    }
    QVariantList names;
    for (int c = BankColumn; c <= ReserveColumn; ++c) {
        names << headerData(c, Qt::Horizontal, Qt::DisplayRole);
    }
    const auto ms = [](const QDate &d) { return double(QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()); };
    return {{QStringLiteral("names"), names},
            {QStringLiteral("series"), series},
            {QStringLiteral("min"), min},
            {QStringLiteral("max"), max},
            {QStringLiteral("first"), m_points.empty() ? 0.0 : ms(m_points.front().month)},
            {QStringLiteral("last"), m_points.empty() ? 0.0 : ms(m_points.back().month.addMonths(1))}};
}

int FundBalanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int FundBalanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FundBalanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const FundPoint &p = m_points[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        if (index.column() == MonthColumn) {
            //: A month in the fund table, e.g. "Mar 2027".
            return m_locale.toString(p.month, tr("MMM yyyy"));
        }
        return views::formatAmount(p.balance[std::size_t(index.column() - 1)], m_currency, m_locale);
    }
    if (role == SortRole) {
        return index.column() == MonthColumn ? QVariant(p.month) : QVariant(p.balance[std::size_t(index.column() - 1)]);
    }
    if (role == Qt::TextAlignmentRole && index.column() != MonthColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant FundBalanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case MonthColumn:
        return tr("Month end");
    case BankColumn:
        //: Assets:Bank, the community's bank account.
        return tr("Bank");
    case CashColumn:
        return tr("Cash");
    case MaintenanceColumn:
        return tr("Maintenance fund");
    case ReserveColumn:
        return tr("Reserve fund");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> FundBalanceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(Qt::TextAlignmentRole, "textAlignment");
    return names;
}

} // namespace courtyard::desk
