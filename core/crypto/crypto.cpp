#include "core/crypto/crypto.h"

#include "core/base/hex.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace courtyard::crypto {

static_assert(kDigestSize == crypto_hash_sha256_BYTES);
static_assert(kPublicKeySize == crypto_sign_PUBLICKEYBYTES);
static_assert(kSeedSize == crypto_sign_SEEDBYTES);
static_assert(kSignatureSize == crypto_sign_BYTES);

namespace {

const unsigned char *bytesOf(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

unsigned long long lengthOf(QByteArrayView data)
{
    return static_cast<unsigned long long>(data.size());
}

// Guarded memory is mlock'ed and fenced by guard pages; running out of it is as fatal as running
// out of ordinary memory, which Qt does not survive either.
void *guardedAlloc(std::size_t size)
{
    void *p = sodium_malloc(size);
    if (p == nullptr) {
        std::fprintf(stderr, "courtyard: out of guarded memory for secrets (%zu bytes)\n", size);
        std::abort();
    }
    return p;
}

// Names the rule a refused public key breaks. libsodium's is_valid_point has already decided;
// this only finds words for the person reading the error, so it may be slow.
QString weakKeyReason(const unsigned char *key)
{
    // The field prime p = 2^255 - 19, little-endian, as the y coordinate's upper bound.
    static constexpr unsigned char kPrime[kPublicKeySize] = {
        0xed, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f};
    bool belowPrime = false;
    for (int i = static_cast<int>(kPublicKeySize) - 1; i >= 0; --i) {
        const unsigned char byte = i == static_cast<int>(kPublicKeySize) - 1 ? (key[i] & 0x7f) : key[i];
        if (byte != kPrime[i]) {
            belowPrime = byte < kPrime[i];
            break;
        }
    }
    if (!belowPrime) {
        return QStringLiteral("its encoding is not canonical (y is not below 2^255 - 19)");
    }
    unsigned char identity[crypto_core_ed25519_BYTES] = {1};
    unsigned char multiple[crypto_core_ed25519_BYTES];
    if (crypto_core_ed25519_add(multiple, key, identity) != 0) {
        return QStringLiteral("it is not a point on the Ed25519 curve");
    }
    for (int doubling = 0; doubling < 3; ++doubling) {
        unsigned char twice[crypto_core_ed25519_BYTES];
        if (crypto_core_ed25519_add(twice, multiple, multiple) != 0) {
            return QStringLiteral("it is not a point on the Ed25519 curve");
        }
        std::memcpy(multiple, twice, sizeof twice);
    }
    if (std::memcmp(multiple, identity, sizeof identity) == 0) {
        return QStringLiteral("it is a small-order point, for which signatures can be forged");
    }
    return QStringLiteral("it has a small-order component (it is not in the prime-order subgroup)");
}

} // namespace

void initialize()
{
    static const bool ready = [] {
        if (sodium_init() < 0) {
            std::fprintf(stderr, "courtyard: libsodium could not be initialised; cannot continue\n");
            std::abort();
        }
        return true;
    }();
    (void)ready;
}

Digest sha256(QByteArrayView data)
{
    initialize();
    Digest digest{};
    crypto_hash_sha256(digest.data(), bytesOf(data), lengthOf(data));
    return digest;
}

namespace {

crypto_hash_sha256_state *shaState(std::array<unsigned char, 128> &storage)
{
    static_assert(sizeof(crypto_hash_sha256_state) <= sizeof(storage));
    static_assert(alignof(crypto_hash_sha256_state) <= 16);
    // The unsigned char array implicitly creates the (trivial) state object in its storage.
    return std::launder(reinterpret_cast<crypto_hash_sha256_state *>(storage.data()));
}

} // namespace

Sha256::Sha256()
{
    initialize();
    crypto_hash_sha256_init(shaState(m_state));
}

Sha256 &Sha256::add(QByteArrayView data)
{
    crypto_hash_sha256_update(shaState(m_state), bytesOf(data), lengthOf(data));
    return *this;
}

Digest Sha256::finish()
{
    Digest digest{};
    crypto_hash_sha256_final(shaState(m_state), digest.data());
    crypto_hash_sha256_init(shaState(m_state));
    return digest;
}

QByteArray toByteArray(const Digest &digest)
{
    return QByteArray(reinterpret_cast<const char *>(digest.data()), static_cast<qsizetype>(digest.size()));
}

QString toHex(const Digest &digest)
{
    return ::courtyard::toHex(toByteArray(digest));
}

Result<Digest> digestFromBytes(QByteArrayView bytes)
{
    if (bytes.size() != static_cast<qsizetype>(kDigestSize)) {
        return fail(ErrorCode::Malformed,
                    QStringLiteral("a SHA-256 digest is %1 bytes, got %2").arg(kDigestSize).arg(bytes.size()));
    }
    Digest digest{};
    std::memcpy(digest.data(), bytes.data(), digest.size());
    return digest;
}

Result<Digest> digestFromHex(QStringView hex)
{
    auto bytes = ::courtyard::fromHex(hex, static_cast<qsizetype>(kDigestSize));
    if (!bytes) {
        return fail(bytes.error().prefixed(QStringLiteral("SHA-256 digest")));
    }
    return digestFromBytes(*bytes);
}

QByteArray randomBytes(qsizetype count)
{
    CY_ASSERT(count >= 0);
    initialize();
    QByteArray out(count, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<std::size_t>(count));
    return out;
}

// --- SecretBytes ---

SecretBytes::SecretBytes(QByteArrayView data)
{
    if (data.isEmpty()) {
        return;
    }
    initialize();
    m_data = static_cast<char *>(guardedAlloc(static_cast<std::size_t>(data.size())));
    m_size = data.size();
    std::memcpy(m_data, data.data(), static_cast<std::size_t>(m_size));
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes secret(utf8);
    utf8.detach(); // never wipe bytes another QByteArray shares
    if (!utf8.isEmpty()) {
        sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    }
    return secret;
}

SecretBytes SecretBytes::zeroed(qsizetype size)
{
    CY_ASSERT(size >= 0);
    SecretBytes secret;
    if (size == 0) {
        return secret;
    }
    initialize();
    secret.m_data = static_cast<char *>(guardedAlloc(static_cast<std::size_t>(size)));
    secret.m_size = size;
    sodium_memzero(secret.m_data, static_cast<std::size_t>(size));
    return secret;
}

void SecretBytes::release()
{
    if (m_data != nullptr) {
        sodium_free(m_data); // wipes before it frees
    }
    m_data = nullptr;
    m_size = 0;
}

// --- PublicKey ---

Result<PublicKey> PublicKey::fromBytes(QByteArrayView bytes)
{
    initialize();
    if (bytes.size() != static_cast<qsizetype>(kPublicKeySize)) {
        return fail(ErrorCode::BadKey, QStringLiteral("an Ed25519 public key is %1 bytes, got %2")
                                           .arg(kPublicKeySize).arg(bytes.size()));
    }
    if (crypto_core_ed25519_is_valid_point(bytesOf(bytes)) != 1) {
        return fail(ErrorCode::BadKey,
                    QStringLiteral("the public key %1 is invalid or weak and must not be used: %2")
                        .arg(::courtyard::toHex(bytes), weakKeyReason(bytesOf(bytes))));
    }
    PublicKey key;
    std::memcpy(key.m_bytes.data(), bytes.data(), key.m_bytes.size());
    return key;
}

Result<PublicKey> PublicKey::fromHex(QStringView hex)
{
    auto bytes = ::courtyard::fromHex(hex, static_cast<qsizetype>(kPublicKeySize));
    if (!bytes) {
        return fail(ErrorCode::BadKey, QStringLiteral("a public key is %1 hex digits: %2")
                                           .arg(kPublicKeySize * 2).arg(bytes.error().message));
    }
    return fromBytes(*bytes);
}

QByteArray PublicKey::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), static_cast<qsizetype>(m_bytes.size()));
}

