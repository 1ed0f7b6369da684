// The demo desk the desk tests start from: the CLI's demo community with two months of history,
// no server, its clock fixed at 2026-11-20 12:00 in Shanghai (the demo community's zone), so that
// every run sees the same periods, invoices and dates: the history ends with October, November is
// open.
#pragma once

#include "app/desk/backend/demo.h"

#include <QDateTime>
#include <QTimeZone>

namespace courtyard::testing {

inline quint64 deskTestNow()
{
    return quint64(QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
}

inline Result<std::unique_ptr<desk::Desk>> openTestDemoDesk(const QString &dir)
{
    desk::DeskDemoOptions options;
    options.dir = dir;
    options.months = 2;
    options.nowMs = deskTestNow();
    options.server = false;
    return desk::openDemoDesk(options);
}

} // namespace courtyard::testing
