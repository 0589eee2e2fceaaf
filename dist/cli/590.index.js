export const id = 590;
export const ids = [590];
export const modules = {

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ need),
/* harmony export */   J9: () => (/* binding */ FLAG_HELP),
/* harmony export */   Sq: () => (/* binding */ COMMON),
/* harmony export */   Y6: () => (/* binding */ CHANGES),
/* harmony export */   f3: () => (/* binding */ CI_FLAGS),
/* harmony export */   g2: () => (/* binding */ RELEASE),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   pU: () => (/* binding */ BOOL_FLAGS)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const COMMON = {
    json: { type: 'boolean' },
    cwd: { type: 'string' },
    config: { type: 'string' },
    store: { type: 'string' },
    'api-key': { type: 'string' },
    'app-id': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    verbose: { type: 'boolean' }
};
const CHANGES = { 'dry-run': { type: 'boolean' } };
const RELEASE = {
    ...CHANGES,
    channel: { type: 'string' },
    'web-dir': { type: 'string' },
    'build-command': { type: 'string' },
    'no-build': { type: 'boolean' },
    'tag-format': { type: 'string' },
    'default-branch': { type: 'string' },
    'allow-native-change': { type: 'boolean' },
    'allow-dirty': { type: 'boolean' },
    'cache-dir': { type: 'string' },
    'replace-rollout': { type: 'boolean' },
    'min-native-version': { type: 'string' },
    'require-notify-app-ready': { type: 'boolean' },
    branch: { type: 'string' },
    tag: { type: 'string' },
    pr: { type: 'string' },
    'private-key': { type: 'string' },
    'sign-command': { type: 'string' },
    'public-key': { type: 'string' }
};
/** Flags of commands that move a channel, for CI glue: a dotenv report and GitLab integrations. */
const CI_FLAGS = { dotenv: { type: 'string' }, gitlab: { type: 'boolean' } };
const BOOL_FLAGS = ['ios', 'android', 'allow-emulator', 'allow-dev', 'allow-self-set'];
const FLAG_HELP = {
    json: 'print one JSON object on stdout (logs go to stderr)',
    cwd: 'the app directory (default: current directory)',
    config: 'config file (default: capflight.config.json, or package.json "capflight")',
    store: 'where bundles live: a folder, file: URL, s3://bucket/prefix or capgo: (default .capflight/store)',
    'api-key': 'API key of a hosted store (capgo:); or CAPFLIGHT_API_KEY / CAPGO_TOKEN',
    'app-id': 'app id (default: appId of capacitor.config)',
    help: 'show this help',
    verbose: 'print debug output',
    'dry-run': 'show what would happen; change nothing',
    channel: 'channel to use instead of the rule\'s',
    'web-dir': 'built web directory (default: webDir of capacitor.config, else www)',
    'build-command': 'command that builds the web app (default: npm run build when package.json has it)',
    'no-build': 'skip the build; pack the web directory as it is',
    'tag-format': 'release tag format (default v${version})',
    'default-branch': 'the default branch (default: from CI or origin/HEAD, else main/master)',
    'allow-native-change': 'release even though native code changed; raises minNativeVersion',
    'replace-rollout': 'move every device although a rollout is in progress on the channel',
    'allow-dirty': 'release even though tracked files under the app have uncommitted changes',
    'cache-dir': 'compressed forms of files kept between releases, so only changed files are compressed again (default .capflight/cache; or CAPFLIGHT_CACHE_DIR)',
    'min-native-version': 'lowest native app version that may receive this bundle',
    'require-notify-app-ready': 'fail (instead of warn) when no script (JS file or inline <script>) calls notifyAppReady()',
    branch: 'branch to release as (default: from CI or git)',
    tag: 'tag to release as (default: from CI, or a release tag on HEAD)',
    pr: 'pull request number to release as',
    from: 'channel whose bundle to promote',
    to: 'target channel (promote) or version (rollback)',
    version: 'version of the bundle to promote',
    out: 'zip to write (default: bundle.zip)',
    rollout: 'serve the release to this percentage of the channel\'s devices (e.g. 10 or 12.5)',
    percentage: 'the new rollout percentage (only adds devices when raised)',
    promote: 'serve the rollout bundle to every device',
    abort: 'stop the rollout; every device gets the stable bundle',
    ios: 'serve iOS devices', android: 'serve Android devices', 'allow-emulator': 'serve emulators',
    'allow-dev': 'serve development (non-production) builds', 'allow-self-set': 'let devices pick this channel (channel_self)',
    port: 'port to listen on (default 8787)', host: 'address to listen on (default 127.0.0.1; 0.0.0.0 for all)',
    'default-channel': 'channel for devices that name none (default production)',
    'public-url': 'base URL devices download from, when behind a proxy or CDN',
    'cache-ttl': 'milliseconds channel state is reused before re-reading the store (default 1000)',
    'request-timeout': 'milliseconds a request (headers and body) may take to arrive, else 408 (default 30000)',
    'stats-rate': 'stats events one device may send per minute to this instance; the rest get 429 (default 120)',
    'private-key': 'private key file (or CAPFLIGHT_PRIVATE_KEY: the PEM, or base64 of it): encrypt and sign bundles',
    'sign-command': 'command that signs stdin with the private key (KMS/HSM), instead of --private-key',
    'public-key': 'public key file, for --sign-command when capacitor.config has no publicKey',
    force: 'replace existing keys',
    keep: 'store gc: bundles to keep per channel, counting the current one',
    device: 'the device id capacitor-updater reports (getDeviceId())',
    'min-age': 'store gc: leave what is younger than this many minutes (default 60; a release may be writing it)',
    dotenv: 'also write the result as a dotenv file (CAPFLIGHT_VERSION, CAPFLIGHT_CHANNEL, CAPFLIGHT_STATUS, …)',
    gitlab: 'in GitLab CI: GitLab Release when production moves, merge request note on previews'
};
/** A string flag's value; undefined when absent (or given as a bare boolean). */
const str = (v) => (typeof v === 'string' ? v : undefined);
/** A string flag the command cannot do without, or a configuration error saying how to give it. */
function need(values, flag, message) {
    const v = str(values[flag]);
    if (v === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1([message]);
    return v;
}


/***/ }),

/***/ 590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/product.ts + 1 modules
var product = __webpack_require__(3873);
;// CONCATENATED MODULE: ./src/core/redact.ts
/** Every form a secret could be printed in: raw, trimmed, base64 and the PEM body on one line. */
function secretForms(secret) {
    const trimmed = secret.trim();
    const body = trimmed.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    // Multi-line values are also masked line by line: some CI runners mask per line.
    const lines = trimmed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length >= 16 && !/^-----/.test(l));
    return [...new Set([secret, trimmed, body, Buffer.from(trimmed).toString('base64'), encodeURIComponent(trimmed), ...lines].filter((v) => v.length >= 8))];
}
/**
 * Secrets of one run and every form they may be printed in (raw, trimmed, PEM body, base64,
 * URL-encoded, line by line). Every wrapper's reporter passes its output through one, whatever
 * its CI masks on its own: a build that echoes a key, or a service that repeats it in an error,
 * prints `***`.
 */
class Redactor {
    forms = [];
    add(secret) {
        if (!secret)
            return [];
        const added = secretForms(secret);
        // Longest first, so a whole PEM is replaced before any of its lines.
        this.forms = [...new Set([...this.forms, ...added])].sort((a, b) => b.length - a.length);
        return added;
    }
    redact(text) {
        let out = text;
        for (const form of this.forms)
            if (out.includes(form))
                out = out.split(form).join('***');
        return out;
    }
}

// EXTERNAL MODULE: ./src/core/settings/settings.ts + 3 modules
var settings = __webpack_require__(4927);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/commands.ts

/**
 * A handler loaded when its command runs: each command's code (and the backends it opens) is read
 * only by the runs that need it, so `--version`, `--help` and `pack` start without the rest.
 */
