import QtQuick
import CourtyardKiosk

// A short status word in a rounded outline: "pending" in amber, "confirmed" in green, "rejected"
// in red. `tone` is one of pending, ok, bad, neutral; the word comes translated from the backend.
Rectangle {
    id: chip

    property string text: ""
    property string tone: "neutral"

    readonly property color ink: tone === "pending" ? Theme.pending
                               : tone === "ok" ? Theme.success
                               : tone === "bad" ? Theme.danger : Theme.mutedText

    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    implicitHeight: label.implicitHeight + Theme.mm(2)
    radius: height / 2
    color: "transparent"
    border.color: ink
    border.width: Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    KioskText {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, chip.width - 2 * Theme.spacing)
        level: "small"
        font.bold: true
        color: chip.ink
        maximumLineCount: 1
        wrapMode: Text.NoWrap
        text: chip.text
    }
}
