import QtQuick
import CourtyardKiosk

// The calm banner shown while the community server cannot be reached. Payments still work: they
// are kept on this kiosk and sent when the server is back.
Rectangle {
    id: banner

    property int pending: 0

    height: Theme.bannerHeight
    color: Theme.bannerBackground
    border.color: Theme.bannerText
    border.width: Theme.highContrast ? Theme.border : 0
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    KioskText {
        id: message
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        color: Theme.bannerText
        horizontalAlignment: Text.AlignHCenter
        maximumLineCount: 1
        text: banner.pending > 0
              //: Banner while the server cannot be reached; %Ln payments wait on this kiosk.
              ? qsTr("Offline — payments are saved and will be sent (%Ln waiting)", "", banner.pending)
              //: Banner while the server cannot be reached.
              : qsTr("Offline — payments are saved and will be sent")
    }
}
