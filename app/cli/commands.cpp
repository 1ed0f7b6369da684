#include "app/cli/commands.h"

#include "contracts/devices.h"
#include "contracts/governance.h"
#include "contracts/lease.h"
#include "contracts/repairs.h"
#include "contracts/units.h"
#include "core/base/hex.h"
#include "core/money/money.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <map>

namespace courtyard::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::cli", text);
}

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

// --- the table -------------------------------------------------------------------------------

OptionSpec option(const char *name, const char *field, ValueType type, Presence presence, const QString &help)
{
    OptionSpec o;
    o.name = QLatin1String(name);
    o.field = QLatin1String(field);
    o.type = type;
    o.presence = presence;
    o.help = help;
    return o;
}

OptionSpec choice(const char *name, const char *field, Presence presence, const QStringList &choices, const QString &help)
{
    OptionSpec o = option(name, field, ValueType::Choice, presence, help);
    o.choices = choices;
    return o;
}

OptionSpec integer(const char *name, const char *field, Presence presence, qint64 minimum, qint64 maximum, const QString &help)
{
    OptionSpec o = option(name, field, ValueType::Integer, presence, help);
    o.minimum = minimum;
    o.maximum = maximum;
    return o;
}

OptionSpec hours(const char *name, const char *field, qint64 minimum, qint64 maximum, const QString &help)
{
    OptionSpec o = option(name, field, ValueType::Hours, Presence::Required, help);
    o.minimum = minimum;
    o.maximum = maximum;
    return o;
}

OptionSpec defaulted(OptionSpec o, const char *value)
{
    o.presence = Presence::Defaulted;
    o.defaultValue = QLatin1String(value);
    return o;
}

OptionSpec unitOption(const char *field = "unit", Presence presence = Presence::Required, const QString &help = QString())
{
    return option("unit", field, ValueType::Unit, presence, help.isEmpty() ? tr("The unit.") : help);
}

OptionSpec residentOption(Presence presence, const QString &help)
{
    return option("resident", "resident", ValueType::Id, presence, help);
}

OptionSpec repairOption(Presence presence = Presence::Required)
{
    return option("repair", "id", ValueType::Id, presence,
                  presence == Presence::Generated ? tr("The new request's id (default: new random bytes, printed).")
                                                  : tr("The repair request's id, as `repair request` printed it."));
}

OptionSpec leaseOption(Presence presence = Presence::Required)
{
    return option("lease", "lease", ValueType::Id, presence,
                  presence == Presence::Generated ? tr("The new lease's id (default: new random bytes, printed).")
                                                  : tr("The lease's id, as `lease create` printed it."));
}

OptionSpec lateFeeOption(Presence presence)
{
    OptionSpec o = option("late-fee", "late-fee", ValueType::Rule, presence,
                          tr("The late fee on a rent or deposit invoice still open after the grace days: a percentage of the "
                             "open amount (needs --late-fee-cap) or a fixed amount. Default for a new lease: none."));
    o.cap = QStringLiteral("late-fee-cap");
    return o;
}

OptionSpec lateFeeCapOption()
{
    return option("late-fee-cap", "late-fee/cap", ValueType::Money, Presence::Optional,
                  tr("The most one late fee can be; with a percentage --late-fee only."));
}

OptionSpec escalationOption()
{
    return option("escalation", "escalation", ValueType::Rule, Presence::Optional,
                  tr("The rent's rise on each anniversary of the start: a percentage or a fixed amount. Default for a new "
                     "lease: none."));
}

const QStringList &roles()
{
    static const QStringList list{QLatin1String(contracts::kRoleManager), QLatin1String(contracts::kRoleCommittee),
                                  QLatin1String(contracts::kRoleKiosk), QLatin1String(contracts::kRoleAuditor)};
    return list;
}

