#ifndef HETONG_CONNXRUNTIME_SHIM_H
#define HETONG_CONNXRUNTIME_SHIM_H
#include <dlfcn.h>
#include <stddef.h>
#include <stdint.h>

/* ONNX Runtime's C API, the part hetong calls, declared here from its documentation
   (onnxruntime_c_api.h): no header of the runtime is needed to build, and the library is opened with
   dlopen on the first PP-OCR page (never linked), so a machine without it still runs hetong.
   OrtGetApiBase() -> GetApi(version) -> const OrtApi *, a table of function pointers whose order is
   fixed (entries are only ever appended). COrt_Api below is that table up to the highest entry hetong
   calls (ReleaseModelMetadata, 118); the entries it calls are typed, the others are placeholders of
   the same size. The indices were checked against the table of onnxruntime 1.32.0 (the wheel Scripts/setup
   installs); every typed entry is pinned by a static assertion. Everything here is prefixed COrt_ or
   carries the C API's own names for its opaque types. */

typedef struct OrtEnv OrtEnv;
typedef struct OrtStatus OrtStatus;
typedef struct OrtSession OrtSession;
typedef struct OrtSessionOptions OrtSessionOptions;
typedef struct OrtRunOptions OrtRunOptions;
typedef struct OrtMemoryInfo OrtMemoryInfo;
typedef struct OrtValue OrtValue;
typedef struct OrtTensorTypeAndShapeInfo OrtTensorTypeAndShapeInfo;
typedef struct OrtModelMetadata OrtModelMetadata;
typedef struct OrtAllocator OrtAllocator;

typedef enum OrtLoggingLevel {
    ORT_LOGGING_LEVEL_VERBOSE = 0, ORT_LOGGING_LEVEL_INFO = 1, ORT_LOGGING_LEVEL_WARNING = 2,
    ORT_LOGGING_LEVEL_ERROR = 3, ORT_LOGGING_LEVEL_FATAL = 4
} OrtLoggingLevel;
typedef enum ONNXTensorElementDataType { ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT = 1 } ONNXTensorElementDataType;
typedef enum OrtAllocatorType { OrtInvalidAllocator = -1, OrtDeviceAllocator = 0, OrtArenaAllocator = 1 } OrtAllocatorType;
typedef enum OrtMemType { OrtMemTypeCPUInput = -2, OrtMemTypeCPUOutput = -1, OrtMemTypeDefault = 0 } OrtMemType;
typedef enum GraphOptimizationLevel {
    ORT_DISABLE_ALL = 0, ORT_ENABLE_BASIC = 1, ORT_ENABLE_EXTENDED = 2, ORT_ENABLE_ALL = 99
} GraphOptimizationLevel;

