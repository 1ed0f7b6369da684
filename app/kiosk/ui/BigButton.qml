import QtQuick
import QtQuick.Controls.Basic
import CourtyardKiosk

// The kiosk's button: at least 18 mm high, a large label, a clear pressed state, and an
// accessible name. kind: "primary" (the next step), "secondary", "danger" (cancel, sign out) or
// "quiet" (text only).
Button {
    id: button

    property string kind: "primary"
    property string detail: ""
    property bool selected: false
    // The label may get smaller (down to the small text size) to fit a fixed-size button, such
    // as the number pad's keys in large text, instead of being cut.
    property bool shrinkToFit: false

    implicitHeight: Math.max(Theme.buttonHeight, contentItem.implicitHeight + 2 * Theme.mm(2))
    implicitWidth: Math.max(Theme.mm(60), contentItem.implicitWidth + 2 * Theme.spacing)
    // Reached with Tab, never taken by a tap: a tap on a language, a reading aid or a number-pad
    // key leaves the keyboard focus with the screen's card reader (CardReaderInput), so that a
    // card read after it is not typed into the button.
    focusPolicy: Qt.TabFocus
    Accessible.role: Accessible.Button
    Accessible.name: detail.length > 0 ? text + ", " + detail : text

    readonly property color fill: kind === "primary" ? Theme.primary
                                : kind === "danger" ? Theme.danger
                                : kind === "quiet" ? "transparent" : Theme.secondary
    readonly property color ink: kind === "primary" ? Theme.primaryInk
                               : kind === "danger" ? (Theme.highContrast ? "#000000" : "#ffffff")
                               : kind === "quiet" ? Theme.primary : Theme.secondaryInk

    background: Rectangle {
        radius: Theme.radius
        color: button.fill
        opacity: button.enabled ? 1.0 : 0.45
        border.width: button.selected || button.visualFocus ? Theme.border * 2
                    : (Theme.highContrast || button.kind === "quiet" ? Theme.border : 0)
        border.color: button.selected || button.visualFocus ? Theme.text : Theme.outline
        Rectangle {
            anchors.fill: parent
            radius: parent.radius
            color: Theme.highContrast ? "#ffffff" : "#000000"
            opacity: button.down ? 0.25 : 0
        }
    }
    contentItem: Item {
        implicitWidth: Math.max(title.implicitWidth, sub.visible ? sub.implicitWidth : 0)
        implicitHeight: lines.implicitHeight
        clip: true
        Column {
            id: lines
            anchors.centerIn: parent
            width: parent.width
            spacing: Theme.mm(1)
            Text {
                id: title
                width: parent.width
                text: button.text
                color: button.ink
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: true
                fontSizeMode: button.shrinkToFit ? Text.HorizontalFit : Text.FixedSize
                minimumPixelSize: Theme.smallSize
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            Text {
                id: sub
                width: parent.width
                visible: button.detail.length > 0
                text: button.detail
                color: button.ink
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
        }
    }
}
