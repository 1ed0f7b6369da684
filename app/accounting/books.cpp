#include "app/accounting/books.h"

#include "contracts/payments.h"
#include "contracts/units.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <set>

namespace courtyard::accounting {

namespace {

// "1234.50" at the currency's exponent, or "-1234.50"; the plain number when out of range.
QString plainAmount(qint64 minor, const QString &currencyCode)
{
    auto currency = money::currencyByCode(currencyCode);
    if (currency) {
        if (auto m = money::Money::fromMinor(minor, *currency)) {
            return m->toPlainString();
        }
    }
    return QString::number(minor);
}

// The unit a transaction is about, from its postings' accounts ("Assets:Receivable:12-0301").
QString unitOfAccounts(const QStringList &accounts)
{
    for (const QString &account : accounts) {
        for (const char *prefix : {"Assets:Receivable:", "Liabilities:Prepaid:", "Liabilities:Deposits:", "Liabilities:Payable:Refunds:"}) {
            if (account.startsWith(QLatin1String(prefix))) {
                return account.mid(qsizetype(qstrlen(prefix)));
            }
        }
    }
    return {};
}

} // namespace

// --- bank import ----------------------------------------------------------------------------

Result<LedgerFacts> ledgerFacts(const state::StateView &state, const ledger::Genesis &genesis)
{
    LedgerFacts facts;
    facts.genesis = genesis;
    CY_TRY(facts.currency, money::currencyByCode(genesis.currency));
    CY_CHECK(state.scan(QByteArrayView("unit/"), [&](const state::Key &key, const cbor::Value &) {
        facts.units << QString::fromUtf8(key.mid(5));
        return true;
    }));
    CY_TRY(facts.openInvoices, views::invoices(state, QString(), /*openOnly=*/true));
    return facts;
}

Result<state::StateDelta> outboxDelta(store::Store &store, const contracts::Engine &engine)
{
    CY_TRY(const std::vector<store::OutboxEntry> waiting, store.outbox(store::OutboxState::Pending));
    state::StateDelta pending;
    if (waiting.empty()) {
        return pending;
    }
    CY_TRY(quint64 blockTime, store.nextBlockTime(0));
    for (const store::OutboxEntry &entry : waiting) {
        auto tx = ledger::Transaction::decode(entry.bytes);
        if (!tx) {
            continue;
        }
        blockTime = std::max(blockTime, entry.createdMs);
        const state::OverlayView view(store.state(), pending);
        auto effects = engine.apply(view, *tx, blockTime, contracts::Engine::Signatures::AlreadyVerified);
        if (effects) {
            pending.merge(effects->delta);
        }
    }
    return pending;
}

Result<QByteArray> postedBy(const state::StateView &state, const QString &reference)
{
    if (reference.isEmpty()) {
        return QByteArray();
    }
    CY_TRY(const std::optional<cbor::Value> record, state.get(contracts::bankReferenceKey(reference)));
    if (!record) {
        return QByteArray();
    }
    const cbor::Value *payment = record->find(u"payment");
    if (!payment || !payment->isBytes()) {
        return fail(ErrorCode::Integrity, QCoreApplication::translate("courtyard::accounting", "the record of bank reference %1 is damaged").arg(reference));
    }
    return payment->asBytes();
}

MatchInput matchInput(const LedgerFacts &facts, const state::StateView &state, const PayerMemory *payers, const Directory *directory)
{
    MatchInput input;
    input.currency = facts.currency.code;
    input.openInvoices = &facts.openInvoices;
    input.units = facts.units;
    input.payers = payers;
    input.directory = directory;
    input.postedBy = [&state](const QString &reference) { return postedBy(state, reference); };
    return input;
}

Result<cbor::Value> bankPaymentPayload(const BankLine &line, const Candidate &candidate)
{
    if (line.amount <= 0) {
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::accounting", "line %1 is money out, not a payment").arg(line.number));
    }
    if (line.reference.isEmpty() || line.reference.size() > contracts::kMaxPaymentReferenceLength) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("courtyard::accounting", "line %1: the bank's reference '%2' is not 1 to %3 characters").arg(line.number).arg(line.reference).arg(contracts::kMaxPaymentReferenceLength));
    }
    if (candidate.unit.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::accounting", "line %1: choose the unit it pays for").arg(line.number));
    }
    cbor::Map map{{cbor::Value::fromText(QStringLiteral("unit")), cbor::Value::fromText(candidate.unit)},
                  {cbor::Value::fromText(QStringLiteral("amount")), cbor::Value::fromInt(line.amount)},
                  {cbor::Value::fromText(QStringLiteral("reference")), cbor::Value::fromText(line.reference)}};
    if (candidate.invoicesNamed && !candidate.invoices.empty()) {
        cbor::Array ids;
        for (const views::InvoiceLine &invoice : candidate.invoices) {
            ids.push_back(cbor::Value::fromText(QString::fromLatin1(invoice.id.toHex())));
        }
        map.emplace_back(cbor::Value::fromText(QStringLiteral("invoices")), cbor::Value::fromArray(std::move(ids)));
    }
    return cbor::Value::fromMap(std::move(map));
}

