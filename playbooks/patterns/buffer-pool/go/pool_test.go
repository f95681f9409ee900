// Tests of the pool's promises: distinct blocks, no double lending, no free while lent, concurrent use.

package bufferpool

import (
	"errors"
	"os"
	"sync"
	"testing"
	"unsafe"
)

func same(a, b []byte) bool { return unsafe.SliceData(a) == unsafe.SliceData(b) }

func TestBlocksAreDistinctAndReused(t *testing.T) {
	p, err := New(64, 2)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	a, _ := p.Get()
	b, _ := p.Get()
	if same(a, b) || len(a) != 64 {
		t.Fatalf("blocks overlap or have the wrong size (%d)", len(a))
	}
	if _, err := p.Get(); !errors.Is(err, ErrExhausted) {
		t.Fatalf("third Get: err = %v, want ErrExhausted", err)
	}
	if err := p.Put(a); err != nil {
		t.Fatal(err)
	}
	if c, _ := p.Get(); !same(c, a) {
		t.Fatal("the block handed back was not lent again")
	}
	p.Put(a)
	p.Put(b)
}

// A block handed back twice must not go into the free list twice: two callers would share it.
func TestDoublePutIsRefused(t *testing.T) {
	p, err := New(64, 4)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	a, _ := p.Get()
	if err := p.Put(a); err != nil {
		t.Fatal(err)
	}
	if err := p.Put(a); !errors.Is(err, ErrNotLent) {
		t.Fatalf("second Put of the same block = %v, want ErrNotLent", err)
	}
	if err := p.Put(a[1:]); !errors.Is(err, ErrNotLent) {
		t.Fatalf("Put of a slice inside a block = %v, want ErrNotLent", err)
	}
}

func TestCloseWaitsForEveryBlock(t *testing.T) {
	p, err := New(64, 2)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := p.Get()
	if err := p.Close(); !errors.Is(err, ErrInUse) {
		t.Fatalf("Close with a block lent = %v, want ErrInUse", err)
	}
	a[0] = 1 // still valid: nothing was freed
	if err := p.Put(a); err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Get(); !errors.Is(err, ErrClosed) {
		t.Fatalf("Get after Close: err = %v, want ErrClosed", err)
	}
}

// Goroutines borrow, fill and return blocks; each checks its block still holds its own bytes.
func TestConcurrentBorrowers(t *testing.T) {
	rounds := 200
	if os.Getenv("INTERLOCK_PRESSURE") == "1" {
		rounds = 5000
	}
	p, err := New(256, 4)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for range rounds {
				b, err := p.Get()
				if errors.Is(err, ErrExhausted) {
					continue
				}
				for i := range b {
					b[i] = byte(g)
				}
				for i := range b {
					if b[i] != byte(g) {
						t.Errorf("goroutine %d found %d in its block: two borrowers share it", g, b[i])
						return
					}
				}
				if err := p.Put(b); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
}
