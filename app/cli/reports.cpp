#include "app/cli/reports.h"

#include "app/views/views.h"

#include "contracts/credit.h"
#include "contracts/units.h"
#include "core/base/hex.h"
#include "core/codec/cbor.h"
#include "core/ledger/genesis.h"
#include "core/money/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <tuple>
#include <utility>

namespace courtyard::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::cli", text);
}

QString amountText(qint64 minor, const QString &code)
{
    if (auto currency = money::currencyByCode(code)) {
        if (auto m = money::Money::fromMinor(minor, *currency)) {
            return m->format(QLocale::c());
        }
    }
    return QString::number(minor);
}

QString isoTime(quint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).toString(Qt::ISODateWithMs);
}

// "3d 04h 05m" for a duration in ms.
QString durationText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    return QStringLiteral("%1d %2h %3m")
        .arg(minutes / (24 * 60))
        .arg((minutes / 60) % 24, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

Result<qint64> checkedAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) {
        return fail(ErrorCode::Overflow, tr("a total overflows"));
    }
    return sum;
}

// Every entry under a prefix, in key order.
Result<std::vector<std::pair<QByteArray, cbor::Value>>> scanAll(store::Store &store, const QByteArray &prefix)
{
    std::vector<std::pair<QByteArray, cbor::Value>> entries;
    CY_CHECK(store.state().scan(prefix, [&entries](const state::Key &key, const cbor::Value &value) {
        entries.emplace_back(QByteArray(key), value);
        return true;
    }));
    return entries;
}

// "YYYY-MM-DD" for a day that exists.
Result<QDate> parseDay(const QString &text, const QString &option)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = pattern.match(text).hasMatch() ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd")) : QDate();
    if (!date.isValid()) {
        return fail(ErrorCode::InvalidArgument, tr("--%1 '%2' is not a date that exists (YYYY-MM-DD)").arg(option, text));
    }
    return date;
}

Result<void> requireUnit(store::Store &store, const QString &unit)
{
    CY_TRY(const std::optional<cbor::Value> record, store.state().get(contracts::unitKey(unit)));
    if (!record) {
        return fail(ErrorCode::NotFound, tr("there is no unit '%1' in this ledger").arg(unit));
    }
    return {};
}

// CBOR state values to JSON: integers, text, bools, byte strings as hex, arrays and maps.
QJsonValue toJson(const cbor::Value &v)
{
    switch (v.type()) {
    case cbor::Value::Type::Unsigned:
    case cbor::Value::Type::Negative:
        if (auto i = v.toInt64()) {
            return QJsonValue(*i);
        }
        return QJsonValue(v.diagnostic());
    case cbor::Value::Type::Text:
        return v.asText();
    case cbor::Value::Type::Bytes:
        return toHex(v.asBytes());
    case cbor::Value::Type::Bool:
        return v.asBool();
    case cbor::Value::Type::Array: {
        QJsonArray a;
        for (const cbor::Value &item : v.asArray()) {
            a.append(toJson(item));
        }
        return a;
    }
    case cbor::Value::Type::Map: {
        QJsonObject o;
        for (const auto &[key, value] : v.asMap()) {
            o.insert(key.isText() ? key.asText() : key.diagnostic(), toJson(value));
        }
        return o;
    }
    default:
        return QJsonValue();
    }
}

struct Books {
    QString currency;
    ledger::Genesis genesis;
    quint64 tipMs = 0;
};

Result<Books> books(store::Store &store)
{
    CY_TRY(ledger::Genesis genesis, store.genesis());
    CY_TRY(const ledger::SealedBlock tip, store.tip());
    return Books{genesis.currency, genesis, tip.header.timeMs};
}

// --- invoices ---------------------------------------------------------------------------

