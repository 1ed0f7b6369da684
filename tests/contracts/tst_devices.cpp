// Devices: a manager authorizes a one-time enrollment code, a new kiosk key claims it, a manager
// cancels a code or revokes a device. Who may do what, expiry at the block-time boundary, a code
// used once only, a revoked key never back.
#include "contracts/devices.h"
#include "contracts/governance.h"
#include "fixture.h"

#include <QtTest>

using namespace courtyard;
using namespace courtyard::contracts;
using namespace courtyard::contracts::testing;

namespace {

constexpr quint64 kHourMs = 60ULL * 60 * 1000;
const QString kCode = QStringLiteral("7K3QX9MDR2TWH4NB");
const QString kOtherCode = QStringLiteral("M2PB8RDWQ0XZ1T7C");

cbor::Value authorize(const QByteArray &hash, quint64 expires, const char *role = "kiosk", const QString &label = QStringLiteral("Lobby kiosk 1"))
{
    return cbor::Value::fromMap({{QStringLiteral("code-hash"), cbor::Value::fromBytes(hash)},
                                 {QStringLiteral("role"), text(role)},
                                 {QStringLiteral("label"), cbor::Value::fromText(label)},
                                 {QStringLiteral("expires"), cbor::Value::fromUnsigned(expires)}});
}

cbor::Value enroll(const QString &code)
{
    return cbor::Value::fromMap({{QStringLiteral("code"), cbor::Value::fromText(code)}});
}

cbor::Value codeHashOnly(const QByteArray &hash)
{
    return cbor::Value::fromMap({{QStringLiteral("code-hash"), cbor::Value::fromBytes(hash)}});
}

cbor::Value revoke(const crypto::PublicKey &key, const QString &reason = QStringLiteral("stolen from the lobby"))
{
    return cbor::Value::fromMap({{QStringLiteral("key"), cbor::Value::fromBytes(key.toByteArray())},
                                 {QStringLiteral("reason"), cbor::Value::fromText(reason)}});
}

} // namespace

class TestDevices : public QObject {
    Q_OBJECT

private:
    QByteArray hashOf(const World &w, const QString &code) const { return enrollmentCodeHash(w.genesis.communityId, code); }
    QStringList rolesOfKey(const World &w, const crypto::PublicKey &key) const
    {
        auto roles = rolesOf(w.state, key);
        return roles ? *roles : QStringList{QStringLiteral("<state error>")};
    }

private Q_SLOTS:
    void codeIsNormalizedAndHashed();
    void managerAuthorizesAndNewKeyEnrolls();
    void onlyManagersAuthorizeKiosksWithinAWeek();
    void codeExpiresAtBlockTime();
    void codeIsUsedOnce();
    void cancelledCodeCannotEnroll();
    void revokedDeviceLosesRoleAndCannotReturn();
    void revokeNeedsAManagerAndAnEnrolledDevice();
    void keysThatCannotEnroll();
};

void TestDevices::codeIsNormalizedAndHashed()
{
    QCOMPARE(normalizeEnrollmentCode(u"7K3Q-X9MD-R2TW-H4NB"), std::optional<QString>(kCode));
    QCOMPARE(normalizeEnrollmentCode(u"7k3q x9md r2tw h4nb"), std::optional<QString>(kCode));
    // Crockford: O reads as zero, I and L as one.
    QCOMPARE(normalizeEnrollmentCode(u"M2PB-8RDW-QOXZ-lT7C"), std::optional<QString>(kOtherCode));
    QCOMPARE(normalizeEnrollmentCode(u"7K3Q-X9MD-R2TW-H4N"), std::nullopt);    // 15 symbols
    QCOMPARE(normalizeEnrollmentCode(u"7K3Q-X9MD-R2TW-H4NBB"), std::nullopt);  // 17
    QCOMPARE(normalizeEnrollmentCode(u"7K3Q-X9MD-R2TW-H4NU"), std::nullopt);   // U is not a symbol
    QCOMPARE(normalizeEnrollmentCode(u"７K3Q-X9MD-R2TW-H4NB"), std::nullopt);  // a full-width digit
    QCOMPARE(formatEnrollmentCode(kCode), QStringLiteral("7K3Q-X9MD-R2TW-H4NB"));

    // Independent vector: python3 hashlib.sha256(b"courtyard/enrollment-code/v1\x00" + b"\x11"*16 +
    // b"7K3QX9MDR2TWH4NB").hexdigest()
    QCOMPARE(enrollmentCodeHash(QByteArray(16, '\x11'), kCode).toHex(),
             QByteArray("c53a8baf72581843bbd74b0bafb432a0e12bf8d72bbe22e4ee21b819c43502f0"));
    // Another community, another hash: a code cannot be carried across.
    QVERIFY(enrollmentCodeHash(QByteArray(16, '\x12'), kCode) != enrollmentCodeHash(QByteArray(16, '\x11'), kCode));
}

