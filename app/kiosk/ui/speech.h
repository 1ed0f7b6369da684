#pragma once
// Optional spoken prompts (Qt TextToSpeech). `available` is false when no speech engine is
// installed (the Debian kiosk ships none by default: qt6-speech-speechd-plugin or
// qt6-speech-flite-plugin adds one); then say() does nothing, quietly. Spoken prompts are off
// until a resident turns them on, and they go off again when the session is cleared. GUI thread.

#include <QObject>
#include <QQmlEngine>
#include <QString>

#include <memory>

class QTextToSpeech;

namespace courtyard::kiosk::ui {

class Speech : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)

public:
    explicit Speech(QObject* parent = nullptr);
    ~Speech() override;

    bool available() const { return m_tts != nullptr; }
    bool enabled() const { return m_enabled; }
    void setEnabled(bool on);

    /// Speaks `text` in the language named by `bcp47` ("zh-CN") when enabled and available.
    Q_INVOKABLE void say(const QString& text, const QString& bcp47);
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void enabledChanged();

private:
    std::unique_ptr<QTextToSpeech> m_tts;
    bool m_enabled = false;
};

} // namespace courtyard::kiosk::ui
