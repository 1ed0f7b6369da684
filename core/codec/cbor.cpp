#include "core/codec/cbor.h"

#include "core/base/utf8.h"

#include <QLatin1Char>
#include <QLatin1String>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <limits>
#include <type_traits>

namespace courtyard::cbor {

namespace {

constexpr quint8 MajorUnsigned = 0;
constexpr quint8 MajorNegative = 1;
constexpr quint8 MajorBytes = 2;
constexpr quint8 MajorText = 3;
constexpr quint8 MajorArray = 4;
constexpr quint8 MajorMap = 5;
constexpr quint8 MajorTag = 6;
constexpr quint8 MajorSimple = 7;

constexpr quint8 SimpleFalse = 20;
constexpr quint8 SimpleTrue = 21;
constexpr quint8 SimpleNull = 22;
constexpr quint8 SimpleUndefined = 23;

// Keys longer than this are shortened in error messages.
constexpr qsizetype MaxKeyInMessage = 40;

void writeHead(QByteArray &out, quint8 major, quint64 arg)
{
    const int type = major << 5;
    if (arg < 24) {
        out.append(static_cast<char>(type | static_cast<int>(arg)));
        return;
    }
    int ai = 27;
    int size = 8;
    if (arg <= 0xffu) {
        ai = 24;
        size = 1;
    } else if (arg <= 0xffffu) {
        ai = 25;
        size = 2;
    } else if (arg <= 0xffffffffu) {
        ai = 26;
        size = 4;
    }
    out.append(static_cast<char>(type | ai));
    for (int i = size - 1; i >= 0; --i) {
        out.append(static_cast<char>((arg >> (8 * i)) & 0xffu));
    }
}

// Bytewise lexicographic order, as RFC 8949 §4.2.1 orders map keys.
int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    if (common > 0) {
        const int c = std::memcmp(a.data(), b.data(), static_cast<size_t>(common));
        if (c != 0) {
            return c;
        }
    }
    if (a.size() == b.size()) {
        return 0;
    }
    return a.size() < b.size() ? -1 : 1;
}

constexpr quint64 kMaxReserve = 64;

QString byteHex(quint8 b)
{
    return QStringLiteral("0x%1").arg(b, 2, 16, QLatin1Char('0'));
}

QString typeName(Value::Type type)
{
    switch (type) {
    case Value::Type::Unsigned: return QStringLiteral("an unsigned integer");
    case Value::Type::Negative: return QStringLiteral("a negative integer");
    case Value::Type::Bytes: return QStringLiteral("a byte string");
    case Value::Type::Text: return QStringLiteral("a text string");
    case Value::Type::Array: return QStringLiteral("an array");
    case Value::Type::Map: return QStringLiteral("a map");
    case Value::Type::Bool: return QStringLiteral("a boolean");
    case Value::Type::Null: return QStringLiteral("null");
    }
    return QStringLiteral("an unknown value");
}

QString shortDiagnostic(const Value &v)
{
    QString d = v.diagnostic();
    if (d.size() > MaxKeyInMessage) {
        d.truncate(MaxKeyInMessage - 3);
        d += QStringLiteral("...");
    }
    return d;
}

// The decimal text of the CBOR negative integer -1 - n, over the full range of n.
QString negativeDecimal(quint64 n)
{
    if (n == std::numeric_limits<quint64>::max()) {
        return QStringLiteral("-18446744073709551616"); // the magnitude 2^64 does not fit quint64
    }
    return QLatin1Char('-') + QString::number(n + 1);
}

void appendTextDiagnostic(const QString &text, QString &out)
{
    static constexpr char digits[] = "0123456789abcdef";
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += QLatin1String("\\\""); continue;
        case u'\\': out += QLatin1String("\\\\"); continue;
        case u'\b': out += QLatin1String("\\b"); continue;
        case u'\f': out += QLatin1String("\\f"); continue;
        case u'\n': out += QLatin1String("\\n"); continue;
        case u'\r': out += QLatin1String("\\r"); continue;
        case u'\t': out += QLatin1String("\\t"); continue;
        default: break;
        }
        if (u >= 0x20 && u < 0x7f) {
            out += c;
            continue;
        }
        // JSON-style escape per UTF-16 code unit, as RFC 8949 Appendix A writes "\ud800\udd51".
        out += QLatin1String("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) {
            out += QLatin1Char(digits[(u >> shift) & 0xf]);
        }
    }
    out += QLatin1Char('"');
}

