// Every string the kiosk shows has a finished translation: lupdate extracts the strings of the
// kiosk's sources afresh (the QML, the backend, the views, the credit reasons) and each of
// translations/kiosk_{zh_CN,ja,ar}.ts must hold every one of them, finished and non-empty (each
// plural form too); kiosk_en.ts must hold the English plural forms of every %n string.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <map>

namespace {

struct Entry {
    bool numerus = false;
    bool finished = false;
    QStringList forms;
};
using Catalog = std::map<std::pair<QString, QString>, Entry>; // (context, source)

Catalog readTs(const QString &path)
{
    Catalog out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry = Entry{};
                entry.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                entry.finished = type.isEmpty();
                if (!entry.numerus) {
                    entry.forms.append(xml.readElementText());
                }
            } else if (name == QLatin1String("numerusform")) {
                entry.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out[{context, source}] = entry;
        }
    }
    return out;
}

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStringList args{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")};
        args += QString::fromUtf8(KIOSK_TR_SOURCES).split(QLatin1Char('|'));
        m_fresh = m_dir.filePath(QStringLiteral("fresh.ts"));
        args << QStringLiteral("-ts") << m_fresh;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        lupdate.start(QStringLiteral(LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        m_sources = readTs(m_fresh);
        QVERIFY2(m_sources.size() > 250, "lupdate found the kiosk's strings");
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
        const Catalog ts = readTs(QStringLiteral(TRANSLATIONS_DIR "/kiosk_%1.ts").arg(language));
        const int forms = language == QLatin1String("ar") ? 6 : 1;
        QStringList missing;
        for (const auto &[key, fresh] : m_sources) {
            const auto found = ts.find(key);
            const bool ok = found != ts.end() && found->second.finished && !found->second.forms.isEmpty()
                && std::none_of(found->second.forms.begin(), found->second.forms.end(), [](const QString &f) { return f.trimmed().isEmpty(); })
                && (!fresh.numerus || found->second.forms.size() == forms);
            if (!ok) {
                missing.append(key.first + QStringLiteral(": ") + key.second);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 string(s) without a finished %2 translation:\n  %3")
                                                   .arg(missing.size())
                                                   .arg(language, missing.join(QStringLiteral("\n  ")))));
    }

    void englishPlurals()
    {
        const Catalog ts = readTs(QStringLiteral(TRANSLATIONS_DIR "/kiosk_en.ts"));
        QStringList missing;
        for (const auto &[key, fresh] : m_sources) {
            if (!fresh.numerus) {
                continue;
            }
            const auto found = ts.find(key);
            if (found == ts.end() || found->second.forms.size() != 2) {
                missing.append(key.first + QStringLiteral(": ") + key.second);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("without English plural forms:\n  ") + missing.join(QStringLiteral("\n  "))));
    }

    // The test above can fail: a source string the .ts files do not have is reported.
    void detectsAMissingString()
    {
        Catalog ts = readTs(QStringLiteral(TRANSLATIONS_DIR "/kiosk_ja.ts"));
        QVERIFY(!ts.empty());
        ts.erase(ts.begin());
        int absent = 0;
        for (const auto &[key, fresh] : m_sources) {
            absent += ts.find(key) == ts.end() ? 1 : 0;
        }
        QCOMPARE(absent, 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_fresh;
    Catalog m_sources;
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
