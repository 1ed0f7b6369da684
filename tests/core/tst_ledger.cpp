// Transactions, genesis and blocks: canonical bytes, ids, signatures and strict decoding.
#include "tests/support/fixture.h"

#include "core/ledger/block.h"
#include "core/ledger/checkpoint.h"

#include <QtTest>

using namespace courtyard;
using courtyard::testing::Community;

class TestLedger : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void transactionRoundTrip();
    void transactionIdIsHashOfBodyBytes();
    void signaturesCoverTheBody();
    void coSignatures();
    void cosignedFormat();
    void decodeRejects_data();
    void decodeRejects();
    void fastPathAgrees_data();
    void fastPathAgrees();
    void createRejectsBadBodies();
    void genesisValidation_data();
    void genesisValidation();
    void genesisRoundTrip();
    void blockHeaderRoundTrip();
    void blockHeaderRejects();
    void sealedBlockSignatures();
    void checkpointIsAC2spSignedNote();

private:
    Community m_c;
};

void TestLedger::transactionRoundTrip()
{
    const ledger::Transaction tx = testing::makeTransaction(m_c, m_c.manager, 7, QStringLiteral("rent"));
    auto decoded = ledger::Transaction::decode(tx.bytes());
    CY_VERIFY_OK(decoded);
    QCOMPARE(decoded->bytes(), tx.bytes());
    QCOMPARE(decoded->id(), tx.id());
    QCOMPARE(decoded->body().kind, QStringLiteral("test.note"));
    QCOMPARE(decoded->body().sequence, quint64(7));
    QCOMPARE(decoded->body().author, m_c.manager.publicKey());
    QCOMPARE(decoded->body().communityId, m_c.genesis.communityId);
    QCOMPARE(decoded->body().payload.find(u"note")->asText(), QStringLiteral("rent"));
    QVERIFY(decoded->verifySignatures().has_value());
}

void TestLedger::transactionIdIsHashOfBodyBytes()
{
    const ledger::Transaction tx = testing::makeTransaction(m_c, m_c.kiosk, 1);
    // Take the envelope apart independently: [body bstr, [[key, sig]]].
    auto envelope = cbor::decode(tx.bytes());
    QVERIFY(envelope.has_value());
    const QByteArray body = envelope->asArray()[0].asBytes();
    QCOMPARE(crypto::toHex(tx.id()), QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
    // The body is itself canonical and carries exactly the documented fields.
    auto bodyValue = cbor::decode(body);
    QVERIFY(bodyValue.has_value());
    QStringList keys;
    for (const auto &[k, v] : bodyValue->asMap()) {
        keys << k.asText();
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("v"), QStringLiteral("kv"), QStringLiteral("seq"), QStringLiteral("kind"),
                                QStringLiteral("author"), QStringLiteral("payload"), QStringLiteral("community")}));
    // The signature is over the domain prefix and the body bytes, verified by libsodium directly.
    const QByteArray sig = envelope->asArray()[1].asArray()[0].asArray()[1].asBytes();
    QVERIFY(m_c.kiosk.publicKey().verify(QByteArray("Courtyard transaction v1", 25) + body, sig));
    QVERIFY(!m_c.kiosk.publicKey().verify(body, sig));
}

void TestLedger::signaturesCoverTheBody()
{
    const ledger::Transaction tx = testing::makeTransaction(m_c, m_c.kiosk, 2);
    // Flip each byte of the stored signature: decode still works, verification fails.
    const qsizetype sigStart = tx.bytes().size() - 64;
    for (qsizetype i = sigStart; i < tx.bytes().size(); i += 9) {
        QByteArray bytes = tx.bytes();
        bytes[i] = char(bytes[i] ^ 0x01);
        auto decoded = ledger::Transaction::decode(bytes);
        QVERIFY(decoded.has_value());
        auto verified = decoded->verifySignatures();
        QVERIFY(!verified.has_value());
        QCOMPARE(verified.error().code, ErrorCode::BadSignature);
        QVERIFY(verified.error().message.contains(m_c.kiosk.publicKey().toHex()));
    }
    // A signature by someone else in the author's place does not pass.
    ledger::TransactionBody body = tx.body();
    auto forged = ledger::Transaction::create(body, m_c.manager);
    QVERIFY(!forged.has_value());
    QCOMPARE(forged.error().code, ErrorCode::InvalidArgument);
}

