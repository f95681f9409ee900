module interlock.example/patterns/strings

go 1.26
