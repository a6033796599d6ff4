// The engine's runtime as a consumer of notice-rules gets it: none of the jars notice-drools excludes, and its
// size, printed for docs/dependencies.md.
def file = new File(basedir, 'notice-rules/target/runtime-classpath.txt')
def jars = file.getText('UTF-8').trim().split(File.pathSeparator).collect { new File(it) }
def excluded = ['kie-util-maven-support-', 'kie-util-xml-', 'commons-codec-', 'drools-drl-parser-', 'ecj-',
    'antlr-runtime-', 'antlr4-runtime-']
def found = jars.findAll { jar -> excluded.any { jar.name.startsWith(it) } }
if (found) {
  throw new IllegalStateException("a consumer of notice-rules gets jars the engine does not need: ${found*.name}")
}
def total = jars.sum { it.length() } as long
println String.format('notice-rules as a consumer gets it: %d jars on the runtime class path (its own included), '
    + '%.1f MB', jars.size(), total / 1e6)
jars.sort { -it.length() }.each { println String.format('  %9d %s', it.length(), it.name) }
return true
