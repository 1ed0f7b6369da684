// The SQLite store: schema and migrations, append-only tables, atomic and checked block
// commits, a full disk, a newer schema, files that are not ledgers, and the outbox.
#include "tests/support/fixture.h"
#include "tests/support/raw_db.h"

#include "core/store/chunk_tree.h"
#include "core/store/migrations.h"
#include "core/verify/verifier.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <random>

#include <sqlite3.h>

using namespace courtyard;

namespace {

// A raw SQLite connection that bypasses the application, as an attacker or a careless script would.
using testing::RawDb;

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createAndReopen();
    void schemaIsVersionedAndMarked();
    void ledgerTablesAreAppendOnly_data();
    void ledgerTablesAreAppendOnly();
    void appendBlockRefusesBlocksThatDoNotFit_data();
    void appendBlockRefusesBlocksThatDoNotFit();
    void blockCommitIsAtomic();
    void fullDiskLosesNothing();
    void checkpointsInBackground();
    void newerSchemaIsRefusedAndUntouched();
    void notALedger();
    void outboxReservesSequencesDurably();
    void appendBlockChecksItsParts();
    void createIsAllOrNothing();
    void readOnlyOpenWritesNothing();
    void outboxFailedBuildConsumesNothing();
    void outboxEntriesBecomeSealedWithTheirBlock();
    void stateTableIsAStateView();
    void blockEffectsCommitWithTheBlock();
    void rebuildProjectionsIsAllOrNothing();
    void chunkedRootFollowsEveryWrite();
    void chunkTreeEditsLeaveEarlierVersionsAlone();
    void versionOneUpgradesInPlace();
    void logIsReadFromTheCachedLeaves();
    void versionFourGainsTheLeafCache();
    void leafCacheThatDoesNotFitIsNotUsed_data();
    void leafCacheThatDoesNotFitIsNotUsed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    testing::Community m_c;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("ledger.db"));
}

void TestStore::createAndReopen()
{
    {
        auto store = testing::makeLedger(m_path, m_c, 3, 4);
        QCOMPARE(store->blockCount(), quint64(4));
        QCOMPARE(store->log().size(), quint64(13));
    }
    auto store = store::Store::open(m_path);
    CY_VERIFY_OK(store);
    QCOMPARE((*store)->blockCount(), quint64(4));
    QCOMPARE((*store)->log().size(), quint64(13));
    auto tip = (*store)->tip();
    QVERIFY(tip.has_value());
    QCOMPARE(tip->header.height, quint64(3));
    QCOMPARE(tip->header.logRoot, (*store)->log().root());
    auto genesis = (*store)->genesis();
    QVERIFY(genesis.has_value());
    QCOMPARE(genesis->name, QStringLiteral("Test Gardens"));
    auto b = (*store)->block(2);
    QVERIFY(b.has_value());
    QCOMPARE(b->transactions.size(), std::size_t(4));
    QCOMPARE(b->transactions.front().logIndex, quint64(5));
    QCOMPARE((*store)->block(4).error().code, ErrorCode::NotFound);
    auto where = (*store)->findTransaction(*crypto::digestFromBytes(b->transactions[1].id));
    QVERIFY(where.has_value());
    QCOMPARE(where->logIndex, quint64(6));
    QCOMPARE(where->blockHeight, quint64(2));
    QCOMPARE((*store)->findTransaction(crypto::sha256("nope")).error().code, ErrorCode::NotFound);
    QCOMPARE(*(*store)->lastSealedSequence(m_c.manager.publicKey()), quint64(6));
    // By (author, sequence): the transaction at log index 6 is the manager's with its sequence.
    const auto byId = ledger::Transaction::decode(where->bytes);
    QVERIFY(byId.has_value());
    const auto bySequence = (*store)->findTransaction(byId->body().author, byId->body().sequence);
    QVERIFY(bySequence.has_value());
    QCOMPARE(bySequence->logIndex, quint64(6));
    QCOMPARE(bySequence->bytes, where->bytes);
    QCOMPARE((*store)->findTransaction(m_c.manager.publicKey(), 7).error().code, ErrorCode::NotFound);
    // Creating over an existing ledger is refused.
    QCOMPARE(store::Store::create(m_path, m_c.genesis, m_c.server, 1).error().code, ErrorCode::Conflict);
}

void TestStore::schemaIsVersionedAndMarked()
{
    testing::makeLedger(m_path, m_c, 0, 0).reset();
    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")), qint64(store::latestSchemaVersion()));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA application_id")), qint64(store::kApplicationId));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")), qint64(5));
}

void TestStore::ledgerTablesAreAppendOnly_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update transaction bytes") << QStringLiteral("UPDATE transactions SET bytes = x'00' WHERE log_index = 1");
    QTest::newRow("update transaction kind") << QStringLiteral("UPDATE transactions SET kind = 'x'");
    QTest::newRow("delete transaction") << QStringLiteral("DELETE FROM transactions WHERE log_index = 2");
    QTest::newRow("update block header") << QStringLiteral("UPDATE blocks SET header = x'00' WHERE height = 1");
    QTest::newRow("delete block") << QStringLiteral("DELETE FROM blocks WHERE height = 1");
    QTest::newRow("edit outbox bytes") << QStringLiteral("UPDATE outbox SET bytes = x'00'");
}

void TestStore::ledgerTablesAreAppendOnly()
{
    QFETCH(QString, sql);
    {
        auto store = testing::makeLedger(m_path, m_c, 2, 2);
        auto entry = store->enqueue(m_c.kiosk.publicKey(), 1, [&](quint64 seq) {
            return Result<ledger::Transaction>(testing::makeTransaction(m_c, m_c.kiosk, seq));
        });
        QVERIFY(entry.has_value());
    }
    RawDb raw(m_path);
    const QString error = raw.exec(sql);
    QVERIFY2(error.contains(QStringLiteral("append-only")) || error.contains(QStringLiteral("cannot be edited")), qPrintable(error));
    auto store = store::Store::open(m_path);
    QVERIFY(store.has_value());
    auto report = verify::verifyStore(**store);
    QVERIFY(report.has_value());
    QVERIFY(report->ok());
    QCOMPARE(report->transactions, quint64(5));
}

void TestStore::appendBlockRefusesBlocksThatDoNotFit_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("height") << QStringLiteral("height") << QStringLiteral("expected height");
    QTest::newRow("previous") << QStringLiteral("previous") << QStringLiteral("previous hash");
    QTest::newRow("first index") << QStringLiteral("first") << QStringLiteral("log index");
    QTest::newRow("count") << QStringLiteral("count") << QStringLiteral("transactions");
    QTest::newRow("log root lies") << QStringLiteral("root") << QStringLiteral("log root");
    QTest::newRow("time goes back") << QStringLiteral("time") << QStringLiteral("time");
    QTest::newRow("other community") << QStringLiteral("community") << QStringLiteral("community");
}

