// node::checkProjections on a real ledger (the CLI demo's community: leases, billing, payments,
// so there are postings, account totals and state), opened read-only as `courtyard verify` and
// the desk's committee open it. Each projection table is tampered with by raw SQL, as someone
// with the sqlite3 shell could, and the check must name the row, the stored value and the one
// the contracts give; an untouched ledger checks out; the file's bytes are the same after every
// check, good or bad.
#include "tests/support/fixture.h"
#include "tests/support/raw_db.h"

#include "app/cli/demo.h"
#include "app/node/projections.h"
#include "contracts/standard.h"
#include "core/crypto/crypto.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace courtyard;

using courtyard::testing::RawDb;
using courtyard::testing::fileState;

class TstProjections : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pristine; // a demo ledger, closed (its WAL checkpointed into it)
    contracts::Registry m_registry;

    // A fresh copy of the demo ledger.
    QString copy(const char *name)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile::remove(path);
        if (!QFile::copy(m_pristine, path)) {
            return QString();
        }
        return path;
    }

    // The check as `courtyard verify` runs it: the ledger opened read-only; the file's bytes
    // must be the same afterwards.
    Result<node::ProjectionReport> check(const QString &path, const node::ProjectionCheckOptions &options = {})
    {
        const QString before = fileState(path);
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        CY_TRY(std::unique_ptr<store::Store> store, store::Store::open(path, readOnly));
        auto report = node::checkProjections(*store, m_registry, options);
        store.reset();
        if (const QString after = fileState(path); after != before) {
            return fail(ErrorCode::Integrity, QStringLiteral("the check changed %1: %2 before, %3 after").arg(path, before, after));
        }
        return report;
    }

