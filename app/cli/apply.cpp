#include "app/cli/apply.h"

#include "core/base/hex.h"
#include "core/ledger/transaction.h"
#include "core/money/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QVariant>

#include <algorithm>
#include <map>
#include <set>

namespace courtyard::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::cli", text);
}

constexpr int kMaxDepth = 24; // below the CBOR decoder's 32, leaving room for the envelope

QString isoTime(quint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).toString(Qt::ISODateWithMs);
}

Result<cbor::Value> toCbor(const QJsonValue &value, const QString &path, int depth)
{
    if (depth > kMaxDepth) {
        return fail(ErrorCode::LimitExceeded, tr("%1: nested deeper than %2 levels").arg(path).arg(kMaxDepth));
    }
    switch (value.type()) {
    case QJsonValue::Null:
        return cbor::Value::null();
    case QJsonValue::Bool:
        return cbor::Value::fromBool(value.toBool());
    case QJsonValue::String:
        return cbor::Value::fromText(value.toString());
    case QJsonValue::Double:
        // Qt keeps a JSON number without fraction or exponent that fits 64 bits as an integer.
        if (value.toVariant().metaType().id() == QMetaType::LongLong) {
            return cbor::Value::fromInt(value.toInteger());
        }
        return fail(ErrorCode::Malformed,
                    tr("%1: %2 is not a whole number from -9223372036854775808 to 9223372036854775807 "
                       "(amounts are integers of minor units; no fractions or exponents)")
                        .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        cbor::Array items;
        items.reserve(std::size_t(a.size()));
        for (qsizetype i = 0; i < a.size(); ++i) {
            CY_TRY(cbor::Value item, toCbor(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), depth + 1));
            items.push_back(std::move(item));
        }
        return cbor::Value::fromArray(std::move(items));
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.size() == 1 && o.contains(QStringLiteral("hex"))) {
            static const QRegularExpression hexDigits(QStringLiteral("^([0-9a-fA-F]{2})*$"));
            const QJsonValue hex = o.value(QStringLiteral("hex"));
            if (!hex.isString() || !hexDigits.match(hex.toString()).hasMatch()) {
                return fail(ErrorCode::Malformed, tr("%1: {\"hex\": ...} needs an even number of hex digits as a string").arg(path));
            }
            return cbor::Value::fromBytes(QByteArray::fromHex(hex.toString().toLatin1()));
        }
        cbor::Map entries;
        entries.reserve(std::size_t(o.size()));
        for (auto it = o.begin(); it != o.end(); ++it) {
            CY_TRY(cbor::Value item, toCbor(it.value(), path + QLatin1Char('.') + it.key(), depth + 1));
            entries.emplace_back(cbor::Value::fromText(it.key()), std::move(item));
        }
        return cbor::Value::fromMap(std::move(entries));
    }
    case QJsonValue::Undefined:
        break;
    }
    return fail(ErrorCode::Malformed, tr("%1: not a JSON value").arg(path));
}

Error lineError(ErrorCode code, int line, const QString &message)
{
    return Error{code, tr("line %1: %2").arg(line).arg(message)};
}

// "2027-01-05T10:00:00Z", with seconds and milliseconds optional; a zone is required.
std::optional<quint64> parseTime(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!shape.match(text).hasMatch()) {
        return std::nullopt;
    }
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.toMSecsSinceEpoch() < 0) {
        return std::nullopt;
    }
    return quint64(t.toMSecsSinceEpoch());
}

