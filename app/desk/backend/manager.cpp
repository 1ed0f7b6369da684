#include "app/desk/backend/manager.h"

#include "app/desk/backend/desk_tr.h"

#include <QCoreApplication>
#include "app/views/views.h"
#include "contracts/governance.h"
#include "contracts/repairs.h"
#include "app/sync/proposals.h"

#include <QDateTime>
#include <QRegularExpression>

#include <map>
#include <set>

namespace courtyard::desk {

namespace {

const cbor::Value *field(const cbor::Value &map, const char *name)
{
    return map.isMap() ? map.find(QString::fromLatin1(name)) : nullptr;
}

QString text(const cbor::Value &map, const char *name)
{
    const cbor::Value *v = field(map, name);
    return v && v->isText() ? v->asText() : QString();
}

qint64 integer(const cbor::Value &map, const char *name, qint64 fallback = 0)
{
    const cbor::Value *v = field(map, name);
    if (!v || !v->isInteger()) {
        return fallback;
    }
    auto value = v->toInt64();
    return value ? *value : fallback;
}

QByteArray bytes(const cbor::Value &map, const char *name)
{
    const cbor::Value *v = field(map, name);
    return v && v->isBytes() ? v->asBytes() : QByteArray();
}

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

// A key's part after prefix.
QString after(const state::Key &key, const char *prefix)
{
    return QString::fromUtf8(QByteArray(key).mid(qsizetype(qstrlen(prefix))));
}

} // namespace

ManagerWorkspace::ManagerWorkspace(device::DeviceCore &core, DocumentStore documents, Directory &directory, QObject *parent)
    : QObject(parent), m_core(core), m_documents(std::move(documents)), m_directory(directory)
{
    m_units = makeTable();
    m_residents = makeTable();
    m_devices = makeTable();
    m_leases = makeTable();
    m_leaseVersions = makeTable();
    m_preview = makeTable();
    m_payments = makeTable();
    m_repairs = makeTable();
    m_expenses = makeTable();
    // The newest first where time matters.
    setColumns();
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(30);
    connect(&m_refreshSoon, &QTimer::timeout, this, &ManagerWorkspace::refresh);
    connect(&core, &device::DeviceCore::ledgerChanged, &m_refreshSoon, qOverload<>(&QTimer::start));
    refresh();
    m_payments.proxy->sort(0, Qt::DescendingOrder);
    m_repairs.proxy->sort(0, Qt::DescendingOrder);
    m_expenses.proxy->sort(0, Qt::DescendingOrder);
    m_units.proxy->sort(0, Qt::AscendingOrder);
}

ManagerWorkspace::Table ManagerWorkspace::makeTable()
{
    Table t;
    t.model = new TableModel(this);
    t.proxy = new TableProxy(t.model, this);
    return t;
}

void ManagerWorkspace::setColumns()
{
    m_units.model->setColumns({QCoreApplication::translate("courtyard::desk", "Unit"), QCoreApplication::translate("courtyard::desk", "Area (m²)"), QCoreApplication::translate("courtyard::desk", "Share (%)"), QCoreApplication::translate("courtyard::desk", "Residents"), QCoreApplication::translate("courtyard::desk", "Open"), QCoreApplication::translate("courtyard::desk", "Overdue"), QCoreApplication::translate("courtyard::desk", "Credit")});
    m_residents.model->setColumns({QCoreApplication::translate("courtyard::desk", "Resident"), QCoreApplication::translate("courtyard::desk", "Name"), QCoreApplication::translate("courtyard::desk", "Phone"), QCoreApplication::translate("courtyard::desk", "Units"), QCoreApplication::translate("courtyard::desk", "Card"), QCoreApplication::translate("courtyard::desk", "Since")});
    m_devices.model->setColumns({QCoreApplication::translate("courtyard::desk", "What"), QCoreApplication::translate("courtyard::desk", "Label"), QCoreApplication::translate("courtyard::desk", "Role"), QCoreApplication::translate("courtyard::desk", "State"), QCoreApplication::translate("courtyard::desk", "Since"), QCoreApplication::translate("courtyard::desk", "Expires"), QCoreApplication::translate("courtyard::desk", "Key or code")});
    m_leases.model->setColumns({QCoreApplication::translate("courtyard::desk", "Lease"), QCoreApplication::translate("courtyard::desk", "Unit"), QCoreApplication::translate("courtyard::desk", "Residents"), QCoreApplication::translate("courtyard::desk", "Rent"), QCoreApplication::translate("courtyard::desk", "Start"), QCoreApplication::translate("courtyard::desk", "End"), QCoreApplication::translate("courtyard::desk", "Version"), QCoreApplication::translate("courtyard::desk", "Status"), QCoreApplication::translate("courtyard::desk", "Deposit")});
    m_leaseVersions.model->setColumns({QCoreApplication::translate("courtyard::desk", "Version"), QCoreApplication::translate("courtyard::desk", "Effective"), QCoreApplication::translate("courtyard::desk", "Rent"), QCoreApplication::translate("courtyard::desk", "Billing day"), QCoreApplication::translate("courtyard::desk", "End"), QCoreApplication::translate("courtyard::desk", "Residents"), QCoreApplication::translate("courtyard::desk", "Deposit"), QCoreApplication::translate("courtyard::desk", "Document")});
    m_preview.model->setColumns({QCoreApplication::translate("courtyard::desk", "Unit"), QCoreApplication::translate("courtyard::desk", "Invoice"), QCoreApplication::translate("courtyard::desk", "Period"), QCoreApplication::translate("courtyard::desk", "Due"), QCoreApplication::translate("courtyard::desk", "Amount"), QCoreApplication::translate("courtyard::desk", "From credit")});
    m_payments.model->setColumns({QCoreApplication::translate("courtyard::desk", "Time"), QCoreApplication::translate("courtyard::desk", "Unit"), QCoreApplication::translate("courtyard::desk", "Method"), QCoreApplication::translate("courtyard::desk", "Amount"), QCoreApplication::translate("courtyard::desk", "Status"), QCoreApplication::translate("courtyard::desk", "Transaction")});
    m_repairs.model->setColumns({QCoreApplication::translate("courtyard::desk", "Requested"), QCoreApplication::translate("courtyard::desk", "Unit"), QCoreApplication::translate("courtyard::desk", "Category"), QCoreApplication::translate("courtyard::desk", "Description"), QCoreApplication::translate("courtyard::desk", "Location"), QCoreApplication::translate("courtyard::desk", "Urgency"), QCoreApplication::translate("courtyard::desk", "Status"), QCoreApplication::translate("courtyard::desk", "Age (days)"), QCoreApplication::translate("courtyard::desk", "Quote"), QCoreApplication::translate("courtyard::desk", "Vendor")});
    m_expenses.model->setColumns({QCoreApplication::translate("courtyard::desk", "Date"), QCoreApplication::translate("courtyard::desk", "Category"), QCoreApplication::translate("courtyard::desk", "Vendor"), QCoreApplication::translate("courtyard::desk", "Amount"), QCoreApplication::translate("courtyard::desk", "Repair"), QCoreApplication::translate("courtyard::desk", "Document"), QCoreApplication::translate("courtyard::desk", "SHA-256")});
}

void ManagerWorkspace::setLocale(const QLocale &locale)
{
    m_locale = locale;
    setColumns();
    refresh();
}

QString ManagerWorkspace::currencyCode() const
{
    return m_core.currency().code;
}

QStringList ManagerWorkspace::repairCategories() const
{
    return contracts::repairCategories();
}

QString ManagerWorkspace::categoryText(const QString &code) const
{
    return views::repairCategoryText(code);
}

QString ManagerWorkspace::amount(qint64 minor) const
{
    return views::formatAmount(minor, m_core.currency(), m_locale);
}

QString ManagerWorkspace::day(const QDate &date) const
{
    return date.isValid() ? m_locale.toString(date, QLocale::ShortFormat) : QString();
}

QString ManagerWorkspace::time(quint64 ms) const
{
    return ms ? m_locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(ms)), QLocale::ShortFormat) : QString();
}

