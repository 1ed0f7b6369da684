#include "core/ledger/checkpoint.h"

#include "core/base/utf8.h"

#include <QChar>

#include <algorithm>
#include <limits>
#include <optional>

namespace courtyard::ledger {

namespace {

constexpr quint8 kAlgEd25519 = 0x01;
// U+2014 EM DASH and a space, in UTF-8: how every signature line starts.
constexpr char kSignaturePrefix[] = "\xE2\x80\x94 ";
constexpr qsizetype kSignaturePrefixSize = sizeof(kSignaturePrefix) - 1;
constexpr qsizetype kKeyHashSize = 4;

// Decodes only the one canonical form: standard alphabet, padded, no stray bits or characters.
std::optional<QByteArray> decodeBase64Strict(QByteArrayView text)
{
    auto result = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                 QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result || QByteArrayView(result.decoded.toBase64()) != text) {
        return std::nullopt;
    }
    return std::move(result.decoded);
}

// Valid UTF-8 with no control character other than newline: what both specs require of text.
Result<void> checkNoteText(QByteArrayView text, const QString &what)
{
    if (const auto bad = findUtf8Problem(text)) {
        return fail(ErrorCode::Malformed, QStringLiteral("%1 is not valid UTF-8 at byte %2: %3").arg(what).arg(bad->offset).arg(bad->reason));
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<quint8>(text[i]);
        if (c < 0x20 && c != '\n') {
            return fail(ErrorCode::Malformed,
                        QStringLiteral("%1 contains the control character 0x%2 at byte %3")
                                .arg(what)
                                .arg(static_cast<uint>(c), 2, 16, QLatin1Char('0'))
                                .arg(i));
        }
    }
    return {};
}

// Splits text that ends in '\n' into its lines, without the newlines.
std::vector<QByteArrayView> splitLines(QByteArrayView text)
{
    std::vector<QByteArrayView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            lines.push_back(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    return lines;
}

QString keyHashHex(quint32 hash)
{
    return QStringLiteral("%1").arg(hash, 8, 16, QLatin1Char('0'));
}

QString keyLabel(const QString &name, quint32 hash)
{
    return name + QLatin1Char('+') + keyHashHex(hash);
}

// Why name is not a valid key name, or an empty string when it is.
QString nameProblem(QStringView name)
{
    if (name.isEmpty()) {
        return QStringLiteral("the key name is empty");
    }
    if (!name.isValidUtf16()) {
        return QStringLiteral("the key name is not valid Unicode");
    }
    for (const char32_t c : name.toUcs4()) {
        if (c == U'+') {
            return QStringLiteral("the key name '%1' contains '+'").arg(name);
        }
        if (QChar::isSpace(c)) {
            return QStringLiteral("the key name '%1' contains a space (U+%2)")
                    .arg(name)
                    .arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
        }
        if (c < 0x20) {
            return QStringLiteral("the key name contains the control character 0x%1")
                    .arg(static_cast<uint>(c), 2, 16, QLatin1Char('0'));
        }
    }
    return {};
}

quint32 readBigEndian32(QByteArrayView bytes)
{
    return (quint32(static_cast<quint8>(bytes[0])) << 24) | (quint32(static_cast<quint8>(bytes[1])) << 16)
            | (quint32(static_cast<quint8>(bytes[2])) << 8) | quint32(static_cast<quint8>(bytes[3]));
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray out(kKeyHashSize, '\0');
    out[0] = static_cast<char>(value >> 24);
    out[1] = static_cast<char>(value >> 16);
    out[2] = static_cast<char>(value >> 8);
    out[3] = static_cast<char>(value);
    return out;
}

quint32 computeKeyHash(QByteArrayView nameUtf8, QByteArrayView encodedKey)
{
    const char newline = '\n';
    const crypto::Digest digest
            = crypto::Sha256().add(nameUtf8).add(QByteArrayView(&newline, 1)).add(encodedKey).finish();
    return readBigEndian32(QByteArrayView(digest.data(), kKeyHashSize));
}

QByteArray encodedEd25519Key(const crypto::PublicKey &key)
{
    QByteArray out(1, static_cast<char>(kAlgEd25519));
    out += key.toByteArray();
    return out;
}

} // namespace

// ---- Checkpoint

QByteArray Checkpoint::body() const
{
    QByteArray out = origin.toUtf8();
    out += '\n';
    out += QByteArray::number(size);
    out += '\n';
    out += crypto::toByteArray(root).toBase64();
    out += '\n';
    for (const QString &line : extensions) {
        out += line.toUtf8();
        out += '\n';
    }
    return out;
}

Result<Checkpoint> Checkpoint::parseBody(QByteArrayView body)
{
    CY_CHECK(checkNoteText(body, QStringLiteral("the checkpoint")));
    if (body.isEmpty() || body.back() != '\n') {
        return fail(ErrorCode::Malformed, QStringLiteral("the checkpoint does not end with a newline"));
    }
    const std::vector<QByteArrayView> lines = splitLines(body);
    if (lines.size() < 3) {
        return fail(ErrorCode::Malformed,
                    QStringLiteral("the checkpoint has %1 lines; it needs origin, tree size and root hash")
                            .arg(lines.size()));
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty()) {
            static const char *const names[] = {"origin", "tree size", "root hash"};
            const QString which = i < 3 ? QStringLiteral("%1 line").arg(QLatin1String(names[i]))
                                        : QStringLiteral("extension line %1").arg(i - 2);
            return fail(ErrorCode::Malformed, QStringLiteral("the checkpoint's %1 is empty").arg(which));
        }
    }

