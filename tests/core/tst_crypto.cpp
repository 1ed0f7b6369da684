// Tests for core/crypto against independent vectors: RFC 8032 §7.1 (Ed25519), FIPS 180-2 (SHA-256),
// the eight small-order points of edwards25519 computed outside libsodium, and key files built here
// directly with libsodium, not with the code under test.
#include "core/crypto/crypto.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include <sodium.h>

#include <optional>

using namespace courtyard;
using namespace courtyard::crypto;

namespace {

QByteArray unhex(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

QByteArray flipBit(QByteArray bytes, int bit)
{
    bytes[bit / 8] = static_cast<char>(bytes.at(bit / 8) ^ (1 << (bit % 8)));
    return bytes;
}

int codeOf(ErrorCode code)
{
    return static_cast<int>(code);
}

QByteArray replaceLine(const QByteArray &file, int index, const QByteArray &line)
{
    QList<QByteArray> lines = file.split('\n');
    lines[index] = line;
    return lines.join('\n');
}

QByteArray lineOf(const QByteArray &file, int index)
{
    return file.split('\n').at(index);
}

// RFC 8032 §7.1 TEST 1024: 1023 bytes.
const char kMessage1024[] =
    "08b8b2b733424243760fe426a4b54908632110a66c2f6591eabd3345e3e4eb98fa6e264bf09efe12ee50f8f54e9f77b1"
    "e355f6c50544e23fb1433ddf73be84d879de7c0046dc4996d9e773f4bc9efe5738829adb26c81b37c93a1b270b20329d"
    "658675fc6ea534e0810a4432826bf58c941efb65d57a338bbd2e26640f89ffbc1a858efcb8550ee3a5e1998bd177e93a"
    "7363c344fe6b199ee5d02e82d522c4feba15452f80288a821a579116ec6dad2b3b310da903401aa62100ab5d1a36553e"
    "06203b33890cc9b832f79ef80560ccb9a39ce767967ed628c6ad573cb116dbefefd75499da96bd68a8a97b928a8bbc10"
    "3b6621fcde2beca1231d206be6cd9ec7aff6f6c94fcd7204ed3455c68c83f4a41da4af2b74ef5c53f1d8ac70bdcb7ed1"
    "85ce81bd84359d44254d95629e9855a94a7c1958d1f8ada5d0532ed8a5aa3fb2d17ba70eb6248e594e1a2297acbbb39d"
    "502f1a8c6eb6f1ce22b3de1a1f40cc24554119a831a9aad6079cad88425de6bde1a9187ebb6092cf67bf2b13fd65f270"
    "88d78b7e883c8759d2c4f5c65adb7553878ad575f9fad878e80a0c9ba63bcbcc2732e69485bbc9c90bfbd62481d9089b"
    "eccf80cfe2df16a2cf65bd92dd597b0707e0917af48bbb75fed413d238f5555a7a569d80c3414a8d0859dc65a46128ba"
    "b27af87a71314f318c782b23ebfe808b82b0ce26401d2e22f04d83d1255dc51addd3b75a2b1ae0784504df543af8969b"
    "e3ea7082ff7fc9888c144da2af58429ec96031dbcad3dad9af0dcbaaaf268cb8fcffead94f3c7ca495e056a9b47acdb7"
    "51fb73e666c6c655ade8297297d07ad1ba5e43f1bca32301651339e22904cc8c42f58c30c04aafdb038dda0847dd988d"
    "cda6f3bfd15c4b4c4525004aa06eeff8ca61783aacec57fb3d1f92b0fe2fd1a85f6724517b65e614ad6808d6f6ee34df"
    "f7310fdc82aebfd904b01e1dc54b2927094b2db68d6f903b68401adebf5a7e08d78ff4ef5d63653a65040cf9bfd4aca7"
    "984a74d37145986780fc0b16ac451649de6188a7dbdf191f64b5fc5e2ab47b57f7f7276cd419c17a3ca8e1b939ae49e4"
    "88acba6b965610b5480109c8b17b80e1b7b750dfc7598d5d5011fd2dcc5600a32ef5b52a1ecc820e308aa342721aac09"
    "43bf6686b64b2579376504ccc493d97e6aed3fb0f9cd71a43dd497f01f17c0e2cb3797aa2a2f256656168e6c496afc5f"
    "b93246f6b1116398a346f1a641f3b041e989f7914f90cc2c7fff357876e506b50d334ba77c225bc307ba537152f3f161"
    "0e4eafe595f6d9d90d11faa933a15ef1369546868a7f3a45a96768d40fd9d03412c091c6315cf4fde7cb68606937380d"
    "b2eaaa707b4c4185c32eddcdd306705e4dc1ffc872eeee475a64dfac86aba41c0618983f8741c5ef68d3a101e8a3b8ca"
    "c60c905c15fc910840b94c00a0b9d0";

// Builds a key file by following the format description with libsodium directly, so that the
// format is checked by something other than sealKeyFile.
QByteArray handMadeKeyFile(const QByteArray &seed, const QByteArray &publicKeyHex, const QByteArray &passphrase,
                           unsigned long long ops, std::size_t mem)
{
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), static_cast<std::size_t>(nonce.size()));
    const QByteArray header = "courtyard-key-file 1\n"
                              "label: hand made\n"
                              "public-key: "
        + publicKeyHex + "\nkdf: argon2id13 ops=" + QByteArray::number(ops) + " mem="
        + QByteArray::number(static_cast<qulonglong>(mem)) + "\nsalt: " + salt.toBase64() + "\nnonce: "
        + nonce.toBase64() + '\n';
    unsigned char key[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
    if (crypto_pwhash(key, sizeof key, passphrase.constData(), static_cast<unsigned long long>(passphrase.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return {};
    }
    QByteArray sealed(seed.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long sealedSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(sealed.data()), &sealedSize,
        reinterpret_cast<const unsigned char *>(seed.constData()), static_cast<unsigned long long>(seed.size()),
        reinterpret_cast<const unsigned char *>(header.constData()), static_cast<unsigned long long>(header.size()),
        nullptr, reinterpret_cast<const unsigned char *>(nonce.constData()), key);
    sodium_memzero(key, sizeof key);
    return header + "sealed: " + sealed.toBase64() + '\n';
}

} // namespace

class TestCrypto : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pinHashWithChosenSalt();
    void initTestCase();

    void sha256Vectors_data();
    void sha256Vectors();
    void sha256MillionA();
    void sha256IncrementalMatchesOneShot();
    void sha256Reusable();
    void digestConversions();
    void randomBytesDiffer();

    void rfc8032_data();
    void rfc8032();
    void malleableSignatureRefused();
    void generatedKeysSignAndVerify();
    void seedOfWrongLengthRefused();
    void publicKeyRefused_data();
    void publicKeyRefused();
    void mixedOrderKeysRefused();
    void publicKeyFromHex();

    void secretBytesBasics();
    void secretBytesMove();
    void secretBytesFromUtf8_data();
    void secretBytesFromUtf8();

    void keyFileRoundTrip();
    void keyFileLayout();
    void keyFileInspect();
    void keyFileLabelKeptExactly();
    void keyFileWrongPassphrase_data();
    void keyFileWrongPassphrase();
    void keyFileTampered_data();
    void keyFileTampered();
    void keyFileGarbage_data();
    void keyFileGarbage();
    void keyFileSealingsDiffer();
    void keyFileSealRefusals_data();
    void keyFileSealRefusals();
    void keyFileHandMade();
    void keyFileWrongPublicKeyIsIntegrityError();

    void pinHashVerify();
    void pinHashModerate();
    void pinEmptyRefused();
    void pinStoredHashRefused_data();
    void pinStoredHashRefused();

private:
    std::optional<KeyPair> m_key;
    QByteArray m_passphrase = "correct horse battery staple";
    QString m_label = QStringLiteral("Wang Fang, manager \u7ba1\u7406\u5458 \u0645\u062f\u064a\u0631 \U0001F511");
    QByteArray m_file;
    QByteArray m_pinHash;
};

void TestCrypto::initTestCase()
{
    initialize();
    m_key = KeyPair::generate();
    auto file = sealKeyFile(*m_key, m_passphrase, m_label, KdfStrength::Interactive);
    QVERIFY2(file.has_value(), qPrintable(file ? QString() : file.error().message));
    m_file = *file;
    auto pin = hashPin("2580");
    QVERIFY(pin.has_value());
    m_pinHash = *pin;
}

// --- SHA-256 ---

void TestCrypto::sha256Vectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    // FIPS 180-2 appendix B and the NIST example values.
    QTest::newRow("empty") << QByteArray() << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc") << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("896 bits") << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
                              << QStringLiteral("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

void TestCrypto::sha256Vectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    QCOMPARE(toHex(sha256(input)), digest);

    Sha256 byteByByte;
    for (const char c : input) {
        byteByByte.add(QByteArrayView(&c, 1));
    }
    QCOMPARE(toHex(byteByByte.finish()), digest);
}

void TestCrypto::sha256MillionA()
{
    const QByteArray thousand(1000, 'a');
    Sha256 hash;
    for (int i = 0; i < 1000; ++i) {
        hash.add(thousand);
    }
    const QString expected = QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    QCOMPARE(toHex(hash.finish()), expected);
    QCOMPARE(toHex(sha256(QByteArray(1000000, 'a'))), expected);
}

void TestCrypto::sha256IncrementalMatchesOneShot()
{
    QRandomGenerator random(20240601); // fixed seed: the same splits on every run
    for (const qsizetype size : {0, 1, 55, 56, 63, 64, 65, 119, 127, 128, 129, 1000, 4099}) {
        QByteArray data(size, Qt::Uninitialized);
        for (char &c : data) {
            c = static_cast<char>(random.bounded(256));
        }
        const Digest oneShot = sha256(data);
        // Qt's SHA-256 is a separate implementation: an independent reference for random data.
        QCOMPARE(toByteArray(oneShot), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        for (int round = 0; round < 8; ++round) {
            Sha256 hash;
            qsizetype pos = 0;
            while (pos < size) {
                const qsizetype piece = random.bounded(static_cast<int>(size - pos) + 1);
                hash.add(QByteArrayView(data).sliced(pos, piece));
                pos += piece;
            }
            QCOMPARE(hash.finish(), oneShot);
        }
    }
}

void TestCrypto::sha256Reusable()
{
    Sha256 hash;
    hash.add("something else");
    hash.finish();
    hash.add("a").add("bc");
    QCOMPARE(toHex(hash.finish()), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestCrypto::digestConversions()
{
    const QString hex = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    auto digest = digestFromHex(hex);
    QVERIFY(digest.has_value());
    QCOMPARE(*digest, sha256("abc"));
    QCOMPARE(toHex(*digest), hex);
    auto fromBytes = digestFromBytes(toByteArray(*digest));
    QVERIFY(fromBytes.has_value());
    QCOMPARE(*fromBytes, *digest);

    QCOMPARE(digestFromHex(hex.left(62)).error().code, ErrorCode::Malformed);
    QCOMPARE(digestFromHex(hex + QStringLiteral("00")).error().code, ErrorCode::Malformed);
    QCOMPARE(digestFromHex(QString(hex).replace(0, 1, QLatin1Char('g'))).error().code, ErrorCode::Malformed);
    QCOMPARE(digestFromBytes(QByteArray(31, 'x')).error().code, ErrorCode::Malformed);
    QCOMPARE(digestFromBytes(QByteArray(33, 'x')).error().code, ErrorCode::Malformed);
}

void TestCrypto::randomBytesDiffer()
{
    QVERIFY(randomBytes(0).isEmpty());
    const QByteArray a = randomBytes(32);
    const QByteArray b = randomBytes(32);
    QCOMPARE(a.size(), 32);
    QCOMPARE(b.size(), 32);
    QVERIFY(a != b);
}

// --- Ed25519 ---

void TestCrypto::rfc8032_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("TEST 1")
        << unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << unhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a") << QByteArray()
        << unhex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("TEST 2")
        << unhex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << unhex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c") << unhex("72")
        << unhex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    QTest::newRow("TEST 3")
        << unhex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
        << unhex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025") << unhex("af82")
        << unhex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    const QByteArray message1024 = unhex(kMessage1024);
    QCOMPARE(message1024.size(), 1023);
    QTest::newRow("TEST 1024")
        << unhex("f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5")
        << unhex("278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e") << message1024
        << unhex("0aab4c900501b3e24d7cdf4663326a3a87df5e4843b2cbdb67cbf6e460fec350aa5371b1508f9f4528ecea23c436d94b5e8fcd4f681e30a6ac00a9704a188a03");
    // The message is SHA-512("abc"); Qt's hash checks the transcription.
    const QByteArray shaAbc = unhex("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    QCOMPARE(shaAbc, QCryptographicHash::hash("abc", QCryptographicHash::Sha512));
    QTest::newRow("TEST SHA(abc)")
        << unhex("833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42")
        << unhex("ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf") << shaAbc
        << unhex("dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704");
}

void TestCrypto::rfc8032()
{
    QFETCH(QByteArray, seed);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    QCOMPARE(seed.size(), 32);
    QCOMPARE(publicKey.size(), 32);
    QCOMPARE(signature.size(), 64);

    auto pair = KeyPair::fromSeed(seed);
    QVERIFY(pair.has_value());
    QCOMPARE(pair->publicKey().toByteArray(), publicKey);
    QCOMPARE(pair->sign(message), signature);
    QCOMPARE(pair->seed().view().toByteArray(), seed);

    auto key = PublicKey::fromBytes(publicKey);
    QVERIFY(key.has_value());
    QVERIFY(*key == pair->publicKey());
    QVERIFY(key->verify(message, signature));

    // A changed message.
    if (message.isEmpty()) {
        QVERIFY(!key->verify(QByteArray(1, '\0'), signature));
    } else {
        QVERIFY(!key->verify(flipBit(message, 0), signature));
        QVERIFY(!key->verify(flipBit(message, static_cast<int>(message.size() * 8 - 1)), signature));
        QVERIFY(!key->verify(message.chopped(1), signature));
    }
    QVERIFY(!key->verify(message + '\0', signature));

    // A changed signature: in R, in S, and S's top bit.
    for (const int bit : {0, 100, 255, 256, 400, 511}) {
        QVERIFY2(!key->verify(message, flipBit(signature, bit)), qPrintable(QString::number(bit)));
    }
    QVERIFY(!key->verify(message, signature.chopped(1)));
    QVERIFY(!key->verify(message, signature + '\0'));
    QVERIFY(!key->verify(message, QByteArray()));

    // A changed key: either it is refused outright or it does not verify the signature.
    for (const int bit : {0, 77, 200, 254, 255}) {
        auto other = PublicKey::fromBytes(flipBit(publicKey, bit));
        if (other) {
            QVERIFY2(!other->verify(message, signature), qPrintable(QString::number(bit)));
        } else {
            QCOMPARE(other.error().code, ErrorCode::BadKey);
        }
    }
}

void TestCrypto::malleableSignatureRefused()
{
    // RFC 8032 TEST 1's signature with S replaced by S + L (computed outside libsodium):
    // the same group element, but RFC 8032 §5.1.7 requires S < L.
    auto key = PublicKey::fromHex(u"d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    QVERIFY(key.has_value());
    const QByteArray original = unhex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    const QByteArray malleable = unhex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901554c8c7872aa064e049dbb3013fbf29380d25bf5f0595bbe24655141438e7a101b");
    QVERIFY(key->verify(QByteArray(), original));
    QVERIFY(!key->verify(QByteArray(), malleable));
}

void TestCrypto::generatedKeysSignAndVerify()
{
    KeyPair first = KeyPair::generate();
    const KeyPair second = KeyPair::generate();
    QVERIFY(first.publicKey() != second.publicKey());
    const QByteArray message = "pay 1200.00 CNY for unit 12-0301";
    const QByteArray signature = first.sign(message);
    QCOMPARE(signature.size(), 64);
    QVERIFY(first.publicKey().verify(message, signature));
    QVERIFY(!second.publicKey().verify(message, signature));

    // The seed reproduces the key, and a moved KeyPair keeps working.
    auto again = KeyPair::fromSeed(first.seed().view());
    QVERIFY(again.has_value());
    QVERIFY(again->publicKey() == first.publicKey());
    QCOMPARE(again->sign(message), signature);
    const KeyPair moved = std::move(first);
    QCOMPARE(moved.sign(message), signature);

    auto reparsed = PublicKey::fromBytes(moved.publicKey().toByteArray());
    QVERIFY(reparsed.has_value());
    QVERIFY(*reparsed == moved.publicKey());
}

void TestCrypto::seedOfWrongLengthRefused()
{
    for (const qsizetype size : {0, 31, 33, 64}) {
        auto pair = KeyPair::fromSeed(QByteArray(size, '\x01'));
        QVERIFY(!pair.has_value());
        QCOMPARE(pair.error().code, ErrorCode::InvalidArgument);
    }
}

void TestCrypto::publicKeyRefused_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("reason");
    const QString smallOrder = QStringLiteral("small-order point");
    const QString notCanonical = QStringLiteral("not canonical");
    const QString offCurve = QStringLiteral("not a point on the Ed25519 curve");
    const QString mixedOrder = QStringLiteral("small-order component");

    // The eight points of order 1, 2, 4 and 8, as computed with the RFC 8032 §6 formulas.
    QTest::newRow("identity (order 1)") << unhex("0100000000000000000000000000000000000000000000000000000000000000") << smallOrder;
    QTest::newRow("identity, sign bit set") << unhex("0100000000000000000000000000000000000000000000000000000000000080") << smallOrder;
    QTest::newRow("y = p-1 (order 2)") << unhex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f") << smallOrder;
    QTest::newRow("y = 0 (order 4)") << unhex("0000000000000000000000000000000000000000000000000000000000000000") << smallOrder;
    QTest::newRow("y = 0, -x (order 4)") << unhex("0000000000000000000000000000000000000000000000000000000000000080") << smallOrder;
    QTest::newRow("order 8 (c717)") << unhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a") << smallOrder;
    QTest::newRow("order 8 (c717, -x)") << unhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa") << smallOrder;
    QTest::newRow("order 8 (26e8)") << unhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05") << smallOrder;
    QTest::newRow("order 8 (26e8, -x)") << unhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85") << smallOrder;

    // y >= p: encodings of (mostly small-order) points that are not the canonical one.
    QTest::newRow("y = p") << unhex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f") << notCanonical;
    QTest::newRow("y = p, sign bit set") << unhex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff") << notCanonical;
    QTest::newRow("y = p+1 (identity)") << unhex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f") << notCanonical;
    QTest::newRow("y = p+3 (on the curve)") << unhex("f0ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f") << notCanonical;
    QTest::newRow("y = 2^255-1") << unhex("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f") << notCanonical;
    QTest::newRow("all ones") << unhex("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff") << notCanonical;

    // y = 2 and y = 7 have no x on the curve.
    QTest::newRow("off curve (y = 2)") << unhex("0200000000000000000000000000000000000000000000000000000000000000") << offCurve;
    QTest::newRow("off curve (y = 7)") << unhex("0700000000000000000000000000000000000000000000000000000000000000") << offCurve;

    // RFC 8032 TEST 1's key plus a torsion point (computed outside libsodium): on the curve, but
    // outside the prime-order subgroup.
    QTest::newRow("TEST 1 key + order-8 point") << unhex("3b5b475c4b82dd1572799fc546f4c6c03e478c6654aa4c7f945b347ea32af60d") << mixedOrder;
    QTest::newRow("TEST 1 key + order-2 point") << unhex("16a567fe7d4ef5482ab4012c369bf8c5f11e8d0c2559dcda50fde59708f8aee5") << mixedOrder;

    const QByteArray valid = unhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("32 bytes");
    QTest::newRow("31 bytes") << valid.left(31) << QStringLiteral("32 bytes");
    QTest::newRow("33 bytes") << valid + '\0' << QStringLiteral("32 bytes");
    QTest::newRow("64 bytes") << valid + valid << QStringLiteral("32 bytes");
}

void TestCrypto::publicKeyRefused()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, reason);
    auto result = PublicKey::fromBytes(key);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, ErrorCode::BadKey);
    QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
    if (key.size() == 32) {
        QVERIFY2(result.error().message.contains(QStringLiteral("must not be used")), qPrintable(result.error().message));
        auto fromHex = PublicKey::fromHex(QString::fromLatin1(key.toHex()));
        QVERIFY(!fromHex.has_value());
        QCOMPARE(fromHex.error().code, ErrorCode::BadKey);
    }
}

void TestCrypto::mixedOrderKeysRefused()
{
    const QByteArray testOne = unhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const QByteArray order8 = unhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05");
    QByteArray sum(32, '\0');
    auto uc = [](QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); };
    auto cuc = [](const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); };
    // libsodium agrees with the independently computed sum used in publicKeyRefused.
    QCOMPARE(crypto_core_ed25519_add(uc(sum), cuc(testOne), cuc(order8)), 0);
    QCOMPARE(sum, unhex("3b5b475c4b82dd1572799fc546f4c6c03e478c6654aa4c7f945b347ea32af60d"));

    const KeyPair pair = KeyPair::generate();
    const QByteArray good = pair.publicKey().toByteArray();
    for (const char *torsionHex : {"0000000000000000000000000000000000000000000000000000000000000000",
                                   "0000000000000000000000000000000000000000000000000000000000000080",
                                   "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
                                   "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
                                   "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
                                   "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
                                   "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85"}) {
        const QByteArray torsion = unhex(torsionHex);
        QByteArray mixed(32, '\0');
        QCOMPARE(crypto_core_ed25519_add(uc(mixed), cuc(good), cuc(torsion)), 0);
        QVERIFY(mixed != good);
        QByteArray back(32, '\0');
        QCOMPARE(crypto_core_ed25519_sub(uc(back), cuc(mixed), cuc(torsion)), 0);
        QCOMPARE(back, good);

        auto result = PublicKey::fromBytes(mixed);
        QVERIFY2(!result.has_value(), torsionHex);
        QCOMPARE(result.error().code, ErrorCode::BadKey);
        QVERIFY2(result.error().message.contains(QStringLiteral("small-order component")),
                 qPrintable(result.error().message));
    }
}

