#include "app/accounting/matching.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <map>

namespace courtyard::accounting {

namespace {

// Whether text names the unit: "12-0301", "12 0301", "12/0301" or "120301", not inside a
// longer number.
bool namesUnit(const QString &text, const QString &unit)
{
    const qsizetype dash = unit.indexOf(QLatin1Char('-'));
    QString pattern;
    if (dash > 0) {
        pattern = QRegularExpression::escape(unit.left(dash)) + QStringLiteral("[-\\s/]?") + QRegularExpression::escape(unit.mid(dash + 1));
    } else {
        pattern = QRegularExpression::escape(unit);
    }
    const QRegularExpression re(QStringLiteral("(?<![0-9A-Za-z])") + pattern + QStringLiteral("(?![0-9])"),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

AmountFit fitOf(qint64 amount, qint64 open)
{
    if (amount == open) {
        return AmountFit::Exact;
    }
    return amount < open ? AmountFit::Partial : AmountFit::Over;
}

int amountPoints(AmountFit fit, qint64 open)
{
    if (open == 0) {
        return kAmountOverPoints;
    }
    switch (fit) {
    case AmountFit::Exact:
        return kAmountExactPoints;
    case AmountFit::Partial:
        return kAmountPartialPoints;
    case AmountFit::Over:
        return kAmountOverPoints;
    }
    return 0;
}

QString shortId(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex().left(8));
}

} // namespace

QString amountFitName(AmountFit fit)
{
    switch (fit) {
    case AmountFit::Exact:
        return QStringLiteral("exact");
    case AmountFit::Partial:
        return QStringLiteral("partial");
    case AmountFit::Over:
        return QStringLiteral("over");
    }
    return {};
}

QString lineStatusName(LineStatus status)
{
    switch (status) {
    case LineStatus::Matched:
        return QStringLiteral("matched");
    case LineStatus::Uncertain:
        return QStringLiteral("uncertain");
    case LineStatus::Unmatched:
        return QStringLiteral("unmatched");
    case LineStatus::Posted:
        return QStringLiteral("posted");
    case LineStatus::Debit:
        return QStringLiteral("debit");
    case LineStatus::Foreign:
        return QStringLiteral("foreign-currency");
    }
    return {};
}

QString lineStatusText(LineStatus status)
{
    switch (status) {
    case LineStatus::Matched:
        return QCoreApplication::translate("courtyard::accounting", "matched");
    case LineStatus::Uncertain:
        return QCoreApplication::translate("courtyard::accounting", "choose");
    case LineStatus::Unmatched:
        return QCoreApplication::translate("courtyard::accounting", "no match");
    case LineStatus::Posted:
        return QCoreApplication::translate("courtyard::accounting", "posted");
    case LineStatus::Debit:
        return QCoreApplication::translate("courtyard::accounting", "money out");
    case LineStatus::Foreign:
        return QCoreApplication::translate("courtyard::accounting", "other currency");
    }
    return {};
}

// --- payer memory ---------------------------------------------------------------------------

QString PayerMemory::normalizedAccount(const QString &account)
{
    QString out;
    for (const QChar c : account) {
        if (c.isLetterOrNumber()) {
            out += c.toUpper();
        }
    }
    return out;
}

QString PayerMemory::normalizedName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

Result<PayerMemory> PayerMemory::load(const QString &dataDir)
{
    PayerMemory memory;
    QFile file(QDir(dataDir).filePath(QStringLiteral("bank-payers.json")));
    if (!file.exists()) {
        return memory;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::accounting", "cannot read %1: %2").arg(file.fileName(), file.errorString()));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::accounting", "%1 is not the remembered payers (delete it to start afresh)").arg(file.fileName()));
    }
    const QJsonObject accounts = doc.object().value(QStringLiteral("accounts")).toObject();
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        memory.m_accounts.insert(it.key(), it.value().toString());
    }
    const QJsonObject names = doc.object().value(QStringLiteral("names")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it) {
        memory.m_names.insert(it.key(), it.value().toString());
    }
    return memory;
}

