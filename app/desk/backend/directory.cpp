#include "app/desk/backend/directory.h"

#include "app/desk/backend/desk_tr.h"

#include <QCoreApplication>

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace courtyard::desk {

Result<void> Directory::load()
{
    QFile f(m_path);
    if (!f.exists()) {
        m_residents = {};
        return {};
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::desk", "cannot read the directory %1: %2").arg(m_path, f.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(ErrorCode::Malformed, QCoreApplication::translate("courtyard::desk", "the directory %1 is damaged (%2); restore it from a backup").arg(m_path, error.errorString()));
    }
    m_residents = document.object().value(QStringLiteral("residents")).toObject();
    return {};
}

DirectoryEntry Directory::resident(const QString &idHex) const
{
    const QJsonObject o = m_residents.value(idHex).toObject();
    return {o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("phone")).toString(),
            o.value(QStringLiteral("note")).toString()};
}

Result<void> Directory::setResident(const QString &idHex, const DirectoryEntry &entry)
{
    QJsonObject residents = m_residents;
    residents.insert(idHex, QJsonObject{{QStringLiteral("name"), entry.name.trimmed()},
                                        {QStringLiteral("phone"), entry.phone.trimmed()},
                                        {QStringLiteral("note"), entry.note.trimmed()}});
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::desk", "cannot write the directory %1: %2").arg(m_path, f.errorString()));
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("residents"), residents}}).toJson());
    if (!f.commit()) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::desk", "cannot write the directory %1: %2").arg(m_path, f.errorString()));
    }
    m_residents = std::move(residents);
    return {};
}

} // namespace courtyard::desk
