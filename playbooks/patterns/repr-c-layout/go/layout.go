// Package reprclayout passes a #[repr(C)] Rust struct to Go in place, and proves the layouts agree.
package reprclayout

/*
#cgo LDFLAGS: -linterlock_repr_c_layout -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include "repr_c_layout.h"
*/
import "C"

import "unsafe"

// Sample asks Rust to fill a Reading. Rust writes straight into the Go struct, which is only
// correct because the layout test below holds.
func Sample() Reading {
	var r Reading
	C.interlock_repr_c_layout_reading_sample((*C.interlock_reading)(unsafe.Pointer(&r)))
	return r
}

// Field is where one field lives in one view of the struct.
type Field struct {
	Name         string
	Offset, Size uintptr
	Missing      bool // this view has no such field
}

// Layout is one view of the struct: Rust's, the C header's or the Go mirror's.
type Layout struct {
	Size, Align uintptr
	Fields      []Field
}

// RustLayout asks the compiled library how rustc laid Reading out.
func RustLayout() Layout {
	l := Layout{Size: uintptr(C.interlock_repr_c_layout_reading_size()), Align: uintptr(C.interlock_repr_c_layout_reading_align())}
	for _, name := range []string{"kind", "sensor_id", "timestamp_ns", "value", "flags"} {
		var off, size C.size_t
		ok := C.interlock_repr_c_layout_reading_field((*C.uint8_t)(unsafe.Pointer(unsafe.StringData(name))), C.size_t(len(name)), &off, &size)
		l.Fields = append(l.Fields, Field{Name: name, Offset: uintptr(off), Size: uintptr(size), Missing: !bool(ok)})
	}
	return l
}

// CLayout is what the C compiler made of the header that cgo compiled.
func CLayout() Layout {
	var c C.interlock_reading
	return Layout{Size: unsafe.Sizeof(c), Align: unsafe.Alignof(c), Fields: []Field{
		{Name: "kind", Offset: unsafe.Offsetof(c.kind), Size: unsafe.Sizeof(c.kind)},
		{Name: "sensor_id", Offset: unsafe.Offsetof(c.sensor_id), Size: unsafe.Sizeof(c.sensor_id)},
		{Name: "timestamp_ns", Offset: unsafe.Offsetof(c.timestamp_ns), Size: unsafe.Sizeof(c.timestamp_ns)},
		{Name: "value", Offset: unsafe.Offsetof(c.value), Size: unsafe.Sizeof(c.value)},
		{Name: "flags", Offset: unsafe.Offsetof(c.flags), Size: unsafe.Sizeof(c.flags)},
	}}
}

// MirrorLayout is how the Go compiler laid out the hand-written mirror.
func MirrorLayout() Layout {
	var m Reading
	return Layout{Size: unsafe.Sizeof(m), Align: unsafe.Alignof(m), Fields: []Field{
		{Name: "kind", Offset: unsafe.Offsetof(m.Kind), Size: unsafe.Sizeof(m.Kind)},
		{Name: "sensor_id", Offset: unsafe.Offsetof(m.SensorID), Size: unsafe.Sizeof(m.SensorID)},
		{Name: "timestamp_ns", Offset: unsafe.Offsetof(m.TimestampNs), Size: unsafe.Sizeof(m.TimestampNs)},
		{Name: "value", Offset: unsafe.Offsetof(m.Value), Size: unsafe.Sizeof(m.Value)},
		{Name: "flags", Offset: unsafe.Offsetof(m.Flags), Size: unsafe.Sizeof(m.Flags)},
	}}
}
