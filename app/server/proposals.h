// courtyard/server: proposals — transactions that collect their co-signatures across devices.
//
// Spending at or above a threshold and the governance, budget and fund kinds need the committee
// quorum's signatures on one transaction. Committee members sit at different desktops, so the
// server keeps such a transaction as a proposal, off the ledger, until enough of them have signed:
//
//  * propose: a manager or committee member sends a transaction signed by its own key (the
//    signed-in key is its author) with a note. The transaction is submitted to the Sequencer at
//    once: when its contract accepts it already, it goes into the next block like any other; when
//    the contract refuses it only for want of signatures ("committee-approval-required",
//    "quorum-not-reached") it is kept as an open proposal; any other refusal is answered with the
//    contract's code and nothing is kept;
//  * cosign: a committee member's transaction signature, verified at once and added to the
//    transaction; the transaction is then submitted again, and when its contract accepts it the
//    proposal is "submitted" and, once its block is committed, "sealed" with its height;
//  * decline: a member's reason, kept on the record (the member may still sign later);
//  * withdraw: the author closes an open proposal;
//  * proposals?: the open proposals and those closed in the last week, with their signatures,
//    declines and ages; with watch, every later change is pushed to that device.
// A proposal's transaction is normally co-signed (ledger format 2): it holds no sequence of its
// author, who may seal other transactions meanwhile, and it is valid until a block time its
// author chose; the proposal expires then at the latest. A proposal in format 1 (from older
// desks and scripts) holds its author's sequence and is refused ("stale-sequence") once the
// author seals a later one.
// Open proposals expire after `expiryMs` (14 days unless configured). Every proposal is kept in a
// SQLite file of its own (one row per proposal, the canonical CBOR of sync::ProposalInfo) written
// before any answer, so a restart loses none; a proposal submitted but not yet sealed when the
// server stopped is submitted again when the book opens.
//
// The book uses only the Sequencer's public submit/roles/sequence calls, so it works the same
// whatever the Sequencer does inside (concurrent sealing included).
//
// Refusals are ErrorReply answers with the stable codes of sync::errors (docs/protocol.md,
// "Proposals"); Results fail for storage errors only.
// Thread-safety: one thread, the Sequencer's.
#pragma once

#include "app/server/sequencer.h"

#include <map>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace courtyard::server {

inline constexpr quint64 kDefaultProposalExpiryMs = 14ull * 24 * 3600 * 1000;
// Closed proposals are listed for this long after they closed.
inline constexpr quint64 kRecentlyClosedMs = 7ull * 24 * 3600 * 1000;

class ProposalBook {
public:
    // Opens (or creates) the book at path and brings it up to date: proposals submitted before a
    // restart are submitted again (or found sealed), open ones past their expiry expire.
    static Result<std::unique_ptr<ProposalBook>> open(const QString &path, Sequencer &sequencer, quint64 expiryMs,
                                                      quint64 nowMs);
    ~ProposalBook();
    ProposalBook(const ProposalBook &) = delete;
    ProposalBook &operator=(const ProposalBook &) = delete;

    struct Answer {
        std::vector<QByteArray> messages;          // to the device that asked
        std::vector<ledger::TxId> changed;         // proposals that changed: push them to the watchers
        bool watch = false;                        // the device asked to be pushed every change
        bool sealNow = false;                      // the next block is full
    };
    // Answers a proposal message (Propose, ProposalsRequest, Cosign, Decline, Withdraw) of the
    // signed-in key; nullopt for any other message.
    std::optional<Answer> handle(const sync::Message &message, const crypto::PublicKey &key, quint64 nowMs);

    // After a block or on a timer: proposals submitted are checked for their block (sealed with
    // its height, or refused when their contract dropped them), open ones in format 1 whose
    // author's sequence was passed by another transaction are refused ("stale-sequence"), open ones past their
    // expiry expire, and those held back by a full block are submitted again. The proposals that
    // changed.
    Result<std::vector<ledger::TxId>> tick(quint64 nowMs);

