// Proposals across devices against the real courtyardd (127.0.0.1, a random port, TLS pinned),
// with real device ledgers and SyncClients and the real `courtyard` CLI: a repair approval of
// 12,000.00 CNY (above the 5,000.00 threshold) proposed by the manager on device A, declined with a
// reason by member 3, signed by member 1 on device B and member 2 on device C, sealed once and
// verified on every device; pushes to a watching device; refusals with their codes over the
// network and from the CLI; a server restart keeps every proposal; a co-signed proposal (ledger
// format 2) sealed once although the manager sealed other transactions while the committee
// signed, and its replays answered with where it was sealed.
#include "tests/server/device_fixture.h"
#include "tests/server/raw_device.h"

#include "app/sync/proposals.h"
#include "contracts/standard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace courtyard;
using namespace courtyard::testing;

namespace {

const QByteArray kRoof = QByteArray::fromHex("6a1f0e2d3c4b5a69788796a5b4c3d2e1");
const QByteArray kLift = QByteArray::fromHex("7b2f1e3d4c5b6a798897a6b5c4d3e2f1");
const QByteArray kGate = QByteArray::fromHex("8c3f2e4d5c6b7a8998a8b7c6d5e4f302");

cbor::Value text(const QString &t)
{
    return cbor::Value::fromText(t);
}

struct Device {
    std::unique_ptr<node::Ledger> ledger;
    std::unique_ptr<syncclient::SyncClient> client;
};

} // namespace

class TestProposals : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void approvalAcrossThreeDevices();
    void refusalsOverTheNetwork();
    void fromTheCommandLine();
    void restartKeepsProposals();
    void cosignedWhileTheManagerWorks();

private:
    Device device(const QString &name, const crypto::KeyPair &key);
    syncclient::SyncOptions options() const;
    ledger::Transaction approval(const QByteArray &repair, quint64 sequence) const;
    QJsonObject cli(const QStringList &args, int *exitCode);
    QString keyFile(const crypto::KeyPair &key, const QString &name);

    ServerCommunity m_c;
    contracts::Registry m_registry;
    QTemporaryDir m_dir;
    ServerProcess m_server;
    quint16 m_port = 0;
    ledger::TxId m_roofApproval{};
};

void TestProposals::initTestCase()
{
    QVERIFY(m_dir.isValid());
    contracts::addStandardContracts(m_registry);
    QString made = m_server.setUp(m_dir.path(), m_c, m_registry);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    {
        // Two repairs of the common property quoted above the 5,000.00 CNY threshold: the roof at
        // 12,000.00 and the lift at 8,800.00.
        auto ledger = node::Ledger::open(m_server.ledgerPath(), m_registry);
        CY_VERIFY_OK(ledger);
        quint64 seq = 0;
        for (const auto &[id, what, vendor, amount] : {std::tuple{kRoof, "Roof membrane over block 3 leaks", "Huaxia Roofing", 1200000},
                                                       std::tuple{kLift, "Lift 2 stops between floors", "Shenlong Lifts", 880000},
                                                       std::tuple{kGate, "Car park gate motor burnt out", "Anmen Gates", 990000}}) {
            const auto request = m_c.make(QStringLiteral("repair.request"),
                                          cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(id)},
                                                                {QStringLiteral("category"), text(QStringLiteral("roof"))},
                                                                {QStringLiteral("description"), text(QString::fromLatin1(what))},
                                                                {QStringLiteral("urgency"), text(QStringLiteral("urgent"))}}),
                                          m_c.manager, ++seq);
            const auto quote = m_c.make(QStringLiteral("repair.quote"),
                                        cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(id)},
                                                              {QStringLiteral("vendor"), text(QString::fromLatin1(vendor))},
                                                              {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
                                                              {QStringLiteral("currency"), text(QStringLiteral("CNY"))},
                                                              {QStringLiteral("document"), cbor::Value::fromBytes(crypto::toByteArray(
                                                                                               crypto::sha256(QByteArray(vendor))))}}),
                                        m_c.manager, ++seq);
            for (const auto &tx : {request, quote}) {
                auto r = (*ledger)->submit(tx, kServerStart + 1500);
                CY_VERIFY_OK(r);
                QVERIFY2(!r->has_value(), qPrintable((*r)->code));
            }
        }
        CY_VERIFY_OK((*ledger)->sealPending(kServerStart + 1500, m_c.server));
    }
    m_port = m_server.start();
    QVERIFY(m_port != 0);
}

