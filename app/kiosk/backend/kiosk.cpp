#include "app/kiosk/backend/kiosk.h"

#include "contracts/standard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <future>

namespace courtyard::kiosk {

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

namespace {

// A file path inside a translated sentence, marked left-to-right: in Arabic its leading '/' (no
// direction of its own) would otherwise take the sentence's and show at the path's far end.
QString pathInSentence(const QString &path)
{
    return QChar(0x200e) + path + QChar(0x200e);
}

} // namespace

Result<std::unique_ptr<Kiosk>> Kiosk::open(Parts parts)
{
    CY_ASSERT(parts.registry && parts.ledger && parts.key && parts.terminal);
    std::unique_ptr<Kiosk> k(new Kiosk);
    k->m_demo = parts.demo;
    k->m_core = std::make_unique<KioskCore>(std::move(parts.registry), std::move(parts.ledger), std::move(*parts.key));
    CY_CHECK(k->m_core->start());
    auto maximum = money::Money::parse(parts.maxPayment, k->m_core->currency());
    if (!maximum || !maximum->isPositive()) {
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::kiosk", "the kiosk's max_payment '%1' is not a positive amount of %2")
                                                    .arg(parts.maxPayment, k->m_core->currency().code));
    }
    CY_TRY(k->m_journal, PaymentJournal::open(parts.journalPath));
    k->m_terminal = std::move(parts.terminal);
    KioskCore &core = *k->m_core;
    if (parts.sync) {
        k->m_sync = std::make_unique<syncclient::SyncClient>(core.ledger(), core.key(), *parts.sync);
        core.setSyncClient(k->m_sync.get());
    }
    k->m_session = std::make_unique<KioskSession>(core);
    k->m_account = std::make_unique<KioskAccount>(core);
    k->m_receipt = std::make_unique<KioskReceipt>(core);
    k->m_payment = std::make_unique<PaymentFlow>(core, *k->m_session, *k->m_account, *k->m_terminal, *k->m_journal, *k->m_receipt,
                                                 maximum->minor());
    k->m_repairs = std::make_unique<RepairRequestForm>(core, *k->m_session);
    k->m_device = std::make_unique<DeviceStatus>(core, *k->m_journal, parts.staffPinHash, k->m_terminal->name());
    if (parts.sync) {
        k->m_device->setServer(parts.sync->server.toString());
        connect(k->m_sync.get(), &syncclient::SyncClient::stateChanged, k->m_device.get(), &DeviceStatus::refresh);
    }
    k->m_idle = std::make_unique<IdleMonitor>(parts.idleSeconds);

    Kiosk *self = k.get();
    PaymentFlow *payment = k->m_payment.get();
    k->m_idle->setHold([payment] { return payment->busy(); });
    connect(self->m_session.get(), &KioskSession::stageChanged, self, [self] {
        self->m_idle->setActive(self->m_session->stage() != QLatin1String("welcome"));
    });
    connect(self->m_session.get(), &KioskSession::signedInChanged, self, [self](bool in) {
        if (in) {
            self->m_account->load(self->m_session->unit(), self->m_session->resident());
            self->m_payment->reset();
            self->m_receipt->clear();
            self->m_repairs->clear();
        } else {
            self->clearResident();
        }
    });
    connect(self->m_idle.get(), &IdleMonitor::expired, self, &Kiosk::clearResident);
    connect(self->m_payment.get(), &PaymentFlow::stateChanged, self->m_device.get(), &DeviceStatus::refresh);
    self->setLocale(QLocale().name());
    return k;
}

