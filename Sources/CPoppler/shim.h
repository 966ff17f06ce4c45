#ifndef HETONG_CPOPPLER_SHIM_H
#define HETONG_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>
#include <glib-object.h>

/* Wrappers for macros and variadic helpers Swift cannot call directly. Prefixed CPoppler_. */
static inline void CPoppler_g_free(void *p) { g_free(p); }
static inline void CPoppler_unref(void *object) { if (object) g_object_unref(object); }
static inline void CPoppler_error_free(GError *error) { if (error) g_error_free(error); }

/* The GQuark of poppler's error domain (POPPLER_ERROR is a macro). */
static inline GQuark CPoppler_error_domain(void) { return POPPLER_ERROR; }
static inline int CPoppler_error_is_encrypted(const GError *error) {
    return error && error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED;
}

/* Number of images drawn on a page (renders the page through poppler's image output device). */
static inline unsigned CPoppler_page_image_count(PopplerPage *page) {
    GList *list = poppler_page_get_image_mapping(page);
    unsigned n = g_list_length(list);
    poppler_page_free_image_mapping(list);
    return n;
}

/* Creation date as ISO 8601 (newly allocated, g_free it), or NULL. */
static inline gchar *CPoppler_creation_date_iso8601(PopplerDocument *document) {
    GDateTime *date = poppler_document_get_creation_date_time(document);
    if (!date) return NULL;
    gchar *text = g_date_time_format_iso8601(date);
    g_date_time_unref(date);
    return text;
}
#endif