void TestLedger::coSignatures()
{
    const ledger::Transaction tx = testing::makeTransaction(m_c, m_c.manager, 3);
    auto two = tx.withSignature(m_c.committee[1]);
    QVERIFY(two.has_value());
    auto three = two->withSignature(m_c.committee[0]);
    QVERIFY(three.has_value());
    QCOMPARE(three->id(), tx.id()); // co-signing does not change identity
    QCOMPARE(three->signatures().size(), std::size_t(3));
    QVERIFY(std::is_sorted(three->signatures().begin(), three->signatures().end(),
                           [](const auto &a, const auto &b) { return a.key < b.key; }));
    QVERIFY(three->verifySignatures().has_value());
    QVERIFY(three->isSignedBy(m_c.committee[0].publicKey()));
    QVERIFY(!three->isSignedBy(m_c.committee[2].publicKey()));
    auto again = three->withSignature(m_c.committee[0]);
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    auto decoded = ledger::Transaction::decode(three->bytes());
    QVERIFY(decoded.has_value());
    QVERIFY(decoded->verifySignatures().has_value());

    // Without the author's own signature a transaction is refused even if every other verifies.
    const QByteArray body = tx.bodyBytes();
    const QByteArray cosig = m_c.committee[0].sign(ledger::Transaction::signingMessage(body));
    const QByteArray onlyCosigned = cbor::Value::fromArray({cbor::Value::fromBytes(body),
                                                            cbor::Value::fromArray({cbor::Value::fromArray(
                                                                {cbor::Value::fromBytes(m_c.committee[0].publicKey().toByteArray()),
                                                                 cbor::Value::fromBytes(cosig)})})})
                                        .encode();
    auto noAuthor = ledger::Transaction::decode(onlyCosigned);
    QVERIFY(noAuthor.has_value());
    auto verified = noAuthor->verifySignatures();
    QVERIFY(!verified.has_value());
    QCOMPARE(verified.error().code, ErrorCode::Integrity);
}

void TestLedger::cosignedFormat()
{
    // A co-signed transaction (format 2): no sequence, valid until a block time.
    const quint64 until = 1798761600000 + 14ull * 86400000; // 2027-01-01T00:00Z + 14 days
    ledger::TransactionBody body = testing::makeTransaction(m_c, m_c.manager, 1, QStringLiteral("roof")).body();
    const ledger::Transaction sequenced = testing::makeTransaction(m_c, m_c.manager, 1, QStringLiteral("roof"));
    body.sequence = 0;
    body.validUntilMs = until;
    QVERIFY(body.isCosigned());
    QCOMPARE(body.format(), 2);
    auto tx = ledger::Transaction::create(body, m_c.manager);
    CY_VERIFY_OK(tx);
    QVERIFY(tx->id() != sequenced.id());
    auto bodyValue = cbor::decode(tx->bodyBytes());
    QVERIFY(bodyValue.has_value());
    QStringList keys;
    for (const auto &[k, v] : bodyValue->asMap()) {
        keys << k.asText();
    }
    // Canonical order (shorter keys first), "community" still last: the payload ends where it starts.
    QCOMPARE(keys, (QStringList{QStringLiteral("v"), QStringLiteral("kv"), QStringLiteral("kind"), QStringLiteral("until"),
                                QStringLiteral("author"), QStringLiteral("payload"), QStringLiteral("community")}));
    QCOMPARE(bodyValue->find(u"v")->toUInt64().value(), quint64(2));
    QCOMPARE(bodyValue->find(u"until")->toUInt64().value(), until);
    auto decoded = ledger::Transaction::decode(tx->bytes());
    CY_VERIFY_OK(decoded);
    QCOMPARE(decoded->bytes(), tx->bytes());
    QCOMPARE(decoded->body().sequence, quint64(0));
    QCOMPARE(decoded->body().validUntilMs, until);
    QVERIFY(decoded->body().isCosigned());
    QCOMPARE(decoded->body().payload.find(u"note")->asText(), QStringLiteral("roof"));
    QVERIFY(decoded->payloadBytes() == tx->payloadBytes());
    CY_VERIFY_OK(decoded->verifySignatures());
    // Co-signing keeps its identity, as in format 1.
    auto two = decoded->withSignature(m_c.committee[0]);
    CY_VERIFY_OK(two);
    QCOMPARE(two->id(), tx->id());
    CY_VERIFY_OK(two->verifySignatures());
    // The format-1 bytes are what they always were: its body still carries "seq" and v 1.
    QCOMPARE(cbor::decode(sequenced.bodyBytes())->find(u"v")->toUInt64().value(), quint64(1));
    QVERIFY(!sequenced.body().isCosigned());

    // A body with both a sequence and a validity is refused, and so is a format-1 body without a sequence.
    ledger::TransactionBody both = body;
    both.sequence = 5;
    auto refused = ledger::Transaction::create(both, m_c.manager);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY(refused.error().message.contains(QStringLiteral("no sequence")));
    ledger::TransactionBody neither = body;
    neither.validUntilMs = 0;
    QVERIFY(!ledger::Transaction::create(neither, m_c.manager).has_value());
}

