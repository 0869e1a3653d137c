def log = new File(basedir, 'build.log').text
assert log.contains('specpoet found 2 problem(s); nothing was written')
assert log =~ /(?m)^\[ERROR\] \S+\/api\.yaml:12:17: reference '#\/components\/schemas\/Owner' points to nothing in this file/
assert log =~ /(?m)^\[ERROR\] \S+\/api\.yaml:14:17: reference '#\/components\/schemas\/Toy' points to nothing in this file/

assert !new File(basedir, 'target/generated-sources/specpoet').exists()
assert !new File(basedir, 'target/specpoet').exists()
