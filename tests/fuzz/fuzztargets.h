#pragma once

#include <cstddef>
#include <cstdint>

namespace cohort::fuzz {

/// One libFuzzer entry point: feeds `size` bytes to one input reader. Returns 0 (libFuzzer's
/// convention); a crash, hang, sanitizer report or failed invariant is the finding.
using Entry = int (*)(const uint8_t *data, size_t size);

struct Target
{
    const char *name; ///< the fuzzer binary is fuzz_<name>; seeds in tests/fuzz/seeds/<name>
    Entry entry;
};

/// Every target, for the fuzzers (picked by name at build time) and the replay test (all).
extern const Target kTargets[];
extern const size_t kTargetCount;

/// The target called `name`, or nullptr.
const Target *findTarget(const char *name);

} // namespace cohort::fuzz
