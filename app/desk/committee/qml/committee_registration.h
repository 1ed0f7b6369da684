// courtyard/desk/committee: how the desk's shell adds the committee's workspace.
//
// registerCommitteeWorkspace() registers, with desk::Desk::registerWorkspace, a factory that makes
// a CommitteeWorkspace for a key holding the committee or auditor role (from the desk's
// DeviceCore and documents folder) and lists its pages (expense trail, budget and fund,
// verification) as qrc URLs of the CourtyardDesk.Committee module, which this file's object also
// imports (a static QML plugin). Call it once in main(), before the desk signs anyone in. The
// budget page's charts (Qt Charts) need the program's application object to be a QApplication.
#pragma once

namespace courtyard::desk {

void registerCommitteeWorkspace();

} // namespace courtyard::desk
