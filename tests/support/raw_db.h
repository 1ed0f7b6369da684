// A ledger file seen from outside the store: a raw SQLite connection to tamper with it as someone
// with the sqlite3 shell could (or to ask what the store does not offer), and the file's bytes
// hashed, to check that something only read it. Shared by the projection checks' tests
// (tests/node, tests/cli), the node's and the store's.
#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace courtyard::testing {

class RawDb {
public:
    explicit RawDb(const QString &path);
    ~RawDb();
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    // Runs SQL statements; SQLite's message, empty when fine.
    QString exec(const QString &sql);
    // The first column of the first row as text ("" when there is none).
    QString text(const QString &sql);
    // The first column of the first row as an integer (-1 when there is no row).
    qint64 scalar(const QString &sql);
    // Column `column` of every row, as text.
    QStringList texts(const QString &sql, int column);
    // The state value under key with its last byte changed (to 0x00, or 0x01 if it was 0x00);
    // SQLite's message (or "no value under KEY"), empty when fine.
    QString flipLastValueByte(const QString &key);

private:
    sqlite3 *m_db = nullptr;
};

// The bytes of the ledger and of its WAL, hashed: what "the file did not change" means. A
// missing WAL and an empty one are the same (a reader may leave an empty -wal, docs/cli.md).
QString fileState(const QString &path);

} // namespace courtyard::testing
