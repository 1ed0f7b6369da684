#pragma once

#include "core/base/result.h"
#include "core/crypto/crypto.h"
#include "core/store/store.h"

#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace courtyard::cli {

// A demo community: keys for the server, a committee of three (quorum 2), a manager and two
// lobby kiosks, and a ledger of plausible activity made the way devices make it: each
// transaction is signed into its author's outbox with the next sequence number, then sealed
// into blocks by the server key. Deterministic for a given seed, so runs can be compared.
struct DemoOptions {
    QString ledgerPath;
    int transactions = 3000; // besides genesis
    int blockSize = 100;
    quint64 seed = 20261121;
    quint64 startTimeMs = 1798761600000; // 2027-01-01T00:00:00Z
    bool viaOutbox = true;               // false: sign directly (faster, for large benchmark stores)
    std::function<void(int done, int total)> progress;
};

struct DemoKeys {
    crypto::KeyPair server;
    std::vector<crypto::KeyPair> committee;
    crypto::KeyPair manager;
    std::vector<crypto::KeyPair> kiosks;
};

struct DemoResult {
    std::unique_ptr<store::Store> store;
    quint64 blocks = 0;
    quint64 transactions = 0;
    QMap<QString, int> kinds;
};

DemoKeys demoKeys(quint64 seed);
Result<DemoResult> buildDemoCommunity(const DemoOptions &options, const DemoKeys &keys);

} // namespace courtyard::cli
