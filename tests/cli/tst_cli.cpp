// End-to-end tests of the `courtyard` command-line tool: the real binary, run with QProcess on
// real files in a temporary folder, no mocks. One demo ledger (500 transactions in blocks of 50)
// is built in initTestCase and shared; tests that damage a ledger work on copies of it.
//
// What is checked independently of the tool: inclusion and consistency proofs are re-verified
// with courtyard::merkle against roots computed here from the transaction bytes read straight
// out of SQLite, and checkpoints are parsed and verified as C2SP signed notes.
#include "cli_runner.h"
#include "core/crypto/crypto.h"
#include "core/ledger/checkpoint.h"
#include "core/merkle/merkle_log.h"

#include <sqlite3.h>

#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <optional>
#include <vector>

using namespace courtyard;

using courtyard::testing::Run;

namespace {

constexpr int kDemoTransactions = 500;
constexpr int kDemoBlockSize = 50;
constexpr qint64 kDemoBlocks = 1 + kDemoTransactions / kDemoBlockSize; // genesis + 10
constexpr qint64 kDemoLogSize = 1 + kDemoTransactions;                 // genesis + 500
// The demo's own figures for its seed and 500 transactions (see demoSummary).
constexpr int kDemoMonths = 5;
constexpr int kDemoPayments = 168;
constexpr int kDemoLatePayments = 20;

const QString kPassphrase = QStringLiteral("correct horse battery staple");

// The block that holds a log index in the demo ledger (genesis alone in block 0).
qint64 demoHeightOf(qint64 logIndex)
{
    return logIndex == 0 ? 0 : (logIndex - 1) / kDemoBlockSize + 1;
}

// One finished run of the tool.

// Minimal SQLite access for looking at and damaging ledgers behind the tool's back.
class Sqlite {
public:
    explicit Sqlite(const QString &path)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
    }
    ~Sqlite() { close(); }
    Sqlite(const Sqlite &) = delete;
    Sqlite &operator=(const Sqlite &) = delete;

    bool ok() const { return m_db && m_rc == SQLITE_OK; }
    QByteArray error() const { return m_db ? QByteArray(sqlite3_errmsg(m_db)) : QByteArray("not open"); }

    void close()
    {
        if (m_db) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }

    bool exec(const char *sql)
    {
        m_rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
        return m_rc == SQLITE_OK;
    }

    // Column 0 of the first row of sql, with ?1 bound to key; null when there is no row.
    std::optional<QByteArray> blob(const char *sql, qint64 key)
    {
        std::optional<QByteArray> result;
        sqlite3_stmt *stmt = prepare(sql);
        if (!stmt) {
            return result;
        }
        sqlite3_bind_int64(stmt, 1, key);
        if (sqlite3_step(stmt) == SQLITE_ROW) {
            const void *p = sqlite3_column_blob(stmt, 0);
            const int n = sqlite3_column_bytes(stmt, 0);
            result = QByteArray(static_cast<const char *>(p), n);
        }
        sqlite3_finalize(stmt);
        return result;
    }

    // Column 0 of every row of sql.
    std::vector<QByteArray> blobs(const char *sql)
    {
        std::vector<QByteArray> result;
        sqlite3_stmt *stmt = prepare(sql);
        if (!stmt) {
            return result;
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const void *p = sqlite3_column_blob(stmt, 0);
            const int n = sqlite3_column_bytes(stmt, 0);
            result.emplace_back(static_cast<const char *>(p), n);
        }
        sqlite3_finalize(stmt);
        return result;
    }

    std::optional<qint64> integer(const char *sql)
    {
        std::optional<qint64> result;
        sqlite3_stmt *stmt = prepare(sql);
        if (!stmt) {
            return result;
        }
        if (sqlite3_step(stmt) == SQLITE_ROW) {
            result = sqlite3_column_int64(stmt, 0);
        }
        sqlite3_finalize(stmt);
        return result;
    }

    // Runs sql with ?1 = value and ?2 = key; true when exactly one row changed.
    bool updateBlob(const char *sql, const QByteArray &value, qint64 key)
    {
        sqlite3_stmt *stmt = prepare(sql);
        if (!stmt) {
            return false;
        }
        sqlite3_bind_blob(stmt, 1, value.constData(), int(value.size()), SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 2, key);
        m_rc = sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        return m_rc == SQLITE_DONE && sqlite3_changes(m_db) == 1;
    }

private:
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        m_rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
        return m_rc == SQLITE_OK ? stmt : nullptr;
    }

    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_OK;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size() && f.flush();
}

int fileMode(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return -1;
    }
    return int(st.st_mode & 0777);
}

// True when the ledger file has no SQLite side files: the process that wrote it has closed it.
// Everything committed is in the main file: no write-ahead log with content, no rollback
// journal. (Read-only commands may leave SQLite's empty -wal and -shm behind, as any reader does.)
bool noSideFiles(const QString &db)
{
    const QFileInfo wal(db + QStringLiteral("-wal"));
    return (!wal.exists() || wal.size() == 0) && !QFileInfo::exists(db + QStringLiteral("-journal"));
}

bool isHex(const QString &text, qsizetype digits)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    return text.size() == digits && hex.match(text).hasMatch();
}

std::optional<merkle::Hash> hashFromHex(const QString &hex)
{
    auto d = crypto::digestFromHex(hex);
    return d ? std::optional<merkle::Hash>(*d) : std::nullopt;
}

std::optional<std::vector<merkle::Hash>> hashesFromJson(const QJsonValue &value)
{
    if (!value.isArray()) {
        return std::nullopt;
    }
    std::vector<merkle::Hash> hashes;
    for (const QJsonValue &v : value.toArray()) {
        auto h = hashFromHex(v.toString());
        if (!h) {
            return std::nullopt;
        }
        hashes.push_back(*h);
    }
    return hashes;
}

template <typename T> QByteArray why(const Result<T> &r)
{
    return r.has_value() ? QByteArray() : r.error().message.toUtf8();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // 1. usage
    void usage_data();
    void usage();
    void commandHelp_data();
    void commandHelp();
    void commandHelpUsageLine_data() { commandHelp_data(); }
    void commandHelpUsageLine();

    // 2. keys and passphrases
    void keyNewAndShow();
    void keyNewNeverOverwrites();
    void passphraseSources_data();
    void passphraseSources();

    // 3. init
    void initCommunity();
    void initDefaultQuorumText();
    void initRefusesExistingLedger();
    void initRejects_data();
    void initRejects();

    // 4. the demo ledger: verify, blocks, proofs, checkpoints
    void demoSummary();
    void verifyDemo();
    void verifyThreadsAgree();
    void verifyUsesEnvironmentDb();
    void blockShow();
    void blockShowErrors_data();
    void blockShowErrors();
    void proofInclusion();
    void proofInclusionErrors_data();
    void proofInclusionErrors();
    void proofConsistency();
    void proofConsistencyErrors_data();
    void proofConsistencyErrors();
    void checkpoint();

    // 5. tamper detection
    void tamper_data();
    void tamper();
    void tamperRawFile();
    void verifyAgainstTrustAnchors();
    void proofsCoverOnlySealedEntries();

    // 6. storage errors
    void missingLedger();
    void notALedger_data();
    void notALedger();
    void schemaTooNew();
    void readOnlyLedger();

    // 7. JSON errors
    void jsonErrors_data();
    void jsonErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QProcessEnvironment environment(bool withPassphrase, const QString &passphrase = QString()) const;
    Run courtyard(const QStringList &arguments, bool withPassphrase = true, const QString &passphrase = QString()) const;
    Run courtyard(const QStringList &arguments, const QProcessEnvironment &env) const;
    QStringList initArguments(const QString &db) const;
    // A fresh copy of the demo ledger, for damaging.
    QString copyDemo(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_demoDb;
    QJsonObject m_demoJson;
    QJsonObject m_verifyJson;
    std::vector<QByteArray> m_txBytes; // the demo ledger's transactions in log order, read via SQLite
    merkle::MerkleLog m_log;           // built here from m_txBytes
    QString m_serverKey;
    QString m_serverPublic;
    QStringList m_committeeKeys; // key files
    QStringList m_committeePublic;
    QString m_passphraseFile;
};

QProcessEnvironment TestCli::environment(bool withPassphrase, const QString &passphrase) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("COURTYARD_PASSPHRASE"));
    env.remove(QStringLiteral("COURTYARD_DB"));
    if (withPassphrase) {
        env.insert(QStringLiteral("COURTYARD_PASSPHRASE"), passphrase.isNull() ? kPassphrase : passphrase);
    }
    return env;
}

Run TestCli::courtyard(const QStringList &arguments, bool withPassphrase, const QString &passphrase) const
{
    return courtyard(arguments, environment(withPassphrase, passphrase));
}

Run TestCli::courtyard(const QStringList &arguments, const QProcessEnvironment &env) const
{
    return testing::runCourtyard(arguments, m_dir.path(), env);
}

QStringList TestCli::initArguments(const QString &db) const
{
    return {QStringLiteral("init"),
            QStringLiteral("--db"),
            db,
            QStringLiteral("--name"),
            QStringLiteral("Test Gardens"),
            QStringLiteral("--currency"),
            QStringLiteral("CNY"),
            QStringLiteral("--timezone"),
            QStringLiteral("Asia/Shanghai"),
            QStringLiteral("--server-key"),
            m_serverKey,
            QStringLiteral("--committee"),
            m_committeeKeys.value(0), // as a key file
            QStringLiteral("--committee"),
            m_committeePublic.value(1), // as hex
            QStringLiteral("--committee"),
            m_committeePublic.value(2),
            QStringLiteral("--quorum"),
            QStringLiteral("2")};
}

