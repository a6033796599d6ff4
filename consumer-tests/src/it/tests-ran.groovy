// Fails unless Surefire ran at least one test in the project just built (basedir), with none failing: Surefire's
// default includes skip classes not named for tests, and a build that runs none still reports BUILD SUCCESS.
def reports = new File(basedir, 'target/surefire-reports').listFiles()?.findAll { it.name ==~ /TEST-.*\.xml/ } ?: []
if (reports.isEmpty()) {
  throw new IllegalStateException("${basedir.name}: Surefire wrote no test report: no test class ran")
}
int tests = 0
int failed = 0
reports.each { report ->
  def suite = report.getText('UTF-8') =~ /<testsuite\b[^>]*>/
  if (!suite.find()) {
    throw new IllegalStateException("${report}: no <testsuite>")
  }
  def attribute = { String name -> (suite.group() =~ /\b${name}="(\d+)"/).with { it.find() ? it.group(1) as int : 0 } }
  tests += attribute('tests') - attribute('skipped')
  failed += attribute('failures') + attribute('errors')
}
if (tests == 0 || failed > 0) {
  throw new IllegalStateException("${basedir.name}: ${tests} test(s) ran, ${failed} failed")
}
println "${basedir.name}: ${tests} test(s) ran in ${reports*.name.join(', ')}"
return true
