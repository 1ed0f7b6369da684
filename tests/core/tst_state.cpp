// The contracts' state: deltas, overlays and the state root.
#include "core/state/state.h"

#include <QCryptographicHash>
#include <QtTest>

#include <functional>
#include <random>

using namespace courtyard;
using state::Key;

namespace {

std::vector<std::pair<Key, cbor::Value>> entries(const state::StateView &view, QByteArrayView prefix = {})
{
    std::vector<std::pair<Key, cbor::Value>> out;
    const auto ok = view.scan(prefix, [&](const Key &k, const cbor::Value &v) {
        out.emplace_back(k, v);
        return true;
    });
    CY_ASSERT(ok.has_value());
    return out;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// RFC 9162 MTH written out independently of MerkleLog, over the state's leaves.
QByteArray referenceRoot(const std::vector<QByteArray> &leaves)
{
    if (leaves.empty()) {
        return sha256(QByteArray());
    }
    if (leaves.size() == 1) {
        return sha256(QByteArray(1, '\0') + leaves.front());
    }
    std::size_t k = 1;
    while (k * 2 < leaves.size()) {
        k *= 2;
    }
    const std::vector<QByteArray> left(leaves.begin(), leaves.begin() + std::ptrdiff_t(k));
    const std::vector<QByteArray> right(leaves.begin() + std::ptrdiff_t(k), leaves.end());
    return sha256(QByteArray(1, '\1') + referenceRoot(left) + referenceRoot(right));
}

// RFC 9162 MTH over hashes taken as leaf hashes (the chunk roots, or a chunk's leaves).
QByteArray referenceRootOfHashes(const std::vector<QByteArray> &hashes)
{
    if (hashes.empty()) {
        return sha256(QByteArray());
    }
    if (hashes.size() == 1) {
        return hashes.front();
    }
    std::size_t k = 1;
    while (k * 2 < hashes.size()) {
        k *= 2;
    }
    const std::vector<QByteArray> left(hashes.begin(), hashes.begin() + std::ptrdiff_t(k));
    const std::vector<QByteArray> right(hashes.begin() + std::ptrdiff_t(k), hashes.end());
    return sha256(QByteArray(1, '\1') + referenceRootOfHashes(left) + referenceRootOfHashes(right));
}

// The state root as state.h defines it, written out independently of the code under test: the
// leaves (SHA-256 of 0x00 || each entry's canonical [key, value] bytes, given in key order) cut
// after every leaf whose first byte is below 32, each chunk's RFC 9162 root, and the chunk tree
// built top-down: the chunk with the greatest last leaf (the first of equal ones) at the top.
QByteArray referenceStateRoot(const std::vector<QByteArray> &entryBytes)
{
    struct Chunk {
        QByteArray rank;
        QByteArray root;
    };
    std::vector<Chunk> chunks;
    std::vector<QByteArray> leaves;
    for (std::size_t i = 0; i < entryBytes.size(); ++i) {
        leaves.push_back(sha256(QByteArray(1, '\0') + entryBytes[i]));
        if (quint8(leaves.back()[0]) < 32 || i + 1 == entryBytes.size()) {
            chunks.push_back(Chunk{leaves.back(), referenceRootOfHashes(leaves)});
            leaves.clear();
        }
    }
    if (chunks.empty()) {
        return sha256(QByteArray());
    }
    const std::function<QByteArray(std::size_t, std::size_t)> tree = [&](std::size_t begin, std::size_t end) {
        if (begin == end) {
            return QByteArray(32, '\0');
        }
        std::size_t top = begin;
        for (std::size_t i = begin + 1; i < end; ++i) {
            if (chunks[i].rank > chunks[top].rank) { // QByteArray compares bytewise
                top = i;
            }
        }
        return sha256(QByteArray(1, '\2') + tree(begin, top) + chunks[top].root + tree(top + 1, end));
    };
    return tree(0, chunks.size());
}

} // namespace

class TestState : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deltaKeepsTheLastWrite();
    void memoryStateScansByPrefixInOrder();
    void overlayMatchesTheAppliedState();
    void rootIsTheChunkTreeOfSortedEntries();
    void rootDependsOnEveryEntryButNotOnOrderOfWrites();
    void rootCutsTheLeavesIntoChunks();
    void leafOfEncodedValueIsTheEntryLeaf();
};