QString TestCli::copyDemo(const QString &name) const
{
    const QString copy = path(name);
    QFile::remove(copy);
    if (!noSideFiles(m_demoDb) || !QFile::copy(m_demoDb, copy)) {
        return QString();
    }
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

void TestCli::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(QFileInfo(QStringLiteral(COURTYARD_CLI_PATH)).isExecutable(), COURTYARD_CLI_PATH);

    m_passphraseFile = path(QStringLiteral("passphrase.txt"));
    QVERIFY(writeAll(m_passphraseFile, kPassphrase.toUtf8() + "\n"));

    // The shared demo ledger.
    const Run demo = courtyard({QStringLiteral("demo"), QStringLiteral("--dir"), path(QStringLiteral("demo")),
                                QStringLiteral("--transactions"), QString::number(kDemoTransactions),
                                QStringLiteral("--block-size"), QString::number(kDemoBlockSize), QStringLiteral("--json")});
    QVERIFY2(demo.code == 0, qPrintable(demo.report()));
    m_demoJson = demo.json();
    QVERIFY2(!m_demoJson.isEmpty(), qPrintable(demo.report()));
    m_demoDb = path(QStringLiteral("demo/courtyard.db"));
    QVERIFY(QFileInfo::exists(m_demoDb));
    QVERIFY2(noSideFiles(m_demoDb), "the demo left SQLite side files behind after it exited");

    const Run verify = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), m_demoDb, QStringLiteral("--json")});
    QVERIFY2(verify.code == 0, qPrintable(verify.report()));
    m_verifyJson = verify.json();

    // The transaction bytes, read behind the tool's back from a scratch copy (so that the
    // shared ledger is never opened by anything but the tool).
    {
        const QString scratch = copyDemo(QStringLiteral("scratch.db"));
        QVERIFY(!scratch.isEmpty());
        Sqlite db(scratch);
        QVERIFY2(db.ok(), db.error().constData());
        m_txBytes = db.blobs("SELECT bytes FROM transactions ORDER BY log_index");
        QCOMPARE(qint64(m_txBytes.size()), kDemoLogSize);
        for (const QByteArray &tx : m_txBytes) {
            m_log.append(tx);
        }
    }

    // A server key and three committee keys, made by the tool.
    const auto makeKey = [&](const QString &name, QString *publicHex) {
        const QString file = path(name);
        const Run r = courtyard({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--out"), file, QStringLiteral("--kdf"),
                                 QStringLiteral("interactive"), QStringLiteral("--json")});
        *publicHex = r.json().value(QStringLiteral("public_key")).toString();
        return r.code == 0 && isHex(*publicHex, 64) ? QString() : r.report();
    };
    m_serverKey = path(QStringLiteral("server.key"));
    QString problem = makeKey(QStringLiteral("server.key"), &m_serverPublic);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (int i = 1; i <= 3; ++i) {
        const QString name = QStringLiteral("committee-%1.key").arg(i);
        QString hex;
        problem = makeKey(name, &hex);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_committeeKeys << path(name);
        m_committeePublic << hex;
    }
}

// --- 1. usage ----------------------------------------------------------------------------

void TestCli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("onStdout");
    QTest::addColumn<QStringList>("mentions");

    const QString db = m_demoDb;
    const QString unused = path(QStringLiteral("never-written.key"));
    QTest::newRow("no arguments") << QStringList() << 2 << true << QStringList{QStringLiteral("Usage: courtyard COMMAND"), QStringLiteral("Exit codes")};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << true
                            << QStringList{QStringLiteral("Usage: courtyard COMMAND"), QStringLiteral("init"), QStringLiteral("key new"),
                                           QStringLiteral("key show"), QStringLiteral("verify"), QStringLiteral("block show"),
                                           QStringLiteral("proof inclusion"), QStringLiteral("proof consistency"),
                                           QStringLiteral("checkpoint"), QStringLiteral("demo"), QStringLiteral("Exit codes")};
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << 0 << true << QStringList{QStringLiteral("Usage: courtyard COMMAND")};
    QTest::newRow("help") << QStringList{QStringLiteral("help")} << 0 << true << QStringList{QStringLiteral("Usage: courtyard COMMAND")};
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0 << true << QStringList{QStringLiteral("courtyard ")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << false
                                     << QStringList{QStringLiteral("unknown command 'frobnicate'"), QStringLiteral("Usage: courtyard COMMAND")};
    QTest::newRow("incomplete command") << QStringList{QStringLiteral("key")} << 2 << false << QStringList{QStringLiteral("unknown command 'key'")};
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("key"), QStringLiteral("rotate")} << 2 << false
                                        << QStringList{QStringLiteral("unknown command 'key rotate'")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--bogus")} << 2 << false
                                    << QStringList{QStringLiteral("bogus"), QStringLiteral("courtyard verify --help")};
    QTest::newRow("option without its value") << QStringList{QStringLiteral("verify"), QStringLiteral("--db")} << 2 << false
                                              << QStringList{QStringLiteral("db")};
    QTest::newRow("extra argument") << QStringList{QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("extra")} << 2 << false
                                    << QStringList{QStringLiteral("unexpected argument 'extra'")};
    QTest::newRow("extra argument to key show")
        << QStringList{QStringLiteral("key"), QStringLiteral("show"), m_serverKey, QStringLiteral("more")} << 2 << false
        << QStringList{QStringLiteral("unexpected argument 'more'")};
    QTest::newRow("extra argument to block show")
        << QStringList{QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--db"), db}
        << 2 << false << QStringList{QStringLiteral("unexpected argument '2'")};
    QTest::newRow("extra argument to proof consistency")
        << QStringList{QStringLiteral("proof"), QStringLiteral("consistency"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                       QStringLiteral("--db"), db}
        << 2 << false << QStringList{QStringLiteral("unexpected argument '3'")};
    QTest::newRow("block show without a height") << QStringList{QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("--db"), db} << 2
                                                 << false << QStringList{QStringLiteral("block show N")};
    QTest::newRow("key show without a file") << QStringList{QStringLiteral("key"), QStringLiteral("show")} << 2 << false
                                             << QStringList{QStringLiteral("key show FILE")};
    QTest::newRow("proof inclusion without an id") << QStringList{QStringLiteral("proof"), QStringLiteral("inclusion"), QStringLiteral("--db"), db}
                                                   << 2 << false << QStringList{QStringLiteral("TXID")};
    QTest::newRow("proof consistency with one size")
        << QStringList{QStringLiteral("proof"), QStringLiteral("consistency"), QStringLiteral("1"), QStringLiteral("--db"), db} << 2 << false
        << QStringList{QStringLiteral("A B")};
    QTest::newRow("key new without --out") << QStringList{QStringLiteral("key"), QStringLiteral("new")} << 2 << false
                                           << QStringList{QStringLiteral("--out")};
    QTest::newRow("key new with an unknown --kdf")
        << QStringList{QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--out"), unused, QStringLiteral("--kdf"), QStringLiteral("fast")}
        << 2 << false << QStringList{QStringLiteral("--kdf"), QStringLiteral("interactive")};
    QTest::newRow("init without --name") << QStringList{QStringLiteral("init"), QStringLiteral("--db"), path(QStringLiteral("never.db"))} << 2
                                         << false << QStringList{QStringLiteral("--name")};
    QTest::newRow("verify --threads 0") << QStringList{QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--threads"),
                                                       QStringLiteral("0")}
                                        << 2 << false << QStringList{QStringLiteral("--threads")};
    QTest::newRow("demo --transactions abc") << QStringList{QStringLiteral("demo"), QStringLiteral("--dir"), path(QStringLiteral("never")),
                                                            QStringLiteral("--transactions"), QStringLiteral("abc")}
                                             << 2 << false << QStringList{QStringLiteral("--transactions")};
    QTest::newRow("demo --block-size 0") << QStringList{QStringLiteral("demo"), QStringLiteral("--dir"), path(QStringLiteral("never")),
                                                        QStringLiteral("--block-size"), QStringLiteral("0")}
                                         << 2 << false << QStringList{QStringLiteral("--block-size")};
}

void TestCli::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(bool, onStdout);
    QFETCH(QStringList, mentions);

    const Run r = courtyard(arguments);
    QVERIFY2(r.code == code, qPrintable(r.report()));
    const QString text = onStdout ? r.outText() : r.errText();
    for (const QString &m : mentions) {
        QVERIFY2(text.contains(m), qPrintable(QStringLiteral("expected '%1' in:\n%2").arg(m, r.report())));
    }
    // Usage errors change nothing on disk.
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("never-written.key"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("never.db"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("never"))));
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("mentions");

    const QString json = QStringLiteral("--json");
    const QString db = QStringLiteral("--db");
    QTest::newRow("init") << QStringList{QStringLiteral("init")}
                          << QStringList{json, db, QStringLiteral("--name"), QStringLiteral("--currency"), QStringLiteral("--timezone"),
                                         QStringLiteral("--server-key"), QStringLiteral("--committee"), QStringLiteral("--quorum"),
                                         QStringLiteral("--passphrase-file"), QStringLiteral("COURTYARD_PASSPHRASE")};
    QTest::newRow("key new") << QStringList{QStringLiteral("key"), QStringLiteral("new")}
                             << QStringList{json, QStringLiteral("--out"), QStringLiteral("--label"), QStringLiteral("--kdf"),
                                            QStringLiteral("interactive"), QStringLiteral("--passphrase-file")};
    QTest::newRow("key show") << QStringList{QStringLiteral("key"), QStringLiteral("show")} << QStringList{json, QStringLiteral("FILE")};
    QTest::newRow("verify") << QStringList{QStringLiteral("verify")} << QStringList{json, db, QStringLiteral("--threads")};
    QTest::newRow("block show") << QStringList{QStringLiteral("block"), QStringLiteral("show")} << QStringList{json, db, QStringLiteral("N")};
    QTest::newRow("proof inclusion") << QStringList{QStringLiteral("proof"), QStringLiteral("inclusion")}
                                     << QStringList{json, db, QStringLiteral("TXID"), QStringLiteral("--size")};
    QTest::newRow("proof consistency") << QStringList{QStringLiteral("proof"), QStringLiteral("consistency")}
                                       << QStringList{json, db, QStringLiteral("A B")};
    QTest::newRow("checkpoint") << QStringList{QStringLiteral("checkpoint")}
                                << QStringList{json, db, QStringLiteral("--vkey"), QStringLiteral("--height")};
    QTest::newRow("demo") << QStringList{QStringLiteral("demo")}
                          << QStringList{json, db, QStringLiteral("--dir"), QStringLiteral("--transactions"), QStringLiteral("--block-size")};
}

void TestCli::commandHelp()
{
    QFETCH(QStringList, command);
    QFETCH(QStringList, mentions);

    for (const QString &help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Run r = courtyard(command + QStringList{help});
        QVERIFY2(r.code == 0, qPrintable(r.report()));
        QVERIFY2(r.outText().contains(command.join(QLatin1Char(' '))), qPrintable(r.report()));
        for (const QString &m : mentions) {
            QVERIFY2(r.outText().contains(m), qPrintable(QStringLiteral("expected '%1' in:\n%2").arg(m, r.report())));
        }
    }
}

void TestCli::commandHelpUsageLine()
{
    QFETCH(QStringList, command);
    // The usage line shows how to type the command: options go after the command words
    // (`courtyard --json verify` is an unknown command), and the program is `courtyard`.
    const Run r = courtyard(command + QStringList{QStringLiteral("--help")});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    const QString firstLine = r.outText().section(QLatin1Char('\n'), 0, 0);
    const Run optionsFirst = courtyard(QStringList{QStringLiteral("--json")} + command);
    // Either way is fine, as long as the usage line says the way that works.
    const bool optionsFirstWork = optionsFirst.code != 2;
    const QString expected = optionsFirstWork ? QStringLiteral("Usage: courtyard ")
                                              : QStringLiteral("Usage: courtyard %1").arg(command.join(QLatin1Char(' ')));
    QVERIFY2(firstLine.startsWith(expected), qPrintable(QStringLiteral("expected '%1...', got '%2'").arg(expected, firstLine)));
}

// --- 2. keys and passphrases -------------------------------------------------------------

void TestCli::keyNewAndShow()
{
    const QString file = path(QStringLiteral("li-wei.key"));
    const Run made = courtyard({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--out"), file, QStringLiteral("--kdf"),
                                QStringLiteral("interactive"), QStringLiteral("--label"), QStringLiteral("Li Wei")});
    QVERIFY2(made.code == 0, qPrintable(made.report()));
    static const QRegularExpression keyLine(QStringLiteral("public key: ([0-9a-f]{64})"));
    const QRegularExpressionMatch match = keyLine.match(made.outText());
    QVERIFY2(match.hasMatch(), qPrintable(made.report()));
    const QString publicKey = match.captured(1);
    QVERIFY(made.outText().contains(QStringLiteral("Li Wei")));
    QCOMPARE(fileMode(file), 0600);

    // The key file holds no secret in the clear: the public key is shown without a passphrase.
    const Run shown = courtyard({QStringLiteral("key"), QStringLiteral("show"), file}, /*withPassphrase=*/false);
    QVERIFY2(shown.code == 0, qPrintable(shown.report()));
    QVERIFY2(shown.outText().contains(publicKey), qPrintable(shown.report()));
    QVERIFY2(shown.outText().contains(QStringLiteral("Li Wei")), qPrintable(shown.report()));

    const Run shownJson = courtyard({QStringLiteral("key"), QStringLiteral("show"), file, QStringLiteral("--json")}, false);
    QVERIFY2(shownJson.code == 0, qPrintable(shownJson.report()));
    const QJsonObject o = shownJson.json();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("public_key")).toString(), publicKey);
    QCOMPARE(o.value(QStringLiteral("label")).toString(), QStringLiteral("Li Wei"));

    // --json, the passphrase from a file, the label defaulting to the file's base name.
    const QString second = path(QStringLiteral("kiosk-3.key"));
    const Run madeJson = courtyard({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--out"), second, QStringLiteral("--kdf"),
                                    QStringLiteral("interactive"), QStringLiteral("--passphrase-file"), m_passphraseFile, QStringLiteral("--json")},
                                   false);
    QVERIFY2(madeJson.code == 0, qPrintable(madeJson.report()));
    const QJsonObject j = madeJson.json();
    QCOMPARE(j.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(j.value(QStringLiteral("file")).toString(), second);
    QCOMPARE(j.value(QStringLiteral("label")).toString(), QStringLiteral("kiosk-3"));
    QVERIFY(isHex(j.value(QStringLiteral("public_key")).toString(), 64));
    QVERIFY(j.value(QStringLiteral("public_key")).toString() != publicKey);
    QCOMPARE(fileMode(second), 0600);
}

