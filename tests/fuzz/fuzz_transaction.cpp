// Fuzz target for the ledger's binary decoders: Transaction::decode and BlockHeader::decode.
//
// Properties:
//  * neither crashes; a refusal carries a message;
//  * an accepted transaction is its input byte for byte, its id is SHA-256 of its body bytes,
//    its body re-encodes to exactly those body bytes, and decoding its bytes again gives the
//    same transaction; verifySignatures() runs without crashing;
//  * an accepted block header re-encodes to exactly its input.
#include "core/ledger/block.h"
#include "core/ledger/transaction.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "fuzz_transaction: property violated: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace courtyard;
    const QByteArrayView input(data, static_cast<qsizetype>(size));

    const auto tx = ledger::Transaction::decode(input);
    if (!tx) {
        if (tx.error().message.isEmpty()) {
            violated("Transaction::decode failed without a message");
        }
    } else {
        if (QByteArrayView(tx->bytes()) != input) {
            violated("an accepted transaction is not its input bytes");
        }
        if (tx->id() != crypto::sha256(tx->bodyBytes())) {
            violated("id is not SHA-256 of the body bytes");
        }
        if (tx->body().encode() != tx->bodyBytes()) {
            violated("the body does not re-encode to its bytes");
        }
        const auto again = ledger::Transaction::decode(tx->bytes());
        if (!again || again->id() != tx->id() || again->signatures().size() != tx->signatures().size()) {
            violated("decoding an accepted transaction again differs");
        }
        (void)tx->verifySignatures();
    }

    const auto header = ledger::BlockHeader::decode(input);
    if (!header) {
        if (header.error().message.isEmpty()) {
            violated("BlockHeader::decode failed without a message");
        }
    } else if (QByteArrayView(header->encode()) != input) {
        violated("an accepted block header does not re-encode to its input");
    }
    return 0;
}
