#include "core/state/state.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

namespace courtyard::state {

namespace {
bool hasPrefix(const Key &key, QByteArrayView prefix)
{
    return QByteArrayView(key).startsWith(prefix);
}
} // namespace

void StateDelta::merge(const StateDelta &later)
{
    for (const auto &[key, value] : later.m_changes) {
        m_changes[key] = value;
    }
}

Result<std::optional<cbor::Value>> MemoryState::get(QByteArrayView key) const
{
    const auto it = m_entries.find(key.toByteArray());
    if (it == m_entries.end()) {
        return std::optional<cbor::Value>();
    }
    return std::optional<cbor::Value>(it->second);
}

Result<void> MemoryState::scan(QByteArrayView prefix, const Visitor &visit) const
{
    return scanFrom(prefix, prefix, visit);
}

Result<void> MemoryState::scanFrom(QByteArrayView prefix, QByteArrayView from, const Visitor &visit) const
{
    const QByteArray start = std::max(prefix.toByteArray(), from.toByteArray());
    for (auto it = m_entries.lower_bound(start); it != m_entries.end() && hasPrefix(it->first, prefix); ++it) {
        if (!visit(it->first, it->second)) {
            break;
        }
    }
    return {};
}

void MemoryState::apply(const StateDelta &delta)
{
    for (const auto &[key, value] : delta.changes()) {
        if (value) {
            m_entries[key] = *value;
        } else {
            m_entries.erase(key);
        }
    }
}

Result<std::optional<cbor::Value>> OverlayView::get(QByteArrayView key) const
{
    const auto &changes = m_delta.changes();
    const auto it = changes.find(key.toByteArray());
    if (it != changes.end()) {
        return it->second;
    }
    return m_base.get(key);
}

Result<void> OverlayView::scan(QByteArrayView prefix, const Visitor &visit) const
{
    return scanFrom(prefix, prefix, visit);
}

Result<void> OverlayView::scanFrom(QByteArrayView prefix, QByteArrayView from, const Visitor &visit) const
{
    // Merge the base's entries with the delta's, both in key order.
    const auto &changes = m_delta.changes();
    auto change = changes.lower_bound(std::max(prefix.toByteArray(), from.toByteArray()));
    const auto changesEnd = changes.end();
    bool stopped = false;
    const auto emitChangesBefore = [&](const Key *bound) {
        while (!stopped && change != changesEnd && hasPrefix(change->first, prefix) && (!bound || change->first < *bound)) {
            if (change->second && !visit(change->first, *change->second)) {
                stopped = true;
            }
            ++change;
        }
    };
    CY_CHECK(m_base.scanFrom(prefix, from, [&](const Key &key, const cbor::Value &value) {
        emitChangesBefore(&key);
        if (stopped) {
            return false;
        }
        if (change != changesEnd && change->first == key) {
            // Replaced or removed by the delta.
            if (change->second && !visit(change->first, *change->second)) {
                stopped = true;
            }
            ++change;
            return !stopped;
        }
        if (!visit(key, value)) {
            stopped = true;
        }
        return !stopped;
    }));
    emitChangesBefore(nullptr);
    return {};
}

merkle::Hash entryLeaf(QByteArrayView key, const cbor::Value &value)
{
    return merkle::leafHash(cbor::Value::fromArray({cbor::Value::fromBytes(key.toByteArray()), value}).encode());
}

merkle::Hash entryLeafOfEncoded(QByteArrayView key, QByteArrayView encodedValue)
{
    // Canonical CBOR of [key as bytes, value]: an array of two (0x82), the byte string's head
    // with the shortest length (RFC 8949 §4.2.1), the key, then the value's own encoding.
    QByteArray bytes;
    bytes.reserve(1 + 9 + key.size() + encodedValue.size());
    bytes.append(char(0x82));
    const quint64 length = quint64(key.size());
    const auto head = [&](quint8 additional, int width) {
        bytes.append(char(0x40 | additional));
        for (int shift = 8 * (width - 1); shift >= 0; shift -= 8) {
            bytes.append(char((length >> shift) & 0xff));
        }
    };
    if (length < 24) {
        head(quint8(length), 0);
    } else if (length <= 0xff) {
        head(24, 1);
    } else if (length <= 0xffff) {
        head(25, 2);
    } else if (length <= 0xffffffffULL) {
        head(26, 4);
    } else {
        head(27, 8);
    }
    bytes.append(key);
    bytes.append(encodedValue);
    return merkle::leafHash(bytes);
}

merkle::Hash merkleRoot(const merkle::Hash *hashes, std::size_t count)
{
    if (count == 0) {
        return merkle::emptyRoot();
    }
    if (count == 1) {
        return hashes[0];
    }
    std::size_t split = 1; // the largest power of two below count (RFC 9162 §2.1.1)
    while (split * 2 < count) {
        split *= 2;
    }
    return merkle::nodeHash(merkleRoot(hashes, split), merkleRoot(hashes + split, count - split));
}

merkle::Hash chunkNodeHash(const merkle::Hash &left, const merkle::Hash &chunkRoot, const merkle::Hash &right)
{
    constexpr unsigned char kChunkNodePrefix = 0x02;
    std::array<char, 3 * sizeof(merkle::Hash)> bytes;
    std::memcpy(bytes.data(), left.data(), left.size());
    std::memcpy(bytes.data() + left.size(), chunkRoot.data(), chunkRoot.size());
    std::memcpy(bytes.data() + 2 * left.size(), right.data(), right.size());
    return merkle::prefixedHash(kChunkNodePrefix, QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

merkle::Hash chunkTreeRoot(const std::vector<ChunkSummary> &chunks)
{
    if (chunks.empty()) {
        return merkle::emptyRoot();
    }
    // The treap's shape in one pass (a Cartesian tree: a stack of the right spine), then its
    // hashes children first.
    constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> left(chunks.size(), kNone);
    std::vector<std::size_t> right(chunks.size(), kNone);
    std::vector<std::size_t> spine;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        std::size_t below = kNone;
        while (!spine.empty() && !ranksAbove(chunks[spine.back()].rank, chunks[i].rank)) {
            below = spine.back();
            spine.pop_back();
        }
        left[i] = below;
        if (!spine.empty()) {
            right[spine.back()] = i;
        }
        spine.push_back(i);
    }
    std::vector<merkle::Hash> hashes(chunks.size());
    const auto hashOf = [&](std::size_t i) { return i == kNone ? kNoSubtree : hashes[i]; };
    // Post-order without recursion: a node is hashed once both its children are.
    std::vector<std::pair<std::size_t, bool>> todo{{spine.front(), false}};
    while (!todo.empty()) {
        const auto [i, childrenDone] = todo.back();
        todo.pop_back();
        if (childrenDone) {
            hashes[i] = chunkNodeHash(hashOf(left[i]), chunks[i].root, hashOf(right[i]));
            continue;
        }
        todo.push_back({i, true});
        for (const std::size_t child : {left[i], right[i]}) {
            if (child != kNone) {
                todo.push_back({child, false});
            }
        }
    }
    return hashes[spine.front()];
}

void RootBuilder::add(const merkle::Hash &leaf)
{
    m_chunk.push_back(leaf);
    if (isChunkBoundary(leaf)) {
        m_chunks.push_back(ChunkSummary{leaf, merkleRoot(m_chunk.data(), m_chunk.size())});
        m_chunk.clear();
    }
}

merkle::Hash RootBuilder::root() const
{
    if (m_chunk.empty()) {
        return chunkTreeRoot(m_chunks);
    }
    std::vector<ChunkSummary> chunks = m_chunks;
    chunks.push_back(ChunkSummary{m_chunk.back(), merkleRoot(m_chunk.data(), m_chunk.size())});
    return chunkTreeRoot(chunks);
}

Result<merkle::Hash> stateRoot(const StateView &view)
{
    RootBuilder builder;
    CY_CHECK(view.scan(QByteArrayView(), [&](const Key &key, const cbor::Value &value) {
        builder.add(entryLeaf(key, value));
        return true;
    }));
    return builder.root();
}

} // namespace courtyard::state
