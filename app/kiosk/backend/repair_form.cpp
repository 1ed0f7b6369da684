#include "app/kiosk/backend/repair_form.h"

#include "app/kiosk/backend/session.h"
#include "app/views/views.h"
#include "contracts/repairs.h"
#include "core/base/hex.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QVariantMap>

namespace courtyard::kiosk {

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

RepairRequestForm::RepairRequestForm(KioskCore &core, KioskSession &session, QObject *parent)
    : QObject(parent), m_core(core), m_session(session)
{
}

QVariantList RepairRequestForm::categories() const
{
    QVariantList list;
    for (const QString &code : contracts::repairCategories()) {
        list.append(QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("text"), views::repairCategoryText(code)}});
    }
    return list;
}

QVariantList RepairRequestForm::urgencies() const
{
    QVariantList list;
    for (const char *code : {"low", "normal", "urgent"}) {
        const QString c = QString::fromLatin1(code);
        list.append(QVariantMap{{QStringLiteral("code"), c}, {QStringLiteral("text"), views::repairUrgencyText(c)}});
    }
    return list;
}

QVariantList RepairRequestForm::places() const
{
    // The places in a flat first, then those outside it; a resident types anything else.
    const std::pair<const char *, QString> places[] = {
        //: A place to tap on the repair form: where the problem is.
        {"kitchen", QCoreApplication::translate("courtyard::kiosk", "Kitchen")},
        //: A place to tap on the repair form: where the problem is.
        {"bathroom", QCoreApplication::translate("courtyard::kiosk", "Bathroom")},
        //: A place to tap on the repair form: where the problem is.
        {"bedroom", QCoreApplication::translate("courtyard::kiosk", "Bedroom")},
        //: A place to tap on the repair form: where the problem is.
        {"living-room", QCoreApplication::translate("courtyard::kiosk", "Living room")},
        //: A place to tap on the repair form: where the problem is.
        {"balcony", QCoreApplication::translate("courtyard::kiosk", "Balcony")},
        //: A place to tap on the repair form: the flat's own entrance door.
        {"front-door", QCoreApplication::translate("courtyard::kiosk", "Front door")},
        //: A place to tap on the repair form: the shared corridor outside the flats.
        {"corridor", QCoreApplication::translate("courtyard::kiosk", "Corridor")},
        //: A place to tap on the repair form: the building's stairs.
        {"stairwell", QCoreApplication::translate("courtyard::kiosk", "Stairwell")},
    };
    QVariantList list;
    for (const auto &[code, text] : places) {
        list.append(QVariantMap{{QStringLiteral("code"), QString::fromLatin1(code)}, {QStringLiteral("text"), text}});
    }
    return list;
}

int RepairRequestForm::maxLocationLength()
{
    return int(contracts::kMaxRepairLocationLength);
}

bool RepairRequestForm::refuse(const QString &message)
{
    m_message = message;
    Q_EMIT changed();
    return false;
}

void RepairRequestForm::clear()
{
    m_message.clear();
    m_lastId.clear();
    Q_EMIT changed();
}

bool RepairRequestForm::submit(const QString &category, const QString &location, const QString &description, const QString &urgency)
{
    if (!m_session.signedIn()) {
        return refuse(QCoreApplication::translate("courtyard::kiosk", "Please sign in first."));
    }
    if (!contracts::repairCategories().contains(category)) {
        return refuse(QCoreApplication::translate("courtyard::kiosk", "Choose what needs repair."));
    }
    if (urgency != QLatin1String("low") && urgency != QLatin1String("normal") && urgency != QLatin1String("urgent")) {
        return refuse(QCoreApplication::translate("courtyard::kiosk", "Choose how urgent it is."));
    }
    const QString where = location.simplified();
    const QString what = description.trimmed();
    // The limits as plain ints first: Qt 6.4's lupdate never finishes on some expressions inside
    // a translate() call.
    const int maxWhere = int(contracts::kMaxRepairLocationLength);
    const int maxWhat = int(contracts::kMaxRepairDescriptionLength);
    if (where.isEmpty()) {
        return refuse(QCoreApplication::translate("courtyard::kiosk", "Say where the problem is: tap a place or type it."));
    }
    if (where.toUcs4().size() > maxWhere) {
        return refuse(QCoreApplication::translate("courtyard::kiosk", "The location can be at most %Ln characters.", nullptr, maxWhere));
    }
    if (what.isEmpty()) {
        return refuse(QCoreApplication::translate("courtyard::kiosk", "Describe the problem in a few words."));
    }
    if (what.toUcs4().size() > maxWhat) {
        return refuse(QCoreApplication::translate("courtyard::kiosk", "The description can be at most %Ln characters.", nullptr, maxWhat));
    }
    const QByteArray id = crypto::randomBytes(contracts::kRepairIdSize);
    auto outcome = m_core.submit(QStringLiteral("repair.request"),
                                   cbor::Value::fromMap({{QStringLiteral("id"), cbor::Value::fromBytes(id)},
                                                         {QStringLiteral("unit"), cbor::Value::fromText(m_session.unit())},
                                                         {QStringLiteral("resident"), cbor::Value::fromBytes(m_session.resident())},
                                                         {QStringLiteral("category"), cbor::Value::fromText(category)},
                                                         {QStringLiteral("location"), cbor::Value::fromText(where)},
                                                         {QStringLiteral("description"), cbor::Value::fromText(what)},
                                                         {QStringLiteral("urgency"), cbor::Value::fromText(urgency)}}),
                                   /*version=*/2);
    if (!outcome) {
        qCWarning(lcKiosk) << "cannot write the repair request:" << outcome.error().message;
        return refuse(QCoreApplication::translate("courtyard::kiosk", "The kiosk cannot save your request right now. Please tell the office."));
    }
    if (!*outcome) {
        // The contract's own words (translated in the contracts' context).
        return refuse(QCoreApplication::translate("courtyard::kiosk", "The request was not accepted: %1").arg(outcome->error().message));
    }
    m_lastId = toHex(id);
    m_message = QCoreApplication::translate("courtyard::kiosk", "Your request was sent. You can follow it under My repairs.");
    Q_EMIT changed();
    Q_EMIT submitted(m_lastId);
    return true;
}

} // namespace courtyard::kiosk
