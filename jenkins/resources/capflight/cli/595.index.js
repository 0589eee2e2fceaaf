export const id = 595;
export const ids = [595];
export const modules = {

/***/ 595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  channelCommand: () => (/* binding */ channelCommand),
  doctorCommand: () => (/* binding */ doctorCommand),
  explainCommand: () => (/* binding */ explainCommand),
  initCommand: () => (/* binding */ initCommand),
  keysCreate: () => (/* binding */ keysCreate),
  promoteCommand: () => (/* binding */ promoteCommand),
  releaseCommand: () => (/* binding */ releaseCommand),
  rollbackCommand: () => (/* binding */ rollbackCommand),
  rolloutAdvance: () => (/* binding */ rolloutAdvance),
  rolloutCommand: () => (/* binding */ rolloutCommand),
  setDeviceChannelCommand: () => (/* binding */ setDeviceChannelCommand),
  statusCommand: () => (/* binding */ statusCommand),
  storeCheck: () => (/* binding */ storeCheck),
  storeGc: () => (/* binding */ storeGc),
  unsetDeviceChannelCommand: () => (/* binding */ unsetDeviceChannelCommand),
  version: () => (/* binding */ version)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/index.ts + 56 modules
var core = __webpack_require__(9647);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/format.ts

/** A release result as the terminal shows it. */
function formatRelease(r) {
    const head = `${r.status}${r.version ? ` ${r.version}` : ''}${r.channel ? ` → ${r.channel}` : ''}${r.previousVersion && r.previousVersion !== r.version ? ` (was ${r.previousVersion})` : ''}`;
    const rows = [
        ['app', r.appId], ['commit', r.commit ? r.commit.slice(0, 12) : null], ['rule', r.rule], ['bump', r.bump === 'none' ? null : r.bump],
        ['type', r.releaseType], ['size', r.size], ['checksum', r.checksum], ['bundle', r.bundleUrl]
    ];
    const lines = [head, `  ${r.message}`, ...rows.filter(([, v]) => v !== null && v !== '').map(([k, v]) => `  ${k.padEnd(9)}${v}`)];
    if (r.next)
        lines.push(`  next     ${r.next}`);
    if (r.changelog)
        lines.push('', r.changelog);
    return lines.join('\n');
}
/** Channels, rollouts and device reports as the terminal shows them. */
function formatStatus(s, detail) {
    if (s.channels.length === 0)
        return `No channels yet for ${s.appId} in ${s.store}. Run "capflight release" to create one.`;
    const rows = s.channels.map((c) => [c.name, c.version, String(c.revision), c.updatedAt.replace('T', ' ').slice(0, 19), c.commit?.slice(0, 7) ?? '', c.minNativeVersion ?? '-', String(c.history.length)]);
    const header = ['CHANNEL', 'VERSION', 'REV', 'UPDATED (UTC)', 'COMMIT', 'MIN NATIVE', 'HISTORY'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const fmt = (r) => r.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
    const lines = [`${s.appId} — ${s.store}`, fmt(header), ...rows.map(fmt)];
    for (const c of s.channels) {
        if (c.rollout)
            lines.push(`rollout on ${c.name}: ${c.rollout.version} to ${c.rollout.percentageBps / 100}% of devices (the rest get ${c.version})${c.rollout.paused ? ', paused' : ''}${c.rollout.policy ? `, guarded by the ${c.rollout.policy.lane} lane (steps ${c.rollout.policy.steps.join(', ')}%)` : ''}`);
        const off = Object.entries(c.settings).filter(([, v]) => !v).map(([k]) => k);
        if (off.length)
            lines.push(`${c.name} does not serve: ${off.join(', ')}`);
    }
    if (s.health.length) {
        const head = ['CHANNEL', 'VERSION', 'PLATFORM', 'NATIVE', 'CHECKED', 'OFFERED', 'INSTALLED', 'FAILED', 'UNHEALTHY'];
        const table = s.health.map((h) => [h.channel, h.version, h.platform, h.native, h.checked, h.offered, h.installed, h.failed, h.unhealthy].map(String));
        const w = head.map((x, i) => Math.max(x.length, ...table.map((r) => r[i].length)));
        const line = (r) => `  ${r.map((v, i) => (i >= 4 ? v.padStart(w[i]) : v.padEnd(w[i]))).join('  ').trimEnd()}`;
        lines.push('', `Devices since ${s.since?.replace('T', ' ').slice(0, 16)} UTC (distinct devices, not events):`, line(head), ...table.map(line));
        for (const h of s.health) {
            const kinds = [...Object.entries(h.failedBy).map(([k, n]) => `${k} ${n}`), ...Object.entries(h.unhealthyBy).map(([k, n]) => `${k} ${n}`)];
            if (kinds.length)
                lines.push(`  ${h.version} on ${h.channel} (${h.platform} ${h.native}): ${kinds.join(', ')}`);
        }
    }
    if (detail) {
        for (const c of s.channels) {
            lines.push('', `History of ${c.name} (newest first):`);
            for (const h of [...c.history].reverse()) {
                lines.push(`  ${h.at.replace('T', ' ').slice(0, 19)}  ${h.action.padEnd(13)}  ${h.version}${h.from ? ` (from ${h.from})` : ''}${h.percentageBps !== undefined ? ` (${h.percentageBps / 100}%)` : ''}${h.commit ? `  ${h.commit.slice(0, 7)}` : ''}`);
            }
        }
    }
    return lines.join('\n');
}
const pct = core/* rateText */.cf;
/** A rollout gate's verdict: the decision and the numbers behind it. */
function formatVerdict(r) {
    const row = (label, c) => `  ${label.padEnd(8)} ${c.version.padEnd(20)} devices ${String(c.devices).padStart(6)}  failed ${String(c.failed).padStart(5)} of ${String(c.offered).padEnd(6)} ${pct(c.failureRate).padStart(7)}  unhealthy ${String(c.unhealthy).padStart(5)} ${pct(c.crashRate).padStart(7)}`;
    return [
        `${r.dryRun ? '[dry run] ' : ''}${r.decision.toUpperCase()}: ${r.message}`,
        row('rollout', r.rollout),
        row('stable', r.stable),
        `  excess failure rate ${pct(r.failure.excess)} (bounds ${pct(r.failure.lower)} to ${pct(r.failure.upper)}, allowed ${pct(r.failure.max)}); excess crash rate ${pct(r.crash.excess)} (bounds ${pct(r.crash.lower)} to ${pct(r.crash.upper)}, allowed ${pct(r.crash.max)}); ${r.policy.confidence * 100}% confidence, ${r.policy.lane} lane`
    ].join('\n');
}
/** What the endpoint decided for one device. */
function formatExplain(r) {
    const lines = [r.message, `Channel override: ${r.override ?? 'none'}`];
    if (r.decisions.length) {
        lines.push('', `Decisions since ${r.since.slice(0, 16).replace('T', ' ')} UTC (newest last):`);
        for (const d of r.decisions.slice(-20))
            lines.push(`  ${d.t.slice(0, 19).replace('T', ' ')}  ${d.channel} (${d.why})  runs ${d.current} on ${d.platform} ${d.native}  ${d.sent ? `→ sent ${d.sent}` : `→ ${d.kind}: ${d.reason}`}${d.bucket !== null ? `  bucket ${d.bucket}` : ''}`);
    }
    if (r.events.length) {
        lines.push('', 'Events it reported (newest last):');
        for (const e of r.events.slice(-20))
            lines.push(`  ${e.t.slice(0, 19).replace('T', ' ')}  ${e.action}  ${e.version}${e.old_version ? ` (from ${e.old_version})` : ''}`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/gitlab.ts

function statusOf(error) {
    return error.cause?.response?.status;
}
function explainGitlabError(what, error) {
    const status = statusOf(error);
    if (status === 401 || status === 403)
        return `${what} failed (${status}): the token may not have access. The job token can create releases only where the project allows it; otherwise set CAPFLIGHT_GITLAB_TOKEN to a project access token with the api scope.`;
    if (status === 404)
        return `${what} failed (404): the project or merge request was not found with this token.`;
    if (status && status >= 500)
        return `${what} failed: GitLab answered ${status}. The live update itself succeeded; retry the job.`;
    return `${what} failed: ${error.message}`;
}
/**
 * GitLab integrations of the CLI's `--gitlab` mode (used by the CI/CD component):
 * a GitLab Release with the changelog when production moves, and one merge
 * request note per preview channel, edited in place. Best effort: warnings only.
 */
async function gitlabIntegrations(result, env, reporter, options) {
    if (!['released', 'promoted', 'unchanged'].includes(result.status) || !result.version || !result.channel)
        return;
    const api = env.CI_API_V4_URL;
    const project = env.CI_PROJECT_ID;
    if (!api || !project) {
        reporter.warn('Not in a GitLab CI job (no CI_API_V4_URL / CI_PROJECT_ID): skipping the GitLab Release and merge request note.');
        return;
    }
    const host = api.replace(/\/api\/v4\/?$/, '');
    const accessToken = env.CAPFLIGHT_GITLAB_TOKEN || env.GITLAB_TOKEN;
    if (accessToken)
        reporter.setSecret(accessToken);
    const ci = (0,core/* detectCi */.Ay)(env);
    if (options.release && result.channel === 'production') {
        const tag = ci.tag ?? new core/* TagFormat */.GM(options.tagFormat).tag(result.version);
        const auth = accessToken ? { token: accessToken } : env.CI_JOB_TOKEN ? { jobToken: env.CI_JOB_TOKEN } : undefined;
        if (!auth)
            reporter.warn('No CI_JOB_TOKEN or CAPFLIGHT_GITLAB_TOKEN: skipping the GitLab Release.');
        else {
            // gitbeaker is loaded only by the runs that talk to GitLab.
            const { ProjectReleases } = await Promise.all(/* import() */[__webpack_require__.e(342), __webpack_require__.e(407)]).then(__webpack_require__.bind(__webpack_require__, 342));
            const releases = new ProjectReleases({ host, ...auth });
            const description = (0,core/* releaseNotes */.fk)(result);
            try {
                let exists = true;
                try {
                    await releases.show(project, tag);
                }
                catch (error) {
                    if (statusOf(error) !== 404)
                        throw error;
                    exists = false;
                }
                if (exists)
                    await releases.edit(project, tag, { description });
                else
                    await releases.create(project, { tag_name: tag, name: result.version, description, ref: result.commit });
                reporter.info(`GitLab Release ${tag} ${exists ? 'updated' : 'created'}.`);
            }
            catch (error) {
                reporter.warn(explainGitlabError(`Creating the GitLab Release ${tag}`, error));
            }
        }
    }
    if (options.mrNote && ci.isPr && ci.prNumber !== undefined) {
        if (!accessToken) {
            reporter.warn('No CAPFLIGHT_GITLAB_TOKEN: skipping the merge request note (the job token cannot write notes). Add a project or group access token with the api scope as a masked CI/CD variable.');
            return;
        }
        const { MergeRequestNotes } = await Promise.all(/* import() */[__webpack_require__.e(342), __webpack_require__.e(407)]).then(__webpack_require__.bind(__webpack_require__, 342));
        const notes = new MergeRequestNotes({ host, token: accessToken });
        const marker = (0,core/* previewMarker */.fh)(result);
        const body = (0,core/* previewComment */.Wy)(result);
        try {
            const existing = (await notes.all(project, ci.prNumber)).find((n) => typeof n.body === 'string' && n.body.includes(marker));
            if (existing)
                await notes.edit(project, ci.prNumber, existing.id, { body });
            else
                await notes.create(project, ci.prNumber, body);
            reporter.info(`Merge request !${ci.prNumber}: preview note ${existing ? 'updated' : 'created'}.`);
        }
        catch (error) {
            reporter.warn(explainGitlabError(`Writing the merge request !${ci.prNumber} note`, error));
        }
    }
}
/** The dotenv report later jobs read (GitLab `artifacts:reports:dotenv`): single-line values only. */
function dotenvOf(result) {
    const values = {
        CAPFLIGHT_STATUS: result.status,
        CAPFLIGHT_VERSION: result.version,
        CAPFLIGHT_PREVIOUS_VERSION: result.previousVersion,
        CAPFLIGHT_CHANNEL: result.channel,
        CAPFLIGHT_CHECKSUM: result.checksum,
        CAPFLIGHT_SIZE: result.size,
        CAPFLIGHT_RELEASE_TYPE: result.releaseType,
        CAPFLIGHT_BUNDLE_URL: result.bundleUrl
    };
    return dotenvText(values);
}
/** `KEY=value` lines; the values are versions, names and hashes, single-line by construction. */
function dotenvText(values) {
    return `${Object.entries(values).map(([k, v]) => `${k}=${v ?? ''}`).join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/handlers.ts
/** The handlers of the release, channel, device, store, key, init and doctor commands (loaded when one runs). */






/** Prints a channel-moving result and carries out its CI glue (dotenv report, GitLab integrations). */
async function finish(context, settings, result) {
    const { values, cwd, io, reporter } = context;
    const dotenv = (0,flags/* str */.gx)(values.dotenv);
    if (dotenv)
        (0,external_node_fs_.writeFileSync)(external_node_path_default().resolve(cwd, dotenv), dotenvOf(result));
    context.print(result, formatRelease(result));
    if (result.status === 'native-required')
        return 3;
    if (values.gitlab && !settings.dryRun) {
        await gitlabIntegrations(result, io.env, reporter, { tagFormat: settings.tagFormat, release: io.env.CAPFLIGHT_GITLAB_RELEASE !== 'false', mrNote: io.env.CAPFLIGHT_GITLAB_MR_NOTE !== 'false' });
    }
    return 0;
}
const version = async (context) => {
    const settings = context.settings();
    const { store, publisher } = (0,core/* openPublishing */.YF)(settings.store, settings.cwd, context.io.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli });
    const plan = (0,core/* planRelease */.F3)(await (0,core/* gatherFacts */.pc)(settings, context.runtime, store, publisher.promotionRecords));
    // A release now would give this version: none when nothing is to be released.
    const next = plan.action === 'skipped' || (plan.action === 'unchanged' && !plan.existing) ? null : plan.version;
    const out = {
        version: next,
        previousVersion: plan.last.version === '0.0.0' && plan.last.source === 'default' ? null : plan.last.version,
        bump: plan.bump,
        channel: plan.channel,
        rule: plan.rule,
        commits: plan.commits,
        unparsed: plan.unparsed.length,
        unparsedCommits: plan.unparsed,
        lastRelease: plan.last,
        channelVersion: plan.previousVersion,
        action: plan.action,
        reason: plan.reason,
        commit: plan.commit
    };
    if (context.reporter.verbose !== false)
        for (const line of (0,core/* commitLines */.bw)(plan))
            context.reporter.debug(line);
    if (plan.unparsed.length)
        context.reporter.warn(`${plan.unparsed.length} commit(s) are not Conventional Commits and were not counted.`);
    if (plan.action === 'release' && plan.uncommitted.length)
        context.reporter.warn(`${plan.uncommitted.length} tracked file(s) have uncommitted changes: "capflight release" refuses to build them without --allow-dirty.`);
    context.print(out, [
        next ? `${next} → ${out.channel}` : `no release: ${plan.reason}`,
        `  last release  ${plan.last.tag ?? `${plan.last.version} (${plan.last.source})`}`,
        `  bump          ${out.bump}${out.rule ? `  (rule: ${out.rule})` : ''}`,
        `  commits       ${out.commits}${out.unparsed ? `, ${out.unparsed} not conventional` : ''}`,
        ...(next ? [`  ${plan.reason}`] : [])
    ].join('\n'));
    return 0;
};
const rolloutCommand = async (context) => {
    const { values } = context;
    const channel = (0,flags/* need */.$B)(values, 'channel', 'rollout needs --channel <channel>. Example: capflight rollout --channel production --percentage 25');
    let percentageBps;
    const percentage = (0,flags/* str */.gx)(values.percentage);
    if (percentage !== undefined) {
        percentageBps = (0,core/* parsePercentage */.A3)(percentage);
        if (percentageBps === undefined)
            throw new core/* ConfigurationError */.j1([`--percentage must be above 0 and at most 100 with up to two decimals, got "${percentage}".`]);
    }
    const result = await (0,core/* rollout */.yT)(context.settings(), context.runtime, { channel, percentageBps, promote: Boolean(values.promote), abort: Boolean(values.abort), pause: Boolean(values.pause), resume: Boolean(values.resume) });
    context.print(result, formatRelease(result));
    return 0;
};
/** `capflight rollout advance`: the rollout policy applied to the channel's health; exit 4 on pause or abort. */
const rolloutAdvance = async (context) => {
    const { values, io } = context;
    const channel = (0,flags/* need */.$B)(values, 'channel', 'rollout advance needs --channel <channel>. Example: capflight rollout advance --channel production');
    const settings = context.settings();
    const store = (0,core/* openTelemetryStore */.rL)(settings.store, settings.cwd, io.env, 'capflight rollout advance');
    const result = await (0,core/* advanceRollout */.q9)(store, settings.appId, channel, context.runtime, { dryRun: settings.dryRun, webhook: (0,flags/* str */.gx)(values.webhook) ?? settings.rolloutWebhook });
    const dotenv = (0,flags/* str */.gx)(values.dotenv);
    // The CI outputs as CAPFLIGHT_<NAME> lines, as the release's dotenv report has them.
    if (dotenv)
        (0,external_node_fs_.writeFileSync)(external_node_path_default().resolve(context.cwd, dotenv), dotenvText(Object.fromEntries(Object.entries((0,core/* verdictOutputs */.Ix)(result)).map(([k, v]) => [`CAPFLIGHT_${k.toUpperCase().replace(/-/g, '_')}`, v]))));
    context.print(result, formatVerdict(result));
    const problem = (0,core/* webhookProblem */.BI)(result);
    if (problem)
        context.reporter.warn(problem);
    return result.decision === 'pause' || result.decision === 'abort' ? 4 : 0;
};
/** `capflight explain --device`: the endpoint's decisions for one device, its events and override. */
const explainCommand = async (context) => {
    const device = (0,flags/* need */.$B)(context.values, 'device', 'explain needs --device <id>. Example: capflight explain --device 7f1c…');
    const result = await (0,core/* explainDevice */.U2)(context.settings(), context.runtime, { device, since: (0,flags/* str */.gx)(context.values.since) });
    context.print(result, formatExplain(result));
    return 0;
};
const channelCommand = async (context) => {
    const { values } = context;
    const channel = (0,flags/* need */.$B)(values, 'channel', 'channel needs --channel <channel>. Example: capflight channel --channel beta --allow-emulator false');
    const keys = { ios: 'ios', android: 'android', 'allow-emulator': 'allowEmulator', 'allow-dev': 'allowDev', 'allow-self-set': 'allowSelfSet' };
    const changes = {};
    const problems = [];
    for (const flag of flags/* BOOL_FLAGS */.pU) {
        const v = values[flag];
        if (v === undefined)
            continue;
        if (v === 'true' || v === 'false')
            changes[keys[flag]] = v === 'true';
        else
            problems.push(`--${flag} must be true or false, got "${String(v)}".`);
    }
    if (problems.length)
        throw new core/* ConfigurationError */.j1(problems);
    const result = await (0,core/* configureChannel */.Ak)(context.settings(), context.runtime, { channel, changes });
    context.print(result, `${result.name}: ${Object.entries(result.settings).map(([k, v]) => `${k}=${v}`).join(' ')}`);
    return 0;
};
function deviceCommand(set) {
    return async (context) => {
        const { values } = context;
        const action = set ? 'set-channel' : 'unset-channel';
        const device = (0,flags/* need */.$B)(values, 'device', `device ${action} needs --device <id>. Example: capflight device set-channel --device 7d0b… --channel beta`);
        const channel = set ? (0,flags/* need */.$B)(values, 'channel', 'device set-channel needs --channel <channel>. Example: capflight device set-channel --device 7d0b… --channel beta') : undefined;
        const result = await (0,core/* setDeviceChannel */.ye)(context.settings(), context.runtime, { device, channel });
        const verb = result.dryRun ? 'would' : 'now';
        context.print(result, set
            ? `Device ${result.device} ${verb} follow${result.dryRun ? '' : 's'} ${channel} (override; was ${result.previous ?? 'none'}).`
            : `Device ${result.device} ${result.dryRun ? 'would have' : 'has'} no override${result.previous ? ` (was ${result.previous})` : ''}: it follows its own channel or the server's default.`);
        return 0;
    };
}
const storeCheck = async (context) => {
    const result = await (0,core/* checkStore */.ot)(context.settings(), context.runtime);
    context.print(result, result.problems.length === 0
        ? `${result.store}: ${result.channels} channel(s), ${result.bundles} bundle(s), ${result.blobsVerified} blob(s) verified — all intact.`
        : [`${result.store}: ${result.problems.length} problem(s):`, ...result.problems.map((p) => `  ${p.message}`), 'Release the affected versions again to re-upload them, or roll channels to intact bundles.'].join('\n'));
    return result.problems.length === 0 ? 0 : 1;
};
const storeGc = async (context) => {
    const { values } = context;
    const keep = (0,flags/* str */.gx)(values.keep);
    if (keep === undefined || !/^\d+$/.test(keep))
        throw new core/* ConfigurationError */.j1(['store gc needs --keep <n>: how many bundles each channel keeps (its current one included). Example: capflight store gc --keep 10 --dry-run']);
    const minAge = values['min-age'];
    if (minAge !== undefined && (typeof minAge !== 'string' || !/^\d+$/.test(minAge)))
        throw new core/* ConfigurationError */.j1([`--min-age must be a whole number of minutes, got "${String(minAge)}".`]);
    const result = await (0,core/* collectGarbage */.iO)(context.settings(), context.runtime, { keep: Number(keep), minAgeMs: minAge === undefined ? undefined : Number(minAge) * 60_000 });
    context.print(result, [
        `${result.dryRun ? 'Would delete' : 'Deleted'} ${result.deletedBundles.length} bundle record(s) and ${result.deletedBlobs.length} blob(s), ${(result.freedBytes / 1e6).toFixed(1)} MB, from ${result.store}.`,
        ...result.deletedBundles.map((v) => `  - ${v}`),
        `Kept: ${result.kept.join(', ') || 'none'}`
    ].join('\n'));
    return 0;
};
const keysCreate = async (context) => {
    const { values, cwd } = context;
    const created = await (0,core/* createKeys */.zX)(context.runtime, { dir: (0,flags/* str */.gx)(values.out) ?? external_node_path_default().join('.capflight', 'keys'), force: Boolean(values.force) });
    context.print(created, [
        `Private key: ${created.privateKeyPath} (mode 0600; never commit it; give it to CI as a secret)`,
        `Public key:  ${created.publicKeyPath}`,
        '',
        'Add this to capacitor.config.json, then ship a store build:',
        JSON.stringify(created.capacitorConfig, null, 2),
        '',
        'Release encrypted bundles with: capflight release --private-key ' + external_node_path_default().relative(cwd, created.privateKeyPath)
    ].join('\n'));
    return 0;
};
const initCommand = async (context) => {
    const { values } = context;
    const result = await (0,core/* init */.Ts)(context.runtime, { ci: (0,flags/* str */.gx)(values.ci), updateUrl: (0,flags/* str */.gx)(values['update-url']), channel: (0,flags/* str */.gx)(values.channel), keys: Boolean(values.keys), dryRun: Boolean(values['dry-run']) });
    const verb = { create: result.dryRun ? 'would create' : 'created', update: result.dryRun ? 'would update' : 'updated', unchanged: 'unchanged', print: 'paste by hand' };
    const changed = result.files.filter((f) => f.action === 'create' || f.action === 'update').length;
    context.print(result, [
        `${result.appId}${result.appDir ? ` in ${result.appDir}/` : ''} (${result.packageManager}${result.ci ? `, ${result.ci}` : ', no CI detected: pass --ci github|gitlab|azure|jenkins for a workflow'})`,
        ...result.files.flatMap((f) => [`  ${verb[f.action].padEnd(13)} ${f.path}${f.note ? ` — ${f.note}` : ''}`, ...(f.action === 'print' ? f.content.split('\n').map((l) => `      ${l}`) : [])]),
        ...(result.secrets.length ? ['', `The workflow reads these secrets; set them in the CI's settings: ${result.secrets.join(', ')}.`] : []),
        '',
        changed === 0 && !result.dryRun ? 'Nothing to change: the app is set up.' : `Next: ship a store build with the new capacitor config, run "capflight serve" where ${result.updateUrl} points, then "capflight release". "capflight doctor" checks it all.`,
        // A device's own channel counts only where the channel lets devices pick it (DESIGN §6).
        ...(result.channel === 'production' ? [] : [`Builds name the channel "${result.channel}": after its first release, let devices pick it with "capflight channel --channel ${result.channel} --allow-self-set true".`])
    ].join('\n'));
    return 0;
};
const doctorCommand = async (context) => {
    const result = await (0,core/* doctor */.Ac)(context.values, context.runtime);
    const mark = { pass: '✓', fail: '✗', skip: '-' };
    context.print(result, [
        ...result.checks.flatMap((c) => [`${mark[c.status]} ${c.name.padEnd(15)} ${c.status === 'skip' ? `skipped: ${c.message}` : c.message}`, ...(c.fix ? [`  ${''.padEnd(15)} fix: ${c.fix}`] : [])]),
        '',
        result.ok ? 'Everything a release and a device need is in place.' : `${result.checks.filter((c) => c.status === 'fail').length} check(s) failed.`
    ].join('\n'));
    return result.ok ? 0 : 1;
};
/** Every command: its help and flags, and the handler that runs it. */
const setDeviceChannelCommand = deviceCommand(true);
const unsetDeviceChannelCommand = deviceCommand(false);
const releaseCommand = async (context) => {
    const settings = context.settings();
    return finish(context, settings, await (0,core/* release */._r)(settings, context.runtime));
};
const promoteCommand = async (context) => {
    const to = (0,flags/* need */.$B)(context.values, 'to', 'promote needs --to <channel>. Example: capflight promote --from beta --to production');
    const settings = context.settings();
    return finish(context, settings, await (0,core/* promote */.pt)(settings, context.runtime, { from: (0,flags/* str */.gx)(context.values.from), to, version: (0,flags/* str */.gx)(context.values.version), requireHealthy: Boolean(context.values['require-healthy']) }));
};
const rollbackCommand = async (context) => {
    const channel = (0,flags/* need */.$B)(context.values, 'channel', 'rollback needs --channel <channel>. Example: capflight rollback --channel production');
    const settings = context.settings();
    return finish(context, settings, await (0,core/* rollback */.dU)(settings, context.runtime, { channel, to: (0,flags/* str */.gx)(context.values.to) }));
};
const statusCommand = async (context) => {
    const channel = (0,flags/* str */.gx)(context.values.channel);
    const result = await (0,core/* status */.h5)(context.settings(), { channel, now: context.runtime.now(), env: context.io.env, since: (0,flags/* str */.gx)(context.values.since) });
    context.print(result, formatStatus(result, channel !== undefined));
    return 0;
};


/***/ })

};
