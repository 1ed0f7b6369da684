#include "app/cli/cli.h"

#include "app/cli/accounting_commands.h"
#include "app/cli/apply.h"
#include "app/cli/commands.h"
#include "app/cli/demo.h"
#include "app/cli/proposals.h"
#include "app/cli/reports.h"
#include "app/cli/verify_projections.h"
#include "app/sync/conversation.h"
#include "app/sync/sync_client.h"
#include "app/node/projections.h"
#include "contracts/devices.h"
#include "contracts/standard.h"
#include "core/base/hex.h"
#include "core/ledger/checkpoint.h"
#include "core/ledger/genesis.h"
#include "core/money/money.h"
#include "core/store/store.h"
#include "core/verify/verifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <functional>
#include <map>

namespace courtyard::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::cli", text);
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadSignature:
    case ErrorCode::Integrity:
        return ExitVerificationFailed;
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::Io:
    case ErrorCode::Database:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::DiskFull:
        return ExitStorage;
    case ErrorCode::InvalidArgument:
    case ErrorCode::Malformed:
    case ErrorCode::NotCanonical:
    case ErrorCode::LimitExceeded:
    case ErrorCode::Overflow:
    case ErrorCode::CurrencyMismatch:
    case ErrorCode::BadKey:
    case ErrorCode::WrongPassphrase:
    case ErrorCode::Conflict:
    case ErrorCode::Unsupported:
        return ExitBadInput;
    }
    return ExitBadInput;
}

// What every command gets: its parsed options, the output streams and error reporting.
struct Context {
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QString commandName; // "key new"

    bool json() const { return parser.isSet(QStringLiteral("json")); }

    QString dbPath() const
    {
        if (parser.isSet(QStringLiteral("db"))) {
            return parser.value(QStringLiteral("db"));
        }
        const QString env = qEnvironmentVariable("COURTYARD_DB");
        return env.isEmpty() ? QStringLiteral("courtyard.db") : env;
    }

    int fail(const Error &e) const
    {
        if (json()) {
            QJsonObject o{{QStringLiteral("ok"), false},
                          {QStringLiteral("error"), errorCodeName(e.code)},
                          {QStringLiteral("message"), e.message}};
            out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        }
        err << "courtyard: " << e.message << Qt::endl;
        return exitCodeFor(e.code);
    }

    int usage(const QString &message) const
    {
        if (json()) {
            printJson({{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("usage")}, {QStringLiteral("message"), message}});
        }
        err << "courtyard: " << message << Qt::endl
            << tr("Run 'courtyard %1 --help' for the options.").arg(commandName) << Qt::endl;
        return ExitUsage;
    }

    void printJson(const QJsonObject &o) const { out << QJsonDocument(o).toJson(QJsonDocument::Indented); }
};

// --- passphrases -------------------------------------------------------------------------

Result<crypto::SecretBytes> promptHidden(const QString &prompt)
{
    if (!isatty(STDIN_FILENO)) {
        return fail(ErrorCode::InvalidArgument,
                    tr("a passphrase is needed: pass --passphrase-file FILE or set COURTYARD_PASSPHRASE (no terminal to ask on)"));
    }
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios hidden = old;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    char buffer[1024];
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    if (!got) {
        return fail(ErrorCode::InvalidArgument, tr("no passphrase was entered"));
    }
    qsizetype n = qsizetype(std::strlen(buffer));
    while (n > 0 && (buffer[n - 1] == '\n' || buffer[n - 1] == '\r')) {
        --n;
    }
    crypto::SecretBytes secret(QByteArrayView(buffer, n));
    volatile char *p = buffer;
    for (std::size_t i = 0; i < sizeof buffer; ++i) {
        p[i] = 0;
    }
    return secret;
}

// From --passphrase-file (first line), COURTYARD_PASSPHRASE, or the terminal.
Result<crypto::SecretBytes> readPassphrase(const Context &ctx, const QString &prompt, bool confirm)
{
    if (ctx.parser.isSet(QStringLiteral("passphrase-file"))) {
        const QString path = ctx.parser.value(QStringLiteral("passphrase-file"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::NotFound, tr("cannot read the passphrase file %1: %2").arg(path, f.errorString()));
        }
        QByteArray data = f.readLine(4096);
        while (data.endsWith('\n') || data.endsWith('\r')) {
            data.chop(1);
        }
        crypto::SecretBytes secret(data);
        data.fill('\0');
        if (secret.isEmpty()) {
            return fail(ErrorCode::InvalidArgument, tr("the passphrase file %1 is empty").arg(path));
        }
        return secret;
    }
    if (qEnvironmentVariableIsSet("COURTYARD_PASSPHRASE")) {
        return crypto::SecretBytes::fromUtf8(qEnvironmentVariable("COURTYARD_PASSPHRASE"));
    }
    CY_TRY(crypto::SecretBytes first, promptHidden(prompt));
    if (confirm) {
        CY_TRY(crypto::SecretBytes second, promptHidden(tr("Repeat the passphrase: ")));
        if (first.view() != second.view()) {
            return fail(ErrorCode::InvalidArgument, tr("the two passphrases differ; nothing was written"));
        }
    }
    return first;
}

Result<QByteArray> readFile(const QString &path, qint64 limit = 1 << 20)
{
    QFile f(path);
    if (!f.exists()) {
        return fail(ErrorCode::NotFound, tr("%1 does not exist").arg(path));
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, tr("cannot read %1: %2").arg(path, f.errorString()));
    }
    if (f.size() > limit) {
        return fail(ErrorCode::LimitExceeded, tr("%1 is too large (%2 bytes)").arg(path).arg(f.size()));
    }
    return f.readAll();
}

Result<crypto::KeyPair> openKey(const Context &ctx, const QString &path)
{
    CY_TRY(const QByteArray bytes, readFile(path));
    CY_TRY(const crypto::KeyFileInfo info, crypto::inspectKeyFile(bytes));
    CY_TRY(const crypto::SecretBytes passphrase,
           readPassphrase(ctx, tr("Passphrase for key '%1' (%2): ").arg(info.label, path), /*confirm=*/false));
    auto key = crypto::openKeyFile(bytes, passphrase.view());
    if (!key) {
        return fail(key.error().prefixed(path));
    }
    return key;
}

Result<quint64> parseCount(const QString &text, const QString &what)
{
    bool ok = false;
    const quint64 v = text.toULongLong(&ok, 10);
    if (!ok || text.isEmpty() || text.startsWith(QLatin1Char('+')) || (text.size() > 1 && text.startsWith(QLatin1Char('0')))) {
        return fail(ErrorCode::InvalidArgument, tr("%1 must be a whole number like 12, got '%2'").arg(what, text));
    }
    return v;
}

QString isoTime(quint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonArray hashesToJson(const std::vector<merkle::Hash> &hashes)
{
    QJsonArray a;
    for (const merkle::Hash &h : hashes) {
        a.append(crypto::toHex(h));
    }
    return a;
}

// --- commands ----------------------------------------------------------------------------

int cmdInit(Context &ctx)
{
    const QStringList required{QStringLiteral("name"), QStringLiteral("currency"), QStringLiteral("timezone"),
                               QStringLiteral("server-key"), QStringLiteral("committee")};
    for (const QString &o : required) {
        if (!ctx.parser.isSet(o)) {
            return ctx.usage(tr("init needs --%1").arg(o));
        }
    }
    ledger::Genesis g;
    g.communityId = crypto::randomBytes(ledger::kCommunityIdSize);
    g.name = ctx.parser.value(QStringLiteral("name"));
    g.currency = ctx.parser.value(QStringLiteral("currency"));
    g.timeZone = ctx.parser.value(QStringLiteral("timezone"));
    for (const QString &member : ctx.parser.values(QStringLiteral("committee"))) {
        auto key = publicKeyFrom(member);
        if (!key) {
            return ctx.fail(key.error().prefixed(tr("committee key %1").arg(member)));
        }
        g.committee.push_back(*key);
    }
    const QString quorumText = ctx.parser.isSet(QStringLiteral("quorum")) ? ctx.parser.value(QStringLiteral("quorum"))
                                                                           : QString::number(g.committee.size() / 2 + 1);
    auto quorum = parseCount(quorumText, QStringLiteral("--quorum"));
    if (!quorum) {
        return ctx.fail(quorum.error());
    }
    g.quorum = quint32(std::min<quint64>(*quorum, 0xffffffffu));
    auto genesisTime = ctx.parser.isSet(QStringLiteral("time")) ? parseBlockTime(ctx.parser.value(QStringLiteral("time")))
                                                                 : Result<quint64>(quint64(QDateTime::currentMSecsSinceEpoch()));
    if (!genesisTime) {
        return ctx.fail(genesisTime.error().prefixed(QStringLiteral("--time")));
    }

    // Check everything that needs no secret before asking for the passphrase.
    const QString keyPath = ctx.parser.value(QStringLiteral("server-key"));
    auto serverInfo = readFile(keyPath).and_then([](const QByteArray &b) { return crypto::inspectKeyFile(b); });
    if (!serverInfo) {
        return ctx.fail(serverInfo.error().prefixed(tr("server key")));
    }
    g.sealer = serverInfo->publicKey;
    if (auto ok = g.validate(); !ok) {
        return ctx.fail(ok.error());
    }
    const QString db = ctx.dbPath();
    if (QFileInfo::exists(db)) {
        return ctx.fail(Error{ErrorCode::Conflict, tr("%1 already exists; nothing was changed. Choose another --db path.").arg(db)});
    }
    auto server = openKey(ctx, keyPath);
    if (!server) {
        return ctx.fail(server.error());
    }
    // Through the node, so that block 0 carries the genesis contract's state and its root.
    contracts::Registry registry;
    contracts::addStandardContracts(registry);
    auto ledger = node::Ledger::create(db, registry, g, *server, *genesisTime);
    if (!ledger) {
        return ctx.fail(ledger.error());
    }
    if (ctx.json()) {
        QJsonArray committee;
        for (const crypto::PublicKey &k : g.committee) {
            committee.append(k.toHex());
        }
        ctx.printJson({{QStringLiteral("ok"), true},
                       {QStringLiteral("db"), db},
                       {QStringLiteral("community_id"), toHex(g.communityId)},
                       {QStringLiteral("origin"), g.logOrigin()},
                       {QStringLiteral("name"), g.name},
                       {QStringLiteral("currency"), g.currency},
                       {QStringLiteral("timezone"), g.timeZone},
                       {QStringLiteral("sealer"), g.sealer.toHex()},
                       {QStringLiteral("committee"), committee},
                       {QStringLiteral("quorum"), int(g.quorum)}});
    } else {
        ctx.out << tr("Created community '%1' in %2").arg(g.name, db) << Qt::endl
                << tr("  community id: %1").arg(toHex(g.communityId)) << Qt::endl
                << tr("  currency %1, time zone %2").arg(g.currency, g.timeZone) << Qt::endl
                << tr("  committee: %1 members, quorum %2").arg(g.committee.size()).arg(g.quorum) << Qt::endl
                << tr("  sealer: %1").arg(g.sealer.toHex()) << Qt::endl;
    }
    return ExitOk;
}

// Makes a new key and writes it, sealed with a passphrase (asked twice, or the passphrase file),
// to a new file only its owner can read; the file is synced with its folder.
Result<crypto::KeyPair> writeNewKeyFile(const Context &ctx, const QString &path, const QString &label, crypto::KdfStrength strength)
{
    auto passphrase = readPassphrase(ctx, tr("Passphrase for the new key: "), /*confirm=*/true);
    if (!passphrase) {
        return tl::unexpected(passphrase.error());
    }
    crypto::KeyPair key = crypto::KeyPair::generate();
    auto sealed = crypto::sealKeyFile(key, passphrase->view(), label, strength);
    if (!sealed) {
        return tl::unexpected(sealed.error());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*sealed) != sealed->size()) {
        return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit()) {
        return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    // QSaveFile syncs the file, not its folder: without this a power cut can lose the new name.
    const int dir = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return key;
}

int cmdKeyNew(Context &ctx)
{
    if (!ctx.parser.isSet(QStringLiteral("out"))) {
        return ctx.usage(tr("key new needs --out FILE"));
    }
    const QString path = ctx.parser.value(QStringLiteral("out"));
    if (QFileInfo::exists(path)) {
        return ctx.fail(Error{ErrorCode::Conflict, tr("%1 already exists; a key file is never overwritten").arg(path)});
    }
    const QString label = ctx.parser.isSet(QStringLiteral("label")) ? ctx.parser.value(QStringLiteral("label")) : QFileInfo(path).baseName();
    crypto::KdfStrength strength = crypto::KdfStrength::Moderate;
    const QString kdf = ctx.parser.value(QStringLiteral("kdf"));
    if (kdf == QLatin1String("interactive")) {
        strength = crypto::KdfStrength::Interactive;
    } else if (kdf == QLatin1String("sensitive")) {
        strength = crypto::KdfStrength::Sensitive;
    } else if (!kdf.isEmpty() && kdf != QLatin1String("moderate")) {
        return ctx.usage(tr("--kdf must be interactive, moderate or sensitive"));
    }
    auto made = writeNewKeyFile(ctx, path, label, strength);
    if (!made) {
        return ctx.fail(made.error());
    }
    const crypto::KeyPair &key = *made;
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("file"), path}, {QStringLiteral("label"), label},
                       {QStringLiteral("public_key"), key.publicKey().toHex()}});
    } else {
        ctx.out << tr("Wrote key '%1' to %2").arg(label, path) << Qt::endl
                << tr("  public key: %1").arg(key.publicKey().toHex()) << Qt::endl;
    }
    return ExitOk;
}

int cmdKeyShow(Context &ctx)
{
    const QStringList args = ctx.parser.positionalArguments();
    if (args.size() != 3) {
        return ctx.usage(tr("key show needs the key file: courtyard key show FILE"));
    }
    auto info = readFile(args[2]).and_then([](const QByteArray &b) { return crypto::inspectKeyFile(b); });
    if (!info) {
        return ctx.fail(info.error().prefixed(args[2]));
    }
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("label"), info->label}, {QStringLiteral("public_key"), info->publicKey.toHex()}});
    } else {
        ctx.out << tr("label: %1").arg(info->label) << Qt::endl << tr("public key: %1").arg(info->publicKey.toHex()) << Qt::endl;
    }
    return ExitOk;
}

// Read commands never write: they work on backups and read-only disks, and never migrate.
Result<std::unique_ptr<store::Store>> openStore(const Context &ctx)
{
    store::OpenOptions options;
    options.readOnly = true;
    return store::Store::open(ctx.dbPath(), options);
}

// The sealed log size: proofs speak only of what a signed checkpoint covers.
Result<quint64> sealedLogSize(store::Store &store)
{
    CY_TRY(const ledger::SealedBlock tip, store.tip());
    return tip.header.logSize();
}

