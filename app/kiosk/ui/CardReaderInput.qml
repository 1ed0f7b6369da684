import QtQuick
import CourtyardKiosk

// Takes what a keyboard-wedge card or QR reader types (digits, then Enter) while a screen that
// accepts a card is showing. Invisible; it holds the keyboard focus of its screen. The typed
// number is handed to the backend at once and cleared here.
TextInput {
    id: reader

    width: 1
    height: 1
    opacity: 0
    focus: true
    echoMode: TextInput.NoEcho
    // No Qt.ImhDigitsOnly: the reader types on its own, never on the on-screen keyboard, and that
    // hint would make the keyboard made ahead with the repair form (KioskShell) load its digits
    // layout at every screen with a card reader, and its letters again at the next (40-80 ms each).
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
    maximumLength: 128
    Accessible.ignored: true

    // While the kiosk is still loading (StartupScreen): the start that keeps the number until
    // the ledger is open (startup.h). Null: the number goes to the session at once.
    property QtObject startup: null

    // The reader's number was not a known card (the backend's message says so).
    signal unknown()

    onAccepted: {
        const card = text
        text = ""
        if (card.length > 0) {
            if (reader.startup) {
                reader.startup.submitCard(card)
            } else if (!Kiosk.session.identifyByCard(card)) {
                reader.unknown()
            }
        }
    }
}