void TestCli::keyNewNeverOverwrites()
{
    const QByteArray before = readAll(m_serverKey);
    QVERIFY(!before.isEmpty());
    const int mode = fileMode(m_serverKey);
    const Run r = courtyard({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--out"), m_serverKey, QStringLiteral("--kdf"),
                             QStringLiteral("interactive")});
    QVERIFY2(r.code == 3, qPrintable(r.report()));
    QVERIFY2(r.errText().contains(QStringLiteral("already exists")), qPrintable(r.report()));
    QCOMPARE(readAll(m_serverKey), before);
    QCOMPARE(fileMode(m_serverKey), mode);
}

void TestCli::passphraseSources_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QString>("mustNotExist");

    const QString emptyFile = path(QStringLiteral("empty-passphrase.txt"));
    writeAll(emptyFile, QByteArray("\n"));
    const QStringList howToSupply{QStringLiteral("--passphrase-file"), QStringLiteral("COURTYARD_PASSPHRASE")};

    const QString k1 = path(QStringLiteral("no-passphrase.key"));
    QTest::newRow("key new, no passphrase, no terminal")
        << QStringList{QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--out"), k1, QStringLiteral("--kdf"), QStringLiteral("interactive")}
        << 3 << howToSupply << k1;
    const QString db = path(QStringLiteral("no-passphrase.db"));
    QTest::newRow("init, no passphrase, no terminal") << initArguments(db) << 3 << howToSupply << db;
    const QString k2 = path(QStringLiteral("missing-passphrase-file.key"));
    QTest::newRow("passphrase file missing")
        << QStringList{QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--out"), k2, QStringLiteral("--kdf"), QStringLiteral("interactive"),
                       QStringLiteral("--passphrase-file"), path(QStringLiteral("nowhere.txt"))}
        << 4 << QStringList{QStringLiteral("passphrase file"), QStringLiteral("nowhere.txt")} << k2;
    const QString k3 = path(QStringLiteral("empty-passphrase.key"));
    QTest::newRow("passphrase file empty")
        << QStringList{QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--out"), k3, QStringLiteral("--kdf"), QStringLiteral("interactive"),
                       QStringLiteral("--passphrase-file"), emptyFile}
        << 3 << QStringList{QStringLiteral("empty")} << k3;
}

void TestCli::passphraseSources()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QStringList, mentions);
    QFETCH(QString, mustNotExist);

    const Run r = courtyard(arguments, /*withPassphrase=*/false);
    QVERIFY2(r.code == code, qPrintable(r.report()));
    for (const QString &m : mentions) {
        QVERIFY2(r.errText().contains(m), qPrintable(QStringLiteral("expected '%1' in:\n%2").arg(m, r.report())));
    }
    QVERIFY2(!QFileInfo::exists(mustNotExist), qPrintable(mustNotExist));
}

// --- 3. init -----------------------------------------------------------------------------

void TestCli::initCommunity()
{
    const QString db = path(QStringLiteral("gardens.db"));
    // The passphrase from a file this time; the environment has none.
    const Run r = courtyard(initArguments(db) + QStringList{QStringLiteral("--passphrase-file"), m_passphraseFile, QStringLiteral("--json")},
                            /*withPassphrase=*/false);
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("db")).toString(), db);
    const QString communityId = o.value(QStringLiteral("community_id")).toString();
    QVERIFY2(isHex(communityId, 32), qPrintable(r.report()));
    const QString origin = o.value(QStringLiteral("origin")).toString();
    QVERIFY2(origin.contains(communityId), qPrintable(r.report()));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Test Gardens"));
    QCOMPARE(o.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
    QCOMPARE(o.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Shanghai"));
    QCOMPARE(o.value(QStringLiteral("sealer")).toString(), m_serverPublic);
    QCOMPARE(o.value(QStringLiteral("quorum")).toInt(), 2);
    QStringList committee;
    for (const QJsonValue &v : o.value(QStringLiteral("committee")).toArray()) {
        committee << v.toString();
    }
    QCOMPARE(committee, m_committeePublic);
    QVERIFY(noSideFiles(db));

    const Run verify = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), db}, false);
    QVERIFY2(verify.code == 0, qPrintable(verify.report()));
    const Run verifyJson = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--json")}, false);
    QVERIFY2(verifyJson.code == 0, qPrintable(verifyJson.report()));
    const QJsonObject v = verifyJson.json();
    QCOMPARE(v.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(v.value(QStringLiteral("blocks")).toInteger(), 1);
    QCOMPARE(v.value(QStringLiteral("transactions")).toInteger(), 1);
    QCOMPARE(v.value(QStringLiteral("log_size")).toInteger(), 1);

    // Genesis is block 0, authored by the server key; the checkpoint carries the origin.
    const Run genesis = courtyard({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("0"), QStringLiteral("--db"), db,
                                   QStringLiteral("--json")},
                                  false);
    QVERIFY2(genesis.code == 0, qPrintable(genesis.report()));
    const QJsonArray txs = genesis.json().value(QStringLiteral("transactions")).toArray();
    QCOMPARE(txs.size(), 1);
    QCOMPARE(txs.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("genesis"));
    QCOMPARE(txs.at(0).toObject().value(QStringLiteral("author")).toString(), m_serverPublic);
    const Run cp = courtyard({QStringLiteral("checkpoint"), QStringLiteral("--db"), db, QStringLiteral("--json")}, false);
    QVERIFY2(cp.code == 0, qPrintable(cp.report()));
    QCOMPARE(cp.json().value(QStringLiteral("origin")).toString(), origin);
    QCOMPARE(cp.json().value(QStringLiteral("size")).toInteger(), 1);
}

void TestCli::initDefaultQuorumText()
{
    // Text output, committee all as key files, no --quorum: a majority (2 of 3).
    const QString db = path(QStringLiteral("majority.db"));
    QStringList args = initArguments(db).mid(0, 11);
    for (const QString &k : m_committeeKeys) {
        args << QStringLiteral("--committee") << k;
    }
    const Run r = courtyard(args);
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    QVERIFY2(r.outText().contains(QStringLiteral("Test Gardens")), qPrintable(r.report()));
    QVERIFY2(r.outText().contains(QStringLiteral("quorum 2")), qPrintable(r.report()));
    QVERIFY2(r.outText().contains(m_serverPublic), qPrintable(r.report()));
    const Run verify = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), db});
    QVERIFY2(verify.code == 0, qPrintable(verify.report()));
}

void TestCli::initRefusesExistingLedger()
{
    const QString db = path(QStringLiteral("gardens.db"));
    QVERIFY(QFileInfo::exists(db));
    const QByteArray before = readAll(db);
    const QDateTime modified = QFileInfo(db).lastModified();
    const Run r = courtyard(initArguments(db));
    QVERIFY2(r.code == 3, qPrintable(r.report()));
    QVERIFY2(r.errText().contains(QStringLiteral("already exists")), qPrintable(r.report()));
    QCOMPARE(readAll(db), before);
    QCOMPARE(QFileInfo(db).lastModified(), modified);
    QVERIFY(noSideFiles(db));
}

