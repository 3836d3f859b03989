#ifndef CLIBXSLT_SHIM_H
#define CLIBXSLT_SHIM_H
// The libxslt half of the C wall: only ReductionXML imports this module (see CLibXML2/shim.h
// for why the ICU part of libxml2's headers is left out).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>
#include <libxslt/security.h>
#endif
