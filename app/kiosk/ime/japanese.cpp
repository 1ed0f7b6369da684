// Romaji -> kana -> kanji on Anthy (libanthy1). ime.h says what and why.

#include "app/kiosk/ime/ime.h"
#include "app/kiosk/ime/kana.h"

#include <QLoggingCategory>

#include <anthy/anthy.h>

Q_LOGGING_CATEGORY(lcJapanese, "courtyard.kiosk.ime.japanese")

namespace courtyard::kiosk::ime {

namespace {

constexpr qsizetype kMaxReading = 60;   // kana in one composition
constexpr int kMaxCandidatesPerSegment = 40;

// anthy_init() reads the dictionary once per process; it never writes (nothing is committed).
bool anthyReady()
{
    static const bool ready = anthy_init() == 0;
    return ready;
}

struct Context {
    anthy_context_t context = nullptr;
    Context()
    {
        context = anthy_create_context();
        if (context) {
            anthy_context_set_encoding(context, ANTHY_UTF8_ENCODING);
        }
    }
    ~Context()
    {
        if (context) {
            anthy_release_context(context);
        }
    }
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;
};

QString segmentText(anthy_context_t context, int segment, int candidate)
{
    const int size = anthy_get_segment(context, segment, candidate, nullptr, 0);
    if (size <= 0) {
        return {};
    }
    QByteArray buffer(size + 1, '\0');
    if (anthy_get_segment(context, segment, candidate, buffer.data(), size + 1) < 0) {
        return {};
    }
    return QString::fromUtf8(buffer.constData());
}

Result<QList<Segment>> convertWith(anthy_context_t context, const QString &kana)
{
    QList<Segment> out;
    if (kana.isEmpty()) {
        return out;
    }
    if (anthy_set_string(context, kana.toUtf8().constData()) != 0) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Anthy cannot convert \"%1\"").arg(kana));
    }
    anthy_conv_stat stat{};
    if (anthy_get_stat(context, &stat) != 0) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Anthy cannot convert \"%1\"").arg(kana));
    }
    for (int s = 0; s < stat.nr_segment; ++s) {
        anthy_segment_stat segmentStat{};
        anthy_get_segment_stat(context, s, &segmentStat);
        Segment segment;
        segment.reading = segmentText(context, s, NTH_UNCONVERTED_CANDIDATE);
        for (int c = 0; c < segmentStat.nr_candidate && c < kMaxCandidatesPerSegment; ++c) {
            const QString text = segmentText(context, s, c);
            if (!text.isEmpty() && !segment.candidates.contains(text)) {
                segment.candidates.append(text);
            }
        }
        if (segment.candidates.isEmpty()) {
            segment.candidates.append(segment.reading);
        }
        out.append(segment);
    }
    return out;
}

class JapaneseComposer final : public Composer {
public:
    explicit JapaneseComposer(KanaScript script)
        : m_script(script)
    {
    }

    bool valid() const { return m_context.context != nullptr; }

    bool addLetter(QChar letter) override
    {
        if (m_reader.kana().size() + m_reader.pending().size() >= kMaxReading || !m_reader.add(letter)) {
            return false;
        }
        update();
        return true;
    }

    bool backspace() override
    {
        if (m_reader.backspace()) {
            update();
            return true;
        }
        if (!m_choices.isEmpty()) {
            const Choice last = m_choices.takeLast();
            m_fixed.chop(last.text.size());
            m_reader.prependKana(last.reading);
            update();
            return true;
        }
        return false;
    }

    QString preedit() const override { return m_fixed + script(m_reader.kana()) + m_reader.pending(); }

    QStringList candidates() const override
    {
        QStringList out;
        for (const Entry &e : m_entries) {
            out.append(e.text);
        }
        return out;
    }