    // The push (id 0) holding these proposals as they are now.
    QByteArray pushMessage(const std::vector<ledger::TxId> &changed, quint64 nowMs) const;

    // The highest sequence of key's proposals in format 1, whatever their state (0 when none):
    // the server's answer to "which sequence is next" (Welcome) counts them, so that an author's
    // proposals and re-proposals get sequences of their own. Co-signed ones hold none.
    quint64 lastProposedSequence(const crypto::PublicKey &key) const;

    // A device's submission of the transaction of a co-signed proposal its author withdrew,
    // while that transaction could still be sealed: refused ("proposal-closed"), so a withdrawal
    // holds although the transaction has no sequence that a later one of its author would pass.
    // nullopt otherwise; decodes nothing while the book holds no such proposal.
    std::optional<sync::TxStatus> withdrawnRefusal(QByteArrayView transaction, quint64 nowMs);

    // For tests and the operator: a proposal as held now.
    std::optional<sync::ProposalInfo> find(const ledger::TxId &id) const;
    quint64 expiryMs() const { return m_expiryMs; }

private:
    ProposalBook(Sequencer &sequencer, quint64 expiryMs) : m_sequencer(sequencer), m_expiryMs(expiryMs) {}
    Result<void> exec(const char *sql);
    Result<void> load();
    Result<void> store(const ledger::TxId &id, const sync::ProposalInfo &proposal);
    Error sqlError(const QString &what) const;

    Answer refuse(quint64 id, const char *code, const QString &reason) const;
    Answer answerWith(quint64 id, const ledger::TxId &txId, quint64 nowMs, bool changed) const;
    // Who may read the proposals: a manager, committee member or auditor.
    Result<bool> mayRead(const crypto::PublicKey &key) const;
    // Closes an open proposal that is past its expiry; true when it did.
    bool expireIfDue(sync::ProposalInfo &p, quint64 nowMs) const;
    // Submits the proposal's transaction; updates its state from the answer. Storage errors and
    // a full block (retried on the next tick) leave it as it was.
    struct Submission {
        bool sealNow = false;
        std::optional<sync::TxStatus> refusal; // the contract refused it for another reason than signatures
    };
    Result<Submission> submit(const ledger::TxId &id, sync::ProposalInfo &p, quint64 nowMs);

    Answer onPropose(const sync::Propose &m, const crypto::PublicKey &key, quint64 nowMs);
    Answer onList(const sync::ProposalsRequest &m, const crypto::PublicKey &key, quint64 nowMs);
    Answer onCosign(const sync::Cosign &m, const crypto::PublicKey &key, quint64 nowMs);
    Answer onDecline(const sync::Decline &m, const crypto::PublicKey &key, quint64 nowMs);
    Answer onWithdraw(const sync::Withdraw &m, const crypto::PublicKey &key, quint64 nowMs);
    // The proposal by id, for a member's action: nullopt with the refusal when it cannot be acted on.
    sync::ProposalInfo *openProposal(quint64 requestId, const ledger::TxId &txId, quint64 nowMs, Answer &refusal,
                                     std::vector<ledger::TxId> &changed);

    Sequencer &m_sequencer;
    quint64 m_expiryMs;
    sqlite3 *m_db = nullptr;
    std::map<ledger::TxId, sync::ProposalInfo> m_proposals;
    std::map<ledger::TxId, bool> m_retry; // enough signatures, held back by a full block
    std::map<ledger::TxId, quint64> m_withdrawn; // withdrawn co-signed proposals -> their transaction's validUntilMs
    void noteWithdrawn(const sync::ProposalInfo &p);
};

// The transaction with one more signature (key, signature) in its list, kept sorted by key.
// Conflict when the key signed already, LimitExceeded past ledger::kMaxSignatures; the
// signature itself is not checked here.
Result<ledger::Transaction> withCosignature(const ledger::Transaction &tx, const crypto::PublicKey &key,
                                            const QByteArray &signature);

} // namespace courtyard::server
