// `courtyard verify` checks the projections too: the real binary on copies of the CLI demo's
// ledger, one projection row changed by raw SQL in each (a posting's amount, an account's totals,
// a state record), as someone with the sqlite3 shell could. verify must fail (exit 1) naming the
// row with its stored and right values (amounts as money), say what to do, and leave the file as
// it was; --chain-only skips the check; the advice it gives (`courtyard replay --rebuild`) makes
// the ledger verify again.
#include "tests/cli/cli_runner.h"
#include "tests/support/raw_db.h"

#include "app/cli/demo.h"
#include "core/crypto/crypto.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace courtyard;
using courtyard::testing::Run;

namespace {

using courtyard::testing::fileState;

// Runs one SQL statement on the file as the sqlite3 shell would; SQLite's message, empty when fine.
QString sql(const QString &path, const QString &statement)
{
    return testing::RawDb(path).exec(statement);
}

// The first column of the first row, as text.
QString value(const QString &path, const QString &query)
{
    return testing::RawDb(path).text(query);
}

} // namespace

class TstVerifyProjections : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pristine;

    QString copy(const char *name)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile::remove(path);
        return QFile::copy(m_pristine, path) ? path : QString();
    }
    Run courtyard(const QStringList &arguments)
    {
        return testing::runCourtyard(arguments, m_dir.path(), testing::cliEnvironment());
    }

