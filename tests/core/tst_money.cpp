// Tests for core/money: currencies, checked arithmetic, rounding, split/allocate, parse/format.
// Every expected number below was computed by hand (the working is in the row name or a comment).
#include "core/money/money.h"

#include <QLocale>
#include <QTest>

#include <boost/multiprecision/cpp_int.hpp>

#include <limits>
#include <random>

using namespace courtyard;
using namespace courtyard::money;

Q_DECLARE_METATYPE(courtyard::money::Rounding)

namespace {

using Int = boost::multiprecision::checked_int128_t;

constexpr qint64 kMax = kMaxMinorUnits;
constexpr qint64 kInt64Max = std::numeric_limits<qint64>::max();
constexpr qint64 kInt64Min = std::numeric_limits<qint64>::min();
constexpr quint64 kUint64Max = std::numeric_limits<quint64>::max();

Currency cur(const char *code)
{
    const Result<Currency> currency = currencyByCode(QString::fromLatin1(code));
    CY_ASSERT(currency.has_value());
    return *currency;
}

Money mk(qint64 minor, const char *code = "CNY")
{
    const Result<Money> m = Money::fromMinor(minor, cur(code));
    CY_ASSERT(m.has_value());
    return *m;
}

QLocale loc(const char *name)
{
    return QString::fromLatin1(name) == QLatin1String("C") ? QLocale::c() : QLocale(QString::fromLatin1(name));
}

// Arabic-Indic transliteration of an en_US-style amount, so rows stay readable:
// digits → U+0660.., '.' → U+066B (decimal), ',' → U+066C (group), '-' → ALM + '-' (ar_SA's minus).
QString ar(const char *latin)
{
    QString result;
    for (const char *p = latin; *p != '\0'; ++p) {
        const char c = *p;
        if (c >= '0' && c <= '9') {
            result += QChar(static_cast<char16_t>(0x0660 + (c - '0')));
        } else if (c == '.') {
            result += QChar(0x066B);
        } else if (c == ',') {
            result += QChar(0x066C);
        } else if (c == '-') {
            result += QChar(0x061C);
            result += QLatin1Char('-');
        } else {
            result += QLatin1Char(c);
        }
    }
    return result;
}

QList<qint64> minors(const std::vector<Money> &parts)
{
    QList<qint64> result;
    for (const Money &part : parts) {
        result.append(part.minor());
    }
    return result;
}

} // namespace

class TestMoney : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void arabicHelper();
    void currencies_data();
    void currencies();
    void unknownCurrency_data();
    void unknownCurrency();
    void supportedList();
    void fromMinorRange_data();
    void fromMinorRange();
    void unsupportedCurrencyRefused();
    void plusMinus_data();
    void plusMinus();
    void times_data();
    void times();
    void multiplyRatio_data();
    void multiplyRatio();
    void percentParse_data();
    void percentParse();
    void percentOther();
    void applyPercent_data();
    void applyPercent();
    void split_data();
    void split();
    void allocate_data();
    void allocate();
    void splitAllocateProperties();
    void currencyMismatch();
    void compareAndEquality();
    void sum();
    void parse_data();
    void parse();
    void parseUnsupportedCurrency();
    void parseLongInputQuotedShort();
    void format_data();
    void format();
    void plainAndCode();
    void roundTrip_data();
    void roundTrip();
};

void TestMoney::arabicHelper()
{
    // The helper is itself checked once against literal code points.
    QCOMPARE(ar("-1,2.5"), QStringLiteral("\u061C-\u0661\u066C\u0662\u066B\u0665"));
}

// ---------------------------------------------------------------------------------------------

void TestMoney::currencies_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("numericCode");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<qint64>("minorPerMajor");
    QTest::newRow("CNY") << QStringLiteral("CNY") << 156 << 2 << qint64(100);
    QTest::newRow("JPY") << QStringLiteral("JPY") << 392 << 0 << qint64(1);
    QTest::newRow("USD") << QStringLiteral("USD") << 840 << 2 << qint64(100);
    QTest::newRow("EUR") << QStringLiteral("EUR") << 978 << 2 << qint64(100);
    QTest::newRow("SAR") << QStringLiteral("SAR") << 682 << 2 << qint64(100);
    QTest::newRow("AED") << QStringLiteral("AED") << 784 << 2 << qint64(100);
    QTest::newRow("HKD") << QStringLiteral("HKD") << 344 << 2 << qint64(100);
    QTest::newRow("GBP") << QStringLiteral("GBP") << 826 << 2 << qint64(100);
    QTest::newRow("KWD") << QStringLiteral("KWD") << 414 << 3 << qint64(1000);
    QTest::newRow("BHD") << QStringLiteral("BHD") << 48 << 3 << qint64(1000);
    QTest::newRow("OMR") << QStringLiteral("OMR") << 512 << 3 << qint64(1000);
    QTest::newRow("KRW") << QStringLiteral("KRW") << 410 << 0 << qint64(1);
    QTest::newRow("INR") << QStringLiteral("INR") << 356 << 2 << qint64(100);
    QTest::newRow("CHF") << QStringLiteral("CHF") << 756 << 2 << qint64(100);
}

void TestMoney::currencies()
{
    QFETCH(QString, code);
    QFETCH(int, numericCode);
    QFETCH(int, exponent);
    QFETCH(qint64, minorPerMajor);
    const Result<Currency> byCode = currencyByCode(code);
    QVERIFY(byCode.has_value());
    QCOMPARE(byCode->code, code);
    QCOMPARE(byCode->numericCode, numericCode);
    QCOMPARE(byCode->exponent, exponent);
    QCOMPARE(byCode->minorPerMajor(), minorPerMajor);
    QVERIFY(isSupportedCurrency(*byCode));
    const Result<Currency> byNumber = currencyByNumericCode(numericCode);
    QVERIFY(byNumber.has_value());
    QCOMPARE(*byNumber, *byCode);
}

void TestMoney::unknownCurrency_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("lower case") << QStringLiteral("cny");
    QTest::newRow("mixed case") << QStringLiteral("Usd");
    QTest::newRow("unknown") << QStringLiteral("XYZ");
    QTest::newRow("too long") << QStringLiteral("CNYY");
    QTest::newRow("too short") << QStringLiteral("CN");
    QTest::newRow("padded") << QStringLiteral(" CNY");
}

void TestMoney::unknownCurrency()
{
    QFETCH(QString, code);
    const Result<Currency> currency = currencyByCode(code);
    QVERIFY(!currency.has_value());
    QCOMPARE(currency.error().code, ErrorCode::InvalidArgument);
    QVERIFY(currency.error().message.contains(code));
    // Names what would have worked.
    QVERIFY(currency.error().message.contains(QLatin1String("CNY")));
    QVERIFY(currency.error().message.contains(QLatin1String("JPY")));
}

