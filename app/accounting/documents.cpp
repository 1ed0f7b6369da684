#include "app/accounting/documents.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>
#include <QTranslator>

#include <functional>
#include <map>

namespace courtyard::accounting {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("courtyard::accounting", text, disambiguation, n);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString money(qint64 minor, const money::Currency &currency, const QLocale &locale)
{
    auto m = money::Money::fromMinor(minor, currency);
    return m ? m->format(locale) + QChar(0x00a0) + currency.code : QString::number(minor);
}

// The letter's sentences, translated from the compiled .qm of its language.
constexpr const char *kLetterContext = "courtyard::accounting::Letter";

const char *const kLetterSentences[] = {
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "Payment reminder"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "Unit %1"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "Dear residents of unit %1,"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "Dear %1,"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter",
                      "According to our records, the following amounts for your unit were not yet paid on %1, after their due date:"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "For"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "Due date"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "Days overdue"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "Amount open"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "Total overdue"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter",
                      "Please pay this amount by %1: at the lobby kiosk, at the management office, or by bank transfer with your unit "
                      "number %2 in the payment reference."),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "If you have paid in the meantime, thank you, and please disregard this letter."),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter",
                      "If you cannot pay the whole amount, please contact the management office so that we can agree on a plan."),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "Contact: %1"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "Yours sincerely,"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "The management of %1"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "Rent"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "Property fee"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "Late fee"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "Deposit"),
    // TRANSLATORS: a Qt date format for a month and its year: "MMMM yyyy" (March 2027), "yyyy年M月".
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "MMMM yyyy"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Letter", "%1 for %2"),
};

struct LetterLanguage {
    const char *code;
    QLocale locale;
    const char *font;
    bool rightToLeft;
};

std::vector<LetterLanguage> languages()
{
    return {
        {"en", QLocale(QLocale::English, QLocale::UnitedKingdom), "Noto Sans", false},
        {"zh_CN", QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China), "Noto Sans CJK SC", false},
        {"ja", QLocale(QLocale::Japanese, QLocale::Japan), "Noto Sans CJK JP", false},
        {"ar", QLocale(QLocale::Arabic, QLocale::Egypt), "Noto Naskh Arabic", true},
    };
}

// A document's sentences in one language, from the compiled .qm of that language (a translator
// of its own: the document's language is not the program's).
class DocumentText {
public:
    static Result<DocumentText> open(const QString &language, const char *context, const char *what)
    {
        DocumentText t;
        t.m_context = context;
        for (const LetterLanguage &l : languages()) {
            if (language == QLatin1String(l.code)) {
                t.m_language = l;
            }
        }
        if (!t.m_language.code) {
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate("courtyard::accounting", "there is no %1 in '%2': use %3").arg(tr(what), language, letterLanguages().join(QStringLiteral(", "))));
        }
        if (language != QLatin1String("en")) {
            t.m_translator = std::make_shared<QTranslator>();
            if (!t.m_translator->load(QStringLiteral(":/i18n/accounting_%1.qm").arg(language))) {
                return fail(ErrorCode::NotFound, QCoreApplication::translate("courtyard::accounting", "the translation into '%1' is missing from this build").arg(language));
            }
        }
        return t;
    }
    QString operator()(const char *source, int n = -1) const
    {
        QString text;
        if (m_translator) {
            text = m_translator->translate(m_context, source, nullptr, n);
        }
        if (text.isEmpty()) {
            text = QString::fromUtf8(source);
        }
        if (n >= 0) {
            text.replace(QStringLiteral("%n"), m_language.locale.toString(n));
        }
        return text;
    }
    const LetterLanguage &language() const { return m_language; }

private:
    LetterLanguage m_language{nullptr, QLocale(), nullptr, false};
    const char *m_context = nullptr;
    std::shared_ptr<QTranslator> m_translator;
};

