#include "core/ledger/transaction.h"

#include <algorithm>
#include <cstring>

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
    if (body.sequence == 0) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("an author's transaction sequence starts at 1"));
    }
    return {};
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
    return tx;
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

Result<Transaction> Transaction::decode(QByteArrayView bytes, KeyCache *keys)
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
    CY_CHECK(record.allowOnly({u"v", u"kind", u"kv", u"community", u"author", u"seq", u"payload"}));
    CY_TRY(const quint64 version, record.uint(u"v"));
    if (version != kTransactionFormatVersion) {
        return fail(ErrorCode::Unsupported, QStringLiteral("transaction format version %1 is not supported (this program reads version %2)")
                                                .arg(version).arg(kTransactionFormatVersion));
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
    CY_TRY(body.sequence, record.uint(u"seq"));
    CY_TRY(const cbor::Value *payload, record.value(u"payload"));
    body.payload = *payload;
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
    return tx;
}

} // namespace courtyard::ledger