void TestStore::appendBlockRefusesBlocksThatDoNotFit()
{
    QFETCH(QString, change);
    QFETCH(QString, mentions);
    auto store = testing::makeLedger(m_path, m_c, 2, 3);
    const quint64 blocksBefore = store->blockCount();
    const merkle::Hash rootBefore = store->log().root();
    auto tip = store->tip();
    QVERIFY(tip.has_value());

    std::vector<ledger::Transaction> txs{testing::makeTransaction(m_c, m_c.manager, 100), testing::makeTransaction(m_c, m_c.manager, 101)};
    merkle::MerkleLog log = store->log();
    for (const auto &tx : txs) {
        log.append(tx.bytes());
    }
    ledger::BlockHeader h;
    h.communityId = m_c.genesis.communityId;
    h.height = tip->header.height + 1;
    h.previous = tip->hash;
    h.firstIndex = store->log().size();
    h.lastIndex = h.firstIndex + 1;
    h.logRoot = log.root();
    h.stateRoot = testing::noState();
    h.timeMs = tip->header.timeMs + 1;
    if (change == QLatin1String("height")) {
        h.height += 1;
    } else if (change == QLatin1String("previous")) {
        h.previous = crypto::sha256("elsewhere");
    } else if (change == QLatin1String("first")) {
        h.firstIndex += 1;
        h.lastIndex += 1;
    } else if (change == QLatin1String("count")) {
        h.lastIndex += 1;
    } else if (change == QLatin1String("root")) {
        h.logRoot = crypto::sha256("a lie");
    } else if (change == QLatin1String("time")) {
        h.timeMs = tip->header.timeMs - 1;
    } else if (change == QLatin1String("community")) {
        h.communityId = QByteArray(16, 'z');
    }
    const ledger::SealedBlock block = ledger::sealBlock(h, m_c.server, m_c.genesis.logOrigin());
    auto appended = store->appendBlock(block, txs);
    QVERIFY(!appended.has_value());
    QCOMPARE(appended.error().code, ErrorCode::Integrity);
    QVERIFY2(appended.error().message.contains(mentions), qPrintable(appended.error().message));
    // Nothing changed, in memory or on disk.
    QCOMPARE(store->blockCount(), blocksBefore);
    QCOMPARE(store->log().root(), rootBefore);
    store.reset();
    auto reopened = store::Store::open(m_path);
    QVERIFY(reopened.has_value());
    QCOMPARE((*reopened)->blockCount(), blocksBefore);
    QCOMPARE((*reopened)->log().root(), rootBefore);
}

void TestStore::blockCommitIsAtomic()
{
    auto store = testing::makeLedger(m_path, m_c, 1, 2);
    // The second transaction repeats (author, sequence) of a sealed one: the database refuses
    // it, and the first transaction and the block row must not be left behind.
    const quint64 usedSequence = *store->lastSealedSequence(m_c.manager.publicKey());
    std::vector<ledger::Transaction> txs{testing::makeTransaction(m_c, m_c.kiosk, 50),
                                         testing::makeTransaction(m_c, m_c.manager, usedSequence, QStringLiteral("replay"))};
    auto sealed = store->sealNext(txs, testing::noState(), 1798761700000, m_c.server);
    QVERIFY(!sealed.has_value());
    QCOMPARE(sealed.error().code, ErrorCode::Conflict);
    QCOMPARE(store->blockCount(), quint64(2));
    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM blocks")), qint64(2));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM transactions")), qint64(3));
    // And the store still works afterwards.
    auto next = store->sealNext({testing::makeTransaction(m_c, m_c.kiosk, 51)}, testing::noState(), 1798761700000, m_c.server);
    CY_VERIFY_OK(next);
    QCOMPARE(next->header.height, quint64(2));
}

void TestStore::fullDiskLosesNothing()
{
    testing::makeLedger(m_path, m_c, 1, 2).reset();
    const qint64 pages = RawDb(m_path).scalar(QStringLiteral("PRAGMA page_count"));
    store::OpenOptions options;
    options.maxPageCountForTesting = pages + 12; // room for a few blocks only
    auto store = store::Store::open(m_path, options);
    QVERIFY(store.has_value());
    quint64 seq = 1000;
    int appended = 0;
    Error lastError;
    for (int i = 0; i < 200; ++i) {
        std::vector<ledger::Transaction> txs;
        for (int t = 0; t < 5; ++t) {
            txs.push_back(testing::makeTransaction(m_c, m_c.kiosk, ++seq, QStringLiteral("big"), 3000));
        }
        auto sealed = (*store)->sealNext(txs, testing::noState(), 1798761700000, m_c.server);
        if (!sealed) {
            lastError = sealed.error();
            break;
        }
        ++appended;
    }
    QVERIFY2(appended > 0 && appended < 200, "the page limit never filled up");
    QCOMPARE(lastError.code, ErrorCode::DiskFull);
    QVERIFY2(lastError.message.contains(QStringLiteral("full")), qPrintable(lastError.message));
    QCOMPARE((*store)->blockCount(), quint64(2 + appended));
    store->reset();

    auto reopened = store::Store::open(m_path);
    QVERIFY(reopened.has_value());
    QCOMPARE((*reopened)->blockCount(), quint64(2 + appended));
    auto report = verify::verifyStore(**reopened);
    QVERIFY(report.has_value());
    CY_VERIFY_REPORT_OK(*report);
    QCOMPARE(report->transactions, quint64(3 + 5 * appended));
}