std::vector<CommandSpec> makeSpecs()
{
    const QString quorum = tr("the committee quorum: --key one member, --cosign the others");
    const QString manager = tr("a manager (--key)");
    const QString kiosk = tr("a kiosk's device key (--key)");
    const QStringList urgencies{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("urgent")};
    const QStringList funds{QStringLiteral("maintenance"), QStringLiteral("reserve")};
    std::vector<CommandSpec> specs;
    const auto add = [&specs](const char *kind, const QString &summary, const QString &signers, bool currency,
                              std::vector<OptionSpec> options, const char *example) {
        CommandSpec spec;
        spec.kind = QLatin1String(kind);
        spec.summary = summary;
        spec.signers = signers;
        spec.currency = currency;
        spec.options = std::move(options);
        spec.example = QString::fromUtf8(example);
        specs.push_back(std::move(spec));
    };

    // --- governance ---
    add("governance.grant", tr("Grant a role to a key."), quorum, false,
        {option("member", "key", ValueType::PublicKey, Presence::Required, tr("The key that gets the role.")),
         choice("role", "role", Presence::Required, roles(), tr("The role."))},
        "--role manager --member manager.key --key c1.key --cosign c2.key");
    add("governance.revoke", tr("Revoke a role from a key."), quorum, false,
        {option("member", "key", ValueType::PublicKey, Presence::Required, tr("The key that loses the role.")),
         choice("role", "role", Presence::Required, roles(), tr("The role."))},
        "--role kiosk --member 8ec44f2da666da082c42833eab05d27ef516ea45d676d976d4020c595a49d48c --key c1.key --cosign c2.key");
    add("governance.rotate-key", tr("Move every role of a key to a new key (a lost or compromised key)."), quorum, false,
        {option("from", "from", ValueType::PublicKey, Presence::Required, tr("The old key.")),
         option("to", "to", ValueType::PublicKey, Presence::Required, tr("The new key; it must hold no role yet."))},
        "--from 5d0f8c1e5e1c9a6b0f4b3f8c2d7e9a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5 --to new-manager.key --key c1.key --cosign c2.key");
    add("governance.set-threshold", tr("Set a spending threshold (at or above it the committee co-signs)."), quorum, false,
        {option("name", "name", ValueType::Text, Presence::Required,
                tr("The threshold: repair-committee-threshold or expense-committee-threshold.")),
         option("amount", "amount", ValueType::Money, Presence::Required, tr("The threshold amount."))},
        "--name repair-committee-threshold --amount 8000.00 --key c1.key --cosign c2.key");
    add("governance.set-quorum", tr("Change how many committee members must sign."), tr("the current committee quorum"), false,
        {integer("quorum", "quorum", Presence::Required, 1, 32, tr("The new quorum, at most the committee's size."))},
        "--quorum 3 --key c1.key --cosign c2.key");

    // --- units and residents ---
    add("unit.register", tr("Register a unit."), manager, false,
        {unitOption("number"),
         option("area", "area", ValueType::Area, Presence::Required, tr("The floor area.")),
         option("share", "share", ValueType::Share, Presence::Required, tr("The unit's share of the common costs."))},
        "--unit 12-0301 --area 85.50 --share 1.00 --key manager.key");
    add("unit.update", tr("Change a unit's area or share."), manager, false,
        {unitOption("number"),
         option("area", "area", ValueType::Area, Presence::Optional, tr("The new floor area.")),
         option("share", "share", ValueType::Share, Presence::Optional, tr("The new share of the common costs."))},
        "--unit 12-0302 --share 1.25 --key manager.key");
    add("resident.register", tr("Register a resident of a unit (a random id; names stay out of the ledger)."), manager, false,
        {residentOption(Presence::Generated, tr("The new resident's id (default: new random bytes, printed).")), unitOption()},
        "--unit 12-0301 --key manager.key");
    add("resident.link", tr("Link a resident to another unit."), manager, false,
        {residentOption(Presence::Required, tr("The resident.")), unitOption()},
        "--resident 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a --unit 12-0302 --key manager.key");
    add("resident.move-out", tr("Record that a resident moved out of a unit."), manager, false,
        {residentOption(Presence::Required, tr("The resident.")), unitOption()},
        "--resident 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a --unit 12-0302 --key manager.key");
    add("resident.enroll-card", tr("Enroll a resident's card and PIN (a new card or a PIN reset)."), manager, false,
        {residentOption(Presence::Required, tr("The resident.")),
         option("card", "card", ValueType::CardId, Presence::Required, tr("The card.")),
         option("pin-file", "pin", ValueType::PinFile, Presence::Required, tr("The PIN."))},
        "--resident 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a --card 04A2B9C1 --pin-file pin.txt --key manager.key");
    add("resident.record-pin-failure", tr("Record a wrong PIN entered at a kiosk for a resident's card."), kiosk, false,
        {residentOption(Presence::Required, tr("The resident whose card was used."))},
        "--resident 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a --key kiosk-1.key");
    add("resident.record-pin-success", tr("Record a right PIN at a kiosk (wrong PINs start over)."), kiosk, false,
        {residentOption(Presence::Required, tr("The resident whose card was used."))},
        "--resident 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a --key kiosk-1.key");

    // --- payments ---
    const auto invoices = [] {
        return option("invoice", "invoices", ValueType::InvoiceId, Presence::List,
                      tr("An invoice to pay, in this order (repeat for each); default: the oldest open invoices first."));
    };
    add("payment.kiosk", tr("Record a card payment at a kiosk for an identified resident."), kiosk, false,
        {unitOption(), residentOption(Presence::Required, tr("The resident who identified with card and PIN.")),
         option("amount", "amount", ValueType::Money, Presence::Required, tr("The amount paid.")),
         option("reference", "reference", ValueType::Text, Presence::Required, tr("The terminal's transaction reference.")),
         invoices()},
        "--unit 12-0301 --resident 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a --amount 4500.00 --reference T-000183 --key kiosk-1.key");
    add("payment.cash", tr("Record a cash payment at the office."), manager, false,
        {unitOption(), option("amount", "amount", ValueType::Money, Presence::Required, tr("The amount paid.")),
         option("receipt", "receipt", ValueType::Text, Presence::Required, tr("The receipt number.")), invoices()},
        "--unit 12-0301 --amount 4500.00 --receipt R-2027-0042 --key manager.key");
    add("payment.bank", tr("Record a bank transfer."), manager, false,
        {unitOption(), option("amount", "amount", ValueType::Money, Presence::Required, tr("The amount paid.")),
         option("reference", "reference", ValueType::Text, Presence::Required, tr("The bank's reference.")), invoices()},
        "--unit 12-0301 --amount 4500.00 --reference BANK-88213 --key manager.key");
    specs.back().version = 2; // the bank's reference is posted once (docs/contracts.md)
    add("payment.refund", tr("Pay a unit's prepaid credit back."), manager, false,
        {unitOption(), option("amount", "amount", ValueType::Money, Presence::Required, tr("The amount refunded.")),
         option("reference", "reference", ValueType::Text, Presence::Required, tr("The refund's reference."))},
        "--unit 12-0301 --amount 120.00 --reference RF-7 --key manager.key");
    add("payment.deposit-refund", tr("Pay out the deposit refund a terminated lease owes (all of it or a part)."), manager, false,
        {option("lease", "lease", ValueType::Id, Presence::Required, tr("The terminated lease, as `lease create` printed it.")),
         option("amount", "amount", ValueType::Money, Presence::Required,
                tr("The amount paid out; at most what is still owed (the settlement's refund less what was paid out).")),
         choice("method", "method", Presence::Required, {QStringLiteral("cash"), QStringLiteral("bank")},
                tr("cash: handed over at the office; bank: a transfer to the resident.")),
         option("reference", "reference", ValueType::Text, Presence::Required,
                tr("The receipt the resident signed (cash) or the bank's reference of the transfer."))},
        "--lease 5c1e0d2a9b8f7e6d5c4b3a2918076f5e --amount 4299.50 --method bank --reference BANK-OUT-311 --key manager.key");
    add("payment.reverse", tr("Reverse a mistaken payment or deposit refund payout (a new transaction; nothing is deleted)."),
        manager, false,
        {option("payment", "payment", ValueType::TxId, Presence::Required, tr("The payment's or payout's transaction id.")),
         option("reason", "reason", ValueType::Text, Presence::Required, tr("Why, 1 to 500 characters."))},
        "--payment 9c7092948818f6d5c7b5bd36bd1e5c0d1c4a3bf33b0b51a4a8cdb8ab1f4e9f10 --reason \"entered for the wrong unit\" "
        "--key manager.key");

    // --- leases ---
    {
        OptionSpec day = integer("billing-day", "billing-day", Presence::Required, 1, 31,
                                 tr("The day of the month rent is due; 29 to 31 fall back to the month's last day."));
        day.aliases = QStringList{QStringLiteral("day")};
        OptionSpec newDay = day;
        newDay.presence = Presence::Optional;
        OptionSpec grace = integer("grace-days", "grace-days", Presence::Optional, 0, 60, tr("Days after the due day before a late fee."));
        add("lease.create", tr("Create a lease (rent contract) for a unit and its residents."), manager, true,
            {leaseOption(Presence::Generated), unitOption(),
             option("resident", "residents", ValueType::Id, Presence::RequiredList, tr("A resident on the lease (repeat for each).")),
             option("rent", "rent", ValueType::Money, Presence::Required, tr("The monthly rent.")), day,
             option("start", "start", ValueType::Day, Presence::Required, tr("The first day of the lease.")),
             option("end", "end", ValueType::Day, Presence::Optional, tr("The last day of the lease (default: open-ended).")),
             defaulted(option("deposit", "deposit", ValueType::Money, Presence::Optional,
                              tr("The deposit, invoiced at once, due on the start day; 0: none.")),
                       "0"),
             defaulted(grace, "0"), lateFeeOption(Presence::Optional), lateFeeCapOption(), escalationOption(),
             option("document", "document", ValueType::Document, Presence::Required, tr("The signed paper lease."))},
            "--unit 12-0301 --resident 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a --rent 4500.00 --billing-day 1 --start 2027-02-01 "
            "--end 2028-01-31 --deposit 9000.00 --grace-days 5 --late-fee 5% --late-fee-cap 300.00 --escalation 3% "
            "--document lease-12-0301.pdf --key manager.key");
        add("lease.amend", tr("Amend a lease from a day on (a new version; the history stays)."), manager, true,
            {leaseOption(), option("effective", "effective", ValueType::Day, Presence::Required, tr("The first day the change applies.")),
             option("document", "document", ValueType::Document, Presence::Required, tr("The signed amendment.")),
             option("resident", "residents", ValueType::Id, Presence::List, tr("The residents from then on (repeat for each).")),
             option("rent", "rent", ValueType::Money, Presence::Optional, tr("The new monthly rent.")), newDay,
             option("end", "end", ValueType::Day, Presence::Optional, tr("The new last day.")), grace,
             lateFeeOption(Presence::Optional), lateFeeCapOption(), escalationOption()},
            "--lease 5c1e0d2a9b8f7e6d5c4b3a2918076f5e --effective 2027-07-01 --rent 4700.00 --document amendment-1.pdf "
            "--key manager.key");
        add("lease.renew", tr("Renew a lease that has an end date, from the day after it."), manager, true,
            {leaseOption(), option("end", "end", ValueType::Day, Presence::Required, tr("The new last day.")),
             option("document", "document", ValueType::Document, Presence::Required, tr("The signed renewal.")),
             option("rent", "rent", ValueType::Money, Presence::Optional, tr("The new monthly rent (default: unchanged).")),
             escalationOption()},
            "--lease 5c1e0d2a9b8f7e6d5c4b3a2918076f5e --end 2029-01-31 --document renewal.pdf --key manager.key");
        add("lease.terminate", tr("End a lease on a day and settle the deposit."), manager, true,
            {leaseOption(), option("date", "date", ValueType::Day, Presence::Required, tr("The last day the lease covers.")),
             option("deduction", "deductions", ValueType::Deduction, Presence::ListOrEmpty,
                    tr("A deduction from the deposit (repeat for each; at most 32); default: none, the whole deposit is refunded."))},
            "--lease 5c1e0d2a9b8f7e6d5c4b3a2918076f5e --date 2027-09-30 --deduction \"cleaning=500.00\" "
            "--deduction \"broken window=1200.50\" --key manager.key");
    }

    // --- billing ---
    add("billing.set-fee-rule", tr("Set the monthly property fee of every unit."), quorum, true,
        {choice("basis", "basis", Presence::Required, {QStringLiteral("area"), QStringLiteral("fixed")},
                tr("area: --amount per m²; fixed: --amount per unit.")),
         option("amount", "amount", ValueType::Money, Presence::Required, tr("The fee per m² or per unit and month (0: no fee).")),
         integer("due-day", "due-day", Presence::Required, 1, 31, tr("The day of the month the fee is due."))},
        "--basis area --amount 2.50 --due-day 5 --key c1.key --cosign c2.key");
    add("billing.close-period", tr("Close a month: late fees, rent and property fee invoices, credit scores."), manager, false,
        {option("period", "period", ValueType::Period, Presence::Required, tr("The month to close."))},
        "--period 2027-02 --key manager.key");

    // --- credit ---
    add("credit.dispute", tr("File a resident's dispute of an invoice (left out of the score until resolved)."),
        tr("a kiosk for the identified resident, or a manager (--key)"), false,
        {residentOption(Presence::Required, tr("The resident who disputes.")),
         option("invoice", "invoice", ValueType::InvoiceKey, Presence::Required, tr("The disputed invoice.")),
         option("reason", "reason", ValueType::Text, Presence::Required, tr("Why, 1 to 500 characters."))},
        "--resident 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a --invoice 3f0c6a1e9d2b4c5a8e7f6d5c4b3a2910 "
        "--reason \"paid in cash on the 3rd\" --key manager.key");
    add("credit.resolve-dispute", tr("Resolve a dispute."),
        tr("upheld: the committee quorum; corrected: a manager or the committee quorum"), false,
        {option("invoice", "invoice", ValueType::InvoiceKey, Presence::Required, tr("The disputed invoice.")),
         choice("outcome", "outcome", Presence::Required, {QStringLiteral("upheld"), QStringLiteral("corrected")},
                tr("upheld: the entry counts again; corrected: it stays out of the score.")),
         option("note", "note", ValueType::Text, Presence::Required, tr("The resolution, 1 to 500 characters."))},
        "--invoice 3f0c6a1e9d2b4c5a8e7f6d5c4b3a2910 --outcome corrected --note \"the receipt was found\" --key manager.key");

    // --- repairs ---
    add("repair.request", tr("File a repair request."),
        tr("a manager, or a kiosk for an identified resident (--key)"), false,
        {repairOption(Presence::Generated),
         unitOption("unit", Presence::Optional, tr("The unit (default: the common property).")),
         residentOption(Presence::Optional, tr("The resident who asks (needs --unit; required at a kiosk).")),
         choice("category", "category", Presence::Required, contracts::repairCategories(), tr("What needs repair.")),
         option("location", "location", ValueType::Text, Presence::Optional,
                tr("Where, 1 to 100 characters on one line, like \"Kitchen\" or \"Stairwell B, 3rd floor\" (default: not said).")),
         option("description", "description", ValueType::Text, Presence::Required, tr("What is wrong, 1 to 2000 characters.")),
         defaulted(choice("urgency", "urgency", Presence::Optional, urgencies, tr("How urgent.")), "normal")},
        "--unit 12-0301 --category plumbing --location Kitchen --description \"the tap leaks\" --urgency normal --key manager.key");
    specs.back().version = 2; // the location in its own field (docs/contracts.md)
    add("repair.quote", tr("Record a vendor's quote for a repair."), manager, true,
        {repairOption(), option("vendor", "vendor", ValueType::Text, Presence::Required, tr("The vendor, 1 to 100 characters.")),
         option("amount", "amount", ValueType::Money, Presence::Required, tr("The quoted amount.")),
         option("document", "document", ValueType::Document, Presence::Required, tr("The quote."))},
        "--repair 6a1f0e2d3c4b5a69788796a5b4c3d2e1 --vendor \"Li Plumbing\" --amount 1200.00 --document quote.pdf --key manager.key");
    add("repair.approve", tr("Approve a repair's quote."),
        tr("a manager (--key); at or above the repair threshold also the committee quorum (--cosign each member)"), false,
        {repairOption()}, "--repair 6a1f0e2d3c4b5a69788796a5b4c3d2e1 --key manager.key --cosign c1.key --cosign c2.key");
    add("repair.reject", tr("Reject a repair request."), manager, false,
        {repairOption(), option("reason", "reason", ValueType::Text, Presence::Required, tr("Why, 1 to 500 characters."))},
        "--repair 6a1f0e2d3c4b5a69788796a5b4c3d2e1 --reason \"the tenant's own appliance\" --key manager.key");
    add("repair.start", tr("Record that the approved work started."), manager, false, {repairOption()},
        "--repair 6a1f0e2d3c4b5a69788796a5b4c3d2e1 --key manager.key");
    add("repair.complete", tr("Record that the work is complete."), manager, false, {repairOption()},
        "--repair 6a1f0e2d3c4b5a69788796a5b4c3d2e1 --key manager.key");
    add("repair.confirm", tr("Record the resident's confirmation that the work is done."),
        tr("a kiosk for the resident who asked, or a manager (--key)"), false,
        {repairOption(), residentOption(Presence::Optional, tr("The resident who confirms (required at a kiosk)."))},
        "--repair 6a1f0e2d3c4b5a69788796a5b4c3d2e1 --resident 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a --key kiosk-1.key");
    add("repair.pay-vendor", tr("Pay a completed repair's vendor from the fund."), manager, true,
        {repairOption(), option("amount", "amount", ValueType::Money, Presence::Required, tr("The amount paid, at most the approved quote.")),
         option("invoice", "invoice", ValueType::Document, Presence::Required, tr("The vendor's invoice."))},
        "--repair 6a1f0e2d3c4b5a69788796a5b4c3d2e1 --amount 1150.00 --invoice vendor-invoice.pdf --key manager.key");

    // --- expenses and budgets ---
    add("expense.record", tr("Record an expense paid from the community fund."),
        tr("a manager (--key); at or above the expense threshold also the committee quorum (--cosign each member)"), true,
        {option("category", "category", ValueType::Text, Presence::Required,
                tr("The expense category, 1 to 4 parts of a-z, 0-9 and '-' separated by ':', e.g. cleaning or utilities:electricity.")),
         option("vendor", "vendor", ValueType::Text, Presence::Required, tr("The vendor, 1 to 100 characters.")),
         option("amount", "amount", ValueType::Money, Presence::Required, tr("The amount paid.")),
         option("invoice", "invoice", ValueType::Document, Presence::Required, tr("The vendor's invoice.")),
         option("date", "date", ValueType::Day, Presence::Required, tr("The invoice's date, not after today."))},
        "--category cleaning --vendor \"Bright Cleaning Co.\" --amount 3200.00 --invoice invoice-0193.pdf --date 2027-02-10 "
        "--key manager.key");
    add("budget.set", tr("Set a category's budget for a year."), quorum, true,
        {integer("year", "year", Presence::Required, 1970, 9999, tr("The year.")),
         option("category", "category", ValueType::Text, Presence::Required, tr("The category, e.g. cleaning or repairs:plumbing.")),
         option("amount", "amount", ValueType::Money, Presence::Required, tr("The budget (0 allowed)."))},
        "--year 2027 --category cleaning --amount 40000.00 --key c1.key --cosign c2.key");
    add("fund.transfer", tr("Move money between the maintenance fund and the reserve fund."), quorum, true,
        {choice("from", "from", Presence::Required, funds, tr("The fund the money leaves.")),
         choice("to", "to", Presence::Required, funds, tr("The fund the money goes to.")),
         option("amount", "amount", ValueType::Money, Presence::Required, tr("The amount.")),
         option("reason", "reason", ValueType::Text, Presence::Required, tr("Why, 1 to 500 characters."))},
        "--from maintenance --to reserve --amount 20000.00 --reason \"year-end reserve\" --key c1.key --cosign c2.key");

    // --- devices ---
    add("device.authorize", tr("Authorize one new kiosk: makes a one-time enrollment code (printed once) for whoever sets it up."),
        manager, false,
        {option("code", "code-hash", ValueType::EnrollmentCodeHash, Presence::Generated,
                tr("The enrollment code (default: a new random code, printed). Only its SHA-256 is signed.")),
         option("label", "label", ValueType::Text, Presence::Required, tr("The kiosk's name for people, 1 to 64 characters, e.g. \"Lobby kiosk 1\".")),
         defaulted(choice("role", "role", Presence::Defaulted, {QLatin1String(contracts::kRoleKiosk)},
                          tr("The role the code gives; managers enroll kiosks, other roles are the committee's.")),
                   "kiosk"),
         defaulted(hours("valid-hours", "expires", 1, 168, tr("How long the code can be used, in hours of block time.")), "24")},
        "--label \"Lobby kiosk 1\" --valid-hours 24 --key manager.key");
    add("device.enroll", tr("Enroll this key as a kiosk with a one-time code (with a server, use 'courtyard enroll')."),
        tr("the new device's own key (--key), holding no role yet"), false,
        {option("code", "code", ValueType::EnrollmentCode, Presence::Required, tr("The enrollment code a manager made."))},
        "--code 7K3Q-X9MD-R2TW-H4NB --key lobby-kiosk-1.key");
    add("device.cancel-code", tr("Cancel an enrollment code that was not used yet (lost or given to the wrong person)."), manager, false,
        {option("code", "code-hash", ValueType::EnrollmentCodeHash, Presence::Required, tr("The code, as it was printed."))},
        "--code 7K3Q-X9MD-R2TW-H4NB --key manager.key");
    add("device.revoke", tr("Revoke an enrolled kiosk at once (stolen, broken, replaced): its key can never sign in again."), manager, false,
        {option("device", "key", ValueType::PublicKey, Presence::Required, tr("The kiosk's public key (courtyard enroll prints it) or key file.")),
         option("reason", "reason", ValueType::Text, Presence::Required, tr("Why, 1 to 200 characters; shown to the device."))},
        "--device 8ec44f2da666da082c42833eab05d27ef516ea45d676d976d4020c595a49d48c --reason \"stolen from the lobby\" --key manager.key");
    return specs;
}

