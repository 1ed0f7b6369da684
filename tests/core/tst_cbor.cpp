// Tests for courtyard::cbor: RFC 8949 Appendix A vectors, the §4.2.1 canonical-form rules,
// bounds on memory and depth, the encoder's shortest forms and key order, and Record.
#include "core/base/hex.h"
#include "core/codec/cbor.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStringDecoder>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <limits>

using courtyard::ErrorCode;
using courtyard::Result;
using namespace courtyard::cbor;

Q_DECLARE_METATYPE(courtyard::cbor::Value)
Q_DECLARE_METATYPE(courtyard::ErrorCode)

namespace courtyard::cbor {
// Lets QCOMPARE print a Value that differs.
char *toString(const Value &v)
{
    return QTest::toString(v.diagnostic());
}
} // namespace courtyard::cbor

namespace {

// Hex test vectors, written the way the RFC prints them ("0x" and spaces optional); a typo aborts.
QByteArray hex(const char *text)
{
    QByteArray s(text);
    if (s.startsWith("0x")) {
        s.remove(0, 2);
    }
    s.replace(' ', QByteArray());
    const auto bytes = courtyard::fromHex(QString::fromLatin1(s));
    CY_ASSERT(bytes.has_value());
    return *bytes;
}

Value u(quint64 v)
{
    return Value::fromUnsigned(v);
}

Value i(qint64 v)
{
    return Value::fromInt(v);
}

Value t(const char16_t *s)
{
    return Value::fromText(QString::fromUtf16(s));
}

Value arr(std::initializer_list<Value> items)
{
    return Value::fromArray(Array(items));
}

QString codeName(const Result<Value> &r)
{
    return r ? QStringLiteral("(decoded: %1)").arg(r->diagnostic()) : courtyard::errorCodeName(r.error().code);
}

// decode(), checked against validate() and validatePrefix() on the same input: they share one
// set of rules, so every row of every table must get the same verdict, code and message.
Result<Value> decodeChecked(QByteArrayView bytes, const DecodeLimits &limits = {})
{
    Result<Value> decoded = courtyard::cbor::decode(bytes, limits);
    const Result<void> validated = validate(bytes, limits);
    const auto where = [&] { return QStringLiteral(" for input %1").arg(QLatin1String(bytes.first(std::min<qsizetype>(bytes.size(), 64)).toByteArray().toHex())); };
    if (decoded.has_value() != validated.has_value()) {
        QTest::qFail(qPrintable(QStringLiteral("decode() %1 but validate() %2")
                                    .arg(decoded ? QStringLiteral("accepts") : QStringLiteral("refuses"),
                                         validated ? QStringLiteral("accepts") : QStringLiteral("refuses"))
                                + where()),
                     __FILE__, __LINE__);
    } else if (!decoded && (decoded.error().code != validated.error().code || decoded.error().message != validated.error().message)) {
        QTest::qFail(qPrintable(QStringLiteral("decode() says '%1' but validate() says '%2'")
                                    .arg(decoded.error().message, validated.error().message)
                                + where()),
                     __FILE__, __LINE__);
    }
    if (decoded) {
        const Result<qsizetype> size = validatePrefix(bytes, 0, limits);
        if (!size || *size != bytes.size()) {
            QTest::qFail(qPrintable(QStringLiteral("validatePrefix() does not find the whole item") + where()), __FILE__, __LINE__);
        }
    }
    return decoded;
}

constexpr const char *DeathChildEnv = "COURTYARD_TST_CBOR_DEATH_CHILD";

} // namespace

class TestCbor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appendixA_data();
    void appendixA();
    void appendixARejected_data();
    void appendixARejected();
    void validUtf8_data();
    void validUtf8();
    void utf8AgreesWithQt();
    void notCanonical_data();
    void notCanonical();
    void malformed_data();
    void malformed();
    void keyOrderOfSection421();
    void truncationAtEveryOffset();
    void trailingBytes();
    void depthLimit_data();
    void depthLimit();
    void depthBomb();
    void validatePrefix();
    void hugeDeclaredCounts_data();
    void hugeDeclaredCounts();
    void inputSizeLimit();
    void encodeShortestIntegers_data();
    void encodeShortestIntegers();
    void encodeShortestLengths_data();
    void encodeShortestLengths();
    void encodeSortsKeys();
    void textKeysSortAsTheirEncodings();
    void roundTripNested();
    void integerViews();
    void diagnosticEscapes();
    void findKey();
    void encodeDuplicateKeysAborts();
    void record_data();
    void record();
    void recordFrom();
    void recordAllowOnly();

private:
    Value sampleRecord() const;
};

