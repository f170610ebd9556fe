/* A stand-in for Windows 10's system icuuc.dll, for running the Windows build under Wine only
 * (Wine < 11.5 has no icuuc.dll; Qt >= 6.10's Qt6Core.dll imports these 20 functions from it).
 * It reports that ICU has no converters, so Qt falls back to its built-in UTF-8/16/32 and
 * Latin-1 codecs. Built by packaging/windows/check.py into the Wine prefix's system32 — never
 * into the bundle or the installer: real Windows has the real icuuc.dll. */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode; /* U_ZERO_ERROR 0, U_FILE_ACCESS_ERROR 4: "no such converter" */
typedef uint16_t UChar;
typedef void UConverter;
typedef void (*Callback)(void);

#define EXPORT __declspec(dllexport)
static void fail(UErrorCode *err) { if (err && *err <= 0) *err = 4; }

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err); return NULL; }
EXPORT void ucnv_close(UConverter *c) { (void)c; }
EXPORT void ucnv_reset(UConverter *c) { (void)c; }
EXPORT int8_t ucnv_getMaxCharSize(const UConverter *c) { (void)c; return 1; }
EXPORT const char *ucnv_getName(const UConverter *c, UErrorCode *err) { (void)c; fail(err); return ""; }
EXPORT void ucnv_toUnicode(UConverter *c, UChar **t, const UChar *tl, const char **s, const char *sl,
                           int32_t *o, int8_t f, UErrorCode *err) {
    (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err);
}
EXPORT void ucnv_fromUnicode(UConverter *c, char **t, const char *tl, const UChar **s, const UChar *sl,
                             int32_t *o, int8_t f, UErrorCode *err) {
    (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err);
}
EXPORT void ucnv_getToUCallBack(const UConverter *c, Callback *a, const void **ctx) {
    (void)c; if (a) *a = NULL; if (ctx) *ctx = NULL;
}
EXPORT void ucnv_getFromUCallBack(const UConverter *c, Callback *a, const void **ctx) {
    (void)c; if (a) *a = NULL; if (ctx) *ctx = NULL;
}
EXPORT void ucnv_setToUCallBack(UConverter *c, Callback n, const void *nc, Callback *o, const void **oc,
                                UErrorCode *err) {
    (void)c; (void)n; (void)nc; if (o) *o = NULL; if (oc) *oc = NULL; fail(err);
}
EXPORT void ucnv_setFromUCallBack(UConverter *c, Callback n, const void *nc, Callback *o, const void **oc,
                                  UErrorCode *err) {
    (void)c; (void)n; (void)nc; if (o) *o = NULL; if (oc) *oc = NULL; fail(err);
}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void ucnv_cbToUWriteUChars(void *a, const UChar *s, int32_t n, int32_t o, UErrorCode *err) {
    (void)a; (void)s; (void)n; (void)o; fail(err);
}
EXPORT void ucnv_cbFromUWriteUChars(void *a, const UChar **s, const UChar *sl, int32_t o, UErrorCode *err) {
    (void)a; (void)s; (void)sl; (void)o; fail(err);
}
EXPORT int32_t ucnv_toUCountPending(const UConverter *c, UErrorCode *err) { (void)c; fail(err); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const UConverter *c, UErrorCode *err) { (void)c; fail(err); return 0; }
EXPORT const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *err) {
    (void)n; (void)s; fail(err); return NULL;
}
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
