// The sample contracts written from real Rust C APIs: clean under check, sourced, and faithful to the headers' own prototypes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { allDiagnostics, checkContract } from '../../../src/lib/contract/check.ts';

const root = new URL('../../../', import.meta.url);

// The oracle is the headers, not the contracts: each prototype below is copied from the header named in the
// sample (wasm.h's macro-made functions as the macros expand them, keeping the `own` ownership word).
const WASMTIME_PROTOTYPES = `
own wasm_config_t* wasm_config_new(void)
void wasm_config_delete(own wasm_config_t*)
void wasmtime_config_consume_fuel_set(wasm_config_t *, bool)
void wasmtime_config_epoch_interruption_set(wasm_config_t *, bool)
own wasm_engine_t* wasm_engine_new(void)
own wasm_engine_t* wasm_engine_new_with_config(own wasm_config_t*)
void wasm_engine_delete(own wasm_engine_t*)
wasm_engine_t * wasmtime_engine_clone(const wasm_engine_t *engine)
void wasmtime_engine_increment_epoch(const wasm_engine_t *engine)
wasmtime_store_t *wasmtime_store_new(wasm_engine_t *engine, void *data, void (*finalizer)(void *))
void wasmtime_store_delete(wasmtime_store_t *store)
wasmtime_context_t * wasmtime_store_context(wasmtime_store_t *store)
void wasmtime_store_limiter(wasmtime_store_t *store, int64_t memory_size, int64_t table_elements, int64_t instances, int64_t tables, int64_t memories)
wasmtime_error_t * wasmtime_context_set_fuel(wasmtime_context_t *store, uint64_t fuel)
wasmtime_error_t * wasmtime_context_get_fuel(const wasmtime_context_t *context, uint64_t *fuel)
void wasmtime_context_set_epoch_deadline(wasmtime_context_t *context, uint64_t ticks_beyond_current)
wasmtime_error_t *wasmtime_error_new(const char *)
void wasmtime_error_delete(wasmtime_error_t *error)
void wasmtime_error_message(const wasmtime_error_t *error, wasm_name_t *message)
bool wasmtime_error_exit_status(const wasmtime_error_t *, int *status)
void wasm_byte_vec_delete(own wasm_byte_vec_t*)
wasmtime_error_t *wasmtime_module_new(wasm_engine_t *engine, const uint8_t *wasm, size_t wasm_len, wasmtime_module_t **ret)
void wasmtime_module_delete(wasmtime_module_t *m)
wasmtime_module_t * wasmtime_module_clone(const wasmtime_module_t *m)
wasmtime_error_t * wasmtime_module_validate(wasm_engine_t *engine, const uint8_t *wasm, size_t wasm_len)
wasmtime_error_t * wasmtime_module_serialize(const wasmtime_module_t *module, wasm_byte_vec_t *ret)
wasmtime_linker_t *wasmtime_linker_new(wasm_engine_t *engine)
void wasmtime_linker_delete(wasmtime_linker_t *linker)
wasmtime_error_t *wasmtime_linker_define_func(wasmtime_linker_t *linker, const char *module, size_t module_len, const char *name, size_t name_len, const wasm_functype_t *ty, wasmtime_func_callback_t cb, void *data, void (*finalizer)(void *))
wasmtime_error_t * wasmtime_linker_instantiate(const wasmtime_linker_t *linker, wasmtime_context_t *store, const wasmtime_module_t *module, wasmtime_instance_t *instance, wasm_trap_t **trap)
wasmtime_error_t * wasmtime_instance_new(wasmtime_context_t *store, const wasmtime_module_t *module, const wasmtime_extern_t *imports, size_t nimports, wasmtime_instance_t *instance, wasm_trap_t **trap)
bool wasmtime_instance_export_get(wasmtime_context_t *store, const wasmtime_instance_t *instance, const char *name, size_t name_len, wasmtime_extern_t *item)
void wasmtime_extern_delete(wasmtime_extern_t *val)
void wasmtime_func_new(wasmtime_context_t *store, const wasm_functype_t *type, wasmtime_func_callback_t callback, void *env, void (*finalizer)(void *), wasmtime_func_t *ret)
wasm_functype_t * wasmtime_func_type(const wasmtime_context_t *store, const wasmtime_func_t *func)
wasmtime_error_t * wasmtime_func_call(wasmtime_context_t *store, const wasmtime_func_t *func, const wasmtime_val_t *args, size_t nargs, wasmtime_val_t *results, size_t nresults, wasm_trap_t **trap)
void wasmtime_val_unroot(wasmtime_val_t *val)
wasm_trap_t *wasmtime_trap_new(const char *msg, size_t msg_len)
void wasm_trap_delete(own wasm_trap_t*)
void wasm_trap_message(const wasm_trap_t*, own wasm_message_t* out)
bool wasmtime_trap_code(const wasm_trap_t *, wasmtime_trap_code_t *code)
void wasm_functype_delete(own wasm_functype_t*)
`;

