// courtyard/state: the contracts' state as a sorted map of keys to canonical CBOR values.
//
// Contracts read state through StateView and describe their changes as a StateDelta; they never
// see how state is stored. Keys are UTF-8 paths ("unit/12-0301", "role/<key hex>") compared
// bytewise, so a prefix scan returns one kind of record in key order.
//
// The state root commits to every entry. Each entry in key order gives a leaf,
// SHA-256(0x00 || canonical CBOR [key as bytes, value]) (entryLeaf). The leaves are cut into
// chunks after every *boundary* leaf (first byte below kChunkBoundary: one leaf in 8 on average)
// and after the last one; a chunk's root is the RFC 9162 Merkle root of its leaves. The chunks,
// in key order, form the *chunk tree*, a Merkle treap: its top is the chunk whose last leaf is
// greatest (bytewise; the earlier of two equal ones), the chunks before it make its left subtree
// and the chunks after it its right one, each built the same way. A node's hash is
// SHA-256(0x02 || left || chunk root || right), an empty subtree's 32 zero bytes; the state root
// is the top node's hash (the empty state's is SHA-256 of nothing). The tree's shape depends only
// on the entries, and a change alters only the chunks it falls in and the nodes above them, so a
// store that keeps the tree (core/store) re-hashes a few chunks and about log(chunks) nodes per
// change, however large the state grows. Leaves, RFC 9162 nodes and tree nodes hash with
// different first bytes (0x00, 0x01, 0x02), so two different states cannot share a root without
// a SHA-256 collision. Two devices with the same entries get the same root.
//
// Errors: views return the storage's errors (a damaged row, an I/O failure) as Results.
// Thread-safety: MemoryState and OverlayView are plain values; a StateView is read from one
// thread at a time unless the implementation says otherwise.
#pragma once

#include "core/base/result.h"
#include "core/codec/cbor.h"
#include "core/merkle/merkle_log.h"

#include <QByteArray>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace courtyard::state {

using Key = QByteArray;
using Visitor = std::function<bool(const Key &key, const cbor::Value &value)>; // false stops a scan

class StateView {
public:
    virtual ~StateView() = default;
    // The value under key, or nullopt when there is none.
    virtual Result<std::optional<cbor::Value>> get(QByteArrayView key) const = 0;
    // Every entry whose key starts with prefix, in key order.
    virtual Result<void> scan(QByteArrayView prefix, const Visitor &visit) const = 0;
    // The same, from the first key >= from: a seek, not a scan of what comes before it.
    virtual Result<void> scanFrom(QByteArrayView prefix, QByteArrayView from, const Visitor &visit) const = 0;
};

// Changes to state, kept in key order; a later write to a key replaces an earlier one.
class StateDelta {
public:
    void put(Key key, cbor::Value value) { m_changes[std::move(key)] = std::move(value); }
    void remove(Key key) { m_changes[std::move(key)] = std::nullopt; }
    // Applies `later` on top of this delta.
    void merge(const StateDelta &later);

    bool isEmpty() const { return m_changes.empty(); }
    const std::map<Key, std::optional<cbor::Value>> &changes() const { return m_changes; }

private:
    std::map<Key, std::optional<cbor::Value>> m_changes; // nullopt: removed
};

// A whole state in memory: for tests, replays and small communities.
class MemoryState final : public StateView {
public:
    Result<std::optional<cbor::Value>> get(QByteArrayView key) const override;
    Result<void> scan(QByteArrayView prefix, const Visitor &visit) const override;
    Result<void> scanFrom(QByteArrayView prefix, QByteArrayView from, const Visitor &visit) const override;
    void apply(const StateDelta &delta);
    std::size_t size() const { return m_entries.size(); }

private:
    std::map<Key, cbor::Value> m_entries;
};

// A view of base with delta applied on top, without copying base.
class OverlayView final : public StateView {
public:
    OverlayView(const StateView &base, const StateDelta &delta) : m_base(base), m_delta(delta) {}
    Result<std::optional<cbor::Value>> get(QByteArrayView key) const override;
    Result<void> scan(QByteArrayView prefix, const Visitor &visit) const override;
    Result<void> scanFrom(QByteArrayView prefix, QByteArrayView from, const Visitor &visit) const override;

private:
    const StateView &m_base;
    const StateDelta &m_delta;
};

// The Merkle leaf of one entry: SHA-256(0x00 || canonical [key bstr, value]).
merkle::Hash entryLeaf(QByteArrayView key, const cbor::Value &value);
// The same from the value's canonical encoding (value.encode()), for a caller that needs those
// bytes anyway (the store writes them): the value is not encoded twice.
merkle::Hash entryLeafOfEncoded(QByteArrayView key, QByteArrayView encodedValue);

// A leaf whose first byte is below kChunkBoundary ends a chunk.
inline constexpr quint8 kChunkBoundary = 32;
inline bool isChunkBoundary(const merkle::Hash &leaf) { return leaf[0] < kChunkBoundary; }
// The RFC 9162 Merkle root of hashes taken as leaf hashes (SHA-256 of nothing for none, the
// hash itself for one).
merkle::Hash merkleRoot(const merkle::Hash *hashes, std::size_t count);

// One chunk as the chunk tree sees it.
struct ChunkSummary {
    merkle::Hash rank{}; // its last leaf: the greater ranks above
    merkle::Hash root{}; // the RFC 9162 root of its leaves
};
// Whether a chunk whose last leaf is `a` sits above one whose last leaf is `b` that comes after it.
inline bool ranksAbove(const merkle::Hash &a, const merkle::Hash &b) { return !(b > a); }
// The hash of a chunk tree node: SHA-256(0x02 || left || chunk root || right).
merkle::Hash chunkNodeHash(const merkle::Hash &left, const merkle::Hash &chunkRoot, const merkle::Hash &right);
// An empty subtree's hash in chunkNodeHash.
inline constexpr merkle::Hash kNoSubtree{};
// The state root of chunks given in key order.
merkle::Hash chunkTreeRoot(const std::vector<ChunkSummary> &chunks);

// The state root of leaves given in key order.
class RootBuilder {
public:
    void add(const merkle::Hash &leaf);
    merkle::Hash root() const;

private:
    std::vector<merkle::Hash> m_chunk;  // leaves of the chunk being filled
    std::vector<ChunkSummary> m_chunks; // the chunks before it
};

// The state root of a whole view.
Result<merkle::Hash> stateRoot(const StateView &view);

} // namespace courtyard::state
