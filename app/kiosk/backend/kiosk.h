// courtyard/kiosk: the one object the kiosk's screens see.
//
// Kiosk holds the view models as properties (app/kiosk/README.md, "The boundary between
// backend and UI"): session, account, payment, receipt, repairs, device, idle. It wires them:
// a sign-in loads the account, the idle timer runs while someone is at the screen, and its end
// (or signOut, or idle.reset()) clears every trace of the resident from the models and memory.
//
// Kiosk::open() takes the parts (ledger, key, terminal, journal, staff PIN hash, limits, the
// server to sync with); fromConfig() reads them from the kiosk's configuration file
// (config.h); demo.h starts the embedded demo. Opening reads the ledger's tip and this kiosk's
// pending outbox, nothing in proportion to the ledger's size besides what Store::open does.
//
// Thread-safety: GUI thread.
#pragma once

#include "app/kiosk/backend/account.h"
#include "app/kiosk/backend/config.h"
#include "app/kiosk/backend/core.h"
#include "app/kiosk/backend/device_status.h"
#include "app/kiosk/backend/idle.h"
#include "app/kiosk/backend/payment_flow.h"
#include "app/kiosk/backend/payment_journal.h"
#include "app/kiosk/backend/payment_terminal.h"
#include "app/kiosk/backend/receipt.h"
#include "app/kiosk/backend/repair_form.h"
#include "app/kiosk/backend/session.h"

#include <QObject>

#include <memory>
#include <optional>

namespace courtyard::kiosk {

class Kiosk : public QObject {
    Q_OBJECT
    Q_PROPERTY(courtyard::kiosk::KioskSession *session READ session CONSTANT)
    Q_PROPERTY(courtyard::kiosk::KioskAccount *account READ account CONSTANT)
    Q_PROPERTY(courtyard::kiosk::PaymentFlow *payment READ payment CONSTANT)
    Q_PROPERTY(courtyard::kiosk::KioskReceipt *receipt READ receipt CONSTANT)
    Q_PROPERTY(courtyard::kiosk::RepairRequestForm *repairs READ repairs CONSTANT)
    Q_PROPERTY(courtyard::kiosk::DeviceStatus *device READ device CONSTANT)
    Q_PROPERTY(courtyard::kiosk::IdleMonitor *idle READ idle CONSTANT)
    Q_PROPERTY(QString communityName READ communityName CONSTANT)
    Q_PROPERTY(QString currency READ currency CONSTANT)
    Q_PROPERTY(QString currencyCode READ currency CONSTANT)
    Q_PROPERTY(courtyard::kiosk::PaymentTerminal *terminal READ terminalObject CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QString locale READ locale NOTIFY localeChanged)
public:
    struct Parts {
        std::unique_ptr<contracts::Registry> registry; // the ledger's
        std::unique_ptr<node::Ledger> ledger;
        std::optional<crypto::KeyPair> key;
        std::unique_ptr<PaymentTerminal> terminal;
        QString journalPath;
        QByteArray staffPinHash;
        QString maxPayment = QStringLiteral("100000"); // major units of the community's currency
        int idleSeconds = 45;
        std::optional<syncclient::SyncOptions> sync; // none: offline
        bool demo = false;
    };
    // NotFound/Database from the journal, InvalidArgument for a bad maximum.
    static Result<std::unique_ptr<Kiosk>> open(Parts parts);
    // The slow part of fromConfig(), without the terminal (set it before open()): reads the
    // key file and the passphrase, opens the ledger (Store::open rebuilds the Merkle log: in
    // proportion to the ledger's size) while the key's Argon2id runs on a thread of its own.
    // Makes no QObject: may run on any thread (startup.h runs it on a worker); the ledger's
    // SQLite connection is then used by the thread that calls open(), and by that one only.
    static Result<Parts> openParts(const KioskConfig &config);
    // Opens what the configuration names: the ledger, the key (passphrase from the file or
    // COURTYARD_PASSPHRASE), the journal; terminal is the payment terminal to use.
    static Result<std::unique_ptr<Kiosk>> fromConfig(const KioskConfig &config, std::unique_ptr<PaymentTerminal> terminal);
    // The same from the configuration file at configPath (config.h): what main.cpp calls.
    static Result<std::unique_ptr<Kiosk>> open(const QString &configPath);
    // The embedded demo (demo.h) in dataDir (empty: a temporary folder); the Kiosk owns its
    // in-process server. The cards to try are device()->demoCards().
    static Result<std::unique_ptr<Kiosk>> openDemo(const QString &dataDir);
    ~Kiosk() override;

    KioskSession *session() { return m_session.get(); }
    KioskAccount *account() { return m_account.get(); }
    PaymentFlow *payment() { return m_payment.get(); }
    KioskReceipt *receipt() { return m_receipt.get(); }
    RepairRequestForm *repairs() { return m_repairs.get(); }
    DeviceStatus *device() { return m_device.get(); }
    IdleMonitor *idle() { return m_idle.get(); }
    QString communityName() const { return m_core->genesis().name; }
    QString currency() const { return m_core->currency().code; }
    bool demo() const { return m_demo; }
    QString locale() const { return m_locale.name(); }

    KioskCore &core() { return *m_core; }
    PaymentTerminal &terminal() { return *m_terminal; }
    PaymentTerminal *terminalObject() { return m_terminal.get(); }
    // Keeps obj alive as long as the kiosk, and destroys it right after the sync stops (the demo).
    void adopt(std::unique_ptr<QObject> obj) { m_adopted = std::move(obj); }
    PaymentJournal &journal() { return *m_journal; }

    // Starts syncing with the server (when there is one) and settles open payment attempts.
    void start();
    // The locale amounts, dates and times are formatted in ("zh_CN", "ar", ...).
    Q_INVOKABLE void setLocale(const QString &name);
    // BCP 47 ("en", "zh-CN", "ja", "ar"): setLocale with that language (the UI has installed
    // its translator already).
    Q_INVOKABLE void setLanguage(const QString &bcp47);
    // The demo only: stops (false) or resumes (true) the sync with the in-process server, to
    // show an offline payment that is sent on reconnection. Does nothing outside the demo.
    Q_INVOKABLE void setServerReachable(bool reachable);
    // Forgets the resident everywhere: session, account, payment, receipt, repair form.
    Q_INVOKABLE void clearResident();

Q_SIGNALS:
    void localeChanged();

private:
    Kiosk() = default;

    std::unique_ptr<KioskCore> m_core;
    std::unique_ptr<PaymentTerminal> m_terminal;
    std::unique_ptr<PaymentJournal> m_journal;
    std::unique_ptr<syncclient::SyncClient> m_sync;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<KioskAccount> m_account;
    std::unique_ptr<KioskReceipt> m_receipt;
    std::unique_ptr<PaymentFlow> m_payment;
    std::unique_ptr<RepairRequestForm> m_repairs;
    std::unique_ptr<DeviceStatus> m_device;
    std::unique_ptr<IdleMonitor> m_idle;
    QLocale m_locale;
    bool m_demo = false;
    std::unique_ptr<QObject> m_adopted;
};

} // namespace courtyard::kiosk
