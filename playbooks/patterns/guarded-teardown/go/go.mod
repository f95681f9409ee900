module interlock.example/patterns/guarded-teardown

go 1.26
