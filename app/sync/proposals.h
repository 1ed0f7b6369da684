// courtyard/sync client: proposals from a device — a transaction that collects the committee's
// signatures across desktops (app/server/proposals.h, docs/protocol.md "Proposals").
//
// Each call is one short conversation with the server (ServerConversation): it signs in with the
// given key, sends its request(s) and returns the server's answer. A refusal by the server (a
// non-member co-signing, a duplicate signature, a closed or expired proposal, ...) is a value:
// ProposalAnswer::refused() with the server's stable code and its reason. The Result fails only
// when the server cannot be reached or answers nonsense (Io, Malformed) or refuses the sign-in
// (InvalidArgument with the server's code in the message).
//
// Proposals are named by their transaction id, or by its first hex digits (at least 8) when those
// name one proposal among those the server lists.
//
// The calls below block the calling thread with a local event loop (the CLI's way); a desk that
// must stay responsive, and see what other members do as they do it, uses ProposalSession (at the
// end): one connection, requests (propose, cosign, decline) answered by signals, changes pushed by
// the server.
//
// Thread-safety: one thread.
#pragma once

#include "app/sync/conversation.h"

#include <QObject>

#include <functional>
#include <map>

class QWebSocket;

namespace courtyard::syncclient {

struct ProposalAnswer {
    quint64 serverNowMs = 0;                  // the server's clock when it answered
    std::vector<sync::ProposalInfo> proposals; // the list, or the one proposal acted on
    QString refusedCode;                       // empty when the request was served
    QString refusedReason;
    QStringList roles;                         // of the signed-in key, as the server told
    quint64 lastSequence = 0;                  // the key's highest sequence the server holds

    bool refused() const { return !refusedCode.isEmpty(); }
};

// The code of a refusal made on the device (the id names no proposal, or several).
inline constexpr char kAmbiguousId[] = "ambiguous-id";

// The open proposals and those closed in the last week.
Result<ProposalAnswer> listProposals(const SyncOptions &options, const crypto::KeyPair &key, int timeoutMs);

// How long a proposal made by proposeCosigned stays valid unless told otherwise: the server's
// default proposal expiry.
inline constexpr quint64 kDefaultProposalValidityMs = 14ull * 24 * 3600 * 1000;

// Proposes kind/kindVersion/payload as a co-signed transaction (ledger format 2) signed with
// key: it holds no sequence of key, so the author may seal other transactions while the
// committee signs. It is valid (may be sealed in a block whose time is) until validityMs
// (1 ms .. ledger::kMaxCosignedValidityMs, else InvalidArgument) after the later of the
// server's clock (asked first: one list request) and ledgerTimeMs, the latest block time the
// device knows (0: none) — block time never goes back, even when the server's clock is behind.
Result<ProposalAnswer> proposeCosigned(const SyncOptions &options, const crypto::KeyPair &key, const QString &kind, quint32 kindVersion,
                                       const cbor::Value &payload, const QString &note, quint64 ledgerTimeMs, int timeoutMs,
                                       quint64 validityMs = kDefaultProposalValidityMs);

// Proposes the transaction `make` builds and signs with key for the community the server
// serves, given the highest sequence of key the server holds (a format-1 transaction takes a
// higher one; it can be sealed only while its author seals nothing later — use proposeCosigned).
using ProposalBuilder = std::function<Result<ledger::Transaction>(const QByteArray &communityId, quint64 lastSequence)>;
Result<ProposalAnswer> proposeTransaction(const SyncOptions &options, const crypto::KeyPair &key, const ProposalBuilder &make,
                                          const QString &note, int timeoutMs);

// The committee member's signature that a Cosign carries: the transaction signature over the
// proposal's transaction body.
QByteArray cosignature(const ledger::Transaction &tx, const crypto::KeyPair &key);

// Co-signs, declines (with a reason) or withdraws (the author, reason may be empty) the proposal
// named by id (full id or at least 8 leading hex digits).
Result<ProposalAnswer> cosignProposal(const SyncOptions &options, const crypto::KeyPair &key, const QString &id, int timeoutMs);
Result<ProposalAnswer> declineProposal(const SyncOptions &options, const crypto::KeyPair &key, const QString &id,
                                       const QString &reason, int timeoutMs);
Result<ProposalAnswer> withdrawProposal(const SyncOptions &options, const crypto::KeyPair &key, const QString &id,
                                        const QString &reason, int timeoutMs);

// The proposal's transaction id (SHA-256 of its body), or nullopt when its bytes do not decode.
std::optional<ledger::TxId> proposalId(const sync::ProposalInfo &proposal);

} // namespace courtyard::syncclient

