import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// The kiosk's Chinese keyboard (app/kiosk/ui/keyboard.h): pinyin typed on QWERTY letters becomes
// hanzi candidates in the bar above the keys (CjkInputMethod on Google Pinyin); the mode key
// switches 拼音 / ABC. Debian 12's Qt Virtual Keyboard has no pinyin layout of its own.
KeyboardLayout {
    id: layout
    keyWeight: 160
    sharedLayouts: ["symbols"]

    // Pinyin -> hanzi, kept for the symbols page (sharedLayouts); made
    // under the keyboard's layout loader, which outlives this page (the keyboard destroys it).
    function createInputMethod() {
        return Qt.createQmlObject('import CourtyardKiosk; CjkInputMethod { language: "zh_CN" }', layout.parent, "zh_CNInputMethod")
    }

    KeyboardRow {
        Key {
            key: Qt.Key_Q
            text: "q"
        }
        Key {
            key: Qt.Key_W
            text: "w"
        }
        Key {
            key: Qt.Key_E
            text: "e"
        }
        Key {
            key: Qt.Key_R
            text: "r"
        }
        Key {
            key: Qt.Key_T
            text: "t"
        }
        Key {
            key: Qt.Key_Y
            text: "y"
        }
        Key {
            key: Qt.Key_U
            text: "u"
        }
        Key {
            key: Qt.Key_I
            text: "i"
        }
        Key {
            key: Qt.Key_O
            text: "o"
        }
        Key {
            key: Qt.Key_P
            text: "p"
        }
    }
    KeyboardRow {
        FillerKey {
            weight: 80
        }
        Key {
            key: Qt.Key_A
            text: "a"
        }
        Key {
            key: Qt.Key_S
            text: "s"
        }
        Key {
            key: Qt.Key_D
            text: "d"
        }
        Key {
            key: Qt.Key_F
            text: "f"
        }
        Key {
            key: Qt.Key_G
            text: "g"
        }
        Key {
            key: Qt.Key_H
            text: "h"
        }
        Key {
            key: Qt.Key_J
            text: "j"
        }
        Key {
            key: Qt.Key_K
            text: "k"
        }
        Key {
            key: Qt.Key_L
            text: "l"
        }
        FillerKey {
            weight: 80
        }
    }
    KeyboardRow {
        InputModeKey {
            objectName: "inputModeKey"
            weight: 240
        }
        Key {
            key: Qt.Key_Z
            text: "z"
        }
        Key {
            key: Qt.Key_X
            text: "x"
        }
        Key {
            key: Qt.Key_C
            text: "c"
        }
        Key {
            key: Qt.Key_V
            text: "v"
        }
        Key {
            key: Qt.Key_B
            text: "b"
        }
        Key {
            key: Qt.Key_N
            text: "n"
        }
        Key {
            key: Qt.Key_M
            text: "m"
        }
        BackspaceKey {
            weight: 240
        }
    }
    KeyboardRow {
        SymbolModeKey {
            weight: 240
        }
        Key {
            key: Qt.Key_Comma
            text: "，"
            alternativeKeys: "，、；：'"
        }
        SpaceKey {
        }
        Key {
            key: Qt.Key_Period
            text: "。"
            alternativeKeys: "。？！"
        }
        EnterKey {
            weight: 240
        }
    }
}
