// Genesis and governance: the state genesis writes, who may grant, revoke and rotate, thresholds.
#include "contracts/governance.h"
#include "contracts/units.h"
#include "fixture.h"

#include <QtTest>

#include <algorithm>
#include <limits>

using namespace courtyard;
using namespace courtyard::contracts;
using namespace courtyard::contracts::testing;

Q_DECLARE_METATYPE(courtyard::contracts::testing::Signer)
Q_DECLARE_METATYPE(courtyard::cbor::Value)

namespace {

cbor::Value grant(const crypto::KeyPair &key, const char *role)
{
    return cbor::Value::fromMap({{QStringLiteral("key"), keyValue(key)}, {QStringLiteral("role"), text(role)}});
}

cbor::Value roleRecord(std::initializer_list<const char *> roles, quint64 since)
{
    std::vector<const char *> sorted(roles);
    std::sort(sorted.begin(), sorted.end(), [](const char *a, const char *b) { return qstrcmp(a, b) < 0; });
    cbor::Array list;
    cbor::Map times;
    for (const char *r : sorted) {
        list.push_back(text(r));
        times.emplace_back(text(r), cbor::Value::fromUnsigned(since));
    }
    return cbor::Value::fromMap({{QStringLiteral("roles"), cbor::Value::fromArray(std::move(list))},
                                 {QStringLiteral("since"), cbor::Value::fromMap(std::move(times))}});
}

cbor::Value committeeRecord(std::vector<crypto::PublicKey> members, quint64 quorum)
{
    std::sort(members.begin(), members.end());
    cbor::Array list;
    for (const auto &k : members) {
        list.push_back(cbor::Value::fromBytes(k.toByteArray()));
    }
    return cbor::Value::fromMap({{QStringLiteral("members"), cbor::Value::fromArray(std::move(list))},
                                 {QStringLiteral("quorum"), cbor::Value::fromUnsigned(quorum)}});
}

cbor::Value threshold(qint64 amount)
{
    return cbor::Value::fromMap({{QStringLiteral("amount"), cbor::Value::fromInt(amount)}});
}

const QString kGrant = QStringLiteral("governance.grant");
const QString kRevoke = QStringLiteral("governance.revoke");
const QString kRotate = QStringLiteral("governance.rotate-key");
const QString kThreshold = QStringLiteral("governance.set-threshold");
const QString kQuorum = QStringLiteral("governance.set-quorum");

cbor::Value unitPayload(const char *number)
{
    return cbor::Value::fromMap({{QStringLiteral("number"), text(number)},
                                 {QStringLiteral("area"), cbor::Value::fromUnsigned(7000)},
                                 {QStringLiteral("share"), cbor::Value::fromUnsigned(50)}});
}

} // namespace

class TestGovernance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void genesisWritesTheCommunity();
    void genesisThresholdsFollowTheCurrency_data();
    void genesisThresholdsFollowTheCurrency();
    void secondGenesisIsRejected();
    void nothingBeforeGenesis();
    void authorizationMatrix_data();
    void authorizationMatrix();
    void managerCannotMakeHimselfCommittee();
    void revokedManagerIsRefused();
    void committeeGrowsAndShrinksWithinItsQuorum();
    void rotateKeyMovesRoles();
    void thresholdsAreSetByQuorum();
    void badInput_data();
    void badInput();
    void engineRefusesUnknownKindsAndCommunities();
};

