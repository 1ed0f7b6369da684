#include "app/accounting/statement.h"

#include "core/crypto/crypto.h"
#include "core/money/currency.h"
#include "core/money/money.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace courtyard::accounting {

namespace {

int exponentOf(const QString &code)
{
    auto currency = money::currencyByCode(code);
    return currency ? currency->exponent : 2;
}

// "1234.56", "-1.234,56", "+12": minor units at `exponent` decimals. Group marks are allowed
// only in the integer part; more decimals than the exponent only when they are zeros.
Result<qint64> parseAmount(QString text, int exponent, bool decimalComma)
{
    text = text.trimmed();
    text.remove(QChar(0x00a0));
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char('\''));
    const QChar point = decimalComma ? QLatin1Char(',') : QLatin1Char('.');
    const QChar group = decimalComma ? QLatin1Char('.') : QLatin1Char(',');
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        negative = true;
        text.remove(0, 1);
    } else if (text.startsWith(QLatin1Char('+'))) {
        text.remove(0, 1);
    }
    const qsizetype at = text.indexOf(point);
    QString whole = at < 0 ? text : text.left(at);
    QString fraction = at < 0 ? QString() : text.mid(at + 1);
    whole.remove(group);
    const auto digitsOnly = [](const QString &s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    };
    if (whole.isEmpty() || !digitsOnly(whole) || !digitsOnly(fraction) || whole.size() > 15) {
        return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "'%1' is not an amount").arg(text));
    }
    while (fraction.size() > exponent && fraction.endsWith(QLatin1Char('0'))) {
        fraction.chop(1);
    }
    if (fraction.size() > exponent) {
        return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "'%1' has more decimals than its currency has").arg(text));
    }
    fraction = fraction.leftJustified(exponent, QLatin1Char('0'));
    qint64 minor = whole.toLongLong();
    for (int i = 0; i < exponent; ++i) {
        minor *= 10;
    }
    if (exponent > 0) {
        minor += fraction.toLongLong();
    }
    if (minor > money::kMaxMinorUnits) {
        return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "'%1' is larger than any amount the ledger can hold").arg(text));
    }
    return negative ? -minor : minor;
}

Result<QString> decode(const QByteArray &bytes, const QString &encoding)
{
    QStringDecoder decoder(encoding.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("courtyard::accounting", "'%1' is not an encoding this computer can read: try UTF-8, ISO-8859-1 or GB18030").arg(encoding));
    }
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3); // a UTF-8 byte order mark (Excel writes one)
    }
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "the file is not %1 text: choose the file's encoding in the mapping").arg(encoding));
    }
    return text;
}

} // namespace

// --- CSV ------------------------------------------------------------------------------------

QJsonObject CsvMapping::toJson() const
{
    return QJsonObject{{QStringLiteral("delimiter"), QString(delimiter)},
                       {QStringLiteral("quote"), QString(quote)},
                       {QStringLiteral("encoding"), encoding},
                       {QStringLiteral("decimal-comma"), decimalComma},
                       {QStringLiteral("date-format"), dateFormat},
                       {QStringLiteral("header"), header},
                       {QStringLiteral("default-currency"), defaultCurrency},
                       {QStringLiteral("date"), date},
                       {QStringLiteral("amount"), amount},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("reference"), reference},
                       {QStringLiteral("payer-name"), payerName},
                       {QStringLiteral("payer-account"), payerAccount},
                       {QStringLiteral("booking-id"), bookingId}};
}

Result<CsvMapping> CsvMapping::fromJson(const QJsonObject &o)
{
    CsvMapping m;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        QString value = v.isBool() ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no")) : v.toString();
        if (value.isEmpty() && !v.isBool()) {
            continue; // a column not in the file
        }
        // A JSON value may hold a comma: fromText reads U+E000 back as one.
        CY_TRY(m, fromText(it.key() + QLatin1Char('=') + value.replace(QLatin1Char(','), QChar(0xE000)), m));
    }
    return m;
}

