export { EnvError, parseEnv } from './parse-env';
export { logOptions, maskIdentifiers, maskLogValue, withoutPassword } from './log-redaction';