void TestGovernance::genesisWritesTheCommunity()
{
    World w;
    auto tx = w.genesis.toTransaction(w.server);
    QVERIFY(tx.has_value());
    CY_VERIFY_ACCEPTED(w.submit(*tx));

    QCOMPARE(w.state.size(), std::size_t(8)); // community, committee, 2 thresholds, 4 roles
    QCOMPARE(w.value(communityKey()),
             cbor::Value::fromMap({{QStringLiteral("id"), bytesValue(QByteArray(16, '\x42'))},
                                   {QStringLiteral("name"), text("Lotus Court")},
                                   {QStringLiteral("currency"), text("CNY")},
                                   {QStringLiteral("timezone"), text("Asia/Shanghai")},
                                   {QStringLiteral("sealer"), keyValue(w.server)}}));
    QCOMPARE(w.value("governance/committee"),
             committeeRecord({w.committee[0].publicKey(), w.committee[1].publicKey(), w.committee[2].publicKey()}, 2));
    // 5,000.00 CNY in fen.
    QCOMPARE(w.value("governance/threshold/repair-committee-threshold"), threshold(500000));
    QCOMPARE(w.value("governance/threshold/expense-committee-threshold"), threshold(500000));
    QCOMPARE(w.value("role/" + w.server.publicKey().toHex().toLatin1()), roleRecord({"server"}, kStartTimeMs));
    for (const auto &member : w.committee) {
        QCOMPARE(w.value("role/" + member.publicKey().toHex().toLatin1()), roleRecord({"committee"}, kStartTimeMs));
    }

    auto roles = rolesOf(w.state, w.committee[1].publicKey());
    QVERIFY(roles.has_value());
    QCOMPARE(*roles, QStringList{QStringLiteral("committee")});
    auto committee = readCommittee(w.state);
    QVERIFY(committee.has_value() && committee->has_value());
    QCOMPARE((*committee)->quorum, 2u);
    QCOMPARE((*committee)->members.size(), std::size_t(3));
}

void TestGovernance::genesisThresholdsFollowTheCurrency_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("CNY, 2 decimals") << QStringLiteral("CNY") << qint64(500000);
    QTest::newRow("JPY, no decimals") << QStringLiteral("JPY") << qint64(5000);
    QTest::newRow("KWD, 3 decimals") << QStringLiteral("KWD") << qint64(5000000);
}

void TestGovernance::genesisThresholdsFollowTheCurrency()
{
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    World w(currency);
    w.bootstrap();
    auto repair = readThreshold(w.state, QString::fromLatin1(kRepairCommitteeThreshold));
    QVERIFY(repair.has_value() && repair->has_value());
    QCOMPARE(**repair, minor);
}

void TestGovernance::secondGenesisIsRejected()
{
    World w;
    auto tx = w.genesis.toTransaction(w.server);
    QVERIFY(tx.has_value());
    CY_VERIFY_ACCEPTED(w.submit(*tx));
    QCOMPARE(w.codeOf(*tx), QStringLiteral("already-initialized"));

    // A genesis of the same community with other contents is not this community's genesis.
    ledger::Genesis other = w.genesis;
    other.name = QStringLiteral("Another Court");
    auto otherTx = other.toTransaction(w.server);
    QVERIFY(otherTx.has_value());
    QCOMPARE(w.codeOf(*otherTx), QStringLiteral("bad-genesis"));

    // "genesis" authored by anyone but the sealer.
    QCOMPARE(w.run(QStringLiteral("genesis"), w.genesis.toPayload(), Signer::Manager), QStringLiteral("bad-genesis"));
}

void TestGovernance::nothingBeforeGenesis()
{
    World w;
    QCOMPARE(w.run(kGrant, grant(w.manager, "manager"), Signer::Quorum), QStringLiteral("not-initialized"));
    QCOMPARE(w.run(QStringLiteral("unit.register"), unitPayload("1"), Signer::Manager), QStringLiteral("not-authorized"));
    QCOMPARE(w.state.size(), std::size_t(0));
}

