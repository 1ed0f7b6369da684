#include "core/ledger/block.h"

namespace courtyard::ledger {

namespace {
constexpr char kBlockSignaturePrefix[] = "Courtyard block v1";
}

QByteArray blockSigningMessage(QByteArrayView headerBytes)
{
    QByteArray message;
    message.reserve(qsizetype(sizeof(kBlockSignaturePrefix)) + headerBytes.size());
    message.append(kBlockSignaturePrefix, qsizetype(sizeof(kBlockSignaturePrefix))); // includes the NUL
    message.append(headerBytes);
    return message;
}

QByteArray BlockHeader::encode() const
{
    return cbor::Value::fromMap({
                                    {QStringLiteral("v"), cbor::Value::fromUnsigned(kBlockFormatVersion)},
                                    {QStringLiteral("community"), cbor::Value::fromBytes(communityId)},
                                    {QStringLiteral("height"), cbor::Value::fromUnsigned(height)},
                                    {QStringLiteral("prev"), cbor::Value::fromBytes(crypto::toByteArray(previous))},
                                    {QStringLiteral("first"), cbor::Value::fromUnsigned(firstIndex)},
                                    {QStringLiteral("last"), cbor::Value::fromUnsigned(lastIndex)},
                                    {QStringLiteral("log_root"), cbor::Value::fromBytes(crypto::toByteArray(logRoot))},
                                    {QStringLiteral("state_root"), cbor::Value::fromBytes(crypto::toByteArray(stateRoot))},
                                    {QStringLiteral("time"), cbor::Value::fromUnsigned(timeMs)},
                                })
        .encode();
}

Result<BlockHeader> BlockHeader::decode(QByteArrayView bytes)
{
    auto value = cbor::decode(bytes);
    if (!value) {
        return fail(value.error().prefixed(QStringLiteral("block header")));
    }
    CY_TRY(const cbor::Record r, cbor::Record::from(*value, QStringLiteral("block header")));
    CY_CHECK(r.allowOnly({u"v", u"community", u"height", u"prev", u"first", u"last", u"log_root", u"state_root", u"time"}));
    CY_TRY(const quint64 version, r.uint(u"v"));
    if (version != kBlockFormatVersion) {
        return fail(ErrorCode::Unsupported, QStringLiteral("block format version %1 is not supported (this program reads version %2)")
                                                .arg(version).arg(kBlockFormatVersion));
    }
    BlockHeader h;
    CY_TRY(h.communityId, r.bytes(u"community", kCommunityIdSize));
    CY_TRY(h.height, r.uint(u"height"));
    CY_TRY(const QByteArray prev, r.bytes(u"prev", crypto::kDigestSize));
    CY_TRY(h.previous, crypto::digestFromBytes(prev));
    CY_TRY(h.firstIndex, r.uint(u"first"));
    CY_TRY(h.lastIndex, r.uint(u"last"));
    CY_TRY(const QByteArray logRoot, r.bytes(u"log_root", crypto::kDigestSize));
    CY_TRY(h.logRoot, crypto::digestFromBytes(logRoot));
    CY_TRY(const QByteArray stateRoot, r.bytes(u"state_root", crypto::kDigestSize));
    CY_TRY(h.stateRoot, crypto::digestFromBytes(stateRoot));
    CY_TRY(h.timeMs, r.uint(u"time"));
    if (h.firstIndex > h.lastIndex) {
        return fail(ErrorCode::Malformed, QStringLiteral("block header: first log index %1 is after the last %2")
                                              .arg(h.firstIndex).arg(h.lastIndex));
    }
    return h;
}

Checkpoint SealedBlock::checkpoint(const QString &origin) const
{
    Checkpoint cp;
    cp.origin = origin;
    cp.size = header.logSize();
    cp.root = header.logRoot;
    return cp;
}

QByteArray SealedBlock::signedCheckpoint(const QString &origin, const crypto::PublicKey &sealer) const
{
    return assembleSignedNote(checkpoint(origin).body(), {{NoteKey{origin, sealer}, checkpointSignature}});
}

Result<void> SealedBlock::verifySeal(const crypto::PublicKey &sealer, const QString &origin) const
{
    if (!sealer.verify(blockSigningMessage(headerBytes), signature)) {
        return fail(ErrorCode::BadSignature, QStringLiteral("the sealer's signature on block %1 does not verify").arg(header.height));
    }
    if (!sealer.verify(checkpoint(origin).body(), checkpointSignature)) {
        return fail(ErrorCode::BadSignature,
                    QStringLiteral("the sealer's checkpoint signature on block %1 does not verify").arg(header.height));
    }
    return {};
}

Result<SealedBlock> SealedBlock::fromParts(QByteArrayView headerBytes, QByteArrayView signature,
                                           QByteArrayView checkpointSignature)
{
    CY_TRY(BlockHeader header, BlockHeader::decode(headerBytes));
    if (signature.size() != qsizetype(crypto::kSignatureSize) || checkpointSignature.size() != qsizetype(crypto::kSignatureSize)) {
        return fail(ErrorCode::Malformed, QStringLiteral("block %1: signatures must be %2 bytes").arg(header.height).arg(crypto::kSignatureSize));
    }
    SealedBlock b;
    b.header = std::move(header);
    b.headerBytes = headerBytes.toByteArray();
    b.hash = crypto::sha256(headerBytes);
    b.signature = signature.toByteArray();
    b.checkpointSignature = checkpointSignature.toByteArray();
    return b;
}

SealedBlock sealBlock(const BlockHeader &header, const crypto::KeyPair &sealer, const QString &origin)
{
    SealedBlock b;
    b.header = header;
    b.headerBytes = header.encode();
    b.hash = crypto::sha256(b.headerBytes);
    b.signature = sealer.sign(blockSigningMessage(b.headerBytes));
    b.checkpointSignature = signNoteBody(sealer, b.checkpoint(origin).body());
    return b;
}

} // namespace courtyard::ledger