// --vkey (a C2SP verifier key, or a file holding one) and --checkpoint (a signed note file).
Result<verify::Options> trustAnchors(const Context &ctx, int threads)
{
    verify::Options options(threads);
    const bool hasVkey = ctx.parser.isSet(QStringLiteral("vkey"));
    const bool hasCheckpoint = ctx.parser.isSet(QStringLiteral("checkpoint"));
    if (!hasVkey && !hasCheckpoint) {
        return options;
    }
    if (!hasVkey) {
        return fail(ErrorCode::InvalidArgument, tr("--checkpoint needs --vkey, the sealer key that signed it"));
    }
    QString vkeyText = ctx.parser.value(QStringLiteral("vkey"));
    if (QFileInfo(vkeyText).isFile()) {
        CY_TRY(const QByteArray bytes, readFile(vkeyText, 4096));
        vkeyText = QString::fromUtf8(bytes).trimmed();
    }
    auto vkey = ledger::NoteKey::fromVerifierKey(vkeyText);
    if (!vkey) {
        return fail(vkey.error().prefixed(tr("--vkey")));
    }
    options.trustedSealer = *vkey;
    if (hasCheckpoint) {
        const QString path = ctx.parser.value(QStringLiteral("checkpoint"));
        CY_TRY(const QByteArray text, readFile(path, ledger::kMaxNoteSize));
        auto note = ledger::parseSignedNote(text);
        if (!note) {
            return fail(note.error().prefixed(path));
        }
        if (auto signedByKey = ledger::verifySignedNote(*note, *vkey); !signedByKey) {
            return fail(ErrorCode::BadSignature, tr("%1 is not a checkpoint signed by that key: %2").arg(path, signedByKey.error().message));
        }
        auto checkpoint = ledger::Checkpoint::parseBody(note->body);
        if (!checkpoint) {
            return fail(checkpoint.error().prefixed(path));
        }
        options.trustedCheckpoint = *checkpoint;
    }
    return options;
}

int cmdVerify(Context &ctx)
{
    auto store = openStore(ctx);
    if (!store) {
        return ctx.fail(store.error());
    }
    int threads = QThread::idealThreadCount();
    if (ctx.parser.isSet(QStringLiteral("threads"))) {
        auto t = parseCount(ctx.parser.value(QStringLiteral("threads")), QStringLiteral("--threads"));
        if (!t || *t < 1 || *t > 256) {
            return ctx.usage(tr("--threads must be a number from 1 to 256"));
        }
        threads = int(*t);
    }
    auto options = trustAnchors(ctx, threads);
    if (!options) {
        return ctx.fail(options.error());
    }
    QElapsedTimer timer;
    timer.start();
    auto report = verify::verifyStore(**store, *options);
    if (!report) {
        return ctx.fail(report.error());
    }
    const qint64 ms = timer.elapsed();
    // The projections (postings, account totals, state) the books read: re-derived from the
    // verified blocks by the contracts and compared row by row (app/node/projections.h), unless
    // --chain-only. Only after a chain that verifies; the file is only read.
    const bool chainOnly = ctx.parser.isSet(QStringLiteral("chain-only"));
    std::optional<node::ProjectionReport> projections;
    qint64 projectionMs = 0;
    if (!report->problem && !chainOnly) {
        QElapsedTimer projectionTimer;
        projectionTimer.start();
        contracts::Registry registry;
        contracts::addStandardContracts(registry);
        node::ProjectionCheckOptions projectionOptions;
        if (report->blocks > 0) {
            projectionOptions.signaturesVerifiedThrough = report->blocks - 1; // checked just now
        }
        auto checked = node::checkProjections(**store, registry, projectionOptions);
        if (!checked) {
            return ctx.fail(checked.error().prefixed(tr("checking the projections")));
        }
        projections = std::move(*checked);
        projectionMs = projectionTimer.elapsed();
    }
    const bool projectionsOk = !projections || projections->ok();
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("ok"), report->ok() && projectionsOk},
                      {QStringLiteral("db"), ctx.dbPath()},
                      {QStringLiteral("chain_only"), chainOnly},
                      {QStringLiteral("blocks"), qint64(report->blocks)},
                      {QStringLiteral("transactions"), qint64(report->transactions)},
                      {QStringLiteral("signatures"), qint64(report->signatures)},
                      {QStringLiteral("log_size"), qint64(report->logSize)},
                      {QStringLiteral("log_root"), crypto::toHex(report->logRoot)},
                      {QStringLiteral("elapsed_ms"), ms},
                      {QStringLiteral("threads"), threads},
                      {QStringLiteral("trusted_sealer"), options->trustedSealer.has_value()},
                      {QStringLiteral("trusted_checkpoint"), options->trustedCheckpoint.has_value()}};
        if (report->problem) {
            const verify::Problem &p = *report->problem;
            QJsonObject problem{{QStringLiteral("height"), qint64(p.height)},
                                {QStringLiteral("error"), errorCodeName(p.code)},
                                {QStringLiteral("reason"), p.reason},
                                {QStringLiteral("description"), p.describe()}};
            if (p.logIndex) {
                problem.insert(QStringLiteral("log_index"), qint64(*p.logIndex));
            }
            if (!p.transactionId.isEmpty()) {
                problem.insert(QStringLiteral("transaction_id"), p.transactionId);
            }
            o.insert(QStringLiteral("problem"), problem);
        }
        if (projections) {
            o.insert(QStringLiteral("projections"), projectionsJson(*projections, projectionMs, ctx.dbPath()));
        }
        ctx.printJson(o);
    }
    if (report->problem) {
        ctx.err << tr("courtyard: verification FAILED at %1").arg(report->problem->describe()) << Qt::endl
                << tr("  %1 blocks and %2 transactions before it verified.").arg(report->blocks).arg(report->transactions) << Qt::endl;
        return ExitVerificationFailed;
    }
    if (!projectionsOk) {
        for (const QString &line : projectionsFailureLines(*projections, ctx.dbPath())) {
            ctx.err << line << Qt::endl;
        }
        return ExitVerificationFailed;
    }
    if (!ctx.json()) {
        ctx.out << tr("OK: %1 blocks, %2 transactions, %3 signatures verified in %4 ms (%5 threads)")
                       .arg(report->blocks).arg(report->transactions).arg(report->signatures).arg(ms).arg(threads)
                << Qt::endl
                << tr("  log size %1, root %2").arg(report->logSize).arg(crypto::toHex(report->logRoot)) << Qt::endl;
        if (options->trustedCheckpoint) {
            ctx.out << tr("  extends the trusted checkpoint of %1 entries, sealed by the pinned key").arg(options->trustedCheckpoint->size)
                    << Qt::endl;
        } else if (options->trustedSealer) {
            ctx.out << tr("  sealed by the pinned key") << Qt::endl;
        } else {
            ctx.out << tr("  (consistent in itself; pass --vkey and --checkpoint to check it against what you trust)") << Qt::endl;
        }
        if (projections) {
            ctx.out << projectionsOkLine(*projections, projectionMs) << Qt::endl;
        } else {
            ctx.out << tr("  projections not checked (--chain-only): the books may still show edited rows") << Qt::endl;
        }
    }
    return ExitOk;
}

int cmdBlockShow(Context &ctx)
{
    const QStringList args = ctx.parser.positionalArguments();
    if (args.size() != 3) {
        return ctx.usage(tr("block show needs a block height: courtyard block show N"));
    }
    auto height = parseCount(args[2], tr("the block height"));
    if (!height) {
        return ctx.fail(height.error());
    }
    auto store = openStore(ctx);
    if (!store) {
        return ctx.fail(store.error());
    }
    auto stored = (*store)->block(*height);
    if (!stored) {
        return ctx.fail(stored.error());
    }
    auto sealed = ledger::SealedBlock::fromParts(stored->header, stored->signature, stored->checkpointSignature);
    if (!sealed) {
        return ctx.fail(sealed.error().prefixed(tr("block %1").arg(*height)));
    }
    const ledger::BlockHeader &h = sealed->header;
    QJsonArray txs;
    for (const store::StoredTransaction &t : stored->transactions) {
        // A co-signed transaction has no sequence (its row holds a negative stand-in).
        txs.append(QJsonObject{{QStringLiteral("log_index"), qint64(t.logIndex)},
                               {QStringLiteral("id"), toHex(t.id)},
                               {QStringLiteral("kind"), t.kind},
                               {QStringLiteral("author"), toHex(t.author)},
                               {QStringLiteral("sequence"), t.sequence > 0 ? QJsonValue(t.sequence) : QJsonValue()},
                               {QStringLiteral("cosigned"), t.sequence < 0},
                               {QStringLiteral("size"), t.bytes.size()}});
    }
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), true},
                       {QStringLiteral("height"), qint64(h.height)},
                       {QStringLiteral("hash"), crypto::toHex(sealed->hash)},
                       {QStringLiteral("previous"), crypto::toHex(h.previous)},
                       {QStringLiteral("first_index"), qint64(h.firstIndex)},
                       {QStringLiteral("last_index"), qint64(h.lastIndex)},
                       {QStringLiteral("log_root"), crypto::toHex(h.logRoot)},
                       {QStringLiteral("state_root"), crypto::toHex(h.stateRoot)},
                       {QStringLiteral("time_ms"), qint64(h.timeMs)},
                       {QStringLiteral("time"), isoTime(h.timeMs)},
                       {QStringLiteral("signature"), toHex(sealed->signature)},
                       {QStringLiteral("checkpoint_signature"), toHex(sealed->checkpointSignature)},
                       {QStringLiteral("transactions"), txs}});
        return ExitOk;
    }
    ctx.out << tr("block %1").arg(h.height) << Qt::endl
            << tr("  hash        %1").arg(crypto::toHex(sealed->hash)) << Qt::endl
            << tr("  previous    %1").arg(crypto::toHex(h.previous)) << Qt::endl
            << tr("  time        %1").arg(isoTime(h.timeMs)) << Qt::endl
            << tr("  log range   %1..%2 (%3 transactions)").arg(h.firstIndex).arg(h.lastIndex).arg(h.transactionCount()) << Qt::endl
            << tr("  log root    %1").arg(crypto::toHex(h.logRoot)) << Qt::endl
            << tr("  state root  %1").arg(crypto::toHex(h.stateRoot)) << Qt::endl;
    for (const store::StoredTransaction &t : stored->transactions) {
        const QString lane = t.sequence > 0 ? QStringLiteral("seq %1").arg(t.sequence) : tr("co-signed");
        ctx.out << QStringLiteral("  %1  %2  %3  %4").arg(t.logIndex, 8).arg(toHex(t.id), t.kind.leftJustified(16), lane) << Qt::endl;
    }
    return ExitOk;
}

int cmdProofInclusion(Context &ctx)
{
    const QStringList args = ctx.parser.positionalArguments();
    if (args.size() != 3) {
        return ctx.usage(tr("proof inclusion needs a transaction id: courtyard proof inclusion TXID"));
    }
    auto id = crypto::digestFromHex(args[2]);
    if (!id) {
        return ctx.fail(id.error().prefixed(tr("transaction id")));
    }
    auto store = openStore(ctx);
    if (!store) {
        return ctx.fail(store.error());
    }
    auto where = (*store)->findTransaction(*id);
    if (!where) {
        return ctx.fail(where.error());
    }
    const merkle::MerkleLog &log = (*store)->log();
    auto sealed = sealedLogSize(**store);
    if (!sealed) {
        return ctx.fail(sealed.error());
    }
    quint64 size = *sealed;
    if (ctx.parser.isSet(QStringLiteral("size"))) {
        auto s = parseCount(ctx.parser.value(QStringLiteral("size")), QStringLiteral("--size"));
        if (!s) {
            return ctx.fail(s.error());
        }
        if (*s > *sealed) {
            return ctx.fail(Error{ErrorCode::NotFound, tr("the sealed log has %1 entries; --size %2 is beyond it").arg(*sealed).arg(*s)});
        }
        size = *s;
    }
    if (where->logIndex >= *sealed) {
        return ctx.fail(Error{ErrorCode::Integrity, tr("transaction %1 is stored but not in any sealed block; run 'courtyard verify'")
                                                        .arg(args[2])});
    }
    auto proof = log.inclusionProof(where->logIndex, size);
    if (!proof) {
        return ctx.fail(proof.error());
    }
    const merkle::Hash root = *log.rootAt(size);
    const merkle::Hash leaf = merkle::leafHash(where->bytes);
    const auto verified = merkle::verifyInclusion(where->logIndex, size, leaf, *proof, root);
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), verified.has_value()},
                       {QStringLiteral("transaction_id"), crypto::toHex(*id)},
                       {QStringLiteral("log_index"), qint64(where->logIndex)},
                       {QStringLiteral("block_height"), qint64(where->blockHeight)},
                       {QStringLiteral("tree_size"), qint64(size)},
                       {QStringLiteral("leaf_hash"), crypto::toHex(leaf)},
                       {QStringLiteral("root"), crypto::toHex(root)},
                       {QStringLiteral("proof"), hashesToJson(*proof)}});
    } else {
        ctx.out << tr("transaction %1").arg(crypto::toHex(*id)) << Qt::endl
                << tr("  log index %1 in block %2; tree size %3").arg(where->logIndex).arg(where->blockHeight).arg(size) << Qt::endl
                << tr("  leaf hash %1").arg(crypto::toHex(leaf)) << Qt::endl
                << tr("  root      %1").arg(crypto::toHex(root)) << Qt::endl
                << tr("  proof (%1 hashes):").arg(proof->size()) << Qt::endl;
        for (const merkle::Hash &h : *proof) {
            ctx.out << "    " << crypto::toHex(h) << Qt::endl;
        }
    }
    if (!verified) {
        ctx.err << tr("courtyard: the inclusion proof does not verify: %1").arg(verified.error().message) << Qt::endl;
        return ExitVerificationFailed;
    }
    if (!ctx.json()) {
        ctx.out << tr("  verified: the proof leads from the transaction to the root") << Qt::endl;
    }
    return ExitOk;
}

