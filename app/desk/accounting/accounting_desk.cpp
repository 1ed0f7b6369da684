#include "app/desk/accounting/accounting_desk.h"

#include "app/accounting/books.h"
#include "app/accounting/documents.h"
#include "contracts/payments.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace courtyard::desk::accounting {

using namespace courtyard::accounting;

namespace {

QString localPath(const QString &file)
{
    const QUrl url(file);
    return url.isLocalFile() ? url.toLocalFile() : file;
}

std::optional<QDate> day(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return std::nullopt;
    }
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

} // namespace

AccountingDesk::AccountingDesk(device::DeviceCore &core, QString dataDir, QObject *parent)
    : QObject(parent), m_core(core), m_dataDir(std::move(dataDir))
{
    m_bankProxy.setSourceModel(&m_bankModel);
    m_bankProxy.setSortRole(kSortRole);
    m_arrearsProxy.setSourceModel(&m_arrearsModel);
    m_arrearsProxy.setSortRole(kSortRole);
    connect(&m_core, &device::DeviceCore::ledgerChanged, this, &AccountingDesk::refresh);
    refresh();
}

QString AccountingDesk::translationFile(const QString &language)
{
    return QStringLiteral(":/i18n/accounting_desk_%1.qm").arg(language);
}

QStringList AccountingDesk::mappingFields() const
{
    return {QStringLiteral("date"), QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("reference"),
            QStringLiteral("payer-name"), QStringLiteral("payer-account"), QStringLiteral("booking-id")};
}

QStringList AccountingDesk::letterLanguages() const
{
    return courtyard::accounting::letterLanguages();
}

int AccountingDesk::postableCount() const
{
    int n = 0;
    for (const LineMatch &m : m_bankModel.lines()) {
        n += m.status == LineStatus::Matched && m.proposal ? 1 : 0;
    }
    return n;
}

void AccountingDesk::setDirectory(Directory directory)
{
    m_directory = std::move(directory);
    rematch();
}

void AccountingDesk::setToday(const QDate &date)
{
    m_today = date;
    refresh();
}

QDate AccountingDesk::today() const
{
    return m_today ? *m_today : m_core.genesis().localDate(m_core.now());
}

bool AccountingDesk::say(const QString &text, bool ok)
{
    m_message = text;
    Q_EMIT messageChanged();
    return ok;
}

bool AccountingDesk::openStatement(const QString &file)
{
    const QString path = localPath(file);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return say(tr("Cannot open %1: %2").arg(path, f.errorString()), false);
    }
    m_bytes = f.readAll();
    m_statementName = QFileInfo(path).fileName();
    m_statement.reset();
    m_mapping.reset();
    m_chosen.clear();
    m_csvColumns.clear();
    m_mappingNeeded = false;
    if (looksLikeCamt053(m_bytes)) {
        auto parsed = parseCamt053(m_bytes);
        if (!parsed) {
            m_bankModel.setLines({});
            Q_EMIT statementChanged();
            return say(parsed.error().message, false);
        }
        m_statement = std::move(*parsed);
    } else {
        auto found = MappingStore(m_dataDir).findFor(m_bytes);
        if (found && *found) {
            m_mapping = (*found)->second;
            auto parsed = parseCsvStatement(m_bytes, *m_mapping);
            if (!parsed) {
                m_bankModel.setLines({});
                Q_EMIT statementChanged();
                return say(parsed.error().message, false);
            }
            m_statement = std::move(*parsed);
        } else {
            // Guess the delimiter from the first line for the mapping dialog's columns.
            const QByteArray first = m_bytes.left(m_bytes.indexOf('\n'));
            CsvMapping guess;
            for (const char d : {';', '\t', '|', ','}) {
                if (first.count(d) > 0) {
                    guess.delimiter = QLatin1Char(d);
                    break;
                }
            }
            auto records = readCsvRecords(first, guess);
            if (!records || records->empty()) {
                guess.encoding = QStringLiteral("ISO-8859-1");
                records = readCsvRecords(first, guess);
            }
            if (records && !records->empty()) {
                for (const QString &c : records->front()) {
                    m_csvColumns << c.trimmed();
                }
            }
            m_mapping = guess;
            m_mappingNeeded = true;
            m_bankModel.setLines({});
            Q_EMIT statementChanged();
            return say(tr("%1 is a CSV file of a layout not seen before: say which column holds what.").arg(m_statementName), true);
        }
    }
    const bool ok = rematch();
    Q_EMIT statementChanged();
    return ok && say(tr("%1: %n line(s) read.", nullptr, int(m_statement->lines.size())).arg(m_statementName), true);
}

