#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

// Debian/Ubuntu build libxml2 with ICU, so <libxml/encoding.h> includes the
// system <unicode/*.h>. Swift 6.3 on Linux ships different ICU headers
// (module _FoundationICU), and importing both into one Swift module is a hard
// error. We use no ICU API, so hide libxml2's optional ICU declarations.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// xmlFree is a global function-pointer variable; Swift 6 refuses to touch it.
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }

#endif
