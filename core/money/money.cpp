#include "core/money/money.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <QStringList>

#include <algorithm>
#include <iterator>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace courtyard::money {

namespace {

// Sign-magnitude, so its range is ±(2^128 − 1): far wider than any product of two int64s, and
// our own ±kMaxMinorUnits check is what bounds the results.
using Int = boost::multiprecision::checked_int128_t;

// Longest piece of user text quoted back in an error message.
constexpr qsizetype kMaxQuotedChars = 40;

QString quoted(QStringView text)
{
    if (text.size() > kMaxQuotedChars) {
        return QLatin1Char('\'') + text.left(kMaxQuotedChars).toString() + QStringLiteral("…'");
    }
    return QLatin1Char('\'') + text.toString() + QLatin1Char('\'');
}

// Decimal text of any Int. (Not Int::str(): GCC 12 -O2 raises a false -Wrestrict inside it.)
QString intText(const Int &value)
{
    constexpr qint64 kChunk = 1'000'000'000'000'000'000;
    if (value < 0) {
        return QLatin1Char('-') + intText(-value);
    }
    if (value < Int(kChunk)) {
        return QString::number(static_cast<qint64>(value));
    }
    const Int high = value / kChunk;
    const Int low = value % kChunk;
    return intText(high) + QString::number(static_cast<qint64>(low)).rightJustified(18, QLatin1Char('0'));
}

qint64 powerOfTen(int exponent)
{
    CY_ASSERT(exponent >= 0 && exponent <= 18);
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i) {
        result *= 10;
    }
    return result;
}

// "-1234.50" for minor units of a currency; the one place that lays out the plain form.
QString plainText(qint64 minor, const Currency &currency)
{
    const quint64 magnitude = minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    const quint64 perMajor = static_cast<quint64>(currency.minorPerMajor());
    QString result;
    if (minor < 0) {
        result += QLatin1Char('-');
    }
    result += QString::number(magnitude / perMajor);
    if (currency.exponent > 0) {
        result += QLatin1Char('.');
        result += QString::number(magnitude % perMajor).rightJustified(currency.exponent, QLatin1Char('0'));
    }
    return result;
}

QString rangeText(const Currency &currency)
{
    return plainText(kMaxMinorUnits, currency) + QLatin1Char(' ') + currency.code;
}

tl::unexpected<Error> overflow(const QString &what, const Currency &currency)
{
    return fail(ErrorCode::Overflow,
                QStringLiteral("%1 is outside the range of amounts; an amount can be at most %2 either way")
                    .arg(what, rangeText(currency)));
}

// An in-range integer as minor units, or the Overflow error describing `what`.
Result<qint64> inRange(const Int &value, const QString &what, const Currency &currency)
{
    if (value > Int(kMaxMinorUnits) || value < Int(-kMaxMinorUnits)) {
        return overflow(what, currency);
    }
    return static_cast<qint64>(value);
}

// numerator / denominator rounded as asked; denominator != 0.
Int divideRounded(const Int &numerator, const Int &denominator, Rounding rounding)
{
    CY_ASSERT(denominator != 0);
    const bool negative = (numerator < 0) != (denominator < 0);
    const Int absNumerator = boost::multiprecision::abs(numerator);
    const Int absDenominator = boost::multiprecision::abs(denominator);
    Int quotient = absNumerator / absDenominator;
    const Int remainder = absNumerator % absDenominator;
    // Compare the dropped fraction with one half without dividing: 2·r against d.
    const Int twiceRemainder = remainder * 2;
    bool roundUp = false;
    switch (rounding) {
    case Rounding::HalfEven:
        roundUp = twiceRemainder > absDenominator || (twiceRemainder == absDenominator && (quotient % 2) != 0);
        break;
    case Rounding::HalfUp:
        roundUp = twiceRemainder >= absDenominator;
        break;
    case Rounding::TowardZero:
        roundUp = false;
        break;
    case Rounding::AwayFromZero:
        roundUp = remainder != 0;
        break;
    }
    if (roundUp) {
        quotient += 1;
    }
    if (negative) {
        quotient = -quotient;
    }
    return quotient;
}

