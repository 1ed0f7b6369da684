#include "app/kiosk/backend/payment_journal.h"

#include <QFile>

#include <sqlite3.h>

#include <memory>

namespace courtyard::kiosk {

namespace {

// One prepared statement, finalized when it goes.
class Statement {
public:
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    void bind(int i, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, const QByteArray &blob) { sqlite3_bind_blob(m_stmt, i, blob.constData(), int(blob.size()), SQLITE_TRANSIENT); }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    int step() { return sqlite3_step(m_stmt); }
    QString text(int i) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i)), sqlite3_column_bytes(m_stmt, i));
    }
    QByteArray blob(int i) const
    {
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, i)), sqlite3_column_bytes(m_stmt, i));
    }
    qint64 int64(int i) const { return sqlite3_column_int64(m_stmt, i); }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

constexpr char kColumns[] = "reference, unit, resident, amount, invoices, state, approval_code, tx_id, created_ms, updated_ms";

PaymentAttempt readAttempt(const Statement &s)
{
    PaymentAttempt a;
    a.reference = s.text(0);
    a.unit = s.text(1);
    a.resident = s.blob(2);
    a.amount = s.int64(3);
    const QString invoices = s.text(4);
    a.invoices = invoices.isEmpty() ? QStringList() : invoices.split(QLatin1Char(','));
    a.state = s.text(5);
    a.approvalCode = s.text(6);
    a.txId = s.blob(7);
    a.createdMs = quint64(s.int64(8));
    a.updatedMs = quint64(s.int64(9));
    return a;
}

} // namespace

Result<std::unique_ptr<PaymentJournal>> PaymentJournal::open(const QString &path)
{
    std::unique_ptr<PaymentJournal> journal(new PaymentJournal);
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &journal->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        return fail(journal->error(QStringLiteral("cannot open the payment journal %1").arg(path)));
    }
    CY_CHECK(journal->exec("PRAGMA journal_mode=WAL"));
    CY_CHECK(journal->exec("PRAGMA synchronous=FULL"));
    CY_CHECK(journal->exec("CREATE TABLE IF NOT EXISTS attempts ("
                           " reference TEXT PRIMARY KEY, unit TEXT NOT NULL, resident BLOB NOT NULL, amount INTEGER NOT NULL,"
                           " invoices TEXT NOT NULL, state TEXT NOT NULL, approval_code TEXT NOT NULL DEFAULT '',"
                           " tx_id BLOB NOT NULL DEFAULT x'', created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL)"));
    CY_CHECK(journal->exec("CREATE INDEX IF NOT EXISTS attempts_state ON attempts (state)"));
    return journal;
}

PaymentJournal::~PaymentJournal()
{
    sqlite3_close(m_db);
}

Error PaymentJournal::error(const QString &what) const
{
    const int code = m_db ? sqlite3_errcode(m_db) : SQLITE_CANTOPEN;
    const QString message = what + QStringLiteral(": ") + QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
    if (code == SQLITE_FULL) {
        return Error{ErrorCode::DiskFull, message};
    }
    if (code == SQLITE_CONSTRAINT) {
        return Error{ErrorCode::Conflict, message};
    }
    return Error{ErrorCode::Database, message};
}

Result<void> PaymentJournal::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        return fail(error(QString::fromLatin1(sql)));
    }
    return {};
}

Result<void> PaymentJournal::begin(const PaymentAttempt &attempt)
{
    Statement s(m_db, "INSERT INTO attempts (reference, unit, resident, amount, invoices, state, created_ms, updated_ms)"
                      " VALUES (?, ?, ?, ?, ?, 'started', ?, ?)");
    if (!s.ok()) {
        return fail(error(QStringLiteral("cannot write the payment attempt")));
    }
    s.bind(1, attempt.reference);
    s.bind(2, attempt.unit);
    s.bind(3, attempt.resident);
    s.bind(4, attempt.amount);
    s.bind(5, attempt.invoices.join(QLatin1Char(',')));
    s.bind(6, qint64(attempt.createdMs));
    s.bind(7, qint64(attempt.createdMs));
    if (s.step() != SQLITE_DONE) {
        return fail(error(QStringLiteral("cannot write the payment attempt")));
    }
    return {};
}

Result<void> PaymentJournal::update(const QString &reference, const QString &state, quint64 atMs, const QString &approvalCode,
                                    const QByteArray &txId)
{
    Statement s(m_db, "UPDATE attempts SET state = ?2, updated_ms = ?3,"
                      " approval_code = CASE WHEN ?4 = '' THEN approval_code ELSE ?4 END,"
                      " tx_id = CASE WHEN length(?5) = 0 THEN tx_id ELSE ?5 END WHERE reference = ?1");
    if (!s.ok()) {
        return fail(error(QStringLiteral("cannot update the payment attempt")));
    }
    s.bind(1, reference);
    s.bind(2, state);
    s.bind(3, qint64(atMs));
    s.bind(4, approvalCode);
    s.bind(5, txId);
    if (s.step() != SQLITE_DONE) {
        return fail(error(QStringLiteral("cannot update the payment attempt")));
    }
    if (sqlite3_changes(m_db) != 1) {
        return fail(ErrorCode::NotFound, QStringLiteral("no payment attempt %1").arg(reference));
    }
    return {};
}

Result<PaymentAttempt> PaymentJournal::find(const QString &reference)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM attempts WHERE reference = ?";
    Statement s(m_db, sql.constData());
    s.bind(1, reference);
    const int rc = s.step();
    if (rc == SQLITE_ROW) {
        return readAttempt(s);
    }
    if (rc == SQLITE_DONE) {
        return fail(ErrorCode::NotFound, QStringLiteral("no payment attempt %1").arg(reference));
    }
    return fail(error(QStringLiteral("cannot read the payment journal")));
}

Result<std::vector<PaymentAttempt>> PaymentJournal::unresolved()
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           " FROM attempts WHERE state IN ('started', 'approved', 'timed-out') ORDER BY created_ms";
    Statement s(m_db, sql.constData());
    std::vector<PaymentAttempt> out;
    int rc = SQLITE_ROW;
    while ((rc = s.step()) == SQLITE_ROW) {
        out.push_back(readAttempt(s));
    }
    if (rc != SQLITE_DONE) {
        return fail(error(QStringLiteral("cannot read the payment journal")));
    }
    return out;
}

Result<quint64> PaymentJournal::count()
{
    Statement s(m_db, "SELECT count(*) FROM attempts");
    if (s.step() != SQLITE_ROW) {
        return fail(error(QStringLiteral("cannot read the payment journal")));
    }
    return quint64(s.int64(0));
}

} // namespace courtyard::kiosk