int cmdProofConsistency(Context &ctx)
{
    const QStringList args = ctx.parser.positionalArguments();
    if (args.size() != 4) {
        return ctx.usage(tr("proof consistency needs two log sizes: courtyard proof consistency A B"));
    }
    auto a = parseCount(args[2], tr("the first log size"));
    auto b = parseCount(args[3], tr("the second log size"));
    if (!a || !b) {
        return ctx.fail(!a ? a.error() : b.error());
    }
    auto store = openStore(ctx);
    if (!store) {
        return ctx.fail(store.error());
    }
    const merkle::MerkleLog &log = (*store)->log();
    auto sealed = sealedLogSize(**store);
    if (!sealed) {
        return ctx.fail(sealed.error());
    }
    if (*b > *sealed) {
        return ctx.fail(Error{ErrorCode::NotFound, tr("the sealed log has %1 entries; size %2 is beyond it").arg(*sealed).arg(*b)});
    }
    auto proof = log.consistencyProof(*a, *b);
    if (!proof) {
        return ctx.fail(proof.error());
    }
    const merkle::Hash rootA = *log.rootAt(*a);
    const merkle::Hash rootB = *log.rootAt(*b);
    const auto verified = merkle::verifyConsistency(*a, *b, rootA, rootB, *proof);
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), verified.has_value()},
                       {QStringLiteral("old_size"), qint64(*a)},
                       {QStringLiteral("new_size"), qint64(*b)},
                       {QStringLiteral("old_root"), crypto::toHex(rootA)},
                       {QStringLiteral("new_root"), crypto::toHex(rootB)},
                       {QStringLiteral("proof"), hashesToJson(*proof)}});
    } else {
        ctx.out << tr("log size %1 root %2").arg(*a).arg(crypto::toHex(rootA)) << Qt::endl
                << tr("log size %1 root %2").arg(*b).arg(crypto::toHex(rootB)) << Qt::endl
                << tr("proof (%1 hashes):").arg(proof->size()) << Qt::endl;
        for (const merkle::Hash &h : *proof) {
            ctx.out << "  " << crypto::toHex(h) << Qt::endl;
        }
    }
    if (!verified) {
        ctx.err << tr("courtyard: the consistency proof does not verify: %1").arg(verified.error().message) << Qt::endl;
        return ExitVerificationFailed;
    }
    if (!ctx.json()) {
        ctx.out << tr("verified: the log of size %1 is a prefix of the log of size %2").arg(*a).arg(*b) << Qt::endl;
    }
    return ExitOk;
}

// --- sync with the community server ---------------------------------------------------------

// One sync of this device's ledger (`courtyard sync`, and `courtyard enroll` after enrolling,
// with the key it made and join set).
// The server options of `sync` and `enroll`: --server, --pin, --timeout, --community.
struct ServerArgs {
    QUrl url;
    crypto::Digest pin{};
    int timeoutS = 60;
    std::optional<QByteArray> community;
};

// kReadServerArgsOk, or the exit code of the problem (already reported).
constexpr int kReadServerArgsOk = -1;
int readServerArgs(Context &ctx, ServerArgs &args)
{
    const QString server = ctx.parser.value(QStringLiteral("server"));
    args.url = QUrl(server, QUrl::StrictMode);
    const QUrl &url = args.url;
    if (server.isEmpty() || !url.isValid() || url.scheme() != u"wss" || url.host().isEmpty() || url.port() < 1) {
        return ctx.usage(tr("--server needs the server's address as wss://HOST:PORT, e.g. wss://192.168.1.10:8443"));
    }
    if (!ctx.parser.isSet(QStringLiteral("pin"))) {
        return ctx.usage(tr("--pin needs the server certificate's SHA-256 fingerprint, as 'courtyardd --init' printed it"));
    }
    auto pin = sync::parseFingerprint(ctx.parser.value(QStringLiteral("pin")));
    if (!pin) {
        return ctx.fail(pin.error());
    }
    args.pin = *pin;
    args.timeoutS = 60;
    if (ctx.parser.isSet(QStringLiteral("timeout"))) {
        auto t = parseCount(ctx.parser.value(QStringLiteral("timeout")), QStringLiteral("--timeout"));
        if (!t || *t < 1 || *t > 86400) {
            return ctx.usage(tr("--timeout must be a number of seconds from 1 to 86400"));
        }
        args.timeoutS = int(*t);
    }
    std::optional<QByteArray> &community = args.community;
    if (ctx.parser.isSet(QStringLiteral("community"))) {
        const QString hex = ctx.parser.value(QStringLiteral("community"));
        community = QByteArray::fromHex(hex.toLatin1());
        if (community->size() != ledger::kCommunityIdSize || community->toHex() != hex.toLower().toLatin1()) {
            return ctx.usage(tr("--community needs the community id, %1 hex digits").arg(2 * ledger::kCommunityIdSize));
        }
    }
    return kReadServerArgsOk;
}

int syncDevice(Context &ctx, std::optional<crypto::KeyPair> givenKey, bool join, const QJsonObject &extraJson,
               const std::optional<QByteArray> &enrolledIn = std::nullopt)
{
    ServerArgs args;
    if (const int problem = readServerArgs(ctx, args); problem != kReadServerArgsOk) {
        return problem;
    }
    if (!ctx.parser.isSet(QStringLiteral("key"))) {
        return ctx.usage(tr("--key needs this device's key file (its key must hold a role in the community)"));
    }
    const QUrl &url = args.url;
    const int timeoutS = args.timeoutS;
    const std::optional<QByteArray> community = args.community ? args.community : enrolledIn;
    if (!givenKey) {
        auto opened = openKey(ctx, ctx.parser.value(QStringLiteral("key")));
        if (!opened) {
            return ctx.fail(opened.error());
        }
        givenKey = std::move(*opened);
    }
    const crypto::KeyPair &deviceKey = *givenKey;
    syncclient::SyncOptions options;
    options.server = url;
    options.pin = args.pin;
    options.reconnect = false;
    options.requestTimeoutMs = timeoutS * 1000;

    contracts::Registry registry;
    contracts::addStandardContracts(registry);
    const QString db = ctx.dbPath();
    std::unique_ptr<node::Ledger> ledger;
    bool joined = false;
    if (!QFileInfo::exists(db)) {
        if (!join) {
            return ctx.fail(Error{ErrorCode::NotFound, tr("no ledger at %1; to begin this device's ledger from the server, add --join "
                                                          "(and --community ID to check it is the right community)").arg(db)});
        }
        auto genesis = syncclient::fetchGenesisBlock(options, deviceKey, timeoutS * 1000);
        if (!genesis) {
            const int code = ctx.fail(genesis.error());
            return genesis.error().code == ErrorCode::Io ? int(ExitNetwork) : code;
        }
        if (community && genesis->block.header.communityId != *community) {
            return ctx.fail(Error{ErrorCode::Integrity, tr("the server serves community %1, not %2: nothing was created")
                                                            .arg(QString::fromLatin1(genesis->block.header.communityId.toHex()),
                                                                 QString::fromLatin1(community->toHex()))});
        }
        auto created = node::Ledger::createFromGenesisBlock(db, registry, genesis->block, genesis->transaction);
        if (!created) {
            return ctx.fail(created.error());
        }
        ledger = std::move(*created);
        joined = true;
    } else {
        auto opened = node::Ledger::open(db, registry);
        if (!opened) {
            return ctx.fail(opened.error());
        }
        ledger = std::move(*opened);
    }
    if (community && ledger->engine().genesis().communityId != *community) {
        return ctx.fail(Error{ErrorCode::InvalidArgument, tr("%1 is a ledger of another community").arg(db)});
    }

    const quint64 startHeight = ledger->store().blockCount() - 1;
    auto pendingBefore = ledger->store().outbox(store::OutboxState::Pending);
    if (!pendingBefore) {
        return ctx.fail(pendingBefore.error());
    }
    syncclient::SyncClient client(*ledger, deviceKey, options);
    QEventLoop loop;
    int rejected = 0;
    bool live = false;
    const auto settled = [&] {
        auto pending = client.pendingCount();
        return live && pending && *pending == 0;
    };
    QObject::connect(&client, &syncclient::SyncClient::caughtUp, &loop, [&] {
        live = true;
        if (settled()) {
            loop.quit();
        }
    });
    QObject::connect(&client, &syncclient::SyncClient::blockApplied, &loop, [&] {
        if (settled()) {
            loop.quit();
        }
    });
    QObject::connect(&client, &syncclient::SyncClient::transactionRejected, &loop,
                     [&](const ledger::TxId &id, const QString &code, const QString &reason) {
                         ++rejected;
                         ctx.err << tr("courtyard: transaction %1 rejected: %2 (%3)").arg(crypto::toHex(id).left(16), reason, code) << Qt::endl;
                         if (settled()) {
                             loop.quit();
                         }
                     });
    QObject::connect(&client, &syncclient::SyncClient::stateChanged, &loop, [&](syncclient::SyncState state) {
        if (state == syncclient::SyncState::Offline || state == syncclient::SyncState::Refused || state == syncclient::SyncState::Diverged) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutS * 1000, &loop, &QEventLoop::quit);
    client.start();
    loop.exec();
    const syncclient::SyncState state = client.state();
    client.stop();

    const quint64 height = ledger->store().blockCount() - 1;
    auto pendingAfter = ledger->store().outbox(store::OutboxState::Pending);
    const qint64 pending = pendingAfter ? qint64(pendingAfter->size()) : -1;
    const bool ok = settled() || (state == syncclient::SyncState::Live && pending == 0);
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("ok"), ok},
                       {QStringLiteral("db"), db},
                       {QStringLiteral("joined"), joined},
                       {QStringLiteral("state"), syncclient::syncStateName(state)},
                       {QStringLiteral("height"), qint64(height)},
                       {QStringLiteral("blocks_applied"), qint64(height - startHeight)},
                       {QStringLiteral("submitted"), qint64(pendingBefore->size())},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("pending"), pending},
                       {QStringLiteral("error"), client.lastError()}};
        for (auto it = extraJson.begin(); it != extraJson.end(); ++it) {
            o.insert(it.key(), it.value());
        }
        ctx.printJson(o);
    }
    if (state == syncclient::SyncState::Diverged) {
        ctx.err << tr("courtyard: verification FAILED: %1").arg(client.lastError()) << Qt::endl
                << tr("  Nothing of it was applied; the evidence is in %1. Tell the committee.").arg(client.evidenceDir()) << Qt::endl;
        return ExitVerificationFailed;
    }
    if (state == syncclient::SyncState::Refused) {
        ctx.err << tr("courtyard: %1").arg(client.lastError()) << Qt::endl;
        return ExitBadInput;
    }
    if (!ok) {
        ctx.err << tr("courtyard: the sync did not finish: %1 (%2 of this device's transactions still pending)")
                       .arg(client.lastError().isEmpty() ? tr("timed out after %1 s").arg(timeoutS) : client.lastError())
                       .arg(pending)
                << Qt::endl;
        return ExitNetwork;
    }
    if (!ctx.json()) {
        ctx.out << tr("synced with %1: height %2 (%3 new blocks verified), %4 transactions sent, %5 rejected, %6 pending")
                       .arg(url.toString()).arg(height).arg(height - startHeight).arg(pendingBefore->size()).arg(rejected).arg(pending)
                << Qt::endl;
    }
    return ExitOk;
}

// `courtyard enroll`: a new device presents a manager's one-time code with its own key (made
// here when --key names no file yet), waits until the server has sealed its device.enroll, then
// begins its ledger from the server's block 0 and syncs, verifying every block.
int cmdEnroll(Context &ctx)
{
    ServerArgs args;
    if (const int problem = readServerArgs(ctx, args); problem != kReadServerArgsOk) {
        return problem;
    }
    if (!ctx.parser.isSet(QStringLiteral("code"))) {
        return ctx.usage(tr("enroll needs --code CODE, the one-time enrollment code a manager made (courtyard device authorize)"));
    }
    const QString code = ctx.parser.value(QStringLiteral("code"));
    if (!contracts::normalizeEnrollmentCode(code)) {
        return ctx.usage(tr("'%1' is not an enrollment code: it is %2 letters and digits, like 7K3Q-X9MD-R2TW-H4NB")
                             .arg(code)
                             .arg(contracts::kEnrollmentCodeLength));
    }
    if (!ctx.parser.isSet(QStringLiteral("key"))) {
        return ctx.usage(tr("enroll needs --key FILE: this device's key file, made there when it does not exist yet"));
    }
    const QString keyPath = ctx.parser.value(QStringLiteral("key"));
    const QString db = ctx.dbPath();
    if (QFileInfo::exists(db)) {
        return ctx.fail(Error{ErrorCode::Conflict, tr("there is a ledger at %1 already: this device is enrolled; use 'courtyard sync'. "
                                                      "To enroll it again, move that ledger away first")
                                                       .arg(db)});
    }
    // A key made here is kept even when the enrollment fails: the same key and code can be sent again
    // (the server answers the same transaction with its first answer), and nothing else uses it.
    bool madeKey = false;
    std::optional<crypto::KeyPair> key;
    if (QFileInfo::exists(keyPath)) {
        auto opened = openKey(ctx, keyPath);
        if (!opened) {
            return ctx.fail(opened.error());
        }
        key = std::move(*opened);
    } else {
        const QString label = ctx.parser.isSet(QStringLiteral("label")) ? ctx.parser.value(QStringLiteral("label")) : QFileInfo(keyPath).baseName();
        auto made = writeNewKeyFile(ctx, keyPath, label, crypto::KdfStrength::Moderate);
        if (!made) {
            return ctx.fail(made.error());
        }
        key = std::move(*made);
        madeKey = true;
    }
    syncclient::SyncOptions options;
    options.server = args.url;
    options.pin = args.pin;
    options.reconnect = false;
    options.requestTimeoutMs = args.timeoutS * 1000;
    auto enrolled = syncclient::enrollDevice(options, *key, code, args.community, args.timeoutS * 1000);
    if (!enrolled) {
        const int exit = ctx.fail(enrolled.error().prefixed(tr("not enrolled")));
        if (madeKey) {
            ctx.err << tr("courtyard: the new key stays in %1; run the same command again to retry with it").arg(keyPath) << Qt::endl;
        }
        return enrolled.error().code == ErrorCode::Io ? int(ExitNetwork) : exit;
    }
    if (!ctx.json()) {
        ctx.out << tr("enrolled: key %1 holds the role 'kiosk' in community %2 (block %3, transaction %4)")
                       .arg(key->publicKey().toHex(), QString::fromLatin1(enrolled->communityId.toHex()))
                       .arg(enrolled->height)
                       .arg(crypto::toHex(enrolled->transaction).left(16))
                << Qt::endl;
    }
    const QJsonObject extra{{QStringLiteral("enrolled"), true},
                            {QStringLiteral("public_key"), key->publicKey().toHex()},
                            {QStringLiteral("key_file"), keyPath},
                            {QStringLiteral("key_made"), madeKey},
                            {QStringLiteral("community_id"), QString::fromLatin1(enrolled->communityId.toHex())},
                            {QStringLiteral("enrollment_block"), qint64(enrolled->height)},
                            {QStringLiteral("enrollment_transaction"), crypto::toHex(enrolled->transaction)}};
    // The join checks block 0 against the community the device was enrolled in.
    return syncDevice(ctx, std::move(key), /*join=*/true, extra, enrolled->communityId);
}

