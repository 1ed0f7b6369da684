// courtyard/sync: the messages devices and the community server exchange.
//
// Every message is one canonical CBOR map (core/codec) with the protocol version "v" and the
// message type "t", sent as one binary WebSocket message (or any other framing that keeps
// message boundaries: the protocol does not depend on the transport). decode() is strict: an
// unknown version or type, a missing, unknown or mistyped field, a non-canonical encoding or a
// message larger than the limit is refused with a reason, and the peer that sent it is
// disconnected by the caller. docs/protocol.md describes each message and the conversation.
//
// Who speaks first: the server, with a Challenge. The device answers with Auth (an enrolled key)
// or Enroll (a one-time enrollment code and a new key); both sign authMessage(). Then the device
// sends requests that carry an id of its choosing, and every answer repeats that id; pushed
// blocks (Pushed) carry none.
//
// Thread-safety: plain value types and functions.
#pragma once

#include "core/base/result.h"
#include "core/crypto/crypto.h"
#include "core/ledger/transaction.h"
#include "core/merkle/merkle_log.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace courtyard::sync {

inline constexpr quint64 kProtocolVersion = 1;
inline constexpr qsizetype kNonceSize = 32;
// The largest message either side accepts (a batch of blocks is cut to fit).
inline constexpr qsizetype kMaxMessageSize = 4 * 1024 * 1024;
// The most blocks one Blocks answer carries, and the most a Fetch may ask for.
inline constexpr quint64 kMaxBlocksPerBatch = 256;

// Server -> device, first message of every connection.
struct Challenge {
    QByteArray communityId;   // the genesis community id
    QByteArray nonce;         // kNonceSize random bytes, fresh per connection
    quint64 height = 0;       // the server's last sealed block
    QString server;           // e.g. "courtyardd 0.1", for logs only
    friend bool operator==(const Challenge &, const Challenge &) = default;
};

// Device -> server: sign in with an enrolled key.
struct Auth {
    crypto::PublicKey key;
    QByteArray signature; // over authMessage(community, nonce, channel, key)
    friend bool operator==(const Auth &, const Auth &) = default;
};

// Device -> server: become a device of the community with a one-time code from a manager. The
// transaction is the device's device.enroll (contracts/devices.h), authored and signed by key
// with sequence 1, carrying the code; the server submits it like any other and answers with a
// Welcome (enrolled, no roles yet) and, when it is sealed, a TxStatus with this id.
struct Enroll {
    quint64 id = 0;
    crypto::PublicKey key;
    QByteArray signature;   // over authMessage(...) like Auth: proves the device holds the key
    QByteArray transaction; // canonical encoding of the signed device.enroll
    friend bool operator==(const Enroll &, const Enroll &) = default;
};

// Server -> device: signed in.
struct Welcome {
    crypto::PublicKey key;
    QStringList roles;        // the roles the ledger grants this key, sorted (may be empty)
    quint64 height = 0;       // the server's last sealed block
    quint64 lastSequence = 0; // the highest sequence of this key's transactions the server holds
    bool enrolled = false;    // true when this answers an Enroll: the key awaits its grant
    friend bool operator==(const Welcome &, const Welcome &) = default;
};

// Device -> server: submit one signed transaction (its canonical encoding).
struct Submit {
    quint64 id = 0;
    QByteArray transaction;
    friend bool operator==(const Submit &, const Submit &) = default;
};

// Server -> device: the fate of a submitted transaction. Accepted comes first (it will be in
// the next block), then Sealed with its place; or Rejected with a stable code and a reason.
// The same transaction submitted again gets its current answer again.
struct TxStatus {
    enum class State { Accepted, Rejected, Sealed };
    quint64 id = 0;
    ledger::TxId txId{};
    State state = State::Accepted;
    QString code;   // Rejected only
    QString reason; // Rejected only
    quint64 height = 0;   // Sealed only
    quint64 logIndex = 0; // Sealed only
    friend bool operator==(const TxStatus &, const TxStatus &) = default;
};

// Device -> server: blocks from height `from` on, at most `max` (1..kMaxBlocksPerBatch). The
// device asks for the next batch when it has verified this one: that is the backpressure.
struct Fetch {
    quint64 id = 0;
    quint64 from = 0;
    quint64 max = 0;
    friend bool operator==(const Fetch &, const Fetch &) = default;
};

// One sealed block as it travels: the header bytes and signatures as sealed, and the canonical
// encoding of each transaction in log order.
struct BlockData {
    QByteArray header;
    QByteArray signature;
    QByteArray checkpointSignature;
    std::vector<QByteArray> transactions;
    friend bool operator==(const BlockData &, const BlockData &) = default;
};

