import QtQuick
import QtQuick.Controls

// A small coloured label for a state: tone "good", "warning", "bad" or "" (neutral).
Rectangle {
    id: chip
    property string text
    property string tone: ""
    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 6
    radius: height / 2
    color: DeskTheme.toneBack(tone)
    Accessible.role: Accessible.StaticText
    Accessible.name: text
    Label {
        id: label
        anchors.centerIn: parent
        text: chip.text
        color: DeskTheme.toneColor(chip.tone === "" ? "" : chip.tone)
        font.pixelSize: DeskTheme.fontSize - 1
    }
}
