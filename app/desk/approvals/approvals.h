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
//    decline(id, reason). Results are values: every action returns whether it was done and sets
//    `message` to what happened in words (the server's refusal reason included).
//
// The backend talks to the server with short conversations (app/sync/proposals.h), each blocking
// with a local event loop for at most the timeout. Without a server (setServer not called) the
// inbox stays empty and actions say so.
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

    void setItems(std::vector<ApprovalItem> items);
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

private:
    std::vector<ApprovalItem> m_items;
};

class ApprovalsBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(QObject *inbox READ inbox CONSTANT)
    Q_PROPERTY(QObject *history READ history CONSTANT)
    Q_PROPERTY(bool member READ member NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool lastFailed READ lastFailed NOTIFY messageChanged)
    Q_PROPERTY(QString who READ who NOTIFY changed)
public:
    explicit ApprovalsBackend(device::DeviceCore &core, QObject *parent = nullptr);

    // Where the proposals are (the community server); refresh() asks it.
    void setServer(syncclient::SyncOptions options, int timeoutMs = 20000);

    QObject *inbox() { return &m_inbox; }
    QObject *history() { return &m_history; }
    ApprovalModel &inboxModel() { return m_inbox; }
    ApprovalModel &historyModel() { return m_history; }
    bool member() const;
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    bool lastFailed() const { return m_failed; }
    QString who() const;

    // Asks the server for the proposals and rebuilds both lists. False (and `message`) when the
    // server cannot be asked.
    Q_INVOKABLE bool refresh();
    // This member's signature on the proposal (the transaction signature, made here with the
    // signed-in key). True when the server took it.
    Q_INVOKABLE bool sign(const QString &id);
    // Declines with a reason (kept on the record).
    Q_INVOKABLE bool decline(const QString &id, const QString &reason);

    // Builds the lists from a list answer (refresh() does this; tests may too).
    void show(const std::vector<sync::ProposalInfo> &proposals, quint64 serverNowMs);
    // One proposal in words against the device's local state.
    ApprovalItem describe(const sync::ProposalInfo &proposal, quint64 serverNowMs) const;

Q_SIGNALS:
    void changed();
    void busyChanged();
    void messageChanged();

private:
    void say(const QString &message, bool failed);
    bool act(const Result<syncclient::ProposalAnswer> &answer, const QString &done);
    QString keyLabel(const crypto::PublicKey &key) const;
    QString money(qint64 minor) const;
    QString when(quint64 ms) const;

    device::DeviceCore &m_core;
    std::optional<syncclient::SyncOptions> m_server;
    int m_timeoutMs = 20000;
    ApprovalModel m_inbox;
    ApprovalModel m_history;
    std::vector<sync::ProposalInfo> m_proposals;
    quint64 m_serverNowMs = 0;
    bool m_busy = false;
    QString m_message;
    bool m_failed = false;
};

} // namespace courtyard::desk::approvals
