// The committee workspace's models on a real ledger (the CLI demo's start plus hand-picked
// expenses, budgets and a fund transfer: committee_fixture.h): the trail's rows, filters and
// evidence checks, budget vs actual, the fund's balance, the persisted index, and verification
// finding a tampered row. Every amount expected is worked out by hand in its comment.
#include "tests/desk/committee/committee_fixture.h"

#include "tests/support/fixture.h"
#include "core/verify/verifier.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QtTest>

using namespace courtyard;
using namespace courtyard::desk;
using courtyard::testing::CommitteeFixture;

class TstCommittee : public QObject {
    Q_OBJECT

private:
    // The workspace over a fresh fixture, its index in memory only.
    static std::unique_ptr<CommitteeWorkspace> workspace(CommitteeFixture &f)
    {
        return std::make_unique<CommitteeWorkspace>(*f.core, f.documents, QString(), nullptr);
    }
    static int rowOfInvoice(const ExpenseTrailModel &trail, const QByteArray &invoice)
    {
        for (int r = 0; r < trail.count(); ++r) {
            if (trail.rowAt(r).invoice == invoice) {
                return r;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        crypto::initialize();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void trailRows()
    {
        CommitteeFixture f;
        QVERIFY2(f.build(), qPrintable(f.error));
        auto w = workspace(f);
        QCOMPARE(w->errorText(), QString());
        ExpenseTrailModel &trail = *w->trail();
        QCOMPARE(trail.total(), 3);
        QCOMPARE(trail.count(), 3);
        // Newest first: C (03-20), B (03-05), A (02-10).
        QCOMPARE(trail.rowAt(0).invoice, f.hashC);
        QCOMPARE(trail.rowAt(1).invoice, f.hashB);
        QCOMPARE(trail.rowAt(2).invoice, f.hashA);
        const ExpenseRow &b = trail.rowAt(1);
        QCOMPARE(b.category, QStringLiteral("cleaning"));
        QCOMPARE(b.vendor, QStringLiteral("Spotless Services"));
        QCOMPARE(b.amount, qint64(700000)); // 7,000.00
        QCOMPARE(b.date, QDate(2027, 3, 5));
        QCOMPARE(b.requester, f.keys.manager.publicKey().toByteArray());
        // Above the threshold: the manager and two committee members signed.
        QCOMPARE(b.approvers, (QList<QByteArray>{f.keys.manager.publicKey().toByteArray(),
                                                 f.keys.committee[0].publicKey().toByteArray(),
                                                 f.keys.committee[1].publicKey().toByteArray()}));
        QCOMPARE(b.approvedMs, testing::utcNoon(2027, 3, 5));
        QCOMPARE(trail.rowAt(2).approvers, QList<QByteArray>{f.keys.manager.publicKey().toByteArray()});
        // Shown: the amount with its currency, the signers by role.
        QCOMPARE(trail.data(trail.index(1, ExpenseTrailModel::AmountColumn)).toString(), QStringLiteral("CNY 7,000.00"));
        const QString approvedBy = trail.data(trail.index(1, ExpenseTrailModel::ApprovedColumn)).toString();
        QVERIFY2(approvedBy.startsWith(QStringLiteral("manager ")) && approvedBy.count(QStringLiteral("committee ")) == 2,
                 qPrintable(approvedBy));
        // 4,000.00 + 7,000.00 + 1,234.56 = 12,234.56
        QCOMPARE(trail.shownMinor(), qint64(1223456));
        QCOMPARE(trail.categories(), (QStringList{QStringLiteral("cleaning"), QStringLiteral("utilities"), QStringLiteral("utilities:water")}));
    }

    void filters()
    {
        CommitteeFixture f;
        QVERIFY2(f.build(), qPrintable(f.error));
        auto w = workspace(f);
        ExpenseTrailModel &trail = *w->trail();
        // March: B and C, 7,000.00 + 1,234.56 = 8,234.56
        QVERIFY(trail.applyFilter(QStringLiteral("2027-03-01"), QStringLiteral("2027-03-31"), {}, {}, {}, {}));
        QCOMPARE(trail.count(), 2);
        QCOMPARE(trail.shownMinor(), qint64(823456));
        // A category takes its sub-categories: utilities -> utilities:water (C).
        QVERIFY(trail.applyFilter({}, {}, QStringLiteral("utilities"), {}, {}, {}));
        QCOMPARE(trail.count(), 1);
        QCOMPARE(trail.rowAt(0).invoice, f.hashC);
        // Vendor, any case: A and B.
        QVERIFY(trail.applyFilter({}, {}, {}, QStringLiteral("SPOTLESS"), {}, {}));
        QCOMPARE(trail.count(), 2);
        // Amounts as typed: 1,234.56 to 5,000 -> C (1,234.56) and A (4,000.00), not B (7,000.00).
        QVERIFY(trail.applyFilter({}, {}, {}, {}, QStringLiteral("1,234.56"), QStringLiteral("5000")));
        QCOMPARE(trail.count(), 2);
        QCOMPARE(trail.shownMinor(), qint64(523456)); // 1,234.56 + 4,000.00
        // Bad input changes nothing and says what to write.
        QVERIFY(!trail.applyFilter(QStringLiteral("March"), {}, {}, {}, {}, {}));
        QVERIFY(trail.errorText().contains(QStringLiteral("2027-03-31")));
        QCOMPARE(trail.count(), 2);
        QVERIFY(!trail.applyFilter({}, {}, {}, {}, QStringLiteral("lots"), {}));
        QVERIFY(!trail.applyFilter(QStringLiteral("2027-04-01"), QStringLiteral("2027-03-01"), {}, {}, {}, {}));
        QCOMPARE(trail.count(), 2);
        // Sorting by amount, largest first: B, A, C when all are shown.
        trail.clearFilter();
        trail.sortBy(ExpenseTrailModel::AmountColumn, true);
        QCOMPARE(trail.rowAt(0).amount, qint64(700000));
        QCOMPARE(trail.rowAt(1).amount, qint64(400000));
        QCOMPARE(trail.rowAt(2).amount, qint64(123456));
    }

    void documentsAndProofs()
    {
        CommitteeFixture f;
        QVERIFY2(f.build(), qPrintable(f.error));
        auto w = workspace(f);
        ExpenseTrailModel &trail = *w->trail();
        QCOMPARE(trail.checkShown(), 1); // B's document was replaced
        const int a = rowOfInvoice(trail, f.hashA), b = rowOfInvoice(trail, f.hashB), c = rowOfInvoice(trail, f.hashC);
        QCOMPARE(trail.documentState(a), DocumentCheck::Matches);
        QCOMPARE(trail.documentState(b), DocumentCheck::Mismatch);
        QCOMPARE(trail.documentState(c), DocumentCheck::Missing);
        QCOMPARE(trail.data(trail.index(b, ExpenseTrailModel::DocumentColumn)).toString(), QStringLiteral("DOES NOT MATCH"));
        QVERIFY(trail.data(trail.index(b, ExpenseTrailModel::DocumentColumn), ExpenseTrailModel::AlertRole).toBool());
        for (int r = 0; r < 3; ++r) {
            QCOMPARE(trail.proofState(r), ProofCheck::Included);
        }
        // Putting the right file back makes it match.
        CommitteeFixture::writeFile(trail.documentPath(b), f.docB);
        trail.checkRow(b);
        QCOMPARE(trail.documentState(b), DocumentCheck::Matches);
    }

    void proofFailsWhenRowAltered()
    {
        CommitteeFixture f;
        QVERIFY2(f.build(), qPrintable(f.error));
        auto w = workspace(f);
        ExpenseTrailModel &trail = *w->trail();
        const int b = rowOfInvoice(trail, f.hashB);
        const ExpenseRow row = trail.rowAt(b);
        auto before = checkInclusion(f.core->store(), f.core->genesis(), row);
        CY_VERIFY_OK(before);
        QVERIFY2(before->included, qPrintable(before->reason));
        // The last byte of the stored transaction (inside its last signature) flipped: the id and
        // the invoice are unchanged, the leaf is not.
        const QString failed = f.tamper("transactions", "bytes", QStringLiteral("log_index = %1").arg(row.logIndex), [](QByteArray bytes) {
            bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 1);
            return bytes;
        });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        auto after = checkInclusion(f.core->store(), f.core->genesis(), row);
        CY_VERIFY_OK(after);
        QVERIFY(!after->included);
        QVERIFY2(after->reason.contains(QStringLiteral("audit path")), qPrintable(after->reason));
        trail.checkRow(b);
        QCOMPARE(trail.proofState(b), ProofCheck::Failed);
        QCOMPARE(trail.data(trail.index(b, ExpenseTrailModel::ProofColumn)).toString(), QStringLiteral("PROOF FAILS"));
    }

    void budgetVsActual()
    {
        CommitteeFixture f;
        QVERIFY2(f.build(), qPrintable(f.error));
        auto w = workspace(f);
        BudgetModel &budget = *w->budget();
        QCOMPARE(budget.year(), 2027);
        const std::vector<BudgetLine> &lines = budget.lines();
        QCOMPARE(lines.size(), std::size_t(3)); // cleaning, utilities, utilities:water
        const BudgetLine &cleaning = lines[0];
        QCOMPARE(cleaning.category, QStringLiteral("cleaning"));
        QCOMPARE(cleaning.budget, std::optional<qint64>(1000000)); // 10,000.00
        QCOMPARE(cleaning.actual, qint64(1100000));                // 4,000.00 + 7,000.00
        QCOMPARE(cleaning.months[1], qint64(400000));              // February: A
        QCOMPARE(cleaning.months[2], qint64(700000));              // March: B
        QVERIFY(cleaning.consistent);
        const BudgetLine &utilities = lines[1];
        QCOMPARE(utilities.category, QStringLiteral("utilities"));
        QCOMPARE(utilities.budget, std::optional<qint64>(200000)); // 2,000.00
        QCOMPARE(utilities.actual, qint64(123456));                // C, counted into its parent
        const BudgetLine &water = lines[2];
        QCOMPARE(water.category, QStringLiteral("utilities:water"));
        QCOMPARE(water.budget, std::optional<qint64>());
        QCOMPARE(water.actual, qint64(123456));
        QCOMPARE(water.depth, 1);
        // Totals over the top-level categories only: 10,000.00 + 2,000.00 and 11,000.00 + 1,234.56.
        QCOMPARE(budget.totalBudgetMinor(), qint64(1200000));
        QCOMPARE(budget.totalActualMinor(), qint64(1223456));
        QCOMPARE(budget.totalActual(), QStringLiteral("CNY 12,234.56"));
        // Cleaning overspent: 10,000.00 - 11,000.00 = -1,000.00, 110 % used, in alarm colours.
        QCOMPARE(budget.data(budget.index(0, BudgetModel::RemainingColumn)).toString(), QStringLiteral("CNY -1,000.00"));
        QCOMPARE(budget.data(budget.index(0, BudgetModel::UsedColumn)).toString(), QStringLiteral("110%"));
        QVERIFY(budget.data(budget.index(0, BudgetModel::RemainingColumn), BudgetModel::AlertRole).toBool());
        // Utilities: 1,234.56 of 2,000.00 = 61.7 %, shown 61 %; 2,000.00 - 1,234.56 = 765.44 left.
        QCOMPARE(budget.data(budget.index(1, BudgetModel::UsedColumn)).toString(), QStringLiteral("61%"));
        QCOMPARE(budget.data(budget.index(1, BudgetModel::RemainingColumn)).toString(), QStringLiteral("CNY 765.44"));
        const QVariantMap chart = budget.categoryChart();
        QCOMPARE(chart.value(QStringLiteral("categories")).toStringList(), (QStringList{QStringLiteral("cleaning"), QStringLiteral("utilities")}));
        QCOMPARE(chart.value(QStringLiteral("actual")).toList().at(0).toDouble(), 11000.0);
    }

    void fundBalance()
    {
        CommitteeFixture f;
        QVERIFY2(f.build(), qPrintable(f.error));
        auto w = workspace(f);
        QVERIFY(w->loadFund());
        const std::vector<FundPoint> &points = w->fund()->points();
        QCOMPARE(points.size(), std::size_t(2)); // February and March 2027: no money moved before
        QCOMPARE(points[0].month, QDate(2027, 2, 1));
        QCOMPARE(points[0].balance[0], qint64(-400000));  // bank: -4,000.00 (A)
        QCOMPARE(points[0].balance[2], qint64(0));
        QCOMPARE(points[1].month, QDate(2027, 3, 1));
        QCOMPARE(points[1].balance[0], qint64(-1223456)); // bank: -4,000.00 - 7,000.00 - 1,234.56
        QCOMPARE(points[1].balance[1], qint64(0));        // cash: nothing
        QCOMPARE(points[1].balance[2], qint64(-2000000)); // maintenance fund: 20,000.00 moved out
        QCOMPARE(points[1].balance[3], qint64(2000000));  // reserve fund: 20,000.00 moved in
        QCOMPARE(w->fund()->data(w->fund()->index(1, FundBalanceModel::ReserveColumn)).toString(), QStringLiteral("CNY 20,000.00"));
    }

    void persistedIndexIsIncremental()
    {
        CommitteeFixture f;
        QVERIFY2(f.build(), qPrintable(f.error));
        const QString cache = f.dir.filePath(QStringLiteral("trail.index"));
        {
            TrailIndex first(cache);
            CY_VERIFY_OK(first.open(f.core->store()));
            QVERIFY(!first.stats().fromCache);
            QCOMPARE(first.rows().size(), std::size_t(3));
        }
        CommitteeWorkspace w(*f.core, f.documents, cache, nullptr);
        QVERIFY(w.index().stats().fromCache);
        QCOMPARE(w.index().stats().blocksRead, quint64(0));
        QCOMPARE(w.trail()->total(), 3);
        // One more expense in one more block: only that block is read.
        const QByteArray invoice = crypto::toByteArray(crypto::sha256(QByteArrayLiteral("garden invoice")));
        QVERIFY2(f.addExpense(invoice, 88800, testing::utcNoon(2027, 4, 2), "2027-04-01"), qPrintable(f.error));
        QCOMPARE(w.index().stats().blocksRead, quint64(1));
        QCOMPARE(w.trail()->total(), 4);
        QCOMPARE(w.trail()->rowAt(0).amount, qint64(88800)); // newest first
        // A cache made for another history of the ledger is not used.
        {
            CommitteeFixture other;
            QVERIFY2(other.build(), qPrintable(other.error));
            const QByteArray invoice2 = crypto::toByteArray(crypto::sha256(QByteArrayLiteral("another garden invoice")));
            QVERIFY2(other.addExpense(invoice2, 1, testing::utcNoon(2027, 4, 2), "2027-04-01"), qPrintable(other.error));
            TrailIndex reused(cache);
            CY_VERIFY_OK(reused.open(other.core->store()));
            QVERIFY(!reused.stats().fromCache);
            QCOMPARE(reused.rows().back().invoice, invoice2);
        }
    }

    void verificationFromGenesis()
    {
        CommitteeFixture f;
        QVERIFY2(f.build(), qPrintable(f.error));
        auto w = workspace(f);
        VerificationRunner &runner = *w->verification();
        QSignalSpy done(&runner, &VerificationRunner::finished);
        runner.start();
        QVERIFY(done.wait(60000));
        QCOMPARE(runner.state(), QStringLiteral("ok"));
        QCOMPARE(runner.blocksDone(), runner.blocksTotal());
        QVERIFY(runner.headline().startsWith(QStringLiteral("Everything checks out")));

        // A payment's amount rewritten in the file (the store's triggers dropped): found, with where.
        const ExpenseRow row = w->trail()->rowAt(rowOfInvoice(*w->trail(), f.hashB));
        const QString failed = f.tamper("transactions", "bytes", QStringLiteral("log_index = %1").arg(row.logIndex), [](QByteArray bytes) {
            return bytes.replace("Spotless", "Spotmess");
        });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        runner.start();
        QVERIFY(done.wait(60000));
        QCOMPARE(runner.state(), QStringLiteral("alarm"));
        QCOMPARE(runner.finding().logIndex, qint64(row.logIndex));
        QCOMPARE(runner.finding().height, qint64(row.height));
        QVERIFY(runner.headline().contains(QStringLiteral("DOES NOT CHECK OUT")));
        QVERIFY(runner.details().join(u'\n').contains(QStringLiteral("log index %1").arg(row.logIndex)));
    }

    void verificationProgressAndCancel()
    {
        CommitteeFixture f;
        QVERIFY2(f.build(), qPrintable(f.error));
        const quint64 total = f.core->store().blockCount();
        QVERIFY(total >= 4);
        // The progress callback is called as blocks are read, with the blocks verified so far
        // (they are checked in batches, so the count lags); stopping it stops the run.
        std::vector<quint64> seen;
        verify::Options options(1);
        options.progress = [&](quint64 blocks) {
            seen.push_back(blocks);
            return seen.size() < 3; // stop when the third block is about to be read
        };
        auto report = verify::verifyStore(f.core->store(), options);
        CY_VERIFY_OK(report);
        QVERIFY(report->cancelled);
        QVERIFY(!report->ok());
        QVERIFY(!report->problem);
        QVERIFY(report->blocks < total);
        QCOMPARE(seen.size(), std::size_t(3));
        // Without stopping: every block, in order.
        seen.clear();
        options.progress = [&](quint64 blocks) {
            seen.push_back(blocks);
            return true;
        };
        report = verify::verifyStore(f.core->store(), options);
        CY_VERIFY_OK(report);
        QVERIFY(report->ok());
        QCOMPARE(report->blocks, total);
        QCOMPARE(seen.size(), std::size_t(total)); // once per block read
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));

        // The runner: stopped at once, it says how far it got.
        auto w = workspace(f);
        VerificationRunner &runner = *w->verification();
        QSignalSpy done(&runner, &VerificationRunner::finished);
        runner.start();
        QVERIFY(runner.running());
        runner.cancel();
        QVERIFY(done.wait(60000));
        QCOMPARE(runner.state(), QStringLiteral("cancelled"));
        QVERIFY(runner.headline().startsWith(QStringLiteral("Stopped")));
        QVERIFY(runner.blocksDone() < runner.blocksTotal());
    }

