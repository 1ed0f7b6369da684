// How a dishonest community server is made for the tamper tests: someone who holds the server's
// data folder (the ledger and the sealing key file with its passphrase) writes another ledger
// file and puts it in place of ledger.db while courtyardd is stopped. Blocks and transactions are
// append-only in SQLite (triggers), so history is "rewritten" the only way it can be: a new
// ledger file that copies the real one up to some height (each block through acceptBlock, so the
// copy is byte for byte the same) and then continues with other blocks, all sealed with the real
// sealer key. Every block of such a ledger is correctly signed and chained; only a device that
// remembers what it verified can tell.
#pragma once

#include "tests/server/server_process.h"

#include "core/state/state.h"

#include <QFile>

namespace courtyard::testing {

// The sealer key as courtyardd reads it: data/sealer.key opened with data/passphrase.
inline Result<crypto::KeyPair> sealerFromDataDir(const QString &dataDir)
{
    QFile key(dataDir + QStringLiteral("/sealer.key"));
    QFile pass(dataDir + QStringLiteral("/passphrase"));
    if (!key.open(QIODevice::ReadOnly) || !pass.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, QStringLiteral("cannot read the key files in ") + dataDir);
    }
    return crypto::openKeyFile(key.readAll(), pass.readAll().trimmed());
}

// A new ledger at `to` holding blocks 0..lastHeight of the ledger at `from`, copied exactly.
inline Result<std::unique_ptr<node::Ledger>> copyLedger(const QString &from, const QString &to, quint64 lastHeight,
                                                        const contracts::Registry &registry)
{
    CY_TRY(std::unique_ptr<store::Store> source, store::Store::open(from, store::OpenOptions{true, std::nullopt}));
    const auto sealedOf = [](const store::StoredBlock &b) {
        return ledger::SealedBlock::fromParts(b.header, b.signature, b.checkpointSignature);
    };
    const auto transactionsOf = [](const store::StoredBlock &b) -> Result<std::vector<ledger::Transaction>> {
        std::vector<ledger::Transaction> txs;
        for (const store::StoredTransaction &t : b.transactions) {
            CY_TRY(ledger::Transaction tx, ledger::Transaction::decode(t.bytes));
            txs.push_back(std::move(tx));
        }
        return txs;
    };
    CY_TRY(const store::StoredBlock block0, source->block(0));
    CY_TRY(const ledger::SealedBlock sealed0, sealedOf(block0));
    CY_TRY(const std::vector<ledger::Transaction> genesis, transactionsOf(block0));
    CY_TRY(std::unique_ptr<node::Ledger> copy, node::Ledger::createFromGenesisBlock(to, registry, sealed0, genesis.at(0)));
    for (quint64 h = 1; h <= lastHeight; ++h) {
        CY_TRY(const store::StoredBlock b, source->block(h));
        CY_TRY(const ledger::SealedBlock sealed, sealedOf(b));
        CY_TRY(const std::vector<ledger::Transaction> txs, transactionsOf(b));
        CY_CHECK(copy->acceptBlock(sealed, txs));
    }
    return copy;
}

// The transactions of block `height` of the ledger at path.
inline Result<std::vector<ledger::Transaction>> blockTransactions(const QString &path, quint64 height)
{
    CY_TRY(std::unique_ptr<store::Store> s, store::Store::open(path, store::OpenOptions{true, std::nullopt}));
    CY_TRY(const store::StoredBlock b, s->block(height));
    std::vector<ledger::Transaction> txs;
    for (const store::StoredTransaction &t : b.transactions) {
        CY_TRY(ledger::Transaction tx, ledger::Transaction::decode(t.bytes));
        txs.push_back(std::move(tx));
    }
    return txs;
}

// Seals txs into the next block of ledger at timeMs, as an honest server would (each must pass
// its contract).
inline Result<ledger::SealedBlock> sealHonestly(node::Ledger &ledger, const std::vector<ledger::Transaction> &txs, quint64 timeMs,
                                               const crypto::KeyPair &sealer)
{
    for (const ledger::Transaction &tx : txs) {
        CY_TRY(const std::optional<contracts::Rejection> refused, ledger.submit(tx, timeMs));
        if (refused) {
            return fail(ErrorCode::InvalidArgument, refused->code + QStringLiteral(": ") + refused->message);
        }
    }
    CY_TRY(node::SealOutcome sealed, ledger.sealPending(timeMs, sealer));
    if (!sealed.block || !sealed.dropped.empty()) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a transaction was dropped at sealing"));
    }
    return *sealed.block;
}

// Seals txs into the next block with the state root of the state BEFORE them in its header (a
// server that did not run, or ran other, contracts), while the stored state gets their real
// effects. Correctly signed and chained; only re-running the contracts shows it. The ledger's
// own check at open compares only its last block's root with the stored state, so seal an
// honest block after this one for courtyardd to open the file.
inline Result<ledger::SealedBlock> sealWithStaleStateRoot(node::Ledger &ledger, const std::vector<ledger::Transaction> &txs,
                                                          quint64 timeMs, const crypto::KeyPair &sealer)
{
    store::Store &s = ledger.store();
    CY_TRY(const merkle::Hash before, s.stateRoot());
    CY_TRY(const quint64 blockTime, s.nextBlockTime(timeMs));
    store::BlockEffects effects;
    quint64 logIndex = s.log().size();
    for (const ledger::Transaction &tx : txs) {
        const state::OverlayView view(s.state(), effects.delta);
        auto applied = ledger.engine().apply(view, tx, blockTime);
        if (!applied) {
            return fail(ErrorCode::InvalidArgument, applied.error().code + QStringLiteral(": ") + applied.error().message);
        }
        const std::vector<store::PostingRow> rows = node::postingRows(logIndex++, applied->postings);
        effects.postings.insert(effects.postings.end(), rows.begin(), rows.end());
        effects.delta.merge(applied->delta);
    }
    CY_TRY(const merkle::Hash after, s.stateRootWith(effects.delta));
    if (after == before) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("these transactions do not change the state"));
    }
    return s.sealNext(txs, before, blockTime, sealer, effects);
}

// Puts the ledger file at forged (closed: no Ledger open on it) in place of the server's ledger
// (courtyardd must be stopped); the real one is kept beside it as ledger.db.real.
inline bool replaceServerLedger(const ServerProcess &server, const QString &forged)
{
    const QString path = server.ledgerPath();
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString from = path + QLatin1String(suffix);
        const QString real = path + QStringLiteral(".real") + QLatin1String(suffix);
        QFile::remove(real);
        if (QFile::exists(from) && !QFile::rename(from, real)) {
            return false;
        }
    }
    return QFile::rename(forged, path);
}

} // namespace courtyard::testing
