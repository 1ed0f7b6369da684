// courtyard/server: one device's conversation with the server, without any transport.
//
// A Session is created when a device connects. challenge() is the first message to send; every
// message the device sends goes through receive(), which returns what to send back and whether
// to close the connection. The transport (server.h: WebSockets) only moves bytes, and tests can
// drive a Session directly.
//
// Until the device signs in (Auth with a key that holds a role in the ledger, signed over
// sync::authMessage with this session's nonce and channel binding), every other request but a
// status request (the health numbers, no secrets) is refused and the connection closed. A message that is not a message of the protocol closes the
// connection; a device that sends faster than its rate allows gets "rate-limited" answers
// instead of service, and is disconnected when it keeps on.
//
// Thread-safety: a Session and its Sequencer are used from one thread.
#pragma once

#include "app/server/sequencer.h"

#include <functional>
#include <optional>

namespace courtyard::server {

class ProposalBook;

struct SessionLimits {
    double messagesPerSecond = 100; // sustained
    double burst = 400;             // at once
    int rateStrikes = 50;           // refused messages in a row before disconnecting
};

// Numbers of the whole server a session answers a status request with.
struct ServerNumbers {
    quint64 devices = 0;
};

class Session {
public:
    Session(Sequencer &sequencer, QByteArray nonce, const crypto::Digest &channel, SessionLimits limits = {},
            std::function<ServerNumbers()> numbers = {});

    QByteArray challenge() const;

    struct Reply {
        std::vector<QByteArray> messages; // to send, in order
        bool close = false;               // after sending them
        // A submission answered Accepted: the caller sends its Sealed answer (with this
        // request id) when the block that holds it is sealed.
        std::optional<std::pair<ledger::TxId, quint64>> awaitingSeal;
        bool sealNow = false; // the next block is full: seal before accepting more
        // Proposals this message changed: the caller pushes them to the devices watching.
        std::vector<ledger::TxId> proposalsChanged;
    };
    Reply receive(QByteArrayView bytes, quint64 nowMs);

    bool signedIn() const { return m_key.has_value(); }
    bool subscribed() const { return m_subscribed; }
    const std::optional<crypto::PublicKey> &key() const { return m_key; }
    // The server's proposals (proposals.h); none: proposal messages are answered "unavailable".
    void setProposals(ProposalBook *book) { m_proposals = book; }
    bool watchingProposals() const { return m_watchingProposals; }

private:
    Reply refuse(quint64 id, const char *code, const QString &reason, bool close);
    bool takeToken(quint64 nowMs);
    Reply handle(const sync::Message &message, quint64 nowMs);
    Reply handleEnroll(const sync::Enroll &enroll, quint64 nowMs);

    Sequencer &m_sequencer;
    QByteArray m_nonce;
    crypto::Digest m_channel;
    SessionLimits m_limits;
    std::function<ServerNumbers()> m_numbers;
    std::optional<crypto::PublicKey> m_key;
    bool m_subscribed = false;
    ProposalBook *m_proposals = nullptr;
    bool m_watchingProposals = false;
    double m_tokens = 0;
    quint64 m_lastRefillMs = 0;
    int m_strikes = 0;
};

} // namespace courtyard::server
