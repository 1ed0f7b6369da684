// Units and residents: registration, links to units, card enrollment and the PIN lockout.
#include "contracts/governance.h"
#include "contracts/units.h"
#include "fixture.h"

#include <QtTest>

using namespace courtyard;
using namespace courtyard::contracts;
using namespace courtyard::contracts::testing;

Q_DECLARE_METATYPE(courtyard::contracts::testing::Signer)
Q_DECLARE_METATYPE(courtyard::cbor::Value)

namespace {

const QString kUnitRegister = QStringLiteral("unit.register");
const QString kUnitUpdate = QStringLiteral("unit.update");
const QString kResidentRegister = QStringLiteral("resident.register");
const QString kResidentLink = QStringLiteral("resident.link");
const QString kMoveOut = QStringLiteral("resident.move-out");
const QString kEnroll = QStringLiteral("resident.enroll-card");
const QString kPinFailure = QStringLiteral("resident.record-pin-failure");
const QString kPinSuccess = QStringLiteral("resident.record-pin-success");

using Entries = std::initializer_list<std::pair<QString, cbor::Value>>;

cbor::Value map(Entries entries)
{
    return cbor::Value::fromMap(entries);
}

QString k(const char *s)
{
    return QString::fromLatin1(s);
}

cbor::Value num(quint64 v)
{
    return cbor::Value::fromUnsigned(v);
}

cbor::Value unit(const char *number, quint64 area, quint64 share)
{
    return map({{k("number"), text(number)}, {k("area"), num(area)}, {k("share"), num(share)}});
}

cbor::Value link(const QByteArray &resident, const char *number)
{
    return map({{k("resident"), bytesValue(resident)}, {k("unit"), text(number)}});
}

cbor::Value enroll(const QByteArray &resident, const QByteArray &card, cbor::Value pin)
{
    return map({{k("resident"), bytesValue(resident)}, {k("card"), bytesValue(card)}, {k("pin"), std::move(pin)}});
}

cbor::Value onlyResident(const QByteArray &resident)
{
    return map({{k("resident"), bytesValue(resident)}});
}

cbor::Value cardRecord(const QByteArray &card, quint64 failures, quint64 lockedUntil)
{
    return map({{k("card"), bytesValue(card)},
                {k("pin"), cbor::Value::fromText(pinHash())},
                {k("failures"), num(failures)},
                {k("locked-until"), num(lockedUntil)}});
}

QByteArray hexKey(const char *prefix, const QByteArray &bytes)
{
    return QByteArray(prefix) + bytes.toHex();
}

} // namespace

class TestUnits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void populatedStateIsAsDocumented();
    void authorizationMatrix_data();
    void authorizationMatrix();
    void residentsLiveInSeveralUnits();
    void cardsMoveBetweenResidentsOnlyWhenFree();
    void sharesAddUpToAtMostTheWhole();
    void unitUpdateChangesOnlyWhatIsGiven();
    void badInput_data();
    void badInput();
    void lockoutAfterFiveWrongPins();
    void unitNumbersAndPinHashes_data();
    void unitNumbersAndPinHashes();
};

void TestUnits::populatedStateIsAsDocumented()
{
    World w;
    w.populate();
    QCOMPARE(w.value("unit/12-0301"), map({{k("area"), num(8550)}, {k("share"), num(100)}}));
    QCOMPARE(w.value("unit/12-0302"), map({{k("area"), num(12000)}, {k("share"), num(120)}}));
    QCOMPARE(w.value("resident/0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a"),
             map({{k("units"), cbor::Value::fromArray({text("12-0301")})}, {k("since"), num(kStartTimeMs)}}));
    QCOMPARE(w.value("occupancy/12-0301/0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a"), map({{k("since"), num(kStartTimeMs)}}));
    QCOMPARE(w.value("card/0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a"), cardRecord(w.cardA, 0, 0));
    QCOMPARE(w.value(hexKey("card-id/", w.cardA)), map({{k("resident"), bytesValue(w.residentA)}}));
    // The stored PIN hash is a real Argon2id string that verifies the PIN and nothing else.
    const QByteArray stored = w.value("card/0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a").find(u"pin")->asText().toLatin1();
    QVERIFY(crypto::verifyPin(stored, "123456"));
    QVERIFY(!crypto::verifyPin(stored, "123457"));
    // No clear PIN anywhere in the state.
    bool clear = false;
    QVERIFY(w.state.scan({}, [&](const state::Key &, const cbor::Value &v) {
                clear = clear || v.encode().contains("123456");
                return true;
            }).has_value());
    QVERIFY(!clear);
}