// RFC 8949 Appendix A, Table 6: every example that is in Courtyard's profile. Each must decode
// to the value and the exact diagnostic the RFC gives, and re-encode to the same bytes.
void TestCbor::appendixA_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("diagnostic");
    QTest::addColumn<Value>("expected");

    const auto row = [](const char *hexText, const QString &diag, const Value &v) {
        QTest::newRow(hexText) << hex(hexText) << diag << v;
    };
    row("0x00", QStringLiteral("0"), u(0));
    row("0x01", QStringLiteral("1"), u(1));
    row("0x0a", QStringLiteral("10"), u(10));
    row("0x17", QStringLiteral("23"), u(23));
    row("0x1818", QStringLiteral("24"), u(24));
    row("0x1819", QStringLiteral("25"), u(25));
    row("0x1864", QStringLiteral("100"), u(100));
    row("0x1903e8", QStringLiteral("1000"), u(1000));
    row("0x1a000f4240", QStringLiteral("1000000"), u(1000000));
    row("0x1b000000e8d4a51000", QStringLiteral("1000000000000"), u(1000000000000ULL));
    row("0x1bffffffffffffffff", QStringLiteral("18446744073709551615"), u(18446744073709551615ULL));
    row("0x3bffffffffffffffff", QStringLiteral("-18446744073709551616"),
        Value::fromNegative(18446744073709551615ULL));
    row("0x20", QStringLiteral("-1"), i(-1));
    row("0x29", QStringLiteral("-10"), i(-10));
    row("0x3863", QStringLiteral("-100"), i(-100));
    row("0x3903e7", QStringLiteral("-1000"), i(-1000));
    row("0xf4", QStringLiteral("false"), Value::fromBool(false));
    row("0xf5", QStringLiteral("true"), Value::fromBool(true));
    row("0xf6", QStringLiteral("null"), Value::null());
    row("0x40", QStringLiteral("h''"), Value::fromBytes(QByteArray()));
    row("0x4401020304", QStringLiteral("h'01020304'"), Value::fromBytes(QByteArray("\x01\x02\x03\x04", 4)));
    row("0x60", QStringLiteral("\"\""), t(u""));
    row("0x6161", QStringLiteral("\"a\""), t(u"a"));
    row("0x6449455446", QStringLiteral("\"IETF\""), t(u"IETF"));
    row("0x62225c", QStringLiteral("\"\\\"\\\\\""), t(u"\"\\"));
    row("0x62c3bc", QStringLiteral("\"\\u00fc\""), t(u"\u00fc"));
    row("0x63e6b0b4", QStringLiteral("\"\\u6c34\""), t(u"\u6c34"));
    row("0x64f0908591", QStringLiteral("\"\\ud800\\udd51\""), t(u"\U00010151"));
    row("0x80", QStringLiteral("[]"), arr({}));
    row("0x83010203", QStringLiteral("[1, 2, 3]"), arr({u(1), u(2), u(3)}));
    row("0x8301820203820405", QStringLiteral("[1, [2, 3], [4, 5]]"),
        arr({u(1), arr({u(2), u(3)}), arr({u(4), u(5)})}));
    Array oneToTwentyFive;
    for (quint64 k = 1; k <= 25; ++k) {
        oneToTwentyFive.push_back(u(k));
    }
    row("0x98190102030405060708090a0b0c0d0e0f101112131415161718181819",
        QStringLiteral("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]"),
        Value::fromArray(oneToTwentyFive));
    row("0xa0", QStringLiteral("{}"), Value::fromMap(Map{}));
    row("0xa201020304", QStringLiteral("{1: 2, 3: 4}"), Value::fromMap(Map{{u(1), u(2)}, {u(3), u(4)}}));
    row("0xa26161016162820203", QStringLiteral("{\"a\": 1, \"b\": [2, 3]}"),
        Value::fromMap({{QStringLiteral("a"), u(1)}, {QStringLiteral("b"), arr({u(2), u(3)})}}));
    row("0x826161a161626163", QStringLiteral("[\"a\", {\"b\": \"c\"}]"),
        arr({t(u"a"), Value::fromMap({{QStringLiteral("b"), t(u"c")}})}));
    row("0xa56161614161626142616361436164614461656145",
        QStringLiteral("{\"a\": \"A\", \"b\": \"B\", \"c\": \"C\", \"d\": \"D\", \"e\": \"E\"}"),
        Value::fromMap({{QStringLiteral("a"), t(u"A")},
                        {QStringLiteral("b"), t(u"B")},
                        {QStringLiteral("c"), t(u"C")},
                        {QStringLiteral("d"), t(u"D")},
                        {QStringLiteral("e"), t(u"E")}}));
}

void TestCbor::appendixA()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, diagnostic);
    QFETCH(Value, expected);

    const auto decoded = decodeChecked(bytes);
    QVERIFY2(decoded.has_value(), qPrintable(decoded ? QString() : decoded.error().message));
    QCOMPARE(*decoded, expected);
    QCOMPARE(decoded->diagnostic(), diagnostic);
    QCOMPARE(expected.diagnostic(), diagnostic);
    QCOMPARE(decoded->encode(), bytes);
    QCOMPARE(expected.encode(), bytes);
}

// RFC 8949 Appendix A examples outside the profile: floats, tags, undefined, other simple values
// and every indefinite-length example. The offset is where the message must say the problem is.
void TestCbor::appendixARejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("offset");

    const auto row = [](const char *name, const char *hexText, ErrorCode code, int offset) {
        QTest::newRow(name) << hex(hexText) << code << offset;
    };
    // Floating point.
    for (const char *f : {"0xf90000", "0xf98000", "0xf93c00", "0xfb3ff199999999999a", "0xf93e00", "0xf97bff",
                          "0xfa47c35000", "0xfa7f7fffff", "0xfb7e37e43c8800759c", "0xf90001", "0xf90400",
                          "0xf9c400", "0xfbc010666666666666", "0xf97c00", "0xf97e00", "0xf9fc00", "0xfa7f800000",
                          "0xfa7fc00000", "0xfaff800000", "0xfb7ff0000000000000", "0xfb7ff8000000000000",
                          "0xfbfff0000000000000"}) {
        row(f, f, ErrorCode::Unsupported, 0);
    }
    row("undefined", "0xf7", ErrorCode::Unsupported, 0);
    row("simple(16)", "0xf0", ErrorCode::Unsupported, 0);
    row("simple(255)", "0xf8ff", ErrorCode::Unsupported, 0);
    // RFC 7049 listed simple(24) as 0xf818; RFC 8949 §3.3 made it not well-formed.
    row("simple(24), RFC 7049", "0xf818", ErrorCode::Malformed, 0);
    // Tags, including the bignums 2 and 3.
    row("0(\"2013-03-21T20:04:00Z\")", "0xc074323031332d30332d32315432303a30343a30305a", ErrorCode::Unsupported, 0);
    row("1(1363896240)", "0xc11a514b67b0", ErrorCode::Unsupported, 0);
    row("1(1363896240.5)", "0xc1fb41d452d9ec200000", ErrorCode::Unsupported, 0);
    row("23(h'01020304')", "0xd74401020304", ErrorCode::Unsupported, 0);
    row("24(h'6449455446')", "0xd818456449455446", ErrorCode::Unsupported, 0);
    row("32(\"http://www.example.com\")", "0xd82076687474703a2f2f7777772e6578616d706c652e636f6d",
        ErrorCode::Unsupported, 0);
    row("18446744073709551616", "0xc249010000000000000000", ErrorCode::Unsupported, 0);
    row("-18446744073709551617", "0xc349010000000000000000", ErrorCode::Unsupported, 0);
    // Indefinite lengths.
    row("(_ h'0102', h'030405')", "0x5f42010243030405ff", ErrorCode::NotCanonical, 0);
    row("(_ \"strea\", \"ming\")", "0x7f657374726561646d696e67ff", ErrorCode::NotCanonical, 0);
    row("[_ ]", "0x9fff", ErrorCode::NotCanonical, 0);
    row("[_ 1, [2, 3], [_ 4, 5]]", "0x9f018202039f0405ffff", ErrorCode::NotCanonical, 0);
    row("[_ 1, [2, 3], [4, 5]]", "0x9f01820203820405ff", ErrorCode::NotCanonical, 0);
    row("[1, [2, 3], [_ 4, 5]]", "0x83018202039f0405ff", ErrorCode::NotCanonical, 5);
    row("[1, [_ 2, 3], [4, 5]]", "0x83019f0203ff820405", ErrorCode::NotCanonical, 2);
    row("[_ 1, 2, ..., 25]", "0x9f0102030405060708090a0b0c0d0e0f101112131415161718181819ff",
        ErrorCode::NotCanonical, 0);
    row("{_ \"a\": 1, \"b\": [_ 2, 3]}", "0xbf61610161629f0203ffff", ErrorCode::NotCanonical, 0);
    row("[\"a\", {_ \"b\": \"c\"}]", "0x826161bf61626163ff", ErrorCode::NotCanonical, 3);
    row("{_ \"Fun\": true, \"Amt\": -2}", "0xbf6346756ef563416d7421ff", ErrorCode::NotCanonical, 0);
}