int cmdSync(Context &ctx)
{
    return syncDevice(ctx, std::nullopt, ctx.parser.isSet(QStringLiteral("join")), {});
}

// `courtyard proposal list|sign|decline|withdraw` (proposals.h): one conversation with the
// server, signed in with --key.
int cmdProposal(Context &ctx, const QString &action)
{
    ServerArgs args;
    if (const int problem = readServerArgs(ctx, args); problem != kReadServerArgsOk) {
        return problem;
    }
    if (!ctx.parser.isSet(QStringLiteral("key"))) {
        return ctx.usage(tr("--key needs your key file (a manager's or committee member's key)"));
    }
    const QStringList positional = ctx.parser.positionalArguments();
    const QString id = positional.value(2);
    if (action != u"list" && id.isEmpty()) {
        return ctx.usage(tr("'proposal %1' needs the proposal's id (at least 8 hex digits, as 'courtyard proposal list' shows it)").arg(action));
    }
    const QString reason = ctx.parser.value(QStringLiteral("reason"));
    if (action == u"decline" && reason.trimmed().isEmpty()) {
        return ctx.usage(tr("'proposal decline' needs --reason TEXT: the committee and the author read why"));
    }
    auto key = openKey(ctx, ctx.parser.value(QStringLiteral("key")));
    if (!key) {
        return ctx.fail(key.error().prefixed(QStringLiteral("--key")));
    }
    syncclient::SyncOptions options;
    options.server = args.url;
    options.pin = args.pin;
    options.reconnect = false;
    const ProposalCommand c{ctx.out, ctx.err, ctx.json(), options, args.timeoutS * 1000, *key};
    if (action == u"list") {
        return proposalList(c);
    }
    if (action == u"sign") {
        return proposalSign(c, id);
    }
    if (action == u"decline") {
        return proposalDecline(c, id, reason);
    }
    return proposalWithdraw(c, id, reason);
}

// A transaction command with --propose: sent to the server as a proposal for the committee to
// co-sign, instead of being sealed here or queued.
int proposeFromCommand(Context &ctx, const CommandSpec &spec, const BatchLine &line)
{
    ServerArgs args;
    if (const int problem = readServerArgs(ctx, args); problem != kReadServerArgsOk) {
        return problem;
    }
    auto key = openKey(ctx, line.signers.front());
    if (!key) {
        return ctx.fail(key.error().prefixed(QStringLiteral("--key")));
    }
    // Co-signed (ledger format 2): no sequence, so neither the ledger nor the outbox is asked for one.
    syncclient::SyncOptions options;
    options.server = args.url;
    options.pin = args.pin;
    options.reconnect = false;
    const ProposalCommand c{ctx.out, ctx.err, ctx.json(), options, args.timeoutS * 1000, *key};
    // line.timeMs (--time, else this computer's clock) is never before the ledger's last block.
    return proposalCreate(c, spec.kind, spec.version, line.payload, ctx.parser.value(QStringLiteral("proposal-note")), line.timeMs);
}

int cmdCheckpoint(Context &ctx)
{
    auto store = openStore(ctx);
    if (!store) {
        return ctx.fail(store.error());
    }
    auto genesis = (*store)->genesis();
    if (!genesis) {
        return ctx.fail(genesis.error());
    }
    const ledger::NoteKey noteKey{genesis->logOrigin(), genesis->sealer};
    if (ctx.parser.isSet(QStringLiteral("vkey"))) {
        if (ctx.json()) {
            ctx.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("vkey"), noteKey.verifierKey()}});
        } else {
            ctx.out << noteKey.verifierKey() << Qt::endl;
        }
        return ExitOk;
    }
    Result<ledger::SealedBlock> block = (*store)->tip();
    if (ctx.parser.isSet(QStringLiteral("height"))) {
        auto h = parseCount(ctx.parser.value(QStringLiteral("height")), QStringLiteral("--height"));
        if (!h) {
            return ctx.fail(h.error());
        }
        block = (*store)->block(*h).and_then([](const store::StoredBlock &b) {
            return ledger::SealedBlock::fromParts(b.header, b.signature, b.checkpointSignature);
        });
    }
    if (!block) {
        return ctx.fail(block.error());
    }
    const QByteArray note = block->signedCheckpoint(noteKey.name, noteKey.key);
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), true},
                       {QStringLiteral("origin"), noteKey.name},
                       {QStringLiteral("size"), qint64(block->header.logSize())},
                       {QStringLiteral("root"), crypto::toHex(block->header.logRoot)},
                       {QStringLiteral("height"), qint64(block->header.height)},
                       {QStringLiteral("note"), QString::fromUtf8(note)},
                       {QStringLiteral("vkey"), noteKey.verifierKey()}});
    } else {
        ctx.out << QString::fromUtf8(note);
    }
    return ExitOk;
}

QString amountText(qint64 minor, const QString &code); // below, with the books

int cmdDemo(Context &ctx)
{
    DemoOptions options;
    if (ctx.parser.isSet(QStringLiteral("transactions"))) {
        auto n = parseCount(ctx.parser.value(QStringLiteral("transactions")), QStringLiteral("--transactions"));
        // A bound on the demo's run time (a few minutes at 20,000 on this kind of machine).
        if (!n || *n > 20000) {
            return ctx.usage(tr("--transactions must be a number from 0 to 20000"));
        }
        options.transactions = int(*n);
    }
    if (ctx.parser.isSet(QStringLiteral("block-size"))) {
        auto n = parseCount(ctx.parser.value(QStringLiteral("block-size")), QStringLiteral("--block-size"));
        if (!n || *n < 1 || *n > 10000) {
            return ctx.usage(tr("--block-size must be a number from 1 to 10000"));
        }
        options.blockSize = int(*n);
    }
    QString dir;
    std::unique_ptr<QTemporaryDir> temp;
    if (ctx.parser.isSet(QStringLiteral("db")) && !ctx.parser.isSet(QStringLiteral("dir"))) {
        dir = QFileInfo(ctx.parser.value(QStringLiteral("db"))).absolutePath();
    } else if (ctx.parser.isSet(QStringLiteral("dir"))) {
        dir = ctx.parser.value(QStringLiteral("dir"));
        if (!QDir().mkpath(dir)) {
            return ctx.fail(Error{ErrorCode::Io, tr("cannot create the folder %1").arg(dir)});
        }
    } else {
        temp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/courtyard-demo-XXXXXX"));
        if (!temp->isValid()) {
            return ctx.fail(Error{ErrorCode::Io, tr("cannot create a temporary folder: %1").arg(temp->errorString())});
        }
        temp->setAutoRemove(false); // the user is told where it is, to look at it afterwards
        dir = temp->path();
    }
    options.ledgerPath = ctx.parser.isSet(QStringLiteral("db")) ? ctx.parser.value(QStringLiteral("db"))
                                                                : QDir(dir).filePath(QStringLiteral("courtyard.db"));
    if (QFileInfo::exists(options.ledgerPath)) {
        return ctx.fail(Error{ErrorCode::Conflict, tr("%1 already exists; pick an empty --dir").arg(options.ledgerPath)});
    }

    if (!ctx.json()) {
        ctx.out << tr("Building the demo community in %1").arg(dir) << Qt::endl;
    }
    const DemoKeys keys = demoKeys(options.seed);
    QElapsedTimer timer;
    timer.start();
    auto demo = buildDemoCommunity(options, keys);
    if (!demo) {
        return ctx.fail(demo.error());
    }
    const qint64 buildMs = timer.elapsed();
    timer.restart();
    store::Store &store = demo->ledger->store();
    const DemoFigures &f = demo->figures;
    const int threads = QThread::idealThreadCount();
    auto report = verify::verifyStore(store, verify::Options(threads));
    if (!report) {
        return ctx.fail(report.error());
    }
    const qint64 verifyMs = timer.elapsed();
    auto genesis = store.genesis();
    auto tip = store.tip();
    if (!genesis || !tip) {
        return ctx.fail(!genesis ? genesis.error() : tip.error());
    }
    const QByteArray note = tip->signedCheckpoint(genesis->logOrigin(), genesis->sealer);
    const QString stateRoot = crypto::toHex(tip->header.stateRoot);
    const bool balanced = f.debits == f.credits;

    if (ctx.json()) {
        QJsonObject kinds;
        for (auto it = demo->kinds.cbegin(); it != demo->kinds.cend(); ++it) {
            kinds.insert(it.key(), it.value());
        }
        ctx.printJson({{QStringLiteral("ok"), report->ok() && balanced},
                       {QStringLiteral("db"), options.ledgerPath},
                       {QStringLiteral("community"), genesis->name},
                       {QStringLiteral("currency"), genesis->currency},
                       {QStringLiteral("blocks"), qint64(demo->blocks)},
                       {QStringLiteral("transactions"), qint64(report->transactions)}, // in the ledger, genesis included
                       {QStringLiteral("kinds"), kinds},
                       {QStringLiteral("months"), f.months},
                       {QStringLiteral("units"), f.units},
                       {QStringLiteral("residents"), f.residents},
                       {QStringLiteral("cards"), f.cards},
                       {QStringLiteral("leases"), f.leases},
                       {QStringLiteral("invoices_issued"), f.invoicesIssued},
                       {QStringLiteral("invoices_paid"), f.invoicesPaid},
                       {QStringLiteral("payments"), QJsonObject{{QStringLiteral("total"), f.payments},
                                                                {QStringLiteral("on_time"), f.paymentsOnTime},
                                                                {QStringLiteral("late"), f.paymentsLate},
                                                                {QStringLiteral("partial"), f.paymentsPartial},
                                                                {QStringLiteral("overpaid"), f.paymentsOver}}},
                       {QStringLiteral("pin_failures"), f.pinFailures},
                       {QStringLiteral("repairs_requested"), f.repairsRequested},
                       {QStringLiteral("repairs_paid"), f.repairsPaid},
                       {QStringLiteral("expenses"), f.expenses},
                       {QStringLiteral("trial_balance"), QJsonObject{{QStringLiteral("debits"), f.debits},
                                                                     {QStringLiteral("credits"), f.credits},
                                                                     {QStringLiteral("balanced"), balanced}}},
                       {QStringLiteral("state_root"), stateRoot},
                       {QStringLiteral("build_ms"), buildMs},
                       {QStringLiteral("verify_ms"), verifyMs},
                       {QStringLiteral("verified_signatures"), qint64(report->signatures)},
                       {QStringLiteral("checkpoint"), QString::fromUtf8(note)}});
    } else {
        const QString currency = genesis->currency;
        ctx.out << tr("  community '%1', %2, time zone %3").arg(genesis->name, currency, genesis->timeZone) << Qt::endl
                << tr("  committee of %1 (quorum %2) granted a manager, %3 kiosks and an auditor, and set the property fee rule")
                       .arg(genesis->committee.size()).arg(genesis->quorum).arg(keys.kiosks.size())
                << Qt::endl
                << tr("  %1 units, %2 residents with cards, %3 leases").arg(f.units).arg(f.residents).arg(f.leases) << Qt::endl
                << tr("  %1 months billed: %2 invoices issued, %3 paid in full").arg(f.months).arg(f.invoicesIssued).arg(f.invoicesPaid)
                << Qt::endl
                << tr("  %1 payments: %2 on time, %3 late; %4 partial, %5 more than owed; %6 wrong PINs at the kiosks")
                       .arg(f.payments).arg(f.paymentsOnTime).arg(f.paymentsLate).arg(f.paymentsPartial).arg(f.paymentsOver).arg(f.pinFailures)
                << Qt::endl
                << tr("  %1 repairs requested, %2 paid to the vendor; %3 other expenses")
                       .arg(f.repairsRequested).arg(f.repairsPaid).arg(f.expenses)
                << Qt::endl
                << tr("  trial balance: debits %1, credits %2 %3: %4")
                       .arg(amountText(f.debits, currency), amountText(f.credits, currency), currency,
                            balanced ? tr("balanced") : tr("NOT balanced"))
                << Qt::endl
                << tr("  %1 transactions checked by the contracts, sealed into %2 blocks in %3 ms")
                       .arg(demo->transactions).arg(demo->blocks).arg(buildMs)
                << Qt::endl;
        for (auto it = demo->kinds.cbegin(); it != demo->kinds.cend(); ++it) {
            ctx.out << QStringLiteral("    %1 %2").arg(it.value(), 6).arg(it.key()) << Qt::endl;
        }
        ctx.out << tr("  state root %1").arg(stateRoot) << Qt::endl;
        if (report->ok()) {
            ctx.out << tr("  verified every block and signature from genesis in %1 ms: %2 signatures, log root %3")
                           .arg(verifyMs).arg(report->signatures).arg(crypto::toHex(report->logRoot))
                    << Qt::endl
                    << tr("Current checkpoint (C2SP signed note):") << Qt::endl
                    << QString::fromUtf8(note)
                    << tr("Try: courtyard verify --db %1").arg(options.ledgerPath) << Qt::endl
                    << tr("     courtyard replay --db %1").arg(options.ledgerPath) << Qt::endl
                    << tr("     courtyard trial-balance --db %1").arg(options.ledgerPath) << Qt::endl;
        }
    }
    if (!balanced) {
        ctx.err << tr("courtyard: the demo's trial balance does not balance") << Qt::endl;
        return ExitVerificationFailed;
    }
    if (!report->ok()) {
        ctx.err << tr("courtyard: the demo ledger did not verify: %1").arg(report->problem->describe()) << Qt::endl;
        return ExitVerificationFailed;
    }
    return ExitOk;
}

// --- batches and books -------------------------------------------------------------------

// An amount for people: Money::format in the C locale ("1234.50"); minor units as a fallback
// for a currency this build does not know.
QString amountText(qint64 minor, const QString &code)
{
    if (auto currency = money::currencyByCode(code)) {
        if (auto m = money::Money::fromMinor(minor, *currency)) {
            return m->format(QLocale::c());
        }
    }
    return QString::number(minor);
}

contracts::Registry standardRegistry()
{
    contracts::Registry registry;
    contracts::addStandardContracts(registry);
    return registry;
}

