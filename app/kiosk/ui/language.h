#pragma once
// The kiosk's language (app/kiosk/README.md): English, Simplified Chinese, Japanese and Arabic,
// switched while the kiosk runs. Installs the compiled translation (:/i18n/kiosk_<code>.qm),
// sets the default QLocale (numbers and dates), asks every QQmlEngine it serves to retranslate,
// and names the layout direction and the font family the screens use. GUI thread only.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <QVariantList>

#include <memory>
#include <vector>

namespace courtyard::kiosk::ui {

class Language : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// "en", "zh_CN", "ja" or "ar".
    Q_PROPERTY(QString code READ code NOTIFY changed)
    /// True for Arabic: the whole layout is mirrored.
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY changed)
    /// A font family that has the glyphs of the current language (Noto Sans, Noto Sans CJK SC/JP,
    /// Noto Sans Arabic).
    Q_PROPERTY(QString fontFamily READ fontFamily NOTIFY changed)
    /// The BCP 47 name of the language, for the speech engine and the backend ("zh-CN").
    Q_PROPERTY(QString bcp47 READ bcp47 NOTIFY changed)
    /// The four choices: {code, name (in its own language), font}.
    Q_PROPERTY(QVariantList choices READ choices CONSTANT)

public:
    explicit Language(QObject* parent = nullptr);
    ~Language() override;

    /// The engine's instance (QML creates it; main.cpp and the tests reach it through this).
    static Language* create(QQmlEngine* engine, QJSEngine* scriptEngine);
    static Language* instance();

    QString code() const { return m_code; }
    bool rightToLeft() const;
    QString fontFamily() const;
    QString bcp47() const;
    QVariantList choices() const;
    static QStringList codes();
    static QString fontFamilyFor(const QString& code);

    /// Switches to `code` (one of codes()); false, and nothing changed, for any other code.
    Q_INVOKABLE bool setLanguage(const QString& code);

    /// Also retranslate this engine when the language changes (kiosk_ui.cpp's prepareEngine()
    /// registers every engine that shows the kiosk, before any exists).
    static void addEngine(QQmlEngine* engine);

Q_SIGNALS:
    void changed();

private:
    QString m_code = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace courtyard::kiosk::ui
