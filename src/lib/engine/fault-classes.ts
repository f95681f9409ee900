// The fault classes of playbooks/fault-classes.yaml: what kind of boundary fault an incident was, and which
// rules, detectors and patterns guard against it. The type only; fault-classes-schema.ts reads the file.
import type { z } from 'zod';
import type { faultClass } from './fault-classes-schema.ts';

export type FaultClass = z.output<typeof faultClass> & { id: string };