namespace {
cbor::Value bodyWith(const Community &c, const std::function<void(cbor::Map &)> &edit)
{
    cbor::Map m = testing::makeTransaction(c, c.manager, 1).body().toCbor().asMap();
    edit(m);
    return cbor::Value::fromMap(m);
}

QByteArray envelope(const QByteArray &body, const crypto::KeyPair &signer)
{
    return cbor::Value::fromArray({cbor::Value::fromBytes(body),
                                   cbor::Value::fromArray({cbor::Value::fromArray(
                                       {cbor::Value::fromBytes(signer.publicKey().toByteArray()),
                                        cbor::Value::fromBytes(signer.sign(ledger::Transaction::signingMessage(body)))})})})
        .encode();
}

void setField(cbor::Map &m, const QString &key, cbor::Value value)
{
    for (auto &[k, v] : m) {
        if (k.asText() == key) {
            v = std::move(value);
            return;
        }
    }
    m.emplace_back(cbor::Value::fromText(key), std::move(value));
}

void removeField(cbor::Map &m, const QString &key)
{
    std::erase_if(m, [&](const auto &kv) { return kv.first.asText() == key; });
}

// What differs between two transactions, empty when nothing does.
QString differences(const ledger::Transaction &a, const ledger::Transaction &b)
{
    QStringList d;
    const auto check = [&d](bool same, const char *what) {
        if (!same) {
            d << QLatin1String(what);
        }
    };
    check(a.bytes() == b.bytes(), "bytes");
    check(a.bodyBytes() == b.bodyBytes(), "body bytes");
    check(a.id() == b.id(), "id");
    check(a.body().kind == b.body().kind, "kind");
    check(a.body().kindVersion == b.body().kindVersion, "kind version");
    check(a.body().communityId == b.body().communityId, "community");
    check(a.body().author == b.body().author, "author");
    check(a.body().sequence == b.body().sequence, "sequence");
    check(a.body().validUntilMs == b.body().validUntilMs, "valid until");
    check(a.body().payload == b.body().payload, "payload");
    check(a.payloadBytes() == b.payloadBytes(), "payload bytes");
    check(a.isPayloadDecoded() == b.isPayloadDecoded(), "payload decoded");
    check(a.signatures().size() == b.signatures().size(), "signature count");
    for (std::size_t i = 0; i < std::min(a.signatures().size(), b.signatures().size()); ++i) {
        check(a.signatures()[i].key == b.signatures()[i].key && a.signatures()[i].signature == b.signatures()[i].signature,
              "signature");
    }
    return d.join(QStringLiteral(", "));
}

// decode() (fast path first) and decodeGeneric() must give the same verdict, error and
// transaction, whether the payload is built or only validated.
void compareWithGeneric(const QByteArray &bytes)
{
    for (const auto mode : {ledger::PayloadDecoding::Full, ledger::PayloadDecoding::ValidateOnly}) {
        const auto fast = ledger::Transaction::decode(bytes, nullptr, mode);
        const auto generic = ledger::Transaction::decodeGeneric(bytes, nullptr, mode);
        QCOMPARE(fast.has_value(), generic.has_value());
        if (!fast) {
            QCOMPARE(fast.error().code, generic.error().code);
            QCOMPARE(fast.error().message, generic.error().message);
            continue;
        }
        QVERIFY2(differences(*fast, *generic).isEmpty(), qPrintable(differences(*fast, *generic)));
        const auto payload = cbor::decode(fast->payloadBytes());
        QVERIFY(payload.has_value());
        if (mode == ledger::PayloadDecoding::Full) {
            QVERIFY(fast->isPayloadDecoded());
            QCOMPARE(*payload, fast->body().payload);
        } else {
            QVERIFY(!fast->isPayloadDecoded());
            QVERIFY(fast->body().payload.isNull());
        }
    }
}

cbor::Value nestedArrays(int levels)
{
    cbor::Value v = cbor::Value::fromUnsigned(0);
    for (int i = 0; i < levels; ++i) {
        v = cbor::Value::fromArray({v});
    }
    return v;
}
} // namespace

