#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace courtyard {

struct Utf8Problem {
    qsizetype offset = 0; // of the first byte of the bad sequence
    QString reason;       // e.g. "an overlong encoding (lead byte 0xc0)"
};

// Checks well-formed UTF-8 as RFC 3629 §4 defines it: no overlong forms, no UTF-16 surrogates
// (U+D800..U+DFFF), nothing above U+10FFFF. Written by hand because Qt 6.4's decoders report
// neither where nor why. nullopt when the text is valid.
std::optional<Utf8Problem> findUtf8Problem(QByteArrayView text);

} // namespace courtyard
