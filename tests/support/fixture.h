// Test fixtures shared by the core test programs: deterministic keys, a small community and
// ledgers built through the real store.
#pragma once

#include "core/ledger/genesis.h"
#include "core/ledger/transaction.h"
#include "core/store/store.h"

#include <QtTest>

#include <memory>
#include <vector>

// QVERIFY2 evaluates its message eagerly; these touch the error only when there is one.
#define CY_VERIFY_OK(result) \
    do { \
        const auto &cy_r_ = (result); \
        if (!cy_r_.has_value()) \
            QFAIL(qPrintable(cy_r_.error().message)); \
    } while (false)
#define CY_VERIFY_REPORT_OK(report) \
    do { \
        if (!(report).ok()) \
            QFAIL(qPrintable((report).problem->describe())); \
    } while (false)

namespace courtyard::testing {

// The same label always gives the same key.
crypto::KeyPair keyFor(const char *label, int index = 0);

struct Community {
    crypto::KeyPair server = keyFor("server");
    std::vector<crypto::KeyPair> committee;
    crypto::KeyPair manager = keyFor("manager");
    crypto::KeyPair kiosk = keyFor("kiosk");
    ledger::Genesis genesis;

    Community();
};

// A signed transaction of kind test.note whose payload carries `note` and `padding` bytes.
ledger::Transaction makeTransaction(const Community &c, const crypto::KeyPair &author, quint64 sequence,
                                    const QString &note = QStringLiteral("hello"), int padding = 16);

// Creates a ledger at path with genesis plus `blocks` blocks of `perBlock` transactions,
// alternating the manager and the kiosk as authors.
std::unique_ptr<store::Store> makeLedger(const QString &path, const Community &c, int blocks, int perBlock);

// A placeholder state root (the contracts will supply real ones).
crypto::Digest noState();

} // namespace courtyard::testing
