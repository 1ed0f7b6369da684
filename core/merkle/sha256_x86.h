// courtyard/merkle: SHA-256 with the x86 SHA extensions, for the short messages Merkle trees hash.
//
// A node hash is SHA-256 of 65 bytes; libsodium 1.0.18 computes SHA-256 in portable C, several
// times slower than the SHA instructions of current x86 processors. merkle_log.cpp uses these
// when hasShaExtensions() and libsodium otherwise: both are FIPS 180-4 SHA-256, the same bytes on
// every machine (tst_merkle compares them on random messages of every length up to a few blocks).
//
// Thread-safety: pure functions.
#pragma once

#include "core/crypto/crypto.h"

#include <QByteArrayView>

namespace courtyard::merkle::detail {

// Whether this processor has the SHA extensions (and this build the code that uses them).
bool hasShaExtensions();
// SHA-256(prefix || data). Only when hasShaExtensions().
crypto::Digest sha256WithPrefix(unsigned char prefix, QByteArrayView data);
// SHA-256(prefix || left || right). Only when hasShaExtensions().
crypto::Digest sha256Node(unsigned char prefix, const crypto::Digest &left, const crypto::Digest &right);

} // namespace courtyard::merkle::detail
