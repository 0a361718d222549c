// Collects bound parameters while SQL text is assembled: values from a spec (which an
// admin may have typed) never become SQL text, only `$n` placeholders. Identifiers that do
// become text (field names, aliases) are checked against a strict pattern first.

export class SqlBuilder {
  readonly values: unknown[] = [];

  /** A placeholder for the value, with an explicit cast so PostgreSQL never guesses. */
  bind(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

const IDENTIFIER = /^[a-z][a-z0-9_]{0,62}$/;

export class ModelSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelSpecError';
  }
}

/** Returns the name if it is a safe lower-case identifier, else throws. */
export function identifier(name: string, what: string): string {
  if (!IDENTIFIER.test(name)) throw new ModelSpecError(`${what} "${name}" must be a lower-case identifier (a–z, 0–9, _)`);
  return name;
}

/** A string literal for SQL text, for names already checked by `identifier`. */
export function literal(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}
