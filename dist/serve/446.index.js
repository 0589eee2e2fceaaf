export const id = 446;
export const ids = [446];
export const modules = {

/***/ 9446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ConfiguredRetryStrategy: () => (/* reexport safe */ _smithy_core_retry__WEBPACK_IMPORTED_MODULE_2__.ConfiguredRetryStrategy),
/* harmony export */   DeleteObjectCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.DeleteObjectCommand),
/* harmony export */   GetObjectCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.GetObjectCommand),
/* harmony export */   HeadObjectCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.HeadObjectCommand),
/* harmony export */   ListObjectsV2Command: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.ListObjectsV2Command),
/* harmony export */   PutObjectCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.PutObjectCommand),
/* harmony export */   S3Client: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.S3Client),
/* harmony export */   Upload: () => (/* reexport safe */ _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_1__._)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2358);
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3609);
// The AWS SDK, loaded only when an s3:// store is opened: it is half of the CLI's bundle, and
// most commands never touch S3.





/***/ })

};
