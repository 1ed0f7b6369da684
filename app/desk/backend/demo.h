// courtyard/desk: the embedded demo (`courtyard-desk --demo`).
//
// The same community as the kiosk's demo (app/kiosk/backend/demo.h): the CLI's demo community
// (app/cli/demo.h) through the real contracts, `months` months of history ending last month,
// this month not closed yet (so the billing preview has a period to show), and a few repair
// requests waiting for the manager; courtyardd's Sequencer and Server in this process on
// 127.0.0.1 (a new self-signed certificate) sealing every 500 ms; and this desk as a device of
// the community with its own copy of the ledger kept in step by a SyncClient over TLS. The
// demo's manager, first committee member and auditor get key files sealed with passphrases
// (<dir>/keys/*.key); the sign-in screen offers them (identities()), docs/desk.md lists them.
//
// Thread-safety: GUI thread.
#pragma once

#include "app/desk/backend/desk.h"

#include <QTemporaryDir>

namespace courtyard::server {
class Server;
}

namespace courtyard::desk {

inline constexpr char kDemoManagerPassphrase[] = "manager-demo";
inline constexpr char kDemoCommitteePassphrase[] = "committee-demo";
inline constexpr char kDemoAuditorPassphrase[] = "auditor-demo";

struct DeskDemoOptions {
    QString dir;    // empty: a temporary folder removed at the end
    int months = 6; // of history before this month
    quint64 seed = 20261121;
    quint64 nowMs = 0; // 0: the wall clock
    int blockIntervalMs = 500;
    bool server = true; // false: no server, the desk works offline (tests)
};

// Builds the demo and opens the desk on it; the desk keeps the demo (and its server) alive.
Result<std::unique_ptr<Desk>> openDemoDesk(const DeskDemoOptions &options);

} // namespace courtyard::desk
