#include "app/cli/accounting_commands.h"

#include "app/accounting/books.h"
#include "app/accounting/documents.h"
#include "app/accounting/matching.h"
#include "app/accounting/statement.h"
#include "contracts/payments.h"
#include "contracts/standard.h"
#include "core/crypto/crypto.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextDocument>

#include <set>

namespace courtyard::cli {

namespace {

using namespace courtyard::accounting;

QString tr(const char *text)
{
    return QCoreApplication::translate("courtyard::cli", text);
}

QCommandLineOption opt(const QString &name, const QString &description, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, description) : QCommandLineOption(name, description, value);
}

Result<QByteArray> readAll(const QString &path, qint64 limit = qint64(64) << 20)
{
    QFile file(path);
    if (!file.exists()) {
        return fail(ErrorCode::NotFound, tr("there is no file %1").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > limit) {
        return fail(ErrorCode::InvalidArgument, tr("%1 is larger than %2 MiB: is it really a statement?").arg(path).arg(limit >> 20));
    }
    return file.readAll();
}

Result<std::optional<QDate>> dayOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name)) {
        return std::optional<QDate>();
    }
    const QDate day = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!day.isValid()) {
        return fail(ErrorCode::InvalidArgument, tr("--%1 %2 is not a day: write YYYY-MM-DD, e.g. 2027-03-31").arg(name, parser.value(name)));
    }
    return std::optional<QDate>(day);
}

QString plain(qint64 minor, int exponent)
{
    const bool negative = minor < 0;
    QString digits = QString::number(negative ? -minor : minor);
    if (exponent > 0) {
        digits = digits.rightJustified(exponent + 1, QLatin1Char('0'));
        digits.insert(digits.size() - exponent, QLatin1Char('.'));
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

// The data folder: --data-dir, else the ledger file's folder.
QString dataDir(const AccountingContext &ctx)
{
    if (ctx.parser.isSet(QStringLiteral("data-dir"))) {
        return ctx.parser.value(QStringLiteral("data-dir"));
    }
    return QFileInfo(ctx.dbPath).absolutePath();
}

// The directory file: {"units": {"12-0301": {"names": [...], "language": "zh_CN"}}}.
struct DirectoryFile {
    Directory directory;
    QHash<QString, QString> languages;
};

Result<DirectoryFile> readDirectory(const QCommandLineParser &parser)
{
    DirectoryFile d;
    if (!parser.isSet(QStringLiteral("directory"))) {
        return d;
    }
    CY_TRY(const QByteArray bytes, readAll(parser.value(QStringLiteral("directory"))));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().value(QStringLiteral("units")).isObject()) {
        return fail(ErrorCode::InvalidArgument,
                    tr("--directory: the file is not {\"units\": {\"12-0301\": {\"names\": [\"...\"], \"language\": \"zh_CN\"}}}"));
    }
    const QJsonObject units = doc.object().value(QStringLiteral("units")).toObject();
    for (auto it = units.begin(); it != units.end(); ++it) {
        const QJsonObject u = it.value().toObject();
        QStringList names;
        for (const QJsonValue &n : u.value(QStringLiteral("names")).toArray()) {
            names << n.toString();
        }
        d.directory.namesByUnit.insert(it.key(), names);
        if (u.contains(QStringLiteral("language"))) {
            d.languages.insert(it.key(), u.value(QStringLiteral("language")).toString());
        }
    }
    return d;
}

// --- bank import ----------------------------------------------------------------------------

QJsonObject candidateJson(const Candidate &c)
{
    QJsonArray invoices;
    for (const views::InvoiceLine &i : c.invoices) {
        invoices.append(QString::fromLatin1(i.id.toHex()));
    }
    return QJsonObject{{QStringLiteral("unit"), c.unit},
                       {QStringLiteral("confidence"), c.confidence},
                       {QStringLiteral("reference_points"), c.referencePoints},
                       {QStringLiteral("payer_points"), c.payerPoints},
                       {QStringLiteral("amount_points"), c.amountPoints},
                       {QStringLiteral("fit"), amountFitName(c.fit)},
                       {QStringLiteral("open"), c.open},
                       {QStringLiteral("invoices"), invoices},
                       {QStringLiteral("invoices_named"), c.invoicesNamed},
                       {QStringLiteral("reasons"), QJsonArray::fromStringList(c.reasons)}};
}

// --line N=UNIT or N=UNIT:INVOICE[:INVOICE...]: the manager's choice for line N.
struct Choice {
    int line = 0;
    QString unit;
    QStringList invoices;
};

Result<std::vector<Choice>> choices(const QCommandLineParser &parser)
{
    std::vector<Choice> out;
    for (const QString &value : parser.values(QStringLiteral("line"))) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        bool ok = false;
        const int n = eq > 0 ? value.left(eq).toInt(&ok) : 0;
        const QStringList parts = value.mid(eq + 1).split(QLatin1Char(':'));
        if (!ok || n < 1 || parts.front().isEmpty()) {
            return fail(ErrorCode::InvalidArgument, tr("--line %1: write the line's number and the unit, e.g. --line 3=12-0301 "
                                                       "(or 3=12-0301:INVOICE-ID to name the invoice)")
                                                        .arg(value));
        }
        out.push_back({n, parts.front(), parts.mid(1)});
    }
    return out;
}