std::optional<qint64> ManagerWorkspace::threshold(const char *name) const
{
    auto value = contracts::readThreshold(m_core.localState(), QLatin1String(name));
    return value ? *value : std::nullopt;
}

QString ManagerWorkspace::repairThreshold() const
{
    const auto t = threshold("repair-committee-threshold");
    return t ? amount(*t) : QCoreApplication::translate("courtyard::desk", "not set");
}

QString ManagerWorkspace::expenseThreshold() const
{
    const auto t = threshold("expense-committee-threshold");
    return t ? amount(*t) : QCoreApplication::translate("courtyard::desk", "not set");
}

QString ManagerWorkspace::previewTotal() const
{
    return amount(m_previewTotal);
}

QString ManagerWorkspace::previewFromCredit() const
{
    return amount(m_previewCredit);
}

void ManagerWorkspace::clearMessage()
{
    m_message.clear();
    m_messageIsError = false;
    Q_EMIT messageChanged();
}

bool ManagerWorkspace::done(const QString &message)
{
    m_message = message;
    m_messageIsError = false;
    Q_EMIT messageChanged();
    return true;
}

bool ManagerWorkspace::failed(const QString &message)
{
    m_message = message;
    m_messageIsError = true;
    Q_EMIT messageChanged();
    return false;
}

bool ManagerWorkspace::submitPayload(const QString &kind, cbor::Value payload, const QString &success)
{
    // Each kind is signed at its current version: payment.bank version 1 would skip the ledger's
    // once-per-bank-reference rule (contracts/payments.h, kBankPaymentVersion).
    auto submitted = m_core.submit(kind, std::move(payload), currentVersion(kind));
    if (!submitted) {
        return failed(QCoreApplication::translate("courtyard::desk", "Nothing was recorded: %1").arg(submitted.error().message));
    }
    if (!*submitted) {
        return failed(QCoreApplication::translate("courtyard::desk", "Refused, nothing was recorded: %1").arg(submitted->error().message));
    }
    refresh();
    return done(success);
}

bool ManagerWorkspace::run(const QString &kind, const FormValues &values, const QString &success, BuiltForm *built)
{
    auto form = buildForm(m_core, kind, values);
    if (!form) {
        return failed(QCoreApplication::translate("courtyard::desk", "Nothing was recorded: %1").arg(form.error().message));
    }
    if (built) {
        *built = *form;
    }
    return submitPayload(kind, std::move(form->payload), success);
}

std::optional<QString> ManagerWorkspace::storeDocument(const QString &path)
{
    if (path.trimmed().isEmpty()) {
        failed(QCoreApplication::translate("courtyard::desk", "Choose the document file first."));
        return std::nullopt;
    }
    auto hash = m_documents.add(path.trimmed());
    if (!hash) {
        failed(QCoreApplication::translate("courtyard::desk", "Nothing was recorded: %1").arg(hash.error().message));
        return std::nullopt;
    }
    return *hash;
}

// --- units and residents ---------------------------------------------------------------------

bool ManagerWorkspace::registerUnit(const QString &number, const QString &area, const QString &share)
{
    return run(QStringLiteral("unit.register"), {{QStringLiteral("unit"), number}, {QStringLiteral("area"), area}, {QStringLiteral("share"), share}},
               QCoreApplication::translate("courtyard::desk", "Unit %1 registered.").arg(number.trimmed()));
}

bool ManagerWorkspace::updateUnit(const QString &number, const QString &area, const QString &share)
{
    if (!m_unitFigures.count(number.trimmed())) {
        return failed(QCoreApplication::translate("courtyard::desk", "Choose a unit in the table first."));
    }
    if (area.trimmed().isEmpty() && share.trimmed().isEmpty()) {
        return failed(QCoreApplication::translate("courtyard::desk", "Type the unit's new area, its new share or both."));
    }
    return run(QStringLiteral("unit.update"), {{QStringLiteral("unit"), number}, {QStringLiteral("area"), area}, {QStringLiteral("share"), share}},
               QCoreApplication::translate("courtyard::desk", "Unit %1 changed.").arg(number.trimmed()));
}

QVariantMap ManagerWorkspace::unitDetails(const QString &number) const
{
    const auto it = m_unitFigures.find(number);
    if (it == m_unitFigures.end()) {
        return {};
    }
    // The C locale's digits: what the forms read.
    return {{QStringLiteral("area"), QString::number(double(it->second.first) / 100.0, 'f', 2)},
            {QStringLiteral("share"), QString::number(double(it->second.second) / 100.0, 'f', 2)}};
}

bool ManagerWorkspace::registerResident(const QString &unit, const QString &name, const QString &phone)
{
    if (name.trimmed().isEmpty()) {
        return failed(QCoreApplication::translate("courtyard::desk", "Type the resident's name (it stays on this desk, not on the ledger)."));
    }
    BuiltForm built;
    if (!run(QStringLiteral("resident.register"), {{QStringLiteral("unit"), unit}}, QString(), &built)) {
        return false;
    }
    QString id;
    for (const auto &[option, value] : built.generated) {
        if (option == QLatin1String("resident")) {
            id = hex(value);
        }
    }
    if (auto saved = m_directory.setResident(id, {name, phone, QString()}); !saved) {
        return failed(QCoreApplication::translate("courtyard::desk", "The resident %1 was registered, but the directory could not be written: %2").arg(id, saved.error().message));
    }
    refresh();
    return done(QCoreApplication::translate("courtyard::desk", "%1 registered in unit %2 (resident %3).").arg(name.trimmed(), unit.trimmed(), shortId(id)));
}

bool ManagerWorkspace::saveResident(const QString &residentHex, const QString &name, const QString &phone, const QString &note)
{
    if (m_residents.model->rowOfKey(residentHex) < 0) {
        return failed(QCoreApplication::translate("courtyard::desk", "Choose a resident in the table first."));
    }
    if (auto saved = m_directory.setResident(residentHex, {name, phone, note}); !saved) {
        return failed(saved.error().message);
    }
    refresh();
    return done(QCoreApplication::translate("courtyard::desk", "Saved on this desk."));
}

