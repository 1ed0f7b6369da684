#include "app/kiosk/backend/config.h"

#include "core/sync/protocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace courtyard::kiosk {

Result<KioskConfig> loadKioskConfig(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile()) {
        return fail(ErrorCode::NotFound, QCoreApplication::translate("courtyard::kiosk", "there is no kiosk configuration at %1").arg(path));
    }
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::kiosk", "%1 is not a readable INI file").arg(path));
    }
    const QDir base = file.absoluteDir();
    const auto resolve = [&](const QString &p) { return p.isEmpty() ? p : QDir::cleanPath(base.absoluteFilePath(p)); };
    static const QStringList known{QStringLiteral("ledger"),     QStringLiteral("key"),          QStringLiteral("passphrase_file"),
                                   QStringLiteral("server"),     QStringLiteral("server_pin"),   QStringLiteral("staff_pin_hash"),
                                   QStringLiteral("journal"),    QStringLiteral("max_payment"),  QStringLiteral("idle_seconds"),
                                   QStringLiteral("sqlite_memory_mib")};
    ini.beginGroup(QStringLiteral("kiosk"));
    for (const QString &k : ini.childKeys()) {
        if (!known.contains(k)) {
            return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::kiosk", "%1: unknown key '%2' in [kiosk]").arg(path, k));
        }
    }
    KioskConfig c;
    c.ledgerPath = resolve(ini.value(QStringLiteral("ledger")).toString());
    c.keyFile = resolve(ini.value(QStringLiteral("key")).toString());
    c.passphraseFile = resolve(ini.value(QStringLiteral("passphrase_file")).toString());
    if (c.ledgerPath.isEmpty() || c.keyFile.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::kiosk", "%1: 'ledger' and 'key' are required (what `courtyard enroll` made)").arg(path));
    }
    const QString server = ini.value(QStringLiteral("server")).toString();
    if (!server.isEmpty()) {
        c.server = QUrl(server);
        if (!c.server.isValid() || c.server.scheme() != QLatin1String("wss") || c.server.host().isEmpty()) {
            return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::kiosk", "%1: 'server' must be wss://HOST:PORT").arg(path));
        }
        auto pin = sync::parseFingerprint(ini.value(QStringLiteral("server_pin")).toString());
        if (!pin) {
            return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::kiosk", "%1: 'server_pin' must be the server certificate's SHA-256 fingerprint").arg(path));
        }
        c.serverPin = *pin;
    }
    // QSettings reads an unquoted value with commas ("m=65536,t=2,p=1") as a list.
    const QVariant hash = ini.value(QStringLiteral("staff_pin_hash"));
    c.staffPinHash = (hash.userType() == QMetaType::QStringList ? hash.toStringList().join(QLatin1Char(',')) : hash.toString()).toLatin1();
    if (!c.staffPinHash.startsWith("$argon2id$")) {
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::kiosk", "%1: 'staff_pin_hash' must be the Argon2id hash of the staff PIN ($argon2id$...)").arg(path));
    }
    c.journalPath = resolve(ini.value(QStringLiteral("journal")).toString());
    if (c.journalPath.isEmpty()) {
        c.journalPath = c.ledgerPath + QStringLiteral(".payments");
    }
    c.maxPayment = ini.value(QStringLiteral("max_payment"), c.maxPayment).toString();
    bool ok = false;
    c.idleSeconds = ini.value(QStringLiteral("idle_seconds"), c.idleSeconds).toInt(&ok);
    if (!ok || c.idleSeconds < 10 || c.idleSeconds > 600) {
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::kiosk", "%1: 'idle_seconds' must be a whole number from 10 to 600").arg(path));
    }
    c.sqliteMemoryMiB = ini.value(QStringLiteral("sqlite_memory_mib"), c.sqliteMemoryMiB).toInt(&ok);
    if (!ok || c.sqliteMemoryMiB < 0 || c.sqliteMemoryMiB > 4096) {
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::kiosk", "%1: 'sqlite_memory_mib' must be a whole number from 0 (no limit) to 4096").arg(path));
    }
    return c;
}

} // namespace courtyard::kiosk
