// courtyard-load: the community server under the load of a lobby full of kiosks, and a new
// device catching up with a large ledger.
//
// load: starts the real courtyardd (a child process, 127.0.0.1, any free port) on a ledger made
// through the contracts (load_setup.h: --kiosks kiosk keys granted by the committee quorum,
// --units units with a resident and a lease each), then --kiosks simulated kiosks, each a real
// TLS WebSocket client (QWebSocket, the server's certificate pinned) that answers the challenge
// with its key and submits payment.kiosk transactions signed before the timed run, for
// --seconds, at --rate per kiosk or as fast as the window (--window submissions awaiting their
// block per kiosk) and the server's per-connection message limit allow. Once per block interval
// of --intervals. Reports sealed tx/s, the submit-to-sealed latency (from just before the submit
// is handed to the socket to the decoding of its "sealed" answer), the server's memory (VmHWM,
// VmRSS) and CPU, raw Ed25519 verify/s measured in the same run (before and after) and the ratio,
// and, from the server's ledger read after it stopped, the transactions lost (sent and not in
// the ledger, or answered sealed at another place) and duplicated (in the ledger twice).
//
// catchup: a device joins (fetches block 0, Ledger::createFromGenesisBlock) and catches up with
// SyncClient from courtyardd serving a ledger made through the contracts (built here with
// --catchup-transactions, or --catchup-ledger, e.g. courtyard-bench's 1,000,000-transaction books
// ledger; its sealer is the demo's key for --seed). Reports blocks, transactions, seconds, tx/s
// and the ratio to raw verify.
//
// JSON on stdout, a human summary and progress on stderr. Exit 1 when something failed (a
// refused payment, a lost or duplicated transaction, a device that did not catch up); the
// targets are reported, never enforced (they depend on the machine and its load).

#include "tests/bench/bench_util.h"
#include "tests/bench/load_setup.h"

#include "app/cli/demo.h"
#include "app/sync/sync_client.h"
#include "contracts/standard.h"
#include "core/store/store.h"
#include "core/sync/protocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <memory>
#include <thread>

namespace {

using namespace courtyard;
using namespace courtyard::bench;

constexpr double kTargetP99At1sMs = 250.0;
constexpr double kTargetP99At20msMs = 50.0;
constexpr double kTargetRatio = 0.5;
constexpr quint64 kSubscribeId = quint64(1) << 40;

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void say(const QString &text)
{
    std::fprintf(stderr, "courtyard-load: %s\n", qUtf8Printable(text));
    std::fflush(stderr);
}

// ---------------------------------------------------------------------------------------------
// The kiosks

struct ClientOptions {
    QString url;
    crypto::Digest pin{};
    int window = 8;            // submissions awaiting their "sealed" answer, per kiosk
    double rate = 0;           // submissions per second per kiosk; 0: as fast as allowed
    double sessionRate = 100;  // the server's messages_per_second
    double sessionBurst = 400; // the server's message_burst
    int subscribers = 0;       // the first n kiosks subscribe to pushed blocks
    double drainSeconds = 30;
};

// What all client threads share with the main thread.
struct Shared {
    std::atomic<int> signedIn{0};
    std::atomic<int> failed{0};
    std::atomic<qint64> startNs{0}; // 0: not yet
    std::atomic<qint64> stopNs{0};
    std::atomic<int> done{0}; // threads that finished draining
};

struct Request {
    qint64 sentNs = 0;
    qint64 acceptedNs = 0;
    qint64 sealedNs = 0;
    quint64 height = 0;
    quint64 logIndex = 0;
    enum class State : quint8 { Unsent, Sent, Accepted, Sealed, Rejected, Refused } state = State::Unsent;
};

struct KioskResult {
    std::vector<Request> requests;
    std::size_t sent = 0;
    quint64 rejected = 0;
    quint64 refused = 0; // ErrorReply for a submission (unavailable, rate-limited)
    quint64 pushedBlocks = 0;
    qint64 pushedBytes = 0;
    QString firstProblem;
    bool signedIn = false;
};

class Kiosk {
public:
    Kiosk(std::size_t index, const crypto::KeyPair &key, const Presigned &presigned, const ClientOptions &options, Shared &shared)
        : m_index(index)
        , m_key(key)
        , m_presigned(presigned)
        , m_options(options)
        , m_shared(shared)
    {
        m_result.requests.resize(presigned.messages.size());
        // A fixed rate: one token at a time (paced); as fast as allowed: the server's limit
        // with a margin (its bucket refills in whole milliseconds), in bursts of the window.
        const double limit = 0.9 * options.sessionRate;
        m_rate = options.rate > 0 ? std::min(options.rate, limit) : limit;
        m_burst = options.rate > 0 ? 1.0 : std::max(1.0, std::min(double(options.window), options.sessionBurst / 2));
        // At a fixed rate the kiosks are spread over one period instead of all sending at once.
        m_tokens = options.rate > 0 ? 1.0 - std::fmod(double(index) * 0.6180339887, 1.0) : 1.0;
        QObject::connect(&m_socket, &QWebSocket::sslErrors, &m_socket, [this](const QList<QSslError> &errors) {
            const QSslCertificate peer = m_socket.sslConfiguration().peerCertificate();
            if (!peer.isNull() && peer.digest(QCryptographicHash::Sha256) == crypto::toByteArray(m_options.pin)) {
                m_socket.ignoreSslErrors(errors);
            }
        });
        QObject::connect(&m_socket, &QWebSocket::binaryMessageReceived, &m_socket, [this](const QByteArray &bytes) { onMessage(bytes); });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [this] {
            if (!m_closing) {
                problem(QStringLiteral("disconnected: %1 %2").arg(m_socket.closeReason(), m_socket.errorString()));
            }
        });
        m_socket.setMaxAllowedIncomingMessageSize(quint64(sync::kMaxMessageSize));
    }

    void open() { m_socket.open(QUrl(m_options.url)); }
    void close()
    {
        m_closing = true;
        m_socket.close();
    }
    int inFlight() const { return m_inFlight; }
    bool broken() const { return m_broken; }
    KioskResult take() { return std::move(m_result); }

    void pump(qint64 now)
    {
        if (m_broken || !m_result.signedIn) {
            return;
        }
        const qint64 start = m_shared.startNs.load(std::memory_order_relaxed);
        if (start == 0 || now < start || now >= m_shared.stopNs.load(std::memory_order_relaxed)) {
            return;
        }
        if (m_lastRefillNs == 0) {
            m_lastRefillNs = now;
        }
        m_tokens = std::min(m_burst, m_tokens + double(now - m_lastRefillNs) * 1e-9 * m_rate);
        m_lastRefillNs = now;
        while (m_result.sent < m_presigned.messages.size() && m_inFlight < m_options.window && m_tokens >= 1.0) {
            const std::size_t i = m_result.sent++;
            m_tokens -= 1.0;
            ++m_inFlight;
            m_awaitingFirst.push_back(i);
            Request &r = m_result.requests[i];
            r.state = Request::State::Sent;
            r.sentNs = nowNs();
            m_socket.sendBinaryMessage(m_presigned.messages[i]);
        }
    }

private:
    void problem(const QString &text)
    {
        if (m_result.firstProblem.isEmpty()) {
            m_result.firstProblem = QStringLiteral("kiosk %1: %2").arg(m_index).arg(text);
        }
        if (!m_broken) {
            m_broken = true;
            m_shared.failed.fetch_add(1);
        }
    }

