#include "app/server/proposals.h"

#include "contracts/governance.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <algorithm>

namespace courtyard::server {

namespace {

Q_LOGGING_CATEGORY(lcProposals, "courtyard.server.proposals")

QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::server", text);
}

// The contract codes that mean "not enough signatures yet": such a transaction waits as a proposal.
bool wantsSignatures(const QString &code)
{
    return code == QLatin1String("committee-approval-required") || code == QLatin1String("quorum-not-reached");
}

bool isOpen(const sync::ProposalInfo &p)
{
    return p.state == sync::ProposalInfo::State::Open;
}

QString shortHex(const ledger::TxId &id)
{
    return crypto::toHex(id).left(16);
}

QString keyHex(const crypto::PublicKey &key)
{
    return key.toHex().left(16);
}

QString stateWords(const sync::ProposalInfo &p)
{
    switch (p.state) {
    case sync::ProposalInfo::State::Open:
        return tr("open");
    case sync::ProposalInfo::State::Submitted:
        return tr("submitted and waiting for its block");
    case sync::ProposalInfo::State::Sealed:
        return tr("sealed in block %1").arg(p.height);
    case sync::ProposalInfo::State::Withdrawn:
        return tr("withdrawn by its author");
    case sync::ProposalInfo::State::Expired:
        return tr("expired");
    case sync::ProposalInfo::State::Refused:
        return tr("refused by its contract (%1)").arg(p.code);
    }
    return {};
}

class Statement {
public:
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return m_stmt != nullptr; }
    void bind(int i, const QByteArray &b) { sqlite3_bind_blob(m_stmt, i, b.constData(), int(b.size()), SQLITE_TRANSIENT); }
    void bind(int i, const QString &t)
    {
        const QByteArray u = t.toUtf8();
        sqlite3_bind_text(m_stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    int step() { return sqlite3_step(m_stmt); }
    QByteArray blob(int column) const
    {
        const void *data = sqlite3_column_blob(m_stmt, column);
        return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// The body bytes a transaction envelope ([body: bstr, signatures]) starts with; nullopt when it
// does not start like one. Checks nothing else.
std::optional<QByteArrayView> envelopeBody(QByteArrayView bytes)
{
    if (bytes.size() < 2 || quint8(bytes[0]) != 0x82 || (quint8(bytes[1]) >> 5) != 2) {
        return std::nullopt;
    }
    const int ai = quint8(bytes[1]) & 0x1f;
    qsizetype at = 2;
    quint64 size = 0;
    if (ai < 24) {
        size = quint64(ai);
    } else if (ai <= 26) {
        const int width = 1 << (ai - 24); // 1, 2 or 4 bytes: a transaction is at most 64 KiB
        if (bytes.size() < at + width) {
            return std::nullopt;
        }
        for (int i = 0; i < width; ++i) {
            size = (size << 8) | quint8(bytes[at++]);
        }
    } else {
        return std::nullopt;
    }
    if (size > quint64(bytes.size() - at)) {
        return std::nullopt;
    }
    return bytes.sliced(at, qsizetype(size));
}

} // namespace

Result<ledger::Transaction> withCosignature(const ledger::Transaction &tx, const crypto::PublicKey &key, const QByteArray &signature)
{
    if (tx.isSignedBy(key)) {
        return fail(ErrorCode::Conflict, QStringLiteral("key %1 has already signed this transaction").arg(key.toHex()));
    }
    if (qsizetype(tx.signatures().size()) >= ledger::kMaxSignatures) {
        return fail(ErrorCode::LimitExceeded, QStringLiteral("a transaction carries at most %1 signatures").arg(ledger::kMaxSignatures));
    }
    std::vector<std::pair<QByteArray, QByteArray>> signatures;
    for (const ledger::TransactionSignature &s : tx.signatures()) {
        signatures.emplace_back(s.key.toByteArray(), s.signature);
    }
    signatures.emplace_back(key.toByteArray(), signature);
    std::sort(signatures.begin(), signatures.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    cbor::Array list;
    for (const auto &[k, s] : signatures) {
        list.push_back(cbor::Value::fromArray({cbor::Value::fromBytes(k), cbor::Value::fromBytes(s)}));
    }
    const cbor::Value envelope = cbor::Value::fromArray({cbor::Value::fromBytes(tx.bodyBytes()), cbor::Value::fromArray(std::move(list))});
    return ledger::Transaction::decode(envelope.encode());
}

Result<std::unique_ptr<ProposalBook>> ProposalBook::open(const QString &path, Sequencer &sequencer, quint64 expiryMs, quint64 nowMs)
{
    std::unique_ptr<ProposalBook> book(new ProposalBook(sequencer, expiryMs));
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &book->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        return fail(book->sqlError(QStringLiteral("cannot open the proposals file %1").arg(path)));
    }
    CY_CHECK(book->exec("PRAGMA journal_mode=WAL"));
    CY_CHECK(book->exec("PRAGMA synchronous=FULL"));
    CY_CHECK(book->exec("CREATE TABLE IF NOT EXISTS proposals (txid BLOB PRIMARY KEY, state TEXT NOT NULL, created_ms INTEGER NOT NULL,"
                        " record BLOB NOT NULL)"));
    CY_CHECK(book->load());
    auto changed = book->tick(nowMs);
    if (!changed) {
        return fail(changed.error());
    }
    qCInfo(lcProposals) << "proposals:" << book->m_proposals.size() << "kept," << changed->size() << "changed on opening";
    return book;
}

ProposalBook::~ProposalBook()
{
    sqlite3_close(m_db);
}

Error ProposalBook::sqlError(const QString &what) const
{
    const int code = m_db ? sqlite3_errcode(m_db) : SQLITE_CANTOPEN;
    const QString message = what + QStringLiteral(": ") + QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
    return Error{code == SQLITE_FULL ? ErrorCode::DiskFull : ErrorCode::Database, message};
}

Result<void> ProposalBook::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        return fail(sqlError(QString::fromLatin1(sql)));
    }
    return {};
}

Result<void> ProposalBook::load()
{
    Statement s(m_db, "SELECT txid, record FROM proposals");
    if (!s.ok()) {
        return fail(sqlError(QStringLiteral("cannot read the proposals")));
    }
    int rc = SQLITE_ROW;
    while ((rc = s.step()) == SQLITE_ROW) {
        auto info = sync::decodeProposal(s.blob(1));
        if (!info) {
            return fail(Error{ErrorCode::Integrity, QStringLiteral("a stored proposal is damaged: %1").arg(info.error().message)});
        }
        auto tx = ledger::Transaction::decode(info->transaction);
        if (!tx || crypto::toByteArray(tx->id()) != s.blob(0)) {
            return fail(Error{ErrorCode::Integrity, QStringLiteral("a stored proposal's transaction does not match its id")});
        }
        noteWithdrawn(*info);
        m_proposals.emplace(tx->id(), std::move(*info));
    }
    if (rc != SQLITE_DONE) {
        return fail(sqlError(QStringLiteral("cannot read the proposals")));
    }
    return {};
}

Result<void> ProposalBook::store(const ledger::TxId &id, const sync::ProposalInfo &proposal)
{
    Statement s(m_db, "INSERT OR REPLACE INTO proposals (txid, state, created_ms, record) VALUES (?, ?, ?, ?)");
    if (!s.ok()) {
        return fail(sqlError(QStringLiteral("cannot write the proposal")));
    }
    s.bind(1, crypto::toByteArray(id));
    s.bind(2, sync::proposalStateName(proposal.state));
    s.bind(3, qint64(proposal.createdMs));
    s.bind(4, sync::encodeProposal(proposal));
    if (s.step() != SQLITE_DONE) {
        return fail(sqlError(QStringLiteral("cannot write the proposal")));
    }
    return {};
}

void ProposalBook::noteWithdrawn(const sync::ProposalInfo &p)
{
    if (p.state != sync::ProposalInfo::State::Withdrawn) {
        return;
    }
    auto tx = ledger::Transaction::decode(p.transaction);
    if (tx && tx->body().isCosigned()) {
        m_withdrawn[tx->id()] = tx->body().validUntilMs;
    }
}

std::optional<sync::TxStatus> ProposalBook::withdrawnRefusal(QByteArrayView transaction, quint64 nowMs)
{
    // Past its validity the contracts refuse it anyway: nothing to remember.
    std::erase_if(m_withdrawn, [nowMs](const auto &entry) { return entry.second < nowMs; });
    if (m_withdrawn.empty()) {
        return std::nullopt;
    }
    // Only the id is needed: SHA-256 of the body, read from the envelope's head without decoding
    // the rest (no key checks on the server's busiest path). Bytes that are not an envelope are
    // the Sequencer's to refuse.
    const auto body = envelopeBody(transaction);
    if (!body) {
        return std::nullopt;
    }
    const ledger::TxId id = crypto::sha256(*body);
    if (!m_withdrawn.contains(id)) {
        return std::nullopt;
    }
    sync::TxStatus refused;
    refused.txId = id;
    refused.state = sync::TxStatus::State::Rejected;
    refused.code = QString::fromLatin1(sync::errors::kProposalClosed);
    refused.reason = tr("its author withdrew proposal %1: it is not sealed; the author may propose it again").arg(shortHex(id));
    return refused;
}

std::optional<sync::ProposalInfo> ProposalBook::find(const ledger::TxId &id) const
{
    const auto it = m_proposals.find(id);
    if (it == m_proposals.end()) {
        return std::nullopt;
    }
    return it->second;
}

quint64 ProposalBook::lastProposedSequence(const crypto::PublicKey &key) const
{
    quint64 last = 0;
    for (const auto &[id, p] : m_proposals) {
        auto tx = ledger::Transaction::decode(p.transaction);
        if (tx && tx->body().author == key) {
            last = std::max(last, tx->body().sequence);
        }
    }
    return last;
}

ProposalBook::Answer ProposalBook::refuse(quint64 id, const char *code, const QString &reason) const
{
    Answer a;
    a.messages.push_back(sync::encode(sync::ErrorReply{id, QString::fromLatin1(code), reason}));
    return a;
}

ProposalBook::Answer ProposalBook::answerWith(quint64 id, const ledger::TxId &txId, quint64 nowMs, bool changed) const
{
    Answer a;
    sync::Proposals m{id, nowMs, {}};
    if (const auto it = m_proposals.find(txId); it != m_proposals.end()) {
        m.proposals.push_back(it->second);
    }
    a.messages.push_back(sync::encode(m));
    if (changed) {
        a.changed.push_back(txId);
    }
    return a;
}

QByteArray ProposalBook::pushMessage(const std::vector<ledger::TxId> &changed, quint64 nowMs) const
{
    sync::Proposals m{0, nowMs, {}};
    for (const ledger::TxId &id : changed) {
        if (const auto it = m_proposals.find(id); it != m_proposals.end() &&
            std::none_of(m.proposals.begin(), m.proposals.end(), [&](const sync::ProposalInfo &p) { return p.transaction == it->second.transaction; })) {
            m.proposals.push_back(it->second);
        }
    }
    if (qsizetype(m.proposals.size()) > sync::kMaxProposalsPerMessage) {
        m.proposals.resize(std::size_t(sync::kMaxProposalsPerMessage));
    }
    return sync::encode(m);
}

Result<bool> ProposalBook::mayRead(const crypto::PublicKey &key) const
{
    CY_TRY(const QStringList roles, m_sequencer.rolesOf(key));
    return roles.contains(QLatin1String(contracts::kRoleManager)) || roles.contains(QLatin1String(contracts::kRoleCommittee)) ||
           roles.contains(QLatin1String(contracts::kRoleAuditor));
}

bool ProposalBook::expireIfDue(sync::ProposalInfo &p, quint64 nowMs) const
{
    if (!isOpen(p) || nowMs < p.expiresMs) {
        return false;
    }
    p.state = sync::ProposalInfo::State::Expired;
    p.closedMs = nowMs;
    return true;
}

Result<ProposalBook::Submission> ProposalBook::submit(const ledger::TxId &id, sync::ProposalInfo &p, quint64 nowMs)
{
    Submission out;
    auto answer = m_sequencer.submit(p.transaction, nowMs);
    if (!answer && answer.error().code == ErrorCode::LimitExceeded) {
        m_retry[id] = true; // the next block is full: again on the next tick
        out.sealNow = true;
        return out;
    }
    if (!answer) {
        return fail(answer.error());
    }
    m_retry.erase(id);
    switch (answer->state) {
    case sync::TxStatus::State::Accepted:
        p.state = sync::ProposalInfo::State::Submitted;
        p.closedMs = p.closedMs ? p.closedMs : nowMs;
        out.sealNow = m_sequencer.blockFull();
        qCInfo(lcProposals).noquote() << "proposal" << shortHex(id) << "has its signatures: submitted";
        break;
    case sync::TxStatus::State::Sealed:
        p.state = sync::ProposalInfo::State::Sealed;
        p.closedMs = p.closedMs ? p.closedMs : nowMs;
        p.height = answer->height;
        p.logIndex = answer->logIndex;
        qCInfo(lcProposals).noquote() << "proposal" << shortHex(id) << "sealed in block" << answer->height;
        break;
    case sync::TxStatus::State::Rejected:
        if (!wantsSignatures(answer->code)) {
            out.refusal = *answer;
        }
        break;
    }
    return out;
}

Result<std::vector<ledger::TxId>> ProposalBook::tick(quint64 nowMs)
{
    std::vector<ledger::TxId> changed;
    for (auto &[id, p] : m_proposals) {
        const sync::ProposalInfo before = p;
        if (p.state == sync::ProposalInfo::State::Submitted || (isOpen(p) && m_retry.count(id))) {
            // Its fate: the same transaction again is answered with its place once sealed, as
            // accepted while it waits, and refused when its contract dropped it at sealing.
            CY_TRY(const Submission s, submit(id, p, nowMs));
            if (s.refusal) {
                p.state = sync::ProposalInfo::State::Refused;
                p.closedMs = p.closedMs ? p.closedMs : nowMs;
                p.code = s.refusal->code;
                p.reason = s.refusal->reason;
            }
        }
        if (isOpen(p)) {
            auto tx = ledger::Transaction::decode(p.transaction);
            if (tx && !tx->body().isCosigned()) { // a co-signed transaction holds no sequence
                CY_TRY(const quint64 last, m_sequencer.lastSequence(tx->body().author));
                if (last >= tx->body().sequence) {
                    p.state = sync::ProposalInfo::State::Refused;
                    p.closedMs = nowMs;
                    p.code = QStringLiteral("stale-sequence");
                    p.reason = tr("its author signed another transaction with sequence %1 after proposing this one (sequence %2): "
                                  "propose it again")
                                   .arg(last)
                                   .arg(tx->body().sequence);
                }
            }
            expireIfDue(p, nowMs);
        }
        if (!(p == before)) {
            CY_CHECK(store(id, p));
            changed.push_back(id);
        }
    }
    return changed;
}

std::optional<ProposalBook::Answer> ProposalBook::handle(const sync::Message &message, const crypto::PublicKey &key, quint64 nowMs)
{
    if (const auto *m = std::get_if<sync::Propose>(&message)) {
        return onPropose(*m, key, nowMs);
    }
    if (const auto *m = std::get_if<sync::ProposalsRequest>(&message)) {
        return onList(*m, key, nowMs);
    }
    if (const auto *m = std::get_if<sync::Cosign>(&message)) {
        return onCosign(*m, key, nowMs);
    }
    if (const auto *m = std::get_if<sync::Decline>(&message)) {
        return onDecline(*m, key, nowMs);
    }
    if (const auto *m = std::get_if<sync::Withdraw>(&message)) {
        return onWithdraw(*m, key, nowMs);
    }
    return std::nullopt;
}

ProposalBook::Answer ProposalBook::onPropose(const sync::Propose &m, const crypto::PublicKey &key, quint64 nowMs)
{
    auto tx = ledger::Transaction::decode(m.transaction);
    if (!tx) {
        return refuse(m.id, sync::errors::kMalformedTransaction, tr("the proposed bytes are not a transaction: %1").arg(tx.error().message));
    }
    if (tx->body().communityId != m_sequencer.genesis().communityId) {
        return refuse(m.id, sync::errors::kWrongCommunity, tr("the transaction is for another community"));
    }
    if (tx->body().author != key) {
        return refuse(m.id, sync::errors::kNotAuthor,
                      tr("a device proposes transactions authored by its own key (%1), not by %2")
                          .arg(keyHex(key), keyHex(tx->body().author)));
    }
    if (auto verified = tx->verifySignatures(); !verified) {
        return refuse(m.id, sync::errors::kBadSignature, tr("the transaction's signatures do not verify: %1").arg(verified.error().message));
    }
    auto roles = m_sequencer.rolesOf(key);
    if (!roles) {
        return refuse(m.id, sync::errors::kUnavailable, tr("the server cannot read its ledger: %1").arg(roles.error().message));
    }
    if (!roles->contains(QLatin1String(contracts::kRoleManager)) && !roles->contains(QLatin1String(contracts::kRoleCommittee))) {
        return refuse(m.id, sync::errors::kNotAuthorized, tr("only a manager or a committee member may propose a transaction"));
    }
    if (const auto it = m_proposals.find(tx->id()); it != m_proposals.end()) {
        return refuse(m.id, sync::errors::kDuplicateProposal,
                      tr("this transaction was proposed already (%1): it is %2").arg(shortHex(tx->id()), stateWords(it->second)));
    }
    // A co-signed transaction (ledger format 2) is outside its author's sequence lane: the
    // author goes on sealing other transactions while the committee signs. Only a proposal in
    // format 1 holds a sequence of its author (older desks and scripts still send those).
    auto last = tx->body().isCosigned() ? Result<quint64>(0) : m_sequencer.lastSequence(key);
    if (!last) {
        return refuse(m.id, sync::errors::kUnavailable, tr("the server cannot read its ledger: %1").arg(last.error().message));
    }
    if (!tx->body().isCosigned() && tx->body().sequence <= *last) {
        return refuse(m.id, "stale-sequence",
                      tr("sequence number %1 of this author was already used (the last is %2): sign it again with a later one")
                          .arg(tx->body().sequence)
                          .arg(*last));
    }
    for (const auto &[otherId, other] : m_proposals) {
        if (tx->body().isCosigned() || (!isOpen(other) && other.state != sync::ProposalInfo::State::Submitted)) {
            continue;
        }
        auto otherTx = ledger::Transaction::decode(other.transaction);
        if (otherTx && otherTx->body().author == key && otherTx->body().sequence == tx->body().sequence) {
            return refuse(m.id, "stale-sequence",
                          tr("sequence number %1 of this author is held by proposal %2: sign it again with a later one")
                              .arg(tx->body().sequence)
                              .arg(shortHex(otherId)));
        }
    }
    const qsizetype open = std::count_if(m_proposals.begin(), m_proposals.end(), [](const auto &e) { return isOpen(e.second); });
    if (open >= sync::kMaxProposalsPerMessage) {
        return refuse(m.id, sync::errors::kUnavailable,
                      tr("%1 proposals are open already: let the committee sign, decline or withdraw some first").arg(open));
    }
    sync::ProposalInfo p;
    p.transaction = tx->bytes();
    p.note = m.note;
    p.createdMs = nowMs;
    p.expiresMs = nowMs + m_expiryMs;
    if (tx->body().isCosigned()) {
        // Never open past the last block time its transaction may be sealed at.
        p.expiresMs = std::min(p.expiresMs, tx->body().validUntilMs);
    }
    // Co-signatures that came with the transaction count like those sent one by one.
    for (const ledger::TransactionSignature &s : tx->signatures()) {
        if (s.key != key) {
            p.signers.push_back({s.key, nowMs});
        }
    }
    auto submitted = submit(tx->id(), p, nowMs);
    if (!submitted) {
        return refuse(m.id, sync::errors::kUnavailable, tr("the server cannot store transactions now: %1").arg(submitted.error().message));
    }
    if (submitted->refusal) {
        return refuse(m.id, submitted->refusal->code.toLatin1().constData(), submitted->refusal->reason);
    }
    if (auto stored = store(tx->id(), p); !stored) {
        return refuse(m.id, sync::errors::kUnavailable, tr("the server cannot store the proposal now: %1").arg(stored.error().message));
    }
    m_proposals.emplace(tx->id(), p);
    qCInfo(lcProposals).noquote() << "proposal" << shortHex(tx->id()) << tx->body().kind << "by" << keyHex(key) << sync::proposalStateName(p.state);
    Answer a = answerWith(m.id, tx->id(), nowMs, true);
    a.sealNow = submitted->sealNow;
    return a;
}

ProposalBook::Answer ProposalBook::onList(const sync::ProposalsRequest &m, const crypto::PublicKey &key, quint64 nowMs)
{
    auto may = mayRead(key);
    if (!may) {
        return refuse(m.id, sync::errors::kUnavailable, tr("the server cannot read its ledger: %1").arg(may.error().message));
    }
    if (!*may) {
        return refuse(m.id, sync::errors::kNotAuthorized, tr("only managers, committee members and auditors see the proposals"));
    }
    Answer a;
    for (auto &[id, p] : m_proposals) {
        if (expireIfDue(p, nowMs)) {
            if (auto stored = store(id, p); !stored) {
                return refuse(m.id, sync::errors::kUnavailable, tr("the server cannot store the proposal now: %1").arg(stored.error().message));
            }
            a.changed.push_back(id);
        }
    }
    std::vector<const sync::ProposalInfo *> listed;
    for (const auto &[id, p] : m_proposals) {
        const bool current = isOpen(p) || p.state == sync::ProposalInfo::State::Submitted;
        if (current || p.closedMs + kRecentlyClosedMs >= nowMs) {
            listed.push_back(&p);
        }
    }
    // Newest first; the open ones before the closed.
    std::sort(listed.begin(), listed.end(), [](const sync::ProposalInfo *x, const sync::ProposalInfo *y) {
        if (isOpen(*x) != isOpen(*y)) {
            return isOpen(*x);
        }
        return x->createdMs != y->createdMs ? x->createdMs > y->createdMs : x->transaction < y->transaction;
    });
    sync::Proposals answer{m.id, nowMs, {}};
    qsizetype bytes = 0;
    for (const sync::ProposalInfo *p : listed) {
        bytes += p->transaction.size() + 2048;
        if (qsizetype(answer.proposals.size()) >= sync::kMaxProposalsPerMessage || bytes > sync::kMaxMessageSize / 2) {
            break;
        }
        answer.proposals.push_back(*p);
    }
    a.messages.push_back(sync::encode(answer));
    a.watch = m.watch;
    return a;
}

sync::ProposalInfo *ProposalBook::openProposal(quint64 requestId, const ledger::TxId &txId, quint64 nowMs, Answer &refusal,
                                               std::vector<ledger::TxId> &changed)
{
    const auto it = m_proposals.find(txId);
    if (it == m_proposals.end()) {
        refusal = refuse(requestId, sync::errors::kNotFound, tr("no proposal %1 on this server").arg(shortHex(txId)));
        return nullptr;
    }
    sync::ProposalInfo &p = it->second;
    if (expireIfDue(p, nowMs)) {
        if (auto stored = store(txId, p); !stored) {
            refusal = refuse(requestId, sync::errors::kUnavailable, tr("the server cannot store the proposal now: %1").arg(stored.error().message));
            return nullptr;
        }
        changed.push_back(txId);
        refusal = refuse(requestId, sync::errors::kExpired,
                         tr("proposal %1 expired unsigned; the author may propose it again").arg(shortHex(txId)));
        refusal.changed = changed;
        return nullptr;
    }
    if (p.state == sync::ProposalInfo::State::Expired) {
        refusal = refuse(requestId, sync::errors::kExpired, tr("proposal %1 expired unsigned; the author may propose it again").arg(shortHex(txId)));
        return nullptr;
    }
    if (!isOpen(p)) {
        refusal = refuse(requestId, sync::errors::kProposalClosed, tr("proposal %1 is %2").arg(shortHex(txId), stateWords(p)));
        return nullptr;
    }
    return &p;
}

ProposalBook::Answer ProposalBook::onCosign(const sync::Cosign &m, const crypto::PublicKey &key, quint64 nowMs)
{
    auto roles = m_sequencer.rolesOf(key);
    if (!roles) {
        return refuse(m.id, sync::errors::kUnavailable, tr("the server cannot read its ledger: %1").arg(roles.error().message));
    }
    if (!roles->contains(QLatin1String(contracts::kRoleCommittee))) {
        return refuse(m.id, sync::errors::kNotMember, tr("only committee members co-sign proposals; the key %1 is not one").arg(keyHex(key)));
    }
    Answer refusal;
    std::vector<ledger::TxId> changed;
    sync::ProposalInfo *p = openProposal(m.id, m.txId, nowMs, refusal, changed);
    if (!p) {
        return refusal;
    }
    auto tx = ledger::Transaction::decode(p->transaction);
    if (!tx) {
        return refuse(m.id, sync::errors::kUnavailable, tr("the stored proposal cannot be read: %1").arg(tx.error().message));
    }
    if (tx->isSignedBy(key)) {
        return refuse(m.id, sync::errors::kAlreadySigned, tr("the key %1 has signed proposal %2 already").arg(keyHex(key), shortHex(m.txId)));
    }
    if (!key.verify(ledger::Transaction::signingMessage(tx->bodyBytes()), m.signature)) {
        return refuse(m.id, sync::errors::kBadSignature,
                      tr("the signature does not verify with the key %1 over proposal %2's transaction").arg(keyHex(key), shortHex(m.txId)));
    }
    auto signed_ = withCosignature(*tx, key, m.signature);
    if (!signed_) {
        return refuse(m.id, sync::errors::kInvalidRequest, signed_.error().message);
    }
    sync::ProposalInfo updated = *p;
    updated.transaction = signed_->bytes();
    updated.signers.push_back({key, nowMs});
    auto submitted = submit(m.txId, updated, nowMs);
    if (!submitted) {
        return refuse(m.id, sync::errors::kUnavailable, tr("the server cannot store transactions now: %1").arg(submitted.error().message));
    }
    if (submitted->refusal) {
        // Its contract refuses it for another reason now (the repair was approved meanwhile, the
        // state moved on): the proposal closes with that reason.
        updated.state = sync::ProposalInfo::State::Refused;
        updated.closedMs = nowMs;
        updated.code = submitted->refusal->code;
        updated.reason = submitted->refusal->reason;
    }
    if (auto stored = store(m.txId, updated); !stored) {
        return refuse(m.id, sync::errors::kUnavailable, tr("the server cannot store the proposal now: %1").arg(stored.error().message));
    }
    *p = std::move(updated);
    qCInfo(lcProposals).noquote() << "proposal" << shortHex(m.txId) << "co-signed by" << keyHex(key) << sync::proposalStateName(p->state);
    Answer a = answerWith(m.id, m.txId, nowMs, true);
    a.sealNow = submitted->sealNow;
    return a;
}

ProposalBook::Answer ProposalBook::onDecline(const sync::Decline &m, const crypto::PublicKey &key, quint64 nowMs)
{
    auto roles = m_sequencer.rolesOf(key);
    if (!roles) {
        return refuse(m.id, sync::errors::kUnavailable, tr("the server cannot read its ledger: %1").arg(roles.error().message));
    }
    if (!roles->contains(QLatin1String(contracts::kRoleCommittee))) {
        return refuse(m.id, sync::errors::kNotMember, tr("only committee members decline proposals; the key %1 is not one").arg(keyHex(key)));
    }
    Answer refusal;
    std::vector<ledger::TxId> changed;
    sync::ProposalInfo *p = openProposal(m.id, m.txId, nowMs, refusal, changed);
    if (!p) {
        return refusal;
    }
    if (std::any_of(p->declines.begin(), p->declines.end(), [&](const sync::ProposalDecline &d) { return d.key == key; })) {
        return refuse(m.id, sync::errors::kAlreadyDeclined, tr("the key %1 has declined proposal %2 already").arg(keyHex(key), shortHex(m.txId)));
    }
    if (std::any_of(p->signers.begin(), p->signers.end(), [&](const sync::ProposalSigner &s) { return s.key == key; })) {
        return refuse(m.id, sync::errors::kAlreadySigned, tr("the key %1 has signed proposal %2 already").arg(keyHex(key), shortHex(m.txId)));
    }
    if (qsizetype(p->declines.size()) >= ledger::kMaxSignatures) {
        return refuse(m.id, sync::errors::kInvalidRequest, tr("proposal %1 holds the most declines it can").arg(shortHex(m.txId)));
    }
    sync::ProposalInfo updated = *p;
    updated.declines.push_back({key, m.reason, nowMs});
    if (auto stored = store(m.txId, updated); !stored) {
        return refuse(m.id, sync::errors::kUnavailable, tr("the server cannot store the proposal now: %1").arg(stored.error().message));
    }
    *p = std::move(updated);
    qCInfo(lcProposals).noquote() << "proposal" << shortHex(m.txId) << "declined by" << keyHex(key);
    return answerWith(m.id, m.txId, nowMs, true);
}

ProposalBook::Answer ProposalBook::onWithdraw(const sync::Withdraw &m, const crypto::PublicKey &key, quint64 nowMs)
{
    const auto it = m_proposals.find(m.txId);
    if (it == m_proposals.end()) {
        return refuse(m.id, sync::errors::kNotFound, tr("no proposal %1 on this server").arg(shortHex(m.txId)));
    }
    auto tx = ledger::Transaction::decode(it->second.transaction);
    if (!tx || tx->body().author != key) {
        return refuse(m.id, sync::errors::kNotAuthor, tr("only the author of proposal %1 may withdraw it").arg(shortHex(m.txId)));
    }
    Answer refusal;
    std::vector<ledger::TxId> changed;
    sync::ProposalInfo *p = openProposal(m.id, m.txId, nowMs, refusal, changed);
    if (!p) {
        return refusal;
    }
    sync::ProposalInfo updated = *p;
    updated.state = sync::ProposalInfo::State::Withdrawn;
    updated.closedMs = nowMs;
    updated.reason = m.reason;
    if (auto stored = store(m.txId, updated); !stored) {
        return refuse(m.id, sync::errors::kUnavailable, tr("the server cannot store the proposal now: %1").arg(stored.error().message));
    }
    *p = std::move(updated);
    m_retry.erase(m.txId);
    noteWithdrawn(*p);
    qCInfo(lcProposals).noquote() << "proposal" << shortHex(m.txId) << "withdrawn";
    return answerWith(m.id, m.txId, nowMs, true);
}

} // namespace courtyard::server
