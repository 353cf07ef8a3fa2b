// The declaration in include/CFuzzer.h is all there is; libFuzzer itself comes
// from the toolchain through -sanitize=fuzzer.
#include "CFuzzer.h"
