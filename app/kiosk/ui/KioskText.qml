import QtQuick
import CourtyardKiosk

// Every text on the kiosk: the language's font, the theme's colour, and elided rather than
// overflowing (the screenshot tour fails on any text that had to be elided, so a translation
// that does not fit is found before a resident sees it).
Text {
    id: label

    // "small", "body", "title" or "huge".
    property string level: "body"

    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: level === "huge" ? Theme.hugeSize
                  : level === "title" ? Theme.titleSize
                  : level === "small" ? Theme.smallSize : Theme.bodySize
    font.bold: level === "title" || level === "huge"
    elide: Text.ElideRight
    wrapMode: Text.Wrap
    maximumLineCount: 3
    textFormat: Text.PlainText
    verticalAlignment: Text.AlignVCenter
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
