#include "app/desk/committee/verification.h"

#include "app/node/projections.h"
#include "contracts/standard.h"

#include "core/base/hex.h"
#include "core/crypto/crypto.h"
#include "core/ledger/block.h"
#include "core/store/store.h"
#include "core/verify/verifier.h"
#include "core/money/currency.h"
#include "core/money/money.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <climits>

namespace courtyard::desk {

namespace {

// A count in the language of the moment's digits (the worker runs after the language was chosen).
QString number(quint64 n)
{
    return QLocale().toString(n);
}
QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString amountText(qint64 minor, const QString &code)
{
    if (auto currency = money::currencyByCode(code)) {
        if (auto m = money::Money::fromMinor(minor, *currency)) {
            return m->formatWithCode(QLocale());
        }
    }
    return QStringLiteral("%1 %2").arg(QLocale().toString(minor), code);
}

// One stored row that differs from the blocks' replay, in the committee's words.
QString differenceText(const node::ProjectionDifference &d)
{
    const QString none = VerificationRunner::tr("nothing");
    switch (d.table) {
    case node::ProjectionTable::Postings: {
        const auto side = [&](const std::optional<store::PostingRow> &row) {
            //: One posting line: an amount with its currency, on an account, e.g. "CNY 1,200.00 on Income:Rent".
            return row ? VerificationRunner::tr("%1 on %2").arg(amountText(row->amount, row->currency), row->account) : none;
        };
        //: %1: line number, %2: log index, %3: block, %4 and %5: "CNY 1,200.00 on Income:Rent" or "nothing".
        return VerificationRunner::tr("Posting %1 of the transaction at log index %2 (block %3): stored %4, but the blocks make %5.")
            .arg(number(qint64(d.ordinal) + 1))
            .arg(number(d.logIndex.value_or(0)))
            .arg(number(d.height.value_or(0)))
            .arg(side(d.storedPosting), side(d.replayedPosting));
    }
    case node::ProjectionTable::AccountTotals: {
        const auto side = [&](const std::optional<store::AccountTotalsRow> &row) {
            return row ? VerificationRunner::tr("debits %1, credits %2 over %n posting(s)", nullptr, int(std::min<quint64>(row->postings, INT_MAX)))
                             .arg(amountText(row->debits, row->currency), amountText(row->credits, row->currency))
                       : none;
        };
        //: %1: account, %2: currency code, %3 and %4: "debits ..., credits ... over N postings" or "nothing".
        return VerificationRunner::tr("Totals of account %1 in %2: stored %3, but the blocks make %4.")
            .arg(d.account, d.currency, side(d.storedTotals), side(d.replayedTotals));
    }
    case node::ProjectionTable::State: {
        if (d.leafOnly) {
            //: A stored record whose value is right but whose checksum beside it was changed.
            return VerificationRunner::tr("Record %1: its value is right, but the checksum stored beside it was changed.").arg(d.keyText());
        }
        const QString stored = d.storedValue ? *d.storedValue : none;
        const QString made = d.replayedValue ? *d.replayedValue : none;
        if (d.logIndex && d.height) {
            //: %1: record key, %2: log index, %3: block, %4 and %5: the record's values (notation for programmers) or "nothing".
            return VerificationRunner::tr("Record %1 (last changed by the transaction at log index %2, block %3): stored %4, but the blocks make %5.")
                .arg(d.keyText(), number(*d.logIndex), number(*d.height), stored, made);
        }
        return VerificationRunner::tr("Record %1: stored %2, but the blocks make %3.").arg(d.keyText(), stored, made);
    }
    }
    return QString();
}

} // namespace

struct VerificationRunner::Shared {
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<int> phase{0}; // 0: the chain, 1: the projections
    QMutex mutex; // guards what follows, written by the worker before it ends
    QString state;
    QString headline;
    QStringList details;
    Finding finding;
    qint64 elapsedMs = 0;
};

QVariantList syncEvidence(const QString &ledgerPath)
{
    QVariantList out;
    const QDir dir(ledgerPath + QStringLiteral(".evidence"));
    if (!dir.exists()) {
        return out;
    }
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.txt")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        QString text;
        if (file.open(QIODevice::ReadOnly)) {
            text = QString::fromUtf8(file.read(64 * 1024)).trimmed();
        }
        const QString block = info.completeBaseName() + QStringLiteral(".cbor");
        QString title = VerificationRunner::tr("Refused by this device on %1").arg(QLocale().toString(info.lastModified(), QLocale::ShortFormat));
        if (dir.exists(block)) {
            text += u'\n' + VerificationRunner::tr("The block as the server sent it: %1").arg(dir.filePath(block));
        }
        out << QVariantMap{{QStringLiteral("title"), title}, {QStringLiteral("text"), text}, {QStringLiteral("path"), info.filePath()}};
    }
    return out;
}

