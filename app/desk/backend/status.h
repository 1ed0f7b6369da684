// courtyard/desk: what the status bar shows: the server connection, the last verified block and
// the log's size, the outbox depth and the verification state.
//
// Thread-safety: GUI thread.
#pragma once

#include "app/device/device_core.h"

#include <QLocale>
#include <QObject>

namespace courtyard::desk {

class DeskStatus : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString connection READ connection NOTIFY changed)         // offline, connecting, catching-up, live, refused, diverged, none
    Q_PROPERTY(QString connectionText READ connectionText NOTIFY changed) // in words
    Q_PROPERTY(QString server READ server NOTIFY changed)
    Q_PROPERTY(qint64 lastBlock READ lastBlock NOTIFY changed)            // -1: no ledger open
    Q_PROPERTY(QString lastBlockTime READ lastBlockTime NOTIFY changed)
    Q_PROPERTY(qint64 logSize READ logSize NOTIFY changed)                // transactions in the Merkle log
    Q_PROPERTY(int outboxDepth READ outboxDepth NOTIFY changed)
    Q_PROPERTY(QString verification READ verification NOTIFY changed)    // verified, failed, unknown
    Q_PROPERTY(QString verificationText READ verificationText NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
public:
    explicit DeskStatus(QObject *parent = nullptr);

    // The core being watched (none: signed out).
    void setCore(device::DeviceCore *core, QString server);
    void setLocale(const QLocale &locale);

    QString connection() const;
    QString connectionText() const;
    QString server() const { return m_server; }
    qint64 lastBlock() const;
    QString lastBlockTime() const;
    qint64 logSize() const;
    int outboxDepth() const { return m_outbox; }
    QString verification() const;
    QString verificationText() const;
    QString lastError() const;

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    device::DeviceCore *m_core = nullptr;
    QString m_server;
    QLocale m_locale;
    int m_outbox = 0;
    QString m_verificationFailure;
    QMetaObject::Connection m_coreConnection;
    QList<QMetaObject::Connection> m_syncConnections;
};

} // namespace courtyard::desk
