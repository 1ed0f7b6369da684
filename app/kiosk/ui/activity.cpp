#include "activity.h"

#include <QCoreApplication>
#include <QEvent>

namespace courtyard::kiosk::ui {

ActivityWatcher::ActivityWatcher(QObject* parent)
    : QObject(parent)
{
    if (auto* app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
}

ActivityWatcher::~ActivityWatcher()
{
    if (auto* app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

bool ActivityWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        if (!m_since.isValid() || m_since.elapsed() >= 250) {
            m_since.start();
            Q_EMIT activity();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace courtyard::kiosk::ui
