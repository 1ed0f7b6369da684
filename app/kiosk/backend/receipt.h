// courtyard/kiosk: the receipt of a payment taken at the kiosk.
//
// It shows the unit, the amount, the invoices it covers, the time, the transaction id and the
// terminal's approval code; it is "pending" until the block holding the transaction is verified
// on this kiosk, then "confirmed" with the block height. Its QR code (libqrencode) carries what
// is needed to verify it later, as a text:
//   pending:   courtyard-receipt:1;c=<community id hex>;tx=<tx id hex>;signed=<base64url of the
//              signed transaction bytes>
//   confirmed: courtyard-receipt:1;c=<community id hex>;tx=<tx id hex>;h=<block height>
// (the signed transaction proves what the kiosk attested even before it is sealed; the height
// names the block in which any device can check its inclusion). It can be saved as PDF
// (QPdfWriter) and printed on the default printer (Qt PrintSupport); when there is none,
// print() says so and prints nothing.
//
// PDF and printing need a QGuiApplication.
// Thread-safety: GUI thread.
#pragma once

#include "app/kiosk/backend/core.h"

#include <QDateTime>
#include <QImage>
#include <QObject>
#include <QStringList>

class QPainter;

namespace courtyard::kiosk {

// The QR code of text as black modules on white with a quiet zone of 4 modules, `scale` pixels
// per module. A null image when the text is too long for a QR code.
QImage qrCodeImage(const QByteArray &text, int scale = 6);

class KioskReceipt : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString unit READ unit NOTIFY changed)
    Q_PROPERTY(QString amount READ amount NOTIFY changed)
    Q_PROPERTY(qint64 amountMinor READ amountMinor NOTIFY changed)
    Q_PROPERTY(QStringList invoices READ invoices NOTIFY changed) // "Rent for March 2027 — CNY 3,000.00", credit last
    Q_PROPERTY(QString time READ time NOTIFY changed)
    Q_PROPERTY(QDateTime dateTime READ dateTime NOTIFY changed)
    Q_PROPERTY(QString transactionId READ transactionId NOTIFY changed)
    Q_PROPERTY(QString reference READ reference NOTIFY changed)
    Q_PROPERTY(QString approvalCode READ approvalCode NOTIFY changed)
    Q_PROPERTY(bool confirmed READ confirmed NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(qint64 blockHeight READ blockHeight NOTIFY changed) // -1 while pending
    Q_PROPERTY(QString qrText READ qrText NOTIFY changed)
    Q_PROPERTY(QImage qrImage READ qrImage NOTIFY changed)
    Q_PROPERTY(QString qrDataUrl READ qrDataUrl NOTIFY changed) // "data:image/png;base64,..." for an Image source
    Q_PROPERTY(QString message READ message NOTIFY messageChanged) // the outcome of savePdf/print
public:
    explicit KioskReceipt(KioskCore &core, QObject *parent = nullptr);

    struct Data {
        QString unit;
        qint64 amount = 0;
        QStringList lines; // what it covers, in words with amounts
        quint64 atMs = 0;
        ledger::TxId txId{};
        QByteArray signedTransaction;
        QString reference;
        QString approvalCode;
    };
    void set(Data data);
    void clear();
    void setLocale(const QLocale &locale);

    bool valid() const { return m_valid; }
    QString unit() const { return m_data.unit; }
    QString amount() const;
    qint64 amountMinor() const { return m_data.amount; }
    QStringList invoices() const { return m_data.lines; }
    QString time() const;
    QDateTime dateTime() const { return QDateTime::fromMSecsSinceEpoch(qint64(m_data.atMs)); }
    QString transactionId() const;
    QString reference() const { return m_data.reference; }
    QString approvalCode() const { return m_data.approvalCode; }
    bool confirmed() const { return m_height.has_value(); }
    QString statusText() const;
    qint64 blockHeight() const { return m_height ? qint64(*m_height) : -1; }
    QString qrText() const;
    QImage qrImage() const { return m_qr; }
    QString qrDataUrl() const;
    QString message() const { return m_message; }

    // Writes the receipt as a one-page PDF; false (and message) when the file cannot be written.
    Q_INVOKABLE bool savePdf(const QString &path);
    // Prints on the default printer; false with "no printer" when there is none.
    Q_INVOKABLE bool print();
    // Whether the block holding it was verified here since (called on every ledger change).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();
    void messageChanged();

private:
    void render(QPainter &painter, const QRectF &page) const;
    void setMessage(const QString &message);

    KioskCore &m_core;
    QLocale m_locale;
    bool m_valid = false;
    Data m_data;
    std::optional<quint64> m_height;
    QImage m_qr;
    QString m_message;
};

} // namespace courtyard::kiosk