    Checkpoint out;
    out.origin = QString::fromUtf8(lines[0]);

    const QByteArrayView sizeText = lines[1];
    const QString sizeShown = QString::fromUtf8(sizeText);
    quint64 size = 0;
    for (const char c : sizeText) {
        if (c < '0' || c > '9') {
            return fail(ErrorCode::Malformed,
                        QStringLiteral("the checkpoint's tree size '%1' is not a decimal number").arg(sizeShown));
        }
        const auto digit = static_cast<quint64>(c - '0');
        if (size > (std::numeric_limits<quint64>::max() - digit) / 10) {
            return fail(ErrorCode::Malformed,
                        QStringLiteral("the checkpoint's tree size %1 is too large").arg(sizeShown));
        }
        size = size * 10 + digit;
    }
    if (sizeText.size() > 1 && sizeText[0] == '0') {
        return fail(ErrorCode::NotCanonical,
                    QStringLiteral("the checkpoint's tree size '%1' has leading zeros").arg(sizeShown));
    }
    out.size = size;

    const std::optional<QByteArray> root = decodeBase64Strict(lines[2]);
    if (!root || root->size() != static_cast<qsizetype>(crypto::kDigestSize)) {
        return fail(ErrorCode::Malformed,
                    QStringLiteral("the checkpoint's root hash '%1' is not the base64 of 32 bytes")
                            .arg(QString::fromUtf8(lines[2])));
    }
    std::copy(root->begin(), root->end(), out.root.begin());

    for (std::size_t i = 3; i < lines.size(); ++i) {
        out.extensions.append(QString::fromUtf8(lines[i]));
    }
    return out;
}

// ---- NoteKey

bool isValidNoteKeyName(QStringView name)
{
    return nameProblem(name).isEmpty();
}

quint32 NoteKey::keyHash() const
{
    return computeKeyHash(name.toUtf8(), encodedEd25519Key(key));
}

QString NoteKey::verifierKey() const
{
    return name + QLatin1Char('+') + keyHashHex(keyHash()) + QLatin1Char('+')
            + QString::fromLatin1(encodedEd25519Key(key).toBase64());
}