VerificationRunner::VerificationRunner(QString ledgerPath, int threads, QObject *parent)
    : QObject(parent)
    , m_path(std::move(ledgerPath))
    , m_threads(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()))
{
}

VerificationRunner::~VerificationRunner()
{
    if (m_shared) {
        m_shared->cancel = true;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void VerificationRunner::start()
{
    if (running()) {
        return;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_shared = std::make_shared<Shared>();
    m_done = 0;
    m_total = 0;
    m_phase = QStringLiteral("chain");
    m_finding = Finding{};
    m_state = QStringLiteral("running");
    m_headline = tr("Verifying every block from genesis…");
    m_details.clear();
    m_evidence.clear();
    Q_EMIT stateChanged();
    Q_EMIT progressChanged();

    std::shared_ptr<Shared> shared = m_shared;
    QPointer<VerificationRunner> self(this);
    const QString path = m_path;
    const int threads = m_threads;
    m_thread = QThread::create([shared, self, path, threads] {
        QElapsedTimer timer;
        timer.start();
        const auto finish = [&](const QString &state, const QString &headline, const QStringList &details) {
            QMutexLocker lock(&shared->mutex);
            shared->state = state;
            shared->headline = headline;
            shared->details = details;
            shared->elapsedMs = timer.elapsed();
        };
        store::OpenOptions options;
        options.readOnly = true;
        auto store = store::Store::open(path, options);
        if (!store) {
            finish(QStringLiteral("error"), tr("The ledger file could not be opened for checking."), {store.error().message});
            return;
        }
        const qint64 total = qint64((*store)->blockCount());
        shared->total = total;
        auto genesis = (*store)->genesis();
        if (!genesis) {
            finish(QStringLiteral("alarm"), tr("THE LEDGER'S FIRST TRANSACTION IS DAMAGED."),
                   {genesis.error().message, tr("Keep this computer as it is and tell the committee.")});
            return;
        }
        verify::Options verifyOptions(threads);
        verifyOptions.trustedSealer = ledger::NoteKey{genesis->logOrigin(), genesis->sealer};
        qint64 lastReported = -1;
        verifyOptions.progress = [&](quint64 blocks) {
            shared->done = qint64(blocks);
            // Reported about 200 times a run, not once per block.
            if (self && (qint64(blocks) - lastReported) * 200 >= total) {
                lastReported = qint64(blocks);
                QMetaObject::invokeMethod(self.data(), "onProgress", Qt::QueuedConnection, Q_ARG(qint64, qint64(blocks)),
                                          Q_ARG(qint64, total), Q_ARG(int, 0));
            }
            return !shared->cancel.load();
        };
        auto report = verify::verifyStore(**store, verifyOptions);
        if (!report) {
            finish(QStringLiteral("error"), tr("The ledger file could not be read to the end."), {report.error().message});
            return;
        }
        shared->done = qint64(report->blocks);
        if (report->cancelled) {
            finish(QStringLiteral("cancelled"),
                   tr("Stopped: %1 of %2 blocks were checked and found good before you stopped it.").arg(number(report->blocks)).arg(number(total)), {});
            return;
        }
        if (report->problem) {
            const verify::Problem &p = *report->problem;
            {
                QMutexLocker lock(&shared->mutex);
                shared->finding.height = qint64(p.height);
                shared->finding.logIndex = p.logIndex ? qint64(*p.logIndex) : -1;
                shared->finding.transactionId = p.transactionId;
                shared->finding.reason = p.reason;
            }
            QStringList details;
            details << tr("Where: block %1").arg(number(p.height));
            if (p.logIndex) {
                details << tr("Transaction at log index %1").arg(number(*p.logIndex));
            }
            if (!p.transactionId.isEmpty()) {
                details << tr("Transaction id %1").arg(p.transactionId);
            }
            details << tr("What is wrong: %1").arg(p.reason)
                    << tr("%1 blocks before it were checked and found good.").arg(number(report->blocks))
                    << tr("What to do: do not rely on this computer's copy of the ledger. Keep this computer as it is (it is "
                          "evidence) and tell the other committee members and the manager.");
            finish(QStringLiteral("alarm"), tr("THE LEDGER ON THIS COMPUTER DOES NOT CHECK OUT: it was changed after it was sealed."),
                   details);
            return;
        }
        QStringList details;
        details << tr("%1 blocks and %2 transactions checked from genesis.").arg(number(report->blocks)).arg(number(report->transactions))
                << tr("%1 signatures verified.").arg(number(report->signatures))
                << tr("The log of %1 transactions has the root %2, which the community server signed.")
                       .arg(number(report->logSize))
                       .arg(crypto::toHex(report->logRoot).left(16) + QStringLiteral("…"));
        // The records the desk shows must be those the verified blocks make: every posting,
        // account total and record against the blocks' replay, and the state root of the stored
        // records (hashed from their values, not the leaves cached beside them, so that a value
        // changed in the file is found) against the last header's — both in one snapshot, so a
        // block the sync client appends meanwhile is on both sides or on neither.
        shared->phase = 1;
        shared->done = 0;
        contracts::Registry registry;
        contracts::addStandardContracts(registry);
        node::ProjectionCheckOptions projectionOptions;
        projectionOptions.signaturesVerifiedThrough = report->blocks > 0 ? std::optional<quint64>(report->blocks - 1) : std::nullopt;
        lastReported = -1;
        projectionOptions.progress = [&](quint64 blocks, quint64 of) {
            shared->done = qint64(blocks);
            shared->total = qint64(of);
            if (self && (qint64(blocks) - lastReported) * 200 >= qint64(of)) {
                lastReported = qint64(blocks);
                QMetaObject::invokeMethod(self.data(), "onProgress", Qt::QueuedConnection, Q_ARG(qint64, qint64(blocks)),
                                          Q_ARG(qint64, qint64(of)), Q_ARG(int, 1));
            }
            return !shared->cancel.load();
        };
        auto projections = node::checkProjections(**store, registry, projectionOptions);
        if (!projections) {
            finish(QStringLiteral("error"), tr("The ledger's records could not be read."), {projections.error().message});
            return;
        }
        if (projections->cancelled) {
            finish(QStringLiteral("cancelled"),
                   tr("Stopped: all %1 blocks were checked and found good; the stored figures were being compared with them "
                      "(%2 of %3 blocks replayed) when you stopped it.")
                       .arg(number(report->blocks)).arg(number(projections->blocks)).arg(number(total)),
                   details);
            return;
        }
        {
            QMutexLocker lock(&shared->mutex);
            shared->finding.projectionDifferences = projections->compared ? qint64(projections->differenceCount()) : -1;
            shared->finding.replayFailed = projections->problem.has_value();
            if (!projections->differences.empty()) {
                const node::ProjectionDifference &first = projections->differences.front();
                shared->finding.projectionTable = node::projectionTableName(first.table);
                shared->finding.projectionKey = first.keyText();
                shared->finding.height = first.height ? qint64(*first.height) : -1;
                shared->finding.logIndex = first.logIndex ? qint64(*first.logIndex) : -1;
            }
            if (projections->compared && !projections->storedStateRootMatches()) {
                shared->finding.stateRootDiffers = true;
                shared->finding.reason = QStringLiteral("state root differs");
            }
        }
        if (projections->problem) {
            const node::ReplayProblem &p = *projections->problem;
            {
                QMutexLocker lock(&shared->mutex);
                shared->finding.height = qint64(p.height);
                shared->finding.logIndex = p.logIndex ? qint64(*p.logIndex) : -1;
                shared->finding.reason = p.reason;
            }
            details << tr("Where: block %1").arg(number(p.height));
            if (p.logIndex) {
                details << tr("Transaction at log index %1").arg(number(*p.logIndex));
            }
            details << tr("What is wrong: %1").arg(p.reason)
                    << tr("What to do: do not rely on the figures shown here. This program's rules may be older or newer than "
                          "the community server's: install the version the server runs and verify again. If it still fails, "
                          "tell the other committee members and the manager.");
            finish(QStringLiteral("alarm"),
                   tr("THE BLOCKS CHECK OUT, BUT THIS PROGRAM'S RULES DO NOT MAKE THE RECORDS THEY CARRY."), details);
            return;
        }
        if (!projections->ok()) {
            const bool rootDiffers = !projections->storedStateRootMatches();
            const quint64 rows = projections->differenceCount();
            details << tr("%n stored row(s) are not what the blocks make:", nullptr, int(std::min<quint64>(rows, INT_MAX)))
                    << tr("postings: %1, account totals: %2, records: %3.")
                           .arg(number(projections->postingDifferences))
                           .arg(number(projections->accountTotalsDifferences))
                           .arg(number(projections->stateDifferences));
            for (const node::ProjectionDifference &d : projections->differences) {
                details << differenceText(d);
            }
            if (rows > projections->differences.size()) {
                details << tr("… and %1 more.").arg(number(rows - projections->differences.size()));
            }
            if (rootDiffers) {
                details << tr("The balances and records stored on this computer (state root %1…) are not those the blocks make "
                              "(block %2 says %3…).")
                               .arg(crypto::toHex(projections->storedStateRoot).left(16))
                               .arg(number(projections->tipHeight))
                               .arg(crypto::toHex(projections->tipStateRoot).left(16));
            }
            details << tr("What to do: do not rely on the balances, statements, reports or the trail shown on this computer. Keep "
                          "this computer and its ledger file (%1) as they are: they are evidence. Tell the other committee "
                          "members and the manager; after a copy of the file is kept, the manager can rebuild the figures from "
                          "the verified blocks with `courtyard replay --rebuild`.")
                           .arg(QDir::toNativeSeparators(path));
            finish(QStringLiteral("alarm"),
                   tr("THE FIGURES AND RECORDS ON THIS COMPUTER WERE CHANGED: the blocks check out, the stored rows do not."),
                   details);
            return;
        }
        details << tr("Every posting (%1), account total (%2) and record (%3) stored on this computer is what the blocks make.")
                       .arg(number(projections->storedPostings))
                       .arg(number(projections->storedAccountTotals))
                       .arg(number(projections->storedStateEntries));
        finish(QStringLiteral("ok"),
               tr("Everything checks out: no block, transaction, signature or stored figure was changed since genesis."), details);
    });
    connect(m_thread, &QThread::finished, this, &VerificationRunner::onFinished);
    m_thread->start();
}

void VerificationRunner::cancel()
{
    if (m_shared) {
        m_shared->cancel = true;
    }
}

bool VerificationRunner::wait(int timeoutMs)
{
    if (!m_thread) {
        return true;
    }
    const bool done = m_thread->wait(QDeadlineTimer(timeoutMs));
    if (done && running()) {
        onFinished();
    }
    return done;
}

void VerificationRunner::onProgress(qint64 done, qint64 total, int phase)
{
    if (!running()) {
        return;
    }
    m_done = done;
    m_total = total;
    m_phase = phase == 1 ? QStringLiteral("projections") : QStringLiteral("chain");
    Q_EMIT progressChanged();
}

void VerificationRunner::onFinished()
{
    if (!m_shared || !running()) {
        return;
    }
    {
        QMutexLocker lock(&m_shared->mutex);
        m_state = m_shared->state.isEmpty() ? QStringLiteral("error") : m_shared->state;
        m_headline = m_shared->headline;
        m_details = m_shared->details;
        m_finding = m_shared->finding;
        m_elapsedMs = m_shared->elapsedMs;
    }
    m_done = m_shared->done.load();
    m_total = m_shared->total.load();
    m_phase = m_shared->phase.load() == 1 ? QStringLiteral("projections") : QStringLiteral("chain");
    // A server that sent another history: what the sync client refused and kept.
    m_evidence = syncEvidence(m_path);
    if (!m_evidence.isEmpty()) {
        if (m_state == QLatin1String("ok")) {
            m_state = QStringLiteral("alarm");
            m_headline = tr("THIS COMPUTER'S LEDGER IS GOOD, BUT THE SERVER SENT BLOCKS THAT CONTRADICT IT: its history was "
                            "rewritten or replaced.");
        }
        m_details << tr("%n block(s) from the server were refused; the evidence is kept below.", nullptr, int(m_evidence.size()));
    }
    Q_EMIT progressChanged();
    Q_EMIT stateChanged();
    Q_EMIT finished();
}

} // namespace courtyard::desk