// The financial report's sentences (context "courtyard::accounting::Report").
constexpr const char *kReportContext = "courtyard::accounting::Report";

const char *const kReportSentences[] = {
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Financial report"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "From %1 to %2"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Transactions in the period: %1. Amounts in %2."),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Income by kind"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Kind"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Amount"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Total income"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Expenses by category"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Category"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Total expenses"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Income less expenses: %1"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Account"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "At the start (%1)"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "At the end (%1)"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "none"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Fund balances"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Cash and bank"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Arrears"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report",
                      "Invoices due on or before %1 and not yet paid at the end of that day: %2. Units in arrears: %3."),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Days past due"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Units"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "1 to 30"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "31 to 60"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "61 to 90"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "more than 90"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report",
                      "Units are counted by their oldest overdue invoice; amounts by each invoice's age. No names are shown."),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Rent"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Property fees"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Late fees"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Deductions kept from deposits"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Maintenance fund"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Reserve fund"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Bank account"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Cash at the office"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Card payments not yet settled"),
    QT_TRANSLATE_NOOP("courtyard::accounting::Report", "Repairs: %1"),
};

// The words for an account (the source texts of both contexts are the same English).
QString accountWords(const QString &account, const std::function<QString(const char *)> &translate)
{
    static const std::map<QString, const char *> words = {
        {QStringLiteral("Income:Rent"), QT_TRANSLATE_NOOP("courtyard::accounting", "Rent")},
        {QStringLiteral("Income:PropertyFees"), QT_TRANSLATE_NOOP("courtyard::accounting", "Property fees")},
        {QStringLiteral("Income:LateFees"), QT_TRANSLATE_NOOP("courtyard::accounting", "Late fees")},
        {QStringLiteral("Income:DepositDeductions"), QT_TRANSLATE_NOOP("courtyard::accounting", "Deductions kept from deposits")},
        {QStringLiteral("Equity:MaintenanceFund"), QT_TRANSLATE_NOOP("courtyard::accounting", "Maintenance fund")},
        {QStringLiteral("Equity:ReserveFund"), QT_TRANSLATE_NOOP("courtyard::accounting", "Reserve fund")},
        {QStringLiteral("Assets:Bank"), QT_TRANSLATE_NOOP("courtyard::accounting", "Bank account")},
        {QStringLiteral("Assets:Cash"), QT_TRANSLATE_NOOP("courtyard::accounting", "Cash at the office")},
        {QStringLiteral("Assets:CardClearing"), QT_TRANSLATE_NOOP("courtyard::accounting", "Card payments not yet settled")},
    };
    const auto it = words.find(account);
    if (it != words.end()) {
        return translate(it->second);
    }
    if (account.startsWith(QLatin1String("Expenses:Repairs:"))) {
        return translate(QT_TRANSLATE_NOOP("courtyard::accounting", "Repairs: %1")).arg(account.mid(17).replace(QLatin1Char('-'), QLatin1Char(' ')));
    }
    if (account.startsWith(QLatin1String("Expenses:"))) {
        QString category = account.mid(9).replace(QLatin1Char(':'), QStringLiteral(": ")).replace(QLatin1Char('-'), QLatin1Char(' '));
        category[0] = category[0].toUpper(); // "utilities: water" -> "Utilities: water"
        return category;
    }
    return account;
}

} // namespace

// --- financial report ------------------------------------------------------------------------

QString accountInWords(const QString &account)
{
    return accountWords(account, [](const char *source) { return tr(source); });
}

Result<QStringList> reportSentences(const QString &language)
{
    CY_TRY(const DocumentText t, DocumentText::open(language, kReportContext, QT_TRANSLATE_NOOP("courtyard::accounting", "financial report")));
    QStringList out;
    for (const char *s : kReportSentences) {
        out << t(s);
    }
    return out;
}