function lazy(load, name) {
    return async (context) => (await load())[name](context);
}
const handlers = () => Promise.all(/* import() */[__webpack_require__.e(651), __webpack_require__.e(144), __webpack_require__.e(647), __webpack_require__.e(595)]).then(__webpack_require__.bind(__webpack_require__, 595));
const packModule = () => Promise.all(/* import() */[__webpack_require__.e(144), __webpack_require__.e(441)]).then(__webpack_require__.bind(__webpack_require__, 441));
const serveModule = () => Promise.all(/* import() */[__webpack_require__.e(651), __webpack_require__.e(144), __webpack_require__.e(647), __webpack_require__.e(325)]).then(__webpack_require__.bind(__webpack_require__, 7325));
const COMMANDS = {
    version: {
        summary: 'compute what a release would be right now (no build, no upload)',
        usage: 'capflight version [options]',
        options: { ...flags/* RELEASE */.g2 },
        help: 'Finds the last release tag, reads the Conventional Commits since it and the rule for this branch or tag,\nand prints the next version and channel. Nothing is built or stored.',
        run: lazy(handlers, 'version')
    },
    release: {
        summary: 'plan by rule → build → pack → upload → move channel (the main job)',
        usage: 'capflight release [options]',
        options: { ...flags/* RELEASE */.g2, ...flags/* CI_FLAGS */.f3, rollout: { type: 'string' } },
        help: 'Picks the rule for this branch/tag (tags → production, hotfix/* and release/* → beta, the default\nbranch → development), works out the version, builds the web app, packs it, stores it and moves\nthe channel. A tag on a commit that already shipped promotes those exact bytes.',
        run: lazy(handlers, 'releaseCommand')
    },
    promote: {
        summary: 'point a channel at a bundle already in the store; no rebuild',
        usage: 'capflight promote --from <channel> --to <channel> [--version <version>] [--require-healthy] [options]',
        options: { ...flags/* CHANGES */.Y6, ...flags/* CI_FLAGS */.f3, from: { type: 'string' }, to: { type: 'string' }, version: { type: 'string' }, 'allow-native-change': { type: 'boolean' }, 'replace-rollout': { type: 'boolean' }, 'require-healthy': { type: 'boolean' } },
        flagHelp: { to: 'the channel to point at the bundle', 'require-healthy': 'refuse (exit 4) unless devices prove the bundle as healthy as the one --to serves' },
        help: 'Points --to at the bundle --from serves (or at --version): the same stored bytes and checksum.\n\n--require-healthy first applies the health gate: at least the rollout policy\'s minimum of devices\n(config "rolloutPolicy", else 100) ran the bundle, on any channel, and its failure and crash rates\nare proven within the policy\'s bounds of those of the bundle --to serves. Too little data is a\nrefusal too. Needs a file: or s3:// store (where serve keeps device data).',
        run: lazy(handlers, 'promoteCommand')
    },
    rollback: {
        summary: 'move a channel back to its previous (or a named) bundle',
        usage: 'capflight rollback --channel <channel> [--to <version>] [options]',
        options: { ...flags/* CHANGES */.Y6, ...flags/* CI_FLAGS */.f3, channel: { type: 'string' }, to: { type: 'string' } },
        flagHelp: { channel: 'the channel to move back', to: 'the version to move it to (default: the one it served before)' },
        help: 'Moves the channel back one step in its history, or to --to <version>.',
        run: lazy(handlers, 'rollbackCommand')
    },
    rollout: {
        summary: 'change a progressive rollout: a new percentage, promote it, or abort it',
        usage: 'capflight rollout --channel <channel> (--percentage <percent> | --promote | --abort | --pause | --resume) [options]\n       capflight rollout advance --channel <channel> [--webhook <url>] [--dry-run]',
        options: { ...flags/* CHANGES */.Y6, channel: { type: 'string' }, percentage: { type: 'string' }, promote: { type: 'boolean' }, abort: { type: 'boolean' }, pause: { type: 'boolean' }, resume: { type: 'boolean' }, webhook: { type: 'string' }, dotenv: { type: 'string' } },
        flagHelp: { channel: 'the channel whose rollout to change', webhook: 'advance: a URL told (POST, JSON) when the rollout moves, pauses or aborts' },
        help: 'A rollout (started with "capflight release --rollout <percent>") serves a new bundle to a share of the\nchannel\'s devices; the rest keep the stable bundle. Raising the percentage only adds devices.\n--promote serves it to everyone; --abort returns everyone to the stable bundle; --pause keeps the\ndevices already on it and reaches no new one, --resume undoes that.\n\nadvance applies the rollout\'s policy (config "rollout") to the devices\' health: it widens to the next\nstep, completes, holds (saying what it waits for), or pauses or aborts (exit 4). Safe to run on a\nschedule: a run in the same state holds.',
        run: lazy(handlers, 'rolloutCommand'),
        actions: { advance: lazy(handlers, 'rolloutAdvance') }
    },
    channel: {
        summary: 'who may receive a channel: platforms, emulators, dev builds, self-assignment',
        usage: 'capflight channel --channel <channel> [--ios true|false] [--android true|false] [--allow-emulator true|false] [--allow-dev true|false] [--allow-self-set true|false]',
        options: { channel: { type: 'string' }, ...Object.fromEntries(flags/* BOOL_FLAGS */.pU.map((f) => [f, { type: 'string' }])) },
        flagHelp: { channel: 'the channel whose settings to change' },
        help: 'Changes the settings capflight serve applies to a channel, and prints them. Platforms, emulators and\ndev builds are served by default; self-assignment (devices picking the channel through setChannel() or\ntheir build\'s defaultChannel) is off until --allow-self-set true.',
        run: lazy(handlers, 'channelCommand')
    },
    device: {
        summary: 'device set-channel / unset-channel: an operator\'s override of one device\'s channel',
        usage: 'capflight device set-channel --device <id> --channel <channel> [options]\n       capflight device unset-channel --device <id> [options]',
        options: { ...flags/* CHANGES */.Y6, device: { type: 'string' }, channel: { type: 'string' } },
        flagHelp: { channel: 'set-channel: the channel the device gets' },
        help: 'Puts one device on a channel whatever it names itself and whether or not the channel lets devices\npick it (capflight serve answers it from then on); unset-channel removes the override, and the device\nfollows its own channel or the server\'s default again. The device id is the one the plugin reports\n(getDeviceId()).',
        actions: { 'set-channel': lazy(handlers, 'setDeviceChannelCommand'), 'unset-channel': lazy(handlers, 'unsetDeviceChannelCommand') }
    },
    serve: {
        summary: 'the self-hosted update endpoint for @capgo/capacitor-updater',
        usage: 'capflight serve [--store <url>] [--port <n>] [--host <host>] [--default-channel <name>] [--public-url <url>]',
        options: { port: { type: 'string' }, host: { type: 'string' }, 'default-channel': { type: 'string' }, 'public-url': { type: 'string' }, 'cache-ttl': { type: 'string' }, 'request-timeout': { type: 'string' }, 'stats-rate': { type: 'string' }, 'flush-interval': { type: 'string' }, 'auto-rollout': { type: 'boolean' }, console: { type: 'boolean' }, 'admin-tokens': { type: 'string' } },
        flagHelp: { console: 'also serve the web console at /console/ and the admin API at /api/v1/ (needs CAPFLIGHT_ADMIN_TOKEN or --admin-tokens)', 'admin-tokens': 'a file of named admin tokens, one "<name> <token>" a line (or JSON)' },
        help: 'Answers POST /updates, POST /stats, /channel_self and bundle downloads from the store, as\ncapacitor-updater\'s self-hosted mode expects. Point the plugin\'s updateUrl at <url>/updates,\nstatsUrl at <url>/stats and channelUrl at <url>/channel_self.\n\n--console adds the web console at /console/ and the admin API at /api/v1/ (bearer tokens; every change an audit entry); see\ndocs/console.md.',
        run: lazy(serveModule, 'serve')
    },
    keys: {
        summary: 'keys create: an RSA key pair for encrypted, signed bundles',
        usage: 'capflight keys create [--out <dir>] [--force]',
        options: { out: { type: 'string' }, force: { type: 'boolean' } },
        help: 'Writes an RSA-2048 key pair (PKCS#1 PEM) for capacitor-updater\'s encryption v2: the private key\n(mode 0600) and the public key in --out (default .capflight/keys), and prints the publicKey snippet\nfor capacitor.config. Refuses to overwrite without --force.',
        actions: { create: lazy(handlers, 'keysCreate') }
    },
    store: {
        summary: 'store check: verify every channel and blob; store gc --keep N: delete what no channel needs',
        usage: 'capflight store check [options]\n       capflight store gc --keep <n> [--min-age <minutes>] [--dry-run] [options]',
        options: { ...flags/* CHANGES */.Y6, keep: { type: 'string' }, 'min-age': { type: 'string' } },
        help: 'check reads every bundle record and blob back: each channel (and rollout) must point at a\nrecorded bundle whose zip and files are present with the right size and SHA-256; exits 1 on any\nproblem. gc deletes bundle records beyond the last --keep bundles each channel served (never a\ncurrent or rollout bundle), then every blob no remaining record names; nothing younger than\n--min-age minutes (default 60) is touched. --dry-run lists what gc would delete. file: and s3://.',
        actions: { check: lazy(handlers, 'storeCheck'), gc: lazy(handlers, 'storeGc') }
    },
    explain: {
        summary: 'what the endpoint decided for one device, and why',
        usage: 'capflight explain --device <id> [--since <7d|date>] [options]',
        options: { device: { type: 'string' }, since: { type: 'string' } },
        flagHelp: { since: 'how far back to look: 30m, 1h, 7d or a date (default 7d)' },
        help: 'Shows the device\'s recent /updates decisions (channel and why, rollout bucket, the version sent or\nthe reason none was), the events it reported, and its channel override. The device id is the one\nthe plugin reports (getDeviceId()).',
        run: lazy(handlers, 'explainCommand')
    },
    status: {
        summary: 'channels, their current bundle and history',
        usage: 'capflight status [--channel <channel>] [--since <1h|7d|date>] [options]',
        options: { channel: { type: 'string' }, since: { type: 'string' } },
        flagHelp: { channel: 'only this channel, with its history', since: 'the health window: 30m, 1h, 7d or a date (default 24h)' },
        help: 'Lists every channel of the app with the version it serves; with --channel, that channel\'s history.\nBelow, the health the devices reported to capflight serve over the window: distinct devices per\nbundle version, channel, platform and native build that checked, were offered it, installed it,\nfailed (by kind) and were unhealthy after installing (crashes, ANRs, webview deaths).',
        run: lazy(handlers, 'statusCommand')
    },
    init: {
        summary: 'set an app up: config, .gitignore, the plugin\'s URLs, keys, a CI workflow for hosted runners',
        usage: 'capflight init [--ci github|gitlab|azure|jenkins] [--update-url <url>] [--channel <channel>] [--keys] [--dry-run]',
        options: { ...flags/* CHANGES */.Y6, ci: { type: 'string' }, 'update-url': { type: 'string' }, channel: { type: 'string' }, keys: { type: 'boolean' } },
        help: 'Detects the Capacitor app (its config in JSON or TypeScript, the package manager, the CI host from\nthe git remote, its folder in a monorepo) and writes capflight.config.json, .capflight/ in .gitignore,\nthe CapacitorUpdater block (updateUrl, statsUrl, channelUrl; a TypeScript config is edited in place\nwhen that is safe, else the snippet is printed), keys with --keys, and one CI workflow that works on\nhosted runners (an S3 store, the secrets it needs named). A second run changes nothing; --dry-run\nlists what it would write.',
        flagHelp: { channel: 'the channel these builds follow: the plugin\'s defaultChannel (default production)', 'update-url': 'the base URL devices reach capflight serve at (default http://localhost:8787)', ci: 'the CI to write a workflow for (default: from the git remote)', keys: 'create an encryption key pair and put its public key in the capacitor config' },
        run: lazy(handlers, 'initCommand')
    },
    doctor: {
        summary: 'check everything a release and a device need, one line each with the fix',
        usage: 'capflight doctor [options]',
        options: { 'web-dir': { type: 'string' }, 'build-command': { type: 'string' }, 'tag-format': { type: 'string' }, 'private-key': { type: 'string' }, 'sign-command': { type: 'string' }, 'public-key': { type: 'string' } },
        help: 'Checks git and release tags, appId and the web folder, the build, notifyAppReady(), the installed\n@capgo/capacitor-updater (8.x), the plugin\'s URLs, the encryption keys, the store (reachable and\nwritable) and the endpoint updateUrl names (/health and a real /updates). Exits 0 only when all pass.',
        run: lazy(handlers, 'doctorCommand')
    },
    pack: {
        summary: 'the deterministic zip + checksum + per-file manifest only',
        usage: 'capflight pack [--web-dir <dir>] [--out <file>] [options]',
        options: { 'web-dir': { type: 'string' }, out: { type: 'string' }, 'require-notify-app-ready': { type: 'boolean' } },
        help: 'Packs the web directory into a zip whose bytes depend only on the files (sorted entries, fixed\ntimestamps and modes), and prints its SHA-256 and the per-file manifest. Nothing is built or stored.',
        run: lazy(packModule, 'pack')
    }
};

// EXTERNAL MODULE: ./src/core/progress.ts
var progress = __webpack_require__(4664);
;// CONCATENATED MODULE: ./src/cli/reporter.ts


const BAR_WIDTH = 24;
/** Redraws a live bar at most this often. */
const REDRAW_MS = 100;
/** Logs go to stderr so stdout carries only the result (or the JSON object). */
class CliReporter {
    stream;
    verbose;
    redactor;
    /** The bar currently drawn on the last line, if any. */
    bar;
    progress;
    /** `live`: stderr is a terminal (and not a CI log), so progress is a bar redrawn in place. */
    constructor(stream, verbose = false, live = false, redactor = new Redactor()) {
        this.stream = stream;
        this.verbose = verbose;
        this.redactor = redactor;
        if (live)
            this.progress = (update) => this.draw(update);
    }
    redact(text) {
        return this.redactor.redact(text);
    }
    /** A log line goes above the bar, and the bar is drawn again below it: a retry never hides the transfer. */
    line(text) {
        if (!this.bar) {
            this.stream.write(`${text}\n`);
            return;
        }
        this.stream.write(`\r\x1b[2K${text}\n${this.bar.text}`);
    }
    info(message) { this.line(this.redact(message)); }
    warn(message) { this.line(`warning: ${this.redact(message)}`); }
    debug(message) { if (this.verbose)
        this.line(`debug: ${this.redact(message)}`); }
    async group(name, run) {
        this.line(`▸ ${this.redact(name)}`);
        return run();
    }
    setSecret(value) {
        this.redactor.add(value);
    }
    draw({ label, done, total, unit }) {
        const end = done >= total;
        const now = Date.now();
        if (!end && this.bar?.label === label && now - this.bar.drawnAt < REDRAW_MS)
            return;
        const filled = Math.round((Math.min(done, total) / Math.max(total, 1)) * BAR_WIDTH);
        const text = `${this.redact(label)} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String((0,progress/* percent */.KN)(done, total)).padStart(3)}% ${(0,progress/* formatAmount */.ej)(done, total, unit)}`;
        // \r and erase-line: the bar is redrawn in place; another transfer's bar starts on its own line.
        if (this.bar && this.bar.label !== label)
            this.stream.write('\n');
        this.stream.write(`\r\x1b[2K${text}`);
        this.bar = { label, drawnAt: now, text };
        if (end) {
            this.stream.write('\n');
            this.bar = undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts


// The core's modules one by one (not its index): a run loads only what its command uses.







function mainHelp() {
    const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
    return [
        'capflight — over-the-air live updates for Capacitor apps, from conventional commits to channels.',
        '',
        'Usage: capflight <command> [options]',
        '',
        'Commands:',
        ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
        '',
        'Every command takes --json, --cwd, --config, --store, --app-id and --help.',
        'Exit codes: 0 done (also unchanged/skipped), 1 failure, 2 bad usage or config, 3 native build needed.',
        'Run "capflight <command> --help" for its options.'
    ].join('\n');
}
/** A command's help: its usage, what it does, and its own flags (then the common ones). */
function commandHelp(command) {
    const options = { ...command.options, ...flags/* COMMON */.Sq };
    const width = Math.max(...Object.keys(options).map((o) => o.length + 2));
    return [
        `Usage: ${command.usage}`,
        '',
        command.help,
        '',
        'Options:',
        ...Object.entries(options).map(([o, spec]) => `  --${o}${spec.type === 'string' ? ' <value>' : ''}`.padEnd(width + 12) + (command.flagHelp?.[o] ?? flags/* FLAG_HELP */.J9[o] ?? ''))
    ].join('\n');
}
function write(stream, text) {
    stream.write(text.endsWith('\n') ? text : `${text}\n`);
}
/** Environment variables capflight treats as secrets wherever it prints. */
const SECRET_ENV = ['CAPFLIGHT_PRIVATE_KEY', 'CAPFLIGHT_API_KEY', 'CAPGO_TOKEN', 'CAPFLIGHT_GITLAB_TOKEN', 'GITLAB_TOKEN', 'CI_JOB_TOKEN', 'CAPFLIGHT_ADMIN_TOKEN'];
/** Secret values of this run: those in the environment and any passed as a flag. */
function secretsOf(env, args) {
    const secrets = SECRET_ENV.map((key) => env[key]).filter((v) => Boolean(v));
    args.forEach((arg, i) => {
        if (arg === '--api-key' && args[i + 1])
            secrets.push(args[i + 1]);
        else if (arg.startsWith('--api-key='))
            secrets.push(arg.slice('--api-key='.length));
    });
    return secrets;
}
/**
 * A string option's value may start with a dash (`--private-key "$(cat key.pem)"`: a PEM starts
 * with `-----BEGIN`); parseArgs would take it for an option, so it is joined as `--opt=value`.
 */
function joinDashValues(args, options) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const name = /^--([^=]+)$/.exec(args[i])?.[1];
        const next = args[i + 1];
        const isOption = (arg) => /^--[^-]/.test(arg) ? Object.hasOwn(options, arg.slice(2).split('=')[0]) : Object.values(options).some((o) => o.short && arg === `-${o.short}`);
        if (name && options[name]?.type === 'string' && next !== undefined && next.startsWith('-') && !isOption(next)) {
            out.push(`--${name}=${next}`);
            i++;
        }
        else {
            out.push(args[i]);
        }
    }
    return out;
}
/** Runs one CLI invocation and returns its exit code. */
async function main(argv, io) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        write(io.stdout, mainHelp());
        return name ? 0 : 2;
    }
    if (name === '--version' || name === '-v') {
        write(io.stdout, product/* PRODUCT_VERSION */.v);
        return 0;
    }
    const wantsJson = rest.includes('--json');
    // One redactor for the run: the secrets it is handed now and any the core registers later
    // (a private key read from a file) are masked in logs, results and errors alike.
    const redactor = new Redactor();
    for (const secret of secretsOf(io.env, rest))
        redactor.add(secret);
    const fail = (raw) => {
        const error = (0,errors/* explainSystemError */.Tr)(raw);
        const code = (0,errors/* exitCodeOf */.FO)(error);
        const message = redactor.redact(error instanceof Error ? error.message : String(error));
        // The numbers behind a refusal (a health gate's verdict) go with it, for a CI job to read.
        const details = error instanceof errors/* CapflightError */.D7 && Object.keys(error.details).length ? { details: error.details } : {};
        if (wantsJson)
            write(io.stdout, redactor.redact(JSON.stringify({ status: 'failed', error: message, exitCode: code, ...(error instanceof errors/* CapflightError */.D7 ? { kind: error.name } : {}), ...details })));
        write(io.stderr, `error: ${message}`);
        if (!(error instanceof errors/* CapflightError */.D7) && error instanceof Error && error.stack)
            write(io.stderr, redactor.redact(error.stack));
        return code;
    };
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command)
        return fail(new errors/* ConfigurationError */.j1([`Unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. Run "capflight --help".`]));
    const asksHelp = rest.includes('--help') || rest.includes('-h');
    let args = rest;
    let run = command.run;
    if (command.actions) {
        // A command may have both: `rollout --percentage 25` and `rollout advance`.
        const action = rest[0];
        const chosen = action !== undefined && Object.hasOwn(command.actions, action) ? command.actions[action] : undefined;
        if (chosen) {
            run = chosen;
            args = rest.slice(1);
        }
        else if (!command.run && !asksHelp) {
            return fail(new errors/* ConfigurationError */.j1([`Usage: ${command.usage.replace(/\n\s*/g, ' | ')}`]));
        }
    }
    let values;
    const options = { ...command.options, ...flags/* COMMON */.Sq };
    try {
        values = (0,external_node_util_.parseArgs)({ args: joinDashValues(args, options), options, allowPositionals: false, strict: true }).values;
    }
    catch (error) {
        return fail(new errors/* ConfigurationError */.j1([`${error.message}. Run "capflight ${name} --help" for its options.`]));
    }
    if (values.help || !run) {
        write(io.stdout, commandHelp(command));
        return 0;
    }
    // A live bar only on a terminal: CI logs (CI=true everywhere) get percentage lines.
    const live = io.stderr.isTTY === true && !io.env.CI;
    const reporter = new CliReporter(io.stderr, Boolean(values.verbose), live, redactor);
    const cwd = external_node_path_default().resolve(io.cwd, typeof values.cwd === 'string' ? values.cwd : '.');
    const runtime = { cwd, env: io.env, reporter, now: io.now ?? (() => new Date()) };
    const context = {
        values, io, cwd, runtime, reporter,
        print: (value, human) => write(io.stdout, reporter.redact(values.json ? JSON.stringify(value) : human)),
        settings: (options) => (0,settings/* buildSettings */.E6)(values, io.env, cwd, { appId: options?.appId ?? true })
    };
    try {
        return await run(context);
    }
    catch (error) {
        return fail(error);
    }
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ StoreError),
/* harmony export */   D7: () => (/* binding */ CapflightError),
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   Gx: () => (/* binding */ HealthGateError),
/* harmony export */   Md: () => (/* binding */ NativeChangeError),
/* harmony export */   Tr: () => (/* binding */ explainSystemError),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   ql: () => (/* binding */ PackError),
/* harmony export */   tJ: () => (/* binding */ VersionError),
/* harmony export */   zS: () => (/* binding */ BuildError)
/* harmony export */ });
/* unused harmony export SystemPathError */
/**
 * Typed errors carry what a user needs to fix the problem. Only the outermost
 * wrapper (CLI, GitHub Action, Azure task) turns them into an exit code.
 */
