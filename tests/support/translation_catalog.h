// Reading Qt Linguist .ts files for the translation-completeness tests of every app: lupdate run
// afresh over an app's sources lists the strings its code shows today, and each language's .ts
// must hold every one of them finished, non-empty, with the plural forms the language needs and
// the same %1.. placeholders as the source (tests/support/tst_translations_complete.cpp; the
// committee's test looks its strings up in the compiled file instead, with the same reader).
#pragma once

#include <QFile>
#include <QHash>
#include <QPair>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

namespace courtyard::testing {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType;  // "unfinished", "vanished", "obsolete" or empty (finished)
    QStringList translations; // one, or the numerus forms
};

// Every message of a .ts file; on failure an empty list and *error says why.
inline QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return {};
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << m;
            continue;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            m = TsMessage{};
            m.context = context;
            m.numerus = xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.translationType = xml.attributes().value(QStringLiteral("type")).toString();
            if (!m.numerus) {
                m.translations << xml.readElementText();
            }
        } else if (xml.name() == QLatin1String("numerusform")) {
            m.translations << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        *error = path + QStringLiteral(": ") + xml.errorString();
        return {};
    }
    return messages;
}

// The sorted, distinct %1..%9 (and %n) placeholders of a text.
inline QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

// What a translation must carry: the source's %1..%9 (a plural form may leave %n out: Arabic's
// "one" and "two" forms say the number in words).
inline QStringList wantedPlaceholders(const TsMessage &m)
{
    QStringList want = placeholders(m.source);
    want.removeAll(QStringLiteral("%n"));
    return want;
}

inline QStringList carriedPlaceholders(const QString &translation)
{
    QStringList have = placeholders(translation);
    have.removeAll(QStringLiteral("%n"));
    return have;
}

// The strings lupdate finds in sources today (files or folders), or *error.
inline QList<TsMessage> extractStrings(const QString &lupdate, const QStringList &sources, const QString &freshTs, QString *error)
{
    QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete")};
    arguments << sources << QStringLiteral("-ts") << freshTs;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(lupdate, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed (%1)").arg(p.exitCode());
        return {};
    }
    return readTs(freshTs, error);
}

// Plural forms Qt uses for a language's numerus messages (Qt's own plural rules).
inline int pluralForms(const QString &language)
{
    if (language.startsWith(QLatin1String("ar"))) {
        return 6;
    }
    if (language.startsWith(QLatin1String("zh")) || language.startsWith(QLatin1String("ja"))) {
        return 1;
    }
    return 2;
}

// "context: source [why]" of every string of fresh (what the code shows) that translated (a
// language's .ts) lacks, leaves unfinished or empty, gives the wrong number of plural forms, or
// translates with other placeholders.
inline QStringList untranslated(const QList<TsMessage> &fresh, const QList<TsMessage> &translated, const QString &language)
{
    QHash<QPair<QString, QString>, const TsMessage *> byKey;
    for (const TsMessage &m : translated) {
        byKey.insert({m.context, m.source}, &m);
    }
    QStringList bad;
    for (const TsMessage &f : fresh) {
        const TsMessage *m = byKey.value({f.context, f.source});
        QString why;
        if (!m) {
            why = QStringLiteral("missing");
        } else if (!m->translationType.isEmpty()) {
            why = m->translationType;
        } else if (m->translations.isEmpty() || (f.numerus && m->translations.size() != pluralForms(language))) {
            why = QStringLiteral("%1 forms").arg(m->translations.size());
        } else {
            for (const QString &t : m->translations) {
                if (t.trimmed().isEmpty()) {
                    why = QStringLiteral("empty");
                } else if (carriedPlaceholders(t) != wantedPlaceholders(f)) {
                    why = QStringLiteral("placeholders differ: \"%1\"").arg(t);
                }
            }
        }
        if (!why.isEmpty()) {
            bad << QStringLiteral("%1: %2 [%3]").arg(f.context, f.source, why);
        }
    }
    return bad;
}

} // namespace courtyard::testing