void TestMoney::supportedList()
{
    const QList<Currency> all = supportedCurrencies();
    QCOMPARE(all.size(), 16);
    for (qsizetype i = 1; i < all.size(); ++i) {
        QVERIFY2(all.at(i - 1).code < all.at(i).code, "sorted by code");
    }
    QVERIFY(!currencyByNumericCode(999).has_value());
    QCOMPARE(currencyByNumericCode(999).error().code, ErrorCode::InvalidArgument);
    // A hand-made currency with the wrong exponent is not "CNY".
    QVERIFY(!isSupportedCurrency(Currency{QStringLiteral("CNY"), 156, 3}));
    QVERIFY(!isSupportedCurrency(Currency{QStringLiteral("CNY"), 157, 2}));
    QVERIFY(!isSupportedCurrency(Currency{QStringLiteral("XXX"), 999, 2}));
}

// ---------------------------------------------------------------------------------------------

void TestMoney::fromMinorRange_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<bool>("ok");
    QTest::newRow("zero") << qint64(0) << true;
    QTest::newRow("max") << kMax << true;
    QTest::newRow("-max") << -kMax << true;
    QTest::newRow("max+1") << kMax + 1 << false;
    QTest::newRow("-max-1") << -kMax - 1 << false;
    QTest::newRow("int64 max") << kInt64Max << false;
    QTest::newRow("int64 min") << kInt64Min << false;
}

void TestMoney::fromMinorRange()
{
    QFETCH(qint64, minor);
    QFETCH(bool, ok);
    const Result<Money> m = Money::fromMinor(minor, cur("CNY"));
    QCOMPARE(m.has_value(), ok);
    if (ok) {
        QCOMPARE(m->minor(), minor);
        QCOMPARE(m->currency().code, QStringLiteral("CNY"));
    } else {
        QCOMPARE(m.error().code, ErrorCode::Overflow);
        QVERIFY(!m.error().message.isEmpty());
    }
}

void TestMoney::unsupportedCurrencyRefused()
{
    const Result<Money> m = Money::fromMinor(1, Currency{QStringLiteral("CNY"), 156, 7});
    QVERIFY(!m.has_value());
    QCOMPARE(m.error().code, ErrorCode::InvalidArgument);
}

void TestMoney::plusMinus_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("sumOk");
    QTest::addColumn<qint64>("sum");
    QTest::addColumn<bool>("diffOk");
    QTest::addColumn<qint64>("diff");
    QTest::newRow("small") << qint64(150) << qint64(275) << true << qint64(425) << true << qint64(-125);
    QTest::newRow("signs") << qint64(-150) << qint64(275) << true << qint64(125) << true << qint64(-425);
    QTest::newRow("zero") << qint64(0) << qint64(0) << true << qint64(0) << true << qint64(0);
    QTest::newRow("max + 0") << kMax << qint64(0) << true << kMax << true << kMax;
    QTest::newRow("max + 1") << kMax << qint64(1) << false << qint64(0) << true << kMax - 1;
    QTest::newRow("max + -1") << kMax << qint64(-1) << true << kMax - 1 << false << qint64(0);
    QTest::newRow("-max + -1") << -kMax << qint64(-1) << false << qint64(0) << true << -kMax + 1;
    QTest::newRow("-max - 1") << -kMax << qint64(1) << true << -kMax + 1 << false << qint64(0);
    QTest::newRow("max + max") << kMax << kMax << false << qint64(0) << true << qint64(0);
    QTest::newRow("max + -max") << kMax << -kMax << true << qint64(0) << false << qint64(0);
    QTest::newRow("half + half") << qint64(500'000'000'000'000'000) << qint64(499'999'999'999'999'999) << true << kMax
                                 << true << qint64(1);
}

void TestMoney::plusMinus()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, sumOk);
    QFETCH(qint64, sum);
    QFETCH(bool, diffOk);
    QFETCH(qint64, diff);
    const Result<Money> s = mk(a).plus(mk(b));
    QCOMPARE(s.has_value(), sumOk);
    if (sumOk) {
        QCOMPARE(s->minor(), sum);
        QCOMPARE(s->currency(), cur("CNY"));
    } else {
        QCOMPARE(s.error().code, ErrorCode::Overflow);
    }
    const Result<Money> d = mk(a).minus(mk(b));
    QCOMPARE(d.has_value(), diffOk);
    if (diffOk) {
        QCOMPARE(d->minor(), diff);
    } else {
        QCOMPARE(d.error().code, ErrorCode::Overflow);
    }
    QCOMPARE(mk(a).negated().minor(), -a);
    QCOMPARE(mk(a).abs().minor(), a < 0 ? -a : a);
}

void TestMoney::times_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("factor");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("12.34 x 3") << qint64(1234) << qint64(3) << true << qint64(3702);
    QTest::newRow("negative factor") << qint64(1234) << qint64(-3) << true << qint64(-3702);
    QTest::newRow("both negative") << qint64(-1234) << qint64(-3) << true << qint64(3702);
    QTest::newRow("max x 1") << kMax << qint64(1) << true << kMax;
    QTest::newRow("max x -1") << kMax << qint64(-1) << true << -kMax;
    QTest::newRow("max x 2") << kMax << qint64(2) << false << qint64(0);
    QTest::newRow("1 x max") << qint64(1) << kMax << true << kMax;
    QTest::newRow("1 x max+1") << qint64(1) << kMax + 1 << false << qint64(0);
    // 999,999,999 × 1,000,000,001 = 999,999,999,000,000,000 + 999,999,999 = kMax exactly.
    QTest::newRow("exactly max") << qint64(999'999'999) << qint64(1'000'000'001) << true << kMax;
    // 10^9 × 10^9 = 10^18 = kMax + 1.
    QTest::newRow("just over") << qint64(1'000'000'000) << qint64(1'000'000'000) << false << qint64(0);
    // Would wrap an int64: 2 × 2^62 = 2^63.
    QTest::newRow("int64 wrap") << qint64(2) << qint64(4'611'686'018'427'387'904) << false << qint64(0);
    QTest::newRow("int64 min factor") << qint64(2) << kInt64Min << false << qint64(0);
    QTest::newRow("zero x int64 min") << qint64(0) << kInt64Min << true << qint64(0);
    QTest::newRow("max x int64 max") << kMax << kInt64Max << false << qint64(0);
}

