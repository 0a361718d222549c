// The forms clerks really type: 15-digit IDs, full-width digits, stray spaces, a
// lower-case x, dates and months in several notations, amounts as text with 元 or 万元.
// Every form here parses back to the canonical value (see noise.test.ts).
import { isoOf, partsOf } from './dates';
import { type Random } from './random';

const fullWidth = (text: string) => text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export function noisyId(random: Random, id: string, rate: number): string {
  if (!random.chance(rate)) return id;
  const roll = random.next();
  if (id.endsWith('X') && roll < 0.5) return id.slice(0, 17) + 'x';
  // Cards issued before 1999 had 15 digits: no century, no check character.
  if (roll < 0.45 && id.slice(6, 8) === '19') return id.slice(0, 6) + id.slice(8, 17);
  if (roll < 0.7) return fullWidth(id);
  if (roll < 0.85) return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
  return ` ${id} `;
}

export function noisyName(random: Random, name: string, rate: number): string {
  if (!random.chance(rate)) return name;
  return name.length === 2 ? `${name[0]} ${name[1]}` : ` ${name}`;
}

export type DateStyle = 'iso' | 'slash' | 'chinese' | 'compact' | 'dot';

export function dateText(day: number, style: DateStyle): string {
  const { y, m, d } = partsOf(day);
  switch (style) {
    case 'iso':
      return isoOf(day);
    case 'slash':
      return `${y}/${m}/${d}`;
    case 'chinese':
      return `${y}年${m}月${d}日`;
    case 'compact':
      return isoOf(day).replaceAll('-', '');
    case 'dot':
      return isoOf(day).replaceAll('-', '.');
  }
}

/** Mostly the department's own style, sometimes another one (a second clerk, a second system). */
export function noisyDate(random: Random, day: number, style: DateStyle, rate = 0.05): string {
  if (!random.chance(rate)) return dateText(day, style);
  return dateText(day, random.pick<DateStyle>(['iso', 'slash', 'chinese', 'compact', 'dot']));
}

/** An Excel date serial (1900 system): what a date cell holds when no format survives. */
export const excelSerial = (day: number) => day + 25_569;

export function noisyMonth(random: Random, monthIndex: number, rate = 0.05): string {
  const y = Math.floor(monthIndex / 12);
  const m = (monthIndex % 12) + 1;
  const mm = String(m).padStart(2, '0');
  if (!random.chance(rate)) return `${y}-${mm}`;
  return random.pick([`${y}年${m}月`, `${y}${mm}`, `${y}/${mm}`, `${y}.${mm}`, `${y}年${mm}月`]);
}

/** Fen → how a clerk writes the amount in yuan. */
export function noisyAmount(random: Random, fen: number, rate = 0.1): string {
  const yuan = fen / 100;
  const plain = Number.isInteger(yuan) ? String(yuan) : yuan.toFixed(2);
  if (!random.chance(rate)) return plain;
  const roll = random.next();
  if (roll < 0.3) return `${plain}元`;
  if (roll < 0.5) return yuan.toFixed(2);
  // 万元 only where the value in 万 is exact to the fen.
  if (roll < 0.7 && fen % 100 === 0) return `${yuan / 10_000}万元`;
  if (roll < 0.85 && yuan >= 1000) return yuan.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return fullWidth(plain) + '元';
}

export function noisyPhone(random: Random, phone: string, rate = 0.08): string {
  if (!random.chance(rate)) return phone;
  const roll = random.next();
  if (roll < 0.4) return `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
  if (roll < 0.7) return `+86${phone}`;
  return fullWidth(phone);
}
