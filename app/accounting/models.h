// courtyard/accounting: table models over a matched statement and the arrears, for the desk's
// pages (TableView + QSortFilterProxyModel) and for CSV export (modelToCsv).
//
// Rows are plain values set once per import or ledger change; data() answers from them (no
// query per cell). Display texts are ready to show (amounts as money with the currency's code in
// the model's locale, statuses in words); SortRole gives the raw value (minor units, dates,
// confidence) so that a proxy sorts numbers as numbers.
//
// Thread-safety: GUI-thread objects.
#pragma once

#include "app/accounting/books.h"
#include "app/accounting/matching.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace courtyard::accounting {

inline constexpr int kSortRole = Qt::UserRole + 1;

class BankLineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Booked, Amount, Payer, Remittance, Reference, Status, Unit, Confidence, Candidates, ColumnCount };
    enum Role { StatusRole = kSortRole + 1, PostableRole, PostedRole };

    explicit BankLineModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale) { m_locale = locale; }
    void setLines(std::vector<LineMatch> lines);
    const std::vector<LineMatch> &lines() const { return m_lines; }
    // The manager's choice for a row: the candidate put first and proposed (Matched).
    void choose(int row, Candidate candidate);
    // Marks a row posted by a payment (after it was submitted).
    void markPosted(int row, const QByteArray &paymentId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<LineMatch> m_lines;
    QLocale m_locale;
};

class ArrearsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Unit, Since, Days, Owed, Days1to30, Days31to60, Days61to90, Over90, ColumnCount };

    explicit ArrearsModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale) { m_locale = locale; }
    void setReport(ArrearsReport report, const money::Currency &currency);
    const ArrearsReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    ArrearsReport m_report;
    money::Currency m_currency = *money::currencyByCode(u"CNY");
    QLocale m_locale;
};

} // namespace courtyard::accounting