void TestCli::initRejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("mentions");

    const QString db = path(QStringLiteral("rejected.db"));
    const QStringList base = initArguments(db);
    // base is: init --db DB --name N --currency C --timezone Z --server-key S --committee K1 --committee K2 --committee K3 --quorum Q
    const auto with = [&](int index, const QString &value) {
        QStringList a = base;
        a[index] = value;
        return a;
    };
    const QString zeros = QString(64, QLatin1Char('0'));
    const QString identity = QStringLiteral("01") + QString(62, QLatin1Char('0'));
    const QString notHex = QStringLiteral("zz") + m_committeePublic.value(1).mid(2);
    const QString junk = path(QStringLiteral("junk.key"));
    writeAll(junk, QByteArray(300, 'x'));

    QTest::newRow("unknown currency XYZ") << with(6, QStringLiteral("XYZ")) << kPassphrase << 3
                                          << QStringList{QStringLiteral("XYZ"), QStringLiteral("currency")};
    QTest::newRow("lower-case currency") << with(6, QStringLiteral("cny")) << kPassphrase << 3 << QStringList{QStringLiteral("cny")};
    QTest::newRow("bad time zone") << with(8, QStringLiteral("Mars/Base")) << kPassphrase << 3
                                   << QStringList{QStringLiteral("Mars/Base"), QStringLiteral("time zone")};
    QTest::newRow("empty name") << with(4, QStringLiteral("   ")) << kPassphrase << 3 << QStringList{QStringLiteral("name")};
    QTest::newRow("quorum 0") << with(18, QStringLiteral("0")) << kPassphrase << 3 << QStringList{QStringLiteral("quorum"), QStringLiteral("0")};
    QTest::newRow("quorum 4 of 3") << with(18, QStringLiteral("4")) << kPassphrase << 3
                                   << QStringList{QStringLiteral("quorum"), QStringLiteral("4"), QStringLiteral("3")};
    QTest::newRow("quorum not a number") << with(18, QStringLiteral("two")) << kPassphrase << 3 << QStringList{QStringLiteral("--quorum")};
    QTest::newRow("duplicate committee key (file and hex)") << with(14, m_committeePublic.value(0)) << kPassphrase << 3
                                                            << QStringList{m_committeePublic.value(0), QStringLiteral("twice")};
    QTest::newRow("malformed hex key") << with(14, notHex) << kPassphrase << 3 << QStringList{notHex, QStringLiteral("hex")};
    QTest::newRow("small-order key (zero)") << with(14, zeros) << kPassphrase << 3 << QStringList{zeros, QStringLiteral("small-order")};
    QTest::newRow("small-order key (identity)") << with(14, identity) << kPassphrase << 3
                                                << QStringList{identity, QStringLiteral("small-order")};
    QTest::newRow("committee key file that is not a key") << with(12, junk) << kPassphrase << 3
                                                          << QStringList{QStringLiteral("junk.key"), QStringLiteral("not a Courtyard key file")};
    QTest::newRow("server key also on the committee") << with(12, m_serverKey) << kPassphrase << 3
                                                      << QStringList{QStringLiteral("sealing key")};
    QTest::newRow("server key file that is not a key") << with(10, junk) << kPassphrase << 3
                                                       << QStringList{QStringLiteral("server key"), QStringLiteral("not a Courtyard key file")};
    QTest::newRow("wrong passphrase for the server key") << base << QStringLiteral("not the passphrase") << 3
                                                         << QStringList{QStringLiteral("server.key"), QStringLiteral("passphrase")};
}

void TestCli::initRejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, passphrase);
    QFETCH(int, code);
    QFETCH(QStringList, mentions);

    const QString db = path(QStringLiteral("rejected.db"));
    QVERIFY(!QFileInfo::exists(db));
    const Run r = courtyard(arguments, true, passphrase);
    QVERIFY2(r.code == code, qPrintable(r.report()));
    for (const QString &m : mentions) {
        QVERIFY2(r.errText().contains(m), qPrintable(QStringLiteral("expected '%1' in:\n%2").arg(m, r.report())));
    }
    QVERIFY2(!QFileInfo::exists(db), "a rejected init left a ledger file behind");
    QVERIFY2(noSideFiles(db), "a rejected init left SQLite side files behind");
}

// --- 4. the demo ledger ------------------------------------------------------------------

void TestCli::demoSummary()
{
    const QJsonObject &o = m_demoJson;
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("db")).toString(), m_demoDb);
    QCOMPARE(o.value(QStringLiteral("blocks")).toInteger(), kDemoBlocks);
    QCOMPARE(o.value(QStringLiteral("transactions")).toInteger(), kDemoLogSize);
    QVERIFY(!o.value(QStringLiteral("community")).toString().isEmpty());
    qint64 kinds = 0;
    const QJsonObject kindCounts = o.value(QStringLiteral("kinds")).toObject();
    QVERIFY(!kindCounts.isEmpty());
    for (auto it = kindCounts.begin(); it != kindCounts.end(); ++it) {
        kinds += it.value().toInteger();
    }
    QCOMPARE(kinds, qint64(kDemoTransactions));
    QVERIFY(o.value(QStringLiteral("verified_signatures")).toInteger() >= kDemoLogSize);
    // What the demo did through the contracts, the same every run for its seed: the setup (4
    // grants, the fee rule, 40 units, residents, cards and leases: 165 transactions), then
    // months of billing until there are 500 transactions.
    QCOMPARE(o.value(QStringLiteral("units")).toInt(), 40);
    QCOMPARE(o.value(QStringLiteral("residents")).toInt(), 40);
    QCOMPARE(o.value(QStringLiteral("cards")).toInt(), 40);
    QCOMPARE(o.value(QStringLiteral("leases")).toInt(), 40);
    QCOMPARE(o.value(QStringLiteral("months")).toInt(), kDemoMonths);
    QCOMPARE(kindCounts.value(QStringLiteral("governance.grant")).toInt(), 4);
    QCOMPARE(kindCounts.value(QStringLiteral("billing.close-period")).toInt(), kDemoMonths);
    const QJsonObject payments = o.value(QStringLiteral("payments")).toObject();
    QCOMPARE(payments.value(QStringLiteral("total")).toInt(), kDemoPayments);
    QCOMPARE(payments.value(QStringLiteral("on_time")).toInt() + payments.value(QStringLiteral("late")).toInt(), kDemoPayments);
    QCOMPARE(payments.value(QStringLiteral("late")).toInt(), kDemoLatePayments);
    QCOMPARE(kindCounts.value(QStringLiteral("payment.kiosk")).toInt() + kindCounts.value(QStringLiteral("payment.bank")).toInt() +
                 kindCounts.value(QStringLiteral("payment.cash")).toInt(),
             kDemoPayments);
    QCOMPARE(o.value(QStringLiteral("repairs_requested")).toInt(), kindCounts.value(QStringLiteral("repair.request")).toInt());
    QVERIFY(o.value(QStringLiteral("repairs_paid")).toInt() >= 1);
    QVERIFY(o.value(QStringLiteral("expenses")).toInt() >= 1);
    // Every month bills rent and a property fee per unit, besides the deposits.
    QVERIFY(o.value(QStringLiteral("invoices_issued")).toInt() >= 40 + 2 * 40 * kDemoMonths);
    QVERIFY(o.value(QStringLiteral("invoices_paid")).toInt() >= 1);
    const QJsonObject trial = o.value(QStringLiteral("trial_balance")).toObject();
    QCOMPARE(trial.value(QStringLiteral("balanced")).toBool(), true);
    QVERIFY(trial.value(QStringLiteral("debits")).toInteger() > 0);
    QCOMPARE(trial.value(QStringLiteral("debits")).toInteger(), trial.value(QStringLiteral("credits")).toInteger());
    // The state root is the tip's, and replaying the ledger from genesis gives it again.
    const Run tip = courtyard({QStringLiteral("block"), QStringLiteral("show"), QString::number(kDemoBlocks - 1), QStringLiteral("--db"), m_demoDb,
                               QStringLiteral("--json")});
    QVERIFY2(tip.code == 0, qPrintable(tip.report()));
    QCOMPARE(o.value(QStringLiteral("state_root")).toString(), tip.json().value(QStringLiteral("state_root")).toString());
    const QString replayed = copyDemo(QStringLiteral("replayed.db"));
    const Run replay = courtyard({QStringLiteral("replay"), QStringLiteral("--db"), replayed, QStringLiteral("--json")});
    QVERIFY2(replay.code == 0, qPrintable(replay.report()));
    QCOMPARE(replay.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(replay.json().value(QStringLiteral("transactions")).toInteger(), kDemoLogSize);
    // The same seed makes the same ledger: same state root, same log.
    const Run twin = courtyard({QStringLiteral("demo"), QStringLiteral("--dir"), path(QStringLiteral("demo-twin")), QStringLiteral("--transactions"),
                                QString::number(kDemoTransactions), QStringLiteral("--block-size"), QString::number(kDemoBlockSize),
                                QStringLiteral("--json")});
    QVERIFY2(twin.code == 0, qPrintable(twin.report()));
    QCOMPARE(twin.json().value(QStringLiteral("state_root")).toString(), o.value(QStringLiteral("state_root")).toString());
    QCOMPARE(twin.json().value(QStringLiteral("checkpoint")).toString(), o.value(QStringLiteral("checkpoint")).toString());
    QVERIFY(o.contains(QStringLiteral("build_ms")));
    QVERIFY(o.contains(QStringLiteral("verify_ms")));
    // The checkpoint in the summary is a parseable signed note of the whole log.
    auto note = ledger::parseSignedNote(o.value(QStringLiteral("checkpoint")).toString().toUtf8());
    QVERIFY2(note, why(note).constData());
    auto body = ledger::Checkpoint::parseBody(note->body);
    QVERIFY2(body, why(body).constData());
    QCOMPARE(qint64(body->size), kDemoLogSize);
    QCOMPARE(crypto::toHex(body->root), crypto::toHex(m_log.root()));

    // A second demo into the same folder refuses and leaves the ledger alone.
    const QByteArray before = readAll(m_demoDb);
    const Run again = courtyard({QStringLiteral("demo"), QStringLiteral("--dir"), path(QStringLiteral("demo")), QStringLiteral("--transactions"),
                                 QStringLiteral("5")});
    QVERIFY2(again.code == 3, qPrintable(again.report()));
    QVERIFY2(again.errText().contains(QStringLiteral("already exists")), qPrintable(again.report()));
    QCOMPARE(readAll(m_demoDb), before);
}

void TestCli::verifyDemo()
{
    const QJsonObject &o = m_verifyJson;
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("db")).toString(), m_demoDb);
    QCOMPARE(o.value(QStringLiteral("blocks")).toInteger(), kDemoBlocks);
    QCOMPARE(o.value(QStringLiteral("transactions")).toInteger(), kDemoLogSize);
    QCOMPARE(o.value(QStringLiteral("log_size")).toInteger(), kDemoLogSize);
    // One signature per transaction at least, and two per block (header and checkpoint).
    QVERIFY(o.value(QStringLiteral("signatures")).toInteger() >= kDemoLogSize + 2 * kDemoBlocks);
    QCOMPARE(o.value(QStringLiteral("log_root")).toString(), crypto::toHex(m_log.root()));
    QVERIFY(o.value(QStringLiteral("threads")).toInt() >= 1);
    QVERIFY(o.contains(QStringLiteral("elapsed_ms")));
    QVERIFY(!o.contains(QStringLiteral("problem")));

    const Run text = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), m_demoDb});
    QVERIFY2(text.code == 0, qPrintable(text.report()));
    QVERIFY2(text.outText().contains(QStringLiteral("OK: %1 blocks, %2 transactions").arg(kDemoBlocks).arg(kDemoLogSize)), qPrintable(text.report()));
    QVERIFY2(text.outText().contains(crypto::toHex(m_log.root())), qPrintable(text.report()));
}