void TestGovernance::authorizationMatrix_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Signer>("signer");
    QTest::addColumn<QString>("expected"); // empty: accepted

    struct Kind {
        QString name;
        std::map<Signer, QString> accepted; // signer -> code when not the default
        QString otherwise;
    };
    const QString quorumMissing = QStringLiteral("quorum-not-reached");
    const std::vector<Kind> kinds = {
        {QStringLiteral("genesis"), {{Signer::Sealer, QStringLiteral("already-initialized")}}, QStringLiteral("bad-genesis")},
        {kGrant, {{Signer::Quorum, QString()}}, quorumMissing},
        {kRevoke, {{Signer::Quorum, QString()}}, quorumMissing},
        {kRotate, {{Signer::Quorum, QString()}}, quorumMissing},
        {kThreshold, {{Signer::Quorum, QString()}}, quorumMissing},
        {kQuorum, {{Signer::Quorum, QString()}}, quorumMissing},
    };
    for (const Kind &k : kinds) {
        for (const Signer s : allSigners()) {
            const auto it = k.accepted.find(s);
            const QString expected = it == k.accepted.end() ? k.otherwise : it->second;
            QTest::addRow("%s by %s", qPrintable(k.name), qPrintable(signerName(s))) << k.name << s << expected;
        }
    }
}

void TestGovernance::authorizationMatrix()
{
    QFETCH(QString, kind);
    QFETCH(Signer, signer);
    QFETCH(QString, expected);

    World w;
    w.populate();
    const crypto::KeyPair newcomer = keyFor("newcomer");
    cbor::Value payload;
    if (kind == QLatin1String("genesis")) {
        payload = w.genesis.toPayload();
    } else if (kind == kGrant) {
        payload = grant(newcomer, "auditor");
    } else if (kind == kRevoke) {
        payload = grant(w.auditor, "auditor");
    } else if (kind == kRotate) {
        payload = cbor::Value::fromMap({{QStringLiteral("from"), keyValue(w.kiosk)}, {QStringLiteral("to"), keyValue(newcomer)}});
    } else if (kind == kThreshold) {
        payload = cbor::Value::fromMap({{QStringLiteral("name"), text("repair-committee-threshold")},
                                        {QStringLiteral("amount"), cbor::Value::fromInt(1000000)}});
    } else if (kind == kQuorum) {
        payload = cbor::Value::fromMap({{QStringLiteral("quorum"), cbor::Value::fromUnsigned(3)}});
    }
    ledger::Transaction tx = w.make(kind, payload, signer);
    if (kind == QLatin1String("genesis") && signer == Signer::Sealer) {
        auto genesisTx = w.genesis.toTransaction(w.server); // the real one, sequence 1
        QVERIFY(genesisTx.has_value());
        tx = *genesisTx;
    }
    QCOMPARE(w.codeOf(tx), expected);
}

void TestGovernance::managerCannotMakeHimselfCommittee()
{
    World w;
    w.bootstrap();
    // Alone.
    auto alone = w.make(kGrant, grant(w.manager, "committee"), w.manager);
    QCOMPARE(w.codeOf(alone), QStringLiteral("quorum-not-reached"));
    // With one committee member: one of two.
    auto withOne = w.make(kGrant, grant(w.manager, "committee"), w.manager, {&w.committee[2]});
    QCOMPARE(w.codeOf(withOne), QStringLiteral("quorum-not-reached"));
    // Even the quorum cannot seat the manager on the committee that checks him.
    auto byQuorum = w.make(kGrant, grant(w.manager, "committee"), w.manager, {&w.committee[0], &w.committee[2]});
    QCOMPARE(w.codeOf(byQuorum), QStringLiteral("conflicting-roles"));
    // Nor make a committee member the manager, or give a kiosk key a second role.
    QCOMPARE(w.run(kGrant, grant(w.committee[1], "manager"), Signer::Quorum), QStringLiteral("conflicting-roles"));
    QCOMPARE(w.run(kGrant, grant(w.kiosk, "auditor"), Signer::Quorum), QStringLiteral("conflicting-roles"));
    QCOMPARE(w.run(kGrant, grant(w.auditor, "kiosk"), Signer::Quorum), QStringLiteral("conflicting-roles"));
    // The sealer holds only "server".
    QCOMPARE(w.run(kGrant, grant(w.server, "auditor"), Signer::Quorum), QStringLiteral("sealer-key"));
    // A manager may also be an auditor; a role is granted once.
    QCOMPARE(w.run(kGrant, grant(w.manager, "auditor"), Signer::Quorum), QString());
    QCOMPARE(w.run(kGrant, grant(w.manager, "auditor"), Signer::Quorum), QStringLiteral("already-granted"));
    auto roles = rolesOf(w.state, w.manager.publicKey());
    QVERIFY(roles.has_value());
    QCOMPARE(*roles, (QStringList{QStringLiteral("auditor"), QStringLiteral("manager")}));
}

