import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A page's title and a line saying what it is for.
ColumnLayout {
    property alias title: titleLabel.text
    property alias subtitle: subtitleLabel.text
    spacing: 2
    Layout.fillWidth: true
    Label { id: titleLabel; font.pixelSize: DeskTheme.titleSize; font.bold: true; color: DeskTheme.text }
    Label {
        id: subtitleLabel
        visible: text !== ""
        color: DeskTheme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
