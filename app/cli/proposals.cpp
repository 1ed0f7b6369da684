#include "app/cli/proposals.h"

#include "app/cli/cli.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace courtyard::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::cli", text);
}

QString isoTime(quint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).toString(Qt::ISODate);
}

// "3 h", "2 d", "45 min", "20 s"
QString span(quint64 ms)
{
    const quint64 s = ms / 1000;
    if (s < 120) {
        return tr("%1 s").arg(s);
    }
    if (s < 2 * 3600) {
        return tr("%1 min").arg(s / 60);
    }
    if (s < 2 * 86400) {
        return tr("%1 h").arg(s / 3600);
    }
    return tr("%1 d").arg(s / 86400);
}

void printJson(const ProposalCommand &c, const QJsonObject &o)
{
    c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// The exit code and output of a failed conversation or a refusal; -1 when served.
int problem(const ProposalCommand &c, const Result<syncclient::ProposalAnswer> &answer, const QString &what)
{
    if (!answer) {
        const bool network = answer.error().code == ErrorCode::Io || answer.error().code == ErrorCode::Malformed;
        if (c.json) {
            printJson(c, {{QStringLiteral("ok"), false},
                          {QStringLiteral("error"), network ? QStringLiteral("network") : errorCodeName(answer.error().code)},
                          {QStringLiteral("message"), answer.error().message}});
        }
        c.err << "courtyard: " << answer.error().message << Qt::endl;
        return network ? ExitNetwork : ExitBadInput;
    }
    if (answer->refused()) {
        if (c.json) {
            printJson(c, {{QStringLiteral("ok"), false},
                          {QStringLiteral("error"), QStringLiteral("refused")},
                          {QStringLiteral("code"), answer->refusedCode},
                          {QStringLiteral("message"), answer->refusedReason}});
        }
        c.err << "courtyard: " << tr("%1 refused: %2 (%3); nothing changed").arg(what, answer->refusedReason, answer->refusedCode) << Qt::endl;
        return answer->refusedCode == QLatin1String(sync::errors::kNotFound) ? ExitNotFound : ExitBadInput;
    }
    return -1;
}

void printProposal(const ProposalCommand &c, const sync::ProposalInfo &p, quint64 now)
{
    auto tx = ledger::Transaction::decode(p.transaction);
    if (!tx) {
        c.out << tr("(a proposal whose transaction does not decode: %1)").arg(tx.error().message) << Qt::endl;
        return;
    }
    QString state = sync::proposalStateName(p.state);
    if (p.state == sync::ProposalInfo::State::Sealed) {
        state += QLatin1Char(' ') + tr("in block %1").arg(p.height);
    } else if (p.state == sync::ProposalInfo::State::Refused) {
        state += QStringLiteral(" (%1: %2)").arg(p.code, p.reason);
    } else if (p.state == sync::ProposalInfo::State::Withdrawn && !p.reason.isEmpty()) {
        state += QStringLiteral(" (%1)").arg(p.reason);
    }
    c.out << QStringLiteral("%1  %2  %3").arg(crypto::toHex(tx->id()), tx->body().kind, state) << Qt::endl;
    if (tx->body().isCosigned()) {
        c.out << "  " << tr("by %1, co-signed, valid until %2, %3 ago").arg(tx->body().author.toHex(), isoTime(tx->body().validUntilMs),
                                                                          span(now > p.createdMs ? now - p.createdMs : 0));
    } else {
        c.out << "  " << tr("by %1, sequence %2, %3 ago").arg(tx->body().author.toHex(), QString::number(tx->body().sequence),
                                                               span(now > p.createdMs ? now - p.createdMs : 0));
    }
    if (p.state == sync::ProposalInfo::State::Open) {
        c.out << ", " << (now < p.expiresMs ? tr("expires in %1").arg(span(p.expiresMs - now)) : tr("past its expiry"));
    }
    c.out << Qt::endl;
    if (!p.note.isEmpty()) {
        c.out << "  " << tr("note: %1").arg(p.note) << Qt::endl;
    }
    c.out << "  " << tr("intent: %1").arg(tx->body().payload.diagnostic()) << Qt::endl;
    for (const sync::ProposalSigner &s : p.signers) {
        c.out << "  " << tr("signed by %1 at %2").arg(s.key.toHex(), isoTime(s.atMs)) << Qt::endl;
    }
    for (const sync::ProposalDecline &d : p.declines) {
        c.out << "  " << tr("declined by %1 at %2: %3").arg(d.key.toHex(), isoTime(d.atMs), d.reason) << Qt::endl;
    }
}

int served(const ProposalCommand &c, const syncclient::ProposalAnswer &answer, const QString &headline)
{
    if (c.json) {
        QJsonArray list;
        for (const sync::ProposalInfo &p : answer.proposals) {
            list.append(proposalJson(p, answer.serverNowMs));
        }
        printJson(c, {{QStringLiteral("ok"), true}, {QStringLiteral("server_time"), isoTime(answer.serverNowMs)}, {QStringLiteral("proposals"), list}});
        return ExitOk;
    }
    if (!headline.isEmpty()) {
        c.out << headline << Qt::endl;
    }
    for (const sync::ProposalInfo &p : answer.proposals) {
        printProposal(c, p, answer.serverNowMs);
    }
    return ExitOk;
}

} // namespace

