// courtyard/kiosk: the kiosk's configuration file.
//
// An INI file (QSettings), group [kiosk]; docs/kiosk.md lists every key:
//   ledger          the device's ledger made by `courtyard enroll` (required)
//   key             the device's key file (required), opened with the passphrase from
//   passphrase_file its first line (or COURTYARD_PASSPHRASE)
//   server          wss://HOST:PORT of courtyardd (empty: the kiosk stays offline)
//   server_pin      the server certificate's SHA-256 fingerprint (required with server)
//   staff_pin_hash  the Argon2id hash of the staff PIN ($argon2id$..., from `courtyard-kiosk
//                   --hash-staff-pin` or crypto::hashPin): the PIN itself is never stored
//   journal         the payment journal (default: <ledger>.payments)
//   max_payment     the most one payment may be, in the currency's major units (default 100000)
//   idle_seconds    seconds without a touch before "Are you still there?" (default 45)
// Relative paths are relative to the file's folder.
//
// Errors: NotFound (no file), InvalidArgument naming the key that is missing or wrong.
// Thread-safety: plain values and functions.
#pragma once

#include "core/base/result.h"
#include "core/crypto/crypto.h"

#include <QString>
#include <QUrl>

namespace courtyard::kiosk {

struct KioskConfig {
    QString ledgerPath;
    QString keyFile;
    QString passphraseFile;
    QUrl server;
    crypto::Digest serverPin{};
    QByteArray staffPinHash;
    QString journalPath;
    QString maxPayment = QStringLiteral("100000");
    int idleSeconds = 45;
    // SQLite's heap in this process, in MiB (sqlite3_soft_heap_limit64): the ledger's page cache
    // gives pages back to stay under it. Every Store asks for a 64 MiB cache (right for the
    // server's big blocks); a kiosk reads little after its start and fills that cache only by
    // opening the ledger. 0: no limit.
    int sqliteMemoryMiB = 16;
};

Result<KioskConfig> loadKioskConfig(const QString &path);

} // namespace courtyard::kiosk