Result<BatchLine> parseLine(const QByteArray &text, int number, const QString &baseDir)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(lineError(ErrorCode::Malformed, number,
                              tr("not valid JSON: %1 at character %2").arg(error.errorString()).arg(error.offset + 1)));
    }
    if (!doc.isObject()) {
        return fail(lineError(ErrorCode::Malformed, number, tr("not a JSON object")));
    }
    const QJsonObject o = doc.object();
    static const QStringList known{QStringLiteral("kind"), QStringLiteral("version"), QStringLiteral("fields"),
                                   QStringLiteral("signer"), QStringLiteral("signers"), QStringLiteral("time")};
    for (const QString &key : o.keys()) {
        if (!known.contains(key)) {
            return fail(lineError(ErrorCode::Malformed, number,
                                  tr("unknown field '%1' (a line has kind, version, fields, signer or signers, and time)").arg(key)));
        }
    }
    BatchLine line;
    line.line = number;
    const QJsonValue kind = o.value(QStringLiteral("kind"));
    if (!kind.isString() || kind.toString().isEmpty() || kind.toString().size() > ledger::kMaxKindLength) {
        return fail(lineError(ErrorCode::Malformed, number, tr("'kind' must be a text of 1 to %1 characters").arg(ledger::kMaxKindLength)));
    }
    line.kind = kind.toString();
    if (o.contains(QStringLiteral("version"))) {
        const QJsonValue v = o.value(QStringLiteral("version"));
        const bool integer = v.isDouble() && v.toVariant().metaType().id() == QMetaType::LongLong;
        if (!integer || v.toInteger() < 1 || v.toInteger() > 0xffffffffLL) {
            return fail(lineError(ErrorCode::Malformed, number, tr("'version' must be a whole number from 1")));
        }
        line.version = quint32(v.toInteger());
    }
    if (!o.contains(QStringLiteral("fields")) || !o.value(QStringLiteral("fields")).isObject()) {
        return fail(lineError(ErrorCode::Malformed, number, tr("'fields' must be a JSON object (the payload)")));
    }
    auto payload = toCbor(o.value(QStringLiteral("fields")), QStringLiteral("fields"), 1);
    if (!payload) {
        return fail(lineError(payload.error().code, number, payload.error().message));
    }
    line.payload = std::move(*payload);

    const bool one = o.contains(QStringLiteral("signer"));
    const bool many = o.contains(QStringLiteral("signers"));
    if (one == many) {
        return fail(lineError(ErrorCode::Malformed, number, tr("give either 'signer' (a key file) or 'signers' (key files, the author first)")));
    }
    QJsonArray paths;
    if (one) {
        paths.append(o.value(QStringLiteral("signer")));
    } else if (o.value(QStringLiteral("signers")).isArray()) {
        paths = o.value(QStringLiteral("signers")).toArray();
    }
    if (paths.isEmpty() || paths.size() > ledger::kMaxSignatures) {
        return fail(lineError(ErrorCode::Malformed, number, tr("'signers' must list 1 to %1 key files").arg(ledger::kMaxSignatures)));
    }
    for (const QJsonValue &p : paths) {
        if (!p.isString() || p.toString().isEmpty()) {
            return fail(lineError(ErrorCode::Malformed, number, tr("a signer must be the path of a key file")));
        }
        const QString path = QDir::cleanPath(QDir(baseDir).filePath(p.toString()));
        if (line.signers.contains(path)) {
            return fail(lineError(ErrorCode::Malformed, number, tr("the key file %1 is listed twice").arg(p.toString())));
        }
        line.signers.append(path);
    }

    const QJsonValue time = o.value(QStringLiteral("time"));
    const auto ms = time.isString() ? parseTime(time.toString()) : std::nullopt;
    if (!ms) {
        return fail(lineError(ErrorCode::Malformed, number,
                              tr("'time' must be a date and time with its zone, like \"2027-01-05T10:00:00Z\"")));
    }
    line.timeMs = *ms;
    return line;
}

quint64 lastUsed(const std::map<QByteArray, quint64> &used, const QByteArray &author)
{
    const auto it = used.find(author);
    return it == used.end() ? 0 : it->second;
}

Result<qint64> checkedAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum) || sum > money::kMaxMinorUnits || sum < -money::kMaxMinorUnits) {
        return fail(ErrorCode::Overflow, tr("a sum of postings leaves the range of amounts"));
    }
    return sum;
}

} // namespace

Result<cbor::Value> jsonToCbor(const QJsonValue &value, const QString &path)
{
    return toCbor(value, path, 0);
}

Result<quint64> parseBlockTime(const QString &text)
{
    if (const auto ms = parseTime(text)) {
        return *ms;
    }
    return fail(ErrorCode::Malformed, tr("'%1' is not a date and time with its zone, like 2027-01-05T10:00:00Z").arg(text));
}

