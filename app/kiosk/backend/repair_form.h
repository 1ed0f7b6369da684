// courtyard/kiosk: filing a repair request at the kiosk.
//
// submit() checks the request (a category of contracts::repairCategories(), an urgency of low,
// normal, urgent, a description of 1..2000 characters, an optional location of at most 100) and
// signs repair.request for the signed-in resident and their unit into the outbox. The contract
// has no field for the location: it is written in front of the description ("<location>:
// <description>"). The request shows at once in the resident's repairs as "sending", then with
// the status the manager gives it.
//
// Thread-safety: GUI thread.
#pragma once

#include "app/kiosk/backend/core.h"

#include <QObject>
#include <QVariantList>

namespace courtyard::kiosk {

class KioskSession;

class RepairRequestForm : public QObject {
    Q_OBJECT
    // [{code, text}] of the repair categories and of the urgencies, in the contract's order.
    Q_PROPERTY(QVariantList categories READ categories NOTIFY changed)
    Q_PROPERTY(QVariantList urgencies READ urgencies NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString lastRequestId READ lastRequestId NOTIFY changed)
public:
    RepairRequestForm(KioskCore &core, KioskSession &session, QObject *parent = nullptr);

    QVariantList categories() const;
    QVariantList urgencies() const;
    QString message() const { return m_message; }
    QString lastRequestId() const { return m_lastId; }

    // True when the request is in the outbox.
    Q_INVOKABLE bool submit(const QString &category, const QString &location, const QString &description, const QString &urgency);
    void clear();

Q_SIGNALS:
    void changed();
    void submitted(const QString &requestId);

private:
    bool refuse(const QString &message);

    KioskCore &m_core;
    KioskSession &m_session;
    QString m_message;
    QString m_lastId;
};

} // namespace courtyard::kiosk
