#include "app/desk/committee/verification.h"

#include "core/base/hex.h"
#include "core/crypto/crypto.h"
#include "core/ledger/block.h"
#include "core/state/state.h"
#include "core/store/store.h"
#include "core/verify/verifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

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

} // namespace

struct VerificationRunner::Shared {
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
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
                                          Q_ARG(qint64, total));
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
        // The records the desk shows must be those the verified blocks make.
        auto tip = (*store)->tip();
        // Re-hashed from the stored values (not the leaves cached beside them), so that a value
        // changed in the file is found.
        auto stateRoot = state::stateRoot((*store)->state());
        if (!tip || !stateRoot) {
            finish(QStringLiteral("error"), tr("The ledger's records could not be read."),
                   {!tip ? tip.error().message : stateRoot.error().message});
            return;
        }
        QStringList details;
        details << tr("%1 blocks and %2 transactions checked from genesis.").arg(number(report->blocks)).arg(number(report->transactions))
                << tr("%1 signatures verified.").arg(number(report->signatures))
                << tr("The log of %1 transactions has the root %2, which the community server signed.")
                       .arg(number(report->logSize))
                       .arg(crypto::toHex(report->logRoot).left(16) + QStringLiteral("…"));
        if (*stateRoot != tip->header.stateRoot) {
            {
                QMutexLocker lock(&shared->mutex);
                shared->finding.height = qint64(tip->header.height);
                shared->finding.stateRootDiffers = true;
                shared->finding.reason = QStringLiteral("state root differs");
            }
            details << tr("But the balances and records stored on this computer (state root %1…) are not those the blocks make "
                          "(block %2 says %3…).")
                           .arg(crypto::toHex(*stateRoot).left(16))
                           .arg(number(tip->header.height))
                           .arg(crypto::toHex(tip->header.stateRoot).left(16))
                    << tr("What to do: do not rely on the figures shown here. Keep this computer as it is and tell the committee.");
            finish(QStringLiteral("alarm"), tr("THE RECORDS ON THIS COMPUTER WERE CHANGED: the blocks check out, the stored records do not."),
                   details);
            return;
        }
        finish(QStringLiteral("ok"), tr("Everything checks out: no block, transaction or signature was changed since genesis."), details);
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

void VerificationRunner::onProgress(qint64 done, qint64 total)
{
    if (!running()) {
        return;
    }
    m_done = done;
    m_total = total;
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
