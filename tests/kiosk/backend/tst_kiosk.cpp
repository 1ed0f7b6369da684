// The kiosk backend's view models on a real ledger (kiosk_fixture.h): identify by card and by
// unit, wrong PINs recorded through the outbox and the lockout, the home screen's figures, paying
// the whole balance, chosen invoices and another amount (with its validation), the double tap,
// decline, cancel and time-out (retried without a second charge), recovery after a crash,
// receipts (QR, PDF, no printer), repair requests, the staff PIN, the idle reset, a restart that
// loses nothing, and the payment sealed exactly once by the real server over TLS.
#include "app/kiosk/backend/demo.h"
#include "app/kiosk/backend/startup.h"
#include "app/server/server.h"
#include "contracts/credit.h"
#include "contracts/repairs.h"
#include "core/base/hex.h"
#include "tests/kiosk/backend/kiosk_fixture.h"

#include <QGuiApplication>
#include <QPrinterInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace courtyard;
using namespace courtyard::testing;

namespace {

// The outbox entries of one kind, decoded.
std::vector<ledger::Transaction> outboxOf(kiosk::Kiosk &k, const QString &kind)
{
    std::vector<ledger::Transaction> out;
    auto entries = k.core().store().outbox();
    CY_ASSERT(entries.has_value());
    for (const auto &e : *entries) {
        auto tx = ledger::Transaction::decode(e.bytes);
        if (tx && tx->body().kind == kind) {
            out.push_back(*tx);
        }
    }
    return out;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QTest::qWait(10);
    }
    return done();
}

} // namespace

class TstKiosk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void identifyByCard();
    void identifyRefusals();
    void wrongPinsLockTheCard();
    void pinCheckedOffTheGuiThread();
    void identifyByUnitWithTwoResidents();
    void homeScreen();
    void chooseAmountValidation();
    void payWholeBalance();
    void payChosenInvoice();
    void doubleTapMakesOnePayment();
    void declineAndCancel();
    void timeoutRetryChargesOnce();
    void timeoutNotChargedRetryChargesOnce();
    void recoveryRecordsOnce();
    void receiptPdfAndPrinter();
    void repairRequest();
    void staffPin();
    void idleResetClearsEverything();
    void restartLosesNothing();
    void offlinePaymentSealedOnceByServer();
    void embeddedDemo();
    void configFile();
    void cardSwipedWhileLoadingHandledOnceWhenReady();
    void unitAndStaffWhileLoading();
    void loadFailureShown();

private:
    // A kiosk configuration in its own folder over a copy of this test's ledger (key sealed with
    // the interactive limits, passphrase file with `passphrase`); returns the configuration.
    kiosk::KioskConfig writeConfig(const QString &name, const QByteArray &passphrase);
    kiosk::Kiosk &open();
    void signIn(const QString &card = kCard1, const QString &pin = QStringLiteral("2468"));
    kiosk::SimulatedTerminal &terminal() { return static_cast<kiosk::SimulatedTerminal &>(m_kiosk->terminal()); }
    bool waitState(const QString &state) { return waitFor([&] { return m_kiosk->payment()->state() == state; }); }

    QTemporaryDir m_dir;
    KioskCommunity m_community;
    QString m_base;
    QString m_ledger;
    QString m_journal;
    int m_run = 0;
    std::unique_ptr<kiosk::Kiosk> m_kiosk;
};

void TstKiosk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("base.db"));
    const QString problem = m_community.build(m_base);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstKiosk::init()
{
    ++m_run;
    m_ledger = m_dir.filePath(QStringLiteral("kiosk-%1.db").arg(m_run));
    m_journal = m_dir.filePath(QStringLiteral("kiosk-%1.payments").arg(m_run));
    QVERIFY(QFile::copy(m_base, m_ledger));
    m_community.clock = kNow;
}

void TstKiosk::cleanup()
{
    m_kiosk.reset();
}

kiosk::Kiosk &TstKiosk::open()
{
    m_kiosk = m_community.openKiosk(m_ledger, m_journal);
    return *m_kiosk;
}

void TstKiosk::signIn(const QString &card, const QString &pin)
{
    QVERIFY(m_kiosk->session()->identifyByCard(card + QStringLiteral("\n")));
    QVERIFY2(m_kiosk->session()->submitPin(pin), qPrintable(m_kiosk->session()->message()));
    QCOMPARE(m_kiosk->session()->stage(), QStringLiteral("home"));
}

void TstKiosk::identifyByCard()
{
    auto &k = open();
    QSignalSpy stage(k.session(), &kiosk::KioskSession::stageChanged);
    QVERIFY(k.session()->identifyByCard(kCard1 + QStringLiteral("\r\n")));
    QCOMPARE(k.session()->stage(), QStringLiteral("pin"));
    QCOMPARE(k.session()->unit(), QStringLiteral("1-0101"));
    QCOMPARE(k.session()->pinsLeft(), 5);
    QVERIFY(k.session()->submitPin(QStringLiteral("2468")));
    QCOMPARE(k.session()->stage(), QStringLiteral("home"));
    QCOMPARE(k.session()->resident(), kR1);
    QCOMPARE(stage.count(), 2);
    // The right PIN is on the ledger's way: resident.record-pin-success in the outbox.
    const auto successes = outboxOf(k, QStringLiteral("resident.record-pin-success"));
    QCOMPARE(int(successes.size()), 1);
    QCOMPARE(successes[0].body().payload.find(u"resident")->asBytes(), kR1);
    // The account is loaded at once.
    QVERIFY(k.account()->loaded());
    QCOMPARE(k.account()->unit(), QStringLiteral("1-0101"));
}

void TstKiosk::identifyRefusals()
{
    auto &k = open();
    QVERIFY(!k.session()->identifyByCard(QStringLiteral("12ab")));
    QVERIFY(!k.session()->message().isEmpty());
    QVERIFY(!k.session()->identifyByCard(QStringLiteral("5555555555")));
    QCOMPARE(k.session()->stage(), QStringLiteral("welcome"));
    QVERIFY(k.session()->message().contains(QStringLiteral("not known")));
    QVERIFY(!k.session()->identifyByUnit(QStringLiteral("no such unit!")));
    QVERIFY(!k.session()->identifyByUnit(QStringLiteral("9-9999")));
    QCOMPARE(k.session()->stage(), QStringLiteral("welcome"));
    // A PIN before anyone identified does nothing; a malformed PIN is not a wrong PIN.
    QVERIFY(!k.session()->submitPin(QStringLiteral("2468")));
    QVERIFY(k.session()->identifyByCard(kCard1));
    QVERIFY(!k.session()->submitPin(QStringLiteral("12")));
    QCOMPARE(k.session()->wrongPins(), 0);
    QCOMPARE(int(outboxOf(k, QStringLiteral("resident.record-pin-failure")).size()), 0);
}