void appendBytesDiagnostic(const QByteArray &bytes, QString &out)
{
    out += QLatin1String("h'");
    out += QLatin1String(bytes.toHex());
    out += QLatin1Char('\'');
}

} // namespace

// --- Value -------------------------------------------------------------------------------------

Value Value::fromInt(qint64 v)
{
    if (v >= 0) {
        return fromUnsigned(static_cast<quint64>(v));
    }
    // -1 - v cannot overflow for any negative qint64, including the minimum.
    return fromNegative(static_cast<quint64>(-(v + 1)));
}

Value Value::fromUnsigned(quint64 v)
{
    Value r;
    r.m_v = v;
    return r;
}

Value Value::fromNegative(quint64 n)
{
    Value r;
    r.m_v = NegativeInt{n};
    return r;
}

Value Value::fromBytes(QByteArray b)
{
    Value r;
    r.m_v = std::move(b);
    return r;
}

Value Value::fromText(QString t)
{
    Value r;
    r.m_v = std::move(t);
    return r;
}

Value Value::fromBool(bool b)
{
    Value r;
    r.m_v = b;
    return r;
}

Value Value::fromArray(Array items)
{
    Value r;
    r.m_v = std::move(items);
    return r;
}

namespace {

// A text key of ASCII characters only, as every key Courtyard writes.
bool isAsciiText(const Value &key, const QString **text)
{
    *text = key.type() == Value::Type::Text ? &key.asText() : nullptr;
    return *text && std::all_of((*text)->cbegin(), (*text)->cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// The canonical order of two ASCII text keys without encoding them: a text string's head grows
// with its length, so encodings order by length first, then byte by byte (UTF-16 code units
// below 0x80 order as their bytes do).
bool asciiKeyLess(const QString &a, const QString &b)
{
    return a.size() != b.size() ? a.size() < b.size() : QStringView(a).compare(QStringView(b), Qt::CaseSensitive) < 0;
}

} // namespace

Value Value::fromMap(Map entries)
{
    // Keep maps in canonical order from the start: encode() then only checks, and two maps with
    // the same entries compare equal whatever order they were given in.
    std::vector<const QString *> texts(entries.size());
    bool ascii = true;
    for (std::size_t i = 0; i < entries.size() && ascii; ++i) {
        ascii = isAsciiText(entries[i].first, &texts[i]);
    }
    if (ascii) {
        Value r;
        std::vector<std::size_t> order(entries.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        const auto less = [&](std::size_t a, std::size_t b) { return asciiKeyLess(*texts[a], *texts[b]); };
        if (std::is_sorted(order.begin(), order.end(), less)) {
            r.m_v = std::move(entries);
            return r;
        }
        std::stable_sort(order.begin(), order.end(), less);
        Map ordered;
        ordered.reserve(entries.size());
        for (const std::size_t i : order) {
            ordered.push_back(std::move(entries[i]));
        }
        r.m_v = std::move(ordered);
        return r;
    }
    std::vector<std::pair<QByteArray, std::size_t>> keys;
    keys.reserve(entries.size());
    bool sorted = true;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        keys.emplace_back(entries[i].first.encode(), i);
        if (i > 0 && compareBytes(keys[i - 1].first, keys[i].first) > 0) {
            sorted = false;
        }
    }
    Value r;
    if (sorted) {
        r.m_v = std::move(entries);
        return r;
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto &a, const auto &b) { return compareBytes(a.first, b.first) < 0; });
    Map ordered;
    ordered.reserve(entries.size());
    for (const auto &key : keys) {
        ordered.push_back(std::move(entries[key.second]));
    }
    r.m_v = std::move(ordered);
    return r;
}

Value Value::fromMap(std::initializer_list<std::pair<QString, Value>> entries)
{
    Map map;
    map.reserve(entries.size());
    for (const auto &entry : entries) {
        map.emplace_back(fromText(entry.first), entry.second);
    }
    return fromMap(std::move(map));
}

Value::Type Value::type() const
{
    if (std::holds_alternative<quint64>(m_v)) {
        return Type::Unsigned;
    }
    if (std::holds_alternative<NegativeInt>(m_v)) {
        return Type::Negative;
    }
    if (std::holds_alternative<QByteArray>(m_v)) {
        return Type::Bytes;
    }
    if (std::holds_alternative<QString>(m_v)) {
        return Type::Text;
    }
    if (std::holds_alternative<Array>(m_v)) {
        return Type::Array;
    }
    if (std::holds_alternative<Map>(m_v)) {
        return Type::Map;
    }
    if (std::holds_alternative<bool>(m_v)) {
        return Type::Bool;
    }
    return Type::Null;
}

Result<qint64> Value::toInt64() const
{
    constexpr auto max = static_cast<quint64>(std::numeric_limits<qint64>::max());
    if (const auto *u = std::get_if<quint64>(&m_v)) {
        if (*u > max) {
            return fail(ErrorCode::Overflow,
                        QStringLiteral("%1 is larger than the largest signed 64-bit integer").arg(*u));
        }
        return static_cast<qint64>(*u);
    }
    if (const auto *neg = std::get_if<NegativeInt>(&m_v)) {
        if (neg->n > max) {
            return fail(ErrorCode::Overflow, QStringLiteral("%1 is smaller than the smallest signed 64-bit integer")
                                                 .arg(negativeDecimal(neg->n)));
        }
        return -1 - static_cast<qint64>(neg->n);
    }
    return fail(ErrorCode::Malformed, QStringLiteral("expected an integer, found %1").arg(typeName(type())));
}

Result<quint64> Value::toUInt64() const
{
    if (const auto *u = std::get_if<quint64>(&m_v)) {
        return *u;
    }
    if (const auto *neg = std::get_if<NegativeInt>(&m_v)) {
        return fail(ErrorCode::Overflow,
                    QStringLiteral("%1 is negative; expected an unsigned integer").arg(negativeDecimal(neg->n)));
    }
    return fail(ErrorCode::Malformed, QStringLiteral("expected an integer, found %1").arg(typeName(type())));
}

const QByteArray &Value::asBytes() const
{
    CY_ASSERT(isBytes());
    return std::get<QByteArray>(m_v);
}

const QString &Value::asText() const
{
    CY_ASSERT(isText());
    return std::get<QString>(m_v);
}

const Array &Value::asArray() const
{
    CY_ASSERT(isArray());
    return std::get<Array>(m_v);
}

const Map &Value::asMap() const
{
    CY_ASSERT(isMap());
    return std::get<Map>(m_v);
}

bool Value::asBool() const
{
    CY_ASSERT(isBool());
    return std::get<bool>(m_v);
}

const Value *Value::find(QStringView key) const
{
    const auto *map = std::get_if<Map>(&m_v);
    if (!map) {
        return nullptr;
    }
    for (const auto &entry : *map) {
        const auto *text = std::get_if<QString>(&entry.first.m_v);
        if (text && *text == key) {
            return &entry.second;
        }
    }
    return nullptr;
}

QByteArray Value::encode() const
{
    QByteArray out;
    encodeTo(out);
    return out;
}

void Value::encodeTo(QByteArray &out) const
{
    switch (type()) {
    case Type::Unsigned:
        writeHead(out, MajorUnsigned, std::get<quint64>(m_v));
        return;
    case Type::Negative:
        writeHead(out, MajorNegative, std::get<NegativeInt>(m_v).n);
        return;
    case Type::Bytes: {
        const auto &bytes = std::get<QByteArray>(m_v);
        writeHead(out, MajorBytes, static_cast<quint64>(bytes.size()));
        out.append(bytes);
        return;
    }
    case Type::Text: {
        const QString &text = std::get<QString>(m_v);
        // Map keys and most values are ASCII, whose UTF-8 is one byte per character: written in
        // place, without the temporary UTF-8 copy (an allocation per text of every message).
        const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (ascii) {
            writeHead(out, MajorText, static_cast<quint64>(text.size()));
            const qsizetype at = out.size();
            out.resize(at + text.size());
            char *to = out.data() + at;
            for (const QChar c : text) {
                *to++ = static_cast<char>(c.unicode());
            }
            return;
        }
        const QByteArray utf8 = text.toUtf8();
        writeHead(out, MajorText, static_cast<quint64>(utf8.size()));
        out.append(utf8);
        return;
    }
    case Type::Array: {
        const auto &items = std::get<Array>(m_v);
        writeHead(out, MajorArray, items.size());
        for (const auto &item : items) {
            item.encodeTo(out);
        }
        return;
    }
    case Type::Map: {
        const auto &entries = std::get<Map>(m_v);
        writeHead(out, MajorMap, entries.size());
        qsizetype previousStart = -1;
        qsizetype previousEnd = -1;
        for (const auto &entry : entries) {
            const qsizetype start = out.size();
            entry.first.encodeTo(out);
            const qsizetype end = out.size();
            if (previousStart >= 0) {
                const QByteArrayView view(out);
                // fromMap() sorted the keys, so equal neighbours mean the caller gave a key twice.
                CY_ASSERT(compareBytes(view.sliced(previousStart, previousEnd - previousStart),
                                       view.sliced(start, end - start)) < 0);
            }
            previousStart = start;
            previousEnd = end;
            entry.second.encodeTo(out);
        }
        return;
    }
    case Type::Bool:
        out.append(static_cast<char>((MajorSimple << 5) | (std::get<bool>(m_v) ? SimpleTrue : SimpleFalse)));
        return;
    case Type::Null:
        out.append(static_cast<char>((MajorSimple << 5) | SimpleNull));
        return;
    }
}

QString Value::diagnostic() const
{
    QString out;
    // A local lambda shares the member function's access to m_v of every Value it is given.
    const auto append = [&out](const auto &self, const Value &v) -> void {
        switch (v.type()) {
        case Type::Unsigned:
            out += QString::number(std::get<quint64>(v.m_v));
            return;
        case Type::Negative:
            out += negativeDecimal(std::get<NegativeInt>(v.m_v).n);
            return;
        case Type::Bytes:
            appendBytesDiagnostic(std::get<QByteArray>(v.m_v), out);
            return;
        case Type::Text:
            appendTextDiagnostic(std::get<QString>(v.m_v), out);
            return;
        case Type::Array: {
            out += QLatin1Char('[');
            bool first = true;
            for (const auto &item : std::get<Array>(v.m_v)) {
                if (!first) {
                    out += QLatin1String(", ");
                }
                first = false;
                self(self, item);
            }
            out += QLatin1Char(']');
            return;
        }
        case Type::Map: {
            out += QLatin1Char('{');
            bool first = true;
            for (const auto &entry : std::get<Map>(v.m_v)) {
                if (!first) {
                    out += QLatin1String(", ");
                }
                first = false;
                self(self, entry.first);
                out += QLatin1String(": ");
                self(self, entry.second);
            }
            out += QLatin1Char('}');
            return;
        }
        case Type::Bool:
            out += std::get<bool>(v.m_v) ? QLatin1String("true") : QLatin1String("false");
            return;
        case Type::Null:
            out += QLatin1String("null");
            return;
        }
    };
    append(append, *this);
    return out;
}

bool operator==(const Value &a, const Value &b)
{
    return a.m_v == b.m_v;
}

// --- decode ------------------------------------------------------------------------------------

// One walker holds every rule of the canonical form. Walker<true> builds the Values (decode);
// Walker<false> only checks (validate), so that both accept and refuse exactly the same input
// with the same errors.
template <bool Build>
class Walker {
public:
    struct Skipped {};
    using Item = std::conditional_t<Build, Value, Skipped>;

