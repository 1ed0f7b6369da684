// courtyard-bench: how close whole-ledger verification comes to the speed of the signature
// checks it cannot avoid, how fast blocks commit and the Merkle log grows, how fast the node
// applies and seals a community's transactions, and how fast the books read a large ledger.
//
// Prints one JSON object on stdout (progress goes to stderr). Every rate is measured in the
// same run as the physical limit it is compared with, because the machine is shared and its
// speed drifts. See docs/benchmarks.md for what each number means and the targets.
//
// Phases:
//  1. raw Ed25519 verify/s: crypto_sign_verify_detached (via PublicKey::verify) on ~250-byte
//     messages shaped like transaction signing messages, on one thread and on --threads threads.
//  2. a demo ledger of --transactions transactions (app/cli/demo: the same generator as
//     `courtyard demo`), built once; its build time includes signing.
//  3. append+commit: the demo ledger's blocks replayed into a fresh ledger with
//     Store::appendBlock (decoding happens outside the timer; no signing at all).
//  4. full-store verify: Store::open read-only, as `courtyard verify` does (timed apart: it
//     rebuilds the Merkle log), then verify::verifyStore with threads=1 and threads=--threads,
//     each on a freshly opened store.
//  5. Merkle log appends of 200-byte leaves, against raw SHA-256 of the same bytes.
//  6. mix: apply+seal of a realistic community's life through node::Ledger (community_bench.h):
//     a --mix-units community, then --mix-months months of closes, payments and repairs; the
//     period close and the state root of a typical block as the state grows.
//  7. books: cli::statement of one unit and cli::trialBalance on a --books-transactions ledger
//     made through the contracts (cached with --ledger-cache), against 10 ms and 200 ms.
// --phases picks among verify (2-4), merkle (5), mix (6) and books (7).

#include "tests/bench/bench_util.h"
#include "tests/bench/ledger_cache.h"
#include "tests/bench/community_bench.h"

#include "app/cli/demo.h"
#include "core/crypto/crypto.h"
#include "core/ledger/block.h"
#include "core/ledger/transaction.h"
#include "core/merkle/merkle_log.h"
#include "core/store/store.h"
#include "core/verify/verifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>
#include <thread>
#include <vector>

namespace {

using namespace courtyard;
using namespace courtyard::bench;

constexpr double kTargetRatio1t = 0.8;
constexpr double kTargetRatio2t = 1.6;
constexpr int kLeafSize = 200;

// ---------------------------------------------------------------------------------------------
// 2./3. Ledgers

struct DemoBuild {
    double seconds = 0;
    quint64 blocks = 0;
    quint64 logSize = 0;
    bool reused = false;
};

DemoBuild buildOrReuseDemo(const QString &path, int transactions, int blockSize, quint64 seed)
{
    DemoBuild build;
    dropStaleLedgerCache(path);
    if (QFile::exists(path)) {
        auto store = store::Store::open(path);
        if (!store) {
            die(QStringLiteral("cannot reuse %1: %2").arg(path, store.error().message));
        }
        build.reused = true;
        build.blocks = (*store)->blockCount();
        build.logSize = (*store)->log().size();
        progress(
            QStringLiteral("reusing %1 (%2 blocks, %3 log entries)").arg(path).arg(build.blocks).arg(build.logSize));
        return build;
    }
    cli::DemoOptions options;
    options.ledgerPath = path;
    options.transactions = transactions;
    options.blockSize = blockSize;
    options.seed = seed;
    options.viaOutbox = false;
    int lastReported = 0;
    options.progress = [&](int done, int total) {
        if (done - lastReported >= total / 10 || done == total) {
            lastReported = done;
            progress(QStringLiteral("demo ledger: %1 / %2 transactions").arg(done).arg(total));
        }
    };
    const cli::DemoKeys keys = cli::demoKeys(seed);
    const Timer t;
    auto result = cli::buildSyntheticLedger(options, keys);
    if (!result) {
        die(QStringLiteral("cannot build the demo ledger: %1").arg(result.error().message));
    }
    build.seconds = t.wall();
    build.blocks = result->blocks;
    build.logSize = result->transactions;
    return build;
}

struct ReplayResult {
    quint64 transactions = 0; // appended, genesis block excluded
    quint64 blocks = 0;
    double appendSeconds = 0; // inside Store::appendBlock only
    double firstTenthRate = 0; // tx/s over the first 10% of blocks
    double lastTenthRate = 0; // tx/s over the last 10% of blocks
};

// Replays the source ledger's sealed blocks into a new ledger with Store::appendBlock: the cost
// of appending and durably committing blocks that are already sealed and signed.
ReplayResult replayAppend(const QString &sourcePath, const QString &targetPath, quint64 seed)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(targetPath + suffix);
    }
    auto source = store::Store::open(sourcePath);
    if (!source) {
        die(QStringLiteral("cannot open %1: %2").arg(sourcePath, source.error().message));
    }
    auto genesis = (*source)->genesis();
    auto block0 = (*source)->block(0);
    if (!genesis || !block0) {
        die(QStringLiteral("cannot read the genesis of %1").arg(sourcePath));
    }
    auto sealed0 = ledger::SealedBlock::fromParts(block0->header, block0->signature, block0->checkpointSignature);
    if (!sealed0) {
        die(QStringLiteral("cannot decode block 0: %1").arg(sealed0.error().message));
    }
    // Store::create seals block 0 itself; Ed25519 signing is deterministic, so with the demo's
    // server key and time it makes the same block 0 and the source's blocks extend it.
    const cli::DemoKeys keys = cli::demoKeys(seed);
    auto target = store::Store::create(targetPath, *genesis, keys.server, sealed0->header.timeMs);
    if (!target) {
        die(QStringLiteral("cannot create %1: %2").arg(targetPath, target.error().message));
    }

    ReplayResult result;
    const quint64 totalBlocks = (*source)->blockCount();
    const quint64 tenth = std::max<quint64>(1, (totalBlocks - 1) / 10);
    double firstSeconds = 0, lastSeconds = 0;
    quint64 firstTx = 0, lastTx = 0;
    std::optional<Error> failure;
    ledger::KeyCache keyCache; // without it every decode re-checks the keys (as costly as a signature check)
    auto ok = (*source)->forEachBlock(1, [&](store::StoredBlock &&stored) {
        auto sealed = ledger::SealedBlock::fromParts(stored.header, stored.signature, stored.checkpointSignature);
        if (!sealed) {
            failure = sealed.error();
            return false;
        }
        std::vector<ledger::Transaction> txs;
        txs.reserve(stored.transactions.size());
        for (const store::StoredTransaction &row : stored.transactions) {
            auto tx = ledger::Transaction::decode(row.bytes, &keyCache);
            if (!tx) {
                failure = tx.error();
                return false;
            }
            txs.push_back(std::move(*tx));
        }
        const Timer t;
        auto appended = (*target)->appendBlock(*sealed, txs);
        const double seconds = t.wall();
        if (!appended) {
            failure = appended.error();
            return false;
        }
        result.appendSeconds += seconds;
        result.transactions += txs.size();
        ++result.blocks;
        if (result.blocks <= tenth) {
            firstSeconds += seconds;
            firstTx += txs.size();
        }
        if (stored.height + tenth >= totalBlocks) {
            lastSeconds += seconds;
            lastTx += txs.size();
        }
        return true;
    });
    if (!ok) {
        die(QStringLiteral("cannot read %1: %2").arg(sourcePath, ok.error().message));
    }
    if (failure) {
        die(QStringLiteral("replaying the demo ledger failed: %1").arg(failure->message));
    }
    result.firstTenthRate = firstSeconds > 0 ? double(firstTx) / firstSeconds : 0;
    result.lastTenthRate = lastSeconds > 0 ? double(lastTx) / lastSeconds : 0;
    return result;
}