const RUSTLS_PROTOTYPES = `
struct rustls_str rustls_version(void)
void rustls_error(unsigned int result, char *buf, size_t len, size_t *out_n)
bool rustls_result_is_cert_error(unsigned int result)
struct rustls_root_cert_store_builder *rustls_root_cert_store_builder_new(void)
rustls_result rustls_root_cert_store_builder_add_pem(struct rustls_root_cert_store_builder *builder, const uint8_t *pem, size_t pem_len, bool strict)
rustls_result rustls_root_cert_store_builder_build(struct rustls_root_cert_store_builder *builder, const struct rustls_root_cert_store **root_cert_store_out)
void rustls_root_cert_store_builder_free(struct rustls_root_cert_store_builder *builder)
void rustls_root_cert_store_free(const struct rustls_root_cert_store *store)
struct rustls_web_pki_server_cert_verifier_builder *rustls_web_pki_server_cert_verifier_builder_new(const struct rustls_root_cert_store *store)
rustls_result rustls_web_pki_server_cert_verifier_builder_build(struct rustls_web_pki_server_cert_verifier_builder *builder, struct rustls_server_cert_verifier **verifier_out)
void rustls_web_pki_server_cert_verifier_builder_free(struct rustls_web_pki_server_cert_verifier_builder *builder)
void rustls_server_cert_verifier_free(struct rustls_server_cert_verifier *verifier)
struct rustls_client_config_builder *rustls_client_config_builder_new(void)
void rustls_client_config_builder_set_server_verifier(struct rustls_client_config_builder *builder, const struct rustls_server_cert_verifier *verifier)
rustls_result rustls_client_config_builder_set_alpn_protocols(struct rustls_client_config_builder *builder, const struct rustls_slice_bytes *protocols, size_t len)
void rustls_client_config_builder_set_enable_sni(struct rustls_client_config_builder *config, bool enable)
rustls_result rustls_client_config_builder_build(struct rustls_client_config_builder *builder, const struct rustls_client_config **config_out)
void rustls_client_config_builder_free(struct rustls_client_config_builder *config)
void rustls_client_config_free(const struct rustls_client_config *config)
rustls_result rustls_client_connection_new(const struct rustls_client_config *config, const char *server_name, struct rustls_connection **conn_out)
void rustls_connection_free(struct rustls_connection *conn)
rustls_io_result rustls_connection_read_tls(struct rustls_connection *conn, rustls_read_callback callback, void *userdata, size_t *out_n)
rustls_io_result rustls_connection_write_tls(struct rustls_connection *conn, rustls_write_callback callback, void *userdata, size_t *out_n)
rustls_result rustls_connection_process_new_packets(struct rustls_connection *conn)
bool rustls_connection_wants_read(const struct rustls_connection *conn)
bool rustls_connection_wants_write(const struct rustls_connection *conn)
bool rustls_connection_is_handshaking(const struct rustls_connection *conn)
enum rustls_handshake_kind rustls_connection_handshake_kind(const struct rustls_connection *conn)
struct rustls_str rustls_handshake_kind_str(enum rustls_handshake_kind kind)
void rustls_connection_set_buffer_limit(struct rustls_connection *conn, size_t n)
void rustls_connection_send_close_notify(struct rustls_connection *conn)
uint16_t rustls_connection_get_protocol_version(const struct rustls_connection *conn)
struct rustls_str rustls_connection_get_negotiated_ciphersuite_name(const struct rustls_connection *conn)
rustls_result rustls_connection_write(struct rustls_connection *conn, const uint8_t *buf, size_t count, size_t *out_n)
rustls_result rustls_connection_read(struct rustls_connection *conn, uint8_t *buf, size_t count, size_t *out_n)
`;

