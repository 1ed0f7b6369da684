#include "app/desk/approvals/approvals.h"

#include "app/views/views.h"
#include "contracts/governance.h"
#include "core/money/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

namespace courtyard::desk::approvals {

namespace {

// Every string is translated in the context "courtyard::desk::approvals", written out at each
// call so that lupdate and the running program agree on it (a member function's tr() would be the
// class's own, under another context). The repair's category and urgency are the words the kiosk
// shows (views::repairCategoryText / repairUrgencyText, context "courtyard::views").

const cbor::Value *field(const cbor::Value &map, QStringView name)
{
    return map.isMap() ? map.find(name) : nullptr;
}

QString textOf(const cbor::Value &map, QStringView name)
{
    const cbor::Value *v = field(map, name);
    return v && v->isText() ? v->asText() : QString();
}

std::optional<qint64> intOf(const cbor::Value &map, QStringView name)
{
    const cbor::Value *v = field(map, name);
    if (!v || !v->isInteger()) {
        return std::nullopt;
    }
    auto i = v->toInt64();
    return i ? std::optional<qint64>(*i) : std::nullopt;
}

QByteArray bytesOf(const cbor::Value &map, QStringView name)
{
    const cbor::Value *v = field(map, name);
    return v && v->isBytes() ? v->asBytes() : QByteArray();
}

// A whole number in the language's digits (Arabic: ٠١٢٣...), without group separators.
QString digits(qint64 n)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(n);
}

// "45 min", "5 h", "13 d": a whole number of the largest unit that fits.
QString spanText(quint64 ms)
{
    const quint64 minutes = ms / 60000;
    if (minutes < 60) {
        //: an age or a time left in minutes
        return QCoreApplication::translate("courtyard::desk::approvals", "%1 min").arg(digits(qint64(minutes)));
    }
    if (minutes < 48 * 60) {
        //: an age or a time left in hours
        return QCoreApplication::translate("courtyard::desk::approvals", "%1 h").arg(digits(qint64(minutes / 60)));
    }
    //: an age or a time left in days
    return QCoreApplication::translate("courtyard::desk::approvals", "%1 d").arg(digits(qint64(minutes / (24 * 60))));
}

QString stateText(sync::ProposalInfo::State state)
{
    switch (state) {
    case sync::ProposalInfo::State::Open:
        return QCoreApplication::translate("courtyard::desk::approvals", "Waiting for signatures");
    case sync::ProposalInfo::State::Submitted:
        return QCoreApplication::translate("courtyard::desk::approvals", "Signed: waiting for its block");
    case sync::ProposalInfo::State::Sealed:
        return QCoreApplication::translate("courtyard::desk::approvals", "Sealed in the ledger");
    case sync::ProposalInfo::State::Withdrawn:
        return QCoreApplication::translate("courtyard::desk::approvals", "Withdrawn by its author");
    case sync::ProposalInfo::State::Expired:
        return QCoreApplication::translate("courtyard::desk::approvals", "Expired unsigned");
    case sync::ProposalInfo::State::Refused:
        return QCoreApplication::translate("courtyard::desk::approvals", "Refused by its contract");
    }
    return {};
}

QString repairStatusText(const QString &status)
{
    if (status == u"requested") {
        return QCoreApplication::translate("courtyard::desk::approvals", "requested");
    }
    if (status == u"quoted") {
        return QCoreApplication::translate("courtyard::desk::approvals", "quoted");
    }
    if (status == u"quote-revised") {
        return QCoreApplication::translate("courtyard::desk::approvals", "quote revised");
    }
    if (status == u"approved") {
        return QCoreApplication::translate("courtyard::desk::approvals", "approved");
    }
    if (status == u"re-approved") {
        return QCoreApplication::translate("courtyard::desk::approvals", "approved again");
    }
    if (status == u"started") {
        return QCoreApplication::translate("courtyard::desk::approvals", "work started");
    }
    if (status == u"completed") {
        return QCoreApplication::translate("courtyard::desk::approvals", "work completed");
    }
    if (status == u"confirmed") {
        return QCoreApplication::translate("courtyard::desk::approvals", "confirmed by the resident");
    }
    if (status == u"rejected") {
        return QCoreApplication::translate("courtyard::desk::approvals", "rejected");
    }
    if (status == u"paid") {
        return QCoreApplication::translate("courtyard::desk::approvals", "vendor paid");
    }
    return status;
}

} // namespace