// ---------------------------------------------------------------------------------------------
// 4. Full-store verification

struct VerifyRun {
    double openSeconds = 0;
    double verifySeconds = 0;
    double verifyCpuSeconds = 0; // all threads
    double verifyMainCpuSeconds = 0; // the calling thread: decoding, checks, its share of signatures
    verify::Report report;
};

VerifyRun verifyOnce(const QString &path, int threads)
{
    VerifyRun run;
    store::OpenOptions readOnly; // as `courtyard verify` opens a ledger
    readOnly.readOnly = true;
    const Timer open;
    auto store = store::Store::open(path, readOnly);
    run.openSeconds = open.wall();
    if (!store) {
        die(QStringLiteral("cannot open %1: %2").arg(path, store.error().message));
    }
    const Timer t;
    auto report = verify::verifyStore(**store, verify::Options{threads});
    run.verifySeconds = t.wall();
    run.verifyCpuSeconds = t.cpu();
    run.verifyMainCpuSeconds = t.threadCpu();
    if (!report) {
        die(QStringLiteral("cannot verify %1: %2").arg(path, report.error().message));
    }
    if (!report->ok()) {
        die(QStringLiteral("the benchmark ledger does not verify: %1").arg(report->problem->describe()));
    }
    run.report = *report;
    return run;
}

// Where a 1-thread verification spends its time besides the signature checks: the steps the
// verifier takes (core/verify/verifier.cpp, Verifier::checkBlock, as of 2026-11-21), each timed
// on its own over the whole ledger, in CPU seconds of this thread. A model, not the verifier
// itself: "not_signature_checks" in the report is the measured total it should add up to.
struct Breakdown {
    quint64 blocks = 0;
    quint64 transactions = 0;
    quint64 signatures = 0; // transaction signatures (block signatures: 2 per block)
    double readCpu = 0; // Store::forEachBlock, callback does nothing
    double blockDecodeCpu = 0; // SealedBlock::fromParts, block signing message, checkpoint body
    double txDecodeCpu = 0; // Transaction::decode with a KeyCache
    double bookkeepingCpu = 0; // column and sequence checks (a QHash by author), once per transaction
    double signingMessageCpu = 0; // Transaction::signingMessage into a heap QByteArray
    double merkleCpu = 0; // MerkleLog::append of every transaction, root() twice per block
    double tipSeconds = 0; // one Store::tip() on this ledger (appendBlock and sealNext call it)
    double txBytes = 0; // average transaction size
    double messageBytes = 0; // average transaction signing message size
};