QVariantMap ManagerWorkspace::residentDetails(const QString &residentHex) const
{
    const DirectoryEntry e = m_directory.resident(residentHex);
    const auto units = m_residentUnits.find(residentHex);
    return {{QStringLiteral("name"), e.name},
            {QStringLiteral("phone"), e.phone},
            {QStringLiteral("note"), e.note},
            {QStringLiteral("units"), units == m_residentUnits.end() ? QStringList() : units->second}};
}

bool ManagerWorkspace::linkResident(const QString &residentHex, const QString &unit)
{
    if (m_residents.model->rowOfKey(residentHex) < 0) {
        return failed(QCoreApplication::translate("courtyard::desk", "Choose a resident in the table first."));
    }
    return run(QStringLiteral("resident.link"), {{QStringLiteral("resident"), residentHex}, {QStringLiteral("unit"), unit}},
               QCoreApplication::translate("courtyard::desk", "Recorded: resident %1 lives in %2 too.").arg(shortId(residentHex), unit.trimmed()));
}

bool ManagerWorkspace::moveOut(const QString &residentHex, const QString &unit)
{
    if (m_residents.model->rowOfKey(residentHex) < 0) {
        return failed(QCoreApplication::translate("courtyard::desk", "Choose a resident in the table first."));
    }
    return run(QStringLiteral("resident.move-out"), {{QStringLiteral("resident"), residentHex}, {QStringLiteral("unit"), unit}},
               QCoreApplication::translate("courtyard::desk", "Recorded: resident %1 moved out of %2.").arg(shortId(residentHex), unit));
}

bool ManagerWorkspace::enrollCard(const QString &residentHex, const QString &card, const QString &pin, const QString &pinAgain)
{
    const QByteArray resident = QByteArray::fromHex(residentHex.toLatin1());
    if (resident.size() != 16 || m_residents.model->rowOfKey(residentHex) < 0) {
        return failed(QCoreApplication::translate("courtyard::desk", "Choose a resident in the table first."));
    }
    if (card.trimmed().isEmpty()) {
        return failed(QCoreApplication::translate("courtyard::desk", "Read the card with the reader (or type its number)."));
    }
    static const QRegularExpression pinShape(QStringLiteral("^[0-9]{4,12}$"));
    if (!pinShape.match(pin).hasMatch()) {
        return failed(QCoreApplication::translate("courtyard::desk", "The PIN is 4 to 12 digits."));
    }
    if (pin != pinAgain) {
        return failed(QCoreApplication::translate("courtyard::desk", "The two PINs differ; type the same PIN twice."));
    }
    QByteArray pinBytes = pin.toLatin1();
    auto hash = crypto::hashPin(pinBytes);
    pinBytes.fill('\0');
    if (!hash) {
        return failed(hash.error().message);
    }
    const QByteArray cardHash = crypto::toByteArray(crypto::sha256(card.trimmed().toUtf8()));
    return submitPayload(QStringLiteral("resident.enroll-card"),
                         cbor::Value::fromMap({{QStringLiteral("resident"), cbor::Value::fromBytes(resident)},
                                               {QStringLiteral("card"), cbor::Value::fromBytes(cardHash)},
                                               {QStringLiteral("pin"), cbor::Value::fromText(QString::fromLatin1(*hash))}}),
                         QCoreApplication::translate("courtyard::desk", "Card and PIN enrolled for resident %1.").arg(shortId(residentHex)));
}

// --- devices --------------------------------------------------------------------------------

bool ManagerWorkspace::authorizeDevice(const QString &label, const QString &validHours)
{
    BuiltForm built;
    const QString hours = validHours.trimmed().isEmpty() ? QStringLiteral("24") : validHours;
    if (!run(QStringLiteral("device.authorize"), {{QStringLiteral("label"), label}, {QStringLiteral("valid-hours"), hours}}, QString(), &built)) {
        return false;
    }
    // Shown in groups of four, as people read it out and type it (any form is accepted).
    m_lastCode = built.enrollmentCode;
    if (m_lastCode.size() == 16) {
        m_lastCode = QStringList{m_lastCode.mid(0, 4), m_lastCode.mid(4, 4), m_lastCode.mid(8, 4), m_lastCode.mid(12, 4)}.join(QLatin1Char('-'));
    }
    return done(QCoreApplication::translate("courtyard::desk", "Enrollment code for \"%1\": %2 — give it to whoever sets the kiosk up; it is shown only now.").arg(label.trimmed(), m_lastCode));
}

bool ManagerWorkspace::cancelEnrollmentCode(const QString &rowKey)
{
    if (!rowKey.startsWith(QLatin1String("code:"))) {
        return failed(QCoreApplication::translate("courtyard::desk", "Choose an open enrollment code in the table first."));
    }
    const QByteArray hash = QByteArray::fromHex(rowKey.mid(5).toLatin1());
    return submitPayload(QStringLiteral("device.cancel-code"), cbor::Value::fromMap({{QStringLiteral("code-hash"), cbor::Value::fromBytes(hash)}}),
                         QCoreApplication::translate("courtyard::desk", "The enrollment code was cancelled."));
}

bool ManagerWorkspace::revokeDevice(const QString &rowKey, const QString &reason)
{
    if (!rowKey.startsWith(QLatin1String("device:"))) {
        return failed(QCoreApplication::translate("courtyard::desk", "Choose an enrolled device in the table first."));
    }
    return run(QStringLiteral("device.revoke"), {{QStringLiteral("device"), rowKey.mid(7)}, {QStringLiteral("reason"), reason}},
               QCoreApplication::translate("courtyard::desk", "The device was revoked; its key can never sign in again."));
}

// --- leases ---------------------------------------------------------------------------------

bool ManagerWorkspace::createLease(const QString &unit, const QString &residents, const QString &rent, const QString &billingDay,
                                   const QString &start, const QString &end, const QString &deposit, const QString &graceDays,
                                   const QString &document)
{
    const auto hash = storeDocument(document);
    if (!hash) {
        return false;
    }
    FormValues values{{QStringLiteral("unit"), unit},   {QStringLiteral("rent"), rent},   {QStringLiteral("billing-day"), billingDay},
                      {QStringLiteral("start"), start}, {QStringLiteral("end"), end},     {QStringLiteral("deposit"), deposit},
                      {QStringLiteral("grace-days"), graceDays}, {QStringLiteral("document"), *hash}};
    for (const QString &r : residents.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts)) {
        values.append({QStringLiteral("resident"), r});
    }
    BuiltForm built;
    if (!run(QStringLiteral("lease.create"), values, QString(), &built)) {
        return false;
    }
    QString id;
    for (const auto &[option, value] : built.generated) {
        if (option == QLatin1String("lease")) {
            id = hex(value);
        }
    }
    return done(QCoreApplication::translate("courtyard::desk", "Lease %1 created for unit %2.").arg(shortId(id), unit.trimmed()));
}

