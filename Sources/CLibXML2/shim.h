#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
// The only C that ReductionXML sees. Everything libxml2 hides behind a macro, a variadic
// function or a mutable global is wrapped here in a `static inline` function.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, so <libxml/encoding.h> would pull in the system's
// <unicode/ucnv.h>. Its `enum UErrorCode` clashes with the one in Foundation's bundled ICU
// (module _FoundationICU) whenever a Swift file sees both modules ("… is not present in
// definition of 'enum UErrorCode'"). Nothing here uses ICU or the layout of
// xmlCharEncodingHandler (only pointers to it), so the ICU part of the headers is left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

/// `xmlFree` is a mutable C global; Swift 6 cannot call it directly.
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }

/// The calling thread's structured error handler (libxml2 keeps it per thread), so a
/// caller can install its own for one call and put the previous one back afterwards.
static inline xmlStructuredErrorFunc clibxml2_thread_error_handler(void) {
    return xmlStructuredError;
}
static inline void *clibxml2_thread_error_context(void) { return xmlStructuredErrorContext; }

/// Version of the libxml2 library actually loaded (not the headers').
static inline const char *clibxml2_version(void) { return xmlParserVersion; }
#endif
