// The old home of writeFileAtomically, kept while src/node/diagram/cache-store.ts still imports it from here.
export { writeFileAtomically } from '../write-atomically.ts';
