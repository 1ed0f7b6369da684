// The verifier against tampered ledgers: rows edited, replaced, deleted and bytes flipped in
// the file itself, bypassing the application. Each must be found, at the right place.
#include "tests/support/fixture.h"

#include "core/verify/verifier.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace courtyard;

namespace {

class RawDb {
public:
    explicit RawDb(const QString &path)
    {
        sqlite3_open(QFile::encodeName(path).constData(), &m_db);
        // An attacker with the file can drop the guards; the verifier must not rely on them.
        for (const char *t : {"transactions_append_only_update", "transactions_append_only_delete", "blocks_append_only_update",
                              "blocks_append_only_delete"}) {
            exec(QByteArray("DROP TRIGGER ") + t);
        }
    }
    ~RawDb() { sqlite3_close(m_db); }
    void exec(const QByteArray &sql)
    {
        char *err = nullptr;
        QVERIFY2(sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &err) == SQLITE_OK, err);
    }
    QByteArray blob(const QByteArray &sql)
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(m_db, sql.constData(), -1, &s, nullptr);
        QByteArray out;
        if (sqlite3_step(s) == SQLITE_ROW) {
            out = QByteArray(static_cast<const char *>(sqlite3_column_blob(s, 0)), sqlite3_column_bytes(s, 0));
        }
        sqlite3_finalize(s);
        return out;
    }
    void setBlob(const QByteArray &sql, const QByteArray &value)
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(m_db, sql.constData(), -1, &s, nullptr);
        sqlite3_bind_blob(s, 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        QCOMPARE(sqlite3_step(s), SQLITE_DONE);
        sqlite3_finalize(s);
    }

private:
    sqlite3 *m_db = nullptr;
};

QByteArray flip(QByteArray b, qsizetype at)
{
    b[at] = char(b[at] ^ 0x40);
    return b;
}

} // namespace

class TestVerifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanLedgerVerifies();
    void tampered_data();
    void tampered();
    void replacedTransactionBreaksTheLogRoot();
    void cachedLeavesDoNotHideReplacedBytes();
    void cachedLeafThatIsNotTheHashOfTheBytes();
    void resealedHeaderFailsTheSealersSignature();
    void blockWithALyingLogRoot();
    void blockSealedByAnotherKey();
    void sequenceThatGoesBackIsAReplay();
    void cosignedTransactionsAreOutsideTheSequenceLane();
    void cosignedValidityTooLongIsRefused();
    void firstProblemIsReportedWithEitherThreadCount();
    void bytesFlippedInTheFileItself();
    void blockOfAnotherCommunity();
    void rowsBeyondTheLastBlock();
    void trustedSealerPinsTheLedger();
    void trustedCheckpointCatchesCutAndRewrittenHistory();
    void concurrentAppendIsNotAProblem();

private:
    Result<verify::Report> verifyAt(int threads = 1)
    {
        auto store = store::Store::open(m_path);
        if (!store) {
            return fail(store.error());
        }
        return verify::verifyStore(**store, verify::Options(threads));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    testing::Community m_c;
};

void TestVerifier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("ledger.db"));
    testing::makeLedger(m_path, m_c, /*blocks=*/8, /*perBlock=*/5).reset(); // block b holds log indexes 5b-4 .. 5b
}

void TestVerifier::cleanLedgerVerifies()
{
    for (int threads : {1, 2, 4}) {
        auto report = verifyAt(threads);
        QVERIFY(report.has_value());
        CY_VERIFY_REPORT_OK(*report);
        QCOMPARE(report->blocks, quint64(9));
        QCOMPARE(report->transactions, quint64(41));
        QCOMPARE(report->signatures, quint64(41 + 2 * 9)); // one per transaction, two per block
        QCOMPARE(report->logSize, quint64(41));
        auto store = store::Store::open(m_path);
        QCOMPARE(report->logRoot, (*store)->log().root());
    }
}

