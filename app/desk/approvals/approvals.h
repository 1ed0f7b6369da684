// courtyard/desk approvals: the committee member's approval inbox (docs/desk.md, "Approvals").
//
// Spending at or above a threshold and the governance, budget and fund kinds need the committee
// quorum's signatures on one transaction. The server keeps such a transaction as a proposal
// (app/server/proposals.h) until enough members have signed; this slice shows a member what waits
// for their signature, with its evidence, and signs or declines it from their own desktop:
//
//  * ApprovalItem: one proposal in plain words — what it does ("Approve the roof repair's quote:
//    Huaxia Roofing, 12,000.00 CNY"), the amount with the community's currency, the evidence read
//    from the device's own verified ledger (the repair's description, its quote's document hash
//    and every step of its history; an expense's invoice hash, vendor and date), the author's
//    note, who signed already and when, who declined and why, its age and expiry;
//  * ApprovalModel: a list model of items, built once per refresh from the server's list and the
//    local state (never a query per row);
//  * ApprovalsBackend: the entry object the QML page gets as `backend` (constructed from the
//    device's DeviceCore, the signed-in member's key): `inbox` (open, waiting for THIS member's
//    signature), `history` (everything else the server lists), refresh(), sign(id),
//    decline(id, reason).
//
// Nothing blocks: the backend keeps one connection to the server (syncclient::ProposalSession)
// that watches the proposals, so what another member does from their device (a signature, a
// decline, the seal) shows here as the server pushes it, and the lists are updated in place
// (rows changed, moved, inserted or removed; never reset), so the page keeps its selection and
// scroll. sign() and decline() send their request and return at once: `busyId` names the
// proposal waiting for its answer (the page shows it busy) and every other action is refused
// until the answer comes (one signature is sent, however often one clicks); the answer, or the
// server's refusal in words (refusalText), then goes to `message`. Without a server
// (setServer not called) the inbox stays empty and actions say so.
//
// Thread-safety: GUI thread.
#pragma once

#include "app/device/device_core.h"
#include "app/sync/proposals.h"

#include <QAbstractListModel>
#include <QObject>
#include <QStringList>

namespace courtyard::desk::approvals {

struct ApprovalItem {
    QString id;            // the transaction id, 64 hex digits
    QString kind;          // "repair.approve"
    QString title;         // what it does, in words
    QString amount;        // "12,000.00 CNY", or empty when the kind moves no money
    qint64 amountMinor = 0;
    QString note;          // the author's
    QString author;        // "Manager 5d0f8c1e" / "You"
    QStringList evidence;  // lines: facts from the verified ledger, document hashes
    QStringList history;   // lines: the repair's steps, with their times
    QStringList signers;   // "Committee member 8ec44f2d — 2027-01-02 10:15"
    QStringList declines;  // "Committee member 1a2b3c4d — Get a second quote first"
    QString state;         // "open", "submitted", "sealed", ... (sync::proposalStateName)
    QString stateText;     // in words, translated
    QString age;           // "2 hours"
    QString expires;       // "in 13 days"
    int signatures = 0;    // committee co-signatures so far
    int quorum = 0;        // the committee's quorum
    bool waitingForMe = false;
    bool declinedByMe = false;
    quint64 createdMs = 0;
};

class ApprovalModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Counts every change of the rows, so that bindings on get() are evaluated again.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        TitleRole,
        AmountRole,
        NoteRole,
        AuthorRole,
        EvidenceRole,
        HistoryRole,
        SignersRole,
        DeclinesRole,
        StateRole,
        StateTextRole,
        AgeRole,
        ExpiresRole,
        SignaturesRole,
        QuorumRole,
        WaitingForMeRole,
        DeclinedByMeRole,
    };
    explicit ApprovalModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}

    // Makes the rows these items, in place: rows whose id is gone are removed, the others changed
    // (dataChanged only where they differ) and moved to their new place, new ones inserted.
    void setItems(std::vector<ApprovalItem> items);
    int revision() const { return m_revision; }
    const std::vector<ApprovalItem> &items() const { return m_items; }
    int count() const { return int(m_items.size()); }
    // The row of the item with this id, or -1.
    Q_INVOKABLE int rowOf(const QString &id) const;
    // One item's fields by role name (for the details pane), empty when row is out of range.
    Q_INVOKABLE QVariantMap get(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void revisionChanged();

private:
    std::vector<ApprovalItem> m_items;
    int m_revision = 0;
};

class ApprovalsBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(QObject *inbox READ inbox CONSTANT)
    Q_PROPERTY(QObject *history READ history CONSTANT)
    Q_PROPERTY(bool member READ member NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString busyId READ busyId NOTIFY busyChanged)
    Q_PROPERTY(bool refreshing READ refreshing NOTIFY refreshingChanged)
    Q_PROPERTY(bool live READ live NOTIFY connectionChanged)
    // "live" (connected, changes pushed), "connecting", "offline" (trying again), "refused"
    // (the server refused this device), "none" (no server set); the page says it in words.
    Q_PROPERTY(QString connectionState READ connectionState NOTIFY connectionChanged)
    Q_PROPERTY(QString connectionReason READ connectionReason NOTIFY connectionChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool lastFailed READ lastFailed NOTIFY messageChanged)
    Q_PROPERTY(QString who READ who NOTIFY changed)
public:
    explicit ApprovalsBackend(device::DeviceCore &core, QObject *parent = nullptr);
    ~ApprovalsBackend() override;

    // Where the proposals are (the community server): connects and watches them. An action not
    // answered within timeoutMs fails (the connection is made again and the list tells the rest).
    void setServer(syncclient::SyncOptions options, int timeoutMs = 20000);
    syncclient::ProposalSession *session() { return m_session.get(); }

    QObject *inbox() { return &m_inbox; }
    QObject *history() { return &m_history; }
    ApprovalModel &inboxModel() { return m_inbox; }
    ApprovalModel &historyModel() { return m_history; }
    bool member() const;
    bool busy() const { return !m_busyId.isEmpty(); }
    QString busyId() const { return m_busyId; }
    bool refreshing() const { return m_refreshing; }
    bool live() const;
    QString connectionState() const;
    QString connectionReason() const;
    QString message() const { return m_message; }
    bool lastFailed() const { return m_failed; }
    QString who() const;

    // Asks the server for the proposals again (connects first when the connection is down); the
    // lists are updated when the answer comes (signal refreshed). False (and `message`) when there
    // is no server or a refresh is under way.
    Q_INVOKABLE bool refresh();
    // Sends this member's signature on the proposal named by id (full, or at least 8 leading hex
    // digits): the transaction signature, made here with the signed-in key. True when it was
    // sent; the answer comes later (signal actionFinished, `message`). False, sending nothing,
    // while another action waits for its answer, when offline, or when no proposal has that id.
    Q_INVOKABLE bool sign(const QString &id);
    // Sends a decline with a reason (kept on the record); like sign().
    Q_INVOKABLE bool decline(const QString &id, const QString &reason);
    // A count in the language's digits (Arabic: ٠١٢٣...).
    Q_INVOKABLE QString number(qint64 n) const;
    // A refusal's stable code in words (docs/protocol.md "Proposals"), the server's reason after.
    static QString refusalText(const QString &code, const QString &reason);

    // Builds the lists from a list answer (refresh() does this; tests may too).
    void show(const std::vector<sync::ProposalInfo> &proposals, quint64 serverNowMs);
    // One proposal in words against the device's local state.
    ApprovalItem describe(const sync::ProposalInfo &proposal, quint64 serverNowMs) const;

Q_SIGNALS:
    void changed();
    void busyChanged();
    void refreshingChanged();
    void connectionChanged();
    void messageChanged();
    // A refresh's list has come (ok) or cannot come (the connection failed).
    void refreshed(bool ok);
    // The answer to sign() / decline() has come: ok when the server took it.
    void actionFinished(const QString &id, bool ok);

private:
    void say(const QString &message, bool failed);
    void answered(quint64 requestId, const Result<syncclient::ProposalAnswer> &answer);
    void merge(const std::vector<sync::ProposalInfo> &changed, quint64 serverNowMs);
    const sync::ProposalInfo *find(const QString &id, QString *why) const;
    bool startAction(const QString &id, QString *fullId);
    QString keyLabel(const crypto::PublicKey &key) const;
    QString money(qint64 minor) const;
    QString when(quint64 ms) const;

    device::DeviceCore &m_core;
    std::unique_ptr<syncclient::ProposalSession> m_session;
    int m_timeoutMs = 20000;
    ApprovalModel m_inbox;
    ApprovalModel m_history;
    std::vector<sync::ProposalInfo> m_proposals;
    quint64 m_serverNowMs = 0;
    QString m_busyId;           // the proposal an action waits on
    quint64 m_busyRequest = 0;  // its request
    QString m_busyDone;         // what to say when it is taken
    bool m_refreshing = false;
    quint64 m_refreshRequest = 0; // 0: the list that comes at the next sign-in
    QString m_message;
    bool m_failed = false;
};

} // namespace courtyard::desk::approvals
