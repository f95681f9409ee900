// Links two Rust staticlibs, each with its own copy of the standard library, into one Go binary.
package main

/*
#cgo LDFLAGS: -lprobe_alpha -lprobe_beta -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include <stddef.h>
size_t alpha_len(size_t n);
size_t beta_len(size_t n);
*/
import "C"

import "fmt"

func main() { fmt.Println(C.alpha_len(3), C.beta_len(4)) }
