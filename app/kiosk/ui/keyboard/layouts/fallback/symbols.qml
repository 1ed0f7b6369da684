import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// The symbols page of the kiosk's Chinese and Japanese keyboards (zh_CN/ and ja_JP/ have
// symbols.fallback): digits, the signs a repair description needs and the full-width punctuation
// of both languages. Every key has a fixed weight (1600 per row), so the page lays out the same
// however it is loaded. The input method of the letters page stays (its sharedLayouts): a
// composition in progress is finished before a sign is typed.
KeyboardLayout {
    keyWeight: 160

    KeyboardRow {
        Key {
            key: Qt.Key_1
            text: "1"
        }
        Key {
            key: Qt.Key_2
            text: "2"
        }
        Key {
            key: Qt.Key_3
            text: "3"
        }
        Key {
            key: Qt.Key_4
            text: "4"
        }
        Key {
            key: Qt.Key_5
            text: "5"
        }
        Key {
            key: Qt.Key_6
            text: "6"
        }
        Key {
            key: Qt.Key_7
            text: "7"
        }
        Key {
            key: Qt.Key_8
            text: "8"
        }
        Key {
            key: Qt.Key_9
            text: "9"
        }
        Key {
            key: Qt.Key_0
            text: "0"
        }
    }
    KeyboardRow {
        Key {
            key: Qt.Key_At
            text: "@"
        }
        Key {
            key: Qt.Key_NumberSign
            text: "#"
        }
        Key {
            key: Qt.Key_Percent
            text: "%"
        }
        Key {
            key: Qt.Key_Ampersand
            text: "&"
        }
        Key {
            key: Qt.Key_Asterisk
            text: "*"
        }
        Key {
            key: Qt.Key_Minus
            text: "-"
        }
        Key {
            key: Qt.Key_Plus
            text: "+"
        }
        Key {
            key: Qt.Key_Slash
            text: "/"
        }
        Key {
            key: 0xFF08
            text: "（"
        }
        Key {
            key: 0xFF09
            text: "）"
        }
    }
    KeyboardRow {
        Key {
            key: 0x300C
            text: "「"
        }
        Key {
            key: 0x300D
            text: "」"
        }
        Key {
            key: 0xFF1A
            text: "："
        }
        Key {
            key: 0xFF1B
            text: "；"
        }
        Key {
            key: 0xFF01
            text: "！"
        }
        Key {
            key: 0xFF1F
            text: "？"
        }
        Key {
            key: 0x30FB
            text: "・"
        }
        Key {
            key: 0x2026
            text: "…"
        }
        BackspaceKey {
            weight: 320
        }
    }
    KeyboardRow {
        SymbolModeKey {
            weight: 240
        }
        Key {
            key: 0xFF0C
            text: "，"
        }
        Key {
            key: 0x3001
            text: "、"
        }
        SpaceKey {
        }
        Key {
            key: 0x3002
            text: "。"
        }
        EnterKey {
            weight: 240
        }
    }
}
