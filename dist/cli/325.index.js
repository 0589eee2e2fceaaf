export const id = 325;
export const ids = [325];
export const modules = {

/***/ 7325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serve: () => (/* binding */ serve)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9647);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5377);
/** `capflight serve`: the endpoint, and with --console the admin API and the page (loaded when serve runs). */




/** A whole number flag within bounds, or a configuration error that says what it must be. */
function numberFlag(values, flag, fallback, valid, what) {
    const raw = values[flag];
    if (raw === undefined)
        return fallback;
    const n = Number(raw);
    if (!valid(n))
        throw new _core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1([`--${flag} must be ${what}, got "${String(raw)}".`]);
    return n;
}
/** `capflight serve`: the update endpoint over the store, until SIGINT/SIGTERM. */
const serve = async (context) => {
    const { values, io, reporter } = context;
    const port = numberFlag(values, 'port', 8787, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'a port number (0-65535)');
    const ttl = numberFlag(values, 'cache-ttl', 1000, (n) => Number.isFinite(n) && n >= 0, 'a number of milliseconds');
    const requestTimeout = numberFlag(values, 'request-timeout', 30_000, (n) => Number.isInteger(n) && n >= 100, 'a whole number of milliseconds, at least 100');
    const statsRate = numberFlag(values, 'stats-rate', 120, (n) => Number.isInteger(n) && n >= 1, 'a whole number of events per minute, at least 1');
    const defaultChannel = (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['default-channel']);
    (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .assertNames */ .TL)([['channel', defaultChannel, '--default-channel']]);
    const publicUrl = (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['public-url']);
    if (publicUrl && !/^https?:\/\//.test(publicUrl))
        throw new _core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1([`--public-url must start with http:// or https://, got "${publicUrl}".`]);
    // serve answers every app in the store, so it needs no app id of its own.
    const settings = context.settings({ appId: false });
    const store = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openTelemetryStore */ .rL)(settings.store, settings.cwd, io.env, 'capflight serve');
    const flushEvery = numberFlag(values, 'flush-interval', 10, (n) => Number.isFinite(n) && n >= 0.1 && n <= 3600, 'a number of seconds from 0.1 to 3600');
    const recorder = new _core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .TelemetryRecorder */ .al(store);
    const raw = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .createRawHandler */ .DG)({
        store,
        recorder,
        defaultChannel,
        publicUrl,
        cacheTtlMs: ttl,
        statsPerDevicePerMinute: statsRate,
        onError: (error) => reporter.warn(`request failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
    });
    // --console: the admin API beside the device routes, only with a token (no token, no console).
    let routed = raw;
    if (values.console) {
        const tokens = _core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .AdminTokens */ .Ew.load({ token: io.env.CAPFLIGHT_ADMIN_TOKEN, file: (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['admin-tokens']) });
        if (!tokens)
            throw new _core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(['--console needs an admin token: set CAPFLIGHT_ADMIN_TOKEN (e.g. to the output of "openssl rand -hex 32"), or pass --admin-tokens <file> with one "<name> <token>" a line.']);
        const admin = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .createAdminApi */ .w5)({ store, tokens, settings, env: io.env, reporter, now: context.runtime.now });
        // The page's files sit beside the CLI's bundle: dist/cli/index.js → dist/console/.
        const page = await (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .createConsolePage */ .dm)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url)), '..', 'console'));
        routed = async (request) => {
            if (request.path.startsWith('/api/v1/'))
                return admin(request);
            if (request.path === '/console' || request.path.startsWith('/console/') || request.path.startsWith('/console?'))
                return page(request);
            return raw(request);
        };
        reporter.info(`console at /console/ and admin API at /api/v1/ for token(s): ${tokens.names.join(', ')}`);
    }
    // --verbose: an access log line per request (the query string, which may name a device, left out).
    const handler = values.verbose
        ? async (request) => {
            const started = performance.now();
            const response = await routed(request);
            reporter.info(`${request.method} ${request.path.split('?')[0]} ${response.status} ${(performance.now() - started).toFixed(1)} ms`);
            return response;
        }
        : routed;
    const server = await (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .serveHandler */ .ii)(handler, { port, host: (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values.host) ?? '127.0.0.1', requestTimeoutMs: requestTimeout, onError: (e) => reporter.warn(String(e)) });
    const info = { url: server.url, store: store.url, updateUrl: `${server.url}/updates`, statsUrl: `${server.url}/stats`, channelUrl: `${server.url}/channel_self`, consoleUrl: values.console ? `${server.url}/console/` : null };
    context.print(info, `capflight serve listening on ${server.url} (store ${store.url})\n  updateUrl  ${info.updateUrl}\n  statsUrl   ${info.statsUrl}\n  channelUrl ${info.channelUrl}${info.consoleUrl ? `\n  console    ${info.consoleUrl}` : ''}`);
    // Decisions and stats leave in batches: one flush per interval, whatever the traffic; with
    // --auto-rollout each flush is followed by the rollout gate of every guarded rollout.
    let lastCompaction = 0;
    const flush = async () => {
        try {
            await recorder.flush();
            const now = context.runtime.now();
            const apps = [...recorder.apps];
            // Finished hours fold into one object each, old days into one per day (see compactRollups).
            if (now.getTime() - lastCompaction > 600_000) {
                lastCompaction = now.getTime();
                for (const appId of apps)
                    await (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .compactRollups */ .RQ)(store, appId, now, recorder.instance);
            }
            if (values['auto-rollout'])
                await autoRollout(store, apps, context);
        }
        catch (error) {
            reporter.warn(`Writing telemetry to ${store.url} failed (kept for the next try): ${error.message}`);
        }
    };
    let timer;
    const tick = () => { timer = setTimeout(() => { void flush().finally(tick); }, flushEvery * 1000); };
    tick();
    await new Promise((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
    });
    clearTimeout(timer);
    await server.close();
    await flush();
    return 0;
};
/** serve --auto-rollout: the same gate as "capflight rollout advance", for every guarded rollout. */
async function autoRollout(store, apps, context) {
    for (const appId of apps) {
        for (const name of await store.listChannels(appId)) {
            const channel = await store.getChannel(appId, name);
            if (!channel?.rollout?.policy)
                continue;
            const result = await (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .advanceRollout */ .q9)(store, appId, name, context.runtime);
            if (result.decision !== 'hold')
                context.reporter.info(`auto-rollout ${appId}: ${result.message}`);
        }
    }
}


/***/ })

};
