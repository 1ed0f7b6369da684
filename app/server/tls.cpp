#include "app/server/tls.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace courtyard::server {

namespace {

template <typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

Result<void> writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) || file.write(bytes) != bytes.size()
        || !file.commit()) {
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

// Whether the private key is the certificate's (Qt cannot tell).
bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    Bio certBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    Bio keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    Cert cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    PKey key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    return cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
}

} // namespace

Result<void> makeSelfSignedCertificate(const QString &certificatePath, const QString &keyPath, const QString &commonName)
{
    for (const QString &path : {certificatePath, keyPath}) {
        if (QFileInfo::exists(path)) {
            return fail(ErrorCode::Conflict, QStringLiteral("%1 already exists; it is never overwritten (move it away to make a new one)").arg(path));
        }
    }
    PKey key(EVP_EC_gen("P-256"));
    Cert cert(X509_new());
    if (!key || !cert) {
        return fail(ErrorCode::Unsupported, QStringLiteral("OpenSSL cannot make a P-256 key here"));
    }
    X509_set_version(cert.get(), 2); // X.509 v3
    // A random 64-bit serial: certificates made on different servers never share one.
    const QByteArray serial = crypto::toByteArray(crypto::sha256(crypto::KeyPair::generate().publicKey().toByteArray())).left(8);
    ASN1_INTEGER_set_uint64(X509_get_serialNumber(cert.get()),
                            qFromBigEndian<quint64>(serial.constData()) & 0x7fffffffffffffffULL);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        return fail(ErrorCode::Unsupported, QStringLiteral("OpenSSL cannot sign the certificate"));
    }
    Bio keyBio(BIO_new(BIO_s_mem()));
    Bio certBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
        || !PEM_write_bio_X509(certBio.get(), cert.get())) {
        return fail(ErrorCode::Unsupported, QStringLiteral("OpenSSL cannot write PEM"));
    }
    CY_CHECK(writeFile(keyPath, bioBytes(keyBio.get()), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    return writeFile(certificatePath, bioBytes(certBio.get()),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

Result<TlsIdentity> loadTlsIdentity(const QString &certificatePath, const QString &keyPath)
{
    QFile certFile(certificatePath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::NotFound, QStringLiteral("cannot read the TLS certificate %1: %2 (make one with 'courtyardd --init')")
                                             .arg(certificatePath, certFile.errorString()));
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (certs.isEmpty() || certs.front().isNull()) {
        return fail(ErrorCode::Malformed, QStringLiteral("%1 holds no PEM certificate").arg(certificatePath));
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::NotFound, QStringLiteral("cannot read the TLS key %1: %2").arg(keyPath, keyFile.errorString()));
    }
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull()) {
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    }
    if (key.isNull()) {
        return fail(ErrorCode::Malformed, QStringLiteral("%1 holds no PEM private key (EC or RSA)").arg(keyPath));
    }
    if (!keyMatchesCertificate(certs.front().toPem(), keyPem)) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the key %1 does not belong to the certificate %2").arg(keyPath, certificatePath));
    }
    TlsIdentity identity;
    identity.certificate = certs.front();
    identity.key = key;
    CY_TRY(identity.fingerprint, crypto::digestFromBytes(identity.certificate.digest(QCryptographicHash::Sha256)));
    return identity;
}

} // namespace courtyard::server
