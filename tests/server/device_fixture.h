// Devices for the tests against a real courtyardd: a device ledger begun from the server's block
// 0, a SyncClient pinned to the server with short backoffs, outbox entries, and `courtyard sync`.
#pragma once

#include "tests/server/server_process.h"

#include "app/sync/sync_client.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

#include <functional>
#include <tuple>

namespace courtyard::testing {

inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QTest::qWait(10);
    }
    return done();
}

// A device ledger at path, begun from block 0 of the server's ledger file.
inline std::unique_ptr<node::Ledger> deviceLedger(const ServerProcess &server, const QString &path, const contracts::Registry &registry)
{
    auto source = store::Store::open(server.ledgerPath(), store::OpenOptions{true, std::nullopt});
    CY_ASSERT(source.has_value());
    auto block0 = (*source)->block(0);
    CY_ASSERT(block0.has_value());
    auto sealed = ledger::SealedBlock::fromParts(block0->header, block0->signature, block0->checkpointSignature);
    auto genesisTx = ledger::Transaction::decode(block0->transactions.at(0).bytes);
    CY_ASSERT(sealed.has_value() && genesisTx.has_value());
    auto ledger = node::Ledger::createFromGenesisBlock(path, registry, *sealed, *genesisTx);
    if (!ledger) {
        qFatal("%s", qPrintable(ledger.error().message));
    }
    return std::move(*ledger);
}

inline std::unique_ptr<syncclient::SyncClient> syncClient(node::Ledger &ledger, const crypto::KeyPair &key, const ServerProcess &server)
{
    syncclient::SyncOptions options;
    options.server = server.url();
    options.pin = server.pin();
    options.initialBackoffMs = 50;
    options.maxBackoffMs = 400;
    return std::make_unique<syncclient::SyncClient>(ledger, key, options);
}

// Puts a transaction of author into the device's outbox (durable, as the UI does before "done").
inline ledger::TxId enqueue(node::Ledger &ledger, const ServerCommunity &c, const crypto::KeyPair &author, const QString &kind,
                            const cbor::Value &payload)
{
    auto entry = ledger.store().enqueue(author.publicKey(), kServerStart, [&](quint64 sequence) {
        return ledger::Transaction::create(ledger::TransactionBody{kind, 1, c.genesis.communityId, author.publicKey(), sequence, payload},
                                           author);
    });
    CY_ASSERT(entry.has_value());
    return entry->id;
}

inline cbor::Value unitPayload(const QString &number)
{
    return cbor::Value::fromMap({{QStringLiteral("number"), cbor::Value::fromText(number)},
                                 {QStringLiteral("area"), cbor::Value::fromUnsigned(6000)},
                                 {QStringLiteral("share"), cbor::Value::fromUnsigned(100)}});
}

inline cbor::Value cashPayload(const QString &unit, qint64 amount, const QString &receipt)
{
    return cbor::Value::fromMap({{QStringLiteral("unit"), cbor::Value::fromText(unit)},
                                 {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
                                 {QStringLiteral("receipt"), cbor::Value::fromText(receipt)}});
}

// The sum of the postings to an account (minor units; credits negative).
inline qint64 accountSum(store::Store &store, const QString &account)
{
    auto rows = store.postingsForAccount(account);
    CY_ASSERT(rows.has_value());
    qint64 total = 0;
    for (const auto &p : *rows) {
        total += p.amount;
    }
    return total;
}

// `courtyard sync` of the ledger at db with key (a key file sealed here with the test passphrase).
struct CliResult {
    int code = -1;
    QString out;
    QString err;
};
inline CliResult runCliSync(const ServerProcess &server, const QString &db, const QString &keyPath, const QString &passPath,
                            const QStringList &extra = {})
{
    QProcess p;
    p.start(QStringLiteral(COURTYARD_CLI),
            QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--server"), server.url().toString(),
                        QStringLiteral("--pin"), sync::fingerprintText(server.pin()), QStringLiteral("--key"), keyPath,
                        QStringLiteral("--passphrase-file"), passPath, QStringLiteral("--timeout"), QStringLiteral("20")}
                + extra);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// Writes key sealed with kServerPassphrase to keyPath and the passphrase to passPath.
inline bool writeKeyFile(const crypto::KeyPair &key, const QString &keyPath, const QString &passPath)
{
    auto sealed = crypto::sealKeyFile(key, kServerPassphrase, QStringLiteral("device"), crypto::KdfStrength::Interactive);
    return sealed && ServerProcess::write(keyPath, *sealed) && ServerProcess::write(passPath, kServerPassphrase + '\n');
}

} // namespace courtyard::testing
