#include "app/views/views.h"

#include "contracts/billing.h"
#include "contracts/credit.h"
#include "contracts/lease.h"
#include "contracts/payments.h"
#include "contracts/repairs.h"
#include "contracts/units.h"
#include "core/base/hex.h"
#include "core/codec/cbor.h"
#include "core/ledger/transaction.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <map>
#include <set>

namespace courtyard::views {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::views", text);
}

Result<qint64> checkedAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) {
        return fail(ErrorCode::Overflow, tr("a total overflows"));
    }
    return sum;
}

bool isPaymentKind(const QString &kind)
{
    return kind == QLatin1String("payment.kiosk") || kind == QLatin1String("payment.cash") || kind == QLatin1String("payment.bank");
}

// The outbox entries in the given state, decoded; entries that do not decode are skipped (the
// outbox only holds what this device signed).
Result<std::vector<std::pair<store::OutboxEntry, ledger::Transaction>>> outboxTransactions(store::Store &store, store::OutboxState state,
                                                                                             const QString &kind)
{
    CY_TRY(const std::vector<store::OutboxEntry> entries, store.outbox(state));
    std::vector<std::pair<store::OutboxEntry, ledger::Transaction>> out;
    for (const store::OutboxEntry &entry : entries) {
        auto tx = ledger::Transaction::decode(entry.bytes);
        if (tx && tx->body().kind == kind) {
            out.emplace_back(entry, std::move(*tx));
        }
    }
    return out;
}

QString textOf(const cbor::Value &payload, const char *field)
{
    const cbor::Value *v = payload.find(QString::fromLatin1(field));
    return v && v->isText() ? v->asText() : QString();
}

} // namespace

// --- the ledger ---------------------------------------------------------------------------

Result<LedgerInfo> ledgerInfo(store::Store &store)
{
    CY_TRY(ledger::Genesis genesis, store.genesis());
    CY_TRY(const money::Currency currency, money::currencyByCode(genesis.currency));
    CY_TRY(const ledger::SealedBlock tip, store.tip());
    return LedgerInfo{std::move(genesis), currency, tip.header.height, tip.header.timeMs};
}

QString formatAmount(qint64 minor, const money::Currency &currency, const QLocale &locale)
{
    auto m = money::Money::fromMinor(minor, currency);
    return m ? m->formatWithCode(locale) : QString::number(minor);
}

// --- invoices and the account -------------------------------------------------------------

QString invoiceKindText(const QString &kind)
{
    if (kind == QLatin1String(contracts::kInvoiceRent)) {
        return tr("Rent");
    }
    if (kind == QLatin1String(contracts::kInvoiceFee)) {
        return tr("Property fee");
    }
    if (kind == QLatin1String(contracts::kInvoiceLateFee)) {
        return tr("Late fee");
    }
    if (kind == QLatin1String(contracts::kInvoiceDeposit)) {
        return tr("Deposit");
    }
    return kind;
}

QString invoiceWhat(const InvoiceLine &invoice, const QLocale &locale)
{
    const QDate month = QDate::fromString(invoice.period + QStringLiteral("-01"), Qt::ISODate);
    //: How a month and its year are written, in Qt's date format letters: "MMMM yyyy" gives
    //: "March 2027"; Chinese and Japanese write "yyyy年M月".
    const QString format = tr("MMMM yyyy");
    const QString monthText = month.isValid() ? locale.toString(month, format) : invoice.period;
    if (invoice.kind == QLatin1String(contracts::kInvoiceRent)) {
        //: %1 is a month and year, e.g. "March 2027"
        return tr("Rent for %1").arg(monthText);
    }
    if (invoice.kind == QLatin1String(contracts::kInvoiceFee)) {
        return tr("Property fee for %1").arg(monthText);
    }
    if (invoice.kind == QLatin1String(contracts::kInvoiceLateFee)) {
        return tr("Late fee charged in %1").arg(monthText);
    }
    if (invoice.kind == QLatin1String(contracts::kInvoiceDeposit)) {
        return tr("Deposit of the lease");
    }
    return QStringLiteral("%1 %2").arg(invoice.kind, invoice.period);
}

namespace {

Result<InvoiceLine> invoiceLine(const cbor::Value &value, const QByteArray &key)
{
    auto invoice = contracts::Invoice::fromCbor(value);
    if (!invoice) {
        return fail(invoice.error().prefixed(QString::fromUtf8(key)));
    }
    return InvoiceLine{invoice->id, invoice->unit, invoice->kind, invoice->period, invoice->issued, invoice->due, invoice->amount,
                       invoice->paid};
}

} // namespace