void TestLedger::decodeRejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    const Community &c = m_c;
    const ledger::Transaction good = testing::makeTransaction(c, c.manager, 1);
    const int malformed = int(ErrorCode::Malformed);

    QTest::newRow("empty") << QByteArray() << malformed;
    QTest::newRow("truncated") << good.bytes().left(good.bytes().size() - 1) << malformed;
    QTest::newRow("trailing garbage") << good.bytes() + QByteArray(1, '\0') << malformed;
    QTest::newRow("not an array") << cbor::Value::fromUnsigned(1).encode() << malformed;
    QTest::newRow("no signatures") << cbor::Value::fromArray({cbor::Value::fromBytes(good.bodyBytes()), cbor::Value::fromArray({})}).encode()
                                   << malformed;
    QTest::newRow("body not bytes") << cbor::Value::fromArray({good.body().toCbor(), cbor::Value::fromArray({})}).encode() << malformed;
    // Non-canonical: the same envelope with a two-byte length where one byte would do.
    QByteArray longForm = good.bytes();
    QVERIFY(quint8(longForm[1]) == 0x58 || quint8(longForm[1]) == 0x59);
    if (quint8(longForm[1]) == 0x58) {
        longForm.replace(1, 2, QByteArray::fromHex("5900") + longForm.mid(2, 1));
        QTest::newRow("non-shortest length") << longForm << int(ErrorCode::NotCanonical);
    }
    QTest::newRow("unknown field") << envelope(bodyWith(c, [](cbor::Map &m) { setField(m, QStringLiteral("extra"), cbor::Value::fromUnsigned(1)); }).encode(), c.manager)
                                   << malformed;
    QTest::newRow("missing seq") << envelope(bodyWith(c, [](cbor::Map &m) { removeField(m, QStringLiteral("seq")); }).encode(), c.manager) << malformed;
    QTest::newRow("sequence 0") << envelope(bodyWith(c, [](cbor::Map &m) { setField(m, QStringLiteral("seq"), cbor::Value::fromUnsigned(0)); }).encode(), c.manager)
                                << malformed;
    QTest::newRow("format version 3") << envelope(bodyWith(c, [](cbor::Map &m) { setField(m, QStringLiteral("v"), cbor::Value::fromUnsigned(3)); }).encode(), c.manager)
                                      << int(ErrorCode::Unsupported);
    // Format 2 (co-signed) has "until" instead of "seq": neither both nor the other's.
    QTest::newRow("format 2 with seq") << envelope(bodyWith(c, [](cbor::Map &m) { setField(m, QStringLiteral("v"), cbor::Value::fromUnsigned(2)); }).encode(), c.manager)
                                       << malformed;
    QTest::newRow("format 2 with seq and until")
        << envelope(bodyWith(c, [](cbor::Map &m) {
                        setField(m, QStringLiteral("v"), cbor::Value::fromUnsigned(2));
                        setField(m, QStringLiteral("until"), cbor::Value::fromUnsigned(1798761600000));
                    }).encode(), c.manager)
        << malformed;
    QTest::newRow("format 1 with until")
        << envelope(bodyWith(c, [](cbor::Map &m) { setField(m, QStringLiteral("until"), cbor::Value::fromUnsigned(1798761600000)); }).encode(), c.manager)
        << malformed;
    QTest::newRow("format 2 until 0")
        << envelope(bodyWith(c, [](cbor::Map &m) {
                        setField(m, QStringLiteral("v"), cbor::Value::fromUnsigned(2));
                        removeField(m, QStringLiteral("seq"));
                        setField(m, QStringLiteral("until"), cbor::Value::fromUnsigned(0));
                    }).encode(), c.manager)
        << malformed;
    QTest::newRow("format 2 until as text")
        << envelope(bodyWith(c, [](cbor::Map &m) {
                        setField(m, QStringLiteral("v"), cbor::Value::fromUnsigned(2));
                        removeField(m, QStringLiteral("seq"));
                        setField(m, QStringLiteral("until"), cbor::Value::fromText(QStringLiteral("2027-01-01")));
                    }).encode(), c.manager)
        << malformed;
    QTest::newRow("short community id")
        << envelope(bodyWith(c, [](cbor::Map &m) { setField(m, QStringLiteral("community"), cbor::Value::fromBytes(QByteArray(8, 'c'))); }).encode(), c.manager)
        << malformed;
    QTest::newRow("kind with capitals")
        << envelope(bodyWith(c, [](cbor::Map &m) { setField(m, QStringLiteral("kind"), cbor::Value::fromText(QStringLiteral("Payment"))); }).encode(), c.manager)
        << malformed;
    // Keys that libsodium's strict verifier would never accept are refused on entry.
    QTest::newRow("small-order author")
        << envelope(bodyWith(c, [](cbor::Map &m) { setField(m, QStringLiteral("author"), cbor::Value::fromBytes(QByteArray::fromHex("0100000000000000000000000000000000000000000000000000000000000000"))); }).encode(), c.manager)
        << int(ErrorCode::BadKey);
    QTest::newRow("non-canonical author")
        << envelope(bodyWith(c, [](cbor::Map &m) { setField(m, QStringLiteral("author"), cbor::Value::fromBytes(QByteArray::fromHex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"))); }).encode(), c.manager)
        << int(ErrorCode::BadKey);
    // Two signatures by one key, and signatures out of key order.
    auto cosigned = good.withSignature(c.committee[0]);
    QVERIFY(cosigned.has_value());
    auto sigs = cbor::decode(cosigned->bytes())->asArray()[1].asArray();
    QTest::newRow("duplicate signer") << cbor::Value::fromArray({cbor::Value::fromBytes(good.bodyBytes()), cbor::Value::fromArray({sigs[0], sigs[0]})}).encode()
                                      << int(ErrorCode::NotCanonical);
    QTest::newRow("unsorted signers") << cbor::Value::fromArray({cbor::Value::fromBytes(good.bodyBytes()), cbor::Value::fromArray({sigs[1], sigs[0]})}).encode()
                                      << int(ErrorCode::NotCanonical);
    QTest::newRow("short signature")
        << cbor::Value::fromArray({cbor::Value::fromBytes(good.bodyBytes()),
                                   cbor::Value::fromArray({cbor::Value::fromArray({cbor::Value::fromBytes(c.manager.publicKey().toByteArray()),
                                                                                   cbor::Value::fromBytes(QByteArray(63, 's'))})})})
               .encode()
        << malformed;
    QTest::newRow("oversized") << QByteArray(ledger::kMaxTransactionSize + 1, '\x80') << int(ErrorCode::LimitExceeded);
}

void TestLedger::decodeRejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    auto decoded = ledger::Transaction::decode(bytes);
    QVERIFY2(!decoded.has_value(), "decode accepted bad input");
    QCOMPARE(int(decoded.error().code), code);
    QVERIFY(!decoded.error().message.isEmpty());
    compareWithGeneric(bytes);
}

void TestLedger::fastPathAgrees_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    const Community &c = m_c;
    const ledger::Transaction good = testing::makeTransaction(c, c.manager, 1);
    const auto edited = [&c](const QString &key, const cbor::Value &value) {
        return envelope(bodyWith(c, [&](cbor::Map &m) { setField(m, key, value); }).encode(), c.manager);
    };

    QTest::newRow("note") << good.bytes() << true;
    {
        ledger::TransactionBody body = good.body();
        body.sequence = 0;
        body.validUntilMs = 1798761600000;
        auto twoLane = ledger::Transaction::create(body, c.manager);
        QVERIFY(twoLane.has_value());
        QTest::newRow("co-signed (format 2)") << twoLane->bytes() << true;
        auto withMember = twoLane->withSignature(c.committee[1]);
        QVERIFY(withMember.has_value());
        QTest::newRow("co-signed, two signatures") << withMember->bytes() << true;
    }
    auto cosigned = good.withSignature(c.committee[0]);
    QVERIFY(cosigned.has_value());
    auto thrice = cosigned->withSignature(c.committee[2]);
    QVERIFY(thrice.has_value());
    QTest::newRow("three signatures") << thrice->bytes() << true;
    auto genesis = c.genesis.toTransaction(c.server);
    QVERIFY(genesis.has_value());
    QTest::newRow("genesis") << genesis->bytes() << true;
    QTest::newRow("null payload") << edited(QStringLiteral("payload"), cbor::Value()) << true;
    QTest::newRow("large payload") << edited(QStringLiteral("payload"), cbor::Value::fromBytes(QByteArray(40000, 'p'))) << true;
    // The payload sits at depth 1 inside the body, so 31 levels of its own are the most.
    QTest::newRow("payload 31 deep") << edited(QStringLiteral("payload"), nestedArrays(31)) << true;
    QTest::newRow("payload 32 deep") << edited(QStringLiteral("payload"), nestedArrays(32)) << false;
    QTest::newRow("payload not canonical")
        << envelope(bodyWith(c, [](cbor::Map &m) { setField(m, QStringLiteral("payload"), cbor::Value::fromUnsigned(5)); })
                        .encode()
                        .replace(QByteArray("\x67payload\x05", 9), QByteArray("\x67payload\x18\x05", 10)),
                    c.manager)
        << false;
    QTest::newRow("largest kind version") << edited(QStringLiteral("kv"), cbor::Value::fromUnsigned(0xffffffffu)) << true;
    QTest::newRow("kind version 2^32") << edited(QStringLiteral("kv"), cbor::Value::fromUnsigned(0x100000000u)) << false;
    QTest::newRow("kind version 0") << edited(QStringLiteral("kv"), cbor::Value::fromUnsigned(0)) << false;
    QTest::newRow("largest sequence") << edited(QStringLiteral("seq"), cbor::Value::fromUnsigned(~quint64(0))) << true;
    QTest::newRow("kind of 64") << edited(QStringLiteral("kind"), cbor::Value::fromText(QString(64, u'k'))) << true;
    QTest::newRow("kind of 65") << edited(QStringLiteral("kind"), cbor::Value::fromText(QString(65, u'k'))) << false;
    QTest::newRow("empty kind") << edited(QStringLiteral("kind"), cbor::Value::fromText(QString())) << false;
    QTest::newRow("non-ASCII kind") << edited(QStringLiteral("kind"), cbor::Value::fromText(QStringLiteral("caf\u00e9"))) << false;
    QTest::newRow("negative sequence") << edited(QStringLiteral("seq"), cbor::Value::fromInt(-1)) << false;
    QTest::newRow("version as text") << edited(QStringLiteral("v"), cbor::Value::fromText(QStringLiteral("1"))) << false;
    QTest::newRow("kind as bytes") << edited(QStringLiteral("kind"), cbor::Value::fromBytes(QByteArray("note"))) << false;
    QTest::newRow("author of 31 bytes") << edited(QStringLiteral("author"), cbor::Value::fromBytes(QByteArray(31, 'a'))) << false;
    QTest::newRow("body not a map")
        << envelope(cbor::Value::fromArray({cbor::Value::fromUnsigned(1)}).encode(), c.manager) << false;
    QTest::newRow("signature of 65 bytes")
        << cbor::Value::fromArray({cbor::Value::fromBytes(good.bodyBytes()),
                                   cbor::Value::fromArray({cbor::Value::fromArray({cbor::Value::fromBytes(c.manager.publicKey().toByteArray()),
                                                                                   cbor::Value::fromBytes(QByteArray(65, 's'))})})})
               .encode()
        << false;
    QTest::newRow("envelope of three") << cbor::Value::fromArray({cbor::Value::fromBytes(good.bodyBytes()), cbor::decode(good.bytes())->asArray()[1],
                                                                  cbor::Value::null()})
                                              .encode()
                                       << false;
}

void TestLedger::fastPathAgrees()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    const auto decoded = ledger::Transaction::decode(bytes);
    QVERIFY2(decoded.has_value() == ok, qPrintable(decoded ? QStringLiteral("accepted") : decoded.error().message));
    compareWithGeneric(bytes);
    // Every prefix and every single-byte change must still agree.
    for (qsizetype n = 0; n < bytes.size(); n += std::max<qsizetype>(1, bytes.size() / 97)) {
        compareWithGeneric(bytes.left(n));
        QByteArray changed = bytes;
        changed[n] = char(changed[n] ^ 0x21);
        compareWithGeneric(changed);
    }
}

void TestLedger::createRejectsBadBodies()
{
    ledger::TransactionBody body = testing::makeTransaction(m_c, m_c.manager, 1).body();
    body.kind = QString();
    QCOMPARE(ledger::Transaction::create(body, m_c.manager).error().code, ErrorCode::InvalidArgument);
    body.kind = QStringLiteral("ok.kind");
    body.sequence = 0;
    QCOMPARE(ledger::Transaction::create(body, m_c.manager).error().code, ErrorCode::InvalidArgument);
    body.sequence = 1;
    body.payload = cbor::Value::fromBytes(QByteArray(ledger::kMaxTransactionSize, 'p'));
    QCOMPARE(ledger::Transaction::create(body, m_c.manager).error().code, ErrorCode::LimitExceeded);
}

void TestLedger::genesisValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("currency") << QStringLiteral("currency") << QStringLiteral("XYZ");
    QTest::newRow("time zone") << QStringLiteral("timezone") << QStringLiteral("Mars/Base");
    QTest::newRow("offset, not a zone") << QStringLiteral("offset") << QStringLiteral("UTC+08:00");
    QTest::newRow("control character in name") << QStringLiteral("control") << QStringLiteral("control");
    QTest::newRow("empty name") << QStringLiteral("name") << QStringLiteral("name");
    QTest::newRow("quorum 0") << QStringLiteral("quorum0") << QStringLiteral("quorum");
    QTest::newRow("quorum 4 of 3") << QStringLiteral("quorum4") << QStringLiteral("quorum");
    QTest::newRow("duplicate member") << QStringLiteral("duplicate") << QStringLiteral("twice");
    QTest::newRow("sealer on committee") << QStringLiteral("sealer") << QStringLiteral("sealing key");
    QTest::newRow("no committee") << QStringLiteral("nocommittee") << QStringLiteral("committee");
}

