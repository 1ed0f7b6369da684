// courtyard/verify: checks a whole ledger from genesis, trusting nothing in the file.
//
// For every block in order: the header decodes canonically and its stored hash is its hash;
// height, previous hash, community and time follow from the block before; the sealer (named
// by genesis) signed the header and the block's C2SP checkpoint. For every transaction: its
// row sits at the next log index of that block, decodes canonically, its id/kind/author/
// sequence columns match its bytes, it belongs to the community, each author's sequence only
// grows (a co-signed transaction, outside that lane: sealed once, in a block no later than its
// validity and no more than ledger::kMaxCosignedValidityMs before it), and every signature
// verifies (the author's among them). After each block the Merkle
// log root of all transactions so far must equal the root in the header.
//
// The first problem found in log order is reported with the block height, the transaction's
// log index and id where there is one, and why. Signature checks, nearly the whole cost, run on
// `threads` threads; everything else is applied in order on the calling thread.
//
// Errors: the Result fails only when the store cannot be read; a bad ledger is a Report with a
// problem.
#pragma once

#include "core/base/result.h"
#include "core/ledger/checkpoint.h"
#include "core/merkle/merkle_log.h"
#include "core/store/store.h"

#include <functional>
#include <optional>

namespace courtyard::verify {

struct Problem {
    quint64 height = 0;
    std::optional<quint64> logIndex;
    QString transactionId; // hex, when the problem is in a transaction whose id is known
    ErrorCode code = ErrorCode::Integrity;
    QString reason;

    // "block 12, transaction at log index 345 (id 3fa2…): the signature of key … does not verify"
    QString describe() const;
};

struct Report {
    quint64 blocks = 0;       // blocks checked and found good
    quint64 transactions = 0; // transactions checked and found good
    quint64 signatures = 0;   // signatures verified
    quint64 logSize = 0;
    merkle::Hash logRoot{};
    std::optional<Problem> problem;
    bool cancelled = false;   // Options::progress asked to stop: only the blocks counted were checked

    bool ok() const { return !problem.has_value() && !cancelled; }
};

struct Options {
    explicit Options(int signatureThreads = 1) : threads(signatureThreads) {}

    int threads = 1; // threads for signature checks, >= 1

    // Trust anchors. Without them verification proves only that the ledger is consistent in
    // itself: whoever holds a sealing key could build another consistent ledger, and a ledger cut
    // short at a block boundary is still consistent. A device pins the sealer's note key at
    // enrollment and keeps the last checkpoint it saw.
    std::optional<ledger::NoteKey> trustedSealer;     // genesis must name this key and origin
    std::optional<ledger::Checkpoint> trustedCheckpoint; // the log must extend it (already signature-checked)

    // Called on the calling thread once per block read, with the number of blocks verified so far
    // (of Store::blockCount(); blocks are checked in batches, so the count lags behind the
    // reading); returning false stops the run: the Report is then `cancelled`.
    std::function<bool(quint64 blocksVerified)> progress;
};

Result<Report> verifyStore(store::Store &store, const Options &options = Options());

} // namespace courtyard::verify
