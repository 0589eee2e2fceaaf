// capflight rollback as a step of its own: capflightRelease with command: 'rollback', the same options
// (but command) and the same result Map.
def call(Map config = [:]) {
    if (config.containsKey('command')) error("capflightRollback: takes no command: option; it always runs rollback.")
    return capflightRelease(config + [command: 'rollback'])
}
