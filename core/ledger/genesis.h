#pragma once

#include "core/base/result.h"
#include "core/ledger/transaction.h"

#include <QDate>
#include <QString>

#include <vector>

namespace courtyard::ledger {

inline constexpr char kGenesisKind[] = "genesis";
inline constexpr int kMaxCommitteeSize = 32;
inline constexpr qsizetype kMaxCommunityNameLength = 200;

// What the genesis transaction fixes for the life of a community: who it is, its currency and
// time zone, the server's sealing key and the first committee with its quorum (k of n).
struct Genesis {
    QByteArray communityId; // kCommunityIdSize random bytes
    QString name;
    QString currency; // ISO 4217 code
    QString timeZone; // IANA id, e.g. "Asia/Shanghai"
    crypto::PublicKey sealer;
    std::vector<crypto::PublicKey> committee;
    quint32 quorum = 1;

    // InvalidArgument naming the first field that is wrong: unknown currency or time zone, empty
    // or over-long name, committee empty, too large or with a repeated key (or the sealer in it),
    // quorum outside 1..n.
    Result<void> validate() const;

    cbor::Value toPayload() const;
    static Result<Genesis> fromPayload(const cbor::Value &payload, const QByteArray &communityId);

    // The genesis transaction, authored (sequence 1) and signed by the sealer.
    Result<Transaction> toTransaction(const crypto::KeyPair &sealerKey) const;
    // Reads and checks a genesis transaction: kind, author = sealer, sequence 1, valid payload.
    static Result<Genesis> fromTransaction(const Transaction &tx);

    // The checkpoint origin of this community's log, e.g. "courtyard/3f2a...".
    QString logOrigin() const;

    // The community's calendar date at a block time (ms since 1970 UTC), in its time zone. The
    // one place where block times become dates: contracts call this, never a clock.
    QDate localDate(quint64 utcMs) const;
};

QString logOriginFor(const QByteArray &communityId);

} // namespace courtyard::ledger
