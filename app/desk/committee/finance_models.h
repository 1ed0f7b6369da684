// courtyard/desk/committee: budget vs actual per category and month, and the fund's balance over
// time, as tables for TableView and as series for Qt Charts.
//
// BudgetModel (one year): a row per category path that has a budget or an expense that year
// (budget/<yyyy>/<path> in the state: the budget the committee set and the contract's running
// actual, which counts sub-categories into their parents), with the budget, the actual, what is
// left, and the actual of each month added up from the expense trail's rows. The twelve months
// must add up to the contract's actual; a row where they do not is flagged (`consistent` false)
// — the state and the trail disagree, which verification then explains.
//
// FundBalanceModel: the balance at the end of each month, from the first posting to the last, of
// the fund's accounts read from the postings (an index range per account): Assets:Bank and
// Assets:Cash (the money the community holds) and the earmarks Equity:MaintenanceFund and
// Equity:ReserveFund (credit balances shown as positive amounts, as an accountant reads them).
//
// Money stays in minor units; the chart series (doubles in major units) are for drawing only,
// every figure a person reads is formatted from the integers.
// Thread-safety: GUI thread.
#pragma once

#include "app/desk/committee/trail_index.h"
#include "core/ledger/genesis.h"
#include "core/money/money.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QVariantList>

#include <array>

namespace courtyard::desk {

struct BudgetLine {
    QString category;
    int depth = 0;                    // 0 for a top-level category
    std::optional<qint64> budget;     // minor units; none when no budget was set
    qint64 actual = 0;                // the contract's running actual
    std::array<qint64, 12> months{};  // the trail's expenses of each month
    bool consistent = true;           // the months add up to actual
};

// The year's lines in category order; BudgetLine::months from rows (TrailIndex::rows()).
Result<std::vector<BudgetLine>> budgetLines(const state::StateView &state, const std::vector<ExpenseRow> &rows, int year);

class BudgetModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY changed)
    Q_PROPERTY(QVariantList years READ years NOTIFY changed)
    Q_PROPERTY(QString totalBudget READ totalBudget NOTIFY changed)
    Q_PROPERTY(QString totalActual READ totalActual NOTIFY changed)
    Q_PROPERTY(bool consistent READ consistent NOTIFY changed)
public:
    enum Column { CategoryColumn, BudgetColumn, ActualColumn, RemainingColumn, UsedColumn, FirstMonthColumn,
                  ColumnCount = FirstMonthColumn + 12 };
    enum Role { SortRole = Qt::UserRole + 1, AlertRole, DepthRole };

    explicit BudgetModel(QObject *parent = nullptr);
    void setSource(const state::StateView *state, const std::vector<ExpenseRow> *rows, const money::Currency &currency,
                   QList<int> years);
    void setLocale(const QLocale &locale);
    Result<void> reload();

    int year() const { return m_year; }
    void setYear(int year);
    QVariantList years() const;
    const std::vector<BudgetLine> &lines() const { return m_lines; }
    QString totalBudget() const;
    QString totalActual() const;
    qint64 totalBudgetMinor() const; // top-level categories only: nothing counted twice
    qint64 totalActualMinor() const;
    bool consistent() const;

    // For the bar chart: {"categories": [...top-level], "budget": [...], "actual": [...], "max": n}
    // and the year's months: {"months": [...names], "actual": [...], "budget": [...] (budget/12 each)}.
    Q_INVOKABLE QVariantMap categoryChart() const;
    Q_INVOKABLE QVariantMap monthChart() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void changed();

private:
    double major(qint64 minor) const { return double(minor) / double(m_currency.minorPerMajor()); }
    QString amount(qint64 minor) const;

    const state::StateView *m_state = nullptr;
    const std::vector<ExpenseRow> *m_rows = nullptr;
    money::Currency m_currency = *money::currencyByCode(u"CNY");
    QLocale m_locale;
    QList<int> m_years;
    int m_year = 0;
    std::vector<BudgetLine> m_lines;
};

struct FundPoint {
    QDate month;                 // the first day of the month
    std::array<qint64, 4> balance{}; // at its end: bank, cash, maintenance fund, reserve fund
};
// The accounts, in FundPoint::balance order.
QStringList fundAccounts();
Result<std::vector<FundPoint>> fundBalances(store::Store &store, const ledger::Genesis &genesis);

class FundBalanceModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY changed)
public:
    enum Column { MonthColumn, BankColumn, CashColumn, MaintenanceColumn, ReserveColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit FundBalanceModel(QObject *parent = nullptr);
    void setPoints(std::vector<FundPoint> points, const money::Currency &currency);
    void setLocale(const QLocale &locale);
    const std::vector<FundPoint> &points() const { return m_points; }
    int count() const { return int(m_points.size()); }

    // For the line chart: {"names": [4 series names], "series": [[{x: ms, y: major}, ...] x4], "min", "max", "first", "last"}.
    Q_INVOKABLE QVariantMap chart() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void changed();

private:
    std::vector<FundPoint> m_points;
    money::Currency m_currency = *money::currencyByCode(u"CNY");
    QLocale m_locale;
};

} // namespace courtyard::desk
