// A benchmark's cached ledger (built once beside the build, then reused) is reused only when this
// build reads it: one made by a build with another block format or schema would otherwise fail in
// the program under test, which is not what the benchmark measures.
#pragma once

#include "core/store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

namespace courtyard::bench {

// Removes the ledger at path (and its companions, e.g. an index made from it) when this build
// cannot open it or decode its last block, saying why; true when it did.
inline bool dropStaleLedgerCache(const QString &path, const QStringList &companions = {})
{
    if (!QFileInfo::exists(path)) {
        return false;
    }
    QString why;
    {
        store::OpenOptions options;
        options.readOnly = true;
        auto opened = store::Store::open(path, options);
        if (!opened) {
            why = opened.error().message;
        } else if (auto tip = (*opened)->tip(); !tip) {
            why = tip.error().message;
        } else {
            return false;
        }
    }
    std::fprintf(stderr, "the cached ledger %s cannot be used by this build (%s): building it again\n", qPrintable(path), qPrintable(why));
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")} + companions) {
        QFile::remove(file);
    }
    return true;
}

} // namespace courtyard::bench
