// Every string of the committee workspace (app/desk/committee: models, pages, page titles) has a
// finished translation in committee_desk_zh_CN.ts, committee_desk_ja.ts and committee_desk_ar.ts,
// as the desk loads it: lupdate reads the sources into a fresh file, and each string it finds is
// looked up in the compiled file CommitteeWorkspace::translationFile gives for the language, in the
// context the running code asks with (the class's full name: Qt 6.4's lupdate drops the
// courtyard::desk:: namespace, and a .ts entry under the short name would never be used). So a new
// string nobody translated fails here, as does an entry left unfinished, empty, under the wrong
// context, or whose %1.. placeholders differ from the source's; the .ts files must have no
// unfinished or obsolete entries either.

#include "app/desk/committee/committee_workspace.h"
#include "tests/support/translation_catalog.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using courtyard::desk::CommitteeWorkspace;

using courtyard::testing::TsMessage;
using courtyard::testing::placeholders;
using courtyard::testing::readTs;

class TestCommitteeTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();
    void englishIsTheSource();

private:
    QList<TsMessage> m_sources; // what lupdate finds in app/desk/committee
};

void TestCommitteeTranslations::initTestCase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("committee_sources.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE), {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                                            QStringLiteral(COMMITTEE_SOURCES), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    m_sources = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_sources.size() >= 122, qPrintable(QString::number(m_sources.size()))); // 122 when this test was written
}

void TestCommitteeTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("ja") << QStringLiteral("ja");
    QTest::newRow("ar") << QStringLiteral("ar");
}

void TestCommitteeTranslations::complete()
{
    QFETCH(QString, language);

    // The .ts as written: nothing unfinished, empty, obsolete, or with other placeholders.
    QString error;
    const QList<TsMessage> entries = readTs(QStringLiteral(TRANSLATIONS_DIR "/committee_desk_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList bad;
    for (const TsMessage &m : entries) {
        bool ok = m.translationType.isEmpty() && !m.translations.isEmpty();
        for (const QString &t : m.translations) {
            ok = ok && !t.trimmed().isEmpty();
            QStringList want = placeholders(m.source);
            if (!m.numerus) {
                want.removeAll(QStringLiteral("%n"));
            }
            ok = ok && placeholders(t) == want;
        }
        if (!ok) {
            bad << QStringLiteral("%1: %2 [%3]").arg(m.context, m.source, m.translationType);
        }
    }

    // Every string of the sources, asked for as the running code asks for it.
    const QHash<QString, QString> fullContext{
        {QStringLiteral("BudgetModel"), QString::fromLatin1(courtyard::desk::BudgetModel::staticMetaObject.className())},
        {QStringLiteral("CommitteeWorkspace"), QString::fromLatin1(CommitteeWorkspace::staticMetaObject.className())},
        {QStringLiteral("ExpenseTrailModel"), QString::fromLatin1(courtyard::desk::ExpenseTrailModel::staticMetaObject.className())},
        {QStringLiteral("FundBalanceModel"), QString::fromLatin1(courtyard::desk::FundBalanceModel::staticMetaObject.className())},
        {QStringLiteral("VerificationRunner"), QString::fromLatin1(courtyard::desk::VerificationRunner::staticMetaObject.className())},
    };
    QCOMPARE(fullContext.value(QStringLiteral("BudgetModel")), QStringLiteral("courtyard::desk::BudgetModel"));
    const QString file = CommitteeWorkspace::translationFile(language);
    QVERIFY2(!file.isEmpty(), qPrintable(QStringLiteral("no :/i18n/committee_desk_%1.qm").arg(language)));
    QTranslator translator;
    QVERIFY(translator.load(file));
    QCOMPARE(translator.language(), language);
    for (const TsMessage &m : m_sources) {
        const QString context = fullContext.value(m.context, m.context);
        const QByteArray c = context.toUtf8();
        const QByteArray s = m.source.toUtf8();
        const QByteArray d = m.comment.toUtf8();
        for (int n : m.numerus ? QList<int>{1, 2, 3, 11, 100} : QList<int>{-1}) {
            const QString t = translator.translate(c.constData(), s.constData(), d.isEmpty() ? nullptr : d.constData(), n);
            QStringList want = placeholders(m.source);
            if (!m.numerus) {
                want.removeAll(QStringLiteral("%n"));
            }
            if (t.trimmed().isEmpty() || placeholders(t) != want) {
                bad << QStringLiteral("%1: %2 (n=%3) -> \"%4\"").arg(context, m.source).arg(n).arg(t);
                break;
            }
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 not translated in %2 (of %3 strings):\n").arg(bad.size()).arg(language).arg(m_sources.size()) +
                                       bad.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestCommitteeTranslations::englishIsTheSource()
{
    // English needs no file: the desk then shows the source strings.
    QVERIFY(CommitteeWorkspace::translationFile(QStringLiteral("en")).isEmpty());
    // A locale name takes its language's file.
    QCOMPARE(CommitteeWorkspace::translationFile(QStringLiteral("ar_EG")), QStringLiteral(":/i18n/committee_desk_ar.qm"));
    QCOMPARE(CommitteeWorkspace::translationFile(QStringLiteral("zh_CN")), QStringLiteral(":/i18n/committee_desk_zh_CN.qm"));
}

QTEST_GUILESS_MAIN(TestCommitteeTranslations)
#include "tst_committee_translations.moc"