Result<std::vector<InvoiceLine>> invoices(const state::StateView &state, const QString &unit, bool openOnly)
{
    std::vector<InvoiceLine> lines;
    if (openOnly) {
        const QByteArray prefix = unit.isEmpty() ? QByteArray(contracts::kOpenInvoicePrefix) : contracts::openInvoicePrefix(unit);
        CY_TRY(const std::vector<QByteArray> keys, contracts::openInvoiceKeys(state, prefix));
        lines.reserve(keys.size());
        for (const QByteArray &key : keys) {
            CY_TRY(const std::optional<cbor::Value> value, state.get(key));
            if (!value) {
                return fail(ErrorCode::Integrity, tr("%1 is listed as open but is not there").arg(QString::fromUtf8(key)));
            }
            CY_TRY(InvoiceLine line, invoiceLine(*value, key));
            if (line.open() > 0) {
                lines.push_back(std::move(line));
            }
        }
        return lines;
    }
    const QByteArray prefix = unit.isEmpty() ? QByteArrayLiteral("invoice/") : contracts::invoicePrefix(unit);
    std::optional<Error> problem;
    CY_CHECK(state.scan(prefix, [&](const state::Key &key, const cbor::Value &value) {
        auto line = invoiceLine(value, QByteArray(key));
        if (!line) {
            problem = line.error();
            return false;
        }
        lines.push_back(std::move(*line));
        return true;
    }));
    if (problem) {
        return fail(*problem);
    }
    return lines;
}

namespace {

// The next day on or after `today` that a lease of the unit bills (its billing day; its first
// day when it starts later; never after its end), or nullopt when no lease of the unit bills again.
Result<std::optional<QDate>> nextBillingDay(const state::StateView &state, const QString &unit, QDate today)
{
    std::vector<QByteArray> ids;
    std::optional<Error> problem;
    CY_CHECK(state.scan(QByteArrayView("lease/"), [&](const state::Key &k, const cbor::Value &v) {
        if (k.size() != 6 + 2 * contracts::kLeaseIdSize) {
            return true; // a version under a head
        }
        auto head = contracts::LeaseHead::fromCbor(v);
        if (!head) {
            problem = head.error().prefixed(QString::fromUtf8(k));
            return false;
        }
        if (head->unit == unit && !head->terminated) {
            ids.push_back(QByteArray::fromHex(QByteArray(k).mid(6)));
        }
        return true;
    }));
    if (problem) {
        return fail(*problem);
    }
    std::optional<QDate> next;
    for (const QByteArray &id : ids) {
        auto lease = contracts::readLease(state, id);
        if (!lease) {
            return fail(ErrorCode::Integrity, lease.error().message);
        }
        if (!*lease) {
            continue;
        }
        const contracts::LeaseHead &head = (*lease)->head;
        const int billingDay = (*lease)->current().billingDay;
        const QDate from = std::max(today, head.start);
        for (int m = 0; m < 2; ++m) {
            const QDate month = QDate(from.year(), from.month(), 1).addMonths(m);
            const QDate day = std::max(contracts::dayInMonth(month, billingDay), std::max(head.start, month));
            if (day < from) {
                continue;
            }
            if (head.end && day > *head.end) {
                break;
            }
            if (!next || day < *next) {
                next = day;
            }
            break;
        }
    }
    return next;
}

} // namespace

Result<AccountSummary> accountSummary(const state::StateView &state, const ledger::Genesis &genesis, const QString &unit, quint64 nowMs)
{
    CY_TRY(const std::optional<cbor::Value> unitRecord, state.get(contracts::unitKey(unit)));
    if (!unitRecord) {
        return fail(ErrorCode::NotFound, tr("there is no unit '%1' in this ledger").arg(unit));
    }
    AccountSummary summary;
    summary.unit = unit;
    summary.today = genesis.localDate(nowMs);
    CY_TRY(summary.invoices, invoices(state, unit, /*openOnly=*/true));
    for (const InvoiceLine &invoice : summary.invoices) {
        CY_TRY(summary.dueNow, checkedAdd(summary.dueNow, invoice.open()));
        if (invoice.due < summary.today) {
            CY_TRY(summary.overdue, checkedAdd(summary.overdue, invoice.open()));
        }
        if (invoice.due >= summary.today && (!summary.nextDue || invoice.due < *summary.nextDue)) {
            summary.nextDue = invoice.due;
        }
    }
    if (!summary.nextDue) {
        CY_TRY(summary.nextDue, nextBillingDay(state, unit, summary.today));
    }
    CY_TRY(const std::optional<cbor::Value> prepaid, state.get(contracts::prepaidKey(unit)));
    if (prepaid) {
        CY_TRY(const cbor::Record r, cbor::Record::from(*prepaid, QStringLiteral("prepaid credit")));
        CY_TRY(summary.credit, r.int64(u"amount"));
    }
    return summary;
}

