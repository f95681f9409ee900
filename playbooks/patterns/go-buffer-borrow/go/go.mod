module interlock.example/patterns/go-buffer-borrow

go 1.26
