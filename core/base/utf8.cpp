#include "core/base/utf8.h"

namespace courtyard {

namespace {
QString byteHex(uchar b)
{
    return QStringLiteral("0x%1").arg(static_cast<uint>(b), 2, 16, QLatin1Char('0'));
}
} // namespace

std::optional<Utf8Problem> findUtf8Problem(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int need = 0;
        uchar lo = 0x80;
        uchar hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
        } else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b == 0xe0) {
                lo = 0xa0;
            } else if (b == 0xed) {
                hi = 0x9f;
            }
        } else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b == 0xf0) {
                lo = 0x90;
            } else if (b == 0xf4) {
                hi = 0x8f;
            }
        } else if (b >= 0x80 && b <= 0xbf) {
            return Utf8Problem{i, QStringLiteral("a continuation byte %1 without a lead byte").arg(byteHex(b))};
        } else if (b == 0xc0 || b == 0xc1) {
            return Utf8Problem{i, QStringLiteral("an overlong encoding (lead byte %1)").arg(byteHex(b))};
        } else {
            return Utf8Problem{i, QStringLiteral("lead byte %1, which would encode a code point above U+10FFFF").arg(byteHex(b))};
        }
        for (int k = 1; k <= need; ++k) {
            if (i + k >= size) {
                return Utf8Problem{i, QStringLiteral("a sequence cut off by the end of the string")};
            }
            const uchar c = p[i + k];
            const uchar low = k == 1 ? lo : static_cast<uchar>(0x80);
            const uchar high = k == 1 ? hi : static_cast<uchar>(0xbf);
            if (c < low || c > high) {
                if (k == 1 && c >= 0x80 && c <= 0xbf) {
                    if (b == 0xed) {
                        return Utf8Problem{i, QStringLiteral("an encoded UTF-16 surrogate (U+D800..U+DFFF)")};
                    }
                    if (b == 0xf4) {
                        return Utf8Problem{i, QStringLiteral("a code point above U+10FFFF")};
                    }
                    return Utf8Problem{i, QStringLiteral("an overlong encoding (lead byte %1)").arg(byteHex(b))};
                }
                return Utf8Problem{i, QStringLiteral("lead byte %1 followed by %2, which is not a valid continuation")
                    .arg(byteHex(b), byteHex(c))};
            }
        }
        i += need + 1;
    }
    return std::nullopt;
}


} // namespace courtyard
