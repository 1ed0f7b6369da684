import QtQuick
import QtQuick.VirtualKeyboard

// Created once, hidden, a little after the start (KioskShell): the first InputPanel of a process
// loads Qt Virtual Keyboard's plugin, styles and layouts, a few hundred milliseconds that would
// otherwise fall on the first change to the repair form (over the 100 ms a screen change may
// take). Destroyed as soon as it is made; the repair form's own panel then comes up quickly.
Item {
    visible: false
    InputPanel {
        visible: false
        width: 1920
    }
}
