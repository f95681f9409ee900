// Tests of Rust-owned buffers: contents, empty results, and that Rust gets every buffer back.

package rustownedbuffer

import (
	"os"
	"sync"
	"testing"
)

func TestJoin(t *testing.T) {
	b, err := Join([]uint64{1, 22, 333, 4444})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Free()
	if got := b.String(); got != "1,22,333,4444" {
		t.Fatalf("Join = %q", got)
	}
}

func TestEmptyResultIsNull(t *testing.T) {
	b, err := Join(nil)
	if err != nil {
		t.Fatal(err)
	}
	if b.Bytes() != nil {
		t.Fatalf("Bytes() = %q, want nil", b.Bytes())
	}
	b.Free()
	b.Free() // idempotent
}

// The ledger test: after a warm-up call (Rust's std allocates some things once, lazily), a batch
// of Join+Free must leave exactly as many live Rust allocations as before. A buffer freed behind
// Rust's back, or with the wrong size, makes the ledger fail this test or abort the process.
func TestRustGetsEveryBufferBack(t *testing.T) {
	warm, _ := Join([]uint64{1})
	warm.Free()
	before := rustLiveAllocations()
	for i := range 200 {
		values := make([]uint64, i%40+1)
		for j := range values {
			values[j] = uint64(i * j * 977)
		}
		b, err := Join(values)
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Bytes()) == 0 {
			t.Fatal("empty result")
		}
		b.Free()
	}
	if after := rustLiveAllocations(); after != before {
		t.Fatalf("ledger: %d Rust allocations still live after every buffer was freed", after-before)
	}
}

func TestConcurrentBuffers(t *testing.T) {
	rounds := 300
	if os.Getenv("INTERLOCK_PRESSURE") == "1" {
		rounds = 3000
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range rounds {
				b, err := Join([]uint64{uint64(g), uint64(i)})
				if err != nil {
					t.Error(err)
					return
				}
				s := b.String() // a copy: still valid after Free
				b.Free()
				if len(s) < 3 {
					t.Errorf("short result %q", s)
					return
				}
			}
		})
	}
	wg.Wait()
}