void TestProposals::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

syncclient::SyncOptions TestProposals::options() const
{
    syncclient::SyncOptions o;
    o.server = m_server.url();
    o.pin = m_server.pin();
    o.reconnect = false;
    return o;
}

Device TestProposals::device(const QString &name, const crypto::KeyPair &key)
{
    Device d;
    d.ledger = deviceLedger(m_server, m_dir.filePath(name + QStringLiteral(".db")), m_registry);
    d.client = syncClient(*d.ledger, key, m_server);
    d.client->start();
    return d;
}

ledger::Transaction TestProposals::approval(const QByteArray &repair, quint64 sequence) const
{
    return m_c.make(QStringLiteral("repair.approve"), cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(repair)}}),
                    m_c.manager, sequence);
}

void TestProposals::approvalAcrossThreeDevices()
{
    Device a = device(QStringLiteral("a-manager"), m_c.manager);
    Device b = device(QStringLiteral("b-member1"), m_c.committee[0]);
    Device c = device(QStringLiteral("c-member2"), m_c.committee[1]);
    QVERIFY(waitFor([&] { return a.client->height() == 2 && b.client->height() == 2 && c.client->height() == 2; }));

    // Member 3 watches the proposals from a fourth connection.
    RawDevice watcher(m_port, m_server.pin());
    QVERIFY(watcher.signIn(m_c.committee[2]).roles.contains(QStringLiteral("committee")));
    watcher.send(sync::ProposalsRequest{1, true});
    QVERIFY(watcher.expect<sync::Proposals>().proposals.empty());

    // A: the manager proposes the roof's approval.
    auto proposed = syncclient::proposeTransaction(
        options(), m_c.manager,
        [&](const QByteArray &community, quint64 last) {
            [&] { QCOMPARE(community, m_c.genesis.communityId); }();
            return ledger::Transaction::create(ledger::TransactionBody{QStringLiteral("repair.approve"), 1, community,
                                                                       m_c.manager.publicKey(), last + 1,
                                                                       cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(kRoof)}})},
                                               m_c.manager);
        },
        QStringLiteral("Roof leak over block 3: cheapest of three quotes"), 20000);
    CY_VERIFY_OK(proposed);
    QVERIFY2(!proposed->refused(), qPrintable(proposed->refusedCode));
    QCOMPARE(proposed->proposals.size(), std::size_t(1));
    QCOMPARE(proposed->proposals.front().state, sync::ProposalInfo::State::Open);
    const ledger::TxId id = *syncclient::proposalId(proposed->proposals.front());
    m_roofApproval = id;
    const QString hex = crypto::toHex(id);
    {
        const auto push = watcher.expect<sync::Proposals>();
        QCOMPARE(push.id, quint64(0));
        QCOMPARE(push.proposals.size(), std::size_t(1));
        QCOMPARE(*syncclient::proposalId(push.proposals.front()), id);
    }

    // Member 3 declines with a reason; everybody sees it.
    auto declined = syncclient::declineProposal(options(), m_c.committee[2], hex.left(12), QStringLiteral("Ask the developer's warranty first"), 20000);
    CY_VERIFY_OK(declined);
    QVERIFY2(!declined->refused(), qPrintable(declined->refusedReason));
    QCOMPARE(watcher.expect<sync::Proposals>().proposals.front().declines.size(), std::size_t(1));

    // B: member 1 lists and signs.
    auto listed = syncclient::listProposals(options(), m_c.committee[0], 20000);
    CY_VERIFY_OK(listed);
    QCOMPARE(listed->proposals.size(), std::size_t(1));
    QCOMPARE(listed->proposals.front().note, QStringLiteral("Roof leak over block 3: cheapest of three quotes"));
    QCOMPARE(listed->proposals.front().declines.front().reason, QStringLiteral("Ask the developer's warranty first"));
    QVERIFY(listed->roles.contains(QStringLiteral("committee")));
    auto signed1 = syncclient::cosignProposal(options(), m_c.committee[0], hex, 20000);
    CY_VERIFY_OK(signed1);
    QVERIFY2(!signed1->refused(), qPrintable(signed1->refusedReason));
    QCOMPARE(signed1->proposals.front().state, sync::ProposalInfo::State::Open); // 1 of 2
    QCOMPARE(watcher.expect<sync::Proposals>().proposals.front().signers.size(), std::size_t(1));

    // C: member 2 signs: the quorum is reached, the server submits it.
    auto signed2 = syncclient::cosignProposal(options(), m_c.committee[1], hex.left(8), 20000);
    CY_VERIFY_OK(signed2);
    QVERIFY2(!signed2->refused(), qPrintable(signed2->refusedReason));
    QCOMPARE(signed2->proposals.front().state, sync::ProposalInfo::State::Submitted);

    // Sealed once, and every device verifies and applies the block that holds it.
    sync::ProposalInfo sealed;
    QVERIFY(waitFor([&] {
        if (sealed.state == sync::ProposalInfo::State::Sealed) {
            return true; // waitFor asks once more after the last
        }
        const auto m = watcher.next(200);
        if (m && std::holds_alternative<sync::Proposals>(*m)) {
            const auto &list = std::get<sync::Proposals>(*m).proposals;
            if (!list.empty() && list.front().state == sync::ProposalInfo::State::Sealed) {
                sealed = list.front();
                return true;
            }
        }
        return false;
    }));
    QCOMPARE(sealed.height, quint64(3));
    QVERIFY(waitFor([&] { return a.client->height() >= 3 && b.client->height() >= 3 && c.client->height() >= 3; }));
    for (Device *d : {&a, &b, &c}) {
        auto where = d->ledger->store().findTransaction(id);
        CY_VERIFY_OK(where);
        QCOMPARE(where->blockHeight, sealed.height);
        QCOMPARE(where->logIndex, sealed.logIndex);
        auto block = d->ledger->store().block(sealed.height);
        CY_VERIFY_OK(block);
        int copies = 0;
        for (const auto &t : block->transactions) {
            auto tx = ledger::Transaction::decode(t.bytes);
            copies += tx && tx->id() == id ? 1 : 0;
            if (tx && tx->id() == id) {
                QCOMPARE(tx->signatures().size(), std::size_t(3)); // manager + members 1 and 2
                QVERIFY(tx->isSignedBy(m_c.committee[0].publicKey()) && tx->isSignedBy(m_c.committee[1].publicKey()));
            }
        }
        QCOMPARE(copies, 1);
        // The repair is approved in every device's state.
        auto repair = d->ledger->store().state().get(QByteArray("repair/") + kRoof.toHex());
        CY_VERIFY_OK(repair);
        QVERIFY(repair->has_value());
        const cbor::Value *status = (*repair)->find(u"status");
        QVERIFY(status && status->isText());
        QCOMPARE(status->asText(), QStringLiteral("approved"));
    }
    QCOMPARE(a.ledger->store().blockCount(), b.ledger->store().blockCount());
    QCOMPARE(b.ledger->store().blockCount(), c.ledger->store().blockCount());

    // Every listing shows it sealed at its height, with the decline still on record.
    auto after = syncclient::listProposals(options(), m_c.manager, 20000);
    CY_VERIFY_OK(after);
    QCOMPARE(after->proposals.front().state, sync::ProposalInfo::State::Sealed);
    QCOMPARE(after->proposals.front().height, sealed.height);
    QCOMPARE(after->proposals.front().declines.front().reason, QStringLiteral("Ask the developer's warranty first"));
    for (Device *d : {&a, &b, &c}) {
        d->client->stop();
    }
}

