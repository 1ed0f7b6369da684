#include "core/sync/protocol.h"

#include "core/codec/cbor.h"
#include "core/ledger/genesis.h"

namespace courtyard::sync {

namespace {

using cbor::Value;

constexpr qsizetype kMaxTextSize = 1024;   // codes, reasons, labels, server names
constexpr qsizetype kMaxRoles = 16;
constexpr qsizetype kMaxProofHashes = 64;  // a tree of 2^64 leaves needs fewer
constexpr qsizetype kMaxTransactionsPerBlock = 100000;

const char kAuthDomain[] = "courtyard/sync/auth/v1";

Value bytes(const QByteArray &b)
{
    return Value::fromBytes(b);
}

Value uint(quint64 v)
{
    return Value::fromUnsigned(v);
}

Value text(const QString &t)
{
    return Value::fromText(t);
}

Value key(const crypto::PublicKey &k)
{
    return Value::fromBytes(k.toByteArray());
}

Value digest(const crypto::Digest &d)
{
    return Value::fromBytes(crypto::toByteArray(d));
}

QString stateName(TxStatus::State state)
{
    switch (state) {
    case TxStatus::State::Accepted:
        return QStringLiteral("accepted");
    case TxStatus::State::Rejected:
        return QStringLiteral("rejected");
    case TxStatus::State::Sealed:
        return QStringLiteral("sealed");
    }
    return {};
}

Value blockValue(const BlockData &b)
{
    cbor::Array txs;
    txs.reserve(b.transactions.size());
    for (const QByteArray &tx : b.transactions) {
        txs.push_back(bytes(tx));
    }
    return Value::fromMap({{QStringLiteral("header"), bytes(b.header)},
                           {QStringLiteral("sig"), bytes(b.signature)},
                           {QStringLiteral("cp_sig"), bytes(b.checkpointSignature)},
                           {QStringLiteral("txs"), Value::fromArray(std::move(txs))}});
}

Value proposalValue(const ProposalInfo &p)
{
    cbor::Array signers;
    for (const ProposalSigner &s : p.signers) {
        signers.push_back(Value::fromMap({{QStringLiteral("key"), key(s.key)}, {QStringLiteral("at"), uint(s.atMs)}}));
    }
    cbor::Array declines;
    for (const ProposalDecline &d : p.declines) {
        declines.push_back(Value::fromMap(
            {{QStringLiteral("key"), key(d.key)}, {QStringLiteral("reason"), text(d.reason)}, {QStringLiteral("at"), uint(d.atMs)}}));
    }
    cbor::Map out{{text(QStringLiteral("tx")), bytes(p.transaction)},
                  {text(QStringLiteral("note")), text(p.note)},
                  {text(QStringLiteral("created")), uint(p.createdMs)},
                  {text(QStringLiteral("expires")), uint(p.expiresMs)},
                  {text(QStringLiteral("state")), text(proposalStateName(p.state))},
                  {text(QStringLiteral("closed")), uint(p.closedMs)},
                  {text(QStringLiteral("signers")), Value::fromArray(std::move(signers))},
                  {text(QStringLiteral("declines")), Value::fromArray(std::move(declines))}};
    if (p.state == ProposalInfo::State::Sealed) {
        out.emplace_back(text(QStringLiteral("height")), uint(p.height));
        out.emplace_back(text(QStringLiteral("index")), uint(p.logIndex));
    }
    if (p.state == ProposalInfo::State::Refused) {
        out.emplace_back(text(QStringLiteral("code")), text(p.code));
    }
    if (p.state == ProposalInfo::State::Refused || p.state == ProposalInfo::State::Withdrawn) {
        out.emplace_back(text(QStringLiteral("reason")), text(p.reason));
    }
    return Value::fromMap(std::move(out));
}

// The fields of each message, without "v" and "t".
struct Encoder {
    cbor::Map operator()(const Challenge &m) const
    {
        return {{text(QStringLiteral("community")), bytes(m.communityId)},
                {text(QStringLiteral("nonce")), bytes(m.nonce)},
                {text(QStringLiteral("height")), uint(m.height)},
                {text(QStringLiteral("server")), text(m.server)}};
    }
    cbor::Map operator()(const Auth &m) const
    {
        return {{text(QStringLiteral("key")), key(m.key)}, {text(QStringLiteral("sig")), bytes(m.signature)}};
    }
    cbor::Map operator()(const Enroll &m) const
    {
        return {{text(QStringLiteral("id")), uint(m.id)},
                {text(QStringLiteral("key")), key(m.key)},
                {text(QStringLiteral("sig")), bytes(m.signature)},
                {text(QStringLiteral("tx")), bytes(m.transaction)}};
    }
    cbor::Map operator()(const Welcome &m) const
    {
        cbor::Array roles;
        for (const QString &r : m.roles) {
            roles.push_back(text(r));
        }
        return {{text(QStringLiteral("key")), key(m.key)},
                {text(QStringLiteral("roles")), Value::fromArray(std::move(roles))},
                {text(QStringLiteral("height")), uint(m.height)},
                {text(QStringLiteral("last_seq")), uint(m.lastSequence)},
                {text(QStringLiteral("enrolled")), Value::fromBool(m.enrolled)}};
    }
    cbor::Map operator()(const Submit &m) const
    {
        return {{text(QStringLiteral("id")), uint(m.id)}, {text(QStringLiteral("tx")), bytes(m.transaction)}};
    }
    cbor::Map operator()(const TxStatus &m) const
    {
        cbor::Map out{{text(QStringLiteral("id")), uint(m.id)},
                      {text(QStringLiteral("txid")), digest(m.txId)},
                      {text(QStringLiteral("state")), text(stateName(m.state))}};
        if (m.state == TxStatus::State::Rejected) {
            out.emplace_back(text(QStringLiteral("code")), text(m.code));
            out.emplace_back(text(QStringLiteral("reason")), text(m.reason));
        } else if (m.state == TxStatus::State::Sealed) {
            out.emplace_back(text(QStringLiteral("height")), uint(m.height));
            out.emplace_back(text(QStringLiteral("index")), uint(m.logIndex));
        }
        return out;
    }
    cbor::Map operator()(const Fetch &m) const
    {
        return {{text(QStringLiteral("id")), uint(m.id)},
                {text(QStringLiteral("from")), uint(m.from)},
                {text(QStringLiteral("max")), uint(m.max)}};
    }
    cbor::Map operator()(const Blocks &m) const
    {
        cbor::Array blocks;
        blocks.reserve(m.blocks.size());
        for (const BlockData &b : m.blocks) {
            blocks.push_back(blockValue(b));
        }
        return {{text(QStringLiteral("id")), uint(m.id)},
                {text(QStringLiteral("blocks")), Value::fromArray(std::move(blocks))},
                {text(QStringLiteral("tip")), uint(m.tip)}};
    }
    cbor::Map operator()(const Subscribe &m) const { return {{text(QStringLiteral("id")), uint(m.id)}}; }
    cbor::Map operator()(const Pushed &m) const { return {{text(QStringLiteral("block")), blockValue(m.block)}}; }
    cbor::Map operator()(const InclusionRequest &m) const
    {
        return {{text(QStringLiteral("id")), uint(m.id)},
                {text(QStringLiteral("index")), uint(m.logIndex)},
                {text(QStringLiteral("size")), uint(m.treeSize)}};
    }
    cbor::Map operator()(const ConsistencyRequest &m) const
    {
        return {{text(QStringLiteral("id")), uint(m.id)},
                {text(QStringLiteral("from")), uint(m.from)},
                {text(QStringLiteral("to")), uint(m.to)}};
    }
    cbor::Map operator()(const Proof &m) const
    {
        cbor::Array hashes;
        for (const merkle::Hash &h : m.hashes) {
            hashes.push_back(digest(h));
        }
        return {{text(QStringLiteral("id")), uint(m.id)}, {text(QStringLiteral("hashes")), Value::fromArray(std::move(hashes))}};
    }
    cbor::Map operator()(const StatusRequest &m) const { return {{text(QStringLiteral("id")), uint(m.id)}}; }
    cbor::Map operator()(const Status &m) const
    {
        return {{text(QStringLiteral("id")), uint(m.id)},
                {text(QStringLiteral("height")), uint(m.height)},
                {text(QStringLiteral("log_size")), uint(m.logSize)},
                {text(QStringLiteral("devices")), uint(m.devices)},
                {text(QStringLiteral("pending")), uint(m.pending)}};
    }
    cbor::Map operator()(const Propose &m) const
    {
        return {{text(QStringLiteral("id")), uint(m.id)}, {text(QStringLiteral("tx")), bytes(m.transaction)},
                {text(QStringLiteral("note")), text(m.note)}};
    }
    cbor::Map operator()(const ProposalsRequest &m) const
    {
        return {{text(QStringLiteral("id")), uint(m.id)}, {text(QStringLiteral("watch")), Value::fromBool(m.watch)}};
    }
    cbor::Map operator()(const Proposals &m) const
    {
        cbor::Array list;
        list.reserve(m.proposals.size());
        for (const ProposalInfo &p : m.proposals) {
            list.push_back(proposalValue(p));
        }
        return {{text(QStringLiteral("id")), uint(m.id)}, {text(QStringLiteral("now")), uint(m.nowMs)},
                {text(QStringLiteral("proposals")), Value::fromArray(std::move(list))}};
    }
    cbor::Map operator()(const Cosign &m) const
    {
        return {{text(QStringLiteral("id")), uint(m.id)}, {text(QStringLiteral("txid")), digest(m.txId)},
                {text(QStringLiteral("sig")), bytes(m.signature)}};
    }
    cbor::Map operator()(const Decline &m) const
    {
        return {{text(QStringLiteral("id")), uint(m.id)}, {text(QStringLiteral("txid")), digest(m.txId)},
                {text(QStringLiteral("reason")), text(m.reason)}};
    }
    cbor::Map operator()(const Withdraw &m) const
    {
        return {{text(QStringLiteral("id")), uint(m.id)}, {text(QStringLiteral("txid")), digest(m.txId)},
                {text(QStringLiteral("reason")), text(m.reason)}};
    }
    cbor::Map operator()(const ErrorReply &m) const
    {
        return {{text(QStringLiteral("id")), uint(m.id)},
                {text(QStringLiteral("code")), text(m.code)},
                {text(QStringLiteral("reason")), text(m.reason)}};
    }
};

struct Namer {
    QString operator()(const Challenge &) const { return QStringLiteral("challenge"); }
    QString operator()(const Auth &) const { return QStringLiteral("auth"); }
    QString operator()(const Enroll &) const { return QStringLiteral("enroll"); }
    QString operator()(const Welcome &) const { return QStringLiteral("welcome"); }
    QString operator()(const Submit &) const { return QStringLiteral("submit"); }
    QString operator()(const TxStatus &) const { return QStringLiteral("tx"); }
    QString operator()(const Fetch &) const { return QStringLiteral("fetch"); }
    QString operator()(const Blocks &) const { return QStringLiteral("blocks"); }
    QString operator()(const Subscribe &) const { return QStringLiteral("subscribe"); }
    QString operator()(const Pushed &) const { return QStringLiteral("block"); }
    QString operator()(const InclusionRequest &) const { return QStringLiteral("inclusion"); }
    QString operator()(const ConsistencyRequest &) const { return QStringLiteral("consistency"); }
    QString operator()(const Proof &) const { return QStringLiteral("proof"); }
    QString operator()(const StatusRequest &) const { return QStringLiteral("status?"); }
    QString operator()(const Status &) const { return QStringLiteral("status"); }
    QString operator()(const ErrorReply &) const { return QStringLiteral("error"); }
    QString operator()(const Propose &) const { return QStringLiteral("propose"); }
    QString operator()(const ProposalsRequest &) const { return QStringLiteral("proposals?"); }
    QString operator()(const Proposals &) const { return QStringLiteral("proposals"); }
    QString operator()(const Cosign &) const { return QStringLiteral("cosign"); }
    QString operator()(const Decline &) const { return QStringLiteral("decline"); }
    QString operator()(const Withdraw &) const { return QStringLiteral("withdraw"); }
};

// --- decoding ----------------------------------------------------------------------------------

Result<QString> boundedText(const cbor::Record &r, QStringView field, bool allowEmpty = true)
{
    CY_TRY(QString t, r.text(field));
    if (t.size() > kMaxTextSize) {
        return fail(ErrorCode::LimitExceeded, QStringLiteral("field '%1' is longer than %2 characters").arg(field).arg(kMaxTextSize));
    }
    if (!allowEmpty && t.isEmpty()) {
        return fail(ErrorCode::Malformed, QStringLiteral("field '%1' is empty").arg(field));
    }
    return t;
}

Result<crypto::PublicKey> keyField(const cbor::Record &r, QStringView field)
{
    CY_TRY(const QByteArray b, r.bytes(field, crypto::kPublicKeySize));
    auto k = crypto::PublicKey::fromBytes(b);
    if (!k) {
        return fail(k.error().prefixed(QStringLiteral("field '%1'").arg(field)));
    }
    return *k;
}

Result<crypto::Digest> digestField(const cbor::Record &r, QStringView field)
{
    CY_TRY(const QByteArray b, r.bytes(field, crypto::kDigestSize));
    return crypto::digestFromBytes(b);
}

Result<BlockData> decodeBlock(const Value &v)
{
    CY_TRY(const cbor::Record r, cbor::Record::from(v, QStringLiteral("block")));
    CY_CHECK(r.allowOnly({u"header", u"sig", u"cp_sig", u"txs"}));
    BlockData b;
    CY_TRY(b.header, r.bytes(u"header"));
    CY_TRY(b.signature, r.bytes(u"sig", crypto::kSignatureSize));
    CY_TRY(b.checkpointSignature, r.bytes(u"cp_sig"));
    CY_TRY(const cbor::Array *txs, r.array(u"txs"));
    if (txs->empty() || qsizetype(txs->size()) > kMaxTransactionsPerBlock) {
        return fail(ErrorCode::Malformed, QStringLiteral("block: a block holds 1 to %1 transactions, not %2")
                                              .arg(kMaxTransactionsPerBlock).arg(txs->size()));
    }
    b.transactions.reserve(txs->size());
    for (const Value &tx : *txs) {
        if (!tx.isBytes()) {
            return fail(ErrorCode::Malformed, QStringLiteral("block: a transaction is not a byte string"));
        }
        b.transactions.push_back(tx.asBytes());
    }
    return b;
}

Result<ProposalInfo> decodeProposalValue(const Value &v)
{
    CY_TRY(const cbor::Record r, cbor::Record::from(v, QStringLiteral("proposal")));
    ProposalInfo p;
    CY_TRY(p.transaction, r.bytes(u"tx"));
    if (p.transaction.isEmpty() || p.transaction.size() > ledger::kMaxTransactionSize) {
        return fail(ErrorCode::Malformed, QStringLiteral("proposal: a transaction of 1 to %1 bytes is needed").arg(ledger::kMaxTransactionSize));
    }
    CY_TRY(p.note, boundedText(r, u"note"));
    CY_TRY(p.createdMs, r.uint(u"created"));
    CY_TRY(p.expiresMs, r.uint(u"expires"));
    CY_TRY(p.closedMs, r.uint(u"closed"));
    CY_TRY(const QString state, r.text(u"state"));
    bool known = false;
    for (const auto s : {ProposalInfo::State::Open, ProposalInfo::State::Submitted, ProposalInfo::State::Sealed,
                         ProposalInfo::State::Withdrawn, ProposalInfo::State::Expired, ProposalInfo::State::Refused}) {
        if (proposalStateName(s) == state) {
            p.state = s;
            known = true;
        }
    }
    if (!known) {
        return fail(ErrorCode::Malformed, QStringLiteral("proposal: unknown state '%1'").arg(state.left(64)));
    }
    CY_CHECK(r.allowOnly({u"tx", u"note", u"created", u"expires", u"state", u"closed", u"signers", u"declines", u"height", u"index",
                          u"code", u"reason"}));
    const bool sealed = p.state == ProposalInfo::State::Sealed;
    const bool refused = p.state == ProposalInfo::State::Refused;
    const bool withReason = refused || p.state == ProposalInfo::State::Withdrawn;
    if (r.has(u"height") != sealed || r.has(u"index") != sealed || r.has(u"code") != refused || r.has(u"reason") != withReason) {
        return fail(ErrorCode::Malformed, QStringLiteral("proposal: the fields do not fit its state '%1'").arg(state));
    }
    if (sealed) {
        CY_TRY(p.height, r.uint(u"height"));
        CY_TRY(p.logIndex, r.uint(u"index"));
    }
    if (refused) {
        CY_TRY(p.code, boundedText(r, u"code", false));
    }
    if (withReason) {
        CY_TRY(p.reason, boundedText(r, u"reason"));
    }
    CY_TRY(const cbor::Array *signers, r.array(u"signers"));
    CY_TRY(const cbor::Array *declines, r.array(u"declines"));
    if (qsizetype(signers->size()) > ledger::kMaxSignatures || qsizetype(declines->size()) > ledger::kMaxSignatures) {
        return fail(ErrorCode::LimitExceeded, QStringLiteral("proposal: more than %1 signers or declines").arg(ledger::kMaxSignatures));
    }
    for (const Value &s : *signers) {
        CY_TRY(const cbor::Record sr, cbor::Record::from(s, QStringLiteral("signer")));
        CY_CHECK(sr.allowOnly({u"key", u"at"}));
        ProposalSigner signer;
        CY_TRY(signer.key, keyField(sr, u"key"));
        CY_TRY(signer.atMs, sr.uint(u"at"));
        p.signers.push_back(signer);
    }
    for (const Value &d : *declines) {
        CY_TRY(const cbor::Record dr, cbor::Record::from(d, QStringLiteral("decline")));
        CY_CHECK(dr.allowOnly({u"key", u"reason", u"at"}));
        ProposalDecline decline;
        CY_TRY(decline.key, keyField(dr, u"key"));
        CY_TRY(decline.reason, boundedText(dr, u"reason", false));
        CY_TRY(decline.atMs, dr.uint(u"at"));
        p.declines.push_back(std::move(decline));
    }
    return p;
}

Result<Message> decodeFields(const QString &type, const cbor::Record &r)
{
    if (type == u"propose") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"tx", u"note"}));
        Propose m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(m.transaction, r.bytes(u"tx"));
        CY_TRY(m.note, boundedText(r, u"note"));
        return m;
    }
    if (type == u"proposals?") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"watch"}));
        ProposalsRequest m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(m.watch, r.boolean(u"watch"));
        return m;
    }
    if (type == u"proposals") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"now", u"proposals"}));
        Proposals m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(m.nowMs, r.uint(u"now"));
        CY_TRY(const cbor::Array *list, r.array(u"proposals"));
        if (qsizetype(list->size()) > kMaxProposalsPerMessage) {
            return fail(ErrorCode::LimitExceeded, QStringLiteral("more than %1 proposals in one message").arg(kMaxProposalsPerMessage));
        }
        for (const Value &p : *list) {
            CY_TRY(ProposalInfo info, decodeProposalValue(p));
            m.proposals.push_back(std::move(info));
        }
        return m;
    }
    if (type == u"cosign") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"txid", u"sig"}));
        Cosign m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(m.txId, digestField(r, u"txid"));
        CY_TRY(m.signature, r.bytes(u"sig", crypto::kSignatureSize));
        return m;
    }
    if (type == u"decline") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"txid", u"reason"}));
        Decline m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(m.txId, digestField(r, u"txid"));
        CY_TRY(m.reason, boundedText(r, u"reason", false));
        if (m.reason.trimmed().isEmpty()) {
            return fail(ErrorCode::Malformed, QStringLiteral("a decline needs a reason that is not only spaces"));
        }
        return m;
    }
    if (type == u"withdraw") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"txid", u"reason"}));
        Withdraw m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(m.txId, digestField(r, u"txid"));
        CY_TRY(m.reason, boundedText(r, u"reason"));
        return m;
    }
    if (type == u"challenge") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"community", u"nonce", u"height", u"server"}));
        Challenge m;
        CY_TRY(m.communityId, r.bytes(u"community", ledger::kCommunityIdSize));
        CY_TRY(m.nonce, r.bytes(u"nonce", kNonceSize));
        CY_TRY(m.height, r.uint(u"height"));
        CY_TRY(m.server, boundedText(r, u"server"));
        return m;
    }
    if (type == u"auth") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"key", u"sig"}));
        Auth m;
        CY_TRY(m.key, keyField(r, u"key"));
        CY_TRY(m.signature, r.bytes(u"sig", crypto::kSignatureSize));
        return m;
    }
    if (type == u"enroll") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"key", u"sig", u"tx"}));
        Enroll m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(m.key, keyField(r, u"key"));
        CY_TRY(m.signature, r.bytes(u"sig", crypto::kSignatureSize));
        CY_TRY(m.transaction, r.bytes(u"tx"));
        return m;
    }
    if (type == u"welcome") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"key", u"roles", u"height", u"last_seq", u"enrolled"}));
        Welcome m;
        CY_TRY(m.key, keyField(r, u"key"));
        CY_TRY(const cbor::Array *roles, r.array(u"roles"));
        if (qsizetype(roles->size()) > kMaxRoles) {
            return fail(ErrorCode::LimitExceeded, QStringLiteral("more than %1 roles").arg(kMaxRoles));
        }
        for (const Value &role : *roles) {
            if (!role.isText() || role.asText().isEmpty() || role.asText().size() > kMaxTextSize) {
                return fail(ErrorCode::Malformed, QStringLiteral("a role is not a short text"));
            }
            m.roles.append(role.asText());
        }
        CY_TRY(m.height, r.uint(u"height"));
        CY_TRY(m.lastSequence, r.uint(u"last_seq"));
        CY_TRY(m.enrolled, r.boolean(u"enrolled"));
        return m;
    }
    if (type == u"submit") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"tx"}));
        Submit m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(m.transaction, r.bytes(u"tx"));
        return m;
    }
    if (type == u"tx") {
        TxStatus m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(m.txId, digestField(r, u"txid"));
        CY_TRY(const QString state, r.text(u"state"));
        if (state == u"accepted") {
            CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"txid", u"state"}));
            m.state = TxStatus::State::Accepted;
        } else if (state == u"rejected") {
            CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"txid", u"state", u"code", u"reason"}));
            m.state = TxStatus::State::Rejected;
            CY_TRY(m.code, boundedText(r, u"code", false));
            CY_TRY(m.reason, boundedText(r, u"reason"));
        } else if (state == u"sealed") {
            CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"txid", u"state", u"height", u"index"}));
            m.state = TxStatus::State::Sealed;
            CY_TRY(m.height, r.uint(u"height"));
            CY_TRY(m.logIndex, r.uint(u"index"));
        } else {
            return fail(ErrorCode::Malformed, QStringLiteral("unknown transaction state '%1'").arg(state.left(64)));
        }
        return m;
    }
    if (type == u"fetch") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"from", u"max"}));
        Fetch m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(m.from, r.uint(u"from"));
        CY_TRY(m.max, r.uint(u"max"));
        if (m.max < 1 || m.max > kMaxBlocksPerBatch) {
            return fail(ErrorCode::Malformed, QStringLiteral("fetch: max must be 1 to %1, not %2").arg(kMaxBlocksPerBatch).arg(m.max));
        }
        return m;
    }
    if (type == u"blocks") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"blocks", u"tip"}));
        Blocks m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(const cbor::Array *blocks, r.array(u"blocks"));
        if (blocks->size() > kMaxBlocksPerBatch) {
            return fail(ErrorCode::LimitExceeded, QStringLiteral("more than %1 blocks in one answer").arg(kMaxBlocksPerBatch));
        }
        for (const Value &b : *blocks) {
            CY_TRY(BlockData block, decodeBlock(b));
            m.blocks.push_back(std::move(block));
        }
        CY_TRY(m.tip, r.uint(u"tip"));
        return m;
    }
    if (type == u"subscribe" || type == u"status?") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id"}));
        CY_TRY(const quint64 id, r.uint(u"id"));
        if (type == u"subscribe") {
            return Subscribe{id};
        }
        return StatusRequest{id};
    }
    if (type == u"block") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"block"}));
        CY_TRY(const Value *block, r.value(u"block"));
        CY_TRY(BlockData b, decodeBlock(*block));
        return Pushed{std::move(b)};
    }
    if (type == u"inclusion") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"index", u"size"}));
        InclusionRequest m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(m.logIndex, r.uint(u"index"));
        CY_TRY(m.treeSize, r.uint(u"size"));
        return m;
    }
    if (type == u"consistency") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"from", u"to"}));
        ConsistencyRequest m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(m.from, r.uint(u"from"));
        CY_TRY(m.to, r.uint(u"to"));
        return m;
    }
    if (type == u"proof") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"hashes"}));
        Proof m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(const cbor::Array *hashes, r.array(u"hashes"));
        if (qsizetype(hashes->size()) > kMaxProofHashes) {
            return fail(ErrorCode::LimitExceeded, QStringLiteral("a proof of more than %1 hashes").arg(kMaxProofHashes));
        }
        for (const Value &h : *hashes) {
            if (!h.isBytes() || h.asBytes().size() != crypto::kDigestSize) {
                return fail(ErrorCode::Malformed, QStringLiteral("a proof hash is not %1 bytes").arg(crypto::kDigestSize));
            }
            CY_TRY(const crypto::Digest d, crypto::digestFromBytes(h.asBytes()));
            m.hashes.push_back(d);
        }
        return m;
    }
    if (type == u"status") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"height", u"log_size", u"devices", u"pending"}));
        Status m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(m.height, r.uint(u"height"));
        CY_TRY(m.logSize, r.uint(u"log_size"));
        CY_TRY(m.devices, r.uint(u"devices"));
        CY_TRY(m.pending, r.uint(u"pending"));
        return m;
    }
    if (type == u"error") {
        CY_CHECK(r.allowOnly({u"v", u"t", u"id", u"code", u"reason"}));
        ErrorReply m;
        CY_TRY(m.id, r.uint(u"id"));
        CY_TRY(m.code, boundedText(r, u"code", false));
        CY_TRY(m.reason, boundedText(r, u"reason"));
        return m;
    }
    return fail(ErrorCode::Malformed, QStringLiteral("unknown message type '%1'").arg(type.left(64)));
}

} // namespace

