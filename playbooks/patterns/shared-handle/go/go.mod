module interlock.example/patterns/shared-handle

go 1.26