void TestVerifier::tampered_data()
{
    QTest::addColumn<QByteArray>("what");
    QTest::addColumn<quint64>("height");
    QTest::addColumn<qint64>("logIndex"); // -1: a block-level problem
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("payload byte") << QByteArray("payload") << quint64(3) << qint64(12) << int(ErrorCode::Integrity) << QStringLiteral("id");
    QTest::newRow("signature byte") << QByteArray("signature") << quint64(4) << qint64(17) << int(ErrorCode::BadSignature)
                                    << QStringLiteral("signature of key");
    QTest::newRow("id column") << QByteArray("id") << quint64(2) << qint64(9) << int(ErrorCode::Integrity) << QStringLiteral("stored id");
    QTest::newRow("sequence column") << QByteArray("seqcol") << quint64(2) << qint64(8) << int(ErrorCode::Integrity) << QStringLiteral("columns");
    QTest::newRow("transaction deleted") << QByteArray("deletetx") << quint64(5) << qint64(-1) << int(ErrorCode::Integrity) << QStringLiteral("names 5");
    QTest::newRow("header byte") << QByteArray("header") << quint64(6) << qint64(-1) << int(ErrorCode::Integrity) << QStringLiteral("block");
    QTest::newRow("block signature") << QByteArray("blocksig") << quint64(7) << qint64(-1) << int(ErrorCode::BadSignature)
                                     << QStringLiteral("sealer's signature");
    QTest::newRow("checkpoint signature") << QByteArray("cpsig") << quint64(1) << qint64(-1) << int(ErrorCode::BadSignature)
                                          << QStringLiteral("checkpoint signature");
    QTest::newRow("block deleted") << QByteArray("deleteblock") << quint64(4) << qint64(-1) << int(ErrorCode::Integrity) << QStringLiteral("missing");
    QTest::newRow("genesis payload") << QByteArray("genesis") << quint64(0) << qint64(0) << int(ErrorCode::Integrity) << QStringLiteral("id");
}

void TestVerifier::tampered()
{
    QFETCH(QByteArray, what);
    QFETCH(quint64, height);
    QFETCH(qint64, logIndex);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    {
        RawDb raw(m_path);
        const QByteArray where = "WHERE log_index = " + QByteArray::number(logIndex);
        if (what == "payload") {
            // Inside the payload's padding, so the bytes still decode: only the id can tell.
            const QByteArray bytes = raw.blob("SELECT bytes FROM transactions " + where);
            raw.setBlob("UPDATE transactions SET bytes = ? " + where, flip(bytes, bytes.indexOf("xxxxxxxx") + 3));
        } else if (what == "genesis") {
            // The community's name, in the genesis payload.
            const QByteArray bytes = raw.blob("SELECT bytes FROM transactions " + where);
            raw.setBlob("UPDATE transactions SET bytes = ? " + where, flip(bytes, bytes.indexOf("Test Gardens") + 2));
        } else if (what == "signature") {
            const QByteArray bytes = raw.blob("SELECT bytes FROM transactions " + where);
            raw.setBlob("UPDATE transactions SET bytes = ? " + where, flip(bytes, bytes.size() - 10));
        } else if (what == "id") {
            raw.setBlob("UPDATE transactions SET id = ? " + where, crypto::toByteArray(crypto::sha256("forged")));
        } else if (what == "seqcol") {
            raw.exec("UPDATE transactions SET sequence = 999 " + where);
        } else if (what == "deletetx") {
            raw.exec("DELETE FROM transactions WHERE log_index = 23");
        } else if (what == "header") {
            const QByteArray h = raw.blob("SELECT header FROM blocks WHERE height = 6");
            raw.setBlob("UPDATE blocks SET header = ? WHERE height = 6", flip(h, h.size() - 3));
        } else if (what == "blocksig") {
            raw.setBlob("UPDATE blocks SET signature = ? WHERE height = 7", flip(raw.blob("SELECT signature FROM blocks WHERE height = 7"), 5));
        } else if (what == "cpsig") {
            raw.setBlob("UPDATE blocks SET checkpoint_signature = ? WHERE height = 1",
                        flip(raw.blob("SELECT checkpoint_signature FROM blocks WHERE height = 1"), 63));
        } else if (what == "deleteblock") {
            raw.exec("DELETE FROM transactions WHERE block_height = 4");
            raw.exec("DELETE FROM blocks WHERE height = 4");
        }
    }
    for (int threads : {1, 2}) {
        auto report = verifyAt(threads);
        QVERIFY(report.has_value());
        QVERIFY2(!report->ok(), "tampering went unnoticed");
        const verify::Problem &p = *report->problem;
        QCOMPARE(p.height, height);
        if (logIndex >= 0) {
            QCOMPARE(p.logIndex, std::optional<quint64>(quint64(logIndex)));
        } else {
            QVERIFY(!p.logIndex.has_value());
        }
        QCOMPARE(int(p.code), code);
        QVERIFY2(p.describe().contains(mentions), qPrintable(p.describe()));
        QVERIFY(p.describe().startsWith(QStringLiteral("block %1").arg(height)));
        QCOMPARE(report->blocks, height); // everything before the bad block verified
    }
}

