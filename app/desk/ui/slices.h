#pragma once
// courtyard-desk: the other slices' workspaces, registered with desk::Desk when they are part of
// the build (app/desk/committee, app/desk/approvals, app/desk/accounting): the committee's
// expense trail, budget and verification (committee and auditor keys), the approval inbox
// (committee and manager keys, with the community server) and the accounting pages (bank
// import, arrears, reports for managers). Each one's translations are installed with the desk's.

#include <QStringList>

namespace courtyard::syncclient {
struct SyncOptions;
}

namespace courtyard::desk::ui {

// Call once in main(), before anyone signs in. The names of the slices registered.
QStringList registerSlices(const QString &dataDir, const syncclient::SyncOptions *server);

} // namespace courtyard::desk::ui
