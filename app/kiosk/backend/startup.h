// courtyard/kiosk: the kiosk's start, with the welcome screen up before the ledger is open.
//
// KioskStartup opens the kiosk named by a configuration in the background: Kiosk::openParts()
// (the ledger — Store::open rebuilds the Merkle log from every transaction — and the key's
// Argon2id) runs on a worker thread; the Kiosk and its view models (QObjects) are then made on
// the thread that owns the KioskStartup (the GUI thread), which alone uses the ledger's SQLite
// connection from then on. Meanwhile the screens need only the language and the theme.
//
// What a person does while it loads is kept, not lost: a card or QR number, a unit number, Start,
// or the staff button. The latest identification (card or unit) is kept in one place; when the
// kiosk is open it is handed to the session exactly once (Kiosk::session()->identifyByCard or
// identifyByUnit), before `ready` turns true, and forgotten. `waiting` is true while such a
// request waits (the screens show "One moment…"). `resume` then says where the shell starts:
// "identify" (Start was pressed, or the card or unit was not known: the session's message says
// so), "staff", or "" (the welcome screen, or the PIN screen the session's stage asks for).
// A failure to open (the ledger, the key, the journal) sets `state` to "failed" and `error` to
// the same sentence the kiosk printed before it had a start screen; nothing queued is processed.
//
// Thread-safety: the object lives on one thread (the GUI thread); the worker touches only the
// configuration it was given (a copy) and posts its result back.
#pragma once

#include "app/kiosk/backend/kiosk.h"

#include <QObject>
#include <QString>

#include <memory>
#include <thread>

namespace courtyard::kiosk {

class KioskStartup : public QObject {
    Q_OBJECT
    // loading, ready, failed
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(bool waiting READ waiting NOTIFY waitingChanged)
    Q_PROPERTY(QString resume READ resume NOTIFY stateChanged)
    // The unit number typed so far on the identify screen while loading (carried to the shell's).
    Q_PROPERTY(QString draftUnit READ draftUnit WRITE setDraftUnit NOTIFY draftUnitChanged)
public:
    // A kiosk that is open already (the demo, tests): ready at once; not owned.
    explicit KioskStartup(Kiosk *open, QObject *parent = nullptr);
    // The kiosk `config` names, with this payment terminal; nothing happens before begin().
    KioskStartup(KioskConfig config, std::unique_ptr<PaymentTerminal> terminal, QObject *parent = nullptr);
    // Waits for the worker (it cannot be interrupted inside Store::open or Argon2id).
    ~KioskStartup() override;

    // Starts opening on a worker thread; stateChanged follows on this object's thread.
    void begin();

    QString state() const;
    bool ready() const { return m_state == State::Ready; }
    QString error() const { return m_error; }
    bool waiting() const { return m_pending == Pending::Card || m_pending == Pending::Unit || m_pending == Pending::Staff; }
    QString resume() const { return m_resume; }
    QString draftUnit() const { return m_draftUnit; }
    void setDraftUnit(const QString &unit);
    // The open kiosk (null while loading or after a failure).
    Kiosk *kiosk() const { return m_kiosk; }
    // Tests: what is queued ("", "start", "staff", "card:<n>", "unit:<n>").
    Q_INVOKABLE QString pending() const;

    // While loading: keeps the request (a card or unit replaces whatever was queued before; the
    // same number twice is one request). Once ready: hands it to the session at once (the
    // return value is identifyByCard's/identifyByUnit's). After a failure: does nothing, false.
    Q_INVOKABLE bool submitCard(const QString &card);
    Q_INVOKABLE bool submitUnit(const QString &unit);
    // While loading: Start was pressed (the identify screen shows; `resume` will be "identify"),
    // or the staff button (waits; `resume` will be "staff"). Back to the welcome screen forgets both.
    Q_INVOKABLE void requestStart();
    Q_INVOKABLE void requestStaff();
    Q_INVOKABLE void backToWelcome();
    // The shell read `resume` and went there: cleared, so that a new shell starts on welcome.
    Q_INVOKABLE void resumed();

Q_SIGNALS:
    void stateChanged();
    void waitingChanged();
    void draftUnitChanged();
    // The kiosk is open, before anything queued is handed to it and before stateChanged.
    void opened(courtyard::kiosk::Kiosk *kiosk);

private:
    enum class State { Loading, Ready, Failed };
    enum class Pending { None, Start, Staff, Card, Unit };
    void finish(Result<Kiosk::Parts> parts);
    void setPending(Pending kind, const QString &value);

    State m_state = State::Loading;
    KioskConfig m_config;
    std::unique_ptr<PaymentTerminal> m_terminal;
    std::unique_ptr<Kiosk> m_owned;
    Kiosk *m_kiosk = nullptr;
    QString m_error;
    Pending m_pending = Pending::None;
    QString m_pendingValue;
    QString m_resume;
    QString m_draftUnit;
    std::thread m_worker;
};

} // namespace courtyard::kiosk
