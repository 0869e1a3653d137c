def generated = new File(basedir, 'target/generated-sources/specpoet/com/example/pets/model')
['Pet.java', 'Status.java', 'Tag.java'].each { name ->
    assert new File(generated, name).isFile() : "missing generated $name"
}
assert new File(basedir, 'target/classes/com/example/pets/model/Pet.class').isFile()

def log = new File(basedir, 'build.log').text
assert log =~ /specpoet: \d+ files written, 0 unchanged, 0 deleted in /
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
