// The layout test: Rust's, C's and Go's views of Reading must agree field by field.
package reprclayout

import "testing"

func TestLayoutsAgree(t *testing.T) {
	r, c, g := RustLayout(), CLayout(), MirrorLayout()
	if r.Size != c.Size || r.Size != g.Size || r.Align != c.Align || r.Align != g.Align {
		t.Errorf("layout mismatch in Reading itself: Rust size %d align %d, C header size %d align %d, Go mirror size %d align %d",
			r.Size, r.Align, c.Size, c.Align, g.Size, g.Align)
	}
	for i, rf := range r.Fields {
		cf, gf := c.Fields[i], g.Fields[i]
		if rf.Missing {
			t.Errorf("layout mismatch in field %s: the Rust struct has no such field", rf.Name)
		} else if rf.Offset != cf.Offset || rf.Offset != gf.Offset || rf.Size != cf.Size || rf.Size != gf.Size {
			t.Errorf("layout mismatch in field %s: Rust offset %d size %d, C header offset %d size %d, Go mirror offset %d size %d",
				rf.Name, rf.Offset, rf.Size, cf.Offset, cf.Size, gf.Offset, gf.Size)
		}
	}
}

// What a layout mismatch does at run time: no crash, just wrong values (or bytes written past the
// end of a smaller Go struct, which no tool reports either). Run after the layout test.
func TestSampleRoundTrip(t *testing.T) {
	want := Reading{Kind: 2, SensorID: 0xA1B2C3D4, TimestampNs: 1_700_000_000_123_456_789, Value: 21.5, Flags: 0x8001}
	if got := Sample(); got != want {
		t.Errorf("Sample() = %+v, want %+v", got, want)
	}
}
