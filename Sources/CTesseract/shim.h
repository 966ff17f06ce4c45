#ifndef HETONG_CTESSERACT_SHIM_H
#define HETONG_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>
#endif