void TestLedger::genesisValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    ledger::Genesis g = m_c.genesis;
    QVERIFY(g.validate().has_value());
    if (field == QLatin1String("currency")) {
        g.currency = QStringLiteral("XYZ");
    } else if (field == QLatin1String("timezone")) {
        g.timeZone = QStringLiteral("Mars/Base");
    } else if (field == QLatin1String("offset")) {
        g.timeZone = QStringLiteral("UTC+08:00");
    } else if (field == QLatin1String("control")) {
        g.name = QStringLiteral("Gardens\nBlock B");
    } else if (field == QLatin1String("name")) {
        g.name = QStringLiteral("  ");
    } else if (field == QLatin1String("quorum0")) {
        g.quorum = 0;
    } else if (field == QLatin1String("quorum4")) {
        g.quorum = 4;
    } else if (field == QLatin1String("duplicate")) {
        g.committee.push_back(g.committee.front());
    } else if (field == QLatin1String("sealer")) {
        g.committee.push_back(g.sealer);
    } else if (field == QLatin1String("nocommittee")) {
        g.committee.clear();
        g.quorum = 1;
    }
    auto ok = g.validate();
    QVERIFY(!ok.has_value());
    QCOMPARE(ok.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(ok.error().message.contains(mentions), qPrintable(ok.error().message));
    QVERIFY(!g.toTransaction(m_c.server).has_value());
}

