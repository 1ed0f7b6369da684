// Tests for courtyard::merkle against a naive RFC 9162 §2.1 reference written here, and against
// the published known-answer vectors of transparency-dev/merkle (the Certificate Transparency
// 8-leaf test tree).
#include "core/merkle/merkle_log.h"
#include "core/merkle/sha256_x86.h"

#include <QTest>

#include <algorithm>
#include <bit>
#include <random>
#include <vector>

using namespace courtyard;
using merkle::Hash;
using merkle::MerkleLog;

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

QString hex(const Hash &hash)
{
    return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(hash.data()), static_cast<qsizetype>(hash.size())).toHex());
}

QStringList hexList(const std::vector<Hash> &hashes)
{
    QStringList out;
    for (const Hash &h : hashes) {
        out.append(hex(h));
    }
    return out;
}

Hash hashFromHex(const char *text)
{
    const QByteArray bytes = QByteArray::fromHex(QByteArray(text));
    Hash out{};
    if (bytes.size() != static_cast<qsizetype>(out.size())) {
        qFatal("test vector %s is not 32 bytes", text);
    }
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

std::vector<Hash> hashesFromHex(const QStringList &texts)
{
    std::vector<Hash> out;
    for (const QString &t : texts) {
        out.push_back(hashFromHex(t.toLatin1().constData()));
    }
    return out;
}

// ---- The naive reference: RFC 9162 §2.1.1, §2.1.3.1 and §2.1.4.1 exactly as written, on the
// leaf data itself, hashing whole concatenated buffers (never the incremental hasher).

QByteArray bytesOf(const Hash &h)
{
    return QByteArray(reinterpret_cast<const char *>(h.data()), static_cast<qsizetype>(h.size()));
}

Hash refLeaf(const QByteArray &data)
{
    return crypto::sha256(QByteArray(1, '\x00') + data);
}

Hash refNode(const Hash &left, const Hash &right)
{
    return crypto::sha256(QByteArray(1, '\x01') + bytesOf(left) + bytesOf(right));
}

// The largest power of two smaller than n.
std::size_t refSplit(std::size_t n)
{
    std::size_t k = 1;
    while (k * 2 < n) {
        k *= 2;
    }
    return k;
}

using Leaves = std::vector<QByteArray>;

Hash refMth(const Leaves &d, std::size_t begin, std::size_t end)
{
    const std::size_t n = end - begin;
    if (n == 0) {
        return crypto::sha256(QByteArray());
    }
    if (n == 1) {
        return refLeaf(d[begin]);
    }
    const std::size_t k = refSplit(n);
    return refNode(refMth(d, begin, begin + k), refMth(d, begin + k, end));
}

std::vector<Hash> refPath(std::size_t m, const Leaves &d, std::size_t begin, std::size_t end)
{
    const std::size_t n = end - begin;
    if (n == 1) {
        return {};
    }
    const std::size_t k = refSplit(n);
    std::vector<Hash> out;
    if (m < k) {
        out = refPath(m, d, begin, begin + k);
        out.push_back(refMth(d, begin + k, end));
    } else {
        out = refPath(m - k, d, begin + k, end);
        out.push_back(refMth(d, begin, begin + k));
    }
    return out;
}

std::vector<Hash> refSubproof(std::size_t m, const Leaves &d, std::size_t begin, std::size_t end, bool b)
{
    const std::size_t n = end - begin;
    if (m == n) {
        if (b) {
            return {};
        }
        return {refMth(d, begin, end)};
    }
    const std::size_t k = refSplit(n);
    std::vector<Hash> out;
    if (m <= k) {
        out = refSubproof(m, d, begin, begin + k, b);
        out.push_back(refMth(d, begin + k, end));
    } else {
        out = refSubproof(m - k, d, begin + k, end, false);
        out.push_back(refMth(d, begin, begin + k));
    }
    return out;
}

std::vector<Hash> refProof(std::size_t m, const Leaves &d, std::size_t n)
{
    return refSubproof(m, d, 0, n, true);
}

// Leaves of varied lengths, all different, the first one empty.
QByteArray leafData(std::size_t i)
{
    if (i == 0) {
        return {};
    }
    return QByteArray(static_cast<qsizetype>(i % 9), static_cast<char>(i * 37))
            + QByteArray::number(static_cast<qulonglong>(i));
}

Leaves makeLeaves(std::size_t n)
{
    Leaves out;
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back(leafData(i));
    }
    return out;
}

MerkleLog makeLog(const Leaves &leaves, std::size_t n)
{
    MerkleLog log;
    for (std::size_t i = 0; i < n; ++i) {
        log.append(leaves[i]);
    }
    return log;
}

Hash flipped(Hash h, std::size_t byte, quint8 mask)
{
    h[byte] ^= mask;
    return h;
}

// The transparency-dev/merkle test tree (testonly/constants.go): leaf inputs and the hashes of
// every complete subtree, level by level.
const char *const kKnownLeaves[]
        = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"};

Leaves knownLeaves()
{
    Leaves out;
    for (const char *l : kKnownLeaves) {
        out.push_back(QByteArray::fromHex(QByteArray(l)));
    }
    return out;
}

