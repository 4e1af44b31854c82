/** One row of the bench's printed table: the measure, its figure and its target, in fixed columns. */
export function row(measure: string, figure: string, target: string): void {
  console.log(`${measure.padEnd(44)}${figure.padStart(14)}${target.padStart(14)}`);
}
