#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a mutable C global; Swift 6 cannot call it directly.
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }
#endif
