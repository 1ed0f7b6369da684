import QtQuick
import CourtyardKiosk

// An amount of money as the backend formatted it ("¥1,200.00"). The digits are isolated
// left-to-right (U+2066 ... U+2069) so that an Arabic sentence around them never reorders them.
KioskText {
    id: money

    required property string amount

    text: "\u2066" + amount + "\u2069"
    font.bold: true
    wrapMode: Text.NoWrap
    maximumLineCount: 1
    Accessible.name: amount
}
