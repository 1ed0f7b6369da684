// Passphrase-sealed key files and Argon2id PIN hashes: everything in this module that runs Argon2id.
#include "core/crypto/crypto.h"

#include "core/base/hex.h"

#include <QStringDecoder>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <optional>

namespace courtyard::crypto {

namespace {

// --- Argon2id parameters ---

struct KdfLimits {
    unsigned long long ops = 0;
    std::size_t mem = 0;
};

KdfLimits kdfLimits(KdfStrength strength)
{
    switch (strength) {
    case KdfStrength::Interactive:
        return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    case KdfStrength::Moderate:
        return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    case KdfStrength::Sensitive:
        return {crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
    }
    CY_ASSERT(false && "unknown KdfStrength");
    return {};
}

QString mebibytes(std::size_t bytes)
{
    return QString::number(static_cast<qulonglong>(bytes / (1024 * 1024)));
}

const unsigned char *bytesOf(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

unsigned long long lengthOf(QByteArrayView data)
{
    return static_cast<unsigned long long>(data.size());
}

// --- Key file format ---

constexpr QByteArrayView kMagic = "courtyard-key-file";
constexpr int kFormatVersion = 1;
constexpr QByteArrayView kKdfName = "argon2id13";
constexpr int kLineCount = 7;
// A key file is a few hundred bytes; anything much larger is some other file.
constexpr qsizetype kMaxFileSize = 4096;
constexpr qsizetype kMaxLabelLength = 200;
constexpr qsizetype kSaltSize = crypto_pwhash_SALTBYTES;
constexpr qsizetype kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kAeadKeySize = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr qsizetype kSealedSize = kSeedSize + crypto_aead_xchacha20poly1305_ietf_ABYTES;
// What a file may ask of Argon2id: libsodium's minimums up to a little beyond Sensitive (4 passes,
// 1 GiB), so that a hostile file cannot make opening it take minutes or all memory.
constexpr unsigned long long kMinOps = crypto_pwhash_OPSLIMIT_MIN;
constexpr unsigned long long kMaxOps = 10;
constexpr unsigned long long kMinMem = crypto_pwhash_MEMLIMIT_MIN;
constexpr unsigned long long kMaxMem = crypto_pwhash_MEMLIMIT_SENSITIVE;
static_assert(crypto_pwhash_OPSLIMIT_SENSITIVE <= kMaxOps && crypto_pwhash_MEMLIMIT_SENSITIVE <= kMaxMem);

struct ParsedKeyFile {
    QString label;
    PublicKey publicKey;
    unsigned long long ops = 0;
    std::size_t mem = 0;
    QByteArray salt;
    QByteArray nonce;
    QByteArray sealed;
    QByteArrayView header; // every byte before "sealed:", the AEAD's additional data
};

// At most n bytes of text, for quoting a bad value in a message.
QByteArrayView shortened(QByteArrayView text, qsizetype n)
{
    return text.first(std::min(text.size(), n));
}

tl::unexpected<Error> notAKeyFile()
{
    return fail(ErrorCode::Malformed,
                QStringLiteral("this is not a Courtyard key file (one begins with \"courtyard-key-file\")"));
}

tl::unexpected<Error> damaged(const QString &what)
{
    return fail(ErrorCode::Malformed, QStringLiteral("the key file is damaged: %1").arg(what));
}

// The one rule for labels, applied when sealing and again when reading.
std::optional<QString> labelProblem(const QString &label)
{
    if (label.size() > kMaxLabelLength) {
        return QStringLiteral("the label is %1 characters long; keep it to %2").arg(label.size()).arg(kMaxLabelLength);
    }
    for (const QChar c : label) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph) {
            return QStringLiteral("the label must be a single line without control characters (it contains U+%1)")
                .arg(static_cast<uint>(c.unicode()), 4, 16, QLatin1Char('0'));
        }
    }
    if (!label.isValidUtf16()) {
        return QStringLiteral("the label contains broken Unicode text (an unpaired surrogate)");
    }
    return std::nullopt;
}

Result<QByteArrayView> fieldValue(QByteArrayView line, QByteArrayView name)
{
    if (!line.startsWith(name) || !line.sliced(name.size()).startsWith(": ")) {
        return damaged(QStringLiteral("expected a \"%1:\" line, found \"%2\"")
                           .arg(QString::fromLatin1(name), QString::fromUtf8(shortened(line, 40))));
    }
    return line.sliced(name.size() + 2);
}

bool isDecimal(QByteArrayView text)
{
    if (text.isEmpty() || (text.size() > 1 && text.front() == '0')) {
        return false;
    }
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

Result<unsigned long long> kdfParameter(QByteArrayView token, QByteArrayView name, unsigned long long min,
                                        unsigned long long max)
{
    if (!token.startsWith(name) || !token.sliced(name.size()).startsWith("=")) {
        return damaged(QStringLiteral("the kdf line lacks its \"%1=\" parameter").arg(QString::fromLatin1(name)));
    }
    const QByteArrayView digits = token.sliced(name.size() + 1);
    if (!isDecimal(digits)) {
        return damaged(
            QStringLiteral("the kdf parameter %1 is not a plain decimal number").arg(QString::fromLatin1(name)));
    }
    unsigned long long value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size() || value < min || value > max) {
        return fail(ErrorCode::LimitExceeded,
                    QStringLiteral("the key file asks Argon2id for %1=%2, outside the %3 to %4 that Courtyard "
                                   "accepts; the file is damaged or was not made by Courtyard")
                        .arg(QString::fromLatin1(name), QString::fromLatin1(shortened(digits, 30)))
                        .arg(min)
                        .arg(max));
    }
    return value;
}

Result<QByteArray> base64Field(QByteArrayView text, qsizetype size, const QString &what)
{
    const QByteArray encoded = text.toByteArray();
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || decoded.decoded.size() != size
        || decoded.decoded.toBase64() != encoded) {
        return damaged(QStringLiteral("the %1 is not %2 bytes of base64").arg(what).arg(size));
    }
    return std::move(decoded.decoded);
}

Result<ParsedKeyFile> parseKeyFile(QByteArrayView file)
{
    if (!file.startsWith(kMagic)) {
        return notAKeyFile();
    }
    if (file.size() > kMaxFileSize) {
        return fail(ErrorCode::LimitExceeded,
                    QStringLiteral("the file is %1 bytes, far more than a Courtyard key file; it is not one")
                        .arg(file.size()));
    }
    if (file.contains('\r')) {
        return damaged(QStringLiteral("its line endings were changed to CR LF; use the original file"));
    }
    if (!file.endsWith('\n')) {
        return damaged(QStringLiteral("it is cut short (the last line is incomplete)"));
    }

    std::array<QByteArrayView, kLineCount> lines;
    qsizetype lineCount = 0;
    qsizetype sealedLineStart = 0;
    for (qsizetype pos = 0; pos < file.size();) {
        const qsizetype end = file.indexOf('\n', pos);
        if (lineCount == kLineCount) {
            return damaged(QStringLiteral("it has more than %1 lines").arg(kLineCount));
        }
        if (lineCount == kLineCount - 1) {
            sealedLineStart = pos;
        }
        lines[static_cast<std::size_t>(lineCount++)] = file.sliced(pos, end - pos);
        pos = end + 1;
    }
    if (lineCount != kLineCount) {
        return damaged(QStringLiteral("it has %1 lines instead of %2").arg(lineCount).arg(kLineCount));
    }

    const QByteArray expectedFirst = kMagic.toByteArray() + ' ' + QByteArray::number(kFormatVersion);
    if (lines[0] != expectedFirst) {
        const QByteArrayView rest = lines[0].sliced(kMagic.size());
        if (rest.startsWith(' ') && isDecimal(rest.sliced(1))) {
            return fail(ErrorCode::Unsupported,
                        QStringLiteral("this key file has format version %1, but this version of Courtyard reads "
                                       "only version %2; update Courtyard to open it")
                            .arg(QString::fromLatin1(shortened(rest.sliced(1), 10)))
                            .arg(kFormatVersion));
        }
        return notAKeyFile();
    }

    CY_TRY(const QByteArrayView labelBytes, fieldValue(lines[1], "label"));
    // Not QString::fromUtf8, which drops a leading U+FEFF that sealKeyFile wrote as part of the label.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString label = decoder.decode(labelBytes);
    if (decoder.hasError() || label.toUtf8() != labelBytes) {
        return damaged(QStringLiteral("the label is not valid UTF-8"));
    }
    if (const auto problem = labelProblem(label)) {
        return damaged(*problem);
    }

    CY_TRY(const QByteArrayView keyHex, fieldValue(lines[2], "public-key"));
    for (const char c : keyHex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return damaged(QStringLiteral("the public key is not lower-case hex"));
        }
    }
    auto publicKey = PublicKey::fromHex(QString::fromLatin1(keyHex));
    if (!publicKey) {
        return fail(publicKey.error().prefixed(QStringLiteral("key file")));
    }