void TestMoney::times()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, factor);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const Result<Money> r = mk(minor).times(factor);
    QCOMPARE(r.has_value(), ok);
    if (ok) {
        QCOMPARE(r->minor(), expected);
    } else {
        QCOMPARE(r.error().code, ErrorCode::Overflow);
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestMoney::multiplyRatio_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<int>("error"); // 0: success
    QTest::addColumn<qint64>("expected");
    const auto row = [](const char *name, qint64 m, qint64 n, qint64 d, Rounding r, qint64 e) {
        QTest::newRow(name) << m << n << d << r << 0 << e;
    };
    const auto bad = [](const char *name, qint64 m, qint64 n, qint64 d, Rounding r, ErrorCode code) {
        QTest::newRow(name) << m << n << d << r << static_cast<int>(code) << qint64(0);
    };
    using R = Rounding;
    // 5/2 = 2.5 (a tie).
    row("2.5 half-even", 5, 1, 2, R::HalfEven, 2);
    row("2.5 half-up", 5, 1, 2, R::HalfUp, 3);
    row("2.5 toward zero", 5, 1, 2, R::TowardZero, 2);
    row("2.5 away", 5, 1, 2, R::AwayFromZero, 3);
    // 7/2 = 3.5.
    row("3.5 half-even", 7, 1, 2, R::HalfEven, 4);
    row("3.5 half-up", 7, 1, 2, R::HalfUp, 4);
    row("3.5 toward zero", 7, 1, 2, R::TowardZero, 3);
    // -5/2 = -2.5.
    row("-2.5 half-even", -5, 1, 2, R::HalfEven, -2);
    row("-2.5 half-up", -5, 1, 2, R::HalfUp, -3);
    row("-2.5 toward zero", -5, 1, 2, R::TowardZero, -2);
    row("-2.5 away", -5, 1, 2, R::AwayFromZero, -3);
    row("-3.5 half-even", -7, 1, 2, R::HalfEven, -4);
    // The sign may sit in the numerator or the denominator.
    row("5 x -1/2", 5, -1, 2, R::HalfEven, -2);
    row("5 x 1/-2", 5, 1, -2, R::HalfEven, -2);
    row("-5 x 1/-2", -5, 1, -2, R::HalfEven, 2);
    row("-7 x -1/2 half-up", -7, -1, 2, R::HalfUp, 4);
    // Not ties: 1/3 = 0.333, 2/3 = 0.667, 9/4 = 2.25, 11/4 = 2.75, 10/4 = 2.5, 14/4 = 3.5.
    row("1/3 half-even", 1, 1, 3, R::HalfEven, 0);
    row("1/3 away", 1, 1, 3, R::AwayFromZero, 1);
    row("2/3 half-even", 2, 1, 3, R::HalfEven, 1);
    row("2/3 toward zero", 2, 1, 3, R::TowardZero, 0);
    row("-2/3 half-even", -2, 1, 3, R::HalfEven, -1);
    row("9/4 half-up", 9, 1, 4, R::HalfUp, 2);
    row("11/4 half-even", 11, 1, 4, R::HalfEven, 3);
    row("10/4 half-even", 10, 1, 4, R::HalfEven, 2);
    row("14/4 half-even", 14, 1, 4, R::HalfEven, 4);
    row("exact", 1200, 3, 4, R::AwayFromZero, 900);
    // Huge intermediates (~10^36): exact, no double, no int64 wrap.
    row("max x max / max", kMax, kMax, kMax, R::TowardZero, kMax);
    row("max x int64max / int64max", kMax, kInt64Max, kInt64Max, R::TowardZero, kMax);
    row("max x int64min / int64min", kMax, kInt64Min, kInt64Min, R::TowardZero, kMax);
    row("-max x int64max / int64max", -kMax, kInt64Max, kInt64Max, R::HalfEven, -kMax);
    // kMax / 2 = 499,999,999,999,999,999.5: a tie; the quotient ...999 is odd, so half-even goes up.
    row("max / 2 half-even", kMax, 1, 2, R::HalfEven, 500'000'000'000'000'000);
    row("max / 2 toward zero", kMax, 1, 2, R::TowardZero, 499'999'999'999'999'999);
    row("-max / 2 half-even", -kMax, 1, 2, R::HalfEven, -500'000'000'000'000'000);
    // kMax × 3 = 2,999,999,999,999,999,997 = 7 × 428,571,428,571,428,571 (exact).
    row("max x 3/7", kMax, 3, 7, R::AwayFromZero, 428'571'428'571'428'571);
    // kMax × (2^63−1)/(2^63−2) = kMax + kMax/(2^63−2) = kMax + 0.108...: in range unless rounded up.
    row("max x (n+1)/n half-even", kMax, kInt64Max, kInt64Max - 1, R::HalfEven, kMax);
    bad("max x (n+1)/n away", kMax, kInt64Max, kInt64Max - 1, R::AwayFromZero, ErrorCode::Overflow);
    // 123,456,789,012,345,678 × 1,000,000,007 / 1,000,000,007: intermediate ~1.2·10^26.
    row("cancel big prime", 123'456'789'012'345'678, 1'000'000'007, 1'000'000'007, R::HalfEven, 123'456'789'012'345'678);
    bad("max x 2", kMax, 2, 1, R::HalfEven, ErrorCode::Overflow);
    bad("1 x int64min", 1, kInt64Min, 1, R::HalfEven, ErrorCode::Overflow);
    bad("denominator 0", 100, 1, 0, R::HalfEven, ErrorCode::InvalidArgument);
    bad("0 / 0", 0, 0, 0, R::HalfEven, ErrorCode::InvalidArgument);
}

void TestMoney::multiplyRatio()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(Rounding, rounding);
    QFETCH(int, error);
    QFETCH(qint64, expected);
    const Result<Money> r = mk(minor).multiplyRatio(numerator, denominator, rounding);
    if (error == 0) {
        QVERIFY2(r.has_value(), qPrintable(r.has_value() ? QString() : r.error().message));
        QCOMPARE(r->minor(), expected);
    } else {
        QVERIFY(!r.has_value());
        QCOMPARE(static_cast<int>(r.error().code), error);
        QVERIFY(!r.error().message.isEmpty());
    }
}

// ---------------------------------------------------------------------------------------------

void TestMoney::percentParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    const auto ok = [](const char *text, qint64 n, qint64 d) {
        QTest::newRow(text) << QString::fromUtf8(text) << 0 << n << d;
    };
    const auto bad = [](const char *name, const QString &text, ErrorCode code) {
        QTest::newRow(name) << text << static_cast<int>(code) << qint64(0) << qint64(0);
    };
    ok("5", 5, 1);
    ok("5.25", 21, 4); // 525/100
    ok("0.125", 1, 8); // 125/1000
    ok("12.5%", 25, 2);
    ok("100%", 100, 1);
    ok("0", 0, 1);
    ok("0.000001", 1, 1'000'000);
    ok(" 7.5% ", 15, 2);
    ok("5.250", 21, 4);
    ok("007", 7, 1);
    bad("empty", QString(), ErrorCode::Malformed);
    bad("only %", QStringLiteral("%"), ErrorCode::Malformed);
    bad("negative", QStringLiteral("-5"), ErrorCode::InvalidArgument);
    bad("negative unicode", QStringLiteral("\u22125%"), ErrorCode::InvalidArgument);
    bad("7 decimals", QStringLiteral("5.1234567"), ErrorCode::InvalidArgument);
    bad("exponent", QStringLiteral("1e5"), ErrorCode::Malformed);
    bad("two points", QStringLiteral("5..2"), ErrorCode::Malformed);
    bad("two points apart", QStringLiteral("5.2.1"), ErrorCode::Malformed);
    bad("no integer digits", QStringLiteral(".5"), ErrorCode::Malformed);
    bad("no decimals", QStringLiteral("5."), ErrorCode::Malformed);
    bad("two percent signs", QStringLiteral("5%%"), ErrorCode::Malformed);
    bad("comma", QStringLiteral("1,5"), ErrorCode::Malformed);
    bad("space", QStringLiteral("5 %"), ErrorCode::Malformed);
    bad("plus", QStringLiteral("+5"), ErrorCode::Malformed);
    bad("words", QStringLiteral("five"), ErrorCode::Malformed);
    bad("huge", QStringLiteral("99999999999999999999"), ErrorCode::Overflow);
}

void TestMoney::percentParse()
{
    QFETCH(QString, text);
    QFETCH(int, error);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    const Result<Percent> p = Percent::parse(text);
    if (error == 0) {
        QVERIFY2(p.has_value(), qPrintable(p.has_value() ? QString() : p.error().message));
        QCOMPARE(p->numerator(), numerator);
        QCOMPARE(p->denominator(), denominator);
    } else {
        QVERIFY(!p.has_value());
        QCOMPARE(static_cast<int>(p.error().code), error);
        QVERIFY(!p.error().message.isEmpty());
        if (!text.trimmed().isEmpty()) {
            QVERIFY2(p.error().message.contains(text.trimmed()), qPrintable(p.error().message));
        }
    }
}

void TestMoney::percentOther()
{
    QCOMPARE(Percent::fromBasisPoints(525), *Percent::parse(u"5.25"));
    QCOMPARE(Percent::fromBasisPoints(1).toString(), QStringLiteral("0.01%"));
    QCOMPARE(Percent::fromBasisPoints(10'000).toString(), QStringLiteral("100%"));
    QCOMPARE(Percent::fromBasisPoints(0).isZero(), true);
    QCOMPARE(Percent::parse(u"0.125")->toString(), QStringLiteral("0.125%"));
    QCOMPARE(Percent::parse(u"5.250%")->toString(), QStringLiteral("5.25%"));
    QCOMPARE(Percent::parse(u"0.000001")->toString(), QStringLiteral("0.000001%"));
    const Result<Percent> third = Percent::fromRatio(1, 3);
    QVERIFY(third.has_value());
    QCOMPARE(third->toString(), QStringLiteral("1/3%"));
    QCOMPARE(Percent::fromRatio(50, 200)->toString(), QStringLiteral("0.25%"));
    QCOMPARE(Percent::fromRatio(1, 0).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(Percent::fromRatio(-1, 3).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(Percent::fromRatio(1, -3).error().code, ErrorCode::InvalidArgument);
    // 1/3 % of 300.00 = 1.00 exactly; of 1.00 = 0.00333... → 0.
    QCOMPARE(mk(30000).applyPercent(*third)->minor(), qint64(100));
    QCOMPARE(mk(100).applyPercent(*third)->minor(), qint64(0));
}

void TestMoney::applyPercent_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    const auto row = [](const char *name, qint64 m, const char *p, Rounding r, qint64 e) {
        QTest::newRow(name) << m << QString::fromLatin1(p) << r << true << e;
    };
    using R = Rounding;
    // 1234 × 5.25 / 100 = 64.785: above the half, so every nearest rounding gives 65.
    row("12.34 x 5.25% half-even", 1234, "5.25", R::HalfEven, 65);
    row("12.34 x 5.25% half-up", 1234, "5.25", R::HalfUp, 65);
    row("12.34 x 5.25% toward zero", 1234, "5.25", R::TowardZero, 64);
    row("12.34 x 5.25% away", 1234, "5.25", R::AwayFromZero, 65);
    row("-12.34 x 5.25% half-even", -1234, "5.25", R::HalfEven, -65);
    row("-12.34 x 5.25% toward zero", -1234, "5.25", R::TowardZero, -64);
    // Exact ties: 10 × 5% = 0.5, 30 × 5% = 1.5, 50 × 5% = 2.5.
    row("0.5 half-even", 10, "5", R::HalfEven, 0);
    row("0.5 half-up", 10, "5", R::HalfUp, 1);
    row("1.5 half-even", 30, "5", R::HalfEven, 2);
    row("2.5 half-even", 50, "5", R::HalfEven, 2);
    row("2.5 half-up", 50, "5", R::HalfUp, 3);
    row("-2.5 half-even", -50, "5", R::HalfEven, -2);
    row("-2.5 half-up", -50, "5", R::HalfUp, -3);
    row("-2.5 toward zero", -50, "5", R::TowardZero, -2);
    row("-2.5 away", -50, "5", R::AwayFromZero, -3);
    // 0.125 %: 400 → 0.5, 1200 → 1.5, 2000 → 2.5, 2800 → 3.5, 1000 → 1.25, 1400 → 1.75.
    row("0.125% of 400", 400, "0.125%", R::HalfEven, 0);
    row("0.125% of 1200", 1200, "0.125%", R::HalfEven, 2);
    row("0.125% of 2000", 2000, "0.125%", R::HalfEven, 2);
    row("0.125% of 2800", 2800, "0.125%", R::HalfEven, 4);
    row("0.125% of 1000", 1000, "0.125%", R::HalfEven, 1);
    row("0.125% of 1400", 1400, "0.125%", R::HalfEven, 2);
    row("0.125% of -2000", -2000, "0.125%", R::HalfEven, -2);
    // 1234.50 × 12.5% = 154.3125 → 154.31.
    row("12.5% of 1234.50", 123450, "12.5%", R::HalfEven, 15431);
    row("100%", 100000, "100", R::HalfEven, 100000);
    row("0% ", 12345, "0", R::HalfEven, 0);
    row("of zero", 0, "50", R::HalfEven, 0);
    // 1 × 0.000001 / 100 = 10^-8.
    row("tiny half-even", 1, "0.000001", R::HalfEven, 0);
    row("tiny away", 1, "0.000001", R::AwayFromZero, 1);
    row("max x 100%", kMax, "100", R::HalfEven, kMax);
    // kMax × 50% = 499,999,999,999,999,999.5 → the even neighbour 500,000,000,000,000,000.
    row("max x 50%", kMax, "50", R::HalfEven, 500'000'000'000'000'000);
    // kMax × 200% = 2·kMax, out of range.
    QTest::newRow("max x 200%") << kMax << QStringLiteral("200") << R::HalfEven << false << qint64(0);
    // kMax × 100.000001% = kMax + 9,999,999,999.99999999: out of range.
    QTest::newRow("max x 100.000001%") << kMax << QStringLiteral("100.000001") << R::HalfEven << false << qint64(0);
    // The same on 10^12 minor units stays in range: 10^12 + 10^4.
    row("1e12 x 100.000001%", 1'000'000'000'000, "100.000001", R::HalfEven, 1'000'000'010'000);
}

void TestMoney::applyPercent()
{
    QFETCH(qint64, minor);
    QFETCH(QString, percent);
    QFETCH(Rounding, rounding);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const Result<Percent> p = Percent::parse(percent);
    QVERIFY(p.has_value());
    const Result<Money> r = mk(minor).applyPercent(*p, rounding);
    QCOMPARE(r.has_value(), ok);
    if (ok) {
        QCOMPARE(r->minor(), expected);
    } else {
        QCOMPARE(r.error().code, ErrorCode::Overflow);
    }
}

// ---------------------------------------------------------------------------------------------

void TestMoney::split_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<int>("parts");
    QTest::addColumn<int>("error");
    QTest::addColumn<QList<qint64>>("expected");
    const auto row = [](const char *name, qint64 m, int p, const QList<qint64> &e) {
        QTest::newRow(name) << m << p << 0 << e;
    };
    row("100 / 3", 100, 3, {34, 33, 33});
    row("-100 / 3", -100, 3, {-34, -33, -33});
    row("1 / 3", 1, 3, {1, 0, 0});
    row("-1 / 3", -1, 3, {-1, 0, 0});
    row("2 / 3", 2, 3, {1, 1, 0});
    row("0 / 2", 0, 2, {0, 0});
    row("7 / 1", 7, 1, {7});
    row("5 / 5", 5, 5, {1, 1, 1, 1, 1});
    row("10 / 4", 10, 4, {3, 3, 2, 2});
    row("max / 2", kMax, 2, {500'000'000'000'000'000, 499'999'999'999'999'999});
    row("-max / 2", -kMax, 2, {-500'000'000'000'000'000, -499'999'999'999'999'999});
    QTest::newRow("0 parts") << qint64(100) << 0 << static_cast<int>(ErrorCode::InvalidArgument) << QList<qint64>();
    QTest::newRow("-1 parts") << qint64(100) << -1 << static_cast<int>(ErrorCode::InvalidArgument) << QList<qint64>();
    QTest::newRow("too many") << qint64(100) << kMaxSplitParts + 1 << static_cast<int>(ErrorCode::LimitExceeded)
                              << QList<qint64>();
}

void TestMoney::split()
{
    QFETCH(qint64, minor);
    QFETCH(int, parts);
    QFETCH(int, error);
    QFETCH(QList<qint64>, expected);
    const Result<std::vector<Money>> r = mk(minor, "USD").split(parts);
    if (error != 0) {
        QVERIFY(!r.has_value());
        QCOMPARE(static_cast<int>(r.error().code), error);
        return;
    }
    QVERIFY(r.has_value());
    QCOMPARE(minors(*r), expected);
    for (const Money &part : *r) {
        QCOMPARE(part.currency(), cur("USD"));
    }
}

void TestMoney::allocate_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QList<quint64>>("weights");
    QTest::addColumn<int>("error");
    QTest::addColumn<QList<qint64>>("expected");
    const auto row = [](const char *name, qint64 m, const QList<quint64> &w, const QList<qint64> &e) {
        QTest::newRow(name) << m << w << 0 << e;
    };
    row("100 by 1,1,1", 100, {1, 1, 1}, {34, 33, 33});
    // 16.67, 33.33, 50: floors 16,33,50 (99); remainders 1000%60=40, 2000%60=20, 0 → first gets the cent.
    row("100 by 10,20,30", 100, {10, 20, 30}, {17, 33, 50});
    row("-100 by 10,20,30", -100, {10, 20, 30}, {-17, -33, -50});
    row("100 by 0,1", 100, {0, 1}, {0, 100});
    row("7 by 0,0,5", 7, {0, 0, 5}, {0, 0, 7});
    row("1 by 1,1", 1, {1, 1}, {1, 0});
    row("2 by 1,1,1", 2, {1, 1, 1}, {1, 1, 0});
    row("10 by 1,1,1", 10, {1, 1, 1}, {4, 3, 3});
    row("5 by six 1s", 5, {1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 0});
    // 33.33, 66.67: remainders 100%3=1, 200%3=2 → the larger remainder (second) gets it.
    row("100 by 1,2", 100, {1, 2}, {33, 67});
    // 50, 16.67 ×3: floors 98; remainders 0,4,4,4 → the two lowest tied indices.
    row("100 by 3,1,1,1", 100, {3, 1, 1, 1}, {50, 17, 17, 16});
    row("1000 by 1,2,3,4", 1000, {1, 2, 3, 4}, {100, 200, 300, 400});
    row("0 by 1,2", 0, {1, 2}, {0, 0});
    row("single weight", 12345, {7}, {12345});
    row("max by 1,1", kMax, {1, 1}, {500'000'000'000'000'000, 499'999'999'999'999'999});
    // Weights summing to 2^64: shares kMax − 0.054 and 0.054 → floors kMax−1 and 0, leftover 1 → first.
    row("max by 2^64-1,1", kMax, {kUint64Max, 1}, {kMax, 0});
    row("-max by 2^64-1,2^64-1", -kMax, {kUint64Max, kUint64Max},
        {-500'000'000'000'000'000, -499'999'999'999'999'999});
    QTest::newRow("all zero") << qint64(100) << QList<quint64>{0, 0} << static_cast<int>(ErrorCode::InvalidArgument)
                              << QList<qint64>();
    QTest::newRow("empty") << qint64(100) << QList<quint64>{} << static_cast<int>(ErrorCode::InvalidArgument)
                           << QList<qint64>();
}

void TestMoney::allocate()
{
    QFETCH(qint64, minor);
    QFETCH(QList<quint64>, weights);
    QFETCH(int, error);
    QFETCH(QList<qint64>, expected);
    const std::vector<quint64> w(weights.begin(), weights.end());
    const Result<std::vector<Money>> r = mk(minor, "EUR").allocate(w);
    if (error != 0) {
        QVERIFY(!r.has_value());
        QCOMPARE(static_cast<int>(r.error().code), error);
        QVERIFY(!r.error().message.isEmpty());
        return;
    }
    QVERIFY(r.has_value());
    QCOMPARE(minors(*r), expected);
}

// Many deterministic pseudo-random cases: parts always add up, each within one unit of its share.
void TestMoney::splitAllocateProperties()
{
    std::mt19937_64 rng(0x5EED'C0DE'2024ULL);
    std::uniform_int_distribution<qint64> anyAmount(-kMax, kMax);
    std::uniform_int_distribution<qint64> smallAmount(-10'000, 10'000);
    std::uniform_int_distribution<int> partCount(1, 40);
    std::uniform_int_distribution<int> weightCount(1, 12);
    std::uniform_int_distribution<int> weightKind(0, 3);
    std::uniform_int_distribution<quint64> smallWeight(0, 10);
    std::uniform_int_distribution<quint64> anyWeight(0, kUint64Max);
    const Currency currency = cur("CNY");
    for (int iteration = 0; iteration < 3000; ++iteration) {
        const qint64 amount = (iteration % 2 == 0) ? anyAmount(rng) : smallAmount(rng);
        const Money m = *Money::fromMinor(amount, currency);

        const int parts = partCount(rng);
        const Result<std::vector<Money>> split = m.split(parts);
        QVERIFY(split.has_value());
        QCOMPARE(static_cast<int>(split->size()), parts);
        const Result<Money> splitSum = Money::sum(*split, currency);
        QVERIFY(splitSum.has_value());
        QCOMPARE(splitSum->minor(), amount);
        for (std::size_t i = 1; i < split->size(); ++i) {
            // Non-increasing in magnitude, differing by at most one unit.
            const qint64 previous = (*split)[i - 1].abs().minor();
            const qint64 current = (*split)[i].abs().minor();
            QVERIFY(previous - current == 0 || previous - current == 1);
        }

        std::vector<quint64> weights(static_cast<std::size_t>(weightCount(rng)));
        for (quint64 &weight : weights) {
            switch (weightKind(rng)) {
            case 0: weight = 0; break;
            case 1: weight = smallWeight(rng); break;
            case 2: weight = anyWeight(rng); break;
            default: weight = 1; break;
            }
        }
        if (std::all_of(weights.begin(), weights.end(), [](quint64 x) { return x == 0; })) {
            weights.back() = 1;
        }
        const Result<std::vector<Money>> allocated = m.allocate(weights);
        QVERIFY(allocated.has_value());
        QCOMPARE(allocated->size(), weights.size());
        const Result<Money> allocatedSum = Money::sum(*allocated, currency);
        QVERIFY(allocatedSum.has_value());
        QCOMPARE(allocatedSum->minor(), amount);
        Int total = 0;
        for (const quint64 weight : weights) {
            total += weight;
        }
        for (std::size_t i = 0; i < weights.size(); ++i) {
            // |part − amount·w/T| < 1  ⇔  |part·T − amount·w| < T.
            const Int scaledPart = Int((*allocated)[i].minor()) * total;
            const Int exact = Int(amount) * Int(weights[i]);
            const Int difference = scaledPart > exact ? Int(scaledPart - exact) : Int(exact - scaledPart);
            QVERIFY2(difference < total, qPrintable(QStringLiteral("iteration %1, part %2").arg(iteration).arg(i)));
            if (weights[i] == 0) {
                QCOMPARE((*allocated)[i].minor(), qint64(0));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------

void TestMoney::currencyMismatch()
{
    const Money cny = mk(500, "CNY");
    const Money usd = mk(500, "USD");
    QCOMPARE(cny.plus(usd).error().code, ErrorCode::CurrencyMismatch);
    QCOMPARE(cny.minus(usd).error().code, ErrorCode::CurrencyMismatch);
    QCOMPARE(cny.compare(usd).error().code, ErrorCode::CurrencyMismatch);
    const QString message = cny.plus(usd).error().message;
    QVERIFY2(message.contains(QLatin1String("CNY")) && message.contains(QLatin1String("USD")), qPrintable(message));
    const std::vector<Money> mixed{cny, usd};
    QCOMPARE(Money::sum(mixed, cur("CNY")).error().code, ErrorCode::CurrencyMismatch);
    QVERIFY(cny != usd);
}

void TestMoney::compareAndEquality()
{
    QCOMPARE(*mk(100).compare(mk(200)), -1);
    QCOMPARE(*mk(200).compare(mk(100)), 1);
    QCOMPARE(*mk(-5).compare(mk(-5)), 0);
    QCOMPARE(*mk(-kMax).compare(mk(kMax)), -1);
    QVERIFY(mk(100) == mk(100));
    QVERIFY(mk(100) != mk(101));
    QVERIFY(mk(0).isZero());
    QVERIFY(!mk(0).isNegative() && !mk(0).isPositive());
    QVERIFY(mk(-1).isNegative());
    QVERIFY(mk(1).isPositive());
    QCOMPARE(Money::zero(cur("JPY")).minor(), 0);
    QCOMPARE(Money::zero(cur("JPY")).currency(), cur("JPY"));
}

void TestMoney::sum()
{
    const Currency cny = cur("CNY");
    QCOMPARE(Money::sum({}, cny)->minor(), 0);
    const std::vector<Money> some{mk(150), mk(-25), mk(1000)};
    QCOMPARE(Money::sum(some, cny)->minor(), 1125);
    // An intermediate beyond the range is fine when the total is not.
    const std::vector<Money> back{mk(kMax), mk(kMax), mk(-kMax)};
    QCOMPARE(Money::sum(back, cny)->minor(), kMax);
    const std::vector<Money> over{mk(kMax), mk(1)};
    QCOMPARE(Money::sum(over, cny).error().code, ErrorCode::Overflow);
}

// ---------------------------------------------------------------------------------------------

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error"); // 0: success
    QTest::addColumn<qint64>("expected");
    int n = 0;
    const auto ok = [&n](const char *l, const char *c, const QString &text, qint64 minor) {
        QTest::addRow("%d %s %s ok", ++n, l, c) << QString::fromLatin1(l) << QString::fromLatin1(c) << text << 0 << minor;
    };
    const auto bad = [&n](const char *l, const char *c, const QString &text, ErrorCode code) {
        QTest::addRow("%d %s %s rejected", ++n, l, c)
            << QString::fromLatin1(l) << QString::fromLatin1(c) << text << static_cast<int>(code) << qint64(0);
    };
    const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };
    using E = ErrorCode;

    // en_US, 2 decimals.
    ok("en_US", "USD", s("1,234.50"), 123450);
    ok("en_US", "USD", s("1234.50"), 123450);
    ok("en_US", "USD", s("1234.5"), 123450);
    ok("en_US", "USD", s("1234"), 123400);
    ok("en_US", "USD", s("0.01"), 1);
    ok("en_US", "USD", s("-1,234.50"), -123450);
    ok("en_US", "USD", s("\u22121,234.50"), -123450);
    ok("en_US", "USD", s("+12"), 1200);
    ok("en_US", "USD", s("  12.00 "), 1200);
    ok("en_US", "USD", s("-0.00"), 0);
    ok("en_US", "USD", s("007.50"), 750);
    ok("en_US", "USD", s("1,234,567"), 123456700);
    ok("en_US", "USD", s("9,999,999,999,999,999.99"), kMax);
    ok("en_US", "USD", s("-9999999999999999.99"), -kMax);
    ok("en_US", "USD", s("0000000000000000000000001.00"), 100);
    bad("en_US", "USD", s("10,000,000,000,000,000.00"), E::Overflow);
    bad("en_US", "USD", s("10000000000000000"), E::Overflow);
    bad("en_US", "USD", s("99999999999999999999999"), E::Overflow);
    bad("en_US", "USD", s("-10000000000000000.00"), E::Overflow);
    bad("en_US", "USD", s("1,2.3"), E::Malformed);
    bad("en_US", "USD", s("12,34.50"), E::Malformed);
    bad("en_US", "USD", s("1,234,5.00"), E::Malformed);
    bad("en_US", "USD", s(",123"), E::Malformed);
    bad("en_US", "USD", s("123,"), E::Malformed);
    bad("en_US", "USD", s("1,,234"), E::Malformed);
    bad("en_US", "USD", s("0,001.00"), E::Malformed);
    bad("en_US", "USD", s("1234,567.00"), E::Malformed);
    bad("en_US", "USD", s("1.234,50"), E::Malformed);
    bad("en_US", "USD", s("1,234.5,0"), E::Malformed);
    bad("en_US", "USD", s("1e5"), E::Malformed);
    bad("en_US", "USD", s("1E5"), E::Malformed);
    bad("en_US", "USD", s("1.5e2"), E::Malformed);
    bad("en_US", "USD", s("1.234"), E::InvalidArgument);
    bad("en_US", "USD", s("1.500"), E::InvalidArgument);
    bad("en_US", "USD", QString(), E::Malformed);
    bad("en_US", "USD", s("   "), E::Malformed);
    bad("en_US", "USD", s("1 234.50"), E::Malformed);
    bad("en_US", "USD", s("1\u00A0234.50"), E::Malformed);
    bad("en_US", "USD", s("12 .50"), E::Malformed);
    bad("en_US", "USD", s("- 12"), E::Malformed);
    bad("en_US", "USD", s("1.2.3"), E::Malformed);
    bad("en_US", "USD", s("1..2"), E::Malformed);
    bad("en_US", "USD", s("+-1"), E::Malformed);
    bad("en_US", "USD", s("--1"), E::Malformed);
    bad("en_US", "USD", s("1-"), E::Malformed);
    bad("en_US", "USD", s("12-34"), E::Malformed);
    bad("en_US", "USD", s("NaN"), E::Malformed);
    bad("en_US", "USD", s("nan"), E::Malformed);
    bad("en_US", "USD", s("inf"), E::Malformed);
    bad("en_US", "USD", s("-Infinity"), E::Malformed);
    bad("en_US", "USD", s("0x10"), E::Malformed);
    bad("en_US", "USD", s("0X1A"), E::Malformed);
    bad("en_US", "USD", s(".50"), E::Malformed);
    bad("en_US", "USD", s("1."), E::Malformed);
    bad("en_US", "USD", s("1,234."), E::Malformed);
    bad("en_US", "USD", s("."), E::Malformed);
    bad("en_US", "USD", s("-"), E::Malformed);
    bad("en_US", "USD", s("$12"), E::Malformed);
    bad("en_US", "USD", s("12USD"), E::Malformed);
    bad("en_US", "USD", s("12%"), E::Malformed);
    bad("en_US", "USD", s("\u0661\u0662"), E::Malformed); // Arabic-Indic digits are not en_US's
    bad("en_US", "USD", s("1\u200E2"), E::Malformed);     // an invisible mark between digits

    // JPY has no decimals; KWD has three.
    ok("en_US", "JPY", s("1,235"), 1235);
    ok("en_US", "JPY", s("100"), 100);
    ok("en_US", "JPY", s("999,999,999,999,999,999"), kMax);
    bad("en_US", "JPY", s("1,000,000,000,000,000,000"), E::Overflow);
    bad("en_US", "JPY", s("100.5"), E::InvalidArgument);
    bad("en_US", "JPY", s("100.0"), E::InvalidArgument);
    ok("en_US", "KWD", s("1.234"), 1234);
    ok("en_US", "KWD", s("0.5"), 500);
    ok("en_US", "KWD", s("999,999,999,999,999.999"), kMax);
    bad("en_US", "KWD", s("1.2345"), E::InvalidArgument);

    // de_DE: ',' decimal, '.' group.
    ok("de_DE", "EUR", s("1.234,50"), 123450);
    ok("de_DE", "EUR", s("1234,5"), 123450);
    ok("de_DE", "EUR", s("-0,01"), -1);
    ok("de_DE", "EUR", s("1.234.567,89"), 123456789);
    bad("de_DE", "EUR", s("1,234.50"), E::Malformed);
    bad("de_DE", "EUR", s("1.23,4"), E::Malformed);
    bad("de_DE", "EUR", s("1.2345,00"), E::Malformed);
    bad("de_DE", "EUR", s("12,345"), E::InvalidArgument);
    bad("de_DE", "EUR", s("1,2,3"), E::Malformed);

    // fr_FR groups with U+202F; ru_RU with U+00A0. Any of the three spaces works there.
    ok("fr_FR", "EUR", s("1\u202F234,50"), 123450);
    ok("fr_FR", "EUR", s("1\u00A0234,50"), 123450);
    ok("fr_FR", "EUR", s("1 234,50"), 123450);
    ok("fr_FR", "EUR", s("1234,50"), 123450);
    ok("fr_FR", "EUR", s("-1\u202F234\u202F567,8"), -123456780);
    bad("fr_FR", "EUR", s("12\u202F34,50"), E::Malformed);
    bad("fr_FR", "EUR", s("1 234.50"), E::Malformed);
    bad("fr_FR", "EUR", s("1,234.50"), E::Malformed);
    bad("fr_FR", "EUR", s("1  234,50"), E::Malformed);
    ok("ru_RU", "EUR", s("1\u00A0234\u00A0567,89"), 123456789);
    ok("ru_RU", "EUR", s("1 234 567,89"), 123456789);
    bad("ru_RU", "EUR", s("1\u00A0234\u00A0567.89"), E::Malformed);

    // zh_CN, ja_JP: like en_US.
    ok("zh_CN", "CNY", s("1,234.50"), 123450);
    ok("zh_CN", "CNY", s("-1,234.50"), -123450);
    ok("zh_CN", "CNY", s("0.5"), 50);
    bad("zh_CN", "CNY", s("1,234.567"), E::InvalidArgument);
    ok("ja_JP", "JPY", s("1,235"), 1235);
    bad("ja_JP", "JPY", s("1,235.5"), E::InvalidArgument);

    // ar_SA: Arabic-Indic digits, U+066B decimal, U+066C group, ALM + '-' minus.
    ok("ar_SA", "SAR", ar("1,234.50"), 123450);
    ok("ar_SA", "SAR", ar("1234.5"), 123450);
    ok("ar_SA", "SAR", ar("-1,234.50"), -123450);
    ok("ar_SA", "SAR", s("-\u0661\u0662"), -1200); // a plain '-' also works
    ok("ar_SA", "SAR", s("1234.50"), 123450);       // Latin digits and keyboard '.'
    ok("ar_SA", "SAR", s("1,234.50"), 123450);
    ok("ar_SA", "SAR", s("1\u066C234\u066B50"), 123450);
    bad("ar_SA", "SAR", s("\u06612"), E::Malformed);   // mixed digit systems
    bad("ar_SA", "SAR", ar("1,23.4"), E::Malformed);   // group in the wrong place
    bad("ar_SA", "SAR", ar("1.234"), E::InvalidArgument);
    bad("ar_SA", "SAR", ar("1.2.3"), E::Malformed);
    bad("ar_SA", "SAR", ar("--1"), E::Malformed);

    // hi_IN groups lakhs and crores: 1,23,45,678.90.
    ok("hi_IN", "INR", s("1,23,45,678.90"), 1234567890);
    ok("hi_IN", "INR", s("1,234.00"), 123400);
    bad("hi_IN", "INR", s("12,345,678.90"), E::Malformed);

    // de_CH groups with U+2019; the typed apostrophe counts too.
    ok("de_CH", "CHF", s("1\u2019234.50"), 123450);
    ok("de_CH", "CHF", s("1'234.50"), 123450);
    bad("de_CH", "CHF", s("12'34.50"), E::Malformed);

    // sv_SE writes U+2212 for minus.
    ok("sv_SE", "EUR", s("\u22121\u00A0234,50"), -123450);
    ok("sv_SE", "EUR", s("-1 234,50"), -123450);

    // C locale: the machine form, grouping with ',' tolerated where it is right.
    ok("C", "USD", s("1234.50"), 123450);
    ok("C", "USD", s("-1234.50"), -123450);
    ok("C", "USD", s("1,234.50"), 123450);
    ok("C", "JPY", s("-5"), -5);
    bad("C", "USD", s("1,23.00"), E::Malformed);
    bad("C", "USD", s("1234,50"), E::Malformed);
    bad("C", "USD", s("1 234.50"), E::Malformed);
}

void TestMoney::parse()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QFETCH(int, error);
    QFETCH(qint64, expected);
    const Result<Money> m = Money::parse(text, *currencyByCode(currency), loc(qPrintable(locale)));
    if (error == 0) {
        QVERIFY2(m.has_value(), qPrintable(m.has_value() ? QString() : m.error().message));
        QCOMPARE(m->minor(), expected);
        QCOMPARE(m->currency().code, currency);
        return;
    }
    QVERIFY2(!m.has_value(), qPrintable(QStringLiteral("accepted as %1").arg(m.has_value() ? m->toPlainString() : QString())));
    QCOMPARE(static_cast<int>(m.error().code), error);
    QVERIFY(!m.error().message.isEmpty());
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty()) {
        QVERIFY2(m.error().message.contains(trimmed), qPrintable(m.error().message));
    }
}

void TestMoney::parseUnsupportedCurrency()
{
    const Result<Money> m = Money::parse(u"1.00", Currency{QStringLiteral("XYZ"), 1, 2});
    QVERIFY(!m.has_value());
    QCOMPARE(m.error().code, ErrorCode::InvalidArgument);
}

void TestMoney::parseLongInputQuotedShort()
{
    // Hostile input is not echoed back whole.
    const QString text = QString(10'000, QLatin1Char('1')) + QLatin1Char('x');
    const Result<Money> m = Money::parse(text, cur("USD"));
    QVERIFY(!m.has_value());
    QCOMPARE(m.error().code, ErrorCode::Malformed);
    QVERIFY(m.error().message.size() < 400);
    QVERIFY(m.error().message.contains(QString(40, QLatin1Char('1'))));
}

// ---------------------------------------------------------------------------------------------

void TestMoney::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("expected");
    int n = 0;
    const auto row = [&n](const char *l, const char *c, qint64 minor, const QString &expected) {
        QTest::addRow("%d %s %s", ++n, l, c) << QString::fromLatin1(l) << QString::fromLatin1(c) << minor << expected;
    };
    const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };
    row("en_US", "USD", 123450, s("1,234.50"));
    row("en_US", "USD", -123450, s("-1,234.50"));
    row("en_US", "USD", 5, s("0.05"));
    row("en_US", "USD", -5, s("-0.05"));
    row("en_US", "USD", 0, s("0.00"));
    row("en_US", "USD", 100, s("1.00"));
    row("en_US", "USD", kMax, s("9,999,999,999,999,999.99"));
    row("en_US", "USD", -kMax, s("-9,999,999,999,999,999.99"));
    row("en_US", "JPY", 1235, s("1,235"));
    row("en_US", "JPY", -kMax, s("-999,999,999,999,999,999"));
    row("en_US", "KWD", 1234567, s("1,234.567"));
    row("en_US", "KWD", 5, s("0.005"));
    row("de_DE", "EUR", 123450, s("1.234,50"));
    row("de_DE", "EUR", -123450, s("-1.234,50"));
    row("de_DE", "EUR", 7, s("0,07"));
    row("fr_FR", "EUR", 123450, s("1\u202F234,50"));
    row("ru_RU", "EUR", 123456789, s("1\u00A0234\u00A0567,89"));
    row("zh_CN", "CNY", 123450, s("1,234.50"));
    row("zh_CN", "CNY", -1, s("-0.01"));
    row("ja_JP", "JPY", 1234567, s("1,234,567"));
    row("ar_SA", "SAR", 123450, ar("1,234.50"));
    row("ar_SA", "SAR", -123450, ar("-1,234.50"));
    row("ar_SA", "SAR", 7, ar("0.07"));
    row("hi_IN", "INR", 1234567890, s("1,23,45,678.90"));
    row("de_CH", "CHF", 123450, s("1\u2019234.50"));
    row("sv_SE", "EUR", -123450, s("\u22121\u00A0234,50"));
    row("C", "USD", -123450, s("-1234.50"));
    row("C", "JPY", 1235, s("1235"));
}

void TestMoney::format()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, expected);
    const Money m = *Money::fromMinor(minor, *currencyByCode(currency));
    QCOMPARE(m.format(loc(qPrintable(locale))), expected);
}

void TestMoney::plainAndCode()
{
    QCOMPARE(mk(-123450, "USD").toPlainString(), QStringLiteral("-1234.50"));
    QCOMPARE(mk(123450, "USD").toPlainString(), QStringLiteral("1234.50"));
    QCOMPARE(mk(-5, "JPY").toPlainString(), QStringLiteral("-5"));
    QCOMPARE(mk(1, "KWD").toPlainString(), QStringLiteral("0.001"));
    QCOMPARE(mk(-1, "CNY").toPlainString(), QStringLiteral("-0.01"));
    QCOMPARE(mk(kMax, "CNY").toPlainString(), QStringLiteral("9999999999999999.99"));
    QCOMPARE(mk(123450, "CNY").formatWithCode(QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("CNY 1,234.50"));
    QCOMPARE(mk(-123450, "EUR").formatWithCode(QLocale(QLocale::German, QLocale::Germany)),
             QStringLiteral("EUR -1.234,50"));
    // The ar_SA locale built from enums, as the kiosk will.
    QCOMPARE(mk(123450, "SAR").format(QLocale(QLocale::Arabic, QLocale::SaudiArabia)), ar("1,234.50"));
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<QString>("locale");
    for (const char *name : {"C", "en_US", "de_DE", "fr_FR", "zh_CN", "ja_JP", "ar_SA", "hi_IN", "ru_RU", "de_CH",
                             "sv_SE", "es_ES", "fa_IR", "bn_BD", "ar_AE", "he_IL", "pl_PL"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestMoney::roundTrip()
{
    QFETCH(QString, locale);
    const QLocale l = loc(qPrintable(locale));
    std::vector<qint64> amounts{0, 1, -1, 5, 99, 100, -100, 12345, -123456789, 1'000'000, 1'234'567'890'123,
                                kMax, -kMax, kMax - 1};
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<qint64> any(-kMax, kMax);
    for (int i = 0; i < 200; ++i) {
        amounts.push_back(any(rng) >> (i % 60)); // all magnitudes, not only huge ones
    }
    for (const Currency &currency : supportedCurrencies()) {
        for (const qint64 minor : amounts) {
            const Money m = *Money::fromMinor(minor, currency);
            const QString text = m.format(l);
            const Result<Money> back = Money::parse(text, currency, l);
            QVERIFY2(back.has_value(), qPrintable(QStringLiteral("%1 %2: %3").arg(currency.code, text,
                                                                                   back.has_value() ? QString() : back.error().message)));
            QCOMPARE(*back, m);
            const Result<Money> plain = Money::parse(m.toPlainString(), currency, l);
            // The plain form is the locale's own only where the locale writes '.' and no separators;
            // it always parses back in the C locale.
            QCOMPARE(*Money::parse(m.toPlainString(), currency), m);
            if (l.decimalPoint() == QLatin1String(".")) {
                QVERIFY2(plain.has_value(), qPrintable(m.toPlainString()));
                QCOMPARE(*plain, m);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
