module interlock.example/patterns/error-translation

go 1.26
