#pragma once

#include "core/base/result.h"
#include "core/ledger/checkpoint.h"
#include "core/ledger/transaction.h"
#include "core/merkle/merkle_log.h"

#include <QByteArray>

namespace courtyard::ledger {

// 2: the state root is the chunk tree's (core/state/state.h); version 1's was an RFC 9162 tree
// over the chunk roots. A file or a block of version 1 is refused with both versions named,
// rather than found to disagree with its own state roots.
inline constexpr int kBlockFormatVersion = 2;

// A block seals a contiguous range of the log: [firstIndex, lastIndex], never empty.
// Canonical CBOR map: { "community", "first", "height", "last", "log_root", "prev",
//                       "state_root", "time", "v" }.
struct BlockHeader {
    QByteArray communityId;
    quint64 height = 0;
    crypto::Digest previous{}; // hash of the previous header; all zero for height 0
    quint64 firstIndex = 0;
    quint64 lastIndex = 0;
    merkle::Hash logRoot{};   // root of the log of lastIndex + 1 leaves
    crypto::Digest stateRoot{};
    quint64 timeMs = 0;       // block time, milliseconds since 1970-01-01 UTC

    quint64 logSize() const { return lastIndex + 1; }
    quint64 transactionCount() const { return lastIndex - firstIndex + 1; }

    QByteArray encode() const;
    // Strict: canonical bytes, known version, every field present and typed, first <= last.
    static Result<BlockHeader> decode(QByteArrayView bytes);

    friend bool operator==(const BlockHeader &, const BlockHeader &) = default;
};

// A header as sealed: its exact bytes, its hash, the sealer's signature over it and the
// sealer's C2SP note signature over the checkpoint (origin, log size, log root) it implies.
struct SealedBlock {
    BlockHeader header;
    QByteArray headerBytes;
    crypto::Digest hash{};               // SHA-256 of headerBytes
    QByteArray signature;                // over kBlockSignaturePrefix || headerBytes
    QByteArray checkpointSignature;      // C2SP note signature over checkpoint().body()

    Checkpoint checkpoint(const QString &origin) const;
    // The checkpoint as a complete C2SP signed note, signed by the sealer under the name origin.
    QByteArray signedCheckpoint(const QString &origin, const crypto::PublicKey &sealer) const;

    // BadSignature naming which of the two signatures fails.
    Result<void> verifySeal(const crypto::PublicKey &sealer, const QString &origin) const;

    // Rebuilds a sealed block from stored parts; Malformed/NotCanonical on bad header bytes.
    static Result<SealedBlock> fromParts(QByteArrayView headerBytes, QByteArrayView signature,
                                         QByteArrayView checkpointSignature);
};

SealedBlock sealBlock(const BlockHeader &header, const crypto::KeyPair &sealer, const QString &origin);

QByteArray blockSigningMessage(QByteArrayView headerBytes);

} // namespace courtyard::ledger
