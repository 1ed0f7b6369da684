// Enrollment of a new kiosk by one-time code, end to end with the real processes: a manager's
// device queues `courtyard device authorize` and sends it with `courtyard sync`; the new kiosk runs
// `courtyard enroll` with the printed code (its key made there), which seals its device.enroll on
// the real courtyardd and joins. A used, unknown or cancelled code and a revoked kiosk are refused
// with the reason, and the server keeps serving the others.
#include "tests/server/server_process.h"

#include "contracts/governance.h"
#include "contracts/standard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <tuple>

using namespace courtyard;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString report() const { return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(code).arg(out, err); }
};

// The manager's commands happen just after the test ledger's last block (2027-01-01T00:00:01Z),
// which is ahead of this computer's clock.
const QString kTime = QStringLiteral("2027-01-01T00:00:05Z");

} // namespace

class TestEnroll : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void kioskEnrollsWithACodeFromTheManager();
    void usedUnknownAndCancelledCodesAreRefused();
    void revokedKioskCannotSignIn();

private:
    Run courtyard(const QStringList &arguments) const;
    Run managerSync() const;
    // The manager queues device authorize and sends it; the code printed.
    QString authorize(const QString &label);
    Run enroll(const QString &code, const QString &keyName, const QString &dbName) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    testing::ServerCommunity m_c;
    contracts::Registry m_registry;
    testing::ServerProcess m_server;
    QString m_pin;
    QString m_kioskKey; // public key hex of the kiosk enrolled in the first test
};

Run TestEnroll::courtyard(const QStringList &arguments) const
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(COURTYARD_CLI), arguments + QStringList{QStringLiteral("--passphrase-file"), path(QStringLiteral("pass"))});
    p.waitForFinished(90000);
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

Run TestEnroll::managerSync() const
{
    return courtyard({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("manager.db")), QStringLiteral("--server"),
                      m_server.url().toString(), QStringLiteral("--pin"), m_pin, QStringLiteral("--key"), path(QStringLiteral("manager.key")),
                      QStringLiteral("--join"), QStringLiteral("--timeout"), QStringLiteral("30"), QStringLiteral("--json")});
}

QString TestEnroll::authorize(const QString &label)
{
    const Run r = courtyard({QStringLiteral("device"), QStringLiteral("authorize"), QStringLiteral("--label"), label, QStringLiteral("--key"),
                             path(QStringLiteral("manager.key")), QStringLiteral("--db"), path(QStringLiteral("manager.db")),
                             QStringLiteral("--time"), kTime, QStringLiteral("--json")});
    if (r.code != 0 || r.json().value(QStringLiteral("status")).toString() != QStringLiteral("queued")) {
        qWarning("%s", qPrintable(r.report()));
        return QString();
    }
    const Run sent = managerSync();
    if (sent.code != 0 || sent.json().value(QStringLiteral("pending")).toInteger() != 0) {
        qWarning("%s", qPrintable(sent.report()));
        return QString();
    }
    return r.json().value(QStringLiteral("enrollment_code")).toString();
}

Run TestEnroll::enroll(const QString &code, const QString &keyName, const QString &dbName) const
{
    return courtyard({QStringLiteral("enroll"), QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("--pin"), m_pin,
                      QStringLiteral("--code"), code, QStringLiteral("--key"), path(keyName), QStringLiteral("--db"), path(dbName),
                      QStringLiteral("--community"), QString::fromLatin1(m_c.genesis.communityId.toHex()), QStringLiteral("--timeout"),
                      QStringLiteral("30"), QStringLiteral("--json")});
}

void TestEnroll::initTestCase()
{
    QVERIFY(m_dir.isValid());
    contracts::addStandardContracts(m_registry);
    const QString made = m_server.setUp(m_dir.filePath(QStringLiteral("server")), m_c, m_registry);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QVERIFY(m_server.start() != 0);
    m_pin = sync::fingerprintText(m_server.pin());
    auto sealed = crypto::sealKeyFile(m_c.manager, testing::kServerPassphrase, QStringLiteral("manager"), crypto::KdfStrength::Interactive);
    QVERIFY(sealed.has_value());
    QVERIFY(testing::ServerProcess::write(path(QStringLiteral("manager.key")), *sealed));
    QVERIFY(testing::ServerProcess::write(path(QStringLiteral("pass")), testing::kServerPassphrase + '\n'));
    // The manager's device joins the community first.
    const Run joined = managerSync();
    QVERIFY2(joined.code == 0 && joined.json().value(QStringLiteral("joined")).toBool(), qPrintable(joined.report()));
}

void TestEnroll::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestEnroll::kioskEnrollsWithACodeFromTheManager()
{
    const QString code = authorize(QStringLiteral("Lobby kiosk 7"));
    QCOMPARE(code.size(), 19); // XXXX-XXXX-XXXX-XXXX

    // Typed the way a person might: lower case, spaces for dashes.
    const QString typed = code.toLower().replace(u'-', u' ');
    const Run r = enroll(typed, QStringLiteral("kiosk7.key"), QStringLiteral("kiosk7.db"));
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("enrolled")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("key_made")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("joined")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("live"));
    QCOMPARE(o.value(QStringLiteral("community_id")).toString(), QString::fromLatin1(m_c.genesis.communityId.toHex()));
    // The ledger the kiosk began holds the block with its own enrollment, verified.
    QVERIFY(o.value(QStringLiteral("height")).toInteger() >= o.value(QStringLiteral("enrollment_block")).toInteger());
    m_kioskKey = o.value(QStringLiteral("public_key")).toString();
    QCOMPARE(m_kioskKey.size(), 64);
    // The new key file is the device owner's alone.
    QCOMPARE(QFile(path(QStringLiteral("kiosk7.key"))).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    // The ledger grants the new key the kiosk role, as its device record says.
    auto ledger = node::Ledger::open(path(QStringLiteral("kiosk7.db")), m_registry);
    CY_VERIFY_OK(ledger);
    auto key = crypto::PublicKey::fromHex(m_kioskKey);
    QVERIFY(key.has_value());
    QCOMPARE(*contracts::rolesOf((*ledger)->store().state(), *key), QStringList{QStringLiteral("kiosk")});
    ledger->reset();

    // From now on the kiosk syncs like any device.
    const Run again = courtyard({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("kiosk7.db")), QStringLiteral("--server"),
                                 m_server.url().toString(), QStringLiteral("--pin"), m_pin, QStringLiteral("--key"), path(QStringLiteral("kiosk7.key"))});
    QVERIFY2(again.code == 0 && again.out.contains(QStringLiteral("synced with")), qPrintable(again.report()));
}

