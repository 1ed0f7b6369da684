import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import CourtyardKiosk

// Report something broken: what kind of repair, where (a common place tapped, or typed), what is
// wrong (typed on the on-screen keyboard, in the kiosk's language where the keyboard has a layout
// for it), how urgent. The request goes into the outbox at once and shows in the resident's
// requests as "sending". While the keyboard is up only the field being typed in stays above it
// (with the header and the send button): the rest is taps, and would not fit beside the keyboard.
FocusScope {
    id: screen

    property string category: ""
    property string urgency: "normal"
    readonly property bool typing: keyboard.active

    signal back()
    signal done()
    signal signOut()

    function submit() {
        if (Kiosk.repairs.submit(category, location.text, description.text, urgency)) {
            location.text = ""
            description.text = ""
            screen.done()
        }
    }

    // Empty, for a new request: the shell shows the same form again within a session
    // (KioskShell: it is made ahead). Setting the texts also drops their undo history.
    function clear() {
        Qt.inputMethod.hide()
        category = ""
        urgency = "normal"
        location.text = ""
        description.text = ""
    }

    // The place tapped (its text, in this language, becomes the location).
    function placeText(code) {
        const places = Kiosk.repairs.places
        for (let i = 0; i < places.length; ++i) {
            if (places[i].code === code) {
                return places[i].text
            }
        }
        return ""
    }
    function placeCode(text) {
        const places = Kiosk.repairs.places
        for (let i = 0; i < places.length; ++i) {
            if (places[i].text === text.trim()) {
                return places[i].code
            }
        }
        return ""
    }

    Accessible.role: Accessible.Pane
    Accessible.name: header.title

    // The keyboard in the kiosk's language: Qt's Latin and Arabic layouts, the kiosk's own
    // Chinese (pinyin) and Japanese (romaji, kana, kanji) ones (KeyboardSetup.qml, keyboard.h).
    KeyboardSetup {}

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: keyboard.active ? keyboard.height + Theme.spacing : Theme.margin
        spacing: Theme.spacing

        ScreenHeader {
            id: header
            Layout.fillWidth: true
            //: Title of the repair request form.
            title: qsTr("Report a repair")
            onBack: screen.back()
            onSignOut: screen.signOut()
        }
        KioskText {
            Layout.fillWidth: true
            visible: !screen.typing
            font.bold: true
            //: Form label: the kind of repair.
            text: qsTr("What needs repair?")
        }
        ChoiceRow {
            Layout.fillWidth: true
            visible: !screen.typing
            choices: Kiosk.repairs.categories
            current: screen.category
            accessibleName: qsTr("What needs repair?")
            onPicked: function(code) { screen.category = code }
        }
        KioskText {
            Layout.fillWidth: true
            visible: !screen.typing || location.activeFocus
            font.bold: true
            //: Form label: where the problem is (a place to tap, or typed).
            text: qsTr("Where?")
        }
        ChoiceRow {
            objectName: "repairPlaces"
            Layout.fillWidth: true
            visible: !screen.typing
            choices: Kiosk.repairs.places
            current: screen.placeCode(location.text)
            accessibleName: qsTr("Where?")
            onPicked: function(code) { location.text = screen.placeText(code) }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: !screen.typing || location.activeFocus
            spacing: Theme.margin
            TextField {
                id: location
                objectName: "repairLocation"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignBottom
                Layout.preferredHeight: Theme.buttonHeight
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.text
                maximumLength: Kiosk.repairs.maxLocationLength
                //: Placeholder of the location field, under the places to tap.
                placeholderText: qsTr("Or type it, for example: stairwell B, 3rd floor")
                placeholderTextColor: Theme.mutedText
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Where?")
                onAccepted: description.forceActiveFocus()
                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: location.activeFocus ? Theme.primary : Theme.outline
                    border.width: Theme.border
                }
            }
            ColumnLayout {
                visible: !screen.typing
                spacing: Theme.spacing
                KioskText {
                    font.bold: true
                    //: Form label: how soon the repair is needed.
                    text: qsTr("How urgent?")
                }
                ChoiceRow {
                    choices: Kiosk.repairs.urgencies
                    current: screen.urgency
                    accessibleName: qsTr("How urgent?")
                    onPicked: function(code) { screen.urgency = code }
                }
            }
        }
        KioskText {
            Layout.fillWidth: true
            visible: !screen.typing || description.activeFocus
            font.bold: true
            //: Form label: the resident describes the problem in their own words.
            text: qsTr("What is wrong?")
        }
        TextArea {
            id: description
            objectName: "repairDescription"
            visible: !screen.typing || description.activeFocus
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.buttonHeight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: TextEdit.Wrap
            //: Placeholder of the description field.
            placeholderText: qsTr("For example: the kitchen tap drips")
            placeholderTextColor: Theme.mutedText
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("What is wrong?")
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius
                border.color: description.activeFocus ? Theme.primary : Theme.outline
                border.width: Theme.border
            }
        }
        // While the place is typed (the description waits under the keyboard), the room left:
        // the send button stays just above the keyboard.
        Item {
            Layout.fillHeight: true
            visible: screen.typing && !description.visible
        }
        KioskText {
            objectName: "repairMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.danger
            text: Kiosk.repairs.message
        }
        BigButton {
            objectName: "sendRepairButton"
            Layout.fillWidth: true
            enabled: screen.category.length > 0 && location.text.trim().length > 0 && description.text.trim().length > 0
            //: Sends the repair request.
            text: qsTr("Send request")
            onClicked: screen.submit()
        }
    }

    InputPanel {
        id: keyboard
        objectName: "keyboard"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: active
    }
}
