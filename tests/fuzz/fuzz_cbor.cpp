// Fuzz target for courtyard::cbor::decode and validate.
//
// Properties, with the default limits:
//  * decode() never crashes, and a refusal carries one of the decoder's codes and a message;
//  * validate() accepts exactly what decode() accepts and refuses the rest with the same code and
//    message; validatePrefix() ends an accepted item at the end of the input;
//  * whatever decodes is canonical: encode() gives back exactly the input bytes;
//  * diagnostic() of a decoded value works and is never empty.
// Any violation calls abort(), which libFuzzer and the replay driver report as a crash.
#include "core/codec/cbor.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void violated(const char *what, const uint8_t *data, size_t size)
{
    std::fprintf(stderr, "fuzz_cbor: property violated: %s\ninput (%zu bytes): ", what, size);
    for (size_t i = 0; i < size && i < 256; ++i) {
        std::fprintf(stderr, "%02x", data[i]);
    }
    std::fprintf(stderr, "%s\n", size > 256 ? "..." : "");
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using courtyard::ErrorCode;
    const QByteArrayView input(data, static_cast<qsizetype>(size));
    const auto decoded = courtyard::cbor::decode(input);
    const auto validated = courtyard::cbor::validate(input);
    if (decoded.has_value() != validated.has_value()) {
        violated(decoded ? "validate() refuses what decode() accepts" : "validate() accepts what decode() refuses", data, size);
    }
    if (!decoded && (decoded.error().code != validated.error().code || decoded.error().message != validated.error().message)) {
        violated("validate() refuses with another error than decode()", data, size);
    }
    if (decoded) {
        const auto end = courtyard::cbor::validatePrefix(input);
        if (!end || *end != input.size()) {
            violated("validatePrefix() does not end an accepted item at the end of the input", data, size);
        }
    }
    if (!decoded) {
        const ErrorCode code = decoded.error().code;
        if (code != ErrorCode::Malformed && code != ErrorCode::NotCanonical && code != ErrorCode::Unsupported
            && code != ErrorCode::LimitExceeded) {
            violated("decode() failed with a code it should never use", data, size);
        }
        if (decoded.error().message.isEmpty()) {
            violated("decode() failed without a message", data, size);
        }
        return 0;
    }
    const QByteArray again = decoded->encode();
    if (QByteArrayView(again) != input) {
        std::fprintf(stderr, "re-encoded: %s\n", again.toHex().constData());
        violated("encode(decode(x)) != x: the decoder accepted a non-canonical encoding", data, size);
    }
    if (decoded->diagnostic().isEmpty()) {
        violated("diagnostic() is empty", data, size);
    }
    return 0;
}
