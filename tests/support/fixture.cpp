#include "tests/support/fixture.h"

#include <QtTest>

namespace courtyard::testing {

crypto::KeyPair keyFor(const char *label, int index)
{
    const crypto::Digest seed = crypto::sha256(QByteArray("courtyard test key ") + label + ' ' + QByteArray::number(index));
    auto key = crypto::KeyPair::fromSeed(crypto::toByteArray(seed));
    CY_ASSERT(key.has_value());
    return std::move(*key);
}

Community::Community()
{
    for (int i = 0; i < 3; ++i) {
        committee.push_back(keyFor("committee", i));
    }
    genesis.communityId = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    genesis.name = QStringLiteral("Test Gardens");
    genesis.currency = QStringLiteral("CNY");
    genesis.timeZone = QStringLiteral("Asia/Shanghai");
    genesis.sealer = server.publicKey();
    for (const crypto::KeyPair &k : committee) {
        genesis.committee.push_back(k.publicKey());
    }
    genesis.quorum = 2;
}

ledger::Transaction makeTransaction(const Community &c, const crypto::KeyPair &author, quint64 sequence, const QString &note,
                                    int padding)
{
    ledger::TransactionBody body;
    body.kind = QStringLiteral("test.note");
    body.communityId = c.genesis.communityId;
    body.author = author.publicKey();
    body.sequence = sequence;
    body.payload = cbor::Value::fromMap({{QStringLiteral("note"), cbor::Value::fromText(note)},
                                         {QStringLiteral("pad"), cbor::Value::fromBytes(QByteArray(padding, 'x'))}});
    auto tx = ledger::Transaction::create(std::move(body), author);
    CY_ASSERT(tx.has_value());
    return std::move(*tx);
}

std::unique_ptr<store::Store> makeLedger(const QString &path, const Community &c, int blocks, int perBlock)
{
    auto store = store::Store::create(path, c.genesis, c.server, 1798761600000);
    if (!store) {
        qFatal("cannot create the test ledger: %s", qPrintable(store.error().message));
    }
    quint64 managerSeq = 0;
    quint64 kioskSeq = 0;
    for (int b = 0; b < blocks; ++b) {
        std::vector<ledger::Transaction> txs;
        for (int i = 0; i < perBlock; ++i) {
            const bool byManager = (b + i) % 2 == 0;
            txs.push_back(makeTransaction(c, byManager ? c.manager : c.kiosk, byManager ? ++managerSeq : ++kioskSeq,
                                          QStringLiteral("block %1 tx %2").arg(b).arg(i)));
        }
        auto sealed = (*store)->sealNext(txs, noState(), 1798761600000 + quint64(b + 1) * 1000, c.server);
        if (!sealed) {
            qFatal("cannot seal a test block: %s", qPrintable(sealed.error().message));
        }
    }
    return std::move(*store);
}

crypto::Digest noState()
{
    return crypto::sha256(QByteArrayView());
}

} // namespace courtyard::testing
