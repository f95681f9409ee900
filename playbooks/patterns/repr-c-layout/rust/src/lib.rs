//! A #[repr(C)] struct shared with Go, plus functions that report its real layout for a Go test.

use std::mem::{align_of, offset_of, size_of, size_of_val};

#[cfg(not(feature = "broken-widened-field"))]
pub type SensorId = u32;
/// BROKEN: widened in Rust only. Everything still compiles on both sides.
#[cfg(feature = "broken-widened-field")]
pub type SensorId = u64;

/// One sensor reading, read and written in place by Go. repr(C) fixes the field order and C's
/// padding rules; it does not make the other side's declaration agree, hence the layout test.
#[repr(C)]
#[derive(Default, Debug, PartialEq)]
pub struct Reading {
    pub kind: u8, // then 3 bytes of padding
    pub sensor_id: SensorId,
    pub timestamp_ns: i64, // 8-aligned
    pub value: f32,
    pub flags: u16, // then 2 bytes of tail padding
}

/// (name, offset, size) of every field, as this compiler laid them out: never typed by hand.
fn fields() -> [(&'static str, usize, usize); 5] {
    let r = Reading::default();
    macro_rules! field {
        ($f:ident) => {
            (stringify!($f), offset_of!(Reading, $f), size_of_val(&r.$f))
        };
    }
    [
        field!(kind),
        field!(sensor_id),
        field!(timestamp_ns),
        field!(value),
        field!(flags),
    ]
}

#[unsafe(no_mangle)]
pub extern "C" fn interlock_repr_c_layout_reading_size() -> usize {
    size_of::<Reading>()
}

#[unsafe(no_mangle)]
pub extern "C" fn interlock_repr_c_layout_reading_align() -> usize {
    align_of::<Reading>()
}

/// Looks up a field by name. Returns false for a name Rust does not have.
///
/// # Safety
/// `name` must point to `len` readable bytes; `offset` and `size` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_repr_c_layout_reading_field(
    name: *const u8,
    len: usize,
    offset: *mut usize,
    size: *mut usize,
) -> bool {
    // SAFETY: `len` readable bytes by contract.
    let name = unsafe { std::slice::from_raw_parts(name, len) };
    let Some(&(_, o, s)) = fields().iter().find(|f| f.0.as_bytes() == name) else {
        return false;
    };
    // SAFETY: writable by contract.
    unsafe {
        offset.write(o);
        size.write(s);
    }
    true
}

/// Writes a known reading into the caller's struct, so Go can check it reads every field back.
///
/// # Safety
/// `out` must point to writable memory laid out as `Reading`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_repr_c_layout_reading_sample(out: *mut Reading) {
    let r = Reading {
        kind: 2,
        sensor_id: 0xA1B2_C3D4,
        timestamp_ns: 1_700_000_000_123_456_789,
        value: 21.5,
        flags: 0x8001,
    };
    // SAFETY: writable by contract; if the caller's struct is smaller than ours this writes past
    // its end, which is exactly the bug the Go layout test exists to catch first.
    unsafe { out.write(r) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_follows_c_rules() {
        // What a C compiler does with the header's struct on every 64-bit target we ship.
        assert_eq!(
            fields(),
            [
                ("kind", 0, 1),
                ("sensor_id", 4, 4),
                ("timestamp_ns", 8, 8),
                ("value", 16, 4),
                ("flags", 20, 2)
            ]
        );
        assert_eq!((size_of::<Reading>(), align_of::<Reading>()), (24, 8));
    }
}