void TestCrypto::publicKeyFromHex()
{
    const QString hex = QStringLiteral("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    auto key = PublicKey::fromHex(hex);
    QVERIFY(key.has_value());
    QCOMPARE(key->toHex(), hex);
    QCOMPARE(key->toByteArray(), unhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    auto upper = PublicKey::fromHex(hex.toUpper());
    QVERIFY(upper.has_value());
    QVERIFY(*upper == *key);

    for (const QString &bad : {QString(), hex.left(63), hex.left(62), hex + QStringLiteral("00"),
                               QString(hex).replace(10, 1, QLatin1Char('x')), QStringLiteral("not a key")}) {
        auto refused = PublicKey::fromHex(bad);
        QVERIFY2(!refused.has_value(), qPrintable(bad));
        QCOMPARE(refused.error().code, ErrorCode::BadKey);
    }
}

// --- SecretBytes ---

void TestCrypto::secretBytesBasics()
{
    const SecretBytes empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.size(), 0);

    const SecretBytes secret(QByteArrayView("top secret"));
    QCOMPARE(secret.size(), 10);
    QCOMPARE(secret.view().toByteArray(), QByteArray("top secret"));

    SecretBytes zeroed = SecretBytes::zeroed(16);
    QCOMPARE(zeroed.size(), 16);
    QCOMPARE(zeroed.view().toByteArray(), QByteArray(16, '\0'));
    zeroed.data()[3] = 'x';
    QCOMPARE(zeroed.view().at(3), 'x');
    QVERIFY(SecretBytes::zeroed(0).isEmpty());
    QVERIFY(SecretBytes(QByteArrayView()).isEmpty());
}

void TestCrypto::secretBytesMove()
{
    SecretBytes first(QByteArrayView("passphrase one"));
    const char *storage = first.view().data();

    SecretBytes second(std::move(first));
    QVERIFY(first.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
    QCOMPARE(first.view().size(), 0);
    QCOMPARE(second.view().toByteArray(), QByteArray("passphrase one"));
    QVERIFY(second.view().data() == storage); // moved, not copied

    SecretBytes third(QByteArrayView("other"));
    third = std::move(second);
    QVERIFY(second.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(third.view().toByteArray(), QByteArray("passphrase one"));

    third = SecretBytes();
    QVERIFY(third.isEmpty());
}

void TestCrypto::secretBytesFromUtf8_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("utf8");
    QTest::newRow("ascii") << QStringLiteral("hunter2") << QByteArray("hunter2");
    QTest::newRow("latin") << QStringLiteral("p\u00e4ssw\u00f6rd") << QByteArray("p\xc3\xa4ssw\xc3\xb6rd");
    QTest::newRow("cjk and emoji") << QStringLiteral("\u5bc6\u7801\U0001F511")
                                   << QByteArray("\xe5\xaf\x86\xe7\xa0\x81\xf0\x9f\x94\x91");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestCrypto::secretBytesFromUtf8()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, utf8);
    const SecretBytes secret = SecretBytes::fromUtf8(text);
    QCOMPARE(secret.view().toByteArray(), utf8);
    QCOMPARE(secret.size(), utf8.size());
    QCOMPARE(text.toUtf8(), utf8); // the caller's text is left as it was
}

// --- Key files ---

void TestCrypto::keyFileRoundTrip()
{
    auto opened = openKeyFile(m_file, m_passphrase);
    QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message));
    QVERIFY(opened->publicKey() == m_key->publicKey());
    QCOMPARE(opened->seed().view().toByteArray(), m_key->seed().view().toByteArray());
    const QByteArray message = "the same key signs the same bytes";
    QCOMPARE(opened->sign(message), m_key->sign(message));
}

