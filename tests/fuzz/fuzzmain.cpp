// The libFuzzer entry of one fuzz_<name> binary: COHORT_FUZZ_TARGET names the reader it feeds.
#include "fuzztargets.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const cohort::fuzz::Target *const target = cohort::fuzz::findTarget(COHORT_FUZZ_TARGET);
    if (!target)
        std::abort();
    return target->entry(data, size);
}
