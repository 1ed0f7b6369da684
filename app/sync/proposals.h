// courtyard/sync client: proposals from a device — a transaction that collects the committee's
// signatures across desktops (app/server/proposals.h, docs/protocol.md "Proposals").
//
// Each call is one short conversation with the server (ServerConversation): it signs in with the
// given key, sends its request(s) and returns the server's answer. A refusal by the server (a
// non-member co-signing, a duplicate signature, a closed or expired proposal, ...) is a value:
// ProposalAnswer::refused() with the server's stable code and its reason. The Result fails only
// when the server cannot be reached or answers nonsense (Io, Malformed) or refuses the sign-in
// (InvalidArgument with the server's code in the message).
//
// Proposals are named by their transaction id, or by its first hex digits (at least 8) when those
// name one proposal among those the server lists.
//
// Thread-safety: blocks the calling thread with a local event loop; one thread.
#pragma once

#include "app/sync/conversation.h"

#include <functional>

namespace courtyard::syncclient {

struct ProposalAnswer {
    quint64 serverNowMs = 0;                  // the server's clock when it answered
    std::vector<sync::ProposalInfo> proposals; // the list, or the one proposal acted on
    QString refusedCode;                       // empty when the request was served
    QString refusedReason;
    QStringList roles;                         // of the signed-in key, as the server told
    quint64 lastSequence = 0;                  // the key's highest sequence the server holds

    bool refused() const { return !refusedCode.isEmpty(); }
};

// The code of a refusal made on the device (the id names no proposal, or several).
inline constexpr char kAmbiguousId[] = "ambiguous-id";

// The open proposals and those closed in the last week.
Result<ProposalAnswer> listProposals(const SyncOptions &options, const crypto::KeyPair &key, int timeoutMs);

// Proposes the transaction `make` builds and signs with key for the community the server
// serves, given the highest sequence of key the server holds (the transaction takes a higher one).
using ProposalBuilder = std::function<Result<ledger::Transaction>(const QByteArray &communityId, quint64 lastSequence)>;
Result<ProposalAnswer> proposeTransaction(const SyncOptions &options, const crypto::KeyPair &key, const ProposalBuilder &make,
                                          const QString &note, int timeoutMs);

// The committee member's signature that a Cosign carries: the transaction signature over the
// proposal's transaction body.
QByteArray cosignature(const ledger::Transaction &tx, const crypto::KeyPair &key);

// Co-signs, declines (with a reason) or withdraws (the author, reason may be empty) the proposal
// named by id (full id or at least 8 leading hex digits).
Result<ProposalAnswer> cosignProposal(const SyncOptions &options, const crypto::KeyPair &key, const QString &id, int timeoutMs);
Result<ProposalAnswer> declineProposal(const SyncOptions &options, const crypto::KeyPair &key, const QString &id,
                                       const QString &reason, int timeoutMs);
Result<ProposalAnswer> withdrawProposal(const SyncOptions &options, const crypto::KeyPair &key, const QString &id,
                                        const QString &reason, int timeoutMs);

// The proposal's transaction id (SHA-256 of its body), or nullopt when its bytes do not decode.
std::optional<ledger::TxId> proposalId(const sync::ProposalInfo &proposal);

} // namespace courtyard::syncclient