Result<std::vector<BatchLine>> parseBatch(const QByteArray &text, const QString &baseDir, quint64 notBeforeMs)
{
    std::vector<BatchLine> lines;
    const QList<QByteArray> raw = text.split('\n');
    const BatchLine *previous = nullptr;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const int number = int(i + 1);
        const QByteArray trimmed = raw[i].trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#')) {
            continue;
        }
        CY_TRY(BatchLine line, parseLine(trimmed, number, baseDir));
        if (line.timeMs < notBeforeMs) {
            return fail(lineError(ErrorCode::InvalidArgument, number,
                                  tr("its time %1 is before the ledger's last block (%2): block times must not go backwards")
                                      .arg(isoTime(line.timeMs), isoTime(notBeforeMs))));
        }
        if (previous && line.timeMs < previous->timeMs) {
            return fail(lineError(ErrorCode::InvalidArgument, number,
                                  tr("its time %1 is before line %2's %3: block times must not go backwards")
                                      .arg(isoTime(line.timeMs)).arg(previous->line).arg(isoTime(previous->timeMs))));
        }
        lines.push_back(std::move(line));
        previous = &lines.back();
    }
    return lines;
}

int BatchReport::accepted() const
{
    return int(std::count_if(lines.begin(), lines.end(), [](const LineResult &r) { return r.accepted; }));
}

int BatchReport::rejected() const
{
    return int(lines.size()) - accepted();
}

Result<BatchReport> applyBatch(node::Ledger &ledger, const std::vector<BatchLine> &lines,
                               const std::map<QString, crypto::KeyPair> &keys, const crypto::KeyPair &sealer)
{
    BatchReport report;
    const QByteArray community = ledger.engine().genesis().communityId;
    std::map<QByteArray, quint64> used; // author -> highest sequence accepted in this batch
    std::size_t begin = 0;
    while (begin < lines.size()) {
        const quint64 timeMs = lines[begin].timeMs;
        std::size_t end = begin;
        while (end < lines.size() && lines[end].timeMs == timeMs) {
            ++end;
        }
        std::vector<std::pair<std::size_t, ledger::TxId>> pending; // report index, id
        for (std::size_t i = begin; i < end; ++i) {
            const BatchLine &line = lines[i];
            LineResult result;
            result.line = line.line;
            result.kind = line.kind;
            result.timeMs = timeMs;
            const crypto::KeyPair &author = keys.at(line.signers.first());
            const QByteArray authorBytes = author.publicKey().toByteArray();
            CY_TRY(const quint64 sealed, ledger.store().lastSealedSequence(author.publicKey()));
            ledger::TransactionBody body;
            body.kind = line.kind;
            body.kindVersion = line.version;
            body.communityId = community;
            body.author = author.publicKey();
            body.sequence = std::max(sealed, lastUsed(used, authorBytes)) + 1;
            body.payload = line.payload;
            const quint64 sequence = body.sequence;
            auto tx = ledger::Transaction::create(std::move(body), author);
            for (qsizetype s = 1; tx && s < line.signers.size(); ++s) {
                tx = tx->withSignature(keys.at(line.signers[s]));
            }
            if (!tx) {
                result.code = QStringLiteral("bad-transaction");
                result.message = tx.error().message;
                report.lines.push_back(std::move(result));
                continue;
            }
            CY_TRY(const std::optional<contracts::Rejection> verdict, ledger.submit(*tx, timeMs));
            if (verdict) {
                result.code = verdict->code;
                result.message = verdict->message;
            } else {
                used[authorBytes] = sequence;
                result.transactionId = crypto::toHex(tx->id());
                pending.emplace_back(report.lines.size(), tx->id());
            }
            report.lines.push_back(std::move(result));
        }
        CY_TRY(const node::SealOutcome outcome, ledger.sealPending(timeMs, sealer));
        std::set<ledger::TxId> dropped;
        for (const node::DroppedTransaction &d : outcome.dropped) {
            dropped.insert(d.id);
            for (const auto &[index, id] : pending) {
                if (id == d.id) {
                    report.lines[index].code = d.rejection.code;
                    report.lines[index].message = d.rejection.message;
                }
            }
        }
        if (outcome.block) {
            const ledger::BlockHeader &h = outcome.block->header;
            quint64 logIndex = h.firstIndex;
            for (const auto &[index, id] : pending) {
                if (dropped.count(id) == 0) {
                    LineResult &r = report.lines[index];
                    r.accepted = true;
                    r.blockHeight = h.height;
                    r.logIndex = logIndex++;
                    r.timeMs = h.timeMs;
                }
            }
            report.blocks.push_back(h.height);
        }
        begin = end;
    }
    return report;
}

