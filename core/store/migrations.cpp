#include "core/store/migrations.h"

namespace courtyard::store {

namespace {

// Version 1: the ledger. blocks and transactions are append-only, enforced by the
// database itself so that no code path (ours or a careless script) can edit history.
// The kind/author/sequence/id columns are derived from the stored bytes for lookups; the
// verifier checks that they agree with the bytes.
constexpr char kVersion1[] = R"sql(
CREATE TABLE blocks (
    height               INTEGER PRIMARY KEY CHECK (height >= 0),
    hash                 BLOB NOT NULL UNIQUE,
    header               BLOB NOT NULL,
    signature            BLOB NOT NULL,
    checkpoint_signature BLOB NOT NULL
) STRICT;

CREATE TABLE transactions (
    log_index    INTEGER PRIMARY KEY CHECK (log_index >= 0),
    block_height INTEGER NOT NULL REFERENCES blocks(height),
    id           BLOB NOT NULL UNIQUE,
    kind         TEXT NOT NULL,
    author       BLOB NOT NULL,
    sequence     INTEGER NOT NULL,
    bytes        BLOB NOT NULL,
    UNIQUE (author, sequence)
) STRICT;
CREATE INDEX transactions_by_block ON transactions(block_height);

CREATE TRIGGER blocks_append_only_update BEFORE UPDATE ON blocks
BEGIN SELECT RAISE(ABORT, 'blocks are append-only'); END;
CREATE TRIGGER blocks_append_only_delete BEFORE DELETE ON blocks
BEGIN SELECT RAISE(ABORT, 'blocks are append-only'); END;
CREATE TRIGGER transactions_append_only_update BEFORE UPDATE ON transactions
BEGIN SELECT RAISE(ABORT, 'transactions are append-only'); END;
CREATE TRIGGER transactions_append_only_delete BEFORE DELETE ON transactions
BEGIN SELECT RAISE(ABORT, 'transactions are append-only'); END;

-- Transactions made on this device and not yet known sealed. The state changes as the
-- server answers; the bytes never do.
CREATE TABLE outbox (
    id           BLOB PRIMARY KEY,
    author       BLOB NOT NULL,
    sequence     INTEGER NOT NULL,
    bytes        BLOB NOT NULL,
    created_ms   INTEGER NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sealed', 'rejected')),
    reason_code  TEXT,
    reason       TEXT,
    block_height INTEGER,
    log_index    INTEGER,
    UNIQUE (author, sequence)
) STRICT;
CREATE TRIGGER outbox_bytes_fixed BEFORE UPDATE OF id, author, sequence, bytes ON outbox
BEGIN SELECT RAISE(ABORT, 'outbox transactions cannot be edited'); END;

-- The last sequence number this device used per local author key, bumped in the same SQLite
-- transaction as the outbox row, so a sequence is never used twice.
CREATE TABLE author_sequences (
    author        BLOB PRIMARY KEY,
    last_sequence INTEGER NOT NULL CHECK (last_sequence >= 0)
) STRICT;
)sql";

// Version 2: projections of the ledger, derived by running the contracts over the blocks. They
// are not history (no append-only triggers): they can be cleared and rebuilt by replaying, and
// they change only in the SQLite transaction that appends the block causing the change.
// state: the contracts' state, one row per key (state::Key bytes, compared bytewise like
// memcmp), the value in canonical CBOR and its Merkle leaf (state::entryLeaf) cached, so that the
// state root is read in key order without re-encoding anything.
// postings: every double-entry posting line, amount in minor units; the (account, log_index)
// index makes one account's statement a range scan.
constexpr char kVersion2[] = R"sql(
CREATE TABLE state (
    key   BLOB PRIMARY KEY,
    value BLOB NOT NULL,
    leaf  BLOB NOT NULL CHECK (length(leaf) = 32)
) STRICT, WITHOUT ROWID;

CREATE TABLE postings (
    log_index    INTEGER NOT NULL CHECK (log_index >= 0),
    ordinal      INTEGER NOT NULL CHECK (ordinal >= 0),
    account      TEXT NOT NULL,
    currency     TEXT NOT NULL,
    amount       INTEGER NOT NULL,
    block_height INTEGER NOT NULL CHECK (block_height >= 0),
    PRIMARY KEY (log_index, ordinal)
) STRICT, WITHOUT ROWID;
CREATE INDEX postings_by_account ON postings(account, log_index);
)sql";

// Version 3: the running totals of every (account, currency) with postings: the sums of its
// debits (positive amounts) and credits (negated negative amounts) and the number of postings.
// A projection like the postings: written in the same SQLite transaction as the postings of each
// block, cleared and rebuilt with them, and filled here from the postings already stored. The
// trial balance reads it instead of adding up every posting.
constexpr char kVersion3[] = R"sql(
CREATE TABLE account_totals (
    account  TEXT NOT NULL,
    currency TEXT NOT NULL,
    debits   INTEGER NOT NULL CHECK (debits >= 0),
    credits  INTEGER NOT NULL CHECK (credits >= 0),
    postings INTEGER NOT NULL CHECK (postings > 0),
    PRIMARY KEY (account, currency)
) STRICT, WITHOUT ROWID;
INSERT INTO account_totals (account, currency, debits, credits, postings)
    SELECT account, currency, sum(max(amount, 0)), sum(max(-amount, 0)), count(*) FROM postings GROUP BY account, currency;
)sql";

// Version 4: the index of one account's postings also holds what a statement reads (currency,
// amount, block height), so a statement reads the index alone, not a table row per posting.
constexpr char kVersion4[] = R"sql(
DROP INDEX postings_by_account;
CREATE INDEX postings_by_account ON postings(account, log_index, ordinal, currency, amount, block_height);
)sql";

// Version 5: the leaf hashes of the log (RFC 9162 SHA-256(0x00 || transaction bytes)), one row
// per block keyed by the block's first log index, its transactions' leaves concatenated in log
// order. Written in the same SQLite transaction as the block, so that opening a ledger rebuilds
// the Merkle log from 32 bytes per transaction instead of reading and hashing every transaction.
// A cache, not history: open() uses it only when it covers exactly the stored transactions and
// leads to the tip's log root, and the verifier checks every leaf against the hash of the bytes.
// Filled from the stored transactions by Store::migrate (SQL has no SHA-256).
constexpr char kVersion5[] = R"sql(
CREATE TABLE log_leaves (
    first_index INTEGER PRIMARY KEY CHECK (first_index >= 0),
    leaves      BLOB NOT NULL CHECK (length(leaves) > 0 AND length(leaves) % 32 = 0)
) STRICT;
)sql";

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{
        {1, kVersion1},
        {2, kVersion2},
        {3, kVersion3},
        {4, kVersion4},
        {kLeafCacheSchemaVersion, kVersion5},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace courtyard::store