    // The first answer of a submission: answers come in the order of the submissions.
    std::optional<std::size_t> firstAnswer(quint64 id)
    {
        if (m_awaitingFirst.empty() || m_awaitingFirst.front() + 1 != id) {
            problem(QStringLiteral("an answer for request %1 out of order").arg(id));
            return std::nullopt;
        }
        const std::size_t i = m_awaitingFirst.front();
        m_awaitingFirst.pop_front();
        return i;
    }

    void onMessage(const QByteArray &bytes)
    {
        const qint64 at = nowNs();
        auto decoded = sync::decode(bytes);
        if (!decoded) {
            problem(QStringLiteral("a message that does not decode: %1").arg(decoded.error().message));
            return;
        }
        if (const auto *status = std::get_if<sync::TxStatus>(&*decoded)) {
            if (status->id == 0 || status->id > m_result.requests.size()) {
                problem(QStringLiteral("an answer for an unknown request %1").arg(status->id));
                return;
            }
            const std::size_t i = std::size_t(status->id - 1);
            Request &r = m_result.requests[i];
            const bool first = r.state == Request::State::Sent;
            if (first && !firstAnswer(status->id)) {
                return;
            }
            if (status->txId != m_presigned.ids[i]) {
                problem(QStringLiteral("the answer to request %1 names another transaction").arg(status->id));
                return;
            }
            switch (status->state) {
            case sync::TxStatus::State::Accepted:
                r.acceptedNs = at;
                r.state = Request::State::Accepted;
                return;
            case sync::TxStatus::State::Sealed:
                if (r.state == Request::State::Sealed) {
                    problem(QStringLiteral("request %1 answered sealed twice").arg(status->id));
                    return;
                }
                r.sealedNs = at;
                r.height = status->height;
                r.logIndex = status->logIndex;
                r.state = Request::State::Sealed;
                --m_inFlight;
                pump(at);
                return;
            case sync::TxStatus::State::Rejected:
                ++m_result.rejected;
                if (m_result.firstProblem.isEmpty()) {
                    m_result.firstProblem = QStringLiteral("kiosk %1, request %2 rejected: %3 (%4)").arg(m_index).arg(status->id).arg(status->reason, status->code);
                }
                r.state = Request::State::Rejected;
                --m_inFlight;
                pump(at);
                return;
            }
            return;
        }
        if (const auto *error = std::get_if<sync::ErrorReply>(&*decoded)) {
            // A refused submission (the block was full, or too fast): not accepted. Sending it
            // again after a later one would be refused as a stale sequence, so it is counted.
            const quint64 id = error->id != 0 ? error->id : (m_awaitingFirst.empty() ? 0 : m_awaitingFirst.front() + 1);
            if (id == 0 || id > m_result.requests.size()) {
                problem(QStringLiteral("the server refused: %1 (%2)").arg(error->reason, error->code));
                return;
            }
            if (!firstAnswer(id)) {
                return;
            }
            ++m_result.refused;
            if (m_result.firstProblem.isEmpty()) {
                m_result.firstProblem = QStringLiteral("kiosk %1, request %2 refused: %3 (%4)").arg(m_index).arg(id).arg(error->reason, error->code);
            }
            m_result.requests[std::size_t(id - 1)].state = Request::State::Refused;
            --m_inFlight;
            return;
        }
        if (const auto *pushed = std::get_if<sync::Pushed>(&*decoded)) {
            ++m_result.pushedBlocks;
            m_result.pushedBytes += bytes.size();
            Q_UNUSED(pushed);
            return;
        }
        if (const auto *challenge = std::get_if<sync::Challenge>(&*decoded)) {
            const QByteArray message = sync::authMessage(challenge->communityId, challenge->nonce, m_options.pin, m_key.publicKey());
            m_socket.sendBinaryMessage(sync::encode(sync::Auth{m_key.publicKey(), m_key.sign(message)}));
            return;
        }
        if (const auto *welcome = std::get_if<sync::Welcome>(&*decoded)) {
            if (!welcome->roles.contains(QStringLiteral("kiosk")) || welcome->lastSequence != 0) {
                problem(QStringLiteral("signed in with roles %1 and last sequence %2, not a fresh kiosk")
                            .arg(welcome->roles.join(u',')).arg(welcome->lastSequence));
                return;
            }
            m_result.signedIn = true;
            if (int(m_index) < m_options.subscribers) {
                m_socket.sendBinaryMessage(sync::encode(sync::Subscribe{kSubscribeId}));
            }
            m_shared.signedIn.fetch_add(1);
            return;
        }
        if (std::holds_alternative<sync::Status>(*decoded)) {
            return; // the answer to Subscribe
        }
        problem(QStringLiteral("an unexpected '%1'").arg(sync::typeName(*decoded)));
    }

    std::size_t m_index;
    const crypto::KeyPair &m_key;
    const Presigned &m_presigned;
    const ClientOptions &m_options;
    Shared &m_shared;
    QWebSocket m_socket;
    KioskResult m_result;
    std::deque<std::size_t> m_awaitingFirst;
    int m_inFlight = 0;
    double m_rate = 0;
    double m_burst = 1;
    double m_tokens = 0;
    qint64 m_lastRefillNs = 0;
    bool m_broken = false;
    bool m_closing = false;
};

// One thread of kiosks: connects them (a few at a time), pumps submissions from the start
// time to the stop time, then waits for the answers still owed (at most drainSeconds).
class ClientThread : public QThread {
public:
    ClientThread(std::vector<std::size_t> kiosks, const LoadCommunity &community, const std::vector<Presigned> &presigned,
                 const ClientOptions &options, Shared &shared)
        : m_kiosks(std::move(kiosks))
        , m_community(community)
        , m_presigned(presigned)
        , m_options(options)
        , m_shared(shared)
    {
    }