// Server -> device: the answer to a Fetch. Empty when from is past the tip.
struct Blocks {
    quint64 id = 0;
    std::vector<BlockData> blocks;
    quint64 tip = 0; // the server's last sealed block when answering
    friend bool operator==(const Blocks &, const Blocks &) = default;
};

// Device -> server: push every block sealed from now on. Blocks sealed before the subscription
// are fetched; a device that sees a gap in the pushed heights fetches the missing ones.
struct Subscribe {
    quint64 id = 0;
    friend bool operator==(const Subscribe &, const Subscribe &) = default;
};

// Server -> device: a block just sealed, for subscribed devices.
struct Pushed {
    BlockData block;
    friend bool operator==(const Pushed &, const Pushed &) = default;
};

// Device -> server: proofs, checked by the device against checkpoints it verified itself.
struct InclusionRequest {
    quint64 id = 0;
    quint64 logIndex = 0;
    quint64 treeSize = 0;
    friend bool operator==(const InclusionRequest &, const InclusionRequest &) = default;
};
struct ConsistencyRequest {
    quint64 id = 0;
    quint64 from = 0; // tree sizes, 1 <= from <= to
    quint64 to = 0;
    friend bool operator==(const ConsistencyRequest &, const ConsistencyRequest &) = default;
};
struct Proof {
    quint64 id = 0;
    std::vector<merkle::Hash> hashes;
    friend bool operator==(const Proof &, const Proof &) = default;
};

// Device -> server, and the answer: the /health numbers.
struct StatusRequest {
    quint64 id = 0;
    friend bool operator==(const StatusRequest &, const StatusRequest &) = default;
};
struct Status {
    quint64 id = 0;
    quint64 height = 0;
    quint64 logSize = 0;
    quint64 devices = 0; // connected and signed in
    quint64 pending = 0; // accepted, waiting for the next block
    friend bool operator==(const Status &, const Status &) = default;
};

// Either side: a request that cannot be served (id of the request) or a refusal of the
// connection (id 0, then the connection closes). code is stable, reason is for people.
struct ErrorReply {
    quint64 id = 0;
    QString code;
    QString reason;
    friend bool operator==(const ErrorReply &, const ErrorReply &) = default;
};

// --- Proposals: a transaction that collects its co-signatures across devices ------------------
//
// A proposal is a transaction signed by its author (a manager or committee member) that needs
// more signatures than its author's before its contract accepts it (spending at or above a
// threshold, governance, budgets, the fund). The server keeps it off the ledger until enough
// committee members have co-signed it, then submits it like any other transaction.

// A co-signature or a decline, as the server recorded it.
struct ProposalSigner {
    crypto::PublicKey key;
    quint64 atMs = 0; // the server's clock when it was recorded
    friend bool operator==(const ProposalSigner &, const ProposalSigner &) = default;
};
struct ProposalDecline {
    crypto::PublicKey key;
    QString reason;
    quint64 atMs = 0;
    friend bool operator==(const ProposalDecline &, const ProposalDecline &) = default;
};

// One proposal as the server holds it.
struct ProposalInfo {
    enum class State {
        Open,      // collecting signatures
        Submitted, // enough signatures: submitted, waiting for its block
        Sealed,    // in block `height` at log index `logIndex`
        Withdrawn, // by its author
        Expired,   // not signed in time
        Refused,   // its contract refused it when it was submitted (`code`, `reason`)
    };
    QByteArray transaction;               // the transaction with every signature so far
    QString note;                         // the author's words for the committee
    quint64 createdMs = 0;
    quint64 expiresMs = 0;
    State state = State::Open;
    quint64 closedMs = 0;                 // when it left Open (0 while open)
    std::vector<ProposalSigner> signers;  // co-signatures in the order they came (the author excluded)
    std::vector<ProposalDecline> declines;
    quint64 height = 0;                   // Sealed
    quint64 logIndex = 0;                 // Sealed
    QString code;                         // Refused
    QString reason;                       // Refused, Withdrawn (the author's reason, may be empty)
    friend bool operator==(const ProposalInfo &, const ProposalInfo &) = default;
};
QString proposalStateName(ProposalInfo::State state);

// Device -> server: keep this transaction (signed by its author, who is the signed-in key) as a
// proposal. Answered with Proposals holding it, or an ErrorReply.
struct Propose {
    quint64 id = 0;
    QByteArray transaction;
    QString note;
    friend bool operator==(const Propose &, const Propose &) = default;
};

// Device -> server: the proposals open now and those closed recently; with watch, every later
// change is pushed (a Proposals with id 0 holding the proposals that changed).
struct ProposalsRequest {
    quint64 id = 0;
    bool watch = false;
    friend bool operator==(const ProposalsRequest &, const ProposalsRequest &) = default;
};