bool isBidiMark(QChar c)
{
    // LRM, RLM and the Arabic letter mark: invisible, and part of some locales' minus signs.
    return c == QChar(0x200E) || c == QChar(0x200F) || c == QChar(0x061C);
}

QStringView withoutLeadingBidiMarks(QStringView text)
{
    while (!text.isEmpty() && isBidiMark(text.front())) {
        text = text.mid(1);
    }
    return text;
}

QString withoutBidiMarks(const QString &text)
{
    QString result;
    for (QChar c : text) {
        if (!isBidiMark(c)) {
            result += c;
        }
    }
    return result;
}

// Length of the longest entry of `tokens` that `text` starts with, 0 if none.
qsizetype matchPrefix(QStringView text, const QStringList &tokens)
{
    qsizetype best = 0;
    for (const QString &token : tokens) {
        if (!token.isEmpty() && token.size() > best && text.startsWith(token)) {
            best = token.size();
        }
    }
    return best;
}

// The characters an amount may contain for one locale.
struct Syntax {
    QStringList decimalPoints;
    QStringList groupSeparators;
    QStringList minusSigns;
    QStringList plusSigns;
    char32_t zeroDigit = U'0';
};

Syntax syntaxFor(const QLocale &locale)
{
    Syntax syntax;
    const QString decimalPoint = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    syntax.decimalPoints.append(decimalPoint);
    syntax.groupSeparators.append(group);
    const QString spaces[] = {QStringLiteral(" "), QString(QChar(0x00A0)), QString(QChar(0x202F))};
    if (std::find(std::begin(spaces), std::end(spaces), group) != std::end(spaces)) {
        // fr/ru/sv group with a (narrow) no-break space that nobody can type: accept any of them.
        for (const QString &space : spaces) {
            if (space != group) {
                syntax.groupSeparators.append(space);
            }
        }
    } else if (group == QString(QChar(0x2019))) {
        syntax.groupSeparators.append(QStringLiteral("'")); // de_CH: the typed apostrophe
    }
    if (decimalPoint == QString(QChar(0x066B)) && group == QString(QChar(0x066C))) {
        // Arabic decimal and thousands marks; '.' and ',' are what a Latin keyboard gives.
        syntax.decimalPoints.append(QStringLiteral("."));
        syntax.groupSeparators.append(QStringLiteral(","));
    }
    syntax.minusSigns = {QStringLiteral("-"), QString(QChar(0x2212))};
    const QString localeMinus = withoutBidiMarks(locale.negativeSign());
    if (!localeMinus.isEmpty() && !syntax.minusSigns.contains(localeMinus)) {
        syntax.minusSigns.append(localeMinus);
    }
    syntax.plusSigns = {QStringLiteral("+")};
    const QString localePlus = withoutBidiMarks(locale.positiveSign());
    if (!localePlus.isEmpty() && !syntax.plusSigns.contains(localePlus)) {
        syntax.plusSigns.append(localePlus);
    }
    const QList<uint> zero = locale.zeroDigit().toUcs4();
    if (zero.size() == 1) {
        syntax.zeroDigit = static_cast<char32_t>(zero.front());
    }
    return syntax;
}

QLocale withGrouping(const QLocale &locale)
{
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::NumberOptions(QLocale::OmitGroupSeparator));
    return grouped;
}

// "1,234" for a non-negative integer: ASCII digits, ',' for every group separator.
QString groupingShape(const QString &localized, char32_t zeroDigit)
{
    QString shape;
    for (const uint cp : localized.toUcs4()) {
        if (cp >= U'0' && cp <= U'9') {
            shape += QChar(static_cast<char16_t>(cp));
        } else if (cp >= zeroDigit && cp <= zeroDigit + 9) {
            shape += QChar(static_cast<char16_t>(U'0' + (cp - zeroDigit)));
        } else {
            shape += QLatin1Char(',');
        }
    }
    return shape;
}