Result<Report> invoices(store::Store &store, const QCommandLineParser &parser)
{
    CY_TRY(const Books b, books(store));
    const bool onlyOpen = parser.isSet(QStringLiteral("open"));
    QString unit;
    if (parser.isSet(QStringLiteral("unit"))) {
        unit = parser.value(QStringLiteral("unit"));
        CY_CHECK(requireUnit(store, unit));
    }
    CY_TRY(const std::vector<views::InvoiceLine> lines, views::invoices(store.state(), unit, onlyOpen));
    QJsonArray rows;
    QString text;
    qint64 totalAmount = 0, totalPaid = 0, totalOpen = 0;
    int count = 0;
    for (const views::InvoiceLine &line : lines) {
        const qint64 open = line.open();
        const QString due = line.due.toString(Qt::ISODate);
        ++count;
        CY_TRY(totalAmount, checkedAdd(totalAmount, line.amount));
        CY_TRY(totalPaid, checkedAdd(totalPaid, line.paid));
        CY_TRY(totalOpen, checkedAdd(totalOpen, open));
        rows.append(QJsonObject{{QStringLiteral("id"), toHex(line.id)},
                                {QStringLiteral("unit"), line.unit},
                                {QStringLiteral("kind"), line.kind},
                                {QStringLiteral("period"), line.period},
                                {QStringLiteral("due"), due},
                                {QStringLiteral("amount"), line.amount},
                                {QStringLiteral("paid"), line.paid},
                                {QStringLiteral("open"), open}});
        text += QStringLiteral("%1  %2  %3  %4  %5 %6 %7  %8\n")
                    .arg(due, line.unit.leftJustified(10), line.kind.leftJustified(8), line.period, amountText(line.amount, b.currency).rightJustified(16),
                         amountText(line.paid, b.currency).rightJustified(16), amountText(open, b.currency).rightJustified(16), toHex(line.id));
    }
    QString header = tr("invoices (%1)").arg(b.currency);
    if (!unit.isEmpty()) {
        header += QLatin1Char(' ') + tr("of unit %1").arg(unit);
    }
    if (onlyOpen) {
        header += QLatin1Char(' ') + tr("still open");
    }
    header += QLatin1Char('\n');
    if (count == 0) {
        text = header + tr("  none") + QLatin1Char('\n');
    } else {
        text = header
               + QStringLiteral("%1  %2  %3  %4  %5 %6 %7  %8\n")
                     .arg(tr("due").leftJustified(10), tr("unit").leftJustified(10), tr("kind").leftJustified(8), tr("period").leftJustified(7),
                          tr("amount").rightJustified(16), tr("paid").rightJustified(16), tr("open").rightJustified(16), tr("id"))
               + text
               + tr("%1 invoices: amount %2, paid %3, open %4\n")
                     .arg(count)
                     .arg(amountText(totalAmount, b.currency), amountText(totalPaid, b.currency), amountText(totalOpen, b.currency));
    }
    QJsonObject json{{QStringLiteral("currency"), b.currency},
                     {QStringLiteral("open_only"), onlyOpen},
                     {QStringLiteral("invoices"), rows},
                     {QStringLiteral("count"), count},
                     {QStringLiteral("amount"), totalAmount},
                     {QStringLiteral("paid"), totalPaid},
                     {QStringLiteral("open"), totalOpen}};
    if (!unit.isEmpty()) {
        json.insert(QStringLiteral("unit"), unit);
    }
    return Report{json, text};
}

// --- repairs ----------------------------------------------------------------------------