void TestDevices::managerAuthorizesAndNewKeyEnrolls()
{
    World w;
    w.bootstrap();
    const QByteArray hash = hashOf(w, kCode);
    const quint64 expires = w.timeMs + 24 * kHourMs;
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hash, expires), Signer::Manager), QString());
    QVERIFY(w.has(enrollmentKey(hash)));

    const crypto::KeyPair device = keyFor("new lobby kiosk");
    QCOMPARE(rolesOfKey(w, device.publicKey()), QStringList());
    w.timeMs += kHourMs;
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kCode), device)), QString());
    QCOMPARE(rolesOfKey(w, device.publicKey()), QStringList{QStringLiteral("kiosk")});

    auto record = readDevice(w.state, device.publicKey());
    QVERIFY(record && record->has_value());
    QCOMPARE((*record)->label, QStringLiteral("Lobby kiosk 1"));
    QCOMPARE((*record)->role, QStringLiteral("kiosk"));
    QCOMPARE((*record)->codeHash, hash);
    QCOMPARE((*record)->authorizedBy, w.manager.publicKey());
    QCOMPARE((*record)->enrolledAt, w.timeMs);
    QVERIFY(!(*record)->revokedAt);

    const cbor::Value code = w.value(enrollmentKey(hash));
    auto r = cbor::Record::from(code, QStringLiteral("enrollment"));
    QVERIFY(r.has_value());
    QCOMPARE(*r->text(u"state"), QStringLiteral("used"));
    QCOMPARE(*r->bytes(u"used-by"), device.publicKey().toByteArray());
    QCOMPARE(*r->uint(u"changed-at"), w.timeMs);

    // The enrolled kiosk can do what kiosks do.
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kCode), device)), QStringLiteral("enrollment-code-used"));
}

void TestDevices::onlyManagersAuthorizeKiosksWithinAWeek()
{
    World w;
    w.bootstrap();
    const QByteArray hash = hashOf(w, kCode);
    const quint64 day = w.timeMs + 24 * kHourMs;
    for (Signer s : {Signer::None, Signer::CommitteeMember, Signer::Quorum, Signer::Kiosk, Signer::Auditor, Signer::Sealer}) {
        QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hash, day), s), QStringLiteral("not-authorized"));
    }
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hash, day, "manager"), Signer::Manager), QStringLiteral("role-needs-committee"));
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hash, day, "committee"), Signer::Manager), QStringLiteral("role-needs-committee"));
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hash, w.timeMs), Signer::Manager), QStringLiteral("already-expired"));
    // 7 days and 1 ms is too far; 7 days exactly is the longest.
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hash, w.timeMs + kMaxEnrollmentValidityMs + 1), Signer::Manager),
             QStringLiteral("expiry-too-far"));
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hash, day, "kiosk", QString()), Signer::Manager), QStringLiteral("invalid-label"));
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hash, day, "kiosk", QString(65, u'k')), Signer::Manager),
             QStringLiteral("invalid-label"));
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hash, day, "kiosk", QStringLiteral("Lobby\n1")), Signer::Manager),
             QStringLiteral("invalid-label"));
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hash.left(31), day), Signer::Manager), QStringLiteral("bad-payload"));
    QVERIFY(!w.has(enrollmentKey(hash)));

    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hash, w.timeMs + kMaxEnrollmentValidityMs), Signer::Manager), QString());
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hash, day, "kiosk", QStringLiteral("Again")), Signer::Manager),
             QStringLiteral("duplicate-code"));
}