QString localizedAmount(qint64 minor, const Currency &currency, const QLocale &locale)
{
    const quint64 magnitude = minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    const quint64 perMajor = static_cast<quint64>(currency.minorPerMajor());
    QString result;
    if (minor < 0) {
        result += locale.negativeSign();
    }
    result += locale.toString(static_cast<qint64>(magnitude / perMajor));
    if (currency.exponent > 0) {
        result += locale.decimalPoint();
        QLocale plain = locale;
        plain.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        const QString digits = QString::number(magnitude % perMajor).rightJustified(currency.exponent, QLatin1Char('0'));
        for (QChar digit : digits) {
            result += plain.toString(digit.digitValue());
        }
    }
    return result;
}

// 1,234.50 (or 1,234 / 1,234.500) in the locale's own notation, with grouping: for error messages.
QString exampleAmount(const Currency &currency, const QLocale &locale)
{
    const qint64 perMajor = currency.minorPerMajor();
    const qint64 minor = 1234 * perMajor + perMajor / 2;
    return localizedAmount(minor, currency, withGrouping(locale));
}

tl::unexpected<Error> mismatch(const Money &a, const Money &b, const QString &verb)
{
    return fail(ErrorCode::CurrencyMismatch,
                QStringLiteral("cannot %1 %2 and %3: the currencies differ")
                    .arg(verb, a.currency().code + QLatin1Char(' ') + a.toPlainString(),
                         b.currency().code + QLatin1Char(' ') + b.toPlainString()));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Percent

Percent::Percent(qint64 numerator, qint64 denominator)
{
    CY_ASSERT(numerator >= 0 && denominator > 0);
    const qint64 divisor = std::gcd(numerator, denominator);
    m_numerator = numerator / divisor;
    m_denominator = denominator / divisor;
}

Result<Percent> Percent::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    QStringView rest = trimmed;
    if (rest.isEmpty()) {
        return fail(ErrorCode::Malformed, QStringLiteral("the percentage is empty; write one like 5.25%"));
    }
    if (rest.endsWith(QLatin1Char('%'))) {
        rest.chop(1);
    }
    if (rest.startsWith(QLatin1Char('-')) || rest.startsWith(QChar(0x2212))) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("%1 is negative; a percentage must be 0 or more (to reduce an amount, "
                                   "subtract a positive percentage)")
                        .arg(quoted(trimmed)));
    }
    Int numerator = 0;
    int decimals = 0;
    bool sawPoint = false;
    qsizetype integerDigits = 0;
    try {
        for (const QChar c : rest) {
            if (c == QLatin1Char('.')) {
                if (sawPoint) {
                    return fail(ErrorCode::Malformed,
                                QStringLiteral("%1 has two decimal points; write a percentage like 5.25%")
                                    .arg(quoted(trimmed)));
                }
                sawPoint = true;
                continue;
            }
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                return fail(ErrorCode::Malformed,
                            QStringLiteral("%1 is not a percentage: use digits, one '.' and an optional "
                                           "'%' at the end, like 5.25%")
                                .arg(quoted(trimmed)));
            }
            if (sawPoint) {
                ++decimals;
            } else {
                ++integerDigits;
            }
            numerator = numerator * 10 + c.digitValue();
            if (numerator > Int(std::numeric_limits<qint64>::max())) {
                return fail(ErrorCode::Overflow,
                            QStringLiteral("%1 is too large a percentage").arg(quoted(trimmed)));
            }
        }
    } catch (const std::overflow_error &) {
        return fail(ErrorCode::Overflow, QStringLiteral("%1 is too large a percentage").arg(quoted(trimmed)));
    }
    if (integerDigits == 0 || (sawPoint && decimals == 0)) {
        return fail(ErrorCode::Malformed,
                    QStringLiteral("%1 needs digits on both sides of the decimal point; write a "
                                   "percentage like 0.5%")
                        .arg(quoted(trimmed)));
    }
    if (decimals > kMaxPercentDecimals) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("%1 has %2 decimals; a percentage can have at most %3")
                        .arg(quoted(trimmed))
                        .arg(decimals)
                        .arg(kMaxPercentDecimals));
    }
    return Percent(static_cast<qint64>(numerator), powerOfTen(decimals));
}

