// "Verify everything from genesis": every block, transaction and signature of this computer's
// ledger checked on a worker thread, with progress and a plain-language result; a mismatch is
// shown loudly with where it is and what to do, with the evidence of any block the server sent
// that contradicted this computer's history.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Item {
    id: page

    required property QtObject backend
    readonly property var runner: backend ? backend.verification : null
    readonly property bool alarm: runner && runner.state === "alarm"

    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    Shortcut { sequence: "Ctrl+Shift+V"; onActivated: if (!page.runner.running) page.runner.start() }
    Shortcut { sequence: "Escape"; enabled: page.runner && page.runner.running; onActivated: page.runner.cancel() }

    ScrollView {
        anchors.fill: parent
        anchors.margins: 12
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 12

            Label {
                //: Page title.
                text: qsTr("Verification")
                font.pixelSize: 22
                font.bold: true
            }
            Label {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Checks this computer's copy of the ledger from the first block: every block's seal, every transaction and signature, and the log that the community server signed; then that every posting, account total and record stored here is what those blocks make. It takes a while on a large ledger; you can keep working.")
            }
            RowLayout {
                Button {
                    objectName: "verifyButton"
                    highlighted: true
                    enabled: page.runner && !page.runner.running
                    //: Starts the full check (Ctrl+Shift+V).
                    text: qsTr("Verify everything from genesis")
                    onClicked: page.runner.start()
                }
                Button {
                    objectName: "cancelButton"
                    enabled: page.runner && page.runner.running
                    //: Stops the check (Escape).
                    text: qsTr("Stop")
                    onClicked: page.runner.cancel()
                }
            }
            ProgressBar {
                objectName: "progress"
                Layout.fillWidth: true
                from: 0
                to: 1
                value: page.runner ? page.runner.fraction : 0
                visible: page.runner && page.runner.state !== "idle"
            }
            Label {
                readonly property string done: page.runner ? Number(page.runner.blocksDone).toLocaleString(Qt.locale(), "f", 0) : ""
                readonly property string total: page.runner ? Number(page.runner.blocksTotal).toLocaleString(Qt.locale(), "f", 0) : ""
                //: Progress of the first step: blocks checked of all blocks.
                readonly property string chainText: qsTr("%1 of %2 blocks checked").arg(done).arg(total)
                //: Progress of the second step: the blocks are good; the figures stored on this computer are compared with what the blocks make, replayed one by one.
                readonly property string figuresText: qsTr("Blocks good. Comparing the stored figures with the blocks: %1 of %2 blocks replayed").arg(done).arg(total)

                objectName: "progressText"
                visible: page.runner && page.runner.state !== "idle"
                text: page.runner && page.runner.phase === "projections" ? figuresText : chainText
            }

            // The result: green when everything checks, red and large when it does not.
            Rectangle {
                objectName: "result"
                Layout.fillWidth: true
                visible: page.runner && ["ok", "alarm", "cancelled", "error"].indexOf(page.runner.state) >= 0
                implicitHeight: resultColumn.implicitHeight + 24
                radius: 4
                color: page.alarm ? "#b71c1c" : (page.runner && page.runner.state === "ok" ? "#e8f5e9" : palette.alternateBase)
                border.color: page.alarm ? "#7f0000" : (page.runner && page.runner.state === "ok" ? "#2e7d32" : palette.mid)
                border.width: page.alarm ? 4 : 1

                ColumnLayout {
                    id: resultColumn
                    anchors.fill: parent
                    anchors.margins: 12
                    Label {
                        horizontalAlignment: Text.AlignLeft
                        objectName: "headline"
                        Layout.fillWidth: true
                        text: page.runner ? page.runner.headline : ""
                        wrapMode: Text.Wrap
                        font.bold: true
                        font.pixelSize: page.alarm ? 20 : 16
                        color: page.alarm ? "white" : (page.runner && page.runner.state === "ok" ? "#1b5e20" : palette.text)
                    }
                    Repeater {
                        model: page.runner ? page.runner.details : []
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            text: "• " + modelData
                            wrapMode: Text.Wrap
                            color: page.alarm ? "white" : palette.text
                        }
                    }
                    Label {
                        visible: page.runner && page.runner.elapsedMs > 0
                        text: page.runner ? qsTr("Took %1 s.").arg((page.runner.elapsedMs / 1000).toLocaleString(Qt.locale(), "f", 1)) : ""
                        color: page.alarm ? "white" : palette.text
                        opacity: 0.8
                    }
                }
            }

            // Blocks the sync client refused: what a server that rewrote history sent.
            Repeater {
                model: page.runner ? page.runner.evidence : []
                delegate: Frame {
                    required property var modelData
                    Layout.fillWidth: true
                    ColumnLayout {
                        anchors.fill: parent
                        Label { text: modelData.title; font.bold: true; color: "#b71c1c" }
                        Label { horizontalAlignment: Text.AlignLeft; text: modelData.text; wrapMode: Text.Wrap; Layout.fillWidth: true; font.family: "monospace" }
                    }
                }
            }
        }
    }
}
