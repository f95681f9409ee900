package staticlibcache

import "testing"

func TestValueIsOne(t *testing.T) {
	if v := Value(); v != 1 {
		t.Fatalf("Value() = %d, want 1", v)
	}
}