// --- ApprovalModel ------------------------------------------------------------------------------

bool operator==(const ApprovalItem &a, const ApprovalItem &b)
{
    return a.id == b.id && a.kind == b.kind && a.title == b.title && a.amount == b.amount && a.amountMinor == b.amountMinor &&
           a.note == b.note && a.author == b.author && a.evidence == b.evidence && a.history == b.history && a.signers == b.signers &&
           a.declines == b.declines && a.state == b.state && a.stateText == b.stateText && a.age == b.age && a.expires == b.expires &&
           a.signatures == b.signatures && a.quorum == b.quorum && a.waitingForMe == b.waitingForMe &&
           a.declinedByMe == b.declinedByMe && a.createdMs == b.createdMs;
}

void ApprovalModel::setItems(std::vector<ApprovalItem> items)
{
    const int before = count();
    // Rows whose id is gone, from the last.
    QSet<QString> wanted;
    for (const ApprovalItem &i : items) {
        wanted.insert(i.id);
    }
    for (int row = count() - 1; row >= 0; --row) {
        if (!wanted.contains(m_items[std::size_t(row)].id)) {
            beginRemoveRows({}, row, row);
            m_items.erase(m_items.begin() + row);
            endRemoveRows();
        }
    }
    // Then each row in its new place: the same id changed in place, moved up from further down,
    // or inserted.
    for (std::size_t at = 0; at < items.size(); ++at) {
        ApprovalItem &next = items[at];
        if (at < m_items.size() && m_items[at].id == next.id) {
            if (!(m_items[at] == next)) {
                m_items[at] = std::move(next);
                Q_EMIT dataChanged(index(int(at)), index(int(at)));
            }
            continue;
        }
        std::size_t from = at + 1;
        while (from < m_items.size() && m_items[from].id != next.id) {
            ++from;
        }
        if (from < m_items.size()) {
            beginMoveRows({}, int(from), int(from), {}, int(at));
            ApprovalItem moved = std::move(m_items[from]);
            m_items.erase(m_items.begin() + qsizetype(from));
            m_items.insert(m_items.begin() + qsizetype(at), std::move(moved));
            endMoveRows();
            if (!(m_items[at] == next)) {
                m_items[at] = std::move(next);
                Q_EMIT dataChanged(index(int(at)), index(int(at)));
            }
        } else {
            beginInsertRows({}, int(at), int(at));
            m_items.insert(m_items.begin() + qsizetype(at), std::move(next));
            endInsertRows();
        }
    }
    ++m_revision;
    Q_EMIT revisionChanged();
    if (count() != before) {
        Q_EMIT countChanged();
    }
}

int ApprovalModel::rowOf(const QString &id) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id) {
            return int(i);
        }
    }
    return -1;
}

QVariantMap ApprovalModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= count()) {
        return out;
    }
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it) {
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    }
    return out;
}

int ApprovalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ApprovalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count()) {
        return {};
    }
    const ApprovalItem &i = m_items[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return i.title;
    case IdRole:
        return i.id;
    case KindRole:
        return i.kind;
    case AmountRole:
        return i.amount;
    case NoteRole:
        return i.note;
    case AuthorRole:
        return i.author;
    case EvidenceRole:
        return i.evidence;
    case HistoryRole:
        return i.history;
    case SignersRole:
        return i.signers;
    case DeclinesRole:
        return i.declines;
    case StateRole:
        return i.state;
    case StateTextRole:
        return i.stateText;
    case AgeRole:
        return i.age;
    case ExpiresRole:
        return i.expires;
    case SignaturesRole:
        return i.signatures;
    case QuorumRole:
        return i.quorum;
    case WaitingForMeRole:
        return i.waitingForMe;
    case DeclinedByMeRole:
        return i.declinedByMe;
    default:
        return {};
    }
}

