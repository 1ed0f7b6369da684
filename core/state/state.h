// courtyard/state: the contracts' state as a sorted map of keys to canonical CBOR values.
//
// Contracts read state through StateView and describe their changes as a StateDelta; they never
// see how state is stored. Keys are UTF-8 paths ("unit/12-0301", "role/<key hex>") compared
// bytewise, so a prefix scan returns one kind of record in key order. The state root commits to
// every entry: it is the RFC 9162 Merkle root over the entries in key order, each leaf being the
// canonical CBOR array [key as bytes, value]. Two devices with the same entries get the same root.
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

private:
    const StateView &m_base;
    const StateDelta &m_delta;
};

// The Merkle leaf of one entry: SHA-256(0x00 || canonical [key bstr, value]).
merkle::Hash entryLeaf(QByteArrayView key, const cbor::Value &value);
// The state root of a whole view (the empty state's root is SHA-256 of nothing).
Result<merkle::Hash> stateRoot(const StateView &view);

} // namespace courtyard::state
