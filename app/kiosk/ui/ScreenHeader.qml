import QtQuick
import QtQuick.Layouts
import CourtyardKiosk

// The top of a resident's screen: a back button (when there is somewhere to go back to), the
// title, and "Sign out".
RowLayout {
    id: header

    property string title: ""
    property bool canGoBack: true
    property bool canSignOut: true

    signal back()
    signal signOut()

    spacing: Theme.spacing

    BigButton {
        objectName: "backButton"
        visible: header.canGoBack
        kind: "secondary"
        //: Goes to the previous screen.
        text: qsTr("Back")
        Layout.preferredWidth: Theme.mm(50)
        onClicked: header.back()
    }
    KioskText {
        Layout.fillWidth: true
        level: "title"
        maximumLineCount: 1
        text: header.title
        Accessible.role: Accessible.Heading
    }
    BigButton {
        objectName: "signOutButton"
        visible: header.canSignOut
        kind: "danger"
        //: Ends the resident's session and clears the screen.
        text: qsTr("Sign out")
        Layout.preferredWidth: Theme.mm(60)
        onClicked: header.signOut()
    }
}