QHash<int, QByteArray> ApprovalModel::roleNames() const
{
    return {{IdRole, "proposalId"},     {KindRole, "kind"},           {TitleRole, "title"},
            {AmountRole, "amount"},     {NoteRole, "note"},           {AuthorRole, "author"},
            {EvidenceRole, "evidence"}, {HistoryRole, "history"},     {SignersRole, "signers"},
            {DeclinesRole, "declines"}, {StateRole, "proposalState"}, {StateTextRole, "stateText"},
            {AgeRole, "age"},           {ExpiresRole, "expires"},     {SignaturesRole, "signatures"},
            {QuorumRole, "quorum"},     {WaitingForMeRole, "waitingForMe"}, {DeclinedByMeRole, "declinedByMe"}};
}

// --- ApprovalsBackend ---------------------------------------------------------------------------

ApprovalsBackend::ApprovalsBackend(device::DeviceCore &core, QObject *parent)
    : QObject(parent)
    , m_core(core)
{
    // The evidence is read from the local state: shown again when it changes.
    connect(&m_core, &device::DeviceCore::ledgerChanged, this, [this] { show(m_proposals, m_serverNowMs); });
}

ApprovalsBackend::~ApprovalsBackend() = default;

void ApprovalsBackend::setServer(syncclient::SyncOptions options, int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    options.reconnect = true; // the inbox stays open: a lost connection is made again
    m_session = std::make_unique<syncclient::ProposalSession>(std::move(options), m_core.key(), timeoutMs);
    syncclient::ProposalSession *session = m_session.get();
    connect(session, &syncclient::ProposalSession::stateChanged, this, [this, session] {
        Q_EMIT connectionChanged();
        const auto state = session->state();
        if (m_refreshing && (state == syncclient::ProposalSession::State::Offline || state == syncclient::ProposalSession::State::Refused)) {
            // The list asked for will not come on this connection (the next sign-in lists again).
            m_refreshing = false;
            m_refreshRequest = 0;
            Q_EMIT refreshingChanged();
            say(QCoreApplication::translate("courtyard::desk::approvals", "Cannot ask the server: %1").arg(session->reason()), true);
            Q_EMIT refreshed(false);
        }
    });
    connect(session, &syncclient::ProposalSession::listed, this, [this](quint64 requestId, const syncclient::ProposalAnswer &answer) {
        m_proposals = answer.proposals;
        show(m_proposals, answer.serverNowMs);
        if (m_refreshing && (requestId == m_refreshRequest || m_refreshRequest == 0)) {
            m_refreshing = false;
            m_refreshRequest = 0;
            Q_EMIT refreshingChanged();
            say(QCoreApplication::translate("courtyard::desk::approvals", "Waiting for your signature: %1").arg(number(m_inbox.count())), false);
            Q_EMIT refreshed(true);
        }
    });
    connect(session, &syncclient::ProposalSession::pushed, this,
            [this](const std::vector<sync::ProposalInfo> &changed, quint64 serverNowMs) { merge(changed, serverNowMs); });
    connect(session, &syncclient::ProposalSession::answered, this,
            [this](quint64 requestId, const syncclient::ProposalAnswer &answer) { answered(requestId, answer); });
    connect(session, &syncclient::ProposalSession::unanswered, this,
            [this](quint64 requestId, const QString &why) { answered(requestId, fail(ErrorCode::Io, why)); });
    // The first list comes with the sign-in.
    m_refreshing = true;
    m_refreshRequest = 0;
    Q_EMIT refreshingChanged();
    session->start();
}

bool ApprovalsBackend::live() const
{
    return m_session && m_session->state() == syncclient::ProposalSession::State::Live;
}