typedef struct COrt_Api {
    /*   0 */ void (*unused_CreateStatus)(void);
    /*   1 */ void (*unused_GetErrorCode)(void);
    /*   2 */ const char *(*GetErrorMessage)(const OrtStatus *status);
    /*   3 */ OrtStatus *(*CreateEnv)(OrtLoggingLevel log_severity_level, const char *logid, OrtEnv **out);
    /*   4 */ void (*unused_CreateEnvWithCustomLogger)(void);
    /*   5 */ void (*unused_EnableTelemetryEvents)(void);
    /*   6 */ void (*unused_DisableTelemetryEvents)(void);
    /*   7 */ OrtStatus *(*CreateSession)(const OrtEnv *env, const char *model_path, const OrtSessionOptions *options, OrtSession **out);
    /*   8 */ void (*unused_CreateSessionFromArray)(void);
    /*   9 */ OrtStatus *(*Run)(OrtSession *session, const OrtRunOptions *run_options, const char *const *input_names, const OrtValue *const *inputs, size_t input_len, const char *const *output_names, size_t output_names_len, OrtValue **outputs);
    /*  10 */ OrtStatus *(*CreateSessionOptions)(OrtSessionOptions **options);
    /*  11 */ void (*unused_SetOptimizedModelFilePath)(void);
    /*  12 */ void (*unused_CloneSessionOptions)(void);
    /*  13 */ void (*unused_SetSessionExecutionMode)(void);
    /*  14 */ void (*unused_EnableProfiling)(void);
    /*  15 */ void (*unused_DisableProfiling)(void);
    /*  16 */ void (*unused_EnableMemPattern)(void);
    /*  17 */ void (*unused_DisableMemPattern)(void);
    /*  18 */ void (*unused_EnableCpuMemArena)(void);
    /*  19 */ void (*unused_DisableCpuMemArena)(void);
    /*  20 */ void (*unused_SetSessionLogId)(void);
    /*  21 */ void (*unused_SetSessionLogVerbosityLevel)(void);
    /*  22 */ void (*unused_SetSessionLogSeverityLevel)(void);
    /*  23 */ OrtStatus *(*SetSessionGraphOptimizationLevel)(OrtSessionOptions *options, GraphOptimizationLevel graph_optimization_level);
    /*  24 */ OrtStatus *(*SetIntraOpNumThreads)(OrtSessionOptions *options, int intra_op_num_threads);
    /*  25 */ OrtStatus *(*SetInterOpNumThreads)(OrtSessionOptions *options, int inter_op_num_threads);
    /*  26 */ void (*unused_CreateCustomOpDomain)(void);
    /*  27 */ void (*unused_CustomOpDomain_Add)(void);
    /*  28 */ void (*unused_AddCustomOpDomain)(void);
    /*  29 */ void (*unused_RegisterCustomOpsLibrary)(void);
    /*  30 */ void (*unused_SessionGetInputCount)(void);
    /*  31 */ void (*unused_SessionGetOutputCount)(void);
    /*  32 */ void (*unused_SessionGetOverridableInitializerCount)(void);
    /*  33 */ void (*unused_SessionGetInputTypeInfo)(void);
    /*  34 */ void (*unused_SessionGetOutputTypeInfo)(void);
    /*  35 */ void (*unused_SessionGetOverridableInitializerTypeInfo)(void);
    /*  36 */ OrtStatus *(*SessionGetInputName)(const OrtSession *session, size_t index, OrtAllocator *allocator, char **value);
    /*  37 */ OrtStatus *(*SessionGetOutputName)(const OrtSession *session, size_t index, OrtAllocator *allocator, char **value);
    /*  38 */ void (*unused_SessionGetOverridableInitializerName)(void);
    /*  39 */ void (*unused_CreateRunOptions)(void);
    /*  40 */ void (*unused_RunOptionsSetRunLogVerbosityLevel)(void);
    /*  41 */ void (*unused_RunOptionsSetRunLogSeverityLevel)(void);
    /*  42 */ void (*unused_RunOptionsSetRunTag)(void);
    /*  43 */ void (*unused_RunOptionsGetRunLogVerbosityLevel)(void);
    /*  44 */ void (*unused_RunOptionsGetRunLogSeverityLevel)(void);
    /*  45 */ void (*unused_RunOptionsGetRunTag)(void);
    /*  46 */ void (*unused_RunOptionsSetTerminate)(void);
    /*  47 */ void (*unused_RunOptionsUnsetTerminate)(void);
    /*  48 */ void (*unused_CreateTensorAsOrtValue)(void);
    /*  49 */ OrtStatus *(*CreateTensorWithDataAsOrtValue)(const OrtMemoryInfo *info, void *p_data, size_t p_data_len, const int64_t *shape, size_t shape_len, ONNXTensorElementDataType type, OrtValue **out);
    /*  50 */ void (*unused_IsTensor)(void);
    /*  51 */ OrtStatus *(*GetTensorMutableData)(OrtValue *value, void **out);
    /*  52 */ void (*unused_FillStringTensor)(void);
    /*  53 */ void (*unused_GetStringTensorDataLength)(void);
    /*  54 */ void (*unused_GetStringTensorContent)(void);
    /*  55 */ void (*unused_CastTypeInfoToTensorInfo)(void);
    /*  56 */ void (*unused_GetOnnxTypeFromTypeInfo)(void);
    /*  57 */ void (*unused_CreateTensorTypeAndShapeInfo)(void);
    /*  58 */ void (*unused_SetTensorElementType)(void);
    /*  59 */ void (*unused_SetDimensions)(void);
    /*  60 */ void (*unused_GetTensorElementType)(void);
    /*  61 */ OrtStatus *(*GetDimensionsCount)(const OrtTensorTypeAndShapeInfo *info, size_t *out);
    /*  62 */ OrtStatus *(*GetDimensions)(const OrtTensorTypeAndShapeInfo *info, int64_t *dim_values, size_t dim_values_length);
    /*  63 */ void (*unused_GetSymbolicDimensions)(void);
    /*  64 */ void (*unused_GetTensorShapeElementCount)(void);
    /*  65 */ OrtStatus *(*GetTensorTypeAndShape)(const OrtValue *value, OrtTensorTypeAndShapeInfo **out);
    /*  66 */ void (*unused_GetTypeInfo)(void);
    /*  67 */ void (*unused_GetValueType)(void);
    /*  68 */ void (*unused_CreateMemoryInfo)(void);
    /*  69 */ OrtStatus *(*CreateCpuMemoryInfo)(OrtAllocatorType type, OrtMemType mem_type, OrtMemoryInfo **out);
    /*  70 */ void (*unused_CompareMemoryInfo)(void);
    /*  71 */ void (*unused_MemoryInfoGetName)(void);
    /*  72 */ void (*unused_MemoryInfoGetId)(void);
    /*  73 */ void (*unused_MemoryInfoGetMemType)(void);
    /*  74 */ void (*unused_MemoryInfoGetType)(void);
    /*  75 */ void (*unused_AllocatorAlloc)(void);
    /*  76 */ OrtStatus *(*AllocatorFree)(OrtAllocator *allocator, void *p);
    /*  77 */ void (*unused_AllocatorGetInfo)(void);
    /*  78 */ OrtStatus *(*GetAllocatorWithDefaultOptions)(OrtAllocator **out);
    /*  79 */ void (*unused_AddFreeDimensionOverride)(void);
    /*  80 */ void (*unused_GetValue)(void);
    /*  81 */ void (*unused_GetValueCount)(void);
    /*  82 */ void (*unused_CreateValue)(void);
    /*  83 */ void (*unused_CreateOpaqueValue)(void);
    /*  84 */ void (*unused_GetOpaqueValue)(void);
    /*  85 */ void (*unused_KernelInfoGetAttribute_float)(void);
    /*  86 */ void (*unused_KernelInfoGetAttribute_int64)(void);
    /*  87 */ void (*unused_KernelInfoGetAttribute_string)(void);
    /*  88 */ void (*unused_KernelContext_GetInputCount)(void);
    /*  89 */ void (*unused_KernelContext_GetOutputCount)(void);
    /*  90 */ void (*unused_KernelContext_GetInput)(void);
    /*  91 */ void (*unused_KernelContext_GetOutput)(void);
    /*  92 */ void (*ReleaseEnv)(OrtEnv *input);
    /*  93 */ void (*ReleaseStatus)(OrtStatus *input);
    /*  94 */ void (*ReleaseMemoryInfo)(OrtMemoryInfo *input);
    /*  95 */ void (*ReleaseSession)(OrtSession *input);
    /*  96 */ void (*ReleaseValue)(OrtValue *input);
    /*  97 */ void (*unused_ReleaseRunOptions)(void);
    /*  98 */ void (*unused_ReleaseTypeInfo)(void);
    /*  99 */ void (*ReleaseTensorTypeAndShapeInfo)(OrtTensorTypeAndShapeInfo *input);
    /* 100 */ void (*ReleaseSessionOptions)(OrtSessionOptions *input);
    /* 101 */ void (*unused_ReleaseCustomOpDomain)(void);
    /* 102 */ void (*unused_GetDenotationFromTypeInfo)(void);
    /* 103 */ void (*unused_CastTypeInfoToMapTypeInfo)(void);
    /* 104 */ void (*unused_CastTypeInfoToSequenceTypeInfo)(void);
    /* 105 */ void (*unused_GetMapKeyType)(void);
    /* 106 */ void (*unused_GetMapValueType)(void);
    /* 107 */ void (*unused_GetSequenceElementType)(void);
    /* 108 */ void (*unused_ReleaseMapTypeInfo)(void);
    /* 109 */ void (*unused_ReleaseSequenceTypeInfo)(void);
    /* 110 */ void (*unused_SessionEndProfiling)(void);
    /* 111 */ OrtStatus *(*SessionGetModelMetadata)(const OrtSession *session, OrtModelMetadata **out);
    /* 112 */ void (*unused_ModelMetadataGetProducerName)(void);
    /* 113 */ void (*unused_ModelMetadataGetGraphName)(void);
    /* 114 */ void (*unused_ModelMetadataGetDomain)(void);
    /* 115 */ void (*unused_ModelMetadataGetDescription)(void);
    /* 116 */ OrtStatus *(*ModelMetadataLookupCustomMetadataMap)(const OrtModelMetadata *model_metadata, OrtAllocator *allocator, const char *key, char **value);
    /* 117 */ void (*unused_ModelMetadataGetVersion)(void);
    /* 118 */ void (*ReleaseModelMetadata)(OrtModelMetadata *input);
} COrt_Api;