Result<std::unique_ptr<QTextDocument>> financialReportDocument(const FinancialFigures &f, const QString &language)
{
    CY_TRY(const DocumentText t, DocumentText::open(language, kReportContext, QT_TRANSLATE_NOOP("courtyard::accounting", "financial report")));
    const QLocale &locale = t.language().locale;
    const bool rtl = t.language().rightToLeft;
    const QString start = rtl ? QStringLiteral("right") : QStringLiteral("left");
    const QString end = rtl ? QStringLiteral("left") : QStringLiteral("right");
    const QString dir = rtl ? QStringLiteral("rtl") : QStringLiteral("ltr");
    // Amounts ("-19,500.00 CNY") read left to right inside Arabic text.
    const auto ltr = [rtl](const QString &text) { return rtl ? QChar(0x202A) + text + QChar(0x202C) : text; };
    const auto m = [&](qint64 minor) { return ltr(money(minor, f.currency, locale)); };
    const auto day = [&](const QDate &d) { return locale.toString(d, QLocale::LongFormat); };
    const auto words = [&](const QString &account) { return accountWords(account, [&t](const char *source) { return t(source); }); };
    QString html;
    html += QStringLiteral("<html><body dir=\"%1\" style=\"font-family: '%2'; font-size: 10pt;\">").arg(dir, QLatin1String(t.language().font));
    html += QStringLiteral("<h1 align=\"%1\">%2</h1>").arg(start, esc(t("Financial report")));
    html += QStringLiteral("<p align=\"%1\"><b>%2</b><br/>%3</p>")
                .arg(start, esc(f.community), esc(t("From %1 to %2").arg(day(f.from), day(f.to))));
    html += QStringLiteral("<p align=\"%1\">%2</p>")
                .arg(start, esc(t("Transactions in the period: %1. Amounts in %2.").arg(locale.toString(qulonglong(f.transactions)), f.currency.code)));
    const QString table =
        QStringLiteral("<table dir=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" style=\"border-collapse: collapse;\">").arg(dir);
    const auto row2 = [&](const QString &a, const QString &b, bool bold = false) {
        const QString open = bold ? QStringLiteral("<b>") : QString();
        const QString close = bold ? QStringLiteral("</b>") : QString();
        return QStringLiteral("<tr><td align=\"%5\">%1%2%3</td><td align=\"%6\">%1%4%3</td></tr>").arg(open, esc(a), close, esc(b), start, end);
    };
    const auto header2 = [&](const QString &a, const QString &b) {
        return QStringLiteral("<tr><th align=\"%1\">%2</th><th align=\"%3\">%4</th></tr>").arg(start, esc(a), end, esc(b));
    };

    html += QStringLiteral("<h2 align=\"%1\">%2</h2>").arg(start, esc(t("Income by kind")));
    html += table + header2(t("Kind"), t("Amount"));
    for (const auto &[account, amount] : f.incomeByAccount) {
        html += row2(words(account), m(amount));
    }
    html += row2(t("Total income"), m(f.income), true) + QStringLiteral("</table>");

    html += QStringLiteral("<h2 align=\"%1\">%2</h2>").arg(start, esc(t("Expenses by category")));
    html += table + header2(t("Category"), t("Amount"));
    for (const auto &[account, amount] : f.expensesByAccount) {
        html += row2(words(account), m(amount));
    }
    html += row2(t("Total expenses"), m(f.expenses), true) + QStringLiteral("</table>");
    html += QStringLiteral("<p align=\"%1\"><b>%2</b></p>").arg(start, esc(t("Income less expenses: %1").arg(m(f.income - f.expenses))));

    const auto balances = [&](const QString &title, const std::map<QString, std::pair<qint64, qint64>> &accounts) {
        QString h = QStringLiteral("<h2 align=\"%1\">%2</h2>").arg(start, esc(title));
        h += table + QStringLiteral("<tr><th align=\"%1\">%2</th><th align=\"%3\">%4</th><th align=\"%3\">%5</th></tr>")
                         .arg(start, esc(t("Account")), end, esc(t("At the start (%1)").arg(locale.toString(f.from, QLocale::ShortFormat))),
                              esc(t("At the end (%1)").arg(locale.toString(f.to, QLocale::ShortFormat))));
        for (const auto &[account, pair] : accounts) {
            h += QStringLiteral("<tr><td align=\"%1\">%2</td><td align=\"%3\">%4</td><td align=\"%3\">%5</td></tr>")
                     .arg(start, esc(words(account)), end, esc(m(pair.first)), esc(m(pair.second)));
        }
        if (accounts.empty()) {
            h += QStringLiteral("<tr><td colspan=\"3\" align=\"%1\">%2</td></tr>").arg(start, esc(t("none")));
        }
        return h + QStringLiteral("</table>");
    };
    html += balances(t("Fund balances"), f.funds);
    html += balances(t("Cash and bank"), f.cash);

    const ArrearsReport &a = f.arrears;
    html += QStringLiteral("<h2 align=\"%1\">%2</h2>").arg(start, esc(t("Arrears")));
    html += QStringLiteral("<p align=\"%1\">%2</p>")
                .arg(start, esc(t("Invoices due on or before %1 and not yet paid at the end of that day: %2. Units in arrears: %3.")
                                    .arg(day(f.to), m(a.owed()), locale.toString(qulonglong(a.units.size())))));
    html += table + QStringLiteral("<tr><th align=\"%1\">%2</th><th align=\"%3\">%4</th><th align=\"%3\">%5</th></tr>")
                        .arg(start, esc(t("Days past due")), end, esc(t("Units")), esc(t("Amount")));
    int counts[4] = {0, 0, 0, 0};
    for (const UnitArrears &u : a.units) {
        counts[u.oldestDays <= 30 ? 0 : u.oldestDays <= 60 ? 1 : u.oldestDays <= 90 ? 2 : 3] += 1;
    }
    const auto bucket = [&](const QString &label, int units, qint64 amount) {
        return QStringLiteral("<tr><td align=\"%1\">%2</td><td align=\"%3\">%4</td><td align=\"%3\">%5</td></tr>")
            .arg(start, esc(label), end, locale.toString(units), esc(m(amount)));
    };
    html += bucket(t("1 to 30"), counts[0], a.buckets.days1to30);
    html += bucket(t("31 to 60"), counts[1], a.buckets.days31to60);
    html += bucket(t("61 to 90"), counts[2], a.buckets.days61to90);
    html += bucket(t("more than 90"), counts[3], a.buckets.over90);
    html += QStringLiteral("</table><p align=\"%1\"><i>%2</i></p>")
                .arg(start, esc(t("Units are counted by their oldest overdue invoice; amounts by each invoice's age. No names are shown.")));
    html += QStringLiteral("</body></html>");

    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(QFont(QString::fromLatin1(t.language().font), 10));
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    document->setDefaultTextOption(option);
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle, t("Financial report"));
    return document;
}