QString PublicKey::toHex() const
{
    return ::courtyard::toHex(toByteArray());
}

bool PublicKey::verify(QByteArrayView message, QByteArrayView signature) const
{
    initialize();
    if (signature.size() != static_cast<qsizetype>(kSignatureSize)) {
        return false;
    }
    return crypto_sign_verify_detached(bytesOf(signature), bytesOf(message), lengthOf(message), m_bytes.data()) == 0;
}

// --- KeyPair ---

// libsodium's 64-byte secret key (seed || public key), in guarded memory.
struct KeyPair::Secret {
    SecretBytes bytes = SecretBytes::zeroed(crypto_sign_SECRETKEYBYTES);

    unsigned char *data() { return reinterpret_cast<unsigned char *>(bytes.data()); }
    const unsigned char *data() const { return bytesOf(bytes.view()); }
};

KeyPair::KeyPair(PublicKey pub, std::unique_ptr<Secret> secret)
    : m_public(pub)
    , m_secret(std::move(secret))
{
}

KeyPair::KeyPair(KeyPair &&) noexcept = default;
KeyPair &KeyPair::operator=(KeyPair &&) noexcept = default;
KeyPair::~KeyPair() = default;

namespace {

// Keys libsodium has just derived are always valid points; failing here means a broken build.
PublicKey derivedPublicKey(const unsigned char *bytes)
{
    auto key = PublicKey::fromBytes(QByteArrayView(reinterpret_cast<const char *>(bytes), kPublicKeySize));
    CY_ASSERT(key.has_value());
    return *key;
}

} // namespace

KeyPair KeyPair::generate()
{
    initialize();
    auto secret = std::make_unique<Secret>();
    unsigned char pub[crypto_sign_PUBLICKEYBYTES];
    const int rc = crypto_sign_keypair(pub, secret->data());
    CY_ASSERT(rc == 0);
    return KeyPair(derivedPublicKey(pub), std::move(secret));
}

Result<KeyPair> KeyPair::fromSeed(QByteArrayView seed)
{
    initialize();
    if (seed.size() != static_cast<qsizetype>(kSeedSize)) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("an Ed25519 seed is %1 bytes, got %2").arg(kSeedSize).arg(seed.size()));
    }
    auto secret = std::make_unique<Secret>();
    unsigned char pub[crypto_sign_PUBLICKEYBYTES];
    const int rc = crypto_sign_seed_keypair(pub, secret->data(), bytesOf(seed));
    CY_ASSERT(rc == 0);
    return KeyPair(derivedPublicKey(pub), std::move(secret));
}

QByteArray KeyPair::sign(QByteArrayView message) const
{
    CY_ASSERT(m_secret != nullptr); // a moved-from KeyPair cannot sign
    QByteArray signature(static_cast<qsizetype>(kSignatureSize), Qt::Uninitialized);
    const int rc = crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                                        bytesOf(message), lengthOf(message), m_secret->data());
    CY_ASSERT(rc == 0);
    return signature;
}

SecretBytes KeyPair::seed() const
{
    CY_ASSERT(m_secret != nullptr);
    SecretBytes seed = SecretBytes::zeroed(kSeedSize);
    const int rc = crypto_sign_ed25519_sk_to_seed(reinterpret_cast<unsigned char *>(seed.data()), m_secret->data());
    CY_ASSERT(rc == 0);
    return seed;
}

} // namespace courtyard::crypto
