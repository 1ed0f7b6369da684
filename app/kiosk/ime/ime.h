// courtyard/kiosk/ime: Chinese and Japanese input for the kiosk's on-screen keyboard, without a
// screen. Debian 12's Qt Virtual Keyboard has no pinyin and no Japanese input method, so the
// kiosk brings its own (docs/kiosk.md, "the on-screen keyboard"):
//
//  * Chinese: pinyin letters -> hanzi candidates, on the Google Pinyin engine (Debian's
//    libgooglepinyin0: the same engine Qt's own pinyin plugin is built on) and its system
//    dictionary (dict_pinyin.dat).
//  * Japanese: romaji -> hiragana (or katakana) as typed (kana.h), then kana -> kanji conversion
//    candidates from Anthy (Debian's libanthy1 and its dictionary, anthy-common).
//
// A Composer is one composition in progress: letters go in, the pre-edit text and the candidates
// come out, choosing a candidate commits text (or, for a candidate covering only the start of
// the reading, leaves the rest to choose next). Nothing here touches a window or QML; the kiosk's
// input methods (app/kiosk/ui/keyboard) drive it through ImeComposer.
//
// Privacy on a shared screen: neither engine learns. Anthy's segments are never committed to
// its learning (nothing written under $HOME); Google Pinyin needs a user dictionary file, so the
// engine keeps an empty one in a private temporary folder and starts from a fresh one for every
// composition after a choice (reopening costs about 1 ms): what one resident typed never
// reorders the next resident's candidates.
//
// Debian's Google Pinyin is built with its assertions, which abort the process on long ambiguous
// spellings and in im_cancel_last_choice(): a composition takes at most 16 letters and undoes a
// choice by searching again (docs/kiosk.md says how that was found).
//
// Errors: open*() return an Error (code NotFound, with what to install) when the engine's
// dictionary is missing. Thread-safety: GUI thread only. Google Pinyin's decoder is one per
// process (a global of the library): pinyin Composers share it, and one whose search another
// has replaced searches again before it answers (the keyboard briefly keeps its old input method
// while it makes the new one).
#pragma once

#include "core/base/result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace courtyard::kiosk::ime {

class Composer {
public:
    virtual ~Composer() = default;

    // One typed letter a-z (upper case is folded) or an apostrophe (a syllable separator in
    // pinyin). False, and nothing changed, for anything else.
    virtual bool addLetter(QChar letter) = 0;
    // Removes the last thing typed or the last choice; false when there is nothing to remove
    // (the Backspace then belongs to the text field).
    virtual bool backspace() = 0;
    // What the field shows under the cursor while composing ("" when idle).
    virtual QString preedit() const = 0;
    // The candidates for what is composed, best first ("" idle: none).
    virtual QStringList candidates() const = 0;
    // Picks candidates()[index]: returns the text to commit when the composition is finished by
    // it, std::nullopt when it covered only the start (the rest stays, with new candidates) or
    // the index is out of range.
    virtual std::optional<QString> choose(int index) = 0;
    // What Enter commits while composing: the letters as typed (pinyin) or the kana (Japanese).
    virtual QString raw() const = 0;
    // Forgets the composition.
    virtual void reset() = 0;

    bool composing() const { return !preedit().isEmpty(); }
};

// The dictionary the build found (libgooglepinyin0's dict_pinyin.dat).
QString defaultPinyinDictionary();

// Pinyin -> hanzi. Fails (NotFound) when `dictionary` is missing or unreadable.
Result<std::unique_ptr<Composer>> openPinyin(const QString &dictionary = defaultPinyinDictionary());

enum class KanaScript { Hiragana, Katakana };

// Romaji -> kana -> kanji candidates. Fails (NotFound) when Anthy cannot load its dictionary.
// `script` is what the typed letters become in the pre-edit (the candidates offer both).
Result<std::unique_ptr<Composer>> openJapanese(KanaScript script = KanaScript::Hiragana);

// Anthy's conversion of a whole kana reading: for each segment (bunsetsu) of it, its reading and
// its candidates, best first. For tests and tools; the Composer uses the same.
struct Segment {
    QString reading;
    QStringList candidates;
};
Result<QList<Segment>> convertKana(const QString &kana);

} // namespace courtyard::kiosk::ime