Result<Report> runBankImport(AccountingContext &ctx)
{
    const QStringList args = ctx.parser.positionalArguments();
    if (args.size() != 3) {
        return fail(ErrorCode::InvalidArgument, tr("bank import needs the statement file: courtyard bank import FILE"));
    }
    const QString path = args[2];
    CY_TRY(const QByteArray bytes, readAll(path));
    const bool confirm = ctx.parser.isSet(QStringLiteral("confirm"));
    // With the sealer's key the payments are sealed at once; without it they wait in this
    // device's outbox until `courtyard sync` sends them to the server, like every transaction.
    const bool sealNow = ctx.parser.isSet(QStringLiteral("sealer-key"));
    if (confirm && !ctx.parser.isSet(QStringLiteral("key"))) {
        return fail(ErrorCode::InvalidArgument, tr("--confirm needs --key (the manager's key file, who signs the payments); with --sealer-key "
                                                   "(the server's key) they are sealed at once, without it they wait in this device's outbox "
                                                   "for 'courtyard sync'; nothing was posted"));
    }
    CY_TRY(const std::vector<Choice> chosen, choices(ctx.parser));
    QList<int> skipped;
    for (const QString &s : ctx.parser.values(QStringLiteral("skip"))) {
        bool ok = false;
        const int n = s.toInt(&ok);
        if (!ok || n < 1) {
            return fail(ErrorCode::InvalidArgument, tr("--skip %1: write the number of a line not to post").arg(s));
        }
        skipped << n;
    }
    const QString data = dataDir(ctx);
    CY_TRY(const DirectoryFile directory, readDirectory(ctx.parser));

    // The statement.
    Statement statement;
    QString layout;
    bool mappingRemembered = false;
    if (looksLikeCamt053(bytes)) {
        CY_TRY(statement, parseCamt053(bytes));
    } else {
        MappingStore mappings(data);
        CsvMapping mapping;
        if (ctx.parser.isSet(QStringLiteral("mapping"))) {
            CY_TRY(mapping, CsvMapping::fromText(ctx.parser.value(QStringLiteral("mapping"))));
            CY_TRY(layout, csvLayoutOf(bytes, mapping));
        } else {
            CY_TRY(const auto found, mappings.findFor(bytes));
            if (!found) {
                return fail(ErrorCode::InvalidArgument,
                            tr("%1 is a CSV file of a layout not seen before: say which column holds what once with --mapping, e.g. "
                               "--mapping \"delimiter=;,decimal-comma=yes,date-format=dd.MM.yyyy,date=Buchungstag,amount=Betrag,"
                               "currency=Waehrung,reference=Verwendungszweck,payer-name=Name,payer-account=IBAN,booking-id=Referenz\"")
                                .arg(path));
            }
            layout = found->first;
            mapping = found->second;
        }
        CY_TRY(statement, parseCsvStatement(bytes, mapping));
        if (ctx.parser.isSet(QStringLiteral("mapping"))) {
            CY_CHECK(mappings.remember(layout, mapping, ctx.parser.value(QStringLiteral("bank"))));
            mappingRemembered = true;
        }
    }

    // Matching, against this device's local state: the ledger with its outbox applied (a line
    // whose payment waits in the outbox counts as posted: it is never queued twice).
    CY_TRY(PayerMemory payers, PayerMemory::load(data));
    std::vector<LineMatch> matches;
    std::vector<BatchLine> batch;
    std::vector<std::pair<int, QString>> posting; // line number, unit
    std::set<QByteArray> waiting;                  // the ids of this device's pending outbox transactions
    contracts::Registry registry;
    contracts::addStandardContracts(registry);
    {
        CY_TRY(std::unique_ptr<store::Store> store, ctx.openBooks());
        CY_TRY(const ledger::Genesis genesis, store->genesis());
        const contracts::Engine engine(registry, genesis);
        CY_TRY(const state::StateDelta pending, outboxDelta(*store, engine));
        const state::OverlayView local(store->state(), pending);
        CY_TRY(const std::vector<store::OutboxEntry> outbox, store->outbox(store::OutboxState::Pending));
        for (const store::OutboxEntry &e : outbox) {
            waiting.insert(crypto::toByteArray(e.id));
        }
        CY_TRY(const LedgerFacts facts, ledgerFacts(local, genesis));
        const MatchInput input = matchInput(facts, local, &payers, &directory.directory);
        CY_TRY(matches, matchStatement(statement, input));
        for (const Choice &c : chosen) {
            if (c.line > int(matches.size())) {
                return fail(ErrorCode::InvalidArgument, tr("--line %1: the statement has %2 lines").arg(c.line).arg(matches.size()));
            }
            LineMatch &m = matches[std::size_t(c.line - 1)];
            if (m.status == LineStatus::Posted || m.status == LineStatus::Debit || m.status == LineStatus::Foreign) {
                return fail(ErrorCode::InvalidArgument,
                            tr("--line %1: the line is %2 and cannot be posted as a resident's payment").arg(c.line).arg(lineStatusText(m.status)));
            }
            Candidate candidate = candidateForUnit(m.line, input, c.unit, c.invoices);
            if (candidate.unit.isEmpty()) {
                return fail(ErrorCode::InvalidArgument, tr("--line %1: there is no unit '%2' in this ledger").arg(c.line).arg(c.unit));
            }
            if (candidate.invoices.size() < std::size_t(c.invoices.size()) || (!c.invoices.isEmpty() && !candidate.invoicesNamed)) {
                return fail(ErrorCode::InvalidArgument, tr("--line %1: unit %2 has no open invoice %3").arg(c.line).arg(c.unit, c.invoices.join(QLatin1Char(':'))));
            }
            m.candidates.insert(m.candidates.begin(), std::move(candidate));
            m.proposal = 0;
            m.status = LineStatus::Matched;
        }
        if (confirm) {
            quint64 timeMs = quint64(std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch()));
            CY_TRY(const ledger::SealedBlock tip, store->tip());
            timeMs = std::max(timeMs, tip.header.timeMs);
            for (const LineMatch &m : matches) {
                if (m.status != LineStatus::Matched || !m.proposal || skipped.contains(m.line.number)) {
                    continue;
                }
                CY_TRY(cbor::Value payload, bankPaymentPayload(m.line, m.candidates[*m.proposal]));
                BatchLine line;
                line.line = m.line.number;
                line.kind = QStringLiteral("payment.bank");
                line.version = contracts::kBankPaymentVersion;
                line.payload = std::move(payload);
                line.signers = QStringList{QFileInfo(ctx.parser.value(QStringLiteral("key"))).absoluteFilePath()};
                line.timeMs = timeMs;
                batch.push_back(std::move(line));
                posting.emplace_back(m.line.number, m.candidates[*m.proposal].unit);
            }
        }
    } // the store is closed before anything is signed

    std::map<int, LineResult> results;
    if (confirm && sealNow && !batch.empty()) {
        CY_TRY(const BatchReport report, ctx.signAndApply(batch));
        for (const LineResult &r : report.lines) {
            results[r.line] = r;
        }
    } else if (confirm && !batch.empty()) {
        // Into this device's outbox, each checked by its contract against the local state with
        // the outbox (and the lines queued before it) applied; a refused line writes nothing.
        CY_TRY(const crypto::KeyPair key, ctx.openKey(ctx.parser.value(QStringLiteral("key"))));
        CY_TRY(std::unique_ptr<store::Store> store, store::Store::open(ctx.dbPath));
        CY_TRY(const ledger::Genesis genesis, store->genesis());
        const contracts::Engine engine(registry, genesis);
        CY_TRY(state::StateDelta pending, outboxDelta(*store, engine));
        const quint64 now = quint64(std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch()));
        for (const BatchLine &line : batch) {
            CY_TRY(const quint64 blockTime, store->nextBlockTime(now));
            std::optional<contracts::Rejection> rejection;
            std::optional<contracts::Effects> effects;
            auto entry = store->enqueue(key.publicKey(), now, [&](quint64 sequence) -> Result<ledger::Transaction> {
                ledger::TransactionBody body;
                body.kind = line.kind;
                body.kindVersion = line.version;
                body.communityId = genesis.communityId;
                body.author = key.publicKey();
                body.sequence = sequence;
                body.payload = line.payload;
                CY_TRY(const ledger::Transaction tx, ledger::Transaction::create(std::move(body), key));
                const state::OverlayView local(store->state(), pending);
                auto checked = engine.apply(local, tx, blockTime, contracts::Engine::Signatures::AlreadyVerified);
                if (!checked) {
                    rejection = checked.error();
                    return fail(ErrorCode::InvalidArgument, checked.error().message);
                }
                effects = std::move(*checked);
                return tx;
            });
            LineResult r;
            r.line = line.line;
            r.kind = line.kind;
            if (rejection) {
                r.code = rejection->code;
                r.message = rejection->message;
            } else if (!entry) {
                return fail(entry.error().prefixed(tr("line %1 (the lines before it are queued)").arg(line.line)));
            } else {
                pending.merge(effects->delta);
                r.accepted = true;
                r.transactionId = QString::fromLatin1(crypto::toByteArray(entry->id).toHex());
                r.timeMs = now;
                waiting.insert(crypto::toByteArray(entry->id));
            }
            results[line.line] = r;
        }
    }
    if (confirm && !batch.empty()) {
        for (const auto &[number, unit] : posting) {
            if (results.count(number) && results[number].accepted) {
                payers.remember(matches[std::size_t(number - 1)].line, unit);
            }
        }
        CY_CHECK(payers.save(data));
    }

    // The report.
    Report out;
    QJsonArray lines;
    QString text;
    text += tr("%1: %2, %3 line(s)").arg(path, statement.format).arg(statement.lines.size());
    if (!layout.isEmpty()) {
        text += tr(", layout %1%2").arg(layout, mappingRemembered ? tr(" (mapping remembered)") : QString());
    }
    text += QLatin1Char('\n');
    int posted = 0;
    int postedNow = 0;
    int queuedNow = 0;
    int refused = 0;
    for (const LineMatch &m : matches) {
        const BankLine &l = m.line;
        QString status = lineStatusName(m.status);
        QJsonObject o{{QStringLiteral("line"), l.number},
                      {QStringLiteral("booked"), l.booked.toString(Qt::ISODate)},
                      {QStringLiteral("amount"), l.amount},
                      {QStringLiteral("currency"), l.currency},
                      {QStringLiteral("reference"), l.reference},
                      {QStringLiteral("remittance"), l.remittance},
                      {QStringLiteral("payer_name"), l.payerName},
                      {QStringLiteral("payer_account"), l.payerAccount}};
        QJsonArray candidates;
        for (const Candidate &c : m.candidates) {
            candidates.append(candidateJson(c));
        }
        o.insert(QStringLiteral("candidates"), candidates);
        if (m.proposal) {
            o.insert(QStringLiteral("proposal"), candidateJson(m.candidates[*m.proposal]));
        }
        if (m.status == LineStatus::Posted) {
            o.insert(QStringLiteral("posted_by"), QString::fromLatin1(m.postedBy.toHex()));
            // Its payment waits in this device's outbox, not sealed yet.
            if (waiting.count(m.postedBy)) {
                status = QStringLiteral("queued");
            }
            ++posted;
        }
        const auto result = results.find(l.number);
        if (result != results.end()) {
            if (result->second.accepted && !sealNow) {
                status = QStringLiteral("queued-now");
                o.insert(QStringLiteral("transaction_id"), result->second.transactionId);
                ++queuedNow;
            } else if (result->second.accepted) {
                status = QStringLiteral("posted-now");
                o.insert(QStringLiteral("transaction_id"), result->second.transactionId);
                o.insert(QStringLiteral("block"), qint64(result->second.blockHeight));
                ++postedNow;
            } else {
                status = QStringLiteral("refused");
                o.insert(QStringLiteral("code"), result->second.code);
                o.insert(QStringLiteral("message"), result->second.message);
                ++refused;
            }
        }
        o.insert(QStringLiteral("status"), status);
        lines.append(o);

        QString proposalText;
        if (m.proposal) {
            const Candidate &c = m.candidates[*m.proposal];
            proposalText = tr("-> %1 (%2%, %3)").arg(c.unit).arg(c.confidence).arg(amountFitName(c.fit));
        }
        QStringList others;
        for (std::size_t i = 0; i < m.candidates.size(); ++i) {
            if (!m.proposal || i != *m.proposal) {
                others << QStringLiteral("%1 %2%").arg(m.candidates[i].unit).arg(m.candidates[i].confidence);
            }
        }
        text += QStringLiteral("%1  %2  %3 %4  %5  %6  %7 %8")
                    .arg(QString::number(l.number).rightJustified(3), l.booked.toString(Qt::ISODate), plain(l.amount, l.exponent).rightJustified(12),
                         l.currency, l.reference.leftJustified(22), status.leftJustified(16), proposalText,
                         others.isEmpty() ? QString() : tr("candidates: %1").arg(others.join(QStringLiteral(", "))));
        text = text.trimmed() + QLatin1Char('\n');
        text += QStringLiteral("     %1 %2 | %3\n").arg(l.payerName, l.payerAccount, l.remittance);
        if (result != results.end() && !result->second.accepted) {
            text += tr("     REFUSED %1: %2\n").arg(result->second.code, result->second.message);
        }
    }
    if (confirm && sealNow) {
        text += tr("Posted now: %1; already posted (or queued) before: %2; refused: %3.\n").arg(postedNow).arg(posted).arg(refused);
    } else if (confirm) {
        text += tr("Queued now: %1, in the outbox of %2 ('courtyard sync' sends them to the server); already posted (or queued) before: %3; "
                   "refused: %4.\n")
                    .arg(queuedNow)
                    .arg(ctx.dbPath)
                    .arg(posted)
                    .arg(refused);
    } else {
        text += tr("Nothing posted: check the matches, correct with --line N=UNIT, then run again with --confirm --key FILE (and --sealer-key FILE "
                   "to seal at once; without it the payments wait in this device's outbox for 'courtyard sync').\n");
    }
    out.text = text;
    out.json = QJsonObject{{QStringLiteral("file"), path},
                           {QStringLiteral("format"), statement.format},
                           {QStringLiteral("layout"), layout},
                           {QStringLiteral("lines"), lines},
                           {QStringLiteral("posted_now"), postedNow},
                           {QStringLiteral("queued_now"), queuedNow},
                           {QStringLiteral("already_posted"), posted},
                           {QStringLiteral("refused"), refused}};
    return out;
}

