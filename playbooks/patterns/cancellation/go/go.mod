module interlock.example/patterns/cancellation

go 1.26