class CapflightError extends Error {
    details;
    /** Process exit code the wrappers use: 1 failure, 2 usage/config, 3 native build needed, 4 health gate refused. */
    exitCode = 1;
    constructor(message, details = {}) {
        super(message);
        this.details = details;
        // Bundlers may prefix class names (errors_ConfigurationError); the kind users see is the plain name.
        this.name = new.target.name.replace(/^.*_/, '');
    }
}
/** Bad flags, bad config, bad input that the user must correct. Exit 2. */
class ConfigurationError extends CapflightError {
    problems;
    locations;
    exitCode = 2;
    /** `locations[i]` is where `problems[i]` is, when it is in a file. */
    constructor(problems, locations = []) {
        super(problems.length === 1 ? problems[0] : `Invalid configuration:\n  - ${problems.join('\n  - ')}`);
        this.problems = problems;
        this.locations = locations;
    }
}
class GitError extends CapflightError {
}
class BuildError extends CapflightError {
}
class PackError extends CapflightError {
}
class StoreError extends CapflightError {
}
class VersionError extends CapflightError {
}
/** The change touches native code or plugins, so it cannot ship over the air. Exit 3. */
class NativeChangeError extends CapflightError {
    exitCode = 3;
}
/** A health gate refused: the bundle is not proven as healthy as the one it would replace. Exit 4. */
class HealthGateError extends CapflightError {
    exitCode = 4;
}
/** A compare-and-swap or create-if-absent lost a race; the caller recomputes and retries. */
class ConflictError extends CapflightError {
}
const SYSTEM_ERRORS = {
    ENOSPC: { why: 'no space is left on its disk; free some space and run again', exitCode: 1 },
    EROFS: { why: 'it is on a read-only file system; choose a writable path', exitCode: 2 },
    ENOTDIR: { why: 'a part of the path is a file, not a folder; fix the path', exitCode: 2 },
    ENOENT: { why: 'it does not exist, or its folder does not; fix the path', exitCode: 2 },
    EISDIR: { why: 'it is a folder; name a file', exitCode: 2 },
    EACCES: { why: 'permission denied; choose a path this user may write, or fix its permissions', exitCode: 2 },
    EPERM: { why: 'the operation is not permitted there; choose another path', exitCode: 2 }
};
/**
 * An operating-system error on a path (ENOSPC, EROFS, ENOTDIR, ENOENT …) from the store or an
 * output file, as one line naming the path and the fix; other errors are returned as they are.
 */
function explainSystemError(error) {
    const e = error;
    const known = e && typeof e === 'object' && !(e instanceof CapflightError) && e.code ? SYSTEM_ERRORS[e.code] : undefined;
    if (!known || !e.path)
        return error;
    return new SystemPathError(`Cannot ${e.syscall ?? 'use'} ${e.path}: ${known.why} (${e.code}).`, known.exitCode, { path: e.path, code: e.code });
}
/** An operating-system error on a path, explained: exit 2 where the path is the user's to fix, 1 when the disk is full. */
class SystemPathError extends CapflightError {
    exitCode;
    constructor(message, exitCode, details) {
        super(message, details);
        this.exitCode = exitCode;
    }
}
function exitCodeOf(error) {
    return error instanceof CapflightError ? error.exitCode : 1;
}


/***/ }),

/***/ 9258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
// The rollout policy's shape and defaults, apart from the gate: settings read them at every
// start, the gate's statistics (and their hashing) only when a rollout is judged.
const DEFAULT_POLICY = { steps: [1, 5, 25, 100], minDevices: 100, bakeMinutes: 60, maxExcessFailureRate: 0.02, maxExcessCrashRate: 0.01, onBreach: 'pause', confidence: 0.95 };


/***/ }),

/***/ 2483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ assertNames),
/* harmony export */   rH: () => (/* binding */ nameProblem),
/* harmony export */   uV: () => (/* binding */ isValidName),
/* harmony export */   vW: () => (/* binding */ isPlainKeyPart)
/* harmony export */ });
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8780);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


const PATTERNS = {
    channel: { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, max: 100, hint: 'letters, digits, dots, dashes and underscores, starting with a letter or digit (like beta or pr-12)' },
    appId: { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, max: 200, hint: 'letters, digits, dots, dashes and underscores, starting with a letter or digit (like com.example.app)' },
    deviceId: { pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]*$/, max: 128, hint: 'letters, digits, dots, colons, dashes and underscores (capacitor-updater sends a UUID)' }
};
const LABELS = { channel: 'Channel', appId: 'App id', version: 'Version', deviceId: 'Device id' };
/** What is wrong with `value` as a name of this kind, or undefined when it is fine. */
function nameProblem(kind, value, where = LABELS[kind]) {
    const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    if (kind === 'version') {
        if (value.length > 128 || semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default()(value) !== value)
            return `${where} ${shown} is not a semantic version such as 1.4.3 or 1.5.0-beta.2.`;
        return undefined;
    }
    const rule = PATTERNS[kind];
    if (value.length === 0)
        return `${where} is empty: give ${rule.hint}.`;
    if (value.length > rule.max || !rule.pattern.test(value))
        return `${where} ${shown} may only hold ${rule.hint}, at most ${rule.max} characters.`;
    return undefined;
}
function isValidName(kind, value) {
    return typeof value === 'string' && nameProblem(kind, value) === undefined;
}
/** Checks several names at once and throws one ConfigurationError listing every problem. */
function assertNames(names) {
    const problems = names.flatMap(([kind, value, where]) => {
        const problem = value === undefined ? undefined : nameProblem(kind, value, where);
        return problem ? [problem] : [];
    });
    if (problems.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(problems);
}
/**
 * A store key part (a folder or file name below the store root) must be a plain name: no path
 * separators, no `.` or `..`, nothing that is not printable ASCII (`=` is allowed for Hive-style
 * partitions such as `day=2026-12-02`). Every backend checks this.
 */
function isPlainKeyPart(part) {
    return part.length > 0 && part.length <= 255 && part !== '.' && part !== '..' && /^[A-Za-z0-9._%+:=-]+$/.test(part);
}


/***/ }),

/***/ 6934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ loadCapacitorConfig),
/* harmony export */   a: () => (/* binding */ CAPACITOR_CONFIG_FILES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
// fs.promises at call time, and no node:crypto: every command's settings import this module,
// and those two cost about a tenth of the CLI's start when loaded up front.





const CAPACITOR_CONFIG_FILES = ['capacitor.config.json', 'capacitor.config.ts', 'capacitor.config.js', 'capacitor.config.mjs'];
/** Node's own type stripper (Node 22.13+); older Node gets the annotations Capacitor configs use removed by hand. */
const stripTypes = node_module__WEBPACK_IMPORTED_MODULE_1__.stripTypeScriptTypes
    ?? ((code) => code.replace(/^\s*import\s+type\s[^;]+;?\s*$/gm, '').replace(/:\s*CapacitorConfig\b/g, '').replace(/\bsatisfies\s+CapacitorConfig\b/g, '').replace(/\bas\s+CapacitorConfig\b/g, ''));
/**
 * The app's capacitor config as the Capacitor CLI sees it: capacitor.config.json parsed, or a
 * .ts/.js/.mjs config evaluated (TypeScript types stripped, imports from @capacitor/cli, which
 * only give types, left out), so the same settings fingerprint the same in any of its forms.
 * A config that does not load is a configuration error naming the file.
 */
async function loadCapacitorConfig(cwd) {
    const name = CAPACITOR_CONFIG_FILES.find((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cwd, f)));
    if (!name)
        return undefined;
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cwd, name);
    const text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8');
    try {
        if (name.endsWith('.json'))
            return { file, config: asObject(JSON.parse(text)) };
        return { file, config: asObject(await evaluate(file, text)) };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1([`${name} could not be read (${error.message.split('\n')[0]}). Fix it so "npx cap sync" loads it too, then run again.`], [{ file }]);
    }
}
function asObject(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new Error('it does not export a config object');
    return value;
}
async function evaluate(file, text) {
    let code = file.endsWith('.ts') ? stripTypes(text) : text;
    code = code.replace(/^\s*import\s[^;]*?\sfrom\s+['"]@capacitor\/cli['"];?\s*$/gm, '');
    const commonJs = /\bmodule\.exports\b|\bexports\.\w+\s*=/.test(code) && !/^\s*export\s/m.test(code);
    // Beside the config, so its own relative imports and node_modules resolve as they do for Capacitor.
    const temp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `.capacitor.config.capflight-${process.pid}-${Math.random().toString(36).slice(2, 10)}.${commonJs ? 'cjs' : 'mjs'}`);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(temp, code);
    try {
        const loaded = await import(/* webpackIgnore: true */ (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(temp).href);
        const value = loaded.default;
        return commonJs && value && typeof value === 'object' && 'default' in value ? value.default : value;
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(temp, { force: true });
    }
}


/***/ }),

/***/ 3873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ PRODUCT_VERSION),
  _: () => (/* binding */ USER_AGENT)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/core/product.ts

/** The product's own version, taken from package.json at build time. */
const PRODUCT_VERSION = package_namespaceObject.rE;
/** The User-Agent capflight sends to every service it calls. */
const USER_AGENT = `capflight/${PRODUCT_VERSION}`;


/***/ }),

/***/ 4664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   L7: () => (/* binding */ progressFor),
/* harmony export */   ej: () => (/* binding */ formatAmount)
/* harmony export */ });
/** Seconds between percentage lines in logs that are not a terminal. */
const LINE_EVERY_MS = 3_000;
/** `done` of `total` in the transfer's unit: "9.0 of 20.0 MB", "120 of 2700 files". */
function formatAmount(done, total, unit) {
    return unit === 'bytes' ? `${(done / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB` : `${done} of ${total} files`;
}
function percent(done, total) {
    return total > 0 ? Math.floor((done / total) * 100) : 100;
}
/**
 * Progress as the reporter can show it: its live bar when it has one, else a line
 * every few seconds and one at the end.
 */
function progressFor({ reporter, now: clock }) {
    const now = () => clock().getTime();
    return (label, total, unit) => {
        if (reporter.progress)
            return (done) => reporter.progress({ label, done, total, unit });
        let last = now();
        let finished = false;
        return (done) => {
            if (finished)
                return;
            const end = done >= total;
            if (!end && now() - last < LINE_EVERY_MS)
                return;
            last = now();
            finished = end;
            reporter.info(`${label}: ${percent(done, total)}% (${formatAmount(done, total, unit)})`);
        };
    };
}


/***/ }),

/***/ 3834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ PULL_REQUEST_RULE),
/* harmony export */   ck: () => (/* binding */ DEFAULT_RULES),
/* harmony export */   mU: () => (/* binding */ matchRule),
/* harmony export */   qm: () => (/* binding */ whyNoRule),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
const DEFAULT_RULES = [
    { tag: true, channel: 'production' },
    { branch: ['hotfix/*', 'release/*'], channel: 'beta', prerelease: 'beta' },
    { defaultBranch: true, channel: 'development', prerelease: 'dev' }
];
/** The opt-in pull request rule (`pullRequestPreviews: true`). */
const PULL_REQUEST_RULE = { pullRequest: true, channel: 'pr-${pr}', prerelease: 'pr${pr}' };
function globToRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            out += '.*';
            i++;
            if (glob[i + 1] === '/')
                i++;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}
function fill(template, ref) {
    return template
        .replaceAll('${pr}', ref.prNumber !== undefined ? String(ref.prNumber) : '')
        .replaceAll('${branch}', (ref.branch ?? '').replace(/[^A-Za-z0-9-]+/g, '-'));
}
function describe(rule) {
    if (rule.tag)
        return 'tag';
    if (rule.pullRequest)
        return 'pull request';
    if (rule.defaultBranch)
        return 'default branch';
    return `branch ${(rule.branch ?? []).join(', ')}`;
}
function isDefaultBranch(branch, ref) {
    return ref.defaultBranch ? branch === ref.defaultBranch : branch === 'main' || branch === 'master';
}
/** First matching rule wins. Branch rules never match pull request builds. */
function matchRule(rules, ref) {
    for (const rule of rules) {
        let hit = false;
        if (rule.tag)
            hit = ref.tag !== undefined;
        else if (rule.pullRequest)
            hit = ref.isPr && ref.prNumber !== undefined;
        else if (ref.isPr || ref.tag !== undefined || !ref.branch)
            hit = false;
        else if (rule.defaultBranch)
            hit = isDefaultBranch(ref.branch, ref);
        else if (rule.branch)
            hit = rule.branch.some((g) => globToRegExp(g).test(ref.branch));
        if (hit) {
            return {
                rule,
                description: describe(rule),
                channel: fill(rule.channel, ref),
                preid: rule.prerelease ? fill(rule.prerelease, ref) : undefined
            };
        }
    }
    return undefined;
}
/** Says, in one sentence, why nothing matched. */
function whyNoRule(ref) {
    if (ref.isPr)
        return `No rule matches pull request #${ref.prNumber ?? '?'} (branch ${ref.branch ?? 'unknown'}): set "pullRequestPreviews": true in capflight.config.json to release it to a pr-<number> channel.`;
    if (!ref.branch && !ref.tag)
        return 'HEAD is detached and no branch or tag was found in the CI environment; pass --branch or --tag, or check out a branch.';
    return `No rule matches branch "${ref.branch}": default rules release tags to production, hotfix/* and release/* to beta and the default branch to development. Add a rule in capflight.config.json or pass --channel.`;
}