// --- export journal -------------------------------------------------------------------------

Result<Report> runExportJournal(AccountingContext &ctx)
{
    JournalOptions options;
    const QString format = ctx.parser.value(QStringLiteral("format"));
    if (format == QLatin1String("hledger")) {
        options.format = JournalFormat::Hledger;
    } else if (format == QLatin1String("ledger")) {
        options.format = JournalFormat::Ledger;
    } else {
        return fail(ErrorCode::InvalidArgument, tr("--format is hledger or ledger"));
    }
    CY_TRY(options.from, dayOption(ctx.parser, QStringLiteral("from")));
    CY_TRY(options.to, dayOption(ctx.parser, QStringLiteral("to")));
    CY_TRY(std::unique_ptr<store::Store> store, ctx.openBooks());
    Report out;
    JournalSummary summary;
    if (ctx.parser.isSet(QStringLiteral("output"))) {
        const QString path = ctx.parser.value(QStringLiteral("output"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString()));
        }
        CY_TRY(summary, writeJournal(*store, file, options));
        if (!file.commit()) {
            return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString()));
        }
        out.text = tr("%1: %2 transactions, %3 postings, %4 accounts (%5 journal).\n")
                       .arg(path)
                       .arg(summary.transactions)
                       .arg(summary.postings)
                       .arg(summary.accounts.size())
                       .arg(format);
    } else {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CY_TRY(summary, writeJournal(*store, buffer, options));
        out.text = QString::fromUtf8(buffer.data());
    }
    out.json = QJsonObject{{QStringLiteral("format"), format},
                           {QStringLiteral("transactions"), qint64(summary.transactions)},
                           {QStringLiteral("postings"), qint64(summary.postings)},
                           {QStringLiteral("accounts"), QJsonArray::fromStringList(summary.accounts)}};
    if (ctx.parser.isSet(QStringLiteral("output"))) {
        out.json.insert(QStringLiteral("output"), ctx.parser.value(QStringLiteral("output")));
    }
    return out;
}