// --- books -----------------------------------------------------------------------------------

Result<std::vector<AccountTotals>> trialBalance(store::Store &store)
{
    // The store keeps each account's totals with every block (account_totals), so this reads one
    // row per account instead of adding up every posting; node::checkInvariants checks them
    // against the postings.
    CY_TRY(const std::vector<store::AccountTotalsRow> rows, store.accountTotals());
    std::vector<AccountTotals> result;
    result.reserve(rows.size());
    for (const store::AccountTotalsRow &row : rows) {
        if (row.debits > money::kMaxMinorUnits || row.credits > money::kMaxMinorUnits) {
            return fail(ErrorCode::Overflow, tr("the totals of %1 leave the range of amounts").arg(row.account));
        }
        result.push_back(AccountTotals{row.account, row.currency, row.debits, row.credits});
    }
    // By account then currency as QString orders them (the table's order is by UTF-8 bytes).
    std::sort(result.begin(), result.end(), [](const AccountTotals &a, const AccountTotals &b) {
        return std::tie(a.account, a.currency) < std::tie(b.account, b.currency);
    });
    return result;
}

QStringList unitAccounts(const QString &unit)
{
    return {QStringLiteral("Assets:Receivable:") + unit, QStringLiteral("Liabilities:Prepaid:") + unit,
            QStringLiteral("Liabilities:Deposits:") + unit};
}

Result<std::vector<StatementRow>> statement(store::Store &store, const QString &unit)
{
    const QStringList accounts = unitAccounts(unit);
    // One index range per account, each posting with its transaction; block times by height.
    const store::Store::ReadScope reading(store); // one snapshot
    CY_TRY(const std::vector<store::AccountPosting> rows, store.accountPostings(accounts));
    std::map<quint64, quint64> blockTimes;
    std::vector<StatementRow> result;
    result.reserve(rows.size());
    qint64 due = 0;
    qint64 deposit = 0;
    for (const store::AccountPosting &p : rows) {
        const store::PostingRow &row = p.posting;
        auto time = blockTimes.find(p.blockHeight);
        if (time == blockTimes.end()) {
            CY_TRY(const quint64 ms, store.blockTime(p.blockHeight));
            time = blockTimes.emplace(p.blockHeight, ms).first;
        }
        if (row.account == accounts[2]) {
            CY_TRY(deposit, checkedAdd(deposit, -row.amount)); // a credit to the liability is a deposit held
        } else {
            CY_TRY(due, checkedAdd(due, row.amount));
        }
        result.push_back(StatementRow{row.logIndex, row.ordinal, p.blockHeight, time->second, toHex(p.transactionId), p.kind,
                                      row.account, row.currency, row.amount, due, deposit});
    }
    return result;
}

Result<void> checkProjectionsCurrent(store::Store &store)
{
    CY_TRY(const ledger::SealedBlock tip, store.tip());
    CY_TRY(const merkle::Hash root, store.stateRoot());
    if (root != tip.header.stateRoot) {
        return fail(ErrorCode::Integrity,
                    tr("the stored state is not that of block %1 (its projections are out of date or damaged); "
                       "run 'courtyard replay' to check the ledger and 'courtyard replay --rebuild' to rebuild them")
                        .arg(tip.header.height));
    }
    return {};
}

