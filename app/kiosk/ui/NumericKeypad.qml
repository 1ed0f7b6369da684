import QtQuick
import QtQuick.Controls.Basic
import CourtyardKiosk

// The on-screen number pad for PINs and unit numbers. A FIXED layout, like a telephone
// (1 2 3 on top, 0 below 8), never shuffled: residents of every age find the digits where their
// hands expect them, spoken prompts and a tactile overlay can name positions, and large-text mode
// does not move them. Shoulder-surfing is met instead by masked digits, the lockout after five
// wrong PINs, and the kiosk's privacy hood (docs/kiosk.md). The layout never mirrors: numbers are
// left-to-right in Arabic too.
Grid {
    id: pad

    // A key beside 0 for unit numbers ("-"); none for PINs.
    property string extraKey: ""

    signal digit(string value)
    signal erase()

    columns: 3
    spacing: Theme.spacing
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true
    Accessible.role: Accessible.Grouping
    //: Accessible name of the on-screen number pad.
    Accessible.name: qsTr("Number pad")

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        delegate: BigButton {
            required property string modelData
            objectName: "key" + modelData
            kind: "secondary"
            text: modelData
            width: Theme.keyWidth
            height: Theme.keyHeight
            Accessible.name: modelData
            onClicked: pad.digit(modelData)
        }
    }
    Item {
        width: Theme.keyWidth
        height: Theme.keyHeight
        BigButton {
            objectName: "keyExtra"
            anchors.fill: parent
            visible: pad.extraKey.length > 0
            kind: "secondary"
            text: pad.extraKey
            //: Accessible name of the dash key used in unit numbers such as 1-0203.
            Accessible.name: qsTr("Dash")
            onClicked: pad.digit(pad.extraKey)
        }
    }
    BigButton {
        objectName: "key0"
        kind: "secondary"
        text: "0"
        width: Theme.keyWidth
        height: Theme.keyHeight
        Accessible.name: "0"
        onClicked: pad.digit("0")
    }
    BigButton {
        objectName: "keyErase"
        kind: "secondary"
        //: The key on the number pad that removes the last digit typed.
        text: qsTr("Delete")
        shrinkToFit: true
        width: Theme.keyWidth
        height: Theme.keyHeight
        onClicked: pad.erase()
    }
}
