// courtyard/accounting: the documents people print: the financial report of a period, reminder
// letters in the resident's language, and CSV of any table.
//
// Reports and letters are QTextDocuments in English, Simplified Chinese, Japanese or Arabic, (HTML built here, every amount as money::Money formatted
// for the document's locale with the currency's code) printed to PDF with QPdfWriter (A4, 300
// dpi). The document is returned too, so that tests and the desk can read its text without a PDF
// reader. Letters are written in English, Simplified Chinese, Japanese or Arabic (right to left):
// their text comes from translations/accounting_<lang>.qm (compiled into the library's
// resources, context "courtyard::accounting::Letter"), the font from Noto (Noto Sans CJK SC / JP,
// Noto Naskh Arabic, Noto Sans), dates and digits from the language's locale.
//
// Needs a QGuiApplication (fonts); the CLI makes one for these commands (offscreen).
// Errors: Io when the PDF or CSV cannot be written; InvalidArgument for a language that has
// no letter.
// Thread-safety: GUI thread.
#pragma once

#include "app/accounting/books.h"
#include "core/base/result.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;
class QImage;

namespace courtyard::accounting {

// --- financial report ------------------------------------------------------------------------

// The report as a document in a language of letterLanguages() ("en", "zh_CN", "ja", "ar":
// right to left; sentences from the context "courtyard::accounting::Report" of
// accounting_<lang>.qm, dates and digits from the language's locale, amounts left to right):
// title, period, income by kind, expenses by category, the funds' and cash balances at start and
// end, the arrears as they stood at the period's end by age (units counted, no names).
// InvalidArgument for another language.
Result<std::unique_ptr<QTextDocument>> financialReportDocument(const FinancialFigures &figures, const QString &language = QStringLiteral("en"));

// The report's sentences in a language (for tests that every one is translated).
Result<QStringList> reportSentences(const QString &language);

// "Income:Rent" -> "Rent", "Expenses:Repairs:plumbing" -> "Repairs: plumbing" (translated words
// for the accounts the contracts write; the account's own name otherwise).
QString accountInWords(const QString &account);

// --- letters ---------------------------------------------------------------------------------

QStringList letterLanguages(); // "en", "zh_CN", "ja", "ar"

struct LetterInput {
    QString language = QStringLiteral("en");
    QString community;
    QString unit;
    QStringList names;     // the residents' names, when the directory knows them
    money::Currency currency;
    UnitArrears arrears;
    QDate date;            // the letter's date
    QString contact;       // how to reach the office (free text), may be empty
};

// One letter (one page for a few invoices) as a document, in input.language.
Result<std::unique_ptr<QTextDocument>> reminderLetterDocument(const LetterInput &input);

// The letter's sentences in a language (for tests that every one is translated).
Result<QStringList> letterSentences(const QString &language);

// --- output ----------------------------------------------------------------------------------

// Prints document to a PDF at path (A4, 300 dpi, margins 20 mm); title in the PDF's metadata.
Result<void> writePdf(QTextDocument &document, const QString &path, const QString &title);

// The first page of document as an image at dpi (for looking at it: tests write a PNG).
QImage renderFirstPage(QTextDocument &document, int dpi = 100);

// --- CSV -------------------------------------------------------------------------------------

struct CsvOptions {
    QChar delimiter = QLatin1Char(',');
    int role = Qt::DisplayRole;
    bool header = true; // the header data of the columns first
};

// Every row and column of model (top level) as RFC 4180 CSV, UTF-8, CRLF line ends: fields with
// the delimiter, a quote or a line break quoted, quotes doubled. A field starting with = + - @
// gets a leading apostrophe so that spreadsheets do not run it as a formula.
QByteArray modelToCsv(const QAbstractItemModel &model, const CsvOptions &options = {});
Result<void> writeModelCsv(const QAbstractItemModel &model, const QString &path, const CsvOptions &options = {});

} // namespace courtyard::accounting
