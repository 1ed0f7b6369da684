// Tests for C2SP checkpoints and signed notes, with the published vectors of the Go reference
// implementation (golang.org/x/mod/sumdb/note note_test.go) and of c2sp.org/tlog-checkpoint.
#include "core/ledger/checkpoint.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>
#include <vector>

using namespace courtyard;
using ledger::Checkpoint;
using ledger::NoteKey;

namespace {

template <typename T> QString whyText(const Result<T> &result)
{
    return result.has_value() ? QString() : result.error().message;
}

// For QVERIFY2, which evaluates its message even when the check passes.
template <typename T> QByteArray why(const Result<T> &result)
{
    return whyText(result).toLocal8Bit();
}

// golang.org/x/mod/sumdb/note note_test.go.
const QString kPeterVkey = QStringLiteral("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
const QByteArray kPeterSkeyBase64 = QByteArrayLiteral("AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"); // 0x01 || seed
const QString kEnochVkey = QStringLiteral("EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop");
const QByteArray kText = QByteArrayLiteral("If you think cryptography is the answer to your problem,\n"
                                           "then you don't know what your problem is.\n");
const QByteArray kPeterSig = QByteArrayLiteral(
        "\xE2\x80\x94 PeterNeumann "
        "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n");
const QByteArray kEnochSig = QByteArrayLiteral(
        "\xE2\x80\x94 EnochRoot "
        "rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n");

// c2sp.org/tlog-checkpoint's example body.
const QByteArray kSofaBody
        = QByteArrayLiteral("example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");

NoteKey peterKey()
{
    auto key = NoteKey::fromVerifierKey(kPeterVkey);
    if (!key) {
        qFatal("Peter's verifier key does not parse: %s", qPrintable(key.error().message));
    }
    return *key;
}

crypto::KeyPair keyFromSeedByte(char fill)
{
    auto key = crypto::KeyPair::fromSeed(QByteArray(32, fill));
    if (!key) {
        qFatal("fromSeed failed: %s", qPrintable(key.error().message));
    }
    return std::move(*key);
}

merkle::Hash hashOf(const QByteArray &bytes)
{
    merkle::Hash out{};
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

// SHA-256(name || 0x0A || encodedKey)[:4], big-endian, computed over one whole buffer; for
// Ed25519 the encoded key is 0x01 || key.
quint32 referenceKeyHash(const QByteArray &name, const QByteArray &encodedKey)
{
    const crypto::Digest d = crypto::sha256(name + QByteArray(1, '\n') + encodedKey);
    return (quint32(d[0]) << 24) | (quint32(d[1]) << 16) | (quint32(d[2]) << 8) | quint32(d[3]);
}

// A verifier key for any raw key bytes, with a correct hash, built without NoteKey.
QString rawVerifierKey(const QString &name, const QByteArray &encodedKey)
{
    return name + QLatin1Char('+')
            + QStringLiteral("%1").arg(referenceKeyHash(name.toUtf8(), encodedKey), 8, 16, QLatin1Char('0'))
            + QLatin1Char('+') + QString::fromLatin1(encodedKey.toBase64());
}

struct Signed {
    QByteArray note;
    Checkpoint checkpoint;
};

// A checkpoint of a small log signed by the log key (seed 0x11) and a witness key (seed 0x22).
Signed signedCheckpoint()
{
    merkle::MerkleLog log;
    for (int i = 0; i < 13; ++i) {
        log.append(QByteArray::number(i));
    }
    Checkpoint cp{QStringLiteral("courtyard.example/log"), log.size(), log.root(), {}};
    const crypto::KeyPair logKey = keyFromSeedByte(0x11);
    const crypto::KeyPair witnessKey = keyFromSeedByte(0x22);
    const QByteArray body = cp.body();
    const QByteArray note
            = ledger::assembleSignedNote(body,
                                         {{NoteKey{cp.origin, logKey.publicKey()}, ledger::signNoteBody(logKey, body)},
                                          {NoteKey{QStringLiteral("witness.example/w1"), witnessKey.publicKey()},
                                           ledger::signNoteBody(witnessKey, body)}});
    return {note, cp};
}

NoteKey logNoteKey()
{
    return NoteKey{QStringLiteral("courtyard.example/log"), keyFromSeedByte(0x11).publicKey()};
}

NoteKey witnessNoteKey()
{
    return NoteKey{QStringLiteral("witness.example/w1"), keyFromSeedByte(0x22).publicKey()};
}

// Replaces the base64 payload of every signature line whose name is `name`.
QByteArray rewriteSignature(const QByteArray &note, const QByteArray &name,
                            const std::function<void(QByteArray &)> &edit)
{
    QList<QByteArray> lines = note.split('\n');
    const QByteArray prefix = QByteArrayLiteral("\xE2\x80\x94 ") + name + ' ';
    for (QByteArray &line : lines) {
        if (line.startsWith(prefix)) {
            QByteArray raw = QByteArray::fromBase64(line.mid(prefix.size()));
            edit(raw);
            line = prefix + raw.toBase64();
        }
    }
    return lines.join('\n');
}

} // namespace

class TestCheckpoint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checkpointBody_data();
    void checkpointBody();
    void checkpointRejects_data();
    void checkpointRejects();
    void checkpointLargestSize();

    void knownVerifierKeys_data();
    void knownVerifierKeys();
    void verifierKeyManglingsRejected();
    void verifierKeyErrors_data();
    void verifierKeyErrors();
    void noteKeyNames_data();
    void noteKeyNames();

    void goNoteVerifies();
    void goSignatureReproduced();
    void goMalformedNotesRejected_data();
    void goMalformedNotesRejected();
    void signatureLimit();

    void checkpointRoundTrip();
    void tamperedNotes_data();
    void tamperedNotes();
    void malformedNotes_data();
    void malformedNotes();
    void noteTextMayContainBlankLines();
};

void TestCheckpoint::checkpointBody_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<quint64>("size");
    QTest::addColumn<QByteArray>("root");
    QTest::addColumn<QStringList>("extensions");
    QTest::addColumn<QByteArray>("body");

