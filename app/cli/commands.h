// courtyard/cli: one subcommand per transaction kind (`courtyard lease create`, `courtyard
// payment cash`, ...), declared as a table.
//
// Each CommandSpec names a contract kind and version (its command words are the kind split at
// the dot: "lease.create" -> `lease create`) and, for each option, the payload field it fills,
// the type a person types (an amount in the community's currency, a day, a key file, ...), and
// whether it is required. buildPayload() turns the options into the payload the contract reads
// (docs/contracts.md); cli.cpp then signs, submits and seals it through the same code as
// `courtyard apply` (applyBatch), so both paths give the same transactions.
//
// Errors: usageProblem() returns the text of a usage error (a required option missing, a
// single option given twice); buildPayload() returns InvalidArgument naming the option and what
// to type for a value that cannot be used (Malformed is not used: every value problem is the
// person's), NotFound for a file that does not exist, and the Store's errors for a lookup.
// Thread-safety: the table is built once and immutable; the functions are reentrant.
#pragma once

#include "core/base/result.h"
#include "core/codec/cbor.h"
#include "core/crypto/crypto.h"
#include "core/money/currency.h"
#include "core/state/state.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace courtyard::cli {

// What a person types for an option, and what goes into the payload.
enum class ValueType {
    Text,       // any non-empty text -> text
    Unit,       // a unit number, 12-0301 -> text
    Money,      // an amount in the community's currency, 4500.00, not negative -> integer of minor units
    Day,        // YYYY-MM-DD, a day that exists -> text
    Period,     // YYYY-MM -> text
    Integer,    // a whole number from min to max -> integer
    Area,       // square metres with at most 2 decimals, 85.50 -> hundredths of m² (8550)
    Share,      // percent with at most 2 decimals, 1.25 or 1.25% -> basis points (125)
    Id,         // 32 hex digits -> 16 bytes (resident, lease and repair ids)
    TxId,       // 64 hex digits -> 32 bytes (a transaction id)
    InvoiceId,  // 32 hex digits -> text, lower case (an invoice's id, as payments name it)
    InvoiceKey, // invoice/<unit>/<due>/<id>, or just the id (looked up) -> text
    Document,   // a file (its SHA-256) or a SHA-256 as 64 hex digits -> 32 bytes
    CardId,     // the card's id as read from the card -> its SHA-256, 32 bytes
    PublicKey,  // 64 hex digits or a key file (public part only) -> 32 bytes
    Choice,     // one of `choices` -> text
    Rule,       // a percentage "5%" -> {"percent": "5%"}, or an amount "50.00" -> {"fixed": 5000}
    Deduction,  // REASON=AMOUNT -> {"reason": text, "amount": minor units}
    PinFile,    // a file whose first line is a PIN of 4 to 12 digits -> its Argon2id hash, text
    Hours,      // a whole number of hours from min to max -> the block time that many hours later, ms
    EnrollmentCode,     // a code as typed, 7K3Q-X9MD-R2TW-H4NB -> its canonical text (contracts/devices.h)
    EnrollmentCodeHash, // a code as typed -> its SHA-256 for this community; Generated: a new random code
};

enum class Presence {
    Required,     // exactly once
    Optional,     // at most once; left out of the payload when not given
    Defaulted,    // at most once; `defaultValue` (read like a typed value) when not given
    Generated,    // at most once; when not given, 16 new random bytes (an id for something new), or for an
                  // EnrollmentCodeHash a new random code
    List,         // any number of times; left out of the payload when not given
    RequiredList, // once or more
    ListOrEmpty,  // any number of times; an empty array when not given
};

struct OptionSpec {
    QString name;  // the option, without "--"
    QString field; // the payload field; "late-fee/cap" is the field "cap" inside the map of "late-fee"
    ValueType type = ValueType::Text;
    Presence presence = Presence::Required;
    QString help;
    QStringList choices;           // Choice
    qint64 minimum = 0;            // Integer
    qint64 maximum = 0;            // Integer
    QString defaultValue;          // Defaulted
    QString cap;                   // Rule: the option that caps a percentage (needed with one, refused with an amount)
    QStringList aliases;           // other names of the option

    bool repeatable() const;
    bool required() const;
    // "AMOUNT", "YYYY-MM-DD", ...: the value's name in --help.
    QString valueName() const;
    // What to type, e.g. "an amount in the community's currency, like 4500.00".
    QString typeHint() const;
};

struct CommandSpec {
    QString kind;          // "lease.create"
    quint32 version = 1;
    QString summary;       // one line
    QString signers;       // who signs, e.g. "a manager (--key)"
    bool currency = false; // the payload carries "currency": the community's currency
    std::vector<OptionSpec> options;
    QString example;       // the options of an example, after `courtyard <words>`

    QStringList words() const { return kind.split(QLatin1Char('.')); }
    QString name() const { return words().join(QLatin1Char(' ')); }
};

// Every transaction kind of addStandardContracts except genesis, in the order of docs/cli.md.
const std::vector<CommandSpec> &commandSpecs();

// The groups (first command words) of commandSpecs(), in order, with their actions.
std::vector<std::pair<QString, QStringList>> commandGroups();

// The usage problem of the options given (a required option missing, a single option given
// twice, a percentage rule without its cap...), or an empty string.
QString usageProblem(const CommandSpec &spec, const QCommandLineParser &parser);

// What buildPayload needs from the ledger.
struct PayloadContext {
    money::Currency currency;                 // the community's (genesis)
    const state::StateView *state = nullptr;  // to look up an invoice key from its id
    QByteArray communityId;                   // the genesis community id (enrollment code hashes)
    quint64 timeMs = 0;                       // the block time (Hours)
};

struct BuiltPayload {
    cbor::Value payload;
    std::vector<std::pair<QString, QByteArray>> generated; // option name -> the new id made for it
    QString enrollmentCode; // a new enrollment code made for the payload (canonical), else empty
};

// The payload of spec's kind from the options given. Call usageProblem() first.
Result<BuiltPayload> buildPayload(const CommandSpec &spec, const QCommandLineParser &parser, const PayloadContext &context);

// A new random enrollment code in canonical form (contracts::normalizeEnrollmentCode).
QString newEnrollmentCode();

// A public key given as 64 hex digits, or as the path of a key file (only its public part is
// read). A value of 64 characters that is not an existing file is read as hex.
Result<crypto::PublicKey> publicKeyFrom(const QString &value);

} // namespace courtyard::cli