Result<NoteKey> NoteKey::fromVerifierKey(QStringView vkey)
{
    const auto malformed = [](const QString &why) {
        return fail(ErrorCode::Malformed, QStringLiteral("not a verifier key (name+hash+key): %1").arg(why));
    };
    const qsizetype firstPlus = vkey.indexOf(QLatin1Char('+'));
    if (firstPlus < 0) {
        return malformed(QStringLiteral("it has no '+'"));
    }
    const QStringView name = vkey.first(firstPlus);
    const QStringView rest = vkey.sliced(firstPlus + 1);
    const qsizetype secondPlus = rest.indexOf(QLatin1Char('+'));
    if (secondPlus < 0) {
        return malformed(QStringLiteral("it has only one '+'"));
    }
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        return malformed(problem);
    }
    const QStringView hashText = rest.first(secondPlus);
    const QStringView keyText = rest.sliced(secondPlus + 1);

    bool hexOk = hashText.size() == 8;
    for (const QChar c : hashText) {
        const char16_t u = c.unicode();
        hexOk = hexOk && ((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F'));
    }
    if (!hexOk) {
        return malformed(QStringLiteral("the key hash '%1' is not 8 hex digits").arg(hashText));
    }
    const auto claimedHash = static_cast<quint32>(hashText.toULong(nullptr, 16));

    std::optional<QByteArray> encoded;
    if (std::all_of(keyText.begin(), keyText.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        encoded = decodeBase64Strict(keyText.toLatin1());
    }
    if (!encoded || encoded->isEmpty()) {
        return malformed(QStringLiteral("the key '%1' is not canonical base64").arg(keyText));
    }

    const QByteArray nameUtf8 = name.toUtf8();
    const quint32 actualHash = computeKeyHash(nameUtf8, *encoded);
    if (actualHash != claimedHash) {
        return fail(ErrorCode::BadKey,
                    QStringLiteral("the key hash %1 does not match the name and key, which hash to %2")
                            .arg(keyHashHex(claimedHash), keyHashHex(actualHash)));
    }
    const auto alg = static_cast<quint8>(encoded->front());
    if (alg != kAlgEd25519) {
        return fail(ErrorCode::Unsupported,
                    QStringLiteral("signature type 0x%1 is not supported; only Ed25519 (0x01) is")
                            .arg(static_cast<uint>(alg), 2, 16, QLatin1Char('0')));
    }
    const QByteArrayView keyBytes = QByteArrayView(*encoded).sliced(1);
    if (keyBytes.size() != static_cast<qsizetype>(crypto::kPublicKeySize)) {
        return fail(ErrorCode::BadKey,
                    QStringLiteral("an Ed25519 key has 32 bytes, this one has %1").arg(keyBytes.size()));
    }
    auto key = crypto::PublicKey::fromBytes(keyBytes);
    if (!key) {
        return fail(
                key.error().prefixed(QStringLiteral("verifier key %1").arg(keyLabel(name.toString(), claimedHash))));
    }
    return NoteKey{name.toString(), *key};
}

// ---- Signed notes

QByteArray signNoteBody(const crypto::KeyPair &key, QByteArrayView body)
{
    return key.sign(body);
}

QByteArray assembleSignedNote(QByteArrayView body, const std::vector<std::pair<NoteKey, QByteArray>> &signatures)
{
    CY_ASSERT(!body.isEmpty() && body.back() == '\n');
    QByteArray out = body.toByteArray();
    out += '\n';
    for (const auto &[key, signature] : signatures) {
        out += QByteArrayView(kSignaturePrefix, kSignaturePrefixSize);
        out += key.name.toUtf8();
        out += ' ';
        out += (bigEndian32(key.keyHash()) + signature).toBase64();
        out += '\n';
    }
    return out;
}

Result<SignedNote> parseSignedNote(QByteArrayView text)
{
    if (text.size() > kMaxNoteSize) {
        return fail(
                ErrorCode::LimitExceeded,
                QStringLiteral("the note has %1 bytes; at most %2 are accepted").arg(text.size()).arg(kMaxNoteSize));
    }
    CY_CHECK(checkNoteText(text, QStringLiteral("the note")));

    // The text ends at the last blank line; it may itself contain blank lines.
    const QByteArray whole = text.toByteArray();
    const qsizetype split = whole.lastIndexOf(QByteArrayView("\n\n"));
    if (split < 0) {
        return fail(ErrorCode::Malformed,
                    QStringLiteral("the note has no blank line between its text and its signatures"));
    }
    const QByteArrayView sigBlock = QByteArrayView(whole).sliced(split + 2);
    if (sigBlock.isEmpty()) {
        return fail(ErrorCode::Malformed, QStringLiteral("the note has no signature lines after its blank line"));
    }
    if (sigBlock.back() != '\n') {
        return fail(ErrorCode::Malformed, QStringLiteral("the note does not end with a newline"));
    }

    SignedNote note;
    note.body = whole.first(split + 1);
    const std::vector<QByteArrayView> lines = splitLines(sigBlock);
    if (lines.size() > static_cast<std::size_t>(kMaxNoteSignatures)) {
        return fail(ErrorCode::LimitExceeded,
                    QStringLiteral("the note has %1 signatures; at most %2 are accepted")
                            .arg(lines.size())
                            .arg(kMaxNoteSignatures));
    }
    int number = 0;
    for (QByteArrayView line : lines) {
        ++number;
        const auto lineError = [number](const QString &why) {
            return fail(ErrorCode::Malformed, QStringLiteral("signature line %1 of the note %2").arg(number).arg(why));
        };
        if (!line.startsWith(QByteArrayView(kSignaturePrefix, kSignaturePrefixSize))) {
            return lineError(QStringLiteral("does not start with an em dash (U+2014) and a space"));
        }
        line = line.sliced(kSignaturePrefixSize);
        const qsizetype space = line.indexOf(' ');
        if (space < 0) {
            return lineError(QStringLiteral("has no space between key name and signature"));
        }
        const QString name = QString::fromUtf8(line.first(space));
        if (const QString problem = nameProblem(name); !problem.isEmpty()) {
            return lineError(QStringLiteral("is unusable: %1").arg(problem));
        }
        const std::optional<QByteArray> raw = decodeBase64Strict(line.sliced(space + 1));
        if (!raw) {
            return lineError(QStringLiteral("has a signature that is not canonical base64"));
        }
        if (raw->size() <= kKeyHashSize) {
            return lineError(QStringLiteral("has a signature of %1 bytes; it needs a 4-byte key hash and a signature")
                                     .arg(raw->size()));
        }
        note.signatures.push_back(NoteSignature{name, readBigEndian32(*raw), raw->sliced(kKeyHashSize)});
    }
    return note;
}

Result<void> verifySignedNote(const SignedNote &note, const NoteKey &key)
{
    const quint32 hash = key.keyHash();
    bool found = false;
    for (const NoteSignature &sig : note.signatures) {
        if (sig.keyHash != hash || sig.name != key.name) {
            continue; // an unknown key, even when it shares the name or the hash
        }
        found = true;
        if (sig.signature.size() != static_cast<qsizetype>(crypto::kSignatureSize)) {
            return fail(ErrorCode::BadSignature,
                        QStringLiteral("the signature by %1 has %2 bytes; an Ed25519 signature has 64")
                                .arg(keyLabel(key.name, hash))
                                .arg(sig.signature.size()));
        }
        if (!key.key.verify(note.body, sig.signature)) {
            return fail(
                    ErrorCode::BadSignature,
                    QStringLiteral("the signature by %1 does not verify: the note was changed or signed by another key")
                            .arg(keyLabel(key.name, hash)));
        }
    }
    if (!found) {
        return fail(ErrorCode::NotFound,
                    QStringLiteral("the note has no signature by %1").arg(keyLabel(key.name, hash)));
    }
    return {};
}

} // namespace courtyard::ledger
