import QtQuick
import CourtyardKiosk

// The three reading aids, offered on the welcome and home screens: larger text, high contrast,
// and spoken prompts (only when a speech engine is installed). They last until the session ends.
Row {
    spacing: Theme.spacing

    BigButton {
        objectName: "largeTextButton"
        kind: "secondary"
        selected: Theme.largeText
        //: Toggles larger text on every screen.
        text: qsTr("Larger text")
        checkable: true
        checked: Theme.largeText
        Accessible.role: Accessible.CheckBox
        Accessible.checkable: true
        Accessible.checked: Theme.largeText
        onClicked: Theme.largeText = !Theme.largeText
    }
    BigButton {
        objectName: "highContrastButton"
        kind: "secondary"
        selected: Theme.highContrast
        //: Toggles white and yellow on black colours.
        text: qsTr("High contrast")
        checkable: true
        checked: Theme.highContrast
        Accessible.role: Accessible.CheckBox
        Accessible.checkable: true
        Accessible.checked: Theme.highContrast
        onClicked: Theme.highContrast = !Theme.highContrast
    }
    BigButton {
        objectName: "speechButton"
        visible: Speech.available
        kind: "secondary"
        selected: Speech.enabled
        //: Toggles spoken prompts.
        text: qsTr("Read aloud")
        checkable: true
        checked: Speech.enabled
        Accessible.role: Accessible.CheckBox
        Accessible.checkable: true
        Accessible.checked: Speech.enabled
        onClicked: Speech.enabled = !Speech.enabled
    }
}
