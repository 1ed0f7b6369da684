// The sync protocol's messages: every type round-trips, the bytes are the documented canonical
// CBOR (a hand-written golden vector), and everything that is not exactly a message of this
// protocol is refused with a reason.

#include "core/codec/cbor.h"
#include "core/sync/protocol.h"

#include <QtTest>

using namespace courtyard;
using namespace courtyard::sync;

namespace {

crypto::KeyPair keyFor(const char *label)
{
    const crypto::Digest seed = crypto::sha256(QByteArray(label));
    return *crypto::KeyPair::fromSeed(crypto::toByteArray(seed));
}

BlockData someBlock()
{
    BlockData b;
    b.header = QByteArray::fromHex("a1617601");
    b.signature = QByteArray(64, '\x11');
    b.checkpointSignature = QByteArray(68, '\x22');
    b.transactions = {QByteArray("tx one"), QByteArray("tx two")};
    return b;
}

QByteArray mapWith(std::initializer_list<std::pair<QString, cbor::Value>> fields)
{
    return cbor::Value::fromMap(fields).encode();
}

} // namespace

class TestProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void goldenBytes();
    void refusesWhatIsNotAMessage_data();
    void refusesWhatIsNotAMessage();
    void refusesOversizedMessages();
    void authMessageBindsEveryPart();

private:
    std::vector<Message> m_messages;
};

void TestProtocol::roundTrip_data()
{
    QTest::addColumn<int>("index");
    const crypto::KeyPair device = keyFor("device");
    const std::vector<Message> messages = {
        Challenge{QByteArray(16, '\x01'), QByteArray(32, '\x02'), 7, QStringLiteral("courtyardd 0.1")},
        Auth{device.publicKey(), QByteArray(64, '\x03')},
        Enroll{9, device.publicKey(), QByteArray(64, '\x04'), QByteArray("signed device.enroll")},
        Welcome{device.publicKey(), {QStringLiteral("kiosk")}, 12, 40, false},
        Welcome{device.publicKey(), {}, 0, 0, true},
        Submit{1, QByteArray("signed transaction bytes")},
        TxStatus{2, crypto::sha256("a"), TxStatus::State::Accepted, {}, {}, 0, 0},
        TxStatus{3, crypto::sha256("b"), TxStatus::State::Rejected, QStringLiteral("not-authorized"), QStringLiteral("only a manager may"), 0, 0},
        TxStatus{4, crypto::sha256("c"), TxStatus::State::Sealed, {}, {}, 9, 123},
        Fetch{5, 10, 256},
        Blocks{6, {someBlock(), someBlock()}, 99},
        Blocks{7, {}, 99},
        Subscribe{8},
        Pushed{someBlock()},
        InclusionRequest{9, 3, 10},
        ConsistencyRequest{10, 4, 10},
        Proof{11, {crypto::sha256("x"), crypto::sha256("y")}},
        StatusRequest{12},
        Status{12, 5, 300, 2, 1},
        ErrorReply{0, QStringLiteral("unknown-key"), QStringLiteral("this key has no role in Courtyard Gardens")},
    };
    for (std::size_t i = 0; i < messages.size(); ++i) {
        QTest::addRow("%s-%d", qPrintable(typeName(messages[i])), int(i)) << int(i);
    }
    m_messages = messages;
}

void TestProtocol::roundTrip()
{
    QFETCH(int, index);
    const Message &m = m_messages[std::size_t(index)];
    const QByteArray bytes = encode(m);
    const auto decoded = decode(bytes);
    QVERIFY2(decoded.has_value(), decoded.has_value() ? "" : qPrintable(decoded.error().message));
    QVERIFY(*decoded == m);
    QCOMPARE(encode(*decoded), bytes);
    // Canonical: the generic decoder accepts it and re-encodes the same bytes.
    const auto generic = cbor::decode(bytes);
    QVERIFY(generic.has_value());
    QCOMPARE(generic->encode(), bytes);
}

void TestProtocol::goldenBytes()
{
    // {"id": 5, "t": "fetch", "v": 1, "max": 256, "from": 10}: keys sorted by their encodings
    // (shorter first, then bytewise): "t" 61 74, "v" 61 76, "id" 62 69 64, "max" 63 6d 61 78,
    // "from" 64 66 72 6f 6d.
    const QByteArray expected = QByteArray::fromHex("a5"
                                                    "6174" "656665746368"     // "t": "fetch"
                                                    "6176" "01"               // "v": 1
                                                    "626964" "05"             // "id": 5
                                                    "636d6178" "190100"       // "max": 256
                                                    "6466726f6d" "0a");       // "from": 10
    QCOMPARE(encode(Fetch{5, 10, 256}).toHex(), expected.toHex());
    const auto decoded = decode(expected);
    QVERIFY(decoded.has_value());
    QVERIFY(std::holds_alternative<Fetch>(*decoded));
}