void TestStore::checkpointsInBackground()
{
    // With checkpointInBackground the WAL is copied into the database file by another thread and
    // connection; what was committed is all there, for other readers and after closing.
    testing::makeLedger(m_path, m_c, 1, 2).reset();
    const qint64 sizeBefore = QFileInfo(m_path).size();
    store::OpenOptions options;
    options.checkpointInBackground = true;
    options.backgroundCheckpointPages = 2000;
    auto store = store::Store::open(m_path, options);
    CY_VERIFY_OK(store);
    quint64 seq = 1000;
    // Blocks of 10 transactions of 3,000 bytes (with their indexes, about 20 pages of WAL each).
    const auto sealBlocks = [&](int blocks) {
        for (int block = 0; block < blocks; ++block) {
            std::vector<ledger::Transaction> txs;
            for (int t = 0; t < 10; ++t) {
                txs.push_back(testing::makeTransaction(m_c, m_c.kiosk, ++seq, QStringLiteral("big"), 3000));
            }
            CY_VERIFY_OK((*store)->sealNext(txs, testing::noState(), 1798761700000, m_c.server));
        }
    };
    sealBlocks(70);
    QTest::qWait(300);
    // More than SQLite's own 1,000 pages, fewer than the 2,000 asked for: the WAL keeps them (its
    // file holds every frame written, as none was checkpointed).
    QCOMPARE((*store)->backgroundCheckpointsForTesting(), quint64(0));
    QCOMPARE(QFileInfo(m_path).size(), sizeBefore);
    const qint64 walFrames = (QFileInfo(m_path + QStringLiteral("-wal")).size() - 32) / (4096 + 24);
    QVERIFY2(walFrames > 1000 && walFrames < 2000, qPrintable(QStringLiteral("%1 pages in the WAL").arg(walFrames)));
    sealBlocks(70);
    QTRY_VERIFY_WITH_TIMEOUT((*store)->backgroundCheckpointsForTesting() >= 1, 10000);
    QVERIFY2(QFileInfo(m_path).size() > sizeBefore + 2 * 1024 * 1024, "the database file did not receive the WAL's pages");
    QCOMPARE(RawDb(m_path).scalar(QStringLiteral("SELECT count(*) FROM transactions")), qint64(3 + 1400)); // genesis + 2 + 140 x 10
    store->reset();

    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral("-wal"))); // the last connection closed checkpoints and removes it
    auto reopened = store::Store::open(m_path);
    CY_VERIFY_OK(reopened);
    QCOMPARE((*reopened)->blockCount(), quint64(2 + 140));
    auto report = verify::verifyStore(**reopened);
    CY_VERIFY_OK(report);
    CY_VERIFY_REPORT_OK(*report);
    QCOMPARE(report->transactions, quint64(3 + 1400));
}

void TestStore::newerSchemaIsRefusedAndUntouched()
{
    testing::makeLedger(m_path, m_c, 1, 1).reset();
    RawDb(m_path).exec(QStringLiteral("PRAGMA user_version = 99"));
    const QByteArray before = fileBytes(m_path);
    auto store = store::Store::open(m_path);
    QVERIFY(!store.has_value());
    QCOMPARE(store.error().code, ErrorCode::SchemaTooNew);
    QVERIFY2(store.error().message.contains(QStringLiteral("99")), qPrintable(store.error().message));
    QVERIFY(store.error().message.contains(QString::number(store::latestSchemaVersion())));
    QCOMPARE(fileBytes(m_path), before);
    QCOMPARE(RawDb(m_path).scalar(QStringLiteral("PRAGMA user_version")), qint64(99));
}

void TestStore::notALedger()
{
    QCOMPARE(store::Store::open(m_dir->filePath(QStringLiteral("missing.db"))).error().code, ErrorCode::NotFound);

    const QString garbage = m_dir->filePath(QStringLiteral("garbage.db"));
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x5a'));
    }
    auto g = store::Store::open(garbage);
    QVERIFY(!g.has_value());
    QCOMPARE(g.error().code, ErrorCode::Malformed);
    QVERIFY(g.error().message.contains(QStringLiteral("not a Courtyard ledger")));

    const QString other = m_dir->filePath(QStringLiteral("other.db"));
    RawDb(other).exec(QStringLiteral("CREATE TABLE t (x)"));
    auto o = store::Store::open(other);
    QVERIFY(!o.has_value());
    QCOMPARE(o.error().code, ErrorCode::Malformed);
    QCOMPARE(RawDb(other).scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")), qint64(1)); // untouched
}

void TestStore::outboxReservesSequencesDurably()
{
    testing::makeLedger(m_path, m_c, 1, 2).reset(); // the kiosk sealed sequence 1 in block 1
    QList<quint64> seen;
    for (int round = 0; round < 2; ++round) {
        auto store = store::Store::open(m_path);
        QVERIFY(store.has_value());
        for (int i = 0; i < 3; ++i) {
            auto entry = (*store)->enqueue(m_c.kiosk.publicKey(), 100 + quint64(round * 10 + i), [&](quint64 seq) {
                return Result<ledger::Transaction>(testing::makeTransaction(m_c, m_c.kiosk, seq));
            });
            CY_VERIFY_OK(entry);
            QCOMPARE(entry->state, store::OutboxState::Pending);
            seen << entry->sequence;
        }
    }
    QCOMPARE(seen, (QList<quint64>{2, 3, 4, 5, 6, 7}));
    auto store = store::Store::open(m_path);
    auto pending = (*store)->outbox(store::OutboxState::Pending);
    QVERIFY(pending.has_value());
    QCOMPARE(pending->size(), std::size_t(6));
    auto tx = ledger::Transaction::decode(pending->front().bytes);
    QVERIFY(tx.has_value());
    QCOMPARE(tx->body().sequence, quint64(2));
    QVERIFY(tx->verifySignatures().has_value());
}

void TestStore::outboxFailedBuildConsumesNothing()
{
    auto store = testing::makeLedger(m_path, m_c, 0, 0);
    auto failed = store->enqueue(m_c.kiosk.publicKey(), 1, [](quint64) -> Result<ledger::Transaction> {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the resident cancelled"));
    });
    QVERIFY(!failed.has_value());
    QCOMPARE(failed.error().message, QStringLiteral("the resident cancelled"));
    // A transaction with another sequence than the reserved one is refused too.
    auto wrong = store->enqueue(m_c.kiosk.publicKey(), 1, [&](quint64 seq) {
        return Result<ledger::Transaction>(testing::makeTransaction(m_c, m_c.kiosk, seq + 5));
    });
    QVERIFY(!wrong.has_value());
    QCOMPARE(store->outbox()->size(), std::size_t(0));
    auto ok = store->enqueue(m_c.kiosk.publicKey(), 2, [&](quint64 seq) {
        return Result<ledger::Transaction>(testing::makeTransaction(m_c, m_c.kiosk, seq));
    });
    QVERIFY(ok.has_value());
    QCOMPARE(ok->sequence, quint64(1));
}