// Server -> device: proposals (an answer, or a push with id 0).
struct Proposals {
    quint64 id = 0;
    quint64 nowMs = 0; // the server's clock, so that ages are told without trusting the device's
    std::vector<ProposalInfo> proposals;
    friend bool operator==(const Proposals &, const Proposals &) = default;
};

// Device -> server: the signed-in committee member's signature on a proposal's transaction: the
// transaction signature (Ed25519 over ledger::Transaction::signingMessage of the body whose
// SHA-256 is txid), exactly what goes into the transaction's signature list.
struct Cosign {
    quint64 id = 0;
    ledger::TxId txId{};
    QByteArray signature;
    friend bool operator==(const Cosign &, const Cosign &) = default;
};

// Device -> server: the signed-in committee member declines, with a reason that stays on record.
struct Decline {
    quint64 id = 0;
    ledger::TxId txId{};
    QString reason;
    friend bool operator==(const Decline &, const Decline &) = default;
};

// Device -> server: the author withdraws an open proposal.
struct Withdraw {
    quint64 id = 0;
    ledger::TxId txId{};
    QString reason;
    friend bool operator==(const Withdraw &, const Withdraw &) = default;
};

using Message = std::variant<Challenge, Auth, Enroll, Welcome, Submit, TxStatus, Fetch, Blocks, Subscribe, Pushed,
                             InclusionRequest, ConsistencyRequest, Proof, StatusRequest, Status, ErrorReply, Propose,
                             ProposalsRequest, Proposals, Cosign, Decline, Withdraw>;

// The most proposals one Proposals message carries.
inline constexpr qsizetype kMaxProposalsPerMessage = 256;

// A proposal's canonical CBOR map, as in a Proposals message (the server stores the same bytes).
QByteArray encodeProposal(const ProposalInfo &proposal);
Result<ProposalInfo> decodeProposal(QByteArrayView bytes);

// The "t" of each message, e.g. "challenge".
QString typeName(const Message &message);

QByteArray encode(const Message &message);
// Strict decoding (see the file comment). LimitExceeded when larger than maxSize.
Result<Message> decode(QByteArrayView bytes, qsizetype maxSize = kMaxMessageSize);

// The bytes a device signs to prove it holds key: a domain string, the community, the
// server's nonce, the channel binding (SHA-256 of the server's TLS certificate as the device
// pinned it, so that a signature cannot be relayed to another server) and the key itself.
QByteArray authMessage(QByteArrayView communityId, QByteArrayView nonce, const crypto::Digest &channel,
                       const crypto::PublicKey &key);

// A server certificate's SHA-256 fingerprint as people compare it ("10:8a:22:..."), and its
// parser (colons optional, either case).
QString fingerprintText(const crypto::Digest &fingerprint);
Result<crypto::Digest> parseFingerprint(const QString &text);

// Stable error codes of ErrorReply.
namespace errors {
inline constexpr char kMalformed[] = "malformed";               // not a message of this protocol
inline constexpr char kVersion[] = "unsupported-version";
inline constexpr char kNotSignedIn[] = "not-signed-in";         // a request before Auth
inline constexpr char kUnknownKey[] = "unknown-key";            // no role in this community
inline constexpr char kRevoked[] = "revoked";                   // the key's roles were revoked
inline constexpr char kBadSignature[] = "bad-signature";
inline constexpr char kWrongCommunity[] = "wrong-community";
inline constexpr char kBadCode[] = "bad-enrollment-code";       // unknown, used or expired
inline constexpr char kRateLimited[] = "rate-limited";
inline constexpr char kTooLarge[] = "too-large";
inline constexpr char kNotFound[] = "not-found";
inline constexpr char kInvalidRequest[] = "invalid-request";
inline constexpr char kUnavailable[] = "unavailable";           // the server cannot serve now (storage)
inline constexpr char kEvidence[] = "cloned-key";               // same (author, sequence), another tx
// Proposals (docs/protocol.md, "Proposals").
inline constexpr char kNotAuthorized[] = "not-authorized";      // the key's role may not do this
inline constexpr char kNotMember[] = "not-a-member";            // cosign/decline by a key outside the committee
inline constexpr char kNotAuthor[] = "not-author";              // propose/withdraw by another key than the author
inline constexpr char kAlreadySigned[] = "already-signed";      // this key's signature is already on it
inline constexpr char kAlreadyDeclined[] = "already-declined";
inline constexpr char kDuplicateProposal[] = "duplicate-proposal"; // this transaction was proposed before
inline constexpr char kProposalClosed[] = "proposal-closed";    // sealed, submitted, withdrawn, expired or refused
inline constexpr char kExpired[] = "expired";                   // open past its expiry
inline constexpr char kMalformedTransaction[] = "malformed-transaction";
} // namespace errors

} // namespace courtyard::sync
