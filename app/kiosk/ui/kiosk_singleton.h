#pragma once
// How QML sees the backend (app/kiosk/README.md): the one Kiosk object, made by main.cpp or a
// test, is the QML singleton `Kiosk` of the CourtyardKiosk module; its view models are
// registered as anonymous types so that QML (and qmlcachegen) know their properties. The
// backend itself carries no QML macro (STYLE.md: QML_FOREIGN + QML_SINGLETON with create()).

#include "app/kiosk/backend/kiosk.h"
#include "app/kiosk/backend/startup.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace courtyard::kiosk::ui {

// The kiosk's start (startup.h) as the QML singleton `Startup`: Main.qml shows the welcome screen
// while it loads and the shell (which uses `Kiosk`) once it is ready.
struct StartupForeign {
    Q_GADGET
    QML_FOREIGN(courtyard::kiosk::KioskStartup)
    QML_NAMED_ELEMENT(Startup)
    QML_SINGLETON

public:
    // kiosk_ui.h: setStartup(), or setKiosk() (a start that is ready at once).
    inline static courtyard::kiosk::KioskStartup* s_instance = nullptr;

    static courtyard::kiosk::KioskStartup* create(QQmlEngine* /*qmlEngine*/, QJSEngine* jsEngine)
    {
        Q_ASSERT_X(s_instance, "Startup", "kiosk::ui::setStartup() or setKiosk() must be called before QML uses Startup");
        Q_ASSERT(jsEngine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
};

struct KioskForeign {
    Q_GADGET
    QML_FOREIGN(courtyard::kiosk::Kiosk)
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON

public:
    // Set before the first QML that uses Kiosk is loaded (kiosk_ui.h: setKiosk()).
    inline static courtyard::kiosk::Kiosk* s_instance = nullptr;

    // Or the kiosk the start opened (QML uses Kiosk only once Startup.ready).
    static courtyard::kiosk::Kiosk* create(QQmlEngine* /*qmlEngine*/, QJSEngine* jsEngine)
    {
        courtyard::kiosk::Kiosk* kiosk = s_instance ? s_instance : (StartupForeign::s_instance ? StartupForeign::s_instance->kiosk() : nullptr);
        Q_ASSERT_X(kiosk, "Kiosk", "QML used Kiosk before the kiosk was open (Startup.ready)");
        Q_ASSERT(jsEngine->thread() == kiosk->thread());
        QJSEngine::setObjectOwnership(kiosk, QJSEngine::CppOwnership);
        return kiosk;
    }
};

struct KioskSessionForeign {
    Q_GADGET
    QML_FOREIGN(courtyard::kiosk::KioskSession)
    QML_ANONYMOUS
};
struct KioskAccountForeign {
    Q_GADGET
    QML_FOREIGN(courtyard::kiosk::KioskAccount)
    QML_ANONYMOUS
};
struct PaymentFlowForeign {
    Q_GADGET
    QML_FOREIGN(courtyard::kiosk::PaymentFlow)
    QML_ANONYMOUS
};
struct KioskReceiptForeign {
    Q_GADGET
    QML_FOREIGN(courtyard::kiosk::KioskReceipt)
    QML_ANONYMOUS
};
struct RepairRequestFormForeign {
    Q_GADGET
    QML_FOREIGN(courtyard::kiosk::RepairRequestForm)
    QML_ANONYMOUS
};
struct DeviceStatusForeign {
    Q_GADGET
    QML_FOREIGN(courtyard::kiosk::DeviceStatus)
    QML_ANONYMOUS
};
struct IdleMonitorForeign {
    Q_GADGET
    QML_FOREIGN(courtyard::kiosk::IdleMonitor)
    QML_ANONYMOUS
};
// The views' list models are final classes, which QML cannot register (6.4 derives from each
// registered type); QML reaches them as QAbstractItemModel through the properties above.

} // namespace courtyard::kiosk::ui