void TestCbor::appendixARejected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    QFETCH(int, offset);

    const auto decoded = decodeChecked(bytes);
    QVERIFY2(!decoded.has_value(), qPrintable(codeName(decoded)));
    QCOMPARE(courtyard::errorCodeName(decoded.error().code), courtyard::errorCodeName(code));
    QVERIFY2(decoded.error().message.contains(QStringLiteral("byte offset %1:").arg(offset)),
             qPrintable(decoded.error().message));
}

// Valid UTF-8 at the edges of RFC 3629's table: must decode, print and re-encode unchanged.
void TestCbor::validUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("diagnostic");

    QTest::newRow("NUL") << hex("6100") << QStringLiteral("\"\\u0000\"");
    QTest::newRow("DEL") << hex("617f") << QStringLiteral("\"\\u007f\"");
    QTest::newRow("U+0080") << hex("62c280") << QStringLiteral("\"\\u0080\"");
    QTest::newRow("U+07FF") << hex("62dfbf") << QStringLiteral("\"\\u07ff\"");
    QTest::newRow("U+0800") << hex("63e0a080") << QStringLiteral("\"\\u0800\"");
    QTest::newRow("U+D7FF") << hex("63ed9fbf") << QStringLiteral("\"\\ud7ff\"");
    QTest::newRow("U+E000") << hex("63ee8080") << QStringLiteral("\"\\ue000\"");
    QTest::newRow("BOM kept") << hex("63efbbbf") << QStringLiteral("\"\\ufeff\"");
    QTest::newRow("U+FFFF") << hex("63efbfbf") << QStringLiteral("\"\\uffff\"");
    QTest::newRow("U+10000") << hex("64f0908080") << QStringLiteral("\"\\ud800\\udc00\"");
    QTest::newRow("U+10FFFF") << hex("64f48fbfbf") << QStringLiteral("\"\\udbff\\udfff\"");
    QTest::newRow("control escapes") << hex("6608090a0c0d01") << QStringLiteral("\"\\b\\t\\n\\f\\r\\u0001\"");
}

void TestCbor::validUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, diagnostic);

    const auto decoded = decodeChecked(bytes);
    QVERIFY2(decoded.has_value(), qPrintable(codeName(decoded)));
    QCOMPARE(decoded->diagnostic(), diagnostic);
    QCOMPARE(decoded->encode(), bytes);
}

// Differential check of the UTF-8 validation against QStringDecoder, over every 1- and 2-byte
// string and every 3-byte string whose lead byte has a special range in RFC 3629's table.
void TestCbor::utf8AgreesWithQt()
{
    const auto check = [](const QByteArray &content) {
        QStringDecoder qt(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString converted = qt.decode(content); // decode() is lazy until converted
        Q_UNUSED(converted);
        QByteArray item;
        item.append(static_cast<char>(0x60 + content.size()));
        item += content;
        const auto r = decodeChecked(item);
        if (r.has_value() == qt.hasError()) {
            qWarning("disagreement on %s: Qt %s", content.toHex().constData(), qt.hasError() ? "rejects" : "accepts");
            return false;
        }
        return true;
    };
    int disagreements = 0;
    QByteArray s(1, '\0');
    for (int a = 0; a < 256; ++a) {
        s[0] = static_cast<char>(a);
        disagreements += check(s) ? 0 : 1;
    }
    s.resize(2);
    for (int a = 0; a < 256; ++a) {
        for (int b = 0; b < 256; ++b) {
            s[0] = static_cast<char>(a);
            s[1] = static_cast<char>(b);
            disagreements += check(s) ? 0 : 1;
        }
    }
    s.resize(3);
    for (const int a : {0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf4}) {
        for (int b = 0; b < 256; ++b) {
            for (int c = 0; c < 256; ++c) {
                s[0] = static_cast<char>(a);
                s[1] = static_cast<char>(b);
                s[2] = static_cast<char>(c);
                disagreements += check(s) ? 0 : 1;
            }
        }
    }
    QCOMPARE(disagreements, 0);
}

void TestCbor::notCanonical_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mention");

    const auto row = [](const char *name, const char *hexText, const char *mention) {
        QTest::newRow(name) << hex(hexText) << QString::fromLatin1(mention);
    };
    row("0 in 1+1 bytes", "1800", "shortest form");
    row("23 in 1+1 bytes", "1817", "shortest form");
    row("1 in 1+2 bytes", "190001", "shortest form");
    row("255 in 1+2 bytes", "1900ff", "shortest form");
    row("1 in 1+4 bytes", "1a00000001", "shortest form");
    row("65535 in 1+4 bytes", "1a0000ffff", "shortest form");
    row("1 in 1+8 bytes", "1b0000000000000001", "shortest form");
    row("2^32-1 in 1+8 bytes", "1b00000000ffffffff", "shortest form");
    row("-1 in 1+1 bytes", "3800", "shortest form");
    row("-256 in 1+2 bytes", "3900ff", "shortest form");
    row("-2^32 in 1+8 bytes", "3b00000000ffffffff", "shortest form");
    row("empty bytes, length in 1+1", "5800", "length");
    row("\"a\", length in 1+1", "780161", "length");
    row("\"a\", length in 1+2", "79000161", "length");
    row("empty array, count in 1+1", "9800", "length");
    row("empty map, count in 1+4", "ba00000000", "length");
    row("nested non-shortest", "82011800", "byte offset 2");
    row("indefinite bytes", "5fff", "indefinite-length byte string");
    row("indefinite text", "7fff", "indefinite-length text string");
    row("indefinite array", "9fff", "indefinite-length array");
    row("indefinite map", "bfff", "indefinite-length map");
    row("unsorted {\"b\": 1, \"a\": 2}", "a2616201616102", "out of order");
    row("duplicate {\"a\": 1, \"a\": 2}", "a2616101616102", "duplicate map key \"a\"");
    row("duplicate integer keys", "a201020103", "duplicate map key 1");
    row("duplicate array keys", "a28101f58101f4", "duplicate map key [1]");
    // Bytewise order of encodings: "b" (0x6162) sorts before "aa" (0x626161).
    row("length-first {\"aa\", \"b\"}", "a262616101616202", "out of order");
    row("unsorted {3: 4, 1: 2}", "a203040102", "out of order");
    row("100 after -1", "a220f61864f6", "out of order");
    row("unsorted map inside array", "8201a2616201616102", "byte offset 6");
    row("unsorted keys of a key", "a1a2616201616102f6", "out of order");
}

void TestCbor::notCanonical()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mention);

    const auto decoded = decodeChecked(bytes);
    QVERIFY2(!decoded.has_value(), qPrintable(codeName(decoded)));
    QCOMPARE(courtyard::errorCodeName(decoded.error().code), courtyard::errorCodeName(ErrorCode::NotCanonical));
    QVERIFY2(decoded.error().message.contains(mention), qPrintable(decoded.error().message));
}