void TestLedger::genesisRoundTrip()
{
    auto tx = m_c.genesis.toTransaction(m_c.server);
    QVERIFY(tx.has_value());
    QCOMPARE(tx->body().kind, QStringLiteral("genesis"));
    QCOMPARE(tx->body().sequence, quint64(1));
    auto decoded = ledger::Transaction::decode(tx->bytes());
    QVERIFY(decoded.has_value());
    auto g = ledger::Genesis::fromTransaction(*decoded);
    CY_VERIFY_OK(g);
    QCOMPARE(g->name, m_c.genesis.name);
    QCOMPARE(g->currency, QStringLiteral("CNY"));
    QCOMPARE(g->timeZone, QStringLiteral("Asia/Shanghai"));
    QCOMPARE(g->sealer, m_c.server.publicKey());
    QCOMPARE(g->committee.size(), std::size_t(3));
    QCOMPARE(g->quorum, quint32(2));
    QCOMPARE(g->logOrigin(), QStringLiteral("courtyard/00112233445566778899aabbccddeeff"));
    // Only the sealer may sign genesis.
    QVERIFY(!m_c.genesis.toTransaction(m_c.manager).has_value());
    // A non-genesis transaction is not accepted as one.
    QVERIFY(!ledger::Genesis::fromTransaction(testing::makeTransaction(m_c, m_c.server, 1)).has_value());
}