// --- arrears --------------------------------------------------------------------------------

Result<void> requireGui()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return fail(ErrorCode::InvalidArgument, tr("PDFs need a QGuiApplication (the courtyard program makes one for this command)"));
    }
    return {};
}

Result<Report> runArrears(AccountingContext &ctx)
{
    if (ctx.parser.isSet(QStringLiteral("letters"))) {
        CY_CHECK(requireGui());
    }
    CY_TRY(std::optional<QDate> asOf, dayOption(ctx.parser, QStringLiteral("as-of")));
    CY_TRY(const DirectoryFile directory, readDirectory(ctx.parser));
    const QString defaultLanguage = ctx.parser.isSet(QStringLiteral("language")) ? ctx.parser.value(QStringLiteral("language")) : QStringLiteral("en");
    if (!letterLanguages().contains(defaultLanguage)) {
        return fail(ErrorCode::InvalidArgument, tr("--language is one of %1").arg(letterLanguages().join(QStringLiteral(", "))));
    }
    CY_TRY(std::unique_ptr<store::Store> store, ctx.openBooks());
    CY_TRY(const ledger::Genesis genesis, store->genesis());
    CY_TRY(const money::Currency currency, money::currencyByCode(genesis.currency));
    if (!asOf) {
        asOf = genesis.localDate(quint64(std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch())));
    }
    CY_TRY(const ArrearsReport report, arrears(store->state(), *asOf));
    Report out;
    QJsonArray units;
    const auto m = [&](qint64 minor) { return money::Money::fromMinor(minor, currency)->toPlainString(); };
    out.text = tr("Arrears on %1: %2 %3 owed by %4 unit(s)\n").arg(asOf->toString(Qt::ISODate), m(report.owed()), currency.code).arg(report.units.size());
    out.text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                    .arg(tr("unit").leftJustified(10), tr("since").leftJustified(10), tr("days").rightJustified(5), tr("owed").rightJustified(12),
                         tr("1-30").rightJustified(12), tr("31-60").rightJustified(12), tr("61-90").rightJustified(12), tr(">90").rightJustified(12));
    QStringList letters;
    const bool writeLetters = ctx.parser.isSet(QStringLiteral("letters"));
    const QString lettersDir = ctx.parser.value(QStringLiteral("letters"));
    if (writeLetters && !QDir().mkpath(lettersDir)) {
        return fail(ErrorCode::Io, tr("cannot make the folder %1").arg(lettersDir));
    }
    for (const UnitArrears &u : report.units) {
        out.text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                        .arg(u.unit.leftJustified(10), u.since.toString(Qt::ISODate), QString::number(u.oldestDays).rightJustified(5),
                             m(u.owed).rightJustified(12), m(u.buckets.days1to30).rightJustified(12), m(u.buckets.days31to60).rightJustified(12),
                             m(u.buckets.days61to90).rightJustified(12), m(u.buckets.over90).rightJustified(12));
        QJsonArray invoices;
        for (const views::InvoiceLine &i : u.invoices) {
            invoices.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(i.id.toHex())},
                                        {QStringLiteral("kind"), i.kind},
                                        {QStringLiteral("period"), i.period},
                                        {QStringLiteral("due"), i.due.toString(Qt::ISODate)},
                                        {QStringLiteral("open"), i.open()},
                                        {QStringLiteral("days"), qint64(i.due.daysTo(*asOf))}});
        }
        QJsonObject o{{QStringLiteral("unit"), u.unit},
                      {QStringLiteral("since"), u.since.toString(Qt::ISODate)},
                      {QStringLiteral("days"), u.oldestDays},
                      {QStringLiteral("owed"), u.owed},
                      {QStringLiteral("days_1_30"), u.buckets.days1to30},
                      {QStringLiteral("days_31_60"), u.buckets.days31to60},
                      {QStringLiteral("days_61_90"), u.buckets.days61to90},
                      {QStringLiteral("over_90"), u.buckets.over90},
                      {QStringLiteral("invoices"), invoices}};
        if (writeLetters) {
            LetterInput input;
            input.language = directory.languages.value(u.unit, defaultLanguage);
            input.community = genesis.name;
            input.unit = u.unit;
            input.names = directory.directory.namesByUnit.value(u.unit);
            input.currency = currency;
            input.arrears = u;
            input.date = *asOf;
            input.contact = ctx.parser.value(QStringLiteral("contact"));
            CY_TRY(std::unique_ptr<QTextDocument> document, reminderLetterDocument(input));
            const QString file = QDir(lettersDir).filePath(QStringLiteral("reminder-%1-%2.pdf").arg(u.unit, input.language));
            CY_CHECK(writePdf(*document, file, document->metaInformation(QTextDocument::DocumentTitle)));
            letters << file;
            o.insert(QStringLiteral("letter"), file);
            o.insert(QStringLiteral("language"), input.language);
        }
        units.append(o);
    }
    out.text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                    .arg(tr("total").leftJustified(10), QString(10, QLatin1Char(' ')), QString(5, QLatin1Char(' ')), m(report.owed()).rightJustified(12),
                         m(report.buckets.days1to30).rightJustified(12), m(report.buckets.days31to60).rightJustified(12),
                         m(report.buckets.days61to90).rightJustified(12), m(report.buckets.over90).rightJustified(12));
    if (writeLetters) {
        out.text += tr("%1 reminder letter(s) written to %2\n").arg(letters.size()).arg(lettersDir);
    }
    out.json = QJsonObject{{QStringLiteral("as_of"), asOf->toString(Qt::ISODate)},
                           {QStringLiteral("currency"), currency.code},
                           {QStringLiteral("owed"), report.owed()},
                           {QStringLiteral("units"), units},
                           {QStringLiteral("letters"), QJsonArray::fromStringList(letters)}};
    return out;
}

