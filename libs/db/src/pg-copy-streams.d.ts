// Minimal types for pg-copy-streams (the package ships none).
declare module 'pg-copy-streams' {
  import type { Submittable } from 'pg';
  import type { Writable, Readable } from 'node:stream';
  export function from(text: string): Writable & Submittable;
  export function to(text: string): Readable & Submittable;
}