void TestCrypto::keyFileLayout()
{
    const QList<QByteArray> lines = m_file.split('\n');
    QCOMPARE(lines.size(), 8);
    QVERIFY(lines.last().isEmpty()); // ends with a line break
    QCOMPARE(lines[0], QByteArray("courtyard-key-file 1"));
    QCOMPARE(lines[1], "label: " + m_label.toUtf8());
    QCOMPARE(lines[2], "public-key: " + m_key->publicKey().toByteArray().toHex());
    // libsodium's documented interactive limits: 2 passes, 64 MiB.
    QCOMPARE(lines[3], QByteArray("kdf: argon2id13 ops=2 mem=67108864"));
    QVERIFY(lines[4].startsWith("salt: "));
    QCOMPARE(QByteArray::fromBase64(lines[4].mid(6)).size(), 16);
    QVERIFY(lines[5].startsWith("nonce: "));
    QCOMPARE(QByteArray::fromBase64(lines[5].mid(7)).size(), 24);
    QVERIFY(lines[6].startsWith("sealed: "));
    QCOMPARE(QByteArray::fromBase64(lines[6].mid(8)).size(), 32 + 16);
    QVERIFY(!m_file.contains(m_key->seed().view().toByteArray().toBase64()));
}

void TestCrypto::keyFileInspect()
{
    auto info = inspectKeyFile(m_file);
    QVERIFY(info.has_value());
    QCOMPARE(info->label, m_label);
    QVERIFY(info->publicKey == m_key->publicKey());
}