Breakdown breakdown(const QString &path)
{
    Breakdown b;
    auto store = store::Store::open(path);
    if (!store) {
        die(QStringLiteral("cannot open %1: %2").arg(path, store.error().message));
    }
    auto genesis = (*store)->genesis();
    if (!genesis) {
        die(QStringLiteral("cannot read the genesis of %1: %2").arg(path, genesis.error().message));
    }
    const QString origin = genesis->logOrigin();
    {
        constexpr int kTips = 5;
        const Timer t;
        for (int i = 0; i < kTips; ++i) {
            auto tip = (*store)->tip();
            if (!tip) {
                die(tip.error().message);
            }
        }
        b.tipSeconds = t.wall() / kTips;
    }
    {
        const Timer t;
        auto ok = (*store)->forEachBlock(0, [&](store::StoredBlock &&stored) {
            ++b.blocks;
            b.transactions += stored.transactions.size();
            return true;
        });
        b.readCpu = t.threadCpu();
        if (!ok) {
            die(ok.error().message);
        }
    }
    std::vector<store::StoredBlock> blocks;
    auto ok = (*store)->forEachBlock(0, [&](store::StoredBlock &&stored) {
        blocks.push_back(std::move(stored));
        return true;
    });
    if (!ok) {
        die(ok.error().message);
    }
    {
        std::vector<std::unique_ptr<QByteArray>> keep;
        const Timer t;
        for (const store::StoredBlock &stored : blocks) {
            auto sealed = ledger::SealedBlock::fromParts(stored.header, stored.signature, stored.checkpointSignature);
            if (!sealed) {
                die(sealed.error().message);
            }
            keep.push_back(std::make_unique<QByteArray>(ledger::blockSigningMessage(sealed->headerBytes)));
            keep.push_back(std::make_unique<QByteArray>(sealed->checkpoint(origin).body()));
        }
        b.blockDecodeCpu = t.threadCpu();
    }
    std::vector<ledger::Transaction> txs;
    txs.reserve(std::size_t(b.transactions));
    {
        ledger::KeyCache keys;
        const Timer t;
        for (const store::StoredBlock &stored : blocks) {
            for (const store::StoredTransaction &row : stored.transactions) {
                // As the verifier decodes: payloads validated, not built (genesis aside).
                auto tx = ledger::Transaction::decode(row.bytes, &keys,
                                                      row.logIndex == 0 ? ledger::PayloadDecoding::Full
                                                                        : ledger::PayloadDecoding::ValidateOnly);
                if (!tx) {
                    die(tx.error().message);
                }
                txs.push_back(std::move(*tx));
            }
        }
        b.txDecodeCpu = t.threadCpu();
    }
    {
        // The per-transaction checks between decoding and the signature queue: stored columns
        // against the signed bytes, the author's sequence, the signature list.
        QHash<QByteArray, quint64> lastSequence;
        quint64 mismatches = 0;
        std::size_t i = 0;
        const Timer t;
        for (const store::StoredBlock &stored : blocks) {
            for (const store::StoredTransaction &row : stored.transactions) {
                const ledger::Transaction &tx = txs[i++];
                const ledger::TransactionBody &body = tx.body();
                if (crypto::toByteArray(tx.id()) != row.id || row.kind != body.kind
                    || row.author != body.author.toByteArray() || row.sequence != qint64(body.sequence)) {
                    ++mismatches;
                }
                const QByteArray author = body.author.toByteArray();
                if (body.sequence <= lastSequence.value(author, 0) || !tx.isSignedBy(body.author)) {
                    ++mismatches;
                }
                lastSequence.insert(author, body.sequence);
                b.signatures += tx.signatures().size();
            }
        }
        b.bookkeepingCpu = t.threadCpu();
        if (mismatches != 0) {
            die(QStringLiteral("%1 transactions of the benchmark ledger do not check out").arg(mismatches));
        }
    }
    {
        std::vector<std::unique_ptr<QByteArray>> messages;
        messages.reserve(txs.size());
        const Timer t;
        for (const ledger::Transaction &tx : txs) {
            messages.push_back(std::make_unique<QByteArray>(ledger::Transaction::signingMessage(tx.bodyBytes())));
        }
        b.signingMessageCpu = t.threadCpu();
        double total = 0;
        for (const auto &m : messages) {
            total += double(m->size());
        }
        b.messageBytes = messages.empty() ? 0 : total / double(messages.size());
    }
    {
        merkle::MerkleLog log;
        quint8 acc = 0;
        const Timer t;
        for (const store::StoredBlock &stored : blocks) {
            for (const store::StoredTransaction &row : stored.transactions) {
                log.append(row.bytes);
            }
            acc ^= log.root()[0];
            acc ^= log.root()[1];
        }
        b.merkleCpu = t.threadCpu();
        Q_UNUSED(acc);
    }
    double total = 0;
    for (const ledger::Transaction &tx : txs) {
        total += double(tx.bytes().size());
    }
    b.txBytes = txs.empty() ? 0 : total / double(txs.size());
    return b;
}