    Walker(QByteArrayView bytes, const DecodeLimits &limits)
        : m_data(reinterpret_cast<const uchar *>(bytes.data()))
        , m_size(bytes.size())
        , m_limits(limits)
    {
    }

    Result<Item> run()
    {
        CY_TRY(Item value, first(0));
        if (m_pos != m_size) {
            return fail(ErrorCode::Malformed,
                        QStringLiteral("%1 trailing byte(s) after the item that ends at byte offset %2; "
                                       "the input must hold exactly one item")
                            .arg(m_size - m_pos)
                            .arg(m_pos));
        }
        return value;
    }

    // The item that starts the input, which may continue after it.
    Result<qsizetype> prefix(int depth)
    {
        CY_CHECK(first(depth));
        return m_pos;
    }

private:
    Result<Item> first(int depth)
    {
        if (m_size > m_limits.maxInputSize) {
            return fail(ErrorCode::LimitExceeded, QStringLiteral("the input is %1 bytes, more than the limit of %2 bytes")
                                                      .arg(m_size)
                                                      .arg(m_limits.maxInputSize));
        }
        if (m_size == 0) {
            return fail(ErrorCode::Malformed, QStringLiteral("the input is empty; expected one CBOR item"));
        }
        return item(depth);
    }

    struct Head {
        quint8 major = 0;
        quint64 arg = 0;
    };

