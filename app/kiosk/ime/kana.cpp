#include "app/kiosk/ime/kana.h"

#include <QHash>

namespace courtyard::kiosk::ime {

namespace {

// Romaji -> hiragana. Spellings in both the Hepburn ("shi", "chi", "tsu", "fu", "ji") and the
// Nihon-shiki forms ("si", "ti", "tu", "hu", "zi") that Japanese keyboards accept.
struct Pair {
    const char *romaji;
    const char16_t *kana;
};
constexpr Pair kTable[] = {
    {"a", u"あ"}, {"i", u"い"}, {"u", u"う"}, {"e", u"え"}, {"o", u"お"},
    {"ka", u"か"}, {"ki", u"き"}, {"ku", u"く"}, {"ke", u"け"}, {"ko", u"こ"},
    {"kya", u"きゃ"}, {"kyu", u"きゅ"}, {"kyo", u"きょ"}, {"kye", u"きぇ"}, {"kyi", u"きぃ"},
    {"ga", u"が"}, {"gi", u"ぎ"}, {"gu", u"ぐ"}, {"ge", u"げ"}, {"go", u"ご"},
    {"gya", u"ぎゃ"}, {"gyu", u"ぎゅ"}, {"gyo", u"ぎょ"},
    {"sa", u"さ"}, {"si", u"し"}, {"shi", u"し"}, {"su", u"す"}, {"se", u"せ"}, {"so", u"そ"},
    {"sha", u"しゃ"}, {"shu", u"しゅ"}, {"sho", u"しょ"}, {"she", u"しぇ"},
    {"sya", u"しゃ"}, {"syu", u"しゅ"}, {"syo", u"しょ"},
    {"za", u"ざ"}, {"zi", u"じ"}, {"ji", u"じ"}, {"zu", u"ず"}, {"ze", u"ぜ"}, {"zo", u"ぞ"},
    {"ja", u"じゃ"}, {"ju", u"じゅ"}, {"jo", u"じょ"}, {"je", u"じぇ"},
    {"zya", u"じゃ"}, {"zyu", u"じゅ"}, {"zyo", u"じょ"}, {"jya", u"じゃ"}, {"jyu", u"じゅ"}, {"jyo", u"じょ"},
    {"ta", u"た"}, {"ti", u"ち"}, {"chi", u"ち"}, {"tu", u"つ"}, {"tsu", u"つ"}, {"te", u"て"}, {"to", u"と"},
    {"cha", u"ちゃ"}, {"chu", u"ちゅ"}, {"cho", u"ちょ"}, {"che", u"ちぇ"},
    {"tya", u"ちゃ"}, {"tyu", u"ちゅ"}, {"tyo", u"ちょ"}, {"cya", u"ちゃ"}, {"cyu", u"ちゅ"}, {"cyo", u"ちょ"},
    {"thi", u"てぃ"}, {"thu", u"てゅ"}, {"tsa", u"つぁ"},
    {"da", u"だ"}, {"di", u"ぢ"}, {"du", u"づ"}, {"de", u"で"}, {"do", u"ど"},
    {"dya", u"ぢゃ"}, {"dyu", u"ぢゅ"}, {"dyo", u"ぢょ"}, {"dhi", u"でぃ"}, {"dhu", u"でゅ"},
    {"na", u"な"}, {"ni", u"に"}, {"nu", u"ぬ"}, {"ne", u"ね"}, {"no", u"の"},
    {"nya", u"にゃ"}, {"nyu", u"にゅ"}, {"nyo", u"にょ"},
    {"nn", u"ん"}, {"n'", u"ん"},
    {"ha", u"は"}, {"hi", u"ひ"}, {"hu", u"ふ"}, {"fu", u"ふ"}, {"he", u"へ"}, {"ho", u"ほ"},
    {"hya", u"ひゃ"}, {"hyu", u"ひゅ"}, {"hyo", u"ひょ"},
    {"fa", u"ふぁ"}, {"fi", u"ふぃ"}, {"fe", u"ふぇ"}, {"fo", u"ふぉ"},
    {"ba", u"ば"}, {"bi", u"び"}, {"bu", u"ぶ"}, {"be", u"べ"}, {"bo", u"ぼ"},
    {"bya", u"びゃ"}, {"byu", u"びゅ"}, {"byo", u"びょ"},
    {"pa", u"ぱ"}, {"pi", u"ぴ"}, {"pu", u"ぷ"}, {"pe", u"ぺ"}, {"po", u"ぽ"},
    {"pya", u"ぴゃ"}, {"pyu", u"ぴゅ"}, {"pyo", u"ぴょ"},
    {"ma", u"ま"}, {"mi", u"み"}, {"mu", u"む"}, {"me", u"め"}, {"mo", u"も"},
    {"mya", u"みゃ"}, {"myu", u"みゅ"}, {"myo", u"みょ"},
    {"ya", u"や"}, {"yu", u"ゆ"}, {"yo", u"よ"}, {"ye", u"いぇ"},
    {"ra", u"ら"}, {"ri", u"り"}, {"ru", u"る"}, {"re", u"れ"}, {"ro", u"ろ"},
    {"rya", u"りゃ"}, {"ryu", u"りゅ"}, {"ryo", u"りょ"},
    {"wa", u"わ"}, {"wi", u"うぃ"}, {"we", u"うぇ"}, {"wo", u"を"},
    {"va", u"ゔぁ"}, {"vi", u"ゔぃ"}, {"vu", u"ゔ"}, {"ve", u"ゔぇ"}, {"vo", u"ゔぉ"},
    {"xa", u"ぁ"}, {"xi", u"ぃ"}, {"xu", u"ぅ"}, {"xe", u"ぇ"}, {"xo", u"ぉ"},
    {"la", u"ぁ"}, {"li", u"ぃ"}, {"lu", u"ぅ"}, {"le", u"ぇ"}, {"lo", u"ぉ"},
    {"xya", u"ゃ"}, {"xyu", u"ゅ"}, {"xyo", u"ょ"}, {"lya", u"ゃ"}, {"lyu", u"ゅ"}, {"lyo", u"ょ"},
    {"xtu", u"っ"}, {"xtsu", u"っ"}, {"ltu", u"っ"}, {"ltsu", u"っ"}, {"xwa", u"ゎ"}, {"lwa", u"ゎ"},
    {"-", u"ー"},
};

struct Table {
    QHash<QString, QString> kana;
    QHash<QString, bool> prefixes; // every proper prefix of a romaji spelling
};

const Table &table()
{
    static const Table t = [] {
        Table out;
        for (const Pair &p : kTable) {
            const QString romaji = QString::fromLatin1(p.romaji);
            out.kana.insert(romaji, QString::fromUtf16(p.kana));
            for (qsizetype n = 1; n < romaji.size(); ++n) {
                out.prefixes.insert(romaji.left(n), true);
            }
        }
        return out;
    }();
    return t;
}

bool isConsonant(QChar c)
{
    return c >= u'a' && c <= u'z' && !QStringView(u"aeiou").contains(c);
}

} // namespace

bool RomajiReader::add(QChar c)
{
    const QChar lower = c.toLower();
    if (!((lower >= u'a' && lower <= u'z') || lower == u'-' || lower == u'\'')) {
        return false;
    }
    m_pending.append(lower);
    resolve(/*final=*/false);
    return true;
}

void RomajiReader::flush()
{
    resolve(/*final=*/true);
}

void RomajiReader::resolve(bool final)
{
    const Table &t = table();
    while (!m_pending.isEmpty()) {
        const auto exact = t.kana.constFind(m_pending);
        const bool longer = t.prefixes.contains(m_pending);
        if (exact != t.kana.constEnd() && (!longer || final)) {
            m_kana += *exact;
            m_pending.clear();
            return;
        }
        if (longer && !final) {
            return; // "k", "sh", "n": wait for the next letter
        }
        // No spelling starts with these letters: the first one is settled on its own.
        const QChar first = m_pending.at(0);
        if (first == u'n' && (m_pending.size() == 1 || m_pending.at(1) != u'y')) {
            m_kana += u'ん'; // "n" before a consonant ("kanji"), or at the end
        } else if (m_pending.size() >= 2 && isConsonant(first) && (m_pending.at(1) == first || (first == u't' && m_pending.at(1) == u'c'))) {
            m_kana += u'っ'; // a doubled consonant: "kk", "tt", "ss", and "tch" ("matcha")
        } else if (first != u'\'') {
            m_kana += first; // a letter romaji has no kana for stays as it is
        }
        m_pending.remove(0, 1);
    }
}

bool RomajiReader::backspace()
{
    if (!m_pending.isEmpty()) {
        m_pending.chop(1);
        return true;
    }
    if (!m_kana.isEmpty()) {
        m_kana.chop(1);
        return true;
    }
    return false;
}

void RomajiReader::clear()
{
    m_kana.clear();
    m_pending.clear();
}

QString romajiToHiragana(const QString &romaji)
{
    QString out;
    RomajiReader reader;
    for (const QChar c : romaji) {
        if (!reader.add(c)) {
            reader.flush();
            out += reader.kana() + c;
            reader.clear();
        }
    }
    reader.flush();
    return out + reader.kana();
}

QString hiraganaToKatakana(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= 0x3041 && c.unicode() <= 0x3096) {
            c = QChar(char16_t(c.unicode() + 0x60));
        }
    }
    return out;
}

QString katakanaToHiragana(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= 0x30A1 && c.unicode() <= 0x30F6) {
            c = QChar(char16_t(c.unicode() - 0x60));
        }
    }
    return out;
}

} // namespace courtyard::kiosk::ime
