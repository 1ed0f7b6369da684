// Replay driver for fuzz targets, for builds without libFuzzer (any compiler).
//
// Runs LLVMFuzzerTestOneInput over every file of the given corpus directories (or over single
// files, to reproduce a crash), then over a fixed-seed set of mutations of those inputs. The
// target aborts when a property fails, so a failure ends this process with a crash; the
// mutations are the same on every run and every machine, so a failure always reproduces.
//
// usage: fuzz_replay_<name> [--mutations N] <corpus dir or file>...
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

using Bytes = std::vector<uint8_t>;

// splitmix64: tiny, and fully specified here, so the mutations do not depend on the standard
// library's implementation of its distributions.
class Rng {
public:
    explicit Rng(uint64_t seed) : m_state(seed) {}

    uint64_t next()
    {
        uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform enough in [0, n) for choosing mutations; n > 0.
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }

private:
    uint64_t m_state = 0;
};

// Bytes that mean something to a CBOR-like parser: boundaries of the additional information,
// the start of each major type, indefinite lengths, simple values and break.
constexpr std::array<uint8_t, 26> Interesting = {0x00, 0x01, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1f,
                                                 0x20, 0x3b, 0x40, 0x5f, 0x60, 0x7f, 0x80, 0x9f, 0xa0,
                                                 0xbf, 0xc0, 0xf4, 0xf6, 0xf7, 0xf8, 0xfb, 0xff};

void mutate(Bytes &b, const std::vector<Bytes> &corpus, Rng &rng)
{
    switch (rng.below(9)) {
    case 0: // flip one bit
        if (!b.empty()) {
            b[rng.below(b.size())] ^= static_cast<uint8_t>(1u << rng.below(8));
        }
        return;
    case 1: // overwrite with an interesting byte
        if (!b.empty()) {
            b[rng.below(b.size())] = Interesting[rng.below(Interesting.size())];
        }
        return;
    case 2: // overwrite with a random byte
        if (!b.empty()) {
            b[rng.below(b.size())] = static_cast<uint8_t>(rng.next());
        }
        return;
    case 3: // insert a byte
        b.insert(b.begin() + static_cast<std::ptrdiff_t>(rng.below(b.size() + 1)),
                 Interesting[rng.below(Interesting.size())]);
        return;
    case 4: // erase a run
        if (!b.empty()) {
            const size_t at = rng.below(b.size());
            const size_t n = 1 + rng.below(std::min<size_t>(8, b.size() - at));
            b.erase(b.begin() + static_cast<std::ptrdiff_t>(at), b.begin() + static_cast<std::ptrdiff_t>(at + n));
        }
        return;
    case 5: // truncate
        b.resize(rng.below(b.size() + 1));
        return;
    case 6: { // duplicate a slice in place
        if (b.empty()) {
            return;
        }
        const size_t at = rng.below(b.size());
        const size_t n = 1 + rng.below(std::min<size_t>(16, b.size() - at));
        const Bytes slice(b.begin() + static_cast<std::ptrdiff_t>(at), b.begin() + static_cast<std::ptrdiff_t>(at + n));
        b.insert(b.begin() + static_cast<std::ptrdiff_t>(rng.below(b.size() + 1)), slice.begin(), slice.end());
        return;
    }
    case 7: { // splice in the tail of another input
        const Bytes &other = corpus[rng.below(corpus.size())];
        const size_t keep = rng.below(b.size() + 1);
        const size_t from = rng.below(other.size() + 1);
        b.resize(keep);
        b.insert(b.end(), other.begin() + static_cast<std::ptrdiff_t>(from), other.end());
        return;
    }
    case 8: // add one to a byte: walks integer arguments across their boundaries
        if (!b.empty()) {
            ++b[rng.below(b.size())];
        }
        return;
    }
}

bool readFile(const std::filesystem::path &path, Bytes &out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return false;
    }
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

void run(const Bytes &input)
{
    // A copy of exactly the input's size, so that a read past the end is caught by ASan.
    auto *copy = static_cast<uint8_t *>(std::malloc(std::max<size_t>(input.size(), 1)));
    if (!copy) {
        std::abort();
    }
    if (!input.empty()) {
        std::memcpy(copy, input.data(), input.size());
    }
    LLVMFuzzerTestOneInput(copy, input.size());
    std::free(copy);
}

} // namespace

int main(int argc, char **argv)
{
    long mutations = 4000;
    std::vector<std::filesystem::path> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--mutations" && i + 1 < argc) {
            char *end = nullptr;
            mutations = std::strtol(argv[++i], &end, 10);
            if (*end != '\0' || mutations < 0) {
                std::fprintf(stderr, "--mutations needs a non-negative number, got '%s'\n", argv[i]);
                return 2;
            }
        } else if (arg == "-h" || arg == "--help") {
            std::printf("usage: %s [--mutations N] <corpus dir or file>...\n", argv[0]);
            return 0;
        } else {
            paths.emplace_back(arg);
        }
    }
    if (paths.empty()) {
        std::fprintf(stderr, "usage: %s [--mutations N] <corpus dir or file>...\n", argv[0]);
        return 2;
    }

    std::vector<std::filesystem::path> files;
    for (const auto &p : paths) {
        std::error_code ec;
        if (std::filesystem::is_directory(p, ec)) {
            for (const auto &entry : std::filesystem::directory_iterator(p, ec)) {
                if (entry.is_regular_file()) {
                    files.push_back(entry.path());
                }
            }
        } else if (std::filesystem::is_regular_file(p, ec)) {
            files.push_back(p);
        } else {
            std::fprintf(stderr, "%s: no such file or directory\n", p.string().c_str());
            return 2;
        }
    }
    // Directory order differs between file systems; sorting keeps the mutations reproducible.
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "no inputs found: the seed corpus must hold at least one file\n");
        return 2;
    }

    std::vector<Bytes> corpus;
    for (const auto &f : files) {
        Bytes b;
        if (!readFile(f, b)) {
            std::fprintf(stderr, "%s: cannot read\n", f.string().c_str());
            return 2;
        }
        std::fprintf(stderr, "replaying %s (%zu bytes)\n", f.string().c_str(), b.size());
        run(b);
        corpus.push_back(std::move(b));
    }

    Rng rng(0x436f757274796172ULL); // fixed: "Courtyar"
    for (long n = 0; n < mutations; ++n) {
        Bytes b = corpus[rng.below(corpus.size())];
        const size_t rounds = 1 + rng.below(4);
        for (size_t r = 0; r < rounds; ++r) {
            mutate(b, corpus, rng);
        }
        run(b);
    }
    std::fprintf(stderr, "ok: %zu corpus file(s) and %ld mutated input(s) passed\n", files.size(), mutations);
    return 0;
}