void TestCrypto::keyFileLabelKeptExactly()
{
    // A leading U+FEFF is part of the label, not a byte order mark to drop: what sealKeyFile
    // writes must read back byte for byte, or the authenticated header would not match.
    const QByteArray file = replaceLine(m_file, 1, "label: \xef\xbb\xbf" "x ");
    auto info = inspectKeyFile(file);
    QVERIFY2(info.has_value(), qPrintable(info ? QString() : info.error().message));
    QCOMPARE(info->label, QString(QChar(0xfeff)) + QStringLiteral("x "));
}

void TestCrypto::keyFileWrongPassphrase_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::newRow("different") << QByteArray("incorrect horse battery staple");
    QTest::newRow("one more space") << QByteArray(m_passphrase + ' ');
    QTest::newRow("one less character") << m_passphrase.chopped(1);
    QTest::newRow("upper case") << m_passphrase.toUpper();
    QTest::newRow("empty") << QByteArray();
}

void TestCrypto::keyFileWrongPassphrase()
{
    QFETCH(QByteArray, passphrase);
    auto opened = openKeyFile(m_file, passphrase);
    QVERIFY(!opened.has_value());
    QCOMPARE(opened.error().code, ErrorCode::WrongPassphrase);
    QVERIFY(!opened.error().message.isEmpty());
}

