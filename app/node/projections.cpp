#include "app/node/projections.h"

#include "core/money/currency.h"
#include "core/money/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <map>

namespace courtyard::node {

Q_LOGGING_CATEGORY(lcProjections, "courtyard.node.projections")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::node", text);
}

QString shortHex(const merkle::Hash &hash)
{
    return crypto::toHex(hash).left(16);
}

QString moneyText(qint64 minor, const QString &code, const QLocale &locale)
{
    if (auto currency = money::currencyByCode(code)) {
        if (auto m = money::Money::fromMinor(minor, *currency)) {
            return m->format(locale) + u' ' + code;
        }
    }
    return tr("%1 minor units of %2").arg(locale.toString(minor), code);
}

// A state key as a person reads it: the UTF-8 path, or hex when it is not printable text.
QString keyText(const QByteArray &key)
{
    const QString text = QString::fromUtf8(key);
    const bool printable = text.toUtf8() == key
                           && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
    return printable ? text : QStringLiteral("0x") + QString::fromLatin1(key.toHex());
}

// A stored value in CBOR diagnostic notation (shortened), or its bytes when it is not canonical CBOR.
QString valueText(QByteArrayView bytes)
{
    constexpr qsizetype kMax = 240;
    QString text;
    if (auto value = cbor::decode(bytes)) {
        text = value->diagnostic();
    } else {
        text = tr("not canonical CBOR: h'%1'").arg(QString::fromLatin1(bytes.toByteArray().left(kMax / 2).toHex()));
    }
    if (text.size() > kMax) {
        text = text.left(kMax) + QStringLiteral("…");
    }
    return text;
}

QString postingText(const store::PostingRow &row, quint64 height, const QLocale &locale)
{
    return tr("%1 %2 in block %3").arg(row.account, moneyText(row.amount, row.currency, locale)).arg(height);
}

QString totalsText(const store::AccountTotalsRow &row, const QLocale &locale)
{
    return tr("debits %1, credits %2, %3 postings")
        .arg(moneyText(row.debits, row.currency, locale), moneyText(row.credits, row.currency, locale))
        .arg(row.postings);
}

// A posting as the contracts give it, with its block.
struct ReplayedPosting {
    store::PostingRow row;
    quint64 height = 0;
};

struct ReplayedTotals {
    store::AccountTotalsRow row;
    quint64 lastLogIndex = 0;
    quint64 lastHeight = 0;
};

struct Where {
    quint64 logIndex = 0;
    quint64 height = 0;
};

} // namespace

QString projectionTableName(ProjectionTable table)
{
    switch (table) {
    case ProjectionTable::Postings:
        return QStringLiteral("postings");
    case ProjectionTable::AccountTotals:
        return QStringLiteral("account_totals");
    case ProjectionTable::State:
        return QStringLiteral("state");
    }
    return QString();
}

QString ProjectionDifference::keyText() const
{
    switch (table) {
    case ProjectionTable::Postings:
        return tr("log index %1, ordinal %2").arg(logIndex.value_or(0)).arg(ordinal);
    case ProjectionTable::AccountTotals:
        return QStringLiteral("%1 (%2)").arg(account, currency);
    case ProjectionTable::State:
        return node::keyText(stateKey);
    }
    return QString();
}

QString ProjectionDifference::storedText(const QLocale &locale) const
{
    switch (table) {
    case ProjectionTable::Postings:
        return storedPosting ? postingText(*storedPosting, storedPostingHeight, locale) : tr("(no such row)");
    case ProjectionTable::AccountTotals:
        return storedTotals ? totalsText(*storedTotals, locale) : tr("(no such row)");
    case ProjectionTable::State:
        if (leafOnly) {
            return tr("the right value with a wrong cached leaf hash");
        }
        return storedValue ? *storedValue : tr("(no such row)");
    }
    return QString();
}

QString ProjectionDifference::replayedText(const QLocale &locale) const
{
    switch (table) {
    case ProjectionTable::Postings:
        return replayedPosting ? postingText(*replayedPosting, replayedPostingHeight, locale) : tr("(no such row)");
    case ProjectionTable::AccountTotals:
        return replayedTotals ? totalsText(*replayedTotals, locale) : tr("(no such row)");
    case ProjectionTable::State:
        if (leafOnly) {
            return tr("the leaf hash of that value");
        }
        return replayedValue ? *replayedValue : tr("(no such row)");
    }
    return QString();
}

