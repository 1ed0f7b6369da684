// courtyard/desk: the documents folder: leases, quotes and invoices kept by their SHA-256.
//
// A document the manager attaches (a scanned lease, a vendor's quote or invoice) is copied to
// <data>/documents/<sha256 hex> and only its SHA-256 goes on the ledger; anyone holding the file
// can check it against the ledger, and the committee's expense trail opens it from here.
//
// Errors: NotFound for a missing file, Io when it cannot be read or copied, Integrity when a
// stored copy no longer has its hash.
// Thread-safety: plain functions.
#pragma once

#include "core/base/result.h"

#include <QString>

namespace courtyard::desk {

class DocumentStore {
public:
    explicit DocumentStore(QString folder) : m_folder(std::move(folder)) {}

    const QString &folder() const { return m_folder; }
    // Copies the file into the folder (if not there yet); returns its SHA-256 in hex.
    Result<QString> add(const QString &path) const;
    // The stored copy of hash (64 hex digits), or "" when this desk has none.
    QString pathOf(const QString &hashHex) const;
    // Re-reads the stored copy and checks its hash.
    Result<bool> verify(const QString &hashHex) const;

private:
    QString m_folder;
};

// SHA-256 of a file in hex, read in pieces.
Result<QString> sha256OfFile(const QString &path);

} // namespace courtyard::desk
