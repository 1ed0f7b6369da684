#include "app/desk/committee/trail_model.h"

#include "app/views/views.h"
#include "contracts/expenses.h"
#include "core/base/hex.h"
#include "core/ledger/block.h"
#include "core/ledger/checkpoint.h"
#include "core/merkle/merkle_log.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace courtyard::desk {

DocumentCheck checkDocument(const QString &documentsDir, const QByteArray &hash)
{
    QFile file(QDir(documentsDir).filePath(QString::fromLatin1(hash.toHex())));
    if (!file.exists()) {
        return DocumentCheck::Missing;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return DocumentCheck::Unreadable;
    }
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (!sha.addData(&file)) {
        return DocumentCheck::Unreadable;
    }
    return sha.result() == hash ? DocumentCheck::Matches : DocumentCheck::Mismatch;
}

QString documentCheckText(DocumentCheck check)
{
    switch (check) {
    case DocumentCheck::Unchecked:
        return ExpenseTrailModel::tr("not checked yet");
    case DocumentCheck::Matches:
        //: The invoice file's SHA-256 is the one on the ledger.
        return ExpenseTrailModel::tr("matches");
    case DocumentCheck::Missing:
        //: The invoice file is not in this computer's documents folder.
        return ExpenseTrailModel::tr("missing");
    case DocumentCheck::Mismatch:
        //: The invoice file was changed or replaced: shown in capitals on purpose.
        return ExpenseTrailModel::tr("DOES NOT MATCH");
    case DocumentCheck::Unreadable:
        return ExpenseTrailModel::tr("cannot be read");
    }
    return {};
}

Result<ProofResult> checkInclusion(store::Store &store, const ledger::Genesis &genesis, const ExpenseRow &row)
{
    ProofResult result;
    CY_TRY(const ledger::SealedBlock tip, store.tip());
    const QString origin = genesis.logOrigin();
    if (auto sealed = tip.verifySeal(genesis.sealer, origin); !sealed) {
        result.reason = ExpenseTrailModel::tr("the current checkpoint's signature does not verify: %1").arg(sealed.error().message);
        return result;
    }
    const ledger::Checkpoint checkpoint = tip.checkpoint(origin);
    result.treeSize = checkpoint.size;
    auto txId = crypto::digestFromBytes(row.txId);
    if (!txId) {
        result.reason = ExpenseTrailModel::tr("the transaction id is damaged");
        return result;
    }
    auto location = store.findTransaction(*txId);
    if (!location) {
        if (location.error().code != ErrorCode::NotFound) {
            return tl::unexpected(location.error());
        }
        result.reason = ExpenseTrailModel::tr("the transaction is not in the ledger");
        return result;
    }
    if (location->logIndex != row.logIndex) {
        result.reason = ExpenseTrailModel::tr("the transaction is stored at log index %1, not %2").arg(location->logIndex).arg(row.logIndex);
        return result;
    }
    auto tx = ledger::Transaction::decode(location->bytes);
    if (!tx) {
        result.reason = ExpenseTrailModel::tr("the stored transaction cannot be read: %1").arg(tx.error().message);
        return result;
    }
    if (crypto::toByteArray(tx->id()) != row.txId) {
        result.reason = ExpenseTrailModel::tr("the stored transaction's bytes are not those of its id");
        return result;
    }
    const cbor::Value *invoice = tx->body().payload.find(u"invoice");
    if (!invoice || !invoice->isBytes() || invoice->asBytes() != row.invoice) {
        result.reason = ExpenseTrailModel::tr("the stored transaction names another invoice");
        return result;
    }
    const merkle::Hash leaf = merkle::leafHash(location->bytes);
    auto proof = store.log().inclusionProof(row.logIndex, checkpoint.size);
    if (!proof) {
        result.reason = ExpenseTrailModel::tr("no audit path: %1").arg(proof.error().message);
        return result;
    }
    if (auto verified = merkle::verifyInclusion(row.logIndex, checkpoint.size, leaf, *proof, checkpoint.root); !verified) {
        result.reason = ExpenseTrailModel::tr("the audit path does not lead to the signed checkpoint's root: %1").arg(verified.error().message);
        return result;
    }
    result.included = true;
    return result;
}

