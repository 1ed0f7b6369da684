// contracts/billing: invoices, the community's property-fee rule and the monthly period close.
//
// billing.close-period turns a month ("2027-01") into invoices: the rent of every lease that
// covers a day of it (prorated for partial months, escalated on anniversaries), the property fee
// of every unit, and one late fee per overdue invoice. Periods close once each and in order.
// billing.set-fee-rule (committee quorum) sets the property fee: per m² of floor area or fixed
// per unit. Invoices are state records that the payments contract updates ("paid"); their exact
// format is in docs/contracts.md.
//
// Beside each open invoice (paid < amount) the state holds an index entry
// "billing/open/<unit>/<due>/<id hex>" = {}, written and removed with the invoice by every
// contract through putInvoice. The close, prepaid credit, payments and the credit score read the
// open invoices from it, so their work follows what is open, not every invoice ever issued.
//
// Errors: Rejections with the stable codes listed in docs/contracts.md.
// Thread-safety: the contracts are immutable; the helpers are reentrant.
#pragma once

#include "contracts/engine.h"
#include "core/codec/cbor.h"

#include <QDate>

#include <optional>

namespace courtyard::contracts {

inline constexpr qsizetype kInvoiceIdSize = 16;

// Invoice kinds.
inline constexpr char kInvoiceRent[] = "rent";
inline constexpr char kInvoiceFee[] = "fee";
inline constexpr char kInvoiceLateFee[] = "late-fee";
inline constexpr char kInvoiceDeposit[] = "deposit";

struct Invoice {
    QByteArray id; // 16 bytes
    QString unit;
    QString kind;
    QString period; // "YYYY-MM"
    QByteArray lease; // empty when the invoice belongs to no lease (property fees)
    QDate issued;
    QDate due;
    qint64 amount = 0;
    qint64 paid = 0;

    cbor::Value toCbor() const;
    static Result<Invoice> fromCbor(const cbor::Value &value);
};

// "invoice/<unit>/<due YYYY-MM-DD>/<32 hex>": a scan of "invoice/<unit>/" is oldest-due first.
QByteArray invoiceKey(const Invoice &invoice);
// The invoice id: the first 16 bytes of SHA-256("courtyard-invoice" 0 kind 0 period 0 unit 0 ref),
// where ref is the lease id (rent, deposit), the overdue invoice's id (late fee) or empty (fee).
QByteArray invoiceId(const QString &kind, const QString &period, const QString &unit, const QByteArray &ref);
// The invoice's state entry and its postings: debit Assets:Receivable:<unit>, credit the
// income (or, for a deposit, Liabilities:Deposits:<unit>).
void addInvoice(Effects &effects, const Invoice &invoice, const money::Currency &currency);

// The open-invoice index: "billing/open/" + the invoice key without its "invoice/".
inline constexpr char kOpenInvoicePrefix[] = "billing/open/";
QByteArray openInvoiceKey(QByteArrayView invoiceKey);
QByteArray openInvoicePrefix(const QString &unit); // "billing/open/<unit>/"
QByteArray invoiceKeyOfOpen(QByteArrayView openKey);
// Writes an invoice's entry, and its index entry while it is open (paid < amount): every
// contract that writes an invoice goes through here.
void putInvoice(state::StateDelta &delta, const QByteArray &key, cbor::Value value, bool open);
// The keys of the open invoices the index holds under indexPrefix (kOpenInvoicePrefix, or
// openInvoicePrefix(unit)), in key order: by unit, oldest due date first.
Result<std::vector<QByteArray>> openInvoiceKeys(const state::StateView &state, QByteArrayView indexPrefix);

QByteArray closedPeriodKey(const QString &period); // "billing/period/<YYYY-MM>"
QByteArray feeRuleKey();                           // "billing/fee-rule"
// The first day of the last closed period; nullopt when no period was ever closed.
Outcome<std::optional<QDate>> lastClosedPeriod(const state::StateView &state);
// "period-closed" when `day` lies in a period already closed.
Outcome<void> requireOpenDay(const state::StateView &state, QDate day);

void addBillingContracts(Registry &registry);

} // namespace courtyard::contracts
