#pragma once

#include <QString>

#include <vector>

namespace courtyard::store {

// One schema step. Steps are applied in order, each in its own transaction together with the
// PRAGMA user_version bump, so a crash leaves the database at a whole version.
struct Migration {
    int version;
    const char *sql;
};

// The version that adds log_leaves; Store::migrate fills it from the stored transactions.
inline constexpr int kLeafCacheSchemaVersion = 5;

const std::vector<Migration> &migrations();
int latestSchemaVersion();

// "CYRD": marks the file as a Courtyard ledger for `file(1)` and for our own open().
inline constexpr int kApplicationId = 0x43595244;

} // namespace courtyard::store