void TestCrypto::keyFileTampered_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("code");
    const QByteArray f = m_file;
    const int wrong = codeOf(ErrorCode::WrongPassphrase);
    const int malformed = codeOf(ErrorCode::Malformed);
    const int limit = codeOf(ErrorCode::LimitExceeded);
    const int unsupported = codeOf(ErrorCode::Unsupported);

    // Clear lines are additional data of the AEAD: changing one makes the seal fail to open.
    QTest::newRow("label changed") << replaceLine(f, 1, "label: Someone else") << wrong;
    QTest::newRow("label emptied") << replaceLine(f, 1, "label: ") << wrong;
    const QByteArray otherKey = KeyPair::generate().publicKey().toByteArray().toHex();
    QTest::newRow("public key swapped") << replaceLine(f, 2, "public-key: " + otherKey) << wrong;
    QTest::newRow("public key small-order")
        << replaceLine(f, 2, "public-key: 0100000000000000000000000000000000000000000000000000000000000000")
        << codeOf(ErrorCode::BadKey);
    QTest::newRow("public key upper case") << replaceLine(f, 2, lineOf(f, 2).toUpper().replace("PUBLIC-KEY", "public-key")) << malformed;
    QTest::newRow("public key short") << replaceLine(f, 2, lineOf(f, 2).chopped(2)) << codeOf(ErrorCode::BadKey);
    QTest::newRow("kdf ops changed") << replaceLine(f, 3, "kdf: argon2id13 ops=3 mem=67108864") << wrong;
    QTest::newRow("kdf mem changed") << replaceLine(f, 3, "kdf: argon2id13 ops=2 mem=33554432") << wrong;
    QTest::newRow("kdf unknown") << replaceLine(f, 3, "kdf: argon2i13 ops=2 mem=67108864") << unsupported;
    QTest::newRow("kdf scrypt") << replaceLine(f, 3, "kdf: scrypt N=16384") << unsupported;
    QTest::newRow("kdf empty") << replaceLine(f, 3, "kdf: ") << malformed;
    QTest::newRow("kdf mem 1 TB") << replaceLine(f, 3, "kdf: argon2id13 ops=2 mem=1099511627776") << limit;
    QTest::newRow("kdf mem 2^64") << replaceLine(f, 3, "kdf: argon2id13 ops=2 mem=18446744073709551616") << limit;
    QTest::newRow("kdf mem below minimum") << replaceLine(f, 3, "kdf: argon2id13 ops=2 mem=4096") << limit;
    QTest::newRow("kdf ops 0") << replaceLine(f, 3, "kdf: argon2id13 ops=0 mem=67108864") << limit;
    QTest::newRow("kdf ops 2^32") << replaceLine(f, 3, "kdf: argon2id13 ops=4294967296 mem=67108864") << limit;
    QTest::newRow("kdf ops 1000") << replaceLine(f, 3, "kdf: argon2id13 ops=1000 mem=67108864") << limit;
    QTest::newRow("kdf ops leading zero") << replaceLine(f, 3, "kdf: argon2id13 ops=02 mem=67108864") << malformed;
    QTest::newRow("kdf mem negative") << replaceLine(f, 3, "kdf: argon2id13 ops=2 mem=-1") << malformed;
    QTest::newRow("kdf mem hex") << replaceLine(f, 3, "kdf: argon2id13 ops=2 mem=0x4000000") << malformed;
    QTest::newRow("kdf swapped") << replaceLine(f, 3, "kdf: argon2id13 mem=67108864 ops=2") << malformed;
    QTest::newRow("kdf extra") << replaceLine(f, 3, "kdf: argon2id13 ops=2 mem=67108864 p=1") << malformed;
    QTest::newRow("kdf double space") << replaceLine(f, 3, "kdf: argon2id13  ops=2 mem=67108864") << malformed;

    const QByteArray salt = QByteArray::fromBase64(lineOf(f, 4).mid(6));
    const QByteArray nonce = QByteArray::fromBase64(lineOf(f, 5).mid(7));
    const QByteArray sealed = QByteArray::fromBase64(lineOf(f, 6).mid(8));
    QTest::newRow("salt bit flipped") << replaceLine(f, 4, "salt: " + flipBit(salt, 5).toBase64()) << wrong;
    QTest::newRow("salt short") << replaceLine(f, 4, "salt: " + salt.chopped(1).toBase64()) << malformed;
    QTest::newRow("salt not base64") << replaceLine(f, 4, "salt: %%%%%%%%%%%%%%%%%%%%%%==") << malformed;
    QTest::newRow("salt unpadded") << replaceLine(f, 4, "salt: " + salt.toBase64(QByteArray::OmitTrailingEquals)) << malformed;
    // 16 bytes take 22 base64 digits; the last one's low four bits are padding and must be 0.
    const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QByteArray nonCanonical = salt.toBase64();
    nonCanonical[21] = alphabet.at(alphabet.indexOf(nonCanonical.at(21)) | 1);
    QCOMPARE(QByteArray::fromBase64(nonCanonical), salt); // decodes to the same bytes
    QTest::newRow("salt non-canonical base64") << replaceLine(f, 4, "salt: " + nonCanonical) << malformed;
    QTest::newRow("nonce bit flipped") << replaceLine(f, 5, "nonce: " + flipBit(nonce, 100).toBase64()) << wrong;
    QTest::newRow("nonce long") << replaceLine(f, 5, "nonce: " + (nonce + 'x').toBase64()) << malformed;
    QTest::newRow("sealed ciphertext bit flipped") << replaceLine(f, 6, "sealed: " + flipBit(sealed, 3).toBase64()) << wrong;
    QTest::newRow("sealed tag bit flipped") << replaceLine(f, 6, "sealed: " + flipBit(sealed, 47 * 8).toBase64()) << wrong;
    QTest::newRow("sealed truncated") << replaceLine(f, 6, "sealed: " + sealed.chopped(3).toBase64()) << malformed;
    QTest::newRow("sealed empty") << replaceLine(f, 6, "sealed: ") << malformed;

    QTest::newRow("file cut in sealed line") << f.chopped(10) << malformed;
    QTest::newRow("file cut after nonce") << f.left(f.indexOf("sealed:")) << malformed;
    QTest::newRow("no final line break") << f.chopped(1) << malformed;
    QTest::newRow("extra line") << f + "comment: hello\n" << malformed;
    QTest::newRow("extra empty line") << f + '\n' << malformed;
    QTest::newRow("CR LF") << QByteArray(f).replace("\n", "\r\n") << malformed;
    {
        QList<QByteArray> lines = f.split('\n');
        lines.swapItemsAt(4, 5);
        QTest::newRow("salt and nonce swapped") << lines.join('\n') << malformed;
    }
    QTest::newRow("field name changed") << replaceLine(f, 1, "name: x") << malformed;
    QTest::newRow("no space after colon") << replaceLine(f, 1, "label:x") << malformed;
    QTest::newRow("version 2") << replaceLine(f, 0, "courtyard-key-file 2") << unsupported;
    QTest::newRow("version 10") << replaceLine(f, 0, "courtyard-key-file 10") << unsupported;
    QTest::newRow("version missing") << replaceLine(f, 0, "courtyard-key-file") << malformed;
    QTest::newRow("magic changed") << replaceLine(f, 0, "courtyard-key-fil 1") << malformed;
    QTest::newRow("magic suffixed") << replaceLine(f, 0, "courtyard-key-files 1") << malformed;
    QTest::newRow("label with tab") << replaceLine(f, 1, "label: a\tb") << malformed;
    QTest::newRow("label with DEL") << replaceLine(f, 1, "label: a\x7f" "b") << malformed;
    QTest::newRow("label with NEL (C1)") << replaceLine(f, 1, "label: a\xc2\x85" "b") << malformed;
    QTest::newRow("label with line separator") << replaceLine(f, 1, "label: a\xe2\x80\xa8" "b") << malformed;
    QTest::newRow("label invalid UTF-8") << replaceLine(f, 1, "label: a\xff" "b") << malformed;
    QTest::newRow("label overlong UTF-8") << replaceLine(f, 1, "label: \xc0\xaf") << malformed;
    QTest::newRow("label too long") << replaceLine(f, 1, "label: " + QByteArray(201, 'x')) << malformed;
    QTest::newRow("huge label") << replaceLine(f, 1, "label: " + QByteArray(5000, 'x')) << limit;
}

