import QtQuick
import QtTest
import CourtyardKiosk

// A resident's journeys through the real screens, touched where a finger would touch them,
// against the embedded demo (its cards, PIN 2468, the simulated terminal).
Item {
    id: root
    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        id: test
        name: "KioskFlow"
        when: windowShown

        function card(i) { return Kiosk.device.demoCards[i] }

        function tap(name) {
            const item = findChild(shell, name)
            verify(item !== null, "no item " + name + " on " + shell.screen)
            verify(item.visible && item.enabled, name + " is not visible and enabled")
            // A button that has just become visible is placed by its layout at the next polish;
            // clicking before that would land on whatever stood there (a person sees the frame first).
            if (item.parent) {
                waitForItemPolished(item.parent)
            }
            wait(30) // and let what the last tap started settle, as a person would
            mouseClick(item)
        }

        function typeOnPad(text) {
            for (let i = 0; i < text.length; ++i) {
                tap(text[i] === "-" || text[i] === "." ? "keyExtra" : "key" + text[i])
            }
        }

        function signIn(i) {
            tap("startButton")
            tryCompare(shell, "screen", "identify")
            typeOnPad(card(i).unit)
            tap("unitContinue")
            tryCompare(shell, "screen", "pin")
            typeOnPad(card(i).pin)
            tap("pinOk")
            tryCompare(shell, "screen", "home", 5000)
            tryVerify(function() { return Kiosk.account.loaded }, 5000)
        }

        function payWith(answer, amountText) {
            tap("payButton")
            tryCompare(shell, "screen", "pay")
            if (amountText.length > 0) {
                typeOnPad(amountText)
                tap("payOtherButton")
            } else {
                tap("payAllButton")
            }
            tryCompare(shell, "screen", "confirm")
            KioskTools.setNextTerminalAnswer(answer)
            tap("payNowButton")
            tryCompare(shell, "screen", "terminal")
        }

        function init() {
            shell.clearSession()
            tryCompare(shell, "screen", "welcome")
        }

        function test_1_identify_and_home() {
            signIn(0)
            compare(Kiosk.session.unit, card(0).unit)
            verify(findChild(shell, "dueNow").text.length > 0)
            verify(findChild(shell, "invoiceList").count > 0, "the demo's unit has open invoices")
            tap("signOutButton")
            tryCompare(shell, "screen", "welcome")
            compare(Kiosk.account.loaded, false)
        }

        function test_2_wrong_pin_then_lockout() {
            tap("startButton")
            typeOnPad(card(3).unit)
            tap("unitContinue")
            tryCompare(shell, "screen", "pin")
            typeOnPad("0000")
            tap("pinOk")
            // The Argon2id check runs off the UI thread: the pad waits and says so meanwhile.
            verify(Kiosk.session.checking, "the PIN is checked in the background")
            verify(findChild(shell, "pinChecking").visible, "the screen shows the check is running")
            verify(!findChild(shell, "key1").enabled, "the keypad waits for the check")
            tryCompare(Kiosk.session, "checking", false, 5000)
            const message = findChild(shell, "pinMessage")
            tryVerify(function() { return message.text.length > 0 })
            compare(Kiosk.session.wrongPins, 1)
            compare(Kiosk.session.pinsLeft, 4)
            for (let i = 0; i < 4; ++i) {
                typeOnPad("0000")
                tap("pinOk")
                tryCompare(Kiosk.session, "checking", false, 5000)
                if (!Kiosk.session.locked) {
                    compare(Kiosk.session.wrongPins, i + 2) // one per check, never two
                }
            }
            tryVerify(function() { return Kiosk.session.locked })
            verify(!findChild(shell, "key1").enabled, "the keypad is off while the card is locked")
            verify(message.text.indexOf(Kiosk.session.lockedUntilText) >= 0, message.text)
            // The right PIN does not open a locked card.
            Kiosk.session.submitPin(card(3).pin)
            compare(Kiosk.session.stage, "pin")
        }

        function test_3_pay_part_then_receipt() {
            signIn(0)
            const dueBefore = Kiosk.account.dueNowMinor
            const paymentsBefore = Kiosk.account.payments.count
            const chargesBefore = KioskTools.simulatedCharges()
            payWith("approve", "100")
            tryCompare(Kiosk.payment, "state", "approved", 5000)
            compare(KioskTools.simulatedCharges(), chargesBefore + 1)
            const receiptButton = findChild(shell, "receiptButton")
            tryVerify(function() { return receiptButton.visible && receiptButton.width > 0 })
            waitForRendering(shell)
            tap("receiptButton")
            tryCompare(shell, "screen", "receipt")
            compare(Kiosk.receipt.unit, card(0).unit)
            compare(Kiosk.receipt.amountMinor, 10000) // 100.00 typed = 10000 minor units
            verify(Kiosk.receipt.transactionId.length === 64, Kiosk.receipt.transactionId)
            tryVerify(function() { return findChild(shell, "receiptQr").status === Image.Ready }, 3000, "the QR code is shown")
            tryVerify(function() { return Kiosk.receipt.confirmed }, 15000, "the receipt turns confirmed")
            tap("receiptDone")
            tryCompare(shell, "screen", "home")
            // 100.00 paid: what is due is 10000 minor units less (the payment counts at once).
            tryCompare(Kiosk.account, "dueNowMinor", dueBefore - 10000)
            tryCompare(Kiosk.account.payments, "count", paymentsBefore + 1)
        }

        function test_4_double_tap_pays_once() {
            signIn(1)
            const chargesBefore = KioskTools.simulatedCharges()
            tap("payButton")
            typeOnPad("5")
            tap("payOtherButton")
            tryCompare(shell, "screen", "confirm")
            const payNow = findChild(shell, "payNowButton")
            mouseClick(payNow)
            Kiosk.payment.pay() // the second tap, before the terminal answered
            tryCompare(Kiosk.payment, "state", "approved", 5000)
            compare(KioskTools.simulatedCharges(), chargesBefore + 1)
        }

        function test_5_declined_then_timeout() {
            signIn(0)
            const dueBefore = Kiosk.account.dueNowMinor
            const chargesBefore = KioskTools.simulatedCharges()
            payWith("decline", "20")
            tryCompare(Kiosk.payment, "state", "declined", 5000)
            verify(findChild(shell, "tryAgainButton").visible)
            compare(KioskTools.simulatedCharges(), chargesBefore)
            tap("tryAgainButton")
            tryCompare(shell, "screen", "pay")
            tap("backButton")
            tryCompare(shell, "screen", "home")
            compare(Kiosk.account.dueNowMinor, dueBefore)

            payWith("timeout", "20")
            tryCompare(Kiosk.payment, "state", "timedOut", 5000)
            tap("checkAgainButton")
            tryVerify(function() { return Kiosk.payment.state === "approved" || Kiosk.payment.state === "declined" }, 5000)
            verify(KioskTools.simulatedCharges() <= chargesBefore + 1, "a time-out never charges twice")
        }

        function test_6_repair_request() {
            signIn(0)
            const before = Kiosk.account.repairs.count
            tap("newRepairButton")
            tryCompare(shell, "screen", "repair")
            tap("choice_" + Kiosk.repairs.categories[0].code)
            const description = findChild(shell, "repairDescription")
            description.text = "The hall light flickers"
            // Where is asked for: nothing to send without it.
            verify(!findChild(shell, "sendRepairButton").enabled, "a request without a place")
            // Typing the place brings the keyboard up; only the place's field stays above it.
            const location = findChild(shell, "repairLocation")
            mouseClick(location)
            tryVerify(function() { return shell.currentScreen.typing }, 3000, "the keyboard comes up")
            verify(!findChild(shell, "repairPlaces").visible, "the places to tap wait under the keyboard")
            verify(!description.visible, "the description waits too")
            verify(location.visible)
            Qt.inputMethod.hide()
            tryVerify(function() { return !shell.currentScreen.typing }, 3000, "the keyboard goes down")
            // A place tapped fills the field (in the kiosk's language) and is shown as chosen.
            const corridor = Kiosk.repairs.places[6]
            compare(corridor.code, "corridor")
            tap("choice_corridor")
            compare(location.text, corridor.text)
            verify(findChild(shell, "choice_corridor").selected)
            location.text = corridor.text + " B, 3rd floor"
            verify(!findChild(shell, "choice_corridor").selected, "a place typed on is no longer the button's")
            tap("sendRepairButton")
            tryVerify(function() { return shell.screen === "repairs" }, 5000, "sent: " + Kiosk.repairs.message)
            tryCompare(Kiosk.account.repairs, "count", before + 1)
            // The resident's list says where.
            const list = findChild(shell, "repairStatusList")
            tryVerify(function() {
                const line = findChild(list.itemAtIndex(0), "repairLocationLine")
                return line !== null && line.visible && line.text === "Where: Corridor B, 3rd floor"
            }, 3000, "the new request shows its place")

            // The form is made ahead (KioskShell), but what was typed and not sent does not stay
            // for the next opening, and the next person gets a form made anew.
            tap("anotherRepairButton")
            tryCompare(shell, "screen", "repair")
            compare(findChild(shell, "repairLocation").text, "")
            findChild(shell, "repairLocation").text = "Balcony"
            findChild(shell, "repairDescription").text = "The door handle is loose"
            tap("backButton")
            tryCompare(shell, "screen", "home")
            tap("newRepairButton")
            tryCompare(shell, "screen", "repair")
            compare(findChild(shell, "repairLocation").text, "")
            compare(findChild(shell, "repairDescription").text, "")
            compare(shell.currentScreen.category, "")
            const form = shell.currentScreen
            findChild(shell, "repairDescription").text = "Left for the next person?"
            tap("signOutButton")
            tryCompare(shell, "screen", "welcome")
            signIn(0)
            tap("newRepairButton")
            tryCompare(shell, "screen", "repair")
            verify(shell.currentScreen !== form, "a new form for a new session")
            compare(findChild(shell, "repairDescription").text, "")
        }

        function test_7_idle_clears_everything() {
            signIn(0)
            tap("payButton")
            typeOnPad("12")
            KioskTools.idleTick(Kiosk.idle.timeoutSeconds)
            tryVerify(function() { return Kiosk.idle.warning })
            verify(findChild(shell, "idleDialog").visible)
            KioskTools.idleTick(Kiosk.idle.countdownSeconds + 1)
            tryCompare(shell, "screen", "welcome")
            compare(Kiosk.session.stage, "welcome")
            compare(Kiosk.session.unit, "")
            compare(Kiosk.account.loaded, false)
            compare(Kiosk.account.invoices.count, 0)
            compare(Kiosk.account.payments.count, 0)
            compare(Kiosk.account.repairs.count, 0)
            compare(Kiosk.payment.amount, "")
            compare(Kiosk.receipt.valid, false)
            compare(Language.code, "en")
        }

        // The server goes away: the banner shows, a payment is taken and its receipt is pending;
        // the server comes back: the receipt turns confirmed and the ledger holds the payment once.
        function test_9_offline_payment_then_sync() {
            const banner = findChild(shell, "offlineBanner")
            verify(!banner.visible, "online before the server goes away")
            demoServer.stop()
            tryVerify(function() { return banner.visible }, 15000, "the offline banner shows")
            compare(Kiosk.device.online, false)
            signIn(2)
            const dueBefore = Kiosk.account.dueNowMinor
            payWith("approve", "7")
            tryCompare(Kiosk.payment, "state", "approved", 5000)
            const receiptButton = findChild(shell, "receiptButton")
            tryVerify(function() { return receiptButton.visible && receiptButton.width > 0 })
            waitForRendering(shell)
            tap("receiptButton")
            tryCompare(shell, "screen", "receipt")
            const transaction = Kiosk.receipt.transactionId
            verify(transaction.length === 64, transaction)
            compare(Kiosk.receipt.confirmed, false)
            verify(Kiosk.receipt.statusText.indexOf("Pending") === 0, Kiosk.receipt.statusText)
            compare(findChild(shell, "receiptStatus").text, Kiosk.receipt.statusText)
            verify(Kiosk.device.outboxPending >= 1, "the payment waits in the outbox")
            compare(demoServer.paymentsWithTransaction(card(2).unit, transaction), ["not confirmed"])
            wait(1500) // offline it stays pending
            compare(Kiosk.receipt.confirmed, false)
            verify(banner.visible)

            verify(demoServer.start(), "the server comes back")
            tryVerify(function() { return !banner.visible }, 20000, "the banner goes when the kiosk is online again")
            tryVerify(function() { return Kiosk.receipt.confirmed }, 20000, "the receipt turns confirmed")
            verify(Kiosk.receipt.statusText.indexOf("Confirmed in block") === 0, Kiosk.receipt.statusText)
            tryCompare(findChild(shell, "receiptStatus"), "text", Kiosk.receipt.statusText)
            tryCompare(Kiosk.device, "outboxPending", 0, 10000)
            // Exactly once in the ledger (7.00 = 700 minor units less due than before the payment).
            compare(demoServer.paymentsWithTransaction(card(2).unit, transaction), ["confirmed"])
            tap("receiptDone")
            tryCompare(shell, "screen", "home")
            tryCompare(Kiosk.account, "dueNowMinor", dueBefore - 700)
        }

        function test_8_language_mirrors() {
            const ar = findChild(shell, "language_ar")
            mouseClick(ar)
            compare(Language.code, "ar")
            compare(shell.LayoutMirroring.enabled, true)
            compare(Theme.fontFamily, "Noto Sans Arabic")
            tryCompare(findChild(shell, "startButton"), "text", "ابدأ")
            mouseClick(findChild(shell, "language_zh_CN"))
            compare(shell.LayoutMirroring.enabled, false)
            tryCompare(findChild(shell, "startButton"), "text", "开始")
        }
    }

    // The start screen (StartupScreen, shown while the kiosk opens its ledger and key in the
    // background): a card read, a unit typed and the language choice while still loading; a
    // start that failed. The C++ side of handing them over once ready is in tst_kiosk.
    Component {
        id: startScreenComponent
        StartupScreen {
            width: root.width
            height: root.height
            z: 10
        }
    }

    TestCase {
        name: "KioskStart"
        when: windowShown

        function typeKeys(text) {
            for (let i = 0; i < text.length; ++i) {
                keyClick(text[i] === "-" ? Qt.Key_Minus : Qt.Key_0 + Number(text[i]))
            }
        }

        function test_card_read_while_loading_is_kept() {
            Language.setLanguage("en")
            loadingStartup.backToWelcome()
            const screen = createTemporaryObject(startScreenComponent, root, {startup: loadingStartup})
            verify(screen !== null)
            compare(screen.screen, "welcome")
            screen.forceActiveFocus()
            tryVerify(function() { return findChild(screen, "startButton") !== null })
            // The language picker works at once.
            mouseClick(findChild(screen, "language_ja"))
            compare(Language.code, "ja")
            tryCompare(findChild(screen, "startButton"), "text", "開始")
            mouseClick(findChild(screen, "language_en"))
            compare(Language.code, "en")
            const oneMoment = findChild(screen, "oneMoment")
            verify(!oneMoment.visible)
            // The reader types a card number and Enter: kept, once, and "One moment…" shown.
            screen.forceActiveFocus()
            typeKeys("1000000001")
            keyClick(Qt.Key_Return)
            compare(loadingStartup.pending(), "card:1000000001")
            tryCompare(oneMoment, "visible", true)
            typeKeys("1000000001")
            keyClick(Qt.Key_Return)
            compare(loadingStartup.pending(), "card:1000000001")
            loadingStartup.backToWelcome()
            tryCompare(oneMoment, "visible", false)
        }

        function test_unit_typed_while_loading_is_kept() {
            loadingStartup.backToWelcome()
            const screen = createTemporaryObject(startScreenComponent, root, {startup: loadingStartup})
            screen.forceActiveFocus()
            tryVerify(function() { return findChild(screen, "startButton") !== null })
            mouseClick(findChild(screen, "startButton"))
            tryCompare(screen, "screen", "identify")
            compare(loadingStartup.pending(), "start")
            for (const k of ["key1", "keyExtra", "key0", "key1", "key0", "key2"]) {
                mouseClick(findChild(screen, k))
            }
            compare(loadingStartup.draftUnit, "1-0102")
            mouseClick(findChild(screen, "unitContinue"))
            compare(loadingStartup.pending(), "unit:1-0102")
            tryCompare(findChild(screen, "oneMoment"), "visible", true)
            loadingStartup.backToWelcome()
        }

        function test_load_failure_shown() {
            Language.setLanguage("en")
            const screen = createTemporaryObject(startScreenComponent, root, {startup: failedStartup})
            tryCompare(failedStartup, "state", "failed", 20000)
            tryCompare(screen, "screen", "error")
            const error = findChild(screen, "startError")
            verify(error !== null && error.visible)
            verify(error.text.indexOf("The kiosk could not open its ledger: ") === 0, error.text)
            verify(error.text.indexOf("no-such-kiosk.key") > 0, error.text)
            verify(!findChild(screen, "oneMoment").visible)
            verify(findChild(screen, "startButton") === null, "nothing to start")
            // In the resident's language too.
            mouseClick(findChild(screen, "language_zh_CN"))
            tryVerify(function() { return error.text.indexOf("The kiosk") < 0 }, 2000, error.text)
            Language.setLanguage("en")
        }
    }
}
