// courtyard/base: errors as values.
//
// Every expected failure in core (bad input, a tampered row, a full disk) is returned as an
// Error inside a Result<T>: a code a program can test and a message a person can read, which
// says what went wrong and, where it can, what to do about it. Exceptions never cross a module
// boundary; assertions (CY_ASSERT) are kept for programmer errors only.
#pragma once

#include <QString>
#include <tl/expected.hpp>

#include <utility>

namespace courtyard {

// Stable codes: tests and callers switch on these; never renumber.
enum class ErrorCode : int {
    InvalidArgument = 1, // a value the caller or user gave cannot be used
    Malformed = 2,       // bytes or text that do not parse
    NotCanonical = 3,    // parses, but is not in the one canonical form
    LimitExceeded = 4,   // too large, too deep, too many
    Overflow = 5,        // arithmetic result outside the allowed range
    CurrencyMismatch = 6,
    BadSignature = 7,
    BadKey = 8,          // a public key that is invalid, small-order or non-canonical
    WrongPassphrase = 9,
    NotFound = 10,
    Conflict = 11,       // already exists, duplicate, out of order
    Integrity = 12,      // stored data contradicts itself or its signatures
    Io = 13,
    Database = 14,
    SchemaTooNew = 15,
    DiskFull = 16,
    Unsupported = 17,
};

// Short stable name of a code ("malformed", "bad-signature", ...), for logs and JSON output.
QString errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;

    // The same error with context in front: "block 7: signature does not verify".
    Error prefixed(const QString &context) const { return Error{code, context + QStringLiteral(": ") + message}; }
};

template <typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, QString message)
{
    return tl::unexpected<Error>(Error{code, std::move(message)});
}

inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

// Aborts with a message, in every build type: for broken invariants, never for input.
[[noreturn]] void assertionFailed(const char *expr, const char *file, int line);

} // namespace courtyard

#define CY_ASSERT(cond) \
    do { \
        if (!(cond)) [[unlikely]] \
            ::courtyard::assertionFailed(#cond, __FILE__, __LINE__); \
    } while (false)

// Propagate an error: CY_TRY(auto v, expr); binds v to the value or returns the error.
#define CY_CONCAT_INNER(a, b) a##b
#define CY_CONCAT(a, b) CY_CONCAT_INNER(a, b)
#define CY_TRY_IMPL(tmp, decl, expr) \
    auto tmp = (expr); \
    if (!tmp) \
        return ::tl::unexpected<::courtyard::Error>(std::move(tmp).error()); \
    decl = std::move(*tmp)
#define CY_TRY(decl, expr) CY_TRY_IMPL(CY_CONCAT(cy_try_, __LINE__), decl, expr)
// For Result<void> expressions.
#define CY_CHECK(expr) \
    do { \
        auto cy_check_ = (expr); \
        if (!cy_check_) \
            return ::tl::unexpected<::courtyard::Error>(std::move(cy_check_).error()); \
    } while (false)