Result<Report> repairs(store::Store &store, const QCommandLineParser &parser)
{
    CY_TRY(const Books b, books(store));
    views::RepairFilter filter;
    if (parser.isSet(QStringLiteral("unit"))) {
        filter.unit = parser.value(QStringLiteral("unit"));
        CY_CHECK(requireUnit(store, filter.unit));
    }
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = parser.value(QStringLiteral("status"));
        if (!views::repairStatuses().contains(filter.status)) {
            return fail(ErrorCode::InvalidArgument,
                        tr("--status '%1' is not a repair status (%2)").arg(filter.status, views::repairStatuses().join(QStringLiteral(", "))));
        }
    }
    CY_TRY(const std::vector<views::RepairLine> lines, views::repairs(store.state(), filter, qint64(b.tipMs)));
    QJsonArray rows;
    QString text;
    int count = 0;
    for (const views::RepairLine &line : lines) {
        QJsonArray eventRows;
        for (const views::RepairEvent &e : line.events) {
            eventRows.append(QJsonObject{{QStringLiteral("status"), e.status}, {QStringLiteral("at"), e.atMs}, {QStringLiteral("time"), isoTime(quint64(e.atMs))}});
        }
        // The first event of each status: the request, the first quote, the completion.
        const std::optional<qint64> quoted = line.firstAt(QStringLiteral("quoted"));
        const std::optional<qint64> completed = line.firstAt(QStringLiteral("completed"));
        ++count;
        const qint64 age = qint64(b.tipMs) - line.requestedMs;
        QJsonObject row{{QStringLiteral("id"), toHex(line.id)},
                        {QStringLiteral("category"), line.category},
                        {QStringLiteral("urgency"), line.urgency},
                        {QStringLiteral("description"), line.description},
                        {QStringLiteral("status"), line.status},
                        {QStringLiteral("requested"), isoTime(quint64(line.requestedMs))},
                        {QStringLiteral("age_ms"), age},
                        {QStringLiteral("events"), eventRows}};
        if (!line.unit.isEmpty()) {
            row.insert(QStringLiteral("unit"), line.unit);
        }
        if (!line.location.isEmpty()) { // repair.request version 2
            row.insert(QStringLiteral("location"), line.location);
        }
        QString times = tr("age %1").arg(durationText(age));
        if (quoted) {
            row.insert(QStringLiteral("response_ms"), *quoted - line.requestedMs);
            times += QStringLiteral(", ") + tr("response %1").arg(durationText(*quoted - line.requestedMs));
        }
        if (completed) {
            row.insert(QStringLiteral("completion_ms"), *completed - line.requestedMs);
            times += QStringLiteral(", ") + tr("completion %1").arg(durationText(*completed - line.requestedMs));
        }
        QString money;
        for (const auto &[name, amount] : {std::pair{QStringLiteral("approved"), line.approvedAmount}, std::pair{QStringLiteral("paid"), line.paidAmount}}) {
            if (amount) {
                row.insert(name, *amount);
                money += QStringLiteral(", %1 %2").arg(name, amountText(*amount, b.currency));
            }
        }
        rows.append(row);
        text += QStringLiteral("%1  %2  %3  %4  %5  %6%7\n")
                    .arg(toHex(line.id), line.status.leftJustified(9), (line.unit.isEmpty() ? tr("common") : line.unit).leftJustified(10),
                         line.category.leftJustified(15), line.urgency.leftJustified(6), times, money);
    }
    text = tr("repairs, at the latest block time %1\n").arg(isoTime(b.tipMs)) + (count == 0 ? tr("  none\n") : text);
    QJsonObject json{{QStringLiteral("currency"), b.currency},
                     {QStringLiteral("now"), isoTime(b.tipMs)},
                     {QStringLiteral("repairs"), rows},
                     {QStringLiteral("count"), count}};
    if (!filter.unit.isEmpty()) {
        json.insert(QStringLiteral("unit"), filter.unit);
    }
    if (!filter.status.isEmpty()) {
        json.insert(QStringLiteral("status"), filter.status);
    }
    return Report{json, text};
}

// --- expenses ---------------------------------------------------------------------------

Result<Report> expenses(store::Store &store, const QCommandLineParser &parser)
{
    CY_TRY(const QDate from, parseDay(parser.value(QStringLiteral("from")), QStringLiteral("from")));
    CY_TRY(const QDate to, parseDay(parser.value(QStringLiteral("to")), QStringLiteral("to")));
    if (to < from) {
        return fail(ErrorCode::InvalidArgument, tr("--to is before --from"));
    }
    CY_TRY(const Books b, books(store));
    CY_TRY(const auto entries, scanAll(store, "expense/"));
    struct Row {
        QString date;
        QString hash;
        QJsonObject json;
        qint64 amount;
        QString category;
        QString vendor;
    };
    std::vector<Row> rows;
    for (const auto &[key, value] : entries) {
        CY_TRY(const cbor::Record r, cbor::Record::from(value, QString::fromUtf8(key)));
        CY_TRY(const QString date, r.text(u"date"));
        const QDate day = QDate::fromString(date, QStringLiteral("yyyy-MM-dd"));
        if (!day.isValid()) {
            return fail(ErrorCode::Integrity, tr("%1 has a date that does not exist").arg(QString::fromUtf8(key)));
        }
        if (day < from || day > to) {
            continue;
        }
        CY_TRY(const QString category, r.text(u"category"));
        CY_TRY(const QString vendor, r.text(u"vendor"));
        CY_TRY(const qint64 amount, r.int64(u"amount"));
        const QString hash = QString::fromUtf8(key.mid(int(qstrlen("expense/"))));
        QJsonObject o{{QStringLiteral("invoice"), hash},
                      {QStringLiteral("date"), date},
                      {QStringLiteral("category"), category},
                      {QStringLiteral("vendor"), vendor},
                      {QStringLiteral("amount"), amount}};
        if (r.has(u"repair")) {
            CY_TRY(const QByteArray repair, r.bytes(u"repair"));
            o.insert(QStringLiteral("repair"), toHex(repair));
        }
        rows.push_back(Row{date, hash, o, amount, category, vendor});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &c) { return std::tie(a.date, a.hash) < std::tie(c.date, c.hash); });
    qint64 total = 0;
    QJsonArray list;
    QString text = tr("expenses from %1 to %2 (%3)\n").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), b.currency);
    for (const Row &row : rows) {
        CY_TRY(total, checkedAdd(total, row.amount));
        list.append(row.json);
        text += QStringLiteral("  %1  %2  %3 %4\n")
                    .arg(row.date, row.category.leftJustified(24), row.vendor.leftJustified(24), amountText(row.amount, b.currency).rightJustified(16));
    }
    text += rows.empty() ? tr("  none\n") : tr("%1 expenses, total %2\n").arg(rows.size()).arg(amountText(total, b.currency));
    return Report{QJsonObject{{QStringLiteral("currency"), b.currency},
                              {QStringLiteral("from"), from.toString(Qt::ISODate)},
                              {QStringLiteral("to"), to.toString(Qt::ISODate)},
                              {QStringLiteral("expenses"), list},
                              {QStringLiteral("count"), qint64(rows.size())},
                              {QStringLiteral("total"), total}},
                  text};
}

