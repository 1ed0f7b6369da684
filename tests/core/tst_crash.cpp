// Crash safety: a child process appending blocks is killed with SIGKILL at random moments.
// After each kill the ledger must open, verify from genesis, and hold exactly the blocks whose
// commit had returned (plus, at most, the one block that was being committed).
#include "tests/support/fixture.h"

#include "core/verify/verifier.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace courtyard;

class TestCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedWhileAppending();
    void killedWhileCreating();
};

void TestCrash::killedWhileAppending()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ledger.db"));
    const testing::Community c;
    testing::makeLedger(path, c, /*blocks=*/1, /*perBlock=*/3).reset();

    std::mt19937 rng(7);
    quint64 lastCommitted = 1; // genesis and one block
    int kills = 0;
    for (int round = 0; round < 12; ++round) {
        QProcess child;
        child.setProgram(QStringLiteral(STORE_CRASH_CHILD));
        child.setArguments({path, QString::number(round + 1)});
        child.start();
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        // Let it commit a few blocks, then kill it somewhere inside its loop.
        QVERIFY(child.waitForReadyRead(10000));
        QTest::qWait(int(20 + rng() % 300));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        ++kills;

        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        std::optional<quint64> committed;
        std::optional<quint64> committing;
        QByteArray committedHash;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts[0] == "committed") {
                committed = parts[1].toULongLong();
                committedHash = parts[2];
            } else if (parts.size() == 2 && parts[0] == "committing") {
                committing = parts[1].toULongLong();
            }
        }
        QVERIFY2(child.readAllStandardError().isEmpty(), "the child reported an error");

        auto store = store::Store::open(path);
        CY_VERIFY_OK(store);
        auto report = verify::verifyStore(**store, verify::Options(2));
        QVERIFY(report.has_value());
        CY_VERIFY_REPORT_OK(*report);

        const quint64 tipHeight = (*store)->blockCount() - 1;
        if (committed) {
            // Every block whose commit returned is there, with the same hash...
            QVERIFY(tipHeight >= *committed);
            auto block = (*store)->block(*committed);
            QVERIFY(block.has_value());
            QCOMPARE(QString::fromLatin1(block->hash.toHex()), QString::fromLatin1(committedHash));
            lastCommitted = *committed;
        }
        // ...and nothing beyond the one block that was in flight when the kill came.
        QVERIFY(committing.has_value());
        QVERIFY2(tipHeight == lastCommitted || tipHeight == *committing,
                 qPrintable(QStringLiteral("tip %1, last committed %2, in flight %3").arg(tipHeight).arg(lastCommitted).arg(*committing)));
        lastCommitted = tipHeight;
    }
    QCOMPARE(kills, 12);
}

void TestCrash::killedWhileCreating()
{
    // Killed at any moment of Store::create, there is either no ledger at the path or a
    // complete one: never a file that exists but holds no genesis.
    QTemporaryDir dir;
    std::mt19937 rng(11);
    int complete = 0;
    int absent = 0;
    for (int round = 0; round < 20; ++round) {
        const QString path = dir.filePath(QStringLiteral("ledger-%1.db").arg(round));
        QProcess child;
        child.setProgram(QStringLiteral(STORE_CRASH_CHILD));
        child.setArguments({QStringLiteral("--create"), path});
        child.start();
        QVERIFY(child.waitForStarted());
        QTest::qWait(int(rng() % 25));
        if (child.state() != QProcess::NotRunning) {
            child.kill();
            child.waitForFinished(10000);
        }
        QCOMPARE(child.state(), QProcess::NotRunning);
        const bool announced = child.readAllStandardOutput().contains("created");
        if (!QFileInfo::exists(path)) {
            QVERIFY2(!announced, "create() returned but the ledger is missing");
            ++absent;
            continue;
        }
        auto store = store::Store::open(path);
        CY_VERIFY_OK(store);
        QCOMPARE((*store)->blockCount(), quint64(1));
        CY_VERIFY_REPORT_OK(*verify::verifyStore(**store));
        ++complete;
    }
    qInfo("killed while creating: %d ledgers complete, %d absent", complete, absent);
    QCOMPARE(complete + absent, 20);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
