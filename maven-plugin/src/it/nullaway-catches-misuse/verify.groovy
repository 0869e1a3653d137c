def log = new File(basedir, 'build.log').text
// Exactly the consumer's two unchecked uses fail; the generated code has no nullness error.
def errors = (log =~ /(\S+\.java):\[\d+,\d+\] \[NullAway\] (.+)/).collect { it[1] + ': ' + it[2].trim() }.unique()
assert errors.size() == 2 : errors
assert errors.every { it.contains('/app/Careless.java') } : errors
assert errors.any { it.endsWith('dereferenced expression pet.tag() is @Nullable') } : errors
assert errors.any { it.endsWith('dereferenced expression client.pets().getPet(id, null, null) is @Nullable') } : errors
