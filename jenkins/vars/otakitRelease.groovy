// otakit as a Jenkins shared-library step: releases, promotes, rolls back or reports
// Capacitor live updates. The CLI ships as a library resource; the agent needs Node.js 22+.
import groovy.json.JsonSlurperClassic

def call(Map config = [:]) {
    def known = ['command', 'channel', 'from', 'to', 'version', 'appId', 'webDir', 'buildCommand', 'store', 'config',
                 'dryRun', 'allowNativeChange', 'rollout', 'workingDirectory', 'apiKeyCredentialsId',
                 'privateKeyCredentialsId', 'privateKeyCredentialsType', 'nodeCommand', 'setDescription']
    def unknown = config.keySet().findAll { !known.contains(it) }
    if (unknown) {
        error("otakitRelease: unknown option(s) ${unknown.join(', ')}. Known options: ${known.join(', ')}.")
    }
    def command = config.command ?: 'release'
    if (!['release', 'promote', 'rollback', 'status'].contains(command)) {
        error("otakitRelease: command must be release, promote, rollback or status, got '${command}'.")
    }
    if (command == 'promote' && !config.to) error('otakitRelease: command promote needs to: (the target channel), and from: (a channel) or version:.')
    if (command == 'promote' && !config.from && !config.version) error('otakitRelease: command promote needs from: (the channel to promote) or version:.')
    if (command == 'rollback' && !config.channel) error('otakitRelease: command rollback needs channel:.')
    def keyType = config.privateKeyCredentialsType ?: 'file'
    if (!['file', 'string'].contains(keyType)) error("otakitRelease: privateKeyCredentialsType must be file (Secret file) or string (Secret text), got '${keyType}'.")

    def nodeCommand = config.nodeCommand ?: 'node'
    def nodeVersion = ''
    withEnv(["OTAKIT_NODE=${nodeCommand}"]) {
        def found = sh(script: 'command -v "$OTAKIT_NODE" >/dev/null 2>&1 && "$OTAKIT_NODE" --version || true', returnStdout: true)
        nodeVersion = found == null ? '' : found.trim()
    }
    def major = (nodeVersion =~ /^v(\d+)\./) ? (nodeVersion =~ /^v(\d+)\./)[0][1] as Integer : 0
    if (major == 0) error("otakitRelease: no Node.js on this agent ('${nodeCommand}' not found). Install Node.js 22 or newer, or set nodeCommand:.")
    if (major < 22) error("otakitRelease: Node.js ${nodeVersion} is too old; otakit needs Node.js 22 or newer on the agent.")

    def tmp = pwd(tmp: true)
    def cli = "${tmp}/otakit-cli.mjs"
    def resultFile = "${tmp}/otakit-result.json"
    writeFile(file: cli, text: libraryResource('otakit/cli.mjs'))

    // Values travel as environment variables and are expanded by the shell, never
    // interpolated into a Groovy string, so nothing secret lands in a command line.
    def vars = [
        "OTAKIT_NODE=${nodeCommand}", "OTAKIT_CLI_FILE=${cli}", "OTAKIT_RESULT_FILE=${resultFile}", "OTAKIT_STEP_COMMAND=${command}",
        "OTAKIT_STEP_CHANNEL=${config.channel ?: ''}", "OTAKIT_STEP_FROM=${config.from ?: ''}", "OTAKIT_STEP_TO=${config.to ?: ''}",
        "OTAKIT_STEP_VERSION=${config.version ?: ''}", "OTAKIT_STEP_CWD=${config.workingDirectory ?: '.'}",
        "OTAKIT_APP_ID=${config.appId ?: ''}", "OTAKIT_WEB_DIR=${config.webDir ?: ''}", "OTAKIT_BUILD_COMMAND=${config.buildCommand ?: ''}",
        "OTAKIT_STORE=${config.store ?: ''}", "OTAKIT_CONFIG=${config.config ?: ''}", "OTAKIT_DRY_RUN=${config.dryRun ? 'true' : 'false'}",
        "OTAKIT_ALLOW_NATIVE_CHANGE=${config.allowNativeChange ? 'true' : 'false'}", "OTAKIT_ROLLOUT=${config.rollout ?: ''}"
    ]
    def bindings = []
    if (config.apiKeyCredentialsId) bindings << string(credentialsId: config.apiKeyCredentialsId, variable: 'OTAKIT_API_KEY')
    if (config.privateKeyCredentialsId) {
        bindings << (keyType == 'file'
            ? file(credentialsId: config.privateKeyCredentialsId, variable: 'OTAKIT_PRIVATE_KEY_FILE')
            : string(credentialsId: config.privateKeyCredentialsId, variable: 'OTAKIT_PRIVATE_KEY'))
    }
    def script = '''
        set -e
        cd "$OTAKIT_STEP_CWD"
        set -- "$OTAKIT_STEP_COMMAND" --json
        case "$OTAKIT_STEP_COMMAND" in
          release)  [ -z "$OTAKIT_STEP_CHANNEL" ] || set -- "$@" --channel "$OTAKIT_STEP_CHANNEL" ;;
          promote)  set -- "$@" --to "$OTAKIT_STEP_TO"
                    [ -z "$OTAKIT_STEP_FROM" ] || set -- "$@" --from "$OTAKIT_STEP_FROM"
                    [ -z "$OTAKIT_STEP_VERSION" ] || set -- "$@" --version "$OTAKIT_STEP_VERSION" ;;
          rollback) set -- "$@" --channel "$OTAKIT_STEP_CHANNEL"; [ -z "$OTAKIT_STEP_TO" ] || set -- "$@" --to "$OTAKIT_STEP_TO" ;;
          status)   [ -z "$OTAKIT_STEP_CHANNEL" ] || set -- "$@" --channel "$OTAKIT_STEP_CHANNEL" ;;
        esac
        if [ -n "${OTAKIT_PRIVATE_KEY_FILE:-}" ] && [ "$OTAKIT_STEP_COMMAND" = release ]; then set -- "$@" --private-key "$OTAKIT_PRIVATE_KEY_FILE"; fi
        "$OTAKIT_NODE" "$OTAKIT_CLI_FILE" "$@" > "$OTAKIT_RESULT_FILE"
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
        def reason = result.error ?: result.message ?: "otakit exited with code ${exitCode}"
        if (exitCode == 3) error("otakitRelease: ${reason}")
        error("otakitRelease: ${command} failed (exit code ${exitCode}): ${reason}")
    }
    if (command != 'status' && config.setDescription != false && result.status) {
        currentBuild.description = "otakit: ${result.status} ${result.version ?: ''} -> ${result.channel ?: ''}".trim()
    }
    return result
}
