// Every string an app shows has a finished translation: lupdate extracts the strings of the app's
// sources afresh (TR_SOURCES), and each of translations/<TS_PREFIX>_{zh_CN,ja,ar}.ts must hold
// every one of them, finished and non-empty, with the language's plural forms and the source's
// placeholders (translation_catalog.h). When <TS_PREFIX>_en.ts exists it must hold the English
// plural forms of every %n string. One source, one ctest per app (tests/*/CMakeLists.txt:
// courtyard_add_translation_test).
#include "tests/support/translation_catalog.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace courtyard::testing;

class TestTranslationsComplete : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_fresh = extractStrings(QStringLiteral(LUPDATE), QStringLiteral(TR_SOURCES).split(QLatin1Char('|'), Qt::SkipEmptyParts),
                                 m_dir.filePath(QStringLiteral("fresh.ts")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_fresh.size() >= MIN_STRINGS, qPrintable(QStringLiteral("lupdate found %1 strings in the sources, expected at least %2")
                                                               .arg(m_fresh.size()).arg(MIN_STRINGS)));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void complete()
    {
        QFETCH(QString, language);
        QString error;
        const auto translated = readTs(tsFile(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList bad = untranslated(m_fresh, translated, language);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 of %2 strings without a finished %3 translation in %4:\n  ")
                                               .arg(bad.size()).arg(m_fresh.size()).arg(language, tsFile(language))
                                           + bad.mid(0, 40).join(QStringLiteral("\n  "))));
    }

    void englishPlurals()
    {
        if (!QFileInfo::exists(tsFile(QStringLiteral("en")))) {
            QSKIP("no English plural file for this app: its %n strings read the same in the source");
        }
        QList<TsMessage> plurals;
        for (const TsMessage &m : m_fresh) {
            if (m.numerus) {
                plurals << m;
            }
        }
        QString error;
        const QStringList bad = untranslated(plurals, readTs(tsFile(QStringLiteral("en")), &error), QStringLiteral("en"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("without English plural forms:\n  ") + bad.join(QStringLiteral("\n  "))));
    }

    // The check can fail: one string taken out of a translation, or left unfinished, is reported.
    void detectsAMissingOrUnfinishedString()
    {
        QString error;
        auto translated = readTs(tsFile(QStringLiteral("ja")), &error);
        QVERIFY(error.isEmpty());
        const TsMessage first = m_fresh.front();
        const auto same = [&](const TsMessage &m) { return m.context == first.context && m.source == first.source; };
        auto unfinished = translated;
        for (TsMessage &m : unfinished) {
            if (same(m)) {
                m.translationType = QStringLiteral("unfinished");
            }
        }
        translated.erase(std::remove_if(translated.begin(), translated.end(), same), translated.end());
        const QStringList missing = untranslated(m_fresh, translated, QStringLiteral("ja"));
        QVERIFY2(missing.contains(QStringLiteral("%1: %2 [missing]").arg(first.context, first.source)), qPrintable(missing.join(u'\n')));
        const QStringList notDone = untranslated(m_fresh, unfinished, QStringLiteral("ja"));
        QVERIFY2(notDone.contains(QStringLiteral("%1: %2 [unfinished]").arg(first.context, first.source)), qPrintable(notDone.join(u'\n')));
    }

private:
    static QString tsFile(const QString &language) { return QStringLiteral(TRANSLATIONS_DIR "/" TS_PREFIX "_%1.ts").arg(language); }

    QTemporaryDir m_dir;
    QList<TsMessage> m_fresh;
};

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "tst_translations_complete.moc"