void TestVerifier::replacedTransactionBreaksTheLogRoot()
{
    // A different transaction, validly signed by the same author with the same sequence, put in
    // place of the original with matching columns: only the log root can tell.
    {
        RawDb raw(m_path);
        const QByteArray author = raw.blob("SELECT author FROM transactions WHERE log_index = 12");
        const crypto::KeyPair &key = author == m_c.kiosk.publicKey().toByteArray() ? m_c.kiosk : m_c.manager;
        auto original = ledger::Transaction::decode(raw.blob("SELECT bytes FROM transactions WHERE log_index = 12"));
        QVERIFY(original.has_value());
        const ledger::Transaction forged = testing::makeTransaction(m_c, key, original->body().sequence, QStringLiteral("forged"));
        QVERIFY(forged.id() != original->id());
        raw.setBlob("UPDATE transactions SET bytes = ? WHERE log_index = 12", forged.bytes());
        raw.setBlob("UPDATE transactions SET id = ? WHERE log_index = 12", crypto::toByteArray(forged.id()));
    }
    auto report = verifyAt();
    QVERIFY(report.has_value());
    QVERIFY(!report->ok());
    QCOMPARE(report->problem->height, quint64(3));
    QVERIFY2(report->problem->reason.contains(QStringLiteral("log root")), qPrintable(report->problem->reason));
}

void TestVerifier::cachedLeavesDoNotHideReplacedBytes()
{
    // The store opens from its cached leaf hashes (log_leaves), which still say what was sealed;
    // the verifier hashes the bytes and finds the replaced transaction all the same.
    {
        RawDb raw(m_path);
        const QByteArray author = raw.blob("SELECT author FROM transactions WHERE log_index = 12");
        const crypto::KeyPair &key = author == m_c.kiosk.publicKey().toByteArray() ? m_c.kiosk : m_c.manager;
        auto original = ledger::Transaction::decode(raw.blob("SELECT bytes FROM transactions WHERE log_index = 12"));
        QVERIFY(original.has_value());
        const ledger::Transaction forged = testing::makeTransaction(m_c, key, original->body().sequence, QStringLiteral("forged"));
        raw.setBlob("UPDATE transactions SET bytes = ? WHERE log_index = 12", forged.bytes());
        raw.setBlob("UPDATE transactions SET id = ? WHERE log_index = 12", crypto::toByteArray(forged.id()));
    }
    auto store = store::Store::open(m_path);
    QVERIFY(store.has_value());
    QVERIFY((*store)->logReadFromLeafCache());
    QCOMPARE((*store)->log().root(), (*store)->tip()->header.logRoot);
    for (int threads : {1, 2}) {
        auto report = verify::verifyStore(**store, verify::Options(threads));
        QVERIFY(report.has_value());
        QVERIFY2(!report->ok(), "a replaced transaction went unnoticed");
        QCOMPARE(report->problem->height, quint64(3));
        QVERIFY2(report->problem->reason.contains(QStringLiteral("log root")), qPrintable(report->problem->reason));
        QCOMPARE(report->blocks, quint64(3));
    }
}