void TestProposals::refusalsOverTheNetwork()
{
    QVERIFY(m_roofApproval != ledger::TxId{});
    const QString roof = crypto::toHex(m_roofApproval);
    // Sealed: a third signature, a replayed one, a withdrawal are refused.
    auto third = syncclient::cosignProposal(options(), m_c.committee[2], roof, 20000);
    CY_VERIFY_OK(third);
    QCOMPARE(third->refusedCode, QString::fromLatin1(sync::errors::kProposalClosed));
    auto replayed = syncclient::cosignProposal(options(), m_c.committee[0], roof, 20000);
    CY_VERIFY_OK(replayed);
    QCOMPARE(replayed->refusedCode, QString::fromLatin1(sync::errors::kProposalClosed));

    // The lift: proposed, then the wrong people try.
    auto proposed = syncclient::proposeTransaction(
        options(), m_c.manager,
        [&](const QByteArray &community, quint64 last) {
            return ledger::Transaction::create(ledger::TransactionBody{QStringLiteral("repair.approve"), 1, community, m_c.manager.publicKey(),
                                                                       last + 1,
                                                                       cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(kLift)}})},
                                               m_c.manager);
        },
        QStringLiteral("Lift 2"), 20000);
    CY_VERIFY_OK(proposed);
    QVERIFY2(!proposed->refused(), qPrintable(proposed->refusedReason));
    const ledger::TxId lift = *syncclient::proposalId(proposed->proposals.front());
    const QString hex = crypto::toHex(lift);
    auto byManager = syncclient::cosignProposal(options(), m_c.manager, hex, 20000);
    CY_VERIFY_OK(byManager);
    QCOMPARE(byManager->refusedCode, QString::fromLatin1(sync::errors::kNotMember));
    auto byKiosk = syncclient::listProposals(options(), m_c.kiosk, 20000);
    CY_VERIFY_OK(byKiosk);
    QCOMPARE(byKiosk->refusedCode, QString::fromLatin1(sync::errors::kNotAuthorized));
    auto notAuthor = syncclient::withdrawProposal(options(), m_c.committee[0], hex, QString(), 20000);
    CY_VERIFY_OK(notAuthor);
    QCOMPARE(notAuthor->refusedCode, QString::fromLatin1(sync::errors::kNotAuthor));
    auto tooShort = syncclient::cosignProposal(options(), m_c.committee[0], hex.left(4), 20000);
    CY_VERIFY_OK(tooShort);
    QCOMPARE(tooShort->refusedCode, QString::fromLatin1(sync::errors::kNotFound));

    // A wrong signature and a duplicate, by hand.
    RawDevice member(m_port, m_server.pin());
    member.signIn(m_c.committee[0]);
    const auto tx = ledger::Transaction::decode(proposed->proposals.front().transaction).value();
    member.send(sync::Cosign{1, lift, m_c.committee[0].sign(QByteArray("not the transaction"))});
    QCOMPARE(member.expect<sync::ErrorReply>().code, QString::fromLatin1(sync::errors::kBadSignature));
    member.send(sync::Cosign{2, lift, syncclient::cosignature(tx, m_c.committee[0])});
    QCOMPARE(member.expect<sync::Proposals>().proposals.front().signers.size(), std::size_t(1));
    member.send(sync::Cosign{3, lift, syncclient::cosignature(tx, m_c.committee[0])});
    QCOMPARE(member.expect<sync::ErrorReply>().code, QString::fromLatin1(sync::errors::kAlreadySigned));
    // Malformed: the connection closes, the proposal is unchanged.
    member.sendRaw(QByteArray::fromHex("a3617401617602626964"));
    QCOMPARE(member.expect<sync::ErrorReply>().code, QString::fromLatin1(sync::errors::kMalformed));
    QVERIFY(member.waitClosed());

    // Withdrawn by its author: closed to everyone.
    auto withdrawn = syncclient::withdrawProposal(options(), m_c.manager, hex, QStringLiteral("the vendor raised the price"), 20000);
    CY_VERIFY_OK(withdrawn);
    QCOMPARE(withdrawn->proposals.front().state, sync::ProposalInfo::State::Withdrawn);
    auto late = syncclient::cosignProposal(options(), m_c.committee[1], hex, 20000);
    CY_VERIFY_OK(late);
    QCOMPARE(late->refusedCode, QString::fromLatin1(sync::errors::kProposalClosed));
}