Result<ReadOnlyReplay> replayReadOnly(store::Store &store, const contracts::Registry &registry)
{
    ReadOnlyReplay result;
    node::ReplayReport &report = result.report;
    CY_TRY(const ledger::Genesis genesis, store.genesis());
    const contracts::Engine engine(registry, genesis);
    state::MemoryState memory;
    std::vector<store::PostingRow> postings;
    std::optional<Error> failure;
    const auto problem = [&report](quint64 height, std::optional<quint64> logIndex, QString reason) {
        report.problem = node::ReplayProblem{height, logIndex, std::move(reason)};
        return false;
    };
    ledger::KeyCache keys;
    quint64 expectedIndex = 0;
    CY_CHECK(store.forEachBlock(0, [&](store::StoredBlock &&b) {
        auto sealed = ledger::SealedBlock::fromParts(b.header, b.signature, b.checkpointSignature);
        if (!sealed) {
            return problem(b.height, std::nullopt, sealed.error().message);
        }
        const ledger::BlockHeader &h = sealed->header;
        if (h.firstIndex != expectedIndex || h.transactionCount() != b.transactions.size()) {
            return problem(b.height, std::nullopt,
                           tr("its transactions are not the log range %1 to %2").arg(h.firstIndex).arg(h.lastIndex));
        }
        state::StateDelta blockDelta;
        for (const store::StoredTransaction &t : b.transactions) {
            auto tx = ledger::Transaction::decode(t.bytes, &keys);
            if (!tx) {
                return problem(b.height, t.logIndex, tx.error().message);
            }
            const state::OverlayView view(memory, blockDelta);
            auto effects = engine.apply(view, *tx, h.timeMs);
            if (!effects) {
                return problem(b.height, t.logIndex,
                               tr("refused by its contract: %1 (%2)").arg(effects.error().message, effects.error().code));
            }
            blockDelta.merge(effects->delta);
            std::vector<store::PostingRow> rows = node::postingRows(t.logIndex, effects->postings);
            postings.insert(postings.end(), rows.begin(), rows.end());
        }
        memory.apply(blockDelta);
        auto root = state::stateRoot(memory);
        if (!root) {
            failure = root.error();
            return false;
        }
        if (*root != h.stateRoot) {
            return problem(b.height, std::nullopt, tr("the state root after replay (%1) is not the header's (%2)")
                                                       .arg(crypto::toHex(*root).left(16), crypto::toHex(h.stateRoot).left(16)));
        }
        expectedIndex = h.lastIndex + 1;
        ++report.blocks;
        report.transactions += b.transactions.size();
        return true;
    }));
    if (failure) {
        return fail(*failure);
    }
    result.postings = postings.size();
    result.stateEntries = memory.size();
    if (!report.problem) {
        CY_TRY(const merkle::Hash stored, store.stateRoot());
        CY_TRY(const merkle::Hash replayed, state::stateRoot(memory));
        // The stored values too, not only the leaves cached beside them: an edited value shows
        // (one that is not canonical CBOR cannot even be hashed).
        const auto storedValues = state::stateRoot(store.state());
        result.stateMatches = stored == replayed && storedValues && *storedValues == replayed;
        CY_TRY(const std::vector<store::PostingRow> storedPostings, store.postings());
        result.postingsMatch = storedPostings == postings;
        // The totals the trial balance reads: the sums of the replayed postings.
        std::map<std::pair<QString, QString>, store::AccountTotalsRow> sums;
        for (const store::PostingRow &row : postings) {
            store::AccountTotalsRow &t = sums[{row.account, row.currency}];
            t.account = row.account;
            t.currency = row.currency;
            (row.amount >= 0 ? t.debits : t.credits) += row.amount >= 0 ? row.amount : -row.amount;
            ++t.postings;
        }
        CY_TRY(const std::vector<store::AccountTotalsRow> storedTotals, store.accountTotals());
        std::map<std::pair<QString, QString>, store::AccountTotalsRow> storedSums;
        for (const store::AccountTotalsRow &t : storedTotals) {
            storedSums.emplace(std::pair(t.account, t.currency), t);
        }
        result.accountTotalsMatch = storedSums.size() == storedTotals.size() && storedSums == sums;
    }
    return result;
}

} // namespace courtyard::cli