void TestVerifier::cachedLeafThatIsNotTheHashOfTheBytes()
{
    // The transactions are intact but the cached leaf of log index 12 (block 3: 11-15) is not
    // their hash: the store does not use the cache, and the verifier names the leaf.
    {
        RawDb raw(m_path);
        QByteArray leaves = raw.blob("SELECT leaves FROM log_leaves WHERE first_index = 11");
        QCOMPARE(leaves.size(), qsizetype(5 * 32));
        raw.setBlob("UPDATE log_leaves SET leaves = ? WHERE first_index = 11", flip(leaves, 32 + 7));
    }
    auto store = store::Store::open(m_path);
    QVERIFY(store.has_value());
    QVERIFY(!(*store)->logReadFromLeafCache());
    QCOMPARE((*store)->log().root(), (*store)->tip()->header.logRoot);
    for (int threads : {1, 2}) {
        auto report = verify::verifyStore(**store, verify::Options(threads));
        QVERIFY(report.has_value());
        QVERIFY2(!report->ok(), "a wrong cached leaf went unnoticed");
        const verify::Problem &p = *report->problem;
        QCOMPARE(p.height, quint64(3));
        QCOMPARE(p.logIndex, std::optional<quint64>(12));
        QCOMPARE(p.code, ErrorCode::Integrity);
        QVERIFY2(p.describe().contains(QStringLiteral("log_leaves")), qPrintable(p.describe()));
    }
}

void TestVerifier::resealedHeaderFailsTheSealersSignature()
{
    // Change the block time, re-encode canonically and fix the hash column: the header is
    // well-formed, but the sealer never signed it — and the next block no longer links to it.
    {
        RawDb raw(m_path);
        auto header = ledger::BlockHeader::decode(raw.blob("SELECT header FROM blocks WHERE height = 5"));
        QVERIFY(header.has_value());
        header->timeMs += 1;
        const QByteArray bytes = header->encode();
        raw.setBlob("UPDATE blocks SET header = ? WHERE height = 5", bytes);
        raw.setBlob("UPDATE blocks SET hash = ? WHERE height = 5", crypto::toByteArray(crypto::sha256(bytes)));
    }
    auto report = verifyAt(2);
    QVERIFY(report.has_value());
    QVERIFY(!report->ok());
    QCOMPARE(report->problem->height, quint64(5));
    QCOMPARE(report->problem->code, ErrorCode::BadSignature);
}

void TestVerifier::blockWithALyingLogRoot()
{
    auto store = store::Store::open(m_path);
    QVERIFY(store.has_value());
    auto tip = (*store)->tip();
    const ledger::Transaction tx = testing::makeTransaction(m_c, m_c.kiosk, 100);
    ledger::BlockHeader h = tip->header;
    h.height += 1;
    h.previous = tip->hash;
    h.firstIndex = h.lastIndex = (*store)->log().size();
    h.logRoot = crypto::sha256("not the root");
    const ledger::SealedBlock lying = ledger::sealBlock(h, m_c.server, m_c.genesis.logOrigin()); // properly signed
    // The store itself refuses it...
    auto appended = (*store)->appendBlock(lying, {tx});
    QVERIFY(!appended.has_value());
    store->reset();
    // ...so write it behind the store's back, as a malicious server's database would hold it.
    {
        RawDb raw(m_path);
        raw.exec("INSERT INTO blocks VALUES (9, x'" + QByteArray(lying.headerBytes.isEmpty() ? "" : crypto::toByteArray(lying.hash).toHex()) +
                 "', x'" + lying.headerBytes.toHex() + "', x'" + lying.signature.toHex() + "', x'" + lying.checkpointSignature.toHex() + "')");
        raw.exec("INSERT INTO transactions VALUES (41, 9, x'" + crypto::toByteArray(tx.id()).toHex() + "', 'test.note', x'" +
                 tx.body().author.toByteArray().toHex() + "', 100, x'" + tx.bytes().toHex() + "')");
    }
    auto report = verifyAt();
    QVERIFY(report.has_value());
    QVERIFY(!report->ok());
    QCOMPARE(report->problem->height, quint64(9));
    QVERIFY2(report->problem->reason.contains(QStringLiteral("log root")), qPrintable(report->problem->reason));
    QCOMPARE(report->blocks, quint64(9));
}

