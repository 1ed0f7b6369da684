// The committee member's approval inbox: what waits for this member's signature, each with its
// evidence, and the actions sign / decline with a reason. `backend` is an ApprovalsBackend
// (app/desk/approvals/approvals.h). Nothing here waits: an action shows its proposal busy (in the
// list and on the buttons) until the server answers; changes pushed by the server update the rows
// in place, so the selection and the scroll stay.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Item {
    id: page

    required property QtObject backend
    property int selected: 0
    property bool showHistory: false
    readonly property QtObject currentModel: showHistory ? backend.history : backend.inbox
    // currentModel.revision: read again when the rows change (a signature pushed by the server).
    readonly property var current: currentModel.revision >= 0 && currentModel.count > 0
                                   ? currentModel.get(Math.min(Math.max(selected, 0), currentModel.count - 1)) : ({})
    readonly property bool currentBusy: hasCurrent && backend.busyId.length > 0 && backend.busyId === (current.proposalId ?? "")
    readonly property bool hasCurrent: currentModel.count > 0

    function signCurrent() {
        if (hasCurrent && current.waitingForMe && !backend.busy) {
            backend.sign(current.proposalId)
        }
    }
    function declineCurrent() {
        if (hasCurrent && current.waitingForMe && !backend.busy) {
            backend.decline(current.proposalId, reasonField.text)
        }
    }

    Connections {
        target: page.backend
        // The reason is kept until the server has taken the decline (a refusal leaves it to edit).
        function onActionFinished(id, ok) {
            if (ok && id === (page.current.proposalId ?? "")) {
                reasonField.text = ""
            }
        }
    }

    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    Shortcut {
        sequence: "F5"
        onActivated: page.backend.refresh()
    }
    Shortcut {
        sequence: "Ctrl+Return"
        onActivated: page.signCurrent()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                //: the page's title
                text: qsTr("Approvals")
                font.pixelSize: 22
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                //: who is signed in, e.g. "You (8ec44f2d)"
                text: qsTr("Signing as %1").arg(page.backend.who)
                elide: Text.ElideRight
                opacity: 0.7
            }
            Label {
                objectName: "connectionLabel"
                Layout.maximumWidth: page.width * 0.3
                text: {
                    switch (page.backend.connectionState) {
                    //: the inbox is connected and the server pushes every change
                    case "live": return qsTr("Live")
                    case "connecting": return qsTr("Connecting…")
                    //: %1: why, e.g. the server closed the connection
                    case "offline": return qsTr("Offline, trying again: %1").arg(page.backend.connectionReason)
                    case "refused": return qsTr("Refused: %1").arg(page.backend.connectionReason)
                    default: return qsTr("No community server is set")
                    }
                }
                elide: Text.ElideRight
                color: page.backend.live ? "#1b6e3a" : "#b3261e"
            }
            TabBar {
                id: tabs
                TabButton {
                    objectName: "inboxTab"
                    //: the proposals that wait for this member's signature, with their number
                    text: qsTr("Waiting for me (%1)").arg(page.backend.number(page.backend.inbox.count))
                    width: implicitWidth
                    onClicked: { page.showHistory = false; page.selected = 0 }
                }
                TabButton {
                    objectName: "historyTab"
                    //: every other proposal: signed, sealed, declined, withdrawn, expired
                    text: qsTr("All others (%1)").arg(page.backend.number(page.backend.history.count))
                    width: implicitWidth
                    onClicked: { page.showHistory = true; page.selected = 0 }
                }
            }
            Button {
                objectName: "refreshButton"
                //: ask the server for the proposals again
                text: qsTr("Refresh")
                enabled: !page.backend.refreshing
                onClicked: page.backend.refresh()
            }
            BusyIndicator {
                objectName: "refreshIndicator"
                implicitWidth: 28
                implicitHeight: 28
                visible: page.backend.refreshing
                running: visible
            }
        }

        Label {
            objectName: "messageLabel"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.backend.message
            wrapMode: Text.Wrap
            color: page.backend.lastFailed ? "#b3261e" : palette.text
        }

        // A RowLayout, not a SplitView: it mirrors for right-to-left languages.
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            ListView {
                id: list
                objectName: "proposalList"
                Layout.preferredWidth: Math.max(260, page.width * 0.36)
                Layout.fillHeight: true
                clip: true
                model: page.currentModel
                currentIndex: page.selected
                keyNavigationEnabled: true
                focus: true
                onCurrentIndexChanged: page.selected = currentIndex
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 24
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    visible: list.count === 0
                    text: page.showHistory
                          //: the history list is empty
                          ? qsTr("No other proposals.")
                          //: the inbox is empty
                          : qsTr("Nothing waits for your signature.")
                    opacity: 0.7
                }
                delegate: ItemDelegate {
                    id: row
                    required property int index
                    required property string proposalId
                    required property string title
                    required property string amount
                    required property string age
                    required property int signatures
                    required property int quorum
                    required property string stateText
                    required property bool declinedByMe
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    onClicked: page.selected = index
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: row.title
                            font.bold: true
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            BusyIndicator {
                                implicitWidth: 20
                                implicitHeight: 20
                                visible: page.backend.busyId === row.proposalId
                                running: visible
                            }
                            Label {
                                text: row.amount
                                visible: row.amount.length > 0
                            }
                            Label {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignRight
                                //: signatures so far of the quorum needed, and the proposal's age
                                text: qsTr("%1 of %2 signatures · %3 ago").arg(page.backend.number(row.signatures))
                                                                             .arg(page.backend.number(row.quorum)).arg(row.age)
                                opacity: 0.7
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: page.showHistory || row.declinedByMe
                            text: row.declinedByMe ? qsTr("You declined this one; you may still sign it.") : row.stateText
                            opacity: 0.7
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }

            ScrollView {
                id: details
                objectName: "details"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: availableWidth

                ColumnLayout {
                    width: details.availableWidth
                    spacing: 10
                    visible: page.hasCurrent

                    Label {
                        objectName: "detailTitle"
                        Layout.fillWidth: true
                        text: page.current.title ?? ""
                        font.pixelSize: 20
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: (page.current.amount ?? "").length > 0
                        //: the amount the proposal spends or sets
                        text: qsTr("Amount: %1").arg(page.current.amount ?? "")
                        font.pixelSize: 18
                    }
                    Label {
                        Layout.fillWidth: true
                        //: who proposed it and how long ago
                        text: qsTr("Proposed by %1, %2 ago").arg(page.current.author ?? "").arg(page.current.age ?? "")
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: (page.current.expires ?? "").length > 0
                        //: when an open proposal expires unsigned, e.g. "in 13 days"
                        text: qsTr("Expires %1").arg(page.current.expires ?? "")
                        opacity: 0.7
                    }
                    Label {
                        Layout.fillWidth: true
                        text: page.current.stateText ?? ""
                        font.bold: true
                    }
                    GroupBox {
                        Layout.fillWidth: true
                        visible: (page.current.note ?? "").length > 0
                        //: the author's note to the committee
                        title: qsTr("Note from the author")
                        Label {
                            width: parent.width
                            text: page.current.note ?? ""
                            wrapMode: Text.Wrap
                        }
                    }
                    GroupBox {
                        Layout.fillWidth: true
                        //: facts from this device's verified ledger and document hashes
                        title: qsTr("Evidence")
                        ColumnLayout {
                            width: parent.width
                            Repeater {
                                model: page.current.evidence ?? []
                                Label {
                                    required property string modelData
                                    Layout.fillWidth: true
                                    text: modelData
                                    wrapMode: Text.WrapAnywhere
                                    font.family: modelData.indexOf("SHA-256") >= 0 ? "monospace" : Qt.application.font.family
                                }
                            }
                        }
                    }
                    GroupBox {
                        Layout.fillWidth: true
                        visible: (page.current.history ?? []).length > 0
                        //: the repair's steps so far
                        title: qsTr("History")
                        ColumnLayout {
                            width: parent.width
                            Repeater {
                                model: page.current.history ?? []
                                Label {
                                    required property string modelData
                                    Layout.fillWidth: true
                                    text: modelData
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }
                    GroupBox {
                        Layout.fillWidth: true
                        //: committee members who signed already
                        title: qsTr("Signed by")
                        ColumnLayout {
                            width: parent.width
                            Label {
                                visible: (page.current.signers ?? []).length === 0
                                text: qsTr("No committee member has signed yet.")
                                opacity: 0.7
                            }
                            Repeater {
                                model: page.current.signers ?? []
                                Label {
                                    required property string modelData
                                    Layout.fillWidth: true
                                    text: modelData
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }
                    GroupBox {
                        Layout.fillWidth: true
                        visible: (page.current.declines ?? []).length > 0
                        //: committee members who declined, with their reasons
                        title: qsTr("Declined by")
                        ColumnLayout {
                            width: parent.width
                            Repeater {
                                model: page.current.declines ?? []
                                Label {
                                    required property string modelData
                                    Layout.fillWidth: true
                                    text: modelData
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: page.current.waitingForMe ?? false
                        spacing: 6
                        TextField {
                            id: reasonField
                            objectName: "reasonField"
                            Layout.fillWidth: true
                            //: where a member writes why they decline
                            placeholderText: qsTr("Why you decline (needed to decline)")
                        }
                        RowLayout {
                            Button {
                                objectName: "signButton"
                                //: sign the proposal with your committee key; "Signing…" while the server has not answered
                                text: page.currentBusy ? qsTr("Signing…") : qsTr("Sign")
                                highlighted: true
                                enabled: !page.backend.busy
                                onClicked: page.signCurrent()
                            }
                            Button {
                                objectName: "declineButton"
                                //: decline the proposal with the reason written above
                                text: qsTr("Decline")
                                enabled: !page.backend.busy && reasonField.text.trim().length > 0
                                onClicked: page.declineCurrent()
                            }
                            BusyIndicator {
                                objectName: "actionIndicator"
                                implicitWidth: 28
                                implicitHeight: 28
                                visible: page.currentBusy
                                running: visible
                            }
                            Label {
                                visible: page.currentBusy
                                //: while the server has not answered a signature or a decline
                                text: qsTr("Waiting for the server…")
                                opacity: 0.7
                            }
                        }
                    }
                }
            }
        }
    }
}