bool ManagerWorkspace::renewLease(const QString &leaseHex, const QString &end, const QString &rent, const QString &document)
{
    const auto hash = storeDocument(document);
    if (!hash) {
        return false;
    }
    return run(QStringLiteral("lease.renew"),
               {{QStringLiteral("lease"), leaseHex}, {QStringLiteral("end"), end}, {QStringLiteral("rent"), rent}, {QStringLiteral("document"), *hash}},
               QCoreApplication::translate("courtyard::desk", "Lease %1 renewed to %2.").arg(shortId(leaseHex), end));
}

bool ManagerWorkspace::amendLease(const QString &leaseHex, const QString &effective, const QString &rent, const QString &end,
                                  const QString &document)
{
    const auto hash = storeDocument(document);
    if (!hash) {
        return false;
    }
    return run(QStringLiteral("lease.amend"),
               {{QStringLiteral("lease"), leaseHex}, {QStringLiteral("effective"), effective}, {QStringLiteral("rent"), rent},
                {QStringLiteral("end"), end}, {QStringLiteral("document"), *hash}},
               QCoreApplication::translate("courtyard::desk", "Lease %1 amended from %2.").arg(shortId(leaseHex), effective));
}

bool ManagerWorkspace::terminateLease(const QString &leaseHex, const QString &date, const QString &deductions)
{
    FormValues values{{QStringLiteral("lease"), leaseHex}, {QStringLiteral("date"), date}};
    for (const QString &line : deductions.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty()) {
            values.append({QStringLiteral("deduction"), line.trimmed()});
        }
    }
    return run(QStringLiteral("lease.terminate"), values, QCoreApplication::translate("courtyard::desk", "Lease %1 terminated on %2; the deposit is settled.").arg(shortId(leaseHex), date));
}

void ManagerWorkspace::showLeaseVersions(const QString &leaseHex)
{
    m_selectedLease = leaseHex;
    buildLeaseVersions();
    Q_EMIT leaseVersionsChanged();
}

// --- billing --------------------------------------------------------------------------------

bool ManagerWorkspace::previewClose(const QString &period)
{
    auto form = buildForm(m_core, QStringLiteral("billing.close-period"), {{QStringLiteral("period"), period}});
    if (!form) {
        return failed(form.error().message);
    }
    auto effects = m_core.preview(QStringLiteral("billing.close-period"), std::move(form->payload));
    if (!effects) {
        return failed(effects.error().message);
    }
    if (!*effects) {
        m_preview.model->setRows({});
        m_previewPeriod.clear();
        m_previewCount = 0;
        m_previewTotal = 0;
        m_previewCredit = 0;
        Q_EMIT previewChanged();
        return failed(QCoreApplication::translate("courtyard::desk", "This period cannot be closed: %1").arg((*effects).error().message));
    }
    std::vector<TableRow> rows;
    qint64 total = 0;
    qint64 credit = 0;
    for (const auto &[key, value] : (*effects)->delta.changes()) {
        if (!key.startsWith("invoice/") || !value) {
            continue;
        }
        auto before = m_core.localState().get(key);
        if (before && *before) {
            continue; // an existing invoice the close changes (none today), not a new one
        }
        views::InvoiceLine line;
        line.unit = text(*value, "unit");
        line.kind = text(*value, "kind");
        line.period = text(*value, "period");
        line.due = QDate::fromString(text(*value, "due"), Qt::ISODate);
        line.amount = integer(*value, "amount");
        line.paid = integer(*value, "paid");
        total += line.amount;
        credit += line.paid;
        TableRow row;
        row.key = hex(bytes(*value, "id"));
        row.cells = {line.unit, views::invoiceWhat(line, m_locale), line.period, day(line.due), amount(line.amount), amount(line.paid)};
        row.sortKeys = {QVariant(), QVariant(), QVariant(), line.due, line.amount, line.paid};
        rows.push_back(std::move(row));
    }
    m_previewCount = int(rows.size());
    m_previewTotal = total;
    m_previewCredit = credit;
    m_previewPeriod = period.trimmed();
    m_preview.model->setRows(std::move(rows));
    Q_EMIT previewChanged();
    return done(QCoreApplication::translate("courtyard::desk", "Closing %1 issues the invoices below (count: %2, total: %3). Check them, then post.")
                    .arg(m_previewPeriod, m_locale.toString(m_previewCount), amount(total)));
}

bool ManagerWorkspace::postClose(const QString &period)
{
    if (period.trimmed() != m_previewPeriod || m_previewPeriod.isEmpty()) {
        return failed(QCoreApplication::translate("courtyard::desk", "Preview the period first, then post it."));
    }
    const int count = m_previewCount;
    const qint64 total = m_previewTotal;
    if (!run(QStringLiteral("billing.close-period"), {{QStringLiteral("period"), period}}, QString())) {
        return false;
    }
    m_previewPeriod.clear();
    m_previewCount = 0;
    m_previewTotal = 0;
    m_previewCredit = 0;
    m_preview.model->setRows({});
    Q_EMIT previewChanged();
    return done(QCoreApplication::translate("courtyard::desk", "%1 closed (invoices: %2, total: %3).").arg(period.trimmed(), m_locale.toString(count), amount(total)));
}

// --- payments -------------------------------------------------------------------------------

bool ManagerWorkspace::recordPayment(const QString &method, const QString &unit, const QString &amountText, const QString &reference)
{
    if (method == QLatin1String("cash")) {
        return run(QStringLiteral("payment.cash"),
                   {{QStringLiteral("unit"), unit}, {QStringLiteral("amount"), amountText}, {QStringLiteral("receipt"), reference}},
                   QCoreApplication::translate("courtyard::desk", "Cash payment of %1 recorded for %2.").arg(amountText.trimmed(), unit.trimmed()));
    }
    if (method == QLatin1String("bank")) {
        return run(QStringLiteral("payment.bank"),
                   {{QStringLiteral("unit"), unit}, {QStringLiteral("amount"), amountText}, {QStringLiteral("reference"), reference}},
                   QCoreApplication::translate("courtyard::desk", "Bank payment of %1 recorded for %2.").arg(amountText.trimmed(), unit.trimmed()));
    }
    return failed(QCoreApplication::translate("courtyard::desk", "Choose cash or bank transfer."));
}

bool ManagerWorkspace::reversePayment(const QString &paymentHex, const QString &reason)
{
    if (paymentHex.isEmpty()) {
        return failed(QCoreApplication::translate("courtyard::desk", "Choose a payment in the table first."));
    }
    return run(QStringLiteral("payment.reverse"), {{QStringLiteral("payment"), paymentHex}, {QStringLiteral("reason"), reason}},
               QCoreApplication::translate("courtyard::desk", "Payment %1 reversed.").arg(shortId(paymentHex)));
}

// --- repairs --------------------------------------------------------------------------------

QString ManagerWorkspace::repairStatus(const QString &repairHex) const
{
    const auto it = m_repairStatuses.find(repairHex);
    return it == m_repairStatuses.end() ? QString() : it->second;
}

bool ManagerWorkspace::quoteRepair(const QString &repairHex, const QString &vendor, const QString &amountText, const QString &document)
{
    const auto hash = storeDocument(document);
    if (!hash) {
        return false;
    }
    return run(QStringLiteral("repair.quote"),
               {{QStringLiteral("repair"), repairHex}, {QStringLiteral("vendor"), vendor}, {QStringLiteral("amount"), amountText},
                {QStringLiteral("document"), *hash}},
               QCoreApplication::translate("courtyard::desk", "Quote of %1 from %2 recorded.").arg(amountText.trimmed(), vendor.trimmed()));
}

