import QtQuick
import QtQuick.Layouts
import CourtyardKiosk

// What the kiosk shows while it opens its ledger and key in the background (app/kiosk/backend/
// startup.h): the welcome screen — the language choice works at once — and, after Start, the
// identify screen. A card, a unit number or the staff button used now is kept by the start and
// handled the moment the kiosk is ready; meanwhile "One moment…" says it was taken. A start that
// failed shows why, and whom to call. Main.qml replaces this by KioskShell once ready.
FocusScope {
    id: root

    // The KioskStartup (Main.qml: the Startup singleton; tests: one of their own).
    required property QtObject startup
    // welcome, identify, error: what the start-up probe and the tests read, as KioskShell's.
    readonly property string screen: startup.state === "failed" ? "error" : page
    property string page: "welcome"
    readonly property alias currentScreen: loader.item

    LayoutMirroring.enabled: Language.rightToLeft
    LayoutMirroring.childrenInherit: true

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Loader {
        id: loader
        anchors.fill: parent
        focus: true
        sourceComponent: root.screen === "error" ? errorScreen : root.screen === "identify" ? identifyScreen : welcomeScreen
        onLoaded: item.forceActiveFocus()
    }

    // The request is kept; the person is told it was (the whole screen, so nothing is tapped twice).
    Rectangle {
        objectName: "oneMoment"
        anchors.fill: parent
        visible: root.startup.waiting && root.screen !== "error"
        color: Theme.background
        Accessible.role: Accessible.AlertMessage
        Accessible.name: oneMomentTitle.text

        MouseArea {
            anchors.fill: parent // a tap here changes nothing
        }
        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.margin, Theme.contentWidth)
            spacing: Theme.spacing * 2
            KioskText {
                id: oneMomentTitle
                Layout.fillWidth: true
                level: "huge"
                horizontalAlignment: Text.AlignHCenter
                //: Shown when a card, a unit number or the staff button was used while the kiosk is still starting; it is handled in a few seconds.
                text: qsTr("One moment…")
            }
            KioskText {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                color: Theme.mutedText
                //: Below "One moment…": the kiosk is still starting and will continue by itself.
                text: qsTr("The kiosk is getting ready and will continue by itself.")
            }
        }
    }

    Component {
        id: welcomeScreen
        WelcomeScreen {
            startup: root.startup
            onStart: { root.startup.requestStart(); root.page = "identify" }
            onStaff: root.startup.requestStaff()
        }
    }
    Component {
        id: identifyScreen
        IdentifyScreen {
            startup: root.startup
            unit: root.startup.draftUnit
            onBack: { root.startup.backToWelcome(); root.page = "welcome" }
        }
    }
    Component {
        id: errorScreen
        FocusScope {
            Accessible.role: Accessible.Pane
            Accessible.name: errorTitle.text
            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.contentWidth)
                spacing: Theme.spacing * 2
                // Residents read the plain sentence; the reason is for the staff they call, small
                // below it (it may hold a file path and the system's English words).
                KioskText {
                    id: errorTitle
                    Layout.fillWidth: true
                    level: "title"
                    color: Theme.danger
                    //: The kiosk cannot start: residents cannot use it until staff repair it.
                    text: qsTr("This kiosk cannot be used now. Please tell the building's staff.")
                    Accessible.role: Accessible.AlertMessage
                }
                KioskText {
                    objectName: "startError"
                    Layout.fillWidth: true
                    color: Theme.mutedText
                    maximumLineCount: 6
                    // The sentence the kiosk printed (and still prints) when it cannot start.
                    text: qsTranslate("KioskMain", "The kiosk could not open its ledger: %1").arg(root.startup.error)
                }
                LanguagePicker {
                    Layout.alignment: Qt.AlignHCenter
                }
            }
        }
    }
}
