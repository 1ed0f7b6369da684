import QtQuick
import QtQuick.Controls.Basic
import CourtyardKiosk

// The scroll bar of the kiosk's lists: shown whenever a list holds more than its place shows
// (large text makes that common), so that a row cut at the bottom reads as "there is more,
// scroll" rather than as a broken screen. Wide enough to drag with a finger.
ScrollBar {
    policy: size < 1.0 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
    minimumSize: 0.15
    contentItem: Rectangle {
        implicitWidth: Theme.mm(3)
        radius: width / 2
        color: Theme.mutedText
    }
    background: Rectangle {
        implicitWidth: Theme.mm(3)
        radius: width / 2
        color: Theme.surface
        border.color: Theme.mutedText
        border.width: 1
    }
    Accessible.name: qsTr("Scroll for more")
}