// What `apply` and the transaction commands share once their lines are built: every key file of
// the lines is a key file and --sealer-key is the ledger's sealer (checked before any passphrase is
// asked for), the keys are opened, the ledger is opened for writing and the lines are applied by
// applyBatch (sequence numbers, signatures, submission, one block per time). signerWhere names a
// signer in an error (the line and the signer's index); stopped prefixes a storage error while
// applying.
Result<BatchReport> signAndApply(const Context &ctx, const std::vector<BatchLine> &lines, const crypto::PublicKey &sealerPublic,
                                 const std::function<QString(const BatchLine &, qsizetype)> &signerWhere, const QString &stopped)
{
    std::vector<QString> keyFiles;
    for (const BatchLine &line : lines) {
        for (qsizetype i = 0; i < line.signers.size(); ++i) {
            const QString &signer = line.signers[i];
            if (std::find(keyFiles.begin(), keyFiles.end(), signer) != keyFiles.end()) {
                continue;
            }
            auto info = readFile(signer).and_then([](const QByteArray &b) { return crypto::inspectKeyFile(b); });
            if (!info) {
                return fail(info.error().prefixed(signerWhere(line, i)));
            }
            keyFiles.push_back(signer);
        }
    }
    const QString sealerPath = ctx.parser.value(QStringLiteral("sealer-key"));
    CY_TRY(const crypto::KeyFileInfo sealerInfo, readFile(sealerPath).and_then([](const QByteArray &b) {
                                                     return crypto::inspectKeyFile(b);
                                                 }).map_error([](const Error &e) { return e.prefixed(tr("sealer key")); }));
    if (!(sealerInfo.publicKey == sealerPublic)) {
        return fail(ErrorCode::InvalidArgument, tr("%1 is not this ledger's sealer (its key is %2, the genesis names %3)")
                                                    .arg(sealerPath, sealerInfo.publicKey.toHex(), sealerPublic.toHex()));
    }
    std::map<QString, crypto::KeyPair> keys;
    for (const QString &file : keyFiles) {
        CY_TRY(crypto::KeyPair key, openKey(ctx, file));
        keys.emplace(file, std::move(key));
    }
    CY_TRY(const crypto::KeyPair sealer, openKey(ctx, sealerPath));
    const contracts::Registry registry = standardRegistry();
    CY_TRY(std::unique_ptr<node::Ledger> ledger, node::Ledger::open(ctx.dbPath(), registry));
    auto report = applyBatch(*ledger, lines, keys, sealer);
    if (!report) {
        return fail(report.error().prefixed(stopped));
    }
    return report;
}

int cmdApply(Context &ctx)
{
    const QStringList args = ctx.parser.positionalArguments();
    if (args.size() != 2) {
        return ctx.usage(tr("apply needs the batch file: courtyard apply FILE.jsonl"));
    }
    if (!ctx.parser.isSet(QStringLiteral("sealer-key"))) {
        return ctx.usage(tr("apply needs --sealer-key FILE, the server key that seals the blocks"));
    }
    const QString path = args[1];
    auto text = readFile(path, qint64(256) << 20);
    if (!text) {
        return ctx.fail(text.error());
    }
    // Everything is checked before a passphrase is asked for or a byte written: the batch's
    // shape and times, every key file, the sealer key.
    quint64 notBefore = 0;
    crypto::PublicKey sealerPublic;
    {
        auto store = openStore(ctx);
        if (!store) {
            return ctx.fail(store.error());
        }
        auto tip = (*store)->tip();
        auto genesis = (*store)->genesis();
        if (!tip || !genesis) {
            return ctx.fail(!tip ? tip.error() : genesis.error());
        }
        notBefore = tip->header.timeMs;
        sealerPublic = genesis->sealer;
    }
    auto lines = parseBatch(*text, QFileInfo(path).absolutePath(), notBefore);
    if (!lines) {
        return ctx.fail(lines.error().prefixed(path));
    }
    auto report = signAndApply(ctx, *lines, sealerPublic,
                               [&path](const BatchLine &line, qsizetype) { return tr("%1: line %2: signer").arg(path).arg(line.line); },
                               tr("the batch stopped (blocks sealed before this stay)"));
    if (!report) {
        return ctx.fail(report.error());
    }
    const int rejected = report->rejected();
    const int total = int(report->lines.size());
    if (ctx.json()) {
        QJsonArray results;
        for (const LineResult &r : report->lines) {
            QJsonObject o{{QStringLiteral("line"), r.line},
                          {QStringLiteral("kind"), r.kind},
                          {QStringLiteral("status"), r.accepted ? QStringLiteral("accepted") : QStringLiteral("rejected")}};
            if (r.accepted) {
                o.insert(QStringLiteral("block"), qint64(r.blockHeight));
                o.insert(QStringLiteral("log_index"), qint64(r.logIndex));
                o.insert(QStringLiteral("transaction_id"), r.transactionId);
                o.insert(QStringLiteral("time"), isoTime(r.timeMs));
            } else {
                o.insert(QStringLiteral("code"), r.code);
                o.insert(QStringLiteral("message"), r.message);
            }
            results.append(o);
        }
        QJsonArray blocks;
        for (quint64 h : report->blocks) {
            blocks.append(qint64(h));
        }
        ctx.printJson({{QStringLiteral("ok"), rejected == 0},
                       {QStringLiteral("db"), ctx.dbPath()},
                       {QStringLiteral("lines"), total},
                       {QStringLiteral("accepted"), total - rejected},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("blocks"), blocks},
                       {QStringLiteral("results"), results}});
    } else {
        for (const LineResult &r : report->lines) {
            if (r.accepted) {
                ctx.out << tr("line %1  %2  accepted: block %3, log index %4, transaction %5")
                               .arg(r.line).arg(r.kind).arg(r.blockHeight).arg(r.logIndex).arg(r.transactionId)
                        << Qt::endl;
            } else {
                ctx.out << tr("line %1  %2  REJECTED %3: %4").arg(r.line).arg(r.kind, r.code, r.message) << Qt::endl;
            }
        }
        ctx.out << tr("%1 of %2 lines accepted into %3 new blocks.").arg(total - rejected).arg(total).arg(report->blocks.size())
                << Qt::endl;
    }
    if (rejected > 0) {
        ctx.err << "courtyard: " << tr("%1 of %2 lines were rejected; the others were applied").arg(rejected).arg(total) << Qt::endl;
        return ExitVerificationFailed;
    }
    return ExitOk;
}

// --- one transaction per command (commands.h) ----------------------------------------------

QString enrollmentCodeText(const BuiltPayload &built)
{
    return built.enrollmentCode.isEmpty() ? QString() : contracts::formatEnrollmentCode(built.enrollmentCode);
}

// device.authorize made a new code: it is shown once, here, and never stored (the ledger holds its hash).
void printEnrollmentCode(Context &ctx, const BuiltPayload &built, const cbor::Value &payload)
{
    if (built.enrollmentCode.isEmpty() || ctx.json()) {
        return;
    }
    QString until;
    if (auto r = cbor::Record::from(payload, QStringLiteral("payload")); r && r->has(u"expires")) {
        until = isoTime(*r->uint(u"expires"));
    }
    ctx.out << tr("  enrollment code: %1").arg(enrollmentCodeText(built)) << Qt::endl
            << tr("  valid until %1 (block time), for one device. Give it to whoever sets the device up, with the server's "
                  "address and certificate fingerprint; it is not shown again.")
                   .arg(until)
            << Qt::endl;
}

// A transaction signed here and kept in this device's outbox (Store::enqueue) until `courtyard
// sync` sends it to the server, which seals it. It is checked first against this device's state
// with the outbox's earlier transactions applied, so a refusal is caught here (exit 3, nothing
// written); the server checks it again against its newer state.
int queueTransaction(Context &ctx, const CommandSpec &spec, const BatchLine &line, const BuiltPayload &built, const QByteArray &communityId)
{
    std::vector<crypto::KeyPair> keys;
    for (qsizetype i = 0; i < line.signers.size(); ++i) {
        auto key = openKey(ctx, line.signers[i]);
        if (!key) {
            return ctx.fail(key.error().prefixed(i == 0 ? QStringLiteral("--key") : QStringLiteral("--cosign")));
        }
        keys.push_back(std::move(*key));
    }
    const contracts::Registry registry = standardRegistry();
    auto ledger = node::Ledger::open(ctx.dbPath(), registry);
    if (!ledger) {
        return ctx.fail(ledger.error());
    }
    auto waiting = (*ledger)->store().outbox(store::OutboxState::Pending);
    if (!waiting) {
        return ctx.fail(waiting.error());
    }
    for (const store::OutboxEntry &entry : *waiting) {
        auto tx = ledger::Transaction::decode(entry.bytes);
        if (tx) {
            auto ignored = (*ledger)->submit(*tx, line.timeMs); // a waiting one refused now is the server's to answer
            Q_UNUSED(ignored);
        }
    }
    std::optional<contracts::Rejection> rejection;
    auto entry = (*ledger)->store().enqueue(keys.front().publicKey(), line.timeMs, [&](quint64 sequence) -> Result<ledger::Transaction> {
        ledger::TransactionBody body;
        body.kind = line.kind;
        body.kindVersion = line.version;
        body.communityId = communityId;
        body.author = keys.front().publicKey();
        body.sequence = sequence;
        body.payload = line.payload;
        CY_TRY(ledger::Transaction tx, ledger::Transaction::create(std::move(body), keys.front()));
        for (std::size_t i = 1; i < keys.size(); ++i) {
            CY_TRY(tx, tx.withSignature(keys[i]));
        }
        CY_TRY(const std::optional<contracts::Rejection> verdict, (*ledger)->submit(tx, line.timeMs));
        if (verdict) {
            rejection = *verdict;
            return fail(ErrorCode::InvalidArgument, verdict->message);
        }
        return tx;
    });
    if (rejection) {
        if (ctx.json()) {
            ctx.printJson({{QStringLiteral("ok"), false},
                           {QStringLiteral("error"), QStringLiteral("rejected")},
                           {QStringLiteral("status"), QStringLiteral("rejected")},
                           {QStringLiteral("kind"), spec.kind},
                           {QStringLiteral("code"), rejection->code},
                           {QStringLiteral("message"), rejection->message}});
        }
        ctx.err << "courtyard: " << tr("rejected: %1 %2: %3; nothing was written").arg(spec.kind, rejection->code, rejection->message) << Qt::endl;
        return ExitBadInput;
    }
    if (!entry) {
        return ctx.fail(entry.error());
    }
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), true},
                       {QStringLiteral("status"), QStringLiteral("queued")},
                       {QStringLiteral("db"), ctx.dbPath()},
                       {QStringLiteral("kind"), spec.kind},
                       {QStringLiteral("version"), qint64(spec.version)},
                       {QStringLiteral("transaction_id"), crypto::toHex(entry->id)},
                       {QStringLiteral("sequence"), qint64(entry->sequence)},
                       {QStringLiteral("signers"), int(keys.size())},
                       {QStringLiteral("enrollment_code"), enrollmentCodeText(built)},
                       {QStringLiteral("payload"), built.payload.diagnostic()}});
    } else {
        ctx.out << tr("queued: %1 tx %2 (sequence %3) waits in the outbox of %4; 'courtyard sync' sends it to the server")
                       .arg(spec.kind, crypto::toHex(entry->id))
                       .arg(entry->sequence)
                       .arg(ctx.dbPath())
                << Qt::endl;
        for (const auto &[name, id] : built.generated) {
            ctx.out << tr("  new %1 id: %2").arg(name, toHex(id)) << Qt::endl;
        }
    }
    printEnrollmentCode(ctx, built, line.payload);
    return ExitOk;
}

