// contracts/internal: what the contract files share and nothing outside contracts/ uses — tr() in
// the contracts' translation context, latin1() for the role and code constants, and reading a
// contract's own CBOR records from the state (units, residents, cards, devices, enrollment codes).
// Thread-safety: reentrant functions.
#pragma once

#include "contracts/governance.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

#include <optional>

namespace courtyard::contracts {

// A message for people, in the "courtyard::contracts" translation context.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::contracts", text);
}

// A block time in UTC for messages, like 2027-01-01T09:30:00Z: from the number alone (the contracts
// have no clock and no time zone of the device).
inline QString isoTime(quint64 ms)
{
    constexpr quint64 kDayMs = 24ULL * 60 * 60 * 1000;
    const QDate day = QDate(1970, 1, 1).addDays(qint64(ms / kDayMs));
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(ms % kDayMs));
    return day.toString(Qt::ISODate) + u'T' + time.toString(QStringLiteral("HH:mm:ss")) + u'Z';
}

inline QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

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
