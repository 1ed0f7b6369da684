#include "app/desk/ui/desk_ui.h"

#include "app/desk/ui/desk_singleton.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPointer>
#include <QQuickStyle>
#include <QVariantMap>

namespace courtyard::desk::ui {

namespace {

DeskLanguage *g_language = nullptr;

std::vector<std::function<QString(const QString &)>> &extraTranslations()
{
    // The CLI's payload layer (app/cli): the forms' checks and messages (desk::buildForm).
    static std::vector<std::function<QString(const QString &)>> all{
        [](const QString &code) { return QStringLiteral(":/i18n/cli_%1.qm").arg(code); }};
    return all;
}

std::vector<QPointer<QQmlEngine>> &engines()
{
    static std::vector<QPointer<QQmlEngine>> all;
    return all;
}

// Any key or mouse press is activity: the desk's inactivity lock starts again.
class ActivityWatcher : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::Wheel:
            if (DeskForeign::s_instance) {
                DeskForeign::s_instance->noteActivity();
            }
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void prepareProcess()
{
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }
}

void prepareApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Courtyard"));
    QCoreApplication::setApplicationName(QStringLiteral("courtyard-desk"));
    QFont font(QStringLiteral("Noto Sans"));
    font.setPixelSize(13);
    QGuiApplication::setFont(font);
    QCoreApplication::instance()->installEventFilter(new ActivityWatcher(QCoreApplication::instance()));
}

void setDesk(Desk *d)
{
    DeskForeign::s_instance = d;
}

Desk *desk()
{
    return DeskForeign::s_instance;
}

void prepareEngine(QQmlEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    for (const auto &known : engines()) {
        if (known == &engine) {
            return;
        }
    }
    engines().emplace_back(&engine);
}

QUrl mainQmlUrl()
{
    return QUrl(QStringLiteral("qrc:/qt/qml/CourtyardDesk/DeskWindow.qml"));
}

DeskLanguage::DeskLanguage(QObject *parent) : QObject(parent)
{
    if (!g_language) {
        g_language = this;
    }
}

DeskLanguage::~DeskLanguage()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
    }
    if (g_language == this) {
        g_language = nullptr;
    }
}

DeskLanguage *DeskLanguage::create(QQmlEngine *engine, QJSEngine *)
{
    if (!g_language) {
        g_language = new DeskLanguage;
    }
    prepareEngine(*engine);
    QJSEngine::setObjectOwnership(g_language, QJSEngine::CppOwnership);
    return g_language;
}

DeskLanguage *DeskLanguage::instance()
{
    if (!g_language) {
        g_language = new DeskLanguage(QCoreApplication::instance());
    }
    return g_language;
}

QStringList DeskLanguage::codes()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ja"), QStringLiteral("ar")};
}

QString DeskLanguage::fontFamily() const
{
    if (m_code == QLatin1String("zh_CN")) {
        return QStringLiteral("Noto Sans CJK SC");
    }
    if (m_code == QLatin1String("ja")) {
        return QStringLiteral("Noto Sans CJK JP");
    }
    if (m_code == QLatin1String("ar")) {
        return QStringLiteral("Noto Sans Arabic");
    }
    return QStringLiteral("Noto Sans");
}

QVariantList DeskLanguage::choices() const
{
    const QStringList names{QStringLiteral("English"), QStringLiteral("简体中文"), QStringLiteral("日本語"), QStringLiteral("العربية")};
    QVariantList out;
    for (qsizetype i = 0; i < names.size(); ++i) {
        out.append(QVariantMap{{QStringLiteral("code"), codes()[i]}, {QStringLiteral("name"), names[i]}});
    }
    return out;
}

void DeskLanguage::addTranslation(std::function<QString(const QString &code)> file)
{
    extraTranslations().push_back(std::move(file));
}

bool DeskLanguage::setLanguage(const QString &code)
{
    if (!codes().contains(code)) {
        return false;
    }
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    if (code != QLatin1String("en")) {
        auto next = std::make_unique<QTranslator>();
        if (!next->load(QStringLiteral(":/i18n/desk_%1.qm").arg(code))) {
            return false;
        }
        m_translator = std::move(next);
        QCoreApplication::installTranslator(m_translator.get());
    }
    for (const auto &translator : m_extra) {
        QCoreApplication::removeTranslator(translator.get());
    }
    m_extra.clear();
    for (const auto &file : extraTranslations()) {
        auto extra = std::make_unique<QTranslator>();
        if (extra->load(file(code))) {
            QCoreApplication::installTranslator(extra.get());
            m_extra.push_back(std::move(extra));
        }
    }
    m_code = code;
    QLocale::setDefault(QLocale(code));
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        app->setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    }
    if (DeskForeign::s_instance) {
        DeskForeign::s_instance->setLocale(QLocale(code).bcp47Name());
    }
    for (const auto &engine : engines()) {
        if (engine) {
            engine->retranslate();
        }
    }
    Q_EMIT changed();
    return true;
}

} // namespace courtyard::desk::ui
