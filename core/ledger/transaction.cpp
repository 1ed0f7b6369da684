#include "core/ledger/transaction.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace courtyard::ledger {

namespace {

// Domain separation: a transaction signature can never be replayed as a block or note signature.
constexpr char kSignaturePrefix[] = "Courtyard transaction v1";

Result<void> checkBody(const TransactionBody &body)
{
    if (body.kind.isEmpty() || body.kind.size() > kMaxKindLength) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("transaction kind must be 1 to %1 characters, got %2").arg(kMaxKindLength).arg(body.kind.size()));
    }
    for (const QChar c : body.kind) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'-' || u == u'_';
        if (!ok) {
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("transaction kind '%1' may hold only a-z, 0-9, '.', '-' and '_'").arg(body.kind));
        }
    }
    if (body.kindVersion == 0) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("transaction kind version starts at 1"));
    }
    if (body.communityId.size() != kCommunityIdSize) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("community id must be %1 bytes, got %2").arg(kCommunityIdSize).arg(body.communityId.size()));
    }
    if (body.isCosigned()) {
        if (body.sequence != 0) {
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("a co-signed transaction (valid until a block time) has no sequence number, got %1").arg(body.sequence));
        }
    } else if (body.sequence == 0) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("an author's transaction sequence starts at 1"));
    }
    return {};
}

// The body's keys sort "v" < "kv" < "seq" < "kind" < "author" < "payload" < "community" (shorter
// encodings first; format 2 has "until" between "kind" and "author" instead of "seq"), so
// "community" is the last entry and the payload's encoding ends where it starts: key (1 + 9
// bytes), then value (1 + 16 bytes).
constexpr qsizetype kCommunityEntrySize = 1 + 9 + 1 + kCommunityIdSize;

// Reads the fixed layout of a transaction straight from its bytes, without building cbor::Values.
// Every method returns false on anything unexpected, and the caller then leaves the input to
// the general decoder, which says precisely what is wrong: this only has to be fast on valid
// input and never accept what the general decoder refuses.
class Cursor {
public:
    Cursor(const uchar *begin, const uchar *end) : m_p(begin), m_end(end) {}

    bool atEnd() const { return m_p == m_end; }
    const uchar *position() const { return m_p; }
    qsizetype remaining() const { return m_end - m_p; }

    // The head of an item of this major type, in its shortest form as canonical CBOR requires.
    bool head(int major, quint64 &arg)
    {
        if (m_p == m_end || *m_p >> 5 != major) {
            return false;
        }
        const int ai = *m_p & 0x1f;
        ++m_p;
        if (ai < 24) {
            arg = quint64(ai);
            return true;
        }
        if (ai > 27) {
            return false;
        }
        const int size = 1 << (ai - 24);
        if (remaining() < size) {
            return false;
        }
        quint64 v = 0;
        for (int i = 0; i < size; ++i) {
            v = (v << 8) | *m_p++;
        }
        static constexpr quint64 shortest[] = {24, 0x100, 0x10000, 0x100000000};
        arg = v;
        return v >= shortest[ai - 24];
    }

    bool count(int major, quint64 expected)
    {
        quint64 n = 0;
        return head(major, n) && n == expected;
    }

    // A byte or text string's content; exactSize < 0 takes any length.
    bool string(int major, QByteArrayView &out, qsizetype exactSize = -1)
    {
        quint64 size = 0;
        if (!head(major, size) || size > quint64(remaining()) || (exactSize >= 0 && size != quint64(exactSize))) {
            return false;
        }
        out = QByteArrayView(m_p, qsizetype(size));
        m_p += size;
        return true;
    }

    // A map key given as its encoding, e.g. "\x63" "seq".
    template <qsizetype N>
    bool key(const char (&encoded)[N])
    {
        constexpr qsizetype size = N - 1;
        if (remaining() < size || std::memcmp(m_p, encoded, size) != 0) {
            return false;
        }
        m_p += size;
        return true;
    }

    void skip(qsizetype size) { m_p += size; }

private:
    const uchar *m_p;
    const uchar *m_end;
};

constexpr int kMajorUnsigned = 0;
constexpr int kMajorBytes = 2;
constexpr int kMajorText = 3;
constexpr int kMajorArray = 4;
constexpr int kMajorMap = 5;

