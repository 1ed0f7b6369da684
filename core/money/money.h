// courtyard/money: exact amounts of money.
//
// A Money is a whole number of minor units (fen, cents, fils) of one ISO 4217 currency. All
// arithmetic is integer arithmetic on Boost.Multiprecision's checked 128-bit integers, so an
// intermediate never wraps; every result must lie within ±kMaxMinorUnits, which fits an int64,
// SQLite INTEGER and a CBOR integer. Percentages are exact rationals, every rounding is named
// (the ledger uses half-even), and split/allocate always return parts that add up to the original.
// Text goes through parse/format for a QLocale (its digits, decimal point, grouping, minus sign);
// toPlainString is the locale-independent form for machine output.
//
// Errors (as values, nothing throws):
//   Overflow         — a result, or a parsed amount, outside ±kMaxMinorUnits
//   CurrencyMismatch — plus/minus/compare of two currencies
//   InvalidArgument  — division by zero, split into < 1 part, all-zero weights, an unsupported
//                      currency, more decimals than the currency has, a negative percentage
//   Malformed        — text that is not an amount (exponent, hex, stray characters, misplaced
//                      group separators, two signs or decimal points, ...)
//   LimitExceeded    — split into more than kMaxSplitParts parts
// Thread-safety: Money and Percent are immutable values; all functions are reentrant and safe to
// call concurrently.
#pragma once

#include "core/base/result.h"
#include "core/money/currency.h"

#include <QLocale>
#include <QString>
#include <QStringView>

#include <span>
#include <vector>

namespace courtyard::money {

// Largest magnitude of any Money, in minor units (10^18 − 1).
inline constexpr qint64 kMaxMinorUnits = 999'999'999'999'999'999;
// Most parts split() produces; more is a caller bug or an attack, not a real bill.
inline constexpr int kMaxSplitParts = 1'000'000;
// Most decimals Percent::parse accepts ("0.000001%").
inline constexpr int kMaxPercentDecimals = 6;

enum class Rounding {
    HalfEven,     // ties to the even neighbour (2.5 → 2, 3.5 → 4, −2.5 → −2): the ledger's rule
    HalfUp,       // ties away from zero (2.5 → 3, −2.5 → −3), "commercial" rounding
    TowardZero,   // truncate (2.9 → 2, −2.9 → −2)
    AwayFromZero, // any fraction rounds up in magnitude (2.1 → 3, −2.1 → −3)
};

// An exact, non-negative rational percentage: numerator / denominator percent, kept in lowest
// terms with a positive denominator. Percentages are rates (fees, shares, interest); a reduction
// is written as subtracting a positive percentage, so negative ones are refused.
class Percent {
public:
    // "5", "5.25", "0.125", "12.5%": ASCII digits, '.' as decimal point, at most
    // kMaxPercentDecimals decimals, an optional trailing '%'. No sign, grouping or exponent.
    // Malformed text → Malformed; a minus sign or too many decimals → InvalidArgument; a value
    // whose numerator does not fit an int64 → Overflow.
    static Result<Percent> parse(QStringView text);
    // 1 basis point = 0.01 %. Negative basis points are a programmer error (asserted).
    static Percent fromBasisPoints(qint64 basisPoints);
    // numerator / denominator percent (1, 3 is one third of a percent). Denominator 0 or a
    // negative value → InvalidArgument.
    static Result<Percent> fromRatio(qint64 numerator, qint64 denominator);

    qint64 numerator() const { return m_numerator; }
    qint64 denominator() const { return m_denominator; }
    bool isZero() const { return m_numerator == 0; }

    // "5.25%" for decimal values; "1/3%" when the value has no finite decimal form.
    QString toString() const;

    friend bool operator==(const Percent &, const Percent &) = default;

private:
    Percent(qint64 numerator, qint64 denominator);

    qint64 m_numerator = 0;
    qint64 m_denominator = 1;
};

class Money {
public:
    // |minor| > kMaxMinorUnits → Overflow; a currency not from currencyByCode → InvalidArgument.
    static Result<Money> fromMinor(qint64 minor, const Currency &currency);
    // The currency must be a supported one (asserted).
    static Money zero(const Currency &currency);

    // Reads an amount written for `locale`: ASCII or the locale's own digits, the locale's decimal
    // point, optional group separators exactly where the locale puts them, an optional leading
    // minus ('-', U+2212 or the locale's sign) or '+', at most currency.exponent decimals.
    // Surrounding whitespace is ignored; nothing else is. Where the locale's group separator is a
    // space (fr, ru, ...) an ordinary, no-break or narrow no-break space all count as it; where the
    // locale's decimal point and group separator are the Arabic ones (ar_SA), '.' and ',' are
    // accepted in their place. The C locale accepts "1,234.50" as well as "1234.50".
    static Result<Money> parse(QStringView text, const Currency &currency, const QLocale &locale = QLocale::c());

    qint64 minor() const { return m_minor; }
    const Currency &currency() const { return m_currency; }

    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    // Never fails: the range is symmetric.
    Money negated() const;
    Money abs() const;
    Result<Money> times(qint64 factor) const;
    // this × numerator / denominator, computed exactly and rounded once. Denominator 0 → InvalidArgument.
    Result<Money> multiplyRatio(qint64 numerator, qint64 denominator, Rounding rounding) const;
    // this × percent / 100, rounded once.
    Result<Money> applyPercent(const Percent &percent, Rounding rounding = Rounding::HalfEven) const;

    // `parts` nearly equal parts adding up to this: the remainder goes one minor unit each to the
    // first parts; a negative amount splits as the mirror of its absolute value.
    // parts < 1 → InvalidArgument; parts > kMaxSplitParts → LimitExceeded.
    Result<std::vector<Money>> split(int parts) const;
    // Parts proportional to `weights` (largest-remainder method: each part is its exact share
    // rounded down, the leftover minor units go one each to the largest remainders, ties to the
    // lower index). The parts always add up to this and each is within one minor unit of its exact
    // share; a zero weight gets zero. Empty or all-zero weights → InvalidArgument.
    Result<std::vector<Money>> allocate(const std::vector<quint64> &weights) const;

    // Sum of `amounts`, all in `currency` (an empty list sums to zero).
    static Result<Money> sum(std::span<const Money> amounts, const Currency &currency);

    // Same currency and same amount. Money of different currencies is simply unequal.
    friend bool operator==(const Money &, const Money &) = default;
    // -1, 0 or 1; different currencies → CurrencyMismatch.
    Result<int> compare(const Money &other) const;

    // Locale digits, grouping and decimal point, always exactly currency.exponent decimals:
    // "1,234.50" (en_US), "1.234,50" (de_DE), "1,235" (JPY, en_US), "1234.50" (C locale).
    QString format(const QLocale &locale = QLocale::c()) const;
    // "CNY 1,234.50".
    QString formatWithCode(const QLocale &locale = QLocale::c()) const;
    // "-1234.50": C locale, no grouping, for machine output and logs.
    QString toPlainString() const;

private:
    Money(qint64 minor, Currency currency);

    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace courtyard::money
