// courtyard/desk: the directory: residents' names and phone numbers, kept on this desk only.
//
// DESIGN.md keeps personal data off the ledger: the ledger knows a resident by a random id. The
// desk keeps what the office needs to reach people (name, phone, a note) in <data>/directory.json,
// next to its ledger, readable by its user only. Another desk has its own (the office exports and
// imports it by hand); moving a resident out on the ledger keeps the entry for the history.
//
// Errors: Io when the file cannot be written; a damaged file is Malformed (nothing is lost: it is
// not overwritten until it can be read).
// Thread-safety: GUI thread.
#pragma once

#include "core/base/result.h"

#include <QJsonObject>
#include <QString>

namespace courtyard::desk {

struct DirectoryEntry {
    QString name;
    QString phone;
    QString note;
};

class Directory {
public:
    explicit Directory(QString path) : m_path(std::move(path)) {}

    Result<void> load();
    const QString &path() const { return m_path; }

    DirectoryEntry resident(const QString &idHex) const;
    // Writes the file at once.
    Result<void> setResident(const QString &idHex, const DirectoryEntry &entry);

private:
    QString m_path;
    QJsonObject m_residents;
};

} // namespace courtyard::desk