Result<void> PayerMemory::save(const QString &dataDir) const
{
    QJsonObject accounts;
    for (auto it = m_accounts.begin(); it != m_accounts.end(); ++it) {
        accounts.insert(it.key(), it.value());
    }
    QJsonObject names;
    for (auto it = m_names.begin(); it != m_names.end(); ++it) {
        names.insert(it.key(), it.value());
    }
    if (!QDir().mkpath(dataDir)) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::accounting", "cannot make the folder %1").arg(dataDir));
    }
    QSaveFile file(QDir(dataDir).filePath(QStringLiteral("bank-payers.json")));
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("accounts"), accounts}, {QStringLiteral("names"), names}})
                                 .toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::accounting", "cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    return {};
}

void PayerMemory::remember(const BankLine &line, const QString &unit)
{
    if (!normalizedAccount(line.payerAccount).isEmpty()) {
        m_accounts.insert(normalizedAccount(line.payerAccount), unit);
    }
    if (!normalizedName(line.payerName).isEmpty()) {
        m_names.insert(normalizedName(line.payerName), unit);
    }
}

QString PayerMemory::unitOfAccount(const QString &account) const
{
    const QString key = normalizedAccount(account);
    return key.isEmpty() ? QString() : m_accounts.value(key);
}

QString PayerMemory::unitOfName(const QString &name) const
{
    const QString key = normalizedName(name);
    return key.isEmpty() ? QString() : m_names.value(key);
}

// --- matching -------------------------------------------------------------------------------

Candidate candidateForUnit(const BankLine &line, const MatchInput &input, const QString &unit, const QStringList &invoiceIds)
{
    Candidate c;
    if (!input.units.contains(unit)) {
        return c;
    }
    c.unit = unit;
    std::vector<views::InvoiceLine> open;
    for (const views::InvoiceLine &invoice : *input.openInvoices) {
        if (invoice.unit == unit) {
            open.push_back(invoice);
        }
    }
    // Reference: named invoices of this unit, else the unit's number.
    std::vector<views::InvoiceLine> named;
    for (const views::InvoiceLine &invoice : open) {
        const QString id = QString::fromLatin1(invoice.id.toHex());
        if (invoiceIds.contains(id) || line.remittance.contains(id, Qt::CaseInsensitive)) {
            named.push_back(invoice);
        }
    }
    if (!named.empty()) {
        c.referencePoints = kReferenceInvoicePoints;
        QStringList ids;
        for (const views::InvoiceLine &invoice : named) {
            ids << shortId(invoice.id);
        }
        c.reasons << QCoreApplication::translate("courtyard::accounting", "names invoice %1").arg(ids.join(QStringLiteral(", ")));
        c.invoices = named;
        c.invoicesNamed = true;
    } else if (namesUnit(line.remittance, unit)) {
        c.referencePoints = kReferenceUnitPoints;
        c.reasons << QCoreApplication::translate("courtyard::accounting", "names unit %1").arg(unit);
    }
    // Payer: remembered account, or a known name.
    if (input.payers && input.payers->unitOfAccount(line.payerAccount) == unit) {
        c.payerPoints = kPayerAccountPoints;
        c.reasons << QCoreApplication::translate("courtyard::accounting", "payer's account confirmed for %1 before").arg(unit);
    } else {
        bool known = input.payers && input.payers->unitOfName(line.payerName) == unit;
        if (!known && input.directory) {
            const QString name = PayerMemory::normalizedName(line.payerName);
            for (const QString &resident : input.directory->namesByUnit.value(unit)) {
                known = known || (!name.isEmpty() && PayerMemory::normalizedName(resident) == name);
            }
        }
        if (known) {
            c.payerPoints = kPayerNamePoints;
            c.reasons << QCoreApplication::translate("courtyard::accounting", "payer's name known for %1").arg(unit);
        }
    }
    // The invoices it would pay, when none are named.
    if (!c.invoicesNamed) {
        std::vector<views::InvoiceLine> exact;
        for (const views::InvoiceLine &invoice : open) {
            if (invoice.open() == line.amount) {
                exact.push_back(invoice);
            }
        }
        qint64 total = 0;
        for (const views::InvoiceLine &invoice : open) {
            total += invoice.open();
        }
        if (exact.size() == 1 && total != line.amount) {
            c.invoices = exact;
            c.invoicesNamed = true; // the payment names it, or the oldest would take the money
        } else {
            c.invoices = open;
        }
    }
    for (const views::InvoiceLine &invoice : c.invoices) {
        c.open += invoice.open();
    }
    c.fit = fitOf(line.amount, c.open);
    c.amountPoints = amountPoints(c.fit, c.open);
    switch (c.open == 0 ? AmountFit::Over : c.fit) {
    case AmountFit::Exact:
        c.reasons << QCoreApplication::translate("courtyard::accounting", "amount equals what is open");
        break;
    case AmountFit::Partial:
        c.reasons << QCoreApplication::translate("courtyard::accounting", "amount is less than what is open");
        break;
    case AmountFit::Over:
        c.reasons << (c.open == 0 ? QCoreApplication::translate("courtyard::accounting", "nothing is open: all of it becomes prepaid credit")
                                  : QCoreApplication::translate("courtyard::accounting", "amount is more than what is open: the rest becomes prepaid credit"));
        break;
    }
    c.confidence = std::min(100, c.referencePoints + c.payerPoints + c.amountPoints);
    return c;
}

