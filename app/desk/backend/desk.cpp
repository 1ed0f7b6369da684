#include "app/desk/backend/desk.h"

#include "app/desk/backend/desk_tr.h"

#include <QCoreApplication>
#include "app/desk/backend/manager.h"
#include "contracts/governance.h"
#include "contracts/standard.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QUrl>

namespace courtyard::desk {

namespace {

std::vector<WorkspaceFactory> &factories()
{
    static std::vector<WorkspaceFactory> list;
    return list;
}

const QStringList &deskRoles()
{
    static const QStringList list{QLatin1String(contracts::kRoleManager), QLatin1String(contracts::kRoleCommittee),
                                  QLatin1String(contracts::kRoleAuditor)};
    return list;
}

} // namespace

void Desk::registerWorkspace(WorkspaceFactory factory)
{
    factories().push_back(std::move(factory));
}

Desk::Desk(DeskOptions options)
    : m_options(std::move(options)),
      m_directory(QDir(m_options.dataDir).filePath(QStringLiteral("directory.json"))),
      m_clock([] { return quint64(QDateTime::currentMSecsSinceEpoch()); })
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(std::max(1, m_options.lockMinutes) * 60000);
    connect(&m_idle, &QTimer::timeout, this, &Desk::lock);
}

Desk::~Desk()
{
    signOut();
}

Result<std::unique_ptr<Desk>> Desk::open(DeskOptions options)
{
    if (options.dataDir.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("courtyard::desk", "no data folder given for the desk"));
    }
    if (!QDir().mkpath(options.dataDir)) {
        return fail(ErrorCode::Io, QCoreApplication::translate("courtyard::desk", "cannot make the data folder %1").arg(options.dataDir));
    }
    if (options.ledgerPath.isEmpty()) {
        options.ledgerPath = QDir(options.dataDir).filePath(QStringLiteral("ledger.db"));
    }
    if (!QFile::exists(options.ledgerPath)) {
        return fail(ErrorCode::NotFound, QCoreApplication::translate("courtyard::desk", "there is no ledger at %1: enroll this desk with 'courtyard enroll' or start it with --demo")
                                             .arg(options.ledgerPath));
    }
    std::unique_ptr<Desk> desk(new Desk(std::move(options)));
    CY_CHECK(desk->openLedger());
    CY_CHECK(desk->m_directory.load());
    const ledger::Genesis &genesis = desk->m_ledger->engine().genesis();
    desk->m_communityName = genesis.name;
    desk->m_currencyCode = genesis.currency;
    return desk;
}

Result<void> Desk::openLedger()
{
    m_registry = std::make_unique<contracts::Registry>();
    contracts::addStandardContracts(*m_registry);
    CY_TRY(m_ledger, node::Ledger::open(m_options.ledgerPath, *m_registry));
    return {};
}

QString Desk::documentsDir() const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("documents"));
}

QString Desk::publicKey() const
{
    return m_core ? m_core->key().publicKey().toHex() : QString();
}

void Desk::setLockMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 24 * 60);
    if (minutes == m_options.lockMinutes) {
        return;
    }
    m_options.lockMinutes = minutes;
    setLockAfterMs(minutes * 60000);
    Q_EMIT lockMinutesChanged();
}

void Desk::setLockAfterMs(int ms)
{
    m_idle.setInterval(std::max(1, ms));
    if (m_idle.isActive()) {
        m_idle.start();
    }
}

void Desk::setDemo(QVariantList identities, std::unique_ptr<QObject> keepAlive)
{
    m_demoIdentities = std::move(identities);
    m_keepAlive = std::move(keepAlive);
}

void Desk::setMessage(const QString &text)
{
    if (text != m_message) {
        m_message = text;
        Q_EMIT messageChanged();
    }
}

