// courtyard/money: ISO 4217 currencies.
//
// The fixed table of currencies Courtyard accepts, with their ISO 4217 numeric codes and
// exponents (how many decimal places a minor unit has: CNY 2, JPY 0, KWD 3). Every Money
// carries one of these; a Currency that did not come from this table is refused by Money.
//
// Errors: currencyByCode / currencyByNumericCode return InvalidArgument for unknown codes.
// Thread-safety: the table is immutable; every function is safe to call from any thread.
#pragma once

#include "core/base/result.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace courtyard::money {

struct Currency {
    QString code;        // upper-case ISO 4217 alphabetic code, "CNY"
    int numericCode = 0; // ISO 4217 numeric code, 156
    int exponent = 0;    // decimal places of the minor unit, 0..3

    // 10^exponent: minor units in one major unit (100 for CNY, 1 for JPY, 1000 for KWD).
    qint64 minorPerMajor() const;

    friend bool operator==(const Currency &, const Currency &) = default;
};

// Case-sensitive: "CNY" is known, "cny" is not. Unknown codes → InvalidArgument naming the supported ones.
Result<Currency> currencyByCode(QStringView code);
Result<Currency> currencyByNumericCode(int numericCode);

// True when `currency` is exactly an entry of the table (code, numeric code and exponent).
bool isSupportedCurrency(const Currency &currency);

// Every supported currency, sorted by code.
QList<Currency> supportedCurrencies();

} // namespace courtyard::money