void TestProtocol::refusesWhatIsNotAMessage_data()
{
    using cbor::Value;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // a piece of the error message

    const auto v1 = std::pair{QStringLiteral("v"), Value::fromUnsigned(1)};
    const auto status = std::pair{QStringLiteral("t"), Value::fromText(QStringLiteral("status?"))};
    const auto id = std::pair{QStringLiteral("id"), Value::fromUnsigned(1)};

    QTest::newRow("empty") << QByteArray() << QStringLiteral("message");
    QTest::newRow("not cbor") << QByteArray("GET / HTTP/1.1\r\n") << QStringLiteral("message");
    QTest::newRow("an array") << Value::fromArray({}).encode() << QStringLiteral("map");
    QTest::newRow("no version") << mapWith({status, id}) << QStringLiteral("'v'");
    QTest::newRow("version 2") << mapWith({{QStringLiteral("v"), Value::fromUnsigned(2)}, status, id})
                               << QStringLiteral("protocol version 2 is not supported");
    QTest::newRow("no type") << mapWith({v1, id}) << QStringLiteral("'t'");
    QTest::newRow("unknown type") << mapWith({v1, {QStringLiteral("t"), Value::fromText(QStringLiteral("shutdown"))}, id})
                                  << QStringLiteral("unknown message type 'shutdown'");
    QTest::newRow("missing field") << mapWith({v1, status}) << QStringLiteral("'id'");
    QTest::newRow("extra field") << mapWith({v1, status, id, {QStringLiteral("admin"), Value::fromBool(true)}})
                                 << QStringLiteral("admin");
    QTest::newRow("negative id") << mapWith({v1, status, {QStringLiteral("id"), Value::fromInt(-1)}}) << QStringLiteral("'id'");
    QTest::newRow("text id") << mapWith({v1, status, {QStringLiteral("id"), Value::fromText(QStringLiteral("1"))}})
                             << QStringLiteral("'id'");
    // Not canonical: the same map with its keys in the wrong order.
    QTest::newRow("unsorted keys") << QByteArray::fromHex("a3626964016174677374617475733f617601") << QStringLiteral("message");
    // An integer in a longer form than needed (id: 1 as 0x1801).
    QTest::newRow("non-shortest int") << QByteArray::fromHex("a36174677374617475733f6176016269641801") << QStringLiteral("message");
    QTest::newRow("trailing bytes") << (mapWith({v1, status, id}) + QByteArray(1, '\0')) << QStringLiteral("message");

    const QByteArray smallOrderKey = QByteArray::fromHex("0100000000000000000000000000000000000000000000000000000000000000");
    QTest::newRow("small-order key") << mapWith({v1, {QStringLiteral("t"), Value::fromText(QStringLiteral("auth"))},
                                                  {QStringLiteral("key"), Value::fromBytes(smallOrderKey)},
                                                  {QStringLiteral("sig"), Value::fromBytes(QByteArray(64, '\0'))}})
                                     << QStringLiteral("'key'");
    QTest::newRow("short signature") << mapWith({v1, {QStringLiteral("t"), Value::fromText(QStringLiteral("auth"))},
                                                  {QStringLiteral("key"), Value::fromBytes(keyFor("d").publicKey().toByteArray())},
                                                  {QStringLiteral("sig"), Value::fromBytes(QByteArray(63, '\0'))}})
                                     << QStringLiteral("'sig'");
    const auto fetch = [&](quint64 max) {
        return mapWith({v1, {QStringLiteral("t"), Value::fromText(QStringLiteral("fetch"))}, id,
                        {QStringLiteral("from"), Value::fromUnsigned(0)}, {QStringLiteral("max"), Value::fromUnsigned(max)}});
    };
    QTest::newRow("fetch of 0 blocks") << fetch(0) << QStringLiteral("max must be 1 to 256");
    QTest::newRow("fetch of 257 blocks") << fetch(257) << QStringLiteral("max must be 1 to 256");
    QTest::newRow("enroll without its transaction") << mapWith({v1, {QStringLiteral("t"), Value::fromText(QStringLiteral("enroll"))}, id,
                                                                 {QStringLiteral("key"), Value::fromBytes(keyFor("d").publicKey().toByteArray())},
                                                                 {QStringLiteral("sig"), Value::fromBytes(QByteArray(64, '\0'))}})
                                                    << QStringLiteral("'tx'");
    QTest::newRow("enroll with the old code field") << mapWith({v1, {QStringLiteral("t"), Value::fromText(QStringLiteral("enroll"))}, id,
                                                                 {QStringLiteral("code"), Value::fromText(QStringLiteral("7K3QX9MDR2TWH4NB"))},
                                                                 {QStringLiteral("key"), Value::fromBytes(keyFor("d").publicKey().toByteArray())},
                                                                 {QStringLiteral("sig"), Value::fromBytes(QByteArray(64, '\0'))},
                                                                 {QStringLiteral("tx"), Value::fromBytes("t")}})
                                                    << QStringLiteral("'code'");
    QTest::newRow("block without transactions")
        << mapWith({v1, {QStringLiteral("t"), Value::fromText(QStringLiteral("block"))},
                    {QStringLiteral("block"), Value::fromMap({{QStringLiteral("header"), Value::fromBytes("h")},
                                                              {QStringLiteral("sig"), Value::fromBytes(QByteArray(64, '\0'))},
                                                              {QStringLiteral("cp_sig"), Value::fromBytes("c")},
                                                              {QStringLiteral("txs"), Value::fromArray({})}})}})
        << QStringLiteral("1 to 100000 transactions");
    QTest::newRow("unknown tx state") << mapWith({v1, {QStringLiteral("t"), Value::fromText(QStringLiteral("tx"))}, id,
                                                   {QStringLiteral("txid"), Value::fromBytes(QByteArray(32, '\0'))},
                                                   {QStringLiteral("state"), Value::fromText(QStringLiteral("maybe"))}})
                                      << QStringLiteral("unknown transaction state 'maybe'");
    QTest::newRow("sealed without height") << mapWith({v1, {QStringLiteral("t"), Value::fromText(QStringLiteral("tx"))}, id,
                                                        {QStringLiteral("txid"), Value::fromBytes(QByteArray(32, '\0'))},
                                                        {QStringLiteral("state"), Value::fromText(QStringLiteral("sealed"))}})
                                           << QStringLiteral("'height'");
    QTest::newRow("over-long reason") << mapWith({v1, {QStringLiteral("t"), Value::fromText(QStringLiteral("error"))}, id,
                                                   {QStringLiteral("code"), Value::fromText(QStringLiteral("x"))},
                                                   {QStringLiteral("reason"), Value::fromText(QString(1025, u'a'))}})
                                      << QStringLiteral("longer than 1024");
    // Nesting deeper than any message needs.
    Value deep = Value::fromUnsigned(0);
    for (int i = 0; i < 12; ++i) {
        deep = Value::fromArray({deep});
    }
    QTest::newRow("too deep") << mapWith({v1, status, {QStringLiteral("id"), deep}}) << QStringLiteral("nested deeper");
}