/***/ }),

/***/ 4927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oE: () => (/* binding */ appFoldersBelow),
  E6: () => (/* binding */ buildSettings),
  A3: () => (/* binding */ parsePercentage)
});

// UNUSED EXPORTS: readCapacitorConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __webpack_require__(8780);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
// EXTERNAL MODULE: ./src/core/health/policy.ts
var policy = __webpack_require__(9258);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(2483);
// EXTERNAL MODULE: ./src/core/version/tag-format.ts
var tag_format = __webpack_require__(6042);
// EXTERNAL MODULE: ./src/core/native/capacitor-config.ts
var capacitor_config = __webpack_require__(6934);
;// CONCATENATED MODULE: ./schema/capflight.config.schema.json
const capflight_config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://capflight.dev/schema/capflight.config.schema.json","title":"capflight.config.json","description":"Settings for capflight, the over-the-air release tool for Capacitor apps. CLI flags and CAPFLIGHT_* environment variables override these; capacitor.config supplies appId and webDir when absent.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","x-expected":"a string"},"appId":{"type":"string","pattern":"^[A-Za-z0-9._-]+$","description":"App id (default: appId of capacitor.config).","x-expected":"an app id such as com.example.app (letters, digits, . _ -)"},"webDir":{"type":"string","pattern":"\\\\S","description":"Built web directory (default: webDir of capacitor.config, else www).","x-expected":"a non-empty folder path"},"buildCommand":{"description":"Shell command that builds the web app, or false to skip (default: npm run build when package.json has a build script).","oneOf":[{"type":"string","pattern":"\\\\S"},{"const":false}],"x-expected":"a shell command string, or false to skip the build"},"store":{"type":"string","pattern":"\\\\S","description":"Store URL: a folder, file: URL or s3://bucket/prefix (default .capflight/store).","x-expected":"a non-empty store URL or folder"},"tagFormat":{"type":"string","pattern":"^[^\\\\s~^:?*\\\\[\\\\\\\\]*\\\\$\\\\{version\\\\}[^\\\\s~^:?*\\\\[\\\\\\\\]*$","description":"Release tag format; must contain ${version} once (default v${version}).","x-expected":"a tag format holding ${version} exactly once and no spaces or ~^:?*[\\\\ (e.g. v${version})"},"defaultBranch":{"type":"string","pattern":"\\\\S","description":"The default branch (default: from CI or origin/HEAD, else main or master).","x-expected":"a non-empty branch name"},"pullRequestPreviews":{"type":"boolean","default":false,"description":"Release pull/merge requests to pr-<number> channels.","x-expected":"true or false"},"exclude":{"type":"array","items":{"type":"string"},"description":"Globs of files left out of the bundle, e.g. [\\"**/*.map\\"].","x-expected":"an array of glob strings such as [\\"**/*.map\\"]"},"paths":{"type":"array","items":{"type":"string","pattern":"\\\\S"},"description":"In a monorepo (the app folder below the repository\'s root): globs, from the root, of shared folders that ship in the bundle; their commits count towards this app\'s version as the app folder\'s do.","x-expected":"an array of glob strings from the repository\'s root, such as [\\"packages/shared/**\\"]"},"requireNotifyAppReady":{"type":"boolean","default":false,"description":"Fail instead of warning when no JS file calls notifyAppReady().","x-expected":"true or false"},"minNativeVersion":{"type":"string","description":"Lowest native app version that may receive bundles.","x-expected":"a semantic version such as 1.2.0","pattern":"^(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\\\+[0-9A-Za-z.-]+)?$"},"rules":{"type":"array","description":"Release rules, first match wins; they replace the default rules.","items":{"type":"object","additionalProperties":false,"required":["channel"],"properties":{"branch":{"oneOf":[{"type":"string","pattern":"\\\\S"},{"type":"array","items":{"type":"string","pattern":"\\\\S"}}],"description":"Branch glob(s), e.g. hotfix/*.","x-expected":"a glob string or an array of them"},"tag":{"type":"boolean","description":"Match tag builds (the tag\'s version is released).","x-expected":"true or false"},"defaultBranch":{"type":"boolean","description":"Match the default branch.","x-expected":"true or false"},"pullRequest":{"type":"boolean","description":"Match pull/merge request builds.","x-expected":"true or false"},"channel":{"type":"string","pattern":"^[A-Za-z0-9._${}-]+$","description":"Channel to move; ${pr} and ${branch} are filled in.","x-expected":"a channel name (letters, digits, . _ -; ${pr} and ${branch} are filled in)"},"prerelease":{"oneOf":[{"type":"string","pattern":"^[A-Za-z0-9${}-]+$"},{"const":false}],"description":"Prerelease id (beta → 1.4.3-beta.2); absent or false for stable versions.","x-expected":"a prerelease id such as \\"beta\\" (letters, digits, -), or false for stable versions"}},"x-expected":"an object such as {\\"branch\\": \\"hotfix/*\\", \\"channel\\": \\"beta\\"}"},"x-expected":"an array of rules such as {\\"branch\\": \\"hotfix/*\\", \\"channel\\": \\"beta\\", \\"prerelease\\": \\"beta\\"}"},"rolloutPolicy":{"type":"object","additionalProperties":false,"properties":{"steps":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"maximum":100},"description":"Shares of devices in percent the rollout widens through, rising, e.g. [1, 5, 25, 100]; after the last step the bundle is promoted to every device.","x-expected":"an array of percentages above 0 and at most 100, such as [1, 5, 25, 100]"},"minDevices":{"type":"integer","minimum":1,"description":"Devices that must have run the new bundle during a step before it widens.","x-expected":"a whole number of devices, at least 1"},"bakeMinutes":{"type":"number","minimum":0,"description":"Minutes each step runs before it widens.","x-expected":"a number of minutes, 0 or more"},"maxExcessFailureRate":{"type":"number","minimum":0,"maximum":1,"description":"Largest allowed excess of the new bundle\'s failure rate (download, install, checksum, launch timeout) over the stable bundle\'s, as a fraction (0.02 = 2 points), judged by a statistical bound.","x-expected":"a fraction from 0 to 1, such as 0.02"},"maxExcessCrashRate":{"type":"number","minimum":0,"maximum":1,"description":"Largest allowed excess of its crash rate (app_crash, app_crash_native, app_anr, webview deaths after installing) over the stable cohort\'s on the same native builds, as a fraction.","x-expected":"a fraction from 0 to 1, such as 0.01"},"onBreach":{"enum":["pause","abort"],"description":"What rollout advance does when the new bundle is worse by more than allowed: pause (keep its devices, reach no new one) or abort (every device back on the stable bundle).","x-expected":"\\"pause\\" or \\"abort\\""},"confidence":{"enum":[0.9,0.95,0.99,0.999],"description":"One-sided confidence of the bounds.","x-expected":"0.9, 0.95, 0.99 or 0.999"},"channels":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"description":"Channels whose releases and promotions start a guarded rollout at the first step (default [\\"production\\"]).","x-expected":"an array of channel names such as [\\"production\\"]"},"webhook":{"type":"string","pattern":"^https?://","description":"A URL rollout advance tells (POST, JSON) when a rollout widens, completes, pauses or aborts.","x-expected":"an http(s) URL"},"lanes":{"type":"object","additionalProperties":false,"properties":{"fix":{"$ref":"#/$defs/rolloutSteps"},"feat":{"$ref":"#/$defs/rolloutSteps"},"breaking":{"$ref":"#/$defs/rolloutSteps"}},"description":"Overrides per lane, chosen from the release\'s commits: breaking (any breaking change), feat (any feature), else fix.","x-expected":"an object with fix, feat and breaking policies"}},"description":"Guarded rollouts: how far and how fast a release widens, and what stops it (capflight rollout advance, serve --auto-rollout).","x-expected":"an object such as {\\"steps\\": [1, 5, 25, 100], \\"minDevices\\": 100}"}},"$comment":"x-expected keywords are annotations: the phrase capflight\'s errors use for what a value must be.","$defs":{"rolloutSteps":{"type":"object","additionalProperties":false,"properties":{"steps":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"maximum":100},"description":"Shares of devices in percent the rollout widens through, rising, e.g. [1, 5, 25, 100]; after the last step the bundle is promoted to every device.","x-expected":"an array of percentages above 0 and at most 100, such as [1, 5, 25, 100]"},"minDevices":{"type":"integer","minimum":1,"description":"Devices that must have run the new bundle during a step before it widens.","x-expected":"a whole number of devices, at least 1"},"bakeMinutes":{"type":"number","minimum":0,"description":"Minutes each step runs before it widens.","x-expected":"a number of minutes, 0 or more"},"maxExcessFailureRate":{"type":"number","minimum":0,"maximum":1,"description":"Largest allowed excess of the new bundle\'s failure rate (download, install, checksum, launch timeout) over the stable bundle\'s, as a fraction (0.02 = 2 points), judged by a statistical bound.","x-expected":"a fraction from 0 to 1, such as 0.02"},"maxExcessCrashRate":{"type":"number","minimum":0,"maximum":1,"description":"Largest allowed excess of its crash rate (app_crash, app_crash_native, app_anr, webview deaths after installing) over the stable cohort\'s on the same native builds, as a fraction.","x-expected":"a fraction from 0 to 1, such as 0.01"},"onBreach":{"enum":["pause","abort"],"description":"What rollout advance does when the new bundle is worse by more than allowed: pause (keep its devices, reach no new one) or abort (every device back on the stable bundle).","x-expected":"\\"pause\\" or \\"abort\\""},"confidence":{"enum":[0.9,0.95,0.99,0.999],"description":"One-sided confidence of the bounds.","x-expected":"0.9, 0.95, 0.99 or 0.999"}},"x-expected":"an object with steps, minDevices, bakeMinutes, maxExcessFailureRate, maxExcessCrashRate, onBreach, confidence"}}}');
;// CONCATENATED MODULE: ./src/core/settings/config-validator.js
// Generated from schema/capflight.config.schema.json by scripts/config-validator.mjs. Do not edit: run npm run build.
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://capflight.dev/schema/capflight.config.schema.json","title":"capflight.config.json","description":"Settings for capflight, the over-the-air release tool for Capacitor apps. CLI flags and CAPFLIGHT_* environment variables override these; capacitor.config supplies appId and webDir when absent.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","x-expected":"a string"},"appId":{"type":"string","pattern":"^[A-Za-z0-9._-]+$","description":"App id (default: appId of capacitor.config).","x-expected":"an app id such as com.example.app (letters, digits, . _ -)"},"webDir":{"type":"string","pattern":"\\S","description":"Built web directory (default: webDir of capacitor.config, else www).","x-expected":"a non-empty folder path"},"buildCommand":{"description":"Shell command that builds the web app, or false to skip (default: npm run build when package.json has a build script).","oneOf":[{"type":"string","pattern":"\\S"},{"const":false}],"x-expected":"a shell command string, or false to skip the build"},"store":{"type":"string","pattern":"\\S","description":"Store URL: a folder, file: URL or s3://bucket/prefix (default .capflight/store).","x-expected":"a non-empty store URL or folder"},"tagFormat":{"type":"string","pattern":"^[^\\s~^:?*\\[\\\\]*\\$\\{version\\}[^\\s~^:?*\\[\\\\]*$","description":"Release tag format; must contain ${version} once (default v${version}).","x-expected":"a tag format holding ${version} exactly once and no spaces or ~^:?*[\\ (e.g. v${version})"},"defaultBranch":{"type":"string","pattern":"\\S","description":"The default branch (default: from CI or origin/HEAD, else main or master).","x-expected":"a non-empty branch name"},"pullRequestPreviews":{"type":"boolean","default":false,"description":"Release pull/merge requests to pr-<number> channels.","x-expected":"true or false"},"exclude":{"type":"array","items":{"type":"string"},"description":"Globs of files left out of the bundle, e.g. [\"**/*.map\"].","x-expected":"an array of glob strings such as [\"**/*.map\"]"},"paths":{"type":"array","items":{"type":"string","pattern":"\\S"},"description":"In a monorepo (the app folder below the repository's root): globs, from the root, of shared folders that ship in the bundle; their commits count towards this app's version as the app folder's do.","x-expected":"an array of glob strings from the repository's root, such as [\"packages/shared/**\"]"},"requireNotifyAppReady":{"type":"boolean","default":false,"description":"Fail instead of warning when no JS file calls notifyAppReady().","x-expected":"true or false"},"minNativeVersion":{"type":"string","description":"Lowest native app version that may receive bundles.","x-expected":"a semantic version such as 1.2.0","pattern":"^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$"},"rules":{"type":"array","description":"Release rules, first match wins; they replace the default rules.","items":{"type":"object","additionalProperties":false,"required":["channel"],"properties":{"branch":{"oneOf":[{"type":"string","pattern":"\\S"},{"type":"array","items":{"type":"string","pattern":"\\S"}}],"description":"Branch glob(s), e.g. hotfix/*.","x-expected":"a glob string or an array of them"},"tag":{"type":"boolean","description":"Match tag builds (the tag's version is released).","x-expected":"true or false"},"defaultBranch":{"type":"boolean","description":"Match the default branch.","x-expected":"true or false"},"pullRequest":{"type":"boolean","description":"Match pull/merge request builds.","x-expected":"true or false"},"channel":{"type":"string","pattern":"^[A-Za-z0-9._${}-]+$","description":"Channel to move; ${pr} and ${branch} are filled in.","x-expected":"a channel name (letters, digits, . _ -; ${pr} and ${branch} are filled in)"},"prerelease":{"oneOf":[{"type":"string","pattern":"^[A-Za-z0-9${}-]+$"},{"const":false}],"description":"Prerelease id (beta → 1.4.3-beta.2); absent or false for stable versions.","x-expected":"a prerelease id such as \"beta\" (letters, digits, -), or false for stable versions"}},"x-expected":"an object such as {\"branch\": \"hotfix/*\", \"channel\": \"beta\"}"},"x-expected":"an array of rules such as {\"branch\": \"hotfix/*\", \"channel\": \"beta\", \"prerelease\": \"beta\"}"},"rolloutPolicy":{"type":"object","additionalProperties":false,"properties":{"steps":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"maximum":100},"description":"Shares of devices in percent the rollout widens through, rising, e.g. [1, 5, 25, 100]; after the last step the bundle is promoted to every device.","x-expected":"an array of percentages above 0 and at most 100, such as [1, 5, 25, 100]"},"minDevices":{"type":"integer","minimum":1,"description":"Devices that must have run the new bundle during a step before it widens.","x-expected":"a whole number of devices, at least 1"},"bakeMinutes":{"type":"number","minimum":0,"description":"Minutes each step runs before it widens.","x-expected":"a number of minutes, 0 or more"},"maxExcessFailureRate":{"type":"number","minimum":0,"maximum":1,"description":"Largest allowed excess of the new bundle's failure rate (download, install, checksum, launch timeout) over the stable bundle's, as a fraction (0.02 = 2 points), judged by a statistical bound.","x-expected":"a fraction from 0 to 1, such as 0.02"},"maxExcessCrashRate":{"type":"number","minimum":0,"maximum":1,"description":"Largest allowed excess of its crash rate (app_crash, app_crash_native, app_anr, webview deaths after installing) over the stable cohort's on the same native builds, as a fraction.","x-expected":"a fraction from 0 to 1, such as 0.01"},"onBreach":{"enum":["pause","abort"],"description":"What rollout advance does when the new bundle is worse by more than allowed: pause (keep its devices, reach no new one) or abort (every device back on the stable bundle).","x-expected":"\"pause\" or \"abort\""},"confidence":{"enum":[0.9,0.95,0.99,0.999],"description":"One-sided confidence of the bounds.","x-expected":"0.9, 0.95, 0.99 or 0.999"},"channels":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"description":"Channels whose releases and promotions start a guarded rollout at the first step (default [\"production\"]).","x-expected":"an array of channel names such as [\"production\"]"},"webhook":{"type":"string","pattern":"^https?://","description":"A URL rollout advance tells (POST, JSON) when a rollout widens, completes, pauses or aborts.","x-expected":"an http(s) URL"},"lanes":{"type":"object","additionalProperties":false,"properties":{"fix":{"$ref":"#/$defs/rolloutSteps"},"feat":{"$ref":"#/$defs/rolloutSteps"},"breaking":{"$ref":"#/$defs/rolloutSteps"}},"description":"Overrides per lane, chosen from the release's commits: breaking (any breaking change), feat (any feature), else fix.","x-expected":"an object with fix, feat and breaking policies"}},"description":"Guarded rollouts: how far and how fast a release widens, and what stops it (capflight rollout advance, serve --auto-rollout).","x-expected":"an object such as {\"steps\": [1, 5, 25, 100], \"minDevices\": 100}"}},"$comment":"x-expected keywords are annotations: the phrase capflight's errors use for what a value must be.","$defs":{"rolloutSteps":{"type":"object","additionalProperties":false,"properties":{"steps":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"maximum":100},"description":"Shares of devices in percent the rollout widens through, rising, e.g. [1, 5, 25, 100]; after the last step the bundle is promoted to every device.","x-expected":"an array of percentages above 0 and at most 100, such as [1, 5, 25, 100]"},"minDevices":{"type":"integer","minimum":1,"description":"Devices that must have run the new bundle during a step before it widens.","x-expected":"a whole number of devices, at least 1"},"bakeMinutes":{"type":"number","minimum":0,"description":"Minutes each step runs before it widens.","x-expected":"a number of minutes, 0 or more"},"maxExcessFailureRate":{"type":"number","minimum":0,"maximum":1,"description":"Largest allowed excess of the new bundle's failure rate (download, install, checksum, launch timeout) over the stable bundle's, as a fraction (0.02 = 2 points), judged by a statistical bound.","x-expected":"a fraction from 0 to 1, such as 0.02"},"maxExcessCrashRate":{"type":"number","minimum":0,"maximum":1,"description":"Largest allowed excess of its crash rate (app_crash, app_crash_native, app_anr, webview deaths after installing) over the stable cohort's on the same native builds, as a fraction.","x-expected":"a fraction from 0 to 1, such as 0.01"},"onBreach":{"enum":["pause","abort"],"description":"What rollout advance does when the new bundle is worse by more than allowed: pause (keep its devices, reach no new one) or abort (every device back on the stable bundle).","x-expected":"\"pause\" or \"abort\""},"confidence":{"enum":[0.9,0.95,0.99,0.999],"description":"One-sided confidence of the bounds.","x-expected":"0.9, 0.95, 0.99 or 0.999"}},"x-expected":"an object with steps, minDevices, bakeMinutes, maxExcessFailureRate, maxExcessCrashRate, onBreach, confidence"}}};const schema32 = {"type":"object","additionalProperties":false,"properties":{"steps":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"maximum":100},"description":"Shares of devices in percent the rollout widens through, rising, e.g. [1, 5, 25, 100]; after the last step the bundle is promoted to every device.","x-expected":"an array of percentages above 0 and at most 100, such as [1, 5, 25, 100]"},"minDevices":{"type":"integer","minimum":1,"description":"Devices that must have run the new bundle during a step before it widens.","x-expected":"a whole number of devices, at least 1"},"bakeMinutes":{"type":"number","minimum":0,"description":"Minutes each step runs before it widens.","x-expected":"a number of minutes, 0 or more"},"maxExcessFailureRate":{"type":"number","minimum":0,"maximum":1,"description":"Largest allowed excess of the new bundle's failure rate (download, install, checksum, launch timeout) over the stable bundle's, as a fraction (0.02 = 2 points), judged by a statistical bound.","x-expected":"a fraction from 0 to 1, such as 0.02"},"maxExcessCrashRate":{"type":"number","minimum":0,"maximum":1,"description":"Largest allowed excess of its crash rate (app_crash, app_crash_native, app_anr, webview deaths after installing) over the stable cohort's on the same native builds, as a fraction.","x-expected":"a fraction from 0 to 1, such as 0.01"},"onBreach":{"enum":["pause","abort"],"description":"What rollout advance does when the new bundle is worse by more than allowed: pause (keep its devices, reach no new one) or abort (every device back on the stable bundle).","x-expected":"\"pause\" or \"abort\""},"confidence":{"enum":[0.9,0.95,0.99,0.999],"description":"One-sided confidence of the bounds.","x-expected":"0.9, 0.95, 0.99 or 0.999"}},"x-expected":"an object with steps, minDevices, bakeMinutes, maxExcessFailureRate, maxExcessCrashRate, onBreach, confidence"};const func1 = Object.prototype.hasOwnProperty;const pattern4 = new RegExp("^[A-Za-z0-9._-]+$", "u");const pattern5 = new RegExp("\\S", "u");const pattern8 = new RegExp("^[^\\s~^:?*\\[\\\\]*\\$\\{version\\}[^\\s~^:?*\\[\\\\]*$", "u");const pattern11 = new RegExp("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$", "u");const pattern14 = new RegExp("^[A-Za-z0-9._${}-]+$", "u");const pattern15 = new RegExp("^[A-Za-z0-9${}-]+$", "u");const pattern16 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");const pattern17 = new RegExp("^https?://", "u");const validate20 = (function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://capflight.dev/schema/capflight.config.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func1.call(schema31.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.$schema !== undefined){if(typeof data.$schema !== "string"){const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.appId !== undefined){let data1 = data.appId;if(typeof data1 === "string"){if(!pattern4.test(data1)){const err2 = {instancePath:instancePath+"/appId",schemaPath:"#/properties/appId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\""};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/appId",schemaPath:"#/properties/appId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.webDir !== undefined){let data2 = data.webDir;if(typeof data2 === "string"){if(!pattern5.test(data2)){const err4 = {instancePath:instancePath+"/webDir",schemaPath:"#/properties/webDir/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/webDir",schemaPath:"#/properties/webDir/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.buildCommand !== undefined){let data3 = data.buildCommand;const _errs10 = errors;let valid1 = false;let passing0 = null;const _errs11 = errors;if(typeof data3 === "string"){if(!pattern5.test(data3)){const err6 = {instancePath:instancePath+"/buildCommand",schemaPath:"#/properties/buildCommand/oneOf/0/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/buildCommand",schemaPath:"#/properties/buildCommand/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs11 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs13 = errors;if(false !== data3){const err8 = {instancePath:instancePath+"/buildCommand",schemaPath:"#/properties/buildCommand/oneOf/1/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid0 = _errs13 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err9 = {instancePath:instancePath+"/buildCommand",schemaPath:"#/properties/buildCommand/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}else {errors = _errs10;if(vErrors !== null){if(_errs10){vErrors.length = _errs10;}else {vErrors = null;}}}}if(data.store !== undefined){let data4 = data.store;if(typeof data4 === "string"){if(!pattern5.test(data4)){const err10 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.tagFormat !== undefined){let data5 = data.tagFormat;if(typeof data5 === "string"){if(!pattern8.test(data5)){const err12 = {instancePath:instancePath+"/tagFormat",schemaPath:"#/properties/tagFormat/pattern",keyword:"pattern",params:{pattern: "^[^\\s~^:?*\\[\\\\]*\\$\\{version\\}[^\\s~^:?*\\[\\\\]*$"},message:"must match pattern \""+"^[^\\s~^:?*\\[\\\\]*\\$\\{version\\}[^\\s~^:?*\\[\\\\]*$"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/tagFormat",schemaPath:"#/properties/tagFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.defaultBranch !== undefined){let data6 = data.defaultBranch;if(typeof data6 === "string"){if(!pattern5.test(data6)){const err14 = {instancePath:instancePath+"/defaultBranch",schemaPath:"#/properties/defaultBranch/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/defaultBranch",schemaPath:"#/properties/defaultBranch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.pullRequestPreviews !== undefined){if(typeof data.pullRequestPreviews !== "boolean"){const err16 = {instancePath:instancePath+"/pullRequestPreviews",schemaPath:"#/properties/pullRequestPreviews/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.exclude !== undefined){let data8 = data.exclude;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){if(typeof data8[i0] !== "string"){const err17 = {instancePath:instancePath+"/exclude/" + i0,schemaPath:"#/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.paths !== undefined){let data10 = data.paths;if(Array.isArray(data10)){const len1 = data10.length;for(let i1=0; i1<len1; i1++){let data11 = data10[i1];if(typeof data11 === "string"){if(!pattern5.test(data11)){const err19 = {instancePath:instancePath+"/paths/" + i1,schemaPath:"#/properties/paths/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/paths/" + i1,schemaPath:"#/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.requireNotifyAppReady !== undefined){if(typeof data.requireNotifyAppReady !== "boolean"){const err22 = {instancePath:instancePath+"/requireNotifyAppReady",schemaPath:"#/properties/requireNotifyAppReady/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.minNativeVersion !== undefined){let data13 = data.minNativeVersion;if(typeof data13 === "string"){if(!pattern11.test(data13)){const err23 = {instancePath:instancePath+"/minNativeVersion",schemaPath:"#/properties/minNativeVersion/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$"+"\""};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/minNativeVersion",schemaPath:"#/properties/minNativeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.rules !== undefined){let data14 = data.rules;if(Array.isArray(data14)){const len2 = data14.length;for(let i2=0; i2<len2; i2++){let data15 = data14[i2];if(data15 && typeof data15 == "object" && !Array.isArray(data15)){if(data15.channel === undefined){const err25 = {instancePath:instancePath+"/rules/" + i2,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}for(const key1 in data15){if(!((((((key1 === "branch") || (key1 === "tag")) || (key1 === "defaultBranch")) || (key1 === "pullRequest")) || (key1 === "channel")) || (key1 === "prerelease"))){const err26 = {instancePath:instancePath+"/rules/" + i2,schemaPath:"#/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data15.branch !== undefined){let data16 = data15.branch;const _errs40 = errors;let valid9 = false;let passing1 = null;const _errs41 = errors;if(typeof data16 === "string"){if(!pattern5.test(data16)){const err27 = {instancePath:instancePath+"/rules/" + i2+"/branch",schemaPath:"#/properties/rules/items/properties/branch/oneOf/0/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/rules/" + i2+"/branch",schemaPath:"#/properties/rules/items/properties/branch/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}var _valid1 = _errs41 === errors;if(_valid1){valid9 = true;passing1 = 0;}const _errs43 = errors;if(Array.isArray(data16)){const len3 = data16.length;for(let i3=0; i3<len3; i3++){let data17 = data16[i3];if(typeof data17 === "string"){if(!pattern5.test(data17)){const err29 = {instancePath:instancePath+"/rules/" + i2+"/branch/" + i3,schemaPath:"#/properties/rules/items/properties/branch/oneOf/1/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/rules/" + i2+"/branch/" + i3,schemaPath:"#/properties/rules/items/properties/branch/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/rules/" + i2+"/branch",schemaPath:"#/properties/rules/items/properties/branch/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}var _valid1 = _errs43 === errors;if(_valid1 && valid9){valid9 = false;passing1 = [passing1, 1];}else {if(_valid1){valid9 = true;passing1 = 1;}}if(!valid9){const err32 = {instancePath:instancePath+"/rules/" + i2+"/branch",schemaPath:"#/properties/rules/items/properties/branch/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}else {errors = _errs40;if(vErrors !== null){if(_errs40){vErrors.length = _errs40;}else {vErrors = null;}}}}if(data15.tag !== undefined){if(typeof data15.tag !== "boolean"){const err33 = {instancePath:instancePath+"/rules/" + i2+"/tag",schemaPath:"#/properties/rules/items/properties/tag/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data15.defaultBranch !== undefined){if(typeof data15.defaultBranch !== "boolean"){const err34 = {instancePath:instancePath+"/rules/" + i2+"/defaultBranch",schemaPath:"#/properties/rules/items/properties/defaultBranch/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data15.pullRequest !== undefined){if(typeof data15.pullRequest !== "boolean"){const err35 = {instancePath:instancePath+"/rules/" + i2+"/pullRequest",schemaPath:"#/properties/rules/items/properties/pullRequest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data15.channel !== undefined){let data21 = data15.channel;if(typeof data21 === "string"){if(!pattern14.test(data21)){const err36 = {instancePath:instancePath+"/rules/" + i2+"/channel",schemaPath:"#/properties/rules/items/properties/channel/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._${}-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._${}-]+$"+"\""};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/rules/" + i2+"/channel",schemaPath:"#/properties/rules/items/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data15.prerelease !== undefined){let data22 = data15.prerelease;const _errs56 = errors;let valid12 = false;let passing2 = null;const _errs57 = errors;if(typeof data22 === "string"){if(!pattern15.test(data22)){const err38 = {instancePath:instancePath+"/rules/" + i2+"/prerelease",schemaPath:"#/properties/rules/items/properties/prerelease/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9${}-]+$"},message:"must match pattern \""+"^[A-Za-z0-9${}-]+$"+"\""};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/rules/" + i2+"/prerelease",schemaPath:"#/properties/rules/items/properties/prerelease/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}var _valid2 = _errs57 === errors;if(_valid2){valid12 = true;passing2 = 0;}const _errs59 = errors;if(false !== data22){const err40 = {instancePath:instancePath+"/rules/" + i2+"/prerelease",schemaPath:"#/properties/rules/items/properties/prerelease/oneOf/1/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}var _valid2 = _errs59 === errors;if(_valid2 && valid12){valid12 = false;passing2 = [passing2, 1];}else {if(_valid2){valid12 = true;passing2 = 1;}}if(!valid12){const err41 = {instancePath:instancePath+"/rules/" + i2+"/prerelease",schemaPath:"#/properties/rules/items/properties/prerelease/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}else {errors = _errs56;if(vErrors !== null){if(_errs56){vErrors.length = _errs56;}else {vErrors = null;}}}}}else {const err42 = {instancePath:instancePath+"/rules/" + i2,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.rolloutPolicy !== undefined){let data23 = data.rolloutPolicy;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key2 in data23){if(!(func1.call(schema31.properties.rolloutPolicy.properties, key2))){const err44 = {instancePath:instancePath+"/rolloutPolicy",schemaPath:"#/properties/rolloutPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data23.steps !== undefined){let data24 = data23.steps;if(Array.isArray(data24)){if(data24.length < 1){const err45 = {instancePath:instancePath+"/rolloutPolicy/steps",schemaPath:"#/properties/rolloutPolicy/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}const len4 = data24.length;for(let i4=0; i4<len4; i4++){let data25 = data24[i4];if((typeof data25 == "number") && (isFinite(data25))){if(data25 > 100 || isNaN(data25)){const err46 = {instancePath:instancePath+"/rolloutPolicy/steps/" + i4,schemaPath:"#/properties/rolloutPolicy/properties/steps/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data25 <= 0 || isNaN(data25)){const err47 = {instancePath:instancePath+"/rolloutPolicy/steps/" + i4,schemaPath:"#/properties/rolloutPolicy/properties/steps/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}else {const err48 = {instancePath:instancePath+"/rolloutPolicy/steps/" + i4,schemaPath:"#/properties/rolloutPolicy/properties/steps/items/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath:instancePath+"/rolloutPolicy/steps",schemaPath:"#/properties/rolloutPolicy/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data23.minDevices !== undefined){let data26 = data23.minDevices;if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){const err50 = {instancePath:instancePath+"/rolloutPolicy/minDevices",schemaPath:"#/properties/rolloutPolicy/properties/minDevices/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if((typeof data26 == "number") && (isFinite(data26))){if(data26 < 1 || isNaN(data26)){const err51 = {instancePath:instancePath+"/rolloutPolicy/minDevices",schemaPath:"#/properties/rolloutPolicy/properties/minDevices/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}if(data23.bakeMinutes !== undefined){let data27 = data23.bakeMinutes;if((typeof data27 == "number") && (isFinite(data27))){if(data27 < 0 || isNaN(data27)){const err52 = {instancePath:instancePath+"/rolloutPolicy/bakeMinutes",schemaPath:"#/properties/rolloutPolicy/properties/bakeMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}else {const err53 = {instancePath:instancePath+"/rolloutPolicy/bakeMinutes",schemaPath:"#/properties/rolloutPolicy/properties/bakeMinutes/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data23.maxExcessFailureRate !== undefined){let data28 = data23.maxExcessFailureRate;if((typeof data28 == "number") && (isFinite(data28))){if(data28 > 1 || isNaN(data28)){const err54 = {instancePath:instancePath+"/rolloutPolicy/maxExcessFailureRate",schemaPath:"#/properties/rolloutPolicy/properties/maxExcessFailureRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(data28 < 0 || isNaN(data28)){const err55 = {instancePath:instancePath+"/rolloutPolicy/maxExcessFailureRate",schemaPath:"#/properties/rolloutPolicy/properties/maxExcessFailureRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}else {const err56 = {instancePath:instancePath+"/rolloutPolicy/maxExcessFailureRate",schemaPath:"#/properties/rolloutPolicy/properties/maxExcessFailureRate/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data23.maxExcessCrashRate !== undefined){let data29 = data23.maxExcessCrashRate;if((typeof data29 == "number") && (isFinite(data29))){if(data29 > 1 || isNaN(data29)){const err57 = {instancePath:instancePath+"/rolloutPolicy/maxExcessCrashRate",schemaPath:"#/properties/rolloutPolicy/properties/maxExcessCrashRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}if(data29 < 0 || isNaN(data29)){const err58 = {instancePath:instancePath+"/rolloutPolicy/maxExcessCrashRate",schemaPath:"#/properties/rolloutPolicy/properties/maxExcessCrashRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/rolloutPolicy/maxExcessCrashRate",schemaPath:"#/properties/rolloutPolicy/properties/maxExcessCrashRate/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data23.onBreach !== undefined){let data30 = data23.onBreach;if(!((data30 === "pause") || (data30 === "abort"))){const err60 = {instancePath:instancePath+"/rolloutPolicy/onBreach",schemaPath:"#/properties/rolloutPolicy/properties/onBreach/enum",keyword:"enum",params:{allowedValues: schema31.properties.rolloutPolicy.properties.onBreach.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data23.confidence !== undefined){let data31 = data23.confidence;if(!((((data31 === 0.9) || (data31 === 0.95)) || (data31 === 0.99)) || (data31 === 0.999))){const err61 = {instancePath:instancePath+"/rolloutPolicy/confidence",schemaPath:"#/properties/rolloutPolicy/properties/confidence/enum",keyword:"enum",params:{allowedValues: schema31.properties.rolloutPolicy.properties.confidence.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data23.channels !== undefined){let data32 = data23.channels;if(Array.isArray(data32)){const len5 = data32.length;for(let i5=0; i5<len5; i5++){let data33 = data32[i5];if(typeof data33 === "string"){if(!pattern16.test(data33)){const err62 = {instancePath:instancePath+"/rolloutPolicy/channels/" + i5,schemaPath:"#/properties/rolloutPolicy/properties/channels/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\""};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}else {const err63 = {instancePath:instancePath+"/rolloutPolicy/channels/" + i5,schemaPath:"#/properties/rolloutPolicy/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath:instancePath+"/rolloutPolicy/channels",schemaPath:"#/properties/rolloutPolicy/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data23.webhook !== undefined){let data34 = data23.webhook;if(typeof data34 === "string"){if(!pattern17.test(data34)){const err65 = {instancePath:instancePath+"/rolloutPolicy/webhook",schemaPath:"#/properties/rolloutPolicy/properties/webhook/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}else {const err66 = {instancePath:instancePath+"/rolloutPolicy/webhook",schemaPath:"#/properties/rolloutPolicy/properties/webhook/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data23.lanes !== undefined){let data35 = data23.lanes;if(data35 && typeof data35 == "object" && !Array.isArray(data35)){for(const key3 in data35){if(!(((key3 === "fix") || (key3 === "feat")) || (key3 === "breaking"))){const err67 = {instancePath:instancePath+"/rolloutPolicy/lanes",schemaPath:"#/properties/rolloutPolicy/properties/lanes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data35.fix !== undefined){let data36 = data35.fix;if(data36 && typeof data36 == "object" && !Array.isArray(data36)){for(const key4 in data36){if(!(((((((key4 === "steps") || (key4 === "minDevices")) || (key4 === "bakeMinutes")) || (key4 === "maxExcessFailureRate")) || (key4 === "maxExcessCrashRate")) || (key4 === "onBreach")) || (key4 === "confidence"))){const err68 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix",schemaPath:"#/$defs/rolloutSteps/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data36.steps !== undefined){let data37 = data36.steps;if(Array.isArray(data37)){if(data37.length < 1){const err69 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/steps",schemaPath:"#/$defs/rolloutSteps/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}const len6 = data37.length;for(let i6=0; i6<len6; i6++){let data38 = data37[i6];if((typeof data38 == "number") && (isFinite(data38))){if(data38 > 100 || isNaN(data38)){const err70 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/steps/" + i6,schemaPath:"#/$defs/rolloutSteps/properties/steps/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(data38 <= 0 || isNaN(data38)){const err71 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/steps/" + i6,schemaPath:"#/$defs/rolloutSteps/properties/steps/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}else {const err72 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/steps/" + i6,schemaPath:"#/$defs/rolloutSteps/properties/steps/items/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/steps",schemaPath:"#/$defs/rolloutSteps/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data36.minDevices !== undefined){let data39 = data36.minDevices;if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){const err74 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/minDevices",schemaPath:"#/$defs/rolloutSteps/properties/minDevices/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if((typeof data39 == "number") && (isFinite(data39))){if(data39 < 1 || isNaN(data39)){const err75 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/minDevices",schemaPath:"#/$defs/rolloutSteps/properties/minDevices/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}if(data36.bakeMinutes !== undefined){let data40 = data36.bakeMinutes;if((typeof data40 == "number") && (isFinite(data40))){if(data40 < 0 || isNaN(data40)){const err76 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/bakeMinutes",schemaPath:"#/$defs/rolloutSteps/properties/bakeMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}else {const err77 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/bakeMinutes",schemaPath:"#/$defs/rolloutSteps/properties/bakeMinutes/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data36.maxExcessFailureRate !== undefined){let data41 = data36.maxExcessFailureRate;if((typeof data41 == "number") && (isFinite(data41))){if(data41 > 1 || isNaN(data41)){const err78 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/maxExcessFailureRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessFailureRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(data41 < 0 || isNaN(data41)){const err79 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/maxExcessFailureRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessFailureRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}else {const err80 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/maxExcessFailureRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessFailureRate/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data36.maxExcessCrashRate !== undefined){let data42 = data36.maxExcessCrashRate;if((typeof data42 == "number") && (isFinite(data42))){if(data42 > 1 || isNaN(data42)){const err81 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/maxExcessCrashRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessCrashRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}if(data42 < 0 || isNaN(data42)){const err82 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/maxExcessCrashRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessCrashRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}else {const err83 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/maxExcessCrashRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessCrashRate/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data36.onBreach !== undefined){let data43 = data36.onBreach;if(!((data43 === "pause") || (data43 === "abort"))){const err84 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/onBreach",schemaPath:"#/$defs/rolloutSteps/properties/onBreach/enum",keyword:"enum",params:{allowedValues: schema32.properties.onBreach.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data36.confidence !== undefined){let data44 = data36.confidence;if(!((((data44 === 0.9) || (data44 === 0.95)) || (data44 === 0.99)) || (data44 === 0.999))){const err85 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix/confidence",schemaPath:"#/$defs/rolloutSteps/properties/confidence/enum",keyword:"enum",params:{allowedValues: schema32.properties.confidence.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}else {const err86 = {instancePath:instancePath+"/rolloutPolicy/lanes/fix",schemaPath:"#/$defs/rolloutSteps/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data35.feat !== undefined){let data45 = data35.feat;if(data45 && typeof data45 == "object" && !Array.isArray(data45)){for(const key5 in data45){if(!(((((((key5 === "steps") || (key5 === "minDevices")) || (key5 === "bakeMinutes")) || (key5 === "maxExcessFailureRate")) || (key5 === "maxExcessCrashRate")) || (key5 === "onBreach")) || (key5 === "confidence"))){const err87 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat",schemaPath:"#/$defs/rolloutSteps/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data45.steps !== undefined){let data46 = data45.steps;if(Array.isArray(data46)){if(data46.length < 1){const err88 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/steps",schemaPath:"#/$defs/rolloutSteps/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}const len7 = data46.length;for(let i7=0; i7<len7; i7++){let data47 = data46[i7];if((typeof data47 == "number") && (isFinite(data47))){if(data47 > 100 || isNaN(data47)){const err89 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/steps/" + i7,schemaPath:"#/$defs/rolloutSteps/properties/steps/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}if(data47 <= 0 || isNaN(data47)){const err90 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/steps/" + i7,schemaPath:"#/$defs/rolloutSteps/properties/steps/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}else {const err91 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/steps/" + i7,schemaPath:"#/$defs/rolloutSteps/properties/steps/items/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}else {const err92 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/steps",schemaPath:"#/$defs/rolloutSteps/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data45.minDevices !== undefined){let data48 = data45.minDevices;if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){const err93 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/minDevices",schemaPath:"#/$defs/rolloutSteps/properties/minDevices/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}if((typeof data48 == "number") && (isFinite(data48))){if(data48 < 1 || isNaN(data48)){const err94 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/minDevices",schemaPath:"#/$defs/rolloutSteps/properties/minDevices/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}}if(data45.bakeMinutes !== undefined){let data49 = data45.bakeMinutes;if((typeof data49 == "number") && (isFinite(data49))){if(data49 < 0 || isNaN(data49)){const err95 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/bakeMinutes",schemaPath:"#/$defs/rolloutSteps/properties/bakeMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}else {const err96 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/bakeMinutes",schemaPath:"#/$defs/rolloutSteps/properties/bakeMinutes/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data45.maxExcessFailureRate !== undefined){let data50 = data45.maxExcessFailureRate;if((typeof data50 == "number") && (isFinite(data50))){if(data50 > 1 || isNaN(data50)){const err97 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/maxExcessFailureRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessFailureRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}if(data50 < 0 || isNaN(data50)){const err98 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/maxExcessFailureRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessFailureRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}else {const err99 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/maxExcessFailureRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessFailureRate/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data45.maxExcessCrashRate !== undefined){let data51 = data45.maxExcessCrashRate;if((typeof data51 == "number") && (isFinite(data51))){if(data51 > 1 || isNaN(data51)){const err100 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/maxExcessCrashRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessCrashRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}if(data51 < 0 || isNaN(data51)){const err101 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/maxExcessCrashRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessCrashRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}else {const err102 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/maxExcessCrashRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessCrashRate/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data45.onBreach !== undefined){let data52 = data45.onBreach;if(!((data52 === "pause") || (data52 === "abort"))){const err103 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/onBreach",schemaPath:"#/$defs/rolloutSteps/properties/onBreach/enum",keyword:"enum",params:{allowedValues: schema32.properties.onBreach.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data45.confidence !== undefined){let data53 = data45.confidence;if(!((((data53 === 0.9) || (data53 === 0.95)) || (data53 === 0.99)) || (data53 === 0.999))){const err104 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat/confidence",schemaPath:"#/$defs/rolloutSteps/properties/confidence/enum",keyword:"enum",params:{allowedValues: schema32.properties.confidence.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}}else {const err105 = {instancePath:instancePath+"/rolloutPolicy/lanes/feat",schemaPath:"#/$defs/rolloutSteps/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data35.breaking !== undefined){let data54 = data35.breaking;if(data54 && typeof data54 == "object" && !Array.isArray(data54)){for(const key6 in data54){if(!(((((((key6 === "steps") || (key6 === "minDevices")) || (key6 === "bakeMinutes")) || (key6 === "maxExcessFailureRate")) || (key6 === "maxExcessCrashRate")) || (key6 === "onBreach")) || (key6 === "confidence"))){const err106 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking",schemaPath:"#/$defs/rolloutSteps/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}if(data54.steps !== undefined){let data55 = data54.steps;if(Array.isArray(data55)){if(data55.length < 1){const err107 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/steps",schemaPath:"#/$defs/rolloutSteps/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}const len8 = data55.length;for(let i8=0; i8<len8; i8++){let data56 = data55[i8];if((typeof data56 == "number") && (isFinite(data56))){if(data56 > 100 || isNaN(data56)){const err108 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/steps/" + i8,schemaPath:"#/$defs/rolloutSteps/properties/steps/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}if(data56 <= 0 || isNaN(data56)){const err109 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/steps/" + i8,schemaPath:"#/$defs/rolloutSteps/properties/steps/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}else {const err110 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/steps/" + i8,schemaPath:"#/$defs/rolloutSteps/properties/steps/items/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}}else {const err111 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/steps",schemaPath:"#/$defs/rolloutSteps/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}if(data54.minDevices !== undefined){let data57 = data54.minDevices;if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){const err112 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/minDevices",schemaPath:"#/$defs/rolloutSteps/properties/minDevices/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}if((typeof data57 == "number") && (isFinite(data57))){if(data57 < 1 || isNaN(data57)){const err113 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/minDevices",schemaPath:"#/$defs/rolloutSteps/properties/minDevices/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}}if(data54.bakeMinutes !== undefined){let data58 = data54.bakeMinutes;if((typeof data58 == "number") && (isFinite(data58))){if(data58 < 0 || isNaN(data58)){const err114 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/bakeMinutes",schemaPath:"#/$defs/rolloutSteps/properties/bakeMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}else {const err115 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/bakeMinutes",schemaPath:"#/$defs/rolloutSteps/properties/bakeMinutes/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(data54.maxExcessFailureRate !== undefined){let data59 = data54.maxExcessFailureRate;if((typeof data59 == "number") && (isFinite(data59))){if(data59 > 1 || isNaN(data59)){const err116 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/maxExcessFailureRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessFailureRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}if(data59 < 0 || isNaN(data59)){const err117 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/maxExcessFailureRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessFailureRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}else {const err118 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/maxExcessFailureRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessFailureRate/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(data54.maxExcessCrashRate !== undefined){let data60 = data54.maxExcessCrashRate;if((typeof data60 == "number") && (isFinite(data60))){if(data60 > 1 || isNaN(data60)){const err119 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/maxExcessCrashRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessCrashRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}if(data60 < 0 || isNaN(data60)){const err120 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/maxExcessCrashRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessCrashRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}else {const err121 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/maxExcessCrashRate",schemaPath:"#/$defs/rolloutSteps/properties/maxExcessCrashRate/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}if(data54.onBreach !== undefined){let data61 = data54.onBreach;if(!((data61 === "pause") || (data61 === "abort"))){const err122 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/onBreach",schemaPath:"#/$defs/rolloutSteps/properties/onBreach/enum",keyword:"enum",params:{allowedValues: schema32.properties.onBreach.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}if(data54.confidence !== undefined){let data62 = data54.confidence;if(!((((data62 === 0.9) || (data62 === 0.95)) || (data62 === 0.99)) || (data62 === 0.999))){const err123 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking/confidence",schemaPath:"#/$defs/rolloutSteps/properties/confidence/enum",keyword:"enum",params:{allowedValues: schema32.properties.confidence.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}}else {const err124 = {instancePath:instancePath+"/rolloutPolicy/lanes/breaking",schemaPath:"#/$defs/rolloutSteps/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}}else {const err125 = {instancePath:instancePath+"/rolloutPolicy/lanes",schemaPath:"#/properties/rolloutPolicy/properties/lanes/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}}else {const err126 = {instancePath:instancePath+"/rolloutPolicy",schemaPath:"#/properties/rolloutPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}}else {const err127 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}validate20.errors = vErrors;return errors === 0;});validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
const validate = validate20;/* harmony default export */ const config_validator = ((/* unused pure expression or super */ null && (validate20)));