    void verificationFindsEditedFigures()
    {
        CommitteeFixture f;
        QVERIFY2(f.build(), qPrintable(f.error));
        auto w = workspace(f);
        VerificationRunner &runner = *w->verification();
        QSignalSpy done(&runner, &VerificationRunner::finished);
        const auto fileState = [&f] {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            for (const QString &name : {f.ledgerPath, f.ledgerPath + QStringLiteral("-wal")}) {
                QFile file(name);
                if (file.open(QIODevice::ReadOnly)) {
                    hash.addData(file.readAll());
                }
            }
            return hash.result();
        };
        // Untouched: the figures are compared too, and the run ends in that phase, complete.
        runner.start();
        QVERIFY(done.wait(60000));
        QCOMPARE(runner.state(), QStringLiteral("ok"));
        QCOMPARE(runner.phase(), QStringLiteral("projections"));
        QCOMPARE(runner.fraction(), 1.0);
        QCOMPARE(runner.finding().projectionDifferences, qint64(0));
        QVERIFY(runner.details().join(u'\n').contains(QStringLiteral("account total")));

        // Expense A's 4,000.00 (400000 minor units) posting rewritten to 1,234.56 with the sqlite3
        // shell: the blocks and the state still check out; the trial balance would not.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(f.ledgerPath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, "SELECT log_index, ordinal, account FROM postings WHERE amount = 400000", -1, &s, nullptr);
        QCOMPARE(sqlite3_step(s), SQLITE_ROW);
        const qint64 logIndex = sqlite3_column_int64(s, 0);
        const qint64 ordinal = sqlite3_column_int64(s, 1);
        const QString account = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 2)));
        QCOMPARE(sqlite3_step(s), SQLITE_DONE); // exactly one such posting
        sqlite3_finalize(s);
        const QByteArray update = QStringLiteral("UPDATE postings SET amount = 123456 WHERE log_index = %1 AND ordinal = %2")
                                      .arg(logIndex).arg(ordinal).toUtf8();
        QCOMPARE(sqlite3_exec(db, update.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_changes(db), 1);
        sqlite3_close(db);

        const QByteArray before = fileState();
        runner.start();
        QVERIFY(done.wait(60000));
        QCOMPARE(runner.state(), QStringLiteral("alarm"));
        QVERIFY2(runner.headline().contains(QStringLiteral("FIGURES AND RECORDS ON THIS COMPUTER WERE CHANGED")), qPrintable(runner.headline()));
        QCOMPARE(runner.finding().projectionDifferences, qint64(1));
        QCOMPARE(runner.finding().projectionTable, QStringLiteral("postings"));
        QCOMPARE(runner.finding().logIndex, logIndex);
        QVERIFY(!runner.finding().stateRootDiffers); // the records are right: only the posting is not
        const QString details = runner.details().join(u'\n');
        // 123456 minor units = CNY 1,234.56 stored; the blocks make 400000 = CNY 4,000.00 (en_US).
        const QString line = QStringLiteral("Posting %1 of the transaction at log index %2 (block %3): stored CNY 1,234.56 on %4, "
                                            "but the blocks make CNY 4,000.00 on %4.")
                                 .arg(ordinal + 1).arg(logIndex).arg(runner.finding().height).arg(account);
        QVERIFY2(details.contains(line), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("courtyard replay --rebuild")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("postings: 1, account totals: 0, records: 0.")), qPrintable(details));
        QCOMPARE(fileState(), before); // checked, not changed
    }

    void verificationFindsChangedRecordsAndEvidence()
    {
        CommitteeFixture f;
        QVERIFY2(f.build(), qPrintable(f.error));
        auto w = workspace(f);
        VerificationRunner &runner = *w->verification();
        QSignalSpy done(&runner, &VerificationRunner::finished);
        // A stored record changed (the expense's vendor in the state): the blocks check out, the records do not.
        const QString failed = f.tamper("state", "value", QStringLiteral("key = CAST('expense/%1' AS BLOB)").arg(QString::fromLatin1(f.hashC.toHex())),
                                        [](QByteArray bytes) { return bytes.replace("City Water", "City Waker"); });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        runner.start();
        QVERIFY(done.wait(60000));
        QCOMPARE(runner.state(), QStringLiteral("alarm"));
        QVERIFY(runner.finding().stateRootDiffers);
        QVERIFY(runner.headline().contains(QStringLiteral("RECORDS")));

        // The sync client's evidence of a rewritten history is shown, even on a good ledger.
        CommitteeFixture g;
        QVERIFY2(g.build(), qPrintable(g.error));
        auto w2 = workspace(g);
        QDir().mkpath(g.ledgerPath + QStringLiteral(".evidence"));
        CommitteeFixture::writeFile(g.ledgerPath + QStringLiteral(".evidence/block-after-7-1.txt"),
                                    "server: wss://example:4443\nreason: block 7 is not the block this device verified\n");
        QSignalSpy done2(w2->verification(), &VerificationRunner::finished);
        w2->verification()->start();
        QVERIFY(done2.wait(60000));
        QCOMPARE(w2->verification()->state(), QStringLiteral("alarm"));
        QCOMPARE(w2->verification()->evidence().size(), 1);
        QVERIFY(w2->verification()->evidence().first().toMap().value(QStringLiteral("text")).toString().contains(QStringLiteral("block 7")));
    }
};

QTEST_GUILESS_MAIN(TstCommittee)
#include "tst_committee.moc"
