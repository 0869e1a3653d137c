def backdated = 978307200000L
def models = new File(basedir, 'target/generated-sources/specpoet/com/example/pets/model')

assert !new File(models, 'Owner.java').exists() : 'the schema removed from the spec left its file behind'
assert new File(models, 'Toy.java').isFile()
assert new File(models, 'Pet.java').text.contains('Integer age')
assert new File(models, 'Pet.java').lastModified() != backdated
assert new File(models, 'Status.java').lastModified() == backdated : 'an unchanged file was rewritten'
assert new File(basedir, 'target/classes/com/example/pets/model/Toy.class').isFile()

def log = new File(basedir, 'build.log').text
def summaries = log.findAll(/specpoet: \d+ files written, \d+ unchanged, \d+ deleted/)
assert summaries.size() == 2
assert summaries[1] =~ /1 deleted/
assert !log.contains('is up to date')
