// Prints benchmark figures as an aligned table; figures are reported, never asserted.
export interface Figure {
  name: string;
  value: number | undefined;
  unit: string;
  /** A target: figures above it are marked "over budget" (lower is better for every figure we track). */
  budget?: number;
  note?: string;
}

export function printTable(title: string, figures: Figure[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const figure of figures) {
    const value = figure.value === undefined ? 'n/a' : format(figure.value);
    const budget =
      figure.budget === undefined || figure.value === undefined
        ? ''
        : `  (budget ${format(figure.budget)} ${figure.unit}: ${figure.value <= figure.budget ? 'within' : 'OVER BUDGET'})`;
    const note = figure.note ? `  [${figure.note}]` : '';
    console.log(`  ${figure.name.padEnd(width)}  ${value.padStart(9)} ${figure.unit}${budget}${note}`);
  }
}

function format(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}
