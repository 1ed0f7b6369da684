// courtyard/desk: the desk's top object: sign-in with a key file, the lock, the status bar and
// the workspaces the signed-in key's roles open.
//
// Before sign-in the desk has its ledger open (read only: the community's name, the roles) and
// signs nothing. signIn(file, passphrase) opens the person's key file (core key file format,
// docs/formats.md); a wrong passphrase or a damaged file is a message and changes nothing. The
// roles the ledger grants that key choose the workspaces: manager (ManagerWorkspace, here),
// committee and auditor (the committee and approvals slices, registered with
// registerWorkspace()); a key with none of these roles is told so and not signed in. Signed in,
// the desk is a device::DeviceCore with that key (it signs the person's transactions) and, with
// a server, a SyncClient signed in as that key. After `lockMinutes` without activity (the UI
// calls noteActivity() on input) the desk locks: the UI hides everything until unlock() is
// given the same passphrase. signOut() forgets the key.
//
// Errors: messages in `message`, translated ("courtyard::desk"). Nothing here throws.
// Thread-safety: GUI thread.
#pragma once

#include "app/desk/backend/directory.h"
#include "app/desk/backend/documents.h"
#include "app/desk/backend/manager.h"
#include "app/desk/backend/status.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

namespace courtyard::desk {

struct DeskOptions {
    QString dataDir;                          // directory.json, documents/, and the ledger by default
    QString ledgerPath;                       // empty: <dataDir>/ledger.db
    std::optional<syncclient::SyncOptions> sync;
    int lockMinutes = 10;
};

// What a slice (committee, approvals, accounting) adds for a signed-in key: an entry object made
// from the core, the documents folder and a parent, for the roles it serves.
struct WorkspaceFactory {
    QString name;         // "committee", "approvals", "accounting"
    QStringList roles;    // made when the key holds one of these
    std::function<QObject *(device::DeviceCore &core, const QString &documentsDir, QObject *parent)> make;
    // Its pages, in the language of the moment: [{title, url}] (a QML file whose root has
    // `required property QtObject backend`, given the entry object).
    std::function<QVariantList()> pages;
};

class Desk : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString communityName READ communityName CONSTANT)
    Q_PROPERTY(QString currencyCode READ currencyCode CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QVariantList demoIdentities READ demoIdentities CONSTANT) // [{role, label, keyFile, passphrase}]
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString documentsDir READ documentsDir CONSTANT)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    Q_PROPERTY(QStringList roles READ roles NOTIFY signedInChanged)
    Q_PROPERTY(QString keyLabel READ keyLabel NOTIFY signedInChanged)
    Q_PROPERTY(QString publicKey READ publicKey NOTIFY signedInChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int lockMinutes READ lockMinutes WRITE setLockMinutes NOTIFY lockMinutesChanged)
    Q_PROPERTY(courtyard::desk::DeskStatus *status READ status CONSTANT)
    Q_PROPERTY(courtyard::desk::ManagerWorkspace *manager READ manager NOTIFY signedInChanged)
    Q_PROPERTY(QVariantMap workspaces READ workspaces NOTIFY signedInChanged) // slice name -> its entry object
public:
    static Result<std::unique_ptr<Desk>> open(DeskOptions options);
    ~Desk() override;

    static void registerWorkspace(WorkspaceFactory factory);

    QString communityName() const { return m_communityName; }
    QString currencyCode() const { return m_currencyCode; }
    bool demo() const { return !m_demoIdentities.isEmpty(); }
    QVariantList demoIdentities() const { return m_demoIdentities; }
    QString dataDir() const { return m_options.dataDir; }
    QString documentsDir() const;
    bool signedIn() const { return m_signedIn; }
    bool locked() const { return m_locked; }
    QStringList roles() const { return m_roles; }
    QString keyLabel() const { return m_keyLabel; }
    QString publicKey() const;
    QString message() const { return m_message; }
    int lockMinutes() const { return m_options.lockMinutes; }
    void setLockMinutes(int minutes);
    // Tests: lock after this many ms instead of minutes.
    void setLockAfterMs(int ms);
    DeskStatus *status() { return &m_status; }
    ManagerWorkspace *manager() { return m_manager; }
    QVariantMap workspaces() const { return m_workspaces; }
    const std::optional<syncclient::SyncOptions> &syncOptions() const { return m_options.sync; }
    device::DeviceCore *core() { return m_core.get(); }

    // Demo: the identities to offer and what the desk keeps alive (the demo's server).
    void setDemo(QVariantList identities, std::unique_ptr<QObject> keepAlive);
    // A wall clock for the workspaces' ages and the next block time (tests).
    void setClock(std::function<quint64()> clock) { m_clock = std::move(clock); }

    // Opens keyFile (a path or file: URL) with passphrase; true when signed in.
    Q_INVOKABLE bool signIn(const QString &keyFile, const QString &passphrase);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void lock();
    Q_INVOKABLE bool unlock(const QString &passphrase);
    // Input happened: the inactivity timer starts again.
    Q_INVOKABLE void noteActivity();
    Q_INVOKABLE void setLocale(const QString &bcp47);
    // The pages of the slices made for the signed-in key: [{name, title, url, backend}].
    Q_INVOKABLE QVariantList slicePages() const;

Q_SIGNALS:
    void signedInChanged();
    void lockedChanged();
    void messageChanged();
    void lockMinutesChanged();

private:
    explicit Desk(DeskOptions options);
    Result<void> openLedger();
    void setMessage(const QString &text);

    DeskOptions m_options;
    QString m_communityName;
    QString m_currencyCode;
    QVariantList m_demoIdentities;
    std::unique_ptr<QObject> m_keepAlive;
    std::unique_ptr<contracts::Registry> m_registry;
    std::unique_ptr<node::Ledger> m_ledger; // while signed out
    std::unique_ptr<device::DeviceCore> m_core;
    std::unique_ptr<syncclient::SyncClient> m_sync;
    ManagerWorkspace *m_manager = nullptr;
    QVariantMap m_workspaces;
    QList<QObject *> m_workspaceObjects;
    Directory m_directory;
    DeskStatus m_status;
    QTimer m_idle;
    bool m_signedIn = false;
    bool m_locked = false;
    QStringList m_roles;
    QString m_keyLabel;
    QByteArray m_keyFileBytes; // to check the passphrase when unlocking
    QString m_message;
    QLocale m_locale;
    std::function<quint64()> m_clock;
};

} // namespace courtyard::desk
