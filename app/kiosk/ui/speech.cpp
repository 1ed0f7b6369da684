#include "speech.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>

Q_LOGGING_CATEGORY(lcSpeech, "courtyard.kiosk.speech")

namespace courtyard::kiosk::ui {

Speech::Speech(QObject* parent)
    : QObject(parent)
{
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        qCInfo(lcSpeech) << "no speech engine installed: spoken prompts are not offered";
        return;
    }
    auto tts = std::make_unique<QTextToSpeech>(engines.first());
    if (tts->state() == QTextToSpeech::Error) {
        qCInfo(lcSpeech) << "speech engine" << engines.first() << "did not start: spoken prompts are not offered";
        return;
    }
    m_tts = std::move(tts);
}

Speech::~Speech() = default;

void Speech::setEnabled(bool on)
{
    const bool next = on && available();
    if (next == m_enabled) {
        return;
    }
    m_enabled = next;
    if (!m_enabled) {
        stop();
    }
    Q_EMIT enabledChanged();
}

void Speech::say(const QString& text, const QString& bcp47)
{
    if (!m_enabled || !m_tts || text.isEmpty()) {
        return;
    }
    const QLocale wanted(bcp47);
    if (m_tts->locale().language() != wanted.language()) {
        if (m_tts->availableLocales().contains(wanted)) {
            m_tts->setLocale(wanted);
        } else {
            for (const QLocale& l : m_tts->availableLocales()) {
                if (l.language() == wanted.language()) {
                    m_tts->setLocale(l);
                    break;
                }
            }
        }
    }
    m_tts->stop();
    m_tts->say(text);
}

void Speech::stop()
{
    if (m_tts) {
        m_tts->stop();
    }
}

} // namespace courtyard::kiosk::ui