void TestCbor::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mention");

    const auto row = [](const char *name, const QByteArray &bytes, const char *mention) {
        QTest::newRow(name) << bytes << QString::fromLatin1(mention);
    };
    row("empty input", QByteArray(), "empty");
    for (const char *reserved : {"1c", "1d", "1e", "3c", "5c", "7e", "9d", "bc", "dc", "fc", "fd", "fe"}) {
        row(reserved, hex(reserved), "reserved");
    }
    row("uint with ai 31", hex("1f"), "no indefinite form");
    row("nint with ai 31", hex("3f"), "no indefinite form");
    row("tag with ai 31", hex("df"), "no indefinite form");
    row("lone break", hex("ff"), "break byte");
    row("break in definite array", hex("81ff"), "byte offset 1: unexpected break");
    row("break as map key", hex("a1ff00"), "break byte");
    row("uint8 cut", hex("18"), "needs 1 more byte");
    row("uint64 cut", hex("1b00000000000001"), "needs 8 more byte");
    row("bytes cut", hex("4401020304").left(4), "declares 4 bytes, but only 3 remain");
    row("text cut", hex("63e6b0"), "declares 3 bytes, but only 2 remain");
    row("array cut", hex("83410002"), "declares 3 entries, but the input ends after 2");
    row("map cut after key", hex("a201410003"), "without its value");
    row("array count beyond input", hex("830102"), "declares 3 items, but only 2 byte(s) remain");
    row("map count beyond input", hex("a2010203"), "declares 2 entries, but only 3 byte(s) remain");
    row("simple cut", hex("f8"), "needs 1 more byte");
    row("simple(0) in two bytes", hex("f800"), "two-byte form");
    row("simple(31) in two bytes", hex("f81f"), "two-byte form");
    // Invalid UTF-8, each kind RFC 3629 rules out; the offset is that of the bad byte.
    row("lone continuation", hex("6180"), "byte offset 1: the text string at byte offset 0");
    row("continuation after ASCII", hex("6261bf"), "byte offset 2");
    row("overlong NUL", hex("62c080"), "overlong");
    row("overlong 2-byte C1", hex("62c1bf"), "overlong");
    row("overlong 3-byte", hex("63e08080"), "overlong");
    row("overlong 3-byte max", hex("63e09fbf"), "overlong");
    row("overlong 4-byte", hex("64f08080 80"), "overlong");
    row("surrogate D800", hex("63eda080"), "surrogate");
    row("surrogate DFFF", hex("63edbfbf"), "surrogate");
    row("CESU-8 pair", hex("66eda080edb080"), "surrogate");
    row("above U+10FFFF", hex("64f4908080"), "above U+10FFFF");
    row("lead F5", hex("64f5808080"), "above U+10FFFF");
    row("lead FF", hex("61ff"), "above U+10FFFF");
    row("sequence cut by string end", hex("61c3"), "cut off");
    row("3-byte cut by string end", hex("62e6b0"), "cut off");
    row("missing continuation", hex("62c361"), "not a valid continuation");
    row("invalid UTF-8 in map key", hex("a162c328f6"), "not valid UTF-8");
}

void TestCbor::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mention);

    const auto decoded = decodeChecked(bytes);
    QVERIFY2(!decoded.has_value(), qPrintable(codeName(decoded)));
    QCOMPARE(courtyard::errorCodeName(decoded.error().code), courtyard::errorCodeName(ErrorCode::Malformed));
    QVERIFY2(decoded.error().message.contains(mention), qPrintable(decoded.error().message));
}

// The eight keys that RFC 8949 §4.2.1 lists in correct order.
void TestCbor::keyOrderOfSection421()
{
    const QList<QByteArray> keys = {hex("0a"),   hex("1864"),   hex("20"),   hex("617a"),
                                    hex("626161"), hex("811864"), hex("8120"), hex("f4")};
    QByteArray canonical = hex("a8");
    Map reversed;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        canonical += keys[k] + hex("f6");
        const auto key = decodeChecked(keys[keys.size() - 1 - k]);
        QVERIFY(key.has_value());
        reversed.emplace_back(*key, Value::null());
    }
    QCOMPARE(Value::fromMap(reversed).encode(), canonical);
    const auto decoded = decodeChecked(canonical);
    QVERIFY2(decoded.has_value(), qPrintable(codeName(decoded)));
    QCOMPARE(decoded->diagnostic(), QStringLiteral("{10: null, 100: null, -1: null, \"z\": null, \"aa\": null, "
                                                   "[100]: null, [-1]: null, false: null}"));

    // Swapping any two neighbours breaks the order.
    for (qsizetype k = 0; k + 1 < keys.size(); ++k) {
        QByteArray swapped = hex("a8");
        for (qsizetype j = 0; j < keys.size(); ++j) {
            const qsizetype pick = j == k ? k + 1 : (j == k + 1 ? k : j);
            swapped += keys[pick] + hex("f6");
        }
        const auto r = decodeChecked(swapped);
        QVERIFY2(!r.has_value(), swapped.toHex().constData());
        QCOMPARE(r.error().code, ErrorCode::NotCanonical);
    }
}

void TestCbor::truncationAtEveryOffset()
{
    const Value v = Value::fromMap({
        {QStringLiteral("amount"), i(-120000)},
        {QStringLiteral("memo"), t(u"rent \u6c34 2024-05")},
        {QStringLiteral("key"), Value::fromBytes(QByteArray(40, '\x5a'))},
        {QStringLiteral("seq"), u(4294967296ULL)},
        {QStringLiteral("lines"), arr({u(1), arr({Value::fromBool(true), Value::null()}), u(70000)})},
        {QStringLiteral("meta"), Value::fromMap(Map{{u(1), t(u"x")}, {i(-1), Value::fromBool(false)}})},
    });
    const QByteArray full = v.encode();
    QVERIFY(decodeChecked(full).has_value());
    for (qsizetype n = 0; n < full.size(); ++n) {
        const auto r = decodeChecked(full.left(n));
        QVERIFY2(!r.has_value(), qPrintable(QStringLiteral("prefix of %1 bytes decoded").arg(n)));
        QVERIFY2(r.error().code == ErrorCode::Malformed,
                 qPrintable(QStringLiteral("prefix of %1 bytes: %2").arg(n).arg(r.error().message)));
    }
}

void TestCbor::trailingBytes()
{
    const QByteArray item = hex("a26161016162820203");
    for (const char *garbage : {"00", "ff", "f6f6", "a26161"}) {
        const QByteArray extra = hex(garbage);
        const auto r = decodeChecked(item + extra);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::Malformed);
        const QString expected =
            QStringLiteral("%1 trailing byte(s) after the item that ends at byte offset %2").arg(extra.size()).arg(item.size());
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }
}

