#include "app/sync/proposals.h"

namespace courtyard::syncclient {

namespace {

constexpr quint64 kListRequest = 1;
constexpr quint64 kActionRequest = 2;

// What to send once the list is in: the action on the proposal found, or nothing (list only).
using Action = std::function<std::optional<sync::Message>(const ledger::Transaction &tx, const ledger::TxId &id)>;

struct Plan {
    std::optional<sync::Message> first; // sent after the sign-in instead of the list (propose)
    QString id;                         // the proposal to act on (with `action`)
    Action action;
};

Result<ProposalAnswer> converse(const SyncOptions &options, const crypto::KeyPair &key, int timeoutMs, const Plan &plan,
                                const ProposalBuilder *make = nullptr, const QString &note = {})
{
    ProposalAnswer answer;
    ServerConversation conversation(options);
    QByteArray community;
    auto outcome = conversation.run(timeoutMs, [&](const sync::Message &message) {
        if (const auto *challenge = std::get_if<sync::Challenge>(&message)) {
            community = challenge->communityId;
            const QByteArray signedBytes = sync::authMessage(challenge->communityId, challenge->nonce, options.pin, key.publicKey());
            conversation.send(sync::Auth{key.publicKey(), key.sign(signedBytes)});
        } else if (const auto *welcome = std::get_if<sync::Welcome>(&message)) {
            answer.roles = welcome->roles;
            answer.lastSequence = welcome->lastSequence;
            if (make) {
                auto tx = (*make)(community, welcome->lastSequence);
                if (!tx) {
                    conversation.finish(tl::unexpected(tx.error()));
                    return;
                }
                conversation.send(sync::Propose{kActionRequest, tx->bytes(), note});
            } else {
                conversation.send(sync::ProposalsRequest{kListRequest, false});
            }
        } else if (const auto *error = std::get_if<sync::ErrorReply>(&message)) {
            if (error->id == 0) {
                conversation.finish(fail(ErrorCode::InvalidArgument,
                                         SyncClient::tr("the server refused this device: %1 (%2)").arg(error->reason, error->code)));
                return;
            }
            answer.refusedCode = error->code;
            answer.refusedReason = error->reason;
            conversation.finish({});
        } else if (const auto *list = std::get_if<sync::Proposals>(&message)) {
            answer.serverNowMs = list->nowMs;
            if (list->id == kActionRequest || (list->id == kListRequest && !plan.action)) {
                answer.proposals = list->proposals;
                conversation.finish({});
                return;
            }
            if (list->id != kListRequest) {
                return; // a push: not asked for
            }
            // Find the proposal the id names.
            const QString wanted = plan.id.trimmed().toLower();
            std::vector<std::pair<ledger::Transaction, ledger::TxId>> found;
            for (const sync::ProposalInfo &p : list->proposals) {
                auto tx = ledger::Transaction::decode(p.transaction);
                if (tx && wanted.size() >= 8 && crypto::toHex(tx->id()).startsWith(wanted)) {
                    found.emplace_back(*tx, tx->id());
                }
            }
            if (found.size() != 1) {
                answer.refusedCode = found.empty() ? QString::fromLatin1(sync::errors::kNotFound) : QString::fromLatin1(kAmbiguousId);
                answer.refusedReason = found.empty()
                                           ? SyncClient::tr("no proposal %1 among the %2 the server lists (give at least 8 hex digits "
                                                            "of its id; 'courtyard proposal list' shows them)")
                                                 .arg(plan.id)
                                                 .arg(list->proposals.size())
                                           : SyncClient::tr("%1 names %2 proposals: give more digits of its id").arg(plan.id).arg(found.size());
                conversation.finish({});
                return;
            }
            auto next = plan.action(found.front().first, found.front().second);
            if (!next) {
                conversation.finish({});
                return;
            }
            conversation.send(*next);
        }
    });
    if (!outcome) {
        return tl::unexpected(outcome.error());
    }
    return answer;
}

} // namespace

std::optional<ledger::TxId> proposalId(const sync::ProposalInfo &proposal)
{
    auto tx = ledger::Transaction::decode(proposal.transaction);
    if (!tx) {
        return std::nullopt;
    }
    return tx->id();
}

QByteArray cosignature(const ledger::Transaction &tx, const crypto::KeyPair &key)
{
    return key.sign(ledger::Transaction::signingMessage(tx.bodyBytes()));
}

Result<ProposalAnswer> listProposals(const SyncOptions &options, const crypto::KeyPair &key, int timeoutMs)
{
    return converse(options, key, timeoutMs, Plan{});
}

Result<ProposalAnswer> proposeTransaction(const SyncOptions &options, const crypto::KeyPair &key, const ProposalBuilder &make,
                                          const QString &note, int timeoutMs)
{
    return converse(options, key, timeoutMs, Plan{}, &make, note);
}

Result<ProposalAnswer> cosignProposal(const SyncOptions &options, const crypto::KeyPair &key, const QString &id, int timeoutMs)
{
    Plan plan;
    plan.id = id;
    plan.action = [&key](const ledger::Transaction &tx, const ledger::TxId &txId) -> std::optional<sync::Message> {
        return sync::Cosign{kActionRequest, txId, cosignature(tx, key)};
    };
    return converse(options, key, timeoutMs, plan);
}

Result<ProposalAnswer> declineProposal(const SyncOptions &options, const crypto::KeyPair &key, const QString &id, const QString &reason,
                                       int timeoutMs)
{
    Plan plan;
    plan.id = id;
    plan.action = [reason](const ledger::Transaction &, const ledger::TxId &txId) -> std::optional<sync::Message> {
        return sync::Decline{kActionRequest, txId, reason};
    };
    return converse(options, key, timeoutMs, plan);
}

Result<ProposalAnswer> withdrawProposal(const SyncOptions &options, const crypto::KeyPair &key, const QString &id, const QString &reason,
                                        int timeoutMs)
{
    Plan plan;
    plan.id = id;
    plan.action = [reason](const ledger::Transaction &, const ledger::TxId &txId) -> std::optional<sync::Message> {
        return sync::Withdraw{kActionRequest, txId, reason};
    };
    return converse(options, key, timeoutMs, plan);
}

} // namespace courtyard::syncclient