    qsizetype remaining() const { return m_size - m_pos; }

    static QString argumentName(quint8 major)
    {
        switch (major) {
        case MajorUnsigned:
        case MajorNegative: return QStringLiteral("integer");
        case MajorTag: return QStringLiteral("tag number");
        default: return QStringLiteral("length");
        }
    }

    static QString indefiniteName(quint8 major)
    {
        switch (major) {
        case MajorBytes: return QStringLiteral("byte string");
        case MajorText: return QStringLiteral("text string");
        case MajorArray: return QStringLiteral("array");
        default: return QStringLiteral("map");
        }
    }

    // Reads the initial byte and argument of a major type 0-6 item at m_pos.
    Result<Head> head()
    {
        const qsizetype at = m_pos;
        const quint8 initial = m_data[m_pos];
        const quint8 major = initial >> 5;
        const quint8 ai = initial & 0x1f;
        Head h;
        h.major = major;
        if (ai >= 28 && ai <= 30) {
            return fail(ErrorCode::Malformed,
                        QStringLiteral("byte offset %1: initial byte %2 uses reserved additional information %3; "
                                       "this is not valid CBOR")
                            .arg(at)
                            .arg(byteHex(initial))
                            .arg(ai));
        }
        if (ai == 31) {
            if (major >= MajorBytes && major <= MajorMap) {
                return fail(ErrorCode::NotCanonical,
                            QStringLiteral("byte offset %1: indefinite-length %2 (initial byte %3); "
                                           "canonical CBOR uses definite lengths only")
                                .arg(at)
                                .arg(indefiniteName(major), byteHex(initial)));
            }
            return fail(ErrorCode::Malformed,
                        QStringLiteral("byte offset %1: initial byte %2 is not valid CBOR "
                                       "(major type %3 has no indefinite form)")
                            .arg(at)
                            .arg(byteHex(initial))
                            .arg(major));
        }
        ++m_pos;
        if (ai < 24) {
            h.arg = ai;
            return h;
        }
        const int size = 1 << (ai - 24);
        if (remaining() < size) {
            return fail(ErrorCode::Malformed,
                        QStringLiteral("truncated input: the item at byte offset %1 needs %2 more byte(s) for its "
                                       "%3, but the input ends at byte offset %4")
                            .arg(at)
                            .arg(size)
                            .arg(argumentName(major))
                            .arg(m_size));
        }
        quint64 arg = 0;
        for (int i = 0; i < size; ++i) {
            arg = (arg << 8) | m_data[m_pos + i];
        }
        m_pos += size;
        // The smallest argument that needs this many bytes; anything less had a shorter form.
        static constexpr quint64 shortest[] = {24, 0x100, 0x10000, 0x100000000};
        if (arg < shortest[ai - 24]) {
            return fail(ErrorCode::NotCanonical,
                        QStringLiteral("byte offset %1: the %2 %3 is written with %4 argument byte(s); "
                                       "canonical CBOR requires the shortest form")
                            .arg(at)
                            .arg(argumentName(major))
                            .arg(arg)
                            .arg(size));
        }
        h.arg = arg;
        return h;
    }