    CY_TRY(const QByteArrayView kdf, fieldValue(lines[3], "kdf"));
    std::array<QByteArrayView, 3> tokens;
    qsizetype tokenCount = 0;
    for (qsizetype pos = 0; pos <= kdf.size();) {
        qsizetype end = kdf.indexOf(' ', pos);
        if (end < 0) {
            end = kdf.size();
        }
        if (tokenCount == static_cast<qsizetype>(tokens.size())) {
            return damaged(QStringLiteral("the kdf line has extra parameters"));
        }
        tokens[static_cast<std::size_t>(tokenCount++)] = kdf.sliced(pos, end - pos);
        pos = end + 1;
    }
    if (tokens[0].isEmpty()) {
        return damaged(QStringLiteral("the kdf line names no key derivation"));
    }
    if (tokens[0] != kKdfName) {
        return fail(ErrorCode::Unsupported,
                    QStringLiteral("this key file is sealed with the key derivation \"%1\", which this version of "
                                   "Courtyard does not support (it uses %2)")
                        .arg(QString::fromUtf8(shortened(tokens[0], 40)), QString::fromLatin1(kKdfName)));
    }
    if (tokenCount != static_cast<qsizetype>(tokens.size())) {
        return damaged(QStringLiteral("the kdf line lacks its parameters"));
    }
    CY_TRY(const unsigned long long ops, kdfParameter(tokens[1], "ops", kMinOps, kMaxOps));
    CY_TRY(const unsigned long long mem, kdfParameter(tokens[2], "mem", kMinMem, kMaxMem));