/** Scalars as the format names them; every other C name must map to a declared type. */
const SCALARS: Record<string, string> = {
  bool: 'bool', int: 'i32', 'unsigned int': 'u32', uint16_t: 'u16', int64_t: 'i64', uint64_t: 'u64', size_t: 'usize',
  rustls_result: 'u32', rustls_io_result: 'i32', wasmtime_trap_code_t: 'u8',
};

interface Sample {
  name: string;
  prototypes: string;
  /** C type name -> the contract type that stands for it. */
  types: Record<string, string>;
  source: { repo: string; header: RegExp; version: string };
}

const SAMPLES: Sample[] = [
  {
    name: 'wasmtime',
    prototypes: WASMTIME_PROTOTYPES,
    types: {
      wasm_config_t: 'Config', wasm_engine_t: 'Engine', wasmtime_store_t: 'Store', wasmtime_context_t: 'Context',
      wasmtime_module_t: 'Module', wasmtime_linker_t: 'Linker', wasm_functype_t: 'FuncType', wasmtime_error_t: 'Error',
      wasm_trap_t: 'Trap', wasm_byte_vec_t: 'ByteVec', wasm_name_t: 'ByteVec', wasm_message_t: 'ByteVec',
      wasmtime_func_t: 'Func', wasmtime_instance_t: 'Instance', wasmtime_extern_t: 'Extern', wasmtime_val_t: 'Val',
    },
    source: { repo: 'github.com/bytecodealliance/wasmtime', header: /crates\/c-api\/include/, version: '49.0.0-dev' },
  },
  {
    name: 'rustls',
    prototypes: RUSTLS_PROTOTYPES,
    types: {
      rustls_root_cert_store_builder: 'RootCertStoreBuilder', rustls_root_cert_store: 'RootCertStore',
      rustls_web_pki_server_cert_verifier_builder: 'ServerCertVerifierBuilder', rustls_server_cert_verifier: 'ServerCertVerifier',
      rustls_client_config_builder: 'ClientConfigBuilder', rustls_client_config: 'ClientConfig', rustls_connection: 'Connection',
      rustls_str: 'Str', rustls_slice_bytes: 'SliceBytes', rustls_handshake_kind: 'HandshakeKind',
    },
    source: { repo: 'github.com/rustls/rustls-ffi', header: /librustls\/src\/rustls\.h/, version: '0.15.3' },
  },
];

interface CType { own: boolean; isConst: boolean; base: string; depth: number; callback: boolean; name: string }
interface Prototype { name: string; ret: CType; params: CType[] }

function cType(text: string): CType {
  const callback = /\(\s*\*/.test(text) || /_callback(_t)?\b/.test(text);
  const decl = text.replace(/\(\s*\*\s*(\w+)\s*\)\s*\(.*\)$/, ' $1').trim();
  const depth = (decl.match(/\*/g) ?? []).length;
  const words = decl.replace(/\*/g, ' ').split(/\s+/).filter((w) => w !== '');
  const own = words.includes('own');
  const isConst = words.includes('const');
  const rest = words.filter((w) => !['own', 'const', 'struct', 'enum'].includes(w));
  // The last word is the parameter's name unless it is the whole type (an unnamed parameter).
  const typeWords = rest.length > 1 && !(rest.length === 2 && rest[0] === 'unsigned') ? rest.slice(0, -1) : rest;
  return { own, isConst, base: typeWords.join(' '), depth, callback, name: rest.length > typeWords.length ? rest.at(-1)! : '' };
}

function splitParams(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) { parts.push(current); current = ''; } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== 'void' && p !== '');
}

function prototypes(text: string): Prototype[] {
  return text.trim().split('\n').map((line) => {
    const m = /^(.*?)\b(\w+)\s*\((.*)\)$/.exec(line.trim());
    assert.ok(m, line);
    return { name: m[2]!, ret: cType(m[1]!), params: splitParams(m[3]!).map(cType) };
  });
}