QString TestProposals::keyFile(const crypto::KeyPair &key, const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".key"));
    const QString pass = m_dir.filePath(QStringLiteral("passphrase"));
    if (!QFile::exists(path)) {
        CY_ASSERT(writeKeyFile(key, path, pass));
    }
    return path;
}

QJsonObject TestProposals::cli(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral(COURTYARD_CLI),
            args + QStringList{QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("--pin"), sync::fingerprintText(m_server.pin()),
                               QStringLiteral("--passphrase-file"), m_dir.filePath(QStringLiteral("passphrase")), QStringLiteral("--json"),
                               QStringLiteral("--timeout"), QStringLiteral("20")});
    p.waitForFinished(60000);
    *exitCode = p.exitCode();
    const QByteArray out = p.readAllStandardOutput();
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    if (o.isEmpty()) {
        qWarning().noquote() << "courtyard" << args.join(u' ') << "printed" << out << p.readAllStandardError();
    }
    return o;
}

void TestProposals::fromTheCommandLine()
{
    const QString manager = keyFile(m_c.manager, QStringLiteral("manager"));
    const QString member1 = keyFile(m_c.committee[0], QStringLiteral("member1"));
    const QString member2 = keyFile(m_c.committee[1], QStringLiteral("member2"));
    const QString member3 = keyFile(m_c.committee[2], QStringLiteral("member3"));
    const QString kiosk = keyFile(m_c.kiosk, QStringLiteral("kiosk"));
    // The manager's device ledger (caught up by `courtyard sync`) gives the currency and state.
    const QString db = m_dir.filePath(QStringLiteral("manager-cli.db"));
    const CliResult synced = runCliSync(m_server, db, manager, m_dir.filePath(QStringLiteral("passphrase")), {QStringLiteral("--join")});
    QVERIFY2(synced.code == 0, qPrintable(synced.err));

    // The lift's approval was withdrawn above: proposed again from the CLI.
    int code = -1;
    QJsonObject o = cli({QStringLiteral("proposal"), QStringLiteral("create"), QStringLiteral("repair"), QStringLiteral("approve"),
                         QStringLiteral("--repair"), QString::fromLatin1(kLift.toHex()), QStringLiteral("--key"), manager,
                         QStringLiteral("--proposal-note"), QStringLiteral("Lift 2, proposed again at the same price"), QStringLiteral("--db"), db,
                         // the test community lives in 2027, ahead of this machine's clock
                         QStringLiteral("--time"), QStringLiteral("2027-01-02T00:00:00Z")},
                        &code);
    QVERIFY2(code == 0, QJsonDocument(o).toJson().constData());
    const QJsonObject created = o.value(QStringLiteral("proposals")).toArray().at(0).toObject();
    QCOMPARE(created.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(created.value(QStringLiteral("kind")).toString(), QStringLiteral("repair.approve"));
    const QString id = created.value(QStringLiteral("id")).toString();
    QCOMPARE(id.size(), 64);

    // A kiosk may not even read the proposals; the manager reads them but does not co-sign.
    o = cli({QStringLiteral("proposal"), QStringLiteral("sign"), id.left(10), QStringLiteral("--key"), kiosk}, &code);
    QCOMPARE(code, 3);
    QCOMPARE(o.value(QStringLiteral("code")).toString(), QString::fromLatin1(sync::errors::kNotAuthorized));
    o = cli({QStringLiteral("proposal"), QStringLiteral("sign"), id.left(10), QStringLiteral("--key"), manager}, &code);
    QCOMPARE(code, 3);
    QCOMPARE(o.value(QStringLiteral("code")).toString(), QString::fromLatin1(sync::errors::kNotMember));
    o = cli({QStringLiteral("proposal"), QStringLiteral("decline"), id, QStringLiteral("--key"), member3}, &code);
    QCOMPARE(code, 2); // --reason is required
    o = cli({QStringLiteral("proposal"), QStringLiteral("decline"), id, QStringLiteral("--key"), member3, QStringLiteral("--reason"),
             QStringLiteral("The lift company's contract covers this")},
            &code);
    QCOMPARE(code, 0);
    o = cli({QStringLiteral("proposal"), QStringLiteral("sign"), id, QStringLiteral("--key"), member1}, &code);
    QCOMPARE(code, 0);
    o = cli({QStringLiteral("proposal"), QStringLiteral("sign"), id, QStringLiteral("--key"), member1}, &code);
    QCOMPARE(code, 3);
    QCOMPARE(o.value(QStringLiteral("code")).toString(), QString::fromLatin1(sync::errors::kAlreadySigned));
    o = cli({QStringLiteral("proposal"), QStringLiteral("sign"), id, QStringLiteral("--key"), member2}, &code);
    QCOMPARE(code, 0);
    const QString state = o.value(QStringLiteral("proposals")).toArray().at(0).toObject().value(QStringLiteral("state")).toString();
    QVERIFY2(state == u"submitted" || state == u"sealed", qPrintable(state));
    int block = 0;
    QVERIFY(waitFor([&] {
        const QJsonObject l = cli({QStringLiteral("proposal"), QStringLiteral("list"), QStringLiteral("--key"), member3}, &code);
        for (const QJsonValue &v : l.value(QStringLiteral("proposals")).toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("id")).toString() == id) {
                block = p.value(QStringLiteral("block")).toInt();
                return p.value(QStringLiteral("state")).toString() == u"sealed" && block > 3 &&
                       p.value(QStringLiteral("declines")).toArray().at(0).toObject().value(QStringLiteral("reason")).toString() ==
                           u"The lift company's contract covers this";
            }
        }
        return false;
    }));
    // The CLI proposed a co-signed transaction: `proposal list` shows its validity, and on the
    // manager's device ledger `block show` says it has no sequence.
    QVERIFY(created.value(QStringLiteral("valid_until")).toString().startsWith(QStringLiteral("2027-01-16T00:00:00"))); // --time + 14 days
    QVERIFY(!created.contains(QStringLiteral("sequence")));
    const CliResult again = runCliSync(m_server, db, manager, m_dir.filePath(QStringLiteral("passphrase")));
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QProcess show;
    show.start(QStringLiteral(COURTYARD_CLI), {QStringLiteral("block"), QStringLiteral("show"), QString::number(block), QStringLiteral("--db"), db,
                                               QStringLiteral("--json")});
    QVERIFY(show.waitForFinished(60000));
    QCOMPARE(show.exitCode(), 0);
    bool found = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(show.readAllStandardOutput()).object().value(QStringLiteral("transactions")).toArray()) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("id")).toString() == id) {
            found = true;
            QVERIFY(t.value(QStringLiteral("cosigned")).toBool());
            QVERIFY(t.value(QStringLiteral("sequence")).isNull());
        } else {
            QVERIFY(!t.value(QStringLiteral("cosigned")).toBool());
            QVERIFY(t.value(QStringLiteral("sequence")).toInteger() >= 1);
        }
    }
    QVERIFY(found);
}

