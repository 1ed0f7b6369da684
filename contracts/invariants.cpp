#include "contracts/invariants.h"

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
    return broken;
}

} // namespace courtyard::contracts