// `courtyard lease create ...` and the other kinds: the payload from the options, then the same
// path as a one-line batch (signAndApply -> applyBatch), sealed into a block of its own.
int cmdTransaction(Context &ctx, const CommandSpec &spec)
{
    if (const QString problem = usageProblem(spec, ctx.parser); !problem.isEmpty()) {
        return ctx.usage(problem);
    }
    if (!ctx.parser.isSet(QStringLiteral("key"))) {
        return ctx.usage(tr("%1 needs --key FILE, the key file of its author: %2").arg(spec.name(), spec.signers));
    }
    // Without the sealer's key the transaction waits in this device's outbox for `courtyard sync`.
    const bool queue = !ctx.parser.isSet(QStringLiteral("sealer-key"));
    if (ctx.parser.isSet(QStringLiteral("propose")) &&
        (ctx.parser.isSet(QStringLiteral("sealer-key")) || ctx.parser.isSet(QStringLiteral("cosign")))) {
        return ctx.usage(tr("--propose sends the transaction signed with --key alone to the server (--server, --pin); the "
                            "committee signs it on their own devices: leave out --sealer-key and --cosign"));
    }
    if (!ctx.parser.isSet(QStringLiteral("propose")) && ctx.parser.isSet(QStringLiteral("proposal-note"))) {
        return ctx.usage(tr("--proposal-note goes with --propose"));
    }
    for (const QString &single : {QStringLiteral("key"), QStringLiteral("sealer-key"), QStringLiteral("time"), QStringLiteral("db")}) {
        if (ctx.parser.values(single).size() > 1) {
            return ctx.usage(single == QLatin1String("key")
                                 ? tr("--key is given %1 times: give the author's key file once, and each co-signer's with --cosign")
                                       .arg(ctx.parser.values(single).size())
                                 : tr("--%1 is given %2 times; give it once").arg(single).arg(ctx.parser.values(single).size()));
        }
    }
    QStringList signers;
    QStringList seen; // absolute paths: c1.key and ./c1.key are one file
    for (const QString &file : ctx.parser.values(QStringLiteral("key")) + ctx.parser.values(QStringLiteral("cosign"))) {
        const QString clean = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
        if (seen.contains(clean)) {
            return ctx.usage(tr("the key file %1 is given twice (--key and --cosign name each signer once)").arg(file));
        }
        seen.append(clean);
        signers.append(file);
    }
    if (signers.size() > ledger::kMaxSignatures) {
        return ctx.usage(tr("a transaction has at most %1 signers").arg(ledger::kMaxSignatures));
    }

    // Everything is checked before a passphrase is asked for or a byte written.
    std::vector<BatchLine> lines(1);
    BatchLine &line = lines.front();
    line.line = 1;
    line.kind = spec.kind;
    line.version = spec.version;
    line.signers = signers;
    crypto::PublicKey sealerPublic;
    QByteArray communityId;
    BuiltPayload built;
    {
        auto store = openStore(ctx);
        if (!store) {
            return ctx.fail(store.error());
        }
        auto tip = (*store)->tip();
        auto genesis = (*store)->genesis();
        if (!tip || !genesis) {
            return ctx.fail(!tip ? tip.error() : genesis.error());
        }
        sealerPublic = genesis->sealer;
        auto currency = money::currencyByCode(genesis->currency);
        if (!currency) {
            return ctx.fail(currency.error());
        }
        const quint64 last = tip->header.timeMs;
        if (ctx.parser.isSet(QStringLiteral("time"))) {
            auto time = parseBlockTime(ctx.parser.value(QStringLiteral("time")));
            if (!time) {
                return ctx.fail(time.error().prefixed(QStringLiteral("--time")));
            }
            if (*time < last) {
                return ctx.fail(Error{ErrorCode::InvalidArgument,
                                      tr("--time %1 is before the ledger's last block (%2, block %3): block times must not go "
                                         "backwards; nothing was written")
                                          .arg(isoTime(*time), isoTime(last))
                                          .arg(tip->header.height)});
            }
            line.timeMs = *time;
        } else {
            line.timeMs = quint64(std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch()));
            if (line.timeMs < last) {
                return ctx.fail(Error{ErrorCode::InvalidArgument,
                                      tr("the ledger's last block (block %1) has the time %2, after this computer's clock (%3): "
                                         "block times must not go backwards. Check the clock, or pass --time at or after %2; "
                                         "nothing was written")
                                          .arg(tip->header.height)
                                          .arg(isoTime(last), isoTime(line.timeMs))});
            }
        }
        communityId = genesis->communityId;
        auto payload = buildPayload(spec, ctx.parser, PayloadContext{*currency, &(*store)->state(), genesis->communityId, line.timeMs});
        if (!payload) {
            return ctx.fail(payload.error());
        }
        built = std::move(*payload);
    }
    line.payload = built.payload;
    if (ctx.parser.isSet(QStringLiteral("propose"))) {
        return proposeFromCommand(ctx, spec, line);
    }
    if (queue) {
        return queueTransaction(ctx, spec, line, built, communityId);
    }
    auto report = signAndApply(
        ctx, lines, sealerPublic,
        [](const BatchLine &, qsizetype index) { return index == 0 ? QStringLiteral("--key") : QStringLiteral("--cosign"); },
        tr("the transaction was not applied"));
    if (!report) {
        return ctx.fail(report.error());
    }
    const LineResult &result = report->lines.front();
    if (!result.accepted) {
        if (ctx.json()) {
            ctx.printJson({{QStringLiteral("ok"), false},
                           {QStringLiteral("error"), QStringLiteral("rejected")},
                           {QStringLiteral("status"), QStringLiteral("rejected")},
                           {QStringLiteral("kind"), spec.kind},
                           {QStringLiteral("code"), result.code},
                           {QStringLiteral("message"), result.message}});
        }
        ctx.err << "courtyard: " << tr("rejected: %1 %2: %3; nothing was written").arg(spec.kind, result.code, result.message) << Qt::endl;
        return ExitBadInput;
    }
    if (ctx.json()) {
        QJsonObject ids;
        for (const auto &[name, id] : built.generated) {
            ids.insert(name, toHex(id));
        }
        ctx.printJson({{QStringLiteral("ok"), true},
                       {QStringLiteral("status"), QStringLiteral("accepted")},
                       {QStringLiteral("db"), ctx.dbPath()},
                       {QStringLiteral("kind"), spec.kind},
                       {QStringLiteral("version"), qint64(spec.version)},
                       {QStringLiteral("transaction_id"), result.transactionId},
                       {QStringLiteral("block"), qint64(result.blockHeight)},
                       {QStringLiteral("log_index"), qint64(result.logIndex)},
                       {QStringLiteral("time"), isoTime(result.timeMs)},
                       {QStringLiteral("signers"), int(signers.size())},
                       {QStringLiteral("ids"), ids},
                       {QStringLiteral("enrollment_code"), enrollmentCodeText(built)},
                       {QStringLiteral("payload"), built.payload.diagnostic()}});
    } else {
        ctx.out << tr("accepted: %1 tx %2 sealed in block %3 at log index %4")
                       .arg(spec.kind, result.transactionId)
                       .arg(result.blockHeight)
                       .arg(result.logIndex)
                << Qt::endl;
        for (const auto &[name, id] : built.generated) {
            ctx.out << tr("  new %1 id: %2").arg(name, toHex(id)) << Qt::endl;
        }
    }
    printEnrollmentCode(ctx, built, line.payload);
    return ExitOk;
}

// This device's outbox: the transactions signed here, in sequence order, and what became of them.
int cmdOutbox(Context &ctx)
{
    std::optional<store::OutboxState> only;
    if (ctx.parser.isSet(QStringLiteral("state"))) {
        const QString name = ctx.parser.value(QStringLiteral("state"));
        for (store::OutboxState s : {store::OutboxState::Pending, store::OutboxState::Sealed, store::OutboxState::Rejected}) {
            if (store::outboxStateName(s) == name) {
                only = s;
            }
        }
        if (!only) {
            return ctx.usage(tr("--state must be pending, sealed or rejected"));
        }
    }
    auto store = openStore(ctx);
    if (!store) {
        return ctx.fail(store.error());
    }
    auto entries = (*store)->outbox(only);
    if (!entries) {
        return ctx.fail(entries.error());
    }
    QJsonArray rows;
    for (const store::OutboxEntry &e : *entries) {
        auto tx = ledger::Transaction::decode(e.bytes);
        const QString kind = tx ? tx->body().kind : tr("(unreadable)");
        QJsonObject o{{QStringLiteral("transaction_id"), crypto::toHex(e.id)},
                      {QStringLiteral("sequence"), qint64(e.sequence)},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("created"), isoTime(e.createdMs)},
                      {QStringLiteral("state"), store::outboxStateName(e.state)}};
        if (e.blockHeight) {
            o.insert(QStringLiteral("block"), qint64(*e.blockHeight));
            o.insert(QStringLiteral("log_index"), qint64(e.logIndex.value_or(0)));
        }
        if (e.state == store::OutboxState::Rejected) {
            o.insert(QStringLiteral("code"), e.reasonCode);
            o.insert(QStringLiteral("reason"), e.reason);
        }
        rows.append(o);
        if (!ctx.json()) {
            QString line = QStringLiteral("%1  %2  %3  %4  %5")
                               .arg(e.sequence, 6)
                               .arg(store::outboxStateName(e.state), -8)
                               .arg(kind, -24)
                               .arg(isoTime(e.createdMs), crypto::toHex(e.id).left(16));
            if (e.blockHeight) {
                line += tr("  block %1").arg(*e.blockHeight);
            }
            if (e.state == store::OutboxState::Rejected) {
                line += QStringLiteral("  %1: %2").arg(e.reasonCode, e.reason);
            }
            ctx.out << line << Qt::endl;
        }
    }
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("db"), ctx.dbPath()}, {QStringLiteral("entries"), rows}});
    } else if (rows.isEmpty()) {
        ctx.out << tr("the outbox of %1 is empty").arg(ctx.dbPath()) << Qt::endl;
    }
    return ExitOk;
}

// Opens read-only and refuses stale projections: the books must be those of the tip.
Result<std::unique_ptr<store::Store>> openBooks(const Context &ctx)
{
    CY_TRY(std::unique_ptr<store::Store> store, openStore(ctx));
    CY_CHECK(checkProjectionsCurrent(*store));
    return store;
}

int cmdTrialBalance(Context &ctx)
{
    auto store = openBooks(ctx);
    if (!store) {
        return ctx.fail(store.error());
    }
    auto rows = trialBalance(**store);
    if (!rows) {
        return ctx.fail(rows.error());
    }
    std::map<QString, std::pair<qint64, qint64>> totals; // currency -> debits, credits
    for (const AccountTotals &t : *rows) {
        auto &[debits, credits] = totals[t.currency];
        // Each account's sums are within range; the totals of all accounts can be larger.
        if (__builtin_add_overflow(debits, t.debits, &debits) || __builtin_add_overflow(credits, t.credits, &credits)) {
            return ctx.fail(Error{ErrorCode::Overflow, tr("the totals of the trial balance overflow")});
        }
    }
    bool balanced = true;
    for (const auto &[currency, sums] : totals) {
        balanced = balanced && sums.first == sums.second;
    }
    if (ctx.json()) {
        QJsonArray accounts;
        for (const AccountTotals &t : *rows) {
            accounts.append(QJsonObject{{QStringLiteral("account"), t.account},
                                        {QStringLiteral("currency"), t.currency},
                                        {QStringLiteral("debits"), t.debits},
                                        {QStringLiteral("credits"), t.credits},
                                        {QStringLiteral("balance"), t.balance()}});
        }
        QJsonArray sums;
        for (const auto &[currency, s] : totals) {
            sums.append(QJsonObject{{QStringLiteral("currency"), currency},
                                    {QStringLiteral("debits"), s.first},
                                    {QStringLiteral("credits"), s.second},
                                    {QStringLiteral("balanced"), s.first == s.second}});
        }
        ctx.printJson({{QStringLiteral("ok"), balanced},
                       {QStringLiteral("balanced"), balanced},
                       {QStringLiteral("accounts"), accounts},
                       {QStringLiteral("totals"), sums}});
    } else if (rows->empty()) {
        ctx.out << tr("No postings yet: the trial balance is empty, and balanced.") << Qt::endl;
    } else {
        const auto line = [&ctx](const QString &account, const QString &currency, const QString &d, const QString &c, const QString &b) {
            ctx.out << account.leftJustified(40) << ' ' << currency.leftJustified(4) << d.rightJustified(22)
                    << c.rightJustified(22) << b.rightJustified(22) << Qt::endl;
        };
        line(tr("account"), tr("cur."), tr("debits"), tr("credits"), tr("balance"));
        for (const AccountTotals &t : *rows) {
            line(t.account, t.currency, amountText(t.debits, t.currency), amountText(t.credits, t.currency),
                 amountText(t.balance(), t.currency));
        }
        for (const auto &[currency, s] : totals) {
            line(tr("total"), currency, amountText(s.first, currency), amountText(s.second, currency),
                 amountText(s.first - s.second, currency));
        }
        if (balanced) {
            ctx.out << tr("Balanced: debits equal credits in every currency.") << Qt::endl;
        }
    }
    if (!balanced) {
        ctx.err << "courtyard: " << tr("the trial balance does NOT balance: the postings are damaged") << Qt::endl;
        return ExitVerificationFailed;
    }
    return ExitOk;
}

// NotFound unless the unit is registered.
Result<void> requireUnit(store::Store &store, const QString &unit)
{
    CY_TRY(const std::optional<cbor::Value> record, store.state().get((QStringLiteral("unit/") + unit).toUtf8()));
    if (!record) {
        return fail(ErrorCode::NotFound, tr("there is no unit '%1' in this ledger").arg(unit));
    }
    return {};
}

int cmdBalance(Context &ctx)
{
    auto store = openBooks(ctx);
    if (!store) {
        return ctx.fail(store.error());
    }
    if (!ctx.parser.isSet(QStringLiteral("unit"))) {
        auto rows = trialBalance(**store);
        if (!rows) {
            return ctx.fail(rows.error());
        }
        if (ctx.json()) {
            QJsonArray accounts;
            for (const AccountTotals &t : *rows) {
                accounts.append(QJsonObject{{QStringLiteral("account"), t.account},
                                            {QStringLiteral("currency"), t.currency},
                                            {QStringLiteral("balance"), t.balance()}});
            }
            ctx.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("accounts"), accounts}});
        } else if (rows->empty()) {
            ctx.out << tr("No postings yet: every account is at zero.") << Qt::endl;
        } else {
            for (const AccountTotals &t : *rows) {
                ctx.out << t.account.leftJustified(40) << ' ' << t.currency << amountText(t.balance(), t.currency).rightJustified(22)
                        << Qt::endl;
            }
        }
        return ExitOk;
    }
    const QString unit = ctx.parser.value(QStringLiteral("unit"));
    auto genesis = (*store)->genesis();
    if (!genesis) {
        return ctx.fail(genesis.error());
    }
    if (auto known = requireUnit(**store, unit); !known) {
        return ctx.fail(known.error());
    }
    const QStringList accounts = unitAccounts(unit);
    qint64 sums[2] = {0, 0};
    for (int i = 0; i < 2; ++i) {
        auto rows = (*store)->postingsForAccount(accounts[i]);
        if (!rows) {
            return ctx.fail(rows.error());
        }
        for (const store::PostingRow &row : *rows) {
            if (row.currency != genesis->currency || __builtin_add_overflow(sums[i], row.amount, &sums[i])) {
                return ctx.fail(Error{ErrorCode::Integrity, tr("%1 has a posting that is not in %2 or overflows").arg(accounts[i], genesis->currency)});
            }
        }
    }
    const qint64 receivable = sums[0];
    const qint64 prepaid = -sums[1]; // a liability: its credit balance is the credit the unit holds
    const qint64 due = receivable - prepaid;
    const QString &cur = genesis->currency;
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), true},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("currency"), cur},
                       {QStringLiteral("receivable"), receivable},
                       {QStringLiteral("prepaid"), prepaid},
                       {QStringLiteral("due"), due}});
    } else {
        ctx.out << tr("unit %1 (%2)").arg(unit, cur) << Qt::endl
                << QStringLiteral("  %1 %2").arg(accounts[0].leftJustified(36), amountText(receivable, cur).rightJustified(22)) << Qt::endl
                << QStringLiteral("  %1 %2").arg(accounts[1].leftJustified(36), amountText(prepaid, cur).rightJustified(22)) << Qt::endl
                << QStringLiteral("  %1 %2").arg(tr("due (receivable - prepaid)").leftJustified(36), amountText(due, cur).rightJustified(22))
                << Qt::endl;
    }
    return ExitOk;
}

int cmdStatement(Context &ctx)
{
    if (!ctx.parser.isSet(QStringLiteral("unit"))) {
        return ctx.usage(tr("statement needs --unit U"));
    }
    const QString unit = ctx.parser.value(QStringLiteral("unit"));
    auto store = openBooks(ctx);
    if (!store) {
        return ctx.fail(store.error());
    }
    if (auto known = requireUnit(**store, unit); !known) {
        return ctx.fail(known.error());
    }
    auto rows = statement(**store, unit);
    if (!rows) {
        return ctx.fail(rows.error());
    }
    if (ctx.json()) {
        QJsonArray postings;
        for (const StatementRow &r : *rows) {
            postings.append(QJsonObject{{QStringLiteral("log_index"), qint64(r.logIndex)},
                                        {QStringLiteral("ordinal"), r.ordinal},
                                        {QStringLiteral("block"), qint64(r.blockHeight)},
                                        {QStringLiteral("time"), isoTime(r.timeMs)},
                                        {QStringLiteral("transaction_id"), r.transactionId},
                                        {QStringLiteral("kind"), r.kind},
                                        {QStringLiteral("account"), r.account},
                                        {QStringLiteral("currency"), r.currency},
                                        {QStringLiteral("amount"), r.amount},
                                        {QStringLiteral("due"), r.due},
                                        {QStringLiteral("deposit"), r.deposit}});
        }
        ctx.printJson({{QStringLiteral("ok"), true},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("postings"), postings},
                       {QStringLiteral("due"), rows->empty() ? 0 : rows->back().due},
                       {QStringLiteral("deposit"), rows->empty() ? 0 : rows->back().deposit}});
        return ExitOk;
    }
    ctx.out << tr("statement of unit %1").arg(unit) << Qt::endl;
    if (rows->empty()) {
        ctx.out << tr("  no postings") << Qt::endl;
        return ExitOk;
    }
    for (const StatementRow &r : *rows) {
        ctx.out << QStringLiteral("  %1  block %2  %3  %4  %5 %6  due %7  deposit %8")
                       .arg(isoTime(r.timeMs))
                       .arg(r.blockHeight)
                       .arg(r.transactionId.left(16), r.kind.leftJustified(20), r.account.leftJustified(32),
                            amountText(r.amount, r.currency).rightJustified(16), amountText(r.due, r.currency),
                            amountText(r.deposit, r.currency))
                << Qt::endl;
    }
    return ExitOk;
}

