#ifndef KEHOACH_CLIBFUZZER_H
#define KEHOACH_CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, for a program that has its own main (SwiftPM gives every executable one):
/// linked only in the fuzzing build (-sanitize=fuzzer), called only there.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
