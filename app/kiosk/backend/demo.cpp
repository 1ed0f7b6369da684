#include "app/kiosk/backend/demo.h"

#include "app/cli/demo.h"
#include "app/server/server.h"
#include "contracts/standard.h"
#include "contracts/units.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTimeZone>
#include <QVariantMap>

#include <map>

namespace courtyard::kiosk {

namespace {

// Signs and submits a few transactions after the demo community, then seals them.
class Additions {
public:
    Additions(node::Ledger &ledger, const crypto::KeyPair &server) : m_ledger(ledger), m_server(server) {}

    Result<void> add(const crypto::KeyPair &author, const QString &kind, cbor::Value payload, quint64 atMs, quint32 version = 1)
    {
        auto &sequence = m_sequences[author.publicKey().toByteArray()];
        if (sequence == 0) {
            CY_TRY(sequence, m_ledger.store().lastSealedSequence(author.publicKey()));
        }
        ledger::TransactionBody body;
        body.kind = kind;
        body.kindVersion = version;
        body.communityId = m_ledger.engine().genesis().communityId;
        body.author = author.publicKey();
        body.sequence = ++sequence;
        body.payload = std::move(payload);
        CY_TRY(const ledger::Transaction tx, ledger::Transaction::create(std::move(body), author));
        CY_TRY(const std::optional<contracts::Rejection> refused, m_ledger.submit(tx, atMs));
        if (refused) {
            return fail(ErrorCode::InvalidArgument, QStringLiteral("the kiosk demo's %1 was refused: %2 (%3)").arg(kind, refused->message, refused->code));
        }
        // One block per time, so that each step has its own block time.
        CY_TRY(const node::SealOutcome sealed, m_ledger.sealPending(atMs, m_server));
        if (!sealed.dropped.empty()) {
            return fail(ErrorCode::InvalidArgument, QStringLiteral("the kiosk demo's %1 was dropped: %2").arg(kind, sealed.dropped.front().rejection.message));
        }
        return {};
    }

private:
    node::Ledger &m_ledger;
    const crypto::KeyPair &m_server;
    std::map<QByteArray, quint64> m_sequences;
};

QByteArray demoBytes(const char *what, int index, int size)
{
    return crypto::toByteArray(crypto::sha256(QByteArray("courtyard kiosk demo ") + what + ' ' + QByteArray::number(index))).left(size);
}

cbor::Value idOnly(const QByteArray &id)
{
    return cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(id)}});
}

} // namespace

std::unique_ptr<Kiosk> EmbeddedDemo::intoKiosk(std::unique_ptr<EmbeddedDemo> demo)
{
    std::unique_ptr<Kiosk> kiosk = std::move(demo->m_kiosk);
    kiosk->adopt(std::move(demo));
    return kiosk;
}

Result<std::unique_ptr<Kiosk>> Kiosk::openDemo(const QString &dataDir)
{
    EmbeddedDemoOptions options;
    options.dir = dataDir;
    CY_TRY(std::unique_ptr<EmbeddedDemo> demo, EmbeddedDemo::start(options));
    return EmbeddedDemo::intoKiosk(std::move(demo));
}

SimulatedTerminal &EmbeddedDemo::terminal()
{
    return static_cast<SimulatedTerminal &>(m_kiosk->terminal());
}

Result<void> EmbeddedDemo::openServer(quint16 port)
{
    const QDir dir(m_dirPath);
    CY_TRY(server::TlsIdentity identity, server::loadTlsIdentity(dir.filePath(QStringLiteral("server/tls.crt")),
                                                                 dir.filePath(QStringLiteral("server/tls.key"))));
    if (!m_serverRegistry) {
        m_serverRegistry = std::make_unique<contracts::Registry>();
        contracts::addStandardContracts(*m_serverRegistry);
    }
    CY_TRY(std::unique_ptr<server::Sequencer> sequencer,
           server::Sequencer::open(dir.filePath(QStringLiteral("server/ledger.db")), *m_serverRegistry,
                                   std::move(cli::demoKeys(m_seed).server)));
    server::ServerConfig config;
    config.dataDir = dir.filePath(QStringLiteral("server"));
    config.port = port;
    config.blockIntervalMs = m_blockIntervalMs;
    auto made = std::make_unique<server::Server>(std::move(sequencer), std::move(identity), config);
    CY_CHECK(made->listen());
    m_server = std::move(made);
    m_port = m_server->port();
    return {};
}

void EmbeddedDemo::stopServer()
{
    if (m_server) {
        m_server->shutdown();
        m_server.reset(); // its port closed, its ledger closed: the kiosk finds nobody there
    }
}

Result<void> EmbeddedDemo::restartServer()
{
    if (m_server) {
        return {};
    }
    return openServer(m_port);
}