// --- letters ---------------------------------------------------------------------------------

QStringList letterLanguages()
{
    QStringList codes;
    for (const LetterLanguage &l : languages()) {
        codes << QString::fromLatin1(l.code);
    }
    return codes;
}

Result<QStringList> letterSentences(const QString &language)
{
    CY_TRY(const DocumentText t, DocumentText::open(language, kLetterContext, QT_TRANSLATE_NOOP("courtyard::accounting", "reminder letter")));
    QStringList out;
    for (const char *s : kLetterSentences) {
        out << t(s);
    }
    return out;
}

Result<std::unique_ptr<QTextDocument>> reminderLetterDocument(const LetterInput &input)
{
    CY_TRY(const DocumentText t, DocumentText::open(input.language, kLetterContext, QT_TRANSLATE_NOOP("courtyard::accounting", "reminder letter")));
    const QLocale &locale = t.language().locale;
    const bool rtl = t.language().rightToLeft;
    const auto m = [&](qint64 minor) { return money(minor, input.currency, locale); };
    const auto day = [&](const QDate &d) { return locale.toString(d, QLocale::LongFormat); };
    const auto kindWord = [&](const QString &kind) {
        if (kind == QLatin1String("rent")) {
            return t("Rent");
        }
        if (kind == QLatin1String("fee")) {
            return t("Property fee");
        }
        if (kind == QLatin1String("late-fee")) {
            return t("Late fee");
        }
        if (kind == QLatin1String("deposit")) {
            return t("Deposit");
        }
        return kind;
    };
    const QString align = rtl ? QStringLiteral("right") : QStringLiteral("left");
    // Unit numbers ("1-0402") and phone numbers read left to right inside Arabic text (else the
    // bidi algorithm shows "0402-1"): a left-to-right embedding around them.
    const auto ltr = [rtl](const QString &text) { return rtl ? QChar(0x202A) + text + QChar(0x202C) : text; };
    const QString unit = ltr(input.unit);
    const QString dir = rtl ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString html = QStringLiteral("<html><body dir=\"%1\" style=\"font-family: '%2'; font-size: 11pt;\">").arg(dir, QLatin1String(t.language().font));
    html += QStringLiteral("<p align=\"%1\">%2<br/>%3</p>").arg(align, esc(input.community), esc(day(input.date)));
    html += QStringLiteral("<h1 align=\"%1\">%2</h1>").arg(align, esc(t("Payment reminder")));
    html += QStringLiteral("<h3 align=\"%1\">%2</h3>").arg(align, esc(t("Unit %1").arg(unit)));
    const QString greeting = input.names.isEmpty() ? t("Dear residents of unit %1,").arg(unit)
                                                   : t("Dear %1,").arg(input.names.join(rtl ? QStringLiteral("، ") : QStringLiteral(", ")));
    html += QStringLiteral("<p align=\"%1\">%2</p>").arg(align, esc(greeting));
    html += QStringLiteral("<p align=\"%1\">%2</p>")
                .arg(align, esc(t("According to our records, the following amounts for your unit were not yet paid on %1, after their due date:")
                                    .arg(day(input.date))));
    html += QStringLiteral("<table dir=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" style=\"border-collapse: collapse;\">").arg(dir);
    html += QStringLiteral("<tr><th align=\"%1\">%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(align, esc(t("For")), esc(t("Due date")), esc(t("Days overdue")), esc(t("Amount open")));
    for (const views::InvoiceLine &invoice : input.arrears.invoices) {
        const QDate month = QDate::fromString(invoice.period + QStringLiteral("-01"), Qt::ISODate);
        const QString period = month.isValid() ? locale.toString(month, t("MMMM yyyy")) : invoice.period;
        html += QStringLiteral("<tr><td align=\"%1\">%2</td><td align=\"center\">%3</td><td align=\"center\">%4</td><td align=\"%5\">%6</td></tr>")
                    .arg(align, esc(t("%1 for %2").arg(kindWord(invoice.kind), period)), esc(locale.toString(invoice.due, QLocale::ShortFormat)),
                         locale.toString(invoice.due.daysTo(input.date)), rtl ? QStringLiteral("left") : QStringLiteral("right"),
                         esc(m(invoice.open())));
    }
    html += QStringLiteral("<tr><td colspan=\"3\" align=\"%1\"><b>%2</b></td><td align=\"%3\"><b>%4</b></td></tr></table>")
                .arg(align, esc(t("Total overdue")), rtl ? QStringLiteral("left") : QStringLiteral("right"), esc(m(input.arrears.owed)));
    html += QStringLiteral("<p align=\"%1\">%2</p>")
                .arg(align, esc(t("Please pay this amount by %1: at the lobby kiosk, at the management office, or by bank transfer with your unit "
                                  "number %2 in the payment reference.")
                                    .arg(day(input.date.addDays(14)), unit)));
    html += QStringLiteral("<p align=\"%1\">%2</p>").arg(align, esc(t("If you have paid in the meantime, thank you, and please disregard this letter.")));
    html += QStringLiteral("<p align=\"%1\">%2</p>")
                .arg(align, esc(t("If you cannot pay the whole amount, please contact the management office so that we can agree on a plan.")));
    if (!input.contact.isEmpty()) {
        html += QStringLiteral("<p align=\"%1\">%2</p>").arg(align, esc(t("Contact: %1").arg(ltr(input.contact))));
    }
    html += QStringLiteral("<p align=\"%1\">%2<br/>%3</p>").arg(align, esc(t("Yours sincerely,")), esc(t("The management of %1").arg(input.community)));
    html += QStringLiteral("</body></html>");

    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(QFont(QString::fromLatin1(t.language().font), 11));
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    document->setDefaultTextOption(option);
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle, t("Payment reminder") + QStringLiteral(" - ") + input.unit);
    return document;
}

