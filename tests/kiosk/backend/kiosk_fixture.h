// The kiosk backend tests' community: a real ledger (SQLite file, standard contracts, real
// signatures and Argon2id PIN hashes) built through node::Ledger, with figures chosen so that
// every expected amount can be worked out by hand:
//
//   2027-01-01 09:00 (Asia/Shanghai)  roles; units 1-0101 (80.00 m²) and 1-0102 (60.00 m²);
//                                     R1 and R3 live in 1-0101, R2 in 1-0102; cards
//                                     1000000001 (R1, PIN 2468), 1000000002 (R2, PIN 1357),
//                                     1000000003 (R3, PIN 9753); a lease of 1-0101 from
//                                     2027-01-01, rent 3,000.00 due on the 5th, deposit
//                                     3,000.00 (invoiced at once, due 2027-01-01). No fee rule.
//   2027-01-01 10:00                  billing.close-period 2027-01: rent 3,000.00 due 2027-01-05
//   2027-01-02 09:00                  the kiosk files a plumbing repair for R1 (1-0101)
//   2027-01-03 09:00                  cash 2,000.00 for 1-0101: it pays the deposit first
//                                     (oldest due), which keeps 1,000.00 open
//   2027-01-10 11:00                  the manager quotes the repair (status "quoted")
//
// The kiosk's clock is 2027-01-10 12:00 (kNow). Unit 1-0101 then owes 1,000.00 (deposit) +
// 3,000.00 (rent) = 4,000.00, all of it overdue; its next due date is the lease's next billing
// day, 2027-02-05 (never a past date).
#pragma once

#include "app/kiosk/backend/kiosk.h"
#include "app/node/node.h"
#include "contracts/standard.h"
#include "tests/support/fixture.h"

#include <QDateTime>
#include <QTimeZone>

