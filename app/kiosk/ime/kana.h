// courtyard/kiosk/ime: romaji as typed on a QWERTY keyboard -> kana (Wāpuro romaji as Japanese
// keyboards accept it: "shi"/"si", "tsu"/"tu", "kya", a doubled consonant for a small tsu, "nn"
// or "n'" for ん, "x"/"l" for small kana, "-" for ー). Pure functions and a small state machine;
// no engine, no dictionary.
#pragma once

#include <QString>

namespace courtyard::kiosk::ime {

// Romaji typed one letter at a time. `kana` is what has become kana, `pending` the letters that
// may still become one ("k", "sh", "n").
class RomajiReader {
public:
    // Adds one character (a-z, '-', '\''); upper case is folded. Returns false, and nothing
    // changed, for a character romaji has no use for.
    bool add(QChar c);
    // Ends the input: a pending "n" becomes ん; other pending letters move to kana() as letters.
    void flush();
    // Removes the last pending letter, else the last kana; false when both are empty.
    bool backspace();
    void clear();

    const QString &kana() const { return m_kana; }
    const QString &pending() const { return m_pending; }
    // Drops the first `count` characters of kana() (they were converted and committed).
    void takeKana(qsizetype count) { m_kana.remove(0, count); }
    // Puts `kana` back in front (a choice undone).
    void prependKana(const QString &kana) { m_kana.prepend(kana); }

private:
    void resolve(bool final);

    QString m_kana;
    QString m_pending;
};

// A whole romaji string at once ("shuuri" -> "しゅうり").
QString romajiToHiragana(const QString &romaji);
// ひらがな -> カタカナ (other characters unchanged).
QString hiraganaToKatakana(const QString &text);
QString katakanaToHiragana(const QString &text);

} // namespace courtyard::kiosk::ime
