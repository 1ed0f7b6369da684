#include "app/desk/backend/demo.h"

#include "app/cli/demo.h"
#include "app/desk/backend/desk_tr.h"
#include "app/desk/backend/directory.h"

#include <QCoreApplication>
#include "app/server/server.h"
#include "contracts/standard.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <vector>

namespace courtyard::desk {

namespace {

// What the desk keeps alive for the demo: the temporary folder and the server.
class DemoHolder : public QObject {
public:
    ~DemoHolder() override
    {
        if (server) {
            server->shutdown();
        }
    }
    std::unique_ptr<QTemporaryDir> temporary;
    std::unique_ptr<contracts::Registry> registry; // outlives the server's ledger
    std::unique_ptr<server::Server> server;
};

// Signs, submits and seals one transaction after the demo community.
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
            return fail(ErrorCode::InvalidArgument, QStringLiteral("the desk demo's %1 was refused: %2 (%3)").arg(kind, refused->message, refused->code));
        }
        CY_TRY(const node::SealOutcome sealed, m_ledger.sealPending(atMs, m_server));
        if (!sealed.dropped.empty()) {
            return fail(ErrorCode::InvalidArgument, QStringLiteral("the desk demo's %1 was dropped: %2").arg(kind, sealed.dropped.front().rejection.message));
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
    return crypto::toByteArray(crypto::sha256(QByteArray("courtyard desk demo ") + what + ' ' + QByteArray::number(index))).left(size);
}

Result<QString> writeKeyFile(const QString &dir, const char *name, const crypto::KeyPair &key, const char *passphrase, const QString &label)
{
    CY_TRY(const QByteArray sealed, crypto::sealKeyFile(key, QByteArrayView(passphrase), label, crypto::KdfStrength::Interactive));
    const QString path = QDir(dir).filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(sealed) != sealed.size()) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::desk", "cannot write the demo key file %1").arg(path));
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

// The demo directory: made-up names and phone numbers for the demo's residents, on the desk only
// (the ledger knows ids), so the Residents and Leases tables show people as a real office's do.
// The i-th resident in unit order gets surname i % 10 and given name (i + 3 * (i / 10)) % 10:
// unique for up to 100 residents.
Result<void> writeDemoDirectory(const state::StateView &state, const QString &path)
{
    static const char *const surnames[] = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"};
    static const char *const givenNames[] = {"Ming", "Wei", "Na", "Jing", "Lei", "Min", "Tao", "Xia", "Yong", "Hui"};
    Directory directory(path);
    CY_CHECK(directory.load());
    std::vector<QString> ids;
    CY_CHECK(state.scan(QByteArrayView("occupancy/"), [&](const state::Key &key, const cbor::Value &) {
        const QString id = QString::fromUtf8(QByteArray(key)).section(QLatin1Char('/'), 2, 2);
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
            ids.push_back(id);
        }
        return true;
    }));
    for (int i = 0; i < int(ids.size()) && i < 100; ++i) {
        const QString name = QString::fromLatin1(surnames[i % 10]) + QLatin1Char(' ') + QString::fromLatin1(givenNames[(i + 3 * (i / 10)) % 10]);
        const QString phone = QStringLiteral("+86 138 0000 %1").arg(i + 1, 4, 10, QLatin1Char('0'));
        CY_CHECK(directory.setResident(ids[std::size_t(i)], {name, phone, QString()}));
    }
    return {};
}

} // namespace

