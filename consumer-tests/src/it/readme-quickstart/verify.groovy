// QuickStartTest ran (a build that compiled and ran no test would pass without this) and passed.
evaluate(new File(itSources, 'tests-ran.groovy'))
