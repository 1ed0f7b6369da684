// courtyard/kiosk: the durable journal of payment attempts.
//
// Before the kiosk asks the terminal for money it writes the attempt down (SQLite, WAL,
// synchronous=FULL, one row per attempt under its reference): unit, resident, amount, the
// invoices named, and its state. Each answer of the terminal is written before the kiosk acts on
// it. So whatever happens — a double tap, a retry after a terminal time-out, a crash or a power
// cut between the terminal's approval and the outbox — the kiosk knows which attempt a charge
// belongs to, records at most one payment.kiosk per attempt (its reference is the payment's
// reference), and finishes what a crash interrupted when it starts again (PaymentFlow::recover).
//
// States: started (terminal asked) → approved (money taken) → recorded (payment.kiosk in the
// outbox, tx id kept); or declined, cancelled, void (the terminal never charged it); timed-out
// stays open until a retry or the recovery learns the outcome.
//
// Errors: Database/DiskFull/Io from SQLite; NotFound for an unknown reference.
// Thread-safety: one thread.
#pragma once

#include "core/base/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

struct sqlite3;

namespace courtyard::kiosk {

struct PaymentAttempt {
    QString reference;
    QString unit;
    QByteArray resident;
    qint64 amount = 0;          // minor units
    QStringList invoices;       // hex ids named, empty: oldest first
    QString state;              // started, approved, recorded, declined, cancelled, timed-out, void
    QString approvalCode;
    QByteArray txId;            // recorded: the payment.kiosk transaction
    quint64 createdMs = 0;
    quint64 updatedMs = 0;
};

class PaymentJournal {
public:
    // Opens or creates the journal file.
    static Result<std::unique_ptr<PaymentJournal>> open(const QString &path);
    ~PaymentJournal();
    PaymentJournal(const PaymentJournal &) = delete;
    PaymentJournal &operator=(const PaymentJournal &) = delete;

    // Writes a new attempt (state "started") durably. Conflict when the reference exists.
    Result<void> begin(const PaymentAttempt &attempt);
    // Moves an attempt to a state, with the approval code / tx id when given.
    Result<void> update(const QString &reference, const QString &state, quint64 atMs, const QString &approvalCode = QString(),
                        const QByteArray &txId = QByteArray());
    Result<PaymentAttempt> find(const QString &reference);
    // Attempts not finished: started, approved, timed-out.
    Result<std::vector<PaymentAttempt>> unresolved();
    Result<quint64> count();

private:
    PaymentJournal() = default;
    Result<void> exec(const char *sql);
    Error error(const QString &what) const;
    sqlite3 *m_db = nullptr;
};

} // namespace courtyard::kiosk
