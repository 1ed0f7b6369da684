#include "app/kiosk/backend/session.h"

#include "contracts/units.h"
#include "core/base/hex.h"
#include "core/codec/cbor.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace courtyard::kiosk {

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

KioskSession::KioskSession(KioskCore &core, QObject *parent) : QObject(parent), m_core(core) {}

QString KioskSession::stage() const
{
    switch (m_stage) {
    case Stage::Welcome:
        return QStringLiteral("welcome");
    case Stage::Pin:
        return QStringLiteral("pin");
    case Stage::Home:
        return QStringLiteral("home");
    }
    return {};
}

int KioskSession::pinsLeft() const
{
    return std::max(0, int(contracts::kMaxPinFailures) - m_wrongPins);
}

QDateTime KioskSession::lockedUntil() const
{
    return m_lockedUntilMs ? QDateTime::fromMSecsSinceEpoch(qint64(m_lockedUntilMs)) : QDateTime();
}

QString KioskSession::lockedUntilText() const
{
    return locked() ? m_locale.toString(lockedUntil().time(), QLocale::ShortFormat) : QString();
}

void KioskSession::setStage(Stage stage)
{
    const bool wasIn = m_stage == Stage::Home;
    if (m_stage != stage) {
        m_stage = stage;
        Q_EMIT stageChanged();
    }
    if (wasIn != (stage == Stage::Home)) {
        Q_EMIT signedInChanged(stage == Stage::Home);
    }
}

void KioskSession::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT changed();
}

void KioskSession::forget()
{
    ++m_generation;
    for (Candidate &c : m_candidates) {
        c.resident.fill('\0');
    }
    m_candidates.clear();
    m_candidates.shrink_to_fit();
    m_resident.fill('\0');
    m_resident.clear();
    m_unit.clear();
    m_wrongPins = 0;
    m_lockedUntilMs = 0;
    m_message.clear();
}

void KioskSession::signOut()
{
    forget();
    setStage(Stage::Welcome);
    Q_EMIT changed();
}

Result<std::optional<KioskSession::CardState>> KioskSession::cardState(const QByteArray &resident) const
{
    CY_TRY(const std::optional<cbor::Value> stored, m_core.localState().get(contracts::cardKey(resident)));
    if (!stored) {
        return std::optional<CardState>();
    }
    CY_TRY(const cbor::Record r, cbor::Record::from(*stored, QStringLiteral("card")));
    CardState card;
    CY_TRY(const QString pin, r.text(u"pin"));
    card.pinHash = pin.toLatin1();
    CY_TRY(const quint64 failures, r.uint(u"failures"));
    card.failures = int(failures);
    CY_TRY(card.lockedUntilMs, r.uint(u"locked-until"));
    return std::optional<CardState>(std::move(card));
}

void KioskSession::readCounts()
{
    m_wrongPins = 0;
    m_lockedUntilMs = 0;
    const quint64 now = m_core.now();
    bool allLocked = !m_candidates.empty();
    quint64 earliestUnlock = 0;
    for (const Candidate &c : m_candidates) {
        auto card = cardState(c.resident);
        if (!card || !*card) {
            continue;
        }
        m_wrongPins = std::max(m_wrongPins, (*card)->failures);
        if ((*card)->lockedUntilMs > now) {
            earliestUnlock = earliestUnlock == 0 ? (*card)->lockedUntilMs : std::min(earliestUnlock, (*card)->lockedUntilMs);
        } else {
            allLocked = false;
        }
    }
    // Locked when no card of the candidates can take a PIN now; until the first one can again.
    m_lockedUntilMs = allLocked ? earliestUnlock : 0;
}

