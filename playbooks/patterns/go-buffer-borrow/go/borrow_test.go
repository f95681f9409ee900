// Tests of the borrow rules: results, empty inputs, buffer reuse, and loans that must not outlive a call.

package gobufferborrow

import (
	"os"
	"runtime"
	"sync"
	"testing"
)

func TestChecksum(t *testing.T) {
	if got, want := Checksum([]byte("hello, world")), uint32(0x4d0ea41d); got != want {
		t.Fatalf("Checksum = %#x, want %#x", got, want)
	}
	// nil and empty slices both cross as (nil or any pointer, 0): Rust must not dereference them.
	if Checksum(nil) != Checksum([]byte{}) {
		t.Fatal("nil and empty slices must have the same checksum")
	}
}

func TestChecksumAllMatchesOneBuffer(t *testing.T) {
	want := Checksum([]byte("hello, world"))
	if got := ChecksumAll([]byte("hello"), nil, []byte(", "), []byte{}, []byte("world")); got != want {
		t.Fatalf("ChecksumAll = %#x, want %#x", got, want)
	}
	// An empty slice with spare capacity still has a data pointer into Go memory; the span list
	// must not carry it unpinned ("Go pointer to unpinned Go pointer").
	if got, want := ChecksumAll([]byte("x"), make([]byte, 0, 64)), Checksum([]byte("x")); got != want {
		t.Fatalf("ChecksumAll with an empty, non-nil buffer = %#x, want %#x", got, want)
	}
	if ChecksumAll() != Checksum(nil) {
		t.Fatal("an empty gather list must hash like an empty buffer")
	}
}

// The caller reuses its buffer right after Insert, as bufio.Scanner does: Rust must have copied.
func TestSeenCopiesKeys(t *testing.T) {
	s := NewSeen()
	defer s.Close()
	buf := []byte("alpha")
	if fresh, _ := s.Insert(buf); !fresh {
		t.Fatal("first insert of alpha must be new")
	}
	copy(buf, "omega")
	if fresh, _ := s.Insert([]byte("alpha")); fresh {
		t.Fatal("alpha was forgotten: the set kept the caller's buffer, not a copy")
	}
}

// The same check with the key lent from the C heap and freed after each call: if Rust kept the
// pointer, the second insert reads freed memory, which -asan reports.
func TestSeenDoesNotKeepTheLoan(t *testing.T) {
	s := NewSeen()
	defer s.Close()
	for _, want := range []bool{true, false} {
		fresh, err := s.insertCHeapCopy([]byte("beta"))
		if err != nil || fresh != want {
			t.Fatalf("insert beta: fresh=%v err=%v, want fresh=%v", fresh, err, want)
		}
	}
}

// Many goroutines lend buffers while the GC runs: every loan must stay valid for its call.
func TestBorrowUnderGC(t *testing.T) {
	rounds := 200
	if os.Getenv("INTERLOCK_PRESSURE") == "1" {
		rounds = 2000
	}
	s := NewSeen()
	defer s.Close()
	want := Checksum([]byte("abcdefgh"))
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range rounds {
				b := []byte("abcdefgh") // a fresh heap buffer each time, garbage right after
				if got := ChecksumAll(b[:3], b[3:]); got != want {
					t.Errorf("ChecksumAll = %#x, want %#x", got, want)
					return
				}
				if _, err := s.Insert([]byte{byte(g), byte(i), byte(i >> 8)}); err != nil {
					t.Error(err)
					return
				}
				if i%50 == 0 {
					runtime.GC()
				}
			}
		})
	}
	wg.Wait()
}