// --- reading values --------------------------------------------------------------------------

Result<QByteArray> readSmallFile(const QString &path, qint64 limit)
{
    QFile f(path);
    if (!f.exists()) {
        return fail(ErrorCode::NotFound, tr("%1 does not exist").arg(path));
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, tr("cannot read %1: %2").arg(path, f.errorString()));
    }
    if (f.size() > limit) {
        return fail(ErrorCode::LimitExceeded, tr("%1 is too large (%2 bytes)").arg(path).arg(f.size()));
    }
    return f.readAll();
}

// SHA-256 of a file, read in pieces (a scanned lease may be large).
Result<QByteArray> hashFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, tr("cannot read %1: %2").arg(path, f.errorString()));
    }
    crypto::Sha256 hash;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        if (chunk.isEmpty() && f.error() != QFileDevice::NoError) {
            return fail(ErrorCode::Io, tr("cannot read %1: %2").arg(path, f.errorString()));
        }
        hash.add(chunk);
    }
    return crypto::toByteArray(hash.finish());
}

bool isHex(const QString &text, qsizetype digits)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]*$"));
    return text.size() == digits && hex.match(text).hasMatch();
}

// "85.50" with at most `decimals` decimals, as an integer of 10^-decimals units.
std::optional<qint64> parseFixed(const QString &text, int decimals)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{1,12})(\\.([0-9]+))?$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch() || m.captured(3).size() > decimals) {
        return std::nullopt;
    }
    qint64 value = m.captured(1).toLongLong();
    QString fraction = m.captured(3);
    fraction = fraction.leftJustified(decimals, QLatin1Char('0'));
    for (int i = 0; i < decimals; ++i) {
        value = value * 10 + (fraction.at(i).unicode() - u'0');
    }
    return value;
}

