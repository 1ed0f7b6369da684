#include "tests/bench/bench_util.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace courtyard::bench {

// ---------------------------------------------------------------------------------------------
// Timing

double wallNow()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double clockNow(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

double Samples::best() const
{
    return rates.empty() ? 0.0 : *std::max_element(rates.begin(), rates.end());
}

double Samples::worst() const
{
    return rates.empty() ? 0.0 : *std::min_element(rates.begin(), rates.end());
}

double Samples::median() const
{
    if (rates.empty()) {
        return 0.0;
    }
    std::vector<double> s = rates;
    std::sort(s.begin(), s.end());
    const std::size_t n = s.size();
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
}

QJsonObject Samples::spread(int decimals) const
{
    const double scale = decimals == 1 ? 10.0 : 1000.0;
    const auto round = [scale](double v) { return double(qRound64(v * scale)) / scale; };
    QJsonArray all;
    for (double r : rates) {
        all.append(round(r));
    }
    return QJsonObject{{QStringLiteral("best"), round(best())}, {QStringLiteral("median"), round(median())},
        {QStringLiteral("min"), round(worst())}, {QStringLiteral("samples"), all}};
}

double round3(double v)
{
    return double(qRound64(v * 1000.0)) / 1000.0;
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    return f.readLine().split(' ').value(0).toDouble();
}

void progress(const QString &text)
{
    std::fprintf(stderr, "courtyard-bench: %s\n", qUtf8Printable(text));
    std::fflush(stderr);
}

QString &temporaryFolder()
{
    static QString path;
    return path;
}

[[noreturn]] void die(const QString &text)
{
    std::fprintf(stderr, "courtyard-bench: error: %s\n", qUtf8Printable(text));
    if (!temporaryFolder().isEmpty()) {
        QDir(temporaryFolder()).removeRecursively();
    }
    std::exit(1);
}

// ---------------------------------------------------------------------------------------------
// 1. Raw signature verification


std::vector<SignedMessage> makeSignedMessages(int count)
{
    std::vector<crypto::KeyPair> keys;
    for (int k = 0; k < 4; ++k) {
        keys.push_back(crypto::KeyPair::generate());
    }
    std::vector<SignedMessage> out;
    out.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        QByteArray message("Courtyard transaction v1", 25); // with its NUL, as the real prefix
        while (message.size() < kMessageSize) {
            message.append(crypto::toByteArray(crypto::sha256(message)));
        }
        message.truncate(kMessageSize);
        const crypto::KeyPair &key = keys[std::size_t(i) % keys.size()];
        out.push_back({key.publicKey(), message, key.sign(message)});
    }
    return out;
}


RawRate rawVerifyRate(const std::vector<SignedMessage> &messages, int perThread, int threads)
{
    std::atomic<int> failures{0};
    const auto work = [&](int offset) {
        int bad = 0;
        const std::size_t n = messages.size();
        for (int i = 0; i < perThread; ++i) {
            const SignedMessage &m = messages[(std::size_t(i) + std::size_t(offset)) % n];
            if (!m.key.verify(m.message, m.signature)) {
                ++bad;
            }
        }
        failures += bad;
    };
    const Timer t;
    std::vector<std::thread> workers;
    for (int w = 1; w < threads; ++w) {
        workers.emplace_back(work, w * 7919);
    }
    work(0);
    for (std::thread &w : workers) {
        w.join();
    }
    const double seconds = t.wall();
    const double cpu = t.cpu();
    if (failures != 0) {
        die(QStringLiteral("%1 raw signature checks failed; libsodium is broken").arg(failures.load()));
    }
    const double count = double(perThread) * threads;
    return RawRate{count / seconds, count / cpu};
}


} // namespace courtyard::bench
