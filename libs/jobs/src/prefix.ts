/**
 * BullMQ's Lua scripts touch several keys of a queue at once (`<prefix>:<queue>:wait`,
 * `…:active`, `…:<jobId>`), and Redis Cluster refuses a script whose keys live in different
 * hash slots. Wrapping the prefix in a hash tag (`{zhijian}`) puts every key of every queue
 * under one prefix into one slot. It is applied on single-node Redis too, so moving to a
 * cluster changes no key names. A prefix that already carries a tag is kept as given.
 */
export function hashTaggedPrefix(prefix: string): string {
  return /\{[^{}]+\}/.test(prefix) ? prefix : `{${prefix}}`;
}
