#include "app/desk/committee/qml/committee_registration.h"

#include "app/desk/backend/desk.h"
#include "app/desk/committee/committee_workspace.h"

#include <QCoreApplication>
#include <QQmlExtensionPlugin>
#include <QVariantMap>

Q_IMPORT_QML_PLUGIN(CourtyardDesk_CommitteePlugin)

namespace courtyard::desk {

void registerCommitteeWorkspace()
{
    WorkspaceFactory factory;
    factory.name = QStringLiteral("committee");
    factory.roles = {QStringLiteral("committee"), QStringLiteral("auditor")};
    factory.make = [](device::DeviceCore &core, const QString &documentsDir, QObject *parent) -> QObject * {
        return new CommitteeWorkspace(core, documentsDir, parent);
    };
    factory.pages = [] {
        const auto page = [](const char *title, const char *file) {
            return QVariant(QVariantMap{{QStringLiteral("title"), QCoreApplication::translate("courtyard::desk::committee", title)},
                                        {QStringLiteral("url"), QStringLiteral("qrc:/qt/qml/CourtyardDesk/Committee/%1.qml").arg(QLatin1String(file))}});
        };
        return QVariantList{
            //: The committee's pages in the desk's navigation.
            page(QT_TRANSLATE_NOOP("courtyard::desk::committee", "Expense trail"), "ExpenseTrailPage"),
            page(QT_TRANSLATE_NOOP("courtyard::desk::committee", "Budget and fund"), "BudgetPage"),
            page(QT_TRANSLATE_NOOP("courtyard::desk::committee", "Verification"), "VerificationPage"),
        };
    };
    Desk::registerWorkspace(std::move(factory));
}

} // namespace courtyard::desk
