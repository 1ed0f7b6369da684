#pragma once

#include "app/node/node.h"
#include "contracts/engine.h"
#include "core/base/result.h"
#include "core/crypto/crypto.h"
#include "core/store/store.h"

#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace courtyard::cli {

// What the node spent building a demo community (for courtyard-bench): wall time inside
// node::Ledger::submit and ::sealPending only. Signing, choosing what to do next and the
// callbacks happen outside the timers.
struct DemoMeter {
    struct Close {
        QString period;
        double submitSeconds = 0; // the close's submit: its contract run once
        double sealSeconds = 0;   // its block, alone, sealed at once: effects reused, state root, writing, commit
    };
    double submitSeconds = 0;
    double sealSeconds = 0;
    quint64 submitted = 0; // transactions accepted by submit
    quint64 blocks = 0;    // blocks sealed
    QMap<QString, double> submitSecondsByKind;
    std::vector<Close> closes;
    // Called before each period's close is submitted, with nothing pending; and once more at the
    // end (with an empty period). Outside the timers. A failure stops the demo.
    std::function<Result<void>(const QString &period, node::Ledger &ledger)> beforeClose;
};

// A demo community: keys for the server, a committee of three (quorum 2), a manager, two lobby
// kiosks and an auditor, and a ledger of a community's life run through its contracts
// (node::Ledger with the standard contracts): the committee grants the roles and sets the fee
// rule, the manager registers 40 units with their residents, cards and leases, then month after
// month the period is closed and billed, residents pay (mostly on time, some late, partly or
// too much), repairs go from request to payment and expenses are recorded. Blocks are sealed by
// the server key with the simulated time. Deterministic for a given seed, so runs can be compared.
struct DemoOptions {
    QString ledgerPath;
    int transactions = 3000; // besides genesis: the demo stops at exactly this many
    int blockSize = 100;     // transactions per block (the last block may hold fewer)
    quint64 seed = 20261121;
    quint64 startTimeMs = 1798761600000; // 2027-01-01T00:00:00Z
    bool viaOutbox = true;               // buildSyntheticLedger only: false signs directly (faster)
    std::function<void(int done, int total)> progress;
    // buildDemoCommunity only:
    int units = 40;  // 40: the demo's 4 buildings of 5 floors; more: buildings of 25 floors of 4 flats
    int months = 0;  // > 0: stop after this many periods (with their month's activity) if not full before
    DemoMeter *meter = nullptr; // times the node's work; each close then gets a block of its own
};

struct DemoKeys {
    crypto::KeyPair server;
    std::vector<crypto::KeyPair> committee;
    crypto::KeyPair manager;
    std::vector<crypto::KeyPair> kiosks;
    crypto::KeyPair auditor;
};

struct DemoResult {
    std::unique_ptr<store::Store> store;
    quint64 blocks = 0;
    quint64 transactions = 0;
    QMap<QString, int> kinds;
};

// What the demo did, in figures (the same for the same options).
struct DemoFigures {
    int months = 0; // periods closed
    int units = 0;
    int residents = 0;
    int cards = 0;
    int leases = 0;
    int invoicesIssued = 0; // invoices in the final state (deposits, rent, fees, late fees)
    int invoicesPaid = 0;   // of those, paid in full
    int payments = 0;
    int paymentsOnTime = 0; // on or before the due day
    int paymentsLate = 0;
    int paymentsPartial = 0;
    int paymentsOver = 0; // more than was owed: prepaid credit
    int pinFailures = 0;  // wrong PINs the kiosks recorded (each followed by the right one)
    int repairsRequested = 0;
    int repairsPaid = 0;
    int expenses = 0;
    qint64 debits = 0; // trial balance totals, minor units of the currency
    qint64 credits = 0;
};

struct DemoCommunity {
    std::unique_ptr<contracts::Registry> registry; // outlives the ledger (declared first)
    std::unique_ptr<node::Ledger> ledger;
    quint64 blocks = 0;
    quint64 transactions = 0; // besides genesis
    QMap<QString, int> kinds;
    DemoFigures figures;
};

DemoKeys demoKeys(quint64 seed);
// The demo's cards: the resident of the i-th unit registered (0-based: "1-0101" is 0, "1-0102"
// is 1, ...) holds card number "8800000001" + i, which a keyboard-wedge reader types as these
// digits; the card is enrolled as the SHA-256 of that text. Every demo card's PIN is kDemoPin.
QString demoCardNumber(int index);
inline constexpr char kDemoPin[] = "2468";
// The demo community through the contracts; fails if a contract refuses one of its transactions.
Result<DemoCommunity> buildDemoCommunity(const DemoOptions &options, const DemoKeys &keys);
// A ledger of made-up transactions no contract checks, sealed with a placeholder state root:
// only for benchmarks of the store and the verifier on large ledgers (100,000+ transactions).
Result<DemoResult> buildSyntheticLedger(const DemoOptions &options, const DemoKeys &keys);

} // namespace courtyard::cli
