#include "contracts/engine.h"

#include "contracts/governance.h"
#include "contracts/internal.h"

namespace courtyard::contracts {

tl::unexpected<Rejection> reject(const char *code, QString message)
{
    return tl::unexpected<Rejection>(Rejection{QString::fromLatin1(code), std::move(message)});
}

void Registry::add(std::unique_ptr<Contract> contract)
{
    const auto key = std::make_pair(contract->kind(), contract->version());
    CY_ASSERT(m_contracts.find(key) == m_contracts.end());
    m_contracts.emplace(key, std::move(contract));
}

const Contract *Registry::find(const QString &kind, quint32 version) const
{
    const auto it = m_contracts.find(std::make_pair(kind, version));
    return it == m_contracts.end() ? nullptr : it->second.get();
}

std::vector<const Contract *> Registry::all() const
{
    std::vector<const Contract *> out;
    for (const auto &[key, contract] : m_contracts) {
        out.push_back(contract.get());
    }
    return out;
}

Outcome<void> checkBalanced(const std::vector<Posting> &postings)
{
    std::map<QString, money::Money> sums;
    for (const Posting &p : postings) {
        auto it = sums.find(p.amount.currency().code);
        if (it == sums.end()) {
            sums.emplace(p.amount.currency().code, p.amount);
            continue;
        }
        auto sum = it->second.plus(p.amount);
        if (!sum) {
            return reject("amount-overflow", tr("the amounts of this transaction are too large to add up"));
        }
        it->second = *sum;
    }
    for (const auto &[currency, sum] : sums) {
        if (!sum.isZero()) {
            return reject("unbalanced", tr("the postings do not balance in %1 (off by %2)").arg(currency, sum.toPlainString()));
        }
    }
    return {};
}

Outcome<Effects> Engine::apply(const state::StateView &state, const ledger::Transaction &tx, quint64 blockTimeMs,
                               Signatures signatures) const
{
    const ledger::TransactionBody &body = tx.body();
    if (body.communityId != m_genesis.communityId) {
        return reject("wrong-community", tr("this transaction belongs to another community"));
    }
    const Contract *contract = m_registry.find(body.kind, body.kindVersion);
    if (!contract) {
        return reject("unknown-kind", tr("'%1' version %2 is not a kind of transaction this community knows").arg(body.kind).arg(body.kindVersion));
    }
    if (signatures == Signatures::Verify) {
        if (auto verified = tx.verifySignatures(); !verified) {
            return reject("bad-signature", verified.error().message);
        }
    }
    if (body.isCosigned()) {
        if (blockTimeMs > body.validUntilMs) {
            return reject("expired", tr("this co-signed transaction was valid until %1 and cannot be sealed at %2; "
                                        "the author may propose it again")
                                         .arg(isoTime(body.validUntilMs), isoTime(blockTimeMs)));
        }
        if (body.validUntilMs - blockTimeMs > kMaxCosignedValidityMs) {
            return reject("valid-until-too-far", tr("this co-signed transaction claims to be valid until %1, more than %2 days "
                                                    "after %3: propose it again valid for at most %2 days")
                                                     .arg(isoTime(body.validUntilMs))
                                                     .arg(kMaxCosignedValidityMs / (24 * 3600 * 1000))
                                                     .arg(isoTime(blockTimeMs)));
        }
    }
    const Context context{state, tx, blockTimeMs, m_genesis};
    auto effects = contract->apply(context);
    if (!effects) {
        return effects;
    }
    if (auto balanced = checkBalanced(effects->postings); !balanced) {
        return tl::unexpected<Rejection>(balanced.error());
    }
    if (body.isCosigned()) {
        // Outside its author's sequence lane, a transaction one key alone signed could not be
        // told from one made with a copy of that key: the committee quorum vouches for it.
        OUTCOME_TRY(const auto committee, readCommittee(state));
        if (!committee) {
            return reject("not-initialized", tr("the community has no committee yet"));
        }
        const int signedBy = committeeSignatures(*committee, tx);
        if (signedBy < int(committee->quorum)) {
            return reject("quorum-not-reached", tr("a co-signed transaction needs the signatures of %1 committee members; %2 signed")
                                                    .arg(committee->quorum)
                                                    .arg(signedBy));
        }
    }
    return effects;
}

} // namespace courtyard::contracts