void TestStore::outboxEntriesBecomeSealedWithTheirBlock()
{
    auto store = testing::makeLedger(m_path, m_c, 0, 0);
    std::vector<ledger::Transaction> txs;
    for (int i = 0; i < 3; ++i) {
        auto entry = store->enqueue(m_c.kiosk.publicKey(), quint64(10 + i), [&](quint64 seq) {
            return Result<ledger::Transaction>(testing::makeTransaction(m_c, m_c.kiosk, seq));
        });
        QVERIFY(entry.has_value());
        txs.push_back(*ledger::Transaction::decode(entry->bytes));
    }
    auto reject = store->markRejected(txs[2].id(), QStringLiteral("unit-unknown"), QStringLiteral("unit 99-9999 does not exist"));
    QVERIFY(reject.has_value());
    QCOMPARE(store->markRejected(txs[2].id(), QStringLiteral("x"), QStringLiteral("y")).error().code, ErrorCode::NotFound);
    auto sealed = store->sealNext({txs[0], txs[1]}, testing::noState(), 1798761700000, m_c.server);
    QVERIFY(sealed.has_value());

    auto all = store->outbox();
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), std::size_t(3));
    QCOMPARE((*all)[0].state, store::OutboxState::Sealed);
    QCOMPARE((*all)[0].blockHeight, std::optional<quint64>(1));
    QCOMPARE((*all)[0].logIndex, std::optional<quint64>(1));
    QCOMPARE((*all)[1].logIndex, std::optional<quint64>(2));
    QCOMPARE((*all)[2].state, store::OutboxState::Rejected);
    QCOMPARE((*all)[2].reasonCode, QStringLiteral("unit-unknown"));
    QCOMPARE(store->outbox(store::OutboxState::Pending)->size(), std::size_t(0));
}

void TestStore::appendBlockChecksItsParts()
{
    auto store = testing::makeLedger(m_path, m_c, 2, 2);
    auto tip = store->tip();
    const std::vector<ledger::Transaction> txs{testing::makeTransaction(m_c, m_c.kiosk, 100)};
    merkle::MerkleLog log = store->log();
    log.append(txs[0].bytes());
    ledger::BlockHeader h = tip->header;
    h.height += 1;
    h.previous = tip->hash;
    h.firstIndex = h.lastIndex = store->log().size();
    h.logRoot = log.root();
    ledger::SealedBlock block = ledger::sealBlock(h, m_c.server, m_c.genesis.logOrigin());
    ledger::SealedBlock wrongBytes = block;
    wrongBytes.headerBytes = tip->headerBytes; // the stored bytes would say something else
    auto refused = store->appendBlock(wrongBytes, txs);
    QVERIFY(!refused.has_value());
    QVERIFY(refused.error().message.contains(QStringLiteral("header bytes")));
    ledger::SealedBlock wrongHash = block;
    wrongHash.hash = tip->hash;
    QVERIFY(!store->appendBlock(wrongHash, txs).has_value());
    QCOMPARE(store->blockCount(), quint64(3));
    CY_VERIFY_OK(store->appendBlock(block, txs));
}

void TestStore::createIsAllOrNothing()
{
    // A genesis that cannot be made leaves nothing behind, under the name or a temporary one.
    ledger::Genesis bad = m_c.genesis;
    bad.quorum = 9;
    QVERIFY(!store::Store::create(m_path, bad, m_c.server, 1).has_value());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    // Signed by a key that is not the sealer: refused before any file exists.
    QVERIFY(!store::Store::create(m_path, m_c.genesis, m_c.manager, 1).has_value());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    // A successful create leaves exactly the ledger (and its open WAL), complete.
    auto store = store::Store::create(m_path, m_c.genesis, m_c.server, 1);
    CY_VERIFY_OK(store);
    QCOMPARE((*store)->blockCount(), quint64(1));
    store->reset();
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("ledger.db")});
    // Never over an existing file, and that file is left as it was.
    const QByteArray before = fileBytes(m_path);
    QCOMPARE(store::Store::create(m_path, m_c.genesis, m_c.server, 2).error().code, ErrorCode::Conflict);
    QCOMPARE(fileBytes(m_path), before);
}

void TestStore::readOnlyOpenWritesNothing()
{
    testing::makeLedger(m_path, m_c, 2, 3).reset();
    const QByteArray before = fileBytes(m_path);
    store::OpenOptions readOnly;
    readOnly.readOnly = true;
    {
        auto store = store::Store::open(m_path, readOnly);
        CY_VERIFY_OK(store);
        QCOMPARE((*store)->blockCount(), quint64(3));
        auto report = verify::verifyStore(**store);
        CY_VERIFY_REPORT_OK(*report);
        // Writing through a read-only store fails cleanly.
        auto sealed = (*store)->sealNext({testing::makeTransaction(m_c, m_c.kiosk, 50)}, testing::noState(), 1798800000000, m_c.server);
        QVERIFY(!sealed.has_value());
        QCOMPARE((*store)->blockCount(), quint64(3));
    }
    QCOMPARE(fileBytes(m_path), before);
    // An older schema cannot be read without upgrading it, which a read-only open will not do.
    RawDb(m_path).exec(QStringLiteral("PRAGMA user_version = 0"));
    auto old = store::Store::open(m_path, readOnly);
    QVERIFY(!old.has_value());
    QVERIFY(old.error().message.contains(QStringLiteral("upgraded")));
}

namespace {

std::vector<std::pair<QByteArray, QByteArray>> scanned(const state::StateView &view, QByteArrayView prefix)
{
    std::vector<std::pair<QByteArray, QByteArray>> out;
    const auto ok = view.scan(prefix, [&](const state::Key &key, const cbor::Value &value) {
        out.emplace_back(key, value.encode());
        return true;
    });
    CY_ASSERT(ok.has_value());
    return out;
}

} // namespace

void TestStore::stateTableIsAStateView()
{
    // Keys chosen around the prefix-successor edge cases: 0xff bytes, a prefix that is a key,
    // the empty key.
    const std::vector<QByteArray> keys{QByteArray(), QByteArray("a"), QByteArray("a/1"), QByteArray("a/2"), QByteArray("a\xff"),
                                       QByteArray("a\xff\xff"), QByteArray("a\xff\x00", 3), QByteArray("b"), QByteArray("\xff"),
                                       QByteArray("\xff\xff\x01")};
    store::BlockEffects genesis;
    state::MemoryState memory;
    int i = 0;
    for (const QByteArray &k : keys) {
        genesis.delta.put(k, cbor::Value::fromInt(++i));
    }
    memory.apply(genesis.delta);
    auto created = store::Store::create(m_path, m_c.genesis, m_c.server, 1, genesis);
    CY_VERIFY_OK(created);
    store::Store &s = **created;
    const auto memoryRoot = state::stateRoot(memory);
    CY_VERIFY_OK(memoryRoot);
    QCOMPARE(s.tip()->header.stateRoot, *memoryRoot);
    QCOMPARE(*s.stateRoot(), *memoryRoot);
    QCOMPARE(*state::stateRoot(s.state()), *memoryRoot);

    for (const QByteArray &prefix : {QByteArray(), QByteArray("a"), QByteArray("a/"), QByteArray("a\xff"), QByteArray("\xff"),
                                     QByteArray("\xff\xff"), QByteArray("c"), QByteArray("a/1/x")}) {
        QCOMPARE(scanned(s.state(), prefix), scanned(memory, prefix));
    }
    auto got = s.state().get("a/2");
    CY_VERIFY_OK(got);
    QCOMPARE(**got, cbor::Value::fromInt(4));
    auto missing = s.state().get("a/3");
    CY_VERIFY_OK(missing);
    QVERIFY(!missing->has_value());
    // A scan stops when the visitor says so.
    int seen = 0;
    CY_VERIFY_OK(s.state().scan("a", [&](const state::Key &, const cbor::Value &) { return ++seen < 2; }));
    QCOMPARE(seen, 2);

    // The root with a delta, computed without writing, is the root of the state with it applied.
    state::StateDelta delta;
    delta.remove("a/1");
    delta.put("a/15", cbor::Value::fromText(QStringLiteral("new")));
    delta.put("b", cbor::Value::fromInt(-7));
    delta.put("zz", cbor::Value::fromBool(true));
    delta.remove("nothing-here");
    memory.apply(delta);
    const auto withDelta = s.stateRootWith(delta);
    CY_VERIFY_OK(withDelta);
    QCOMPARE(*withDelta, *state::stateRoot(memory));
    QCOMPARE(*s.stateRoot(), *memoryRoot); // nothing was written
    // A damaged value is reported, not decoded into something else.
    RawDb(m_path).exec(QStringLiteral("UPDATE state SET value = x'ff' WHERE key = CAST('b' AS BLOB)"));
    QCOMPARE(s.state().get("b").error().code, ErrorCode::Integrity);
}

