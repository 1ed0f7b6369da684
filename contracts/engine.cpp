#include "contracts/engine.h"

#include <QCoreApplication>

namespace courtyard::contracts {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::contracts", text);
}
} // namespace

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
    const Context context{state, tx, blockTimeMs, m_genesis};
    auto effects = contract->apply(context);
    if (!effects) {
        return effects;
    }
    if (auto balanced = checkBalanced(effects->postings); !balanced) {
        return tl::unexpected<Rejection>(balanced.error());
    }
    return effects;
}

} // namespace courtyard::contracts