void TestCrypto::keyFileTampered()
{
    QFETCH(QByteArray, file);
    QFETCH(int, code);
    QVERIFY(file != m_file);
    auto opened = openKeyFile(file, m_passphrase);
    QVERIFY(!opened.has_value());
    QVERIFY(!opened.error().message.isEmpty());
    QCOMPARE(static_cast<int>(opened.error().code), code);
    // Faults in the clear part are found by reading alone; only the seal detects the rest.
    auto info = inspectKeyFile(file);
    if (code == codeOf(ErrorCode::WrongPassphrase)) {
        QVERIFY(info.has_value());
    } else {
        QVERIFY(!info.has_value());
        QCOMPARE(static_cast<int>(info.error().code), code);
    }
}

void TestCrypto::keyFileGarbage_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("hello\n");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("random") << QByteArray::fromHex("5f3a9c0e7d21b48f6a0c3e9d12f4a7b8c0d1e2f3a4b5c6d7e8f9");
    QTest::newRow("magic only") << QByteArray("courtyard-key-file");
    QTest::newRow("first line only") << QByteArray("courtyard-key-file 1\n");
    QTest::newRow("megabyte") << QByteArray(1 << 20, 'a');
    QTest::newRow("utf-16") << QByteArray("\xff\xfe" "c\0o\0u\0r\0t\0", 12);
    QTest::newRow("leading space") << QByteArray(" ") + m_file;
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf") + m_file;
}

