// courtyard/accounting: bank statements read into lines: CSV (with a column mapping the manager
// gives once per bank layout) and ISO 20022 camt.053 XML.
//
// A BankLine is one booking of money into (or out of) the community's account, as the bank
// wrote it: its booking day, amount in minor units of its own currency (negative: money out),
// the bank's booking reference (what makes a line unique: it becomes the payment.bank
// transaction's reference), the remittance text the payer typed, the payer's name and account.
// A camt.053 batch entry (one Ntry with several TxDtls) gives one line per transaction; each
// line's reference is then the transaction's AcctSvcrRef, or the entry's followed by "/<n>".
//
// CSV: delimiter, quote, encoding (any name QStringDecoder knows: UTF-8, ISO-8859-1, GB18030 ...)
// and the decimal mark are part of the mapping; the columns are named by their header text or
// by number (1-based). The mapping is remembered per layout (the header line's columns) in a
// small JSON file of the device's data folder (MappingStore), so that the next statement of the
// same bank needs none.
//
// Errors: Malformed naming the line (and column) for a file that is not the format: a missing
// column, an amount or a date that cannot be read; InvalidArgument for a mapping that cannot be
// used (unknown encoding, a column missing from it); NotFound for a file that is not there. A
// statement with an error yields no lines at all.
// Thread-safety: plain functions and value types; MappingStore is used from one thread.
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace courtyard::accounting {

struct BankLine {
    int number = 0;        // 1-based: the line's place in the statement
    QDate booked;          // booking day (camt BookgDt; CSV the date column)
    qint64 amount = 0;     // minor units of `currency`; negative = money out (debit)
    int exponent = 2;      // decimal places of currency's minor unit
    QString currency;      // ISO 4217, upper case
    QString reference;     // the bank's booking reference: unique per line
    QString remittance;    // what the payer wrote (Ustrd, Strd/CdtrRefInf/Ref, CSV reference)
    QString payerName;
    QString payerAccount;  // IBAN or account number, as the bank wrote it
    QString entryReference; // camt: the entry's AcctSvcrRef (several lines share it in a batch)

    bool isCredit() const { return amount > 0; }
};

struct Statement {
    QString format;         // "camt.053" or "csv"
    QString account;        // the statement's account (camt Stmt/Acct/Id), if known
    QString statementId;    // camt Stmt/Id
    std::vector<BankLine> lines;
};

// --- CSV ------------------------------------------------------------------------------------

// Which column holds what: the header's text or a 1-based number ("3"). Empty: not in the file.
struct CsvMapping {
    QChar delimiter = QLatin1Char(',');
    QChar quote = QLatin1Char('"');
    QString encoding = QStringLiteral("UTF-8");
    bool decimalComma = false;     // "1.234,56"
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
    bool header = true;            // the first line names the columns
    QString defaultCurrency;       // when no currency column (the community's)
    // columns
    QString date;
    QString amount;
    QString currency;
    QString reference;   // the remittance text
    QString payerName;
    QString payerAccount;
    QString bookingId;   // the bank's booking reference

    QJsonObject toJson() const;
    static Result<CsvMapping> fromJson(const QJsonObject &o);
    // "date=Buchungstag,amount=Betrag,delimiter=;,decimal-comma=yes,...": what a person types
    // on the command line; keys as in toJson(). Applied on top of base.
    static Result<CsvMapping> fromText(const QString &text, CsvMapping base);
    static Result<CsvMapping> fromText(const QString &text) { return fromText(text, CsvMapping()); }
};

// The fields of the CSV's lines (quotes removed, "" inside quotes read as "), decoded.
Result<std::vector<QStringList>> readCsvRecords(const QByteArray &bytes, const CsvMapping &mapping);

// The layout of a CSV: its header's columns, trimmed and joined, hashed (16 hex digits), with
// the delimiter. The same bank's statements have the same layout.
QString csvLayoutKey(const QStringList &headerColumns, QChar delimiter);

Result<Statement> parseCsvStatement(const QByteArray &bytes, const CsvMapping &mapping);

// --- camt.053 ------------------------------------------------------------------------------

// Any version of camt.053 (the namespace's version is not checked; the element names are the
// same from .001.02 to .001.08). Entries with Sts other than BOOK (pending, info) are skipped.
Result<Statement> parseCamt053(const QByteArray &bytes);

// camt.053 when the file is XML with a BkToCstmrStmt, CSV otherwise (mapping needed).
bool looksLikeCamt053(const QByteArray &bytes);

// --- remembered mappings ---------------------------------------------------------------------

// <dataDir>/bank-mappings.json: {"layouts": {"<layout key>": {"name": ..., "mapping": {...}}}}.
class MappingStore {
public:
    explicit MappingStore(QString dataDir);
    QString path() const;
    // The mapping remembered for a layout, if any.
    Result<std::optional<CsvMapping>> find(const QString &layoutKey) const;
    // The remembered mapping whose layout is the file's (each mapping splits the file's first
    // line its own way); its layout key with it.
    Result<std::optional<std::pair<QString, CsvMapping>>> findFor(const QByteArray &bytes) const;
    // Remembers (replaces) the mapping of a layout; written atomically.
    Result<void> remember(const QString &layoutKey, const CsvMapping &mapping, const QString &name = {});

private:
    Result<QJsonObject> load() const;
    QString m_dataDir;
};

// The first line of a CSV, split with mapping's delimiter/quote/encoding: its layout key.
Result<QString> csvLayoutOf(const QByteArray &bytes, const CsvMapping &mapping);

} // namespace courtyard::accounting
