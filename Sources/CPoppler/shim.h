#ifndef HETONG_CPOPPLER_SHIM_H
#define HETONG_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>
#include <glib-object.h>

/* Wrappers for macros and variadic helpers Swift cannot call directly. Prefixed CPoppler_. */
static inline void CPoppler_g_free(void *p) { g_free(p); }
static inline void CPoppler_unref(void *object) { if (object) g_object_unref(object); }
static inline void CPoppler_error_free(GError *error) { if (error) g_error_free(error); }
#endif