ExpenseTrailModel::ExpenseTrailModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExpenseTrailModel::setContext(store::Store *store, const ledger::Genesis &genesis, const money::Currency &currency,
                                   QString documentsDir, std::function<QString(const QByteArray &)> keyLabel)
{
    m_store = store;
    m_genesis = genesis;
    m_timeZone = QTimeZone(genesis.timeZone.toLatin1());
    m_currency = currency;
    m_documentsDir = std::move(documentsDir);
    m_keyLabel = std::move(keyLabel);
    m_labels.clear();
}

void ExpenseTrailModel::setLocale(const QLocale &locale)
{
    // A reset, not headerDataChanged: Qt 6.4's HorizontalHeaderView connects its header model to
    // headerDataChanged with a lambda that has no context object, so the connection outlives a
    // destroyed page and the next language change ran it on freed memory (a crash after a page
    // was closed). The header models follow a reset through connections that end with them.
    beginResetModel();
    m_locale = locale;
    m_labels.clear(); // the roles' words are in the language of the moment
    endResetModel();
    Q_EMIT shownChanged();
}

void ExpenseTrailModel::setRows(const std::vector<ExpenseRow> &rows)
{
    const bool extends = rows.size() >= m_rows.size() &&
                         (m_rows.empty() || (rows[m_rows.size() - 1].txId == m_rows.back().txId));
    if (extends && rows.size() == m_rows.size()) {
        return;
    }
    if (extends) {
        // New payments: only they are added; the checks done so far stay.
        for (std::size_t i = m_rows.size(); i < rows.size(); ++i) {
            m_rows.push_back(rows[i]);
            m_vendorFolded.push_back(rows[i].vendor.toCaseFolded());
        }
    } else {
        m_rows = rows;
        m_checks.clear();
        m_vendorFolded.clear();
        m_vendorFolded.reserve(m_rows.size());
        for (const ExpenseRow &r : m_rows) {
            m_vendorFolded.push_back(r.vendor.toCaseFolded());
        }
    }
    m_checks.resize(m_rows.size());
    QSet<QString> categories, vendors;
    for (const ExpenseRow &r : m_rows) {
        categories.insert(r.category);
        if (const qsizetype colon = r.category.indexOf(u':'); colon > 0) {
            categories.insert(r.category.left(colon));
        }
        vendors.insert(r.vendor);
    }
    m_categories = QStringList(categories.begin(), categories.end());
    m_categories.sort();
    m_vendors = QStringList(vendors.begin(), vendors.end());
    m_vendors.sort(Qt::CaseInsensitive);
    rebuildDateOrder();
    refilter();
    Q_EMIT rowsReset();
}

void ExpenseTrailModel::rebuildDateOrder()
{
    m_byDate.resize(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_byDate[i] = int(i);
    }
    // Log order is nearly date order already: a stable sort by date keeps log order within a day.
    std::stable_sort(m_byDate.begin(), m_byDate.end(), [this](int a, int b) {
        return m_rows[std::size_t(a)].date < m_rows[std::size_t(b)].date;
    });
}

void ExpenseTrailModel::setFilter(const TrailFilter &filter)
{
    m_filter = filter;
    refilter();
}

void ExpenseTrailModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    m_shownMinor = 0;
    // The period: a binary search in date order.
    auto first = m_byDate.begin();
    auto last = m_byDate.end();
    if (m_filter.from.isValid()) {
        first = std::lower_bound(m_byDate.begin(), m_byDate.end(), m_filter.from,
                                 [this](int i, const QDate &d) { return m_rows[std::size_t(i)].date < d; });
    }
    if (m_filter.to.isValid()) {
        last = std::upper_bound(first, m_byDate.end(), m_filter.to,
                                [this](const QDate &d, int i) { return d < m_rows[std::size_t(i)].date; });
    }
    const QString vendor = m_filter.vendor.trimmed().toCaseFolded();
    const QString category = m_filter.category;
    const QString categoryPrefix = category + u':';
    m_shown.reserve(std::size_t(last - first));
    for (auto it = first; it != last; ++it) {
        const ExpenseRow &r = m_rows[std::size_t(*it)];
        if (!category.isEmpty() && r.category != category && !r.category.startsWith(categoryPrefix)) {
            continue;
        }
        if (m_filter.minAmount && r.amount < *m_filter.minAmount) {
            continue;
        }
        if (m_filter.maxAmount && r.amount > *m_filter.maxAmount) {
            continue;
        }
        if (!vendor.isEmpty() && !m_vendorFolded[std::size_t(*it)].contains(vendor)) {
            continue;
        }
        m_shown.push_back(*it);
        m_shownMinor += r.amount;
    }
    // Display order: date order as found (reversed for newest first), or another column.
    if (m_sortColumn == DateColumn) {
        if (m_descending) {
            std::reverse(m_shown.begin(), m_shown.end());
        }
    } else {
        const int column = m_sortColumn;
        const auto key = [this, column](int i) -> QVariant {
            const ExpenseRow &r = m_rows[std::size_t(i)];
            switch (column) {
            case CategoryColumn:
                return r.category;
            case VendorColumn:
                return r.vendor;
            case AmountColumn:
                return r.amount;
            case RequestedColumn:
                return label(r.requester);
            case ApprovedColumn:
                return r.approvers.isEmpty() ? QString() : label(r.approvers.front());
            case ApprovedAtColumn:
                return r.approvedMs;
            case DocumentColumn:
                return int(m_checks[std::size_t(i)].document);
            case ProofColumn:
                return int(m_checks[std::size_t(i)].proof);
            default:
                return r.logIndex;
            }
        };
        std::vector<std::pair<QVariant, int>> keyed;
        keyed.reserve(m_shown.size());
        for (int i : m_shown) {
            keyed.emplace_back(key(i), i);
        }
        const bool descending = m_descending;
        std::stable_sort(keyed.begin(), keyed.end(), [descending](const auto &a, const auto &b) {
            const auto order = QVariant::compare(a.first, b.first);
            return descending ? order == QPartialOrdering::Greater : order == QPartialOrdering::Less;
        });
        for (std::size_t i = 0; i < keyed.size(); ++i) {
            m_shown[i] = keyed[i].second;
        }
    }
    endResetModel();
    Q_EMIT shownChanged();
}

bool ExpenseTrailModel::applyFilter(const QString &from, const QString &to, const QString &category, const QString &vendor,
                                    const QString &minAmount, const QString &maxAmount)
{
    TrailFilter f;
    const auto date = [this](const QString &text, QDate &out) {
        if (text.trimmed().isEmpty()) {
            return true;
        }
        out = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!out.isValid()) {
            m_error = tr("'%1' is not a date: write it as 2027-03-31").arg(text);
            return false;
        }
        return true;
    };
    const auto amount = [this](const QString &text, std::optional<qint64> &out) {
        if (text.trimmed().isEmpty()) {
            return true;
        }
        auto parsed = money::Money::parse(text.trimmed(), m_currency, m_locale);
        if (!parsed) {
            parsed = money::Money::parse(text.trimmed(), m_currency, QLocale::c());
        }
        if (!parsed || parsed->isNegative()) {
            m_error = tr("'%1' is not an amount: write it like %2").arg(text, views::formatAmount(120050, m_currency, m_locale));
            return false;
        }
        out = parsed->minor();
        return true;
    };
    if (!date(from, f.from) || !date(to, f.to) || !amount(minAmount, f.minAmount) || !amount(maxAmount, f.maxAmount)) {
        return false;
    }
    if (f.from.isValid() && f.to.isValid() && f.to < f.from) {
        m_error = tr("the period ends before it begins: swap the two dates");
        return false;
    }
    if (f.minAmount && f.maxAmount && *f.maxAmount < *f.minAmount) {
        m_error = tr("the largest amount is below the smallest: swap the two amounts");
        return false;
    }
    f.category = category.trimmed();
    f.vendor = vendor;
    m_error.clear();
    setFilter(f);
    return true;
}

void ExpenseTrailModel::clearFilter()
{
    m_error.clear();
    setFilter(TrailFilter{});
}

void ExpenseTrailModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_descending = order == Qt::DescendingOrder;
    refilter();
}