void TestCrypto::keyFileGarbage()
{
    QFETCH(QByteArray, file);
    auto opened = openKeyFile(file, m_passphrase);
    QVERIFY(!opened.has_value());
    QCOMPARE(opened.error().code, ErrorCode::Malformed);
    QVERIFY(!opened.error().message.isEmpty());
    auto info = inspectKeyFile(file);
    QVERIFY(!info.has_value());
    QCOMPARE(info.error().code, ErrorCode::Malformed);
}

void TestCrypto::keyFileSealingsDiffer()
{
    auto again = sealKeyFile(*m_key, m_passphrase, m_label, KdfStrength::Interactive);
    QVERIFY(again.has_value());
    QVERIFY(*again != m_file);
    for (int line = 0; line < 4; ++line) {
        QCOMPARE(lineOf(*again, line), lineOf(m_file, line));
    }
    for (int line = 4; line < 7; ++line) { // salt, nonce and so the sealed bytes
        QVERIFY(lineOf(*again, line) != lineOf(m_file, line));
    }
    auto opened = openKeyFile(*again, m_passphrase);
    QVERIFY(opened.has_value());
    QVERIFY(opened->publicKey() == m_key->publicKey());
}

void TestCrypto::keyFileSealRefusals_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("label");
    QTest::newRow("empty passphrase") << QByteArray() << QStringLiteral("fine");
    QTest::newRow("label with line feed") << m_passphrase << QStringLiteral("two\nlines");
    QTest::newRow("label with carriage return") << m_passphrase << QStringLiteral("two\rlines");
    QTest::newRow("label with tab") << m_passphrase << QStringLiteral("a\tb");
    QTest::newRow("label with NUL") << m_passphrase << QString(QStringLiteral("a")).append(QChar(0)).append(QLatin1Char('b'));
    QTest::newRow("label with DEL") << m_passphrase << QStringLiteral("a\u007fb");
    QTest::newRow("label with NEL") << m_passphrase << QStringLiteral("a\u0085b");
    QTest::newRow("label with line separator") << m_passphrase << QStringLiteral("a\u2028b");
    QTest::newRow("label with paragraph separator") << m_passphrase << QStringLiteral("a\u2029b");
    QTest::newRow("label with lone surrogate") << m_passphrase << QString(QStringLiteral("a")).append(QChar(0xd800));
    QTest::newRow("label too long") << m_passphrase << QString(201, QLatin1Char('x'));
}

void TestCrypto::keyFileSealRefusals()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, label);
    auto file = sealKeyFile(*m_key, passphrase, label, KdfStrength::Interactive);
    QVERIFY(!file.has_value());
    QCOMPARE(file.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!file.error().message.isEmpty());
}

