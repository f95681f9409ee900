// Contract bytes -> one side of a diff (model + positions), or the contract module's diagnostics.
import { parseContract } from '../contract/parse.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Side } from './change.ts';

export interface LoadedSide {
  /** Present only when the contract is usable. */
  side?: Side;
  /** The decoded text, when decoding succeeded (diagnostics show source lines from it). */
  text?: string;
  diagnostics: Diagnostic[];
}

export function loadSide(input: Uint8Array | string, file: string): LoadedSide {
  const parsed = parseContract(input, file);
  const out: LoadedSide = { diagnostics: parsed.diagnostics };
  if (parsed.text !== undefined) out.text = parsed.text;
  if (parsed.model !== undefined && parsed.locate !== undefined) out.side = { file, model: parsed.model, locate: parsed.locate };
  return out;
}