std::vector<Candidate> candidatesFor(const BankLine &line, const MatchInput &input)
{
    std::map<QString, qint64> openByUnit;
    std::map<QString, bool> singleExact;
    for (const views::InvoiceLine &invoice : *input.openInvoices) {
        openByUnit[invoice.unit] += invoice.open();
        if (invoice.open() == line.amount) {
            singleExact[invoice.unit] = true;
        }
    }
    std::vector<Candidate> candidates;
    for (const QString &unit : input.units) {
        Candidate c = candidateForUnit(line, input, unit);
        if (c.unit.isEmpty()) {
            continue;
        }
        const bool amountAlone = openByUnit[unit] == line.amount || singleExact[unit];
        if (c.referencePoints > 0 || c.payerPoints > 0 || (amountAlone && c.fit == AmountFit::Exact)) {
            candidates.push_back(std::move(c));
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.confidence != b.confidence ? a.confidence > b.confidence : a.unit < b.unit;
    });
    return candidates;
}

Result<std::vector<LineMatch>> matchStatement(const Statement &statement, const MatchInput &input)
{
    std::vector<LineMatch> matches;
    matches.reserve(statement.lines.size());
    for (const BankLine &line : statement.lines) {
        LineMatch m;
        m.line = line;
        if (input.postedBy) {
            CY_TRY(m.postedBy, input.postedBy(line.reference));
        }
        if (!m.postedBy.isEmpty()) {
            m.status = LineStatus::Posted;
        } else if (line.amount <= 0) {
            m.status = LineStatus::Debit;
        } else if (line.currency != input.currency) {
            m.status = LineStatus::Foreign;
        } else {
            m.candidates = candidatesFor(line, input);
            if (m.candidates.empty()) {
                m.status = LineStatus::Unmatched;
            } else {
                const bool sure = m.candidates[0].confidence >= kProposeAtLeast &&
                                  (m.candidates.size() == 1 || m.candidates[1].confidence < m.candidates[0].confidence);
                m.status = sure ? LineStatus::Matched : LineStatus::Uncertain;
                if (sure) {
                    m.proposal = 0;
                }
            }
        }
        matches.push_back(std::move(m));
    }
    return matches;
}

} // namespace courtyard::accounting
