// courtyard/desk: a transaction's payload from what a form holds, through the CLI's builders.
//
// The CLI declares every transaction kind with its options (app/cli/commands.h: the payload
// field of each option, the type a person types and its checks) and builds the payload the
// contract reads. The desk's forms give the same values ("--amount 4500.00"), so the desk builds
// the same payloads with the same checks and the same messages, without a second copy of them.
//
// Errors: InvalidArgument with the CLI's message naming the field and what to type.
#pragma once

#include "app/cli/commands.h"
#include "app/device/device_core.h"

#include <QList>
#include <QPair>

namespace courtyard::desk {

using FormValues = QList<QPair<QString, QString>>; // option name -> value, repeated for lists

struct BuiltForm {
    cbor::Value payload;
    std::vector<std::pair<QString, QByteArray>> generated; // option -> new id made for it
    QString enrollmentCode;
    quint32 version = 1; // the kind's current contract version (the CLI's CommandSpec::version)
};

// The version of kind the desk signs: the CLI's current one (payment.bank is version 2, which
// posts a bank reference once), 1 for a kind the CLI does not declare.
quint32 currentVersion(const QString &kind);

// The payload of kind from values (CLI option names without "--"); empty values are left out.
Result<BuiltForm> buildForm(device::DeviceCore &core, const QString &kind, const FormValues &values);

} // namespace courtyard::desk