void ExpenseTrailModel::checkRow(int row)
{
    if (row < 0 || row >= count() || !m_store) {
        return;
    }
    const int i = m_shown[std::size_t(row)];
    const ExpenseRow &r = m_rows[std::size_t(i)];
    Checks &c = m_checks[std::size_t(i)];
    c.document = checkDocument(m_documentsDir, r.invoice);
    auto proof = checkInclusion(*m_store, m_genesis, r);
    if (!proof) {
        c.proof = ProofCheck::Failed;
        c.reason = proof.error().message;
    } else {
        c.proof = proof->included ? ProofCheck::Included : ProofCheck::Failed;
        c.reason = proof->reason;
    }
    Q_EMIT dataChanged(index(row, DocumentColumn), index(row, ProofColumn));
}

int ExpenseTrailModel::checkShown()
{
    int failed = 0;
    for (int row = 0; row < count(); ++row) {
        checkRow(row);
        const Checks &c = m_checks[std::size_t(m_shown[std::size_t(row)])];
        if (c.proof != ProofCheck::Included || c.document == DocumentCheck::Mismatch || c.document == DocumentCheck::Unreadable) {
            ++failed;
        }
    }
    return failed;
}

QString ExpenseTrailModel::documentPath(int row) const
{
    if (row < 0 || row >= count()) {
        return {};
    }
    return QDir(m_documentsDir).filePath(QString::fromLatin1(rowAt(row).invoice.toHex()));
}

