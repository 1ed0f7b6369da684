#include "core/merkle/merkle_log.h"

#include "core/merkle/sha256_x86.h"

#include <bit>

namespace courtyard::merkle {

namespace {

constexpr char kLeafPrefix = 0x00;
constexpr char kNodePrefix = 0x01;

QByteArrayView view(const Hash &hash)
{
    return QByteArrayView(hash.data(), static_cast<qsizetype>(hash.size()));
}

// The largest power of two strictly smaller than n (n >= 2): RFC 9162's split point k.
quint64 splitPoint(quint64 n)
{
    return std::bit_floor(n - 1);
}

} // namespace

Hash leafHash(QByteArrayView leafData)
{
    return prefixedHash(static_cast<unsigned char>(kLeafPrefix), leafData);
}

Hash prefixedHash(unsigned char prefix, QByteArrayView data)
{
    if (detail::hasShaExtensions()) {
        return detail::sha256WithPrefix(prefix, data);
    }
    const char byte = static_cast<char>(prefix);
    return crypto::Sha256().add(QByteArrayView(&byte, 1)).add(data).finish();
}

Hash nodeHash(const Hash &left, const Hash &right)
{
    if (detail::hasShaExtensions()) {
        return detail::sha256Node(static_cast<unsigned char>(kNodePrefix), left, right);
    }
    return crypto::Sha256().add(QByteArrayView(&kNodePrefix, 1)).add(view(left)).add(view(right)).finish();
}

Hash emptyRoot()
{
    return crypto::sha256(QByteArrayView());
}

void MerkleLog::append(QByteArrayView leafData)
{
    appendLeafHash(leafHash(leafData));
}

void MerkleLog::appendLeafHash(const Hash &leaf)
{
    if (m_levels.empty()) {
        m_levels.emplace_back();
    }
    m_levels.front().push_back(leaf);
    // Each time a level gets an even count, its last two nodes complete a pair one level up.
    for (std::size_t k = 0; m_levels[k].size() % 2 == 0; ++k) {
        const std::vector<Hash> &level = m_levels[k];
        const Hash parent = nodeHash(level[level.size() - 2], level[level.size() - 1]);
        if (k + 1 == m_levels.size()) {
            m_levels.emplace_back();
        }
        m_levels[k + 1].push_back(parent);
    }
}

Hash MerkleLog::root() const
{
    const quint64 n = size();
    return n == 0 ? emptyRoot() : subtreeHash(0, n);
}

Result<Hash> MerkleLog::rootAt(quint64 treeSize) const
{
    if (treeSize > size()) {
        return fail(ErrorCode::NotFound,
                    QStringLiteral("the log has %1 leaves, so it has no root at size %2").arg(size()).arg(treeSize));
    }
    return treeSize == 0 ? emptyRoot() : subtreeHash(0, treeSize);
}

Result<Hash> MerkleLog::leafHashAt(quint64 index) const
{
    if (index >= size()) {
        return fail(ErrorCode::NotFound,
                    QStringLiteral("the log has %1 leaves, so it has no leaf %2").arg(size()).arg(index));
    }
    return m_levels.front()[index];
}

// MTH(D[begin:end]). Every range that PATH and PROOF visit starts on a multiple of the largest
// power of two not above its length, so RFC 9162's recursion (split at the largest power of two
// below the length, recurse right) is a right-to-left fold over the stored perfect subtrees of
// the length's binary decomposition.
Hash MerkleLog::subtreeHash(quint64 begin, quint64 end) const
{
    CY_ASSERT(begin < end && end <= size());
    const quint64 length = end - begin;
    CY_ASSERT(begin % std::bit_floor(length) == 0);
    Hash acc{};
    bool haveAcc = false;
    quint64 subtreeEnd = end;
    for (std::size_t k = 0; k < 64; ++k) {
        const quint64 width = quint64(1) << k;
        if ((length & width) == 0) {
            continue;
        }
        subtreeEnd -= width;
        const Hash &subtree = m_levels[k][subtreeEnd >> k];
        acc = haveAcc ? nodeHash(subtree, acc) : subtree;
        haveAcc = true;
    }
    return acc;
}

Result<std::vector<Hash>> MerkleLog::inclusionProof(quint64 index, quint64 treeSize) const
{
    if (treeSize > size()) {
        return fail(ErrorCode::NotFound,
                    QStringLiteral("the log has %1 leaves, so it cannot prove inclusion in a tree of %2")
                            .arg(size())
                            .arg(treeSize));
    }
    if (index >= treeSize) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("leaf %1 is not in a tree of %2 leaves").arg(index).arg(treeSize));
    }
    // PATH(m, D[begin:end]) walks from the root down; the proof lists the siblings leaf first.
    std::vector<Hash> proof;
    quint64 begin = 0;
    quint64 end = treeSize;
    while (end - begin > 1) {
        const quint64 k = splitPoint(end - begin);
        if (index < begin + k) {
            proof.push_back(subtreeHash(begin + k, end));
            end = begin + k;
        } else {
            proof.push_back(subtreeHash(begin, begin + k));
            begin += k;
        }
    }
    return std::vector<Hash>(proof.rbegin(), proof.rend());
}