private Q_SLOTS:
    void initTestCase()
    {
        crypto::initialize();
        QVERIFY(m_dir.isValid());
        m_pristine = m_dir.filePath(QStringLiteral("pristine.ledger"));
        cli::DemoOptions options;
        options.ledgerPath = m_pristine;
        options.transactions = 200;
        options.blockSize = 25;
        auto community = cli::buildDemoCommunity(options, cli::demoKeys(options.seed));
        QVERIFY2(community, community ? "" : qPrintable(community.error().message));
        community->ledger.reset(); // closed: its WAL checkpointed into the file
    }

    void untouchedVerifies()
    {
        const QString path = copy("good.ledger");
        const QString before = fileState(path);
        const Run text = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), path});
        QVERIFY2(text.code == 0, qPrintable(text.report()));
        QVERIFY2(text.outText().contains(QStringLiteral("state entries are those the contracts make from the blocks")), qPrintable(text.report()));
        const Run json = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), path, QStringLiteral("--json")});
        QVERIFY2(json.code == 0, qPrintable(json.report()));
        const QJsonObject o = json.json();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("chain_only")).toBool(), false);
        const QJsonObject p = o.value(QStringLiteral("projections")).toObject();
        QCOMPARE(p.value(QStringLiteral("checked")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("differences")).toInt(-1), 0);
        QCOMPARE(p.value(QStringLiteral("postings")).toObject().value(QStringLiteral("stored")).toInteger(),
                 value(path, QStringLiteral("SELECT count(*) FROM postings")).toLongLong());
        QCOMPARE(p.value(QStringLiteral("state")).toObject().value(QStringLiteral("root_matches")).toBool(), true);
        QCOMPARE(fileState(path), before);
    }

    void postingAmountChanged()
    {
        const QString path = copy("posting.ledger");
        const QString row = QStringLiteral("FROM postings ORDER BY log_index, ordinal LIMIT 1 OFFSET 30");
        const QString logIndex = value(path, QStringLiteral("SELECT log_index ") + row);
        const QString ordinal = value(path, QStringLiteral("SELECT ordinal ") + row);
        const QString account = value(path, QStringLiteral("SELECT account ") + row);
        const QString original = value(path, QStringLiteral("SELECT amount ") + row);
        QVERIFY(!account.isEmpty());
        QVERIFY(original != QStringLiteral("123456"));
        QCOMPARE(sql(path, QStringLiteral("UPDATE postings SET amount = 123456 WHERE log_index = %1 AND ordinal = %2").arg(logIndex, ordinal)),
                 QString());
        const QString before = fileState(path);

        const Run run = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), path});
        QVERIFY2(run.code == 1, qPrintable(run.report())); // ExitVerificationFailed
        const QString err = run.errText();
        QVERIFY2(err.contains(QStringLiteral("verification FAILED")), qPrintable(run.report()));
        QVERIFY2(err.contains(QStringLiteral("1 stored projection rows are not what the contracts make from it (postings 1, account_totals 0, state 0)")),
                 qPrintable(run.report()));
        QVERIFY2(err.contains(QStringLiteral("postings: log index %1, ordinal %2").arg(logIndex, ordinal)), qPrintable(run.report()));
        // 123456 minor units of CNY = 1234.56.
        QVERIFY2(err.contains(QStringLiteral("stored %1 1234.56 CNY").arg(account)), qPrintable(run.report()));
        QVERIFY2(err.contains(QStringLiteral("courtyard replay --rebuild --db %1").arg(path)), qPrintable(run.report()));
        QVERIFY2(err.contains(QStringLiteral("Keep a copy of %1 as evidence first").arg(path)), qPrintable(run.report()));
        QCOMPARE(fileState(path), before);

        const Run json = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), path, QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        const QJsonObject o = json.json();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(!o.contains(QStringLiteral("problem"))); // the chain itself is fine
        const QJsonObject p = o.value(QStringLiteral("projections")).toObject();
        QCOMPARE(p.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(p.value(QStringLiteral("differences")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("postings")).toObject().value(QStringLiteral("differences")).toInt(), 1);
        QVERIFY(p.value(QStringLiteral("advice")).toString().contains(QStringLiteral("courtyard replay --rebuild")));
        const QJsonObject first = p.value(QStringLiteral("first_differences")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("table")).toString(), QStringLiteral("postings"));
        QCOMPARE(first.value(QStringLiteral("log_index")).toInteger(), logIndex.toLongLong());
        QCOMPARE(first.value(QStringLiteral("ordinal")).toInt(), ordinal.toInt());
        QCOMPARE(first.value(QStringLiteral("account")).toString(), account);
        QCOMPARE(first.value(QStringLiteral("stored_amount_minor")).toInteger(), 123456);
        QCOMPARE(first.value(QStringLiteral("replayed_amount_minor")).toInteger(), original.toLongLong());
        QCOMPARE(fileState(path), before);

        // --chain-only: the chain is fine, and says the projections were not checked.
        const Run chain = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), path, QStringLiteral("--chain-only")});
        QVERIFY2(chain.code == 0, qPrintable(chain.report()));
        QVERIFY(chain.outText().contains(QStringLiteral("projections not checked (--chain-only)")));
        const Run chainJson = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), path, QStringLiteral("--chain-only"), QStringLiteral("--json")});
        QCOMPARE(chainJson.json().value(QStringLiteral("chain_only")).toBool(), true);
        QVERIFY(!chainJson.json().contains(QStringLiteral("projections")));

        // The advice works: rebuilt from the verified chain, the ledger verifies again.
        const Run rebuilt = courtyard({QStringLiteral("replay"), QStringLiteral("--rebuild"), QStringLiteral("--db"), path});
        QVERIFY2(rebuilt.code == 0, qPrintable(rebuilt.report()));
        QCOMPARE(value(path, QStringLiteral("SELECT amount FROM postings WHERE log_index = %1 AND ordinal = %2").arg(logIndex, ordinal)), original);
        const Run again = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), path});
        QVERIFY2(again.code == 0, qPrintable(again.report()));
    }

    void accountTotalsChanged()
    {
        const QString path = copy("totals.ledger");
        const QString account = value(path, QStringLiteral("SELECT account FROM account_totals WHERE debits > 0 ORDER BY account LIMIT 1"));
        QVERIFY(!account.isEmpty());
        QCOMPARE(sql(path, QStringLiteral("UPDATE account_totals SET debits = 99999 WHERE account = '%1'").arg(account)), QString());
        const QString before = fileState(path);
        const Run run = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), path});
        QVERIFY2(run.code == 1, qPrintable(run.report()));
        // 99999 minor units of CNY = 999.99.
        QVERIFY2(run.errText().contains(QStringLiteral("account_totals: %1 (CNY)").arg(account)), qPrintable(run.report()));
        QVERIFY2(run.errText().contains(QStringLiteral("stored debits 999.99 CNY")), qPrintable(run.report()));
        QVERIFY2(run.errText().contains(QStringLiteral("(postings 0, account_totals 1, state 0)")), qPrintable(run.report()));
        QCOMPARE(fileState(path), before);
        // `courtyard replay` (read-only) sees it too, and points to verify for the rows.
        const Run replay = courtyard({QStringLiteral("replay"), QStringLiteral("--db"), path, QStringLiteral("--json")});
        QVERIFY2(replay.code == 1, qPrintable(replay.report()));
        QCOMPARE(replay.json().value(QStringLiteral("account_totals_match")).toBool(true), false);
        QCOMPARE(replay.json().value(QStringLiteral("postings_match")).toBool(false), true);
        QVERIFY2(replay.errText().contains(QStringLiteral("the stored account totals differ from the replay; 'courtyard verify' names the rows")),
                 qPrintable(replay.report()));
        QCOMPARE(fileState(path), before);
    }

    void stateRecordChanged()
    {
        const QString path = copy("state.ledger");
        const QString key = value(path, QStringLiteral("SELECT CAST(key AS TEXT) FROM state WHERE key >= CAST('unit/' AS BLOB) "
                                                       "AND key < CAST('unit0' AS BLOB) ORDER BY key LIMIT 1"));
        QVERIFY(!key.isEmpty());
        QCOMPARE(testing::RawDb(path).flipLastValueByte(key), QString());
        const QString before = fileState(path);
        const Run run = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), path, QStringLiteral("--json")});
        QVERIFY2(run.code == 1, qPrintable(run.report()));
        const QJsonObject p = run.json().value(QStringLiteral("projections")).toObject();
        QCOMPARE(p.value(QStringLiteral("state")).toObject().value(QStringLiteral("differences")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("state")).toObject().value(QStringLiteral("root_matches")).toBool(), false);
        const QJsonObject first = p.value(QStringLiteral("first_differences")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("table")).toString(), QStringLiteral("state"));
        QCOMPARE(first.value(QStringLiteral("key")).toString(), key);
        QVERIFY(first.contains(QStringLiteral("log_index")));
        QVERIFY2(run.errText().contains(QStringLiteral("state: %1 (last changed by the transaction at log index").arg(key)), qPrintable(run.report()));
        QVERIFY2(run.errText().contains(QStringLiteral("the stored state's values hash to the state root")), qPrintable(run.report()));
        QCOMPARE(fileState(path), before);
        // The value edited, its cached leaf left: `courtyard replay` (read-only) finds it too.
        const Run replay = courtyard({QStringLiteral("replay"), QStringLiteral("--db"), path, QStringLiteral("--json")});
        QVERIFY2(replay.code == 1, qPrintable(replay.report()));
        QCOMPARE(replay.json().value(QStringLiteral("state_matches")).toBool(true), false);
        QCOMPARE(fileState(path), before);
    }
};

QTEST_GUILESS_MAIN(TstVerifyProjections)
#include "tst_verify_projections.moc"