bool AccountingDesk::applyMapping(const QVariantMap &mapping)
{
    if (m_bytes.isEmpty()) {
        return say(tr("Open a statement first."), false);
    }
    QStringList pairs;
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        QString value = it.value().toString();
        if (!value.isEmpty()) {
            pairs << it.key() + QLatin1Char('=') + value.replace(QLatin1Char(','), QChar(0xE000));
        }
    }
    auto parsedMapping = CsvMapping::fromText(pairs.join(QLatin1Char(',')), m_mapping.value_or(CsvMapping()));
    if (!parsedMapping) {
        return say(parsedMapping.error().message, false);
    }
    auto parsed = parseCsvStatement(m_bytes, *parsedMapping);
    if (!parsed) {
        return say(parsed.error().message, false);
    }
    auto layout = csvLayoutOf(m_bytes, *parsedMapping);
    if (!layout) {
        return say(layout.error().message, false);
    }
    if (auto remembered = MappingStore(m_dataDir).remember(*layout, *parsedMapping); !remembered) {
        return say(remembered.error().message, false);
    }
    m_mapping = *parsedMapping;
    m_statement = std::move(*parsed);
    m_mappingNeeded = false;
    const bool ok = rematch();
    Q_EMIT statementChanged();
    return ok && say(tr("Mapping remembered for this bank's files; %n line(s) read.", nullptr, int(m_statement->lines.size())), true);
}

bool AccountingDesk::rematch()
{
    if (!m_statement) {
        return true;
    }
    auto payers = PayerMemory::load(m_dataDir);
    auto facts = ledgerFacts(m_core.localState(), m_core.genesis());
    if (!payers || !facts) {
        return say(!payers ? payers.error().message : facts.error().message, false);
    }
    const MatchInput input = matchInput(*facts, m_core.localState(), &*payers, &m_directory);
    auto matched = matchStatement(*m_statement, input);
    if (!matched) {
        return say(matched.error().message, false);
    }
    // The manager's choices stay over a refresh (unless the line got posted meanwhile).
    for (LineMatch &m : *matched) {
        const auto chosen = m_chosen.find(m.line.number);
        if (chosen == m_chosen.end() || m.status == LineStatus::Posted || m.status == LineStatus::Debit || m.status == LineStatus::Foreign) {
            continue;
        }
        Candidate c = candidateForUnit(m.line, input, *chosen);
        std::erase_if(m.candidates, [&c](const Candidate &o) { return o.unit == c.unit; });
        m.candidates.insert(m.candidates.begin(), std::move(c));
        m.proposal = 0;
        m.status = LineStatus::Matched;
    }
    m_bankModel.setLocale(QLocale());
    m_bankModel.setLines(std::move(*matched));
    Q_EMIT statementChanged();
    return true;
}

QStringList AccountingDesk::candidates(int row) const
{
    const QModelIndex source = m_bankProxy.mapToSource(m_bankProxy.index(row, 0));
    QStringList out;
    if (!source.isValid()) {
        return out;
    }
    for (const Candidate &c : m_bankModel.lines()[std::size_t(source.row())].candidates) {
        out << tr("%1 (%2%)").arg(c.unit).arg(c.confidence);
    }
    return out;
}

int AccountingDesk::bankLineAt(int row) const
{
    const QModelIndex source = m_bankProxy.mapToSource(m_bankProxy.index(row, 0));
    return source.isValid() ? m_bankModel.lines()[std::size_t(source.row())].line.number : -1;
}

