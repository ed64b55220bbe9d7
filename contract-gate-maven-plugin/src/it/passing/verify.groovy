// The gate ran on both providers' pacts (widgets from a file, Track from togglkit-client), found nothing, and
// wrote its report.
def log = new File(basedir, 'build.log').text

assert log =~ /\[INFO\] contract gate: \d+ operations, 3\/\d+ documented statuses covered, 0 violations.* \(policy consumer, 2 pact files, 3 interactions\)/ :
    'expected the summary line over both pact files'
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/contract-gate/index.html').isFile()
assert new File(basedir, 'target/contract-gate/TEST-contract-gate.xml').isFile()
return true
