#include "app/cli/demo.h"

#include "core/ledger/genesis.h"

#include <QMap>

#include <random>

namespace courtyard::cli {

namespace {

crypto::KeyPair keyFromSeed(quint64 seed, const char *role, int index)
{
    // Demo keys are derived, never random, so every machine builds the same demo ledger.
    const QByteArray material = QByteArray("courtyard demo key ") + role + ' ' + QByteArray::number(index) + ' ' + QByteArray::number(seed);
    const crypto::Digest d = crypto::sha256(material);
    auto key = crypto::KeyPair::fromSeed(crypto::toByteArray(d));
    CY_ASSERT(key.has_value());
    return std::move(*key);
}

const char *const kUnits[] = {"1-0101", "1-0102", "1-0201", "1-0202", "2-0301", "2-0302", "2-1201", "12-0301", "12-0302", "12-1502"};
const char *const kRepairCategories[] = {"plumbing", "electrical", "elevator", "roof", "doors-and-locks", "common-area"};

cbor::Value demoPayload(std::mt19937_64 &rng, const QString &kind, const QString &currency)
{
    const QString unit = QString::fromLatin1(kUnits[rng() % std::size(kUnits)]);
    if (kind == QLatin1String("payment.kiosk") || kind == QLatin1String("payment.cash")) {
        // Rent and fees between 300.00 and 6,000.00, in minor units.
        const qint64 amount = 30000 + qint64(rng() % 570001);
        return cbor::Value::fromMap({
            {QStringLiteral("unit"), cbor::Value::fromText(unit)},
            {QStringLiteral("amount"), cbor::Value::fromInt(amount)},
            {QStringLiteral("currency"), cbor::Value::fromText(currency)},
            {QStringLiteral("reference"), cbor::Value::fromText(QStringLiteral("T%1").arg(rng() % 100000000, 8, 10, QLatin1Char('0')))},
        });
    }
    return cbor::Value::fromMap({
        {QStringLiteral("unit"), cbor::Value::fromText(unit)},
        {QStringLiteral("category"), cbor::Value::fromText(QString::fromLatin1(kRepairCategories[rng() % std::size(kRepairCategories)]))},
        {QStringLiteral("urgency"), cbor::Value::fromUnsigned(rng() % 3)},
    });
}

} // namespace

DemoKeys demoKeys(quint64 seed)
{
    DemoKeys keys{keyFromSeed(seed, "server", 0), {}, keyFromSeed(seed, "manager", 0), {}};
    for (int i = 0; i < 3; ++i) {
        keys.committee.push_back(keyFromSeed(seed, "committee", i));
    }
    for (int i = 0; i < 2; ++i) {
        keys.kiosks.push_back(keyFromSeed(seed, "kiosk", i));
    }
    return keys;
}

Result<DemoResult> buildDemoCommunity(const DemoOptions &options, const DemoKeys &keys)
{
    if (options.transactions < 0 || options.blockSize < 1) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the demo needs a transaction count >= 0 and a block size >= 1"));
    }
    std::mt19937_64 rng(options.seed);
    ledger::Genesis genesis;
    const crypto::Digest idSeed = crypto::sha256(QByteArray("courtyard demo community ") + QByteArray::number(options.seed));
    genesis.communityId = crypto::toByteArray(idSeed).left(ledger::kCommunityIdSize);
    genesis.name = QStringLiteral("Courtyard Demo Gardens");
    genesis.currency = QStringLiteral("CNY");
    genesis.timeZone = QStringLiteral("Asia/Shanghai");
    genesis.sealer = keys.server.publicKey();
    for (const crypto::KeyPair &k : keys.committee) {
        genesis.committee.push_back(k.publicKey());
    }
    genesis.quorum = 2;

    DemoResult result;
    CY_TRY(result.store, store::Store::create(options.ledgerPath, genesis, keys.server, options.startTimeMs));
    store::Store &store = *result.store;

    std::vector<const crypto::KeyPair *> authors{&keys.manager};
    for (const crypto::KeyPair &k : keys.kiosks) {
        authors.push_back(&k);
    }
    std::vector<quint64> sequences(authors.size(), 0);
    quint64 time = options.startTimeMs;
    std::vector<ledger::Transaction> pending;
    int made = 0;
    while (made < options.transactions) {
        const std::size_t a = rng() % authors.size();
        const crypto::KeyPair &author = *authors[a];
        QString kind;
        if (a == 0) {
            kind = (rng() % 4 == 0) ? QStringLiteral("repair.request") : QStringLiteral("payment.cash");
        } else {
            kind = (rng() % 5 == 0) ? QStringLiteral("repair.request") : QStringLiteral("payment.kiosk");
        }
        const cbor::Value payload = demoPayload(rng, kind, genesis.currency);
        time += 1000 + rng() % 600000; // activity spread over the weeks
        const auto build = [&](quint64 sequence) {
            ledger::TransactionBody body;
            body.kind = kind;
            body.communityId = genesis.communityId;
            body.author = author.publicKey();
            body.sequence = sequence;
            body.payload = payload;
            return ledger::Transaction::create(std::move(body), author);
        };
        if (options.viaOutbox) {
            std::optional<ledger::Transaction> signedTx;
            CY_TRY(const store::OutboxEntry entry, store.enqueue(author.publicKey(), time, [&](quint64 sequence) {
                auto tx = build(sequence);
                if (tx) {
                    signedTx = *tx;
                }
                return tx;
            }));
            Q_UNUSED(entry);
            pending.push_back(std::move(*signedTx));
        } else {
            CY_TRY(ledger::Transaction tx, build(++sequences[a]));
            pending.push_back(std::move(tx));
        }
        result.kinds[kind] += 1;
        ++made;
        if (int(pending.size()) == options.blockSize || made == options.transactions) {
            // The state root is a fixed placeholder until the contracts compute state.
            CY_TRY(const ledger::SealedBlock sealed, store.sealNext(pending, crypto::sha256(QByteArrayView()), time, keys.server));
            Q_UNUSED(sealed);
            pending.clear();
            if (options.progress) {
                options.progress(made, options.transactions);
            }
        }
    }
    result.blocks = store.blockCount();
    result.transactions = quint64(made); // besides genesis
    return result;
}

} // namespace courtyard::cli
