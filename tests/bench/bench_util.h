// courtyard-bench's shared pieces: timers, repeated samples, progress and fatal errors, and the
// raw Ed25519 verification rate every ledger rate is compared with (measured in the same run,
// because the machine is shared and its speed drifts).
#pragma once

#include "core/crypto/crypto.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <ctime>
#include <vector>

namespace courtyard::bench {

inline constexpr int kMessageSize = 250; // about the size of a demo transaction's signing message

double wallNow();
double clockNow(clockid_t clock);

// Wall time, CPU time of the whole process (all threads) and CPU time of the calling thread.
// On a shared machine the CPU times are what the work cost; the wall time adds the waits for
// a core that another process held.
struct Timer {
    double wall0 = wallNow();
    double cpu0 = clockNow(CLOCK_PROCESS_CPUTIME_ID);
    double thread0 = clockNow(CLOCK_THREAD_CPUTIME_ID);
    double wall() const { return wallNow() - wall0; }
    double cpu() const { return clockNow(CLOCK_PROCESS_CPUTIME_ID) - cpu0; }
    double threadCpu() const { return clockNow(CLOCK_THREAD_CPUTIME_ID) - thread0; }
};

// A repeated measurement: the best rate is the headline (the least disturbed run on a shared
// machine); min and median show the spread.
struct Samples {
    std::vector<double> rates;

    void add(double rate) { rates.push_back(rate); }
    double best() const;
    double worst() const;
    double median() const;
    QJsonObject spread(int decimals = 1) const;
    static double round1(double v) { return double(qRound64(v * 10.0)) / 10.0; }
};

double round3(double v);
// The 1-minute load average: how many processes wanted a core while we measured.
double loadAverage();
void progress(const QString &text);
// The temporary folder of the run, removed by die() too (std::exit skips destructors).
QString &temporaryFolder();
[[noreturn]] void die(const QString &text);

// Messages shaped like transaction signing messages (a text prefix and a CBOR-ish body), signed
// by a handful of keys as in a real ledger.
struct SignedMessage {
    crypto::PublicKey key;
    QByteArray message;
    QByteArray signature;
};
std::vector<SignedMessage> makeSignedMessages(int count);

struct RawRate {
    double perSecond = 0;    // aggregate verifies per wall second
    double perCpuSecond = 0; // verifies per CPU second (all threads)
};
// Verifies `perThread` signatures on each of `threads` threads (crypto_sign_verify_detached via
// PublicKey::verify); dies if one fails.
RawRate rawVerifyRate(const std::vector<SignedMessage> &messages, int perThread, int threads);

} // namespace courtyard::bench