void TestCli::verifyThreadsAgree()
{
    QJsonObject results[2];
    for (int threads = 1; threads <= 2; ++threads) {
        const Run r = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), m_demoDb, QStringLiteral("--threads"), QString::number(threads),
                                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.report()));
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("threads")).toInt(), threads);
        o.remove(QStringLiteral("threads"));
        o.remove(QStringLiteral("elapsed_ms"));
        QJsonObject projections = o.value(QStringLiteral("projections")).toObject();
        QVERIFY(projections.contains(QStringLiteral("elapsed_ms")));
        projections.remove(QStringLiteral("elapsed_ms"));
        o.insert(QStringLiteral("projections"), projections);
        results[threads - 1] = o;
    }
    QCOMPARE(QJsonDocument(results[0]).toJson(QJsonDocument::Compact), QJsonDocument(results[1]).toJson(QJsonDocument::Compact));
    QCOMPARE(results[0].value(QStringLiteral("ok")).toBool(), true);
}

void TestCli::verifyUsesEnvironmentDb()
{
    // Without --db the ledger comes from $COURTYARD_DB.
    QProcessEnvironment env = environment(false);
    env.insert(QStringLiteral("COURTYARD_DB"), m_demoDb);
    const Run r = courtyard({QStringLiteral("verify"), QStringLiteral("--json")}, env);
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    QCOMPARE(r.json().value(QStringLiteral("db")).toString(), m_demoDb);
    QCOMPARE(r.json().value(QStringLiteral("log_size")).toInteger(), kDemoLogSize);
}

void TestCli::blockShow()
{
    const Run genesis = courtyard({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("0"), QStringLiteral("--db"), m_demoDb,
                                   QStringLiteral("--json")});
    QVERIFY2(genesis.code == 0, qPrintable(genesis.report()));
    const QJsonObject g = genesis.json();
    QCOMPARE(g.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(g.value(QStringLiteral("height")).toInteger(), 0);
    QCOMPARE(g.value(QStringLiteral("first_index")).toInteger(), 0);
    QCOMPARE(g.value(QStringLiteral("last_index")).toInteger(), 0);
    QCOMPARE(g.value(QStringLiteral("previous")).toString(), QString(64, QLatin1Char('0')));
    const QJsonArray genesisTxs = g.value(QStringLiteral("transactions")).toArray();
    QCOMPARE(genesisTxs.size(), 1);
    const QJsonObject first = genesisTxs.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("genesis"));
    QCOMPARE(first.value(QStringLiteral("log_index")).toInteger(), 0);
    QCOMPARE(first.value(QStringLiteral("size")).toInteger(), m_txBytes[0].size());
    QCOMPARE(first.value(QStringLiteral("id")).toString().size(), 64);

    const Run two = courtyard({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--db"), m_demoDb,
                               QStringLiteral("--json")});
    const Run three = courtyard({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("3"), QStringLiteral("--db"), m_demoDb,
                                 QStringLiteral("--json")});
    QVERIFY2(two.code == 0, qPrintable(two.report()));
    QVERIFY2(three.code == 0, qPrintable(three.report()));
    const QJsonObject b = three.json();
    QCOMPARE(b.value(QStringLiteral("height")).toInteger(), 3);
    QCOMPARE(b.value(QStringLiteral("previous")).toString(), two.json().value(QStringLiteral("hash")).toString());
    QCOMPARE(b.value(QStringLiteral("first_index")).toInteger(), 101);
    QCOMPARE(b.value(QStringLiteral("last_index")).toInteger(), 150);
    QCOMPARE(b.value(QStringLiteral("log_root")).toString(), crypto::toHex(*m_log.rootAt(151)));
    QVERIFY(isHex(b.value(QStringLiteral("hash")).toString(), 64));
    QVERIFY(isHex(b.value(QStringLiteral("state_root")).toString(), 64));
    QVERIFY(isHex(b.value(QStringLiteral("signature")).toString(), 128));
    QVERIFY(isHex(b.value(QStringLiteral("checkpoint_signature")).toString(), 128));
    QVERIFY(b.value(QStringLiteral("time_ms")).toInteger() >= g.value(QStringLiteral("time_ms")).toInteger());
    QVERIFY(b.value(QStringLiteral("time")).toString().endsWith(QLatin1Char('Z')));
    const QJsonArray txs = b.value(QStringLiteral("transactions")).toArray();
    QCOMPARE(txs.size(), kDemoBlockSize);
    for (int i = 0; i < txs.size(); ++i) {
        const QJsonObject t = txs.at(i).toObject();
        QCOMPARE(t.value(QStringLiteral("log_index")).toInteger(), 101 + i);
        QVERIFY(!t.value(QStringLiteral("kind")).toString().isEmpty());
        QVERIFY(isHex(t.value(QStringLiteral("author")).toString(), 64));
        QVERIFY(t.value(QStringLiteral("sequence")).toInteger() >= 1);
        QCOMPARE(t.value(QStringLiteral("size")).toInteger(), m_txBytes[std::size_t(101 + i)].size());
    }

    const Run text = courtyard({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("3"), QStringLiteral("--db"), m_demoDb});
    QVERIFY2(text.code == 0, qPrintable(text.report()));
    QVERIFY2(text.outText().contains(QStringLiteral("block 3")), qPrintable(text.report()));
    QVERIFY2(text.outText().contains(b.value(QStringLiteral("hash")).toString()), qPrintable(text.report()));
    QVERIFY2(text.outText().contains(txs.at(0).toObject().value(QStringLiteral("id")).toString()), qPrintable(text.report()));
}

void TestCli::blockShowErrors_data()
{
    QTest::addColumn<QString>("height");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("beyond the tip") << QStringLiteral("999") << QList<int>{4} << QStringLiteral("999");
    QTest::newRow("just beyond the tip") << QString::number(kDemoBlocks) << QList<int>{4} << QString::number(kDemoBlocks);
    QTest::newRow("not a number") << QStringLiteral("abc") << QList<int>{2, 3} << QStringLiteral("abc");
    QTest::newRow("too large") << QStringLiteral("18446744073709551616") << QList<int>{2, 3} << QStringLiteral("18446744073709551616");
}

void TestCli::blockShowErrors()
{
    QFETCH(QString, height);
    QFETCH(QList<int>, codes);
    QFETCH(QString, mentions);

    const Run r = courtyard({QStringLiteral("block"), QStringLiteral("show"), height, QStringLiteral("--db"), m_demoDb});
    QVERIFY2(codes.contains(r.code), qPrintable(r.report()));
    QVERIFY2(r.errText().contains(mentions), qPrintable(r.report()));
    QVERIFY(r.out.isEmpty());
}

void TestCli::proofInclusion()
{
    const Run block = courtyard({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("3"), QStringLiteral("--db"), m_demoDb,
                                 QStringLiteral("--json")});
    QVERIFY2(block.code == 0, qPrintable(block.report()));
    const QJsonObject tx = block.json().value(QStringLiteral("transactions")).toArray().at(7).toObject();
    const QString id = tx.value(QStringLiteral("id")).toString();
    const qint64 index = tx.value(QStringLiteral("log_index")).toInteger();
    QCOMPARE(index, 108);
    // The id is the SHA-256 of the body, which is not the same as the whole bytes' hash; here it
    // is enough that the row and the id agree: the leaf below comes from the bytes read via SQLite.
    const merkle::Hash leaf = merkle::leafHash(m_txBytes[std::size_t(index)]);

    const Run r = courtyard({QStringLiteral("proof"), QStringLiteral("inclusion"), id, QStringLiteral("--db"), m_demoDb, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("transaction_id")).toString(), id);
    QCOMPARE(o.value(QStringLiteral("log_index")).toInteger(), index);
    QCOMPARE(o.value(QStringLiteral("block_height")).toInteger(), 3);
    QCOMPARE(o.value(QStringLiteral("tree_size")).toInteger(), kDemoLogSize);
    QCOMPARE(o.value(QStringLiteral("leaf_hash")).toString(), crypto::toHex(leaf));
    QCOMPARE(o.value(QStringLiteral("root")).toString(), m_verifyJson.value(QStringLiteral("log_root")).toString());

    // Independently: the proof leads from our leaf to the root that verify reported.
    auto proof = hashesFromJson(o.value(QStringLiteral("proof")));
    QVERIFY(proof);
    QVERIFY(!proof->empty());
    auto root = hashFromHex(m_verifyJson.value(QStringLiteral("log_root")).toString());
    QVERIFY(root);
    auto ok = merkle::verifyInclusion(quint64(index), quint64(kDemoLogSize), leaf, *proof, *root);
    QVERIFY2(ok, why(ok).constData());
    // ...and the check is not vacuous.
    std::vector<merkle::Hash> bent = *proof;
    bent.front()[0] ^= 1;
    QVERIFY(!merkle::verifyInclusion(quint64(index), quint64(kDemoLogSize), leaf, bent, *root));
    QVERIFY(!merkle::verifyInclusion(quint64(index + 1), quint64(kDemoLogSize), leaf, *proof, *root));

    // Against an earlier tree size.
    const Run older = courtyard({QStringLiteral("proof"), QStringLiteral("inclusion"), id, QStringLiteral("--size"), QStringLiteral("200"),
                                 QStringLiteral("--db"), m_demoDb, QStringLiteral("--json")});
    QVERIFY2(older.code == 0, qPrintable(older.report()));
    QCOMPARE(older.json().value(QStringLiteral("tree_size")).toInteger(), 200);
    QCOMPARE(older.json().value(QStringLiteral("root")).toString(), crypto::toHex(*m_log.rootAt(200)));
    auto olderProof = hashesFromJson(older.json().value(QStringLiteral("proof")));
    QVERIFY(olderProof);
    ok = merkle::verifyInclusion(quint64(index), 200, leaf, *olderProof, *m_log.rootAt(200));
    QVERIFY2(ok, why(ok).constData());

    // Text output says it verified.
    const Run text = courtyard({QStringLiteral("proof"), QStringLiteral("inclusion"), id, QStringLiteral("--db"), m_demoDb});
    QVERIFY2(text.code == 0, qPrintable(text.report()));
    QVERIFY2(text.outText().contains(QStringLiteral("verified")), qPrintable(text.report()));
    QVERIFY2(text.outText().contains(crypto::toHex(leaf)), qPrintable(text.report()));
}