    std::vector<std::pair<std::size_t, KioskResult>> results;
    double cpuSeconds = 0;

protected:
    void run() override
    {
        const double cpu0 = clockNow(CLOCK_THREAD_CPUTIME_ID);
        std::vector<std::unique_ptr<Kiosk>> kiosks;
        for (const std::size_t k : m_kiosks) {
            kiosks.push_back(std::make_unique<Kiosk>(k, m_community.kiosks[k], m_presigned[k], m_options, m_shared));
        }
        QEventLoop loop;
        std::size_t opened = 0;
        QTimer opener;
        opener.setInterval(5);
        QObject::connect(&opener, &QTimer::timeout, &loop, [&] {
            for (int n = 0; n < 4 && opened < kiosks.size(); ++n) {
                kiosks[opened++]->open();
            }
            if (opened == kiosks.size()) {
                opener.stop();
            }
        });
        opener.start();
        QTimer ticker;
        ticker.setInterval(2);
        QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
            const qint64 now = nowNs();
            for (auto &k : kiosks) {
                k->pump(now);
            }
            const qint64 stop = m_shared.stopNs.load();
            if (stop == 0 || now < stop) {
                return;
            }
            bool owed = false;
            for (const auto &k : kiosks) {
                owed = owed || (!k->broken() && k->inFlight() > 0);
            }
            if (!owed || double(now - stop) * 1e-9 > m_options.drainSeconds) {
                loop.quit();
            }
        });
        ticker.start();
        loop.exec();
        for (std::size_t i = 0; i < kiosks.size(); ++i) {
            results.emplace_back(m_kiosks[i], kiosks[i]->take());
        }
        cpuSeconds = clockNow(CLOCK_THREAD_CPUTIME_ID) - cpu0;
        m_shared.done.fetch_add(1);
        // Wait until the main thread has read the server's numbers, then hang up.
        while (m_shared.stopNs.load() != -1) {
            QThread::msleep(5);
        }
        for (auto &k : kiosks) {
            k->close();
        }
        QEventLoop closing;
        QTimer::singleShot(200, &closing, &QEventLoop::quit);
        closing.exec();
    }

private:
    std::vector<std::size_t> m_kiosks;
    const LoadCommunity &m_community;
    const std::vector<Presigned> &m_presigned;
    const ClientOptions &m_options;
    Shared &m_shared;
};

// ---------------------------------------------------------------------------------------------
// Figures

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty()) {
        return 0;
    }
    // Nearest rank.
    const std::size_t rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

QJsonObject latencyJson(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (const double v : ms) {
        sum += v;
    }
    return QJsonObject{{QStringLiteral("count"), qint64(ms.size())},
                       {QStringLiteral("p50"), round3(percentile(ms, 50))},
                       {QStringLiteral("p95"), round3(percentile(ms, 95))},
                       {QStringLiteral("p99"), round3(percentile(ms, 99))},
                       {QStringLiteral("max"), round3(ms.empty() ? 0 : ms.back())},
                       {QStringLiteral("mean"), round3(ms.empty() ? 0 : sum / double(ms.size()))}};
}

double rawVerify(const std::vector<SignedMessage> &messages, int count, Samples *perCpuSecond = nullptr)
{
    const RawRate rate = rawVerifyRate(messages, count, 1);
    if (perCpuSecond) {
        perCpuSecond->add(rate.perCpuSecond);
    }
    return rate.perSecond;
}

struct Options {
    QString server;
    QString dir;
    int kiosks = 200;
    int units = 1000;
    double seconds = 60;
    std::vector<int> intervals{1000, 20};
    ClientOptions client;
    int maxBlock = 1000;
    int minIntervalMs = -1; // the server's min_block_interval_ms; -1: its default (20 ms, at most the interval)
    int clientThreads = 1;
    double presignFactor = 1.0;
    int rawVerifies = 20000;
    quint64 seed = 20261121;
    // catch-up
    int catchupTransactions = 20000;
    QString catchupLedger;
    int catchupUnits = 200;
    int catchupBlockSize = 200;
    int catchupFetchBatch = 64;
};

// ---------------------------------------------------------------------------------------------
// load

struct LoadInputs {
    LoadCommunity community;
    QString setupLedger;
    quint64 setupHeight = 0;
    std::vector<Presigned> presigned;
    int perKiosk = 0;
};

