#include "tests/bench/community_bench.h"

#include "app/cli/apply.h"
#include "app/cli/demo.h"
#include "core/codec/cbor.h"
#include "core/ledger/transaction.h"
#include "core/merkle/merkle_log.h"
#include "core/state/state.h"
#include "core/store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace courtyard::bench {

namespace {

double ms(double seconds)
{
    return round3(seconds * 1e3);
}

template <typename T>
T orDie(Result<T> result, const QString &what)
{
    if (!result) {
        die(QStringLiteral("%1: %2").arg(what, result.error().message));
    }
    return std::move(*result);
}

void orDie(Result<void> result, const QString &what)
{
    if (!result) {
        die(QStringLiteral("%1: %2").arg(what, result.error().message));
    }
}

void removeLedger(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

double median(std::vector<double> v)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// Raw SHA-256 rates on this machine, now: of a Merkle node input (0x01 || 32 || 32 bytes) and of
// a state leaf input of `leafBytes` (0x00 || canonical [key, value]), through merkle::nodeHash and
// merkle::leafHash: the SHA extensions when the processor has them, as the state root uses.
struct ShaRates {
    double nodePerSecond = 0;
    double leafPerSecond = 0;
    int leafBytes = 0;
};

ShaRates shaRates(int leafBytes)
{
    constexpr int kCount = 200000;
    ShaRates rates;
    rates.leafBytes = leafBytes;
    {
        merkle::Hash left{};
        const merkle::Hash right{};
        const Timer t;
        for (int i = 0; i < kCount; ++i) {
            left = merkle::nodeHash(left, right);
        }
        rates.nodePerSecond = kCount / t.wall();
        if (left == right) {
            die(QStringLiteral("SHA-256 gave zeros"));
        }
    }
    QByteArray leaf(leafBytes - 1, '\0');
    {
        const Timer t;
        for (int i = 0; i < kCount; ++i) {
            const merkle::Hash d = merkle::leafHash(leaf);
            leaf[1 + (i & 31)] = char(d[0]);
        }
        rates.leafPerSecond = kCount / t.wall();
    }
    return rates;
}

// ---------------------------------------------------------------------------------------------
// State root per block

struct RootSample {
    QString period; // the period about to be closed; empty at the end
    quint64 entries = 0;
    quint64 invoices = 0;
    quint64 openInvoices = 0;
    quint64 deltaEntries = 0; // entries a typical block changes (the measured delta)
    double fullSeconds = 0;   // Store::stateRoot(): the stored state as it is
    double blockSeconds = 0;  // Store::stateRootWith(a typical block's delta)
    double valuesSeconds = 0; // state::stateRoot over the values: decode, encode and hash everything
    double rawSeconds = 0;    // the SHA-256 the chunked root of that block needs, at raw speed
    double rawFullSeconds = 0; // the SHA-256 a root over every leaf needs (the definition before chunks)
};

// A typical block of `blockSize` payments changes about two invoices and one new payment record
// each (plus prepaid credit now and then): the delta puts back 2 × blockSize existing invoices
// (values unchanged) and adds blockSize new "payment/" records.
RootSample measureStateRoot(store::Store &store, int blockSize, int repeat, const ShaRates &sha)
{
    RootSample s;
    s.entries = orDie(store.stateEntryCount(), QStringLiteral("cannot count the state"));
    std::vector<std::pair<QByteArray, cbor::Value>> invoices;
    orDie(store.state().scan(QByteArrayView("invoice/"), [&](const state::Key &key, const cbor::Value &value) {
        ++s.invoices;
        const cbor::Value *amount = value.find(u"amount");
        const cbor::Value *paid = value.find(u"paid");
        if (amount && paid && amount->toInt64().value_or(0) > paid->toInt64().value_or(0)) {
            ++s.openInvoices;
        }
        invoices.emplace_back(key, value);
        return true;
    }),
          QStringLiteral("cannot read the invoices"));

    state::StateDelta reput;
    const std::size_t want = std::min<std::size_t>(invoices.size(), std::size_t(2 * blockSize));
    const std::size_t step = want ? invoices.size() / want : 1;
    for (std::size_t i = 0; i < want; ++i) {
        const auto &[key, value] = invoices[i * step];
        reput.put(key, value);
    }
    state::StateDelta block = reput;
    for (int i = 0; i < blockSize; ++i) {
        const QByteArray id = crypto::toHex(crypto::sha256(QByteArray("bench payment ") + QByteArray::number(i))).toLatin1();
        block.put(QByteArray("payment/") + id,
                  cbor::Value::fromMap({{QStringLiteral("unit"), cbor::Value::fromText(QStringLiteral("1-0101"))},
                                        {QStringLiteral("amount"), cbor::Value::fromInt(300000 + i)}}));
    }
    s.deltaEntries = block.changes().size();

    std::vector<double> full, withBlock;
    merkle::Hash root{}, again{};
    for (int r = 0; r < repeat; ++r) {
        {
            const Timer t;
            root = orDie(store.stateRoot(), QStringLiteral("cannot compute the state root"));
            full.push_back(t.wall());
        }
        {
            const Timer t;
            const merkle::Hash blockRoot = orDie(store.stateRootWith(block), QStringLiteral("cannot compute the state root"));
            withBlock.push_back(t.wall());
            if (blockRoot == root) {
                die(QStringLiteral("a block that adds entries left the state root unchanged"));
            }
        }
    }
    again = orDie(store.stateRootWith(reput), QStringLiteral("cannot compute the state root"));
    if (again != root) {
        die(QStringLiteral("putting back unchanged entries changed the state root"));
    }
    s.fullSeconds = *std::min_element(full.begin(), full.end());
    s.blockSeconds = *std::min_element(withBlock.begin(), withBlock.end());
    {
        const Timer t;
        const merkle::Hash fromValues = orDie(state::stateRoot(store.state()), QStringLiteral("cannot compute the state root"));
        s.valuesSeconds = t.wall();
        if (fromValues != root) {
            die(QStringLiteral("the state root from the values is not the store's"));
        }
    }
    // The chunk tree's root (state.h) hashes the delta's leaves, re-hashes the chunks they fall
    // in (for keys spread over the state, the expected number of distinct chunks among
    // `deltaEntries` picks; the chunk an entry falls in holds 15 leaves on average, 14 nodes,
    // where chunks average 8) and the tree nodes above them: a treap node lies about 2 ln(chunks)
    // deep, and the paths share their top log(touched) levels. A tree node hashes 97 bytes, two
    // SHA-256 blocks like an RFC 9162 node.
    const double leaves = double(s.entries) + double(blockSize);
    const double chunks = std::max(1.0, leaves / 8.0);
    const double touched = chunks * (1.0 - std::pow(1.0 - 1.0 / chunks, double(s.deltaEntries)));
    const double treeNodes = touched * (1.0 + 2.0 * std::log(std::max(1.0, chunks / touched)));
    s.rawSeconds = double(s.deltaEntries) / sha.leafPerSecond + (touched * 14.0 + treeNodes) / sha.nodePerSecond;
    // A root over every leaf needs one node hash per leaf (but one), whatever the block.
    s.rawFullSeconds = (leaves - 1) / sha.nodePerSecond;
    return s;
}

QJsonObject rootJson(const RootSample &s)
{
    return QJsonObject{{QStringLiteral("before_period"), s.period},
                       {QStringLiteral("state_entries"), qint64(s.entries)},
                       {QStringLiteral("invoices"), qint64(s.invoices)},
                       {QStringLiteral("open_invoices"), qint64(s.openInvoices)},
                       {QStringLiteral("block_delta_entries"), qint64(s.deltaEntries)},
                       {QStringLiteral("state_root_ms"), ms(s.fullSeconds)},
                       {QStringLiteral("block_state_root_ms"), ms(s.blockSeconds)},
                       {QStringLiteral("raw_sha256_ms"), ms(s.rawSeconds)},
                       {QStringLiteral("ratio_to_raw_sha256"), round3(s.blockSeconds / s.rawSeconds)},
                       {QStringLiteral("unchunked_raw_sha256_ms"), ms(s.rawFullSeconds)},
                       {QStringLiteral("from_values_ms"), ms(s.valuesSeconds)}};
}

quint64 countSignatures(store::Store &store, quint64 *transactions)
{
    quint64 signatures = 0;
    ledger::KeyCache keys;
    orDie(store.forEachBlock(1, [&](store::StoredBlock &&b) {
        for (const store::StoredTransaction &t : b.transactions) {
            auto tx = ledger::Transaction::decode(t.bytes, &keys, ledger::PayloadDecoding::ValidateOnly);
            if (!tx) {
                die(QStringLiteral("log index %1 does not decode: %2").arg(t.logIndex).arg(tx.error().message));
            }
            signatures += tx->signatures().size();
            ++*transactions;
        }
        return true;
    }),
          QStringLiteral("cannot read the mix ledger"));
    return signatures;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// mix

QJsonObject runMixPhase(const MixOptions &options, const std::vector<SignedMessage> &messages)
{
    const QString path = options.dir + QStringLiteral("/mix.ledger");
    removeLedger(path);
    progress(QStringLiteral("mix: %1 units, %2 months, blocks of %3, at %4").arg(options.units).arg(options.months).arg(options.blockSize).arg(path));

    Samples raw;
    raw.add(rawVerifyRate(messages, options.rawVerifies, 1).perSecond);
    const ShaRates sha = shaRates(200);

    cli::DemoMeter meter;
    std::vector<RootSample> roots;
    std::optional<cli::DemoMeter> setup; // the meter when the setup was sealed (before the first close)
    meter.beforeClose = [&](const QString &period, node::Ledger &ledger) -> Result<void> {
        if (!setup) {
            setup = meter;
            setup->beforeClose = nullptr;
        }
        RootSample s = measureStateRoot(ledger.store(), options.blockSize, options.repeat, sha);
        s.period = period;
        progress(QStringLiteral("mix: before %1: %2 state entries, %3 invoices (%4 open); block state root %5 ms")
                     .arg(period.isEmpty() ? QStringLiteral("the end") : period)
                     .arg(s.entries)
                     .arg(s.invoices)
                     .arg(s.openInvoices)
                     .arg(s.blockSeconds * 1e3, 0, 'f', 2));
        roots.push_back(s);
        return {};
    };
    cli::DemoOptions demo;
    demo.ledgerPath = path;
    demo.units = options.units;
    demo.months = options.months;
    demo.transactions = std::numeric_limits<int>::max();
    demo.blockSize = options.blockSize;
    demo.seed = options.seed;
    demo.meter = &meter;
    const cli::DemoKeys keys = cli::demoKeys(options.seed);
    const Timer build;
    auto community = cli::buildDemoCommunity(demo, keys);
    const double buildSeconds = build.wall();
    if (!community) {
        die(QStringLiteral("the mix failed: %1").arg(community.error().message));
    }
    raw.add(rawVerifyRate(messages, options.rawVerifies, 1).perSecond);

    store::Store &store = community->ledger->store();
    if (!setup) {
        die(QStringLiteral("the mix closed no period"));
    }
    quint64 transactions = 0;
    const quint64 signatures = countSignatures(store, &transactions);
    if (transactions != meter.submitted) {
        die(QStringLiteral("the mix ledger holds %1 transactions, %2 were submitted").arg(transactions).arg(meter.submitted));
    }
    // The months alone: everything after the setup.
    const quint64 monthTx = meter.submitted - setup->submitted;
    const double monthSubmit = meter.submitSeconds - setup->submitSeconds;
    const double monthSeal = meter.sealSeconds - setup->sealSeconds;
    const double rate = double(monthTx) / (monthSubmit + monthSeal);
    const double setupRate = double(setup->submitted) / (setup->submitSeconds + setup->sealSeconds);
    const double sigsPerTx = double(signatures) / double(transactions);

    QJsonObject kinds;
    for (auto it = community->kinds.begin(); it != community->kinds.end(); ++it) {
        const double seconds = meter.submitSecondsByKind.value(it.key());
        kinds.insert(it.key(), QJsonObject{{QStringLiteral("count"), it.value()},
                                           {QStringLiteral("submit_us_each"), Samples::round1(seconds * 1e6 / it.value())}});
    }
    QJsonArray closes;
    for (const cli::DemoMeter::Close &c : meter.closes) {
        closes.append(QJsonObject{{QStringLiteral("period"), c.period},
                                  {QStringLiteral("submit_ms"), ms(c.submitSeconds)},
                                  {QStringLiteral("seal_ms"), ms(c.sealSeconds)}});
    }
    const auto closeSeconds = [](const cli::DemoMeter::Close &c) { return c.submitSeconds + c.sealSeconds; };
    const double firstClose = meter.closes.empty() ? 0 : closeSeconds(meter.closes.front());
    const double lastClose = meter.closes.empty() ? 0 : closeSeconds(meter.closes.back());
    QJsonArray rootSamples;
    for (const RootSample &s : roots) {
        rootSamples.append(rootJson(s));
    }
    const cli::DemoFigures &f = community->figures;
    QJsonObject out{
        {QStringLiteral("units"), f.units},
        {QStringLiteral("months"), f.months},
        {QStringLiteral("block_size"), options.blockSize},
        {QStringLiteral("transactions"), qint64(monthTx)},
        {QStringLiteral("blocks"), qint64(meter.blocks - setup->blocks)},
        {QStringLiteral("kinds"), kinds},
        {QStringLiteral("signatures_per_tx"), round3(sigsPerTx)},
        {QStringLiteral("submit_s"), round3(monthSubmit)},
        {QStringLiteral("seal_s"), round3(monthSeal)},
        {QStringLiteral("apply_seal_tx_per_s"), Samples::round1(rate)},
        {QStringLiteral("setup"), QJsonObject{{QStringLiteral("transactions"), qint64(setup->submitted)},
                                              {QStringLiteral("blocks"), qint64(setup->blocks)},
                                              {QStringLiteral("submit_s"), round3(setup->submitSeconds)},
                                              {QStringLiteral("seal_s"), round3(setup->sealSeconds)},
                                              {QStringLiteral("apply_seal_tx_per_s"), Samples::round1(setupRate)},
                                              {QStringLiteral("ratio_to_raw_verify"), round3(setupRate / raw.best())}}},
        {QStringLiteral("raw_verify_per_s"), Samples::round1(raw.best())},
        {QStringLiteral("ratio_apply_seal_to_raw_verify"), round3(rate / raw.best())},
        {QStringLiteral("ratio_apply_seal_per_signature"), round3(rate * sigsPerTx / raw.best())},
        {QStringLiteral("build_s_incl_signing"), round3(buildSeconds)},
        {QStringLiteral("invoices"), f.invoicesIssued},
        {QStringLiteral("payments"), f.payments},
        {QStringLiteral("repairs_paid"), f.repairsPaid},
        {QStringLiteral("closes"), closes},
        {QStringLiteral("close_first_ms"), ms(firstClose)},
        {QStringLiteral("close_last_ms"), ms(lastClose)},
        {QStringLiteral("state_root_per_block"), rootSamples},
        {QStringLiteral("sha256_node_per_s"), Samples::round1(sha.nodePerSecond)},
        {QStringLiteral("sha256_leaf_200b_per_s"), Samples::round1(sha.leafPerSecond)},
        {QStringLiteral("spread_raw_verify_per_s"), raw.spread()},
    };
    community->ledger.reset();
    removeLedger(path);
    return out;
}

// ---------------------------------------------------------------------------------------------
// books

QJsonObject runBooksPhase(const BooksOptions &options)
{
    QJsonObject out;
    double buildSeconds = 0;
    bool reused = QFileInfo::exists(options.cachePath);
    if (!reused) {
        const QString partial = options.cachePath + QStringLiteral(".partial");
        removeLedger(partial);
        progress(QStringLiteral("books: building a ledger of %1 transactions (%2 units, blocks of %3) at %4")
                     .arg(options.transactions)
                     .arg(options.units)
                     .arg(options.blockSize)
                     .arg(options.cachePath));
        cli::DemoMeter meter;
        cli::DemoOptions demo;
        demo.ledgerPath = partial;
        demo.units = options.units;
        demo.transactions = options.transactions;
        demo.blockSize = options.blockSize;
        demo.seed = options.seed;
        demo.meter = &meter;
        int lastReported = 0;
        const Timer reportTimer;
        demo.progress = [&](int done, int total) {
            if (done - lastReported >= std::max(1, total / 20) || done == total) {
                lastReported = done;
                progress(QStringLiteral("books: %1 / %2 transactions, %3 s").arg(done).arg(total).arg(reportTimer.wall(), 0, 'f', 0));
            }
        };
        const cli::DemoKeys keys = cli::demoKeys(options.seed);
        const Timer t;
        auto community = cli::buildDemoCommunity(demo, keys);
        if (!community) {
            die(QStringLiteral("cannot build the books ledger: %1").arg(community.error().message));
        }
        community->ledger.reset();
        buildSeconds = t.wall();
        if (!QFile::rename(partial, options.cachePath)) {
            die(QStringLiteral("cannot move %1 to %2").arg(partial, options.cachePath));
        }
        out.insert(QStringLiteral("build_node_s"), round3(meter.submitSeconds + meter.sealSeconds));
    } else {
        progress(QStringLiteral("books: reusing %1").arg(options.cachePath));
    }
    auto opened = store::Store::open(options.cachePath);
    if (!opened) {
        die(QStringLiteral("cannot open %1: %2").arg(options.cachePath, opened.error().message));
    }
    store::Store &store = **opened;
    const quint64 logSize = store.log().size();
    const quint64 postings = orDie(store.postingCount(), QStringLiteral("cannot count the postings"));
    const quint64 entries = orDie(store.stateEntryCount(), QStringLiteral("cannot count the state"));
    orDie(cli::checkProjectionsCurrent(store), QStringLiteral("the books ledger"));
    if (logSize - 1 != quint64(options.transactions)) {
        progress(QStringLiteral("books: note: %1 holds %2 transactions, not %3").arg(options.cachePath).arg(logSize - 1).arg(options.transactions));
    }

    // The unit: one in the middle of the community.
    std::vector<QString> units;
    orDie(store.state().scan(QByteArrayView("unit/"), [&](const state::Key &key, const cbor::Value &) {
        units.push_back(QString::fromUtf8(key.mid(5)));
        return true;
    }),
          QStringLiteral("cannot read the units"));
    if (units.empty()) {
        die(QStringLiteral("the books ledger has no units"));
    }
    const QString unit = units[units.size() / 2];

    // What the statement must show, from the posting rows themselves.
    qint64 expectDue = 0, expectDeposit = 0;
    std::size_t expectRows = 0;
    const QStringList accounts = cli::unitAccounts(unit);
    for (const QString &account : accounts) {
        const auto rows = orDie(store.postingsForAccount(account), QStringLiteral("cannot read %1").arg(account));
        expectRows += rows.size();
        for (const store::PostingRow &r : rows) {
            (account == accounts[2] ? expectDeposit : expectDue) += account == accounts[2] ? -r.amount : r.amount;
        }
    }

    std::vector<double> statementTimes;
    std::vector<cli::StatementRow> statement;
    for (int r = 0; r < options.repeat; ++r) {
        const Timer t;
        statement = orDie(cli::statement(store, unit), QStringLiteral("the statement of %1").arg(unit));
        statementTimes.push_back(t.wall());
    }
    if (statement.size() != expectRows || statement.empty() || statement.back().due != expectDue ||
        statement.back().deposit != expectDeposit) {
        die(QStringLiteral("the statement of %1 is wrong: %2 rows (expected %3)").arg(unit).arg(statement.size()).arg(expectRows));
    }

    std::vector<double> trialTimes;
    std::vector<cli::AccountTotals> trial;
    for (int r = 0; r < options.repeat; ++r) {
        const Timer t;
        trial = orDie(cli::trialBalance(store), QStringLiteral("the trial balance"));
        trialTimes.push_back(t.wall());
    }
    // The trial balance against every posting row, summed here (timed: what the trial balance
    // cost before the store kept the totals).
    double byAddingSeconds = 0;
    {
        const Timer t;
        std::map<std::pair<QString, QString>, std::pair<qint64, qint64>> sums;
        const auto rows = orDie(store.postings(), QStringLiteral("cannot read the postings"));
        for (const store::PostingRow &row : rows) {
            auto &[debits, credits] = sums[{row.account, row.currency}];
            (row.amount >= 0 ? debits : credits) += row.amount >= 0 ? row.amount : -row.amount;
        }
        byAddingSeconds = t.wall();
        bool same = sums.size() == trial.size();
        qint64 debits = 0, credits = 0;
        for (const cli::AccountTotals &row : trial) {
            const auto it = sums.find({row.account, row.currency});
            same = same && it != sums.end() && it->second.first == row.debits && it->second.second == row.credits;
            debits += row.debits;
            credits += row.credits;
        }
        if (!same || debits != credits) {
            die(QStringLiteral("the trial balance does not match the postings"));
        }
    }

    const double statementMs = median(statementTimes) * 1e3;
    const double trialMs = median(trialTimes) * 1e3;
    out.insert(QStringLiteral("ledger"), options.cachePath);
    out.insert(QStringLiteral("reused"), reused);
    out.insert(QStringLiteral("build_s_incl_signing"), round3(buildSeconds));
    out.insert(QStringLiteral("transactions"), qint64(logSize - 1));
    out.insert(QStringLiteral("blocks"), qint64(store.blockCount()));
    out.insert(QStringLiteral("postings"), qint64(postings));
    out.insert(QStringLiteral("state_entries"), qint64(entries));
    out.insert(QStringLiteral("file_mb"), round3(double(QFileInfo(options.cachePath).size()) / 1e6));
    out.insert(QStringLiteral("unit"), unit);
    out.insert(QStringLiteral("statement_rows"), qint64(statement.size()));
    out.insert(QStringLiteral("statement_ms"), round3(statementMs));
    out.insert(QStringLiteral("statement_first_ms"), ms(statementTimes.front()));
    out.insert(QStringLiteral("trial_balance_accounts"), qint64(trial.size()));
    out.insert(QStringLiteral("trial_balance_ms"), round3(trialMs));
    out.insert(QStringLiteral("trial_balance_first_ms"), ms(trialTimes.front()));
    out.insert(QStringLiteral("trial_balance_by_adding_postings_ms"), ms(byAddingSeconds));
    out.insert(QStringLiteral("runs"), options.repeat);
    out.insert(QStringLiteral("targets"), QJsonObject{{QStringLiteral("statement_ms"), kTargetStatementMs},
                                                      {QStringLiteral("trial_balance_ms"), kTargetTrialBalanceMs},
                                                      {QStringLiteral("ledger_transactions"), kTargetLedgerTransactions}});
    out.insert(QStringLiteral("ledger_at_target_size"), logSize - 1 >= quint64(kTargetLedgerTransactions));
    out.insert(QStringLiteral("meets_targets"), QJsonObject{{QStringLiteral("statement_ms"), statementMs < kTargetStatementMs},
                                                            {QStringLiteral("trial_balance_ms"), trialMs < kTargetTrialBalanceMs}});
    return out;
}

} // namespace courtyard::bench