    const QByteArray sofaRoot = QByteArray::fromBase64("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");
    QTest::newRow("c2sp example") << QStringLiteral("example.com/behind-the-sofa") << quint64(20852163) << sofaRoot
                                  << QStringList() << kSofaBody;
    const QByteArray emptyRoot
            = QByteArray::fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("empty tree") << QStringLiteral("courtyard.example/log") << quint64(0) << emptyRoot << QStringList()
                                << QByteArrayLiteral(
                                           "courtyard.example/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
    QTest::newRow("extensions") << QStringLiteral("o") << quint64(1) << emptyRoot
                                << QStringList{QStringLiteral("ext one"), QStringLiteral("ext+two")}
                                << QByteArrayLiteral(
                                           "o\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\next one\next+two\n");
    QTest::newRow("unicode origin") << QStringLiteral(u"庭院.example/日志") << quint64(10) << emptyRoot << QStringList()
                                    << QByteArray("\xE5\xBA\xAD\xE9\x99\xA2.example/\xE6\x97\xA5\xE5\xBF\x97\n10\n"
                                                  "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
}

void TestCheckpoint::checkpointBody()
{
    QFETCH(QString, origin);
    QFETCH(quint64, size);
    QFETCH(QByteArray, root);
    QFETCH(QStringList, extensions);
    QFETCH(QByteArray, body);
    QCOMPARE(root.size(), 32);
    const Checkpoint cp{origin, size, hashOf(root), extensions};
    QCOMPARE(cp.body(), body);
    const auto parsed = Checkpoint::parseBody(body);
    QVERIFY2(parsed.has_value(), why(parsed).constData());
    QCOMPARE(parsed->origin, origin);
    QCOMPARE(parsed->size, size);
    QCOMPARE(crypto::toByteArray(parsed->root), root);
    QCOMPARE(parsed->extensions, extensions);
    QVERIFY(*parsed == cp);
}

void TestCheckpoint::checkpointRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    const QByteArray root = QByteArrayLiteral("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");
    const auto withSize = [&](const QByteArray &size) { return QByteArrayLiteral("o\n") + size + '\n' + root + '\n'; };
    const auto withRoot = [](const QByteArray &r) { return QByteArrayLiteral("o\n5\n") + r + '\n'; };
    const int malformed = int(ErrorCode::Malformed);
    const int notCanonical = int(ErrorCode::NotCanonical);

    QTest::newRow("empty") << QByteArray() << malformed;
    QTest::newRow("no final newline") << kSofaBody.chopped(1) << malformed;
    QTest::newRow("origin only") << QByteArrayLiteral("o\n") << malformed;
    QTest::newRow("no root line") << QByteArrayLiteral("o\n5\n") << malformed;
    QTest::newRow("empty origin") << QByteArrayLiteral("\n5\n") + root + '\n' << malformed;
    QTest::newRow("empty size") << withSize("") << malformed;
    QTest::newRow("empty root") << withRoot("") << malformed;
    QTest::newRow("empty extension") << QByteArrayLiteral("o\n5\n") + root + QByteArrayLiteral("\n\n") << malformed;
    QTest::newRow("empty extension between")
            << QByteArrayLiteral("o\n5\n") + root + QByteArrayLiteral("\n\nx\n") << malformed;
    QTest::newRow("leading zeros 007") << withSize("007") << notCanonical;
    QTest::newRow("leading zeros 00") << withSize("00") << notCanonical;
    QTest::newRow("negative") << withSize("-1") << malformed;
    QTest::newRow("plus sign") << withSize("+1") << malformed;
    QTest::newRow("space before") << withSize(" 1") << malformed;
    QTest::newRow("space after") << withSize("1 ") << malformed;
    QTest::newRow("hex") << withSize("0x10") << malformed;
    QTest::newRow("exponent") << withSize("1e3") << malformed;
    QTest::newRow("2^64") << withSize("18446744073709551616") << malformed;
    QTest::newRow("huge") << withSize("99999999999999999999999") << malformed;
    QTest::newRow("root 31 bytes") << withRoot(QByteArray(31, 'x').toBase64()) << malformed;
    QTest::newRow("root 33 bytes") << withRoot(QByteArray(33, 'x').toBase64()) << malformed;
    QTest::newRow("root without padding") << withRoot(root.chopped(1)) << malformed;
    QTest::newRow("root url-safe alphabet") << withRoot(QByteArray(root).replace('/', '_')) << malformed;
    QTest::newRow("root stray bits") << withRoot(QByteArray(root).replace("q2I=", "q2J=")) << malformed;
    QTest::newRow("root with space") << withRoot(QByteArray(root).insert(10, ' ')) << malformed;
    QTest::newRow("root hex") << withRoot(QByteArray(32, 'x').toHex()) << malformed;
    QTest::newRow("crlf") << QByteArrayLiteral("o\r\n5\r\n") + root + QByteArrayLiteral("\r\n") << malformed;
    QTest::newRow("tab in origin") << QByteArrayLiteral("a\tb\n5\n") + root + '\n' << malformed;
    QTest::newRow("nul in origin") << QByteArray("a\0b\n5\n", 6) + root + '\n' << malformed;
    QTest::newRow("invalid utf-8") << QByteArrayLiteral("a\xff\n5\n") + root + '\n' << malformed;
    QTest::newRow("overlong utf-8") << QByteArrayLiteral("a\xC0\xAF\n5\n") + root + '\n' << malformed;
    QTest::newRow("utf-8 surrogate") << QByteArrayLiteral("a\xED\xA0\x80\n5\n") + root + '\n' << malformed;
    QTest::newRow("truncated utf-8") << QByteArrayLiteral("a\xE5\xBA\n5\n") + root + '\n' << malformed;
}

void TestCheckpoint::checkpointRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    const auto parsed = Checkpoint::parseBody(body);
    QVERIFY(!parsed.has_value());
    QCOMPARE(int(parsed.error().code), code);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestCheckpoint::checkpointLargestSize()
{
    const QByteArray body
            = QByteArrayLiteral("o\n18446744073709551615\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
    const auto parsed = Checkpoint::parseBody(body);
    QVERIFY2(parsed.has_value(), why(parsed).constData());
    QCOMPARE(parsed->size, std::numeric_limits<quint64>::max());
    QCOMPARE(parsed->body(), body);
    const auto zero = Checkpoint::parseBody(QByteArrayLiteral("o\n0\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"));
    QVERIFY2(zero.has_value(), why(zero).constData());
    QCOMPARE(zero->size, quint64(0));
}

void TestCheckpoint::knownVerifierKeys_data()
{
    QTest::addColumn<QString>("vkey");
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint32>("hash");
    QTest::newRow("PeterNeumann") << kPeterVkey << QStringLiteral("PeterNeumann") << quint32(0xc74f20a3);
    QTest::newRow("EnochRoot") << kEnochVkey << QStringLiteral("EnochRoot") << quint32(0xaf0cfe78);
}

void TestCheckpoint::knownVerifierKeys()
{
    QFETCH(QString, vkey);
    QFETCH(QString, name);
    QFETCH(quint32, hash);
    const auto key = NoteKey::fromVerifierKey(vkey);
    QVERIFY2(key.has_value(), why(key).constData());
    QCOMPARE(key->name, name);
    QCOMPARE(key->keyHash(), hash);
    QCOMPARE(referenceKeyHash(name.toUtf8(), QByteArray(1, '\x01') + key->key.toByteArray()), hash);
    QCOMPARE(key->verifierKey(), vkey);
    const QByteArray encoded = QByteArray::fromBase64(vkey.section(QLatin1Char('+'), 2).toLatin1());
    QCOMPARE(key->key.toByteArray(), encoded.mid(1));
    // Upper-case hex is the same key.
    const auto upper = NoteKey::fromVerifierKey(name + QLatin1Char('+') + vkey.section(QLatin1Char('+'), 1, 1).toUpper()
                                                + QLatin1Char('+') + vkey.section(QLatin1Char('+'), 2));
    QVERIFY2(upper.has_value(), why(upper).constData());
    QVERIFY(*upper == *key);
}

// As note_test.go does: every proper substring and every single-character change must fail.
void TestCheckpoint::verifierKeyManglingsRejected()
{
    const QString vkey = kPeterVkey;
    int checked = 0;
    for (qsizetype i = 0; i <= vkey.size(); ++i) {
        for (qsizetype j = i + 1; j <= vkey.size(); ++j) {
            if (i == 0 && j == vkey.size()) {
                continue;
            }
            const QString part = vkey.mid(i, j - i);
            QVERIFY2(!NoteKey::fromVerifierKey(part).has_value(), qPrintable(part));
            ++checked;
        }
    }
    for (qsizetype i = 0; i < vkey.size(); ++i) {
        QString changed = vkey;
        changed[i] = QChar(changed[i].unicode() + 1);
        const auto r = NoteKey::fromVerifierKey(changed);
        QVERIFY2(!r.has_value(), qPrintable(changed));
        QVERIFY(!r.error().message.isEmpty());
        ++checked;
    }
    QVERIFY(checked > 2000);
}

void TestCheckpoint::verifierKeyErrors_data()
{
    QTest::addColumn<QString>("vkey");
    QTest::addColumn<int>("code");
    const int malformed = int(ErrorCode::Malformed);
    const int badKey = int(ErrorCode::BadKey);

    // Both from note_test.go, where the hash is right for the mangled key. The first one's last
    // base64 group has stray bits, which our strict decoding refuses before the key length.
    QTest::newRow("wrong key length")
            << QStringLiteral("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==") << malformed;
    QTest::newRow("unknown algorithm") << QStringLiteral(
            "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
                                       << int(ErrorCode::Unsupported);

    QTest::newRow("wrong hash") << QStringLiteral("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
                                << badKey;
    QTest::newRow("other name") << QStringLiteral("PeterNeuman+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
                                << badKey;
    QTest::newRow("empty") << QString() << malformed;
    QTest::newRow("no plus") << QStringLiteral("PeterNeumann") << malformed;
    QTest::newRow("one plus") << QStringLiteral("PeterNeumann+c74f20a3") << malformed;
    QTest::newRow("empty name") << QStringLiteral("+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
                                << malformed;
    QTest::newRow("space in name") << rawVerifierKey(QStringLiteral("Peter Neumann"),
                                                     QByteArray(1, '\x01') + QByteArray(32, 'k'))
                                   << malformed;
    QTest::newRow("no-break space in name")
            << rawVerifierKey(QStringLiteral(u"Peter\u00A0Neumann"), QByteArray(1, '\x01') + QByteArray(32, 'k'))
            << malformed;
    QTest::newRow("ideographic space in name")
            << rawVerifierKey(QStringLiteral(u"Peter\u3000Neumann"), QByteArray(1, '\x01') + QByteArray(32, 'k'))
            << malformed;
    QTest::newRow("control character in name")
            << rawVerifierKey(QStringLiteral(u"Peter\u0001Neumann"), QByteArray(1, '\x01') + QByteArray(32, 'k'))
            << malformed;
    QTest::newRow("short hash") << QStringLiteral("PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
                                << malformed;
    QTest::newRow("non-hex hash") << QStringLiteral(
            "PeterNeumann+c74f20ag+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
                                  << malformed;
    QTest::newRow("signed hash") << QStringLiteral("PeterNeumann+-74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
                                 << malformed;
    QTest::newRow("empty key") << QStringLiteral("PeterNeumann+c74f20a3+") << malformed;
    QTest::newRow("bad base64") << QStringLiteral("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T!")
                                << malformed;
    QTest::newRow("trailing newline") << kPeterVkey + QLatin1Char('\n') << malformed;
    QTest::newRow("unpadded base64")
            << rawVerifierKey(QStringLiteral("x"), QByteArray(1, '\x01') + QByteArray(31, 'k')).chopped(1) << malformed;
    QTest::newRow("key 31 bytes") << rawVerifierKey(QStringLiteral("x"), QByteArray(1, '\x01') + QByteArray(31, 'k'))
                                  << badKey;
    QTest::newRow("algorithm byte only") << rawVerifierKey(QStringLiteral("x"), QByteArray(1, '\x01')) << badKey;
    QTest::newRow("ecdsa type") << rawVerifierKey(QStringLiteral("x"), QByteArray(1, '\x02') + QByteArray(32, 'k'))
                                << int(ErrorCode::Unsupported);
    // All-zero bytes decode to a point of order 4: PublicKey::fromBytes must refuse it.
    QTest::newRow("small-order key") << rawVerifierKey(QStringLiteral("x"),
                                                       QByteArray(1, '\x01') + QByteArray(32, '\0'))
                                     << badKey;
}

void TestCheckpoint::verifierKeyErrors()
{
    QFETCH(QString, vkey);
    QFETCH(int, code);
    const auto key = NoteKey::fromVerifierKey(vkey);
    QVERIFY(!key.has_value());
    QCOMPARE(int(key.error().code), code);
    QVERIFY(!key.error().message.isEmpty());
}

void TestCheckpoint::noteKeyNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("url") << QStringLiteral("courtyard.example/log") << true;
    QTest::newRow("unicode") << QStringLiteral(u"庭院.example") << true;
    QTest::newRow("punctuation") << QStringLiteral("a-b_c.d/e:f@g") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("plus") << QStringLiteral("a+b") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    QTest::newRow("no-break space") << QStringLiteral(u"a\u00A0b") << false;
    QTest::newRow("next line") << QStringLiteral(u"a\u0085b") << false;
    QTest::newRow("em space") << QStringLiteral(u"a\u2003b") << false;
    QTest::newRow("line separator") << QStringLiteral(u"a\u2028b") << false;
    QTest::newRow("ideographic space") << QStringLiteral(u"a\u3000b") << false;
    QTest::newRow("control") << QStringLiteral(u"a\u001Fb") << false;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << false;
}

void TestCheckpoint::noteKeyNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(ledger::isValidNoteKeyName(name), valid);
    // The same rule guards verifier keys.
    const auto key
            = NoteKey::fromVerifierKey(rawVerifierKey(name, QByteArray(1, '\x01') + peterKey().key.toByteArray()));
    QCOMPARE(key.has_value(), valid);
}

void TestCheckpoint::goNoteVerifies()
{
    const NoteKey peter = peterKey();
    const auto enoch = NoteKey::fromVerifierKey(kEnochVkey);
    QVERIFY(enoch.has_value());

    const auto note = ledger::parseSignedNote(kText + '\n' + kPeterSig + kEnochSig);
    QVERIFY2(note.has_value(), why(note).constData());
    QCOMPARE(note->body, kText);
    QCOMPARE(note->signatures.size(), std::size_t(2));
    QCOMPARE(note->signatures[0].name, QStringLiteral("PeterNeumann"));
    QCOMPARE(note->signatures[0].keyHash, quint32(0xc74f20a3));
    QCOMPARE(note->signatures[0].signature.size(), 64);
    QCOMPARE(note->signatures[1].name, QStringLiteral("EnochRoot"));
    QCOMPARE(note->signatures[1].keyHash, quint32(0xaf0cfe78));

    auto ok = ledger::verifySignedNote(*note, peter);
    QVERIFY2(ok.has_value(), why(ok).constData());
    ok = ledger::verifySignedNote(*note, *enoch);
    QVERIFY2(ok.has_value(), why(ok).constData());

    // The signature does not verify over anything else.
    ledger::SignedNote changed = *note;
    changed.body.replace("problem,", "problem;");
    ok = ledger::verifySignedNote(changed, peter);
    QVERIFY(!ok.has_value());
    QCOMPARE(ok.error().code, ErrorCode::BadSignature);

    // note_test.go's "invalid signature": four more base64 characters inside Peter's signature.
    QByteArray longer = kText + '\n' + kPeterSig;
    longer.insert(kText.size() + 1 + 60, "ABCD");
    const auto longerNote = ledger::parseSignedNote(longer);
    QVERIFY2(longerNote.has_value(), why(longerNote).constData());
    ok = ledger::verifySignedNote(*longerNote, peter);
    QVERIFY(!ok.has_value());
    QCOMPARE(ok.error().code, ErrorCode::BadSignature);

    // A signature under another name or key hash is not Peter's: ignored, so none is found.
    QByteArray misnamed = kText + '\n' + kPeterSig;
    misnamed.replace("PeterNeumann", "CarmenSandiego");
    QByteArray wrongHash = kText + '\n' + kPeterSig;
    wrongHash.replace("x08g", "xxxx");
    for (const QByteArray &text : {misnamed, wrongHash}) {
        const auto other = ledger::parseSignedNote(text);
        QVERIFY2(other.has_value(), why(other).constData());
        ok = ledger::verifySignedNote(*other, peter);
        QVERIFY(!ok.has_value());
        QCOMPARE(ok.error().code, ErrorCode::NotFound);
    }
    const auto onlyEnoch = ledger::parseSignedNote(kText + '\n' + kEnochSig);
    QVERIFY(onlyEnoch.has_value());
    ok = ledger::verifySignedNote(*onlyEnoch, peter);
    QVERIFY(!ok.has_value());
    QCOMPARE(ok.error().code, ErrorCode::NotFound);
}

void TestCheckpoint::goSignatureReproduced()
{
    // PRIVATE+KEY+PeterNeumann+c74f20a3+<base64(0x01 || seed)>; Ed25519 is deterministic.
    const QByteArray skey = QByteArray::fromBase64(kPeterSkeyBase64);
    QCOMPARE(skey.size(), 33);
    QCOMPARE(skey.at(0), '\x01');
    auto pair = crypto::KeyPair::fromSeed(skey.mid(1));
    QVERIFY2(pair.has_value(), why(pair).constData());
    const NoteKey peter = peterKey();
    QVERIFY(pair->publicKey() == peter.key);

    const QByteArray signature = ledger::signNoteBody(*pair, kText);
    QCOMPARE(signature.size(), 64);
    const QByteArray expected = QByteArray::fromBase64(kPeterSig.mid(3 + 1 + 12 + 1).trimmed());
    QCOMPARE(signature.toBase64(), expected.mid(4).toBase64());

    const QByteArray note = ledger::assembleSignedNote(kText, {{peter, signature}});
    QCOMPARE(note, kText + '\n' + kPeterSig);
}

void TestCheckpoint::goMalformedNotesRejected_data()
{
    QTest::addColumn<QByteArray>("text");
    // note_test.go's badMsgs.
    QTest::newRow("text only") << kText;
    QTest::newRow("text and blank line") << kText + '\n';
    QTest::newRow("no final newline") << kText + '\n' + kPeterSig.chopped(1);
    QTest::newRow("control character") << QByteArray("\x01") + kText + '\n' + kPeterSig;
    QTest::newRow("invalid utf-8") << QByteArray("\xff") + kText + '\n' + kPeterSig;
    QTest::newRow("bad name") << kText + '\n'
                    + QByteArrayLiteral("\xE2\x80\x94 Bad Name "
                                        "x08go/ZJkuBS9UG/"
                                        "SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=");
    QTest::newRow("unexpected line") << kText + '\n' + kPeterSig + QByteArrayLiteral("Unexpected line.\n");
}

void TestCheckpoint::goMalformedNotesRejected()
{
    QFETCH(QByteArray, text);
    const auto note = ledger::parseSignedNote(text);
    QVERIFY(!note.has_value());
    QCOMPARE(note.error().code, ErrorCode::Malformed);
    QVERIFY(!note.error().message.isEmpty());
}

void TestCheckpoint::signatureLimit()
{
    QByteArray text = kText + '\n';
    for (int i = 0; i < ledger::kMaxNoteSignatures; ++i) {
        text += kPeterSig;
    }
    const auto atLimit = ledger::parseSignedNote(text);
    QVERIFY2(atLimit.has_value(), why(atLimit).constData());
    QCOMPARE(atLimit->signatures.size(), std::size_t(ledger::kMaxNoteSignatures));
    QVERIFY(ledger::verifySignedNote(*atLimit, peterKey()).has_value());

    text += kPeterSig;
    const auto over = ledger::parseSignedNote(text);
    QVERIFY(!over.has_value());
    QCOMPARE(over.error().code, ErrorCode::LimitExceeded);

    QByteArray huge = QByteArray(ledger::kMaxNoteSize, 'a');
    huge += '\n';
    huge += '\n';
    huge += kPeterSig;
    const auto tooBig = ledger::parseSignedNote(huge);
    QVERIFY(!tooBig.has_value());
    QCOMPARE(tooBig.error().code, ErrorCode::LimitExceeded);
}

void TestCheckpoint::checkpointRoundTrip()
{
    const Signed s = signedCheckpoint();
    const auto note = ledger::parseSignedNote(s.note);
    QVERIFY2(note.has_value(), why(note).constData());
    QCOMPARE(note->body, s.checkpoint.body());
    QCOMPARE(note->signatures.size(), std::size_t(2));
    QCOMPARE(note->signatures[0].name, s.checkpoint.origin);

    for (const NoteKey &key : {logNoteKey(), witnessNoteKey()}) {
        const auto ok = ledger::verifySignedNote(*note, key);
        QVERIFY2(ok.has_value(), why(ok).constData());
        // The verifier key text carries the key faithfully.
        const auto again = NoteKey::fromVerifierKey(key.verifierKey());
        QVERIFY2(again.has_value(), why(again).constData());
        QVERIFY(*again == key);
        QCOMPARE(key.keyHash(), referenceKeyHash(key.name.toUtf8(), QByteArray(1, '\x01') + key.key.toByteArray()));
    }
    const auto cp = Checkpoint::parseBody(note->body);
    QVERIFY2(cp.has_value(), why(cp).constData());
    QVERIFY(*cp == s.checkpoint);
    QCOMPARE(cp->size, quint64(13));

    // A key that did not sign: nothing to verify.
    const NoteKey stranger{QStringLiteral("courtyard.example/log"), keyFromSeedByte(0x33).publicKey()};
    const auto none = ledger::verifySignedNote(*note, stranger);
    QVERIFY(!none.has_value());
    QCOMPARE(none.error().code, ErrorCode::NotFound);

    const auto empty = ledger::verifySignedNote(ledger::SignedNote{note->body, {}}, logNoteKey());
    QVERIFY(!empty.has_value());
    QCOMPARE(empty.error().code, ErrorCode::NotFound);
}

void TestCheckpoint::tamperedNotes_data()
{
    QTest::addColumn<QByteArray>("note");
    QTest::addColumn<int>("code");
    const Signed s = signedCheckpoint();
    const QByteArray good = s.note;
    const QByteArray rootText = crypto::toByteArray(s.checkpoint.root).toBase64();
    const int badSignature = int(ErrorCode::BadSignature);
    const int notFound = int(ErrorCode::NotFound);

    QTest::newRow("origin") << QByteArray(good).replace("courtyard.example/log\n13", "courtyard.example/loh\n13")
                            << badSignature;
    QTest::newRow("size") << QByteArray(good).replace("\n13\n", "\n14\n") << badSignature;
    QByteArray otherRoot = rootText;
    otherRoot[5] = otherRoot[5] == 'A' ? 'B' : 'A';
    QTest::newRow("root") << QByteArray(good).replace(rootText, otherRoot) << badSignature;
    QTest::newRow("extension added") << QByteArray(good).replace(rootText + "\n\n", rootText + "\nextra\n\n")
                                     << badSignature;
    QTest::newRow("signature bit") << rewriteSignature(good, "courtyard.example/log", [](QByteArray &raw) {
        raw[20] = static_cast<char>(raw[20] ^ 0x01);
    }) << badSignature;
    QTest::newRow("signature truncated") << rewriteSignature(good, "courtyard.example/log", [](QByteArray &raw) {
        raw.chop(1);
    }) << badSignature;
    QTest::newRow("signature swapped") << rewriteSignature(good, "courtyard.example/log", [](QByteArray &raw) {
        raw = raw.left(4) + raw.mid(4 + 32) + raw.mid(4, 32); // R and S halves exchanged
    }) << badSignature;
    QTest::newRow("key hash") << rewriteSignature(good, "courtyard.example/log", [](QByteArray &raw) {
        raw[3] = static_cast<char>(raw[3] ^ 0x01);
    }) << notFound;
    QTest::newRow("name") << QByteArray(good).replace("\xE2\x80\x94 courtyard.example/log ",
                                                      "\xE2\x80\x94 courtyard.example/loh ")
                          << notFound;
    // A second, broken signature by the same key: the spec says to reject the whole note.
    const qsizetype logLine = good.indexOf("\xE2\x80\x94 courtyard.example/log ");
    const QByteArray line = good.mid(logLine, good.indexOf('\n', logLine) - logLine + 1);
    const QByteArray brokenLine = rewriteSignature(
            line, "courtyard.example/log", [](QByteArray &raw) { raw[40] = static_cast<char>(raw[40] ^ 0x80); });
    QTest::newRow("extra broken signature") << good + brokenLine << badSignature;
}

void TestCheckpoint::tamperedNotes()
{
    QFETCH(QByteArray, note);
    QFETCH(int, code);
    QVERIFY(note != signedCheckpoint().note);
    const auto parsed = ledger::parseSignedNote(note);
    QVERIFY2(parsed.has_value(), why(parsed).constData());
    const auto r = ledger::verifySignedNote(*parsed, logNoteKey());
    QVERIFY(!r.has_value());
    QCOMPARE(int(r.error().code), code);
    QVERIFY(!r.error().message.isEmpty());
    // The witness signature is untouched in every case but the changed body ones.
    const bool bodyChanged = parsed->body != signedCheckpoint().checkpoint.body();
    QCOMPARE(ledger::verifySignedNote(*parsed, witnessNoteKey()).has_value(), !bodyChanged);
}

void TestCheckpoint::malformedNotes_data()
{
    QTest::addColumn<QByteArray>("note");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    const QByteArray good = signedCheckpoint().note;
    const qsizetype split = good.lastIndexOf("\n\n");
    const QByteArray body = good.left(split + 1);
    const QByteArray sigs = good.mid(split + 2);
    const int malformed = int(ErrorCode::Malformed);

    QTest::newRow("missing blank line") << body + sigs << malformed << QStringLiteral("blank line");
    QTest::newRow("no final newline") << good.chopped(1) << malformed << QStringLiteral("newline");
    QTest::newRow("blank line after signatures") << good + '\n' << malformed << QStringLiteral("no signature lines");
    QTest::newRow("no signatures") << body + '\n' << malformed << QStringLiteral("no signature lines");
    QTest::newRow("hyphens") << body + '\n' + QByteArray(sigs).replace("\xE2\x80\x94 ", "-- ") << malformed
                             << QStringLiteral("em dash");
    QTest::newRow("en dash") << body + '\n' + QByteArray(sigs).replace("\xE2\x80\x94 ", "\xE2\x80\x93 ") << malformed
                             << QStringLiteral("em dash");
    QTest::newRow("em dash without space") << body + '\n' + QByteArray(sigs).replace("\xE2\x80\x94 ", "\xE2\x80\x94")
                                           << malformed << QStringLiteral("em dash");
    QTest::newRow("leading space") << body + '\n' + QByteArray(sigs).replace("\xE2\x80\x94 ", " \xE2\x80\x94 ")
                                   << malformed << QStringLiteral("em dash");
    QTest::newRow("bad base64") << body + '\n' + QByteArrayLiteral("\xE2\x80\x94 name !!!!\n") << malformed
                                << QStringLiteral("base64");
    QTest::newRow("unpadded base64") << body + '\n' + QByteArrayLiteral("\xE2\x80\x94 name AAAAAAAAAA\n") << malformed
                                     << QStringLiteral("base64");
    QTest::newRow("two spaces") << body + '\n' + QByteArray(sigs).replace("log ", "log  ") << malformed
                                << QStringLiteral("base64");
    QTest::newRow("no signature text") << body + '\n' + QByteArrayLiteral("\xE2\x80\x94 name\n") << malformed
                                       << QStringLiteral("no space");
    QTest::newRow("empty signature") << body + '\n' + QByteArrayLiteral("\xE2\x80\x94 name \n") << malformed
                                     << QStringLiteral("bytes");
    QTest::newRow("signature too short") << body + '\n' + QByteArrayLiteral("\xE2\x80\x94 name AAAAAA==\n") << malformed
                                         << QStringLiteral("4 bytes");
    QTest::newRow("empty name") << body + '\n' + QByteArrayLiteral("\xE2\x80\x94  AAAAAAAA\n") << malformed
                                << QStringLiteral("empty");
    QTest::newRow("plus in name") << body + '\n' + QByteArrayLiteral("\xE2\x80\x94 a+b AAAAAAAA\n") << malformed
                                  << QStringLiteral("'+'");
    QTest::newRow("no-break space in name") << body + '\n'
                    + QByteArrayLiteral("\xE2\x80\x94 a\xC2\xA0"
                                        "b AAAAAAAA\n")
                                            << malformed << QStringLiteral("space");
    QTest::newRow("carriage return") << QByteArray(good).replace("\n", "\r\n") << malformed
                                     << QStringLiteral("control character");
    QTest::newRow("tab in signature line") << body + '\n' + QByteArray(sigs).replace("log ", "log\t") << malformed
                                           << QStringLiteral("control character");
    QTest::newRow("nul in body") << QByteArray(good).insert(3, '\0') << malformed
                                 << QStringLiteral("control character");
    QTest::newRow("invalid utf-8") << QByteArray(good).insert(3, '\xC3') << malformed << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 surrogate") << QByteArray(good).insert(3, "\xED\xB0\x80") << malformed
                                     << QStringLiteral("UTF-8");
    QTest::newRow("empty") << QByteArray() << malformed << QStringLiteral("blank line");
}

void TestCheckpoint::malformedNotes()
{
    QFETCH(QByteArray, note);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const auto parsed = ledger::parseSignedNote(note);
    QVERIFY(!parsed.has_value());
    QCOMPARE(int(parsed.error().code), code);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

void TestCheckpoint::noteTextMayContainBlankLines()
{
    // The text ends at the last blank line, so it may hold blank lines of its own.
    const crypto::KeyPair pair = keyFromSeedByte(0x44);
    const NoteKey key{QStringLiteral("poems.example/quasimodo"), pair.publicKey()};
    const QByteArray text = QByteArrayLiteral("Ognuno sta solo sul cuor della terra\ntrafitto da un raggio di sole:\n\n"
                                              "ed \xC3\xA8 subito sera.\n");
    const QByteArray note = ledger::assembleSignedNote(text, {{key, ledger::signNoteBody(pair, text)}});
    const auto parsed = ledger::parseSignedNote(note);
    QVERIFY2(parsed.has_value(), why(parsed).constData());
    QCOMPARE(parsed->body, text);
    QVERIFY(ledger::verifySignedNote(*parsed, key).has_value());
}

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