QJsonObject runLoad(const Options &o, const LoadInputs &in, int intervalMs, const std::vector<SignedMessage> &messages, bool *ok)
{
    const QString dir = o.dir + QStringLiteral("/load-%1ms").arg(intervalMs);
    QDir(dir).removeRecursively();
    ServerProcess server(o.server, dir);
    const int minIntervalMs = o.minIntervalMs < 0 ? std::min(20, intervalMs) : std::min(o.minIntervalMs, intervalMs);
    server.prepare(in.community.server, QStringLiteral("block_interval_ms = %1\nmax_block_transactions = %2\nmessages_per_second = %3\n"
                                                       "message_burst = %4\nmax_connections = %5\nmin_block_interval_ms = %6\n")
                                            .arg(intervalMs).arg(o.maxBlock).arg(o.client.sessionRate).arg(o.client.sessionBurst)
                                            .arg(o.kiosks + 10).arg(minIntervalMs));
    copyLedger(in.setupLedger, server.ledgerPath());

    Samples raw, rawCpu;
    raw.add(rawVerify(messages, o.rawVerifies, &rawCpu));
    server.start();
    const qint64 serverPid = server.pid();
    say(QStringLiteral("load, block interval %1 ms: courtyardd pid %2 on port %3").arg(intervalMs).arg(serverPid).arg(server.port()));

    ClientOptions client = o.client;
    client.url = server.url();
    client.pin = server.pin();
    Shared shared;
    std::vector<std::unique_ptr<ClientThread>> threads;
    for (int t = 0; t < o.clientThreads; ++t) {
        std::vector<std::size_t> mine;
        for (std::size_t k = std::size_t(t); k < std::size_t(o.kiosks); k += std::size_t(o.clientThreads)) {
            mine.push_back(k);
        }
        threads.push_back(std::make_unique<ClientThread>(std::move(mine), in.community, in.presigned, client, shared));
        threads.back()->start();
    }
    const Timer signIn;
    while (shared.signedIn.load() < o.kiosks && shared.failed.load() == 0 && signIn.wall() < 120) {
        QThread::msleep(10);
    }
    if (shared.signedIn.load() < o.kiosks) {
        die(QStringLiteral("only %1 of %2 kiosks signed in").arg(shared.signedIn.load()).arg(o.kiosks));
    }
    const double signInSeconds = signIn.wall();
    say(QStringLiteral("%1 kiosks signed in in %2 s; %3 s of payments").arg(o.kiosks).arg(signInSeconds, 0, 'f', 2).arg(o.seconds));

    const double serverCpu0 = server.cpuSeconds();
    const auto threads0 = server.threadTimes();
    const MachineTimes machine0 = machineTimes();
    const qint64 snapshot0 = nowNs();
    const double ownCpu0 = clockNow(CLOCK_PROCESS_CPUTIME_ID);
    const double load0 = loadAverage();
    const qint64 start = nowNs() + 50'000'000;
    shared.stopNs.store(start + qint64(o.seconds * 1e9));
    shared.startNs.store(start);
    qint64 peakRss = 0;
    double serverCpuWindow = -1;
    double ownCpuWindow = -1;
    std::map<qint64, ServerProcess::ThreadTimes> threads1;
    MachineTimes machine1;
    qint64 snapshot1 = 0;
    const auto windowEnds = [&] {
        snapshot1 = nowNs();
        serverCpuWindow = server.cpuSeconds() - serverCpu0;
        ownCpuWindow = clockNow(CLOCK_PROCESS_CPUTIME_ID) - ownCpu0;
        threads1 = server.threadTimes();
        machine1 = machineTimes();
    };
    while (shared.done.load() < o.clientThreads) {
        QThread::msleep(100);
        peakRss = std::max(peakRss, server.vmRssKb());
        if (serverCpuWindow < 0 && nowNs() >= shared.stopNs.load()) {
            windowEnds();
        }
    }
    if (serverCpuWindow < 0) {
        windowEnds();
    }
    const double drainedAfter = double(nowNs() - shared.stopNs.load()) * 1e-9;
    const qint64 hwm = server.vmHwmKb();
    const qint64 rss = server.vmRssKb();
    peakRss = std::max(peakRss, rss);
    const qint64 stopAt = shared.stopNs.load();
    shared.stopNs.store(-1); // the client threads hang up
    double clientCpu = 0;
    std::vector<KioskResult> results(std::size_t(o.kiosks));
    for (auto &t : threads) {
        t->wait();
        clientCpu += t->cpuSeconds;
        for (auto &[k, r] : t->results) {
            results[k] = std::move(r);
        }
    }
    const bool stopped = server.stop();
    raw.add(rawVerify(messages, o.rawVerifies, &rawCpu));

    // The answers.
    std::vector<double> sealedMs, acceptedMs;
    quint64 sent = 0, sentInWindow = 0, sealedInWindow = 0, answeredSealed = 0, rejected = 0, refused = 0, unanswered = 0;
    quint64 exhausted = 0, pushedBlocks = 0;
    qint64 pushedBytes = 0;
    QString firstProblem;
    for (const KioskResult &r : results) {
        sent += r.sent;
        rejected += r.rejected;
        refused += r.refused;
        pushedBlocks += r.pushedBlocks;
        pushedBytes += r.pushedBytes;
        exhausted += r.sent == r.requests.size() ? 1 : 0;
        if (firstProblem.isEmpty()) {
            firstProblem = r.firstProblem;
        }
        for (std::size_t i = 0; i < r.sent; ++i) {
            const Request &q = r.requests[i];
            const bool inWindow = q.sentNs >= start && q.sentNs < stopAt;
            sentInWindow += inWindow ? 1 : 0;
            if (q.state == Request::State::Sealed) {
                ++answeredSealed;
                sealedInWindow += q.sealedNs < stopAt ? 1 : 0;
                if (inWindow) {
                    sealedMs.push_back(double(q.sealedNs - q.sentNs) * 1e-6);
                }
            } else if (q.state == Request::State::Sent || q.state == Request::State::Accepted) {
                ++unanswered;
            }
            if (q.acceptedNs != 0 && inWindow) {
                acceptedMs.push_back(double(q.acceptedNs - q.sentNs) * 1e-6);
            }
        }
    }

    // The server's ledger, read after it stopped: every transaction sent is there exactly once,
    // at the place its "sealed" answer gave.
    store::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto stored = store::Store::open(server.ledgerPath(), readOnly);
    if (!stored) {
        die(QStringLiteral("cannot open the server's ledger: %1").arg(stored.error().message));
    }
    struct Place {
        quint64 height = 0;
        quint64 logIndex = 0;
        int count = 0;
    };
    QHash<QByteArray, Place> inLedger;
    inLedger.reserve(qsizetype(sent) + 16);
    quint64 blocks = 0, ledgerTx = 0;
    auto read = (*stored)->forEachBlock(in.setupHeight + 1, [&](store::StoredBlock &&b) {
        ++blocks;
        for (const store::StoredTransaction &t : b.transactions) {
            Place &p = inLedger[t.id];
            p.height = b.height;
            p.logIndex = t.logIndex;
            ++p.count;
            ++ledgerTx;
        }
        return true;
    });
    if (!read) {
        die(QStringLiteral("cannot read the server's ledger: %1").arg(read.error().message));
    }
    quint64 lost = 0, lostAcknowledged = 0, duplicated = 0, misplaced = 0, found = 0;
    for (std::size_t k = 0; k < results.size(); ++k) {
        const KioskResult &r = results[k];
        for (std::size_t i = 0; i < r.sent; ++i) {
            const Request &q = r.requests[i];
            const auto it = inLedger.constFind(crypto::toByteArray(in.presigned[k].ids[i]));
            const bool expected = q.state != Request::State::Rejected && q.state != Request::State::Refused;
            if (it == inLedger.constEnd()) {
                lost += expected ? 1 : 0;
                lostAcknowledged += q.state == Request::State::Sealed ? 1 : 0;
                continue;
            }
            ++found;
            duplicated += it->count > 1 ? 1 : 0;
            if (q.state == Request::State::Sealed && (q.height != it->height || q.logIndex != it->logIndex)) {
                ++misplaced;
            }
        }
    }
    const quint64 unexpected = ledgerTx - found; // in the ledger, never sent by a kiosk

    const double sealedPerSecond = double(sealedInWindow) / o.seconds;
    const double ratio = sealedPerSecond / raw.best();
    // From CPU time, which the other programs on the machine disturb much less: what one sealed
    // payment cost the server (all its threads) against one raw verification, and the ratio the
    // server would reach with every core of the machine to itself.
    const double cpuPerTx = sealedInWindow ? serverCpuWindow / double(sealedInWindow) : 0;
    // Per thread name (the sealing thread, the event loop, the signature checkers, the
    // checkpointer): CPU per sealed payment, and the share of the window each ran and waited for
    // a core; with the machine's idle time, this says what paces the blocks (docs/benchmarks.md).
    const double snapshotWall = double(snapshot1 - snapshot0) * 1e-9;
    QJsonArray threadsJson;
    {
        struct Sum {
            int count = 0;
            double run = 0, wait = 0;
        };
        std::map<QString, Sum> byName;
        for (const auto &[tid, after] : threads1) {
            const auto before = threads0.find(tid); // a thread started in the window counts from 0
            Sum &sum = byName[after.name];
            ++sum.count;
            sum.run += after.runSeconds - (before == threads0.end() ? 0.0 : before->second.runSeconds);
            sum.wait += after.waitSeconds - (before == threads0.end() ? 0.0 : before->second.waitSeconds);
        }
        for (const auto &[name, sum] : byName) {
            threadsJson.append(QJsonObject{{QStringLiteral("name"), name},
                                           {QStringLiteral("threads"), sum.count},
                                           {QStringLiteral("cpu_us_per_sealed_tx"), round3(sealedInWindow ? sum.run * 1e6 / double(sealedInWindow) : 0)},
                                           {QStringLiteral("cores_running"), round3(snapshotWall > 0 ? sum.run / snapshotWall : 0)},
                                           {QStringLiteral("cores_waiting"), round3(snapshotWall > 0 ? sum.wait / snapshotWall : 0)}});
        }
    }
    const auto coresOf = [&](double seconds) { return round3(snapshotWall > 0 ? seconds / snapshotWall : 0); };
    const QJsonObject machineJson{{QStringLiteral("busy_cores"), coresOf(machine1.busy - machine0.busy)},
                                  {QStringLiteral("idle_cores"), coresOf(machine1.idle - machine0.idle)},
                                  {QStringLiteral("io_wait_cores"), coresOf(machine1.ioWait - machine0.ioWait)}};
    const double verifyCpu = 1.0 / rawCpu.best();
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const std::vector<double> sortedSealed = [&] {
        std::vector<double> s = sealedMs;
        std::sort(s.begin(), s.end());
        return s;
    }();
    const double p99 = percentile(sortedSealed, 99);
    const double target = intervalMs >= 1000 ? kTargetP99At1sMs : intervalMs <= 20 ? kTargetP99At20msMs : 0;
    if (threadsJson.isEmpty() && firstProblem.isEmpty()) {
        firstProblem = QStringLiteral("cannot read courtyardd's threads from /proc/%1/task: no per-thread figures").arg(serverPid);
    }
    const bool clean = lost == 0 && duplicated == 0 && misplaced == 0 && lostAcknowledged == 0 && rejected == 0 && refused == 0
                       && unanswered == 0 && stopped && firstProblem.isEmpty() && exhausted == 0;
    *ok = *ok && lost == 0 && duplicated == 0 && misplaced == 0 && lostAcknowledged == 0 && stopped && rejected == 0 && !threadsJson.isEmpty();

    QJsonObject run{
        {QStringLiteral("block_interval_ms"), intervalMs},
        {QStringLiteral("min_block_interval_ms"), minIntervalMs},
        {QStringLiteral("max_block_transactions"), o.maxBlock},
        {QStringLiteral("kiosks"), o.kiosks},
        {QStringLiteral("seconds"), o.seconds},
        {QStringLiteral("rate_per_kiosk"), o.client.rate},
        {QStringLiteral("window_per_kiosk"), o.client.window},
        {QStringLiteral("subscribers"), o.client.subscribers},
        {QStringLiteral("sign_in_s"), round3(signInSeconds)},
        {QStringLiteral("sent"), qint64(sent)},
        {QStringLiteral("sent_in_window"), qint64(sentInWindow)},
        {QStringLiteral("sealed_in_window"), qint64(sealedInWindow)},
        {QStringLiteral("answered_sealed"), qint64(answeredSealed)},
        {QStringLiteral("sealed_tx_per_s"), Samples::round1(sealedPerSecond)},
        {QStringLiteral("submit_to_sealed_ms"), latencyJson(sealedMs)},
        {QStringLiteral("submit_to_accepted_ms"), latencyJson(acceptedMs)},
        {QStringLiteral("blocks"), qint64(blocks)},
        {QStringLiteral("avg_block_transactions"), round3(blocks ? double(ledgerTx) / double(blocks) : 0)},
        {QStringLiteral("raw_verify_per_s"), Samples::round1(raw.best())},
        {QStringLiteral("spread_raw_verify_per_s"), raw.spread()},
        {QStringLiteral("ratio_sealed_to_raw_verify"), round3(ratio)},
        {QStringLiteral("raw_verify_per_cpu_s"), Samples::round1(rawCpu.best())},
        {QStringLiteral("server_cpu_per_tx_in_raw_verifies"), round3(cpuPerTx > 0 ? cpuPerTx / verifyCpu : 0)},
        {QStringLiteral("ratio_bound_all_cores"), round3(cpuPerTx > 0 ? double(cores) * verifyCpu / cpuPerTx : 0)},
        {QStringLiteral("server"), QJsonObject{{QStringLiteral("pid"), serverPid},
                                               {QStringLiteral("vm_hwm_kb"), hwm},
                                               {QStringLiteral("vm_rss_kb"), rss},
                                               {QStringLiteral("vm_rss_peak_sampled_kb"), peakRss},
                                               {QStringLiteral("cpu_s"), round3(serverCpuWindow)},
                                               {QStringLiteral("cpu_us_per_sealed_tx"),
                                                round3(sealedInWindow ? serverCpuWindow * 1e6 / double(sealedInWindow) : 0)},
                                               {QStringLiteral("threads"), threadsJson},
                                               {QStringLiteral("stopped_cleanly"), stopped}}},
        {QStringLiteral("machine"), machineJson},
        {QStringLiteral("load_generator"), QJsonObject{{QStringLiteral("threads"), o.clientThreads},
                                                       {QStringLiteral("client_threads_cpu_s"), round3(clientCpu)},
                                                       {QStringLiteral("process_cpu_s"), round3(ownCpuWindow)},
                                                       {QStringLiteral("presigned_per_kiosk"), in.perKiosk},
                                                       {QStringLiteral("kiosks_out_of_presigned"), qint64(exhausted)}}},
        {QStringLiteral("drain_s"), round3(drainedAfter)},
        {QStringLiteral("check"), QJsonObject{{QStringLiteral("ledger_transactions"), qint64(ledgerTx)},
                                              {QStringLiteral("lost"), qint64(lost)},
                                              {QStringLiteral("lost_after_sealed_answer"), qint64(lostAcknowledged)},
                                              {QStringLiteral("duplicated"), qint64(duplicated)},
                                              {QStringLiteral("sealed_answer_place_differs"), qint64(misplaced)},
                                              {QStringLiteral("not_sent_by_a_kiosk"), qint64(unexpected)},
                                              {QStringLiteral("rejected"), qint64(rejected)},
                                              {QStringLiteral("refused"), qint64(refused)},
                                              {QStringLiteral("unanswered"), qint64(unanswered)}}},
        {QStringLiteral("pushed_blocks"), qint64(pushedBlocks)},
        {QStringLiteral("pushed_mb"), round3(double(pushedBytes) / 1e6)},
        {QStringLiteral("load_average_before"), load0},
        {QStringLiteral("load_average_after"), loadAverage()},
        {QStringLiteral("target_p99_ms"), target},
        {QStringLiteral("meets_targets"), QJsonObject{{QStringLiteral("p99"), target > 0 && p99 < target},
                                                      {QStringLiteral("ratio"), ratio >= kTargetRatio},
                                                      {QStringLiteral("none_lost_or_duplicated"), lost == 0 && duplicated == 0}}},
        {QStringLiteral("clean"), clean},
    };
    if (!firstProblem.isEmpty()) {
        run.insert(QStringLiteral("first_problem"), firstProblem);
    }
    say(QStringLiteral("interval %1 ms: %2 sealed tx/s (%3 of raw verify %4/s), p50 %5 ms, p95 %6 ms, p99 %7 ms, max %8 ms; "
                       "server %9 MB peak, %10 us CPU per tx; lost %11, duplicated %12%13")
            .arg(intervalMs).arg(sealedPerSecond, 0, 'f', 0).arg(ratio, 0, 'f', 3).arg(raw.best(), 0, 'f', 0)
            .arg(percentile(sortedSealed, 50), 0, 'f', 1).arg(percentile(sortedSealed, 95), 0, 'f', 1).arg(p99, 0, 'f', 1)
            .arg(sortedSealed.empty() ? 0.0 : sortedSealed.back(), 0, 'f', 1).arg(double(hwm) / 1024.0, 0, 'f', 1)
            .arg(sealedInWindow ? serverCpuWindow * 1e6 / double(sealedInWindow) : 0.0, 0, 'f', 1).arg(lost).arg(duplicated)
            .arg(firstProblem.isEmpty() ? QString() : QStringLiteral("; ") + firstProblem));
    QStringList perThread;
    for (const QJsonValue &value : threadsJson) {
        const QJsonObject thread = value.toObject();
        perThread << QStringLiteral("%1 %2 us (ran %3, waited %4 cores)")
                         .arg(thread.value(QStringLiteral("name")).toString())
                         .arg(thread.value(QStringLiteral("cpu_us_per_sealed_tx")).toDouble(), 0, 'f', 1)
                         .arg(thread.value(QStringLiteral("cores_running")).toDouble(), 0, 'f', 2)
                         .arg(thread.value(QStringLiteral("cores_waiting")).toDouble(), 0, 'f', 2);
    }
    say(QStringLiteral("  per sealed tx: %1; machine idle %2 cores (I/O wait %3)")
            .arg(perThread.join(QStringLiteral("; ")))
            .arg(machineJson.value(QStringLiteral("idle_cores")).toDouble(), 0, 'f', 2)
            .arg(machineJson.value(QStringLiteral("io_wait_cores")).toDouble(), 0, 'f', 2));
    QDir(dir).removeRecursively();
    return run;
}

