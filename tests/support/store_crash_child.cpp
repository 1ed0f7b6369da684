// Child process of tst_crash: appends blocks to an existing ledger as fast as it can and
// reports each commit on stdout, until it is killed. "committing H" is written before a block
// is handed to the store and "committed H <hash>" after appendBlock returned.
#include "tests/support/fixture.h"

#include <cstdio>
#include <cstring>
#include <random>

#include <unistd.h>

using namespace courtyard;

namespace {
void say(const QByteArray &line)
{
    // write(2), not stdio: nothing may sit in a buffer when the SIGKILL comes.
    const QByteArray l = line + '\n';
    [[maybe_unused]] const ssize_t n = ::write(STDOUT_FILENO, l.constData(), std::size_t(l.size()));
}
} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--create") == 0) {
        // Creates one ledger, announcing it only after create() returned.
        const testing::Community c;
        auto created = store::Store::create(QString::fromLocal8Bit(argv[2]), c.genesis, c.server, 1798761600000);
        if (!created) {
            std::fprintf(stderr, "create failed: %s\n", qPrintable(created.error().message));
            return 1;
        }
        say("created");
        return 0;
    }
    if (argc != 3) {
        std::fprintf(stderr, "usage: store_crash_child LEDGER SEED | store_crash_child --create LEDGER\n");
        return 2;
    }
    const testing::Community c;
    auto store = store::Store::open(QString::fromLocal8Bit(argv[1]));
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(store.error().message));
        return 1;
    }
    auto seq = (*store)->lastSealedSequence(c.manager.publicKey());
    if (!seq) {
        return 1;
    }
    quint64 sequence = *seq;
    std::mt19937_64 rng(std::stoull(argv[2]));
    for (int round = 0; round < 100000; ++round) {
        const quint64 height = (*store)->blockCount();
        std::vector<ledger::Transaction> txs;
        const int count = 1 + int(rng() % 40);
        for (int i = 0; i < count; ++i) {
            txs.push_back(testing::makeTransaction(c, c.manager, ++sequence, QStringLiteral("crash %1").arg(height), int(rng() % 2000)));
        }
        say("committing " + QByteArray::number(height));
        auto sealed = (*store)->sealNext(txs, testing::noState(), 1798761600000 + height * 1000, c.server);
        if (!sealed) {
            std::fprintf(stderr, "append failed: %s\n", qPrintable(sealed.error().message));
            return 1;
        }
        say("committed " + QByteArray::number(height) + ' ' + crypto::toHex(sealed->hash).toLatin1());
    }
    return 0;
}