void TestCli::proofInclusionErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");

    const QString someId = crypto::toHex(crypto::sha256(QByteArrayView("not a transaction")));
    QTest::newRow("unknown id") << QStringList{someId} << 4;
    QTest::newRow("all zeros") << QStringList{QString(64, QLatin1Char('0'))} << 4;
    QTest::newRow("malformed id") << QStringList{QStringLiteral("xyz")} << 3;
    QTest::newRow("64 non-hex digits") << QStringList{QString(64, QLatin1Char('g'))} << 3;
    QTest::newRow("63 hex digits") << QStringList{someId.left(63)} << 3;
    // Genesis (log index 0) exists, but not in a tree of size 0; leaf 108 is not in a tree of 50.
    QTest::newRow("tree too small") << QStringList{QStringLiteral("--size"), QStringLiteral("50"), QStringLiteral("TX108")} << 3;
    QTest::newRow("tree larger than the log") << QStringList{QStringLiteral("--size"), QStringLiteral("9999"), QStringLiteral("TX108")} << 4;
}

void TestCli::proofInclusionErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(int, code);

    // TX108 stands for the id of the transaction at log index 108.
    if (extra.contains(QStringLiteral("TX108"))) {
        const Run block = courtyard({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("3"), QStringLiteral("--db"), m_demoDb,
                                     QStringLiteral("--json")});
        QVERIFY2(block.code == 0, qPrintable(block.report()));
        extra.replace(extra.indexOf(QStringLiteral("TX108")),
                      block.json().value(QStringLiteral("transactions")).toArray().at(7).toObject().value(QStringLiteral("id")).toString());
    }
    const Run r = courtyard(QStringList{QStringLiteral("proof"), QStringLiteral("inclusion"), QStringLiteral("--db"), m_demoDb} + extra);
    QVERIFY2(r.code == code, qPrintable(r.report()));
    QVERIFY2(r.errText().startsWith(QStringLiteral("courtyard: ")), qPrintable(r.report()));
}

void TestCli::proofConsistency()
{
    const Run r = courtyard({QStringLiteral("proof"), QStringLiteral("consistency"), QStringLiteral("10"), QStringLiteral("400"), QStringLiteral("--db"),
                             m_demoDb, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("old_size")).toInteger(), 10);
    QCOMPARE(o.value(QStringLiteral("new_size")).toInteger(), 400);
    // The roots are those of the log built here from the bytes in the file.
    QCOMPARE(o.value(QStringLiteral("old_root")).toString(), crypto::toHex(*m_log.rootAt(10)));
    QCOMPARE(o.value(QStringLiteral("new_root")).toString(), crypto::toHex(*m_log.rootAt(400)));
    auto proof = hashesFromJson(o.value(QStringLiteral("proof")));
    QVERIFY(proof);
    QVERIFY(!proof->empty());
    auto ok = merkle::verifyConsistency(10, 400, *m_log.rootAt(10), *m_log.rootAt(400), *proof);
    QVERIFY2(ok, why(ok).constData());
    std::vector<merkle::Hash> bent = *proof;
    bent.back()[31] ^= 0x80;
    QVERIFY(!merkle::verifyConsistency(10, 400, *m_log.rootAt(10), *m_log.rootAt(400), bent));
    QVERIFY(!merkle::verifyConsistency(10, 400, *m_log.rootAt(11), *m_log.rootAt(400), *proof));

    // From block 3's checkpoint to the latest one.
    const Run latest = courtyard({QStringLiteral("proof"), QStringLiteral("consistency"), QStringLiteral("151"), QString::number(kDemoLogSize),
                                  QStringLiteral("--db"), m_demoDb, QStringLiteral("--json")});
    QVERIFY2(latest.code == 0, qPrintable(latest.report()));
    QCOMPARE(latest.json().value(QStringLiteral("new_root")).toString(), m_verifyJson.value(QStringLiteral("log_root")).toString());
    auto latestProof = hashesFromJson(latest.json().value(QStringLiteral("proof")));
    QVERIFY(latestProof);
    ok = merkle::verifyConsistency(151, quint64(kDemoLogSize), *m_log.rootAt(151), m_log.root(), *latestProof);
    QVERIFY2(ok, why(ok).constData());

    const Run text = courtyard({QStringLiteral("proof"), QStringLiteral("consistency"), QStringLiteral("10"), QStringLiteral("400"),
                                QStringLiteral("--db"), m_demoDb});
    QVERIFY2(text.code == 0, qPrintable(text.report()));
    QVERIFY2(text.outText().contains(QStringLiteral("verified")), qPrintable(text.report()));
}

void TestCli::proofConsistencyErrors_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("code");

    QTest::newRow("old larger than new") << QStringLiteral("400") << QStringLiteral("10") << 3;
    QTest::newRow("new beyond the log") << QStringLiteral("10") << QStringLiteral("9999") << 4;
    QTest::newRow("from the empty tree") << QStringLiteral("0") << QStringLiteral("10") << 3;
    QTest::newRow("not a number") << QStringLiteral("ten") << QStringLiteral("400") << 3;
}

void TestCli::proofConsistencyErrors()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, code);

    const Run r = courtyard({QStringLiteral("proof"), QStringLiteral("consistency"), a, b, QStringLiteral("--db"), m_demoDb});
    QVERIFY2(r.code != 0, qPrintable(r.report()));
    QVERIFY2(r.code == code, qPrintable(r.report()));
    QVERIFY2(r.errText().startsWith(QStringLiteral("courtyard: ")), qPrintable(r.report()));
}

void TestCli::checkpoint()
{
    const Run noteRun = courtyard({QStringLiteral("checkpoint"), QStringLiteral("--db"), m_demoDb});
    const Run vkeyRun = courtyard({QStringLiteral("checkpoint"), QStringLiteral("--vkey"), QStringLiteral("--db"), m_demoDb});
    QVERIFY2(noteRun.code == 0, qPrintable(noteRun.report()));
    QVERIFY2(vkeyRun.code == 0, qPrintable(vkeyRun.report()));

    auto key = ledger::NoteKey::fromVerifierKey(vkeyRun.outText().trimmed());
    QVERIFY2(key, why(key).constData());
    auto note = ledger::parseSignedNote(noteRun.out);
    QVERIFY2(note, why(note).constData());
    auto verified = ledger::verifySignedNote(*note, *key);
    QVERIFY2(verified, why(verified).constData());
    auto body = ledger::Checkpoint::parseBody(note->body);
    QVERIFY2(body, why(body).constData());
    QCOMPARE(body->origin, key->name);
    QCOMPARE(qint64(body->size), m_verifyJson.value(QStringLiteral("log_size")).toInteger());
    QCOMPARE(crypto::toHex(body->root), m_verifyJson.value(QStringLiteral("log_root")).toString());

    // The note key is the server's, which signed genesis.
    const Run genesis = courtyard({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("0"), QStringLiteral("--db"), m_demoDb,
                                   QStringLiteral("--json")});
    QCOMPARE(key->key.toHex(),
             genesis.json().value(QStringLiteral("transactions")).toArray().at(0).toObject().value(QStringLiteral("author")).toString());

    // A tampered note does not verify with that key.
    QByteArray tampered = noteRun.out;
    const qsizetype sizeAt = tampered.indexOf(QByteArray::number(kDemoLogSize) + '\n');
    QVERIFY(sizeAt > 0);
    tampered.replace(sizeAt, QByteArray::number(kDemoLogSize).size(), QByteArray::number(kDemoLogSize - 1));
    auto tamperedNote = ledger::parseSignedNote(tampered);
    QVERIFY2(tamperedNote, why(tamperedNote).constData());
    QVERIFY(!ledger::verifySignedNote(*tamperedNote, *key));

    // Block 3's checkpoint: its own size and root, signed by the same key, not the latest.
    const Run old = courtyard({QStringLiteral("checkpoint"), QStringLiteral("--height"), QStringLiteral("3"), QStringLiteral("--db"), m_demoDb});
    QVERIFY2(old.code == 0, qPrintable(old.report()));
    QVERIFY(old.out != noteRun.out);
    auto oldNote = ledger::parseSignedNote(old.out);
    QVERIFY2(oldNote, why(oldNote).constData());
    verified = ledger::verifySignedNote(*oldNote, *key);
    QVERIFY2(verified, why(verified).constData());
    auto oldBody = ledger::Checkpoint::parseBody(oldNote->body);
    QVERIFY2(oldBody, why(oldBody).constData());
    QCOMPARE(oldBody->size, quint64(151));
    QCOMPARE(crypto::toHex(oldBody->root), crypto::toHex(*m_log.rootAt(151)));
    QCOMPARE(oldBody->origin, body->origin);

    // --json carries the same note and key.
    const Run json = courtyard({QStringLiteral("checkpoint"), QStringLiteral("--db"), m_demoDb, QStringLiteral("--json")});
    QVERIFY2(json.code == 0, qPrintable(json.report()));
    const QJsonObject o = json.json();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("note")).toString().toUtf8(), noteRun.out);
    QCOMPARE(o.value(QStringLiteral("vkey")).toString(), vkeyRun.outText().trimmed());
    QCOMPARE(o.value(QStringLiteral("origin")).toString(), key->name);
    QCOMPARE(o.value(QStringLiteral("size")).toInteger(), kDemoLogSize);
    QCOMPARE(o.value(QStringLiteral("root")).toString(), crypto::toHex(m_log.root()));
    QCOMPARE(o.value(QStringLiteral("height")).toInteger(), kDemoBlocks - 1);
    const Run vkeyJson = courtyard({QStringLiteral("checkpoint"), QStringLiteral("--vkey"), QStringLiteral("--db"), m_demoDb, QStringLiteral("--json")});
    QVERIFY2(vkeyJson.code == 0, qPrintable(vkeyJson.report()));
    QCOMPARE(vkeyJson.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(vkeyJson.json().value(QStringLiteral("vkey")).toString(), vkeyRun.outText().trimmed());
}

// --- 5. tamper detection -----------------------------------------------------------------

void TestCli::tamper_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<qint64>("logIndex"); // -1: a block-level change
    QTest::addColumn<qint64>("height");
    QTest::addColumn<QString>("error");

    // 124: the demo's resident.register of unit 4-0502 (a payload with a "unit").
    QTest::newRow("a byte of a transaction's payload") << QStringLiteral("payload") << qint64(124) << demoHeightOf(124) << QStringLiteral("integrity");
    QTest::newRow("a byte of a block header") << QStringLiteral("header") << qint64(-1) << qint64(5) << QStringLiteral("integrity");
    QTest::newRow("a byte of a transaction's signature") << QStringLiteral("signature") << qint64(321) << demoHeightOf(321)
                                                         << QStringLiteral("bad-signature");
}

