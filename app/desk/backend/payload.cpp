#include "app/desk/backend/payload.h"

#include "app/desk/backend/desk_tr.h"

#include <QCoreApplication>

#include <QCommandLineParser>

namespace courtyard::desk {

quint32 currentVersion(const QString &kind)
{
    for (const cli::CommandSpec &candidate : cli::commandSpecs()) {
        if (candidate.kind == kind) {
            return candidate.version;
        }
    }
    return 1;
}

Result<BuiltForm> buildForm(device::DeviceCore &core, const QString &kind, const FormValues &values)
{
    const cli::CommandSpec *spec = nullptr;
    for (const cli::CommandSpec &candidate : cli::commandSpecs()) {
        if (candidate.kind == kind) {
            spec = &candidate;
            break;
        }
    }
    if (!spec) {
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::desk", "the desk does not know the transaction kind %1").arg(kind));
    }
    QCommandLineParser parser;
    for (const cli::OptionSpec &o : spec->options) {
        parser.addOption(QCommandLineOption(QStringList{o.name} + o.aliases, o.help, o.valueName()));
    }
    QStringList arguments{QStringLiteral("courtyard-desk")};
    for (const auto &[name, value] : values) {
        if (value.trimmed().isEmpty()) {
            continue;
        }
        arguments << QStringLiteral("--") + name << value.trimmed();
    }
    if (!parser.parse(arguments)) {
        return fail(ErrorCode::InvalidArgument, parser.errorText());
    }
    if (const QString problem = cli::usageProblem(*spec, parser); !problem.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, problem);
    }
    cli::PayloadContext context;
    context.currency = core.currency();
    context.state = &core.localState();
    context.communityId = core.genesis().communityId;
    CY_TRY(context.timeMs, core.store().nextBlockTime(core.now()));
    CY_TRY(cli::BuiltPayload built, cli::buildPayload(*spec, parser, context));
    BuiltForm form;
    form.payload = std::move(built.payload);
    form.generated = std::move(built.generated);
    form.enrollmentCode = std::move(built.enrollmentCode);
    form.version = spec->version;
    return form;
}

} // namespace courtyard::desk
