// courtyard/codec: deterministic CBOR (RFC 8949 §4.2.1, "core deterministic encoding").
//
// Every byte Courtyard signs, hashes or stores is produced by Value::encode(): integers and
// lengths in their shortest form, definite lengths only, map keys sorted by the bytewise order
// of their encodings, no floating point, no tags. decode() accepts exactly that form and
// nothing else: non-shortest integers, indefinite lengths, unsorted or duplicate keys, floats,
// tags, simple values other than false/true/null, invalid UTF-8, truncation and trailing bytes
// are all refused with a message that names the offset and the reason. Memory and recursion are
// bounded by DecodeLimits.
//
// Why not QCborValue: Qt 6.4 neither sorts map keys nor rejects non-canonical input.
//
// Thread-safety: Value is a plain value type; distinct objects may be used from any thread.
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <initializer_list>
#include <utility>
#include <variant>
#include <vector>

namespace courtyard::cbor {

class Value;
using Array = std::vector<Value>;
using Map = std::vector<std::pair<Value, Value>>;

class Value {
public:
    // GCC's -Wshadow flags the scoped enumerators Array and Map against the aliases above,
    // though Type::Array can never be confused with cbor::Array.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#endif
    enum class Type { Unsigned, Negative, Bytes, Text, Array, Map, Bool, Null };
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

    Value() = default; // null

    static Value fromInt(qint64 v);
    static Value fromUnsigned(quint64 v);
    static Value fromNegative(quint64 n); // the CBOR negative integer -1 - n
    static Value fromBytes(QByteArray b);
    static Value fromText(QString t);
    static Value fromBool(bool b);
    static Value null() { return Value(); }
    static Value fromArray(Array items);
    // Keys may be given in any order; the map is kept sorted by the bytewise order of the keys'
    // encodings, so asMap(), diagnostic() and operator== see canonical order. Duplicate keys are
    // a programmer error caught by encode().
    static Value fromMap(Map entries);
    // Convenience for the common case of text keys.
    static Value fromMap(std::initializer_list<std::pair<QString, Value>> entries);

    Type type() const;
    bool isUnsigned() const { return type() == Type::Unsigned; }
    bool isNegative() const { return type() == Type::Negative; }
    bool isInteger() const { return isUnsigned() || isNegative(); }
    bool isBytes() const { return type() == Type::Bytes; }
    bool isText() const { return type() == Type::Text; }
    bool isArray() const { return type() == Type::Array; }
    bool isMap() const { return type() == Type::Map; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNull() const { return type() == Type::Null; }

    // Range-checked integer views (Overflow when the value does not fit; Malformed when not an int).
    Result<qint64> toInt64() const;
    Result<quint64> toUInt64() const;

    // Unchecked accessors: asserting on the wrong type is a programmer error.
    const QByteArray &asBytes() const;
    const QString &asText() const;
    const Array &asArray() const;
    const Map &asMap() const;
    bool asBool() const;

    // Looks up a text key in a map; nullptr when absent or when this is not a map.
    const Value *find(QStringView key) const;

    // The canonical encoding.
    QByteArray encode() const;
    void encodeTo(QByteArray &out) const;

    // RFC 8949 §8 diagnostic notation, e.g. {"a": 1, "b": [2, 3]} or h'0102'.
    QString diagnostic() const;

    friend bool operator==(const Value &a, const Value &b);

private:
    // The decoder builds maps that it has already checked to be sorted, without re-sorting.
    template <bool Build>
    friend class Walker;

    struct NegativeInt {
        quint64 n = 0;
        friend bool operator==(const NegativeInt &, const NegativeInt &) = default;
    };
    using Storage = std::variant<std::monostate, quint64, NegativeInt, QByteArray, QString, Array, Map, bool>;
    Storage m_v;
};

struct DecodeLimits {
    qsizetype maxInputSize = 16 * 1024 * 1024; // bytes
    int maxDepth = 32;                        // nesting of arrays and maps
};

// Decodes exactly one canonical item that spans the whole input.
Result<Value> decode(QByteArrayView bytes, const DecodeLimits &limits = {});

// Checks what decode() checks and builds nothing: it accepts exactly the inputs decode() accepts
// and refuses the others with the same error, without allocating on valid input.
Result<void> validate(QByteArrayView bytes, const DecodeLimits &limits = {});

// Validates the one canonical item at the start of bytes, which may go on after it, and returns
// the item's size. depth is the number of arrays and maps around the item in its document, so
// that an item checked on its own meets the same depth limit as inside the whole.
Result<qsizetype> validatePrefix(QByteArrayView bytes, int depth = 0, const DecodeLimits &limits = {});

// Reads a decoded map with text keys, for the decoders of Courtyard's formats. Every accessor
// names the record and field in its error ("transaction: field 'seq' is missing").
class Record {
public:
    // Fails unless value is a map whose keys are all text.
    static Result<Record> from(const Value &value, QString what);

    bool has(QStringView key) const;
    Result<quint64> uint(QStringView key) const;
    Result<qint64> int64(QStringView key) const;
    Result<QByteArray> bytes(QStringView key, qsizetype exactSize = -1) const;
    Result<QString> text(QStringView key) const;
    Result<bool> boolean(QStringView key) const;
    Result<const Array *> array(QStringView key) const;
    Result<const Value *> value(QStringView key) const;
    // Fails when the map holds a key not in the list: formats are closed.
    Result<void> allowOnly(std::initializer_list<QStringView> keys) const;

private:
    Record(const Value *map, QString what) : m_map(map), m_what(std::move(what)) {}
    Result<const Value *> require(QStringView key) const;
    const Value *m_map;
    QString m_what;
};

} // namespace courtyard::cbor