Result<CsvMapping> CsvMapping::fromText(const QString &text, CsvMapping m)
{
    if (text.trimmed().isEmpty()) {
        return m;
    }
    // Split at commas not preceded by '=' (so "delimiter=," works), then key=value.
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char(',') && !(i > 0 && text[i - 1] == QLatin1Char('='))) {
            parts << current;
            current.clear();
        } else {
            current += text[i];
        }
    }
    parts << current;
    for (QString part : parts) {
        part.replace(QChar(0xE000), QLatin1Char(','));
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::accounting", "'%1' in the mapping is not KEY=VALUE, e.g. amount=Betrag").arg(part));
        }
        const QString key = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1);
        const auto yes = [&value](bool *out) -> Result<void> {
            const QString v = value.trimmed().toLower();
            if (v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1")) {
                *out = true;
            } else if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("0")) {
                *out = false;
            } else {
                return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::accounting", "'%1' is neither yes nor no").arg(value));
            }
            return {};
        };
        const auto oneChar = [&value, &key](QChar *out) -> Result<void> {
            QString v = value;
            if (v == QLatin1String("tab") || v == QLatin1String("\\t")) {
                v = QStringLiteral("\t");
            } else if (v == QLatin1String("semicolon")) {
                v = QStringLiteral(";");
            } else if (v == QLatin1String("comma")) {
                v = QStringLiteral(",");
            }
            if (v.size() != 1) {
                return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::accounting", "the mapping's %1 is one character (or tab, comma, semicolon)").arg(key));
            }
            *out = v.front();
            return {};
        };
        if (key == QLatin1String("delimiter")) {
            CY_CHECK(oneChar(&m.delimiter));
        } else if (key == QLatin1String("quote")) {
            CY_CHECK(oneChar(&m.quote));
        } else if (key == QLatin1String("encoding")) {
            m.encoding = value.trimmed();
        } else if (key == QLatin1String("decimal-comma")) {
            CY_CHECK(yes(&m.decimalComma));
        } else if (key == QLatin1String("header")) {
            CY_CHECK(yes(&m.header));
        } else if (key == QLatin1String("date-format")) {
            m.dateFormat = value.trimmed();
        } else if (key == QLatin1String("default-currency")) {
            m.defaultCurrency = value.trimmed().toUpper();
        } else if (key == QLatin1String("date")) {
            m.date = value.trimmed();
        } else if (key == QLatin1String("amount")) {
            m.amount = value.trimmed();
        } else if (key == QLatin1String("currency")) {
            m.currency = value.trimmed();
        } else if (key == QLatin1String("reference")) {
            m.reference = value.trimmed();
        } else if (key == QLatin1String("payer-name")) {
            m.payerName = value.trimmed();
        } else if (key == QLatin1String("payer-account")) {
            m.payerAccount = value.trimmed();
        } else if (key == QLatin1String("booking-id")) {
            m.bookingId = value.trimmed();
        } else {
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate("courtyard::accounting", "the mapping has no '%1': use date, amount, currency, reference, payer-name, payer-account, booking-id, "
                           "delimiter, quote, encoding, decimal-comma, date-format, header, default-currency")
                            .arg(key));
        }
    }
    return m;
}

Result<std::vector<QStringList>> readCsvRecords(const QByteArray &bytes, const CsvMapping &mapping)
{
    CY_TRY(const QString text, decode(bytes, mapping.encoding));
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    const auto endRecord = [&] {
        record << field;
        field.clear();
        fieldStarted = false;
        // A blank line is no record.
        if (!(record.size() == 1 && record.front().trimmed().isEmpty())) {
            records.push_back(record);
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == mapping.quote) {
                if (i + 1 < text.size() && text[i + 1] == mapping.quote) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
        } else if (c == mapping.quote && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == mapping.delimiter) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "line %1: a quoted field is never closed").arg(line));
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        endRecord();
    }
    return records;
}

QString csvLayoutKey(const QStringList &headerColumns, QChar delimiter)
{
    QStringList trimmed;
    for (const QString &c : headerColumns) {
        trimmed << c.trimmed().toLower();
    }
    const QByteArray text = (QString(delimiter) + QLatin1Char('\n') + trimmed.join(QLatin1Char('\n'))).toUtf8();
    return QString::fromLatin1(crypto::toByteArray(crypto::sha256(text)).toHex().left(16));
}

