// courtyard/desk accounting: the manager's bank import, the arrears and the reports, as the
// entry object of the QML module CourtyardDesk.Accounting (BankImportPage, ArrearsPage,
// ReportsPage; docs/cli.md "Accounting" describes the same work on the command line).
//
// AccountingDesk is constructed from the device's DeviceCore (the signed-in manager's key, the
// local state with the outbox applied) and the device's data folder (where bank mappings and
// known payers are remembered, app/accounting). It refreshes its tables on ledgerChanged():
//  * bankLines: the statement opened (camt.053, or CSV once its column mapping is known), each
//    line matched against the local state's open invoices with its confidence and candidates;
//    lines already booked (payment.bank version 2's bank-reference records, also those still in
//    the outbox) show as posted. choose(row, unit) corrects a line; postMatched() signs a
//    payment.bank version 2 per matched line through DeviceCore::submit (the contract refuses a
//    reference already used, so a line is never booked twice) and remembers its payer;
//  * arrears: who owes what since when, by unit, with age buckets; writeLetters() the reminder
//    letters as PDF in a language;
//  * exports: the journal (hledger/ledger), the financial report (PDF), CSV of either table.
// Rows of the tables are the QSortFilterProxyModels' (the QML views'); sorting uses the raw
// values (accounting::kSortRole). Every action returns whether it was done and sets `message`.
//
// Thread-safety: GUI thread.
#pragma once

#include "app/accounting/matching.h"
#include "app/accounting/models.h"
#include "app/accounting/statement.h"
#include "app/device/device_core.h"

#include <QObject>
#include <QSortFilterProxyModel>
#include <QVariantMap>

#include <optional>

namespace courtyard::desk::accounting {

class AccountingDesk : public QObject {
    Q_OBJECT
    Q_PROPERTY(QAbstractItemModel *bankLines READ bankLines CONSTANT)
    Q_PROPERTY(QAbstractItemModel *arrears READ arrears CONSTANT)
    Q_PROPERTY(QString statementName READ statementName NOTIFY statementChanged)
    Q_PROPERTY(bool mappingNeeded READ mappingNeeded NOTIFY statementChanged)
    Q_PROPERTY(QStringList csvColumns READ csvColumns NOTIFY statementChanged)
    Q_PROPERTY(QStringList mappingFields READ mappingFields CONSTANT)
    Q_PROPERTY(int postableCount READ postableCount NOTIFY statementChanged)
    Q_PROPERTY(QString arrearsSummary READ arrearsSummary NOTIFY arrearsChanged)
    Q_PROPERTY(QStringList letterLanguages READ letterLanguages CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
public:
    AccountingDesk(device::DeviceCore &core, QString dataDir, QObject *parent = nullptr);

    QAbstractItemModel *bankLines() { return &m_bankProxy; }
    QAbstractItemModel *arrears() { return &m_arrearsProxy; }
    courtyard::accounting::BankLineModel &bankLineModel() { return m_bankModel; }
    courtyard::accounting::ArrearsModel &arrearsModel() { return m_arrearsModel; }
    QString statementName() const { return m_statementName; }
    bool mappingNeeded() const { return m_mappingNeeded; }
    QStringList csvColumns() const { return m_csvColumns; }
    QStringList mappingFields() const;
    int postableCount() const;
    QString arrearsSummary() const { return m_arrearsSummary; }
    QStringList letterLanguages() const;
    QString message() const { return m_message; }

    // ":/i18n/accounting_desk_<language>.qm": these pages' words (zh_CN, ja, ar; en for plurals),
    // for the desk to load into a QTranslator with its own when the language changes.
    static QString translationFile(const QString &language);

    // The residents' names per unit (the desk's directory), for the payer evidence.
    void setDirectory(courtyard::accounting::Directory directory);
    // "Today" for the arrears (default: the device's clock in the community's time zone).
    void setToday(const QDate &today);

    // A file path or a file:// URL. A CSV of a layout not remembered sets mappingNeeded.
    Q_INVOKABLE bool openStatement(const QString &file);
    // The CSV mapping: field -> column name (date, amount, currency, reference, payer-name,
    // payer-account, booking-id) and the file's settings (delimiter, encoding, decimal-comma,
    // date-format, default-currency), as the CLI's --mapping; remembered for the layout.
    Q_INVOKABLE bool applyMapping(const QVariantMap &mapping);
    // The units a row (of bankLines) could be for, "1-0101 (80%)", best first.
    Q_INVOKABLE QStringList candidates(int row) const;
    Q_INVOKABLE bool choose(int row, const QString &unit);
    // What a selection holds on to while the lines are sorted or change: the statement's line
    // number at a row (of bankLines; -1 for none), and the row a line is shown at (-1: none).
    Q_INVOKABLE int bankLineAt(int row) const;
    Q_INVOKABLE int rowOfBankLine(int line) const;
    // Signs and queues a payment.bank (version 2) for every matched line not yet posted.
    Q_INVOKABLE int postMatched();
    Q_INVOKABLE void sortBankLines(int column, bool descending);
    Q_INVOKABLE void sortArrears(int column, bool descending);

    Q_INVOKABLE bool exportJournal(const QString &file, const QString &format, const QString &from, const QString &to);
    // The financial report as PDF, in `language` (en, zh_CN, ja, ar); empty: the desk's language
    // (reportLanguage()).
    Q_INVOKABLE bool exportFinancialReport(const QString &file, const QString &from, const QString &to, const QString &language = QString());
    // The desk's language as a report language: the default QLocale's (which the desk's
    // language switch sets): zh_CN, ja, ar, else en.
    Q_INVOKABLE QString reportLanguage() const;
    // which: "bank" or "arrears".
    Q_INVOKABLE bool exportCsv(const QString &which, const QString &file);
    Q_INVOKABLE int writeLetters(const QString &folder, const QString &language);

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void statementChanged();
    void arrearsChanged();
    void messageChanged();

private:
    bool rematch();
    bool say(const QString &text, bool ok);
    QDate today() const;

    device::DeviceCore &m_core;
    QString m_dataDir;
    courtyard::accounting::Directory m_directory;
    std::optional<QDate> m_today;
    QByteArray m_bytes;
    QString m_statementName;
    std::optional<courtyard::accounting::Statement> m_statement;
    std::optional<courtyard::accounting::CsvMapping> m_mapping;
    bool m_mappingNeeded = false;
    QStringList m_csvColumns;
    QHash<int, QString> m_chosen; // line number -> unit the manager chose
    courtyard::accounting::BankLineModel m_bankModel;
    courtyard::accounting::ArrearsModel m_arrearsModel;
    QSortFilterProxyModel m_bankProxy;
    QSortFilterProxyModel m_arrearsProxy;
    QString m_arrearsSummary;
    QString m_message;
};

} // namespace courtyard::desk::accounting
