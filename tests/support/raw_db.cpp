#include "tests/support/raw_db.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringList>

#include <sqlite3.h>

namespace courtyard::testing {

RawDb::RawDb(const QString &path)
{
    sqlite3_open(QFile::encodeName(path).constData(), &m_db);
}

RawDb::~RawDb()
{
    sqlite3_close(m_db);
}

QString RawDb::exec(const QString &sql)
{
    char *err = nullptr;
    sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    const QString msg = err ? QString::fromUtf8(err) : QString();
    sqlite3_free(err);
    return msg;
}

QString RawDb::text(const QString &sql)
{
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &s, nullptr);
    QString v;
    if (sqlite3_step(s) == SQLITE_ROW) {
        v = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    }
    sqlite3_finalize(s);
    return v;
}

qint64 RawDb::scalar(const QString &sql)
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

QStringList RawDb::texts(const QString &sql, int column)
{
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &s, nullptr);
    QStringList out;
    while (sqlite3_step(s) == SQLITE_ROW) {
        out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)));
    }
    sqlite3_finalize(s);
    return out;
}

QString RawDb::flipLastValueByte(const QString &key)
{
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(m_db, "SELECT value FROM state WHERE key = CAST(?1 AS BLOB)", -1, &s, nullptr);
    const QByteArray k = key.toUtf8();
    sqlite3_bind_text(s, 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
    QByteArray value;
    if (sqlite3_step(s) == SQLITE_ROW) {
        value = QByteArray(static_cast<const char *>(sqlite3_column_blob(s, 0)), sqlite3_column_bytes(s, 0));
    }
    sqlite3_finalize(s);
    if (value.isEmpty()) {
        return QStringLiteral("no value under ") + key;
    }
    value.back() = value.back() == '\0' ? '\1' : '\0';
    sqlite3_prepare_v2(m_db, "UPDATE state SET value = ?2 WHERE key = CAST(?1 AS BLOB)", -1, &s, nullptr);
    sqlite3_bind_text(s, 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
    sqlite3_bind_blob(s, 2, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(s);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE && sqlite3_changes(m_db) == 1 ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
}

QString fileState(const QString &path)
{
    QStringList parts;
    for (const QString &name : {path, path + QStringLiteral("-wal")}) {
        QFile f(name);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 size = 0;
        if (f.open(QIODevice::ReadOnly)) {
            size = f.size();
            while (!f.atEnd()) {
                hash.addData(f.read(1 << 20));
            }
        }
        parts << QStringLiteral("%1 bytes %2").arg(size).arg(QString::fromLatin1(hash.result().toHex().left(16)));
    }
    return parts.join(QStringLiteral(", wal "));
}

} // namespace courtyard::testing