    CY_TRY(const QByteArrayView saltText, fieldValue(lines[4], "salt"));
    CY_TRY(QByteArray salt, base64Field(saltText, kSaltSize, QStringLiteral("salt")));
    CY_TRY(const QByteArrayView nonceText, fieldValue(lines[5], "nonce"));
    CY_TRY(QByteArray nonce, base64Field(nonceText, kNonceSize, QStringLiteral("nonce")));
    CY_TRY(const QByteArrayView sealedText, fieldValue(lines[6], "sealed"));
    CY_TRY(QByteArray sealed, base64Field(sealedText, kSealedSize, QStringLiteral("sealed key")));

    return ParsedKeyFile{std::move(label), *publicKey, ops, static_cast<std::size_t>(mem), std::move(salt),
                         std::move(nonce), std::move(sealed), file.first(sealedLineStart)};
}

Result<SecretBytes> deriveKey(QByteArrayView passphrase, const QByteArray &salt, unsigned long long ops,
                              std::size_t mem)
{
    CY_ASSERT(!passphrase.isEmpty() && salt.size() == kSaltSize);
    SecretBytes key = SecretBytes::zeroed(kAeadKeySize);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), static_cast<unsigned long long>(key.size()),
                      passphrase.data(), lengthOf(passphrase), bytesOf(salt), ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return fail(ErrorCode::LimitExceeded,
                    QStringLiteral("could not derive the key from the passphrase: Argon2id needs %1 MiB of memory "
                                   "that this device could not provide; close other programs and try again")
                        .arg(mebibytes(mem)));
    }
    return key;
}

