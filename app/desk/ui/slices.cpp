#include "app/desk/ui/slices.h"

#include "app/desk/backend/desk.h"
#include "app/desk/ui/desk_ui.h"

#include <QCoreApplication>
#include <QQmlEngineExtensionPlugin>
#include <QVariantMap>

#ifdef COURTYARD_DESK_HAS_COMMITTEE
#include "app/desk/committee/committee_workspace.h"
#include "app/desk/committee/qml/committee_registration.h"
#endif
#ifdef COURTYARD_DESK_HAS_ACCOUNTING
#include "app/desk/accounting/accounting_desk.h"
Q_IMPORT_QML_PLUGIN(CourtyardDesk_AccountingPlugin)
#endif
#ifdef COURTYARD_DESK_HAS_APPROVALS
#include "app/desk/approvals/approvals.h"
Q_IMPORT_QML_PLUGIN(CourtyardDesk_ApprovalsPlugin)
#endif

namespace courtyard::desk::ui {

namespace {

[[maybe_unused]] QVariant page(const QString &title, const char *url)
{
    return QVariant(QVariantMap{{QStringLiteral("title"), title}, {QStringLiteral("url"), QString::fromLatin1(url)}});
}

} // namespace

QStringList registerSlices(const QString &dataDir, const syncclient::SyncOptions *server)
{
    QStringList names;
    Q_UNUSED(dataDir);
    Q_UNUSED(server);
#ifdef COURTYARD_DESK_HAS_APPROVALS
    {
        std::optional<syncclient::SyncOptions> options;
        if (server) {
            options = *server;
        }
        WorkspaceFactory factory;
        factory.name = QStringLiteral("approvals");
        factory.roles = {QStringLiteral("committee"), QStringLiteral("manager")};
        factory.make = [options](device::DeviceCore &core, const QString &, QObject *parent) -> QObject * {
            auto *backend = new approvals::ApprovalsBackend(core, parent);
            if (options) {
                backend->setServer(*options);
            }
            return backend;
        };
        factory.pages = [] {
            return QVariantList{page(QCoreApplication::translate("courtyard::desk", "Approval inbox"),
                                     "qrc:/qt/qml/CourtyardDesk/Approvals/ApprovalInboxPage.qml")};
        };
        Desk::registerWorkspace(std::move(factory));
        DeskLanguage::addTranslation([](const QString &code) { return QStringLiteral(":/i18n/approvals_desk_%1.qm").arg(code); });
        names << QStringLiteral("approvals");
    }
#endif
#ifdef COURTYARD_DESK_HAS_COMMITTEE
    registerCommitteeWorkspace();
    DeskLanguage::addTranslation([](const QString &code) { return CommitteeWorkspace::translationFile(code); });
    names << QStringLiteral("committee");
#endif
#ifdef COURTYARD_DESK_HAS_ACCOUNTING
    {
        WorkspaceFactory factory;
        factory.name = QStringLiteral("accounting");
        factory.roles = {QStringLiteral("manager")};
        factory.make = [dataDir](device::DeviceCore &core, const QString &, QObject *parent) -> QObject * {
            return new accounting::AccountingDesk(core, dataDir, parent);
        };
        factory.pages = [] {
            return QVariantList{
                page(QCoreApplication::translate("courtyard::desk", "Bank import"), "qrc:/qt/qml/CourtyardDesk/Accounting/BankImportPage.qml"),
                page(QCoreApplication::translate("courtyard::desk", "Arrears"), "qrc:/qt/qml/CourtyardDesk/Accounting/ArrearsPage.qml"),
                page(QCoreApplication::translate("courtyard::desk", "Reports"), "qrc:/qt/qml/CourtyardDesk/Accounting/ReportsPage.qml")};
        };
        Desk::registerWorkspace(std::move(factory));
        DeskLanguage::addTranslation([](const QString &code) { return accounting::AccountingDesk::translationFile(code); });
        names << QStringLiteral("accounting");
    }
#endif
    return names;
}

} // namespace courtyard::desk::ui
