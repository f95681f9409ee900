module interlock.example/patterns/buffer-pool

go 1.26