namespace courtyard::testing {

inline quint64 localMs(int y, int m, int d, int h, int min = 0)
{
    return quint64(QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
}

inline const quint64 kNow = localMs(2027, 1, 10, 12);
inline const QByteArray kR1(16, '\x01');
inline const QByteArray kR2(16, '\x02');
inline const QByteArray kR3(16, '\x03');
inline const QByteArray kRepair1(16, '\x0a');
inline const QString kCard1 = QStringLiteral("1000000001");
inline const QString kCard2 = QStringLiteral("1000000002");
inline const QString kCard3 = QStringLiteral("1000000003");

class KioskCommunity {
public:
    crypto::KeyPair server = keyFor("kiosk-test server");
    std::vector<crypto::KeyPair> committee;
    crypto::KeyPair manager = keyFor("kiosk-test manager");
    crypto::KeyPair kiosk = keyFor("kiosk-test kiosk");
    ledger::Genesis genesis;

    KioskCommunity()
    {
        for (int i = 0; i < 3; ++i) {
            committee.push_back(keyFor("kiosk-test committee", i));
        }
        genesis.communityId = QByteArray(16, '\x5c');
        genesis.name = QStringLiteral("Test Gardens");
        genesis.currency = QStringLiteral("CNY");
        genesis.timeZone = QStringLiteral("Asia/Shanghai");
        genesis.sealer = server.publicKey();
        for (const auto &k : committee) {
            genesis.committee.push_back(k.publicKey());
        }
        genesis.quorum = 2;
    }

    static cbor::Value text(const QString &s) { return cbor::Value::fromText(s); }
    static cbor::Value bytes(const QByteArray &b) { return cbor::Value::fromBytes(b); }

    // Builds the ledger described above at path; empty on success, else what failed.
    QString build(const QString &path)
    {
        contracts::Registry registry;
        contracts::addStandardContracts(registry);
        auto created = node::Ledger::create(path, registry, genesis, server, localMs(2027, 1, 1, 8));
        if (!created) {
            return created.error().message;
        }
        node::Ledger &ledger = **created;
        std::map<QByteArray, quint64> sequences;
        QString problem;
        const auto submit = [&](const crypto::KeyPair &author, const char *kind, cbor::Value payload, quint64 at,
                                std::vector<const crypto::KeyPair *> cosigners = {}) {
            if (!problem.isEmpty()) {
                return;
            }
            ledger::TransactionBody body;
            body.kind = QString::fromLatin1(kind);
            body.communityId = genesis.communityId;
            body.author = author.publicKey();
            body.sequence = ++sequences[author.publicKey().toByteArray()];
            body.payload = std::move(payload);
            auto tx = ledger::Transaction::create(std::move(body), author);
            for (const auto *c : cosigners) {
                tx = tx->withSignature(*c);
            }
            auto r = ledger.submit(*tx, at);
            if (!r) {
                problem = r.error().message;
            } else if (r->has_value()) {
                problem = QStringLiteral("%1: %2 %3").arg(QString::fromLatin1(kind), (*r)->code, (*r)->message);
            }
        };
        const auto seal = [&](quint64 at) {
            if (!problem.isEmpty()) {
                return;
            }
            auto s = ledger.sealPending(at, server);
            if (!s) {
                problem = s.error().message;
            } else if (!s->dropped.empty()) {
                problem = s->dropped.front().rejection.message;
            }
        };
        const quint64 t0 = localMs(2027, 1, 1, 9);
        for (const auto &[key, role] : {std::pair{&manager, "manager"}, std::pair{&kiosk, "kiosk"}}) {
            submit(committee[0], "governance.grant",
                   cbor::Value::fromMap({{QStringLiteral("key"), bytes(key->publicKey().toByteArray())}, {QStringLiteral("role"), text(QString::fromLatin1(role))}}),
                   t0, {&committee[1]});
        }
        for (const auto &[unit, area, share] : {std::tuple{"1-0101", 8000, 5000}, std::tuple{"1-0102", 6000, 3000}}) {
            submit(manager, "unit.register",
                   cbor::Value::fromMap({{QStringLiteral("number"), text(QString::fromLatin1(unit))},
                                         {QStringLiteral("area"), cbor::Value::fromUnsigned(quint64(area))},
                                         {QStringLiteral("share"), cbor::Value::fromUnsigned(quint64(share))}}),
                   t0);
        }
        const std::tuple<QByteArray, const char *, QString, const char *> people[] = {
            {kR1, "1-0101", kCard1, "2468"}, {kR2, "1-0102", kCard2, "1357"}, {kR3, "1-0101", kCard3, "9753"}};
        for (const auto &[resident, unit, card, pin] : people) {
            submit(manager, "resident.register",
                   cbor::Value::fromMap({{QStringLiteral("resident"), bytes(resident)}, {QStringLiteral("unit"), text(QString::fromLatin1(unit))}}), t0);
            auto hash = crypto::hashPin(pin);
            submit(manager, "resident.enroll-card",
                   cbor::Value::fromMap({{QStringLiteral("resident"), bytes(resident)},
                                         {QStringLiteral("card"), bytes(crypto::toByteArray(crypto::sha256(card.toUtf8())))},
                                         {QStringLiteral("pin"), text(QString::fromLatin1(*hash))}}),
                   t0);
        }
        submit(manager, "lease.create",
               cbor::Value::fromMap({{QStringLiteral("lease"), bytes(QByteArray(16, '\x1e'))},
                                     {QStringLiteral("unit"), text(QStringLiteral("1-0101"))},
                                     {QStringLiteral("residents"), cbor::Value::fromArray({bytes(kR1), bytes(kR3)})},
                                     {QStringLiteral("currency"), text(QStringLiteral("CNY"))},
                                     {QStringLiteral("rent"), cbor::Value::fromInt(300000)},
                                     {QStringLiteral("billing-day"), cbor::Value::fromUnsigned(5)},
                                     {QStringLiteral("start"), text(QStringLiteral("2027-01-01"))},
                                     {QStringLiteral("deposit"), cbor::Value::fromInt(300000)},
                                     {QStringLiteral("grace-days"), cbor::Value::fromUnsigned(5)},
                                     {QStringLiteral("document"), bytes(crypto::toByteArray(crypto::sha256("lease of 1-0101")))}}),
               t0);
        seal(t0);
        const quint64 t1 = localMs(2027, 1, 1, 10);
        submit(manager, "billing.close-period", cbor::Value::fromMap({{QStringLiteral("period"), text(QStringLiteral("2027-01"))}}), t1);
        seal(t1);
        const quint64 t2 = localMs(2027, 1, 2, 9);
        submit(kiosk, "repair.request",
               cbor::Value::fromMap({{QStringLiteral("id"), bytes(kRepair1)},
                                     {QStringLiteral("unit"), text(QStringLiteral("1-0101"))},
                                     {QStringLiteral("resident"), bytes(kR1)},
                                     {QStringLiteral("category"), text(QStringLiteral("plumbing"))},
                                     {QStringLiteral("description"), text(QStringLiteral("Kitchen: the tap drips"))},
                                     {QStringLiteral("urgency"), text(QStringLiteral("normal"))}}),
               t2);
        seal(t2);
        const quint64 t3 = localMs(2027, 1, 3, 9);
        submit(manager, "payment.cash",
               cbor::Value::fromMap({{QStringLiteral("unit"), text(QStringLiteral("1-0101"))},
                                     {QStringLiteral("amount"), cbor::Value::fromInt(200000)},
                                     {QStringLiteral("receipt"), text(QStringLiteral("C-0001"))}}),
               t3);
        seal(t3);
        const quint64 t4 = localMs(2027, 1, 10, 11);
        submit(manager, "repair.quote",
               cbor::Value::fromMap({{QStringLiteral("id"), bytes(kRepair1)},
                                     {QStringLiteral("vendor"), text(QStringLiteral("Hengtai Plumbing"))},
                                     {QStringLiteral("amount"), cbor::Value::fromInt(38000)},
                                     {QStringLiteral("currency"), text(QStringLiteral("CNY"))},
                                     {QStringLiteral("document"), bytes(crypto::toByteArray(crypto::sha256("quote")))}}),
               t4);
        seal(t4);
        return problem;
    }

    // An offline kiosk over a copy of the ledger at path (kiosk key, simulated terminal, clock at
    // kNow unless told, staff PIN 4321).
    std::unique_ptr<kiosk::Kiosk> openKiosk(const QString &ledgerPath, const QString &journalPath,
                                            std::optional<syncclient::SyncOptions> sync = std::nullopt)
    {
        kiosk::Kiosk::Parts parts;
        parts.registry = std::make_unique<contracts::Registry>();
        contracts::addStandardContracts(*parts.registry);
        auto ledger = node::Ledger::open(ledgerPath, *parts.registry);
        if (!ledger) {
            qFatal("%s", qPrintable(ledger.error().message));
        }
        parts.ledger = std::move(*ledger);
        parts.key = keyFor("kiosk-test kiosk");
        auto terminal = std::make_unique<kiosk::SimulatedTerminal>();
        terminal->setDelayMs(5, 20);
        parts.terminal = std::move(terminal);
        parts.journalPath = journalPath;
        parts.staffPinHash = *crypto::hashPin("4321");
        parts.maxPayment = QStringLiteral("50000");
        parts.sync = sync;
        auto k = kiosk::Kiosk::open(std::move(parts));
        if (!k) {
            qFatal("%s", qPrintable(k.error().message));
        }
        (*k)->core().setClock([this] { return clock; });
        (*k)->setLocale(QStringLiteral("en_US"));
        return std::move(*k);
    }

    quint64 clock = kNow;
};

} // namespace courtyard::testing
