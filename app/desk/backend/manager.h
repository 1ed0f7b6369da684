// courtyard/desk: the manager workspace: units and residents, cards and PINs, device enrollment
// codes, leases, billing, payments, repairs and expenses.
//
// Every table is a TableModel built from the local state (the ledger with this desk's outbox
// applied: what the manager just did shows at once, marked pending until its block) once per
// ledger change, and shown through a TableProxy (sorting, filter). Every action takes the texts
// of a form, builds the payload with the CLI's builders (payload.h: the same checks and
// messages as `courtyard <kind>`), signs it with the signed-in key through DeviceCore::submit and
// reports in `message`: what was done, or why not, in which case nothing was written. Directory
// data (names, phones) goes to this desk's Directory, never to the ledger. Documents (leases,
// quotes, invoices) are copied to the documents folder and only their SHA-256 is signed.
//
// Errors: actions return false and set `message` (messageIsError). A contract's refusal shows
// its reason. Thread-safety: GUI thread.
#pragma once

#include "app/desk/backend/directory.h"
#include "app/desk/backend/documents.h"
#include "app/desk/backend/payload.h"
#include "app/desk/backend/table_model.h"
#include "app/sync/proposals.h"

#include <QLocale>
#include <QObject>
#include <QTimer>

namespace courtyard::desk {

class ManagerWorkspace : public QObject {
    Q_OBJECT
    Q_PROPERTY(courtyard::desk::TableProxy *units READ units CONSTANT)
    Q_PROPERTY(courtyard::desk::TableProxy *residents READ residents CONSTANT)
    Q_PROPERTY(courtyard::desk::TableProxy *devices READ devices CONSTANT)
    Q_PROPERTY(courtyard::desk::TableProxy *leases READ leases CONSTANT)
    Q_PROPERTY(courtyard::desk::TableProxy *leaseVersions READ leaseVersions CONSTANT)
    Q_PROPERTY(courtyard::desk::TableProxy *billingPreview READ billingPreview CONSTANT)
    Q_PROPERTY(courtyard::desk::TableProxy *payments READ payments CONSTANT)
    Q_PROPERTY(courtyard::desk::TableProxy *repairs READ repairs CONSTANT)
    Q_PROPERTY(courtyard::desk::TableProxy *expenses READ expenses CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(QString currencyCode READ currencyCode CONSTANT)
    Q_PROPERTY(QStringList unitNumbers READ unitNumbers NOTIFY refreshed)
    Q_PROPERTY(QStringList repairCategories READ repairCategories CONSTANT)
    Q_PROPERTY(QString repairThreshold READ repairThreshold NOTIFY refreshed)
    Q_PROPERTY(QString expenseThreshold READ expenseThreshold NOTIFY refreshed)
    Q_PROPERTY(QString lastEnrollmentCode READ lastEnrollmentCode NOTIFY messageChanged)
    Q_PROPERTY(QString selectedLease READ selectedLease NOTIFY leaseVersionsChanged)
    Q_PROPERTY(QString previewPeriod READ previewPeriod NOTIFY previewChanged)
    Q_PROPERTY(int previewCount READ previewCount NOTIFY previewChanged)
    Q_PROPERTY(QString previewTotal READ previewTotal NOTIFY previewChanged)
    Q_PROPERTY(QString previewFromCredit READ previewFromCredit NOTIFY previewChanged)
    Q_PROPERTY(QString nextPeriod READ nextPeriod NOTIFY refreshed)
    // Counts the rebuilds: QML bindings that call the functions below read it to follow changes.
    Q_PROPERTY(int revision READ revision NOTIFY refreshed)
    Q_PROPERTY(int committeeWaitingCount READ committeeWaitingCount NOTIFY refreshed)
    // "Repair approvals waiting for the committee: 2", or "" when none (live).
    Q_PROPERTY(QString committeeWaitingText READ committeeWaitingText NOTIFY refreshed)
public:
    ManagerWorkspace(device::DeviceCore &core, DocumentStore documents, Directory &directory, QObject *parent = nullptr);

    TableProxy *units() { return m_units.proxy; }
    TableProxy *residents() { return m_residents.proxy; }
    TableProxy *devices() { return m_devices.proxy; }
    TableProxy *leases() { return m_leases.proxy; }
    TableProxy *leaseVersions() { return m_leaseVersions.proxy; }
    TableProxy *billingPreview() { return m_preview.proxy; }
    TableProxy *payments() { return m_payments.proxy; }
    TableProxy *repairs() { return m_repairs.proxy; }
    TableProxy *expenses() { return m_expenses.proxy; }
    TableModel &paymentsModel() { return *m_payments.model; }
    TableModel &unitsModel() { return *m_units.model; }
    TableModel &residentsModel() { return *m_residents.model; }
    TableModel &leasesModel() { return *m_leases.model; }
    TableModel &leaseVersionsModel() { return *m_leaseVersions.model; }
    TableModel &previewModel() { return *m_preview.model; }
    TableModel &repairsModel() { return *m_repairs.model; }
    TableModel &expensesModel() { return *m_expenses.model; }
    TableModel &devicesModel() { return *m_devices.model; }

    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    QString currencyCode() const;
    QStringList unitNumbers() const { return m_unitNumbers; }
    QStringList repairCategories() const;
    QString repairThreshold() const;
    QString expenseThreshold() const;
    QString lastEnrollmentCode() const { return m_lastCode; }
    QString selectedLease() const { return m_selectedLease; }
    QString previewPeriod() const { return m_previewPeriod; }
    int previewCount() const { return m_previewCount; }
    QString previewTotal() const;
    QString previewFromCredit() const;
    QString nextPeriod() const { return m_nextPeriod; }
    int revision() const { return m_revision; }
    // The minor units of the last preview (tests).
    qint64 previewTotalMinor() const { return m_previewTotal; }
    qint64 previewFromCreditMinor() const { return m_previewCredit; }

    void setLocale(const QLocale &locale);

    // Rebuilds every table now (they rebuild by themselves after each ledger change).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearMessage();
    Q_INVOKABLE QString categoryText(const QString &code) const;

    // --- units and residents ---
    Q_INVOKABLE bool registerUnit(const QString &number, const QString &area, const QString &share);
    // unit.update: a new area, a new share of the common costs or both (an empty one unchanged).
    Q_INVOKABLE bool updateUnit(const QString &number, const QString &area, const QString &share);
    // The unit's area and share as typed in the forms ("85.50", "1.25"), for the edit form.
    Q_INVOKABLE QVariantMap unitDetails(const QString &number) const;
    Q_INVOKABLE bool registerResident(const QString &unit, const QString &name, const QString &phone);
    Q_INVOKABLE bool saveResident(const QString &residentHex, const QString &name, const QString &phone, const QString &note);
    // name, phone, note (this desk's directory) and units (the ledger's: where the resident lives).
    Q_INVOKABLE QVariantMap residentDetails(const QString &residentHex) const;
    // resident.link: the resident lives in one more unit. resident.move-out: in one unit less
    // (out of the last one, the kiosk card is withdrawn by the contract).
    Q_INVOKABLE bool linkResident(const QString &residentHex, const QString &unit);
    Q_INVOKABLE bool moveOut(const QString &residentHex, const QString &unit);
    Q_INVOKABLE bool enrollCard(const QString &residentHex, const QString &card, const QString &pin, const QString &pinAgain);

    // --- devices ---
    Q_INVOKABLE bool authorizeDevice(const QString &label, const QString &validHours);
    Q_INVOKABLE bool cancelEnrollmentCode(const QString &rowKey);
    Q_INVOKABLE bool revokeDevice(const QString &rowKey, const QString &reason);

    // --- leases ---
    Q_INVOKABLE bool createLease(const QString &unit, const QString &residents, const QString &rent, const QString &billingDay,
                                 const QString &start, const QString &end, const QString &deposit, const QString &graceDays,
                                 const QString &document);
    Q_INVOKABLE bool renewLease(const QString &leaseHex, const QString &end, const QString &rent, const QString &document);
    Q_INVOKABLE bool amendLease(const QString &leaseHex, const QString &effective, const QString &rent, const QString &end,
                                const QString &document);
    // deductions: one "reason=amount" per line.
    Q_INVOKABLE bool terminateLease(const QString &leaseHex, const QString &date, const QString &deductions);
    Q_INVOKABLE void showLeaseVersions(const QString &leaseHex);

    // --- billing ---
    Q_INVOKABLE bool previewClose(const QString &period);
    Q_INVOKABLE bool postClose(const QString &period);

    // --- payments ---
    // method: "cash" (reference = the receipt number) or "bank" (the bank's reference).
    Q_INVOKABLE bool recordPayment(const QString &method, const QString &unit, const QString &amount, const QString &reference);
    Q_INVOKABLE bool reversePayment(const QString &paymentHex, const QString &reason);

    // --- repairs ---
    Q_INVOKABLE bool quoteRepair(const QString &repairHex, const QString &vendor, const QString &amount, const QString &document);
    // True when the repair's quote is at or above the committee threshold.
    Q_INVOKABLE bool needsCommittee(const QString &repairHex) const;
    Q_INVOKABLE bool approveRepair(const QString &repairHex);
    Q_INVOKABLE bool rejectRepair(const QString &repairHex, const QString &reason);
    Q_INVOKABLE bool startRepair(const QString &repairHex);
    Q_INVOKABLE bool completeRepair(const QString &repairHex);
    Q_INVOKABLE bool payVendor(const QString &repairHex, const QString &amount, const QString &invoiceDocument);
    Q_INVOKABLE QString repairStatus(const QString &repairHex) const;
    // A quote at or above the committee threshold: the manager's signed repair.approve goes to
    // the community's server as a proposal with a note for the committee, who co-sign it from
    // their approval inbox. It is a co-signed transaction (ledger format 2: no sequence of the
    // manager, valid for 14 days), so the manager goes on recording payments meanwhile. Never
    // blocks: the proposal is sent on the workspace's watching connection (ProposalSession) and
    // true means sent ("Sending repair … to the committee…"); the answer comes later and goes to
    // `message` ("Repair … sent to the committee." or the server's refusal in words). Refused at
    // once, sending nothing, when the quote is below the threshold, the note is empty, the desk
    // has no server or is not connected to it yet, or the repair already waits for the committee.
    Q_INVOKABLE bool sendRepairToCommittee(const QString &repairHex, const QString &note);
    // "waiting for the committee (1 of 2 signatures)" while a proposal to approve this quoted
    // repair is open on the server (or being sent), else "". Live: the server pushes every
    // signature, and `revision` changes with it.
    Q_INVOKABLE QString committeeStatus(const QString &repairHex) const;
    // How many quoted repairs wait for the committee now (live, like committeeStatus).
    int committeeWaitingCount() const;
    QString committeeWaitingText() const;
    // Where proposals go (the desk's server); nullopt: none. Opens the watching connection.
    void setServer(std::optional<syncclient::SyncOptions> options);
    syncclient::ProposalSession *proposalSession() { return m_proposals.get(); }

    // --- expenses ---
    Q_INVOKABLE bool recordExpense(const QString &category, const QString &vendor, const QString &amount, const QString &invoiceDocument,
                                   const QString &date);
    // The stored copy of a document (64 hex digits), or "".
    Q_INVOKABLE QString documentPath(const QString &hashHex) const { return m_documents.pathOf(hashHex); }

Q_SIGNALS:
    void messageChanged();
    void refreshed();
    void previewChanged();
    void leaseVersionsChanged();

private:
    struct Table {
        TableModel *model = nullptr;
        TableProxy *proxy = nullptr;
    };
    Table makeTable();
    void setColumns();
    bool done(const QString &text);
    bool failed(const QString &text);
    // Builds, signs and submits; on success `success` is the message.
    bool run(const QString &kind, const FormValues &values, const QString &success, BuiltForm *built = nullptr);
    bool submitPayload(const QString &kind, cbor::Value payload, const QString &success);
    std::optional<QString> storeDocument(const QString &path);
    QString amount(qint64 minor) const;
    QString day(const QDate &date) const;
    QString time(quint64 ms) const;
    QString shortId(const QString &hex) const { return hex.left(8); }
    std::optional<qint64> threshold(const char *name) const;

    Result<void> buildUnitsAndResidents();
    Result<void> buildDevices();
    Result<void> buildLeases();
    Result<void> buildPayments();
    Result<void> buildRepairs();
    Result<void> buildExpenses();
    void buildLeaseVersions();

    device::DeviceCore &m_core;
    DocumentStore m_documents;
    Directory &m_directory;
    QLocale m_locale;
    Table m_units, m_residents, m_devices, m_leases, m_leaseVersions, m_preview, m_payments, m_repairs, m_expenses;
    QTimer m_refreshSoon;
    QString m_message;
    bool m_messageIsError = false;
    QString m_lastCode;
    QStringList m_unitNumbers;
    std::map<QString, QStringList> m_residentUnits;             // resident id hex -> units
    std::map<QString, std::pair<qint64, qint64>> m_unitFigures; // unit -> area, share (hundredths)
    QString m_selectedLease;
    QString m_previewPeriod;
    int m_previewCount = 0;
    qint64 m_previewTotal = 0;
    qint64 m_previewCredit = 0;
    QString m_nextPeriod;
    int m_revision = 0;
    std::map<QString, qint64> m_repairQuotes; // repair id hex -> quoted amount
    std::map<QString, QString> m_repairStatuses;
    void mergeProposals(const std::vector<sync::ProposalInfo> &proposals);
    void updateCommitteeWaits();

    std::optional<syncclient::SyncOptions> m_server;
    std::unique_ptr<syncclient::ProposalSession> m_proposals;        // watches the server's proposals
    std::map<ledger::TxId, sync::ProposalInfo> m_serverProposals;   // as last listed or pushed
    std::map<quint64, QString> m_proposing;                         // request -> repair id hex, not answered yet
    std::map<QString, std::pair<int, int>> m_committeeWaits; // repair id hex -> signatures, quorum
};

} // namespace courtyard::desk
