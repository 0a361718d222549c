// Turning keywords into topics, and topics' keywords into readable phrases.

/**
 * Leader clustering of keywords: taken from the most used down, a keyword joins the first
 * group whose leading keyword it is linked with (their tickets mostly coincide), or leads a
 * new group. Comparing with the leader only — not with any member, as single linkage would —
 * keeps one shared word (市场, 管理) from chaining unrelated topics together. Groups of
 * one keyword are dropped: a topic needs two words that travel together.
 */
export function groupKeywords(byUseDescending: readonly string[], links: ReadonlyArray<readonly [string, string]>): string[][] {
  const linked = new Map<string, Set<string>>();
  for (const [a, b] of links) {
    if (!linked.has(a)) linked.set(a, new Set());
    if (!linked.has(b)) linked.set(b, new Set());
    linked.get(a)?.add(b);
    linked.get(b)?.add(a);
  }
  const groups: string[][] = [];
  for (const term of byUseDescending) {
    const partners = linked.get(term);
    if (!partners) continue;
    const group = groups.find((g) => g[0] !== undefined && partners.has(g[0]));
    if (group) group.push(term);
    else groups.push([term]);
  }
  return groups.filter((g) => g.length >= 2);
}

/**
 * Chains overlapping bigrams into phrases: "安平","平农","农贸" → "安平农贸". Each bigram is used
 * once; a phrase starts at a bigram no other one leads into.
 */
export function chainPhrases(grams: readonly string[]): string[] {
  const set = new Set(grams);
  const next = new Map<string, string>();
  const hasPrev = new Set<string>();
  for (const g of grams) {
    const follower = grams.find((h) => h !== g && h[0] === g[1] && !hasPrev.has(h));
    if (follower) {
      next.set(g, follower);
      hasPrev.add(follower);
    }
  }
  const phrases: string[] = [];
  const used = new Set<string>();
  for (const g of grams) {
    if (hasPrev.has(g) || used.has(g) || !set.has(g)) continue;
    let phrase = g;
    used.add(g);
    for (let cur = next.get(g); cur && !used.has(cur); cur = next.get(cur)) {
      phrase += cur[1];
      used.add(cur);
    }
    phrases.push(phrase);
  }
  // Cycles (rare) leave bigrams unused: keep them as they are.
  for (const g of grams) if (!used.has(g)) phrases.push(g);
  return phrases;
}
