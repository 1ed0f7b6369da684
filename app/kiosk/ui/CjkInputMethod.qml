import QtQuick
import QtQuick.VirtualKeyboard
import CourtyardKiosk

// The on-screen keyboard's input method for Chinese and Japanese (keyboard.h): letters typed on
// the layout go to an ImeComposer, whose pre-edit shows under the cursor and whose candidates
// fill the keyboard's candidate bar; a tapped candidate goes into the field. Pinyin -> hanzi
// (modes 拼音 / ABC), romaji -> kana -> kanji (modes かな / カナ / ABC). Space takes the first
// candidate, Enter the letters or kana as typed; any other key first takes the first candidate
// (Chinese) or the kana (Japanese), then types itself. Made by the zh_CN and ja_JP layouts
// (createInputMethod()) under :/courtyard/keyboard/layouts.
InputMethod {
    id: method

    /// "zh_CN" or "ja_JP".
    property string language: "zh_CN"
    property int mode: japanese ? InputEngine.InputMode.Hiragana : InputEngine.InputMode.Pinyin
    readonly property bool japanese: language === "ja_JP"
    readonly property bool composingMode: composer.available && mode !== InputEngine.InputMode.Latin
    // True while the candidate bar is emptied before it is filled again (showComposition()).
    property bool clearingCandidates: false
    property ImeComposer composer: ImeComposer {
        language: method.language
        katakana: method.mode === InputEngine.InputMode.Katakana
    }

    function showComposition() {
        inputContext.preeditText = composer.preedit
        // Emptied, then filled: Qt 6.4's candidate bar keeps the places of the candidates it
        // already shows when only their texts change, and a longer word then runs into the
        // next one. Made anew, every candidate gets its own width.
        clearingCandidates = true
        selectionListChanged(SelectionListModel.Type.WordCandidateList)
        clearingCandidates = false
        selectionListChanged(SelectionListModel.Type.WordCandidateList)
        selectionListActiveItemChanged(SelectionListModel.Type.WordCandidateList, composer.composing ? 0 : -1)
    }

    function commitText(text) {
        composer.reset()
        inputContext.commit(text)
        showComposition()
    }

    // Ends the composition the way the language expects when the resident moves on without
    // choosing: Chinese takes the first candidate, Japanese keeps the kana.
    function finish() {
        if (!composer.composing)
            return
        if (japanese) {
            commitText(composer.raw())
        } else {
            const done = composer.choose(0)
            commitText(done.length > 0 ? done : composer.raw())
        }
    }

    function inputModes(locale) {
        if (!composer.available)
            return [InputEngine.InputMode.Latin]
        if (japanese)
            return [InputEngine.InputMode.Hiragana, InputEngine.InputMode.Katakana, InputEngine.InputMode.Latin]
        return [InputEngine.InputMode.Pinyin, InputEngine.InputMode.Latin]
    }

    function setInputMode(locale, inputMode) {
        finish()
        mode = inputMode
        return true
    }

    function setTextCase(textCase) {
        return true
    }

    function reset() {
        composer.reset()
        selectionListChanged(SelectionListModel.Type.WordCandidateList)
        selectionListActiveItemChanged(SelectionListModel.Type.WordCandidateList, -1)
    }

    function update() {
        finish()
    }

    // Qt 6.4's InputMethod calls these by name and, where the QML type does not define one,
    // clearInputMode() calls itself until the stack overflows: every one is defined here.
    function clearInputMode() {
        reset()
    }

    function reselect(cursorPosition, reselectFlags) {
        return false
    }

    function clickPreeditText(cursorPosition) {
        return false
    }

    function patternRecognitionModes() {
        return []
    }

    function keyEvent(key, text, modifiers) {
        if (!composingMode)
            return false
        if ((key >= Qt.Key_A && key <= Qt.Key_Z) || (text === "'" && !japanese) || (text === "ー" && japanese)) {
            if (composer.addLetter(text === "ー" ? "-" : text)) {
                showComposition()
                return true
            }
            return composer.composing // a composition too long takes no more letters
        }
        if (key === Qt.Key_Backspace) {
            if (composer.backspace()) {
                showComposition()
                return true
            }
            return false
        }
        if (!composer.composing)
            return false
        if (key === Qt.Key_Space) {
            const done = composer.choose(0)
            if (done.length > 0)
                commitText(done)
            else
                showComposition()
            return true
        }
        if (key === Qt.Key_Return || key === Qt.Key_Enter) {
            commitText(composer.raw())
            return true
        }
        finish()
        return false
    }

    function selectionLists() {
        return [SelectionListModel.Type.WordCandidateList]
    }

    function selectionListItemCount(type) {
        return clearingCandidates ? 0 : composer.candidates.length
    }

    function selectionListData(type, index, role) {
        if (role === SelectionListModel.Role.Display)
            return composer.candidates[index]
        if (role === SelectionListModel.Role.WordCompletionLength)
            return 0
        return null
    }

    function selectionListItemSelected(type, index) {
        const done = composer.choose(index)
        if (done.length > 0)
            commitText(done)
        else
            showComposition()
    }
}