// Why text is not an amount of currency, in the CLI's words (core/money's are English only, and
// the desk shows these in its language): the same error code as money::Money::parse gave.
Error amountProblem(const QString &text, const money::Currency &currency, const Error &parsed)
{
    const auto example = money::Money::fromMinor(1234 * currency.minorPerMajor() + currency.minorPerMajor() / 2, currency);
    if (!example) {
        return parsed; // not a supported currency: core/money says which
    }
    const QString like = example->toPlainString();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Error{parsed.code, tr("the amount is empty; write an amount like %1").arg(like)};
    }
    static const QRegularExpression decimals(QStringLiteral("^[+-]?[0-9,]*\\.([0-9]+)$"));
    if (const QRegularExpressionMatch m = decimals.match(trimmed); m.hasMatch() && m.captured(1).size() > currency.exponent) {
        if (currency.exponent == 0) {
            return Error{parsed.code, tr("'%1' has decimals, but %2 amounts are whole numbers; write an amount like %3")
                                          .arg(trimmed, currency.code, like)};
        }
        return Error{parsed.code, tr("'%1' has %2 decimals, but %3 has only %4; write an amount like %5")
                                      .arg(trimmed)
                                      .arg(m.captured(1).size())
                                      .arg(currency.code)
                                      .arg(currency.exponent)
                                      .arg(like)};
    }
    if (parsed.code == ErrorCode::Overflow) {
        return Error{parsed.code, tr("'%1' is too large; an amount has at most %2 digits before the decimal point")
                                      .arg(trimmed)
                                      .arg(18 - currency.exponent)};
    }
    return Error{parsed.code, tr("'%1' is not an amount: write digits, with a '.' before the decimals, like %2").arg(trimmed, like)};
}