void TestState::deltaKeepsTheLastWrite()
{
    state::StateDelta d;
    d.put("a", cbor::Value::fromInt(1));
    d.put("a", cbor::Value::fromInt(2));
    d.remove("b");
    state::StateDelta later;
    later.put("b", cbor::Value::fromInt(3));
    later.remove("a");
    d.merge(later);
    QCOMPARE(d.changes().size(), std::size_t(2));
    QVERIFY(!d.changes().at("a").has_value());
    QCOMPARE(*d.changes().at("b"), cbor::Value::fromInt(3));
}

void TestState::memoryStateScansByPrefixInOrder()
{
    state::MemoryState s;
    state::StateDelta d;
    for (const char *k : {"unit/2", "unit/10", "lease/1", "unit/1", "unitx", "role/a"}) {
        d.put(k, cbor::Value::fromText(QString::fromLatin1(k)));
    }
    s.apply(d);
    QStringList keys;
    for (const auto &[k, v] : entries(s, "unit/")) {
        keys << QString::fromLatin1(k);
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("unit/1"), QStringLiteral("unit/10"), QStringLiteral("unit/2")}));
    QCOMPARE(entries(s).size(), std::size_t(6));
    QVERIFY(!s.get("unit/3")->has_value());
    QCOMPARE(s.get("lease/1")->value(), cbor::Value::fromText(QStringLiteral("lease/1")));
    // A scan stops when asked.
    int seen = 0;
    QVERIFY(s.scan({}, [&](const Key &, const cbor::Value &) { return ++seen < 2; }).has_value());
    QCOMPARE(seen, 2);
}

void TestState::overlayMatchesTheAppliedState()
{
    // Random bases and deltas: reading through an overlay equals reading the state with the
    // delta applied, for every prefix.
    std::mt19937 rng(3);
    const auto randomKey = [&] { return QByteArray("k/") + QByteArray::number(int(rng() % 40)) + (rng() % 3 == 0 ? "/x" : ""); };
    for (int round = 0; round < 200; ++round) {
        state::MemoryState base;
        state::StateDelta initial;
        for (int i = 0; i < int(rng() % 30); ++i) {
            initial.put(randomKey(), cbor::Value::fromInt(qint64(rng() % 1000)));
        }
        base.apply(initial);
        state::StateDelta delta;
        for (int i = 0; i < int(rng() % 30); ++i) {
            if (rng() % 3 == 0) {
                delta.remove(randomKey());
            } else {
                delta.put(randomKey(), cbor::Value::fromInt(qint64(rng() % 1000)));
            }
        }
        const state::OverlayView overlay(base, delta);
        state::MemoryState applied = base;
        applied.apply(delta);
        for (const QByteArray &prefix : {QByteArray(), QByteArray("k/1"), QByteArray("k/3/"), QByteArray("z")}) {
            QCOMPARE(entries(overlay, prefix), entries(applied, prefix));
        }
        const Key probe = randomKey();
        QCOMPARE(*overlay.get(probe), *applied.get(probe));
        QCOMPARE(*state::stateRoot(overlay), *state::stateRoot(applied));
    }
}

void TestState::rootIsTheChunkTreeOfSortedEntries()
{
    state::MemoryState s;
    QCOMPARE(crypto::toByteArray(*state::stateRoot(s)), sha256(QByteArray())); // empty state
    state::StateDelta d;
    d.put("b", cbor::Value::fromInt(2));
    s.apply(d);
    // One entry: one chunk, the tree's only node. Canonical [key bytes, value] is 0x82 0x41 <key> <value>.
    const QByteArray b = QByteArray::fromHex("824162") + QByteArray::fromHex("02");
    QCOMPARE(crypto::toByteArray(*state::stateRoot(s)),
             sha256(QByteArray(1, '\2') + QByteArray(32, '\0') + sha256(QByteArray(1, '\0') + b) + QByteArray(32, '\0')));
    d.put("a", cbor::Value::fromText(QStringLiteral("x")));
    d.put("c", cbor::Value::null());
    s.apply(d);
    // Leaves in key order.
    const std::vector<QByteArray> entries{QByteArray::fromHex("824161") + QByteArray::fromHex("6178"), b,
                                          QByteArray::fromHex("824163") + QByteArray::fromHex("f6")};
    QCOMPARE(crypto::toByteArray(*state::stateRoot(s)), referenceStateRoot(entries));
    QCOMPARE(crypto::toByteArray(state::entryLeaf("a", cbor::Value::fromText(QStringLiteral("x")))),
             sha256(QByteArray(1, '\0') + entries[0]));
}

