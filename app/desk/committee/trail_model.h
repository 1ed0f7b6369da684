// courtyard/desk/committee: the expense trail as a table, with its filters and its evidence checks.
//
// ExpenseTrailModel shows TrailIndex's rows: one per payment out of the fund, newest first by
// default. Filtering and sorting are a C++ index rather than a QSortFilterProxyModel: the rows are
// kept in date order once (a permutation), a period is a binary search in it, and category,
// vendor and amount are tested on the rows of that period only; the rows shown are a vector of
// positions, so data() is a lookup and never a query. Measured in tests/bench/desk_trail_bench.
//
// Evidence, per row and on demand (checkRow, checkShown):
//  * the document: <documents>/<sha256 hex> is hashed again and compared with the invoice hash
//    the ledger holds: "matches", "missing" (no such file), or "DOES NOT MATCH";
//  * the inclusion proof: the transaction's bytes are read again from the store, their id and
//    invoice must be the row's, and the Merkle audit path of their leaf must lead to the root of
//    the current signed checkpoint (the tip block's C2SP note, its signature checked with the
//    sealer genesis names): "included in the signed log" or why not.
// The index is not trusted for either: both read what they check.
//
// Thread-safety: GUI thread.
#pragma once

#include "app/desk/committee/trail_index.h"
#include "core/ledger/genesis.h"
#include "core/money/money.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace courtyard::desk {

enum class DocumentCheck : quint8 { Unchecked, Matches, Missing, Mismatch, Unreadable };
enum class ProofCheck : quint8 { Unchecked, Included, Failed };

// The document of hash in documentsDir (<dir>/<64 lower-case hex>) hashed and compared.
DocumentCheck checkDocument(const QString &documentsDir, const QByteArray &hash);
QString documentCheckText(DocumentCheck check);

// The transaction row's inclusion in the store's log under the tip's signed checkpoint;
// the reason why not on failure (a value, not an error: a failed proof is a finding).
struct ProofResult {
    bool included = false;
    quint64 treeSize = 0;
    QString reason;
};
Result<ProofResult> checkInclusion(store::Store &store, const ledger::Genesis &genesis, const ExpenseRow &row);

struct TrailFilter {
    QDate from;          // invalid: no lower bound
    QDate to;            // invalid: no upper bound (inclusive)
    QString category;    // empty: any; otherwise the category or one of its sub-categories
    QString vendor;      // empty: any; otherwise a part of the vendor's name, any case
    std::optional<qint64> minAmount; // minor units, inclusive
    std::optional<qint64> maxAmount;

    friend bool operator==(const TrailFilter &, const TrailFilter &) = default;
};

class ExpenseTrailModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY shownChanged)
    Q_PROPERTY(int total READ total NOTIFY shownChanged)
    Q_PROPERTY(QString shownAmount READ shownAmount NOTIFY shownChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY rowsReset)
    Q_PROPERTY(QStringList vendors READ vendors NOTIFY rowsReset)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY shownChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending NOTIFY shownChanged)
public:
    enum Column { DateColumn, CategoryColumn, VendorColumn, AmountColumn, RequestedColumn, ApprovedColumn,
                  ApprovedAtColumn, DocumentColumn, ProofColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value of the cell (date, minor units, text)
        TransactionRole,             // 64 hex digits
        LogIndexRole,
        InvoiceRole,                 // 64 hex digits
        StatusRole,                  // for Document/Proof: "unchecked", "matches", "missing", "mismatch", "included", "failed"
        AlertRole,                   // bool: a check failed
        DetailRole,                  // the reason of a failed proof
    };

    explicit ExpenseTrailModel(QObject *parent = nullptr);

    // The keys' words ("manager 3fa2c1d0", "committee 91be07aa") are computed once per key.
    void setContext(store::Store *store, const ledger::Genesis &genesis, const money::Currency &currency,
                    QString documentsDir, std::function<QString(const QByteArray &key)> keyLabel);
    // Replaces the rows (a new ledger) or, when `rows` extends the current rows, appends.
    void setRows(const std::vector<ExpenseRow> &rows);
    void setLocale(const QLocale &locale);

    // --- filters and sorting --------------------------------------------------------------
    void setFilter(const TrailFilter &filter);
    const TrailFilter &filter() const { return m_filter; }
    // From QML: dates "YYYY-MM-DD" or "" (none); amounts as typed in the locale ("1,200.50"),
    // "" for none. False (and nothing changes) when a date or amount cannot be read; errorText says which.
    Q_INVOKABLE bool applyFilter(const QString &from, const QString &to, const QString &category, const QString &vendor,
                                 const QString &minAmount, const QString &maxAmount);
    Q_INVOKABLE void clearFilter();
    Q_INVOKABLE QString errorText() const { return m_error; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Q_INVOKABLE void sortBy(int column, bool descending) { sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder); }

    // --- evidence ------------------------------------------------------------------------
    Q_INVOKABLE void checkRow(int row);   // row shown
    Q_INVOKABLE int checkShown();         // every row shown; returns how many failed a check
    Q_INVOKABLE bool openDocument(int row);
    Q_INVOKABLE QString documentPath(int row) const;
    Q_INVOKABLE QVariantMap details(int row) const; // everything about one row, for the side panel
    // What a selection holds on to across sorting, filtering and new rows: the payment's
    // transaction id (64 hex digits; "" for no row), and the row it is shown at (-1: not shown).
    Q_INVOKABLE QString transactionAt(int row) const;
    Q_INVOKABLE int rowOfTransaction(const QString &txHex) const;

    int count() const { return int(m_shown.size()); }
    int total() const { return int(m_rows.size()); }
    QString shownAmount() const;
    qint64 shownMinor() const { return m_shownMinor; }
    QStringList categories() const { return m_categories; }
    QStringList vendors() const { return m_vendors; }
    int sortColumn() const { return m_sortColumn; }
    bool sortDescending() const { return m_descending; }
    const ExpenseRow &rowAt(int shownRow) const { return m_rows[std::size_t(m_shown[std::size_t(shownRow)])]; }
    DocumentCheck documentState(int shownRow) const;
    ProofCheck proofState(int shownRow) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void shownChanged();
    void rowsReset();

private:
    void rebuildDateOrder();
    void refilter();
    QString amountText(qint64 minor) const;
    QString label(const QByteArray &key) const;

    struct Checks {
        DocumentCheck document = DocumentCheck::Unchecked;
        ProofCheck proof = ProofCheck::Unchecked;
        QString reason;
    };

    store::Store *m_store = nullptr;
    ledger::Genesis m_genesis;
    QTimeZone m_timeZone; // the community's, made once (a QTimeZone reads the zone database)
    money::Currency m_currency = *money::currencyByCode(u"CNY");
    QString m_documentsDir;
    std::function<QString(const QByteArray &)> m_keyLabel;
    mutable QHash<QByteArray, QString> m_labels;
    QLocale m_locale;

    std::vector<ExpenseRow> m_rows;
    std::vector<Checks> m_checks;        // per row of m_rows
    std::vector<QString> m_vendorFolded; // per row: the vendor in case-folded form
    std::vector<int> m_byDate;           // positions of m_rows in (date, log index) order
    std::vector<int> m_shown;            // positions shown, in display order
    qint64 m_shownMinor = 0;
    TrailFilter m_filter;
    int m_sortColumn = DateColumn;
    bool m_descending = true;
    QStringList m_categories;
    QStringList m_vendors;
    QString m_error;
};

} // namespace courtyard::desk
