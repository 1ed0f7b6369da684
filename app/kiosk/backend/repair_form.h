// courtyard/kiosk: filing a repair request at the kiosk.
//
// submit() checks the request (a category of contracts::repairCategories(), an urgency of low,
// normal, urgent, a location of 1..100 characters on one line, a description of 1..2000) and signs
// repair.request version 2 for the signed-in resident and their unit into the outbox, the
// location in its own field (docs/contracts.md). The kiosk asks for the location: a resident who
// walked away cannot be asked where the leak is, and places() offers the common ones to tap.
// The request shows at once in the resident's repairs as "sending", then with the status the
// manager gives it.
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
    // [{code, text}] of the places residents name most, to tap instead of typing; the text (in
    // the kiosk's language) becomes the request's location.
    Q_PROPERTY(QVariantList places READ places NOTIFY changed)
    Q_PROPERTY(int maxLocationLength READ maxLocationLength CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString lastRequestId READ lastRequestId NOTIFY changed)
public:
    RepairRequestForm(KioskCore &core, KioskSession &session, QObject *parent = nullptr);

    QVariantList categories() const;
    QVariantList urgencies() const;
    QVariantList places() const;
    static int maxLocationLength();
    QString message() const { return m_message; }
    QString lastRequestId() const { return m_lastId; }

    // True when the request is in the outbox. location and description are trimmed (the
    // location's inner spaces collapsed) before they are checked and signed.
    Q_INVOKABLE bool submit(const QString &category, const QString &location, const QString &description, const QString &urgency);
    void clear();
    // The language changed: categories, urgencies and places read again (changed()).
    void retranslate() { Q_EMIT changed(); }

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