// --- journal --------------------------------------------------------------------------------

QString kindInWords(const QString &kind)
{
    static const std::map<QString, QString> words = {
        {QStringLiteral("payment.kiosk"), QStringLiteral("Card payment at the kiosk")},
        {QStringLiteral("payment.cash"), QStringLiteral("Cash payment")},
        {QStringLiteral("payment.bank"), QStringLiteral("Bank transfer")},
        {QStringLiteral("payment.refund"), QStringLiteral("Prepaid credit refunded")},
        {QStringLiteral("payment.deposit-refund"), QStringLiteral("Deposit refund paid out")},
        {QStringLiteral("payment.reverse"), QStringLiteral("Payment reversed")},
        {QStringLiteral("billing.close-period"), QStringLiteral("Period close: invoices issued")},
        {QStringLiteral("lease.create"), QStringLiteral("Lease signed: deposit invoiced")},
        {QStringLiteral("lease.amend"), QStringLiteral("Lease amended")},
        {QStringLiteral("lease.renew"), QStringLiteral("Lease renewed")},
        {QStringLiteral("lease.terminate"), QStringLiteral("Lease ended: deposit settled")},
        {QStringLiteral("repair.pay"), QStringLiteral("Repair paid to the vendor")},
        {QStringLiteral("expense.record"), QStringLiteral("Expense")},
        {QStringLiteral("expense.transfer"), QStringLiteral("Fund transfer")},
        {QStringLiteral("fund.transfer"), QStringLiteral("Fund transfer")},
    };
    const auto it = words.find(kind);
    if (it != words.end()) {
        return it->second;
    }
    // Unknown kinds in words of their own: "repair.pay-vendor" -> "Repair pay vendor".
    QString text = kind;
    text.replace(QLatin1Char('.'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

Result<JournalSummary> writeJournal(store::Store &store, QIODevice &out, const JournalOptions &options)
{
    if (options.from && options.to && *options.to < *options.from) {
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::accounting", "the period ends (%1) before it starts (%2)")
                                                    .arg(options.to->toString(Qt::ISODate), options.from->toString(Qt::ISODate)));
    }
    CY_TRY(const ledger::Genesis genesis, store.genesis());
    CY_TRY(const std::vector<store::AccountTotalsRow> totals, store.accountTotals());
    QStringList accounts;
    QStringList currencies;
    for (const store::AccountTotalsRow &row : totals) {
        if (!accounts.contains(row.account)) {
            accounts << row.account;
        }
        if (!currencies.contains(row.currency)) {
            currencies << row.currency;
        }
    }
    CY_TRY(const std::vector<store::AccountPosting> postings, store.accountPostings(accounts));

    QTextStream text(&out);
    text.setEncoding(QStringConverter::Utf8);
    const bool hledger = options.format == JournalFormat::Hledger;
    text << "; " << genesis.name << " - the community's ledger as a " << (hledger ? "hledger" : "ledger") << " journal\n";
    text << "; written by courtyard export journal; every posting of the ledger";
    if (options.from || options.to) {
        text << " dated " << (options.from ? options.from->toString(Qt::ISODate) : QStringLiteral("...")) << " to "
             << (options.to ? options.to->toString(Qt::ISODate) : QStringLiteral("..."));
    }
    text << ".\n; Each entry's code is the transaction's log index; its id follows as a comment.\n\n";
    for (const QString &code : currencies) {
        const int exponent = money::currencyByCode(code).map([](const money::Currency &c) { return c.exponent; }).value_or(2);
        const QString sample = exponent > 0 ? QStringLiteral("1000.") + QString(exponent, QLatin1Char('0')) : QStringLiteral("1000");
        if (hledger) {
            text << "commodity " << sample << ' ' << code << "\n";
        } else {
            text << "commodity " << code << "\n    format " << sample << ' ' << code << "\n";
        }
    }
    text << "\n";
    for (const QString &account : accounts) {
        text << "account " << account << "\n";
    }
    text << "\n";

    JournalSummary summary;
    summary.accounts = accounts;
    std::map<quint64, quint64> timeOfBlock;
    std::size_t i = 0;
    while (i < postings.size()) {
        std::size_t j = i;
        while (j < postings.size() && postings[j].posting.logIndex == postings[i].posting.logIndex) {
            ++j;
        }
        const store::AccountPosting &first = postings[i];
        auto known = timeOfBlock.find(first.blockHeight);
        if (known == timeOfBlock.end()) {
            CY_TRY(const quint64 ms, store.blockTime(first.blockHeight));
            known = timeOfBlock.emplace(first.blockHeight, ms).first;
        }
        const QDate day = genesis.localDate(known->second);
        if ((options.from && day < *options.from) || (options.to && day > *options.to)) {
            i = j;
            continue;
        }
        QStringList touched;
        for (std::size_t k = i; k < j; ++k) {
            touched << postings[k].posting.account;
        }
        QString payee = kindInWords(first.kind);
        const QString unit = unitOfAccounts(touched);
        if (!unit.isEmpty()) {
            payee += QStringLiteral(" - unit ") + unit;
        }
        // ledger reads "YYYY/MM/DD"; hledger reads both.
        const QString date = hledger ? day.toString(Qt::ISODate) : day.toString(QStringLiteral("yyyy/MM/dd"));
        text << date << " * (" << first.posting.logIndex << ") " << payee << "\n";
        text << "    ; tx: " << first.transactionId.toHex() << ", kind " << first.kind << ", block " << first.blockHeight << "\n";
        for (std::size_t k = i; k < j; ++k) {
            const store::PostingRow &p = postings[k].posting;
            const QString amount = plainAmount(p.amount, p.currency) + QLatin1Char(' ') + p.currency;
            // Two spaces at least between account and amount; amounts aligned at column 60.
            text << "    " << p.account.leftJustified(52) << "  " << amount.rightJustified(24) << "\n";
            ++summary.postings;
        }
        text << "\n";
        ++summary.transactions;
        i = j;
    }
    text.flush();
    if (text.status() != QTextStream::Ok) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::accounting", "cannot write the journal"));
    }
    return summary;
}

// --- arrears --------------------------------------------------------------------------------

void AgeBuckets::add(int daysOverdue, qint64 amount)
{
    if (daysOverdue <= 30) {
        days1to30 += amount;
    } else if (daysOverdue <= 60) {
        days31to60 += amount;
    } else if (daysOverdue <= 90) {
        days61to90 += amount;
    } else {
        over90 += amount;
    }
}

namespace {

Result<ArrearsReport> arrearsOf(const state::StateView &state, const std::vector<views::InvoiceLine> &open, const QDate &asOf);

} // namespace

Result<ArrearsReport> arrears(const state::StateView &state, const QDate &asOf)
{
    CY_TRY(const std::vector<views::InvoiceLine> open, views::invoices(state, QString(), /*openOnly=*/true));
    return arrearsOf(state, open, asOf);
}

Result<ArrearsReport> arrearsAtEndOf(store::Store &store, const QDate &day)
{
    CY_TRY(const ledger::Genesis genesis, store.genesis());
    const state::StateView &state = store.state();
    CY_TRY(std::vector<views::InvoiceLine> all, views::invoices(state, QString(), /*openOnly=*/false));
    // What each invoice (by its id in hex, the last part of its key) was paid after `day`.
    std::map<QByteArray, qint64> paidAfter;
    const auto dayOfTx = [&](const QByteArray &id) -> Result<QDate> {
        if (id.size() != qsizetype(crypto::kDigestSize)) {
            return fail(ErrorCode::Integrity, QCoreApplication::translate("courtyard::accounting", "a payment record names a reversal that is not a transaction id"));
        }
        ledger::TxId txId{};
        std::transform(id.begin(), id.end(), txId.begin(), [](char c) { return quint8(c); });
        CY_TRY(const store::Store::TransactionLocation where, store.findTransaction(txId));
        CY_TRY(const quint64 ms, store.blockTime(where.blockHeight));
        return genesis.localDate(ms);
    };
    std::optional<Error> problem;
    CY_CHECK(state.scan(QByteArrayView("payment/"), [&](const state::Key &key, const cbor::Value &value) {
        const cbor::Value *at = value.find(u"at");
        const cbor::Value *allocations = value.find(u"allocations");
        const cbor::Value *reversed = value.find(u"reversed");
        if (!at || !at->toUInt64() || !allocations || !allocations->isArray() || !reversed || !reversed->isBool()) {
            problem = Error{ErrorCode::Integrity, QCoreApplication::translate("courtyard::accounting", "the payment record %1 is damaged").arg(QString::fromUtf8(key))};
            return false;
        }
        // Paid after the day and still standing: not paid at its end. Paid by then and reversed
        // after it: it still counted then (its reversal undid it later). A payment reversed by
        // then, or paid after and reversed since, changes nothing at the end of the day.
        const bool paidAfterDay = day < genesis.localDate(*at->toUInt64());
        bool standingAtEnd = !paidAfterDay;
        bool standingNow = !reversed->asBool();
        if (reversed->asBool() && !paidAfterDay) {
            const cbor::Value *reversal = value.find(u"reversal");
            if (!reversal || !reversal->isBytes()) {
                problem = Error{ErrorCode::Integrity, QCoreApplication::translate("courtyard::accounting", "the payment record %1 is damaged").arg(QString::fromUtf8(key))};
                return false;
            }
            auto reversedOn = dayOfTx(reversal->asBytes());
            if (!reversedOn) {
                problem = reversedOn.error();
                return false;
            }
            standingAtEnd = day < *reversedOn;
        }
        if (standingAtEnd == standingNow) {
            return true;
        }
        for (const cbor::Value &entry : allocations->asArray()) {
            if (!entry.isArray() || entry.asArray().size() != 2 || !entry.asArray()[0].isBytes()) {
                problem = Error{ErrorCode::Integrity, QCoreApplication::translate("courtyard::accounting", "the payment record %1 is damaged").arg(QString::fromUtf8(key))};
                return false;
            }
            const QByteArray invoiceKey = entry.asArray()[0].asBytes();
            const auto part = entry.asArray()[1].toInt64();
            if (!part) {
                problem = Error{ErrorCode::Integrity, QCoreApplication::translate("courtyard::accounting", "the payment record %1 is damaged").arg(QString::fromUtf8(key))};
                return false;
            }
            // Now paid but not then: add back what it paid. Paid then, reversed since: take it.
            paidAfter[invoiceKey.mid(invoiceKey.lastIndexOf('/') + 1)] += standingNow ? *part : -*part;
        }
        return true;
    }));
    if (problem) {
        return fail(*problem);
    }
    std::vector<views::InvoiceLine> open;
    for (views::InvoiceLine &invoice : all) {
        if (day < invoice.issued) {
            continue; // not written yet at the end of the day
        }
        const auto it = paidAfter.find(invoice.id.toHex());
        if (it != paidAfter.end()) {
            invoice.paid -= it->second;
        }
        if (invoice.open() > 0) {
            open.push_back(std::move(invoice));
        }
    }
    return arrearsOf(state, open, day.addDays(1));
}

namespace {

Result<ArrearsReport> arrearsOf(const state::StateView &state, const std::vector<views::InvoiceLine> &open, const QDate &asOf)
{
    ArrearsReport report;
    report.asOf = asOf;
    std::map<QString, UnitArrears> byUnit;
    for (const views::InvoiceLine &invoice : open) {
        if (!(invoice.due < asOf) || invoice.open() <= 0) {
            continue;
        }
        UnitArrears &u = byUnit[invoice.unit];
        u.unit = invoice.unit;
        const int days = int(invoice.due.daysTo(asOf));
        if (!u.since.isValid() || invoice.due < u.since) {
            u.since = invoice.due;
            u.oldestDays = days;
        }
        u.owed += invoice.open();
        u.buckets.add(days, invoice.open());
        report.buckets.add(days, invoice.open());
        u.invoices.push_back(invoice);
    }
    for (auto &entry : byUnit) {
        const QString &unit = entry.first;
        UnitArrears &u = entry.second; // not a structured binding: clang 14 cannot capture those
        std::sort(u.invoices.begin(), u.invoices.end(), [](const views::InvoiceLine &a, const views::InvoiceLine &b) {
            return a.due != b.due ? a.due < b.due : a.id < b.id;
        });
        const QByteArray prefix = QByteArray("occupancy/") + unit.toUtf8() + '/';
        CY_CHECK(state.scan(prefix, [&u, &prefix](const state::Key &key, const cbor::Value &) {
            u.residents.push_back(QByteArray::fromHex(key.mid(prefix.size())));
            return true;
        }));
        report.units.push_back(std::move(u));
    }
    return report;
}

} // namespace

// --- financial report -----------------------------------------------------------------------

Result<FinancialFigures> financialFigures(store::Store &store, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::accounting", "the report's period must start on or before its end"));
    }
    FinancialFigures f;
    f.from = from;
    f.to = to;
    CY_TRY(const ledger::Genesis genesis, store.genesis());
    f.community = genesis.name;
    CY_TRY(f.currency, money::currencyByCode(genesis.currency));
    CY_TRY(const std::vector<store::AccountTotalsRow> totals, store.accountTotals());
    QStringList accounts;
    for (const store::AccountTotalsRow &row : totals) {
        const QString &a = row.account;
        if ((a.startsWith(QLatin1String("Income:")) || a.startsWith(QLatin1String("Expenses:")) || a.startsWith(QLatin1String("Equity:")) ||
             a == QLatin1String("Assets:Bank") || a == QLatin1String("Assets:Cash") || a == QLatin1String("Assets:CardClearing")) &&
            !accounts.contains(a)) {
            accounts << a;
        }
    }
    CY_TRY(const std::vector<store::AccountPosting> postings, store.accountPostings(accounts));
    std::map<quint64, QDate> dayOfBlock;
    std::set<quint64> inPeriod;
    for (const store::AccountPosting &ap : postings) {
        auto known = dayOfBlock.find(ap.blockHeight);
        if (known == dayOfBlock.end()) {
            CY_TRY(const quint64 ms, store.blockTime(ap.blockHeight));
            known = dayOfBlock.emplace(ap.blockHeight, genesis.localDate(ms)).first;
        }
        const QDate day = known->second;
        const store::PostingRow &p = ap.posting;
        if (p.currency != f.currency.code || day > to) {
            continue;
        }
        const bool during = !(day < from);
        if (during) {
            inPeriod.insert(p.logIndex);
        }
        if (p.account.startsWith(QLatin1String("Income:"))) {
            if (during) {
                f.incomeByAccount[p.account] -= p.amount; // credits are income
                f.income -= p.amount;
            }
        } else if (p.account.startsWith(QLatin1String("Expenses:"))) {
            if (during) {
                f.expensesByAccount[p.account] += p.amount;
                f.expenses += p.amount;
            }
        } else {
            // Funds are credit balances (shown positive); cash and bank debit balances.
            auto &balances = p.account.startsWith(QLatin1String("Equity:")) ? f.funds[p.account] : f.cash[p.account];
            const qint64 signedAmount = p.account.startsWith(QLatin1String("Equity:")) ? -p.amount : p.amount;
            if (!during) {
                balances.first += signedAmount;
            }
            balances.second += signedAmount;
        }
    }
    f.transactions = inPeriod.size();
    CY_TRY(f.arrears, arrearsAtEndOf(store, to));
    return f;
}

} // namespace courtyard::accounting
