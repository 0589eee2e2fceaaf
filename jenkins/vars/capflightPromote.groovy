// capflight promote as a step of its own: capflightRelease with command: 'promote', the same options
// (but command) and the same result Map.
def call(Map config = [:]) {
    if (config.containsKey('command')) error("capflightPromote: takes no command: option; it always runs promote.")
    return capflightRelease(config + [command: 'promote'])
}
