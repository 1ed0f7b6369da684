// courtyard/ledger checkpoints: the log's size and root as a C2SP signed note.
//
// A checkpoint (https://c2sp.org/tlog-checkpoint) is the text "<origin>\n<size>\n<base64 root>\n",
// optionally followed by extension lines, signed as a note (https://c2sp.org/signed-note): the
// text, a blank line, then one line per signature, "— <key name> base64(key ID || signature)".
// Keys are Ed25519 (signature type 0x01) and are written as verifier keys,
// "<name>+<8 hex digits of key ID>+base64(0x01 || 32-byte public key)", so that ordinary
// transparency-log witnesses and verifiers can check our checkpoints.
//
// Errors: parsing is strict and refuses anything the specs do not allow (Malformed, or
// NotCanonical for a tree size with leading zeros), LimitExceeded for oversized notes,
// BadKey/Unsupported for unusable verifier keys; verification returns NotFound when the note has
// no signature by the key and BadSignature when such a signature does not verify.
//
// Thread-safety: plain values and pure functions; safe to use from several threads at once.
#pragma once

#include "core/base/result.h"
#include "core/crypto/crypto.h"
#include "core/merkle/merkle_log.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>
#include <vector>

namespace courtyard::ledger {

// Limits for notes we accept. The spec asks verifiers to accept at least 16 signatures.
inline constexpr int kMaxNoteSignatures = 100;
inline constexpr qsizetype kMaxNoteSize = 1024 * 1024;

// C2SP tlog-checkpoint body: "<origin>\n<size decimal>\n<base64 root>\n" then optional extension lines.
struct Checkpoint {
    QString origin;
    quint64 size = 0;
    merkle::Hash root{};
    QStringList extensions; // without their newlines; each must be non-empty

    // The note text. An origin or extension that is empty or holds a newline or other control
    // character gives a body that parseBody() refuses.
    QByteArray body() const;
    // Strict: origin non-empty, size in decimal without leading zeros, the root exactly the
    // padded base64 of 32 bytes, no empty lines, valid UTF-8 without control characters, and a
    // final newline.
    static Result<Checkpoint> parseBody(QByteArrayView body);

    friend bool operator==(const Checkpoint &, const Checkpoint &) = default;
};

// A C2SP signed-note Ed25519 verifier key: "<name>+<8 hex key hash>+<base64(0x01 || 32-byte key)>".
struct NoteKey {
    QString name;
    crypto::PublicKey key;

    // First 4 bytes (big-endian) of SHA-256(name || 0x0A || 0x01 || key).
    quint32 keyHash() const;
    // "<name>+<keyHash as 8 lower-case hex digits>+<base64(0x01 || key)>".
    QString verifierKey() const;
    // Validates the name rules, the key hash (upper- or lower-case hex), the algorithm byte 0x01
    // and the key itself (PublicKey::fromBytes).
    static Result<NoteKey> fromVerifierKey(QStringView vkey);

    friend bool operator==(const NoteKey &, const NoteKey &) = default;
};

// True when name is a valid note key name: non-empty, no '+', no Unicode space, no control
// character, valid UTF-16.
bool isValidNoteKeyName(QStringView name);

struct NoteSignature {
    QString name;
    quint32 keyHash = 0;
    QByteArray signature; // the signature proper, without the 4-byte key hash

    friend bool operator==(const NoteSignature &, const NoteSignature &) = default;
};

struct SignedNote {
    QByteArray body; // the note text, ending in a newline
    std::vector<NoteSignature> signatures; // in the order of the note's lines
};

// The 64-byte Ed25519 signature of the note text.
QByteArray signNoteBody(const crypto::KeyPair &key, QByteArrayView body);

// body + "\n" + one "— <name> base64(keyHash || signature)\n" line per signature. The body
// must end in a newline.
QByteArray assembleSignedNote(QByteArrayView body, const std::vector<std::pair<NoteKey, QByteArray>> &signatures);

// Strict per the C2SP signed-note spec: valid UTF-8 without control characters other than
// newline; the text ends in a newline and is separated from the signatures by the last blank
// line; each signature line is U+2014 EM DASH, space, a valid key name, space, and canonical
// base64 of at least 5 bytes, ending in a newline; at most kMaxNoteSignatures lines.
Result<SignedNote> parseSignedNote(QByteArrayView text);

// Checks every signature in the note with key's name and key hash. NotFound if there is none,
// BadSignature if one does not verify (the spec asks to reject the whole note then).
Result<void> verifySignedNote(const SignedNote &note, const NoteKey &key);

} // namespace courtyard::ledger