void TestCli::tamper()
{
    QFETCH(QString, what);
    QFETCH(qint64, logIndex);
    QFETCH(qint64, height);
    QFETCH(QString, error);

    const QString copy = copyDemo(QStringLiteral("tampered-%1.db").arg(what));
    QVERIFY(!copy.isEmpty());
    {
        Sqlite db(copy);
        QVERIFY2(db.ok(), db.error().constData());
        // What anyone with the file and an SQLite shell can do.
        QVERIFY2(db.exec("DROP TRIGGER transactions_append_only_update"), db.error().constData());
        QVERIFY2(db.exec("DROP TRIGGER blocks_append_only_update"), db.error().constData());
        if (what == QLatin1String("payload")) {
            auto bytes = db.blob("SELECT bytes FROM transactions WHERE log_index = ?1", logIndex);
            QVERIFY(bytes);
            // The payload's "unit" text: flip the low bit of its last character (a digit stays a digit).
            const qsizetype key = bytes->indexOf(QByteArrayLiteral("\x64unit"));
            QVERIFY2(key > 0, "no 'unit' in the payload");
            const int header = quint8(bytes->at(key + 5));
            QVERIFY(header > 0x60 && header < 0x78); // a short text string
            const qsizetype last = key + 5 + (header - 0x60);
            QVERIFY(last < bytes->size() - 64);
            (*bytes)[last] = char((*bytes)[last] ^ 0x01);
            QVERIFY2(db.updateBlob("UPDATE transactions SET bytes = ?1 WHERE log_index = ?2", *bytes, logIndex), db.error().constData());
        } else if (what == QLatin1String("header")) {
            auto header = db.blob("SELECT header FROM blocks WHERE height = ?1", height);
            QVERIFY(header);
            // Change the log root the header commits to.
            const QByteArray root = crypto::toByteArray(*m_log.rootAt(quint64(1 + height * kDemoBlockSize)));
            const qsizetype at = header->indexOf(root);
            QVERIFY2(at > 0, "the block's log root is not in its header");
            (*header)[at + 5] = char((*header)[at + 5] ^ 0x01);
            QVERIFY2(db.updateBlob("UPDATE blocks SET header = ?1 WHERE height = ?2", *header, height), db.error().constData());
        } else {
            auto bytes = db.blob("SELECT bytes FROM transactions WHERE log_index = ?1", logIndex);
            QVERIFY(bytes);
            // The envelope ends with the last signature's 64 bytes.
            const qsizetype at = bytes->size() - 10;
            (*bytes)[at] = char((*bytes)[at] ^ 0x40);
            QVERIFY2(db.updateBlob("UPDATE transactions SET bytes = ?1 WHERE log_index = ?2", *bytes, logIndex), db.error().constData());
        }
    }
    QVERIFY2(noSideFiles(copy), "SQLite side files remain after closing the tampered copy");

    const Run text = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), copy});
    QVERIFY2(text.code == 1, qPrintable(text.report()));
    QVERIFY2(text.errText().contains(QStringLiteral("FAILED")), qPrintable(text.report()));
    QVERIFY2(text.errText().contains(QStringLiteral("block %1").arg(height)), qPrintable(text.report()));
    if (logIndex >= 0) {
        QVERIFY2(text.errText().contains(QStringLiteral("log index %1").arg(logIndex)), qPrintable(text.report()));
    }

    const Run json = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), copy, QStringLiteral("--threads"), QStringLiteral("2"),
                                QStringLiteral("--json")});
    QVERIFY2(json.code == 1, qPrintable(json.report()));
    const QJsonObject o = json.json();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
    const QJsonObject problem = o.value(QStringLiteral("problem")).toObject();
    QVERIFY2(!problem.isEmpty(), qPrintable(json.report()));
    QCOMPARE(problem.value(QStringLiteral("height")).toInteger(), height);
    if (logIndex >= 0) {
        QCOMPARE(problem.value(QStringLiteral("log_index")).toInteger(), logIndex);
        QVERIFY(isHex(problem.value(QStringLiteral("transaction_id")).toString(), 64));
    } else {
        QVERIFY(!problem.contains(QStringLiteral("log_index")));
    }
    QCOMPARE(problem.value(QStringLiteral("error")).toString(), error);
    QVERIFY(!problem.value(QStringLiteral("reason")).toString().isEmpty());
    QVERIFY(problem.value(QStringLiteral("description")).toString().contains(QStringLiteral("block %1").arg(height)));

    // The counts say how much verified before the problem: every block below it.
    const qint64 before = 1 + (height - 1) * kDemoBlockSize;
    QCOMPARE(o.value(QStringLiteral("blocks")).toInteger(), height);
    QCOMPARE(o.value(QStringLiteral("transactions")).toInteger(), before);
    // ...and the log size and root are those of that verified prefix.
    QCOMPARE(o.value(QStringLiteral("log_size")).toInteger(), before);
    QCOMPARE(o.value(QStringLiteral("log_root")).toString(), crypto::toHex(*m_log.rootAt(quint64(before))));
    QVERIFY2(text.errText().contains(QStringLiteral("%1 blocks and %2 transactions before it verified").arg(height).arg(before)),
             qPrintable(text.report()));
}

void TestCli::tamperRawFile()
{
    // Flip a bit of a signature in the file's bytes, behind SQLite's back.
    const qint64 logIndex = 222;
    const QString copy = copyDemo(QStringLiteral("tampered-raw.db"));
    QVERIFY(!copy.isEmpty());
    QByteArray signature;
    {
        Sqlite db(copy);
        QVERIFY2(db.ok(), db.error().constData());
        auto bytes = db.blob("SELECT bytes FROM transactions WHERE log_index = ?1", logIndex);
        QVERIFY(bytes);
        signature = bytes->right(64);
    }
    QVERIFY2(noSideFiles(copy), "SQLite side files remain");
    QByteArray file = readAll(copy);
    QVERIFY(!file.isEmpty());
    // The device's outbox keeps a copy of the bytes it made, so the signature can be in the file
    // twice; flip the same bit in every copy so the ledger's row is among them.
    int copies = 0;
    for (qsizetype at = file.indexOf(signature); at >= 0; at = file.indexOf(signature, at + 64)) {
        file[at + 20] = char(file[at + 20] ^ 0x04);
        ++copies;
    }
    QVERIFY(copies >= 1);
    QVERIFY(writeAll(copy, file));

    const Run text = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), copy});
    QVERIFY2(text.code == 1, qPrintable(text.report()));
    QVERIFY2(text.errText().contains(QStringLiteral("block %1").arg(demoHeightOf(logIndex))), qPrintable(text.report()));
    QVERIFY2(text.errText().contains(QStringLiteral("log index %1").arg(logIndex)), qPrintable(text.report()));

    const Run json = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), copy, QStringLiteral("--json")});
    QVERIFY2(json.code == 1, qPrintable(json.report()));
    const QJsonObject problem = json.json().value(QStringLiteral("problem")).toObject();
    QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(problem.value(QStringLiteral("height")).toInteger(), demoHeightOf(logIndex));
    QCOMPARE(problem.value(QStringLiteral("log_index")).toInteger(), logIndex);
    QCOMPARE(problem.value(QStringLiteral("error")).toString(), QStringLiteral("bad-signature"));
}

// --- 6. storage errors -------------------------------------------------------------------

void TestCli::missingLedger()
{
    const Run r = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), QStringLiteral("/nonexistent/x.db")});
    QVERIFY2(r.code == 4, qPrintable(r.report()));
    QVERIFY2(r.errText().contains(QStringLiteral("/nonexistent/x.db")), qPrintable(r.report()));
    QVERIFY2(r.errText().contains(QStringLiteral("courtyard init")), qPrintable(r.report()));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent/x.db")));

    // The default ledger is ./courtyard.db, and it is not created by looking for it.
    const Run fallback = courtyard({QStringLiteral("verify")});
    QVERIFY2(fallback.code == 4, qPrintable(fallback.report()));
    QVERIFY2(fallback.errText().contains(QStringLiteral("courtyard.db")), qPrintable(fallback.report()));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("courtyard.db"))));
}

void TestCli::notALedger_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("another SQLite database") << QStringLiteral("sqlite");
}

void TestCli::notALedger()
{
    QFETCH(QString, kind);
    const QString file = path(QStringLiteral("not-a-ledger-%1.db").arg(kind));
    if (kind == QLatin1String("random")) {
        QByteArray junk(8192, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
        junk.replace(0, 16, QByteArray("not SQLite here!")); // never the SQLite magic by chance
        QVERIFY(writeAll(file, junk));
    } else {
        QVERIFY(writeAll(file, QByteArray()));
        Sqlite db(file);
        QVERIFY2(db.ok(), db.error().constData());
        QVERIFY2(db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('dumplings')"), db.error().constData());
    }
    const QByteArray before = readAll(file);
    const Run r = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), file});
    QVERIFY2(r.code == 3, qPrintable(r.report()));
    QVERIFY2(r.errText().contains(QStringLiteral("not a Courtyard ledger")), qPrintable(r.report()));
    QCOMPARE(readAll(file), before);

    const Run json = courtyard({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("0"), QStringLiteral("--db"), file,
                                QStringLiteral("--json")});
    QVERIFY2(json.code == 3, qPrintable(json.report()));
    QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(json.json().value(QStringLiteral("error")).toString(), QStringLiteral("malformed"));
    QCOMPARE(readAll(file), before);
}

void TestCli::schemaTooNew()
{
    const QString copy = copyDemo(QStringLiteral("from-the-future.db"));
    QVERIFY(!copy.isEmpty());
    {
        Sqlite db(copy);
        QVERIFY2(db.ok(), db.error().constData());
        QVERIFY2(db.exec("PRAGMA user_version = 99"), db.error().constData());
    }
    QVERIFY(noSideFiles(copy));
    const QByteArray before = readAll(copy);

    const Run r = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), copy});
    QVERIFY2(r.code == 5, qPrintable(r.report()));
    QVERIFY2(r.errText().contains(QStringLiteral("newer")), qPrintable(r.report()));
    QVERIFY2(r.errText().contains(QStringLiteral("99")), qPrintable(r.report()));

    const Run json = courtyard({QStringLiteral("checkpoint"), QStringLiteral("--db"), copy, QStringLiteral("--json")});
    QVERIFY2(json.code == 5, qPrintable(json.report()));
    QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(json.json().value(QStringLiteral("error")).toString(), QStringLiteral("schema-too-new"));

    // Not migrated, not downgraded, not touched.
    QCOMPARE(readAll(copy), before);
    Sqlite db(copy);
    QVERIFY2(db.ok(), db.error().constData());
    const std::optional<qint64> version = db.integer("PRAGMA user_version");
    QVERIFY(version);
    QCOMPARE(*version, qint64(99));
}

// --- 7. JSON errors ----------------------------------------------------------------------

