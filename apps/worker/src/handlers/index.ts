import { systemPing } from './system-ping.handler';
import type { HandlerRegistry } from './types';

/** Every job in the catalogue has exactly one handler; the type makes a missing one a compile error. */
export const handlers: HandlerRegistry = {
  'system.ping': systemPing,
};
