//go:build !broken_mirror_order

// The Go mirror of interlock_reading: same fields, same order, same sizes.
package reprclayout

// Reading mirrors the C struct so it can be passed to Rust by pointer without copying field by
// field. Go lays structs out like C on 64-bit targets (declaration order, natural alignment), so
// declaring the same fields in the same order gives the same offsets. Do not reorder it to save
// padding, as the fieldalignment analyzer suggests: the layout test would fail, as it should.
type Reading struct {
	Kind        uint8
	SensorID    uint32
	TimestampNs int64
	Value       float32
	Flags       uint16
}
