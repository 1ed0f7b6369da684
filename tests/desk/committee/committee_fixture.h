// The committee tests' community: the CLI demo's first transactions (roles, fee rule, the first
// units), then three expenses, two budgets and a fund transfer with hand-picked amounts and
// dates, and a documents folder where the first invoice's file is right, the second's was
// replaced and the third's is missing.
#pragma once

#include "app/cli/demo.h"
#include "app/desk/committee/committee_workspace.h"
#include "app/device/device_core.h"
#include "contracts/standard.h"
#include "core/crypto/crypto.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <sqlite3.h>

namespace courtyard::testing {

inline quint64 utcNoon(int y, int m, int d)
{
    return quint64(QDateTime(QDate(y, m, d), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

struct CommitteeFixture {
    static constexpr quint64 kSeed = 20261121;
    QTemporaryDir dir;
    QString ledgerPath;
    QString documents;
    cli::DemoKeys keys = cli::demoKeys(kSeed);
    std::unique_ptr<device::DeviceCore> core;
    QByteArray docA = "Invoice 2027-0210 Spotless Services: stairwell cleaning, February. 4,000.00 CNY";
    QByteArray docB = "Invoice 2027-0305 Spotless Services: deep cleaning after the renovation. 7,000.00 CNY";
    QByteArray docC = "City Water Works bill, March 2027: common areas. 1,234.56 CNY";
    QByteArray hashA, hashB, hashC;
    QString error;
    quint64 now = 0; // the time the next block is sealed at

    bool build()
    {
        ledgerPath = dir.filePath(QStringLiteral("committee.ledger"));
        documents = dir.filePath(QStringLiteral("documents"));
        QDir().mkpath(documents);
        cli::DemoOptions options;
        options.ledgerPath = ledgerPath;
        options.transactions = 12; // the grants, the fee rule and the first units: no money moves
        options.seed = kSeed;
        auto community = cli::buildDemoCommunity(options, keys);
        if (!community) {
            error = community.error().message;
            return false;
        }
        node::Ledger &ledger = *community->ledger;
        hashA = crypto::toByteArray(crypto::sha256(docA));
        hashB = crypto::toByteArray(crypto::sha256(docB));
        hashC = crypto::toByteArray(crypto::sha256(docC));
        const QString currency = ledger.engine().genesis().currency;
        const auto money = [&](qint64 minor) { return cbor::Value::fromInt(minor); };
        const auto text = [](const QString &t) { return cbor::Value::fromText(t); };
        const auto expense = [&](const char *category, const char *vendor, qint64 amount, const QByteArray &invoice, const char *date) {
            return cbor::Value::fromMap({{QStringLiteral("category"), text(QString::fromLatin1(category))},
                                         {QStringLiteral("vendor"), text(QString::fromLatin1(vendor))},
                                         {QStringLiteral("amount"), money(amount)},
                                         {QStringLiteral("currency"), text(currency)},
                                         {QStringLiteral("invoice"), cbor::Value::fromBytes(invoice)},
                                         {QStringLiteral("date"), text(QString::fromLatin1(date))}});
        };
        const auto budget = [&](const char *category, qint64 amount) {
            return cbor::Value::fromMap({{QStringLiteral("year"), cbor::Value::fromUnsigned(2027)},
                                         {QStringLiteral("category"), text(QString::fromLatin1(category))},
                                         {QStringLiteral("amount"), money(amount)},
                                         {QStringLiteral("currency"), text(currency)}});
        };
        now = utcNoon(2027, 2, 10);
        // February: A, below the threshold (the manager alone).
        if (!submit(ledger, keys.manager, QStringLiteral("expense.record"),
                    expense("cleaning", "Spotless Services", 400000, hashA, "2027-02-10"), {}) ||
            !seal(ledger, utcNoon(2027, 2, 10))) {
            return false;
        }
        now = utcNoon(2027, 3, 5);
        // March 5: the budgets (committee quorum, 2 of 3) and B above the threshold (the manager
        // with two committee members).
        if (!submit(ledger, keys.committee[0], QStringLiteral("budget.set"), budget("cleaning", 1000000), {&keys.committee[1]}) ||
            !submit(ledger, keys.committee[0], QStringLiteral("budget.set"), budget("utilities", 200000), {&keys.committee[1]}) ||
            !submit(ledger, keys.manager, QStringLiteral("expense.record"),
                    expense("cleaning", "Spotless Services", 700000, hashB, "2027-03-05"), {&keys.committee[0], &keys.committee[1]}) ||
            !seal(ledger, utcNoon(2027, 3, 5))) {
            return false;
        }
        now = utcNoon(2027, 3, 20);
        // March 20: C and a transfer of 20,000.00 from the maintenance fund to the reserve fund.
        const cbor::Value transfer = cbor::Value::fromMap({{QStringLiteral("from"), text(QStringLiteral("maintenance"))},
                                                           {QStringLiteral("to"), text(QStringLiteral("reserve"))},
                                                           {QStringLiteral("amount"), money(2000000)},
                                                           {QStringLiteral("currency"), text(currency)},
                                                           {QStringLiteral("reason"), text(QStringLiteral("Roof reserve"))}});
        if (!submit(ledger, keys.manager, QStringLiteral("expense.record"),
                    expense("utilities:water", "City Water Works", 123456, hashC, "2027-03-20"), {}) ||
            !submit(ledger, keys.committee[1], QStringLiteral("fund.transfer"), transfer, {&keys.committee[2]}) ||
            !seal(ledger, utcNoon(2027, 3, 20))) {
            return false;
        }
        // The documents: A as it was, B replaced by another file under its name, C never stored.
        writeFile(QDir(documents).filePath(QString::fromLatin1(hashA.toHex())), docA);
        writeFile(QDir(documents).filePath(QString::fromLatin1(hashB.toHex())), docB + " (edited)");

        core = std::make_unique<device::DeviceCore>(std::move(community->registry), std::move(community->ledger),
                                                    std::move(cli::demoKeys(kSeed).committee[0]));
        if (auto started = core->start(); !started) {
            error = started.error().message;
            return false;
        }
        return true;
    }

    // One more expense, sealed through the device's ledger (the workspace sees ledgerChanged).
    bool addExpense(const QByteArray &invoice, qint64 amount, quint64 timeMs, const char *date)
    {
        node::Ledger &ledger = core->ledger();
        now = timeMs;
        const cbor::Value payload = cbor::Value::fromMap(
            {{QStringLiteral("category"), cbor::Value::fromText(QStringLiteral("gardening"))},
             {QStringLiteral("vendor"), cbor::Value::fromText(QStringLiteral("Green Hands Gardening"))},
             {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
             {QStringLiteral("currency"), cbor::Value::fromText(ledger.engine().genesis().currency)},
             {QStringLiteral("invoice"), cbor::Value::fromBytes(invoice)},
             {QStringLiteral("date"), cbor::Value::fromText(QString::fromLatin1(date))}});
        if (!submit(ledger, keys.manager, QStringLiteral("expense.record"), payload, {}) || !seal(ledger, timeMs)) {
            return false;
        }
        Q_EMIT core->ledgerChanged();
        return true;
    }

    bool submit(node::Ledger &ledger, const crypto::KeyPair &author, const QString &kind, cbor::Value payload,
                std::vector<const crypto::KeyPair *> cosigners)
    {
        auto last = ledger.store().lastSealedSequence(author.publicKey());
        if (!last) {
            error = last.error().message;
            return false;
        }
        quint64 pending = 0;
        for (const ledger::Transaction &tx : ledger.pending()) {
            pending += tx.body().author == author.publicKey() ? 1 : 0;
        }
        ledger::TransactionBody body;
        body.kind = kind;
        body.communityId = ledger.engine().genesis().communityId;
        body.author = author.publicKey();
        body.sequence = *last + pending + 1;
        body.payload = std::move(payload);
        auto tx = ledger::Transaction::create(std::move(body), author);
        for (const crypto::KeyPair *k : cosigners) {
            if (tx) {
                tx = tx->withSignature(*k);
            }
        }
        if (!tx) {
            error = tx.error().message;
            return false;
        }
        auto refused = ledger.submit(*tx, now);
        if (!refused || *refused) {
            error = !refused ? refused.error().message : (*refused)->code + QStringLiteral(": ") + (*refused)->message;
            return false;
        }
        return true;
    }

    bool seal(node::Ledger &ledger, quint64 timeMs)
    {
        auto sealed = ledger.sealPending(timeMs, keys.server);
        if (!sealed || !sealed->dropped.empty()) {
            error = !sealed ? sealed.error().message : sealed->dropped.front().rejection.message;
            return false;
        }
        return true;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(bytes);
        }
    }

    // Rewrites one blob in the ledger file, past its append-only triggers: what someone with the
    // file could do. `where` selects one row; change edits its bytes. Returns SQLite's message or
    // what went wrong, empty on success.
    QString tamper(const char *table, const char *column, const QString &where,
                   const std::function<QByteArray(QByteArray)> &change)
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(ledgerPath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            return QStringLiteral("open failed");
        }
        QString out;
        sqlite3_exec(db, "DROP TRIGGER IF EXISTS transactions_append_only_update", nullptr, nullptr, nullptr);
        const QByteArray select = QByteArray("SELECT ") + column + " FROM " + table + " WHERE " + where.toUtf8();
        sqlite3_stmt *read = nullptr;
        QByteArray bytes;
        if (sqlite3_prepare_v2(db, select.constData(), -1, &read, nullptr) == SQLITE_OK && sqlite3_step(read) == SQLITE_ROW) {
            bytes = QByteArray(static_cast<const char *>(sqlite3_column_blob(read, 0)), sqlite3_column_bytes(read, 0));
        } else {
            out = QStringLiteral("no such row: ") + QString::fromUtf8(select);
        }
        sqlite3_finalize(read);
        if (out.isEmpty()) {
            const QByteArray changed = change(bytes);
            if (changed == bytes) {
                out = QStringLiteral("nothing changed");
            } else {
                const QByteArray update = QByteArray("UPDATE ") + table + " SET " + column + " = ? WHERE " + where.toUtf8();
                sqlite3_stmt *write = nullptr;
                if (sqlite3_prepare_v2(db, update.constData(), -1, &write, nullptr) != SQLITE_OK ||
                    sqlite3_bind_blob(write, 1, changed.constData(), int(changed.size()), SQLITE_TRANSIENT) != SQLITE_OK ||
                    sqlite3_step(write) != SQLITE_DONE) {
                    out = QString::fromUtf8(sqlite3_errmsg(db));
                }
                sqlite3_finalize(write);
            }
        }
        sqlite3_close(db);
        return out;
    }
};

} // namespace courtyard::testing
