#pragma once
// How QML sees the desk's backend: the Desk object is the QML singleton `Desk`; its view models
// are anonymous types so that QML knows their properties. The backend carries no QML macro.

#include "app/desk/backend/desk.h"
#include "app/desk/backend/manager.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace courtyard::desk::ui {

struct DeskForeign {
    Q_GADGET
    QML_FOREIGN(courtyard::desk::Desk)
    QML_NAMED_ELEMENT(Desk)
    QML_SINGLETON

public:
    inline static courtyard::desk::Desk *s_instance = nullptr;

    static courtyard::desk::Desk *create(QQmlEngine *, QJSEngine *jsEngine)
    {
        Q_ASSERT_X(s_instance, "Desk", "desk::ui::setDesk() must be called before QML uses Desk");
        Q_ASSERT(jsEngine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
};

struct DeskStatusForeign {
    Q_GADGET
    QML_FOREIGN(courtyard::desk::DeskStatus)
    QML_ANONYMOUS
};
struct ManagerWorkspaceForeign {
    Q_GADGET
    QML_FOREIGN(courtyard::desk::ManagerWorkspace)
    QML_ANONYMOUS
};
struct TableProxyForeign {
    Q_GADGET
    QML_FOREIGN(courtyard::desk::TableProxy)
    QML_ANONYMOUS
};

} // namespace courtyard::desk::ui
