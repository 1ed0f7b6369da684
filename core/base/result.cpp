#include "core/base/result.h"

#include <cstdio>
#include <cstdlib>

namespace courtyard {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::Malformed: return QStringLiteral("malformed");
    case ErrorCode::NotCanonical: return QStringLiteral("not-canonical");
    case ErrorCode::LimitExceeded: return QStringLiteral("limit-exceeded");
    case ErrorCode::Overflow: return QStringLiteral("overflow");
    case ErrorCode::CurrencyMismatch: return QStringLiteral("currency-mismatch");
    case ErrorCode::BadSignature: return QStringLiteral("bad-signature");
    case ErrorCode::BadKey: return QStringLiteral("bad-key");
    case ErrorCode::WrongPassphrase: return QStringLiteral("wrong-passphrase");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Integrity: return QStringLiteral("integrity");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::SchemaTooNew: return QStringLiteral("schema-too-new");
    case ErrorCode::DiskFull: return QStringLiteral("disk-full");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    }
    return QStringLiteral("unknown");
}

void assertionFailed(const char *expr, const char *file, int line)
{
    std::fprintf(stderr, "courtyard: internal error: assertion '%s' failed at %s:%d\n", expr, file, line);
    std::abort();
}

} // namespace courtyard
