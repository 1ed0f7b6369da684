// courtyard/crypto: the only door to libsodium.
//
// SHA-256 digests, Ed25519 keys and detached signatures, passphrase-encrypted key files
// (Argon2id + XChaCha20-Poly1305) and Argon2id PIN hashes. Public keys are validated where they
// enter the system (PublicKey::fromBytes): small-order, non-canonical and off-curve keys are
// refused, so that every verifier agrees with libsodium's strict rules. Secret material lives in
// libsodium's guarded memory and is wiped when released.
//
// Thread-safety: all functions and const methods are safe to call from several threads at once.
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <compare>
#include <cstddef>
#include <memory>

namespace courtyard::crypto {

inline constexpr std::size_t kDigestSize = 32;
inline constexpr std::size_t kPublicKeySize = 32;
inline constexpr std::size_t kSeedSize = 32;
inline constexpr std::size_t kSignatureSize = 64;

using Digest = std::array<quint8, kDigestSize>;

// Starts libsodium once; every other function calls it, so callers rarely need to.
void initialize();

Digest sha256(QByteArrayView data);

// Incremental SHA-256, for hashing a prefix and a body without copying them together.
class Sha256 {
public:
    Sha256();
    Sha256 &add(QByteArrayView data);
    Digest finish(); // and starts over, ready for the next message

private:
    alignas(16) std::array<unsigned char, 128> m_state{}; // crypto_hash_sha256_state (104 bytes)
};

QByteArray toByteArray(const Digest &digest);
QString toHex(const Digest &digest);
Result<Digest> digestFromBytes(QByteArrayView bytes);
Result<Digest> digestFromHex(QStringView hex);

// Fills a buffer with cryptographically secure random bytes.
QByteArray randomBytes(qsizetype count);

// A buffer for secrets (passphrases, seeds, PINs) that is wiped when destroyed. Move-only.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArrayView data);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    // Takes the text's UTF-8 and wipes the temporary copies it made.
    static SecretBytes fromUtf8(const QString &text);
    // size zero bytes in guarded memory, for a secret to be written in place through data().
    static SecretBytes zeroed(qsizetype size);

    QByteArrayView view() const { return {m_data, m_size}; }
    char *data() { return m_data; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    void release();
    char *m_data = nullptr; // sodium_malloc'd
    qsizetype m_size = 0;
};

// An Ed25519 public key that libsodium's strict verifier accepts as a signer.
class PublicKey {
public:
    // The all-zero placeholder: a small-order encoding that verifies no signature. Only
    // fromBytes/fromHex produce keys that can sign.
    PublicKey() = default;
    // Refuses wrong length, non-canonical encodings, points off the curve or outside the
    // prime-order subgroup, and small-order points, with a message that says which.
    static Result<PublicKey> fromBytes(QByteArrayView bytes);
    static Result<PublicKey> fromHex(QStringView hex);

    const std::array<quint8, kPublicKeySize> &bytes() const { return m_bytes; }
    QByteArray toByteArray() const;
    QString toHex() const;

    // True when signature is a valid Ed25519 signature of message by this key.
    bool verify(QByteArrayView message, QByteArrayView signature) const;

    friend bool operator==(const PublicKey &, const PublicKey &) = default;
    friend auto operator<=>(const PublicKey &, const PublicKey &) = default;

private:
    std::array<quint8, kPublicKeySize> m_bytes{};
};

// An Ed25519 key pair. The secret half is held in guarded memory and wiped on destruction.
// Move-only.
class KeyPair {
public:
    static KeyPair generate();
    static Result<KeyPair> fromSeed(QByteArrayView seed);

    KeyPair(KeyPair &&) noexcept;
    KeyPair &operator=(KeyPair &&) noexcept;
    ~KeyPair();

    const PublicKey &publicKey() const { return m_public; }
    QByteArray sign(QByteArrayView message) const; // 64-byte detached signature
    SecretBytes seed() const;

private:
    struct Secret;
    KeyPair(PublicKey pub, std::unique_ptr<Secret> secret);
    PublicKey m_public;
    std::unique_ptr<Secret> m_secret;
};

// How hard Argon2id works for a passphrase or PIN: libsodium's interactive, moderate and
// sensitive limits.
enum class KdfStrength { Interactive, Moderate, Sensitive };

// Key files: a short text file that names the key and its public half in clear and holds the
// seed sealed with XChaCha20-Poly1305 under a key derived from the passphrase with Argon2id.
// Every clear header line is authenticated. The format is documented in docs/formats.md.
Result<QByteArray> sealKeyFile(const KeyPair &key, QByteArrayView passphrase, const QString &label,
                               KdfStrength strength = KdfStrength::Moderate);
// WrongPassphrase when the passphrase does not open it; Malformed when the file is damaged.
Result<KeyPair> openKeyFile(QByteArrayView fileBytes, QByteArrayView passphrase);
// Reads only the clear part: the label and the public key. Needs no passphrase.
struct KeyFileInfo {
    QString label;
    PublicKey publicKey;
};
Result<KeyFileInfo> inspectKeyFile(QByteArrayView fileBytes);

// PIN hashes: libsodium's Argon2id string format ("$argon2id$v=19$m=...").
Result<QByteArray> hashPin(QByteArrayView pin, KdfStrength strength = KdfStrength::Interactive);
// False on a mismatch, and for a stored hash that is malformed or whose Argon2id parameters are
// not one of the KdfStrength settings: a tampered row cannot make verification take gigabytes.
bool verifyPin(QByteArrayView storedHash, QByteArrayView pin);
// hashPin with a caller-chosen salt (kPinSaltSize bytes) instead of a random one: the same
// inputs give the same string, for reproducible demo communities. Real enrollments use hashPin.
inline constexpr qsizetype kPinSaltSize = 16;
Result<QByteArray> hashPinWithSalt(QByteArrayView pin, QByteArrayView salt, KdfStrength strength = KdfStrength::Interactive);

} // namespace courtyard::crypto