bool ManagerWorkspace::needsCommittee(const QString &repairHex) const
{
    const auto quote = m_repairQuotes.find(repairHex);
    const auto limit = threshold("repair-committee-threshold");
    return quote != m_repairQuotes.end() && limit && quote->second >= *limit;
}

bool ManagerWorkspace::approveRepair(const QString &repairHex)
{
    if (needsCommittee(repairHex)) {
        return failed(QCoreApplication::translate("courtyard::desk", "The quote is at or above the committee threshold (%1): the committee must co-sign this approval.").arg(repairThreshold()));
    }
    return run(QStringLiteral("repair.approve"), {{QStringLiteral("repair"), repairHex}}, QCoreApplication::translate("courtyard::desk", "Repair %1 approved.").arg(shortId(repairHex)));
}

bool ManagerWorkspace::sendRepairToCommittee(const QString &repairHex, const QString &note)
{
    if (repairStatus(repairHex) != QLatin1String("quoted") || !needsCommittee(repairHex)) {
        return failed(QCoreApplication::translate("courtyard::desk", "Only a quoted repair at or above the committee threshold (%1) goes to the committee; approve the others yourself.")
                          .arg(repairThreshold()));
    }
    if (note.trimmed().isEmpty()) {
        return failed(QCoreApplication::translate("courtyard::desk", "Write a note for the committee (why this repair, why this quote), then send it again."));
    }
    if (!m_server || !m_proposals) {
        return failed(QCoreApplication::translate("courtyard::desk", "This desk has no server: the committee's signatures are collected by the community's server. Open the desk with its server, then send it again."));
    }
    if (!committeeStatus(repairHex).isEmpty()) {
        return failed(QCoreApplication::translate("courtyard::desk", "Repair %1 is already waiting for the committee.").arg(shortId(repairHex)));
    }
    // The validity counts from the server's clock, which the list at sign-in tells.
    if (m_proposals->state() != syncclient::ProposalSession::State::Live || m_proposals->serverNowMs() == 0) {
        const QString why = m_proposals->reason().isEmpty()
                                ? QCoreApplication::translate("courtyard::desk", "the desk is still connecting to the server; send it again in a moment")
                                : m_proposals->reason();
        return failed(QCoreApplication::translate("courtyard::desk", "Not sent to the committee: %1").arg(why));
    }
    auto form = buildForm(m_core, QStringLiteral("repair.approve"), {{QStringLiteral("repair"), repairHex}});
    if (!form) {
        return failed(QCoreApplication::translate("courtyard::desk", "Nothing was sent: %1").arg(form.error().message));
    }
    auto ledgerTime = m_core.store().nextBlockTime(0); // the latest block's time: block times never go back
    if (!ledgerTime) {
        return failed(QCoreApplication::translate("courtyard::desk", "Nothing was sent: %1").arg(ledgerTime.error().message));
    }
    // Co-signed (ledger format 2): it holds no sequence of the manager, who goes on recording
    // payments while the committee signs; valid for two weeks.
    const crypto::KeyPair &key = m_core.key();
    ledger::TransactionBody body;
    body.kind = QStringLiteral("repair.approve");
    body.kindVersion = form->version;
    body.communityId = m_core.genesis().communityId;
    body.author = key.publicKey();
    body.payload = form->payload;
    body.validUntilMs = std::max(m_proposals->serverNowMs(), *ledgerTime) + syncclient::kDefaultProposalValidityMs;
    auto tx = ledger::Transaction::create(std::move(body), key);
    if (!tx) {
        return failed(QCoreApplication::translate("courtyard::desk", "Nothing was sent: %1").arg(tx.error().message));
    }
    const quint64 request = m_proposals->propose(*tx, note.trimmed());
    if (request == 0) {
        return failed(QCoreApplication::translate("courtyard::desk", "Not sent to the committee: %1").arg(m_proposals->reason()));
    }
    m_proposing[request] = repairHex;
    updateCommitteeWaits();
    return done(QCoreApplication::translate("courtyard::desk", "Sending repair %1 to the committee…").arg(shortId(repairHex)));
}

void ManagerWorkspace::setServer(std::optional<syncclient::SyncOptions> options)
{
    m_server = std::move(options);
    m_proposals.reset();
    m_serverProposals.clear();
    m_proposing.clear();
    m_committeeWaits.clear();
    if (!m_server) {
        return;
    }
    // One watching connection: the repairs page's "waiting for the committee (1 of 2)" follows
    // every signature as the server pushes it, and sending never blocks.
    m_proposals = std::make_unique<syncclient::ProposalSession>(*m_server, m_core.key(), 20000);
    syncclient::ProposalSession *session = m_proposals.get();
    connect(session, &syncclient::ProposalSession::listed, this, [this](quint64, const syncclient::ProposalAnswer &answer) {
        if (answer.refused()) {
            return;
        }
        m_serverProposals.clear();
        mergeProposals(answer.proposals);
    });
    connect(session, &syncclient::ProposalSession::pushed, this,
            [this](const std::vector<sync::ProposalInfo> &changed, quint64) { mergeProposals(changed); });
    connect(session, &syncclient::ProposalSession::answered, this, [this](quint64 request, const syncclient::ProposalAnswer &answer) {
        const auto it = m_proposing.find(request);
        if (it == m_proposing.end()) {
            return;
        }
        const QString repairHex = it->second;
        m_proposing.erase(it);
        if (answer.refused()) {
            updateCommitteeWaits();
            failed(QCoreApplication::translate("courtyard::desk", "The server refused the proposal (%1): %2").arg(answer.refusedCode, answer.refusedReason));
            return;
        }
        mergeProposals(answer.proposals);
        done(QCoreApplication::translate("courtyard::desk", "Repair %1 sent to the committee.").arg(shortId(repairHex)));
    });
    connect(session, &syncclient::ProposalSession::unanswered, this, [this](quint64 request, const QString &why) {
        if (m_proposing.erase(request) == 0) {
            return;
        }
        // The list at the next sign-in says whether it arrived after all.
        updateCommitteeWaits();
        failed(QCoreApplication::translate("courtyard::desk", "Not sent to the committee: %1").arg(why));
    });
    session->start();
}

void ManagerWorkspace::mergeProposals(const std::vector<sync::ProposalInfo> &proposals)
{
    for (const sync::ProposalInfo &p : proposals) {
        if (auto id = syncclient::proposalId(p)) {
            m_serverProposals[*id] = p;
        }
    }
    updateCommitteeWaits();
}

