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

/* Images drawn on a page (renders the page through poppler's image output device): their number,
   and the share of the page area they cover (areas summed, capped at 1). */
static inline unsigned CPoppler_page_images(PopplerPage *page, double *coverage) {
    double width = 0, height = 0, covered = 0;
    poppler_page_get_size(page, &width, &height);
    GList *list = poppler_page_get_image_mapping(page);
    unsigned n = 0;
    for (GList *item = list; item; item = item->next, n++) {
        PopplerImageMapping *mapping = (PopplerImageMapping *)item->data;
        double w = mapping->area.x2 - mapping->area.x1, h = mapping->area.y2 - mapping->area.y1;
        covered += (w < 0 ? -w : w) * (h < 0 ? -h : h);
    }
    poppler_page_free_image_mapping(list);
    *coverage = width > 0 && height > 0 ? covered / (width * height) : 0;
    if (*coverage > 1) *coverage = 1;
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
/* Renders a page at `scale` (dpi / 72) into `buffer` (cairo ARGB32, `stride` bytes per row) on a
   white background. Returns 0 on success. The caller owns the buffer. */
static inline int CPoppler_render_page(PopplerPage *page, double scale, int width, int height, int stride,
                                       unsigned char *buffer) {
    cairo_surface_t *surface = cairo_image_surface_create_for_data(buffer, CAIRO_FORMAT_ARGB32, width, height, stride);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) { cairo_surface_destroy(surface); return 1; }
    cairo_t *cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    poppler_page_render_for_printing(page, cr);
    int status = cairo_status(cr) != CAIRO_STATUS_SUCCESS;
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    cairo_surface_destroy(surface);
    return status;
}

/* Bytes per row cairo wants for an ARGB32 image of this width. */
static inline int CPoppler_argb32_stride(int width) { return cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, width); }
#endif
