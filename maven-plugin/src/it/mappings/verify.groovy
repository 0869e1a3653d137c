def root = new File(basedir, 'target/generated-sources/specpoet/com/example/orders')
assert new File(root, 'model/Order.java').isFile()
assert !new File(root, 'model/Money.java').exists() : 'a mapped schema is not generated'
assert !new File(root, 'api').exists() : 'modelsOnly writes no API classes'
assert !new File(root, 'OrdersClient.java').exists() : 'modelsOnly writes no client'

def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[WARNING\] \S+\/api\.yaml:\d+:\d+: warning: attribute components\.schemas\.Order\.x-oai-internal is reserved by The OpenAPI Initiative/
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
