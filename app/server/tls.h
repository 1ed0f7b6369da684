// courtyard/server: the server's TLS identity.
//
// `courtyardd --init` makes a self-signed certificate (ECDSA P-256, 10 years) for the server;
// devices pin its SHA-256 fingerprint at enrollment instead of trusting a certificate authority,
// and sign that fingerprint into every sign-in (sync::authMessage's channel binding).
//
// Qt 6.4 can load certificates and keys but cannot make them, so makeSelfSignedCertificate()
// uses OpenSSL's libcrypto directly (the library Qt's TLS backend runs on here).
#pragma once

#include "core/base/result.h"
#include "core/crypto/crypto.h"
#include "core/sync/protocol.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace courtyard::server {

// Writes a new key (mode 0600) and a self-signed certificate for commonName, both PEM. Conflict
// if either file exists: an identity is never overwritten.
Result<void> makeSelfSignedCertificate(const QString &certificatePath, const QString &keyPath, const QString &commonName);

struct TlsIdentity {
    QSslCertificate certificate;
    QSslKey key;
    crypto::Digest fingerprint{}; // SHA-256 of the certificate's DER bytes
};

// Loads a PEM certificate and its private key; clear errors for missing or mismatched files.
Result<TlsIdentity> loadTlsIdentity(const QString &certificatePath, const QString &keyPath);

// Fingerprints as people compare them: sync::fingerprintText / sync::parseFingerprint.

} // namespace courtyard::server
