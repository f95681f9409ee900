//! A library that reports its C ABI version so a binding built for another version can refuse to run.

/// The C ABI this library implements. Major: bumped on any change that breaks an existing caller
/// (a signature, a struct layout, the meaning of an argument). Minor: bumped when functions are added.
#[cfg(not(feature = "broken-abi-v2"))]
pub const ABI_MAJOR: u32 = 1;
#[cfg(not(feature = "broken-abi-v2"))]
pub const ABI_MINOR: u32 = 2;

// The breaking release: `effective_timeout_ms` now takes seconds, so the major goes up.
#[cfg(feature = "broken-abi-v2")]
pub const ABI_MAJOR: u32 = 2;
#[cfg(feature = "broken-abi-v2")]
pub const ABI_MINOR: u32 = 0;

/// Returned by value: two u32 fields have the same layout in every C ABI we target.
#[repr(C)]
pub struct AbiVersion {
    pub major: u32,
    pub minor: u32,
}

/// The version of the code that is actually linked, as opposed to the header the caller compiled against.
#[unsafe(no_mangle)]
pub extern "C" fn interlock_abi_handshake_version() -> AbiVersion {
    AbiVersion {
        major: ABI_MAJOR,
        minor: ABI_MINOR,
    }
}

/// ABI 1.x: clamps a timeout given in milliseconds to [1 ms, 60 s] and returns it in milliseconds.
#[cfg(not(feature = "broken-abi-v2"))]
#[unsafe(no_mangle)]
pub extern "C" fn interlock_abi_handshake_effective_timeout_ms(timeout_ms: u32) -> u32 {
    timeout_ms.clamp(1, 60_000)
}

/// ABI 2.0: same symbol, same C signature, but the argument is now in seconds. Nothing at link time
/// or in the C types can notice; only the version number says that old callers must not use it.
#[cfg(feature = "broken-abi-v2")]
#[unsafe(no_mangle)]
pub extern "C" fn interlock_abi_handshake_effective_timeout_ms(timeout_s: u32) -> u32 {
    timeout_s.saturating_mul(1000).clamp(1, 3_600_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_matches_the_crate_version() {
        // Keeps Cargo.toml's version and the exported ABI version from drifting apart.
        let v = interlock_abi_handshake_version();
        if !cfg!(feature = "broken-abi-v2") {
            assert_eq!(
                env!("CARGO_PKG_VERSION_MAJOR").parse::<u32>().unwrap(),
                v.major
            );
            assert_eq!(
                env!("CARGO_PKG_VERSION_MINOR").parse::<u32>().unwrap(),
                v.minor
            );
        }
    }

    #[cfg(not(feature = "broken-abi-v2"))]
    #[test]
    fn timeout_is_clamped() {
        assert_eq!(interlock_abi_handshake_effective_timeout_ms(0), 1);
        assert_eq!(interlock_abi_handshake_effective_timeout_ms(1500), 1500);
        assert_eq!(
            interlock_abi_handshake_effective_timeout_ms(u32::MAX),
            60_000
        );
    }
}