void TestProtocol::refusesWhatIsNotAMessage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto decoded = decode(bytes);
    QVERIFY2(!decoded.has_value(), qPrintable(QStringLiteral("accepted: ") + QString::fromLatin1(bytes.toHex())));
    QVERIFY2(decoded.error().message.contains(reason, Qt::CaseInsensitive),
             qPrintable(decoded.error().message + QStringLiteral(" (expected to mention ") + reason + u')'));
}

void TestProtocol::refusesOversizedMessages()
{
    const Message big = Submit{1, QByteArray(kMaxMessageSize, 'x')};
    const QByteArray bytes = encode(big);
    const auto decoded = decode(bytes);
    QVERIFY(!decoded.has_value());
    QCOMPARE(decoded.error().code, ErrorCode::LimitExceeded);
    // The limit is the caller's: a smaller one applies too.
    const QByteArray small = encode(Submit{1, QByteArray(100, 'x')});
    QVERIFY(decode(small).has_value());
    QVERIFY(!decode(small, 50).has_value());
}

void TestProtocol::authMessageBindsEveryPart()
{
    const crypto::KeyPair device = keyFor("device");
    const QByteArray community(16, '\x01');
    const QByteArray nonce(32, '\x02');
    const crypto::Digest channel = crypto::sha256("certificate");
    const QByteArray base = authMessage(community, nonce, channel, device.publicKey());
    QVERIFY(base.startsWith(QByteArray("courtyard/sync/auth/v1\0", 23)));
    QCOMPARE(base.size(), 23 + 16 + 32 + 32 + 32);
    QVERIFY(authMessage(QByteArray(16, '\x09'), nonce, channel, device.publicKey()) != base);
    QVERIFY(authMessage(community, QByteArray(32, '\x09'), channel, device.publicKey()) != base);
    QVERIFY(authMessage(community, nonce, crypto::sha256("other"), device.publicKey()) != base);
    QVERIFY(authMessage(community, nonce, channel, keyFor("other").publicKey()) != base);
    // A signature over it verifies with the device key only.
    const QByteArray sig = device.sign(base);
    QVERIFY(device.publicKey().verify(base, sig));
    QVERIFY(!keyFor("other").publicKey().verify(base, sig));
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
