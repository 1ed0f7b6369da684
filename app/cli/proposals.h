// courtyard/cli: `courtyard proposal ...` — transactions that collect the committee's signatures
// across devices through the server (app/sync/proposals.h, docs/cli.md "proposal").
//
// cli.cpp parses the options (server, pin, key file, the kind's payload for `proposal create` and
// `--propose`) and hands over here: each function runs one conversation with the server, prints
// the outcome (text, or JSON with --json) and returns the exit code: 0 served, 3 refused by the
// server (its stable code and reason printed), 6 the server cannot be reached.
//
// Thread-safety: one thread (blocks with a local event loop).
#pragma once

#include "app/sync/proposals.h"

#include <QJsonObject>
#include <QTextStream>

namespace courtyard::cli {

struct ProposalCommand {
    QTextStream &out;
    QTextStream &err;
    bool json = false;
    syncclient::SyncOptions server;
    int timeoutMs = 60000;
    const crypto::KeyPair &key;
};

// The open and recently closed proposals.
int proposalList(const ProposalCommand &c);
// sign / decline (reason required) / withdraw (reason optional) the proposal named by id.
int proposalSign(const ProposalCommand &c, const QString &id);
int proposalDecline(const ProposalCommand &c, const QString &id, const QString &reason);
int proposalWithdraw(const ProposalCommand &c, const QString &id, const QString &reason);
// Proposes a transaction of kind/version/payload authored by c.key as a co-signed transaction
// (ledger format 2: no sequence of the author), valid for 14 days from the later of the
// server's clock and ledgerTimeMs (this device's latest block time, or --time; 0: none).
int proposalCreate(const ProposalCommand &c, const QString &kind, quint32 version, const cbor::Value &payload, const QString &note,
                   quint64 ledgerTimeMs);

// A proposal as JSON (id, kind, author, note, state, signers, declines, ages ...).
QJsonObject proposalJson(const sync::ProposalInfo &p, quint64 serverNowMs);

} // namespace courtyard::cli
