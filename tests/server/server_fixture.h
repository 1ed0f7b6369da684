// What the server tests share: signed transactions of the test community and a ledger in which
// the committee has granted the manager and the kiosk their roles (block 1).
#pragma once

#include "tests/support/fixture.h"

#include "app/node/node.h"
#include "contracts/engine.h"
#include "core/codec/cbor.h"

namespace courtyard::testing {

inline constexpr quint64 kServerStart = 1798761600000; // 2027-01-01T00:00:00Z

class ServerCommunity : public Community {
public:
    ledger::Transaction make(const QString &kind, cbor::Value payload, const crypto::KeyPair &author, quint64 sequence,
                             std::initializer_list<const crypto::KeyPair *> cosigners = {}) const
    {
        ledger::TransactionBody body;
        body.kind = kind;
        body.communityId = genesis.communityId;
        body.author = author.publicKey();
        body.sequence = sequence;
        body.payload = std::move(payload);
        return sign(std::move(body), author, cosigners);
    }

    // body signed by author, then by each cosigner.
    static ledger::Transaction sign(ledger::TransactionBody body, const crypto::KeyPair &author,
                                    std::initializer_list<const crypto::KeyPair *> cosigners)
    {
        auto tx = ledger::Transaction::create(std::move(body), author);
        CY_ASSERT(tx.has_value());
        for (const crypto::KeyPair *c : cosigners) {
            tx = tx->withSignature(*c);
            CY_ASSERT(tx.has_value());
        }
        return *tx;
    }

    // A co-signed transaction (ledger format 2): no sequence, valid until validUntilMs.
    ledger::Transaction makeCosigned(const QString &kind, cbor::Value payload, const crypto::KeyPair &author, quint64 validUntilMs,
                                     std::initializer_list<const crypto::KeyPair *> cosigners = {}) const
    {
        ledger::TransactionBody body;
        body.kind = kind;
        body.communityId = genesis.communityId;
        body.author = author.publicKey();
        body.validUntilMs = validUntilMs;
        body.payload = std::move(payload);
        return sign(std::move(body), author, cosigners);
    }

    // unit.register by the manager: 85.50 m², 1.00 %.
    ledger::Transaction registerUnit(const QString &number, quint64 sequence) const
    {
        return make(QStringLiteral("unit.register"),
                    cbor::Value::fromMap({{QStringLiteral("number"), cbor::Value::fromText(number)},
                                          {QStringLiteral("area"), cbor::Value::fromUnsigned(8550)},
                                          {QStringLiteral("share"), cbor::Value::fromUnsigned(100)}}),
                    manager, sequence);
    }

    // Creates the ledger at path: genesis at kServerStart, then block 1 in which the committee
    // quorum grants the manager and the kiosk their roles. Empty on success, else what failed.
    QString createLedger(const QString &path, const contracts::Registry &registry) const
    {
        auto ledger = node::Ledger::create(path, registry, genesis, server, kServerStart);
        if (!ledger) {
            return ledger.error().message;
        }
        const auto grant = [&](const crypto::KeyPair &key, const char *role, quint64 seq) {
            return make(QStringLiteral("governance.grant"),
                        cbor::Value::fromMap({{QStringLiteral("key"), cbor::Value::fromBytes(key.publicKey().toByteArray())},
                                              {QStringLiteral("role"), cbor::Value::fromText(QString::fromLatin1(role))}}),
                        committee[0], seq, {&committee[1]});
        };
        for (const auto &tx : {grant(manager, "manager", 1), grant(kiosk, "kiosk", 2)}) {
            auto r = (*ledger)->submit(tx, kServerStart + 1000);
            if (!r) {
                return r.error().message;
            }
            if (r->has_value()) {
                return (*r)->code + QStringLiteral(": ") + (*r)->message;
            }
        }
        auto sealed = (*ledger)->sealPending(kServerStart + 1000, server);
        return sealed ? QString() : sealed.error().message;
    }
};

} // namespace courtyard::testing