// --- report financial -----------------------------------------------------------------------

Result<Report> runFinancialReport(AccountingContext &ctx)
{
    CY_TRY(const std::optional<QDate> from, dayOption(ctx.parser, QStringLiteral("from")));
    CY_TRY(const std::optional<QDate> to, dayOption(ctx.parser, QStringLiteral("to")));
    if (!from || !to || !ctx.parser.isSet(QStringLiteral("pdf"))) {
        return fail(ErrorCode::InvalidArgument, tr("report financial needs --from DAY --to DAY --pdf FILE"));
    }
    const QString language = ctx.parser.isSet(QStringLiteral("language")) ? ctx.parser.value(QStringLiteral("language")) : QStringLiteral("en");
    if (!letterLanguages().contains(language)) {
        return fail(ErrorCode::InvalidArgument, tr("--language is one of %1").arg(letterLanguages().join(QStringLiteral(", "))));
    }
    CY_CHECK(requireGui());
    CY_TRY(std::unique_ptr<store::Store> store, ctx.openBooks());
    CY_TRY(const FinancialFigures figures, financialFigures(*store, *from, *to));
    CY_TRY(std::unique_ptr<QTextDocument> document, financialReportDocument(figures, language));
    const QString path = ctx.parser.value(QStringLiteral("pdf"));
    CY_CHECK(writePdf(*document, path,
                      document->metaInformation(QTextDocument::DocumentTitle) + QStringLiteral(" %1 - %2").arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate))));
    Report out;
    const auto m = [&](qint64 minor) { return money::Money::fromMinor(minor, figures.currency)->toPlainString(); };
    out.text = tr("%1: financial report %2 to %3, %4 page(s)\n").arg(path, from->toString(Qt::ISODate), to->toString(Qt::ISODate)).arg(document->pageCount());
    out.text += tr("income %1, expenses %2, arrears %3 (%4 units) %5\n")
                    .arg(m(figures.income), m(figures.expenses), m(figures.arrears.owed()))
                    .arg(figures.arrears.units.size())
                    .arg(figures.currency.code);
    QJsonObject income;
    for (const auto &[account, amount] : figures.incomeByAccount) {
        income.insert(account, amount);
    }
    QJsonObject expenses;
    for (const auto &[account, amount] : figures.expensesByAccount) {
        expenses.insert(account, amount);
    }
    QJsonObject funds;
    for (const auto &[account, pair] : figures.funds) {
        funds.insert(account, QJsonObject{{QStringLiteral("start"), pair.first}, {QStringLiteral("end"), pair.second}});
    }
    out.json = QJsonObject{{QStringLiteral("pdf"), path},
                           {QStringLiteral("language"), language},
                           {QStringLiteral("from"), from->toString(Qt::ISODate)},
                           {QStringLiteral("to"), to->toString(Qt::ISODate)},
                           {QStringLiteral("income"), income},
                           {QStringLiteral("expenses"), expenses},
                           {QStringLiteral("income_total"), figures.income},
                           {QStringLiteral("expenses_total"), figures.expenses},
                           {QStringLiteral("funds"), funds},
                           {QStringLiteral("arrears"), figures.arrears.owed()},
                           {QStringLiteral("arrears_units"), qint64(figures.arrears.units.size())}};
    return out;
}

} // namespace

