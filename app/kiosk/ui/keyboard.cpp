#include "app/kiosk/ui/keyboard.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QQuickItem>

Q_LOGGING_CATEGORY(lcKeyboard, "courtyard.kiosk.keyboard")

namespace courtyard::kiosk::ui {

QString keyboardLayoutPath()
{
    return QStringLiteral("qrc:/courtyard/keyboard/layouts");
}

QString qtKeyboardLayoutPath()
{
    return QStringLiteral("qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts");
}

namespace {

// The visible key (a Qt Virtual Keyboard key: it has `keyType`) that types `text`.
QQuickItem *findKey(QQuickItem *item, const QString &text)
{
    if (!item || !item->isVisible()) {
        return nullptr;
    }
    if (item->property("keyType").isValid() && item->property("text").toString() == text && item->isEnabled()
        && item->width() > 0 && item->height() > 0) {
        return item;
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findKey(child, text)) {
            return found;
        }
    }
    return nullptr;
}

QQuickItem *findNamed(QQuickItem *item, const QString &name)
{
    if (!item) {
        return nullptr;
    }
    if (item->objectName() == name) {
        return item;
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findNamed(child, name)) {
            return found;
        }
    }
    return nullptr;
}

} // namespace

bool keyboardHasKeys(QQuickWindow &window, const QString &keys)
{
    for (const QChar c : keys) {
        if (!findKey(window.contentItem(), QString(c))) {
            return false;
        }
    }
    return true;
}

bool tapKeyboardKeys(QQuickWindow &window, const QString &keys, QString *error)
{
    for (const QChar c : keys) {
        QQuickItem *key = findKey(window.contentItem(), QString(c));
        if (!key) {
            if (error) {
                *error = QStringLiteral("no key '%1' on the keyboard").arg(c);
            }
            return false;
        }
        const QPointF at = key->mapToScene(QPointF(key->width() / 2, key->height() / 2));
        const QPointF global = window.mapToGlobal(at);
        QMouseEvent press(QEvent::MouseButtonPress, at, at, global, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &press);
        QMouseEvent release(QEvent::MouseButtonRelease, at, at, global, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &release);
        QCoreApplication::processEvents();
    }
    return true;
}

QStringList keyboardCandidates(QQuickWindow &window)
{
    QStringList out;
    QQuickItem *list = findNamed(window.contentItem(), QStringLiteral("wordCandidateView"));
    auto *model = list ? qobject_cast<QAbstractItemModel *>(list->property("model").value<QObject *>()) : nullptr;
    for (int row = 0; model && row < model->rowCount(); ++row) {
        out.append(model->data(model->index(row, 0), Qt::DisplayRole).toString());
    }
    return out;
}

QString KioskKeyboard::layoutPathFor(const QString &languageCode)
{
    const QString locale = localeFor(languageCode);
    return locale == QLatin1String("zh_CN") || locale == QLatin1String("ja_JP") ? keyboardLayoutPath() : qtKeyboardLayoutPath();
}

QString KioskKeyboard::localeFor(const QString &languageCode)
{
    if (languageCode == QLatin1String("zh_CN")) {
        return QStringLiteral("zh_CN");
    }
    if (languageCode == QLatin1String("ja")) {
        return QStringLiteral("ja_JP");
    }
    if (languageCode == QLatin1String("ar")) {
        return QStringLiteral("ar_AR");
    }
    return QStringLiteral("en_US");
}

ImeComposer::ImeComposer(QObject *parent)
    : QObject(parent)
{
}

ImeComposer::~ImeComposer() = default;

void ImeComposer::setLanguage(const QString &language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    open();
}

void ImeComposer::setKatakana(bool katakana)
{
    if (katakana == m_katakana) {
        return;
    }
    m_katakana = katakana;
    if (m_language == QLatin1String("ja_JP")) {
        open();
    } else {
        Q_EMIT languageChanged();
    }
}

void ImeComposer::open()
{
    namespace ime = courtyard::kiosk::ime;
    m_composer.reset();
    m_error.clear();
    courtyard::Result<std::unique_ptr<ime::Composer>> opened = courtyard::fail(courtyard::ErrorCode::InvalidArgument,
                                                                              QStringLiteral("no input method for '%1'").arg(m_language));
    if (m_language == QLatin1String("zh_CN")) {
        opened = ime::openPinyin();
    } else if (m_language == QLatin1String("ja_JP")) {
        opened = ime::openJapanese(m_katakana ? ime::KanaScript::Katakana : ime::KanaScript::Hiragana);
    }
    if (opened) {
        m_composer = std::move(*opened);
    } else {
        m_error = opened.error().message;
        qCWarning(lcKeyboard) << "the keyboard types Latin letters only:" << m_error;
    }
    Q_EMIT languageChanged();
    Q_EMIT changed();
}

QString ImeComposer::preedit() const
{
    return m_composer ? m_composer->preedit() : QString();
}

QStringList ImeComposer::candidates() const
{
    return m_composer ? m_composer->candidates() : QStringList();
}

bool ImeComposer::composing() const
{
    return m_composer && m_composer->composing();
}

bool ImeComposer::addLetter(const QString &letter)
{
    if (!m_composer || letter.size() != 1 || !m_composer->addLetter(letter.at(0))) {
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool ImeComposer::backspace()
{
    if (!m_composer || !m_composer->backspace()) {
        return false;
    }
    Q_EMIT changed();
    return true;
}

QString ImeComposer::choose(int index)
{
    if (!m_composer) {
        return {};
    }
    const std::optional<QString> done = m_composer->choose(index);
    Q_EMIT changed();
    return done.value_or(QString());
}

QString ImeComposer::raw() const
{
    return m_composer ? m_composer->raw() : QString();
}

void ImeComposer::reset()
{
    if (m_composer && m_composer->composing()) {
        m_composer->reset();
        Q_EMIT changed();
    }
}

} // namespace courtyard::kiosk::ui
