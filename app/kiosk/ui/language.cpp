#include "language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcLanguage, "courtyard.kiosk.language")

namespace courtyard::kiosk::ui {

namespace {
Language* g_instance = nullptr;
std::vector<QPointer<QQmlEngine>>& engines()
{
    static std::vector<QPointer<QQmlEngine>> all;
    return all;
}
}

Language::Language(QObject* parent)
    : QObject(parent)
{
    if (!g_instance) {
        g_instance = this;
    }
}

Language::~Language()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
    }
    if (g_instance == this) {
        g_instance = nullptr;
    }
}

Language* Language::create(QQmlEngine* engine, QJSEngine* /*scriptEngine*/)
{
    // One language for the whole kiosk: every engine (the window's, a test's) shares it.
    if (!g_instance) {
        g_instance = new Language;
    }
    addEngine(engine);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

Language* Language::instance()
{
    return g_instance;
}

void Language::addEngine(QQmlEngine* engine)
{
    if (!engine) {
        return;
    }
    for (const auto& known : engines()) {
        if (known == engine) {
            return;
        }
    }
    engines().emplace_back(engine);
}

QStringList Language::codes()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ja"), QStringLiteral("ar")};
}

bool Language::rightToLeft() const
{
    return m_code == QStringLiteral("ar");
}

QString Language::fontFamilyFor(const QString& code)
{
    if (code == QStringLiteral("zh_CN")) {
        return QStringLiteral("Noto Sans CJK SC");
    }
    if (code == QStringLiteral("ja")) {
        return QStringLiteral("Noto Sans CJK JP");
    }
    if (code == QStringLiteral("ar")) {
        return QStringLiteral("Noto Sans Arabic");
    }
    return QStringLiteral("Noto Sans");
}

QString Language::fontFamily() const
{
    return fontFamilyFor(m_code);
}

QString Language::bcp47() const
{
    return QLocale(m_code).bcp47Name();
}

QVariantList Language::choices() const
{
    // Each language is named in itself, so that a resident finds theirs whatever is showing.
    const QStringList names = {QStringLiteral("English"), QStringLiteral("简体中文"), QStringLiteral("日本語"),
                               QStringLiteral("العربية")};
    QVariantList out;
    const QStringList all = codes();
    for (qsizetype i = 0; i < all.size(); ++i) {
        out.append(QVariantMap{{QStringLiteral("code"), all[i]},
                               {QStringLiteral("name"), names[i]},
                               {QStringLiteral("font"), fontFamilyFor(all[i])}});
    }
    return out;
}

bool Language::setLanguage(const QString& code)
{
    if (!codes().contains(code)) {
        qCWarning(lcLanguage) << "unknown language" << code;
        return false;
    }
    if (code == m_code && m_translator) {
        return true;
    }
    // English is the source language; its file holds only the plural forms ("1 day", "2 days").
    auto next = std::make_unique<QTranslator>();
    const QString file = QStringLiteral(":/i18n/kiosk_%1.qm").arg(code);
    if (!next->load(file)) {
        qCWarning(lcLanguage) << "cannot load" << file << "- the kiosk stays in" << m_code;
        return false;
    }
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
    }
    m_translator = std::move(next);
    if (m_translator) {
        QCoreApplication::installTranslator(m_translator.get());
    }
    m_code = code;
    QLocale::setDefault(QLocale(code));
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        app->setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    }
    for (const auto& engine : engines()) {
        if (engine) {
            engine->retranslate();
        }
    }
    Q_EMIT changed();
    return true;
}

} // namespace courtyard::kiosk::ui
