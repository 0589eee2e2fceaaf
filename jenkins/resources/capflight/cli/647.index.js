export const id = 647;
export const ids = [647];
export const modules = {

/***/ 9647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ew: () => (/* reexport */ AdminTokens),
  j1: () => (/* reexport */ core_errors/* ConfigurationError */.j1),
  GM: () => (/* reexport */ tag_format/* TagFormat */.G),
  al: () => (/* reexport */ TelemetryRecorder),
  q9: () => (/* reexport */ operations_advanceRollout),
  TL: () => (/* reexport */ core_names/* assertNames */.TL),
  ot: () => (/* reexport */ checkStore),
  iO: () => (/* reexport */ collectGarbage),
  bw: () => (/* reexport */ commitLines),
  RQ: () => (/* reexport */ compactRollups),
  Ak: () => (/* reexport */ configureChannel),
  w5: () => (/* reexport */ createAdminApi),
  dm: () => (/* reexport */ createConsolePage),
  zX: () => (/* reexport */ createKeys),
  DG: () => (/* reexport */ createRawHandler),
  Ay: () => (/* reexport */ ci_detectCi),
  Ac: () => (/* reexport */ doctor),
  U2: () => (/* reexport */ explainDevice),
  pc: () => (/* reexport */ gatherFacts),
  Ts: () => (/* reexport */ init),
  YF: () => (/* reexport */ openPublishing),
  rL: () => (/* reexport */ registry_openTelemetryStore),
  A3: () => (/* reexport */ settings_settings/* parsePercentage */.A3),
  F3: () => (/* reexport */ planRelease),
  Wy: () => (/* reexport */ previewComment),
  fh: () => (/* reexport */ previewMarker),
  pt: () => (/* reexport */ commands_promote),
  cf: () => (/* reexport */ gate_rateText),
  _r: () => (/* reexport */ release_release),
  fk: () => (/* reexport */ releaseNotes),
  dU: () => (/* reexport */ commands_rollback),
  yT: () => (/* reexport */ rollout),
  ii: () => (/* reexport */ serveHandler),
  ye: () => (/* reexport */ setDeviceChannel),
  h5: () => (/* reexport */ commands_status),
  Ix: () => (/* reexport */ verdictOutputs),
  BI: () => (/* reexport */ operations_webhookProblem)
});

// UNUSED EXPORTS: CI_COMMANDS, CI_OUTPUTS, CapflightError, DEFAULT_POLICY, DEFAULT_RULES, MemoryReporter, PRODUCT_VERSION, Redactor, USER_AGENT, appendAudit, applyPlan, buildSettings, ciPlatforms, createUpdateHandler, exitCodeOf, explainSystemError, formatAmount, healthRows, historyDiagram, ignoreTypeStripWarnings, judgeRollout, knownStoreSchemes, openStore, packWebDir, percent, readAudit, readCiInputs, readRollup, releaseSummary, runCi, statusSummary

// EXTERNAL MODULE: ./src/core/settings/settings.ts + 3 modules
var settings_settings = __webpack_require__(4927);
// EXTERNAL MODULE: ./src/core/names.ts
var core_names = __webpack_require__(2483);
;// CONCATENATED MODULE: ./src/core/settings/ci-inputs.ts

/** What a CI wrapper's `command` input may be. */
const CI_COMMANDS = (/* unused pure expression or super */ null && (['release', 'promote', 'rollback', 'status', 'rollout-advance']));
/**
 * Reads the shared inputs through a wrapper's own accessors and turns them into settings
 * flags, collecting problems; `label` names an input as that CI shows it (e.g. camelCase).
 */
function readCiInputs(text, bool, label, problems) {
    const command = (text('command') || 'release');
    if (!CI_COMMANDS.includes(command))
        problems.push(`Input "${label('command')}" must be one of ${CI_COMMANDS.join(', ')}, got "${command}".`);
    const channel = text('channel') || undefined;
    const from = text('from') || undefined;
    const to = text('to') || undefined;
    const version = text('version') || undefined;
    // Names from inputs are checked here, before anything runs (a dispatch form is free text).
    const names = [
        ['channel', channel, 'channel'], ['channel', from, 'from'], ['version', version, 'version'],
        [command === 'rollback' ? 'version' : 'channel', to, 'to']
    ];
    for (const [kind, value, input] of names) {
        const problem = value === undefined ? undefined : nameProblem(kind, value, `Input "${label(input)}"`);
        if (problem)
            problems.push(problem);
    }
    if (command === 'promote' && !to)
        problems.push(`command: promote needs the "${label('to')}" input (the target channel), and "${label('from')}" (a channel) or "${label('version')}".`);
    if (command === 'promote' && !from && !version)
        problems.push(`command: promote needs the "${label('from')}" input (the channel to promote from) or "${label('version')}".`);
    if (command === 'rollback' && !channel)
        problems.push(`command: rollback needs the "${label('channel')}" input (the channel to roll back).`);
    if (command === 'rollout-advance' && !channel)
        problems.push(`command: rollout-advance needs the "${label('channel')}" input (the channel whose rollout to judge).`);
    const requireHealthy = bool('require-healthy', false);
    if (requireHealthy && command !== 'promote')
        problems.push(`Input "${label('require-healthy')}" applies to command: promote only.`);
    const flags = {
        'app-id': text('app-id') || undefined,
        'web-dir': text('web-dir') || undefined,
        'build-command': text('build-command') || undefined,
        store: text('store') || undefined,
        config: text('config') || undefined,
        'dry-run': bool('dry-run', false),
        'allow-native-change': bool('allow-native-change', false),
        channel: command === 'release' ? channel : undefined,
        rollout: command === 'release' ? text('rollout') || undefined : undefined,
        'private-key': text('private-key') || undefined,
        'api-key': text('api-key') || undefined
    };
    return { command, channel, from, to, version, requireHealthy, flags };
}

// EXTERNAL MODULE: ./src/core/settings/rules.ts
var rules = __webpack_require__(3834);
;// CONCATENATED MODULE: ./src/core/ci/types.ts
/** `refs/heads/x` → {branch}, `refs/tags/v1` → {tag}, `refs/pull/12/merge` → {pr}. */
function parseRef(ref) {
    if (!ref)
        return {};
    if (ref.startsWith('refs/heads/'))
        return { branch: ref.slice('refs/heads/'.length) };
    if (ref.startsWith('refs/tags/'))
        return { tag: ref.slice('refs/tags/'.length) };
    const pull = /^refs\/pull\/(\d+)\//.exec(ref);
    if (pull)
        return { pr: Number(pull[1]) };
    return {};
}
function positiveInt(value) {
    if (!value || !/^\d+$/.test(value))
        return undefined;
    const n = Number(value);
    return n > 0 ? n : undefined;
}
function nonEmpty(value) {
    return value && value.trim() !== '' ? value.trim() : undefined;
}

;// CONCATENATED MODULE: ./src/core/ci/azure-pipelines.ts

function stripHeads(ref) {
    const parsed = parseRef(ref);
    return parsed.branch ?? nonEmpty(ref);
}
/** Azure Pipelines: BUILD_SOURCEBRANCH, SYSTEM_PULLREQUEST_* and the collection URI. */
const azurePipelines = {
    name: 'azure-pipelines',
    detect: (env) => (env.TF_BUILD ?? '').toLowerCase() === 'true',
    configuration(env) {
        const ref = parseRef(env.BUILD_SOURCEBRANCH);
        // GitHub-hosted repositories expose the PR number; Azure Repos only the PR id.
        const prNumber = positiveInt(env.SYSTEM_PULLREQUEST_PULLREQUESTNUMBER)
            ?? positiveInt(env.SYSTEM_PULLREQUEST_PULLREQUESTID) ?? ref.pr;
        const isPr = env.BUILD_REASON === 'PullRequest' || prNumber !== undefined;
        const collection = nonEmpty(env.SYSTEM_COLLECTIONURI) ?? nonEmpty(env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI);
        const project = nonEmpty(env.SYSTEM_TEAMPROJECT);
        const buildId = nonEmpty(env.BUILD_BUILDID);
        return {
            name: 'azure-pipelines',
            branch: isPr ? stripHeads(env.SYSTEM_PULLREQUEST_SOURCEBRANCH) : ref.branch,
            tag: ref.tag,
            commit: nonEmpty(env.BUILD_SOURCEVERSION),
            isPr,
            prNumber: isPr ? prNumber : undefined,
            targetBranch: isPr ? stripHeads(env.SYSTEM_PULLREQUEST_TARGETBRANCH) : undefined,
            defaultBranch: undefined,
            buildUrl: collection && project && buildId
                ? `${collection.replace(/\/?$/, '/')}${encodeURIComponent(project)}/_build/results?buildId=${buildId}`
                : undefined,
            repoUrl: nonEmpty(env.BUILD_REPOSITORY_URI),
            // Microsoft-hosted agents are named "Azure Pipelines <n>" (formerly "Hosted Agent"); each job gets a fresh VM.
            ephemeral: /^(Azure Pipelines|Hosted Agent)\b/.test(env.AGENT_NAME ?? '')
        };
    }
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/core/ci/github.ts


function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** GitHub Actions: GITHUB_REF, GITHUB_HEAD_REF and the event payload at GITHUB_EVENT_PATH. */
const github = {
    name: 'github',
    detect: (env) => env.GITHUB_ACTIONS === 'true',
    configuration(env) {
        const event = readEvent(env.GITHUB_EVENT_PATH);
        const ref = parseRef(env.GITHUB_REF);
        const isPr = /^pull_request/.test(env.GITHUB_EVENT_NAME ?? '') || ref.pr !== undefined;
        const prNumber = event.pull_request?.number ?? ref.pr ?? (isPr ? event.number : undefined);
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        const repo = nonEmpty(env.GITHUB_REPOSITORY);
        return {
            name: 'github',
            branch: isPr ? nonEmpty(env.GITHUB_HEAD_REF) ?? event.pull_request?.head?.ref : ref.branch,
            tag: ref.tag,
            commit: nonEmpty(env.GITHUB_SHA),
            isPr,
            prNumber,
            targetBranch: isPr ? nonEmpty(env.GITHUB_BASE_REF) ?? event.pull_request?.base?.ref : undefined,
            defaultBranch: event.repository?.default_branch,
            buildUrl: repo && env.GITHUB_RUN_ID ? `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
            repoUrl: repo ? `${server}/${repo}` : undefined,
            ephemeral: env.RUNNER_ENVIRONMENT === 'github-hosted'
        };
    }
};

;// CONCATENATED MODULE: ./src/core/ci/gitlab.ts

/** GitLab CI/CD predefined variables (CI_COMMIT_*, CI_MERGE_REQUEST_*). */
const gitlab = {
    name: 'gitlab',
    // gitlab-ci-local runs jobs with GITLAB_CI=false but GitLab's other variables: read them too.
    detect: (env) => env.GITLAB_CI === 'true' || (env.GITLAB_CI === 'false' && Boolean(env.CI_COMMIT_SHA && env.CI_PROJECT_PATH)),
    configuration(env) {
        const prNumber = positiveInt(env.CI_MERGE_REQUEST_IID);
        const isPr = prNumber !== undefined;
        const tag = nonEmpty(env.CI_COMMIT_TAG);
        return {
            name: 'gitlab',
            branch: isPr
                ? nonEmpty(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME)
                : tag ? undefined : nonEmpty(env.CI_COMMIT_BRANCH) ?? nonEmpty(env.CI_COMMIT_REF_NAME),
            tag,
            commit: nonEmpty(env.CI_COMMIT_SHA),
            isPr,
            prNumber,
            targetBranch: nonEmpty(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME),
            defaultBranch: nonEmpty(env.CI_DEFAULT_BRANCH),
            buildUrl: nonEmpty(env.CI_JOB_URL) ?? nonEmpty(env.CI_PIPELINE_URL),
            repoUrl: nonEmpty(env.CI_PROJECT_URL),
            // GitLab.com's hosted runners are named and tagged saas-…; each job gets a fresh VM.
            ephemeral: /saas-|runners-manager\.gitlab\.com/.test(`${env.CI_RUNNER_DESCRIPTION ?? ''} ${env.CI_RUNNER_TAGS ?? ''}`)
        };
    }
};

;// CONCATENATED MODULE: ./src/core/ci/jenkins.ts

/**
 * Jenkins: multibranch pipelines set BRANCH_NAME (PR-12 for changes), TAG_NAME
 * and CHANGE_*; plain pipelines with the Git plugin only GIT_BRANCH (origin/main).
 */
const jenkins = {
    name: 'jenkins',
    detect: (env) => Boolean(env.JENKINS_URL && (env.BUILD_ID || env.BUILD_NUMBER)),
    configuration(env) {
        const prNumber = positiveInt(env.CHANGE_ID);
        const isPr = prNumber !== undefined;
        const tag = nonEmpty(env.TAG_NAME);
        const gitBranch = nonEmpty(env.GIT_BRANCH)?.replace(/^(refs\/heads\/|origin\/)/, '');
        return {
            name: 'jenkins',
            branch: isPr ? nonEmpty(env.CHANGE_BRANCH) : tag ? undefined : nonEmpty(env.BRANCH_NAME) ?? gitBranch,
            tag,
            commit: nonEmpty(env.GIT_COMMIT),
            isPr,
            prNumber,
            targetBranch: isPr ? nonEmpty(env.CHANGE_TARGET) : undefined,
            defaultBranch: undefined,
            buildUrl: nonEmpty(env.BUILD_URL),
            repoUrl: nonEmpty(env.GIT_URL)?.replace(/\.git$/, '')
        };
    }
};

;// CONCATENATED MODULE: ./src/core/ci/index.ts




/** CI platforms by name, tried in order; `local` is the fallback when none matches. */
const ciPlatforms = [github, gitlab, azurePipelines, jenkins];
/**
 * Detects the CI from its own variables. Values a CI does not provide (the
 * local fallback provides none) are filled in from git by the caller.
 */
function ci_detectCi(env) {
    const platform = ciPlatforms.find((p) => p.detect(env));
    return platform ? platform.configuration(env) : { name: 'local', isPr: false };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/health/distinct.ts

/**
 * A set of devices that merges exactly across serve instances and hours: a union of sets is
 * the same however often or in whatever order it is taken, so parts written by several
 * instances (or read twice) never count a device twice. Up to EXACT_MAX devices the set holds
 * each device's 64-bit key and counts exactly (the gate's early cohorts); past it, it becomes a
 * HyperLogLog sketch of 2^12 registers (4 KiB, standard error 1.04/√4096 ≈ 1.6%), which unions
 * by taking the larger register.
 */
const EXACT_MAX = 2048;
const P = 12;
const M = 1 << P;
/** A device's key in rollups: 64 bits of SHA-256 of app and device id, as 16 hex digits. */
function deviceKey(appId, deviceId) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${appId}\0${deviceId}`).digest('hex').slice(0, 16);
}
class DistinctSet {
    exact = new Set();
    registers;
    add(key) {
        if (this.exact) {
            this.exact.add(key);
            if (this.exact.size > EXACT_MAX)
                this.toSketch();
        }
        else {
            setRegister(this.registers, key);
        }
    }
    merge(other) {
        if (other.exact && this.exact) {
            for (const key of other.exact)
                this.exact.add(key);
            if (this.exact.size > EXACT_MAX)
                this.toSketch();
            return;
        }
        if (this.exact)
            this.toSketch();
        if (other.exact)
            for (const key of other.exact)
                setRegister(this.registers, key);
        else
            for (let i = 0; i < M; i++)
                if (other.registers[i] > this.registers[i])
                    this.registers[i] = other.registers[i];
    }
    /** Devices in the set: exact up to EXACT_MAX, else the sketch's estimate. */
    get size() {
        if (this.exact)
            return this.exact.size;
        const registers = this.registers;
        let sum = 0;
        let zeros = 0;
        for (let i = 0; i < M; i++) {
            sum += 2 ** -registers[i];
            if (registers[i] === 0)
                zeros++;
        }
        const estimate = (0.7213 / (1 + 1.079 / M)) * M * M / sum;
        // Small-range correction (linear counting), as in Flajolet et al.
        return Math.round(estimate <= 2.5 * M && zeros > 0 ? M * Math.log(M / zeros) : estimate);
    }
    get isExact() {
        return this.exact !== undefined;
    }
    toJSON() {
        return this.exact ? { e: [...this.exact].sort() } : { h: Buffer.from(this.registers).toString('base64') };
    }
    static fromJSON(json) {
        const set = new DistinctSet();
        if ('h' in json) {
            set.exact = undefined;
            set.registers = new Uint8Array(Buffer.from(json.h, 'base64').subarray(0, M));
        }
        else {
            for (const key of json.e)
                if (/^[0-9a-f]{16}$/.test(key))
                    set.exact.add(key);
        }
        return set;
    }
    static union(sets) {
        const out = new DistinctSet();
        for (const s of sets)
            if (s)
                out.merge(s);
        return out;
    }
    toSketch() {
        this.registers = new Uint8Array(M);
        for (const key of this.exact)
            setRegister(this.registers, key);
        this.exact = undefined;
    }
}
/** The first 12 bits pick the register; it keeps the longest run of leading zeros (+1) of the other 52. */
function setRegister(registers, key) {
    const index = parseInt(key.slice(0, 3), 16);
    let rank = 1;
    for (let i = 3; i < 16; i++) {
        const digit = parseInt(key[i], 16);
        if (digit === 0) {
            rank += 4;
            continue;
        }
        rank += Math.clz32(digit) - 28;
        break;
    }
    if (rank > registers[index])
        registers[index] = rank;
}

;// CONCATENATED MODULE: ./src/core/health/rollup.ts

/**
 * What the plugin's stats events say about a bundle (capacitor-updater 8.x's own action names,
 * from its Android and iOS sources). Progress and lifecycle events (`download_10`,
 * `app_moved_to_foreground` …) are kept in the raw rows and do not count here.
 */
const FAILURE_KINDS = {
    download: ['download_fail', 'finish_download_fail', 'unzip_fail', 'low_mem_fail', 'insufficient_disk_space', 'directory_path_fail', 'canonical_path_fail', 'windows_path_fail'],
    install: ['set_fail', 'update_fail'],
    checksum: ['checksum_fail', 'checksum_required', 'session_key_required', 'decrypt_fail'],
    launch: ['app_launch_timeout']
};
const UNHEALTHY_KINDS = {
    crash: ['app_crash', 'app_initialization_failure'],
    native_crash: ['app_crash_native'],
    anr: ['app_anr'],
    webview: ['webview_render_process_gone', 'webview_content_process_terminated', 'webview_unclean_restart']
};
const METRIC_OF_ACTION = new Map([
    ['set', 'installed'],
    ...Object.entries(FAILURE_KINDS).flatMap(([kind, actions]) => actions.map((a) => [a, `failed.${kind}`])),
    ...Object.entries(UNHEALTHY_KINDS).flatMap(([kind, actions]) => actions.map((a) => [a, `unhealthy.${kind}`]))
]);
/** The measure a stats action counts towards, if any. */
function metricOfAction(action) {
    return METRIC_OF_ACTION.get(action);
}
const keyOf = (g) => `${g.channel}\0${g.version}\0${g.platform}\0${g.native}`;
/** Distinct devices per group and measure; mergeable in any order, any number of times. */
class Rollup {
    groups = new Map();
    add(group, metric, device) {
        const metrics = this.entry(group).metrics;
        let set = metrics.get(metric);
        if (!set) {
            set = new DistinctSet();
            metrics.set(metric, set);
        }
        set.add(device);
    }
    merge(other) {
        for (const { group, metrics } of other.groups.values()) {
            const mine = this.entry(group).metrics;
            for (const [metric, set] of metrics) {
                const existing = mine.get(metric);
                if (existing)
                    existing.merge(set);
                else
                    mine.set(metric, DistinctSet.union([set]));
            }
        }
    }
    get isEmpty() {
        return this.groups.size === 0;
    }
    toJSON() {
        return {
            groups: [...this.groups.values()].map(({ group, metrics }) => ({ ...group, metrics: Object.fromEntries([...metrics].map(([m, s]) => [m, s.toJSON()])) }))
        };
    }
    static fromJSON(json) {
        const rollup = new Rollup();
        for (const g of json.groups ?? []) {
            const group = { channel: String(g.channel), version: String(g.version), platform: String(g.platform), native: String(g.native) };
            const metrics = rollup.entry(group).metrics;
            for (const [metric, set] of Object.entries(g.metrics ?? {})) {
                const parsed = DistinctSet.fromJSON(set);
                const existing = metrics.get(metric);
                if (existing)
                    existing.merge(parsed);
                else
                    metrics.set(metric, parsed);
            }
        }
        return rollup;
    }
    /** The union of `metrics` over the groups `where` accepts. */
    devices(where, metrics) {
        const sets = [];
        for (const { group, metrics: m } of this.groups.values()) {
            if (!where(group))
                continue;
            for (const metric of metrics) {
                const set = m.get(metric);
                if (set)
                    sets.push(set);
            }
        }
        return DistinctSet.union(sets);
    }
    entry(group) {
        const key = keyOf(group);
        let entry = this.groups.get(key);
        if (!entry) {
            entry = { group: { ...group }, metrics: new Map() };
            this.groups.set(key, entry);
        }
        return entry;
    }
}
const FAILED_METRICS = Object.keys(FAILURE_KINDS).map((k) => `failed.${k}`);
const UNHEALTHY_METRICS = Object.keys(UNHEALTHY_KINDS).map((k) => `unhealthy.${k}`);

;// CONCATENATED MODULE: ./src/core/health/gate.ts


const Z = { '0.9': 1.2816, '0.95': 1.6449, '0.99': 2.3263, '0.999': 3.0902 };
/** Wilson score interval of `k` in `n` (Wilson 1927); [0, 1] when there is no trial. */
function wilson(k, n, z) {
    if (n === 0)
        return [0, 1];
    const p = k / n;
    const denom = 1 + (z * z) / n;
    const centre = (p + (z * z) / (2 * n)) / denom;
    const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
/**
 * Bounds of p1 − p2 by Newcombe's hybrid score method (Newcombe 1998, method 10), from the two
 * Wilson intervals: sound for small counts and rates near 0, where a ratio of raw rates is not.
 * A baseline with no devices is taken as a rate of 0, so every failure of the new bundle is excess.
 */
function excessBounds(k1, n1, k2, n2, z) {
    const p1 = n1 ? k1 / n1 : 0;
    const p2 = n2 ? k2 / n2 : 0;
    const [l1, u1] = wilson(k1, n1, z);
    const [l2, u2] = n2 ? wilson(k2, n2, z) : [0, 0];
    const d = p1 - p2;
    return { excess: d, lower: d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), upper: d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2) };
}
function cohort(rollup, version, where) {
    const failedSet = rollup.devices(where, FAILED_METRICS);
    const unhealthySet = rollup.devices(where, UNHEALTHY_METRICS);
    const running = rollup.devices(where, ['installed', 'checked']);
    const offered = DistinctSet.union([rollup.devices(where, ['offered']), failedSet]).size;
    const ran = DistinctSet.union([running, unhealthySet]).size;
    const failed = failedSet.size;
    const unhealthy = unhealthySet.size;
    return {
        version, devices: ran, offered, failed, unhealthy,
        failureRate: offered ? failed / offered : 0, crashRate: ran ? unhealthy / ran : 0
    };
}
/** The cohort of every channel and version in a rollup, as the gate counts them (for the console's charts). */
function versionCohorts(rollup) {
    const pairs = new Map();
    for (const { group } of rollup.groups.values())
        pairs.set(`${group.channel}\n${group.version}`, { channel: group.channel, version: group.version });
    return [...pairs.values()]
        .sort((a, b) => a.channel.localeCompare(b.channel) || b.version.localeCompare(a.version, undefined, { numeric: true }))
        .map(({ channel, version }) => ({ channel, ...cohort(rollup, version, (g) => g.channel === channel && g.version === version) }));
}
/** A rate as the gate's messages, the CLI and the job summaries show it: 0.0123 → "1.23%". */
const gate_rateText = (x) => `${(x * 100).toFixed(2).replace(/\.?0+$/, '')}%`;
const pct = gate_rateText;
/** The native builds a version reached, so the stable cohort is compared like for like. */
function nativesOf(rollup, where) {
    const natives = new Set();
    for (const { group } of rollup.groups.values())
        if (where(group))
            natives.add(group.native);
    return natives;
}
/** The new bundle's failure and crash rates against the stable cohort's, as the policy bounds them. */
function assess(fresh, stable, policy) {
    const z = Z[String(policy.confidence)] ?? Z['0.95'];
    const failure = { ...excessBounds(fresh.failed, fresh.offered, stable.failed, stable.offered, z), max: policy.maxExcessFailureRate };
    const crash = { ...excessBounds(fresh.unhealthy, fresh.devices, stable.unhealthy, stable.devices, z), max: policy.maxExcessCrashRate };
    const conf = `${policy.confidence * 100}% confidence`;
    const breaches = [];
    if (fresh.offered > 0 && failure.lower > failure.max)
        breaches.push(`failure rate ${pct(fresh.failureRate)} (${fresh.failed} of ${fresh.offered} devices) exceeds the stable ${pct(stable.failureRate)} by at least ${pct(failure.lower)} at ${conf}; allowed ${pct(failure.max)}`);
    if (fresh.devices > 0 && crash.lower > crash.max)
        breaches.push(`crash rate ${pct(fresh.crashRate)} (${fresh.unhealthy} of ${fresh.devices} devices) exceeds the stable ${pct(stable.crashRate)} (${stable.unhealthy} of ${stable.devices}) by at least ${pct(crash.lower)} at ${conf}; allowed ${pct(crash.max)}`);
    const unproven = [];
    if (failure.upper > failure.max)
        unproven.push(`evidence that the failure rate is within ${pct(failure.max)} of the stable one (upper bound now ${pct(failure.upper)})`);
    if (crash.upper > crash.max)
        unproven.push(`evidence that the crash rate is within ${pct(crash.max)} of the stable one (upper bound now ${pct(crash.upper)})`);
    return { failure, crash, breaches, unproven };
}
const summary = (fresh, stable) => `${fresh.devices} devices, failure ${pct(fresh.failureRate)} vs ${pct(stable.failureRate)}, crashes ${pct(fresh.crashRate)} vs ${pct(stable.crashRate)}`;
/**
 * Applies a rollout's policy to the health of its bundle: `rollup` covers the whole rollout,
 * `stepRollup` the current step. Pure: the caller moves the channel.
 */
function judgeRollout(channel, policy, rollup, stepRollup, now) {
    const rollout = channel.rollout;
    const isNew = (g) => g.channel === channel.name && g.version === rollout.version;
    const natives = nativesOf(rollup, isNew);
    const fresh = cohort(rollup, rollout.version, isNew);
    // The stable bundle's devices on the native builds the new one reached: like for like.
    const stable = cohort(rollup, channel.version, (g) => g.channel === channel.name && g.version === channel.version && natives.has(g.native));
    const stepDevices = cohort(stepRollup, rollout.version, isNew).devices;
    const { failure, crash, breaches, unproven } = assess(fresh, stable, policy);
    const percentage = rollout.percentageBps / 100;
    const base = { channel: channel.name, percentage, policy, rollout: fresh, stable, stepDevices, failure, crash };
    if (breaches.length) {
        const decision = policy.onBreach;
        return { ...base, decision, reasons: breaches, message: `${decision === 'abort' ? 'Aborting' : 'Pausing'} the rollout of ${rollout.version} on ${channel.name} at ${percentage}%: ${breaches.join('; ')}.` };
    }
    const waiting = [];
    if (rollout.paused)
        waiting.push('the rollout is paused (resume it with "capflight rollout --resume")');
    if (stepDevices < policy.minDevices)
        waiting.push(`${policy.minDevices - stepDevices} more device(s) running ${rollout.version} in this step (${stepDevices} of ${policy.minDevices})`);
    const stepStarted = Date.parse(rollout.stepStartedAt ?? rollout.startedAt);
    const bakeLeft = policy.bakeMinutes * 60_000 - (now.getTime() - stepStarted);
    if (bakeLeft > 0)
        waiting.push(`${Math.ceil(bakeLeft / 60_000)} more minute(s) of bake time (${policy.bakeMinutes} per step)`);
    waiting.push(...unproven);
    if (waiting.length) {
        return { ...base, decision: 'hold', reasons: waiting, message: `Holding ${rollout.version} on ${channel.name} at ${percentage}%: waiting for ${waiting.join('; ')}.` };
    }
    const next = policy.steps.find((s) => s > percentage);
    if (next === undefined || next >= 100) {
        return { ...base, decision: 'complete', nextPercentage: 100, reasons: [], message: `${rollout.version} is as healthy as ${channel.version} (${summary(fresh, stable)}): promoting it to every device on ${channel.name}.` };
    }
    return { ...base, decision: 'advance', nextPercentage: next, reasons: [], message: `${rollout.version} is as healthy as ${channel.version} (${summary(fresh, stable)}): widening ${channel.name} from ${percentage}% to ${next}%.` };
}
/**
 * `promote --require-healthy`: a bundle passes when at least the policy's minimum of devices ran
 * it and its failure and crash rates are proven within the policy's bounds of the rates of the
 * bundle the target channel serves. Too little evidence is a refusal, not a pass. `versions` are
 * the names the same bytes ran under (a tag's version and the prerelease it promotes).
 */
function judgeBundle(rollup, versions, target, targetChannel, policy, since) {
    const version = versions[0];
    const isCandidate = (g) => versions.includes(g.version);
    const natives = nativesOf(rollup, isCandidate);
    const candidate = cohort(rollup, version, isCandidate);
    const stable = cohort(rollup, target?.version ?? '', (g) => !!target && g.channel === target.name && g.version === target.version && natives.has(g.native));
    const { failure, crash, breaches, unproven } = assess(candidate, stable, policy);
    const reasons = [...breaches];
    if (candidate.devices < policy.minDevices)
        reasons.push(`only ${candidate.devices} device(s) ran ${versions.join(' or ')} since ${since.toISOString().slice(0, 16).replace('T', ' ')} UTC (the policy asks for ${policy.minDevices})`);
    if (!breaches.length)
        reasons.push(...unproven);
    const against = target ? `${target.version} on ${targetChannel}` : `a clean record (${targetChannel} serves nothing yet)`;
    const message = reasons.length
        ? `Refusing to promote ${version} to ${targetChannel}: ${reasons.join('; ')}.`
        : `${version} is as healthy as ${against} (${summary(candidate, stable)}).`;
    return { healthy: reasons.length === 0, candidate, stable, targetChannel, since: since.toISOString(), policy, failure, crash, reasons, message };
}
/** The lane a release takes from its commits: a breaking change, a feature, else a fix. */
function laneOf(changes) {
    if (changes.some((c) => c.breaking))
        return 'breaking';
    if (changes.some((c) => c.type === 'feat' || c.type === 'feature'))
        return 'feat';
    return 'fix';
}

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/native/capacitor-config.ts
var capacitor_config = __webpack_require__(6934);
;// CONCATENATED MODULE: ./src/core/native/lockfile.ts



/**
 * Installed versions of packages as the nearest lockfile records them (npm, pnpm or Yarn), for a
 * job that has no node_modules (a `--no-build` release of a prebuilt web folder). In a workspace
 * the lockfile sits at the root and the app's own entries are looked up first.
 */
async function lockedVersions(cwd, names, ranges) {
    for (let dir = external_node_path_default().resolve(cwd);; dir = external_node_path_default().dirname(dir)) {
        const rel = external_node_path_default().relative(dir, external_node_path_default().resolve(cwd)).split((external_node_path_default()).sep).join('/');
        for (const [file, read] of READERS) {
            const full = external_node_path_default().join(dir, file);
            if (!(0,external_node_fs_.existsSync)(full))
                continue;
            const text = await (0,promises_.readFile)(full, 'utf8').catch(() => undefined);
            if (text !== undefined)
                return read(text, names, ranges, rel);
        }
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.git')) || external_node_path_default().dirname(dir) === dir)
            return {};
    }
}
const npm = (text, names, _ranges, rel) => {
    let lock;
    try {
        lock = JSON.parse(text);
    }
    catch {
        return {};
    }
    const out = {};
    for (const name of names) {
        const entry = (rel ? lock.packages?.[`${rel}/node_modules/${name}`] : undefined) ?? lock.packages?.[`node_modules/${name}`] ?? lock.dependencies?.[name];
        if (entry?.version)
            out[name] = entry.version;
    }
    return out;
};
/** pnpm-lock.yaml (v6 and v9): `importers: <path>: dependencies: <name>: version: 8.5.2(peer@…)`. */
const pnpm = (text, names, _ranges, rel) => {
    const out = {};
    const lines = text.split(/\r?\n/);
    const importer = rel || '.';
    let inImporters = false;
    let current;
    let section;
    let dep;
    for (const line of lines) {
        if (/^\S/.test(line)) {
            inImporters = line.startsWith('importers:');
            current = undefined;
            continue;
        }
        if (!inImporters)
            continue;
        const indent = line.length - line.trimStart().length;
        const key = unquote(line.trim().replace(/:.*$/, ''));
        if (indent === 2) {
            current = key;
            section = undefined;
            dep = undefined;
        }
        else if (indent === 4) {
            section = key;
            dep = undefined;
        }
        else if (indent === 6)
            dep = key;
        else if (indent === 8 && current === importer && (section === 'dependencies' || section === 'optionalDependencies') && dep && names.includes(dep)) {
            const m = /^version:\s*['"]?([^'"(\s]+)/.exec(line.trim());
            if (m)
                out[dep] = m[1];
        }
    }
    return out;
};
/** yarn.lock, classic (`version "8.5.2"`) and Berry (`version: 8.5.2`): the entry whose header names the range. */
const yarn = (text, names, ranges) => {
    const out = {};
    const blocks = text.split(/\n(?=\S)/);
    for (const name of names) {
        const range = ranges[name];
        for (const block of blocks) {
            const header = block.split('\n')[0];
            const specs = header.replace(/:$/, '').split(',').map((s) => unquote(s.trim()));
            if (!specs.some((s) => s === `${name}@${range}` || s === `${name}@npm:${range}`))
                continue;
            const m = /^\s+version:?\s+"?([^"\s]+)"?/m.exec(block);
            if (m)
                out[name] = m[1];
            break;
        }
    }
    return out;
};
const READERS = [['package-lock.json', npm], ['npm-shrinkwrap.json', npm], ['pnpm-lock.yaml', pnpm], ['yarn.lock', yarn]];
function unquote(text) {
    return text.replace(/^['"]|['"]$/g, '');
}

;// CONCATENATED MODULE: ./src/core/native/fingerprint.ts






// Generated by builds or by `cap sync`, not authored: they must not count as native changes.
const IGNORED_DIRS = new Set(['build', '.gradle', '.idea', 'Pods', 'DerivedData', 'xcuserdata', 'node_modules', '.cxx', 'public', 'capacitor-cordova-android-plugins', 'capacitor-cordova-ios-plugins']);
const IGNORED_FILES = new Set(['capacitor.config.json', 'capacitor.plugins.json', 'local.properties', 'config.xml', '.DS_Store']);
async function hashTree(root, ignoreDirs = IGNORED_DIRS) {
    if (!(0,external_node_fs_.existsSync)(root))
        return undefined;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let count = 0;
    async function visit(dir, rel) {
        const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const entry of entries) {
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!ignoreDirs.has(entry.name))
                    await visit(external_node_path_default().join(dir, entry.name), childRel);
            }
            else if (entry.isFile() && !IGNORED_FILES.has(entry.name)) {
                hash.update(childRel).update('\0').update(await (0,promises_.readFile)(external_node_path_default().join(dir, entry.name))).update('\0');
                count++;
            }
        }
    }
    await visit(root, '');
    return count > 0 ? hash.digest('hex').slice(0, 16) : undefined;
}
function isCapacitorPackage(name, installed) {
    if (name === '@capacitor/cli')
        return false;
    if (installed && typeof installed.capacitor === 'object')
        return true;
    return /(^@capacitor(-community)?\/|^@capgo\/|capacitor)/i.test(name);
}
async function readJson(file) {
    try {
        return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * Fingerprints the native side of a Capacitor app: installed Capacitor plugins
 * (version and native sources), the app's android/ and ios/ sources (build
 * outputs excluded) and the capacitor config other than webDir.
 */
async function nativeFingerprint(cwd) {
    const pkg = (await readJson(external_node_path_default().join(cwd, 'package.json'))) ?? {};
    const deps = { ...pkg.dependencies };
    const plugins = {};
    const missing = [];
    for (const name of Object.keys(deps).sort()) {
        const dir = await installedDir(cwd, name);
        const installed = dir ? await readJson(external_node_path_default().join(dir, 'package.json')) : undefined;
        if (!isCapacitorPackage(name, installed))
            continue;
        if (dir && installed && typeof installed.version === 'string') {
            const native = [await hashTree(external_node_path_default().join(dir, 'android')), await hashTree(external_node_path_default().join(dir, 'ios'))].filter(Boolean).join('/');
            plugins[name] = native ? `${installed.version}+${native}` : installed.version;
        }
        else {
            missing.push(name);
        }
    }
    // Not installed (a job without node_modules): the version the lockfile pins, else the range.
    const locked = missing.length ? await lockedVersions(cwd, missing, deps) : {};
    for (const name of missing)
        plugins[name] = locked[name] ?? deps[name];
    const android = await hashTree(external_node_path_default().join(cwd, 'android'));
    const ios = await hashTree(external_node_path_default().join(cwd, 'ios'));
    const config = await capacitorConfigHash(cwd);
    const parts = { plugins, android, ios, config };
    const digest = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
    return { digest, ...parts };
}
/** The package's folder in node_modules here or hoisted above (a workspace root), up to the repository's root. */
async function installedDir(cwd, name) {
    for (let dir = external_node_path_default().resolve(cwd);; dir = external_node_path_default().dirname(dir)) {
        const candidate = external_node_path_default().join(dir, 'node_modules', name);
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(candidate, 'package.json')))
            return candidate;
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.git')) || external_node_path_default().dirname(dir) === dir)
            return undefined;
    }
}
/** A hash of the capacitor config's settings other than webDir: the same whether it is written as JSON or TypeScript. */
async function capacitorConfigHash(cwd) {
    const loaded = await (0,capacitor_config/* loadCapacitorConfig */.L)(cwd);
    if (!loaded)
        return undefined;
    const { webDir: _ignored, ...rest } = loaded.config;
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(sortKeys(rest))).digest('hex').slice(0, 16);
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]));
    }
    return value;
}
/**
 * The app version the native projects declare: `versionName` in android/app/build.gradle(.kts),
 * `MARKETING_VERSION` (or a literal `CFBundleShortVersionString`) in the iOS project; undefined
 * where a platform is absent or names none.
 */
async function nativeAppVersions(cwd) {
    const read = (file) => (0,promises_.readFile)(external_node_path_default().join(cwd, file), 'utf8').catch(() => '');
    const gradle = (await read('android/app/build.gradle')) || (await read('android/app/build.gradle.kts'));
    const android = /^\s*versionName\s*=?\s*["']([^"']+)["']/m.exec(gradle)?.[1];
    const pbxproj = await read('ios/App/App.xcodeproj/project.pbxproj');
    const plist = await read('ios/App/App/Info.plist');
    const ios = /MARKETING_VERSION = "?([0-9][^";]*)"?;/.exec(pbxproj)?.[1]
        ?? /<key>CFBundleShortVersionString<\/key>\s*<string>([0-9][^<]*)<\/string>/.exec(plist)?.[1];
    return { ...(android ? { android } : {}), ...(ios ? { ios } : {}) };
}
/** Sentences naming what changed between two fingerprints. */
function describeNativeChange(before, after) {
    const changes = [];
    const names = new Set([...Object.keys(before.plugins), ...Object.keys(after.plugins)]);
    for (const name of [...names].sort()) {
        // Versions, and the plugin's native source hash where both sides have one (an installed
        // plugin has it; a plugins-only record or a version read from the lockfile does not).
        const hashed = !before.pluginsOnly && before.plugins[name]?.includes('+') && after.plugins[name]?.includes('+');
        const a = hashed ? before.plugins[name] : before.plugins[name]?.split('+')[0];
        const b = hashed ? after.plugins[name] : after.plugins[name]?.split('+')[0];
        if (a === undefined)
            changes.push(`plugin ${name} added (${b})`);
        else if (b === undefined)
            changes.push(`plugin ${name} removed`);
        else if (a !== b)
            changes.push(`plugin ${name} changed (${a} → ${b})`);
    }
    if (before.pluginsOnly)
        return changes;
    if (before.android !== after.android)
        changes.push('android/ sources changed');
    if (before.ios !== after.ios)
        changes.push('ios/ sources changed');
    if (before.config !== after.config)
        changes.push('capacitor config changed (beyond webDir)');
    return changes;
}

;// CONCATENATED MODULE: ./src/core/version/next-version.ts

/** The effective bump: before 1.0.0 a breaking change bumps minor. */
function effectiveBump(last, bump) {
    if (bump === 'major' && semver_default().major(last) === 0)
        return 'minor';
    return bump;
}
/**
 * The next stable version from the last release and the commits since it.
 * Returns undefined when nothing calls for a release.
 */
function nextStable(last, analysis) {
    if (analysis.releaseAs)
        return { version: analysis.releaseAs, bump: bumpBetween(last.version, analysis.releaseAs) };
    const bump = effectiveBump(last.version, analysis.bump);
    if (bump === 'none')
        return undefined;
    return { version: semver_default().inc(last.version, bump), bump };
}
function bumpBetween(from, to) {
    const diff = semver_default().diff(from, to);
    if (diff === 'major' || diff === 'premajor')
        return 'major';
    if (diff === 'minor' || diff === 'preminor')
        return 'minor';
    if (diff === null)
        return 'none';
    return 'patch';
}
/**
 * One more than the highest `n` already used for `<base>-<preid>.<n>` among
 * `known` versions (git tags and the store together).
 */
function nextPrereleaseNumber(base, preid, known) {
    let highest = 0;
    const prefix = `${base}-${preid}.`;
    for (const version of known) {
        if (!version.startsWith(prefix))
            continue;
        const rest = version.slice(prefix.length);
        if (/^\d+$/.test(rest))
            highest = Math.max(highest, Number(rest));
    }
    return highest + 1;
}
/** Picks the highest stable version among tags; prereleases never count as a release. */
function highestStable(versions) {
    return versions
        .filter((v) => semver_default().prerelease(v.version) === null)
        .sort((a, b) => semver_default().rcompare(a.version, b.version))[0];
}

// EXTERNAL MODULE: ./src/core/version/tag-format.ts
var tag_format = __webpack_require__(6042);
;// CONCATENATED MODULE: ./src/core/release/plan.ts








/** The channel and prerelease id a build goes to: a flag, else the first matching rule. */
function chooseTarget(request, ref) {
    const format = new tag_format/* TagFormat */.G(request.tagFormat);
    let tagVersion;
    if (ref.tag) {
        tagVersion = format.version(ref.tag);
        if (!tagVersion) {
            throw new core_errors/* ConfigurationError */.j1([`Tag "${ref.tag}" does not follow tagFormat "${request.tagFormat}". Tag releases as ${format.tag('1.2.3')}, or set "tagFormat" in capflight.config.json.`]);
        }
    }
    if (request.channel) {
        const same = request.rules.find((r) => r.channel === request.channel && !r.tag);
        const preid = tagVersion ? undefined : same?.prerelease ?? request.channel.replace(/[^A-Za-z0-9-]/g, '-');
        return { channel: request.channel, preid, rule: '--channel', tagVersion };
    }
    const match = (0,rules/* matchRule */.mU)(request.rules, ref);
    if (!match)
        return { tagVersion };
    (0,core_names/* assertNames */.TL)([['channel', match.channel, `Channel of rule "${match.description}"`]]);
    return { channel: match.channel, preid: match.preid, rule: match.description, tagVersion };
}
/** The version a build would get, or why there is none; pure. */
function versionOf(facts, target) {
    const { last, analysis } = facts;
    if (target.tagVersion) {
        return { version: target.tagVersion, base: target.tagVersion, bump: nextStable(last, analysis)?.bump ?? 'none' };
    }
    const next = nextStable(last, analysis);
    if (!next && (analysis.commits === 0 || !target.preid)) {
        return {
            none: analysis.commits === 0
                ? `Nothing to release: no commits since ${last.tag ?? last.version}.`
                : `Nothing to release: the ${analysis.commits} commit(s) since ${last.tag ?? last.version} hold no feat, fix, perf or breaking change.`
        };
    }
    const base = next?.version ?? semver_default().inc(last.version, 'patch');
    if (next && semver_default().lte(next.version, last.version)) {
        throw new core_errors/* VersionError */.tJ(`Release-As ${next.version} is not above the last release ${last.version}. Use a higher version in the Release-As footer.`);
    }
    if (!target.preid)
        return { version: base, base, bump: next.bump };
    const version = `${base}-${target.preid}.${nextPrereleaseNumber(base, target.preid, knownVersions(facts))}`;
    if (!semver_default().valid(version))
        throw new core_errors/* ConfigurationError */.j1([`Prerelease id "${target.preid}" gives the invalid version ${version}. Use letters, digits and dashes.`]);
    return { version, base, bump: next?.bump ?? 'prerelease' };
}
function knownVersions(facts) {
    return [...new Set([...facts.tagged, ...facts.stored])];
}
/**
 * The bundle records a plan needs, in the order it looks at them: the version it would mint,
 * then stored bundles of the same release (a rerun of this commit reuses its bundle), then, for
 * a tag, any other version (a tag on a commit that shipped as a prerelease promotes it).
 */
function bundleLookups(facts) {
    const target = chooseTarget(facts.request, facts.ref);
    if (!target.channel)
        return { candidates: [] };
    const v = versionOf(facts, target);
    if ('none' in v)
        return { candidates: [] };
    return { exact: v.version, candidates: candidatesOf(facts, target, v.base) };
}
/** Stored versions of the same release, newest first, then (for a tag) any other version. */
function candidatesOf(facts, target, base) {
    const known = knownVersions(facts);
    const sameRelease = known.filter((k) => (target.preid
        ? k.startsWith(`${base}-${target.preid}.`)
        : semver_default().valid(k) && semver_default().major(k) === semver_default().major(base) && semver_default().minor(k) === semver_default().minor(base) && semver_default().patch(k) === semver_default().patch(base)))
        .sort((semver_default()).rcompare);
    const others = target.tagVersion ? known.filter((k) => !sameRelease.includes(k) && semver_default().valid(k)).sort((semver_default()).rcompare) : [];
    return [...sameRelease, ...others];
}
/** Computes the release plan from gathered facts. Pure: no I/O, the same facts give the same plan. */
function planRelease(facts) {
    const { request, analysis, channel: channelRecord } = facts;
    const target = chooseTarget(request, facts.ref);
    const common = {
        appId: request.appId, commit: facts.commit, channel: target.channel ?? null, rule: target.rule ?? null, bump: 'none', reason: '',
        ref: facts.ref, last: facts.last, commits: analysis.commits, unparsed: analysis.unparsed, changes: analysis.changes,
        previousVersion: channelRecord?.version ?? null, fingerprint: facts.fingerprint, nativeChanges: []
    };
    if (!target.channel)
        return { ...common, action: 'skipped', version: null, reason: (0,rules/* whyNoRule */.qm)(facts.ref) };
    const channel = target.channel;
    const nativeChanges = channelRecord && channelRecord.nativeFingerprint.digest !== facts.fingerprint.digest
        ? describeNativeChange(channelRecord.nativeFingerprint, facts.fingerprint) : [];
    const v = versionOf(facts, target);
    if ('none' in v)
        return { ...common, nativeChanges, action: 'unchanged', version: channelRecord?.version ?? null, reason: v.none };
    const planned = { ...common, nativeChanges, bump: v.bump };
    let exact = facts.bundles[v.version] ?? undefined;
    if (exact && exact.commit !== facts.commit && target.preid) {
        // Another pipeline stored this number after the versions were listed: the next number is
        // this commit's (and if that is taken too, publishing moves on until one is free).
        v.version = semver_default().inc(v.version, 'prerelease') ?? v.version;
        exact = undefined;
    }
    else if (exact && exact.commit !== facts.commit) {
        throw new core_errors/* VersionError */.tJ(`Version ${v.version} is already in ${facts.storeUrl}, ${exact.commit ? `built from commit ${exact.commit.slice(0, 7)}` : 'uploaded without capflight'}, not from ${facts.commit.slice(0, 7)}. Versions are immutable: tag a new version instead of moving an existing one.`);
    }
    if (nativeChanges.length > 0 && !request.allowNativeChange) {
        return {
            ...planned, action: 'native-required', version: v.version,
            reason: `This release changes native code, so it cannot ship over the air to channel "${channel}": ${nativeChanges.join('; ')}. Ship a new store build, then release again with --allow-native-change (bundles then require that native version).`
        };
    }
    // A guarded channel starts each release at its lane's first step (unless --rollout says a share).
    const guarded = request.rolloutPolicy && channelRecord && request.rolloutPolicy.channels.includes(channel) ? request.rolloutPolicy : undefined;
    const lane = guarded ? laneOf(analysis.changes) : undefined;
    const policy = guarded && lane ? { lane, ...guarded.lanes[lane] } : undefined;
    const rolloutBps = request.rolloutBps ?? (policy ? Math.round(policy.steps[0] * 100) : undefined);
    if (request.rolloutBps !== undefined && !channelRecord) {
        throw new core_errors/* ConfigurationError */.j1([`Channel "${channel}" has no bundle yet, so there is nothing to roll out against. Release to it once without --rollout.`]);
    }
    const minNativeVersion = request.minNativeVersion ?? (nativeChanges.length > 0 ? nativeMinimum(facts, channel) : channelRecord?.minNativeVersion);
    const move = (kind) => ({
        channel, fromVersion: channelRecord?.version ?? null, kind,
        ...(rolloutBps !== undefined && rolloutBps < 10000 ? { rolloutBps, ...(policy ? { policy } : {}) } : {})
    });
    // The store is the source of truth: a commit already shipped is reused, never rebuilt.
    const existing = exact ?? bundleOfCommit(facts, candidatesOf(facts, target, v.base));
    if (existing) {
        const promoteAs = target.tagVersion && facts.promotionRecords ? target.tagVersion : existing.version;
        const reason = exact
            ? `${v.version} is already stored for this commit.`
            : target.tagVersion
                ? `Commit ${facts.commit.slice(0, 7)} already shipped as ${existing.version}: its bytes are promoted as ${target.tagVersion}.`
                : `Commit ${facts.commit.slice(0, 7)} already shipped as ${existing.version}.`;
        const served = channelRecord?.version;
        const rolling = channelRecord?.rollout;
        if (served === promoteAs || (request.rolloutBps !== undefined && rolling?.version === promoteAs && rolling.percentageBps === request.rolloutBps)) {
            return { ...planned, action: 'unchanged', version: promoteAs, existing, reason: `${promoteAs} from this commit is already on ${channel}.` };
        }
        if (promoteAs === existing.version && channelRecord?.history.some((h) => h.version === existing.version && h.action !== 'rollout' && h.action !== 'rollout-abort')) {
            return {
                ...planned, action: 'unchanged', version: existing.version, existing,
                reason: `${existing.version} from this commit was already released to ${channel} and has since been replaced; not moving the channel back. Use "capflight rollback --channel ${channel} --to ${existing.version}" to return to it.`
            };
        }
        refuseOverRollout(facts, channel);
        return {
            ...planned, action: 'promote', version: promoteAs, source: existing, reason, move: move('promote'),
            ...(promoteAs !== existing.version ? { newRecord: { minNativeVersion: minNativeVersion ?? existing.minNativeVersion, promotedFrom: existing.version } } : {})
        };
    }
    refuseOverRollout(facts, channel);
    return {
        ...planned, action: 'release', version: v.version, base: v.base, preid: target.preid, taken: knownVersions(facts),
        uncommitted: facts.uncommitted, minNativeVersion, build: request.build, encryption: request.encryption, allowNativeChange: request.allowNativeChange, reason: `${target.rule} → ${channel}`,
        // A prerelease of the same bytes as the channel's bundle is no release; a tag always is one.
        unchangedIf: target.preid && facts.channelBundle && sameButBytes(facts.channelBundle, facts, minNativeVersion) ? facts.channelBundle : undefined,
        move: move('release')
    };
}
/**
 * The native version a bundle needs after a native change: the store build's own version, as its
 * native projects declare it (the higher when Android and iOS differ), so binaries older than
 * the build that holds the change never receive it.
 */
function nativeMinimum(facts, channel) {
    const declared = Object.entries(facts.nativeVersions).flatMap(([platform, v]) => {
        const version = semver_default().coerce(v)?.version;
        return version ? [{ platform, raw: v, version }] : [];
    });
    if (declared.length === 0) {
        throw new core_errors/* ConfigurationError */.j1([`Native code changed for channel "${channel}" and the native projects declare no app version (versionName in android/app/build.gradle, MARKETING_VERSION in the iOS project), so capflight cannot tell which binaries hold the change. Pass --min-native-version <the store build's version>.`]);
    }
    return declared.map((d) => d.version).sort((semver_default()).rcompare)[0];
}
/** A move of every device onto a channel whose rollout is in progress replaces that rollout: only when asked to. */
function refuseOverRollout(facts, channel) {
    const rollout = facts.channel?.rollout;
    if (!rollout || facts.request.rolloutBps !== undefined || facts.request.replaceRollout)
        return;
    throw new core_errors/* ConfigurationError */.j1([`Channel "${channel}" is rolling ${rollout.version} out to ${rollout.percentageBps / 100}% of its devices: a release now would replace that rollout for every device. Finish it first ("capflight rollout --channel ${channel} --promote" or "--abort"), release with --rollout <percent>, or pass --replace-rollout.`]);
}
/**
 * Whether a build now would equal `current` in all but its bytes: encryption, native fingerprint
 * and minNativeVersion. Only then can equal bytes mean `unchanged` (DESIGN §5).
 */
function sameButBytes(current, facts, minNativeVersion) {
    return Boolean(current.sessionKey) === (facts.request.encryption !== null)
        && describeNativeChange(current.nativeFingerprint, facts.fingerprint).length === 0
        && (current.minNativeVersion ?? undefined) === minNativeVersion;
}
function bundleOfCommit(facts, versions) {
    for (const version of versions) {
        const bundle = facts.bundles[version];
        if (bundle?.commit === facts.commit)
            return bundle;
    }
    return undefined;
}
/** The next free prerelease version after `version` was taken by another pipeline. */
function nextFreeVersion(plan, taken) {
    return `${plan.base}-${plan.preid}.${nextPrereleaseNumber(plan.base, plan.preid, [...plan.taken, ...taken])}`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/core/git/git.ts


/** The oldest git capflight runs with (it relies on `fetch --deepen` and `log --format=%x1e`). */
const MIN_GIT_VERSION = [2, 20, 0];
/** What is wrong with the `git --version` output, or undefined when it is new enough. */
function gitVersionProblem(versionOutput) {
    const m = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(versionOutput);
    if (!m)
        return `Cannot tell the git version from "${versionOutput.trim().slice(0, 80)}". Install git ${MIN_GIT_VERSION.join('.')} or newer.`;
    const found = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    for (let i = 0; i < 3; i++) {
        if (found[i] > MIN_GIT_VERSION[i])
            return undefined;
        if (found[i] < MIN_GIT_VERSION[i])
            return `git ${found.join('.')} is too old: capflight needs git ${MIN_GIT_VERSION.join('.')} or newer. Update git on this machine (or runner image).`;
    }
    return undefined;
}
/**
 * Every git call goes through `exec`: non-interactive, no pager, in one cwd.
 * `try*` methods answer booleans or undefined instead of throwing.
 */
class Git {
    cwd;
    env;
    constructor(cwd, env = {}) {
        this.cwd = cwd;
        this.env = env;
    }
    exec(args, options = {}) {
        return new Promise((resolve, reject) => {
            (0,external_node_child_process_.execFile)('git', args, {
                cwd: this.cwd,
                maxBuffer: 1024 * 1024 * 1024,
                env: { ...this.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' }
            }, (error, stdout, stderr) => {
                const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
                if (error?.code === 'ENOENT') {
                    reject(new core_errors/* GitError */.XS('git is not installed or not on PATH. Install git and try again.'));
                    return;
                }
                if (code !== 0 && !options.allowFailure) {
                    reject(new core_errors/* GitError */.XS(`git ${args.join(' ')} failed: ${stderr.trim() || stdout.trim()}`, { args, code }));
                    return;
                }
                resolve({ code, stdout, stderr });
            });
        });
    }
    async out(args) {
        return (await this.exec(args)).stdout.trim();
    }
    /**
     * Where the working directory stands, in one `rev-parse`: the commit at HEAD, whether the
     * clone is shallow and the directory's prefix in the repository. Fails with a message saying
     * what to do when git is too old or the directory is not a repository with commits.
     */
    async repository() {
        const [version, state] = await Promise.all([
            this.exec(['--version'], { allowFailure: true }),
            this.exec(['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix', '--verify', '-q', 'HEAD'], { allowFailure: true })
        ]);
        const problem = gitVersionProblem(version.stdout);
        if (problem)
            throw new core_errors/* GitError */.XS(problem);
        // One answer per line: inside, shallow, prefix ('' at the root), HEAD (missing before the first commit).
        const [inside, shallow, prefix, head] = state.stdout.split('\n');
        if (inside !== 'true') {
            throw new core_errors/* GitError */.XS(`${this.cwd} is not a git repository. Run capflight inside your app's repository (or pass --cwd), or run "git init" and commit first.`);
        }
        if (state.code !== 0 || !head) {
            throw new core_errors/* GitError */.XS('The repository has no commits yet. Commit your app first ("git add -A && git commit -m \'feat: first version\'"), then run capflight again.');
        }
        return { head, shallow: shallow === 'true', prefix };
    }
    async tryCurrentBranch() {
        const r = await this.exec(['symbolic-ref', '--short', '-q', 'HEAD'], { allowFailure: true });
        return r.code === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
    }
    async tryRemoteDefaultBranch(remote = 'origin') {
        const r = await this.exec(['symbolic-ref', '--short', '-q', `refs/remotes/${remote}/HEAD`], { allowFailure: true });
        const name = r.stdout.trim();
        return r.code === 0 && name ? name.replace(`${remote}/`, '') : undefined;
    }
    /** Whether git ignores a path (relative to the working directory); false outside a repository. */
    async isIgnored(file) {
        return (await this.exec(['check-ignore', '-q', '--', file], { allowFailure: true })).code === 0;
    }
    /** Where the working directory sits in the repository (`packages/mobile/`), '' at its root. */
    async prefix() {
        return this.out(['rev-parse', '--show-prefix']);
    }
    /** Tracked files under the working directory that differ from HEAD (staged or not), relative to it. */
    async changedTrackedFiles() {
        // Not trimmed: each line starts with its two status columns, the first often a space.
        const { stdout } = await this.exec(['status', '--porcelain=v1', '--untracked-files=no', '--no-renames', '--', '.']);
        return stdout.split('\n').filter((line) => line.length > 3).map((line) => line.slice(3));
    }
    async tagsMergedIntoHead() {
        return splitLines(await this.out(['tag', '--merged', 'HEAD']));
    }
    /** Every tag and the commit it names (annotated tags peeled). */
    async tagCommits() {
        const lines = splitLines(await this.out(['tag', '--list', '--format=%(refname:strip=2)%09%(objectname)%09%(*objectname)']));
        return new Map(lines.map((line) => {
            const [tag, object, peeled] = line.split('\t');
            return [tag, peeled || object];
        }));
    }
    async isShallow() {
        return (await this.out(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    async hasRemote(remote) {
        const r = await this.exec(['remote', 'get-url', remote], { allowFailure: true });
        return r.code === 0;
    }
    /** Deepens a shallow clone and fetches tags; the network operation, so it is retried once. */
    async fetchDeeper(remote, deepen) {
        const args = ['fetch', '--quiet', '--tags', '--force', deepen === 'unshallow' ? '--unshallow' : `--deepen=${deepen}`, remote];
        let result = await this.exec(args, { allowFailure: true });
        if (result.code !== 0)
            result = await this.exec(args, { allowFailure: true });
        return result;
    }
    /**
     * Streams the commits in `range` (newest first, merges left out: their content is in the
     * merged commits) so they are parsed while git is still walking. With paths, only commits
     * touching them (the app's folder in a monorepo). Without paths, also answers the range's
     * boundary: the excluded commits whose children are in it. A commit `X` is reachable from
     * HEAD exactly when it is HEAD or on the boundary of `X..HEAD`, so one walk both reads the
     * commits since a tag and proves the tag is an ancestor.
     */
    eachCommit(range, onCommit, paths = []) {
        // Parent rewriting under a pathspec changes what the boundary holds: no boundary then.
        const withBoundary = paths.length === 0;
        // Merges are walked (a boundary commit may be a merge's parent) and skipped here.
        const args = ['log', withBoundary ? '--boundary' : '--no-merges', '--format=%m%H%x1f%P%x1f%B%x1e', range, ...(paths.length ? ['--', ...paths] : [])];
        const boundary = new Set();
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)('git', args, {
                cwd: this.cwd,
                // Into a pipe git flushes after every commit: one small write, and one read here, per
                // commit. Unflushed, it writes in full buffers, a fortieth of the reads.
                env: { ...this.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', GIT_FLUSH: '0' },
                stdio: ['ignore', 'pipe', 'pipe']
            });
            let rest = '';
            let stderr = '';
            let failed;
            child.stdout.setEncoding('utf8');
            child.stdout.on('data', (chunk) => {
                const records = (rest + chunk).split('\x1e');
                rest = records.pop() ?? '';
                try {
                    for (const record of records)
                        emit(record);
                }
                catch (error) {
                    failed = error;
                    child.kill();
                }
            });
            child.stderr.on('data', (chunk) => { stderr += chunk.toString(); });
            const emit = (record) => {
                // `%m` is `-` on a boundary commit; records after the first start with git's newline.
                const start = record.charCodeAt(0) === 10 ? 1 : 0;
                const hashEnd = record.indexOf('\x1f', start);
                if (hashEnd < 0)
                    return;
                const hash = record.slice(start + 1, hashEnd);
                if (record[start] === '-') {
                    boundary.add(hash);
                    return;
                }
                const parentsEnd = record.indexOf('\x1f', hashEnd + 1);
                if (record.slice(hashEnd + 1, parentsEnd).includes(' '))
                    return;
                onCommit({ hash, message: record.slice(parentsEnd + 1).trim() });
            };
            child.on('error', (error) => reject(new core_errors/* GitError */.XS(`Could not run git: ${error.message}. Install git and try again.`)));
            child.on('close', (code) => {
                if (failed)
                    return reject(failed);
                if (code !== 0)
                    return reject(new core_errors/* GitError */.XS(`git ${args.join(' ')} failed: ${stderr.trim()}`, { args, code }));
                try {
                    emit(rest);
                    resolve(withBoundary ? { boundary } : {});
                }
                catch (error) {
                    reject(error);
                }
            });
        });
    }
}
function splitLines(text) {
    return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

// EXTERNAL MODULE: ./node_modules/conventional-commits-parser/dist/index.js + 5 modules
var dist = __webpack_require__(4674);
// EXTERNAL MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/index.js + 9 modules
var src = __webpack_require__(523);
;// CONCATENATED MODULE: ./src/core/version/commits.ts




// The preset's typings are loose; its parser options are ParserOptions.
const preset = (0,src/* default */.Ay)();
const parser = new dist/* CommitParser */.Jf(preset.parser);
// A squashed message inside a body starts with a known type: `Fixes: #12`, `Refs: …` and other
// git trailers are not messages.
const KNOWN_TYPES = ['feat', 'feature', 'fix', 'perf', 'revert', 'docs', 'style', 'chore', 'refactor', 'test', 'tests', 'build', 'ci'];
const SUB_HEADER_SOURCE = `^(?:[*-]\\s+)?(?:${KNOWN_TYPES.join('|')})(?:\\([^)]*\\))?!?: \\S`;
const SUB_HEADER = new RegExp(SUB_HEADER_SOURCE, 'i');
// git writes `Revert "…"` and, since 2.43, `Reapply "…"` for a revert of a revert.
const REVERTS = /^(Revert|Reapply) "([\s\S]*)"\s*$/;
const REVERTS_COMMIT = /^This reverts commit ([0-9a-f]{7,40})\b/m;
// Breaking-change footers are upper case, as Conventional Commits 1.0 says.
const BREAKING_NOTE = /^BREAKING[ -]CHANGE$/;
const BREAKING_HEADER = /^\w+(?:\([^)]*\))?!: /;
const RELEASE_AS = /^Release-As:\s*(.*)$/im;
const ORDER = ['none', 'patch', 'minor', 'major'];
function bumpOf(type, breaking) {
    if (breaking)
        return 'major';
    if (type === 'feat' || type === 'feature')
        return 'minor';
    if (type === 'fix' || type === 'perf' || type === 'revert')
        return 'patch';
    return 'none';
}
function maxBump(a, b) {
    return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
/**
 * A squash merge's body often lists the squashed messages ("* feat: a", "* fix: b").
 * Each becomes its own message; text before the first one belongs to the header.
 */
function splitSquashed(message) {
    const lines = message.split('\n');
    const messages = [[lines[0]]];
    for (const line of lines.slice(1)) {
        if (SUB_HEADER.test(line))
            messages.push([line.replace(/^[*-]\s+/, '')]);
        else
            messages[messages.length - 1].push(line.replace(/^ {2}/, ''));
    }
    return messages.map((m) => m.join('\n').trim()).filter(Boolean);
}
// The common commit — one conventional header, a plain body, no footer that matters — is read
// from its header alone; the full parse (references, notes, body) is left for the changelog.
const PLAIN_HEADER = /^(\w+)(?:\(([\w$.\-*/ ,]*)\))?(!)?: (\S[^\r\n]*)$/;
// A body with any of these needs the full parser; one scan of the body, no split.
const NEEDS_PARSER = new RegExp(`BREAKING[ -]CHANGE|This reverts commit|^Release-As:|${SUB_HEADER_SOURCE}`, 'im');
/** A counted message; its full parse, which only the changelog reads, made when first read. */
class Change {
    hash;
    type;
    scope;
    subject;
    breaking;
    bump;
    #text;
    #parsed;
    constructor(hash, type, scope, subject, breaking, source) {
        this.hash = hash;
        this.type = type;
        this.scope = scope;
        this.subject = subject;
        this.breaking = breaking;
        this.bump = bumpOf(type, breaking);
        if (typeof source === 'string')
            this.#text = source;
        else
            this.#parsed = { ...source, hash };
    }
    /** The change a commit's header alone describes, or undefined when it needs the full parser. */
    static fromHeader(commit) {
        const { hash, message } = commit;
        const newline = message.indexOf('\n');
        const m = PLAIN_HEADER.exec(newline < 0 ? message : message.slice(0, newline));
        if (!m || (newline >= 0 && NEEDS_PARSER.test(message.slice(newline + 1))))
            return undefined;
        return new Change(hash, m[1].toLowerCase(), m[2], m[4], m[3] === '!', message);
    }
    get parsed() {
        this.#parsed ??= { ...parser.parse(this.#text), type: this.type, hash: this.hash };
        return this.#parsed;
    }
}
/**
 * Reads conventional commits (newest first) into the bump they call for.
 * Commits are parsed as they are added, so parsing overlaps with git's walk. A plain commit
 * is kept as its change alone: 50,000 of them are a few small objects each.
 */
class CommitAnalyzer {
    entries = [];
    /** The entries that need the full parser; only they can be reverts or force a version. */
    full = [];
    add(commit) {
        const plain = Change.fromHeader(commit);
        if (plain) {
            this.entries.push(plain);
            return;
        }
        const entry = { commit, parts: splitSquashed(commit.message).map((text) => ({ text, parsed: parser.parse(text) })) };
        this.entries.push(entry);
        this.full.push(entry);
    }
    finish() {
        const { skip, cancelled } = this.cancelReverts();
        let bump = 'none';
        let releaseAs;
        const changes = [];
        const unparsed = [];
        for (const entry of this.entries) {
            if (entry instanceof Change) {
                if (skip.has(entry.hash))
                    continue;
                changes.push(entry);
                bump = maxBump(bump, entry.bump);
                continue;
            }
            const { commit, parts } = entry;
            if (skip.has(commit.hash))
                continue;
            const forced = RELEASE_AS.exec(commit.message);
            if (forced && releaseAs === undefined) {
                const value = semver_default().valid(forced[1].trim().replace(/^v/, ''));
                if (!value) {
                    throw new core_errors/* VersionError */.tJ(`Commit ${commit.hash.slice(0, 7)} has an invalid "Release-As: ${forced[1].trim()}" footer. Use a full version such as "Release-As: 2.0.0" in a new commit (or amend it).`, { commit: commit.hash });
                }
                releaseAs = value;
            }
            let recognised = false;
            for (const { text, parsed } of reapplied(parts)) {
                const type = (parsed.type ?? (parsed.revert ? 'revert' : undefined))?.toLowerCase();
                if (!type)
                    continue;
                recognised = true;
                const notes = parsed.notes.filter((n) => BREAKING_NOTE.test(n.title));
                const breaking = BREAKING_HEADER.test(text) || notes.length > 0;
                const change = new Change(commit.hash, type, parsed.scope ?? undefined, parsed.subject ?? parsed.header ?? '', breaking, { ...parsed, type, notes });
                changes.push(change);
                bump = maxBump(bump, change.bump);
            }
            if (!recognised)
                unparsed.push({ hash: commit.hash, subject: commit.message.split('\n')[0] });
        }
        return { bump, releaseAs, commits: this.entries.length, changes, unparsed, cancelled };
    }
    /**
     * Reverts in range, to any depth. A commit counts unless a revert that itself counts reverts
     * it; a revert whose target is in range never counts itself (it only cancels or restores).
     * So a revert of a revert (`Revert "Revert …"`, git 2.43's `Reapply "…"`) brings the change
     * back, a third revert cancels it again.
     */
    cancelReverts() {
        const targetOf = new Map();
        let hashes;
        for (const { commit } of this.full) {
            const prefix = REVERTS_COMMIT.exec(commit.message)?.[1];
            if (!prefix)
                continue;
            hashes ??= this.entries.map((e) => (e instanceof Change ? e.hash : e.commit.hash));
            const target = hashes.find((h) => h !== commit.hash && h.startsWith(prefix));
            if (target)
                targetOf.set(commit.hash, target);
        }
        const skip = new Set(targetOf.keys());
        const cancelled = [];
        if (!hashes || targetOf.size === 0)
            return { skip, cancelled };
        const revertersOf = new Map();
        for (const [revert, target] of targetOf)
            revertersOf.set(target, [...(revertersOf.get(target) ?? []), revert]);
        const active = new Map();
        const isActive = (hash) => {
            let known = active.get(hash);
            if (known === undefined) {
                // Reverts are newer than what they revert, so this ends.
                known = !(revertersOf.get(hash) ?? []).some(isActive);
                active.set(hash, known);
            }
            return known;
        };
        for (const [revert, target] of targetOf) {
            if (isActive(revert))
                cancelled.push(`${revert.slice(0, 7)} reverts ${target.slice(0, 7)}`);
        }
        for (const hash of hashes)
            if (!targetOf.has(hash) && !isActive(hash))
                skip.add(hash);
        return { skip, cancelled };
    }
}
/**
 * A commit's messages as they count: a `Reapply "…"` of a commit outside the range counts as
 * the message it reapplies (`Revert "…"` counts as a revert, a patch).
 */
function reapplied(parts) {
    const header = parts[0]?.text.split('\n')[0] ?? '';
    const m = REVERTS.exec(header);
    if (!m || m[1] !== 'Reapply')
        return parts;
    return [{ text: m[2], parsed: parser.parse(m[2]) }, ...parts.slice(1)];
}
function analyzeCommits(raw) {
    const analyzer = new CommitAnalyzer();
    for (const commit of raw)
        analyzer.add(commit);
    return analyzer.finish();
}

;// CONCATENATED MODULE: ./src/core/version/last-release.ts



const DEEPEN_STEPS = [50, 200, 1000, 5000, 'unshallow'];
async function releaseTags(git, format, below) {
    return (await git.tagsMergedIntoHead())
        .map((tag) => ({ tag, version: format.version(tag) ?? '' }))
        .filter((t) => t.version && (!below || semver_default().lt(t.version, below)));
}
/**
 * CI clones are often shallow and tagless: deepen a shallow clone step by step, fetching tags,
 * until a release tag is reachable from HEAD or the history is complete.
 */
async function deepenUntilTagged(git, format, remote, reporter, below) {
    if (!(await git.hasRemote(remote))) {
        throw new core_errors/* GitError */.XS(`This is a shallow clone without a "${remote}" remote, so its tags and history cannot be fetched to find the last release. Clone with full history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0; Azure: fetchDepth: 0).`);
    }
    for (const step of DEEPEN_STEPS) {
        reporter.info(`Shallow clone: fetching tags and ${step === 'unshallow' ? 'the full history' : `${step} more commits`} from ${remote}…`);
        const result = await git.fetchDeeper(remote, step);
        if (result.code !== 0) {
            throw new core_errors/* GitError */.XS(`This is a shallow clone and fetching tags from "${remote}" failed: ${result.stderr.trim().replace(/\s*\n\s*/g, ' ') || `exit code ${result.code}`} Make the remote reachable with credentials, or clone with full history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0; Azure: fetchDepth: 0).`);
        }
        if (highestStable(await releaseTags(git, format, below)))
            return;
        if (!(await git.isShallow()))
            return;
    }
}
/** The highest stable release tag reachable from HEAD, else package.json's version, else 0.0.0. */
async function findLastRelease(git, format, baseVersion, below) {
    const best = highestStable(await releaseTags(git, format, below));
    if (best)
        return { version: best.version, tag: best.tag, source: 'tag' };
    return untaggedRelease(baseVersion, below);
}
/** The last release when no release tag is reachable: package.json's version, else 0.0.0. */
function untaggedRelease(baseVersion, below) {
    if (baseVersion && (!below || semver_default().lt(baseVersion, below)))
        return { version: baseVersion, source: 'package.json' };
    return { version: '0.0.0', source: 'default' };
}
/** Every stable release tag among `tags` (reachable or not), highest first: a cheap guess at the last release. */
function stableTags(tags, format, below) {
    return tags
        .map((tag) => ({ tag, version: format.version(tag) ?? '' }))
        .filter((t) => t.version && semver_default().prerelease(t.version) === null && (!below || semver_default().lt(t.version, below)))
        .sort((a, b) => semver_default().rcompare(a.version, b.version));
}
/** Versions named by every tag among `tags` that follows the format (prereleases included). */
function taggedVersions(tags, format) {
    return tags.map((t) => format.version(t)).filter((v) => Boolean(v));
}

;// CONCATENATED MODULE: ./src/core/release/facts.ts








/** The part of the settings a plan depends on. */
function planRequestOf(settings) {
    return {
        appId: settings.appId,
        channel: settings.channel,
        rules: settings.rules,
        tagFormat: settings.tagFormat,
        allowNativeChange: settings.allowNativeChange,
        replaceRollout: settings.replaceRollout,
        rolloutBps: settings.rolloutBps,
        rolloutPolicy: settings.rolloutPolicy,
        minNativeVersion: settings.minNativeVersion,
        build: { command: settings.buildCommand ?? undefined, webDir: settings.webDir, exclude: settings.exclude, requireNotifyAppReady: settings.requireNotifyAppReady },
        encryption: settings.signCommand ? 'sign-command' : settings.privateKey ? 'private-key' : null
    };
}
function resolveRef(settings, ci, format, checkout) {
    const prNumber = settings.ref.prNumber ?? ci.prNumber;
    const isPr = settings.ref.prNumber !== undefined || (ci.isPr && !settings.ref.branch && !settings.ref.tag);
    const local = ci.name === 'local' && !settings.ref.branch && !settings.ref.tag && !isPr;
    let branch = settings.ref.branch ?? ci.branch;
    let tag = settings.ref.tag ?? ci.tag;
    if (local) {
        // Locally, a release tag on HEAD makes this a tag build, as a tag push would in CI.
        tag = checkout.headTags.filter((t) => format.version(t)).sort((a, b) => semver_default().rcompare(format.version(a), format.version(b)))[0];
        if (!tag)
            branch = checkout.currentBranch;
    }
    if (!branch && !tag && !isPr)
        branch = checkout.currentBranch;
    const defaultBranch = settings.defaultBranch ?? ci.defaultBranch ?? checkout.remoteDefault;
    return { branch, tag, isPr, prNumber, defaultBranch, ciName: ci.name, repoUrl: ci.repoUrl, ...(ci.ephemeral ? { ephemeral: true } : {}) };
}
async function readCommits(git, since, paths) {
    const analyzer = new CommitAnalyzer();
    const { boundary } = await git.eachCommit(since ? `${since}..HEAD` : 'HEAD', (c) => analyzer.add(c), paths);
    return { analyzer, boundary };
}
/**
 * The paths whose commits count: everything at the repository's root; in a monorepo the app's
 * folder and the shared folders its bundle holds (`paths` in the config, globs from the root).
 */
function countedPaths(prefix, settings) {
    if (!prefix)
        return [];
    return ['.', ...settings.paths.map((glob) => `:(top,glob)${glob}`)];
}
/**
 * Reads everything a plan needs from git, the CI environment and the store, and nothing
 * more; changes nothing. `promotionRecords` comes from the publisher the release would use.
 */
async function gatherFacts(settings, runtime, store, promotionRecords) {
    const git = new Git(settings.cwd, runtime.env);
    const request = planRequestOf(settings);
    const format = new tag_format/* TagFormat */.G(settings.tagFormat);
    const ci = ci_detectCi(runtime.env);
    // The lookups that depend on nothing run at once, beside the repository check. In a folder
    // that is no repository they fail too: the check's error is the one reported.
    const lookups = Promise.all([
        git.tryCurrentBranch(),
        settings.defaultBranch ?? ci.defaultBranch ? undefined : git.tryRemoteDefaultBranch(settings.remote),
        git.changedTrackedFiles(), git.tagCommits(), nativeFingerprint(settings.cwd), nativeAppVersions(settings.cwd)
    ]);
    lookups.catch(() => { });
    const { head: commit, shallow, prefix } = await git.repository();
    const [currentBranch, remoteDefault, uncommitted, listed, fingerprint, nativeVersions] = await lookups;
    let tagCommits = listed;
    const headTags = [...tagCommits].filter(([, tagged]) => tagged === commit).map(([tag]) => tag);
    const ref = resolveRef(settings, ci, format, { currentBranch, remoteDefault, headTags });
    const target = chooseTarget(request, ref);
    if (shallow) {
        await deepenUntilTagged(git, format, settings.remote, runtime.reporter, target.tagVersion);
        tagCommits = await git.tagCommits();
    }
    const paths = countedPaths(prefix, settings);
    // Finding the reachable tag and reading the log both walk the history: guess the highest
    // stable tag and read its log, which proves the guess (its boundary holds the tag's commit)
    // outside a monorepo; there, and when the guess is wrong, ask git for the reachable tags.
    const tags = [...tagCommits.keys()];
    const guess = stableTags(tags, format, target.tagVersion)[0];
    const guessCommit = guess && tagCommits.get(guess.tag);
    const [guessed, stored, channel] = await Promise.all([
        readCommits(git, guess?.tag, paths),
        store.listBundleVersions(settings.appId),
        target.channel ? store.getChannel(settings.appId, target.channel) : undefined
    ]);
    const proven = guessCommit !== undefined && (guessCommit === commit || guessed.boundary?.has(guessCommit));
    const last = !guess ? untaggedRelease(settings.baseVersion, target.tagVersion)
        : proven ? { version: guess.version, tag: guess.tag, source: 'tag' }
            : await findLastRelease(git, format, settings.baseVersion, target.tagVersion);
    const analysis = (last.tag === guess?.tag ? guessed.analyzer : (await readCommits(git, last.tag, paths)).analyzer).finish();
    const facts = {
        request, storeUrl: store.url, commit, ref, last, analysis, tagged: taggedVersions(tags, format), stored, fingerprint,
        nativeVersions, uncommitted, channel, bundles: {}, promotionRecords
    };
    if (channel) {
        facts.channelBundle = await store.getBundle(settings.appId, channel.version);
        // The lookups below may name the same record: read it once.
        facts.bundles[channel.version] = facts.channelBundle ?? null;
    }
    // Bundle records in the order the plan looks at them, up to the first built from this commit.
    const { exact, candidates } = bundleLookups(facts);
    const read = async (version) => {
        if (!(version in facts.bundles))
            facts.bundles[version] = (await store.getBundle(settings.appId, version)) ?? null;
        return facts.bundles[version] ?? undefined;
    };
    if (exact && !(await read(exact))) {
        const inStore = new Set(stored);
        for (const version of candidates)
            if (inStore.has(version) && (await read(version))?.commit === commit)
                break;
    }
    return facts;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/core/build/build.ts


const TAIL_LINES = 40;
/** Runs the build command through the shell, streaming its output to the reporter. */
function runBuild(command, cwd, env, reporter) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, { cwd, env: env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
        const tail = [];
        let partial = '';
        const onData = (chunk) => {
            const lines = (partial + chunk.toString('utf8')).split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines) {
                reporter.info(line);
                tail.push(line);
                if (tail.length > TAIL_LINES)
                    tail.shift();
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('error', (error) => reject(new core_errors/* BuildError */.zS(`Could not start build command "${command}": ${error.message}`)));
        child.on('close', (code, signal) => {
            if (partial) {
                reporter.info(partial);
                tail.push(partial);
            }
            if (code === 0)
                resolve();
            else {
                reject(new core_errors/* BuildError */.zS(`Build command "${command}" failed (${signal ? `killed by ${signal}` : `exit code ${code}`}). Fix the build, or pass --no-build if the web directory is already built. Last output:\n${tail.join('\n')}`, { output: tail.join('\n') }));
            }
        });
    });
}

// EXTERNAL MODULE: ./node_modules/conventional-changelog-writer/dist/index.js + 12 modules
var conventional_changelog_writer_dist = __webpack_require__(2163);
;// CONCATENATED MODULE: ./src/core/changelog/changelog.ts


// The preset's typings are loose; its writer options fit writeChangelogString.
const changelog_preset = (0,src/* default */.Ay)();
/** Release notes in conventional-changelog's conventionalcommits format. */
async function renderChangelog(options) {
    const repo = parseRepoUrl(options.repoUrl);
    const context = {
        version: options.version,
        previousTag: options.previousTag,
        currentTag: options.currentTag,
        date: options.date.toISOString().slice(0, 10),
        linkCompare: Boolean(repo && options.previousTag && options.currentTag),
        linkReferences: Boolean(repo),
        ...(repo ?? {}),
        commit: 'commit',
        issue: 'issues'
    };
    const commits = options.changes.map((c) => ({ ...c.parsed }));
    const text = await (0,conventional_changelog_writer_dist/* writeChangelogString */.Xc)(commits, context, changelog_preset.writer);
    return text.trim();
}
function parseRepoUrl(url) {
    if (!url)
        return undefined;
    const m = /^(https?:\/\/[^/]+)\/(.+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
    return m ? { host: m[1], owner: m[2], repository: m[3] } : undefined;
}

// EXTERNAL MODULE: ./src/core/pack/compress-pool.ts
var compress_pool = __webpack_require__(9504);
;// CONCATENATED MODULE: ./src/core/pack/cache-prune.ts



/** How long a compressed form no bundle used is kept: a branch built now and then still finds its files. */
const CACHE_KEEP_UNUSED_MS = 7 * 24 * 3600 * 1000;
const SHA = /^[0-9a-f]{64}/;
/**
 * Bounds the compression cache after a release: removes each form (and marker) that the bundle
 * just packed did not use and that was made more than `keepUnusedMs` ago, and the folders of an
 * older zlib or Brotli once empty. Forms the bundle used stay whatever their age (a restored
 * CI cache keeps the times it was made). Best effort: what cannot be read or removed is left.
 */
async function pruneCompressionCache(dir, used, now, keepUnusedMs = CACHE_KEEP_UNUSED_MS) {
    const keep = new Set(used);
    const current = new Set(Object.values(compress_pool/* CACHE_FOLDERS */.z));
    const before = now.getTime() - keepUnusedMs;
    const result = { removed: 0, bytes: 0 };
    const folders = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    for (const folder of folders) {
        if (!folder.isDirectory() || !/^(deflate|brotli)-/.test(folder.name))
            continue;
        const at = external_node_path_default().join(dir, folder.name);
        const names = await (0,promises_.readdir)(at).catch(() => []);
        const isCurrent = current.has(folder.name);
        let left = names.length;
        for (const name of names) {
            const sha = SHA.exec(name)?.[0];
            if (isCurrent && sha && keep.has(sha) && !name.endsWith('.tmp'))
                continue;
            const file = external_node_path_default().join(at, name);
            const info = await (0,promises_.lstat)(file).catch(() => undefined);
            if (!info?.isFile() || info.mtimeMs >= before)
                continue;
            if (await (0,promises_.rm)(file).then(() => true, () => false)) {
                result.removed++;
                result.bytes += info.size;
                left--;
            }
        }
        if (!isCurrent && left === 0)
            await (0,promises_.rmdir)(at).catch(() => { });
    }
    return result;
}

// EXTERNAL MODULE: ./src/core/pack/pack.ts
var pack = __webpack_require__(144);
// EXTERNAL MODULE: ./src/core/progress.ts
var progress = __webpack_require__(4664);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/core/store/keys.ts


/**
 * The parts of a store key below the store root, each refused unless it is a plain name.
 * Names are validated where they enter (settings, the HTTP handler); this is the second
 * line of defence, so no backend ever joins a path or key that could leave its app.
 */
function appKeyParts(appId, parts) {
    for (const part of [appId, ...parts]) {
        if (!(0,core_names/* isPlainKeyPart */.vW)(part))
            throw new core_errors/* StoreError */.AD(`Refusing store key part ${JSON.stringify(part.slice(0, 80))} of app ${JSON.stringify(appId.slice(0, 80))}: store keys are plain names (letters, digits, . _ - + % :), never paths.`);
    }
    return ['apps', appId, ...parts];
}

;// CONCATENATED MODULE: ./src/core/store/file-store.ts









const LOCK_STALE_MS = 30_000;
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
function tempName(target) {
    return `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
}
async function readJsonFile(file) {
    try {
        return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new core_errors/* StoreError */.AD(`Cannot read ${file}: ${error.message}. The store may be damaged; restore the file from a backup.`);
    }
}
/**
 * The embedded store: a folder (default `.capflight/store`). Atomic renames,
 * hard-link create-if-absent and a lock file per channel give the same
 * guarantees the S3 store gets from conditional writes.
 */
class FileStore {
    root;
    constructor(root) {
        this.root = root;
    }
    get url() {
        return (0,external_node_url_.pathToFileURL)(this.root).href;
    }
    app(appId, ...parts) {
        // Ids become folder names: never let one climb out of the store.
        return external_node_path_default().join(this.root, ...appKeyParts(appId, parts));
    }
    blobPath(appId, kind, sha256) {
        if (!/^[0-9a-f]{64}$/.test(sha256))
            throw new core_errors/* StoreError */.AD(`Invalid blob name "${sha256}": expected a lowercase SHA-256.`);
        return this.app(appId, kind, kind === 'artifacts' ? `${sha256}.zip` : sha256);
    }
    blobUrl(appId, kind, sha256) {
        return (0,external_node_url_.pathToFileURL)(this.blobPath(appId, kind, sha256)).href;
    }
    async hasBlob(appId, kind, sha256) {
        try {
            await (0,promises_.stat)(this.blobPath(appId, kind, sha256));
            return true;
        }
        catch {
            return false;
        }
    }
    async putBlob(appId, kind, sha256, source) {
        const target = this.blobPath(appId, kind, sha256);
        const size = (await (0,promises_.stat)(source)).size;
        try {
            if ((await (0,promises_.stat)(target)).size === size)
                return false;
        }
        catch { /* absent: write it */ }
        await ensureDir(external_node_path_default().dirname(target));
        const temp = tempName(target);
        try {
            await (0,promises_.copyFile)(source, temp);
            const written = await sha256File(temp);
            if (written !== sha256 || (await (0,promises_.stat)(temp)).size !== size) {
                throw new core_errors/* StoreError */.AD(`Stored copy of ${external_node_path_default().basename(source)} does not match its checksum (${written} ≠ ${sha256}). Check the disk and run again.`);
            }
            await (0,promises_.rename)(temp, target);
            return true;
        }
        finally {
            await (0,promises_.rm)(temp, { force: true });
        }
    }
    async createBundle(record) {
        const target = this.app(record.appId, 'bundles', `${encodeURIComponent(record.version)}.json`);
        await ensureDir(external_node_path_default().dirname(target));
        const temp = tempName(target);
        await (0,promises_.writeFile)(temp, `${JSON.stringify(record, null, 2)}\n`);
        try {
            // link() fails if the target exists: an atomic create-if-absent of a complete file.
            await (0,promises_.link)(temp, target);
            return true;
        }
        catch (error) {
            if (error.code === 'EEXIST')
                return false;
            throw new core_errors/* StoreError */.AD(`Cannot write ${target}: ${error.message}`);
        }
        finally {
            await (0,promises_.unlink)(temp).catch(() => undefined);
        }
    }
    async getBundle(appId, version) {
        return readJsonFile(this.app(appId, 'bundles', `${encodeURIComponent(version)}.json`));
    }
    async listBundleVersions(appId) {
        return (await this.list(this.app(appId, 'bundles'))).map((n) => decodeURIComponent(n));
    }
    async getChannel(appId, name) {
        return readJsonFile(this.app(appId, 'channels', `${name}.json`));
    }
    async listChannels(appId) {
        return this.list(this.app(appId, 'channels'));
    }
    async listApps() {
        try {
            const entries = await (0,promises_.readdir)(external_node_path_default().join(this.root, 'apps'), { withFileTypes: true });
            return entries.filter((e) => e.isDirectory() && (0,core_names/* isValidName */.uV)('appId', e.name)).map((e) => e.name).sort();
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return [];
            throw error;
        }
    }
    async list(dir) {
        try {
            return (await (0,promises_.readdir)(dir)).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).sort();
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return [];
            throw error;
        }
    }
    async putChannel(appId, record, expectedRevision) {
        const target = this.app(appId, 'channels', `${record.name}.json`);
        await ensureDir(external_node_path_default().dirname(target));
        const release = await this.lock(`${target}.lock`);
        try {
            const current = await readJsonFile(target);
            if (current?.revision !== expectedRevision)
                return false;
            const temp = tempName(target);
            await (0,promises_.writeFile)(temp, `${JSON.stringify(record, null, 2)}\n`);
            await (0,promises_.rename)(temp, target);
            return true;
        }
        finally {
            await release();
        }
    }
    async statBlob(appId, kind, sha256) {
        try {
            return (await (0,promises_.stat)(this.blobPath(appId, kind, sha256))).size;
        }
        catch {
            return undefined;
        }
    }
    readBlob(appId, kind, sha256, range) {
        const stream = (0,external_node_fs_.createReadStream)(this.blobPath(appId, kind, sha256), range ? { start: range.start, end: range.end } : {});
        return external_node_stream_.Readable.toWeb(stream);
    }
    devicePath(appId, deviceId) {
        return this.app(appId, 'devices', `${encodeURIComponent(deviceId)}.json`);
    }
    async getDeviceChannel(appId, deviceId) {
        return (await readJsonFile(this.devicePath(appId, deviceId)))?.channel;
    }
    async listDevicesWithChannel(appId) {
        return (await this.list(this.app(appId, 'devices'))).map((n) => decodeURIComponent(n));
    }
    async putDeviceChannel(appId, deviceId, channel) {
        const target = this.devicePath(appId, deviceId);
        if (channel === undefined) {
            await (0,promises_.rm)(target, { force: true });
            return;
        }
        await ensureDir(external_node_path_default().dirname(target));
        const temp = tempName(target);
        await (0,promises_.writeFile)(temp, JSON.stringify({ channel, updatedAt: new Date().toISOString() }));
        await (0,promises_.rename)(temp, target);
    }
    async putTelemetry(appId, parts, body) {
        const target = this.app(appId, 'telemetry', ...parts);
        await ensureDir(external_node_path_default().dirname(target));
        const temp = tempName(target);
        await (0,promises_.writeFile)(temp, body);
        await (0,promises_.rename)(temp, target);
    }
    async listTelemetry(appId, parts) {
        try {
            return (await (0,promises_.readdir)(this.app(appId, 'telemetry', ...parts))).filter((n) => !n.endsWith('.tmp')).sort();
        }
        catch (error) {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
                return [];
            throw error;
        }
    }
    async readTelemetry(appId, parts) {
        try {
            return await (0,promises_.readFile)(this.app(appId, 'telemetry', ...parts), 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    async deleteTelemetry(appId, parts) {
        await (0,promises_.rm)(this.app(appId, 'telemetry', ...parts), { force: true });
    }
    async listBlobs(appId, kind) {
        const dir = this.app(appId, kind);
        let names;
        try {
            names = await (0,promises_.readdir)(dir);
        }
        catch {
            return [];
        }
        const blobs = [];
        for (const name of names) {
            const sha256 = kind === 'artifacts' ? name.replace(/\.zip$/, '') : name;
            if (!/^[0-9a-f]{64}$/.test(sha256) || (kind === 'artifacts' && !name.endsWith('.zip')))
                continue;
            const s = await (0,promises_.stat)(external_node_path_default().join(dir, name));
            blobs.push({ sha256, size: s.size, modifiedAt: s.mtime });
        }
        return blobs;
    }
    async deleteBlob(appId, kind, sha256) {
        await (0,promises_.rm)(this.blobPath(appId, kind, sha256), { force: true });
    }
    async deleteBundle(appId, version) {
        await (0,promises_.rm)(this.app(appId, 'bundles', `${encodeURIComponent(version)}.json`), { force: true });
    }
    /** An exclusive lock file; one left by a killed process is taken over once stale. */
    async lock(file) {
        for (let attempt = 0;; attempt++) {
            try {
                const handle = await (0,promises_.open)(file, 'wx');
                await handle.writeFile(String(process.pid));
                await handle.close();
                return () => (0,promises_.unlink)(file).catch(() => undefined);
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
                try {
                    if (Date.now() - (await (0,promises_.stat)(file)).mtimeMs > LOCK_STALE_MS)
                        await (0,promises_.unlink)(file);
                }
                catch { /* released meanwhile */ }
                if (attempt > 2000)
                    throw new core_errors/* StoreError */.AD(`Channel lock ${file} is held for too long. If no capflight is running, delete the file.`);
                await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
            }
        }
    }
}
/**
 * Creates a folder and its missing parents one level at a time, so a path that cannot be created
 * (under /proc, below a file, on a read-only disk) fails at once with the path named, where a
 * recursive mkdir can spin on some file systems.
 */
const made = new Set();
async function ensureDir(dir) {
    if (made.has(dir))
        return;
    const missing = [];
    let existing = dir;
    for (;;) {
        const info = await (0,promises_.stat)(existing).catch((error) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
        if (info) {
            if (!info.isDirectory())
                throw new core_errors/* ConfigurationError */.j1([`Cannot create the store folder ${dir}: ${existing} is a file, not a folder. Use another --store.`]);
            break;
        }
        missing.unshift(existing);
        const parent = external_node_path_default().dirname(existing);
        if (parent === existing)
            break;
        existing = parent;
    }
    for (const level of missing) {
        try {
            await (0,promises_.mkdir)(level);
        }
        catch (error) {
            const code = error.code;
            if (code === 'EEXIST')
                continue;
            const why = code === 'EROFS' ? 'the file system is read-only' : code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'this path cannot hold folders';
            const message = `Cannot create the store folder ${level} (${code}): ${why}. Use another --store.`;
            throw code === 'ENOSPC' ? new core_errors/* StoreError */.AD(message) : new core_errors/* ConfigurationError */.j1([message]);
        }
    }
    made.add(dir);
}

// EXTERNAL MODULE: ./src/core/product.ts + 1 modules
var product = __webpack_require__(3873);
;// CONCATENATED MODULE: ./src/core/net/retry.ts

const DEFAULT_RETRY = { attempts: 6, baseDelayMs: 200, maxDelayMs: 10_000, timeoutMs: 30_000 };
/** Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^attempt)]. */
function backoffDelay(attempt, policy, random = Math.random) {
    return Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}
/** Retry-After as seconds or an HTTP date, in milliseconds; undefined when absent or unreadable. */
function retryAfterMs(header, now = Date.now()) {
    if (!header)
        return undefined;
    if (/^\d+$/.test(header.trim()))
        return Number(header.trim()) * 1000;
    const at = Date.parse(header);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** Statuses worth another try: the server may answer differently next time. */
function isRetryableStatus(status) {
    return status >= 500 || status === 429 || status === 408;
}
const SYSTEM_CLOCK = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    timeout: (ms) => AbortSignal.timeout(ms)
};
/**
 * fetch with retries on network errors, timeouts, 5xx, 408 and 429 (waiting what
 * Retry-After asks, capped); any other answer, 4xx included, is returned at once.
 * Only for requests that are safe to repeat (reads, idempotent writes).
 */
async function fetchWithRetry(url, init = {}, policy = DEFAULT_RETRY, onRetry, clock = SYSTEM_CLOCK) {
    const headers = new Headers(init.headers);
    if (!headers.has('user-agent'))
        headers.set('user-agent', product/* USER_AGENT */._);
    for (let attempt = 1;; attempt++) {
        let wait;
        let reason;
        try {
            const response = await fetch(url, { ...init, headers, signal: clock.timeout(policy.timeoutMs) });
            if (!isRetryableStatus(response.status) || attempt >= policy.attempts)
                return response;
            await response.body?.cancel();
            reason = `HTTP ${response.status}`;
            wait = Math.min(retryAfterMs(response.headers.get('retry-after'), clock.now()) ?? backoffDelay(attempt, policy), policy.maxDelayMs * 6);
        }
        catch (error) {
            if (attempt >= policy.attempts)
                throw error;
            const name = error.name;
            reason = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${policy.timeoutMs / 1000} s` : String(error.cause ?? error.message);
            wait = backoffDelay(attempt, policy);
        }
        onRetry?.(`${init.method ?? 'GET'} ${new URL(url).pathname} failed (${reason}); retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts})`);
        await clock.sleep(wait);
    }
}

;// CONCATENATED MODULE: ./src/core/store/capgo-cli.ts


/** The Capgo CLI release capflight is tested with; `npx` fetches exactly this one. */
const CAPGO_CLI_VERSION = '8.68.1';
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
/** The Capgo CLI's lines without colours and the box-drawing gutter. */
function cleanCapgoLine(line) {
    return line.replace(ANSI, '').replace(/^[│┌└◇●■▲◆\s]+/u, '').trim();
}
/** Turns what a failed Capgo CLI printed into an error that says what to do. */
function explainCapgoFailure(output, code, appId) {
    const errors = output.filter((l) => /^(■|\u001b\[[0-9;]*m■)/u.test(l.replace(ANSI, '').replace(/^│\s*/, ''))).map(cleanCapgoLine);
    const lines = output.map(cleanCapgoLine).filter(Boolean);
    const said = (errors.length ? errors : lines.slice(-5)).filter((l, i, all) => all.indexOf(l) === i).join(' / ');
    const text = lines.join('\n');
    if (/invalid api ?key|cannot check 2fa compliance|invalid apikey|apikey.*(not found|invalid)/i.test(text)) {
        return new core_errors/* StoreError */.AD(`Capgo rejected the API key. Check CAPFLIGHT_API_KEY (or the api-key input); keys are listed at https://console.capgo.app/dashboard/apikeys. Capgo said: ${said}`);
    }
    if (/Bundle uploaded/.test(text)) {
        return new core_errors/* StoreError */.AD(`Capgo stored the bundle but the channel move failed. Run the release again: capflight finds the uploaded bundle and moves the channel (if it keeps failing, check that the key may set channels: "all" mode). Capgo said: ${said}`);
    }
    if (/permission app\.upload_bundle|required RBAC permission|not allowed to upload|mode.*(read)/i.test(text)) {
        return new core_errors/* StoreError */.AD(`This Capgo API key may not upload bundles for ${appId}. Use a key in "all" or "upload" mode that covers the app. Capgo said: ${said}`);
    }
    if (/does not exist, run first .*app add/i.test(text)) {
        return new core_errors/* StoreError */.AD(`App ${appId} does not exist in Capgo. Add it with "npx @capgo/cli app add ${appId}", or fix appId. Capgo said: ${said}`);
    }
    return new core_errors/* StoreError */.AD(`The Capgo CLI failed (exit ${code ?? 'signal'}): ${said || 'no output'}. Nothing was moved; fix the cause and run the release again.`);
}
/** Runs the Capgo CLI; its output goes to `onOutput`, a failure becomes a StoreError. */
function runCapgoCli(options) {
    const [command, args] = options.entry
        ? [process.execPath, [options.entry, ...options.args]]
        : ['npx', ['--yes', `@capgo/cli@${CAPGO_CLI_VERSION}`, ...options.args]];
    const appId = options.args[2] ?? '';
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd,
            // The key travels in the environment the Capgo CLI reads, not on a command line others can see.
            env: { ...options.env, CAPGO_TOKEN: options.apiKey, CI: options.env.CI ?? 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const output = [];
        const collect = (chunk, rest) => {
            rest.text += chunk.toString('utf8');
            const lines = rest.text.split(/\r?\n/);
            rest.text = lines.pop();
            for (const line of lines) {
                output.push(line);
                const clean = cleanCapgoLine(line);
                if (clean)
                    options.onOutput?.(`capgo: ${clean}`);
            }
        };
        const out = { text: '' };
        const err = { text: '' };
        child.stdout.on('data', (c) => collect(c, out));
        child.stderr.on('data', (c) => collect(c, err));
        child.on('error', (error) => reject(new core_errors/* StoreError */.AD(`Could not start the Capgo CLI (${command}): ${error.message}. Install Node.js with npx, or point CAPFLIGHT_CAPGO_CLI at a Capgo CLI ${CAPGO_CLI_VERSION} entry script.`)));
        child.on('close', (code) => {
            for (const rest of [out, err])
                if (rest.text)
                    output.push(rest.text);
            if (code === 0)
                resolve(output);
            else
                reject(explainCapgoFailure(output, code, appId));
        });
    });
}

;// CONCATENATED MODULE: ./src/core/store/types.ts
/** The blob holding a bundle's zip. */
function artifactOf(bundle) {
    return bundle.artifact ?? bundle.checksum;
}
const DEFAULT_CHANNEL_SETTINGS = { ios: true, android: true, allowEmulator: true, allowDev: true, allowSelfSet: false };
/** A channel's settings in full: what it stores over the defaults (older records store none). */
function channelSettings(channel) {
    return { ...DEFAULT_CHANNEL_SETTINGS, ...channel?.settings };
}

;// CONCATENATED MODULE: ./src/core/store/capgo-store.ts





const CLOUD_API = 'https://api.capgo.app';
const API_KEYS_PAGE = 'https://console.capgo.app/dashboard/apikeys';
const PAGE_SIZE = 50;
function parseCapgoUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new core_errors/* ConfigurationError */.j1([`Store URL "${url}" is not a URL. Use capgo: for Capgo Cloud.`]);
    }
    if (parsed.pathname || parsed.host)
        throw new core_errors/* ConfigurationError */.j1([`Store URL "${url}" has a path; Capgo stores take none. Use capgo: (Capgo Cloud) or capgo:?supaHost=<url>&supaAnon=<key> (self-hosted Capgo).`]);
    const q = parsed.searchParams;
    for (const key of q.keys()) {
        if (!['supaHost', 'supaAnon', 'externalStore', 'externalUrl'].includes(key)) {
            throw new core_errors/* ConfigurationError */.j1([`Store URL parameter "${key}" is unknown. Known: supaHost and supaAnon (a self-hosted Capgo), externalStore and externalUrl (bundles in your own storage).`]);
        }
    }
    const supaHost = q.get('supaHost')?.replace(/\/+$/, '') || undefined;
    const supaAnon = q.get('supaAnon') || undefined;
    if (Boolean(supaHost) !== Boolean(supaAnon))
        throw new core_errors/* ConfigurationError */.j1([`Store URL "${url}": a self-hosted Capgo needs both supaHost and supaAnon.`]);
    const externalStore = q.get('externalStore') || undefined;
    const externalUrl = q.get('externalUrl')?.replace(/\/+$/, '') || undefined;
    if (Boolean(externalStore) !== Boolean(externalUrl)) {
        throw new core_errors/* ConfigurationError */.j1([`Store URL "${url}": external bundles need both externalStore (where capflight writes them, e.g. s3://bucket/prefix) and externalUrl (the https:// address devices download that store's files from).`]);
    }
    if (externalUrl && !externalUrl.startsWith('https://'))
        throw new core_errors/* ConfigurationError */.j1([`externalUrl "${externalUrl}" must start with https://: Capgo only registers bundles served over HTTPS.`]);
    if (externalStore && /^capgo:/i.test(externalStore))
        throw new core_errors/* ConfigurationError */.j1(['externalStore must be a file: or s3:// store, not capgo:.']);
    // A self-hosted Capgo serves its public API from the Supabase functions, as the Capgo CLI assumes.
    return {
        apiBase: supaHost ? `${supaHost}/functions/v1` : CLOUD_API, supaHost, supaAnon,
        ...(externalStore && externalUrl ? { external: { store: externalStore, url: externalUrl } } : {})
    };
}
// capflight's own facts ride in the bundle comment, after the changelog, as trailers.
const COMMIT_TRAILER = /^capflight-commit: ([0-9a-f]{7,40})$/m;
const PACK_TRAILER = /^capflight-pack: ([0-9a-f]{64})$/m;
const NATIVE_TRAILER = /^capflight-native: (\{.*\})$/m;
function bundleComment(request) {
    return `${request.changelog.trim()}\n\ncapflight-commit: ${request.commit}\ncapflight-pack: ${request.packChecksum}\ncapflight-native: ${JSON.stringify(request.fingerprint)}`;
}
function pluginsFingerprint(packages) {
    const plugins = Object.fromEntries(packages.map((p) => [p.name, p.version]).sort(([a], [b]) => (a < b ? -1 : 1)));
    return { digest: `plugins-${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(plugins)).digest('hex').slice(0, 24)}`, plugins, pluginsOnly: true };
}
/**
 * Capgo Cloud (or a self-hosted Capgo) as a store: reads and channel moves through the
 * public REST API; uploads through the official Capgo CLI, which packs and keeps the bytes
 * itself — or, with an external store, capflight's own zip stored there and registered in Capgo
 * as an external bundle. Devices update from Capgo, so `capflight serve` does not read this store.
 * The API has no compare-and-swap; a channel move re-reads the channel first.
 */
class CapgoStore {
    location;
    apiKey;
    env;
    onProgress;
    cli;
    external;
    url;
    bundleCache = new Map();
    apps = new Map();
    constructor(location, apiKey, env, onProgress, cli = {}, 
    /** With external bundles: the store that holds their bytes and capflight's full records. */
    external) {
        this.location = location;
        this.apiKey = apiKey;
        this.env = env;
        this.onProgress = onProgress;
        this.cli = cli;
        this.external = external;
        this.url = location.supaHost ? `capgo:?supaHost=${location.supaHost}` : 'capgo:';
    }
    externalStore() {
        if (!this.external)
            throw new core_errors/* StoreError */.AD('Capgo keeps the bytes of its bundles itself; capflight cannot address them here.');
        return this.external;
    }
    key() {
        if (!this.apiKey) {
            throw new core_errors/* ConfigurationError */.j1([`The capgo: store needs a Capgo API key: pass --api-key, set CAPFLIGHT_API_KEY (or CAPGO_TOKEN), or the api-key input. Create one at ${API_KEYS_PAGE}.`]);
        }
        return this.apiKey;
    }
    /**
     * One public-API call, retried on network errors, 5xx and 429; other failures become errors
     * that say what to do, except answers `absent` recognises as "nothing there" (undefined).
     */
    async api(method, path, options = {}) {
        const url = new URL(`${this.location.apiBase}${path}`);
        for (const [k, v] of Object.entries(options.query ?? {}))
            url.searchParams.set(k, v);
        const key = this.key();
        let response;
        try {
            response = await fetchWithRetry(url.href, {
                method,
                // Capgo documents the key in `authorization`; `x-api-key` carries it for gateways that expect that name.
                headers: { authorization: key, 'x-api-key': key, accept: 'application/json', ...(options.body ? { 'content-type': 'application/json' } : {}) },
                body: options.body ? JSON.stringify(options.body) : undefined
            }, undefined, this.onProgress);
        }
        catch (error) {
            throw new core_errors/* StoreError */.AD(`Capgo did not answer ${method} ${url.pathname} (${String(error.cause ?? error.message)}). Check the network (or supaHost in --store) and run again; nothing was changed.`);
        }
        const text = await response.text();
        // Capgo answers "not found" as a 404 or as a 400 naming what it could not find.
        if ((response.status === 404 || response.status === 400) && options.absent?.test(text))
            return undefined;
        if (response.status === 401 || response.status === 403) {
            throw new core_errors/* StoreError */.AD(`Capgo refused the API key (HTTP ${response.status} on ${method} ${url.pathname}). Check that CAPFLIGHT_API_KEY / api-key holds a valid key with rights on this app ("all" or "upload" mode); keys are listed at ${API_KEYS_PAGE}.`);
        }
        if (!response.ok)
            throw new core_errors/* StoreError */.AD(`Capgo answered HTTP ${response.status} to ${method} ${url.pathname}: ${text.slice(0, 300)}`);
        try {
            return (text ? JSON.parse(text) : undefined);
        }
        catch {
            throw new core_errors/* StoreError */.AD(`Capgo answered ${method} ${url.pathname} with something that is not JSON: ${text.slice(0, 200)}`);
        }
    }
    /** Fails clearly when the app is not in Capgo (or the key cannot see it). */
    async requireApp(appId) {
        if (!this.apps.has(appId)) {
            const check = (async () => {
                const app = await this.api('GET', `/app/${encodeURIComponent(appId)}`, { absent: /cannot find app|can't access this app|cannot_access_app|app_not_found/i });
                if (!app)
                    throw new core_errors/* StoreError */.AD(`App ${appId} does not exist in Capgo (or this API key cannot see it). Add it with "npx @capgo/cli app add ${appId}", or fix appId.`);
            })();
            check.catch(() => this.apps.delete(appId));
            this.apps.set(appId, check);
        }
        return this.apps.get(appId);
    }
    async pages(path, query, empty) {
        const rows = [];
        for (let page = 0;; page++) {
            const answer = await this.api('GET', path, { query: { ...query, page: String(page) }, absent: empty });
            const batch = Array.isArray(answer) ? answer : answer?.data ?? [];
            rows.push(...batch);
            if (batch.length < PAGE_SIZE)
                return rows;
        }
    }
    bundles(appId) {
        let cached = this.bundleCache.get(appId);
        if (!cached) {
            // Capgo answers a page past the last bundle (or an app without any) with 400 "Cannot get bundle".
            cached = this.requireApp(appId).then(() => this.pages('/bundle/', { app_id: appId }, /cannot.?get.?bundle/i)).then((rows) => rows.filter((r) => !r.deleted));
            cached.catch(() => this.bundleCache.delete(appId));
            this.bundleCache.set(appId, cached);
        }
        return cached;
    }
    toRecord(row) {
        const comment = row.comment ?? '';
        const native = NATIVE_TRAILER.exec(comment)?.[1];
        let fingerprint;
        if (native) {
            try {
                fingerprint = JSON.parse(native);
            }
            catch { /* fall back to Capgo's own record */ }
        }
        return {
            version: row.name,
            appId: row.app_id,
            checksum: row.checksum ?? '',
            size: 0,
            commit: COMMIT_TRAILER.exec(comment)?.[1] ?? '',
            createdAt: row.created_at ?? '',
            // Bundles uploaded without capflight carry only Capgo's plugin list.
            nativeFingerprint: fingerprint ?? pluginsFingerprint(row.native_packages ?? []),
            minNativeVersion: row.min_update_version ?? row.minUpdateVersion ?? undefined,
            changelog: comment.replace(COMMIT_TRAILER, '').replace(PACK_TRAILER, '').replace(NATIVE_TRAILER, '').trim(),
            manifest: [],
            ...(PACK_TRAILER.test(comment) ? { packChecksum: PACK_TRAILER.exec(comment)[1] } : {}),
            ...(row.session_key ? { sessionKey: row.session_key } : {})
        };
    }
    async getBundle(appId, version) {
        const row = (await this.bundles(appId)).find((b) => b.name === version);
        if (!row)
            return undefined;
        // External bundles keep capflight's full record (manifest, fingerprint, commit) beside their bytes.
        return (await this.external?.getBundle(appId, version)) ?? this.toRecord(row);
    }
    async listBundleVersions(appId) {
        return (await this.bundles(appId)).map((b) => b.name).sort();
    }
    async hasBlob(appId, kind, sha256) {
        if (this.external)
            return this.external.hasBlob(appId, kind, sha256);
        return kind === 'artifacts' && (await this.bundles(appId)).some((b) => b.checksum === sha256);
    }
    async statBlob(appId, kind, sha256) {
        return this.external?.statBlob(appId, kind, sha256);
    }
    blobUrl(appId, kind, sha256) {
        if (!this.location.external)
            return `capgo:${appId}/${sha256}`;
        return `${this.location.external.url}/apps/${appId}/${kind}/${sha256}${kind === 'artifacts' ? '.zip' : ''}`;
    }
    putBlob(appId, kind, sha256, source) {
        return this.externalStore().putBlob(appId, kind, sha256, source);
    }
    /**
     * External bundles: capflight's record goes to the external store, then the bundle is registered
     * in Capgo (POST /bundle/) with its HTTPS address, checksum and session key. False when
     * Capgo already has that version from other bytes.
     */
    async createBundle(record) {
        const external = this.externalStore();
        const appId = record.appId;
        await this.requireApp(appId);
        const url = this.blobUrl(appId, 'artifacts', artifactOf(record));
        // Encrypted bundles are checked against the signed checksum, as Capgo serves it to devices.
        const checksum = record.signature ?? record.checksum;
        const registered = (row) => row?.external_url === url && row.checksum === checksum;
        this.bundleCache.delete(appId);
        const existing = (await this.bundles(appId)).find((b) => b.name === record.version);
        if (existing)
            return registered(existing) && (await this.sameRecord(record));
        if (!(await external.createBundle(record)) && !(await this.sameRecord(record)))
            return false;
        const answer = await this.api('POST', '/bundle/', {
            body: { app_id: appId, version: record.version, external_url: url, checksum, ...(record.sessionKey ? { session_key: record.sessionKey } : {}) },
            absent: /version_already_exists|version already exists/i
        });
        this.bundleCache.delete(appId);
        // A create retried after a lost answer finds its own bundle there.
        return answer !== undefined || registered((await this.bundles(appId)).find((b) => b.name === record.version));
    }
    /** The external store holds this very record (a rerun after a stop part-way). */
    async sameRecord(record) {
        const stored = await this.externalStore().getBundle(record.appId, record.version);
        return stored?.checksum === record.checksum && stored.commit === record.commit;
    }
    readBlob(appId, kind, sha256, range) {
        return this.externalStore().readBlob(appId, kind, sha256, range);
    }
    async channelRow(appId, name) {
        await this.requireApp(appId);
        const answer = await this.api('GET', '/channel/', { query: { app_id: appId, channel: name }, absent: /cannot.?find.?(version|channel)/i });
        const row = Array.isArray(answer) ? answer.find((c) => c.name === name) : answer;
        return row && row.name === name ? row : undefined;
    }
    async getChannel(appId, name) {
        const row = await this.channelRow(appId, name);
        if (!row?.version)
            return undefined;
        const bundle = await this.getBundle(appId, row.version.name);
        return {
            name,
            version: row.version.name,
            checksum: bundle?.checksum ?? '',
            // The bundle id stands in for a revision: a move to another bundle changes it.
            revision: row.version.id,
            updatedAt: row.updated_at ?? '',
            nativeFingerprint: bundle?.nativeFingerprint ?? pluginsFingerprint([]),
            minNativeVersion: bundle?.minNativeVersion,
            rollout: null,
            // Capgo's public API does not expose a channel's past bundles.
            history: []
        };
    }
    async listChannels(appId) {
        await this.requireApp(appId);
        return (await this.pages('/channel/', { app_id: appId }, /cannot.?find.?channels/i)).map((c) => c.name).sort();
    }
    async putChannel(appId, record, expectedRevision) {
        if (record.rollout)
            throw new core_errors/* StoreError */.AD('Rollouts on a capgo: store are started with "capflight release --rollout" and managed in Capgo\'s console.');
        const current = await this.channelRow(appId, record.name);
        if ((current?.version?.id ?? undefined) !== expectedRevision)
            return false;
        await this.setChannel(appId, record.name, record.version);
        return true;
    }
    async setChannel(appId, channel, version) {
        await this.api('POST', '/channel/', { body: { app_id: appId, channel, version } });
        const after = await this.channelRow(appId, channel);
        if (after?.version?.name !== version)
            throw new core_errors/* StoreError */.AD(`Capgo accepted the move of ${channel} to ${version} but still reports ${after?.version?.name ?? 'no bundle'}. Check the channel in Capgo's console.`);
    }
    /**
     * Uploads the web folder as `version` with the Capgo CLI, reads it back, and makes sure the
     * channel points at it (the CLI moves it; a rerun after an interrupted run moves it here).
     */
    async upload(request) {
        await this.requireApp(request.appId);
        this.bundleCache.delete(request.appId);
        const before = await this.getBundle(request.appId, request.version);
        if (before && before.commit !== request.commit)
            throw this.versionTaken(request, before);
        if (!before) {
            await runCapgoCli({
                entry: this.cli.entry,
                cwd: request.cwd,
                env: this.env,
                apiKey: this.key(),
                onOutput: this.onProgress,
                args: capgoUploadArgs(request, this.location)
            });
        }
        this.bundleCache.delete(request.appId);
        const stored = await this.getBundle(request.appId, request.version);
        if (!stored || !/^[0-9a-f]{64}$/.test(stored.checksum)) {
            throw new core_errors/* StoreError */.AD(`The Capgo CLI finished but Capgo lists no complete bundle ${request.version} (checksum ${stored?.checksum || 'missing'}). The channel was not moved; run the release again.`);
        }
        if (stored.commit && stored.commit !== request.commit)
            throw this.versionTaken(request, stored);
        if (request.rolloutPercent === undefined) {
            const channel = await this.channelRow(request.appId, request.channel);
            if (channel?.version?.name !== request.version)
                await this.setChannel(request.appId, request.channel, request.version);
        }
        return { ...stored, commit: stored.commit || request.commit, changelog: stored.changelog || request.changelog, nativeFingerprint: request.fingerprint };
    }
    versionTaken(request, existing) {
        return new core_errors/* ConflictError */.fK(`Capgo already has ${request.appId} ${request.version}${existing.commit ? ` from commit ${existing.commit.slice(0, 7)}` : ''}, with other content than commit ${request.commit.slice(0, 7)}. Versions are immutable: release a new version, or delete that bundle in Capgo ("npx @capgo/cli bundle delete ${request.version} ${request.appId}") if it was never served.`);
    }
    listBlobs(appId, kind) {
        return this.externalStore().listBlobs(appId, kind);
    }
    async deleteBlob() {
        throw new core_errors/* StoreError */.AD('capflight does not delete from Capgo: remove bundles with Capgo\'s console or "npx @capgo/cli bundle cleanup".');
    }
    async deleteBundle() {
        return this.deleteBlob();
    }
}
/** The `bundle upload` arguments a release implies (the API key travels in CAPGO_TOKEN, never on the command line). */
function capgoUploadArgs(request, location) {
    const args = [
        'bundle', 'upload', request.appId,
        '--path', request.webDir,
        '--bundle', request.version,
        '--channel', request.channel,
        '--comment', bundleComment(request),
        '--delta',
        // A rerun after an interrupted upload finds the version there; capflight then checks it is this commit's.
        '--version-exists-ok',
        // capflight checked notifyAppReady and the native fingerprint itself before this.
        '--no-code-check'
    ];
    if (request.commitUrl)
        args.push('--link', request.commitUrl);
    if (request.privateKey)
        args.push('--key-data-v2', request.privateKey);
    if (request.rolloutPercent !== undefined)
        args.push('--rollout', String(request.rolloutPercent));
    if (request.minNativeVersion)
        args.push('--min-update-version', request.minNativeVersion);
    if (request.allowNativeChange)
        args.push('--ignore-metadata-check');
    if (location.supaHost && location.supaAnon)
        args.push('--supa-host', location.supaHost, '--supa-anon', location.supaAnon);
    return args;
}

;// CONCATENATED MODULE: ./src/core/store/s3-store.ts







const MULTIPART_FROM = 16 * 1024 * 1024;
const PART_SIZE = 8 * 1024 * 1024;
/** The default of `?deadline=<seconds>`: long enough for the SDK's retries, short of a silent hang. */
const DEFAULT_DEADLINE_S = 120;
/** `s3://bucket/prefix?endpoint=…&region=…&forcePathStyle=true&deadline=<seconds>`, with AWS_* environment defaults. */
function parseS3Url(url, env) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new core_errors/* ConfigurationError */.j1([`Store URL "${url}" is not a URL. Use s3://bucket/prefix.`]);
    }
    const bucket = parsed.hostname;
    if (!bucket)
        throw new core_errors/* ConfigurationError */.j1([`Store URL "${url}" has no bucket. Use s3://bucket/prefix (for example s3://my-app-updates/capflight).`]);
    // S3's bucket naming rules, checked before any credentials are looked up.
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..') || /^\d+\.\d+\.\d+\.\d+$/.test(bucket)) {
        throw new core_errors/* ConfigurationError */.j1([`"${bucket}" in store URL "${url.split('?')[0]}" is not a valid bucket name: 3 to 63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit. Fix the bucket name in --store.`]);
    }
    const q = parsed.searchParams;
    for (const key of q.keys()) {
        if (!['endpoint', 'region', 'forcePathStyle', 'deadline'].includes(key))
            throw new core_errors/* ConfigurationError */.j1([`Store URL parameter "${key}" is unknown. Known: endpoint, region, forcePathStyle, deadline.`]);
    }
    const deadline = Number(q.get('deadline') ?? DEFAULT_DEADLINE_S);
    if (!(deadline > 0 && deadline <= 3600))
        throw new core_errors/* ConfigurationError */.j1([`Store URL parameter deadline must be a number of seconds from 1 to 3600, got "${q.get('deadline')}".`]);
    const endpoint = q.get('endpoint') ?? env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL ?? undefined;
    return {
        bucket,
        prefix: decodeURIComponent(parsed.pathname).replace(/^\/+|\/+$/g, ''),
        endpoint,
        region: q.get('region') ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
        forcePathStyle: q.has('forcePathStyle') ? q.get('forcePathStyle') !== 'false' : Boolean(endpoint),
        deadlineMs: deadline * 1000
    };
}
/** A body that ended before its Content-Length: the connection was cut mid-read. */
class TruncatedBody extends Error {
}
/** An upload whose read-back does not match what was sent. */
class UnverifiedUpload extends Error {
}
/** An error S3 answered with (the SDK's S3ServiceException, known without loading the SDK). */
function isServiceError(error) {
    return error instanceof Error && typeof error.$fault === 'string' && typeof error.$metadata === 'object';
}
function s3_store_status(error) {
    return isServiceError(error) ? error.$metadata.httpStatusCode : undefined;
}
/**
 * Worth another try: a network error, a cut-off body, 5xx, 429, or a 400 that only says the
 * bytes were damaged or slow on the way (BadDigest, RequestTimeout).
 */
function isTransient(error) {
    if (error instanceof TruncatedBody || error instanceof UnverifiedUpload)
        return true;
    if (error.name === 'CredentialsProviderError')
        return false;
    if (!isServiceError(error))
        return !(error instanceof core_errors/* StoreError */.AD);
    const st = s3_store_status(error);
    return (st !== undefined && (st >= 500 || st === 429)) || error.name === 'BadDigest' || error.name === 'RequestTimeout';
}
/** The ETag S3 gives a multipart upload of `source` in parts of `partSize`: MD5 of the parts' MD5s, a dash, the part count. */
async function multipartEtag(source, partSize) {
    const digests = [];
    let part = (0,external_node_crypto_.createHash)('md5');
    let inPart = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(source, { highWaterMark: 1 << 20 })) {
        for (let at = 0; at < chunk.length;) {
            const take = Math.min(partSize - inPart, chunk.length - at);
            part.update(chunk.subarray(at, at + take));
            inPart += take;
            at += take;
            if (inPart === partSize) {
                digests.push(part.digest());
                part = (0,external_node_crypto_.createHash)('md5');
                inPart = 0;
            }
        }
    }
    if (inPart > 0 || digests.length === 0)
        digests.push(part.digest());
    return `${(0,external_node_crypto_.createHash)('md5').update(Buffer.concat(digests)).digest('hex')}-${digests.length}`;
}
const S3_ATTEMPTS = 6;
const S3_MAX_BACKOFF_MS = 4000;
/** Errors the SDK does not retry itself: a body cut off mid-read, an upload that did not verify, a damaged body. */
function retryHere(error) {
    return error instanceof TruncatedBody || error instanceof UnverifiedUpload || (isServiceError(error) && error.name === 'BadDigest');
}
const pause = (attempt, capMs) => new Promise((r) => setTimeout(r, Math.min(capMs, 100 * 2 ** attempt) * (0.5 + Math.random())));
/**
 * Any S3-compatible object store (AWS S3, Cloudflare R2, MinIO, GCS interop), same layout
 * as the file store. Bundle records use If-None-Match: * and channels If-Match: <etag>, so
 * concurrent pipelines cannot overwrite each other; network errors, 5xx and 429 are retried
 * with backoff by the SDK.
 */
class S3Store {
    location;
    startProgress;
    onRetry;
    sdk;
    credentials;
    url;
    constructor(location, env, startProgress, onRetry) {
        this.location = location;
        this.startProgress = startProgress;
        this.onRetry = onRetry;
        this.credentials = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
            ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN }
            : undefined;
        this.url = `s3://${location.bucket}${location.prefix ? `/${location.prefix}` : ''}`;
    }
    /** Sends the command `make` builds from the SDK. */
    async send(make) {
        const { sdk, client } = await this.s3();
        return make(sdk, client);
    }
    /** The SDK and a client, made on first use. */
    s3() {
        this.sdk ??= Promise.all(/* import() */[__webpack_require__.e(358), __webpack_require__.e(446)]).then(__webpack_require__.bind(__webpack_require__, 9446)).then((sdk) => ({ sdk, client: this.makeClient(sdk) }));
        return this.sdk;
    }
    makeClient(sdk) {
        const location = this.location;
        return new sdk.S3Client({
            customUserAgent: product/* USER_AGENT */._,
            region: location.region,
            endpoint: location.endpoint,
            forcePathStyle: location.forcePathStyle,
            credentials: this.credentials,
            // The one retry layer for requests: the SDK's, with a line per retry. The loops below retry
            // only what the SDK cannot see (a body cut off mid-read, an upload that did not verify).
            retryStrategy: new sdk.ConfiguredRetryStrategy(S3_ATTEMPTS, (attempt) => {
                const wait = Math.round(Math.min(S3_MAX_BACKOFF_MS, 100 * 2 ** attempt) * (0.5 + Math.random()));
                this.onRetry?.(`${this.url} answered with an error or not at all; retrying (attempt ${attempt + 1} of ${S3_ATTEMPTS}) in ${(wait / 1000).toFixed(1)} s`);
                return wait;
            }),
            // A stalled connection is a timeout the SDK retries, not a hang.
            requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
            // Plain bodies (no aws-chunked trailers): every S3-compatible store accepts them;
            // integrity is checked by reading sizes and ETags back.
            requestChecksumCalculation: 'WHEN_REQUIRED',
            responseChecksumValidation: 'WHEN_REQUIRED'
        });
    }
    key(appId, ...parts) {
        return [this.location.prefix, ...appKeyParts(appId, parts)].filter(Boolean).join('/');
    }
    blobKey(appId, kind, sha256) {
        if (!/^[0-9a-f]{64}$/.test(sha256))
            throw new core_errors/* StoreError */.AD(`Invalid blob name "${sha256}": expected a lowercase SHA-256.`);
        return this.key(appId, kind, kind === 'artifacts' ? `${sha256}.zip` : sha256);
    }
    /** Turns SDK failures into errors that say what to do. */
    /** Every request's total deadline, its retries included (the SDK's own retries honour it). */
    deadline() {
        return { abortSignal: AbortSignal.timeout(this.location.deadlineMs) };
    }
    explain(error, what) {
        const code = error.name;
        const st = s3_store_status(error);
        if (code === 'TimeoutError' || code === 'AbortError') {
            throw new core_errors/* StoreError */.AD(`Gave up trying to ${what} in ${this.url} after ${this.location.deadlineMs / 1000} s: the store did not answer in time, retries included. Nothing was moved; check the store and the network and run again (add ?deadline=<seconds> to --store for a slower store).`);
        }
        if (code === 'CredentialsProviderError') {
            throw new core_errors/* StoreError */.AD(`No AWS credentials were found for ${this.url}. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE, or run where an IAM role is attached) in the job's environment.`);
        }
        if (code === 'NoSuchBucket' || (st === 404 && /bucket/i.test(String(error.message)))) {
            throw new core_errors/* StoreError */.AD(`Bucket "${this.location.bucket}" does not exist${this.location.endpoint ? ` at ${this.location.endpoint}` : ''}. Create it, or fix the bucket name in --store.`);
        }
        if (st === 403 || code === 'AccessDenied' || code === 'InvalidAccessKeyId' || code === 'SignatureDoesNotMatch') {
            throw new core_errors/* StoreError */.AD(`Access to s3://${this.location.bucket} was denied while trying to ${what} (${code ?? st}). Check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY and that they may read and write the bucket.`);
        }
        if (st === 301 || code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed') {
            // S3 names the bucket's region in a header on its redirects.
            const region = error.$response?.headers?.['x-amz-bucket-region'];
            throw new core_errors/* StoreError */.AD(region
                ? `Bucket "${this.location.bucket}" is in ${region}, not ${this.location.region}. Add ?region=${region} to --store or set AWS_REGION=${region}.`
                : `Bucket "${this.location.bucket}" is in another region than ${this.location.region}. Add ?region=<its region> to --store or set AWS_REGION.`);
        }
        throw new core_errors/* StoreError */.AD(`Could not ${what} in ${this.url}: ${error.message}`);
    }
    async head(key) {
        try {
            const r = await this.send((sdk, client) => client.send(new sdk.HeadObjectCommand({ Bucket: this.location.bucket, Key: key }), this.deadline()));
            return { size: r.ContentLength ?? 0, etag: r.ETag, meta: r.Metadata };
        }
        catch (error) {
            if (s3_store_status(error) === 404 || error.name === 'NotFound')
                return undefined;
            this.explain(error, `read ${key}`);
        }
    }
    /**
     * Streams an object through a fresh `sink` per attempt; undefined when it does not exist.
     * The SDK retries requests; a body cut off mid-read (shorter than its Content-Length) is
     * retried here.
     */
    async read(key, sink) {
        for (let attempt = 1;; attempt++) {
            try {
                const r = await this.send((sdk, client) => client.send(new sdk.GetObjectCommand({ Bucket: this.location.bucket, Key: key }), this.deadline()));
                const into = sink();
                let received = 0;
                for await (const chunk of r.Body) {
                    into.update(chunk);
                    received += chunk.length;
                }
                if (r.ContentLength !== undefined && received !== r.ContentLength)
                    throw new TruncatedBody();
                return { value: into.result(), etag: r.ETag };
            }
            catch (error) {
                if (s3_store_status(error) === 404 || error.name === 'NoSuchKey')
                    return undefined;
                if (retryHere(error) && attempt < S3_ATTEMPTS) {
                    await pause(attempt, 2000);
                    continue;
                }
                this.explain(error, `read ${key}`);
            }
        }
    }
    readText(key) {
        return this.read(key, () => {
            const chunks = [];
            return { update: (c) => chunks.push(c), result: () => Buffer.concat(chunks).toString('utf8') };
        });
    }
    async getJson(key) {
        const text = await this.readText(key);
        if (!text)
            return undefined;
        try {
            return { value: JSON.parse(text.value), etag: text.etag };
        }
        catch {
            throw new core_errors/* StoreError */.AD(`${key} in ${this.url} is not valid JSON; restore it from a backup.`);
        }
    }
    /** SHA-256 of a stored object, streamed: the read-back of a large upload. */
    async sha256Of(key) {
        return (await this.read(key, () => {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            return { update: (c) => hash.update(c), result: () => hash.digest('hex') };
        }))?.value;
    }
    /**
     * A conditional write: false when the condition failed (412), so the caller recomputes.
     * A 412 on the SDK's retry of a write whose first answer was lost is our own write
     * landing first: the object then holds exactly our bytes, and that is a success.
     */
    putJson(key, value, condition) {
        return this.putText(key, `${JSON.stringify(value, null, 2)}\n`, 'application/json', condition);
    }
    async putText(key, text, contentType, condition) {
        const md5 = (0,external_node_crypto_.createHash)('md5').update(text).digest('base64');
        for (let attempt = 1;; attempt++) {
            try {
                await this.send((sdk, client) => client.send(new sdk.PutObjectCommand({
                    Bucket: this.location.bucket, Key: key, Body: text, ContentType: contentType, ContentMD5: md5,
                    IfNoneMatch: condition.ifNoneMatch, IfMatch: condition.ifMatch
                }), this.deadline()));
                return true;
            }
            catch (error) {
                if (s3_store_status(error) === 412 || s3_store_status(error) === 409)
                    return (await this.readText(key))?.value === text;
                if (retryHere(error) && attempt < S3_ATTEMPTS) {
                    await pause(attempt, 2000);
                    continue;
                }
                this.explain(error, `write ${key}`);
            }
        }
    }
    async hasBlob(appId, kind, sha256) {
        return (await this.head(this.blobKey(appId, kind, sha256))) !== undefined;
    }
    async statBlob(appId, kind, sha256) {
        return (await this.head(this.blobKey(appId, kind, sha256)))?.size;
    }
    blobUrl(appId, kind, sha256) {
        return `s3://${this.location.bucket}/${this.blobKey(appId, kind, sha256)}`;
    }
    async putBlob(appId, kind, sha256, source) {
        const key = this.blobKey(appId, kind, sha256);
        const size = (await (0,promises_.stat)(source)).size;
        const present = await this.head(key);
        // Content-addressed: a blob with this key, size and checksum is already these bytes; no transfer.
        if (present && present.size === size && present.meta?.sha256 === sha256)
            return false;
        for (let attempt = 1;; attempt++) {
            try {
                await this.upload(key, source, size, sha256);
                return true;
            }
            catch (error) {
                // The SDK cannot replay a consumed stream body, nor redo an upload that did not verify.
                if ((retryHere(error) || (!isServiceError(error) && isTransient(error))) && attempt < S3_ATTEMPTS) {
                    await pause(attempt, 4000);
                    continue;
                }
                if (error instanceof UnverifiedUpload) {
                    throw new core_errors/* StoreError */.AD(`Upload of ${key} did not verify: ${error.message}. Run the release again; it resumes with what is stored.`);
                }
                this.explain(error, `upload ${key}`);
            }
        }
    }
    /**
     * Sends one blob and checks what was stored, so a channel never points at a blob that is
     * not fully stored: a small one goes in one PUT whose Content-MD5 the store checks on
     * receipt and whose ETag is its MD5 of what it stored; a large one goes up in parallel parts, checked by its multipart ETag or else
     * read back and hashed whole.
     */
    async upload(key, source, size, sha256) {
        if (size < MULTIPART_FROM) {
            // A buffer body can be replayed by the SDK's own retries.
            const body = await (0,promises_.readFile)(source);
            const md5 = (0,external_node_crypto_.createHash)('md5').update(body).digest('base64');
            const put = await this.send((sdk, client) => client.send(new sdk.PutObjectCommand({ Bucket: this.location.bucket, Key: key, Body: body, ContentLength: size, ContentMD5: md5, Metadata: { sha256 } }), this.deadline()));
            // The store's own MD5 of what it stored comes back as the ETag (not under SSE-KMS or
            // SSE-C, where Content-MD5 checked on receipt stands alone): a store that ignores
            // Content-MD5 is still caught, without another request per file.
            const etag = put.ETag?.replace(/"/g, '');
            const opaque = put.ServerSideEncryption === 'aws:kms' || put.ServerSideEncryption === 'aws:kms:dsse' || put.SSECustomerAlgorithm !== undefined;
            if (!opaque && etag !== Buffer.from(md5, 'base64').toString('hex')) {
                throw new UnverifiedUpload(`the store holds other bytes (ETag ${etag ?? 'missing'})`);
            }
            return;
        }
        const { sdk, client } = await this.s3();
        const upload = new sdk.Upload({ client, params: { Bucket: this.location.bucket, Key: key, Body: (0,external_node_fs_.createReadStream)(source), Metadata: { sha256 } }, partSize: PART_SIZE, queueSize: 4 });
        const progress = this.startProgress?.(`Uploading ${key.split('/').pop()}`, size, 'bytes');
        upload.on('httpUploadProgress', (p) => { if (p.loaded !== undefined)
            progress?.(p.loaded); });
        const [expected] = await Promise.all([multipartEtag(source, PART_SIZE), upload.done()]);
        // S3 and most compatible stores tag a multipart object with the MD5 of its parts' MD5s:
        // when that matches, every part arrived intact. Otherwise (SSE-KMS, another scheme, a
        // damaged part) the object is read back and hashed whole.
        const stored = await this.head(key);
        if (stored?.size === size && stored.etag?.replace(/"/g, '') === expected)
            return;
        const read = await this.sha256Of(key);
        if (read !== sha256)
            throw new UnverifiedUpload(read ? `it reads back with SHA-256 ${read}` : 'it is not there');
    }
    readBlob(appId, kind, sha256, range) {
        const key = this.blobKey(appId, kind, sha256);
        const s3 = () => this.s3();
        const bucket = this.location.bucket;
        let body;
        let reader;
        return new ReadableStream({
            async pull(controller) {
                if (!reader) {
                    const { sdk, client } = await s3();
                    const r = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }));
                    body = r.Body.transformToWebStream();
                    reader = body.getReader();
                }
                const { done, value } = await reader.read();
                if (done)
                    controller.close();
                else
                    controller.enqueue(value);
            },
            async cancel() { await reader?.cancel(); }
        });
    }
    async createBundle(record) {
        const key = this.key(record.appId, 'bundles', `${encodeURIComponent(record.version)}.json`);
        // Stores that ignore If-None-Match still must not overwrite: look first.
        if (await this.head(key))
            return false;
        return this.putJson(key, record, { ifNoneMatch: '*' });
    }
    async getBundle(appId, version) {
        return (await this.getJson(this.key(appId, 'bundles', `${encodeURIComponent(version)}.json`)))?.value;
    }
    /** Every object under `prefix/`, all pages of the listing. */
    async listObjects(prefix) {
        const objects = [];
        let token;
        try {
            do {
                const r = await this.send((sdk, client) => client.send(new sdk.ListObjectsV2Command({ Bucket: this.location.bucket, Prefix: `${prefix}/`, ContinuationToken: token }), this.deadline()));
                for (const o of r.Contents ?? [])
                    objects.push({ name: o.Key.slice(prefix.length + 1), size: o.Size ?? 0, modifiedAt: o.LastModified ?? new Date(0) });
                token = r.IsTruncated ? r.NextContinuationToken : undefined;
            } while (token);
        }
        catch (error) {
            this.explain(error, `list ${prefix}`);
        }
        return objects;
    }
    /**
     * The folders under `apps/`: one delimited listing on S3. Some S3-compatible stores answer a
     * delimited listing without its common prefixes (s3rver does); when it names no app but the
     * folder holds objects, every key is listed instead and the apps read off them.
     */
    async listApps() {
        const root = [this.location.prefix, 'apps'].filter(Boolean).join('/');
        const apps = new Set();
        let objects = 0;
        try {
            let token;
            do {
                const r = await this.send((sdk, client) => client.send(new sdk.ListObjectsV2Command({ Bucket: this.location.bucket, Prefix: `${root}/`, Delimiter: '/', ContinuationToken: token }), this.deadline()));
                for (const p of r.CommonPrefixes ?? [])
                    apps.add(p.Prefix.slice(root.length + 1, -1));
                objects += r.Contents?.length ?? 0;
                token = r.IsTruncated ? r.NextContinuationToken : undefined;
            } while (token);
        }
        catch (error) {
            this.explain(error, `list ${root}`);
        }
        if (!apps.size && !objects) {
            for (const o of await this.listObjects(root))
                apps.add(o.name.split('/')[0]);
        }
        return [...apps].filter((name) => (0,core_names/* isValidName */.uV)('appId', name)).sort();
    }
    async listNames(prefix, suffix = '.json') {
        return (await this.listObjects(prefix))
            .filter((o) => !o.name.includes('/') && o.name.endsWith(suffix))
            .map((o) => o.name.slice(0, o.name.length - suffix.length))
            .sort();
    }
    async listBundleVersions(appId) {
        return (await this.listNames(this.key(appId, 'bundles'))).map((n) => decodeURIComponent(n));
    }
    async getChannel(appId, name) {
        return (await this.getJson(this.key(appId, 'channels', `${name}.json`)))?.value;
    }
    listChannels(appId) {
        return this.listNames(this.key(appId, 'channels'));
    }
    async putChannel(appId, record, expectedRevision) {
        const key = this.key(appId, 'channels', `${record.name}.json`);
        const current = await this.getJson(key);
        if (current?.value.revision !== expectedRevision)
            return false;
        return this.putJson(key, record, current ? { ifMatch: current.etag } : { ifNoneMatch: '*' });
    }
    async listDevicesWithChannel(appId) {
        return (await this.listNames(this.key(appId, 'devices'))).map((n) => decodeURIComponent(n));
    }
    async getDeviceChannel(appId, deviceId) {
        return (await this.getJson(this.key(appId, 'devices', `${encodeURIComponent(deviceId)}.json`)))?.value.channel;
    }
    async putDeviceChannel(appId, deviceId, channel) {
        const key = this.key(appId, 'devices', `${encodeURIComponent(deviceId)}.json`);
        if (channel === undefined)
            return this.deleteKey(key);
        await this.putJson(key, { channel, updatedAt: new Date().toISOString() }, {});
    }
    telemetryKey(appId, parts) {
        return this.key(appId, 'telemetry', ...parts);
    }
    async putTelemetry(appId, parts, body) {
        await this.putText(this.telemetryKey(appId, parts), body, parts.at(-1)?.endsWith('.ndjson') ? 'application/x-ndjson' : 'application/json', {});
    }
    async listTelemetry(appId, parts) {
        const names = new Set((await this.listObjects(this.telemetryKey(appId, parts))).map((o) => o.name.split('/')[0]));
        return [...names].sort();
    }
    async readTelemetry(appId, parts) {
        return (await this.readText(this.telemetryKey(appId, parts)))?.value;
    }
    deleteTelemetry(appId, parts) {
        return this.deleteKey(this.telemetryKey(appId, parts));
    }
    async listBlobs(appId, kind) {
        const blobs = [];
        for (const o of await this.listObjects(this.key(appId, kind))) {
            const sha256 = kind === 'artifacts' ? o.name.replace(/\.zip$/, '') : o.name;
            if (/^[0-9a-f]{64}$/.test(sha256) && (kind !== 'artifacts' || o.name.endsWith('.zip')))
                blobs.push({ sha256, size: o.size, modifiedAt: o.modifiedAt });
        }
        return blobs;
    }
    async deleteKey(key) {
        try {
            await this.send((sdk, client) => client.send(new sdk.DeleteObjectCommand({ Bucket: this.location.bucket, Key: key }), this.deadline()));
        }
        catch (error) {
            if (s3_store_status(error) !== 404)
                this.explain(error, `delete ${key}`);
        }
    }
    deleteBlob(appId, kind, sha256) {
        return this.deleteKey(this.blobKey(appId, kind, sha256));
    }
    deleteBundle(appId, version) {
        return this.deleteKey(this.key(appId, 'bundles', `${encodeURIComponent(version)}.json`));
    }
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/core/crypto/encrypt.ts



async function newEncryption(signer) {
    const key = (0,external_node_crypto_.randomBytes)(16);
    const iv = (0,external_node_crypto_.randomBytes)(16);
    const sealed = await signer.sign(key);
    return { key, iv, sessionKey: `${iv.toString('base64')}:${sealed.toString('base64')}` };
}
/** AES-128-CBC with PKCS#7 padding, streamed; returns the SHA-256 and size of the encrypted file. */
async function encryptFile(source, target, material) {
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-128-cbc', material.key, material.iv);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    cipher.on('data', (chunk) => {
        hash.update(chunk);
        size += chunk.length;
    });
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(source), cipher, (0,external_node_fs_.createWriteStream)(target));
    return { sha256: hash.digest('hex'), size };
}
/** The signature the plugin checks: hex of the RSA private-key encryption of the 32 SHA-256 bytes. */
async function signChecksum(signer, sha256Hex) {
    return (await signer.sign(Buffer.from(sha256Hex, 'hex'))).toString('hex');
}

;// CONCATENATED MODULE: ./src/core/release/channels.ts


const HISTORY_LIMIT = 200;
const MAX_ATTEMPTS = 200;
/**
 * Moves a channel by compare-and-swap: read, compute, write if the revision is
 * unchanged, else read again. `decide` returns undefined to leave it as is.
 */
async function updateChannel(store, appId, name, decide) {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const current = await store.getChannel(appId, name);
        const next = decide(current);
        if (!next)
            return { before: current, after: undefined };
        if (await store.putChannel(appId, next, current?.revision))
            return { before: current, after: next };
        await new Promise((r) => setTimeout(r, Math.random() * 20 * Math.min(attempt + 1, 10)));
    }
    throw new core_errors/* ConflictError */.fK(`Channel "${name}" kept changing under us (${MAX_ATTEMPTS} attempts). Another process is moving it constantly; try again.`);
}
/** The record a channel gets when it starts pointing at `bundle`. */
function pointChannel(current, name, bundle, action, at) {
    const entry = { version: bundle.version, checksum: bundle.checksum, at: at.toISOString(), action, commit: bundle.commit };
    if (action === 'rollback' && current)
        entry.from = current.version;
    return {
        name,
        version: bundle.version,
        checksum: bundle.checksum,
        revision: (current?.revision ?? 0) + 1,
        updatedAt: at.toISOString(),
        nativeFingerprint: bundle.nativeFingerprint,
        minNativeVersion: bundle.minNativeVersion,
        rollout: null,
        settings: current?.settings,
        history: [...(current?.history ?? []), entry].slice(-HISTORY_LIMIT)
    };
}
/** The record a channel gets when `bundle` starts rolling out to `percentageBps` of its devices. */
function startRollout(current, bundle, percentageBps, at, policy) {
    const same = current.rollout?.version === bundle.version ? current.rollout : undefined;
    return {
        ...current,
        revision: current.revision + 1,
        updatedAt: at.toISOString(),
        rollout: {
            version: bundle.version, checksum: bundle.checksum, percentageBps, startedAt: same?.startedAt ?? at.toISOString(), stepStartedAt: at.toISOString(),
            policy: policy === undefined ? same?.policy ?? null : policy
        },
        history: [...current.history, { version: bundle.version, checksum: bundle.checksum, at: at.toISOString(), action: 'rollout', commit: bundle.commit, percentageBps }].slice(-HISTORY_LIMIT)
    };
}
/** Versions that became the stable bundle, oldest first, with those later rolled back from marked. */
function stableEntries(channel) {
    return channel.history.filter((e) => e.action === 'release' || e.action === 'promote' || e.action === 'rollback');
}
/** Versions a channel served and did not roll back from, newest first (the current one first). */
function servedVersions(channel) {
    const rolledBack = rolledBackVersions(channel);
    const out = [channel.version];
    for (const e of [...stableEntries(channel)].reverse()) {
        if (!out.includes(e.version) && !rolledBack.has(e.version))
            out.push(e.version);
    }
    return out;
}
function rolledBackVersions(channel) {
    const rolledBack = new Set();
    for (const entry of stableEntries(channel)) {
        if (entry.action === 'rollback' && entry.from)
            rolledBack.add(entry.from);
        else
            rolledBack.delete(entry.version);
    }
    return rolledBack;
}
/**
 * The version a rollback returns to: the latest earlier entry that is neither
 * the current version nor one that was itself rolled back.
 */
function rollbackTarget(channel) {
    return servedVersions(channel)[1];
}
/** A channel may only point at a bundle whose blobs are all stored. */
async function assertStored(store, bundle) {
    if (!(await store.hasBlob(bundle.appId, 'artifacts', artifactOf(bundle)))) {
        throw new core_errors/* StoreError */.AD(`Bundle ${bundle.version} is recorded but its artifact ${artifactOf(bundle)}.zip is missing from the store. Release it again to re-upload it.`);
    }
}

;// CONCATENATED MODULE: ./src/core/publish/content-addressed.ts




/** Per-file blobs go up this many at a time: object stores answer each request slowly, not per byte. */
const BLOB_CONCURRENCY = 16;
async function blobsOf(input) {
    const { packed, signer, webDir, temp } = input;
    if (!signer) {
        const files = [];
        const manifest = packed.manifest.map((f) => {
            files.push({ blob: f.sha256, path: external_node_path_default().join(webDir, f.path) });
            const br = packed.brotli?.get(f.sha256);
            if (!br)
                return f;
            files.push({ blob: br.sha256, path: br.path });
            return { ...f, brotli: { blob: br.sha256, size: br.size } };
        });
        return { artifact: { sha256: packed.checksum, path: packed.path, size: packed.size }, files, manifest };
    }
    // One AES key and IV per bundle; the zip and every delta file are encrypted with them.
    const material = await newEncryption(signer);
    const encryptedZip = external_node_path_default().join(temp, 'bundle.zip.enc');
    const artifact = await encryptFile(packed.path, encryptedZip, material);
    const files = [];
    const manifest = [];
    let n = 0;
    for (const f of packed.manifest) {
        const target = external_node_path_default().join(temp, `file-${n++}.enc`);
        const encrypted = await encryptFile(external_node_path_default().join(webDir, f.path), target, material);
        files.push({ blob: encrypted.sha256, path: target });
        const entry = { ...f, blob: encrypted.sha256, hashSignature: await signChecksum(signer, f.sha256) };
        // The plugin decrypts a download first, then decompresses it: the Brotli form is encrypted.
        const br = packed.brotli?.get(f.sha256);
        if (br) {
            const brTarget = external_node_path_default().join(temp, `file-${n++}.br.enc`);
            const encryptedBr = await encryptFile(br.path, brTarget, material);
            files.push({ blob: encryptedBr.sha256, path: brTarget });
            entry.brotli = { blob: encryptedBr.sha256, size: encryptedBr.size };
        }
        manifest.push(entry);
    }
    return {
        artifact: { sha256: artifact.sha256, path: encryptedZip, size: artifact.size },
        files,
        manifest,
        sessionKey: material.sessionKey,
        signature: await signChecksum(signer, packed.checksum)
    };
}
async function storeBlobs(store, input, blobs) {
    const unique = [...new Map(blobs.files.map((f) => [f.blob, f])).values()];
    const progress = input.startProgress('Storing files', unique.length, 'files');
    let next = 0;
    let done = 0;
    let written = 0;
    const worker = async () => {
        while (next < unique.length) {
            const file = unique[next++];
            if (await store.putBlob(input.appId, 'files', file.blob, file.path))
                written++;
            progress(++done);
        }
    };
    await Promise.all(Array.from({ length: Math.min(BLOB_CONCURRENCY, unique.length) }, worker));
    await store.putBlob(input.appId, 'artifacts', blobs.artifact.sha256, blobs.artifact.path);
    const deltas = blobs.manifest.filter((f) => f.brotli).length;
    input.reporter.info(`Stored bundle ${blobs.artifact.sha256}.zip in ${store.url}${blobs.sessionKey ? ' (encrypted)' : ''}: uploaded ${written} of ${unique.length} file blobs (${unique.length - written} already stored)${deltas ? `, ${deltas} files with a Brotli form for delta downloads` : ''}`);
}
/** Moves a channel by compare-and-swap to a bundle whose bytes are checked stored. */
async function moveChannelTo(store, bundle, move, at) {
    await assertStored(store, bundle);
    const { before, after } = await updateChannel(store, bundle.appId, move.channel, (current) => {
        if (move.rolloutBps !== undefined && current) {
            return current.rollout?.version === bundle.version && current.rollout.percentageBps === move.rolloutBps ? undefined : startRollout(current, bundle, move.rolloutBps, at, move.policy ?? null);
        }
        // Another pipeline of the same commit moved it there already: nothing to write.
        return current?.version === bundle.version && !current.rollout ? undefined : pointChannel(current, move.channel, bundle, move.kind, at);
    });
    return after ? before?.version : move.fromVersion ?? undefined;
}
/**
 * The publisher of file:, s3:// and Capgo's external bundles: content-addressed blobs (the zip and
 * every file) first, then an immutable bundle record per version, then the channel by
 * compare-and-swap.
 */
class ContentAddressedPublisher {
    store;
    promotionRecords = true;
    deltaFiles = true;
    constructor(store) {
        this.store = store;
    }
    async prepare(input) {
        const blobs = await blobsOf(input);
        await input.reporter.group('Upload', () => storeBlobs(this.store, input, blobs));
        return {
            publish: async (fields) => {
                const record = {
                    version: fields.version,
                    appId: input.appId,
                    checksum: input.packed.checksum,
                    ...(blobs.artifact.sha256 !== input.packed.checksum ? { artifact: blobs.artifact.sha256 } : {}),
                    size: blobs.artifact.size,
                    commit: input.commit,
                    createdAt: fields.createdAt,
                    nativeFingerprint: input.fingerprint,
                    minNativeVersion: fields.minNativeVersion,
                    changelog: fields.changelog,
                    manifest: blobs.manifest,
                    ...(blobs.sessionKey ? { sessionKey: blobs.sessionKey, signature: blobs.signature } : {})
                };
                if (await this.store.createBundle(record))
                    return record;
                throw new core_errors/* ConflictError */.fK(`Version ${fields.version} was just stored by another pipeline. Run again: capflight will reuse it if it came from this commit.`);
            }
        };
    }
    moveChannel(bundle, move, at) {
        return moveChannelTo(this.store, bundle, move, at);
    }
}
/** Refuses an external signer where the uploader must hold the private key itself. */
function requirePrivateKey(input, storeUrl) {
    if (input.signedByCommand) {
        throw new core_errors/* ConfigurationError */.j1([`The ${storeUrl} store encrypts through the Capgo CLI, which needs the private key itself (--private-key or CAPFLIGHT_PRIVATE_KEY); --sign-command works with file: and s3:// stores.`]);
    }
}

;// CONCATENATED MODULE: ./src/core/publish/capgo-upload.ts

/**
 * The publisher of Capgo Cloud bundles: the Capgo CLI packs, stores and verifies the web folder
 * and moves the channel (or starts the rollout) itself; a version Capgo already holds from other
 * content is a version race. A promotion moves the channel through Capgo's API.
 */
class CapgoUploadPublisher {
    store;
    promotionRecords = false;
    deltaFiles = false;
    constructor(store) {
        this.store = store;
    }
    async prepare(input) {
        requirePrivateKey(input, this.store.url);
        return {
            publish: async (fields) => {
                const record = await input.reporter.group(`Upload to ${this.store.url}`, () => this.store.upload({
                    appId: input.appId,
                    version: fields.version,
                    channel: input.move.channel,
                    cwd: input.cwd,
                    webDir: input.webDir,
                    commit: input.commit,
                    commitUrl: input.commitUrl,
                    changelog: fields.changelog,
                    fingerprint: input.fingerprint,
                    packChecksum: input.packed.checksum,
                    minNativeVersion: fields.minNativeVersion,
                    privateKey: input.privateKeyPem,
                    rolloutPercent: input.move.rolloutBps !== undefined ? input.move.rolloutBps / 100 : undefined,
                    allowNativeChange: input.allowNativeChange
                }));
                return { ...record, size: record.size || input.packed.size };
            }
        };
    }
    /** A release's upload has moved the channel already; a promotion moves it here. */
    async moveChannel(bundle, move, at) {
        if (move.kind === 'release')
            return move.fromVersion ?? undefined;
        return moveChannelTo(this.store, bundle, move, at);
    }
}

;// CONCATENATED MODULE: ./src/core/store/registry.ts








/** Store backends by URL scheme. A plain path is the `file:` store. */
const backends = {
    file: { open: (url, cwd) => new FileStore(url.startsWith('file://') ? localPath(url) : external_node_path_default().resolve(cwd, url.slice('file:'.length))) },
    s3: { open: (url, _cwd, env, { startProgress, onProgress }) => new S3Store(parseS3Url(url, env), env, startProgress, onProgress) },
    capgo: {
        open: (url, cwd, env, options) => {
            const location = parseCapgoUrl(url);
            const external = location.external && openStore(location.external.store, cwd, env, { onProgress: options.onProgress, startProgress: options.startProgress });
            return new CapgoStore(location, options.apiKey, env, options.onProgress, { entry: options.capgoCli }, external);
        },
        noTelemetry: 'devices on Capgo update from Capgo itself and report to it; its device data (channel overrides, stats) is in Capgo\'s console',
        servedBy: 'Capgo',
        noBlobs: (url) => parseCapgoUrl(url).external ? undefined : 'keeps the bytes of its bundles itself',
        // Capgo packs and stores a bundle itself, unless capflight keeps the bytes in an external store.
        publisher: (store, url) => parseCapgoUrl(url).external ? new ContentAddressedPublisher(store) : new CapgoUploadPublisher(store),
        noGc: 'does not delete from Capgo: remove bundles with Capgo\'s console or "npx @capgo/cli bundle cleanup"; never run it on a capgo: store\'s externalStore directly, whose channels live in Capgo.'
    }
};
/** A file:// URL's folder; a URL naming another host is a configuration error. */
function localPath(url) {
    try {
        return (0,external_node_url_.fileURLToPath)(url);
    }
    catch {
        throw new core_errors/* ConfigurationError */.j1([`Store URL "${url}" is not a local folder: file: URLs name a folder on this machine (file:///srv/capflight, or a plain path). Shared storage is s3://bucket/prefix.`]);
    }
}
function knownStoreSchemes() {
    return Object.keys(backends).map((s) => `${s}:`);
}
function backendOf(url) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
    // One-letter schemes are Windows drive letters, i.e. plain paths.
    if (!scheme || scheme[1].length === 1)
        return undefined;
    const backend = backends[scheme[1].toLowerCase()];
    if (!backend) {
        throw new core_errors/* ConfigurationError */.j1([`Unknown store "${url}": scheme "${scheme[1]}:" is not supported. Known stores: ${knownStoreSchemes().join(', ')} (or a plain folder path).`]);
    }
    return backend;
}
/** Opens the release storage a URL names; `env` supplies credentials (AWS_*, CAPFLIGHT_API_KEY). */
function openStore(url, cwd, env = {}, options = {}) {
    const backend = backendOf(url);
    return backend ? backend.open(url, cwd, env, options) : new FileStore(external_node_path_default().resolve(cwd, url));
}
/** Opens a store with the publisher a release into it uses. */
function openPublishing(url, cwd, env = {}, options = {}) {
    const store = openStore(url, cwd, env, options);
    const publisher = backendOf(url)?.publisher?.(store, url) ?? new ContentAddressedPublisher(store);
    return { store, publisher };
}
/** The hosted service devices update from for this store URL (Capgo), or undefined: capflight serve. */
function servedBy(url) {
    return backendOf(url)?.servedBy;
}
/** Why capflight cannot verify a store's bundle bytes itself, or undefined when it can. */
function blobsRefusal(url) {
    return backendOf(url)?.noBlobs?.(url);
}
/** Why garbage collection must not delete from a store URL, or undefined when it may. */
function gcRefusal(url) {
    return backendOf(url)?.noGc;
}
/** Why a store URL holds no device data, or undefined when it does. */
function telemetryRefusal(url) {
    return backendOf(url)?.noTelemetry;
}
/**
 * Opens a store that holds both release and device data (what `capflight serve` and device
 * commands need); a backend that cannot hold device data is a configuration error saying why.
 */
function registry_openTelemetryStore(url, cwd, env = {}, what = 'This command') {
    const backend = backendOf(url);
    if (!backend)
        return new FileStore(external_node_path_default().resolve(cwd, url));
    if (backend.noTelemetry !== undefined) // The scheme only: a store URL's query may carry keys.
        throw new core_errors/* ConfigurationError */.j1([`${what} needs device data, which ${url.split(/[?#]/)[0]} stores cannot hold: ${backend.noTelemetry}. Use a file: or s3:// store.`]);
    return backend.open(url, cwd, env, {});
}

;// CONCATENATED MODULE: ./src/core/crypto/keys.ts



/** capacitor-updater's encryption v2 needs RSA-2048: it expects 256-byte signatures. */
const KEY_BITS = 2048;
class SigningError extends core_errors/* CapflightError */.D7 {
}
/** Reads a private key given as PEM, or as base64 of the PEM on one line (masked CI variables). */
function parsePrivateKey(text, where) {
    let pem = text.trim();
    if (!pem.includes('-----BEGIN')) {
        const decoded = Buffer.from(pem.replace(/\s+/g, ''), 'base64').toString('utf8');
        if (!decoded.includes('-----BEGIN')) {
            throw new core_errors/* ConfigurationError */.j1([`The private key from ${where} is not a PEM key (nor base64 of one). Create one with "capflight keys create", and pass the file with --private-key or its content in CAPFLIGHT_PRIVATE_KEY.`]);
        }
        pem = decoded.trim();
    }
    if (/ENCRYPTED/.test(pem)) {
        throw new core_errors/* ConfigurationError */.j1([`The private key from ${where} is encrypted with a passphrase. Give capflight an unencrypted key (openssl rsa -in key.pem -out plain.pem), kept in your CI's secret store.`]);
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch (error) {
        throw new core_errors/* ConfigurationError */.j1([`The private key from ${where} cannot be read (${error.message.replace(/\s+/g, ' ')}). Use the PEM written by "capflight keys create".`]);
    }
    if (key.asymmetricKeyType !== 'rsa')
        throw new core_errors/* ConfigurationError */.j1([`The private key from ${where} is ${key.asymmetricKeyType}, not RSA. capacitor-updater needs an RSA-2048 key: "capflight keys create" makes one.`]);
    const bits = key.asymmetricKeyDetails?.modulusLength;
    if (bits !== KEY_BITS)
        throw new core_errors/* ConfigurationError */.j1([`The private key from ${where} is RSA-${bits}; capacitor-updater needs RSA-${KEY_BITS}. Create one with "capflight keys create".`]);
    return key;
}
function publicPemOf(key) {
    return (0,external_node_crypto_.createPublicKey)(key).export({ type: 'pkcs1', format: 'pem' }).toString();
}
/** Compares two PEM public keys by their key material, whatever the line breaks. */
function samePublicKey(a, b) {
    try {
        const der = (pem) => (0,external_node_crypto_.createPublicKey)({ key: pem.includes('\n') ? pem : pem.replace(/(-----BEGIN [A-Z ]+-----)(.*)(-----END [A-Z ]+-----)/, '$1\n$2\n$3'), format: 'pem' }).export({ type: 'spki', format: 'der' });
        return der(a).equals(der(b));
    }
    catch {
        return false;
    }
}
class LocalSigner {
    key;
    publicKeyPem;
    constructor(key) {
        this.key = key;
        this.publicKeyPem = publicPemOf(key);
    }
    async sign(data) {
        return (0,external_node_crypto_.privateEncrypt)({ key: this.key, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, data);
    }
}
/**
 * Hands the bytes to sign to a command on stdin (a KMS or HSM CLI, e.g.
 * `openssl pkeyutl -sign -inkey …`), so the private key never sits on the runner.
 * The command prints the 256-byte result raw, in base64 or in hex; it is checked
 * against the public key before it is used.
 */
class CommandSigner {
    command;
    publicKeyPem;
    cwd;
    env;
    constructor(command, publicKeyPem, cwd, env) {
        this.command = command;
        this.publicKeyPem = publicKeyPem;
        this.cwd = cwd;
        this.env = env;
    }
    sign(data) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)(this.command, { cwd: this.cwd, env: this.env, shell: true, stdio: ['pipe', 'pipe', 'pipe'] });
            const out = [];
            let err = '';
            child.stdout.on('data', (c) => out.push(c));
            child.stderr.on('data', (c) => { err += c.toString(); });
            child.on('error', (e) => reject(new SigningError(`Could not run the sign command: ${e.message}`)));
            child.on('close', (code) => {
                if (code !== 0)
                    return reject(new SigningError(`The sign command failed (exit code ${code}): ${err.trim().slice(0, 500) || 'no output'}. Check the command with: echo test | <command>`));
                const raw = Buffer.concat(out);
                const text = raw.toString('utf8').trim();
                const signature = raw.length === KEY_BITS / 8 ? raw
                    : /^[0-9a-fA-F]{512}$/.test(text) ? Buffer.from(text, 'hex')
                        : /^[A-Za-z0-9+/=\s]+$/.test(text) && Buffer.from(text, 'base64').length === KEY_BITS / 8 ? Buffer.from(text, 'base64')
                            : undefined;
                if (!signature)
                    return reject(new SigningError(`The sign command printed ${raw.length} bytes that are not a ${KEY_BITS / 8}-byte RSA signature (raw, base64 or hex). It must do RSA PKCS#1 v1.5 signing of the raw input, e.g. "openssl pkeyutl -sign -inkey key.pem".`));
                let recovered;
                try {
                    recovered = (0,external_node_crypto_.publicDecrypt)({ key: this.publicKeyPem, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, signature);
                }
                catch {
                    return reject(new SigningError('The sign command\'s output does not verify with the public key. It must sign with the private key matching the app\'s publicKey, using PKCS#1 v1.5 padding and no digest.'));
                }
                if (!recovered.equals(data))
                    return reject(new SigningError('The sign command signed something other than its input (did it hash it first?). Use raw PKCS#1 v1.5 signing, e.g. "openssl pkeyutl -sign".'));
                resolve(signature);
            });
            child.stdin.on('error', () => undefined);
            child.stdin.end(data);
        });
    }
}
/** A new RSA-2048 key pair, PKCS#1 PEM, as capacitor-updater's encryption v2 uses. */
function createKeyPair() {
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: KEY_BITS, publicExponent: 0x10001 });
    return {
        privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
        publicKeyPem: publicKey.export({ type: 'pkcs1', format: 'pem' }).toString()
    };
}

;// CONCATENATED MODULE: ./src/core/crypto/signer.ts



/**
 * The signer for encrypted bundles, or undefined for plain ones. Checks the key
 * and that it matches the public key the app holds, before anything is built.
 */
function resolveSigner(settings, runtime) {
    let signer;
    if (settings.privateKey !== undefined) {
        runtime.reporter.setSecret(settings.privateKey);
        signer = new LocalSigner(parsePrivateKey(settings.privateKey, settings.privateKeySource ?? 'the private key'));
    }
    else if (settings.signCommand) {
        const publicKey = settings.publicKeyFile ? (0,external_node_fs_.readFileSync)(settings.publicKeyFile, 'utf8') : settings.appPublicKey;
        if (!publicKey)
            throw new core_errors/* ConfigurationError */.j1(['--sign-command needs the public key: pass --public-key FILE, or set plugins.CapacitorUpdater.publicKey in capacitor.config.']);
        signer = new CommandSigner(settings.signCommand, publicKey, settings.cwd, runtime.env);
    }
    if (settings.appPublicKey && !signer) {
        throw new core_errors/* ConfigurationError */.j1(['The app\'s capacitor config has a CapacitorUpdater publicKey, so devices only accept encrypted bundles. Pass the private key with --private-key (or CAPFLIGHT_PRIVATE_KEY), or a --sign-command.']);
    }
    if (signer && settings.appPublicKey && !samePublicKey(signer.publicKeyPem, settings.appPublicKey)) {
        throw new core_errors/* ConfigurationError */.j1(['The private key does not match plugins.CapacitorUpdater.publicKey in the app\'s capacitor config: devices would reject these bundles. Use the key pair made together ("capflight keys create"), or update the publicKey and ship a store build.']);
    }
    return signer;
}

;// CONCATENATED MODULE: ./src/core/release/next-step.ts

/** One sentence after a release: how a device gets it from here. */
function nextStep(result, settings) {
    if (!['released', 'promoted', 'unchanged'].includes(result.status) || !result.version || !result.channel)
        return null;
    const { version, channel } = result;
    const share = result.rollout ? ` (${result.rollout.percentageBps / 100}% of them while the rollout lasts)` : '';
    const hosted = servedBy(settings.store);
    if (hosted)
        return `Devices on channel "${channel}" get ${version} from ${hosted} at their next update check${share}.`;
    const store = settings.store.split(/[?#]/)[0];
    if (settings.appUpdateUrl) {
        return `Devices whose build has updateUrl ${settings.appUpdateUrl} get ${version} on channel "${channel}" at their next check${share}, as long as "capflight serve --store ${store}" answers there.`;
    }
    return `To get ${version} onto a device: run "capflight serve --store ${store}", set plugins.CapacitorUpdater.updateUrl to its URL + /updates (statsUrl /stats, channelUrl /channel_self)${channel === 'production' ? '' : ` and defaultChannel "${channel}"`} in the capacitor config, and ship that build.`;
}

;// CONCATENATED MODULE: ./src/core/release/release.ts


















/** How many prerelease numbers a release tries when other pipelines keep taking them. */
const VERSION_ATTEMPTS = 50;
function resultOf(plan, status, message, extra = {}) {
    return {
        status,
        version: plan.version,
        previousVersion: plan.previousVersion,
        channel: plan.channel,
        appId: plan.appId,
        commit: plan.commit,
        checksum: null,
        size: null,
        releaseType: plan.nativeChanges.length > 0 ? 'native' : 'ota',
        bundleUrl: null,
        changelog: '',
        message,
        rule: plan.rule,
        bump: plan.bump,
        nativeChanges: plan.nativeChanges,
        unparsed: plan.unparsed,
        warnings: [],
        rollout: null,
        ...extra
    };
}
function bundleFields(store, bundle) {
    return { version: bundle.version, checksum: bundle.checksum, size: bundle.size, bundleUrl: store.blobUrl(bundle.appId, 'artifacts', artifactOf(bundle)), changelog: bundle.changelog };
}
function changelogFor(plan, version, now) {
    return renderChangelog({ version, previousTag: plan.last.tag, currentTag: plan.ref.tag, changes: plan.changes, repoUrl: plan.ref.repoUrl, date: now });
}
/**
 * The main job: gather facts → plan → apply. Dry runs stop after the plan. A failure at any
 * step leaves the channel where it was.
 */
async function release_release(settings, runtime, hooks = {}) {
    const result = await planAndApply(settings, runtime, hooks);
    return { ...result, next: nextStep(result, settings) };
}
async function planAndApply(settings, runtime, hooks) {
    const { reporter } = runtime;
    const { store, publisher } = openPublishing(settings.store, settings.cwd, runtime.env, {
        apiKey: settings.apiKey,
        capgoCli: settings.capgoCli,
        onProgress: (m) => reporter.info(m),
        startProgress: (0,progress/* progressFor */.L7)(runtime)
    });
    const plan = planRelease(await gatherFacts(settings, runtime, store, publisher.promotionRecords));
    const warnings = [];
    if (plan.unparsed.length > 0) {
        warnings.push(`${plan.unparsed.length} commit(s) since ${plan.last.tag ?? plan.last.version} are not Conventional Commits and were not counted: ${plan.unparsed.slice(0, 5).map((c) => `${c.hash.slice(0, 7)} "${c.subject}"`).join(', ')}${plan.unparsed.length > 5 ? ', …' : ''}`);
    }
    if (plan.action === 'native-required')
        warnings.push(plan.reason);
    if (settings.storeIsDefault && plan.ref.ephemeral) {
        warnings.push(`This runner is thrown away after the job, and with it the default local store (${settings.store}): devices would never see this release, and the next run would start from nothing. Give the job a store that lasts: --store s3://bucket/prefix or CAPFLIGHT_STORE (see docs/stores.md).`);
    }
    for (const warning of warnings)
        reporter.warn(warning);
    if (reporter.verbose !== false)
        for (const line of commitLines(plan))
            reporter.debug(line);
    // The bundle must be the commit: checked before anything is built, dry runs included.
    if (plan.action === 'release' && plan.uncommitted.length > 0 && !settings.allowDirty) {
        const shown = plan.uncommitted.slice(0, 5).join(', ') + (plan.uncommitted.length > 5 ? `, and ${plan.uncommitted.length - 5} more` : '');
        throw new core_errors/* ConfigurationError */.j1([`The working tree has uncommitted changes to tracked files (${shown}), so the bundle would not be commit ${plan.commit.slice(0, 7)}. Commit or stash them, or pass --allow-dirty to release it anyway.`]);
    }
    // The key is checked before anything else happens, dry runs included.
    const signer = plan.action === 'release' ? resolveSigner(settings, runtime) : undefined;
    if (plan.action === 'skipped' || plan.action === 'native-required')
        return resultOf(plan, plan.action, plan.reason, { warnings });
    if (plan.action === 'unchanged')
        return resultOf(plan, 'unchanged', plan.reason, { warnings, ...(plan.existing ? bundleFields(store, plan.existing) : {}), version: plan.version });
    if (settings.dryRun)
        return describeDryRun(plan, store, runtime.now(), warnings);
    const applied = await applyPlan(plan, {
        store, publisher, reporter, now: runtime.now, startProgress: (0,progress/* progressFor */.L7)(runtime), beforeBuild: hooks.beforeBuild, signer,
        cwd: settings.cwd, env: runtime.env, cacheDir: settings.cacheDir,
        privateKeyPem: settings.privateKey === undefined ? undefined : parsePrivateKey(settings.privateKey, settings.privateKeySource ?? 'the private key').export({ type: 'pkcs1', format: 'pem' }).toString()
    });
    const result = { ...applied, warnings: [...warnings, ...applied.warnings] };
    if (settings.storeIsDefault && !(await new Git(settings.cwd, runtime.env).isIgnored(settings.store))) {
        const hint = `${settings.store} is not in .gitignore: add ".capflight/" there, so the local store (and keys made by "capflight keys create") are never committed.`;
        result.warnings.push(hint);
        reporter.warn(hint);
    }
    return result;
}
/** What the compression cache saved: a re-release compresses only the files that changed. */
function compressionLine({ reused, compressed }, cacheDir) {
    return `Compressed ${compressed} of ${reused + compressed} files; ${reused} reused from the compression cache (${cacheDir})`;
}
/** For --verbose: every commit counted and what it did to the version. */
function commitLines(plan) {
    return [
        ...plan.changes.map((c) => `commit ${c.hash.slice(0, 7)} ${c.type}${c.scope ? `(${c.scope})` : ''}${c.breaking ? '!' : ''}: ${c.subject} → ${c.bump === 'none' ? 'no bump' : c.bump}`),
        ...plan.unparsed.map((c) => `commit ${c.hash.slice(0, 7)} "${c.subject}" → not a Conventional Commit, not counted`)
    ];
}
async function describeDryRun(plan, store, now, warnings) {
    if (plan.action === 'release') {
        return resultOf(plan, 'dry-run', `Would build and release ${plan.version} to ${plan.channel} (${plan.reason}).`, { warnings, changelog: await changelogFor(plan, plan.version, now) });
    }
    const { version: _v, changelog: _c, ...fields } = bundleFields(store, plan.source);
    return resultOf(plan, 'dry-run', `Would point ${plan.channel} at ${plan.version} (${plan.reason})`, { ...fields, warnings });
}
/** Carries out a `release` (build → pack → publish → move) or `promote` (record → move) plan. */
async function applyPlan(plan, context) {
    return plan.action === 'promote' ? applyPromotion(plan, context) : applyRelease(plan, context);
}
async function applyRelease(plan, context) {
    const { reporter, store, publisher } = context;
    const warnings = [];
    await context.beforeBuild?.();
    if (plan.build.command) {
        const command = plan.build.command;
        await reporter.group(`Build: ${command}`, () => runBuild(command, context.cwd, context.env, reporter));
    }
    const webDir = external_node_path_default().resolve(context.cwd, plan.build.webDir);
    const temp = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'capflight-pack-'));
    try {
        const packed = await reporter.group('Pack', () => (0,pack/* packWebDir */.r)({
            webDir,
            out: external_node_path_default().join(temp, 'bundle.zip'),
            exclude: plan.build.exclude,
            requireNotifyAppReady: plan.build.requireNotifyAppReady,
            cache: { dir: context.cacheDir ?? external_node_path_default().join(temp, 'cache'), brotli: publisher.deltaFiles },
            reporter: { info: (m) => reporter.info(m), warn: (m) => { warnings.push(m); reporter.warn(m); }, debug: (m) => reporter.debug(m), group: (n, r) => reporter.group(n, r), setSecret: (v) => reporter.setSecret(v) }
        }));
        reporter.info(`Packed ${packed.files} files: ${packed.size} bytes, sha256 ${packed.checksum}`);
        if (packed.compression && context.cacheDir) {
            reporter.info(compressionLine(packed.compression, context.cacheDir));
            const pruned = await pruneCompressionCache(context.cacheDir, packed.manifest.map((f) => f.sha256), context.now());
            if (pruned.removed > 0)
                reporter.info(`Removed ${pruned.removed} compressed forms (${(pruned.bytes / 1e6).toFixed(1)} MB) from the compression cache: not used by this bundle, made over ${CACHE_KEEP_UNUSED_MS / 86_400_000} days ago`);
        }
        // A store that packs bundles itself (Capgo) keeps capflight's pack checksum beside its own.
        const current = plan.unchangedIf;
        if (current && (current.packChecksum ?? current.checksum) === packed.checksum) {
            return resultOf(plan, 'unchanged', `The bundle is byte-identical to ${current.version}, already on ${plan.channel}.`, {
                ...bundleFields(store, current), size: current.size || packed.size, changelog: '', warnings, compression: packed.compression
            });
        }
        const prepared = await publisher.prepare({
            appId: plan.appId, packed, webDir, cwd: context.cwd, commit: plan.commit,
            commitUrl: plan.ref.repoUrl ? `${plan.ref.repoUrl}/commit/${plan.commit}` : undefined,
            fingerprint: plan.fingerprint, signer: context.signer, privateKeyPem: context.privateKeyPem,
            signedByCommand: plan.encryption === 'sign-command', allowNativeChange: plan.allowNativeChange,
            move: plan.move, temp, reporter, startProgress: context.startProgress
        });
        // Another pipeline may take this version meanwhile: a prerelease then takes the next number.
        let version = plan.version;
        let bundle;
        const taken = [];
        for (let attempt = 1; !bundle; attempt++) {
            try {
                bundle = await prepared.publish({ version, changelog: await changelogFor(plan, version, context.now()), minNativeVersion: plan.minNativeVersion, createdAt: context.now().toISOString() });
            }
            catch (error) {
                if (!(error instanceof core_errors/* ConflictError */.fK))
                    throw error;
                // A pipeline releasing this same commit (another clone, a rerun) got there first: one version, not one each.
                const raced = await store.getBundle(plan.appId, version);
                if (raced && raced.commit === plan.commit && (raced.packChecksum ?? raced.checksum) === packed.checksum) {
                    reporter.info(`${version} was just stored from this same commit by another pipeline; using it.`);
                    bundle = raced;
                    break;
                }
                if (!plan.preid)
                    throw error;
                if (attempt >= VERSION_ATTEMPTS)
                    throw new core_errors/* ConflictError */.fK(`Could not mint a free version after ${VERSION_ATTEMPTS} attempts; too many pipelines are racing. Try again.`);
                taken.push(version, ...(await store.listBundleVersions(plan.appId)));
                version = nextFreeVersion(plan, taken);
                reporter.info(`Another pipeline took that version; trying ${version}`);
            }
        }
        const previous = await publisher.moveChannel(bundle, plan.move, context.now());
        const share = plan.move.rolloutBps !== undefined ? plan.move.rolloutBps / 100 : undefined;
        return resultOf(plan, 'released', share !== undefined
            ? `Rolling ${bundle.version} out to ${share}% of ${plan.channel}${plan.move.policy ? ` (${plan.move.policy.lane} lane: steps ${plan.move.policy.steps.join(', ')}%, widened by "capflight rollout advance" while it stays healthy)` : ''}; the rest stay on ${previous}.`
            : `Released ${bundle.version} to ${plan.channel}.`, {
            ...bundleFields(store, bundle),
            previousVersion: previous ?? null,
            warnings,
            compression: packed.compression,
            rollout: plan.move.rolloutBps !== undefined ? { percentageBps: plan.move.rolloutBps, policy: plan.move.policy?.lane ?? null } : null
        });
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
}
async function applyPromotion(plan, context) {
    const { store, publisher } = context;
    let bundle = plan.source;
    if (plan.newRecord) {
        bundle = {
            ...plan.source,
            version: plan.version,
            createdAt: context.now().toISOString(),
            minNativeVersion: plan.newRecord.minNativeVersion,
            changelog: await changelogFor(plan, plan.version, context.now()),
            promotedFrom: plan.newRecord.promotedFrom
        };
        await assertStored(store, plan.source);
        if (!(await store.createBundle(bundle))) {
            const raced = await store.getBundle(plan.appId, bundle.version);
            if (raced?.checksum !== bundle.checksum)
                throw new core_errors/* ConflictError */.fK(`Version ${bundle.version} was just stored by another pipeline with different bytes. Check the store with "capflight status".`);
            bundle = raced;
        }
    }
    const previous = await publisher.moveChannel(bundle, plan.move, context.now());
    const share = plan.move.rolloutBps;
    return resultOf(plan, 'promoted', share !== undefined
        ? `${plan.reason} Rolling ${bundle.version} out to ${share / 100}% of ${plan.channel}; the rest stay on ${previous}.`
        : `${plan.reason} ${plan.channel} now serves ${bundle.version}.`, {
        ...bundleFields(store, bundle), previousVersion: previous ?? null, rollout: share !== undefined ? { percentageBps: share, policy: plan.move.policy?.lane ?? null } : null
    });
}

// EXTERNAL MODULE: ./src/core/health/policy.ts
var policy = __webpack_require__(9258);
;// CONCATENATED MODULE: ./src/core/health/recorder.ts



/** Where telemetry lives below `apps/<appId>/telemetry/`: Hive-style partitions any engine reads. */
const TELEMETRY_LAYOUT = {
    decisions: (day) => ['decisions', `day=${day}`],
    events: (day) => ['events', `day=${day}`],
    rollupDay: (day) => ['rollups', `day=${day}`],
    rollupHour: (day, hour) => ['rollups', `day=${day}`, `hour=${hour}`]
};
const empty = () => ({ decisions: new Map(), events: new Map(), rollups: new Map(), spans: new Map() });
/**
 * Buffers one serve instance's decisions and stats in memory and writes them in batches: per
 * app and flush, one NDJSON object per day for each kind of row and one rollup part per hour.
 * What a flush fails to write stays buffered for the next one, up to `maxRows`.
 */
class TelemetryRecorder {
    store;
    options;
    pending = new Map();
    /** Apps this instance has recorded anything for. */
    apps = new Set();
    seq = 0;
    flushing;
    instance;
    dropped = 0;
    written = 0;
    constructor(store, options = {}) {
        this.store = store;
        this.options = options;
        this.instance = options.instance ?? `${process.pid.toString(36)}${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    }
    /** Rows (decisions and events) buffered and not yet written. */
    rows = 0;
    decision(row) {
        const p = this.room(row.app_id);
        if (!p)
            return;
        const [day, hour] = dayHour(row.t);
        push(p.decisions, day, JSON.stringify(row));
        const rollup = rollupOf(p, day, hour, row.t);
        const device = this.keyOf(row.app_id, row.device_id);
        const group = (version) => ({ channel: row.channel, version, platform: row.platform, native: row.native });
        rollup.add(group(row.current), 'checked', device);
        if (row.sent)
            rollup.add(group(row.sent), 'offered', device);
        this.rows++;
    }
    event(row) {
        const p = this.room(row.app_id);
        if (!p)
            return;
        const [day, hour] = dayHour(row.t);
        push(p.events, day, JSON.stringify(row));
        const metric = metricOfAction(row.action);
        if (metric)
            rollupOf(p, day, hour, row.t).add({ channel: row.channel, version: row.version, platform: row.platform, native: row.native }, metric, this.keyOf(row.app_id, row.device_id));
        this.rows++;
    }
    last = { app: '', device: '', key: '' };
    /** A device's key, hashed once for a run of its rows (a stats batch is one device's queue). */
    keyOf(appId, deviceId) {
        const last = this.last;
        if (last.device !== deviceId || last.app !== appId)
            this.last = { app: appId, device: deviceId, key: deviceKey(appId, deviceId) };
        return this.last.key;
    }
    /** Writes everything buffered; resolves to the number of objects written. One flush at a time. */
    flush() {
        this.flushing ??= this.write().finally(() => { this.flushing = undefined; });
        return this.flushing;
    }
    async write() {
        const batch = this.pending;
        this.pending = new Map();
        this.rows = 0;
        let objects = 0;
        for (const [appId, p] of batch) {
            const name = `${this.instance}-${String(++this.seq).padStart(6, '0')}`;
            try {
                for (const [day, lines] of p.decisions) {
                    await this.store.putTelemetry(appId, [...TELEMETRY_LAYOUT.decisions(day), `${name}.ndjson`], `${lines.join('\n')}\n`);
                    p.decisions.delete(day);
                    objects++;
                }
                for (const [day, lines] of p.events) {
                    await this.store.putTelemetry(appId, [...TELEMETRY_LAYOUT.events(day), `${name}.ndjson`], `${lines.join('\n')}\n`);
                    p.events.delete(day);
                    objects++;
                }
                for (const [key, rollup] of p.rollups) {
                    const [day, hour] = key.split('\0');
                    await this.store.putTelemetry(appId, [...TELEMETRY_LAYOUT.rollupHour(day, hour), `${name}.json`], JSON.stringify({ ...p.spans.get(key), ...rollup.toJSON() }));
                    p.rollups.delete(key);
                    objects++;
                }
            }
            catch (error) {
                // Kept for the next flush: what was written is gone from `p`, the rest goes back.
                this.restore(appId, p);
                this.written += objects;
                throw error;
            }
        }
        this.written += objects;
        return objects;
    }
    restore(appId, p) {
        const into = this.pending.get(appId) ?? empty();
        for (const [day, lines] of p.decisions)
            into.decisions.set(day, [...lines, ...(into.decisions.get(day) ?? [])]);
        for (const [day, lines] of p.events)
            into.events.set(day, [...lines, ...(into.events.get(day) ?? [])]);
        for (const [key, rollup] of p.rollups) {
            const existing = into.rollups.get(key);
            if (existing)
                rollup.merge(existing);
            into.rollups.set(key, rollup);
            const span = p.spans.get(key);
            const other = into.spans.get(key);
            into.spans.set(key, other ? { first: Math.min(span.first, other.first), last: Math.max(span.last, other.last) } : span);
        }
        for (const lines of [...p.decisions.values(), ...p.events.values()])
            this.rows += lines.length;
        this.pending.set(appId, into);
    }
    room(appId) {
        if (this.rows >= (this.options.maxRows ?? 200_000)) {
            this.dropped++;
            return undefined;
        }
        this.apps.add(appId);
        let p = this.pending.get(appId);
        if (!p) {
            p = empty();
            this.pending.set(appId, p);
        }
        return p;
    }
}
function dayHour(iso) {
    return [iso.slice(0, 10), iso.slice(11, 13)];
}
function push(map, key, line) {
    const list = map.get(key);
    if (list)
        list.push(line);
    else
        map.set(key, [line]);
}
function rollupOf(p, day, hour, iso) {
    const key = `${day}\0${hour}`;
    const t = Date.parse(iso);
    const span = p.spans.get(key);
    if (span) {
        span.first = Math.min(span.first, t);
        span.last = Math.max(span.last, t);
    }
    else {
        p.spans.set(key, { first: t, last: t });
    }
    let rollup = p.rollups.get(key);
    if (!rollup) {
        rollup = new Rollup();
        p.rollups.set(key, rollup);
    }
    return rollup;
}

;// CONCATENATED MODULE: ./src/core/health/read.ts


const DAY_MS = 86400_000;
const MERGED = /^merged-[A-Za-z0-9-]+\.json$/;
const PART = /^[A-Za-z0-9-]+\.json$/;
/** UTC days from `from` to `to`, inclusive, as YYYY-MM-DD. */
function daysBetween(from, to) {
    const days = [];
    for (let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); t <= to.getTime(); t += DAY_MS)
        days.push(new Date(t).toISOString().slice(0, 10));
    return days;
}
function parse(text) {
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * One hour's rollup pieces: its merged objects, then the parts none of them covers. Unions count a
 * device once however often it is merged, so a part read twice (compacted meanwhile) is harmless.
 */
async function readHour(store, appId, base, folder, covered) {
    const names = (await store.listTelemetry(appId, [...base, folder])).filter((n) => PART.test(n));
    const pieces = [];
    const own = new Set();
    for (const name of names.filter((n) => MERGED.test(n))) {
        const key = `${folder}/${name}`;
        if (covered.has(key))
            continue;
        const json = parse(await store.readTelemetry(appId, [...base, folder, name]));
        if (!json)
            continue;
        pieces.push({ json, last: json.last });
        for (const part of json.parts ?? [])
            own.add(part);
    }
    for (const name of names.filter((n) => !MERGED.test(n))) {
        const key = `${folder}/${name}`;
        if (covered.has(key) || own.has(key))
            continue;
        const json = parse(await store.readTelemetry(appId, [...base, folder, name]));
        if (json)
            pieces.push({ json, last: json.last });
    }
    return { folder, pieces, objects: names.map((n) => `${folder}/${n}`), covered: own };
}
/** One day's rollup pieces: its compacted objects, and the hours' pieces no compaction of the day holds yet. */
async function readDay(store, appId, day, hours) {
    const base = TELEMETRY_LAYOUT.rollupDay(day);
    const names = await store.listTelemetry(appId, base);
    const pieces = [];
    const covered = new Set();
    const merged = names.filter((n) => MERGED.test(n));
    for (const name of merged) {
        const json = parse(await store.readTelemetry(appId, [...base, name]));
        if (!json)
            continue;
        pieces.push({ json });
        for (const part of json.parts ?? [])
            covered.add(part);
    }
    const read = [];
    for (const folder of names.filter((n) => /^hour=\d{2}$/.test(n))) {
        const hour = folder.slice(5);
        if (hours && (hour < hours.from || hour > hours.to))
            continue;
        const h = await readHour(store, appId, base, folder, covered);
        pieces.push(...h.pieces);
        read.push(h);
    }
    return { pieces, covered, hours: read, merged };
}
/**
 * Distinct devices per group from each of `starts` to `to`, merged from the rollup parts every
 * serve instance wrote, read once for all the windows. For days not yet compacted (today and
 * yesterday) a window starts at a flush: a part is in it when its last row is; older days count
 * whole.
 */
async function readRollups(store, appId, starts, to) {
    const from = new Date(Math.min(...starts.map((d) => d.getTime())));
    const windows = starts.map((start) => ({ start: start.getTime(), day: start.toISOString().slice(0, 10), rollup: new Rollup() }));
    await eachPiece(store, appId, from, to, (piece, day) => {
        const rollup = Rollup.fromJSON(piece.json);
        for (const w of windows) {
            if (piece.last === undefined ? day >= w.day : piece.last >= w.start)
                w.rollup.merge(rollup);
        }
    });
    return windows.map((w) => w.rollup);
}
/** Every rollup piece that may hold rows from `from` to `to`, with its day. */
async function eachPiece(store, appId, from, to, use) {
    const first = from.toISOString();
    const last = to.toISOString();
    for (const day of daysBetween(from, to)) {
        const hours = { from: day === first.slice(0, 10) ? first.slice(11, 13) : '00', to: day === last.slice(0, 10) ? last.slice(11, 13) : '23' };
        for (const piece of (await readDay(store, appId, day, hours)).pieces)
            use(piece, day);
    }
}
/**
 * Distinct devices per group in each `bucketMs` from `from` to `to` (the console's charts): a
 * piece counts in the bucket of its last row; a compacted day, whose rows have no times left,
 * in its day's first bucket, so buckets finer than a day are exact for today and yesterday only.
 */
async function readSeries(store, appId, from, to, bucketMs) {
    const origin = Math.floor(from.getTime() / bucketMs) * bucketMs;
    const buckets = new Map();
    await eachPiece(store, appId, from, to, (piece, day) => {
        const t = piece.last ?? Date.parse(`${day}T00:00:00Z`);
        if (t < from.getTime() && piece.last !== undefined)
            return;
        const start = Math.max(origin, Math.floor(t / bucketMs) * bucketMs);
        let rollup = buckets.get(start);
        if (!rollup)
            buckets.set(start, (rollup = new Rollup()));
        rollup.merge(Rollup.fromJSON(piece.json));
    });
    return [...buckets].sort((a, b) => a[0] - b[0]).map(([start, rollup]) => ({ start: new Date(start), rollup }));
}
/** Distinct devices per group from `from` to `to` (see readRollups). */
async function readRollup(store, appId, from, to) {
    return (await readRollups(store, appId, [from], to))[0];
}
const HOUR_MS = 3600_000;
/**
 * Compaction, run by serve every so often: each finished hour's parts (one per instance and
 * flush) become one merged object in the hour, and days before yesterday one merged object per
 * day, so a 30-day read touches about 30 objects plus today's and yesterday's hours. A merged
 * object is written before anything it covers is removed, and unions count a device once
 * however often it is merged, so several instances may compact at once and a part written
 * late (a retried flush) is simply read beside the merged object.
 */
async function compactRollups(store, appId, now, instance) {
    const days = (await store.listTelemetry(appId, ['rollups'])).filter((n) => /^day=\d{4}-\d{2}-\d{2}$/.test(n)).map((n) => n.slice(4));
    const before = new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10);
    const stamp = `${instance}-${now.getTime().toString(36)}`;
    let compacted = 0;
    for (const day of days) {
        const base = TELEMETRY_LAYOUT.rollupDay(day);
        const { pieces, covered, hours, merged } = await readDay(store, appId, day);
        if (day < before) {
            const objects = hours.flatMap((h) => h.objects);
            if (objects.every((o) => covered.has(o)) && merged.length <= 1)
                continue;
            const rollup = new Rollup();
            for (const piece of pieces)
                rollup.merge(Rollup.fromJSON(piece.json));
            const name = `merged-${stamp}.json`;
            await store.putTelemetry(appId, [...base, name], JSON.stringify({ ...rollup.toJSON(), parts: [...new Set([...covered, ...objects])].sort() }));
            for (const object of objects)
                await store.deleteTelemetry(appId, [...base, ...object.split('/')]);
            for (const old of merged)
                if (old !== name)
                    await store.deleteTelemetry(appId, [...base, old]);
            compacted++;
            continue;
        }
        // Today and yesterday: each hour that has ended, once it holds more than one object.
        for (const h of hours) {
            if (Date.parse(`${day}T${h.folder.slice(5)}:00:00Z`) + HOUR_MS > now.getTime() || h.objects.length <= 1)
                continue;
            const rollup = new Rollup();
            let first = Infinity;
            let last = -Infinity;
            for (const piece of h.pieces) {
                rollup.merge(Rollup.fromJSON(piece.json));
                first = Math.min(first, piece.json.first ?? Infinity);
                last = Math.max(last, piece.json.last ?? -Infinity);
            }
            const name = `merged-${stamp}.json`;
            const span = Number.isFinite(first) ? { first, last } : {};
            await store.putTelemetry(appId, [...base, h.folder, name], JSON.stringify({ ...span, ...rollup.toJSON(), parts: h.objects.filter((o) => o !== `${h.folder}/${name}`).sort() }));
            for (const object of h.objects)
                if (object !== `${h.folder}/${name}`)
                    await store.deleteTelemetry(appId, [...base, ...object.split('/')]);
            compacted++;
        }
    }
    return compacted;
}
async function readRows(store, appId, folder, days, keep) {
    const rows = [];
    for (const day of days) {
        const base = folder(day);
        for (const name of (await store.listTelemetry(appId, base)).filter((n) => n.endsWith('.ndjson'))) {
            const text = await store.readTelemetry(appId, [...base, name]);
            for (const line of text?.split('\n') ?? []) {
                if (!line)
                    continue;
                try {
                    const row = JSON.parse(line);
                    if (keep(row))
                        rows.push(row);
                }
                catch { /* a torn line is skipped */ }
            }
        }
    }
    return rows;
}
/** One device's decisions and events since `from`, oldest first. */
async function deviceHistory(store, appId, deviceId, from, to) {
    const days = daysBetween(from, to);
    const since = from.toISOString();
    const byTime = (a, b) => a.t.localeCompare(b.t);
    const [decisions, events] = await Promise.all([
        readRows(store, appId, TELEMETRY_LAYOUT.decisions, days, (r) => r.device_id === deviceId && r.t >= since),
        readRows(store, appId, TELEMETRY_LAYOUT.events, days, (r) => r.device_id === deviceId && r.t >= since)
    ]);
    return { decisions: decisions.sort(byTime), events: events.sort(byTime) };
}

;// CONCATENATED MODULE: ./src/core/health/operations.ts








/** Health per bundle version, per channel, platform and native build, from the rollups. */
function healthRows(rollup) {
    const rows = [];
    for (const { group, metrics } of rollup.groups.values()) {
        const count = (m) => metrics.get(m)?.size ?? 0;
        const union = (ms) => DistinctSet.union(ms.map((m) => metrics.get(m))).size;
        rows.push({
            ...group,
            checked: count('checked'), offered: count('offered'), installed: count('installed'),
            failed: union(FAILED_METRICS), failedBy: Object.fromEntries(Object.keys(FAILURE_KINDS).map((k) => [k, count(`failed.${k}`)]).filter(([, n]) => n)),
            unhealthy: union(UNHEALTHY_METRICS), unhealthyBy: Object.fromEntries(Object.keys(UNHEALTHY_KINDS).map((k) => [k, count(`unhealthy.${k}`)]).filter(([, n]) => n))
        });
    }
    return rows.sort((a, b) => a.channel.localeCompare(b.channel) || b.version.localeCompare(a.version, undefined, { numeric: true }) || a.platform.localeCompare(b.platform) || a.native.localeCompare(b.native, undefined, { numeric: true }));
}
/** `--since 1h`, `30m`, `7d`, or an ISO date: the start of the window. */
function parseSince(value, now, fallbackMs = 24 * 3600_000) {
    if (value === undefined)
        return new Date(now.getTime() - fallbackMs);
    const m = /^(\d+(?:\.\d+)?)\s*(m|h|d)$/.exec(value.trim());
    if (m)
        return new Date(now.getTime() - Number(m[1]) * { m: 60_000, h: 3600_000, d: 86400_000 }[m[2]]);
    const t = Date.parse(value);
    if (Number.isNaN(t))
        throw new core_errors/* ConfigurationError */.j1([`--since must be a duration such as 30m, 1h or 7d, or a date such as 2026-12-01, got "${value}".`]);
    return new Date(t);
}
/** The gate's verdict on a channel's rollout, from the store's health data. */
async function rolloutVerdict(store, appId, channel, policy, now) {
    const rollout = channel.rollout;
    const started = new Date(rollout.startedAt);
    const stepStarted = new Date(rollout.stepStartedAt ?? rollout.startedAt);
    const [whole, step] = await readRollups(store, appId, [started, stepStarted], now);
    return judgeRollout(channel, policy, whole, step, now);
}
/** The longest look back for a bundle's health: older data has been seen by every gate since. */
const BUNDLE_WINDOW_MS = 30 * 86400_000;
/**
 * The health gate on a bundle about to be promoted onto `target`: its devices on every channel
 * that served the same bytes (its version, and the prerelease a tag's version was promoted from)
 * since it was stored, against the target channel's current bundle.
 */
async function bundleVerdict(store, appId, bundle, targetName, target, policy, now) {
    const origin = bundle.promotedFrom ? await store.getBundle(appId, bundle.promotedFrom) : undefined;
    const created = Math.min(...[bundle, origin].filter((b) => b !== undefined).map((b) => Date.parse(b.createdAt)).filter((t) => !Number.isNaN(t)), now.getTime());
    const since = new Date(Math.max(created, now.getTime() - BUNDLE_WINDOW_MS));
    const [rollup] = await readRollups(store, appId, [since], now);
    return judgeBundle(rollup, [bundle.version, ...(origin ? [origin.version] : [])], target, targetName, policy, since);
}
/**
 * `rollout advance`: applies the channel's rollout policy to its health and moves the channel
 * by compare-and-swap: advance to the next step, complete (promote), pause or abort, or hold.
 * Idempotent: a second run in the same state holds (the new step's bake time has just begun).
 */
async function operations_advanceRollout(store, appId, name, runtime, options = {}) {
    const channel = await store.getChannel(appId, name);
    if (!channel)
        throw new core_errors/* ConfigurationError */.j1([`Channel "${name}" does not exist for ${appId} in ${store.url}.`]);
    if (!channel.rollout)
        throw new core_errors/* ConfigurationError */.j1([`Channel "${name}" has no rollout in progress: nothing to advance. A release with a rollout policy (config "rollout") or --rollout starts one.`]);
    const policy = channel.rollout.policy;
    if (!policy)
        throw new core_errors/* ConfigurationError */.j1([`The rollout of ${channel.rollout.version} on "${name}" has no policy (it was started with --rollout by hand): change it with "capflight rollout --percentage", or release with a "rollout" policy in capflight.config.json.`]);
    const now = runtime.now();
    const verdict = await rolloutVerdict(store, appId, channel, policy, now);
    const version = channel.rollout.version;
    let applied = false;
    if (!options.dryRun && verdict.decision !== 'hold') {
        const bundle = await store.getBundle(appId, version);
        if (!bundle)
            throw new core_errors/* ConfigurationError */.j1([`Version ${version} of the rollout on "${name}" is not in the store.`]);
        const { after } = await updateChannel(store, appId, name, (current) => {
            // Only the rollout judged: another job may have moved it meanwhile.
            if (!current?.rollout || current.rollout.version !== version || current.revision !== channel.revision)
                return undefined;
            const at = now.toISOString();
            if (verdict.decision === 'advance')
                return startRollout(current, bundle, Math.round(verdict.nextPercentage * 100), now);
            if (verdict.decision === 'complete')
                return pointChannel(current, name, bundle, 'promote', now);
            if (verdict.decision === 'pause')
                return { ...current, revision: current.revision + 1, updatedAt: at, rollout: { ...current.rollout, paused: true } };
            return {
                ...current, revision: current.revision + 1, updatedAt: at, rollout: null,
                history: [...current.history, { version, checksum: bundle.checksum, at, action: 'rollout-abort', commit: bundle.commit }]
            };
        });
        if (!after)
            throw new core_errors/* ConflictError */.fK(`The rollout on "${name}" changed while it was judged. Run "capflight rollout advance --channel ${name}" again.`);
        applied = true;
    }
    const result = { ...verdict, appId, version, stableVersion: channel.version, applied, dryRun: Boolean(options.dryRun) };
    // Told only of what happened: a hold moves nothing, a dry run neither.
    if (options.webhook && applied)
        result.webhook = await notify(options.webhook, result, options.fetch ?? fetch);
    return result;
}
/** What to warn about when the webhook was not told (it failed, or answered an error), if anything. */
function operations_webhookProblem(result) {
    const hook = result.webhook;
    if (!hook || (!hook.error && (hook.status ?? 0) < 400))
        return undefined;
    return `The webhook ${hook.url} was not told: ${hook.error ?? `it answered ${hook.status}`}.`;
}
/** Posts the verdict to a webhook; best effort (the channel has moved already). */
async function notify(url, result, send) {
    try {
        const response = await send(url, {
            method: 'POST', headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(10_000),
            body: JSON.stringify({ event: `rollout.${result.decision}`, appId: result.appId, channel: result.channel, version: result.version, stableVersion: result.stableVersion, percentage: result.percentage, nextPercentage: result.nextPercentage ?? null, message: result.message, rollout: result.rollout, stable: result.stable, failure: result.failure, crash: result.crash })
        });
        return { url, status: response.status };
    }
    catch (error) {
        return { url, status: null, error: error.message };
    }
}
/** `explain --device`: what the endpoint decided for one device, and why. */
async function explainDevice(settings, runtime, options) {
    (0,core_names/* assertNames */.TL)([['deviceId', options.device, '--device']]);
    const store = registry_openTelemetryStore(settings.store, settings.cwd, runtime.env, 'capflight explain');
    const now = runtime.now();
    const since = parseSince(options.since, now, 7 * 86400_000);
    const [override, history] = await Promise.all([store.getDeviceChannel(settings.appId, options.device), deviceHistory(store, settings.appId, options.device, since, now)]);
    const last = history.decisions.at(-1);
    const message = last
        ? `Last check ${last.t}: channel ${last.channel} (${last.why === 'override' ? 'operator override' : last.why === 'self' ? 'chosen by the device' : 'server default'}), running ${last.current}, ${last.sent ? `sent ${last.sent}` : `no update (${last.reason})`}${last.bucket !== null ? `, rollout bucket ${last.bucket}` : ''}.`
        : `No decision for device ${options.device} since ${since.toISOString()}: it has not checked for updates with this app id (or the endpoint has not flushed yet).`;
    return { appId: settings.appId, device: options.device, since: since.toISOString(), override: override ?? null, decisions: history.decisions, events: history.events, message };
}

;// CONCATENATED MODULE: ./src/core/release/commands.ts










function channelResult(appId, status, channel, bundle, previous, store, message, nativeChanges = [], rollout = null) {
    return {
        status,
        version: bundle?.version ?? null,
        previousVersion: previous ?? null,
        channel,
        appId,
        commit: bundle?.commit ?? '',
        checksum: bundle?.checksum ?? null,
        size: bundle?.size ?? null,
        releaseType: nativeChanges.length > 0 ? 'native' : 'ota',
        bundleUrl: bundle ? store.blobUrl(appId, 'artifacts', artifactOf(bundle)) : null,
        changelog: bundle?.changelog ?? '',
        message,
        rule: null,
        bump: 'none',
        nativeChanges,
        unparsed: [],
        warnings: [],
        rollout
    };
}
async function requireChannel(store, appId, name) {
    const channel = await store.getChannel(appId, name);
    if (!channel) {
        const known = await store.listChannels(appId);
        throw new core_errors/* ConfigurationError */.j1([`Channel "${name}" does not exist for ${appId} in ${store.url}. Known channels: ${known.length ? known.join(', ') : 'none yet (run "capflight release" first)'}.`]);
    }
    return channel;
}
async function requireBundle(store, appId, version) {
    const bundle = await store.getBundle(appId, version);
    if (!bundle) {
        const known = (await store.listBundleVersions(appId)).sort((semver_default()).rcompare).slice(0, 10);
        throw new core_errors/* ConfigurationError */.j1([`Version ${version} is not in the store for ${appId}. Recent versions: ${known.length ? known.join(', ') : 'none'}. See "capflight status".`]);
    }
    return bundle;
}
/**
 * Points channel `to` at the bundle `from` serves (or `version`): the exact stored bytes, no
 * rebuild. With `requireHealthy` the bundle must first pass the health gate (exit 4 otherwise).
 */
async function commands_promote(settings, runtime, options) {
    (0,core_names/* assertNames */.TL)([['channel', options.from, '--from channel'], ['channel', options.to, '--to channel'], ['version', options.version, '--version']]);
    // The health gate reads device data, which some backends (Capgo) cannot hold: refused up front.
    const store = options.requireHealthy
        ? registry_openTelemetryStore(settings.store, settings.cwd, runtime.env, 'promote --require-healthy')
        : openStore(settings.store, settings.cwd, runtime.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli });
    const appId = settings.appId;
    if (!options.from && !options.version)
        throw new core_errors/* ConfigurationError */.j1(['promote needs --from <channel> or --version <version>, and --to <channel>.']);
    const version = options.version ?? (await requireChannel(store, appId, options.from)).version;
    const bundle = await requireBundle(store, appId, version);
    await assertStored(store, bundle);
    const target = await store.getChannel(appId, options.to);
    if (target?.version === bundle.version) {
        return channelResult(appId, 'unchanged', options.to, bundle, target.version, store, `${options.to} already serves ${bundle.version}.`);
    }
    const nativeChanges = target && target.nativeFingerprint.digest !== bundle.nativeFingerprint.digest
        ? describeNativeChange(target.nativeFingerprint, bundle.nativeFingerprint) : [];
    if (nativeChanges.length > 0 && !settings.allowNativeChange) {
        return channelResult(appId, 'native-required', options.to, bundle, target?.version, store, `${bundle.version} was built for different native code than ${options.to} serves (${nativeChanges.join('; ')}). Ship the store build first, then promote with --allow-native-change.`, nativeChanges);
    }
    if (target?.rollout && !settings.replaceRollout) {
        throw new core_errors/* ConfigurationError */.j1([`Channel "${options.to}" is rolling ${target.rollout.version} out to ${target.rollout.percentageBps / 100}% of its devices: promoting ${bundle.version} onto it would replace that rollout for every device. Finish it first ("capflight rollout --channel ${options.to} --promote" or "--abort"), or pass --replace-rollout.`]);
    }
    let health;
    if (options.requireHealthy) {
        // The policy's base (no lane): the gate asks for the evidence a rollout step would.
        health = await bundleVerdict(store, appId, bundle, options.to, target, settings.rolloutPolicy?.base ?? policy/* DEFAULT_POLICY */.z, runtime.now());
        if (!health.healthy)
            throw new core_errors/* HealthGateError */.Gx(health.message, { health });
    }
    const withHealth = (result) => (health ? { ...result, message: `${result.message} ${health.message}`, health } : result);
    if (settings.dryRun)
        return withHealth(channelResult(appId, 'dry-run', options.to, bundle, target?.version, store, `Would point ${options.to} at ${bundle.version}.`, nativeChanges));
    const { before } = await updateChannel(store, appId, options.to, (current) => pointChannel(current, options.to, bundle, 'promote', runtime.now()));
    return withHealth(channelResult(appId, 'promoted', options.to, bundle, before?.version, store, `${options.to} now serves ${bundle.version}${options.from ? ` (from ${options.from})` : ''}.`, nativeChanges));
}
/** Moves a channel back one step (or to `to`). */
async function commands_rollback(settings, runtime, options) {
    (0,core_names/* assertNames */.TL)([['channel', options.channel], ['version', options.to, '--to version']]);
    const store = openStore(settings.store, settings.cwd, runtime.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli });
    const appId = settings.appId;
    const channel = await requireChannel(store, appId, options.channel);
    const version = options.to ?? rollbackTarget(channel);
    if (!version) {
        throw new core_errors/* StoreError */.AD(channel.history.length === 0
            ? `${store.url} keeps no history for channel "${options.channel}", so capflight cannot tell what it served before ${channel.version}. Name the bundle: --to <version> (see "capflight status" or the store's bundle list).`
            : `Channel "${options.channel}" has no earlier bundle to roll back to (it has only served ${channel.version}). Use --to <version> to pick one from "capflight status".`);
    }
    const bundle = await requireBundle(store, appId, version);
    await assertStored(store, bundle);
    if (channel.version === version)
        return channelResult(appId, 'unchanged', options.channel, bundle, channel.version, store, `${options.channel} already serves ${version}.`);
    if (settings.dryRun)
        return channelResult(appId, 'dry-run', options.channel, bundle, channel.version, store, `Would roll ${options.channel} back from ${channel.version} to ${version}.`);
    const { before } = await updateChannel(store, appId, options.channel, (current) => {
        if (!current)
            return undefined;
        return pointChannel(current, options.channel, bundle, 'rollback', runtime.now());
    });
    return channelResult(appId, 'rolled-back', options.channel, bundle, before?.version, store, `Rolled ${options.channel} back from ${before?.version} to ${version}.`);
}
/** Channels with their current bundle, rollout and history, and the devices' health over the window. */
async function commands_status(settings, options) {
    (0,core_names/* assertNames */.TL)([['channel', options.channel]]);
    const now = options.now ?? new Date();
    const since = options.stats === false ? undefined : parseSince(options.since, now);
    // Device reports come from the same store object where the backend holds them (file:, s3://).
    const telemetry = options.stats !== false && !telemetryRefusal(settings.store) ? registry_openTelemetryStore(settings.store, settings.cwd, options.env ?? {}) : undefined;
    const store = telemetry ?? openStore(settings.store, settings.cwd, options.env ?? {}, { apiKey: settings.apiKey, capgoCli: settings.capgoCli });
    const names = options.channel ? [options.channel] : await store.listChannels(settings.appId);
    const channels = [];
    for (const name of names) {
        const c = options.channel ? await requireChannel(store, settings.appId, name) : await store.getChannel(settings.appId, name);
        if (!c)
            continue;
        const bundle = await store.getBundle(settings.appId, c.version);
        channels.push({
            name: c.name, version: c.version, checksum: c.checksum, revision: c.revision, updatedAt: c.updatedAt,
            minNativeVersion: c.minNativeVersion ?? null, rollout: c.rollout ?? null, settings: channelSettings(c), commit: bundle?.commit ?? null, history: c.history
        });
    }
    if (!telemetry || !since)
        return { appId: settings.appId, store: store.url, channels, since: null, health: [] };
    const rows = healthRows(await readRollup(telemetry, settings.appId, since, now));
    return { appId: settings.appId, store: store.url, channels, since: since.toISOString(), health: options.channel ? rows.filter((r) => r.channel === options.channel) : rows };
}
/** Changes a channel's rollout: a new percentage, promote it to everyone, or abort it. */
async function rollout(settings, runtime, options) {
    (0,core_names/* assertNames */.TL)([['channel', options.channel]]);
    const store = openStore(settings.store, settings.cwd, runtime.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli });
    const appId = settings.appId;
    const chosen = [options.percentageBps !== undefined, options.promote, options.abort, options.pause, options.resume].filter(Boolean).length;
    if (chosen !== 1)
        throw new core_errors/* ConfigurationError */.j1(['rollout needs exactly one of --percentage <percent>, --promote, --abort, --pause or --resume (or: rollout advance).']);
    const channel = await requireChannel(store, appId, options.channel);
    if (!channel.rollout) {
        throw new core_errors/* ConfigurationError */.j1([`Channel "${options.channel}" has no rollout in progress. Start one with "capflight release --rollout <percent>".`]);
    }
    const bundle = await requireBundle(store, appId, channel.rollout.version);
    if (settings.dryRun)
        return channelResult(appId, 'dry-run', options.channel, bundle, channel.version, store, `Would change the rollout of ${bundle.version} on ${options.channel}.`);
    const at = runtime.now();
    const { before, after } = await updateChannel(store, appId, options.channel, (current) => {
        if (!current?.rollout || current.rollout.version !== bundle.version)
            return undefined;
        if (options.promote)
            return pointChannel(current, options.channel, bundle, 'promote', at);
        if (options.pause || options.resume) {
            // Already so: nothing to write (the result below says how it stands).
            if (Boolean(current.rollout.paused) === Boolean(options.pause))
                return undefined;
            return { ...current, revision: current.revision + 1, updatedAt: at.toISOString(), rollout: { ...current.rollout, paused: Boolean(options.pause) } };
        }
        if (options.abort) {
            return {
                ...current, revision: current.revision + 1, updatedAt: at.toISOString(), rollout: null,
                history: [...current.history, { version: bundle.version, checksum: bundle.checksum, at: at.toISOString(), action: 'rollout-abort', commit: bundle.commit }]
            };
        }
        return startRollout(current, bundle, options.percentageBps, at);
    });
    const unchanged = (options.pause || options.resume) && before?.rollout?.version === bundle.version && Boolean(before.rollout.paused) === Boolean(options.pause);
    if (unchanged) {
        return channelResult(appId, 'promoted', options.channel, bundle, before.version, store, `The rollout of ${bundle.version} on ${options.channel} is already ${options.pause ? 'paused' : 'running'}; nothing changed.`, [], { percentageBps: before.rollout.percentageBps, policy: before.rollout.policy?.lane ?? null });
    }
    if (!after)
        throw new core_errors/* ConflictError */.fK(`The rollout on "${options.channel}" changed while we updated it. Check "capflight status --channel ${options.channel}" and try again.`);
    if (options.promote)
        return channelResult(appId, 'promoted', options.channel, bundle, before?.version, store, `${bundle.version} is now served to every device on ${options.channel}.`);
    const share = { percentageBps: after.rollout?.percentageBps ?? 0, policy: after.rollout?.policy?.lane ?? null };
    if (options.pause)
        return channelResult(appId, 'promoted', options.channel, bundle, after.version, store, `Rollout of ${bundle.version} on ${options.channel} paused at ${share.percentageBps / 100}%: the devices already on it keep it, no new device gets it.`, [], share);
    if (options.resume)
        return channelResult(appId, 'promoted', options.channel, bundle, after.version, store, `Rollout of ${bundle.version} on ${options.channel} resumed at ${share.percentageBps / 100}%.`, [], share);
    if (options.abort) {
        const stable = await requireBundle(store, appId, after.version);
        return channelResult(appId, 'promoted', options.channel, stable, bundle.version, store, `Rollout of ${bundle.version} aborted: every device on ${options.channel} gets ${after.version} again.`);
    }
    return channelResult(appId, 'promoted', options.channel, bundle, before?.version, store, `${bundle.version} now reaches ${options.percentageBps / 100}% of ${options.channel}; the rest stay on ${after.version}.`, [], { percentageBps: options.percentageBps, policy: null });
}
/** Updates who may receive a channel's bundles (platforms, emulators, debug builds, self-assignment). */
async function configureChannel(settings, runtime, options) {
    (0,core_names/* assertNames */.TL)([['channel', options.channel]]);
    const store = openStore(settings.store, settings.cwd, runtime.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli });
    await requireChannel(store, settings.appId, options.channel);
    // No settings given: show them, change nothing (not even the revision).
    if (Object.keys(options.changes).length === 0)
        return (await commands_status(settings, { channel: options.channel, env: runtime.env, stats: false })).channels[0];
    const { after } = await updateChannel(store, settings.appId, options.channel, (current) => current && {
        ...current,
        revision: current.revision + 1,
        updatedAt: runtime.now().toISOString(),
        settings: { ...channelSettings(current), ...options.changes }
    });
    return (await commands_status(settings, { channel: after.name, env: runtime.env, stats: false })).channels[0];
}
/**
 * An operator's override of one device's channel (`channel` undefined removes it). It wins over
 * what the device names and over the server's default, whatever the channel's self-assignment.
 */
async function setDeviceChannel(settings, runtime, options) {
    (0,core_names/* assertNames */.TL)([['deviceId', options.device, '--device'], ['channel', options.channel]]);
    const store = registry_openTelemetryStore(settings.store, settings.cwd, runtime.env, 'capflight device');
    if (options.channel !== undefined)
        await requireChannel(store, settings.appId, options.channel);
    const previous = (await store.getDeviceChannel(settings.appId, options.device)) ?? null;
    if (!settings.dryRun)
        await store.putDeviceChannel(settings.appId, options.device, options.channel);
    return { appId: settings.appId, device: options.device, channel: settings.dryRun ? previous : options.channel ?? null, previous, dryRun: settings.dryRun };
}

;// CONCATENATED MODULE: ./src/core/release/maintenance.ts





function openMaintainable(settings, runtime) {
    const refusal = blobsRefusal(settings.store);
    if (refusal) {
        throw new core_errors/* ConfigurationError */.j1([`${settings.store.split(/[?#]/)[0]} ${refusal}: "capflight store check" and "capflight store gc" work on file: and s3:// stores.`]);
    }
    return openStore(settings.store, settings.cwd, runtime.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli });
}
async function sha256Of(stream) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of stream)
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * Verifies the store: every channel (and rollout) points at a recorded bundle, and every
 * record's blobs are present with the size and SHA-256 their names promise. Each blob is
 * read once, however many bundles share it.
 */
async function checkStore(settings, runtime) {
    const store = openMaintainable(settings, runtime);
    const appId = settings.appId;
    const problems = [];
    const verified = new Map();
    const verify = async (kind, sha256, size) => {
        const id = `${kind}/${sha256}`;
        if (!verified.has(id)) {
            const stored = await store.statBlob(appId, kind, sha256);
            let problem;
            if (stored === undefined)
                problem = 'is missing';
            else if (size !== undefined && stored !== size)
                problem = `holds ${stored} bytes, the record says ${size}`;
            else if ((await sha256Of(store.readBlob(appId, kind, sha256))) !== sha256)
                problem = 'does not match its SHA-256 (corrupted)';
            verified.set(id, problem);
        }
        return verified.get(id);
    };
    const versions = await store.listBundleVersions(appId);
    if (versions.length === 0 && (await store.listChannels(appId)).length === 0) {
        throw new core_errors/* ConfigurationError */.j1([`${store.url} holds nothing for ${appId}: no bundle and no channel. Check --store and --app-id; "capflight release" creates it.`]);
    }
    const bundles = new Map();
    for (const version of versions) {
        const bundle = await store.getBundle(appId, version);
        if (!bundle)
            continue;
        bundles.set(version, bundle);
        runtime.reporter.debug(`Checking ${version}`);
        const artifact = await verify('artifacts', artifactOf(bundle), bundle.size);
        if (artifact)
            problems.push({ kind: 'blob', name: `${version}: artifacts/${artifactOf(bundle)}.zip`, message: `The zip of ${version} ${artifact}.` });
        for (const file of bundle.manifest) {
            const blob = file.blob ?? file.sha256;
            const problem = await verify('files', blob, file.blob ? undefined : file.size);
            if (problem)
                problems.push({ kind: 'blob', name: `${version}: files/${blob}`, message: `${file.path} of ${version} ${problem}.` });
            if (file.brotli) {
                const brotli = await verify('files', file.brotli.blob, file.brotli.size);
                if (brotli)
                    problems.push({ kind: 'blob', name: `${version}: files/${file.brotli.blob}`, message: `The Brotli form of ${file.path} of ${version} ${brotli}.` });
            }
        }
    }
    const channels = await store.listChannels(appId);
    for (const name of channels) {
        const channel = await store.getChannel(appId, name);
        if (!channel)
            continue;
        for (const [role, version] of [['serves', channel.version], ['rolls out', channel.rollout?.version]]) {
            if (!version)
                continue;
            const bundle = bundles.get(version);
            if (!bundle)
                problems.push({ kind: 'channel', name, message: `Channel ${name} ${role} ${version}, which has no bundle record.` });
            else if (problems.some((p) => p.name.startsWith(`${version}: `)))
                problems.push({ kind: 'channel', name, message: `Channel ${name} ${role} ${version}, whose blobs are not all intact.` });
        }
    }
    return { appId, store: store.url, channels: channels.length, bundles: bundles.size, blobsVerified: verified.size, problems };
}
/** Bundles and blobs younger than this are left alone: a release may be writing them right now. */
const GC_GRACE_MS = 60 * 60 * 1000;
/**
 * Deletes bundle records no channel needs — beyond the last `keep` bundles each channel served,
 * its current one and any rollout — then every blob no remaining record references. Nothing
 * younger than `minAgeMs` (an hour by default) is touched, so a release running meanwhile is
 * not undercut.
 */
async function collectGarbage(settings, runtime, options) {
    if (!Number.isInteger(options.keep) || options.keep < 1)
        throw new core_errors/* ConfigurationError */.j1([`--keep must be a whole number of at least 1 (bundles kept per channel), got ${options.keep}.`]);
    const refusal = gcRefusal(settings.store);
    if (refusal)
        throw new core_errors/* ConfigurationError */.j1([`capflight store gc ${refusal}`]);
    const store = openMaintainable(settings, runtime);
    const appId = settings.appId;
    const cutoff = runtime.now().getTime() - (options.minAgeMs ?? GC_GRACE_MS);
    const keptVersions = async () => {
        const kept = new Set();
        for (const name of await store.listChannels(appId)) {
            const channel = await store.getChannel(appId, name);
            if (!channel)
                continue;
            for (const v of servedVersions(channel).slice(0, options.keep))
                kept.add(v);
            if (channel.rollout)
                kept.add(channel.rollout.version);
        }
        return kept;
    };
    const kept = await keptVersions();
    const records = [];
    for (const version of await store.listBundleVersions(appId)) {
        const bundle = await store.getBundle(appId, version);
        if (bundle)
            records.push(bundle);
    }
    const doomed = records.filter((b) => !kept.has(b.version) && Date.parse(b.createdAt) < cutoff);
    // A channel may have moved while we looked: read them again right before deleting.
    const keptNow = await keptVersions();
    const deletedBundles = doomed.filter((b) => !keptNow.has(b.version));
    const remaining = records.filter((b) => !deletedBundles.includes(b));
    const referenced = { artifacts: new Set(), files: new Set() };
    for (const b of remaining) {
        referenced.artifacts.add(artifactOf(b));
        for (const f of b.manifest) {
            referenced.files.add(f.blob ?? f.sha256);
            if (f.brotli)
                referenced.files.add(f.brotli.blob);
        }
    }
    const deletedBlobs = [];
    for (const kind of ['artifacts', 'files']) {
        for (const blob of await store.listBlobs(appId, kind)) {
            if (!referenced[kind].has(blob.sha256) && blob.modifiedAt.getTime() < cutoff)
                deletedBlobs.push({ kind, sha256: blob.sha256, size: blob.size });
        }
    }
    if (!settings.dryRun) {
        // Records first: a record never names a blob that is gone.
        for (const b of deletedBundles)
            await store.deleteBundle(appId, b.version);
        for (const blob of deletedBlobs)
            await store.deleteBlob(appId, blob.kind, blob.sha256);
    }
    return {
        appId,
        store: store.url,
        dryRun: settings.dryRun,
        kept: [...keptNow].sort(),
        deletedBundles: deletedBundles.map((b) => b.version).sort(),
        deletedBlobs,
        freedBytes: deletedBlobs.reduce((sum, b) => sum + b.size, 0)
    };
}

;// CONCATENATED MODULE: ./src/core/doctor/doctor.ts














const pass = (name, message) => ({ name, status: 'pass', message });
const fail = (name, message, fix) => ({ name, status: 'fail', message, fix });
const skip = (name, message) => ({ name, status: 'skip', message });
/** The plugin major capflight speaks (DESIGN §6). */
const PLUGIN = '@capgo/capacitor-updater';
const PLUGIN_MAJOR = 8;
const SOURCE_FILE = /\.(?:[cm]?js|jsx|ts|tsx|vue|svelte|html?)$/;
/**
 * Everything a release and a device need, one check each, each failure with its fix: git and
 * tags, appId and webDir, the build, notifyAppReady, the plugin's version, its URLs, the keys,
 * the store (reachable and writable) and the endpoint (a real /updates answer).
 */
async function doctor(flags, runtime) {
    const checks = [];
    let settings;
    try {
        settings = (0,settings_settings/* buildSettings */.E6)(flags, runtime.env, runtime.cwd);
        checks.push(pass('config', `app ${settings.appId}, web folder ${settings.webDir}, store ${settings.store.split(/[?#]/)[0]}`));
    }
    catch (error) {
        checks.push(fail('config', error.message, 'Fix the settings above (capflight.config.json, the capacitor config or the flags).'));
    }
    checks.push(await gitCheck(runtime, settings));
    if (!settings)
        return result(checks);
    const config = await (0,capacitor_config/* loadCapacitorConfig */.L)(settings.cwd).catch((error) => {
        checks.push(fail('capacitor config', error.message, 'Fix the capacitor config so "npx cap sync" loads it.'));
        return undefined;
    });
    const updater = (config?.config.plugins?.CapacitorUpdater ?? {});
    checks.push(buildCheck(settings));
    checks.push(await notifyCheck(settings));
    checks.push(await pluginCheck(settings.cwd));
    checks.push(urlsCheck(settings, updater));
    checks.push(keysCheck(settings, updater));
    checks.push(await storeCheck(settings, runtime));
    checks.push(await endpointCheck(settings, updater));
    return result(checks);
}
function result(checks) {
    return { ok: checks.every((c) => c.status !== 'fail'), checks };
}
async function gitCheck(runtime, settings) {
    const git = new Git(settings?.cwd ?? runtime.cwd, runtime.env);
    let head;
    try {
        head = (await git.repository()).head.slice(0, 7);
    }
    catch (error) {
        return fail('git', error.message, `Run capflight in a git repository with a commit (git ${MIN_GIT_VERSION.join('.')} or newer).`);
    }
    if (!settings)
        return pass('git', `HEAD ${head}`);
    const format = new tag_format/* TagFormat */.G(settings.tagFormat);
    const tags = (await git.tagsMergedIntoHead()).filter((t) => format.version(t));
    if (tags.length === 0)
        return pass('git', `HEAD ${head}; no release tag (${format.tag('x.y.z')}) yet: versions start from package.json's version`);
    return pass('git', `HEAD ${head}; last release tag ${tags.sort((a, b) => semver_default().rcompare(format.version(a), format.version(b)))[0]}`);
}
function buildCheck(settings) {
    const web = external_node_path_default().resolve(settings.cwd, settings.webDir);
    if (settings.buildCommand)
        return pass('build', `"${settings.buildCommand}" builds ${settings.webDir}/`);
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(web, 'index.html')))
        return pass('build', `no build command; ${settings.webDir}/ is packed as it is`);
    return fail('build', `no build command and no ${settings.webDir}/index.html`, 'Add a "build" script to package.json, set "buildCommand" in capflight.config.json, or build the web app first.');
}
/** Scans the built folder, else the sources, for a call of notifyAppReady(). */
async function notifyCheck(settings) {
    const web = external_node_path_default().resolve(settings.cwd, settings.webDir);
    const roots = (0,external_node_fs_.existsSync)(web) ? [web] : ['src', 'app'].map((d) => external_node_path_default().join(settings.cwd, d)).filter(external_node_fs_.existsSync);
    if (roots.length === 0)
        return skip('notifyAppReady', `no ${settings.webDir}/ or src/ to look in yet`);
    let seen = 0;
    const visit = async (dir) => {
        for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
            if (seen > 20_000)
                return false;
            const full = external_node_path_default().join(dir, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== 'node_modules' && !entry.name.startsWith('.') && (await visit(full)))
                    return true;
            }
            else if (SOURCE_FILE.test(entry.name)) {
                seen++;
                if ((await (0,promises_.readFile)(full, 'utf8')).includes('notifyAppReady'))
                    return true;
            }
        }
        return false;
    };
    for (const root of roots)
        if (await visit(root))
            return pass('notifyAppReady', `called in ${external_node_path_default().relative(settings.cwd, root) || '.'}/`);
    return fail('notifyAppReady', 'no file calls CapacitorUpdater.notifyAppReady()', 'Call CapacitorUpdater.notifyAppReady() once the app has started: without it the plugin rolls every update back.');
}
async function pluginCheck(cwd) {
    const dir = await installedDir(cwd, PLUGIN);
    if (dir) {
        const version = String(JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, 'package.json'), 'utf8')).version);
        return semver_default().major(semver_default().coerce(version) ?? '0.0.0') === PLUGIN_MAJOR
            ? pass('plugin', `${PLUGIN} ${version}`)
            : fail('plugin', `${PLUGIN} ${version} is installed; capflight speaks the ${PLUGIN_MAJOR}.x protocol`, `npm install ${PLUGIN}@^${PLUGIN_MAJOR} and npx cap sync, then ship a store build.`);
    }
    return fail('plugin', `${PLUGIN} is not installed here`, `npm install ${PLUGIN}@^${PLUGIN_MAJOR} && npx cap sync (or install the dependencies first).`);
}
function urlsCheck(settings, updater) {
    const hosted = servedBy(settings.store);
    if (hosted)
        return skip('plugin URLs', `devices update from ${hosted}`);
    const urls = ['updateUrl', 'statsUrl', 'channelUrl'].map((k) => [k, updater[k]]);
    const missing = urls.filter(([, v]) => typeof v !== 'string' || !/^https?:\/\//.test(v)).map(([k]) => k);
    if (missing.length) {
        return fail('plugin URLs', `plugins.CapacitorUpdater has no ${missing.join(', ')}`, 'Point the plugin at capflight serve: updateUrl <url>/updates, statsUrl <url>/stats, channelUrl <url>/channel_self, then ship a store build.');
    }
    const origins = new Set(urls.map(([, v]) => new URL(String(v)).origin));
    if (origins.size > 1)
        return fail('plugin URLs', `the plugin URLs point at ${origins.size} servers (${[...origins].join(', ')})`, 'Point all three at the same capflight serve.');
    return pass('plugin URLs', `${updater.updateUrl}`);
}
function keysCheck(settings, updater) {
    const appKey = typeof updater.publicKey === 'string' ? updater.publicKey : settings.appPublicKey;
    if (!appKey && !settings.privateKey)
        return skip('keys', 'bundles are not encrypted (no publicKey in the capacitor config)');
    if (!appKey)
        return fail('keys', 'a private key is given but the capacitor config has no publicKey', 'Add the public key to plugins.CapacitorUpdater.publicKey ("capflight keys create" prints it), or drop the private key.');
    if (!settings.privateKey) {
        return settings.signCommand ? skip('keys', 'bundles are signed by --sign-command') : fail('keys', 'the capacitor config has a publicKey but no private key is given', 'Pass --private-key (or CAPFLIGHT_PRIVATE_KEY): devices only accept encrypted bundles.');
    }
    try {
        const publicKey = publicPemOf(parsePrivateKey(settings.privateKey, settings.privateKeySource ?? 'the private key'));
        return samePublicKey(publicKey, appKey)
            ? pass('keys', 'the private key matches the app\'s publicKey')
            : fail('keys', 'the private key does not match plugins.CapacitorUpdater.publicKey', 'Use the key pair made together ("capflight keys create"), or update publicKey and ship a store build.');
    }
    catch (error) {
        return fail('keys', error.message, 'Pass the private key file written by "capflight keys create".');
    }
}
/** Reachable: the channel list reads. Writable: a probe blob goes in and is deleted again (file: and s3://). */
async function storeCheck(settings, runtime) {
    const store = openStore(settings.store, settings.cwd, runtime.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli });
    try {
        const channels = await store.listChannels(settings.appId);
        if (servedBy(settings.store))
            return pass('store', `${store.url} answers: ${channels.length} channel(s)`);
        const body = `capflight doctor ${(0,external_node_crypto_.randomBytes)(8).toString('hex')}\n`;
        const sha = (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex');
        const probe = external_node_path_default().join(external_node_os_default().tmpdir(), `capflight-doctor-${sha.slice(0, 12)}`);
        await (0,promises_.writeFile)(probe, body);
        try {
            await store.putBlob(settings.appId, 'files', sha, probe);
            await store.deleteBlob(settings.appId, 'files', sha);
        }
        finally {
            await (0,promises_.rm)(probe, { force: true });
        }
        return pass('store', `${store.url} is reachable and writable: ${channels.length} channel(s)`);
    }
    catch (error) {
        return fail('store', error.message, 'Fix --store (or CAPFLIGHT_STORE) and its credentials.');
    }
}
/** The endpoint the app's updateUrl names answers /health and a real /updates request as the plugin sends it. */
async function endpointCheck(settings, updater) {
    if (servedBy(settings.store))
        return skip('endpoint', 'devices update from the hosted service');
    const updateUrl = typeof updater.updateUrl === 'string' ? updater.updateUrl : settings.appUpdateUrl;
    if (!updateUrl)
        return skip('endpoint', 'no updateUrl to ask');
    const signal = AbortSignal.timeout(10_000);
    try {
        const health = await fetch(new URL('/health', updateUrl), { headers: { 'user-agent': product/* USER_AGENT */._ }, signal });
        if (!health.ok)
            return fail('endpoint', `${new URL('/health', updateUrl).href} answered HTTP ${health.status}`, 'Run "capflight serve" there (or put it behind that URL).');
        const answer = await fetch(updateUrl, {
            method: 'POST', signal,
            headers: { 'content-type': 'application/json', 'user-agent': product/* USER_AGENT */._ },
            body: JSON.stringify({ app_id: settings.appId, device_id: 'capflight-doctor', version_name: 'builtin', version_build: '0.0.0', version_code: '0', version_os: '0', platform: 'android', plugin_version: '8.0.0', is_emulator: false, is_prod: true, custom_id: '', defaultChannel: '' })
        });
        const body = await answer.json().catch(() => undefined);
        if (!body || (typeof body.version !== 'string' && typeof body.kind !== 'string' && typeof body.error !== 'string')) {
            return fail('endpoint', `POST ${updateUrl} answered HTTP ${answer.status} without an update answer`, 'Point updateUrl at capflight serve\'s /updates.');
        }
        return pass('endpoint', body.version && body.url ? `${updateUrl} offers ${body.version}` : `${updateUrl} answers (${body.kind ?? body.error}: ${body.message ?? ''})`);
    }
    catch (error) {
        return fail('endpoint', `${updateUrl} did not answer (${error.cause ?? error.message})`, 'Start "capflight serve" where updateUrl points, or fix updateUrl and ship a store build.');
    }
}

;// CONCATENATED MODULE: ./src/core/crypto/create-keys.ts





/**
 * Writes a new RSA-2048 key pair for capacitor-updater's encryption v2: the
 * private key with mode 0600 (where .gitignore should already cover it), the
 * public key next to it for the app's capacitor config.
 */
async function createKeys(runtime, options) {
    const dir = external_node_path_default().resolve(runtime.cwd, options.dir);
    const privateKeyPath = external_node_path_default().join(dir, 'private_key.pem');
    const publicKeyPath = external_node_path_default().join(dir, 'public_key.pem');
    if (!options.force && ((0,external_node_fs_.existsSync)(privateKeyPath) || (0,external_node_fs_.existsSync)(publicKeyPath))) {
        throw new core_errors/* ConfigurationError */.j1([`${privateKeyPath} already exists. Bundles released with it can only be read by apps holding its public key: keep it, or pass --force to replace it (then ship a store build with the new public key).`]);
    }
    const { privateKeyPem, publicKeyPem } = createKeyPair();
    runtime.reporter.setSecret(privateKeyPem);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    (0,external_node_fs_.writeFileSync)(privateKeyPath, privateKeyPem, { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(privateKeyPath, 0o600);
    (0,external_node_fs_.writeFileSync)(publicKeyPath, publicKeyPem);
    const git = new Git(runtime.cwd, runtime.env);
    const ignored = await git.exec(['check-ignore', '-q', privateKeyPath], { allowFailure: true }).catch(() => ({ code: 1 }));
    const ignoredByGit = ignored.code === 0;
    if (!ignoredByGit) {
        runtime.reporter.warn(`${external_node_path_default().relative(runtime.cwd, privateKeyPath) || privateKeyPath} is not covered by .gitignore: add "${external_node_path_default().relative(runtime.cwd, dir) || dir}/" to .gitignore so the private key is never committed. Keep it in your CI's secret store.`);
    }
    return { privateKeyPath, publicKeyPath, publicKey: publicKeyPem, ignoredByGit, capacitorConfig: { plugins: { CapacitorUpdater: { publicKey: publicKeyPem } } } };
}

;// CONCATENATED MODULE: ./src/core/init/workflows.ts

/** The CI hosts `init` writes a workflow for. */
const INIT_CIS = ['github', 'gitlab', 'azure', 'jenkins'];
const INSTALL = {
    npm: 'npm ci',
    pnpm: 'corepack enable && pnpm install --frozen-lockfile',
    yarn: 'corepack enable && yarn install --frozen-lockfile'
};
/**
 * One workflow per CI that works on the CI's hosted runners: the store is S3 (a hosted runner
 * keeps nothing), its URL and credentials come from the CI's secrets, named in the file.
 */
function workflowFor(ci, options) {
    const install = INSTALL[options.packageManager];
    const dir = options.appDir;
    const secrets = ['CAPFLIGHT_STORE (e.g. s3://my-bucket/capflight)', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION'];
    if (ci === 'github') {
        return {
            path: '.github/workflows/capflight.yml',
            secrets,
            content: `# Live updates with capflight: main → development, hotfix/* and release/* → beta, v* tags → production.
# Repository secrets: CAPFLIGHT_STORE (s3://bucket/prefix), AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION.
name: Live update
on:
  push:
    branches: ['main', 'hotfix/**', 'release/**']
    tags: ['v*']
permissions:
  contents: write
  pull-requests: write
jobs:
  ota:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
      AWS_REGION: \${{ secrets.AWS_REGION }}
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v5
        with:
          node-version: 24
      - run: ${install}${dir ? `\n        working-directory: ${dir}` : ''}
      - id: capflight
        uses: capflight/capflight@v1
        with:
          store: \${{ secrets.CAPFLIGHT_STORE }}${dir ? `\n          working-directory: ${dir}` : ''}
          install: false
      - run: echo "\${{ steps.capflight.outputs.status }} \${{ steps.capflight.outputs.version }} on \${{ steps.capflight.outputs.channel }}"
`
        };
    }
    if (ci === 'gitlab') {
        return {
            path: '.gitlab-ci.yml',
            secrets,
            content: `# Live updates with capflight: the default branch → development, hotfix/* and release/* → beta, tags → production.
# CI/CD variables (masked): CAPFLIGHT_STORE (s3://bucket/prefix), AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION.
include:
  - component: $CI_SERVER_FQDN/capflight/capflight/capflight@${product/* PRODUCT_VERSION */.v}
    inputs:
      store: $CAPFLIGHT_STORE${dir ? `\n      working-directory: ${dir}` : ''}

capflight:
  before_script:
    - ${install}
  rules:
    - if: $CI_COMMIT_TAG
    - if: $CI_COMMIT_BRANCH =~ /^(hotfix|release)\\//
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
`
        };
    }
    if (ci === 'azure') {
        return {
            path: 'azure-pipelines.yml',
            secrets,
            content: `# Live updates with capflight: main → development, hotfix/* and release/* → beta, v* tags → production.
# Pipeline variables (secret): CAPFLIGHT_STORE (s3://bucket/prefix), AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY; AWS_REGION.
trigger:
  branches: { include: [main, hotfix/*, release/*] }
  tags: { include: ['v*'] }
pool: { vmImage: ubuntu-latest }
steps:
  - checkout: self
    fetchDepth: 0
    persistCredentials: true
  - task: NodeTool@0
    inputs: { versionSpec: '24.x' }
  - script: ${install}${dir ? `\n    workingDirectory: ${dir}` : ''}
  - task: CapflightRelease@0
    name: capflight
    inputs:
      store: $(CAPFLIGHT_STORE)${dir ? `\n      workingDirectory: ${dir}` : ''}
    env:
      AWS_ACCESS_KEY_ID: $(AWS_ACCESS_KEY_ID)
      AWS_SECRET_ACCESS_KEY: $(AWS_SECRET_ACCESS_KEY)
      AWS_REGION: $(AWS_REGION)
`
        };
    }
    return {
        path: 'Jenkinsfile',
        secrets: ['capflight-store (Secret text: s3://bucket/prefix)', 'capflight-aws (Username with password: the AWS key id and secret)'],
        content: `// Live updates with capflight (multibranch): main → development, hotfix/* and release/* → beta, tags → production.
// Credentials: capflight-store (Secret text, s3://bucket/prefix), capflight-aws (Username with password: AWS key id / secret).
@Library('capflight') _
pipeline {
  agent any
  environment { AWS_REGION = 'us-east-1' }
  stages {
    stage('Live update') {
      when { anyOf { branch 'main'; branch 'hotfix/*'; branch 'release/*'; buildingTag() } }
      steps {
        ${dir ? `dir('${dir}') { sh '${install}' }` : `sh '${install}'`}
        withCredentials([string(credentialsId: 'capflight-store', variable: 'CAPFLIGHT_STORE'), usernamePassword(credentialsId: 'capflight-aws', usernameVariable: 'AWS_ACCESS_KEY_ID', passwordVariable: 'AWS_SECRET_ACCESS_KEY')]) {
          script {
            def r = capflightRelease(store: env.CAPFLIGHT_STORE${dir ? `, workingDirectory: '${dir}'` : ''})
            echo "\${r.status} \${r.version} on \${r.channel}"
          }
        }
      }
    }
  }
}
`
    };
}

;// CONCATENATED MODULE: ./src/core/init/init.ts










const DEFAULT_URL = 'http://localhost:8787';
function packageManagerOf(dir, root) {
    for (let d = dir;; d = external_node_path_default().dirname(d)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(d, 'pnpm-lock.yaml')))
            return 'pnpm';
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(d, 'yarn.lock')))
            return 'yarn';
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(d, 'package-lock.json')) || d === root || external_node_path_default().dirname(d) === d)
            return 'npm';
    }
}
/** The CI the repository's remote is hosted on, when it says. */
function ciOfRemote(remote, root) {
    if (remote && /github\.com[:/]/.test(remote))
        return 'github';
    if (remote && /gitlab/.test(remote))
        return 'gitlab';
    if (remote && /dev\.azure\.com|visualstudio\.com/.test(remote))
        return 'azure';
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(root, 'Jenkinsfile')))
        return 'jenkins';
    return undefined;
}
/**
 * Sets an app up for capflight, computing every file first and writing only what changes, so
 * a second run changes nothing and `dryRun` lists what a first would write: capflight.config.json,
 * `.capflight/` in .gitignore, the plugin's CapacitorUpdater block in the capacitor config (a
 * TypeScript config edited in place when that is safe, else the snippet printed), keys on request,
 * and one CI workflow for hosted runners.
 */
async function init(runtime, options) {
    const cwd = runtime.cwd;
    const configName = capacitor_config/* CAPACITOR_CONFIG_FILES */.a.find((f) => (0,external_node_fs_.existsSync)(external_node_path_default().join(cwd, f)));
    if (!configName) {
        const apps = (0,settings_settings/* appFoldersBelow */.oE)(cwd);
        throw new core_errors/* ConfigurationError */.j1([apps.length
                ? `No Capacitor app in ${cwd}; ${apps.length === 1 ? 'one is in' : 'apps are in'} ${apps.join(', ')}. Run capflight init there: --cwd ${apps[0]}.`
                : `No capacitor config in ${cwd}. Run capflight init in the Capacitor app's folder (npx cap init creates one).`]);
    }
    if (options.ci !== undefined && !INIT_CIS.includes(options.ci)) {
        throw new core_errors/* ConfigurationError */.j1([`--ci must be one of ${INIT_CIS.join(', ')}, got "${options.ci}".`]);
    }
    (0,core_names/* assertNames */.TL)([['channel', options.channel, '--channel']]);
    if (options.updateUrl !== undefined && !/^https?:\/\/[^/]+/.test(options.updateUrl)) {
        throw new core_errors/* ConfigurationError */.j1([`--update-url must be the http(s) address devices reach capflight serve at, such as https://updates.example.com; got "${options.updateUrl}".`]);
    }
    const loaded = (await (0,capacitor_config/* loadCapacitorConfig */.L)(cwd));
    const appId = typeof loaded.config.appId === 'string' ? loaded.config.appId : '';
    if (!appId)
        throw new core_errors/* ConfigurationError */.j1([`${configName} has no appId. Set it (e.g. com.example.app), then run capflight init again.`]);
    const git = new Git(cwd, runtime.env);
    const inRepo = (await git.exec(['rev-parse', '--is-inside-work-tree'], { allowFailure: true })).code === 0;
    const appDir = inRepo ? (await git.prefix()).replace(/\/$/, '') : '';
    const root = appDir ? external_node_path_default().resolve(cwd, ...appDir.split('/').map(() => '..')) : cwd;
    const remote = inRepo ? (await git.exec(['remote', 'get-url', 'origin'], { allowFailure: true })).stdout.trim() || undefined : undefined;
    const ci = options.ci ?? ciOfRemote(remote, root) ?? null;
    const packageManager = packageManagerOf(cwd, root);
    const base = (options.updateUrl ?? DEFAULT_URL).replace(/\/+$/, '');
    const files = [];
    const plan = async (file, next) => {
        const full = external_node_path_default().join(cwd, file);
        const current = (0,external_node_fs_.existsSync)(full) ? await (0,promises_.readFile)(full, 'utf8') : undefined;
        const wanted = next(current);
        if (typeof wanted !== 'string')
            return files.push(wanted);
        files.push({ path: file, action: current === undefined ? 'create' : current === wanted ? 'unchanged' : 'update', content: wanted });
    };
    await plan('capflight.config.json', (current) => current ?? `${JSON.stringify({ $schema: './node_modules/capflight/schema/capflight.config.schema.json' }, null, 2)}\n`);
    await plan('.gitignore', (current) => {
        if (current !== undefined && /^\/?\.capflight\/?$/m.test(current))
            return current;
        return `${current ?? ''}${current && !current.endsWith('\n') ? '\n' : ''}.capflight/\n`;
    });
    // Keys first, so the capacitor config is planned (and written) once, with its public key.
    let publicKey;
    const keyFile = external_node_path_default().join(cwd, '.capflight/keys/public_key.pem');
    if ((0,external_node_fs_.existsSync)(keyFile))
        publicKey = await (0,promises_.readFile)(keyFile, 'utf8');
    else if (options.keys) {
        files.push({ path: '.capflight/keys/private_key.pem', action: 'create', content: '', note: 'an RSA key pair (private key mode 0600, never committed)' });
        if (!options.dryRun)
            publicKey = await (0,promises_.readFile)((await createKeys(runtime, { dir: external_node_path_default().join('.capflight', 'keys'), force: false })).publicKeyPath, 'utf8');
    }
    const updater = {
        updateUrl: `${base}/updates`,
        statsUrl: `${base}/stats`,
        channelUrl: `${base}/channel_self`,
        defaultChannel: options.channel ?? 'production',
        ...(publicKey ? { publicKey } : {})
    };
    await plan(configName, (current) => capacitorConfigWith(configName, current, updater, options.keys && !publicKey));
    let secrets = [];
    if (ci) {
        const workflow = workflowFor(ci, { appDir, packageManager });
        secrets = workflow.secrets;
        // A workflow file lives at the repository's root, whatever folder the app is in.
        const relative = external_node_path_default().relative(cwd, external_node_path_default().join(root, workflow.path));
        await plan(relative, (current) => current === undefined || current === workflow.content
            ? workflow.content
            : { path: relative, action: 'print', content: workflow.content, note: `${workflow.path} exists: merge this in by hand` });
    }
    if (!options.dryRun) {
        for (const file of files) {
            // The key pair is written already, by createKeys above.
            if ((file.action !== 'create' && file.action !== 'update') || !file.content)
                continue;
            const full = external_node_path_default().join(cwd, file.path);
            await (0,promises_.mkdir)(external_node_path_default().dirname(full), { recursive: true });
            await (0,promises_.writeFile)(full, file.content);
        }
    }
    return { appId, ci, packageManager, appDir, updateUrl: base, channel: updater.defaultChannel, files, secrets, dryRun: options.dryRun };
}
/**
 * The capacitor config with the updater's URLs (and key) set, keys it already has kept: JSON is
 * edited as data; a TypeScript/JavaScript config is edited in place only where that is safe (no
 * CapacitorUpdater block yet, one `plugins: {` or one `webDir:` line to anchor on), else the
 * snippet is printed.
 */
function capacitorConfigWith(name, text, updater, keysPending) {
    const note = keysPending ? 'publicKey is added once the keys are made' : undefined;
    if (name.endsWith('.json')) {
        const config = JSON.parse(text);
        const plugins = (config.plugins ?? {});
        const current = (plugins.CapacitorUpdater ?? {});
        const merged = { ...updater, ...current };
        if (Object.keys(updater).every((k) => current[k] !== undefined))
            return text;
        return `${JSON.stringify({ ...config, plugins: { ...plugins, CapacitorUpdater: merged } }, null, 2)}\n`;
    }
    const block = (indent) => [
        `${indent}CapacitorUpdater: {`,
        ...Object.entries(updater).map(([k, v]) => `${indent}  ${k}: ${JSON.stringify(v)},`),
        `${indent}},`
    ].join('\n');
    const snippet = { path: name, action: 'print', content: `plugins: {\n${block('  ')}\n}`, note: `add this to the config object in ${name}${note ? ` (${note})` : ''}` };
    if (/CapacitorUpdater/.test(text)) {
        return Object.values(updater).every((v) => text.includes(JSON.stringify(v)) || text.includes(`'${v}'`)) ? text : { ...snippet, note: `${name} already has a CapacitorUpdater block: check it holds these` };
    }
    const plugins = [...text.matchAll(/^(\s*)plugins\s*:\s*\{\s*$/gm)];
    if (plugins.length === 1) {
        const [line, indent] = [plugins[0][0], plugins[0][1].replace(/\n/g, '')];
        return text.replace(line, `${line}\n${block(`${indent}  `)}`);
    }
    // `webDir: 'dist'` as npx cap init writes it, the last property (no comma) or not.
    const webDir = [...text.matchAll(/^([ \t]*)(webDir\s*:\s*['"`][^'"`]*['"`])[ \t]*(,?)[ \t]*$/gm)];
    if (plugins.length === 0 && webDir.length === 1) {
        const [line, indent, property, comma] = [webDir[0][0], webDir[0][1], webDir[0][2], webDir[0][3]];
        return text.replace(line, `${indent}${property},\n${indent}plugins: {\n${block(`${indent}  `)}\n${indent}}${comma}`);
    }
    return snippet;
}

;// CONCATENATED MODULE: ./src/core/runner/summary.ts

const STATUS_ICON = {
    released: '🚀', promoted: '⏩', 'rolled-back': '⏪', unchanged: '✅', skipped: '⏭️', 'native-required': '⛔', 'dry-run': '🧪'
};
function escapeLabel(text) {
    return text.replace(/"/g, '#quot;');
}
/** A Mermaid flowchart of the channel's recent history, the current bundle highlighted. */
function historyDiagram(channel, limit = 8) {
    const history = channel.history.slice(-limit);
    if (history.length === 0)
        return '';
    const nodes = history.map((h, i) => `  h${i}["${escapeLabel(h.version)}<br/>${h.action} · ${h.at.slice(0, 10)}"]`);
    const edges = history.length > 1 ? [`  ${history.map((_, i) => `h${i}`).join(' --> ')}`] : [];
    return ['```mermaid', 'flowchart LR', ...nodes, ...edges, `  style h${history.length - 1} fill:#2da44e,color:#fff`, '```'].join('\n');
}
/** The job summary: what happened, in a table, then the changelog and the channel's history. */
function summary_releaseSummary(result, options) {
    const version = result.previousVersion && result.previousVersion !== result.version
        ? `${result.previousVersion} → **${result.version}**`
        : result.version ? `**${result.version}**` : '—';
    const commit = result.commit ? (options.commitUrl ? `[\`${result.commit.slice(0, 7)}\`](${options.commitUrl})` : `\`${result.commit.slice(0, 7)}\``) : '—';
    const rows = [
        ['App', `\`${result.appId}\``],
        ['Channel', result.channel ? `\`${result.channel}\`` : '—'],
        ['Version', version],
        ['Status', `${STATUS_ICON[result.status] ?? ''} ${result.status}`],
        ['Release type', result.releaseType],
        ['Size', result.size !== null ? `${result.size.toLocaleString('en-US')} bytes` : '—'],
        ['Checksum', result.checksum ? `\`${result.checksum}\`` : '—'],
        ['Commit', commit]
    ];
    const parts = [
        '## capflight live update',
        '',
        result.message,
        '',
        '| | |',
        '| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`)
    ];
    if (result.nativeChanges.length)
        parts.push('', '**Native changes:**', ...result.nativeChanges.map((c) => `- ${c}`));
    if (result.changelog)
        parts.push('', '### Changelog', '', result.changelog.replace(/^## .*\n+/, ''));
    const diagram = options.channel ? historyDiagram(options.channel) : '';
    if (diagram)
        parts.push('', `### Recent history of \`${options.channel.name}\``, '', diagram);
    return `${parts.join('\n')}\n`;
}
/** The job summary of `command: status`: every channel in a table. */
function summary_statusSummary(s) {
    const rows = s.channels.map((c) => `| \`${c.name}\` | ${c.version} | ${c.updatedAt.slice(0, 19).replace('T', ' ')} | \`${c.commit?.slice(0, 7) ?? ''}\` | ${c.minNativeVersion ?? '—'} |`);
    return ['## capflight channels', '', `\`${s.appId}\` in ${s.store}`, '', '| Channel | Version | Updated (UTC) | Commit | Min native |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}
const DECISION_ICON = { advance: '⏫', complete: '✅', hold: '⏸️', pause: '🛑', abort: '⛔' };
const rate = (/* unused pure expression or super */ null && (rateText));
/** The job summary of `command: rollout-advance`: the decision, and the numbers behind it. */
function summary_verdictSummary(v) {
    const row = (label, c) => `| ${label} | ${c.version} | ${c.devices} | ${c.failed} of ${c.offered} (${rate(c.failureRate)}) | ${c.unhealthy} (${rate(c.crashRate)}) |`;
    return [
        '## capflight rollout gate',
        '',
        `${DECISION_ICON[v.decision] ?? ''} **${v.decision}**${v.dryRun ? ' (dry run: nothing moved)' : ''}: ${v.message}`,
        '',
        '| Cohort | Version | Devices | Failed | Unhealthy |',
        '| --- | --- | --- | --- | --- |',
        row('rollout', v.rollout),
        row('stable', v.stable),
        '',
        `Excess failure rate ${rate(v.failure.excess)} (bounds ${rate(v.failure.lower)} to ${rate(v.failure.upper)}, allowed ${rate(v.failure.max)}); excess crash rate ${rate(v.crash.excess)} (bounds ${rate(v.crash.lower)} to ${rate(v.crash.upper)}, allowed ${rate(v.crash.max)}); ${v.policy.confidence * 100}% confidence, ${v.policy.lane} lane.`,
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/core/runner/ci-runner.ts








/** The outputs every wrapper sets (DESIGN §10), by their kebab-case names. */
const CI_OUTPUTS = (/* unused pure expression or super */ null && (['status', 'version', 'previous-version', 'channel', 'checksum', 'size', 'release-type', 'bundle-url', 'changelog']));
function outputsOf(result) {
    return {
        status: result.status,
        version: result.version ?? '',
        'previous-version': result.previousVersion ?? '',
        channel: result.channel ?? '',
        checksum: result.checksum ?? '',
        size: result.size === null ? '' : String(result.size),
        'release-type': result.releaseType,
        'bundle-url': result.bundleUrl ?? '',
        changelog: result.changelog
    };
}
/** The shared outputs of a rollout gate's verdict: the decision as status, the rollout's and the stable version. */
function verdictOutputs(verdict) {
    return { status: verdict.decision, version: verdict.version, 'previous-version': verdict.stableVersion, channel: verdict.channel };
}
/** The problems of an error, each with its file and line where the error knows them. */
function problemsOf(error, redact) {
    if (error instanceof ConfigurationError)
        return error.problems.map((message, i) => ({ message: redact(message), location: error.locations[i] }));
    return [{ message: redact(error instanceof Error ? error.message : String(error)) }];
}
/**
 * The one CI runner: settings from the inputs → the command → outputs, log line and summary →
 * integrations. Exit codes as the CLI's: 3 when native code changed, 2 for bad configuration, 4
 * when a health gate refused.
 */
async function runCi(port, request) {
    const { reporter } = port;
    try {
        const settings = buildSettings(request.flags, request.env, request.cwd);
        const runtime = { cwd: request.cwd, env: request.env, reporter, now: request.now ?? (() => new Date()) };
        if (request.command === 'status') {
            const s = await status(settings, { channel: request.channel, env: request.env, now: runtime.now() });
            const one = request.channel ? s.channels[0] : undefined;
            port.output('channel', one?.name ?? '');
            port.output('version', one?.version ?? '');
            port.output('checksum', one?.checksum ?? '');
            reporter.info(JSON.stringify(s, null, 2));
            await port.summary?.(statusSummary(s));
            port.succeed?.(`${s.channels.length} channel(s)`);
            return;
        }
        if (request.command === 'rollout-advance') {
            // A scheduled job: widen, complete, hold, or pause/abort (exit 4, after the outputs are set).
            const store = openTelemetryStore(settings.store, settings.cwd, request.env, 'command: rollout-advance');
            const verdict = await advanceRollout(store, settings.appId, request.channel, runtime, { dryRun: settings.dryRun, webhook: settings.rolloutWebhook });
            for (const [name, value] of Object.entries(verdictOutputs(verdict)))
                port.output(name, value);
            reporter.info(`${verdict.decision}: ${verdict.message}`);
            const problem = webhookProblem(verdict);
            if (problem)
                reporter.warn(problem);
            await port.summary?.(verdictSummary(verdict));
            if (verdict.decision === 'pause' || verdict.decision === 'abort')
                port.fail(reporter.redact(verdict.message), 4, []);
            else
                port.succeed?.(verdict.message);
            return;
        }
        let result;
        if (request.command === 'promote')
            result = await promote(settings, runtime, { from: request.from, to: request.to, version: request.version, requireHealthy: request.requireHealthy });
        else if (request.command === 'rollback')
            result = await rollback(settings, runtime, { channel: request.channel, to: request.to });
        else {
            const cache = port.compressionCache;
            const beforeBuild = port.beforeBuild || cache
                ? async () => { await port.beforeBuild?.(); await cache?.restore(settings.cacheDir); }
                : undefined;
            result = await release(settings, runtime, { beforeBuild });
            if (cache && result.compression && result.compression.compressed > 0)
                await cache.save(settings.cacheDir);
        }
        for (const [name, value] of Object.entries(outputsOf(result)))
            port.output(name, value);
        reporter.info(`${result.status}: ${result.message}`);
        if (result.next)
            reporter.info(result.next);
        if (result.changelog)
            reporter.info(result.changelog);
        if (port.summary) {
            let channel;
            if (result.channel && !['skipped', 'dry-run', 'native-required'].includes(result.status)) {
                channel = (await status(settings, { channel: result.channel, env: request.env, stats: false }).catch(() => undefined))?.channels[0];
            }
            const repoUrl = detectCi(request.env).repoUrl;
            const commitUrl = repoUrl && result.commit ? `${repoUrl}/commit/${result.commit}` : undefined;
            await port.summary(releaseSummary(result, { commitUrl, channel }));
        }
        if (result.status === 'native-required') {
            port.fail(reporter.redact(result.message), 3, []);
            return;
        }
        if (!settings.dryRun && ['released', 'promoted', 'unchanged'].includes(result.status) && result.channel && result.version) {
            await port.integrate?.(result, settings);
        }
        port.succeed?.(result.message);
    }
    catch (raw) {
        const error = explainSystemError(raw);
        const problems = problemsOf(error, reporter.redact.bind(reporter));
        port.fail(problems.map((p) => p.message).join('\n'), exitCodeOf(error), problems);
    }
}

;// CONCATENATED MODULE: ./src/core/runner/preview.ts
/** The hidden marker that finds capflight's one comment per pull request, app and channel. */
function previewMarker(result) {
    return `<!-- capflight-preview:${result.appId}:${result.channel} -->`;
}
/**
 * The pull/merge request comment of a preview release, in Markdown every host renders (GitHub,
 * GitLab, Azure Repos), the marker first so an update edits it in place.
 */
function previewComment(result) {
    return [
        previewMarker(result),
        `### 📱 Live update ready to test: \`${result.channel}\` → \`${result.version}\``,
        '',
        `Switch a test device to the **${result.channel}** channel (for example \`CapacitorUpdater.setChannel({ channel: '${result.channel}' })\`) and reopen the app.`,
        '',
        `| | |\n| --- | --- |\n| App | \`${result.appId}\` |\n| Version | \`${result.version}\` |\n| Commit | \`${result.commit.slice(0, 7)}\` |\n| Checksum | \`${result.checksum ?? '—'}\` |`,
        '',
        '<sub>Updated by capflight on every push to this pull request.</sub>'
    ].join('\n');
}
/** The notes of a GitHub/GitLab Release for a production release. */
function releaseNotes(result) {
    return `${result.changelog || `Live update ${result.version}`}\n\n---\nShipped over the air by capflight to \`${result.channel}\` (sha256 \`${result.checksum}\`).`;
}

;// CONCATENATED MODULE: ./src/core/serve/protocol.ts


class ProtocolError extends Error {
    status;
    code;
    constructor(status, code, message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
function str(body, key, required, max = 256) {
    const v = body[key];
    if (v === undefined || v === null || v === '') {
        if (required)
            throw new ProtocolError(400, `missing_${key}`, `The request has no "${key}". capacitor-updater sends it in every request; check the plugin configuration.`);
        return undefined;
    }
    if (typeof v !== 'string' || v.length > max)
        throw new ProtocolError(400, `invalid_${key}`, `"${key}" must be a string of at most ${max} characters.`);
    return v;
}
/** The native version as semver: "1.2" and "1" are read as 1.2.0 and 1.0.0. */
function nativeVersion(text) {
    const known = nativeVersions.get(text);
    if (known)
        return known;
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?([-+][0-9A-Za-z.+-]*)?$/.exec(text.trim());
    const v = m ? semver_default().valid(`${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}${m[4] ?? ''}`) : null;
    if (v)
        remember(nativeVersions, text, v);
    if (!v)
        throw new ProtocolError(400, 'invalid_version_build', `version_build "${text.slice(0, 50)}" is not a version such as 1.2.0. It is the native app's version; check the app's build settings or the plugin's "version" option.`);
    return v;
}
// A fleet reports a handful of native versions: each is parsed and compared once, not on every
// request. Bounded, since the strings come from devices.
const MEMO_LIMIT = 10_000;
const nativeVersions = new Map();
const runsOnMemo = new Map();
function remember(memo, key, value) {
    if (memo.size >= MEMO_LIMIT)
        memo.clear();
    memo.set(key, value);
}
/** Whether a bundle needing `minNativeVersion` runs on a native build of version `build` (a valid semver). */
function runsOn(minNativeVersion, build) {
    if (!minNativeVersion)
        return true;
    const key = `${minNativeVersion}\n${build}`;
    let answer = runsOnMemo.get(key);
    if (answer === undefined) {
        answer = !semver_default().valid(minNativeVersion) || semver_default().lte(minNativeVersion, build);
        remember(runsOnMemo, key, answer);
    }
    return answer;
}
/** Validates the device fields every endpoint needs. */
function readDeviceInfo(body, options) {
    if (!body || typeof body !== 'object' || Array.isArray(body))
        throw new ProtocolError(400, 'invalid_body', 'The request body must be a JSON object.');
    const b = body;
    const app_id = str(b, 'app_id', true);
    const appProblem = (0,core_names/* nameProblem */.rH)('appId', app_id, 'app_id');
    if (appProblem)
        throw new ProtocolError(400, 'invalid_app_id', appProblem);
    const device_id = str(b, 'device_id', true);
    const deviceProblem = (0,core_names/* nameProblem */.rH)('deviceId', device_id, 'device_id');
    if (deviceProblem)
        throw new ProtocolError(400, 'invalid_device_id', deviceProblem);
    const info = {
        app_id,
        device_id,
        version_name: str(b, 'version_name', false) ?? 'builtin',
        version_build: str(b, 'version_build', options.needVersions) ?? '',
        version_code: str(b, 'version_code', false),
        version_os: str(b, 'version_os', false),
        platform: str(b, 'platform', false, 32),
        plugin_version: str(b, 'plugin_version', false, 64),
        custom_id: str(b, 'custom_id', false),
        defaultChannel: str(b, 'defaultChannel', false, 100),
        key_id: str(b, 'key_id', false, 64),
        channel: str(b, 'channel', false, 100)
    };
    for (const key of ['is_emulator', 'is_prod']) {
        const v = b[key];
        if (v !== undefined && v !== null && typeof v !== 'boolean')
            throw new ProtocolError(400, `invalid_${key}`, `"${key}" must be true or false.`);
        info[key] = v;
    }
    const channelProblem = info.channel === undefined ? undefined : (0,core_names/* nameProblem */.rH)('channel', info.channel, 'channel');
    if (channelProblem)
        throw new ProtocolError(400, 'invalid_channel', channelProblem);
    // A build's defaultChannel that is no channel name names no channel: the server default applies.
    if (info.defaultChannel !== undefined && !(0,core_names/* isValidName */.uV)('channel', info.defaultChannel))
        info.defaultChannel = undefined;
    if (options.needVersions)
        nativeVersion(info.version_build);
    return info;
}

;// CONCATENATED MODULE: ./src/core/serve/handler.ts






const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
const PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9_.-]+)+$/;
const DOWNLOAD = /^\/download\/([A-Za-z0-9._-]{1,200})\/(artifacts|files)\/([0-9a-f]{64})(\.zip)?$/;
const MAX_MANIFEST_ENTRIES = 20_000;
/** The file blob a download URL of ours names, for this app. */
function blobOfDownloadUrl(url, appId) {
    if (!url)
        return undefined;
    let pathname;
    try {
        pathname = new URL(url).pathname;
    }
    catch {
        return undefined;
    }
    const d = DOWNLOAD.exec(pathname.replace(/^.*(?=\/download\/)/, ''));
    return d && d[1] === appId && d[2] === 'files' ? d[3] : undefined;
}
/**
 * Bounds /stats per instance: each device may send `perMinute` events a minute. What is refused
 * is counted, never stored. Memory stays flat: the per-device table is dropped whole when it
 * grows past its cap.
 */
class StatsLimiter {
    perMinute;
    now;
    devices = new Map();
    accepted = 0;
    refused = 0;
    constructor(perMinute, now) {
        this.perMinute = perMinute;
        this.now = now;
    }
    /** Takes one event of this device's rate for the current minute; false when it is used up. */
    take(appId, deviceId) {
        const window = Math.floor(this.now().getTime() / 60_000);
        if (this.devices.size > 100_000)
            this.devices.clear();
        const key = `${appId}\0${deviceId}`;
        const entry = this.devices.get(key);
        const current = entry && entry.window === window ? entry : { window, count: 0 };
        this.devices.set(key, current);
        if (current.count >= this.perMinute)
            return false;
        current.count++;
        return true;
    }
}
function json(status, body) {
    return { status, headers: JSON_HEADERS, body: JSON.stringify(body) };
}
function handler_fail(status, error, message) {
    return json(status, { error, message });
}
/**
 * An answer to /updates that is not an update. capacitor-updater 8.x reads `kind`: `up_to_date`
 * and `blocked` are normal outcomes; without a kind, it counts the check as a failed download.
 */
function noUpdate(kind, error, message) {
    return json(200, { kind, error, message });
}
/** A channel's id in /channel_self: a number (both platforms require one), stable for the name. */
function channelId(appId, name) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${appId}\0${name}`).digest().readUInt32BE(0) & 0x7fffffff;
}
/** A device's bucket (0–9999) for a rollout of `version`: it is in the rollout when below the share in basis points. */
function rolloutBucket(deviceId, version) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${deviceId}:${version}`).digest().readUInt32BE(0) % 10000;
}
/** A device is in a rollout when its bucket is below the share in basis points: cohorts only grow as the share rises. */
function inRollout(deviceId, version, percentageBps) {
    return rolloutBucket(deviceId, version) < percentageBps;
}
function readBody(request, limit) {
    if (request.bodyTooLarge || (request.body && request.body.length > limit))
        throw new ProtocolError(413, 'body_too_large', `The body is larger than ${limit} bytes.`);
    if (!request.body || request.body.length === 0)
        throw new ProtocolError(400, 'invalid_body', 'The request has no body; send the JSON the plugin sends.');
    try {
        return JSON.parse(request.body.toString('utf8'));
    }
    catch {
        throw new ProtocolError(400, 'invalid_json', 'The body is not valid JSON.');
    }
}
/** Channel state read through a short-lived cache; bundle records are immutable and kept. */
class StoreView {
    store;
    ttl;
    channels = new Map();
    lists = new Map();
    bundles = new Map();
    overrides = new Map();
    deviceChannels = new Map();
    answers = new Map();
    constructor(store, ttl) {
        this.store = store;
        this.ttl = ttl;
    }
    fresh(map, key, load) {
        const now = Date.now();
        const hit = map.get(key);
        if (hit && now - hit.at < this.ttl)
            return hit.value;
        const value = load();
        map.set(key, { at: now, value });
        value.catch(() => map.delete(key));
        return value;
    }
    channel(appId, name) {
        return this.fresh(this.channels, `${appId}\0${name}`, () => this.store.getChannel(appId, name));
    }
    channelNames(appId) {
        return this.fresh(this.lists, appId, () => this.store.listChannels(appId));
    }
    /** The device's own channel; most devices have none, known from one listing per TTL. */
    async deviceChannel(appId, deviceId) {
        const withOverride = await this.fresh(this.overrides, appId, async () => new Set(await this.store.listDevicesWithChannel(appId)));
        if (!withOverride.has(deviceId))
            return undefined;
        if (this.deviceChannels.size > 100_000)
            this.deviceChannels.clear();
        return this.fresh(this.deviceChannels, `${appId}\0${deviceId}`, () => this.store.getDeviceChannel(appId, deviceId));
    }
    /** A device changed its channel here: later requests of this instance see it at once. */
    forgetDevice(appId, deviceId) {
        this.overrides.delete(appId);
        this.deviceChannels.delete(`${appId}\0${deviceId}`);
    }
    /**
     * The serialized `manifest` array of a bundle for one download base URL (bundles are immutable),
     * or '' when the bundle cannot be sent file by file. A file with a Brotli form is listed as
     * `<path>.br`: the plugin downloads that form and decompresses it. The plugin reads every name
     * ending in .br so, so a file named so without a Brotli form (a bundle stored before Brotli
     * forms) leaves the device the whole zip.
     */
    manifestJson(bundle, base) {
        if (!bundle.manifest?.length || bundle.manifest.some((f) => !f.brotli && f.path.endsWith('.br')))
            return '';
        const prefix = `${base}/download/${encodeURIComponent(bundle.appId)}/files/`;
        return JSON.stringify(bundle.manifest.map((f) => f.brotli
            ? { file_name: `${f.path}.br`, file_hash: f.hashSignature ?? f.sha256, download_url: `${prefix}${f.brotli.blob}` }
            : { file_name: f.path, file_hash: f.hashSignature ?? f.sha256, download_url: `${prefix}${f.blob ?? f.sha256}` }));
    }
    /**
     * The `/updates` answer that sends a bundle, for one download base URL. It depends on nothing
     * else, and bundles are immutable: made once (the manifest can list thousands of files), then
     * sent as it is to every device it is for. A string: Node writes headers and body in one piece.
     */
    updateAnswer(bundle, base) {
        const key = `${bundle.appId}\0${bundle.version}\0${base}`;
        let hit = this.answers.get(key);
        if (hit === undefined) {
            if (this.answers.size > 200)
                this.answers.clear();
            const body = {
                version: bundle.version,
                url: `${base}/download/${encodeURIComponent(bundle.appId)}/artifacts/${artifactOf(bundle)}.zip`,
                // Encrypted bundles: the plugin decrypts this signature with its public key to get the SHA-256.
                checksum: bundle.signature ?? bundle.checksum
            };
            if (bundle.sessionKey)
                body.session_key = bundle.sessionKey;
            const manifest = this.manifestJson(bundle, base);
            const text = JSON.stringify(body);
            hit = manifest ? `${text.slice(0, -1)},"manifest":${manifest}}` : text;
            this.answers.set(key, hit);
        }
        return hit;
    }
    bundle(appId, version) {
        const key = `${appId}\0${version}`;
        let hit = this.bundles.get(key);
        if (!hit) {
            if (this.bundles.size > 5000)
                this.bundles.clear();
            hit = this.store.getBundle(appId, version);
            this.bundles.set(key, hit);
            hit.then((b) => { if (!b)
                this.bundles.delete(key); }, () => this.bundles.delete(key));
        }
        return hit;
    }
}
/**
 * The self-hosted update endpoint of @capgo/capacitor-updater as a standard
 * fetch handler (Request → Response): mount it in a serverless function or an
 * edge worker. All state lives in the store, so instances scale out.
 */
function createUpdateHandler(options) {
    const handle = createRawHandler(options);
    const limit = Math.max(options.maxBodyBytes ?? 64 * 1024, options.maxStatsBytes ?? 1024 * 1024);
    return Object.assign(async (request) => {
        const url = new URL(request.url);
        const { body, tooLarge } = await readLimited(request, limit);
        const raw = await handle({
            method: request.method,
            path: `${url.pathname}${url.search}`,
            origin: url.origin,
            header: (name) => request.headers.get(name) ?? undefined,
            body,
            bodyTooLarge: tooLarge
        });
        return new Response(raw.body ?? null, { status: raw.status, headers: raw.headers });
    }, { flush: () => handle.flush() });
}
async function readLimited(request, limit) {
    if (!request.body)
        return { tooLarge: false };
    if (Number(request.headers.get('content-length') ?? '0') > limit) {
        await request.body.cancel().catch(() => undefined);
        return { tooLarge: true };
    }
    const reader = request.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > limit) {
            await reader.cancel().catch(() => undefined);
            return { tooLarge: true };
        }
        chunks.push(value);
    }
    return { body: Buffer.concat(chunks), tooLarge: false };
}
/** The protocol itself, on plain request/response objects (Node's http server uses it directly). */
function createRawHandler(options) {
    const view = new StoreView(options.store, options.cacheTtlMs ?? 1000);
    const defaultChannel = options.defaultChannel ?? 'production';
    const maxBody = options.maxBodyBytes ?? 64 * 1024;
    const maxStatsBytes = options.maxStatsBytes ?? 1024 * 1024;
    const maxStatsEvents = options.maxStatsEvents ?? 1000;
    const maxManifestBytes = options.maxManifestBytes ?? 2 * 1024 * 1024;
    const now = options.now ?? (() => new Date());
    const statsLimiter = new StatsLimiter(options.statsPerDevicePerMinute ?? 120, now);
    const maxPending = options.maxPendingStats ?? 200_000;
    const recorder = options.recorder ?? new TelemetryRecorder(options.store, { maxRows: maxPending });
    const flushRows = options.flushRows ?? Math.floor(maxPending / 4);
    // Under a burst the buffer is written as soon as it is large (a failure stays buffered, as on the timer).
    const spill = () => { if (recorder.rows >= flushRows)
        recorder.flush().catch((error) => options.onError?.(error)); };
    async function requireApp(appId) {
        const names = await view.channelNames(appId);
        if (names.length === 0)
            throw new ProtocolError(404, 'app_not_found', `No channel of app "${appId}" is in this store. Release it with "capflight release" first, or check the appId in capacitor.config.`);
        return names;
    }
    async function allowsSelfSet(appId, name) {
        const c = await view.channel(appId, name);
        return Boolean(c && channelSettings(c).allowSelfSet);
    }
    /**
     * An operator's override (capflight device set-channel), else the channel the device names
     * (its build's defaultChannel, or what setChannel() chose) when that channel lets devices pick
     * it, else the server's default. A device's request is unauthenticated: naming a channel is
     * self-assignment, so a channel that does not allow it is never served that way.
     */
    async function channelFor(device, names) {
        const own = await view.deviceChannel(device.app_id, device.device_id);
        if (own && names.includes(own))
            return { name: own, why: 'override' };
        const named = device.defaultChannel;
        if (named && named !== defaultChannel && names.includes(named) && await allowsSelfSet(device.app_id, named))
            return { name: named, why: 'self' };
        if (names.includes(defaultChannel))
            return { name: defaultChannel, why: 'default' };
        throw new ProtocolError(400, 'channel_not_found', `The default channel "${defaultChannel}" does not exist for ${device.app_id}${named ? ` (and the device's channel "${named}" cannot be chosen by devices)` : ''}. Release to "${defaultChannel}", or start capflight serve with --default-channel.`);
    }
    function origin(request) {
        return (options.publicUrl ?? request.origin).replace(/\/$/, '');
    }
    async function updates(request) {
        const device = readDeviceInfo(readBody(request, maxBody), { needVersions: true });
        const names = await requireApp(device.app_id);
        const { name, why } = await channelFor(device, names);
        const channel = await view.channel(device.app_id, name);
        if (!channel)
            throw new ProtocolError(400, 'channel_not_found', `Channel "${name}" does not exist for ${device.app_id}.`);
        const build = nativeVersion(device.version_build);
        const rollout = channel.rollout;
        const bucket = rollout ? rolloutBucket(device.device_id, rollout.version) : null;
        const decision = {
            t: now().toISOString(), app_id: device.app_id, device_id: device.device_id, channel: name, why,
            platform: device.platform ?? 'unknown', native: device.version_build ?? build, current: device.version_name, bucket
        };
        const answer = (kind, error, message) => {
            recorder.decision({ ...decision, kind, reason: error });
            spill();
            return noUpdate(kind, error, message);
        };
        const settings = channelSettings(channel);
        if (device.platform === 'ios' && !settings.ios)
            return answer('blocked', 'disabled_platform_ios', `Channel "${name}" does not serve iOS devices.`);
        if (device.platform === 'android' && !settings.android)
            return answer('blocked', 'disabled_platform_android', `Channel "${name}" does not serve Android devices.`);
        if (device.is_emulator && !settings.allowEmulator)
            return answer('blocked', 'disable_emulator', `Channel "${name}" does not serve emulators.`);
        if (device.is_prod === false && !settings.allowDev)
            return answer('blocked', 'disable_dev_build', `Channel "${name}" does not serve development builds.`);
        // A paused rollout keeps the devices that already run it and reaches no new one.
        const inCohort = rollout && bucket < rollout.percentageBps && (!rollout.paused || device.version_name === rollout.version);
        const candidates = [...(inCohort ? [rollout.version] : []), ...servedVersions(channel)];
        let bundle;
        for (const version of candidates) {
            const b = await view.bundle(device.app_id, version);
            if (b && runsOn(b.minNativeVersion, build)) {
                bundle = b;
                break;
            }
        }
        if (!bundle)
            return answer('up_to_date', 'no_new_version_available', `No bundle on "${name}" runs on native version ${build}; update the app from the store.`);
        if (bundle.version === device.version_name)
            return answer('up_to_date', 'no_new_version_available', `The device already runs ${bundle.version}, the newest bundle on "${name}" for it.`);
        recorder.decision({ ...decision, sent: bundle.version });
        spill();
        return { status: 200, headers: JSON_HEADERS, body: view.updateAnswer(bundle, origin(request)) };
    }
    async function stats(request) {
        const body = readBody(request, maxStatsBytes);
        const list = Array.isArray(body) ? body : [body];
        if (list.length > maxStatsEvents)
            throw new ProtocolError(413, 'too_many_events', `At most ${maxStatsEvents} events per request; send them in smaller batches.`);
        if (list.length === 0)
            return json(200, { status: 'ok' });
        const at = now();
        const events = [];
        for (const raw of list) {
            const device = readDeviceInfo(raw, { needVersions: false });
            const action = raw.action;
            if (typeof action !== 'string' || !/^[a-z0-9_]{1,64}$/.test(action))
                throw new ProtocolError(400, 'invalid_action', 'Each event needs an "action" such as "set" or "download_fail".');
            const ts = raw.timestamp;
            // A device's clock is its own: a time far from ours is read as now.
            const sent = typeof ts === 'number' && Math.abs(ts - at.getTime()) < 7 * 86400_000 ? ts : at.getTime();
            const oldVersion = raw.old_version_name;
            events.push({
                appId: device.app_id,
                device,
                event: {
                    action, version_name: device.version_name, device_id: device.device_id, platform: device.platform,
                    timestamp: sent, ...(typeof oldVersion === 'string' && oldVersion ? { old_version_name: oldVersion.slice(0, 256) } : {})
                }
            });
        }
        for (const appId of new Set(events.map((e) => e.appId)))
            await requireApp(appId);
        // Each device's events within its rate; the rest is refused and counted.
        const admitted = events.filter(({ appId, event }) => statsLimiter.take(appId, event.device_id));
        const refused = events.length - admitted.length;
        if (admitted.length === 0 || recorder.rows + admitted.length > maxPending) {
            statsLimiter.refused += events.length;
            return { status: 429, headers: { ...JSON_HEADERS, 'retry-after': '60' }, body: JSON.stringify({ error: 'too_many_requests', message: admitted.length === 0 ? 'This device sent more stats events than the server takes in a minute; send fewer.' : 'The server is busy writing stats; try again later.' }) };
        }
        statsLimiter.refused += refused;
        // The channel each device is on now, as /updates would choose it: once per device of the batch.
        const channels = new Map();
        const channelOf = (appId, device) => {
            const key = `${appId}\0${device.device_id}`;
            let name = channels.get(key);
            if (!name) {
                name = view.channelNames(appId).then((names) => channelFor(device, names)).then((c) => c.name, () => device.defaultChannel ?? defaultChannel);
                channels.set(key, name);
            }
            return name;
        };
        for (const { appId, event, device } of admitted) {
            const name = await channelOf(appId, device);
            recorder.event({
                t: new Date(event.timestamp).toISOString(), app_id: appId, device_id: event.device_id, channel: name, action: event.action,
                version: event.version_name, ...(event.old_version_name ? { old_version: event.old_version_name } : {}),
                platform: event.platform ?? 'unknown', native: device.version_build ?? nativeVersion(device.version_build)
            });
        }
        statsLimiter.accepted += admitted.length;
        spill();
        return json(200, refused ? { status: 'ok', refused, message: `${refused} event(s) over this device's rate were not stored.` } : { status: 'ok' });
    }
    /**
     * capacitor-updater 8.x's channel_self: GET lists channels, PUT answers the device's channel,
     * POST validates a self-assignment (the plugin keeps the choice on the device and sends it as
     * defaultChannel), DELETE removes an operator's override.
     */
    async function channelSelf(request) {
        const query = () => Object.fromEntries(new URL(request.path, 'http://query').searchParams);
        if (request.method === 'GET') {
            const params = query();
            const device = readDeviceInfo({ ...params, is_emulator: undefined, is_prod: undefined }, { needVersions: false });
            const names = await requireApp(device.app_id);
            const list = [];
            for (const name of names) {
                list.push({ id: channelId(device.app_id, name), name, public: name === defaultChannel, allow_self_set: await allowsSelfSet(device.app_id, name) });
            }
            return json(200, list);
        }
        const body = request.method === 'DELETE' && !request.body?.length ? query() : readBody(request, maxBody);
        const device = readDeviceInfo(body, { needVersions: false });
        const names = await requireApp(device.app_id);
        if (request.method === 'PUT') {
            const { name, why } = await channelFor(device, names);
            return json(200, { channel: name, status: why === 'default' ? 'default' : 'override', allowSet: await allowsSelfSet(device.app_id, name) });
        }
        if (request.method === 'DELETE') {
            view.forgetDevice(device.app_id, device.device_id);
            await options.store.putDeviceChannel(device.app_id, device.device_id, undefined);
            return json(200, { status: 'ok', message: 'Channel override removed.' });
        }
        // POST: may the device pick this channel? Nothing is stored: the device keeps its choice.
        const wanted = device.channel;
        // readDeviceInfo has checked the name; here it must be there.
        if (!wanted)
            throw new ProtocolError(400, 'missing_channel', 'Send the channel to use in "channel".');
        if (!names.includes(wanted))
            return handler_fail(400, 'channel_not_found', `Channel "${wanted}" does not exist for ${device.app_id}.`);
        if (wanted === defaultChannel)
            return json(200, { status: 'ok', unset: true, message: `"${wanted}" is the default channel: the device follows it without choosing it.` });
        if (!await allowsSelfSet(device.app_id, wanted))
            return handler_fail(400, 'channel_set_from_device_not_allowed', `Channel "${wanted}" cannot be chosen by devices. Allow it with: capflight channel --channel ${wanted} --allow-self-set true`);
        return json(200, { status: 'ok', message: `The device may follow "${wanted}".` });
    }
    /** POST /updates/manifest_size (plugin 8.47+): the download size of each manifest entry. */
    async function manifestSize(request) {
        const body = readBody(request, maxManifestBytes);
        const device = readDeviceInfo(body, { needVersions: false });
        await requireApp(device.app_id);
        const raw = body.manifest;
        if (!Array.isArray(raw))
            throw new ProtocolError(400, 'invalid_manifest', 'Send the manifest entries to size in "manifest" (an array of {file_name, file_hash, download_url}).');
        if (raw.length > MAX_MANIFEST_ENTRIES)
            throw new ProtocolError(413, 'manifest_too_large', `At most ${MAX_MANIFEST_ENTRIES} manifest entries per request.`);
        const version = body.version;
        const bundle = typeof version === 'string' && (0,core_names/* isValidName */.uV)('version', version) ? await view.bundle(device.app_id, version) : undefined;
        const byHash = new Map();
        for (const f of bundle?.manifest ?? []) {
            const blob = f.brotli?.blob ?? f.blob ?? f.sha256;
            byHash.set(f.sha256, blob);
            if (f.hashSignature)
                byHash.set(f.hashSignature, blob);
        }
        const files = [];
        let totalSize = 0;
        let knownFiles = 0;
        for (const entry of raw) {
            const e = (entry && typeof entry === 'object' ? entry : {});
            const text = (key) => (typeof e[key] === 'string' ? e[key].slice(0, 2048) : null);
            const out = { file_name: text('file_name'), file_hash: text('file_hash'), download_url: text('download_url') };
            const blob = blobOfDownloadUrl(out.download_url, device.app_id) ?? byHash.get(out.file_hash);
            const size = blob ? await options.store.statBlob(device.app_id, 'files', blob) : undefined;
            if (size === undefined)
                out.error = 'unknown_file';
            else {
                out.size = size;
                totalSize += size;
                knownFiles++;
            }
            files.push(out);
        }
        return json(200, { totalSize, knownFiles, unknownFiles: files.length - knownFiles, files });
    }
    async function download(request, appId, kind, sha) {
        const size = await options.store.statBlob(appId, kind, sha);
        if (size === undefined)
            return handler_fail(404, 'not_found', 'No such bundle or file in the store.');
        const etag = `"${sha}"`;
        const headers = {
            'content-type': kind === 'artifacts' ? 'application/zip' : 'application/octet-stream',
            'cache-control': 'public, max-age=31536000, immutable',
            etag,
            'accept-ranges': 'bytes'
        };
        if (request.header('if-none-match') === etag)
            return { status: 304, headers };
        let range;
        const header = request.header('range');
        const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
        if (m && (m[1] || m[2])) {
            let start = m[1] ? Number(m[1]) : Math.max(0, size - Number(m[2]));
            let end = m[1] ? (m[2] ? Math.min(Number(m[2]), size - 1) : size - 1) : size - 1;
            if (!m[1] && Number(m[2]) === 0)
                start = size;
            if (start >= size || start > end) {
                return { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` } };
            }
            end = Math.min(end, size - 1);
            range = { start, end };
        }
        const length = range ? range.end - range.start + 1 : size;
        headers['content-length'] = String(length);
        if (range)
            headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
        const status = range ? 206 : 200;
        if (request.method === 'HEAD' || length === 0)
            return { status, headers };
        return { status, headers, body: options.store.readBlob(appId, kind, sha, range ?? { start: 0, end: size - 1 }) };
    }
    const handle = async function handle(request) {
        try {
            const q = request.path.indexOf('?');
            const raw = q < 0 ? request.path : request.path.slice(0, q);
            // A plain path is its own pathname; one with escapes, dot segments or doubled slashes is
            // normalised as a URL would be.
            const pathname = PLAIN_PATH.test(raw) ? raw : new URL(raw, 'http://path').pathname;
            const method = request.method;
            if (pathname === '/updates')
                return method === 'POST' ? await updates(request) : handler_fail(405, 'method_not_allowed', 'Use POST /updates.');
            if (pathname === '/updates/manifest_size')
                return method === 'POST' ? await manifestSize(request) : handler_fail(405, 'method_not_allowed', 'Use POST /updates/manifest_size.');
            if (pathname === '/stats')
                return method === 'POST' ? await stats(request) : handler_fail(405, 'method_not_allowed', 'Use POST /stats.');
            if (pathname === '/channel_self') {
                return ['GET', 'PUT', 'POST', 'DELETE'].includes(method) ? await channelSelf(request) : handler_fail(405, 'method_not_allowed', 'Use GET, PUT, POST or DELETE /channel_self.');
            }
            if (pathname === '/health')
                return json(200, { status: 'ok', stats: { accepted: statsLimiter.accepted, refused: statsLimiter.refused, pending: recorder.rows, written: recorder.written, dropped: recorder.dropped } });
            const d = DOWNLOAD.exec(pathname);
            if (d) {
                if (method !== 'GET' && method !== 'HEAD')
                    return handler_fail(405, 'method_not_allowed', 'Downloads are GET or HEAD.');
                if ((d[2] === 'artifacts') !== Boolean(d[4]))
                    return handler_fail(404, 'not_found', 'No such route.');
                return await download(request, d[1], d[2], d[3]);
            }
            return handler_fail(404, 'not_found', 'No such route. The endpoint answers POST /updates, POST /stats, /channel_self and /download/….');
        }
        catch (error) {
            if (error instanceof ProtocolError)
                return handler_fail(error.status, error.code, error.message);
            options.onError?.(error);
            return handler_fail(500, 'server_error', 'The update server failed; see its log.');
        }
    };
    return Object.assign(handle, { flush: () => recorder.flush(), recorder });
}


// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./src/core/serve/node-server.ts


/**
 * Reads a request body into memory, giving up past `limit` bytes (the handler then answers 413).
 * A Content-Length past the limit is refused before a byte of the body is read.
 */
function node_server_readBody(req, limit) {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (!Number.isFinite(declared) || declared > limit)
        return Promise.resolve({ tooLarge: true });
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        const onData = (chunk) => {
            size += chunk.length;
            if (size <= limit)
                chunks.push(chunk);
            else {
                req.off('data', onData);
                resolve({ tooLarge: true });
            }
        };
        req.on('data', onData);
        req.on('end', () => resolve({ body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), tooLarge: false }));
        req.on('error', reject);
    });
}
/**
 * A body refused as too large is read and thrown away, so the client gets to read the 413
 * instead of a reset connection; past DISCARD_LIMIT the connection is cut.
 */
const DISCARD_LIMIT = 64 * 1024 * 1024;
function discardBody(req) {
    let seen = 0;
    req.on('data', (chunk) => {
        seen += chunk.length;
        if (seen > DISCARD_LIMIT)
            req.socket.destroy();
    });
    req.resume();
}
function serveHandler(handler, options) {
    const limit = options.maxBodyBytes ?? 2 * 1024 * 1024;
    const requestTimeout = options.requestTimeoutMs ?? 30_000;
    // Slow bodies are cut off by Node's own request timeout, checked this often.
    const server = external_node_http_default().createServer({ requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: Math.max(10, Math.min(requestTimeout / 2, 30_000)) }, async (req, res) => {
        try {
            const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
            const { body, tooLarge } = hasBody ? await node_server_readBody(req, limit) : { body: undefined, tooLarge: false };
            if (tooLarge)
                discardBody(req);
            const response = await handler({
                method: req.method ?? 'GET',
                path: req.url ?? '/',
                origin: `http://${req.headers.host ?? `${options.host}:${options.port}`}`,
                header: (name) => {
                    const v = req.headers[name.toLowerCase()];
                    return Array.isArray(v) ? v.join(', ') : v;
                },
                body,
                bodyTooLarge: tooLarge
            });
            if (response.body === undefined || response.body === null) {
                res.writeHead(response.status, response.headers).end();
            }
            else if (typeof response.body === 'string') {
                res.writeHead(response.status, { ...response.headers, 'content-length': String(Buffer.byteLength(response.body)) }).end(response.body);
            }
            else {
                res.writeHead(response.status, response.headers);
                const stream = external_node_stream_.Readable.fromWeb(response.body);
                stream.on('error', (error) => {
                    options.onError?.(error);
                    res.destroy();
                });
                res.on('close', () => stream.destroy());
                stream.pipe(res);
            }
        }
        catch (error) {
            options.onError?.(error);
            if (!res.headersSent)
                res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ error: 'server_error', message: 'The update server failed; see its log.' }));
        }
    });
    server.keepAliveTimeout = 65_000;
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
            const address = server.address();
            const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
            resolve({
                url: `http://${host}:${address.port}`,
                close: () => new Promise((r) => {
                    server.close(() => r());
                    server.closeAllConnections();
                })
            });
        });
    });
}

;// CONCATENATED MODULE: ./src/core/admin/tokens.ts



const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const digest = (value) => (0,external_node_crypto_.createHash)('sha256').update(value).digest();
/**
 * The admin API's bearer tokens, each with a name the audit log records. Tokens are kept only as
 * SHA-256 digests and compared in constant time, every one of them on every request, so neither
 * the answer's timing nor a log can give a token away.
 */
class AdminTokens {
    digests;
    constructor(entries) {
        this.digests = entries.map(([name, token]) => ({ name, digest: digest(token) }));
    }
    /**
     * From `CAPFLIGHT_ADMIN_TOKEN` (named "admin") and/or a file of named tokens: JSON
     * (`{"alice": "…"}`) or one `name token` pair a line (`#` starts a comment). Short or
     * malformed tokens are configuration errors; none at all is `undefined` (no console).
     */
    static load(options) {
        const entries = [];
        const problems = [];
        if (options.token !== undefined && options.token !== '')
            entries.push(['admin', options.token]);
        if (options.file) {
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(options.file, 'utf8');
            }
            catch (error) {
                throw new core_errors/* ConfigurationError */.j1([`Cannot read the admin tokens file ${options.file}: ${error.message}.`]);
            }
            if (text.trimStart().startsWith('{')) {
                let parsed;
                try {
                    parsed = JSON.parse(text);
                }
                catch {
                    throw new core_errors/* ConfigurationError */.j1([`The admin tokens file ${options.file} is not valid JSON.`]);
                }
                for (const [name, token] of Object.entries(parsed)) {
                    if (typeof token === 'string')
                        entries.push([name, token]);
                    else
                        problems.push(`The token of "${name}" in ${options.file} must be a string.`);
                }
            }
            else {
                text.split('\n').forEach((raw, i) => {
                    const line = raw.trim();
                    if (!line || line.startsWith('#'))
                        return;
                    const m = /^(\S+)\s+(\S+)$/.exec(line);
                    if (m)
                        entries.push([m[1], m[2]]);
                    else
                        problems.push(`Line ${i + 1} of ${options.file} must be "<name> <token>".`);
                });
            }
        }
        const seen = new Set();
        for (const [name, token] of entries) {
            if (!NAME.test(name))
                problems.push(`Admin token name "${name.slice(0, 64)}" must be letters, digits, dots, dashes and underscores (at most 64).`);
            if (token.length < 16)
                problems.push(`The admin token of "${name.slice(0, 64)}" is too short: use at least 16 characters (e.g. openssl rand -hex 32).`);
            if (seen.has(name))
                problems.push(`Admin token name "${name}" appears twice.`);
            seen.add(name);
        }
        if (problems.length)
            throw new core_errors/* ConfigurationError */.j1(problems);
        return entries.length ? new AdminTokens(entries) : undefined;
    }
    /** The name of the token an `Authorization: Bearer …` header carries, if it is one of ours. */
    verify(authorization) {
        const m = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization.trim()) : null;
        const given = digest(m ? m[1] : '');
        let found;
        for (const { name, digest: expected } of this.digests) {
            if ((0,external_node_crypto_.timingSafeEqual)(given, expected) && m)
                found ??= name;
        }
        return found;
    }
    get names() {
        return this.digests.map((d) => d.name);
    }
}

;// CONCATENATED MODULE: ./src/core/admin/audit.ts


/** `apps/<appId>/telemetry/audit/day=<day>/<time>-<random>.json`: one object an entry (changes are rare). */
let sequence = 0;
async function appendAudit(store, entry) {
    // Time, then this process's sequence (two entries in one millisecond keep their order), then a random part.
    const name = `${Date.parse(entry.t).toString(36).padStart(9, '0')}-${String(++sequence % 1e6).padStart(6, '0')}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.json`;
    await store.putTelemetry(entry.appId, ['audit', `day=${entry.t.slice(0, 10)}`, name], JSON.stringify(entry));
}
/** The audit entries of an app from `from` to `to`, newest first. */
async function readAudit(store, appId, from, to) {
    const entries = [];
    const since = from.toISOString();
    for (const day of daysBetween(from, to)) {
        for (const name of (await store.listTelemetry(appId, ['audit', `day=${day}`])).filter((n) => n.endsWith('.json'))) {
            const text = await store.readTelemetry(appId, ['audit', `day=${day}`, name]);
            try {
                const entry = JSON.parse(text ?? '');
                if (entry.t >= since)
                    entries.push({ name, entry });
            }
            catch { /* a torn object is skipped */ }
        }
    }
    return entries.sort((a, b) => b.entry.t.localeCompare(a.entry.t) || b.name.localeCompare(a.name)).map((e) => e.entry);
}

;// CONCATENATED MODULE: ./src/core/admin/api.ts









const api_JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
const MAX_BODY = 64 * 1024;
class ApiError extends Error {
    status;
    code;
    details;
    constructor(status, code, message, details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
    }
}
const app = '/api/v1/apps/([^/]+)';
const route = (method, path, names, action) => ({ method, pattern: new RegExp(`^${path}$`), names, action });
const bool = (body, key) => {
    const value = body[key];
    if (value === undefined)
        return false;
    if (typeof value !== 'boolean')
        throw new ApiError(400, 'invalid_body', `"${key}" must be true or false.`);
    return value;
};
const api_text = (body, key) => {
    const value = body[key];
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string')
        throw new ApiError(400, 'invalid_body', `"${key}" must be a string.`);
    return value;
};
/** What a channel move answers and records: the result, and from → to. */
function moved(action, channel, result) {
    const refused = result.status === 'native-required';
    return {
        status: refused ? 409 : 200,
        body: result,
        audit: { action, channel, from: result.previousVersion, to: result.version, status: refused ? 'refused' : result.status, message: result.message }
    };
}
/**
 * The routes: every action is the core operation the CLI runs, with the same checks (names,
 * native gate, health gate, compare-and-swap), and every change is an audit entry.
 */
const ROUTES = [
    route('GET', '/api/v1/whoami', [], async ({ token }) => ({ body: { token } })),
    route('GET', '/api/v1/apps', [], async ({ store, defaultApp }) => ({ body: { apps: await store.listApps(), defaultApp: defaultApp ?? null } })),
    route('GET', `${app}/channels`, [['app', 'appId']], async ({ appId, store, settings, runtime }) => {
        const result = await commands_status(settings, { env: runtime.env, stats: false, now: runtime.now() });
        // What each served bundle is: its commit, when it was stored and its changelog (commit
        // messages: text from the repository, shown as text).
        const versions = new Set(result.channels.flatMap((c) => [c.version, ...(c.rollout ? [c.rollout.version] : [])]));
        const bundles = {};
        for (const version of versions) {
            const bundle = await store.getBundle(appId, version);
            if (bundle)
                bundles[version] = { version, commit: bundle.commit, createdAt: bundle.createdAt, size: bundle.size, changelog: bundle.changelog, promotedFrom: bundle.promotedFrom ?? null, minNativeVersion: bundle.minNativeVersion ?? null };
        }
        // What a rollback may return each channel to, as `rollback` picks it (newest first).
        const rollbackTo = Object.fromEntries(result.channels.map((c) => [c.name, servedVersions(c).slice(1)]));
        return { body: { ...result, bundles, rollbackTo } };
    }),
    route('GET', `${app}/bundles`, [['app', 'appId']], async ({ appId, store }) => ({ body: { appId, versions: (await store.listBundleVersions(appId)).sort((a, b) => b.localeCompare(a, undefined, { numeric: true })) } })),
    route('GET', `${app}/health`, [['app', 'appId']], async ({ appId, query, runtime, store }) => {
        const now = runtime.now();
        const since = parseSince(query.get('since') ?? undefined, now);
        return { body: { appId, since: since.toISOString(), rows: healthRows(await readRollup(store, appId, since, now)) } };
    }),
    route('GET', `${app}/health/series`, [['app', 'appId']], async ({ appId, query, runtime, store }) => {
        const now = runtime.now();
        const since = parseSince(query.get('since') ?? undefined, now, 7 * 86400_000);
        const bucket = query.get('bucket') ?? (now.getTime() - since.getTime() > 2 * 86400_000 ? '1d' : '1h');
        const bucketMs = { '1h': 3600_000, '1d': 86400_000 }[bucket];
        if (!bucketMs)
            throw new ApiError(400, 'invalid_query', '"bucket" must be 1h or 1d.');
        if ((now.getTime() - since.getTime()) / bucketMs > 24 * 62)
            throw new ApiError(400, 'invalid_query', 'At most 1,488 buckets: use a shorter "since" or a 1d bucket.');
        const series = await readSeries(store, appId, since, now, bucketMs);
        return { body: { appId, since: since.toISOString(), bucket, points: series.map(({ start, rollup }) => ({ t: start.toISOString(), rows: healthRows(rollup), cohorts: versionCohorts(rollup) })) } };
    }),
    route('GET', `${app}/audit`, [['app', 'appId']], async ({ appId, query, runtime, store }) => {
        const now = runtime.now();
        const since = parseSince(query.get('since') ?? undefined, now, 30 * 86400_000);
        return { body: { appId, since: since.toISOString(), entries: await readAudit(store, appId, since, now) } };
    }),
    route('GET', `${app}/devices/([^/]+)`, [['app', 'appId'], ['device', 'deviceId']], async ({ params, query, settings, runtime }) => ({
        body: await explainDevice(settings, runtime, { device: params.device, since: query.get('since') ?? undefined })
    })),
    route('POST', `${app}/channels/([^/]+)/promote`, [['app', 'appId'], ['channel', 'channel']], async ({ params, body, settings, runtime }) => {
        const from = api_text(body, 'from');
        const version = api_text(body, 'version');
        if (!from && !version)
            throw new ApiError(400, 'invalid_body', 'promote needs "from" (a channel) or "version".');
        const result = await commands_promote({ ...settings, allowNativeChange: bool(body, 'allowNativeChange'), replaceRollout: bool(body, 'replaceRollout') }, runtime, { from, version, to: params.channel, requireHealthy: bool(body, 'requireHealthy') });
        return moved('promote', params.channel, result);
    }),
    route('POST', `${app}/channels/([^/]+)/rollback`, [['app', 'appId'], ['channel', 'channel']], async ({ params, body, settings, runtime }) => moved('rollback', params.channel, await commands_rollback(settings, runtime, { channel: params.channel, to: api_text(body, 'to') }))),
    route('POST', `${app}/channels/([^/]+)/rollout`, [['app', 'appId'], ['channel', 'channel']], async ({ params, body, settings, runtime }) => {
        const action = api_text(body, 'action');
        const percentage = body.percentage;
        let percentageBps;
        if (percentage !== undefined) {
            percentageBps = typeof percentage === 'number' || typeof percentage === 'string' ? (0,settings_settings/* parsePercentage */.A3)(String(percentage)) : undefined;
            if (percentageBps === undefined)
                throw new ApiError(400, 'invalid_body', '"percentage" must be above 0 and at most 100 with up to two decimals.');
        }
        if (action !== undefined && !['promote', 'abort', 'pause', 'resume'].includes(action))
            throw new ApiError(400, 'invalid_body', '"action" must be promote, abort, pause or resume.');
        const result = await rollout(settings, runtime, { channel: params.channel, percentageBps, promote: action === 'promote', abort: action === 'abort', pause: action === 'pause', resume: action === 'resume' });
        return moved(`rollout-${action ?? 'percentage'}`, params.channel, result);
    }),
    route('POST', `${app}/channels/([^/]+)/rollout/advance`, [['app', 'appId'], ['channel', 'channel']], async ({ appId, params, settings, runtime, store }) => {
        const verdict = await operations_advanceRollout(store, appId, params.channel, runtime, { webhook: settings.rolloutWebhook });
        return {
            body: verdict,
            ...(verdict.applied ? { audit: { action: `rollout-advance-${verdict.decision}`, channel: params.channel, from: verdict.stableVersion, to: verdict.version, status: verdict.decision, message: verdict.message } } : {})
        };
    }),
    route('PUT', `${app}/channels/([^/]+)/settings`, [['app', 'appId'], ['channel', 'channel']], async ({ params, body, settings, runtime }) => {
        const keys = ['ios', 'android', 'allowEmulator', 'allowDev', 'allowSelfSet'];
        const unknown = Object.keys(body).filter((k) => !keys.includes(k));
        if (unknown.length)
            throw new ApiError(400, 'invalid_body', `Unknown channel setting(s) ${unknown.join(', ')}; known: ${keys.join(', ')}.`);
        const changes = {};
        for (const key of keys)
            if (body[key] !== undefined)
                changes[key] = bool(body, key);
        const before = (await commands_status(settings, { channel: params.channel, env: runtime.env, stats: false })).channels[0]?.settings;
        const after = await configureChannel(settings, runtime, { channel: params.channel, changes });
        return { body: after, audit: { action: 'channel-settings', channel: params.channel, from: JSON.stringify(before ?? null), to: JSON.stringify(after.settings), status: 'configured', message: `Settings of ${params.channel}: ${JSON.stringify(after.settings)}.` } };
    }),
    route('PUT', `${app}/devices/([^/]+)/channel`, [['app', 'appId'], ['device', 'deviceId']], async ({ params, body, settings, runtime }) => {
        const channel = api_text(body, 'channel');
        if (!channel)
            throw new ApiError(400, 'invalid_body', 'Name the channel: {"channel": "beta"}.');
        const result = await setDeviceChannel(settings, runtime, { device: params.device, channel });
        return { body: result, audit: { action: 'device-channel', device: params.device, channel, from: result.previous, to: result.channel, status: 'set', message: `Device ${params.device} now gets ${channel}.` } };
    }),
    route('DELETE', `${app}/devices/([^/]+)/channel`, [['app', 'appId'], ['device', 'deviceId']], async ({ params, settings, runtime }) => {
        const result = await setDeviceChannel(settings, runtime, { device: params.device });
        return { body: result, audit: { action: 'device-channel', device: params.device, from: result.previous, to: null, status: 'unset', message: `Device ${params.device} has no channel override.` } };
    })
];
/** An error as the API answers it: bad input 400, a refusal by a gate or a lost race 409. */
function answerOf(error) {
    if (error instanceof ApiError)
        return error;
    if (error instanceof core_errors/* HealthGateError */.Gx)
        return new ApiError(409, 'health_gate', error.message, error.details);
    if (error instanceof core_errors/* NativeChangeError */.Md)
        return new ApiError(409, 'native_change', error.message);
    if (error instanceof core_errors/* ConflictError */.fK)
        return new ApiError(409, 'conflict', error.message);
    if (error instanceof core_errors/* ConfigurationError */.j1)
        return new ApiError(400, 'invalid_request', error.message);
    if (error instanceof core_errors/* CapflightError */.D7 && error.exitCode === 2)
        return new ApiError(400, 'invalid_request', error.message);
    return undefined;
}
const answer = (status, body) => ({ status, headers: api_JSON_HEADERS, body: JSON.stringify(body) });
/**
 * The admin API (`/api/v1/`, `capflight serve --console`): bearer tokens only (no cookie, so no
 * CSRF), names from the URL validated before they reach the store, and an audit entry for every
 * change, refusals included.
 */
function createAdminApi(options) {
    const now = options.now ?? (() => new Date());
    return async (request) => {
        const token = options.tokens.verify(request.header('authorization'));
        if (!token)
            return { status: 401, headers: { ...api_JSON_HEADERS, 'www-authenticate': 'Bearer realm="capflight"' }, body: JSON.stringify({ error: 'unauthorized', message: 'Send an admin token: Authorization: Bearer <token>.' }) };
        const url = new URL(request.path, 'http://api');
        const matching = ROUTES.filter((r) => r.pattern.test(url.pathname));
        const chosen = matching.find((r) => r.method === request.method);
        if (!chosen)
            return matching.length ? answer(405, { error: 'method_not_allowed', message: `Use ${matching.map((r) => r.method).join(' or ')} ${url.pathname}.` }) : answer(404, { error: 'not_found', message: 'No such admin route; see docs/console.md.' });
        const values = chosen.pattern.exec(url.pathname).slice(1);
        const params = {};
        for (const [i, [key, kind]] of chosen.names.entries()) {
            let value;
            try {
                value = decodeURIComponent(values[i]);
            }
            catch {
                return answer(400, { error: 'invalid_name', message: `The ${key} in the path is not valid URL encoding.` });
            }
            const problem = (0,core_names/* nameProblem */.rH)(kind, value, `The ${key} in the path`);
            if (problem)
                return answer(400, { error: 'invalid_name', message: problem });
            params[key] = value;
        }
        let body = {};
        if (request.method !== 'GET' && request.method !== 'DELETE' && request.body?.length) {
            if (request.bodyTooLarge || request.body.length > MAX_BODY)
                return answer(413, { error: 'body_too_large', message: `At most ${MAX_BODY} bytes.` });
            try {
                body = JSON.parse(request.body.toString('utf8'));
            }
            catch {
                return answer(400, { error: 'invalid_json', message: 'The body must be a JSON object.' });
            }
            if (!body || typeof body !== 'object' || Array.isArray(body))
                return answer(400, { error: 'invalid_json', message: 'The body must be a JSON object.' });
        }
        const appId = params.app;
        const settings = { ...options.settings, appId, dryRun: false };
        const runtime = { cwd: settings.cwd, env: options.env, reporter: options.reporter, now };
        const call = { store: options.store, token, defaultApp: options.settings.appId || undefined, appId, params, query: url.searchParams, body, settings, runtime };
        const audit = async (entry) => {
            try {
                await appendAudit(options.store, { t: now().toISOString(), token, appId, ...entry });
            }
            catch (error) {
                options.reporter.warn(`The audit entry of ${entry.action} by ${token} could not be written: ${error.message}`);
            }
        };
        try {
            const result = await chosen.action(call);
            if (result.audit)
                await audit(result.audit);
            return answer(result.status ?? 200, result.body);
        }
        catch (error) {
            const known = answerOf(error);
            if (!known) {
                options.reporter.warn(`admin ${request.method} ${url.pathname} failed: ${error.stack ?? String(error)}`);
                return answer(500, { error: 'server_error', message: 'The admin API failed; see the server log.' });
            }
            if (request.method !== 'GET')
                await audit({ action: `${request.method} ${url.pathname.replace(/^\/api\/v1\/apps\/[^/]+\//, '')}`, channel: params.channel, device: params.device, from: null, to: null, status: 'refused', message: known.message });
            return answer(known.status, { error: known.code, message: known.message, ...(known.details ? { details: known.details } : {}) });
        }
    };
}

;// CONCATENATED MODULE: ./src/core/admin/console-page.ts




/** The files the console's build writes (`npm run build`: src/console → dist/console). */
const CONSOLE_FILES = {
    'index.html': 'text/html; charset=utf-8',
    'app.js': 'text/javascript; charset=utf-8',
    'app.css': 'text/css; charset=utf-8'
};
/**
 * The page may run only its own script and style and talk only to its own server: an injected
 * tag could neither run nor send anything away, on top of the page rendering every value as text.
 */
const PAGE_HEADERS = {
    'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cache-control': 'no-cache'
};
/**
 * The web console at `/console/`: its bundled files read once from `dir`, answered with a strict
 * content security policy and an ETag. The page itself holds no data: it asks `/api/v1/` with
 * the token the user types.
 */
async function createConsolePage(dir) {
    const assets = new Map();
    for (const [name, type] of Object.entries(CONSOLE_FILES)) {
        let body;
        try {
            body = await (0,promises_.readFile)(external_node_path_default().join(dir, name), 'utf8');
        }
        catch {
            throw new core_errors/* ConfigurationError */.j1([`The console's files are missing from ${dir} (no ${name}). Reinstall capflight, or in its repository run "npm run build".`]);
        }
        assets.set(name, { body, type, etag: `"${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex').slice(0, 32)}"` });
    }
    return (request) => {
        const pathname = request.path.split('?')[0];
        if (request.method !== 'GET' && request.method !== 'HEAD')
            return { status: 405, headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, body: 'The console is read with GET.\n' };
        if (pathname === '/console')
            return { status: 308, headers: { location: '/console/' }, body: null };
        const name = pathname === '/console/' ? 'index.html' : pathname.slice('/console/'.length);
        const asset = assets.get(name);
        if (!asset)
            return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'No such console file.\n' };
        const headers = { ...PAGE_HEADERS, 'content-type': asset.type, etag: asset.etag };
        if (request.header('if-none-match') === asset.etag)
            return { status: 304, headers, body: null };
        return { status: 200, headers, body: request.method === 'HEAD' ? null : asset.body };
    };
}

;// CONCATENATED MODULE: ./src/core/index.ts
/**
 * The release core's public entry: the one module wrappers (the CLI, the GitHub Action, the
 * Azure task) import. No CI SDK, never reads the environment itself; wrappers pass settings,
 * the environment, a clock and a port.
 */






































/***/ })

};
