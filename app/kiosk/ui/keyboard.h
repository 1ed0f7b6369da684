#pragma once
// The kiosk's on-screen keyboard in its four languages (docs/kiosk.md, "the on-screen
// keyboard"). Qt Virtual Keyboard draws it; Debian 12's has Latin and Arabic layouts but no
// Chinese or Japanese input method, so the kiosk ships its own zh_CN and ja_JP layouts (Qt
// resources under :/courtyard/keyboard/layouts) whose input method (CjkInputMethod.qml) drives an
// ImeComposer: pinyin -> hanzi, romaji -> kana -> kanji (app/kiosk/ime). KeyboardSetup.qml points
// the keyboard at that folder while the kiosk speaks Chinese or Japanese
// (VirtualKeyboardSettings.layoutPath) and at Qt's own layouts, unchanged, for English and Arabic:
// nothing to set in the environment.
//
// Thread-safety: GUI thread.

#include "app/kiosk/ime/ime.h"

#include <QObject>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QString>
#include <QStringList>

#include <memory>

namespace courtyard::kiosk::ui {

// qrc:/courtyard/keyboard/layouts: the kiosk's zh_CN and ja_JP layouts.
QString keyboardLayoutPath();
// qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts: Qt's own (en_US, ar_AR, ...).
QString qtKeyboardLayoutPath();

// For the screenshot tour, which drives the real keyboard without a person: whether every
// character of `keys` has a visible key on the keyboard shown in `window` now; tapping those keys
// one by one as a finger would (a press and a release at the key's centre; false, with `error`,
// when one is not there); the candidates the keyboard's candidate bar holds now.
bool keyboardHasKeys(QQuickWindow &window, const QString &keys);
bool tapKeyboardKeys(QQuickWindow &window, const QString &keys, QString *error);
QStringList keyboardCandidates(QQuickWindow &window);

class KioskKeyboard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // The keyboard's locale for a kiosk language: en -> en_US, zh_CN -> zh_CN, ja -> ja_JP,
    // ar -> ar_AR (en_US for anything else).
    Q_INVOKABLE static QString localeFor(const QString &languageCode);
    // Where the keyboard finds that locale's layouts: the kiosk's own for zh_CN and ja, Qt's for
    // the others.
    Q_INVOKABLE static QString layoutPathFor(const QString &languageCode);
};

// One composition of the Chinese or Japanese input method, for QML (CjkInputMethod.qml). The
// engine opens with the first language set; when it cannot (a dictionary is missing),
// `available` is false and `error` says what to install: the keyboard then types Latin letters.
class ImeComposer : public QObject {
    Q_OBJECT
    QML_ELEMENT
    /// "zh_CN" (pinyin) or "ja_JP" (romaji -> kana -> kanji).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// Japanese: the letters become katakana instead of hiragana.
    Q_PROPERTY(bool katakana READ katakana WRITE setKatakana NOTIFY languageChanged)
    Q_PROPERTY(bool available READ available NOTIFY languageChanged)
    Q_PROPERTY(QString error READ error NOTIFY languageChanged)
    Q_PROPERTY(QString preedit READ preedit NOTIFY changed)
    Q_PROPERTY(QStringList candidates READ candidates NOTIFY changed)
    Q_PROPERTY(bool composing READ composing NOTIFY changed)

public:
    explicit ImeComposer(QObject *parent = nullptr);
    ~ImeComposer() override;

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool katakana() const { return m_katakana; }
    void setKatakana(bool katakana);
    bool available() const { return m_composer != nullptr; }
    QString error() const { return m_error; }
    QString preedit() const;
    QStringList candidates() const;
    bool composing() const;

    // One key's text (a letter, an apostrophe, or "-" for ー in Japanese); false when the
    // composer has no use for it (the key then goes on as it is).
    Q_INVOKABLE bool addLetter(const QString &letter);
    // False when there is nothing to delete (the field's own Backspace).
    Q_INVOKABLE bool backspace();
    // Picks a candidate: the text to commit when that finishes the composition, "" when the
    // rest is still to choose.
    Q_INVOKABLE QString choose(int index);
    // The letters as typed (Chinese) or the kana (Japanese): what Enter commits.
    Q_INVOKABLE QString raw() const;
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void languageChanged();
    void changed();

private:
    void open();

    QString m_language;
    bool m_katakana = false;
    QString m_error;
    std::unique_ptr<courtyard::kiosk::ime::Composer> m_composer;
};

} // namespace courtyard::kiosk::ui
