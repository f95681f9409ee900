module interlock.example/patterns/abi-handshake

go 1.26