;// CONCATENATED MODULE: ./src/core/settings/config-schema.ts


/** The shipped JSON Schema of capflight.config.json: the one statement of what the file may hold. */
const CONFIG_SCHEMA = (/* unused pure expression or super */ null && (schema));
function nodeAt(path) {
    let node = capflight_config_schema_namespaceObject;
    for (const part of path)
        node = typeof part === 'number' ? node?.items : node?.properties?.[part];
    return node;
}
function parse(pointer) {
    if (!pointer)
        return [];
    return pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
/** `"exclude"` at the top, `rules[0].channel` below it. */
function label(path) {
    if (path.length === 1)
        return `"${path[0]}"`;
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
/**
 * Validates a parsed config object against the schema and says, for each value that breaks it,
 * what it must be; one problem per value (a value failing both branches of a oneOf is one).
 */
function schemaProblems(config, where) {
    if (validate(config))
        return [];
    const problems = new Map();
    for (const error of validate.errors) {
        const at = parse(error.instancePath);
        if (error.keyword === 'additionalProperties') {
            const key = error.params.additionalProperty;
            const known = Object.keys(nodeAt(at)?.properties ?? {}).filter((k) => k !== '$schema');
            problems.set(JSON.stringify([...at, key]), { path: [...at, key], message: `${where}${at.length ? `: ${label(at)}` : ''} has unknown key "${key}". Known keys: ${known.join(', ')}.` });
            continue;
        }
        const path = error.keyword === 'required' ? [...at, error.params.missingProperty] : at;
        const id = JSON.stringify(path);
        if (problems.has(id))
            continue;
        const expected = nodeAt(path)?.['x-expected'];
        problems.set(id, { path, message: `${where}: ${label(path)} must be ${expected ?? error.message}.` });
    }
    return [...problems.values()];
}

// EXTERNAL MODULE: ./src/core/settings/rules.ts
var settings_rules = __webpack_require__(3834);
;// CONCATENATED MODULE: ./src/core/settings/settings.ts


// Only valid() (here, in names.ts and tag-format.ts): the whole of semver is not loaded at every start.








/** The CAPFLIGHT_* variables behind each flag: this file is where capflight reads its environment. */
const ENV_KEYS = {
    'app-id': 'CAPFLIGHT_APP_ID',
    'web-dir': 'CAPFLIGHT_WEB_DIR',
    'build-command': 'CAPFLIGHT_BUILD_COMMAND',
    store: 'CAPFLIGHT_STORE',
    'cache-dir': 'CAPFLIGHT_CACHE_DIR',
    'tag-format': 'CAPFLIGHT_TAG_FORMAT',
    channel: 'CAPFLIGHT_CHANNEL',
    'dry-run': 'CAPFLIGHT_DRY_RUN',
    'allow-native-change': 'CAPFLIGHT_ALLOW_NATIVE_CHANGE',
    'allow-dirty': 'CAPFLIGHT_ALLOW_DIRTY',
    'replace-rollout': 'CAPFLIGHT_REPLACE_ROLLOUT',
    'default-branch': 'CAPFLIGHT_DEFAULT_BRANCH',
    'min-native-version': 'CAPFLIGHT_MIN_NATIVE_VERSION',
    rollout: 'CAPFLIGHT_ROLLOUT',
    'private-key': 'CAPFLIGHT_PRIVATE_KEY',
    'api-key': ['CAPFLIGHT_API_KEY', 'CAPGO_TOKEN'],
    'sign-command': 'CAPFLIGHT_SIGN_COMMAND',
    'public-key': 'CAPFLIGHT_PUBLIC_KEY',
    'require-notify-app-ready': 'CAPFLIGHT_REQUIRE_NOTIFY_APP_READY',
    config: 'CAPFLIGHT_CONFIG'
};
function readJson(file, problems) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        problems.push(`Cannot read ${file}: ${error.message}. Check the path given to --config.`);
        return undefined;
    }
    try {
        const value = JSON.parse(text);
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
            problems.push(`${file} must hold a JSON object.`);
            return undefined;
        }
        return value;
    }
    catch (error) {
        problems.push(`${file} is not valid JSON (${error.message}). Fix the syntax and run again.`);
        return undefined;
    }
}
function loadConfig(cwd, explicit, problems) {
    if (explicit) {
        const file = external_node_path_default().resolve(cwd, explicit);
        return { config: readJson(file, problems) ?? {}, file };
    }
    const file = external_node_path_default().join(cwd, 'capflight.config.json');
    if ((0,external_node_fs_.existsSync)(file))
        return { config: readJson(file, problems) ?? {}, file };
    const pkg = external_node_path_default().join(cwd, 'package.json');
    if ((0,external_node_fs_.existsSync)(pkg)) {
        const json = readJson(pkg, problems);
        const section = json?.capflight;
        if (section && typeof section === 'object' && !Array.isArray(section))
            return { config: section, file: `${pkg}#capflight` };
    }
    return { config: {} };
}
/** appId, webDir and the updater's publicKey from capacitor.config.{json,ts,js}, and what is wrong with them. */
function readCapacitorConfig(cwd) {
    const json = external_node_path_default().join(cwd, 'capacitor.config.json');
    if ((0,external_node_fs_.existsSync)(json)) {
        const problems = [];
        const c = readJson(json, problems);
        if (!c)
            return { file: json, problems };
        const plugins = c.plugins;
        const updater = plugins && typeof plugins === 'object' ? plugins.CapacitorUpdater : undefined;
        const text = (value, key) => {
            if (value === undefined)
                return undefined;
            if (typeof value !== 'string' || value.trim() === '')
                problems.push(`capacitor.config.json: "${key}" must be a non-empty string, got ${JSON.stringify(value)}.`);
            return str(value);
        };
        return { appId: text(c.appId, 'appId'), webDir: text(c.webDir, 'webDir'), publicKey: text(updater?.publicKey, 'plugins.CapacitorUpdater.publicKey'), updateUrl: text(updater?.updateUrl, 'plugins.CapacitorUpdater.updateUrl'), file: json, problems };
    }
    for (const name of ['capacitor.config.ts', 'capacitor.config.js', 'capacitor.config.mjs']) {
        const file = external_node_path_default().join(cwd, name);
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        const pick = (key) => new RegExp(`\\b${key}\\s*:\\s*['"\`]([^'"\`]+)['"\`]`).exec(text)?.[1];
        return { appId: pick('appId'), webDir: pick('webDir'), publicKey: pick('publicKey')?.replace(/\\n/g, '\n'), updateUrl: pick('updateUrl'), file, problems: [] };
    }
    return { problems: [] };
}
/** Folders below `root` (three levels at most, node_modules and dot folders left out) that hold a Capacitor app. */
function appFoldersBelow(root) {
    const found = [];
    const visit = (dir, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.'))
                continue;
            const sub = external_node_path_default().join(dir, entry.name);
            if (capacitor_config/* CAPACITOR_CONFIG_FILES */.a.some((f) => (0,external_node_fs_.existsSync)(external_node_path_default().join(sub, f))))
                found.push(external_node_path_default().relative(root, sub).split((external_node_path_default()).sep).join('/'));
            else if (depth < 3)
                visit(sub, depth + 1);
        }
    };
    visit(root, 1);
    return found.sort();
}
function str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
function flagValue(flags, env, key) {
    const v = flags[key];
    if (v !== undefined && v !== '')
        return v;
    for (const name of [ENV_KEYS[key] ?? []].flat()) {
        const e = env[name];
        if (e !== undefined && e !== '')
            return e;
    }
    return undefined;
}
function bool(value, name, problems) {
    if (value === undefined || typeof value === 'boolean')
        return value;
    if (/^(true|1|yes)$/i.test(value))
        return true;
    if (/^(false|0|no)$/i.test(value))
        return false;
    problems.push(`${name} must be true or false, got "${value}".`);
    return undefined;
}
/**
 * What the schema cannot say about rules: each has exactly one trigger, and a tag rule no
 * prerelease id. Checked on whatever the file holds, beside the schema's own problems.
 */