Percent Percent::fromBasisPoints(qint64 basisPoints)
{
    CY_ASSERT(basisPoints >= 0);
    return Percent(basisPoints, 100);
}

Result<Percent> Percent::fromRatio(qint64 numerator, qint64 denominator)
{
    if (denominator == 0) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the percentage %1/0 divides by zero").arg(numerator));
    }
    if (numerator < 0 || denominator < 0) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the percentage %1/%2 has a negative part; a percentage must be 0 or more")
                        .arg(numerator)
                        .arg(denominator));
    }
    return Percent(numerator, denominator);
}

QString Percent::toString() const
{
    // In lowest terms, the value has a finite decimal form iff the denominator divides some 10^k.
    for (int k = 0; k <= 18; ++k) {
        const qint64 scale = powerOfTen(k);
        if (scale % m_denominator != 0) {
            continue;
        }
        const Int scaled = Int(m_numerator) * (scale / m_denominator);
        const Int whole = scaled / scale;
        const Int fraction = scaled % scale;
        QString result = intText(whole);
        if (k > 0) {
            result += QLatin1Char('.') + intText(fraction).rightJustified(k, QLatin1Char('0'));
        }
        return result + QLatin1Char('%');
    }
    return QStringLiteral("%1/%2%").arg(m_numerator).arg(m_denominator);
}

// ---------------------------------------------------------------------------------------------
// Money

Money::Money(qint64 minor, Currency currency)
    : m_minor(minor)
    , m_currency(std::move(currency))
{
}

Result<Money> Money::fromMinor(qint64 minor, const Currency &currency)
{
    if (!isSupportedCurrency(currency)) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("'%1' (number %2, %3 decimals) is not a supported currency")
                        .arg(currency.code)
                        .arg(currency.numericCode)
                        .arg(currency.exponent));
    }
    if (minor > kMaxMinorUnits || minor < -kMaxMinorUnits) {
        return overflow(QStringLiteral("%1 minor units of %2").arg(minor).arg(currency.code), currency);
    }
    return Money(minor, currency);
}

Money Money::zero(const Currency &currency)
{
    CY_ASSERT(isSupportedCurrency(currency));
    return Money(0, currency);
}

Result<Money> Money::plus(const Money &other) const
{
    if (m_currency != other.m_currency) {
        return mismatch(*this, other, QStringLiteral("add"));
    }
    // Both are within ±(10^18 − 1), so the int64 sum cannot wrap; only our range can be left.
    const qint64 total = m_minor + other.m_minor;
    if (total > kMaxMinorUnits || total < -kMaxMinorUnits) {
        return overflow(QStringLiteral("%1 + %2").arg(toPlainString(), other.toPlainString()), m_currency);
    }
    return Money(total, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (m_currency != other.m_currency) {
        return mismatch(*this, other, QStringLiteral("subtract"));
    }
    const qint64 difference = m_minor - other.m_minor;
    if (difference > kMaxMinorUnits || difference < -kMaxMinorUnits) {
        return overflow(QStringLiteral("%1 − %2").arg(toPlainString(), other.toPlainString()), m_currency);
    }
    return Money(difference, m_currency);
}

Money Money::negated() const
{
    return Money(-m_minor, m_currency);
}

Money Money::abs() const
{
    return Money(m_minor < 0 ? -m_minor : m_minor, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    try {
        const Int product = Int(m_minor) * Int(factor);
        CY_TRY(const qint64 minor, inRange(product, QStringLiteral("%1 × %2").arg(toPlainString()).arg(factor), m_currency));
        return Money(minor, m_currency);
    } catch (const std::overflow_error &) {
        return overflow(QStringLiteral("%1 × %2").arg(toPlainString()).arg(factor), m_currency);
    }
}

Result<Money> Money::multiplyRatio(qint64 numerator, qint64 denominator, Rounding rounding) const
{
    if (denominator == 0) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("cannot multiply %1 by %2/0: the denominator is zero")
                        .arg(toPlainString())
                        .arg(numerator));
    }
    const QString what = QStringLiteral("%1 × %2 / %3").arg(toPlainString()).arg(numerator).arg(denominator);
    try {
        // |minor × numerator| < 2^60 · 2^63: exact in 128 bits, rounded once at the end.
        const Int product = Int(m_minor) * Int(numerator);
        const Int result = divideRounded(product, Int(denominator), rounding);
        CY_TRY(const qint64 minor, inRange(result, what, m_currency));
        return Money(minor, m_currency);
    } catch (const std::overflow_error &) {
        return overflow(what, m_currency);
    }
}

