// capflight as a Jenkins shared-library step: releases, promotes, rolls back, reports Capacitor
// live updates, or applies a guarded rollout's policy (command: 'rollout-advance'). The CLI ships as a library resource; the agent needs Node.js 22+.
import groovy.json.JsonSlurperClassic

def call(Map config = [:]) {
    def known = ['command', 'channel', 'from', 'to', 'version', 'appId', 'webDir', 'buildCommand', 'store', 'config',
                 'dryRun', 'allowNativeChange', 'rollout', 'requireHealthy', 'workingDirectory', 'apiKeyCredentialsId',
                 'privateKeyCredentialsId', 'privateKeyCredentialsType', 'nodeCommand', 'setDescription']
    def unknown = config.keySet().findAll { !known.contains(it) }
    if (unknown) {
        error("capflightRelease: unknown option(s) ${unknown.join(', ')}. Known options: ${known.join(', ')}.")
    }
    def command = config.command ?: 'release'
    if (!['release', 'promote', 'rollback', 'status', 'rollout-advance'].contains(command)) {
        error("capflightRelease: command must be release, promote, rollback, status or rollout-advance, got '${command}'.")
    }
    if (command == 'promote' && !config.to) error('capflightRelease: command promote needs to: (the target channel), and from: (a channel) or version:.')
    if (command == 'promote' && !config.from && !config.version) error('capflightRelease: command promote needs from: (the channel to promote) or version:.')
    if (command == 'rollback' && !config.channel) error('capflightRelease: command rollback needs channel:.')
    if (command == 'rollout-advance' && !config.channel) error('capflightRelease: command rollout-advance needs channel: (the channel whose rollout to judge).')
    // String and choice parameters arrive as strings: 'false' must mean false.
    def dryRun = flagOf(config, 'dryRun', false)
    def allowNativeChange = flagOf(config, 'allowNativeChange', false)
    def requireHealthy = flagOf(config, 'requireHealthy', false)
    if (requireHealthy && command != 'promote') error('capflightRelease: requireHealthy applies to command promote only.')
    def setDescription = flagOf(config, 'setDescription', true)
    def keyType = config.privateKeyCredentialsType ?: 'file'
    if (!['file', 'string'].contains(keyType)) error("capflightRelease: privateKeyCredentialsType must be file (Secret file) or string (Secret text), got '${keyType}'.")

    def nodeCommand = config.nodeCommand ?: 'node'
    def nodeVersion = ''
    withEnv(["CAPFLIGHT_NODE=${nodeCommand}"]) {
        def found = sh(script: 'command -v "$CAPFLIGHT_NODE" >/dev/null 2>&1 && "$CAPFLIGHT_NODE" --version || true', returnStdout: true)
        nodeVersion = found == null ? '' : found.trim()
    }
    def major = (nodeVersion =~ /^v(\d+)\./) ? (nodeVersion =~ /^v(\d+)\./)[0][1] as Integer : 0
    if (major == 0) error("capflightRelease: no Node.js on this agent ('${nodeCommand}' not found). Install Node.js 22 or newer, or set nodeCommand:.")
    if (major < 22) error("capflightRelease: Node.js ${nodeVersion} is too old; capflight needs Node.js 22 or newer on the agent.")

    def tmp = pwd(tmp: true)
    // The CLI bundle: its entry, the chunks it loads when a command needs them, its package.json.
    def cliDir = "${tmp}/capflight-cli"
    for (String name : libraryResource('capflight/cli/files.txt').readLines()) {
        if (name.trim()) writeFile(file: "${cliDir}/${name.trim()}", text: libraryResource("capflight/cli/${name.trim()}"))
    }
    def cli = "${cliDir}/index.js"
    def resultFile = "${tmp}/capflight-result.json"
    // A previous build's result must never be read as this one's.
    writeFile(file: resultFile, text: '')

    // Values travel as environment variables and are expanded by the shell, never
    // interpolated into a Groovy string, so nothing secret lands in a command line.
    def vars = [
        "CAPFLIGHT_NODE=${nodeCommand}", "CAPFLIGHT_CLI_FILE=${cli}", "CAPFLIGHT_RESULT_FILE=${resultFile}", "CAPFLIGHT_STEP_COMMAND=${command}",
        "CAPFLIGHT_STEP_CHANNEL=${config.channel ?: ''}", "CAPFLIGHT_STEP_FROM=${config.from ?: ''}", "CAPFLIGHT_STEP_TO=${config.to ?: ''}",
        "CAPFLIGHT_STEP_VERSION=${config.version ?: ''}", "CAPFLIGHT_STEP_CWD=${config.workingDirectory ?: '.'}",
        "CAPFLIGHT_APP_ID=${config.appId ?: ''}", "CAPFLIGHT_WEB_DIR=${config.webDir ?: ''}", "CAPFLIGHT_BUILD_COMMAND=${config.buildCommand ?: ''}",
        "CAPFLIGHT_STORE=${config.store ?: ''}", "CAPFLIGHT_CONFIG=${config.config ?: ''}", "CAPFLIGHT_DRY_RUN=${dryRun}",
        "CAPFLIGHT_ALLOW_NATIVE_CHANGE=${allowNativeChange}", "CAPFLIGHT_ROLLOUT=${config.rollout ?: ''}",
        "CAPFLIGHT_STEP_REQUIRE_HEALTHY=${requireHealthy}"
    ]
    def bindings = []
    if (config.apiKeyCredentialsId) bindings << string(credentialsId: config.apiKeyCredentialsId, variable: 'CAPFLIGHT_API_KEY')
    if (config.privateKeyCredentialsId) {
        bindings << (keyType == 'file'
            ? file(credentialsId: config.privateKeyCredentialsId, variable: 'CAPFLIGHT_PRIVATE_KEY_FILE')
            : string(credentialsId: config.privateKeyCredentialsId, variable: 'CAPFLIGHT_PRIVATE_KEY'))
    }
    def script = '''
        set -e
        cd "$CAPFLIGHT_STEP_CWD"
        set -- "$CAPFLIGHT_STEP_COMMAND" --json
        case "$CAPFLIGHT_STEP_COMMAND" in
          release)  [ -z "$CAPFLIGHT_STEP_CHANNEL" ] || set -- "$@" --channel "$CAPFLIGHT_STEP_CHANNEL" ;;
          promote)  set -- "$@" --to "$CAPFLIGHT_STEP_TO"
                    [ -z "$CAPFLIGHT_STEP_FROM" ] || set -- "$@" --from "$CAPFLIGHT_STEP_FROM"
                    [ -z "$CAPFLIGHT_STEP_VERSION" ] || set -- "$@" --version "$CAPFLIGHT_STEP_VERSION"
                    [ "$CAPFLIGHT_STEP_REQUIRE_HEALTHY" != true ] || set -- "$@" --require-healthy ;;
          rollback) set -- "$@" --channel "$CAPFLIGHT_STEP_CHANNEL"; [ -z "$CAPFLIGHT_STEP_TO" ] || set -- "$@" --to "$CAPFLIGHT_STEP_TO" ;;
          status)   [ -z "$CAPFLIGHT_STEP_CHANNEL" ] || set -- "$@" --channel "$CAPFLIGHT_STEP_CHANNEL" ;;
          rollout-advance) set -- rollout advance --json --channel "$CAPFLIGHT_STEP_CHANNEL" ;;
        esac
        if [ -n "${CAPFLIGHT_PRIVATE_KEY_FILE:-}" ] && [ "$CAPFLIGHT_STEP_COMMAND" = release ]; then set -- "$@" --private-key "$CAPFLIGHT_PRIVATE_KEY_FILE"; fi
        "$CAPFLIGHT_NODE" "$CAPFLIGHT_CLI_FILE" "$@" > "$CAPFLIGHT_RESULT_FILE"
    '''
    def exitCode = 0
    withEnv(vars) {
        withCredentials(bindings) {
            exitCode = sh(script: script, returnStatus: true)
        }
    }
    def text = readFile(file: resultFile)
    def parsed = text?.trim() ? new JsonSlurperClassic().parseText(text) : [:]
    def result = [:]
    result.putAll(parsed)
    result.exitCode = exitCode
    if (exitCode != 0) {
        def reason = result.error ?: result.message ?: "capflight exited with code ${exitCode}"
        if (exitCode == 3 || exitCode == 4) error("capflightRelease: ${reason}")
        error("capflightRelease: ${command} failed (exit code ${exitCode}): ${reason}")
    }
    if (command == 'rollout-advance') {
        // The result is the gate's verdict; the shared names are set as for the other commands.
        result.status = result.decision
        result.previousVersion = result.stableVersion
        if (setDescription) currentBuild.description = "capflight: rollout ${result.decision} ${result.version} on ${result.channel} (${result.nextPercentage ?: result.percentage}%)"
    } else if (command != 'status' && setDescription && result.status) {
        currentBuild.description = "capflight: ${result.status} ${result.version ?: ''} -> ${result.channel ?: ''}".trim()
    }
    return result
}

/** A boolean option: true/false, or the strings 'true'/'false' that pipeline parameters give. */
private boolean flagOf(Map config, String name, boolean fallback) {
    def value = config[name]
    if (value == null || value == '') return fallback
    if (value instanceof Boolean) return value
    def text = value.toString().trim().toLowerCase()
    if (text == 'true') return true
    if (text == 'false') return false
    error("capflightRelease: ${name} must be true or false, got '${value}'.")
}
