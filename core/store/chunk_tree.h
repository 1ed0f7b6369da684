// courtyard/store: the state root's chunk tree (core/state/state.h) kept in memory between blocks.
//
// A version of the tree is its top node; nodes are shared between versions and never change once
// their Edit has finished. An Edit makes a new version from one: it copies only the nodes on the
// paths to the chunks it replaces, shares every other node with the version it started from
// (which stays as it was), and hashes only the nodes it made. So the state root after a block costs about log(chunks) node hashes per replaced
// chunk, and is computed before anything is written: a block's header is signed, and a received
// block checked, before the block is stored; the store adopts the edited version once it has
// written the block.
//
// Thread-safety: the reference counts are not atomic. A tree and its versions belong to one
// thread at a time (the store's).
#pragma once

#include "core/state/state.h"

#include <boost/smart_ptr/intrusive_ptr.hpp>
#include <boost/smart_ptr/intrusive_ref_counter.hpp>

#include <QByteArray>

#include <optional>
#include <utility>
#include <vector>

namespace courtyard::store {

class ChunkTree {
public:
    struct Node;
    using NodePtr = boost::intrusive_ptr<Node>;
    struct Node : boost::intrusive_ref_counter<Node, boost::thread_unsafe_counter> {
        QByteArray key;          // the chunk's last key: the tree's order
        state::ChunkSummary chunk;
        merkle::Hash hash{};     // chunkNodeHash of this subtree, once hashed
        bool hashed = false;
        quint64 edit = 0;        // the Edit that made the node: only it may change the node
        NodePtr left;
        NodePtr right;
    };
    // A chunk to put into the tree.
    struct NewChunk {
        QByteArray lastKey;
        state::ChunkSummary chunk;
    };

    // A new version made from `from`, which it leaves unchanged.
    class Edit {
    public:
        Edit(NodePtr from, quint64 id) : m_top(std::move(from)), m_id(id) {}
        // Replaces the chunks whose last keys are from `first` to `last` (or to the end: toEnd;
        // every chunk when there is no first) with `chunks`, given in key order, whose keys lie
        // after the chunk before `first` and (unless toEnd) up to `last`.
        void replace(const std::optional<QByteArray> &first, const QByteArray &last, bool toEnd, std::vector<NewChunk> chunks);
        // The new version, every node hashed.
        NodePtr finish();

    private:
        // The common case of a block (an entry changed or added inside a chunk): the chunk keeps
        // its last key and rank, so the tree keeps its shape and only the path to it is copied.
        bool changeInPlace(const QByteArray &key, const state::ChunkSummary &chunk);
        NodePtr own(const NodePtr &node);
        // Splits a tree into the chunks before key (or up to key: inclusive) and the rest.
        std::pair<NodePtr, NodePtr> split(const NodePtr &node, const QByteArray &key, bool inclusive);
        // The chunks of a, then those of b (all of a's keys before b's).
        NodePtr merge(NodePtr a, NodePtr b);
        NodePtr build(std::vector<NewChunk> chunks);
        void hash(Node &node);

        NodePtr m_top;
        quint64 m_id;
    };

    // The tree of chunks given in key order.
    void load(std::vector<NewChunk> chunks);
    const NodePtr &top() const { return m_top; }
    Edit edit() const { return Edit(m_top, ++m_edits); }
    void adopt(NodePtr top) { m_top = std::move(top); }
    // A version's state root.
    static merkle::Hash rootOf(const NodePtr &top) { return top ? top->hash : merkle::emptyRoot(); }

private:
    NodePtr m_top;
    mutable quint64 m_edits = 0;
};

} // namespace courtyard::store