// --- payments -----------------------------------------------------------------------------

QString paymentStatusText(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Pending:
        return tr("pending");
    case PaymentStatus::Confirmed:
        return tr("confirmed");
    case PaymentStatus::Rejected:
        return tr("rejected");
    case PaymentStatus::Reversed:
        return tr("reversed");
    }
    return QString();
}

QString paymentMethodText(const QString &kind)
{
    if (kind == QLatin1String("payment.kiosk")) {
        return tr("Card at the kiosk");
    }
    if (kind == QLatin1String("payment.cash")) {
        return tr("Cash");
    }
    if (kind == QLatin1String("payment.bank")) {
        return tr("Bank transfer");
    }
    return kind;
}

Result<std::vector<PaymentLine>> payments(store::Store &store, const QString &unit, int limit)
{
    std::vector<PaymentLine> lines;
    // Sealed: every payment posts to the unit's receivable (what it settled) or its prepaid
    // credit (the rest), so the two accounts' postings name every payment of the unit.
    CY_TRY(const std::vector<store::AccountPosting> postings,
           store.accountPostings({QStringLiteral("Assets:Receivable:") + unit, QStringLiteral("Liabilities:Prepaid:") + unit}));
    std::set<QByteArray> seen;
    for (auto it = postings.rbegin(); it != postings.rend(); ++it) {
        if (!isPaymentKind(it->kind) || !seen.insert(it->transactionId).second) {
            continue;
        }
        CY_TRY(const crypto::Digest id, crypto::digestFromBytes(it->transactionId));
        CY_TRY(const std::optional<cbor::Value> record, store.state().get(contracts::paymentKey(id)));
        if (!record) {
            return fail(ErrorCode::Integrity, tr("payment %1 has postings but no record").arg(toHex(it->transactionId)));
        }
        CY_TRY(const cbor::Record r, cbor::Record::from(*record, QStringLiteral("payment")));
        PaymentLine line;
        line.txId = it->transactionId;
        line.unit = unit;
        line.kind = it->kind;
        CY_TRY(line.amount, r.int64(u"amount"));
        CY_TRY(line.atMs, r.uint(u"at"));
        CY_TRY(const bool reversed, r.boolean(u"reversed"));
        line.height = it->blockHeight;
        line.status = reversed ? PaymentStatus::Reversed : PaymentStatus::Confirmed;
        lines.push_back(std::move(line));
    }
    // This device's own, not sealed yet (or refused).
    for (const store::OutboxState state : {store::OutboxState::Pending, store::OutboxState::Rejected}) {
        CY_TRY(const auto entries, outboxTransactions(store, state, QStringLiteral("payment.kiosk")));
        for (const auto &[entry, tx] : entries) {
            const cbor::Value &payload = tx.body().payload;
            if (textOf(payload, "unit") != unit) {
                continue;
            }
            PaymentLine line;
            line.txId = crypto::toByteArray(entry.id);
            line.unit = unit;
            line.kind = tx.body().kind;
            if (const cbor::Value *amount = payload.find(u"amount")) {
                line.amount = amount->toInt64().value_or(0);
            }
            line.reference = textOf(payload, "reference");
            line.atMs = entry.createdMs;
            line.status = state == store::OutboxState::Pending ? PaymentStatus::Pending : PaymentStatus::Rejected;
            line.reason = entry.reason;
            lines.push_back(std::move(line));
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [](const PaymentLine &a, const PaymentLine &b) { return a.atMs > b.atMs; });
    if (limit > 0 && lines.size() > std::size_t(limit)) {
        lines.resize(std::size_t(limit));
    }
    return lines;
}

// --- repairs ------------------------------------------------------------------------------

std::optional<qint64> RepairLine::firstAt(const QString &eventStatus) const
{
    for (const RepairEvent &e : events) {
        if (e.status == eventStatus) {
            return e.atMs;
        }
    }
    return std::nullopt;
}

QStringList repairStatuses()
{
    return {QStringLiteral("requested"), QStringLiteral("quoted"),    QStringLiteral("approved"), QStringLiteral("started"),
            QStringLiteral("completed"), QStringLiteral("confirmed"), QStringLiteral("rejected")};
}

QString repairStatusText(const QString &status)
{
    if (status == QLatin1String("requested")) {
        return tr("Requested");
    }
    if (status == QLatin1String("quoted")) {
        return tr("Quote received");
    }
    if (status == QLatin1String("approved")) {
        return tr("Approved");
    }
    if (status == QLatin1String("started")) {
        return tr("Work started");
    }
    if (status == QLatin1String("completed")) {
        return tr("Work completed");
    }
    if (status == QLatin1String("confirmed")) {
        return tr("Done");
    }
    if (status == QLatin1String("rejected")) {
        return tr("Declined");
    }
    if (status == QLatin1String("sending")) {
        return tr("Sending");
    }
    return status;
}

QString repairUrgencyText(const QString &urgency)
{
    if (urgency == QLatin1String("low")) {
        return tr("Low");
    }
    if (urgency == QLatin1String("normal")) {
        return tr("Normal");
    }
    if (urgency == QLatin1String("urgent")) {
        return tr("Urgent");
    }
    return urgency;
}

QString repairCategoryText(const QString &category)
{
    if (category == QLatin1String("plumbing")) {
        return tr("Plumbing");
    }
    if (category == QLatin1String("electrical")) {
        return tr("Electrical");
    }
    if (category == QLatin1String("elevator")) {
        return tr("Elevator");
    }
    if (category == QLatin1String("roof")) {
        return tr("Roof");
    }
    if (category == QLatin1String("doors-and-locks")) {
        return tr("Doors and locks");
    }
    if (category == QLatin1String("common-area")) {
        return tr("Common area");
    }
    if (category == QLatin1String("other")) {
        return tr("Other");
    }
    return category;
}

namespace {

int ageInDays(qint64 fromMs, qint64 nowMs)
{
    return nowMs > fromMs ? int((nowMs - fromMs) / (24 * 3600 * 1000)) : 0;
}

bool matches(const RepairFilter &filter, const QString &unit, const QByteArray &resident, const QString &status)
{
    return (filter.unit.isEmpty() || filter.unit == unit) && (filter.resident.isEmpty() || filter.resident == resident) &&
           (filter.status.isEmpty() || filter.status == status);
}

Result<std::optional<qint64>> amountOf(const cbor::Record &r, const char16_t *field)
{
    if (!r.has(field)) {
        return std::optional<qint64>();
    }
    CY_TRY(const cbor::Value *v, r.value(field));
    CY_TRY(const cbor::Record fr, cbor::Record::from(*v, QString::fromUtf16(field)));
    CY_TRY(const qint64 amount, fr.int64(u"amount"));
    return std::optional<qint64>(amount);
}

} // namespace

Result<std::vector<RepairLine>> repairs(const state::StateView &state, const RepairFilter &filter, qint64 nowMs)
{
    std::vector<RepairLine> lines;
    std::optional<Error> problem;
    const auto read = [&](const QByteArray &key, const cbor::Value &value) -> Result<void> {
        CY_TRY(const cbor::Record r, cbor::Record::from(value, QString::fromUtf8(key)));
        RepairLine line;
        if (r.has(u"unit")) {
            CY_TRY(line.unit, r.text(u"unit"));
        }
        if (r.has(u"resident")) {
            CY_TRY(line.resident, r.bytes(u"resident"));
        }
        CY_TRY(line.status, r.text(u"status"));
        if (!matches(filter, line.unit, line.resident, line.status)) {
            return {};
        }
        CY_TRY(line.id, fromHex(QString::fromLatin1(key.mid(int(qstrlen("repair/")))), contracts::kRepairIdSize));
        CY_TRY(line.category, r.text(u"category"));
        CY_TRY(line.urgency, r.text(u"urgency"));
        CY_TRY(line.description, r.text(u"description"));
        if (r.has(u"location")) {
            CY_TRY(line.location, r.text(u"location"));
        }
        if (r.has(u"reason")) {
            CY_TRY(line.reason, r.text(u"reason"));
        }
        CY_TRY(const cbor::Array *events, r.array(u"events"));
        for (const cbor::Value &e : *events) {
            CY_TRY(const cbor::Record er, cbor::Record::from(e, QString::fromUtf8(key) + QStringLiteral(" event")));
            RepairEvent event;
            CY_TRY(event.status, er.text(u"status"));
            CY_TRY(event.atMs, er.int64(u"at"));
            line.events.push_back(std::move(event));
        }
        const std::optional<qint64> requested = line.firstAt(QStringLiteral("requested"));
        if (!requested) {
            return fail(ErrorCode::Integrity, tr("%1 has no request event").arg(QString::fromUtf8(key)));
        }
        line.requestedMs = *requested;
        line.ageDays = ageInDays(*requested, nowMs);
        CY_TRY(line.approvedAmount, amountOf(r, u"approved"));
        CY_TRY(line.paidAmount, amountOf(r, u"paid"));
        lines.push_back(std::move(line));
        return {};
    };
    CY_CHECK(state.scan(QByteArrayLiteral("repair/"), [&](const state::Key &key, const cbor::Value &value) {
        auto done = read(QByteArray(key), value);
        if (!done) {
            problem = done.error();
            return false;
        }
        return true;
    }));
    if (problem) {
        return fail(*problem);
    }
    return lines;
}

Result<std::vector<RepairLine>> pendingRepairs(store::Store &store, const RepairFilter &filter, qint64 nowMs)
{
    std::vector<RepairLine> lines;
    if (!filter.status.isEmpty() && filter.status != QLatin1String("sending")) {
        return lines;
    }
    CY_TRY(const auto entries, outboxTransactions(store, store::OutboxState::Pending, QStringLiteral("repair.request")));
    for (const auto &[entry, tx] : entries) {
        const cbor::Value &payload = tx.body().payload;
        RepairLine line;
        line.unit = textOf(payload, "unit");
        if (const cbor::Value *r = payload.find(u"resident"); r && r->isBytes()) {
            line.resident = r->asBytes();
        }
        if (!matches(RepairFilter{filter.unit, filter.resident, QString()}, line.unit, line.resident, QString())) {
            continue;
        }
        if (const cbor::Value *id = payload.find(u"id"); id && id->isBytes()) {
            line.id = id->asBytes();
        }
        line.category = textOf(payload, "category");
        line.location = textOf(payload, "location");
        line.description = textOf(payload, "description");
        line.urgency = textOf(payload, "urgency");
        line.status = QStringLiteral("sending");
        line.pending = true;
        line.requestedMs = qint64(entry.createdMs);
        line.ageDays = ageInDays(line.requestedMs, nowMs);
        line.events.push_back(RepairEvent{QStringLiteral("requested"), line.requestedMs});
        lines.push_back(std::move(line));
    }
    return lines;
}

// --- credit score -------------------------------------------------------------------------

Result<std::optional<CreditScoreView>> creditScore(const state::StateView &state, const QByteArray &resident)
{
    CY_TRY(const std::optional<cbor::Value> residentRecord, state.get(contracts::residentKey(resident)));
    if (!residentRecord) {
        return fail(ErrorCode::NotFound, tr("there is no resident %1 in this ledger").arg(toHex(resident)));
    }
    CY_TRY(const std::optional<cbor::Value> record, state.get(contracts::scoreKey(resident)));
    if (!record) {
        return std::optional<CreditScoreView>();
    }
    CY_TRY(const cbor::Record r, cbor::Record::from(*record, QStringLiteral("score")));
    CreditScoreView view;
    CY_TRY(const qint64 value, r.int64(u"score"));
    view.score = int(value);
    CY_TRY(view.period, r.text(u"period"));
    CY_TRY(const cbor::Array *reasons, r.array(u"reasons"));
    for (const cbor::Value &reason : *reasons) {
        if (!reason.isText()) {
            return fail(ErrorCode::Integrity, tr("the score of %1 has a reason that is not text").arg(toHex(resident)));
        }
        view.reasons.push_back(CreditReason{reason.asText(), contracts::creditReasonText(reason.asText())});
    }
    CY_TRY(const cbor::Value *components, r.value(u"components"));
    view.components = *components;
    if (r.has(u"previous")) {
        CY_TRY(const cbor::Value *previous, r.value(u"previous"));
        if (const cbor::Value *p = previous->find(u"score")) {
            if (auto i = p->toInt64()) {
                view.previous = int(*i);
            }
        }
    }
    return std::optional<CreditScoreView>(std::move(view));
}

} // namespace courtyard::views
