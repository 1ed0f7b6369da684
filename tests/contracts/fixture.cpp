#include "fixture.h"

#include "contracts/invariants.h"
#include "contracts/standard.h"

namespace courtyard::contracts::testing {

namespace {

std::vector<crypto::KeyPair> makeCommittee()
{
    std::vector<crypto::KeyPair> keys;
    keys.push_back(keyFor("committee-1"));
    keys.push_back(keyFor("committee-2"));
    keys.push_back(keyFor("committee-3"));
    return keys;
}

ledger::Genesis makeGenesis(const crypto::KeyPair &server, const std::vector<crypto::KeyPair> &committee, const QString &currency)
{
    ledger::Genesis g;
    g.communityId = QByteArray(ledger::kCommunityIdSize, '\x42');
    g.name = QStringLiteral("Lotus Court");
    g.currency = currency;
    g.timeZone = QStringLiteral("Asia/Shanghai");
    g.sealer = server.publicKey();
    for (const crypto::KeyPair &k : committee) {
        g.committee.push_back(k.publicKey());
    }
    g.quorum = 2;
    CY_ASSERT(g.validate().has_value());
    return g;
}

} // namespace

crypto::KeyPair keyFor(const char *label)
{
    auto key = crypto::KeyPair::fromSeed(crypto::toByteArray(crypto::sha256(QByteArrayView(label))));
    CY_ASSERT(key.has_value());
    return std::move(*key);
}

QString signerName(Signer signer)
{
    switch (signer) {
    case Signer::None:
        return QStringLiteral("none");
    case Signer::Manager:
        return QStringLiteral("manager");
    case Signer::CommitteeMember:
        return QStringLiteral("committee-member");
    case Signer::Quorum:
        return QStringLiteral("quorum");
    case Signer::Kiosk:
        return QStringLiteral("kiosk");
    case Signer::Auditor:
        return QStringLiteral("auditor");
    case Signer::Sealer:
        return QStringLiteral("sealer");
    }
    return {};
}

std::vector<Signer> allSigners()
{
    return {Signer::None, Signer::Manager, Signer::CommitteeMember, Signer::Quorum,
            Signer::Kiosk, Signer::Auditor, Signer::Sealer};
}

World::World(const QString &currency)
    : committee(makeCommittee())
    , genesis(makeGenesis(server, committee, currency))
    , engine(registry, genesis)
{
    addStandardContracts(registry);
}

World::~World()
{
    if (!m_replayChecked && QTest::currentTestFunction() && !QTest::currentTestFailed()) {
        checkReplay();
    }
}

ledger::Transaction World::make(const QString &kind, cbor::Value payload, const crypto::KeyPair &author,
                                std::initializer_list<const crypto::KeyPair *> cosigners, quint32 version)
{
    ledger::TransactionBody body;
    body.kind = kind;
    body.kindVersion = version;
    body.communityId = genesis.communityId;
    body.author = author.publicKey();
    body.sequence = ++m_sequences[author.publicKey()];
    body.payload = std::move(payload);
    auto tx = ledger::Transaction::create(std::move(body), author);
    CY_ASSERT(tx.has_value());
    for (const crypto::KeyPair *cosigner : cosigners) {
        tx = tx->withSignature(*cosigner);
        CY_ASSERT(tx.has_value());
    }
    return std::move(*tx);
}

const crypto::KeyPair &World::keyOf(Signer signer) const
{
    switch (signer) {
    case Signer::None:
        return stranger;
    case Signer::Manager:
        return manager;
    case Signer::CommitteeMember:
    case Signer::Quorum:
        return committee[0];
    case Signer::Kiosk:
        return kiosk;
    case Signer::Auditor:
        return auditor;
    case Signer::Sealer:
        return server;
    }
    CY_ASSERT(false);
    return stranger;
}

ledger::Transaction World::make(const QString &kind, cbor::Value payload, Signer signer, quint32 version)
{
    if (signer == Signer::Quorum) {
        return make(kind, std::move(payload), committee[0], {&committee[1]}, version);
    }
    return make(kind, std::move(payload), keyOf(signer), {}, version);
}

Outcome<Effects> World::submit(const ledger::Transaction &tx)
{
    const auto rootBefore = state::stateRoot(state);
    CY_ASSERT(rootBefore.has_value());
    auto effects = engine.apply(state, tx, timeMs);
    if (effects) {
        if (!effects->postings.empty()) {
            QTest::qFail("governance and unit transactions have no money effects", __FILE__, __LINE__);
        }
        if (!checkBalanced(effects->postings)) {
            QTest::qFail("accepted postings do not balance", __FILE__, __LINE__);
        }
        commit(tx, *effects);
    } else {
        const auto rootAfter = state::stateRoot(state);
        CY_ASSERT(rootAfter.has_value());
        if (*rootAfter != *rootBefore) {
            QTest::qFail("a rejected transaction changed the state", __FILE__, __LINE__);
        }
        if (effects.error().code.isEmpty() || effects.error().message.isEmpty()) {
            QTest::qFail("a rejection without a code or a message", __FILE__, __LINE__);
        }
    }
    return effects;
}

QString World::codeOf(const ledger::Transaction &tx)
{
    auto outcome = submit(tx);
    return outcome ? QString() : outcome.error().code;
}

void World::commit(const ledger::Transaction &tx, const Effects &effects)
{
    state.apply(effects.delta);
    m_journal.push_back(Step{tx, timeMs, {}});
    for (const QString &problem : invariantProblems()) {
        QTest::qFail(qPrintable(QStringLiteral("after %1: %2").arg(tx.body().kind, problem)), __FILE__, __LINE__);
    }
}

void World::put(const state::StateDelta &delta)
{
    state.apply(delta);
    m_journal.push_back(Step{std::nullopt, timeMs, delta});
}

QStringList World::invariantProblems() const
{
    auto problems = checkStateInvariants(state);
    if (!problems) {
        return {QStringLiteral("the state cannot be read: ") + problems.error().message};
    }
    return *problems;
}

QStringList World::replayProblems() const
{
    QStringList problems;
    state::MemoryState fresh;
    int index = 0;
    for (const Step &step : m_journal) {
        ++index;
        if (!step.tx) {
            fresh.apply(step.written);
            continue;
        }
        auto effects = engine.apply(fresh, *step.tx, step.timeMs);
        if (!effects) {
            problems << QStringLiteral("step %1 (%2) is refused on replay: %3 (%4)")
                            .arg(index).arg(step.tx->body().kind, effects.error().message, effects.error().code);
            return problems; // everything after it would differ too
        }
        fresh.apply(effects->delta);
    }
    const auto replayed = state::stateRoot(fresh);
    const auto incremental = state::stateRoot(state);
    if (!replayed || !incremental) {
        problems << QStringLiteral("a state root cannot be computed");
    } else if (*replayed != *incremental) {
        problems << QStringLiteral("the replay of %1 steps gives state root %2, the incremental state %3")
                        .arg(m_journal.size())
                        .arg(crypto::toHex(*replayed), crypto::toHex(*incremental));
    }
    if (auto broken = checkStateInvariants(fresh); !broken || !broken->isEmpty()) {
        problems << QStringLiteral("the replayed state breaks an invariant");
    }
    return problems;
}

QStringList World::takeReplayProblems()
{
    m_replayChecked = true;
    return replayProblems();
}

void World::checkReplay()
{
    for (const QString &problem : takeReplayProblems()) {
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
    }
}

void World::bootstrap()
{
    auto genesisTx = genesis.toTransaction(server);
    CY_ASSERT(genesisTx.has_value());
    m_sequences[server.publicKey()] = 1;
    CY_ASSERT(submit(*genesisTx).has_value());
    const auto grant = [&](const crypto::KeyPair &k, const char *role) {
        auto outcome = submit(make(QStringLiteral("governance.grant"),
                                   cbor::Value::fromMap({{QStringLiteral("key"), keyValue(k)}, {QStringLiteral("role"), text(role)}}),
                                   Signer::Quorum));
        CY_ASSERT(outcome.has_value());
    };
    grant(manager, "manager");
    grant(kiosk, "kiosk");
    grant(auditor, "auditor");
}

void World::populate()
{
    bootstrap();
    const auto ok = [&](const QString &kind, cbor::Value payload) {
        auto outcome = submit(make(kind, std::move(payload), manager));
        if (!outcome) {
            qWarning("%s: %s", qPrintable(outcome.error().code), qPrintable(outcome.error().message));
        }
        CY_ASSERT(outcome.has_value());
    };
    ok(QStringLiteral("unit.register"), cbor::Value::fromMap({{QStringLiteral("number"), text("12-0301")},
                                                               {QStringLiteral("area"), cbor::Value::fromUnsigned(8550)},
                                                               {QStringLiteral("share"), cbor::Value::fromUnsigned(100)}}));
    ok(QStringLiteral("unit.register"), cbor::Value::fromMap({{QStringLiteral("number"), text("12-0302")},
                                                               {QStringLiteral("area"), cbor::Value::fromUnsigned(12000)},
                                                               {QStringLiteral("share"), cbor::Value::fromUnsigned(120)}}));
    ok(QStringLiteral("resident.register"),
       cbor::Value::fromMap({{QStringLiteral("resident"), bytesValue(residentA)}, {QStringLiteral("unit"), text("12-0301")}}));
    ok(QStringLiteral("resident.enroll-card"), cbor::Value::fromMap({{QStringLiteral("resident"), bytesValue(residentA)},
                                                                      {QStringLiteral("card"), bytesValue(cardA)},
                                                                      {QStringLiteral("pin"), cbor::Value::fromText(pinHash())}}));
}

cbor::Value World::value(const QByteArray &key) const
{
    auto v = state.get(key);
    CY_ASSERT(v.has_value());
    return v->value_or(cbor::Value::null());
}

bool World::has(const QByteArray &key) const
{
    auto v = state.get(key);
    CY_ASSERT(v.has_value());
    return v->has_value();
}

Outcome<Effects> Books::submit(const ledger::Transaction &tx)
{
    const auto before = state::stateRoot(w.state);
    CY_ASSERT(before.has_value());
    auto effects = w.engine.apply(w.state, tx, w.timeMs);
    if (!effects) {
        const auto after = state::stateRoot(w.state);
        CY_ASSERT(after.has_value());
        if (*after != *before) {
            QTest::qFail("a rejected transaction changed the state", __FILE__, __LINE__);
        }
        if (effects.error().code.isEmpty() || effects.error().message.isEmpty()) {
            QTest::qFail("a rejection without a code or a message", __FILE__, __LINE__);
        }
        return effects;
    }
    if (!checkBalanced(effects->postings)) {
        QTest::qFail("accepted postings do not balance", __FILE__, __LINE__);
    }
    for (const Posting &p : effects->postings) {
        if (p.amount.currency().code != w.genesis.currency) {
            QTest::qFail("a posting in another currency", __FILE__, __LINE__);
        }
        balances[p.account] += p.amount.minor();
    }
    if (total() != 0) {
        QTest::qFail("the trial balance does not balance", __FILE__, __LINE__);
    }
    last = effects->postings;
    w.commit(tx, *effects);
    return effects;
}

QString Books::code(const ledger::Transaction &tx)
{
    auto outcome = submit(tx);
    return outcome ? QString() : outcome.error().code;
}

qint64 Books::balance(const char *account) const
{
    const auto it = balances.find(QString::fromLatin1(account));
    return it == balances.end() ? 0 : it->second;
}

qint64 Books::total() const
{
    qint64 sum = 0;
    for (const auto &[account, amount] : balances) {
        sum += amount;
    }
    return sum;
}

QString pinHash()
{
    static const QString hash = [] {
        auto h = crypto::hashPin("123456");
        CY_ASSERT(h.has_value());
        return QString::fromLatin1(*h);
    }();
    return hash;
}

cbor::Value bytesValue(const QByteArray &b)
{
    return cbor::Value::fromBytes(b);
}

cbor::Value keyValue(const crypto::KeyPair &k)
{
    return cbor::Value::fromBytes(k.publicKey().toByteArray());
}

cbor::Value text(const char *t)
{
    return cbor::Value::fromText(QString::fromUtf8(t));
}

} // namespace courtyard::contracts::testing

char *courtyard::cbor::toString(const Value &value)
{
    return qstrdup(qPrintable(value.diagnostic()));
}
