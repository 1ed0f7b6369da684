// A small community for the contract tests: fixed keys, a real genesis, real signed transactions,
// the standard contracts in an Engine over a MemoryState. Every submitted transaction is checked
// for the engine's promises: accepted ones have balanced (here: no) postings and are applied,
// after which the state keeps its invariants (contracts/invariants.h: no impossible invoice, no
// credit of zero or less); rejected ones leave the state root unchanged. Everything applied to the
// state is journaled, and at the end of the test (World's destructor, or checkReplay()) replaying
// the journal into a fresh state at the same block times must give the byte-identical state root.
#pragma once

#include "contracts/engine.h"
#include "core/crypto/crypto.h"
#include "core/ledger/genesis.h"
#include "core/ledger/transaction.h"
#include "core/state/state.h"

#include <QtTest>

#include <map>
#include <optional>
#include <vector>

namespace courtyard::contracts::testing {

// The same label always gives the same key.
crypto::KeyPair keyFor(const char *label);

// Who signs a transaction in the authorization matrix.
enum class Signer {
    None,            // a key with no role
    Manager,         // the manager alone
    CommitteeMember, // one committee member alone (the quorum is 2 of 3)
    Quorum,          // two committee members
    Kiosk,
    Auditor,
    Sealer,          // the server's sealing key
};
QString signerName(Signer signer);
std::vector<Signer> allSigners();

inline constexpr quint64 kStartTimeMs = 1'800'000'000'000; // 2027-01-15, any fixed instant will do

class World {
public:
    explicit World(const QString &currency = QStringLiteral("CNY"));
    // Checks the replay (checkReplay()) unless it was checked already, no test function is
    // running (a member World destroyed after the last test: call checkReplay() from cleanup())
    // or the test failed already.
    ~World();
    World(const World &) = delete;
    World &operator=(const World &) = delete;

    crypto::KeyPair server = keyFor("server");
    std::vector<crypto::KeyPair> committee; // three members, quorum 2
    crypto::KeyPair manager = keyFor("manager");
    crypto::KeyPair kiosk = keyFor("kiosk");
    crypto::KeyPair auditor = keyFor("auditor");
    crypto::KeyPair stranger = keyFor("stranger");
    ledger::Genesis genesis;
    Registry registry;
    Engine engine;
    state::MemoryState state;
    quint64 timeMs = kStartTimeMs;

    // A transaction by author, co-signed by cosigners, with the author's next sequence number.
    ledger::Transaction make(const QString &kind, cbor::Value payload, const crypto::KeyPair &author,
                             std::initializer_list<const crypto::KeyPair *> cosigners = {}, quint32 version = 1);
    ledger::Transaction make(const QString &kind, cbor::Value payload, Signer signer, quint32 version = 1);
    const crypto::KeyPair &keyOf(Signer signer) const;

    // Runs tx through the engine at timeMs; applies the effects when accepted. Records a test
    // failure when an accepted transaction has postings that do not balance or any postings at
    // all, or when the state root changed after a rejection.
    Outcome<Effects> submit(const ledger::Transaction &tx);
    // The rejection code, or an empty string when accepted.
    QString codeOf(const ledger::Transaction &tx);
    // Applies the effects of an accepted transaction (run by the caller at timeMs), journals it
    // and records a test failure when the state breaks an invariant afterwards. Every path that
    // applies a transaction goes through here (submit, Books::submit, tests' own submits).
    void commit(const ledger::Transaction &tx, const Effects &effects);
    // Writes records directly, as another contract would have written them (test setup, e.g.
    // invoices for the payments tests); journaled, so that the replay writes them too. Never
    // apply to `state` directly: the replay check would (rightly) fail.
    void put(const state::StateDelta &delta);
    // What the replay finds wrong: every journaled transaction is run again, in order and at its
    // block time, against a fresh MemoryState (with the journaled writes in between); each must be
    // accepted and the final state root must be `state`'s. Empty when all is well. Also checks
    // the invariants of the replayed state.
    QStringList replayProblems() const;
    // replayProblems(), handed to the caller: the destructor then checks no more (for tests that
    // tamper with the state on purpose and expect problems).
    QStringList takeReplayProblems();
    // Records a test failure for each of takeReplayProblems().
    void checkReplay();
    // The invariants of `state` now (contracts::checkStateInvariants); empty when they hold.
    QStringList invariantProblems() const;
    QString run(const QString &kind, cbor::Value payload, Signer signer) { return codeOf(make(kind, std::move(payload), signer)); }

    // Genesis, then a manager, a kiosk and an auditor granted by the quorum.
    void bootstrap();
    // bootstrap() plus units 12-0301 (85.50 m², 1.00 %) and 12-0302 (120.00 m², 1.20 %),
    // resident residentA in 12-0301 with a card (cardA, pinHash()).
    void populate();

    QByteArray residentA = QByteArray(16, '\x0a');
    QByteArray residentB = QByteArray(16, '\x0b');
    QByteArray cardA = crypto::toByteArray(crypto::sha256("card-a"));
    QByteArray cardB = crypto::toByteArray(crypto::sha256("card-b"));

    // The value under key; null when there is none (contracts never store null).
    cbor::Value value(const QByteArray &key) const;
    bool has(const QByteArray &key) const;

private:
    struct Step {
        std::optional<ledger::Transaction> tx; // a transaction accepted at timeMs,
        quint64 timeMs = 0;
        state::StateDelta written;             // or records written directly
    };
    std::map<crypto::PublicKey, quint64> m_sequences;
    std::vector<Step> m_journal;
    bool m_replayChecked = false;
};

// Runs transactions through a World's engine like World::submit, but for kinds that move money:
// accepted postings must balance and be in the community's currency, every account's running
// balance is kept and the trial balance (their sum) must stay zero; the state must keep its
// invariants (World::commit). Rejections must leave the state root unchanged and carry a code and
// a message.
class Books {
public:
    explicit Books(World &world) : w(world) {}

    Outcome<Effects> submit(const ledger::Transaction &tx);
    // The rejection code, or an empty string when accepted.
    QString code(const ledger::Transaction &tx);
    QString run(const QString &kind, cbor::Value payload, Signer signer = Signer::Manager)
    {
        return code(w.make(kind, std::move(payload), signer));
    }
    // The manager authors, the given committee members co-sign.
    QString managerWith(const QString &kind, cbor::Value payload, std::initializer_list<const crypto::KeyPair *> cosigners)
    {
        return code(w.make(kind, std::move(payload), w.manager, cosigners));
    }
    // The sum of the postings to account so far (debits positive), in minor units.
    qint64 balance(const char *account) const;
    // The sum over all accounts: 0 when the books balance.
    qint64 total() const;

    World &w;
    std::map<QString, qint64> balances;
    std::vector<Posting> last; // the postings of the last accepted transaction
};

// A real libsodium Argon2id hash of "123456", computed once.
QString pinHash();

cbor::Value bytesValue(const QByteArray &b);
cbor::Value keyValue(const crypto::KeyPair &k);
cbor::Value text(const char *t);

} // namespace courtyard::contracts::testing

namespace courtyard::cbor {
// For QCOMPARE's failure messages (found by argument-dependent lookup).
char *toString(const Value &value);
} // namespace courtyard::cbor

// QVERIFY2 evaluates its message eagerly: these touch the error only when there is one.
#define CY_VERIFY_ACCEPTED(outcome) \
    do { \
        const auto &cy_o_ = (outcome); \
        if (!cy_o_.has_value()) \
            QFAIL(qPrintable(cy_o_.error().code + QStringLiteral(": ") + cy_o_.error().message)); \
    } while (false)