    Result<Item> simple()
    {
        const qsizetype at = m_pos;
        const quint8 initial = m_data[m_pos];
        const quint8 ai = initial & 0x1f;
        switch (ai) {
        case SimpleFalse:
        case SimpleTrue:
            ++m_pos;
            if constexpr (Build) {
                return Value::fromBool(ai == SimpleTrue);
            } else {
                return Skipped{};
            }
        case SimpleNull:
            ++m_pos;
            return Item{};
        case SimpleUndefined:
            return fail(ErrorCode::Unsupported,
                        QStringLiteral("byte offset %1: 'undefined' is not supported; only false, true and null are")
                            .arg(at));
        case 24: {
            if (remaining() < 2) {
                return fail(ErrorCode::Malformed,
                            QStringLiteral("truncated input: the simple value at byte offset %1 needs 1 more byte")
                                .arg(at));
            }
            const quint8 value = m_data[m_pos + 1];
            if (value < 32) {
                return fail(ErrorCode::Malformed,
                            QStringLiteral("byte offset %1: simple value %2 in the two-byte form is not valid CBOR "
                                           "(RFC 8949 §3.3)")
                                .arg(at)
                                .arg(value));
            }
            return fail(ErrorCode::Unsupported,
                        QStringLiteral("byte offset %1: simple value %2 is not supported; only false, true and "
                                       "null are")
                            .arg(at)
                            .arg(value));
        }
        case 25:
        case 26:
        case 27:
            return fail(ErrorCode::Unsupported,
                        QStringLiteral("byte offset %1: floating-point numbers (initial byte %2) are not supported; "
                                       "Courtyard encodes amounts as integers")
                            .arg(at)
                            .arg(byteHex(initial)));
        case 28:
        case 29:
        case 30:
            return fail(ErrorCode::Malformed,
                        QStringLiteral("byte offset %1: initial byte %2 uses reserved additional information %3; "
                                       "this is not valid CBOR")
                            .arg(at)
                            .arg(byteHex(initial))
                            .arg(ai));
        case 31:
            return fail(ErrorCode::Malformed,
                        QStringLiteral("byte offset %1: unexpected break byte 0xff outside an "
                                       "indefinite-length item")
                            .arg(at));
        default:
            return fail(ErrorCode::Unsupported,
                        QStringLiteral("byte offset %1: simple value %2 is not supported; only false, true and "
                                       "null are")
                            .arg(at)
                            .arg(ai));
        }
    }