private Q_SLOTS:
    void initTestCase()
    {
        crypto::initialize();
        contracts::addStandardContracts(m_registry);
        QVERIFY(m_dir.isValid());
        m_pristine = m_dir.filePath(QStringLiteral("pristine.ledger"));
        cli::DemoOptions options;
        options.ledgerPath = m_pristine;
        options.transactions = 240;
        options.blockSize = 20;
        auto community = cli::buildDemoCommunity(options, cli::demoKeys(options.seed));
        CY_VERIFY_OK(community);
        community->ledger.reset(); // closed: the WAL is checkpointed into the file and removed
        QVERIFY(!QFile::exists(m_pristine + QStringLiteral("-wal")));
        RawDb db(m_pristine);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM postings")) > 100);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM account_totals")) > 5);
    }

    void untouchedChecksOut()
    {
        const QString path = copy("good.ledger");
        QVERIFY(!path.isEmpty());
        std::vector<std::pair<quint64, quint64>> seen;
        node::ProjectionCheckOptions options;
        options.progress = [&](quint64 done, quint64 total) {
            seen.emplace_back(done, total);
            return true;
        };
        auto report = check(path, options);
        CY_VERIFY_OK(report);
        QVERIFY(report->ok());
        QVERIFY(report->compared);
        QVERIFY(!report->problem);
        QCOMPARE(report->differenceCount(), quint64(0));
        QVERIFY(report->differences.empty());
        QVERIFY(report->storedStateRootMatches());
        QCOMPARE(report->replayedStateRoot, report->tipStateRoot);
        RawDb db(path);
        // 240 transactions and genesis in blocks of 20 after block 0: 241 transactions, 13 blocks (1 + 12).
        QCOMPARE(report->transactions, quint64(241));
        QCOMPARE(report->blocks, quint64(db.scalar(QStringLiteral("SELECT count(*) FROM blocks"))));
        QCOMPARE(report->storedPostings, quint64(db.scalar(QStringLiteral("SELECT count(*) FROM postings"))));
        QCOMPARE(report->replayedPostings, report->storedPostings);
        QCOMPARE(report->storedAccountTotals, quint64(db.scalar(QStringLiteral("SELECT count(*) FROM account_totals"))));
        QCOMPARE(report->replayedAccountTotals, report->storedAccountTotals);
        QCOMPARE(report->storedStateEntries, quint64(db.scalar(QStringLiteral("SELECT count(*) FROM state"))));
        QCOMPARE(report->replayedStateEntries, report->storedStateEntries);
        // Progress once per block, in order, out of the ledger's blocks.
        QCOMPARE(seen.size(), std::size_t(report->blocks));
        QCOMPARE(seen.back(), std::pair(report->blocks, report->blocks));
    }

    void postingAmountChanged()
    {
        const QString path = copy("posting.ledger");
        QString logIndex, ordinal, account, original;
        {
            RawDb db(path);
            // A rent or fee line well inside the ledger: the 40th posting.
            const QString row = QStringLiteral("FROM postings ORDER BY log_index, ordinal LIMIT 1 OFFSET 40");
            logIndex = db.text(QStringLiteral("SELECT log_index ") + row);
            ordinal = db.text(QStringLiteral("SELECT ordinal ") + row);
            account = db.text(QStringLiteral("SELECT account ") + row);
            original = db.text(QStringLiteral("SELECT amount ") + row);
            QVERIFY(!account.isEmpty());
            QCOMPARE(db.text(QStringLiteral("SELECT currency ") + row), QStringLiteral("CNY"));
            QCOMPARE(db.exec(QStringLiteral("UPDATE postings SET amount = 123456 WHERE log_index = %1 AND ordinal = %2").arg(logIndex, ordinal)),
                     QString());
            QVERIFY(original != QStringLiteral("123456"));
        }
        auto report = check(path);
        CY_VERIFY_OK(report);
        QVERIFY(!report->ok());
        QVERIFY(!report->problem); // the blocks replay; only the row differs
        QCOMPARE(report->postingDifferences, quint64(1));
        QCOMPARE(report->accountTotalsDifferences, quint64(0)); // the totals were left as the contracts make them
        QCOMPARE(report->stateDifferences, quint64(0));
        QVERIFY(report->storedStateRootMatches());
        QCOMPARE(report->differences.size(), std::size_t(1));
        const node::ProjectionDifference &d = report->differences.front();
        QCOMPARE(d.table, node::ProjectionTable::Postings);
        QCOMPARE(d.logIndex, std::optional<quint64>(logIndex.toULongLong()));
        QCOMPARE(d.ordinal, ordinal.toInt());
        QCOMPARE(d.account, account);
        QVERIFY(d.storedPosting && d.replayedPosting);
        QCOMPARE(d.storedPosting->amount, qint64(123456));
        QCOMPARE(d.replayedPosting->amount, original.toLongLong());
        QVERIFY(d.height.has_value());
        // 123456 minor units of CNY (2 decimals) = 1234.56 in the C locale.
        const QString text = d.describe();
        QVERIFY2(text.contains(QStringLiteral("1234.56 CNY")), qPrintable(text));
        QVERIFY2(text.contains(account), qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("postings: log index %1, ordinal %2 (block %3)").arg(logIndex, ordinal).arg(*d.height)),
                 qPrintable(text));
        // In a locale with grouping: 1,234.56.
        QVERIFY(d.storedText(QLocale(QLocale::English, QLocale::UnitedStates)).contains(QStringLiteral("1,234.56 CNY")));
    }

    void postingRemovedAndAdded()
    {
        const QString path = copy("rows.ledger");
        {
            RawDb db(path);
            QCOMPARE(db.exec(QStringLiteral("DELETE FROM postings WHERE (log_index, ordinal) = "
                                            "(SELECT log_index, ordinal FROM postings ORDER BY log_index DESC, ordinal LIMIT 1)")),
                     QString());
            QCOMPARE(db.exec(QStringLiteral("INSERT INTO postings (log_index, ordinal, account, currency, amount, block_height) "
                                            "VALUES (3, 90, 'Assets:Bank', 'CNY', 500, 1)")),
                     QString());
        }
        auto report = check(path);
        CY_VERIFY_OK(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->postingDifferences, quint64(2));
        QCOMPARE(report->differences.size(), std::size_t(2));
        // In log order: the row someone added at log index 3 first, the missing last one after.
        const node::ProjectionDifference &added = report->differences[0];
        QCOMPARE(added.logIndex, std::optional<quint64>(3));
        QCOMPARE(added.ordinal, 90);
        QVERIFY(added.storedPosting && !added.replayedPosting);
        QVERIFY(added.describe().contains(QStringLiteral("the contracts give (no such row)")));
        const node::ProjectionDifference &removed = report->differences[1];
        QVERIFY(!removed.storedPosting && removed.replayedPosting);
        QVERIFY(removed.describe().contains(QStringLiteral("stored (no such row)")));
    }

    // The postings are compared block by block as the replay goes: a changed row must be found
    // at the ledger's very first posting, at the end of a block in the middle and at its very
    // last posting (the last block's range), each with its block.
    void postingTamperedInEachBlock_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("first posting of the first block with postings") << QStringLiteral("first");
        QTest::newRow("last posting of a middle block") << QStringLiteral("middle");
        QTest::newRow("last posting of the last block") << QStringLiteral("last");
    }
    void postingTamperedInEachBlock()
    {
        QFETCH(QString, which);
        const QString path = copy("block.ledger");
        QString logIndex, ordinal, account, original, height;
        {
            RawDb db(path);
            const qint64 blocks = db.scalar(QStringLiteral("SELECT count(*) FROM blocks"));
            QString row;
            if (which == QStringLiteral("first")) {
                row = QStringLiteral("FROM postings ORDER BY log_index, ordinal LIMIT 1");
            } else if (which == QStringLiteral("middle")) {
                // 13 blocks; the first ones set the community up, postings are in blocks 7 to 12:
                // block 9 is in the middle of them; its last posting is at its range's end.
                QCOMPARE(blocks, qint64(13));
                QCOMPARE(db.scalar(QStringLiteral("SELECT min(block_height) FROM postings")), qint64(7));
                row = QStringLiteral("FROM postings WHERE block_height = 9 ORDER BY log_index DESC, ordinal DESC LIMIT 1");
            } else {
                row = QStringLiteral("FROM postings ORDER BY log_index DESC, ordinal DESC LIMIT 1");
            }
            logIndex = db.text(QStringLiteral("SELECT log_index ") + row);
            ordinal = db.text(QStringLiteral("SELECT ordinal ") + row);
            account = db.text(QStringLiteral("SELECT account ") + row);
            original = db.text(QStringLiteral("SELECT amount ") + row);
            height = db.text(QStringLiteral("SELECT block_height ") + row);
            QVERIFY(!account.isEmpty());
            if (which == QStringLiteral("middle")) {
                QCOMPARE(height, QStringLiteral("9"));
            }
            if (which == QStringLiteral("last")) {
                // The last posting is in the tip block, the last range compared.
                QCOMPARE(height.toLongLong(), blocks - 1);
            }
            QVERIFY(original != QStringLiteral("424242"));
            QCOMPARE(db.exec(QStringLiteral("UPDATE postings SET amount = 424242 WHERE log_index = %1 AND ordinal = %2").arg(logIndex, ordinal)),
                     QString());
        }
        auto report = check(path);
        CY_VERIFY_OK(report);
        QVERIFY(!report->ok());
        QVERIFY(report->compared);
        QVERIFY(!report->problem);
        QCOMPARE(report->postingDifferences, quint64(1));
        QCOMPARE(report->accountTotalsDifferences, quint64(0));
        QCOMPARE(report->stateDifferences, quint64(0));
        QCOMPARE(report->replayedPostings, report->storedPostings);
        QCOMPARE(report->differences.size(), std::size_t(1));
        const node::ProjectionDifference &d = report->differences.front();
        QCOMPARE(d.table, node::ProjectionTable::Postings);
        QCOMPARE(d.logIndex, std::optional<quint64>(logIndex.toULongLong()));
        QCOMPARE(d.ordinal, ordinal.toInt());
        QCOMPARE(d.height, std::optional<quint64>(height.toULongLong()));
        QVERIFY(d.storedPosting && d.replayedPosting);
        QCOMPARE(d.storedPosting->amount, qint64(424242));
        QCOMPARE(d.replayedPosting->amount, original.toLongLong());
        // 424242 minor units of CNY (2 decimals) = 4242.42.
        QVERIFY2(d.describe().contains(QStringLiteral("stored %1 4242.42 CNY in block %2").arg(account, height)), qPrintable(d.describe()));
    }

    void postingsPastTheTipFound()
    {
        // Rows whose log index no transaction has (past the tip's log range) are compared with
        // nothing, after the last block: each must be named as stored only.
        const QString path = copy("pasttip.ledger");
        qint64 lastIndex = 0;
        qint64 tip = 0;
        {
            RawDb db(path);
            lastIndex = db.scalar(QStringLiteral("SELECT max(log_index) FROM transactions"));
            tip = db.scalar(QStringLiteral("SELECT max(height) FROM blocks"));
            // 240 transactions and genesis: log indexes 0 to 240.
            QCOMPARE(lastIndex, qint64(240));
            QCOMPARE(db.exec(QStringLiteral("INSERT INTO postings (log_index, ordinal, account, currency, amount, block_height) VALUES "
                                            "(241, 0, 'Assets:Bank', 'CNY', 777, %1), (100000, 2, 'Income:Rent', 'CNY', -777, %1)")
                                 .arg(tip)),
                     QString());
        }
        auto report = check(path);
        CY_VERIFY_OK(report);
        QVERIFY(!report->ok());
        QVERIFY(!report->problem);
        QCOMPARE(report->postingDifferences, quint64(2));
        QCOMPARE(report->accountTotalsDifferences, quint64(0));
        QCOMPARE(report->storedPostings, report->replayedPostings + 2);
        QCOMPARE(report->differences.size(), std::size_t(2));
        const node::ProjectionDifference &first = report->differences[0];
        QCOMPARE(first.logIndex, std::optional<quint64>(241));
        QCOMPARE(first.ordinal, 0);
        QVERIFY(first.storedPosting && !first.replayedPosting);
        QCOMPARE(first.storedPosting->amount, qint64(777));
        // 777 minor units = 7.77 CNY.
        QVERIFY2(first.describe().contains(QStringLiteral("stored Assets:Bank 7.77 CNY in block %1; the contracts give (no such row)").arg(tip)),
                 qPrintable(first.describe()));
        const node::ProjectionDifference &second = report->differences[1];
        QCOMPARE(second.logIndex, std::optional<quint64>(100000));
        QCOMPARE(second.ordinal, 2);
        QVERIFY(second.storedPosting && !second.replayedPosting);
        QVERIFY2(second.describe().contains(QStringLiteral("stored Income:Rent -7.77 CNY")), qPrintable(second.describe()));
    }

    void postingDeletedFound()
    {
        const QString path = copy("deleted.ledger");
        QString logIndex, ordinal, account, original;
        qint64 count = 0;
        {
            RawDb db(path);
            count = db.scalar(QStringLiteral("SELECT count(*) FROM postings"));
            const QString row = QStringLiteral("FROM postings ORDER BY log_index, ordinal LIMIT 1 OFFSET %1").arg(count / 2);
            logIndex = db.text(QStringLiteral("SELECT log_index ") + row);
            ordinal = db.text(QStringLiteral("SELECT ordinal ") + row);
            account = db.text(QStringLiteral("SELECT account ") + row);
            original = db.text(QStringLiteral("SELECT amount ") + row);
            QVERIFY(!account.isEmpty());
            QCOMPARE(db.exec(QStringLiteral("DELETE FROM postings WHERE log_index = %1 AND ordinal = %2").arg(logIndex, ordinal)), QString());
        }
        auto report = check(path);
        CY_VERIFY_OK(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->postingDifferences, quint64(1));
        QCOMPARE(report->storedPostings, quint64(count - 1));
        QCOMPARE(report->replayedPostings, quint64(count));
        QCOMPARE(report->differences.size(), std::size_t(1));
        const node::ProjectionDifference &d = report->differences.front();
        QCOMPARE(d.logIndex, std::optional<quint64>(logIndex.toULongLong()));
        QCOMPARE(d.ordinal, ordinal.toInt());
        QVERIFY(!d.storedPosting && d.replayedPosting);
        QCOMPARE(d.replayedPosting->account, account);
        QCOMPARE(d.replayedPosting->amount, original.toLongLong());
        QVERIFY2(d.describe().contains(QStringLiteral("stored (no such row); the contracts give %1").arg(account)), qPrintable(d.describe()));
    }

    void postingMovedToAnotherTransactionFound()
    {
        // The last posting of block 8 moved, amounts and all, to the first transaction of block 10
        // (another block's log range): the account totals still add up, but the row is missing
        // where the contracts put it and extra where it now is.
        const QString path = copy("moved.ledger");
        QString logIndex, ordinal, account, amount, target;
        {
            RawDb db(path);
            const QString row = QStringLiteral("FROM postings WHERE block_height = 8 ORDER BY log_index DESC, ordinal DESC LIMIT 1");
            logIndex = db.text(QStringLiteral("SELECT log_index ") + row);
            ordinal = db.text(QStringLiteral("SELECT ordinal ") + row);
            account = db.text(QStringLiteral("SELECT account ") + row);
            amount = db.text(QStringLiteral("SELECT amount ") + row);
            target = db.text(QStringLiteral("SELECT min(log_index) FROM transactions WHERE block_height = 10"));
            QVERIFY(!account.isEmpty());
            QVERIFY(!target.isEmpty());
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM postings WHERE log_index = %1 AND ordinal = 9").arg(target)), qint64(0));
            QCOMPARE(db.exec(QStringLiteral("UPDATE postings SET log_index = %1, ordinal = 9, block_height = 10 WHERE log_index = %2 AND ordinal = %3")
                                 .arg(target, logIndex, ordinal)),
                     QString());
        }
        auto report = check(path);
        CY_VERIFY_OK(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->postingDifferences, quint64(2));
        QCOMPARE(report->accountTotalsDifferences, quint64(0)); // the same amounts on the same account
        QCOMPARE(report->storedPostings, report->replayedPostings);
        QCOMPARE(report->differences.size(), std::size_t(2));
        const node::ProjectionDifference &from = report->differences[0];
        QCOMPARE(from.logIndex, std::optional<quint64>(logIndex.toULongLong()));
        QCOMPARE(from.ordinal, ordinal.toInt());
        QCOMPARE(from.height, std::optional<quint64>(8));
        QVERIFY(!from.storedPosting && from.replayedPosting);
        QCOMPARE(from.replayedPosting->amount, amount.toLongLong());
        const node::ProjectionDifference &to = report->differences[1];
        QCOMPARE(to.logIndex, std::optional<quint64>(target.toULongLong()));
        QCOMPARE(to.ordinal, 9);
        QCOMPARE(to.height, std::optional<quint64>(10));
        QVERIFY(to.storedPosting && !to.replayedPosting);
        QCOMPARE(to.storedPosting->account, account);
        QCOMPARE(to.storedPosting->amount, amount.toLongLong());
    }

    void oneSnapshotWhileRowsChange()
    {
        // The postings are read block by block during the replay, and past the tip at the end,
        // all in the snapshot the check began with: rows another connection changes meanwhile
        // (after block 3 is replayed: the last block's last posting changed, a row added past
        // the tip) are not seen by this check, and are by the next.
        const QString path = copy("snapshot.ledger");
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto store = store::Store::open(path, readOnly);
        CY_VERIFY_OK(store);
        RawDb writer(path);
        QString written = QStringLiteral("not written");
        node::ProjectionCheckOptions options;
        options.progress = [&](quint64 done, quint64) {
            if (done == 3) {
                written = writer.exec(QStringLiteral(
                    "UPDATE postings SET amount = 424242 WHERE (log_index, ordinal) = "
                    "(SELECT log_index, ordinal FROM postings ORDER BY log_index DESC, ordinal DESC LIMIT 1); "
                    "INSERT INTO postings (log_index, ordinal, account, currency, amount, block_height) "
                    "VALUES (241, 0, 'Assets:Bank', 'CNY', 777, 12)"));
            }
            return true;
        };
        auto report = node::checkProjections(**store, m_registry, options);
        QCOMPARE(written, QString());
        CY_VERIFY_OK(report);
        QVERIFY(report->ok());
        QCOMPARE(report->postingDifferences, quint64(0));
        auto again = node::checkProjections(**store, m_registry);
        CY_VERIFY_OK(again);
        QVERIFY(!again->ok());
        QCOMPARE(again->postingDifferences, quint64(2)); // the changed row and the added one
        QCOMPARE(again->storedPostings, report->storedPostings + 1);
    }

    void accountTotalsChanged()
    {
        const QString path = copy("totals.ledger");
        QString account;
        {
            RawDb db(path);
            account = db.text(QStringLiteral("SELECT account FROM account_totals WHERE debits > 0 ORDER BY account LIMIT 1"));
            QVERIFY(!account.isEmpty());
            QCOMPARE(db.exec(QStringLiteral("UPDATE account_totals SET debits = 99999 WHERE account = '%1'").arg(account)), QString());
        }
        auto report = check(path);
        CY_VERIFY_OK(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->accountTotalsDifferences, quint64(1));
        QCOMPARE(report->postingDifferences, quint64(0));
        QCOMPARE(report->stateDifferences, quint64(0));
        QCOMPARE(report->differences.size(), std::size_t(1));
        const node::ProjectionDifference &d = report->differences.front();
        QCOMPARE(d.table, node::ProjectionTable::AccountTotals);
        QCOMPARE(d.account, account);
        QCOMPARE(d.currency, QStringLiteral("CNY"));
        QVERIFY(d.storedTotals && d.replayedTotals);
        QCOMPARE(d.storedTotals->debits, qint64(99999));
        QVERIFY(d.replayedTotals->debits != 99999);
        QVERIFY(d.logIndex && d.height); // the last transaction posting to the account
        // 99999 minor units = 999.99 CNY.
        QVERIFY2(d.describe().contains(QStringLiteral("stored debits 999.99 CNY")), qPrintable(d.describe()));
        QVERIFY2(d.describe().startsWith(QStringLiteral("account_totals: %1 (CNY)").arg(account)), qPrintable(d.describe()));
    }

    void stateValueChanged()
    {
        const QString path = copy("state.ledger");
        QString key;
        {
            RawDb db(path);
            // A unit record: its value holds text that can be changed in place.
            key = db.text(QStringLiteral("SELECT CAST(key AS TEXT) FROM state WHERE key >= CAST('unit/' AS BLOB) "
                                         "AND key < CAST('unit0' AS BLOB) ORDER BY key LIMIT 1"));
            QVERIFY(!key.isEmpty());
            // The value's last byte changed: a byte of its last element.
            QCOMPARE(db.flipLastValueByte(key), QString());
        }
        auto report = check(path);
        CY_VERIFY_OK(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->stateDifferences, quint64(1));
        QCOMPARE(report->postingDifferences, quint64(0));
        QVERIFY(!report->storedStateRootMatches()); // the stored values' root is not the tip's
        QCOMPARE(report->replayedStateRoot, report->tipStateRoot);
        QCOMPARE(report->differences.size(), std::size_t(1));
        const node::ProjectionDifference &d = report->differences.front();
        QCOMPARE(d.table, node::ProjectionTable::State);
        QCOMPARE(d.keyText(), key);
        QVERIFY(!d.leafOnly);
        QVERIFY(d.storedValue && d.replayedValue);
        QVERIFY(*d.storedValue != *d.replayedValue);
        QVERIFY(d.logIndex && d.height); // the transaction that wrote the unit record last
        QVERIFY2(d.describe().startsWith(QStringLiteral("state: %1 (last changed by the transaction at log index %2, block %3)")
                                             .arg(key).arg(*d.logIndex).arg(*d.height)),
                 qPrintable(d.describe()));
    }

    void stateLeafChanged()
    {
        // The value left as it was, its cached leaf (what the fast state root reads) replaced.
        const QString path = copy("leaf.ledger");
        {
            RawDb db(path);
            QCOMPARE(db.exec(QStringLiteral("UPDATE state SET leaf = zeroblob(32) WHERE key = (SELECT key FROM state ORDER BY key LIMIT 1)")),
                     QString());
        }
        auto report = check(path);
        CY_VERIFY_OK(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->stateDifferences, quint64(1));
        QVERIFY(report->storedStateRootMatches()); // the values are right
        QVERIFY(report->differences.front().leafOnly);
        QVERIFY(report->differences.front().describe().contains(QStringLiteral("wrong cached leaf hash")));
    }

    void stateRowAddedAndRemoved()
    {
        const QString path = copy("keys.ledger");
        {
            RawDb db(path);
            QCOMPARE(db.exec(QStringLiteral("DELETE FROM state WHERE key = (SELECT key FROM state ORDER BY key DESC LIMIT 1)")), QString());
            // 0xF6 is CBOR null.
            QCOMPARE(db.exec(QStringLiteral("INSERT INTO state (key, value, leaf) VALUES (CAST('zz/forged' AS BLOB), X'F6', zeroblob(32))")),
                     QString());
        }
        auto report = check(path);
        CY_VERIFY_OK(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->stateDifferences, quint64(2));
        QVERIFY(!report->storedStateRootMatches());
        bool forged = false;
        bool missing = false;
        for (const node::ProjectionDifference &d : report->differences) {
            forged = forged || (d.keyText() == QStringLiteral("zz/forged") && d.storedValue == QStringLiteral("null") && !d.replayedValue);
            missing = missing || (!d.storedValue && d.replayedValue);
        }
        QVERIFY(forged);
        QVERIFY(missing);
    }

    void manyDifferencesCountedFewDescribed()
    {
        const QString path = copy("many.ledger");
        quint64 rows = 0;
        {
            RawDb db(path);
            rows = quint64(db.scalar(QStringLiteral("SELECT count(*) FROM postings WHERE amount > 0")));
            QCOMPARE(db.exec(QStringLiteral("UPDATE postings SET amount = amount + 1 WHERE amount > 0")), QString());
        }
        QVERIFY(rows > 20);
        node::ProjectionCheckOptions options;
        options.maxDifferencesPerTable = 5;
        auto report = check(path, options);
        CY_VERIFY_OK(report);
        QCOMPARE(report->postingDifferences, rows);
        QCOMPARE(report->differences.size(), std::size_t(5));
    }

    void cancelled()
    {
        const QString path = copy("cancel.ledger");
        node::ProjectionCheckOptions options;
        options.progress = [](quint64 done, quint64) { return done < 3; };
        auto report = check(path, options);
        CY_VERIFY_OK(report);
        QVERIFY(report->cancelled);
        QVERIFY(!report->compared);
        QVERIFY(!report->ok());
        QCOMPARE(report->blocks, quint64(3));
    }

    void contractsThatRefuse()
    {
        // A program without the contracts the ledger was sealed with cannot re-derive anything:
        // named as a problem, not as differences.
        const QString path = copy("norules.ledger");
        const QString before = fileState(path);
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto store = store::Store::open(path, readOnly);
        CY_VERIFY_OK(store);
        const contracts::Registry none;
        auto report = node::checkProjections(**store, none);
        CY_VERIFY_OK(report);
        QVERIFY(!report->ok());
        QVERIFY(report->problem);
        QCOMPARE(report->problem->height, quint64(0));
        QVERIFY(!report->compared);
        store->reset();
        QCOMPARE(fileState(path), before);
    }

    void writableStoreUnchanged()
    {
        // Opened for writing (as the server or the desk's own ledger is), a tampered file is
        // still only read.
        const QString path = copy("writable.ledger");
        {
            RawDb db(path);
            QCOMPARE(db.exec(QStringLiteral("UPDATE postings SET amount = -amount WHERE log_index = (SELECT max(log_index) FROM postings)")), QString());
        }
        auto store = store::Store::open(path);
        CY_VERIFY_OK(store);
        RawDb db(path);
        const QString sum = QStringLiteral("SELECT sum(amount * (log_index + 7)) || '/' || count(*) FROM postings");
        const QString before = db.text(sum);
        auto report = node::checkProjections(**store, m_registry);
        CY_VERIFY_OK(report);
        QVERIFY(!report->ok());
        QVERIFY(report->postingDifferences > 0);
        QCOMPARE(db.text(sum), before);
    }
};

QTEST_GUILESS_MAIN(TstProjections)
#include "tst_projections.moc"
