// The JSON encoder: standard JSON whose text holds no character a terminal or a log viewer would obey.
// JSON.stringify already escapes C0 controls; this also escapes DEL, C1 controls, bidi controls and the Unicode
// line separators (only ever inside strings, where \uXXXX means the same character), so the text is the same
// data and can be printed or pasted safely.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${text}\n`;
}
