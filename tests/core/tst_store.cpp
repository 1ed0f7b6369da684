// The SQLite store: schema and migrations, append-only tables, atomic and checked block
// commits, a full disk, a newer schema, files that are not ledgers, and the outbox.
#include "tests/support/fixture.h"

#include "core/store/migrations.h"
#include "core/verify/verifier.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace courtyard;

namespace {

// A raw SQLite connection that bypasses the application, as an attacker or a careless script would.
class RawDb {
public:
    explicit RawDb(const QString &path) { sqlite3_open(QFile::encodeName(path).constData(), &m_db); }
    ~RawDb() { sqlite3_close(m_db); }
    // Returns SQLite's error message, empty on success.
    QString exec(const QString &sql)
    {
        char *err = nullptr;
        sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
        const QString msg = err ? QString::fromUtf8(err) : QString();
        sqlite3_free(err);
        return msg;
    }
    qint64 scalar(const QString &sql)
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &s, nullptr);
        qint64 v = -1;
        if (sqlite3_step(s) == SQLITE_ROW) {
            v = sqlite3_column_int64(s, 0);
        }
        sqlite3_finalize(s);
        return v;
    }

private:
    sqlite3 *m_db = nullptr;
};

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
    void newerSchemaIsRefusedAndUntouched();
    void notALedger();
    void outboxReservesSequencesDurably();
    void appendBlockChecksItsParts();
    void createIsAllOrNothing();
    void readOnlyOpenWritesNothing();
    void outboxFailedBuildConsumesNothing();
    void outboxEntriesBecomeSealedWithTheirBlock();

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

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
