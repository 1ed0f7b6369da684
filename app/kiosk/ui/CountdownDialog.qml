import QtQuick
import QtQuick.Controls.Basic
import CourtyardKiosk

// "Are you still there?": shown over everything when nobody has touched the screen for a while,
// with the seconds left before the kiosk clears the resident's data and returns to the welcome
// screen. Any touch on it, or the button, keeps the session.
Rectangle {
    id: overlay

    property int secondsLeft: 0

    signal stay()

    color: Theme.dim
    Accessible.role: Accessible.Dialog
    Accessible.name: question.text

    MouseArea {
        anchors.fill: parent
        onClicked: overlay.stay()
    }

    Panel {
        anchors.centerIn: parent
        width: Theme.mm(220)
        height: box.implicitHeight + 2 * Theme.margin

        Column {
            id: box
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing * 2

            KioskText {
                id: question
                width: parent.width
                level: "title"
                horizontalAlignment: Text.AlignHCenter
                //: Asked after 45 seconds without a touch.
                text: qsTr("Are you still there?")
            }
            KioskText {
                objectName: "idleCountdown"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                //: %Ln is the number of seconds before the kiosk signs the resident out.
                text: qsTr("For your privacy, this screen will be cleared in %Ln second(s).", "", overlay.secondsLeft)
            }
            BigButton {
                objectName: "stayButton"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width, Theme.mm(150))
                //: Button on the idle question: keep the session.
                text: qsTr("I am still here")
                onClicked: overlay.stay()
            }
        }
    }
}
