#ifndef CHYPHEN_SHIM_H
#define CHYPHEN_SHIM_H

// libhyphen (Debian: libhyphen-dev), the hyphenation library of LibreOffice,
// ships no pkg-config file, so the header is found on the default include
// path and linked as "hyphen". Its patterns come from hyphen-nl and
// hyphen-en-us in /usr/share/hyphen.
#include <hyphen.h>

#endif
