// The sources of this project are the code blocks README.md marks for it.
evaluate(new File(itSources, "readme-blocks.groovy"))