Result<Money> Money::applyPercent(const Percent &percent, Rounding rounding) const
{
    const QString what = QStringLiteral("%1 of %2").arg(percent.toString(), toPlainString());
    try {
        const Int product = Int(m_minor) * Int(percent.numerator());
        const Int denominator = Int(percent.denominator()) * 100;
        const Int result = divideRounded(product, denominator, rounding);
        CY_TRY(const qint64 minor, inRange(result, what, m_currency));
        return Money(minor, m_currency);
    } catch (const std::overflow_error &) {
        return overflow(what, m_currency);
    }
}

Result<std::vector<Money>> Money::split(int parts) const
{
    if (parts < 1) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("cannot split %1 into %2 parts; split into 1 part or more")
                        .arg(toPlainString())
                        .arg(parts));
    }
    if (parts > kMaxSplitParts) {
        return fail(ErrorCode::LimitExceeded,
                    QStringLiteral("cannot split %1 into %2 parts; at most %3 parts are allowed")
                        .arg(toPlainString())
                        .arg(parts)
                        .arg(kMaxSplitParts));
    }
    const qint64 magnitude = m_minor < 0 ? -m_minor : m_minor;
    const qint64 base = magnitude / parts;
    const qint64 remainder = magnitude % parts;
    const qint64 sign = m_minor < 0 ? -1 : 1;
    std::vector<Money> result;
    result.reserve(static_cast<std::size_t>(parts));
    for (qint64 i = 0; i < parts; ++i) {
        const qint64 part = base + (i < remainder ? 1 : 0);
        result.push_back(Money(sign * part, m_currency));
    }
    return result;
}

Result<std::vector<Money>> Money::allocate(const std::vector<quint64> &weights) const
{
    if (weights.empty()) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("cannot allocate %1 over no weights; give at least one weight").arg(toPlainString()));
    }
    try {
        Int total = 0;
        for (const quint64 weight : weights) {
            total += Int(weight);
        }
        if (total == 0) {
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("cannot allocate %1: every weight is zero; give at least one weight above zero")
                            .arg(toPlainString()));
        }
        const Int magnitude = Int(m_minor < 0 ? -m_minor : m_minor);
        std::vector<qint64> shares(weights.size());
        std::vector<Int> remainders(weights.size());
        qint64 assigned = 0;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            // < 2^60 · 2^64: exact in 128 bits.
            const Int exact = magnitude * Int(weights[i]);
            shares[i] = static_cast<qint64>(Int(exact / total));
            remainders[i] = exact % total;
            assigned += shares[i];
        }
        // Sum of the dropped fractions is a whole number of minor units, fewer than weights.size().
        const qint64 leftover = static_cast<qint64>(magnitude) - assigned;
        CY_ASSERT(leftover >= 0 && static_cast<quint64>(leftover) < weights.size());
        std::vector<std::size_t> order(weights.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(),
                         [&remainders](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
        for (qint64 i = 0; i < leftover; ++i) {
            shares[order[static_cast<std::size_t>(i)]] += 1;
        }
        const qint64 sign = m_minor < 0 ? -1 : 1;
        std::vector<Money> result;
        result.reserve(weights.size());
        for (const qint64 share : shares) {
            result.push_back(Money(sign * share, m_currency));
        }
        return result;
    } catch (const std::overflow_error &) {
        // Only a total weight beyond 2^128 gets here.
        return fail(ErrorCode::Overflow,
                    QStringLiteral("cannot allocate %1: the weights add up to more than 2^128").arg(toPlainString()));
    }
}

