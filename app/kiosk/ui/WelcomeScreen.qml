import QtQuick
import QtQuick.Layouts
import CourtyardKiosk

// The attract screen: the community's name, the language choice, Start, and the reading aids.
// A card or QR code held to the reader works here at once.
FocusScope {
    id: screen

    // While the kiosk is still loading (StartupScreen): its start (startup.h); the community's
    // name comes with the ledger. Null once it is open.
    property QtObject startup: null

    signal start()
    signal staff()

    Accessible.role: Accessible.Pane
    Accessible.name: title.text

    CardReaderInput {
        focus: true
        startup: screen.startup
        onUnknown: screen.start()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 2

        RowLayout {
            Layout.fillWidth: true
            AccessibilityBar {}
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "staffButton"
                kind: "quiet"
                //: Opens the staff menu (asks for the staff PIN first).
                text: qsTr("Staff")
                Layout.preferredWidth: Theme.mm(40)
                onClicked: screen.staff()
            }
        }
        Item { Layout.fillHeight: true }
        KioskText {
            id: title
            Layout.fillWidth: true
            level: "huge"
            horizontalAlignment: Text.AlignHCenter
            //: The first word on the lobby screen.
            text: qsTr("Welcome")
            Accessible.role: Accessible.Heading
        }
        KioskText {
            Layout.fillWidth: true
            level: "title"
            font.bold: false
            horizontalAlignment: Text.AlignHCenter
            // A space while loading: the line keeps its height, nothing moves when the name comes.
            text: screen.startup ? " " : Kiosk.communityName
        }
        KioskText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            color: Theme.mutedText
            //: How to begin: with the resident card / QR code on the reader, or the Start button.
            text: qsTr("Hold your resident card or QR code to the reader, or touch Start.")
        }
        BigButton {
            objectName: "startButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.mm(120)
            Layout.preferredHeight: Theme.keyHeight
            //: Starts a session on the welcome screen.
            text: qsTr("Start")
            onClicked: screen.start()
        }
        Item { Layout.fillHeight: true }
        LanguagePicker {
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