void TestUnits::authorizationMatrix_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Signer>("signer");
    QTest::addColumn<QString>("expected"); // empty: accepted

    const std::vector<std::pair<QString, Signer>> kinds = {
        {kUnitRegister, Signer::Manager}, {kUnitUpdate, Signer::Manager}, {kResidentRegister, Signer::Manager},
        {kResidentLink, Signer::Manager}, {kMoveOut, Signer::Manager},    {kEnroll, Signer::Manager},
        {kPinFailure, Signer::Kiosk},     {kPinSuccess, Signer::Kiosk},
    };
    for (const auto &[kind, allowed] : kinds) {
        for (const Signer s : allSigners()) {
            QTest::addRow("%s by %s", qPrintable(kind), qPrintable(signerName(s)))
                << kind << s << (s == allowed ? QString() : QStringLiteral("not-authorized"));
        }
    }
}

void TestUnits::authorizationMatrix()
{
    QFETCH(QString, kind);
    QFETCH(Signer, signer);
    QFETCH(QString, expected);

    World w;
    w.populate();
    cbor::Value payload;
    if (kind == kUnitRegister) {
        payload = unit("12-0303", 9000, 110);
    } else if (kind == kUnitUpdate) {
        payload = map({{k("number"), text("12-0301")}, {k("share"), num(150)}});
    } else if (kind == kResidentRegister) {
        payload = link(w.residentB, "12-0302");
    } else if (kind == kResidentLink) {
        payload = link(w.residentA, "12-0302");
    } else if (kind == kMoveOut) {
        payload = link(w.residentA, "12-0301");
    } else if (kind == kEnroll) {
        payload = enroll(w.residentA, w.cardB, cbor::Value::fromText(pinHash()));
    } else {
        payload = onlyResident(w.residentA);
    }
    QCOMPARE(w.run(kind, payload, signer), expected);
}

void TestUnits::residentsLiveInSeveralUnits()
{
    World w;
    w.populate();
    const QByteArray residentKey = hexKey("resident/", w.residentA);
    w.timeMs += 1000;
    QCOMPARE(w.run(kResidentLink, link(w.residentA, "12-0302"), Signer::Manager), QString());
    QCOMPARE(w.value(residentKey),
             map({{k("units"), cbor::Value::fromArray({text("12-0301"), text("12-0302")})}, {k("since"), num(kStartTimeMs)}}));
    QCOMPARE(w.value(hexKey("occupancy/12-0302/", w.residentA)), map({{k("since"), num(kStartTimeMs + 1000)}}));

    QCOMPARE(w.run(kMoveOut, link(w.residentA, "12-0301"), Signer::Manager), QString());
    QVERIFY(!w.has(hexKey("occupancy/12-0301/", w.residentA)));
    QVERIFY(w.has(hexKey("card/", w.residentA))); // still lives in 12-0302

    QCOMPARE(w.run(kMoveOut, link(w.residentA, "12-0302"), Signer::Manager), QString());
    QCOMPARE(w.value(residentKey), map({{k("units"), cbor::Value::fromArray({})}, {k("since"), num(kStartTimeMs)}}));
    QVERIFY(!w.has(hexKey("card/", w.residentA)));
    QVERIFY(!w.has(hexKey("card-id/", w.cardA)));
    QCOMPARE(w.run(kPinFailure, onlyResident(w.residentA), Signer::Kiosk), QStringLiteral("no-card"));
    QCOMPARE(w.run(kEnroll, enroll(w.residentA, w.cardA, cbor::Value::fromText(pinHash())), Signer::Manager),
             QStringLiteral("moved-out"));
    QCOMPARE(w.run(kMoveOut, link(w.residentA, "12-0302"), Signer::Manager), QStringLiteral("not-linked"));
    // Moving back in.
    QCOMPARE(w.run(kResidentLink, link(w.residentA, "12-0301"), Signer::Manager), QString());
    QCOMPARE(w.run(kEnroll, enroll(w.residentA, w.cardA, cbor::Value::fromText(pinHash())), Signer::Manager), QString());
}