QString ApprovalsBackend::connectionState() const
{
    if (!m_session) {
        return QStringLiteral("none");
    }
    switch (m_session->state()) {
    case syncclient::ProposalSession::State::Live:
        return QStringLiteral("live");
    case syncclient::ProposalSession::State::Connecting:
        return QStringLiteral("connecting");
    case syncclient::ProposalSession::State::Offline:
        return QStringLiteral("offline");
    case syncclient::ProposalSession::State::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QString ApprovalsBackend::connectionReason() const
{
    return m_session ? m_session->reason() : QString();
}

QString ApprovalsBackend::number(qint64 n) const
{
    return digits(n);
}

bool ApprovalsBackend::member() const
{
    auto roles = contracts::rolesOf(m_core.localState(), m_core.key().publicKey());
    return roles && roles->contains(QLatin1String(contracts::kRoleCommittee));
}

QString ApprovalsBackend::who() const
{
    return keyLabel(m_core.key().publicKey());
}

void ApprovalsBackend::say(const QString &message, bool failed)
{
    m_message = message;
    m_failed = failed;
    Q_EMIT messageChanged();
}

QString ApprovalsBackend::keyLabel(const crypto::PublicKey &key) const
{
    const QString hex = key.toHex().left(8);
    if (key == m_core.key().publicKey()) {
        return QCoreApplication::translate("courtyard::desk::approvals", "You (%1)").arg(hex);
    }
    auto roles = contracts::rolesOf(m_core.localState(), key);
    if (roles && roles->contains(QLatin1String(contracts::kRoleCommittee))) {
        return QCoreApplication::translate("courtyard::desk::approvals", "Committee member %1").arg(hex);
    }
    if (roles && roles->contains(QLatin1String(contracts::kRoleManager))) {
        return QCoreApplication::translate("courtyard::desk::approvals", "Manager %1").arg(hex);
    }
    return QCoreApplication::translate("courtyard::desk::approvals", "Key %1").arg(hex);
}

QString ApprovalsBackend::money(qint64 minor) const
{
    auto m = money::Money::fromMinor(minor, m_core.currency());
    return m ? m->formatWithCode(QLocale()) : QString();
}

QString ApprovalsBackend::when(quint64 ms) const
{
    const QTimeZone zone(m_core.genesis().timeZone.toUtf8());
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(ms), zone.isValid() ? zone : QTimeZone::utc());
    return QLocale().toString(t, QLocale::ShortFormat);
}

ApprovalItem ApprovalsBackend::describe(const sync::ProposalInfo &p, quint64 now) const
{
    ApprovalItem item;
    item.state = sync::proposalStateName(p.state);
    item.stateText = stateText(p.state);
    if (p.state == sync::ProposalInfo::State::Sealed) {
        item.stateText = QCoreApplication::translate("courtyard::desk::approvals", "Sealed in block %1").arg(digits(qint64(p.height)));
    } else if (p.state == sync::ProposalInfo::State::Refused) {
        item.stateText = QCoreApplication::translate("courtyard::desk::approvals", "Refused: %1").arg(p.reason);
    }
    item.note = p.note;
    item.createdMs = p.createdMs;
    item.age = spanText(now > p.createdMs ? now - p.createdMs : 0);
    item.expires = p.state != sync::ProposalInfo::State::Open ? QString()
                   : now < p.expiresMs                        ? QCoreApplication::translate("courtyard::desk::approvals", "in %1").arg(spanText(p.expiresMs - now))
                                                              : QCoreApplication::translate("courtyard::desk::approvals", "now");
    auto tx = ledger::Transaction::decode(p.transaction);
    if (!tx) {
        item.title = QCoreApplication::translate("courtyard::desk::approvals", "A proposal that cannot be read");
        return item;
    }
    const ledger::TransactionBody &body = tx->body();
    const crypto::PublicKey me = m_core.key().publicKey();
    item.id = crypto::toHex(tx->id());
    item.kind = body.kind;
    item.author = keyLabel(body.author);
    const state::StateView &state = m_core.localState();
    auto committee = contracts::readCommittee(state);
    if (committee && *committee) {
        item.quorum = int((*committee)->quorum);
        for (const ledger::TransactionSignature &s : tx->signatures()) {
            item.signatures += (*committee)->contains(s.key) ? 1 : 0;
        }
    }
    for (const sync::ProposalSigner &s : p.signers) {
        item.signers.append(QCoreApplication::translate("courtyard::desk::approvals", "%1 — %2").arg(keyLabel(s.key), when(s.atMs)));
    }
    for (const sync::ProposalDecline &d : p.declines) {
        item.declines.append(QCoreApplication::translate("courtyard::desk::approvals", "%1 — %2 (%3)").arg(keyLabel(d.key), d.reason, when(d.atMs)));
        item.declinedByMe = item.declinedByMe || d.key == me;
    }
    item.waitingForMe = p.state == sync::ProposalInfo::State::Open && member() && !tx->isSignedBy(me);

    const cbor::Value &payload = body.payload;
    const auto amountLine = [&](qint64 minor) {
        item.amountMinor = minor;
        item.amount = money(minor);
    };
    if (body.kind.startsWith(QLatin1String("repair."))) {
        const QByteArray id = bytesOf(payload, u"id");
        auto repair = state.get(QByteArray("repair/") + id.toHex());
        const cbor::Value record = repair && *repair ? **repair : cbor::Value();
        const QString description = textOf(record, u"description");
        const cbor::Value *quote = field(record, u"quote");
        if (body.kind == u"repair.approve") {
            item.title = QCoreApplication::translate("courtyard::desk::approvals", "Approve the quote for the repair “%1”").arg(description);
            if (quote) {
                if (auto a = intOf(*quote, u"amount")) {
                    amountLine(*a);
                }
                item.evidence.append(QCoreApplication::translate("courtyard::desk::approvals", "Vendor: %1").arg(textOf(*quote, u"vendor")));
                item.evidence.append(QCoreApplication::translate("courtyard::desk::approvals", "Quote document (SHA-256): %1").arg(QString::fromLatin1(bytesOf(*quote, u"document").toHex())));
            }
        } else if (body.kind == u"repair.pay-vendor") {
            item.title = QCoreApplication::translate("courtyard::desk::approvals", "Pay the vendor for the repair “%1”").arg(description);
            if (auto a = intOf(payload, u"amount")) {
                amountLine(*a);
            }
            item.evidence.append(QCoreApplication::translate("courtyard::desk::approvals", "Invoice document (SHA-256): %1").arg(QString::fromLatin1(bytesOf(payload, u"invoice").toHex())));
            if (const cbor::Value *approved = field(record, u"approved")) {
                if (auto a = intOf(*approved, u"amount")) {
                    item.evidence.append(QCoreApplication::translate("courtyard::desk::approvals", "Approved quote: %1 from %2").arg(money(*a), textOf(*approved, u"vendor")));
                }
            }
        } else {
            item.title = QCoreApplication::translate("courtyard::desk::approvals", "%1 for the repair “%2”").arg(body.kind, description);
        }
        if (record.isMap()) {
            item.evidence.append(QCoreApplication::translate("courtyard::desk::approvals", "Repair %1, category %2, urgency %3, now %4")
                                     .arg(QString::fromLatin1(id.toHex().left(8)), views::repairCategoryText(textOf(record, u"category")),
                                          views::repairUrgencyText(textOf(record, u"urgency")),
                                          repairStatusText(textOf(record, u"status"))));
            const QString unit = textOf(record, u"unit");
            item.evidence.append(unit.isEmpty() ? QCoreApplication::translate("courtyard::desk::approvals", "Common property") : QCoreApplication::translate("courtyard::desk::approvals", "Unit %1").arg(unit));
            if (const cbor::Value *events = field(record, u"events"); events && events->isArray()) {
                for (const cbor::Value &e : events->asArray()) {
                    const auto at = intOf(e, u"at");
                    const QByteArray by = QByteArray::fromHex(textOf(e, u"by").toLatin1());
                    auto key = crypto::PublicKey::fromBytes(by);
                    item.history.append(QCoreApplication::translate("courtyard::desk::approvals", "%1 — %2 by %3")
                                            .arg(at ? when(quint64(*at)) : QString(), repairStatusText(textOf(e, u"status")),
                                                 key ? keyLabel(*key) : textOf(e, u"by").left(8)));
                }
            }
        } else {
            item.evidence.append(QCoreApplication::translate("courtyard::desk::approvals", "This device's ledger does not hold repair %1 yet: sync first").arg(QString::fromLatin1(id.toHex())));
        }
    } else if (body.kind == u"expense.record") {
        item.title = QCoreApplication::translate("courtyard::desk::approvals", "Record an expense: %1 from %2").arg(textOf(payload, u"category"), textOf(payload, u"vendor"));
        if (auto a = intOf(payload, u"amount")) {
            amountLine(*a);
        }
        item.evidence.append(QCoreApplication::translate("courtyard::desk::approvals", "Invoice of %1").arg(textOf(payload, u"date")));
        item.evidence.append(QCoreApplication::translate("courtyard::desk::approvals", "Invoice document (SHA-256): %1").arg(QString::fromLatin1(bytesOf(payload, u"invoice").toHex())));
    } else if (body.kind == u"budget.set") {
        item.title = QCoreApplication::translate("courtyard::desk::approvals", "Set the %1 budget of %2").arg(textOf(payload, u"category"), digits(intOf(payload, u"year").value_or(0)));
        if (auto a = intOf(payload, u"amount")) {
            amountLine(*a);
        }
    } else if (body.kind == u"governance.set-threshold") {
        item.title = QCoreApplication::translate("courtyard::desk::approvals", "Set the threshold “%1”").arg(textOf(payload, u"name"));
        if (auto a = intOf(payload, u"amount")) {
            amountLine(*a);
        }
        if (auto current = contracts::readThreshold(state, textOf(payload, u"name")); current && *current) {
            item.evidence.append(QCoreApplication::translate("courtyard::desk::approvals", "Now: %1").arg(money(**current)));
        }
    } else if (body.kind == u"governance.set-quorum") {
        item.title = QCoreApplication::translate("courtyard::desk::approvals", "Set the committee's quorum to %1").arg(digits(intOf(payload, u"quorum").value_or(0)));
    } else if (body.kind == u"governance.grant" || body.kind == u"governance.revoke") {
        auto key = crypto::PublicKey::fromBytes(bytesOf(payload, u"key"));
        const QString whom = key ? keyLabel(*key) : QCoreApplication::translate("courtyard::desk::approvals", "an unreadable key");
        item.title = body.kind == u"governance.grant" ? QCoreApplication::translate("courtyard::desk::approvals", "Grant the role “%1” to %2").arg(textOf(payload, u"role"), whom)
                                                      : QCoreApplication::translate("courtyard::desk::approvals", "Revoke the role “%1” from %2").arg(textOf(payload, u"role"), whom);
    } else {
        item.title = QCoreApplication::translate("courtyard::desk::approvals", "%1 (kind version %2)").arg(body.kind, digits(qint64(body.kindVersion)));
    }
    item.evidence.append(QCoreApplication::translate("courtyard::desk::approvals", "Intent as signed: %1").arg(payload.diagnostic()));
    if (body.isCosigned()) {
        //: Evidence line of a co-signed transaction (it has no sequence number): %1 its id, %2 the last time it may be sealed.
        item.evidence.append(QCoreApplication::translate("courtyard::desk::approvals", "Transaction %1, co-signed, valid until %2").arg(item.id, when(body.validUntilMs)));
    } else {
        item.evidence.append(QCoreApplication::translate("courtyard::desk::approvals", "Transaction %1, sequence %2 of its author").arg(item.id, digits(qint64(body.sequence))));
    }
    return item;
}

void ApprovalsBackend::show(const std::vector<sync::ProposalInfo> &proposals, quint64 serverNowMs)
{
    if (&proposals != &m_proposals) {
        m_proposals = proposals;
    }
    m_serverNowMs = serverNowMs;
    std::vector<ApprovalItem> inbox;
    std::vector<ApprovalItem> history;
    for (const sync::ProposalInfo &p : m_proposals) {
        ApprovalItem item = describe(p, serverNowMs);
        (item.waitingForMe ? inbox : history).push_back(std::move(item));
    }
    const auto oldestFirst = [](const ApprovalItem &a, const ApprovalItem &b) { return a.createdMs < b.createdMs; };
    std::stable_sort(inbox.begin(), inbox.end(), oldestFirst);
    m_inbox.setItems(std::move(inbox));
    m_history.setItems(std::move(history));
    Q_EMIT changed();
}

QString ApprovalsBackend::refusalText(const QString &code, const QString &reason)
{
    QString words;
    if (code == QLatin1String(sync::errors::kAlreadySigned)) {
        words = QCoreApplication::translate("courtyard::desk::approvals", "Your signature is already on this proposal.");
    } else if (code == QLatin1String(sync::errors::kAlreadyDeclined)) {
        words = QCoreApplication::translate("courtyard::desk::approvals", "You have already declined this proposal.");
    } else if (code == QLatin1String(sync::errors::kProposalClosed)) {
        words = QCoreApplication::translate("courtyard::desk::approvals", "The proposal is closed: it was sealed, withdrawn, refused or has expired.");
    } else if (code == QLatin1String(sync::errors::kExpired)) {
        words = QCoreApplication::translate("courtyard::desk::approvals", "The proposal has expired unsigned.");
    } else if (code == QLatin1String(sync::errors::kNotMember)) {
        words = QCoreApplication::translate("courtyard::desk::approvals", "Only committee members sign or decline proposals.");
    } else if (code == QLatin1String(sync::errors::kNotFound)) {
        words = QCoreApplication::translate("courtyard::desk::approvals", "The server holds no such proposal.");
    } else if (code == QLatin1String(sync::errors::kBadSignature)) {
        words = QCoreApplication::translate("courtyard::desk::approvals", "The server could not verify the signature with your key.");
    } else if (code == QLatin1String(sync::errors::kNotAuthorized)) {
        words = QCoreApplication::translate("courtyard::desk::approvals", "Your role may not do this.");
    } else if (code == QLatin1String(sync::errors::kRateLimited)) {
        words = QCoreApplication::translate("courtyard::desk::approvals", "Too many requests: wait a moment and try again.");
    } else if (code == QLatin1String(sync::errors::kUnavailable)) {
        words = QCoreApplication::translate("courtyard::desk::approvals", "The server cannot serve this now: try again later.");
    } else {
        words = QCoreApplication::translate("courtyard::desk::approvals", "The server refused it.");
    }
    //: a refusal: the sentence in words, then the server's code and its own reason
    return QCoreApplication::translate("courtyard::desk::approvals", "%1 (%2: %3)").arg(words, code, reason);
}

void ApprovalsBackend::merge(const std::vector<sync::ProposalInfo> &changed, quint64 serverNowMs)
{
    for (const sync::ProposalInfo &p : changed) {
        const auto id = syncclient::proposalId(p);
        if (!id) {
            continue;
        }
        auto it = std::find_if(m_proposals.begin(), m_proposals.end(), [&](const sync::ProposalInfo &mine) { return syncclient::proposalId(mine) == id; });
        if (it != m_proposals.end()) {
            *it = p;
        } else {
            m_proposals.push_back(p);
        }
    }
    show(m_proposals, std::max(serverNowMs, m_serverNowMs));
}

bool ApprovalsBackend::refresh()
{
    if (!m_session) {
        say(QCoreApplication::translate("courtyard::desk::approvals", "No community server is set: the proposals live there"), true);
        return false;
    }
    if (m_refreshing) {
        return false;
    }
    if (live()) {
        m_refreshRequest = m_session->list();
    } else {
        m_refreshRequest = 0; // the list comes with the sign-in
        m_session->start();
    }
    m_refreshing = true;
    Q_EMIT refreshingChanged();
    return true;
}

const sync::ProposalInfo *ApprovalsBackend::find(const QString &id, QString *why) const
{
    const QString wanted = id.trimmed().toLower();
    const sync::ProposalInfo *found = nullptr;
    int matches = 0;
    for (const sync::ProposalInfo &p : m_proposals) {
        const auto txId = syncclient::proposalId(p);
        if (txId && wanted.size() >= 8 && crypto::toHex(*txId).startsWith(wanted)) {
            found = &p;
            ++matches;
        }
    }
    if (matches != 1) {
        *why = matches == 0 ? QCoreApplication::translate("courtyard::desk::approvals", "No proposal %1 in the list: refresh it and try again").arg(id)
                            : QCoreApplication::translate("courtyard::desk::approvals", "%1 names several proposals").arg(id);
        return nullptr;
    }
    return found;
}

bool ApprovalsBackend::startAction(const QString &id, QString *fullId)
{
    if (!m_busyId.isEmpty()) {
        return false; // one action at a time: the answer to the last one has not come
    }
    if (!m_session) {
        say(QCoreApplication::translate("courtyard::desk::approvals", "No community server is set: the proposals live there"), true);
        return false;
    }
    if (!live()) {
        say(QCoreApplication::translate("courtyard::desk::approvals", "Not connected to the server (%1): nothing was sent; try again when it is back")
                .arg(m_session->reason()),
            true);
        return false;
    }
    QString why;
    const sync::ProposalInfo *p = find(id, &why);
    if (!p) {
        say(why, true);
        return false;
    }
    *fullId = crypto::toHex(*syncclient::proposalId(*p));
    return true;
}

bool ApprovalsBackend::sign(const QString &id)
{
    QString fullId;
    if (!startAction(id, &fullId)) {
        return false;
    }
    QString why;
    auto tx = ledger::Transaction::decode(find(fullId, &why)->transaction);
    if (!tx) {
        say(QCoreApplication::translate("courtyard::desk::approvals", "A proposal that cannot be read"), true);
        return false;
    }
    m_busyRequest = m_session->cosign(*tx);
    m_busyId = fullId;
    m_busyDone = QCoreApplication::translate("courtyard::desk::approvals", "Signed.");
    Q_EMIT busyChanged();
    say(QCoreApplication::translate("courtyard::desk::approvals", "Sending your signature…"), false);
    return true;
}

bool ApprovalsBackend::decline(const QString &id, const QString &reason)
{
    if (!m_busyId.isEmpty()) {
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        say(QCoreApplication::translate("courtyard::desk::approvals", "Write why you decline: the committee and the author read it"), true);
        return false;
    }
    QString fullId;
    if (!startAction(id, &fullId)) {
        return false;
    }
    QString why;
    m_busyRequest = m_session->decline(*syncclient::proposalId(*find(fullId, &why)), reason.trimmed());
    m_busyId = fullId;
    m_busyDone = QCoreApplication::translate("courtyard::desk::approvals", "Declined.");
    Q_EMIT busyChanged();
    say(QCoreApplication::translate("courtyard::desk::approvals", "Sending your decline…"), false);
    return true;
}

void ApprovalsBackend::answered(quint64 requestId, const Result<syncclient::ProposalAnswer> &answer)
{
    if (requestId != m_busyRequest || m_busyId.isEmpty()) {
        return;
    }
    const QString id = std::exchange(m_busyId, QString());
    m_busyRequest = 0;
    Q_EMIT busyChanged();
    if (!answer) {
        say(QCoreApplication::translate("courtyard::desk::approvals", "No answer from the server: %1. The list shows whether it arrived once the connection is back.")
                .arg(answer.error().message),
            true);
        Q_EMIT actionFinished(id, false);
        return;
    }
    if (answer->refused()) {
        // The proposal may have closed meanwhile: the list is asked again (its answer keeps this message).
        if (live() && !m_refreshing) {
            m_session->list();
        }
        say(refusalText(answer->refusedCode, answer->refusedReason), true);
        Q_EMIT actionFinished(id, false);
        return;
    }
    merge(answer->proposals, answer->serverNowMs);
    QString message = m_busyDone;
    if (!answer->proposals.empty() && answer->proposals.front().state == sync::ProposalInfo::State::Submitted) {
        message = QCoreApplication::translate("courtyard::desk::approvals", "%1 The committee's signatures are complete: the server is sealing it.").arg(m_busyDone);
    }
    say(message, false);
    Q_EMIT actionFinished(id, true);
}

} // namespace courtyard::desk::approvals