    std::optional<QString> choose(int index) override
    {
        if (index < 0 || index >= m_entries.size()) {
            return std::nullopt;
        }
        const Entry entry = m_entries.at(index);
        if (entry.chosenOnly) {
            const QString done = m_fixed;
            reset();
            return done;
        }
        m_reader.flush(); // the entries were made from the flushed reading
        const QString reading = m_reader.kana().left(entry.consumed);
        m_reader.takeKana(entry.consumed);
        if (m_reader.kana().isEmpty()) {
            const QString done = m_fixed + entry.text;
            reset();
            return done;
        }
        m_fixed += entry.text;
        m_choices.append(Choice{entry.text, reading});
        update();
        return std::nullopt;
    }

    QString raw() const override
    {
        RomajiReader flushed = m_reader;
        flushed.flush();
        return m_fixed + script(flushed.kana());
    }

    void reset() override
    {
        m_reader.clear();
        m_fixed.clear();
        m_choices.clear();
        m_entries.clear();
    }

private:
    struct Entry {
        QString text;
        qsizetype consumed = 0; // kana of the reading it stands for
        bool chosenOnly = false; // what was chosen, the rest of the reading deleted
    };
    struct Choice {
        QString text;
        QString reading;
    };

    QString script(const QString &hiragana) const
    {
        return m_script == KanaScript::Katakana ? hiraganaToKatakana(hiragana) : hiragana;
    }

    void add(const QString &text, qsizetype consumed)
    {
        for (const Entry &e : m_entries) {
            if (e.text == text && e.consumed == consumed) {
                return;
            }
        }
        m_entries.append(Entry{text, consumed, false});
    }

    // The candidates: the whole reading converted (when Anthy cut it in several segments), the
    // first segment's candidates (choosing one leaves the rest to convert next), then the whole
    // reading as hiragana and as katakana. In katakana the katakana come first.
    void update()
    {
        m_entries.clear();
        RomajiReader flushed = m_reader;
        flushed.flush();
        const QString reading = flushed.kana();
        if (reading.isEmpty()) {
            if (!m_fixed.isEmpty()) {
                m_entries.append(Entry{m_fixed, 0, true}); // the rest was deleted: what was chosen
            }
            return;
        }
        const qsizetype all = reading.size();
        if (m_script == KanaScript::Katakana) {
            add(hiraganaToKatakana(reading), all);
        }
        auto segments = convertWith(m_context.context, reading);
        if (!segments) {
            qCWarning(lcJapanese) << segments.error().message;
        } else if (!segments->isEmpty()) {
            if (segments->size() > 1) {
                QString whole;
                for (const Segment &s : *segments) {
                    whole += s.candidates.constFirst();
                }
                add(whole, all);
            }
            const Segment &first = segments->constFirst();
            for (const QString &c : first.candidates) {
                add(c, first.reading.size());
            }
        }
        add(reading, all);
        add(hiraganaToKatakana(reading), all);
    }

    KanaScript m_script;
    Context m_context;
    RomajiReader m_reader;
    QString m_fixed; // chosen for the start of the reading, not yet committed
    QList<Choice> m_choices;
    QList<Entry> m_entries;
};

} // namespace

Result<QList<Segment>> convertKana(const QString &kana)
{
    if (!anthyReady()) {
        return fail(ErrorCode::NotFound, QStringLiteral("Anthy could not load its dictionary: install anthy-common (packaging/install-deps.sh)"));
    }
    Context context;
    if (!context.context) {
        return fail(ErrorCode::Io, QStringLiteral("Anthy could not make a conversion context"));
    }
    return convertWith(context.context, kana);
}

Result<std::unique_ptr<Composer>> openJapanese(KanaScript script)
{
    if (!anthyReady()) {
        return fail(ErrorCode::NotFound, QStringLiteral("Anthy could not load its dictionary: install anthy-common (packaging/install-deps.sh)"));
    }
    auto composer = std::make_unique<JapaneseComposer>(script);
    if (!composer->valid()) {
        return fail(ErrorCode::Io, QStringLiteral("Anthy could not make a conversion context"));
    }
    return std::unique_ptr<Composer>(std::move(composer));
}

} // namespace courtyard::kiosk::ime