void TestUnits::cardsMoveBetweenResidentsOnlyWhenFree()
{
    World w;
    w.populate();
    QCOMPARE(w.run(kResidentRegister, link(w.residentB, "12-0301"), Signer::Manager), QString());
    // residentA's card cannot be enrolled for residentB.
    QCOMPARE(w.run(kEnroll, enroll(w.residentB, w.cardA, cbor::Value::fromText(pinHash())), Signer::Manager),
             QStringLiteral("card-in-use"));
    // residentA gets a new card: the old one is free again.
    QCOMPARE(w.run(kEnroll, enroll(w.residentA, w.cardB, cbor::Value::fromText(pinHash())), Signer::Manager), QString());
    QVERIFY(!w.has(hexKey("card-id/", w.cardA)));
    QCOMPARE(w.value(hexKey("card-id/", w.cardB)), map({{k("resident"), bytesValue(w.residentA)}}));
    QCOMPARE(w.run(kEnroll, enroll(w.residentB, w.cardA, cbor::Value::fromText(pinHash())), Signer::Manager), QString());
    QCOMPARE(w.value(hexKey("card/", w.residentB)), cardRecord(w.cardA, 0, 0));
    // Enrolling the same card again (a PIN reset) is allowed.
    QCOMPARE(w.run(kEnroll, enroll(w.residentB, w.cardA, cbor::Value::fromText(pinHash())), Signer::Manager), QString());
}

void TestUnits::sharesAddUpToAtMostTheWhole()
{
    World w;
    w.populate(); // 100 + 120 basis points
    QCOMPARE(w.run(kUnitRegister, unit("A", 1, 9781), Signer::Manager), QStringLiteral("shares-exceed-total"));
    QCOMPARE(w.run(kUnitRegister, unit("A", 1, 9780), Signer::Manager), QString());
    QCOMPARE(w.run(kUnitRegister, unit("B", 1, 1), Signer::Manager), QStringLiteral("shares-exceed-total"));
    QCOMPARE(w.run(kUnitUpdate, map({{k("number"), text("12-0301")}, {k("share"), num(101)}}), Signer::Manager),
             QStringLiteral("shares-exceed-total"));
    QCOMPARE(w.run(kUnitUpdate, map({{k("number"), text("12-0301")}, {k("share"), num(99)}}), Signer::Manager), QString());
    QCOMPARE(w.run(kUnitRegister, unit("B", 1, 1), Signer::Manager), QString());
}

void TestUnits::unitUpdateChangesOnlyWhatIsGiven()
{
    World w;
    w.populate();
    QCOMPARE(w.run(kUnitUpdate, map({{k("number"), text("12-0301")}, {k("area"), num(8600)}}), Signer::Manager), QString());
    QCOMPARE(w.value("unit/12-0301"), map({{k("area"), num(8600)}, {k("share"), num(100)}}));
    QCOMPARE(w.run(kUnitUpdate, map({{k("number"), text("12-0301")}, {k("area"), num(8700)}, {k("share"), num(90)}}),
                   Signer::Manager),
             QString());
    QCOMPARE(w.value("unit/12-0301"), map({{k("area"), num(8700)}, {k("share"), num(90)}}));
}

