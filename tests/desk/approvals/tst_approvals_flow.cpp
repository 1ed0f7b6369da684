// The approval inbox against the real courtyardd (127.0.0.1, a random port, TLS pinned) with real
// device ledgers, SyncClients and DeviceCores: the manager proposes a roof repair's approval
// (12,000.00 CNY, above the 5,000.00 threshold) and a lift repair's; member 1 sees both in
// ApprovalInboxPage with their evidence, declines the lift with a reason and signs the roof by
// clicking in a QQuickView; member 2 signs from their own backend; the block that seals the roof
// approval reaches member 1's device. Nothing blocks: while the server is stopped (SIGSTOP) the
// click returns at once, the page shows the roof busy and stays usable, further clicks send
// nothing (one cosign on the wire), and the answer shows when the server runs again. Member 2's
// signature on the lift and the roof's seal reach member 1's open page by the server's push, with
// no refresh, updating the rows in place (selection and scroll kept, never a model reset).
// Screenshots of the inbox in English, Arabic (mirrored, Arabic digits, the repair's category and
// urgency in Arabic) and Chinese are written to <build>/desk-screenshots/approvals/.
#include "app/desk/approvals/approvals.h"
#include "contracts/standard.h"
#include "tests/server/device_fixture.h"

#include <QDir>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QElapsedTimer>
#include <QJSValue>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CourtyardDesk_ApprovalsPlugin)

using namespace courtyard;
using namespace courtyard::testing;

namespace {

const QByteArray kRoof = QByteArray::fromHex("6a1f0e2d3c4b5a69788796a5b4c3d2e1");
const QByteArray kLift = QByteArray::fromHex("7b2f1e3d4c5b6a798897a6b5c4d3e2f1");

cbor::Value text(const QString &t)
{
    return cbor::Value::fromText(t);
}

// A refresh, waited for: true when the list came.
bool listed(desk::approvals::ApprovalsBackend &backend)
{
    bool done = false;
    bool ok = false;
    auto connection = QObject::connect(&backend, &desk::approvals::ApprovalsBackend::refreshed, [&](bool r) {
        done = true;
        ok = r;
    });
    if (!backend.refreshing() && !backend.refresh()) {
        QObject::disconnect(connection);
        return false;
    }
    waitFor([&] { return done; }, 25000);
    QObject::disconnect(connection);
    return ok;
}

// An action (sign, decline) and its answer, waited for: true when the server took it.
bool acted(desk::approvals::ApprovalsBackend &backend, const std::function<bool()> &action)
{
    bool done = false;
    bool ok = false;
    auto connection = QObject::connect(&backend, &desk::approvals::ApprovalsBackend::actionFinished, [&](const QString &, bool r) {
        done = true;
        ok = r;
    });
    if (!action()) {
        QObject::disconnect(connection);
        return false;
    }
    waitFor([&] { return done; }, 25000);
    QObject::disconnect(connection);
    return ok;
}

// A field of the page's current proposal (its `current` map).
QVariant currentField(QQuickView &view, const char *name)
{
    QVariant v = view.rootObject()->property("current");
    if (v.metaType() == QMetaType::fromType<QJSValue>()) {
        v = v.value<QJSValue>().toVariant();
    }
    return v.toMap().value(QString::fromLatin1(name));
}

struct Member {
    std::unique_ptr<device::DeviceCore> core;
    std::unique_ptr<syncclient::SyncClient> client;
    std::unique_ptr<desk::approvals::ApprovalsBackend> backend;
};

} // namespace

class TestApprovalsFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signAndDeclineFromTheInbox();

private:
    Member member(const QString &name, const crypto::KeyPair &key);
    ledger::TxId propose(const QByteArray &repair, const QString &note);
    QQuickItem *item(QQuickView &view, const char *name);
    void click(QQuickView &view, const char *name);
    void screenshot(QQuickView &view, const QString &language);

    ServerCommunity m_c;
    contracts::Registry m_registry;
    QTemporaryDir m_dir;
    ServerProcess m_server;
};

void TestApprovalsFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    contracts::addStandardContracts(m_registry);
    const QString made = m_server.setUp(m_dir.path(), m_c, m_registry);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    auto ledger = node::Ledger::open(m_server.ledgerPath(), m_registry);
    CY_VERIFY_OK(ledger);
    quint64 seq = 0;
    // The roof quoted at 12,000.00 CNY, the lift at 8,800.00: both at or above 5,000.00.
    for (const auto &[id, what, vendor, amount, quote] :
         {std::tuple{kRoof, "Roof membrane over block 3 leaks", "Huaxia Roofing", 1200000, "roof-quote.pdf"},
          std::tuple{kLift, "Lift 2 stops between floors", "Shenlong Lifts", 880000, "lift-quote.pdf"}}) {
        for (const auto &tx :
             {m_c.make(QStringLiteral("repair.request"),
                       cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(id)},
                                             {QStringLiteral("category"), text(QStringLiteral("roof"))},
                                             {QStringLiteral("description"), text(QString::fromLatin1(what))},
                                             {QStringLiteral("urgency"), text(QStringLiteral("urgent"))}}),
                       m_c.manager, ++seq),
              m_c.make(QStringLiteral("repair.quote"),
                       cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(id)},
                                             {QStringLiteral("vendor"), text(QString::fromLatin1(vendor))},
                                             {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
                                             {QStringLiteral("currency"), text(QStringLiteral("CNY"))},
                                             {QStringLiteral("document"), cbor::Value::fromBytes(crypto::toByteArray(crypto::sha256(quote)))}}),
                       m_c.manager, ++seq)}) {
            auto r = (*ledger)->submit(tx, kServerStart + 1500);
            CY_VERIFY_OK(r);
            QVERIFY2(!r->has_value(), qPrintable((*r)->code));
        }
    }
    CY_VERIFY_OK((*ledger)->sealPending(kServerStart + 1500, m_c.server));
    ledger->reset();
    QVERIFY(m_server.start() != 0);
}

void TestApprovalsFlow::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

Member TestApprovalsFlow::member(const QString &name, const crypto::KeyPair &key)
{
    Member m;
    auto registry = std::make_unique<contracts::Registry>();
    contracts::addStandardContracts(*registry);
    auto source = store::Store::open(m_server.ledgerPath(), store::OpenOptions{true, std::nullopt});
    CY_ASSERT(source.has_value());
    auto block0 = (*source)->block(0);
    CY_ASSERT(block0.has_value());
    auto sealed = ledger::SealedBlock::fromParts(block0->header, block0->signature, block0->checkpointSignature);
    auto genesisTx = ledger::Transaction::decode(block0->transactions.at(0).bytes);
    CY_ASSERT(sealed.has_value() && genesisTx.has_value());
    auto ledger = node::Ledger::createFromGenesisBlock(m_dir.filePath(name + QStringLiteral(".db")), *registry, *sealed, *genesisTx);
    CY_ASSERT(ledger.has_value());
    node::Ledger &ledgerRef = **ledger;
    m.core = std::make_unique<device::DeviceCore>(std::move(registry), std::move(*ledger), *crypto::KeyPair::fromSeed(key.seed().view()));
    CY_ASSERT(m.core->start().has_value());
    m.client = syncClient(ledgerRef, m.core->key(), m_server);
    m.core->setSyncClient(m.client.get());
    m.client->start();
    m.backend = std::make_unique<desk::approvals::ApprovalsBackend>(*m.core);
    syncclient::SyncOptions options;
    options.server = m_server.url();
    options.pin = m_server.pin();
    m.backend->setServer(options);
    return m;
}

ledger::TxId TestApprovalsFlow::propose(const QByteArray &repair, const QString &note)
{
    syncclient::SyncOptions options;
    options.server = m_server.url();
    options.pin = m_server.pin();
    options.reconnect = false;
    auto answer = syncclient::proposeTransaction(
        options, m_c.manager,
        [&](const QByteArray &community, quint64 last) {
            return ledger::Transaction::create(ledger::TransactionBody{QStringLiteral("repair.approve"), 1, community, m_c.manager.publicKey(),
                                                                       last + 1,
                                                                       cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(repair)}})},
                                               m_c.manager);
        },
        note, 20000);
    CY_ASSERT(answer.has_value() && !answer->refused());
    return *syncclient::proposalId(answer->proposals.front());
}

QQuickItem *TestApprovalsFlow::item(QQuickView &view, const char *name)
{
    return view.rootObject()->findChild<QQuickItem *>(QString::fromLatin1(name));
}

