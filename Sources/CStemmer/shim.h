#ifndef CSTEMMER_SHIM_H
#define CSTEMMER_SHIM_H

// Snowball's libstemmer (Debian: libstemmer-dev) ships no pkg-config file, so
// the header is found on the default include path and linked as "stemmer".
#include <libstemmer.h>

#endif
