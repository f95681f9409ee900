// transfer-needs-destroy: Rust memory transferred to Go has a destroy function.
import { ruleCases } from './support.ts';

ruleCases('transfer-needs-destroy');
