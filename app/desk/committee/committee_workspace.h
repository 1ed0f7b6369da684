// courtyard/desk/committee: the committee's workspace — expense trail, budget vs actual, the
// fund's balance and verification from genesis — over a device's ledger.
//
// CommitteeWorkspace is the entry object the desk's shell hands to the pages of the QML module
// CourtyardDesk.Committee (each page's `backend`). It is made from the device's DeviceCore and
// the folder of invoice documents (content-addressed: <documents>/<sha256 hex>), and refreshes its
// models on DeviceCore::ledgerChanged: the trail index reads only the blocks sealed since
// (trail_index.h), the budget is read again, and the fund's balances (a read of every posting of
// the fund's accounts) only once the budget page has asked for them.
//
// The trail index is persisted next to the ledger (<ledger>.trail-index) unless another path is
// given; it is a cache, checked against the ledger's log root before it is used.
//
// Errors: a model that cannot be read leaves errorText set and the models as they were.
// Thread-safety: GUI thread (verification runs on its own thread, see verification.h).
#pragma once

#include "app/desk/committee/finance_models.h"
#include "app/desk/committee/trail_index.h"
#include "app/desk/committee/trail_model.h"
#include "app/desk/committee/verification.h"

#include <QObject>

namespace courtyard::device {
class DeviceCore;
}

namespace courtyard::desk {

class CommitteeWorkspace : public QObject {
    Q_OBJECT
    Q_PROPERTY(ExpenseTrailModel *trail READ trail CONSTANT)
    Q_PROPERTY(BudgetModel *budget READ budget CONSTANT)
    Q_PROPERTY(FundBalanceModel *fund READ fund CONSTANT)
    Q_PROPERTY(VerificationRunner *verification READ verification CONSTANT)
    Q_PROPERTY(QString documentsDir READ documentsDir CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString checkpointText READ checkpointText NOTIFY refreshed)
    Q_PROPERTY(QString currencyCode READ currencyCode CONSTANT)
public:
    CommitteeWorkspace(device::DeviceCore &core, QString documentsDir, QObject *parent = nullptr);
    // The same, with the trail index's cache file elsewhere (empty: not persisted).
    CommitteeWorkspace(device::DeviceCore &core, QString documentsDir, QString trailCachePath, QObject *parent);
    ~CommitteeWorkspace() override;

    ExpenseTrailModel *trail() const { return m_trail; }
    BudgetModel *budget() const { return m_budget; }
    FundBalanceModel *fund() const { return m_fund; }
    VerificationRunner *verification() const { return m_verification; }
    QString documentsDir() const { return m_documentsDir; }
    QString errorText() const { return m_error; }
    QString checkpointText() const { return m_checkpointText; }
    QString currencyCode() const;
    const TrailIndex &index() const { return m_index; }

    // Reads what changed (also called on ledgerChanged). False when the ledger could not be read.
    Q_INVOKABLE bool refresh();
    // The fund's balances (asked for by the budget page; then kept current).
    Q_INVOKABLE bool loadFund();
    // Language change: every formatted text follows the locale.
    Q_INVOKABLE void setLocaleName(const QString &name);

    // The compiled translation of this workspace's words for a language ("zh_CN", "ja", "ar"; a
    // locale name such as "ar_EG" takes its language's), or empty when there is none (English, the
    // source language): ":/i18n/committee_desk_ar.qm".
    static QString translationFile(const QString &language);

    // "manager 3fa2c1d0", "committee 91be07aa": a key with the roles the ledger gives it now.
    QString keyLabel(const QByteArray &key) const;

Q_SIGNALS:
    void refreshed();
    void errorChanged();

protected:
    // The application's language changed (a translator installed or removed): the models take the
    // default locale of the moment, so a live language switch needs no call from the shell.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setError(const QString &error);

    device::DeviceCore &m_core;
    QString m_documentsDir;
    TrailIndex m_index;
    bool m_opened = false;
    bool m_fundWanted = false;
    ExpenseTrailModel *m_trail;
    BudgetModel *m_budget;
    FundBalanceModel *m_fund;
    VerificationRunner *m_verification;
    QString m_error;
    QString m_checkpointText;
};

} // namespace courtyard::desk
