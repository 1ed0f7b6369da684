#include "contracts/invariants.h"

#include "contracts/billing.h"
#include "contracts/lease.h"
#include "contracts/payments.h"

#include <map>

#include <set>

namespace courtyard::contracts {

Result<QStringList> checkStateInvariants(const state::StateView &state)
{
    QStringList broken;
    std::set<QByteArray> open; // the invoices that are open, by key
    CY_CHECK(state.scan(QByteArrayView("invoice/"), [&](const state::Key &key, const cbor::Value &value) {
        const cbor::Value *amount = value.find(u"amount");
        const cbor::Value *paid = value.find(u"paid");
        const auto a = amount ? amount->toInt64() : Result<qint64>(-1);
        const auto p = paid ? paid->toInt64() : Result<qint64>(-1);
        if (!a || !p || *a <= 0 || *p < 0 || *p > *a) {
            broken << QStringLiteral("invoice %1 has impossible amounts").arg(QString::fromUtf8(key));
        } else if (*p < *a) {
            open.insert(key);
        }
        return true;
    }));
    // The open-invoice index (billing.h) lists exactly the open invoices.
    CY_CHECK(state.scan(QByteArrayView(kOpenInvoicePrefix), [&](const state::Key &key, const cbor::Value &) {
        const QByteArray invoice = invoiceKeyOfOpen(key);
        if (open.erase(invoice) == 0) {
            broken << QStringLiteral("%1 lists an invoice that is not open").arg(QString::fromUtf8(key));
        }
        return true;
    }));
    for (const QByteArray &key : open) {
        broken << QStringLiteral("invoice %1 is open but not listed in %2").arg(QString::fromUtf8(key), QLatin1String(kOpenInvoicePrefix));
    }
    // The index of reversed payments (payments.h) lists exactly the payments marked reversed,
    // with their time.
    std::map<QByteArray, cbor::Value> reversed; // index key -> "at" of the payment record
    CY_CHECK(state.scan(QByteArrayView("payment/"), [&](const state::Key &key, const cbor::Value &value) {
        const cbor::Value *flag = value.find(u"reversed");
        const cbor::Value *unit = value.find(u"unit");
        const cbor::Value *at = value.find(u"at");
        if (flag && flag->isBool() && flag->asBool() && unit && unit->isText() && at) {
            reversed.emplace(reversedPaymentKey(unit->asText(), QByteArray::fromHex(key.mid(8))), *at);
        }
        return true;
    }));
    CY_CHECK(state.scan(QByteArrayView("payment-reversed/"), [&](const state::Key &key, const cbor::Value &value) {
        const auto it = reversed.find(key);
        const cbor::Value *at = value.find(u"at");
        if (it == reversed.end() || !at || !(*at == it->second)) {
            broken << QStringLiteral("%1 does not name a reversed payment of that unit and time").arg(QString::fromUtf8(key));
        }
        if (it != reversed.end()) {
            reversed.erase(it);
        }
        return true;
    }));
    for (const auto &[key, at] : reversed) {
        broken << QStringLiteral("a reversed payment is not listed as %1").arg(QString::fromUtf8(key));
    }
    // A recorded bank reference (payment.bank version 2) names a payment, not reversed, that
    // carries its hash.
    std::vector<std::pair<QByteArray, cbor::Value>> references;
    CY_CHECK(state.scan(bankReferencePrefix(), [&](const state::Key &key, const cbor::Value &value) {
        references.emplace_back(key, value);
        return true;
    }));
    for (const auto &[key, value] : references) {
        const cbor::Value *payment = value.find(u"payment");
        std::optional<cbor::Value> record;
        if (payment && payment->isBytes()) {
            CY_TRY(record, state.get(QByteArray("payment/") + payment->asBytes().toHex()));
        }
        const cbor::Value *hash = record ? record->find(u"bank-reference") : nullptr;
        const cbor::Value *flag = record ? record->find(u"reversed") : nullptr;
        if (!hash || !hash->isBytes() || hash->asBytes().toHex() != key.mid(bankReferencePrefix().size()) || !flag ||
            !flag->isBool() || flag->asBool()) {
            broken << QStringLiteral("%1 does not name a payment, not reversed, with that bank reference").arg(QString::fromUtf8(key));
        }
    }
    CY_CHECK(state.scan(QByteArrayView("prepaid/"), [&](const state::Key &key, const cbor::Value &value) {
        const cbor::Value *amount = value.find(u"amount");
        const auto a = amount ? amount->toInt64() : Result<qint64>(-1);
        if (!a || *a <= 0) {
            broken << QStringLiteral("prepaid credit %1 is not positive").arg(QString::fromUtf8(key));
        }
        return true;
    }));
    // A terminated lease never pays out more of its deposit refund than it owes.
    CY_CHECK(state.scan(QByteArrayView("lease/"), [&](const state::Key &key, const cbor::Value &value) {
        if (key.count('/') != 1) {
            return true; // a version, "lease/<id>/v/<nnnn>"
        }
        const auto head = LeaseHead::fromCbor(value);
        if (head && head->terminated) {
            if (const auto settlement = readSettlement(*head); !settlement) {
                broken << QStringLiteral("%1 has an impossible deposit settlement (%2)")
                              .arg(QString::fromUtf8(key), settlement.error().message);
            }
        }
        return true;
    }));
    return broken;
}

} // namespace courtyard::contracts