Result<std::vector<Hash>> MerkleLog::consistencyProof(quint64 oldSize, quint64 newSize) const
{
    if (newSize > size()) {
        return fail(ErrorCode::NotFound,
                    QStringLiteral("the log has %1 leaves, so it cannot prove consistency with a tree of %2")
                            .arg(size())
                            .arg(newSize));
    }
    if (oldSize > newSize) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the old tree (%1 leaves) is larger than the new one (%2 leaves)")
                            .arg(oldSize)
                            .arg(newSize));
    }
    if (oldSize == 0) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("there is no consistency proof from the empty tree: every tree extends it"));
    }
    // SUBPROOF(m, D[begin:end], b) from the root down; the proof lists the deepest hash first.
    std::vector<Hash> proof;
    quint64 m = oldSize;
    quint64 begin = 0;
    quint64 end = newSize;
    bool wholeOldTreeKnown = true; // RFC 9162's b: the verifier already has this subtree's hash
    while (m != end - begin) {
        const quint64 k = splitPoint(end - begin);
        if (m <= k) {
            proof.push_back(subtreeHash(begin + k, end));
            end = begin + k;
        } else {
            proof.push_back(subtreeHash(begin, begin + k));
            m -= k;
            begin += k;
            wholeOldTreeKnown = false;
        }
    }
    if (!wholeOldTreeKnown) {
        proof.push_back(subtreeHash(begin, end));
    }
    return std::vector<Hash>(proof.rbegin(), proof.rend());
}

void MerkleLog::truncate(quint64 newSize)
{
    if (newSize >= size()) {
        return;
    }
    // Level k holds one hash per complete 2^k block, exactly as appending newSize leaves would.
    for (std::size_t k = 0; k < m_levels.size(); ++k) {
        m_levels[k].resize(static_cast<std::size_t>(newSize >> k));
    }
    while (!m_levels.empty() && m_levels.back().empty()) {
        m_levels.pop_back();
    }
}