bool ExpenseTrailModel::openDocument(int row)
{
    const QString path = documentPath(row);
    if (path.isEmpty() || !QFile::exists(path)) {
        m_error = tr("the invoice document is not in %1: copy it there under its SHA-256 name").arg(m_documentsDir);
        return false;
    }
    // Checked before it is shown: a replaced file is said to be so, and still opened.
    checkRow(row);
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

QString ExpenseTrailModel::transactionAt(int row) const
{
    return row < 0 || row >= count() ? QString() : QString::fromLatin1(rowAt(row).txId.toHex());
}

int ExpenseTrailModel::rowOfTransaction(const QString &txHex) const
{
    const QByteArray id = QByteArray::fromHex(txHex.toLatin1());
    if (id.isEmpty()) {
        return -1;
    }
    for (int row = 0; row < count(); ++row) {
        if (rowAt(row).txId == id) {
            return row;
        }
    }
    return -1;
}

QVariantMap ExpenseTrailModel::details(int row) const
{
    if (row < 0 || row >= count()) {
        return {};
    }
    const ExpenseRow &r = rowAt(row);
    const Checks &c = m_checks[std::size_t(m_shown[std::size_t(row)])];
    QStringList approvers;
    for (const QByteArray &k : r.approvers) {
        approvers << label(k);
    }
    return QVariantMap{
        {QStringLiteral("date"), m_locale.toString(r.date, QLocale::ShortFormat)},
        {QStringLiteral("category"), r.category},
        {QStringLiteral("vendor"), r.vendor},
        {QStringLiteral("amount"), amountText(r.amount)},
        {QStringLiteral("kind"), r.source == ExpenseSource::Expense ? tr("Expense") : tr("Repair payment")},
        {QStringLiteral("requestedBy"), label(r.requester)},
        {QStringLiteral("approvedBy"), approvers.join(QStringLiteral(", "))},
        {QStringLiteral("approvedAt"), data(index(row, ApprovedAtColumn)).toString()},
        {QStringLiteral("transaction"), QString::fromLatin1(r.txId.toHex())},
        {QStringLiteral("logIndex"), QString::number(r.logIndex)},
        {QStringLiteral("block"), QString::number(r.height)},
        {QStringLiteral("invoice"), QString::fromLatin1(r.invoice.toHex())},
        {QStringLiteral("document"), documentCheckText(c.document)},
        {QStringLiteral("documentAlert"), c.document == DocumentCheck::Mismatch || c.document == DocumentCheck::Unreadable},
        {QStringLiteral("proof"), data(index(row, ProofColumn)).toString()},
        {QStringLiteral("proofAlert"), c.proof == ProofCheck::Failed},
        {QStringLiteral("proofReason"), c.reason},
    };
}

QString ExpenseTrailModel::shownAmount() const
{
    return amountText(m_shownMinor);
}

DocumentCheck ExpenseTrailModel::documentState(int shownRow) const
{
    return m_checks[std::size_t(m_shown[std::size_t(shownRow)])].document;
}

ProofCheck ExpenseTrailModel::proofState(int shownRow) const
{
    return m_checks[std::size_t(m_shown[std::size_t(shownRow)])].proof;
}

QString ExpenseTrailModel::amountText(qint64 minor) const
{
    return views::formatAmount(minor, m_currency, m_locale);
}

QString ExpenseTrailModel::label(const QByteArray &key) const
{
    const auto it = m_labels.constFind(key);
    if (it != m_labels.cend()) {
        return *it;
    }
    const QString text = m_keyLabel ? m_keyLabel(key) : QString::fromLatin1(key.toHex().left(8));
    m_labels.insert(key, text);
    return text;
}

int ExpenseTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ExpenseTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpenseTrailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= count() || index.column() >= ColumnCount) {
        return {};
    }
    const int i = m_shown[std::size_t(index.row())];
    const ExpenseRow &r = m_rows[std::size_t(i)];
    const Checks &c = m_checks[std::size_t(i)];
    const auto time = [this](quint64 ms) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(ms), m_timeZone);
        return m_locale.toString(at, QLocale::ShortFormat);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case DateColumn:
            return m_locale.toString(r.date, QLocale::ShortFormat);
        case CategoryColumn:
            return r.category;
        case VendorColumn:
            return r.vendor;
        case AmountColumn:
            return amountText(r.amount);
        case RequestedColumn:
            return label(r.requester);
        case ApprovedColumn: {
            QStringList names;
            for (const QByteArray &k : r.approvers) {
                names << label(k);
            }
            return names.join(QStringLiteral(", "));
        }
        case ApprovedAtColumn:
            return r.approvedMs ? time(r.approvedMs) : QString();
        case DocumentColumn:
            return documentCheckText(c.document);
        case ProofColumn:
            switch (c.proof) {
            case ProofCheck::Unchecked:
                return tr("not checked yet");
            case ProofCheck::Included:
                //: The transaction's Merkle inclusion proof verifies against the signed checkpoint.
                return tr("included in the signed log");
            case ProofCheck::Failed:
                //: Shown in capitals on purpose: the ledger's evidence does not hold.
                return tr("PROOF FAILS");
            }
            return {};
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        switch (Column(index.column())) {
        case DateColumn:
            return r.date;
        case AmountColumn:
            return r.amount;
        case ApprovedAtColumn:
            return r.approvedMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case TransactionRole:
        return QString::fromLatin1(r.txId.toHex());
    case LogIndexRole:
        return r.logIndex;
    case InvoiceRole:
        return QString::fromLatin1(r.invoice.toHex());
    case StatusRole:
        if (index.column() == DocumentColumn) {
            static const char *const kNames[] = {"unchecked", "matches", "missing", "mismatch", "unreadable"};
            return QString::fromLatin1(kNames[int(c.document)]);
        }
        if (index.column() == ProofColumn) {
            static const char *const kNames[] = {"unchecked", "included", "failed"};
            return QString::fromLatin1(kNames[int(c.proof)]);
        }
        return QString();
    case AlertRole:
        return (index.column() == DocumentColumn && (c.document == DocumentCheck::Mismatch || c.document == DocumentCheck::Unreadable)) ||
               (index.column() == ProofColumn && c.proof == ProofCheck::Failed);
    case DetailRole:
        return c.reason;
    default:
        return {};
    }
}

QVariant ExpenseTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case DateColumn:
        //: Column: the invoice's date.
        return tr("Date");
    case CategoryColumn:
        return tr("Category");
    case VendorColumn:
        return tr("Vendor");
    case AmountColumn:
        return tr("Amount");
    case RequestedColumn:
        //: Column: who recorded the payment (the author's key).
        return tr("Requested by");
    case ApprovedColumn:
        //: Column: every key that signed the approval.
        return tr("Approved by");
    case ApprovedAtColumn:
        return tr("Approved at");
    case DocumentColumn:
        //: Column: whether the invoice document's SHA-256 matches the ledger.
        return tr("Document");
    case ProofColumn:
        //: Column: the transaction's inclusion proof.
        return tr("In the signed log");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> ExpenseTrailModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(Qt::TextAlignmentRole, "textAlignment");
    names.insert(TransactionRole, "transaction");
    names.insert(LogIndexRole, "logIndex");
    names.insert(InvoiceRole, "invoice");
    names.insert(StatusRole, "status");
    names.insert(AlertRole, "alert");
    names.insert(DetailRole, "detail");
    return names;
}

} // namespace courtyard::desk
