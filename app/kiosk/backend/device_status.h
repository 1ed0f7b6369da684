// courtyard/kiosk: the device's state for the staff menu, and the staff PIN.
//
// Sync state (in words), the server, the last verified block and its time, the outbox entries
// waiting for their block, the rejected ones with the server's reason, payment attempts left
// open (a terminal time-out nobody resolved). The staff PIN is checked against the Argon2id hash
// in the kiosk's configuration (config.h: staff_pin_hash); the PIN itself is stored nowhere.
// After 5 wrong staff PINs in a row the check refuses everything for 5 minutes.
//
// Thread-safety: GUI thread.
#pragma once

#include "app/kiosk/backend/core.h"
#include "app/kiosk/backend/payment_journal.h"

#include <QObject>
#include <QVariantList>

namespace courtyard::kiosk {

class DeviceStatus : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString syncState READ syncState NOTIFY changed)         // offline, connecting, catching-up, live, refused, diverged
    Q_PROPERTY(QString syncStateText READ syncStateText NOTIFY changed) // in words
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(QString server READ server CONSTANT)
    Q_PROPERTY(qint64 lastBlock READ lastBlock NOTIFY changed)
    Q_PROPERTY(QString lastBlockText READ lastBlockText NOTIFY changed) // its height in the locale's digits
    Q_PROPERTY(QString lastBlockTime READ lastBlockTime NOTIFY changed)
    Q_PROPERTY(int outboxPending READ outboxPending NOTIFY changed)
    Q_PROPERTY(QString offlineBanner READ offlineBanner NOTIFY changed) // "" when online and nothing waits
    // Whether the screens show the offline banner: offline, and a connection attempt has failed
    // or the start's grace period (kOfflineGraceMs) has passed — not while the first connection
    // is still being made (the banner would flash at every start).
    Q_PROPERTY(bool showOffline READ showOffline NOTIFY changed)
    Q_PROPERTY(QVariantList rejected READ rejected NOTIFY changed)      // [{transactionId, kind, kindText, code, reason, time}]
    Q_PROPERTY(int openPaymentAttempts READ openPaymentAttempts NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString deviceKey READ deviceKey CONSTANT)
    Q_PROPERTY(QString community READ community CONSTANT)
    Q_PROPERTY(QString terminal READ terminal NOTIFY changed) // its name, in the screen's language when translated
    // The embedded demo's cards and PINs to try ([{unit, card, pin}]), empty otherwise.
    Q_PROPERTY(QVariantList demoCards READ demoCards CONSTANT)
    Q_PROPERTY(QString demoStaffPin READ demoStaffPin CONSTANT)
    Q_PROPERTY(QString staffMessage READ staffMessage NOTIFY staffMessageChanged)
    // A staff PIN is being checked on a worker thread (startStaffPinCheck).
    Q_PROPERTY(bool staffChecking READ staffChecking NOTIFY staffMessageChanged)
public:
    DeviceStatus(KioskCore &core, PaymentJournal &journal, QByteArray staffPinHash, QString terminalName, QObject *parent = nullptr);

    QString syncState() const;
    QString syncStateText() const;
    bool online() const;
    QString server() const { return m_server; }
    qint64 lastBlock() const { return qint64(m_core.store().blockCount()) - 1; }
    QString lastBlockTime() const;
    QString lastBlockText() const { return m_locale.toString(lastBlock()); }
    int outboxPending() const { return m_pending; }
    QString offlineBanner() const;
    bool showOffline() const;
    static constexpr int kOfflineGraceMs = 5000;
    QVariantList rejected() const { return m_rejected; }
    int openPaymentAttempts() const { return m_openAttempts; }
    QString lastError() const;
    QString deviceKey() const { return m_core.key().publicKey().toHex(); }
    QString community() const { return m_core.genesis().name; }
    // The terminal's name was given in the language of the start (SimulatedTerminal::name()
    // translates it): looked up again so that it follows the resident's language.
    QString terminal() const;
    QVariantList demoCards() const { return m_demoCards; }
    QString demoStaffPin() const { return m_demoStaffPin; }
    QString staffMessage() const { return m_staffMessage; }
    bool staffChecking() const { return m_staffChecking; }

    void setServer(const QString &server) { m_server = server; }
    void setDemo(QVariantList cards, QString staffPin);
    void setLocale(const QLocale &locale);

    // Checks on the calling thread (tests, tools).
    Q_INVOKABLE bool checkStaffPin(const QString &pin);
    // The screens': the Argon2id check on a worker thread, staffPinChecked(right) on the GUI
    // thread after it, counted and locked exactly as checkStaffPin. False (with staffMessage)
    // when refused at once: locked, or a check already running.
    Q_INVOKABLE bool startStaffPinCheck(const QString &pin);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();
    void staffMessageChanged();
    void staffPinChecked(bool right);

private:
    KioskCore &m_core;
    PaymentJournal &m_journal;
    QByteArray m_staffPinHash;
    QString m_terminal;
    QString m_server;
    QLocale m_locale;
    int m_pending = 0;
    int m_openAttempts = 0;
    QVariantList m_rejected;
    QVariantList m_demoCards;
    QString m_demoStaffPin;
    QString m_staffMessage;
    bool m_attempted = false;     // the sync client has tried to connect
    bool m_attemptFailed = false; // ... and was offline after trying
    bool m_graceOver = false;
    bool staffLocked();
    bool finishStaffCheck(bool right);
    bool m_staffChecking = false;
    int m_staffFailures = 0;
    quint64 m_staffLockedUntil = 0;
};

} // namespace courtyard::kiosk