int AccountingDesk::rowOfBankLine(int line) const
{
    const std::vector<LineMatch> &lines = m_bankModel.lines();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].line.number == line) {
            return m_bankProxy.mapFromSource(m_bankModel.index(int(i), 0)).row();
        }
    }
    return -1;
}

bool AccountingDesk::choose(int row, const QString &unit)
{
    const QModelIndex source = m_bankProxy.mapToSource(m_bankProxy.index(row, 0));
    if (!source.isValid()) {
        return say(tr("Choose a line first."), false);
    }
    const LineMatch &m = m_bankModel.lines()[std::size_t(source.row())];
    if (m.status == LineStatus::Posted || m.status == LineStatus::Debit || m.status == LineStatus::Foreign) {
        return say(tr("Line %1 is %2: it is not booked as a resident's payment.").arg(m.line.number).arg(lineStatusText(m.status)), false);
    }
    const QString chosen = unit.section(QLatin1Char(' '), 0, 0).trimmed(); // "1-0101 (80%)" or "1-0101"
    auto facts = ledgerFacts(m_core.localState(), m_core.genesis());
    if (!facts) {
        return say(facts.error().message, false);
    }
    if (!facts->units.contains(chosen)) {
        return say(tr("There is no unit %1.").arg(chosen), false);
    }
    m_chosen.insert(m.line.number, chosen);
    const bool ok = rematch();
    return ok && say(tr("Line %1 will be posted to unit %2.").arg(m.line.number).arg(chosen), true);
}

int AccountingDesk::postMatched()
{
    auto payers = PayerMemory::load(m_dataDir);
    if (!payers) {
        say(payers.error().message, false);
        return 0;
    }
    // What to post, read before submitting: each submission refreshes the tables.
    std::vector<std::pair<BankLine, Candidate>> toPost;
    for (const LineMatch &m : m_bankModel.lines()) {
        if (m.status == LineStatus::Matched && m.proposal) {
            toPost.emplace_back(m.line, m.candidates[*m.proposal]);
        }
    }
    int posted = 0;
    QStringList refused;
    for (const auto &[line, candidate] : toPost) {
        auto payload = bankPaymentPayload(line, candidate);
        if (!payload) {
            refused << tr("line %1: %2").arg(line.number).arg(payload.error().message);
            continue;
        }
        auto submitted = m_core.submit(QStringLiteral("payment.bank"), *payload, contracts::kBankPaymentVersion);
        if (!submitted) {
            refused << tr("line %1: %2").arg(line.number).arg(submitted.error().message);
            break; // storage: stop here
        }
        if (!*submitted) {
            refused << tr("line %1: %2").arg(line.number).arg(submitted->error().message);
            continue;
        }
        payers->remember(line, candidate.unit);
        m_chosen.remove(line.number);
        ++posted;
    }
    if (auto saved = payers->save(m_dataDir); !saved) {
        refused << saved.error().message;
    }
    rematch();
    say(refused.isEmpty() ? tr("%n payment(s) signed and queued for the server.", nullptr, posted)
                          : tr("%n payment(s) signed; not posted: %1", nullptr, posted).arg(refused.join(QStringLiteral("; "))),
        refused.isEmpty());
    return posted;
}

