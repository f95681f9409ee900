module interlock.example/probes/staticlibcache

go 1.26