void TestEnroll::usedUnknownAndCancelledCodesAreRefused()
{
    const QString code = authorize(QStringLiteral("Lobby kiosk 8"));
    QVERIFY(!code.isEmpty());
    QVERIFY2(enroll(code, QStringLiteral("kiosk8.key"), QStringLiteral("kiosk8.db")).code == 0, "the first device enrolls");

    // The same code on a second device: refused with the contract's reason; no ledger is begun,
    // the key made stays for a retry.
    Run r = enroll(code, QStringLiteral("intruder.key"), QStringLiteral("intruder.db"));
    QVERIFY2(r.code == 3 && r.err.contains(QStringLiteral("enrollment-code-used")) && r.err.contains(QStringLiteral("ask a manager")),
             qPrintable(r.report()));
    QVERIFY(!QFile::exists(path(QStringLiteral("intruder.db"))));
    QVERIFY(QFile::exists(path(QStringLiteral("intruder.key"))));
    QVERIFY2(r.err.contains(QStringLiteral("stays in")), qPrintable(r.report()));

    // A code no manager made (the right shape), and one that is not a code at all.
    r = enroll(QStringLiteral("0000-0000-0000-0000"), QStringLiteral("intruder.key"), QStringLiteral("intruder.db"));
    QVERIFY2(r.code == 3 && r.err.contains(QStringLiteral("bad-enrollment-code")), qPrintable(r.report()));
    r = enroll(QStringLiteral("12345"), QStringLiteral("intruder.key"), QStringLiteral("intruder.db"));
    QVERIFY2(r.code == 2 && r.err.contains(QStringLiteral("not an enrollment code")), qPrintable(r.report()));
    QVERIFY(!QFile::exists(path(QStringLiteral("intruder.db"))));

    // A code cancelled by the manager before it was used.
    const QString spare = authorize(QStringLiteral("Spare kiosk"));
    QVERIFY(!spare.isEmpty());
    r = courtyard({QStringLiteral("device"), QStringLiteral("cancel-code"), QStringLiteral("--code"), spare, QStringLiteral("--key"),
                   path(QStringLiteral("manager.key")), QStringLiteral("--db"), path(QStringLiteral("manager.db")), QStringLiteral("--time"), kTime});
    QVERIFY2(r.code == 0, qPrintable(r.report()));
    QVERIFY2(managerSync().code == 0, "the cancellation is sealed");
    r = enroll(spare, QStringLiteral("intruder.key"), QStringLiteral("intruder.db"));
    QVERIFY2(r.code == 3 && r.err.contains(QStringLiteral("enrollment-code-cancelled")), qPrintable(r.report()));

    // Another community's server is not told anything: the community is checked first.
    r = courtyard({QStringLiteral("enroll"), QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("--pin"), m_pin,
                   QStringLiteral("--code"), spare, QStringLiteral("--key"), path(QStringLiteral("intruder.key")), QStringLiteral("--db"),
                   path(QStringLiteral("intruder.db")), QStringLiteral("--community"), QString(32, u'e')});
    QVERIFY2(r.code == 3 && r.err.contains(QStringLiteral("nothing was sent")), qPrintable(r.report()));

    // The server served every refusal and still serves the others.
    const Run ok = managerSync();
    QVERIFY2(ok.code == 0, qPrintable(ok.report()));
}


void TestEnroll::revokedKioskCannotSignIn()
{
    QVERIFY2(!m_kioskKey.isEmpty(), "needs the kiosk enrolled in the first test");
    Run r = courtyard({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--device"), m_kioskKey, QStringLiteral("--reason"),
                       QStringLiteral("stolen from the lobby"), QStringLiteral("--key"), path(QStringLiteral("manager.key")), QStringLiteral("--db"),
                       path(QStringLiteral("manager.db")), QStringLiteral("--time"), kTime});
    QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("queued: device.revoke")), qPrintable(r.report()));
    r = managerSync();
    QVERIFY2(r.code == 0 && r.json().value(QStringLiteral("pending")).toInteger() == 0, qPrintable(r.report()));

    r = courtyard({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("kiosk7.db")), QStringLiteral("--server"),
                   m_server.url().toString(), QStringLiteral("--pin"), m_pin, QStringLiteral("--key"), path(QStringLiteral("kiosk7.key"))});
    QVERIFY2(r.code == 3 && r.err.contains(QStringLiteral("revoked")) && r.err.contains(QStringLiteral("stolen from the lobby")) &&
                 r.err.contains(QStringLiteral("Lobby kiosk 7")),
             qPrintable(r.report()));
}

QTEST_GUILESS_MAIN(TestEnroll)
#include "tst_enroll.moc"