bool KioskSession::identifyByCard(const QString &text)
{
    forget();
    const QString number = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,32}$"));
    if (!digits.match(number).hasMatch()) {
        setStage(Stage::Welcome);
        setMessage(QCoreApplication::translate("courtyard::kiosk", "The card could not be read. Hold it still against the reader and try again."));
        return false;
    }
    const QByteArray cardHash = crypto::toByteArray(crypto::sha256(number.toUtf8()));
    auto holder = m_core.localState().get(contracts::cardIdKey(cardHash));
    if (!holder) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "The kiosk cannot read its records right now. Please ask the office."));
        qCWarning(lcKiosk) << holder.error().message;
        return false;
    }
    if (!*holder) {
        setStage(Stage::Welcome);
        setMessage(QCoreApplication::translate("courtyard::kiosk", "This card is not known here. Ask the office to enroll it, or use your unit number."));
        return false;
    }
    const cbor::Value *residentValue = (*holder)->find(u"resident");
    if (!residentValue || !residentValue->isBytes()) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "The kiosk cannot read its records right now. Please ask the office."));
        return false;
    }
    const QByteArray resident = residentValue->asBytes();
    auto record = m_core.localState().get(contracts::residentKey(resident));
    QString unit;
    if (record && *record) {
        if (const cbor::Value *units = (*record)->find(u"units"); units && units->isArray() && !units->asArray().empty() &&
                                                                  units->asArray().front().isText()) {
            unit = units->asArray().front().asText();
        }
    }
    if (unit.isEmpty()) {
        setStage(Stage::Welcome);
        setMessage(QCoreApplication::translate("courtyard::kiosk", "This card belongs to nobody living here now. Please ask the office."));
        return false;
    }
    m_candidates.push_back({resident, unit});
    m_unit = unit;
    readCounts();
    setStage(Stage::Pin);
    Q_EMIT changed();
    return true;
}

bool KioskSession::identifyByUnit(const QString &text)
{
    forget();
    const QString unit = text.trimmed();
    if (!contracts::isValidUnitNumber(unit)) {
        setStage(Stage::Welcome);
        setMessage(QCoreApplication::translate("courtyard::kiosk", "'%1' is not a unit number. Type it as on your door, for example 12-0301.").arg(unit.left(20)));
        return false;
    }
    auto exists = m_core.localState().get(contracts::unitKey(unit));
    if (!exists || !*exists) {
        setStage(Stage::Welcome);
        setMessage(QCoreApplication::translate("courtyard::kiosk", "There is no unit %1 here. Check the number on your door.").arg(unit));
        return false;
    }
    const QByteArray prefix = QByteArrayLiteral("occupancy/") + unit.toUtf8() + '/';
    std::vector<Candidate> candidates;
    auto scanned = m_core.localState().scan(prefix, [&](const state::Key &key, const cbor::Value &) {
        auto id = fromHex(QString::fromLatin1(QByteArray(key).mid(prefix.size())), contracts::kResidentIdSize);
        if (id) {
            candidates.push_back({*id, unit});
        }
        return true;
    });
    if (!scanned) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "The kiosk cannot read its records right now. Please ask the office."));
        return false;
    }
    for (const Candidate &c : candidates) {
        auto card = cardState(c.resident);
        if (card && *card) {
            m_candidates.push_back(c);
        }
    }
    if (m_candidates.empty()) {
        setStage(Stage::Welcome);
        setMessage(QCoreApplication::translate("courtyard::kiosk", "Nobody in unit %1 has a card with a PIN yet. The office can enroll one.").arg(unit));
        return false;
    }
    m_unit = unit;
    readCounts();
    setStage(Stage::Pin);
    Q_EMIT changed();
    return true;
}

std::optional<KioskSession::PinCheck> KioskSession::preparePinCheck(const QString &pin)
{
    if (m_stage != Stage::Pin || m_checking) {
        return std::nullopt;
    }
    readCounts();
    if (locked()) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "Too many wrong PINs. This card is locked until %1.").arg(lockedUntilText()));
        return std::nullopt;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,12}$"));
    if (!digits.match(pin).hasMatch()) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "A PIN is 4 to 12 digits."));
        return std::nullopt;
    }
    const quint64 now = m_core.now();
    PinCheck check;
    for (const Candidate &c : m_candidates) {
        auto card = cardState(c.resident);
        if (!card || !*card || (*card)->lockedUntilMs > now) {
            continue;
        }
        check.open.push_back(c);
        check.hashes.push_back((*card)->pinHash);
    }
    return check;
}