void TstKiosk::wrongPinsLockTheCard()
{
    auto &k = open();
    QVERIFY(k.session()->identifyByCard(kCard1));
    for (int i = 1; i <= 4; ++i) {
        m_community.clock += 1000;
        QVERIFY(!k.session()->submitPin(QStringLiteral("1111")));
        QCOMPARE(k.session()->wrongPins(), i);
        QCOMPARE(k.session()->pinsLeft(), 5 - i);
        QVERIFY(!k.session()->locked());
    }
    QVERIFY(k.session()->message().contains(QStringLiteral("1 tries left")) || k.session()->message().contains(QStringLiteral("1 try left")));
    m_community.clock += 1000;
    QVERIFY(!k.session()->submitPin(QStringLiteral("1111")));
    QVERIFY(k.session()->locked());
    QCOMPARE(int(outboxOf(k, QStringLiteral("resident.record-pin-failure")).size()), 5);
    // Locked: even the right PIN is refused, and nothing more is recorded.
    QVERIFY(!k.session()->submitPin(QStringLiteral("2468")));
    QCOMPARE(k.session()->stage(), QStringLiteral("pin"));
    QCOMPARE(int(outboxOf(k, QStringLiteral("resident.record-pin-failure")).size()), 5);
    QCOMPARE(int(outboxOf(k, QStringLiteral("resident.record-pin-success")).size()), 0);
    // The lock is the ledger's: a new identification (or another kiosk of the same ledger) sees it.
    k.session()->signOut();
    QVERIFY(k.session()->identifyByCard(kCard1));
    QVERIFY(k.session()->locked());
    // 15 minutes after the fifth wrong PIN (written at kNow + 5 s) it opens again.
    m_community.clock = kNow + 5000 + 15 * 60 * 1000;
    QVERIFY(k.core().refresh());
    QVERIFY(k.session()->submitPin(QStringLiteral("2468")));
    QCOMPARE(k.session()->stage(), QStringLiteral("home"));
}

void TstKiosk::pinCheckedOffTheGuiThread()
{
    auto &k = open();
    kiosk::KioskSession *s = k.session();
    QSignalSpy checked(s, &kiosk::KioskSession::pinChecked);
    QVERIFY(s->identifyByCard(kCard1));
    // A wrong PIN: the check starts, the GUI thread goes on, the answer comes as a signal.
    QVERIFY(s->checkPin(QStringLiteral("1111")));
    QVERIFY(s->checking());
    QCOMPARE(s->wrongPins(), 0); // not known before the answer
    // One check at a time: a PIN typed meanwhile is refused and counts nothing.
    QVERIFY(!s->checkPin(QStringLiteral("2222")));
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.count(), 1);
    QCOMPARE(checked.takeFirst().at(0).toBool(), false);
    QVERIFY(!s->checking());
    QCOMPARE(s->wrongPins(), 1);
    QCOMPARE(int(outboxOf(k, QStringLiteral("resident.record-pin-failure")).size()), 1);
    QCOMPARE(s->stage(), QStringLiteral("pin"));

    // Walking away before the answer gives no free guess: the failure is still recorded, and
    // nobody is signed in.
    m_community.clock += 1000;
    QVERIFY(s->checkPin(QStringLiteral("3333")));
    s->signOut();
    QVERIFY(checked.wait(20000));
    QCOMPARE(s->stage(), QStringLiteral("welcome"));
    QCOMPARE(int(outboxOf(k, QStringLiteral("resident.record-pin-failure")).size()), 2);
    QVERIFY(s->identifyByCard(kCard1));
    QCOMPARE(s->wrongPins(), 2);

    // The right PIN signs in when its answer comes (and resets the count on the ledger).
    m_community.clock += 1000;
    QVERIFY(s->checkPin(QStringLiteral("2468")));
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.takeLast().at(0).toBool(), true);
    QCOMPARE(s->stage(), QStringLiteral("home"));
    QCOMPARE(s->resident(), kR1);
    QCOMPARE(int(outboxOf(k, QStringLiteral("resident.record-pin-success")).size()), 1);

    // A right PIN whose resident left before the answer signs nobody in.
    s->signOut();
    QVERIFY(s->identifyByCard(kCard1));
    QVERIFY(s->checkPin(QStringLiteral("2468")));
    s->signOut();
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.takeLast().at(0).toBool(), false);
    QCOMPARE(s->stage(), QStringLiteral("welcome"));
    QVERIFY(s->resident().isEmpty());

    // The staff PIN the same way.
    QSignalSpy staff(k.device(), &kiosk::DeviceStatus::staffPinChecked);
    QVERIFY(k.device()->startStaffPinCheck(QStringLiteral("0000")));
    QVERIFY(k.device()->staffChecking());
    QVERIFY(!k.device()->startStaffPinCheck(QStringLiteral("0000")));
    QVERIFY(staff.wait(20000));
    QCOMPARE(staff.takeFirst().at(0).toBool(), false);
    QVERIFY(!k.device()->staffMessage().isEmpty());
}

void TstKiosk::identifyByUnitWithTwoResidents()
{
    auto &k = open();
    QVERIFY(k.session()->identifyByUnit(QStringLiteral(" 1-0101 ")));
    QCOMPARE(k.session()->stage(), QStringLiteral("pin"));
    // Wrong: recorded against both cards of the unit (R1 and R3).
    QVERIFY(!k.session()->submitPin(QStringLiteral("0000")));
    const auto failures = outboxOf(k, QStringLiteral("resident.record-pin-failure"));
    QCOMPARE(int(failures.size()), 2);
    QCOMPARE(k.session()->wrongPins(), 1);
    // R3's PIN signs R3 in.
    QVERIFY(k.session()->submitPin(QStringLiteral("9753")));
    QCOMPARE(k.session()->resident(), kR3);
    QCOMPARE(k.session()->unit(), QStringLiteral("1-0101"));
}

void TstKiosk::homeScreen()
{
    auto &k = open();
    signIn();
    kiosk::KioskAccount *a = k.account();
    // 1,000.00 of the deposit + 3,000.00 of rent.
    QCOMPARE(a->dueNowMinor(), qint64(400000));
    QCOMPARE(a->dueNow(), QStringLiteral("CNY 4,000.00"));
    QCOMPARE(a->overdue(), QStringLiteral("CNY 4,000.00"));
    QCOMPARE(a->credit(), QStringLiteral("CNY 0.00"));
    QCOMPARE(a->nextDueDate(), QDate(2027, 2, 5)); // all that is open is overdue: the lease's next billing day (the 5th)
    QCOMPARE(a->invoices()->rowCount(), 2);
    QCOMPARE(a->payments()->rowCount(), 1); // the cash of 2027-01-03
    QCOMPARE(a->payments()->data(a->payments()->index(0), views::PaymentListModel::StatusRole).toString(), QStringLiteral("confirmed"));
    QCOMPARE(a->repairs()->rowCount(), 1);
    QCOMPARE(a->repairs()->data(a->repairs()->index(0), views::RepairListModel::StatusRole).toString(), QStringLiteral("quoted"));
    QCOMPARE(a->repairs()->data(a->repairs()->index(0), views::RepairListModel::AgeDaysRole).toInt(), 8);
    QVERIFY(a->hasScore());
    QCOMPARE(a->score(), 550);
    QCOMPARE(a->scoreReasons().size(), 1);
    QCOMPARE(a->scoreReasons().front(), contracts::creditReasonText(QStringLiteral("no-history")));
    // Formatting follows the locale.
    k.setLocale(QStringLiteral("de_DE"));
    QCOMPARE(a->dueNow(), QStringLiteral("CNY 4.000,00"));
}

