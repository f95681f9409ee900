// The suite's steps: neighbours in one group run together, a group split by another stage makes two steps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Stage } from '../../stages.ts';
import { inSteps } from '../../support/steps.ts';

const stage = (id: string, group?: string): Stage => ({ id, title: id, command: ['true'], ...(group === undefined ? {} : { group }) });
const ids = (steps: Stage[][]): string[][] => steps.map((step) => step.map((s) => s.id));

test('neighbours that name one group form a step; a stage without a group is a step alone', () => {
  assert.deepEqual(ids(inSteps([stage('a', 'g'), stage('b', 'g'), stage('c'), stage('d')])), [['a', 'b'], ['c'], ['d']]);
});

test('a group interrupted by another stage, and two groups side by side, make separate steps', () => {
  assert.deepEqual(ids(inSteps([stage('a', 'g'), stage('b'), stage('c', 'g'), stage('d', 'h'), stage('e', 'h')])), [['a'], ['b'], ['c'], ['d', 'e']]);
});

test('no stages, no steps', () => {
  assert.deepEqual(inSteps([]), []);
});
