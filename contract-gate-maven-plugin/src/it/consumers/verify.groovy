// One build, two consumers: each module's part of the log is checked on its own.
def log = new File(basedir, 'build.log').text
def parts = log.split(/(?m)^\[INFO\] -+< dev\.togglkit\.it:/)
def part = { String artifactId ->
  def found = parts.findAll { it.startsWith(artifactId + ' >') }
  assert found.size() == 1 : "expected the build of ${artifactId} once in build.log, found ${found.size()}"
  found[0]
}

// passing: the gate ran on both providers' pacts (widgets from a file, Track from togglkit-client), found
// nothing, and wrote its report.
def passing = part('passing')
assert passing =~ /\[INFO\] contract gate: \d+ operations, 3\/\d+ documented statuses covered, 0 violations.* \(policy consumer, 2 pact files, 3 interactions\)/ :
    'expected the summary line over both pact files'
assert !passing.contains('[ERROR]')
// Nothing but the gate's own lines: no warning from the libraries underneath (an OpenAPI schema's keywords such
// as nullable, example and x- extensions are not JSON Schema's, and the schema library warned about each).
assert !passing.contains('[WARNING]') : passing.readLines().findAll { it.startsWith('[WARNING]') }
assert new File(basedir, 'passing/target/contract-gate/index.html').isFile()
assert new File(basedir, 'passing/target/contract-gate/TEST-contract-gate.xml').isFile()
assert log =~ /(?m)^\[INFO\] passing \.+ SUCCESS/

// wrong-field-type: the build failed because of the one wrong field type, and the log says which field, pact
// and interaction.
def wrong = part('wrong-field-type')
def findings = wrong.readLines().findAll { it.startsWith('[ERROR] ') && it.contains('RESPONSE widgets getWidget') }
assert findings.size() == 1 : "expected one finding line, got ${findings}"
assert findings[0].contains('weight_grams')
assert findings[0].contains('(pact shop-widgets.json, interaction ')
assert findings[0].endsWith("'get an existing widget')")
assert wrong.contains('contract gate: 1 operations, 2/2 documented statuses covered, 1 violation')
assert log =~ /(?m)^\[INFO\] wrong-field-type \.+ FAILURE/
assert log =~ /(?m)^\[ERROR\] Failed to execute goal .* on project wrong-field-type: contract gate: 1 finding \(1 error, 0 warnings\)/
assert log.contains('BUILD FAILURE')
return true
