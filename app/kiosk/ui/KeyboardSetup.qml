import QtQuick
import QtQuick.VirtualKeyboard.Settings
import CourtyardKiosk

// What the kiosk sets on Qt Virtual Keyboard wherever its InputPanel is (keyboard.h): the
// keyboard speaks the kiosk's language — Qt's own layouts for English (en_US) and Arabic (ar_AR),
// the kiosk's for Chinese (zh_CN, pinyin) and Japanese (ja_JP, romaji -> kana -> kanji) — and,
// in Chinese and Japanese, the candidate bar keeps its place above the keys (part of the panel's
// height, so it never covers the form above it).
QtObject {
    property Binding layoutPath: Binding {
        target: VirtualKeyboardSettings
        property: "layoutPath"
        value: KioskKeyboard.layoutPathFor(Language.code)
    }
    property Binding locale: Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: KioskKeyboard.localeFor(Language.code)
    }
    property Binding candidateBar: Binding {
        target: VirtualKeyboardSettings.wordCandidateList
        property: "alwaysVisible"
        value: Language.code === "zh_CN" || Language.code === "ja"
    }
}
