#include "contracts/invariants.h"

#include "contracts/lease.h"

namespace courtyard::contracts {

Result<QStringList> checkStateInvariants(const state::StateView &state)
{
    QStringList broken;
    CY_CHECK(state.scan(QByteArrayView("invoice/"), [&](const state::Key &key, const cbor::Value &value) {
        const cbor::Value *amount = value.find(u"amount");
        const cbor::Value *paid = value.find(u"paid");
        const auto a = amount ? amount->toInt64() : Result<qint64>(-1);
        const auto p = paid ? paid->toInt64() : Result<qint64>(-1);
        if (!a || !p || *a <= 0 || *p < 0 || *p > *a) {
            broken << QStringLiteral("invoice %1 has impossible amounts").arg(QString::fromUtf8(key));
        }
        return true;
    }));
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