int KioskSession::matchPin(const std::vector<QByteArray> &hashes, QByteArrayView pin)
{
    for (size_t i = 0; i < hashes.size(); ++i) {
        if (crypto::verifyPin(hashes[i], pin)) {
            return int(i);
        }
    }
    return -1;
}

bool KioskSession::finishPinCheck(PinCheck &check, int match, bool signIn)
{
    const auto wipe = [&check] {
        for (Candidate &c : check.open) {
            c.resident.fill('\0');
        }
    };
    if (match >= 0) {
        if (!signIn) {
            wipe();
            return false;
        }
        const Candidate &c = check.open[size_t(match)];
        auto recorded = m_core.submit(QStringLiteral("resident.record-pin-success"),
                                      cbor::Value::fromMap({{QStringLiteral("resident"), cbor::Value::fromBytes(c.resident)}}));
        if (!recorded || !*recorded) {
            // The sign-in does not depend on it; the count is reset by the next success.
            qCWarning(lcKiosk) << "the right PIN could not be recorded:"
                               << (!recorded ? recorded.error().message : recorded->error().message);
        }
        m_resident = c.resident;
        m_unit = c.unit;
        wipe();
        for (Candidate &other : m_candidates) {
            other.resident.fill('\0');
        }
        m_candidates.clear();
        m_wrongPins = 0;
        m_lockedUntilMs = 0;
        m_message.clear();
        setStage(Stage::Home);
        Q_EMIT changed();
        return true;
    }
    // Wrong: recorded against every card that could take it.
    for (const Candidate &c : check.open) {
        auto recorded = m_core.submit(QStringLiteral("resident.record-pin-failure"),
                                      cbor::Value::fromMap({{QStringLiteral("resident"), cbor::Value::fromBytes(c.resident)}}));
        if (!recorded || !*recorded) {
            qCWarning(lcKiosk) << "a wrong PIN could not be recorded:" << (!recorded ? recorded.error().message : recorded->error().message);
        }
    }
    wipe();
    if (!signIn) {
        return false; // the resident left before the answer: recorded, nothing shown
    }
    readCounts();
    if (locked()) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "Wrong PIN. Too many wrong PINs: this card is locked until %1. The office can help.").arg(lockedUntilText()));
    } else {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "Wrong PIN. %Ln tries left before the card is locked.", nullptr, pinsLeft()));
    }
    return false;
}

bool KioskSession::submitPin(const QString &pin)
{
    std::optional<PinCheck> check = preparePinCheck(pin);
    if (!check) {
        return false;
    }
    const crypto::SecretBytes secret = crypto::SecretBytes::fromUtf8(pin);
    const int match = matchPin(check->hashes, secret.view());
    return finishPinCheck(*check, match, /*signIn=*/true);
}

bool KioskSession::checkPin(const QString &pin)
{
    std::optional<PinCheck> prepared = preparePinCheck(pin);
    if (!prepared) {
        return false;
    }
    auto check = std::make_shared<PinCheck>(std::move(*prepared));
    auto secret = std::make_shared<crypto::SecretBytes>(crypto::SecretBytes::fromUtf8(pin));
    const quint64 generation = m_generation;
    m_checking = true;
    Q_EMIT changed();
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher, check, generation] {
        watcher->deleteLater();
        m_checking = false;
        const bool sameResident = generation == m_generation && m_stage == Stage::Pin;
        const bool right = finishPinCheck(*check, watcher->result(), sameResident);
        Q_EMIT changed();
        Q_EMIT pinChecked(right);
    });
    watcher->setFuture(QtConcurrent::run([hashes = check->hashes, secret] { return matchPin(hashes, secret->view()); }));
    return true;
}

} // namespace courtyard::kiosk
