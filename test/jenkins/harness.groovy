// Runs a Jenkins shared-library step outside Jenkins, with Groovy 2.4 (the Groovy Jenkins uses).
// The pipeline steps the step calls are provided here; `sh` really runs its script.
// CPS transformation and the script-security sandbox are not exercised.
// Usage: groovy harness.groovy <scenario.json>   prints a JSON report on stdout.
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

def scenario = new JsonSlurper().parse(new File(args[0]))
def libraryRoot = new File(scenario.library as String)
def workspace = new File(scenario.workspace as String)
def tmpDir = new File(scenario.tmp as String)
def credentials = scenario.credentials ?: [:]

def envStack = [[:] + System.getenv() + (scenario.env ?: [:])]
def log = []
def commands = []
def currentBuild = [description: null]

class StepError extends RuntimeException {
    StepError(String message) { super(message) }
}

def binding = new Binding()
binding.setVariable('env', envStack[-1])
binding.setVariable('currentBuild', currentBuild)
binding.setVariable('error', { String message -> throw new StepError(message) })
binding.setVariable('echo', { String message -> log << message })
binding.setVariable('pwd', { Map opts = [:] -> opts.tmp ? tmpDir.absolutePath : workspace.absolutePath })
binding.setVariable('libraryResource', { String name -> new File(libraryRoot, "resources/${name}").getText('UTF-8') })
binding.setVariable('writeFile', { Map opts ->
    def f = new File(opts.file as String)
    if (!f.absolute) f = new File(workspace, opts.file as String)
    f.parentFile.mkdirs()
    f.setText(opts.text as String, 'UTF-8')
})
binding.setVariable('readFile', { def opts ->
    def name = opts instanceof Map ? opts.file : opts
    def f = new File(name as String)
    if (!f.absolute) f = new File(workspace, name as String)
    f.exists() ? f.getText('UTF-8') : ''
})
binding.setVariable('withEnv', { List vars, Closure body ->
    def next = [:] + envStack[-1]
    vars.each { String kv -> def i = kv.indexOf('='); next[kv.substring(0, i)] = kv.substring(i + 1) }
    envStack << next
    try { body() } finally { envStack.pop() }
})
binding.setVariable('string', { Map opts -> [type: 'string'] + opts })
binding.setVariable('file', { Map opts -> [type: 'file'] + opts })
binding.setVariable('withCredentials', { List bindings, Closure body ->
    def next = [:] + envStack[-1]
    bindings.each { b ->
        if (!credentials.containsKey(b.credentialsId)) throw new StepError("ERROR: Could not find credentials entry with ID '${b.credentialsId}'")
        def value = credentials[b.credentialsId] as String
        if (b.type == 'file') {
            def f = File.createTempFile('secret', '.pem', tmpDir)
            f.setText(value, 'UTF-8')
            next[b.variable] = f.absolutePath
        } else {
            next[b.variable] = value
        }
    }
    envStack << next
    try { body() } finally { envStack.pop() }
})
binding.setVariable('sh', { def opts ->
    def script = opts instanceof Map ? opts.script : opts
    commands << script
    def pb = new ProcessBuilder('sh', '-c', script as String).directory(workspace)
    pb.environment().clear()
    envStack[-1].each { k, v -> if (v != null) pb.environment().put(k as String, v as String) }
    def p = pb.start()
    def out = new ByteArrayOutputStream()
    def err = new ByteArrayOutputStream()
    p.consumeProcessOutput(out, err)
    def code = p.waitFor()
    p.waitForProcessOutput(out, err)
    log << out.toString('UTF-8') << err.toString('UTF-8')
    if (opts instanceof Map && opts.returnStatus) return code
    if (code != 0) throw new StepError("script returned exit code ${code}")
    if (opts instanceof Map && opts.returnStdout) return out.toString('UTF-8')
    return null
})

// Jenkins reads library sources as UTF-8, and makes every vars/ script a step the others can call.
def shell = new GroovyShell(binding)
new File(libraryRoot, 'vars').listFiles().findAll { it.name.endsWith('.groovy') }.each { file ->
    def name = file.name - '.groovy'
    def script = shell.parse(file.getText('UTF-8'), file.name)
    binding.setVariable(name, { Map config = [:] -> script.call(config) })
}
def step = shell.parse(new File(libraryRoot, "vars/${scenario.step}.groovy").getText('UTF-8'), "${scenario.step}.groovy")
def report = [log: log, commands: commands]
try {
    report.result = step.call(scenario.config ?: [:])
    report.ok = true
} catch (StepError e) {
    report.ok = false
    report.error = e.message
}
report.description = currentBuild.description
new PrintStream(System.out, true, 'UTF-8').println(JsonOutput.toJson(report))