void TestVerifier::blockSealedByAnotherKey()
{
    auto store = store::Store::open(m_path);
    const ledger::Transaction tx = testing::makeTransaction(m_c, m_c.kiosk, 100);
    // The store does not check signatures (its caller sealed them); the verifier does.
    auto sealed = (*store)->sealNext({tx}, testing::noState(), 1798800000000, m_c.manager);
    QVERIFY(sealed.has_value());
    store->reset();
    auto report = verifyAt(2);
    QVERIFY(!report->ok());
    QCOMPARE(report->problem->height, quint64(9));
    QCOMPARE(report->problem->code, ErrorCode::BadSignature);
    QVERIFY(report->problem->reason.contains(QStringLiteral("sealer")));
}

void TestVerifier::sequenceThatGoesBackIsAReplay()
{
    auto store = store::Store::open(m_path);
    // The kiosk's last sealed sequence is 20; 7 was used long ago (a different body, so a new id).
    auto sealed = (*store)->sealNext({testing::makeTransaction(m_c, m_c.kiosk, 25), testing::makeTransaction(m_c, m_c.manager, 2, QStringLiteral("again"))},
                                     testing::noState(), 1798800000000, m_c.server);
    if (sealed.has_value()) {
        store->reset();
        auto report = verifyAt();
        QVERIFY(!report->ok());
        QCOMPARE(report->problem->code, ErrorCode::Conflict);
        QCOMPARE(report->problem->logIndex, std::optional<quint64>(42));
        QVERIFY(report->problem->reason.contains(QStringLiteral("replay")));
    } else {
        // The database's own (author, sequence) uniqueness caught the exact repeat first.
        QCOMPARE(sealed.error().code, ErrorCode::Conflict);
    }
    // A lower, never-used sequence is not a duplicate row, so only the verifier can catch it.
    auto store2 = store::Store::open(m_path);
    const quint64 last = *(*store2)->lastSealedSequence(m_c.manager.publicKey());
    auto lower = (*store2)->sealNext({testing::makeTransaction(m_c, m_c.manager, last + 10), testing::makeTransaction(m_c, m_c.manager, last + 5)},
                                     testing::noState(), 1798800000000, m_c.server);
    CY_VERIFY_OK(lower);
    const quint64 badIndex = lower->header.lastIndex;
    store2->reset();
    auto report = verifyAt();
    QVERIFY(!report->ok());
    QCOMPARE(report->problem->code, ErrorCode::Conflict);
    QCOMPARE(report->problem->logIndex, std::optional<quint64>(badIndex));
}