QJsonObject proposalJson(const sync::ProposalInfo &p, quint64 serverNowMs)
{
    QJsonObject o{{QStringLiteral("state"), sync::proposalStateName(p.state)},
                  {QStringLiteral("note"), p.note},
                  {QStringLiteral("created"), isoTime(p.createdMs)},
                  {QStringLiteral("expires"), isoTime(p.expiresMs)},
                  {QStringLiteral("age_seconds"), qint64(serverNowMs > p.createdMs ? (serverNowMs - p.createdMs) / 1000 : 0)}};
    if (auto tx = ledger::Transaction::decode(p.transaction)) {
        o.insert(QStringLiteral("id"), crypto::toHex(tx->id()));
        o.insert(QStringLiteral("kind"), tx->body().kind);
        o.insert(QStringLiteral("author"), tx->body().author.toHex());
        if (tx->body().isCosigned()) {
            o.insert(QStringLiteral("valid_until"), isoTime(tx->body().validUntilMs));
        } else {
            o.insert(QStringLiteral("sequence"), qint64(tx->body().sequence));
        }
        o.insert(QStringLiteral("payload"), tx->body().payload.diagnostic());
        o.insert(QStringLiteral("signatures"), int(tx->signatures().size()));
    }
    QJsonArray signers;
    for (const sync::ProposalSigner &s : p.signers) {
        signers.append(QJsonObject{{QStringLiteral("key"), s.key.toHex()}, {QStringLiteral("at"), isoTime(s.atMs)}});
    }
    QJsonArray declines;
    for (const sync::ProposalDecline &d : p.declines) {
        declines.append(QJsonObject{{QStringLiteral("key"), d.key.toHex()}, {QStringLiteral("reason"), d.reason}, {QStringLiteral("at"), isoTime(d.atMs)}});
    }
    o.insert(QStringLiteral("signers"), signers);
    o.insert(QStringLiteral("declines"), declines);
    if (p.closedMs) {
        o.insert(QStringLiteral("closed"), isoTime(p.closedMs));
    }
    if (p.state == sync::ProposalInfo::State::Sealed) {
        o.insert(QStringLiteral("block"), qint64(p.height));
        o.insert(QStringLiteral("log_index"), qint64(p.logIndex));
    }
    if (!p.code.isEmpty()) {
        o.insert(QStringLiteral("code"), p.code);
    }
    if (!p.reason.isEmpty()) {
        o.insert(QStringLiteral("reason"), p.reason);
    }
    return o;
}

int proposalList(const ProposalCommand &c)
{
    const auto answer = syncclient::listProposals(c.server, c.key, c.timeoutMs);
    if (const int code = problem(c, answer, tr("the list")); code >= 0) {
        return code;
    }
    return served(c, *answer, answer->proposals.empty() ? tr("no proposals on %1").arg(c.server.server.toString()) : QString());
}

int proposalSign(const ProposalCommand &c, const QString &id)
{
    const auto answer = syncclient::cosignProposal(c.server, c.key, id, c.timeoutMs);
    if (const int code = problem(c, answer, tr("the signature")); code >= 0) {
        return code;
    }
    return served(c, *answer, tr("signed:"));
}

int proposalDecline(const ProposalCommand &c, const QString &id, const QString &reason)
{
    const auto answer = syncclient::declineProposal(c.server, c.key, id, reason, c.timeoutMs);
    if (const int code = problem(c, answer, tr("the decline")); code >= 0) {
        return code;
    }
    return served(c, *answer, tr("declined:"));
}

int proposalWithdraw(const ProposalCommand &c, const QString &id, const QString &reason)
{
    const auto answer = syncclient::withdrawProposal(c.server, c.key, id, reason, c.timeoutMs);
    if (const int code = problem(c, answer, tr("the withdrawal")); code >= 0) {
        return code;
    }
    return served(c, *answer, tr("withdrawn:"));
}

int proposalCreate(const ProposalCommand &c, const QString &kind, quint32 version, const cbor::Value &payload, const QString &note,
                   quint64 ledgerTimeMs)
{
    // Co-signed (ledger format 2): no sequence of the author, who goes on working meanwhile;
    // valid for the server's default proposal expiry.
    const auto answer = syncclient::proposeCosigned(c.server, c.key, kind, version, payload, note, ledgerTimeMs, c.timeoutMs);
    if (const int code = problem(c, answer, tr("the proposal")); code >= 0) {
        return code;
    }
    return served(c, *answer, tr("proposed (the committee signs it with 'courtyard proposal sign ID'):"));
}

} // namespace courtyard::cli