const uchar *begin(QByteArrayView bytes)
{
    return reinterpret_cast<const uchar *>(bytes.data());
}

} // namespace

std::size_t KeyCache::Hash::operator()(const std::array<quint8, crypto::kPublicKeySize> &k) const noexcept
{
    std::size_t h = 0;
    std::memcpy(&h, k.data(), sizeof h); // public keys are uniformly distributed
    return h;
}

Result<crypto::PublicKey> KeyCache::get(QByteArrayView bytes)
{
    if (bytes.size() != qsizetype(crypto::kPublicKeySize)) {
        return crypto::PublicKey::fromBytes(bytes); // its error says what is wrong
    }
    std::array<quint8, crypto::kPublicKeySize> key{};
    std::memcpy(key.data(), bytes.data(), key.size());
    const auto it = m_valid.find(key);
    if (it != m_valid.end()) {
        return it->second;
    }
    CY_TRY(crypto::PublicKey pk, crypto::PublicKey::fromBytes(bytes));
    m_valid.emplace(key, pk);
    return pk;
}

cbor::Value TransactionBody::toCbor() const
{
    if (isCosigned()) {
        return cbor::Value::fromMap({
            {QStringLiteral("v"), cbor::Value::fromUnsigned(kCosignedFormatVersion)},
            {QStringLiteral("kind"), cbor::Value::fromText(kind)},
            {QStringLiteral("kv"), cbor::Value::fromUnsigned(kindVersion)},
            {QStringLiteral("community"), cbor::Value::fromBytes(communityId)},
            {QStringLiteral("author"), cbor::Value::fromBytes(author.toByteArray())},
            {QStringLiteral("until"), cbor::Value::fromUnsigned(validUntilMs)},
            {QStringLiteral("payload"), payload},
        });
    }
    return cbor::Value::fromMap({
        {QStringLiteral("v"), cbor::Value::fromUnsigned(kTransactionFormatVersion)},
        {QStringLiteral("kind"), cbor::Value::fromText(kind)},
        {QStringLiteral("kv"), cbor::Value::fromUnsigned(kindVersion)},
        {QStringLiteral("community"), cbor::Value::fromBytes(communityId)},
        {QStringLiteral("author"), cbor::Value::fromBytes(author.toByteArray())},
        {QStringLiteral("seq"), cbor::Value::fromUnsigned(sequence)},
        {QStringLiteral("payload"), payload},
    });
}

QByteArray Transaction::signingMessage(QByteArrayView bodyBytes)
{
    QByteArray message;
    message.reserve(qsizetype(sizeof(kSignaturePrefix)) + bodyBytes.size());
    message.append(kSignaturePrefix, qsizetype(sizeof(kSignaturePrefix))); // includes the NUL
    message.append(bodyBytes);
    return message;
}

Result<Transaction> Transaction::assemble(TransactionBody body, QByteArray bodyBytes,
                                          std::vector<TransactionSignature> signatures)
{
    std::sort(signatures.begin(), signatures.end(),
              [](const TransactionSignature &a, const TransactionSignature &b) { return a.key < b.key; });
    cbor::Array sigs;
    sigs.reserve(signatures.size());
    for (const TransactionSignature &s : signatures) {
        sigs.push_back(cbor::Value::fromArray({cbor::Value::fromBytes(s.key.toByteArray()), cbor::Value::fromBytes(s.signature)}));
    }
    Transaction tx;
    tx.m_bytes = cbor::Value::fromArray({cbor::Value::fromBytes(bodyBytes), cbor::Value::fromArray(std::move(sigs))}).encode();
    if (tx.m_bytes.size() > kMaxTransactionSize) {
        return fail(ErrorCode::LimitExceeded, QStringLiteral("transaction is %1 bytes; the limit is %2 bytes")
                                                  .arg(tx.m_bytes.size()).arg(kMaxTransactionSize));
    }
    tx.m_id = crypto::sha256(bodyBytes);
    tx.m_bodyBytes = std::move(bodyBytes);
    tx.m_body = std::move(body);
    tx.m_signatures = std::move(signatures);
    tx.setPayloadSize(tx.m_body.payload.encode().size());
    return tx;
}

