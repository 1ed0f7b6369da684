#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace courtyard {

// Lower-case hex of bytes.
QString toHex(QByteArrayView bytes);

// Strict hex decoding: even length, [0-9a-fA-F] only. expectedSize < 0 accepts any length.
Result<QByteArray> fromHex(QStringView text, qsizetype expectedSize = -1);

} // namespace courtyard