Result<QString> csvLayoutOf(const QByteArray &bytes, const CsvMapping &mapping)
{
    CY_TRY(const std::vector<QStringList> records, readCsvRecords(bytes, mapping));
    if (records.empty()) {
        return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "the file is empty"));
    }
    return csvLayoutKey(records.front(), mapping.delimiter);
}

Result<Statement> parseCsvStatement(const QByteArray &bytes, const CsvMapping &mapping)
{
    if (mapping.date.isEmpty() || mapping.amount.isEmpty() || mapping.bookingId.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("courtyard::accounting", "the mapping needs at least the date, amount and booking-id columns, e.g. "
                       "--mapping \"date=Date,amount=Amount,booking-id=Reference number\""));
    }
    if (mapping.currency.isEmpty() && mapping.defaultCurrency.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::accounting", "the mapping needs a currency column or a default-currency"));
    }
    CY_TRY(const std::vector<QStringList> records, readCsvRecords(bytes, mapping));
    if (records.empty()) {
        return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "the file is empty"));
    }
    QStringList header;
    if (mapping.header) {
        for (const QString &h : records.front()) {
            header << h.trimmed();
        }
    }
    // Column number of a mapped name: header text (case-insensitive) or 1-based number.
    const auto column = [&](const QString &name, const char *what) -> Result<int> {
        if (name.isEmpty()) {
            return -1;
        }
        bool number = false;
        const int n = name.toInt(&number);
        if (number && n >= 1) {
            return n - 1;
        }
        for (int i = 0; i < header.size(); ++i) {
            if (header[i].compare(name, Qt::CaseInsensitive) == 0) {
                return i;
            }
        }
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::accounting", "the file has no column '%1' for the %2; its columns are: %3")
                                                    .arg(name, QCoreApplication::translate("courtyard::accounting", what), header.join(QStringLiteral(", "))));
    };
    CY_TRY(const int cDate, column(mapping.date, QT_TRANSLATE_NOOP("courtyard::accounting", "date")));
    CY_TRY(const int cAmount, column(mapping.amount, QT_TRANSLATE_NOOP("courtyard::accounting", "amount")));
    CY_TRY(const int cCurrency, column(mapping.currency, QT_TRANSLATE_NOOP("courtyard::accounting", "currency")));
    CY_TRY(const int cReference, column(mapping.reference, QT_TRANSLATE_NOOP("courtyard::accounting", "reference")));
    CY_TRY(const int cName, column(mapping.payerName, QT_TRANSLATE_NOOP("courtyard::accounting", "payer's name")));
    CY_TRY(const int cAccount, column(mapping.payerAccount, QT_TRANSLATE_NOOP("courtyard::accounting", "payer's account")));
    CY_TRY(const int cBooking, column(mapping.bookingId, QT_TRANSLATE_NOOP("courtyard::accounting", "booking id")));

    Statement statement;
    statement.format = QStringLiteral("csv");
    for (std::size_t r = mapping.header ? 1 : 0; r < records.size(); ++r) {
        const QStringList &fields = records[r];
        const int lineNo = int(r) + 1;
        const auto field = [&](int c) { return c >= 0 && c < fields.size() ? fields[c].trimmed() : QString(); };
        const auto need = [&](int c, const char *what) -> Result<QString> {
            if (c >= fields.size() || field(c).isEmpty()) {
                return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "record %1: the %2 is missing").arg(lineNo).arg(QCoreApplication::translate("courtyard::accounting", what)));
            }
            return field(c);
        };
        BankLine line;
        line.number = int(statement.lines.size()) + 1;
        CY_TRY(const QString dateText, need(cDate, QT_TRANSLATE_NOOP("courtyard::accounting", "date")));
        line.booked = QDate::fromString(dateText, mapping.dateFormat);
        if (!line.booked.isValid()) {
            return fail(ErrorCode::Malformed,
                        QCoreApplication::translate("courtyard::accounting", "record %1: '%2' is not a date written %3 (set date-format in the mapping)").arg(lineNo).arg(dateText, mapping.dateFormat));
        }
        line.currency = cCurrency >= 0 ? field(cCurrency).toUpper() : mapping.defaultCurrency;
        if (line.currency.isEmpty()) {
            line.currency = mapping.defaultCurrency;
        }
        line.exponent = exponentOf(line.currency);
        CY_TRY(const QString amountText, need(cAmount, QT_TRANSLATE_NOOP("courtyard::accounting", "amount")));
        auto amount = parseAmount(amountText, line.exponent, mapping.decimalComma);
        if (!amount) {
            return fail(amount.error().prefixed(QCoreApplication::translate("courtyard::accounting", "record %1").arg(lineNo)));
        }
        line.amount = *amount;
        CY_TRY(line.reference, need(cBooking, QT_TRANSLATE_NOOP("courtyard::accounting", "booking id")));
        line.remittance = field(cReference);
        line.payerName = field(cName);
        line.payerAccount = field(cAccount);
        statement.lines.push_back(std::move(line));
    }
    return statement;
}