void Transaction::setPayloadSize(qsizetype size)
{
    m_payloadSize = size;
    m_payloadStart = m_bodyBytes.size() - kCommunityEntrySize - size;
    CY_ASSERT(m_payloadStart > 0);
}

Result<Transaction> Transaction::create(TransactionBody body, const crypto::KeyPair &author)
{
    CY_CHECK(checkBody(body));
    if (body.author != author.publicKey()) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the transaction's author key is not the signing key"));
    }
    QByteArray bodyBytes = body.encode();
    std::vector<TransactionSignature> sigs{{author.publicKey(), author.sign(signingMessage(bodyBytes))}};
    return assemble(std::move(body), std::move(bodyBytes), std::move(sigs));
}

Result<Transaction> Transaction::withSignature(const crypto::KeyPair &signer) const
{
    if (isSignedBy(signer.publicKey())) {
        return fail(ErrorCode::Conflict, QStringLiteral("key %1 has already signed this transaction").arg(signer.publicKey().toHex()));
    }
    if (int(m_signatures.size()) >= kMaxSignatures) {
        return fail(ErrorCode::LimitExceeded, QStringLiteral("a transaction carries at most %1 signatures").arg(kMaxSignatures));
    }
    std::vector<TransactionSignature> sigs = m_signatures;
    sigs.push_back({signer.publicKey(), signer.sign(signingMessage(m_bodyBytes))});
    return assemble(m_body, m_bodyBytes, std::move(sigs));
}

bool Transaction::isSignedBy(const crypto::PublicKey &key) const
{
    return std::any_of(m_signatures.begin(), m_signatures.end(),
                       [&](const TransactionSignature &s) { return s.key == key; });
}

Result<void> Transaction::verifySignatures() const
{
    if (!isSignedBy(m_body.author)) {
        return fail(ErrorCode::Integrity, QStringLiteral("the author %1 did not sign the transaction").arg(m_body.author.toHex()));
    }
    const QByteArray message = signingMessage(m_bodyBytes);
    for (const TransactionSignature &s : m_signatures) {
        if (!s.key.verify(message, s.signature)) {
            return fail(ErrorCode::BadSignature, QStringLiteral("the signature of key %1 does not verify").arg(s.key.toHex()));
        }
    }
    return {};
}