void TestDevices::codeExpiresAtBlockTime()
{
    World w;
    w.bootstrap();
    const quint64 expires = w.timeMs + 2 * kHourMs;
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hashOf(w, kCode), expires), Signer::Manager), QString());
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hashOf(w, kOtherCode), expires), Signer::Manager), QString());

    // One millisecond late: refused, and the code stays open (nothing changed).
    w.timeMs = expires + 1;
    const crypto::KeyPair late = keyFor("late kiosk");
    const auto refused = w.submit(w.make(QStringLiteral("device.enroll"), enroll(kCode), late));
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, QStringLiteral("enrollment-code-expired"));
    // kStartTimeMs is 1,800,000,000 s = 2027-01-15T08:00:00Z; the code expired 2 h later.
    QVERIFY2(refused.error().message.contains(QStringLiteral("2027-01-15T10:00:00Z")), qPrintable(refused.error().message));
    QCOMPARE(rolesOfKey(w, late.publicKey()), QStringList());

    // At the expiry instant itself the code still works.
    World v;
    v.bootstrap();
    const quint64 vExpires = v.timeMs + 2 * kHourMs;
    QCOMPARE(v.run(QStringLiteral("device.authorize"), authorize(hashOf(v, kCode), vExpires), Signer::Manager), QString());
    v.timeMs = vExpires;
    QCOMPARE(v.codeOf(v.make(QStringLiteral("device.enroll"), enroll(kCode), late)), QString());
}

void TestDevices::codeIsUsedOnce()
{
    World w;
    w.bootstrap();
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hashOf(w, kCode), w.timeMs + kHourMs), Signer::Manager), QString());
    const crypto::KeyPair first = keyFor("first");
    const crypto::KeyPair second = keyFor("second");
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kCode), first)), QString());
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kCode), second)), QStringLiteral("enrollment-code-used"));
    QCOMPARE(rolesOfKey(w, second.publicKey()), QStringList());
    // A code never authorized, a code of the wrong shape, a code in its typed (dashed) form.
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kOtherCode), second)), QStringLiteral("bad-enrollment-code"));
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(QStringLiteral("12345")), second)), QStringLiteral("bad-enrollment-code"));
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(formatEnrollmentCode(kOtherCode)), second)),
             QStringLiteral("bad-enrollment-code"));
}

void TestDevices::cancelledCodeCannotEnroll()
{
    World w;
    w.bootstrap();
    const QByteArray hash = hashOf(w, kCode);
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hash, w.timeMs + kHourMs), Signer::Manager), QString());
    QCOMPARE(w.run(QStringLiteral("device.cancel-code"), codeHashOnly(hash), Signer::Kiosk), QStringLiteral("not-authorized"));
    QCOMPARE(w.run(QStringLiteral("device.cancel-code"), codeHashOnly(hashOf(w, kOtherCode)), Signer::Manager), QStringLiteral("unknown-code"));
    QCOMPARE(w.run(QStringLiteral("device.cancel-code"), codeHashOnly(hash), Signer::Manager), QString());
    QCOMPARE(w.run(QStringLiteral("device.cancel-code"), codeHashOnly(hash), Signer::Manager), QStringLiteral("enrollment-code-cancelled"));
    const crypto::KeyPair device = keyFor("device");
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kCode), device)), QStringLiteral("enrollment-code-cancelled"));

    // A used code is not cancelled: the device is revoked instead.
    const QByteArray other = hashOf(w, kOtherCode);
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(other, w.timeMs + kHourMs), Signer::Manager), QString());
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kOtherCode), device)), QString());
    QCOMPARE(w.run(QStringLiteral("device.cancel-code"), codeHashOnly(other), Signer::Manager), QStringLiteral("enrollment-code-used"));
}

