// courtyard/ledger: transactions, genesis, blocks and checkpoints — the shapes of the ledger.
//
// A transaction is a signed envelope around a canonical CBOR body (kind, kind version,
// community id, author key, per-author sequence, payload). Its identity is SHA-256 of the body
// bytes; every signature is over a domain-separation prefix followed by exactly those body
// bytes, and the envelope stores those bytes verbatim. The whole envelope is what the Merkle
// log commits to, so signatures are covered by the log as well.
//
// Wire form (canonical CBOR):  [ body: bstr, signatures: [ [key: bstr .size 32, sig: bstr .size 64], ... ] ]
// with signatures sorted by key bytes, one per key, and the body a canonical map, one of
//   format 1: { "author": bstr32, "community": bstr16, "kind": tstr, "kv": uint, "payload": any, "seq": uint, "v": 1 }
//   format 2: { "author": bstr32, "community": bstr16, "kind": tstr, "kv": uint, "payload": any, "until": uint, "v": 2 }
// Format 2 is the co-signed transaction (a committee proposal): it is outside its author's
// sequence lane, so that the author may go on sealing other transactions while the committee
// signs; it is sealed at most once (its id) and only in a block whose time is at most "until"
// (ms since the epoch). The rules that make that safe (quorum, expiry, the longest validity) are
// the contracts engine's (contracts/engine.h); docs/formats.md says why.
//
// Errors: decode() returns Malformed / NotCanonical / BadKey / Unsupported with the reason.
// Thread-safety: Transaction is an immutable value after construction; KeyCache is not
// thread-safe (use one per thread).
#pragma once

#include "core/base/result.h"
#include "core/codec/cbor.h"
#include "core/crypto/crypto.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

namespace courtyard::ledger {

inline constexpr int kTransactionFormatVersion = 1;   // in the author's sequence lane
inline constexpr int kCosignedFormatVersion = 2;      // co-signed: no sequence, valid until a block time
inline constexpr qsizetype kCommunityIdSize = 16;
inline constexpr qsizetype kMaxTransactionSize = 64 * 1024;
inline constexpr int kMaxSignatures = 16;
inline constexpr qsizetype kMaxKindLength = 64;
// The longest a co-signed transaction may stay valid: its validUntilMs is at most this after
// the time of the block that seals it (the longest proposal expiry a server allows, 366 days).
// So an id can be sealed only within this window before its validUntilMs, and checking that a
// co-signed transaction is sealed once needs only the ids of those whose validUntilMs has not
// passed. The contracts engine refuses the others ("valid-until-too-far"), the verifier too.
inline constexpr quint64 kMaxCosignedValidityMs = 366ull * 24 * 3600 * 1000;

using TxId = crypto::Digest;

// Memoises PublicKey::fromBytes, whose subgroup check costs about as much as a signature check;
// a ledger has few distinct keys and many transactions.
class KeyCache {
public:
    Result<crypto::PublicKey> get(QByteArrayView bytes);

private:
    struct Hash {
        std::size_t operator()(const std::array<quint8, crypto::kPublicKeySize> &k) const noexcept;
    };
    // Keyed by the raw bytes, so a lookup allocates nothing.
    std::unordered_map<std::array<quint8, crypto::kPublicKeySize>, crypto::PublicKey, Hash> m_valid;
};

struct TransactionBody {
    QString kind;
    quint32 kindVersion = 1;
    QByteArray communityId; // kCommunityIdSize bytes
    crypto::PublicKey author;
    quint64 sequence = 0; // per author, starting at 1; 0 (none) in a co-signed transaction
    cbor::Value payload;
    // Non-zero only in a co-signed transaction (format 2): the latest block time, in ms since the
    // epoch, at which it may be sealed.
    quint64 validUntilMs = 0;

    bool isCosigned() const { return validUntilMs != 0; }
    int format() const { return isCosigned() ? kCosignedFormatVersion : kTransactionFormatVersion; }
    cbor::Value toCbor() const;
    QByteArray encode() const { return toCbor().encode(); }
};

// Whether Transaction::decode builds the payload's cbor::Value. Checking a whole ledger reads
// every transaction but no payload except genesis's, and building Values is most of decoding.
enum class PayloadDecoding {
    Full,         // body().payload holds the payload
    ValidateOnly, // the payload is checked like the rest but body().payload stays null
};

struct TransactionSignature {
    crypto::PublicKey key;
    QByteArray signature; // 64 bytes
};

class Transaction {
public:
    // Builds and signs a transaction by its author. InvalidArgument when the body is not valid
    // (empty or over-long kind, wrong community id size, sequence 0 in format 1 or a sequence
    // with validUntilMs in format 2, too large).
    static Result<Transaction> create(TransactionBody body, const crypto::KeyPair &author);

    // Strict decode of the exact envelope bytes. Checks shape, canonical form and keys but not
    // signatures (see verifySignatures), so that verification can run in parallel. Accepts and
    // refuses the same bytes, with the same errors, whatever payload says.
    static Result<Transaction> decode(QByteArrayView bytes, KeyCache *keys = nullptr,
                                      PayloadDecoding payload = PayloadDecoding::Full);
    // decode() without its fast path for the fixed layout: for tests and fuzzing, which check
    // that both accept the same bytes and build the same transaction.
    static Result<Transaction> decodeGeneric(QByteArrayView bytes, KeyCache *keys = nullptr,
                                             PayloadDecoding payload = PayloadDecoding::Full);

    // A copy with one more signature (co-signers such as the committee). Conflict if that key
    // already signed.
    Result<Transaction> withSignature(const crypto::KeyPair &signer) const;

    const QByteArray &bytes() const { return m_bytes; }
    const QByteArray &bodyBytes() const { return m_bodyBytes; }
    const TxId &id() const { return m_id; }
    const TransactionBody &body() const { return m_body; }
    // The payload's canonical encoding inside bodyBytes(), decoded or not.
    QByteArrayView payloadBytes() const { return QByteArrayView(m_bodyBytes).sliced(m_payloadStart, m_payloadSize); }
    // False after decode(..., PayloadDecoding::ValidateOnly): body().payload is then null.
    bool isPayloadDecoded() const { return m_payloadDecoded; }
    const std::vector<TransactionSignature> &signatures() const { return m_signatures; }
    bool isSignedBy(const crypto::PublicKey &key) const;

    // BadSignature naming the key whose signature fails; Integrity when the author did not sign.
    Result<void> verifySignatures() const;

    // The exact message every signature covers: prefix || body bytes.
    static QByteArray signingMessage(QByteArrayView bodyBytes);

private:
    Transaction() = default;
    static Result<Transaction> assemble(TransactionBody body, QByteArray bodyBytes,
                                        std::vector<TransactionSignature> signatures);
    static std::optional<Transaction> decodeFast(QByteArrayView bytes, KeyCache &keys, PayloadDecoding payload);
    void setPayloadSize(qsizetype size);
    QByteArray m_bytes;
    QByteArray m_bodyBytes;
    TxId m_id{};
    TransactionBody m_body;
    std::vector<TransactionSignature> m_signatures;
    qsizetype m_payloadStart = 0;
    qsizetype m_payloadSize = 0;
    bool m_payloadDecoded = true;
};

} // namespace courtyard::ledger