Result<qint64> parseAmount(const QString &text, const money::Currency &currency)
{
    auto parsed = money::Money::parse(text, currency, QLocale::c());
    if (!parsed) {
        return fail(amountProblem(text, currency, parsed.error()));
    }
    const money::Money amount = *parsed;
    if (amount.isNegative()) {
        return fail(invalid(tr("'%1' is negative; an amount here is zero or more").arg(text)));
    }
    return amount.minor();
}

// Looks up the key of the invoice whose id is `id` (32 lower-case hex digits).
Result<QString> invoiceKeyOf(const state::StateView &state, const QString &id)
{
    QString found;
    const QByteArray suffix = QByteArray("/") + id.toLatin1();
    CY_CHECK(state.scan(QByteArrayView("invoice/"), [&](const state::Key &key, const cbor::Value &) {
        if (key.endsWith(suffix)) {
            found = QString::fromUtf8(key);
            return false;
        }
        return true;
    }));
    if (found.isEmpty()) {
        return fail(ErrorCode::NotFound, tr("there is no invoice with the id %1 (see courtyard invoices)").arg(id));
    }
    return found;
}

Result<cbor::Value> parseValue(const OptionSpec &o, const QString &text, const PayloadContext &context)
{
    switch (o.type) {
    case ValueType::Text:
        if (text.trimmed().isEmpty()) {
            return fail(invalid(tr("give a text, not an empty one")));
        }
        return cbor::Value::fromText(text);
    case ValueType::Unit:
        if (!contracts::isValidUnitNumber(text)) {
            return fail(invalid(tr("'%1' is not a unit number: 1 to 16 letters, digits and '-', starting and ending with a "
                                   "letter or digit, like 12-0301")
                                    .arg(text)));
        }
        return cbor::Value::fromText(text);
    case ValueType::Money: {
        CY_TRY(const qint64 minor, parseAmount(text, context.currency));
        return cbor::Value::fromInt(minor);
    }
    case ValueType::Day:
        if (!contracts::parseDate(text)) {
            return fail(invalid(tr("'%1' is not a day that exists; write YYYY-MM-DD, like 2027-02-01").arg(text)));
        }
        return cbor::Value::fromText(text);
    case ValueType::Period:
        if (!contracts::parseMonth(text)) {
            return fail(invalid(tr("'%1' is not a month; write YYYY-MM, like 2027-02").arg(text)));
        }
        return cbor::Value::fromText(text);
    case ValueType::Integer: {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
        const qint64 value = digits.match(text).hasMatch() ? text.toLongLong() : -1;
        if (value < o.minimum || value > o.maximum) {
            return fail(invalid(tr("'%1' is not a whole number from %2 to %3").arg(text).arg(o.minimum).arg(o.maximum)));
        }
        return cbor::Value::fromInt(value);
    }
    case ValueType::Area: {
        const auto hundredths = parseFixed(text, 2);
        if (!hundredths) {
            return fail(invalid(tr("'%1' is not an area: square metres with at most 2 decimals, like 85.50").arg(text)));
        }
        return cbor::Value::fromInt(*hundredths);
    }
    case ValueType::Share: {
        QString number = text;
        if (number.endsWith(QLatin1Char('%'))) {
            number.chop(1);
        }
        const auto basisPoints = parseFixed(number, 2);
        if (!basisPoints) {
            return fail(invalid(tr("'%1' is not a share: a percentage with at most 2 decimals, like 1.25 or 1.25%").arg(text)));
        }
        return cbor::Value::fromInt(*basisPoints);
    }
    case ValueType::Id:
        if (!isHex(text, 32)) {
            return fail(invalid(tr("'%1' is not an id: 32 hex digits, like 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a").arg(text)));
        }
        return cbor::Value::fromBytes(QByteArray::fromHex(text.toLatin1()));
    case ValueType::TxId:
        if (!isHex(text, 64)) {
            return fail(invalid(tr("'%1' is not a transaction id: 64 hex digits").arg(text)));
        }
        return cbor::Value::fromBytes(QByteArray::fromHex(text.toLatin1()));
    case ValueType::InvoiceId:
        if (!isHex(text, 32)) {
            return fail(invalid(tr("'%1' is not an invoice id: 32 hex digits (see courtyard invoices)").arg(text)));
        }
        return cbor::Value::fromText(text.toLower());
    case ValueType::InvoiceKey: {
        if (isHex(text, 32)) {
            if (!context.state) {
                return fail(invalid(tr("give the invoice's key, invoice/<unit>/<due>/<id>")));
            }
            CY_TRY(const QString key, invoiceKeyOf(*context.state, text.toLower()));
            return cbor::Value::fromText(key);
        }
        static const QRegularExpression key(QStringLiteral("^invoice/[^/]+/[0-9]{4}-[0-9]{2}-[0-9]{2}/[0-9a-f]{32}$"));
        if (!key.match(text).hasMatch()) {
            return fail(invalid(tr("'%1' is not an invoice: give its id (32 hex digits) or its key "
                                   "invoice/<unit>/<due>/<id> (see courtyard invoices)")
                                    .arg(text)));
        }
        return cbor::Value::fromText(text);
    }
    case ValueType::Document: {
        if (isHex(text, 64) && !QFileInfo::exists(text)) {
            return cbor::Value::fromBytes(QByteArray::fromHex(text.toLatin1()));
        }
        if (!QFileInfo(text).isFile()) {
            return fail(ErrorCode::NotFound,
                        tr("%1 is not a file; give the document's file (its SHA-256 is signed) or its SHA-256 as 64 hex digits")
                            .arg(text));
        }
        CY_TRY(const QByteArray digest, hashFile(text));
        return cbor::Value::fromBytes(digest);
    }
    case ValueType::CardId:
        if (text.trimmed().isEmpty()) {
            return fail(invalid(tr("give the card's id as read from the card")));
        }
        return cbor::Value::fromBytes(crypto::toByteArray(crypto::sha256(text.toUtf8())));
    case ValueType::PublicKey: {
        CY_TRY(const crypto::PublicKey key, publicKeyFrom(text));
        return cbor::Value::fromBytes(key.toByteArray());
    }
    case ValueType::Choice:
        if (!o.choices.contains(text)) {
            return fail(invalid(tr("'%1' is not one of: %2").arg(text, o.choices.join(QStringLiteral(", ")))));
        }
        return cbor::Value::fromText(text);
    case ValueType::Rule: {
        if (text.trimmed().endsWith(QLatin1Char('%'))) {
            auto percent = money::Percent::parse(text.trimmed());
            if (!percent) {
                return fail(invalid(tr("'%1' is not a percentage like 5% or 2.5%: %2").arg(text, percent.error().message)));
            }
            return cbor::Value::fromMap({{QStringLiteral("percent"), cbor::Value::fromText(percent->toString())}});
        }
        auto amount = parseAmount(text, context.currency);
        if (!amount) {
            return fail(invalid(tr("'%1' is neither a percentage (like 5%) nor an amount: %2").arg(text, amount.error().message)));
        }
        return cbor::Value::fromMap({{QStringLiteral("fixed"), cbor::Value::fromInt(*amount)}});
    }
    case ValueType::Deduction: {
        const qsizetype at = text.lastIndexOf(QLatin1Char('='));
        const QString reason = at < 0 ? QString() : text.left(at).trimmed();
        if (at < 0 || reason.isEmpty()) {
            return fail(invalid(tr("'%1' is not REASON=AMOUNT, like \"cleaning=500.00\"").arg(text)));
        }
        CY_TRY(const qint64 amount, parseAmount(text.mid(at + 1).trimmed(), context.currency));
        return cbor::Value::fromMap({{QStringLiteral("reason"), cbor::Value::fromText(reason)},
                                     {QStringLiteral("amount"), cbor::Value::fromInt(amount)}});
    }
    case ValueType::Hours: {
        bool ok = false;
        const qint64 n = text.trimmed().toLongLong(&ok);
        if (!ok || n < o.minimum || n > o.maximum) {
            return fail(invalid(tr("'%1' is not a number of hours from %2 to %3").arg(text).arg(o.minimum).arg(o.maximum)));
        }
        return cbor::Value::fromUnsigned(context.timeMs + quint64(n) * 3600 * 1000);
    }
    case ValueType::EnrollmentCode:
    case ValueType::EnrollmentCodeHash: {
        const auto code = contracts::normalizeEnrollmentCode(text);
        if (!code) {
            return fail(invalid(tr("'%1' is not an enrollment code: it is %2 letters and digits, like 7K3Q-X9MD-R2TW-H4NB")
                                    .arg(text)
                                    .arg(contracts::kEnrollmentCodeLength)));
        }
        if (o.type == ValueType::EnrollmentCode) {
            return cbor::Value::fromText(*code);
        }
        return cbor::Value::fromBytes(contracts::enrollmentCodeHash(context.communityId, *code));
    }
    case ValueType::PinFile: {
        CY_TRY(QByteArray bytes, readSmallFile(text, 4096));
        const qsizetype end = bytes.indexOf('\n');
        QByteArray pin = bytes.left(end < 0 ? bytes.size() : end);
        while (pin.endsWith('\r')) {
            pin.chop(1);
        }
        bytes.fill('\0');
        static const QRegularExpression pinShape(QStringLiteral("^[0-9]{4,12}$"));
        if (!pinShape.match(QString::fromLatin1(pin)).hasMatch()) {
            pin.fill('\0');
            return fail(invalid(tr("the first line of %1 is not a PIN of 4 to 12 digits").arg(text)));
        }
        auto hash = crypto::hashPin(pin);
        pin.fill('\0');
        if (!hash) {
            return fail(hash.error());
        }
        return cbor::Value::fromText(QString::fromLatin1(*hash));
    }
    }
    return fail(invalid(tr("unknown value type")));
}