void TestGovernance::revokedManagerIsRefused()
{
    World w;
    w.bootstrap();
    QCOMPARE(w.run(QStringLiteral("unit.register"), unitPayload("1-01"), Signer::Manager), QString());
    QCOMPARE(w.run(kRevoke, grant(w.manager, "manager"), Signer::Manager), QStringLiteral("quorum-not-reached"));
    w.timeMs += 60'000;
    QCOMPARE(w.run(kRevoke, grant(w.manager, "manager"), Signer::Quorum), QString());
    QVERIFY(!w.has("role/" + w.manager.publicKey().toHex().toLatin1())); // no roles left: no record
    QCOMPARE(w.run(QStringLiteral("unit.register"), unitPayload("1-02"), Signer::Manager), QStringLiteral("not-authorized"));
    QCOMPARE(w.run(kRevoke, grant(w.manager, "manager"), Signer::Quorum), QStringLiteral("role-not-held"));
    // Granted again later, with the new time.
    w.timeMs += 60'000;
    QCOMPARE(w.run(kGrant, grant(w.manager, "manager"), Signer::Quorum), QString());
    QCOMPARE(w.value("role/" + w.manager.publicKey().toHex().toLatin1()), roleRecord({"manager"}, kStartTimeMs + 120'000));
    QCOMPARE(w.run(QStringLiteral("unit.register"), unitPayload("1-02"), Signer::Manager), QString());
}

void TestGovernance::committeeGrowsAndShrinksWithinItsQuorum()
{
    World w;
    w.bootstrap();
    const crypto::KeyPair newcomer = keyFor("newcomer");
    const auto &c = w.committee;
    QCOMPARE(w.run(kGrant, grant(newcomer, "committee"), Signer::Quorum), QString());
    QCOMPARE(w.value("governance/committee"),
             committeeRecord({c[0].publicKey(), c[1].publicKey(), c[2].publicKey(), newcomer.publicKey()}, 2));
    // The newcomer counts toward the quorum at once.
    auto withNewcomer = w.make(kThreshold,
                               cbor::Value::fromMap({{QStringLiteral("name"), text("budget-committee-threshold")},
                                                     {QStringLiteral("amount"), cbor::Value::fromInt(0)}}),
                               newcomer, {&c[2]});
    QCOMPARE(w.codeOf(withNewcomer), QString());

    QCOMPARE(w.run(kRevoke, grant(c[2], "committee"), Signer::Quorum), QString());
    QCOMPARE(w.run(kRevoke, grant(newcomer, "committee"), Signer::Quorum), QString());
    QCOMPARE(w.value("governance/committee"), committeeRecord({c[0].publicKey(), c[1].publicKey()}, 2));
    // Two members, quorum two: revoking one more would leave the committee unable to act.
    QCOMPARE(w.run(kRevoke, grant(c[1], "committee"), Signer::Quorum), QStringLiteral("committee-below-quorum"));
    QCOMPARE(w.run(kQuorum, cbor::Value::fromMap({{QStringLiteral("quorum"), cbor::Value::fromUnsigned(3)}}), Signer::Quorum),
             QStringLiteral("invalid-quorum"));
    QCOMPARE(w.run(kQuorum, cbor::Value::fromMap({{QStringLiteral("quorum"), cbor::Value::fromUnsigned(1)}}), Signer::Quorum),
             QString());
    QCOMPARE(w.run(kRevoke, grant(c[1], "committee"), Signer::Quorum), QString());
    QCOMPARE(w.value("governance/committee"), committeeRecord({c[0].publicKey()}, 1));
    // A revoked member's signature no longer counts; the last member alone is the quorum now.
    auto byRevoked = w.make(kGrant, grant(newcomer, "auditor"), c[1]);
    QCOMPARE(w.codeOf(byRevoked), QStringLiteral("quorum-not-reached"));
    QCOMPARE(w.run(kGrant, grant(newcomer, "auditor"), Signer::CommitteeMember), QString());
    QCOMPARE(w.run(kRevoke, grant(c[0], "committee"), Signer::CommitteeMember), QStringLiteral("committee-below-quorum"));
}

void TestGovernance::rotateKeyMovesRoles()
{
    World w;
    w.bootstrap();
    const crypto::KeyPair newManager = keyFor("new-manager");
    const crypto::KeyPair newMember = keyFor("new-member");
    const auto rotate = [](const crypto::KeyPair &from, const crypto::KeyPair &to) {
        return cbor::Value::fromMap({{QStringLiteral("from"), keyValue(from)}, {QStringLiteral("to"), keyValue(to)}});
    };
    // The manager cannot move his own roles without the quorum.
    QCOMPARE(w.run(kRotate, rotate(w.manager, newManager), Signer::Manager), QStringLiteral("quorum-not-reached"));
    QCOMPARE(w.run(kRotate, rotate(w.manager, newManager), Signer::Quorum), QString());
    QCOMPARE(w.value("role/" + newManager.publicKey().toHex().toLatin1()), roleRecord({"manager"}, kStartTimeMs));
    QVERIFY(!w.has("role/" + w.manager.publicKey().toHex().toLatin1()));
    QCOMPARE(w.run(QStringLiteral("unit.register"), unitPayload("7"), Signer::Manager), QStringLiteral("not-authorized"));
    QCOMPARE(w.codeOf(w.make(QStringLiteral("unit.register"), unitPayload("7"), newManager)), QString());

    // A committee member's key: the committee list follows.
    QCOMPARE(w.run(kRotate, rotate(w.committee[2], newMember), Signer::Quorum), QString());
    QCOMPARE(w.value("governance/committee"),
             committeeRecord({w.committee[0].publicKey(), w.committee[1].publicKey(), newMember.publicKey()}, 2));
    auto byOldKey = w.make(kGrant, grant(keyFor("x"), "auditor"), w.committee[0], {&w.committee[2]});
    QCOMPARE(w.codeOf(byOldKey), QStringLiteral("quorum-not-reached"));
    auto byNewKey = w.make(kGrant, grant(keyFor("x"), "auditor"), w.committee[0], {&newMember});
    QCOMPARE(w.codeOf(byNewKey), QString());

    QCOMPARE(w.run(kRotate, rotate(w.stranger, keyFor("y")), Signer::Quorum), QStringLiteral("no-roles"));
    QCOMPARE(w.run(kRotate, rotate(w.kiosk, w.auditor), Signer::Quorum), QStringLiteral("key-in-use"));
    QCOMPARE(w.run(kRotate, rotate(w.kiosk, w.kiosk), Signer::Quorum), QStringLiteral("same-key"));
    QCOMPARE(w.run(kRotate, rotate(w.server, keyFor("y")), Signer::Quorum), QStringLiteral("sealer-key"));
    QCOMPARE(w.run(kRotate, rotate(w.kiosk, w.server), Signer::Quorum), QStringLiteral("sealer-key"));
}

void TestGovernance::thresholdsAreSetByQuorum()
{
    World w;
    w.bootstrap();
    const auto set = [](const char *name, cbor::Value amount) {
        return cbor::Value::fromMap({{QStringLiteral("name"), text(name)}, {QStringLiteral("amount"), std::move(amount)}});
    };
    QCOMPARE(w.run(kThreshold, set("repair-committee-threshold", cbor::Value::fromInt(250000)), Signer::Manager),
             QStringLiteral("quorum-not-reached"));
    QCOMPARE(w.run(kThreshold, set("repair-committee-threshold", cbor::Value::fromInt(250000)), Signer::Quorum), QString());
    QCOMPARE(w.value("governance/threshold/repair-committee-threshold"), threshold(250000));
    QCOMPARE(w.run(kThreshold, set("expense-committee-threshold", cbor::Value::fromInt(money::kMaxMinorUnits)), Signer::Quorum),
             QString());
    QCOMPARE(w.run(kThreshold, set("budget-committee-threshold", cbor::Value::fromInt(0)), Signer::Quorum), QString());
    auto budget = readThreshold(w.state, QStringLiteral("budget-committee-threshold"));
    QVERIFY(budget.has_value() && budget->has_value());
    QCOMPARE(**budget, qint64(0));
    auto unset = readThreshold(w.state, QStringLiteral("never-set"));
    QVERIFY(unset.has_value() && !unset->has_value());
}

void TestGovernance::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<cbor::Value>("payload");
    QTest::addColumn<QString>("expected");

    const crypto::KeyPair newcomer = keyFor("newcomer");
    const auto map = [](std::initializer_list<std::pair<QString, cbor::Value>> entries) { return cbor::Value::fromMap(entries); };
    const auto k = [](const char *s) { return QString::fromLatin1(s); };
    const QString bad = QStringLiteral("bad-payload");

    QTest::newRow("grant: not a map") << kGrant << cbor::Value::fromArray({keyValue(newcomer), text("auditor")}) << bad;
    QTest::newRow("grant: role missing") << kGrant << map({{k("key"), keyValue(newcomer)}}) << bad;
    QTest::newRow("grant: key missing") << kGrant << map({{k("role"), text("auditor")}}) << bad;
    QTest::newRow("grant: extra field") << kGrant << map({{k("key"), keyValue(newcomer)}, {k("role"), text("auditor")}, {k("note"), text("x")}}) << bad;
    QTest::newRow("grant: key as text") << kGrant << map({{k("key"), cbor::Value::fromText(newcomer.publicKey().toHex())}, {k("role"), text("auditor")}}) << bad;
    QTest::newRow("grant: role as number") << kGrant << map({{k("key"), keyValue(newcomer)}, {k("role"), cbor::Value::fromUnsigned(1)}}) << bad;
    QTest::newRow("grant: 31-byte key") << kGrant << map({{k("key"), bytesValue(QByteArray(31, '\x01'))}, {k("role"), text("auditor")}}) << k("invalid-key");
    QTest::newRow("grant: small-order key") << kGrant << map({{k("key"), bytesValue(QByteArray(32, '\0'))}, {k("role"), text("auditor")}}) << k("invalid-key");
    QTest::newRow("grant: role server") << kGrant << map({{k("key"), keyValue(newcomer)}, {k("role"), text("server")}}) << k("unknown-role");
    QTest::newRow("grant: role Manager") << kGrant << map({{k("key"), keyValue(newcomer)}, {k("role"), text("Manager")}}) << k("unknown-role");
    QTest::newRow("revoke: role server") << kRevoke << map({{k("key"), keyValue(newcomer)}, {k("role"), text("server")}}) << k("unknown-role");
    QTest::newRow("revoke: invalid key") << kRevoke << map({{k("key"), bytesValue(QByteArray(32, '\0'))}, {k("role"), text("auditor")}}) << k("invalid-key");
    QTest::newRow("rotate: to missing") << kRotate << map({{k("from"), keyValue(newcomer)}}) << bad;
    QTest::newRow("rotate: invalid new key") << kRotate << map({{k("from"), keyValue(newcomer)}, {k("to"), bytesValue(QByteArray(32, '\0'))}}) << k("invalid-key");
    const auto threshold = [&](cbor::Value name, cbor::Value amount) { return map({{k("name"), std::move(name)}, {k("amount"), std::move(amount)}}); };
    QTest::newRow("threshold: negative") << kThreshold << threshold(text("repair-committee-threshold"), cbor::Value::fromInt(-1)) << k("invalid-amount");
    QTest::newRow("threshold: above the money range") << kThreshold << threshold(text("repair-committee-threshold"), cbor::Value::fromInt(money::kMaxMinorUnits + 1)) << k("invalid-amount");
    QTest::newRow("threshold: beyond int64") << kThreshold << threshold(text("repair-committee-threshold"), cbor::Value::fromUnsigned(std::numeric_limits<quint64>::max())) << k("invalid-amount");
    QTest::newRow("threshold: most negative") << kThreshold << threshold(text("repair-committee-threshold"), cbor::Value::fromNegative(std::numeric_limits<quint64>::max())) << k("invalid-amount");
    QTest::newRow("threshold: amount as text") << kThreshold << threshold(text("repair-committee-threshold"), text("5000.00")) << bad;
    QTest::newRow("threshold: amount missing") << kThreshold << map({{k("name"), text("repair-committee-threshold")}}) << bad;
    QTest::newRow("threshold: name with space") << kThreshold << threshold(text("repair threshold"), cbor::Value::fromInt(1)) << k("invalid-threshold-name");
    QTest::newRow("threshold: empty name") << kThreshold << threshold(text(""), cbor::Value::fromInt(1)) << k("invalid-threshold-name");
    QTest::newRow("threshold: upper case") << kThreshold << threshold(text("Repair"), cbor::Value::fromInt(1)) << k("invalid-threshold-name");
    QTest::newRow("quorum: zero") << kQuorum << map({{k("quorum"), cbor::Value::fromUnsigned(0)}}) << k("invalid-quorum");
    QTest::newRow("quorum: above the committee") << kQuorum << map({{k("quorum"), cbor::Value::fromUnsigned(4)}}) << k("invalid-quorum");
    QTest::newRow("quorum: negative") << kQuorum << map({{k("quorum"), cbor::Value::fromInt(-1)}}) << bad;
}

void TestGovernance::badInput()
{
    QFETCH(QString, kind);
    QFETCH(cbor::Value, payload);
    QFETCH(QString, expected);
    World w;
    w.bootstrap();
    QCOMPARE(w.run(kind, payload, Signer::Quorum), expected);
}

void TestGovernance::engineRefusesUnknownKindsAndCommunities()
{
    World w;
    w.bootstrap();
    QCOMPARE(w.codeOf(w.make(QStringLiteral("governance.abolish"), cbor::Value::fromMap({}), Signer::Quorum)),
             QStringLiteral("unknown-kind"));
    QCOMPARE(w.codeOf(w.make(kGrant, grant(keyFor("n"), "auditor"), Signer::Quorum, /*version=*/2)), QStringLiteral("unknown-kind"));
    QCOMPARE(w.codeOf(w.make(QStringLiteral("unit.register"), unitPayload("3"), Signer::Manager, /*version=*/9)),
             QStringLiteral("unknown-kind"));

    ledger::TransactionBody body;
    body.kind = kGrant;
    body.communityId = QByteArray(ledger::kCommunityIdSize, '\x43');
    body.author = w.committee[0].publicKey();
    body.sequence = 99;
    body.payload = grant(keyFor("n"), "auditor");
    auto foreign = ledger::Transaction::create(body, w.committee[0]);
    QVERIFY(foreign.has_value());
    auto foreignQuorum = foreign->withSignature(w.committee[1]);
    QVERIFY(foreignQuorum.has_value());
    QCOMPARE(w.codeOf(*foreignQuorum), QStringLiteral("wrong-community"));
}

QTEST_GUILESS_MAIN(TestGovernance)
#include "tst_governance.moc"
