// Package staticlibcache calls a static C library that the probe rebuilds between test runs.
package staticlibcache

/*
#cgo LDFLAGS: -lv
int lib_value(void);
*/
import "C"

// Value returns what the linked library returns.
func Value() int { return int(C.lib_value()) }