cbor::Value withEntry(const cbor::Value &map, const QString &key, cbor::Value value)
{
    cbor::Map entries = map.asMap();
    entries.emplace_back(cbor::Value::fromText(key), std::move(value));
    return cbor::Value::fromMap(std::move(entries));
}

} // namespace

bool OptionSpec::repeatable() const
{
    return presence == Presence::List || presence == Presence::RequiredList || presence == Presence::ListOrEmpty;
}

bool OptionSpec::required() const
{
    return presence == Presence::Required || presence == Presence::RequiredList;
}

QString OptionSpec::valueName() const
{
    switch (type) {
    case ValueType::Text:
        return QStringLiteral("TEXT");
    case ValueType::Unit:
        return QStringLiteral("UNIT");
    case ValueType::Money:
        return QStringLiteral("AMOUNT");
    case ValueType::Day:
        return QStringLiteral("YYYY-MM-DD");
    case ValueType::Period:
        return QStringLiteral("YYYY-MM");
    case ValueType::Integer:
        return QStringLiteral("N");
    case ValueType::Area:
        return QStringLiteral("M2");
    case ValueType::Share:
        return QStringLiteral("PERCENT");
    case ValueType::Id:
    case ValueType::TxId:
    case ValueType::InvoiceId:
        return QStringLiteral("ID");
    case ValueType::InvoiceKey:
        return QStringLiteral("INVOICE");
    case ValueType::Document:
        return QStringLiteral("FILE|SHA256");
    case ValueType::CardId:
        return QStringLiteral("CARD");
    case ValueType::PublicKey:
        return QStringLiteral("KEY");
    case ValueType::Choice:
        return name.toUpper(); // the choices are in the type hint
    case ValueType::Rule:
        return QStringLiteral("PERCENT%|AMOUNT");
    case ValueType::Deduction:
        return QStringLiteral("REASON=AMOUNT");
    case ValueType::PinFile:
        return QStringLiteral("FILE");
    case ValueType::Hours:
        return QStringLiteral("HOURS");
    case ValueType::EnrollmentCode:
    case ValueType::EnrollmentCodeHash:
        return QStringLiteral("CODE");
    }
    return QStringLiteral("VALUE");
}