void TestCrypto::keyFileHandMade()
{
    // RFC 8032 TEST 1's key, sealed by hand with light parameters (1 pass, 1 MiB): openKeyFile
    // must follow the file's own parameters and the documented layout.
    const QByteArray seed = unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const QByteArray publicHex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    const QByteArray file = handMadeKeyFile(seed, publicHex, "hand made passphrase", 1, 1 << 20);
    QVERIFY(!file.isEmpty());
    auto opened = openKeyFile(file, "hand made passphrase");
    QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(opened->publicKey().toByteArray().toHex(), publicHex);
    QCOMPARE(opened->seed().view().toByteArray(), seed);
    auto info = inspectKeyFile(file);
    QVERIFY(info.has_value());
    QCOMPARE(info->label, QStringLiteral("hand made"));
    QCOMPARE(openKeyFile(file, "another passphrase").error().code, ErrorCode::WrongPassphrase);
}

void TestCrypto::keyFileWrongPublicKeyIsIntegrityError()
{
    // Sealed consistently, so it decrypts, but the clear public key is TEST 2's, not TEST 1's.
    const QByteArray seed = unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const QByteArray otherPublicHex = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    const QByteArray file = handMadeKeyFile(seed, otherPublicHex, "passphrase", 1, 1 << 20);
    QVERIFY(!file.isEmpty());
    auto opened = openKeyFile(file, "passphrase");
    QVERIFY(!opened.has_value());
    QCOMPARE(opened.error().code, ErrorCode::Integrity);
}

// --- PINs ---

void TestCrypto::pinHashVerify()
{
    QVERIFY(m_pinHash.startsWith("$argon2id$"));
    QVERIFY2(m_pinHash.startsWith("$argon2id$v=19$m=65536,t=2,p=1$"), m_pinHash.constData());
    QVERIFY(verifyPin(m_pinHash, "2580"));
    QVERIFY(!verifyPin(m_pinHash, "2581"));
    QVERIFY(!verifyPin(m_pinHash, "25800"));
    QVERIFY(!verifyPin(m_pinHash, "258"));
    QVERIFY(!verifyPin(m_pinHash, ""));

    auto second = hashPin("2580");
    QVERIFY(second.has_value());
    QVERIFY(*second != m_pinHash); // random salt
    QVERIFY(verifyPin(*second, "2580"));
}

void TestCrypto::pinHashModerate()
{
    auto hash = hashPin("990077", KdfStrength::Moderate);
    QVERIFY(hash.has_value());
    QVERIFY2(hash->startsWith("$argon2id$v=19$m=262144,t=3,p=1$"), hash->constData());
    QVERIFY(verifyPin(*hash, "990077"));
    QVERIFY(!verifyPin(*hash, "990078"));
}

void TestCrypto::pinEmptyRefused()
{
    auto hash = hashPin(QByteArrayView());
    QVERIFY(!hash.has_value());
    QCOMPARE(hash.error().code, ErrorCode::InvalidArgument);
}

void TestCrypto::pinStoredHashRefused_data()
{
    QTest::addColumn<QByteArray>("stored");
    const QByteArray h = m_pinHash;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("garbage");
    QTest::newRow("prefix only") << QByteArray("$argon2id$");
    QTest::newRow("truncated") << h.chopped(5);
    QByteArray changed = h;
    changed[changed.size() - 10] = changed.at(changed.size() - 10) == 'z' ? 'A' : 'z';
    QTest::newRow("hash part changed") << changed;
    QTest::newRow("trailing junk") << h + "x";
    QTest::newRow("embedded NUL") << h + QByteArray("\0junk", 5);
    QTest::newRow("too long") << h + QByteArray(200, 'A');
    QTest::newRow("4 GiB memory") << QByteArray(h).replace("m=65536", "m=4194304");
    QTest::newRow("one pass") << QByteArray(h).replace("t=2", "t=1");

    // Genuine libsodium hashes of the right PIN that we never make: refused on principle.
    char out[crypto_pwhash_STRBYTES];
    QCOMPARE(crypto_pwhash_str_alg(out, "2580", 4, 1, 1 << 20, crypto_pwhash_ALG_ARGON2ID13), 0);
    QTest::newRow("argon2id, foreign parameters") << QByteArray(out);
    QCOMPARE(crypto_pwhash_str_alg(out, "2580", 4, crypto_pwhash_argon2i_OPSLIMIT_INTERACTIVE,
                                   crypto_pwhash_argon2i_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2I13),
             0);
    QTest::newRow("argon2i") << QByteArray(out);
}

void TestCrypto::pinStoredHashRefused()
{
    QFETCH(QByteArray, stored);
    QVERIFY(!verifyPin(stored, "2580"));
}

void TestCrypto::pinHashWithChosenSalt()
{
    const QByteArray salt(crypto::kPinSaltSize, '\x42');
    auto first = crypto::hashPinWithSalt("2468", salt);
    QVERIFY(first.has_value());
    // libsodium's own verifier accepts it, and the format is hashPin's.
    QVERIFY(crypto::verifyPin(*first, "2468"));
    QVERIFY(!crypto::verifyPin(*first, "2469"));
    QVERIFY(first->startsWith("$argon2id$v=19$m=65536,t=2,p=1$" + salt.toBase64(QByteArray::OmitTrailingEquals) + '$'));
    // The same inputs give the same bytes; another salt or PIN does not.
    QCOMPARE(*crypto::hashPinWithSalt("2468", salt), *first);
    QVERIFY(*crypto::hashPinWithSalt("2468", QByteArray(crypto::kPinSaltSize, '\x43')) != *first);
    QVERIFY(*crypto::hashPinWithSalt("1357", salt) != *first);
    QCOMPARE(crypto::hashPinWithSalt("", salt).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(crypto::hashPinWithSalt("2468", QByteArray(15, 'x')).error().code, ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