// --- budget -----------------------------------------------------------------------------

Result<Report> budget(store::Store &store, const QCommandLineParser &parser)
{
    const QString yearText = parser.value(QStringLiteral("year"));
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}$"));
    if (!pattern.match(yearText).hasMatch() || yearText.toInt() < 1970) {
        return fail(ErrorCode::InvalidArgument, tr("--year '%1' is not a year (YYYY, 1970..9999)").arg(yearText));
    }
    CY_TRY(const Books b, books(store));
    const QByteArray prefix = "budget/" + yearText.toLatin1() + '/';
    CY_TRY(const auto entries, scanAll(store, prefix));
    QJsonArray list;
    QString text = tr("budget %1 (%2)\n").arg(yearText, b.currency)
                   + QStringLiteral("  %1 %2 %3 %4\n")
                         .arg(tr("category").leftJustified(32), tr("budget").rightJustified(16), tr("actual").rightJustified(16),
                              tr("remaining").rightJustified(16));
    // Totals over the top-level categories only: their actuals already include the sub-categories'.
    qint64 totalBudget = 0, totalActual = 0;
    for (const auto &[key, value] : entries) {
        const QString category = QString::fromUtf8(key.mid(prefix.size()));
        CY_TRY(const cbor::Record r, cbor::Record::from(value, QString::fromUtf8(key)));
        CY_TRY(const qint64 actual, r.int64(u"actual"));
        std::optional<qint64> amount;
        if (r.has(u"budget")) {
            CY_TRY(amount, r.int64(u"budget"));
        }
        const bool top = !category.contains(QLatin1Char(':'));
        QJsonObject o{{QStringLiteral("category"), category}, {QStringLiteral("actual"), actual}, {QStringLiteral("top_level"), top}};
        QString budgetText = QStringLiteral("-"), remainingText = QStringLiteral("-");
        if (amount) {
            o.insert(QStringLiteral("budget"), *amount);
            o.insert(QStringLiteral("remaining"), *amount - actual);
            budgetText = amountText(*amount, b.currency);
            remainingText = amountText(*amount - actual, b.currency);
        }
        if (top) {
            CY_TRY(totalActual, checkedAdd(totalActual, actual));
            if (amount) {
                CY_TRY(totalBudget, checkedAdd(totalBudget, *amount));
            }
        }
        list.append(o);
        text += QStringLiteral("  %1 %2 %3 %4\n")
                    .arg(category.leftJustified(32), budgetText.rightJustified(16), amountText(actual, b.currency).rightJustified(16),
                         remainingText.rightJustified(16));
    }
    if (entries.empty()) {
        text += tr("  no budget or expense for %1\n").arg(yearText);
    }
    text += QStringLiteral("  %1 %2 %3\n")
                .arg(tr("total (top-level categories)").leftJustified(32), amountText(totalBudget, b.currency).rightJustified(16),
                     amountText(totalActual, b.currency).rightJustified(16));
    return Report{QJsonObject{{QStringLiteral("currency"), b.currency},
                              {QStringLiteral("year"), yearText.toInt()},
                              {QStringLiteral("categories"), list},
                              {QStringLiteral("budget"), totalBudget},
                              {QStringLiteral("actual"), totalActual}},
                  text};
}

// --- score ------------------------------------------------------------------------------

