def target = new File(basedir, 'target')
assert new File(target, 'generated-sources/pets/com/example/pets/model/Pet.java').isFile()
assert new File(target, 'generated-sources/stores/com/example/stores/model/Store.java').isFile()
assert !new File(target, 'generated-sources/pets/com/example/stores').exists()
assert new File(target, 'classes/com/example/Inventory.class').isFile()

def pets = new File(target, 'specpoet/pets.state')
def stores = new File(target, 'specpoet/stores.state')
assert pets.isFile() && stores.isFile()
assert pets.text != stores.text

def log = new File(basedir, 'build.log').text
assert log.findAll(/specpoet: \d+ files written/).size() == 2 : 'the first build generates once per execution'
assert log.findAll(/generated-sources\/pets is up to date with .*pets\.yaml/).size() == 1
assert log.findAll(/generated-sources\/stores is up to date with .*stores\.yaml/).size() == 1
