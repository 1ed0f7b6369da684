// Helpers shared by the lease and billing tests: payload builders, dates at local noon, the
// invoices in state. Header-only (inline), for the test programs.
#pragma once

#include "contracts/billing.h"
#include "contracts/lease.h"
#include "fixture.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

Q_DECLARE_METATYPE(courtyard::contracts::testing::Signer)
Q_DECLARE_METATYPE(courtyard::cbor::Value)

namespace courtyard::contracts::testing {

inline QString k(const char *s)
{
    return QString::fromLatin1(s);
}

inline cbor::Value num(qint64 v)
{
    return cbor::Value::fromInt(v);
}

// m with key set to v (added or replaced); a null v removes the key.
inline cbor::Value with(const cbor::Value &m, const char *key, cbor::Value v)
{
    cbor::Map entries;
    for (const auto &[name, value] : m.asMap()) {
        if (name.asText() != k(key)) {
            entries.emplace_back(name, value);
        }
    }
    if (!v.isNull()) {
        entries.emplace_back(cbor::Value::fromText(k(key)), std::move(v));
    }
    return cbor::Value::fromMap(std::move(entries));
}

inline cbor::Value without(const cbor::Value &m, const char *key)
{
    return with(m, key, cbor::Value::null());
}

// Noon, local time of the community, on date.
inline quint64 msAt(QDate date)
{
    return quint64(QDateTime(date, QTime(12, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
}

inline const QByteArray kLease1(16, '\x11');
inline const QByteArray kLease2(16, '\x22');
inline const QByteArray kDocument = crypto::toByteArray(crypto::sha256("the signed lease, page 1 to 12"));

// A valid lease.create payload: residentA in 12-0301, rent 3,000.00 CNY on day 1, 2027-02-01 to
// 2028-01-31, deposit 6,000.00, 5 grace days, late fee 50.00, escalation 5 %.
inline cbor::Value leasePayload(const World &w, const QByteArray &id = kLease1)
{
    return cbor::Value::fromMap({
        {k("lease"), bytesValue(id)},
        {k("unit"), text("12-0301")},
        {k("residents"), cbor::Value::fromArray({bytesValue(w.residentA)})},
        {k("currency"), text("CNY")},
        {k("rent"), num(300000)},
        {k("billing-day"), num(1)},
        {k("start"), text("2027-02-01")},
        {k("end"), text("2028-01-31")},
        {k("deposit"), num(600000)},
        {k("grace-days"), num(5)},
        {k("late-fee"), cbor::Value::fromMap({{k("fixed"), num(5000)}})},
        {k("escalation"), cbor::Value::fromMap({{k("percent"), text("5")}})},
        {k("document"), bytesValue(kDocument)},
    });
}

// Runs transactions through the engine with money effects (the fixture's submit refuses any),
// keeps the balance of every account and checks the engine's promises: accepted postings
// balance, rejections have a code and a message and leave the state root unchanged.
struct StoredInvoice {
    QByteArray key;
    cbor::Value value;
    QString kind() const { return value.find(u"kind")->asText(); }
    QString period() const { return value.find(u"period")->asText(); }
    QString due() const { return value.find(u"due")->asText(); }
    qint64 amount() const { return *value.find(u"amount")->toInt64(); }
};

// The invoices under prefix, in key order (oldest due first), optionally of one kind.
inline std::vector<StoredInvoice> invoices(const World &w, const QByteArray &prefix = "invoice/", const char *kind = nullptr)
{
    std::vector<StoredInvoice> out;
    CY_ASSERT(w.state
                  .scan(prefix,
                        [&](const state::Key &key, const cbor::Value &value) {
                            if (!kind || value.find(u"kind")->asText() == k(kind)) {
                                out.push_back({key, value});
                            }
                            return true;
                        })
                  .has_value());
    return out;
}

inline const QString kCreate = QStringLiteral("lease.create");
inline const QString kAmend = QStringLiteral("lease.amend");
inline const QString kRenew = QStringLiteral("lease.renew");
inline const QString kTerminate = QStringLiteral("lease.terminate");
inline const QString kClose = QStringLiteral("billing.close-period");
inline const QString kFeeRule = QStringLiteral("billing.set-fee-rule");

inline cbor::Value period(const char *p)
{
    return cbor::Value::fromMap({{k("period"), text(p)}});
}

} // namespace courtyard::contracts::testing