// ---------------------------------------------------------------------------------------------
// 5. Merkle log

std::vector<QByteArray> makeLeaves(int distinct)
{
    std::vector<QByteArray> leaves;
    for (int i = 0; i < distinct; ++i) {
        QByteArray leaf;
        QByteArray seed = QByteArray::number(i);
        while (leaf.size() < kLeafSize) {
            seed = crypto::toByteArray(crypto::sha256(seed));
            leaf.append(seed);
        }
        leaf.truncate(kLeafSize);
        leaves.push_back(leaf);
    }
    return leaves;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("courtyard-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures raw Ed25519 verification, whole-ledger verification, block append+commit and Merkle "
                       "log appends. Prints one JSON object on stdout; progress on stderr."));
    parser.addHelpOption();
    const QCommandLineOption quickOpt(
        QStringLiteral("quick"), QStringLiteral("A smaller run (10,000 transactions, under 30 s)."));
    const QCommandLineOption txOpt(QStringLiteral("transactions"),
        QStringLiteral("Transactions in the ledger (default 100000; quick 10000)."), QStringLiteral("N"));
    const QCommandLineOption blockOpt(
        QStringLiteral("block-size"), QStringLiteral("Transactions per block (default 1000)."), QStringLiteral("N"));
    const QCommandLineOption threadsOpt(
        QStringLiteral("threads"), QStringLiteral("Threads of the parallel runs (default 2)."), QStringLiteral("N"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"),
        QStringLiteral("Repetitions of each verify measurement (default 3; quick 2)."), QStringLiteral("N"));
    const QCommandLineOption rawOpt(QStringLiteral("raw-verifies"),
        QStringLiteral("Raw verifications per thread (default 20000; quick 5000)."), QStringLiteral("N"));
    const QCommandLineOption merkleOpt(QStringLiteral("merkle-leaves"),
        QStringLiteral("Merkle appends (default 1000000; quick 100000)."), QStringLiteral("N"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"),
        QStringLiteral("Build the ledger in DIR and keep it; an existing DIR/bench.ledger is reused."),
        QStringLiteral("DIR"));
    const QCommandLineOption verifyOnlyOpt(
        QStringLiteral("verify-only"), QStringLiteral("Only the raw and full-store verify phases (for profiling)."));
    const QCommandLineOption noBreakdownOpt(
        QStringLiteral("no-breakdown"), QStringLiteral("Skip the verify cost breakdown."));
    const QCommandLineOption phasesOpt(QStringLiteral("phases"),
        QStringLiteral("Phases to run, comma-separated: verify, merkle, mix, books (default all)."),
        QStringLiteral("LIST"));
    const QCommandLineOption mixUnitsOpt(QStringLiteral("mix-units"),
        QStringLiteral("Units of the mix community (default 2000; quick 200)."), QStringLiteral("N"));
    const QCommandLineOption mixMonthsOpt(QStringLiteral("mix-months"),
        QStringLiteral("Months of the mix (default 13; quick 3)."), QStringLiteral("N"));
    const QCommandLineOption mixBlockOpt(QStringLiteral("mix-block-size"),
        QStringLiteral("Transactions per block in the mix (default 100)."), QStringLiteral("N"));
    const QCommandLineOption booksTxOpt(QStringLiteral("books-transactions"),
        QStringLiteral("Transactions of the books ledger (default 200000; quick 20000). The targets are for 1000000: "
                       "build it once with --ledger-cache."), QStringLiteral("N"));
    const QCommandLineOption booksUnitsOpt(QStringLiteral("books-units"),
        QStringLiteral("Units of the books ledger's community (default 2000; quick 200)."), QStringLiteral("N"));
    const QCommandLineOption booksBlockOpt(QStringLiteral("books-block-size"),
        QStringLiteral("Transactions per block of the books ledger (default 200)."), QStringLiteral("N"));
    const QCommandLineOption booksRepeatOpt(QStringLiteral("books-repeat"),
        QStringLiteral("Runs of each books query; the median counts (default 9)."), QStringLiteral("N"));
    const QCommandLineOption cacheOpt(QStringLiteral("ledger-cache"),
        QStringLiteral("The books ledger: reused if PATH exists, built there and kept otherwise."), QStringLiteral("PATH"));
    parser.addOptions({quickOpt, txOpt, blockOpt, threadsOpt, repeatOpt, rawOpt, merkleOpt, keepOpt, verifyOnlyOpt,
        noBreakdownOpt, phasesOpt, mixUnitsOpt, mixMonthsOpt, mixBlockOpt, booksTxOpt, booksUnitsOpt, booksBlockOpt, booksRepeatOpt,
        cacheOpt});
    parser.process(app);

    const bool quick = parser.isSet(quickOpt);
    const bool noBreakdown = parser.isSet(noBreakdownOpt);
    QStringList phases{QStringLiteral("verify"), QStringLiteral("merkle"), QStringLiteral("mix"), QStringLiteral("books")};
    if (parser.isSet(verifyOnlyOpt)) {
        phases = QStringList{QStringLiteral("verify")};
    } else if (parser.isSet(phasesOpt)) {
        const QStringList known = phases;
        phases = parser.value(phasesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &p : phases) {
            if (!known.contains(p)) {
                die(QStringLiteral("--phases: '%1' is not one of %2").arg(p, known.join(QStringLiteral(", "))));
            }
        }
    }
    const bool runVerify = phases.contains(QStringLiteral("verify"));
    const bool runMerkle = phases.contains(QStringLiteral("merkle"));
    const bool runMix = phases.contains(QStringLiteral("mix"));
    const bool runBooks = phases.contains(QStringLiteral("books"));
    const bool appendCommit = runVerify && !parser.isSet(verifyOnlyOpt);
    const auto intOption = [&](const QCommandLineOption &o, int fallback, int minimum) {
        if (!parser.isSet(o)) {
            return fallback;
        }
        bool ok = false;
        const int v = parser.value(o).toInt(&ok);
        if (!ok || v < minimum) {
            die(QStringLiteral("--%1 needs a whole number >= %2").arg(o.names().constFirst()).arg(minimum));
        }
        return v;
    };
    const int transactions = intOption(txOpt, quick ? 10000 : 100000, 1);
    const int blockSize = intOption(blockOpt, 1000, 1);
    const int threads = intOption(threadsOpt, 2, 1);
    const int repeat = intOption(repeatOpt, quick ? 2 : 3, 1);
    const int rawPerThread = intOption(rawOpt, quick ? 5000 : 20000, 100);
    const int merkleLeaves = intOption(merkleOpt, quick ? 100000 : 1000000, 1);
    const int mixUnits = intOption(mixUnitsOpt, quick ? 200 : 2000, 1);
    const int mixMonths = intOption(mixMonthsOpt, quick ? 3 : 13, 1);
    const int mixBlockSize = intOption(mixBlockOpt, 100, 1);
    const int booksTransactions = intOption(booksTxOpt, quick ? 20000 : 200000, 1);
    const int booksUnits = intOption(booksUnitsOpt, quick ? 200 : 2000, 1);
    const int booksRepeat = intOption(booksRepeatOpt, 9, 1);
    const int booksBlockSize = intOption(booksBlockOpt, 200, 1);
    const quint64 seed = 20261121;
    const int cores = int(std::thread::hardware_concurrency());

    crypto::initialize();
    const double loadBefore = loadAverage();
    const Timer total;

    // Where the ledgers live.
    std::optional<QTemporaryDir> tempDir;
    QString dir;
    if (parser.isSet(keepOpt)) {
        dir = QDir(parser.value(keepOpt)).absolutePath();
        if (!QDir().mkpath(dir)) {
            die(QStringLiteral("cannot create %1").arg(dir));
        }
    } else {
        tempDir.emplace(QDir::tempPath() + QStringLiteral("/courtyard-bench-XXXXXX"));
        if (!tempDir->isValid()) {
            die(QStringLiteral("cannot create a temporary directory: %1").arg(tempDir->errorString()));
        }
        dir = tempDir->path();
        temporaryFolder() = dir;
    }
    const QString ledgerPath = dir + QStringLiteral("/bench.ledger");
    const QString replayPath = dir + QStringLiteral("/bench-replay.ledger");

    // 1. The signed messages of the raw verify runs, which are interleaved with the full-store
    // runs below so that each pair sees the same machine.
    const std::vector<SignedMessage> messages = makeSignedMessages(1024);

    // 2. The demo ledger.
    DemoBuild build;
    if (runVerify) {
        progress(QStringLiteral("demo ledger of %1 transactions in blocks of %2 at %3")
                     .arg(transactions)
                     .arg(blockSize)
                     .arg(ledgerPath));
        build = buildOrReuseDemo(ledgerPath, transactions, blockSize, seed);
    }

    // 3. Append+commit.
    std::optional<ReplayResult> replay;
    if (appendCommit) {
        progress(QStringLiteral("append+commit: replaying the ledger's blocks into a new ledger"));
        replay = replayAppend(ledgerPath, replayPath, seed);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(replayPath + suffix);
        }
    }

    // 4. Raw and full-store verification, interleaved so that each pair sees the same machine.
    Samples raw1, rawN, raw1Cpu, store1, storeN, storeWithOpen1, store1Cpu, storeNMainCpu, ratio1, ratioN, ratio1Cpu,
        ratioNCpuEst;
    // The fastest run of each kind (the least disturbed) gives the timings and the breakdown.
    VerifyRun best1, bestN;
    const auto keepFastest = [](VerifyRun &best, const VerifyRun &run) {
        if (best.verifySeconds == 0 || run.verifySeconds < best.verifySeconds) {
            best = run;
        }
    };
    for (int r = 0; runVerify && r < repeat; ++r) {
        progress(QStringLiteral("verify round %1 of %2").arg(r + 1).arg(repeat));
        const RawRate rawOne = rawVerifyRate(messages, rawPerThread, 1);
        raw1.add(rawOne.perSecond);
        raw1Cpu.add(rawOne.perCpuSecond);
        const VerifyRun last1 = verifyOnce(ledgerPath, 1);
        keepFastest(best1, last1);
        const double tx = double(last1.report.transactions);
        store1.add(tx / last1.verifySeconds);
        storeWithOpen1.add(tx / (last1.verifySeconds + last1.openSeconds));
        store1Cpu.add(tx / last1.verifyCpuSeconds);
        ratio1.add(store1.rates.back() / rawOne.perSecond);
        ratio1Cpu.add(store1Cpu.rates.back() / rawOne.perCpuSecond);
        QString line = QStringLiteral("  raw %1/s, store 1t %2 tx/s")
                           .arg(qRound(rawOne.perSecond))
                           .arg(qRound(store1.rates.back()));
        if (threads > 1) {
            rawN.add(rawVerifyRate(messages, rawPerThread, threads).perSecond);
            const VerifyRun lastN = verifyOnce(ledgerPath, threads);
            keepFastest(bestN, lastN);
            storeN.add(tx / lastN.verifySeconds);
            ratioN.add(storeN.rates.back() / rawOne.perSecond);
            // With a free core per thread and the work spread evenly, the wall time would be the
            // process CPU time divided by the threads: an estimate that other programs on the
            // machine cannot disturb (the verifier's workers pick work dynamically).
            storeNMainCpu.add(tx * threads / lastN.verifyCpuSeconds);
            ratioNCpuEst.add(storeNMainCpu.rates.back() / rawOne.perCpuSecond);
            line += QStringLiteral(", raw %1t %2/s, store %1t %3 tx/s")
                        .arg(threads)
                        .arg(qRound(rawN.rates.back()))
                        .arg(qRound(storeN.rates.back()));
        }
        progress(line);
    }
    const verify::Report &report = best1.report;
    const double sigsPerTx = double(report.signatures) / double(report.transactions);
    const double txSigsPerTx = double(report.signatures - 2 * report.blocks) / double(report.transactions);

    std::optional<Breakdown> parts;
    if (runVerify && !noBreakdown) {
        progress(QStringLiteral("verify cost breakdown"));
        parts = breakdown(ledgerPath);
    }

    // 5. Merkle log.
    Samples merkle, shaLeaf, shaNode;
    if (runMerkle) {
        progress(QStringLiteral("Merkle log: %1 appends of %2-byte leaves").arg(merkleLeaves).arg(kLeafSize));
        const std::vector<QByteArray> leaves = makeLeaves(1024);
        std::vector<QByteArray> prefixed;
        for (const QByteArray &leaf : leaves) {
            prefixed.push_back(QByteArray(1, '\0') + leaf);
        }
        for (int r = 0; r < repeat; ++r) {
            {
                merkle::MerkleLog log;
                const Timer t;
                for (int i = 0; i < merkleLeaves; ++i) {
                    log.append(leaves[std::size_t(i) & 1023]);
                }
                const merkle::Hash root = log.root();
                merkle.add(merkleLeaves / t.wall());
                if (root == merkle::Hash{}) {
                    die(QStringLiteral("the Merkle root is all zero"));
                }
            }
            {
                quint8 acc = 0;
                const Timer t;
                for (int i = 0; i < merkleLeaves; ++i) {
                    acc ^= crypto::sha256(prefixed[std::size_t(i) & 1023])[0];
                }
                shaLeaf.add(merkleLeaves / t.wall());
                QByteArray node(65, '\1');
                node[1] = char(acc);
                const Timer tn;
                for (int i = 0; i < merkleLeaves; ++i) {
                    const crypto::Digest d = crypto::sha256(node);
                    node[1 + (i & 31)] = char(d[0]);
                }
                shaNode.add(merkleLeaves / tn.wall());
            }
        }
    }
    // 6. The node's work on a realistic community, and the books of a large ledger.
    std::optional<QJsonObject> mix, books;
    if (runMix) {
        MixOptions o;
        o.dir = dir;
        o.units = mixUnits;
        o.months = mixMonths;
        o.blockSize = mixBlockSize;
        o.seed = seed;
        o.rawVerifies = rawPerThread;
        o.repeat = repeat;
        mix = runMixPhase(o, messages);
    }
    if (runBooks) {
        BooksOptions o;
        o.cachePath = parser.isSet(cacheOpt) ? QFileInfo(parser.value(cacheOpt)).absoluteFilePath()
                                             : dir + QStringLiteral("/books-%1.ledger").arg(booksTransactions);
        o.transactions = booksTransactions;
        o.units = booksUnits;
        o.blockSize = booksBlockSize;
        o.seed = seed;
        o.repeat = booksRepeat;
        books = runBooksPhase(o);
    }

    // One append needs one leaf hash and, amortised, one node hash.
    const double merkleIdeal
        = (shaLeaf.best() > 0 && shaNode.best() > 0) ? 1.0 / (1.0 / shaLeaf.best() + 1.0 / shaNode.best()) : 0;

    // The JSON report. Headline rates are the best of the repetitions; "spread" has them all.
    const double r1 = store1.best() / raw1.best();
    const double rN = threads > 1 ? storeN.best() / raw1.best() : 0;
    const double r1Cpu = store1Cpu.best() / raw1Cpu.best();
    const double rNCpuEst = threads > 1 ? storeNMainCpu.best() / raw1Cpu.best() : 0;
    QJsonObject out;
    out.insert(QStringLiteral("benchmark"), QStringLiteral("courtyard-bench"));
    out.insert(QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    out.insert(QStringLiteral("cores"), cores);
    out.insert(QStringLiteral("threads"), threads);
    out.insert(QStringLiteral("quick"), quick);
    out.insert(QStringLiteral("repeat"), repeat);
    out.insert(QStringLiteral("phases"), QJsonArray::fromStringList(phases));
    out.insert(QStringLiteral("load_average_before"), loadBefore);
    out.insert(QStringLiteral("load_average_after"), loadAverage());

    if (runVerify) {
        out.insert(QStringLiteral("raw_verify_per_s"), Samples::round1(raw1.best()));
        out.insert(QStringLiteral("raw_verify_2t_per_s"), Samples::round1(rawN.best()));
        out.insert(QStringLiteral("raw_verify_per_cpu_s"), Samples::round1(raw1Cpu.best()));
        out.insert(QStringLiteral("raw_verify_message_bytes"), kMessageSize);
        out.insert(QStringLiteral("ratio_raw_2t"), round3(rawN.best() / raw1.best()));

        out.insert(QStringLiteral("store_transactions"), qint64(report.transactions));
        out.insert(QStringLiteral("store_blocks"), qint64(report.blocks));
        out.insert(QStringLiteral("store_block_size"), blockSize);
        out.insert(QStringLiteral("store_signatures"), qint64(report.signatures));
        out.insert(QStringLiteral("signatures_per_tx"), round3(sigsPerTx));
        out.insert(QStringLiteral("tx_signatures_per_tx"), round3(txSigsPerTx));
        out.insert(QStringLiteral("store_verify_1t_tx_per_s"), Samples::round1(store1.best()));
        out.insert(QStringLiteral("store_verify_2t_tx_per_s"), Samples::round1(storeN.best()));
        out.insert(QStringLiteral("store_verify_1t_with_open_tx_per_s"), Samples::round1(storeWithOpen1.best()));
        out.insert(QStringLiteral("store_verify_1t_tx_per_cpu_s"), Samples::round1(store1Cpu.best()));
        out.insert(QStringLiteral("ratio_verify_1t"), round3(r1));
        out.insert(QStringLiteral("ratio_verify_2t"), round3(rN));
        // Per signature checked: 1.0 would mean nothing but signature checks.
        out.insert(QStringLiteral("ratio_verify_1t_per_signature"), round3(r1 * sigsPerTx));
        out.insert(QStringLiteral("ratio_verify_2t_per_signature"), round3(rN * sigsPerTx));
        // The same ratios from CPU time, which other processes on the machine disturb much less.
        out.insert(QStringLiteral("ratio_verify_1t_cpu"), round3(r1Cpu));
        out.insert(QStringLiteral("ratio_verify_2t_cpu_estimate"), round3(rNCpuEst));
        out.insert(QStringLiteral("targets"),
            QJsonObject{{QStringLiteral("ratio_1t"), kTargetRatio1t}, {QStringLiteral("ratio_2t"), kTargetRatio2t}});
        out.insert(QStringLiteral("meets_targets"),
            QJsonObject{{QStringLiteral("ratio_1t"), r1 >= kTargetRatio1t},
                {QStringLiteral("ratio_2t"), threads > 1 && rN >= kTargetRatio2t},
                {QStringLiteral("ratio_1t_cpu"), r1Cpu >= kTargetRatio1t},
                {QStringLiteral("ratio_2t_cpu_estimate"), threads > 1 && rNCpuEst >= kTargetRatio2t}});
    }

    QJsonObject timings;
    if (runVerify) {
        timings.insert(QStringLiteral("build_demo_s"), round3(build.seconds));
        timings.insert(QStringLiteral("build_demo_reused"), build.reused);
        timings.insert(QStringLiteral("build_demo_tx_per_s_incl_signing"),
            build.seconds > 0 ? Samples::round1(double(build.logSize - 1) / build.seconds) : 0.0);
        timings.insert(QStringLiteral("open_s"), round3(best1.openSeconds));
        timings.insert(QStringLiteral("verify_1t_s"), round3(best1.verifySeconds));
        timings.insert(QStringLiteral("verify_1t_cpu_s"), round3(best1.verifyCpuSeconds));
        if (threads > 1) {
            timings.insert(QStringLiteral("verify_2t_s"), round3(bestN.verifySeconds));
            timings.insert(QStringLiteral("verify_2t_cpu_s"), round3(bestN.verifyCpuSeconds));
            timings.insert(QStringLiteral("verify_2t_main_thread_cpu_s"), round3(bestN.verifyMainCpuSeconds));
        }
    }

    if (replay) {
        out.insert(QStringLiteral("append_commit_tx_per_s"),
            Samples::round1(double(replay->transactions) / replay->appendSeconds));
        out.insert(QStringLiteral("append_commit_blocks_per_s"),
            Samples::round1(double(replay->blocks) / replay->appendSeconds));
        out.insert(QStringLiteral("append_commit_first_tenth_tx_per_s"), Samples::round1(replay->firstTenthRate));
        out.insert(QStringLiteral("append_commit_last_tenth_tx_per_s"), Samples::round1(replay->lastTenthRate));
        timings.insert(QStringLiteral("append_commit_s"), round3(replay->appendSeconds));
    }
    timings.insert(QStringLiteral("total_s"), round3(total.wall()));
    out.insert(QStringLiteral("timings"), timings);

    if (parts) {
        const double n = double(parts->transactions);
        const auto us = [n](double seconds) { return round3(seconds * 1e6 / n); };
        const double signatureCpu = double(report.signatures) / raw1Cpu.best();
        const double sum = parts->readCpu + parts->blockDecodeCpu + parts->txDecodeCpu + parts->bookkeepingCpu
            + parts->signingMessageCpu + parts->merkleCpu + signatureCpu;
        QJsonObject b;
        b.insert(QStringLiteral("read_forEachBlock"), us(parts->readCpu));
        b.insert(QStringLiteral("block_decode_and_messages"), us(parts->blockDecodeCpu));
        b.insert(QStringLiteral("transaction_decode"), us(parts->txDecodeCpu));
        b.insert(QStringLiteral("column_and_sequence_checks"), us(parts->bookkeepingCpu));
        b.insert(QStringLiteral("signing_message"), us(parts->signingMessageCpu));
        b.insert(QStringLiteral("merkle_append"), us(parts->merkleCpu));
        b.insert(QStringLiteral("signature_checks"), us(signatureCpu));
        b.insert(QStringLiteral("sum_of_parts"), us(sum));
        b.insert(QStringLiteral("measured_verify_1t_cpu"), us(best1.verifyCpuSeconds));
        b.insert(QStringLiteral("not_signature_checks"), us(best1.verifyCpuSeconds - signatureCpu));
        out.insert(QStringLiteral("verify_breakdown_cpu_us_per_tx"), b);
        out.insert(QStringLiteral("store_tip_ms"), round3(parts->tipSeconds * 1e3));
        out.insert(QStringLiteral("store_avg_tx_bytes"), round3(parts->txBytes));
        out.insert(QStringLiteral("store_avg_signing_message_bytes"), round3(parts->messageBytes));
    }
    if (runMerkle) {
        out.insert(QStringLiteral("merkle_appends"), merkleLeaves);
        out.insert(QStringLiteral("merkle_leaf_bytes"), kLeafSize);
        out.insert(QStringLiteral("merkle_append_per_s"), Samples::round1(merkle.best()));
        out.insert(QStringLiteral("sha256_leaf_per_s"), Samples::round1(shaLeaf.best()));
        out.insert(QStringLiteral("sha256_node_per_s"), Samples::round1(shaNode.best()));
        out.insert(QStringLiteral("ratio_merkle_to_sha256_leaf"), round3(merkle.best() / shaLeaf.best()));
        out.insert(QStringLiteral("ratio_merkle_to_ideal"), round3(merkle.best() / merkleIdeal));
    }

    if (mix) {
        out.insert(QStringLiteral("mix"), *mix);
    }
    if (books) {
        out.insert(QStringLiteral("books"), *books);
    }

    QJsonObject spread;
    if (runVerify) {
        spread.insert(QStringLiteral("raw_verify_per_s"), raw1.spread());
        spread.insert(QStringLiteral("store_verify_1t_tx_per_s"), store1.spread());
        spread.insert(QStringLiteral("ratio_verify_1t"), ratio1.spread(3));
        spread.insert(QStringLiteral("ratio_verify_1t_cpu"), ratio1Cpu.spread(3));
    }
    if (runVerify && threads > 1) {
        spread.insert(QStringLiteral("raw_verify_2t_per_s"), rawN.spread());
        spread.insert(QStringLiteral("store_verify_2t_tx_per_s"), storeN.spread());
        spread.insert(QStringLiteral("ratio_verify_2t"), ratioN.spread(3));
        spread.insert(QStringLiteral("ratio_verify_2t_cpu_estimate"), ratioNCpuEst.spread(3));
    }
    if (runMerkle) {
        spread.insert(QStringLiteral("merkle_append_per_s"), merkle.spread());
        spread.insert(QStringLiteral("sha256_leaf_per_s"), shaLeaf.spread());
    }
    out.insert(QStringLiteral("spread"), spread);
    if (parser.isSet(keepOpt) && runVerify) {
        out.insert(QStringLiteral("ledger"), ledgerPath);
    }

    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    progress(QStringLiteral("done in %1 s").arg(total.wall(), 0, 'f', 1));
    return 0;
}
