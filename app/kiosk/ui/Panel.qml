import QtQuick
import CourtyardKiosk

// A white card with an outline, holding one group of information on a screen.
Rectangle {
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.outline
    border.width: Theme.border
}
