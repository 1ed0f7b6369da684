#pragma once
// ActivityWatcher tells the shell that a person is at the screen: it watches every touch,
// mouse and key event the application receives (an application-wide event filter; it never
// consumes one) and emits activity(), at most every 250 ms. The idle timer (Kiosk.idle) is
// restarted from QML on that signal. GUI thread.

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>

namespace courtyard::kiosk::ui {

class ActivityWatcher : public QObject {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit ActivityWatcher(QObject* parent = nullptr);
    ~ActivityWatcher() override;

Q_SIGNALS:
    void activity();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_since;
};

} // namespace courtyard::kiosk::ui