typedef struct COrt_ApiBase {
    const COrt_Api *(*GetApi)(uint32_t version);
    const char *(*GetVersionString)(void);
} COrt_ApiBase;

#define COrt_INDEX(field, index) \
    _Static_assert(offsetof(COrt_Api, field) == (index) * sizeof(void (*)(void)), #field " is entry " #index)
COrt_INDEX(GetErrorMessage, 2);
COrt_INDEX(CreateEnv, 3);
COrt_INDEX(CreateSession, 7);
COrt_INDEX(Run, 9);
COrt_INDEX(CreateSessionOptions, 10);
COrt_INDEX(SetSessionGraphOptimizationLevel, 23);
COrt_INDEX(SetIntraOpNumThreads, 24);
COrt_INDEX(SetInterOpNumThreads, 25);
COrt_INDEX(SessionGetInputName, 36);
COrt_INDEX(SessionGetOutputName, 37);
COrt_INDEX(CreateTensorWithDataAsOrtValue, 49);
COrt_INDEX(GetTensorMutableData, 51);
COrt_INDEX(GetDimensionsCount, 61);
COrt_INDEX(GetDimensions, 62);
COrt_INDEX(GetTensorTypeAndShape, 65);
COrt_INDEX(CreateCpuMemoryInfo, 69);
COrt_INDEX(AllocatorFree, 76);
COrt_INDEX(GetAllocatorWithDefaultOptions, 78);
COrt_INDEX(ReleaseEnv, 92);
COrt_INDEX(ReleaseStatus, 93);
COrt_INDEX(ReleaseMemoryInfo, 94);
COrt_INDEX(ReleaseSession, 95);
COrt_INDEX(ReleaseValue, 96);
COrt_INDEX(ReleaseTensorTypeAndShapeInfo, 99);
COrt_INDEX(ReleaseSessionOptions, 100);
COrt_INDEX(SessionGetModelMetadata, 111);
COrt_INDEX(ModelMetadataLookupCustomMetadataMap, 116);
COrt_INDEX(ReleaseModelMetadata, 118);
#undef COrt_INDEX

/* Every entry hetong calls exists since API version 4 or earlier; asking for an old version lets an
   older runtime serve too (a newer runtime serves every older version with the same table). */
#define COrt_API_VERSION 14

/* Opens ONNX Runtime: the library at `path` (RTLD_LOCAL, kept for the life of the process) and its
   table for COrt_API_VERSION. Returns NULL on success, else a static message naming what failed. */
static inline const char *COrt_load(const char *path, const COrt_Api **api, const char **version) {
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!handle) return "cannot open the ONNX Runtime library";
    const COrt_ApiBase *(*getApiBase)(void) = (const COrt_ApiBase *(*)(void))dlsym(handle, "OrtGetApiBase");
    if (!getApiBase) return "the ONNX Runtime library lacks OrtGetApiBase";
    const COrt_ApiBase *base = getApiBase();
    if (!base || !base->GetApi) return "OrtGetApiBase returned no table";
    *api = base->GetApi(COrt_API_VERSION);
    if (!*api) return "this ONNX Runtime does not serve API version 14";
    *version = base->GetVersionString ? base->GetVersionString() : "unknown";
    return NULL;
}
#endif