void TestProposals::restartKeepsProposals()
{
    // One more proposal left open across the restart: the roof's revised quote approved again is
    // not possible (sealed), so member 1 proposes a threshold change, which needs the quorum.
    auto proposed = syncclient::proposeTransaction(
        options(), m_c.committee[0],
        [&](const QByteArray &community, quint64 last) {
            return ledger::Transaction::create(
                ledger::TransactionBody{QStringLiteral("governance.set-threshold"), 1, community, m_c.committee[0].publicKey(), last + 1,
                                        cbor::Value::fromMap({{QStringLiteral("name"), text(QStringLiteral("repair-committee-threshold"))},
                                                              {QStringLiteral("amount"), cbor::Value::fromInt(800000)}})},
                m_c.committee[0]);
        },
        QStringLiteral("Raise the repair threshold to 8,000.00"), 20000);
    CY_VERIFY_OK(proposed);
    QVERIFY2(!proposed->refused(), qPrintable(proposed->refusedCode + QLatin1Char(' ') + proposed->refusedReason));
    QCOMPARE(proposed->proposals.front().state, sync::ProposalInfo::State::Open);
    auto before = syncclient::listProposals(options(), m_c.manager, 20000);
    CY_VERIFY_OK(before);
    QVERIFY(before->proposals.size() >= 4);

    QVERIFY(m_server.stop());
    QCOMPARE(m_server.start(m_port), m_port);
    auto after = syncclient::listProposals(options(), m_c.manager, 20000);
    CY_VERIFY_OK(after);
    QCOMPARE(after->proposals.size(), before->proposals.size());
    for (std::size_t i = 0; i < before->proposals.size(); ++i) {
        QCOMPARE(after->proposals[i], before->proposals[i]);
    }
    // And the open one goes on: member 2 signs, it is sealed.
    auto signed2 = syncclient::cosignProposal(options(), m_c.committee[1], crypto::toHex(*syncclient::proposalId(proposed->proposals.front())), 20000);
    CY_VERIFY_OK(signed2);
    QVERIFY2(!signed2->refused(), qPrintable(signed2->refusedReason));
    QCOMPARE(signed2->proposals.front().state, sync::ProposalInfo::State::Submitted);
}