void TestStore::blockEffectsCommitWithTheBlock()
{
    auto created = store::Store::create(m_path, m_c.genesis, m_c.server, 1);
    CY_VERIFY_OK(created);
    store::Store &s = **created;
    QCOMPARE(s.tip()->header.stateRoot, merkle::emptyRoot()); // no effects: the empty state
    store::BlockEffects effects;
    effects.delta.put("balance/1", cbor::Value::fromInt(500));
    effects.delta.put("balance/2", cbor::Value::fromInt(-500));
    effects.postings = {{1, 0, QStringLiteral("Assets:Unit:1"), QStringLiteral("CNY"), 500},
                        {1, 1, QStringLiteral("Equity:Opening"), QStringLiteral("CNY"), -500},
                        {2, 0, QStringLiteral("Assets:Unit:1"), QStringLiteral("CNY"), 25},
                        {2, 1, QStringLiteral("Income:Fees"), QStringLiteral("CNY"), -25}};
    const auto root = s.stateRootWith(effects.delta);
    CY_VERIFY_OK(root);
    const std::vector<ledger::Transaction> txs{testing::makeTransaction(m_c, m_c.manager, 1), testing::makeTransaction(m_c, m_c.manager, 2)};
    CY_VERIFY_OK(s.sealNext(txs, *root, 2, m_c.server, effects));
    QCOMPARE(*s.stateRoot(), *root);
    QCOMPARE(*s.postingCount(), quint64(4));
    auto all = s.postings();
    CY_VERIFY_OK(all);
    QVERIFY(*all == effects.postings);
    auto unit = s.postingsForAccount(QStringLiteral("Assets:Unit:1"));
    CY_VERIFY_OK(unit);
    QCOMPARE(unit->size(), std::size_t(2));
    QCOMPARE(unit->back().amount, qint64(25));
    QCOMPARE(RawDb(m_path).scalar(QStringLiteral("SELECT block_height FROM postings WHERE log_index = 2 AND ordinal = 1")), qint64(1));
    // The account totals commit with the postings: Assets:Unit:1 debited 500 + 25 = 525 in 2
    // postings, Equity:Opening credited 500, Income:Fees credited 25.
    const std::vector<store::AccountTotalsRow> expectedTotals{{QStringLiteral("Assets:Unit:1"), QStringLiteral("CNY"), 525, 0, 2},
                                                              {QStringLiteral("Equity:Opening"), QStringLiteral("CNY"), 0, 500, 1},
                                                              {QStringLiteral("Income:Fees"), QStringLiteral("CNY"), 0, 25, 1}};
    QVERIFY(*s.accountTotals() == expectedTotals);
    // Each posting with its transaction and block: the two of Assets:Unit:1, log order.
    auto withTx = s.accountPostings({QStringLiteral("Assets:Unit:1"), QStringLiteral("Income:Fees")});
    CY_VERIFY_OK(withTx);
    QCOMPARE(withTx->size(), std::size_t(3));
    QCOMPARE(withTx->at(0).posting.logIndex, quint64(1));
    QCOMPARE(withTx->at(1).posting.account, QStringLiteral("Assets:Unit:1"));
    QCOMPARE(withTx->at(2).posting.account, QStringLiteral("Income:Fees"));
    QCOMPARE(withTx->at(2).blockHeight, quint64(1));
    QCOMPARE(withTx->at(2).transactionId, crypto::toByteArray(txs[1].id()));
    QCOMPARE(withTx->at(2).kind, txs[1].body().kind);
    QCOMPARE(*s.blockTime(1), quint64(2));
    QCOMPARE(s.blockTime(9).error().code, ErrorCode::NotFound);
    // A statement's query reads the account index alone (schema version 4).
    const QStringList plan = RawDb(m_path).texts(QStringLiteral("EXPLAIN QUERY PLAN SELECT log_index, ordinal, currency, amount, block_height "
                                                                "FROM postings WHERE account = 'Assets:Unit:1' ORDER BY log_index, ordinal"),
                                                 3);
    QVERIFY2(plan.join(QLatin1Char(' ')).contains(QStringLiteral("COVERING INDEX postings_by_account")), qPrintable(plan.join(QLatin1Char(' '))));

    // A later block removes a key; the old appendBlock/sealNext (no effects) leaves state alone.
    store::BlockEffects removal;
    removal.delta.remove("balance/2");
    const auto after = s.stateRootWith(removal.delta);
    CY_VERIFY_OK(after);
    CY_VERIFY_OK(s.sealNext({testing::makeTransaction(m_c, m_c.manager, 3)}, *after, 3, m_c.server, removal));
    QVERIFY(!s.state().get("balance/2")->has_value());
    CY_VERIFY_OK(s.sealNext({testing::makeTransaction(m_c, m_c.manager, 4)}, *after, 4, m_c.server));
    QCOMPARE(*s.stateRoot(), *after);
    // The projections are not history: the verifier is content, and they can be edited.
    auto report = verify::verifyStore(s);
    CY_VERIFY_OK(report);
    CY_VERIFY_REPORT_OK(*report);
    QCOMPARE(RawDb(m_path).exec(QStringLiteral("DELETE FROM postings WHERE log_index = 2")), QString());
}

