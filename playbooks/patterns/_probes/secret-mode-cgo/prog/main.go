// runtime/secret (GOEXPERIMENT=runtimesecret, Go 1.26) around Go code, and around a cgo call.
package main

/*
static int lib_sign(int key) { return key * 31 + 7; }
*/
import "C"

import (
	"fmt"
	"os"
	"runtime/secret"
)

func main() {
	var sig int
	switch os.Args[1] {
	case "go":
		secret.Do(func() { sig = 42*31 + 7 })
	case "cgo":
		// The key would cross into the library here: the call never returns.
		secret.Do(func() { sig = int(C.lib_sign(42)) })
	}
	fmt.Println("signature:", sig)
}