std::optional<Transaction> Transaction::decodeFast(QByteArrayView bytes, KeyCache &keys, PayloadDecoding payload)
{
    if (bytes.size() > kMaxTransactionSize) {
        return std::nullopt;
    }
    // Envelope: [body: bstr, [[key: bstr32, sig: bstr64], ...]].
    Cursor envelope(begin(bytes), begin(bytes) + bytes.size());
    QByteArrayView bodyBytes;
    quint64 signatureCount = 0;
    if (!envelope.count(kMajorArray, 2) || !envelope.string(kMajorBytes, bodyBytes)
        || !envelope.head(kMajorArray, signatureCount) || signatureCount == 0 || signatureCount > quint64(kMaxSignatures)) {
        return std::nullopt;
    }
    std::vector<TransactionSignature> sigs;
    sigs.reserve(signatureCount);
    for (quint64 i = 0; i < signatureCount; ++i) {
        QByteArrayView keyBytes;
        QByteArrayView signature;
        if (!envelope.count(kMajorArray, 2) || !envelope.string(kMajorBytes, keyBytes, crypto::kPublicKeySize)
            || !envelope.string(kMajorBytes, signature, crypto::kSignatureSize)) {
            return std::nullopt;
        }
        auto key = keys.get(keyBytes);
        if (!key || (!sigs.empty() && !(sigs.back().key < *key))) {
            return std::nullopt;
        }
        sigs.push_back({*key, signature.toByteArray()});
    }
    if (!envelope.atEnd()) {
        return std::nullopt;
    }

    // Body: the canonical map of exactly these seven keys, in their canonical order (format 1;
    // a co-signed transaction, format 2, is left to the general decoder).
    Cursor body(begin(bodyBytes), begin(bodyBytes) + bodyBytes.size());
    quint64 kindVersion = 0;
    quint64 sequence = 0;
    QByteArrayView kind;
    QByteArrayView author;
    QByteArrayView community;
    if (!body.count(kMajorMap, 7) || !body.key("\x61" "v") || !body.count(kMajorUnsigned, kTransactionFormatVersion)
        || !body.key("\x62" "kv") || !body.head(kMajorUnsigned, kindVersion) || kindVersion == 0 || kindVersion > 0xffffffffu
        || !body.key("\x63" "seq") || !body.head(kMajorUnsigned, sequence) || sequence == 0
        || !body.key("\x64" "kind") || !body.string(kMajorText, kind) || kind.isEmpty() || kind.size() > kMaxKindLength
        || !body.key("\x66" "author") || !body.string(kMajorBytes, author, crypto::kPublicKeySize)
        || !body.key("\x67" "payload")) {
        return std::nullopt;
    }
    // ASCII only, so the bytes are valid UTF-8 and the kind is their Latin-1 reading.
    for (const char c : kind) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
        if (!ok) {
            return std::nullopt;
        }
    }
    const qsizetype payloadStart = body.position() - begin(bodyBytes);
    // Depth 1: inside the body map, as the general decoder meets it.
    const auto payloadSize = cbor::validatePrefix(bodyBytes.sliced(payloadStart), 1);
    if (!payloadSize) {
        return std::nullopt;
    }
    body.skip(*payloadSize);
    if (!body.key("\x69" "community") || !body.string(kMajorBytes, community, kCommunityIdSize) || !body.atEnd()) {
        return std::nullopt;
    }
    auto authorKey = keys.get(author);
    if (!authorKey) {
        return std::nullopt;
    }

    Transaction tx;
    tx.m_body.kind = QString::fromLatin1(kind);
    tx.m_body.kindVersion = quint32(kindVersion);
    tx.m_body.communityId = community.toByteArray();
    tx.m_body.author = *authorKey;
    tx.m_body.sequence = sequence;
    if (payload == PayloadDecoding::Full) {
        // Validated above at its real depth, so this cannot fail.
        auto value = cbor::decode(bodyBytes.sliced(payloadStart, *payloadSize));
        if (!value) {
            return std::nullopt;
        }
        tx.m_body.payload = std::move(*value);
    }
    tx.m_payloadDecoded = payload == PayloadDecoding::Full;
    tx.m_bytes = bytes.toByteArray();
    tx.m_bodyBytes = bodyBytes.toByteArray();
    tx.m_id = crypto::sha256(tx.m_bodyBytes);
    tx.m_signatures = std::move(sigs);
    tx.m_payloadStart = payloadStart;
    tx.m_payloadSize = *payloadSize;
    return tx;
}

Result<Transaction> Transaction::decode(QByteArrayView bytes, KeyCache *keys, PayloadDecoding payload)
{
    KeyCache localKeys;
    KeyCache &cache = keys ? *keys : localKeys;
    if (auto tx = decodeFast(bytes, cache, payload)) {
        return std::move(*tx);
    }
    return decodeGeneric(bytes, &cache, payload);
}

