// courtyard/merkle: the append-only Merkle log of RFC 9162 §2.1.
//
// Leaves are hashed SHA-256(0x00 || data), interior nodes SHA-256(0x01 || left || right).
// MerkleLog keeps the hash of every complete, aligned subtree, so an append costs O(log n)
// hashes in the worst case (O(1) amortised) and the root at any earlier size, inclusion proofs
// and consistency proofs cost O(log n) each. The free verify functions implement RFC 9162
// §2.1.3.2 and §2.1.4.2 and need nothing but the proof.
//
// Thread-safety: const methods may run concurrently; appends need exclusive access.
#pragma once

#include "core/base/result.h"
#include "core/crypto/crypto.h"

#include <QByteArrayView>

#include <vector>

namespace courtyard::merkle {

using Hash = crypto::Digest;

Hash leafHash(QByteArrayView leafData);
// SHA-256(prefix || data), with the SHA extensions when the processor has them: for trees built on
// RFC 9162's hashing with a node kind of their own (the state root's chunk tree, core/state).
Hash prefixedHash(unsigned char prefix, QByteArrayView data);
Hash nodeHash(const Hash &left, const Hash &right);
Hash emptyRoot(); // SHA-256 of the empty string, the root of the empty tree

class MerkleLog {
public:
    void append(QByteArrayView leafData);
    void appendLeafHash(const Hash &leaf);
    quint64 size() const { return m_levels.empty() ? 0 : m_levels.front().size(); }

    Hash root() const;                           // at the current size
    Result<Hash> rootAt(quint64 size) const;     // NotFound when size > size()
    Result<Hash> leafHashAt(quint64 index) const;

    // The audit path of leaf `index` in the tree of the first `treeSize` leaves (RFC 9162 §2.1.3.1).
    Result<std::vector<Hash>> inclusionProof(quint64 index, quint64 treeSize) const;
    // The consistency proof between the trees of the first oldSize and newSize leaves (§2.1.4.1).
    Result<std::vector<Hash>> consistencyProof(quint64 oldSize, quint64 newSize) const;

    // Drops leaves beyond newSize (used to undo appends whose commit failed).
    void truncate(quint64 newSize);

private:
    Hash subtreeHash(quint64 begin, quint64 end) const;
    // m_levels[k][i] is the hash of leaves [i * 2^k, (i + 1) * 2^k).
    std::vector<std::vector<Hash>> m_levels;
};

// RFC 9162 §2.1.3.2. Integrity error saying why when the proof does not lead to root.
Result<void> verifyInclusion(quint64 index, quint64 treeSize, const Hash &leaf, const std::vector<Hash> &proof,
                             const Hash &root);
// RFC 9162 §2.1.4.2.
Result<void> verifyConsistency(quint64 oldSize, quint64 newSize, const Hash &oldRoot, const Hash &newRoot,
                               const std::vector<Hash> &proof);

} // namespace courtyard::merkle