void TestCbor::depthLimit_data()
{
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("nesting");
    QTest::addColumn<bool>("ok");

    QTest::newRow("default 32, 32 arrays") << 32 << 32 << true;
    QTest::newRow("default 32, 33 arrays") << 32 << 33 << false;
    QTest::newRow("limit 1, 1 array") << 1 << 1 << true;
    QTest::newRow("limit 1, 2 arrays") << 1 << 2 << false;
    QTest::newRow("limit 0, scalar") << 0 << 0 << true;
    QTest::newRow("limit 0, 1 array") << 0 << 1 << false;
}

void TestCbor::depthLimit()
{
    QFETCH(int, maxDepth);
    QFETCH(int, nesting);
    QFETCH(bool, ok);

    // Alternate arrays and maps: [{0: [{0: ... 0}]}]
    QByteArray bytes;
    for (int d = 0; d < nesting; ++d) {
        bytes += d % 2 == 0 ? hex("81") : hex("a100");
    }
    bytes += hex("00");
    DecodeLimits limits;
    limits.maxDepth = maxDepth;
    const auto r = decodeChecked(bytes, limits);
    QCOMPARE(r.has_value(), ok);
    if (!ok) {
        QCOMPARE(r.error().code, ErrorCode::LimitExceeded);
        QVERIFY2(r.error().message.contains(QStringLiteral("limit of %1 levels").arg(maxDepth)),
                 qPrintable(r.error().message));
    } else {
        QCOMPARE(r->encode(), bytes);
    }
}

void TestCbor::depthBomb()
{
    // Would overflow the stack if the decoder recursed once per byte.
    const QByteArray arrays = QByteArray(100000, '\x81') + hex("00");
    const auto r = decodeChecked(arrays);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::LimitExceeded);

    const QByteArray maps = hex("a100").repeated(100000) + hex("00");
    const auto m = decodeChecked(maps);
    QVERIFY(!m.has_value());
    QCOMPARE(m.error().code, ErrorCode::LimitExceeded);
}

void TestCbor::validatePrefix()
{
    // The item ends where decode() would report trailing bytes.
    const QByteArray item = hex("a26161016162820203");
    for (const char *garbage : {"", "00", "ff", "a26161"}) {
        const auto size = courtyard::cbor::validatePrefix(item + hex(garbage));
        QVERIFY(size.has_value());
        QCOMPARE(*size, item.size());
    }
    // An item checked at the depth it has in its document meets the same limit.
    const QByteArray nested31 = QByteArray(31, '\x81') + hex("00");
    QVERIFY(courtyard::cbor::validatePrefix(nested31, 1).has_value());
    const auto tooDeep = courtyard::cbor::validatePrefix(nested31, 2);
    QVERIFY(!tooDeep.has_value());
    QCOMPARE(tooDeep.error().code, ErrorCode::LimitExceeded);
    QCOMPARE(courtyard::cbor::validatePrefix(QByteArrayView()).error().code, ErrorCode::Malformed);
    QCOMPARE(courtyard::cbor::validatePrefix(hex("82 01")).error().code, ErrorCode::Malformed);
}

// A count or length larger than the input must be refused before anything is reserved: if the
// decoder reserved first, these would throw std::length_error / std::bad_alloc and crash.
void TestCbor::hugeDeclaredCounts_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("array 2^64-1") << hex("9bffffffffffffffff");
    QTest::newRow("array 2^64-1 with items") << hex("9bffffffffffffffff000000");
    QTest::newRow("array 2^32-1") << hex("9affffffff00");
    QTest::newRow("map 2^64-1") << hex("bbffffffffffffffff0000");
    QTest::newRow("map 2^32-1") << hex("baffffffff0000");
    QTest::newRow("map 3 with 5 bytes") << hex("a30102030405");
    QTest::newRow("bytes 2^64-1") << hex("5bffffffffffffffff00");
    QTest::newRow("text 2^63") << hex("7b800000000000000061");
    QTest::newRow("nested array 2^64-1") << hex("819bffffffffffffffff");
}

void TestCbor::hugeDeclaredCounts()
{
    QFETCH(QByteArray, bytes);

    const auto r = decodeChecked(bytes);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::Malformed);
    QVERIFY2(r.error().message.contains(QStringLiteral("remain")), qPrintable(r.error().message));
}

void TestCbor::inputSizeLimit()
{
    DecodeLimits limits;
    limits.maxInputSize = 16;
    const QByteArray sixteen = hex("4f") + QByteArray(15, 'x');
    QVERIFY(decodeChecked(sixteen, limits).has_value());
    const QByteArray seventeen = hex("50") + QByteArray(16, 'x');
    const auto r = decodeChecked(seventeen, limits);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::LimitExceeded);
    QVERIFY2(r.error().message.contains(QStringLiteral("17 bytes")), qPrintable(r.error().message));

    // The default limit is 16 MiB.
    const qsizetype mib16 = 16 * 1024 * 1024;
    const QByteArray atLimit = hex("5a00fffffb") + QByteArray(mib16 - 5, '\0');
    QVERIFY(decodeChecked(atLimit).has_value());
    const QByteArray overLimit = hex("5a00fffffc") + QByteArray(mib16 - 4, '\0');
    const auto big = decodeChecked(overLimit);
    QVERIFY(!big.has_value());
    QCOMPARE(big.error().code, ErrorCode::LimitExceeded);
}

void TestCbor::encodeShortestIntegers_data()
{
    QTest::addColumn<Value>("value");
    QTest::addColumn<QByteArray>("bytes");

    constexpr qint64 min = std::numeric_limits<qint64>::min();
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("0") << i(0) << hex("00");
    QTest::newRow("23") << i(23) << hex("17");
    QTest::newRow("24") << i(24) << hex("1818");
    QTest::newRow("255") << i(255) << hex("18ff");
    QTest::newRow("256") << i(256) << hex("190100");
    QTest::newRow("65535") << i(65535) << hex("19ffff");
    QTest::newRow("65536") << i(65536) << hex("1a00010000");
    QTest::newRow("2^32-1") << i(4294967295LL) << hex("1affffffff");
    QTest::newRow("2^32") << i(4294967296LL) << hex("1b0000000100000000");
    QTest::newRow("int64 max") << i(max) << hex("1b7fffffffffffffff");
    QTest::newRow("2^63 unsigned") << u(9223372036854775808ULL) << hex("1b8000000000000000");
    QTest::newRow("uint64 max") << u(std::numeric_limits<quint64>::max()) << hex("1bffffffffffffffff");
    QTest::newRow("-1") << i(-1) << hex("20");
    QTest::newRow("-24") << i(-24) << hex("37");
    QTest::newRow("-25") << i(-25) << hex("3818");
    QTest::newRow("-256") << i(-256) << hex("38ff");
    QTest::newRow("-257") << i(-257) << hex("390100");
    QTest::newRow("-65536") << i(-65536) << hex("39ffff");
    QTest::newRow("-65537") << i(-65537) << hex("3a00010000");
    QTest::newRow("-2^32") << i(-4294967296LL) << hex("3affffffff");
    QTest::newRow("-2^32-1") << i(-4294967297LL) << hex("3b0000000100000000");
    QTest::newRow("int64 min") << i(min) << hex("3b7fffffffffffffff");
    QTest::newRow("int64 min - 1") << Value::fromNegative(9223372036854775808ULL) << hex("3b8000000000000000");
    QTest::newRow("-2^64") << Value::fromNegative(std::numeric_limits<quint64>::max()) << hex("3bffffffffffffffff");
}

