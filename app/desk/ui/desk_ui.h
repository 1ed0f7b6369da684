#pragma once
// courtyard/desk/ui: what main.cpp and the Qt Quick tests share to show the desk: the process
// settings (the Fusion style), the engine's set-up, the URL of the window, how QML sees the
// backend (the QML singleton `Desk`), the language (DeskLanguage) and the inactivity watcher.
//
// Thread-safety: GUI thread.

#include "app/desk/backend/desk.h"

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace courtyard::desk::ui {

// Before the QGuiApplication exists: the Fusion style (a desktop style that draws under the
// software renderer too).
void prepareProcess();
// Once the application exists: names, the default font, the activity watcher.
void prepareApplication();
// The backend QML sees as `Desk`; it must outlive every engine that uses it.
void setDesk(Desk *desk);
Desk *desk();
void prepareEngine(QQmlEngine &engine);
// qrc:/qt/qml/CourtyardDesk/DeskWindow.qml
QUrl mainQmlUrl();

// The desk's language: English, 简体中文, 日本語, العربية (mirrored). Installs :/i18n/desk_<code>.qm
// (the desk's strings and the shared read models'), :/i18n/cli_<code>.qm (the forms' checks, from
// the CLI's payload layer) and the slices' files, sets the default QLocale and the layout
// direction, retranslates every engine and tells the backend (amounts and dates).
class DeskLanguage : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY changed)
    Q_PROPERTY(QString fontFamily READ fontFamily NOTIFY changed)
    Q_PROPERTY(QVariantList choices READ choices CONSTANT)
public:
    explicit DeskLanguage(QObject *parent = nullptr);
    ~DeskLanguage() override;
    static DeskLanguage *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    static DeskLanguage *instance();
    static QStringList codes();

    QString code() const { return m_code; }
    bool rightToLeft() const { return m_code == QLatin1String("ar"); }
    QString fontFamily() const;
    QVariantList choices() const;
    Q_INVOKABLE bool setLanguage(const QString &code);
    // Another translation to install with the desk's (a slice's): the .qm file for a code, tried
    // for every language (English too, for plurals); a file that is not there is skipped.
    static void addTranslation(std::function<QString(const QString &code)> file);

Q_SIGNALS:
    void changed();

private:
    QString m_code = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_translator;
    std::vector<std::unique_ptr<QTranslator>> m_extra;
};

} // namespace courtyard::desk::ui
