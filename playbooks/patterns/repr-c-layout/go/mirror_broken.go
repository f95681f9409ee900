//go:build broken_mirror_order

// BROKEN: the Go mirror, "tidied" so the small fields sit together.
package reprclayout

// Reading with Flags moved up next to Kind, which is what the fieldalignment analyzer suggests to
// save padding. The struct is still 24 bytes and every other field keeps its offset, so nothing
// looks wrong; but Go's Flags now sits in the padding after C's kind: Go reads 0, and what Go
// writes there Rust never sees.
type Reading struct {
	Kind        uint8
	Flags       uint16
	SensorID    uint32
	TimestampNs int64
	Value       float32
}
