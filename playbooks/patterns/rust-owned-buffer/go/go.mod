module interlock.example/patterns/rust-owned-buffer

go 1.26
