#include "app/kiosk/backend/core.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace courtyard::kiosk {

Q_LOGGING_CATEGORY(lcKiosk, "courtyard.kiosk")

QString tr(const char *text, const char *comment, int n)
{
    return QCoreApplication::translate("courtyard::kiosk", text, comment, n);
}

} // namespace courtyard::kiosk
