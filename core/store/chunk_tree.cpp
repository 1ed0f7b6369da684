#include "core/store/chunk_tree.h"

namespace courtyard::store {

void ChunkTree::load(std::vector<NewChunk> chunks)
{
    Edit edit(nullptr, ++m_edits);
    edit.replace(std::nullopt, QByteArray(), true, std::move(chunks));
    m_top = edit.finish();
}

void ChunkTree::Edit::replace(const std::optional<QByteArray> &first, const QByteArray &last, bool toEnd,
                              std::vector<NewChunk> chunks)
{
    if (first && !toEnd && *first == last && chunks.size() == 1 && chunks.front().lastKey == last &&
        changeInPlace(last, chunks.front().chunk)) {
        return;
    }
    NodePtr before;
    NodePtr after;
    if (first) {
        auto [head, rest] = split(m_top, *first, false);
        before = std::move(head);
        if (!toEnd) {
            after = split(rest, last, true).second;
        }
    }
    m_top = merge(merge(std::move(before), build(std::move(chunks))), std::move(after));
}

ChunkTree::NodePtr ChunkTree::Edit::finish()
{
    if (m_top && !m_top->hashed) {
        hash(*m_top);
    }
    return m_top;
}

bool ChunkTree::Edit::changeInPlace(const QByteArray &key, const state::ChunkSummary &chunk)
{
    const Node *node = m_top.get();
    while (node && node->key != key) {
        node = key < node->key ? node->left.get() : node->right.get();
    }
    if (!node || node->chunk.rank != chunk.rank) {
        return false;
    }
    NodePtr *slot = &m_top;
    while (true) {
        *slot = own(*slot);
        Node &mine = **slot;
        if (mine.key == key) {
            mine.chunk.root = chunk.root;
            return true;
        }
        slot = key < mine.key ? &mine.left : &mine.right;
    }
}

ChunkTree::NodePtr ChunkTree::Edit::own(const NodePtr &node)
{
    if (node->edit == m_id) {
        node->hashed = false;
        return node;
    }
    NodePtr copy(new Node(*node));
    copy->edit = m_id;
    copy->hashed = false;
    return copy;
}

std::pair<ChunkTree::NodePtr, ChunkTree::NodePtr> ChunkTree::Edit::split(const NodePtr &node, const QByteArray &key, bool inclusive)
{
    if (!node) {
        return {};
    }
    const bool goesLeft = inclusive ? node->key <= key : node->key < key;
    NodePtr mine = own(node);
    if (goesLeft) {
        auto [low, high] = split(mine->right, key, inclusive);
        mine->right = std::move(low);
        return {std::move(mine), std::move(high)};
    }
    auto [low, high] = split(mine->left, key, inclusive);
    mine->left = std::move(high);
    return {std::move(low), std::move(mine)};
}

ChunkTree::NodePtr ChunkTree::Edit::merge(NodePtr a, NodePtr b)
{
    if (!a) {
        return b;
    }
    if (!b) {
        return a;
    }
    if (state::ranksAbove(a->chunk.rank, b->chunk.rank)) {
        NodePtr mine = own(a);
        mine->right = merge(std::move(mine->right), std::move(b));
        return mine;
    }
    NodePtr mine = own(b);
    mine->left = merge(std::move(a), std::move(mine->left));
    return mine;
}

ChunkTree::NodePtr ChunkTree::Edit::build(std::vector<NewChunk> chunks)
{
    // A Cartesian tree in one pass: a stack of the right spine.
    std::vector<NodePtr> spine;
    for (NewChunk &chunk : chunks) {
        NodePtr node(new Node);
        node->key = std::move(chunk.lastKey);
        node->chunk = chunk.chunk;
        node->edit = m_id;
        NodePtr below;
        while (!spine.empty() && !state::ranksAbove(spine.back()->chunk.rank, node->chunk.rank)) {
            below = std::move(spine.back());
            spine.pop_back();
        }
        node->left = std::move(below);
        if (!spine.empty()) {
            spine.back()->right = node;
        }
        spine.push_back(std::move(node));
    }
    return spine.empty() ? NodePtr() : spine.front();
}

void ChunkTree::Edit::hash(Node &node)
{
    // Only this edit's nodes lack a hash; every shared node keeps the one it had.
    if (node.left && !node.left->hashed) {
        hash(*node.left);
    }
    if (node.right && !node.right->hashed) {
        hash(*node.right);
    }
    node.hash = state::chunkNodeHash(node.left ? node.left->hash : state::kNoSubtree, node.chunk.root,
                                     node.right ? node.right->hash : state::kNoSubtree);
    node.hashed = true;
}

} // namespace courtyard::store
