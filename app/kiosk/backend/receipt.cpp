#include "app/kiosk/backend/receipt.h"

#include "app/views/views.h"
#include "core/base/hex.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>

#include <qrencode.h>

namespace courtyard::kiosk {

QImage qrCodeImage(const QByteArray &text, int scale)
{
    QRcode *code = QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M);
    if (!code) {
        return {};
    }
    const int quiet = 4;
    const int size = (code->width + 2 * quiet) * scale;
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) {
                painter.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale, Qt::black);
            }
        }
    }
    painter.end();
    QRcode_free(code);
    return image;
}

KioskReceipt::KioskReceipt(KioskCore &core, QObject *parent) : QObject(parent), m_core(core)
{
    connect(&core, &KioskCore::ledgerChanged, this, &KioskReceipt::refresh);
}

void KioskReceipt::set(Data data)
{
    m_data = std::move(data);
    m_valid = true;
    m_height.reset();
    m_message.clear();
    refresh();
    m_qr = qrCodeImage(qrText().toUtf8());
    Q_EMIT changed();
}

void KioskReceipt::clear()
{
    m_data = Data();
    m_valid = false;
    m_height.reset();
    m_qr = QImage();
    m_message.clear();
    Q_EMIT changed();
    Q_EMIT messageChanged();
}

void KioskReceipt::setLocale(const QLocale &locale)
{
    m_locale = locale;
    Q_EMIT changed();
}

QString KioskReceipt::amount() const
{
    return m_valid ? views::formatAmount(m_data.amount, m_core.currency(), m_locale) : QString();
}

QString KioskReceipt::time() const
{
    return m_valid ? m_locale.toString(dateTime(), QLocale::ShortFormat) : QString();
}

QString KioskReceipt::transactionId() const
{
    return m_valid ? crypto::toHex(m_data.txId) : QString();
}

QString KioskReceipt::statusText() const
{
    if (!m_valid) {
        return {};
    }
    return confirmed() ? QCoreApplication::translate("courtyard::kiosk", "Confirmed in block %1").arg(m_locale.toString(qulonglong(*m_height))) : QCoreApplication::translate("courtyard::kiosk", "Pending: saved on this kiosk, waiting for the community server");
}

QString KioskReceipt::qrText() const
{
    if (!m_valid) {
        return {};
    }
    QString text = QStringLiteral("courtyard-receipt:1;c=%1;tx=%2").arg(toHex(m_core.genesis().communityId), crypto::toHex(m_data.txId));
    if (m_height) {
        text += QStringLiteral(";h=%1").arg(*m_height);
    } else {
        text += QStringLiteral(";signed=") +
                QString::fromLatin1(m_data.signedTransaction.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    return text;
}

QString KioskReceipt::qrDataUrl() const
{
    if (m_qr.isNull()) {
        return {};
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    m_qr.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

void KioskReceipt::refresh()
{
    if (!m_valid || m_height) {
        return;
    }
    auto found = m_core.store().findTransaction(m_data.txId);
    if (found) {
        m_height = found->blockHeight;
        m_qr = qrCodeImage(qrText().toUtf8());
        Q_EMIT changed();
    }
}

void KioskReceipt::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

void KioskReceipt::render(QPainter &painter, const QRectF &page) const
{
    const qreal line = page.height() / 30;
    QFont font = painter.font();
    font.setPixelSize(int(line * 0.7));
    painter.setFont(font);
    qreal y = page.top();
    const auto row = [&](const QString &text, bool bold = false) {
        QFont f = font;
        f.setBold(bold);
        painter.setFont(f);
        painter.drawText(QRectF(page.left(), y, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += line;
    };
    row(m_core.genesis().name, true);
    row(QCoreApplication::translate("courtyard::kiosk", "Payment receipt"), true);
    y += line / 2;
    row(QCoreApplication::translate("courtyard::kiosk", "Unit: %1").arg(m_data.unit));
    row(QCoreApplication::translate("courtyard::kiosk", "Amount: %1").arg(amount()), true);
    row(QCoreApplication::translate("courtyard::kiosk", "Time: %1").arg(time()));
    row(QCoreApplication::translate("courtyard::kiosk", "Paid at: %1").arg(QCoreApplication::translate("courtyard::kiosk", "lobby kiosk, card terminal")));
    if (!m_data.approvalCode.isEmpty()) {
        row(QCoreApplication::translate("courtyard::kiosk", "Approval code: %1").arg(m_data.approvalCode));
    }
    row(QCoreApplication::translate("courtyard::kiosk", "Reference: %1").arg(m_data.reference));
    y += line / 2;
    row(QCoreApplication::translate("courtyard::kiosk", "Covers:"), true);
    for (const QString &l : m_data.lines) {
        row(QStringLiteral("  ") + l);
    }
    y += line / 2;
    row(statusText(), true);
    const QString id = transactionId();
    row(QCoreApplication::translate("courtyard::kiosk", "Transaction: %1").arg(id.left(32)));
    row(QStringLiteral("             %1").arg(id.mid(32)));
    const qreal side = std::min(page.width(), page.bottom() - y);
    if (side > 0 && !m_qr.isNull()) {
        painter.drawImage(QRectF(page.left() + (page.width() - side) / 2, y, side, side), m_qr);
    }
}

bool KioskReceipt::savePdf(const QString &path)
{
    if (!m_valid) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "There is no receipt to save."));
        return false;
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setResolution(150);
    writer.setTitle(QCoreApplication::translate("courtyard::kiosk", "Payment receipt %1").arg(m_data.reference));
    writer.setCreator(QStringLiteral("Courtyard kiosk"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "The receipt could not be saved to %1.").arg(path));
        return false;
    }
    render(painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())));
    painter.end();
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "The receipt could not be saved to %1.").arg(path));
        return false;
    }
    setMessage(QCoreApplication::translate("courtyard::kiosk", "The receipt was saved."));
    return true;
}

bool KioskReceipt::print()
{
    if (!m_valid) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "There is no receipt to print."));
        return false;
    }
    const QPrinterInfo info = QPrinterInfo::defaultPrinter();
    if (info.isNull()) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "No printer is connected to this kiosk. Take a photo of the QR code, or ask the office for a printed receipt."));
        return false;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(QCoreApplication::translate("courtyard::kiosk", "Payment receipt %1").arg(m_data.reference));
    QPainter painter;
    if (!painter.begin(&printer)) {
        setMessage(QCoreApplication::translate("courtyard::kiosk", "The printer %1 did not accept the receipt. Please ask the office.").arg(info.printerName()));
        return false;
    }
    render(painter, printer.pageLayout().paintRectPixels(printer.resolution()).toRectF().translated(-printer.pageLayout().paintRectPixels(printer.resolution()).topLeft()));
    painter.end();
    setMessage(QCoreApplication::translate("courtyard::kiosk", "The receipt is printing on %1.").arg(info.printerName()));
    return true;
}

} // namespace courtyard::kiosk
