#include "app/views/models.h"

#include "core/base/hex.h"

#include <QDateTime>

namespace courtyard::views {

void FormattedListModel::setFormat(const money::Currency &currency, const QLocale &locale)
{
    m_currency = currency;
    m_locale = locale;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    }
}

QString FormattedListModel::time(quint64 ms) const
{
    return m_locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(ms)), QLocale::ShortFormat);
}

namespace {

// Replaces rows, telling views and the count property.
template <typename Row>
void reset(FormattedListModel &model, std::vector<Row> &rows, std::vector<Row> replacement, const std::function<void()> &begin,
           const std::function<void()> &end)
{
    const bool countChanges = rows.size() != replacement.size();
    begin();
    rows = std::move(replacement);
    end();
    if (countChanges) {
        Q_EMIT model.countChanged();
    }
}

} // namespace

// --- invoices -----------------------------------------------------------------------------

void InvoiceListModel::setInvoices(std::vector<InvoiceLine> invoices, const QDate &today)
{
    m_today = today;
    reset<InvoiceLine>(*this, m_rows, std::move(invoices), [this] { beginResetModel(); }, [this] { endResetModel(); });
}

void InvoiceListModel::clear()
{
    m_today = QDate();
    reset<InvoiceLine>(*this, m_rows, {}, [this] { beginResetModel(); }, [this] { endResetModel(); });
    m_rows.shrink_to_fit();
}

int InvoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const InvoiceLine &i = m_rows[std::size_t(index.row())];
    switch (Role(role)) {
    case IdRole:
        return toHex(i.id);
    case WhatRole:
        return invoiceWhat(i, m_locale);
    case KindRole:
        return i.kind;
    case KindTextRole:
        return invoiceKindText(i.kind);
    case PeriodRole:
        return i.period;
    case DueRole:
        return date(i.due);
    case DueDateRole:
        return i.due;
    case AmountRole:
        return amount(i.amount);
    case PaidRole:
        return amount(i.paid);
    case OpenRole:
        return amount(i.open());
    case OpenMinorRole:
        return i.open();
    case OverdueRole:
        return m_today.isValid() && i.due < m_today;
    }
    return {};
}

QHash<int, QByteArray> InvoiceListModel::roleNames() const
{
    return {{IdRole, "invoiceId"},     {WhatRole, "what"},       {KindRole, "kind"},     {KindTextRole, "kindText"},
            {PeriodRole, "period"},    {DueRole, "due"},         {DueDateRole, "dueDate"}, {AmountRole, "amount"},
            {PaidRole, "paid"},        {OpenRole, "open"},       {OpenMinorRole, "openMinor"}, {OverdueRole, "overdue"}};
}

// --- payments -----------------------------------------------------------------------------

void PaymentListModel::setPayments(std::vector<PaymentLine> payments)
{
    reset<PaymentLine>(*this, m_rows, std::move(payments), [this] { beginResetModel(); }, [this] { endResetModel(); });
}

void PaymentListModel::clear()
{
    reset<PaymentLine>(*this, m_rows, {}, [this] { beginResetModel(); }, [this] { endResetModel(); });
    m_rows.shrink_to_fit();
}

int PaymentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PaymentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const PaymentLine &p = m_rows[std::size_t(index.row())];
    switch (Role(role)) {
    case TransactionRole:
        return toHex(p.txId);
    case AmountRole:
        return amount(p.amount);
    case AmountMinorRole:
        return p.amount;
    case MethodRole:
        return paymentMethodText(p.kind);
    case TimeRole:
        return time(p.atMs);
    case StatusRole:
        switch (p.status) {
        case PaymentStatus::Pending:
            return QStringLiteral("pending");
        case PaymentStatus::Confirmed:
            return QStringLiteral("confirmed");
        case PaymentStatus::Rejected:
            return QStringLiteral("rejected");
        case PaymentStatus::Reversed:
            return QStringLiteral("reversed");
        }
        return {};
    case StatusTextRole:
        return paymentStatusText(p.status);
    case ReasonRole:
        return p.reason;
    case HeightRole:
        return p.height ? qint64(*p.height) : qint64(-1);
    }
    return {};
}

QHash<int, QByteArray> PaymentListModel::roleNames() const
{
    return {{TransactionRole, "transactionId"}, {AmountRole, "amount"},         {AmountMinorRole, "amountMinor"},
            {MethodRole, "method"},             {TimeRole, "time"},             {StatusRole, "status"},
            {StatusTextRole, "statusText"},     {ReasonRole, "reason"},         {HeightRole, "height"}};
}

// --- repairs ------------------------------------------------------------------------------

void RepairListModel::setRepairs(std::vector<RepairLine> repairs)
{
    reset<RepairLine>(*this, m_rows, std::move(repairs), [this] { beginResetModel(); }, [this] { endResetModel(); });
}

void RepairListModel::clear()
{
    reset<RepairLine>(*this, m_rows, {}, [this] { beginResetModel(); }, [this] { endResetModel(); });
    m_rows.shrink_to_fit();
}

int RepairListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RepairListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const RepairLine &r = m_rows[std::size_t(index.row())];
    switch (Role(role)) {
    case IdRole:
        return toHex(r.id);
    case CategoryRole:
        return r.category;
    case CategoryTextRole:
        return repairCategoryText(r.category);
    case DescriptionRole:
        return r.description;
    case UrgencyRole:
        return r.urgency;
    case UrgencyTextRole:
        return repairUrgencyText(r.urgency);
    case StatusRole:
        return r.status;
    case StatusTextRole:
        return repairStatusText(r.status);
    case AgeDaysRole:
        return r.ageDays;
    case RequestedRole:
        return time(quint64(r.requestedMs));
    case ReasonRole:
        return r.reason;
    case PendingRole:
        return r.pending;
    case LocationRole:
        return r.location;
    }
    return {};
}

QHash<int, QByteArray> RepairListModel::roleNames() const
{
    return {{IdRole, "repairId"},         {CategoryRole, "category"},   {CategoryTextRole, "categoryText"},
            {DescriptionRole, "description"}, {UrgencyRole, "urgency"}, {UrgencyTextRole, "urgencyText"},
            {StatusRole, "status"},           {StatusTextRole, "statusText"}, {AgeDaysRole, "ageDays"},
            {RequestedRole, "requested"},     {ReasonRole, "reason"},   {PendingRole, "pending"},
            {LocationRole, "location"}};
}

} // namespace courtyard::views