Result<Money> Money::sum(std::span<const Money> amounts, const Currency &currency)
{
    if (!isSupportedCurrency(currency)) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("'%1' is not a supported currency").arg(currency.code));
    }
    const Money start(0, currency);
    try {
        Int total = 0;
        for (const Money &amount : amounts) {
            if (amount.m_currency != currency) {
                return mismatch(start, amount, QStringLiteral("sum"));
            }
            total += Int(amount.m_minor);
        }
        CY_TRY(const qint64 minor,
               inRange(total, QStringLiteral("the sum of %1 amounts (%2)").arg(amounts.size()).arg(intText(total)),
                       currency));
        return Money(minor, currency);
    } catch (const std::overflow_error &) {
        return overflow(QStringLiteral("the sum of %1 amounts").arg(amounts.size()), currency);
    }
}

Result<int> Money::compare(const Money &other) const
{
    if (m_currency != other.m_currency) {
        return mismatch(*this, other, QStringLiteral("compare"));
    }
    return m_minor < other.m_minor ? -1 : (m_minor > other.m_minor ? 1 : 0);
}

QString Money::format(const QLocale &locale) const
{
    return localizedAmount(m_minor, m_currency, locale);
}

QString Money::formatWithCode(const QLocale &locale) const
{
    return m_currency.code + QLatin1Char(' ') + format(locale);
}

QString Money::toPlainString() const
{
    return plainText(m_minor, m_currency);
}

