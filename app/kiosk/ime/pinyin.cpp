// Pinyin -> hanzi on Google Pinyin (libgooglepinyin0). ime.h says what and why.

#include "app/kiosk/ime/ime.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <pinyinime.h>

#include <cstring>

Q_LOGGING_CATEGORY(lcPinyin, "courtyard.kiosk.ime.pinyin")

namespace courtyard::kiosk::ime {

namespace {

// Letters in one composition. The engine reads up to 39, but Debian's build keeps its
// assertions, and long ambiguous spellings exhaust its fixed search pools: "an" x 8.5 (17
// letters) aborts the process in MatrixSearch::extend_dmi (assert 0 != handles[0]). No spelling of
// 16 letters or fewer did (every one- and two-syllable repetition, thousands of random ones:
// tst_kiosk_ime keeps a few), so a composition stops taking letters at 16 until a candidate is
// chosen.
constexpr qsizetype kMaxLetters = 16;
constexpr size_t kMaxCandidates = 60;   // more than anybody scrolls through on a kiosk

// Google Pinyin's decoder is a global of the library: one per process, shared by every
// composer (the keyboard briefly keeps the old input method while it makes the new one).
// `owner` is the composer whose search the decoder holds; another composer searches again.
struct Decoder {
    QString systemDictionary;
    std::unique_ptr<QTemporaryDir> userDir;
    int users = 0;
    bool open = false;
    bool learned = false; // a choice was made: the user dictionary may hold it
    const void *owner = nullptr;

    QString userDictionary() const { return userDir->filePath(QStringLiteral("user.dict")); }

    bool reopen()
    {
        if (open) {
            ime_pinyin::im_close_decoder();
            open = false;
        }
        QFile::remove(userDictionary());
        open = ime_pinyin::im_open_decoder(QFile::encodeName(systemDictionary).constData(),
                                           QFile::encodeName(userDictionary()).constData());
        learned = false;
        owner = nullptr;
        return open;
    }
};

Decoder &decoder()
{
    static Decoder d;
    return d;
}

QString candidateText(size_t index)
{
    ime_pinyin::char16 buffer[ime_pinyin::kMaxSearchSteps + 1] = {};
    if (!ime_pinyin::im_get_candidate(index, buffer, ime_pinyin::kMaxSearchSteps)) {
        return {};
    }
    qsizetype length = 0;
    while (length < qsizetype(ime_pinyin::kMaxSearchSteps) && buffer[length] != 0) {
        ++length;
    }
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer), length);
}

class PinyinComposer final : public Composer {
public:
    PinyinComposer() { ++decoder().users; }
    ~PinyinComposer() override
    {
        Decoder &d = decoder();
        if (d.owner == this) {
            d.owner = nullptr;
        }
        if (--d.users == 0 && d.open) {
            ime_pinyin::im_close_decoder();
            d.open = false;
            d.userDir.reset();
        }
    }

    bool addLetter(QChar letter) override
    {
        const QChar c = letter.toLower();
        if (!((c >= u'a' && c <= u'z') || c == u'\'') || m_spelling.size() >= kMaxLetters) {
            return false;
        }
        if (c == u'\'' && (m_spelling.isEmpty() || m_spelling.endsWith('\''))) {
            return m_spelling.endsWith('\''); // a separator needs letters before it
        }
        if (m_spelling.isEmpty() && decoder().learned) {
            decoder().reopen(); // a new composition starts from an empty user dictionary
        }
        m_spelling.append(char(c.unicode()));
        search();
        return true;
    }

    bool backspace() override
    {
        if (m_spelling.isEmpty()) {
            return false;
        }
        activate();
        if (!m_choices.isEmpty()) {
            // Undoes the last choice by searching again and replaying the others: the engine's
            // own im_cancel_last_choice() aborts the process on some spellings (an assertion
            // Debian's build keeps, matrixsearch.cpp cancel_last_choice).
            QList<size_t> replay = m_choices;
            replay.removeLast();
            search();
            for (const size_t index : replay) {
                choosePart(index);
            }
            refresh();
            return true;
        }
        m_spelling.chop(1);
        if (m_spelling.isEmpty() || m_spelling == "'") {
            reset();
        } else {
            search();
        }
        return true;
    }

    QString preedit() const override
    {
        if (m_spelling.isEmpty()) {
            return {};
        }
        if (m_count == 0 || m_starts.isEmpty()) {
            return QString::fromLatin1(m_spelling);
        }
        const qsizetype from = m_fixed < m_starts.size() ? m_starts.at(m_fixed) : m_spelling.size();
        return m_fixedText + QString::fromLatin1(m_spelling.mid(from));
    }

    QStringList candidates() const override { return m_candidates; }