void ManagerWorkspace::updateCommitteeWaits()
{
    int quorum = 0;
    if (auto committee = contracts::readCommittee(m_core.localState()); committee && *committee) {
        quorum = int((*committee)->quorum);
    }
    std::map<QString, std::pair<int, int>> waits;
    for (const auto &[id, p] : m_serverProposals) {
        if (p.state != sync::ProposalInfo::State::Open && p.state != sync::ProposalInfo::State::Submitted) {
            continue;
        }
        auto tx = ledger::Transaction::decode(p.transaction);
        if (!tx || tx->body().kind != QLatin1String("repair.approve")) {
            continue;
        }
        const cbor::Value *repair = tx->body().payload.find(u"id");
        if (!repair || !repair->isBytes()) {
            continue;
        }
        auto &wait = waits[QString::fromLatin1(repair->asBytes().toHex())];
        wait = {std::max(wait.first, int(p.signers.size())), quorum};
    }
    for (const auto &[request, repairHex] : m_proposing) {
        waits.try_emplace(repairHex, 0, quorum); // sent, the answer not in yet
    }
    if (waits == m_committeeWaits) {
        return;
    }
    m_committeeWaits = std::move(waits);
    ++m_revision;
    Q_EMIT refreshed();
}

int ManagerWorkspace::committeeWaitingCount() const
{
    int count = 0;
    for (const auto &[repairHex, wait] : m_committeeWaits) {
        count += repairStatus(repairHex) == QLatin1String("quoted") ? 1 : 0;
    }
    return count;
}

QString ManagerWorkspace::committeeWaitingText() const
{
    const int count = committeeWaitingCount();
    if (count == 0) {
        return {};
    }
    //: On the repairs page: how many quoted repairs wait for the committee's co-signatures; it changes as the members sign.
    return QCoreApplication::translate("courtyard::desk", "Repair approvals waiting for the committee: %1").arg(m_locale.toString(count));
}

QString ManagerWorkspace::committeeStatus(const QString &repairHex) const
{
    const auto found = m_committeeWaits.find(repairHex);
    if (found == m_committeeWaits.end() || repairStatus(repairHex) != QLatin1String("quoted")) {
        return {};
    }
    return QCoreApplication::translate("courtyard::desk", "waiting for the committee (%1 of %2 signatures)")
        .arg(m_locale.toString(found->second.first), m_locale.toString(found->second.second));
}

bool ManagerWorkspace::rejectRepair(const QString &repairHex, const QString &reason)
{
    return run(QStringLiteral("repair.reject"), {{QStringLiteral("repair"), repairHex}, {QStringLiteral("reason"), reason}},
               QCoreApplication::translate("courtyard::desk", "Repair %1 rejected.").arg(shortId(repairHex)));
}

bool ManagerWorkspace::startRepair(const QString &repairHex)
{
    return run(QStringLiteral("repair.start"), {{QStringLiteral("repair"), repairHex}}, QCoreApplication::translate("courtyard::desk", "Repair %1: work started.").arg(shortId(repairHex)));
}

bool ManagerWorkspace::completeRepair(const QString &repairHex)
{
    return run(QStringLiteral("repair.complete"), {{QStringLiteral("repair"), repairHex}}, QCoreApplication::translate("courtyard::desk", "Repair %1: work complete.").arg(shortId(repairHex)));
}

bool ManagerWorkspace::payVendor(const QString &repairHex, const QString &amountText, const QString &invoiceDocument)
{
    const auto hash = storeDocument(invoiceDocument);
    if (!hash) {
        return false;
    }
    return run(QStringLiteral("repair.pay-vendor"),
               {{QStringLiteral("repair"), repairHex}, {QStringLiteral("amount"), amountText}, {QStringLiteral("invoice"), *hash}},
               QCoreApplication::translate("courtyard::desk", "Vendor paid %1 for repair %2.").arg(amountText.trimmed(), shortId(repairHex)));
}

// --- expenses -------------------------------------------------------------------------------

bool ManagerWorkspace::recordExpense(const QString &category, const QString &vendor, const QString &amountText,
                                     const QString &invoiceDocument, const QString &date)
{
    const auto hash = storeDocument(invoiceDocument);
    if (!hash) {
        return false;
    }
    return run(QStringLiteral("expense.record"),
               {{QStringLiteral("category"), category}, {QStringLiteral("vendor"), vendor}, {QStringLiteral("amount"), amountText},
                {QStringLiteral("invoice"), *hash}, {QStringLiteral("date"), date}},
               QCoreApplication::translate("courtyard::desk", "Expense of %1 to %2 recorded.").arg(amountText.trimmed(), vendor.trimmed()));
}

// --- the tables -----------------------------------------------------------------------------

void ManagerWorkspace::refresh()
{
    m_refreshSoon.stop();
    const auto check = [](const Result<void> &r) {
        if (!r) {
            qWarning("courtyard-desk: a table could not be read: %s", qPrintable(r.error().message));
        }
    };
    check(buildUnitsAndResidents());
    check(buildDevices());
    check(buildLeases());
    check(buildPayments());
    check(buildRepairs());
    check(buildExpenses());
    buildLeaseVersions();
    ++m_revision;
    Q_EMIT refreshed();
}

Result<void> ManagerWorkspace::buildUnitsAndResidents()
{
    const state::StateView &state = m_core.localState();
    const QDate today = m_core.genesis().localDate(m_core.now());
    struct UnitInfo {
        qint64 area = 0;
        qint64 share = 0;
        int residents = 0;
        qint64 open = 0;
        qint64 overdue = 0;
        qint64 credit = 0;
    };
    std::map<QString, UnitInfo> units;
    CY_CHECK(state.scan(QByteArrayView("unit/"), [&](const state::Key &key, const cbor::Value &value) {
        UnitInfo &u = units[after(key, "unit/")];
        u.area = integer(value, "area");
        u.share = integer(value, "share");
        return true;
    }));
    CY_CHECK(state.scan(QByteArrayView("occupancy/"), [&](const state::Key &key, const cbor::Value &) {
        const QString rest = after(key, "occupancy/");
        const auto it = units.find(rest.section(QLatin1Char('/'), 0, 0));
        if (it != units.end()) {
            ++it->second.residents;
        }
        return true;
    }));
    CY_TRY(const std::vector<views::InvoiceLine> open, views::invoices(state, QString(), true));
    for (const views::InvoiceLine &invoice : open) {
        const auto it = units.find(invoice.unit);
        if (it == units.end()) {
            continue;
        }
        it->second.open += invoice.open();
        if (invoice.due < today) {
            it->second.overdue += invoice.open();
        }
    }
    CY_CHECK(state.scan(QByteArrayView("prepaid/"), [&](const state::Key &key, const cbor::Value &value) {
        const auto it = units.find(after(key, "prepaid/"));
        if (it != units.end()) {
            it->second.credit = integer(value, "amount");
        }
        return true;
    }));
    std::vector<TableRow> rows;
    rows.reserve(units.size());
    m_unitNumbers.clear();
    m_unitFigures.clear();
    for (const auto &[number, u] : units) {
        m_unitNumbers << number;
        m_unitFigures[number] = {u.area, u.share};
        TableRow row;
        row.key = number;
        row.cells = {number, m_locale.toString(double(u.area) / 100.0, 'f', 2), m_locale.toString(double(u.share) / 100.0, 'f', 2),
                     m_locale.toString(u.residents), amount(u.open), amount(u.overdue), amount(u.credit)};
        row.sortKeys = {QVariant(), u.area, u.share, u.residents, u.open, u.overdue, u.credit};
        row.tone = u.overdue > 0 ? QStringLiteral("warning") : QString();
        rows.push_back(std::move(row));
    }
    m_units.model->setRows(std::move(rows));

    // Residents: the ledger's ids, with this desk's directory.
    std::set<QString> cards;
    std::set<QString> lockedCards;
    const quint64 now = m_core.now();
    CY_CHECK(state.scan(QByteArrayView("card/"), [&](const state::Key &key, const cbor::Value &value) {
        const QString id = after(key, "card/");
        cards.insert(id);
        if (quint64(integer(value, "locked-until")) > now) {
            lockedCards.insert(id);
        }
        return true;
    }));
    std::vector<TableRow> residentRows;
    m_residentUnits.clear();
    CY_CHECK(state.scan(QByteArrayView("resident/"), [&](const state::Key &key, const cbor::Value &value) {
        const QString id = after(key, "resident/");
        QStringList living;
        if (const cbor::Value *list = field(value, "units"); list && list->isArray()) {
            for (const cbor::Value &u : list->asArray()) {
                if (u.isText()) {
                    living << u.asText();
                }
            }
        }
        m_residentUnits[id] = living;
        const DirectoryEntry entry = m_directory.resident(id);
        const QString card = lockedCards.count(id) ? QCoreApplication::translate("courtyard::desk", "locked") : cards.count(id) ? QCoreApplication::translate("courtyard::desk", "enrolled") : QCoreApplication::translate("courtyard::desk", "none");
        const quint64 since = quint64(integer(value, "since"));
        TableRow row;
        row.key = id;
        row.cells = {shortId(id), entry.name, entry.phone, living.isEmpty() ? QCoreApplication::translate("courtyard::desk", "moved out") : living.join(QStringLiteral(", ")), card, time(since)};
        row.sortKeys = {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), since};
        row.tone = lockedCards.count(id) ? QStringLiteral("bad") : living.isEmpty() ? QStringLiteral("muted") : QString();
        residentRows.push_back(std::move(row));
        return true;
    }));
    m_residents.model->setRows(std::move(residentRows));
    return {};
}