constexpr const char *kEmptyRoot = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

} // namespace

class TestMerkle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyTree();
    void knownLeafAndNodeHashes_data();
    void knownLeafAndNodeHashes();
    void knownRoots_data();
    void knownRoots();
    void knownInclusionProofs_data();
    void knownInclusionProofs();
    void knownConsistencyProofs_data();
    void knownConsistencyProofs();
    void knownInclusionProbesRejected();
    void knownConsistencyProbesRejected();
    void againstReference_data();
    void againstReference();
    void appendLeafHashEqualsAppend();
    void tamperedInclusionRejected();
    void tamperedConsistencyRejected();
    void verifierEdgeCases();
    void proofCountMessages();
    void errors();
    void truncate_data();
    void truncate();
    void largeTree();
    void shaExtensionsAgreeWithLibsodium();
};

void TestMerkle::emptyTree()
{
    QCOMPARE(hex(merkle::emptyRoot()), QString::fromLatin1(kEmptyRoot));
    MerkleLog log;
    QCOMPARE(log.size(), quint64(0));
    QCOMPARE(hex(log.root()), QString::fromLatin1(kEmptyRoot));
    const auto root0 = log.rootAt(0);
    QVERIFY(root0.has_value());
    QCOMPARE(hex(*root0), QString::fromLatin1(kEmptyRoot));
}

void TestMerkle::knownLeafAndNodeHashes_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");
    const char *const nodeHashes[4][8] = {
            {"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
             "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
             "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
             "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
             "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
             "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
             "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
             "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1"},
            {"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
             "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
             "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
             "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"},
            {"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
             "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"},
            {"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"},
    };
    for (int level = 0; level < 4; ++level) {
        for (int index = 0; index < (8 >> level); ++index) {
            QTest::addRow("level %d node %d", level, index)
                    << level << index << QString::fromLatin1(nodeHashes[level][index]);
        }
    }
}

void TestMerkle::knownLeafAndNodeHashes()
{
    QFETCH(int, level);
    QFETCH(int, index);
    QFETCH(QString, expected);
    const Leaves leaves = knownLeaves();
    // Build the subtree hash with the public leafHash/nodeHash only.
    std::vector<Hash> row;
    for (const QByteArray &l : leaves) {
        row.push_back(merkle::leafHash(l));
    }
    for (int k = 0; k < level; ++k) {
        std::vector<Hash> up;
        for (std::size_t i = 0; i + 1 < row.size(); i += 2) {
            up.push_back(merkle::nodeHash(row[i], row[i + 1]));
        }
        row = up;
    }
    QCOMPARE(hex(row[static_cast<std::size_t>(index)]), expected);
}

void TestMerkle::knownRoots_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("root");
    const char *const roots[] = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    };
    for (int size = 1; size <= 8; ++size) {
        QTest::addRow("size %d", size) << size << QString::fromLatin1(roots[size - 1]);
    }
}

void TestMerkle::knownRoots()
{
    QFETCH(int, size);
    QFETCH(QString, root);
    const Leaves leaves = knownLeaves();
    // root() of a log grown to exactly this size, and rootAt() of the full 8-leaf log.
    const MerkleLog grown = makeLog(leaves, static_cast<std::size_t>(size));
    QCOMPARE(hex(grown.root()), root);
    const MerkleLog full = makeLog(leaves, leaves.size());
    const auto at = full.rootAt(static_cast<quint64>(size));
    QVERIFY(at.has_value());
    QCOMPARE(hex(*at), root);
    // And the naive reference agrees with the published vector too.
    QCOMPARE(hex(refMth(leaves, 0, static_cast<std::size_t>(size))), root);
}