void TestLedger::blockHeaderRoundTrip()
{
    ledger::BlockHeader h;
    h.communityId = m_c.genesis.communityId;
    h.height = 42;
    h.previous = crypto::sha256("previous");
    h.firstIndex = 1000;
    h.lastIndex = 1099;
    h.logRoot = crypto::sha256("root");
    h.stateRoot = crypto::sha256("state");
    h.timeMs = 1798761600123;
    const QByteArray bytes = h.encode();
    auto decoded = ledger::BlockHeader::decode(bytes);
    CY_VERIFY_OK(decoded);
    QCOMPARE(*decoded, h);
    QCOMPARE(decoded->transactionCount(), quint64(100));
    QCOMPARE(decoded->logSize(), quint64(1100));
    QCOMPARE(decoded->encode(), bytes);
}

void TestLedger::blockHeaderRejects()
{
    ledger::BlockHeader h;
    h.communityId = m_c.genesis.communityId;
    h.firstIndex = 5;
    h.lastIndex = 4;
    auto backwards = ledger::BlockHeader::decode(h.encode());
    QVERIFY(!backwards.has_value());
    QCOMPARE(backwards.error().code, ErrorCode::Malformed);

    h.lastIndex = 5;
    cbor::Map m = cbor::decode(h.encode())->asMap();
    m.emplace_back(cbor::Value::fromText(QStringLiteral("extra")), cbor::Value::null());
    QVERIFY(!ledger::BlockHeader::decode(cbor::Value::fromMap(m).encode()).has_value());
    QVERIFY(!ledger::BlockHeader::decode(h.encode() + QByteArray(1, '\0')).has_value());
    QVERIFY(!ledger::BlockHeader::decode(h.encode().chopped(1)).has_value());

    // Version 2 (the chunk tree's state root, docs/formats.md). A header of version 1 (the RFC 9162
    // tree over the chunk roots) or of a later version is refused, naming both: its state roots
    // mean something else, which must not read as a server that rewrote history.
    QCOMPARE(cbor::decode(h.encode())->find(u"v")->toUInt64().value(), quint64(2));
    for (const quint64 version : {quint64(1), quint64(3)}) {
        cbor::Map other = cbor::decode(h.encode())->asMap();
        for (auto &[key, value] : other) {
            if (key.asText() == QLatin1String("v")) {
                value = cbor::Value::fromUnsigned(version);
            }
        }
        auto refused = ledger::BlockHeader::decode(cbor::Value::fromMap(other).encode());
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::Unsupported);
        QVERIFY2(refused.error().message.contains(QStringLiteral("version %1 is not supported").arg(version)) &&
                     refused.error().message.contains(QStringLiteral("reads version 2")),
                 qPrintable(refused.error().message));
    }
}

