// Tests of both string conventions, with the edge cases that break them: non-ASCII, NUL bytes, bad UTF-8.

package strings

import (
	"errors"
	"os"
	"sync"
	"testing"
)

func TestGreet(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Gopher", "Hello, Gopher!"},
		{"Zoë", "Hello, Zoë!"},
		{"", "Hello, !"},
	} {
		if got, err := Greet(c.name); err != nil || got != c.want {
			t.Errorf("Greet(%q) = %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

func TestGreetRefusesNUL(t *testing.T) {
	if _, err := Greet("Go\x00pher"); !errors.Is(err, ErrNUL) {
		t.Fatalf("Greet with a NUL byte: err = %v, want ErrNUL", err)
	}
}

// Multi-byte characters are where byte length and character count part ways.
func TestUpper(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"abc", "ABC"},
		{"héllo wörld", "HÉLLO WÖRLD"},
		{"straße", "STRASSE"}, // upper-casing can make the text longer...
		{"ﬁ", "FI"},           // ...or shorter, in bytes
		{"", ""},
	} {
		if got, err := Upper(c.in); err != nil || got != c.want {
			t.Errorf("Upper(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

func TestUpperErrors(t *testing.T) {
	if _, err := Upper("\xff"); !errors.Is(err, ErrUTF8) {
		t.Errorf("Upper(invalid UTF-8): err = %v, want ErrUTF8", err)
	}
	// Pointer + length carries a NUL fine; the C string Rust returns cannot.
	if _, err := Upper("a\x00b"); !errors.Is(err, ErrNUL) {
		t.Errorf("Upper(with NUL): err = %v, want ErrNUL", err)
	}
}

func TestConcurrentStrings(t *testing.T) {
	rounds := 300
	if os.Getenv("INTERLOCK_PRESSURE") == "1" {
		rounds = 3000
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range rounds {
				g, err1 := Greet("wörld")
				u, err2 := Upper(g)
				if err1 != nil || err2 != nil || u != "HELLO, WÖRLD!" {
					t.Errorf("got %q, %v, %v", u, err1, err2)
					return
				}
			}
		})
	}
	wg.Wait()
}
