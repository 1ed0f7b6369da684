pragma Singleton
import QtQuick
import CourtyardKiosk

// Sizes, colours and fonts of every screen (STYLE.md: no literal pixels or colours in screens).
//
// Pixel density assumption (docs/kiosk.md): the lobby kiosk is a 1920 x 1080 panel of 21.5 inch,
// about 102 pixels per inch, so 4 pixels per millimetre. Every touch target is at least 9 mm
// (36 px); the buttons residents use are 18 mm (72 px) high and the PIN keys 24 mm (96 px), so
// that an unsteady finger still hits the one it meant. Body text is 7 mm (28 px) high: readable at
// arm's length. Large-text mode makes every text 1.3 times larger; high-contrast mode is white and
// yellow on black with thick outlines.
QtObject {
    id: theme

    property bool largeText: false
    property bool highContrast: false

    // -- geometry -----------------------------------------------------------------------------
    readonly property real pixelsPerMm: 4
    function mm(millimetres) { return Math.round(millimetres * pixelsPerMm) }
    readonly property int minTarget: mm(9)
    readonly property int buttonHeight: mm(18)
    readonly property int keyHeight: mm(24)
    readonly property int keyWidth: mm(30)
    readonly property int spacing: mm(4)
    readonly property int margin: mm(8)
    readonly property int radius: mm(3)
    readonly property int border: highContrast ? 4 : 2
    readonly property int bannerHeight: mm(14)
    readonly property int contentWidth: mm(400)

    // -- text ---------------------------------------------------------------------------------
    readonly property real textScale: largeText ? 1.3 : 1.0
    readonly property int smallSize: Math.round(22 * textScale)
    readonly property int bodySize: Math.round(28 * textScale)
    readonly property int titleSize: Math.round(44 * textScale)
    readonly property int hugeSize: Math.round(64 * textScale)
    readonly property string fontFamily: Language.fontFamily

    // -- colours (normal: dark text on warm white, contrast at least 7:1) ----------------------
    readonly property color background: highContrast ? "#000000" : "#f6f5f0"
    readonly property color surface: highContrast ? "#000000" : "#ffffff"
    readonly property color text: highContrast ? "#ffffff" : "#16181d"
    readonly property color mutedText: highContrast ? "#ffffff" : "#3d4350"
    readonly property color primary: highContrast ? "#ffe600" : "#0b4f9c"
    readonly property color primaryInk: highContrast ? "#000000" : "#ffffff"
    readonly property color secondary: highContrast ? "#000000" : "#e3e8f1"
    readonly property color secondaryInk: highContrast ? "#ffffff" : "#0b2e5c"
    readonly property color outline: highContrast ? "#ffffff" : "#9aa3b5"
    readonly property color danger: highContrast ? "#ff8080" : "#a4161a"
    readonly property color success: highContrast ? "#7dff7d" : "#1b6e20"
    readonly property color pending: highContrast ? "#ffe600" : "#8a5a00"
    readonly property color bannerBackground: highContrast ? "#000000" : "#fff1c2"
    readonly property color bannerText: highContrast ? "#ffe600" : "#4a3500"
    readonly property color dim: "#b3000000"
}
