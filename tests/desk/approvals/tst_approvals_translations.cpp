// Every string of the approval inbox (app/desk/approvals, and the repair's category and urgency
// words from app/views/views.cpp) has a finished translation in approvals_desk_zh_CN.ts,
// approvals_desk_ja.ts and approvals_desk_ar.ts: lupdate is run over the sources into copies of
// the three files, so a new string that nobody translated yet fails here, as does a translation
// left unfinished, empty, or one whose %1.. placeholders differ from the source's.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestApprovalsTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
};

void TestApprovalsTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("ja") << QStringLiteral("ja");
    QTest::newRow("ar") << QStringLiteral("ar");
}

void TestApprovalsTranslations::complete()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = QStringLiteral(TRANSLATIONS_DIR "/approvals_desk_%1.ts").arg(language);
    const QString copy = dir.filePath(QStringLiteral("approvals_desk_%1.ts").arg(language));
    QVERIFY(QFile::copy(source, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete")};
    arguments << QStringLiteral(APPROVALS_TR_SOURCES).split(QLatin1Char('|'));
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString context;
    QString text;
    int messages = 0;
    QStringList missing;
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            text = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            ++messages;
            QStringList want;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                want << it.next().captured();
            }
            QStringList have;
            for (auto it = placeholder.globalMatch(translation); it.hasNext();) {
                have << it.next().captured();
            }
            want.sort();
            have.sort();
            if (type == QLatin1String("unfinished") || translation.trimmed().isEmpty() || want != have) {
                missing << context + QStringLiteral(": ") + text;
            }
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 140); // 105 of the inbox, 42 of app/views
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 of %2 not translated in %3:\n").arg(missing.size()).arg(messages).arg(language) +
                                           missing.mid(0, 40).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestApprovalsTranslations)
#include "tst_approvals_translations.moc"