void TestCbor::encodeShortestIntegers()
{
    QFETCH(Value, value);
    QFETCH(QByteArray, bytes);

    QCOMPARE(value.encode(), bytes);
    const auto decoded = decodeChecked(bytes);
    QVERIFY2(decoded.has_value(), qPrintable(codeName(decoded)));
    QCOMPARE(*decoded, value);
}

void TestCbor::encodeShortestLengths_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("bytesHead");
    QTest::addColumn<QByteArray>("textHead");
    QTest::addColumn<QByteArray>("arrayHead");

    QTest::newRow("0") << 0 << hex("40") << hex("60") << hex("80");
    QTest::newRow("23") << 23 << hex("57") << hex("77") << hex("97");
    QTest::newRow("24") << 24 << hex("5818") << hex("7818") << hex("9818");
    QTest::newRow("255") << 255 << hex("58ff") << hex("78ff") << hex("98ff");
    QTest::newRow("256") << 256 << hex("590100") << hex("790100") << hex("990100");
    QTest::newRow("65535") << 65535 << hex("59ffff") << hex("79ffff") << hex("99ffff");
    QTest::newRow("65536") << 65536 << hex("5a00010000") << hex("7a00010000") << hex("9a00010000");
}

void TestCbor::encodeShortestLengths()
{
    QFETCH(int, length);
    QFETCH(QByteArray, bytesHead);
    QFETCH(QByteArray, textHead);
    QFETCH(QByteArray, arrayHead);

    const Value bytes = Value::fromBytes(QByteArray(length, '\x07'));
    const Value text = Value::fromText(QString(length, QLatin1Char('q')));
    const Value array = Value::fromArray(Array(static_cast<std::size_t>(length), Value::fromBool(true)));
    const QByteArray b = bytes.encode();
    const QByteArray s = text.encode();
    const QByteArray a = array.encode();
    QCOMPARE(b, bytesHead + QByteArray(length, '\x07'));
    QCOMPARE(s, textHead + QByteArray(length, 'q'));
    QCOMPARE(a, arrayHead + QByteArray(length, '\xf5'));
    for (const auto &[value, encoded] : {std::pair{bytes, b}, std::pair{text, s}, std::pair{array, a}}) {
        const auto decoded = decodeChecked(encoded);
        QVERIFY2(decoded.has_value(), qPrintable(codeName(decoded)));
        QCOMPARE(*decoded, value);
    }
}

void TestCbor::encodeSortsKeys()
{
    // Given out of order: the encoding is in bytewise order of the encoded keys.
    const Value textKeys = Value::fromMap({{QStringLiteral("aa"), u(3)},
                                           {QStringLiteral("b"), u(2)},
                                           {QStringLiteral("a"), u(1)},
                                           {QString(), u(0)}});
    QCOMPARE(textKeys.encode(), hex("a4 60 00 6161 01 6162 02 626161 03"));
    QCOMPARE(textKeys.diagnostic(), QStringLiteral("{\"\": 0, \"a\": 1, \"b\": 2, \"aa\": 3}"));

    const Value mixed = Value::fromMap(Map{{Value::fromBool(false), u(5)},
                                           {t(u""), u(4)},
                                           {Value::fromBytes(QByteArray()), u(3)},
                                           {i(-1), u(2)},
                                           {u(24), u(1)},
                                           {u(0), u(0)}});
    QCOMPARE(mixed.encode(), hex("a6 00 00 1818 01 20 02 40 03 60 04 f4 05"));

    const Value other = Value::fromMap(Map{{u(0), u(0)},
                                           {u(24), u(1)},
                                           {i(-1), u(2)},
                                           {Value::fromBytes(QByteArray()), u(3)},
                                           {t(u""), u(4)},
                                           {Value::fromBool(false), u(5)}});
    QCOMPARE(mixed, other);
    QCOMPARE(mixed.asMap().front().first, u(0));

    const auto decoded = decodeChecked(mixed.encode());
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, mixed);
}

// Maps of text keys are ordered without encoding the keys (ASCII) or by their encodings (any
// other): both must give the order of the encoded keys, bytewise (RFC 8949 4.2.1), for keys of
// every length class (heads of 1, 2 and 3 bytes) and with non-ASCII keys among them.
void TestCbor::textKeysSortAsTheirEncodings()
{
    QRandomGenerator random(20261122);
    const QString alphabet = QStringLiteral("abAB_-09z~ ");
    for (int round = 0; round < 400; ++round) {
        const bool withNonAscii = round % 4 == 3;
        Map entries;
        QSet<QString> seen;
        const int count = 1 + int(random.bounded(12));
        while (int(entries.size()) < count) {
            const int lengthClass = int(random.bounded(4));
            const int length = lengthClass == 0 ? int(random.bounded(3)) : lengthClass == 1 ? 20 + int(random.bounded(8))
                             : lengthClass == 2 ? 250 + int(random.bounded(10)) : int(random.bounded(30));
            QString key;
            for (int c = 0; c < length; ++c) {
                key += alphabet.at(int(random.bounded(alphabet.size())));
            }
            if (withNonAscii && random.bounded(3) == 0) {
                key += QChar(0x00e9); // é: two bytes in UTF-8
            }
            if (seen.contains(key)) {
                continue;
            }
            seen.insert(key);
            entries.emplace_back(Value::fromText(key), u(quint64(entries.size())));
        }
        // The expected order, computed here from the encoded keys.
        std::vector<std::pair<QByteArray, quint64>> expected;
        for (const auto &[key, value] : entries) {
            expected.emplace_back(key.encode(), *value.toUInt64());
        }
        std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
            return std::lexicographical_compare(a.first.begin(), a.first.end(), b.first.begin(), b.first.end(),
                                                [](char x, char y) { return quint8(x) < quint8(y); });
        });
        const Value map = Value::fromMap(std::move(entries));
        QCOMPARE(map.asMap().size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(map.asMap()[i].first.encode(), expected[i].first);
            QCOMPARE(*map.asMap()[i].second.toUInt64(), expected[i].second);
        }
        const auto decoded = decodeChecked(map.encode());
        QVERIFY(decoded.has_value()); // the decoder accepts only canonical order
        QCOMPARE(*decoded, map);
    }
}

