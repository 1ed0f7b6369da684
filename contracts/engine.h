// contracts: the community's rules as deterministic code.
//
// One Contract per (kind, kind version) decides whether a transaction is allowed and what it
// does: a StateDelta and double-entry postings. A contract is a pure function of the state it
// reads, the transaction and the block time: no wall clock, no locale, no floating point, no
// storage, no randomness. The Engine runs the checks every kind shares (known kind and version,
// the community, valid signatures, balanced postings) around it, so that a rejected
// transaction changes nothing.
//
// Co-signed transactions (ledger format 2: no author sequence, valid until a block time) get
// three more checks from the Engine, the same on every device because they read only the
// state, the transaction and the block time: the block time is at most the transaction's
// validUntilMs ("expired"), validUntilMs is at most kMaxCosignedValidityMs after the block time
// ("valid-until-too-far"), and, once its contract accepts it, at least the committee quorum
// signed it ("quorum-not-reached"). Sealing such a transaction at most once (by its id) is the
// node's and the verifier's part. docs/formats.md, "Co-signed transactions", says why.
//
// Rejections are values with a stable code ("unknown-kind", "not-authorized", ...) for programs
// and a translatable message for people.
// Thread-safety: contracts, the registry and the engine are immutable after construction and may
// be used from several threads; a Context is used by one.
#pragma once

#include "core/ledger/genesis.h"
#include "core/ledger/transaction.h"
#include "core/money/money.h"
#include "core/state/state.h"

#include <QString>

#include <tl/expected.hpp>

#include <map>
#include <memory>
#include <vector>

namespace courtyard::contracts {

// Why a transaction is refused. code is stable (tests and UIs switch on it); message is for a
// person, already translated through QCoreApplication::translate("courtyard::contracts", ...).
struct Rejection {
    QString code;
    QString message;
};

template <typename T>
using Outcome = tl::expected<T, Rejection>;

using ledger::kMaxCosignedValidityMs; // core/ledger/transaction.h

tl::unexpected<Rejection> reject(const char *code, QString message);

// One line of a double-entry posting: positive amounts are debits, negative credits. The
// postings of one transaction sum to zero in every currency.
struct Posting {
    QString account; // e.g. "Assets:Receivable:12-0301", "Income:Rent"
    money::Money amount;
};

struct Effects {
    state::StateDelta delta;
    std::vector<Posting> postings;
};

struct Context {
    const state::StateView &state;
    const ledger::Transaction &tx;
    quint64 blockTimeMs = 0;
    const ledger::Genesis &genesis;

    // "Today" for rules that need a date: the block time's date in the community's time zone.
    QDate today() const { return genesis.localDate(blockTimeMs); }
};

class Contract {
public:
    virtual ~Contract() = default;
    virtual QString kind() const = 0;
    virtual quint32 version() const = 0;
    // Who must sign and whether the intent is valid, then its effects; Rejection otherwise.
    virtual Outcome<Effects> apply(const Context &context) const = 0;
};

class Registry {
public:
    // Programmer error (assert) to register the same (kind, version) twice.
    void add(std::unique_ptr<Contract> contract);
    const Contract *find(const QString &kind, quint32 version) const;
    std::vector<const Contract *> all() const;

private:
    std::map<std::pair<QString, quint32>, std::unique_ptr<Contract>> m_contracts;
};

class Engine {
public:
    Engine(const Registry &registry, ledger::Genesis genesis) : m_registry(registry), m_genesis(std::move(genesis)) {}

    // Whether apply() checks the transaction's signatures. They depend on nothing but the
    // transaction, so a node that checked them when the transaction was submitted need not check
    // them again when it seals the block.
    enum class Signatures { Verify, AlreadyVerified };

    // Applies one transaction to state at blockTimeMs. On success the effects are balanced and
    // the caller applies them; on rejection nothing is to be changed.
    Outcome<Effects> apply(const state::StateView &state, const ledger::Transaction &tx, quint64 blockTimeMs,
                           Signatures signatures = Signatures::Verify) const;

    const ledger::Genesis &genesis() const { return m_genesis; }

private:
    const Registry &m_registry;
    ledger::Genesis m_genesis;
};

// Checks that postings sum to zero per currency; a contract that breaks this is a bug.
Outcome<void> checkBalanced(const std::vector<Posting> &postings);

} // namespace courtyard::contracts

// Propagate a Rejection: OUTCOME_TRY(auto v, expr); binds v to the value or returns the rejection.
#define OUTCOME_TRY_IMPL(tmp, decl, expr) \
    auto tmp = (expr); \
    if (!tmp) \
        return ::tl::unexpected<::courtyard::contracts::Rejection>(std::move(tmp).error()); \
    decl = std::move(*tmp)
#define OUTCOME_TRY(decl, expr) OUTCOME_TRY_IMPL(CY_CONCAT(outcome_try_, __LINE__), decl, expr)
#define OUTCOME_CHECK(expr) \
    do { \
        auto outcome_check_ = (expr); \
        if (!outcome_check_) \
            return ::tl::unexpected<::courtyard::contracts::Rejection>(std::move(outcome_check_).error()); \
    } while (false)
