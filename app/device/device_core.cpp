#include "app/device/device_core.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace courtyard::device {

Q_LOGGING_CATEGORY(lcDevice, "courtyard.device")

DeviceCore::DeviceCore(std::unique_ptr<contracts::Registry> registry, std::unique_ptr<node::Ledger> ledger, crypto::KeyPair key,
                     QObject *parent)
    : QObject(parent),
      m_registry(std::move(registry)),
      m_ledger(std::move(ledger)),
      m_key(std::move(key)),
      m_currency(*money::currencyByCode(u"CNY")),
      m_clock([] { return quint64(QDateTime::currentMSecsSinceEpoch()); }),
      m_local(std::make_unique<state::OverlayView>(m_ledger->store().state(), m_pending))
{
    if (auto currency = money::currencyByCode(genesis().currency)) {
        m_currency = *currency;
    }
}

DeviceCore::~DeviceCore() = default;

Result<void> DeviceCore::start()
{
    return refresh();
}

void DeviceCore::setSyncClient(syncclient::SyncClient *client)
{
    m_sync = client;
    if (!client) {
        return;
    }
    const auto changed = [this] {
        if (auto ok = refresh(); !ok) {
            qCWarning(lcDevice) << "cannot read the outbox:" << ok.error().message;
        }
        Q_EMIT ledgerChanged();
    };
    connect(client, &syncclient::SyncClient::blockApplied, this, changed);
    connect(client, &syncclient::SyncClient::transactionRejected, this, changed);
}

Result<void> DeviceCore::refresh()
{
    CY_TRY(const std::vector<store::OutboxEntry> waiting, store().outbox(store::OutboxState::Pending));
    state::StateDelta pending;
    if (!waiting.empty()) {
        // Each at the time it was written (never before the ledger's last block, never back):
        // the time its block will about have. Re-applied later, a wrong PIN recorded offline
        // still locks from when it was typed, not from now.
        CY_TRY(quint64 blockTime, store().nextBlockTime(0));
        for (const store::OutboxEntry &entry : waiting) {
            auto tx = ledger::Transaction::decode(entry.bytes);
            if (!tx) {
                continue;
            }
            blockTime = std::max(blockTime, entry.createdMs);
            const state::OverlayView view(store().state(), pending);
            auto effects = m_ledger->engine().apply(view, *tx, blockTime, contracts::Engine::Signatures::AlreadyVerified);
            if (effects) {
                pending.merge(effects->delta);
            }
            // A waiting transaction its contract refuses now is the server's to answer.
        }
    }
    m_pending = std::move(pending);
    return {};
}

Result<contracts::Outcome<contracts::Effects>> DeviceCore::preview(const QString &kind, cbor::Value payload) const
{
    CY_TRY(const quint64 blockTime, m_ledger->store().nextBlockTime(now()));
    CY_TRY(const quint64 sealed, m_ledger->store().lastSealedSequence(m_key.publicKey()));
    ledger::TransactionBody body;
    body.kind = kind;
    body.communityId = genesis().communityId;
    body.author = m_key.publicKey();
    body.sequence = sealed + 1;
    body.payload = std::move(payload);
    CY_TRY(const ledger::Transaction tx, ledger::Transaction::create(std::move(body), m_key));
    return m_ledger->engine().apply(*m_local, tx, blockTime, contracts::Engine::Signatures::AlreadyVerified);
}

Result<contracts::Outcome<Submitted>> DeviceCore::submit(const QString &kind, cbor::Value payload, quint32 version)
{
    const quint64 at = now();
    CY_TRY(const quint64 blockTime, store().nextBlockTime(at));
    std::optional<contracts::Rejection> rejection;
    std::optional<ledger::Transaction> signedTx;
    std::optional<contracts::Effects> effects;
    auto entry = store().enqueue(m_key.publicKey(), at, [&](quint64 sequence) -> Result<ledger::Transaction> {
        ledger::TransactionBody body;
        body.kind = kind;
        body.kindVersion = version;
        body.communityId = genesis().communityId;
        body.author = m_key.publicKey();
        body.sequence = sequence;
        body.payload = payload;
        CY_TRY(ledger::Transaction tx, ledger::Transaction::create(std::move(body), m_key));
        auto checked = m_ledger->engine().apply(*m_local, tx, blockTime, contracts::Engine::Signatures::AlreadyVerified);
        if (!checked) {
            rejection = checked.error();
            return fail(ErrorCode::InvalidArgument, checked.error().message);
        }
        effects = std::move(*checked);
        signedTx = tx;
        return tx;
    });
    if (rejection) {
        return contracts::Outcome<Submitted>(tl::unexpected(*rejection));
    }
    if (!entry) {
        return fail(entry.error());
    }
    m_pending.merge(effects->delta);
    if (m_sync) {
        m_sync->submitPending();
    }
    Q_EMIT ledgerChanged();
    return contracts::Outcome<Submitted>(Submitted{std::move(*entry), std::move(*signedTx)});
}

} // namespace courtyard::device