interface Value { type: string; from?: string; pass?: string; out?: string; count?: string }
interface Contract {
  functions: Record<string, { params?: Record<string, Value>; returns?: Value }>;
  types: Record<string, { kind: string; destroy?: string; owner?: string }>;
}

function load(name: string): { text: string; contract: Contract } {
  const text = readFileSync(new URL(`content/contracts/${name}.yaml`, root), 'utf8');
  return { text, contract: parse(text) as Contract };
}

for (const sample of SAMPLES) {
  const file = `content/contracts/${sample.name}.yaml`;
  const { text, contract } = load(sample.name);

  test(`${sample.name}: parses and passes check with no finding`, () => {
    const result = checkContract(new Uint8Array(readFileSync(new URL(file, root))), file);
    assert.deepEqual(allDiagnostics(result).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`), []);
    assert.doesNotMatch(text, /^\s*allow:.*(out-param|transfer-needs-destroy|opaque-create-destroy|owned-error-freed|go-memory-transfer|parent-link|type-produced)/m);
  });

  test(`${sample.name}: names its source repository, header, version and commit before the contract starts`, () => {
    const head = text.slice(0, text.indexOf('\ninterlock:'));
    assert.ok(head.includes(sample.source.repo), 'repository');
    assert.match(head, sample.source.header);
    assert.ok(head.includes(sample.source.version), 'version');
    assert.match(head, /commit [0-9a-f]{40}/);
  });

  test(`${sample.name}: declares at least 20 functions, exactly those of the copied prototypes`, () => {
    const names = Object.keys(contract.functions);
    assert.ok(names.length >= 20, `${names.length} functions`);
    assert.deepEqual(names, prototypes(sample.prototypes).map((p) => p.name));
  });

  test(`${sample.name}: every parameter and return value agrees with the header's prototype`, () => {
    const problems: string[] = [];
    for (const proto of prototypes(sample.prototypes)) {
      const fn = contract.functions[proto.name]!;
      problems.push(...compareParams(sample, contract, proto, Object.values(fn.params ?? {})));
      problems.push(...compareReturn(sample, proto, fn.returns));
    }
    assert.deepEqual(problems, []);
  });
}

// The rustls_result values the sample's error table uses, copied from enum rustls_result in rustls.h.
const RUSTLS_RESULT_ENUM = `
RUSTLS_RESULT_OK = 7000
RUSTLS_RESULT_IO = 7001
RUSTLS_RESULT_NULL_PARAMETER = 7002
RUSTLS_RESULT_INVALID_DNS_NAME_ERROR = 7003
RUSTLS_RESULT_PANIC = 7004
RUSTLS_RESULT_CERTIFICATE_PARSE_ERROR = 7005
RUSTLS_RESULT_INSUFFICIENT_SIZE = 7007
RUSTLS_RESULT_INVALID_PARAMETER = 7009
RUSTLS_RESULT_UNEXPECTED_EOF = 7010
RUSTLS_RESULT_PLAINTEXT_EMPTY = 7011
RUSTLS_RESULT_ALREADY_USED = 7013
RUSTLS_RESULT_NO_SERVER_CERT_VERIFIER = 7015
RUSTLS_RESULT_NO_DEFAULT_CRYPTO_PROVIDER = 7016
RUSTLS_RESULT_BUILDER_INCOMPATIBLE_TLS_VERSIONS = 7020
RUSTLS_RESULT_CERT_EXPIRED = 7122
RUSTLS_RESULT_CERT_UNKNOWN_ISSUER = 7126
RUSTLS_RESULT_CERT_NOT_VALID_FOR_NAME = 7128
RUSTLS_RESULT_ALERT_CLOSE_NOTIFY = 7200
`;

test('rustls: each error code is the header\'s value for that name, and the success value is not in the table', () => {
  const header = new Map(RUSTLS_RESULT_ENUM.trim().split('\n').map((line) => {
    const [name, value] = line.split(' = ');
    return [value!, name!.replace('RUSTLS_RESULT_', '').toLowerCase().replace(/_/g, '-')] as const;
  }));
  const table = (parse(readFileSync(new URL('content/contracts/rustls.yaml', root), 'utf8')) as { errors: Record<string, { name: string }> }).errors;
  const wrong = Object.entries(table).filter(([code, e]) => !(header.get(code) ?? '').startsWith(e.name)).map(([code, e]) => `${code} ${e.name} (header: ${header.get(code)})`);
  assert.deepEqual(wrong, []);
  assert.equal(header.get('7000'), 'ok');
  assert.ok(!('7000' in table), 'RUSTLS_RESULT_OK is success, not an error');
});

/** Pairs contract parameters with C parameters: a `bytes` value stands for a pointer and its size_t length. */
function compareParams(sample: Sample, contract: Contract, proto: Prototype, values: Value[]): string[] {
  const problems: string[] = [];
  let i = 0;
  for (const value of values) {
    const c = proto.params[i];
    if (c === undefined) return [`${proto.name}: more contract parameters than C parameters`];
    const pairedLength = value.type === 'bytes' && proto.params[i + 1]?.base === 'size_t' && proto.params[i + 1]?.depth === 0;
    i += pairedLength ? 2 : 1;
    const why = paramProblem(sample, contract, proto, c, value);
    if (why !== undefined) problems.push(`${proto.name}(${c.name || c.base}): ${why}`);
  }
  if (i !== proto.params.length) problems.push(`${proto.name}: ${proto.params.length - i} C parameter(s) not in the contract`);
  return problems;
}

function paramProblem(sample: Sample, contract: Contract, proto: Prototype, c: CType, value: Value): string | undefined {
  if (c.callback) return value.type === 'callback' ? undefined : `a function pointer, not ${value.type}`;
  if (c.base === 'void' && c.depth === 1) return value.type === 'usize' ? undefined : `void * is written usize, not ${value.type}`;
  if (c.base === 'char' || c.base === 'uint8_t') return ['bytes', 'string'].includes(value.type) ? undefined : `text or bytes, not ${value.type}`;
  const scalar = SCALARS[c.base];
  if (scalar !== undefined) {
    if (value.type !== scalar) return `${c.base} is ${scalar}, not ${value.type}`;
    if (c.depth === 1 && value.out === undefined && value.count === undefined) return 'a pointer to a scalar the callee writes, but no out:';
    return undefined;
  }
  const mapped = sample.types[c.base];
  if (mapped !== value.type) return `${c.base} stands for ${mapped ?? 'nothing declared'}, not ${value.type}`;
  const type = contract.types[mapped];
  const isDestroy = type?.destroy === proto.name;
  // `own` hands ownership over, except for parameters named out (wasm.h: copy-back output parameters).
  if (c.own && c.name !== 'out' && value.pass !== 'transfer') return 'own parameter, but not pass: transfer';
  if (c.own && c.name === 'out' && value.out === undefined) return 'own ... out is a copy-back output, but no out:';
  if (c.depth === 2) return value.from === 'rust' && value.pass === 'transfer' ? undefined : 'T ** hands a new object back: from: rust, pass: transfer';
  if (isDestroy) return value.pass === 'transfer' ? undefined : `${proto.name} releases it: pass: transfer`;
  if (c.isConst && value.pass === 'transfer' && !c.own) return 'a const pointer Rust does not free, but pass: transfer';
  if (type?.kind === 'struct' && type.owner === 'go' && !c.isConst && value.count === undefined && value.out === undefined) {
    return 'a mutable pointer to a caller-owned struct the callee fills, but no out:';
  }
  return undefined;
}

function compareReturn(sample: Sample, proto: Prototype, returns: Value | undefined): string[] {
  const c = proto.ret;
  if (c.base === 'void' && c.depth === 0) return returns === undefined ? [] : [`${proto.name}: returns void, but the contract returns ${returns.type}`];
  const expected = SCALARS[c.base] ?? sample.types[c.base];
  if (returns === undefined || returns.type !== expected) return [`${proto.name}: returns ${c.base}, expected ${expected}, found ${returns?.type}`];
  if (c.own && returns.pass !== 'transfer') return [`${proto.name}: an own result, but not pass: transfer`];
  return [];
}