void TestCli::jsonErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");

    const QString db = m_demoDb;
    const QString junk = path(QStringLiteral("junk-ledger.db"));
    writeAll(junk, QByteArray(4096, '\x5a'));
    const auto withDb = [&](QStringList a) {
        a << QStringLiteral("--db") << db;
        return a;
    };

    QTest::newRow("block not found") << withDb({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("999")}) << 4
                                     << QStringLiteral("not-found");
    QTest::newRow("block height not a number") << withDb({QStringLiteral("block"), QStringLiteral("show"), QStringLiteral("abc")}) << 3
                                               << QStringLiteral("invalid-argument");
    QTest::newRow("unknown transaction") << withDb({QStringLiteral("proof"), QStringLiteral("inclusion"), QString(64, QLatin1Char('0'))}) << 4
                                         << QStringLiteral("not-found");
    QTest::newRow("malformed transaction id") << withDb({QStringLiteral("proof"), QStringLiteral("inclusion"), QStringLiteral("xyz")}) << 3
                                              << QStringLiteral("malformed");
    QTest::newRow("inconsistent sizes") << withDb({QStringLiteral("proof"), QStringLiteral("consistency"), QStringLiteral("400"), QStringLiteral("10")})
                                        << 3 << QStringLiteral("invalid-argument");
    QTest::newRow("checkpoint of a missing block") << withDb({QStringLiteral("checkpoint"), QStringLiteral("--height"), QStringLiteral("99")}) << 4
                                                   << QStringLiteral("not-found");
    QTest::newRow("missing ledger") << QStringList{QStringLiteral("verify"), QStringLiteral("--db"), path(QStringLiteral("missing/x.db"))} << 4
                                    << QStringLiteral("not-found");
    QTest::newRow("not a ledger") << QStringList{QStringLiteral("verify"), QStringLiteral("--db"), junk} << 3 << QStringLiteral("malformed");
    QTest::newRow("missing key file") << QStringList{QStringLiteral("key"), QStringLiteral("show"), path(QStringLiteral("missing.key"))} << 4
                                      << QStringLiteral("not-found");
    QTest::newRow("not a key file") << QStringList{QStringLiteral("key"), QStringLiteral("show"), junk} << 3 << QStringLiteral("malformed");
    QTest::newRow("key file exists") << QStringList{QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--out"), m_serverKey}
                                     << 3 << QStringLiteral("conflict");
    QTest::newRow("ledger exists") << initArguments(db) << 3 << QStringLiteral("conflict");
    QStringList wrongCurrency = initArguments(path(QStringLiteral("never.db")));
    wrongCurrency[6] = QStringLiteral("XYZ");
    QTest::newRow("bad currency") << wrongCurrency << 3 << QStringLiteral("invalid-argument");
    QTest::newRow("demo into a used folder") << QStringList{QStringLiteral("demo"), QStringLiteral("--dir"), path(QStringLiteral("demo"))} << 3
                                             << QStringLiteral("conflict");
    QTest::newRow("usage error after parsing") << withDb({QStringLiteral("verify"), QStringLiteral("--threads"), QStringLiteral("0")}) << 2
                                               << QString();
}

void TestCli::jsonErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, error);

    const Run r = courtyard(arguments + QStringList{QStringLiteral("--json")});
    QVERIFY2(r.code == code, qPrintable(r.report()));
    // The message goes to stderr as well, for people.
    QVERIFY2(r.errText().startsWith(QStringLiteral("courtyard: ")), qPrintable(r.report()));

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
    QVERIFY2(doc.isObject(), qPrintable(QStringLiteral("stdout is not a JSON object (%1):\n%2").arg(parseError.errorString(), r.report())));
    const QJsonObject o = doc.object();
    QVERIFY(o.contains(QStringLiteral("ok")));
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
    if (!error.isEmpty()) {
        QCOMPARE(o.value(QStringLiteral("error")).toString(), error);
    } else {
        QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
    }
    const QString message = o.value(QStringLiteral("message")).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY2(r.errText().contains(message), qPrintable(r.report()));
}

void TestCli::verifyAgainstTrustAnchors()
{
    const QString vkeyText = courtyard({QStringLiteral("checkpoint"), QStringLiteral("--vkey"), QStringLiteral("--db"), m_demoDb}).outText().trimmed();
    QVERIFY(vkeyText.contains(QLatin1Char('+')));
    const QString checkpointFile = path(QStringLiteral("trusted-checkpoint.txt"));
    QVERIFY(writeAll(checkpointFile, courtyard({QStringLiteral("checkpoint"), QStringLiteral("--height"), QStringLiteral("6"),
                                                QStringLiteral("--db"), m_demoDb}).out));

    const Run trusted = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), m_demoDb, QStringLiteral("--vkey"), vkeyText,
                                   QStringLiteral("--checkpoint"), checkpointFile, QStringLiteral("--json")});
    QVERIFY2(trusted.code == 0, qPrintable(trusted.report()));
    QCOMPARE(trusted.json().value(QStringLiteral("trusted_checkpoint")).toBool(), true);

    // A key that did not seal this ledger.
    const QString otherKey = QStringLiteral("%1+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
                                 .arg(vkeyText.section(QLatin1Char('+'), 0, 0));
    const Run wrongKey = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), m_demoDb, QStringLiteral("--vkey"), otherKey});
    QVERIFY2(wrongKey.code != 0, qPrintable(wrongKey.report()));

    // History cut short: drop the last two blocks behind the tool's back; alone its chain still
    // verifies (the projections, left as they were, no longer match it), against the checkpoint
    // it does not.
    const QString cut = copyDemo(QStringLiteral("cut.db"));
    {
        Sqlite db(cut);
        QVERIFY(db.exec("DROP TRIGGER transactions_append_only_delete"));
        QVERIFY(db.exec("DROP TRIGGER blocks_append_only_delete"));
        QVERIFY(db.exec("DELETE FROM transactions WHERE block_height >= 9"));
        QVERIFY(db.exec("DELETE FROM blocks WHERE height >= 9"));
    }
    QCOMPARE(courtyard({QStringLiteral("verify"), QStringLiteral("--db"), cut, QStringLiteral("--chain-only")}).code, 0);
    const Run leftovers = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), cut});
    QVERIFY2(leftovers.code == 1 && leftovers.errText().contains(QStringLiteral("stored projection rows are not what the contracts make")),
             qPrintable(leftovers.report()));
    const QString latest = path(QStringLiteral("latest-checkpoint.txt"));
    QVERIFY(writeAll(latest, courtyard({QStringLiteral("checkpoint"), QStringLiteral("--db"), m_demoDb}).out));
    const Run cutRun = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), cut, QStringLiteral("--vkey"), vkeyText,
                                  QStringLiteral("--checkpoint"), latest});
    QVERIFY2(cutRun.code == 1, qPrintable(cutRun.report()));
    QVERIFY2(cutRun.errText().contains(QStringLiteral("cut short")), qPrintable(cutRun.report()));

    // A checkpoint file that was altered no longer carries the key's signature.
    QByteArray forged = courtyard({QStringLiteral("checkpoint"), QStringLiteral("--db"), m_demoDb}).out;
    forged.replace(forged.indexOf('\n') + 1, 1, "9");
    const QString forgedFile = path(QStringLiteral("forged-checkpoint.txt"));
    QVERIFY(writeAll(forgedFile, forged));
    const Run forgedRun = courtyard({QStringLiteral("verify"), QStringLiteral("--db"), m_demoDb, QStringLiteral("--vkey"), vkeyText,
                                     QStringLiteral("--checkpoint"), forgedFile});
    QVERIFY2(forgedRun.code == 1, qPrintable(forgedRun.report()));
    // --checkpoint without --vkey is refused: an unsigned claim proves nothing.
    QCOMPARE(courtyard({QStringLiteral("verify"), QStringLiteral("--db"), m_demoDb, QStringLiteral("--checkpoint"), latest}).code, 3);
}

void TestCli::proofsCoverOnlySealedEntries()
{
    // A row stored behind the tool's back, in no block: no proof may claim it is in the log.
    const QString copy = copyDemo(QStringLiteral("unsealed.db"));
    QByteArray extraId;
    {
        Sqlite db(copy);
        const std::optional<QByteArray> bytes = db.blob("SELECT bytes FROM transactions WHERE log_index = ?", 5);
        QVERIFY(bytes.has_value());
        QByteArray changed = *bytes;
        changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 1);
        extraId = crypto::toByteArray(crypto::sha256(changed));
        const QByteArray sql = "INSERT INTO transactions VALUES (" + QByteArray::number(kDemoLogSize) + ", 999, x'" + extraId.toHex() +
                               "', 'payment.kiosk', x'00', 999999, x'" + changed.toHex() + "')";
        QVERIFY2(db.exec(sql.constData()), db.error().constData());
    }
    const Run proof = courtyard({QStringLiteral("proof"), QStringLiteral("inclusion"), QString::fromLatin1(extraId.toHex()),
                                 QStringLiteral("--db"), copy});
    QVERIFY2(proof.code == 1, qPrintable(proof.report()));
    QVERIFY2(proof.errText().contains(QStringLiteral("not in any sealed block")), qPrintable(proof.report()));
    const Run beyond = courtyard({QStringLiteral("proof"), QStringLiteral("consistency"), QStringLiteral("10"),
                                  QString::number(kDemoLogSize + 1), QStringLiteral("--db"), copy});
    QCOMPARE(beyond.code, 4);
}

void TestCli::readOnlyLedger()
{
    // A ledger in a folder the user cannot write (a backup, a read-only mount) can be read.
    if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("su")).isEmpty()) {
        QSKIP("needs root to run the tool as an unprivileged user");
    }
    const QString folder = path(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/courtyard.db");
    QVERIFY(QFile::copy(m_demoDb, db));
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                      QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    // The unprivileged user must be able to reach the binary and the folder.
    QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther);
    const QString binary = path(QStringLiteral("courtyard-copy"));
    QVERIFY(QFile::copy(QStringLiteral(COURTYARD_CLI_PATH), binary));
    QFile::setPermissions(binary, QFile::permissions(binary) | QFileDevice::ExeOther | QFileDevice::ReadOther);
    const QByteArray before = readAll(db);
    QProcess p;
    p.start(QStringLiteral("su"), {QStringLiteral("nobody"), QStringLiteral("-s"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                   QStringLiteral("'%1' verify --db '%2'").arg(binary, db)});
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
    if (p.exitCode() != 0 && out.contains(QStringLiteral("Permission denied")) && !out.contains(QStringLiteral("courtyard"))) {
        QSKIP("the temporary folder is not reachable by an unprivileged user here");
    }
    QVERIFY2(p.exitCode() == 0, qPrintable(out));
    QVERIFY2(out.startsWith(QStringLiteral("OK:")), qPrintable(out));
    QCOMPARE(readAll(db), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("courtyard.db")});
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