void TestApprovalsFlow::click(QQuickView &view, const char *name)
{
    QQuickItem *target = item(view, name);
    QVERIFY2(target, name);
    QVERIFY2(target->isVisible() && target->isEnabled(), name);
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(&view, Qt::LeftButton, {}, centre.toPoint());
}

void TestApprovalsFlow::screenshot(QQuickView &view, const QString &language)
{
    QTest::qWait(100); // a frame with the new layout
    const QImage image = view.grabWindow();
    QVERIFY(!image.isNull());
    QVERIFY(QDir().mkpath(QStringLiteral(SCREENSHOT_DIR)));
    const QString path = QStringLiteral(SCREENSHOT_DIR "/approval_inbox_%1.png").arg(language);
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo().noquote() << "screenshot:" << path;
}

void TestApprovalsFlow::signAndDeclineFromTheInbox()
{
    Member one = member(QStringLiteral("member1"), m_c.committee[0]);
    Member two = member(QStringLiteral("member2"), m_c.committee[1]);
    QVERIFY(waitFor([&] { return one.client->height() == 2 && two.client->height() == 2; }));

    const ledger::TxId roof = propose(kRoof, QStringLiteral("Roof leak over block 3: cheapest of three quotes"));
    const ledger::TxId lift = propose(kLift, QStringLiteral("Lift 2: the maintenance contract does not cover the motor"));

    QVERIFY(listed(*one.backend));
    QCOMPARE(one.backend->inboxModel().count(), 2);
    QVERIFY(one.backend->member());
    QVERIFY(one.backend->live());
    // The lists are updated in place from here on: never reset (the page keeps its selection).
    int resets = 0;
    QObject::connect(&one.backend->inboxModel(), &QAbstractItemModel::modelAboutToBeReset, [&] { ++resets; });
    QObject::connect(&one.backend->historyModel(), &QAbstractItemModel::modelAboutToBeReset, [&] { ++resets; });
    // What member 1's device sends: the lists it asks for and the cosigns.
    QStringList sent;
    QObject::connect(one.backend->session(), &syncclient::ProposalSession::sent, [&](quint64, const QString &type) { sent.append(type); });
    // The evidence in words, from member 1's own verified ledger.
    const auto &items = one.backend->inboxModel().items();
    const desk::approvals::ApprovalItem first = items.front(); // a copy: the lists change below
    QCOMPARE(first.id, crypto::toHex(roof)); // oldest first
    QCOMPARE(first.title, QStringLiteral("Approve the quote for the repair “Roof membrane over block 3 leaks”"));
    QCOMPARE(first.amountMinor, qint64(1200000)); // 12,000.00 CNY as quoted
    QCOMPARE(first.quorum, 2);
    QCOMPARE(first.signatures, 0);
    QVERIFY(first.evidence.contains(QStringLiteral("Vendor: Huaxia Roofing")));
    QVERIFY(first.evidence.contains(QStringLiteral("Quote document (SHA-256): %1").arg(crypto::toHex(crypto::sha256("roof-quote.pdf")))));
    QVERIFY(first.evidence.contains(QStringLiteral("Repair 6a1f0e2d, category Roof, urgency Urgent, now quoted")));
    QCOMPARE(first.history.size(), 2); // requested, quoted
    QVERIFY(first.author.startsWith(QStringLiteral("Manager ")));

    QQuickView view;
    view.engine()->addImportPath(QStringLiteral("qrc:/qt/qml"));
    view.setInitialProperties({{QStringLiteral("backend"), QVariant::fromValue<QObject *>(one.backend.get())}});
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(1180, 760);
    view.setSource(QUrl(QStringLiteral("qrc:/qt/qml/CourtyardDesk/Approvals/ApprovalInboxPage.qml")));
    QVERIFY2(view.status() == QQuickView::Ready, qPrintable(view.errors().isEmpty() ? QString() : view.errors().first().toString()));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(item(view, "detailTitle")->property("text").toString(), first.title);
    QCOMPARE(item(view, "connectionLabel")->property("text").toString(), QStringLiteral("Live"));
    screenshot(view, QStringLiteral("en"));

    // Arabic: the page's words translated, and mirrored (the list on the right, the details on the
    // left), counts in Arabic digits, the repair's category and urgency in Arabic.
    {
        QTranslator arabic;
        QVERIFY(arabic.load(QStringLiteral(":/i18n/approvals_desk_ar.qm")));
        // As the desk changes language: the locale, then the words (retranslate() evaluates the
        // bindings again, numbers included).
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::SaudiArabia));
        QCoreApplication::installTranslator(&arabic);
        view.engine()->retranslate();
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        QVERIFY(listed(*one.backend));
        QTest::qWait(50);
        QQuickItem *list = item(view, "proposalList");
        QQuickItem *details = item(view, "details");
        QVERIFY(list && details);
        QVERIFY2(list->mapToScene(QPointF(0, 0)).x() > details->mapToScene(QPointF(0, 0)).x(), "the list is on the right in Arabic");
        QCOMPARE(item(view, "signButton")->property("text").toString(), QStringLiteral("توقيع"));
        QVERIFY(item(view, "detailTitle")->property("text").toString().startsWith(QStringLiteral("الموافقة على عرض سعر الإصلاح")));
        QCOMPARE(one.backend->number(2), QStringLiteral("٢"));
        QCOMPARE(item(view, "connectionLabel")->property("text").toString(), QStringLiteral("متصل مباشرة"));
        QVERIFY2(item(view, "inboxTab")->property("text").toString().contains(QStringLiteral("(٢)")),
                 qPrintable(item(view, "inboxTab")->property("text").toString()));
        const QStringList evidence = one.backend->inboxModel().items().front().evidence;
        const QString repairLine = evidence.filter(QStringLiteral("6a1f0e2d")).value(0);
        QVERIFY2(repairLine.contains(QStringLiteral("السطح")) && repairLine.contains(QStringLiteral("عاجل")), qPrintable(repairLine));
        screenshot(view, QStringLiteral("ar"));
        QCoreApplication::removeTranslator(&arabic);
    }
    // Chinese, once.
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/approvals_desk_zh_CN.qm")));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCoreApplication::installTranslator(&chinese);
        view.engine()->retranslate();
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QVERIFY(listed(*one.backend));
        QTest::qWait(50);
        QCOMPARE(item(view, "signButton")->property("text").toString(), QStringLiteral("签署"));
        const QString repairLine = one.backend->inboxModel().items().front().evidence.filter(QStringLiteral("6a1f0e2d")).value(0);
        QVERIFY2(repairLine.contains(QStringLiteral("屋顶")) && repairLine.contains(QStringLiteral("紧急")), qPrintable(repairLine));
        screenshot(view, QStringLiteral("zh_CN"));
        QCoreApplication::removeTranslator(&chinese);
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    view.engine()->retranslate();
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    QVERIFY(listed(*one.backend));
    QTest::qWait(50);
    QVERIFY(item(view, "proposalList")->mapToScene(QPointF(0, 0)).x() < item(view, "details")->mapToScene(QPointF(0, 0)).x());

    // Decline the lift with a reason: select it, write, click.
    const int liftRow = one.backend->inboxModel().rowOf(crypto::toHex(lift));
    view.rootObject()->setProperty("selected", liftRow);
    QTest::qWait(20);
    QVERIFY(!item(view, "declineButton")->isEnabled()); // no reason yet
    item(view, "reasonField")->forceActiveFocus();
    for (const char c : QByteArray("The lift contract covers the motor")) {
        QTest::keyClick(&view, c);
    }
    QTRY_VERIFY(item(view, "declineButton")->isEnabled());
    click(view, "declineButton");
    QTRY_COMPARE(one.backend->message(), QStringLiteral("Declined."));
    QVERIFY(!one.backend->lastFailed());
    {
        const int row = one.backend->inboxModel().rowOf(crypto::toHex(lift));
        QVERIFY(row >= 0); // still waiting for a signature: a member who declined may still sign
        const auto &declined = one.backend->inboxModel().items()[std::size_t(row)];
        QVERIFY(declined.declinedByMe);
        QCOMPARE(declined.declines.size(), 1);
        QVERIFY(declined.declines.front().contains(QStringLiteral("The lift contract covers the motor")));
    }

    // Live: member 2 signs the lift from their desk while member 1 looks at it, the details
    // scrolled down. Member 1's page shows the signature without any action, on the same row,
    // scrolled as it was.
    const QString liftTitle = item(view, "detailTitle")->property("text").toString();
    view.resize(1180, 440); // the details taller than their pane
    auto *flick = qobject_cast<QQuickItem *>(item(view, "details")->property("contentItem").value<QObject *>());
    QVERIFY(flick);
    QTRY_VERIFY2(flick->property("contentHeight").toReal() > flick->height() + 60,
                 qPrintable(QStringLiteral("details %1 high in a pane of %2").arg(flick->property("contentHeight").toReal()).arg(flick->height())));
    flick->setProperty("contentY", 60.0);
    const int selectedBefore = view.rootObject()->property("selected").toInt();
    QCOMPARE(selectedBefore, liftRow);
    sent.clear();
    QVERIFY(listed(*two.backend));
    QCOMPARE(two.backend->inboxModel().count(), 2);
    QVERIFY(acted(*two.backend, [&] { return two.backend->sign(crypto::toHex(lift)); }));
    QTRY_COMPARE(one.backend->inboxModel().items()[std::size_t(liftRow)].signatures, 1);
    QTRY_COMPARE(currentField(view, "signers").toStringList().size(), 1);
    QVERIFY(currentField(view, "signers").toStringList().front().startsWith(
        QStringLiteral("Committee member %1").arg(m_c.committee[1].publicKey().toHex().left(8))));
    QCOMPARE(view.rootObject()->property("selected").toInt(), selectedBefore);
    QCOMPARE(item(view, "detailTitle")->property("text").toString(), liftTitle);
    QCOMPARE(flick->property("contentY").toReal(), 60.0);
    QVERIFY2(sent.isEmpty(), qPrintable(sent.join(u','))); // member 1 asked for nothing: pushed
    QCOMPARE(resets, 0);

    // Sign the roof: select it, click Sign while the server is stopped. The click returns at once;
    // the roof shows busy; more clicks, the shortcut and the backend send nothing more; the page
    // stays usable; the answer shows once the server runs again.
    flick->setProperty("contentY", 0.0);
    view.resize(1180, 760);
    view.rootObject()->setProperty("selected", one.backend->inboxModel().rowOf(crypto::toHex(roof)));
    QTest::qWait(20);
    QCOMPARE(item(view, "detailTitle")->property("text").toString(), first.title);
    const pid_t server = pid_t(m_server.process().processId());
    QCOMPARE(::kill(server, SIGSTOP), 0);
    QElapsedTimer clicked;
    clicked.start();
    click(view, "signButton");
    QVERIFY2(clicked.elapsed() < 1000, "the click waits for nothing");
    QVERIFY(one.backend->busy());
    QCOMPARE(one.backend->busyId(), crypto::toHex(roof));
    QTRY_VERIFY(item(view, "actionIndicator")->isVisible());
    QTRY_COMPARE(item(view, "signButton")->property("text").toString(), QStringLiteral("Signing…"));
    QVERIFY(!item(view, "signButton")->isEnabled());
    {
        QQuickItem *button = item(view, "signButton");
        const QPointF centre = button->mapToScene(QPointF(button->width() / 2, button->height() / 2));
        QTest::mouseClick(&view, Qt::LeftButton, {}, centre.toPoint()); // a second click
    }
    QTest::keyClick(&view, Qt::Key_Return, Qt::ControlModifier);   // the shortcut
    QVERIFY(!one.backend->sign(crypto::toHex(roof)));               // the backend itself
    QVERIFY(!one.backend->decline(crypto::toHex(roof), QStringLiteral("no")));
    // Usable meanwhile: typing goes into the reason field, timers run.
    item(view, "reasonField")->forceActiveFocus();
    for (const char c : {'a', 'b', 'c'}) {
        QTest::keyClick(&view, c);
    }
    QCOMPARE(item(view, "reasonField")->property("text").toString(), QStringLiteral("abc"));
    QTest::qWait(300);
    QVERIFY(one.backend->busy());
    screenshot(view, QStringLiteral("signing_en"));
    QCOMPARE(sent.count(QStringLiteral("cosign")), 1);
    QCOMPARE(::kill(server, SIGCONT), 0);
    QTRY_COMPARE(one.backend->message(), QStringLiteral("Signed."));
    QVERIFY(!one.backend->busy());
    QCOMPARE(sent.count(QStringLiteral("cosign")), 1); // one signature went, whatever was clicked
    QCOMPARE(one.backend->inboxModel().rowOf(crypto::toHex(roof)), -1); // no longer waits for me
    QCOMPARE(one.backend->inboxModel().count(), 1);
    const int inHistory = one.backend->historyModel().rowOf(crypto::toHex(roof));
    QVERIFY(inHistory >= 0);
    QCOMPARE(one.backend->historyModel().items()[std::size_t(inHistory)].signatures, 1);

    // Member 2 signs the roof from their desk: the quorum is complete.
    QVERIFY(acted(*two.backend, [&] { return two.backend->sign(crypto::toHex(roof).left(12)); }));
    QVERIFY2(two.backend->message().contains(QStringLiteral("sealing")), qPrintable(two.backend->message()));
    // Signing again is refused by the server, with its code in words, and nothing changes.
    QVERIFY(!acted(*two.backend, [&] { return two.backend->sign(crypto::toHex(roof)); }));
    QVERIFY(two.backend->lastFailed());
    QVERIFY2(two.backend->message().startsWith(QStringLiteral("The proposal is closed: it was sealed, withdrawn, refused or has expired. (proposal-closed: "))
                 || two.backend->message().startsWith(QStringLiteral("Your signature is already on this proposal. (already-signed: ")),
             qPrintable(two.backend->message()));

    // The block reaches member 1's device; the repair is approved there; member 1's open page
    // shows the roof sealed, pushed by the server.
    QVERIFY(waitFor([&] {
        auto where = one.core->store().findTransaction(roof);
        return where.has_value();
    }));
    auto repair = one.core->localState().get(QByteArray("repair/") + kRoof.toHex());
    CY_VERIFY_OK(repair);
    QCOMPARE((*repair)->find(u"status")->asText(), QStringLiteral("approved"));
    QVERIFY(waitFor([&] {
        const int row = one.backend->historyModel().rowOf(crypto::toHex(roof));
        return row >= 0 && one.backend->historyModel().items()[std::size_t(row)].state == QStringLiteral("sealed");
    }));
    QCOMPARE(sent.count(QStringLiteral("proposals?")), 0);
    QCOMPARE(resets, 0);
    const int sealedRow = one.backend->historyModel().rowOf(crypto::toHex(roof));
    // The other tab shows it sealed, with its signers.
    click(view, "historyTab");
    view.rootObject()->setProperty("selected", sealedRow);
    QTRY_VERIFY(item(view, "detailTitle")->property("text").toString() == first.title);
    screenshot(view, QStringLiteral("history_en"));

    // No answer in time: a backend with a 1.5 s limit signs the lift while the server is stopped.
    // The action ends with the reason in words, nothing stays busy, and once the server runs again
    // the connection is made again and the list tells where the lift stands.
    {
        desk::approvals::ApprovalsBackend quick(*one.core);
        syncclient::SyncOptions options;
        options.server = m_server.url();
        options.pin = m_server.pin();
        quick.setServer(options, 1500);
        QVERIFY(listed(quick));
        QVERIFY(quick.inboxModel().rowOf(crypto::toHex(lift)) >= 0);
        int lists = 0;
        QObject::connect(quick.session(), &syncclient::ProposalSession::listed, [&] { ++lists; });
        QCOMPARE(::kill(server, SIGSTOP), 0);
        QElapsedTimer waited;
        waited.start();
        const bool ok = acted(quick, [&] { return quick.sign(crypto::toHex(lift)); });
        const qint64 after = waited.elapsed();
        QCOMPARE(::kill(server, SIGCONT), 0);
        QVERIFY(!ok);
        QVERIFY2(after >= 1400 && after < 10000, qPrintable(QString::number(after)));
        QVERIFY2(quick.message().startsWith(QStringLiteral("No answer from the server: ")), qPrintable(quick.message()));
        QVERIFY(quick.lastFailed());
        QVERIFY(!quick.busy());
        QCOMPARE(lists, 0);
        QVERIFY(waitFor([&] { return lists == 1; }, 20000)); // listed again at the new sign-in
        QVERIFY(quick.live());
        const bool inInbox = quick.inboxModel().rowOf(crypto::toHex(lift)) >= 0;
        const bool inOthers = quick.historyModel().rowOf(crypto::toHex(lift)) >= 0;
        QVERIFY(inInbox != inOthers);
    }
    one.client->stop();
    two.client->stop();
}

QTEST_MAIN(TestApprovalsFlow)
#include "tst_approvals_flow.moc"
