import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import CourtyardKiosk

// Report something broken: what kind of repair, where, what is wrong (typed on the on-screen
// keyboard, in the kiosk's language where the keyboard has a layout for it), how urgent. The
// request goes into the outbox at once and shows in the resident's requests as "sending".
FocusScope {
    id: screen

    property string category: ""
    property string urgency: "normal"
    property string location: "unit"

    signal back()
    signal done()
    signal signOut()

    function submit() {
        //: Where the repair is: inside the resident's own flat.
        const where = location === "unit" ? qsTr("In my unit")
                    //: Where the repair is: stairs, lift, garden, ...
                    : qsTr("Common area")
        if (Kiosk.repairs.submit(category, where, description.text, urgency)) {
            description.text = ""
            screen.done()
        }
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
            font.bold: true
            //: Form label: the kind of repair.
            text: qsTr("What needs repair?")
        }
        ChoiceRow {
            Layout.fillWidth: true
            choices: Kiosk.repairs.categories
            current: screen.category
            accessibleName: qsTr("What needs repair?")
            onPicked: function(code) { screen.category = code }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin
            ColumnLayout {
                spacing: Theme.spacing
                KioskText {
                    font.bold: true
                    //: Form label: where the problem is.
                    text: qsTr("Where?")
                }
                ChoiceRow {
                    choices: [{ code: "unit", text: qsTr("In my unit") }, { code: "common", text: qsTr("Common area") }]
                    current: screen.location
                    accessibleName: qsTr("Where?")
                    onPicked: function(code) { screen.location = code }
                }
            }
            ColumnLayout {
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
            font.bold: true
            //: Form label: the resident describes the problem in their own words.
            text: qsTr("What is wrong?")
        }
        TextArea {
            id: description
            objectName: "repairDescription"
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
            enabled: screen.category.length > 0 && description.text.trim().length > 0
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