std::vector<AccountingCommand> accountingCommands()
{
    const auto dataDirOption = opt(QStringLiteral("data-dir"),
                                   tr("The device's data folder, where bank mappings and known payers are remembered (default: the ledger's folder)."),
                                   QStringLiteral("DIR"));
    const auto directoryOption = opt(QStringLiteral("directory"),
                                     tr("The residents' directory (off the ledger), JSON: {\"units\": {\"12-0301\": {\"names\": [...], \"language\": \"zh_CN\"}}}."),
                                     QStringLiteral("FILE"));
    std::vector<AccountingCommand> all;
    all.push_back({{QStringLiteral("bank"), QStringLiteral("import")},
                   tr("Read a bank statement (camt.053 XML or CSV), match each line to open invoices; with --confirm post the matched lines."),
                   QStringLiteral("FILE"),
                   {opt(QStringLiteral("mapping"), tr("CSV only: which column holds what, e.g. \"date=Date,amount=Amount,booking-id=Ref\" (remembered for the layout)."),
                        QStringLiteral("MAPPING")),
                    opt(QStringLiteral("bank"), tr("A name for the CSV layout remembered (e.g. the bank's)."), QStringLiteral("NAME")),
                    opt(QStringLiteral("line"), tr("Post line N for UNIT (and the invoices named): corrects or chooses a match. Repeatable."),
                        QStringLiteral("N=UNIT[:INVOICE]")),
                    opt(QStringLiteral("skip"), tr("Do not post line N. Repeatable."), QStringLiteral("N")),
                    opt(QStringLiteral("confirm"), tr("Post the matched lines as payment.bank transactions (needs --key): sealed at once with "
                                                      "--sealer-key, else queued in this device's outbox for 'courtyard sync'.")),
                    opt(QStringLiteral("key"), tr("The manager's key file: signs the payments."), QStringLiteral("FILE")),
                    opt(QStringLiteral("sealer-key"), tr("The server's key file: seals the block at once (without it the payments wait in the outbox)."),
                        QStringLiteral("FILE")),
                    opt(QStringLiteral("passphrase-file"), tr("Read the key passphrase from the first line of FILE (or set COURTYARD_PASSPHRASE)."),
                        QStringLiteral("FILE")),
                    dataDirOption, directoryOption},
                   runBankImport});
    all.push_back({{QStringLiteral("export"), QStringLiteral("journal")},
                   tr("Every posting of the ledger as a plain-text journal for hledger or ledger."),
                   QString(),
                   {opt(QStringLiteral("format"), tr("hledger or ledger."), QStringLiteral("FORMAT")),
                    opt(QStringLiteral("from"), tr("First day (community's time zone), YYYY-MM-DD."), QStringLiteral("DAY")),
                    opt(QStringLiteral("to"), tr("Last day, YYYY-MM-DD."), QStringLiteral("DAY")),
                    opt(QStringLiteral("output"), tr("Write to FILE instead of printing."), QStringLiteral("FILE"))},
                   runExportJournal});
    AccountingCommand arrearsCommand{{QStringLiteral("arrears")},
                                     tr("Who owes what since when, by unit, with age buckets; with --letters, reminder letters as PDF."),
                                     QString(),
                                     {opt(QStringLiteral("as-of"), tr("The day to count from (default: today)."), QStringLiteral("DAY")),
                                      opt(QStringLiteral("letters"), tr("Write a reminder letter (PDF) per unit in arrears to DIR."), QStringLiteral("DIR")),
                                      opt(QStringLiteral("language"), tr("The letters' language when the directory names none: en, zh_CN, ja, ar."),
                                          QStringLiteral("LANG")),
                                      opt(QStringLiteral("contact"), tr("How to reach the office, printed on the letters."), QStringLiteral("TEXT")),
                                      directoryOption},
                                     runArrears};
    arrearsCommand.needsGui = true;
    all.push_back(arrearsCommand);
    AccountingCommand report{{QStringLiteral("report"), QStringLiteral("financial")},
                             tr("The financial report of a period as PDF: income, expenses by category, fund balances, arrears (no names)."),
                             QString(),
                             {opt(QStringLiteral("from"), tr("First day, YYYY-MM-DD."), QStringLiteral("DAY")),
                              opt(QStringLiteral("to"), tr("Last day, YYYY-MM-DD."), QStringLiteral("DAY")),
                              opt(QStringLiteral("pdf"), tr("The PDF file to write."), QStringLiteral("FILE")),
                              opt(QStringLiteral("language"), tr("The report's language: en (default), zh_CN, ja, ar."), QStringLiteral("LANG"))},
                             runFinancialReport};
    report.needsGui = true;
    all.push_back(report);
    return all;
}

bool accountingNeedsGui(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    return !args.isEmpty() && (args.front() == QLatin1String("arrears") || args.front() == QLatin1String("report"));
}

} // namespace courtyard::cli