// --- camt.053 ------------------------------------------------------------------------------

bool looksLikeCamt053(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096);
    return head.trimmed().startsWith("<") && head.contains("BkToCstmrStmt");
}

namespace {

struct CamtTx {
    std::optional<qint64> amount; // absolute, minor units
    QString currency;
    QString indicator; // CRDT/DBIT (TxDtls' own, when given)
    QString reference; // Refs/AcctSvcrRef
    QString endToEnd;  // Refs/EndToEndId
    QStringList unstructured;
    QStringList structured;
    QString debtorName;
    QString debtorAccount;
    QString creditorName;
    QString creditorAccount;
};

struct CamtEntry {
    qint64 amount = 0;
    QString currency;
    QString indicator;
    QString status = QStringLiteral("BOOK");
    QDate booked;
    QString reference;
    std::vector<CamtTx> transactions;
};

// The path of open elements, local names only: "Ntry/NtryDtls/TxDtls/Refs/AcctSvcrRef".
QString joined(const QStringList &path, qsizetype from)
{
    return path.mid(from).join(QLatin1Char('/'));
}

} // namespace

Result<Statement> parseCamt053(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    Statement statement;
    statement.format = QStringLiteral("camt.053");
    QStringList path;
    bool sawDocument = false;
    std::optional<CamtEntry> entry;
    std::optional<CamtTx> tx;
    qsizetype entryDepth = -1;
    qsizetype txDepth = -1;
    QString amountCurrency; // the Ccy of the Amt element being read
    std::vector<CamtEntry> entries;
    const auto where = [&xml] { return QCoreApplication::translate("courtyard::accounting", "camt.053 line %1").arg(xml.lineNumber()); };

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path << xml.name().toString();
            const QString name = path.back();
            if (name == QLatin1String("BkToCstmrStmt")) {
                sawDocument = true;
            } else if (name == QLatin1String("Ntry") && !entry) {
                entry.emplace();
                entryDepth = path.size();
            } else if (name == QLatin1String("TxDtls") && entry && !tx) {
                tx.emplace();
                txDepth = path.size();
            }
            if (name == QLatin1String("Amt")) {
                amountCurrency = xml.attributes().value(QLatin1String("Ccy")).toString();
            }
            // Element text: read it here (readElementText moves to the end element).
            const bool leafLike = name == QLatin1String("Amt") || name == QLatin1String("CdtDbtInd") || name == QLatin1String("Dt") ||
                                  name == QLatin1String("DtTm") || name == QLatin1String("AcctSvcrRef") || name == QLatin1String("Ustrd") ||
                                  name == QLatin1String("Ref") || name == QLatin1String("Nm") || name == QLatin1String("IBAN") ||
                                  name == QLatin1String("Id") || name == QLatin1String("Sts") || name == QLatin1String("Cd") ||
                                  name == QLatin1String("EndToEndId");
            if (!leafLike) {
                continue;
            }
            // An Id or Sts can hold children (Acct/Id/Othr/Id; Sts/Cd in .001.08): peek.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (xml.hasError()) {
                break;
            }
            const QString inEntry = entry ? joined(path, entryDepth) : QString();
            const QString inTx = tx ? joined(path, txDepth) : QString();
            const auto amountOf = [&](const QString &value) -> Result<qint64> {
                const int exponent = exponentOf(amountCurrency);
                auto minor = parseAmount(value, exponent, false);
                if (!minor || *minor < 0) {
                    return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "%1: '%2' is not an amount").arg(where(), value));
                }
                return *minor;
            };
            if (!entry) {
                // The statement's own fields.
                if (path.size() >= 2 && path[path.size() - 2] == QLatin1String("Stmt") && name == QLatin1String("Id")) {
                    statement.statementId = text;
                } else if (path.size() >= 3 && path[path.size() - 3] == QLatin1String("Stmt") && path[path.size() - 2] == QLatin1String("Acct") &&
                           name == QLatin1String("Id")) {
                    statement.account = text; // Acct/Id (its IBAN or Othr/Id, read with children)
                }
            } else if (!tx) {
                if (inEntry == QLatin1String("Amt")) {
                    CY_TRY(entry->amount, amountOf(text));
                    entry->currency = amountCurrency;
                } else if (inEntry == QLatin1String("CdtDbtInd")) {
                    entry->indicator = text;
                } else if (inEntry == QLatin1String("Sts") || inEntry == QLatin1String("Sts/Cd")) {
                    entry->status = text;
                } else if (inEntry == QLatin1String("BookgDt/Dt")) {
                    entry->booked = QDate::fromString(text, Qt::ISODate);
                } else if (inEntry == QLatin1String("BookgDt/DtTm")) {
                    entry->booked = QDate::fromString(text.left(10), Qt::ISODate);
                } else if (inEntry == QLatin1String("AcctSvcrRef")) {
                    entry->reference = text;
                }
            } else {
                if (inTx == QLatin1String("Amt") || inTx == QLatin1String("AmtDtls/TxAmt/Amt")) {
                    CY_TRY(tx->amount, amountOf(text));
                    tx->currency = amountCurrency;
                } else if (inTx == QLatin1String("CdtDbtInd")) {
                    tx->indicator = text;
                } else if (inTx == QLatin1String("Refs/AcctSvcrRef")) {
                    tx->reference = text;
                } else if (inTx == QLatin1String("Refs/EndToEndId")) {
                    tx->endToEnd = text;
                } else if (inTx == QLatin1String("RmtInf/Ustrd")) {
                    tx->unstructured << text;
                } else if (inTx.startsWith(QLatin1String("RmtInf/Strd/")) && inTx.endsWith(QLatin1String("/Ref"))) {
                    tx->structured << text; // CdtrRefInf/Ref (and RfrdDocInf's Nb is not read)
                } else if (inTx == QLatin1String("RltdPties/Dbtr/Nm") || inTx == QLatin1String("RltdPties/Dbtr/Pty/Nm")) {
                    tx->debtorName = text;
                } else if (inTx == QLatin1String("RltdPties/Cdtr/Nm") || inTx == QLatin1String("RltdPties/Cdtr/Pty/Nm")) {
                    tx->creditorName = text;
                } else if (inTx.startsWith(QLatin1String("RltdPties/DbtrAcct/Id"))) {
                    tx->debtorAccount = text;
                } else if (inTx.startsWith(QLatin1String("RltdPties/CdtrAcct/Id"))) {
                    tx->creditorAccount = text;
                }
            }
            // readElementText consumed the end element.
            path.removeLast();
        } else if (token == QXmlStreamReader::EndElement) {
            if (tx && path.size() == txDepth) {
                entry->transactions.push_back(std::move(*tx));
                tx.reset();
                txDepth = -1;
            } else if (entry && path.size() == entryDepth) {
                entries.push_back(std::move(*entry));
                entry.reset();
                entryDepth = -1;
            }
            path.removeLast();
        }
    }
    if (xml.hasError()) {
        return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "%1: the XML cannot be read (%2)").arg(where(), xml.errorString()));
    }
    if (!sawDocument) {
        return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "this XML is not a camt.053 bank statement (no BkToCstmrStmt)"));
    }

    for (const CamtEntry &e : entries) {
        if (e.status != QLatin1String("BOOK")) {
            continue; // pending or information only: not money on the account yet
        }
        if (!e.booked.isValid() || e.reference.isEmpty() || (e.indicator != QLatin1String("CRDT") && e.indicator != QLatin1String("DBIT"))) {
            return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "camt.053: an entry (reference '%1') lacks its booking date, reference or "
                                                 "credit/debit indicator")
                                                  .arg(e.reference));
        }
        std::vector<CamtTx> txs = e.transactions;
        if (txs.empty()) {
            txs.emplace_back(); // an entry without details: one line of the entry's own
        }
        const bool batch = txs.size() > 1;
        qint64 sum = 0;
        for (std::size_t i = 0; i < txs.size(); ++i) {
            const CamtTx &t = txs[i];
            BankLine line;
            line.number = int(statement.lines.size()) + 1;
            line.booked = e.booked;
            line.entryReference = e.reference;
            const QString indicator = t.indicator.isEmpty() ? e.indicator : t.indicator;
            if (batch && !t.amount) {
                return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "camt.053: the batch entry %1 has a transaction without its amount").arg(e.reference));
            }
            const qint64 magnitude = t.amount ? *t.amount : e.amount;
            line.currency = t.amount ? t.currency : e.currency;
            line.exponent = exponentOf(line.currency);
            line.amount = indicator == QLatin1String("DBIT") ? -magnitude : magnitude;
            sum += magnitude;
            if (!t.reference.isEmpty()) {
                line.reference = t.reference;
            } else {
                line.reference = batch ? QStringLiteral("%1/%2").arg(e.reference).arg(i + 1) : e.reference;
            }
            QStringList remittance = t.structured;
            remittance << t.unstructured;
            line.remittance = remittance.join(QLatin1Char(' '));
            const bool credit = indicator == QLatin1String("CRDT");
            line.payerName = credit ? t.debtorName : t.creditorName;
            line.payerAccount = credit ? t.debtorAccount : t.creditorAccount;
            statement.lines.push_back(std::move(line));
        }
        if (batch && sum != e.amount) {
            return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "camt.053: the transactions of batch entry %1 do not add up to the entry's amount").arg(e.reference));
        }
    }
    return statement;
}

