#include "core/money/currency.h"

#include <QStringList>

#include <array>

namespace courtyard::money {

namespace {

struct CurrencyEntry {
    char16_t code[4];
    int numericCode;
    int exponent;
};

// ISO 4217 (amendment 176). Sorted by code; exponents are the standard's minor units.
constexpr std::array<CurrencyEntry, 16> kCurrencies{{
    {u"AED", 784, 2},
    {u"BHD", 48, 3},
    {u"CHF", 756, 2},
    {u"CNY", 156, 2},
    {u"EUR", 978, 2},
    {u"GBP", 826, 2},
    {u"HKD", 344, 2},
    {u"INR", 356, 2},
    {u"JPY", 392, 0},
    {u"KRW", 410, 0},
    {u"KWD", 414, 3},
    {u"OMR", 512, 3},
    {u"QAR", 634, 2},
    {u"SAR", 682, 2},
    {u"SGD", 702, 2},
    {u"USD", 840, 2},
}};

Currency toCurrency(const CurrencyEntry &entry)
{
    return Currency{QString::fromUtf16(entry.code, 3), entry.numericCode, entry.exponent};
}

QString supportedCodesText()
{
    QStringList codes;
    for (const CurrencyEntry &entry : kCurrencies) {
        codes.append(QString::fromUtf16(entry.code, 3));
    }
    return codes.join(QStringLiteral(", "));
}

} // namespace

qint64 Currency::minorPerMajor() const
{
    CY_ASSERT(exponent >= 0 && exponent <= 18);
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i) {
        result *= 10;
    }
    return result;
}

Result<Currency> currencyByCode(QStringView code)
{
    for (const CurrencyEntry &entry : kCurrencies) {
        if (code == QStringView(entry.code, 3)) {
            return toCurrency(entry);
        }
    }
    // Cap what we echo back: the code may be arbitrary user or file input.
    const QString shown = code.size() > 16 ? code.left(16).toString() + QStringLiteral("…") : code.toString();
    return fail(ErrorCode::InvalidArgument,
                QStringLiteral("'%1' is not a supported currency; use one of the upper-case ISO 4217 codes %2")
                    .arg(shown, supportedCodesText()));
}

Result<Currency> currencyByNumericCode(int numericCode)
{
    for (const CurrencyEntry &entry : kCurrencies) {
        if (entry.numericCode == numericCode) {
            return toCurrency(entry);
        }
    }
    return fail(ErrorCode::InvalidArgument,
                QStringLiteral("%1 is not the ISO 4217 number of a supported currency; supported are %2")
                    .arg(numericCode)
                    .arg(supportedCodesText()));
}

bool isSupportedCurrency(const Currency &currency)
{
    for (const CurrencyEntry &entry : kCurrencies) {
        if (currency.code == QStringView(entry.code, 3)) {
            return currency.numericCode == entry.numericCode && currency.exponent == entry.exponent;
        }
    }
    return false;
}

QList<Currency> supportedCurrencies()
{
    QList<Currency> result;
    result.reserve(static_cast<qsizetype>(kCurrencies.size()));
    for (const CurrencyEntry &entry : kCurrencies) {
        result.append(toCurrency(entry));
    }
    return result;
}

} // namespace courtyard::money