Result<Transaction> Transaction::decodeGeneric(QByteArrayView bytes, KeyCache *keys, PayloadDecoding payloadDecoding)
{
    KeyCache localKeys;
    KeyCache &cache = keys ? *keys : localKeys;
    const auto bad = [](const QString &why) { return fail(ErrorCode::Malformed, QStringLiteral("transaction: ") + why); };

    if (bytes.size() > kMaxTransactionSize) {
        return fail(ErrorCode::LimitExceeded, QStringLiteral("transaction is %1 bytes; the limit is %2 bytes")
                                                  .arg(bytes.size()).arg(kMaxTransactionSize));
    }
    auto envelope = cbor::decode(bytes);
    if (!envelope) {
        return fail(envelope.error().prefixed(QStringLiteral("transaction")));
    }
    if (!envelope->isArray() || envelope->asArray().size() != 2) {
        return bad(QStringLiteral("expected an array of [body, signatures]"));
    }
    const cbor::Value &bodyValue = envelope->asArray()[0];
    const cbor::Value &sigsValue = envelope->asArray()[1];
    if (!bodyValue.isBytes()) {
        return bad(QStringLiteral("the body must be a byte string"));
    }
    if (!sigsValue.isArray() || sigsValue.asArray().empty()) {
        return bad(QStringLiteral("a transaction needs at least one signature"));
    }
    if (sigsValue.asArray().size() > std::size_t(kMaxSignatures)) {
        return fail(ErrorCode::LimitExceeded, QStringLiteral("transaction: at most %1 signatures are allowed").arg(kMaxSignatures));
    }

    const QByteArray &bodyBytes = bodyValue.asBytes();
    auto decodedBody = cbor::decode(bodyBytes);
    if (!decodedBody) {
        return fail(decodedBody.error().prefixed(QStringLiteral("transaction body")));
    }
    CY_TRY(const cbor::Record record, cbor::Record::from(*decodedBody, QStringLiteral("transaction body")));
    CY_TRY(const quint64 version, record.uint(u"v"));
    if (version != kTransactionFormatVersion && version != kCosignedFormatVersion) {
        return fail(ErrorCode::Unsupported, QStringLiteral("transaction format version %1 is not supported (this program reads versions %2 and %3)")
                                                .arg(version).arg(kTransactionFormatVersion).arg(kCosignedFormatVersion));
    }
    if (version == kTransactionFormatVersion) {
        CY_CHECK(record.allowOnly({u"v", u"kind", u"kv", u"community", u"author", u"seq", u"payload"}));
    } else {
        CY_CHECK(record.allowOnly({u"v", u"kind", u"kv", u"community", u"author", u"until", u"payload"}));
    }
    TransactionBody body;
    CY_TRY(body.kind, record.text(u"kind"));
    CY_TRY(const quint64 kindVersion, record.uint(u"kv"));
    if (kindVersion > 0xffffffffu) {
        return bad(QStringLiteral("kind version %1 is out of range").arg(kindVersion));
    }
    body.kindVersion = quint32(kindVersion);
    CY_TRY(body.communityId, record.bytes(u"community", kCommunityIdSize));
    CY_TRY(const QByteArray author, record.bytes(u"author", crypto::kPublicKeySize));
    auto authorKey = cache.get(author);
    if (!authorKey) {
        return fail(authorKey.error().prefixed(QStringLiteral("transaction author")));
    }
    body.author = *authorKey;
    if (version == kTransactionFormatVersion) {
        CY_TRY(body.sequence, record.uint(u"seq"));
    } else {
        CY_TRY(body.validUntilMs, record.uint(u"until"));
        if (body.validUntilMs == 0) {
            return bad(QStringLiteral("a co-signed transaction's \"until\" must be a block time after 0"));
        }
    }
    CY_TRY(const cbor::Value *payload, record.value(u"payload"));
    if (payloadDecoding == PayloadDecoding::Full) {
        body.payload = *payload;
    }
    if (auto ok = checkBody(body); !ok) {
        return fail(ErrorCode::Malformed, QStringLiteral("transaction: ") + ok.error().message);
    }

    std::vector<TransactionSignature> sigs;
    sigs.reserve(sigsValue.asArray().size());
    for (const cbor::Value &entry : sigsValue.asArray()) {
        if (!entry.isArray() || entry.asArray().size() != 2 || !entry.asArray()[0].isBytes() || !entry.asArray()[1].isBytes()) {
            return bad(QStringLiteral("each signature must be [key, signature] byte strings"));
        }
        const QByteArray &sig = entry.asArray()[1].asBytes();
        if (sig.size() != qsizetype(crypto::kSignatureSize)) {
            return bad(QStringLiteral("a signature must be %1 bytes, got %2").arg(crypto::kSignatureSize).arg(sig.size()));
        }
        auto key = cache.get(entry.asArray()[0].asBytes());
        if (!key) {
            return fail(key.error().prefixed(QStringLiteral("transaction signer")));
        }
        if (!sigs.empty() && !(sigs.back().key < *key)) {
            return fail(ErrorCode::NotCanonical, QStringLiteral("transaction: signatures must be sorted by key, one per key"));
        }
        sigs.push_back({*key, sig});
    }

    Transaction tx;
    tx.m_bytes = bytes.toByteArray();
    tx.m_bodyBytes = bodyBytes;
    tx.m_id = crypto::sha256(bodyBytes);
    tx.m_body = std::move(body);
    tx.m_signatures = std::move(sigs);
    tx.setPayloadSize(payload->encode().size());
    tx.m_payloadDecoded = payloadDecoding == PayloadDecoding::Full;
    return tx;
}

} // namespace courtyard::ledger
