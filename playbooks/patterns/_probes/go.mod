module interlock.example/probes

go 1.26