void TestCbor::roundTripNested()
{
    const Value v = Value::fromMap({
        {QStringLiteral("kind"), t(u"payment")},
        {QStringLiteral("v"), u(1)},
        {QStringLiteral("postings"),
         arr({Value::fromMap({{QStringLiteral("account"), t(u"Assets:Bank")}, {QStringLiteral("minor"), i(120000)}}),
              Value::fromMap({{QStringLiteral("account"), t(u"Assets:Receivable:12-0301")},
                              {QStringLiteral("minor"), i(-120000)}})})},
        {QStringLiteral("sig"), Value::fromBytes(QByteArray(64, '\x9c'))},
        {QStringLiteral("note"), t(u"\u6c34\u8d39 \U0001F600 \"q\"")},
        {QStringLiteral("flags"), Value::fromMap(Map{{arr({u(1)}), Value::fromBool(true)}, {u(7), Value::null()}})},
        {QStringLiteral("extreme"), arr({i(std::numeric_limits<qint64>::min()), u(std::numeric_limits<quint64>::max()),
                                         Value::fromNegative(std::numeric_limits<quint64>::max())})},
    });
    const QByteArray once = v.encode();
    const auto decoded = decodeChecked(once);
    QVERIFY2(decoded.has_value(), qPrintable(codeName(decoded)));
    QCOMPARE(*decoded, v);
    QCOMPARE(decoded->encode(), once);
    QCOMPARE(decoded->diagnostic(), v.diagnostic());

    QByteArray appended = hex("ff");
    v.encodeTo(appended);
    QCOMPARE(appended, hex("ff") + once);
}

void TestCbor::integerViews()
{
    QCOMPARE(*i(-5).toInt64(), qint64(-5));
    QCOMPARE(*i(std::numeric_limits<qint64>::min()).toInt64(), std::numeric_limits<qint64>::min());
    QCOMPARE(*i(std::numeric_limits<qint64>::max()).toInt64(), std::numeric_limits<qint64>::max());
    QCOMPARE(*u(std::numeric_limits<quint64>::max()).toUInt64(), std::numeric_limits<quint64>::max());

    const auto tooBig = u(9223372036854775808ULL).toInt64();
    QVERIFY(!tooBig);
    QCOMPARE(tooBig.error().code, ErrorCode::Overflow);
    const auto tooSmall = Value::fromNegative(9223372036854775808ULL).toInt64();
    QVERIFY(!tooSmall);
    QCOMPARE(tooSmall.error().code, ErrorCode::Overflow);
    QVERIFY2(tooSmall.error().message.contains(QStringLiteral("-9223372036854775809")),
             qPrintable(tooSmall.error().message));
    const auto negative = i(-1).toUInt64();
    QVERIFY(!negative);
    QCOMPARE(negative.error().code, ErrorCode::Overflow);
    const auto notInt = t(u"7").toInt64();
    QVERIFY(!notInt);
    QCOMPARE(notInt.error().code, ErrorCode::Malformed);
    QVERIFY(!Value::null().toUInt64());

    QVERIFY(i(0).isUnsigned());
    QVERIFY(i(-1).isNegative());
    QVERIFY(i(-1).isInteger());
    QVERIFY(Value().isNull());
    QCOMPARE(Value::fromInt(-1), Value::fromNegative(0));
    QVERIFY(!(Value::fromUnsigned(0) == Value::fromNegative(0)));
}

void TestCbor::diagnosticEscapes()
{
    QCOMPARE(t(u"tab\there \"q\" back\\slash \u00e9\U0001F600").diagnostic(),
             QStringLiteral("\"tab\\there \\\"q\\\" back\\\\slash \\u00e9\\ud83d\\ude00\""));
    QCOMPARE(Value::fromMap(Map{{Value::fromBytes(QByteArray("\x00\xab", 2)), arr({Value::fromBool(true), Value::null()})}})
                 .diagnostic(),
             QStringLiteral("{h'00ab': [true, null]}"));
    QCOMPARE(arr({i(-9223372036854775807LL - 1), arr({}), Value::fromMap(Map{})}).diagnostic(),
             QStringLiteral("[-9223372036854775808, [], {}]"));
}

void TestCbor::findKey()
{
    const Value m = Value::fromMap(Map{{u(1), t(u"int key")}, {t(u"a"), u(2)}, {Value::fromBytes("b"), u(3)}});
    QVERIFY(m.find(u"a"));
    QCOMPARE(*m.find(u"a"), u(2));
    QVERIFY(!m.find(u"b")); // a byte-string key is not a text key
    QVERIFY(!m.find(u"1"));
    QVERIFY(!arr({t(u"a")}).find(u"a"));
    QVERIFY(!t(u"a").find(u"a"));
}

// Encoding a map with a duplicate key is a programmer error: CY_ASSERT aborts. Checked in a
// child process that runs only this function.
void TestCbor::encodeDuplicateKeysAborts()
{
    if (qEnvironmentVariableIsSet(DeathChildEnv)) {
        const Value dup = Value::fromMap({{QStringLiteral("a"), u(1)}, {QStringLiteral("a"), u(2)}});
        (void)dup.encode();
        return; // not reached when the assertion works
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(DeathChildEnv), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("encodeDuplicateKeysAborts")});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForFinished(-1));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY2(child.readAllStandardError().contains("assertion"), "expected the CY_ASSERT message on stderr");
}

Value TestCbor::sampleRecord() const
{
    return Value::fromMap({
        {QStringLiteral("seq"), u(7)},
        {QStringLiteral("delta"), i(-5)},
        {QStringLiteral("huge"), u(std::numeric_limits<quint64>::max())},
        {QStringLiteral("key"), Value::fromBytes(QByteArray(32, '\x01'))},
        {QStringLiteral("name"), t(u"12-0301")},
        {QStringLiteral("paid"), Value::fromBool(true)},
        {QStringLiteral("lines"), arr({u(1), u(2)})},
        {QStringLiteral("nothing"), Value::null()},
    });
}

