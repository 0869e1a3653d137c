def models = new File(basedir, 'target/generated-sources/specpoet/com/example/pets/model')

assert !new File(models, 'Owner.java').exists() : 'the schema removed from the referenced file left its file behind'
assert new File(models, 'Tag.java').text.contains('@CodePointLength(max = 10) @Nullable String label')
assert new File(basedir, 'target/classes/com/example/pets/model/Tag.class').isFile()

def log = new File(basedir, 'build.log').text
def summaries = log.findAll(/specpoet: \d+ files written, \d+ unchanged, \d+ deleted/)
assert summaries.size() == 2
assert summaries[1] =~ /1 deleted/
assert !log.contains('is up to date')