QString ProjectionDifference::describe(const QLocale &locale) const
{
    QString where;
    if (table != ProjectionTable::Postings && logIndex && height) {
        where = tr(" (last changed by the transaction at log index %1, block %2)").arg(*logIndex).arg(*height);
    } else if (table == ProjectionTable::Postings && height) {
        where = tr(" (block %1)").arg(*height);
    }
    return tr("%1: %2%3: stored %4; the contracts give %5")
        .arg(projectionTableName(table), keyText(), where, storedText(locale), replayedText(locale));
}

Result<ProjectionReport> checkProjections(store::Store &store, const contracts::Registry &registry,
                                          const ProjectionCheckOptions &options)
{
    ProjectionReport report;
    // One snapshot for the blocks and the rows compared with them.
    const store::Store::ReadScope snapshot(store);
    CY_TRY(const ledger::Genesis genesis, store.genesis());
    const contracts::Engine engine(registry, genesis);
    const quint64 total = store.blockCount();

    const std::size_t maxPerTable = options.maxDifferencesPerTable;
    std::size_t described = 0;
    const auto note = [&](ProjectionDifference &&d) {
        if (described < maxPerTable) {
            report.differences.push_back(std::move(d));
            ++described;
        }
    };

    // --- Postings, by (log index, line), compared block by block as the replay goes ---
    // A block's replayed postings are compared with the stored rows of its log range, then both
    // are dropped: memory does not grow with the ledger's postings. The blocks cover the log
    // from 0 without gaps (checked below), so every stored row is met once: in its block's
    // range, or after the tip (compared with nothing).
    std::vector<ReplayedPosting> blockPostings; // the block being compared, in (log index, ordinal) order
    std::size_t next = 0;
    const auto onlyReplayed = [&](const ReplayedPosting &p) {
        ++report.postingDifferences;
        ProjectionDifference d;
        d.table = ProjectionTable::Postings;
        d.account = p.row.account;
        d.currency = p.row.currency;
        d.ordinal = p.row.ordinal;
        d.logIndex = p.row.logIndex;
        d.height = p.height;
        d.replayedPosting = p.row;
        d.replayedPostingHeight = p.height;
        note(std::move(d));
    };
    const auto compareStored = [&](const store::PostingRow &row, quint64 blockHeight) {
        ++report.storedPostings;
        const auto key = std::pair(row.logIndex, row.ordinal);
        while (next < blockPostings.size() && std::pair(blockPostings[next].row.logIndex, blockPostings[next].row.ordinal) < key) {
            onlyReplayed(blockPostings[next++]);
        }
        const ReplayedPosting *replayed = nullptr;
        if (next < blockPostings.size() && std::pair(blockPostings[next].row.logIndex, blockPostings[next].row.ordinal) == key) {
            replayed = &blockPostings[next++];
            if (replayed->row == row && replayed->height == blockHeight) {
                return true;
            }
        }
        ++report.postingDifferences;
        ProjectionDifference d;
        d.table = ProjectionTable::Postings;
        d.account = row.account;
        d.currency = row.currency;
        d.ordinal = row.ordinal;
        d.logIndex = row.logIndex;
        d.height = replayed ? replayed->height : blockHeight;
        d.storedPosting = row;
        d.storedPostingHeight = blockHeight;
        if (replayed) {
            d.replayedPosting = replayed->row;
            d.replayedPostingHeight = replayed->height;
        }
        note(std::move(d));
        return true;
    };
    // Compares the stored rows with log index in [from, through] (through nullopt: no end) with
    // blockPostings, then empties it.
    const auto comparePostings = [&](quint64 from, std::optional<quint64> through) -> Result<void> {
        report.replayedPostings += blockPostings.size();
        next = 0;
        CY_CHECK(store.forEachPostingRow(from, through, compareStored));
        while (next < blockPostings.size()) {
            onlyReplayed(blockPostings[next++]);
        }
        blockPostings.clear();
        return {};
    };

    // --- Replay every block in memory ---
    state::MemoryState memory;
    QHash<QByteArray, Where> writers; // state key -> the last transaction that wrote it
    std::map<std::pair<QString, QString>, ReplayedTotals> totals;
    QSet<QString> names; // accounts and currencies, shared by their postings
    const auto shared = [&names](const QString &name) {
        auto it = names.constFind(name);
        if (it == names.cend()) {
            it = names.insert(name);
        }
        return *it;
    };
    const auto problem = [&report](quint64 height, std::optional<quint64> logIndex, QString reason) {
        report.problem = ReplayProblem{height, logIndex, std::move(reason)};
        return false;
    };
    ledger::KeyCache keys;
    quint64 expectedIndex = 0;
    bool sawBlock = false;
    std::optional<Error> readError; // the store's, while comparing a block's postings
    CY_CHECK(store.forEachBlock(0, [&](store::StoredBlock &&b) {
        auto sealed = ledger::SealedBlock::fromParts(b.header, b.signature, b.checkpointSignature);
        if (!sealed) {
            return problem(b.height, std::nullopt, sealed.error().message);
        }
        const ledger::BlockHeader &h = sealed->header;
        if (h.height != b.height || h.firstIndex != expectedIndex || h.transactionCount() != b.transactions.size()) {
            return problem(b.height, std::nullopt, tr("its transactions are not the log range %1 to %2").arg(h.firstIndex).arg(h.lastIndex));
        }
        const contracts::Engine::Signatures signatures =
            options.signaturesVerifiedThrough && h.height <= *options.signaturesVerifiedThrough
                ? contracts::Engine::Signatures::AlreadyVerified
                : contracts::Engine::Signatures::Verify;
        quint64 logIndex = h.firstIndex;
        for (const store::StoredTransaction &t : b.transactions) {
            auto tx = ledger::Transaction::decode(t.bytes, &keys);
            if (!tx) {
                return problem(h.height, logIndex, tx.error().message);
            }
            // Each transaction sees the effects of those before it, in the block too (as
            // Ledger::applyAll's overlay of the block's merged delta).
            auto effects = engine.apply(memory, *tx, h.timeMs, signatures);
            if (!effects) {
                return problem(h.height, logIndex,
                               tr("refused by its contract: %1 (%2)").arg(effects.error().message, effects.error().code));
            }
            for (const auto &[key, value] : effects->delta.changes()) {
                writers.insert(key, Where{logIndex, h.height});
            }
            memory.apply(effects->delta);
            for (store::PostingRow &row : postingRows(logIndex, effects->postings)) {
                row.account = shared(row.account);
                row.currency = shared(row.currency);
                ReplayedTotals &sums = totals[{row.account, row.currency}];
                if (sums.row.postings == 0) {
                    sums.row.account = row.account;
                    sums.row.currency = row.currency;
                }
                // |amount| <= 10^18 per posting (Money's range); sums below 2^63 for any real ledger.
                (row.amount >= 0 ? sums.row.debits : sums.row.credits) += row.amount >= 0 ? row.amount : -row.amount;
                ++sums.row.postings;
                sums.lastLogIndex = logIndex;
                sums.lastHeight = h.height;
                blockPostings.push_back(ReplayedPosting{std::move(row), h.height});
            }
            ++logIndex;
        }
        if (auto compared = comparePostings(h.firstIndex, h.lastIndex); !compared) {
            readError = std::move(compared.error());
            return false;
        }
        expectedIndex = h.lastIndex + 1;
        report.tipHeight = h.height;
        report.tipStateRoot = h.stateRoot;
        sawBlock = true;
        ++report.blocks;
        report.transactions += b.transactions.size();
        if (options.progress && !options.progress(report.blocks, std::max(total, report.blocks))) {
            report.cancelled = true;
            return false;
        }
        return true;
    }));
    if (readError) {
        return fail(std::move(*readError));
    }
    if (report.cancelled || report.problem) {
        // Nothing is reported as compared unless every row was: forget the blocks' postings
        // compared so far.
        report.storedPostings = report.replayedPostings = report.postingDifferences = 0;
        report.differences.clear();
        return report;
    }
    if (!sawBlock) {
        return fail(ErrorCode::NotFound, tr("%1 holds no block to replay").arg(store.path()));
    }
    // Stored postings past the tip's log range: no transaction has their log index.
    CY_CHECK(comparePostings(expectedIndex, std::nullopt));

    // Account totals, by (account, currency).
    described = 0;
    report.replayedAccountTotals = totals.size();
    CY_TRY(const std::vector<store::AccountTotalsRow> storedTotals, store.accountTotals());
    report.storedAccountTotals = storedTotals.size();
    for (const store::AccountTotalsRow &row : storedTotals) {
        const auto it = totals.find({row.account, row.currency});
        if (it != totals.end() && it->second.row == row) {
            totals.erase(it);
            continue;
        }
        ++report.accountTotalsDifferences;
        ProjectionDifference d;
        d.table = ProjectionTable::AccountTotals;
        d.account = row.account;
        d.currency = row.currency;
        d.storedTotals = row;
        if (it != totals.end()) {
            d.replayedTotals = it->second.row;
            d.logIndex = it->second.lastLogIndex;
            d.height = it->second.lastHeight;
            totals.erase(it);
        }
        note(std::move(d));
    }
    for (const auto &[key, t] : totals) {
        ++report.accountTotalsDifferences;
        ProjectionDifference d;
        d.table = ProjectionTable::AccountTotals;
        d.account = key.first;
        d.currency = key.second;
        d.replayedTotals = t.row;
        d.logIndex = t.lastLogIndex;
        d.height = t.lastHeight;
        note(std::move(d));
    }

    // State, by key: the value bytes and the cached leaf. The stored values' leaves make the
    // stored state's root, the replayed values' the replay's.
    described = 0;
    std::vector<std::pair<const QByteArray *, const cbor::Value *>> entries;
    entries.reserve(memory.size());
    CY_CHECK(memory.scan(QByteArrayView(), [&entries](const state::Key &key, const cbor::Value &value) {
        entries.emplace_back(&key, &value);
        return true;
    }));
    report.replayedStateEntries = entries.size();
    state::RootBuilder storedRoot;
    state::RootBuilder replayedRoot;
    const auto stateDifference = [&](const QByteArray &key) {
        ++report.stateDifferences;
        ProjectionDifference d;
        d.table = ProjectionTable::State;
        d.stateKey = key;
        if (const auto w = writers.constFind(key); w != writers.cend()) {
            d.logIndex = w->logIndex;
            d.height = w->height;
        }
        return d;
    };
    const auto onlyReplayedEntry = [&](const QByteArray &key, const cbor::Value &value) {
        const QByteArray encoded = value.encode();
        replayedRoot.add(state::entryLeafOfEncoded(key, encoded));
        ProjectionDifference d = stateDifference(key);
        d.replayedValue = valueText(encoded);
        note(std::move(d));
    };
    next = 0;
    CY_CHECK(store.forEachStateRow([&](QByteArrayView keyView, QByteArrayView value, QByteArrayView leaf) {
        ++report.storedStateEntries;
        while (next < entries.size() && QByteArrayView(*entries[next].first) < keyView) {
            onlyReplayedEntry(*entries[next].first, *entries[next].second);
            ++next;
        }
        if (next < entries.size() && QByteArrayView(*entries[next].first) == keyView) {
            const QByteArray &key = *entries[next].first;
            const QByteArray encoded = entries[next].second->encode();
            ++next;
            const merkle::Hash replayedLeaf = state::entryLeafOfEncoded(key, encoded);
            replayedRoot.add(replayedLeaf);
            const bool sameValue = QByteArrayView(encoded) == value;
            storedRoot.add(sameValue ? replayedLeaf : state::entryLeafOfEncoded(key, value));
            const bool sameLeaf = leaf == QByteArrayView(reinterpret_cast<const char *>(replayedLeaf.data()), qsizetype(replayedLeaf.size()));
            if (sameValue && sameLeaf) {
                return true;
            }
            ProjectionDifference d = stateDifference(key);
            d.storedValue = valueText(value);
            d.replayedValue = valueText(encoded);
            d.leafOnly = sameValue;
            note(std::move(d));
            return true;
        }
        const QByteArray key = keyView.toByteArray();
        storedRoot.add(state::entryLeafOfEncoded(key, value));
        ProjectionDifference d = stateDifference(key);
        d.storedValue = valueText(value);
        note(std::move(d));
        return true;
    }));
    while (next < entries.size()) {
        onlyReplayedEntry(*entries[next].first, *entries[next].second);
        ++next;
    }
    report.storedStateRoot = storedRoot.root();
    report.replayedStateRoot = replayedRoot.root();
    report.compared = true;
    if (report.replayedStateRoot != report.tipStateRoot) {
        report.problem = ReplayProblem{report.tipHeight, std::nullopt,
                                       tr("the state the contracts make from the blocks (root %1) is not the one block %2 carries (%3): "
                                          "this program's contracts are not those the ledger was sealed with, or a block was sealed "
                                          "with a wrong state root; `courtyard replay` names the first block that differs")
                                           .arg(shortHex(report.replayedStateRoot))
                                           .arg(report.tipHeight)
                                           .arg(shortHex(report.tipStateRoot))};
    }
    if (!report.ok()) {
        qCInfo(lcProjections) << "the projections of" << store.path() << "differ from the replay:" << report.postingDifferences
                                 << "postings," << report.accountTotalsDifferences << "account totals," << report.stateDifferences
                                 << "state rows";
    }
    return report;
}

} // namespace courtyard::node