// --- remembered mappings ---------------------------------------------------------------------

MappingStore::MappingStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString MappingStore::path() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("bank-mappings.json"));
}

Result<QJsonObject> MappingStore::load() const
{
    QFile file(path());
    if (!file.exists()) {
        return QJsonObject{};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::accounting", "cannot read %1: %2").arg(path(), file.errorString()));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "%1 is not the remembered mappings (delete it to start afresh)").arg(path()));
    }
    return doc.object();
}

Result<std::optional<CsvMapping>> MappingStore::find(const QString &layoutKey) const
{
    CY_TRY(const QJsonObject all, load());
    const QJsonObject layout = all.value(QStringLiteral("layouts")).toObject().value(layoutKey).toObject();
    if (layout.isEmpty()) {
        return std::optional<CsvMapping>();
    }
    CY_TRY(CsvMapping mapping, CsvMapping::fromJson(layout.value(QStringLiteral("mapping")).toObject()));
    return std::optional<CsvMapping>(std::move(mapping));
}

Result<std::optional<std::pair<QString, CsvMapping>>> MappingStore::findFor(const QByteArray &bytes) const
{
    using Found = std::optional<std::pair<QString, CsvMapping>>;
    CY_TRY(const QJsonObject all, load());
    const QJsonObject layouts = all.value(QStringLiteral("layouts")).toObject();
    for (auto it = layouts.begin(); it != layouts.end(); ++it) {
        auto mapping = CsvMapping::fromJson(it.value().toObject().value(QStringLiteral("mapping")).toObject());
        if (!mapping) {
            continue;
        }
        auto layout = csvLayoutOf(bytes, *mapping);
        if (layout && *layout == it.key()) {
            return Found(std::make_pair(it.key(), *mapping));
        }
    }
    return Found();
}

Result<void> MappingStore::remember(const QString &layoutKey, const CsvMapping &mapping, const QString &name)
{
    CY_TRY(QJsonObject all, load());
    QJsonObject layouts = all.value(QStringLiteral("layouts")).toObject();
    layouts.insert(layoutKey, QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("mapping"), mapping.toJson()}});
    all.insert(QStringLiteral("layouts"), layouts);
    if (!QDir().mkpath(m_dataDir)) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::accounting", "cannot make the folder %1").arg(m_dataDir));
    }
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(all).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::accounting", "cannot write %1: %2").arg(path(), file.errorString()));
    }
    return {};
}

} // namespace courtyard::accounting
