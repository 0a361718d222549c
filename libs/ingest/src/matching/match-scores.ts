// How sure a match by name is. An exact normalized name alone is weak (namesakes are
// common), a birth date makes it strong, a region adds a little.
export const MATCH_POINTS = { name: 40, birthDate: 50, region: 10 } as const;

/** At or above this, a single candidate is linked without review (name + birth date). */
export const LINK_THRESHOLD = 90;

/** Below this a candidate is not worth a reviewer's time (a name alone). */
export const REVIEW_FLOOR = 50;

/** The dataset whose persons are the candidates: the population register. */
export const KNOWN_PERSONS_DATASET = 'population.person';
