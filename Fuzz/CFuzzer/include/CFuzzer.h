#ifndef CFUZZER_H
#define CFUZZER_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's entry point for programs with their own `main`
// (compiler-rt/lib/fuzzer/FuzzerInterface.h). SwiftPM renames an executable's
// `main`, so the harnesses start libFuzzer through this instead of linking
// libFuzzer's own `main`.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*UserCb)(const uint8_t *Data, size_t Size));

#endif
