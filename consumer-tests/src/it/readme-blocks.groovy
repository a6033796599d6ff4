// Writes the README's marked code blocks into the consumer project being set up (basedir), so that it builds
// exactly what README.md shows. A fenced block preceded by
//     <!-- readme-test: project/path, project/path#placeholder -->
// is written to each path in the project named, or, with #placeholder, replaces the line <!-- readme:placeholder -->
// in that file (for pom.xml snippets). It fails, naming README.md's line, on a marker with no block after it, on a
// placeholder the project lacks or the README leaves unfilled, and on a BOM version other than the build's.
// Variables from the invoker: basedir (this project), readme (README.md's path), libraryVersion.

def readmeFile = new File(readme)
def lines = readmeFile.getText('UTF-8').readLines()
def project = basedir.name
def blocks = [:]      // path in the project -> [text, README line]

for (int i = 0; i < lines.size(); i++) {
  def marker = lines[i] =~ /^<!--\s*readme-test:\s*(.+?)\s*-->\s*$/
  if (!marker.matches()) {
    continue
  }
  int open = i + 1
  while (open < lines.size() && lines[open].trim().isEmpty()) {
    open++
  }
  if (open >= lines.size() || !lines[open].startsWith('```')) {
    throw new IllegalStateException("README.md:${i + 1}: a readme-test marker must be followed by a fenced code block")
  }
  int close = open + 1
  while (close < lines.size() && !lines[close].startsWith('```')) {
    close++
  }
  if (close >= lines.size()) {
    throw new IllegalStateException("README.md:${open + 1}: the code block is not closed")
  }
  def text = lines.subList(open + 1, close).join('\n') + '\n'
  marker.group(1).split(/\s*,\s*/).each { target ->
    def slash = target.indexOf('/')
    if (slash < 1) {
      throw new IllegalStateException("README.md:${i + 1}: '${target}' is not project/path")
    }
    if (target.substring(0, slash) == project) {
      def path = target.substring(slash + 1)
      if (blocks.containsKey(path)) {
        throw new IllegalStateException("README.md:${i + 1}: ${target} is also marked at line ${blocks[path][1]}")
      }
      blocks[path] = [text, i + 1]
    }
  }
}
if (blocks.isEmpty()) {
  throw new IllegalStateException("README.md marks no code block for ${project} (<!-- readme-test: ${project}/... -->)")
}

blocks.each { path, block ->
  def (text, line) = block
  def hash = path.indexOf('#')
  if (hash < 0) {
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.setText(text, 'UTF-8')
  } else {
    def file = new File(basedir, path.substring(0, hash))
    def placeholder = "<!-- readme:${path.substring(hash + 1)} -->"
    def content = file.getText('UTF-8')
    if (!content.contains(placeholder)) {
      throw new IllegalStateException("README.md:${line}: ${project}/${file.name} has no ${placeholder}")
    }
    def bom = text =~ /(?s)<artifactId>improvement-notice-bom<\/artifactId>\s*<version>([^<]*)<\/version>/
    if (bom.find() && bom.group(1) != libraryVersion) {
      throw new IllegalStateException("README.md:${line}: the BOM's version is ${bom.group(1)}, the build's is "
          + "${libraryVersion}: update the README")
    }
    file.setText(content.replace(placeholder, text.readLines().join('\n      ')), 'UTF-8')
  }
}
basedir.eachFileRecurse { file ->
  if (file.name == 'pom.xml' && file.getText('UTF-8').contains('<!-- readme:')) {
    throw new IllegalStateException("${project}/pom.xml: a placeholder that README.md fills in nothing: "
        + file.getText('UTF-8').find(/<!-- readme:[^>]*-->/))
  }
}
println "${project}: ${blocks.keySet().sort().join(', ')} from README.md"
return true