void TestVerifier::cosignedTransactionsAreOutsideTheSequenceLane()
{
    constexpr quint64 kDay = 86400000;
    constexpr quint64 kTime = 1798800000000; // after every block of the test ledger
    const auto cosigned = [this](const QString &note, quint64 validUntilMs) {
        ledger::TransactionBody body = testing::makeTransaction(m_c, m_c.manager, 1, note).body();
        body.sequence = 0;
        body.validUntilMs = validUntilMs;
        return ledger::Transaction::create(body, m_c.manager).value().withSignature(m_c.committee[0]).value();
    };
    const ledger::Transaction roof = cosigned(QStringLiteral("roof"), kTime + kDay);
    quint64 lastBefore = 0;
    quint64 roofIndex = 0;
    {
        auto store = store::Store::open(m_path);
        CY_VERIFY_OK(store);
        lastBefore = *(*store)->lastSealedSequence(m_c.manager.publicKey());
        // Sealed between two of the manager's sequenced transactions: neither lane disturbs the other.
        auto sealed = (*store)->sealNext({testing::makeTransaction(m_c, m_c.manager, lastBefore + 1), roof,
                                          testing::makeTransaction(m_c, m_c.manager, lastBefore + 2)},
                                         testing::noState(), kTime, m_c.server);
        CY_VERIFY_OK(sealed);
        roofIndex = sealed->header.firstIndex + 1;
        QCOMPARE(*(*store)->lastSealedSequence(m_c.manager.publicKey()), lastBefore + 2);
        // Sealed once: the same id again is refused by the table itself.
        QVERIFY(!(*store)->sealNext({cosigned(QStringLiteral("roof"), kTime + kDay)}, testing::noState(), kTime, m_c.server).has_value());
    }
    {
        // Its row holds -(log index + 1) where a sequence would be (docs/formats.md).
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, "SELECT sequence FROM transactions WHERE log_index = ?", -1, &s, nullptr);
        sqlite3_bind_int64(s, 1, qint64(roofIndex));
        const bool row = sqlite3_step(s) == SQLITE_ROW;
        const qint64 column = row ? sqlite3_column_int64(s, 0) : 0;
        sqlite3_finalize(s);
        sqlite3_close(db);
        QVERIFY(row);
        QCOMPARE(column, -qint64(roofIndex) - 1);
    }
    auto report = verifyAt(2);
    CY_VERIFY_OK(report);
    CY_VERIFY_REPORT_OK(*report);

    // Sealed in a block after its validity: the verifier names it.
    {
        auto store = store::Store::open(m_path);
        auto late = (*store)->sealNext({cosigned(QStringLiteral("gate"), kTime + kDay - 1)}, testing::noState(), kTime + kDay, m_c.server);
        CY_VERIFY_OK(late);
    }
    report = verifyAt();
    CY_VERIFY_OK(report);
    QVERIFY(!report->ok());
    QCOMPARE(report->problem->code, ErrorCode::Conflict);
    QCOMPARE(report->problem->logIndex, std::optional<quint64>(roofIndex + 2));
    QVERIFY2(report->problem->reason.contains(QStringLiteral("valid until")), qPrintable(report->problem->reason));
}

void TestVerifier::cosignedValidityTooLongIsRefused()
{
    constexpr quint64 kTime = 1798800000000;
    ledger::TransactionBody body = testing::makeTransaction(m_c, m_c.manager, 1, QStringLiteral("forever")).body();
    body.sequence = 0;
    body.validUntilMs = kTime + ledger::kMaxCosignedValidityMs + 1; // one ms more than any block may allow
    {
        auto store = store::Store::open(m_path);
        CY_VERIFY_OK((*store)->sealNext({ledger::Transaction::create(body, m_c.manager).value()}, testing::noState(), kTime, m_c.server));
    }
    auto report = verifyAt();
    CY_VERIFY_OK(report);
    QVERIFY(!report->ok());
    QCOMPARE(report->problem->code, ErrorCode::Integrity);
    QVERIFY2(report->problem->reason.contains(QStringLiteral("longest allowed")), qPrintable(report->problem->reason));
}

void TestVerifier::firstProblemIsReportedWithEitherThreadCount()
{
    {
        RawDb raw(m_path);
        // Later problem first in the table, earlier one in block 2: block 2 must be reported.
        const QByteArray late = raw.blob("SELECT bytes FROM transactions WHERE log_index = 37");
        raw.setBlob("UPDATE transactions SET bytes = ? WHERE log_index = 37", flip(late, late.size() - 5));
        const QByteArray early = raw.blob("SELECT bytes FROM transactions WHERE log_index = 8");
        raw.setBlob("UPDATE transactions SET bytes = ? WHERE log_index = 8", flip(early, early.size() - 5));
    }
    for (int threads : {1, 2, 3}) {
        auto report = verifyAt(threads);
        QVERIFY(!report->ok());
        QCOMPARE(report->problem->logIndex, std::optional<quint64>(8));
        QCOMPARE(report->problem->code, ErrorCode::BadSignature);
    }
}