Result<Money> Money::parse(QStringView text, const Currency &currency, const QLocale &locale)
{
    if (!isSupportedCurrency(currency)) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("'%1' is not a supported currency").arg(currency.code));
    }
    const QStringView trimmed = text.trimmed();
    const QString shown = quoted(trimmed);
    const QString example = exampleAmount(currency, locale);
    const auto malformed = [&](const QString &problem) {
        return fail(ErrorCode::Malformed,
                    QStringLiteral("%1 %2; write an amount like %3").arg(shown, problem, example));
    };
    if (trimmed.isEmpty()) {
        return fail(ErrorCode::Malformed, QStringLiteral("the amount is empty; write an amount like %1").arg(example));
    }
    const QString lower = trimmed.toString().toLower();
    if (lower.contains(QLatin1String("nan")) || lower.contains(QLatin1String("inf"))) {
        return malformed(QStringLiteral("is not a number"));
    }
    if (lower.contains(QLatin1String("0x"))) {
        return malformed(QStringLiteral("is hexadecimal, which amounts cannot be"));
    }

    const Syntax syntax = syntaxFor(locale);
    QStringView rest = withoutLeadingBidiMarks(trimmed);
    bool negative = false;
    if (const qsizetype n = matchPrefix(rest, syntax.minusSigns); n > 0) {
        negative = true;
        rest = rest.mid(n);
    } else if (const qsizetype m = matchPrefix(rest, syntax.plusSigns); m > 0) {
        rest = rest.mid(m);
    }
    rest = withoutLeadingBidiMarks(rest);

    QString integerShape; // ASCII digits and ',' for each group separator, as typed
    QString integerDigits;
    QString fractionDigits;
    bool sawPoint = false;
    bool sawGroup = false;
    bool sawAsciiDigit = false;
    bool sawLocaleDigit = false;
    qsizetype i = 0;
    while (i < rest.size()) {
        const QStringView here = rest.mid(i);
        if (const qsizetype n = matchPrefix(here, syntax.decimalPoints); n > 0) {
            if (sawPoint) {
                return malformed(QStringLiteral("has two decimal points"));
            }
            sawPoint = true;
            i += n;
            continue;
        }
        if (const qsizetype n = matchPrefix(here, syntax.groupSeparators); n > 0) {
            if (sawPoint) {
                return malformed(QStringLiteral("has a group separator after the decimal point"));
            }
            sawGroup = true;
            integerShape += QLatin1Char(',');
            i += n;
            continue;
        }
        char32_t cp = here.front().unicode();
        qsizetype width = 1;
        if (here.front().isHighSurrogate() && here.size() > 1 && here.at(1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(here.front(), here.at(1));
            width = 2;
        }
        int digit = -1;
        if (cp >= U'0' && cp <= U'9') {
            digit = static_cast<int>(cp - U'0');
            sawAsciiDigit = true;
        } else if (syntax.zeroDigit != U'0' && cp >= syntax.zeroDigit && cp <= syntax.zeroDigit + 9) {
            digit = static_cast<int>(cp - syntax.zeroDigit);
            sawLocaleDigit = true;
        }
        if (digit >= 0) {
            const QChar ascii(static_cast<char16_t>(u'0' + digit));
            if (sawPoint) {
                fractionDigits += ascii;
            } else {
                integerDigits += ascii;
                integerShape += ascii;
            }
            i += width;
            continue;
        }
        if (matchPrefix(here, syntax.minusSigns) > 0 || matchPrefix(here, syntax.plusSigns) > 0) {
            return malformed(i == 0 ? QStringLiteral("has more than one sign")
                                    : QStringLiteral("has a sign that is not at the start"));
        }
        if (cp == U'e' || cp == U'E') {
            return malformed(QStringLiteral("is in exponent notation, which amounts cannot be"));
        }
        if (QChar::isSpace(cp)) {
            return malformed(QStringLiteral("has a space inside"));
        }
        if (cp == U'.' || cp == U',') {
            return malformed(QStringLiteral("has '%1', which is neither this locale's decimal point ('%2') "
                                            "nor its group separator")
                                 .arg(QChar(static_cast<char16_t>(cp)))
                                 .arg(locale.decimalPoint()));
        }
        return malformed(QStringLiteral("has a character ('%1') that does not belong in an amount")
                             .arg(here.left(width).toString()));
    }

    if (integerDigits.isEmpty() && fractionDigits.isEmpty()) {
        return malformed(QStringLiteral("has no digits"));
    }
    if (integerDigits.isEmpty()) {
        return malformed(QStringLiteral("has no digits before the decimal point"));
    }
    if (sawPoint && fractionDigits.isEmpty()) {
        return malformed(QStringLiteral("has no digits after the decimal point"));
    }
    if (sawAsciiDigit && sawLocaleDigit) {
        return malformed(QStringLiteral("mixes two kinds of digits"));
    }
    if (fractionDigits.size() > currency.exponent) {
        if (currency.exponent == 0) {
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("%1 has decimals, but %2 amounts are whole numbers; write an amount like %3")
                            .arg(shown, currency.code, example));
        }
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("%1 has %2 decimals, but %3 has only %4; write an amount like %5")
                        .arg(shown)
                        .arg(fractionDigits.size())
                        .arg(currency.code)
                        .arg(currency.exponent)
                        .arg(example));
    }

    qsizetype firstSignificant = 0;
    while (firstSignificant + 1 < integerDigits.size() && integerDigits.at(firstSignificant) == QLatin1Char('0')) {
        ++firstSignificant;
    }
    const QStringView significant = QStringView(integerDigits).mid(firstSignificant);
    // kMaxMinorUnits has 18 digits: more significant integer digits cannot be in range.
    if (significant.size() > 18) {
        return fail(ErrorCode::Overflow,
                    QStringLiteral("%1 is too large; an amount can be at most %2 either way")
                        .arg(shown, rangeText(currency)));
    }
    const qint64 integerValue = significant.toLongLong();
    if (sawGroup) {
        const QString expected = groupingShape(withGrouping(locale).toString(integerValue), syntax.zeroDigit);
        if (expected != integerShape) {
            return malformed(QStringLiteral("has a group separator in the wrong place"));
        }
    }
    const qint64 fractionValue = fractionDigits.isEmpty() ? 0 : fractionDigits.toLongLong();
    const Int minor = Int(integerValue) * currency.minorPerMajor()
        + Int(fractionValue) * powerOfTen(currency.exponent - static_cast<int>(fractionDigits.size()));
    if (minor > Int(kMaxMinorUnits)) {
        return fail(ErrorCode::Overflow,
                    QStringLiteral("%1 is too large; an amount can be at most %2 either way")
                        .arg(shown, rangeText(currency)));
    }
    const qint64 value = static_cast<qint64>(minor);
    return Money(negative ? -value : value, currency);
}

} // namespace courtyard::money