Result<Kiosk::Parts> Kiosk::openParts(const KioskConfig &config)
{
    QFile keyFile(config.keyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::NotFound, QCoreApplication::translate("courtyard::kiosk", "cannot read the kiosk's key %1: %2").arg(pathInSentence(config.keyFile), keyFile.errorString()));
    }
    QByteArray passphrase;
    if (!config.passphraseFile.isEmpty()) {
        QFile f(config.passphraseFile);
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::NotFound, QCoreApplication::translate("courtyard::kiosk", "cannot read the passphrase file %1: %2").arg(pathInSentence(config.passphraseFile), f.errorString()));
        }
        passphrase = f.readLine();
        while (passphrase.endsWith('\n') || passphrase.endsWith('\r')) {
            passphrase.chop(1);
        }
    } else {
        passphrase = qgetenv("COURTYARD_PASSPHRASE");
    }
    // The key file's Argon2id (moderate limits, as `courtyard enroll` seals it: most of a second)
    // runs on a thread of its own while the ledger opens here: the start waits for the longer
    // of the two, not for both.
    // Before the ledger opens (docs/kiosk.md, "Memory"): the limit is the process's.
    sqlite3_soft_heap_limit64(qint64(config.sqliteMemoryMiB) * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    qint64 keyNs = 0;
    std::future<Result<crypto::KeyPair>> opening =
        std::async(std::launch::async, [bytes = keyFile.readAll(), secret = std::move(passphrase), &keyNs, &timer]() mutable {
            auto opened = crypto::openKeyFile(bytes, secret);
            secret.fill('\0');
            keyNs = timer.nsecsElapsed();
            return opened;
        });
    Parts parts;
    parts.registry = std::make_unique<contracts::Registry>();
    contracts::addStandardContracts(*parts.registry);
    auto ledger = node::Ledger::open(config.ledgerPath, *parts.registry);
    const qint64 ledgerNs = timer.nsecsElapsed();
    auto key = opening.get();
    // Read by tests/bench/kiosk_startup.cpp from standard error.
    qCInfo(lcKiosk).noquote() << QStringLiteral("opening: ledger_open_ms=%1 key_open_ms=%2")
                                     .arg(double(ledgerNs / 1000) / 1000.0)
                                     .arg(double(keyNs / 1000) / 1000.0);
    if (!key) {
        return fail(key.error().prefixed(config.keyFile));
    }
    if (!ledger) {
        return fail(ledger.error().prefixed(QCoreApplication::translate("courtyard::kiosk", "the kiosk's ledger %1 (made by `courtyard enroll`)").arg(pathInSentence(config.ledgerPath))));
    }
    parts.ledger = std::move(*ledger);
    parts.key = std::move(*key);
    parts.journalPath = config.journalPath;
    parts.staffPinHash = config.staffPinHash;
    parts.maxPayment = config.maxPayment;
    parts.idleSeconds = config.idleSeconds;
    if (!config.server.isEmpty()) {
        syncclient::SyncOptions options;
        options.server = config.server;
        options.pin = config.serverPin;
        parts.sync = options;
    }
    return parts;
}

Result<std::unique_ptr<Kiosk>> Kiosk::fromConfig(const KioskConfig &config, std::unique_ptr<PaymentTerminal> terminal)
{
    CY_TRY(Parts parts, openParts(config));
    parts.terminal = std::move(terminal);
    return open(std::move(parts));
}

Result<std::unique_ptr<Kiosk>> Kiosk::open(const QString &configPath)
{
    CY_TRY(const KioskConfig config, loadKioskConfig(configPath));
    return fromConfig(config, std::make_unique<SimulatedTerminal>());
}

Kiosk::~Kiosk()
{
    if (m_sync) {
        m_sync->stop();
    }
    m_adopted.reset();
}

void Kiosk::setLanguage(const QString &bcp47)
{
    QString name = bcp47;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    setLocale(name == QLatin1String("en") ? QStringLiteral("en_US") : name);
}

void Kiosk::setServerReachable(bool reachable)
{
    if (!m_demo || !m_sync) {
        return;
    }
    if (reachable) {
        m_sync->start();
    } else {
        m_sync->stop();
    }
    m_device->refresh();
}

void Kiosk::start()
{
    if (m_sync) {
        m_sync->start();
    }
    m_payment->recover();
}

void Kiosk::setLocale(const QString &name)
{
    m_locale = QLocale(name);
    m_session->setLocale(m_locale);
    m_account->setLocale(m_locale);
    m_payment->setLocale(m_locale);
    m_receipt->setLocale(m_locale);
    m_device->setLocale(m_locale);
    m_repairs->retranslate(); // its lists' words, for a repair form made before the change
    Q_EMIT localeChanged();
}

void Kiosk::clearResident()
{
    if (m_session->stage() != QLatin1String("welcome")) {
        m_session->signOut(); // comes back here through signedInChanged when someone was in
    }
    m_account->clear();
    m_payment->reset();
    m_receipt->clear();
    m_repairs->clear();
    m_idle->setActive(false);
}

} // namespace courtyard::kiosk