void TstKiosk::chooseAmountValidation()
{
    auto &k = open();
    kiosk::PaymentFlow *p = k.payment();
    QVERIFY(!p->chooseAmount(QStringLiteral("100.00"))); // nobody signed in
    signIn();
    QVERIFY(!p->chooseAmount(QStringLiteral("abc")));
    QVERIFY(!p->message().isEmpty());
    QVERIFY(!p->chooseAmount(QStringLiteral("0")));
    QVERIFY(!p->chooseAmount(QStringLiteral("-5.00")));
    QVERIFY(!p->chooseAmount(QStringLiteral("1.234")));
    QVERIFY(p->message().contains(QStringLiteral("2 decimals")));
    QVERIFY(!p->chooseAmount(QStringLiteral("50000.01"))); // the maximum is 50,000.00
    QVERIFY(p->message().contains(QStringLiteral("50,000.00")));
    QCOMPARE(p->state(), QStringLiteral("choosing"));
    QVERIFY(p->chooseAmount(QStringLiteral("50000")));
    QCOMPARE(p->amountMinor(), qint64(5000000));
    QCOMPARE(p->state(), QStringLiteral("confirming"));
    QVERIFY(p->back());
    // 4,500.00: the deposit's 1,000.00, the rent's 3,000.00, and 500.00 of credit.
    QVERIFY(p->chooseAmount(QStringLiteral("4,500.00")));
    QCOMPARE(p->amountMinor(), qint64(450000));
    QCOMPARE(p->summary(), (QStringList{QStringLiteral("Deposit of the lease: CNY 1,000.00"), QStringLiteral("Rent for January 2027: CNY 3,000.00"),
                                        QStringLiteral("Prepaid credit for the next bills: CNY 500.00")}));
    QCOMPARE(p->summaryText(), QStringLiteral("Pay CNY 4,500.00 for unit 1-0101"));
    // 400.00: part of the deposit only.
    QVERIFY(p->back());
    QVERIFY(p->chooseAmount(QStringLiteral("400")));
    QCOMPARE(p->summary(), QStringList{QStringLiteral("Deposit of the lease: CNY 400.00 (part of CNY 1,000.00)")});
    // Nothing was charged or written by choosing.
    QCOMPARE(terminal().chargeRequests(), 0);
    QCOMPARE(int(outboxOf(k, QStringLiteral("payment.kiosk")).size()), 0);
}

void TstKiosk::payWholeBalance()
{
    auto &k = open();
    signIn();
    kiosk::PaymentFlow *p = k.payment();
    QVERIFY(p->chooseAll());
    QCOMPARE(p->amountMinor(), qint64(400000));
    QVERIFY(p->pay());
    QCOMPARE(p->state(), QStringLiteral("waitingForTerminal"));
    // Written down before the terminal answered.
    auto attempt = k.journal().find(p->reference());
    CY_VERIFY_OK(attempt);
    QCOMPARE(attempt->state, QStringLiteral("started"));
    QCOMPARE(attempt->amount, qint64(400000));
    QVERIFY(waitState(QStringLiteral("approved")));
    const auto payments = outboxOf(k, QStringLiteral("payment.kiosk"));
    QCOMPARE(int(payments.size()), 1);
    const cbor::Value &payload = payments[0].body().payload;
    QCOMPARE(payload.find(u"amount")->toInt64().value(), qint64(400000));
    QCOMPARE(payload.find(u"unit")->asText(), QStringLiteral("1-0101"));
    QCOMPARE(payload.find(u"reference")->asText(), p->reference());
    QCOMPARE(payload.find(u"resident")->asBytes(), kR1);
    QVERIFY(!payload.find(u"invoices"));
    QCOMPARE(k.journal().find(p->reference())->state, QStringLiteral("recorded"));
    // The home screen counts it at once: nothing due, the payment pending.
    QCOMPARE(k.account()->dueNowMinor(), qint64(0));
    QCOMPARE(k.account()->payments()->data(k.account()->payments()->index(0), views::PaymentListModel::StatusRole).toString(),
             QStringLiteral("pending"));
    // The receipt.
    kiosk::KioskReceipt *r = k.receipt();
    QVERIFY(r->valid());
    QCOMPARE(r->unit(), QStringLiteral("1-0101"));
    QCOMPARE(r->amount(), QStringLiteral("CNY 4,000.00"));
    QCOMPARE(r->invoices(), (QStringList{QStringLiteral("Deposit of the lease: CNY 1,000.00"), QStringLiteral("Rent for January 2027: CNY 3,000.00")}));
    QCOMPARE(r->transactionId(), crypto::toHex(payments[0].id()));
    QCOMPARE(r->approvalCode(), QStringLiteral("SIM000001"));
    QVERIFY(!r->confirmed());
    QVERIFY(r->qrText().contains(QStringLiteral(";signed=")));
    QVERIFY(r->qrText().contains(crypto::toHex(payments[0].id())));
    // The signed transaction in the QR code is the one in the outbox.
    const QString signedPart = r->qrText().section(QStringLiteral(";signed="), 1);
    QCOMPARE(QByteArray::fromBase64(signedPart.toLatin1(), QByteArray::Base64UrlEncoding), payments[0].bytes());
    QVERIFY(!r->qrImage().isNull());
    QVERIFY(r->qrDataUrl().startsWith(QStringLiteral("data:image/png;base64,")));
}

void TstKiosk::payChosenInvoice()
{
    auto &k = open();
    signIn();
    const QString rentId = k.account()->invoices()->data(k.account()->invoices()->index(1), views::InvoiceListModel::IdRole).toString();
    QVERIFY(!k.payment()->chooseInvoices({QStringLiteral("00112233445566778899aabbccddeeff")}));
    QVERIFY(k.payment()->chooseInvoices({rentId.toUpper()}));
    QCOMPARE(k.payment()->amountMinor(), qint64(300000));
    QVERIFY(k.payment()->pay());
    QVERIFY(waitState(QStringLiteral("approved")));
    const auto payments = outboxOf(k, QStringLiteral("payment.kiosk"));
    QCOMPARE(int(payments.size()), 1);
    const cbor::Value *named = payments[0].body().payload.find(u"invoices");
    QVERIFY(named);
    QCOMPARE(int(named->asArray().size()), 1);
    QCOMPARE(named->asArray()[0].asText(), rentId);
    // Only the deposit's 1,000.00 stays open.
    QCOMPARE(k.account()->dueNowMinor(), qint64(100000));
}

