export const id = 441;
export const ids = [441];
export const modules = {

/***/ 441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pack: () => (/* binding */ pack)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_pack_pack_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(144);
/* harmony import */ var _core_settings_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4927);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5377);
/** `capflight pack`: loaded alone, so packing starts without the release, store and serve code. */




const pack = async (context) => {
    const { values, cwd, io } = context;
    let dir = (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['web-dir']);
    let exclude = [];
    if (!dir) {
        // Only the web folder and excludes come from the settings: pack needs no app id.
        const settings = (0,_core_settings_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .buildSettings */ .E6)(values, io.env, cwd, { appId: false });
        dir = settings.webDir;
        exclude = settings.exclude;
    }
    const out = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values.out) ?? 'bundle.zip');
    const result = await (0,_core_pack_pack_js__WEBPACK_IMPORTED_MODULE_1__/* .packWebDir */ .r)({ webDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, dir), out, exclude, requireNotifyAppReady: Boolean(values['require-notify-app-ready']), reporter: context.reporter });
    const { notifyAppReady: _n, ...shown } = result;
    context.print(shown, `${result.path}\n  files     ${result.files}\n  size      ${result.size}\n  checksum  ${result.checksum}`);
    return 0;
};


/***/ })

};