EmbeddedDemo::~EmbeddedDemo()
{
    m_kiosk.reset(); // its SyncClient first
    if (m_server) {
        m_server->shutdown();
    }
}

Result<std::unique_ptr<EmbeddedDemo>> EmbeddedDemo::start(const EmbeddedDemoOptions &options)
{
    std::unique_ptr<EmbeddedDemo> demo(new EmbeddedDemo);
    if (options.dir.isEmpty()) {
        demo->m_temporary = std::make_unique<QTemporaryDir>();
        if (!demo->m_temporary->isValid()) {
            return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::kiosk", "cannot make a temporary folder for the demo"));
        }
        demo->m_dirPath = demo->m_temporary->path();
    } else {
        demo->m_dirPath = options.dir;
    }
    QDir dir(demo->m_dirPath);
    if (!dir.mkpath(QStringLiteral("server"))) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::kiosk", "cannot make the demo folder %1").arg(demo->m_dirPath));
    }
    const QString serverLedger = dir.filePath(QStringLiteral("server/ledger.db"));
    const QString kioskLedger = dir.filePath(QStringLiteral("kiosk.db"));
    if (QFile::exists(serverLedger) || QFile::exists(kioskLedger)) {
        return fail(ErrorCode::Conflict, QCoreApplication::translate("courtyard::kiosk", "the demo folder %1 holds a demo already; use an empty folder").arg(demo->m_dirPath));
    }

    // The community's history: `months` months, ending with last month.
    const quint64 now = options.nowMs ? options.nowMs : quint64(QDateTime::currentMSecsSinceEpoch());
    const QTimeZone zone("Asia/Shanghai");
    const QDate today = QDateTime::fromMSecsSinceEpoch(qint64(now), zone).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate first = thisMonth.addMonths(-options.months);
    cli::DemoOptions build;
    build.ledgerPath = serverLedger;
    build.transactions = 1000000; // bounded by the months
    build.months = options.months;
    build.seed = options.seed;
    build.startTimeMs = quint64(QDateTime(first, QTime(0, 0), zone).toMSecsSinceEpoch());
    const cli::DemoKeys keys = cli::demoKeys(options.seed);
    {
        CY_TRY(cli::DemoCommunity community, cli::buildDemoCommunity(build, keys));
        node::Ledger &ledger = *community.ledger;
        CY_TRY(const ledger::SealedBlock tip, ledger.store().tip());
        // This month: its bills, then repairs in several states for the first units.
        quint64 at = std::max(tip.header.timeMs + 60000,
                              std::min(quint64(QDateTime(thisMonth, QTime(8, 30), zone).toMSecsSinceEpoch()), now - 3600000));
        const quint64 step = std::max<quint64>(60000, (now - 600000 > at ? now - 600000 - at : 0) / 12);
        Additions add(ledger, keys.server);
        const crypto::KeyPair &manager = keys.manager;
        const crypto::KeyPair &kiosk = keys.kiosks[0];
        CY_CHECK(add.add(manager, QStringLiteral("billing.close-period"),
                         cbor::Value::fromMap({{QStringLiteral("period"), cbor::Value::fromText(thisMonth.toString(QStringLiteral("yyyy-MM")))}}), at));
        // The residents of the first units (their ids as the demo chose them).
        QByteArray residents[2];
        for (int i = 0; i < 2; ++i) {
            const QString unit = i == 0 ? QStringLiteral("1-0101") : QStringLiteral("1-0102");
            CY_CHECK(ledger.store().state().scan(QByteArrayLiteral("occupancy/") + unit.toUtf8() + '/', [&](const state::Key &key, const cbor::Value &) {
                residents[i] = QByteArray::fromHex(QByteArray(key).mid(QByteArray("occupancy/").size() + unit.toUtf8().size() + 1));
                return false;
            }));
        }
        // Version 2 with the place in its own field, as the kiosk files them now; an empty
        // location: version 1, as the kiosk filed them before (the place written into the text).
        const auto request = [&](int n, int resident, const char *category, const QString &location, const QString &description,
                                 const char *urgency) {
            at += step;
            cbor::Map payload{{cbor::Value::fromText(QStringLiteral("id")), cbor::Value::fromBytes(demoBytes("repair", n, 16))},
                              {cbor::Value::fromText(QStringLiteral("unit")),
                               cbor::Value::fromText(resident == 0 ? QStringLiteral("1-0101") : QStringLiteral("1-0102"))},
                              {cbor::Value::fromText(QStringLiteral("resident")), cbor::Value::fromBytes(residents[resident])},
                              {cbor::Value::fromText(QStringLiteral("category")), cbor::Value::fromText(QString::fromLatin1(category))},
                              {cbor::Value::fromText(QStringLiteral("description")), cbor::Value::fromText(description)},
                              {cbor::Value::fromText(QStringLiteral("urgency")), cbor::Value::fromText(QString::fromLatin1(urgency))}};
            if (!location.isEmpty()) {
                payload.emplace_back(cbor::Value::fromText(QStringLiteral("location")), cbor::Value::fromText(location));
            }
            return add.add(kiosk, QStringLiteral("repair.request"), cbor::Value::fromMap(std::move(payload)), at,
                           /*version=*/location.isEmpty() ? 1 : 2);
        };
        const auto step1 = [&](const char *kind, cbor::Value payload) {
            at += step;
            return add.add(manager, QString::fromLatin1(kind), std::move(payload), at);
        };
        const auto quote = [&](int n, qint64 amount) {
            return step1("repair.quote", cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(demoBytes("repair", n, 16))},
                                                                 {QStringLiteral("vendor"), cbor::Value::fromText(QStringLiteral("Hengtai Plumbing"))},
                                                                 {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
                                                                 {QStringLiteral("currency"), cbor::Value::fromText(QStringLiteral("CNY"))},
                                                                 {QStringLiteral("document"), cbor::Value::fromBytes(demoBytes("quote", n, 32))}}));
        };
        // 1-0101: one started, one declined, one just requested; 1-0102: one quoted.
        CY_CHECK(request(1, 0, "plumbing", QStringLiteral("Kitchen"), QStringLiteral("The tap drips all night"), "normal"));
        CY_CHECK(request(2, 0, "doors-and-locks", QString(), QStringLiteral("Front door: the lock sticks"), "low"));
        CY_CHECK(request(3, 1, "electrical", QStringLiteral("Bathroom"), QStringLiteral("The fan does not start"), "normal"));
        CY_CHECK(quote(1, 38000));
        CY_CHECK(step1("repair.reject", cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(demoBytes("repair", 2, 16))},
                                                              {QStringLiteral("reason"), cbor::Value::fromText(QStringLiteral("The lock is the resident's own: please call a locksmith"))}})));
        CY_CHECK(quote(3, 26000));
        CY_CHECK(step1("repair.approve", idOnly(demoBytes("repair", 1, 16))));
        CY_CHECK(step1("repair.start", idOnly(demoBytes("repair", 1, 16))));
        CY_CHECK(request(4, 0, "electrical", QStringLiteral("Bedroom"), QStringLiteral("The ceiling light flickers"), "urgent"));
    } // the demo ledger is closed here: its file is complete

    if (!QFile::copy(serverLedger, kioskLedger)) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::kiosk", "cannot copy the demo ledger to %1").arg(kioskLedger));
    }

    // The server, in this process.
    CY_CHECK(server::makeSelfSignedCertificate(dir.filePath(QStringLiteral("server/tls.crt")), dir.filePath(QStringLiteral("server/tls.key")),
                                               QStringLiteral("localhost")));
    demo->m_seed = options.seed;
    demo->m_blockIntervalMs = options.blockIntervalMs;
    CY_CHECK(demo->openServer(/*port=*/0));
    CY_TRY(const server::TlsIdentity identity, server::loadTlsIdentity(dir.filePath(QStringLiteral("server/tls.crt")),
                                                                       dir.filePath(QStringLiteral("server/tls.key"))));
    const crypto::Digest fingerprint = identity.fingerprint;

    // The kiosk.
    Kiosk::Parts parts;
    parts.registry = std::make_unique<contracts::Registry>();
    contracts::addStandardContracts(*parts.registry);
    CY_TRY(parts.ledger, node::Ledger::open(kioskLedger, *parts.registry));
    parts.key = std::move(cli::demoKeys(options.seed).kiosks[0]);
    parts.terminal = std::make_unique<SimulatedTerminal>();
    parts.journalPath = dir.filePath(QStringLiteral("kiosk.payments"));
    CY_TRY(parts.staffPinHash, crypto::hashPin(kDemoStaffPin));
    parts.demo = true;
    syncclient::SyncOptions sync;
    sync.server = QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(demo->m_server->port()));
    sync.pin = fingerprint;
    sync.initialBackoffMs = 100;
    sync.maxBackoffMs = 2000;
    parts.sync = sync;
    CY_TRY(demo->m_kiosk, Kiosk::open(std::move(parts)));

    const QStringList units{QStringLiteral("1-0101"), QStringLiteral("1-0102"), QStringLiteral("1-0201"), QStringLiteral("1-0202")};
    for (int i = 0; i < units.size(); ++i) {
        demo->m_cards.append(QVariantMap{{QStringLiteral("unit"), units[i]},
                                         {QStringLiteral("card"), cli::demoCardNumber(i)},
                                         {QStringLiteral("pin"), QString::fromLatin1(cli::kDemoPin)}});
    }
    demo->m_kiosk->device()->setDemo(demo->m_cards, QString::fromLatin1(kDemoStaffPin));
    demo->m_kiosk->start();
    return demo;
}

} // namespace courtyard::kiosk
