#include "app/accounting/models.h"

#include <QCoreApplication>

namespace courtyard::accounting {

namespace {

QString money(qint64 minor, const QString &code, int exponent, const QLocale &locale)
{
    if (auto currency = money::currencyByCode(code)) {
        if (auto m = money::Money::fromMinor(minor, *currency)) {
            return m->format(locale) + QChar(0x00a0) + code;
        }
    }
    // A currency the table does not know: its digits as written, with its exponent.
    const bool negative = minor < 0;
    QString digits = QString::number(negative ? -minor : minor).rightJustified(exponent + 1, QLatin1Char('0'));
    if (exponent > 0) {
        digits.insert(digits.size() - exponent, QLatin1Char('.'));
    }
    return (negative ? QStringLiteral("-") : QString()) + digits + QChar(0x00a0) + code;
}

} // namespace

// --- bank lines -----------------------------------------------------------------------------

BankLineModel::BankLineModel(QObject *parent) : QAbstractTableModel(parent) {}

void BankLineModel::setLines(std::vector<LineMatch> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

void BankLineModel::choose(int row, Candidate candidate)
{
    if (row < 0 || row >= int(m_lines.size()) || candidate.unit.isEmpty()) {
        return;
    }
    LineMatch &m = m_lines[std::size_t(row)];
    std::erase_if(m.candidates, [&candidate](const Candidate &c) { return c.unit == candidate.unit; });
    m.candidates.insert(m.candidates.begin(), std::move(candidate));
    m.proposal = 0;
    m.status = LineStatus::Matched;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BankLineModel::markPosted(int row, const QByteArray &paymentId)
{
    if (row < 0 || row >= int(m_lines.size())) {
        return;
    }
    m_lines[std::size_t(row)].status = LineStatus::Posted;
    m_lines[std::size_t(row)].postedBy = paymentId;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int BankLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int BankLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BankLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_lines.size())) {
        return {};
    }
    const LineMatch &m = m_lines[std::size_t(index.row())];
    const BankLine &l = m.line;
    const Candidate *proposal = m.proposal ? &m.candidates[*m.proposal] : nullptr;
    if (role == StatusRole) {
        return lineStatusName(m.status);
    }
    if (role == PostableRole) {
        return m.status == LineStatus::Matched && proposal != nullptr;
    }
    if (role == PostedRole) {
        return m.status == LineStatus::Posted;
    }
    if (role != Qt::DisplayRole && role != kSortRole) {
        return {};
    }
    const bool sort = role == kSortRole;
    switch (index.column()) {
    case Line:
        return l.number;
    case Booked:
        return sort ? QVariant(l.booked) : QVariant(m_locale.toString(l.booked, QLocale::ShortFormat));
    case Amount:
        return sort ? QVariant(l.amount) : QVariant(money(l.amount, l.currency, l.exponent, m_locale));
    case Payer:
        return l.payerAccount.isEmpty() ? l.payerName : QStringLiteral("%1 (%2)").arg(l.payerName, l.payerAccount);
    case Remittance:
        return l.remittance;
    case Reference:
        return l.reference;
    case Status:
        return lineStatusText(m.status);
    case Unit:
        return proposal ? proposal->unit : QString();
    case Confidence:
        return proposal ? QVariant(proposal->confidence) : (sort ? QVariant(-1) : QVariant(QString()));
    case Candidates: {
        QStringList parts;
        for (const Candidate &c : m.candidates) {
            parts << QStringLiteral("%1 %2%").arg(c.unit).arg(c.confidence);
        }
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant BankLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Line:
        return tr("Line");
    case Booked:
        return tr("Booked");
    case Amount:
        return tr("Amount");
    case Payer:
        return tr("Payer");
    case Remittance:
        return tr("Remittance");
    case Reference:
        return tr("Bank reference");
    case Status:
        return tr("Status");
    case Unit:
        return tr("Unit");
    case Confidence:
        return tr("Confidence");
    case Candidates:
        return tr("Candidates");
    default:
        return {};
    }
}

QHash<int, QByteArray> BankLineModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {kSortRole, "sortValue"}, {StatusRole, "status"}, {PostableRole, "postable"}, {PostedRole, "posted"}};
}

// --- arrears --------------------------------------------------------------------------------

ArrearsModel::ArrearsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ArrearsModel::setReport(ArrearsReport report, const money::Currency &currency)
{
    beginResetModel();
    m_report = std::move(report);
    m_currency = currency;
    endResetModel();
}

int ArrearsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.units.size());
}

int ArrearsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArrearsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_report.units.size()) || (role != Qt::DisplayRole && role != kSortRole)) {
        return {};
    }
    const UnitArrears &u = m_report.units[std::size_t(index.row())];
    const bool sort = role == kSortRole;
    const auto amount = [&](qint64 minor) {
        return sort ? QVariant(minor) : QVariant(money(minor, m_currency.code, m_currency.exponent, m_locale));
    };
    switch (index.column()) {
    case Unit:
        return u.unit;
    case Since:
        return sort ? QVariant(u.since) : QVariant(m_locale.toString(u.since, QLocale::ShortFormat));
    case Days:
        return u.oldestDays;
    case Owed:
        return amount(u.owed);
    case Days1to30:
        return amount(u.buckets.days1to30);
    case Days31to60:
        return amount(u.buckets.days31to60);
    case Days61to90:
        return amount(u.buckets.days61to90);
    case Over90:
        return amount(u.buckets.over90);
    default:
        return {};
    }
}

QVariant ArrearsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Unit:
        return tr("Unit");
    case Since:
        return tr("Owing since");
    case Days:
        return tr("Days");
    case Owed:
        return tr("Owed");
    case Days1to30:
        return tr("1-30 days");
    case Days31to60:
        return tr("31-60 days");
    case Days61to90:
        return tr("61-90 days");
    case Over90:
        return tr("Over 90 days");
    default:
        return {};
    }
}

QHash<int, QByteArray> ArrearsModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {kSortRole, "sortValue"}};
}

} // namespace courtyard::accounting