namespace {

QString proofCountMessage(std::size_t have, std::size_t want)
{
    if (have > want) {
        const std::size_t extra = have - want;
        return extra == 1 ? QStringLiteral("proof has 1 hash too many")
                          : QStringLiteral("proof has %1 hashes too many").arg(extra);
    }
    const std::size_t missing = want - have;
    return missing == 1 ? QStringLiteral("proof is 1 hash short")
                        : QStringLiteral("proof is %1 hashes short").arg(missing);
}

// How many more proof hashes the §2.1.3.2 / §2.1.4.2 walk would consume from (fn, sn), so that a
// short proof can be reported with the number it lacks.
std::size_t remainingSteps(quint64 fn, quint64 sn)
{
    std::size_t steps = 0;
    while (sn != 0) {
        if ((fn & 1) == 0 && fn == sn) {
            while ((fn & 1) == 0 && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        }
        fn >>= 1;
        sn >>= 1;
        ++steps;
    }
    return steps;
}

} // namespace

Result<void> verifyInclusion(quint64 index, quint64 treeSize, const Hash &leaf, const std::vector<Hash> &proof,
                             const Hash &root)
{
    // RFC 9162 §2.1.3.2, step by step.
    if (index >= treeSize) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("leaf %1 is not in a tree of %2 leaves").arg(index).arg(treeSize));
    }
    quint64 fn = index;
    quint64 sn = treeSize - 1;
    Hash r = leaf;
    std::size_t used = 0;
    for (const Hash &p : proof) {
        if (sn == 0) {
            return fail(ErrorCode::Integrity, proofCountMessage(proof.size(), used));
        }
        if ((fn & 1) != 0 || fn == sn) {
            r = nodeHash(p, r);
            if ((fn & 1) == 0) {
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
        ++used;
    }
    if (sn != 0) {
        return fail(ErrorCode::Integrity, proofCountMessage(proof.size(), proof.size() + remainingSteps(fn, sn)));
    }
    if (r != root) {
        return fail(
                ErrorCode::Integrity,
                QStringLiteral("computed root differs from the expected root: leaf %1 is not in this tree of %2 leaves")
                        .arg(index)
                        .arg(treeSize));
    }
    return {};
}

Result<void> verifyConsistency(quint64 oldSize, quint64 newSize, const Hash &oldRoot, const Hash &newRoot,
                               const std::vector<Hash> &proof)
{
    if (oldSize > newSize) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the old tree (%1 leaves) is larger than the new one (%2 leaves)")
                            .arg(oldSize)
                            .arg(newSize));
    }
    if (oldSize == 0) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("there is no consistency proof from the empty tree: every tree extends it"));
    }
    if (oldSize == newSize) {
        // Outside §2.1.4.2 (0 < first < second): the same tree, so no proof and the same root.
        if (!proof.empty()) {
            return fail(ErrorCode::Integrity, proofCountMessage(proof.size(), 0));
        }
        if (oldRoot != newRoot) {
            return fail(ErrorCode::Integrity,
                        QStringLiteral("the two roots of the same tree size %1 differ").arg(oldSize));
        }
        return {};
    }

    // RFC 9162 §2.1.4.2, step by step.
    if (proof.empty()) {
        return fail(ErrorCode::Integrity, QStringLiteral("the consistency proof is empty"));
    }
    std::vector<Hash> path;
    path.reserve(proof.size() + 1);
    if (std::has_single_bit(oldSize)) {
        path.push_back(oldRoot);
    }
    path.insert(path.end(), proof.begin(), proof.end());

    quint64 fn = oldSize - 1;
    quint64 sn = newSize - 1;
    while ((fn & 1) != 0) {
        fn >>= 1;
        sn >>= 1;
    }
    Hash fr = path.front();
    Hash sr = path.front();
    std::size_t used = 1;
    for (auto it = path.begin() + 1; it != path.end(); ++it) {
        const Hash &c = *it;
        if (sn == 0) {
            return fail(ErrorCode::Integrity, proofCountMessage(path.size(), used));
        }
        if ((fn & 1) != 0 || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            if ((fn & 1) == 0) {
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
        ++used;
    }
    if (sn != 0) {
        return fail(ErrorCode::Integrity, proofCountMessage(path.size(), path.size() + remainingSteps(fn, sn)));
    }
    if (fr != oldRoot) {
        return fail(ErrorCode::Integrity,
                    QStringLiteral("computed old root differs from the expected root of the tree of %1 leaves")
                            .arg(oldSize));
    }
    if (sr != newRoot) {
        return fail(ErrorCode::Integrity,
                    QStringLiteral("computed new root differs from the expected root of the tree of %1 leaves")
                            .arg(newSize));
    }
    return {};
}

} // namespace courtyard::merkle