void TestCbor::record_data()
{
    QTest::addColumn<QString>("accessor");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("result"); // the value's diagnostic, or the exact error message
    QTest::addColumn<ErrorCode>("code");

    const auto good = [](const char *name, const char *accessor, const char *field, const char *diag) {
        QTest::newRow(name) << QString::fromLatin1(accessor) << QString::fromLatin1(field) << true
                            << QString::fromUtf8(diag) << ErrorCode::InvalidArgument;
    };
    const auto bad = [](const char *name, const char *accessor, const char *field, const char *message,
                        ErrorCode code) {
        QTest::newRow(name) << QString::fromLatin1(accessor) << QString::fromLatin1(field) << false
                            << QString::fromUtf8(message) << code;
    };
    good("uint present", "uint", "seq", "7");
    good("uint max", "uint", "huge", "18446744073709551615");
    bad("uint of negative", "uint", "delta", "transaction: field 'delta' must be an unsigned integer, found a negative integer",
        ErrorCode::Malformed);
    bad("uint of text", "uint", "name", "transaction: field 'name' must be an unsigned integer, found a text string",
        ErrorCode::Malformed);
    bad("uint missing", "uint", "fee", "transaction: field 'fee' is missing", ErrorCode::Malformed);
    good("int64 negative", "int64", "delta", "-5");
    good("int64 positive", "int64", "seq", "7");
    bad("int64 too large", "int64", "huge",
        "transaction: field 'huge': 18446744073709551615 is larger than the largest signed 64-bit integer",
        ErrorCode::Overflow);
    bad("int64 of bool", "int64", "paid", "transaction: field 'paid' must be an integer, found a boolean",
        ErrorCode::Malformed);
    good("bytes any size", "bytes", "key", "h'0101010101010101010101010101010101010101010101010101010101010101'");
    good("bytes exact 32", "bytes32", "key", "h'0101010101010101010101010101010101010101010101010101010101010101'");
    bad("bytes wrong size", "bytes64", "key", "transaction: field 'key' must be 64 bytes long, found 32 bytes",
        ErrorCode::Malformed);
    bad("bytes of text", "bytes", "name", "transaction: field 'name' must be a byte string, found a text string",
        ErrorCode::Malformed);
    good("text", "text", "name", "\"12-0301\"");
    bad("text of bytes", "text", "key", "transaction: field 'key' must be a text string, found a byte string",
        ErrorCode::Malformed);
    bad("text of null", "text", "nothing", "transaction: field 'nothing' must be a text string, found null",
        ErrorCode::Malformed);
    good("boolean", "boolean", "paid", "true");
    bad("boolean of int", "boolean", "seq", "transaction: field 'seq' must be a boolean, found an unsigned integer",
        ErrorCode::Malformed);
    good("array", "array", "lines", "[1, 2]");
    bad("array of map", "array", "name", "transaction: field 'name' must be an array, found a text string",
        ErrorCode::Malformed);
    good("value", "value", "nothing", "null");
    bad("value missing", "value", "Seq", "transaction: field 'Seq' is missing", ErrorCode::Malformed);
}

void TestCbor::record()
{
    QFETCH(QString, accessor);
    QFETCH(QString, field);
    QFETCH(bool, ok);
    QFETCH(QString, result);
    QFETCH(ErrorCode, code);

    const Value v = sampleRecord();
    const auto rec = Record::from(v, QStringLiteral("transaction"));
    QVERIFY(rec.has_value());

    Result<Value> got = courtyard::fail(ErrorCode::InvalidArgument, QStringLiteral("unknown accessor"));
    const auto take = [&got](auto r, auto toValue) {
        if (r) {
            got = toValue(*r);
        } else {
            got = courtyard::fail(r.error());
        }
    };
    if (accessor == QLatin1String("uint")) {
        take(rec->uint(field), [](quint64 x) { return Value::fromUnsigned(x); });
    } else if (accessor == QLatin1String("int64")) {
        take(rec->int64(field), [](qint64 x) { return Value::fromInt(x); });
    } else if (accessor == QLatin1String("bytes")) {
        take(rec->bytes(field), [](const QByteArray &x) { return Value::fromBytes(x); });
    } else if (accessor == QLatin1String("bytes32")) {
        take(rec->bytes(field, 32), [](const QByteArray &x) { return Value::fromBytes(x); });
    } else if (accessor == QLatin1String("bytes64")) {
        take(rec->bytes(field, 64), [](const QByteArray &x) { return Value::fromBytes(x); });
    } else if (accessor == QLatin1String("text")) {
        take(rec->text(field), [](const QString &x) { return Value::fromText(x); });
    } else if (accessor == QLatin1String("boolean")) {
        take(rec->boolean(field), [](bool x) { return Value::fromBool(x); });
    } else if (accessor == QLatin1String("array")) {
        take(rec->array(field), [](const Array *x) { return Value::fromArray(*x); });
    } else if (accessor == QLatin1String("value")) {
        take(rec->value(field), [](const Value *x) { return *x; });
    }

    QCOMPARE(rec->has(field), v.find(field) != nullptr);
    if (ok) {
        QVERIFY2(got.has_value(), qPrintable(got ? QString() : got.error().message));
        QCOMPARE(got->diagnostic(), result);
    } else {
        QVERIFY2(!got.has_value(), qPrintable(got ? got->diagnostic() : QString()));
        QCOMPARE(got.error().message, result);
        QCOMPARE(got.error().code, code);
    }
}

void TestCbor::recordFrom()
{
    const auto notMap = Record::from(arr({u(1)}), QStringLiteral("block"));
    QVERIFY(!notMap);
    QCOMPARE(notMap.error().code, ErrorCode::Malformed);
    QCOMPARE(notMap.error().message, QStringLiteral("block: expected a map, found an array"));

    const Value intKey = Value::fromMap(Map{{t(u"a"), u(1)}, {u(2), u(3)}});
    const auto badKey = Record::from(intKey, QStringLiteral("block"));
    QVERIFY(!badKey);
    QCOMPARE(badKey.error().code, ErrorCode::Malformed);
    QCOMPARE(badKey.error().message, QStringLiteral("block: every key must be a text string, found the key 2"));

    const Value empty = Value::fromMap(Map{});
    const auto rec = Record::from(empty, QStringLiteral("block"));
    QVERIFY(rec.has_value());
    QVERIFY(!rec->has(u"x"));
    QVERIFY(rec->allowOnly({}).has_value());
}

void TestCbor::recordAllowOnly()
{
    const Value v = sampleRecord();
    const auto rec = Record::from(v, QStringLiteral("transaction"));
    QVERIFY(rec.has_value());

    QVERIFY(rec->allowOnly({u"seq", u"delta", u"huge", u"key", u"name", u"paid", u"lines", u"nothing"}).has_value());
    QVERIFY(rec->allowOnly({u"nothing", u"lines", u"paid", u"name", u"key", u"huge", u"delta", u"seq", u"extra"})
                .has_value());
    const auto missing = rec->allowOnly({u"seq", u"delta", u"huge", u"key", u"name", u"paid", u"nothing"});
    QVERIFY(!missing.has_value());
    QCOMPARE(missing.error().code, ErrorCode::Malformed);
    QVERIFY2(missing.error().message.startsWith(QStringLiteral("transaction: unknown field 'lines'")),
             qPrintable(missing.error().message));
    const auto caseMatters = rec->allowOnly({u"Seq", u"delta", u"huge", u"key", u"name", u"paid", u"lines", u"nothing"});
    QVERIFY(!caseMatters.has_value());
    QVERIFY2(caseMatters.error().message.contains(QStringLiteral("'seq'")), qPrintable(caseMatters.error().message));
}

QTEST_GUILESS_MAIN(TestCbor)
#include "tst_cbor.moc"
