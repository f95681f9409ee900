// What each detector of the pattern harness runs and what it can see: for the pattern pages, and for exports that name detectors in words a reader understands.
import type { DetectorId } from './schema.ts';

interface DetectorInfo {
  label: string;
  command: string;
  sees: string;
}

export const DETECTORS: Record<DetectorId, DetectorInfo> = {
  'cargo-test': { label: 'cargo test', command: 'cargo test --manifest-path ../rust/Cargo.toml', sees: 'Rust unit tests of the library itself' },
  'go-vet': { label: 'go vet', command: 'go vet ./...', sees: 'suspicious Go, including unsafe.Pointer misuse' },
  'go-test': { label: 'go test', command: 'go test -count=1 ./...', sees: 'the behaviour the Go tests assert' },
  race: { label: 'go test -race', command: 'go test -race -count=1 ./...', sees: 'data races on Go memory (not on Rust memory)' },
  asan: { label: 'go test -asan', command: 'go test -asan -count=1 ./...', sees: 'C-heap misuse that passes through interceptors (free, memcpy), and leaks at exit' },
  cgocheck2: { label: 'GOEXPERIMENT=cgocheck2', command: 'GOEXPERIMENT=cgocheck2 go test -count=1 ./...', sees: 'Go pointers stored into memory that Go does not manage' },
  pressure: { label: 'GC and scheduler pressure', command: 'GOGC=1 GOMAXPROCS=1 go test -count=1 ./...', sees: 'bugs that need a collection or a thread switch at the wrong moment' },
  ledger: { label: 'Rust allocation ledger', command: 'go test -count=1 ./...', sees: 'Rust allocations freed twice, with the wrong size, by the wrong allocator, or never' },
  'busy-flag': { label: 'busy flag', command: 'go test -count=1 ./...', sees: 'two threads inside a handle that must be used by one at a time' },
  'layout-test': { label: 'layout test', command: 'go test -count=1 ./...', sees: 'struct size, alignment and field offsets that differ between Go and Rust' },
  'abort-subprocess': { label: 'abort in a subprocess', command: 'go test -count=1 ./...', sees: 'a process abort (a panic that cannot unwind), observed from a parent test' },
};