QString OptionSpec::typeHint() const
{
    switch (type) {
    case ValueType::Text:
        return QCoreApplication::translate("courtyard::cli", "text");
    case ValueType::Unit:
        return QCoreApplication::translate("courtyard::cli", "a unit number, like 12-0301");
    case ValueType::Money:
        return QCoreApplication::translate("courtyard::cli", "an amount in the community's currency, like 4500.00");
    case ValueType::Day:
        return QCoreApplication::translate("courtyard::cli", "a day, YYYY-MM-DD");
    case ValueType::Period:
        return QCoreApplication::translate("courtyard::cli", "a month, YYYY-MM");
    case ValueType::Integer:
        return QCoreApplication::translate("courtyard::cli", "a whole number from %1 to %2").arg(minimum).arg(maximum);
    case ValueType::Area:
        return QCoreApplication::translate("courtyard::cli", "square metres, at most 2 decimals, like 85.50");
    case ValueType::Share:
        return QCoreApplication::translate("courtyard::cli", "a percentage, at most 2 decimals, like 1.25");
    case ValueType::Id:
        return QCoreApplication::translate("courtyard::cli", "32 hex digits");
    case ValueType::TxId:
        return QCoreApplication::translate("courtyard::cli", "a transaction id, 64 hex digits");
    case ValueType::InvoiceId:
        return QCoreApplication::translate("courtyard::cli", "an invoice id, 32 hex digits (courtyard invoices)");
    case ValueType::InvoiceKey:
        return QCoreApplication::translate("courtyard::cli", "an invoice id (32 hex digits) or key invoice/<unit>/<due>/<id>");
    case ValueType::Document:
        return QCoreApplication::translate("courtyard::cli", "a file, whose SHA-256 is signed, or the SHA-256 as 64 hex digits");
    case ValueType::CardId:
        return QCoreApplication::translate("courtyard::cli", "the card's id as read from the card; only its SHA-256 is signed");
    case ValueType::PublicKey:
        return QCoreApplication::translate("courtyard::cli", "a public key (64 hex digits) or a key file");
    case ValueType::Choice:
        return QCoreApplication::translate("courtyard::cli", "one of: %1").arg(choices.join(QStringLiteral(", ")));
    case ValueType::Rule:
        return QCoreApplication::translate("courtyard::cli", "a percentage like 5% or an amount like 50.00");
    case ValueType::Deduction:
        return QCoreApplication::translate("courtyard::cli", "REASON=AMOUNT, like \"cleaning=500.00\"");
    case ValueType::PinFile:
        return QCoreApplication::translate("courtyard::cli", "a file whose first line is the PIN, 4 to 12 digits; only its Argon2id hash is signed");
    case ValueType::Hours:
        return QCoreApplication::translate("courtyard::cli", "a whole number of hours from %1 to %2").arg(minimum).arg(maximum);
    case ValueType::EnrollmentCode:
        return QCoreApplication::translate("courtyard::cli", "an enrollment code, 16 letters and digits like 7K3Q-X9MD-R2TW-H4NB");
    case ValueType::EnrollmentCodeHash:
        return QCoreApplication::translate("courtyard::cli", "an enrollment code, 16 letters and digits like 7K3Q-X9MD-R2TW-H4NB; only its SHA-256 is signed");
    }
    return QString();
}

