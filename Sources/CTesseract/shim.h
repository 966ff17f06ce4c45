#ifndef HETONG_CTESSERACT_SHIM_H
#define HETONG_CTESSERACT_SHIM_H
#include <dlfcn.h>
#include <stddef.h>
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>

/* Tesseract and Leptonica are not linked: they are opened with dlopen the first time a page needs
   OCR. Linked, they (and libcurl, libarchive, GnuTLS, Kerberos… that Debian's libtesseract pulls in,
   all bound at load time) cost every hetong process about 13 ms of start-up, on a text PDF as on a
   scan, and a machine without Tesseract could not start hetong at all. The table holds the functions
   hetong calls, typed from the headers themselves (so a signature cannot drift); the caller owns it.
   Prefixed CTesseract_. */
typedef struct CTesseract_API {
    __typeof__(&TessVersion) version;
    __typeof__(&TessDeleteText) deleteText;
    __typeof__(&TessBaseAPICreate) create;
    __typeof__(&TessBaseAPIDelete) destroy;
    __typeof__(&TessBaseAPIInit3) init3;
    __typeof__(&TessBaseAPIEnd) end;
    __typeof__(&TessBaseAPISetVariable) setVariable;
    __typeof__(&TessBaseAPISetPageSegMode) setPageSegMode;
    __typeof__(&TessBaseAPISetImage2) setImage2;
    __typeof__(&TessBaseAPISetSourceResolution) setSourceResolution;
    __typeof__(&TessBaseAPIRecognize) recognize;
    __typeof__(&TessBaseAPIMeanTextConf) meanTextConf;
    __typeof__(&TessBaseAPIClear) clear;
    __typeof__(&TessBaseAPIGetIterator) getIterator;
    __typeof__(&TessResultIteratorDelete) resultIteratorDelete;
    __typeof__(&TessResultIteratorGetPageIterator) resultIteratorGetPageIterator;
    __typeof__(&TessResultIteratorNext) resultIteratorNext;
    __typeof__(&TessResultIteratorGetUTF8Text) resultIteratorGetUTF8Text;
    __typeof__(&TessPageIteratorBoundingBox) pageIteratorBoundingBox;
    __typeof__(&TessPageIteratorIsAtFinalElement) pageIteratorIsAtFinalElement;
    __typeof__(&pixReadMemPnm) pixReadMemPnm;
    __typeof__(&pixDestroy) pixDestroy;
    __typeof__(&pixFindSkewAndDeskew) pixFindSkewAndDeskew;
    __typeof__(&pixBlockconv) pixBlockconv;
    /* OpenMP's omp_set_max_active_levels when Tesseract is built with OpenMP, else NULL. */
    void (*ompSetMaxActiveLevels)(int);
} CTesseract_API;

/* Opens Tesseract (and with it Leptonica and OpenMP) and fills `api`: the library at `path` when it
   is not NULL, else the first of the usual names the loader finds. Returns NULL on success, else a
   static message naming what is missing. The library stays loaded for the life of the process. */
static inline const char *CTesseract_load(CTesseract_API *api, const char *path) {
    static const char *const names[] = {"libtesseract.so.5", "libtesseract.so.4", "libtesseract.so",
                                        "libtesseract.5.dylib", "libtesseract.dylib"};
    void *handle = NULL;
    if (path) {
        handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (!handle) return "cannot open the Tesseract library named by HETONG_TESSERACT";
    }
    for (size_t i = 0; i < sizeof names / sizeof names[0] && !handle; i++)
        handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!handle) return "cannot open libtesseract (install tesseract-ocr and libtesseract5)";
#define CTESSERACT_BIND(field, symbol)                                          \
    if (!(api->field = (__typeof__(api->field))dlsym(handle, #symbol)))         \
        return "libtesseract lacks " #symbol;
    CTESSERACT_BIND(version, TessVersion)
    CTESSERACT_BIND(deleteText, TessDeleteText)
    CTESSERACT_BIND(create, TessBaseAPICreate)
    CTESSERACT_BIND(destroy, TessBaseAPIDelete)
    CTESSERACT_BIND(init3, TessBaseAPIInit3)
    CTESSERACT_BIND(end, TessBaseAPIEnd)
    CTESSERACT_BIND(setVariable, TessBaseAPISetVariable)
    CTESSERACT_BIND(setPageSegMode, TessBaseAPISetPageSegMode)
    CTESSERACT_BIND(setImage2, TessBaseAPISetImage2)
    CTESSERACT_BIND(setSourceResolution, TessBaseAPISetSourceResolution)
    CTESSERACT_BIND(recognize, TessBaseAPIRecognize)
    CTESSERACT_BIND(meanTextConf, TessBaseAPIMeanTextConf)
    CTESSERACT_BIND(clear, TessBaseAPIClear)
    CTESSERACT_BIND(getIterator, TessBaseAPIGetIterator)
    CTESSERACT_BIND(resultIteratorDelete, TessResultIteratorDelete)
    CTESSERACT_BIND(resultIteratorGetPageIterator, TessResultIteratorGetPageIterator)
    CTESSERACT_BIND(resultIteratorNext, TessResultIteratorNext)
    CTESSERACT_BIND(resultIteratorGetUTF8Text, TessResultIteratorGetUTF8Text)
    CTESSERACT_BIND(pageIteratorBoundingBox, TessPageIteratorBoundingBox)
    CTESSERACT_BIND(pageIteratorIsAtFinalElement, TessPageIteratorIsAtFinalElement)
    /* Leptonica is a dependency of libtesseract: the handle's lookup scope includes it. */
    CTESSERACT_BIND(pixReadMemPnm, pixReadMemPnm)
    CTESSERACT_BIND(pixDestroy, pixDestroy)
    CTESSERACT_BIND(pixFindSkewAndDeskew, pixFindSkewAndDeskew)
    CTESSERACT_BIND(pixBlockconv, pixBlockconv)
#undef CTESSERACT_BIND
    api->ompSetMaxActiveLevels = (void (*)(int))dlsym(handle, "omp_set_max_active_levels");
    return NULL;
}
#endif