// ---------------------------------------------------------------------------------------------
// catch-up

QJsonObject runCatchup(const Options &o, const std::vector<SignedMessage> &messages, bool *ok)
{
    const QString dir = o.dir + QStringLiteral("/catchup");
    QDir(dir).removeRecursively();
    const cli::DemoKeys keys = cli::demoKeys(o.seed);
    ServerProcess server(o.server, dir);
    server.prepare(keys.server, QStringLiteral("block_interval_ms = 1000\nmax_connections = 10\n"));
    QJsonObject out;
    double buildSeconds = 0;
    if (!o.catchupLedger.isEmpty()) {
        say(QStringLiteral("catch-up: copying %1").arg(o.catchupLedger));
        copyLedger(o.catchupLedger, server.ledgerPath());
        out.insert(QStringLiteral("ledger"), QFileInfo(o.catchupLedger).absoluteFilePath());
    } else {
        say(QStringLiteral("catch-up: building a ledger of %1 transactions through the contracts (%2 units, blocks of %3)")
                .arg(o.catchupTransactions).arg(o.catchupUnits).arg(o.catchupBlockSize));
        cli::DemoOptions demo;
        demo.ledgerPath = server.ledgerPath();
        demo.units = o.catchupUnits;
        demo.transactions = o.catchupTransactions;
        demo.blockSize = o.catchupBlockSize;
        demo.seed = o.seed;
        const Timer t;
        auto community = cli::buildDemoCommunity(demo, keys);
        if (!community) {
            die(QStringLiteral("cannot build the catch-up ledger: %1").arg(community.error().message));
        }
        community->ledger.reset();
        buildSeconds = t.wall();
        out.insert(QStringLiteral("ledger"), QStringLiteral("built"));
    }
    quint64 serverHeight = 0, serverLog = 0;
    QByteArray serverTipHash;
    {
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto stored = store::Store::open(server.ledgerPath(), readOnly);
        if (!stored) {
            die(QStringLiteral("cannot open the catch-up ledger: %1").arg(stored.error().message));
        }
        auto genesis = (*stored)->genesis();
        if (!genesis || genesis->sealer != keys.server.publicKey()) {
            die(QStringLiteral("the catch-up ledger's sealer is not the demo's server key for seed %1: give the --seed it was built "
                               "with (courtyard-bench builds with 20261121)")
                    .arg(o.seed));
        }
        serverHeight = (*stored)->blockCount() - 1;
        serverLog = (*stored)->log().size();
        auto tip = (*stored)->block(serverHeight);
        if (!tip) {
            die(tip.error().message);
        }
        serverTipHash = tip->hash;
    }
    Samples raw;
    raw.add(rawVerify(messages, o.rawVerifies));
    const Timer startTimer;
    server.start();
    const double startSeconds = startTimer.wall();
    say(QStringLiteral("catch-up: courtyardd pid %1 serves %2 blocks, %3 transactions (started in %4 s)")
            .arg(server.pid()).arg(serverHeight + 1).arg(serverLog - 1).arg(startSeconds, 0, 'f', 1));

    contracts::Registry registry;
    contracts::addStandardContracts(registry);
    syncclient::SyncOptions sync;
    sync.server = QUrl(server.url());
    sync.pin = server.pin();
    sync.reconnect = false;
    sync.requestTimeoutMs = 600000;
    sync.fetchBatch = o.catchupFetchBatch;
    const crypto::KeyPair &device = keys.kiosks.front();
    const QString devicePath = dir + QStringLiteral("/device.ledger");

    const double serverCpu0 = server.cpuSeconds();
    const Timer total;
    auto genesis = syncclient::fetchGenesisBlock(sync, device, 60000);
    if (!genesis) {
        die(QStringLiteral("catch-up: cannot fetch block 0: %1").arg(genesis.error().message));
    }
    auto ledger = node::Ledger::createFromGenesisBlock(devicePath, registry, genesis->block, genesis->transaction);
    if (!ledger) {
        die(QStringLiteral("catch-up: cannot begin the device's ledger: %1").arg(ledger.error().message));
    }
    const double joinSeconds = total.wall();
    syncclient::SyncClient client(**ledger, device, sync);
    QEventLoop loop;
    QString failure;
    quint64 lastReported = 0;
    const Timer catchup;
    QObject::connect(&client, &syncclient::SyncClient::caughtUp, &loop, [&](quint64) { loop.quit(); });
    QObject::connect(&client, &syncclient::SyncClient::verificationFailed, &loop, [&](const QString &reason) {
        failure = reason;
        loop.quit();
    });
    QObject::connect(&client, &syncclient::SyncClient::connectionFailed, &loop, [&](const QString &reason) {
        failure = reason;
        loop.quit();
    });
    QObject::connect(&client, &syncclient::SyncClient::blockApplied, &loop, [&](quint64 height) {
        if (height - lastReported >= std::max<quint64>(1, serverHeight / 10)) {
            lastReported = height;
            say(QStringLiteral("catch-up: block %1 of %2, %3 s").arg(height).arg(serverHeight).arg(catchup.wall(), 0, 'f', 1));
        }
    });
    client.start();
    loop.exec();
    const double catchupSeconds = catchup.wall();
    const double catchupCpu = catchup.threadCpu();
    const double seconds = total.wall();
    const double serverCpu = server.cpuSeconds() - serverCpu0;
    const qint64 serverHwm = server.vmHwmKb();
    QObject::disconnect(&client, nullptr, &loop, nullptr); // hanging up is no failure
    client.stop();
    const quint64 deviceHeight = (*ledger)->store().blockCount() - 1;
    auto deviceTip = (*ledger)->store().block(deviceHeight);
    const bool same = deviceTip && deviceHeight == serverHeight && deviceTip->hash == serverTipHash;
    ledger->reset();
    server.stop();
    raw.add(rawVerify(messages, o.rawVerifies));
    if (!failure.isEmpty() || !same) {
        *ok = false;
        say(QStringLiteral("catch-up FAILED: %1").arg(failure.isEmpty() ? QStringLiteral("the device's tip is not the server's") : failure));
    }
    const quint64 transactions = serverLog - 1;
    const double rate = double(transactions) / seconds;
    out.insert(QStringLiteral("build_s"), round3(buildSeconds));
    out.insert(QStringLiteral("blocks"), qint64(serverHeight));
    out.insert(QStringLiteral("transactions"), qint64(transactions));
    out.insert(QStringLiteral("server_start_s"), round3(startSeconds));
    out.insert(QStringLiteral("join_s"), round3(joinSeconds));
    out.insert(QStringLiteral("catch_up_s"), round3(catchupSeconds));
    out.insert(QStringLiteral("seconds"), round3(seconds));
    out.insert(QStringLiteral("tx_per_s"), Samples::round1(rate));
    out.insert(QStringLiteral("device_cpu_s"), round3(catchupCpu));
    out.insert(QStringLiteral("server_cpu_s"), round3(serverCpu));
    out.insert(QStringLiteral("server_vm_hwm_kb"), serverHwm);
    out.insert(QStringLiteral("fetch_batch"), o.catchupFetchBatch);
    out.insert(QStringLiteral("raw_verify_per_s"), Samples::round1(raw.best()));
    out.insert(QStringLiteral("spread_raw_verify_per_s"), raw.spread());
    out.insert(QStringLiteral("ratio_to_raw_verify"), round3(rate / raw.best()));
    out.insert(QStringLiteral("device_file_mb"), round3(double(QFileInfo(devicePath).size()) / 1e6));
    out.insert(QStringLiteral("same_tip_as_server"), same);
    if (!failure.isEmpty()) {
        out.insert(QStringLiteral("failure"), failure);
    }
    say(QStringLiteral("catch-up: %1 transactions in %2 blocks in %3 s: %4 tx/s, %5 of raw verify (%6/s)")
            .arg(transactions).arg(serverHeight).arg(seconds, 0, 'f', 1).arg(rate, 0, 'f', 0).arg(rate / raw.best(), 0, 'f', 3)
            .arg(raw.best(), 0, 'f', 0));
    QDir(dir).removeRecursively();
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("courtyard-load"));
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES")) {
        // The store's migrations, the device's states and every kiosk's sign-in are no news here.
        QLoggingCategory::setFilterRules(QStringLiteral("courtyard.*.info=false\ncourtyard.*.debug=false"));
        qputenv("QT_LOGGING_RULES", "courtyard.*.info=false;courtyard.*.debug=false"); // for courtyardd too
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs courtyardd under the load of many kiosks (TLS WebSocket clients submitting signed payments) and times a new "
        "device catching up. Prints one JSON object on stdout; a summary and progress on stderr. See docs/benchmarks.md."));
    parser.addHelpOption();
    const auto option = [&](const char *name, const char *text, const char *value = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(text));
        if (value) {
            o.setValueName(QString::fromLatin1(value));
        }
        parser.addOption(o);
        return o;
    };
    const auto phasesOpt = option("phases", "Phases, comma-separated: load, catchup (default both).", "LIST");
    const auto kiosksOpt = option("kiosks", "Simulated kiosks (default 200).", "N");
    const auto unitsOpt = option("units", "Units of the load community (default 1000).", "N");
    const auto secondsOpt = option("seconds", "Seconds of payments per block interval (default 60).", "S");
    const auto intervalsOpt = option("intervals", "Block intervals in ms, comma-separated (default 1000,20).", "LIST");
    const auto rateOpt = option("rate", "Payments per second per kiosk; 0: as fast as the window and the server allow (default 0).", "R");
    const auto windowOpt = option("window", "Payments per kiosk awaiting their 'sealed' answer (default 8).", "N");
    const auto maxBlockOpt = option("max-block", "The server's max_block_transactions (default 1000).", "N");
    const auto minIntervalOpt = option("min-interval",
                                       "The server's min_block_interval_ms (default 20, at most the interval; equal to the interval: "
                                       "a block only when the interval is up or the block is full).", "MS");
    const auto sessionRateOpt = option("session-rate", "The server's messages_per_second per connection (default 100).", "N");
    const auto sessionBurstOpt = option("session-burst", "The server's message_burst (default 400).", "N");
    const auto subscribersOpt = option("subscribers", "Kiosks that also subscribe to pushed blocks (default 0).", "N");
    const auto threadsOpt = option("client-threads", "Threads the kiosks run on (default 1).", "N");
    const auto presignOpt = option("presign-factor",
                                   "Payments signed before the run, as a multiple of what one core's raw verify rate could check "
                                   "in --seconds (default 1.0; with --rate: what the rate needs).", "F");
    const auto drainOpt = option("drain-seconds", "After the run, how long to wait for the answers still owed (default 30).", "S");
    const auto rawOpt = option("raw-verifies", "Raw Ed25519 verifications per measurement (default 20000).", "N");
    const auto seedOpt = option("seed", "Seed of the keys (default 20261121, courtyard-bench's).", "N");
    const auto catchupTxOpt = option("catchup-transactions", "Transactions of the catch-up ledger built here (default 20000).", "N");
    const auto catchupLedgerOpt = option("catchup-ledger",
                                         "Serve this ledger (copied) for the catch-up instead, e.g. courtyard-bench's --ledger-cache; "
                                         "built with the demo keys of --seed.", "PATH");
    const auto catchupUnitsOpt = option("catchup-units", "Units of the catch-up ledger built here (default 200).", "N");
    const auto catchupBlockOpt = option("catchup-block-size", "Transactions per block of the catch-up ledger built here (default 200).", "N");
    const auto fetchOpt = option("catchup-fetch-batch", "Blocks per fetch of the catching-up device (default 64).", "N");
    const auto serverOpt = option("server", "The courtyardd to run (default: the one built with this tool).", "PATH");
    const auto dirOpt = option("dir", "Work in DIR (default: a temporary folder, removed afterwards).", "DIR");
    parser.process(app);

    const auto number = [&](const QCommandLineOption &o, double fallback, double minimum) {
        if (!parser.isSet(o)) {
            return fallback;
        }
        bool ok = false;
        const double v = parser.value(o).toDouble(&ok);
        if (!ok || v < minimum) {
            die(QStringLiteral("--%1 needs a number >= %2").arg(o.names().constFirst()).arg(minimum));
        }
        return v;
    };
    Options o;
    o.server = parser.isSet(serverOpt) ? parser.value(serverOpt) : QStringLiteral(COURTYARDD);
    o.kiosks = int(number(kiosksOpt, 200, 1));
    o.units = int(number(unitsOpt, 1000, 1));
    o.seconds = number(secondsOpt, 60, 0.5);
    o.client.rate = number(rateOpt, 0, 0);
    o.client.window = int(number(windowOpt, 8, 1));
    o.maxBlock = int(number(maxBlockOpt, 1000, 1));
    if (parser.isSet(minIntervalOpt)) {
        o.minIntervalMs = int(number(minIntervalOpt, 20, 0));
    }
    o.client.sessionRate = number(sessionRateOpt, 100, 1);
    o.client.sessionBurst = number(sessionBurstOpt, 400, 1);
    o.client.subscribers = int(number(subscribersOpt, 0, 0));
    o.client.drainSeconds = number(drainOpt, 30, 1);
    o.clientThreads = int(number(threadsOpt, 1, 1));
    o.presignFactor = number(presignOpt, 1.0, 0.001);
    o.rawVerifies = int(number(rawOpt, 20000, 100));
    o.seed = quint64(number(seedOpt, 20261121, 0));
    o.catchupTransactions = int(number(catchupTxOpt, 20000, 1));
    o.catchupLedger = parser.value(catchupLedgerOpt);
    o.catchupUnits = int(number(catchupUnitsOpt, 200, 1));
    o.catchupBlockSize = int(number(catchupBlockOpt, 200, 1));
    o.catchupFetchBatch = int(number(fetchOpt, 64, 1));
    if (parser.isSet(intervalsOpt)) {
        o.intervals.clear();
        for (const QString &part : parser.value(intervalsOpt).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int v = part.trimmed().toInt(&ok);
            if (!ok || v < 5) {
                die(QStringLiteral("--intervals: '%1' is not a block interval in ms (5 or more)").arg(part));
            }
            o.intervals.push_back(v);
        }
    }
    QStringList phases{QStringLiteral("load"), QStringLiteral("catchup")};
    if (parser.isSet(phasesOpt)) {
        phases = parser.value(phasesOpt).split(u',', Qt::SkipEmptyParts);
        for (const QString &p : phases) {
            if (p != QLatin1String("load") && p != QLatin1String("catchup")) {
                die(QStringLiteral("--phases: '%1' is not load or catchup").arg(p));
            }
        }
    }
    if (!o.catchupLedger.isEmpty() && !QFileInfo::exists(o.catchupLedger)) {
        die(QStringLiteral("--catchup-ledger: no file at %1").arg(o.catchupLedger));
    }
    if (!QFileInfo(o.server).isExecutable()) {
        die(QStringLiteral("no courtyardd at %1: build it, or give --server").arg(o.server));
    }
    QTemporaryDir temporary;
    if (parser.isSet(dirOpt)) {
        o.dir = QFileInfo(parser.value(dirOpt)).absoluteFilePath();
        QDir().mkpath(o.dir);
    } else {
        if (!temporary.isValid()) {
            die(QStringLiteral("cannot make a temporary folder"));
        }
        o.dir = temporary.path();
        temporaryFolder() = o.dir;
    }

    const Timer total;
    const double loadBefore = loadAverage();
    const std::vector<SignedMessage> messages = makeSignedMessages(1000);
    bool ok = true;
    QJsonObject out;
    out.insert(QStringLiteral("benchmark"), QStringLiteral("courtyard-load"));
    out.insert(QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    out.insert(QStringLiteral("cores"), int(std::thread::hardware_concurrency()));
    out.insert(QStringLiteral("load_average_before"), loadBefore);

    if (phases.contains(QStringLiteral("load"))) {
        LoadInputs in{makeLoadCommunity(o.kiosks, o.units, o.seed, quint64(QDateTime::currentMSecsSinceEpoch()) - 86400000), QString(), 0, {}, 0};
        in.setupLedger = o.dir + QStringLiteral("/setup.ledger");
        contracts::Registry registry;
        contracts::addStandardContracts(registry);
        const Timer setup;
        in.setupHeight = buildLoadLedger(in.setupLedger, in.community, registry);
        const double raw = rawVerify(messages, o.rawVerifies);
        const double budget = o.client.rate > 0 ? o.client.rate * o.seconds * 1.05 + o.client.window + 10
                                                : std::min(o.presignFactor * raw * o.seconds / o.kiosks,
                                                           o.client.sessionRate * o.seconds + o.client.sessionBurst)
                                                      + o.client.window;
        in.perKiosk = int(std::ceil(budget));
        say(QStringLiteral("load: community of %1 units and %2 kiosks built (%3 blocks); signing %4 payments per kiosk")
                .arg(o.units).arg(o.kiosks).arg(in.setupHeight).arg(in.perKiosk));
        const Timer signing;
        in.presigned = presignPayments(in.community, in.perKiosk, std::max(1, int(std::thread::hardware_concurrency())));
        say(QStringLiteral("load: signed %1 payments in %2 s (setup %3 s)")
                .arg(qint64(in.perKiosk) * o.kiosks).arg(signing.wall(), 0, 'f', 1).arg(setup.wall(), 0, 'f', 1));
        QJsonArray runs;
        for (const int interval : o.intervals) {
            runs.append(runLoad(o, in, interval, messages, &ok));
        }
        out.insert(QStringLiteral("load"), QJsonObject{{QStringLiteral("units"), o.units},
                                                       {QStringLiteral("setup_blocks"), qint64(in.setupHeight)},
                                                       {QStringLiteral("runs"), runs},
                                                       {QStringLiteral("targets"),
                                                        QJsonObject{{QStringLiteral("p99_ms_at_1000ms"), kTargetP99At1sMs},
                                                                    {QStringLiteral("p99_ms_at_20ms"), kTargetP99At20msMs},
                                                                    {QStringLiteral("ratio_sealed_to_raw_verify"), kTargetRatio},
                                                                    {QStringLiteral("lost_or_duplicated"), 0}}}});
    }
    if (phases.contains(QStringLiteral("catchup"))) {
        out.insert(QStringLiteral("catchup"), runCatchup(o, messages, &ok));
    }
    out.insert(QStringLiteral("load_average_after"), loadAverage());
    out.insert(QStringLiteral("total_s"), round3(total.wall()));
    out.insert(QStringLiteral("ok"), ok);
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    say(QStringLiteral("%1 in %2 s").arg(ok ? QStringLiteral("done") : QStringLiteral("FAILED")).arg(total.wall(), 0, 'f', 1));
    return ok ? 0 : 1;
}