constexpr char kArgon2idPrefix[] = "$argon2id$";

} // namespace

Result<QByteArray> sealKeyFile(const KeyPair &key, QByteArrayView passphrase, const QString &label,
                               KdfStrength strength)
{
    initialize();
    if (passphrase.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the passphrase is empty: choose a passphrase to protect the key file"));
    }
    if (const auto problem = labelProblem(label)) {
        return fail(ErrorCode::InvalidArgument, *problem);
    }
    const KdfLimits limits = kdfLimits(strength);
    const QByteArray salt = randomBytes(kSaltSize);
    const QByteArray nonce = randomBytes(kNonceSize);

    QByteArray file;
    file += kMagic.toByteArray() + ' ' + QByteArray::number(kFormatVersion) + '\n';
    file += "label: " + label.toUtf8() + '\n';
    file += "public-key: " + key.publicKey().toHex().toLatin1() + '\n';
    file += "kdf: " + kKdfName.toByteArray() + " ops=" + QByteArray::number(limits.ops)
        + " mem=" + QByteArray::number(static_cast<qulonglong>(limits.mem)) + '\n';
    file += "salt: " + salt.toBase64() + '\n';
    file += "nonce: " + nonce.toBase64() + '\n';

    CY_TRY(const SecretBytes aeadKey, deriveKey(passphrase, salt, limits.ops, limits.mem));
    const SecretBytes seed = key.seed();
    QByteArray sealed(kSealedSize, Qt::Uninitialized);
    unsigned long long sealedSize = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(sealed.data()), &sealedSize, bytesOf(seed.view()), lengthOf(seed.view()),
        bytesOf(file), lengthOf(file), nullptr, bytesOf(nonce), bytesOf(aeadKey.view()));
    CY_ASSERT(rc == 0 && sealedSize == static_cast<unsigned long long>(kSealedSize));

    file += "sealed: " + sealed.toBase64() + '\n';
    return file;
}

Result<KeyPair> openKeyFile(QByteArrayView fileBytes, QByteArrayView passphrase)
{
    initialize();
    CY_TRY(const ParsedKeyFile parsed, parseKeyFile(fileBytes));
    if (passphrase.isEmpty()) {
        return fail(ErrorCode::WrongPassphrase,
                    QStringLiteral("no passphrase was given: enter the passphrase that protects this key file"));
    }
    CY_TRY(const SecretBytes aeadKey, deriveKey(passphrase, parsed.salt, parsed.ops, parsed.mem));
    SecretBytes seed = SecretBytes::zeroed(kSeedSize);
    unsigned long long seedSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(seed.data()), &seedSize, nullptr, bytesOf(parsed.sealed),
            lengthOf(parsed.sealed), bytesOf(parsed.header), lengthOf(parsed.header), bytesOf(parsed.nonce),
            bytesOf(aeadKey.view()))
        != 0) {
        return fail(ErrorCode::WrongPassphrase,
                    QStringLiteral("the passphrase does not open this key file: the passphrase is wrong, or the "
                                   "file was altered or damaged"));
    }
    CY_ASSERT(seedSize == static_cast<unsigned long long>(kSeedSize));
    CY_TRY(KeyPair pair, KeyPair::fromSeed(seed.view()));
    if (pair.publicKey() != parsed.publicKey) {
        return fail(ErrorCode::Integrity,
                    QStringLiteral("the key file names public key %1, but its sealed secret key belongs to %2; "
                                   "the file is not trustworthy: do not use it")
                        .arg(parsed.publicKey.toHex(), pair.publicKey().toHex()));
    }
    return pair;
}

