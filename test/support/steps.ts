// Splits the suite's stages into steps: stages that stand next to each other and name the same group run as
// one step, at the same time; every other stage is a step by itself.
import type { Stage } from '../stages.ts';

export function inSteps(stages: readonly Stage[]): Stage[][] {
  const steps: Stage[][] = [];
  for (const stage of stages) {
    const last = steps.at(-1);
    if (last !== undefined && stage.group !== undefined && last[0]!.group === stage.group) last.push(stage);
    else steps.push([stage]);
  }
  return steps;
}
