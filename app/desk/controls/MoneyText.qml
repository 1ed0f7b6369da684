import QtQuick
import QtQuick.Controls

// An amount as the backend formatted it ("CNY 1,234.50"): never computed in QML. Numbers stay
// left-to-right inside a mirrored layout.
Label {
    property string amount
    property string tone: ""
    text: "\u2066" + amount + "\u2069"
    color: DeskTheme.toneColor(tone)
}