Result<std::unique_ptr<Desk>> openDemoDesk(const DeskDemoOptions &options)
{
    auto holder = std::make_unique<DemoHolder>();
    QString dirPath = options.dir;
    if (dirPath.isEmpty()) {
        holder->temporary = std::make_unique<QTemporaryDir>();
        if (!holder->temporary->isValid()) {
            return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::desk", "cannot make a temporary folder for the demo"));
        }
        dirPath = holder->temporary->path();
    }
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("server")) || !dir.mkpath(QStringLiteral("desk")) || !dir.mkpath(QStringLiteral("keys"))) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::desk", "cannot make the demo folder %1").arg(dirPath));
    }
    const QString serverLedger = dir.filePath(QStringLiteral("server/ledger.db"));
    const QString deskLedger = dir.filePath(QStringLiteral("desk/ledger.db"));
    if (QFile::exists(serverLedger) || QFile::exists(deskLedger)) {
        return fail(ErrorCode::Conflict, QCoreApplication::translate("courtyard::desk", "the demo folder %1 holds a demo already; use an empty folder").arg(dirPath));
    }

    const quint64 now = options.nowMs ? options.nowMs : quint64(QDateTime::currentMSecsSinceEpoch());
    const QTimeZone zone("Asia/Shanghai");
    const QDate today = QDateTime::fromMSecsSinceEpoch(qint64(now), zone).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    cli::DemoOptions build;
    build.ledgerPath = serverLedger;
    build.transactions = 1000000; // bounded by the months
    build.months = options.months;
    build.seed = options.seed;
    build.startTimeMs = quint64(QDateTime(thisMonth.addMonths(-options.months), QTime(0, 0), zone).toMSecsSinceEpoch());
    const cli::DemoKeys keys = cli::demoKeys(options.seed);
    {
        CY_TRY(cli::DemoCommunity community, cli::buildDemoCommunity(build, keys));
        node::Ledger &ledger = *community.ledger;
        CY_TRY(const ledger::SealedBlock tip, ledger.store().tip());
        // This month: repair requests from the lobby kiosk, one quoted; the period stays open.
        quint64 at = std::max(tip.header.timeMs + 60000, std::min(quint64(QDateTime(thisMonth, QTime(8, 30), zone).toMSecsSinceEpoch()), now - 3600000));
        const quint64 step = std::max<quint64>(60000, (now - 600000 > at ? now - 600000 - at : 0) / 8);
        Additions add(ledger, keys.server);
        // Two written before the kiosk asked where (version 1: the place is in the text), one
        // with its location (version 2).
        struct Request {
            const char *unit;
            const char *category;
            const char *location;
            const char *description;
            const char *urgency;
        };
        const Request requests[] = {{"1-0101", "plumbing", "", "Kitchen: the tap drips all night", "normal"},
                                    {"1-0201", "elevator", "", "Lift B stops between floors 3 and 4", "urgent"},
                                    {"1-0102", "electrical", "Bathroom", "The fan does not start", "low"}};
        int n = 0;
        for (const Request &r : requests) {
            ++n;
            at += step;
            cbor::Map payload{{cbor::Value::fromText(QStringLiteral("id")), cbor::Value::fromBytes(demoBytes("repair", n, 16))},
                              {cbor::Value::fromText(QStringLiteral("unit")), cbor::Value::fromText(QString::fromLatin1(r.unit))},
                              {cbor::Value::fromText(QStringLiteral("category")), cbor::Value::fromText(QString::fromLatin1(r.category))},
                              {cbor::Value::fromText(QStringLiteral("description")), cbor::Value::fromText(QString::fromLatin1(r.description))},
                              {cbor::Value::fromText(QStringLiteral("urgency")), cbor::Value::fromText(QString::fromLatin1(r.urgency))}};
            const bool located = *r.location != '\0';
            if (located) {
                payload.emplace_back(cbor::Value::fromText(QStringLiteral("location")), cbor::Value::fromText(QString::fromLatin1(r.location)));
            }
            CY_CHECK(add.add(keys.manager, QStringLiteral("repair.request"), cbor::Value::fromMap(std::move(payload)), at,
                             /*version=*/located ? 2 : 1));
        }
        at += step;
        CY_CHECK(add.add(keys.manager, QStringLiteral("repair.quote"),
                         cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(demoBytes("repair", 1, 16))},
                                               {QStringLiteral("vendor"), cbor::Value::fromText(QStringLiteral("Hengtai Plumbing"))},
                                               {QStringLiteral("amount"), cbor::Value::fromInt(38000)},
                                               {QStringLiteral("currency"), cbor::Value::fromText(QStringLiteral("CNY"))},
                                               {QStringLiteral("document"), cbor::Value::fromBytes(demoBytes("quote", 1, 32))}}),
                         at));
        CY_CHECK(writeDemoDirectory(ledger.store().state(), dir.filePath(QStringLiteral("desk/directory.json"))));
    } // the demo ledger is closed here: its file is complete
    if (!QFile::copy(serverLedger, deskLedger)) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::desk", "cannot copy the demo ledger to %1").arg(deskLedger));
    }

    // The people's key files.
    const QString keyDir = dir.filePath(QStringLiteral("keys"));
    CY_TRY(const QString managerFile, writeKeyFile(keyDir, "manager.key", keys.manager, kDemoManagerPassphrase, QStringLiteral("Demo manager")));
    CY_TRY(const QString committeeFile,
           writeKeyFile(keyDir, "committee-1.key", keys.committee[0], kDemoCommitteePassphrase, QStringLiteral("Demo committee member 1")));
    CY_TRY(const QString committee2File,
           writeKeyFile(keyDir, "committee-2.key", keys.committee[1], kDemoCommitteePassphrase, QStringLiteral("Demo committee member 2")));
    CY_TRY(const QString auditorFile, writeKeyFile(keyDir, "auditor.key", keys.auditor, kDemoAuditorPassphrase, QStringLiteral("Demo auditor")));
    // A kiosk key: the desk refuses it (no desk role), which the sign-in screen can show.
    CY_TRY(const QString kioskFile, writeKeyFile(keyDir, "kiosk-1.key", keys.kiosks[0], "kiosk-demo", QStringLiteral("Lobby kiosk 1")));
    Q_UNUSED(kioskFile);

    DeskOptions deskOptions;
    deskOptions.dataDir = dir.filePath(QStringLiteral("desk"));
    deskOptions.ledgerPath = deskLedger;
    if (options.server) {
        const QString certificate = dir.filePath(QStringLiteral("server/tls.crt"));
        const QString tlsKey = dir.filePath(QStringLiteral("server/tls.key"));
        CY_CHECK(server::makeSelfSignedCertificate(certificate, tlsKey, QStringLiteral("localhost")));
        CY_TRY(server::TlsIdentity identity, server::loadTlsIdentity(certificate, tlsKey));
        const crypto::Digest fingerprint = identity.fingerprint;
        holder->registry = std::make_unique<contracts::Registry>();
        contracts::addStandardContracts(*holder->registry);
        CY_TRY(std::unique_ptr<server::Sequencer> sequencer,
               server::Sequencer::open(serverLedger, *holder->registry, std::move(cli::demoKeys(options.seed).server)));
        server::ServerConfig config;
        config.dataDir = dir.filePath(QStringLiteral("server"));
        config.port = 0;
        config.blockIntervalMs = options.blockIntervalMs;
        holder->server = std::make_unique<server::Server>(std::move(sequencer), std::move(identity), config);
        CY_CHECK(holder->server->listen());
        syncclient::SyncOptions sync;
        sync.server = QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(holder->server->port()));
        sync.pin = fingerprint;
        sync.initialBackoffMs = 100;
        sync.maxBackoffMs = 2000;
        deskOptions.sync = sync;
    }
    CY_TRY(std::unique_ptr<Desk> desk, Desk::open(deskOptions));
    const auto identity = [](const char *role, const QString &label, const QString &file, const char *passphrase) {
        return QVariantMap{{QStringLiteral("role"), QLatin1String(role)},
                           {QStringLiteral("label"), label},
                           {QStringLiteral("keyFile"), file},
                           {QStringLiteral("passphrase"), QString::fromLatin1(passphrase)}};
    };
    desk->setDemo({identity("manager", QStringLiteral("Demo manager"), managerFile, kDemoManagerPassphrase),
                   identity("committee", QStringLiteral("Demo committee member 1"), committeeFile, kDemoCommitteePassphrase),
                   identity("committee", QStringLiteral("Demo committee member 2"), committee2File, kDemoCommitteePassphrase),
                   identity("auditor", QStringLiteral("Demo auditor"), auditorFile, kDemoAuditorPassphrase)},
                  std::move(holder));
    if (options.nowMs) {
        const quint64 fixed = options.nowMs;
        desk->setClock([fixed] { return fixed; });
    }
    return desk;
}

} // namespace courtyard::desk