    Result<void> enter(qsizetype at, int depth) const
    {
        if (depth >= m_limits.maxDepth) {
            return fail(ErrorCode::LimitExceeded,
                        QStringLiteral("byte offset %1: arrays and maps are nested deeper than the limit of %2 levels")
                            .arg(at)
                            .arg(m_limits.maxDepth));
        }
        return {};
    }

    // depth = number of arrays and maps around this item.
    Result<Item> item(int depth)
    {
        CY_ASSERT(m_pos < m_size);
        const qsizetype at = m_pos;
        const quint8 major = m_data[m_pos] >> 5;
        if (major == MajorSimple) {
            return simple();
        }
        CY_TRY(const Head h, head());
        switch (h.major) {
        case MajorUnsigned:
            if constexpr (Build) {
                return Value::fromUnsigned(h.arg);
            } else {
                return Skipped{};
            }
        case MajorNegative:
            if constexpr (Build) {
                return Value::fromNegative(h.arg);
            } else {
                return Skipped{};
            }
        case MajorBytes:
        case MajorText: {
            if (h.arg > static_cast<quint64>(remaining())) {
                return fail(ErrorCode::Malformed,
                            QStringLiteral("truncated input: the %1 at byte offset %2 declares %3 bytes, "
                                           "but only %4 remain")
                                .arg(indefiniteName(h.major))
                                .arg(at)
                                .arg(h.arg)
                                .arg(remaining()));
            }
            const auto size = static_cast<qsizetype>(h.arg);
            const uchar *p = m_data + m_pos;
            const qsizetype contentAt = m_pos;
            m_pos += size;
            if (h.major == MajorBytes) {
                if constexpr (Build) {
                    return Value::fromBytes(QByteArray(reinterpret_cast<const char *>(p), size));
                } else {
                    return Skipped{};
                }
            }
            if (const auto problem = findUtf8Problem(QByteArrayView(p, size))) {
                return fail(ErrorCode::Malformed,
                            QStringLiteral("byte offset %1: the text string at byte offset %2 is not valid UTF-8: %3")
                                .arg(contentAt + problem->offset)
                                .arg(at)
                                .arg(problem->reason));
            }
            if constexpr (Build) {
                // ConvertInitialBom keeps a leading U+FEFF, which QString::fromUtf8 would drop and
                // so break the round trip. The input is validated above, so no error can occur.
                QStringDecoder toUtf16(QStringDecoder::Utf8,
                                       QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
                QString text = toUtf16.decode(QByteArrayView(p, size));
                CY_ASSERT(!toUtf16.hasError());
                return Value::fromText(std::move(text));
            } else {
                return Skipped{};
            }
        }
        case MajorArray: {
            CY_CHECK(enter(at, depth));
            // Every item takes at least one byte: a larger count cannot be honest, and checking
            // it first keeps a forged count from reserving memory.
            if (h.arg > static_cast<quint64>(remaining())) {
                return fail(ErrorCode::Malformed,
                            QStringLiteral("truncated input: the array at byte offset %1 declares %2 items, "
                                           "but only %3 byte(s) remain")
                                .arg(at)
                                .arg(h.arg)
                                .arg(remaining()));
            }
            [[maybe_unused]] Array items;
            if constexpr (Build) {
                // A declared count is only a claim: nested containers could each claim as many
                // items as bytes remain, so reserve a little and let real items grow the vector.
                items.reserve(static_cast<std::size_t>(std::min<quint64>(h.arg, kMaxReserve)));
            }
            for (quint64 i = 0; i < h.arg; ++i) {
                if (m_pos >= m_size) {
                    return truncatedContainer(QStringLiteral("array"), at, h.arg, i);
                }
                CY_TRY([[maybe_unused]] Item v, item(depth + 1));
                if constexpr (Build) {
                    items.push_back(std::move(v));
                }
            }
            if constexpr (Build) {
                return Value::fromArray(std::move(items));
            } else {
                return Skipped{};
            }
        }
        case MajorMap: {
            CY_CHECK(enter(at, depth));
            if (h.arg > static_cast<quint64>(remaining() / 2)) {
                return fail(ErrorCode::Malformed,
                            QStringLiteral("truncated input: the map at byte offset %1 declares %2 entries, "
                                           "but only %3 byte(s) remain")
                                .arg(at)
                                .arg(h.arg)
                                .arg(remaining()));
            }
            [[maybe_unused]] Map entries;
            if constexpr (Build) {
                entries.reserve(static_cast<std::size_t>(std::min<quint64>(h.arg, kMaxReserve)));
            }
            qsizetype previousStart = -1;
            qsizetype previousEnd = -1;
            for (quint64 i = 0; i < h.arg; ++i) {
                if (m_pos >= m_size) {
                    return truncatedContainer(QStringLiteral("map"), at, h.arg, i);
                }
                const qsizetype keyStart = m_pos;
                CY_TRY([[maybe_unused]] Item key, item(depth + 1));
                const qsizetype keyEnd = m_pos;
                if (previousStart >= 0) {
                    // The input is canonical up to here, so its key bytes are the keys' encodings.
                    const QByteArrayView previous(m_data + previousStart, previousEnd - previousStart);
                    const QByteArrayView current(m_data + keyStart, keyEnd - keyStart);
                    const int order = compareBytes(previous, current);
                    if (order == 0) {
                        return fail(ErrorCode::NotCanonical,
                                    QStringLiteral("byte offset %1: duplicate map key %2 (first seen at byte offset %3)")
                                        .arg(keyStart)
                                        .arg(keyAt(keyStart, keyEnd))
                                        .arg(previousStart));
                    }
                    if (order > 0) {
                        return fail(ErrorCode::NotCanonical,
                                    QStringLiteral("byte offset %1: map key %2 is out of order; canonical CBOR sorts "
                                                   "keys by the bytewise order of their encodings, so it must come "
                                                   "before %3 at byte offset %4")
                                        .arg(keyStart)
                                        .arg(keyAt(keyStart, keyEnd), keyAt(previousStart, previousEnd))
                                        .arg(previousStart));
                    }
                }
                previousStart = keyStart;
                previousEnd = keyEnd;
                if (m_pos >= m_size) {
                    return fail(ErrorCode::Malformed,
                                QStringLiteral("truncated input: the map at byte offset %1 ends after a key, "
                                               "without its value")
                                    .arg(at));
                }
                CY_TRY([[maybe_unused]] Item value, item(depth + 1));
                if constexpr (Build) {
                    entries.emplace_back(std::move(key), std::move(value));
                }
            }
            if constexpr (Build) {
                Value r;
                r.m_v = std::move(entries);
                return r;
            } else {
                return Skipped{};
            }
        }
        case MajorTag:
            return fail(ErrorCode::Unsupported,
                        QStringLiteral("byte offset %1: tag %2 is not supported; Courtyard's canonical CBOR has no tags")
                            .arg(at)
                            .arg(h.arg));
        }
        CY_ASSERT(false && "major type out of range");
        return Item{};
    }

    // A map key for an error message, read again from its bytes so that validate() names it as
    // decode() does. Only on the error path; the key is canonical, so this cannot fail.
    QString keyAt(qsizetype start, qsizetype end) const
    {
        const auto key = Walker<true>(QByteArrayView(m_data + start, end - start), m_limits).run();
        CY_ASSERT(key.has_value());
        return shortDiagnostic(*key);
    }

    tl::unexpected<Error> truncatedContainer(const QString &what, qsizetype at, quint64 count, quint64 got) const
    {
        return fail(ErrorCode::Malformed,
                    QStringLiteral("truncated input: the %1 at byte offset %2 declares %3 entries, "
                                   "but the input ends after %4")
                        .arg(what)
                        .arg(at)
                        .arg(count)
                        .arg(got));
    }

    const uchar *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_pos = 0;
    DecodeLimits m_limits;
};

Result<Value> decode(QByteArrayView bytes, const DecodeLimits &limits)
{
    return Walker<true>(bytes, limits).run();
}

Result<void> validate(QByteArrayView bytes, const DecodeLimits &limits)
{
    CY_CHECK(Walker<false>(bytes, limits).run());
    return {};
}

Result<qsizetype> validatePrefix(QByteArrayView bytes, int depth, const DecodeLimits &limits)
{
    return Walker<false>(bytes, limits).prefix(depth);
}

// --- Record ------------------------------------------------------------------------------------

Result<Record> Record::from(const Value &value, QString what)
{
    if (!value.isMap()) {
        return fail(ErrorCode::Malformed,
                    QStringLiteral("%1: expected a map, found %2").arg(what, typeName(value.type())));
    }
    for (const auto &entry : value.asMap()) {
        if (!entry.first.isText()) {
            return fail(ErrorCode::Malformed, QStringLiteral("%1: every key must be a text string, found the key %2")
                                                  .arg(what, shortDiagnostic(entry.first)));
        }
    }
    return Record(&value, std::move(what));
}

bool Record::has(QStringView key) const
{
    return m_map->find(key) != nullptr;
}

Result<const Value *> Record::require(QStringView key) const
{
    const Value *v = m_map->find(key);
    if (!v) {
        return fail(ErrorCode::Malformed, QStringLiteral("%1: field '%2' is missing").arg(m_what, key));
    }
    return v;
}

namespace {

tl::unexpected<Error> wrongType(const QString &what, QStringView key, const QString &expected, const Value &found)
{
    return fail(ErrorCode::Malformed, QStringLiteral("%1: field '%2' must be %3, found %4")
                                          .arg(what, key, expected, typeName(found.type())));
}

} // namespace

Result<quint64> Record::uint(QStringView key) const
{
    CY_TRY(const Value *v, require(key));
    if (!v->isUnsigned()) {
        return wrongType(m_what, key, QStringLiteral("an unsigned integer"), *v);
    }
    return *v->toUInt64();
}

Result<qint64> Record::int64(QStringView key) const
{
    CY_TRY(const Value *v, require(key));
    if (!v->isInteger()) {
        return wrongType(m_what, key, QStringLiteral("an integer"), *v);
    }
    auto r = v->toInt64();
    if (!r) {
        return fail(r.error().prefixed(QStringLiteral("%1: field '%2'").arg(m_what, key)));
    }
    return *r;
}

Result<QByteArray> Record::bytes(QStringView key, qsizetype exactSize) const
{
    CY_TRY(const Value *v, require(key));
    if (!v->isBytes()) {
        return wrongType(m_what, key, QStringLiteral("a byte string"), *v);
    }
    const QByteArray &b = v->asBytes();
    if (exactSize >= 0 && b.size() != exactSize) {
        return fail(ErrorCode::Malformed, QStringLiteral("%1: field '%2' must be %3 bytes long, found %4 bytes")
                                              .arg(m_what, key)
                                              .arg(exactSize)
                                              .arg(b.size()));
    }
    return b;
}

Result<QString> Record::text(QStringView key) const
{
    CY_TRY(const Value *v, require(key));
    if (!v->isText()) {
        return wrongType(m_what, key, QStringLiteral("a text string"), *v);
    }
    return v->asText();
}

Result<bool> Record::boolean(QStringView key) const
{
    CY_TRY(const Value *v, require(key));
    if (!v->isBool()) {
        return wrongType(m_what, key, QStringLiteral("a boolean"), *v);
    }
    return v->asBool();
}

Result<const Array *> Record::array(QStringView key) const
{
    CY_TRY(const Value *v, require(key));
    if (!v->isArray()) {
        return wrongType(m_what, key, QStringLiteral("an array"), *v);
    }
    return &v->asArray();
}

Result<const Value *> Record::value(QStringView key) const
{
    return require(key);
}

Result<void> Record::allowOnly(std::initializer_list<QStringView> keys) const
{
    for (const auto &entry : m_map->asMap()) {
        const QString &name = entry.first.asText();
        if (std::find(keys.begin(), keys.end(), QStringView(name)) == keys.end()) {
            QStringList allowed;
            for (const QStringView k : keys) {
                allowed.append(k.toString());
            }
            return fail(ErrorCode::Malformed, QStringLiteral("%1: unknown field '%2' (this format allows only: %3)")
                                                  .arg(m_what, name, allowed.join(QStringLiteral(", "))));
        }
    }
    return {};
}

} // namespace courtyard::cbor
