// The build failed because of the one wrong field type, and the log says which field, pact and interaction.
def log = new File(basedir, 'build.log').text

def findings = log.readLines().findAll { it.startsWith('[ERROR] ') && it.contains('RESPONSE widgets getWidget') }
assert findings.size() == 1 : "expected one finding line, got ${findings}"
assert findings[0].contains('weight_grams')
assert findings[0].contains('(pact shop-widgets.json, interaction ')
assert findings[0].endsWith("'get an existing widget')")
assert log.contains('contract gate: 1 finding (1 error, 0 warnings)')
assert log.contains('BUILD FAILURE')
return true