    std::optional<QString> choose(int index) override
    {
        if (index < 0 || index >= m_candidates.size()) {
            return std::nullopt;
        }
        activate();
        const QString text = m_candidates.at(index);
        const qsizetype syllables = m_starts.isEmpty() ? 0 : m_starts.size() - 1;
        // The first candidate is the whole rest of the sentence; another one that has as many
        // hanzi as there are syllables left ends the composition too.
        if (m_count == 0 || index == 0 || m_fixed + text.size() >= syllables) {
            const QString done = m_fixedText + text;
            reset();
            return done;
        }
        choosePart(size_t(index));
        refresh();
        if (m_fixed >= syllables) {
            const QString done = m_fixedText + m_undecoded;
            reset();
            return done;
        }
        return std::nullopt;
    }

    QString raw() const override { return QString::fromLatin1(m_spelling).remove(u'\''); }

    void reset() override
    {
        m_spelling.clear();
        m_count = 0;
        m_fixed = 0;
        m_choices.clear();
        m_starts.clear();
        m_candidates.clear();
        m_fixedText.clear();
        m_undecoded.clear();
        if (decoder().owner == this) {
            ime_pinyin::im_reset_search();
        }
    }

private:
    // Makes the decoder hold this composer's search (another composer may have used it).
    void activate()
    {
        if (decoder().owner != this && !m_spelling.isEmpty()) {
            const QList<size_t> choices = m_choices;
            search();
            for (const size_t index : choices) {
                choosePart(index);
            }
            refresh();
        }
    }

    // Fixes the start of the spelling to candidate `index` (covering only part of it).
    void choosePart(size_t index)
    {
        m_count = ime_pinyin::im_choose(index);
        decoder().learned = true;
        m_fixed = qsizetype(ime_pinyin::im_get_fixed_len());
        m_choices.append(index);
    }

    void search()
    {
        Decoder &d = decoder();
        if (!d.open && !d.reopen()) {
            qCWarning(lcPinyin) << "the pinyin decoder did not open" << d.systemDictionary;
            m_count = 0;
        } else {
            d.owner = this;
            // From scratch: im_search() alone keeps what it can of the last search, choices
            // included, and a choice replayed on top of those is another candidate.
            ime_pinyin::im_reset_search();
            m_count = ime_pinyin::im_search(m_spelling.constData(), size_t(m_spelling.size()));
        }
        m_fixed = 0;
        m_choices.clear();
        refresh();
    }

    // Reads the decoder's state after a search or a choice.
    void refresh()
    {
        m_starts.clear();
        m_candidates.clear();
        m_fixedText.clear();
        m_undecoded.clear();
        if (m_count == 0) {
            m_candidates.append(QString::fromLatin1(m_spelling).remove(u'\''));
            return;
        }
        const ime_pinyin::uint16 *starts = nullptr;
        const size_t syllables = ime_pinyin::im_get_spl_start_pos(starts);
        for (size_t i = 0; starts && i <= syllables; ++i) {
            m_starts.append(qsizetype(starts[i]));
        }
        size_t decoded = 0;
        ime_pinyin::im_get_sps_str(&decoded);
        m_undecoded = QString::fromLatin1(m_spelling.mid(qsizetype(decoded))).remove(u'\'');
        const QString sentence = candidateText(0); // the fixed hanzi, then the best rest
        m_fixedText = sentence.left(m_fixed);
        for (size_t i = 0; i < m_count && i < kMaxCandidates; ++i) {
            QString text = i == 0 ? sentence.mid(m_fixed) + m_undecoded : candidateText(i);
            if (!text.isEmpty() && !m_candidates.contains(text)) {
                m_candidates.append(text);
            } else if (i == 0) {
                m_candidates.append(text); // keep index 0 the whole sentence
            }
        }
    }

    QByteArray m_spelling;
    size_t m_count = 0;
    qsizetype m_fixed = 0;
    QList<size_t> m_choices; // the candidates chosen for the start, in order
    QList<qsizetype> m_starts; // where each syllable starts in m_spelling, then its end
    QStringList m_candidates;
    QString m_fixedText;
    QString m_undecoded; // letters at the end that spell no syllable
};

} // namespace

QString defaultPinyinDictionary()
{
    return QStringLiteral(COURTYARD_PINYIN_DICTIONARY);
}

Result<std::unique_ptr<Composer>> openPinyin(const QString &dictionary)
{
    Decoder &d = decoder();
    if (d.users > 0 && d.systemDictionary != dictionary) {
        return fail(ErrorCode::Conflict, QStringLiteral("the pinyin decoder is open on %1 already").arg(d.systemDictionary));
    }
    if (!QFileInfo(dictionary).isReadable()) {
        return fail(ErrorCode::NotFound,
                    QStringLiteral("the pinyin dictionary %1 is missing: install libgooglepinyin0 (packaging/install-deps.sh)").arg(dictionary));
    }
    if (!d.open) {
        d.systemDictionary = dictionary;
        d.userDir = std::make_unique<QTemporaryDir>();
        if (!d.userDir->isValid() || !d.reopen()) {
            d.userDir.reset();
            return fail(ErrorCode::Io, QStringLiteral("the pinyin dictionary %1 could not be opened").arg(dictionary));
        }
    }
    return std::unique_ptr<Composer>(std::make_unique<PinyinComposer>());
}

} // namespace courtyard::kiosk::ime