Result<void> ManagerWorkspace::buildDevices()
{
    const state::StateView &state = m_core.localState();
    const quint64 now = m_core.now();
    std::vector<TableRow> rows;
    CY_CHECK(state.scan(QByteArrayView("enrollment/"), [&](const state::Key &key, const cbor::Value &value) {
        const QString hash = after(key, "enrollment/");
        QString st = text(value, "state");
        const quint64 expires = quint64(integer(value, "expires"));
        const bool expired = st == QLatin1String("open") && expires <= now;
        const QString stateText = expired ? QCoreApplication::translate("courtyard::desk", "expired")
                                  : st == QLatin1String("open") ? QCoreApplication::translate("courtyard::desk", "open")
                                  : st == QLatin1String("used") ? QCoreApplication::translate("courtyard::desk", "used")
                                                                : QCoreApplication::translate("courtyard::desk", "cancelled");
        TableRow row;
        row.key = QStringLiteral("code:") + hash;
        row.cells = {QCoreApplication::translate("courtyard::desk", "Enrollment code"), text(value, "label"), text(value, "role"), stateText, time(quint64(integer(value, "at"))),
                     time(expires), shortId(hash)};
        row.sortKeys = {QVariant(), QVariant(), QVariant(), QVariant(), integer(value, "at"), qint64(expires)};
        row.tone = st == QLatin1String("open") && !expired ? QStringLiteral("warning") : QStringLiteral("muted");
        rows.push_back(std::move(row));
        return true;
    }));
    CY_CHECK(state.scan(QByteArrayView("device/"), [&](const state::Key &key, const cbor::Value &value) {
        const QString keyHex = after(key, "device/");
        const bool revoked = field(value, "revoked-at") != nullptr;
        TableRow row;
        row.key = QStringLiteral("device:") + keyHex;
        row.cells = {QCoreApplication::translate("courtyard::desk", "Device"), text(value, "label"), text(value, "role"),
                     revoked ? QCoreApplication::translate("courtyard::desk", "revoked: %1").arg(text(value, "reason")) : QCoreApplication::translate("courtyard::desk", "enrolled"), time(quint64(integer(value, "enrolled-at"))),
                     QString(), shortId(keyHex)};
        row.sortKeys = {QVariant(), QVariant(), QVariant(), QVariant(), integer(value, "enrolled-at")};
        row.tone = revoked ? QStringLiteral("bad") : QStringLiteral("good");
        rows.push_back(std::move(row));
        return true;
    }));
    m_devices.model->setRows(std::move(rows));
    return {};
}

Result<void> ManagerWorkspace::buildLeases()
{
    const state::StateView &state = m_core.localState();
    std::map<QString, cbor::Value> heads;
    std::map<QString, std::map<int, cbor::Value>> versions;
    CY_CHECK(state.scan(QByteArrayView("lease/"), [&](const state::Key &key, const cbor::Value &value) {
        const QStringList parts = after(key, "lease/").split(QLatin1Char('/'));
        if (parts.size() == 1) {
            heads[parts[0]] = value;
        } else if (parts.size() == 3 && parts[1] == QLatin1String("v")) {
            versions[parts[0]][parts[2].toInt()] = value;
        }
        return true;
    }));
    std::vector<TableRow> rows;
    rows.reserve(heads.size());
    for (const auto &[id, head] : heads) {
        const int version = int(integer(head, "version", 1));
        const cbor::Value terms = versions[id].count(version) ? versions[id][version] : cbor::Value();
        QStringList residentNames;
        if (const cbor::Value *list = field(terms, "residents"); list && list->isArray()) {
            for (const cbor::Value &r : list->asArray()) {
                if (r.isBytes()) {
                    const QString rid = hex(r.asBytes());
                    const QString name = m_directory.resident(rid).name;
                    residentNames << (name.isEmpty() ? shortId(rid) : name);
                }
            }
        }
        const bool active = text(head, "status") == QLatin1String("active");
        const QDate start = QDate::fromString(text(head, "start"), Qt::ISODate);
        const QDate end = QDate::fromString(text(head, "end"), Qt::ISODate);
        TableRow row;
        row.key = id;
        row.cells = {shortId(id), text(head, "unit"), residentNames.join(QStringLiteral(", ")), amount(integer(terms, "rent")), day(start),
                     end.isValid() ? day(end) : QCoreApplication::translate("courtyard::desk", "open-ended"), m_locale.toString(version), active ? QCoreApplication::translate("courtyard::desk", "active") : QCoreApplication::translate("courtyard::desk", "terminated"),
                     amount(integer(terms, "deposit"))};
        row.sortKeys = {QVariant(), QVariant(), QVariant(), integer(terms, "rent"), start, end, version, QVariant(), integer(terms, "deposit")};
        row.tone = active ? QString() : QStringLiteral("muted");
        rows.push_back(std::move(row));
    }
    m_leases.model->setRows(std::move(rows));
    return {};
}

