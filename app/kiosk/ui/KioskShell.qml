import QtQuick
import QtQuick.Layouts
import QtQuick.Window
import CourtyardKiosk

// Everything the kiosk shows, inside its window (the tests put it in theirs). It only declares:
// which screen follows which, from what the backend (Kiosk, app/kiosk/README.md) says. Screens
// are created when shown and destroyed when left, so that nothing a resident saw stays in memory
// once the session is cleared. The repair form alone is made ahead, hidden, before anyone opens
// it (its on-screen keyboard is slow to make): emptied each time it is shown, and destroyed with
// the session (back to the welcome screen), with what was typed in it, then made again for the
// next person.
FocusScope {
    id: shell

    // welcome, identify, pin, home, pay, confirm, terminal, receipt, repair, repairs, staff
    property string screen: "welcome"
    // The session's stage last seen: a screen follows a change of stage, not a repeated signal.
    property string lastStage: "welcome"
    // The application may close only after a staff PIN was accepted in the staff menu.
    property bool mayQuit: false
    readonly property Item currentScreen: screen === "repair" && repairForm.item ? repairForm.item : loader.item
    // The repair form has been made ahead once (after the shell's first frame); it was shown
    // since it was made (and is destroyed with the session).
    property bool repairFormPrepared: false
    property bool repairFormUsed: false

    signal screenShown(string name)

    function go(name) {
        if (screen === name) {
            return
        }
        screen = name
    }

    // Back to the welcome screen, every trace of the resident cleared (backend and screen).
    function clearSession() {
        Kiosk.clearResident()
        resetLooks()
    }

    // The reading aids and the language go back to their defaults for the next person.
    function resetLooks() {
        Theme.largeText = false
        Theme.highContrast = false
        Speech.enabled = false
        Language.setLanguage("en")
        go("welcome")
    }

    // The reading aids, set together (the screenshot tour and the tests).
    function setLooks(large, contrast) {
        Theme.largeText = large
        Theme.highContrast = contrast
    }

    // The screen the session's stage asks for (a card or unit the start kept while the ledger was
    // opening may have moved it on before this shell existed).
    function followStage() {
        const stage = Kiosk.session.stage
        if (stage === shell.lastStage) {
            return
        }
        shell.lastStage = stage
        if (stage === "welcome") {
            if (shell.screen !== "staff") {
                shell.go("welcome")
            }
        } else if (stage === "pin") {
            shell.go("pin")
        } else if (stage === "home") {
            shell.go("home")
        }
    }

    // Where the start screen left the person who was there while the kiosk loaded (startup.h:
    // Start pressed, an unknown card or unit, the staff button): taken once.
    function resumeStart() {
        const resume = Startup.resume
        if (resume.length === 0) {
            return
        }
        const draft = Startup.draftUnit
        Startup.resumed()
        shell.go(resume)
        if (resume === "identify" && draft.length > 0 && shell.currentScreen) {
            shell.currentScreen.unit = draft
        }
    }

    // Makes the repair form ahead, hidden: incubated a little in each frame, so that the screen
    // shown meanwhile stays responsive.
    function prepareRepairForm() {
        shell.repairFormPrepared = true
        repairForm.asynchronous = true
        repairForm.active = true
    }

    // The repair screen is current: the form made ahead, or made now if it is not ready yet
    // (a synchronous Loader finishes an incubation in progress at once).
    function showRepairForm() {
        repairForm.asynchronous = false
        repairForm.active = true
        shell.repairFormUsed = true
        repairForm.item.clear()
        repairForm.item.forceActiveFocus()
        shell.screenShown("repair")
    }

    onScreenChanged: {
        if (screen === "repair") {
            showRepairForm()
        } else if (screen === "welcome" && repairFormUsed) {
            // The session is over: what the resident typed goes with the form; the next person's
            // is made ahead.
            repairFormUsed = false
            repairForm.active = false
            Qt.callLater(shell.prepareRepairForm)
        }
    }

    function say(text) {
        Speech.say(text, Language.bcp47)
    }

    LayoutMirroring.enabled: Language.rightToLeft
    LayoutMirroring.childrenInherit: true

    Connections {
        target: Language
        function onChanged() { Kiosk.setLocale(Language.code) }
    }
    Component.onCompleted: {
        Kiosk.setLocale(Language.code)
        shell.followStage()
        shell.resumeStart()
    }

    // The shell's first frame is being drawn (the welcome screen is interactive and the ledger
    // open): then the repair form is made ahead. afterAnimating, not frameSwapped: it is emitted
    // on the GUI thread with every render loop (frameSwapped comes from the render thread of the
    // threaded loop, where no QML may run).
    Connections {
        target: shell.Window.window
        enabled: !shell.repairFormPrepared
        function onAfterAnimating() { Qt.callLater(shell.prepareRepairForm) }
    }

    ActivityWatcher {
        onActivity: Kiosk.idle.touch()
    }

    Connections {
        target: Kiosk.session
        function onStageChanged() { shell.followStage() }
    }
    Connections {
        target: Kiosk.payment
        function onStateChanged() {
            const state = Kiosk.payment.state
            if (state === "confirming") {
                shell.go("confirm")
            } else if (state === "waitingForTerminal" || state === "approved" || state === "declined"
                       || state === "timedOut" || state === "cancelled") {
                shell.go("terminal")
            }
        }
    }
    Connections {
        target: Kiosk.idle
        function onExpired() { shell.resetLooks() }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        OfflineBanner {
            objectName: "offlineBanner"
            Layout.fillWidth: true
            visible: Kiosk.device.showOffline
            pending: Kiosk.device.outboxPending
        }
        Loader {
            id: loader
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: shell.screen !== "repair"
            focus: true
            sourceComponent: {
                switch (shell.screen) {
                case "identify": return identifyScreen
                case "pin": return pinScreen
                case "home": return homeScreen
                case "pay": return payScreen
                case "confirm": return confirmScreen
                case "terminal": return terminalScreen
                case "receipt": return receiptScreen
                case "repair": return null // repairForm below
                case "repairs": return repairsScreen
                case "staff": return staffScreen
                default: return welcomeScreen
                }
            }
            onLoaded: {
                item.forceActiveFocus()
                shell.screenShown(shell.screen)
            }
        }
        // The repair form (RepairScreen), made ahead and hidden until the repair screen is current.
        Loader {
            id: repairForm
            objectName: "repairForm"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: shell.screen === "repair"
            active: false
            asynchronous: true
            sourceComponent: repairScreen
        }
    }

    CountdownDialog {
        objectName: "idleDialog"
        anchors.fill: parent
        visible: Kiosk.idle.warning
        secondsLeft: Kiosk.idle.secondsLeft
        onStay: Kiosk.idle.touch()
        onVisibleChanged: if (visible) shell.say(qsTr("Are you still there?"))
    }

    Component {
        id: welcomeScreen
        WelcomeScreen {
            onStart: shell.go("identify")
            onStaff: shell.go("staff")
        }
    }
    Component {
        id: identifyScreen
        IdentifyScreen {
            onBack: shell.clearSession()
        }
    }
    Component {
        id: pinScreen
        PinScreen {
            onBack: shell.clearSession()
        }
    }
    Component {
        id: homeScreen
        HomeScreen {
            onPay: shell.go("pay")
            onRepair: shell.go("repair")
            onRepairs: shell.go("repairs")
            onSignOut: shell.clearSession()
        }
    }
    Component {
        id: payScreen
        PayScreen {
            onBack: shell.go("home")
            onSignOut: shell.clearSession()
        }
    }
    Component {
        id: confirmScreen
        ConfirmScreen {
            onBack: { Kiosk.payment.back(); shell.go("pay") }
            onSignOut: shell.clearSession()
        }
    }
    Component {
        id: terminalScreen
        TerminalScreen {
            onReceipt: shell.go("receipt")
            onHome: { Kiosk.payment.reset(); shell.go("home") }
            onRetry: { Kiosk.payment.back(); shell.go("pay") }
            onSignOut: shell.clearSession()
        }
    }
    Component {
        id: receiptScreen
        ReceiptScreen {
            onBack: { Kiosk.payment.reset(); shell.go("home") }
            onSignOut: shell.clearSession()
        }
    }
    Component {
        id: repairScreen
        RepairScreen {
            onBack: shell.go("home")
            onDone: shell.go("repairs")
            onSignOut: shell.clearSession()
        }
    }
    Component {
        id: repairsScreen
        RepairStatusScreen {
            onBack: shell.go("home")
            onNewRequest: shell.go("repair")
            onSignOut: shell.clearSession()
        }
    }
    Component {
        id: staffScreen
        StaffScreen {
            onBack: shell.clearSession()
            onQuit: { shell.mayQuit = true; Qt.quit() }
        }
    }
}