void TestUnits::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<cbor::Value>("payload");
    QTest::addColumn<Signer>("signer");
    QTest::addColumn<QString>("expected");

    const QString bad = QStringLiteral("bad-payload");
    const Signer m = Signer::Manager;
    const QByteArray a(16, '\x0a');
    const QByteArray b(16, '\x0b');
    const QByteArray cardB = crypto::toByteArray(crypto::sha256("card-b"));
    const cbor::Value pin = cbor::Value::fromText(pinHash());

    QTest::newRow("unit: empty number") << kUnitRegister << unit("", 1, 1) << m << k("invalid-unit-number");
    QTest::newRow("unit: underscore") << kUnitRegister << unit("12_0303", 1, 1) << m << k("invalid-unit-number");
    QTest::newRow("unit: leading dash") << kUnitRegister << unit("-1203", 1, 1) << m << k("invalid-unit-number");
    QTest::newRow("unit: 17 characters") << kUnitRegister << unit("12345678901234567", 1, 1) << m << k("invalid-unit-number");
    QTest::newRow("unit: not ASCII") << kUnitRegister << unit("单元3", 1, 1) << m << k("invalid-unit-number");
    QTest::newRow("unit: slash") << kUnitRegister << unit("12/03", 1, 1) << m << k("invalid-unit-number");
    QTest::newRow("unit: number as integer")
        << kUnitRegister << map({{k("number"), num(1203)}, {k("area"), num(1)}, {k("share"), num(1)}}) << m << bad;
    QTest::newRow("unit: area 0") << kUnitRegister << unit("12-0303", 0, 1) << m << k("invalid-area");
    QTest::newRow("unit: area too large") << kUnitRegister << unit("12-0303", kMaxUnitArea + 1, 1) << m << k("invalid-area");
    QTest::newRow("unit: negative area")
        << kUnitRegister << map({{k("number"), text("12-0303")}, {k("area"), cbor::Value::fromInt(-5)}, {k("share"), num(1)}})
        << m << bad;
    QTest::newRow("unit: area as text")
        << kUnitRegister << map({{k("number"), text("12-0303")}, {k("area"), text("85.5")}, {k("share"), num(1)}}) << m << bad;
    QTest::newRow("unit: share 0") << kUnitRegister << unit("12-0303", 1, 0) << m << k("invalid-share");
    QTest::newRow("unit: share 10001") << kUnitRegister << unit("12-0303", 1, 10001) << m << k("invalid-share");
    QTest::newRow("unit: share missing") << kUnitRegister << map({{k("number"), text("12-0303")}, {k("area"), num(1)}}) << m << bad;
    QTest::newRow("unit: extra field")
        << kUnitRegister
        << map({{k("number"), text("12-0303")}, {k("area"), num(1)}, {k("share"), num(1)}, {k("owner"), text("Li Wei")}}) << m
        << bad;
    QTest::newRow("unit: not a map") << kUnitRegister << text("12-0303") << m << bad;
    QTest::newRow("unit: exists") << kUnitRegister << unit("12-0301", 1, 1) << m << k("unit-exists");
    QTest::newRow("update: unknown unit") << kUnitUpdate << map({{k("number"), text("99-9999")}, {k("area"), num(1)}}) << m
                                          << k("unknown-unit");
    QTest::newRow("update: nothing") << kUnitUpdate << map({{k("number"), text("12-0301")}}) << m << k("nothing-to-change");
    QTest::newRow("update: share 10001") << kUnitUpdate << map({{k("number"), text("12-0301")}, {k("share"), num(10001)}}) << m
                                         << k("invalid-share");
    QTest::newRow("update: area 0") << kUnitUpdate << map({{k("number"), text("12-0301")}, {k("area"), num(0)}}) << m
                                    << k("invalid-area");

    QTest::newRow("resident: unknown unit") << kResidentRegister << link(b, "99-9999") << m << k("unknown-unit");
    QTest::newRow("resident: 15-byte id") << kResidentRegister << link(QByteArray(15, '\x0b'), "12-0301") << m
                                          << k("invalid-resident-id");
    QTest::newRow("resident: zero id") << kResidentRegister << link(QByteArray(16, '\0'), "12-0301") << m
                                       << k("invalid-resident-id");
    QTest::newRow("resident: id as text")
        << kResidentRegister << map({{k("resident"), text("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b")}, {k("unit"), text("12-0301")}}) << m
        << bad;
    QTest::newRow("resident: name given") << kResidentRegister
                                          << map({{k("resident"), bytesValue(b)}, {k("unit"), text("12-0301")}, {k("name"), text("Li Wei")}})
                                          << m << bad;
    QTest::newRow("resident: exists") << kResidentRegister << link(a, "12-0302") << m << k("resident-exists");
    QTest::newRow("link: already linked") << kResidentLink << link(a, "12-0301") << m << k("already-linked");
    QTest::newRow("link: unknown resident") << kResidentLink << link(b, "12-0301") << m << k("unknown-resident");
    QTest::newRow("link: unknown unit") << kResidentLink << link(a, "99-9999") << m << k("unknown-unit");
    QTest::newRow("move-out: not linked") << kMoveOut << link(a, "12-0302") << m << k("not-linked");
    QTest::newRow("move-out: unknown resident") << kMoveOut << link(b, "12-0302") << m << k("unknown-resident");

    QTest::newRow("enroll: clear PIN") << kEnroll << enroll(a, cardB, text("123456")) << m << k("clear-pin");
    QTest::newRow("enroll: clear 4-digit PIN") << kEnroll << enroll(a, cardB, text("0000")) << m << k("clear-pin");
    QTest::newRow("enroll: PIN as a number") << kEnroll << enroll(a, cardB, num(123456)) << m << bad;
    QTest::newRow("enroll: PIN as bytes") << kEnroll << enroll(a, cardB, bytesValue("123456")) << m << bad;
    QTest::newRow("enroll: argon2i, not argon2id")
        << kEnroll << enroll(a, cardB, text("$argon2i$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g")) << m << k("invalid-pin-hash");
    QTest::newRow("enroll: bare prefix") << kEnroll << enroll(a, cardB, text("$argon2id$")) << m << k("invalid-pin-hash");
    QTest::newRow("enroll: password") << kEnroll << enroll(a, cardB, text("hunter2")) << m << k("invalid-pin-hash");
    QTest::newRow("enroll: PIN missing") << kEnroll << map({{k("resident"), bytesValue(a)}, {k("card"), bytesValue(cardB)}}) << m << bad;
    QTest::newRow("enroll: card number instead of hash") << kEnroll << enroll(a, "6222020200112233", pin) << m << k("invalid-card");
    QTest::newRow("enroll: zero card") << kEnroll << enroll(a, QByteArray(32, '\0'), pin) << m << k("invalid-card");
    QTest::newRow("enroll: unknown resident") << kEnroll << enroll(b, cardB, pin) << m << k("unknown-resident");

    QTest::newRow("pin failure: no card") << kPinFailure << onlyResident(b) << Signer::Kiosk << k("no-card");
    QTest::newRow("pin failure: short id") << kPinFailure << onlyResident(QByteArray(8, '\x0a')) << Signer::Kiosk
                                           << k("invalid-resident-id");
    QTest::newRow("pin failure: PIN given")
        << kPinFailure << map({{k("resident"), bytesValue(a)}, {k("pin"), text("1234")}}) << Signer::Kiosk << bad;
    QTest::newRow("pin success: no card") << kPinSuccess << onlyResident(b) << Signer::Kiosk << k("no-card");
}

