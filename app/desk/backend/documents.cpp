#include "app/desk/backend/documents.h"

#include "app/desk/backend/desk_tr.h"

#include <QCoreApplication>
#include "core/crypto/crypto.h"

#include <QDir>
#include <QFile>
#include <QUrl>

namespace courtyard::desk {

Result<QString> sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.exists()) {
        return fail(ErrorCode::NotFound, QCoreApplication::translate("courtyard::desk", "the file %1 does not exist; choose it again").arg(path));
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::desk", "cannot read %1: %2").arg(path, f.errorString()));
    }
    crypto::Sha256 hash;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        if (chunk.isEmpty() && f.error() != QFileDevice::NoError) {
            return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::desk", "cannot read %1: %2").arg(path, f.errorString()));
        }
        hash.add(chunk);
    }
    return QString::fromLatin1(crypto::toByteArray(hash.finish()).toHex());
}

Result<QString> DocumentStore::add(const QString &given) const
{
    const QString path = given.startsWith(QLatin1String("file:")) ? QUrl(given).toLocalFile() : given;
    CY_TRY(const QString hash, sha256OfFile(path));
    if (!QDir().mkpath(m_folder)) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::desk", "cannot make the documents folder %1").arg(m_folder));
    }
    const QString target = QDir(m_folder).filePath(hash);
    if (QFile::exists(target)) {
        return hash;
    }
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (!QFile::copy(path, partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::desk", "cannot copy %1 into the documents folder %2").arg(path, m_folder));
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ReadGroup);
    return hash;
}

QString DocumentStore::pathOf(const QString &hashHex) const
{
    const QString path = QDir(m_folder).filePath(hashHex.toLower());
    return QFile::exists(path) ? path : QString();
}

Result<bool> DocumentStore::verify(const QString &hashHex) const
{
    const QString path = pathOf(hashHex);
    if (path.isEmpty()) {
        return false;
    }
    CY_TRY(const QString actual, sha256OfFile(path));
    if (actual != hashHex.toLower()) {
        return fail(ErrorCode::Integrity, QCoreApplication::translate("courtyard::desk", "the stored document %1 was changed: its SHA-256 is now %2").arg(hashHex, actual));
    }
    return true;
}

} // namespace courtyard::desk
