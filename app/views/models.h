// courtyard/views: list models over the read models of views.h, for the Qt Quick screens of the
// kiosk and the desk.
//
// Each model holds plain rows (views.h) and formats them for a locale and the community's
// currency on the way out: every text role is ready to show (translated words, amounts with the
// currency code), and the raw values are there for sorting or tests. clear() forgets every row
// (the kiosk's sign-out and idle reset).
//
// Thread-safety: GUI-thread objects.
#pragma once

#include "app/views/views.h"

#include <QAbstractListModel>

namespace courtyard::views {

// What every list model shares: its currency and locale.
class FormattedListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    using QAbstractListModel::QAbstractListModel;

    int count() const { return rowCount(); }
    void setFormat(const money::Currency &currency, const QLocale &locale);
    virtual void clear() = 0;

Q_SIGNALS:
    void countChanged();

protected:
    QString amount(qint64 minor) const { return formatAmount(minor, m_currency, m_locale); }
    QString date(const QDate &day) const { return m_locale.toString(day, QLocale::ShortFormat); }
    QString time(quint64 ms) const;

    money::Currency m_currency = *money::currencyByCode(u"CNY");
    QLocale m_locale;
};

class InvoiceListModel final : public FormattedListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // 32 hex digits
        WhatRole,                  // "Rent for March 2027"
        KindRole,                  // rent, fee, late-fee, deposit
        KindTextRole,              // "Rent"
        PeriodRole,
        DueRole,                   // the due date, formatted
        DueDateRole,               // QDate
        AmountRole,                // formatted
        PaidRole,
        OpenRole,
        OpenMinorRole,             // qint64
        OverdueRole,               // bool: the due date has passed
    };
    using FormattedListModel::FormattedListModel;

    void setInvoices(std::vector<InvoiceLine> invoices, const QDate &today);
    const std::vector<InvoiceLine> &invoices() const { return m_rows; }
    void clear() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<InvoiceLine> m_rows;
    QDate m_today;
};

class PaymentListModel final : public FormattedListModel {
    Q_OBJECT
public:
    enum Role {
        TransactionRole = Qt::UserRole + 1, // 64 hex digits
        AmountRole,                         // formatted
        AmountMinorRole,
        MethodRole,                         // "Card at the kiosk"
        TimeRole,                           // formatted
        StatusRole,                         // pending, confirmed, rejected, reversed
        StatusTextRole,                     // translated
        ReasonRole,                         // why it was rejected
        HeightRole,                         // the block, -1 while pending
    };
    using FormattedListModel::FormattedListModel;

    void setPayments(std::vector<PaymentLine> payments);
    const std::vector<PaymentLine> &payments() const { return m_rows; }
    void clear() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<PaymentLine> m_rows;
};

class RepairListModel final : public FormattedListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // 32 hex digits
        CategoryRole,              // code
        CategoryTextRole,          // translated
        DescriptionRole,
        UrgencyRole,
        UrgencyTextRole,
        StatusRole,                // requested ... rejected, or sending (still in the outbox)
        StatusTextRole,
        AgeDaysRole,               // int
        RequestedRole,             // formatted time of the request
        ReasonRole,                // why it was declined
        PendingRole,               // bool
        LocationRole,              // where (empty: not said, as in every version 1 request)
    };
    using FormattedListModel::FormattedListModel;

    void setRepairs(std::vector<RepairLine> repairs);
    const std::vector<RepairLine> &repairs() const { return m_rows; }
    void clear() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<RepairLine> m_rows;
};

} // namespace courtyard::views