function ruleProblems(value, where) {
    if (!Array.isArray(value))
        return [];
    const problems = [];
    value.forEach((raw, i) => {
        if (!raw || typeof raw !== 'object' || Array.isArray(raw))
            return;
        const r = raw;
        const triggers = ['branch', 'tag', 'defaultBranch', 'pullRequest'].filter((k) => r[k] !== undefined && r[k] !== false);
        if (triggers.length !== 1)
            problems.push(`${where}: rules[${i}] needs exactly one trigger: "branch", "tag", "defaultBranch" or "pullRequest".`);
        if (r.tag === true && typeof r.prerelease === 'string')
            problems.push(`${where}: rules[${i}]: a tag rule releases the tag's own version; remove "prerelease".`);
    });
    return problems;
}
/** Rules as the core uses them, from rules the schema accepted. */
function toRules(value) {
    return value.map((r) => ({
        channel: r.channel,
        ...(r.branch !== undefined ? { branch: typeof r.branch === 'string' ? [r.branch] : r.branch } : {}),
        ...(r.tag === true ? { tag: true } : {}),
        ...(r.defaultBranch === true ? { defaultBranch: true } : {}),
        ...(r.pullRequest === true ? { pullRequest: true } : {}),
        ...(typeof r.prerelease === 'string' ? { prerelease: r.prerelease } : {})
    }));
}
/** "12.5" or "12.5%" → 1250 basis points; undefined when not a percentage in (0, 100]. */
function parsePercentage(text) {
    const m = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text);
    if (!m)
        return undefined;
    const bps = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
    return bps > 0 && bps <= 10000 ? bps : undefined;
}
/**
 * Builds the typed settings. Precedence: flag > CAPFLIGHT_* env > capflight.config.json
 * (or package.json#capflight) > capacitor config > defaults. Every problem is
 * collected before failing. `needs.appId: false` is for commands that serve or pack
 * whatever app there is (serve answers every app of its store): no app id is then required,
 * and `appId` is empty unless one is given.
 */
