#include "core/ledger/genesis.h"

#include "core/base/hex.h"
#include "core/money/currency.h"

#include <QDateTime>
#include <QTimeZone>

#include <set>

namespace courtyard::ledger {

Result<void> Genesis::validate() const
{
    const auto bad = [](const QString &why) { return fail(ErrorCode::InvalidArgument, QStringLiteral("genesis: ") + why); };
    if (communityId.size() != kCommunityIdSize) {
        return bad(QStringLiteral("community id must be %1 bytes").arg(kCommunityIdSize));
    }
    if (name.trimmed().isEmpty() || name.size() > kMaxCommunityNameLength) {
        return bad(QStringLiteral("the community name must be 1 to %1 characters").arg(kMaxCommunityNameLength));
    }
    if (auto c = money::currencyByCode(currency); !c) {
        return bad(c.error().message);
    }
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            return bad(QStringLiteral("the community name may not hold control characters or line breaks"));
        }
    }
    // QTimeZone also accepts offsets such as "UTC+08:00"; genesis fixes a real IANA zone, whose
    // rules (daylight saving) billing dates follow.
    if (timeZone.isEmpty() || !QTimeZone::availableTimeZoneIds().contains(timeZone.toUtf8()) ||
        timeZone.startsWith(QLatin1String("UTC+")) || timeZone.startsWith(QLatin1String("UTC-"))) {
        return bad(QStringLiteral("'%1' is not a known IANA time zone; use a name like Asia/Shanghai or Europe/Berlin").arg(timeZone));
    }
    if (committee.empty() || committee.size() > std::size_t(kMaxCommitteeSize)) {
        return bad(QStringLiteral("the committee needs 1 to %1 members, got %2").arg(kMaxCommitteeSize).arg(committee.size()));
    }
    std::set<crypto::PublicKey> seen;
    for (const crypto::PublicKey &k : committee) {
        if (!seen.insert(k).second) {
            return bad(QStringLiteral("committee key %1 is listed twice").arg(k.toHex()));
        }
        if (k == sealer) {
            return bad(QStringLiteral("the server's sealing key cannot also be a committee key"));
        }
    }
    if (quorum < 1 || quorum > committee.size()) {
        return bad(QStringLiteral("the quorum must be between 1 and %1 (the committee size), got %2").arg(committee.size()).arg(quorum));
    }
    return {};
}

cbor::Value Genesis::toPayload() const
{
    cbor::Array members;
    for (const crypto::PublicKey &k : committee) {
        members.push_back(cbor::Value::fromBytes(k.toByteArray()));
    }
    return cbor::Value::fromMap({
        {QStringLiteral("name"), cbor::Value::fromText(name)},
        {QStringLiteral("currency"), cbor::Value::fromText(currency)},
        {QStringLiteral("timezone"), cbor::Value::fromText(timeZone)},
        {QStringLiteral("sealer"), cbor::Value::fromBytes(sealer.toByteArray())},
        {QStringLiteral("committee"), cbor::Value::fromArray(std::move(members))},
        {QStringLiteral("quorum"), cbor::Value::fromUnsigned(quorum)},
    });
}

Result<Genesis> Genesis::fromPayload(const cbor::Value &payload, const QByteArray &communityId)
{
    CY_TRY(const cbor::Record r, cbor::Record::from(payload, QStringLiteral("genesis")));
    CY_CHECK(r.allowOnly({u"name", u"currency", u"timezone", u"sealer", u"committee", u"quorum"}));
    Genesis g;
    g.communityId = communityId;
    CY_TRY(g.name, r.text(u"name"));
    CY_TRY(g.currency, r.text(u"currency"));
    CY_TRY(g.timeZone, r.text(u"timezone"));
    CY_TRY(const QByteArray sealer, r.bytes(u"sealer", crypto::kPublicKeySize));
    CY_TRY(g.sealer, crypto::PublicKey::fromBytes(sealer));
    CY_TRY(const cbor::Array *members, r.array(u"committee"));
    if (members->size() > std::size_t(kMaxCommitteeSize)) {
        return fail(ErrorCode::LimitExceeded, QStringLiteral("genesis: at most %1 committee members").arg(kMaxCommitteeSize));
    }
    for (const cbor::Value &m : *members) {
        if (!m.isBytes()) {
            return fail(ErrorCode::Malformed, QStringLiteral("genesis: committee keys must be byte strings"));
        }
        CY_TRY(crypto::PublicKey k, crypto::PublicKey::fromBytes(m.asBytes()));
        g.committee.push_back(k);
    }
    CY_TRY(const quint64 quorum, r.uint(u"quorum"));
    if (quorum > quint64(kMaxCommitteeSize)) {
        return fail(ErrorCode::Malformed, QStringLiteral("genesis: quorum %1 is larger than any committee").arg(quorum));
    }
    g.quorum = quint32(quorum);
    if (auto ok = g.validate(); !ok) {
        return fail(ErrorCode::Malformed, ok.error().message);
    }
    return g;
}

Result<Transaction> Genesis::toTransaction(const crypto::KeyPair &sealerKey) const
{
    CY_CHECK(validate());
    if (sealerKey.publicKey() != sealer) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("genesis: must be signed by the server's sealing key %1").arg(sealer.toHex()));
    }
    TransactionBody body;
    body.kind = QString::fromLatin1(kGenesisKind);
    body.kindVersion = 1;
    body.communityId = communityId;
    body.author = sealer;
    body.sequence = 1;
    body.payload = toPayload();
    return Transaction::create(std::move(body), sealerKey);
}

Result<Genesis> Genesis::fromTransaction(const Transaction &tx)
{
    const TransactionBody &b = tx.body();
    if (b.kind != QLatin1String(kGenesisKind) || b.kindVersion != 1) {
        return fail(ErrorCode::Integrity, QStringLiteral("the first transaction must be a genesis (version 1), found '%1' version %2")
                                               .arg(b.kind).arg(b.kindVersion));
    }
    if (b.sequence != 1) {
        return fail(ErrorCode::Integrity, QStringLiteral("genesis must have sequence 1, found %1").arg(b.sequence));
    }
    CY_TRY(Genesis g, fromPayload(b.payload, b.communityId));
    if (b.author != g.sealer) {
        return fail(ErrorCode::Integrity, QStringLiteral("genesis must be authored by the sealing key it names"));
    }
    return g;
}

QDate Genesis::localDate(quint64 utcMs) const
{
    return QDateTime::fromMSecsSinceEpoch(qint64(utcMs), QTimeZone(timeZone.toUtf8())).date();
}

QString Genesis::logOrigin() const
{
    return logOriginFor(communityId);
}

QString logOriginFor(const QByteArray &communityId)
{
    return QStringLiteral("courtyard/") + toHex(communityId);
}

} // namespace courtyard::ledger
