module interlock.example/patterns/opaque-handle

go 1.26