void TestVerifier::bytesFlippedInTheFileItself()
{
    // No SQL at all: find one transaction's signature in the database file and flip a bit.
    QByteArray signature;
    {
        auto store = store::Store::open(m_path);
        auto b = (*store)->block(6);
        auto tx = ledger::Transaction::decode(b->transactions[2].bytes);
        signature = tx->signatures().front().signature;
    } // closing the last connection checkpoints the WAL into the main file
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf(signature);
    QVERIFY(at > 0);
    QCOMPARE(bytes.indexOf(signature, at + 1), qsizetype(-1));
    bytes[at + 20] = char(bytes[at + 20] ^ 0x01);
    file.seek(0);
    file.write(bytes);
    file.close();

    auto report = verifyAt(2);
    QVERIFY(report.has_value());
    QVERIFY(!report->ok());
    QCOMPARE(report->problem->height, quint64(6));
    QCOMPARE(report->problem->logIndex, std::optional<quint64>(28));
    QCOMPARE(report->problem->code, ErrorCode::BadSignature);
}

void TestVerifier::blockOfAnotherCommunity()
{
    // Properly sealed by the real sealer, but for another community: a replay of someone else's
    // history into this ledger. The store refuses it; a malicious file can still hold it.
    ledger::Genesis other = m_c.genesis;
    other.communityId = QByteArray(16, 'B');
    ledger::TransactionBody body = testing::makeTransaction(m_c, m_c.manager, 100).body();
    body.communityId = other.communityId;
    const ledger::Transaction foreign = *ledger::Transaction::create(body, m_c.manager);
    auto store = store::Store::open(m_path);
    auto tip = (*store)->tip();
    ledger::BlockHeader h = tip->header;
    h.communityId = other.communityId;
    h.height += 1;
    h.previous = tip->hash;
    h.firstIndex = h.lastIndex = (*store)->log().size();
    merkle::MerkleLog log = (*store)->log();
    log.append(foreign.bytes());
    h.logRoot = log.root();
    const ledger::SealedBlock block = ledger::sealBlock(h, m_c.server, m_c.genesis.logOrigin());
    QVERIFY(!(*store)->appendBlock(block, {foreign}).has_value());
    store->reset();
    {
        RawDb raw(m_path);
        raw.exec("INSERT INTO blocks VALUES (9, x'" + crypto::toByteArray(block.hash).toHex() + "', x'" + block.headerBytes.toHex() + "', x'" +
                 block.signature.toHex() + "', x'" + block.checkpointSignature.toHex() + "')");
        raw.exec("INSERT INTO transactions VALUES (41, 9, x'" + crypto::toByteArray(foreign.id()).toHex() + "', 'test.note', x'" +
                 foreign.body().author.toByteArray().toHex() + "', 100, x'" + foreign.bytes().toHex() + "')");
    }
    auto report = verifyAt();
    QVERIFY(!report->ok());
    QCOMPARE(report->problem->height, quint64(9));
    QVERIFY2(report->problem->reason.contains(QStringLiteral("another community")), qPrintable(report->problem->reason));
}

void TestVerifier::rowsBeyondTheLastBlock()
{
    const ledger::Transaction extra = testing::makeTransaction(m_c, m_c.kiosk, 100);
    {
        RawDb raw(m_path);
        raw.exec("INSERT INTO transactions VALUES (41, 99, x'" + crypto::toByteArray(extra.id()).toHex() + "', 'test.note', x'" +
                 extra.body().author.toByteArray().toHex() + "', 100, x'" + extra.bytes().toHex() + "')");
    }
    auto report = verifyAt();
    QVERIFY(!report->ok());
    QVERIFY2(report->problem->reason.contains(QStringLiteral("1 transactions are stored beyond the last block")),
             qPrintable(report->problem->reason));
    QCOMPARE(report->blocks, quint64(9));
}

