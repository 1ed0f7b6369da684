#pragma once
// How QML sees the backend (app/kiosk/README.md): the one Kiosk object, made by main.cpp or a
// test, is the QML singleton `Kiosk` of the CourtyardKiosk module; its view models are
// registered as anonymous types so that QML (and qmlcachegen) know their properties. The
// backend itself carries no QML macro (STYLE.md: QML_FOREIGN + QML_SINGLETON with create()).

#include "app/kiosk/backend/kiosk.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace courtyard::kiosk::ui {

struct KioskForeign {
    Q_GADGET
    QML_FOREIGN(courtyard::kiosk::Kiosk)
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON

public:
    // Set before the first QML that uses Kiosk is loaded (kiosk_ui.h: setKiosk()).
    inline static courtyard::kiosk::Kiosk* s_instance = nullptr;

    static courtyard::kiosk::Kiosk* create(QQmlEngine* /*qmlEngine*/, QJSEngine* jsEngine)
    {
        Q_ASSERT_X(s_instance, "Kiosk", "kiosk::ui::setKiosk() must be called before QML uses Kiosk");
        Q_ASSERT(jsEngine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
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