void TstKiosk::doubleTapMakesOnePayment()
{
    auto &k = open();
    signIn();
    QVERIFY(k.payment()->chooseAll());
    QVERIFY(k.payment()->pay());
    QVERIFY(!k.payment()->pay()); // the second tap
    QVERIFY(!k.payment()->chooseAmount(QStringLiteral("10"))); // no new choice while the terminal works
    QVERIFY(waitState(QStringLiteral("approved")));
    QVERIFY(!k.payment()->pay()); // and after the approval
    QTest::qWait(50);
    QCOMPARE(terminal().chargeRequests(), 1);
    QCOMPARE(int(terminal().charges().size()), 1);
    QCOMPARE(int(outboxOf(k, QStringLiteral("payment.kiosk")).size()), 1);
    QCOMPARE(*k.journal().count(), quint64(1));
}

void TstKiosk::declineAndCancel()
{
    auto &k = open();
    signIn();
    terminal().setNext(kiosk::SimulatedTerminal::Next::Decline);
    QVERIFY(k.payment()->chooseAll());
    QVERIFY(k.payment()->pay());
    QVERIFY(waitState(QStringLiteral("declined")));
    QVERIFY(!k.payment()->message().isEmpty());
    QCOMPARE(k.journal().find(k.payment()->reference())->state, QStringLiteral("declined"));
    QVERIFY(k.payment()->back());
    terminal().setNext(kiosk::SimulatedTerminal::Next::Cancel);
    QVERIFY(k.payment()->chooseAll());
    QVERIFY(k.payment()->pay());
    QVERIFY(waitState(QStringLiteral("cancelled")));
    QCOMPARE(int(terminal().charges().size()), 0);
    QCOMPARE(int(outboxOf(k, QStringLiteral("payment.kiosk")).size()), 0);
    QCOMPARE(k.account()->dueNowMinor(), qint64(400000));
    QVERIFY(!k.receipt()->valid());
}

void TstKiosk::timeoutRetryChargesOnce()
{
    auto &k = open();
    signIn();
    terminal().setNext(kiosk::SimulatedTerminal::Next::TimeoutCharged);
    QVERIFY(k.payment()->chooseAll());
    QVERIFY(k.payment()->pay());
    QVERIFY(waitState(QStringLiteral("timedOut")));
    const QString reference = k.payment()->reference();
    QCOMPARE(k.journal().find(reference)->state, QStringLiteral("timed-out"));
    QCOMPARE(int(outboxOf(k, QStringLiteral("payment.kiosk")).size()), 0);
    QVERIFY(!k.payment()->back()); // a time-out must be resolved
    QVERIFY(k.payment()->pay());   // the retry
    QVERIFY(waitState(QStringLiteral("approved")));
    QCOMPARE(k.payment()->reference(), reference);
    QCOMPARE(terminal().chargeRequests(), 2);
    QCOMPARE(int(terminal().charges().size()), 1); // the card was charged once
    QCOMPARE(int(outboxOf(k, QStringLiteral("payment.kiosk")).size()), 1);
    QCOMPARE(*k.journal().count(), quint64(1));
}

void TstKiosk::timeoutNotChargedRetryChargesOnce()
{
    auto &k = open();
    signIn();
    terminal().setNext(kiosk::SimulatedTerminal::Next::TimeoutNotCharged);
    QVERIFY(k.payment()->chooseAll());
    QVERIFY(k.payment()->pay());
    QVERIFY(waitState(QStringLiteral("timedOut")));
    QCOMPARE(int(terminal().charges().size()), 0);
    QVERIFY(k.payment()->pay());
    QVERIFY(waitState(QStringLiteral("approved")));
    QCOMPARE(int(terminal().charges().size()), 1);
    QCOMPARE(int(outboxOf(k, QStringLiteral("payment.kiosk")).size()), 1);
}

void TstKiosk::recoveryRecordsOnce()
{
    {
        auto &k = open();
        signIn();
        // The card is charged but the answer is lost, and the resident walks away.
        terminal().setNext(kiosk::SimulatedTerminal::Next::TimeoutCharged);
        QVERIFY(k.payment()->chooseAll());
        QVERIFY(k.payment()->pay());
        QVERIFY(waitState(QStringLiteral("timedOut")));
        k.idle()->reset();
        QCOMPARE(int(outboxOf(k, QStringLiteral("payment.kiosk")).size()), 0);
        QCOMPARE(k.device()->openPaymentAttempts(), 1);
        // The terminal knows the charge: recovery asks it, and records the payment once.
        k.payment()->recover();
        QVERIFY(waitFor([&] { return outboxOf(k, QStringLiteral("payment.kiosk")).size() == 1; }));
        QCOMPARE(int(k.journal().unresolved().value().size()), 0);
        k.payment()->recover();
        QTest::qWait(50);
        QCOMPARE(int(outboxOf(k, QStringLiteral("payment.kiosk")).size()), 1);
    }
    // A crash after the approval was written but before the outbox: the next start records it;
    // one after the outbox but before the journal knew: the outbox is found, nothing doubled.
    m_kiosk.reset();
    {
        auto journal = kiosk::PaymentJournal::open(m_journal);
        CY_VERIFY_OK(journal);
        kiosk::PaymentAttempt a;
        a.reference = QStringLiteral("KCRASH1");
        a.unit = QStringLiteral("1-0102");
        a.resident = kR2;
        a.amount = 12345;
        a.createdMs = kNow;
        CY_VERIFY_OK((*journal)->begin(a));
        CY_VERIFY_OK((*journal)->update(a.reference, QStringLiteral("approved"), kNow, QStringLiteral("SIMX")));
    }
    auto &k = open();
    k.start();
    QVERIFY(waitFor([&] { return outboxOf(k, QStringLiteral("payment.kiosk")).size() == 2; }));
    const auto payments = outboxOf(k, QStringLiteral("payment.kiosk"));
    QCOMPARE(payments[1].body().payload.find(u"reference")->asText(), QStringLiteral("KCRASH1"));
    QCOMPARE(payments[1].body().payload.find(u"amount")->toInt64().value(), qint64(12345));
    CY_VERIFY_OK(k.journal().update(QStringLiteral("KCRASH1"), QStringLiteral("approved"), kNow)); // as if the journal lost "recorded"
    k.payment()->recover();
    QTest::qWait(50);
    QCOMPARE(int(outboxOf(k, QStringLiteral("payment.kiosk")).size()), 2);
    QCOMPARE(k.journal().find(QStringLiteral("KCRASH1"))->state, QStringLiteral("recorded"));
}