int cmdState(Context &ctx)
{
    auto store = openBooks(ctx);
    if (!store) {
        return ctx.fail(store.error());
    }
    const QByteArray prefix = ctx.parser.value(QStringLiteral("prefix")).toUtf8();
    QJsonArray entries;
    qint64 count = 0;
    auto scanned = (*store)->state().scan(prefix, [&](const state::Key &key, const cbor::Value &value) {
        ++count;
        if (ctx.json()) {
            entries.append(QJsonObject{{QStringLiteral("key"), QString::fromUtf8(key)}, {QStringLiteral("value"), value.diagnostic()}});
        } else {
            ctx.out << QString::fromUtf8(key) << " = " << value.diagnostic() << Qt::endl;
        }
        return true;
    });
    if (!scanned) {
        return ctx.fail(scanned.error());
    }
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("prefix"), QString::fromUtf8(prefix)},
                       {QStringLiteral("count"), count}, {QStringLiteral("entries"), entries}});
    } else if (count == 0) {
        ctx.out << tr("no state entries under '%1'").arg(QString::fromUtf8(prefix)) << Qt::endl;
    }
    return ExitOk;
}

int cmdReplay(Context &ctx)
{
    const contracts::Registry registry = standardRegistry();
    if (ctx.parser.isSet(QStringLiteral("rebuild"))) {
        // Ledger::open already replays when the stored state is not the tip's; replay again to
        // rebuild postings as well and to report.
        auto ledger = node::Ledger::open(ctx.dbPath(), registry);
        if (!ledger) {
            return ctx.fail(ledger.error());
        }
        auto report = (*ledger)->replay();
        if (!report) {
            return ctx.fail(report.error());
        }
        if (ctx.json()) {
            QJsonObject o{{QStringLiteral("ok"), report->ok()}, {QStringLiteral("rebuilt"), report->ok()},
                          {QStringLiteral("blocks"), qint64(report->blocks)}, {QStringLiteral("transactions"), qint64(report->transactions)}};
            if (report->problem) {
                o.insert(QStringLiteral("problem"), report->problem->describe());
                o.insert(QStringLiteral("height"), qint64(report->problem->height));
            }
            ctx.printJson(o);
        }
        if (report->problem) {
            ctx.err << "courtyard: " << tr("replay FAILED at %1; the projections were left as they were").arg(report->problem->describe())
                    << Qt::endl;
            return ExitVerificationFailed;
        }
        if (!ctx.json()) {
            ctx.out << tr("Rebuilt the state and postings from %1 blocks and %2 transactions; every state root matched.")
                           .arg(report->blocks).arg(report->transactions)
                    << Qt::endl;
        }
        return ExitOk;
    }
    auto store = openStore(ctx);
    if (!store) {
        return ctx.fail(store.error());
    }
    auto replay = replayReadOnly(**store, registry);
    if (!replay) {
        return ctx.fail(replay.error());
    }
    const node::ReplayReport &r = replay->report;
    const bool projectionsOk = replay->stateMatches && replay->postingsMatch && replay->accountTotalsMatch;
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("ok"), r.ok() && projectionsOk},
                      {QStringLiteral("blocks"), qint64(r.blocks)},
                      {QStringLiteral("transactions"), qint64(r.transactions)},
                      {QStringLiteral("state_entries"), qint64(replay->stateEntries)},
                      {QStringLiteral("postings"), qint64(replay->postings)}};
        if (r.problem) {
            o.insert(QStringLiteral("problem"), r.problem->describe());
            o.insert(QStringLiteral("height"), qint64(r.problem->height));
            if (r.problem->logIndex) {
                o.insert(QStringLiteral("log_index"), qint64(*r.problem->logIndex));
            }
        } else {
            o.insert(QStringLiteral("state_matches"), replay->stateMatches);
            o.insert(QStringLiteral("postings_match"), replay->postingsMatch);
            o.insert(QStringLiteral("account_totals_match"), replay->accountTotalsMatch);
        }
        ctx.printJson(o);
    }
    if (r.problem) {
        ctx.err << "courtyard: " << tr("replay FAILED at %1").arg(r.problem->describe()) << Qt::endl
                << tr("  %1 blocks before it replayed to their state roots.").arg(r.blocks) << Qt::endl;
        return ExitVerificationFailed;
    }
    if (!projectionsOk) {
        QStringList differ;
        if (!replay->stateMatches) {
            differ << tr("state");
        }
        if (!replay->postingsMatch) {
            differ << tr("postings");
        }
        if (!replay->accountTotalsMatch) {
            differ << tr("account totals");
        }
        ctx.err << "courtyard: "
                << tr("every block replays, but the stored %1 differ from the replay; 'courtyard verify' names the rows. "
                      "Keep a copy of the file as evidence, then run 'courtyard replay --rebuild'")
                       .arg(differ.join(QStringLiteral(", ")))
                << Qt::endl;
        return ExitVerificationFailed;
    }
    if (!ctx.json()) {
        ctx.out << tr("OK: %1 blocks and %2 transactions replayed from genesis; every block's state root matched.")
                       .arg(r.blocks).arg(r.transactions)
                << Qt::endl
                << tr("  %1 state entries, %2 postings and their account totals, the same as stored.").arg(replay->stateEntries).arg(replay->postings)
                << Qt::endl;
    }
    return ExitOk;
}

// --- dispatch ----------------------------------------------------------------------------

QCommandLineOption opt(const QString &name, const QString &help, const QString &value = QString())
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

struct Command {
    QStringList words; // e.g. {"key", "new"}
    QString summary;
    QString syntax;    // positional arguments after the words
    QList<QCommandLineOption> options;
    bool usesDb = true;
    std::function<int(Context &)> run;
    QString details{};        // printed after the options by --help
    bool transaction = false; // one of commandSpecs(): listed by group in the overview
};

// A transaction command's option in --help: what it is, what to type, whether it is needed.
QCommandLineOption specOption(const OptionSpec &o)
{
    QString help = o.help + QLatin1Char(' ') + tr("Type: %1.").arg(o.typeHint());
    switch (o.presence) {
    case Presence::Required:
        help += QLatin1Char(' ') + tr("Required.");
        break;
    case Presence::RequiredList:
        help += QLatin1Char(' ') + tr("Required, repeatable.");
        break;
    case Presence::List:
    case Presence::ListOrEmpty:
        help += QLatin1Char(' ') + tr("Repeatable.");
        break;
    case Presence::Defaulted:
        help += QLatin1Char(' ') + tr("Default: %1.").arg(o.defaultValue);
        break;
    case Presence::Optional:
    case Presence::Generated:
        break;
    }
    return QCommandLineOption(QStringList{o.name} + o.aliases, help, o.valueName());
}

Command transactionCommand(const CommandSpec &spec, const QCommandLineOption &passphraseFile)
{
    QList<QCommandLineOption> options;
    for (const OptionSpec &o : spec.options) {
        options.append(specOption(o));
    }
    options.append(opt(QStringLiteral("key"), tr("The key file of the transaction's author (see 'Signed by' below). Required."), QStringLiteral("FILE")));
    options.append(opt(QStringLiteral("cosign"), tr("A co-signer's key file, e.g. a committee member's. Repeatable."), QStringLiteral("FILE")));
    options.append(opt(QStringLiteral("sealer-key"),
                       tr("The server's key file; it seals the block here. Without it the transaction waits in this device's "
                          "outbox until 'courtyard sync' sends it to the server."),
                       QStringLiteral("FILE")));
    options.append(opt(QStringLiteral("time"),
                       tr("The block time, ISO 8601 with its zone, e.g. 2027-02-01T09:00:00+08:00 (default: now). Never "
                          "before the ledger's last block."),
                       QStringLiteral("TIME")));
    options.append(opt(QStringLiteral("propose"),
                       tr("Send it to the server (--server, --pin) as a proposal that committee members co-sign on their own "
                          "devices ('courtyard proposal sign'); sealed once enough have signed.")));
    options.append(opt(QStringLiteral("proposal-note"), tr("With --propose: a note for the committee."), QStringLiteral("TEXT")));
    options.append(opt(QStringLiteral("server"), tr("With --propose: the server, wss://HOST:PORT."), QStringLiteral("URL")));
    options.append(opt(QStringLiteral("pin"), tr("With --propose: the server certificate's SHA-256 fingerprint."), QStringLiteral("FINGERPRINT")));
    options.append(opt(QStringLiteral("timeout"), tr("With --propose: give up after this many seconds (default 60)."), QStringLiteral("S")));
    options.append(passphraseFile);
    const QString details = tr("Signed by: %1.\nTransaction kind %2, version %3; its payload is described in docs/contracts.md.\n"
                               "Accepted (or queued, without --sealer-key): exit 0; refused by the contract: exit 3 and nothing is written.\n\n"
                               "Example:\n  courtyard %4 %5 --sealer-key server.key --db gardens.db\n")
                                .arg(spec.signers, spec.kind)
                                .arg(spec.version)
                                .arg(spec.name(), spec.example);
    Command c{spec.words(), spec.summary, QString(), options, true, [spec](Context &ctx) { return cmdTransaction(ctx, spec); }};
    c.details = details;
    c.transaction = true;
    return c;
}

// The options of `courtyard proposal list|sign|decline|withdraw`.
QList<QCommandLineOption> proposalOptions(const QCommandLineOption &passphraseFile, bool reason)
{
    QList<QCommandLineOption> options{
        opt(QStringLiteral("server"), tr("The server, wss://HOST:PORT."), QStringLiteral("URL")),
        opt(QStringLiteral("pin"), tr("The server certificate's SHA-256 fingerprint (from 'courtyardd --init')."), QStringLiteral("FINGERPRINT")),
        opt(QStringLiteral("key"), tr("Your key file (a manager's or committee member's)."), QStringLiteral("FILE")),
        opt(QStringLiteral("timeout"), tr("Give up after this many seconds (default 60)."), QStringLiteral("S")),
        passphraseFile};
    if (reason) {
        options.append(opt(QStringLiteral("reason"), tr("Why (kept on the proposal's record)."), QStringLiteral("TEXT")));
    }
    return options;
}

