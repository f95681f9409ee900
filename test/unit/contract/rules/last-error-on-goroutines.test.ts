// last-error-on-goroutines: last-error needs the Go wrapper to lock the OS thread.
import { ruleCases } from './support.ts';

ruleCases('last-error-on-goroutines');
