import QtQuick
import QtTest
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import CourtyardKiosk

// The repair form's description typed on the on-screen keyboard, key by key where a finger
// would touch: pinyin and romaji become candidates in the keyboard's bar, a tapped candidate
// goes into the field.
Item {
    id: root
    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        id: test
        name: "KioskKeyboard"
        when: windowShown

        function card(i) { return Kiosk.device.demoCards[i] }

        function tap(name) {
            const item = findChild(shell, name)
            verify(item !== null, "no item " + name + " on " + shell.screen)
            verify(item.visible && item.enabled, name + " is not visible and enabled")
            if (item.parent) {
                waitForItemPolished(item.parent)
            }
            wait(30)
            mouseClick(item)
        }

        function typeOnPad(text) {
            for (let i = 0; i < text.length; ++i) {
                tap(text[i] === "-" || text[i] === "." ? "keyExtra" : "key" + text[i])
            }
        }

        function openRepairForm(language) {
            shell.clearSession()
            tryCompare(shell, "screen", "welcome")
            Language.setLanguage(language)
            tap("startButton")
            tryCompare(shell, "screen", "identify")
            typeOnPad(card(0).unit)
            tap("unitContinue")
            tryCompare(shell, "screen", "pin")
            typeOnPad(card(0).pin)
            tap("pinOk")
            tryCompare(shell, "screen", "home", 5000)
            compare(Language.code, language)
            tap("newRepairButton")
            tryCompare(shell, "screen", "repair")
            const description = findChild(shell, "repairDescription")
            mouseClick(description)
            verify(description.activeFocus)
            const panel = findChild(shell, "keyboard")
            tryVerify(function() { return panel.active }, 5000, "the keyboard comes up")
            // Keys are tapped where they stand once the panel has slid in.
            tryVerify(function() { return !Qt.inputMethod.animating }, 5000, "the keyboard in place")
            waitForItemPolished(panel)
            return description
        }

        // The visible key of the keyboard's current layout that types `text`.
        function findKey(item, text) {
            if (item.visible === false)
                return null
            if (item.keyType !== undefined && item.text === text && item.enabled && item.width > 0 && item.height > 0)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findKey(item.children[i], text)
                if (found)
                    return found
            }
            return null
        }

        // The visible key that sends `code` (Space, Backspace: keys without a letter).
        function findKeyCode(item, code) {
            if (item.visible === false)
                return null
            if (item.keyType !== undefined && item.key === code && item.enabled && item.width > 0 && item.height > 0)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findKeyCode(item.children[i], code)
                if (found)
                    return found
            }
            return null
        }

        function tapKey(code) {
            const key = findKeyCode(findChild(shell, "keyboard"), code)
            verify(key !== null, "no key " + code)
            mouseClick(key)
        }

        function layoutLoaded(locale) {
            const panel = findChild(shell, "keyboard")
            return panel.keyboard.locale === locale && findKey(panel, "q") !== null
        }

        function typeKeys(letters) {
            const panel = findChild(shell, "keyboard")
            for (let i = 0; i < letters.length; ++i) {
                const key = findKey(panel, letters[i])
                verify(key !== null, "no key " + letters[i] + " on the " + panel.keyboard.locale + " keyboard")
                mouseClick(key)
            }
        }

        function candidates() {
            const list = findChild(shell, "wordCandidateView")
            const out = []
            for (let i = 0; i < list.count; ++i)
                out.push(list.model.dataAt(i))
            return out
        }

        function tapCandidate(text) {
            const list = findChild(shell, "wordCandidateView")
            const index = candidates().indexOf(text)
            verify(index >= 0, text + " among " + candidates().slice(0, 10).join(" "))
            list.positionViewAtIndex(index, ListView.Contain)
            waitForItemPolished(list)
            const item = list.itemAtIndex(index)
            verify(item !== null && item.visible)
            // The candidates slide in (the style's add transition): tap where it comes to rest.
            tryVerify(function() { return item.y === 0 && item.opacity === 1 }, 2000, "the candidate in place")
            mouseClick(item)
        }

        function shot(name) {
            const list = findChild(shell, "wordCandidateView")
            tryVerify(function() { return list.count === 0 || (list.itemAtIndex(0) && list.itemAtIndex(0).y === 0 && list.itemAtIndex(0).opacity === 1) },
                      2000, "the candidates at rest")
            wait(50)
            grabImage(root).save(shotsDir + "/" + name + ".png")
        }

        function test_1_chinese_pinyin() {
            const description = openRepairForm("zh_CN")
            compare(VirtualKeyboardSettings.locale, "zh_CN")
            tryVerify(function() { return layoutLoaded("zh_CN") }, 5000, "the kiosk's pinyin layout")
            compare(InputContext.inputEngine.inputMode, InputEngine.InputMode.Pinyin)
            typeKeys("xiuli")
            compare(InputContext.preeditText, "xiuli")
            compare(description.text, "") // pre-edit only, nothing committed yet
            tryVerify(function() { return candidates().indexOf("修理") >= 0 && candidates().indexOf("修理") < 3 }, 2000,
                      "修理 among the first candidates: " + candidates().slice(0, 8).join(" "))
            shot("zh_CN-candidates")
            tapCandidate("修理")
            tryCompare(description, "text", "修理")
            compare(InputContext.preeditText, "")
            // A second word, finished with Space (the first candidate), then Chinese punctuation.
            typeKeys("chufang")
            tryVerify(function() { return candidates()[0] === "厨房" }, 2000, candidates().slice(0, 5).join(" "))
            tapKey(Qt.Key_Space)
            typeKeys("。")
            tryCompare(description, "text", "修理厨房。")
            // Backspace takes letters back before it deletes text.
            typeKeys("ni")
            compare(InputContext.preeditText, "ni")
            tapKey(Qt.Key_Backspace)
            compare(InputContext.preeditText, "n")
            tapKey(Qt.Key_Backspace)
            compare(InputContext.preeditText, "")
            compare(description.text, "修理厨房。")
            tapKey(Qt.Key_Backspace)
            tryCompare(description, "text", "修理厨房")
            // The mode key: ABC types letters as they are, then back to pinyin.
            const modeKey = findChild(shell, "inputModeKey")
            mouseClick(modeKey)
            compare(InputContext.inputEngine.inputMode, InputEngine.InputMode.Latin)
            typeKeys("ok")
            compare(InputContext.preeditText, "")
            tryCompare(description, "text", "修理厨房ok")
            mouseClick(modeKey)
            compare(InputContext.inputEngine.inputMode, InputEngine.InputMode.Pinyin)
            // The symbols page: a composition is finished (first candidate) before a sign.
            typeKeys("shui")
            const first = candidates()[0]
            verify(["水", "谁"].indexOf(first) >= 0, first)
            tapKey(Qt.Key_Context1)
            tryVerify(function() { return findKey(findChild(shell, "keyboard"), "（") !== null }, 3000, "the symbols page")
            typeKeys("（2）")
            tryCompare(description, "text", "修理厨房ok" + first + "（2）")
            tapKey(Qt.Key_Context1)
            tryVerify(function() { return layoutLoaded("zh_CN") }, 3000, "back to the letters")
        }

        function test_2_japanese_romaji_kana_kanji() {
            const description = openRepairForm("ja")
            compare(VirtualKeyboardSettings.locale, "ja_JP")
            tryVerify(function() { return layoutLoaded("ja_JP") }, 5000, "the kiosk's Japanese layout")
            compare(InputContext.inputEngine.inputMode, InputEngine.InputMode.Hiragana)
            typeKeys("shuuri")
            compare(InputContext.preeditText, "しゅうり")
            compare(description.text, "")
            tryVerify(function() { return candidates()[0] === "修理" }, 2000, candidates().slice(0, 5).join(" "))
            shot("ja-candidates")
            tapCandidate("修理")
            tryCompare(description, "text", "修理")
            // The long-vowel key and katakana as a candidate.
            typeKeys("erebe")
            typeKeys("ー")
            typeKeys("ta")
            typeKeys("ー")
            compare(InputContext.preeditText, "えれべーたー")
            tapCandidate("エレベーター")
            tryCompare(description, "text", "修理エレベーター")
            // カナ mode: the letters become katakana as typed; Enter keeps them as they are.
            const modeKey = findChild(shell, "inputModeKey")
            mouseClick(modeKey)
            compare(InputContext.inputEngine.inputMode, InputEngine.InputMode.Katakana)
            typeKeys("kicchin")
            compare(InputContext.preeditText, "キッチn") // a last n may still become な, に, ...
            tapKey(Qt.Key_Return)
            tryCompare(description, "text", "修理エレベーターキッチン")
            compare(InputContext.preeditText, "")
        }

        function test_3_english_and_arabic_unchanged() {
            let description = openRepairForm("en")
            compare(VirtualKeyboardSettings.locale, "en_US")
            tryVerify(function() { return layoutLoaded("en_US") }, 5000, "Qt's English layout")
            shot("en-keyboard")
            typeKeys("tap")
            tryCompare(description, "text", "Tap") // Qt's English keyboard starts a sentence in capitals
            compare(InputContext.preeditText, "")
            description = openRepairForm("ar")
            compare(VirtualKeyboardSettings.locale, "ar_AR")
            const panel = findChild(shell, "keyboard")
            tryVerify(function() { return panel.keyboard.locale === "ar_AR" && findKey(panel, "\u0636") !== null }, 5000,
                      "Qt's Arabic layout")
            shot("ar-keyboard")
            typeKeys("\u0645\u0627\u0621")
            tryCompare(description, "text", "\u0645\u0627\u0621")
        }
    }
}
