import QtQuick
import QtQuick.Controls

// A button whose action must be confirmed (a reversal, a post, a revocation): the first click
// asks "question", the second within 5 s does it.
Button {
    id: button
    property string question: qsTr("Click again to confirm")
    property string label
    property bool armed: false
    signal confirmed()
    text: armed ? question : label
    highlighted: armed
    onClicked: {
        if (armed) { armed = false; disarm.stop(); confirmed() }
        else { armed = true; disarm.restart() }
    }
    Timer { id: disarm; interval: 5000; onTriggered: button.armed = false }
}