std::vector<Command> commands()
{
    const auto passphraseFile = opt(QStringLiteral("passphrase-file"),
                                    tr("Read the key passphrase from the first line of FILE (or set COURTYARD_PASSPHRASE)."),
                                    QStringLiteral("FILE"));
    std::vector<Command> all{
        {{QStringLiteral("init")},
         tr("Create a new community ledger with its genesis block."),
         QString(),
         {opt(QStringLiteral("name"), tr("The community's name."), QStringLiteral("NAME")),
          opt(QStringLiteral("currency"), tr("ISO 4217 currency code, e.g. CNY, JPY, USD, EUR, SAR, AED."), QStringLiteral("CODE")),
          opt(QStringLiteral("timezone"), tr("IANA time zone, e.g. Asia/Shanghai."), QStringLiteral("ZONE")),
          opt(QStringLiteral("server-key"), tr("Key file of the server's sealing key."), QStringLiteral("FILE")),
          opt(QStringLiteral("committee"), tr("A committee member's public key (64 hex digits) or key file; repeat for each."), QStringLiteral("KEY")),
          opt(QStringLiteral("quorum"), tr("Committee signatures needed (default: a majority)."), QStringLiteral("K")),
          opt(QStringLiteral("time"), tr("The genesis block's time, e.g. 2027-01-01T00:00:00Z (default: now)."), QStringLiteral("TIME")),
          passphraseFile},
         true,
         cmdInit},
        {{QStringLiteral("key"), QStringLiteral("new")},
         tr("Create a new Ed25519 key in a passphrase-protected key file."),
         QString(),
         {opt(QStringLiteral("out"), tr("Where to write the key file (never overwritten)."), QStringLiteral("FILE")),
          opt(QStringLiteral("label"), tr("A name for the key, e.g. 'server' or 'Li Wei'."), QStringLiteral("TEXT")),
          opt(QStringLiteral("kdf"), tr("Argon2id strength: interactive, moderate (default) or sensitive."), QStringLiteral("LEVEL")),
          passphraseFile},
         false,
         cmdKeyNew},
        {{QStringLiteral("key"), QStringLiteral("show")}, tr("Show a key file's label and public key."), QStringLiteral("FILE"), {}, false, cmdKeyShow},
        {{QStringLiteral("verify")},
         tr("Verify the whole ledger from genesis: every signature, block link and log root, then the stored postings, "
            "account totals and state against the contracts' replay of the blocks."),
         QString(),
         {opt(QStringLiteral("threads"), tr("Threads for signature checks (default: all cores)."), QStringLiteral("N")),
          opt(QStringLiteral("vkey"), tr("The sealer's C2SP verifier key (or a file holding it) that this ledger must be sealed by."),
              QStringLiteral("VKEY")),
          opt(QStringLiteral("checkpoint"), tr("A checkpoint (C2SP signed note file) the ledger must extend; needs --vkey."),
              QStringLiteral("FILE")),
          opt(QStringLiteral("chain-only"), tr("Check only the chain: skip re-deriving the postings, account totals and state from "
                                               "the blocks and comparing them with the stored ones."))},
         true,
         cmdVerify},
        {{QStringLiteral("block"), QStringLiteral("show")}, tr("Show a block and its transactions."), QStringLiteral("N"), {}, true, cmdBlockShow},
        {{QStringLiteral("proof"), QStringLiteral("inclusion")},
         tr("Prove that a transaction is in the log, and check the proof."),
         QStringLiteral("TXID"),
         {opt(QStringLiteral("size"), tr("Tree size to prove against (default: the whole log)."), QStringLiteral("N"))},
         true,
         cmdProofInclusion},
        {{QStringLiteral("proof"), QStringLiteral("consistency")},
         tr("Prove that the log of size A is a prefix of the log of size B, and check the proof."),
         QStringLiteral("A B"),
         {},
         true,
         cmdProofConsistency},
        {{QStringLiteral("checkpoint")},
         tr("Print the latest checkpoint as a C2SP signed note."),
         QString(),
         {opt(QStringLiteral("vkey"), tr("Print the sealer's C2SP verifier key instead.")),
          opt(QStringLiteral("height"), tr("The checkpoint of block N instead of the latest."), QStringLiteral("N"))},
         true,
         cmdCheckpoint},
        {{QStringLiteral("sync")},
         tr("Sync this device's ledger with the community server: verify and apply new blocks, send the outbox."),
         QString(),
         {opt(QStringLiteral("server"), tr("The server, wss://HOST:PORT."), QStringLiteral("URL")),
          opt(QStringLiteral("pin"), tr("The server certificate's SHA-256 fingerprint (from 'courtyardd --init')."), QStringLiteral("FINGERPRINT")),
          opt(QStringLiteral("key"), tr("This device's key file; the key must hold a role."), QStringLiteral("FILE")),
          opt(QStringLiteral("join"), tr("Begin the ledger at --db from the server's block 0 when it does not exist yet.")),
          opt(QStringLiteral("community"), tr("The community id the server must serve (32 hex digits)."), QStringLiteral("ID")),
          opt(QStringLiteral("timeout"), tr("Give up after this many seconds (default 60)."), QStringLiteral("S")),
          passphraseFile},
         true,
         cmdSync},
        {{QStringLiteral("enroll")},
         tr("Enroll this device with a manager's one-time code, then begin its ledger from the server and sync."),
         QString(),
         {opt(QStringLiteral("server"), tr("The server, wss://HOST:PORT."), QStringLiteral("URL")),
          opt(QStringLiteral("pin"), tr("The server certificate's SHA-256 fingerprint (from 'courtyardd --init')."), QStringLiteral("FINGERPRINT")),
          opt(QStringLiteral("code"), tr("The one-time enrollment code a manager made ('courtyard device authorize')."), QStringLiteral("CODE")),
          opt(QStringLiteral("key"), tr("This device's key file; made (with a new passphrase) when it does not exist."), QStringLiteral("FILE")),
          opt(QStringLiteral("label"), tr("The label inside a key file made here (default: the file's name)."), QStringLiteral("TEXT")),
          opt(QStringLiteral("community"), tr("The community id the server must serve (32 hex digits)."), QStringLiteral("ID")),
          opt(QStringLiteral("timeout"), tr("Give up after this many seconds (default 60)."), QStringLiteral("S")),
          passphraseFile},
         true,
         cmdEnroll},
        {{QStringLiteral("proposal"), QStringLiteral("list")},
         tr("The proposals the committee is asked to co-sign on the server, with their signatures and declines."),
         QString(),
         proposalOptions(passphraseFile, false),
         false,
         [](Context &ctx) { return cmdProposal(ctx, QStringLiteral("list")); }},
        {{QStringLiteral("proposal"), QStringLiteral("sign")},
         tr("Co-sign a proposal with your committee key; the server seals it once enough members have signed."),
         QStringLiteral("ID"),
         proposalOptions(passphraseFile, false),
         false,
         [](Context &ctx) { return cmdProposal(ctx, QStringLiteral("sign")); }},
        {{QStringLiteral("proposal"), QStringLiteral("decline")},
         tr("Decline a proposal with a reason that stays on its record."),
         QStringLiteral("ID"),
         proposalOptions(passphraseFile, true),
         false,
         [](Context &ctx) { return cmdProposal(ctx, QStringLiteral("decline")); }},
        {{QStringLiteral("proposal"), QStringLiteral("withdraw")},
         tr("Withdraw your own open proposal."),
         QStringLiteral("ID"),
         proposalOptions(passphraseFile, true),
         false,
         [](Context &ctx) { return cmdProposal(ctx, QStringLiteral("withdraw")); }},
        {{QStringLiteral("demo")},
         tr("Build a demo community through its contracts (units, leases, months of billing, payments, repairs), verify it, and report."),
         QString(),
         {opt(QStringLiteral("dir"), tr("Folder for the demo ledger (default: a new temporary folder)."), QStringLiteral("DIR")),
          opt(QStringLiteral("db"), tr("The demo ledger file to create (default: DIR/courtyard.db)."), QStringLiteral("PATH")),
          opt(QStringLiteral("transactions"), tr("How many transactions to make besides genesis, 0 to 20000 (default 3000): "
                                                 "the months go on until there are this many."),
              QStringLiteral("N")),
          opt(QStringLiteral("block-size"), tr("Transactions per block; the last block may hold fewer (default 100)."), QStringLiteral("N"))},
         false, // its own --db: a new file, not an existing ledger
         cmdDemo},
        {{QStringLiteral("apply")},
         tr("Apply a batch of intents (JSONL: kind, fields, signer key files, block time), sealing a block per time."),
         QStringLiteral("FILE"),
         {opt(QStringLiteral("sealer-key"), tr("Key file of the server's sealing key (seals the blocks)."), QStringLiteral("FILE")),
          passphraseFile},
         true,
         cmdApply},
        {{QStringLiteral("trial-balance")},
         tr("Debits, credits and balance of every account, from the postings; checks that they balance."),
         QString(),
         {},
         true,
         cmdTrialBalance},
        {{QStringLiteral("balance")},
         tr("A unit's receivable and prepaid balances, or every account's balance."),
         QString(),
         {opt(QStringLiteral("unit"), tr("The unit, e.g. 12-0301."), QStringLiteral("U"))},
         true,
         cmdBalance},
        {{QStringLiteral("statement")},
         tr("Every posting on a unit's accounts in log order, with running balances."),
         QString(),
         {opt(QStringLiteral("unit"), tr("The unit, e.g. 12-0301."), QStringLiteral("U"))},
         true,
         cmdStatement},
        {{QStringLiteral("outbox")},
         tr("This device's signed transactions waiting for the server, sealed or rejected (with the reason)."),
         QString(),
         {opt(QStringLiteral("state"), tr("Only entries in state S: pending, sealed or rejected."), QStringLiteral("S"))},
         true,
         cmdOutbox},
        {{QStringLiteral("state")},
         tr("The contracts' state entries in CBOR diagnostic notation (for operators)."),
         QString(),
         {opt(QStringLiteral("prefix"), tr("Only keys starting with P, e.g. unit/."), QStringLiteral("P"))},
         true,
         cmdState},
        {{QStringLiteral("replay")},
         tr("Replay every block from genesis and compare each state root with the block's header."),
         QString(),
         {opt(QStringLiteral("rebuild"), tr("Rebuild the stored state and postings by the replay (writes the ledger)."))},
         true,
         cmdReplay},
    };
    for (const CommandSpec &spec : commandSpecs()) {
        all.push_back(transactionCommand(spec, passphraseFile));
    }
    // The reports over the contracts' state (reports.h): read-only, books checked current.
    for (const ReportCommand &report : reportCommands()) {
        all.push_back({{report.name}, report.summary, QString(), report.options, true, [report](Context &ctx) {
                           for (const QString &name : report.required) {
                               if (!ctx.parser.isSet(name)) {
                                   return ctx.usage(tr("%1 needs --%2").arg(report.name, name));
                               }
                           }
                           auto store = openBooks(ctx);
                           if (!store) {
                               return ctx.fail(store.error());
                           }
                           auto result = report.run(**store, ctx.parser);
                           if (!result) {
                               return ctx.fail(result.error());
                           }
                           if (ctx.json()) {
                               QJsonObject o = result->json;
                               o.insert(QStringLiteral("ok"), true);
                               ctx.printJson(o);
                           } else {
                               ctx.out << result->text;
                               ctx.out.flush();
                           }
                           return int(ExitOk);
                       }});
    }
    // The accounting commands (accounting_commands.h): bank import, export journal, arrears, report financial.
    for (const AccountingCommand &a : accountingCommands()) {
        all.push_back({a.words, a.summary, a.syntax, a.options, true, [a](Context &ctx) {
                           AccountingContext actx{ctx.parser, ctx.dbPath(), [&ctx] { return openBooks(ctx); },
                                                  [&ctx](const std::vector<BatchLine> &lines) -> Result<BatchReport> {
                                                      crypto::PublicKey sealer;
                                                      {
                                                          CY_TRY(std::unique_ptr<store::Store> store, openStore(ctx));
                                                          CY_TRY(const ledger::Genesis genesis, store->genesis());
                                                          sealer = genesis.sealer;
                                                      }
                                                      return signAndApply(
                                                          ctx, lines, sealer,
                                                          [](const BatchLine &line, qsizetype) { return tr("line %1: --key").arg(line.line); },
                                                          tr("the payments stopped (blocks sealed before this stay)"));
                                                  },
                                                  [&ctx](const QString &path) { return openKey(ctx, path); }};
                           auto result = a.run(actx);
                           if (!result) {
                               return ctx.fail(result.error());
                           }
                           if (ctx.json()) {
                               QJsonObject o = result->json;
                               o.insert(QStringLiteral("ok"), true);
                               ctx.printJson(o);
                           } else {
                               ctx.out << result->text;
                               ctx.out.flush();
                           }
                           return int(ExitOk);
                       }});
    }
    return all;
}

QString overview()
{
    QString text = tr("Usage: courtyard COMMAND [options]\n\nCommands:\n");
    for (const Command &c : commands()) {
        if (c.transaction) {
            continue;
        }
        const QString name = (c.words.join(QLatin1Char(' ')) + QLatin1Char(' ') + c.syntax).trimmed();
        text += QStringLiteral("  %1 %2\n").arg(name.leftJustified(28), c.summary);
    }
    text += tr("\nTransactions, one command per contract kind (signed with --key and --cosign, sealed with --sealer-key;\n"
               "'courtyard GROUP ACTION --help' for the options):\n");
    for (const auto &[group, actions] : commandGroups()) {
        text += QStringLiteral("  %1 %2\n").arg(group.leftJustified(28), actions.join(QStringLiteral(", ")));
    }
    text += tr("\nEvery command takes --help, --json (machine-readable output) and, where it uses a ledger, "
               "--db PATH (default: $COURTYARD_DB or ./courtyard.db).\n"
               "Exit codes: 0 ok, 1 verification failed, 2 usage error, 3 bad input, 4 not found, 5 storage error.\n");
    return text;
}

// `courtyard lease --help`: the group's actions and what each does.
QString groupHelp(const QString &group)
{
    QString text = tr("Usage: courtyard %1 ACTION [options]\n\nActions:\n").arg(group);
    for (const CommandSpec &spec : commandSpecs()) {
        if (spec.words().first() == group) {
            text += QStringLiteral("  %1 %2\n").arg(spec.words().mid(1).join(QLatin1Char(' ')).leftJustified(22), spec.summary);
        }
    }
    text += tr("\nRun 'courtyard %1 ACTION --help' for an action's options.\n").arg(group);
    return text;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // `courtyard proposal create GROUP ACTION ...` is `courtyard GROUP ACTION ... --propose`.
    if (arguments.size() >= 3 && arguments.at(1) == QLatin1String("proposal") && arguments.at(2) == QLatin1String("create")) {
        QStringList rewritten{arguments.first()};
        rewritten += arguments.mid(3);
        if (arguments.size() == 3 || arguments.at(3).startsWith(QLatin1Char('-'))) {
            err << "courtyard: " << tr("'proposal create' needs the transaction's command words and options, e.g. 'courtyard proposal "
                                       "create repair approve --repair ID --key manager.key --note TEXT --server URL --pin FP'")
                << Qt::endl;
            return ExitUsage;
        }
        if (!rewritten.contains(QStringLiteral("--help")) && !rewritten.contains(QStringLiteral("-h"))) {
            rewritten.append(QStringLiteral("--propose"));
        }
        return run(rewritten, out, err);
    }
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        out << overview();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "courtyard " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    // Pick the command whose words match the longest prefix of the arguments.
    const std::vector<Command> all = commands();
    const Command *command = nullptr;
    for (const Command &c : all) {
        if (args.size() >= c.words.size() && args.mid(0, c.words.size()) == c.words &&
            (!command || c.words.size() > command->words.size())) {
            command = &c;
        }
    }
    if (!command) {
        // A transaction group without its action (`courtyard lease`, `courtyard lease --help`)
        // or with an unknown one: the group's actions.
        const std::vector<std::pair<QString, QStringList>> groups = commandGroups();
        const auto group = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == args.first(); });
        if (group != groups.end()) {
            const bool wantsHelp = args.size() == 2 && (args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h"));
            const QString text = groupHelp(group->first);
            if (wantsHelp) {
                out << text;
                return ExitOk;
            }
            err << "courtyard: "
                << (args.size() == 1 || args[1].startsWith(QLatin1Char('-'))
                        ? tr("'%1' needs an action: %2").arg(group->first, group->second.join(QStringLiteral(", ")))
                        : tr("unknown command '%1'").arg(args.mid(0, 2).join(QLatin1Char(' '))))
                << Qt::endl
                << Qt::endl
                << text;
            return ExitUsage;
        }
        err << "courtyard: " << tr("unknown command '%1'").arg(args.mid(0, 2).join(QLatin1Char(' '))) << Qt::endl << Qt::endl << overview();
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    parser.addOption(opt(QStringLiteral("json"), tr("Print machine-readable JSON.")));
    if (command->usesDb) {
        parser.addOption(opt(QStringLiteral("db"), tr("The ledger file (default: $COURTYARD_DB or ./courtyard.db)."), QStringLiteral("PATH")));
    }
    parser.addOptions(command->options);
    const QString commandName = command->words.join(QLatin1Char(' '));
    parser.addPositionalArgument(commandName, command->summary, (commandName + QLatin1Char(' ') + command->syntax).trimmed());

    if (!parser.parse(arguments)) {
        if (arguments.contains(QStringLiteral("--json"))) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                             {QStringLiteral("error"), QStringLiteral("usage")},
                                             {QStringLiteral("message"), parser.errorText()}})
                       .toJson(QJsonDocument::Indented);
        }
        err << "courtyard: " << parser.errorText() << Qt::endl
            << tr("Run 'courtyard %1 --help' for the options.").arg(commandName) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser writes "Usage: /full/path [options] words"; show the order we parse.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        text.replace(0, firstLineEnd,
                     (QStringLiteral("Usage: courtyard %1 [options] %2").arg(commandName, command->syntax)).trimmed());
        out << text;
        if (!command->details.isEmpty()) {
            out << Qt::endl << command->details;
        }
        return ExitOk;
    }
    const qsizetype expected = command->words.size() + (command->syntax.isEmpty() ? 0 : command->syntax.count(QLatin1Char(' ')) + 1);
    Context ctx{parser, out, err, commandName};
    if (parser.positionalArguments().size() > expected) {
        return ctx.usage(tr("unexpected argument '%1'").arg(parser.positionalArguments().value(expected)));
    }
    return command->run(ctx);
}

} // namespace courtyard::cli
