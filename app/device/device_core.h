// courtyard/device: a device's ledger, key and outbox, shared by its view models (kiosk and desk).
//
// DeviceCore owns what a device works on: the device ledger (node::Ledger over the Store), the
// contracts, the signing key (the kiosk's device key, or the person's own key on the desk) and,
// when there is a server, the SyncClient that keeps the ledger in step and sends the outbox. It is
// the only place that signs: submit() builds a transaction of that key, checks it with its
// contract against the local state (the stored state with this device's pending outbox
// transactions applied, at the time the next block would get) and writes it to the durable outbox
// before it returns; a refusal is a value and writes nothing. The local state is what the device shows and decides on: a payment it took or a
// wrong PIN it recorded counts at once, not only when the server has sealed it.
//
// Errors: Results fail for storage errors; a contract's refusal is a contracts::Rejection.
// Thread-safety: GUI thread, like the SyncClient.
#pragma once

#include "app/node/node.h"
#include "app/sync/sync_client.h"
#include "contracts/engine.h"
#include "core/crypto/crypto.h"

#include <QObject>

#include <functional>
#include <memory>

namespace courtyard::device {

struct Submitted {
    store::OutboxEntry entry;
    ledger::Transaction transaction;
};

class DeviceCore : public QObject {
    Q_OBJECT
public:
    // The registry must be the one the ledger was opened with.
    DeviceCore(std::unique_ptr<contracts::Registry> registry, std::unique_ptr<node::Ledger> ledger, crypto::KeyPair key,
              QObject *parent = nullptr);
    ~DeviceCore() override;

    // Reads the pending outbox into the local state. Call once after construction.
    Result<void> start();

    // The SyncClient that sends the outbox (none: the device stays offline, the outbox waits).
    // The core does not own it. Its blocks and answers refresh the local state.
    void setSyncClient(syncclient::SyncClient *client);
    syncclient::SyncClient *syncClient() const { return m_sync; }
    // The wall clock in ms since the epoch; tests set another.
    void setClock(std::function<quint64()> clock) { m_clock = std::move(clock); }
    quint64 now() const { return m_clock(); }

    node::Ledger &ledger() { return *m_ledger; }
    store::Store &store() { return m_ledger->store(); }
    const ledger::Genesis &genesis() const { return m_ledger->engine().genesis(); }
    const money::Currency &currency() const { return m_currency; }
    const crypto::KeyPair &key() const { return m_key; }

    // The stored state with this device's pending outbox transactions applied.
    const state::StateView &localState() const { return *m_local; }

    // Signs kind/payload with the device key, checks it against the local state and puts it in
    // the outbox (then asks the SyncClient to send it). A Rejection: nothing was written.
    // version: the kind's version (payment.bank signs version 2, contracts::kBankPaymentVersion).
    Result<contracts::Outcome<Submitted>> submit(const QString &kind, cbor::Value payload, quint32 version = 1);

    // What submit() would do, without signing anything into the outbox: kind/payload run through
    // its contract against the local state at the next block time (the desk's billing preview).
    // The transaction is signed in memory only (the contract reads its author) and forgotten.
    Result<contracts::Outcome<contracts::Effects>> preview(const QString &kind, cbor::Value payload) const;

    // Re-reads the outbox into the local state (after blocks, rejections, or another writer).
    Result<void> refresh();

Q_SIGNALS:
    // The local state changed: a block was applied, an outbox entry written, sealed or rejected.
    void ledgerChanged();

private:
    std::unique_ptr<contracts::Registry> m_registry; // outlives m_ledger
    std::unique_ptr<node::Ledger> m_ledger;
    crypto::KeyPair m_key;
    money::Currency m_currency;
    syncclient::SyncClient *m_sync = nullptr;
    std::function<quint64()> m_clock;
    state::StateDelta m_pending;
    std::unique_ptr<state::OverlayView> m_local;
};

} // namespace courtyard::device
