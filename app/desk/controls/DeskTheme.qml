pragma Singleton
import QtQuick

// The desk's palette and sizes: calm, readable at a desk, the same in every slice.
QtObject {
    readonly property color window: "#f4f5f7"
    readonly property color panel: "#ffffff"
    readonly property color border: "#d5d9e0"
    readonly property color text: "#1d232b"
    readonly property color muted: "#66707d"
    readonly property color accent: "#1f5fa8"
    readonly property color accentText: "#ffffff"
    readonly property color selection: "#d8e6f7"
    readonly property color alternate: "#f8f9fb"
    readonly property color good: "#1e7b45"
    readonly property color goodBack: "#e2f3e8"
    readonly property color warning: "#8a5a00"
    readonly property color warningBack: "#fdf1d8"
    readonly property color bad: "#b3261e"
    readonly property color badBack: "#fbe4e2"
    readonly property int rowHeight: 28
    readonly property int spacing: 8
    readonly property int radius: 4
    readonly property int fontSize: 13
    readonly property int titleSize: 19

    function toneColor(tone) {
        return tone === "good" ? good : tone === "warning" ? warning : tone === "bad" ? bad : tone === "muted" ? muted : text
    }
    function toneBack(tone) {
        return tone === "good" ? goodBack : tone === "warning" ? warningBack : tone === "bad" ? badBack : "#eceff3"
    }
}
