#include "core/merkle/sha256_x86.h"

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define COURTYARD_SHA_X86 1
#endif

namespace courtyard::merkle::detail {

#ifdef COURTYARD_SHA_X86

namespace {

alignas(16) constexpr quint32 kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr quint32 kInitial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

// FIPS 180-4's compression of `blocks` 64-byte blocks into state, with the SHA extensions.
__attribute__((target("sha,sse4.1"))) void compress(quint32 state[8], const unsigned char *data, std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0])), 0xb1); // CDAB
    __m128i state1 = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4])), 0x1b); // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xf0);      // CDGH
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefBefore = state0;
        const __m128i cdghBefore = state1;
        __m128i w[16]; // the message schedule, four words each
        for (int g = 0; g < 4; ++g) {
            w[g] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * g)), byteSwap);
        }
        for (int g = 4; g < 16; ++g) {
            // W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16], four at a time.
            w[g] = _mm_sha256msg2_epu32(_mm_add_epi32(_mm_sha256msg1_epu32(w[g - 4], w[g - 3]), _mm_alignr_epi8(w[g - 1], w[g - 2], 4)),
                                        w[g - 1]);
        }
        for (int g = 0; g < 16; ++g) {
            __m128i msg = _mm_add_epi32(w[g], _mm_load_si128(reinterpret_cast<const __m128i *>(&kRound[4 * g])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            msg = _mm_shuffle_epi32(msg, 0x0e);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
        }
        state0 = _mm_add_epi32(state0, abefBefore);
        state1 = _mm_add_epi32(state1, cdghBefore);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1b);       // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xb1);    // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xf0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // ABEF
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), state1);
}

crypto::Digest digestOf(const quint32 state[8])
{
    crypto::Digest out;
    for (int i = 0; i < 8; ++i) {
        out[std::size_t(4 * i)] = static_cast<unsigned char>(state[i] >> 24);
        out[std::size_t(4 * i + 1)] = static_cast<unsigned char>(state[i] >> 16);
        out[std::size_t(4 * i + 2)] = static_cast<unsigned char>(state[i] >> 8);
        out[std::size_t(4 * i + 3)] = static_cast<unsigned char>(state[i]);
    }
    return out;
}

// CPUID directly: clang 14 does not know "sha" in __builtin_cpu_supports (the fuzz build uses clang).
bool detect()
{
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) {
        return false;
    }
    const bool sse41 = (ecx & bit_SSE4_1) != 0;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) {
        return false;
    }
    const bool sha = (ebx & (1u << 29)) != 0; // CPUID.(EAX=7,ECX=0):EBX bit 29: SHA extensions
    return sse41 && sha;
}

} // namespace

bool hasShaExtensions()
{
    static const bool has = detect();
    return has;
}

crypto::Digest sha256WithPrefix(unsigned char prefix, QByteArrayView data)
{
    quint32 state[8];
    std::memcpy(state, kInitial, sizeof(state));
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const std::size_t size = std::size_t(data.size());
    const std::size_t total = size + 1;
    unsigned char block[128];
    // The first block: the prefix and the data's first 63 bytes.
    std::size_t used = 0; // bytes of data consumed
    if (total >= 64) {
        block[0] = prefix;
        std::memcpy(block + 1, bytes, 63);
        compress(state, block, 1);
        used = 63;
        const std::size_t whole = (size - used) / 64;
        compress(state, bytes + used, whole);
        used += whole * 64;
    }
    // The rest and the padding: 0x80, zeros, the length in bits, in one or two blocks.
    std::size_t tail = 0;
    if (used == 0) {
        block[tail++] = prefix;
    }
    const std::size_t left = size - used;
    if (left > 0) {
        std::memcpy(block + tail, bytes + used, left);
    }
    tail += left;
    block[tail++] = 0x80;
    const std::size_t padded = tail + 8 <= 64 ? 64 : 128;
    std::memset(block + tail, 0, padded - tail - 8);
    const quint64 bits = quint64(total) * 8;
    for (int i = 0; i < 8; ++i) {
        block[padded - 1 - std::size_t(i)] = static_cast<unsigned char>(bits >> (8 * i));
    }
    compress(state, block, padded / 64);
    return digestOf(state);
}

crypto::Digest sha256Node(unsigned char prefix, const crypto::Digest &left, const crypto::Digest &right)
{
    // 65 bytes: two blocks, the second holding right's last byte, the padding and the length (520 bits).
    alignas(16) unsigned char block[128];
    block[0] = prefix;
    std::memcpy(block + 1, left.data(), 32);
    std::memcpy(block + 33, right.data(), 32);
    block[65] = 0x80;
    std::memset(block + 66, 0, 128 - 66);
    block[126] = 0x02; // 520 = 0x0208
    block[127] = 0x08;
    quint32 state[8];
    std::memcpy(state, kInitial, sizeof(state));
    compress(state, block, 2);
    return digestOf(state);
}

#else

bool hasShaExtensions()
{
    return false;
}

crypto::Digest sha256WithPrefix(unsigned char, QByteArrayView)
{
    return {};
}

crypto::Digest sha256Node(unsigned char, const crypto::Digest &, const crypto::Digest &)
{
    return {};
}

#endif

} // namespace courtyard::merkle::detail
