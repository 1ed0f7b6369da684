import QtQuick
import CourtyardKiosk

// The digits typed so far, masked: one filled circle per digit, one empty per place left.
Row {
    id: dots

    property int length: 0
    property int places: 6

    spacing: Theme.spacing
    LayoutMirroring.enabled: false
    Accessible.role: Accessible.StaticText
    //: Read aloud for the masked PIN field; %Ln is how many digits were typed.
    Accessible.name: qsTr("%Ln digit(s) entered", "", length)

    Repeater {
        model: Math.max(dots.places, dots.length)
        delegate: Rectangle {
            required property int index
            width: Theme.mm(10)
            height: width
            radius: width / 2
            color: index < dots.length ? Theme.text : "transparent"
            border.color: Theme.text
            border.width: Theme.border
        }
    }
}