void TestStore::rebuildProjectionsIsAllOrNothing()
{
    store::BlockEffects genesis;
    genesis.delta.put("config/name", cbor::Value::fromText(QStringLiteral("x")));
    auto created = store::Store::create(m_path, m_c.genesis, m_c.server, 1, genesis);
    CY_VERIFY_OK(created);
    store::Store &s = **created;
    const auto root = s.stateRoot();
    CY_VERIFY_OK(root);
    // Outside a rebuild, projections are written only with their block.
    QCOMPARE(s.writeProjection(0, genesis).error().code, ErrorCode::InvalidArgument);

    // A replay that fails halfway leaves the old projections.
    bool clearedFirst = false;
    auto failed = s.rebuildProjections([&]() -> Result<void> {
        clearedFirst = *s.stateRoot() == merkle::emptyRoot(); // cleared inside the transaction
        store::BlockEffects other;
        other.delta.put("config/name", cbor::Value::fromText(QStringLiteral("y")));
        CY_CHECK(s.writeProjection(0, other));
        CY_CHECK(s.writeProjection(5, other)); // no block 5
        return {};
    });
    QVERIFY(clearedFirst);
    QVERIFY(!failed.has_value());
    QCOMPARE(failed.error().code, ErrorCode::NotFound);
    QCOMPARE(*s.stateRoot(), *root);
    QCOMPARE(**s.state().get("config/name"), cbor::Value::fromText(QStringLiteral("x")));

    // One that succeeds replaces them, durably.
    store::BlockEffects replaced;
    replaced.delta.put("config/name", cbor::Value::fromText(QStringLiteral("z")));
    replaced.postings = {{0, 0, QStringLiteral("A"), QStringLiteral("CNY"), 1}, {0, 1, QStringLiteral("B"), QStringLiteral("CNY"), -1}};
    CY_VERIFY_OK(s.rebuildProjections([&]() -> Result<void> { return s.writeProjection(0, replaced); }));
    created->reset();
    auto reopened = store::Store::open(m_path);
    CY_VERIFY_OK(reopened);
    QCOMPARE(**(*reopened)->state().get("config/name"), cbor::Value::fromText(QStringLiteral("z")));
    QCOMPARE(*(*reopened)->postingCount(), quint64(2));
}

void TestStore::chunkedRootFollowsEveryWrite()
{
    // The store keeps the state's chunk roots and re-hashes only the chunks a delta touches
    // (state.h). Random deltas, written one after the other, must give exactly the root of the
    // whole state computed from its values, before (stateRootWith) and after they are written.
    auto created = store::Store::create(m_path, m_c.genesis, m_c.server, 1);
    CY_VERIFY_OK(created);
    store::Store &s = **created;
    state::MemoryState memory;
    std::mt19937 rng(7);
    const auto randomDelta = [&](int changes) {
        state::StateDelta delta;
        for (int i = 0; i < changes; ++i) {
            const QByteArray key = "k/" + QByteArray::number(int(rng() % 500));
            if (rng() % 3 == 0) {
                delta.remove(key);
            } else {
                delta.put(key, cbor::Value::fromInt(qint64(rng() % 100000)));
            }
        }
        return delta;
    };
    CY_VERIFY_OK(s.rebuildProjections([&]() -> Result<void> {
        for (int round = 0; round < 300; ++round) {
            // Mostly small blocks, now and then a large one, and once everything removed.
            state::StateDelta delta = randomDelta(round % 50 == 0 ? 400 : 1 + int(rng() % 30));
            if (round == 150) {
                delta = state::StateDelta();
                CY_CHECK(memory.scan(QByteArrayView(), [&](const state::Key &key, const cbor::Value &) {
                    delta.remove(key);
                    return true;
                }));
            }
            state::MemoryState after = memory;
            after.apply(delta);
            CY_TRY(const merkle::Hash expected, state::stateRoot(after));
            CY_TRY(const merkle::Hash predicted, s.stateRootWith(delta));
            if (predicted != expected) {
                return fail(ErrorCode::Integrity, QStringLiteral("round %1: the root with the delta is wrong").arg(round));
            }
            if (round % 7 == 3) {
                CY_CHECK(s.stateRootWith(randomDelta(5))); // another delta in between: not the one written
            }
            store::BlockEffects effects;
            effects.delta = delta;
            CY_CHECK(s.writeProjection(0, effects));
            memory = after;
            CY_TRY(const merkle::Hash stored, s.stateRoot());
            if (stored != expected) {
                return fail(ErrorCode::Integrity, QStringLiteral("round %1: the root after writing is wrong").arg(round));
            }
        }
        return {};
    }));
    const merkle::Hash root = *state::stateRoot(memory);
    QVERIFY(memory.size() > 200); // several chunks
    QCOMPARE(*s.stateRoot(), root);
    QCOMPARE(*state::stateRoot(s.state()), root);

    // A leaf changed by another connection is seen: the chunk roots are read again.
    QCOMPARE(RawDb(m_path).exec(QStringLiteral("UPDATE state SET leaf = zeroblob(32) WHERE key = (SELECT min(key) FROM state)")),
             QString());
    QVERIFY(*s.stateRoot() != root);
    // A failed rebuild leaves the old projections and their root.
    CY_VERIFY_OK(s.rebuildProjections([&]() -> Result<void> {
        store::BlockEffects effects;
        effects.delta = state::StateDelta();
        CY_CHECK(memory.scan(QByteArrayView(), [&](const state::Key &key, const cbor::Value &value) {
            effects.delta.put(key, value);
            return true;
        }));
        return s.writeProjection(0, effects);
    }));
    QCOMPARE(*s.stateRoot(), root);
    auto failed = s.rebuildProjections([&]() -> Result<void> {
        store::BlockEffects effects;
        effects.delta.put("k/new", cbor::Value::fromInt(1));
        CY_CHECK(s.writeProjection(0, effects));
        return fail(ErrorCode::Integrity, QStringLiteral("stop"));
    });
    QVERIFY(!failed.has_value());
    QCOMPARE(*s.stateRoot(), root);
}

