// A set of 64-bit values in two typed arrays (open addressing, linear probing). A JS Set of
// a million non-Smi numbers cost more than the rest of a row's bookkeeping together.

export class HashSet64 {
  size = 0;
  private mask = (1 << 12) - 1;
  private high = new Uint32Array(this.mask + 1);
  private low = new Uint32Array(this.mask + 1);
  private used = new Uint8Array(this.mask + 1);

  /** Adds the value; false when it was there already. */
  add(high: number, low: number): boolean {
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & this.mask;
    while (this.used[slot] === 1) {
      if (this.high[slot] === high && this.low[slot] === low) return false;
      slot = (slot + 1) & this.mask;
    }
    this.used[slot] = 1;
    this.high[slot] = high;
    this.low[slot] = low;
    if (++this.size * 2 > this.mask) this.grow();
    return true;
  }

  has(high: number, low: number): boolean {
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & this.mask;
    while (this.used[slot] === 1) {
      if (this.high[slot] === high && this.low[slot] === low) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }

  private grow(): void {
    const { high, low, used } = this;
    this.mask = this.mask * 2 + 1;
    this.high = new Uint32Array(this.mask + 1);
    this.low = new Uint32Array(this.mask + 1);
    this.used = new Uint8Array(this.mask + 1);
    this.size = 0;
    for (let i = 0; i < used.length; i++) if (used[i] === 1) this.add(high[i] as number, low[i] as number);
  }
}

/** Subject ids (below 2^53) in a HashSet64. */
export class IdSet {
  private readonly set = new HashSet64();

  get size(): number {
    return this.set.size;
  }

  add(id: number): void {
    this.set.add(Math.floor(id / 0x1_0000_0000), id >>> 0);
  }

  has(id: number): boolean {
    return this.set.has(Math.floor(id / 0x1_0000_0000), id >>> 0);
  }
}
