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
    Q_PROPERTY(QString lastBlockTime READ lastBlockTime NOTIFY changed)
    Q_PROPERTY(int outboxPending READ outboxPending NOTIFY changed)
    Q_PROPERTY(QString offlineBanner READ offlineBanner NOTIFY changed) // "" when online and nothing waits
    Q_PROPERTY(QVariantList rejected READ rejected NOTIFY changed)      // [{transactionId, kind, kindText, code, reason, time}]
    Q_PROPERTY(int openPaymentAttempts READ openPaymentAttempts NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString deviceKey READ deviceKey CONSTANT)
    Q_PROPERTY(QString community READ community CONSTANT)
    Q_PROPERTY(QString terminal READ terminal CONSTANT)
    // The embedded demo's cards and PINs to try ([{unit, card, pin}]), empty otherwise.
    Q_PROPERTY(QVariantList demoCards READ demoCards CONSTANT)
    Q_PROPERTY(QString demoStaffPin READ demoStaffPin CONSTANT)
    Q_PROPERTY(QString staffMessage READ staffMessage NOTIFY staffMessageChanged)
public:
    DeviceStatus(KioskCore &core, PaymentJournal &journal, QByteArray staffPinHash, QString terminalName, QObject *parent = nullptr);

    QString syncState() const;
    QString syncStateText() const;
    bool online() const;
    QString server() const { return m_server; }
    qint64 lastBlock() const { return qint64(m_core.store().blockCount()) - 1; }
    QString lastBlockTime() const;
    int outboxPending() const { return m_pending; }
    QString offlineBanner() const;
    QVariantList rejected() const { return m_rejected; }
    int openPaymentAttempts() const { return m_openAttempts; }
    QString lastError() const;
    QString deviceKey() const { return m_core.key().publicKey().toHex(); }
    QString community() const { return m_core.genesis().name; }
    QString terminal() const { return m_terminal; }
    QVariantList demoCards() const { return m_demoCards; }
    QString demoStaffPin() const { return m_demoStaffPin; }
    QString staffMessage() const { return m_staffMessage; }

    void setServer(const QString &server) { m_server = server; }
    void setDemo(QVariantList cards, QString staffPin);
    void setLocale(const QLocale &locale);

    Q_INVOKABLE bool checkStaffPin(const QString &pin);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();
    void staffMessageChanged();

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
    int m_staffFailures = 0;
    quint64 m_staffLockedUntil = 0;
};

} // namespace courtyard::kiosk