void TestProposals::cosignedWhileTheManagerWorks()
{
    // The car park gate, quoted at 9,900.00 CNY (above the threshold of 8,000.00 raised above, and
    // above 5,000.00 before): the manager proposes its approval from device A, then goes on
    // registering units there while the committee takes its time.
    Device a = device(QStringLiteral("a2-manager"), m_c.manager);
    Device b = device(QStringLiteral("b2-member1"), m_c.committee[0]);
    QVERIFY(waitFor([&] { return a.client->height() >= 3 && a.client->height() == b.client->height(); }));
    auto ledgerTime = a.ledger->store().nextBlockTime(0);
    CY_VERIFY_OK(ledgerTime);
    auto proposed = syncclient::proposeCosigned(options(), m_c.manager, QStringLiteral("repair.approve"), 1,
                                                cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(kGate)}}),
                                                QStringLiteral("Gate motor: the only vendor with the part"), *ledgerTime, 20000);
    CY_VERIFY_OK(proposed);
    QVERIFY2(!proposed->refused(), qPrintable(proposed->refusedCode + QLatin1Char(' ') + proposed->refusedReason));
    QCOMPARE(proposed->proposals.front().state, sync::ProposalInfo::State::Open);
    const ledger::Transaction proposal = ledger::Transaction::decode(proposed->proposals.front().transaction).value();
    QVERIFY(proposal.body().isCosigned());
    QCOMPARE(proposal.body().validUntilMs, std::max(*ledgerTime, proposed->serverNowMs) + syncclient::kDefaultProposalValidityMs);
    const QString hex = crypto::toHex(proposal.id());

    // Two units registered on device A, sealed while the proposal waits.
    const ledger::TxId unit1 = enqueue(*a.ledger, m_c, m_c.manager, QStringLiteral("unit.register"), unitPayload(QStringLiteral("5-0501")));
    const ledger::TxId unit2 = enqueue(*a.ledger, m_c, m_c.manager, QStringLiteral("unit.register"), unitPayload(QStringLiteral("5-0502")));
    a.client->submitPending();
    QVERIFY(waitFor([&] { return a.ledger->store().findTransaction(unit1).has_value() && a.ledger->store().findTransaction(unit2).has_value(); }));
    auto lastSealed = a.ledger->store().lastSealedSequence(m_c.manager.publicKey());
    CY_VERIFY_OK(lastSealed);
    QVERIFY(*lastSealed >= 2);
    auto still = syncclient::listProposals(options(), m_c.committee[0], 20000);
    CY_VERIFY_OK(still);
    const auto found = std::find_if(still->proposals.begin(), still->proposals.end(),
                                    [&](const sync::ProposalInfo &p) { return syncclient::proposalId(p) == proposal.id(); });
    QVERIFY(found != still->proposals.end());
    QCOMPARE(found->state, sync::ProposalInfo::State::Open); // not stale: it holds no sequence

    // The committee reaches its quorum: sealed once, applied and re-executed on both devices.
    auto signed1 = syncclient::cosignProposal(options(), m_c.committee[0], hex, 20000);
    CY_VERIFY_OK(signed1);
    QVERIFY2(!signed1->refused(), qPrintable(signed1->refusedReason));
    auto signed2 = syncclient::cosignProposal(options(), m_c.committee[1], hex, 20000);
    CY_VERIFY_OK(signed2);
    QVERIFY2(!signed2->refused(), qPrintable(signed2->refusedReason));
    QVERIFY(signed2->proposals.front().state == sync::ProposalInfo::State::Submitted ||
            signed2->proposals.front().state == sync::ProposalInfo::State::Sealed);
    sync::ProposalInfo sealed;
    QVERIFY(waitFor([&] {
        auto l = syncclient::listProposals(options(), m_c.manager, 20000);
        if (!l) {
            return false;
        }
        for (const sync::ProposalInfo &p : l->proposals) {
            if (syncclient::proposalId(p) == proposal.id() && p.state == sync::ProposalInfo::State::Sealed) {
                sealed = p;
                return true;
            }
        }
        return false;
    }));
    QVERIFY(waitFor([&] { return a.client->height() >= sealed.height && b.client->height() >= sealed.height; }));
    for (Device *d : {&a, &b}) {
        auto where = d->ledger->store().findTransaction(proposal.id());
        CY_VERIFY_OK(where);
        QCOMPARE(where->blockHeight, sealed.height);
        auto repair = d->ledger->store().state().get(QByteArray("repair/") + kGate.toHex());
        CY_VERIFY_OK(repair);
        QVERIFY(repair->has_value());
        QCOMPARE((*repair)->find(u"status")->asText(), QStringLiteral("approved"));
        // The sequence lane is the manager's other work only.
        auto last = d->ledger->store().lastSealedSequence(m_c.manager.publicKey());
        CY_VERIFY_OK(last);
        QCOMPARE(*last, *lastSealed);
    }

    // Replayed by hand, as it was sealed and with a third member's signature added (other bytes,
    // the same id): answered with the block it is in; the log does not grow.
    const quint64 logSize = a.ledger->store().log().size();
    const ledger::Transaction full = ledger::Transaction::decode(sealed.transaction).value();
    RawDevice manager(m_port, m_server.pin());
    manager.signIn(m_c.manager);
    manager.send(sync::Submit{1, full.bytes()});
    const auto again = manager.expect<sync::TxStatus>();
    QCOMPARE(again.state, sync::TxStatus::State::Sealed);
    QCOMPARE(again.height, sealed.height);
    manager.send(sync::Submit{2, full.withSignature(m_c.committee[2]).value().bytes()});
    const auto replayed = manager.expect<sync::TxStatus>();
    QCOMPARE(replayed.state, sync::TxStatus::State::Sealed);
    QCOMPARE(replayed.height, sealed.height);
    QTest::qWait(300);
    auto status = syncclient::listProposals(options(), m_c.manager, 20000); // a round trip: anything sealed meanwhile is in
    CY_VERIFY_OK(status);
    QVERIFY(waitFor([&] { return a.client->height() == b.client->height(); }));
    QCOMPARE(a.ledger->store().log().size(), logSize);
    for (Device *d : {&a, &b}) {
        d->client->stop();
    }
}

QTEST_MAIN(TestProposals)
#include "tst_proposals.moc"
