// Fuzz target for the text parsers: C2SP signed notes and checkpoint bodies, C2SP verifier
// keys, key-file headers and money amounts.
//
// Properties:
//  * none crashes, and every refusal carries a message;
//  * an accepted checkpoint body formats back to exactly its input;
//  * an accepted amount formats and parses back to the same amount, in the same locale.
#include "core/crypto/crypto.h"
#include "core/ledger/checkpoint.h"
#include "core/money/money.h"

#include <QLocale>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "fuzz_text: property violated: %s\n", what);
    std::abort();
}

template <typename R>
void requireMessage(const R &result, const char *what)
{
    if (!result && result.error().message.isEmpty()) {
        violated(what);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace courtyard;
    const QByteArrayView input(data, static_cast<qsizetype>(size));

    requireMessage(ledger::parseSignedNote(input), "parseSignedNote failed without a message");
    const auto body = ledger::Checkpoint::parseBody(input);
    requireMessage(body, "Checkpoint::parseBody failed without a message");
    if (body && QByteArrayView(body->body()) != input) {
        violated("an accepted checkpoint body does not format back to its input");
    }
    const QString text = QString::fromUtf8(input);
    requireMessage(ledger::NoteKey::fromVerifierKey(text), "NoteKey::fromVerifierKey failed without a message");
    requireMessage(crypto::inspectKeyFile(input), "inspectKeyFile failed without a message");

    static const QLocale locales[] = {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
                                      QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::Arabic, QLocale::SaudiArabia)};
    static const QString currencies[] = {QStringLiteral("CNY"), QStringLiteral("JPY"), QStringLiteral("KWD")};
    if (size <= 64) {
        for (const QLocale &locale : locales) {
            for (const QString &code : currencies) {
                const money::Currency currency = *money::currencyByCode(code);
                const auto amount = money::Money::parse(text, currency, locale);
                requireMessage(amount, "Money::parse failed without a message");
                if (amount) {
                    const auto again = money::Money::parse(amount->format(locale), currency, locale);
                    if (!again || again->minor() != amount->minor()) {
                        violated("a parsed amount does not survive format and parse");
                    }
                }
            }
        }
    }
    return 0;
}