void AccountingDesk::sortBankLines(int column, bool descending)
{
    m_bankProxy.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void AccountingDesk::sortArrears(int column, bool descending)
{
    m_arrearsProxy.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void AccountingDesk::refresh()
{
    rematch();
    auto report = courtyard::accounting::arrears(m_core.localState(), today());
    if (!report) {
        say(report.error().message, false);
        return;
    }
    const money::Currency &currency = m_core.currency();
    m_arrearsSummary = tr("%1 owed by %n unit(s) on %2", nullptr, int(report->units.size()))
                           .arg(money::Money::fromMinor(report->owed(), currency)->formatWithCode(QLocale()),
                                QLocale().toString(today(), QLocale::ShortFormat));
    m_arrearsModel.setLocale(QLocale());
    m_arrearsModel.setReport(std::move(*report), currency);
    Q_EMIT arrearsChanged();
}

bool AccountingDesk::exportJournal(const QString &file, const QString &format, const QString &from, const QString &to)
{
    JournalOptions options;
    options.format = format == QLatin1String("ledger") ? JournalFormat::Ledger : JournalFormat::Hledger;
    options.from = day(from);
    options.to = day(to);
    if ((options.from && !options.from->isValid()) || (options.to && !options.to->isValid())) {
        return say(tr("Write the days as YYYY-MM-DD, e.g. 2027-03-31."), false);
    }
    const QString path = localPath(file);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return say(tr("Cannot write %1: %2").arg(path, out.errorString()), false);
    }
    auto summary = writeJournal(m_core.store(), out, options);
    if (!summary) {
        out.cancelWriting();
        return say(summary.error().message, false);
    }
    if (!out.commit()) {
        return say(tr("Cannot write %1: %2").arg(path, out.errorString()), false);
    }
    return say(tr("%1: %2 transactions, %3 postings.").arg(path).arg(summary->transactions).arg(summary->postings), true);
}

QString AccountingDesk::reportLanguage() const
{
    switch (QLocale().language()) {
    case QLocale::Chinese:
        return QStringLiteral("zh_CN");
    case QLocale::Japanese:
        return QStringLiteral("ja");
    case QLocale::Arabic:
        return QStringLiteral("ar");
    default:
        return QStringLiteral("en");
    }
}

bool AccountingDesk::exportFinancialReport(const QString &file, const QString &from, const QString &to, const QString &language)
{
    const auto first = day(from);
    const auto last = day(to);
    if (!first || !last || !first->isValid() || !last->isValid()) {
        return say(tr("Write the period's first and last day as YYYY-MM-DD."), false);
    }
    auto figures = financialFigures(m_core.store(), *first, *last);
    if (!figures) {
        return say(figures.error().message, false);
    }
    auto document = financialReportDocument(*figures, language.isEmpty() ? reportLanguage() : language);
    if (!document) {
        return say(document.error().message, false);
    }
    const QString path = localPath(file);
    if (auto written = writePdf(**document, path, (*document)->metaInformation(QTextDocument::DocumentTitle) + QStringLiteral(" %1 - %2").arg(from, to));
        !written) {
        return say(written.error().message, false);
    }
    return say(tr("%1 written (%n page(s)).", nullptr, (*document)->pageCount()).arg(path), true);
}

bool AccountingDesk::exportCsv(const QString &which, const QString &file)
{
    const QString path = localPath(file);
    const QAbstractItemModel &model = which == QLatin1String("arrears") ? static_cast<const QAbstractItemModel &>(m_arrearsProxy)
                                                                        : static_cast<const QAbstractItemModel &>(m_bankProxy);
    if (auto written = writeModelCsv(model, path); !written) {
        return say(written.error().message, false);
    }
    return say(tr("%1 written (%n row(s)).", nullptr, model.rowCount()).arg(path), true);
}

int AccountingDesk::writeLetters(const QString &folder, const QString &language)
{
    const QString dir = localPath(folder);
    if (!QDir().mkpath(dir)) {
        say(tr("Cannot make the folder %1.").arg(dir), false);
        return 0;
    }
    int written = 0;
    for (const UnitArrears &u : m_arrearsModel.report().units) {
        LetterInput input;
        input.language = language;
        input.community = m_core.genesis().name;
        input.unit = u.unit;
        input.names = m_directory.namesByUnit.value(u.unit);
        input.currency = m_core.currency();
        input.arrears = u;
        input.date = today();
        auto document = reminderLetterDocument(input);
        if (!document) {
            say(document.error().message, false);
            return written;
        }
        const QString file = QDir(dir).filePath(QStringLiteral("reminder-%1-%2.pdf").arg(u.unit, language));
        if (auto pdf = writePdf(**document, file, (*document)->metaInformation(QTextDocument::DocumentTitle)); !pdf) {
            say(pdf.error().message, false);
            return written;
        }
        ++written;
    }
    say(tr("%n reminder letter(s) written to %1.", nullptr, written).arg(dir), true);
    return written;
}

} // namespace courtyard::desk::accounting
