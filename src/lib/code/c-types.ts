// C and Rust type texts -> one canonical spelling, so a header parameter and a Rust parameter can be compared.

/** C spellings -> the Rust type with the same size and meaning on the LP64 targets cgo builds for. */
const C_NAMES: Record<string, string> = {
  int8_t: 'i8', uint8_t: 'u8', int16_t: 'i16', uint16_t: 'u16', int32_t: 'i32', uint32_t: 'u32', int64_t: 'i64', uint64_t: 'u64',
  size_t: 'usize', uintptr_t: 'usize', ssize_t: 'isize', intptr_t: 'isize', ptrdiff_t: 'isize',
  bool: 'bool', _Bool: 'bool', float: 'f32', double: 'f64', void: 'void',
  char: 'char', 'signed char': 'i8', 'unsigned char': 'u8',
  short: 'i16', 'unsigned short': 'u16', int: 'i32', 'unsigned int': 'u32', unsigned: 'u32',
  long: 'i64', 'unsigned long': 'u64', 'long long': 'i64', 'unsigned long long': 'u64',
};

/** Rust spellings of the same (std::ffi / core::ffi / libc aliases included). */
const RUST_NAMES: Record<string, string> = {
  c_char: 'char', c_schar: 'i8', c_uchar: 'u8', c_short: 'i16', c_ushort: 'u16', c_int: 'i32', c_uint: 'u32',
  c_long: 'i64', c_ulong: 'u64', c_longlong: 'i64', c_ulonglong: 'u64', c_float: 'f32', c_double: 'f64',
  c_void: 'void', size_t: 'usize', ssize_t: 'isize', '()': 'void',
};

const PRIMITIVES = new Set(['i8', 'u8', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'isize', 'usize', 'bool', 'f32', 'f64', 'void', 'char']);

/**
 * Canonical text of a C type: "*const u8", "*mut Meter", "i32"; "fnptr" for function pointers.
 * `structs` names the header's structs (compared by name); any other typedef is "?name" (not comparable).
 */
export function canonC(type: string, structs: ReadonlySet<string>): string {
  if (type === 'fnptr') return 'fnptr';
  const arr = /^(.*)\[[^\]]*\]$/.exec(type);
  if (arr !== null) return `[${canonC(arr[1]!.trim(), structs)}]`;
  const star = type.lastIndexOf('*');
  if (star >= 0) {
    // The qualifier that makes the pointee const sits after the pointee's own last star, if it has one.
    const inner = type.slice(0, star).trim();
    const cut = inner.lastIndexOf('*') + 1;
    const own = inner.slice(cut);
    const pointee = `${inner.slice(0, cut)}${own.replace(/\bconst\b/g, '')}`.replace(/\s+/g, ' ').trim();
    return `*${/\bconst\b/.test(own) ? 'const' : 'mut'} ${canonC(pointee, structs)}`;
  }
  const base = type.replace(/\b(const|volatile|struct|enum|union)\b/g, '').replace(/\s+/g, ' ').trim();
  if (C_NAMES[base] !== undefined) return C_NAMES[base];
  return structs.has(base) ? base : `?${base}`;
}

/** Canonical text of a Rust type, same spelling as canonC; type aliases and generics other than Option<fn> are "?text". */
export function canonRust(type: string, structs: ReadonlySet<string>, aliases: ReadonlyMap<string, string> = new Map(), depth = 0): string {
  const t0 = type.replace(/\s+/g, ' ').trim();
  const alias = depth < 8 ? aliases.get(t0.split('::').at(-1)!.trim()) : undefined;
  if (alias !== undefined) return canonRust(alias, structs, aliases, depth + 1);
  const t = t0;
  const ptr = /^\*\s*(const|mut)\s+(.+)$/.exec(t);
  if (ptr !== null) return `*${ptr[1]} ${canonRust(ptr[2]!, structs, aliases, depth + 1)}`;
  // References and boxes cross as plain pointers (Option<_> of one is the nullable pointer), so the ABI is the same.
  const ref = /^(?:Option\s*<\s*)?(&\s*(?:'\w+\s+)?(mut\s+)?|Box\s*<)\s*(.+?)\s*>?$/.exec(t);
  if (ref !== null && !/^(Option\s*<\s*)?(unsafe\s+)?extern/.test(t)) {
    const inner = ref[1]!.startsWith('Box') || t.startsWith('Option') ? ref[3]!.replace(/\s*>\s*$/, '') : ref[3]!;
    return `*${ref[2] !== undefined || ref[1]!.startsWith('Box') ? 'mut' : 'const'} ${canonRust(inner, structs, aliases, depth + 1)}`;
  }
  if (/^(Option\s*<\s*)?(unsafe\s+)?extern\s+"C(-unwind)?"\s+fn\b/.test(t)) return 'fnptr';
  const arr = /^\[\s*(.+?)\s*;\s*[^\]]+\]$/.exec(t);
  if (arr !== null) return `[${canonRust(arr[1]!, structs, aliases, depth + 1)}]`;
  const last = t.split('::').at(-1)!.trim();
  if (RUST_NAMES[last] !== undefined) return RUST_NAMES[last];
  if (PRIMITIVES.has(last)) return last;
  return structs.has(last) ? last : `?${last}`;
}

/** Whether two canonical types differ in a way that matters; unknown names ("?x") never count as a difference. */
export function typesDiffer(c: string, rust: string): boolean {
  if (c.includes('?') || rust.includes('?')) return false;
  // C `char` is i8 on x86-64 and u8 on arm64; Rust code spells it either way.
  // Constness is the callee's promise, not layout: the check compares what crosses, not who may write.
  const norm = (s: string): string => s.replace(/\bchar\b/g, 'i8').replace(/\bu8\b/g, 'i8').replace(/\*(const|mut) /g, '*');
  return norm(c) !== norm(rust);
}
