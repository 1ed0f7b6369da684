#include "core/base/hex.h"

namespace courtyard {

QString toHex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

Result<QByteArray> fromHex(QStringView text, qsizetype expectedSize)
{
    if (text.size() % 2 != 0) {
        return fail(ErrorCode::Malformed, QStringLiteral("hex text has an odd number of digits (%1)").arg(text.size()));
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!ok) {
            return fail(ErrorCode::Malformed, QStringLiteral("'%1' is not a hex digit").arg(c));
        }
    }
    QByteArray out = QByteArray::fromHex(text.toLatin1());
    if (expectedSize >= 0 && out.size() != expectedSize) {
        return fail(ErrorCode::Malformed, QStringLiteral("expected %1 bytes (%2 hex digits), got %3 bytes")
                                              .arg(expectedSize).arg(expectedSize * 2).arg(out.size()));
    }
    return out;
}

} // namespace courtyard
