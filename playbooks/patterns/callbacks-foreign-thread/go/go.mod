module interlock.example/patterns/callbacks-foreign-thread

go 1.26
