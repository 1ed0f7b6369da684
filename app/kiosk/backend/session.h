// courtyard/kiosk: who is at the kiosk — identification, PIN and lockout.
//
// A resident identifies with a card (the keyboard-wedge reader types its number and Enter: the
// card is found by the SHA-256 of that text, as resident.enroll-card stored it) or with a unit
// number, then types a PIN, which is checked with crypto::verifyPin against the card's Argon2id
// hash. Every wrong PIN is recorded on the ledger (resident.record-pin-failure, through the
// outbox) and every right one resets the count (resident.record-pin-success): the count and
// the lock are the ledger's, so they hold across kiosks and restarts, and the contract locks the
// card for 15 minutes of block time after the fifth wrong PIN in a row. The kiosk reads them
// from its local state (stored state + its own pending records), so a kiosk that is offline
// still counts.
//
// By unit number, the PIN is checked against the card of every resident of the unit who has
// one; a wrong PIN is recorded against each of those cards (the unit gives no more guesses
// than a card), and the first card whose PIN matches signs that resident in.
//
// signOut() forgets the resident: ids, unit, counts and messages are cleared, and the stage goes
// back to "welcome".
//
// The screens check a PIN with checkPin(): the Argon2id work (tens to hundreds of milliseconds
// per card) runs on a worker thread while `checking` is true, and pinChecked() reports the
// answer on the GUI thread, where it is recorded exactly as submitPin() records it. One check at
// a time: a PIN typed while one is running is refused. A wrong PIN is recorded even when the
// resident left before the answer came (a walk-away gives no free guess); a right one then
// signs nobody in.
//
// Thread-safety: GUI thread (the worker only hashes copies of the PIN and the cards' hashes).
#pragma once

#include "app/kiosk/backend/core.h"

#include <QDateTime>
#include <QObject>

namespace courtyard::kiosk {

class KioskSession : public QObject {
    Q_OBJECT
    // welcome, pin, home
    Q_PROPERTY(QString stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QString unit READ unit NOTIFY changed)
    Q_PROPERTY(int wrongPins READ wrongPins NOTIFY changed)
    Q_PROPERTY(int pinsLeft READ pinsLeft NOTIFY changed)
    Q_PROPERTY(bool locked READ locked NOTIFY changed)
    Q_PROPERTY(QDateTime lockedUntil READ lockedUntil NOTIFY changed)
    Q_PROPERTY(QString lockedUntilText READ lockedUntilText NOTIFY changed)
    // What went wrong last, in words for the resident ("" when nothing did).
    Q_PROPERTY(QString message READ message NOTIFY changed)
    // A PIN is being checked (checkPin): the PIN pad shows that it is busy.
    Q_PROPERTY(bool checking READ checking NOTIFY changed)
public:
    explicit KioskSession(KioskCore &core, QObject *parent = nullptr);

    QString stage() const;
    QString unit() const { return m_unit; }
    int wrongPins() const { return m_wrongPins; }
    int pinsLeft() const;
    bool locked() const { return m_lockedUntilMs > m_core.now(); }
    QDateTime lockedUntil() const;
    QString lockedUntilText() const;
    QString message() const { return m_message; }
    bool checking() const { return m_checking; }
    void setLocale(const QLocale &locale) { m_locale = locale; }

    // The signed-in resident (16 bytes), empty before.
    const QByteArray &resident() const { return m_resident; }
    bool signedIn() const { return m_stage == Stage::Home; }

    // The text a card reader typed (digits; a trailing Enter or spaces are ignored). True when the
    // card is known: the stage becomes "pin".
    Q_INVOKABLE bool identifyByCard(const QString &text);
    Q_INVOKABLE bool identifyByUnit(const QString &unit);
    // True when the PIN is right: the stage becomes "home". Checks on the calling thread (tests,
    // tools); the screens use checkPin.
    Q_INVOKABLE bool submitPin(const QString &pin);
    // Starts checking the PIN on a worker thread; true when a check started (false, with a
    // message, for a PIN refused at once: not at the PIN stage, locked, not 4 to 12 digits, or a
    // check already running). pinChecked(right) follows, with the stage "home" when right.
    Q_INVOKABLE bool checkPin(const QString &pin);
    // Back to welcome, forgetting everything about the resident.
    Q_INVOKABLE void signOut();

Q_SIGNALS:
    void stageChanged();
    void changed();
    void signedInChanged(bool signedIn);
    void pinChecked(bool right);

private:
    enum class Stage { Welcome, Pin, Home };
    struct Candidate {
        QByteArray resident;
        QString unit;
    };
    struct CardState {
        QByteArray pinHash;
        int failures = 0;
        quint64 lockedUntilMs = 0;
    };
    Result<std::optional<CardState>> cardState(const QByteArray &resident) const;
    // Reads the candidates' cards: counts and lock (the largest of each).
    void readCounts();
    void setStage(Stage stage);
    void setMessage(const QString &message);
    void forget();
    // The cards that can take a PIN now (their hashes alongside), or nullopt with the message set.
    struct PinCheck {
        std::vector<Candidate> open;
        std::vector<QByteArray> hashes;
    };
    std::optional<PinCheck> preparePinCheck(const QString &pin);
    // The index of the first hash the PIN matches, or -1. Thread-safe (touches nothing shared).
    static int matchPin(const std::vector<QByteArray> &hashes, QByteArrayView pin);
    // Records the answer: success (and sign-in when `signIn`) or a failure against every card.
    bool finishPinCheck(PinCheck &check, int match, bool signIn);

    KioskCore &m_core;
    QLocale m_locale;
    Stage m_stage = Stage::Welcome;
    std::vector<Candidate> m_candidates;
    QByteArray m_resident;
    QString m_unit;
    int m_wrongPins = 0;
    quint64 m_lockedUntilMs = 0;
    QString m_message;
    bool m_checking = false;
    quint64 m_generation = 0; // bumped by forget(): an answer for an earlier resident signs nobody in
};

} // namespace courtyard::kiosk