namespace courtyard::syncclient {

// A desk's open line to the server's proposals: signs in once with key, asks for the list with
// `watch` (the server then pushes every proposal that changes, as it is now) and sends cosign /
// decline without blocking: each request returns at once with its id and its answer comes as a
// signal. The connection is made again after a failure (options.initialBackoffMs doubled up to
// options.maxBackoffMs, when options.reconnect), and each sign-in lists again, so a list is never
// stale for longer than the connection is down.
//
// A request not answered within requestTimeoutMs is answered with an Io error and the connection
// is dropped and made again (its list then tells whether the request arrived). A connection that
// drops fails every request in flight the same way. A refusal of the sign-in (ErrorReply with id
// 0 before the Welcome: unknown key, wrong community, ...) stops the session: state Refused.
//
// Thread-safety: GUI thread (the thread that made it); key must outlive it.
class ProposalSession : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Live, Refused };

    ProposalSession(SyncOptions options, const crypto::KeyPair &key, int requestTimeoutMs, QObject *parent = nullptr);
    ~ProposalSession() override;

    // Connects now (again, when offline); does nothing while connecting or live.
    void start();
    void stop();
    State state() const { return m_state; }
    // Why the session is offline or refused, in words; empty while live.
    QString reason() const { return m_reason; }

    // Each sends one request when live and returns its id (> 0); 0 when not live (nothing sent).
    quint64 list();
    quint64 cosign(const ledger::Transaction &tx);
    quint64 decline(const ledger::TxId &txId, const QString &reason);
    // Proposes tx (authored and signed by this session's key) with a note; answered like
    // cosign(): the proposal as the server holds it, or its refusal.
    quint64 propose(const ledger::Transaction &tx, const QString &note);
    // The server's clock as its last list, push or answer told it (0 before the first): what a
    // co-signed transaction's validity counts from (proposeCosigned).
    quint64 serverNowMs() const { return m_serverNowMs; }

Q_SIGNALS:
    void stateChanged();
    // The whole list: the answer to list() and the one asked at each sign-in (requestId 0 then).
    void listed(quint64 requestId, const syncclient::ProposalAnswer &answer);
    // Proposals that changed, pushed by the server.
    void pushed(const std::vector<sync::ProposalInfo> &changed, quint64 serverNowMs);
    // The answer to cosign() / decline() (a refusal is a value: answer.refused()).
    void answered(quint64 requestId, const syncclient::ProposalAnswer &answer);
    // No answer to cosign() / decline() will come (timeout, connection lost), in words.
    void unanswered(quint64 requestId, const QString &why);
    // A request as it goes on the wire: "proposals?", "cosign", "decline", "propose".
    void sent(quint64 requestId, const QString &type);

private:
    void connectNow();
    void drop(const QString &why, bool retry);
    void received(const QByteArray &bytes);
    quint64 send(const std::function<sync::Message(quint64 id)> &make, const QString &type, bool isList);
    void setState(State state, const QString &reason);

    SyncOptions m_options;
    const crypto::KeyPair &m_key;
    int m_requestTimeoutMs;
    QWebSocket *m_socket = nullptr;
    State m_state = State::Offline;
    QString m_reason;
    quint64 m_nextId = 1;
    quint64 m_signInList = 0; // the list asked at sign-in
    std::map<quint64, bool> m_pending; // request id -> is a list
    int m_backoffMs = 0;
    bool m_stopped = true;
    quint64 m_generation = 0; // connections made, so that a retry timer of an old one does nothing
    ProposalAnswer m_welcome; // roles and last sequence of this sign-in
    quint64 m_serverNowMs = 0;
};

} // namespace courtyard::syncclient