QString proposalStateName(ProposalInfo::State state)
{
    switch (state) {
    case ProposalInfo::State::Open:
        return QStringLiteral("open");
    case ProposalInfo::State::Submitted:
        return QStringLiteral("submitted");
    case ProposalInfo::State::Sealed:
        return QStringLiteral("sealed");
    case ProposalInfo::State::Withdrawn:
        return QStringLiteral("withdrawn");
    case ProposalInfo::State::Expired:
        return QStringLiteral("expired");
    case ProposalInfo::State::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QByteArray encodeProposal(const ProposalInfo &proposal)
{
    return proposalValue(proposal).encode();
}

Result<ProposalInfo> decodeProposal(QByteArrayView bytes)
{
    cbor::DecodeLimits limits;
    limits.maxInputSize = kMaxMessageSize;
    limits.maxDepth = 4;
    CY_TRY(const Value value, cbor::decode(bytes, limits));
    return decodeProposalValue(value);
}

QString typeName(const Message &message)
{
    return std::visit(Namer{}, message);
}

QByteArray encode(const Message &message)
{
    cbor::Map fields = std::visit(Encoder{}, message);
    fields.emplace_back(text(QStringLiteral("v")), uint(kProtocolVersion));
    fields.emplace_back(text(QStringLiteral("t")), text(typeName(message)));
    return Value::fromMap(std::move(fields)).encode();
}

Result<Message> decode(QByteArrayView bytes, qsizetype maxSize)
{
    if (bytes.size() > maxSize) {
        return fail(ErrorCode::LimitExceeded, QStringLiteral("message of %1 bytes is larger than the limit of %2").arg(bytes.size()).arg(maxSize));
    }
    cbor::DecodeLimits limits;
    limits.maxInputSize = maxSize;
    limits.maxDepth = 8; // the deepest message (blocks) nests 4
    auto value = cbor::decode(bytes, limits);
    if (!value) {
        // Unsupported is kept for a protocol version this program does not speak (below): CBOR
        // this codec does not take (floats, tags) is simply not a message.
        Error error = value.error().prefixed(QStringLiteral("message"));
        if (error.code == ErrorCode::Unsupported) {
            error.code = ErrorCode::Malformed;
        }
        return tl::unexpected(std::move(error));
    }
    auto record = cbor::Record::from(*value, QStringLiteral("message"));
    if (!record) {
        return fail(record.error());
    }
    auto version = record->uint(u"v");
    if (!version) {
        return fail(version.error().prefixed(QStringLiteral("message")));
    }
    if (*version != kProtocolVersion) {
        return fail(ErrorCode::Unsupported, QStringLiteral("protocol version %1 is not supported (this program speaks version %2)")
                                                .arg(*version).arg(kProtocolVersion));
    }
    auto type = record->text(u"t");
    if (!type) {
        return fail(type.error().prefixed(QStringLiteral("message")));
    }
    auto message = decodeFields(*type, *record);
    if (!message) {
        return fail(message.error().prefixed(QStringLiteral("message '%1'").arg(type->left(64))));
    }
    return message;
}

QByteArray authMessage(QByteArrayView communityId, QByteArrayView nonce, const crypto::Digest &channel,
                       const crypto::PublicKey &key)
{
    QByteArray out;
    out.reserve(64 + communityId.size() + nonce.size() + crypto::kDigestSize + crypto::kPublicKeySize);
    out.append(kAuthDomain, sizeof kAuthDomain); // with its terminating zero: the domain ends there
    out.append(communityId);
    out.append(nonce);
    out.append(crypto::toByteArray(channel));
    out.append(key.toByteArray());
    return out;
}

QString fingerprintText(const crypto::Digest &fingerprint)
{
    return QString::fromLatin1(crypto::toByteArray(fingerprint).toHex(':'));
}

Result<crypto::Digest> parseFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(u':');
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    if (hex.size() != 2 * crypto::kDigestSize || bytes.size() != crypto::kDigestSize || bytes.toHex() != hex.toLower().toLatin1()) {
        return fail(ErrorCode::Malformed,
                    QStringLiteral("'%1' is not a SHA-256 fingerprint (64 hex digits, colons allowed)").arg(text.left(100)));
    }
    return crypto::digestFromBytes(bytes);
}

} // namespace courtyard::sync
