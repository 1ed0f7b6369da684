// contracts/records: reading a contract's own records from the state.
//
// Shared by the contracts that keep one CBOR record per key (units, residents, cards, devices,
// enrollment codes). Not part of the contracts' public interface.
// Thread-safety: reentrant functions.
#pragma once

#include "contracts/governance.h"

#include <optional>

namespace courtyard::contracts {

// The value stored under key, nullopt when there is none; "state-error" when the state cannot be read.
inline Outcome<std::optional<cbor::Value>> getValue(const state::StateView &state, const QByteArray &key)
{
    auto stored = state.get(key);
    if (!stored) {
        return stateError(stored.error());
    }
    return *stored;
}

// A record of type T stored under key, decoded by Codec::fromCbor (a static
// Result<T> fromCbor(const cbor::Value &), by default T's own); nullopt when there is none,
// "state-error" naming the key when it does not decode.
template <typename T, typename Codec = T>
Outcome<std::optional<T>> readRecord(const state::StateView &state, const QByteArray &key)
{
    OUTCOME_TRY(const auto stored, getValue(state, key));
    if (!stored) {
        return std::optional<T>();
    }
    auto record = Codec::fromCbor(*stored);
    if (!record) {
        return stateError(record.error().prefixed(QString::fromUtf8(key)));
    }
    return std::optional<T>(std::move(*record));
}

} // namespace courtyard::contracts