function buildSettings(flags, env, cwdIn, needs = { appId: true }) {
    const problems = [];
    const cwd = external_node_path_default().resolve(cwdIn);
    if (!(0,external_node_fs_.existsSync)(cwd))
        throw new errors/* ConfigurationError */.j1([`Working directory ${cwd} does not exist. Check --cwd.`]);
    const get = (key) => flagValue(flags, env, key);
    const explicitConfig = get('config');
    const { config, file: configFile } = loadConfig(cwd, typeof explicitConfig === 'string' ? explicitConfig : undefined, problems);
    const where = configFile ? external_node_path_default().basename(configFile) : 'config';
    // The shipped JSON Schema validates the file; a value it refuses is reported and not used.
    const schemaIssues = schemaProblems(config, where);
    const located = schemaIssues.map((p) => ({ message: p.message, key: String(p.path[p.path.length - 1]) }));
    const refused = new Set(schemaIssues.map((p) => String(p.path[0])));
    const fromConfig = (key) => (refused.has(key) ? undefined : config[key]);
    const configString = (key) => fromConfig(key);
    const configBool = (key) => fromConfig(key);
    for (const message of ruleProblems(config.rules, where))
        located.push({ message, key: 'rules' });
    const capacitor = readCapacitorConfig(cwd);
    problems.push(...capacitor.problems);
    // A flag given with no value is a mistake (an unset CI variable), not "use the default".
    for (const [key, value] of Object.entries(flags)) {
        if (value === '')
            problems.push(`--${key} is empty: give it a value, or leave it out.`);
    }
    const pkgFile = external_node_path_default().join(cwd, 'package.json');
    let pkg = {};
    if ((0,external_node_fs_.existsSync)(pkgFile)) {
        try {
            pkg = JSON.parse((0,external_node_fs_.readFileSync)(pkgFile, 'utf8'));
        }
        catch { /* reported by loadConfig when used */ }
    }
    const stringOf = (key) => {
        const v = get(key);
        return typeof v === 'string' ? v : undefined;
    };
    const appId = stringOf('app-id') ?? configString('appId') ?? capacitor.appId;
    if (!appId) {
        const apps = capacitor.file ? [] : appFoldersBelow(cwd);
        if (needs.appId && apps.length)
            problems.push(`No Capacitor app in ${cwd}; ${apps.length === 1 ? 'one is in' : 'apps are in'} ${apps.join(', ')}. Run capflight there: --cwd ${apps[0]} (or working-directory in CI).`);
        else if (needs.appId)
            problems.push('No appId: set "appId" in capacitor.config.json (or capflight.config.json), or pass --app-id com.example.app.');
    }
    else {
        const problem = (0,names/* nameProblem */.rH)('appId', appId, 'appId');
        if (problem)
            problems.push(problem);
    }
    const webDir = stringOf('web-dir') ?? configString('webDir') ?? capacitor.webDir ?? 'www';
    const scripts = (pkg.scripts ?? {});
    let buildCommand;
    const noBuild = flags['no-build'] === true || flags.build === false;
    const configBuild = fromConfig('buildCommand');
    if (noBuild)
        buildCommand = null;
    else {
        const flagBuild = stringOf('build-command');
        if (flagBuild !== undefined)
            buildCommand = flagBuild;
        else if (configBuild === false)
            buildCommand = null;
        else if (typeof configBuild === 'string')
            buildCommand = configBuild;
        else
            buildCommand = typeof scripts.build === 'string' ? 'npm run build' : null;
    }
    const tagFormat = stringOf('tag-format') ?? configString('tagFormat') ?? (refused.has('tagFormat') ? undefined : 'v${version}');
    const tagProblem = tagFormat === undefined ? undefined : tag_format/* TagFormat */.G.validate(tagFormat);
    if (tagProblem)
        problems.push(tagProblem);
    const namedStore = stringOf('store') ?? configString('store');
    const store = namedStore ?? external_node_path_default().join('.capflight', 'store');
    const configRules = fromConfig('rules');
    let rules = configRules ? toRules(configRules) : [...settings_rules/* DEFAULT_RULES */.ck];
    const pullRequestPreviews = configBool('pullRequestPreviews') ?? false;
    if (pullRequestPreviews && !rules.some((r) => r.pullRequest))
        rules = [settings_rules/* PULL_REQUEST_RULE */.F1, ...rules];
    const exclude = fromConfig('exclude') ?? [];
    const paths = fromConfig('paths') ?? [];
    const policyConfig = fromConfig('rolloutPolicy');
    const rolloutPolicy = policyConfig ? rolloutPolicyOf(policyConfig, problems) : undefined;
    const minNativeVersion = stringOf('min-native-version') ?? configString('minNativeVersion');
    if (minNativeVersion !== undefined && !valid_default()(minNativeVersion))
        problems.push(`minNativeVersion "${minNativeVersion}" is not a semantic version such as 1.2.0.`);
    const rollout = stringOf('rollout');
    let rolloutBps;
    if (rollout !== undefined) {
        rolloutBps = parsePercentage(rollout);
        if (rolloutBps === undefined)
            problems.push(`rollout must be a percentage above 0 and at most 100 with up to two decimals (e.g. 5 or 12.5), got "${rollout}".`);
    }
    const channel = stringOf('channel');
    const channelProblem = channel === undefined ? undefined : (0,names/* nameProblem */.rH)('channel', channel);
    if (channelProblem)
        problems.push(channelProblem);
    const pr = stringOf('pr');
    let prNumber;
    if (pr !== undefined) {
        if (!/^\d+$/.test(pr) || Number(pr) <= 0)
            problems.push(`--pr must be a pull request number, got "${pr}".`);
        else
            prNumber = Number(pr);
    }
    const baseVersion = typeof pkg.version === 'string' && valid_default()(pkg.version) ? valid_default()(pkg.version) : undefined;
    const privateKeyFlag = flags['private-key'];
    const privateKeyValue = typeof privateKeyFlag === 'string' && privateKeyFlag !== '' ? privateKeyFlag : env.CAPFLIGHT_PRIVATE_KEY || undefined;
    let privateKey;
    let privateKeySource;
    if (privateKeyValue !== undefined) {
        const fromFlag = typeof privateKeyFlag === 'string' && privateKeyFlag !== '';
        // CAPFLIGHT_PRIVATE_KEY always holds the key itself; the flag (or CI input) may name a file.
        const looksLikeKey = !fromFlag || privateKeyValue.includes('-----BEGIN') || /^[A-Za-z0-9+/=\s]{200,}$/.test(privateKeyValue);
        privateKeySource = fromFlag ? (looksLikeKey ? 'the private-key input' : privateKeyValue) : 'CAPFLIGHT_PRIVATE_KEY';
        if (looksLikeKey)
            privateKey = privateKeyValue;
        else {
            const file = external_node_path_default().resolve(cwd, privateKeyValue);
            // The value might be a mistyped secret: never repeat it.
            if (!(0,external_node_fs_.existsSync)(file))
                problems.push('The private key given with --private-key (or the private-key input) is neither a PEM key, nor base64 of one, nor an existing file. Pass the file written by "capflight keys create", or the key itself.');
            else
                privateKey = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
    }
    const publicKeyFile = stringOf('public-key');
    if (publicKeyFile !== undefined && !(0,external_node_fs_.existsSync)(external_node_path_default().resolve(cwd, publicKeyFile)))
        problems.push(`Public key file ${external_node_path_default().resolve(cwd, publicKeyFile)} does not exist.`);
    const signCommand = stringOf('sign-command');
    if (signCommand !== undefined && privateKey !== undefined)
        problems.push('Pass either a private key or --sign-command, not both.');
    const settings = {
        cwd,
        appId: appId ?? '',
        webDir,
        buildCommand,
        store,
        tagFormat: tagFormat ?? 'v${version}',
        rules,
        pullRequestPreviews,
        exclude,
        paths,
        ...(rolloutPolicy ? { rolloutPolicy, rolloutWebhook: rolloutPolicy.webhook } : {}),
        requireNotifyAppReady: bool(get('require-notify-app-ready'), 'requireNotifyAppReady', problems) ?? configBool('requireNotifyAppReady') ?? false,
        allowNativeChange: bool(get('allow-native-change'), 'allow-native-change', problems) ?? false,
        allowDirty: bool(get('allow-dirty'), 'allow-dirty', problems) ?? false,
        replaceRollout: bool(get('replace-rollout'), 'replace-rollout', problems) ?? false,
        dryRun: bool(get('dry-run'), 'dry-run', problems) ?? false,
        channel,
        defaultBranch: stringOf('default-branch') ?? configString('defaultBranch'),
        minNativeVersion,
        rolloutBps,
        privateKey,
        privateKeySource,
        apiKey: stringOf('api-key'),
        capgoCli: env.CAPFLIGHT_CAPGO_CLI || undefined,
        signCommand,
        publicKeyFile: publicKeyFile && external_node_path_default().resolve(cwd, publicKeyFile),
        appPublicKey: capacitor.publicKey,
        appUpdateUrl: capacitor.updateUrl,
        storeIsDefault: namedStore === undefined,
        cacheDir: external_node_path_default().resolve(cwd, stringOf('cache-dir') ?? external_node_path_default().join('.capflight', 'cache')),
        baseVersion,
        remote: 'origin',
        ref: { branch: stringOf('branch'), tag: stringOf('tag'), prNumber },
        configFile
    };
    const all = [...located, ...problems.map((message) => ({ message, key: undefined }))];
    if (all.length > 0)
        throw new errors/* ConfigurationError */.j1(all.map((p) => p.message), all.map((p) => locate(p.key, configFile)));
    return settings;
}
/** The config file line a problem is about: the first line holding its key. */
function locate(key, configFile) {
    if (!configFile || key === undefined)
        return undefined;
    const file = configFile.replace(/#capflight$/, '');
    let text = '';
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return { file };
    }
    const index = text.split('\n').findIndex((l) => l.includes(`"${key}"`));
    return index >= 0 ? { file, line: index + 1 } : { file };
}
function rolloutPolicyOf(config, problems) {
    const { channels, webhook, lanes, ...base } = config;
    const merged = { ...policy/* DEFAULT_POLICY */.z, ...base };
    const lane = (name) => ({ ...merged, ...lanes?.[name] });
    const result = { channels: channels ?? ['production'], base: merged, lanes: { fix: lane('fix'), feat: lane('feat'), breaking: lane('breaking') }, ...(webhook ? { webhook } : {}) };
    for (const [name, policy] of Object.entries({ rolloutPolicy: merged, ...Object.fromEntries(Object.entries(result.lanes).map(([k, v]) => [`rolloutPolicy.lanes.${k}`, v])) })) {
        const steps = policy.steps;
        if (steps.some((x, i) => i > 0 && x <= steps[i - 1]) || steps.at(-1) !== 100)
            problems.push(`${name}.steps must rise and end at 100 (for example [1, 5, 25, 100]), got [${steps.join(', ')}].`);
        if (steps.some((x) => Math.round(x * 100) !== x * 100))
            problems.push(`${name}.steps take at most two decimals, got [${steps.join(', ')}].`);
    }
    return result;
}


/***/ }),