void TstKiosk::receiptPdfAndPrinter()
{
    auto &k = open();
    signIn();
    QVERIFY(!k.receipt()->savePdf(m_dir.filePath(QStringLiteral("none.pdf"))));
    QVERIFY(k.payment()->chooseAmount(QStringLiteral("100")));
    QVERIFY(k.payment()->pay());
    QVERIFY(waitState(QStringLiteral("approved")));
    const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
    QVERIFY2(k.receipt()->savePdf(pdf), qPrintable(k.receipt()->message()));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QVERIFY(f.size() > 1000);
    QVERIFY(!k.receipt()->savePdf(QStringLiteral("/nonexistent-folder/receipt.pdf")));
    if (QPrinterInfo::defaultPrinter().isNull()) {
        QVERIFY(!k.receipt()->print());
        QVERIFY(k.receipt()->message().contains(QStringLiteral("No printer")));
    }
}

void TstKiosk::repairRequest()
{
    auto &k = open();
    const QString hall = QStringLiteral("Hall");
    QVERIFY(!k.repairs()->submit(QStringLiteral("plumbing"), hall, QStringLiteral("x"), QStringLiteral("normal"))); // nobody in
    signIn();
    QCOMPARE(k.repairs()->categories().size(), contracts::repairCategories().size());
    QVERIFY(!k.repairs()->submit(QStringLiteral("spaceship"), hall, QStringLiteral("x"), QStringLiteral("normal")));
    QCOMPARE(k.repairs()->message(), QStringLiteral("Choose what needs repair."));
    QVERIFY(!k.repairs()->submit(QStringLiteral("plumbing"), hall, QStringLiteral("x"), QStringLiteral("tomorrow")));
    QCOMPARE(k.repairs()->message(), QStringLiteral("Choose how urgent it is."));
    QVERIFY(!k.repairs()->submit(QStringLiteral("plumbing"), hall, QStringLiteral("   "), QStringLiteral("normal")));
    QCOMPARE(k.repairs()->message(), QStringLiteral("Describe the problem in a few words."));
    // Where: asked for (a resident who walked away cannot be asked where the leak is), at most
    // 100 characters.
    for (const QString &nowhere : {QString(), QStringLiteral(" \t ")}) {
        QVERIFY(!k.repairs()->submit(QStringLiteral("plumbing"), nowhere, QStringLiteral("leak"), QStringLiteral("normal")));
        QCOMPARE(k.repairs()->message(), QStringLiteral("Say where the problem is: tap a place or type it."));
    }
    QVERIFY(!k.repairs()->submit(QStringLiteral("plumbing"), QString(101, QLatin1Char('x')), QStringLiteral("leak"), QStringLiteral("normal")));
    QCOMPARE(k.repairs()->message(), QStringLiteral("The location can be at most 100 characters."));
    QVERIFY(!k.repairs()->submit(QStringLiteral("plumbing"), hall, QString(2001, QLatin1Char('x')), QStringLiteral("normal")));
    QVERIFY2(k.repairs()->message().startsWith(QStringLiteral("The description can be at most 2")), qPrintable(k.repairs()->message()));
    QCOMPARE(int(outboxOf(k, QStringLiteral("repair.request")).size()), 0);

    // The places to tap: eight, each a code and a text (the text becomes the location).
    const QVariantList places = k.repairs()->places();
    QCOMPARE(places.size(), 8);
    QCOMPARE(places.value(0).toMap().value(QStringLiteral("code")).toString(), QStringLiteral("kitchen"));
    QCOMPARE(places.value(0).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("Kitchen"));

    // Spaces around and inside the location are tidied before it is signed (the contract takes
    // no spaces at either end); 100 characters is the most.
    QVERIFY2(k.repairs()->submit(QStringLiteral("electrical"), QStringLiteral("  Stairwell   B,\t3rd floor "), QStringLiteral(" The light flickers\n"),
                                 QStringLiteral("urgent")),
             qPrintable(k.repairs()->message()));
    const auto requests = outboxOf(k, QStringLiteral("repair.request"));
    QCOMPARE(int(requests.size()), 1);
    QCOMPARE(requests[0].body().kindVersion, quint32(2));
    const cbor::Value &p = requests[0].body().payload;
    QCOMPARE(p.find(u"location")->asText(), QStringLiteral("Stairwell B, 3rd floor"));
    QCOMPARE(p.find(u"description")->asText(), QStringLiteral("The light flickers"));
    QCOMPARE(p.find(u"unit")->asText(), QStringLiteral("1-0101"));
    QCOMPARE(p.find(u"resident")->asBytes(), kR1);
    QCOMPARE(toHex(p.find(u"id")->asBytes()), k.repairs()->lastRequestId());
    // It shows at once, on top, as being sent, with where it is.
    QCOMPARE(k.account()->repairs()->rowCount(), 2);
    const QModelIndex top = k.account()->repairs()->index(0);
    QCOMPARE(k.account()->repairs()->data(top, views::RepairListModel::StatusRole).toString(), QStringLiteral("sending"));
    QCOMPARE(k.account()->repairs()->data(top, views::RepairListModel::LocationRole).toString(), QStringLiteral("Stairwell B, 3rd floor"));
    QCOMPARE(k.account()->repairs()->data(top, views::RepairListModel::DescriptionRole).toString(), QStringLiteral("The light flickers"));
    // The fixture's request, filed with version 1, has none.
    QCOMPARE(k.account()->repairs()->data(k.account()->repairs()->index(1), views::RepairListModel::LocationRole).toString(), QString());
    QVERIFY2(k.repairs()->submit(QStringLiteral("roof"), QString(100, QLatin1Char('x')), QStringLiteral("Leak"), QStringLiteral("low")),
             qPrintable(k.repairs()->message()));
}

void TstKiosk::staffPin()
{
    auto &k = open();
    QVERIFY(!k.device()->checkStaffPin(QStringLiteral("0000")));
    QVERIFY(!k.device()->staffMessage().isEmpty());
    QVERIFY(k.device()->checkStaffPin(QStringLiteral("4321")));
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!k.device()->checkStaffPin(QStringLiteral("9999")));
    }
    QVERIFY(!k.device()->checkStaffPin(QStringLiteral("4321"))); // locked for 5 minutes
    m_community.clock += 5 * 60 * 1000 + 1;
    QVERIFY(k.device()->checkStaffPin(QStringLiteral("4321")));
    QCOMPARE(k.device()->syncState(), QStringLiteral("offline"));
    QVERIFY(!k.device()->offlineBanner().isEmpty());
    QCOMPARE(k.device()->lastBlock(), qint64(5)); // genesis + 5 blocks of the fixture
}

