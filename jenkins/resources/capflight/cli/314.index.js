export const id = 314;
export const ids = [314];
export const modules = {

/***/ 8314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ignoreTypeStripWarnings: () => (/* binding */ ignoreTypeStripWarnings)
/* harmony export */ });
/**
 * Node warns that its TypeScript type stripper (used to read capacitor.config.ts) is experimental;
 * that says nothing a capflight user can act on. Wrappers hand in their process: every other
 * warning is printed as Node prints it.
 */
function ignoreTypeStripWarnings(proc) {
    proc.removeAllListeners('warning');
    proc.on('warning', (warning) => {
        if (warning.name === 'ExperimentalWarning' && /stripTypeScriptTypes|Type Stripping/i.test(warning.message))
            return;
        proc.stderr.write(`(node:${proc.pid}) ${warning.name}: ${warning.message}\n`);
    });
}


/***/ })

};