void TestVerifier::trustedSealerPinsTheLedger()
{
    auto store = store::Store::open(m_path);
    verify::Options good(2);
    good.trustedSealer = ledger::NoteKey{m_c.genesis.logOrigin(), m_c.server.publicKey()};
    CY_VERIFY_REPORT_OK(*verify::verifyStore(**store, good));

    // A ledger built by someone holding another key, even with the same community id, is not ours.
    verify::Options otherKey(1);
    otherKey.trustedSealer = ledger::NoteKey{m_c.genesis.logOrigin(), m_c.manager.publicKey()};
    auto report = verify::verifyStore(**store, otherKey);
    QVERIFY(!report->ok());
    QCOMPARE(report->problem->height, quint64(0));
    QVERIFY(report->problem->reason.contains(QStringLiteral("another ledger")));
    QCOMPARE(report->blocks, quint64(0));
}

void TestVerifier::trustedCheckpointCatchesCutAndRewrittenHistory()
{
    auto store = store::Store::open(m_path);
    const auto checkpointOf = [&](quint64 height) {
        auto b = (*store)->block(height);
        return ledger::SealedBlock::fromParts(b->header, b->signature, b->checkpointSignature)->checkpoint(m_c.genesis.logOrigin());
    };
    const ledger::Checkpoint atBlock5 = checkpointOf(5);
    const ledger::Checkpoint atTip = checkpointOf(8);
    verify::Options options(2);
    options.trustedCheckpoint = atBlock5;
    CY_VERIFY_REPORT_OK(*verify::verifyStore(**store, options)); // the ledger extends an older checkpoint
    store->reset();

    // Cut: the newest block disappears. Consistent in itself, but shorter than what we saw.
    {
        RawDb raw(m_path);
        raw.exec("DELETE FROM transactions WHERE block_height = 8");
        raw.exec("DELETE FROM blocks WHERE height = 8");
    }
    CY_VERIFY_REPORT_OK(*verifyAt());
    store = store::Store::open(m_path);
    options.trustedCheckpoint = atTip;
    auto cut = verify::verifyStore(**store, options);
    QVERIFY(!cut->ok());
    QVERIFY2(cut->problem->reason.contains(QStringLiteral("cut short")), qPrintable(cut->problem->reason));

    // Rewritten: the sealer re-seals a different history from block 4 on (here: another ledger
    // of the same community with different transactions). The checkpoint from before names it.
    const QString otherPath = m_dir->filePath(QStringLiteral("rewritten.db"));
    {
        auto rewritten = testing::makeLedger(otherPath, m_c, 3, 5); // same first 3 blocks
        rewritten->sealNext({testing::makeTransaction(m_c, m_c.kiosk, 90, QStringLiteral("rewritten"))}, testing::noState(),
                            1798800000000, m_c.server);
        for (int i = 0; i < 12; ++i) { // longer than the original: only the checkpoint can tell
            rewritten->sealNext({testing::makeTransaction(m_c, m_c.manager, 100 + quint64(i))}, testing::noState(), 1798800000000,
                                m_c.server);
        }
    }
    auto other = store::Store::open(otherPath);
    CY_VERIFY_REPORT_OK(*verify::verifyStore(**other, verify::Options(1)));
    options.trustedCheckpoint = atBlock5;
    auto rewrittenReport = verify::verifyStore(**other, options);
    QVERIFY(!rewrittenReport->ok());
    QVERIFY2(rewrittenReport->problem->reason.contains(QStringLiteral("rewritten")), qPrintable(rewrittenReport->problem->reason));

    // A checkpoint of another log is refused outright.
    ledger::Checkpoint foreign = atBlock5;
    foreign.origin = QStringLiteral("courtyard/ffffffffffffffffffffffffffffffff");
    options.trustedCheckpoint = foreign;
    QVERIFY(!verify::verifyStore(**other, options)->ok());
}

void TestVerifier::concurrentAppendIsNotAProblem()
{
    auto reader = store::Store::open(m_path);
    {
        auto writer = store::Store::open(m_path);
        QVERIFY((*writer)->sealNext({testing::makeTransaction(m_c, m_c.kiosk, 100)}, testing::noState(), 1798800000000, m_c.server)
                    .has_value());
    }
    auto report = verify::verifyStore(**reader, verify::Options(2));
    CY_VERIFY_REPORT_OK(*report);
    QCOMPARE(report->blocks, quint64(10)); // it reads one consistent snapshot, the newer one
}

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
