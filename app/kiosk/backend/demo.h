// courtyard/kiosk: the embedded demo (`courtyard-kiosk --demo`).
//
// A whole community on this machine, so that a newcomer sees every screen with one command:
//  * the CLI's demo community (app/cli/demo.h, through the real contracts): 40 units with their
//    residents, cards (PIN 2468) and leases, `months` months of bills, payments and repairs,
//    ending last month; then this month's bills (open invoices for every unit) and a few repair
//    requests in several states for the first units;
//  * courtyardd's Sequencer and Server in this process on 127.0.0.1 (a free port, a new
//    self-signed certificate), sealing a block every 500 ms;
//  * this kiosk as a device of the community: the demo's first kiosk key (it holds the kiosk
//    role), its ledger a copy of the server's, kept in step by a SyncClient over real TLS;
//  * the SimulatedTerminal (its next answer chosen from the staff menu) and staff PIN 1234.
// The device status shows the cards and PINs to try (DeviceStatus::demoCards); docs/kiosk.md
// lists them.
//
// Thread-safety: GUI thread.
#pragma once

#include "app/kiosk/backend/kiosk.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace courtyard::server {
class Server;
}

namespace courtyard::kiosk {

inline constexpr char kDemoStaffPin[] = "1234";

struct EmbeddedDemoOptions {
    QString dir;    // empty: a temporary folder removed at the end
    int months = 6; // of history before this month
    quint64 seed = 20261121;
    quint64 nowMs = 0; // 0: the wall clock
    int blockIntervalMs = 500;
};

class EmbeddedDemo : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<EmbeddedDemo>> start(const EmbeddedDemoOptions &options);
    ~EmbeddedDemo() override;

    Kiosk &kiosk() { return *m_kiosk; }
    // Hands the kiosk over; it then owns this demo (and so its server).
    static std::unique_ptr<Kiosk> intoKiosk(std::unique_ptr<EmbeddedDemo> demo);
    SimulatedTerminal &terminal();
    server::Server &server() { return *m_server; } // while serverRunning()
    // The server goes away (what is pending sealed, connections and port closed, its ledger
    // closed), and comes back on the same port with the same ledger and certificate: the kiosk
    // is offline in between, as with a real server down (the flow "offline payment, then sync").
    void stopServer();
    Result<void> restartServer();
    bool serverRunning() const { return m_server != nullptr; }
    const QString &dir() const { return m_dirPath; }
    // [{unit, card, pin, resident}] of the first units.
    const QVariantList &cards() const { return m_cards; }

private:
    EmbeddedDemo() = default;
    Result<void> openServer(quint16 port); // 0: a free port

    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_dirPath;
    std::unique_ptr<contracts::Registry> m_serverRegistry; // outlives the server's ledger
    std::unique_ptr<server::Server> m_server;
    quint64 m_seed = 0;
    int m_blockIntervalMs = 500;
    quint16 m_port = 0;
    std::unique_ptr<Kiosk> m_kiosk;
    QVariantList m_cards;
};

} // namespace courtyard::kiosk