namespace {
// The chunks of a chunk tree version in key order, each node's hash checked against its children.
Result<std::vector<store::ChunkTree::NewChunk>> chunksOf(const store::ChunkTree::NodePtr &node)
{
    std::vector<store::ChunkTree::NewChunk> out;
    const std::function<Result<void>(const store::ChunkTree::NodePtr &)> walk = [&](const store::ChunkTree::NodePtr &n) -> Result<void> {
        if (!n) {
            return {};
        }
        CY_CHECK(walk(n->left));
        out.push_back({n->key, n->chunk});
        CY_CHECK(walk(n->right));
        const merkle::Hash expected = state::chunkNodeHash(n->left ? n->left->hash : state::kNoSubtree, n->chunk.root,
                                                           n->right ? n->right->hash : state::kNoSubtree);
        if (!n->hashed || n->hash != expected) {
            return fail(ErrorCode::Integrity, QStringLiteral("node %1 has a stale hash").arg(QString::fromLatin1(n->key)));
        }
        return {};
    };
    CY_CHECK(walk(node));
    return out;
}

merkle::Hash treeRootOf(const std::vector<store::ChunkTree::NewChunk> &chunks)
{
    std::vector<state::ChunkSummary> summaries;
    for (const auto &c : chunks) {
        summaries.push_back(c.chunk);
    }
    return state::chunkTreeRoot(summaries);
}
} // namespace

void TestStore::chunkTreeEditsLeaveEarlierVersionsAlone()
{
    // Edits of the kept chunk tree (chunk_tree.h) make new versions sharing the untouched nodes:
    // each must have the root state::chunkTreeRoot gives for its chunks, and every earlier
    // version, adopted or not, must keep its chunks and hashes.
    std::mt19937 rng(11);
    const auto randomHash = [&] {
        merkle::Hash h;
        for (auto &b : h) {
            b = static_cast<unsigned char>(rng());
        }
        return h;
    };
    int serial = 0;
    const auto chunkWithKey = [&](QByteArray key) { return store::ChunkTree::NewChunk{std::move(key), {randomHash(), randomHash()}}; };
    const auto newKey = [&](int slot) { return QByteArray("c/") + QByteArray::number(slot).rightJustified(6, '0') + '/' + QByteArray::number(++serial); };

    std::vector<store::ChunkTree::NewChunk> current;
    for (int i = 0; i < 400; ++i) {
        current.push_back(chunkWithKey(newKey(i * 100)));
    }
    store::ChunkTree tree;
    tree.load(current);
    QCOMPARE(store::ChunkTree::rootOf(tree.top()), treeRootOf(current));

    struct Kept {
        store::ChunkTree::NodePtr top;
        std::vector<store::ChunkTree::NewChunk> chunks;
        merkle::Hash root;
    };
    std::vector<Kept> versions{{tree.top(), current, treeRootOf(current)}};
    for (int round = 0; round < 300; ++round) {
        // Non-overlapping runs of adjacent chunks, in key order, each replaced by 0 to 3 chunks
        // whose keys lie after the chunk before the run and up to the run's last key.
        std::vector<store::ChunkTree::NewChunk> next;
        store::ChunkTree::Edit edit = tree.edit();
        std::size_t i = 0;
        const bool wipe = round == 120;
        while (i < current.size()) {
            if (!wipe && rng() % 25 != 0) {
                next.push_back(current[i++]);
                continue;
            }
            const std::size_t end = wipe ? current.size() : std::min(current.size(), i + 1 + rng() % 3);
            const bool toEnd = wipe || (end == current.size() && rng() % 2 == 0);
            const int low = i == 0 ? 0 : current[i - 1].lastKey.mid(2, 6).toInt() + 1;
            const int high = toEnd ? 999999 : current[end - 1].lastKey.mid(2, 6).toInt() - 1;
            std::vector<int> slots;
            for (int n = wipe ? 0 : int(rng() % 4); n > 0 && high > low; --n) {
                slots.push_back(low + int(rng() % quint32(high - low)));
            }
            std::sort(slots.begin(), slots.end());
            slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
            std::vector<store::ChunkTree::NewChunk> pieces;
            for (const int slot : slots) {
                pieces.push_back(chunkWithKey(newKey(slot)));
            }
            if (!wipe && !toEnd && rng() % 2 == 0) {
                // The run's last chunk re-made: often with the same last leaf (the tree keeps its shape).
                pieces.push_back(chunkWithKey(current[end - 1].lastKey));
                if (rng() % 2 == 0) {
                    pieces.back().chunk.rank = current[end - 1].chunk.rank;
                }
            }
            edit.replace(current[i].lastKey, current[end - 1].lastKey, toEnd, pieces);
            next.insert(next.end(), pieces.begin(), pieces.end());
            i = end;
        }
        if (current.empty()) {
            for (int n = 0; n < 300; ++n) {
                next.push_back(chunkWithKey(newKey(n * 100)));
            }
            edit.replace(std::nullopt, QByteArray(), true, next);
        }
        const store::ChunkTree::NodePtr top = edit.finish();
        auto chunks = chunksOf(top);
        CY_VERIFY_OK(chunks);
        QCOMPARE(chunks->size(), next.size());
        for (std::size_t k = 0; k < next.size(); ++k) {
            QCOMPARE(chunks->at(k).lastKey, next[k].lastKey);
        }
        QCOMPARE(store::ChunkTree::rootOf(top), treeRootOf(next));
        versions.push_back({top, next, treeRootOf(next)});
        if (rng() % 4 != 0) { // most blocks are written; now and then one is not
            tree.adopt(top);
            current = next;
        }
    }
    QVERIFY(current.size() > 100);
    for (const Kept &kept : versions) {
        auto chunks = chunksOf(kept.top);
        CY_VERIFY_OK(chunks);
        QCOMPARE(chunks->size(), kept.chunks.size());
        QCOMPARE(store::ChunkTree::rootOf(kept.top), kept.root);
    }
}

void TestStore::versionOneUpgradesInPlace()
{
    testing::makeLedger(m_path, m_c, 3, 2).reset();
    {
        // What a version-1 file looks like: no projection tables.
        RawDb raw(m_path);
        QCOMPARE(raw.exec(QStringLiteral("DROP TABLE state; DROP TABLE postings; DROP TABLE account_totals; DROP TABLE log_leaves; "
                                         "PRAGMA user_version = 1;")), QString());
    }
    {
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto old = store::Store::open(m_path, readOnly);
        QVERIFY(!old.has_value());
        QCOMPARE(old.error().code, ErrorCode::Unsupported);
    }
    auto store = store::Store::open(m_path);
    CY_VERIFY_OK(store);
    QCOMPARE((*store)->schemaVersion(), store::latestSchemaVersion());
    QCOMPARE((*store)->blockCount(), quint64(4));
    QCOMPARE(*(*store)->stateRoot(), merkle::emptyRoot());
    QCOMPARE(*(*store)->postingCount(), quint64(0));
    auto report = verify::verifyStore(**store);
    CY_VERIFY_OK(report);
    CY_VERIFY_REPORT_OK(*report);
    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")), qint64(store::latestSchemaVersion()));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('state', 'postings', 'postings_by_account', "
                                       "'account_totals')")),
             qint64(4));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM account_totals")), qint64(0));
    // And it keeps growing with effects.
    store::BlockEffects effects;
    effects.delta.put("k", cbor::Value::fromInt(1));
    const auto root = (*store)->stateRootWith(effects.delta);
    CY_VERIFY_OK(root);
    CY_VERIFY_OK((*store)->sealNext({testing::makeTransaction(m_c, m_c.manager, 100)}, *root, 1798800000000, m_c.server, effects));
    QCOMPARE(*(*store)->stateRoot(), *root);
}

