// The gate ran on both providers' pacts, found nothing, and wrote its report.
def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] contract gate: 2 operations, 3/') :
    'expected the summary line over both specs (widgets and Track)'
assert log.contains('documented statuses covered, 0 violations (policy consumer, 2 pact files, 3 interactions)')
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/contract-gate/index.html').isFile()
assert new File(basedir, 'target/contract-gate/TEST-contract-gate.xml').isFile()
return true