bool Desk::signIn(const QString &keyFile, const QString &passphrase)
{
    if (m_core) {
        setMessage(QCoreApplication::translate("courtyard::desk", "Someone is signed in already; sign out first."));
        return false;
    }
    const QString path = keyFile.startsWith(QLatin1String("file:")) ? QUrl(keyFile).toLocalFile() : keyFile;
    if (path.trimmed().isEmpty()) {
        setMessage(QCoreApplication::translate("courtyard::desk", "Choose your key file first."));
        return false;
    }
    QFile f(path);
    if (!f.exists()) {
        setMessage(QCoreApplication::translate("courtyard::desk", "The key file %1 does not exist. Choose your personal key file.").arg(path));
        return false;
    }
    if (f.size() > 64 * 1024 || !f.open(QIODevice::ReadOnly)) {
        setMessage(QCoreApplication::translate("courtyard::desk", "%1 cannot be read as a key file.").arg(path));
        return false;
    }
    const QByteArray bytes = f.readAll();
    auto info = crypto::inspectKeyFile(bytes);
    if (!info) {
        setMessage(QCoreApplication::translate("courtyard::desk", "%1 is not a Courtyard key file (or it is damaged).").arg(path));
        return false;
    }
    QByteArray secret = passphrase.toUtf8();
    auto key = crypto::openKeyFile(bytes, secret);
    secret.fill('\0');
    if (!key) {
        setMessage(key.error().code == ErrorCode::WrongPassphrase
                       ? QCoreApplication::translate("courtyard::desk", "The passphrase does not open this key file. Nothing was changed; type it again.")
                       : QCoreApplication::translate("courtyard::desk", "The key file cannot be opened: %1").arg(key.error().message));
        return false;
    }
    auto held = contracts::rolesOf(m_ledger->store().state(), key->publicKey());
    if (!held) {
        setMessage(QCoreApplication::translate("courtyard::desk", "The ledger cannot be read: %1").arg(held.error().message));
        return false;
    }
    QStringList roles;
    for (const QString &role : *held) {
        if (deskRoles().contains(role)) {
            roles << role;
        }
    }
    if (roles.isEmpty()) {
        setMessage(QCoreApplication::translate("courtyard::desk", "The key \"%1\" holds no desk role (manager, committee or auditor) in this community's ledger. "
                      "Ask the committee to grant one.")
                       .arg(info->label));
        return false;
    }

    m_core = std::make_unique<device::DeviceCore>(std::move(m_registry), std::move(m_ledger), std::move(*key));
    m_core->setClock(m_clock);
    if (auto started = m_core->start(); !started) {
        setMessage(QCoreApplication::translate("courtyard::desk", "The outbox cannot be read: %1").arg(started.error().message));
    }
    QString server;
    if (m_options.sync) {
        m_sync = std::make_unique<syncclient::SyncClient>(m_core->ledger(), m_core->key(), *m_options.sync);
        m_core->setSyncClient(m_sync.get());
        server = m_options.sync->server.toString();
        m_sync->start();
    }
    m_roles = roles;
    m_keyLabel = info->label;
    m_keyFileBytes = bytes;
    if (roles.contains(QLatin1String(contracts::kRoleManager))) {
        m_manager = new ManagerWorkspace(*m_core, DocumentStore(documentsDir()), m_directory, this);
        m_manager->setServer(m_options.sync);
        m_manager->setLocale(m_locale);
    }
    for (const WorkspaceFactory &factory : factories()) {
        const bool wanted = std::any_of(factory.roles.begin(), factory.roles.end(), [&](const QString &r) { return roles.contains(r); });
        if (wanted && factory.make) {
            if (QObject *object = factory.make(*m_core, documentsDir(), this)) {
                m_workspaces.insert(factory.name, QVariant::fromValue(object));
                m_workspaceObjects << object;
            }
        }
    }
    m_status.setLocale(m_locale);
    m_status.setCore(m_core.get(), server);
    m_locked = false;
    m_signedIn = true;
    m_idle.start();
    setMessage(QString());
    Q_EMIT signedInChanged();
    Q_EMIT lockedChanged();
    return true;
}

void Desk::signOut()
{
    if (!m_core) {
        return;
    }
    m_idle.stop();
    m_status.setCore(nullptr, QString());
    ManagerWorkspace *manager = m_manager;
    m_manager = nullptr;
    const QList<QObject *> objects = m_workspaceObjects;
    m_workspaceObjects.clear();
    m_workspaces.clear();
    m_roles.clear();
    m_keyLabel.clear();
    m_keyFileBytes.fill('\0');
    m_keyFileBytes.clear();
    m_locked = false;
    m_signedIn = false; // what QML reads while it lets go of the workspaces
    Q_EMIT signedInChanged();
    Q_EMIT lockedChanged();
    delete manager;
    qDeleteAll(objects);
    if (m_sync) {
        m_sync->stop();
    }
    m_core.reset();
    m_sync.reset();
    if (auto reopened = openLedger(); !reopened) {
        setMessage(QCoreApplication::translate("courtyard::desk", "The ledger cannot be opened again: %1").arg(reopened.error().message));
    }
}

void Desk::lock()
{
    if (!m_core || m_locked) {
        return;
    }
    m_locked = true;
    m_idle.stop();
    setMessage(QString());
    Q_EMIT lockedChanged();
}

bool Desk::unlock(const QString &passphrase)
{
    if (!m_core || !m_locked) {
        return true;
    }
    QByteArray secret = passphrase.toUtf8();
    auto key = crypto::openKeyFile(m_keyFileBytes, secret);
    secret.fill('\0');
    if (!key) {
        setMessage(QCoreApplication::translate("courtyard::desk", "The passphrase does not open this key file. The desk stays locked."));
        return false;
    }
    m_locked = false;
    setMessage(QString());
    m_idle.start();
    Q_EMIT lockedChanged();
    return true;
}

void Desk::noteActivity()
{
    if (m_core && !m_locked) {
        m_idle.start();
    }
}

QVariantList Desk::slicePages() const
{
    QVariantList out;
    for (const WorkspaceFactory &factory : factories()) {
        if (!m_workspaces.contains(factory.name) || !factory.pages) {
            continue;
        }
        for (const QVariant &page : factory.pages()) {
            QVariantMap map = page.toMap();
            map.insert(QStringLiteral("name"), factory.name);
            map.insert(QStringLiteral("backend"), m_workspaces.value(factory.name));
            out.append(map);
        }
    }
    return out;
}

void Desk::setLocale(const QString &bcp47)
{
    m_locale = QLocale(bcp47);
    m_status.setLocale(m_locale);
    if (m_manager) {
        m_manager->setLocale(m_locale);
    }
}

} // namespace courtyard::desk