void ManagerWorkspace::buildLeaseVersions()
{
    std::vector<TableRow> rows;
    if (!m_selectedLease.isEmpty()) {
        const QByteArray prefix = QByteArray("lease/") + m_selectedLease.toLatin1() + "/v/";
        auto scanned = m_core.localState().scan(QByteArrayView(prefix), [&](const state::Key &, const cbor::Value &terms) {
            QStringList names;
            if (const cbor::Value *list = field(terms, "residents"); list && list->isArray()) {
                for (const cbor::Value &r : list->asArray()) {
                    if (r.isBytes()) {
                        const QString rid = hex(r.asBytes());
                        const QString name = m_directory.resident(rid).name;
                        names << (name.isEmpty() ? shortId(rid) : name);
                    }
                }
            }
            const qint64 version = integer(terms, "version");
            const QDate effective = QDate::fromString(text(terms, "effective"), Qt::ISODate);
            const QDate end = QDate::fromString(text(terms, "end"), Qt::ISODate);
            TableRow row;
            row.key = QString::number(version);
            row.cells = {m_locale.toString(version), day(effective), amount(integer(terms, "rent")), m_locale.toString(integer(terms, "billing-day")),
                         end.isValid() ? day(end) : QCoreApplication::translate("courtyard::desk", "open-ended"), names.join(QStringLiteral(", ")), amount(integer(terms, "deposit")),
                         shortId(hex(bytes(terms, "document")))};
            row.sortKeys = {version, effective, integer(terms, "rent"), integer(terms, "billing-day"), end};
            rows.push_back(std::move(row));
            return true;
        });
        if (!scanned) {
            failed(scanned.error().message);
        }
    }
    m_leaseVersions.model->setRows(std::move(rows));
}

Result<void> ManagerWorkspace::buildPayments()
{
    const state::StateView &state = m_core.localState();
    CY_TRY(const std::vector<store::OutboxEntry> waiting, m_core.store().outbox(store::OutboxState::Pending));
    std::set<QByteArray> pending;
    for (const store::OutboxEntry &entry : waiting) {
        pending.insert(QByteArray(reinterpret_cast<const char *>(entry.id.data()), qsizetype(entry.id.size())).toHex());
    }
    std::vector<TableRow> rows;
    CY_CHECK(state.scan(QByteArrayView("payment/"), [&](const state::Key &key, const cbor::Value &value) {
        const QString tx = after(key, "payment/");
        const quint64 at = quint64(integer(value, "at"));
        const qint64 paid = integer(value, "amount");
        const bool reversed = field(value, "reversed") && field(value, "reversed")->isBool() && field(value, "reversed")->asBool();
        const bool waitingHere = pending.count(tx.toLatin1()) > 0;
        const views::PaymentStatus status = waitingHere ? views::PaymentStatus::Pending
                                            : reversed  ? views::PaymentStatus::Reversed
                                                        : views::PaymentStatus::Confirmed;
        TableRow row;
        row.key = tx;
        row.cells = {time(at), text(value, "unit"), views::paymentMethodText(text(value, "method")), amount(paid),
                     views::paymentStatusText(status) + (reversed ? QStringLiteral(": ") + text(value, "reason") : QString()), shortId(tx)};
        row.sortKeys = {qint64(at), QVariant(), QVariant(), paid};
        row.tone = reversed ? QStringLiteral("bad") : waitingHere ? QStringLiteral("warning") : QString();
        rows.push_back(std::move(row));
        return true;
    }));
    m_payments.model->setRows(std::move(rows));
    return {};
}

Result<void> ManagerWorkspace::buildRepairs()
{
    const state::StateView &state = m_core.localState();
    CY_TRY(const std::vector<views::RepairLine> lines, views::repairs(state, views::RepairFilter{}, qint64(m_core.now())));
    m_repairQuotes.clear();
    m_repairStatuses.clear();
    std::vector<TableRow> rows;
    rows.reserve(lines.size());
    for (const views::RepairLine &r : lines) {
        const QString id = hex(r.id);
        QString vendor;
        qint64 quoted = -1;
        auto value = state.get(QByteArray("repair/") + id.toLatin1());
        if (value && *value) {
            if (const cbor::Value *q = field(**value, "quote")) {
                vendor = text(*q, "vendor");
                quoted = integer(*q, "amount", -1);
            }
        }
        if (quoted >= 0) {
            m_repairQuotes[id] = quoted;
        }
        m_repairStatuses[id] = r.status;
        const bool open = r.status != QLatin1String("confirmed") && r.status != QLatin1String("rejected") && r.status != QLatin1String("completed");
        TableRow row;
        row.key = id;
        row.cells = {time(quint64(r.requestedMs)), r.unit.isEmpty() ? QCoreApplication::translate("courtyard::desk", "common property") : r.unit, views::repairCategoryText(r.category),
                     r.description, r.location, views::repairUrgencyText(r.urgency), views::repairStatusText(r.status), m_locale.toString(r.ageDays),
                     quoted >= 0 ? amount(quoted) : QString(), vendor};
        row.sortKeys = {r.requestedMs, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), r.ageDays, quoted};
        row.tone = !open ? QStringLiteral("muted") : r.urgency == QLatin1String("urgent") ? QStringLiteral("bad")
                   : r.ageDays > 7 ? QStringLiteral("warning") : QString();
        rows.push_back(std::move(row));
    }
    m_repairs.model->setRows(std::move(rows));

    // The next period to close: the month after the last closed one (or this month).
    QString last;
    CY_CHECK(state.scan(QByteArrayView("billing/period/"), [&](const state::Key &key, const cbor::Value &) {
        last = after(key, "billing/period/");
        return true;
    }));
    const QDate lastMonth = QDate::fromString(last + QStringLiteral("-01"), Qt::ISODate);
    const QDate today = m_core.genesis().localDate(m_core.now());
    m_nextPeriod = (lastMonth.isValid() ? lastMonth.addMonths(1) : today).toString(QStringLiteral("yyyy-MM"));
    return {};
}

Result<void> ManagerWorkspace::buildExpenses()
{
    std::vector<TableRow> rows;
    CY_CHECK(m_core.localState().scan(QByteArrayView("expense/"), [&](const state::Key &key, const cbor::Value &value) {
        const QString hash = after(key, "expense/");
        const QDate date = QDate::fromString(text(value, "date"), Qt::ISODate);
        const QByteArray repair = bytes(value, "repair");
        const bool stored = !m_documents.pathOf(hash).isEmpty();
        TableRow row;
        row.key = hash;
        row.cells = {day(date), text(value, "category"), text(value, "vendor"), amount(integer(value, "amount")),
                     repair.isEmpty() ? QString() : shortId(hex(repair)), stored ? QCoreApplication::translate("courtyard::desk", "on this desk") : QCoreApplication::translate("courtyard::desk", "not here"), hash.left(16)};
        row.sortKeys = {date, QVariant(), QVariant(), integer(value, "amount")};
        rows.push_back(std::move(row));
        return true;
    }));
    m_expenses.model->setRows(std::move(rows));
    return {};
}

} // namespace courtyard::desk