void TestLedger::sealedBlockSignatures()
{
    ledger::BlockHeader h;
    h.communityId = m_c.genesis.communityId;
    h.height = 3;
    h.logRoot = crypto::sha256("root");
    const QString origin = m_c.genesis.logOrigin();
    const ledger::SealedBlock b = ledger::sealBlock(h, m_c.server, origin);
    QVERIFY(b.verifySeal(m_c.server.publicKey(), origin).has_value());
    QCOMPARE(b.hash, crypto::sha256(b.headerBytes));
    QCOMPARE(b.verifySeal(m_c.manager.publicKey(), origin).error().code, ErrorCode::BadSignature);
    QVERIFY(!b.verifySeal(m_c.server.publicKey(), QStringLiteral("courtyard/other")).has_value());

    auto parts = ledger::SealedBlock::fromParts(b.headerBytes, b.signature, b.checkpointSignature);
    QVERIFY(parts.has_value());
    QCOMPARE(parts->hash, b.hash);
    QByteArray badSig = b.signature;
    badSig[0] = char(badSig[0] ^ 1);
    auto tampered = ledger::SealedBlock::fromParts(b.headerBytes, badSig, b.checkpointSignature);
    QVERIFY(tampered.has_value());
    auto seal = tampered->verifySeal(m_c.server.publicKey(), origin);
    QVERIFY(!seal.has_value());
    QVERIFY(seal.error().message.contains(QStringLiteral("block 3")));
    QVERIFY(!ledger::SealedBlock::fromParts(b.headerBytes, b.signature.left(10), b.checkpointSignature).has_value());
}

void TestLedger::checkpointIsAC2spSignedNote()
{
    ledger::BlockHeader h;
    h.communityId = m_c.genesis.communityId;
    h.firstIndex = 0;
    h.lastIndex = 9;
    h.logRoot = crypto::sha256("root of ten");
    const QString origin = m_c.genesis.logOrigin();
    const ledger::SealedBlock b = ledger::sealBlock(h, m_c.server, origin);
    const QByteArray note = b.signedCheckpoint(origin, m_c.server.publicKey());
    QVERIFY(note.startsWith(origin.toUtf8() + "\n10\n"));
    auto parsed = ledger::parseSignedNote(note);
    CY_VERIFY_OK(parsed);
    const ledger::NoteKey key{origin, m_c.server.publicKey()};
    auto vkey = ledger::NoteKey::fromVerifierKey(key.verifierKey());
    QVERIFY(vkey.has_value());
    QVERIFY(ledger::verifySignedNote(*parsed, *vkey).has_value());
    auto cp = ledger::Checkpoint::parseBody(parsed->body);
    QVERIFY(cp.has_value());
    QCOMPARE(cp->size, quint64(10));
    QCOMPARE(cp->root, h.logRoot);
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