Result<KeyFileInfo> inspectKeyFile(QByteArrayView fileBytes)
{
    initialize();
    CY_TRY(const ParsedKeyFile parsed, parseKeyFile(fileBytes));
    return KeyFileInfo{parsed.label, parsed.publicKey};
}

// --- PIN hashes ---

Result<QByteArray> hashPin(QByteArrayView pin, KdfStrength strength)
{
    initialize();
    if (pin.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the PIN is empty: choose a PIN"));
    }
    const KdfLimits limits = kdfLimits(strength);
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str_alg(out.data(), pin.data(), lengthOf(pin), limits.ops, limits.mem,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return fail(ErrorCode::LimitExceeded,
                    QStringLiteral("could not hash the PIN: Argon2id needs %1 MiB of memory that this device could "
                                   "not provide; close other programs and try again")
                        .arg(mebibytes(limits.mem)));
    }
    return QByteArray(out.data());
}

Result<QByteArray> hashPinWithSalt(QByteArrayView pin, QByteArrayView salt, KdfStrength strength)
{
    initialize();
    static_assert(kPinSaltSize == crypto_pwhash_SALTBYTES);
    if (pin.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the PIN is empty: choose a PIN"));
    }
    if (salt.size() != kPinSaltSize) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a PIN salt is %1 bytes").arg(kPinSaltSize));
    }
    const KdfLimits limits = kdfLimits(strength);
    SecretBytes hash = SecretBytes::zeroed(32);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(hash.data()), 32, pin.data(), lengthOf(pin), bytesOf(salt), limits.ops,
                      limits.mem, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return fail(ErrorCode::LimitExceeded,
                    QStringLiteral("could not hash the PIN: Argon2id needs %1 MiB of memory").arg(mebibytes(limits.mem)));
    }
    // libsodium has no "string with this salt" call: write its encoded form (the PHC string
    // format of the Argon2 reference code) ourselves, and check it with libsodium's verifier.
    const auto b64 = [](QByteArrayView b) { return b.toByteArray().toBase64(QByteArray::OmitTrailingEquals); };
    const QByteArray text = QByteArray(kArgon2idPrefix) + "v=19$m=" + QByteArray::number(quint64(limits.mem / 1024)) +
                            ",t=" + QByteArray::number(quint64(limits.ops)) + ",p=1$" + b64(salt) + '$' + b64(hash.view());
    if (!verifyPin(text, pin)) {
        return fail(ErrorCode::Integrity, QStringLiteral("the PIN hash does not verify"));
    }
    return text;
}

bool verifyPin(QByteArrayView storedHash, QByteArrayView pin)
{
    initialize();
    if (pin.isEmpty() || !storedHash.startsWith(QByteArrayView(kArgon2idPrefix))
        || storedHash.size() >= static_cast<qsizetype>(crypto_pwhash_STRBYTES) || storedHash.contains('\0')) {
        return false;
    }
    std::array<char, crypto_pwhash_STRBYTES> hash{}; // NUL-terminated, as libsodium reads it
    std::memcpy(hash.data(), storedHash.data(), static_cast<std::size_t>(storedHash.size()));

    // Only our own parameters: a tampered row must not make verification allocate gigabytes.
    bool knownParameters = false;
    for (const KdfStrength strength : {KdfStrength::Interactive, KdfStrength::Moderate, KdfStrength::Sensitive}) {
        const KdfLimits limits = kdfLimits(strength);
        if (crypto_pwhash_str_needs_rehash(hash.data(), limits.ops, limits.mem) == 0) {
            knownParameters = true;
            break;
        }
    }
    return knownParameters && crypto_pwhash_str_verify(hash.data(), pin.data(), lengthOf(pin)) == 0;
}

} // namespace courtyard::crypto
