module interlock.example/patterns/repr-c-layout

go 1.26
