def generated = new File(basedir, 'target/generated-sources/specpoet/com/example/nullness')
['package-info.java', 'model/package-info.java', 'api/package-info.java'].each { name ->
    def file = new File(generated, name)
    assert file.isFile() : "missing $name"
    assert file.text.contains('@NullMarked')
}
assert new File(generated, 'model/Pet.java').text.contains('@Nullable String tag')
assert new File(basedir, 'target/classes/com/example/nullness/app/PetDescriptions.class').isFile()

def log = new File(basedir, 'build.log').text
// The companion test nullaway-catches-misuse shows this setup does report nullness errors.
assert !log.contains('[NullAway]')
