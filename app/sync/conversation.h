// courtyard/sync client: one short conversation with the server outside a SyncClient.
//
// Joining (fetch block 0) and enrolling (present a code) each need a few messages on a pinned TLS
// WebSocket and then nothing more. ServerConversation::run() connects, hands every message the
// server sends to the handler, and returns when the handler calls finish(), the connection fails
// or closes, or the time runs out. It blocks the calling thread with a local event loop.
//
// Errors: Io when the server cannot be reached, closes, or does not answer in time (the
// certificate not the pinned one included); Malformed when it sends what is not a message; else
// what the handler finished with.
// Thread-safety: one thread.
#pragma once

#include "app/sync/sync_client.h"

#include <functional>
#include <optional>

class QWebSocket;

namespace courtyard::syncclient {

class ServerConversation {
public:
    explicit ServerConversation(SyncOptions options) : m_options(std::move(options)) {}

    Result<void> run(int timeoutMs, const std::function<void(const sync::Message &)> &handler);
    void send(const sync::Message &message);
    void finish(Result<void> outcome);

    const SyncOptions &options() const { return m_options; }

private:
    SyncOptions m_options;
    QWebSocket *m_socket = nullptr;
    std::function<void()> m_quit;
    std::optional<Result<void>> m_outcome;
};

// Enrolling: a new device presents a manager's one-time code with its own new key. The device
// signs a device.enroll transaction (sequence 1, the code in canonical form) for the community
// the server names in its challenge, sends it in an Enroll message, and waits until the server
// answers that it is sealed. InvalidArgument when the server refuses it (the contract's code and
// reason in the message, e.g. an expired code), or when expectedCommunity is given and the server
// serves another community (nothing is sent then).
struct Enrollment {
    ledger::TxId transaction{};
    QByteArray communityId;
    quint64 height = 0;   // the block that holds it
    quint64 logIndex = 0;
    QString rejectionCode; // set when refused (with the error)
};
Result<Enrollment> enrollDevice(const SyncOptions &options, const crypto::KeyPair &deviceKey, const QString &code,
                                const std::optional<QByteArray> &expectedCommunity, int timeoutMs);

} // namespace courtyard::syncclient