void TestStore::logIsReadFromTheCachedLeaves()
{
    // 1 + 4 blocks of 3: one row of leaves per block, keyed by its first log index, written with it.
    testing::makeLedger(m_path, m_c, 4, 3).reset();
    merkle::MerkleLog hashed; // the log over the stored bytes, hashed here
    {
        RawDb raw(m_path);
        QCOMPARE(raw.texts(QStringLiteral("SELECT first_index FROM log_leaves ORDER BY first_index"), 0),
                 QStringList({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("7"), QStringLiteral("10")}));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT sum(length(leaves)) FROM log_leaves")), qint64(13 * 32)); // 13 transactions
    }
    auto store = store::Store::open(m_path);
    CY_VERIFY_OK(store);
    QVERIFY((*store)->logReadFromLeafCache());
    for (quint64 h = 0; h < (*store)->blockCount(); ++h) {
        auto b = (*store)->block(h);
        CY_VERIFY_OK(b);
        for (const store::StoredTransaction &t : b->transactions) {
            hashed.append(t.bytes);
        }
    }
    QCOMPARE((*store)->log().size(), quint64(13));
    QCOMPARE((*store)->log().root(), hashed.root());
    QCOMPARE((*store)->log().root(), (*store)->tip()->header.logRoot);
    // Appending after such an open checks the root against the log as read.
    CY_VERIFY_OK((*store)->sealNext({testing::makeTransaction(m_c, m_c.manager, 100)}, testing::noState(), 1798800000000, m_c.server));
    QCOMPARE((*store)->log().size(), quint64(14));
    store->reset();
    auto again = store::Store::open(m_path);
    CY_VERIFY_OK(again);
    QVERIFY((*again)->logReadFromLeafCache());
    QCOMPARE((*again)->log().size(), quint64(14));
    QCOMPARE((*again)->log().root(), (*again)->tip()->header.logRoot);
}

void TestStore::versionFourGainsTheLeafCache()
{
    testing::makeLedger(m_path, m_c, 6, 4).reset(); // 1 + 6 * 4 = 25 transactions
    quint64 size = 0;
    merkle::Hash root{};
    {
        // The log as a version-4 open built it: every transaction's bytes hashed.
        RawDb raw(m_path);
        QCOMPARE(raw.exec(QStringLiteral("DROP TABLE log_leaves; PRAGMA user_version = 4;")), QString());
    }
    {
        // Read-only, it is not upgraded: the log is hashed from the bytes, as version 4 did.
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto old = store::Store::open(m_path, readOnly);
        CY_VERIFY_OK(old);
        QCOMPARE((*old)->schemaVersion(), 4);
        QVERIFY(!(*old)->logReadFromLeafCache());
        size = (*old)->log().size();
        root = (*old)->log().root();
        QCOMPARE(size, quint64(25));
        auto report = verify::verifyStore(**old);
        CY_VERIFY_OK(report);
        CY_VERIFY_REPORT_OK(*report);
    }
    {
        auto store = store::Store::open(m_path); // migrates to version 5, filling log_leaves
        CY_VERIFY_OK(store);
        QCOMPARE((*store)->schemaVersion(), store::latestSchemaVersion());
        QVERIFY((*store)->logReadFromLeafCache());
        QCOMPARE((*store)->log().size(), size); // the same log as before the migration
        QCOMPARE((*store)->log().root(), root);
        QCOMPARE(root, (*store)->tip()->header.logRoot);
        auto report = verify::verifyStore(**store);
        CY_VERIFY_OK(report);
        CY_VERIFY_REPORT_OK(*report);
        QCOMPARE(report->logSize, size);
        QCOMPARE(report->logRoot, root);
    }
    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM log_leaves")), qint64(7)); // one row per block
    QCOMPARE(raw.scalar(QStringLiteral("SELECT sum(length(leaves)) FROM log_leaves")), qint64(25 * 32));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT max(first_index) FROM log_leaves")), qint64(21)); // block 6: 1 + 5 * 4
    store::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto reopened = store::Store::open(m_path, readOnly);
    CY_VERIFY_OK(reopened);
    QVERIFY((*reopened)->logReadFromLeafCache());
    QCOMPARE((*reopened)->log().size(), size);
    QCOMPARE((*reopened)->log().root(), root);
}

void TestStore::leafCacheThatDoesNotFitIsNotUsed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("a block's row missing") << QStringLiteral("DELETE FROM log_leaves WHERE first_index = 5");
    QTest::newRow("the last block's row missing") << QStringLiteral("DELETE FROM log_leaves WHERE first_index = 9");
    QTest::newRow("a leaf altered") << QStringLiteral("UPDATE log_leaves SET leaves = CAST(zeroblob(32) || substr(leaves, 33) AS BLOB) "
                                                          "WHERE first_index = 5");
    QTest::newRow("a leaf dropped") << QStringLiteral("UPDATE log_leaves SET leaves = substr(leaves, 33) WHERE first_index = 5");
    QTest::newRow("leaves emptied") << QStringLiteral("DELETE FROM log_leaves");
}

void TestStore::leafCacheThatDoesNotFitIsNotUsed()
{
    QFETCH(QString, sql);
    testing::makeLedger(m_path, m_c, 3, 4).reset(); // log indexes: block 0: 0, 1: 1-4, 2: 5-8, 3: 9-12
    merkle::Hash root{};
    {
        auto store = store::Store::open(m_path);
        CY_VERIFY_OK(store);
        QVERIFY((*store)->logReadFromLeafCache());
        root = (*store)->log().root();
    }
    QCOMPARE(RawDb(m_path).exec(sql), QString());
    auto store = store::Store::open(m_path);
    CY_VERIFY_OK(store);
    QVERIFY(!(*store)->logReadFromLeafCache()); // rebuilt from the bytes instead
    QCOMPARE((*store)->log().size(), quint64(13));
    QCOMPARE((*store)->log().root(), root);
    // The verifier reports the cache that does not match the bytes.
    auto report = verify::verifyStore(**store);
    CY_VERIFY_OK(report);
    QVERIFY(!report->ok());
    QVERIFY2(report->problem->reason.contains(QStringLiteral("log_leaves")), qPrintable(report->problem->reason));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