void TestMerkle::knownInclusionProofs_data()
{
    QTest::addColumn<quint64>("index");
    QTest::addColumn<quint64>("size");
    QTest::addColumn<QStringList>("proof");
    // transparency-dev/merkle proof/verify_test.go inclusionProofs (leaf numbers there are 1-based).
    QTest::newRow("leaf 0 of 1") << quint64(0) << quint64(1) << QStringList();
    QTest::newRow("leaf 0 of 8")
            << quint64(0) << quint64(8)
            << QStringList{QStringLiteral("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
                           QStringLiteral("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                           QStringLiteral("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")};
    QTest::newRow("leaf 5 of 8")
            << quint64(5) << quint64(8)
            << QStringList{QStringLiteral("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
                           QStringLiteral("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
                           QStringLiteral("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")};
    QTest::newRow("leaf 2 of 3") << quint64(2) << quint64(3)
                                 << QStringList{QStringLiteral(
                                            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")};
    QTest::newRow("leaf 1 of 5")
            << quint64(1) << quint64(5)
            << QStringList{QStringLiteral("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
                           QStringLiteral("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                           QStringLiteral("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")};
}

void TestMerkle::knownInclusionProofs()
{
    QFETCH(quint64, index);
    QFETCH(quint64, size);
    QFETCH(QStringList, proof);
    const Leaves leaves = knownLeaves();
    const MerkleLog log = makeLog(leaves, leaves.size());
    const auto got = log.inclusionProof(index, size);
    QVERIFY2(got.has_value(), why(got).constData());
    QCOMPARE(hexList(*got), proof);
    const auto root = log.rootAt(size);
    QVERIFY(root.has_value());
    const auto ok = merkle::verifyInclusion(index, size, merkle::leafHash(leaves[index]), hashesFromHex(proof), *root);
    QVERIFY2(ok.has_value(), why(ok).constData());
}

void TestMerkle::knownConsistencyProofs_data()
{
    QTest::addColumn<quint64>("oldSize");
    QTest::addColumn<quint64>("newSize");
    QTest::addColumn<QStringList>("proof");
    // transparency-dev/merkle proof/verify_test.go consistencyProofs.
    QTest::newRow("1 to 1") << quint64(1) << quint64(1) << QStringList();
    QTest::newRow("1 to 8")
            << quint64(1) << quint64(8)
            << QStringList{QStringLiteral("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
                           QStringLiteral("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                           QStringLiteral("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")};
    QTest::newRow("6 to 8")
            << quint64(6) << quint64(8)
            << QStringList{QStringLiteral("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
                           QStringLiteral("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
                           QStringLiteral("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")};
    QTest::newRow("2 to 5")
            << quint64(2) << quint64(5)
            << QStringList{QStringLiteral("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                           QStringLiteral("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")};
    QTest::newRow("6 to 7")
            << quint64(6) << quint64(7)
            << QStringList{QStringLiteral("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
                           QStringLiteral("b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f"),
                           QStringLiteral("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")};
}

void TestMerkle::knownConsistencyProofs()
{
    QFETCH(quint64, oldSize);
    QFETCH(quint64, newSize);
    QFETCH(QStringList, proof);
    const Leaves leaves = knownLeaves();
    const MerkleLog log = makeLog(leaves, leaves.size());
    const auto got = log.consistencyProof(oldSize, newSize);
    QVERIFY2(got.has_value(), why(got).constData());
    QCOMPARE(hexList(*got), proof);
    const auto ok = merkle::verifyConsistency(oldSize, newSize, *log.rootAt(oldSize), *log.rootAt(newSize),
                                              hashesFromHex(proof));
    QVERIFY2(ok.has_value(), why(ok).constData());
}

// The corruptions transparency-dev/merkle applies to its published proofs; every one must fail.
void TestMerkle::knownInclusionProbesRejected()
{
    const Leaves leaves = knownLeaves();
    const MerkleLog log = makeLog(leaves, leaves.size());
    const Hash someHash = hashFromHex("abacaba000000000000000000000000000000000000000000060061e00123456");
    const Hash emptyHash = merkle::emptyRoot();
    const std::pair<quint64, quint64> vectors[] = {{0, 8}, {5, 8}, {2, 3}, {1, 5}};
    for (const auto &[index, size] : vectors) {
        const std::vector<Hash> proof = *log.inclusionProof(index, size);
        const Hash root = *log.rootAt(size);
        const Hash leaf = merkle::leafHash(leaves[index]);
        QVERIFY(merkle::verifyInclusion(index, size, leaf, proof, root).has_value());

        struct Probe {
            quint64 index;
            quint64 size;
            Hash leaf;
            std::vector<Hash> proof;
            Hash root;
            const char *what;
        };
        std::vector<Probe> probes = {
                {index - 1, size, leaf, proof, root, "index - 1"},
                {index + 1, size, leaf, proof, root, "index + 1"},
                {index ^ 2, size, leaf, proof, root, "index ^ 2"},
                {index, size * 2, leaf, proof, root, "size * 2"},
                {index, size / 2, leaf, proof, root, "size / 2"},
                {index, size, merkle::leafHash("WrongLeaf"), proof, root, "wrong leaf"},
                {index, size, leaf, proof, emptyHash, "empty root"},
                {index, size, leaf, proof, someHash, "random root"},
        };
        auto withBack = proof;
        withBack.push_back(Hash{});
        probes.push_back({index, size, leaf, withBack, root, "trailing garbage"});
        withBack.back() = root;
        probes.push_back({index, size, leaf, withBack, root, "trailing root"});
        auto withFront = proof;
        withFront.insert(withFront.begin(), Hash{});
        probes.push_back({index, size, leaf, withFront, root, "preceding garbage"});
        withFront.front() = root;
        probes.push_back({index, size, leaf, withFront, root, "preceding root"});
        for (std::size_t i = 0; i < proof.size(); ++i) {
            auto bad = proof;
            bad[i][0] ^= 8;
            probes.push_back({index, size, leaf, bad, root, "modified bit 3"});
        }
        if (!proof.empty()) {
            probes.push_back(
                    {index, size, leaf, std::vector<Hash>(proof.begin(), proof.end() - 1), root, "removed component"});
        }
        if (proof.size() > 1) {
            auto inserted = proof;
            inserted.insert(inserted.begin() + 1, someHash);
            probes.push_back({index, size, leaf, inserted, root, "inserted component"});
        }
        for (const Probe &p : probes) {
            const auto r = merkle::verifyInclusion(p.index, p.size, p.leaf, p.proof, p.root);
            QVERIFY2(!r.has_value(),
                     qPrintable(QStringLiteral("leaf %1 of %2: %3 verified")
                                        .arg(index)
                                        .arg(size)
                                        .arg(QLatin1String(p.what))));
            QVERIFY(!r.error().message.isEmpty());
        }
    }
}

void TestMerkle::knownConsistencyProbesRejected()
{
    const Leaves leaves = knownLeaves();
    const MerkleLog log = makeLog(leaves, leaves.size());
    const std::pair<quint64, quint64> vectors[] = {{1, 8}, {6, 8}, {2, 5}, {6, 7}};
    for (const auto &[size1, size2] : vectors) {
        const std::vector<Hash> proof = *log.consistencyProof(size1, size2);
        const Hash root1 = *log.rootAt(size1);
        const Hash root2 = *log.rootAt(size2);
        QVERIFY(merkle::verifyConsistency(size1, size2, root1, root2, proof).has_value());
        const Hash wrongRoot = merkle::leafHash("WrongRoot");

        struct Probe {
            quint64 size1;
            quint64 size2;
            Hash root1;
            Hash root2;
            std::vector<Hash> proof;
            const char *what;
        };
        std::vector<Probe> probes = {
                {size1 - 1, size2, root1, root2, proof, "size1 - 1"},
                {size1 + 1, size2, root1, root2, proof, "size1 + 1"},
                {size1 ^ 2, size2, root1, root2, proof, "size1 ^ 2"},
                {size1, size2 * 2, root1, root2, proof, "size2 * 2"},
                {size1, size2 / 2, root1, root2, proof, "size2 / 2"},
                {size1, size2, wrongRoot, root2, proof, "wrong root1"},
                {size1, size2, root1, wrongRoot, proof, "wrong root2"},
                {size1, size2, root2, root1, proof, "swapped roots"},
                {size1, size2, root1, root2, {}, "empty proof"},
        };
        for (const Hash &extra : {Hash{}, root1, root2}) {
            auto back = proof;
            back.push_back(extra);
            probes.push_back({size1, size2, root1, root2, back, "trailing hash"});
        }
        for (const Hash &extra : {Hash{}, root1, root2, proof.front()}) {
            auto front = proof;
            front.insert(front.begin(), extra);
            probes.push_back({size1, size2, root1, root2, front, "preceding hash"});
        }
        probes.push_back(
                {size1, size2, root1, root2, std::vector<Hash>(proof.begin(), proof.end() - 1), "truncated proof"});
        for (std::size_t i = 0; i < proof.size(); ++i) {
            auto bad = proof;
            bad[i][0] ^= 16;
            probes.push_back({size1, size2, root1, root2, bad, "modified bit 4"});
        }
        for (const Probe &p : probes) {
            const auto r = merkle::verifyConsistency(p.size1, p.size2, p.root1, p.root2, p.proof);
            QVERIFY2(!r.has_value(),
                     qPrintable(
                             QStringLiteral("%1 to %2: %3 verified").arg(size1).arg(size2).arg(QLatin1String(p.what))));
        }
    }
}

void TestMerkle::againstReference_data()
{
    QTest::addColumn<int>("size");
    for (int n = 1; n <= 64; ++n) {
        QTest::addRow("size %d", n) << n;
    }
}

void TestMerkle::againstReference()
{
    QFETCH(int, size);
    const auto n = static_cast<std::size_t>(size);
    const Leaves leaves = makeLeaves(64);
    const MerkleLog grown = makeLog(leaves, n);
    const MerkleLog full = makeLog(leaves, leaves.size());
    const Hash root = refMth(leaves, 0, n);

    QCOMPARE(grown.size(), quint64(n));
    QCOMPARE(hex(grown.root()), hex(root));
    QCOMPARE(hex(*grown.rootAt(n)), hex(root));
    QCOMPARE(hex(*full.rootAt(n)), hex(root));

    for (std::size_t i = 0; i < n; ++i) {
        const auto leaf = full.leafHashAt(i);
        QVERIFY(leaf.has_value());
        QCOMPARE(hex(*leaf), hex(refLeaf(leaves[i])));

        const std::vector<Hash> expected = refPath(i, leaves, 0, n);
        const auto fromGrown = grown.inclusionProof(i, n);
        const auto fromFull = full.inclusionProof(i, n);
        QVERIFY(fromGrown.has_value() && fromFull.has_value());
        QCOMPARE(hexList(*fromGrown), hexList(expected));
        QCOMPARE(hexList(*fromFull), hexList(expected));
        QVERIFY(expected.size() <= static_cast<std::size_t>(std::bit_width(n - 1)));
        const auto ok = merkle::verifyInclusion(i, n, refLeaf(leaves[i]), expected, root);
        QVERIFY2(ok.has_value(), why(ok).constData());
    }

    for (std::size_t m = 1; m <= n; ++m) {
        const std::vector<Hash> expected = refProof(m, leaves, n);
        const auto fromGrown = grown.consistencyProof(m, n);
        const auto fromFull = full.consistencyProof(m, n);
        QVERIFY(fromGrown.has_value() && fromFull.has_value());
        QCOMPARE(hexList(*fromGrown), hexList(expected));
        QCOMPARE(hexList(*fromFull), hexList(expected));
        const auto ok = merkle::verifyConsistency(m, n, refMth(leaves, 0, m), root, expected);
        QVERIFY2(ok.has_value(), why(ok).constData());
    }
}

void TestMerkle::appendLeafHashEqualsAppend()
{
    const Leaves leaves = makeLeaves(37);
    MerkleLog byData;
    MerkleLog byHash;
    for (const QByteArray &l : leaves) {
        byData.append(l);
        byHash.appendLeafHash(refLeaf(l));
        QCOMPARE(byHash.size(), byData.size());
        QCOMPARE(hex(byHash.root()), hex(byData.root()));
    }
}

void TestMerkle::tamperedInclusionRejected()
{
    constexpr std::size_t kMax = 32;
    const Leaves leaves = makeLeaves(kMax);
    const MerkleLog log = makeLog(leaves, kMax);
    for (std::size_t n = 1; n <= kMax; ++n) {
        const Hash root = refMth(leaves, 0, n);
        for (std::size_t i = 0; i < n; ++i) {
            const Hash leaf = refLeaf(leaves[i]);
            const std::vector<Hash> proof = *log.inclusionProof(i, n);
            const QString where = QStringLiteral("leaf %1 of %2").arg(i).arg(n);
            auto rejects = [&](quint64 index, quint64 size, const Hash &l, const std::vector<Hash> &p, const Hash &r) {
                const auto result = merkle::verifyInclusion(index, size, l, p, r);
                return !result.has_value() && !result.error().message.isEmpty();
            };
            for (std::size_t k = 0; k < proof.size(); ++k) {
                for (const quint8 mask : {quint8(0x01), quint8(0x80)}) {
                    auto bad = proof;
                    bad[k] = flipped(bad[k], k % 32, mask);
                    QVERIFY2(rejects(i, n, leaf, bad, root),
                             qPrintable(where + QStringLiteral(": flipped hash %1").arg(k)));
                }
            }
            auto longer = proof;
            longer.push_back(root);
            QVERIFY2(rejects(i, n, leaf, longer, root), qPrintable(where + QStringLiteral(": hash added")));
            longer = proof;
            longer.insert(longer.begin(), leaf);
            QVERIFY2(rejects(i, n, leaf, longer, root), qPrintable(where + QStringLiteral(": hash prepended")));
            if (!proof.empty()) {
                QVERIFY2(rejects(i, n, leaf, std::vector<Hash>(proof.begin(), proof.end() - 1), root),
                         qPrintable(where + QStringLiteral(": hash removed")));
                QVERIFY2(rejects(i, n, leaf, std::vector<Hash>(proof.begin() + 1, proof.end()), root),
                         qPrintable(where + QStringLiteral(": first hash removed")));
            }
            QVERIFY2(rejects(i, n, leaf, proof, flipped(root, 31, 1)),
                     qPrintable(where + QStringLiteral(": wrong root")));
            QVERIFY2(rejects(i, n, flipped(leaf, 0, 1), proof, root),
                     qPrintable(where + QStringLiteral(": wrong leaf")));
            // Another index in the same tree: the leaves differ, so this must fail.
            for (std::size_t j = 0; j < n; ++j) {
                if (j != i) {
                    QVERIFY2(rejects(j, n, leaf, proof, root),
                             qPrintable(where + QStringLiteral(": claimed as leaf %1").arg(j)));
                }
            }
            QVERIFY(rejects(n, n, leaf, proof, root));
            // Another tree size, with that tree's root: fails unless the proof really is the same.
            for (const std::size_t other : {n - 1, n + 1, n * 2}) {
                if (other <= i || other > kMax || other == n) {
                    continue;
                }
                if (hexList(refPath(i, leaves, 0, other)) == hexList(proof)) {
                    continue;
                }
                QVERIFY2(rejects(i, other, leaf, proof, refMth(leaves, 0, other)),
                         qPrintable(where + QStringLiteral(": claimed for size %1").arg(other)));
            }
        }
    }
}

void TestMerkle::tamperedConsistencyRejected()
{
    constexpr std::size_t kMax = 32;
    const Leaves leaves = makeLeaves(kMax);
    const MerkleLog log = makeLog(leaves, kMax);
    std::vector<Hash> roots;
    for (std::size_t n = 0; n <= kMax; ++n) {
        roots.push_back(refMth(leaves, 0, n));
    }
    auto rejects = [](quint64 m, quint64 n, const Hash &r1, const Hash &r2, const std::vector<Hash> &p) {
        const auto result = merkle::verifyConsistency(m, n, r1, r2, p);
        return !result.has_value() && !result.error().message.isEmpty();
    };
    for (std::size_t n = 2; n <= kMax; ++n) {
        for (std::size_t m = 1; m < n; ++m) {
            const std::vector<Hash> proof = *log.consistencyProof(m, n);
            const QString where = QStringLiteral("%1 to %2").arg(m).arg(n);
            QVERIFY(!proof.empty());
            for (std::size_t k = 0; k < proof.size(); ++k) {
                auto bad = proof;
                bad[k] = flipped(bad[k], (k * 7) % 32, 0x10);
                QVERIFY2(rejects(m, n, roots[m], roots[n], bad),
                         qPrintable(where + QStringLiteral(": flipped hash %1").arg(k)));
            }
            auto longer = proof;
            longer.push_back(roots[n]);
            QVERIFY2(rejects(m, n, roots[m], roots[n], longer), qPrintable(where + QStringLiteral(": hash added")));
            longer = proof;
            longer.insert(longer.begin(), roots[m]);
            QVERIFY2(rejects(m, n, roots[m], roots[n], longer), qPrintable(where + QStringLiteral(": hash prepended")));
            QVERIFY2(rejects(m, n, roots[m], roots[n], std::vector<Hash>(proof.begin(), proof.end() - 1)),
                     qPrintable(where + QStringLiteral(": hash removed")));
            QVERIFY2(rejects(m, n, roots[m], roots[n], {}), qPrintable(where + QStringLiteral(": empty proof")));
            QVERIFY2(rejects(m, n, flipped(roots[m], 5, 1), roots[n], proof),
                     qPrintable(where + QStringLiteral(": wrong old root")));
            QVERIFY2(rejects(m, n, roots[m], flipped(roots[n], 5, 1), proof),
                     qPrintable(where + QStringLiteral(": wrong new root")));
            QVERIFY2(rejects(m, n, roots[n], roots[m], proof), qPrintable(where + QStringLiteral(": swapped roots")));
            QVERIFY(rejects(n, m, roots[n], roots[m], proof));
            // Other sizes with their true roots: must fail unless the proof is also theirs.
            const std::pair<std::size_t, std::size_t> others[] = {{m - 1, n}, {m + 1, n}, {m, n - 1}, {m, n + 1}};
            for (const auto &[m2, n2] : others) {
                if (m2 == 0 || m2 >= n2 || n2 > kMax) {
                    continue;
                }
                if (hexList(refProof(m2, leaves, n2)) == hexList(proof)) {
                    continue;
                }
                QVERIFY2(rejects(m2, n2, roots[m2], roots[n2], proof),
                         qPrintable(where + QStringLiteral(": claimed for %1 to %2").arg(m2).arg(n2)));
            }
        }
    }
}

void TestMerkle::verifierEdgeCases()
{
    const Leaves leaves = makeLeaves(8);
    const MerkleLog log = makeLog(leaves, 8);
    const Hash root1 = *log.rootAt(1);
    const Hash root8 = *log.rootAt(8);

    // A single-leaf tree: the root is the leaf hash and the proof is empty.
    QVERIFY(merkle::verifyInclusion(0, 1, root1, {}, root1).has_value());
    QVERIFY(!merkle::verifyInclusion(0, 1, root1, {}, root8).has_value());
    QVERIFY(!merkle::verifyInclusion(0, 1, root1, {root1}, root1).has_value());

    // Index beyond the tree, or an empty tree: refused before any hashing.
    auto r = merkle::verifyInclusion(0, 0, root1, {}, merkle::emptyRoot());
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    r = merkle::verifyInclusion(8, 8, root1, {}, root8);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);

    // Equal sizes: empty proof and the same root, nothing else.
    QVERIFY(merkle::verifyConsistency(8, 8, root8, root8, {}).has_value());
    r = merkle::verifyConsistency(8, 8, root8, root1, {});
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::Integrity);
    r = merkle::verifyConsistency(8, 8, root8, root8, {root8});
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::Integrity);

    // Going backwards, or from the empty tree.
    r = merkle::verifyConsistency(8, 1, root8, root1, {});
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    r = merkle::verifyConsistency(0, 8, merkle::emptyRoot(), root8, {});
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);

    // An empty proof between different sizes.
    r = merkle::verifyConsistency(1, 8, root1, root8, {});
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::Integrity);
}

void TestMerkle::proofCountMessages()
{
    const Leaves leaves = makeLeaves(8);
    const MerkleLog log = makeLog(leaves, 8);
    const Hash root = *log.rootAt(8);
    const Hash leaf = *log.leafHashAt(2);
    const std::vector<Hash> proof = *log.inclusionProof(2, 8); // 3 hashes

    auto padded = proof;
    padded.insert(padded.end(), 3, root);
    auto r = merkle::verifyInclusion(2, 8, leaf, padded, root);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::Integrity);
    QCOMPARE(r.error().message, QStringLiteral("proof has 3 hashes too many"));

    r = merkle::verifyInclusion(2, 8, leaf, {proof.front()}, root);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().message, QStringLiteral("proof is 2 hashes short"));

    auto wrong = proof;
    wrong[1] = root;
    r = merkle::verifyInclusion(2, 8, leaf, wrong, root);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::Integrity);
    QVERIFY2(r.error().message.contains(QStringLiteral("computed root differs")), why(r).constData());

    const std::vector<Hash> cproof = *log.consistencyProof(3, 8);
    auto cpadded = cproof;
    cpadded.push_back(root);
    r = merkle::verifyConsistency(3, 8, *log.rootAt(3), root, cpadded);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().message, QStringLiteral("proof has 1 hash too many"));
    r = merkle::verifyConsistency(3, 8, *log.rootAt(3), root, std::vector<Hash>(cproof.begin(), cproof.end() - 2));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().message, QStringLiteral("proof is 2 hashes short"));
}

void TestMerkle::errors()
{
    const Leaves leaves = makeLeaves(5);
    const MerkleLog log = makeLog(leaves, 5);

    struct Case {
        Result<std::vector<Hash>> result;
        ErrorCode code;
        const char *what;
    };
    const Case cases[] = {
            {log.inclusionProof(5, 5), ErrorCode::InvalidArgument, "index == treeSize"},
            {log.inclusionProof(7, 5), ErrorCode::InvalidArgument, "index > treeSize"},
            {log.inclusionProof(0, 6), ErrorCode::NotFound, "treeSize > size()"},
            {log.inclusionProof(0, 0), ErrorCode::InvalidArgument, "empty tree"},
            {log.consistencyProof(0, 5), ErrorCode::InvalidArgument, "oldSize 0"},
            {log.consistencyProof(4, 3), ErrorCode::InvalidArgument, "oldSize > newSize"},
            {log.consistencyProof(2, 6), ErrorCode::NotFound, "newSize > size()"},
    };
    for (const Case &c : cases) {
        QVERIFY2(!c.result.has_value(), c.what);
        QCOMPARE(c.result.error().code, c.code);
        QVERIFY2(!c.result.error().message.isEmpty(), c.what);
    }
    auto root = log.rootAt(6);
    QVERIFY(!root.has_value());
    QCOMPARE(root.error().code, ErrorCode::NotFound);
    auto leaf = log.leafHashAt(5);
    QVERIFY(!leaf.has_value());
    QCOMPARE(leaf.error().code, ErrorCode::NotFound);
    QVERIFY(log.leafHashAt(4).has_value());
    const MerkleLog empty;
    QVERIFY(!empty.leafHashAt(0).has_value());
    QVERIFY(!empty.rootAt(1).has_value());
}

void TestMerkle::truncate_data()
{
    QTest::addColumn<int>("keep");
    for (int keep = 0; keep <= 40; ++keep) {
        QTest::addRow("keep %d", keep) << keep;
    }
}

void TestMerkle::truncate()
{
    QFETCH(int, keep);
    constexpr std::size_t kFull = 40;
    const auto k = static_cast<std::size_t>(keep);
    const Leaves leaves = makeLeaves(kFull);
    Leaves other = leaves;
    for (std::size_t i = k; i < kFull; ++i) {
        other[i] += QByteArrayLiteral("-rewritten");
    }

    MerkleLog log = makeLog(leaves, kFull);
    log.truncate(k);
    const MerkleLog fresh = makeLog(leaves, k);
    QCOMPARE(log.size(), quint64(k));
    QCOMPARE(hex(log.root()), hex(fresh.root()));
    QVERIFY(!log.rootAt(k + 1).has_value());
    QVERIFY(!log.leafHashAt(k).has_value());
    for (std::size_t n = 1; n <= k; ++n) {
        QCOMPARE(hex(*log.rootAt(n)), hex(*fresh.rootAt(n)));
    }

    // Re-append different leaves: identical to a log that never had the dropped ones.
    for (std::size_t i = k; i < kFull; ++i) {
        log.append(other[i]);
    }
    const MerkleLog expected = makeLog(other, kFull);
    QCOMPARE(log.size(), expected.size());
    for (std::size_t n = 1; n <= kFull; ++n) {
        QCOMPARE(hex(*log.rootAt(n)), hex(refMth(other, 0, n)));
        for (std::size_t i = 0; i < n; i += 3) {
            QCOMPARE(hexList(*log.inclusionProof(i, n)), hexList(*expected.inclusionProof(i, n)));
        }
        for (std::size_t m = 1; m <= n; m += 2) {
            QCOMPARE(hexList(*log.consistencyProof(m, n)), hexList(*expected.consistencyProof(m, n)));
        }
    }

    // Truncating to the current size or beyond changes nothing.
    const Hash before = log.root();
    log.truncate(kFull);
    log.truncate(kFull + 5);
    QCOMPARE(log.size(), quint64(kFull));
    QCOMPARE(hex(log.root()), hex(before));
}

void TestMerkle::largeTree()
{
    constexpr quint64 kSize = 100000;
    // Sizes where the tree shape changes: powers of two and their neighbours, and some odd ones.
    std::vector<quint64> marks;
    for (quint64 p = 1; p <= kSize; p *= 2) {
        for (const quint64 s : {p - 1, p, p + 1}) {
            if (s >= 1 && s <= kSize) {
                marks.push_back(s);
            }
        }
    }
    for (const quint64 s : {quint64(3), quint64(99), quint64(12345), quint64(65535 + 12), quint64(99999), kSize}) {
        marks.push_back(s);
    }
    std::sort(marks.begin(), marks.end());
    marks.erase(std::unique(marks.begin(), marks.end()), marks.end());

    MerkleLog log;
    Leaves leaves;
    leaves.reserve(kSize);
    std::vector<std::pair<quint64, Hash>> rootsSeen;
    std::size_t nextMark = 0;
    for (quint64 i = 0; i < kSize; ++i) {
        leaves.push_back(QByteArray::number(i * 2654435761ULL));
        log.append(leaves.back());
        if (nextMark < marks.size() && marks[nextMark] == i + 1) {
            rootsSeen.emplace_back(i + 1, log.root());
            ++nextMark;
        }
    }
    QCOMPARE(log.size(), kSize);
    QCOMPARE(rootsSeen.size(), marks.size());

    // The root after each append equals the root recomputed later, and the reference agrees.
    for (const auto &[size, root] : rootsSeen) {
        QCOMPARE(hex(*log.rootAt(size)), hex(root));
    }
    QCOMPARE(hex(log.root()), hex(refMth(leaves, 0, kSize)));
    QCOMPARE(hex(*log.rootAt(65536 + 12)), hex(refMth(leaves, 0, 65536 + 12)));

    // Proofs between and within the marked sizes verify against those roots.
    for (std::size_t a = 0; a < rootsSeen.size(); a += 3) {
        for (std::size_t b = a; b < rootsSeen.size(); b += 5) {
            const auto &[m, rootM] = rootsSeen[a];
            const auto &[n, rootN] = rootsSeen[b];
            const auto proof = log.consistencyProof(m, n);
            QVERIFY(proof.has_value());
            QVERIFY(proof->size() <= static_cast<std::size_t>(std::bit_width(n - 1)) + 1);
            const auto ok = merkle::verifyConsistency(m, n, rootM, rootN, *proof);
            QVERIFY2(ok.has_value(), qPrintable(QStringLiteral("%1 to %2: %3").arg(m).arg(n).arg(whyText(ok))));
        }
    }
    for (const auto &[n, rootN] : rootsSeen) {
        for (const quint64 index : {quint64(0), n / 3, n / 2, n - 1, (n * 7) / 8}) {
            const auto proof = log.inclusionProof(index, n);
            QVERIFY(proof.has_value());
            QVERIFY(proof->size() <= static_cast<std::size_t>(std::bit_width(n - 1)));
            const auto ok = merkle::verifyInclusion(index, n, refLeaf(leaves[index]), *proof, rootN);
            QVERIFY2(ok.has_value(),
                     qPrintable(QStringLiteral("leaf %1 of %2: %3").arg(index).arg(n).arg(whyText(ok))));
        }
    }
    // One proof in the big tree against the naive reference.
    QCOMPARE(hexList(*log.inclusionProof(77777, kSize)), hexList(refPath(77777, leaves, 0, kSize)));
    QCOMPARE(hexList(*log.consistencyProof(65537, kSize)), hexList(refProof(65537, leaves, kSize)));
}

void TestMerkle::shaExtensionsAgreeWithLibsodium()
{
    // leafHash and nodeHash use the SHA instructions when the processor has them (the vectors
    // above then check them too); here they must give libsodium's bytes for every length around
    // the block boundaries, every prefix byte, and FIPS 180-2's "abc".
    if (!merkle::detail::hasShaExtensions()) {
        QSKIP("this processor has no SHA extensions: leafHash and nodeHash use libsodium only");
    }
    QCOMPARE(crypto::toHex(merkle::detail::sha256WithPrefix('a', "bc")),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    std::mt19937 rng(20261121);
    for (int length = 0; length <= 300; ++length) {
        for (int round = 0; round < 4; ++round) {
            QByteArray data(length, Qt::Uninitialized);
            for (char &c : data) {
                c = char(rng() & 0xff);
            }
            const char prefix = char(rng() & 0xff);
            const Hash expected = crypto::Sha256().add(QByteArrayView(&prefix, 1)).add(data).finish();
            QCOMPARE(hex(merkle::detail::sha256WithPrefix(static_cast<unsigned char>(prefix), data)), hex(expected));
        }
    }
    for (int round = 0; round < 1000; ++round) {
        Hash left;
        Hash right;
        for (auto &b : left) {
            b = static_cast<unsigned char>(rng() & 0xff);
        }
        for (auto &b : right) {
            b = static_cast<unsigned char>(rng() & 0xff);
        }
        const char prefix = char(round & 0xff);
        const Hash expected = crypto::Sha256().add(QByteArrayView(&prefix, 1)).add(QByteArrayView(left.data(), 32))
                                  .add(QByteArrayView(right.data(), 32)).finish();
        QCOMPARE(hex(merkle::detail::sha256Node(static_cast<unsigned char>(prefix), left, right)), hex(expected));
    }
}

QTEST_GUILESS_MAIN(TestMerkle)
#include "tst_merkle.moc"
