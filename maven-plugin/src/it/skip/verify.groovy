def log = new File(basedir, 'build.log').text
assert log.contains('specpoet: generation skipped (specpoet.skip)')
assert !new File(basedir, 'target/generated-sources/specpoet').exists()
assert !new File(basedir, 'target/specpoet').exists()

assert log =~ /specpoet:generate\s+Generates Java sources from an OpenAPI document/
