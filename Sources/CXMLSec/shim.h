#ifndef CXMLSEC_SHIM_H
#define CXMLSEC_SHIM_H
// The only C that ReductionXML's signature code sees (xmlsec1 with its OpenSSL back end,
// Debian libxmlsec1-dev). SwiftPM drops the -D flags that `pkg-config --cflags
// xmlsec1-openssl` prints, so they are repeated here; they must match the library build
// (XMLSEC_NO_SIZE_T makes xmlSecSize an unsigned int).
#ifndef XMLSEC_CRYPTO_OPENSSL
#define __XMLSEC_FUNCTION__ __func__
#define XMLSEC_NO_SIZE_T 1
#define XMLSEC_OPENSSL3_ENGINES 1
#define XMLSEC_NO_GOST 1
#define XMLSEC_NO_GOST2012 1
#define XMLSEC_NO_CRYPTO_DYNAMIC_LOADING 1
#define XMLSEC_CRYPTO_OPENSSL 1
#endif
#include <libxml/xmlversion.h>
// As in CLibXML2's shim: keep the ICU part of libxml2's headers out (clashes with Foundation's ICU).
#undef LIBXML_ICU_ENABLED
#include <libxml/tree.h>
#include <xmlsec/xmlsec.h>
#include <xmlsec/xmltree.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/templates.h>
#include <xmlsec/errors.h>
#include <xmlsec/crypto.h>

// Transform and key-data ids are macros over functions; Swift sees these instead.
static inline xmlSecTransformId cxmlsec_transform_exclusive_c14n(void) { return xmlSecTransformExclC14NId; }
static inline xmlSecTransformId cxmlsec_transform_enveloped(void) { return xmlSecTransformEnvelopedId; }
static inline xmlSecTransformId cxmlsec_transform_sha256(void) { return xmlSecOpenSSLTransformSha256Id; }
static inline xmlSecTransformId cxmlsec_transform_rsa_sha256(void) { return xmlSecOpenSSLTransformRsaSha256Id; }

/// One-time library set-up: xmlsec, then its OpenSSL back end. 0 on success.
static inline int cxmlsec_initialise(void) {
    if (xmlSecInit() < 0) return -1;
    if (xmlSecCheckVersion() != 1) return -2;
    if (xmlSecOpenSSLAppInit(NULL) < 0) return -3;
    if (xmlSecOpenSSLInit() < 0) return -4;
    return 0;
}

/// A key from PEM bytes: a private key (`certificate` 0) or a certificate's public key (1).
static inline xmlSecKeyPtr cxmlsec_key_load(const unsigned char *data, unsigned int size, int certificate) {
    return xmlSecOpenSSLAppKeyLoadMemory(data, size,
        certificate ? xmlSecKeyDataFormatCertPem : xmlSecKeyDataFormatPem, NULL, NULL, NULL);
}

/// Attaches a PEM certificate to a key (written into <X509Data> when signing). 0 on success.
static inline int cxmlsec_key_attach_certificate(xmlSecKeyPtr key, const unsigned char *data, unsigned int size) {
    return xmlSecOpenSSLAppKeyCertLoadMemory(key, data, size, xmlSecKeyDataFormatPem);
}

/// Sets the key a signature context signs or verifies with; the context then owns it.
static inline void cxmlsec_context_set_key(xmlSecDSigCtxPtr context, xmlSecKeyPtr key) { context->signKey = key; }

/// 1 when the last verification succeeded.
static inline int cxmlsec_context_succeeded(xmlSecDSigCtxPtr context) {
    return context->status == xmlSecDSigStatusSucceeded;
}
#endif