// --- output ----------------------------------------------------------------------------------

Result<void> writePdf(QTextDocument &document, const QString &path, const QString &title)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::accounting", "cannot write %1: %2").arg(path, probe.errorString()));
        }
    }
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Courtyard"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    document.print(&writer);
    QFile written(path);
    if (!written.exists() || written.size() == 0) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::accounting", "the PDF %1 was not written").arg(path));
    }
    return {};
}

QImage renderFirstPage(QTextDocument &document, int dpi)
{
    // A4 at dpi, 20 mm margins.
    const int width = int(210 * dpi / 25.4 + 0.5);
    const int height = int(297 * dpi / 25.4 + 0.5);
    const int margin = int(20 * dpi / 25.4 + 0.5);
    QImage image(width, height, QImage::Format_ARGB32);
    image.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
    image.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
    image.fill(Qt::white);
    std::unique_ptr<QTextDocument> copy(document.clone());
    copy->documentLayout()->setPaintDevice(&image);
    copy->setDocumentMargin(0);
    copy->setPageSize(QSizeF(width - 2 * margin, height - 2 * margin));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(margin, margin);
    copy->drawContents(&painter, QRectF(0, 0, width - 2 * margin, height - 2 * margin));
    painter.end();
    return image;
}

// --- CSV -------------------------------------------------------------------------------------

