// courtyard/desk: the translation context of the desk backend's own strings.
#pragma once

#include <QCoreApplication>

namespace courtyard::desk {

inline QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("courtyard::desk", text, comment, n);
}

} // namespace courtyard::desk
