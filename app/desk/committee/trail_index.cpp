#include "app/desk/committee/trail_index.h"

#include "contracts/expenses.h"
#include "core/base/hex.h"
#include "core/codec/cbor.h"
#include "core/ledger/block.h"
#include "core/ledger/transaction.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

namespace courtyard::desk {

Q_LOGGING_CATEGORY(lcTrail, "courtyard.desk.trail")

namespace {

constexpr quint32 kMagic = 0x43595452; // "CYTR"
constexpr quint32 kVersion = 1;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QList<QByteArray> signersOf(const ledger::Transaction &tx)
{
    QList<QByteArray> keys;
    for (const ledger::TransactionSignature &s : tx.signatures()) {
        keys.append(s.key.toByteArray());
    }
    return keys;
}

} // namespace

TrailIndex::TrailIndex(QString cachePath)
    : m_cachePath(std::move(cachePath))
{
}

Result<void> TrailIndex::open(store::Store &store)
{
    QElapsedTimer timer;
    timer.start();
    m_stats = Stats{};
    if (!load(store)) {
        m_rows.clear();
        m_approvals.clear();
        m_blocks = 0;
        m_logSize = 0;
    }
    m_stats.loadMs = msSince(timer);
    CY_TRY(const int added, update(store));
    (void)added;
    return {};
}

Result<int> TrailIndex::update(store::Store &store)
{
    QElapsedTimer timer;
    timer.start();
    m_stats.blocksRead = 0;
    if (store.blockCount() <= m_blocks) {
        m_stats.scanMs = 0;
        return 0;
    }
    CY_TRY(const ledger::Genesis genesis, store.genesis());
    std::vector<ExpenseRow> found;
    std::optional<Error> failure;
    quint64 logSize = m_logSize;
    quint64 blocks = m_blocks;
    CY_CHECK(store.forEachBlock(m_blocks, [&](store::StoredBlock &&block) {
        auto header = ledger::BlockHeader::decode(block.header);
        if (!header) {
            failure = header.error().prefixed(QStringLiteral("block %1").arg(block.height));
            return false;
        }
        for (const store::StoredTransaction &stored : block.transactions) {
            const bool expense = stored.kind == u"expense.record";
            const bool payment = stored.kind == u"repair.pay-vendor";
            const bool approval = stored.kind == u"repair.approve";
            if (!expense && !payment && !approval) {
                continue;
            }
            auto tx = ledger::Transaction::decode(stored.bytes);
            if (!tx) {
                failure = tx.error().prefixed(QStringLiteral("transaction at log index %1").arg(stored.logIndex));
                return false;
            }
            auto record = cbor::Record::from(tx->body().payload, stored.kind);
            if (!record) {
                failure = record.error();
                return false;
            }
            if (approval) {
                auto id = record->bytes(u"id");
                if (id) {
                    m_approvals[*id] = Approval{signersOf(*tx), header->timeMs};
                }
                continue;
            }
            auto invoice = record->bytes(u"invoice");
            auto amount = record->int64(u"amount");
            if (!invoice || !amount) {
                failure = Error{ErrorCode::Malformed,
                                QStringLiteral("the %1 at log index %2 has no invoice or amount").arg(stored.kind).arg(stored.logIndex)};
                return false;
            }
            ExpenseRow row;
            row.logIndex = stored.logIndex;
            row.height = block.height;
            row.txId = stored.id;
            row.source = expense ? ExpenseSource::Expense : ExpenseSource::RepairPayment;
            row.paidMs = header->timeMs;
            row.amount = *amount;
            row.invoice = *invoice;
            row.requester = tx->body().author.toByteArray();
            if (expense) {
                row.approvers = signersOf(*tx);
                row.approvedMs = header->timeMs;
            } else {
                auto id = record->bytes(u"id");
                if (id) {
                    row.repairId = *id;
                    const auto approved = m_approvals.find(*id);
                    if (approved != m_approvals.end()) {
                        row.approvers = approved->second.signers;
                        row.approvedMs = approved->second.atMs;
                        m_approvals.erase(approved); // a repair is paid once
                    }
                }
            }
            found.push_back(std::move(row));
        }
        blocks = block.height + 1;
        logSize = header->logSize();
        ++m_stats.blocksRead;
        return true;
    }));
    if (failure) {
        return tl::unexpected(*failure);
    }
    // Category, vendor and date as the contract recorded them.
    const state::StateView &state = store.state();
    for (ExpenseRow &row : found) {
        CY_TRY(const std::optional<cbor::Value> value, state.get(contracts::expenseKey(row.invoice)));
        if (!value) {
            return fail(ErrorCode::Integrity, QStringLiteral("the payment at log index %1 has no record expense/%2 in the state")
                                                  .arg(row.logIndex)
                                                  .arg(toHex(row.invoice)));
        }
        CY_TRY(const cbor::Record record, cbor::Record::from(*value, QStringLiteral("expense")));
        CY_TRY(row.category, record.text(u"category"));
        CY_TRY(row.vendor, record.text(u"vendor"));
        CY_TRY(const QString date, record.text(u"date"));
        row.date = QDate::fromString(date, Qt::ISODate);
        if (!row.date.isValid()) {
            row.date = genesis.localDate(row.paidMs);
        }
    }
    const int added = int(found.size());
    m_rows.insert(m_rows.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    m_blocks = blocks;
    m_logSize = logSize;
    m_stats.scanMs = msSince(timer);
    save(store);
    return added;
}

bool TrailIndex::load(store::Store &store)
{
    if (m_cachePath.isEmpty()) {
        return false;
    }
    QFile file(m_cachePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray bytes = file.readAll();
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    QByteArray community, root;
    quint64 blocks = 0, logSize = 0, count = 0;
    in >> magic >> version >> community >> blocks >> logSize >> root >> count;
    auto genesis = store.genesis();
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || !genesis ||
        community != genesis->communityId || blocks > store.blockCount() || logSize > store.log().size()) {
        qCInfo(lcTrail) << "the trail cache" << m_cachePath << "does not fit this ledger: rebuilt";
        return false;
    }
    auto rootNow = store.log().rootAt(logSize);
    if (!rootNow || crypto::toByteArray(*rootNow) != root) {
        qCWarning(lcTrail) << "the trail cache" << m_cachePath << "was made for another history of this ledger: rebuilt";
        return false;
    }
    std::vector<ExpenseRow> rows;
    rows.reserve(std::size_t(std::min<quint64>(count, 10'000'000)));
    for (quint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        ExpenseRow r;
        quint8 source = 0;
        qint64 day = 0;
        in >> r.logIndex >> r.height >> r.txId >> source >> day >> r.paidMs >> r.category >> r.vendor >> r.amount >>
            r.invoice >> r.repairId >> r.requester >> r.approvers >> r.approvedMs;
        r.source = source == 1 ? ExpenseSource::RepairPayment : ExpenseSource::Expense;
        r.date = QDate::fromJulianDay(day);
        rows.push_back(std::move(r));
    }
    quint64 approvals = 0;
    in >> approvals;
    std::map<QByteArray, Approval> pending;
    for (quint64 i = 0; i < approvals && in.status() == QDataStream::Ok; ++i) {
        QByteArray id;
        Approval a;
        in >> id >> a.signers >> a.atMs;
        pending.emplace(std::move(id), std::move(a));
    }
    if (in.status() != QDataStream::Ok) {
        qCWarning(lcTrail) << "the trail cache" << m_cachePath << "is damaged: rebuilt";
        return false;
    }
    m_rows = std::move(rows);
    m_approvals = std::move(pending);
    m_blocks = blocks;
    m_logSize = logSize;
    m_stats.fromCache = true;
    m_stats.cachedLogSize = logSize;
    return true;
}

void TrailIndex::save(store::Store &store)
{
    if (m_cachePath.isEmpty()) {
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto genesis = store.genesis();
    auto root = store.log().rootAt(m_logSize);
    if (!genesis || !root) {
        m_saveError = QStringLiteral("the ledger's genesis or log root cannot be read");
        return;
    }
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << kMagic << kVersion << genesis->communityId << m_blocks << m_logSize << crypto::toByteArray(*root)
            << quint64(m_rows.size());
        for (const ExpenseRow &r : m_rows) {
            out << r.logIndex << r.height << r.txId << quint8(r.source) << qint64(r.date.toJulianDay()) << r.paidMs
                << r.category << r.vendor << r.amount << r.invoice << r.repairId << r.requester << r.approvers
                << r.approvedMs;
        }
        out << quint64(m_approvals.size());
        for (const auto &[id, a] : m_approvals) {
            out << id << a.signers << a.atMs;
        }
    }
    QSaveFile file(m_cachePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_saveError = file.errorString();
        qCWarning(lcTrail) << "the trail cache" << m_cachePath << "cannot be written:" << m_saveError;
        return;
    }
    m_saveError.clear();
    m_stats.saveMs = msSince(timer);
}

} // namespace courtyard::desk
