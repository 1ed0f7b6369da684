// Fuzz target for the ledger's binary decoders: Transaction::decode and BlockHeader::decode.
//
// Properties:
//  * neither crashes; a refusal carries a message;
//  * an accepted transaction is its input byte for byte, its id is SHA-256 of its body bytes,
//    its body re-encodes to exactly those body bytes, and decoding its bytes again gives the
//    same transaction; verifySignatures() runs without crashing;
//  * decode() (fast path for the fixed layout first) and decodeGeneric() agree, with the payload
//    built or only validated: same verdict, same error code and message, same transaction;
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

bool same(const courtyard::ledger::Transaction &a, const courtyard::ledger::Transaction &b)
{
    if (a.bytes() != b.bytes() || a.bodyBytes() != b.bodyBytes() || a.id() != b.id() || a.body().kind != b.body().kind
        || a.body().kindVersion != b.body().kindVersion || a.body().communityId != b.body().communityId
        || a.body().author != b.body().author || a.body().sequence != b.body().sequence || a.body().validUntilMs != b.body().validUntilMs
        || !(a.body().payload == b.body().payload)
        || a.payloadBytes() != b.payloadBytes() || a.isPayloadDecoded() != b.isPayloadDecoded()
        || a.signatures().size() != b.signatures().size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.signatures().size(); ++i) {
        if (a.signatures()[i].key != b.signatures()[i].key || a.signatures()[i].signature != b.signatures()[i].signature) {
            return false;
        }
    }
    return true;
}

void checkAgainstGeneric(QByteArrayView input, courtyard::ledger::PayloadDecoding mode)
{
    using courtyard::ledger::Transaction;
    const auto fast = Transaction::decode(input, nullptr, mode);
    const auto generic = Transaction::decodeGeneric(input, nullptr, mode);
    if (fast.has_value() != generic.has_value()) {
        violated(fast ? "the fast path accepts what the generic decoder refuses" : "the fast path refuses what the generic decoder accepts");
    }
    if (!fast) {
        if (fast.error().code != generic.error().code || fast.error().message != generic.error().message) {
            violated("decode() and decodeGeneric() refuse with different errors");
        }
    } else if (!same(*fast, *generic)) {
        violated("decode() and decodeGeneric() build different transactions");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace courtyard;
    const QByteArrayView input(data, static_cast<qsizetype>(size));

    checkAgainstGeneric(input, ledger::PayloadDecoding::Full);
    checkAgainstGeneric(input, ledger::PayloadDecoding::ValidateOnly);

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
