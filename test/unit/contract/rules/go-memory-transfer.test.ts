// go-memory-transfer: Go memory is never transferred to Rust.
import { ruleCases } from './support.ts';

ruleCases('go-memory-transfer');