Result<Report> score(store::Store &store, const QCommandLineParser &parser)
{
    const QString hex = parser.value(QStringLiteral("resident")).toLower();
    auto id = fromHex(hex, 16);
    if (!id) {
        return fail(ErrorCode::InvalidArgument, tr("--resident '%1' is not a resident id (32 hex digits)").arg(hex));
    }
    CY_TRY(const std::optional<views::CreditScoreView> view, views::creditScore(store.state(), *id));
    if (!view) {
        return fail(ErrorCode::NotFound, tr("resident %1 has no score yet: no period was closed while they lived here").arg(hex));
    }
    QJsonArray reasonList;
    QString text = tr("resident %1: score %2 (period %3)\n").arg(hex).arg(view->score).arg(view->period);
    QString reasonText;
    for (const views::CreditReason &reason : view->reasons) {
        reasonList.append(QJsonObject{{QStringLiteral("code"), reason.code}, {QStringLiteral("text"), reason.text}});
        reasonText += QStringLiteral("  - %1 (%2)\n").arg(reason.text, reason.code);
    }
    QJsonObject json{{QStringLiteral("resident"), hex},
                     {QStringLiteral("score"), view->score},
                     {QStringLiteral("period"), view->period},
                     {QStringLiteral("reasons"), reasonList},
                     {QStringLiteral("components"), toJson(view->components)}};
    if (view->previous) {
        json.insert(QStringLiteral("previous"), *view->previous);
        text += tr("previous score %1\n").arg(*view->previous);
    }
    if (parser.isSet(QStringLiteral("explain"))) {
        json.insert(QStringLiteral("base"), contracts::credit::kBase);
        const QJsonObject c = toJson(view->components).toObject();
        const QJsonObject points = c.value(QStringLiteral("points")).toObject();
        text += tr("  base %1\n").arg(contracts::credit::kBase);
        for (auto it = points.begin(); it != points.end(); ++it) {
            const qint64 p = it.value().toInteger();
            text += QStringLiteral("  %1 %2\n").arg(it.key().leftJustified(24), (p > 0 ? QStringLiteral("+") : QString()) + QString::number(p));
        }
        text += tr("  components:\n");
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (it.key() != QLatin1String("points")) {
                text += QStringLiteral("    %1 %2\n").arg(it.key().leftJustified(22)).arg(it.value().toInteger());
            }
        }
        text += tr("  (the score is the base plus the points, kept within %1..%2; see docs/credit-score.md)\n")
                    .arg(contracts::credit::kMinScore)
                    .arg(contracts::credit::kMaxScore);
    }
    text += reasonList.isEmpty() ? tr("no reasons\n") : tr("top reasons:\n") + reasonText;
    return Report{json, text};
}

} // namespace

std::vector<ReportCommand> reportCommands()
{
    const auto opt = [](const QString &name, const QString &help, const QString &value = QString()) {
        return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
    };
    const auto unit = opt(QStringLiteral("unit"), tr("Only unit U, e.g. 12-0301."), QStringLiteral("U"));
    return {
        {QStringLiteral("invoices"),
         tr("Invoices with their amount, paid and open parts (by unit, oldest due first)."),
         {unit, opt(QStringLiteral("open"), tr("Only invoices not paid in full."))},
         {},
         invoices},
        {QStringLiteral("repairs"),
         tr("Repair requests: status, age, response and completion times."),
         {unit, opt(QStringLiteral("status"), tr("Only repairs in status S (requested, quoted, approved, started, completed, confirmed, rejected)."),
                    QStringLiteral("S"))},
         {},
         repairs},
        {QStringLiteral("expenses"),
         tr("Paid invoices out of the fund dated between two days (both included)."),
         {opt(QStringLiteral("from"), tr("First day, YYYY-MM-DD."), QStringLiteral("DATE")),
          opt(QStringLiteral("to"), tr("Last day, YYYY-MM-DD."), QStringLiteral("DATE"))},
         {QStringLiteral("from"), QStringLiteral("to")},
         expenses},
        {QStringLiteral("budget"),
         tr("Budget against actual spending of a year, per category."),
         {opt(QStringLiteral("year"), tr("The year, YYYY."), QStringLiteral("YYYY"))},
         {QStringLiteral("year")},
         budget},
        {QStringLiteral("score"),
         tr("A resident's credit score with its top reasons."),
         {opt(QStringLiteral("resident"), tr("The resident id (32 hex digits)."), QStringLiteral("R")),
          opt(QStringLiteral("explain"), tr("Show every component of the score and its points."))},
         {QStringLiteral("resident")},
         score},
    };
}

} // namespace courtyard::cli