void TestUnits::badInput()
{
    QFETCH(QString, kind);
    QFETCH(cbor::Value, payload);
    QFETCH(Signer, signer);
    QFETCH(QString, expected);
    World w;
    w.populate();
    QCOMPARE(w.run(kind, payload, signer), expected);
}

void TestUnits::lockoutAfterFiveWrongPins()
{
    World w;
    w.populate();
    const QByteArray card = hexKey("card/", w.residentA);
    const quint64 t0 = kStartTimeMs;
    const auto at = [&](quint64 offsetMs, const QString &kind) {
        w.timeMs = t0 + offsetMs;
        return w.run(kind, onlyResident(w.residentA), Signer::Kiosk);
    };

    // Three wrong PINs, then a right one: the count starts over.
    QCOMPARE(at(1'000, kPinFailure), QString());
    QCOMPARE(at(2'000, kPinFailure), QString());
    QCOMPARE(at(3'000, kPinFailure), QString());
    QCOMPARE(w.value(card), cardRecord(w.cardA, 3, 0));
    QCOMPARE(at(3'500, kPinSuccess), QString());
    QCOMPARE(w.value(card), cardRecord(w.cardA, 0, 0));

    // Four wrong PINs do not lock.
    for (quint64 i = 1; i <= 4; ++i) {
        QCOMPARE(at(i * 10'000, kPinFailure), QString());
    }
    QCOMPARE(w.value(card), cardRecord(w.cardA, 4, 0));
    // The fifth, at t0 + 50 s, locks until t0 + 50 s + 15 min = t0 + 950,000 ms.
    QCOMPARE(at(50'000, kPinFailure), QString());
    QCOMPARE(w.value(card), cardRecord(w.cardA, 0, t0 + 950'000));

    // One millisecond before the end nothing is recorded, not even a right PIN.
    QCOMPARE(at(949'999, kPinFailure), QStringLiteral("card-locked"));
    QCOMPARE(at(949'999, kPinSuccess), QStringLiteral("card-locked"));
    QCOMPARE(at(100'000, kPinFailure), QStringLiteral("card-locked"));
    QCOMPARE(w.value(card), cardRecord(w.cardA, 0, t0 + 950'000));
    auto locked = w.engine.apply(w.state, w.make(kPinSuccess, onlyResident(w.residentA), Signer::Kiosk), t0 + 949'999);
    QVERIFY(!locked.has_value());
    QVERIFY(locked.error().message.contains(QLatin1String("1 minute")));

    // At the end of the lock the card works again.
    QCOMPARE(at(950'000, kPinFailure), QString());
    QCOMPARE(w.value(card), cardRecord(w.cardA, 1, t0 + 950'000));
    for (quint64 i = 2; i <= 5; ++i) {
        QCOMPARE(at(950'000 + i * 1'000, kPinFailure), QString());
    }
    // Fifth again at t0 + 955 s: locked until t0 + 955 s + 900 s = t0 + 1,855,000 ms.
    QCOMPARE(w.value(card), cardRecord(w.cardA, 0, t0 + 1'855'000));
    QCOMPARE(at(1'000'000, kPinSuccess), QStringLiteral("card-locked"));

    // The office can re-enroll (new PIN hash) at once, which clears the lock.
    w.timeMs = t0 + 1'000'000;
    QCOMPARE(w.run(kEnroll, enroll(w.residentA, w.cardA, cbor::Value::fromText(pinHash())), Signer::Manager), QString());
    QCOMPARE(w.value(card), cardRecord(w.cardA, 0, 0));
    QCOMPARE(at(1'000'001, kPinSuccess), QString());
}

void TestUnits::unitNumbersAndPinHashes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("unitNumber");
    QTest::addColumn<bool>("argon2id");
    QTest::newRow("12-0301") << k("12-0301") << true << false;
    QTest::newRow("A") << k("A") << true << false;
    QTest::newRow("16 characters") << k("B2-1234567890abc") << true << false;
    QTest::newRow("dash inside only") << k("12-") << false << false;
    QTest::newRow("space") << k("12 03") << false << false;
    QTest::newRow("real hash") << pinHash() << false << true;
    QTest::newRow("hash with a space") << pinHash().replace(10, 1, QLatin1Char(' ')) << false << false;
    QTest::newRow("hash, too long") << pinHash() + QString(300, QLatin1Char('A')) << false << false;
}

void TestUnits::unitNumbersAndPinHashes()
{
    QFETCH(QString, text);
    QFETCH(bool, unitNumber);
    QFETCH(bool, argon2id);
    QCOMPARE(isValidUnitNumber(text), unitNumber);
    QCOMPARE(isArgon2idString(text), argon2id);
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
