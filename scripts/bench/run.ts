// `npm run bench`: every performance figure Interlock tracks, printed against its budget.
import { benchSite } from './site-bench.ts';
import { printTable } from './print-figures.ts';

console.log('Interlock benchmarks (figures are printed, never asserted)');
printTable('Site', await benchSite());