void TestState::rootDependsOnEveryEntryButNotOnOrderOfWrites()
{
    state::StateDelta forward;
    state::StateDelta backward;
    for (int i = 0; i < 50; ++i) {
        forward.put("e/" + QByteArray::number(i), cbor::Value::fromInt(i));
        backward.put("e/" + QByteArray::number(49 - i), cbor::Value::fromInt(49 - i));
    }
    state::MemoryState a;
    state::MemoryState b;
    a.apply(forward);
    b.apply(backward);
    const merkle::Hash root = *state::stateRoot(a);
    QCOMPARE(*state::stateRoot(b), root);
    for (int i = 0; i < 50; i += 7) {
        state::MemoryState changed = a;
        state::StateDelta one;
        one.put("e/" + QByteArray::number(i), cbor::Value::fromInt(i + 1));
        changed.apply(one);
        QVERIFY(*state::stateRoot(changed) != root);
        state::MemoryState removed = a;
        state::StateDelta gone;
        gone.remove("e/" + QByteArray::number(i));
        removed.apply(gone);
        QVERIFY(*state::stateRoot(removed) != root);
    }
}

void TestState::rootCutsTheLeavesIntoChunks()
{
    // 300 entries "e/<i>" = i mod 24: canonical [key, value] is 0x82, 0x40 + key length, the
    // key, then the value as one byte (0..23). Their leaves, worked out here without the code
    // under test, are cut after every leaf whose first byte is below 32, and the chunks make the
    // chunk tree (referenceStateRoot).
    state::MemoryState s;
    state::StateDelta d;
    std::map<QByteArray, QByteArray> encoded; // key order, as the state keeps it
    for (int i = 0; i < 300; ++i) {
        const QByteArray key = "e/" + QByteArray::number(i);
        d.put(key, cbor::Value::fromInt(i % 24));
        encoded[key] = QByteArray(1, char(0x82)) + char(0x40 + key.size()) + key + char(i % 24);
    }
    s.apply(d);
    std::vector<QByteArray> entryBytes;
    std::vector<QByteArray> chunk;
    std::vector<QByteArray> chunkRoots;
    for (const auto &[key, bytes] : encoded) {
        entryBytes.push_back(bytes);
        chunk.push_back(sha256(QByteArray(1, '\0') + bytes));
        if (quint8(chunk.back()[0]) < 32) {
            chunkRoots.push_back(referenceRootOfHashes(chunk));
            chunk.clear();
        }
    }
    if (!chunk.empty()) {
        chunkRoots.push_back(referenceRootOfHashes(chunk));
    }
    QVERIFY2(chunkRoots.size() >= 20, "the example must have many chunks"); // about 300 / 8
    QCOMPARE(crypto::toByteArray(*state::stateRoot(s)), referenceStateRoot(entryBytes));
    // Not the RFC 9162 root of the chunk roots (block format version 1), nor of the leaves.
    QVERIFY(crypto::toByteArray(*state::stateRoot(s)) != referenceRootOfHashes(chunkRoots));
    QVERIFY(crypto::toByteArray(*state::stateRoot(s)) != referenceRoot(entryBytes));

    // The builder of a streamed state (replay) gives the same root.
    state::RootBuilder builder;
    for (const QByteArray &bytes : entryBytes) {
        builder.add(state::entryLeafOfEncoded(bytes.mid(2, bytes.size() - 3), bytes.right(1)));
    }
    QCOMPARE(crypto::toByteArray(builder.root()), referenceStateRoot(entryBytes));
}

void TestState::leafOfEncodedValueIsTheEntryLeaf()
{
    // The store computes leaves from the value bytes it writes; they must be entryLeaf's, for
    // keys whose length needs each size of CBOR byte-string head (0, 1, 2 and 4 bytes after it).
    const cbor::Value values[] = {cbor::Value::fromInt(7), cbor::Value::fromText(QStringLiteral("x")),
                                  cbor::Value::fromMap({{QStringLiteral("a"), cbor::Value::fromInt(-1)}})};
    for (const int length : {0, 1, 23, 24, 255, 256, 65535, 65536, 70000}) {
        const QByteArray key(length, 'k');
        for (const cbor::Value &value : values) {
            QCOMPARE(crypto::toHex(state::entryLeafOfEncoded(key, value.encode())), crypto::toHex(state::entryLeaf(key, value)));
        }
    }
}

QTEST_GUILESS_MAIN(TestState)
#include "tst_state.moc"