void TstKiosk::idleResetClearsEverything()
{
    auto &k = open();
    signIn();
    QVERIFY(k.payment()->chooseAmount(QStringLiteral("100")));
    QVERIFY(k.payment()->pay());
    QVERIFY(waitState(QStringLiteral("approved")));
    QVERIFY(k.idle()->active());
    for (int i = 0; i < 44; ++i) {
        k.idle()->tick();
    }
    QVERIFY(!k.idle()->warning());
    k.idle()->tick();
    QVERIFY(k.idle()->warning());
    QCOMPARE(k.idle()->secondsLeft(), 15);
    k.idle()->touch(); // still there
    QVERIFY(!k.idle()->warning());
    for (int i = 0; i < 45 + 15; ++i) {
        k.idle()->tick();
    }
    QCOMPARE(k.session()->stage(), QStringLiteral("welcome"));
    QVERIFY(k.session()->resident().isEmpty());
    QVERIFY(k.session()->unit().isEmpty());
    QVERIFY(!k.account()->loaded());
    QVERIFY(k.account()->dueNow().isEmpty());
    QCOMPARE(k.account()->invoices()->rowCount(), 0);
    QCOMPARE(k.account()->payments()->rowCount(), 0);
    QCOMPARE(k.account()->repairs()->rowCount(), 0);
    QVERIFY(!k.account()->hasScore());
    QVERIFY(!k.receipt()->valid());
    QVERIFY(k.receipt()->amount().isEmpty());
    QCOMPARE(k.payment()->state(), QStringLiteral("choosing"));
    QVERIFY(k.payment()->amount().isEmpty());
    QVERIFY(!k.idle()->active());
}

void TstKiosk::restartLosesNothing()
{
    {
        auto &k = open();
        signIn();
        QVERIFY(k.payment()->chooseAll());
        QVERIFY(k.payment()->pay());
        QVERIFY(waitState(QStringLiteral("approved")));
    }
    m_kiosk.reset();
    auto &k = open();
    QCOMPARE(int(outboxOf(k, QStringLiteral("payment.kiosk")).size()), 1);
    QCOMPARE(k.device()->outboxPending(), 2); // the PIN success and the payment
    signIn();
    QCOMPARE(k.account()->dueNowMinor(), qint64(0)); // the pending payment still counts
}

void TstKiosk::offlinePaymentSealedOnceByServer()
{
    // The server's ledger: a copy of the community, taken before the kiosk's.
    const QString serverDir = m_dir.filePath(QStringLiteral("server-%1").arg(m_run));
    QVERIFY(QDir().mkpath(serverDir));
    QVERIFY(QFile::copy(m_base, serverDir + QStringLiteral("/ledger.db")));
    // Offline: the payment waits in the outbox.
    {
        auto &k = open();
        signIn();
        QVERIFY(k.payment()->chooseAll());
        QVERIFY(k.payment()->pay());
        QVERIFY(waitState(QStringLiteral("approved")));
    }
    m_kiosk.reset();
    // The server comes up; the kiosk restarts with it.
    contracts::Registry registry;
    contracts::addStandardContracts(registry);
    QVERIFY(server::makeSelfSignedCertificate(serverDir + QStringLiteral("/tls.crt"), serverDir + QStringLiteral("/tls.key"), QStringLiteral("localhost")));
    auto identity = server::loadTlsIdentity(serverDir + QStringLiteral("/tls.crt"), serverDir + QStringLiteral("/tls.key"));
    CY_VERIFY_OK(identity);
    const crypto::Digest fingerprint = identity->fingerprint;
    auto sequencer = server::Sequencer::open(serverDir + QStringLiteral("/ledger.db"), registry, keyFor("kiosk-test server"));
    CY_VERIFY_OK(sequencer);
    server::ServerConfig config;
    config.dataDir = serverDir;
    config.port = 0;
    config.blockIntervalMs = 50;
    server::Server srv(std::move(*sequencer), std::move(*identity), config);
    CY_VERIFY_OK(srv.listen());
    syncclient::SyncOptions sync;
    sync.server = QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(srv.port()));
    sync.pin = fingerprint;
    sync.initialBackoffMs = 50;
    sync.maxBackoffMs = 400;
    m_kiosk = m_community.openKiosk(m_ledger, m_journal, sync);
    kiosk::Kiosk &k = *m_kiosk;
    k.start();
    QVERIFY(waitFor([&] { return k.device()->outboxPending() == 0; }));
    QVERIFY(waitFor([&] { return k.device()->online(); }));
    QVERIFY(k.device()->offlineBanner().isEmpty());
    // Sealed once on the server, and verified here.
    const auto payments = outboxOf(k, QStringLiteral("payment.kiosk"));
    QCOMPARE(int(payments.size()), 1);
    auto onServer = srv.sequencer().ledger().store().findTransaction(payments[0].id());
    CY_VERIFY_OK(onServer);
    auto here = k.core().store().findTransaction(payments[0].id());
    CY_VERIFY_OK(here);
    QCOMPARE(here->blockHeight, onServer->blockHeight);
    int kioskPayments = 0;
    CY_VERIFY_OK(srv.sequencer().ledger().store().forEachBlock(0, [&](store::StoredBlock &&b) {
        for (const auto &t : b.transactions) {
            kioskPayments += t.kind == QLatin1String("payment.kiosk") ? 1 : 0;
        }
        return true;
    }));
    QCOMPARE(kioskPayments, 1);
    // Signed in now, the home screen shows it confirmed and the deposit and rent paid.
    signIn();
    QCOMPARE(k.account()->dueNowMinor(), qint64(0));
    QCOMPARE(k.account()->payments()->data(k.account()->payments()->index(0), views::PaymentListModel::StatusRole).toString(),
             QStringLiteral("confirmed"));
    // A payment made online turns its receipt confirmed when its block is verified here.
    QVERIFY(k.payment()->chooseAmount(QStringLiteral("250.50")));
    QVERIFY(k.payment()->pay());
    QVERIFY(waitState(QStringLiteral("approved")));
    QVERIFY(waitFor([&] { return k.receipt()->confirmed(); }));
    QVERIFY(k.receipt()->qrText().contains(QStringLiteral(";h=%1").arg(k.receipt()->blockHeight())));
    QCOMPARE(k.account()->creditMinor(), qint64(25050)); // everything was paid: all of it is credit
    m_kiosk.reset();
    srv.shutdown();
}