QByteArray modelToCsv(const QAbstractItemModel &model, const CsvOptions &options)
{
    const auto field = [&options](QString text) {
        // A text a spreadsheet would run as a formula; a negative number stays a number.
        static const QRegularExpression numberPattern(QStringLiteral("^-[0-9][0-9.,]*$"));
        const bool number = numberPattern.match(text).hasMatch();
        if (!text.isEmpty() && (text.front() == QLatin1Char('=') || text.front() == QLatin1Char('+') || text.front() == QLatin1Char('@') ||
                                (text.front() == QLatin1Char('-') && !number))) {
            text.prepend(QLatin1Char('\''));
        }
        if (text.contains(options.delimiter) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
            text.contains(QLatin1Char('\r'))) {
            text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            text = QLatin1Char('"') + text + QLatin1Char('"');
        }
        return text;
    };
    QString out;
    const int columns = model.columnCount();
    if (options.header) {
        QStringList cells;
        for (int c = 0; c < columns; ++c) {
            cells << field(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        }
        out += cells.join(options.delimiter) + QStringLiteral("\r\n");
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columns; ++c) {
            cells << field(model.data(model.index(r, c), options.role).toString());
        }
        out += cells.join(options.delimiter) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

Result<void> writeModelCsv(const QAbstractItemModel &model, const QString &path, const CsvOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(modelToCsv(model, options)) < 0 || !file.commit()) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::accounting", "cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace courtyard::accounting
