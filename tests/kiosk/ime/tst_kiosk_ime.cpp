// The kiosk keyboard's engines without a screen (app/kiosk/ime): pinyin -> hanzi on Google
// Pinyin's real dictionary, romaji -> kana, kana -> kanji on Anthy's real dictionary.

#include "app/kiosk/ime/ime.h"
#include "app/kiosk/ime/kana.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace courtyard::kiosk::ime;

namespace {

std::unique_ptr<Composer> typed(courtyard::Result<std::unique_ptr<Composer>> opened, const QString &letters)
{
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    for (const QChar c : letters) {
        if (!(*opened)->addLetter(c)) {
            qWarning("letter %s refused", qPrintable(QString(c)));
        }
    }
    return std::move(*opened);
}

} // namespace

class TestKioskIme : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Anthy reads $HOME/.anthy when it exists; the test shows it writes nothing there.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
    }

    void pinyin_data()
    {
        QTest::addColumn<QString>("letters");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("preedit");
        QTest::newRow("nihao") << "nihao" << QStringLiteral("你好") << "nihao";
        QTest::newRow("xiuli") << "xiuli" << QStringLiteral("修理") << "xiuli";
        QTest::newRow("chufang") << "chufang" << QStringLiteral("厨房") << "chufang";
        QTest::newRow("upper case folds") << "XiuLi" << QStringLiteral("修理") << "xiuli";
    }
    void pinyin()
    {
        QFETCH(QString, letters);
        QFETCH(QString, word);
        QFETCH(QString, preedit);
        auto composer = typed(openPinyin(), letters);
        QVERIFY(composer);
        QCOMPARE(composer->preedit(), preedit);
        const QStringList candidates = composer->candidates();
        const qsizetype at = candidates.indexOf(word);
        QVERIFY2(at >= 0 && at < 3, qPrintable(candidates.mid(0, 8).join(u' ')));
        const std::optional<QString> committed = composer->choose(int(at));
        QVERIFY(committed.has_value());
        QCOMPARE(*committed, word);
        QVERIFY(!composer->composing());
        QVERIFY(composer->candidates().isEmpty());
    }

    // A candidate for the start of the spelling fixes it; the rest gets its own candidates.
    void pinyinChoosesPartThenRest()
    {
        auto composer = typed(openPinyin(), QStringLiteral("shuilongtou"));
        QVERIFY(composer);
        QCOMPARE(composer->candidates().value(0), QStringLiteral("水龙头"));
        const qsizetype water = composer->candidates().indexOf(QStringLiteral("水"));
        QVERIFY(water > 0);
        QVERIFY(!composer->choose(int(water)).has_value());
        QCOMPARE(composer->preedit(), QStringLiteral("水longtou"));
        QCOMPARE(composer->candidates().value(0), QStringLiteral("龙头"));
        // Backspace undoes the choice, then deletes letters.
        QVERIFY(composer->backspace());
        QCOMPARE(composer->preedit(), QStringLiteral("shuilongtou"));
        QVERIFY(!composer->choose(int(water)).has_value());
        const std::optional<QString> committed = composer->choose(0);
        QVERIFY(committed.has_value());
        QCOMPARE(*committed, QStringLiteral("水龙头"));
    }

    void pinyinBackspaceAndRaw()
    {
        auto composer = typed(openPinyin(), QStringLiteral("xiul"));
        QVERIFY(composer);
        QCOMPARE(composer->raw(), QStringLiteral("xiul"));
        QVERIFY(composer->backspace());
        QCOMPARE(composer->preedit(), QStringLiteral("xiu"));
        QVERIFY(composer->candidates().contains(QStringLiteral("修")));
        QVERIFY(composer->backspace());
        QVERIFY(composer->backspace());
        QVERIFY(composer->backspace());
        QVERIFY(!composer->composing());
        QVERIFY(!composer->backspace()); // nothing left: the field's own Backspace
        QVERIFY(!composer->addLetter(u'1'));
        QVERIFY(!composer->addLetter(u'\''));
    }

    // Debian's Google Pinyin aborts the process on long ambiguous spellings ("an" x 8.5): a
    // composition takes 16 letters, the 17th is refused and nothing aborts; after a choice the
    // next composition takes 16 again.
    void pinyinLengthLimit_data()
    {
        QTest::addColumn<QString>("letters");
        QTest::newRow("anan...") << "anananananananananananana";
        QTest::newRow("aaaa...") << "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        QTest::newRow("nnnn...") << "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn";
        QTest::newRow("angang...") << "angangangangangangangangang";
        QTest::newRow("oooo...") << "ooooooooooooooooooooooooooooooooooooooo";
        QTest::newRow("random") << "zylrkbytzhslsfjgmtlrhljbwwgfcqjdquxa";
    }
    void pinyinLengthLimit()
    {
        QFETCH(QString, letters);
        auto opened = openPinyin();
        QVERIFY(opened.has_value());
        Composer &composer = **opened;
        for (qsizetype i = 0; i < letters.size(); ++i) {
            QCOMPARE(composer.addLetter(letters.at(i)), i < 16);
        }
        QCOMPARE(composer.raw(), letters.left(16));
        QVERIFY(!composer.candidates().isEmpty());
        QVERIFY(composer.choose(0).has_value());
        QVERIFY(composer.addLetter(letters.at(16)));
    }

    // What one resident chose does not reorder the next one's candidates (no learning).
    void pinyinForgetsChoices()
    {
        auto composer = typed(openPinyin(), QStringLiteral("shi"));
        QVERIFY(composer);
        const QStringList before = composer->candidates();
        const QString rare = before.value(before.size() - 1);
        QVERIFY(before.indexOf(rare) > 5);
        for (int i = 0; i < 5; ++i) {
            composer->reset();
            for (const QChar c : QStringLiteral("shi")) {
                composer->addLetter(c);
            }
            const qsizetype at = composer->candidates().indexOf(rare);
            QVERIFY(at >= 0);
            QVERIFY(composer->choose(int(at)).has_value());
        }
        for (const QChar c : QStringLiteral("shi")) {
            composer->addLetter(c);
        }
        QCOMPARE(composer->candidates(), before);
    }

    // Two composers share Google Pinyin's one decoder (the keyboard briefly keeps its old input
    // method while it makes the new one): each goes on with its own spelling and choices.
    void pinyinTwoComposers()
    {
        auto first = typed(openPinyin(), QStringLiteral("shuilongtou"));
        QVERIFY(first);
        QVERIFY(!first->choose(int(first->candidates().indexOf(QStringLiteral("水")))).has_value());
        auto second = typed(openPinyin(), QStringLiteral("nihao"));
        QVERIFY(second);
        QCOMPARE(first->candidates().value(0), QStringLiteral("龙头"));
        const std::optional<QString> done = first->choose(0);
        QVERIFY(done.has_value());
        QCOMPARE(*done, QStringLiteral("水龙头"));
        const qsizetype hello = second->candidates().indexOf(QStringLiteral("你好"));
        QVERIFY(hello >= 0);
        QCOMPARE(second->choose(int(hello)).value_or(QString()), QStringLiteral("你好"));
    }

    // Undoing a choice after two: Backspace takes back the last one only.
    void pinyinUndoSecondChoice()
    {
        auto composer = typed(openPinyin(), QStringLiteral("shuilongtou"));
        QVERIFY(composer);
        QVERIFY(!composer->choose(int(composer->candidates().indexOf(QStringLiteral("水")))).has_value());
        const qsizetype dragon = composer->candidates().indexOf(QStringLiteral("龙"));
        QVERIFY(dragon > 0);
        QVERIFY(!composer->choose(int(dragon)).has_value());
        QCOMPARE(composer->preedit(), QStringLiteral("水龙tou"));
        QVERIFY(composer->backspace());
        QCOMPARE(composer->preedit(), QStringLiteral("水longtou"));
        QCOMPARE(composer->candidates().value(0), QStringLiteral("龙头"));
    }

    // Random typing, Backspace and choices (fixed seeds, as a resident might tap anything): the
    // process is not aborted by an engine's assertion (Google Pinyin's im_cancel_last_choice()
    // was, so it is not used), and a composition always has candidates.
    void randomEditing_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::addColumn<QString>("alphabet");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("pinyin, ambiguous letters") << false << "anng'" << 1u;
        QTest::newRow("pinyin, all letters") << false << "abcdefghijklmnopqrstuvwxyz'" << 2u;
        QTest::newRow("japanese, all letters") << true << "abcdefghijklmnopqrstuvwxyz'-" << 3u;
    }
    void randomEditing()
    {
        QFETCH(bool, japanese);
        QFETCH(QString, alphabet);
        QFETCH(quint32, seed);
        auto opened = japanese ? openJapanese() : openPinyin();
        QVERIFY(opened.has_value());
        Composer &composer = **opened;
        QRandomGenerator random(seed);
        int committed = 0;
        for (int step = 0; step < 3000; ++step) {
            const int op = random.bounded(10);
            if (op < 6) {
                composer.addLetter(alphabet.at(random.bounded(int(alphabet.size()))));
            } else if (op < 8) {
                composer.backspace();
            } else if (!composer.candidates().isEmpty()) {
                committed += composer.choose(random.bounded(int(composer.candidates().size()))).has_value() ? 1 : 0;
            }
            QVERIFY(!composer.composing() || !composer.candidates().isEmpty());
        }
        QVERIFY(committed > 0);
    }

    void pinyinMissingDictionary()
    {
        auto opened = openPinyin(m_home.filePath(QStringLiteral("no-such-dict.dat")));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, courtyard::ErrorCode::NotFound);
        QVERIFY(opened.error().message.contains(QStringLiteral("libgooglepinyin0")));
    }

    void romaji_data()
    {
        QTest::addColumn<QString>("romaji");
        QTest::addColumn<QString>("kana");
        QTest::newRow("shuuri") << "shuuri" << QStringLiteral("しゅうり");
        QTest::newRow("nihon-shiki") << "syuuri" << QStringLiteral("しゅうり");
        QTest::newRow("kanji") << "kanji" << QStringLiteral("かんじ");
        QTest::newRow("n at the end") << "hon" << QStringLiteral("ほん");
        QTest::newRow("nn") << "konnnichiha" << QStringLiteral("こんにちは");
        QTest::newRow("n apostrophe") << "kin'en" << QStringLiteral("きんえん");
        QTest::newRow("small tsu") << "kitte" << QStringLiteral("きって");
        QTest::newRow("tch") << "matcha" << QStringLiteral("まっちゃ");
        QTest::newRow("tsu chi fu") << "tsuchifu" << QStringLiteral("つちふ");
        QTest::newRow("nya") << "konnnyaku" << QStringLiteral("こんにゃく");
        QTest::newRow("long vowel") << "ro-ka" << QStringLiteral("ろーか");
        QTest::newRow("wo") << "mizuwo" << QStringLiteral("みずを");
        QTest::newRow("small kana") << "xtuxya" << QStringLiteral("っゃ");
    }
    void romaji()
    {
        QFETCH(QString, romaji);
        QFETCH(QString, kana);
        QCOMPARE(romajiToHiragana(romaji), kana);
    }

    void katakana()
    {
        QCOMPARE(hiraganaToKatakana(QStringLiteral("しゅうり")), QStringLiteral("シュウリ"));
        QCOMPARE(katakanaToHiragana(QStringLiteral("エレベーター")), QStringLiteral("えれべーたー"));
    }

    void kanaToKanji()
    {
        auto segments = convertKana(QStringLiteral("しゅうり"));
        QVERIFY(segments.has_value());
        QCOMPARE(segments->size(), 1);
        QCOMPARE(segments->constFirst().reading, QStringLiteral("しゅうり"));
        QCOMPARE(segments->constFirst().candidates.value(0), QStringLiteral("修理"));
    }

    void japaneseComposer()
    {
        auto composer = typed(openJapanese(), QStringLiteral("shuuri"));
        QVERIFY(composer);
        QCOMPARE(composer->preedit(), QStringLiteral("しゅうり"));
        const QStringList candidates = composer->candidates();
        QCOMPARE(candidates.value(0), QStringLiteral("修理"));
        QVERIFY(candidates.contains(QStringLiteral("シュウリ")));
        QCOMPARE(composer->raw(), QStringLiteral("しゅうり"));
        const std::optional<QString> committed = composer->choose(0);
        QVERIFY(committed.has_value());
        QCOMPARE(*committed, QStringLiteral("修理"));
        QVERIFY(!composer->composing());
    }

    void japanesePendingLetters()
    {
        auto composer = typed(openJapanese(), QStringLiteral("shuur"));
        QVERIFY(composer);
        QCOMPARE(composer->preedit(), QStringLiteral("しゅうr"));
        QVERIFY(composer->backspace());
        QCOMPARE(composer->preedit(), QStringLiteral("しゅう"));
        QVERIFY(composer->addLetter(u'n'));
        QCOMPARE(composer->preedit(), QStringLiteral("しゅうn"));
        QCOMPARE(composer->raw(), QStringLiteral("しゅうん")); // a final n is ん
    }

    // A sentence in segments: the whole conversion first; a first-segment candidate leaves the
    // rest to convert, and Backspace undoes that choice.
    void japaneseSegments()
    {
        auto composer = typed(openJapanese(), QStringLiteral("daidokorononagashigamorete"));
        QVERIFY(composer);
        const QStringList candidates = composer->candidates();
        QVERIFY2(candidates.value(0).startsWith(QStringLiteral("台所の")), qPrintable(candidates.join(u' ')));
        const qsizetype kitchen = candidates.indexOf(QStringLiteral("台所の"));
        QVERIFY2(kitchen > 0, qPrintable(candidates.join(u' ')));
        QVERIFY(!composer->choose(int(kitchen)).has_value());
        QVERIFY(composer->preedit().startsWith(QStringLiteral("台所のながし")));
        QVERIFY(composer->backspace()); // the last kana
        QCOMPARE(composer->preedit(), QStringLiteral("台所のながしがもれ"));
        for (int i = 0; i < 6; ++i) {
            QVERIFY(composer->backspace()); // the kana after the choice ...
        }
        QCOMPARE(composer->preedit(), QStringLiteral("台所の"));
        QCOMPARE(composer->candidates(), QStringList{QStringLiteral("台所の")}); // what was chosen, alone
        QVERIFY(composer->backspace()); // ... then the choice itself
        QCOMPARE(composer->preedit(), QStringLiteral("だいどころの"));
        composer->reset();
        QVERIFY(!composer->composing());
    }

    void katakanaScript()
    {
        auto composer = typed(openJapanese(KanaScript::Katakana), QStringLiteral("erebe-ta-"));
        QVERIFY(composer);
        QCOMPARE(composer->preedit(), QStringLiteral("エレベーター"));
        QCOMPARE(composer->candidates().value(0), QStringLiteral("エレベーター"));
    }

    void nothingWrittenHome()
    {
        QCOMPARE(QDir(m_home.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), QStringList());
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestKioskIme)
#include "tst_kiosk_ime.moc"
