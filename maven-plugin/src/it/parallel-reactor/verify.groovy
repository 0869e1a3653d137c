['alpha', 'beta'].each { module ->
    def name = module.capitalize()
    assert new File(basedir, "$module/target/generated-sources/specpoet/com/example/$module/model/${name}Item.java").isFile()
    assert new File(basedir, "$module/target/classes/com/example/$module/${name}Catalog.class").isFile()
}

def log = new File(basedir, 'build.log').text
assert log.contains('with a thread count of 2')
assert log.findAll(/specpoet: \d+ files written, 0 unchanged, 0 deleted/).size() == 2