void TstKiosk::embeddedDemo()
{
    kiosk::EmbeddedDemoOptions options;
    options.dir = m_dir.filePath(QStringLiteral("demo"));
    options.months = 3;
    options.blockIntervalMs = 50;
    QElapsedTimer started;
    started.start();
    auto demo = kiosk::EmbeddedDemo::start(options);
    CY_VERIFY_OK(demo);
    qInfo("the embedded demo started in %lld ms", qint64(started.elapsed()));
    kiosk::Kiosk &k = (*demo)->kiosk();
    QVERIFY(k.demo());
    QCOMPARE(k.device()->demoCards().size(), 4);
    QCOMPARE(k.device()->demoStaffPin(), QStringLiteral("1234"));
    QVERIFY(k.device()->checkStaffPin(QStringLiteral("1234")));
    QVERIFY(waitFor([&] { return k.device()->online(); }));
    // The first demo card: unit 1-0101, PIN 2468.
    const QVariantMap card = k.device()->demoCards().front().toMap();
    QCOMPARE(card.value(QStringLiteral("unit")).toString(), QStringLiteral("1-0101"));
    QCOMPARE(card.value(QStringLiteral("card")).toString(), QStringLiteral("8800000001"));
    QVERIFY(k.session()->identifyByCard(card.value(QStringLiteral("card")).toString()));
    QVERIFY2(k.session()->submitPin(card.value(QStringLiteral("pin")).toString()), qPrintable(k.session()->message()));
    kiosk::KioskAccount *a = k.account();
    QVERIFY(a->dueNowMinor() > 0); // this month's bills are open
    QVERIFY(a->invoices()->rowCount() > 0);
    QVERIFY(a->hasScore());
    QStringList statuses;
    for (int i = 0; i < a->repairs()->rowCount(); ++i) {
        statuses.append(a->repairs()->data(a->repairs()->index(i), views::RepairListModel::StatusRole).toString());
    }
    QVERIFY2(statuses.contains(QStringLiteral("requested")) && statuses.contains(QStringLiteral("started")) &&
                 statuses.contains(QStringLiteral("rejected")),
             qPrintable(statuses.join(QLatin1Char(','))));
    // Offline (the demo can cut the kiosk from its server): the payment waits, then is sealed.
    k.setServerReachable(false);
    QVERIFY(waitFor([&] { return !k.device()->online(); }));
    QVERIFY(k.payment()->chooseAll());
    QVERIFY(k.payment()->pay());
    QVERIFY(waitFor([&] { return k.payment()->state() == QStringLiteral("approved"); }));
    QCOMPARE(a->dueNowMinor(), qint64(0));
    QTest::qWait(200);
    QVERIFY(!k.receipt()->confirmed());
    QVERIFY(k.device()->outboxPending() > 0);
    QVERIFY(!k.device()->offlineBanner().isEmpty());
    k.setServerReachable(true);
    QVERIFY(waitFor([&] { return k.receipt()->confirmed(); }));
    QVERIFY(waitFor([&] { return k.device()->outboxPending() == 0; }));
    // The Kiosk can own the demo (what main.cpp's --demo does).
    std::unique_ptr<kiosk::Kiosk> owner = kiosk::EmbeddedDemo::intoKiosk(std::move(*demo));
    QVERIFY(owner->demo());
    owner.reset();
}