void TestDevices::revokedDeviceLosesRoleAndCannotReturn()
{
    World w;
    w.bootstrap();
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hashOf(w, kCode), w.timeMs + kHourMs), Signer::Manager), QString());
    const crypto::KeyPair device = keyFor("stolen kiosk");
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kCode), device)), QString());
    QCOMPARE(rolesOfKey(w, device.publicKey()), QStringList{QStringLiteral("kiosk")});

    w.timeMs += kHourMs;
    QCOMPARE(w.run(QStringLiteral("device.revoke"), revoke(device.publicKey()), Signer::Manager), QString());
    QCOMPARE(rolesOfKey(w, device.publicKey()), QStringList());
    auto record = readDevice(w.state, device.publicKey());
    QVERIFY(record && record->has_value());
    QCOMPARE((*record)->revokedAt, std::optional<quint64>(w.timeMs));
    QCOMPARE((*record)->revokeReason, QStringLiteral("stolen from the lobby"));
    QCOMPARE(w.run(QStringLiteral("device.revoke"), revoke(device.publicKey()), Signer::Manager), QStringLiteral("already-revoked"));

    // A revoked key can do nothing a kiosk does, and a fresh code does not bring it back.
    QCOMPARE(w.codeOf(w.make(QStringLiteral("resident.record-pin-success"),
                             cbor::Value::fromMap({{QStringLiteral("resident"), cbor::Value::fromBytes(w.residentA)}}), device)),
             QStringLiteral("not-authorized"));
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hashOf(w, kOtherCode), w.timeMs + kHourMs), Signer::Manager), QString());
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kOtherCode), device)), QStringLiteral("device-revoked"));
    // A new key with that code is welcome.
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kOtherCode), keyFor("replacement kiosk"))), QString());
}

void TestDevices::revokeNeedsAManagerAndAnEnrolledDevice()
{
    World w;
    w.bootstrap();
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hashOf(w, kCode), w.timeMs + kHourMs), Signer::Manager), QString());
    const crypto::KeyPair device = keyFor("kiosk 2");
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kCode), device)), QString());
    for (Signer s : {Signer::None, Signer::CommitteeMember, Signer::Kiosk, Signer::Auditor, Signer::Sealer}) {
        QCOMPARE(w.run(QStringLiteral("device.revoke"), revoke(device.publicKey()), s), QStringLiteral("not-authorized"));
    }
    // Keys granted by the committee are the committee's to revoke.
    QCOMPARE(w.run(QStringLiteral("device.revoke"), revoke(w.kiosk.publicKey()), Signer::Manager), QStringLiteral("not-a-device"));
    QCOMPARE(w.run(QStringLiteral("device.revoke"), revoke(device.publicKey(), QString()), Signer::Manager), QStringLiteral("invalid-reason"));
    QCOMPARE(w.run(QStringLiteral("device.revoke"), revoke(device.publicKey(), QString(201, u'r')), Signer::Manager), QStringLiteral("invalid-reason"));
    QCOMPARE(rolesOfKey(w, device.publicKey()), QStringList{QStringLiteral("kiosk")});
}

void TestDevices::keysThatCannotEnroll()
{
    World w;
    w.bootstrap();
    QCOMPARE(w.run(QStringLiteral("device.authorize"), authorize(hashOf(w, kCode), w.timeMs + kHourMs), Signer::Manager), QString());
    // The sealer, a key with a role already: refused, and the code stays usable.
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kCode), w.server)), QStringLiteral("sealer-key"));
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kCode), w.manager)), QStringLiteral("already-enrolled"));
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kCode), w.kiosk)), QStringLiteral("already-enrolled"));
    QCOMPARE(rolesOfKey(w, w.manager.publicKey()), QStringList{QStringLiteral("manager")});
    QCOMPARE(w.codeOf(w.make(QStringLiteral("device.enroll"), enroll(kCode), keyFor("fresh"))), QString());
}

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
