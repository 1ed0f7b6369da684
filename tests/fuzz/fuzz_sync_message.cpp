// Fuzz target for the sync protocol's message decoder (core/sync/protocol.h), which reads
// whatever a peer sends before anything else looks at it.
//
// Properties:
//  * decode() never crashes; a refusal carries a message;
//  * an accepted message is canonical: encode() gives back exactly the input, and decoding
//    that again gives an equal message.
#include "core/sync/protocol.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "fuzz_sync_message: property violated: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace courtyard;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto message = sync::decode(input);
    if (!message) {
        if (message.error().message.isEmpty()) {
            violated("a refusal without a message");
        }
        return 0;
    }
    const QByteArray again = sync::encode(*message);
    if (again != input) {
        violated("an accepted message does not re-encode to its input");
    }
    const auto twice = sync::decode(again);
    if (!twice || !(*twice == *message)) {
        violated("decoding the re-encoded message gives another message");
    }
    return 0;
}
