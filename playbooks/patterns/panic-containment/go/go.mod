module interlock.example/patterns/panic-containment

go 1.26