/***/ 6042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ TagFormat)
/* harmony export */ });
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8780);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


const PLACEHOLDER = '${version}';
/** SemVer 2.0's own grammar: no `v`, no leading zeros, nothing around it (`vv1.5.0` is no release). */
const STRICT_SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** Turns tags into versions and back for one `tagFormat` such as `v${version}`. */
class TagFormat {
    format;
    pattern;
    constructor(format) {
        this.format = format;
        const problem = TagFormat.validate(format);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1([problem]);
        const [prefix, suffix] = format.split(PLACEHOLDER);
        this.pattern = new RegExp(`^${escape(prefix)}(.+)${escape(suffix)}$`);
    }
    /** Returns a sentence saying what is wrong with a tagFormat, or undefined when it is usable. */
    static validate(format) {
        const count = format.split(PLACEHOLDER).length - 1;
        if (count !== 1) {
            return `Invalid tagFormat "${format}": it must contain \${version} exactly once, for example "v\${version}" or "app-\${version}".`;
        }
        if (/[\s~^:?*[\\]/.test(format.replace(PLACEHOLDER, ''))) {
            return `Invalid tagFormat "${format}": git tag names cannot contain spaces or any of ~ ^ : ? * [ \\. Use something like "v\${version}".`;
        }
        return undefined;
    }
    tag(version) {
        return this.format.replace(PLACEHOLDER, version);
    }
    /** The semver a tag stands for, or undefined when the tag does not follow the format. */
    version(tag) {
        const m = this.pattern.exec(tag);
        if (!m || !STRICT_SEMVER.test(m[1]))
            return undefined;
        return semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default()(m[1]) ?? undefined;
    }
}
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}


/***/ })

};