void TstKiosk::configFile()
{
    const QString dir = m_dir.filePath(QStringLiteral("config-%1").arg(m_run));
    QVERIFY(QDir().mkpath(dir));
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    auto sealed = crypto::sealKeyFile(keyFor("kiosk-test kiosk"), "kiosk passphrase", QStringLiteral("lobby kiosk"), crypto::KdfStrength::Interactive);
    CY_VERIFY_OK(sealed);
    write(QStringLiteral("kiosk.key"), *sealed);
    write(QStringLiteral("passphrase"), "kiosk passphrase\n");
    QVERIFY(QFile::copy(m_ledger, dir + QStringLiteral("/ledger.db")));
    const QByteArray staff = *crypto::hashPin("8642");
    const QByteArray good = "[kiosk]\nledger=ledger.db\nkey=kiosk.key\npassphrase_file=passphrase\nstaff_pin_hash=" + staff +
                            "\nmax_payment=20000\nidle_seconds=30\n";
    write(QStringLiteral("kiosk.ini"), good);
    auto config = kiosk::loadKioskConfig(dir + QStringLiteral("/kiosk.ini"));
    CY_VERIFY_OK(config);
    QCOMPARE(config->journalPath, dir + QStringLiteral("/ledger.db.payments"));
    QCOMPARE(config->idleSeconds, 30);
    auto k = kiosk::Kiosk::open(dir + QStringLiteral("/kiosk.ini"));
    CY_VERIFY_OK(k);
    QCOMPARE((*k)->core().key().publicKey(), keyFor("kiosk-test kiosk").publicKey());
    QCOMPARE((*k)->idle()->timeoutSeconds(), 30);
    (*k)->setLanguage(QStringLiteral("en"));
    QCOMPARE((*k)->payment()->maximum(), QStringLiteral("CNY 20,000.00"));
    QVERIFY((*k)->device()->checkStaffPin(QStringLiteral("8642")));
    QCOMPARE((*k)->device()->syncState(), QStringLiteral("offline"));
    k->reset();
    // Refusals name what is wrong.
    for (const auto &[ini, words] : {std::pair{QByteArray("[kiosk]\nkey=kiosk.key\n"), "'ledger' and 'key'"},
                                     std::pair{good + "colour=blue\n", "unknown key 'colour'"},
                                     std::pair{good + "server=http://x\n", "'server'"},
                                     std::pair{good + "server=wss://x:1\nserver_pin=nope\n", "'server_pin'"},
                                     std::pair{QByteArray("[kiosk]\nledger=l\nkey=k\nstaff_pin_hash=2468\n"), "'staff_pin_hash'"}}) {
        write(QStringLiteral("bad.ini"), ini);
        auto bad = kiosk::loadKioskConfig(dir + QStringLiteral("/bad.ini"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QString::fromLatin1(words)), qPrintable(bad.error().message));
    }
    QCOMPARE(kiosk::loadKioskConfig(dir + QStringLiteral("/none.ini")).error().code, ErrorCode::NotFound);
    write(QStringLiteral("passphrase"), "wrong\n");
    auto wrong = kiosk::Kiosk::open(dir + QStringLiteral("/kiosk.ini"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
}

kiosk::KioskConfig TstKiosk::writeConfig(const QString &name, const QByteArray &passphrase)
{
    const QString dir = m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(m_run));
    CY_ASSERT(QDir().mkpath(dir));
    const auto write = [&](const QString &file, const QByteArray &bytes) {
        QFile f(dir + QLatin1Char('/') + file);
        CY_ASSERT(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    auto sealed = crypto::sealKeyFile(keyFor("kiosk-test kiosk"), "kiosk passphrase", QStringLiteral("lobby kiosk"), crypto::KdfStrength::Interactive);
    CY_ASSERT(sealed.has_value());
    write(QStringLiteral("kiosk.key"), *sealed);
    write(QStringLiteral("passphrase"), passphrase + "\n");
    CY_ASSERT(QFile::copy(m_ledger, dir + QStringLiteral("/ledger.db")));
    write(QStringLiteral("kiosk.ini"), "[kiosk]\nledger=ledger.db\nkey=kiosk.key\npassphrase_file=passphrase\nstaff_pin_hash=" + *crypto::hashPin("8642") + "\n");
    auto config = kiosk::loadKioskConfig(dir + QStringLiteral("/kiosk.ini"));
    CY_ASSERT(config.has_value());
    return *config;
}

void TstKiosk::cardSwipedWhileLoadingHandledOnceWhenReady()
{
    kiosk::KioskStartup startup(writeConfig(QStringLiteral("start-card"), "kiosk passphrase"), std::make_unique<kiosk::SimulatedTerminal>());
    QSignalSpy state(&startup, &kiosk::KioskStartup::stateChanged);
    QSignalSpy waiting(&startup, &kiosk::KioskStartup::waitingChanged);
    // Every stage change of the session from its first moment: connected when the kiosk is open,
    // before the start hands it what was queued.
    int stageChanges = 0;
    connect(&startup, &kiosk::KioskStartup::opened, this, [&](kiosk::Kiosk *k) {
        QCOMPARE(k->session()->stage(), QStringLiteral("welcome"));
        connect(k->session(), &kiosk::KioskSession::stageChanged, this, [&] { ++stageChanges; });
    });
    QCOMPARE(startup.state(), QStringLiteral("loading"));
    QVERIFY(!startup.waiting());
    QVERIFY(startup.kiosk() == nullptr);
    // The reader types the card while the ledger opens (twice: the resident thought it missed).
    startup.begin();
    QVERIFY(startup.submitCard(kCard1));
    QVERIFY(startup.submitCard(kCard1));
    QVERIFY(startup.waiting());
    QCOMPARE(waiting.count(), 1);
    QCOMPARE(startup.pending(), QStringLiteral("card:") + kCard1);
    startup.requestStart(); // a tap on Start meanwhile does not replace the card
    QCOMPARE(startup.pending(), QStringLiteral("card:") + kCard1);
    QTRY_VERIFY_WITH_TIMEOUT(startup.state() != QLatin1String("loading"), 60000);
    QVERIFY2(startup.ready(), qPrintable(startup.error()));
    QCOMPARE(state.count(), 1);
    QCOMPARE(waiting.count(), 2);
    QVERIFY(!startup.waiting());
    QVERIFY(startup.pending().isEmpty());
    kiosk::Kiosk &k = *startup.kiosk();
    // Handled once: one stage change, to the PIN of that card's resident; the shell starts there.
    QCOMPARE(stageChanges, 1);
    QCOMPARE(k.session()->stage(), QStringLiteral("pin"));
    QCOMPARE(k.session()->unit(), QStringLiteral("1-0101"));
    QCOMPARE(k.session()->pinsLeft(), 5);
    QVERIFY(startup.resume().isEmpty());
    QVERIFY2(k.session()->submitPin(QStringLiteral("2468")), qPrintable(k.session()->message()));
    QCOMPARE(k.session()->stage(), QStringLiteral("home"));
    QCOMPARE(stageChanges, 2);
    // Nothing is handed over again later: the idle reset and a new card work as without a start.
    QTest::qWait(50);
    QCOMPARE(stageChanges, 2);
    k.idle()->reset();
    QCOMPARE(k.session()->stage(), QStringLiteral("welcome"));
    QVERIFY(!k.account()->loaded());
    QVERIFY(startup.submitCard(kCard2)); // ready: to the session at once
    QCOMPARE(k.session()->unit(), QStringLiteral("1-0102"));
}

void TstKiosk::unitAndStaffWhileLoading()
{
    {
        // A unit number typed on the pad while loading; an unknown one comes back to be corrected.
        kiosk::KioskStartup startup(writeConfig(QStringLiteral("start-unit"), "kiosk passphrase"), std::make_unique<kiosk::SimulatedTerminal>());
        startup.requestStart();
        QCOMPARE(startup.pending(), QStringLiteral("start"));
        QVERIFY(!startup.waiting()); // the identify screen shows; nothing to wait for yet
        startup.setDraftUnit(QStringLiteral("9-99"));
        QVERIFY(startup.submitUnit(QStringLiteral("9-9999")));
        QVERIFY(startup.waiting());
        startup.begin();
        QTRY_VERIFY_WITH_TIMEOUT(startup.state() != QLatin1String("loading"), 60000);
        QVERIFY2(startup.ready(), qPrintable(startup.error()));
        QCOMPARE(startup.kiosk()->session()->stage(), QStringLiteral("welcome"));
        QVERIFY(!startup.kiosk()->session()->message().isEmpty());
        QCOMPARE(startup.resume(), QStringLiteral("identify"));
        QCOMPARE(startup.draftUnit(), QStringLiteral("9-9999"));
        startup.resumed();
        QVERIFY(startup.resume().isEmpty());
        QVERIFY(startup.draftUnit().isEmpty());
    }
    {
        // The staff button while loading: the staff screen (its PIN) once the kiosk is open.
        kiosk::KioskStartup startup(writeConfig(QStringLiteral("start-staff"), "kiosk passphrase"), std::make_unique<kiosk::SimulatedTerminal>());
        startup.begin();
        startup.requestStaff();
        QVERIFY(startup.waiting());
        QTRY_VERIFY_WITH_TIMEOUT(startup.ready(), 60000);
        QCOMPARE(startup.resume(), QStringLiteral("staff"));
        QCOMPARE(startup.kiosk()->session()->stage(), QStringLiteral("welcome"));
        QVERIFY(startup.kiosk()->device()->checkStaffPin(QStringLiteral("8642")));
    }
}

void TstKiosk::loadFailureShown()
{
    // A wrong passphrase: the start fails with the key's error; the card queued is not processed
    // (there is nothing to process it with) and nothing after it is accepted.
    kiosk::KioskStartup startup(writeConfig(QStringLiteral("start-fail"), "not the passphrase"), std::make_unique<kiosk::SimulatedTerminal>());
    QSignalSpy opened(&startup, &kiosk::KioskStartup::opened);
    startup.begin();
    QVERIFY(startup.submitCard(kCard1));
    QTRY_VERIFY_WITH_TIMEOUT(startup.state() != QLatin1String("loading"), 60000);
    QCOMPARE(startup.state(), QStringLiteral("failed"));
    QVERIFY(!startup.ready());
    QVERIFY(startup.kiosk() == nullptr);
    QCOMPARE(opened.count(), 0);
    QVERIFY(!startup.waiting());
    QVERIFY(startup.pending().isEmpty());
    QVERIFY2(startup.error().contains(QStringLiteral("kiosk.key")), qPrintable(startup.error()));
    QVERIFY(!startup.submitCard(kCard1));
    QVERIFY(!startup.submitUnit(QStringLiteral("1-0102")));
    // A ledger that is not there: the same, naming the ledger.
    kiosk::KioskConfig missing = writeConfig(QStringLiteral("start-missing"), "kiosk passphrase");
    missing.ledgerPath = m_dir.filePath(QStringLiteral("no-such-folder/ledger.db"));
    kiosk::KioskStartup noLedger(missing, std::make_unique<kiosk::SimulatedTerminal>());
    noLedger.begin();
    QTRY_VERIFY_WITH_TIMEOUT(noLedger.state() != QLatin1String("loading"), 60000);
    QCOMPARE(noLedger.state(), QStringLiteral("failed"));
    QVERIFY2(noLedger.error().contains(QStringLiteral("no-such-folder/ledger.db")), qPrintable(noLedger.error()));
}

QTEST_MAIN(TstKiosk)
#include "tst_kiosk.moc"