const std::vector<CommandSpec> &commandSpecs()
{
    static const std::vector<CommandSpec> specs = makeSpecs();
    return specs;
}

std::vector<std::pair<QString, QStringList>> commandGroups()
{
    std::vector<std::pair<QString, QStringList>> groups;
    for (const CommandSpec &spec : commandSpecs()) {
        const QStringList words = spec.words();
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == words.first(); });
        if (it == groups.end()) {
            groups.emplace_back(words.first(), QStringList());
            it = std::prev(groups.end());
        }
        it->second.append(words.mid(1).join(QLatin1Char(' ')));
    }
    return groups;
}

QString usageProblem(const CommandSpec &spec, const QCommandLineParser &parser)
{
    for (const OptionSpec &o : spec.options) {
        const QStringList values = parser.values(o.name);
        if (o.required() && values.isEmpty()) {
            return tr("%1 needs --%2 %3: %4").arg(spec.name(), o.name, o.valueName(), o.typeHint());
        }
        if (!o.repeatable() && values.size() > 1) {
            return tr("--%1 is given %2 times; give it once").arg(o.name).arg(values.size());
        }
        if (const qsizetype slash = o.field.indexOf(QLatin1Char('/')); slash >= 0 && !values.isEmpty()) {
            const QString parent = o.field.left(slash);
            const auto owner = std::find_if(spec.options.begin(), spec.options.end(), [&](const OptionSpec &p) { return p.field == parent; });
            if (owner != spec.options.end() && !parser.isSet(owner->name)) {
                return tr("--%1 goes with --%2").arg(o.name, owner->name);
            }
        }
        if (o.type == ValueType::Rule && !o.cap.isEmpty() && values.size() == 1) {
            const bool percent = values.first().trimmed().endsWith(QLatin1Char('%'));
            if (percent && !parser.isSet(o.cap)) {
                return tr("a percentage --%1 needs --%2 AMOUNT, the most one fee can be").arg(o.name, o.cap);
            }
            if (!percent && parser.isSet(o.cap)) {
                return tr("--%1 goes with a percentage --%2 (like 5%), not with a fixed amount").arg(o.cap, o.name);
            }
        }
    }
    return QString();
}

Result<BuiltPayload> buildPayload(const CommandSpec &spec, const QCommandLineParser &parser, const PayloadContext &context)
{
    BuiltPayload built;
    std::map<QString, cbor::Value> fields;
    std::vector<std::pair<QString, cbor::Value>> nested; // "parent/child" fields, added after their parents
    for (const OptionSpec &o : spec.options) {
        QStringList values = parser.values(o.name);
        cbor::Value value;
        if (values.isEmpty()) {
            switch (o.presence) {
            case Presence::Required:
            case Presence::RequiredList:
                return fail(invalid(tr("%1 needs --%2").arg(spec.name(), o.name)));
            case Presence::Optional:
            case Presence::List:
                continue;
            case Presence::Defaulted:
                values = QStringList{o.defaultValue};
                break;
            case Presence::Generated: {
                if (o.type == ValueType::EnrollmentCodeHash) {
                    built.enrollmentCode = newEnrollmentCode();
                    fields[o.field] = cbor::Value::fromBytes(contracts::enrollmentCodeHash(context.communityId, built.enrollmentCode));
                    continue;
                }
                const QByteArray id = crypto::randomBytes(16);
                built.generated.emplace_back(o.name, id);
                fields[o.field] = cbor::Value::fromBytes(id);
                continue;
            }
            case Presence::ListOrEmpty:
                fields[o.field] = cbor::Value::fromArray({});
                continue;
            }
        }
        cbor::Array items;
        for (const QString &text : values) {
            auto item = parseValue(o, text, context);
            if (!item) {
                return fail(item.error().prefixed(QStringLiteral("--") + o.name));
            }
            items.push_back(std::move(*item));
        }
        value = o.repeatable() ? cbor::Value::fromArray(std::move(items)) : std::move(items.front());
        if (o.field.contains(QLatin1Char('/'))) {
            nested.emplace_back(o.field, std::move(value));
        } else {
            fields[o.field] = std::move(value);
        }
    }
    for (auto &[path, value] : nested) {
        const QString parent = path.section(QLatin1Char('/'), 0, 0);
        const auto it = fields.find(parent);
        if (it == fields.end() || it->second.type() != cbor::Value::Type::Map) {
            return fail(invalid(tr("%1 needs its parent field %2").arg(path, parent)));
        }
        it->second = withEntry(it->second, path.section(QLatin1Char('/'), 1), std::move(value));
    }
    if (spec.currency) {
        fields[QStringLiteral("currency")] = cbor::Value::fromText(context.currency.code);
    }
    cbor::Map entries;
    for (auto &[key, value] : fields) {
        entries.emplace_back(cbor::Value::fromText(key), std::move(value));
    }
    built.payload = cbor::Value::fromMap(std::move(entries));
    return built;
}

QString newEnrollmentCode()
{
    // 10 random bytes are 80 bits: 16 symbols of 5 bits each.
    const QByteArray bytes = crypto::randomBytes(10);
    const QLatin1StringView alphabet(contracts::kEnrollmentCodeAlphabet);
    QString code;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            code.append(alphabet.at((buffer >> bits) & 0x1f));
        }
    }
    return code;
}

Result<crypto::PublicKey> publicKeyFrom(const QString &value)
{
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9a-fA-F]+$"));
    if (!QFileInfo::exists(value) && (value.size() == 64 || hexOnly.match(value).hasMatch())) {
        if (value.size() != 64) {
            return fail(ErrorCode::InvalidArgument, tr("'%1' has %2 hex digits; a public key has 64").arg(value).arg(value.size()));
        }
        return crypto::PublicKey::fromHex(value);
    }
    CY_TRY(const QByteArray bytes, readSmallFile(value, 1 << 20));
    CY_TRY(const crypto::KeyFileInfo info, crypto::inspectKeyFile(bytes));
    return info.publicKey;
}

} // namespace courtyard::cli
